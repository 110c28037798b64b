/**
 * Conditions from two new-user trials (trial52, trial53): a prohibition with an exception restated
 * as a restricted permission ("except on" → "only on"), one dropped condition reported once, a
 * binding deadline made a goal, a qualifier dropped with its object, a condition narrowed, a rule
 * for choosing between two amounts, and the explanation of a condition dropped inside an exception.
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);

describe('a prohibition with an exception before a noun phrase, restated as a restricted permission', () => {
  it('"shall not … except on" → "may … only on" is the same rule (several wordings)', () => {
    for (const [b, r, xb, xr] of [
      ['The requested Party shall not refuse assistance except on the grounds set out in Article 7.', 'The requested Party may refuse assistance only on the grounds set out in Article 7.', 'except', 'only'],
      ['The requested Party shall not refuse assistance save on the grounds set out in Article 7.', 'The requested Party may refuse assistance only on the grounds set out in Article 7.', 'save', 'only'],
      ['The requested Party shall not refuse assistance other than on the grounds set out in Article 7.', 'The requested Party may refuse assistance only on the grounds set out in Article 7.', 'other than', 'only'],
      ['States shall not use the data except for the purposes of this Convention.', 'States may use the data only for the purposes of this Convention.', 'except', 'only'],
    ]) {
      expect(brief(b, r), b).toEqual([
        ['grammatical', null, 'shall not', 'may'],
        ['grammatical', null, xb, xr],
      ]);
    }
  });
  it('and the other way round', () => {
    expect(brief('The requested Party may refuse assistance only on the grounds set out in Article 7.', 'The requested Party shall not refuse assistance other than on the grounds set out in Article 7.')).toEqual([
      ['grammatical', null, 'may', 'shall not'],
      ['grammatical', null, 'only', 'other than'],
    ]);
  });
  it('near miss: "only" added to a permission is still a restriction added', () => {
    expect(brief('The requested Party may refuse assistance on the grounds set out in Article 7.', 'The requested Party may refuse assistance only on the grounds set out in Article 7.')).toEqual([
      ['qualifier-added', 'strengthened', '', 'only'],
    ]);
  });
});
