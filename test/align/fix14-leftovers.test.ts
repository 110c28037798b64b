/**
 * Session 14 fixes to clause alignment (trial 61 a7).
 */
import { describe, expect, it } from 'vitest';
import { alignClauses } from '../../src/align/clauses.js';
import { tokenise } from '../../src/nlp/index.js';
import { alignerSettings } from '../helpers/settings.js';

describe('alignClauses: an echo of a clear reading found anywhere in the witness has no counterpart (aligner.yaml echo_new; trial 61 a7)', () => {
  const BASE = [
    ['P1', 'Recalling its resolution 54/21 on the right to privacy in the digital age,'],
    ['P2', 'Noting with concern that surveillance of communications may violate the right to privacy,'],
    ['C1', 'Requests the High Commissioner to prepare a report on privacy and to present it at the fifty-seventh session;'],
    ['C2', 'Decides to remain seized of the matter and to consider the question under the same agenda item.'],
  ].map(([id, text]) => ({ id, tokens: tokenise(text) }));
  const align = (clauses: string[], s = alignerSettings) => alignClauses(BASE, clauses.map((c) => tokenise(c)), s).map((t) => [t.units, t.confidence]);
  const NOTING = 'Noting with concern that surveillance of communications may violate the right to privacy, we joined the consensus.';
  const READS = 'The Council requests the High Commissioner to prepare a report on privacy.';
  const SEIZED = 'The Council decides to remain seized of the matter under the same agenda item.';
  const CLOSING = 'We request that this statement be reflected in the report of the session.';

  it('the case: the closing formula after a comment on another unit is no second reading of C1 (0.85)', () => {
    const on = align([NOTING, READS, SEIZED, CLOSING]);
    expect(on.map((t) => t[0])).toEqual([['P2'], ['C1'], ['C2'], []]);
    expect(on[1][1]).toBe(0.85);
    // without the rule: C1 again, at 0.60, not listed for review
    expect(align([NOTING, READS, SEIZED, CLOSING], { ...alignerSettings, echo_new: 0 })[3]).toEqual([['C1'], 0.6]);
  });

  it('another wording, and the formula before the clear reading with a clause between', () => {
    expect(align([NOTING, READS, SEIZED, 'We request that our explanation of vote be included in the report.']).map((t) => t[0])).toEqual([['P2'], ['C1'], ['C2'], []]);
    expect(align([CLOSING, NOTING, READS, SEIZED]).map((t) => t[0])).toEqual([[], ['P2'], ['C1'], ['C2']]);
  });

  it('near misses: a later sentence reading another part of the unit keeps it, and so does a lead-in right before the clear reading', () => {
    expect(align([NOTING, READS, SEIZED, 'It should be presented at the fifty-seventh session.']).map((t) => t[0])).toEqual([['P2'], ['C1'], ['C2'], ['C1']]);
    expect(align([NOTING, 'On the report:', READS, SEIZED]).map((t) => t[0])).toEqual([['P2'], [], ['C1'], ['C2']]);
  });
});

describe('alignClauses: a clause sharing a few words with a long unit, no other reading of it, has no counterpart (aligner.yaml few_shared, few_recall; trial 61 a7 in the trial corpus)', () => {
  const BASE = [
    ['P1', 'Noting with deep concern that the unlawful or arbitrary surveillance and interception of communications are highly intrusive acts that violate the right to privacy,'],
    ['C1', 'Encourages business enterprises to inform users in a clear and accessible manner about the collection, use, sharing and retention of their data, and to establish transparency policies;'],
    ['C2', 'Requests the High Commissioner to prepare a report identifying principles, standards and best practices regarding the promotion and protection of the right to privacy in the digital age, and to present it to the Human Rights Council at its fifty-seventh session, followed by an interactive dialogue;'],
  ].map(([id, text]) => ({ id, tokens: tokenise(text) }));
  const align = (clauses: string[], s = alignerSettings) => alignClauses(BASE, clauses.map((c) => tokenise(c)), s).map((t) => [t.units, t.confidence]);
  const NOTING = 'My delegation notes with concern that the unlawful or arbitrary surveillance and interception of communications are intrusive acts that violate the right to privacy.';
  const INFORM = 'The resolution encourages business enterprises to inform users about the collection, use, sharing and retention of their data.';

  it('the case: a statement\'s closing formula after the last paragraph it reads is no reading of the report paragraph', () => {
    const closing = 'We request that this explanation be reflected in the report of the session.';
    expect(align([NOTING, INFORM, closing]).map((t) => t[0])).toEqual([['P1'], ['C1'], []]);
    // without the rule: C2 at 0.60, at or above review_below (0.5): not listed for review
    expect(align([NOTING, INFORM, closing], { ...alignerSettings, few_shared: 0 })[2]).toEqual([['C2'], 0.6]);
  });

  it('other wordings: "our statement be included", "this explanation of position"', () => {
    for (const closing of ['We request that our statement be included in the report of the session.', 'We request that this explanation of position be reflected in the report of the session.']) {
      const off = align([NOTING, INFORM, closing], { ...alignerSettings, few_shared: 0 });
      expect(off[2][0]).toEqual(['C2']);
      expect(off[2][1]).toBeGreaterThanOrEqual(0.5);
      expect(align([NOTING, INFORM, closing]).map((t) => t[0])).toEqual([['P1'], ['C1'], []]);
    }
  });

  it('near misses: a summary with a modal of its own, or one that reads more of the unit, keeps it', () => {
    expect(align([NOTING, INFORM, 'The High Commissioner will report to the session.']).map((t) => t[0])).toEqual([['P1'], ['C1'], ['C2']]);
    expect(align([NOTING, INFORM, 'The High Commissioner is to present a report on privacy in the digital age to the Council at its fifty-seventh session.']).map((t) => t[0])).toEqual([['P1'], ['C1'], ['C2']]);
  });
});
