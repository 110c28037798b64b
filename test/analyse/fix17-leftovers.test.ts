/**
 * Session 17: problems of the new-user trials (82) the lead fixed directly.
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading, explanation] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading, v.explanation]);
}

describe('a bound before a figure after "of" on one side (trial 82 A-2)', () => {
  it('"a period not less than sixty days" → "a period of at least sixty days": one grammatical, the same bound', () => {
    expect(rows('The data shall be kept for a period not less than sixty days.', 'The data shall be kept for a period of at least sixty days.')).toEqual([
      ['grammatical', null, 'not less than', 'of at least', "grammatical (another wording of the same bound): 'not less than' → 'of at least'"],
    ]);
  });
  it('the other way round: "a fine of not more than 500 euros" → "a fine up to 500 euros"', () => {
    expect(rows('A fine of not more than 500 euros may be imposed.', 'A fine up to 500 euros may be imposed.')).toEqual([
      ['grammatical', null, 'of not more than', 'up to', "grammatical (another wording of the same bound): 'of not more than' → 'up to'"],
    ]);
  });
  it('near miss: a minimum for a maximum is one lexical change, the bound turned round', () => {
    expect(rows('The data shall be kept for a period not less than sixty days.', 'The data shall be kept for a period of at most sixty days.')).toEqual([
      ['lexical', null, 'not less than', 'of at most', "bound turned round (minimum → maximum): 'not less than' → 'of at most'"],
    ]);
  });
});

describe('a bare infinitive of what is to come after a noun is no purpose (trial 82 A-1; qualifiers.yaml purpose-to.sequels)', () => {
  it('", with formal confirmation to follow" dropped: one omission', () => {
    expect(rows('Each Party may make requests by e-mail, with formal confirmation to follow.', 'Each Party may make requests by e-mail.')).toEqual([
      ['omission', null, ', with formal confirmation to follow', '', "omitted: ', with formal confirmation to follow'"],
    ]);
  });
  it('", with details to come" dropped: one omission', () => {
    expect(rows('Each Party may make requests by e-mail, with details to come.', 'Each Party may make requests by e-mail.')).toEqual([
      ['omission', null, ', with details to come', '', "omitted: ', with details to come'"],
    ]);
  });
  it('near miss: "to prevent attacks" after a noun is still a purpose', () => {
    expect(rows('States shall share data with the Centre to prevent attacks.', 'States shall share data with the Centre.')).toEqual([
      ['qualifier-dropped', null, 'to prevent attacks', '', "purpose dropped: 'to prevent attacks' — the obligation no longer depends on that purpose"],
    ]);
  });
});

describe('quotation marks or brackets set around a term, added together, are one punctuation variant (trial 82 A-4)', () => {
  it('curly quotes around "ordre public" before "or": one variant', () => {
    expect(rows('It may refuse on grounds of its security, ordre public or other interests.', 'It may refuse on grounds of its security, “ordre public” or other interests.')).toEqual([
      ['punctuation', null, 'ordre public', '“ordre public”', "the marks '“' and '”' added around 'ordre public': it is now set apart"],
    ]);
  });
  it('straight quotes and brackets likewise', () => {
    expect(rows('It may refuse on grounds of ordre public.', 'It may refuse on grounds of "ordre public".').map((r) => r[0])).toEqual(['punctuation']);
    expect(rows('It may refuse on grounds of its security, ordre public or other interests.', 'It may refuse on grounds of its security, (ordre public) or other interests.').map((r) => r[0])).toEqual(['punctuation']);
  });
  it('near miss: serial commas before "and" stay two variants', () => {
    expect(rows('Laws, regulations, and rules apply.', 'Laws regulations and rules apply.').map((r) => [r[0], r[2]])).toEqual([
      ['punctuation', ','],
      ['punctuation', ','],
    ]);
  });
});
