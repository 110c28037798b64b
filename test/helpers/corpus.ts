/**
 * Shared helpers for the corpus-stage tests: where things are, and throw-away copies of a corpus.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (the directory holding package.json). */
export const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The real corpus (Global Initiative on Data Security). */
export const REAL_CORPUS = join(REPO, 'corpus');
/** The made-up corpus of the tests (Charter on Shared Rivers); no generated witnesses committed. */
export const TINY_CORPUS = join(REPO, 'test', 'fixtures', 'tiny-corpus');
/** An invented text tried as a new user would (principles on AI in public administration); raw only. */
export const AI_CORPUS = join(REPO, 'test', 'fixtures', 'ai-corpus');

export interface CorpusCopy {
  /** The fresh temporary directory (run the CLI here with `--corpus corpus`). */
  root: string;
  /** The copied corpus: `<root>/corpus`. */
  dir: string;
  /** Remove the temporary directory. */
  remove(): void;
}

/**
 * Copy a corpus directory into a fresh temporary directory (`os.tmpdir()/variorum-test-XXXXXX/corpus`).
 * `withoutWitnesses` leaves out `witnesses/` so that ingest has to generate every file.
 */
export function copyCorpus(src: string, opts: { withoutWitnesses?: boolean } = {}): CorpusCopy {
  const root = mkdtempSync(join(tmpdir(), 'variorum-test-'));
  const dir = join(root, 'corpus');
  cpSync(src, dir, {
    recursive: true,
    filter: (from) => !(opts.withoutWitnesses && relative(src, from).split(/[\\/]/)[0] === 'witnesses'),
  });
  return { root, dir, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Every file under a directory, relative path → bytes (to check that nothing changed). */
export function snapshot(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

/** Relative paths whose bytes differ between two snapshots (added, removed or changed). */
export function changedFiles(before: Map<string, Buffer>, after: Map<string, Buffer>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((n) => {
    const a = before.get(n);
    const b = after.get(n);
    return !a || !b || !a.equals(b);
  }).sort();
}
