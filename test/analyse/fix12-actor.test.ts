import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** type, base and reading of each variant, in order. */
const tbr = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
/** type, direction, base and reading of each variant, in order. */
const tdbr = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? '', v.base, v.reading]);

describe('actor: a parenthesis between commas after the subject (trial 57 A3)', () => {
  it('"States, in ensuring security, should" → "Governments, …": an actor change, as without the commas', () => {
    expect(tbr('States, in ensuring security, should respect human rights.', 'Governments, in ensuring security, should respect human rights.')).toEqual([
      ['actor', 'States', 'Governments'],
    ]);
  });

  it('"Member" put before the subject with the parenthesis: an actor change, not an addition', () => {
    expect(tbr('States, in ensuring security, should respect human rights.', 'Member States, in ensuring security, will respect human rights.')).toEqual([
      ['actor', '', 'Member'],
      ['modality', 'should', 'will'],
    ]);
  });

  it('other wordings: a condition as the parenthesis, another noun', () => {
    expect(tbr('Operators, where feasible, shall report incidents.', 'Providers, where feasible, shall report incidents.')).toEqual([['actor', 'Operators', 'Providers']]);
  });

  it('near miss: a clause of its own between the commas ("…, and where it is necessary to …, shall") is no parenthesis after a subject', () => {
    const v = tbr(
      'Operators shall store within the territory of the State the personal information collected and generated within that territory. Where it is truly necessary to provide such information abroad, they shall pass a security assessment.',
      'Operators shall store within the territory of the State the personal information collected and generated within that territory, and where it is truly necessary to provide such information abroad, shall pass a security assessment.',
    );
    expect(v.filter((x) => x[0] === 'actor')).toEqual([]);
  });

  it('near miss: no modal after the parenthesis (a statement, no rule) stays lexical', () => {
    expect(tbr('In 2020, States, in ensuring security, agreed on the text.', 'In 2020, Governments, in ensuring security, agreed on the text.')).toEqual([
      ['lexical', 'States', 'Governments'],
    ]);
  });
});

describe('actor: a whole clause dropped where a word is added to the bearer after it (trial 57 A2)', () => {
  it('"A State should not use the teams …, and States are" → "Member States are": the prohibition omitted whole, "Member" an actor change', () => {
    expect(
      tdbr(
        'States should not attack the teams. A State should not use the teams for malicious activity, and States are encouraged to share practices.',
        'Member States will not attack the teams. Member States are encouraged to share practices.',
      ),
    ).toEqual([
      ['actor', '', '', 'Member'],
      ['modality', 'strengthened', 'should', 'will'],
      ['omission', '', 'A State should not use the teams for malicious activity, and', ''],
      ['actor', '', '', 'Member'],
    ]);
  });

  it('other wordings: a clause with no modal; a clause added in the witness', () => {
    expect(tbr('The teams are used, and States are encouraged to share practices.', 'Member States are encouraged to share practices.')).toEqual([
      ['omission', 'The teams are used, and', ''],
      ['actor', '', 'Member'],
    ]);
    expect(tbr('Member States are encouraged to share practices.', 'Operators should report incidents, and States are encouraged to share practices.')).toEqual([
      ['actor', 'Member', ''],
      ['addition', '', 'Operators should report incidents, and'],
    ]);
  });

  it('near miss: a determiner for the word before the bearer is one change of wording', () => {
    expect(tbr('Those States are encouraged to share practices.', 'Member States are encouraged to share practices.')).toEqual([['lexical', 'Those', 'Member']]);
  });
});

