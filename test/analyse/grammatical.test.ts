import { describe, expect, it } from 'vitest';
import { substantive, types, variants } from './helpers.js';

describe('grammatical', () => {
  it('an article dropped', () => {
    const vs = variants('maintaining the supply chain security', 'maintaining supply chain security');
    expect(vs.map((v) => [v.type, v.base, v.reading])).toEqual([['grammatical', 'the', '']]);
    expect(vs[0].explanation).toBe("grammatical (article): 'the' omitted");
  });

  it('number and a preposition: developments in the → development of', () => {
    const vs = variants('new developments in the international division', 'new development of international division');
    expect(vs.map((v) => [v.type, v.base, v.reading])).toEqual([['grammatical', 'developments in the', 'development of']]);
    expect(vs[0].explanation).toContain('number or inflection');
  });

  it('function words that do not change meaning', () => {
    expect(types("people's lives, which has a bearing on security", "people's lives, bearing on security")).toEqual(['grammatical']);
    expect(types('We call upon all States', 'We call on all States')).toEqual(['grammatical']);
    expect(types("users' data or control", "users' data, control")).toEqual(['grammatical']);
    expect(types('in order to obtain data', 'to obtain data')).toEqual(['grammatical']);
  });

  it('inflection: same lemma', () => {
    expect(types('States should notify partners', 'States should notifying partners')).toEqual(['grammatical']);
  });

  it('two words of one stem with an ending that makes a word of its own are two words: lexical (spelling.yaml lexeme-endings)', () => {
    const rows = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
    expect(rows('Health data means personal data relating to the health of a person.', 'Health data means personal data relative to the health of a person.')).toEqual([['lexical', 'relating', 'relative']]);
    expect(rows('States should ensure the protection of data.', 'States should ensure protective data.').map((r) => r[0])).toEqual(['lexical']);
    expect(rows('Data shall be used for a purpose.', 'Data shall be useful for a purpose.')).toEqual([['lexical', 'used', 'useful']]);
  });

  it('a word derived from another of the same class names something else: lexical ("transport" → "transportation")', () => {
    const rows = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
    expect(rows('The Participants intend to protect energy, transport and health systems.', 'The Participants intend to protect energy, transportation and health systems.')).toEqual([['lexical', 'transport', 'transportation']]);
    expect(rows('The Authority oversees the regulation of markets.', 'The Authority oversees the regulator of markets.')).toEqual([['lexical', 'regulation', 'regulator']]);
    expect(rows('The Parties shall report on the organisation of the meeting.', 'The Parties shall report on the organiser of the meeting.')).toEqual([['lexical', 'organisation', 'organiser']]);
    // a serial comma added beside it is its own punctuation variant
    expect(rows('The Participants intend to protect energy, transport and health systems.', 'The Participants intend to protect energy, transportation, and health systems.')).toEqual([
      ['lexical', 'transport', 'transportation'],
      ['punctuation', '', ','],
    ]);
  });

  it('near misses: a word of one stem in another class says so; a plural, a name in the plural, are inflection', () => {
    const vs = variants('States should ensure the protection of data.', 'States should ensure protecting data.');
    expect(vs.map((v) => [v.type, v.explanation])).toEqual([['grammatical', "grammatical (word class, function words): 'the protection of' → 'protecting'"]]);
    expect(variants('States shall submit a report.', 'States shall submit reports.')[0].explanation).toContain('(number or inflection, article)');
    expect(variants('Products shall be labelled.', 'Product shall be labelled.').map((v) => [v.type, v.explanation])).toEqual([['grammatical', "grammatical (number or inflection): 'Products' → 'Product'"]]);
    // a connective replaced keeps its comma
    expect(variants('Data may be shared with partners, unless the person objects.', 'Data may be shared with partners whenever the person objects.').map((v) => [v.type, v.base, v.reading])).toEqual([['negation', ', unless', 'whenever']]);
    // a longer rewording keeps the commas it spans
    expect(variants('States oppose surveillance and interference.', 'States oppose monitoring, or interference.').some((v) => v.type === 'punctuation')).toBe(false);
  });

  it('near misses: forms and derivations of one word stay grammatical', () => {
    const rows = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
    expect(rows('The rules relate to data.', 'The rules relates to data.')).toEqual([['grammatical', 'relate', 'relates']]);
    // a participle for another of the same verb
    expect(rows('personal data relating to the health of a person', 'personal data related to the health of a person')).toEqual([['grammatical', 'relating', 'related']]);
    // an adverb of the same adjective ("-ly" aside, the endings agree)
    expect(rows('States should ensure effective protection.', 'States should ensure effectively protection.')).toEqual([['grammatical', 'effective', 'effectively']]);
    // a noun made verb in a restructured phrase
    expect(types('States should ensure the protection of data.', 'States should ensure protecting data.')).toEqual(['grammatical']);
  });

  it('near misses: modal verbs and negators are not function words', () => {
    expect(types('States should act', 'States must act')).toEqual(['modality']);
    expect(types('States should act', 'States should not act')).toEqual(['negation']);
    expect(substantive('States should protect data', 'States should protect information')).toHaveLength(1);
  });

  it('a token both sides share at the edge of the change is left out of it', () => {
    // the dropped qualifier leaves ", and" against ","
    const vs = variants('States should protect personal data through the use of encryption tools, and oppose mass surveillance.', 'States should protect personal data, oppose mass surveillance.');
    expect(vs.map((v) => [v.type, v.base, v.reading])).toEqual([
      ['qualifier-dropped', 'through the use of encryption tools', ''],
      ['grammatical', 'and', ''],
    ]);
    // near miss: nothing shared at the edges, the whole change is reported
    expect(variants("users' data or control", "users' data, control").map((v) => [v.type, v.base, v.reading])).toEqual([['grammatical', 'or', ',']]);
  });
});

