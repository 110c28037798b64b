import { describe, expect, it } from 'vitest';
import { sentences, tokenise } from '../../src/nlp/index.js';
import { variants } from './helpers.js';

/** type, base and reading of each variant, in order. */
const tbr = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);

describe('a reference in brackets, "(Guide 2022, para. 7)", is one stretch of words (trial 95 #2)', () => {
  it('an added citation is one addition, no list item mark', () => {
    expect(tbr('Parties shall report incidents to the Board.', 'Parties shall report incidents to the Board (Guide 2022, para. 7).')).toEqual([
      ['addition', '', '(Guide 2022, para. 7)'],
    ]);
    expect(tbr('Parties shall keep the register (see art. 9).', 'Parties shall keep the register.')).toEqual([['omission', '(see art. 9)', '']]);
  });
  it('the full stop of "para." before a figure ends no sentence', () => {
    const t = tokenise('Parties act as set out in paras. 3 and 4 of the Guide. They report.');
    expect(['3', 'guide', 'they'].map((w) => t.find((x) => x.n === w)!.sentence)).toEqual([0, 0, 1]);
    expect(sentences('Parties act as set out in para. 3 of the Guide. They report.')).toEqual(['Parties act as set out in para. 3 of the Guide.', 'They report.']);
  });
  it('near misses: an abbreviation the model knows, a citation with no number, a list item mark after a sentence end', () => {
    expect(tbr('Parties shall report incidents.', 'Parties shall report incidents (Jones 2019, p. 40).')).toEqual([['addition', '', '(Jones 2019, p. 40)']]);
    expect(tbr('Parties shall report incidents.', 'Parties shall report incidents (Jones 2019).')).toEqual([['addition', '', '(Jones 2019)']]);
    expect(sentences('Parties shall act. 2) They shall report.')).toHaveLength(2);
  });
});