describe('a universal quantifier dropped or added is no grammar (trial 55 R7; function-words.yaml universals)', () => {
  it('"We will challenge every request." → "… requests.": one lexical variant, weakened (the commitment no longer covers all)', () => {
    expect(tdbr('We will challenge every request.', 'We will challenge requests.')).toEqual([['lexical', 'weakened', 'every request', 'requests']]);
  });

  it('other wordings: added (strengthened), "every" → "a", "all" dropped under "must" (an omission: a lexical has two sides); no direction outside a duty', () => {
    expect(tdbr('We will challenge requests.', 'We will challenge every request.')).toEqual([['lexical', 'strengthened', 'requests', 'every request']]);
    expect(tdbr('We will challenge every request.', 'We will challenge a request.')).toEqual([['lexical', 'weakened', 'every', 'a']]);
    expect(tdbr('Providers must delete all copies of the data.', 'Providers must delete copies of the data.')).toEqual([['omission', 'weakened', 'all', '']]);
    expect(tdbr('The Commission reviewed all requests.', 'The Commission reviewed requests.')).toEqual([['omission', '', 'all', '']]);
  });

  it('near misses: one universal for another, a definite article kept, "any" after a negator, a generic subject stay grammatical', () => {
    expect(tbr('We will challenge every request.', 'We will challenge all requests.')).toEqual([['grammatical', 'every request', 'all requests']]);
    expect(tbr('We will challenge all the requests.', 'We will challenge the requests.')).toEqual([['grammatical', 'all', '']]);
    expect(tbr('We will not disclose any data.', 'We will not disclose data.')).toEqual([['grammatical', 'any', '']]);
    expect(tbr('Each State shall report.', 'States shall report.')).toEqual([['grammatical', 'Each State', 'States']]);
  });
});

describe('the same words twice, in capitals and not: matched with the copy in the same case (trial 57 A9)', () => {
  it('"respect Human Rights Council resolutions on the enjoyment of human rights online" → "respect human rights online": one omission, no case variant', () => {
    expect(tbr('States should respect Human Rights Council resolutions on the enjoyment of human rights online.', 'States should respect human rights online.')).toEqual([
      ['omission', 'Human Rights Council resolutions on the enjoyment of', ''],
    ]);
  });

  it('other wordings: the words added in the witness; another name; the copy after', () => {
    expect(tbr('States should respect human rights online.', 'States should respect Human Rights Council resolutions on the enjoyment of human rights online.')).toEqual([
      ['addition', '', 'Human Rights Council resolutions on the enjoyment of'],
    ]);
    expect(tbr('States should protect Privacy Shield data and privacy.', 'States should protect privacy.')).toEqual([['omission', 'Privacy Shield data and', '']]);
    expect(tbr('We respect Human Rights.', 'We respect human rights and Human Rights.')).toEqual([['addition', '', 'human rights and']]);
  });

  it('near miss: the words once only, written otherwise, stay a case variant', () => {
    expect(tbr('States should respect Human Rights Council resolutions.', 'States should respect human rights Council resolutions.')).toEqual([['case', 'Human Rights', 'human rights']]);
  });
});

describe('a sentence join beside a change of force: the restated subject is one variant, a merge (trial 57 A11; typed merge since trial 71 A6)', () => {
  it('"… supply chain. States are encouraged to report" → "… supply chain and should report": \'. States\' → \'and\' one merge variant', () => {
    expect(tdbr('States should secure the supply chain. States are encouraged to report vulnerabilities.', 'States should secure the supply chain and should report vulnerabilities.')).toEqual([
      ['merge', '', '. States', 'and'],
      ['modality', 'strengthened', 'are encouraged to', 'should'],
    ]);
  });

  it('other wordings: a pronoun restating the subject; another modal', () => {
    expect(tbr('States should secure the supply chain. They are encouraged to report vulnerabilities.', 'States should secure the supply chain and should report vulnerabilities.')).toEqual([
      ['merge', '. They', 'and'],
      ['modality', 'are encouraged to', 'should'],
    ]);
    expect(tbr('States should secure the supply chain. States must report vulnerabilities.', 'States should secure the supply chain and may report vulnerabilities.')).toEqual([
      ['merge', '. States', 'and'],
      ['modality', 'must', 'may'],
    ]);
  });

  it('near miss: another party in the second sentence is no subject restated', () => {
    expect(tbr('States should secure the supply chain. Companies are encouraged to report vulnerabilities.', 'States should secure the supply chain and should report vulnerabilities.')).toEqual([
      ['omission', '. Companies', ''],
      ['grammatical', '', 'and'],
      ['modality', 'are encouraged to', 'should'],
    ]);
  });
});

