/**
 * Session 22: a quoter's and a transcriber's apparatus is not the text (trial 108 E6, trial 110 #8,
 * trial 112 #3): formulas in brackets (function-words.yaml `quoter-marks`), a speaker's hesitations
 * (`fillers`) and a word said again at once after a comma are set aside from the comparison.
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

describe("a quoter's formula in brackets is no variant (`quoter-marks`)", () => {
  it('"[emphasis added]" inside a condition: nothing', () => {
    expect(rows('Agencies may share records only under a warrant and with notice to the owner.', 'Agencies may share records only under a warrant [emphasis added] and with notice to the owner.')).toEqual([]);
  });
  it('"(emphasis supplied)" in round brackets after the quotation: nothing', () => {
    expect(rows('Vendors must label every device sold in the market.', 'Vendors must label every device sold in the market (emphasis supplied).')).toEqual([]);
  });
  it('"[sic]" after a misspelt word: the spelling alone', () => {
    expect(rows('The operator shall act once informed.', 'The operator shall act once infromed [sic].')).toEqual([['spelling', null, 'informed', 'infromed']]);
  });
  it('"[sic]" inside a rewording: the words compared as without it', () => {
    expect(rows('Licences granted by the ministry shall lapse.', 'Licences issued [sic] by the ministry shall lapse.')).toEqual([['lexical', null, 'granted', 'issued']]);
  });
  it('on the base side: "[footnote omitted]" the witness does not write is no omission', () => {
    expect(rows('Vendors must label every device [footnote omitted] sold in the market.', 'Vendors must label every device sold in the market.')).toEqual([]);
  });
  it('the quoted text inside quotation marks with "[emphasis added]": nothing', () => {
    expect(rows('Vendors must label every device sold in the market.', '"Vendors must label every device sold in the market [emphasis added]."')).toEqual([]);
  });
  it('near miss: words in brackets put for a word are a reading ("[the Board]" for "it")', () => {
    expect(rows('The operator shall report to it.', 'The operator shall report to [the Board].')).toEqual([['lexical', null, 'it', '[the Board]']]);
  });
  it('near miss: a bracketed insertion of a draft stays an addition ("[or leased]")', () => {
    expect(rows('Vehicles owned by a carrier shall be inspected.', 'Vehicles owned [or leased] by a carrier shall be inspected.')).toEqual([['addition', null, '', '[or leased]']]);
  });
  it('near miss: an editor\'s "[deleted]" stays an editor\'s mark (punctuation, `editorial-marks`)', () => {
    expect(rows('Vendors must label every device sold in the market.', 'Vendors must label every device sold in the market [deleted].').map((r) => r[0])).toEqual(['punctuation']);
  });
});

describe("a transcript's stage notes, hesitations and false starts are no variant (`quoter-marks`, `fillers`)", () => {
  it('"[applause]" after the sentence: nothing', () => {
    expect(rows('The fund will open in spring.', 'The fund will open in spring. [applause]')).toEqual([]);
  });
  it('"[inaudible]" opening an aside the base does not read: the aside added, without the note', () => {
    expect(rows('The fund will open in spring.', 'The fund will open in spring. [inaudible] Spring, not summer.')).toEqual([['addition', null, '', 'Spring, not summer.']]);
  });
  it('", um," between two words: nothing', () => {
    expect(rows('We will fund the schools and the clinics.', 'We will fund the schools and, um, the clinics.')).toEqual([]);
  });
  it('", uh," where the base has a comma of its own: nothing', () => {
    expect(rows('We met, and the budget was agreed.', 'We met, uh, and the budget was agreed.')).toEqual([]);
  });
  it('"Er," opening the sentence: nothing', () => {
    expect(rows('We met and the budget was agreed.', 'Er, we met and the budget was agreed.')).toEqual([]);
  });
  it('a word said again after a comma ("the, the schools"): nothing', () => {
    expect(rows('We will fund the schools.', 'We will fund the, the schools.')).toEqual([]);
  });
  it('two words said again ("we will, we will"): nothing', () => {
    expect(rows('Today we will fund the schools.', 'Today we will, we will fund the schools.')).toEqual([]);
  });
  it('near miss: a word doubled without a comma stays compared ("that that")', () => {
    expect(rows('We saw that budgets matter.', 'We saw that that budgets matter.')).toEqual([['grammatical', null, '', 'that']]);
  });
  it('near miss: a word added that is not a repetition stays a variant ("all the schools")', () => {
    expect(rows('We will fund the schools.', 'We will fund all the schools.').length).toBe(1);
  });
  it('near miss: figures repeated after a comma are compared ("5, 5")', () => {
    expect(rows('See paragraphs 4 and 5.', 'See paragraphs 4, 5, 5.').length).toBeGreaterThan(0);
  });
});
