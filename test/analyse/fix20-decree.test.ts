/**
 * Session 20: a government decree against a translation, an FAQ and a news report (trial 97): restricted
 * permissions with a long predicate, sanction clauses, instrument names, reworded time points and places,
 * conditions and verbs reworded whole, a head noun said once for two modifiers.
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

describe('a restricting "only" far from the permission in its clause still restricts it (trial 97 #1)', () => {
  const B = 'Files may be passed to partner bodies in other member regions only after an audit.';
  it('"may <long predicate> only after" → "can <short> only after": same force, no direction', () => {
    expect(rows(B, 'Files can travel abroad only after an audit.')).toEqual([
      ['grammatical', null, 'may', 'can'],
      ['lexical', null, 'be passed to partner bodies in other member regions', 'travel abroad'],
    ]);
    expect(rows(B, 'Files shall travel abroad only after an audit.')[0]).toEqual(['grammatical', null, 'may', 'shall']);
  });
  it('near misses: both short stays grammatical; the restriction added to a long predicate is strengthened', () => {
    expect(rows('Files may be passed abroad only after an audit.', 'Files can travel abroad only after an audit.')[0]).toEqual(['grammatical', null, 'may', 'can']);
    expect(rows('Files may be passed abroad after an audit.', 'Files can travel abroad after an audit.')[0]).toEqual(['modality', null, 'may', 'can']);
    expect(rows('Files may be passed to partner bodies in other member regions after an audit.', 'Files can travel abroad only after an audit.')[0]).toEqual(['modality', 'strengthened', 'may', 'can']);
  });
});

describe('a sanction clause states a consequence, not a duty (trial 97 #2)', () => {
  it('"shall be liable to a fine" → "face a fine": the auxiliary is grammar, the predicate lexical', () => {
    expect(rows('A firm that breaks this rule shall be liable to a penalty.', 'A firm that breaks this rule faces a penalty.')).toEqual([
      ['grammatical', null, 'shall', ''],
      ['lexical', null, 'be liable to', 'faces'],
    ]);
    expect(rows('A firm that breaks this rule shall incur a penalty.', 'A firm that breaks this rule incurs a penalty.').map((r) => r[0])).toEqual(['grammatical', 'grammatical']);
  });
  it('near misses: a duty made a description stays weakened; a consequence made possible is weakened', () => {
    expect(rows('Firms shall inform the Agency of any incident.', 'Firms inform the Agency of any incident.')).toEqual([['modality', 'weakened', 'shall', '']]);
    expect(rows('A firm that breaks this rule shall be liable to a penalty.', 'A firm that breaks this rule may be liable to a penalty.')).toEqual([['modality', 'weakened', 'shall', 'may']]);
  });
});

describe('"Under the decree," names the instrument: a framing addition, not a condition (trial 97 #3)', () => {
  it('decree and ordinance are instruments', () => {
    expect(rows('Firms shall keep records in the country.', 'Under the decree, firms must keep records in the country.')[0]).toEqual(['addition', null, '', 'Under the decree,']);
    expect(rows('Firms shall keep records in the country.', 'Under the Ordinance, firms must keep records in the country.')[0]).toEqual(['addition', null, '', 'Under the Ordinance,']);
  });
  it('near miss: "Under the conditions set by the Agency," stays a condition added', () => {
    expect(rows('Firms shall keep records in the country.', 'Under the conditions set by the Agency, firms must keep records in the country.')[0]).toEqual(['qualifier-added', 'weakened', '', 'Under the conditions set by the Agency,']);
  });
});
