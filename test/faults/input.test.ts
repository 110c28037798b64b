/**
 * Bad input, as a user meets it (issue 6): every failure a user can cause ends in exit 2 and ONE line
 * on stderr that names the file (and line where there is one) and what was expected, and changes no
 * file: the corpus directory and the reports directory are byte-identical before and after.
 *
 * Each case runs the built CLI once on a fresh copy of a template: the tiny corpus, ingested, with
 * its reports written (`<root>/corpus`, `<root>/reports`).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changedFiles, copyCorpus, snapshot, TINY_CORPUS, type CorpusCopy } from '../helpers/corpus.js';
import { runCli, type CliResult } from '../helpers/cli.js';

let template: CorpusCopy;
const roots: string[] = [];

beforeAll(() => {
  template = copyCorpus(TINY_CORPUS);
  expect(runCli(['ingest'], template.root).code).toBe(0);
  expect(runCli(['report'], template.root).code).toBe(0);
});
afterAll(() => {
  template.remove();
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

/** A fresh copy of the template: `root` holds `corpus/` (ingested) and `reports/`. */
function fresh(): { root: string; corpus: string; edit: (rel: string, f: (text: string) => string) => void } {
  const root = mkdtempSync(join(tmpdir(), 'variorum-faults-'));
  roots.push(root);
  cpSync(template.root, root, { recursive: true });
  const corpus = join(root, 'corpus');
  const edit = (rel: string, f: (text: string) => string) => {
    const path = join(corpus, rel);
    const before = readFileSync(path, 'utf8');
    const after = f(before);
    expect(after, `the edit of ${rel} changed nothing`).not.toBe(before);
    writeFileSync(path, after);
  };
  return { root, corpus, edit };
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Exit 2, nothing on stdout, exactly one line on stderr: `variorum: FILE[:LINE[:COL]]: message`. */
function expectUserError(r: CliResult, file: string | null, opts: { line?: number | 'any'; message?: RegExp } = {}): void {
  const detail = `stderr: ${JSON.stringify(r.stderr)}`;
  expect(r.code, detail).toBe(2);
  expect(r.stdout, detail).toBe('');
  expect(r.stderr.endsWith('\n'), detail).toBe(true);
  expect(r.stderr.slice(0, -1).split('\n'), detail).toHaveLength(1);
  expect(r.stderr, detail).not.toMatch(/internal error|this is a bug|\n\s+at /);
  if (file !== null) {
    const loc = opts.line === undefined ? '' : opts.line === 'any' ? ':\\d+(?::\\d+)?' : `:${opts.line}(?::\\d+)?`;
    expect(r.stderr, detail).toMatch(new RegExp(`^variorum: ${escapeRe(file)}${loc}: \\S`));
  } else {
    expect(r.stderr, detail).toMatch(/^variorum: \S/);
  }
  if (opts.message) expect(r.stderr, detail).toMatch(opts.message);
}

/** 1-based line of the first line of `text` that contains `needle`. */
function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  expect(i, `"${needle}" not found`).toBeGreaterThanOrEqual(0);
  return i + 1;
}

interface Case {
  name: string;
  /** Mutate the fresh copy; return the CLI arguments (run in `root`). */
  setup: (c: ReturnType<typeof fresh>) => string[];
  /** The file the message must name (as the user named it: relative to `root`), or null for a flag. */
  file: string | null;
  line?: number | 'any' | ((c: ReturnType<typeof fresh>) => number);
  message: RegExp;
}

const SOURCES = 'corpus/sources.yaml';
const WEB_RAW = 'corpus/raw/02-web-copy.txt';
const WEB = 'corpus/witnesses/web.md';

