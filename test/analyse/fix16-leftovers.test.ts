/**
 * Session 16: problems of the new-user trials the lead fixed directly.
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading, explanation] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading, v.explanation]);
}

describe('a number changed with the noun it counts inflected to agree is one change (trial 74 #8)', () => {
  it('"within one month" → "within six months": one time limit lengthened over the figure and its noun', () => {
    expect(rows('The Provider shall respond within one month.', 'The Provider shall respond within six months.')).toEqual([
      ['lexical', 'weakened', 'one month', 'six months', "time limit lengthened: 'one month' → 'six months'"],
    ]);
  });
  it('a duration shortened the other way: "for 5 years" → "for one year"', () => {
    expect(rows('Records shall be kept for 5 years.', 'Records shall be kept for one year.')).toEqual([
      ['lexical', 'weakened', '5 years', 'one year', "duration shortened: '5 years' → 'one year' — the obligation lasts less long"],
    ]);
  });
  it('a count that is no time: "one copy" → "two copies", one lexical', () => {
    expect(rows('Each Party shall keep one copy of the record.', 'Each Party shall keep two copies of the record.')).toEqual([
      ['lexical', null, 'one copy', 'two copies', "wording changed: 'one copy' → 'two copies'"],
    ]);
  });
  it('near miss: the noun inflected under the same figure stays a grammatical variant', () => {
    expect(rows('Records shall be kept for 5 years.', 'Records shall be kept for 5 year.')).toEqual([
      ['grammatical', null, 'years', 'year', "grammatical (number or inflection): 'years' → 'year'"],
    ]);
  });
});
