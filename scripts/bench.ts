#!/usr/bin/env node
/**
 * `npm run bench`: how fast, how big and how right the analysis is.
 *
 *   seed            the real corpus, the whole `variorum report` process (node start-up and model
 *                   load included), on a copy of the corpus in a temporary directory; after a
 *                   warm-up run, which writes V8's code cache when the build is new (src/cli/launch.ts);
 *                   `cold_ms` is the same process without the cache
 *   seed-ingest     the same, from the raw sources: `variorum ingest` then `variorum report`
 *   witnesses-W     W = 5, 20, 50, 100 synthetic witnesses (scripts/synth.ts) of the ~700-word base
 *   length-L        5 synthetic witnesses of a base of L = 7,000 and 70,000 words (the base repeated
 *                   with varied wording)
 *
 * A synthetic case runs in a fresh child process (`--case NAME --json-one`) so that its peak RSS is
 * its own: the child tags the synthetic clauses with the real clause aligner (`alignClauses`) and
 * calls `analyse()` in process, after an untimed warm-up (model load, then the case itself run until
 * V8 has compiled the hot paths: at least two runs and 1.5 s, and until a run is no faster than 95%
 * of the best before it, at most 20 s); both are timed, at least three runs when the budget allows.
 *
 * Its peak RSS is that of one cold run in another child (`--rss-once`: model load and the case run
 * once, as a `variorum report` process runs it); the timing child's own peak, after its warm-up and
 * timed runs, is `peak_rss_warm_mb` (V8 lets its heap grow further over many runs before it collects).
 *
 * Per case: wall_ms (median of the runs), tokens_per_s (base + witness tokens / s), peak_rss_mb,
 * vs_tokenise (wall / the time wink-nlp alone takes to read the same texts: for the seed cases a
 * fresh process that loads the model and tokenises the corpus's clauses, for the synthetic ones
 * `tokenise` in process), planted_recall (share of the planted modal changes and dropped phrases
 * the report finds). Targets are printed with ✓/✗; the bench never fails on them.
 *
 * Flags: --json (one JSON document), --case NAME (only that case; with --json-one: run it in this
 * process and print one JSON line), --seed N, --runs N (most timed runs per case), --corpus DIR,
 * --keep (keep the temporary directory), --profile FILE (with --case NAME --json-one: a CPU profile of
 * the timed runs only, for Chrome DevTools or speedscope).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import type { Clause, Corpus, Report, Witness, WitnessMeta } from '../src/types.js';
import { expandBase, makeWitnesses, wordsOf, type BaseUnit, type SynthWitness } from './synth.js';

const HERE = dirname(fileURLToPath(import.meta.url));
/** Package root: dist/scripts/bench.js → ../.. */
const ROOT = resolve(HERE, '..', '..');
const CLI = join(ROOT, 'dist', 'variorum.mjs');
const SELF = fileURLToPath(import.meta.url);

const SYNTHETIC_CASES = ['witnesses-5', 'witnesses-20', 'witnesses-50', 'witnesses-100', 'length-7000', 'length-70000'];
const ALL_CASES = ['seed', 'seed-ingest', ...SYNTHETIC_CASES];

/** Longest warm-up of a synthetic case (ms). */
const WARM_MAX_MS = 20_000;

const TARGETS = { seed_ms: 500, vs_tokenise: 2.0, growth: 1.3, peak_rss_mb: 1024, planted_recall: 0.95 };

/** One line of the table / one element of `cases` in the JSON. */
export interface CaseResult {
  case: string;
  wall_ms: number | null;
  tokens_per_s: number | null;
  peak_rss_mb: number | null;
  vs_tokenise: number | null;
  planted_recall: number | null;
  /** Timed runs behind the median. */
  runs: number;
  /** Base + witness tokens analysed. */
  tokens: number | null;
  /** Words of the base text and number of non-base witnesses. */
  base_words: number | null;
  witnesses: number | null;
  /** The floor: wink-nlp alone reading the same texts (median ms). */
  tokenise_ms: number | null;
  /** Peak RSS of the timing process, after its warm-up and timed runs (peak_rss_mb is one cold run's, as a user's process makes it). */
  peak_rss_warm_mb?: number;
  /** Seed cases: the same process without V8's code cache (the first run after a build; median). */
  cold_ms?: number;
  /** Synthetic cases: clause alignment (tokenise + alignClauses) and analyse(), medians. */
  align_ms?: number;
  analyse_ms?: number;
  divergences?: number;
  planted?: { modal: [number, number]; dropped: [number, number] };
  error?: string;
}

