/**
 * Session 19: a merge is not proposed for a few words of a unit the next clause reads in full (trial 94 I5).
 */
import { describe, expect, it } from 'vitest';
import { alignClauses, type UnitTokens } from '../../src/align/clauses.js';
import { tokenise } from '../../src/nlp/index.js';
import { alignerSettings } from '../helpers/settings.js';

const BASE: [string, string][] = [
  ['U1', 'Suppliers shall label recycled packaging clearly and shall state the country of origin.'],
  ['U2', 'Suppliers shall keep a public register of recycled packaging, searchable by origin, weight collected and recycling method.'],
  ['U3', 'Suppliers shall report illegal dumping promptly.'],
];
const UNITS: UnitTokens[] = BASE.map(([id, text]) => ({ id, tokens: tokenise(text) }));
const tags = (clauses: string[]) => alignClauses(UNITS, clauses.map((c) => tokenise(c)), alignerSettings).map((t) => t.units.join('+') || '—');

describe('a few words of the next unit added to a clause, the next clause reading that unit in full: no merge (trial 94 I5)', () => {
  it('"… the country of origin and the weight collected." before U2 word for word: U1, U2, U3', () => {
    expect(tags([
      'Suppliers shall label recycled packaging clearly and shall state the country of origin and the weight collected.',
      BASE[1][1],
      BASE[2][1],
    ])).toEqual(['U1', 'U2', 'U3']);
  });
  it('the same at the head: a few words of the unit before, which the clause before reads in full', () => {
    expect(tags([
      BASE[1][1],
      'By recycling method, suppliers shall report illegal dumping promptly.',
    ])).toEqual(['U2', 'U3']);
  });
  it('near miss: without the added words the tags are as before', () => {
    expect(tags([BASE[0][1], BASE[1][1], BASE[2][1]])).toEqual(['U1', 'U2', 'U3']);
  });
  it('near miss: a clause that reads much of the next unit, with no full reading after it, stays a merge', () => {
    expect(tags([
      'Suppliers shall label recycled packaging clearly and shall state the country of origin, and shall keep a public register searchable by weight collected and recycling method.',
      BASE[2][1],
    ])).toEqual(['U1+U2', 'U3']);
  });
  it('near miss: a summary that reads much of the next unit before a clause quoting it stays a merge', () => {
    expect(tags([
      'Suppliers shall label recycled packaging clearly and shall state the country of origin, and shall keep a public register searchable by weight collected and recycling method.',
      BASE[1][1],
      BASE[2][1],
    ])).toEqual(['U1+U2', 'U2', 'U3']);
  });
});
