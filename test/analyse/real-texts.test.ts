/**
 * The analyser on the real texts of the Global Initiative on Data Security.
 */
import { describe, expect, it } from 'vitest';
import { analyseReadings } from '../../src/analyse/index.js';
import { MFA, PRESS, STATEMENT_C7, UN, UNITS } from './fixtures/gids.js';

function run(base: string, reading: string) {
  return analyseReadings(base, reading).variants;
}

describe('MFA web page against the UN annex', () => {
  it.each(UNITS.map((u) => [u]))('%s has no substantive variant', (u) => {
    const vs = run(UN[u], MFA[u]);
    expect(vs.filter((v) => v.class === 'substantive').map((v) => `${v.type}: ${v.explanation}`)).toEqual([]);
  });

  it('finds every accidental difference the pages have', () => {
    const all = UNITS.flatMap((u) => run(UN[u], MFA[u]).map((v) => ({ u, ...v })));
    const count = (t: string) => all.filter((v) => v.type === t).length;
    expect(count('spelling')).toBe(1);
    expect(count('compound')).toBe(1);
    expect(count('case')).toBe(1);
    // two commas, and the comma of "information, which has a bearing" (its own variant beside the grammar)
    expect(count('punctuation')).toBe(3);
    expect(count('grammatical')).toBeGreaterThanOrEqual(14);
    expect(all.every((v) => v.weight <= 1)).toBe(true);
  });

  it('P3: labour → labor is spelling, the rest grammatical', () => {
    const vs = run(UN.P3, MFA.P3);
    expect(vs.filter((v) => v.type === 'spelling').map((v) => [v.base, v.reading])).toEqual([['labour', 'labor']]);
    expect(new Set(vs.map((v) => v.type))).toEqual(new Set(['spelling', 'grammatical']));
    expect(vs.find((v) => v.base === 'developments in the')?.reading).toBe('development of');
  });

  it('P2 and P5: ", which has a bearing on" → "bearing on" is grammatical', () => {
    for (const u of ['P2', 'P5'] as const) {
      const v = run(UN[u], MFA[u]).find((x) => x.base.includes('which has a'));
      expect(v?.type).toBe('grammatical');
      expect(v?.reading).toBe('');
    }
  });

  it('P4 and E1: "call upon" → "call on" is grammatical, not modality', () => {
    for (const u of ['P4', 'E1'] as const) {
      const v = run(UN[u], MFA[u]).find((x) => x.base === 'upon');
      expect(v?.type).toBe('grammatical');
      expect(v?.reading).toBe('on');
    }
  });

  it('P6: Governments → governments is case', () => {
    const vs = run(UN.P6, MFA.P6);
    expect(vs.map((v) => [v.type, v.base, v.reading])).toEqual([['case', 'Governments', 'governments']]);
  });

  it('C7: back doors → backdoors is a compound, the plurals grammatical, nothing substantive', () => {
    const vs = run(UN.C7, MFA.C7);
    expect(vs.map((v) => [v.type, v.base, v.reading])).toEqual([
      ['grammatical', 'product and service', 'products and services'],
      ['compound', 'back doors', 'backdoors'],
      ['grammatical', 'or', ','],
    ]);
  });
});

describe('press paraphrase against the UN annex', () => {
  it('C4: encourage → require strengthens the obligation; States → all countries is an actor change', () => {
    const vs = run(UN.C4, PRESS.C4!);
    const mod = vs.filter((v) => v.type === 'modality');
    expect(mod[0]).toMatchObject({ base: 'encourage', reading: 'require', direction: 'strengthened', class: 'substantive' });
    expect(mod[0].explanation).toBe("obligation strengthened: 'encourage' (2) → 'require' (6)");
    expect(vs.filter((v) => v.type === 'actor').map((v) => [v.base, v.reading])).toEqual([['States', 'all countries']]);
    // "should not request" → "never force": forbidding only the stronger act
    expect(mod[1]).toMatchObject({ base: 'should not request', reading: 'never force', direction: 'weakened' });
  });

  it('C5: the condition "without other States\' permission" is dropped', () => {
    const vs = run(UN.C5, PRESS.C5!);
    const q = vs.filter((v) => v.type === 'qualifier-dropped');
    expect(q.map((v) => v.base)).toEqual(["without other States' permission"]);
    expect(q[0].reading).toBe('');
    expect(q[0].explanation).toContain('the prohibition becomes absolute');
    // its words are reported once
    expect(vs.filter((v) => v.type !== 'qualifier-dropped' && v.base.includes('permission'))).toEqual([]);
  });

  it('C7: "not" → "never" strengthens; a purpose partly kept is not dropped', () => {
    const vs = run(UN.C7, PRESS.C7!);
    expect(vs.filter((v) => v.type === 'modality').map((v) => [v.base, v.reading, v.direction])).toEqual([['not', 'never', 'strengthened']]);
    expect(vs.filter((v) => v.type === 'qualifier-dropped')).toEqual([]);
    expect(vs.filter((v) => v.type === 'omission').map((v) => v.base)).toEqual(["or control or manipulate users' systems and devices"]);
  });

  it('C8: "should not" → "must never" strengthens the prohibition', () => {
    const vs = run(UN.C8, PRESS.C8!);
    expect(vs.filter((v) => v.type === 'modality').map((v) => [v.base, v.reading, v.direction])).toEqual([['should not', 'must never', 'strengthened']]);
  });

  it('C6: the scope "such as combating crimes" is dropped', () => {
    const vs = run(UN.C6, PRESS.C6!);
    expect(vs.filter((v) => v.type === 'qualifier-dropped').map((v) => v.base)).toEqual(['such as combating crimes']);
    // the second sentence (with its "should not") is gone: an omission, not a polarity flip
    expect(vs.filter((v) => v.type === 'negation')).toEqual([]);
  });

  it('every unit has variants, each with exactly one type of the right class', () => {
    for (const u of ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8'] as const) {
      const vs = run(UN[u], PRESS[u]!);
      expect(vs.some((v) => v.class === 'substantive')).toBe(true);
      for (const v of vs) expect(v.weight).toBeGreaterThanOrEqual(v.class === 'substantive' ? 2 : 0);
    }
  });
});

describe('First Committee statement against the UN annex', () => {
  it('C7: the purpose "to illegally obtain …" is dropped; back doors → backdoors stays a compound', () => {
    const vs = run(UN.C7, STATEMENT_C7);
    const q = vs.filter((v) => v.type === 'qualifier-dropped');
    expect(q.map((v) => v.base)).toEqual(["to illegally obtain users' data or control or manipulate users' systems and devices"]);
    expect(q[0].explanation).toMatch(/^purpose dropped: /);
    expect(vs.filter((v) => v.class === 'substantive')).toHaveLength(1);
    expect(vs.find((v) => v.type === 'compound')?.base).toBe('back doors');
  });
});
