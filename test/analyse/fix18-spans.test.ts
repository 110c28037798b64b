import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** type, base and reading of each variant, in order. */
const tbr = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);

describe('a dropped limb is not paired with unrelated words added (trial 87 #2)', () => {
  it('"before launching a service, or any significant change to it" → "before offering a new service to the public"', () => {
    expect(
      tbr(
        'Providers shall carry out an assessment before launching a service, or any significant change to it.',
        'Providers shall carry out an assessment before offering a new service to the public.',
      ),
    ).toEqual([
      ['lexical', 'launching a service', 'offering a new service to the public'],
      ['omission', ', or any significant change to it', ''],
    ]);
  });
  it('another wording', () => {
    expect(
      tbr(
        'Operators shall notify the authority before deploying a system, or any major update to it.',
        'Operators shall notify the authority before installing a new system in the network.',
      ),
    ).toEqual([
      ['lexical', 'deploying a system', 'installing a new system in the network'],
      ['omission', ', or any major update to it', ''],
    ]);
  });
  it('near misses: the limb reworded as a limb; a modifier of the limb\'s own with the same preposition stays paired', () => {
    expect(
      tbr(
        'Providers shall carry out an assessment before launching a service, or any significant change to it.',
        'Providers shall carry out an assessment before launching a service, or any major change to it.',
      ),
    ).toEqual([['lexical', 'significant', 'major']]);
    expect(tbr('Firms shall obey the rules and standards of the country where they trade.', 'Firms shall obey the rules of host states.')).toEqual([
      ['omission', 'and standards', ''],
      ['lexical', 'of the country where they trade', 'of host states'],
    ]);
  });
});

describe('one word of a coordinated pair dropped after a head both keep is one omission (trial 87 #5)', () => {
  it('"to lead or encourage children" → "to encourage children": omission "lead or", no purpose dropped', () => {
    expect(
      tbr('Providers shall not use nudge techniques to lead or encourage children to provide personal data.', 'Providers shall not use nudge techniques to encourage children to provide personal data.'),
    ).toEqual([['omission', 'lead or', '']]);
  });
  it('other wordings: a preposition as the head, and the word added', () => {
    expect(tbr('Data may be kept for research or statistical purposes.', 'Data may be kept for statistical purposes.')).toEqual([['omission', 'research or', '']]);
    expect(tbr('States shall act to punish such attacks.', 'States shall act to prevent or punish such attacks.')).toEqual([['addition', '', 'prevent or']]);
  });
  it('near miss: one verb for another is a rewording', () => {
    expect(
      tbr('Providers shall not use nudge techniques to lead children to provide personal data.', 'Providers shall not use nudge techniques to encourage children to provide personal data.'),
    ).toEqual([['lexical', 'lead', 'encourage']]);
  });
});

describe('one dropped stretch, one entry (trial 87 #9, trial 84 #9)', () => {
  it('", in particular from being fed content that is detrimental to their health" dropped: one qualifier-dropped with its comma', () => {
    expect(
      tbr('Providers shall protect the child from harmful effects, in particular from being fed content that is detrimental to their health.', 'Providers shall protect the child from harmful effects.'),
    ).toEqual([['qualifier-dropped', ', in particular from being fed content that is detrimental to their health', '']]);
  });
  it('another wording: a relative with "who"', () => {
    expect(tbr('Operators shall shield users from risks, in particular from contact with strangers who may cause them harm.', 'Operators shall shield users from risks.')).toEqual([
      ['qualifier-dropped', ', in particular from contact with strangers who may cause them harm', ''],
    ]);
  });
  it('near miss: a relative after a condition clause stays apart', () => {
    expect(tbr('The provider shall not disclose the data unless the user consents which must be in writing.', 'The provider shall not disclose the data.')).toEqual([
      ['qualifier-dropped', 'unless the user consents', ''],
      ['omission', 'which must be in writing', ''],
    ]);
  });
  it('"certain categories of data, including data on health" → "data on health": one omission over the repeated word', () => {
    expect(tbr('States may require that certain categories of data, including data on health, be stored locally.', 'States may require that data on health be stored locally.')).toEqual([
      ['omission', 'certain categories of data, including', ''],
      ['punctuation', ',', ''],
    ]);
    expect(tbr('Parties may inspect some kinds of records, including records on trade, at the border.', 'Parties may inspect records on trade at the border.')).toEqual([
      ['omission', 'some kinds of records, including', ''],
      ['punctuation', ',', ''],
    ]);
  });
  it('near miss: the illustration dropped, the first noun kept', () => {
    expect(tbr('States may require that certain data, including data on health, be stored locally.', 'States may require that certain data be stored locally.')).toEqual([
      ['qualifier-dropped', ', including data on health,', ''],
    ]);
  });
});

describe('a list lengthened by a last item is one addition (trial 84 #10)', () => {
  it('"health data and tax data" → "health data, tax data and customs data"', () => {
    const v = variants('States may store health data and tax data.', 'States may store health data, tax data and customs data.');
    expect(v.map((x) => [x.type, x.base, x.reading])).toEqual([['addition', '', 'and customs data']]);
    expect(v[0].explanation).toContain('the list re-joined');
  });
  it('another wording', () => {
    expect(tbr('The system shall apply encryption and logging.', 'The system shall apply encryption, logging and backups.')).toEqual([['addition', '', 'and backups']]);
  });
  it('near miss: a coordinator switched stays grammatical', () => {
    expect(tbr('States may store health data and tax data.', 'States may store health data or tax data.')).toEqual([['grammatical', 'and', 'or']]);
  });
});

