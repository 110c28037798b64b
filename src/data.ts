/**
 * Locating and reading the package's documented data files (`lexicons/*.yaml`).
 */
import { existsSync, readFileSync } from 'node:fs';
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

/** Parse one YAML data file of the package (`lexicons/<name>.yaml`). */
export function readPackageData<T>(name: string): T {
  const path = join(packageRoot(), 'lexicons', `${name}.yaml`);
  return parseYamlFile<T>(readFileSync(path, 'utf8'), `lexicons/${name}.yaml`);
}

/** Parse YAML text, turning syntax errors into a UserError with the file and line. */
export function parseYamlFile<T>(text: string, shown: string): T {
  try {
    return parse(text, { prettyErrors: true }) as T;
  } catch (e) {
    const err = e as { message: string; linePos?: { line: number; col: number }[] };
    const pos = err.linePos?.[0];
    throw new UserError(`invalid YAML: ${err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`, {
      file: shown,
      line: pos?.line,
      column: pos?.col,
    });
  }
}
