/**
 * `variorum ingest`: raw sources → corpus/witnesses/*.md. Everything is computed and checked
 * before the first write; files are written atomically; a hand-edited witness is left alone
 * unless --force, and the command says what it would have changed.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { readPackageData } from '../data.js';
import { readIfExists, readText, writeFilesAtomic } from '../io/files.js';
import { loadSources } from '../corpus/load.js';
import { parseWitness, renderWitness } from '../corpus/markdown.js';
import { buildWitnesses } from '../ingest/index.js';
import { isHtml, loadHtmlReader } from '../ingest/html.js';
import type { Enumerators } from '../ingest/segment.js';
import type { AlignerSettings } from '../align/clauses.js';
import { loadLexicons } from '../analyse/index.js';
import { spellingKey } from '../analyse/classify/spelling.js';
import type { Witness } from '../types.js';
import { parseYamlFile } from '../data.js';

export interface IngestOptions { corpus: string; force: boolean }

export interface IngestOutcome {
  id: string;
  file: string;
  status: 'written' | 'unchanged' | 'kept-hand-edited';
  /** For kept files: what ingest would change. */
  changes: string[];
}

/** Enumerators of the package, plus the corpus's own `lexicons/enumerators.yaml` if any. */
export function loadEnumerators(corpusDir: string): Enumerators {
  const base = readPackageData<Enumerators>('enumerators');
  const extraPath = join(corpusDir, 'lexicons', 'enumerators.yaml');
  if (!existsSync(extraPath)) return base;
  const extra = parseYamlFile<Partial<Enumerators>>(readText(extraPath), extraPath) ?? {};
  return {
    ordinals: [...base.ordinals, ...(extra.ordinals ?? [])],
    bullets: [...base.bullets, ...(extra.bullets ?? [])],
    numbering: [...base.numbering, ...(extra.numbering ?? [])],
    headings: { ...base.headings, ...extra.headings } as Enumerators['headings'],
    layout: { ...base.layout, ...extra.layout },
  };
}

/** Ingest the corpus; `warnings`, when given, is filled with warnings about the sources (one line each). */
export async function ingest(opts: IngestOptions, warnings?: string[]): Promise<IngestOutcome[]> {
  const { config, file: sourcesFile } = loadSources(opts.corpus);
  const raw: Record<string, string> = {};
  for (const w of config.witnesses) {
    if (raw[w.meta.source] === undefined) raw[w.meta.source] = readText(join(opts.corpus, w.meta.source), join(opts.corpus, w.meta.source));
  }
  // Existing witness files: their hand-set tags survive; a file we cannot read stops the run
  // (unless --force), before anything is written.
  const previous: Record<string, Witness | undefined> = {};
  const existing: Record<string, { text: string; edited: boolean } | undefined> = {};
  for (const w of config.witnesses) {
    const path = join(opts.corpus, 'witnesses', `${w.meta.id}.md`);
    const text = readIfExists(path);
    if (text === undefined) continue;
    try {
      const parsed = parseWitness(readText(path, path), path);
      previous[w.meta.id] = parsed;
      existing[w.meta.id] = { text, edited: parsed.checksum !== parsed.bodyChecksum };
    } catch (e) {
      if (!(e instanceof UserError) || !opts.force) {
        throw e instanceof UserError ? new UserError(`${e.message} (nothing written; fix the file or re-run with --force to regenerate it)`) : e;
      }
      existing[w.meta.id] = { text, edited: true };
    }
  }
  // (the corpus's own lexicons too: its spelling rules fold words for the aligner)
  const lexicons = loadLexicons(join(opts.corpus, 'lexicons'));
  const witnesses = buildWitnesses({
    config,
    raw,
    enumerators: loadEnumerators(opts.corpus),
    aligner: readPackageData<AlignerSettings>('aligner'),
    spelling: (word) => spellingKey(word, lexicons),
    previous,
    // a base edited by hand and kept: the other witnesses are aligned with it, not with the raw text
    keptBase: !opts.force && existing[config.base]?.edited ? previous[config.base] : undefined,
    sourcesFile,
    // the HTML parser is loaded only for a corpus with an HTML source
    html: config.witnesses.some((w) => isHtml(w.meta.source, raw[w.meta.source])) ? await loadHtmlReader() : undefined,
    // as the files were read (and as the CLI names them elsewhere): under the corpus directory
    shownSource: (source) => join(opts.corpus, source),
    warnings,
  });
  const outcomes: IngestOutcome[] = [];
  const writes: [string, string][] = [];
  for (const w of witnesses) {
    const path = join(opts.corpus, w.file);
    const content = renderWitness(w, w.meta.id === config.base);
    const old = existing[w.meta.id];
    const outcome: IngestOutcome = { id: w.meta.id, file: path, status: 'written', changes: [] };
    if (old && old.text === content) outcome.status = 'unchanged';
    else if (old && old.edited && !opts.force) {
      outcome.status = 'kept-hand-edited';
      outcome.changes = describeChanges(previous[w.meta.id], w);
    } else writes.push([path, content]);
    outcomes.push(outcome);
  }
  // all or nothing: a failure to write one witness leaves every file as it was
  writeFilesAtomic(writes.map(([path, content]) => ({ path, content })));
  return outcomes;
}

/** Clause-level description of what regenerating a witness would change. */
export function describeChanges(before: Witness | undefined, after: Witness): string[] {
  if (!before) return ['the file would be regenerated (it does not parse)'];
  const out: string[] = [];
  const n = Math.max(before.clauses.length, after.clauses.length);
  for (let i = 0; i < n; i++) {
    const a = before.clauses[i];
    const b = after.clauses[i];
    const label = `clause ${i + 1}`;
    if (!a) out.push(`${label}: would be added (${b.units.join(' ') || '—'}) "${clip(b.text)}"`);
    else if (!b) out.push(`${label}: would be removed (${a.units.join(' ') || '—'}) "${clip(a.text)}"`);
    else {
      if (a.text !== b.text) {
        // show both texts from a little before their first difference
        let d = 0;
        while (d < a.text.length && d < b.text.length && a.text[d] === b.text[d]) d++;
        const from = d > 20 ? d - 20 : 0;
        const show = (t: string) => (from ? '…' : '') + clip(t.slice(from));
        out.push(`${label} (${a.units.join(' ') || '—'}): text "${show(a.text)}" → "${show(b.text)}"`);
      }
      if (a.units.join(' ') !== b.units.join(' ')) out.push(`${label}: tags ${a.units.join(' ') || '—'} → ${b.units.join(' ') || '—'}`);
      else if (a.alignerUnits.join(' ') !== b.alignerUnits.join(' ')) out.push(`${label}: aligner proposal ${a.alignerUnits.join(' ') || '—'} → ${b.alignerUnits.join(' ') || '—'}`);
    }
  }
  return out.length ? out : ['nothing but the recorded checksum: the file already reads as ingest would write it, with your tags (--force records the new checksum and keeps them)'];
}

/** A text shortened to `max` characters for a message, an ellipsis marking the cut. */
export function clip(s: string, max = 60): string {
  return s.length > max ? `${s.slice(0, max - 3)}…` : s;
}
