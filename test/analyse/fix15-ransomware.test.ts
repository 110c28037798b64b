/**
 * Session 15: trial 69 (counter-ransomware joint statement).
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading, explanation] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading, v.explanation]);
}

describe('a modal and its negator dropped with their predicate are no negation (trial 69 #1)', () => {
  const b = 'Governments shall not pay ransoms, and their agencies should not make such payments. We will encourage victims to report any payment.';
  const w = 'Governments will not pay ransoms, and companies hit by attacks will be required to report any payment.';
  it('the second prohibition gone: no "prohibition becomes an obligation"', () => {
    const out = rows(b, w);
    expect(out.filter((r) => r[0] === 'negation')).toEqual([]);
    expect(out.find((r) => r[2] === 'should not')).toEqual(['omission', null, 'should not', '', "omitted: 'should not' — the prohibition is gone with the act it forbade, not turned into a duty"]);
  });
  it('another wording: "their branches must not hold such accounts"', () => {
    const out = rows('Banks shall not lend to them, and their branches must not hold such accounts. We urge customers to report any transfer.', 'Banks shall not lend to them, and firms hit by fraud will be required to report any transfer.');
    expect(out.filter((r) => r[0] === 'negation')).toEqual([]);
    expect(out.find((r) => r[2] === 'must not')?.[0]).toBe('omission');
  });
  it('near miss: the negator dropped from a predicate the witness still reads is a negation', () => {
    expect(rows('States shall not pay ransoms.', 'States shall pay ransoms.')).toEqual([
      ['negation', null, 'not', '', "polarity reversed: 'not' omitted — a prohibition becomes an obligation"],
    ]);
    expect(rows('States shall not pay ransoms, and agencies should not make payments.', 'States shall not pay ransoms, and agencies make payments.')[0].slice(0, 4)).toEqual(['negation', null, 'should not', '']);
  });
});

describe('an exception is one phrase, through a participle and its own qualifier (trial 69 #2)', () => {
  it('"except in exceptional circumstances determined in accordance with national law": one exception dropped', () => {
    const out = rows('Governments shall not pay ransoms to cybercriminals, and their agencies should not make such payments, except in exceptional circumstances determined in accordance with national law. We will encourage private-sector victims to report any ransom payment.', 'Governments will not pay ransoms to cybercriminals, and companies hit by attacks will be required to report any ransom payment.');
    expect(out.filter((r) => r[0] === 'qualifier-dropped')).toEqual([
      ['qualifier-dropped', 'strengthened', ', except in exceptional circumstances determined in accordance with national law', '', "condition dropped: ', except in exceptional circumstances determined in accordance with national law' — the prohibition becomes absolute"],
    ]);
  });
  it('another wording: "except in cases specified under national law"', () => {
    expect(rows('States shall not disclose the data, except in cases specified under national law.', 'States shall not disclose the data.')).toEqual([
      ['qualifier-dropped', 'strengthened', ', except in cases specified under national law', '', "condition dropped: ', except in cases specified under national law' — the prohibition becomes absolute"],
    ]);
  });
  it('near miss: a condition after a verb of the rule itself stays a phrase of its own', () => {
    const out = rows('States shall, where appropriate, share data collected in accordance with national law.', 'States shall share data collected.');
    expect(out.map((r) => r.slice(0, 3))).toEqual([
      ['qualifier-dropped', 'strengthened', ', where appropriate,'],
      ['qualifier-dropped', 'strengthened', 'in accordance with national law'],
    ]);
  });
});

describe('a degree adverb is no manner reworded in place (trial 69 #3)', () => {
  it('"in a manner consistent with the protection of personal data" dropped, "more resilient" added', () => {
    const out = rows('Members will improve the resilience of networks, in a manner consistent with the protection of personal data.', 'Members will make networks more resilient.');
    // ("the resilience of" → "more resilient": one rewording of the same stem, fix15-export's postmodifier rule)
    expect(out.map((r) => r.slice(0, 4))).toEqual([
      ['lexical', null, 'improve', 'make'],
      ['lexical', null, 'the resilience of', 'more resilient'],
      ['qualifier-dropped', null, ', in a manner consistent with the protection of personal data', ''],
    ]);
    expect(out[2][4]).toBe("manner dropped: ', in a manner consistent with the protection of personal data' — the obligation no longer says in what manner");
  });
  it('another wording: "in a manner that protects privacy" → "more secure"', () => {
    const out = rows('Providers shall store the records in a manner that protects privacy.', 'Providers shall keep the records more secure.');
    expect(out.map((r) => r.slice(0, 4))).toEqual([
      ['lexical', null, 'store', 'keep'],
      ['qualifier-dropped', null, 'in a manner that protects privacy', ''],
      ['addition', null, '', 'more secure'],
    ]);
  });
  it('near miss: a manner adverb in the phrase\'s place is still a rewording', () => {
    expect(rows('States shall act in a transparent manner.', 'States shall act openly.')).toEqual([
      ['lexical', null, 'in a transparent manner', 'openly', "manner reworded in place: 'in a transparent manner' → 'openly'"],
    ]);
  });
});

describe('a restriction on the bearer reworded from after the head to before it is one lexical (trial 69 #4)', () => {
  it('"Members with greater capabilities" → "Wealthier members"', () => {
    expect(rows('Members with greater capabilities should provide training to developing countries.', 'Wealthier members should provide training to developing countries.')).toEqual([
      ['lexical', null, 'Members with greater capabilities', 'Wealthier members', "wording changed: 'Members with greater capabilities' → 'Wealthier members' — the restriction on the bearer reworded: the same parties"],
    ]);
  });
  it('other wordings: "States with coastlines" → "Coastal States", and the other way round', () => {
    expect(rows('States with coastlines shall report.', 'Coastal States shall report.').map((r) => r.slice(0, 4))).toEqual([['lexical', null, 'States with coastlines', 'Coastal States']]);
    expect(rows('Wealthier members should provide training.', 'Members with greater capabilities should provide training.').map((r) => r.slice(0, 4))).toEqual([['lexical', null, 'Wealthier members', 'Members with greater capabilities']]);
  });
  it('near miss: a modifier added while the restriction stays narrows the bearers', () => {
    expect(rows('Members should provide training.', 'Wealthier members should provide training.')).toEqual([
      ['actor', null, '', 'Wealthier', "actor changed: 'Wealthier' added to the bearer: the rule now binds a narrower set of parties"],
    ]);
  });
});

describe('a word that ends the kept limb moves while the coordinated limb after it is dropped (trial 69 #5)', () => {
  it('"attribute significant campaigns publicly and coordinate …" → "publicly attribute major campaigns"', () => {
    expect(rows('Members may attribute significant campaigns publicly and coordinate attributions with others.', 'Members may publicly attribute major campaigns.').map((r) => r.slice(0, 4))).toEqual([
      ['lexical', null, 'significant', 'major'],
      ['transposition', null, 'publicly', 'publicly'],
      ['omission', null, 'and coordinate attributions with others', ''],
    ]);
  });
  it('another wording: "review the rules promptly and report …" → "promptly review the rules"', () => {
    expect(rows('States shall review the rules promptly and report to the committee.', 'States shall promptly review the rules.').map((r) => r.slice(0, 4))).toEqual([
      ['transposition', null, 'promptly', 'promptly'],
      ['omission', null, 'and report to the committee', ''],
    ]);
  });
  it('near miss: a list item before a dropped item is no kept limb ("for semiconductors and critical minerals")', () => {
    expect(rows('Officials will invest in supply chains for semiconductors and critical minerals.', 'Officials will invest in semiconductor supply chains.').filter((r) => r[0] === 'transposition')).toEqual([]);
  });
  it('near miss: the word dropped with the limb, not read elsewhere, stays in the one omission', () => {
    expect(rows('Members may attribute campaigns publicly and coordinate attributions with others.', 'Members may attribute campaigns.').map((r) => r.slice(0, 4))).toEqual([
      ['omission', null, 'publicly and coordinate attributions with others', ''],
    ]);
  });
});

describe('a list item dropped and a modifier added to the item kept after it (trial 69 #6)', () => {
  it('"including indicators of compromise and wallet addresses" → "including crypto wallet addresses"', () => {
    expect(rows('Members will share information, including indicators of compromise and wallet addresses.', 'Members will share information, including crypto wallet addresses.')).toEqual([
      ['omission', null, 'indicators of compromise and', '', "omitted: 'indicators of compromise and'"],
      ['addition', null, '', 'crypto', "added: 'crypto'"],
    ]);
  });
  it('another wording: the item of one word, "indicators and"', () => {
    expect(rows('Members will share information, including indicators and wallet addresses.', 'Members will share information, including crypto wallet addresses.').map((r) => r.slice(0, 4))).toEqual([
      ['omission', null, 'indicators and', ''],
      ['addition', null, '', 'crypto'],
    ]);
  });
  it('near miss: a modifier replaced by another stays a lexical', () => {
    expect(rows('Members will share information, including digital wallet addresses.', 'Members will share information, including crypto wallet addresses.').map((r) => r.slice(0, 4))).toEqual([
      ['lexical', null, 'digital', 'crypto'],
    ]);
  });
});

describe('a qualifier moved with another function word at its head is one transposition (trial 69 #7)', () => {
  it('"…, upon request, to strengthen their defences" → "… strengthen their defences on request"', () => {
    const out = rows('Members should provide training to developing countries, upon request, to strengthen their defences.', 'Members should help developing countries strengthen their defences on request.');
    expect(out.filter((r) => r[0] === 'transposition' || r[0] === 'punctuation' || r[2] === 'upon' || r[3] === 'on')).toEqual([
      ['transposition', null, ', upon request,', 'on request', "moved: 'upon request' (condition) stands elsewhere in the witness's reading, as 'on request'"],
    ]);
  });
  it('other wordings: "where appropriate" → "if appropriate" after a purpose, "upon request" → "on request"', () => {
    expect(rows('States may, where appropriate, share the data to prevent crime.', 'States may share the data to prevent crime if appropriate.').map((r) => r.slice(0, 4))).toEqual([
      ['transposition', null, ', where appropriate,', 'if appropriate'],
    ]);
    expect(rows('Parties shall, upon request, provide assistance.', 'Parties shall provide assistance on request.').map((r) => r.slice(0, 4))).toEqual([
      ['transposition', null, ', upon request,', 'on request'],
    ]);
  });
  it('near miss: a phrase restated with other words after its head ("upon request" → "if requested") is no move', () => {
    expect(rows('They provide assistance upon request.', 'They provide assistance if requested.').map((r) => r[0])).toEqual(['grammatical']);
  });
});

describe('an acronym of a list item\'s first words is the item renamed (trial 69 #6, near miss)', () => {
  it('"artificial intelligence systems and models" → "AI models" stays one lexical', () => {
    expect(rows('Firms may train artificial intelligence systems and models on the data.', 'Firms may train AI models on the data.').map((r) => r.slice(0, 4))).toEqual([
      ['lexical', null, 'artificial intelligence systems and', 'AI'],
    ]);
  });
});

describe('the speaker naming the bearers as its own is an actor change, with a pronoun or a possessive (trial 69 #8)', () => {
  it('"Member governments" → "Our governments", as "Members" → "We"', () => {
    expect(rows('Member governments shall not pay ransoms.', 'Our governments shall not pay ransoms.')).toEqual([
      ['actor', null, 'Member', 'Our', "actor changed: 'Member' → 'Our' — a different party is forbidden to act (the speaker names the bearers as its own)"],
    ]);
    expect(rows('Members shall not pay ransoms.', 'We shall not pay ransoms.').map((r) => r.slice(0, 4))).toEqual([['actor', null, 'Members', 'We']]);
  });
  it('another wording: "Participating agencies may" → "Our agencies may"', () => {
    expect(rows('Participating agencies may share data.', 'Our agencies may share data.').map((r) => r.slice(0, 4))).toEqual([['actor', null, 'Participating', 'Our']]);
  });
  it('near miss: a referring word of the third person, or outside the subject, stays lexical', () => {
    expect(rows('Domestic companies shall report.', 'Their companies shall report.').map((r) => r.slice(0, 4))).toEqual([['lexical', null, 'Domestic', 'Their']]);
    expect(rows('States shall protect domestic companies.', 'States shall protect our companies.').map((r) => r.slice(0, 4))).toEqual([['lexical', null, 'domestic', 'our']]);
  });
});

describe('"any" before a noun the witness reads as a bare plural is grammar: the generic covers every one (trial 69 #9)', () => {
  it('"report any ransom payment" → "report ransom payments"', () => {
    expect(rows('We will encourage victims to report any ransom payment to the authorities.', 'We will encourage victims to report ransom payments to the authorities.')).toEqual([
      ['grammatical', null, 'any', '', "grammatical (a universal made a generic plural: 'any' omitted — the same reach)"],
      ['grammatical', null, 'payment', 'payments', "grammatical (number or inflection): 'payment' → 'payments'"],
    ]);
  });
  it('other wordings: "any security incident" → "security incidents", and "any" added', () => {
    expect(rows('Operators shall report any security incident to the agency.', 'Operators shall report security incidents to the agency.').map((r) => r.slice(0, 4))).toEqual([
      ['grammatical', null, 'any', ''],
      ['grammatical', null, 'incident', 'incidents'],
    ]);
    expect(rows('We will encourage victims to report ransom payments.', 'We will encourage victims to report any ransom payment.')[0].slice(0, 4)).toEqual(['grammatical', null, '', 'any']);
  });
  it('near misses: "every" dropped, or "any" dropped before a singular, still narrows the duty', () => {
    expect(rows('We will challenge every request.', 'We will challenge requests.').map((r) => r.slice(0, 4))).toEqual([['lexical', 'weakened', 'every request', 'requests']]);
    expect(rows('We will encourage victims to report any ransom payment.', 'We will encourage victims to report ransom payment.').map((r) => r.slice(0, 4))).toEqual([['omission', 'weakened', 'any', '']]);
  });
});

describe('a word replaced right before a sentence join is cut from the join (trial 69 #10)', () => {
  it('"cybercriminals. We will" → "criminals, and we will"', () => {
    expect(rows('Governments will not pay ransoms to cybercriminals. We will encourage victims to report payments.', 'Governments will not pay ransoms to criminals, and we will encourage victims to report payments.')).toEqual([
      ['lexical', null, 'cybercriminals', 'criminals', "wording changed: 'cybercriminals' → 'criminals'"],
      ['grammatical', null, '.', ', and', "grammatical (sentences joined: '.' → ', and')"],
    ]);
  });
  it('another wording: "forests. They shall" → "woodlands, and they shall"', () => {
    expect(rows('States shall protect forests. They shall also report.', 'States shall protect woodlands, and they shall also report.').map((r) => r.slice(0, 4))).toEqual([
      ['lexical', null, 'forests', 'woodlands'],
      ['grammatical', null, '.', ', and'],
    ]);
  });
  it('near miss: the word replaced with the sentences kept apart is one lexical, no join', () => {
    expect(rows('States shall protect forests. They shall also report.', 'States shall protect woodlands. They shall also report.').map((r) => r.slice(0, 4))).toEqual([
      ['lexical', null, 'forests', 'woodlands'],
    ]);
  });
});

describe('a purpose of two limbs reworded into one: the second limb is omitted (trial 69 #11)', () => {
  it('"to strengthen … and to prosecute the offenders" → "to build their defences against ransomware"', () => {
    expect(rows('Members should provide training to strengthen their ability to respond to incidents and to prosecute the offenders.', 'Members should provide training to build their defences against ransomware.')).toEqual([
      ['lexical', null, 'strengthen their ability to respond to incidents', 'build their defences against ransomware', "purpose reworded in place: 'strengthen their ability to respond to incidents' → 'build their defences against ransomware'"],
      ['omission', null, 'and to prosecute the offenders', '', "omitted: 'and to prosecute the offenders' — a second aim the witness no longer names"],
    ]);
  });
  it('another wording: "to improve public health and to reduce poverty" → "to advance medicine"', () => {
    expect(rows('States shall fund research to improve public health and to reduce poverty.', 'States shall fund research to advance medicine.').map((r) => r.slice(0, 4))).toEqual([
      ['lexical', null, 'improve public health', 'advance medicine'],
      ['omission', null, 'and to reduce poverty', ''],
    ]);
  });
  it('near miss: both limbs reworded, none dropped', () => {
    expect(rows('States shall fund research to improve public health and to reduce poverty.', 'States shall fund research to advance medicine and to end poverty.').map((r) => r[0])).toEqual(['lexical', 'lexical']);
  });
});

describe('voluntariness dropped from a permission is no condition the permission held under (trial 69 #13)', () => {
  it('"Members may, on a voluntary basis, attribute" → "Members will attribute"', () => {
    const out = rows('Members may, on a voluntary basis, attribute campaigns.', 'Members will attribute campaigns.');
    expect(out.find((r) => r[0] === 'qualifier-dropped')).toEqual(['qualifier-dropped', null, ', on a voluntary basis,', '', "condition dropped: ', on a voluntary basis,' — the act is no longer said to be voluntary; the witness states an obligation instead of the base's permission"]);
  });
  it('other wordings: "voluntarily" under "shall", the permission kept', () => {
    expect(rows('Members may voluntarily attribute campaigns.', 'Members shall attribute campaigns.').find((r) => r[0] === 'qualifier-dropped')?.[4]).toBe("condition dropped: 'voluntarily' — the act is no longer said to be voluntary; the witness states an obligation instead of the base's permission");
    expect(rows('Members may, on a voluntary basis, attribute campaigns.', 'Members may attribute campaigns.')[0][4]).toBe("condition dropped: ', on a voluntary basis,' — the act is no longer said to be voluntary (a permission leaves it to the party either way)");
  });
  it('near misses: on an obligation it strengthens; another condition on a permission keeps its wording', () => {
    expect(rows('Members shall, on a voluntary basis, share threat information.', 'Members shall share threat information.')).toEqual([
      ['qualifier-dropped', 'strengthened', ', on a voluntary basis,', '', "condition dropped: ', on a voluntary basis,' — the obligation becomes unconditional"],
    ]);
    expect(rows('Members may, where appropriate, attribute campaigns.', 'Members will attribute campaigns.').find((r) => r[0] === 'qualifier-dropped')?.[4]).toBe("condition dropped: ', where appropriate,' — the base's permission held only under it; the witness states an obligation without it");
  });
});

describe('the coordinator of a dropped qualifier limb goes with it (trial 69 #12)', () => {
  it('"on a voluntary basis and in accordance with national law" → "in accordance with national law"', () => {
    expect(rows('Members may, on a voluntary basis and in accordance with national law, attribute significant campaigns.', 'Members may, in accordance with national law, attribute significant campaigns.')).toEqual([
      ['qualifier-dropped', null, 'on a voluntary basis and', '', "condition dropped: 'on a voluntary basis and' — the act is no longer said to be voluntary (a permission leaves it to the party either way)"],
    ]);
  });
  it('other wordings: "where appropriate and subject to national law"; a named case "…, and by"', () => {
    expect(rows('States shall, where appropriate and subject to national law, share data.', 'States shall, subject to national law, share data.').map((r) => r.slice(0, 4))).toEqual([
      ['qualifier-dropped', 'strengthened', 'where appropriate and', ''],
    ]);
    expect(rows('States shall act, in particular by implementing the FATF standards, and by sanctioning exchanges.', 'States shall act, in particular by sanctioning exchanges.').map((r) => r.slice(0, 4))).toEqual([
      ['qualifier-dropped', null, 'in particular by implementing the FATF standards, and by', ''],
    ]);
  });
  it('near miss: a list item dropped with its coordinator stays an omission', () => {
    expect(rows('States shall share data and reports, where appropriate.', 'States shall share data, where appropriate.').map((r) => r.slice(0, 4))).toEqual([['omission', null, 'and reports', '']]);
  });
});
