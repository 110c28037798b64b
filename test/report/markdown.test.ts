import type { Delete, Link, Nodes, TableCell } from 'mdast';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/report/markdown.js';
import { markdownCell, markdownText } from '../../src/report/escape.js';
import { C4, C4_MFA, C4_PARA, C5, C5_MFA, HOSTILE, clone, fixture } from './fixture.js';
import {
  allNodes,
  checkTableShapes,
  findTable,
  parseMarkdown,
  squash,
  tableText,
  tables,
  toString,
} from './helpers.js';

const report = fixture();
const files = renderMarkdown(report);

/** Cell text without the struck-through (deleted) parts. */
function keptText(cell: TableCell): string {
  const walk = (n: Nodes): string => {
    if (n.type === 'delete') return '';
    if ('value' in n && typeof n.value === 'string') return n.value;
    if ('children' in n) return (n.children as Nodes[]).map(walk).join('');
    return '';
  };
  return walk(cell);
}

function deletedText(cell: TableCell): string[] {
  return allNodes(cell)
    .filter((n): n is Delete => n.type === 'delete')
    .map((n) => toString(n));
}

const noSpace = (s: string): string => s.replace(/\s+/g, '');

describe('renderMarkdown', () => {
  it('writes README, apparatus and one page per unit', () => {
    expect(Object.keys(files).sort()).toEqual(['README.md', 'apparatus.md', 'units/C4.md', 'units/C5.md', 'units/P1.md']);
    for (const content of Object.values(files)) expect(content.endsWith('\n')).toBe(true);
  });

  it('is deterministic', () => {
    expect(renderMarkdown(clone(report))).toEqual(files);
  });

  it('keeps every table row at the header width in every file', () => {
    for (const [path, md] of Object.entries(files)) {
      const { tables: n, bad } = checkTableShapes(md);
      expect(bad, path).toEqual([]);
      if (path !== 'apparatus.md') expect(n, path).toBeGreaterThan(0);
    }
  });

  it('never lets corpus text become HTML', () => {
    for (const [path, md] of Object.entries(files)) {
      const html = allNodes(parseMarkdown(md)).filter((n) => n.type === 'html');
      expect(html, path).toEqual([]);
    }
    expect(files['units/C5.md']).not.toContain('<script>');
  });

  it('README: witness table cells equal the metadata', () => {
    const root = parseMarkdown(files['README.md']);
    const t = findTable(root, ['Siglum', 'Title', 'Date', 'Issuer', 'Venue', 'Kind']);
    expect(t).toBeDefined();
    const rows = tableText(t!).slice(1);
    expect(rows).toEqual(report.witnesses.map((w) => [w.id, w.title, w.date, w.issuer, w.venue ?? '', w.kind]));
    expect(rows[2][1]).toBe('Wang Yi | press paraphrase');
  });

  it('README: coverage matrix', () => {
    const root = parseMarkdown(files['README.md']);
    const t = findTable(root, ['Unit', 'un-a75', 'mfa', 'paraphrase']);
    expect(t).toBeDefined();
    expect(tableText(t!).slice(1)).toEqual([
      ['P1', 'base', '=', '='],
      ['C4', 'base', 'sub 1 (+acc 1)', 'sub 4'],
      ['C5', 'base', 'sub 3 (+acc 2)', '—'],
    ]);
    const links = allNodes(t!).filter((n): n is Link => n.type === 'link').map((l) => l.url);
    expect(links).toEqual(['units/P1.md', 'units/C4.md', 'units/C5.md']);
  });

  it('README: agreement table', () => {
    const root = parseMarkdown(files['README.md']);
    const t = tables(root).find((x) => tableText(x)[0][0] === 'Witness' && tableText(x)[0][1] === 'Agreement');
    expect(t).toBeDefined();
    const [header, mfa, para] = tableText(t!);
    expect(header.slice(0, 5)).toEqual(['Witness', 'Agreement', 'Coverage', 'Accidental', 'Substantive']);
    // Only the types that occur, in canonical order.
    expect(header.slice(5)).toEqual([
      'punctuation', 'case', 'lexical', 'modality', 'actor', 'qualifier-dropped', 'qualifier-added', 'addition', 'absent',
    ]);
    expect(mfa.slice(0, 5)).toEqual(['mfa', '81.8%', '100.0%', '3', '4']);
    expect(para.slice(0, 5)).toEqual(['paraphrase', '54.5%', '66.7%', '0', '5']);
    expect(para[header.indexOf('modality')]).toBe('1');
  });

  it('README: substantive divergences (absent units aside) ranked by weight, then unit, witness, base order; linked to unit anchors', () => {
    const root = parseMarkdown(files['README.md']);
    const header = ['#', 'Unit', 'Witness', 'Type', 'Base', 'Reading', 'Explanation', 'Weight'];
    const t = findTable(root, header);
    expect(t).toBeDefined();
    const rows = tableText(t!).slice(1);
    const subs = report.divergences.filter((v) => v.class === 'substantive' && v.type !== 'absent');
    expect(rows).toHaveLength(subs.length);
    expect(rows.map((r) => [r[1], r[2], r[3]])).toEqual([
      ['C4', 'mfa', 'qualifier-dropped'],
      ['C4', 'paraphrase', 'qualifier-dropped'],
      ['C4', 'paraphrase', 'modality (strengthened)'],
      ['C4', 'paraphrase', 'lexical'],
      ['C5', 'mfa', 'actor'],
      ['C4', 'paraphrase', 'qualifier-added'],
      ['C5', 'mfa', 'addition'],
      ['C5', 'mfa', 'addition'],
    ]);
    // Cell text is the corpus text, whatever characters it has.
    for (const r of rows) {
      const v = subs.find((x) => x.unit === r[1] && x.witness === r[2] && squash(x.reading) === r[5] && squash(x.base) === r[4]);
      expect(v, JSON.stringify(r)).toBeDefined();
      expect(r[6]).toBe(squash(v!.explanation));
    }
    expect(rows.map((r) => r[5])).toContain(HOSTILE);
    expect(rows.map((r) => r[5])).toContain('<script>alert(1)</script>');
    expect(rows.map((r) => r[5])).toContain('=SUM(A1)');
    const links = allNodes(t!).filter((n): n is Link => n.type === 'link').map((l) => l.url);
    expect(links.slice(0, 3)).toEqual(['units/C4.md#mfa', 'units/C4.md#paraphrase', 'units/C4.md#paraphrase']);
    expect(links).toContain('units/C5.md#mfa');
  });

  it('unit page anchors exist: each linked witness has a heading with that slug', () => {
    const page = parseMarkdown(files['units/C4.md']);
    const headings = allNodes(page).filter((n) => n.type === 'heading').map((h) => toString(h));
    expect(headings).toEqual(['Unit C4', 'Base text', 'Readings', 'Divergences', 'mfa', 'paraphrase']);
  });

  it('unit page: base quoted, readings with inline differences, divergences per witness', () => {
    const md = files['units/C4.md'];
    const root = parseMarkdown(md);
    const quote = allNodes(root).find((n) => n.type === 'blockquote');
    expect(quote && toString(quote)).toBe(C4);
    const t = findTable(root, ['Witness', 'Reading', 'Status']);
    expect(t).toBeDefined();
    const rows = t!.children.slice(1);
    expect(rows.map((r) => toString(r.children[0]))).toEqual(['un-a75', 'mfa', 'paraphrase']);
    expect(rows.map((r) => toString(r.children[2]))).toEqual(['base', 'substantive', 'substantive']);
    // What is not struck through is the witness reading; what is, is base text.
    expect(noSpace(keptText(rows[1].children[1]))).toBe(noSpace(C4_MFA));
    expect(noSpace(keptText(rows[2].children[1]))).toBe(noSpace(C4_PARA));
    expect(deletedText(rows[2].children[1])).toEqual(['should encourage', "without other States' permission"]);
    expect(deletedText(rows[1].children[1])).toEqual(['companies', "without other States' permission"]);
    const strong = allNodes(rows[2].children[1]).filter((n) => n.type === 'strong').map((n) => toString(n));
    expect(strong).toEqual(['must require', 'local']);
    expect(md).toContain('~~should encourage~~ **must require** **local** companies');

    const div = tables(root).filter((x) => tableText(x)[0].join() === 'Type,Class,Direction,Base,Reading,Explanation');
    expect(div).toHaveLength(2);
    expect(tableText(div[1]).slice(1)).toEqual(
      report.divergences
        .filter((v) => v.unit === 'C4' && v.witness === 'paraphrase')
        .map((v) => [v.type, v.class, v.direction ?? '', v.base, v.reading, squash(v.explanation)]),
    );
  });

  it('unit page with hostile text: readings survive escaping exactly', () => {
    const root = parseMarkdown(files['units/C5.md']);
    const t = findTable(root, ['Witness', 'Reading', 'Status']);
    const rows = t!.children.slice(1);
    expect(toString(rows[0].children[1])).toBe(C5);
    expect(noSpace(keptText(rows[1].children[1]))).toBe(noSpace(C5_MFA));
    expect(deletedText(rows[1].children[1])).toEqual(['not', 'States']);
    expect(toString(rows[2].children[1])).toBe('—');
    expect(toString(rows[2].children[2])).toBe('absent');
    const div = tables(root).filter((x) => tableText(x)[0].join() === 'Type,Class,Direction,Base,Reading,Explanation');
    expect(tableText(div[0]).slice(1).map((r) => r[4])).toEqual(['=SUM(A1)', '|', '`not`', '<script>alert(1)</script>', HOSTILE]);
  });

  it('identical unit page says there are no divergences', () => {
    expect(files['units/P1.md']).toContain('None: every witness that has this unit reads as the base.');
    const root = parseMarkdown(files['units/P1.md']);
    const rows = tableText(findTable(root, ['Witness', 'Reading', 'Status'])!);
    expect(rows.slice(1).map((r) => r[2])).toEqual(['base', 'identical', 'identical']);
  });

  it('apparatus: lemma ] reading sigla, grouped, substantive and accidentals separate', () => {
    const md = files['apparatus.md'];
    const root = parseMarkdown(md);
    expect(allNodes(root).filter((n) => n.type === 'html')).toEqual([]);
    const text = toString(root);
    const sub = text.slice(text.indexOf('Substantive variants'), text.indexOf('Accidentals'));
    const acc = text.slice(text.indexOf('Accidentals'));
    const items = (from: string): string[] =>
      allNodes(root)
        .filter((n) => n.type === 'listItem')
        .map((n) => toString(n))
        .filter((s) => from.includes(s));
    expect(items(sub)).toEqual([
      'should ] must — paraphrase (strengthened modality)',
      'encourage ] require — paraphrase (lexical)',
      'companies ] local companies — paraphrase (qualifier-added)',
      "without other States' permission ] om. — mfa, paraphrase (qualifier-dropped)",
      'om. (whole unit) — paraphrase (absent)',
      'States ] =SUM(A1) States — mfa (addition)',
      'use ] use <script>alert(1)</script> — mfa (addition)',
      `States ] ${HOSTILE} — mfa (actor)`,
    ]);
    expect(items(acc)).toEqual([
      'companies ] Companies — mfa (case)',
      'States ] States | — mfa (punctuation)',
      'not ] `not` — mfa (punctuation)',
    ]);
    const h2 = allNodes(root).filter((n) => n.type === 'heading' && n.depth === 2).map((n) => toString(n));
    expect(h2).toEqual(['Substantive variants', 'Accidentals']);
  });

  it('apparatus: an addition with no agreeing neighbour uses add.', () => {
    const r = clone(report);
    const u = r.units.find((x) => x.id === 'C4')!;
    u.readings.paraphrase = 'local';
    u.segments.paraphrase = [
      { op: 'replace', base: C4.slice(0, -1), reading: '' },
      { op: 'insert', base: '', reading: 'local' },
      { op: 'delete', base: '.', reading: '' },
    ];
    r.divergences = [
      { unit: 'C4', witness: 'paraphrase', type: 'addition', class: 'substantive', base: '', reading: 'local', baseSpan: null, readingSpan: [0, 1], explanation: 'x', weight: 1 },
    ];
    const md = renderMarkdown(r)['apparatus.md'];
    expect(md).toContain('- ] *add.* local — paraphrase (addition)');
  });

  it('apparatus: a unit read out of order is an ord. entry at the head of its unit', () => {
    const r = clone(report);
    r.divergences.unshift({
      unit: 'C4', witness: 'paraphrase', type: 'transposition', class: 'substantive', base: '', reading: '', baseSpan: null, readingSpan: null,
      explanation: 'read out of order: the witness reads C4 after C5; the base has it after P1 and before C5', weight: 2,
    });
    const md = renderMarkdown(r)['apparatus.md'];
    const c4 = md.slice(md.indexOf('### [C4]'));
    const first = c4.split('\n').find((l) => l.startsWith('- '));
    expect(first).toBe('- *ord.* the witness reads C4 after C5; the base has it after P1 and before C5 — paraphrase (transposition)');
    expect(md).not.toContain('] *om.* — paraphrase (transposition)');
  });

  it("a unit's label (the base's own number) shows in its page title, the overview and the apparatus", () => {
    const r = clone(report);
    r.units.find((u) => u.id === 'C4')!.label = '6.';
    const out = renderMarkdown(r);
    expect(out['units/C4.md'].split('\n')[0]).toBe('# Unit C4 (6. in the base)');
    expect(out['README.md']).toContain('| [C4](units/C4.md) 6\\. |');
    expect(out['apparatus.md']).toContain('### [C4](units/C4.md) 6\\.');
  });

  it('a capital difference the analysis did not record (positional) is not marked in the readings', () => {
    const marked = renderMarkdown(report)['units/C4.md'];
    expect(marked).toContain('~~companies~~ **Companies**');
    const r = clone(report);
    r.divergences = r.divergences.filter((v) => !(v.unit === 'C4' && v.witness === 'mfa' && v.type === 'case'));
    const page = renderMarkdown(r)['units/C4.md'];
    expect(page).not.toContain('~~companies~~');
    // the witness's own letters are still what the table quotes
    expect(page).toContain('encourage Companies to store');
  });

  it('unit ids that are not file-name safe get a safe, unique page name', () => {
    const r = clone(report);
    r.units[0].id = '../x';
    r.units[1].id = 'c5';
    r.divergences = r.divergences.filter((v) => v.unit === 'C5');
    const out = renderMarkdown(r);
    expect(Object.keys(out).sort()).toEqual(['README.md', 'apparatus.md', 'units/C5-2.md', 'units/___x.md', 'units/c5.md']);
  });

  it('an empty report still renders valid tables', () => {
    const out = renderMarkdown({ title: '', base: 'b', witnesses: [], units: [], divergences: [], pairs: [] });
    for (const md of Object.values(out)) expect(checkTableShapes(md).bad).toEqual([]);
    expect(out['README.md']).toContain('None.');
  });
});

