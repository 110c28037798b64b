/**
 * Session 19, helper cond: conditions restated (a negated condition as its exception, a prohibition
 * as a restricted permission), limbs dropped inside a condition, directives behind an adverb, time
 * limits in working days, and the ranking of promptness adverbs (trials 92, 95).
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

describe('a negated condition restated as its exception is grammatical (trial 92 #1)', () => {
  it('"where the buyer cannot show" → "unless the buyer is able to show"', () => {
    expect(rows('Weapons shall not be sold where the buyer cannot show a permit.', 'Weapons shall not be sold unless the buyer is able to show a permit.')).toEqual([
      ['grammatical', null, 'where', 'unless'],
      ['grammatical', null, 'cannot', 'is able to'],
    ]);
  });
  it('"where … cannot" → "unless … can"', () => {
    expect(rows('Weapons shall not be sold where the buyer cannot show a permit.', 'Weapons shall not be sold unless the buyer can show a permit.')).toEqual([
      ['grammatical', null, 'where', 'unless'],
      ['grammatical', null, 'cannot', 'can'],
    ]);
  });
  it('a fronted condition with do-support, "Where … does not hold" → "Unless … holds"', () => {
    expect(rows('Where the carrier does not hold a permit, goods shall not be loaded.', 'Unless the carrier holds a permit, goods shall not be loaded.')).toEqual([
      ['grammatical', null, 'Where', 'Unless'],
      ['grammatical', null, 'does not hold', 'holds'],
    ]);
  });
  it('near miss: the condition itself inverted ("where … can" → "where … cannot") stays a negation', () => {
    expect(rows('Weapons shall not be sold where the buyer can show a permit.', 'Weapons shall not be sold where the buyer cannot show a permit.')).toEqual([
      ['negation', 'strengthened', 'can', 'cannot'],
    ]);
  });
  it('near miss: "where … cannot" → "unless … cannot" reverses the condition', () => {
    expect(rows('Weapons shall not be sold where the buyer cannot show a permit.', 'Weapons shall not be sold unless the buyer cannot show a permit.')).toEqual([
      ['negation', null, 'where', 'unless'],
    ]);
  });
});

describe('a prohibition on a negated condition restated as a restricted permission is grammatical (trial 92 #2)', () => {
  it('"shall not … where … cannot show" → "may … only where … shows"', () => {
    expect(rows('Weapons shall not be sold where the buyer cannot show a permit.', 'Weapons may be sold only where the buyer shows a permit.')).toEqual([
      ['grammatical', null, 'shall not', 'may'],
      ['grammatical', null, '', 'only'],
      ['grammatical', null, 'cannot show', 'shows'],
    ]);
  });
  it('the other way round, "may … only where … shows" → "shall not … where … cannot show"', () => {
    expect(rows('Weapons may be sold only where the buyer shows a permit.', 'Weapons shall not be sold where the buyer cannot show a permit.')).toEqual([
      ['grammatical', null, 'may', 'shall not'],
      ['grammatical', null, 'only', ''],
      ['grammatical', null, 'shows', 'cannot show'],
    ]);
  });
  it('near miss: the "unless" form stays as it was', () => {
    expect(rows('Weapons shall not be sold unless the buyer shows a permit.', 'Weapons may be sold only where the buyer shows a permit.')).toEqual([
      ['grammatical', null, 'shall not', 'may'],
      ['grammatical', null, 'unless', 'only where'],
    ]);
  });
  it('near miss: an obligation ("shall be sold where … cannot") is no prohibition restated', () => {
    const r = rows('Weapons shall be sold where the buyer cannot show a permit.', 'Weapons may be sold only where the buyer shows a permit.');
    expect(r).toContainEqual(['modality', 'weakened', 'shall', 'may']);
    expect(r.some((x) => x[0] === 'negation')).toBe(true);
  });
});
