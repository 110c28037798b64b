import { describe, expect, it } from 'vitest';
import { ofType, types, variants } from './helpers.js';

describe('actor', () => {
  it('the subject before the modal changes', () => {
    const v = ofType('States should respect the sovereignty of others.', 'All countries should respect the sovereignty of others.', 'actor');
    expect(v.map((x) => [x.base, x.reading, x.class])).toEqual([['States', 'All countries', 'substantive']]);
    expect(v[0].explanation).toContain('a different party bears the obligation');
  });

  it('a longer subject noun phrase', () => {
    expect(ofType('ICT product and service providers should not install back doors.', 'ICT companies should not install back doors.', 'actor').map((x) => [x.base, x.reading])).toEqual([
      ['product and service providers', 'companies'],
    ]);
  });

  it('the subject of a complement clause', () => {
    expect(types('We reaffirm that States should foster an open environment.', 'We reaffirm that governments should foster an open environment.')).toEqual(['actor']);
  });

  it('near misses: an object or a number change is not an actor change', () => {
    expect(types('States should encourage companies to comply.', 'States should encourage firms to comply.')).toEqual(['lexical']);
    expect(types('State should act.', 'States should act.')).toEqual(['grammatical']);
    expect(types('handle data in an evidence-based manner', 'handle data in an evidence-driven manner')).not.toContain('actor');
    // a long rewording that merely ends at a subject
    expect(
      types(
        'companies abide by laws and regulations of the State where they operate. States should not request data.',
        'companies respect the laws of host countries, and should not request data.',
      ),
    ).not.toContain('actor');
  });

  it('a participle at the head of the subject is an adjective: "Developed States" → "Rich countries" is an actor change', () => {
    expect(variants('Developed States should share data with developing States.', 'Rich countries should share data with developing States.').map((v) => [v.type, v.base, v.reading])).toEqual([
      ['actor', 'Developed States', 'Rich countries'],
    ]);
    // a word read alike after the subject is not part of the change
    expect(variants('Developed States are encouraged to share data.', 'Rich countries are encouraged to share data.').map((v) => [v.type, v.base, v.reading])).toEqual([
      ['actor', 'Developed States', 'Rich countries'],
    ]);
    // near miss: an imperative verb at the clause start is still the verb
    expect(types('Share data with developing States.', 'Share facts with developing States.')).toEqual(['lexical']);
  });

  it('an obligation turned into the passive without its bearer is one actor change', () => {
    const vs = variants('States should approach debris mitigation in a comprehensive manner.', 'Debris mitigation should be approached in a comprehensive manner.');
    expect(vs.map((v) => [v.type, v.base, v.reading])).toEqual([['actor', 'States should approach debris mitigation', 'Debris mitigation should be approached']]);
    expect(vs[0].explanation).toContain('the passive no longer names who bears the obligation');
    // the same actor named as the agent: only the voice changes
    expect(variants('States should protect such data.', 'Such data should be protected by States.').map((v) => [v.type, v.class])).toEqual([['grammatical', 'accidental']]);
    // another agent: the actor changes
    expect(variants('States should protect such data.', 'Such data should be protected by operators.').map((v) => v.type)).toEqual(['actor', 'grammatical']);
    // another auxiliary as well: the actor and the force both change
    expect(variants('States should notify operators of any planned test.', 'Operators must be notified of any planned test.').map((v) => [v.type, v.base, v.reading, v.direction])).toEqual([
      ['actor', 'States should notify operators', 'Operators must be notified', undefined],
      ['modality', 'should', 'must', 'strengthened'],
    ]);
    // the agent is a noun phrase: what follows it is not part of the change; the object become
    // the subject is (the whole change of voice is one variant)
    expect(variants('States shall report cases to the agency.', 'Cases shall be reported by States to the agency.').map((v) => [v.type, v.base, v.reading])).toEqual([
      ['grammatical', 'States shall report cases', 'Cases shall be reported by States'],
    ]);
    // a participle the tagger reads as an adjective ("informed"), a determiner kept in place
    expect(variants('The authority shall inform the controller.', 'The controller shall be informed by the authority.').map((v) => [v.type, v.base, v.reading])).toEqual([
      ['grammatical', 'The authority shall inform the controller', 'The controller shall be informed by the authority'],
    ]);
    // a parenthesis between the auxiliary and the verb
    expect(variants('States should, as appropriate, exchange information.', 'Information should, as appropriate, be exchanged.').map((v) => v.type)).toEqual(['actor']);
    // another verb in the passive, with the object made its subject: the bearer is dropped and the act changes
    expect(variants('States should protect such data.', 'Such data should be deleted.').map((v) => [v.type, v.base, v.reading])).toEqual([
      ['actor', 'States should protect such data', 'Such data should be deleted'],
      ['lexical', 'protect', 'deleted'],
    ]);
    // near miss: another verb with another subject is not a change of voice
    expect(types('States should protect such data.', 'Other data should be deleted.')).not.toContain('actor');
  });

  it('a modifier changed before the same head noun names the same party: lexical, not actor', () => {
    expect(types('Humanitarian agencies should provide water.', 'Aid agencies should provide water.')).toEqual(['lexical']);
    expect(types('Host governments should provide water.', 'Donor agencies should provide water.')).toEqual(['actor']);
  });
});


describe('actor: the party a directive verb addresses', () => {
  it('"Calls upon States to" → "Calls upon Governments to" is an actor change', () => {
    expect(types('Calls upon States to respect privacy.', 'Calls upon Governments to respect privacy.')).toEqual(['actor']);
    expect(types('Encourages States not to impose requirements.', 'Encourages companies not to impose requirements.')).toEqual(['actor']);
  });

  it('with an auxiliary, the subject bears the obligation, not the object', () => {
    expect(types('States should encourage companies to comply.', 'States should encourage firms to comply.')).toEqual(['lexical']);
  });

  it('a word after the directive and its "to" is not the addressee', () => {
    expect(types('Calls upon States to respect the privacy of users.', 'Calls upon States to respect the privacy of citizens.')).toEqual(['lexical']);
  });
});

describe('actor: only the subject of a rule', () => {
  it('a subject changed in a clause with no modal or directive is no change of who is bound', () => {
    expect(types('Decides to include in its next session the sub-item "Privacy".', 'The Assembly will take up "privacy" at its next session.')).not.toContain('actor');
    expect(types('States act together.', 'Countries act together.')).toEqual(['lexical']);
  });

  it('with a modal, or a passive directive ("are encouraged to"), it is', () => {
    expect(types('States should act.', 'All countries should act.')).toEqual(['actor']);
    expect(types('States are encouraged to share software.', 'Countries are encouraged to share software.')).toEqual(['actor']);
  });
});

describe('actor: from the passive into the active', () => {
  const tv = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);

  it('with the same agent: one grammatical variant', () => {
    expect(tv('Data should be protected by States.', 'States should protect data.')).toEqual([['grammatical', 'Data should be protected by States', 'States should protect data']]);
  });

  it('without an agent, the active names the bearer: actor added; with another agent: actor changed', () => {
    const [added] = variants('Data should be protected.', 'States should protect data.');
    expect([added.type, added.base, added.reading]).toEqual(['actor', 'Data should be protected', 'States should protect data']);
    expect(added.explanation).toContain('actor added');
    expect(types('Data should be protected by operators.', 'States should protect data.')).toEqual(['grammatical', 'actor']);
  });
});