// ---------------------------------------------------------------------------------------------
// Small helpers

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const round = (x: number, digits = 0) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Run `fn` at least once and again while the budget allows, up to `maxRuns`; times in ms. */
function measure<T>(fn: () => T, maxRuns: number, budgetMs: number, minRuns = 1): { times: number[]; last: T } {
  const times: number[] = [];
  const t0 = performance.now();
  let last: T | undefined;
  do {
    // the previous run's result is let go before the next run, so two never add up in the peak RSS
    last = undefined;
    const s = performance.now();
    last = fn();
    times.push(performance.now() - s);
  } while (times.length < maxRuns && (times.length < minRuns || performance.now() - t0 + median(times) < budgetMs));
  return { times, last: last as T };
}


/** Start V8's CPU profiler in this process; the function returned stops it and gives the profile. */
async function startProfile(): Promise<() => Promise<unknown>> {
  const { Session } = await import('node:inspector/promises');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  return async () => {
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    return profile;
  };
}

function log(msg: string): void {
  process.stderr.write(`bench: ${msg}\n`);
}

// ---------------------------------------------------------------------------------------------
// Synthetic cases (in process)

interface Opts {
  seed: number;
  runs?: number;
  corpus: string;
  /** Run the case once, cold (model load included), and report only its peak RSS (`--rss-once`). */
  rssOnce?: boolean;
  /** Write a CPU profile (.cpuprofile) of the timed runs of a synthetic case here (with --json-one). */
  profile?: string;
}

/** The base witness of a corpus directory, parsed from its witness file. */
async function loadBase(corpusDir: string): Promise<{ title: string; witness: Witness }> {
  const { loadSources } = await import('../src/corpus/load.js');
  const { parseWitness } = await import('../src/corpus/markdown.js');
  const { config } = loadSources(corpusDir);
  const path = join(corpusDir, 'witnesses', `${config.base}.md`);
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`node dist/variorum.mjs ingest --corpus ${corpusDir}\` first`);
  const w = parseWitness(readFileSync(path, 'utf8'), path);
  return { title: config.title, witness: { meta: w.meta, clauses: w.clauses, file: '' } };
}

function baseWitness(meta: WitnessMeta, units: readonly BaseUnit[]): Witness {
  return {
    meta,
    file: '',
    clauses: units.map((u): Clause => ({ text: u.text, units: [u.id], confidence: null, alignerUnits: [u.id], origin: 'aligner', line: 0 })),
  };
}

function synthMeta(id: string): WitnessMeta {
  return { id, title: `Synthetic witness ${id}`, date: '2020-09-08', issuer: 'scripts/synth.ts', kind: 'full-text', source: `synthetic/${id}` };
}

/** Planted modal changes and dropped phrases the report finds. */
export function plantedRecall(report: Report, ws: readonly SynthWitness[]): { modal: [number, number]; dropped: [number, number]; recall: number | null } {
  const byPlace = new Map<string, Report['divergences']>();
  for (const d of report.divergences) {
    const key = `${d.unit}\u0000${d.witness}`;
    let list = byPlace.get(key);
    if (!list) byPlace.set(key, (list = []));
    list.push(d);
  }
  const squash = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  let modalFound = 0;
  let modalTotal = 0;
  let dropFound = 0;
  let dropTotal = 0;
  for (const w of ws) {
    for (const m of w.planted.modals) {
      modalTotal++;
      const from = squash(m.from);
      if ((byPlace.get(`${m.unit}\u0000${w.id}`) ?? []).some((d) => d.type === 'modality' && squash(d.base).includes(from))) modalFound++;
    }
    for (const p of w.planted.drops) {
      dropTotal++;
      const found = (byPlace.get(`${p.unit}\u0000${w.id}`) ?? []).some((d) => {
        if (d.type !== 'qualifier-dropped' && d.type !== 'omission') return false;
        const base = new Set(wordsOf(d.base));
        const shared = p.words.filter((x) => base.has(x)).length;
        return shared * 2 >= p.words.length;
      });
      if (found) dropFound++;
    }
  }
  const total = modalTotal + dropTotal;
  return { modal: [modalFound, modalTotal], dropped: [dropFound, dropTotal], recall: total ? (modalFound + dropFound) / total : null };
}

