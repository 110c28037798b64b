/**
 * Session 22: statements of the law, reported speech and a rule restated the other way round
 * (trials 109 #4, 111 #4, 112 #2, 112 #5, 113 #1).
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

describe('a saving clause of the instrument is a statement of the law (modality.yaml declarative verbs "affect", "prejudice"; trial 109 #4)', () => {
  it('"This Convention shall not affect" → "does not affect": grammatical', () => {
    expect(rows('This Convention shall not affect the obligations of the States under the Charter.', 'This Convention does not affect the obligations of the States under the Charter.')).toEqual([
      ['grammatical', null, 'shall', 'does'],
    ]);
  });
  it('"This Protocol shall not prejudice" → "does not prejudice": grammatical', () => {
    expect(rows('This Protocol shall not prejudice the rights of third States.', 'This Protocol does not prejudice the rights of third States.')).toEqual([['grammatical', null, 'shall', 'does']]);
  });
  it('near miss: a party as the subject stays a prohibition weakened', () => {
    expect(rows('The Members shall not affect the obligations of other States.', 'The Members do not affect the obligations of other States.')).toEqual([['modality', 'weakened', 'shall', 'do']]);
  });
});

describe('a list of numbered provisions as the subject of a statement of the law (trial 111 #4)', () => {
  it('"Articles 4 and 9 shall not apply" → "do not apply": grammatical', () => {
    expect(rows('Articles 4 and 9 shall not apply to public bodies.', 'Articles 4 and 9 do not apply to public bodies.')).toEqual([['grammatical', null, 'shall', 'do']]);
  });
  it('"Paragraphs 2 to 4 shall not apply" → "do not apply": grammatical', () => {
    expect(rows('Paragraphs 2 to 4 shall not apply to public bodies.', 'Paragraphs 2 to 4 do not apply to public bodies.')).toEqual([['grammatical', null, 'shall', 'do']]);
  });
  it('negated the other way, the scope changed, not an obligation', () => {
    const v = variants('Articles 4 and 9 shall not apply to public bodies.', 'Articles 4 and 9 shall apply to public bodies.');
    expect(v.map((x) => [x.type, x.base, x.reading])).toEqual([['negation', 'not', '']]);
    expect(v[0].explanation).not.toMatch(/prohibition becomes an obligation/);
  });
  it('near miss: one numbered provision stays grammatical', () => {
    expect(rows('Article 4 shall not apply to public bodies.', 'Article 4 does not apply to public bodies.')).toEqual([['grammatical', null, 'shall', 'does']]);
  });
  it('near miss: a plural party as the subject stays a prohibition weakened', () => {
    expect(rows('Operators shall not apply to public bodies for grants.', 'Operators do not apply to public bodies for grants.')).toEqual([['modality', 'weakened', 'shall', 'do']]);
  });
});

describe('"should" does not shift in reported speech (modality.yaml past-forms pairs; trial 112 #2)', () => {
  it('"should not" → "Officials said … would not": a modality weakened, beside the reporting frame', () => {
    expect(rows('The Governments should not restrict exports of chips.', 'Officials said the Governments would not restrict exports of chips.')).toEqual([
      ['addition', null, '', 'Officials said'],
      ['modality', 'weakened', 'should', 'would'],
    ]);
  });
  it('with the reporting frame closing the sentence too', () => {
    expect(rows('The Governments should restrict exports of chips.', 'The Governments would restrict exports of chips, officials said.')).toEqual([
      ['modality', 'weakened', 'should', 'would'],
      ['addition', null, '', ', officials said'],
    ]);
  });
  it('near miss: "will" → "would" after "said" stays the tense of reported speech', () => {
    expect(rows('The Governments will not restrict exports of chips.', 'Officials said the Governments would not restrict exports of chips.')).toEqual([
      ['addition', null, '', 'Officials said'],
      ['grammatical', null, 'will', 'would'],
    ]);
    expect(rows('The Governments will restrict exports of chips.', 'The Governments would restrict exports of chips, officials said.')).toEqual([
      ['grammatical', null, 'will', 'would'],
      ['addition', null, '', ', officials said'],
    ]);
  });
  it('near miss: "should" kept after "said" gives only the frame', () => {
    expect(rows('The Governments should not restrict exports of chips.', 'Officials said the Governments should not restrict exports of chips.')).toEqual([['addition', null, '', 'Officials said']]);
  });
});

describe('"will" → "would also": the additive adverb is split off the conditional (trial 112 #5)', () => {
  it('the party, the modal and "also" read as they do without the adverb', () => {
    expect(rows('We will fund a joint laboratory.', 'They would also fund a joint laboratory.')).toEqual([
      ['actor', null, 'We', 'They'],
      ['modality', 'weakened', 'will', 'would'],
      ['grammatical', null, '', 'also'],
    ]);
  });
  it('after a reporting verb: the tense of reported speech, "also" apart', () => {
    expect(rows('We will fund a joint laboratory.', 'They said they would also fund a joint laboratory.')).toEqual([
      ['grammatical', null, 'We', 'they'],
      ['addition', null, '', 'They said'],
      ['grammatical', null, 'will', 'would'],
      ['grammatical', null, '', 'also'],
    ]);
  });
  it('near miss: without the adverb', () => {
    expect(rows('We will fund a joint laboratory.', 'They would fund a joint laboratory.')).toEqual([
      ['actor', null, 'We', 'They'],
      ['modality', 'weakened', 'will', 'would'],
    ]);
  });
});

describe('a prohibition restated as a restriction to the opposite (negation.yaml negative-prefixes; trial 113 #1)', () => {
  it('"will not process unsigned" → "will only process signed": one lexical, no direction', () => {
    expect(rows('The agency will not process unsigned applications.', 'The agency will only process signed applications.')).toEqual([
      ['lexical', null, 'not process unsigned', 'only process signed'],
    ]);
  });
  it('the other way round', () => {
    expect(rows('The agency will only process signed applications.', 'The agency will not process unsigned applications.')).toEqual([
      ['lexical', null, 'only process signed', 'not process unsigned'],
    ]);
  });
  it('with "exclusively" after the verb and a listed antonym pair', () => {
    expect(rows('The agency shall not use the data for illegal purposes.', 'The agency shall use the data exclusively for legal purposes.')).toEqual([
      ['lexical', null, 'not use the data for illegal', 'use the data exclusively for legal'],
    ]);
  });
  it('near miss: the negator dropped alone stays a negation', () => {
    expect(rows('The agency will not process unsigned applications.', 'The agency will process unsigned applications.')).toEqual([['negation', null, 'not', '']]);
  });
  it('near miss: "only" against "not" over the same word stays a reversal', () => {
    expect(rows('The agency will only process signed applications.', 'The agency will not process signed applications.')).toEqual([
      ['negation', null, '', 'not'],
      ['qualifier-dropped', 'weakened', 'only', ''],
    ]);
  });
  it('near miss: a word that is no opposite keeps the three changes', () => {
    expect(rows('The agency will not process unsigned applications.', 'The agency will only process complete applications.').map((x) => x[0])).toEqual(['negation', 'qualifier-added', 'lexical']);
  });
});
