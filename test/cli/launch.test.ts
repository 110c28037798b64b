/**
 * The `variorum` command runs its bundle with V8's code cache (src/cli/launch.ts): the cache is
 * written after a successful run, used by the next run of the same command, never written by a
 * failed run or with VARIORUM_CODE_CACHE=0, and changes nothing in the output.
 */
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { copyCorpus, snapshot, TINY_CORPUS } from '../helpers/corpus.js';

let dirs: string[] = [];
const temp = (prefix: string) => {
  const d = mkdtempSync(join(os.tmpdir(), prefix));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

const files = (dir: string) => readdirSync(dir).sort();

describe('the code cache', () => {
  it('is written by a successful run, used by the next one, and changes no output', () => {
    const cache = temp('variorum-cache-');
    const copy = copyCorpus(TINY_CORPUS);
    dirs.push(copy.root);
    const corpus = copy.dir;
    expect(runCli(['ingest', '--corpus', corpus], corpus, { VARIORUM_CACHE_DIR: cache }).code).toBe(0);
    const out = (name: string, env: Record<string, string>) => {
      const dir = join(temp('variorum-out-'), name);
      const r = runCli(['report', '--corpus', corpus, '--out', dir], corpus, { VARIORUM_CACHE_DIR: cache, ...env });
      expect(r.code, r.stderr).toBe(0);
      return snapshot(dir);
    };
    const uncached = out('a', { VARIORUM_CODE_CACHE: '0' });
    expect(files(cache).filter((f) => f.startsWith('report-'))).toEqual([]);
    const first = out('b', {});
    const [written] = files(cache).filter((f) => f.startsWith('report-'));
    expect(written).toMatch(/^report-\d+-\d+-v[\d.]+-\w+\.bin$/);
    const stamp = statSync(join(cache, written)).mtimeMs;
    const second = out('c', {});
    // accepted by V8: not written again
    expect(files(cache).filter((f) => f.startsWith('report-'))).toEqual([written]);
    expect(statSync(join(cache, written)).mtimeMs).toBe(stamp);
    expect(uncached.size).toBeGreaterThan(3);
    expect(first).toEqual(uncached);
    expect(second).toEqual(uncached);
    expect(files(cache).some((f) => f.endsWith('.tmp'))).toBe(false);
  });

  it('caches of an older bundle are removed when a new one is written, other files left alone', () => {
    const cache = temp('variorum-cache-');
    writeFileSync(join(cache, 'report-123-456-v20.0.0-x64.bin'), 'old');
    writeFileSync(join(cache, 'notes.txt'), 'not ours');
    expect(runCli(['--version'], cache, { VARIORUM_CACHE_DIR: cache }).code).toBe(0);
    const left = files(cache);
    expect(left).not.toContain('report-123-456-v20.0.0-x64.bin');
    expect(left).toContain('notes.txt');
    expect(left.filter((f) => f.startsWith('none-'))).toHaveLength(1);
  });

  it('is not written by a failed run', () => {
    const cache = temp('variorum-cache-');
    const r = runCli(['report', '--corpus', join(cache, 'no-such-corpus')], cache, { VARIORUM_CACHE_DIR: cache });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no-such-corpus/);
    expect(files(cache)).toEqual([]);
  });

  it('is replaced when it does not fit the bundle, and the run does not fail', () => {
    const cache = temp('variorum-cache-');
    const first = runCli(['--version'], cache, { VARIORUM_CACHE_DIR: cache });
    expect(first.code).toBe(0);
    const [written] = files(cache);
    expect(written).toMatch(/^none-/);
    // a damaged cache: V8 rejects it, the run goes on and writes a good one
    writeFileSync(join(cache, written), Buffer.from('not a code cache'));
    const again = runCli(['--version'], cache, { VARIORUM_CACHE_DIR: cache });
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(first.stdout);
    expect(statSync(join(cache, written)).size).toBeGreaterThan(100);
  });
});
