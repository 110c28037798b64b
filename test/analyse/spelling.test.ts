import { describe, expect, it } from 'vitest';
import { numberValue, spellingVariants } from '../../src/analyse/classify/spelling.js';
import { loadLexicons } from '../../src/analyse/lexicon.js';
import { tokenise } from '../../src/nlp/index.js';
import { types, variants } from './helpers.js';

const lex = loadLexicons();

describe('spelling', () => {
  it('labour → labor (listed pair)', () => {
    const vs = variants('the international division of labour', 'the international division of labor');
    expect(vs.map((v) => [v.type, v.class, v.base, v.reading])).toEqual([['spelling', 'accidental', 'labour', 'labor']]);
    expect(vs[0].explanation).toBe("spelling: 'labour' → 'labor'");
  });

  it('suffix rules: -isation, -ise, -our, -re, -ence', () => {
    expect(types('the organisation met', 'the organization met')).toEqual(['spelling']);
    expect(types('States should organise talks', 'States should organize talks')).toEqual(['spelling']);
    expect(types('a favourable climate', 'a favorable climate')).toEqual(['spelling']);
    expect(types('the data centre', 'the data center')).toEqual(['spelling']);
    expect(types('national defence', 'national defense')).toEqual(['spelling']);
  });

  it('listed pairs keep their inflection: programmes → programs', () => {
    expect(spellingVariants('programmes', 'programs', lex)).toBe(true);
    expect(spellingVariants('organisations', 'organizations', lex)).toBe(true);
  });

  it('near misses: short words, different words, inflection', () => {
    expect(spellingVariants('four', 'for', lex)).toBe(false);
    expect(spellingVariants('centre', 'centres', lex)).toBe(false);
    expect(spellingVariants('license', 'licensed', lex)).toBe(false);
    expect(types('the data centre', 'the data hub')).toEqual(['lexical']);
    expect(types('the developments', 'the development')).toEqual(['grammatical']);
  });

  it('a number in words against the same number in figures is spelling; another number is lexical', () => {
    expect(variants('repairs within seventy-two hours of a fault', 'repairs within 72 hours of a fault').map((v) => [v.type, v.class, v.base, v.reading])).toEqual([
      ['spelling', 'accidental', 'seventy-two', '72'],
    ]);
    expect(types('for thirty days', 'for 30 days')).toEqual(['spelling']);
    expect(types('one hundred and five ships', '105 ships')).toEqual(['spelling']);
    expect(types('two thousand vessels', '2,000 vessels')).toEqual(['spelling']);
    expect(variants('for thirty days', 'for 30 days')[0].explanation).toBe("number written differently: 'thirty' → '30'");
    // another value: one lexical change, not split into pieces
    expect(variants('within seventy-two hours', 'within 27 hours').map((v) => [v.type, v.base, v.reading])).toEqual([['lexical', 'seventy-two', '27']]);
    // near misses: "one" as a pronoun-like word before "of", a joiner at the edge
    expect(types('one of the parties', 'a party')).not.toContain('spelling');
    expect(numberValue(tokenise('and five'), lex)).toBeNull();
    expect(numberValue(tokenise('ninety-nine thousand nine hundred'), lex)).toBe(99900);
  });

  it('a spelling inside a grammatical change is its own accidental ("harmonize" → "harmonise the")', () => {
    expect(variants('States should harmonize data formats.', 'States should harmonise the data formats.').map((v) => [v.type, v.base, v.reading])).toEqual([
      ['spelling', 'harmonize', 'harmonise'],
      ['grammatical', '', 'the'],
    ]);
    // a possessive turned into a modifier stays one grammatical change
    expect(types("the users' systems", 'the user systems')).toEqual(['grammatical']);
  });

  it('accents, the dots of an abbreviation and "&" are spelling', () => {
    expect(variants("States such as Côte d'Ivoire shall report.", "States such as Cote d'Ivoire shall report.").map((v) => [v.type, v.base, v.reading])).toEqual([
      ['spelling', 'Côte', 'Cote'],
    ]);
    expect(types('The U.N. shall convene.', 'The UN shall convene.')).toEqual(['spelling']);
    expect(types('research & development', 'research and development')).toEqual(['spelling']);
    // near miss: another word is not a spelling
    expect(types('The U.N. shall convene.', 'The EU shall convene.')).not.toContain('spelling');
  });
});


