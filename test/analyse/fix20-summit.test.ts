/**
 * Session 20 (summit): limbs dropped with their condition, merges, hashtags, named cases, standards
 * of effort, lead-ins (trials 98, 99).
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/index.js';
import { clause, corpus, variants, witness } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
const rows = (base: string, reading: string) => variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
/** [unit, type, direction, base, reading] of the divergences of a witness that merges the base units. */
const merged = (units: string[], reading: string, tags = units.map((_, k) => `U${k + 1}`)) => {
  const b = witness('base', units.map((u, k) => clause(u, [`U${k + 1}`])));
  const w = witness('wit', [clause(reading, tags)]);
  return analyse(corpus([b, w])).divergences.filter((v) => v.witness === 'wit' && v.type !== 'merge').map((v) => [v.unit, v.type, v.direction ?? null, v.base, v.reading]);
};

describe('a limb dropped with the condition that opens it is one omission (trial 98 #1)', () => {
  it('a prepositional limb: no "condition dropped, strengthened"', () => {
    expect(rows('Agencies will exchange data with each partner and, where necessary, with the regulators.', 'Agencies will exchange data with each partner.')).toEqual([
      ['omission', null, 'and, where necessary, with the regulators', ''],
    ]);
    expect(rows('Members shall confer with one another and, if requested, with the host State.', 'Members shall confer with one another.')).toEqual([
      ['omission', null, 'and, if requested, with the host State', ''],
    ]);
  });
  it('near misses: the condition alone dropped, limb kept, stays a dropped condition', () => {
    expect(rows('Agencies will exchange data with each partner and, where necessary, with the regulators.', 'Agencies will exchange data with each partner and with the regulators.')).toEqual([
      ['qualifier-dropped', 'strengthened', ', where necessary,', ''],
    ]);
    expect(rows('Agencies will exchange data, where necessary, with the regulators.', 'Agencies will exchange data with the regulators.')).toEqual([
      ['qualifier-dropped', 'strengthened', ', where necessary,', ''],
    ]);
  });
});
