import { describe, expect, it } from 'vitest';
import { ofType, types, variants } from './helpers.js';

const pairs = (base: string, reading: string) => variants(base, reading).map((v) => [v.type, v.base, v.reading]);

// A qualifier reworded in place is one lexical variant (classify/qualifier.ts, rewordedInPlace).
describe('qualifier reworded in place', () => {
  it('a manner phrase rewritten on the same stems is lexical, not a dropped qualifier', () => {
    expect(pairs('Members should settle disputes in a prompt, impartial and rule-based manner.', 'Members should settle disputes impartially and quickly.')).toEqual([
      ['lexical', 'in a prompt, impartial and rule-based manner', 'impartially and quickly'],
    ]);
  });

  it('a manner phrase rewritten with an adjective and a noun takes the whole counterpart', () => {
    expect(pairs('Members should approach trade in a fair and rule-based manner.', 'Members should approach trade with a fair and open attitude.')).toEqual([
      ['lexical', 'in a fair and rule-based manner', 'with a fair and open attitude'],
    ]);
  });

  it('a new qualifier of the same kind in the same place: one lexical variant, the shared head left out', () => {
    expect(pairs('Members should settle disputes through binding arbitration.', 'Members should settle disputes through quiet diplomacy.')).toEqual([
      ['lexical', 'binding arbitration', 'quiet diplomacy'],
    ]);
  });

  it('near miss: a word the phrase shares with the rest of the text does not make a rewording', () => {
    const v = ofType("Members shall not seize goods stored in other Members' ports without the owners' consent.", "Members should never seize goods kept in other ports.", 'qualifier-dropped');
    expect(v.map((x) => x.base)).toEqual(["without the owners' consent"]);
  });

  it('near miss: a qualifier simply gone is still dropped', () => {
    expect(ofType('Members should settle disputes through binding arbitration.', 'Members should settle disputes.', 'qualifier-dropped').map((v) => v.base)).toEqual(['through binding arbitration']);
  });
});

// The subject and modal a summary leaves out are their own variant (classify/modality.ts, split).
describe('subject and modal left out before a reworded predicate', () => {
  it('"Members should publish" → "publish": the subject and modal are one omission, the predicate compared alone', () => {
    expect(pairs('Members should publish their tariff schedules.', 'publish tariff tables.')).toEqual([
      ['omission', 'Members should', ''],
      ['grammatical', 'their', ''],
      ['lexical', 'schedules', 'tables'],
    ]);
    expect(pairs('Members should handle disputes fairly.', 'resolve disputes fairly.')).toEqual([
      ['omission', 'Members should', ''],
      ['lexical', 'handle', 'resolve'],
    ]);
  });

  it('near miss: a modal dropped with the subject kept is modality', () => {
    const vs = variants('Members should publish their tariff schedules.', 'Members publish tariff tables.');
    expect(vs.map((v) => [v.type, v.base, v.direction])).toContainEqual(['modality', 'should', 'weakened']);
    expect(vs.some((v) => v.type === 'omission')).toBe(false);
  });

  it('near miss: a modal kept in the witness is not split off', () => {
    expect(pairs('Members should handle disputes fairly.', 'All countries should resolve disputes fairly.').map((p) => p[0])).not.toContain('omission');
  });
});

// An addition around shared function words is several additions (readings.ts, pureEdits).
describe('additions around shared function words', () => {
  it('", and" → "and candidly, and work together to" is two additions', () => {
    const vs = variants('Members should trade fairly, and keep markets open.', 'Members should trade fairly and candidly, and work together to keep markets open.');
    expect(vs.filter((v) => v.class === 'substantive').map((v) => [v.type, v.base, v.reading])).toEqual([
      ['addition', '', 'and candidly'],
      ['addition', '', 'work together to'],
    ]);
  });

  it('near miss: a function word the witness replaces keeps the change whole', () => {
    const vs = variants('Members should trade fairly, and keep markets open.', 'Members should trade fairly, or work together to keep markets open.');
    // the coordinator replaced on its own, the words after it added (not an addition "in place of" 'and')
    expect(vs.map((v) => [v.type, v.base, v.reading])).toEqual([
      ['grammatical', 'and', 'or'],
      ['addition', '', 'work together to'],
    ]);
  });
});

describe('reworded: one content word for one, and a function word for another beside it', () => {
  it('"overseas in" → "abroad within": lexical + grammatical, whatever the parts of speech', () => {
    expect(variants('to store data obtained overseas in their own territory.', 'to store data obtained abroad within their own territory.').map((v) => [v.type, v.base, v.reading])).toEqual([
      ['lexical', 'overseas', 'abroad'],
      ['grammatical', 'in', 'within'],
    ]);
  });

  it('a function word on one side only still goes with the substitution ("stand against" → "oppose")', () => {
    expect(types('States should stand against mass surveillance.', 'States should oppose mass surveillance.')).toEqual(['lexical']);
  });
});

