/**
 * Test helpers: parse generated Markdown (remark + GFM), a strict RFC 4180 parser, and a walker over
 * TEI parsed with fast-xml-parser (preserveOrder) that reconstructs each witness's text.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Nodes, Root, Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { expect } from 'vitest';
import { teiIds } from '../../src/report/tei.js';
import type { Report } from '../../src/types.js';

/** The text content of a node (as mdast-util-to-string computes it: values and alt texts, joined). */
export function toString(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('alt' in node && typeof node.alt === 'string') return node.alt;
  if ('children' in node) return (node.children as Nodes[]).map(toString).join('');
  return '';
}

export function parseMarkdown(md: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(md);
}

/** Every node of a tree, depth first. */
export function allNodes(node: Nodes): Nodes[] {
  const out: Nodes[] = [node];
  if ('children' in node) for (const c of node.children) out.push(...allNodes(c as Nodes));
  return out;
}

export function tables(root: Root): Table[] {
  return allNodes(root).filter((n): n is Table => n.type === 'table');
}

/** A table as text: header cells, then rows of cell texts. */
export function tableText(t: Table): string[][] {
  return t.children.map((row) => row.children.map((c) => toString(c)));
}

/** The table whose header row is exactly `header` (first match). */
export function findTable(root: Root, header: readonly string[]): Table | undefined {
  return tables(root).find((t) => {
    const h = tableText(t)[0];
    return h.length === header.length && h.every((c, i) => c === header[i]);
  });
}

/** Whitespace folded as Markdown shows it: runs to one space, trimmed. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Check every table of a Markdown file keeps the header's column count; returns the count checked. */
export function checkTableShapes(md: string): { tables: number; bad: string[] } {
  const root = parseMarkdown(md);
  const bad: string[] = [];
  const ts = tables(root);
  for (const t of ts) {
    const width = t.children[0].children.length;
    t.children.forEach((row, i) => {
      if (row.children.length !== width) bad.push(`row ${i}: ${row.children.length} cells, header ${width}`);
    });
  }
  return { tables: ts.length, bad };
}

/** A strict RFC 4180 parser (CRLF records, quoted fields with doubled quotes). */
export function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let afterQuote = false;
  while (i < s.length) {
    const c = s[i];
    if (quoted) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        afterQuote = true;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === ',') {
      row.push(field);
      field = '';
      afterQuote = false;
      i++;
      continue;
    }
    if (c === '\r' && s[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      afterQuote = false;
      i += 2;
      continue;
    }
    if (afterQuote) throw new Error(`text after closing quote at ${i}`);
    if (c === '"') {
      if (field !== '') throw new Error(`quote inside unquoted field at ${i}`);
      quoted = true;
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') throw new Error(`bare line break at ${i}`);
    field += c;
    i++;
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || row.length > 0) throw new Error('last record without CRLF');
  return rows;
}

/** fast-xml-parser's preserveOrder node: `{ tag: children, ':@': attrs }` or `{ '#text': text }`. */
export type XNode = Record<string, unknown>;

export function parseXml(xml: string): XNode[] {
  return new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    htmlEntities: true,
  }).parse(xml) as XNode[];
}

export function tagOf(n: XNode): string | undefined {
  return Object.keys(n).find((k) => k !== ':@' && k !== '#text');
}

export function childrenOf(n: XNode): XNode[] {
  const t = tagOf(n);
  return t ? (n[t] as XNode[]) : [];
}

export function attrsOf(n: XNode): Record<string, string> {
  return (n[':@'] as Record<string, string> | undefined) ?? {};
}

/** All elements named `tag`, depth first. */
export function elements(nodes: readonly XNode[], tag: string): XNode[] {
  const out: XNode[] = [];
  for (const n of nodes) {
    if (tagOf(n) === tag) out.push(n);
    out.push(...elements(childrenOf(n), tag));
  }
  return out;
}

export function textOf(nodes: readonly XNode[]): string {
  return nodes.map((n) => (typeof n['#text'] === 'string' || typeof n['#text'] === 'number' ? String(n['#text']) : textOf(childrenOf(n)))).join('');
}

/** The text of an `<ab>` as witness `wit` (an xml:id) reads it. */
export function witnessText(ab: XNode, wit: string): string {
  let out = '';
  for (const n of childrenOf(ab)) {
    if ('#text' in n) {
      out += String(n['#text']);
      continue;
    }
    if (tagOf(n) === 'app') {
      for (const r of childrenOf(n)) {
        const t = tagOf(r);
        if (t !== 'lem' && t !== 'rdg') continue;
        const w = (attrsOf(r).wit ?? '').split(/\s+/);
        if (w.includes(`#${wit}`)) out += textOf(childrenOf(r));
      }
    } else if (tagOf(n) !== 'note') {
      // notes are editorial (a unit read out of order), not the witness's text
      out += textOf(childrenOf(n));
    }
  }
  return out;
}

/** Each witness (xml:id) named in each app, with the count of its mentions. */
function mentions(app: XNode): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of childrenOf(app)) {
    const t = tagOf(r);
    if (t !== 'lem' && t !== 'rdg') continue;
    for (const w of (attrsOf(r).wit ?? '').split(/\s+/).filter(Boolean)) m.set(w, (m.get(w) ?? 0) + 1);
  }
  return m;
}

/** Structural checks of a TEI rendering: well-formed, listWit complete, ids unique NCNames, each app names each witness once. */
export function checkTei(r: Report, out: string): void {
  expect(XMLValidator.validate(out)).toBe(true);
  const d = parseXml(out);
  const ids = teiIds(r);
  const wits = [...ids.witness.values()].map((w) => `#${w}`).sort();
  // listWit has every witness.
  const listed = elements(d, 'witness').map((w) => attrsOf(w)['xml:id']);
  expect([...listed].sort()).toEqual([...ids.witness.values()].sort());
  // xml:ids unique and NCNames.
  const all: string[] = [];
  const walk = (ns: XNode[]): void => {
    for (const n of ns) {
      const id = attrsOf(n)['xml:id'];
      if (id !== undefined) all.push(id);
      walk(childrenOf(n));
    }
  };
  walk(d);
  expect(new Set(all).size).toBe(all.length);
  for (const id of all) expect(id).toMatch(/^[A-Za-z_][A-Za-z0-9._-]*$/);
  // Every app names every witness exactly once.
  for (const app of elements(d, 'app')) {
    const m = mentions(app);
    expect([...m.keys()].sort()).toEqual(wits);
    for (const n of m.values()) expect(n).toBe(1);
    const kids = childrenOf(app).filter((k) => tagOf(k));
    expect(tagOf(kids[0])).toBe('lem');
    expect(kids.slice(1).every((k) => tagOf(k) === 'rdg')).toBe(true);
  }
}

