/**
 * Running the built `variorum` CLI (`node dist/src/cli/main.js …`) from the tests.
 *
 * The CLI runs from `dist/`, so the first call in a test run makes sure `dist/` is up to date: it
 * rebuilds (`node node_modules/typescript/bin/tsc -p .`) when the build stamp is missing or older
 * than a source file. A lock directory keeps parallel test files from running tsc at the same time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './corpus.js';

export const CLI = join(REPO, 'dist', 'src', 'cli', 'main.js');
const STAMP = join(REPO, 'dist', '.test-build-stamp');
const LOCK = join(REPO, 'dist', '.test-build-lock');
const TSC = join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');

/** Newest modification time of the inputs of the build (TypeScript sources, tsconfig, package.json). */
function newestInput(): number {
  let newest = 0;
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  walk(join(REPO, 'src'));
  walk(join(REPO, 'scripts'));
  for (const f of ['tsconfig.json', 'package.json']) newest = Math.max(newest, statSync(join(REPO, f)).mtimeMs);
  return newest;
}

/** The stamp records the newest input time the last build saw (not the build's own time). */
function upToDate(): boolean {
  if (!existsSync(CLI) || !existsSync(STAMP)) return false;
  const built = Number(readFileSync(STAMP, 'utf8'));
  return Number.isFinite(built) && built >= newestInput();
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

let checked = false;

/** Build `dist/` if a source is newer than the last build. Once per test worker. */
export function ensureBuilt(): void {
  if (checked) return;
  if (upToDate()) {
    checked = true;
    return;
  }
  mkdirSync(join(REPO, 'dist'), { recursive: true });
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      // another worker is building; a lock older than two minutes was left by a killed run
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > 120_000) rmSync(LOCK, { recursive: true, force: true });
      } catch { /* removed meanwhile */ }
      if (Date.now() > deadline) throw new Error(`test/helpers/cli.ts: timed out waiting for the build lock ${LOCK}`);
      sleep(200);
    }
  }
  try {
    if (!upToDate()) {
      const inputs = newestInput();
      const started = Date.now();
      const r = spawnSync(process.execPath, [TSC, '-p', '.'], { cwd: REPO, encoding: 'utf8' });
      // tsc emits even with type errors (noEmitOnError is off); other work in progress may have some
      if (!existsSync(CLI) || statSync(CLI).mtimeMs < started - 2000) {
        throw new Error(`build failed (tsc exit ${r.status}):\n${r.stdout}${r.stderr}`);
      }
      if (r.status !== 0) process.stderr.write(`test/helpers/cli.ts: tsc reported errors (output emitted anyway):\n${r.stdout}`);
      writeFileSync(STAMP, String(inputs));
    }
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
  checked = true;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run `variorum <args>` in `cwd`; never throws on a non-zero exit. */
export function runCli(args: string[], cwd: string): CliResult {
  ensureBuilt();
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    timeout: 60_000,
  });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