describe('spelling: written forms and dates (spelling.yaml forms, months)', () => {
  const tv = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);

  it('a symbol or abbreviation against the words it stands for is spelling', () => {
    expect(tv('It rose by 72 per cent, e.g. in ports.', 'It rose by 72%, for example in ports.')).toEqual([
      ['spelling', 'per cent', '%'],
      ['spelling', 'e.g.', 'for example'],
    ]);
    expect(tv('Records, i.e. files and logs, are kept.', 'Records, that is files and logs, are kept.')).toEqual([['spelling', 'i.e.', 'that is']]);
    expect(tv('Maps, charts etc. are shared.', 'Maps, charts and so on are shared.')).toEqual([['spelling', 'etc.', 'and so on']]);
  });

  it('abbreviations of the field: "artificial intelligence" → "AI", "information and communications technology" → "ICT"', () => {
    expect(tv('States should govern artificial intelligence.', 'States should govern AI.')).toEqual([['spelling', 'artificial intelligence', 'AI']]);
    expect(tv('States should secure information and communications technology products.', 'States should secure ICT products.')).toEqual([
      ['spelling', 'information and communications technology', 'ICT'],
    ]);
    expect(types('centered on people', 'centred on people')).toEqual(['spelling']);
  });

  it('another wording is not a written form: "e.g." → "for instance", "per cent" → "points"', () => {
    expect(types('It fell, e.g. in ports.', 'It fell, for instance in ports.')).toEqual(['lexical']);
    expect(types('It rose by 72 per cent.', 'It rose by 72 points.')).not.toContain('spelling');
  });

  it('a date in another order or convention is spelling; another day or month is lexical', () => {
    expect(tv('It applies from 1 January 2021 in all States.', 'It applies from January 1, 2021 in all States.')).toEqual([['spelling', '1 January', 'January 1,']]);
    expect(types('It applies from 1 January 2021.', 'It applies from the 1st of January 2021.')).toEqual(['spelling']);
    expect(types('It applies from 1 January 2021.', 'It applies from 2 January 2021.')).toEqual(['lexical']);
    expect(types('It applies from 1 January 2021.', 'It applies from 1 June 2021.')).toEqual(['lexical']);
  });

  it('"may" the auxiliary is not the month', () => {
    expect(types('States may act.', 'States must act.')).toEqual(['modality']);
  });
});

describe('spelling: typing errors', () => {
  it('a word the language model does not know, one letter off a word it knows, is a spelling variant', () => {
    const [v] = variants('States should obtain data.', 'States should obtian data.');
    expect([v.type, v.class, v.base, v.reading]).toEqual(['spelling', 'accidental', 'obtain', 'obtian']);
    expect(v.explanation).toContain('typing error');
    expect(types('We commit to interoperability.', 'We commit to interoprability.')).toEqual(['spelling']);
    expect(types('the goverance of data', 'the governance of data')).toEqual(['spelling']);
  });

  it('two known words one letter apart are different words; an ending added is grammar', () => {
    expect(types('Rules prescribe this.', 'Rules proscribe this.')).toEqual(['lexical']);
    expect(types('We adopt it.', 'We adapt it.')).toEqual(['lexical']);
    expect(types('States should protect the State.', 'States should protect the States.')).toEqual(['grammatical']);
  });
});

describe('spelling: characters misread for letters (spelling.yaml `misread`)', () => {
  it('a figure or "rn" read for a letter in a scanned copy is a spelling variant, even on a modal', () => {
    const [v] = variants('Each Party shall protect personal data.', 'Each Party shall protect persona1 data.');
    expect([v.type, v.class, v.base, v.reading]).toEqual(['spelling', 'accidental', 'personal', 'persona1']);
    expect(v.explanation).toContain('misread');
    expect(types('The Parties shall review it within three years.', 'The Parties shal1 review it within three years.')).toEqual(['spelling']);
    expect(types('by electronic means', 'by e1ectronic means')).toEqual(['spelling']);
    expect(types('sharing of information between', 'sharing of inforrnation between')).toEqual(['spelling']);
  });
  it('near misses: two known words ("modern" / "modem"), a short word, a figure for a figure', () => {
    expect(types('a modern system', 'a modem system')).toEqual(['lexical']);
    expect(types('in 1999 the', 'in 1990 the')).not.toContain('spelling');
  });
});