describe('voice: an adverbial after the agent is not part of it', () => {
  const tv = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('the same agent with "every two years" / "each year" after it: one grammatical variant, in either direction', () => {
    expect(tv('The report shall be reviewed by the Commission every two years.', 'The Commission shall review the report every two years.')).toEqual([
      ['grammatical', 'The report shall be reviewed by the Commission', 'The Commission shall review the report'],
    ]);
    expect(tv('The plan shall be updated by the Board each year.', 'The Board shall update the plan each year.')).toEqual([['grammatical', 'The plan shall be updated by the Board', 'The Board shall update the plan']]);
    expect(tv('Member States shall evaluate the measures every three years.', 'The measures shall be evaluated by Member States every three years.')).toEqual([
      ['grammatical', 'Member States shall evaluate the measures', 'The measures shall be evaluated by Member States'],
    ]);
  });
  it('an agent of several words keeps them all', () => {
    expect(types('Data should be protected by the competent national authorities.', 'The competent national authorities should protect data.')).toEqual(['grammatical']);
  });
  it('near misses: another agent is an actor change; the adverbial dropped is a variant of its own', () => {
    expect(tv('The report shall be reviewed by the Commission every two years.', 'The Council shall review the report every two years.')).toEqual([
      ['grammatical', 'The report shall be reviewed by', 'shall review the report'],
      ['actor', 'the Commission', 'The Council'],
    ]);
    expect(types('The report shall be reviewed by the Commission every two years.', 'The Commission shall review the report.')).toEqual(['grammatical', 'qualifier-dropped']);
  });
});

describe('actor: the agent of a passive rule dropped, added or replaced', () => {
  const tv = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('"shall be reviewed by the Commission" → "shall be reviewed": the passive no longer names the bearer', () => {
    const v = variants('This Guideline shall be reviewed by the Commission every two years.', 'This Guideline shall be reviewed every two years.');
    expect(v.map((x) => [x.type, x.base, x.reading])).toEqual([['actor', 'by the Commission', '']]);
    expect(v[0].explanation).toContain('no longer names who bears the obligation');
    expect(tv('The data shall be processed by the controller.', 'The data shall be processed.')).toEqual([['actor', 'by the controller', '']]);
  });
  it('the agent added names the bearer; a permission or a prohibition says so', () => {
    const [added] = variants('This Guideline shall be reviewed every two years.', 'This Guideline shall be reviewed by the Commission every two years.');
    expect([added.type, added.reading]).toEqual(['actor', 'by the Commission']);
    expect(added.explanation).toContain('now names who bears the obligation');
    expect(variants('The data may be transferred by the exporter.', 'The data may be transferred.')[0].explanation).toContain('no longer names who may act');
    expect(variants('The data shall not be disclosed by the controller.', 'The data shall not be disclosed.')[0].explanation).toContain('no longer names who is forbidden to act');
  });
  it('another party as the agent: actor changed', () => {
    expect(tv('The report shall be reviewed by the Commission.', 'The report shall be reviewed by the Council.')).toEqual([['actor', 'Commission', 'Council']]);
    expect(types('The data may be processed by the controller.', 'The data may be processed by the processor.')).toEqual(['actor']);
  });
  it('near misses: "by" and a date, a figure or a means is no agent; a modifier of the agent added is no other party', () => {
    expect(types('Reports shall be submitted by 31 January.', 'Reports shall be submitted.')).toEqual(['qualifier-dropped']);
    expect(types('The period may be extended by 15 working days.', 'The period may be extended.')).toEqual(['omission']);
    expect(types('The goods shall be transported by rail.', 'The goods shall be transported.')).toEqual(['omission']);
    expect(types('The goods shall be transported by rail.', 'The goods shall be transported by road.')).toEqual(['lexical']);
    expect(types('The report shall be reviewed by the Commission.', 'The report shall be reviewed by the European Commission.')).toEqual(['addition']);
    // "by" after an active verb: no passive
    expect(types('States shall abide by the rules of the Commission.', 'States shall abide.')).not.toContain('actor');
  });
});

describe('voice: the explanation follows the kind of rule; "by" and a figure is no agent', () => {
  const expl = (b: string, r: string) => ofType(b, r, 'actor').map((v) => v.explanation);
  it('a permission put in the passive without its bearer no longer names who may act', () => {
    const [e] = expl('The Office may extend the period.', 'The period may be extended.');
    expect(e).toContain('no longer names who may act');
    expect(e).not.toContain('obligation');
    expect(expl('The Office may extend the period.', 'The period may be extended by the Council.')[0]).toContain('another party may act');
    expect(expl('States shall not disclose the data.', 'The data shall not be disclosed by operators.')[0]).toContain('another party is forbidden to act');
  });
  it('"it may extend the period by 15 working days" → "This period may be extended by 15 working days": the bearer dropped, not another party', () => {
    const v = ofType('The Office may extend the period by 15 working days.', 'This period may be extended by 15 working days.', 'actor');
    expect(v.map((x) => [x.base, x.reading])).toEqual([['The Office may extend the period', 'This period may be extended']]);
    expect(v[0].explanation).toContain('actor dropped');
    expect(v[0].explanation).not.toContain('another party');
  });
  it('the subject of a permission or a prohibition changed, or a party coordinated into it, says so', () => {
    expect(expl('States may restrict exports.', 'Governments may restrict exports.')).toEqual([expect.stringContaining('a different party may act')]);
    expect(expl('States shall not restrict exports.', 'Governments shall not restrict exports.')).toEqual([expect.stringContaining('a different party is forbidden to act')]);
    expect(expl('We may restrict exports.', 'They may restrict exports.')).toEqual([expect.stringContaining('a different party may act')]);
    expect(expl('Exporters may apply for a licence.', 'Exporters and brokers may apply for a licence.')).toEqual([expect.stringContaining('the permission now also extends to them')]);
    expect(expl('Exporters must not export the items.', 'Exporters and brokers must not export the items.')).toEqual([expect.stringContaining('the prohibition now also binds them')]);
  });
  it('near miss: an obligation still says obligation; a party as the agent is another party', () => {
    expect(expl('States should restrict exports.', 'Governments should restrict exports.')).toEqual([expect.stringContaining('a different party bears the obligation')]);
    expect(expl('States should protect data.', 'Data should be protected.')[0]).toContain('no longer names who bears the obligation');
    expect(expl('States should protect data.', 'Data should be protected by operators.')[0]).toContain('another party bears the obligation');
  });
});

describe('actor: the one who calls is not the one bound', () => {
  it('"The Council calls on Member States to" → "The EU calls on …": lexical; with a modal of its own, the subject is bound', () => {
    expect(types('The Council calls on Member States to share information.', 'The EU calls on Member States to share information.')).toEqual(['lexical']);
    expect(types('The Council should share information.', 'The EU should share information.')).toEqual(['actor']);
    expect(variants('States are encouraged to share software.', 'Countries are encouraged to share software.')[0].explanation).toContain('a different party bears the obligation');
  });
});

describe('voice: a directive verb put in the passive', () => {
  it('"The Parties shall encourage cooperation" → "Cooperation shall be encouraged by the Parties" is grammatical', () => {
    expect(variants('The Parties shall encourage cooperation.', 'Cooperation shall be encouraged by the Parties.').map((v) => v.type)).toEqual(['grammatical']);
  });
  it('without its agent, the passive no longer names who gives the direction (not a strengthened obligation)', () => {
    const vs = variants('States should encourage companies to share data.', 'Companies should be encouraged to share data.');
    expect(vs.map((v) => v.type)).toEqual(['actor']);
    expect(vs[0].explanation).toContain("who gives the direction ('encourage')");
  });
});

describe('actor: who takes a position', () => {
  it('the subject of a stance changed ("The two Presidents condemned" → "President Osterlund condemned") is an actor change', () => {
    const vs = variants('The two Presidents condemned malicious cyber activities.', 'President Osterlund condemned malicious cyber activities.');
    expect(vs.map((v) => [v.type, v.base, v.reading])).toEqual([['actor', 'The two Presidents', 'President Osterlund']]);
    expect(vs[0].explanation).toContain('a different party takes the position');
  });
  it('near miss: the subject of a plain statement is not an actor', () => {
    expect(types('The two reports described malicious cyber activities.', 'The new reports described malicious cyber activities.')).not.toContain('actor');
  });
});

describe('actor: a party, not a thing renamed', () => {
  it('"Personal data should be accurate" → "Personal information should …" is lexical', () => {
    expect(types('Personal data should be accurate and kept up to date.', 'Personal information should be accurate and kept up to date.')).toEqual(['lexical']);
  });
  it('near misses: roles of data-protection law and parties are actors', () => {
    expect(types('The controller shall notify the authority.', 'The processor shall notify the authority.')).toEqual(['actor']);
    expect(types('States should protect data.', 'All countries should protect data.')).toEqual(['actor']);
  });
});

