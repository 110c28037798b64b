/**
 * The benchmark's synthetic-witness generator (scripts/synth.ts): deterministic for a seed, touches
 * about the requested share of words per kind of perturbation, and records what it planted truly.
 * No timing here, ever: the benchmark itself is `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseWitness } from '../../src/corpus/markdown.js';
import {
  countWords,
  DEFAULT_RATES,
  deriveSeed,
  expandBase,
  makeWitness,
  makeWitnesses,
  mulberry32,
  wordsOf,
  type BaseUnit,
} from '../../scripts/synth.js';

const path = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'corpus', 'witnesses', 'un-a75.md');
const BASE: BaseUnit[] = parseWitness(readFileSync(path, 'utf8'), path).clauses.map((c) => ({ id: c.units[0], text: c.text }));
const WORDS = BASE.reduce((n, u) => n + countWords(u.text), 0);
const SEEDS = [1, 2, 3, 42, 1234, 99991];
const NONE = { substitute: 0, delete: 0, insert: 0, modal: 0, qualifier: 0, move: 0 };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const hasWord = (text: string, word: string) => new RegExp(`(^|[^\\p{L}])${escape(word)}($|[^\\p{L}])`, 'iu').test(text);

describe('randomness', () => {
  it('mulberry32 gives the same stream for a seed, in [0, 1)', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBeGreaterThan(990);
    const c = mulberry32(8);
    expect(Array.from({ length: 10 }, () => c())).not.toEqual(xs.slice(0, 10));
  });

  it('derived seeds depend on every label', () => {
    expect(deriveSeed(1, 'witness', 'syn-001')).toBe(deriveSeed(1, 'witness', 'syn-001'));
    expect(deriveSeed(1, 'witness', 'syn-001')).not.toBe(deriveSeed(1, 'witness', 'syn-002'));
    expect(deriveSeed(1, 'witness', 'syn-001')).not.toBe(deriveSeed(2, 'witness', 'syn-001'));
  });
});

describe('determinism', () => {
  it('the same base and seed give identical witnesses', () => {
    expect(makeWitnesses(BASE, 4, 42)).toEqual(makeWitnesses(BASE, 4, 42));
  });

  it('another seed gives other witnesses; witnesses of one seed differ from each other', () => {
    const a = makeWitnesses(BASE, 3, 42);
    const b = makeWitnesses(BASE, 3, 43);
    expect(a.map((w) => w.clauses)).not.toEqual(b.map((w) => w.clauses));
    expect(new Set(a.map((w) => JSON.stringify(w.clauses))).size).toBe(3);
    expect(a.map((w) => w.id)).toEqual(['syn-001', 'syn-002', 'syn-003']);
  });

  it('a witness does not depend on how many are made with it', () => {
    expect(makeWitnesses(BASE, 5, 9)[1]).toEqual(makeWitnesses(BASE, 2, 9)[1]);
  });

  it('the long base is deterministic', () => {
    expect(expandBase(BASE, 3000, 5)).toEqual(expandBase(BASE, 3000, 5));
    expect(expandBase(BASE, 3000, 5)).not.toEqual(expandBase(BASE, 3000, 6));
  });
});

describe('perturbation rates', () => {
  it('with every rate at 0 the witness is the base text', () => {
    const w = makeWitness(BASE, 'syn-001', 1, NONE);
    expect(w.clauses).toEqual(BASE.map((u) => ({ unit: u.id, text: u.text })));
    expect(w.planted).toEqual({ modals: [], drops: [], moves: [] });
  });

  it.each(SEEDS)('seed %i: each kind touches about 5% of the words', (seed) => {
    const w = makeWitness(BASE, 'syn-001', seed);
    const target = Math.round(DEFAULT_RATES.substitute * WORDS);
    expect(w.counts.words).toBe(WORDS);
    expect(w.counts.substitute).toBe(target);
    expect(w.counts.delete).toBe(target);
    expect(w.counts.insert).toBe(target);
    // whole phrases and sentences: at least the target, overshooting by less than one of them
    expect(w.counts.qualifier).toBeGreaterThanOrEqual(target);
    expect(w.counts.qualifier).toBeLessThan(target + 12);
    expect(w.counts.move).toBeGreaterThanOrEqual(target);
    expect(w.counts.move).toBeLessThan(target + Math.max(...BASE.map((u) => countWords(u.text))));
    // modal markers are rarer than 5% of the words: every one of them is changed
    expect(w.counts.modal).toBeGreaterThan(0.03 * WORDS);
    expect(w.counts.modal).toBeLessThanOrEqual(target + 1);
  });

  it.each(SEEDS)('seed %i: the witness has the words the counts say', (seed) => {
    const w = makeWitness(BASE, 'syn-001', seed);
    const merged = w.counts.modal - w.planted.modals.length; // "call upon" → "urge"
    const words = w.clauses.reduce((n, c) => n + countWords(c.text), 0);
    expect(words).toBe(WORDS - w.counts.delete - w.counts.qualifier - merged + w.counts.insert);
  });

  it('rates are honoured one by one', () => {
    const only = (kind: keyof typeof NONE, rate: number) => makeWitness(BASE, 'syn-001', 3, { ...NONE, [kind]: rate }).counts;
    expect(only('substitute', 0.1).substitute).toBe(Math.round(0.1 * WORDS));
    expect(only('delete', 0.02).delete).toBe(Math.round(0.02 * WORDS));
    expect(only('insert', 0.08).insert).toBe(Math.round(0.08 * WORDS));
    const modal = only('modal', 0.01);
    expect(modal.modal).toBeGreaterThanOrEqual(Math.round(0.01 * WORDS));
    expect(modal.modal).toBeLessThanOrEqual(Math.round(0.01 * WORDS) + 1);
    expect({ ...modal, modal: 0, words: 0 }).toEqual({ ...NONE, words: 0 });
  });
});

describe('planted records', () => {
  const units = new Map(BASE.map((u) => [u.id, u.text]));
  const witnesses = SEEDS.flatMap((seed) => makeWitnesses(BASE, 2, seed));
  const clauseOf = (w: (typeof witnesses)[number], unit: string) => w.clauses.find((c) => c.unit === unit)!.text;

  it('every base unit has exactly one clause (moves reorder, they do not lose)', () => {
    for (const w of witnesses) expect(w.clauses.map((c) => c.unit).sort()).toEqual(BASE.map((u) => u.id).sort());
    expect(witnesses.some((w) => w.clauses.map((c) => c.unit).join() !== BASE.map((u) => u.id).join())).toBe(true);
  });

  it('a planted modal change replaced a marker of the base unit with another marker', () => {
    for (const w of witnesses) {
      expect(w.planted.modals.length).toBeGreaterThan(10);
      for (const m of w.planted.modals) {
        expect(m.witness).toBe(w.id);
        expect(hasWord(units.get(m.unit)!, m.from)).toBe(true);
        expect(hasWord(clauseOf(w, m.unit), m.to)).toBe(true);
        expect(m.to.toLowerCase()).not.toBe(m.from.toLowerCase());
      }
    }
    // the inverted conditional "Should States need…" is no obligation and is left alone
    for (const w of witnesses) expect(clauseOf(w, 'C6')).toMatch(/(^|\. )Should /);
  });

  it('a planted dropped phrase is a qualifier phrase of the base unit, gone from the witness', () => {
    const heads = new Set<string>();
    for (const w of witnesses) {
      expect(w.planted.drops.length).toBeGreaterThan(0);
      for (const d of w.planted.drops) {
        expect(d.witness).toBe(w.id);
        expect(units.get(d.unit)!).toContain(d.phrase);
        expect(clauseOf(w, d.unit)).not.toContain(d.phrase);
        expect(d.words).toEqual(wordsOf(d.phrase));
        expect(d.words.length).toBeGreaterThanOrEqual(3);
        expect(d.words.length).toBeLessThanOrEqual(12);
        heads.add(d.words[0] === 'to' ? 'to' : d.words.slice(0, d.words[0] === 'in' ? 3 : 1).join(' '));
      }
    }
    expect([...heads].sort()).toEqual(expect.arrayContaining(['through', 'to', 'with', 'without']));
  });

  it('planted changes are isolated: no other perturbation touches the word next to them', () => {
    for (const w of witnesses) {
      for (const d of w.planted.drops) {
        const base = units.get(d.unit)!;
        const before = base.slice(0, base.indexOf(d.phrase)).trim().split(/\s+/).pop();
        if (before) expect(clauseOf(w, d.unit)).toContain(before.replace(/[,;:.]$/, ''));
      }
    }
  });

  it('moves are recorded with the words they moved', () => {
    for (const w of witnesses) {
      expect(w.planted.moves.reduce((n, m) => n + m.words, 0)).toBe(w.counts.move);
      for (const m of w.planted.moves) expect(units.has(m.unit)).toBe(true);
    }
  });
});

describe('long bases', () => {
  it.each([7000, 70000])('%i words: about that many, unique ids, varied copies', (words) => {
    const long = expandBase(BASE, words, 1);
    const total = long.reduce((n, u) => n + countWords(u.text), 0);
    expect(total).toBeGreaterThanOrEqual(words);
    expect(total).toBeLessThan(words + 100);
    expect(new Set(long.map((u) => u.id)).size).toBe(long.length);
    expect(long.slice(0, BASE.length)).toEqual(BASE);
    expect(long[BASE.length].id).toBe('P8');
    // copies are not identical to each other
    expect(new Set(long.map((u) => u.text)).size).toBeGreaterThan(0.95 * long.length);
  });

  it('synthetic witnesses of a long base are made the same way', () => {
    const long = expandBase(BASE, 7000, 1);
    const [w] = makeWitnesses(long, 1, 1);
    expect(w.clauses).toHaveLength(long.length);
    expect(w.counts.substitute).toBe(Math.round(0.05 * w.counts.words));
    expect(w.planted.modals.length).toBeGreaterThan(100);
    expect(w.planted.drops.length).toBeGreaterThan(20);
  });
});
