#!/usr/bin/env node
/**
 * `npm run score`: how close the analyser comes to a hand-made gold list of divergences.
 *
 *   node dist/scripts/score.js [--gold FILE] [--corpus DIR] [--witness a,b] [--json] [--quiet]
 *
 * Loads a corpus (the `--corpus` directory when given, else the in-memory corpus the gold file
 * carries under `corpus:`, else `corpus`), runs `analyse()`, matches the gold entries (test/fixtures/gold/*.yaml,
 * default data-security.yaml) with the reported divergences and prints precision and recall per type,
 * per class and overall, then the misses and the false positives.
 *
 * Matching rule. A gold entry and a divergence can match only when they have the same unit, witness
 * and type, and, when the gold entry gives a direction, the same direction. Their similarity is the
 * word-level Jaccard index of their base+reading words: each of base and reading is cut into words
 * and punctuation marks (lower case, curly quotes folded), base words tagged `b:` and reading words
 * `r:`, and the index is |G ∩ P| / |G ∪ P| over these multisets. They match when the index is
 * ≥ 0.5. Matching is one-to-one: the candidate pairs are taken greedily, most similar first (ties:
 * gold order), each gold entry and each divergence used at most once. A gold `base: "*"` stands for
 * the whole base text of the unit (used for `absent`); a `transposition` with `base: "*"` is the
 * whole unit read out of order, and matches the analyser's transposition of the unit (no token
 * offsets; it quotes the unit and its reading).
 *
 * precision(type) = matched divergences of that type / divergences of that type;
 * recall(type) = matched gold entries of that type / gold entries of that type.
 * A miss whose words match an unmatched divergence of another type is listed as "typed as X".
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { analyse } from '../src/analyse/index.js';
import { loadCorpus } from '../src/corpus/load.js';
import { ACCIDENTAL_TYPES, SUBSTANTIVE_TYPES, type Corpus, type Report, type Variant, type VariantType, type Witness, type WitnessKind } from '../src/types.js';

export interface GoldItem {
  unit: string;
  witness: string;
  type: VariantType;
  class?: string;
  base: string;
  reading: string;
  direction?: string;
  note?: string;
}

export interface Gold {
  base?: string;
  items: GoldItem[];
  /** The corpus the gold file carries, if any. */
  corpus?: Corpus;
}