describe('voice: a subject of two words read as the agent', () => {
  it('"Member countries should provide adequate sanctions" → "… should be provided by Member countries" is grammatical, not a moved phrase', () => {
    expect(types('Member countries should provide adequate sanctions.', 'Adequate sanctions should be provided by Member countries.')).toEqual(['grammatical']);
  });
});

describe('actor: the pronoun that bears a rule replaced by another party', () => {
  it('"We will protect" → "They will protect" / "The government will protect" is an actor change', () => {
    expect(types('We will protect the cables.', 'They will protect the cables.')).toEqual(['actor']);
    expect(types('We will protect the cables.', 'The government will protect the cables.')).toEqual(['actor']);
  });
  it('near miss: a pronoun that bears no rule is grammar', () => {
    expect(types('We saw that they protected the cables.', 'We saw that it protected the cables.')).not.toContain('actor');
  });
});

describe('actor: an obligation borne severally or jointly (actors.yaml `distributive`, `joint`)', () => {
  const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.class, v.base, v.reading]);
  it('"Each Party shall" ↔ "The Parties shall" is a change of bearer, not number and article', () => {
    expect(brief('Each Party shall adopt a legal framework.', 'The Parties shall adopt a legal framework.')).toEqual([['actor', 'substantive', 'Each Party', 'The Parties']]);
    expect(variants('The two Parties shall adopt a framework.', 'Each Party shall adopt a framework.')[0].explanation).toContain('all together becomes each on its own');
  });
  it('near misses: a generic plural, an object, "Each" → "The" on the same noun stay grammar', () => {
    expect(brief('States should cooperate.', 'Each State should cooperate.').map((x) => x[0])).toEqual(['grammatical']);
    expect(brief('Each Party shall notify the other Parties.', 'Each Party shall notify the other Party.').map((x) => x[0])).toEqual(['grammatical']);
    expect(brief('Each Party shall adopt a framework.', 'The Party shall adopt a framework.').map((x) => x[0])).toEqual(['grammatical']);
  });
});

describe('actor: an obligation restated as an imperative', () => {
  const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('"States should consider" → "Consider", "should not damage" → "Do not damage": the bearer is no longer named', () => {
    expect(brief('States should consider all relevant information.', 'Consider all relevant information.')).toEqual([['actor', 'States should', '']]);
    expect(brief('States should not damage infrastructure.', 'Do not damage infrastructure.')).toEqual([['actor', 'States should', 'Do']]);
    expect(brief('When attributing incidents, States should consider all information.', 'When attributing incidents, consider all information.').map((x) => x[0])).toEqual(['actor']);
    expect(brief('States should consider all information when attributing an incident.', 'When attributing incidents, consider all information.').map((x) => x[0])).toContain('actor');
  });
  it('near miss: a list item in lower case goes on from a lead-in that names the bearer ("all States should:")', () => {
    expect(brief('States should consider all relevant information.', 'consider all relevant information.').map((x) => x[0])).toEqual(['omission']);
  });
  it('near misses: a pronoun for the subject, a noun phrase instead of the verb', () => {
    expect(brief('States should consider all relevant information.', 'They consider all relevant information.').map((x) => x[0])).not.toContain('actor');
    expect(brief('States should share data.', 'Data sharing is key.').map((x) => x[0])).not.toContain('actor');
  });
});

describe('actor: from a trial on a recommendation and a national strategy', () => {
  const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('a named State as the new bearer ("Members should" → "Veloria will") is an actor change', () => {
    expect(brief('Members should prevent discrimination arising from algorithmic systems.', 'Veloria will prevent discrimination arising from algorithmic systems.')[0]).toEqual(['actor', 'Members', 'Veloria']);
  });
  it('near miss: a known word opening the sentence is no name ("Personal data" → "Personal information")', () => {
    expect(brief('Personal data should be accurate.', 'Personal information should be accurate.').map((x) => x[0])).toEqual(['lexical']);
  });
  it('a phrase put before the subject without a comma ("By 2028 the Government will") is a time limit, and the subject its own', () => {
    expect(brief('Adherents should establish a public register of algorithmic systems.', 'By 2028 the Government will establish a public register of algorithmic systems.').map((x) => x.slice(0, 3))).toEqual([
      ['actor', 'Adherents', 'the Government'],
      ['qualifier-added', '', 'By 2028'],
      ['modality', 'should', 'will'],
    ]);
    expect(brief('States shall notify the authority.', 'Within 30 days States shall notify the authority.')).toEqual([['qualifier-added', '', 'Within 30 days']]);
  });
  it('near miss: a condition with its own modal keeps it ("Where it may affect security, …")', () => {
    const side = variants('Where it may affect security, States shall notify.', 'States shall notify.');
    expect(side.map((x) => x.base)).toEqual(['Where it may affect security,']);
  });
});

describe('actor: a party coordinated into or out of the subject', () => {
  const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('"Public bodies" → "Public bodies and their contractors" extends the bearers; "States and companies" → "States" narrows them', () => {
    expect(brief('Public bodies shall inform individuals of the decision.', 'Public bodies and their contractors shall inform individuals of the decision.')).toEqual([['actor', '', 'and their contractors']]);
    expect(brief('States and companies should protect data.', 'States should protect data.')).toEqual([['actor', 'and companies', '']]);
  });
  it('near miss: a coordinated object is an omission', () => {
    expect(brief('States should protect data and systems.', 'States should protect data.')).toEqual([['omission', 'and systems', '']]);
  });
});

describe('actor: a relative clause between the subject and its modal (actors.yaml `relatives`)', () => {
  const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('a party coordinated into or out of a subject that a relative clause follows', () => {
    expect(brief('Exporters who are aware of a risk shall notify the Office.', 'Exporters and brokers who are aware of a risk shall notify the Office.')).toEqual([['actor', '', 'and brokers']]);
    expect(brief('Exporters and brokers who are aware of a risk shall notify the Office.', 'Exporters who are aware of a risk shall notify the Office.')).toEqual([['actor', 'and brokers', '']]);
    expect(brief('Operators that hold a general authorisation shall report annually.', 'Operators and brokers that hold a general authorisation shall report annually.')).toEqual([['actor', '', 'and brokers']]);
    expect(brief('Operators whose items are listed shall report annually.', 'Operators and brokers whose items are listed shall report annually.')).toEqual([['actor', '', 'and brokers']]);
    // between commas
    expect(brief('States, which have ratified the Treaty, shall report annually.', 'States and regions, which have ratified the Treaty, shall report annually.')).toEqual([['actor', '', 'and regions']]);
  });
  it('the subject noun changed before a relative clause, its own modal in it or not', () => {
    expect(brief('Exporters who are aware of a risk shall notify the Office.', 'Members who are aware of a risk shall notify the Office.')).toEqual([['actor', 'Exporters', 'Members']]);
    expect(brief('Exporters who may be affected shall notify the Office.', 'Members who may be affected shall notify the Office.')).toEqual([['actor', 'Exporters', 'Members']]);
  });
  it('near misses: a party added inside the relative clause, or no modal after it, is an addition', () => {
    expect(brief('Exporters who consult the Office shall keep records.', 'Exporters who consult the Office and the Commission shall keep records.')).toEqual([['addition', '', 'and the Commission']]);
    expect(brief('Exporters who hold a licence report annually.', 'Exporters and brokers who hold a licence report annually.')).toEqual([['addition', '', 'and brokers']]);
    expect(brief('Measures that may affect exporters are reviewed each year.', 'Measures that may affect exporters and brokers are reviewed each year.')).toEqual([['addition', '', 'and brokers']]);
    // a thing, not a party, before the relative clause
    expect(brief('The report, which the Office drafts, shall be published.', 'The report and the annex, which the Office drafts, shall be published.')).toEqual([['addition', '', 'and the annex']]);
  });
  it('near miss: a change inside the relative clause is no actor change', () => {
    expect(types('Exporters who are aware of a risk shall notify the Office.', 'Exporters who are aware of a serious risk shall notify the Office.')).toEqual(['addition']);
    expect(types('Exporters who are aware that an item is intended for repression shall notify the Office.', 'Exporters who know that an item is intended for repression shall notify the Office.')).toEqual(['lexical']);
  });
});