describe('markdown escaping', () => {
  const cases = [
    'a | b',
    'a \\| b',
    '`code`',
    '<script>alert(1)</script>',
    '] [link](http://x) ![img](y)',
    '*bold* **b** _x_ __y__',
    '&amp; &lt; &#65;',
    '~~struck~~ ~one~',
    '# heading',
    '- list',
    '+ list',
    '1. list',
    '2) list',
    '=SUM(A1)',
    '> quote',
    '\\',
    'ends with \\',
    'שלום עולם',
    'e\u0301 combining',
    '🙂 👍🏽 emoji',
    '[^1] footnote',
    'https://example.org/a_b?x=*y*&z=1',
    'see www.example.org/_x_ and HTTP://X.ORG/a~b~',
    'mail a_b@example.org or mailto:a@b.org',
  ];
  it.each(cases)('%j renders as itself in a paragraph and in a table cell', (s) => {
    const para = parseMarkdown(`${markdownText(s)}\n`);
    expect(allNodes(para).filter((n) => n.type === 'html')).toEqual([]);
    expect(toString(para)).toBe(s);
    const t = parseMarkdown(`| a | b |\n| --- | --- |\n| ${markdownCell(s)} | x |\n`);
    const ts = tables(t);
    expect(ts).toHaveLength(1);
    expect(tableText(ts[0])[1]).toEqual([s, 'x']);
    // Also as the text of a heading.
    const h = parseMarkdown(`# ${markdownText(s)}\n`);
    expect(toString(h)).toBe(s);
  });

  it('line breaks become spaces', () => {
    expect(markdownCell('a\nb\r\nc\rd')).toBe('a b c d');
    expect(markdownText('  x  ')).toBe('x');
  });
});

describe('apparatus: a sentence of the unit the witness does not read', () => {
  it('is an omission of that sentence, not of the whole unit', async () => {
    const { analyse } = await import('../../src/analyse/index.js');
    const h = await import('../analyse/helpers.js');
    const r = analyse(
      h.corpus([
        h.witness('base', [h.clause('States will keep data briefly. Individuals may seek correction of their data.', ['C1'])]),
        h.witness('wit', [h.clause('Individuals may seek correction of their data.', ['C1.2'])]),
      ]),
    );
    const app = renderMarkdown(r)['apparatus.md'];
    expect(app).not.toContain('om. (whole unit)');
    expect(app).toContain('States will keep data briefly. ] *om.* — wit (absent)');
  });
});