async function runSyntheticCase(name: string, opts: Opts): Promise<CaseResult> {
  const m = /^(witnesses|length)-(\d+)$/.exec(name);
  if (!m) throw new Error(`unknown case '${name}' (cases: ${ALL_CASES.join(', ')})`);
  const size = Number(m[2]);
  const { tokenise } = await import('../src/nlp/index.js');
  const { alignClauses } = await import('../src/align/clauses.js');
  const { readPackageData } = await import('../src/data.js');
  const { analyse, loadLexicons } = await import('../src/analyse/index.js');
  type AlignerSettings = Parameters<typeof alignClauses>[2];

  const { title, witness: realBase } = await loadBase(opts.corpus);
  const realUnits: BaseUnit[] = realBase.clauses.map((c) => ({ id: c.units[0], text: c.text }));
  const baseUnits = m[1] === 'length' ? expandBase(realUnits, size, opts.seed) : realUnits;
  const count = m[1] === 'length' ? 5 : size;
  const synth = makeWitnesses(baseUnits, count, opts.seed);
  const aligner = readPackageData<AlignerSettings>('aligner');
  const lexicons = loadLexicons();

  let alignMs = 0;
  let analyseMs = 0;
  const pipeline = (units: readonly BaseUnit[], ws: readonly SynthWitness[]): Report => {
    const t0 = performance.now();
    // every text is tokenised once: the aligner and the analyser share the tokens
    const cache = new Map<string, ReturnType<typeof tokenise>>();
    const tok = (text: string) => {
      let t = cache.get(text);
      if (!t) cache.set(text, (t = tokenise(text)));
      return t;
    };
    const unitTokens = units.map((u) => ({ id: u.id, tokens: tok(u.text) }));
    const witnesses: Witness[] = [baseWitness(realBase.meta, units)];
    for (const w of ws) {
      const tags = alignClauses(unitTokens, w.clauses.map((c) => tok(c.text)), aligner);
      witnesses.push({
        meta: synthMeta(w.id),
        file: '',
        clauses: w.clauses.map((c, i): Clause => ({
          text: c.text, units: tags[i].units, confidence: tags[i].confidence, alignerUnits: tags[i].units, origin: 'aligner', line: 0,
        })),
      });
    }
    const t1 = performance.now();
    const corpus: Corpus = { title, base: realBase.meta.id, witnesses };
    const report = analyse(corpus, { lexicons, tokens: cache });
    alignMs = t1 - t0;
    analyseMs = performance.now() - t1;
    return report;
  };

  if (opts.rssOnce) {
    // one cold run, as a `variorum report` process makes it: its peak RSS (many runs in one
    // process let V8 grow its heap further before it collects, which says nothing of one run)
    const report = pipeline(baseUnits, synth);
    return { ...failed(name, ''), error: undefined, peak_rss_mb: round(process.resourceUsage().maxRSS / 1024, 1), divergences: report.divergences.length, runs: 1 };
  }
  // warm-up (untimed): loads the model, then runs the case itself until V8 has compiled the hot
  // paths (at least one run and 1.5 s; a small case needs dozens of runs before its timings settle)
  const warm = makeWitnesses(realUnits, 3, opts.seed + 1);
  pipeline(realUnits, warm);
  // … and until the runs stop getting faster (a run no faster than 95% of the best before it: V8's
  // optimising compiler works in the background, and on a busy machine a large case needs several
  // runs before its timings settle), at most WARM_MAX_MS
  const w0 = performance.now();
  let best = Infinity;
  for (let i = 0; i < 60; i++) {
    const s = performance.now();
    pipeline(baseUnits, synth);
    const t = performance.now() - s;
    const settled = t >= 0.95 * best;
    best = Math.min(best, t);
    const elapsed = performance.now() - w0;
    if (elapsed > WARM_MAX_MS || (i >= 1 && elapsed >= 1500 && settled)) break;
  }

  const aligns: number[] = [];
  const analyses: number[] = [];
  const maxRuns = opts.runs ?? 5;
  const profiler = opts.profile ? await startProfile() : undefined;
  const { times, last: report } = measure(() => {
    const r = pipeline(baseUnits, synth);
    aligns.push(alignMs);
    analyses.push(analyseMs);
    return r;
  }, maxRuns, 8000, Math.min(3, maxRuns));
  if (profiler) writeFileSync(opts.profile!, JSON.stringify(await profiler()));

  const texts = [...baseUnits.map((u) => u.text), ...synth.flatMap((w) => w.clauses.map((c) => c.text))];
  let tokens = 0;
  const floor = measure(() => {
    tokens = 0;
    for (const t of texts) tokens += tokenise(t).length;
  }, maxRuns, 3000);

  const wall = median(times);
  const found = plantedRecall(report, synth);
  return {
    case: name,
    wall_ms: round(wall),
    tokens_per_s: round(tokens / (wall / 1000)),
    peak_rss_mb: round(process.resourceUsage().maxRSS / 1024, 1),
    vs_tokenise: round(wall / median(floor.times), 2),
    planted_recall: found.recall === null ? null : round(found.recall, 3),
    runs: times.length,
    tokens,
    base_words: baseUnits.reduce((n, u) => n + wordsOf(u.text).length, 0),
    witnesses: synth.length,
    tokenise_ms: round(median(floor.times)),
    align_ms: round(median(aligns)),
    analyse_ms: round(median(analyses)),
    divergences: report.divergences.length,
    planted: { modal: found.modal, dropped: found.dropped },
  };
}