describe('actor: a relative clause restated as a condition with a pronoun for the subject', () => {
  const tv = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('"Exporters who are aware that X shall" → "If members know that X, they shall": actor, and the condition reworded, not added', () => {
    const v = variants('Exporters who are aware that an item is intended for repression shall notify the Office.', 'If members know that an item is intended for repression, they shall notify the Office.');
    expect(v.map((x) => [x.type, x.base, x.reading])).toEqual([
      ['grammatical', '', 'If'],
      ['actor', 'Exporters', 'members'],
      ['lexical', 'who are aware', 'know'],
      ['punctuation', '', ','],
      ['grammatical', '', 'they'],
    ]);
    expect(v[1].explanation).toContain('the relative clause restated as a condition');
  });
  it('in other wordings, and the other way round; a permission says so', () => {
    expect(types('Operators that hold a licence shall report annually.', 'Where brokers hold a licence, they shall report annually.')).toContain('actor');
    expect(types('Operators that hold a licence shall report annually.', 'Where brokers hold a licence, they shall report annually.')).not.toContain('qualifier-added');
    const p = ofType('Operators that hold a licence may export the items.', 'When brokers hold a licence, they may export the items.', 'actor');
    expect(p.map((x) => [x.base, x.reading])).toEqual([['Operators', 'brokers']]);
    expect(p[0].explanation).toContain('a different party may act');
    expect(tv('If members know that an item is intended for repression, they shall notify the Office.', 'Exporters who are aware that an item is intended for repression shall notify the Office.')).toContainEqual(['actor', 'members', 'Exporters']);
    expect(types('If members know that an item is intended for repression, they shall notify the Office.', 'Exporters who are aware that an item is intended for repression shall notify the Office.')).not.toContain('qualifier-dropped');
  });
  it('near misses: the same subject is no actor change; a thing renamed is a lexical change', () => {
    expect(types('Exporters who are aware that an item is intended for repression shall notify the Office.', 'If exporters know that an item is intended for repression, they shall notify the Office.')).toEqual([
      'grammatical',
      'lexical',
      'punctuation',
      'grammatical',
    ]);
    expect(tv('Goods that are listed shall be declared.', 'If items are listed, they shall be declared.')).toContainEqual(['lexical', 'Goods', 'items']);
    expect(types('Goods that are listed shall be declared.', 'If items are listed, they shall be declared.')).not.toContain('actor');
  });
});

describe('voice: the object made the subject of a passive with another verb', () => {
  it('"Public bodies shall inform individuals" → "Individuals shall be told": the bearer dropped, and the verb reworded', () => {
    const v = variants('Public bodies shall inform individuals of the decision.', 'Individuals shall be told of the decision.');
    expect(v.map((x) => [x.type, x.base, x.reading])).toEqual([
      ['actor', 'Public bodies shall inform individuals', 'Individuals shall be told'],
      ['lexical', 'inform', 'told'],
    ]);
  });
  it('near miss: another verb with another subject is no voice change', () => {
    expect(variants('Public bodies shall inform individuals of the decision.', 'Citizens will be told of the decision.').map((x) => x.explanation).join(' ')).not.toContain('passive');
  });
});

describe('actor: only some of the parties (actors.yaml `partial`)', () => {
  const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('"States concluded" → "Some States concluded" narrows the attribution; "Many delegations" → "Delegations" widens it', () => {
    expect(brief('States concluded that the threat is growing.', 'Some States concluded that the threat is growing.')).toEqual([['actor', '', 'Some']]);
    expect(brief('States concluded that the threat is growing.', 'A number of States concluded that the threat is growing.')).toEqual([['actor', '', 'A number of']]);
    expect(variants('Many delegations called for a treaty.', 'Delegations called for a treaty.')[0].explanation).toContain('widened');
  });
  it('near miss: a quantifier before an object is grammar', () => {
    expect(brief('States should share data with partners.', 'States should share data with some partners.').map((x) => x[0])).toEqual(['grammatical']);
  });
});

describe('actor: the speaker of a stance changed', () => {
  const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
  it('"We condemn" → "The President strongly condemned": another party takes the position, the intensifier apart', () => {
    expect(brief('We condemn malicious cyber activity against hospitals.', 'The President strongly condemned malicious cyber activity against hospitals.')).toEqual([
      ['actor', null, 'We', 'The President'],
      ['grammatical', null, 'condemn', 'condemned'],
      ['addition', 'strengthened', '', 'strongly'],
    ]);
    expect(variants('We condemn the attack.', 'The President condemned the attack.')[0].explanation).toContain('takes the position');
  });
  it('near miss: a pronoun for the same party before a verb of no rule or stance is a referring word', () => {
    expect(brief('We met in Geneva.', 'The Ministers met in Geneva.').map((x) => x[0])).not.toContain('actor');
  });
});

describe('actor: the instrument as the subject is no party', () => {
  it('"This Chapter shall apply" → "This Part applies": a change of wording, not of who is bound', () => {
    const v = variants('This Chapter shall apply to personal data.', 'This Part applies to personal data.');
    expect(v.find((x) => x.base === 'Chapter')?.type).toBe('lexical');
    expect(variants('The Agreement shall enter into force on 1 May.', 'The Protocol shall enter into force on 1 May.').map((x) => x.type)).toEqual(['lexical']);
  });
  it('near miss: the parties to the instrument are parties', () => {
    expect(variants('The Parties shall apply this Agreement.', 'The Members shall apply this Agreement.').map((x) => x.type)).toEqual(['actor']);
  });
});

describe('actor: only the subject of a rule or of a position', () => {
  it('the subject of a preambular statement ("Noting that a number of States are developing …") changed is a change of wording', () => {
    const v = variants('Noting that a number of States are developing ICT capabilities,', 'Noting that several countries are developing ICT capabilities,');
    expect(v.map((x) => x.type)).toEqual(['lexical']);
  });
  it('near miss: the bearer of a rule changed is an actor change', () => {
    expect(variants('A number of States shall develop capabilities.', 'Several countries shall develop capabilities.').map((x) => x.type)).toContain('actor');
  });
});

describe('a word added to or dropped from the bearer before its head noun', () => {
  it('narrows or widens the set of parties the rule binds: actor', () => {
    const v = variants('States should cooperate in developing measures.', 'Member States should cooperate in developing measures.');
    expect(v.map((x) => [x.type, x.reading])).toEqual([['actor', 'Member']]);
    expect(v[0].explanation).toContain('narrower');
    const w = variants('Competent authorities may request the records.', 'Authorities may request the records.');
    expect(w.filter((x) => x.type === 'actor').map((x) => x.base)).toEqual(['Competent']);
    expect(w.find((x) => x.type === 'actor')!.explanation).toContain('wider');
    expect(types('Providers shall notify users.', 'Large providers shall notify users.')).toEqual(['actor']);
  });
  it('near miss: a thing, not a party, as the subject', () => {
    expect(types('Personal data should be accurate.', 'Sensitive personal data should be accurate.')).toEqual(['addition']);
  });
  it('near miss: a word of quantity is no kind of party', () => {
    expect(types('All States should cooperate.', 'States should cooperate.')).not.toContain('actor');
  });
  it('near miss: outside the subject of a rule (a noun phrase in the object) it is an addition', () => {
    expect(types('States should consult providers.', 'States should consult large providers.')).toEqual(['addition']);
  });
});

describe('a connective opening one side before the subject', () => {
  it('is a change of its own: the actor variant names the parties only', () => {
    const v = variants('The Parties shall publish annual statistics.', ', and each government will publish annual statistics.');
    expect(v.map((x) => [x.type, x.base, x.reading]).slice(0, 2)).toEqual([['grammatical', '', ', and'], ['actor', 'The Parties', 'each government']]);
    const w = variants('Either Party may terminate this Agreement.', 'and either country may end the Agreement.');
    expect(w.find((x) => x.type === 'actor')).toMatchObject({ base: 'Either Party', reading: 'either country' });
  });
  it('near miss: a coordinator both sides open with stays outside any change', () => {
    expect(types('And States should cooperate.', 'And all countries should cooperate.')).toEqual(['actor']);
  });
});

