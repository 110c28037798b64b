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

describe('"only where A, or where B" inside what an obligation requires: B dropped is fewer grounds (qualifier.ts actInside)', () => {
  const B = 'Member States shall ensure that personal data is transferred to a third country only where that country provides an adequate level of protection, or where appropriate safeguards are in place, in accordance with the Malabo Convention and national law.';
  const limb = 'or where appropriate safeguards are in place,';
  it('strengthened, one reading whatever else the witness changes', () => {
    expect(rows(B, 'Member States shall ensure that personal data is transferred to a third country only where that country provides an adequate level of protection, in accordance with the Malabo Convention and national law.'))
      .toEqual([['qualifier-dropped', 'strengthened', limb, '']]);
    const v = rows(B, 'Member States shall ensure that personal data is transferred to a third country only where that country provides an adequate level of protection, in accordance with national law.');
    expect(v[0]).toEqual(['qualifier-dropped', 'strengthened', limb, '']);
    expect(v.some((x) => x[2] === 'or where appropriate')).toBe(false);
    expect(rows('States shall ensure that data is transferred only where the recipient is adequate, or where appropriate safeguards are in place, in accordance with national law.', 'States shall ensure that data is transferred only where the recipient is adequate, in accordance with national law.'))
      .toEqual([['qualifier-dropped', 'strengthened', limb, '']]);
    expect(rows('Operators must ensure that records are disclosed only if a court orders it or if the person consents.', 'Operators must ensure that records are disclosed only if a court orders it.'))
      .toEqual([['qualifier-dropped', 'strengthened', 'or if the person consents', '']]);
  });
  it('near miss: "only where" on the obligation itself: fewer cases it holds in, weakened', () => {
    expect(rows('Providers shall notify the authority only where the breach is serious, or where users are affected.', 'Providers shall notify the authority only where the breach is serious.'))
      .toEqual([['qualifier-dropped', 'weakened', ', or where users are affected', '']]);
  });
  it('"where appropriate" before a noun is no hedge; the hedge itself still is', () => {
    expect(rows('States shall not transfer data except where appropriate safeguards are in place.', 'States shall not transfer data.'))
      .toEqual([['qualifier-dropped', 'strengthened', 'except where appropriate safeguards are in place', '']]);
    expect(rows('States shall, where appropriate, share data.', 'States shall share data.'))
      .toEqual([['qualifier-dropped', 'strengthened', ', where appropriate,', '']]);
  });
});

describe('what a phrase qualifies: a clause after ";", an attribution, a noun (qualifier.ts ownClauseAfter, not-citing, describes-noun)', () => {
  it('a condition in a main clause of its own after ";" takes no direction from the rule before it', () => {
    expect(rows('Personal data shall be processed lawfully and fairly, collected for legitimate purposes; further processing for archiving purposes is, subject to appropriate safeguards, compatible with those purposes.', 'Personal data shall be processed lawfully and fairly, collected for legitimate purposes; further processing for archiving purposes is compatible with those purposes.'))
      .toEqual([['qualifier-dropped', null, ', subject to appropriate safeguards,', '']]);
    expect(rows('States shall protect data; retention is, where necessary, permitted for research.', 'States shall protect data; retention is permitted for research.'))
      .toEqual([['qualifier-dropped', null, ', where necessary,', '']]);
  });
  it('near miss: a clause after ";" that goes on with the rule, or has a modal of its own', () => {
    expect(rows('States shall protect data; and ensure, where necessary, that it is deleted.', 'States shall protect data; and ensure that it is deleted.'))
      .toEqual([['qualifier-dropped', 'strengthened', ', where necessary,', '']]);
    expect(rows('States shall protect data; providers shall, where necessary, delete it.', 'States shall protect data; providers shall delete it.'))
      .toEqual([['qualifier-dropped', 'strengthened', ', where necessary,', '']]);
  });
  it('"According to paragraph 1," opening the sentence is an attribution: addition, no direction', () => {
    expect(rows('A Party shall not prohibit the transfer of data.', 'According to paragraph 1, a Party shall not prohibit the transfer of data.')).toEqual([['addition', null, '', 'According to paragraph 1,']]);
    expect(rows('A Party shall not prohibit the transfer of data.', 'According to Article 14, a Party shall not prohibit the transfer of data.')).toEqual([['addition', null, '', 'According to Article 14,']]);
    expect(rows('A Party shall not prohibit the transfer of data.', 'According to national law, a Party shall not prohibit the transfer of data.')).toEqual([['qualifier-added', 'weakened', '', 'According to national law,']]);
  });
  it('"under the leadership of X" after a noun says what the thing is: addition', () => {
    expect(rows('States should establish a governance system in which companies may play their roles.', 'States should establish a governance system under the leadership of the United Nations, in which companies may play their roles.'))
      .toEqual([['addition', null, '', 'under the leadership of the United Nations,']]);
    expect(rows('States should establish a forum in which companies may play their roles.', 'States should establish a forum under the auspices of the United Nations, in which companies may play their roles.'))
      .toEqual([['addition', null, '', 'under the auspices of the United Nations,']]);
    expect(rows('States should act together.', 'States should act together under the leadership of the United Nations.')).toEqual([['qualifier-added', 'weakened', '', 'under the leadership of the United Nations']]);
  });
});

