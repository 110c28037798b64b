/**
 * Problems left by earlier helpers (session 13): trials 54, 55 and 57.
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

describe('"do not … unless C" → "… only if C", no modal on either side: one rule restated (trial 55)', () => {
  it('the do-support negation gone, "unless" → "only if": no negation, no change of force', () => {
    expect(rows('We do not disclose customer data unless the request complies with local law.', 'We disclose customer data only if the request complies with local law.')).toEqual([
      ['grammatical', null, 'do not', ''],
      ['grammatical', null, 'unless', 'only if'],
    ]);
  });
  it('other wordings: "does not share … unless", "except where" → "only where", and back', () => {
    expect(rows('The company does not share personal data unless the user consents.', 'The company shares personal data only if the user consents.')).toEqual([
      ['grammatical', null, 'does not', ''],
      ['grammatical', null, 'share', 'shares'],
      ['grammatical', null, 'unless', 'only if'],
    ]);
    expect(rows('We do not disclose customer data except where the law requires it.', 'We disclose customer data only where the law requires it.')).toEqual([
      ['grammatical', null, 'do not', ''],
      ['grammatical', null, 'except', 'only'],
    ]);
    const back = variants('We disclose customer data only if the request complies with local law.', 'We do not disclose customer data unless the request complies with local law.');
    expect(back.map((v) => v.type)).toEqual(['grammatical', 'grammatical']);
    expect(back[1].explanation).toContain('the condition of the act restated as the exception of a prohibition');
  });
  it('near misses: "unless C" → "if C" (no "only"), or the exception kept, reverse the polarity', () => {
    expect(rows('We do not disclose customer data unless the request complies with local law.', 'We disclose customer data if the request complies with local law.')[0]).toEqual(['negation', null, 'do not', '']);
    expect(rows('We do not disclose customer data unless the request complies with local law.', 'We disclose customer data unless the request complies with local law.')).toEqual([['negation', null, 'do not', '']]);
  });
});

describe('a name renamed: a run of capitalised words is one name (trial 55 #13)', () => {
  it('"the Online Services Terms" → "the Product Terms": one lexical over the whole name', () => {
    expect(rows('Personal data is processed as defined in the Online Services Terms.', 'Personal data is processed as defined in the Product Terms.')).toEqual([
      ['lexical', null, 'Online Services Terms', 'Product Terms'],
    ]);
  });
  it('other wordings: the other way round, a word of the name kept before the change', () => {
    expect(rows('We publish the Product Terms each year.', 'We publish the Online Services Terms each year.')).toEqual([['lexical', null, 'Product Terms', 'Online Services Terms']]);
    expect(rows('Reports go to the National Cyberspace Administration and to the police.', 'Reports go to the National Agency and to the police.')).toEqual([
      ['lexical', null, 'National Cyberspace Administration', 'National Agency'],
    ]);
  });
  it('near misses: a word of the name dropped, nothing put for it, stays an omission; lower case words are paired as before', () => {
    expect(rows('Personal data is processed as defined in the Online Services Terms.', 'Personal data is processed as defined in the Online Terms.')).toEqual([['omission', null, 'Services', '']]);
    expect(rows('We rely on the online services terms.', 'We rely on the product terms.')).toEqual([['lexical', null, 'online services', 'product']]);
  });
});

describe('an adverbial fronted past the operative verb: the adverbial moved, the verb read in place (trial 54 #7)', () => {
  const base = 'Decides to establish, under the auspices of the United Nations, a permanent mechanism;';
  it('"Decides to establish, under …, a mechanism" → "Under …, the Assembly requested the establishment of a mechanism": modality weakened and the phrase moved', () => {
    expect(rows(base, 'Under the auspices of the United Nations, the Assembly requested the establishment of a permanent mechanism.')).toEqual([
      ['modality', 'weakened', 'Decides', 'requested'],
      ['addition', null, '', 'the Assembly'],
      ['grammatical', null, 'to establish,', 'the establishment of'],
      ['transposition', null, 'under the auspices of the United Nations', 'Under the auspices of the United Nations'],
      ['punctuation', null, ';', '.'],
    ]);
  });
  it('the verb kept ("decided to establish"): no spurious move of the verb, the adverbial moved', () => {
    expect(rows(base, 'Under the auspices of the United Nations, the Assembly decided to establish a permanent mechanism.')).toEqual([
      ['grammatical', null, 'Decides', 'decided'],
      ['addition', null, '', 'the Assembly'],
      ['punctuation', null, ',', ''],
      ['transposition', null, 'under the auspices of the United Nations', 'Under the auspices of the United Nations'],
      ['punctuation', null, ';', '.'],
    ]);
  });
  it('other wordings: a treaty clause ("shall, in accordance with national law, retain" → "In accordance with national law, providers may retain"), and the other way round', () => {
    expect(rows('Providers shall, in accordance with national law, retain the data for six months.', 'In accordance with national law, providers may retain the data for six months.')).toEqual([
      ['modality', 'weakened', 'shall', 'may'],
      ['punctuation', null, ',', ''],
      ['transposition', null, 'in accordance with national law', 'In accordance with national law'],
    ]);
    const back = rows('Under the auspices of the United Nations, the Assembly requested the establishment of a permanent mechanism.', base);
    expect(back.filter((r) => r[0] === 'modality' || r[0] === 'transposition')).toEqual([
      ['transposition', null, 'Under the auspices of the United Nations', 'under the auspices of the United Nations'],
      ['modality', 'strengthened', 'requested', 'Decides'],
    ]);
  });
  it('near miss: the adverbial opening the sentence on both sides is not moved', () => {
    expect(rows('Under the auspices of the United Nations, States shall cooperate.', 'Under the auspices of the United Nations, States should cooperate.')).toEqual([['modality', 'weakened', 'shall', 'should']]);
  });
});

describe('the addressees of a directive dropped with the act they were urged to do (trial 54 #9)', () => {
  const base = 'Encourages Member States and the private sector to strengthen cooperation on cybersecurity;';
  it('"Encourages Member States and the private sector to strengthen cooperation" → "It also encouraged cooperation": actor dropped, the act omitted', () => {
    // (session 19, trial 90 #5: "It also" before a verb the base uses with no subject is the frame,
    // an addition as "The Assembly also" is)
    expect(rows(base, 'It also encouraged cooperation on cybersecurity.')).toEqual([
      ['grammatical', null, 'Encourages', 'encouraged'],
      ['addition', null, '', 'It also'],
      ['actor', null, 'Member States and the private sector', ''],
      ['omission', null, 'to strengthen', ''],
      ['punctuation', null, ';', '.'],
    ]);
  });
  it('other wordings: the verb kept, the verb strengthened, the addressees added', () => {
    expect(rows(base, 'Encourages cooperation on cybersecurity;')).toEqual([
      ['actor', null, 'Member States and the private sector', ''],
      ['omission', null, 'to strengthen', ''],
    ]);
    expect(rows(base, 'It also urged cooperation on cybersecurity.').filter((r) => r[0] === 'modality' || r[0] === 'actor')).toEqual([
      ['modality', 'strengthened', 'Encourages', 'urged'],
      ['actor', null, 'Member States and the private sector', ''],
    ]);
    const added = variants('Encourages cooperation on cybersecurity;', base);
    expect(added.map((v) => [v.type, v.base, v.reading])).toEqual([
      ['actor', '', 'Member States and the private sector'],
      ['addition', '', 'to strengthen'],
    ]);
    expect(added[0].explanation).toContain('actor added');
  });
  it('near miss: the addressees replaced by a referring word stay a referring word, not an actor dropped', () => {
    // (session 19: "It also" is the frame, an addition)
    expect(rows('Encourages Member States to strengthen cooperation on cybersecurity;', 'It also encouraged them to strengthen cooperation on cybersecurity.')).toEqual([
      ['grammatical', null, 'Encourages', 'encouraged'],
      ['addition', null, '', 'It also'],
      ['lexical', null, 'Member States', 'them'],
      ['punctuation', null, ';', '.'],
    ]);
  });
});

describe('a condition goes with the rule it belongs to when that rule is replaced (trial 55 #5, R20)', () => {
  it('"will seek to lift the order and will give notice when it expires, in accordance with applicable law" → "will challenge it in court": no rule made unconditional', () => {
    expect(rows('We will seek to lift the order and will give notice when it expires, in accordance with applicable law.', 'We will challenge it in court.')).toEqual([
      ['lexical', null, 'seek to lift the order and will give notice when it expires', 'challenge it in court'],
      ['omission', null, ', in accordance with applicable law', ''],
    ]);
  });
  it('other wording: "will publish a report and will notify users when a request arrives" → "will release a statement"', () => {
    const vs = rows('We will publish a report and will notify users when a request arrives.', 'We will release a statement.');
    expect(vs).toEqual([['lexical', null, 'publish a report and will notify users when a request arrives', 'release a statement']]);
  });
  it('near misses: the rule kept, or only its first duty reworded, the condition dropped: the rule becomes unconditional', () => {
    expect(rows('We will publish a report and will notify users when a request arrives.', 'We will publish a report and will notify users.')).toEqual([['qualifier-dropped', 'strengthened', 'when a request arrives', '']]);
    expect(rows('We will publish a report and will notify users when a request arrives.', 'We will release a statement and will notify users.').at(-1)).toEqual(['qualifier-dropped', 'strengthened', 'when a request arrives', '']);
  });
});

describe('the object of a preposition whose head noun is dropped with it is not moved (trial 57 A13)', () => {
  it('"…, as well as General Assembly resolutions on the right to privacy in the digital age, to guarantee …" → "…, to guarantee … and the right to privacy": an omission and an addition', () => {
    expect(rows('States should comply with international law, as well as General Assembly resolutions on the right to privacy in the digital age, to guarantee the freedom of expression.', 'States should comply with international law, to guarantee the freedom of expression and the right to privacy.')).toEqual([
      ['omission', null, 'as well as General Assembly resolutions on the right to privacy in the digital age,', ''],
      ['addition', null, '', 'and the right to privacy'],
    ]);
  });
  it('other wording: "the reports of the Special Rapporteur on freedom of assembly" → "… and freedom of assembly"', () => {
    expect(rows('States should respect international law, as well as the reports of the Special Rapporteur on freedom of assembly in Europe, to protect human rights.', 'States should respect international law, to protect human rights and freedom of assembly.')).toEqual([
      ['omission', null, 'as well as the reports of the Special Rapporteur on freedom of assembly in Europe,', ''],
      ['addition', null, '', 'and freedom of assembly'],
    ]);
  });
  it('near miss: a phrase moved whole is still a transposition', () => {
    expect(rows('Companies should share threat information with national authorities in a timely manner.', 'In a timely manner, companies should share threat information with national authorities.')).toEqual([
      ['punctuation', null, '', ','],
      ['transposition', null, 'in a timely manner', 'In a timely manner'],
    ]);
  });
});
