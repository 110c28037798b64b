/**
 * Session 23 (trial 119, ingest 4): a witness that closes with a weak match, its last clause matched
 * to one unit below aligner.yaml `weak_tail` with no modal of a rule (a modal of reported speech or
 * conjecture, `weak_tail_modals`, does not count), while an earlier clause is matched, has no
 * counterpart: a news story's closing background.
 */
import { describe, expect, it } from 'vitest';
import { alignClauses } from '../../src/align/clauses.js';
import { tokenise } from '../../src/nlp/index.js';
import { alignerSettings } from '../helpers/settings.js';

const BASE = [
  ['S1', 'The best interests of the child must be a primary consideration when you design online services likely to be accessed by children.'],
  ['S2', 'You must carry out a data protection impact assessment before the service is launched.'],
  ['S3', 'You should not use industry codes of practice or nudge techniques to lead children to weaken their privacy protections.'],
].map(([id, text]) => ({ id, tokens: tokenise(text) }));
const align = (clauses: string[], s = alignerSettings) => alignClauses(BASE, clauses.map((c) => tokenise(c)), s).map((t) => t.units);
const DPIA = 'Services must carry out a data protection impact assessment before launch, according to the code.';

describe('alignClauses: a weak last clause with no modal of a rule has no counterpart (weak_tail)', () => {
  it('the case: a closing background paragraph with a modal of reported speech', () => {
    const close = 'Industry groups said the rules would be costly for smaller developers. The code takes effect after a transition period.';
    expect(align([DPIA, close])).toEqual([['S2'], []]);
    // without the rule, the chance match stands
    expect(align([DPIA, close], { ...alignerSettings, weak_tail: 0 })[1]).not.toEqual([]);
  });
  it('near misses: a last clause with a modal of a rule keeps its match; a lone clause keeps it', () => {
    expect(align([DPIA, 'Codes of practice should never be used to weaken protections.'])[1]).toEqual(['S3']);
    expect(align(['Industry codes of practice are weakened by nudges.'])[0]).toEqual(['S3']);
  });
});
