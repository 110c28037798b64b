/**
 * The reports as a scholar's regression baseline: `report` writes reports/, `check` compares the
 * committed reports/ with what the corpus now gives, and says what changed in the analysis.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyCorpus, REAL_CORPUS, REPO, snapshot, type CorpusCopy } from '../helpers/corpus.js';
import { CLI, runCli } from '../helpers/cli.js';

describe('committed reports/', () => {
  it('match what the corpus gives (`variorum check` exits 0)', () => {
    const r = runCli(['check'], REPO);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('up to date');
    expect(r.code).toBe(0);
  });
});

describe('check on an edited copy of the corpus', () => {
  let copy: CorpusCopy;
  beforeAll(() => {
    copy = copyCorpus(REAL_CORPUS);
    cpSync(join(REPO, 'reports'), join(copy.root, 'reports'), { recursive: true });
  });
  afterAll(() => copy.remove());

  it('a fresh copy is up to date', () => {
    expect(runCli(['check'], copy.root).code).toBe(0);
  });

  it('one word changed in one witness: exit 1 and a summary naming unit, witness and divergence', () => {
    const file = join(copy.dir, 'witnesses', 'paraphrase.md');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('should require their companies');
    writeFileSync(file, text.replace('should require their companies', 'should encourage their companies'));
    const before = snapshot(join(copy.root, 'reports'));
    const r = runCli(['check'], copy.root);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/C4 paraphrase/);
    expect(r.stdout).toMatch(/modality/);
    expect(r.stdout).toMatch(/encourage/);
    // check never writes
    expect(snapshot(join(copy.root, 'reports'))).toEqual(before);
    expect(r.stdout).toContain('Accept with `variorum check --update` (npm run check -- --update).');
    // run on other directories, it names them in the command to accept the change
    const other = runCli(['check', '--corpus', 'corpus', '--reports', './reports'], copy.root);
    expect(other.code).toBe(1);
    expect(other.stdout).toContain('Accept with `variorum check --update --reports ./reports`.');
    // --out, as `report --out` wrote them, names the same directory
    const out = runCli(['check', '--out', './reports'], copy.root);
    expect(out.code).toBe(1);
    expect(out.stdout).toContain("What changed in the analysis ('base words' ] 'witness words'");
    expect(out.stdout).toContain('Accept with `variorum check --update --reports ./reports`.');
    const both = runCli(['check', '--out', './reports', '--reports', 'elsewhere'], copy.root);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--reports elsewhere and --out ./reports name two directories');
  });

  it('--update accepts the change; check is then clean', () => {
    const u = runCli(['check', '--update'], copy.root);
    expect(u.code).toBe(0);
    expect(runCli(['check'], copy.root).code).toBe(0);
  });
});

describe('a reader that stops early', () => {
  it('`variorum report --format json | head -1`: exit 0, nothing on stderr', () => {
    const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${CLI}" report --format json | head -1`], { cwd: REPO, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
  });
});

describe('report', () => {
  let copy: CorpusCopy;
  beforeAll(() => {
    copy = copyCorpus(REAL_CORPUS);
  });
  afterAll(() => copy.remove());

  it('writes every format; a second run changes no byte', () => {
    const r1 = runCli(['report'], copy.root);
    expect(r1.code).toBe(0);
    const out = join(copy.root, 'reports');
    for (const f of ['README.md', 'apparatus.md', 'variorum.json', 'variorum.tei.xml', 'divergences.csv', 'units/C5.md']) {
      expect(existsSync(join(out, f)), f).toBe(true);
    }
    const first = snapshot(out);
    expect(runCli(['report'], copy.root).code).toBe(0);
    expect(snapshot(out)).toEqual(first);
  });

  it('--format json prints one JSON document with the documented shape', () => {
    const r = runCli(['report', '--format', 'json', '--unit', 'C5', '--witness', 'paraphrase'], copy.root);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.base).toBe('un-a75');
    expect(doc.units.map((u: { id: string }) => u.id)).toEqual(['C5']);
    expect(doc.witnesses.map((w: { id: string }) => w.id)).toEqual(['un-a75', 'paraphrase']);
    const dropped = doc.divergences.find((d: { type: string }) => d.type === 'qualifier-dropped');
    expect(dropped).toMatchObject({ unit: 'C5', witness: 'paraphrase', class: 'substantive', base: "without other States' permission" });
  });

  it('--base switches the base text', () => {
    const r = runCli(['report', '--format', 'json', '--base', 'mfa', '--witness', 'embassy-text'], copy.root);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.base).toBe('mfa');
    // the embassy's copy of the initiative is the ministry's text
    expect(doc.divergences).toEqual([]);
  });

  it('names nothing → exit 2 with a one-line message', () => {
    for (const args of [['--witness', 'nobody'], ['--unit', 'Z9'], ['--base', 'nobody'], ['--format', 'pdf']]) {
      const r = runCli(['report', ...args], copy.root);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stdout).toBe('');
    }
  });

  it('diff prints two witnesses unit by unit, without colour when not a TTY', () => {
    const r = runCli(['diff', 'un-a75', 'paraphrase', '--unit', 'C4'], copy.root);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('C4');
    expect(r.stdout).toContain('require');
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });
});

describe('variorum --version', () => {
  it("prints the package's version and exits 0", () => {
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      const r = runCli([flag], REPO);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(`${pkg.version}\n`);
    }
  });
});

describe('check with no committed reports', () => {
  it('says there is nothing to compare with (exit 2), instead of "the corpus now gives different results"', () => {
    const dir = mkdtempSync(join(tmpdir(), 'variorum-check-'));
    // (a copy with no reports beside it or in it: the repository's corpus has its reports next to it)
    const copy = copyCorpus(REAL_CORPUS);
    try {
      const r = runCli(['check', '--corpus', copy.dir], dir);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain('no committed reports here');
      // (the reports inside the corpus directory: they belong to it alone, trial 54)
      expect(r.stderr).toContain(`variorum report --corpus ${copy.dir} --out ${join(copy.dir, 'reports')}\``);
      expect(existsSync(join(dir, 'reports'))).toBe(false);
      expect(existsSync(join(copy.root, 'reports'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      copy.remove();
    }
  });
});

describe('check against the reports of another corpus', () => {
  it('stops (exit 2) instead of offering to overwrite them', () => {
    const copy = copyCorpus(REAL_CORPUS);
    try {
      cpSync(join(REPO, 'reports'), join(copy.root, 'reports'), { recursive: true });
      const sources = join(copy.dir, 'sources.yaml');
      writeFileSync(sources, readFileSync(sources, 'utf8').replace(/^title: .*$/m, 'title: Another Text'));
      const r = runCli(['check'], copy.root);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('not of this corpus ("Another Text")');
      const u = runCli(['check', '--update'], copy.root);
      expect(u.code).toBe(2);
    } finally {
      copy.remove();
    }
  });
});
