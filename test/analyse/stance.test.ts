import { describe, expect, it } from 'vitest';
import { compileLexicons, mergeData } from '../../src/analyse/index.js';
import { analyseReadings } from '../../src/analyse/index.js';
import { readPackageData } from '../../src/data.js';
import { LEXICON_FILES } from '../../src/analyse/lexicon.js';
import { variants } from './helpers.js';

const brief = (base: string, reading: string) => variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);

describe('stance (lexicons/stance.yaml)', () => {
  it('condemnation restated as concern is one lexical change, weakened', () => {
    const vs = variants('We condemn ransomware attacks against hospitals.', 'We express concern about ransomware attacks against hospitals.');
    expect(vs.map((v) => [v.type, v.direction, v.base, v.reading])).toEqual([['lexical', 'weakened', 'condemn', 'express concern about']]);
    expect(vs[0].explanation).toContain('disapproval');
    expect(vs[0].class).toBe('substantive');
  });

  it('an intensifier inside the phrase counts ("expresses deep concern at")', () => {
    expect(brief('The Council condemns the attacks.', 'The Council expresses deep concern at the attacks.')).toEqual([
      ['lexical', 'weakened', 'condemns', 'expresses deep concern at'],
    ]);
  });

  it('from neutral to approval is strengthened, and back weakened', () => {
    expect(brief('We note the report of the Group.', 'We welcome the report of the Group.')).toEqual([['lexical', 'strengthened', 'note', 'welcome']]);
    expect(brief('We welcome the report of the Group.', 'We take note of the report of the Group.')).toEqual([['lexical', 'weakened', 'welcome', 'take note of']]);
  });

  it('approval turned into disapproval is a negation', () => {
    const vs = variants('We welcome the report of the Group.', 'We express concern about the report of the Group.');
    expect(vs.map((v) => [v.type, v.base, v.reading])).toEqual([['negation', 'welcome', 'express concern about']]);
    expect(vs[0].explanation).toContain('stance reversed');
    expect(vs[0].direction).toBeUndefined();
  });

  it('the same strength in other words is lexical without direction', () => {
    expect(brief('We condemn the attacks.', 'We denounce the attacks.')).toEqual([['lexical', null, 'condemn', 'denounce']]);
  });

  it('an intensifier dropped or added keeps its type and gains the direction', () => {
    expect(brief('We strongly condemn ransomware attacks.', 'We condemn ransomware attacks.')).toEqual([['omission', 'weakened', 'strongly', '']]);
    expect(brief('We are concerned by the attacks.', 'We are deeply concerned by the attacks.')).toEqual([['addition', 'strengthened', '', 'deeply']]);
    expect(brief('We condemn the attacks in the strongest terms.', 'We condemn the attacks.')).toEqual([['omission', 'weakened', 'in the strongest terms', '']]);
  });

  it('near misses: a stance word used as a noun, an intensifier beside no stance', () => {
    expect(brief('Support for the report is growing.', 'Backing for the report is growing.')).toEqual([['lexical', null, 'Support', 'Backing']]);
    expect(brief('States should cooperate fully with the inquiry.', 'States should cooperate with the inquiry.').map((x) => x[1])).toEqual([null]);
    expect(brief('The concerned authorities met.', 'The competent authorities met.')).toEqual([['lexical', null, 'concerned', 'competent']]);
  });

  it('a change with more than the stance in it is left to the other classifiers', () => {
    const vs = variants('We condemn ransomware attacks.', 'We express concern about cyber operations.');
    expect(vs.some((v) => v.direction !== undefined && v.reading.includes('cyber'))).toBe(false);
  });

  it('a negated predicate restated as disapproval keeps its polarity: one lexical change, not a reversal', () => {
    const vs = variants('We will not impose data localisation requirements.', 'We reject data localisation requirements.');
    expect(vs.map((v) => [v.type, v.base, v.reading])).toEqual([['lexical', 'will not impose', 'reject']]);
    expect(vs[0].explanation).toContain('polarity is kept');
    expect(brief('We reject attacks on hospitals.', 'We will not accept attacks on hospitals.')).toEqual([['lexical', null, 'reject', 'will not accept']]);
    expect(brief('We do not support the proposal.', 'We oppose the proposal.')).toEqual([['lexical', null, 'do not support', 'oppose']]);
  });

  it('near misses: the negation dropped without a stance, or a stance of approval, is a reversal', () => {
    expect(brief('We will not impose data localisation requirements.', 'We will impose data localisation requirements.')[0][0]).toBe('negation');
    expect(variants('We will not impose data localisation requirements.', 'We welcome data localisation requirements.').some((v) => v.type === 'negation')).toBe(true);
  });

  it('the scale is data: a corpus can add an expression', () => {
    const raw: Record<string, unknown> = {};
    for (const f of LEXICON_FILES) raw[f] = readPackageData(f) ?? {};
    raw.stance = mergeData(raw.stance, { expressions: [{ phrase: 'frown upon', strength: -2 }] });
    const lex = compileLexicons(raw);
    const vs = analyseReadings('We condemn such practices.', 'We frown upon such practices.', { lexicons: lex }).variants;
    expect(vs.map((v) => [v.type, v.direction])).toEqual([['lexical', 'weakened']]);
    // without it, no direction
    expect(variants('We condemn such practices.', 'We frown upon such practices.').every((v) => v.direction === undefined)).toBe(true);
  });

  it('a stance expression without a strength is refused, naming the file', () => {
    const raw: Record<string, unknown> = {};
    for (const f of LEXICON_FILES) raw[f] = readPackageData(f) ?? {};
    raw.stance = { expressions: [{ phrase: 'frown upon' }] };
    expect(() => compileLexicons(raw)).toThrow(/frown upon/);
  });
});

describe('stance: insisting on a position', () => {
  it('"firmly reaffirmed" strengthens, "stress" → "note" weakens, with the strengths in the explanation', () => {
    expect(brief('The two Presidents reaffirmed their commitment.', 'The two Presidents firmly reaffirmed their commitment.')).toEqual([['addition', 'strengthened', '', 'firmly']]);
    const vs = variants('We stress the importance of norms.', 'We note the importance of norms.');
    expect(vs.map((v) => [v.type, v.direction])).toEqual([['lexical', 'weakened']]);
    expect(vs[0].explanation).toContain("'stress' (approval, 1.5) → 'note' (neutral, 0)");
  });
});
