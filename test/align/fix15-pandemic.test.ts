/**
 * Session 15: trial 67 (pandemic agreement): a narrator's sentence sharing two words with a unit (#2).
 */
import { describe, expect, it } from 'vitest';
import { alignClauses } from '../../src/align/clauses.js';
import { tokenise } from '../../src/nlp/index.js';
import { alignerSettings } from '../helpers/settings.js';

describe('alignClauses: a weak match sharing at most two words with its unit, a small part of it, has no counterpart (aligner.yaml weak_few_shared, weak_few_recall)', () => {
  const BASE = [
    ['U1', 'The Parties hereby establish the Pathogen Access and Benefit-Sharing System, on an equal footing with the sharing of benefits.'],
    ['U2', 'Each Party shall share samples with the laboratory network as soon as they are available.'],
  ].map(([id, text]) => ({ id, tokens: tokenise(text) }));
  const align = (clauses: string[], s = alignerSettings) => alignClauses(BASE, clauses.map((c) => tokenise(c)), s).map((t) => t.units);
  const U2 = 'Each Party shall share samples with the laboratory network as soon as possible.';

  it('the case: "The delegation then turned to benefit sharing, which it described as the core of the bargain." reads no unit', () => {
    expect(align(['The delegation then turned to benefit sharing, which it described as the core of the bargain.', U2])).toEqual([[], ['U2']]);
    // with the rule off, U1 at 0.21 (and with weak_lead off: the clause opens the witness)
    expect(align(['The delegation then turned to benefit sharing, which it described as the core of the bargain.', U2], { ...alignerSettings, weak_few_shared: 0, weak_lead: 0 })).toEqual([['U1'], ['U2']]);
  });
  it('another wording: "Speakers then addressed benefit sharing at length, calling it the heart of the deal."', () => {
    expect(align(['Speakers then addressed benefit sharing at length, calling it the heart of the deal.', U2])).toEqual([[], ['U2']]);
  });
  it('near miss: a loose paraphrase sharing more of the unit keeps its match', () => {
    expect(align(['Countries set up a pathogen access and benefit sharing system.', U2])).toEqual([['U1'], ['U2']]);
  });
});
