import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** type, direction, base and reading of each variant, in order. */
const tdbr = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? '', v.base, v.reading]);
/** the explanation of each variant, in order. */
const expl = (b: string, r: string) => variants(b, r).map((v) => v.explanation);

describe('negation: a statement of what is possible is no prohibition (trial 71 A1)', () => {
  it('"cannot be achieved" → "can be achieved": the assertion reversed, no direction, the word as written', () => {
    const b = 'The security of networks cannot be achieved through technical measures alone.';
    const r = 'The security of networks can be achieved through technical measures alone.';
    expect(tdbr(b, r)).toEqual([['negation', '', 'cannot', 'can']]);
    expect(expl(b, r)[0]).toMatch(/the assertion is reversed/);
  });

  it('other wordings: the negator added; "could not be attained"', () => {
    expect(tdbr('Resilience can be achieved by diversification.', 'Resilience cannot be achieved by diversification.')).toEqual([['negation', '', 'can', 'cannot']]);
    expect(tdbr('Such goals could not be attained by regulation alone.', 'Such goals could be attained by regulation alone.')).toEqual([['negation', '', 'not', '']]);
  });

  it('near miss: "Operators cannot share data" stays a prohibition made a permission (weakened)', () => {
    const b = 'Operators cannot share data.';
    const r = 'Operators can share data.';
    expect(tdbr(b, r)).toEqual([['negation', 'weakened', 'cannot', 'can']]);
    expect(expl(b, r)[0]).toMatch(/a prohibition becomes a permission/);
  });
});