describe('grammatical: another connective for the same condition (qualifiers.yaml same-condition)', () => {
  it('"provided that" → "if" is grammar; "unless" → "if" is not: it reverses the condition (trial 68 P1b)', () => {
    expect(types('Data may be transferred provided that safeguards are in place.', 'Data may be transferred if safeguards are in place.')).toEqual(['grammatical']);
    expect(types('Data may be transferred unless the owner objects.', 'Data may be transferred if the owner objects.')).toEqual(['negation']);
  });
});

describe('grammatical: another connective for the same named cases (qualifiers.yaml same-named-case)', () => {
  it('", including" → "such as" (and back), "including" → "for example" is grammar, not an omission', () => {
    const tv = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
    expect(tv('We condemn attacks on critical infrastructure, including hospitals.', 'We condemn attacks on critical infrastructure such as hospitals.')).toEqual([['grammatical', ', including', 'such as']]);
    expect(tv('We condemn attacks on critical infrastructure such as hospitals.', 'We condemn attacks on critical infrastructure, including hospitals.')).toEqual([['grammatical', 'such as', ', including']]);
    expect(tv('States should protect infrastructure, including hospitals and power grids.', 'States should protect infrastructure, for example hospitals and power grids.')).toEqual([['grammatical', 'including', 'for example']]);
  });
  it('near misses: a connective that singles a case out ("in particular"), or an exception, is a change of wording', () => {
    expect(types('We condemn attacks on critical infrastructure, including hospitals.', 'We condemn attacks on critical infrastructure, in particular hospitals.')).toEqual(['lexical']);
    expect(types('We condemn attacks on critical infrastructure, including hospitals.', 'We condemn attacks on critical infrastructure, except hospitals.')).toEqual(['lexical']);
  });
});

describe('grammatical: a limb made its own sentence, the subject taken up by a pronoun', () => {
  it('"… measures and prevent" → "… measures. They should also prevent" restates subject and modal', () => {
    const vs = variants('States should take appropriate measures and prevent harmful practices.', 'States should take appropriate measures. They should also prevent harmful practices.');
    expect(vs.map((v) => [v.type, v.base, v.reading])).toEqual([['grammatical', 'and', '. They should also']]);
    expect(vs[0].explanation).toContain('subject and modal restated');
  });
});

