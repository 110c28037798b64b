import { describe, expect, it } from 'vitest';
import { analyseReadings } from '../../src/analyse/index.js';
import { ofType, types, variants } from './helpers.js';

describe('lexical / omission / addition', () => {
  it('a content word replaced is lexical', () => {
    const vs = variants('activities that impair critical infrastructure', 'activities that destroy critical infrastructure');
    expect(vs.map((v) => [v.type, v.class, v.base, v.reading])).toEqual([['lexical', 'substantive', 'impair', 'destroy']]);
    expect(vs[0].explanation).toBe("wording changed: 'impair' → 'destroy'");
  });

  it('content dropped is omission, content added is addition', () => {
    expect(types('oppose mass surveillance and unauthorized collection', 'oppose mass surveillance')).toEqual(['omission']);
    expect(types('oppose mass surveillance', 'oppose mass surveillance and illegal collection')).toEqual(['addition']);
  });

  it('a content word replaced by a pronoun, possessive or demonstrative is lexical, not an omission', () => {
    const vs = variants('Members shall not oblige national lenders to hold reserves abroad.', 'Members shall not oblige their lenders to hold reserves abroad.');
    expect(vs.map((v) => [v.type, v.base, v.reading])).toEqual([['lexical', 'national', 'their']]);
    expect(vs[0].explanation).toContain('referring word');
    expect(types('the rules of the Convention apply to all parties', 'these apply to all parties')).toContain('lexical');
    // the other way round: a referring word spelt out
    expect(variants('Members shall not oblige their lenders to hold reserves abroad.', 'Members shall not oblige national lenders to hold reserves abroad.').map((v) => v.type)).toEqual(['lexical']);
    // "so that" is a conjunction, not a referring word
    expect(variants('Water shall be tested in order to prevent outbreaks.', 'Water shall be tested so that outbreaks end.').map((v) => v.explanation).join(' ')).not.toContain('referring word');
    // an article is not a referring word: content dropped around it stays an omission
    expect(types('oppose the mass surveillance of citizens', 'oppose the surveillance of citizens')).toEqual(['omission']);
  });

  it('weights: substantive ≥ 2 and grow with content words; accidentals ≤ 1', () => {
    const one = variants('oppose surveillance and collection of data', 'oppose surveillance')[0];
    const few = variants('oppose surveillance', 'oppose surveillance')[0];
    expect(few).toBeUndefined();
    const small = variants('oppose mass surveillance', 'oppose surveillance')[0];
    expect(small.weight).toBeGreaterThanOrEqual(2);
    expect(one.weight).toBeGreaterThan(small.weight);
  });

  it('identical readings have nothing', () => {
    const s = "States should respect the sovereignty, jurisdiction and governance of data of other States, and shall not obtain data located in other States through companies or individuals without other States' permission.";
    const r = analyseReadings(s, s);
    expect(r.variants).toEqual([]);
    expect(r.identicalTokens).toBe(r.baseTokens);
    expect(r.segments).toEqual([{ op: 'equal', base: s.slice(0, -1), reading: s.slice(0, -1) }].map((x) => ({ ...x, base: s, reading: s })));
  });

  it('spans quote the original text', () => {
    const r = analyseReadings('States should oppose mass surveillance.', 'States should oppose mass  spying.');
    const v = r.variants[0];
    expect(v.base).toBe('surveillance');
    expect(v.reading).toBe('spying');
    expect(v.baseSpan).toEqual([4, 5]);
    expect(v.readingSpan).toEqual([4, 5]);
  });
});

describe('content: one word for another of the same part of speech', () => {
  it('"unless" → "if" is a substitution, not an omission (a negation: the condition reversed, trial 68 P1b)', () => {
    const vs = variants('Data may be transferred unless the owner objects.', 'Data may be transferred if the owner objects.');
    expect(vs.map((v) => [v.type, v.base, v.reading])).toEqual([['negation', 'unless', 'if']]);
  });
});