const cases: Case[] = [
  // --- the corpus directory
  {
    name: 'corpus directory missing',
    setup: () => ['report', '--corpus', 'no-such-corpus'],
    file: 'no-such-corpus',
    message: /corpus directory not found/,
  },
  {
    name: 'corpus directory empty',
    setup: (c) => {
      mkdirSync(join(c.root, 'empty'));
      return ['ingest', '--corpus', 'empty'];
    },
    file: 'empty',
    message: /corpus directory is empty.*expected sources\.yaml/,
  },
  // --- the metadata
  {
    name: 'sources metadata missing',
    setup: (c) => {
      rmSync(join(c.corpus, 'sources.yaml'));
      return ['report'];
    },
    file: 'corpus',
    message: /no corpus metadata \(expected sources\.yaml or sources\.yml or sources\.json\)/,
  },
  {
    name: 'sources.yaml not valid YAML',
    setup: (c) => {
      c.edit('sources.yaml', (t) => t.replace('  prefixes: [Pre, Art, End]', '  prefixes: [Pre, Art, End'));
      return ['ingest'];
    },
    file: SOURCES,
    line: 'any',
    message: /invalid YAML/,
  },
  {
    name: 'sources.json not valid JSON',
    setup: (c) => {
      rmSync(join(c.corpus, 'sources.yaml'));
      writeFileSync(join(c.corpus, 'sources.json'), '{\n  "title": "Charter",\n  "base": "official",\n  "witnesses": [\n    {"id": "official",\n');
      return ['report'];
    },
    file: 'corpus/sources.json',
    line: 'any',
    message: /invalid JSON\/YAML/,
  },
  {
    name: 'a witness entry with no id',
    setup: (c) => {
      c.edit('sources.yaml', (t) => t.replace('  - id: web\n', '  - name: web\n'));
      return ['ingest'];
    },
    file: SOURCES,
    line: (c) => lineOf(readFileSync(join(c.corpus, 'sources.yaml'), 'utf8'), '- name: web'),
    message: /witness #2: missing `id`/,
  },
  {
    name: 'a duplicate witness id',
    setup: (c) => {
      c.edit('sources.yaml', (t) => t.replace('  - id: gazette\n', '  - id: web\n'));
      return ['ingest'];
    },
    file: SOURCES,
    line: (c) => readFileSync(join(c.corpus, 'sources.yaml'), 'utf8').split('\n').lastIndexOf('  - id: web') + 1,
    message: /duplicate witness id 'web' \(first at line \d+\)/,
  },
  // --- raw sources
  {
    name: 'a raw source missing',
    setup: (c) => {
      rmSync(join(c.corpus, 'raw', '02-web-copy.txt'));
      return ['ingest'];
    },
    file: WEB_RAW,
    message: /file not found/,
  },
  {
    name: 'a raw source empty',
    setup: (c) => {
      writeFileSync(join(c.corpus, 'raw', '02-web-copy.txt'), '');
      return ['ingest'];
    },
    file: WEB_RAW,
    message: /raw source is empty/,
  },
  {
    name: 'a raw source not UTF-8 (Latin-1 bytes)',
    setup: (c) => {
      const path = join(c.corpus, 'raw', '02-web-copy.txt');
      const text = readFileSync(path, 'utf8').replace('Recognizing', 'Recogn\u00efzing');
      writeFileSync(path, Buffer.from(text, 'latin1'));
      return ['ingest'];
    },
    file: WEB_RAW,
    line: (c) => lineOf(readFileSync(join(c.corpus, 'raw', '02-web-copy.txt'), 'latin1'), 'Recogn'),
    message: /not valid UTF-8 \(invalid byte 0xef at offset \d+\)/,
  },
  {
    name: 'a raw source that is binary (NUL bytes)',
    setup: (c) => {
      writeFileSync(join(c.corpus, 'raw', '02-web-copy.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]));
      return ['ingest'];
    },
    file: WEB_RAW,
    message: /binary file \(NUL byte at offset 4\), expected UTF-8 text/,
  },
  {
    name: 'a start marker not found',
    setup: (c) => {
      c.edit('raw/02-web-copy.txt', (t) => t.replace('Last updated: 2023-03-20', 'Updated 20 March 2023'));
      return ['ingest'];
    },
    file: WEB_RAW,
    message: /start marker not found: "Last updated: 2023-03-20"/,
  },
  {
    name: 'an end marker not found',
    setup: (c) => {
      c.edit('raw/02-web-copy.txt', (t) => t.replace('Share this page', 'Share it'));
      return ['ingest'];
    },
    file: WEB_RAW,
    line: 3, // where the search for the end began: right after the start marker
    message: /end marker not found after the start: "Share this page"/,
  },
  // --- witness files
  {
    name: 'a witness file with no front matter',
    setup: (c) => {
      c.edit('witnesses/web.md', (t) => t.slice(t.indexOf('---\n\n') + 5));
      return ['report'];
    },
    file: WEB,
    line: 1,
    message: /no front matter/,
  },
  {
    name: 'a witness file with bad YAML in its front matter',
    setup: (c) => {
      c.edit('witnesses/web.md', (t) => t.replace('\nkind: full-text\n', '\nkind: [full-text\n'));
      return ['report'];
    },
    file: WEB,
    line: 'any',
    message: /invalid YAML in front matter/,
  },
  {
    name: 'a malformed unit tag',
    setup: (c) => {
      c.edit('witnesses/web.md', (t) => t.replace('\n## Art2\n', '\n## Article-2\n'));
      return ['report'];
    },
    file: WEB,
    line: (c) => lineOf(readFileSync(join(c.corpus, 'witnesses', 'web.md'), 'utf8'), '## Article-2'),
    message: /malformed unit tag "Article-2" \(expected ids such as P1, C4 or C4\.2, separated by spaces, or "—"\)/,
  },
  {
    name: 'a duplicate unit tag in one heading',
    setup: (c) => {
      c.edit('witnesses/web.md', (t) => t.replace('\n## Art2\n', '\n## Art2 Art2\n'));
      return ['report'];
    },
    file: WEB,
    line: (c) => lineOf(readFileSync(join(c.corpus, 'witnesses', 'web.md'), 'utf8'), '## Art2 Art2'),
    message: /duplicate unit tag "Art2" in one heading/,
  },
  {
    name: 'a duplicate unit tag in the base text',
    setup: (c) => {
      c.edit('witnesses/official.md', (t) => t.replace('\n## Art2\n', '\n## Art1\n'));
      return ['report'];
    },
    file: 'corpus/witnesses/official.md',
    line: 'any',
    message: /duplicate unit tag "Art1" in the base text/,
  },
  {
    name: 'a tag naming no unit of the base text',
    setup: (c) => {
      c.edit('witnesses/web.md', (t) => t.replace('\n## Art2\n', '\n## Art9\n'));
      return ['report'];
    },
    file: WEB,
    // the line of the clause text under the heading
    line: (c) => lineOf(readFileSync(join(c.corpus, 'witnesses', 'web.md'), 'utf8'), '## Art9') + 4,
    message: /unit tag "Art9" names no unit of the base text 'official'/,
  },
  {
    name: 'an empty clause',
    setup: (c) => {
      // drop the text of the Art2 clause: its heading is followed by the next heading
      c.edit('witnesses/web.md', (t) => t.replace(/(\n## Art2\n\n<!--[^\n]*-->\n\n)[^\n]*\n\n/, '$1'));
      return ['report'];
    },
    file: WEB,
    line: (c) => lineOf(readFileSync(join(c.corpus, 'witnesses', 'web.md'), 'utf8'), '## Art2'),
    message: /empty clause: heading "## Art2" has no text/,
  },
  {
    name: 'a malformed marker in a hand-edited proposal comment',
    setup: (c) => {
      c.edit('witnesses/official.md', (t) => t.replace('marker "1."', 'marker "1\\q"'));
      return ['report'];
    },
    file: 'corpus/witnesses/official.md',
    line: (c) => lineOf(readFileSync(join(c.corpus, 'witnesses', 'official.md'), 'utf8'), 'marker "1\\q"'),
    message: /malformed marker in the "proposed:" comment/,
  },
  {
    name: 'a YAML oddity (an unknown !tag) with an error: still one line',
    setup: (c) => {
      c.edit('witnesses/web.md', (t) => t.replace('\nissuer: ', '\nissuer: !odd ').replace('\n## Art2\n', '\n## Art9\n'));
      return ['report'];
    },
    file: WEB,
    line: 'any',
    message: /unit tag "Art9" names no unit/,
  },
  // --- flags
  {
    name: '--base naming no witness',
    setup: () => ['report', '--base', 'nobody'],
    file: null,
    message: /unknown base witness 'nobody' \(witnesses: official, web, gazette\)/,
  },
  {
    name: '--witness naming nothing',
    setup: () => ['report', '--witness', 'web,nobody'],
    file: null,
    message: /unknown witness 'nobody' \(witnesses: official, web, gazette\)/,
  },
  {
    name: '--unit naming nothing',
    setup: () => ['report', '--unit', 'Art1,Z9'],
    file: null,
    message: /unknown unit 'Z9' \(units: Pre1, Pre2, Art1, Art2, Art3, Art4, End1\)/,
  },
  {
    name: 'an empty item in --witness',
    setup: () => ['report', '--witness', 'web,'],
    file: null,
    message: /--witness expects comma-separated names, got "web,"/,
  },
  {
    name: 'an unknown flag (report)',
    setup: () => ['report', '--colour'],
    file: null,
    message: /unknown option '--colour'/,
  },
  {
    name: 'an unknown flag (ingest)',
    setup: () => ['ingest', '--overwrite'],
    file: null,
    message: /unknown option '--overwrite'/,
  },
  {
    name: 'an unknown format',
    setup: () => ['report', '--format', 'pdf'],
    file: null,
    message: /'pdf' is invalid.*md, json, tei, csv/,
  },
];

describe('bad input: exit 2, one line naming the file, no file changed', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const copy = fresh();
    const args = c.setup(copy);
    const before = snapshot(copy.root);
    const r = runCli(args, copy.root);
    const line = typeof c.line === 'function' ? c.line(copy) : c.line;
    expectUserError(r, c.file, { line, message: c.message });
    expect(changedFiles(before, snapshot(copy.root))).toEqual([]);
  });
});
