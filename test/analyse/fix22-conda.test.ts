/**
 * Session 22: limbs and restrictions of conditions, exceptions and what a prohibition denies
 * (trials 108 E2, E5; 109 #2; 113 #2, #4, #5).
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

describe('"voluntary" before a noun that is no manner qualifies the object, not the act (trial 113 #2, qualifiers.yaml `voluntary-nouns`)', () => {
  it('"will not handle unsolicited or voluntary submissions" → "unsolicited submissions": a modifier of what is denied dropped, weakened', () => {
    expect(rows('The office will not handle unsolicited or voluntary submissions.', 'The office will not handle unsolicited submissions.')).toEqual([['qualifier-dropped', 'weakened', 'or voluntary', '']]);
  });
  it('the first limb too: "voluntary or unsolicited submissions" → "unsolicited submissions"', () => {
    expect(rows('The office will not handle voluntary or unsolicited submissions.', 'The office will not handle unsolicited submissions.')).toEqual([['qualifier-dropped', 'weakened', 'voluntary or', '']]);
  });
  it('near miss: "on a voluntary and open basis" stays a condition of the act dropped, strengthened', () => {
    expect(rows('Members should exchange findings on a voluntary and open basis.', 'Members should exchange findings on an open basis.').filter((v) => v[0] !== 'grammatical')).toEqual([['qualifier-dropped', 'strengthened', 'voluntary and', '']]);
  });
  it('near miss: "on voluntary and open terms" is a manner too', () => {
    expect(rows('Members should exchange findings on voluntary and open terms.', 'Members should exchange findings on open terms.')).toEqual([['qualifier-dropped', 'strengthened', 'voluntary and', '']]);
  });
  it('near miss: a permission\'s "voluntary payments" → "payments" stays an omission', () => {
    expect(rows('Members may make voluntary payments.', 'Members may make payments.')).toEqual([['omission', null, 'voluntary', '']]);
  });
});

describe('the first limb of a denied modifier as the second (trial 113 #5)', () => {
  it('"mass or targeted surveillance" → "targeted surveillance": qualifier-dropped, weakened', () => {
    expect(rows('Agencies shall not conduct mass or covert surveillance of journalists.', 'Agencies shall not conduct covert surveillance of journalists.')).toEqual([['qualifier-dropped', 'weakened', 'mass or', '']]);
  });
  it('the second limb, as before', () => {
    expect(rows('Agencies shall not conduct mass or covert surveillance of journalists.', 'Agencies shall not conduct mass surveillance of journalists.')).toEqual([['qualifier-dropped', 'weakened', 'or covert', '']]);
  });
  it('near miss: two nouns name two things ("the names or home addresses") — an omission', () => {
    expect(rows('Agencies shall not publish the names or home addresses of witnesses.', 'Agencies shall not publish the home addresses of witnesses.')).toEqual([['omission', null, 'names or', '']]);
  });
  it('near miss: the limbs swapped stay a transposition', () => {
    expect(rows('Agencies shall not conduct mass or covert surveillance of journalists.', 'Agencies shall not conduct covert or mass surveillance of journalists.')).toEqual([['transposition', null, 'mass or covert', 'covert or mass']]);
  });
  it('near miss: without a negation it stays an omission', () => {
    expect(rows('Agencies shall conduct mass or covert surveillance of suspects.', 'Agencies shall conduct covert surveillance of suspects.')).toEqual([['omission', null, 'mass or', '']]);
  });
});