describe('content on one side, function words on the other: never an omission or addition with both sides read', () => {
  const bothSided = (vs: ReturnType<typeof variants>) => vs.filter((v) => (v.type === 'omission' || v.type === 'addition') && v.base !== '' && v.reading !== '');

  it('a complex preposition for another of the same sense is grammar, not an omission', () => {
    const vs = variants('Data shall be limited to what is necessary in relation to the purposes.', 'Data shall be limited to what is necessary with regard to the purposes.');
    expect(vs.map((v) => [v.type, v.base, v.reading])).toEqual([['grammatical', 'in relation', 'with regard']]);
    expect(types('Parties shall cooperate in respect of the data.', 'Parties shall cooperate with regard to the data.')).toEqual(['grammatical']);
    expect(types('Parties shall cooperate with reference to the data.', 'Parties shall cooperate with respect to the data.')).toEqual(['grammatical']);
  });

  it('a noun dropped before a preposition replaced: the omission of the noun, and the prepositions on their own', () => {
    const vs = variants(
      'Controllers shall notify the authority of a personal data breach within 72 hours after becoming aware of it.',
      'Controllers shall notify the authority of any violation of personal data in the 72 hours following the moment when they became aware of it.',
    );
    expect(bothSided(vs)).toEqual([]);
    expect(vs.map((v) => [v.type, v.base, v.reading])).toContainEqual(['omission', 'breach', '']);
    expect(vs.map((v) => [v.type, v.base, v.reading])).toContainEqual(['grammatical', 'within', 'in the']);
    expect(vs.find((v) => v.type === 'omission')!.explanation).toBe("omitted: 'breach'");
    // the leading determiner takes the place of the other ("a" → "any"); the noun after it is added
    expect(vs.map((v) => [v.type, v.base, v.reading])).toContainEqual(['grammatical', 'a', 'any']);
  });

  it('a connective with a comma before it: the comma added, the words dropped after it', () => {
    const vs = variants('States should respect the sovereignty, jurisdiction and governance of data of other States.', 'States should respect the sovereignty, jurisdiction, and data of other States.');
    expect(vs.map((v) => [v.type, v.base, v.reading])).toEqual([
      ['punctuation', '', ','],
      ['omission', 'governance of', ''],
    ]);
  });

  it('one coordinator for another, with a predicate added after it', () => {
    const vs = variants('Members shall oppose surveillance against other States and the collection of data.', 'Members shall oppose surveillance against other States or engage in collection of data.');
    expect(vs.map((v) => [v.type, v.base, v.reading])).toEqual([
      ['grammatical', 'and the', 'or'],
      ['addition', '', 'engage in'],
    ]);
  });

  it('near misses: a complex preposition is not cut apart; one that does not line up is one rewording', () => {
    // a preposition before its noun, or after an adjective, belongs to the phrase
    expect(variants('Data shall be processed on the basis of law.', 'Data shall be processed under law.').map((v) => [v.type, v.base, v.reading])).toEqual([['lexical', 'on the basis of', 'under']]);
    expect(variants('Data shall be processed pursuant to law.', 'Data shall be processed under law.').map((v) => [v.type, v.base, v.reading])).toEqual([['lexical', 'pursuant to', 'under']]);
    // "after" against "following the moment when they": no function word of its kind at an edge
    const vs = variants('Controllers shall act after becoming aware of it.', 'Controllers shall act following the moment when they became aware of it.');
    expect(bothSided(vs)).toEqual([]);
    expect(vs.map((v) => [v.type, v.base, v.reading])).toContainEqual(['lexical', 'after', 'following the moment when they']);
    // an omission with nothing in its place stays an omission
    expect(types('oppose mass surveillance and unauthorized collection', 'oppose mass surveillance')).toEqual(['omission']);
  });
});

describe('one-sided changes around a word both sides read', () => {
  it('"over" → "various over genuine" stays two additions around the word, not one rewording', () => {
    const v = variants('States should cooperate over data.', 'States should cooperate various over genuine data.');
    expect(v.map((x) => [x.type, x.reading])).toEqual([['addition', 'various'], ['addition', 'genuine']]);
  });
  it('near miss: a word the richer side does not read is a rewording', () => {
    const v = variants('Agencies act against threats.', 'Agencies act climate threats.');
    expect(v.map((x) => [x.type, x.base, x.reading])).toEqual([['lexical', 'against', 'climate']]);
  });
});

