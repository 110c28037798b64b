import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/index.js';
import { clause, corpus, witness } from './helpers.js';

// A reading token for token the base's is not compared (analyse() passes it by): these tests pin
// what the report must still say of it, beside readings that do differ.
const P1 = 'States shall take measures to protect personal information. They should not misuse it.';
const P2 = 'The Secretariat may, where appropriate, convene meetings of experts, which shall:';
const C1 = 'Report to the Conference each year;';
const C2 = 'Publish its findings.';

function base() {
  return witness('base', [clause(P1, ['P1']), clause(P2, ['P2']), { ...clause(C1, ['C1']), marker: '(a)' }, { ...clause(C2, ['C2']), marker: '(b)' }]);
}

describe('a reading identical to the base', () => {
  it('has no divergence, every token agrees, and its segments are one equal run per unit', () => {
    const r = analyse(corpus([base(), witness('copy', base().clauses)]));
    expect(r.divergences).toEqual([]);
    const pair = r.pairs.find((p) => p.witness === 'copy')!;
    expect(pair.agreement).toBe(1);
    expect(pair.identicalTokens).toBe(pair.baseTokens);
    for (const u of r.units) expect(u.segments!.copy).toEqual([{ op: 'equal', base: u.readings.base, reading: u.readings.base }]);
  });

  it('a unit read in two clauses, or only in part, is still compared with the base', () => {
    const split = witness('split', [
      clause('States shall take measures to protect personal information.', ['P1']),
      clause('They should not misuse it.', ['P1']),
      clause(P2, ['P2']), { ...clause(C1, ['C1']), marker: '(a)' }, { ...clause(C2, ['C2']), marker: '(b)' },
    ]);
    expect(analyse(corpus([base(), split])).divergences).toEqual([]);
    const part = witness('part', [clause('States shall take measures to protect personal information.', ['P1.1']), clause(P2, ['P2'])]);
    const d = analyse(corpus([base(), part])).divergences.map((v) => [v.unit, v.type, v.base]);
    expect(d).toEqual([['P1', 'absent', 'They should not misuse it.'], ['C1', 'absent', C1], ['C2', 'absent', C2]]);
  });

  it('near misses: one word changed, a case changed, an item read under another lead-in', () => {
    const one = witness('one', [clause(P1.replace('shall', 'should'), ['P1']), ...base().clauses.slice(1)]);
    expect(analyse(corpus([base(), one])).divergences.map((v) => [v.unit, v.type, v.direction ?? null])).toEqual([['P1', 'modality', 'weakened']]);
    const cased = witness('cased', [clause(P1.replace('personal', 'Personal'), ['P1']), ...base().clauses.slice(1)]);
    expect(analyse(corpus([base(), cased])).divergences.map((v) => [v.unit, v.type])).toEqual([['P1', 'case']]);
    // the item's lead-in reads 'may' for 'shall': the change is the lead-in's, the item's identical reading inherits its own
    const lead = witness('lead', [clause(P1, ['P1']), clause(P2.replace('which shall', 'which may'), ['P2']), ...base().clauses.slice(2)]);
    expect(analyse(corpus([base(), lead])).divergences.map((v) => [v.unit, v.type, v.direction ?? null])).toEqual([['P2', 'modality', 'weakened']]);
  });
});