describe('a speaker\'s "We" restating the parties bound', () => {
  const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('"Each signatory will" → "We will" is an actor change, as "Signatories will" → "We will" is', () => {
    expect(brief('Each signatory will report publicly on its implementation.', 'We will report publicly on our implementation.')).toContainEqual(['actor', 'Each signatory', 'We']);
    expect(brief('Signatories will report publicly on their implementation.', 'We will report publicly on our implementation.')).toContainEqual(['actor', 'Signatories', 'We']);
    expect(brief('Each participant shall notify the others.', 'We shall notify the others.')).toContainEqual(['actor', 'Each participant', 'We']);
  });
  it('the modal in a predicate coordinated after a plain verb binds the same subject', () => {
    expect(brief('Signatories adopt these commitments and will report publicly on their implementation.', 'We adopt these commitments and will report publicly on our implementation.')).toContainEqual(['actor', 'Signatories', 'We']);
    expect(brief('Each signatory adopts these commitments and will report publicly on its implementation.', 'We adopt these commitments and will report publicly on our implementation.')).toContainEqual(['actor', 'Each signatory', 'We']);
    expect(brief('States adopt these commitments and, where possible, shall report on them.', 'All countries adopt these commitments and, where possible, shall report on them.')).toContainEqual(['actor', 'States', 'All countries']);
  });
  it('near misses: a modal in a relative clause or in a clause with its own subject binds no one named before', () => {
    expect(brief('Signatories adopt these commitments that will guide them.', 'We adopt these commitments that will guide us.').map((x) => x[0])).not.toContain('actor');
    expect(brief('States adopt these commitments and other countries will report on them.', 'Governments adopt these commitments and other countries will report on them.').map((x) => x[0])).not.toContain('actor');
  });
});

describe('the bearer named by a pronoun when the modal changes too', () => {
  it('is an actor change as it is with the same modal', () => {
    const v = variants('States should designate a point of contact.', 'We will designate a point of contact.');
    expect(v.map((x) => [x.type, x.base, x.reading])).toEqual([['actor', 'States', 'We'], ['modality', 'should', 'will']]);
    expect(variants('States should designate a point of contact.', 'We should designate a point of contact.').map((x) => x.type)).toEqual(['actor']);
  });
  it('near miss: the same pronoun on both sides is no change of bearer', () => {
    expect(types('We should designate a point of contact.', 'We will designate a point of contact.')).toEqual(['modality']);
  });
  // an adverb between the modal and the verb, dropped with the change: the modal is not read into the subject
  const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('an adverb after the modal dropped or added: the modal still measured from its own level', () => {
    const v = brief('The Participants should promptly notify each other of any significant cyber incident.', 'We will notify each other of any significant cyber incident.');
    expect(v).toContainEqual(['actor', 'The Participants', 'We']);
    expect(v).toContainEqual(['modality', 'should', 'will']);
    expect(v).toContainEqual(['qualifier-dropped', 'promptly', '']);
    // a permission for an obligation: weakened from 'shall', not strengthened from 'no modal'
    const w = variants('The Parties shall immediately inform each other of any breach.', 'We may inform each other of any breach.');
    expect(w.map((x) => [x.type, x.base, x.reading])).toContainEqual(['actor', 'The Parties', 'We']);
    expect(w.find((x) => x.type === 'modality')).toMatchObject({ base: 'shall', reading: 'may', direction: 'weakened' });
    expect(brief('States should urgently notify the Commission of any incident.', 'They must notify the Commission of any incident.')).toContainEqual(['modality', 'should', 'must']);
    // the adverb added on the reading's side
    const r = brief('We will notify each other of any incident.', 'The Participants should promptly notify each other of any incident.');
    expect(r).toContainEqual(['actor', 'We', 'The Participants']);
    expect(r).toContainEqual(['modality', 'will', 'should']);
  });
  it('near miss: the adverb dropped, the same pronoun kept: no actor', () => {
    expect(brief('They should promptly notify each other of any incident.', 'They will notify each other of any incident.')).toEqual([
      ['modality', 'should', 'will'],
      ['qualifier-dropped', 'promptly', ''],
    ]);
  });
});

describe('a word added to the parties a directive verb addresses', () => {
  it('narrows the set of parties called upon: actor', () => {
    expect(variants('The Assembly calls upon States to implement these norms.', 'The Assembly calls upon Member States to implement these norms.').map((x) => [x.type, x.reading])).toEqual([['actor', 'Member']]);
    expect(types('The Council urges Governments to share information.', 'The Council urges national Governments to share information.')).toEqual(['actor']);
  });
  it('near miss: a word added to the object of the act is an addition', () => {
    expect(types('The Assembly calls upon States to implement these norms.', 'The Assembly calls upon States to implement these important norms.')).toEqual(['addition']);
  });
});

describe('actor: the head of a subject with a phrase after it (actors.yaml `postmodifiers`)', () => {
  const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('a text that opens with the preposition (a garbled or cut witness) is read without error', () => {
    expect(() => variants('Neither Side shall transfer information to third parties.', 'of Side shall transfer information to Either third parties.')).not.toThrow();
    expect(() => variants('of States may exempt small enterprises.', 'Member States may exempt small enterprises.')).not.toThrow();
  });
  it('the head noun replaced, the phrase after it dropped: one actor variant over the whole subject', () => {
    expect(brief('Operators of essential services shall notify the authority of any significant incident.', 'Members shall notify the authority of any significant incident.')).toEqual([
      ['actor', 'Operators of essential services', 'Members'],
    ]);
    expect(brief('Providers of hosting services shall remove illegal content without delay.', 'Platforms shall remove illegal content without delay.')).toEqual([
      ['actor', 'Providers of hosting services', 'Platforms'],
    ]);
    expect(brief('Ministers of foreign affairs may convene a meeting each year.', 'Ambassadors may convene a meeting each year.')).toEqual([['actor', 'Ministers of foreign affairs', 'Ambassadors']]);
    // a relative clause after it
    expect(brief('Operators of essential services who suffer an incident shall notify the authority.', 'Members who suffer an incident shall notify the authority.')).toEqual([
      ['actor', 'Operators of essential services', 'Members'],
    ]);
    // the phrase kept
    expect(brief('Operators of essential services shall notify the authority.', 'Providers of essential services shall notify the authority.')).toEqual([['actor', 'Operators', 'Providers']]);
  });
  it('near miss: a change inside the phrase after the head says which of them, not who', () => {
    expect(brief('Operators of essential services shall notify the authority.', 'Operators of key services shall notify the authority.')).toEqual([['lexical', 'essential', 'key']]);
    expect(brief('Importers of dual-use items must keep records for five years.', 'Importers of listed items must keep records for five years.')).toEqual([['lexical', 'dual-use', 'listed']]);
  });
  it('near miss: no rule after the subject (a statement of fact) is no actor change', () => {
    expect(types('Operators of essential services notify the authority.', 'Members notify the authority.')).not.toContain('actor');
  });
});

describe('actor: the subject before "are committed to", "are required to", "have committed to"', () => {
  const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('a pronoun for the party, the auxiliary before the commitment or directive a change of its own', () => {
    const v = brief('Participating States will share information on licence denials.', 'We are committed to sharing information on licence denials.');
    expect(v).toContainEqual(['actor', 'Participating States', 'We']);
    expect(v).toContainEqual(['grammatical', '', 'are']);
    expect(brief('States shall share information on denials.', 'We are required to share information on denials.')).toContainEqual(['actor', 'States', 'We']);
    expect(brief('States shall share information.', 'They are encouraged to share information.')).toContainEqual(['actor', 'States', 'They']);
    expect(brief('Participating States will share information.', 'We have committed to sharing information.')).toContainEqual(['actor', 'Participating States', 'We']);
  });
  it('a noun for the party: the auxiliary is not part of its name', () => {
    const v = brief('Participating States will share information.', 'Member countries are committed to sharing information.');
    expect(v).toContainEqual(['actor', 'Participating States', 'Member countries']);
    expect(v).toContainEqual(['grammatical', '', 'are']);
    // the auxiliary on both sides reads alike
    expect(brief('Developed States are encouraged to provide technical assistance.', 'Rich countries are asked to provide technical assistance.')).toEqual([
      ['actor', 'Developed States', 'Rich countries'],
      // (the directive in the passive is quoted with its "be", as in "should" → "is encouraged to")
      ['modality', 'are encouraged', 'are asked'],
    ]);
  });
  it('near misses: the same party', () => {
    expect(types('We will share information.', 'We are committed to sharing information.')).not.toContain('actor');
    expect(types('Participating States will share information.', 'Participating States are committed to sharing information.')).not.toContain('actor');
  });
});