// ---------------------------------------------------------------------------------------------
// Seed cases (whole CLI processes)

/** Preload that records the process's peak RSS (KiB) in $VARIORUM_BENCH_RSS at exit. */
const RSS_PRELOAD = `process.on('exit', () => {
  try { require('node:fs').writeFileSync(process.env.VARIORUM_BENCH_RSS, String(process.resourceUsage().maxRSS)); } catch {}
});
`;

interface Timed {
  ms: number;
  rssKb: number;
}

function runNode(args: string[], tmp: string, what: string, preload = true, env: Record<string, string> = {}): Timed & { stdout: string } {
  const rssFile = join(tmp, 'rss.txt');
  rmSync(rssFile, { force: true });
  const argv = preload ? ['--require', join(tmp, 'rss.cjs'), ...args] : args;
  const t0 = performance.now();
  const r = spawnSync(process.execPath, argv, { encoding: 'utf8', env: { ...process.env, ...env, VARIORUM_BENCH_RSS: rssFile }, maxBuffer: 64 << 20 });
  const ms = performance.now() - t0;
  if (r.error) throw r.error;
  // exit 1 = "differences found" for the checking commands; anything else is a failure
  if (r.status !== 0 && r.status !== 1) throw new Error(`${what} exited with ${r.status ?? r.signal}: ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' | ')}`);
  const rssKb = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : NaN;
  return { ms, rssKb, stdout: r.stdout };
}

