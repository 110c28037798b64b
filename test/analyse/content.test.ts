import { describe, expect, it } from 'vitest';
import { analyseReadings } from '../../src/analyse/index.js';
import { types, variants } from './helpers.js';

describe('lexical / omission / addition', () => {
  it('a content word replaced is lexical', () => {
    const vs = variants('activities that impair critical infrastructure', 'activities that destroy critical infrastructure');
    expect(vs.map((v) => [v.type, v.class, v.base, v.reading])).toEqual([['lexical', 'substantive', 'impair', 'destroy']]);
    expect(vs[0].explanation).toBe("wording changed: 'impair' → 'destroy'");
  });

  it('content dropped is omission, content added is addition', () => {
    expect(types('oppose mass surveillance and unauthorized collection', 'oppose mass surveillance')).toEqual(['omission']);
    expect(types('oppose mass surveillance', 'oppose mass surveillance and illegal collection')).toEqual(['addition']);
  });

  it('a content word replaced by a pronoun, possessive or demonstrative is lexical, not an omission', () => {
    const vs = variants('Members shall not oblige national lenders to hold reserves abroad.', 'Members shall not oblige their lenders to hold reserves abroad.');
    expect(vs.map((v) => [v.type, v.base, v.reading])).toEqual([['lexical', 'national', 'their']]);
    expect(vs[0].explanation).toContain('referring word');
    expect(types('the rules of the Convention apply to all parties', 'these apply to all parties')).toContain('lexical');
    // the other way round: a referring word spelt out
    expect(variants('Members shall not oblige their lenders to hold reserves abroad.', 'Members shall not oblige national lenders to hold reserves abroad.').map((v) => v.type)).toEqual(['lexical']);
    // "so that" is a conjunction, not a referring word
    expect(variants('Water shall be tested in order to prevent outbreaks.', 'Water shall be tested so that outbreaks end.').map((v) => v.explanation).join(' ')).not.toContain('referring word');
    // an article is not a referring word: content dropped around it stays an omission
    expect(types('oppose the mass surveillance of citizens', 'oppose the surveillance of citizens')).toEqual(['omission']);
  });

  it('weights: substantive ≥ 2 and grow with content words; accidentals ≤ 1', () => {
    const one = variants('oppose surveillance and collection of data', 'oppose surveillance')[0];
    const few = variants('oppose surveillance', 'oppose surveillance')[0];
    expect(few).toBeUndefined();
    const small = variants('oppose mass surveillance', 'oppose surveillance')[0];
    expect(small.weight).toBeGreaterThanOrEqual(2);
    expect(one.weight).toBeGreaterThan(small.weight);
  });

  it('identical readings have nothing', () => {
    const s = "States should respect the sovereignty, jurisdiction and governance of data of other States, and shall not obtain data located in other States through companies or individuals without other States' permission.";
    const r = analyseReadings(s, s);
    expect(r.variants).toEqual([]);
    expect(r.identicalTokens).toBe(r.baseTokens);
    expect(r.segments).toEqual([{ op: 'equal', base: s.slice(0, -1), reading: s.slice(0, -1) }].map((x) => ({ ...x, base: s, reading: s })));
  });

  it('spans quote the original text', () => {
    const r = analyseReadings('States should oppose mass surveillance.', 'States should oppose mass  spying.');
    const v = r.variants[0];
    expect(v.base).toBe('surveillance');
    expect(v.reading).toBe('spying');
    expect(v.baseSpan).toEqual([4, 5]);
    expect(v.readingSpan).toEqual([4, 5]);
  });
});

describe('content: one word for another of the same part of speech', () => {
  it('"unless" → "if" is a substitution, not an omission', () => {
    const vs = variants('Data may be transferred unless the owner objects.', 'Data may be transferred if the owner objects.');
    expect(vs.map((v) => [v.type, v.base, v.reading])).toEqual([['lexical', 'unless', 'if']]);
  });
});
