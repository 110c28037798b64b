import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/index.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { type ScoreResult, jaccard, parseGold, score, words } from '../../scripts/score.js';
import { runCli } from '../helpers/cli.js';
import { AI_CORPUS, type CorpusCopy, copyCorpus } from '../helpers/corpus.js';

// The hand-made gold lists (test/fixtures/gold/) scored by scripts/score.ts: floors that guard the
// analyser's quality against regressions. Raise them when the analyser improves.
const gold = (name: string) => parseGold(readFileSync(`test/fixtures/gold/${name}.yaml`, 'utf8'));

describe('scripts/score.ts matching rule', () => {
  it('word-level Jaccard of base+reading, quotes folded', () => {
    const bag = (b: string, r: string) => {
      const m = new Map<string, number>();
      for (const w of words(b)) m.set(`b:${w}`, (m.get(`b:${w}`) ?? 0) + 1);
      for (const w of words(r)) m.set(`r:${w}`, (m.get(`r:${w}`) ?? 0) + 1);
      return m;
    };
    expect(words("other States’ permission")).toEqual(['other', 'states', "'", 'permission']);
    expect(jaccard(bag('impair', 'destroy'), bag('impair', 'destroy'))).toBe(1);
    expect(jaccard(bag('States should', ''), bag('States', ''))).toBe(0.5);
    expect(jaccard(bag('stand against', 'oppose'), bag('stand against ICT activities', 'oppose the use'))).toBeLessThan(0.5);
  });
});

describe('scripts/score.ts in-file corpus', () => {
  const doc = (key: string) => `corpus:
  title: t
  base: a
  witnesses:
    - id: a
      clauses:
        C1: "States should protect data."
        C2: "States shall not collect data."
    - id: b
      clauses:
        ${key}: "States should protect data and shall not collect it."
divergences: []
`;
  it('a key naming two units is one merged clause, as a witness file heading is', () => {
    const g = parseGold(doc('C1 C2'));
    const b = g.corpus!.witnesses[1];
    expect(b.clauses).toHaveLength(1);
    expect(b.clauses[0].units).toEqual(['C1', 'C2']);
    const report = analyse(g.corpus!, { base: 'a' });
    const types = report.divergences.filter((v) => v.witness === 'b').map((v) => v.type);
    expect(types).toContain('merge');
    expect(types).not.toContain('absent');
  });
  it('a unit the base lacks is an error naming the witness and the unit, not a silent absence', () => {
    expect(() => parseGold(doc('C1 C9'))).toThrow(/witness 'b' has a clause for unknown unit 'C9'/);
    expect(() => parseGold(doc('C2.1'))).not.toThrow();
  });
});

describe('gold: Global Initiative on Data Security', () => {
  const g = gold('data-security');
  const r = score(g, analyse(loadCorpus('corpus'), { base: g.base }));

  it('the full-text copies: no substantive variant, every accidental found', () => {
    const full = (w: string) => r.falsePositives.filter((v) => v.witness === w);
    expect(full('mfa').filter((v) => v.class === 'substantive')).toEqual([]);
    expect(full('embassy-text').filter((v) => v.class === 'substantive')).toEqual([]);
    expect(r.misses.filter((m) => m.witness === 'mfa' && m.type !== 'punctuation')).toEqual([]);
  });

  it('precision and recall floors', () => {
    expect(r.byClass.substantive.recall).toBeGreaterThanOrEqual(0.86);
    expect(r.byClass.substantive.precision).toBeGreaterThanOrEqual(0.81);
    expect(r.overall.recall).toBeGreaterThanOrEqual(0.91);
    expect(r.overall.precision).toBeGreaterThanOrEqual(0.85);
  });

  it('the named substantive divergences are found', () => {
    const found = (unit: string, witness: string, type: string, base: string) =>
      r.matches.some((m) => m.gold.unit === unit && m.gold.witness === witness && m.gold.type === type && m.gold.base === base);
    expect(found('C4', 'paraphrase', 'modality', 'encourage')).toBe(true);
    expect(found('C4', 'paraphrase', 'actor', 'States')).toBe(true);
    expect(found('C5', 'paraphrase', 'qualifier-dropped', "without other States' permission")).toBe(true);
    expect(found('C7', 'unga-statement', 'qualifier-dropped', "to illegally obtain users' data or control or manipulate users' systems and devices")).toBe(true);
    expect(found('C6', 'embassy-speech', 'omission', 'Any bilateral data access agreement between two States should not infringe upon the judicial sovereignty and data security of a third State.')).toBe(true);
  });
});

describe('gold: a constructed arms-control declaration (generality)', () => {
  const g = gold('arms-control');
  const r = score(g, analyse(g.corpus!));

  it('precision and recall floors', () => {
    expect(r.byClass.substantive.recall).toBeGreaterThanOrEqual(0.94);
    expect(r.byClass.substantive.precision).toBeGreaterThanOrEqual(0.94);
    expect(r.byClass.accidental.precision).toBeGreaterThanOrEqual(0.75);
    expect(r.overall.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('the web copy has no substantive variant', () => {
    expect(r.falsePositives.filter((v) => v.witness === 'web' && v.class === 'substantive')).toEqual([]);
  });
});

describe('gold: an invented text tried as a new user would (AI in public administration)', () => {
  // raw sources and metadata only, as a scholar would bring them: ingest, then analyse
  const g = gold('ai-principles');
  let copy: CorpusCopy;
  let r: ScoreResult;
  beforeAll(() => {
    copy = copyCorpus(AI_CORPUS);
    const ingest = runCli(['ingest'], copy.root);
    if (ingest.code !== 0) throw new Error(ingest.stderr);
    r = score(g, analyse(loadCorpus(copy.dir), { base: g.base }));
  });
  afterAll(() => copy?.remove());

  it('precision and recall floors', () => {
    expect(r.overall.recall).toBeGreaterThanOrEqual(0.7);
    expect(r.overall.precision).toBeGreaterThanOrEqual(0.63);
    expect(r.byClass.substantive.recall).toBeGreaterThanOrEqual(0.69);
  });

  it('the web copy has no substantive variant; the close restatement keeps its modal, actor and qualifier changes', () => {
    expect(r.falsePositives.filter((v) => v.witness === 'web' && v.class === 'substantive')).toEqual([]);
    const found = (unit: string, witness: string, type: string) => r.matches.some((m) => m.gold.unit === unit && m.gold.witness === witness && m.gold.type === type);
    expect(found('C1', 'speech', 'actor')).toBe(true);
    expect(found('C2', 'speech', 'modality')).toBe(true);
    expect(found('C3', 'speech', 'qualifier-dropped')).toBe(true);
    expect(found('C6', 'speech', 'transposition')).toBe(true);
    expect(found('C4', 'speech', 'merge')).toBe(true);
  });

  it('no unit the witnesses read is reported absent (the loose paraphrase of C3 is placed by order)', () => {
    expect(r.falsePositives.filter((v) => v.type === 'absent')).toEqual([]);
  });
});
