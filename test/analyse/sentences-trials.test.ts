import { describe, expect, it } from 'vitest';
import { substantive, variants } from './helpers.js';

const pairs = (vs: { type: string; base: string; reading: string }[]) => vs.map((v) => [v.type, v.base, v.reading]);

// A sentence of which the witness reads content words no other sentence of the base has is folded
// into another sentence there, not dropped (dropped.ts, thresholds.yaml clause-merged).
describe('a sentence folded into another is not a dropped sentence (clause-merged)', () => {
  it('"… obligations. It is to take effect on …" → "…, which is not legally binding, takes effect immediately": no whole-sentence omission', () => {
    const vs = variants('The memorandum does not create legally binding obligations. It is to take effect on the date of signature.', 'The memorandum, which is not legally binding, takes effect immediately.');
    expect(vs.some((v) => v.type === 'omission' && v.base.startsWith('It is to take effect'))).toBe(false);
    expect(vs.some((v) => v.reading.includes('takes effect immediately'))).toBe(false);
  });

  it('a second sentence merged with "and": the frequency and the meeting are read, not omitted', () => {
    const vs = variants(
      'Each Participant intends to designate a point of contact within its competent authorities for the implementation of this Memorandum. The points of contact are to meet at least once a year, alternately in each country, to review progress.',
      'Each side will name a point of contact, and officials are to meet annually.',
    );
    expect(vs.some((v) => v.type === 'omission' && v.base.startsWith('The points of contact are to meet'))).toBe(false);
    // (the floor dropped with the frequency reworded goes with it: one frequency variant, session 22)
    expect(vs.filter((v) => v.base === 'at least once a year').map((v) => [v.type, v.reading])).toEqual([['lexical', 'annually']]);
    expect(vs.filter((v) => v.type === 'qualifier-dropped').map((v) => v.base)).toEqual([', to review progress']);
  });

  it('two obligations merged into one sentence: the verb reworded and the time dropped, not the sentence', () => {
    const vs = substantive('A data handler shall keep records for three years. The data handler shall conduct an assessment in advance.', 'Exporters should keep logs for three years and carry out an assessment.');
    expect(vs.some((v) => v.base === 'The data handler shall conduct an assessment in advance.')).toBe(false);
    expect(vs.some((v) => v.reading === 'and carry out an assessment')).toBe(false);
    expect(pairs(vs.filter((v) => v.base === 'conduct' || v.base === 'in advance'))).toEqual([
      ['lexical', 'conduct', 'carry out'],
      ['omission', 'in advance', ''],
    ]);
  });

  it('near miss: a sentence whose only words the witness reads are read in the other sentence too stays omitted', () => {
    const base = 'Parties should meet their needs through mutual legal assistance. Any agreement between two Parties should not harm the rights of a third Party.';
    const vs = variants(base, 'Parties should meet their needs through appropriate channels.');
    expect(vs.filter((v) => v.type === 'omission').map((v) => v.base)).toEqual(['Any agreement between two Parties should not harm the rights of a third Party.']);
  });

  it('near miss: a sentence sharing no word with the witness is still one omission', () => {
    const vs = variants('Members shall share inspection reports. Observers may attend quarterly review meetings.', 'Members shall share inspection reports.');
    expect(pairs(vs)).toEqual([['omission', 'Observers may attend quarterly review meetings.', '']]);
  });
});

// Sentences of a unit in another order (align/tokens.ts movedSentences): the moved sentence is one
// transposition and the changes inside it are found.
describe('a sentence moved within the unit', () => {
  const base = 'Mechanisms should be in place for effective and impartial oversight to ensure compliance. Bodies should be independent.';

  it('the shorter sentence moved, the other reworded in place: transposition, should → must strengthened, the omission and the purpose dropped', () => {
    const vs = variants(base, 'Bodies should be independent. Mechanisms must be in place for effective oversight.');
    expect(pairs(vs)).toEqual([
      ['modality', 'should', 'must'],
      ['omission', 'and impartial', ''],
      ['qualifier-dropped', 'to ensure compliance', ''],
      ['transposition', 'Bodies should be independent', 'Bodies should be independent'],
    ]);
    expect(vs[0].direction).toBe('strengthened');
    expect(vs.some((v) => v.type === 'actor')).toBe(false);
  });

  it('another wording: the reworded sentence loses a phrase', () => {
    const vs = variants('States should publish the annual statistics on exports of arms. Bodies should be independent.', 'Bodies should be independent. States must publish the annual statistics on exports.');
    expect(pairs(vs)).toEqual([
      ['modality', 'should', 'must'],
      ['omission', 'of arms', ''],
      ['transposition', 'Bodies should be independent', 'Bodies should be independent'],
    ]);
  });

  it('the reworded sentence moved (the others kept in order): one transposition, the changes inside it, its purpose and full stop move with it', () => {
    const vs = variants(
      'Oversight bodies should be fully independent to ensure compliance. States should publish the annual statistics on exports of arms. Reports should be made public.',
      'States should publish the annual statistics on exports of arms. Reports should be made public. Oversight bodies must be independent to ensure compliance.',
    );
    expect(pairs(vs)).toEqual([
      ['transposition', 'Oversight bodies should be fully independent to ensure compliance', 'Oversight bodies must be independent to ensure compliance'],
      ['modality', 'should', 'must'],
      ['omission', 'fully', ''],
    ]);
  });

  it('near miss: sentences kept in order are not moved', () => {
    const vs = variants(base, 'Mechanisms must be in place for effective and impartial oversight to ensure compliance. Bodies should be independent.');
    expect(pairs(vs)).toEqual([['modality', 'should', 'must']]);
  });
});