describe('voice: the party a permission acts upon made the subject ("may exempt X" → "X shall be exempt")', () => {
  const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('the one who may act dropped by the passive, not replaced by the party exempted', () => {
    expect(brief('Member States may exempt micro and small enterprises from the obligation to submit a final report.', 'Micro-enterprises shall be exempt from the obligation to submit a final report.')).toEqual([
      ['actor', 'Member States may exempt', 'shall be exempt'],
      ['modality', 'may', 'shall'],
      ['lexical', 'micro and small enterprises', 'Micro-enterprises'],
    ]);
    expect(brief('Member States may exempt small enterprises from the obligation to submit a final report.', 'Small enterprises shall be exempt from the obligation to submit a final report.')).toEqual([
      ['actor', 'Member States may exempt small enterprises', 'Small enterprises shall be exempt'],
      ['modality', 'may', 'shall'],
    ]);
    expect(brief('Each State may exempt charities from the registration fee.', 'Charities shall be exempt from the registration fee.')).toContainEqual(['actor', 'Each State may exempt charities', 'Charities shall be exempt']);
    expect(brief('The Commission may exempt research bodies from Article 5.', 'Research bodies may be exempted from Article 5.')).toEqual([
      ['actor', 'The Commission may exempt research bodies', 'Research bodies may be exempted'],
    ]);
  });
  it('no explanation says the party exempted may act, with no modal either', () => {
    for (const v of variants('Member States may exempt micro and small enterprises from the obligation.', 'Micro-enterprises are exempt from the obligation.')) {
      expect(v.explanation).not.toContain('a different party may act');
    }
  });
  it('near misses: the modal changed alone, or the object kept beside a new subject', () => {
    expect(brief('Member States may exempt micro and small enterprises from the obligation.', 'Member States shall exempt micro and small enterprises from the obligation.')).toEqual([['modality', 'may', 'shall']]);
    expect(brief('States should support developing countries in building capacity.', 'All countries should help developing countries build capacity.')).toContainEqual(['actor', 'States', 'All countries']);
  });
});

describe('actor: the subject changed together with the end of a condition before it', () => {
  const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('the condition reworded is a change of its own, the subjects are compared with each other', () => {
    expect(brief('Where no adequacy decision applies, a data handler may transfer personal data on the basis of the standard contract.', 'Absent an adequacy decision, companies may transfer personal data on the basis of the standard contract.')).toContainEqual([
      'actor', 'a data handler', 'companies',
    ]);
    expect(brief('If the breach is serious, the operator shall notify the authority.', 'In case of a serious breach, providers shall notify the authority.')).toContainEqual(['actor', 'the operator', 'providers']);
    expect(brief('Where a licence has been granted, the exporter shall keep records.', 'Once licensed, firms shall keep records.')).toContainEqual(['actor', 'the exporter', 'firms']);
  });
  it('a connective opening the new subject is cut off', () => {
    const v = brief('This Memorandum will remain in effect for five years. Either Participant may terminate this Memorandum by giving notice.', 'This Memorandum will remain in effect for 5 years, and either Side may terminate this Memorandum by giving notice.');
    expect(v).toContainEqual(['actor', 'Either Participant', 'either Side']);
    expect(v).toContainEqual(['grammatical', '', 'and']);
  });
  it('near misses: the same party after the condition reworded, or a thing renamed', () => {
    expect(types('Where no adequacy decision applies, a data handler may transfer personal data.', 'Absent an adequacy decision, a data handler may transfer personal data.')).not.toContain('actor');
    expect(types('Where no adequacy decision applies, personal data may be transferred.', 'Absent an adequacy decision, the data may be transferred.')).not.toContain('actor');
  });
});

describe('actor: the subject of a condition clause is not the bearer (actors.yaml `subordinators`)', () => {
  const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('another noun for the party whose act sets the condition is lexical', () => {
    expect(
      brief(
        'A cloud service provider may transfer a copy of specified data to a server outside the territory only if the Authority has certified that the recipient country ensures an adequate level of protection.',
        'A cloud service provider may transfer a copy of specified data to a server outside the territory only if the regulator has certified that the recipient country ensures an adequate level of protection.',
      ),
    ).toEqual([['lexical', 'Authority', 'regulator']]);
    expect(brief('The provider may publish the report once the Commission has approved it.', 'The provider may publish the report once the Council has approved it.')).toEqual([['lexical', 'Commission', 'Council']]);
    expect(brief('The operator may resume the service provided that the Authority has given its consent.', 'The operator may resume the service provided that the regulator has given its consent.')).toEqual([
      ['lexical', 'Authority', 'regulator'],
    ]);
    expect(brief('If the Authority has objected, the operator shall suspend the transfer.', 'If the regulator has objected, the operator shall suspend the transfer.')).toEqual([['lexical', 'Authority', 'regulator']]);
  });
  it('near misses: the bearer of the main rule, or a subordinate clause with a rule of its own', () => {
    const s = 'A cloud service provider may transfer a copy of specified data only if the Authority has certified the recipient.';
    expect(brief(s, 'A hosting company may transfer a copy of specified data only if the Authority has certified the recipient.')).toEqual([['actor', 'cloud service provider', 'hosting company']]);
    expect(types('The operator shall inform users where the Authority is required to approve the change.', 'The operator shall inform users where the regulator is required to approve the change.')).toEqual(['actor']);
    expect(types('The operator shall inform users unless the Authority shall approve the change.', 'The operator shall inform users unless the regulator shall approve the change.')).toEqual(['actor']);
  });
});

describe('actor: the parties a directive verb addresses, before a parenthesis', () => {
  const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('a word dropped from the addressees before ", where appropriate," is an actor change, as without it', () => {
    expect(brief('Encourages Member States, where appropriate, to establish national points of contact;', 'Encourages States, where appropriate, to establish national points of contact;')).toEqual([
      ['actor', 'Member', ''],
    ]);
    expect(brief('Calls upon Member States, as appropriate, to share information;', 'Calls upon States, as appropriate, to share information;')).toEqual([['actor', 'Member', '']]);
    expect(brief('Urges States, where possible, not to use such tools;', 'Urges Member States, where possible, not to use such tools;')).toEqual([['actor', '', 'Member']]);
  });
  it('near miss: the parenthesis itself reworded is no change of the addressees', () => {
    expect(types('Encourages Member States, where appropriate, to establish national points of contact;', 'Encourages Member States, as appropriate, to establish national points of contact;')).not.toContain('actor');
  });
});