describe('spelling: abbreviations by rule', () => {
  const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);

  it('an acronym against the initials of the words it stands for', () => {
    expect(brief('All Member States shall notify the Commission.', 'All MS shall notify the Commission.')).toEqual([['spelling', 'Member States', 'MS']]);
    expect(brief('States should protect critical infrastructure.', 'States should protect CI.')).toEqual([['spelling', 'critical infrastructure', 'CI']]);
    // function words may be skipped, "&" stands for "and", hyphenated parts count, a plural "s"
    expect(brief('Investment in research and development is vital.', 'Investment in R&D is vital.')).toEqual([['spelling', 'research and development', 'R&D']]);
    expect(brief('The non-governmental organisations were heard.', 'The NGOs were heard.')).toEqual([['spelling', 'non-governmental organisations', 'NGOs']]);
  });

  it('a word shortened with an apostrophe or a dot', () => {
    expect(brief('States shall respect international law.', "States shall respect int'l law.")).toEqual([['spelling', 'international', "int'l"]]);
    expect(brief('The government department rules.', "The gov't dept. rules.")).toEqual([
      ['spelling', 'government', "gov't"],
      ['spelling', 'department', 'dept.'],
    ]);
  });

  it('near misses: other initials, a short word without a mark, letters out of order', () => {
    expect(brief('States should protect critical infrastructure.', 'States should protect IC.')[0][0]).not.toBe('spelling');
    expect(brief('States shall respect international law.', 'States shall respect the UN Charter.')[0][0]).toBe('lexical');
    expect(brief('We respect the art of diplomacy.', 'We respect the article of diplomacy.')).toEqual([['lexical', 'art', 'article']]);
    expect(brief('The number of States.', 'The No. of States.')).toEqual([['lexical', 'number', 'No.']]);
  });
});

describe('spelling: contracted forms', () => {
  const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('the same words contracted are a spelling, not a change of force', () => {
    expect(brief('We will not pay ransoms.', "We won't pay ransoms.")).toEqual([['spelling', 'will not', "won't"]]);
    expect(brief('States cannot pay.', "States can't pay.")).toEqual([['spelling', 'cannot', "can't"]]);
    expect(brief('States should not pay ransoms.', "States shouldn't pay ransoms.")).toEqual([['spelling', 'not', "n't"]]);
  });
  it('near miss: another auxiliary contracted is still a change of force', () => {
    expect(brief('We will not pay.', "We wouldn't pay.").map((x) => x[0])).not.toContain('spelling');
  });
});

describe('accidentals side by side: punctuation at the edge of a written form', () => {
  it('", and" → "&" is a comma dropped and a spelling, not an addition', () => {
    const vs = variants('attacks on hospitals, schools, ports, and local governments', 'attacks on hospitals, schools, ports & local governments');
    expect(vs.map((v) => [v.type, v.base, v.reading])).toEqual([
      ['punctuation', ',', ''],
      ['spelling', 'and', '&'],
    ]);
  });
  it('near miss: punctuation beside another word is not peeled into accidentals', () => {
    expect(variants('States should act; and share data.', 'States should act, but share data.').map((v) => v.class)).toEqual(['accidental']);
    expect(variants('States should act, and share data.', 'States should act, or share data.').some((v) => v.type === 'punctuation')).toBe(false);
  });
});

describe('spelling: abbreviations in a telegraphic summary', () => {
  it('an acronym for four words and a clipped word with its dot', () => {
    expect(variants('the national computer emergency response teams and local governments.', 'the national CERTs and local govts.').map((v) => [v.type, v.base, v.reading])).toEqual([
      ['spelling', 'computer emergency response teams', 'CERTs'],
      ['spelling', 'governments', 'govts'],
    ]);
  });
});