describe('grammatical: the same condition with the words around the change', () => {
  it('"In the event of" → "In case of", "consistent with" → "in line with" (qualifiers.yaml same-condition)', () => {
    const v = variants('In the event of a significant incident, the Participants will consult.', 'In case of a significant incident, the Participants will consult.');
    expect(v.map((x) => [x.type, x.base, x.reading])).toEqual([['grammatical', 'the event', 'case']]);
    expect(v[0].explanation).toContain("'in the event of' → 'in case of'");
    expect(variants('States should act consistent with national law.', 'States should act in line with national law.').map((x) => x.type)).toEqual(['grammatical']);
  });
  it('near miss: another frame of reference ("in accordance with" → "under") is no connective of this list', () => {
    expect(variants('States should act in accordance with national law.', 'States should act under national law.').map((x) => x.type)).not.toContain('grammatical');
  });
});

describe('another connective for the same exception', () => {
  it('"unless" → "except where" / "except if" is grammatical', () => {
    expect(variants('Data shall not be disclosed unless the court so orders.', 'Data shall not be disclosed except where the court so orders.').map((x) => [x.type, x.base, x.reading])).toEqual([['grammatical', 'unless', 'except where']]);
    expect(variants('Data shall not be disclosed unless the court so orders.', 'Data shall not be disclosed except if the court so orders.').map((x) => x.type)).toEqual(['grammatical']);
  });
  it('near miss: "unless" → "if" reverses the condition; "without" takes a noun', () => {
    expect(variants('Data shall not be disclosed unless the court so orders.', 'Data shall not be disclosed if the court so orders.')[0].class).toBe('substantive');
    expect(variants('Data shall not be disclosed without consent.', 'Data shall not be disclosed except with consent.')[0].class).toBe('substantive');
  });
});

describe('a coordinated limb made its own sentence, the subject repeated before the modal both sides read', () => {
  it('is grammatical: the same bearer, the same modal', () => {
    const v = variants('Operators shall notify the authority and shall keep records.', 'Operators shall notify the authority. Operators shall keep records.');
    expect(v.map((x) => [x.type, x.base, x.reading])).toEqual([['grammatical', 'and', '. Operators']]);
    expect(v[0].explanation).toContain('subject restated');
    expect(types('Banks must verify each client, and must not open anonymous accounts.', 'Banks must verify each client. Banks must not open anonymous accounts.')).toEqual(['grammatical']);
    expect(types('Banks must verify each client and must not open anonymous accounts.', 'Banks must verify each client and banks must not open anonymous accounts.')).toEqual(['grammatical']);
  });
  it('near miss: another subject is not the same bearer', () => {
    expect(types('Operators shall notify the authority and shall keep records.', 'Operators shall notify the authority. Providers shall keep records.')).toContain('addition');
  });
  it('near miss: another modal after the repeated subject is a change of force', () => {
    expect(types('Operators shall notify the authority and shall keep records.', 'Operators shall notify the authority. Operators may keep records.')).toContain('modality');
  });
});

// (from a new-user trial on frontier-AI commitments: one of two coordinated prepositions dropped was
// reported as function words omitted)
describe('one of two prepositions coordinated over one noun phrase, dropped: another relation, not function words', () => {
  it('"to and from the country" → "to the country" / "from the country", "on and off site" → "off site": an omission', () => {
    expect(types('Goods shall be inspected when shipped to and from the country.', 'Goods shall be inspected when shipped to the country.')).toEqual(['omission']);
    expect(types('Goods shall be inspected when shipped to and from the country.', 'Goods shall be inspected when shipped from the country.')).toEqual(['omission']);
    expect(types('Data shall be kept on and off site.', 'Data shall be kept off site.')).toEqual(['omission']);
  });
  it('near misses: a preposition dropped alone, and a coordinator dropped between two noun phrases, stay grammar', () => {
    expect(types('The report of and the decision on the matter shall be public.', 'The report and the decision on the matter shall be public.')).toEqual(['grammatical']);
    expect(types('Goods shall be inspected when shipped to the country.', 'Goods shall be inspected when shipped the country.')).toEqual(['grammatical']);
  });
});