async function runSeedCases(names: string[], opts: Opts, tmp: string): Promise<CaseResult[]> {
  const corpus = join(tmp, 'corpus');
  const out = join(tmp, 'out');
  writeFileSync(join(tmp, 'rss.cjs'), RSS_PRELOAD);
  if (!existsSync(join(corpus, 'witnesses'))) runNode([CLI, 'ingest', '--corpus', corpus], tmp, 'variorum ingest');

  // the floor: a fresh process that loads wink-nlp and tokenises every clause of the corpus
  const { loadCorpus } = await import('../src/corpus/load.js');
  const c = loadCorpus(corpus);
  const texts = c.witnesses.flatMap((w) => w.clauses.map((cl) => cl.text));
  const baseWords = c.witnesses.find((w) => w.meta.id === c.base)!.clauses.reduce((n, cl) => n + wordsOf(cl.text).length, 0);
  writeFileSync(join(tmp, 'texts.json'), JSON.stringify(texts));
  const maxRuns = opts.runs ?? 7;
  runNode([SELF, '--floor', join(tmp, 'texts.json')], tmp, 'tokenise floor'); // warm-up (disk cache)
  const floors: number[] = [];
  let tokens = 0;
  for (let i = 0; i < Math.min(maxRuns, 5); i++) {
    const r = runNode([SELF, '--floor', join(tmp, 'texts.json')], tmp, 'tokenise floor');
    floors.push(r.ms);
    tokens = Number(r.stdout.trim());
  }
  const floor = median(floors);

  const results: CaseResult[] = [];
  const result = (name: string, runs: Timed[]): CaseResult => {
    const wall = median(runs.map((r) => r.ms));
    return {
      case: name,
      wall_ms: round(wall),
      tokens_per_s: round(tokens / (wall / 1000)),
      peak_rss_mb: round(Math.max(...runs.map((r) => r.rssKb)) / 1024, 1),
      vs_tokenise: round(wall / floor, 2),
      planted_recall: null,
      runs: runs.length,
      tokens,
      base_words: baseWords,
      witnesses: c.witnesses.length - 1,
      tokenise_ms: round(floor),
    };
  };
  const report = (env: Record<string, string> = {}): Timed => {
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out);
    const r = runNode([CLI, 'report', '--corpus', corpus, '--out', out], tmp, 'variorum report', true, env);
    if (readdirSync(out).length === 0) throw new Error(`variorum report wrote nothing to --out (${r.stdout.trim().slice(0, 200)})`);
    return r;
  };
  const attempt = (name: string, fn: () => CaseResult) => {
    try {
      results.push(fn());
      log(`${name}: ${results[results.length - 1].wall_ms} ms`);
    } catch (e) {
      log(`${name}: ${(e as Error).message}`);
      results.push(failed(name, (e as Error).message));
    }
  };
  if (names.includes('seed')) {
    attempt('seed', () => {
      report(); // warm-up (writes V8's code cache when the build is new: see src/cli/launch.ts)
      const runs: Timed[] = [];
      const cold: number[] = [];
      for (let i = 0; i < maxRuns; i++) {
        runs.push(report());
        // every other run, one without the code cache, as the first run after a build
        if (i % 2 === 0) cold.push(report({ VARIORUM_CODE_CACHE: '0' }).ms);
      }
      return { ...result('seed', runs), cold_ms: round(median(cold)) };
    });
  }
  if (names.includes('seed-ingest')) {
    attempt('seed-ingest', () => {
      const once = (): Timed => {
        rmSync(join(corpus, 'witnesses'), { recursive: true, force: true });
        const a = runNode([CLI, 'ingest', '--corpus', corpus], tmp, 'variorum ingest');
        const b = report();
        return { ms: a.ms + b.ms, rssKb: Math.max(a.rssKb, b.rssKb) };
      };
      once(); // warm-up
      const runs: Timed[] = [];
      for (let i = 0; i < Math.min(maxRuns, 5); i++) runs.push(once());
      return result('seed-ingest', runs);
    });
  }
  return results;
}

function failed(name: string, error: string): CaseResult {
  return {
    case: name, wall_ms: null, tokens_per_s: null, peak_rss_mb: null, vs_tokenise: null, planted_recall: null,
    runs: 0, tokens: null, base_words: null, witnesses: null, tokenise_ms: null, error,
  };
}

/** `--floor FILE`: load the model, tokenise every text of the JSON array, print the token count. */
async function floorProcess(file: string): Promise<void> {
  const { tokenise } = await import('../src/nlp/index.js');
  const texts = JSON.parse(readFileSync(file, 'utf8')) as string[];
  let n = 0;
  for (const t of texts) n += tokenise(t).length;
  process.stdout.write(`${n}\n`);
}

// ---------------------------------------------------------------------------------------------
// Output

function machine() {
  const cpus = os.cpus();
  return { cpus: cpus.length, model: cpus[0]?.model ?? 'unknown', node: process.version, platform: `${process.platform}-${process.arch}` };
}

function growth(results: CaseResult[]): { witnesses: number | null; length: number | null } {
  const wall = (name: string) => results.find((r) => r.case === name)?.wall_ms ?? null;
  const ratio = (big: string, small: string, size: number) => {
    const b = wall(big);
    const s = wall(small);
    return b !== null && s !== null && s > 0 ? round(b / s / size, 2) : null;
  };
  return { witnesses: ratio('witnesses-100', 'witnesses-5', 20), length: ratio('length-70000', 'length-7000', 10) };
}

const mark = (ok: boolean) => (ok ? '✓' : '✗');

