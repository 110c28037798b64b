/**
 * Locating and reading the package's documented data files (`lexicons/*.yaml`).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { UserError } from './errors.js';

let root: string | undefined;

/** The package root: the nearest directory above this module holding package.json (works from src/ and dist/src/). */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('variorum: package.json not found above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
  root = dir;
  return dir;
}

/** A parsed data file and the hash of the YAML text it was parsed from. */
export interface SnapshotEntry { sha: string; data: unknown }

/** Where the build keeps the parsed lexicons (`npm run build` writes it). */
export const SNAPSHOT = join('dist', 'lexicons.json');
let snapshot: Record<string, SnapshotEntry> | null | undefined;

function sha(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Parse one YAML data file of the package (`lexicons/<name>.yaml`). Parsing YAML costs a tenth of a
 * second at start-up, so the build keeps a parsed snapshot; it is used only when the file's text is
 * byte for byte the one it was made from, so an edited lexicon always takes effect.
 */
export function readPackageData<T>(name: string): T {
  const text = readFileSync(join(packageRoot(), 'lexicons', `${name}.yaml`), 'utf8');
  if (snapshot === undefined) {
    try {
      snapshot = JSON.parse(readFileSync(join(packageRoot(), SNAPSHOT), 'utf8')) as Record<string, SnapshotEntry>;
    } catch {
      snapshot = null;
    }
  }
  const hit = snapshot?.[name];
  if (hit && hit.sha === sha(text)) return hit.data as T;
  return parseYamlFile<T>(text, `lexicons/${name}.yaml`);
}

/** Parse every `lexicons/*.yaml` of the package into a snapshot (for the build). */
export function makeSnapshot(): Record<string, SnapshotEntry> {
  const dir = join(packageRoot(), 'lexicons');
  const out: Record<string, SnapshotEntry> = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const text = readFileSync(join(dir, file), 'utf8');
    out[file.slice(0, -5)] = { sha: sha(text), data: parseYamlFile<unknown>(text, `lexicons/${file}`) };
  }
  return out;
}

/** A YAML parser error as one line: the first line of its message, position dropped, with a hint. */
export function yamlMessage(message: string): string {
  const msg = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return `${msg}${yamlHint(msg)}`;
}

/** What the YAML parser's terse messages usually mean in a hand-written file. */
function yamlHint(msg: string): string {
  if (/Implicit keys need to be on a single line|Implicit map keys need to be followed by map values/.test(msg)) {
    return ' (is the ":" after a key missing?)';
  }
  if (/Nested mappings are not allowed in compact mappings|Map keys must be unique|Unexpected scalar/.test(msg)) {
    return ' (a value that contains ": " or " #" must be put in quotes)';
  }
  return '';
}

/** Parse YAML text, turning syntax errors into a UserError with the file and line. */
export function parseYamlFile<T>(text: string, shown: string): T {
  try {
    return parse(text, { prettyErrors: true }) as T;
  } catch (e) {
    const err = e as { message: string; linePos?: { line: number; col: number }[] };
    const pos = err.linePos?.[0];
    throw new UserError(`invalid YAML: ${yamlMessage(err.message)}`, {
      file: shown,
      line: pos?.line,
      column: pos?.col,
    });
  }
}
