/**
 * Session 21: sentences and gaps (trials 102, 103, 104, 107): footnote calls set aside from the
 * alignment, whole sentences omitted with their full stop, an omission kept apart from a junction or
 * an addition beside it, and an omission and an addition in one gap paired.
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

describe('a footnote call the witness alone writes never pairs with words (trial 102 #3)', () => {
  const B = 'The operator shall keep the record secret for the time set by the national rules.';
  it('".[4]" after the kept word: the words dropped are an omission, the call a mark of its own', () => {
    expect(rows(B, 'The operator shall keep the record secret.[4]')).toEqual([
      ['omission', null, 'for the time set by the national rules', ''],
      ['punctuation', null, '', '[4]'],
    ]);
  });
  it('a superscript call ".²" likewise', () => {
    expect(rows(B, 'The operator shall keep the record secret.²')).toEqual([
      ['omission', null, 'for the time set by the national rules', ''],
      ['punctuation', null, '', '²'],
    ]);
  });
  it('near miss: the call alone is a footnote mark', () => {
    expect(rows('The record is secret.', 'The record is secret.[7]')).toEqual([['punctuation', null, '', '[7]']]);
  });
  it('near miss: without the call the omission is as before', () => {
    expect(rows(B, 'The operator shall keep the record secret.')).toEqual([['omission', null, 'for the time set by the national rules', '']]);
  });
  it('near miss: calls on both sides are aligned with each other', () => {
    expect(rows('The record[2] is secret.', 'The record[3] is secret.').map((r) => r[0])).toEqual(['lexical']);
  });
});
