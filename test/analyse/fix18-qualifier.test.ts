import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading] of each variant. */
const rows = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);

describe('a phrase that limits an exception bounds the way out, not the rule (qualifiers.yaml exception-limits)', () => {
  const child = ', taking account of the best interests of the child';
  it('dropped after "unless …": weakened, in both wordings of the exception', () => {
    expect(rows('Settings must be set to high privacy by default, unless there is a compelling reason for a different setting, taking account of the best interests of the child.', 'Settings must be set to high privacy by default, unless there is a compelling reason for a different setting.'))
      .toEqual([['qualifier-dropped', 'weakened', child, '']]);
    expect(rows('Settings must be set to high privacy by default unless the provider can demonstrate a compelling reason, taking account of the best interests of the child.', 'Settings must be set to high privacy by default unless the provider can demonstrate a compelling reason.'))
      .toEqual([['qualifier-dropped', 'weakened', child, '']]);
    const v = variants('Data shall not be shared except where the law requires it, having regard to the rights of the person.', 'Data shall not be shared except where the law requires it.');
    expect(v.map((x) => [x.type, x.direction ?? null])).toEqual([['qualifier-dropped', 'weakened']]);
    expect(v[0].explanation).toMatch(/way out of the prohibition widens/);
  });
  it('added: strengthened', () => {
    expect(rows('Settings must be set to high privacy by default unless the provider can demonstrate a compelling reason.', 'Settings must be set to high privacy by default unless the provider can demonstrate a compelling reason, having regard to the interests of the child.'))
      .toEqual([['qualifier-added', 'strengthened', '', ', having regard to the interests of the child']]);
  });
  it('near miss: the phrase after another comma qualifies the rule, a condition dropped', () => {
    expect(rows('Providers shall, unless a reason exists, notify users, taking account of their age.', 'Providers shall, unless a reason exists, notify users.'))
      .toEqual([['qualifier-dropped', 'strengthened', ', taking account of their age', '']]);
  });
});
