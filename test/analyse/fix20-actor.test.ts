/**
 * Session 20: actors, abbreviations and additive adverbs (trials 96, 100, 101).
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

describe('a bearer replaced in place, the old one restated for a coordinated predicate, is an actor change (trial 100 #1)', () => {
  it('"Agencies should keep … and should aim to reduce" → "Vendors should keep … and Agencies should aim to reduce"', () => {
    expect(
      rows(
        'Agencies should keep accurate records of the software they buy, and should aim to reduce the spread of harmful code.',
        'Vendors should keep accurate records of the software they buy, and Agencies should aim to reduce the spread of harmful code.',
      ),
    ).toEqual([
      ['actor', null, 'Agencies', 'Vendors'],
      ['grammatical', null, '', 'Agencies'],
    ]);
  });
  it('near miss: the short coordination stays actor + grammatical', () => {
    expect(rows('Agencies should keep the records and should inform the Board.', 'Vendors should keep the records and Agencies should inform the Board.')).toEqual([
      ['actor', null, 'Agencies', 'Vendors'],
      ['grammatical', null, '', 'Agencies'],
    ]);
  });
  it('near miss: two named bearers that change places stay one transposition', () => {
    const r = rows(
      'Agencies should keep accurate records of the software they buy, and Vendors should aim to reduce the spread of it.',
      'Vendors should keep accurate records of the software they buy, and Agencies should aim to reduce the spread of it.',
    );
    expect(r.map((x) => x[0])).toEqual(['transposition']);
  });
});

describe('an acronym for the words it replaces and one more initial is one rewording (trial 100 #2)', () => {
  it('"rapid response units" → "NRRUs": one lexical over the whole run, no omission', () => {
    expect(rows('States should fund the rapid response units of the region.', 'States should fund the NRRUs of the region.')).toEqual([
      ['lexical', null, 'rapid response units', 'NRRUs'],
    ]);
  });
  it('the extra initial at the end: "rapid response units" → "RRUNs"', () => {
    expect(rows('States should fund the rapid response units of the region.', 'States should fund the RRUNs of the region.')).toEqual([
      ['lexical', null, 'rapid response units', 'RRUNs'],
    ]);
  });
  it('near miss: an acronym of exactly its words stays a spelling', () => {
    expect(rows('States should fund the national rapid response units of the region.', 'States should fund the NRRUs of the region.')).toEqual([
      ['spelling', null, 'national rapid response units', 'NRRUs'],
    ]);
  });
});
