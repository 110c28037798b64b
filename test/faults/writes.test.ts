/**
 * Faults around writing and reading files (issue 6): writes are atomic and all-or-nothing (a failed
 * run leaves every existing file byte-identical, and no temporary file behind); an unwritable output
 * directory is a user error naming the path; a witness file truncated by a crash mid-write stops
 * `report`, `check` and `ingest` cleanly, touching nothing; a hand-edited witness is never
 * overwritten without --force; an internal error is reported as a bug (exit 70, with the stack).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { writeFilesAtomic } from '../../src/io/files.js';
import { changedFiles, copyCorpus, snapshot, TINY_CORPUS, type CorpusCopy } from '../helpers/corpus.js';
import { CLI, ensureBuilt, runCli, type CliResult } from '../helpers/cli.js';

const dirs: string[] = [];
const tmp = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'variorum-writes-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Exit 2, no stdout, one line on stderr starting with `variorum: <file>`. */
function expectOneLine(r: CliResult, file: string, message?: RegExp): void {
  const detail = JSON.stringify(r.stderr);
  expect(r.code, detail).toBe(2);
  expect(r.stdout, detail).toBe('');
  expect(r.stderr.endsWith('\n'), detail).toBe(true);
  expect(r.stderr.slice(0, -1).split('\n'), detail).toHaveLength(1);
  expect(r.stderr.startsWith(`variorum: ${file}`), detail).toBe(true);
  if (message) expect(r.stderr, detail).toMatch(message);
}

describe('writeFilesAtomic (in process)', () => {
  it('writes every file, creating directories, and leaves no temporary file', () => {
    const d = tmp();
    writeFilesAtomic([
      { path: join(d, 'a.txt'), content: 'A' },
      { path: join(d, 'sub', 'deep', 'b.txt'), content: 'B\u00e9' },
    ]);
    expect(readFileSync(join(d, 'a.txt'), 'utf8')).toBe('A');
    expect(readFileSync(join(d, 'sub', 'deep', 'b.txt'), 'utf8')).toBe('B\u00e9');
    expect(readdirSync(d).sort()).toEqual(['a.txt', 'sub']);
    expect(readdirSync(join(d, 'sub', 'deep'))).toEqual(['b.txt']);
  });

  it('a failure on a later file leaves the earlier ones untouched, no temporary file, no new directory', () => {
    const d = tmp();
    writeFileSync(join(d, 'a.txt'), 'old A');
    writeFileSync(join(d, 'blocker'), 'a regular file');
    const before = snapshot(d);
    let err: unknown;
    try {
      writeFilesAtomic([
        { path: join(d, 'a.txt'), content: 'new A' },
        { path: join(d, 'new-dir', 'c.txt'), content: 'C' },
        { path: join(d, 'blocker', 'b.txt'), content: 'B', shown: 'out/blocker/b.txt' },
      ]);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).file).toBe('out/blocker/b.txt');
    expect((err as UserError).message).toMatch(/^out\/blocker\/b\.txt: cannot create directory .*blocker \(EEXIST: a file of that name is in the way\)/);
    expect(changedFiles(before, snapshot(d))).toEqual([]);
    expect(readdirSync(d).sort()).toEqual(['a.txt', 'blocker']);
  });

  it('a destination that is a directory is refused before anything is renamed', () => {
    const d = tmp();
    writeFileSync(join(d, 'a.txt'), 'old A');
    mkdirSync(join(d, 'b.txt'));
    const before = snapshot(d);
    expect(() =>
      writeFilesAtomic([
        { path: join(d, 'a.txt'), content: 'new A' },
        { path: join(d, 'b.txt'), content: 'B', shown: 'b.txt' },
      ]),
    ).toThrow(/^b\.txt: is a directory, expected a file/);
    expect(changedFiles(before, snapshot(d))).toEqual([]);
    expect(readdirSync(d).sort()).toEqual(['a.txt', 'b.txt']);
  });
});

