/**
 * `variorum ingest` and `variorum corpus` as a user runs them (the built CLI, on copies of the real
 * corpus): hand edits are protected, broken files stop the run before anything is written.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseWitness } from '../../src/corpus/markdown.js';
import { describeChanges, loadEnumerators } from '../../src/cli/ingest.js';
import { segment } from '../../src/ingest/segment.js';
import { UserError } from '../../src/errors.js';
import type { Clause, Witness } from '../../src/types.js';
import { changedFiles, copyCorpus, REAL_CORPUS, snapshot, TINY_CORPUS, type CorpusCopy } from '../helpers/corpus.js';
import { ensureBuilt, runCli } from '../helpers/cli.js';

const IDS = ['un-a75', 'mfa', 'embassy-text', 'embassy-speech', 'unga-statement', 'paraphrase'];
const PRESS = join('witnesses', 'paraphrase.md');

let copy: CorpusCopy | undefined;
const fresh = () => (copy = copyCorpus(REAL_CORPUS));
afterEach(() => copy?.remove());
beforeAll(() => ensureBuilt());

const read = (rel: string) => readFileSync(join(copy!.dir, rel), 'utf8');
const write = (rel: string, text: string | Buffer) => writeFileSync(join(copy!.dir, rel), text);
const ingest = (...flags: string[]) => runCli(['ingest', ...flags], copy!.root);

/** The heading and the proposal comment of the n-th clause (1-based) of a witness file. */
function clauseHead(text: string, n: number): [string, string] {
  const lines = text.split('\n');
  const headings = lines.map((l, i) => [l, i] as const).filter(([l]) => l.startsWith('## '));
  const [heading, i] = headings[n - 1];
  return [heading, lines[i + 2]];
}

describe('ingest: a tag edited by hand', () => {
  it('is kept byte-identical (exit 0), with a note on stderr of what ingest would change', () => {
    fresh();
    const edited = read(PRESS).replace('\n## C4\n', '\n## C5\n');
    write(PRESS, edited);
    const before = snapshot(copy!.dir);
    const r = ingest();
    expect(r.code).toBe(0);
    expect(changedFiles(before, snapshot(copy!.dir))).toEqual([]);
    expect(r.stderr).toContain('corpus/witnesses/paraphrase.md: edited by hand, not overwritten (use --force)');
    const changes = r.stderr.split('\n').filter((l) => l.startsWith('  '));
    expect(changes.length).toBeGreaterThan(0);
    expect(r.stdout).not.toContain('paraphrase.md');
  });

  it('--force rewrites the file, and the hand-set tag survives (heading C5, proposal C4)', () => {
    fresh();
    write(PRESS, read(PRESS).replace('\n## C4\n', '\n## C5\n'));
    const before = snapshot(copy!.dir);
    const r = ingest('--force');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('corpus/witnesses/paraphrase.md: written');
    expect(changedFiles(before, snapshot(copy!.dir))).toEqual([PRESS]);
    const text = read(PRESS);
    expect(clauseHead(text, 4)).toEqual(['## C5', '<!-- proposed: C4 · confidence 0.42 · marker "Fourth," -->']);
    const w = parseWitness(text, 'paraphrase.md');
    expect(w.clauses[3]).toMatchObject({ units: ['C5'], alignerUnits: ['C4'], origin: 'hand' });
    expect(w.checksum).toBe(w.bodyChecksum); // no longer counts as edited
    // and the next ingest leaves it alone, silently
    const again = ingest();
    expect(again.code).toBe(0);
    expect(again.stderr).toBe('');
    expect(again.stdout.trim().split('\n')).toEqual(IDS.map((id) => `corpus/witnesses/${id}.md: unchanged`));
  });
});

