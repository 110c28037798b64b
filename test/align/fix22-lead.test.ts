/**
 * Session 22: a witness that opens with a weak match (aligner.yaml weak_lead; trials 100 and 106).
 */
import { describe, expect, it } from 'vitest';
import { alignClauses } from '../../src/align/clauses.js';
import { tokenise } from '../../src/nlp/index.js';
import { alignerSettings } from '../helpers/settings.js';

describe('alignClauses: a first clause matched weakly, with no modal, has no counterpart (aligner.yaml weak_lead)', () => {
  const BASE = [
    ['A1', 'Parties should recognise that water drawn from a shared basin is a common resource whose management must respect the rights of riparian communities and the rule of law.'],
    ['A2', 'Parties shall notify each other of any planned works on the river at least six months before construction begins.'],
    ['A3', 'Parties shall exchange hydrological data every month through the joint commission.'],
    ['A4', 'The joint commission will review the operation of this Agreement every five years.'],
  ].map(([id, text]) => ({ id, tokens: tokenise(text) }));
  const tags = (clauses: string[], s = alignerSettings) => alignClauses(BASE, clauses.map((c) => tokenise(c)), s);
  const align = (clauses: string[], s = alignerSettings) => tags(clauses, s).map((t) => t.units);
  const REST = [
    'Under the deal, each country must tell the other about planned works on the river six months before construction.',
    'They will also exchange hydrological data monthly through the joint commission.',
    'The commission is to review the agreement every five years.',
  ];

  it('the case: a news lead that shares "parties", "basin" and "management" with the first unit', () => {
    const lead = 'Four riparian parties on Monday signed a basin management pact that commits them to share river data and to warn each other of new dams.';
    const weak = tags([lead, ...REST], { ...alignerSettings, weak_lead: 0 })[0];
    // without the rule: the first unit, weakly
    expect(weak.units).toEqual(['A1']);
    expect(weak.confidence).toBeLessThan(alignerSettings.gap_confidence);
    expect(align([lead, ...REST])).toEqual([[], ['A2'], ['A3'], ['A4']]);
  });

  it('another opening: a statement that welcomes the text', () => {
    const opening = 'The Republic of Norland welcomes the basin management agreement adopted by the parties last week.';
    expect(align([opening, ...REST])[0]).toEqual([]);
  });

  it('near misses: a first clause with a modal, one read clearly, and a witness of that clause alone keep their match', () => {
    expect(align(['Parties must treat the shared basin as a common resource and respect the rule of law.', ...REST])[0]).toEqual(['A1']);
    expect(align(['Parties should recognise that water from a shared basin is a common resource whose management must respect riparian rights.', ...REST])[0]).toEqual(['A1']);
    const lone = 'Four riparian parties on Monday signed a basin management pact that commits them to share river data.';
    const alone = tags([lone], { ...alignerSettings, weak_lead: 0 })[0].units;
    expect(align([lone])[0]).toEqual(alone);
  });

  it('a weak match later in the witness is not a lead', () => {
    const lead = 'Four riparian parties on Monday signed a basin management pact that commits them to share river data and to warn each other of new dams.';
    const off = align([REST[0], lead, REST[1], REST[2]], { ...alignerSettings, weak_lead: 0 });
    expect(align([REST[0], lead, REST[1], REST[2]])).toEqual(off);
  });
});

describe('alignClauses: gap filling below min_precision needs a shared word other than the self-reference ones (aligner.yaml self_reference)', () => {
  const BASE = [
    ['A1', 'The Participants will exchange information on cyber incidents through designated points of contact.'],
    ['A2', 'This Memorandum does not create legally binding obligations under international law.'],
    ['A3', 'Each Participant will bear its own costs of implementation.'],
  ].map(([id, text]) => ({ id, tokens: tokenise(text) }));
  const align = (clauses: string[], s = alignerSettings) => alignClauses(BASE, clauses.map((c) => tokenise(c)), s).map((t) => t.units);
  const A1 = 'The Participants will exchange information on cyber incidents via points of contact.';
  const A3 = 'Each Participant will bear its own costs.';

  it('the case: a minister\'s remark between two readings shares only "Memorandum" (and a modal) with the unit between them', () => {
    const remark = '"The Memorandum crowns ten years of goodwill," said the Minister of Foreign Affairs, Ada Lenk. "Our experts will soon meet in Halden."';
    expect(align([A1, remark, A3])).toEqual([['A1'], [], ['A3']]);
    // without "memorandum" among the self-reference words, order placed it
    expect(align([A1, remark, A3], { ...alignerSettings, self_reference: (alignerSettings.self_reference ?? []).filter((w) => w !== 'memorandum') })[1]).toEqual(['A2']);
  });

  it('near miss: a loose restatement sharing a word of the unit\'s own is placed by order', () => {
    expect(align([A1, 'Nothing in the Memorandum will bind anyone in law.', A3])[1]).toEqual(['A2']);
  });
});