describe('a date changed', () => {
  const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('is one lexical change over the date, not a connective, a figure and an omission apart', () => {
    expect(brief('The President paid a state visit to Arvenia from 3 to 5 March 2025.', 'The President paid a state visit to Arvenia on 4 March 2025.')).toEqual([['lexical', 'from 3 to 5', 'on 4']]);
    const vs = variants('The meeting took place on 3 March 2025 in Paris.', 'The meeting took place on 4 April 2025 in Rome.');
    expect(vs.map((v) => [v.type, v.base, v.reading])).toEqual([['lexical', '3 March', '4 April'], ['lexical', 'Paris', 'Rome']]);
    expect(vs[0].explanation).toContain("the date changed: 'on 3 March 2025' → 'on 4 April 2025'");
  });
  it('near misses: the same day written otherwise is a spelling; a number outside a date is ordinary wording', () => {
    expect(brief('The meeting took place on 3 March 2025.', 'The meeting took place on March 3, 2025.').map((x) => x[0])).toEqual(['spelling']);
    expect(variants('Within 30 days of the request.', 'Within 60 days of the request.')[0].explanation).toBe("time limit lengthened: '30' → '60'");
    expect(variants('The fine is 100 euros.', 'The fine is 500 euros.')[0].explanation).toBe("wording changed: '100' → '500'");
  });
});

describe('spelling: a name abbreviated inside a qualifier phrase', () => {
  it('"under the auspices of the United Nations" → "… of the UN" is a written form, not a condition reworded', () => {
    expect(variants('The Portal should be developed under the auspices of the United Nations.', 'The Portal should be developed under the auspices of the UN.').map((v) => [v.type, v.base, v.reading])).toEqual([['spelling', 'United Nations', 'UN']]);
  });
  it('near miss: another organisation named is a change', () => {
    expect(types('The Portal should be developed under the auspices of the United Nations.', 'The Portal should be developed under the auspices of the OSCE.')).not.toEqual(['spelling']);
  });
});

describe('the number of a time limit or period changed', () => {
  const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
  it('"within 24 hours" → "within 12 hours" shortens it (strengthened); "thirty days" → "45 days" lengthens it (weakened)', () => {
    expect(brief('Operators shall notify the Agency within 24 hours.', 'Operators shall notify the Agency within 12 hours.')).toEqual([['lexical', 'strengthened', '24', '12']]);
    expect(brief('Operators shall notify the Agency within thirty days.', 'Operators shall notify the Agency within 45 days.')).toEqual([['lexical', 'weakened', 'thirty', '45']]);
    expect(variants('The Parties shall review it every five years.', 'The Parties shall review it every two years.')[0].explanation).toContain('period shortened');
  });
  it('near miss: a number of things, not of time, has no direction', () => {
    expect(brief('Operators shall designate 3 officers.', 'Operators shall designate 5 officers.').map((x) => x[1])).toEqual([null]);
  });
});

describe('spelling: an acronym for the last words of a longer change', () => {
  it('"For the purposes of this Law, critical information infrastructure" → "CII": the rest omitted, the name abbreviated', () => {
    expect(variants('For the purposes of this Law, critical information infrastructure means network facilities.', 'CII means network facilities.').map((v) => [v.type, v.base, v.reading])).toEqual([
      ['omission', 'For the purposes of this Law,', ''],
      ['spelling', 'critical information infrastructure', 'CII'],
    ]);
  });
  it('near miss: a noun right after the name may be part of what the acronym names ("artificial intelligence systems" → "AI")', () => {
    expect(types('States should not deploy artificial intelligence systems for this.', 'States should not deploy AI for this.')).not.toContain('spelling');
  });
});