describe('a status flip inside a rewording is its own negation (pairs.ts cutAtFlip)', () => {
  const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
  it('"voluntary, non-binding" → "binding" beside the reporting verb reworded', () => {
    expect(brief('The Group reaffirms that voluntary, non-binding norms can reduce risks.', 'The experts say binding norms can reduce risks.')).toEqual([
      ['lexical', null, 'Group', 'experts'],
      ['lexical', null, 'reaffirms that', 'say'],
      ['negation', 'strengthened', 'voluntary, non-binding', 'binding'],
    ]);
    expect(brief('The Group reaffirms that voluntary and non-binding norms can reduce risks.', 'Officials argue that mandatory norms can reduce risks.').filter((v) => v[0] === 'negation')).toEqual([
      ['negation', 'strengthened', 'voluntary and non-binding', 'mandatory'],
    ]);
    expect(brief('Ministers stressed that the voluntary code guides companies.', 'The press wrote that the binding code guides companies.').filter((v) => v[0] === 'negation')).toEqual([
      ['negation', 'strengthened', 'voluntary', 'binding'],
    ]);
  });
  it('the run alone is one negation, not a word turned and another omitted', () => {
    expect(brief('The Group reaffirms that voluntary, non-binding norms can reduce risks.', 'The Group reaffirms that binding norms can reduce risks.')).toEqual([
      ['negation', 'strengthened', 'voluntary, non-binding', 'binding'],
    ]);
    expect(brief('These rules are binding and mandatory.', 'These rules are optional.')).toEqual([['negation', 'weakened', 'binding and mandatory', 'optional']]);
  });
  it('near misses: a status word kept, or replaced by a word that is no antonym, is no flip', () => {
    expect(brief('The Group reaffirms that voluntary, non-binding norms can reduce risks.', 'The experts say voluntary norms can reduce risks.').map((v) => v[0])).toEqual(['lexical', 'lexical', 'omission']);
    expect(brief('The Group reaffirms that voluntary, non-binding norms can reduce risks.', 'The experts say useful norms can reduce risks.').map((v) => v[0])).toEqual(['lexical']);
  });
});

describe('a modifier and its head noun both substituted, side by side', () => {
  it('are one noun phrase reworded: one lexical variant ("serious crime" → "criminal offence")', () => {
    expect(pairs('Each club shall share evidence of any serious crime.', 'Each club shall share evidence of any criminal offence.')).toEqual([['lexical', 'serious crime', 'criminal offence']]);
    expect(pairs('Clubs shall report any serious damage to the committee.', 'Clubs shall report any grave harm to the committee.')).toEqual([['lexical', 'serious damage', 'grave harm']]);
  });
  it('near miss: the two words apart ("serious cases of damage") stay two changes', () => {
    expect(pairs('Clubs shall report serious cases of damage to the committee.', 'Clubs shall report grave cases of harm to the committee.')).toEqual([
      ['lexical', 'serious', 'grave'],
      ['lexical', 'damage', 'harm'],
    ]);
  });
});

describe('a coordination of words of one kind against one word of that kind: one rewording (pairs.ts coordination)', () => {
  const pick = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('nouns', () => {
    expect(pick('Providers shall protect the safety, security and privacy of users.', 'Providers shall protect the welfare of users.')).toEqual([['lexical', 'safety, security and privacy', 'welfare']]);
    expect(pick('Providers shall protect the data and information of users.', 'Providers shall protect the records of users.')).toEqual([['lexical', 'data and information', 'records']]);
  });
  it('near miss: one of the words read on both sides, the other omitted', () => {
    expect(pick('Providers shall protect the data and information of users.', 'Providers shall protect the information of users.')).toEqual([['omission', 'data and', '']]);
  });
  it('near miss: the one word in a coordination of its own is not the whole coordination reworded', () => {
    expect(pick('Firms shall label digital products and services clearly.', 'Firms shall label digital and solutions clearly.')).not.toContainEqual(['lexical', 'products and services', 'and solutions']);
    expect(pick('Firms shall label products and services clearly.', 'Firms shall label goods and solutions clearly.')).toEqual([
      ['lexical', 'products', 'goods'],
      ['lexical', 'services', 'solutions'],
    ]);
  });
});