describe('ingest: the base text edited by hand', () => {
  it('two base units joined by hand: the file is kept, and the other witnesses are aligned with it', () => {
    copy = copyCorpus(TINY_CORPUS);
    expect(runCli(['ingest'], copy.root).code).toBe(0);
    const base = join('witnesses', 'official.md');
    const text = read(base);
    const joined = text.replace(/\n\n## Art4\n\n<!--[^\n]*-->\n\n/, ' ');
    expect(joined).not.toBe(text);
    write(base, joined);
    const r = ingest();
    expect(r.code).toBe(0);
    expect(read(base)).toBe(joined);
    // no witness names the unit that is gone, so the corpus loads
    const c = runCli(['corpus'], copy.root);
    expect(c.stderr).toBe('');
    expect(c.code).toBe(0);
    expect(read(join('witnesses', 'gazette.md'))).not.toMatch(/^## .*Art4/m);
  });
});

describe('ingest: a clause text edited by hand', () => {
  it('is not overwritten without --force; --force restores the text and keeps hand-set tags', () => {
    fresh();
    const original = read(PRESS);
    expect(original).toContain('to destroy the critical infrastructure');
    const edited = original.replace('to destroy the critical infrastructure', 'to damage the critical infrastructure').replace('\n## C4\n', '\n## C5\n');
    write(PRESS, edited);
    const before = snapshot(copy!.dir);

    const r = ingest();
    expect(r.code).toBe(0);
    expect(changedFiles(before, snapshot(copy!.dir))).toEqual([]);
    expect(r.stderr).toContain('corpus/witnesses/paraphrase.md: edited by hand, not overwritten (use --force); ingest would change:');
    const changes = r.stderr.split('\n').filter((l) => l.startsWith('  '));
    // one change only: the text of clause 2 (the hand-set tag of clause 4 would be kept)
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatch(/^ {2}clause 2 \(C2\): text /);
    // the note shows what differs
    expect(changes[0]).toContain('damage');
    expect(changes[0]).toContain('destroy');

    const f = ingest('--force');
    expect(f.code).toBe(0);
    expect(f.stdout).toContain('corpus/witnesses/paraphrase.md: written');
    expect(changedFiles(before, snapshot(copy!.dir))).toEqual([PRESS]);
    const text = read(PRESS);
    expect(text).toContain('to destroy the critical infrastructure');
    expect(text).not.toContain('to damage');
    expect(clauseHead(text, 4)[0]).toBe('## C5');
    expect(text).toBe(original.replace('\n## C4\n', '\n## C5\n').replace(/^checksum: .*$/m, `checksum: ${parseWitness(text, 'p.md').bodyChecksum}`));
  });
});

describe('ingest: a broken witness file', () => {
  it('a truncated file: exit 2, one line naming the file, nothing written', () => {
    fresh();
    const text = read(PRESS);
    write(PRESS, text.slice(0, text.indexOf('kind:'))); // cut inside the front matter
    rmSync(join(copy!.dir, 'witnesses', 'mfa.md')); // would be written by a successful run
    const before = snapshot(copy!.dir);
    const r = ingest();
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.endsWith('\n')).toBe(true);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^variorum: corpus\/witnesses\/paraphrase\.md:1: .*nothing written/);
    expect(changedFiles(before, snapshot(copy!.dir))).toEqual([]);
  });

  it('a file cut after a heading: the message names the file and the line', () => {
    fresh();
    const text = read(PRESS);
    const cut = text.slice(0, text.indexOf('\n## C6\n') + '\n## C6\n'.length);
    write(PRESS, cut);
    const before = snapshot(copy!.dir);
    const r = ingest();
    expect(r.code).toBe(2);
    const line = cut.split('\n').indexOf('## C6') + 1;
    expect(r.stderr).toMatch(new RegExp(`^variorum: corpus/witnesses/paraphrase\\.md:${line}: empty clause`));
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(changedFiles(before, snapshot(copy!.dir))).toEqual([]);
  });

  it('invalid UTF-8: exit 2, file and line', () => {
    fresh();
    const rel = join('witnesses', 'unga-statement.md');
    const bytes = readFileSync(join(copy!.dir, rel));
    const at = bytes.indexOf('surveillance');
    const bad = Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff, 0xfe]), bytes.subarray(at)]);
    write(rel, bad);
    const line = bytes.subarray(0, at).toString('utf8').split('\n').length;
    const before = snapshot(copy!.dir);
    const r = ingest();
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(new RegExp(`^variorum: corpus/witnesses/unga-statement\\.md:${line}: not valid UTF-8`));
    expect(changedFiles(before, snapshot(copy!.dir))).toEqual([]);
  });

  it('--force regenerates a broken file', () => {
    fresh();
    write(PRESS, read(PRESS).slice(0, 200));
    const r = ingest('--force');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('corpus/witnesses/paraphrase.md: written');
    expect(read(PRESS)).toBe(readFileSync(join(REAL_CORPUS, PRESS), 'utf8'));
  });

  it('a missing corpus directory: exit 2, one line', () => {
    fresh();
    const r = runCli(['ingest', '--corpus', 'no-such-dir'], copy!.root);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('variorum: no-such-dir: corpus directory not found (pass the corpus directory with --corpus DIR)\n');
  });
});

