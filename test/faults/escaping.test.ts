/**
 * Corpus text is data, never markup or code (issue 6), end to end: hostile text is put into the raw
 * sources of a copy of the tiny corpus (`|`, backticks, `<script>`, `]`, `*`, HTML entities, a
 * spreadsheet formula, cells starting with `+`, `-`, `@`, a line break inside a paragraph), ingested
 * and reported with the built CLI; then every output is parsed back: the witness file reads back the
 * exact text, GFM tables keep their column count and quote the text literally, the TEI is well-formed
 * XML whose witness texts are the readings, and the CSV parses (strict RFC 4180) to the divergences
 * with formulas neutralised.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Nodes, Root } from 'mdast';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import type { Report } from '../../src/types.js';
import { copyCorpus, TINY_CORPUS, type CorpusCopy } from '../helpers/corpus.js';
import { runCli } from '../helpers/cli.js';
import {
  allNodes,
  checkTableShapes,
  checkTei,
  elements,
  parseCsv,
  parseMarkdown,
  parseXml,
  tables,
  tableText,
  toString,
  witnessText,
} from '../report/helpers.js';

/** Replacements in the raw web copy (one clause per line): [original, hostile]. */
const EDITS: [string, string][] = [
  ['carry water, silt, fish and trade', 'carry water | silt | fish and trade'],
  ['as common heritage', 'as common &amp; heritage &#65; &lt;b&gt;'],
  ['build a dam, weir', 'build a <script>alert("dam")</script> weir'],
  ['exchange daily readings', 'exchange =HYPERLINK("http://evil.example/?q=1","daily") readings'],
  ['discharge untreated sewage, mine tailings', 'discharge *untreated* sewage [sick] ], +mine -tailings @once'],
  ['establish a joint commission', 'establish a `joint` commission \\ ~~x~~ # _y_'],
];
/** Strings that must come through literally (as text) in every format. */
const LITERALS = ['water | silt | fish', '&amp; heritage &#65; &lt;b&gt;', '<script>alert("dam")</script>', '=HYPERLINK("http://evil.example/?q=1","daily")', '*untreated* sewage [sick] ]', '+mine -tailings @once', '`joint` commission \\ ~~x~~ # _y_'];

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The text of a Markdown node, leaving out ~~struck through~~ runs. */
function withoutDeleted(node: Nodes): string {
  if (node.type === 'delete') return '';
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(withoutDeleted).join('');
  return '';
}

let copy: CorpusCopy;
let out: string;
let report: Report;

beforeAll(() => {
  copy = copyCorpus(TINY_CORPUS, { withoutWitnesses: true });
  const web = join(copy.dir, 'raw', '02-web-copy.txt');
  let text = readFileSync(web, 'utf8');
  for (const [from, to] of EDITS) {
    expect(text).toContain(from);
    text = text.replace(from, to);
  }
  writeFileSync(web, text);
  // a line break inside a paragraph of the base (paragraph mode): layout, read as a space
  const official = join(copy.dir, 'raw', '01-official.txt');
  writeFileSync(official, readFileSync(official, 'utf8').replace('enters into force on the thirtieth day', 'enters into force\non the thirtieth day'));

  const i = runCli(['ingest'], copy.root);
  expect(i.stderr).toBe('');
  expect(i.code).toBe(0);
  const r = runCli(['report', '--out', 'out'], copy.root);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  out = join(copy.root, 'out');
  report = JSON.parse(readFileSync(join(out, 'variorum.json'), 'utf8')) as Report;
});
afterAll(() => copy.remove());

const webReading = () => report.units.map((u) => u.readings.web ?? '').join('\n');