describe('actor: who urges is the author, not the bearer ("Urges States to" → "The Assembly urged States to")', () => {
  const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('the speaker named is a change of its own; the word dropped from the addressees an actor change', () => {
    const v = brief('Urges Member States to implement the eleven norms;', 'The Assembly urged States to implement the eleven norms.');
    expect(v).toContainEqual(['addition', '', 'The Assembly']);
    expect(v).toContainEqual(['actor', 'Member', '']);
    expect(v.filter((x) => x[0] === 'actor')).toHaveLength(1);
    const w = brief('Calls upon Member States to refrain from conducting ICT activity that damages critical infrastructure;', 'It also called on States to refrain from conducting ICT activity that damages critical infrastructure.');
    expect(w).toContainEqual(['actor', 'Member', '']);
    expect(w.some((x) => x[1] === 'Member' && x[2] !== '')).toBe(false);
    // the other way round: the speaker dropped, a word added to the addressees
    const r = brief('The Council urged States to share information.', 'Urges Member States to share information;');
    expect(r).toContainEqual(['omission', 'The Council', '']);
    expect(r).toContainEqual(['actor', '', 'Member']);
  });
  it('near misses: the speaker added alone, the addressees reworded in place', () => {
    expect(brief('Urges Member States to implement the eleven norms;', 'The Assembly urged Member States to implement the eleven norms.')).toContainEqual(['addition', '', 'The Assembly']);
    expect(types('Urges Member States to implement the eleven norms;', 'The Assembly urged Member States to implement the eleven norms.')).not.toContain('actor');
    expect(types('Calls upon Member States to refrain from it;', 'Calls upon all States to refrain from it;')).toEqual(['lexical']);
  });
});

describe('voice: a condition with a modal of its own turned into the active or the passive', () => {
  const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('the subject of the condition bears no rule: the voice is grammatical, not a new bearer', () => {
    const v = brief('Signatories will not deploy a model if its risks cannot be kept below those thresholds.', 'Signatories will not deploy a model if they cannot keep its risks below those thresholds.');
    expect(v.map((x) => x[0])).not.toContain('actor');
    expect(v).toContainEqual(['grammatical', 'its risks cannot be kept', 'cannot keep its risks']);
    // the other way round
    const w = brief('Signatories will not deploy a model if they cannot keep its risks below those thresholds.', 'Signatories will not deploy a model if its risks cannot be kept below those thresholds.');
    expect(w.map((x) => x[0])).not.toContain('actor');
    expect(w).toContainEqual(['grammatical', 'cannot keep its risks', 'its risks cannot be kept']);
    // other words, another subordinator phrase
    const u = brief('States should suspend transfers if the data cannot be protected.', 'States should suspend transfers if they cannot protect the data.');
    expect(u.map((x) => x[0])).not.toContain('actor');
    expect(u).toContainEqual(['grammatical', 'the data cannot be protected', 'cannot protect the data']);
  });
  it('another party named as the condition\'s subject is a change of its own, no actor', () => {
    const v = brief('Signatories will not deploy a model if its risks cannot be kept below those thresholds.', 'Signatories will not deploy a model if the institute cannot keep its risks below those thresholds.');
    expect(v.map((x) => x[0])).not.toContain('actor');
    expect(v).toContainEqual(['addition', '', 'the institute']);
  });
  it('near miss: the rule itself turned into the passive still drops its bearer', () => {
    expect(brief('States should protect data.', 'Data should be protected.').map((x) => x[0])).toEqual(['actor']);
    expect(brief('Signatories will not deploy a model if its risks are high.', 'A model will not be deployed if its risks are high.').map((x) => x[0])).toContain('actor');
  });
  it('"when", "unless", "whenever", "until" (read by the tagger as an adverb or a preposition) open such a clause as "if" does', () => {
    const v = brief('Providers shall stop the service when the risks cannot be kept below the thresholds.', 'Providers shall stop the service when they cannot keep the risks below the thresholds.');
    expect(v.map((x) => x[0])).not.toContain('transposition');
    expect(v).toContainEqual(['grammatical', 'the risks cannot be kept', 'cannot keep the risks']);
    const u = brief('Providers shall not deploy the system unless its safety can be demonstrated.', 'Providers shall not deploy the system unless they can demonstrate its safety.');
    expect(u.map((x) => x[0])).not.toContain('transposition');
    expect(u).toContainEqual(['grammatical', 'its safety can be demonstrated', 'can demonstrate its safety']);
    // the other way round, other words
    const w = brief('Operators must suspend transfers unless they can protect the data.', 'Operators must suspend transfers unless the data can be protected.');
    expect(w.map((x) => x[0])).not.toContain('transposition');
    expect(w).toContainEqual(['grammatical', 'can protect the data', 'the data can be protected']);
    const x = brief('Operators must suspend transfers whenever the data cannot be protected.', 'Operators must suspend transfers whenever they cannot protect the data.');
    expect(x).toContainEqual(['grammatical', 'the data cannot be protected', 'cannot protect the data']);
    const y = brief('Providers shall stop the service until the risks can be kept below the thresholds.', 'Providers shall stop the service until they can keep the risks below the thresholds.');
    expect(y).toContainEqual(['grammatical', 'the risks can be kept', 'can keep the risks']);
    // another party named: a change of its own, no actor
    const z = brief('Operators must suspend transfers when the data cannot be protected.', 'Operators must suspend transfers when the regulator cannot protect the data.');
    expect(z.map((x) => x[0])).not.toContain('actor');
    expect(z).toContainEqual(['addition', '', 'the regulator']);
  });
  it('near miss: the rule itself turned into the passive beside a "when" or "before" phrase still drops its bearer', () => {
    expect(brief('Providers shall stop the service when the risks are high.', 'The service shall be stopped when the risks are high.').map((x) => x[0])).toEqual(['actor']);
    expect(brief('Providers shall stop the service before the deadline.', 'The service shall be stopped before the deadline.').map((x) => x[0])).toEqual(['actor']);
    // a phrase before the subject of the rule ("Before the deadline States shall"): the subject is still the rule's
    expect(brief('Before the deadline States shall protect the data.', 'Before the deadline the data shall be protected.')).toEqual([['actor', 'States shall protect the data', 'the data shall be protected']]);
    expect(brief('Unless the Council decides otherwise, States shall protect the data.', 'Unless the Council decides otherwise, the data shall be protected.').map((x) => x[0])).toEqual(['actor']);
    // another modal in the condition: not the voice alone
    const m = variants('Providers shall stop the service when the risks cannot be kept below the thresholds.', 'Providers shall stop the service when they may not keep the risks below the thresholds.');
    expect(m.filter((v) => v.explanation.includes('voice'))).toEqual([]);
  });
});

describe('voice: a clause with no modal of its own turned into the passive', () => {
  const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  const base = 'The provider shall notify the user without undue delay, unless a judge has prohibited such notification.';
  it('the agent dropped: the voice grammatical, the party no longer named an omission', () => {
    expect(brief(base, 'The provider shall notify the user without undue delay, unless such notification has been prohibited.')).toEqual([
      ['omission', 'a judge', ''],
      ['grammatical', 'has prohibited such notification', 'such notification has been prohibited'],
    ]);
    expect(brief('The provider may publish the report once the Commission has approved the report.', 'The provider may publish the report once the report has been approved.')).toEqual([
      ['omission', 'the Commission', ''],
      ['grammatical', 'has approved the report', 'the report has been approved'],
    ]);
    // the other way round: the active names the party
    expect(brief('The provider shall notify the user, unless such notification has been prohibited.', 'The provider shall notify the user, unless a judge has prohibited such notification.')).toEqual([
      ['grammatical', 'such notification has been prohibited', 'has prohibited such notification'],
      ['addition', '', 'a judge'],
    ]);
  });
  it('the same agent kept: one grammatical variant', () => {
    expect(brief(base, 'The provider shall notify the user without undue delay, unless such notification has been prohibited by a judge.')).toEqual([
      ['grammatical', 'a judge has prohibited such notification', 'such notification has been prohibited by a judge'],
    ]);
    expect(brief('The operator shall delete the data where the controller collected the data unlawfully.', 'The operator shall delete the data where the data were collected by the controller unlawfully.')).toEqual([
      ['grammatical', 'the controller collected the data', 'the data were collected by the controller'],
    ]);
  });
  it('another agent: compared with the subject it replaces', () => {
    const v = brief('The provider shall notify the user, unless a judge has prohibited such notification.', 'The provider shall notify the user, unless such notification has been prohibited by the prosecutor.');
    expect(v).toContainEqual(['lexical', 'judge', 'prosecutor']);
    expect(v.filter((x) => x[0] === 'omission' || x[0] === 'addition')).toEqual([]);
  });
  it('near misses: another verb, another object', () => {
    expect(types('The provider shall notify the user, unless a judge has prohibited such notification.', 'The provider shall notify the user, unless such notification has been authorised.')).not.toContain('grammatical');
    expect(types('The provider shall notify the user, unless a judge has prohibited such disclosure.', 'The provider shall notify the user, unless such notification has been prohibited.')).not.toContain('grammatical');
  });
});

