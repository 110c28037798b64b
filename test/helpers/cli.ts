/**
 * Running the built `variorum` CLI (`node dist/variorum.mjs …`, the package's `bin`) from the tests.
 * test/setup/build.ts builds it once before the tests run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './corpus.js';

export const CLI = join(REPO, 'dist', 'variorum.mjs');

/** Fail early and clearly if the build is missing (run the tests through vitest's globalSetup). */
export function ensureBuilt(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\``);
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run `variorum <args>` in `cwd`; never throws on a non-zero exit. */
export function runCli(args: string[], cwd: string, env: Record<string, string> = {}): CliResult {
  ensureBuilt();
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    timeout: 60_000,
  });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