describe('a number written otherwise beside words dropped, merged by the aligner into one change', () => {
  const pick = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('the omission and the spelling each on its own', () => {
    expect(pick('The provider shall act within ten days of the order, or within seventy-two hours.', 'The provider shall act within ten days, or within 72 hours.')).toEqual([
      ['omission', 'of the order', ''],
      ['spelling', 'seventy-two', '72'],
    ]);
  });
  it('other wordings: a place dropped, words added', () => {
    expect(pick('The committee shall meet twice a year in Geneva, with twenty-five members.', 'The committee shall meet twice a year, with 25 members.')).toEqual([
      ['omission', 'in Geneva', ''],
      ['spelling', 'twenty-five', '25'],
    ]);
    expect(pick('The committee shall meet twice a year, with twenty-five members.', 'The committee shall meet twice a year in Geneva, with 25 members.')).toEqual([
      ['addition', '', 'in Geneva'],
      ['spelling', 'twenty-five', '25'],
    ]);
  });
  it('near miss: another number, or the words around it reworded, is no spelling', () => {
    expect(types('The provider shall act within ten days of the order, or within seventy-two hours.', 'The provider shall act within ten days, or within 27 hours.')).not.toContain('spelling');
    expect(types('The provider shall act within ten days of the order, or within seventy-two hours.', 'The provider shall act within ten days, or at most 72 hours.')).not.toContain('spelling');
  });
});

describe('spelling: British verb and noun spellings ("practise"/"practice", "licence"/"license")', () => {
  const brief = (base: string, reading: string) => variants(base, reading).map((v) => [v.type, v.base, v.reading]);
  it('the verb in British spelling against the American one is spelling, inflected too', () => {
    expect(brief('Invites Member States to share best practices on capacity-building;', 'Invites Member States to share best practises on capacity-building;')).toEqual([['spelling', 'practices', 'practises']]);
    expect(brief('States practise restraint in cyberspace.', 'States practice restraint in cyberspace.')).toEqual([['spelling', 'practise', 'practice']]);
    expect(brief('States have practised restraint.', 'States have practiced restraint.')).toEqual([['spelling', 'practised', 'practiced']]);
    expect(brief('Exporters licensed by the competent authority may apply.', 'Exporters licenced by the competent authority may apply.')).toEqual([['spelling', 'licensed', 'licenced']]);
    expect(brief('The licensing authority shall decide.', 'The licencing authority shall decide.')).toEqual([['spelling', 'licensing', 'licencing']]);
    expect(spellingVariants('practising', 'practicing', lex)).toBe(true);
  });

  it('near misses: another inflection of the same spelling is grammar, other words are lexical', () => {
    expect(brief('States share a best practice.', 'States share best practices.').map((x) => x[0])).not.toContain('spelling');
    expect(brief('Each exporter holds a licence.', 'Each exporter holds licences.').map((x) => x[0])).not.toContain('spelling');
    expect(spellingVariants('sensed', 'sentenced', lex)).toBe(false);
    expect(spellingVariants('revised', 'revived', lex)).toBe(false);
    expect(spellingVariants('priced', 'prized', lex)).toBe(false);
  });
});

describe('a number and its unit both written otherwise', () => {
  const rows = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('"two per cent" → "2%": one spelling variant, also beside another change', () => {
    expect(rows('The fine shall not exceed two per cent of turnover.', 'The fine shall not exceed 2% of turnover.')).toEqual([['spelling', 'two per cent', '2%']]);
    expect(rows('The fine shall not exceed two per cent of its annual turnover.', 'The fine shall not exceed 2% of annual turnover.')).toContainEqual(['spelling', 'two per cent', '2%']);
    expect(rows('A levy of ten per cent applies.', 'A levy of 10% applies.')).toEqual([['spelling', 'ten per cent', '10%']]);
  });
  it('near miss: another value is a change of wording', () => {
    expect(rows('The fine shall not exceed two per cent of turnover.', 'The fine shall not exceed 3% of turnover.').map((x) => x[0])).not.toContain('spelling');
  });
});

