/**
 * Session 23 (hedge): hedges and modals added with the act's form changed, a hedge in a bracketed
 * draft, a party's stated position, rules stated as the usual case, attributions to a source
 * (trials 114 #1, 117 E1, 118 E1/E3/E5, 119 #3).
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/index.js';
import { clause, corpus, variants, witness } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

/** A base lead-in (C1) and items (C1a, C1b) against a witness with the same units; the variants of `unit`. */
function listed(base: string[], wit: string[], unit: string) {
  const ids = base.map((_, k) => (k === 0 ? 'C1' : `C1${String.fromCharCode(96 + k)}`));
  const b = witness('base', base.map((t, k) => clause(t, [ids[k]])));
  const w = witness('w', wit.map((t, k) => clause(t, [ids[k]])));
  return analyse(corpus([b, w]))
    .divergences.filter((v) => v.unit === unit)
    .map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

describe('a hedge added before the act of an infinitive item ("To audit" → "To consider auditing"; trial 114 #1)', () => {
  it('alone: one modality weakened over the hedge and the act', () => {
    expect(rows('To audit their procurement rules;', 'To consider auditing their procurement rules;')).toEqual([['modality', 'weakened', 'audit', 'consider auditing']]);
  });
  it('dropped: one modality strengthened', () => {
    expect(rows('To consider auditing their procurement rules;', 'To audit their procurement rules;')).toEqual([['modality', 'strengthened', 'consider auditing', 'audit']]);
  });
  it('under a lead-in: the same', () => {
    expect(listed(['Invites all Member States:', 'To audit their procurement rules;', 'To publish the results;'], ['Invites all Member States:', 'To consider auditing their procurement rules;', 'To publish the results;'], 'C1a')).toEqual([
      ['modality', 'weakened', 'audit', 'consider auditing'],
    ]);
  });
  it('near miss: a hedge before the act in a sentence stays one modality weakened', () => {
    expect(rows('Decides to hold a workshop.', 'Decides to consider holding a workshop.')).toEqual([['modality', 'weakened', 'hold', 'consider holding']]);
  });
  it('near miss: "to" after a noun with a verb added is no hedge ("the right to review" → "the right to appeal and review")', () => {
    expect(rows('Applicants have the right to review decisions.', 'Applicants have the right to consider decisions.').map((r) => r[0])).not.toContain('modality');
  });
});

describe("a party's stated position keeps the modal of its clause (\"Norland considers that …\"; trial 118 E1)", () => {
  it('"amounts" → "Norland considers that … may amount": the frame added, the modal weakened', () => {
    expect(rows('A leak of records amounts to a breach of the code.', 'Norland considers that a leak of records may amount to a breach of the code.')).toEqual([
      ['addition', null, '', 'Norland considers that'],
      ['grammatical', null, 'amounts', 'amount'],
      ['modality', 'weakened', '', 'may'],
    ]);
  });
  it('"The Board believes that" likewise', () => {
    expect(rows('A leak of records amounts to a breach of the code.', 'The Board believes that a leak of records may amount to a breach of the code.')).toContainEqual(['modality', 'weakened', '', 'may']);
  });
  it('near miss: a deontic change under the frame stays modality weakened', () => {
    expect(rows('Agencies must inform the board.', 'Norland considers that agencies may inform the board.')).toEqual([
      ['addition', null, '', 'Norland considers that'],
      ['modality', 'weakened', 'must', 'may'],
    ]);
  });
  it('near miss: in a condition the modal still weighs a possibility (grammar)', () => {
    expect(rows('Vendors must alert the agency if they believe that the parts are diverted.', 'Vendors must alert the agency if they believe that the parts may be diverted.')).toEqual([['grammatical', null, 'are', 'may be']]);
  });
  it('near miss: "assess whether … could" stays grammar', () => {
    expect(rows('Vendors must assess whether the parts are diverted.', 'Vendors must assess whether the parts could be diverted.')).toEqual([['grammatical', null, 'are', 'could be']]);
  });
});

describe('a statement given as the usual case: "generally", "in principle" (qualifiers.yaml usual-case; trial 118 E3)', () => {
  it('"generally" dropped from a statement: qualifier-dropped, strengthened', () => {
    expect(rows('A leak of records generally amounts to a breach of the code.', 'A leak of records amounts to a breach of the code.')).toEqual([['qualifier-dropped', 'strengthened', 'generally', '']]);
  });
  it('"generally" added: qualifier-added, weakened', () => {
    expect(rows('Members are entitled to withdraw from the scheme.', 'Members are generally entitled to withdraw from the scheme.')).toEqual([['qualifier-added', 'weakened', '', 'generally']]);
  });
  it('"in principle" added to a statement: weakened; dropped: strengthened', () => {
    expect(rows('Members are entitled to withdraw from the scheme.', 'Members are in principle entitled to withdraw from the scheme.')).toEqual([['qualifier-added', 'weakened', '', 'in principle']]);
    expect(rows('Members are in principle entitled to withdraw from the scheme.', 'Members are entitled to withdraw from the scheme.')).toEqual([['qualifier-dropped', 'strengthened', 'in principle', '']]);
  });
  it('near miss: "Generally accepted standards" (a participle) is an omission', () => {
    expect(rows('Generally accepted standards apply to the records.', 'Accepted standards apply to the records.')).toEqual([['omission', null, 'Generally', '']]);
  });
  it('near miss: on an obligation "in principle" stays a condition, weakened', () => {
    expect(rows('Agencies should inform the board.', 'Agencies should, in principle, inform the board.')).toEqual([['qualifier-added', 'weakened', '', ', in principle,']]);
  });
});

describe('"according to" a source is an attribution, not a condition (trial 119 #3)', () => {
  it('", according to the code" closing the sentence: an addition', () => {
    expect(rows('Apps must run a check before release.', 'Apps must run a check before release, according to the code.')).toEqual([['addition', null, '', ', according to the code']]);
  });
  it('"According to the regulator," opening it: an addition', () => {
    expect(rows('Apps must run a check.', 'According to the regulator, apps must run a check.')).toEqual([['addition', null, '', 'According to the regulator,']]);
  });
  it('near miss: "according to their means" stays a condition added, weakened', () => {
    expect(rows('Apps must run a check.', 'Apps must run a check, according to their means.')).toEqual([['qualifier-added', 'weakened', '', ', according to their means']]);
  });
  it('near miss: "according to the code" right after the act is the standard followed, a condition', () => {
    expect(rows('Apps must store the logs.', 'Apps must store the logs according to the code.')).toEqual([['qualifier-added', 'weakened', '', 'according to the code']]);
  });
});

describe('a hedge in a bracketed draft with modal alternatives (trial 117 E1)', () => {
  it('"should adopt" → "[should][may] consider] adopting": one modality weakened', () => {
    const v = variants('Parties should adopt common rules for data retention.', '[Parties [should][may] consider] adopting common rules for data retention.');
    expect(v.map((x) => [x.type, x.direction ?? null, x.base, x.reading])).toEqual([
      ['punctuation', null, '', '['],
      ['modality', 'weakened', 'should adopt', '[should][may] consider] adopting'],
    ]);
    expect(v[1].explanation).toMatch(/should \/ may in brackets/);
  });
  it('the other way round: strengthened', () => {
    expect(rows('[Parties [should][may] consider] adopting common rules.', 'Parties should adopt common rules.')).toContainEqual(['modality', 'strengthened', '[should][may] consider] adopting', 'should adopt']);
  });
  it('near miss: the hedge in brackets without alternatives stays as it was', () => {
    expect(rows('Parties should adopt common rules.', '[Parties should consider] adopting common rules.')).toEqual([
      ['punctuation', null, '', '['],
      ['modality', 'weakened', 'adopt', 'consider] adopting'],
    ]);
  });
  it('near miss: alternatives alone stay one modality over them', () => {
    expect(rows('Parties should adopt common rules.', 'Parties [should][may] adopt common rules.')).toEqual([['modality', 'weakened', 'should', '[should][may]']]);
  });
  it('near miss: an alternative stronger than the base modal is not joined (the change goes both ways)', () => {
    expect(rows('Parties should adopt common rules.', '[Parties [should][must] consider] adopting common rules.').map((r) => r[0])).not.toContain('modality');
  });
});