describe('words of quantity are no referring words (function-words.yaml quantifiers)', () => {
  it('"Member States" → "all States", "a number of" → "some": one change of wording, not "a referring word"', () => {
    const v = variants('Calls upon Member States to protect infrastructure.', 'Calls upon all States to protect infrastructure.');
    expect(v.map((x) => [x.type, x.base, x.reading])).toEqual([['lexical', 'Member', 'all']]);
    expect(v[0].explanation).not.toContain('referring');
    expect(variants('Noting that a number of States have adopted strategies,', 'Noting that some States have adopted strategies,').map((x) => [x.type, x.base, x.reading])).toEqual([['lexical', 'a number of', 'some']]);
  });
  it('a word read alike at the edge of the change is cut off first: "all" → "all genuine" adds "genuine"', () => {
    // (a word of kind added to the parties "call on" addresses narrows them: an actor variant)
    expect(variants('We call on all States to act.', 'We call on all genuine States to act.').map((x) => [x.type, x.reading])).toEqual([['actor', 'genuine']]);
    expect(variants('We note that all States act.', 'We note that all genuine States act.').map((x) => [x.type, x.reading])).toEqual([['addition', 'genuine']]);
  });
  it('near miss: a possessive is a referring word', () => {
    expect(variants('States should protect domestic companies.', 'States should protect their companies.')[0].explanation).toContain('referring word');
  });
});

describe('a connective of the same condition opening a change with a word dropped beside it', () => {
  it('"where the issuing authority" → "if the authority": where → if grammatical, "issuing" omitted', () => {
    const v = variants('An order shall not be issued where the issuing authority has reason to believe it would be misused.', 'An order shall not be issued if the authority has reason to believe it would be misused.');
    expect(v.map((x) => [x.type, x.base, x.reading])).toEqual([['grammatical', 'where', 'if'], ['omission', 'issuing', '']]);
  });
  it('near miss: "unless" is no connective of the same condition', () => {
    const v = variants('An order shall not be issued where the issuing authority has reason to believe it would be misused.', 'An order shall not be issued unless the authority has reason to believe it would be misused.');
    expect(v.some((x) => x.type === 'grammatical' && x.base === 'where')).toBe(false);
  });
});

describe('a list item dropped after a serial comma (the aligner matches the item, not the "and")', () => {
  it('the last item is omitted with its connective; the comma before the kept item that becomes "and" goes with the omission (session 17)', () => {
    for (const [base, reading, omitted] of [
      ['Signatories will prioritise research on societal risks, including bias and discrimination, privacy, and the protection of children.', 'Signatories will prioritise research on societal risks, including bias and discrimination and privacy.', ', and the protection of children'],
      ['Signatories will prioritise research on societal risks, including bias, privacy, and the protection of children.', 'Signatories will prioritise research on societal risks, including bias and privacy.', ', and the protection of children'],
      ['Parties should address poverty, hunger, and the education of girls.', 'Parties should address poverty and hunger.', ', and the education of girls'],
      ['Member States shall cooperate on safety, security, and the resilience of networks.', 'Member States shall cooperate on safety and security.', ', and the resilience of networks'],
    ]) {
      const vs = variants(base, reading);
      expect(vs.map((v) => `${v.type} ${v.base} → ${v.reading}`)).toEqual([`omission ${omitted} → `]);
    }
  });

  it('near miss: without the serial comma the list was already read so, and a real rewording stays lexical', () => {
    expect(variants('States will fund research on bias, privacy and the protection of children.', 'States will fund research on bias and privacy.').map((v) => `${v.type} ${v.base}`)).toEqual([
      'omission and the protection of children',
    ]);
    expect(ofType('Parties should address poverty, hunger, and the education of girls.', 'Parties should address poverty and literacy.', 'lexical').length).toBeGreaterThan(0);
  });
});

describe('a determiner replaced by a possessive, the "of" phrase after the noun phrase dropped (trial48 A18)', () => {
  const rows = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('"the use and operation of critical infrastructure" → "its use and operation": one lexical', () => {
    const v = variants('States should not impair the use and operation of critical infrastructure.', 'States should not impair its use and operation.');
    expect(v.map((x) => [x.type, x.base, x.reading])).toEqual([['lexical', 'the use and operation of critical infrastructure', 'its use and operation']]);
    expect(v[0].explanation).toContain('replaced by a referring word');
  });
  it('other wordings, and the other way round', () => {
    expect(rows('States should protect the integrity of the supply chain.', 'States should protect its integrity.')).toEqual([['lexical', 'the integrity of the supply chain', 'its integrity']]);
    expect(rows('States should protect their data.', 'States should protect the data of their citizens.')).toEqual([['lexical', 'their data', 'the data of their citizens']]);
  });
  it('near miss: no possessive, or no "of" phrase dropped, stays apart', () => {
    expect(rows('States should protect the data of citizens.', 'States should protect the data.')).toEqual([['omission', 'of citizens', '']]);
    expect(rows('States should protect the data of citizens.', 'States should protect their data of citizens.')).toEqual([['grammatical', 'the', 'their']]);
  });
});
