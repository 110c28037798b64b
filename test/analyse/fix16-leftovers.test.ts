/**
 * Session 16: problems of the new-user trials the lead fixed directly.
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading, explanation] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading, v.explanation]);
}

describe('a number changed with the noun it counts inflected to agree is one change (trial 74 #8)', () => {
  it('"within one month" → "within six months": one time limit lengthened over the figure and its noun', () => {
    expect(rows('The Provider shall respond within one month.', 'The Provider shall respond within six months.')).toEqual([
      ['lexical', 'weakened', 'one month', 'six months', "time limit lengthened: 'one month' → 'six months'"],
    ]);
  });
  it('a duration shortened the other way: "for 5 years" → "for one year"', () => {
    expect(rows('Records shall be kept for 5 years.', 'Records shall be kept for one year.')).toEqual([
      ['lexical', 'weakened', '5 years', 'one year', "duration shortened: '5 years' → 'one year' — the obligation lasts less long"],
    ]);
  });
  it('a count that is no time: "one copy" → "two copies", one lexical', () => {
    expect(rows('Each Party shall keep one copy of the record.', 'Each Party shall keep two copies of the record.')).toEqual([
      ['lexical', null, 'one copy', 'two copies', "wording changed: 'one copy' → 'two copies'"],
    ]);
  });
  it('near miss: the noun inflected under the same figure stays a grammatical variant', () => {
    expect(rows('Records shall be kept for 5 years.', 'Records shall be kept for 5 year.')).toEqual([
      ['grammatical', null, 'years', 'year', "grammatical (number or inflection): 'years' → 'year'"],
    ]);
  });
});

describe('a hyphenated compound replaced whole is one change, not a word and its other parts apart (trial 74 #5, trial 75 #7)', () => {
  it('"a third-party government" → "a foreign government": one lexical over the compound', () => {
    expect(rows('An Order shall not be issued at the request of a third-party government.', 'An Order shall not be issued at the request of a foreign government.')).toEqual([
      ['lexical', null, 'third-party', 'foreign', "wording changed: 'third-party' → 'foreign'"],
    ]);
  });
  it('the other way: "a foreign government" → "a third-party government"', () => {
    expect(rows('Orders shall not be issued for a foreign government.', 'Orders shall not be issued for a third-party government.')).toEqual([
      ['lexical', null, 'foreign', 'third-party', "wording changed: 'foreign' → 'third-party'"],
    ]);
  });
  it('the compound ends before the words dropped after it: "eighty-second session" → "2027", the compound one lexical, "session" its own omission', () => {
    const out = rows('The Assembly will review it at its eighty-second session.', 'The Assembly will review it in 2027.');
    expect(out.map((r) => r.slice(0, 4))).toContainEqual(['lexical', null, 'eighty-second', '2027']);
    expect(out.map((r) => r.slice(0, 4))).toContainEqual(['omission', null, 'session', '']);
  });
  it('near miss: a word changed inside a compound whose other part both read alike stays the whole word changed', () => {
    expect(rows('The fifty-seventh session shall decide.', 'The fifty-eighth session shall decide.')).toEqual([
      ['lexical', null, 'fifty-seventh', 'fifty-eighth', "wording changed: 'fifty-seventh' → 'fifty-eighth'"],
    ]);
  });
  it('near miss: a hyphenated word dropped beside a change, not joined to it, stays an omission', () => {
    const out = rows('States shall adopt rules on well-known brands.', 'States shall issue rules on brands.');
    expect(out.map((r) => r.slice(0, 4))).toContainEqual(['omission', null, 'well-known', '']);
  });
});

describe('"or" against "nor" under the same negation is no polarity change (trial 75 #2)', () => {
  it('"should not be arbitrary or discriminatory" → "should be neither arbitrary nor discriminatory": no negation', () => {
    const out = rows('Measures should not be arbitrary or discriminatory.', 'Measures should be neither arbitrary nor discriminatory.');
    expect(out.filter((r) => r[0] === 'negation')).toEqual([]);
    expect(out).toContainEqual(['grammatical', null, 'or', 'nor', "grammatical (the same negation carried on by 'neither'): 'or' → 'nor'"]);
  });
  it('the other way, and "not … or" → "not … nor"', () => {
    expect(rows('Measures should be neither arbitrary nor discriminatory.', 'Measures should not be arbitrary or discriminatory.').filter((r) => r[0] === 'negation')).toEqual([]);
    expect(rows('States shall not collect or share data.', 'States shall not collect nor share data.')).toEqual([
      ['grammatical', null, 'or', 'nor', "grammatical (the same negation carried on by 'not'): 'or' → 'nor'"],
    ]);
  });
  it('near miss: "nor" where the "or" side has no negator before it reverses the polarity', () => {
    expect(rows('States shall collect or share data.', 'States shall collect nor share data.').map((r) => r.slice(0, 4))).toEqual([['negation', null, 'or', 'nor']]);
  });
});

describe('"Nothing … shall be construed to require X to" lifts a duty as "Nothing … requires X to" does (modality.yaml exemptions.construals; trial 74 #1)', () => {
  it('the construal restated plainly: one change, the same force, no direction', () => {
    expect(rows('Nothing in this Agreement shall be construed to require a provider to decrypt data.', 'Nothing in this Agreement requires a provider to decrypt data.')).toEqual([
      ['modality', null, 'shall be construed to require', 'requires', "modal or negation wording changed, the same force (no direction): 'shall be construed to require' → 'requires'"],
    ]);
  });
  it('"as requiring" the other way round', () => {
    const out = rows('Nothing in this Agreement requires a provider to decrypt data.', 'Nothing in this Agreement shall be interpreted as requiring a provider to decrypt data.');
    expect(out.map((r) => r.slice(0, 4))).toEqual([['modality', null, 'requires', 'shall be interpreted as requiring']]);
  });
  it('an exception added to the construed exemption narrows the exemption: strengthened', () => {
    expect(rows('Nothing in this Agreement shall be construed to require a provider to decrypt data.', 'Nothing in this Agreement shall be construed to require a provider to decrypt data, except as provided by law.')).toEqual([
      ['qualifier-added', 'strengthened', '', ', except as provided by law', "condition added: ', except as provided by law' — the exemption now admits an exception"],
    ]);
  });
  it('"is to be construed as requiring" against "shall be construed as requiring": two exemptions, no direction', () => {
    const out = rows('Nothing in this Memorandum is to be construed as requiring either Participant to act.', 'Nothing in this Memorandum shall be construed as requiring either Participant to act.');
    expect(out.filter((r) => r[1] !== null)).toEqual([]);
  });
  it('near miss: a construal of a verb that imposes no duty ("to limit") stays a prohibition on limiting', () => {
    const out = rows('Nothing in this Agreement shall be construed to limit the rights of a provider.', 'Nothing in this Agreement limits the rights of a provider.');
    expect(out.filter((r) => String(r[4]).includes('exemption'))).toEqual([]);
  });
});

describe('the same modal wording in another tense is grammatical (trial 75 #9)', () => {
  it('"commit to" → "committed to"', () => {
    expect(rows('Countries commit to advance data governance.', 'Countries committed to advance data governance.')).toEqual([
      ['grammatical', null, 'commit', 'committed', "grammatical (the same modal wording in another form): 'commit' → 'committed'"],
    ]);
  });
  it('"undertake to" → "undertook to"', () => {
    expect(rows('The Parties undertake to share data.', 'The Parties undertook to share data.').map((r) => r.slice(0, 4))).toEqual([['grammatical', null, 'undertake', 'undertook']]);
  });
  it('near miss: another modal word of the same force stays a modality change with no direction', () => {
    expect(rows('States shall share data.', 'States must share data.').map((r) => r.slice(0, 4))).toEqual([['modality', null, 'shall', 'must']]);
  });
});

describe('"shall be based on X": the basis as the predicate is a standard the act must meet, not a condition (qualifiers.yaml bases.heads; trial 74 #2)', () => {
  it('a limb added to it ("reasonable" → "reasonable and proportionate") has no direction', () => {
    expect(rows('An Order shall be based on a reasonable justification.', 'An Order shall be based on a reasonable and proportionate justification.')).toEqual([
      ['qualifier-added', null, '', 'and proportionate', "a limb added to the standard: 'and proportionate' (in 'based on a reasonable and proportionate justification') — the obligation now also names it as a standard the act must meet"],
    ]);
  });
  it('the limb dropped, the other way round', () => {
    expect(rows('An Order shall be based on a reasonable and proportionate justification.', 'An Order shall be based on a reasonable justification.').map((r) => r.slice(0, 4))).toEqual([['qualifier-dropped', null, 'and proportionate', '']]);
  });
  it('near miss: "act based on a risk assessment", after another verb, stays a condition', () => {
    expect(rows('States shall act based on a risk assessment.', 'States shall act based on a risk assessment and a review.').map((r) => r.slice(0, 4))).toEqual([['qualifier-added', 'weakened', '', 'and a review']]);
  });
});

describe('a condition at the end of an aside dropped whole bounds the aside, not the rule (trial 75 #6)', () => {
  it('", with the support of United Nations entities where appropriate," dropped: one omission', () => {
    expect(rows('States shall act, with the support of United Nations entities where appropriate, to protect data.', 'States shall act to protect data.')).toEqual([
      ['omission', null, ', with the support of United Nations entities where appropriate,', '', "omitted: ', with the support of United Nations entities where appropriate,' — the condition 'where appropriate' bounds this phrase, not the rule"],
    ]);
  });
  it('the aside added: one addition', () => {
    expect(rows('States shall act to protect data.', 'States shall act, with the support of United Nations entities where appropriate, to protect data.').map((r) => r.slice(0, 4))).toEqual([
      ['addition', null, '', ', with the support of United Nations entities where appropriate,'],
    ]);
  });
  it('near miss: a condition that is the whole aside still frees the rule', () => {
    expect(rows('States shall act, where appropriate, to protect data.', 'States shall act to protect data.').map((r) => r.slice(0, 4))).toEqual([['qualifier-dropped', 'strengthened', ', where appropriate,', '']]);
  });
});

describe('a hyphenated modifier dropped after an article that changes form is an omission beside the article (trial 72 #11)', () => {
  it('"an up-to-date register" → "a register": the article, then the compound omitted', () => {
    expect(rows('Institutions shall keep an up-to-date register.', 'Institutions shall keep a register.').map((r) => r.slice(0, 4))).toEqual([
      ['grammatical', null, 'an', 'a'],
      ['omission', null, 'up-to-date', ''],
    ]);
  });
  it('added the other way round', () => {
    expect(rows('Institutions shall keep a register.', 'Institutions shall keep an up-to-date register.').map((r) => r.slice(0, 4))).toEqual([
      ['grammatical', null, 'a', 'an'],
      ['addition', null, '', 'up-to-date'],
    ]);
  });
  it('near miss: a one-word modifier is split so already', () => {
    expect(rows('Institutions shall keep an accurate register.', 'Institutions shall keep a register.').map((r) => r.slice(0, 4))).toEqual([
      ['grammatical', null, 'an', 'a'],
      ['omission', null, 'accurate', ''],
    ]);
  });
});

describe('"in writing" is the manner the act must take (qualifiers.yaml; trial 72 #6, #9)', () => {
  it('dropped beside a reworded object: the lexical and the manner dropped apart', () => {
    expect(rows('The institution shall notify the competent authority in writing.', 'The institution shall notify the regulator.')).toEqual([
      ['lexical', null, 'competent authority', 'regulator', "wording changed: 'competent authority' → 'regulator'"],
      ['qualifier-dropped', null, 'in writing', '', "manner dropped: 'in writing' — the obligation no longer says in what manner"],
    ]);
  });
  it('moved to the end of the sentence: one transposition of the whole phrase', () => {
    const out = rows('The institution shall notify the authority in writing before signing.', 'The institution shall notify the supervisor before signing, in writing.');
    expect(out.map((r) => r.slice(0, 4))).toContainEqual(['transposition', null, 'in writing', 'in writing']);
    expect(out.filter((r) => r[0] === 'grammatical')).toEqual([]);
  });
  it('near miss: "writing" as a verb after "in" ("trained in writing reports") is no manner', () => {
    expect(rows('Staff trained in writing reports shall notify the authority.', 'Staff shall notify the authority.').map((r) => r.slice(0, 4))).toEqual([['omission', null, 'trained in writing reports', '']]);
  });
});

describe('another\'s leave for the act ("with the approval of", "with the consent of") is a condition (qualifiers.yaml; trial 72 #10)', () => {
  it('"may not delegate" → "may delegate … only with the approval of the regulator": the negation and one condition added', () => {
    expect(rows('Institutions may not delegate the function.', 'Institutions may delegate the function only with the approval of the regulator.').map((r) => r.slice(0, 4))).toEqual([
      ['negation', 'weakened', 'not', ''],
      ['qualifier-added', 'strengthened', '', 'only with the approval of the regulator'],
    ]);
  });
  it('dropped from an obligation: the obligation becomes unconditional', () => {
    expect(rows('Institutions shall share data with the consent of the data subject.', 'Institutions shall share data.').map((r) => r.slice(0, 4))).toEqual([
      ['qualifier-dropped', 'strengthened', 'with the consent of the data subject', ''],
    ]);
  });
  it('near miss: "with the support of" names no leave and stays an addition', () => {
    expect(rows('Institutions may delegate the function.', 'Institutions may delegate the function with the support of the regulator.').map((r) => r.slice(0, 4))).toEqual([
      ['addition', null, '', 'with the support of the regulator'],
    ]);
  });
});

describe('the comma before a dropped limb\'s coordinator goes with the limb (trial 71 A10)', () => {
  it('"threats, and in accordance with national law" → "threats": one qualifier-dropped', () => {
    expect(rows('States shall assess suppliers against security threats, and in accordance with national law.', 'States shall assess suppliers against security threats.')).toEqual([
      ['qualifier-dropped', 'strengthened', ', and in accordance with national law', '', "condition dropped: ', and in accordance with national law' — the obligation becomes unconditional"],
    ]);
  });
  it('near miss: a limb dropped with its coordinator and no comma before it', () => {
    expect(rows('States shall assess suppliers on a voluntary basis and in accordance with national law.', 'States shall assess suppliers in accordance with national law.').map((r) => r.slice(0, 4))).toEqual([
      ['qualifier-dropped', 'strengthened', 'on a voluntary basis and', ''],
    ]);
  });
});

describe('a defined term in capitals renamed by a phrase in small letters is one change (trial 74 #7)', () => {
  it('"Covered Data" → "electronic data": one lexical, no case variant beside it', () => {
    expect(rows('The Provider shall disclose Covered Data to the authority.', 'The Provider shall disclose electronic data to the authority.')).toEqual([
      ['lexical', null, 'Covered Data', 'electronic data', "wording changed: 'Covered Data' → 'electronic data'"],
    ]);
  });
  it('the other way round, and a party: "Member States" → "member countries" one actor change', () => {
    expect(rows('A service provider shall respond.', 'A Covered Provider shall respond.').map((r) => r.slice(0, 4))).toEqual([['lexical', null, 'service provider', 'Covered Provider']]);
    expect(rows('The Member States shall act.', 'The member countries shall act.').map((r) => r.slice(0, 4))).toEqual([['actor', null, 'Member States', 'member countries']]);
  });
  it('near miss: a capital that goes with no term (small letters beside it on its side) stays a case variant', () => {
    expect(rows('The Provider shall disclose covered data to the authority.', 'The Provider shall disclose electronic Data to the authority.').map((r) => r.slice(0, 4))).toEqual([
      ['lexical', null, 'covered', 'electronic'],
      ['case', null, 'data', 'Data'],
    ]);
  });
});

describe('a change cut at a hyphen takes the compound\'s next part the other side reads right after it (trial 74 #5)', () => {
  it('"a Receiving-Party Person" → "a national of the other Party": the compound whole, "Person" omitted', () => {
    expect(rows('Orders shall not target a Receiving-Party Person.', 'Orders shall not target a national of the other Party.').map((r) => r.slice(0, 4))).toEqual([
      ['lexical', null, 'Receiving-Party', 'national of the other Party'],
      ['omission', null, 'Person', ''],
    ]);
  });
  it('the other way round', () => {
    expect(rows('Orders shall not target a national of the other Party.', 'Orders shall not target a Receiving-Party Person.').map((r) => r.slice(0, 4))).toEqual([
      ['lexical', null, 'national of the other Party', 'Receiving-Party'],
      ['addition', null, '', 'Person'],
    ]);
  });
});