describe('a word dropped from (added to) the bearer while its determiner changes ("Each Member State" → "Every State")', () => {
  const rows = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('the determiner is a change of its own, the kind word an actor change', () => {
    expect(rows('Each Member State shall designate a national point of contact.', 'Every State shall designate a national point of contact.')).toEqual([
      ['grammatical', 'Each', 'Every'],
      ['actor', 'Member', ''],
    ]);
    const v = rows('Every State shall designate a point of contact.', 'Each Member State shall designate a point of contact.');
    expect(v).toEqual([
      ['grammatical', 'Every', 'Each'],
      ['actor', '', 'Member'],
    ]);
    expect(variants('The large providers shall publish a report.', 'All providers shall publish a report.').find((x) => x.type === 'actor')).toMatchObject({ base: 'large', reading: '' });
  });
  it('near miss: the determiner alone changed is grammar, no actor change', () => {
    expect(rows('Each Member State shall designate a point of contact.', 'Every Member State shall designate a point of contact.')).toEqual([['grammatical', 'Each', 'Every']]);
  });
  it('near miss: outside the bearer (the object of the rule) it stays one change of wording', () => {
    expect(types('States should protect the critical infrastructure.', 'States should protect all infrastructure.')).toEqual(['lexical']);
  });
});

describe('the obligation moved to a party the base names elsewhere in the clause', () => {
  const rows = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('is an actor change, the party dropped from its old place an omission (not a move)', () => {
    expect(rows('Signatories will share information with other companies and with governments.', 'Governments will share information with other companies.')).toEqual([
      ['actor', 'Signatories', 'Governments'],
      ['omission', 'and with governments', ''],
    ]);
    expect(rows('Companies will share data with the institute and with governments.', 'Governments will share data with the institute.')).toEqual([
      ['actor', 'Companies', 'Governments'],
      ['omission', 'and with governments', ''],
    ]);
    // (the object made the subject of the same act does the act: no "object promoted")
    expect(rows('Providers shall notify users and regulators of any breach.', 'Regulators shall notify users of any breach.')).toEqual([
      ['actor', 'Providers', 'Regulators'],
      ['omission', 'and regulators', ''],
    ]);
  });
  it('the other way round: the party added elsewhere, the bearer replaced', () => {
    expect(rows('Governments will share data with the institute.', 'Companies will share data with the institute and with governments.')).toEqual([
      ['actor', 'Governments', 'Companies'],
      ['addition', '', 'and with governments'],
    ]);
  });
  it('near miss: two parties that change places, each still read, stay one transposition', () => {
    expect(types('Signatories will share information with governments.', 'Governments will share information with signatories.')).toEqual(['transposition']);
  });
  it('near miss: a party moved within the clause while the bearer stays is no actor change', () => {
    expect(types('Providers shall notify users and regulators of any breach.', 'Providers shall notify regulators and users of any breach.')).toEqual(['transposition']);
  });
});

describe('a party named by its part in a procedure (actors.yaml roles): the other party is another bearer', () => {
  const pick = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('requested → requesting State Party (an inflection on its face)', () => {
    const vs = variants('The requested State Party shall not refuse a request.', 'The requesting State Party shall not refuse a request.');
    expect(vs.map((v) => [v.type, v.base, v.reading])).toEqual([['actor', 'requested', 'requesting']]);
    expect(vs[0].explanation).toContain('a different party is forbidden to act');
  });
  it('receiving → requesting / transferring (a word on its face)', () => {
    expect(pick('The receiving State Party shall retain personal data.', 'The requesting State Party shall retain personal data.')).toEqual([['actor', 'receiving', 'requesting']]);
    expect(pick('The receiving Party shall retain personal data.', 'The transferring Party shall retain personal data.')).toEqual([['actor', 'receiving', 'transferring']]);
    expect(pick('The issuing authority may withdraw the order.', 'The executing authority may withdraw the order.')).toEqual([['actor', 'issuing', 'executing']]);
  });
  it('near misses: an adjective reworded, a role outside the subject', () => {
    expect(pick('The competent authority shall retain personal data.', 'The relevant authority shall retain personal data.')).toEqual([['lexical', 'competent', 'relevant']]);
    expect(pick('Data shall be sent to the receiving State.', 'Data shall be sent to the requesting State.')).toEqual([['lexical', 'receiving', 'requesting']]);
  });
});

describe('a pronoun subject replaced, the change running on into the object: actor as when the object is unchanged', () => {
  const pick = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('We endorse the establishment of → The leaders endorsed the creation of', () => {
    expect(pick('We endorse the establishment of the Partnership.', 'The leaders endorsed the creation of the Partnership.')).toEqual([
      ['actor', 'We', 'The leaders'],
      ['grammatical', 'endorse', 'endorsed'],
      ['lexical', 'establishment', 'creation'],
    ]);
    expect(pick('We endorse the plan.', 'The leaders endorsed the plan.')[0]).toEqual(['actor', 'We', 'The leaders']);
  });
  it('another wording: our → the beside it', () => {
    expect(pick('We reaffirm our commitment to openness.', 'The leaders reaffirmed the commitment to openness.')[0]).toEqual(['actor', 'We', 'The leaders']);
  });
  it('near miss: the same pronoun kept is no actor change', () => {
    expect(types('We endorse the establishment of the Partnership.', 'We endorsed the creation of the Partnership.')).not.toContain('actor');
  });
});

describe('a lead-in clause before the subject on one side only (trial48 A4)', () => {
  const rows = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('"A State should" → "Attacks are never acceptable: States must": the lead-in added, the subjects compared', () => {
    expect(rows('A State should not attack hospitals.', 'Attacks are never acceptable: States must not attack hospitals.').sort()).toEqual([
      ['addition', '', 'Attacks are never acceptable:'],
      ['grammatical', 'A State', 'States'],
      ['modality', 'should', 'must'],
    ]);
  });
  it('the other way round: the lead-in omitted', () => {
    expect(rows('Attacks are never acceptable: States must not attack hospitals.', 'A State should not attack hospitals.')).toContainEqual(['omission', 'Attacks are never acceptable:', '']);
  });
  it('another wording: a different party after the lead-in is still an actor change', () => {
    expect(rows('States should protect data.', 'Data matters: companies should protect data.').sort()).toEqual([
      ['actor', 'States', 'companies'],
      ['addition', '', 'Data matters:'],
    ]);
  });
  it('near miss: a word before the head with no clause mark is the bearer narrowed', () => {
    expect(rows('Providers shall report incidents.', 'Large providers shall report incidents.').map((x) => x[0])).toEqual(['actor']);
  });
});

describe('opening words beside a word added before the bearer\'s head (trial48 A5)', () => {
  const rows = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('"In case of ICT incidents, States should" → "Member States should … on an ICT incident": the opening dropped, "Member" added to the bearer', () => {
    const v = rows('In case of ICT incidents, States should consult experts.', 'Member States should consult experts on an ICT incident.');
    expect(v).toContainEqual(['omission', 'In case of', '']);
    expect(v).toContainEqual(['actor', '', 'Member']);
    expect(v.some((x) => x[0] === 'lexical')).toBe(false);
  });
  it('the other way round, and another wording', () => {
    const v = rows('Member States should consult experts on an ICT incident.', 'In case of ICT incidents, States should consult experts.');
    expect(v).toContainEqual(['addition', '', 'In case of']);
    expect(v).toContainEqual(['actor', 'Member', '']);
    const w = rows('In the event of a breach, providers shall notify the authority.', 'Large providers shall notify the authority of a breach.');
    expect(w).toContainEqual(['omission', 'In the event of a', '']);
    expect(w).toContainEqual(['actor', '', 'Large']);
  });
  it('near miss: a modifier of the bearer replaced by another stays one change', () => {
    expect(rows('Small States should consult experts.', 'Member States should consult experts.')).toEqual([['lexical', 'Small', 'Member']]);
  });
});