// A sentence end both sides read is never absorbed into a change (align/tokens.ts cleanup).
describe('a change does not cross a sentence end both sides read', () => {
  it('"signature. The" → "signing. These": two variants', () => {
    const vs = variants('The Memorandum takes effect within 30 days of signature. The points of contact shall meet.', 'The Memorandum takes effect within 30 days of signing. These points of contact shall meet.');
    expect(pairs(vs)).toEqual([
      ['lexical', 'signature', 'signing'],
      ['grammatical', 'The', 'These'],
    ]);
  });

  it('another wording: "report. The" → "reports. Such"', () => {
    const vs = variants('Members shall submit the report. The report shall be public.', 'Members shall submit the reports. Such report shall be public.');
    expect(pairs(vs)).toEqual([
      ['grammatical', 'report', 'reports'],
      ['grammatical', 'The', 'Such'],
    ]);
  });

  it('near miss: a comma between two changes is still absorbed into one change', () => {
    const vs = variants('Members shall cooperate closely, in good faith.', 'Members shall work jointly, acting honestly.');
    expect(pairs(vs)).toEqual([['lexical', 'cooperate closely, in good faith', 'work jointly, acting honestly']]);
  });
});

// A limb one side drops and a sentence the other adds in its place, each held only by the frame the
// other lacks: set aside together (readings.ts compareSides, dropped.ts subjectAndModalAt).
describe('a limb dropped and a sentence added after a changed tail', () => {
  it('", and the handler shall be informed …" → ". Where the authority fails …, deemed approved.": one omission and one addition', () => {
    const vs = variants(
      'Where the case is complex, the period may be extended by no more than 15 days, and the handler shall be informed of the extension.',
      'Where the case is complex, the period may be extended as necessary. Where the authority fails to decide within the period, the transfer shall be deemed approved.',
    );
    expect(pairs(vs.filter((v) => v.type === 'omission' || v.type === 'addition' || v.type === 'lexical'))).toEqual([
      ['omission', ', and the handler shall be informed of the extension', ''],
      ['addition', '', 'Where the authority fails to decide within the period, the transfer shall be deemed approved.'],
    ]);
    expect(vs.filter((v) => v.type === 'qualifier-dropped').map((v) => v.base)).toEqual(['no more than 15 days']);
    expect(vs.some((v) => v.type === 'qualifier-added' && v.direction === 'weakened')).toBe(false);
  });

  it('another wording: a notice dropped, a deemed waiver added', () => {
    const vs = variants('The fee may be reduced by the board, and the applicant shall be notified of the reduction.', 'The fee may be reduced by the board. Where the board does not act within the period, the fee shall be deemed waived.');
    expect(pairs(vs)).toEqual([
      ['omission', ', and the applicant shall be notified of the reduction', ''],
      ['addition', '', 'Where the board does not act within the period, the fee shall be deemed waived.'],
    ]);
  });

  it('near miss: a subject after the last comma of a list is not a limb', () => {
    const vs = variants('Parties, observers, and the Secretariat shall attend the meetings.', 'Parties and observers shall attend the sessions.');
    expect(vs.some((v) => v.type === 'omission' && v.base.includes('shall'))).toBe(false);
    expect(vs.filter((v) => v.type === 'lexical').map((v) => [v.base, v.reading])).toEqual([['meetings', 'sessions']]);
  });
});

describe('a sentence pair one word apart is not a moved sentence (align-sentence-moved)', () => {
  it('near miss: "Orders shall not be issued for journalists." / "Journalists should not be targeted." stay an omission and an addition', () => {
    const vs = variants('Orders shall not be issued for journalists. Providers keep logs.', 'Providers keep logs. Journalists should not be targeted.');
    expect(vs.some((v) => v.type === 'modality')).toBe(false);
  });
});

// A verb substituted and the verb it governs inflected otherwise because the link changed (pairs.ts).
describe('a reworded verb phrase is one change', () => {
  it('"cooperate in responding" → "work together to respond": one lexical', () => {
    expect(pairs(variants('The Participants intend to cooperate in responding to incidents.', 'The Participants intend to work together to respond to incidents.'))).toEqual([
      ['lexical', 'cooperate in responding', 'work together to respond'],
    ]);
  });
  it('another wording: "cooperate in preventing" → "work to prevent"', () => {
    expect(pairs(variants('States should cooperate in preventing attacks.', 'States should work to prevent attacks.'))).toEqual([['lexical', 'cooperate in preventing', 'work to prevent']]);
  });
  it('near miss: the governed verb read alike stays out of the change', () => {
    expect(pairs(variants('States should assist in responding to incidents.', 'States should help in responding to incidents.'))).toEqual([['lexical', 'assist', 'help']]);
  });
});