describe('corpus --format json', () => {
  it('prints one JSON document: base, witnesses with id, title, date, kind and clauses', () => {
    fresh();
    const r = runCli(['corpus', '--format', 'json'], copy!.root);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout) as {
      base: string;
      witnesses: { id: string; title: string; date: string; kind: string; clauses: { text: string; units: string[]; confidence: number | null }[] }[];
    };
    expect(Object.keys(doc)).toEqual(['base', 'witnesses']);
    expect(doc.base).toBe('un-a75');
    expect(doc.witnesses.map((w) => w.id)).toEqual(IDS);
    for (const w of doc.witnesses) {
      expect(Object.keys(w)).toEqual(expect.arrayContaining(['id', 'title', 'date', 'kind', 'clauses']));
      expect(typeof w.title).toBe('string');
      expect(w.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const c of w.clauses) {
        expect(Object.keys(c)).toEqual(expect.arrayContaining(['text', 'units', 'confidence']));
        expect(typeof c.text).toBe('string');
        expect(Array.isArray(c.units)).toBe(true);
        expect(c.confidence === null || (c.confidence >= 0 && c.confidence <= 1)).toBe(true);
      }
    }
    const [base, mfa, , speech, unga] = doc.witnesses;
    expect(base).toMatchObject({ kind: 'full-text', date: '2020-09-21' });
    expect(base.clauses).toHaveLength(16);
    expect(base.clauses.every((c) => c.confidence === null)).toBe(true);
    expect(mfa.clauses[0].text.startsWith('The phenomenal development')).toBe(true);
    expect(speech.kind).toBe('oral-summary');
    expect(unga.clauses.map((c) => c.units)).toEqual([['C2', 'C3'], ['C3'], ['C4'], ['C7']]);
    expect(unga.clauses[0].confidence).toBe(0.93);
  });
});

