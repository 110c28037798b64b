/**
 * Loading a corpus directory: `sources.yaml` (or `.yml`/`.json`) + `witnesses/<id>.md`, validated.
 * File-system edge of the corpus stage; the checks themselves are pure (validateCorpus).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { isDir, readText } from '../io/files.js';
import { parseSources, type SourcesConfig } from '../ingest/config.js';
import { sentences } from '../nlp/index.js';
import type { Corpus, Witness } from '../types.js';
import { parseWitness, TAG } from './markdown.js';

const SOURCE_NAMES = ['sources.yaml', 'sources.yml', 'sources.json'];

/** Find and parse the corpus metadata. */
export function loadSources(dir: string): { config: SourcesConfig; file: string } {
  if (!isDir(dir)) throw new UserError(existsSync(dir) ? 'not a directory, expected a corpus directory' : 'corpus directory not found (pass the corpus directory with --corpus DIR)', { file: dir });
  const name = SOURCE_NAMES.find((n) => existsSync(join(dir, n)));
  if (!name) {
    const empty = readdirSync(dir).length === 0;
    throw new UserError(`${empty ? 'corpus directory is empty: ' : ''}no corpus metadata (expected ${SOURCE_NAMES.join(' or ')})`, { file: dir });
  }
  const file = join(dir, name);
  return { config: parseSources(readText(file, file), file), file };
}

/** Read every witness file named by the metadata. Missing files → UserError (run `variorum ingest`). */
export function loadCorpus(dir: string): Corpus {
  const { config } = loadSources(dir);
  const witnessDir = join(dir, 'witnesses');
  const witnesses = config.witnesses.map((entry) => {
    const path = join(witnessDir, `${entry.meta.id}.md`);
    if (!existsSync(path)) throw new UserError(`witness file missing for '${entry.meta.id}' (run \`variorum ingest\`)`, { file: path });
    const w = parseWitness(readText(path, path), path);
    if (w.meta.id !== entry.meta.id) throw new UserError(`front matter id '${w.meta.id}' does not match the file name (expected '${entry.meta.id}')`, { file: path, line: 2 });
    return { meta: w.meta, clauses: w.clauses, file: path } satisfies Witness;
  });
  if (isDir(witnessDir)) {
    const known = new Set(config.witnesses.map((w) => `${w.meta.id}.md`));
    const extra = readdirSync(witnessDir).filter((f) => f.endsWith('.md') && !known.has(f)).sort();
    if (extra.length) throw new UserError(`witness '${extra[0].slice(0, -3)}' is not listed in the corpus metadata`, { file: join(witnessDir, extra[0]) });
  }
  const corpus: Corpus = { title: config.title, base: config.base, witnesses };
  validateCorpus(corpus);
  return corpus;
}

/**
 * Corpus-level checks: the base exists; its clauses carry one unique tag each; every other tag
 * names a base unit (and, for `C4.2`, an existing sentence). Errors name the witness file and line.
 */
export function validateCorpus(corpus: Corpus, base: string = corpus.base): void {
  const b = corpus.witnesses.find((w) => w.meta.id === base);
  if (!b) throw new UserError(`unknown base witness '${base}' (witnesses: ${corpus.witnesses.map((w) => w.meta.id).join(', ')})`);
  const units = new Map<string, string>();
  for (const c of b.clauses) {
    if (c.units.length !== 1 || c.units[0].includes('.')) throw new UserError('each clause of the base text must carry exactly one unit id (such as P1 or C4)', { file: b.file, line: c.line });
    if (units.has(c.units[0])) throw new UserError(`duplicate unit tag "${c.units[0]}" in the base text`, { file: b.file, line: c.line });
    units.set(c.units[0], c.text);
  }
  const sentenceCounts = new Map<string, number>();
  for (const w of corpus.witnesses) {
    if (w === b) continue;
    for (const c of w.clauses) {
      for (const tag of c.units) {
        if (!TAG.test(tag)) throw new UserError(`malformed unit tag "${tag}"`, { file: w.file, line: c.line });
        const [unit, sentence] = tag.split('.');
        if (!units.has(unit)) throw new UserError(`unit tag "${tag}" names no unit of the base text '${base}'`, { file: w.file, line: c.line });
        if (sentence !== undefined) {
          if (!sentenceCounts.has(unit)) sentenceCounts.set(unit, sentences(units.get(unit)!).length);
          const count = sentenceCounts.get(unit)!;
          if (Number(sentence) < 1 || Number(sentence) > count) throw new UserError(`unit tag "${tag}": ${unit} has ${count} sentence(s)`, { file: w.file, line: c.line });
        }
      }
    }
  }
}
