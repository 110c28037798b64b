/**
 * Session 22: a base list item is read under its lead-in whether or not the witness reads the
 * lead-in (trial 110 #1, #2, #4); a plural party at a sentence's start is a party (trial 108 E1).
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/index.js';
import { clause, corpus, variants, witness } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

/**
 * A base lead-in (C1) and items (C1a, C1b, …) against a witness whose clauses are [units, text];
 * the variants of `unit` only.
 */
function listed(base: string[], wit: [string[], string][], unit: string) {
  const ids = base.map((_, k) => (k === 0 ? 'C1' : `C1${String.fromCharCode(96 + k)}`));
  const b = witness('base', base.map((t, k) => clause(t, [ids[k]])));
  const w = witness('w', wit.map(([u, t]) => clause(t, u)));
  return analyse(corpus([b, w]))
    .divergences.filter((v) => v.unit === unit)
    .map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

const LEAD = 'Parties should:';
const FIRST = 'Work together to build common capacities;';

describe('a base item read under its lead-in, the witness restating the lead-in in the item (trial 110 #1)', () => {
  it('"Parties should: | (b) Share data …" → "Parties should share data …": only the punctuation', () => {
    expect(listed([LEAD, FIRST, 'Share threat data with regional centres;'], [[['C1b'], 'Parties should share threat data with regional centres.']], 'C1b')).toEqual([
      ['punctuation', null, ';', '.'],
    ]);
  });
  it('an item opening with a negator is a prohibition under the lead-in\'s modal: "must not" strengthens it', () => {
    expect(listed([LEAD, FIRST, 'Not knowingly host botnet servers on their networks;'], [[['C1b'], 'Parties must not knowingly host botnet servers on their networks.']], 'C1b')).toEqual([
      ['modality', 'strengthened', '', 'must'],
      ['punctuation', null, ';', '.'],
    ]);
  });
  it('a hedged item restated with another bearer: actor (the lead-in\'s subject) and the hedge dropped', () => {
    expect(listed([LEAD, FIRST, 'Consider how best to assist victims of intrusions;'], [[['C1b'], 'Ministries should assist victims of intrusions.']], 'C1b')).toEqual([
      ['modality', 'strengthened', 'Consider how best to', ''],
      ['actor', null, '', 'Ministries'],
      ['punctuation', null, ';', '.'],
    ]);
  });
  it('the sibling before the item need not open with a verb: "(a) In an emergency, notify …;"', () => {
    expect(listed([LEAD, 'In an emergency, notify the other Parties;', 'Share threat data with regional centres;'], [[['C1b'], 'Parties must share threat data with regional centres.']], 'C1b')).toEqual([
      ['modality', 'strengthened', '', 'must'],
      ['punctuation', null, ';', '.'],
    ]);
  });
  it('an adverbial opening the restated item is its own piece: "Finally, Ministries must share …"', () => {
    expect(listed([LEAD, FIRST, 'Share threat data with regional centres;'], [[['C1b'], 'Finally, Ministries must share threat data with regional centres.']], 'C1b')).toEqual([
      ['modality', 'strengthened', '', 'must'],
      ['actor', null, '', 'Ministries'],
      ['addition', null, '', 'Finally,'],
      ['punctuation', null, ';', '.'],
    ]);
  });
  it('near miss: the witness with its own lead-in and items reports the modal once, on the lead-in', () => {
    const base = [LEAD, FIRST, 'Share threat data with regional centres;'];
    const wit: [string[], string][] = [[['C1'], 'Parties must:'], [['C1a'], FIRST], [['C1b'], 'Share threat data with regional centres;']];
    expect(listed(base, wit, 'C1')).toEqual([['modality', 'strengthened', 'should', 'must']]);
    expect(listed(base, wit, 'C1b')).toEqual([]);
  });
  it('near miss: outside a list the subject and the hedge are compared as before', () => {
    expect(rows('Parties should consider how best to assist victims of intrusions.', 'Ministries should assist victims of intrusions.')).toEqual([
      ['actor', null, 'Parties', 'Ministries'],
      ['modality', 'strengthened', 'consider how best to', ''],
    ]);
  });
});

describe('an item\'s directive verb under the lead-in\'s modal against the same directive in the passive (trial 110 #2)', () => {
  it('"Parties should: | (b) Encourage …" → "Parties are encouraged to …": modality weakened', () => {
    expect(listed([LEAD, FIRST, 'Encourage the timely disclosure of flaws;'], [[['C1b'], 'Parties are encouraged to disclose flaws in a timely way.']], 'C1b')[0]).toEqual([
      'modality',
      'weakened',
      'Encourage',
      'are encouraged to',
    ]);
  });
  it('near misses: the modal written out is weakened as before; a resolution\'s operative verb stays grammar', () => {
    expect(rows('Parties should encourage the timely disclosure of flaws.', 'Parties are encouraged to disclose flaws in a timely way.')[0]).toEqual([
      'modality',
      'weakened',
      'should encourage',
      'are encouraged to',
    ]);
    expect(rows('Encourages Parties to disclose flaws promptly.', 'Parties are encouraged to disclose flaws promptly.')).toEqual([
      ['grammatical', null, 'Encourages Parties', 'Parties are encouraged'],
    ]);
  });
});

describe('a verb of permitting in a negated item is the act the lead-in\'s modal governs (trial 110 #4)', () => {
  it('"(a) Not knowingly permit" → "(a) Not knowingly allow" under the same lead-in: lexical', () => {
    expect(
      listed([LEAD, 'Not knowingly permit their networks to be used for attacks;'], [[['C1'], LEAD], [['C1a'], 'Not knowingly allow their networks to be used for attacks;']], 'C1a'),
    ).toEqual([['lexical', null, 'permit', 'allow']]);
  });
  it('near misses: outside a list lexical as before; "shall allow" → "shall permit" lexical', () => {
    expect(rows('Parties should not knowingly permit their networks to be used for attacks.', 'Parties should not knowingly allow their networks to be used for attacks.')).toEqual([
      ['lexical', null, 'permit', 'allow'],
    ]);
    expect(rows('Each Party shall allow the export.', 'Each Party shall permit the export.')).toEqual([['lexical', null, 'allow', 'permit']]);
  });
  it('near miss: a negative determiner opens an item of its own, "(a) No Party should …": no lead-in frame', () => {
    expect(listed([LEAD, 'No Party should host botnet servers;'], [[['C1a'], 'No Party must host botnet servers.']], 'C1a')).toEqual([
      ['modality', 'strengthened', 'should', 'must'],
      ['punctuation', null, ';', '.'],
    ]);
  });
});

describe('a party in the plural at the start of a sentence forbids, not exempts (trial 108 E1)', () => {
  it('"Regulators shall not require" → "should not require" weakened, also for "Adherents", and against "should avoid requiring"', () => {
    expect(rows('Regulators shall not require disclosure of keys.', 'Regulators should not require disclosure of keys.')).toEqual([['modality', 'weakened', 'shall', 'should']]);
    expect(rows('Adherents shall not require disclosure of keys.', 'Adherents should not require disclosure of keys.')).toEqual([['modality', 'weakened', 'shall', 'should']]);
    expect(rows('Companies shall not require disclosure of keys.', 'Companies should avoid requiring disclosure of keys.')).toEqual([
      ['modality', 'weakened', 'shall not require', 'should avoid requiring'],
    ]);
  });
  it('near misses: a subject that names a thing stays an exemption (no direction); a party made to act stays a prohibition', () => {
    expect(rows('Shipments shall not require authorisation.', 'Shipments should not require authorisation.')).toEqual([['modality', null, 'shall', 'should']]);
    expect(rows('Regulators shall not require exporters to obtain a licence.', 'Regulators should not require exporters to obtain a licence.')).toEqual([
      ['modality', 'weakened', 'shall', 'should'],
    ]);
  });
});