describe('the comma and connective travel with a moved limb; a word read in both is no variant (trial 87 #10, #11)', () => {
  it('"A, and B." → "B, and A.": the transposition only', () => {
    expect(
      tbr(
        'Children should be given separate choices, and personal data shall not be retained for longer than necessary.',
        'Personal data shall not be retained for longer than necessary, and children should be given separate choices.',
      ),
    ).toEqual([['transposition', 'Children should be given separate choices', 'children should be given separate choices']]);
    expect(tbr('States shall share data, and operators shall report incidents.', 'Operators shall report incidents, and States shall share data.')).toEqual([
      ['transposition', 'States shall share data', 'States shall share data'],
    ]);
  });
  it('near miss: the connective changed at the move stays', () => {
    expect(tbr('States shall share data, and operators shall report incidents.', 'Operators shall report incidents, or States shall share data.')).toEqual([
      ['transposition', 'States shall share data', 'States shall share data'],
      ['grammatical', 'and', ''],
      ['grammatical', '', 'or'],
    ]);
  });
  it('"and" dropped and added in the same change: nothing for it', () => {
    const types = variants(
      'The assessment should identify the risks arising from the processing of their personal data, and providers shall consult children and parents where appropriate.',
      'The assessment shall identify the risks arising from the data management practices of the covered business, and the covered business shall consult children and parents.',
    ).map((v) => [v.type, v.base, v.reading]);
    expect(types.filter((t) => t[0] === 'grammatical')).toEqual([]);
    expect(types).toContainEqual(['actor', 'providers', 'the covered business']);
  });
});

describe('a noun\'s own preposition goes with the noun dropped (trial 85 #9)', () => {
  it('"Support cyber hygiene, and encourage the development of training programmes." → "… through training programmes.": no accidental', () => {
    expect(tbr('Support cyber hygiene, and encourage the development of training programmes.', 'Support cyber hygiene through training programmes.')).toEqual([
      ['omission', ', and encourage the development of', ''],
      ['addition', '', 'through'],
    ]);
    expect(tbr('Promote awareness, and support the creation of response teams.', 'Promote awareness through response teams.')).toEqual([
      ['omission', ', and support the creation of', ''],
      ['addition', '', 'through'],
    ]);
  });
  it('near miss: a time preposition after a noun dropped is still its own change', () => {
    expect(tbr('States shall report any breach within 72 hours.', 'States shall report in 72 hours.').map((x) => x[0])).toEqual(['omission', 'lexical']);
  });
});

describe('a lexical quotes no unchanged words (trial 87 #7)', () => {
  it('"an information society service likely to be accessed" → "an online service, product, or feature likely to be accessed"', () => {
    expect(
      tbr(
        'This applies when an information society service likely to be accessed by children is designed.',
        'This applies when an online service, product, or feature likely to be accessed by children is designed.',
      ),
    ).toEqual([['lexical', 'information society service', 'online service, product, or feature']]);
    expect(tbr('The code applies when a digital platform used by minors is designed.', 'The code applies when an online platform, app or game used by minors is designed.')).toEqual([
      ['lexical', 'a digital platform', 'an online platform, app or game'],
    ]);
  });
  it('near miss: the modifier alone reworded', () => {
    expect(tbr('The code applies when a video sharing platform used by minors is designed.', 'The code applies when a social platform used by minors is designed.')).toEqual([
      ['lexical', 'video sharing', 'social'],
    ]);
  });
});

describe('marks of a quotation, a footnote, an editor (trial 89 #6, #7, #8)', () => {
  it('a partial quotation: the words left out an omission, no variant for the quotation marks', () => {
    expect(
      tbr('A Party shall not prohibit the transfer of data to another Party to the Convention.', 'A Party may not "prohibit the transfer of data to another Party".'),
    ).toEqual([
      ['modality', 'shall', 'may'],
      ['omission', 'to the Convention', ''],
    ]);
    expect(tbr('Each Party shall ensure that data is kept secure in all cases by the controller.', 'Each Party must "ensure that data is kept secure in all cases".')).toEqual([
      ['modality', 'shall', 'must'],
      ['omission', 'by the controller', ''],
    ]);
  });
  it('"[3]" tight after a mark is a footnote reference, as "³"', () => {
    expect(tbr('Personal data shall be secured.', 'Personal data shall be secured.[3]')).toEqual([['punctuation', '', '[3]']]);
    expect(tbr('Personal data shall be secured.', 'Personal data shall be secured.³')).toEqual([['punctuation', '', '³']]);
  });
  it('an editor\'s "[deleted]": punctuation alone, nothing beside the omission it marks', () => {
    expect(tbr('Personal data shall be processed fairly by law.', 'Personal data shall be processed fairly by law [deleted].')).toEqual([['punctuation', '', '[deleted]']]);
    expect(tbr('Personal data shall be processed fairly.', 'Personal data shall be processed fairly [Repealed].')).toEqual([['punctuation', '', '[Repealed]']]);
    expect(tbr('Personal data shall be processed fairly by law, without prejudice to the rights of others.', 'Personal data shall be processed fairly by law [deleted].')).toEqual([
      ['qualifier-dropped', ', without prejudice to the rights of others', ''],
    ]);
  });
  it('near miss: other words in brackets are words', () => {
    expect(tbr('Personal data shall be processed fairly.', 'Personal data shall be processed fairly [under review].').some((x) => x[0] !== 'punctuation')).toBe(true);
  });
});