describe('a number written twice, in words and in figures in brackets ("thirty (30)")', () => {
  const show = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading, v.direction ?? null]);

  it('reads as one number: the words or the figures in brackets dropped or added are one spelling', () => {
    expect(show('Parties shall respond within thirty (30) days.', 'Parties shall respond within 30 days.')).toEqual([['spelling', 'thirty (30)', '30', null]]);
    expect(show('Parties shall respond within thirty (30) days.', 'Parties shall respond within thirty days.')).toEqual([['spelling', 'thirty (30)', 'thirty', null]]);
    expect(show('Parties shall respond within 30 days.', 'Parties shall respond within thirty (30) days.')).toEqual([['spelling', '30', 'thirty (30)', null]]);
    expect(show('a fine of up to ten (10) per cent of turnover', 'a fine of up to 10 per cent of turnover')).toEqual([['spelling', 'ten (10)', '10', null]]);
    expect(show('within twenty-one (21) days', 'within 21 days')).toEqual([['spelling', 'twenty-one (21)', '21', null]]);
    expect(show('within 30 (thirty) days', 'within thirty days')).toEqual([['spelling', '30 (thirty)', 'thirty', null]]);
  });

  it('its value changed is one change of the time limit, not two', () => {
    expect(show('Parties shall respond within thirty (30) days.', 'Parties shall respond within sixty (60) days.')).toEqual([['lexical', 'thirty (30)', 'sixty (60)', 'weakened']]);
    expect(show('Parties shall respond within thirty (30) days.', 'Parties shall respond within ten days.')).toEqual([['lexical', 'thirty (30)', 'ten', 'strengthened']]);
  });

  it('numberValue reads it; two different values in brackets are no doubled number', () => {
    const value = (s: string) => numberValue(tokenise(s), lex);
    expect(value('thirty (30)')).toBe(30);
    expect(value('30 [thirty]')).toBe(30);
    expect(value('thirty (40)')).toBeNull();
    expect(value('thirty (days)')).toBeNull();
    // near miss: a figure in brackets that is not the number before it stays a change of its own
    expect(show('within thirty (30) days', 'within thirty days (30)').length).toBeGreaterThan(0);
    expect(show('Article 5 (3) applies', 'Article 5 applies')).toEqual([['omission', '(3)', '', null]]);
  });
});

describe('a number in figures over more than one token ("10 000 000", "10 million")', () => {
  const show = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);

  it('is one number: written otherwise, one spelling variant', () => {
    expect(show('fines of up to EUR 10 000 000 or 2 % of turnover', 'fines of up to EUR 10,000,000 or 2 % of turnover')).toEqual([['spelling', '10 000 000', '10,000,000']]);
    expect(show('fines of up to EUR 10,000,000', 'fines of up to EUR 10 million')).toEqual([['spelling', '10,000,000', '10 million']]);
    expect(show('fines of up to EUR 1.5 million', 'fines of up to EUR 1,500,000')).toEqual([['spelling', '1.5 million', '1,500,000']]);
  });

  it('another value is one lexical variant over the whole number', () => {
    expect(show('fines of up to EUR 10,000,000', 'fines of up to EUR 20 million')).toEqual([['lexical', '10,000,000', '20 million']]);
  });

  it('numberValue reads the groups and the scale; a year before a figure is no group', () => {
    const value = (s: string) => numberValue(tokenise(s), lex);
    expect(value('10 000 000')).toBe(10_000_000);
    expect(value('2.5 billion')).toBe(2_500_000_000);
    expect(value('2020 100')).toBeNull();
    expect(show('In 2020 100 States voted', 'In 2020 120 States voted')).toEqual([['lexical', '100', '120']]);
  });
});

describe('a cited provision with its parts in brackets ("Article 3(1)")', () => {
  const show = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);

  it('the phrase that cites it takes the parts with it', () => {
    expect(show('Operators shall notify incidents in accordance with Article 3(1).', 'Operators shall notify incidents.')).toEqual([['qualifier-dropped', 'in accordance with Article 3(1)', '']]);
  });

  it('another provision cited is one change; a part dropped stays an omission of the part', () => {
    expect(show('Operators shall notify incidents in accordance with Article 3(1).', 'Operators shall notify incidents in accordance with Article 4(2).')).toEqual([['lexical', '3(1)', '4(2)']]);
    expect(show('Operators shall notify incidents in accordance with Article 3(1).', 'Operators shall notify incidents in accordance with Article 3.')).toEqual([['omission', '(1)', '']]);
  });

  it('near miss: "Article 5(5)" is no number written twice', () => {
    expect(show('in accordance with Article 5(5).', 'in accordance with Article 5.')).toEqual([['omission', '(5)', '']]);
    expect(numberValue(tokenise('5(5)'), lex)).toBeNull();
  });
});
