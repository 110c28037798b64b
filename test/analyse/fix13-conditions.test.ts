/**
 * Conditions and qualifiers from new-user trials 58 and 61 (session 13): a proviso dropped while the
 * purpose nested in it is kept, a limb of a proviso after the named cases that close its first limb,
 * a run of coordinated conditions set off by commas before a noun phrase, "subject to" that says what
 * a person is subject to, and a derogation's cross-reference dropped while the derogation stays.
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);

describe('a proviso dropped, the purpose nested in it kept (trial 58 A2)', () => {
  it('the case: "provided that the funds are necessary" dropped, "to satisfy basic needs" kept', () => {
    expect(
      brief(
        'The competent authority may authorise the release of frozen funds, provided that the funds are necessary to satisfy basic needs.',
        'The competent authority may authorise the release of frozen funds to satisfy basic needs.',
      ),
    ).toEqual([['qualifier-dropped', null, ', provided that the funds are necessary', '']]);
  });
  it('other wordings: another proviso; a "where" condition on an obligation (strengthened)', () => {
    expect(brief('The agency may share the data, provided that the transfer is necessary to prevent a serious crime.', 'The agency may share the data to prevent a serious crime.')).toEqual([
      ['qualifier-dropped', null, ', provided that the transfer is necessary', ''],
    ]);
    expect(brief('The agency shall share the data, where the request is urgent to prevent a serious crime.', 'The agency shall share the data to prevent a serious crime.')).toEqual([
      ['qualifier-dropped', 'strengthened', ', where the request is urgent', ''],
    ]);
  });
  it('near miss: the proviso reworded, the purpose kept, stays a rewording', () => {
    expect(
      brief(
        'The competent authority may authorise the release of frozen funds, provided that the funds are necessary to satisfy basic needs.',
        'The competent authority may authorise the release of frozen funds, provided that they are needed to satisfy basic needs.',
      ),
    ).toEqual([['lexical', null, 'the funds are necessary', 'they are needed']]);
  });
});

describe('a limb of a proviso after the named cases that close its first limb (trial 58 A3)', () => {
  const base =
    'The authority may authorise the release of funds, provided that the funds are necessary to satisfy basic needs, including payments for rent and medicines, and that the Member State concerned has notified the other Member States within two weeks.';
  const limb = ', and that the Member State concerned has notified the other Member States within two weeks';
  it('the case: the list reworded, the second limb dropped', () => {
    expect(brief(base, 'The authority may authorise the release of funds, provided that the funds are necessary to satisfy basic needs, such as payments for rent and medicines.')).toEqual([
      ['grammatical', null, 'including', 'such as'],
      ['qualifier-dropped', null, limb, ''],
    ]);
  });
  it('other wordings: the list kept; on an obligation, an "and" limb dropped widens the condition (strengthened)', () => {
    expect(brief(base, 'The authority may authorise the release of funds, provided that the funds are necessary to satisfy basic needs, including payments for rent and medicines.')).toEqual([
      ['qualifier-dropped', null, limb, ''],
    ]);
    expect(
      brief(
        'The operator shall notify the authority if the incident is significant, in particular for hospitals, and the service is interrupted.',
        'The operator shall notify the authority if the incident is significant, in particular for hospitals.',
      ),
    ).toEqual([['qualifier-dropped', 'strengthened', ', and the service is interrupted', '']]);
  });
  it('near miss: a clause with a modal of its own after the list is no limb', () => {
    expect(
      brief(
        'The authority may release funds, provided that the funds are necessary, including for rent, and the authority shall inform the Commission.',
        'The authority may release funds, provided that the funds are necessary, including for rent.',
      ).map((x) => x[0]),
    ).not.toContain('qualifier-dropped');
  });
});

describe('coordinated conditions set off by commas before a noun phrase: one qualifier dropped (trial 58 A4)', () => {
  it('the case', () => {
    expect(brief('Member States shall exchange, where appropriate and in accordance with national law, any relevant information.', 'Member States shall exchange any relevant information.')).toEqual([
      ['qualifier-dropped', 'strengthened', ', where appropriate and in accordance with national law,', ''],
    ]);
  });
  it('other wordings: "where possible and subject to"; one limb dropped alone', () => {
    expect(brief('The Parties shall provide, where possible and subject to their domestic law, all necessary assistance.', 'The Parties shall provide all necessary assistance.')).toEqual([
      ['qualifier-dropped', 'strengthened', ', where possible and subject to their domestic law,', ''],
    ]);
    expect(brief('The Parties shall provide, where possible and subject to their domestic law, all necessary assistance.', 'The Parties shall provide, where possible, all necessary assistance.')).toEqual([
      ['qualifier-dropped', 'strengthened', 'and subject to their domestic law', ''],
    ]);
  });
  it('near miss: a phrase not set off by a comma still runs on over a series ("national law, treaties and agreements")', () => {
    expect(
      brief('Member States shall exchange information where appropriate and in accordance with national law, treaties and agreements.', 'Member States shall exchange information where appropriate.'),
    ).toEqual([['qualifier-dropped', 'strengthened', 'and in accordance with national law, treaties and agreements', '']]);
  });
});

describe('"subject to" that says what a person or thing is subject to is no condition (trial 58 A5)', () => {
  it('the case: one lexical', () => {
    expect(brief('The Council shall amend the list set out in the Annex.', 'The Council shall amend the list of persons subject to sanctions.')).toEqual([
      ['lexical', null, 'set out in the Annex', 'of persons subject to sanctions'],
    ]);
  });
  it('other wordings: "restrictive measures", "its jurisdiction"', () => {
    expect(brief('The Council shall amend the list.', 'The Council shall amend the list of persons subject to restrictive measures.')).toEqual([
      ['addition', null, '', 'of persons subject to restrictive measures'],
    ]);
    expect(brief('States shall respect the rights of all individuals.', 'States shall respect the rights of all individuals subject to its jurisdiction.')).toEqual([
      ['addition', null, '', 'subject to its jurisdiction'],
    ]);
  });
  it('near misses: a proviso set off by a comma, and a safeguard on a permitted act, stay conditions', () => {
    expect(brief('The Council shall amend the list.', 'The Council shall amend the list, subject to the approval of the Commission.')).toEqual([
      ['qualifier-added', 'weakened', '', ', subject to the approval of the Commission'],
    ]);
    expect(brief('Member States may allow transfers.', 'Member States may allow transfers subject to appropriate safeguards.')).toEqual([
      ['qualifier-added', null, '', 'subject to appropriate safeguards'],
    ]);
  });
});

describe('a derogation kept without its cross-reference: an omission, not a condition dropped (trial 58 A6)', () => {
  it('the case', () => {
    expect(brief('By way of derogation from paragraph 1, the authority may authorise the release of funds.', 'By way of derogation, the authority may authorise the release of funds.')).toEqual([
      ['omission', null, 'from paragraph 1', ''],
    ]);
  });
  it('another wording: an article with its paragraph', () => {
    expect(brief('By way of derogation from Article 2(1), the Member State may grant a licence.', 'By way of derogation, the Member State may grant a licence.')).toEqual([
      ['omission', null, 'from Article 2(1)', ''],
    ]);
  });
  it('near miss: the whole derogation dropped stays a condition dropped', () => {
    expect(brief('By way of derogation from paragraph 1, the authority may authorise the release of funds.', 'The authority may authorise the release of funds.')).toEqual([
      ['qualifier-dropped', null, 'By way of derogation from paragraph 1,', ''],
    ]);
  });
});

describe('"under" after a noun naming a duty or a right says its source: one phrase dropped (trial 61 a8)', () => {
  it('the case: one means dropped, no direction', () => {
    expect(brief('Urges States to provide a remedy by ensuring the implementation of their obligations under international human rights law;', 'Urges States to provide a remedy;')).toEqual([
      ['qualifier-dropped', null, 'by ensuring the implementation of their obligations under international human rights law', ''],
    ]);
  });
  it('another wording: "their obligations under the Covenant"', () => {
    expect(brief('States shall protect privacy by fulfilling their obligations under the Covenant.', 'States shall protect privacy.')).toEqual([
      ['qualifier-dropped', null, 'by fulfilling their obligations under the Covenant', ''],
    ]);
  });
  it('near miss: "under" on the act itself stays a condition', () => {
    expect(brief('States shall share the data under international human rights law.', 'States shall share the data.')).toEqual([
      ['qualifier-dropped', 'strengthened', 'under international human rights law', ''],
    ]);
  });
});

describe('a condition replaced by another that names another thing: one dropped, one added (trial 61 a3)', () => {
  it('the case: "in accordance with national law" → "subject to national security legislation"', () => {
    expect(
      brief(
        'States shall ensure that individuals have access to an effective remedy, in accordance with national law.',
        'States shall ensure that individuals have access to an effective remedy, subject to national security legislation.',
      ),
    ).toEqual([
      ['qualifier-dropped', 'strengthened', 'in accordance with national law', ''],
      ['qualifier-added', 'weakened', '', 'subject to national security legislation'],
    ]);
  });
  it('another wording: on a permission, no direction', () => {
    expect(brief('Operators may share the data, in accordance with national law.', 'Operators may share the data, subject to prior judicial authorisation.')).toEqual([
      ['qualifier-dropped', null, 'in accordance with national law', ''],
      ['qualifier-added', null, '', 'subject to prior judicial authorisation'],
    ]);
  });
  it('near misses: the same law under another connective, or named shorter, stays one rewording of the connective', () => {
    expect(brief('States shall provide redress, subject to the domestic law.', 'States shall provide redress in accordance with the domestic law.')).toEqual([
      ['lexical', null, ', subject to', 'in accordance with'],
    ]);
    expect(
      brief('States shall cooperate, subject to their respective national laws and regulations.', 'States shall cooperate, in accordance with their respective national laws.').map((x) => x[0]),
    ).toEqual(['lexical', 'qualifier-dropped']);
    // two limiters left to judgement: one rewording
    expect(brief('The Office shall act, where necessary.', 'The Office shall act, as appropriate.')).toEqual([['lexical', null, 'where necessary', 'as appropriate']]);
  });
  it('a whole condition replaced by a limiter (trial 61 t4)', () => {
    expect(brief('Urges States to provide an effective remedy, in accordance with national law;', 'Urges States to provide an effective remedy, where appropriate;')).toEqual([
      ['qualifier-dropped', 'strengthened', 'in accordance with national law', ''],
      ['qualifier-added', 'weakened', '', 'where appropriate'],
    ]);
  });
});

describe('"directly or indirectly": the reach of a prohibition to indirect acts (trial 58 A11)', () => {
  it('the case: dropped from a prohibition, weakened', () => {
    expect(brief('No funds shall be made available, directly or indirectly, to listed persons.', 'No funds shall be made available to listed persons.')).toEqual([
      ['qualifier-dropped', 'weakened', ', directly or indirectly,', ''],
    ]);
  });
  it('other wordings: "shall not provide"; added with "whether", strengthened', () => {
    expect(brief('Member States shall not provide, directly or indirectly, technical assistance to listed entities.', 'Member States shall not provide technical assistance to listed entities.')).toEqual([
      ['qualifier-dropped', 'weakened', ', directly or indirectly,', ''],
    ]);
    expect(brief('No funds shall be made available to listed persons.', 'No funds shall be made available, whether directly or indirectly, to listed persons.')).toEqual([
      ['qualifier-added', 'strengthened', '', ', whether directly or indirectly,'],
    ]);
  });
  it('near misses: on an obligation no direction; "directly" alone stays an omission', () => {
    expect(brief('The Party shall support, directly or indirectly, the programme.', 'The Party shall support the programme.')).toEqual([
      ['qualifier-dropped', null, ', directly or indirectly,', ''],
    ]);
    expect(brief('No funds shall be made available directly to listed persons.', 'No funds shall be made available to listed persons.')).toEqual([['omission', null, 'directly', '']]);
  });
});
