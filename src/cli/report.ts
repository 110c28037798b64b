/**
 * `variorum report`, `variorum check`, `variorum diff`: analysis → text. Commands return data;
 * src/cli/main.ts prints it and sets the exit code.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { isDir, readIfExists, writeFilesAtomic, type FileWrite } from '../io/files.js';
import { loadCorpus } from '../corpus/load.js';
import { analyse, loadLexicons } from '../analyse/index.js';
import { readPackageData } from '../data.js';
import type { AlignerSettings } from '../align/clauses.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderJson } from '../report/json.js';
import { renderTei } from '../report/tei.js';
import { renderCsv } from '../report/csv.js';
import { renderDiff } from '../report/terminal.js';
import { compareReports } from '../report/summary.js';
import type { Report } from '../types.js';

export type Format = 'md' | 'json' | 'tei' | 'csv';
export const FORMATS: readonly Format[] = ['md', 'json', 'tei', 'csv'];

export interface AnalysisOptions {
  corpus: string;
  base?: string;
  witness?: string;
  unit?: string;
}

/** Split a comma-separated flag value; an empty item is a usage error. */
export function list(value: string | undefined, flag: string): string[] | undefined {
  if (value === undefined) return undefined;
  const items = value.split(',').map((s) => s.trim());
  if (items.some((s) => s === '')) throw new UserError(`${flag} expects comma-separated names, got "${value}"`);
  return items;
}

/** Load the corpus (and its lexicon extensions) and analyse it. */
export function runAnalysis(opts: AnalysisOptions): Report {
  const corpus = loadCorpus(opts.corpus);
  return analyse(corpus, {
    base: opts.base,
    witnesses: list(opts.witness, '--witness'),
    units: list(opts.unit, '--unit'),
    lexicons: loadLexicons(join(opts.corpus, 'lexicons')),
    reviewBelow: reviewBelow(),
  });
}

/** The confidence under which the aligner's matches are listed for review (lexicons/aligner.yaml). */
function reviewBelow(): number {
  const s = readPackageData<AlignerSettings>('aligner');
  return s.review_below ?? s.gap_confidence;
}

/** Every file of a report directory, by relative path. */
export function reportFiles(report: Report, formats: readonly Format[] = FORMATS): Record<string, string> {
  const files: Record<string, string> = {};
  if (formats.includes('md')) Object.assign(files, renderMarkdown(report));
  if (formats.includes('json')) files['variorum.json'] = renderJson(report);
  if (formats.includes('tei')) files['variorum.tei.xml'] = renderTei(report);
  if (formats.includes('csv')) files['divergences.csv'] = renderCsv(report);
  return Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** One format as a single document for stdout. */
export function renderOne(report: Report, format: Format): string {
  if (format === 'json') return renderJson(report);
  if (format === 'tei') return renderTei(report);
  if (format === 'csv') return renderCsv(report);
  const pages = renderMarkdown(report);
  const order = Object.keys(pages).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return order.map((p) => pages[p]).join('\n---\n\n');
}

function rank(path: string): number {
  return path === 'README.md' ? 0 : path.startsWith('units/') ? 1 : 2;
}

/** Files present under `dir` (relative paths), recursively; hidden files skipped. */
function listFiles(dir: string, prefix = ''): string[] {
  if (!isDir(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.'))
    .flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}

/**
 * Write a report directory: the changed files all together (writeFilesAtomic), so a failure leaves
 * every existing file as it was. Returns the paths written and those already up to date.
 */
export function writeReports(outDir: string, files: Record<string, string>): { written: string[]; unchanged: string[] } {
  const written: string[] = [];
  const unchanged: string[] = [];
  const writes: FileWrite[] = [];
  for (const [rel, content] of Object.entries(files)) {
    const path = join(outDir, rel);
    if (readIfExists(path) === content) unchanged.push(rel);
    else {
      writes.push({ path, content });
      written.push(rel);
    }
  }
  writeFilesAtomic(writes);
  return { written, unchanged };
}

export interface CheckResult {
  /** True when reports/ matches what the corpus produces. */
  same: boolean;
  /** Files that differ, are missing, or are stale. */
  files: { path: string; status: 'changed' | 'missing' | 'stale' }[];
  /** Readable summary of what changed in the analysis. */
  summary: string[];
}

/** Recompute the reports and compare them with the committed ones. */
export function check(opts: { corpus: string; reports: string }, fresh: Report): CheckResult {
  const files = reportFiles(fresh);
  const onDisk = new Set(listFiles(opts.reports));
  const diffs: CheckResult['files'] = [];
  for (const [rel, content] of Object.entries(files)) {
    const old = readIfExists(join(opts.reports, rel));
    if (old === undefined) diffs.push({ path: rel, status: 'missing' });
    else if (old !== content) diffs.push({ path: rel, status: 'changed' });
    onDisk.delete(rel);
  }
  for (const rel of onDisk) if (isGenerated(rel)) diffs.push({ path: rel, status: 'stale' });
  if (diffs.length === 0) return { same: true, files: [], summary: [] };
  let summary: string[] = [];
  const oldJson = readIfExists(join(opts.reports, 'variorum.json'));
  if (oldJson === undefined) summary = ['no committed variorum.json to compare the analysis with'];
  else {
    try {
      const cmp = compareReports(JSON.parse(oldJson) as Report, fresh);
      summary = cmp.lines.length ? cmp.lines : ['the analysis is the same; only the rendering of the reports changed'];
    } catch {
      summary = ['the committed variorum.json does not parse; cannot summarise the analysis changes'];
    }
  }
  return { same: false, files: diffs, summary };
}

/** Files under reports/ that `report` generates (others, like notes a scholar adds, are left alone). */
function isGenerated(rel: string): boolean {
  return /^(README\.md|apparatus\.md|variorum\.json|variorum\.tei\.xml|divergences\.csv|units\/[^/]+\.md)$/.test(rel);
}

/** Remove generated files that the new report no longer has (a unit that disappeared). */
export function staleFiles(outDir: string, files: Record<string, string>): string[] {
  return listFiles(outDir).filter((rel) => isGenerated(rel) && !(rel in files));
}

/** `variorum diff A B`: the two witnesses unit by unit. */
export function diffWitnesses(opts: { corpus: string; a: string; b: string; unit?: string; color: boolean }): string {
  if (opts.a === opts.b) throw new UserError(`diff needs two different witnesses, got '${opts.a}' twice`);
  const report = runAnalysis({ corpus: opts.corpus, base: opts.a, witness: opts.b, unit: opts.unit });
  return renderDiff(report, { color: opts.color });
}
