/**
 * Session 20 (trial 97 ingest #3): a merge is not proposed for a unit that a clause shares only the
 * name of the text with ("Under the decree, …" is no reading of "For the purposes of this Decree, …").
 */
import { describe, expect, it } from 'vitest';
import { alignClauses, type UnitTokens } from '../../src/align/clauses.js';
import { tokenise } from '../../src/nlp/index.js';
import { alignerSettings } from '../helpers/settings.js';

const BASE: [string, string][] = [
  ['U1', 'For the purposes of this Decree, cloud service means any service that stores data remotely.'],
  ['U2', 'Operators of critical infrastructure shall store personal data on servers located within the territory.'],
  ['U3', 'Operators shall notify the Authority of any breach within seventy-two hours.'],
];
const UNITS: UnitTokens[] = BASE.map(([id, text]) => ({ id, tokens: tokenise(text) }));
const tags = (clauses: string[]) => alignClauses(UNITS, clauses.map((c) => tokenise(c)), alignerSettings).map((t) => t.units.join('+') || '—');

describe('a merge credited only by the name of the text itself is no merge (trial 97)', () => {
  it('"Under the decree, operators … must store personal data on servers in the country.": U2 alone', () => {
    expect(tags(['Under the decree, operators of critical infrastructure must store personal data on servers in the country.', BASE[2][1]])).toEqual(['U2', 'U3']);
  });
  it('the same with "guidelines" as the name', () => {
    const units: UnitTokens[] = [
      { id: 'G1', tokens: tokenise('These Guidelines apply to every transfer of personal data.') },
      { id: 'G2', tokens: tokenise('Controllers shall keep records of all transfers for five years.') },
    ];
    const t = alignClauses(units, [tokenise('Under the guidelines, controllers must keep records of all transfers for three years.')], alignerSettings);
    expect(t[0].units).toEqual(['G2']);
  });
  it('near miss: a clause that reads words of both units besides the name stays a merge', () => {
    expect(tags(['Under the decree, a cloud service stores data remotely, and operators of critical infrastructure must store personal data on servers in the country.', BASE[2][1]])).toEqual(['U1+U2', 'U3']);
  });
});
