import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cutMidSentence, endsMidSentence } from '../../src/ingest/extract.js';
import { copyCorpus, REAL_CORPUS } from '../helpers/corpus.js';
import { runCli } from '../helpers/cli.js';

/** An invented UN-style document: two pages, a footer with the document's job number on each. */
const PAGED = [
  'The General Assembly,', // 1
  '', // 2
  '1. Urges coastal States to establish marine reserves within two years;', // 3
  '', // 4
  '2. Encourages regional fisheries bodies to share catch data and to cooperate in the', // 5
  '', // 6
  '26-04417 (E)    120326', // 7
  '', // 8
  'monitoring of illegal fishing vessels;', // 9
  '', // 10
  '3. Decides to remain seized of the matter.', // 11
  '', // 12
  '26-04417 2/2', // 13
].join('\n');
const DROP = [/^26-04417 \(E\) +\d+$/, /^26-04417 +\d+\/\d+$/];

/** The region up to the marker found at `at`, as extract.ts cuts it (no furniture inside). */
const cutAt = (raw: string, marker: string, from = 0) => {
  const at = raw.indexOf(marker, from);
  return { at, kept: raw.slice(0, at) };
};

describe('cutMidSentence: an end marker that cuts a sentence (trial 54 #14)', () => {
  it('a footer marker that stands on every page cuts at the first page break', () => {
    const { at, kept } = cutAt(PAGED, '26-04417');
    expect(cutMidSentence(PAGED, at, '26-04417', DROP, kept)).toBe('…data and to cooperate in the');
  });
  it('another wording: a marker inside a line (the sentence goes on after it)', () => {
    const raw = 'The leaders agreed to meet again at the next Summit, to be held in New Delhi in 2026.\nShare this page';
    const { at, kept } = cutAt(raw, 'New Delhi');
    expect(cutMidSentence(raw, at, 'New Delhi', [], kept)).toBe('…next Summit, to be held in');
  });
  it('another wording: a marker standing once, the text after its line going on in lower case', () => {
    const raw = 'Members shall keep their plots free of\n\nPAGE BREAK\n\nweeds throughout the season.\n';
    const { at, kept } = cutAt(raw, 'PAGE BREAK');
    expect(cutMidSentence(raw, at, 'PAGE BREAK', [], kept)).toBe('…shall keep their plots free of');
  });
  it('near miss: the real end marker after a full stop says nothing, though it stands again later', () => {
    const { at, kept } = cutAt(PAGED, '26-04417 2/2');
    expect(cutMidSentence(PAGED, at, '26-04417', DROP, kept.replace(/\n26-04417 \(E\).*\n/, '\n'))).toBeNull();
    expect(endsMidSentence('Decides to remain seized of the matter.”\n\n')).toBeNull();
  });
  it('near miss: a last paragraph that merely lacks its full stop, before a marker of its own, is no cut', () => {
    const raw = 'Nothing in this policy limits the rights of customers under the law\nShare this page: LinkedIn\nWas this page helpful?';
    const { at, kept } = cutAt(raw, 'Share this page');
    expect(endsMidSentence(kept)).toBe('…rights of customers under the law');
    expect(cutMidSentence(raw, at, 'Share this page', [], kept)).toBeNull();
  });
});