describe('two sentences reordered and joined: the move and the join, nothing added or dropped (trial 57 A8)', () => {
  it('"A should not X. A should protect Y." → "A should protect Y and should not X": transposition of the sentence + the join', () => {
    expect(
      tbr(
        'States should not conduct ICT activity that damages critical infrastructure. States should protect their critical infrastructure.',
        'States should protect their critical infrastructure and should not conduct ICT activity that damages critical infrastructure.',
      ),
    ).toEqual([
      ['grammatical', '. States should', 'and should'],
      ['transposition', 'protect their critical infrastructure', 'protect their critical infrastructure'],
    ]);
  });

  it('other wordings: no words shared by the two sentences; the first sentence moved after the second', () => {
    expect(
      tbr('States should not conduct ICT activity that damages the grid. States should protect their critical infrastructure.', 'States should protect their critical infrastructure and should not conduct ICT activity that damages the grid.'),
    ).toEqual([
      ['grammatical', '. States should', 'and should'],
      ['transposition', 'protect their critical infrastructure', 'protect their critical infrastructure'],
    ]);
    expect(tbr('States should not attack hospitals. States should protect their power plants.', 'States should protect their power plants and not attack hospitals.')).toEqual([
      ['grammatical', 'States should not', 'and not'],
      ['transposition', 'attack hospitals', 'attack hospitals'],
      ['punctuation', '.', ''],
    ]);
  });

  it('near miss: another party in the sentence moved is no join (its subject is not restated)', () => {
    const v = tbr('States should not attack hospitals. Companies should protect their power plants.', 'States should protect their power plants and should not attack hospitals.');
    expect(v.some((x) => x[0] === 'grammatical')).toBe(false);
    expect(v).toContainEqual(['omission', '. Companies should', '']);
  });
});

describe('a closed compound that writes once the letter its parts share at the joint (trial 55 R15)', () => {
  it('"wherever possible" → "where ever possible" is a compound, accidental', () => {
    expect(tbr('We will encrypt data wherever possible.', 'We will encrypt data where ever possible.')).toEqual([['compound', 'wherever', 'where ever']]);
  });

  it('other wordings: in a condition clause; the letters unchanged ("whenever")', () => {
    expect(tbr('We encrypt data wherever we can.', 'We encrypt data where ever we can.')).toEqual([['compound', 'wherever', 'where ever']]);
    expect(tbr('We will act whenever possible.', 'We will act when ever possible.')).toEqual([['compound', 'whenever', 'when ever']]);
  });

  it('near miss: the letter doubled in one word is a misspelling, not a compound', () => {
    expect(tbr('We will act wherever possible.', 'We will act whereever possible.')).toEqual([['spelling', 'wherever', 'whereever']]);
  });
});

describe('an adverb put as a phrase on the other side of its word is one rewording (trial 55 R13)', () => {
  it('"unless legally prohibited" → "unless prohibited by law": one lexical variant, not omission + addition', () => {
    expect(tbr('We will notify customers unless legally prohibited.', 'We will notify customers unless prohibited by law.')).toEqual([['lexical', 'legally', 'by law']]);
  });

  it('other wording: a longer phrase', () => {
    expect(tbr('Data is lawfully processed.', 'Data is processed in accordance with law.')).toEqual([['lexical', 'lawfully', 'in accordance with law']]);
  });

  it('near misses: the phrase added alone, or not beside the adverb\'s word, stays an addition', () => {
    expect(tbr('We will notify customers unless prohibited.', 'We will notify customers unless prohibited by law.')).toEqual([['addition', '', 'by law']]);
    expect(tbr('We will quickly notify customers.', 'We will notify customers of the breach.')).toEqual([
      ['qualifier-dropped', 'quickly', ''],
      ['addition', '', 'of the breach'],
    ]);
  });
});

describe('a universal on the noun of a phrase after the verb is left to grammar', () => {
  it('near miss: "share reports with observers" → "… with all observers" (with whom, not what the duty covers)', () => {
    expect(tbr('Members should share inspection reports with observers.', 'Members should share inspection reports with all observers.')).toEqual([['grammatical', '', 'all']]);
  });
});