/** Which targets a case misses (names), or null when none applies. */
function misses(r: CaseResult): string[] {
  const out: string[] = [];
  if (r.error) return ['error'];
  if (r.case === 'seed' && r.wall_ms !== null && r.wall_ms > TARGETS.seed_ms) out.push('wall');
  if (r.vs_tokenise !== null && r.vs_tokenise > TARGETS.vs_tokenise) out.push('vs_tokenise');
  if (r.peak_rss_mb !== null && r.peak_rss_mb > TARGETS.peak_rss_mb) out.push('rss');
  if (r.planted_recall !== null && r.planted_recall < TARGETS.planted_recall) out.push('recall');
  return out;
}

function num(x: number | null, digits = 0): string {
  if (x === null) return '—';
  return x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function markdown(results: CaseResult[], g: ReturnType<typeof growth>): string {
  const m = machine();
  const lines = [
    `variorum bench — ${m.model} × ${m.cpus}, node ${m.node}, ${m.platform}`,
    '',
    '| case | runs | tokens | wall ms | tokenise ms | vs tokenise | tokens/s | peak RSS MB | planted recall | targets |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: |',
  ];
  for (const r of results) {
    if (r.error) {
      lines.push(`| ${r.case} | — | — | — | — | — | — | — | — | ✗ error: ${r.error.replace(/\|/g, '\\|')} |`);
      continue;
    }
    const wall = r.case === 'seed' && r.wall_ms !== null ? `${num(r.wall_ms)} ${mark(r.wall_ms <= TARGETS.seed_ms)}` : num(r.wall_ms);
    const vs = r.vs_tokenise === null ? '—' : `${num(r.vs_tokenise, 2)} ${mark(r.vs_tokenise <= TARGETS.vs_tokenise)}`;
    const rss = r.peak_rss_mb === null ? '—' : `${num(r.peak_rss_mb)} ${mark(r.peak_rss_mb <= TARGETS.peak_rss_mb)}`;
    const rec = r.planted_recall === null ? '—' : `${num(r.planted_recall, 3)} ${mark(r.planted_recall >= TARGETS.planted_recall)}`;
    const miss = misses(r);
    lines.push(`| ${r.case} | ${r.runs} | ${num(r.tokens)} | ${wall} | ${num(r.tokenise_ms)} | ${vs} | ${num(r.tokens_per_s)} | ${rss} | ${rec} | ${miss.length ? `✗ ${miss.join(', ')}` : '✓'} |`);
  }
  const gl = (x: number | null) => (x === null ? '—' : `${num(x, 2)} ${mark(x <= TARGETS.growth)}`);
  lines.push(
    '',
    `Growth (1.0 = linear; target ≤ ${TARGETS.growth}): witnesses time(W=100)/time(W=5)/20 = ${gl(g.witnesses)}; length time(70k)/time(7k)/10 = ${gl(g.length)}`,
    '',
    `Targets: seed ≤ ${TARGETS.seed_ms} ms, vs tokenise ≤ ${TARGETS.vs_tokenise}, peak RSS ≤ ${TARGETS.peak_rss_mb} MB, planted recall ≥ ${TARGETS.planted_recall}.`,
    'seed cases: whole CLI processes, floor = a fresh process tokenising the corpus clauses; synthetic cases: clause alignment + analyse() in process, floor = tokenise() of the same texts.',
  );
  const seed = results.find((r) => r.case === 'seed' && r.cold_ms !== undefined);
  if (seed) lines.push('', `seed without V8's code cache (the first run after a build): ${num(seed.cold_ms!)} ms (median).`);
  const synth = results.filter((r) => r.align_ms !== undefined);
  if (synth.length) {
    const split = (r: CaseResult) => {
      const alone = r.tokenise_ms ? ` (${num((r.analyse_ms ?? 0) / r.tokenise_ms, 2)}× tokenise)` : '';
      return `${r.case} align ${num(r.align_ms ?? null)} + analyse ${num(r.analyse_ms ?? null)}${alone}`;
    };
    lines.push('', 'Where the synthetic time goes (medians, ms; align = tokenise + alignClauses, analyse = analyse() alone): ' + synth.map(split).join('; '));
    lines.push('Planted found (modal, dropped): ' + synth.map((r) => `${r.case} ${r.planted!.modal.join('/')}, ${r.planted!.dropped.join('/')}`).join('; '));
  }
  return lines.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------
// Main

const USAGE = `usage: node dist/scripts/bench.js [--json] [--case NAME …] [--runs N] [--seed N] [--corpus DIR] [--keep]
       node dist/scripts/bench.js --case NAME --json-one [--profile FILE.cpuprofile]
cases: ${ALL_CASES.join(', ')}`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      help: { type: 'boolean', short: 'h', default: false },
      json: { type: 'boolean', default: false },
      'json-one': { type: 'boolean', default: false },
      'rss-once': { type: 'boolean', default: false },
      case: { type: 'string', multiple: true },
      seed: { type: 'string', default: '1' },
      runs: { type: 'string' },
      corpus: { type: 'string' },
      floor: { type: 'string' },
      keep: { type: 'boolean', default: false },
      profile: { type: 'string' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.floor) {
    await floorProcess(values.floor);
    return 0;
  }
  const opts: Opts = {
    seed: Number(values.seed),
    runs: values.runs === undefined ? undefined : Math.max(1, Number(values.runs)),
    corpus: resolve(values.corpus ?? join(ROOT, 'corpus')),
    rssOnce: values['rss-once'],
    profile: values.profile === undefined ? undefined : resolve(values.profile),
  };
  if (!Number.isInteger(opts.seed)) throw new Error(`--seed must be an integer, got '${values.seed}'`);
  const names = (values.case ?? ALL_CASES).flatMap((c) => c.split(','));
  for (const n of names) if (!ALL_CASES.includes(n)) throw new Error(`unknown case '${n}' (cases: ${ALL_CASES.join(', ')})`);

  if (values['json-one']) {
    if (names.length !== 1 || !SYNTHETIC_CASES.includes(names[0])) throw new Error(`--json-one runs one synthetic case (${SYNTHETIC_CASES.join(', ')})`);
    process.stdout.write(JSON.stringify(await runSyntheticCase(names[0], opts)) + '\n');
    return 0;
  }

  if (!existsSync(CLI)) throw new Error(`${CLI} not found: run \`npm run build\` first`);
  const tmp = mkdtempSync(join(os.tmpdir(), 'variorum-bench-'));
  const results: CaseResult[] = [];
  try {
    cpSync(opts.corpus, join(tmp, 'corpus'), { recursive: true });
    const seedNames = names.filter((n) => n.startsWith('seed'));
    if (seedNames.length) results.push(...(await runSeedCases(seedNames, opts, tmp)));
    for (const name of names.filter((n) => !n.startsWith('seed'))) {
      const args = [SELF, '--case', name, '--json-one', '--seed', String(opts.seed), '--corpus', join(tmp, 'corpus')];
      if (opts.runs !== undefined) args.push('--runs', String(opts.runs));
      const r = spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 << 20 });
      const line = r.stdout?.trim().split('\n').pop() ?? '';
      // the peak RSS of one cold run, in a process of its own
      const once = spawnSync(process.execPath, [...args, '--rss-once'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 << 20 });
      const onceLine = once.stdout?.trim().split('\n').pop() ?? '';
      if (r.status === 0 && line.startsWith('{')) {
        const res = JSON.parse(line) as CaseResult;
        if (once.status === 0 && onceLine.startsWith('{')) {
          res.peak_rss_warm_mb = res.peak_rss_mb ?? undefined;
          res.peak_rss_mb = (JSON.parse(onceLine) as CaseResult).peak_rss_mb;
        }
        results.push(res);
        log(`${name}: ${res.wall_ms} ms`);
      } else {
        log(`${name}: child exited with ${r.status ?? r.signal}`);
        results.push(failed(name, `child exited with ${r.status ?? r.signal}`));
      }
    }
  } finally {
    if (values.keep) log(`kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
  const g = growth(results);
  if (values.json) {
    const doc = { machine: machine(), seed: opts.seed, targets: TARGETS, cases: results, growth: g };
    process.stdout.write(JSON.stringify(doc, null, 2) + '\n');
  } else {
    process.stdout.write(markdown(results, g));
  }
  return results.some((r) => r.error) ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (e) {
  // a bad flag is a usage error (one line); anything else is shown with its stack
  const usage = (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
  process.stderr.write(usage ? `bench: ${(e as Error).message}\n${USAGE}\n` : `bench: ${(e as Error).stack ?? String(e)}\n`);
  process.exitCode = 2;
}
