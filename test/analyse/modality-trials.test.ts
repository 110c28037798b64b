/**
 * Modality, from the trials of session 11 (trial49–51): the directive "is to", statements made
 * binding, emphatic negators and adverbs, "will" as tense, "may only", "may" → "can", hedges.
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

describe('"is to" / "is not to be": the directive of a memorandum (modality.yaml `be to`, `be to be`)', () => {
  it('"is not to be disclosed" → "shall not be disclosed": a prohibition strengthened; back, weakened', () => {
    expect(rows('Information is not to be disclosed to a third party.', 'Information shall not be disclosed to a third party.')).toEqual([['modality', 'strengthened', 'is not to be', 'shall not']]);
    expect(rows('Information shall not be disclosed to a third party.', 'Information is not to be disclosed to a third party.')).toEqual([['modality', 'weakened', 'shall not', 'is not to be']]);
    expect(rows('Information is not to be disclosed to a third party.', 'Information should not be disclosed to a third party.')).toEqual([['modality', 'weakened', 'is not to be', 'should not']]);
  });
  it('"are to be carried out" → "shall be carried out": an obligation strengthened', () => {
    expect(rows('Activities are to be carried out in accordance with domestic law.', 'Activities shall be carried out in accordance with domestic law.')).toEqual([['modality', 'strengthened', 'are to', 'shall']]);
    expect(rows('Reports are to be published annually.', 'Reports must be published annually.')).toEqual([['modality', 'strengthened', 'are to', 'must']]);
  });
  it('"is to take effect" → "shall enter into force": the modal its own change, the predicate reworded', () => {
    const vs = rows('It is to take effect on the date of signature.', 'It shall enter into force on the date of signature.');
    expect(vs[0]).toEqual(['modality', 'strengthened', 'is to', 'shall']);
    expect(vs.slice(1).every((v) => v[0] === 'lexical')).toBe(true);
    expect(rows('Each Participant is to bear its own costs.', 'Each Participant shall bear its own costs.')).toEqual([['modality', 'strengthened', 'is to', 'shall']]);
  });
  it('"is to" and "will" are the same register: no change of force', () => {
    expect(rows('Each Participant is to bear its own costs.', 'Each Participant will bear its own costs.').filter((v) => v[0] === 'modality')).toEqual([['modality', null, 'is to', 'will']]);
  });
  it('near miss: a subject that names an aim states a purpose ("The aim of the Memorandum is to promote")', () => {
    const m = variants('The aim of the Memorandum is to promote trade.', 'The aim of the Memorandum shall promote trade.').filter((v) => v.type === 'modality');
    expect(m.map((v) => v.explanation)).toEqual(["obligation strengthened: 'no modal' (0) → 'shall' (5)"]);
  });
  it('near miss: an adverb that is no adverb of sequence opens no gap ("is necessarily to act")', () => {
    expect(rows('It is necessary to act.', 'It is necessarily to act.')).toEqual([['grammatical', null, 'necessary', 'necessarily']]);
  });
});

describe('a negated statement made binding (modality.yaml `prohibition.statement`)', () => {
  it('"does not create" → "shall not create": a statement made binding, strengthened', () => {
    const v = variants('This Memorandum does not create legally binding obligations.', 'This Memorandum shall not create legally binding obligations.');
    expect(v.map((x) => [x.type, x.direction, x.base, x.reading])).toEqual([['modality', 'strengthened', 'does', 'shall']]);
    expect(v[0].explanation).toBe("prohibition strengthened: 'does not' (0) → 'shall not' (5) — a statement made binding");
    expect(rows('The arrangement does not affect existing rights.', 'The arrangement will not affect existing rights.')).toEqual([['modality', 'strengthened', 'does', 'will']]);
  });
  it('back: "should not" → "do not" is a recommendation made a statement, weakened', () => {
    expect(rows('States should not share data.', 'States do not share data.')).toEqual([['modality', 'weakened', 'should', 'do']]);
  });
  it('near miss: the negation carried otherwise, no modal on either side, is no change of force', () => {
    expect(rows('This Memorandum does not create obligations.', 'This Memorandum creates no obligations.').map((v) => v[0])).toEqual(['grammatical']);
  });
});

describe('"not" → "never" with no modal (modality.yaml `emphatic-negators`)', () => {
  it('"is not undertaken" → "is never undertaken": strengthened, as "should not" → "should never"', () => {
    expect(rows('Such access is not undertaken to suppress dissent.', 'Such access is never undertaken to suppress dissent.')).toEqual([['modality', 'strengthened', 'not', 'never']]);
    expect(rows('Personal data are not sold.', 'Personal data are never sold.')).toEqual([['modality', 'strengthened', 'not', 'never']]);
    expect(rows('Such access is never undertaken to suppress dissent.', 'Such access is not undertaken to suppress dissent.')).toEqual([['modality', 'weakened', 'never', 'not']]);
  });
  it('near miss: the negation moved, the same negator, is no change of force', () => {
    expect(rows('Such access is not undertaken to suppress dissent.', 'Such access is not ever undertaken to suppress dissent.').filter((v) => v[0] === 'modality')).toEqual([]);
  });
});

describe('"always" with an obligation (modality.yaml `emphatic-adverbs`)', () => {
  it('"should publish" → "should always publish": strengthened; back, weakened', () => {
    const v = variants('Governments should publish the statistics.', 'Governments should always publish the statistics.');
    expect(v.map((x) => [x.type, x.direction, x.base, x.reading])).toEqual([['modality', 'strengthened', '', 'always']]);
    expect(v[0].explanation).toBe("obligation strengthened: 'should' (4) → 'should always' (4.25)");
    expect(rows('Operators must invariably keep records.', 'Operators must keep records.')).toEqual([['modality', 'weakened', 'invariably', '']]);
  });
  it('"should" → "must always": one change of force, the adverb with the modal (no addition beside it)', () => {
    expect(rows('Governments should publish the statistics.', 'Governments must always publish the statistics.')).toEqual([['modality', 'strengthened', 'should', 'must always']]);
  });
  it('the adverb does not outweigh a modal changed: "will" → "should always" is weakened', () => {
    expect(rows('Governments will publish the statistics.', 'Governments should always publish the statistics.')).toEqual([['modality', 'weakened', 'will', 'should always']]);
  });
  it('near miss: another adverb ("also") adds nothing to the force', () => {
    expect(rows('Governments should publish the statistics.', 'Governments should also publish the statistics.')).toEqual([['grammatical', null, '', 'also']]);
  });
});

describe('"will" in a clause a verb governs is tense (modality.yaml `tense-clauses`)', () => {
  it('"explain how the data are processed" → "… will be processed": grammar, no weakened obligation', () => {
    const v = variants('The handler shall explain how the data are processed.', 'The handler shall explain how the data will be processed.');
    expect(v.map((x) => [x.type, x.base, x.reading])).toEqual([['grammatical', 'are', 'will be']]);
    expect(v[0].explanation).toContain('the future of a clause a verb governs is its tense');
  });
  it('other wordings: after the verb\'s object ("inform the data subject when"), "that" after "ensure"', () => {
    expect(rows('The controller shall inform the data subject when the data are deleted.', 'The controller shall inform the data subject when the data will be deleted.')).toEqual([['grammatical', null, 'are', 'will be']]);
    expect(rows('States shall ensure that the data are deleted.', 'States shall ensure that the data will be deleted.')).toEqual([['grammatical', null, 'are', 'will be']]);
  });
  it('near miss: an undertaking reported after "agree that" stays one; so does the main clause\'s "will"', () => {
    expect(rows('The Parties agree that each Party designates a contact point.', 'The Parties agree that each Party will designate a contact point.').filter((v) => v[0] === 'modality')).toEqual([['modality', 'strengthened', '', 'will']]);
    expect(rows('The handler shall explain how the data are processed.', 'The handler will explain how the data are processed.')).toEqual([['modality', 'weakened', 'shall', 'will']]);
  });
});

describe('"may only" right after the auxiliary binds as "shall" (modality.yaml `restricted-permission`)', () => {
  it('"shall pass an assessment before providing data abroad" → "may only provide data abroad after an assessment": no weakened obligation', () => {
    const vs = rows('Data handlers shall pass a security assessment before providing data abroad.', 'Data handlers may only provide data abroad after a security assessment.');
    expect(vs.filter((v) => v[0] === 'modality')).toEqual([]);
    expect(vs).toContainEqual(['grammatical', null, 'shall', 'may']);
  });
  it('other wordings: "only" moved next to "may", past the object', () => {
    expect(rows('Handlers shall provide data abroad only after an assessment.', 'Handlers may only provide data abroad after an assessment.').filter((v) => v[0] === 'modality' || v[3] === 'may')).toEqual([['grammatical', null, 'shall', 'may']]);
    expect(rows('Handlers shall share personal data only with accredited partners.', 'Handlers may only share personal data with accredited partners.').filter((v) => v[0] === 'modality' || v[3] === 'may')).toEqual([['grammatical', null, 'shall', 'may']]);
  });
  it('near miss: a quantity restricted ("may only designate one authority for") or no case named is a duty lost', () => {
    expect(rows('Each State shall designate one authority for each region.', 'Each State may only designate one authority for each region.').filter((v) => v[0] === 'modality')).toEqual([['modality', 'weakened', 'shall', 'may']]);
    expect(rows('Handlers must provide data abroad.', 'Handlers may only provide data abroad.').filter((v) => v[0] === 'modality')).toEqual([['modality', 'weakened', 'must', 'may']]);
  });
});

describe('"may" → "can": another kind of modality, the same strength (modality.yaml `senses`)', () => {
  it('a permission read as an ability: modality with no direction', () => {
    const v = variants('The Participants may discontinue it.', 'The Participants can discontinue it.');
    expect(v.map((x) => [x.type, x.direction ?? null, x.base, x.reading])).toEqual([['modality', null, 'may', 'can']]);
    expect(v[0].explanation).toBe("modality changed, same strength: 'may' (permission) → 'can' (ability)");
    expect(rows('Users can seek redress.', 'Users may seek redress.')).toEqual([['modality', null, 'can', 'may']]);
    expect(rows('Users may seek redress.', 'Users will be able to seek redress.').filter((v) => v[0] === 'modality')).toEqual([['modality', null, 'may', 'will be able to']]);
  });
  it('near miss: the same kind ("may" → "might"), and a negated permission against "cannot" (both forbid), stay wording', () => {
    expect(rows('Users may seek redress.', 'Users might seek redress.')).toEqual([['modality', null, 'may', 'might']]);
    expect(rows('Users may not seek redress.', 'Users cannot seek redress.')).toEqual([['modality', null, 'may', 'can']]);
  });
});

describe('a speaker\'s hedge in place of the modal ("We would hope that")', () => {
  it('"Governments should publish" → "We would hope that governments publish": one modality, the hedge its reading', () => {
    const v = variants('Governments should publish the statistics.', 'We would hope that governments publish the statistics.');
    expect(v.map((x) => [x.type, x.direction, x.base, x.reading])).toEqual([['modality', 'weakened', 'should', 'We would hope that']]);
    expect(v[0].explanation).toBe("obligation weakened: 'should' (4) → 'hope' (2)");
    expect(rows('Such redress should include the deletion of data.', 'We would hope that such redress includes the deletion of data.')).toEqual([
      ['modality', 'weakened', 'should', 'We would hope that'],
      ['grammatical', null, 'include', 'includes'],
    ]);
  });
  it('a qualifier between the hedge and the act still leaves the modality (weakened), not a list reordered', () => {
    const vs = rows('Such redress should include, where appropriate, the deletion of data.', 'We would hope that such redress, where appropriate, includes the deletion of data.');
    expect(vs.filter((v) => v[0] === 'modality')).toEqual([['modality', 'weakened', 'should', 'We would hope that']]);
    expect(vs.map((v) => v[0])).not.toContain('transposition');
  });
  it('near miss: a word of its own in the addition ("all") stays an addition; a list really reordered stays one', () => {
    expect(rows('States should share data.', 'We would hope that all States share data.')).toEqual([
      ['addition', null, '', 'We would hope that all'],
      ['modality', 'weakened', 'should', ''],
    ]);
    expect(rows('It covers the purpose, scope and necessity of the measure.', 'It covers the necessity, purpose and scope of the measure.').map((v) => v[0])).toEqual(['transposition']);
  });
});