describe('safeguards, thresholds and time over the whole act are qualifiers (qualifiers.yaml kind safeguard, degree, time)', () => {
  it('a safeguard the duty must respect dropped: qualifier-dropped, no direction', () => {
    const v = variants('States should counter interference, while fully respecting freedom of expression.', 'States should counter interference.');
    expect(v.map((x) => [x.type, x.direction ?? null, x.base])).toEqual([['qualifier-dropped', null, ', while fully respecting freedom of expression']]);
    expect(v[0].explanation).toMatch(/^safeguard dropped/);
    expect(rows('States should counter interference, with full respect for freedom of expression.', 'States should counter interference.')).toEqual([['qualifier-dropped', null, ', with full respect for freedom of expression', '']]);
    expect(rows('States should counter interference, while respecting human rights and the rule of law.', 'States should counter interference.')).toEqual([['qualifier-dropped', null, ', while respecting human rights and the rule of law', '']]);
  });
  it('a threshold of harm dropped is a degree dropped, as "knowingly" is a mental element', () => {
    expect(rows('Prevent activity that intentionally and substantially damages the Internet.', 'Prevent activity that intentionally damages the Internet.')).toEqual([['qualifier-dropped', null, 'and substantially', '']]);
    expect(rows('States shall not conduct activity that substantially damages infrastructure.', 'States shall not conduct activity that damages infrastructure.')).toEqual([['qualifier-dropped', 'strengthened', 'substantially', '']]);
    expect(rows('States shall not conduct activity that materially damages infrastructure.', 'States shall not conduct activity that damages infrastructure.')).toEqual([['qualifier-dropped', 'strengthened', 'materially', '']]);
  });
  it('near miss: "substantially" before an adjective is no degree of the act', () => {
    expect(rows('States shall not conduct substantially different tests.', 'States shall not conduct different tests.').map((x) => x[0])).not.toContain('qualifier-dropped');
  });
  it('"at all times", "at all stages of …" dropped from a duty: a time limit dropped, weakened', () => {
    expect(rows('Data shall be processed at all times in a fair manner.', 'Data shall be processed in a fair manner.')).toEqual([['qualifier-dropped', 'weakened', 'at all times', '']]);
    expect(rows('Data shall reflect at all stages of the processing a fair balance.', 'Data shall reflect a fair balance.')).toEqual([['qualifier-dropped', 'weakened', 'at all stages of the processing', '']]);
    expect(rows('Operators must keep the system secure at all stages of its life cycle.', 'Operators must keep the system secure.')).toEqual([['qualifier-dropped', 'weakened', 'at all stages of its life cycle', '']]);
  });
  it('near miss: on a permission, no direction', () => {
    expect(rows('The Party may at all times withdraw.', 'The Party may withdraw.')).toEqual([['qualifier-dropped', null, 'at all times', '']]);
  });
});

describe('what goes with an omission is part of it, not a qualifier or a limb (qualifier.ts tailOfOmission, clauseLimbAfter)', () => {
  it('the manner of an omitted clause inside a purpose: one omission', () => {
    expect(rows('Developed countries should provide assistance, so as to bridge the digital divide and ensure that the benefits of development reach all peoples in a balanced and inclusive manner.', 'Developed countries should provide assistance, so as to bridge the digital divide.'))
      .toEqual([['omission', null, 'and ensure that the benefits of development reach all peoples in a balanced and inclusive manner', '']]);
    expect(rows('States should share data, in order to prevent attacks and protect networks in a coordinated manner.', 'States should share data, in order to prevent attacks.'))
      .toEqual([['omission', null, 'and protect networks in a coordinated manner', '']]);
  });
  it('near miss: a manner of the kept rule set off by a comma stays a qualifier', () => {
    expect(rows('States should share data, in order to prevent attacks, in a coordinated manner.', 'States should share data, in order to prevent attacks.'))
      .toEqual([['qualifier-dropped', null, ', in a coordinated manner', '']]);
  });
  it('a part of the object after a condition ("and for reporting on …") is omitted, no limb of the condition', () => {
    expect(rows('Member States shall ensure that authorities, when exercising their powers, issue instructions to entities, as well as time limits for the implementation of such measures and for reporting on their implementation.', 'Member States shall ensure that authorities, when exercising their powers, issue instructions to entities, as well as time limits for the implementation of such measures.'))
      .toEqual([['omission', null, 'and for reporting on their implementation', '']]);
  });
  it('near miss: a clause limb of the condition stays a limb', () => {
    expect(rows('Providers shall notify users, provided that the breach was serious and no data were retained.', 'Providers shall notify users, provided that the breach was serious.'))
      .toEqual([['qualifier-dropped', 'strengthened', 'and no data were retained', '']]);
  });
});

describe('"without prejudice to X and with due regard for Y": an exception and a safeguard beside it (qualifiers.yaml with due regard for)', () => {
  const B = 'States should conclude agreements, without prejudice to the right of each State to regulate data and with due regard for human rights.';
  it('the exception dropped: qualifier-dropped, strengthened', () => {
    expect(rows(B, 'States should conclude agreements, with due regard for human rights.')).toEqual([['qualifier-dropped', 'strengthened', 'without prejudice to the right of each State to regulate data and', '']]);
  });
  it('the due-regard limb dropped: a safeguard dropped, no limb of the exception', () => {
    const v = variants(B, 'States should conclude agreements, without prejudice to the right of each State to regulate data.');
    expect(v.map((x) => [x.type, x.direction ?? null, x.base])).toEqual([['qualifier-dropped', null, 'and with due regard for human rights']]);
    expect(v[0].explanation).toMatch(/^safeguard dropped/);
    expect(v[0].explanation).not.toMatch(/exception/);
  });
  it('the whole dropped: one qualifier-dropped', () => {
    expect(rows(B, 'States should conclude agreements.').map((x) => x[0])).toEqual(['qualifier-dropped']);
  });
  it('near miss: a limb of the exception itself stays a limb', () => {
    expect(variants('States should conclude agreements, without prejudice to the right of each State to regulate data and to tax it.', 'States should conclude agreements, without prejudice to the right of each State to regulate data.').map((x) => x.explanation).join(' ')).not.toMatch(/safeguard/);
  });
});
