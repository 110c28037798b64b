/**
 * Session 15: trial 67 (pandemic agreement, pathogen access and benefit sharing).
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

describe('an adverbial fronted from inside the base sentence is moved, and the subject and modal stay aligned (trial 67 #1)', () => {
  it('"… shall make available to WHO, in the event of a pandemic emergency, 20 per cent" → "In a pandemic emergency, … will provide WHO with 20 per cent"', () => {
    expect(rows('Manufacturers participating in the System shall make available to WHO, in the event of a pandemic emergency, 20 per cent of their production.', 'In a pandemic emergency, manufacturers in the system will provide WHO with 20 per cent of their production.')).toEqual([
      ['omission', null, 'participating', ''],
      ['case', null, 'System', 'system'],
      ['modality', 'weakened', 'shall', 'will'],
      ['lexical', null, 'make available to WHO', 'provide WHO with'],
      ['transposition', null, 'in the event of a pandemic emergency', 'In a pandemic emergency'],
      ['omission', null, 'the event of', ''],
      ['punctuation', null, ',', ''],
    ]);
  });
  it('another wording: "shall, within seven days of the outbreak, notify" → "Within seven days, each country should notify"', () => {
    expect(rows('Each Party shall notify the Secretariat, within seven days of the outbreak, of the measures taken.', 'Within seven days, each country should notify the Secretariat of the measures taken.')).toEqual([
      ['actor', null, 'Each Party', 'each country'],
      ['modality', 'weakened', 'shall', 'should'],
      ['transposition', null, 'within seven days', 'Within seven days'],
      ['omission', null, 'of the outbreak,', ''],
    ]);
  });
  it('another wording: "shall, in accordance with their national law, protect" → "In accordance with national law, States must protect"', () => {
    expect(rows('States shall, in accordance with their national law, protect the data.', 'In accordance with national law, States must protect the data.').map((r) => r[0])).toEqual(['modality', 'transposition', 'grammatical', 'punctuation']);
  });
  it('near miss: the phrase already at the front of both stays in place', () => {
    expect(rows('In the event of an emergency, Parties shall share data.', 'In an emergency, Parties will share data.')).toEqual([
      ['omission', null, 'the event of', ''],
      ['modality', 'weakened', 'shall', 'will'],
    ]);
  });
});

describe('a directive verb after "so", closing a condition, is the verb of the condition, not a modal (modality.yaml condition-pro-forms; trial 67 #3)', () => {
  it('"where national security considerations so require" → "on national security grounds": no modality', () => {
    const out = rows('Parties may delay the upload where national security considerations so require.', 'Parties may delay the upload on national security grounds.');
    expect(out.filter((r) => r[0] === 'modality')).toEqual([]);
    expect(out).toContainEqual(['omission', null, 'so require', '']);
  });
  it('another wording: "if circumstances so warrant" → "in exceptional circumstances"', () => {
    expect(rows('Each Party may restrict access if circumstances so warrant.', 'Each Party may restrict access in exceptional circumstances.')).toEqual([
      ['lexical', null, 'if', 'in exceptional'],
      ['omission', null, 'so warrant', ''],
    ]);
  });
  it('near miss: the modal of the clause still counts ("may" → "must" beside "so requires")', () => {
    expect(rows('Parties may delay the upload where national law so requires.', 'Parties must delay the upload where national law so requires.')).toEqual([
      ['modality', 'strengthened', 'may', 'must'],
    ]);
  });
});

describe('modifiers put for the determiner of the bearer narrow it: an actor change (trial 67 #5)', () => {
  it('"The Parties shall cooperate" → "Developed country Parties shall cooperate"', () => {
    expect(rows('The Parties shall cooperate to strengthen laboratory capacity.', 'Developed country Parties shall cooperate to strengthen laboratory capacity.')).toEqual([
      ['actor', null, 'The Parties', 'Developed country Parties'],
    ]);
  });
  it('another wording, and the other way round: "The States" → "Coastal States"; "Developed country Parties" → "The Parties"', () => {
    expect(rows('The States shall report every year.', 'Coastal States shall report every year.')).toEqual([['actor', null, 'The States', 'Coastal States']]);
    expect(rows('Developed country Parties shall cooperate.', 'The Parties shall cooperate.')).toEqual([['actor', null, 'Developed country Parties', 'The Parties']]);
  });
  it('near miss: a determiner for a determiner ("The" → "All") stays grammatical', () => {
    expect(rows('The Parties shall cooperate to strengthen laboratory capacity.', 'All Parties shall cooperate to strengthen laboratory capacity.')).toEqual([['grammatical', null, 'The', 'All']]);
  });
});

describe('the party a gerund directive after a preposition addresses bears the duty: an actor change (trial 67 #7)', () => {
  it('"construed as requiring any Party to share" → "… requiring a country to share"', () => {
    expect(rows('Nothing shall be construed as requiring any Party to share samples.', 'Nothing shall be construed as requiring a country to share samples.')).toEqual([
      ['actor', null, 'any Party', 'a country'],
    ]);
  });
  it('another wording: "interpreted as requiring Member States to notify" → "… requiring governments to notify"', () => {
    expect(rows('Nothing in this Agreement shall be interpreted as requiring Member States to notify the Secretariat.', 'Nothing in this Agreement shall be interpreted as requiring governments to notify the Secretariat.')).toEqual([
      ['actor', null, 'Member States', 'governments'],
    ]);
  });
  it('near miss: another name of the parties to the instrument ("a State Party" → "a Contracting Party") is wording', () => {
    expect(rows('Nothing shall be construed as requiring a State Party to disclose information.', 'Nothing shall be construed as requiring a Contracting Party to disclose information.')).toEqual([
      ['lexical', null, 'State', 'Contracting'],
    ]);
  });
  it('near miss: the act the party would be required to do, reworded, is wording', () => {
    expect(rows('Nothing shall be construed as requiring any Party to share samples.', 'Nothing shall be construed as requiring any Party to transfer samples.')).toEqual([
      ['lexical', null, 'share', 'transfer'],
    ]);
  });
});

describe('"as soon as" before a clause is the time limit of the act (qualifiers.yaml; trial 67 #9)', () => {
  it('", as soon as they are available to it" dropped: qualifier-dropped, weakened', () => {
    expect(rows('Each Party shall share the samples, as soon as they are available to it.', 'Each Party shall share the samples.')).toEqual([
      ['qualifier-dropped', 'weakened', ', as soon as they are available to it', ''],
    ]);
  });
  it('another wording: "as soon as the outbreak is confirmed" dropped', () => {
    expect(rows('Each Party shall notify WHO as soon as the outbreak is confirmed.', 'Each Party shall notify WHO.')).toEqual([
      ['qualifier-dropped', 'weakened', 'as soon as the outbreak is confirmed', ''],
    ]);
  });
  it('near miss: a word of the clause reworded stays one change of wording', () => {
    expect(rows('Each Party shall share the samples as soon as they are available.', 'Each Party shall share the samples as soon as they are sequenced.')).toEqual([
      ['lexical', null, 'available', 'sequenced'],
    ]);
  });
});

describe('an "of" phrase put before its head says what it lost (trial 67 #13)', () => {
  const expl = (b: string, r: string) => variants(b, r).map((v) => v.explanation);
  it('"the sharing of benefits arising therefrom" → "benefit sharing": \'arising therefrom\' dropped, not "nothing lost"', () => {
    expect(expl('The Parties establish the System on an equal footing with the sharing of benefits arising therefrom.', 'The Parties establish the System on an equal footing with benefit sharing.')).toEqual([
      "wording changed: 'the sharing of benefits arising therefrom' → 'benefit sharing' — the \"of\" phrase put before its head as a modifier, 'arising therefrom' dropped",
    ]);
  });
  it('another wording: "the users of electronic commerce services" → "e-commerce users": \'services\' dropped', () => {
    expect(expl('States shall protect the users of electronic commerce services.', 'States shall protect e-commerce users.')[0]).toMatch(/modifier, 'services' dropped$/);
  });
  it('near miss: every word read ("e-" for "electronic"): nothing lost', () => {
    expect(expl('States shall protect the users of electronic commerce.', 'States shall protect e-commerce users.')[0]).toMatch(/modifier, nothing lost$/);
  });
});

describe('a case change inside a compound written differently is not counted again (trial 67 #14)', () => {
  it('"the Benefit-Sharing System" → "the benefit sharing system": compound and one case entry', () => {
    expect(rows('The Parties establish the Benefit-Sharing System.', 'The Parties establish the benefit sharing system.')).toEqual([
      ['compound', null, 'Benefit-Sharing', 'benefit sharing'],
      ['case', null, 'Sharing System', 'sharing system'],
    ]);
  });
  it('another wording: "Open-Source Software" → "open source software"', () => {
    expect(rows('Parties shall use Open-Source Software.', 'Parties shall use open source software.')).toEqual([
      ['compound', null, 'Open-Source', 'open source'],
      ['case', null, 'Source Software', 'source software'],
    ]);
  });
  it('near miss: a case change outside the compound stays ("open-source Software" → "open source software")', () => {
    expect(rows('Parties shall use open-source Software.', 'Parties shall use open source software.')).toEqual([
      ['compound', null, 'open-source', 'open source'],
      ['case', null, 'Software', 'software'],
    ]);
  });
});