/** A corpus directory (in a fresh temporary directory) with the paged base and a copy of it. */
function pagedCorpus(end: string): { root: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'variorum-fix12-'));
  const dir = join(root, 'corpus');
  mkdirSync(join(dir, 'raw'), { recursive: true });
  writeFileSync(join(dir, 'raw', 'draft.txt'), `Draft resolution\n\n${PAGED}\n`);
  writeFileSync(join(dir, 'raw', 'final.txt'), 'The General Assembly,\n\n1. Urges coastal States to establish marine reserves within two years;\n\n2. Encourages regional fisheries bodies to share catch data and to cooperate in the monitoring of illegal fishing vessels;\n\n3. Decides to remain seized of the matter.\n');
  writeFileSync(join(dir, 'sources.yaml'), [
    'title: Coastal fisheries',
    'base: draft',
    'units:',
    '  prefixes: [O]',
    'witnesses:',
    '  - id: draft',
    '    title: Draft',
    '    date: 2026-03-12',
    '    issuer: Sponsors',
    '    kind: full-text',
    '    source: raw/draft.txt',
    '    extract:',
    '      start: ["The General Assembly,"]',
    `      end: "${end}"`,
    "      drop: ['26-04417 \\(E\\) +\\d+', '26-04417 +\\d+/\\d+']",
    '    segment: paragraph',
    '  - id: final',
    '    title: Final',
    '    date: 2026-04-02',
    '    issuer: General Assembly',
    '    kind: full-text',
    '    source: raw/final.txt',
    '    extract:',
    '      start: ["The General Assembly,"]',
    '    segment: paragraph',
    '',
  ].join('\n'));
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

describe('ingest: a warning where extract.end cuts the text mid-sentence', () => {
  it('names the file and the line of the cut on one line of stderr; the exit code stays 0', () => {
    const c = pagedCorpus('26-04417');
    try {
      const r = runCli(['ingest'], c.root);
      expect(r.code).toBe(0);
      const lines = r.stderr.trim().split('\n').filter((l) => l.includes('mid-sentence'));
      // the footer is line 9 of the raw file (two lines of header before the region's line 1)
      expect(lines).toEqual([
        `variorum: warning: ${join('corpus', 'raw', 'draft.txt')}:9: witness 'draft' ends mid-sentence ("…data and to cooperate in the") where extract.end "26-04417" cuts it: does the marker match a page footer or other text before the real end?`,
      ]);
      expect(existsSync(join(c.root, 'corpus', 'witnesses', 'draft.md'))).toBe(true);
    } finally {
      c.remove();
    }
  });
  it('near miss: the last footer as the end marker gives no warning', () => {
    const c = pagedCorpus('26-04417 2/2');
    try {
      const r = runCli(['ingest'], c.root);
      expect(r.code).toBe(0);
      expect(r.stderr).not.toContain('mid-sentence');
    } finally {
      c.remove();
    }
  });
});

describe('check with no committed reports: the hint names the reports inside the corpus directory (trial 54 #15)', () => {
  it('run beside the corpus (--corpus corpus, the default)', () => {
    const copy = copyCorpus(REAL_CORPUS);
    try {
      const r = runCli(['check'], copy.root);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('write them with `variorum report --out corpus/reports`');
      // and check finds them there once written
      expect(runCli(['report', '--out', join('corpus', 'reports')], copy.root).code).toBe(0);
      const again = runCli(['check'], copy.root);
      expect(again.code).toBe(0);
      expect(again.stdout).toBe(`${join('corpus', 'reports')}: up to date with the corpus\n`);
    } finally {
      copy.remove();
    }
  });
  it('another wording: a corpus directory not named "corpus", given by its path (not the reports/ of the directory holding it)', () => {
    const copy = copyCorpus(REAL_CORPUS);
    const dir = join(copy.root, 'fisheries');
    renameSync(copy.dir, dir);
    try {
      const r = runCli(['check', '--corpus', dir], tmpdir());
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`variorum report --corpus ${dir} --out ${join(dir, 'reports')}\``);
    } finally {
      copy.remove();
    }
  });
  it('near miss: reports named with --reports are the ones the hint names; reports beside the corpus are still found', () => {
    const copy = copyCorpus(REAL_CORPUS);
    try {
      const r = runCli(['check', '--reports', 'mine'], copy.root);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('write them with `variorum report --out mine`');
      cpSync(join(REAL_CORPUS, '..', 'reports'), join(copy.root, 'reports'), { recursive: true });
      const beside = runCli(['check'], copy.root);
      expect(beside.code).toBe(0);
      expect(beside.stdout).toBe('reports: up to date with the corpus\n');
    } finally {
      copy.remove();
    }
  });
});