describe('hostile corpus text, end to end', () => {
  it('the witness file (backslash-escaped Markdown) reads back exactly the transcription', () => {
    const corpus = loadCorpus(copy.dir);
    const web = corpus.witnesses.find((w) => w.meta.id === 'web')!;
    const all = web.clauses.map((c) => c.text).join('\n');
    for (const s of LITERALS) expect(all).toContain(s);
    const base = corpus.witnesses.find((w) => w.meta.id === 'official')!;
    expect(base.clauses.map((c) => c.text).join('\n')).toContain('enters into force on the thirtieth day');
  });

  it('JSON: the readings and divergences carry the text verbatim', () => {
    for (const s of LITERALS) expect(webReading()).toContain(s);
    const readings = report.divergences.filter((v) => v.witness === 'web').map((v) => v.reading);
    // the variants that a spreadsheet would read as formulas do exist (so the CSV check below bites)
    for (const c of ['=', '+', '-', '@']) expect(readings.some((r) => r.startsWith(c)), c).toBe(true);
  });

  it('Markdown: no HTML, every table keeps its column count, the divergence tables quote base and reading literally', () => {
    const files = ['README.md', 'apparatus.md', ...readdirSync(join(out, 'units')).map((f) => `units/${f}`)];
    const cellTexts: string[] = [];
    for (const f of files) {
      const md = readFileSync(join(out, f), 'utf8');
      const tree: Root = parseMarkdown(md);
      expect(allNodes(tree).filter((n) => n.type === 'html'), f).toEqual([]);
      const shapes = checkTableShapes(md);
      expect(shapes.bad, f).toEqual([]);
      for (const t of tables(tree)) for (const row of tableText(t)) cellTexts.push(...row);
    }
    // each divergence of the web copy is a row of its unit page: Type | Class | Direction | Base | Reading | Explanation
    for (const u of report.units) {
      const tree = parseMarkdown(readFileSync(join(out, 'units', `${u.id}.md`), 'utf8'));
      const rows = tables(tree)
        .filter((t) => tableText(t)[0].join('|') === 'Type|Class|Direction|Base|Reading|Explanation')
        .flatMap((t) => tableText(t).slice(1))
        .map((row) => row.map(squash));
      for (const v of report.divergences.filter((d) => d.unit === u.id)) {
        const want = [v.type, v.class, v.direction ?? '', squash(v.base), squash(v.reading), squash(v.explanation)];
        expect(rows, `${u.id} ${v.witness} ${v.type} '${v.reading}'`).toContainEqual(want);
      }
    }
    for (const s of ['<script>alert("', '")</script>', '=HYPERLINK("http://evil.example/?q=1","daily")', '[sick] ]', '&amp; heritage &#65; &lt;b&gt;']) {
      expect(cellTexts.some((c) => c.includes(s)), s).toBe(true);
    }
    // the Readings table of each unit page: the web row, but for the base words struck through
    // (~~deleted~~), is the web copy's reading (the renderer sets styled runs off with spaces)
    const bare = (s: string) => s.replace(/\s+/g, '');
    for (const u of report.units) {
      const tree = parseMarkdown(readFileSync(join(out, 'units', `${u.id}.md`), 'utf8'));
      const t = tables(tree).find((x) => tableText(x)[0].join('|') === 'Witness|Reading|Status')!;
      const row = t.children.find((r) => toString(r.children[0]) === 'web')!;
      expect(bare(withoutDeleted(row.children[1])), u.id).toBe(bare(u.readings.web ?? ''));
    }
  });

  it('TEI: well-formed XML (XMLValidator), every app complete, each witness text is its reading', () => {
    const tei = readFileSync(join(out, 'variorum.tei.xml'), 'utf8');
    checkTei(report, tei);
    expect(tei).not.toContain('<script>');
    const abs = elements(parseXml(tei), 'ab');
    expect(abs).toHaveLength(report.units.length);
    // Compared without white space: parallel segmentation keeps the base's space in the shared text
    // after an insertion, so the web copy's Art1 reads `alert(" dam")` in the TEI for the
    // transcription's `alert("dam")` (a white-space approximation of tei.ts, not an escaping fault).
    const bare = (s: string) => s.replace(/\s+/g, '');
    report.units.forEach((u, i) => {
      for (const w of report.witnesses) {
        expect(bare(witnessText(abs[i], w.id)), `${u.id} ${w.id}`).toBe(bare(u.readings[w.id] ?? ''));
      }
    });
  });

  it('CSV: strict RFC 4180, nine fields a row, text verbatim but formulas neutralised with a leading quote', () => {
    const csv = readFileSync(join(out, 'divergences.csv'), 'utf8');
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual(['unit', 'witness', 'type', 'class', 'direction', 'base', 'reading', 'explanation', 'weight']);
    expect(rows).toHaveLength(report.divergences.length + 1);
    const neutral = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
    rows.slice(1).forEach((row, i) => {
      const v = report.divergences[i];
      expect(row).toHaveLength(9);
      expect(row.slice(0, 8)).toEqual([v.unit, v.witness, v.type, v.class, v.direction ?? '', neutral(v.base), neutral(v.reading), neutral(v.explanation)]);
      expect(Number(row[8])).toBe(v.weight);
    });
    // no field of the file starts a formula
    for (const row of rows) for (const f of row) expect(f, f).not.toMatch(/^[=+\-@]/);
    expect(rows.some((r) => r[6] === `'=HYPERLINK("http://evil.example/?q=1","daily")`)).toBe(true);
  });
});
