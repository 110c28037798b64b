/**
 * Session 18: modality, negation and actor (trials 84, 85, 86, 87, 88, 89).
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

describe('a modal written out before a verb of refraining in a limb with none, or a weaker one, is modality (trial 85 #1)', () => {
  it('"…, and refrain from" → "…, and must refrain from": strengthened', () => {
    expect(rows('Prevent attacks on the public core of the Internet, and refrain from supporting such attacks.', 'Prevent attacks on the public core of the Internet, and must refrain from supporting such attacks.')).toEqual([
      ['modality', 'strengthened', '', 'must'],
    ]);
  });
  it('"should prevent …, and refrain" → "…, and must refrain": should → must strengthened', () => {
    expect(rows('States should prevent attacks, and refrain from supporting them.', 'States should prevent attacks, and must refrain from supporting them.')).toEqual([
      ['modality', 'strengthened', '', 'must'],
    ]);
  });
  it('another wording: "should protect …, and avoid" → "…, and shall avoid"', () => {
    expect(rows('States should protect data, and avoid sharing it.', 'States should protect data, and shall avoid sharing it.')).toEqual([
      ['modality', 'strengthened', '', 'shall'],
    ]);
  });
  it('a weaker modal in the second limb: "must protect …, and refrain" → "…, and should refrain": weakened', () => {
    expect(rows('States must protect data, and refrain from sharing it.', 'States must protect data, and should refrain from sharing it.')).toEqual([
      ['modality', 'weakened', '', 'should'],
    ]);
  });
  it('near miss: the same modal repeated or not repeated stays grammatical', () => {
    expect(rows('States shall prevent attacks and shall refrain from supporting them.', 'States shall prevent attacks and refrain from supporting them.')).toEqual([
      ['grammatical', null, 'shall', ''],
    ]);
    expect(rows('States shall prevent attacks, and refrain from supporting them.', 'States shall prevent attacks, and shall refrain from supporting them.')).toEqual([
      ['grammatical', null, '', 'shall'],
    ]);
  });
});