describe('loadEnumerators (in process)', () => {
  it("adds a corpus's own lexicons/enumerators.yaml to the package's", () => {
    const dir = mkdtempSync(join(tmpdir(), 'variorum-test-'));
    try {
      const pkg = loadEnumerators(dir);
      expect(pkg.ordinals).toContain('first');
      expect(pkg.ordinals).not.toContain('in conclusion');
      mkdirSync(join(dir, 'lexicons'));
      writeFileSync(join(dir, 'lexicons', 'enumerators.yaml'), 'ordinals: ["in conclusion", "to begin with"]\n');
      const en = loadEnumerators(dir);
      expect(en.ordinals).toEqual([...pkg.ordinals, 'in conclusion', 'to begin with']);
      expect(en.bullets).toEqual(pkg.bullets);
      const cs = segment('We agreed. To begin with, rest. Second, eat. In conclusion, sleep.', { by: 'enumeration' }, en);
      expect(cs.map((c) => [c.marker, c.text])).toEqual([['To begin with,', 'rest.'], ['Second,', 'eat.'], ['In conclusion,', 'sleep.']]);
      writeFileSync(join(dir, 'lexicons', 'enumerators.yaml'), 'ordinals: [lastly\nbullets: []\n');
      expect(() => loadEnumerators(dir)).toThrow(UserError);
      expect(() => loadEnumerators(dir)).toThrow(/enumerators\.yaml.*invalid YAML/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('describeChanges (in process)', () => {
  const c = (text: string, units: string[], alignerUnits = units): Clause => ({ text, units, confidence: 0.5, alignerUnits, origin: 'aligner', line: 0 });
  const wit = (clauses: Clause[]): Witness => ({ meta: { id: 'w', title: 'W', date: '2023', issuer: 'I', kind: 'paraphrase', source: 'raw/w.txt' }, clauses, file: 'witnesses/w.md' });

  it('an unparsable file', () => {
    expect(describeChanges(undefined, wit([c('a', ['C1'])]))).toEqual(['the file would be regenerated (it does not parse)']);
  });

  it('clauses added, removed, retagged, re-proposed', () => {
    const before = wit([c('One.', ['C1']), c('Two.', ['C2'], ['C2']), c('Three.', ['C3'])]);
    expect(describeChanges(before, wit([c('One.', ['C1']), c('Two.', ['C2', 'C3'])]))).toEqual([
      'clause 2: tags C2 → C2 C3',
      'clause 3: would be removed (C3) "Three."',
    ]);
    expect(describeChanges(wit([c('One.', ['C1'])]), wit([c('One.', ['C1'], ['C2']), c('Four.', [])]))).toEqual([
      'clause 1: aligner proposal C1 → C2',
      'clause 2: would be added (—) "Four."',
    ]);
    expect(describeChanges(before, before)).toEqual([
      'nothing but the recorded checksum: the file already reads as ingest would write it, with your tags (--force records the new checksum and keeps them)',
    ]);
  });

  it('a text change far into a long clause shows the words that differ', () => {
    const long = 'all countries should oppose the use of information and communications technology (ICT) to destroy the critical infrastructure';
    const [line] = describeChanges(wit([c(long.replace('destroy', 'damage'), ['C2'])]), wit([c(long, ['C2'])]));
    expect(line).toMatch(/^clause 1 \(C2\): text /);
    expect(line).toContain('damage');
    expect(line).toContain('destroy');
    expect(line.length).toBeLessThan(200);
  });
});

describe('ingest: an HTML source', () => {
  it('is read as its text (the bundled CLI loads the HTML parser on demand)', () => {
    copy = copyCorpus(TINY_CORPUS);
    const text = read('raw/02-web-copy.txt');
    const html = `<!DOCTYPE html>\n<html><head><script>document.title = "<p>not text</p>";</script></head><body>\n${text
      .trim()
      .split('\n')
      .map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>`)
      .join('\n')}\n</body></html>\n`;
    expect(ingest().code).toBe(0);
    const fromText = parseWitness(read('witnesses/web.md'), 'web.md');
    write('raw/02-web-copy.html', html);
    write('sources.yaml', read('sources.yaml').replace('raw/02-web-copy.txt', 'raw/02-web-copy.html'));
    const r = ingest('--force');
    expect(r.code).toBe(0);
    // the command ran once: the HTML reader, loaded on demand, shares the bundle's code and does not
    // start a second copy of the CLI (one line per witness)
    const lines = r.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(1);
    expect(new Set(lines).size).toBe(lines.length);
    const fromHtml = parseWitness(read('witnesses/web.md'), 'web.md');
    expect(fromHtml.meta.source).toBe('raw/02-web-copy.html');
    expect(fromHtml.clauses.map((c) => [c.text, c.units])).toEqual(fromText.clauses.map((c) => [c.text, c.units]));
  });
});
