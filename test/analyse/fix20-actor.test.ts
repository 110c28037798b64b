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

describe('words shortened without a mark, and the adverb of a shortened word, are written forms (trial 100 #3)', () => {
  it('"information" → "info" (a listed clipped form): spelling', () => {
    expect(rows('Agencies should publish useful information on the portal.', 'Agencies should publish useful info on the portal.')).toEqual([
      ['spelling', null, 'information', 'info'],
    ]);
  });
  it('"internationally" → "intl" and → "int\'l": spelling', () => {
    expect(rows('rules that are internationally agreed', 'rules that are intl agreed')).toEqual([['spelling', null, 'internationally', 'intl']]);
    expect(rows('rules that are internationally agreed', "rules that are int'l agreed")).toEqual([['spelling', null, 'internationally', "int'l"]]);
  });
  it('two shortened words side by side are two spellings, not one lexical', () => {
    expect(rows('Agencies should publish useful information, including the sources.', 'Agencies should publish useful info, incl. the sources.')).toEqual([
      ['spelling', null, 'information', 'info'],
      ['spelling', null, 'including', 'incl.'],
    ]);
  });
  it('near miss: a bare beginning that is a word of its own ("inform") is no short form', () => {
    expect(rows('Agencies should publish useful information.', 'Agencies should publish useful inform.').some((x) => x[0] === 'spelling')).toBe(false);
  });
  it('near miss: "international" → "int\'l" stays a spelling', () => {
    expect(rows('rules of international law', "rules of int'l law")).toEqual([['spelling', null, 'international', "int'l"]]);
  });
});

describe('a generic plural against the same name after "each" is grammar, whatever the length of the name (trial 96 #4)', () => {
  it('"Contracting Parties" → "Each Contracting Party": the determiner and the number, as "Parties" → "Each Party"', () => {
    expect(rows('Contracting Parties shall keep a register of vessels.', 'Each Contracting Party shall keep a register of vessels.')).toEqual([
      ['grammatical', null, '', 'Each'],
      ['grammatical', null, 'Parties', 'Party'],
    ]);
    expect(rows('Parties shall keep a register of vessels.', 'Each Party shall keep a register of vessels.').map((x) => x[0])).toEqual(['grammatical']);
  });
  it('"Flag States" → "Every flag State": grammar', () => {
    expect(rows('Flag States shall keep a register of vessels.', 'Every flag State shall keep a register of vessels.').map((x) => x[0])).toEqual(['grammatical', 'grammatical']);
  });
  it('near miss: a kind word dropped beside "each" ("Flag States" → "Each State") is an actor change', () => {
    expect(rows('Flag States shall keep a register of vessels.', 'Each State shall keep a register of vessels.')).toEqual([['actor', null, 'Flag States', 'Each State']]);
  });
  it('near miss: the bearers named together ("The Flag States") against "Each flag State" stay an actor change', () => {
    expect(rows('The Flag States shall keep a register of vessels.', 'Each flag State shall keep a register of vessels.').map((x) => x[0])).toContain('actor');
  });
});

describe('a word put before a kept noun while the same word is replaced where it stood is no move (trial 101 E4)', () => {
  const B = 'Unless the law allows it, brokers may sell customer records only with consent.';
  it('"brokers … customer records" → "records brokers … customer files": the word added and the word replaced', () => {
    expect(rows(B, 'Unless the law allows it, records brokers may sell customer files only with consent.')).toEqual([
      ['addition', null, '', 'records'],
      ['lexical', null, 'records', 'files'],
    ]);
  });
  it('the other way round: dropped before the kept noun, and put for another word', () => {
    const r = rows('Unless the law allows it, records brokers may sell customer files only with consent.', B);
    expect(r.map((x) => x[0])).not.toContain('transposition');
    expect(r).toContainEqual(['lexical', null, 'files', 'records']);
  });
  it('near miss: the word moved, nothing left in its place, stays a transposition', () => {
    expect(rows(B, 'Unless the law allows it, records brokers may sell customer only with consent.')).toEqual([['transposition', null, 'records', 'records']]);
  });
  it('near miss: only the replacement gives one lexical', () => {
    expect(rows(B, 'Unless the law allows it, brokers may sell customer files only with consent.')).toEqual([['lexical', null, 'records', 'files']]);
  });
});

describe('an additive adverb alone added or dropped is grammar, whichever word it is (trial 96 #5, trial 99 #7)', () => {
  const B = 'Agencies will not sell the records of other agencies.';
  it('"also", "further", "additionally" added: one grammatical each, as "likewise" is', () => {
    for (const w of ['also', 'further', 'additionally', 'likewise']) {
      expect(rows(B, `Agencies will ${w} not sell the records of other agencies.`)).toEqual([['grammatical', null, '', w]]);
    }
  });
  it('set apart by commas, the commas go with it: ", additionally," dropped', () => {
    expect(rows('Agencies should, additionally, sell the records.', 'Agencies should sell the records.')).toEqual([['grammatical', null, ', additionally,', '']]);
  });
  it('near miss: "further" before the noun it modifies is a word of content', () => {
    expect(rows('Agencies should take measures.', 'Agencies should take further measures.')).toEqual([['addition', null, '', 'further']]);
  });
  it('near miss: "also" in a frame added with it goes with the frame\'s addition', () => {
    expect(rows('Decides to convene a meeting.', 'The Assembly also decided to convene a meeting.')).toContainEqual(['addition', null, '', 'The Assembly also']);
  });
});
