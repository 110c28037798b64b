/**
 * Determinism (issue 6): the same corpus gives byte-identical reports whatever the order of the files
 * on disk, the locale, the time zone or the current directory; the reports hold no timestamp and no
 * absolute path. The real corpus, reported by the built CLI.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changedFiles, copyCorpus, REAL_CORPUS, REPO, snapshot, type CorpusCopy } from '../helpers/corpus.js';
import { runCli } from '../helpers/cli.js';

const TURKISH = { LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' };
const C_LOCALE = { LANG: 'C', LC_ALL: 'C' };
const KIRITIMATI = { TZ: 'Pacific/Kiritimati' }; // UTC+14: often another day than UTC

let copy: CorpusCopy;
let baseline: Map<string, Buffer>;
const extra: string[] = [];

/** Report the corpus under `root/corpus` into `root/<out>`; returns the output files. */
function report(root: string, out: string, env: Record<string, string> = {}, cwd = root): Map<string, Buffer> {
  const outDir = join(root, out);
  const args = cwd === root ? ['report', '--out', out] : ['report', '--corpus', join(root, 'corpus'), '--out', outDir];
  const r = runCli(args, cwd, env);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return snapshot(outDir);
}

/** Copy a directory creating its files in reverse order (so directory listings come in another order). */
function copyReversed(src: string, dst: string): void {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else files.push(relative(src, p));
    }
  };
  walk(src);
  for (const rel of files.reverse()) {
    mkdirSync(dirname(join(dst, rel)), { recursive: true });
    writeFileSync(join(dst, rel), readFileSync(join(src, rel)));
  }
}

beforeAll(() => {
  copy = copyCorpus(REAL_CORPUS);
  baseline = report(copy.root, 'out');
  expect(baseline.size).toBeGreaterThan(10);
});
afterAll(() => {
  copy.remove();
  for (const d of extra) rmSync(d, { recursive: true, force: true });
});

describe('byte-identical reports', () => {
  it('the environment variations take effect in a child node (else the tests below prove nothing)', () => {
    const probe = (env: Record<string, string>) =>
      spawnSync(process.execPath, ['-e', 'process.stdout.write(Intl.DateTimeFormat().resolvedOptions().locale + " " + new Date().getTimezoneOffset())'], {
        encoding: 'utf8',
        env: { ...process.env, ...env },
      }).stdout;
    expect(probe({ ...TURKISH, TZ: 'UTC' })).toBe('tr-TR 0');
    expect(probe({ ...C_LOCALE, ...KIRITIMATI })).toMatch(/ -840$/);
  });

  it('files created on disk in reverse order', () => {
    const root = mkdtempSync(join(tmpdir(), 'variorum-reversed-'));
    extra.push(root);
    copyReversed(REAL_CORPUS, join(root, 'corpus'));
    expect(changedFiles(snapshot(copy.dir), snapshot(join(root, 'corpus')))).toEqual([]);
    expect(changedFiles(baseline, report(root, 'out'))).toEqual([]);
  });

  it.each([
    ['a Turkish locale (dotted/dotless i)', TURKISH],
    ['the C locale', C_LOCALE],
    ['a time zone 14 hours ahead of UTC', KIRITIMATI],
  ] as const)('%s', (_name, env) => {
    const out = `out-${Object.values(env).join('-').replace(/[^A-Za-z0-9]+/g, '_')}`;
    expect(changedFiles(baseline, report(copy.root, out, env))).toEqual([]);
  });

  it('another current directory, with an absolute --corpus and --out', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'variorum-cwd-'));
    extra.push(elsewhere);
    expect(changedFiles(baseline, report(copy.root, 'out-abs', {}, elsewhere))).toEqual([]);
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it('ingest in a Turkish locale and a far time zone regenerates the committed witness files', () => {
    const c = copyCorpus(REAL_CORPUS, { withoutWitnesses: true });
    try {
      const r = runCli(['ingest'], c.root, { ...TURKISH, ...KIRITIMATI });
      expect(r.code, r.stderr).toBe(0);
      expect(changedFiles(snapshot(join(REAL_CORPUS, 'witnesses')), snapshot(join(c.dir, 'witnesses')))).toEqual([]);
    } finally {
      c.remove();
    }
  });
});

describe('no timestamp, no absolute path in the reports', () => {
  it('none of the temporary directory, the repository, the home directory or today\'s date', () => {
    const day = (offsetHours: number) => new Date(Date.now() + offsetHours * 3600_000).toISOString().slice(0, 10);
    const dates = [...new Set([day(-12), day(0), day(14)])]; // today wherever on Earth
    const paths = [copy.root, copy.dir, REPO, tmpdir(), homedir()].filter((p) => p.length > 1);
    for (const [rel, bytes] of baseline) {
      const text = bytes.toString('utf8');
      for (const p of paths) expect(text.includes(p), `${rel} contains ${p}`).toBe(false);
      for (const d of dates) {
        expect(text.includes(d), `${rel} contains ${d}`).toBe(false);
        expect(text.includes(d.replace(/-/g, '')), `${rel} contains ${d}`).toBe(false);
      }
      expect(text, rel).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/); // no ISO timestamp at all
    }
  });
});