describe('the CLI: output not writable', () => {
  let t: CorpusCopy;
  beforeAll(() => {
    t = copyCorpus(TINY_CORPUS);
    expect(runCli(['ingest'], t.root).code).toBe(0);
    expect(runCli(['report'], t.root).code).toBe(0);
  });
  afterAll(() => t.remove());
  const fresh = (): string => {
    const root = tmp();
    cpSync(t.root, root, { recursive: true });
    return root;
  };

  it('report --out under a regular file (root can write anywhere, but not there): exit 2, names the path, nothing written', () => {
    const root = fresh();
    writeFileSync(join(root, 'somefile'), 'not a directory\n');
    const before = snapshot(root);
    const r = runCli(['report', '--out', 'somefile/sub'], root);
    expectOneLine(r, 'somefile/sub/', /cannot create directory somefile\/sub \(ENOTDIR: a part of the path is a file\)/);
    expect(changedFiles(before, snapshot(root))).toEqual([]);
  });

  it('report --out into a directory whose units/ is a file: the pages that could be written are not either', () => {
    const root = fresh();
    // existing reports that the run would change (README, CSV…), and an obstacle for units/*.md
    for (const f of ['README.md', 'divergences.csv', 'variorum.json']) writeFileSync(join(root, 'reports', f), 'an older version\n');
    rmSync(join(root, 'reports', 'units'), { recursive: true });
    writeFileSync(join(root, 'reports', 'units'), 'in the way\n');
    const before = snapshot(root);
    const r = runCli(['report'], root);
    expectOneLine(r, 'reports/units/', /cannot create directory reports\/units \(EEXIST: a file of that name is in the way\)/);
    expect(changedFiles(before, snapshot(root))).toEqual([]);
  });

  it('check --update with the same obstacle: exit 2, reports/ byte-identical', () => {
    const root = fresh();
    writeFileSync(join(root, 'reports', 'README.md'), 'an older version\n');
    rmSync(join(root, 'reports', 'units'), { recursive: true });
    writeFileSync(join(root, 'reports', 'units'), 'in the way\n');
    const before = snapshot(root);
    const r = runCli(['check', '--update'], root);
    expectOneLine(r, 'reports/units/');
    expect(changedFiles(before, snapshot(root))).toEqual([]);
  });

  it('ingest whose witnesses/ cannot be written: exit 2, names the file, nothing written', () => {
    const root = fresh();
    rmSync(join(root, 'corpus', 'witnesses'), { recursive: true });
    writeFileSync(join(root, 'corpus', 'witnesses'), 'in the way\n');
    const before = snapshot(root);
    const r = runCli(['ingest'], root);
    expectOneLine(r, 'corpus/witnesses/', /cannot create directory corpus\/witnesses \(EEXIST: a file of that name is in the way\)/);
    expect(changedFiles(before, snapshot(root))).toEqual([]);
  });

  it('ingest without --force: a hand-edited witness stays byte-identical while the others are rewritten', () => {
    const root = fresh();
    const web = join(root, 'corpus', 'witnesses', 'web.md');
    writeFileSync(web, readFileSync(web, 'utf8').replace('\n## Art2\n', '\n## Art3\n'));
    // a change to the base's raw source that every witness file records (a new base clause)
    const raw = join(root, 'corpus', 'raw', '01-official.txt');
    writeFileSync(raw, readFileSync(raw, 'utf8').replace('\n\nDone at Lakeport', '\n\nThe Parties shall meet once a year.\n\nDone at Lakeport'));
    const before = snapshot(root);
    const r = runCli(['ingest'], root);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^corpus\/witnesses\/web\.md: edited by hand, not overwritten \(use --force\)/);
    expect(r.stdout).toContain('corpus/witnesses/official.md: written');
    expect(changedFiles(before, snapshot(root))).toEqual(['corpus/witnesses/official.md']);
  });
});

describe('a witness truncated by a crash mid-write', () => {
  let t: CorpusCopy;
  beforeAll(() => {
    t = copyCorpus(TINY_CORPUS);
    expect(runCli(['ingest'], t.root).code).toBe(0);
    expect(runCli(['report'], t.root).code).toBe(0);
  });
  afterAll(() => t.remove());

  /** A copy whose web.md is cut: at a byte offset, or right after the line holding `after`. */
  function truncated(cut: (bytes: Buffer) => number): string {
    const root = tmp();
    cpSync(t.root, root, { recursive: true });
    const path = join(root, 'corpus', 'witnesses', 'web.md');
    const bytes = readFileSync(path);
    const n = cut(bytes);
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(bytes.length);
    writeFileSync(path, bytes.subarray(0, n));
    return root;
  }
  const WEB = 'corpus/witnesses/web.md';

  it('report: cut inside the front matter', () => {
    const root = truncated((b) => b.indexOf('kind:'));
    const before = snapshot(root);
    const r = runCli(['report'], root);
    expectOneLine(r, `${WEB}:1: `, /front matter is not closed/);
    expect(changedFiles(before, snapshot(root))).toEqual([]);
  });

  it('check: cut right after a heading (an empty clause)', () => {
    const root = truncated((b) => b.indexOf('\n## Art3\n') + '\n## Art3\n'.length);
    const before = snapshot(root);
    const r = runCli(['check'], root);
    expectOneLine(r, `${WEB}:`, /empty clause: heading "## Art3" has no text/);
    expect(changedFiles(before, snapshot(root))).toEqual([]);
  });

  it('ingest: cut in the middle of a multi-byte character', () => {
    // the "—" of the header comment is three bytes (e2 80 94): keep the first one
    const root = truncated((b) => b.indexOf(Buffer.from('\u2014')) + 1);
    const before = snapshot(root);
    const r = runCli(['ingest'], root);
    expectOneLine(r, `${WEB}:`, /not valid UTF-8 \(invalid byte 0xe2 at offset \d+\).*nothing written/);
    expect(changedFiles(before, snapshot(root))).toEqual([]);
  });
});

describe('an internal error', () => {
  it('exit 70, "this is a bug", and the stack', () => {
    ensureBuilt();
    const t = copyCorpus(TINY_CORPUS);
    try {
      expect(runCli(['ingest'], t.root).code).toBe(0);
      // a bug stand-in: a string method the `corpus` listing uses throws a TypeError
      const r = spawnSync(
        process.execPath,
        ['--import', 'data:text/javascript,String.prototype.padEnd=function(){throw new TypeError("padEnd is broken")}', CLI, 'corpus'],
        { cwd: t.root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
      );
      expect(r.status, r.stderr).toBe(70);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^variorum: internal error — this is a bug, please report it with the command you ran:\nTypeError: padEnd is broken\n/);
      expect(r.stderr).toMatch(/\n {4}at renderCorpusText /);
    } finally {
      t.remove();
    }
  });
});
