/**
 * Session 18: problems of the new-user trials (84–89) the lead fixed directly.
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.base, v.reading]);
}

describe('a recapitalised term with a hyphenated word is one case variant (trial 85 #10)', () => {
  it('"confidence-building measures" → "Confidence-Building Measures"', () => {
    expect(rows('Promote confidence-building measures between States.', 'Promote Confidence-Building Measures between States.')).toEqual([
      ['case', 'confidence-building measures', 'Confidence-Building Measures'],
    ]);
  });
  it('another wording: the hyphenated word second ("data-sharing" after "secure")', () => {
    expect(rows('Promote secure data-sharing between States.', 'Promote Secure Data-Sharing between States.')).toEqual([
      ['case', 'secure data-sharing', 'Secure Data-Sharing'],
    ]);
  });
  it('near miss: two recapitalised words apart, a kept word between them, stay two variants', () => {
    expect(rows('Promote confidence-building measures and cyber-hygiene.', 'Promote Confidence-building measures and Cyber-Hygiene.')).toEqual([
      ['case', 'confidence-building', 'Confidence-building'],
      ['case', 'cyber-hygiene', 'Cyber-Hygiene'],
    ]);
  });
});
