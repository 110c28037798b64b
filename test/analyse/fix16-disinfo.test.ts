/**
 * Session 16: trial 73 (a Code of Practice on Disinformation, restated by a signatory in the first
 * person and paraphrased by the press).
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

describe('a party replaced by "We" as the subject is an actor change, the modal kept or dropped (trial 73 A1)', () => {
  it('"Signatories should empower users" → "We empower users": actor plus modality should → none', () => {
    expect(rows('Signatories should empower users to flag content.', 'We empower users to flag content.')).toEqual([
      ['actor', null, 'Signatories', 'We'],
      ['modality', 'weakened', 'should', ''],
    ]);
  });
  it('"Signatories shall take" → "We take": the same', () => {
    expect(rows('Signatories shall take reasonable measures.', 'We take reasonable measures.')).toEqual([
      ['actor', null, 'Signatories', 'We'],
      ['modality', 'weakened', 'shall', ''],
    ]);
  });
  it('the modal kept: still actor', () => {
    expect(rows('Signatories shall take reasonable measures.', 'We shall take reasonable measures.')).toEqual([['actor', null, 'Signatories', 'We']]);
  });
  it('a verb of stance: "Signatories acknowledge that" → "We note that": actor (who takes the position) plus the stance', () => {
    const v = variants('Signatories acknowledge that the Code is voluntary.', 'We note that the Code is voluntary.');
    expect(v.map((x) => [x.type, x.direction ?? null, x.base, x.reading])).toEqual([
      ['actor', null, 'Signatories', 'We'],
      ['lexical', 'weakened', 'acknowledge', 'note'],
    ]);
    expect(v[0].explanation).toContain('a different party takes the position');
  });
  it('near miss: "They" may be an anaphor of the same parties and stays a referring word', () => {
    expect(rows('Signatories should empower users to flag content.', 'They empower users to flag content.')).toEqual([
      ['lexical', null, 'Signatories', 'They'],
      ['modality', 'weakened', 'should', ''],
    ]);
  });
});
