/**
 * Session 22, helper condb: conditions reworded in place, a condition closing the sentence after a
 * means, a straight closing quote after the full stop, a pro-verb carrying a qualifier (trials 109,
 * 110, 112, 113).
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

describe('a condition reworded in place (trials 112 #1, 113 #6)', () => {
  it('another connective of the same exception, the clause reworded: one lexical, no direction', () => {
    expect(
      rows(
        'Operators shall not export the records, except where necessary to protect a vital interest of the data subject.',
        'Operators shall not export the records, unless this is required to safeguard a vital concern of the person.',
      ),
    ).toEqual([['lexical', null, 'except where necessary to protect a vital interest of the data subject', 'unless this is required to safeguard a vital concern of the person']]);
  });
  it('near miss: the clause keeps its noun phrase, read piece by piece', () => {
    expect(rows('Operators shall not export the records, except where necessary to protect a vital interest.', 'Operators shall not export the records, unless it is required to safeguard a vital interest.')).toEqual([
      ['grammatical', null, 'except where', 'unless'],
      ['lexical', null, 'necessary to protect', 'it is required to safeguard'],
    ]);
  });
  it('a condition recast around the one word it keeps: one lexical over both phrases', () => {
    expect(rows('The board will publish the minutes, to the extent permitted by statute.', 'The board will publish the minutes, where the statute allows.')).toEqual([
      ['lexical', null, 'to the extent permitted by statute', 'where the statute allows'],
    ]);
  });
  it('near miss: only the connective swapped, the rest read alike', () => {
    expect(rows('The board will publish the minutes, to the extent permitted by statute.', 'The board will publish the minutes, where permitted by statute.')).toEqual([
      ['lexical', null, 'to the extent', 'where'],
    ]);
  });
});

describe('a condition of its own words closing the sentence after a means (trial 112 #7)', () => {
  it('after a means: the condition dropped, strengthened', () => {
    expect(rows('The ministry will publish its guidance through an annual bulletin of recommended practices where appropriate.', 'The ministry will publish its guidance through an annual bulletin of recommended practices.')).toEqual([
      ['qualifier-dropped', 'strengthened', 'where appropriate', ''],
    ]);
  });
  it('after a named case too', () => {
    expect(rows('The ministry will publish its guidance, including through annual bulletins of good practice where appropriate.', 'The ministry will publish its guidance, including through annual bulletins of good practice.')).toEqual([
      ['qualifier-dropped', 'strengthened', 'where appropriate', ''],
    ]);
  });
  it('near miss: "where appropriate to" + a noun is no condition of its own words, it stays inside the means', () => {
    expect(rows('The ministry will publish its guidance through annual bulletins where appropriate to the audience.', 'The ministry will publish its guidance through annual bulletins.')).toEqual([
      ['omission', null, 'where appropriate to the audience', ''],
    ]);
  });
});

describe('a straight closing quote after the full stop (trial 109 #1)', () => {
  const base = 'Records held by the agency shall not be disclosed to an insurer unless disclosure is ordered by a tribunal or by a minister.';
  it('the limb dropped is a qualifier dropped, the quote marks no variant', () => {
    expect(rows(base, '"Records held by the agency shall not be disclosed to an insurer unless disclosure is ordered by a tribunal."')).toEqual([
      ['qualifier-dropped', 'strengthened', 'or by a minister', ''],
    ]);
  });
  it('near miss: curly quotes and no quotes give the same', () => {
    expect(rows(base, '“Records held by the agency shall not be disclosed to an insurer unless disclosure is ordered by a tribunal.”')).toEqual([
      ['qualifier-dropped', 'strengthened', 'or by a minister', ''],
    ]);
    expect(rows(base, 'Records held by the agency shall not be disclosed to an insurer unless disclosure is ordered by a tribunal.')).toEqual([
      ['qualifier-dropped', 'strengthened', 'or by a minister', ''],
    ]);
  });
  it('a word changed before the closing mark: the word alone, the full stops read alike', () => {
    expect(rows('Providers shall protect the systems of their clients.', 'Providers shall protect "the systems of their customers."')).toEqual([
      ['punctuation', null, '', '"'],
      ['lexical', null, 'clients', 'customers'],
      ['punctuation', null, '', '"'],
    ]);
  });
});

describe('a pro-verb carrying a qualifier (trial 110 #7)', () => {
  it('", and do so without delay" added: one qualifier-added', () => {
    expect(rows('Agencies should answer complaints from citizens.', 'Agencies should answer complaints from citizens, and do so without delay.')).toEqual([
      ['qualifier-added', 'strengthened', '', ', and do so without delay'],
    ]);
  });
  it('dropped: one qualifier-dropped', () => {
    expect(rows('Agencies should answer complaints from citizens, and do so without delay.', 'Agencies should answer complaints from citizens.')).toEqual([
      ['qualifier-dropped', 'weakened', ', and do so without delay', ''],
    ]);
  });
  it('near miss: "do so" with nothing after it stays as it was', () => {
    expect(rows('Agencies should answer complaints from citizens.', 'Agencies should answer complaints from citizens, and do so.')).toEqual([
      ['punctuation', null, '', ','],
      ['grammatical', null, '', 'and do so'],
    ]);
  });
});
