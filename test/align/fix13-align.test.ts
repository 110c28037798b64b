/**
 * Session 13 fixes to clause alignment and the split of merged clauses (trials 58, 59, 61).
 */
import { describe, expect, it } from 'vitest';
import { alignClauses } from '../../src/align/clauses.js';
import { analyse, splitMerged } from '../../src/analyse/index.js';
import { loadLexicons } from '../../src/analyse/lexicon.js';
import { tokenise } from '../../src/nlp/index.js';
import { clause, corpus, witness } from '../analyse/helpers.js';
import { alignerSettings } from '../helpers/settings.js';

const lex = loadLexicons();
/** The slice of the clause each base gets, in the order of the bases. */
const cut = (clauseText: string, bases: string[]) => {
  const t = tokenise(clauseText);
  return splitMerged(t, bases.map((b) => tokenise(b)), lex).map(([a, b]) => t.slice(a, b).map((x) => x.t).join(' '));
};

describe('splitMerged: a second predicate opens the next unit\'s part where its words are that unit\'s (trial 58 #1, trial 59 #5)', () => {
  const U1 = 'The Council shall establish the list. The Council shall communicate its decision to the person concerned.';
  const U2 = 'Where observations are submitted, the Council shall review its decision.';

  it('the case: ", and the Council shall review …" goes to U2, not "… where observations are submitted" alone', () => {
    expect(cut('The Council shall establish the list, and the Council shall review its decision where observations are submitted.', [U1, U2])).toEqual([
      'The Council shall establish the list',
      ', and the Council shall review its decision where observations are submitted .',
    ]);
  });

  it('so U1 gets no made-up lexical "communicate" → "review", and U2 keeps its predicate', () => {
    const base = witness('b', [clause(U1, ['U1']), clause(U2, ['U2'])]);
    const w = witness('w', [clause('The Council shall establish the list, and the Council shall review its decision where observations are submitted.', ['U1', 'U2'])]);
    const r = analyse(corpus([base, w]));
    const of = (u: string) => r.divergences.filter((v) => v.unit === u && v.witness === 'w' && v.type !== 'merge').map((v) => `${v.type} '${v.base}' → '${v.reading}'`);
    expect(of('U1').some((s) => s.startsWith('lexical'))).toBe(false);
    expect(of('U1')).toContain("omission 'The Council shall communicate its decision to the person concerned.' → ''");
    expect(of('U2').some((s) => s.includes('review'))).toBe(false);
  });

  it('another wording: a second predicate with no subject of its own (", and will review …"), after a long first part', () => {
    const C7 = 'We will strengthen our capability to detect, disrupt and deter hostile state actors and cyber criminals, using the full range of national levers, including offensive cyber operations, in accordance with national and international law.';
    const C8 = 'The Government will publish an annual progress report against these objectives and will review the strategy no later than 2028, taking into account the views of industry, academia and civil society.';
    expect(cut('The Government will use the full range of national levers, including offensive cyber operations, against hostile state actors and cyber criminals, and will review the strategy no later than 2028.', [C7, C8])).toEqual([
      'The Government will use the full range of national levers , including offensive cyber operations , against hostile state actors and cyber criminals',
      ', and will review the strategy no later than 2028 .',
    ]);
  });

  it('near miss: a cut the alignment puts right stays where it is (the series "detect, disrupt and deter" is no second predicate)', () => {
    const A = 'Members shall detect, disrupt and deter attacks on the network.';
    const B = 'The secretariat shall report every year on the attacks detected.';
    expect(cut('Members shall detect, disrupt and deter attacks on the network, and the secretariat shall report on them every year.', [A, B])).toEqual([
      'Members shall detect , disrupt and deter attacks on the network ,',
      'and the secretariat shall report on them every year .',
    ]);
  });
});

describe('alignClauses: an echo of a clear reading of the unit before it has no counterpart (aligner.yaml echo_new; trial 61 #7)', () => {
  const BASE = [
    ['P1', 'Recalling its resolution 54/21 on the right to privacy in the digital age,'],
    ['P2', 'Noting with concern that surveillance of communications may violate the right to privacy,'],
    ['C1', 'Requests the High Commissioner to prepare a report on privacy and to present it at the fifty-seventh session;'],
    ['C2', 'Decides to remain seized of the matter.'],
  ].map(([id, text]) => ({ id, tokens: tokenise(text) }));
  const align = (clauses: string[], s = alignerSettings) => alignClauses(BASE, clauses.map((c) => tokenise(c)), s);
  const NOTING = 'Noting with concern that surveillance of communications may violate the right to privacy, we joined the consensus.';
  const READS = 'The Council requests the High Commissioner to prepare a report on privacy.';

  it('the case: a statement\'s closing formula after the clause that reads C1 (0.85) is no second reading of C1', () => {
    const out = align([NOTING, READS, 'We request that this statement be reflected in the report of the session.']);
    expect(out.map((t) => t.units)).toEqual([['P2'], ['C1'], []]);
    expect(out[1].confidence).toBe(0.85);
    // without the rule: C1 again, at 0.60, not listed for review
    const off = align([NOTING, READS, 'We request that this statement be reflected in the report of the session.'], { ...alignerSettings, echo_new: 0 });
    expect(off.map((t) => [t.units, t.confidence])).toEqual([[['P2'], 0.76], [['C1'], 0.85], [['C1'], 0.6]]);
  });

  it('another wording: "We request that our explanation of vote be included in the report."', () => {
    expect(align([NOTING, READS, 'We request that our explanation of vote be included in the report.']).map((t) => t.units)).toEqual([['P2'], ['C1'], []]);
  });

  it('near misses: a second sentence reading another part of the unit keeps it; so does a clause with a modal of its own', () => {
    expect(align([NOTING, READS, 'It should be presented at the fifty-seventh session.']).map((t) => t.units)).toEqual([['P2'], ['C1'], ['C1']]);
    expect(align([NOTING, READS, 'The report shall be discussed at the session.']).map((t) => t.units)).toEqual([['P2'], ['C1'], ['C1']]);
  });
});
