import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** type, base and reading of each variant, in order. */
const tbr = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);

describe('two changes either side of words both sides read are two variants (trial 104 #3, 106 #10, 103 #5a)', () => {
  it('a filler added, then an article changed and an adjective added after "it is": no lexical across "it is"', () => {
    expect(tbr('It is an honour to chair this panel.', 'well, it is a great honour to chair this panel.')).toEqual([
      ['addition', '', 'well,'],
      ['grammatical', 'an', 'a'],
      ['addition', '', 'great'],
    ]);
  });
  it('near misses: each change alone is as it was', () => {
    expect(tbr('It is an honour to chair this panel.', 'It is a great honour to chair this panel.')).toEqual([
      ['grammatical', 'an', 'a'],
      ['addition', '', 'great'],
    ]);
    expect(tbr('It is an honour to chair this panel.', 'well, it is an honour to chair this panel.')).toEqual([['addition', '', 'well,']]);
  });
  it('one word for one word on each side of one shared word: two lexical variants', () => {
    expect(tbr('Each Party shall set up a board, equipped with suitable staff, to hear appeals.', 'Each Party shall set up a board, furnished with appropriate staff, to hear appeals.')).toEqual([
      ['lexical', 'equipped', 'furnished'],
      ['lexical', 'suitable', 'appropriate'],
    ]);
    expect(tbr('Officials shall act in good faith and keep records.', 'Officials shall behave in good faith and keep records.').length).toBe(1);
    expect(tbr('The data are collected for legitimate purposes.', 'The data are gathered for lawful purposes.')).toEqual([
      ['lexical', 'collected', 'gathered'],
      ['lexical', 'legitimate', 'lawful'],
    ]);
  });
  it('near misses: one word changed is one variant; a phrase reworded around its article or auxiliary stays one', () => {
    expect(tbr('water is a scarce good', 'water is a rare good')).toEqual([['lexical', 'scarce', 'rare']]);
    expect(tbr('Members meet on the continent.', 'Members meet in the Republic.')).toEqual([['lexical', 'on the continent', 'in the Republic']]);
  });
  it('words added beside a rewording across a shared comma stay an addition', () => {
    const v = tbr('The board will meet twice a month, reviewing the open cases.', 'The board will meet twice a month instead of weekly, and each meeting will review the open cases.');
    expect(v[0]).toEqual(['addition', '', 'instead of weekly']);
    expect(v.some(([, b, r]) => b.includes(',') || r.includes('weekly,'))).toBe(false);
  });
});

describe('a qualifier moved past the verb phrase is quoted as the qualifier (trial 104 #4)', () => {
  it('", where necessary," moved to the end with its comma: the qualifier is the transposition', () => {
    expect(tbr('Agencies should, where necessary, consult the regulator.', 'Agencies should consult the regulator, where necessary.')).toEqual([
      ['transposition', ', where necessary,', ', where necessary'],
    ]);
    expect(tbr('Agencies should consult the regulator, where necessary.', 'Agencies should, where necessary, consult the regulator.')).toEqual([
      ['transposition', ', where necessary', ', where necessary,'],
    ]);
  });
  it('near miss: with no comma at its new place it was already the qualifier', () => {
    expect(tbr('Agencies should, where necessary, consult the regulator.', 'Agencies should consult the regulator where necessary.')).toEqual([
      ['transposition', ', where necessary,', 'where necessary'],
    ]);
  });
});

describe('a serial comma added inside a reordered list is its own punctuation variant (trial 105 E4)', () => {
  it('"clear, precise and" → "precise, clear, and": transposition and a comma added', () => {
    expect(tbr('Each notice shall be clear, precise and signed by an officer.', 'Each notice shall be precise, clear, and signed by an officer.')).toEqual([
      ['transposition', 'clear, precise', 'precise, clear'],
      ['punctuation', '', ','],
    ]);
    expect(tbr('Each notice shall be clear, precise, and signed by an officer.', 'Each notice shall be precise, clear and signed by an officer.')).toEqual([
      ['transposition', 'clear, precise', 'precise, clear'],
      ['punctuation', ',', ''],
    ]);
  });
  it('near misses: the comma alone, the reorder alone', () => {
    expect(tbr('Each notice shall be clear, precise and signed by an officer.', 'Each notice shall be clear, precise, and signed by an officer.')).toEqual([['punctuation', '', ',']]);
    expect(tbr('Each notice shall be clear, precise and signed by an officer.', 'Each notice shall be precise, clear and signed by an officer.')).toEqual([['transposition', 'clear, precise', 'precise, clear']]);
  });
});

describe('quotation marks around three words or more read word for word quote the base (trial 102 #6; thresholds.yaml quoted-min-words)', () => {
  it('a short quotation is no variant', () => {
    expect(tbr('The review shall cover prompt and effective remedies for users.', 'The review shall cover \u201cprompt and effective remedies\u201d for users.')).toEqual([]);
    expect(tbr('Parties shall ensure timely judicial review of orders.', 'Parties shall ensure "timely judicial review" of orders.')).toEqual([]);
  });
  it('near misses: marks around a word or two set it apart; a change inside keeps them', () => {
    expect(tbr('Vendors shall disclose the source code.', 'Vendors shall disclose the \u201csource code\u201d.')).toEqual([['punctuation', 'source code', '\u201csource code\u201d']]);
    expect(variants('The review shall cover prompt and effective remedies for users.', 'The review shall cover \u201cprompt and adequate remedies\u201d for users.').filter((v) => v.type === 'punctuation').length).toBeGreaterThan(0);
  });
});