describe('the connectives of a purpose clause, "in order that" and "so that", are one function (function-words.yaml phrases)', () => {
  const rows = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('one for another is grammatical, in several wordings', () => {
    expect(rows('The report shall be sent in order that the Committee may review it.', 'The report shall be sent so that the Committee may review it.')).toEqual([['grammatical', 'in order', 'so']]);
    expect(types('States should share information so that the Secretariat can prepare its report.', 'States should share information in order that the Secretariat can prepare its report.')).toEqual(['grammatical']);
    expect(types('Operators shall keep logs, in order that incidents may be traced.', 'Operators shall keep logs, so that incidents may be traced.')).toEqual(['grammatical']);
  });
  it('near misses: a condition in its place is a change of wording; a content word changed beside it is its own variant', () => {
    expect(rows('The report shall be sent in order that the Committee may review it.', 'The report shall be sent provided that the Committee may review it.').map((x) => x[0])).toEqual(['lexical']);
    expect(rows('The report shall be sent in order that the Committee may review it.', 'The report shall be sent in order that the Commission may review it.')).toEqual([['lexical', 'Committee', 'Commission']]);
  });
});

describe('"with a view to" is a connective of purpose like "in order to" (function-words.yaml phrases)', () => {
  const rows = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('→ "in order to", "so as to", a bare "to": grammatical', () => {
    const B = 'We shall promote interoperability with a view to reducing compliance costs.';
    expect(rows(B, 'We shall promote interoperability in order to reduce compliance costs.')).toEqual([['grammatical', 'with a view to reducing', 'in order to reduce']]);
    expect(rows(B, 'We shall promote interoperability to reduce compliance costs.')).toEqual([['grammatical', 'with a view to reducing', 'to reduce']]);
    expect(rows(B, 'We shall promote interoperability so as to reduce compliance costs.')).toEqual([['grammatical', 'with a view to reducing', 'so as to reduce']]);
  });
  it('near misses: the purpose dropped is a qualifier dropped; "view" as a noun of its own is content', () => {
    expect(rows('We shall promote interoperability with a view to reducing compliance costs.', 'We shall promote interoperability.').map((x) => x[0])).toEqual(['qualifier-dropped']);
    expect(rows('We shall promote interoperability with a clear view of the costs.', 'We shall promote interoperability with a view of the costs.')).toEqual([['omission', 'clear', '']]);
  });
});

describe('an adjective and its adverb ("voluntary" → "voluntarily", "in a transparent manner" → "transparently")', () => {
  const rows = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('an adjective in -y and its adverb in -ily are one word in two classes, not a condition added', () => {
    expect(rows('Participation in the scheme is voluntary.', 'Participation in the scheme is voluntarily.')).toEqual([['grammatical', 'voluntary', 'voluntarily']]);
    expect(rows('It is necessary to act.', 'It is necessarily to act.')).toEqual([['grammatical', 'necessary', 'necessarily']]);
  });
  it('a manner phrase and the adverb of its adjective (function-words.yaml manner-nouns)', () => {
    expect(rows('States should report in a transparent manner.', 'States should report transparently.')).toEqual([['grammatical', 'in a transparent manner', 'transparently']]);
    expect(rows('States should report transparently.', 'States should report in a transparent way.')).toEqual([['grammatical', 'transparently', 'in a transparent way']]);
    expect(rows('States should act in a voluntary manner.', 'States should act voluntarily.')).toEqual([['grammatical', 'in a voluntary manner', 'voluntarily']]);
  });
  it('near miss: another adverb is a change of wording; a short word in -ily keeps its stem', () => {
    expect(types('States should report in a transparent manner.', 'States should report openly.')).not.toContain('grammatical');
    expect(types('States should act in a timely manner.', 'States should act promptly.')).not.toContain('grammatical');
    expect(types('The family should be consulted.', 'The familiar should be consulted.')).not.toContain('grammatical');
  });
});
