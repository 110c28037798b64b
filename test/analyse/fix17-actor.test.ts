/**
 * Session 17: actor changes (trials 76, 77, 78, 79, 81).
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

describe('a party with a participle before its noun, dropped from the subject, is an actor change (trial 78 #4)', () => {
  it('"Donors and implementing agencies shall coordinate" → "Donors shall coordinate": actor dropped', () => {
    expect(rows('Donors and implementing agencies shall coordinate their programmes.', 'Donors shall coordinate their programmes.')).toEqual([
      ['actor', null, 'and implementing agencies', ''],
    ]);
  });
  it('another wording: "Vendors and participating manufacturers should report" → "Vendors should report"', () => {
    expect(rows('Vendors and participating manufacturers should report incidents.', 'Vendors should report incidents.')).toEqual([
      ['actor', null, 'and participating manufacturers', ''],
    ]);
  });
  it('added: "States shall" → "States and implementing agencies shall"', () => {
    expect(rows('States shall coordinate their programmes.', 'States and implementing agencies shall coordinate their programmes.')).toEqual([
      ['actor', null, '', 'and implementing agencies'],
    ]);
  });
  it('near miss: the conjunct dropped from the object stays an omission', () => {
    expect(rows('Donors shall coordinate with governments and implementing agencies.', 'Donors shall coordinate with governments.')).toEqual([
      ['omission', null, 'and implementing agencies', ''],
    ]);
  });
});

describe('the agent of a passive duty replaced by the officer who presides is an actor change (trial 78 #6)', () => {
  it('"prepared by the Secretariat" → "prepared by the Chair"', () => {
    const v = variants('Reports shall be prepared by the Secretariat.', 'Reports shall be prepared by the Chair.');
    expect(v.map((x) => [x.type, x.direction ?? null, x.base, x.reading])).toEqual([['actor', null, 'Secretariat', 'Chair']]);
    expect(v[0].explanation).toContain('the passive names another party');
  });
  it('another wording: "adopted by the Council" → "adopted by the Chairperson"', () => {
    expect(rows('The report shall be adopted by the Council.', 'The report shall be adopted by the Chairperson.')).toEqual([['actor', null, 'Council', 'Chairperson']]);
  });
  it('near miss: "by the Council" → "by consensus" names no party: lexical', () => {
    expect(rows('The report shall be adopted by the Council.', 'The report shall be adopted by consensus.')).toEqual([['lexical', null, 'the Council', 'consensus']]);
  });
});

describe('a pronoun with a word naming all its parties is read as the pronoun (trial 77 #2)', () => {
  it('"Participating States shall" → "We all shall": actor, as "We shall" is', () => {
    expect(rows('Participating States shall share information.', 'We all shall share information.')).toEqual([['actor', null, 'Participating States', 'We all']]);
    expect(rows('Participating States shall share information.', 'We shall share information.')).toEqual([['actor', null, 'Participating States', 'We']]);
  });
  it('"Participating States shall" → "Each of us shall": actor', () => {
    expect(rows('Participating States shall share information.', 'Each of us shall share information.')).toEqual([['actor', null, 'Participating States', 'Each of us']]);
  });
  it('another wording: "All of us will"', () => {
    expect(rows('Participating States will share information.', 'All of us will share information.')).toEqual([['actor', null, 'Participating States', 'All of us']]);
  });
  it('near miss: "We shall" → "We all shall" names the same parties: grammatical', () => {
    expect(rows('We shall share information.', 'We all shall share information.')).toEqual([['grammatical', null, '', 'all']]);
  });
});

describe('who makes a call, "We" restated as a named party, is an actor change (trial 76 #5)', () => {
  it('"We encourage all States" → "Norway encourages all States": actor, the agreement grammatical', () => {
    const v = variants('We encourage all States to cooperate.', 'Norway encourages all States to cooperate.');
    expect(v.map((x) => [x.type, x.direction ?? null, x.base, x.reading])).toEqual([
      ['actor', null, 'We', 'Norway'],
      ['grammatical', null, 'encourage', 'encourages'],
    ]);
    expect(v[0].explanation).toContain('a different party makes the call');
  });
  it('another wording: "We urge" → "The Council urges"', () => {
    expect(rows('We urge all States to cooperate.', 'The Council urges all States to cooperate.')).toEqual([
      ['actor', null, 'We', 'The Council'],
      ['grammatical', null, 'urge', 'urges'],
    ]);
  });
  it('a stance: "We condemn" → "Norway condemns"', () => {
    expect(rows('We condemn the attack.', 'Norway condemns the attack.')).toEqual([
      ['actor', null, 'We', 'Norway'],
      ['grammatical', null, 'condemn', 'condemns'],
    ]);
  });
  it('near miss: the issuer\'s own name for itself stays "the same party in another person"', () => {
    const v = variants('We encourage all States to cooperate.', 'The Government encourages all States to cooperate.');
    expect(v[0].explanation).toContain('the same party in another person');
  });
});

describe('"respective" restricts no set of parties (trial 81 #2)', () => {
  it('"The respective roles of stakeholders" → "The roles of stakeholders": an omission, no actor (the head names no party)', () => {
    expect(rows('The respective roles of stakeholders should be respected.', 'The roles of stakeholders should be respected.')).toEqual([['omission', null, 'respective', '']]);
  });
  it('before a party: "The respective authorities shall" → "The authorities shall": an omission, the same parties', () => {
    const v = variants('The respective authorities shall cooperate.', 'The authorities shall cooperate.');
    expect(v.map((x) => [x.type, x.direction ?? null, x.base, x.reading])).toEqual([['omission', null, 'respective', '']]);
    expect(v[0].explanation).toContain('restricts no set of parties');
  });
  it('added: "The authorities shall" → "The respective authorities shall"', () => {
    expect(rows('The authorities shall cooperate.', 'The respective authorities shall cooperate.')).toEqual([['addition', null, '', 'respective']]);
  });
  it('near miss: a word naming a kind dropped from the bearer stays an actor change', () => {
    expect(rows('The national authorities shall cooperate.', 'The authorities shall cooperate.')).toEqual([['actor', null, 'national', '']]);
  });
});

describe('one wording of an indefinite party for another is the same party (trial 79 #4)', () => {
  it('"Any person may report" → "Anyone may report": grammatical', () => {
    const v = variants('Any person may report a vulnerability.', 'Anyone may report a vulnerability.');
    expect(v.map((x) => [x.type, x.direction ?? null, x.base, x.reading])).toEqual([['grammatical', null, 'Any person', 'Anyone']]);
    expect(v[0].explanation).toContain('the same indefinite party');
  });
  it('other wordings: "No person shall" → "No one shall", "Everyone should" → "Every person should"', () => {
    expect(rows('No person shall disclose the data.', 'No one shall disclose the data.')).toEqual([['grammatical', null, 'No person', 'No one']]);
    expect(rows('Everyone should protect their data.', 'Every person should protect their data.')).toEqual([['grammatical', null, 'Everyone', 'Every person']]);
  });
  it('near miss: "Any person" → "Any State" is another party: actor', () => {
    expect(rows('Any person may report a vulnerability.', 'Any State may report a vulnerability.')).toEqual([['actor', null, 'person', 'State']]);
  });
});

describe('the subject of a stance replaced, the verb in another form, is an actor change (trial 78 #5)', () => {
  it('"Participants affirm" → "Our delegation affirms": actor plus the agreement, grammatical', () => {
    const v = variants('Participants affirm the principles.', 'Our delegation affirms the principles.');
    expect(v.map((x) => [x.type, x.direction ?? null, x.base, x.reading])).toEqual([
      ['actor', null, 'Participants', 'Our delegation'],
      ['grammatical', null, 'affirm', 'affirms'],
    ]);
    expect(v[0].explanation).toContain('a different party takes the position');
  });
  it('other wordings: "support" → "supports", "welcome" → "welcomes"', () => {
    expect(rows('Participants support the principles.', 'Our delegation supports the principles.')).toEqual([
      ['actor', null, 'Participants', 'Our delegation'],
      ['grammatical', null, 'support', 'supports'],
    ]);
    expect(rows('Participants welcome the report.', 'Our delegation welcomes the report.')).toEqual([
      ['actor', null, 'Participants', 'Our delegation'],
      ['grammatical', null, 'welcome', 'welcomes'],
    ]);
  });
  it('near miss: who calls on others, the verb read alike, stays a change of wording (the one who calls is not bound)', () => {
    expect(rows('The Council calls on Member States to share information.', 'The EU calls on Member States to share information.')).toEqual([['lexical', null, 'Council', 'EU']]);
  });
  it('near miss: a subject that names no party stays a change of wording', () => {
    expect(rows('The principles affirm our values.', 'This document affirms our values.')).toEqual([
      ['grammatical', null, 'The', 'This'],
      ['lexical', null, 'principles', 'document'],
      ['grammatical', null, 'affirm', 'affirms'],
    ]);
  });
});

describe('the parties of a nominalised act replaced are an actor change (trial 81 #1)', () => {
  it('as subject: "All stakeholders should cooperate" → "All States should cooperate": actor', () => {
    expect(rows('All stakeholders should cooperate closely.', 'All States should cooperate closely.')).toEqual([['actor', null, 'stakeholders', 'States']]);
  });
  it('"Cooperation among all stakeholders is required" → "Cooperation among governments …": actor', () => {
    const v = variants('Cooperation among all stakeholders is required.', 'Cooperation among governments is required.');
    expect(v.map((x) => [x.type, x.direction ?? null, x.base, x.reading])).toEqual([['actor', null, 'all stakeholders', 'governments']]);
    expect(v[0].explanation).toContain('takes part in the act the noun names');
  });
  it('near misses: after a verb ("distributed among States") or with a word naming no party, a change of wording', () => {
    expect(rows('Funds shall be distributed among States.', 'Funds shall be distributed among governments.')).toEqual([['lexical', null, 'States', 'governments']]);
    expect(rows('Cooperation among all stakeholders is required.', 'Cooperation among all sectors is required.')).toEqual([['lexical', null, 'stakeholders', 'sectors']]);
  });
});

describe('the party a directive addresses against the subject of the passive directive (trial 76 #7)', () => {
  it('"We encourage all States to cooperate" → "Countries are encouraged to cooperate": the addressees compared, no actor dropped', () => {
    const v = variants('We encourage all States to cooperate.', 'Countries are encouraged to cooperate.');
    expect(v.map((x) => [x.type, x.direction ?? null, x.base, x.reading])).toEqual([
      ['grammatical', null, 'We', ''],
      ['grammatical', null, 'encourage', 'are encouraged'],
      ['actor', null, 'all States', 'Countries'],
    ]);
    expect(v[2].explanation).toContain('the party the directive addressed is now the subject');
  });
  it('another wording: "We urge developed countries to assist" → "Donors are urged to assist"', () => {
    expect(rows('We urge developed countries to assist.', 'Donors are urged to assist.').filter((r) => r[0] === 'actor')).toEqual([['actor', null, 'developed countries', 'Donors']]);
  });
  it('near miss: the same party addressed, the voice changed: grammatical', () => {
    expect(rows('We encourage all States to cooperate.', 'All States are encouraged to cooperate.')).toEqual([
      ['grammatical', null, 'We', ''],
      ['grammatical', null, 'encourage all States', 'All States are encouraged'],
    ]);
  });
});

describe('a party urged to act made the subject of a directive of another force: one modality, the one who urged an omission (trial 77 #5)', () => {
  it('"States should encourage vendors to share" → "Vendors are required to share": should encourage → are required, strengthened, and States omitted', () => {
    expect(rows('States should encourage vendors to share information.', 'Vendors are required to share information.')).toEqual([
      ['omission', null, 'States', ''],
      ['modality', 'strengthened', 'should encourage', 'are required'],
    ]);
  });
  it('another wording, weakened: "Governments should urge operators to report" → "Operators are encouraged to report"', () => {
    expect(rows('Governments should urge operators to report incidents.', 'Operators are encouraged to report incidents.')).toEqual([
      ['omission', null, 'Governments', ''],
      ['modality', 'weakened', 'should urge', 'are encouraged'],
    ]);
  });
  it('near miss: a directive dropped with no subject before it stays one modality over the words dropped', () => {
    const r = rows('We intend to promote X and to encourage operators to assess the risks.', 'We will require operators to use X and to assess the risks.');
    expect(r).toContainEqual(['modality', 'strengthened', 'to encourage operators', '']);
  });
});

describe('the speaker\'s "We" with its apposition against a subject taken from the apposition is one actor change (trial 81 #6)', () => {
  it('"We, the participants of this meeting, recognize" → "The participants recognize": one actor over the whole subject', () => {
    const v = variants('We, the participants of this meeting, recognize the need.', 'The participants recognize the need.');
    expect(v.map((x) => [x.type, x.direction ?? null, x.base, x.reading])).toEqual([['actor', null, 'We, the participants of this meeting,', 'The participants']]);
    expect(v[0].explanation).toContain('no longer made in their own voice');
  });
  it('another wording: "We, the Heads of State, affirm" → "The Heads of State affirm"', () => {
    expect(rows('We, the Heads of State, affirm our commitment.', 'The Heads of State affirm our commitment.')).toEqual([['actor', null, 'We, the Heads of State,', 'The Heads of State']]);
  });
  it('the other way round: "The participants recognize" → "We, the participants of this meeting, recognize"', () => {
    expect(rows('The participants recognize the need.', 'We, the participants of this meeting, recognize the need.')).toEqual([['actor', null, 'The participants', 'We, the participants of this meeting,']]);
  });
  it('near miss: the pronoun kept, only the apposition shortened: an omission', () => {
    expect(rows('We, the participants of this meeting, recognize the need.', 'We, the participants, recognize the need.')).toEqual([['omission', null, 'of this meeting', '']]);
  });
});
