/**
 * Session 13 fixes to clause alignment and the split of merged clauses (trials 58, 59, 61).
 */
import { describe, expect, it } from 'vitest';
import { analyse, splitMerged } from '../../src/analyse/index.js';
import { loadLexicons } from '../../src/analyse/lexicon.js';
import { tokenise } from '../../src/nlp/index.js';
import { clause, corpus, witness } from '../analyse/helpers.js';

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