export interface Counts {
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ScoreResult {
  overall: Counts;
  byClass: Record<'accidental' | 'substantive', Counts>;
  byType: Partial<Record<VariantType, Counts>>;
  misses: (GoldItem & { typedAs?: VariantType })[];
  falsePositives: Variant[];
  matches: { gold: GoldItem; variant: Variant; similarity: number }[];
}

const TYPES: readonly VariantType[] = [...ACCIDENTAL_TYPES, ...SUBSTANTIVE_TYPES];
const ACC = new Set<string>(ACCIDENTAL_TYPES);

/** Words and punctuation marks, lower case, quotes folded. */
export function words(s: string): string[] {
  const folded = s.toLowerCase().replace(/[‘’ʼ`]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-');
  return folded.match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*|[^\s\p{L}\p{N}]/gu) ?? [];
}

function bag(base: string, reading: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of words(base)) m.set(`b:${w}`, (m.get(`b:${w}`) ?? 0) + 1);
  for (const w of words(reading)) m.set(`r:${w}`, (m.get(`r:${w}`) ?? 0) + 1);
  return m;
}

/** Multiset Jaccard index of two bags (1 when both are empty). */
export function jaccard(a: Map<string, number>, b: Map<string, number>): number {
  let inter = 0;
  let union = 0;
  const keys = new Set([...a.keys(), ...b.keys()]);
  for (const k of keys) {
    const x = a.get(k) ?? 0;
    const y = b.get(k) ?? 0;
    inter += Math.min(x, y);
    union += Math.max(x, y);
  }
  return union === 0 ? 1 : inter / union;
}

export const THRESHOLD = 0.5;

/** Parse a gold YAML document. A `witness:` list expands to one entry per witness. */
export function parseGold(text: string): Gold {
  const doc = parseYaml(text) as { base?: string; divergences?: unknown[]; corpus?: RawCorpus };
  const items: GoldItem[] = [];
  for (const raw of doc.divergences ?? []) {
    const e = raw as Record<string, unknown>;
    const ws = Array.isArray(e.witness) ? (e.witness as string[]) : [String(e.witness)];
    for (const w of ws) {
      const item: GoldItem = {
        unit: String(e.unit),
        witness: w,
        type: String(e.type) as VariantType,
        base: e.base == null ? '' : String(e.base),
        reading: e.reading == null ? '' : String(e.reading),
      };
      if (e.class) item.class = String(e.class);
      if (e.direction) item.direction = String(e.direction);
      if (e.note) item.note = String(e.note);
      if (!TYPES.includes(item.type)) throw new Error(`gold: unknown type '${item.type}' (${item.unit} ${w})`);
      items.push(item);
    }
  }
  const gold: Gold = { items };
  if (doc.base) gold.base = doc.base;
  if (doc.corpus) gold.corpus = corpusOf(doc.corpus);
  return gold;
}

interface RawCorpus {
  title: string;
  base: string;
  witnesses: { id: string; kind?: WitnessKind; clauses: Record<string, string> }[];
}

/**
 * The in-memory corpus of a gold file: one clause per key, tagged with the key's units. A key names
 * units as a witness file's heading does: `C5 C6` is one clause that covers two units (a merge),
 * `C4.2` a sentence of a unit. A unit the base witness does not have is an error, not a silent absence.
 */
function corpusOf(raw: RawCorpus): Corpus {
  const base = raw.witnesses.find((w) => w.id === raw.base);
  const known = base ? new Set(Object.keys(base.clauses)) : null;
  const witnesses: Witness[] = raw.witnesses.map((w) => ({
    meta: { id: w.id, title: w.id, date: '2020', issuer: 'gold', kind: w.kind ?? 'full-text', source: `raw/${w.id}.txt` },
    clauses: Object.entries(w.clauses).map(([key, text]) => {
      const units = key.trim().split(/\s+/);
      for (const u of units) {
        if (known && w !== base && !known.has(u.replace(/\.\d+$/, ''))) {
          throw new Error(`corpus: witness '${w.id}' has a clause for unknown unit '${u}' (the base '${raw.base}' has ${[...known].join(', ')})`);
        }
      }
      return { text, units, confidence: null, alignerUnits: units, origin: 'aligner' as const, line: 0 };
    }),
    file: '',
  }));
  return { title: raw.title, base: raw.base, witnesses };
}

function counts(gold: number, predicted: number, matchedGold: number, matchedPred: number): Counts {
  const precision = predicted ? matchedPred / predicted : gold ? 0 : 1;
  const recall = gold ? matchedGold / gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { gold, predicted, matched: matchedGold, precision, recall, f1 };
}

/** Match a gold list with a report's divergences (rule in the header). */
export function score(gold: Gold, report: Report): ScoreResult {
  const unitText = new Map(report.units.map((u) => [u.id, u.readings[report.base] ?? '']));
  const witnesses = new Set(gold.items.map((g) => g.witness));
  const preds = report.divergences.filter((v) => witnesses.has(v.witness));
  const gBags = gold.items.map((g) => bag(g.base === '*' ? unitText.get(g.unit) ?? '' : g.base, g.reading));
  const pBags = preds.map((v) => bag(v.base, v.reading));
  const byKey = new Map<string, number[]>();
  preds.forEach((v, j) => {
    const k = `${v.unit}|${v.witness}`;
    const l = byKey.get(k);
    if (l) l.push(j);
    else byKey.set(k, [j]);
  });
  const pairs: { i: number; j: number; s: number }[] = [];
  gold.items.forEach((g, i) => {
    for (const j of byKey.get(`${g.unit}|${g.witness}`) ?? []) {
      const v = preds[j];
      if (v.type !== g.type) continue;
      if (g.direction && v.direction !== g.direction) continue;
      const wholeUnit = g.type === 'transposition' && g.base === '*';
      const s = wholeUnit ? (v.baseSpan === null && v.readingSpan === null ? 1 : 0) : jaccard(gBags[i], pBags[j]);
      if (s >= THRESHOLD) pairs.push({ i, j, s });
    }
  });
  pairs.sort((a, b) => b.s - a.s || a.i - b.i || a.j - b.j);
  const gUsed = new Array<boolean>(gold.items.length).fill(false);
  const pUsed = new Array<boolean>(preds.length).fill(false);
  const matches: ScoreResult['matches'] = [];
  for (const p of pairs) {
    if (gUsed[p.i] || pUsed[p.j]) continue;
    gUsed[p.i] = true;
    pUsed[p.j] = true;
    matches.push({ gold: gold.items[p.i], variant: preds[p.j], similarity: p.s });
  }
  const misses: ScoreResult['misses'] = [];
  gold.items.forEach((g, i) => {
    if (gUsed[i]) return;
    let typedAs: VariantType | undefined;
    let best = 0;
    for (const j of byKey.get(`${g.unit}|${g.witness}`) ?? []) {
      if (pUsed[j]) continue;
      const s = jaccard(gBags[i], pBags[j]);
      if (s >= THRESHOLD && s > best) {
        best = s;
        typedAs = preds[j].type;
      }
    }
    misses.push(typedAs ? { ...g, typedAs } : { ...g });
  });
  const falsePositives = preds.filter((_, j) => !pUsed[j]);

  const tally = (pred: (t: VariantType) => boolean): Counts =>
    counts(
      gold.items.filter((g) => pred(g.type)).length,
      preds.filter((v) => pred(v.type)).length,
      gold.items.filter((g, i) => gUsed[i] && pred(g.type)).length,
      preds.filter((v, j) => pUsed[j] && pred(v.type)).length,
    );
  const byType: ScoreResult['byType'] = {};
  for (const t of TYPES) {
    const c = tally((x) => x === t);
    if (c.gold || c.predicted) byType[t] = c;
  }
  return {
    overall: tally(() => true),
    byClass: { accidental: tally((t) => ACC.has(t)), substantive: tally((t) => !ACC.has(t)) },
    byType,
    misses,
    falsePositives,
    matches,
  };
}

/**
 * Load the gold file and its corpus, analyse, score. The corpus: `corpusDir` when given (a gold file
 * that carries its own corpus scored against the same texts ingested from their raw files), else the
 * gold file's own, else the `corpus` directory.
 */
export function scoreFile(goldPath: string, corpusDir?: string, witnesses?: string[]): ScoreResult {
  const gold = parseGold(readFileSync(goldPath, 'utf8'));
  if (witnesses) gold.items = gold.items.filter((g) => witnesses.includes(g.witness));
  const corpus = corpusDir !== undefined ? loadCorpus(corpusDir) : gold.corpus ?? loadCorpus('corpus');
  const report = analyse(corpus, { base: gold.base ?? corpus.base });
  return score(gold, report);
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1).padStart(5)}%`;
}

function row(name: string, c: Counts): string {
  return `${name.padEnd(18)} ${String(c.gold).padStart(5)} ${String(c.predicted).padStart(6)} ${String(c.matched).padStart(7)}  ${pct(c.precision)}  ${pct(c.recall)}  ${pct(c.f1)}`;
}

function quote(s: string): string {
  return `'${s.length > 70 ? `${s.slice(0, 67)}...` : s}'`;
}

export function formatScore(r: ScoreResult, quiet = false): string {
  const out: string[] = [];
  out.push(`${'type'.padEnd(18)} ${'gold'.padStart(5)} ${'found'.padStart(6)} ${'matched'.padStart(7)}  ${'prec'.padStart(6)}  ${'recall'.padStart(6)}  ${'F1'.padStart(6)}`);
  for (const t of TYPES) if (r.byType[t]) out.push(row(t, r.byType[t]!));
  out.push('-'.repeat(68));
  out.push(row('accidental', r.byClass.accidental));
  out.push(row('substantive', r.byClass.substantive));
  out.push(row('overall', r.overall));
  if (quiet) return out.join('\n');
  out.push('', `misses (${r.misses.length}):`);
  for (const m of r.misses) {
    out.push(`  ${m.unit} ${m.witness} ${m.type}${m.direction ? ` (${m.direction})` : ''}: ${quote(m.base)} → ${quote(m.reading)}${m.typedAs ? `  [typed as ${m.typedAs}]` : ''}`);
  }
  out.push('', `false positives (${r.falsePositives.length}):`);
  for (const v of r.falsePositives) {
    out.push(`  ${v.unit} ${v.witness} ${v.type}${v.direction ? ` (${v.direction})` : ''}: ${quote(v.base)} → ${quote(v.reading)}`);
  }
  return out.join('\n');
}

const USAGE = 'usage: node dist/scripts/score.js [--gold FILE] [--corpus DIR] [--witness a,b] [--json] [--quiet]';

function main(): void {
  let values;
  try {
    values = parseArgs({
      options: {
        help: { type: 'boolean', short: 'h', default: false },
        gold: { type: 'string', default: 'test/fixtures/gold/data-security.yaml' },
        corpus: { type: 'string' },
        witness: { type: 'string' },
        json: { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
      },
    }).values;
  } catch (e) {
    process.stderr.write(`score: ${(e as Error).message}\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  let r: ScoreResult;
  try {
    r = scoreFile(resolve(values.gold!), values.corpus === undefined ? undefined : resolve(values.corpus), values.witness?.split(','));
  } catch (e) {
    process.stderr.write(`score: ${values.gold}: ${(e as Error).message.split('\n')[0]}\n`);
    process.exitCode = 2;
    return;
  }
  if (values.json) process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
  else process.stdout.write(`${formatScore(r, values.quiet)}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