describe('a condition clause restated under the same connective (qualifier.ts conditionRestated)', () => {
  it('one lexical variant over the changes inside it, no direction, not a condition dropped beside an addition', () => {
    const v = variants('Where a Party gives effect to paragraph 1 by means of an order, the Party shall require that person to preserve the data.', 'Where an order is issued, the Party shall require the recipient to preserve the data.');
    expect(v.map((x) => [x.type, x.base, x.reading, x.direction ?? null])).toEqual([
      ['lexical', 'a Party gives effect to paragraph 1 by means of an order', 'an order is issued', null],
      ['grammatical', 'that', 'the', null],
      ['lexical', 'person', 'recipient', null],
    ]);
    expect(v[0].explanation).toBe("condition reworded in place: 'a Party gives effect to paragraph 1 by means of an order' → 'an order is issued'");
    expect(pairs('If a Party receives a request by means of a letter, the Party shall reply.', 'If a letter arrives, the Party shall reply.')).toEqual([
      ['lexical', 'Party receives a request by means of a letter', 'letter arrives'],
    ]);
  });
  it('near misses: one word replaced in the clause, or a limb dropped from it, keeps its ordinary variant', () => {
    expect(variants('If the data are transferred abroad, the Party shall notify.', 'If the data are sent abroad, the Party shall notify.').map((x) => [x.type, x.explanation])).toEqual([
      ['lexical', "wording changed: 'transferred' → 'sent'"],
    ]);
    expect(pairs('If the data are sensitive and transferred abroad, the Party shall notify.', 'If the data are transferred abroad, the Party shall notify.')).toEqual([['omission', 'sensitive and', '']]);
  });
});

describe('"for as long as necessary" is one duration; "require that person to preserve" a complement', () => {
  it('the duration dropped is one qualifier, not "as long" + a condition "as necessary"', () => {
    expect(pairs('The person shall preserve the data for as long as necessary, up to ninety days.', 'The person shall preserve the data for up to ninety days.')).toEqual([
      ['qualifier-dropped', 'for as long as necessary', ''],
      ['punctuation', ',', ''],
    ]);
    expect(pairs('The person shall preserve the data for as long as necessary.', 'The person shall preserve the data.')).toEqual([['qualifier-dropped', 'for as long as necessary', '']]);
  });
  it('"to preserve" after "require that person" completes "require": no purpose dropped', () => {
    expect(pairs('The State Party shall require that person to preserve and maintain the integrity of those data.', 'The State Party shall require the recipient to preserve the data.').map((x) => x[0])).not.toContain('qualifier-dropped');
  });
  it('near misses: a bare "as necessary" stays a condition; "to inform" after "publish this report" is a purpose', () => {
    expect(variants('The person shall preserve the data as necessary.', 'The person shall preserve the data.').map((x) => [x.type, x.base, x.direction])).toEqual([['qualifier-dropped', 'as necessary', 'strengthened']]);
    expect(variants('The Party shall publish this report to inform users.', 'The Party shall publish this report.').map((x) => [x.type, x.base])).toEqual([['qualifier-dropped', 'to inform users']]);
  });
});

describe('a complex preposition opening a qualifier replaced by another (qualifier.ts headReplaced)', () => {
  it('one lexical variant over the two heads, not cut at a function word ("subject" → "in accordance", "to" → "with")', () => {
    expect(pairs('Individuals shall be entitled to seek redress, subject to the domestic law of the receiving Party.', 'Individuals shall be entitled to seek redress in accordance with the domestic law of the receiving Party.')).toEqual([
      ['lexical', ', subject to', 'in accordance with'],
    ]);
    expect(pairs('Individuals shall be entitled to seek redress subject to the domestic law of the receiving Party.', 'Individuals shall be entitled to seek redress in accordance with the domestic law of the receiving Party.')).toEqual([
      ['lexical', 'subject to', 'in accordance with'],
    ]);
    expect(pairs('Parties shall share data by means of secure channels.', 'Parties shall share data through secure channels.')).toEqual([['lexical', 'by means of', 'through']]);
  });
  it('near miss: two connectives of the same condition stay grammatical', () => {
    // (conformity for mere consistency, "in accordance with" → "consistent with", is a looser
    // standard: lexical, trial 60 #5; two of one strictness stay grammatical)
    expect(pairs('Parties shall share data in line with domestic law.', 'Parties shall share data consistent with domestic law.').map((x) => x[0])).toEqual(['grammatical']);
    expect(pairs('Parties shall share data in accordance with domestic law.', 'Parties shall share data consistent with domestic law.').map((x) => x[0])).toEqual(['lexical']);
  });
});

describe('one verb against a verb with an infinitive ("work together to address" → "tackle"): the infinitive\'s verb is the act', () => {
  const pick = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('the frame omitted, the act reworded', () => {
    expect(pick('We shall work together to address obstacles to data flows.', 'We shall tackle obstacles to data flows.')).toEqual([
      ['omission', 'work together to', ''],
      ['lexical', 'address', 'tackle'],
    ]);
  });
  it('and added the other way', () => {
    expect(pick('We shall tackle obstacles to data flows.', 'We shall work together to address obstacles to data flows.')).toEqual([
      ['lexical', 'tackle', 'address'],
      ['addition', '', 'work together to'],
    ]);
  });
  it('near miss: the act read on both sides, only the frame added', () => {
    expect(pick('We shall address obstacles to data flows.', 'We shall work together to address obstacles to data flows.')).toEqual([['addition', '', 'work together to']]);
  });
});
