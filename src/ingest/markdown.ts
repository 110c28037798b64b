/**
 * Markdown sources (a blog post, a law firm's alert): read as their text before extraction, as
 * HTML pages are (html.ts). Emphasis, links and inline code keep their words and lose their marks;
 * headings and paragraphs are paragraphs; list items keep a "- " bullet, one line each, so a list
 * stays a list, and the items of an ordered list keep their own number as the source writes it
 * ("12.", "3)"), as a paragraph number of a text source would be; a heading keeps its hashes when
 * the witness is cut into paragraphs (so that it is read as a heading); front matter, code blocks, raw HTML and rules are left out;
 * the lines of a blockquote keep a ">" mark when the witness is cut into paragraphs (see `blocks`);
 * struck text ("~~actively~~", a draft's tracked deletion) is left out. A bold label that opens
 * a paragraph or a list item ("**Purpose specification.** Businesses should…") is set on its own
 * line before it, without its closing mark, so that the segmenter (in paragraph mode) takes it as the
 * heading (marker) of the clause, not as a sentence of it. The words are untouched.
 */
import { type MdNode, parseMarkdown } from '../corpus/markdown.js';

/** Is this raw source Markdown, by its file name (`.md`, `.markdown`)? */
export function isMarkdown(source: string): boolean {
  return /\.(?:md|markdown)$/i.test(source);
}

/** A paragraph that opens with a sub-item's mark: "(a) ", "b) ", "(iv) ", "(2) ". */
const SUB_ITEM = /^(?:\((?:[a-z]|[ivx]{1,5}|\d{1,2})\)|[a-z]\))\s+\S/;

/** Struck text (GFM "~~deleted~~"): in a draft with its changes tracked, words deleted. Group 1: the words. */
export const STRUCK = /~~(?=\S)([^~\n]*?\S)~~/g;

/** A Markdown footnote's definition opening a line ("[^12]: Report of …"): its label and text. */
const FOOTNOTE_DEF = /^ {0,3}\[\^([^\]\s]+)\]:\s*(.*)$/;

/**
 * Markdown footnotes ("…of its own.[^12]" and, at the foot, "[^12]: Report of the Group …"): the
 * author's notes, not the text. The labels defined in the source, and the notes (each with its
 * label, text, and 1-based line).
 */
export function markdownFootnotes(raw: string): { labels: Set<string>; notes: { label: string; text: string; line: number }[] } {
  const notes: { label: string; text: string; line: number }[] = [];
  raw.split('\n').forEach((l, i) => {
    const m = FOOTNOTE_DEF.exec(l);
    if (m) notes.push({ label: m[1], text: m[2].trim(), line: i + 1 });
  });
  return { labels: new Set(notes.map((n) => n.label)), notes };
}

/**
 * The source with its Markdown footnotes blanked (offsets kept): each note's definition (its line
 * and the indented lines that go on under it) and each call of a defined note ("[^12]"). A call
 * whose note is nowhere defined stays, as the source wrote it.
 */
function blankFootnotes(raw: string): string {
  const { labels } = markdownFootnotes(raw);
  if (labels.size === 0) return raw;
  const lines = raw.split('\n');
  let inNote = false;
  const out = lines.map((l) => {
    if (FOOTNOTE_DEF.test(l)) inNote = true;
    else if (inNote && !/^(?: {4}|\t)\S/.test(l)) inNote = false;
    return inNote ? ' '.repeat(l.length) : l;
  });
  return out.join('\n').replace(/\[\^([^\]\s]+)\]/g, (m, label: string) => (labels.has(label) ? ' '.repeat(m.length) : m));
}

/** How a Markdown source is read (markdownToText). */
export interface MdOptions {
  /** A witness cut into paragraphs: headings keep their hashes, bold labels stand on a line of their own, quotations keep ">". */
  apart: boolean;
  /** The columns of a pipe table that hold the text (sources.yaml `extract.columns`: header names or 1-based numbers); all when absent. */
  columns?: readonly string[];
  /** A first cell that only numbers its row ("1(a)", "4.2", "Art. 6"): enumerators.yaml `layout.reference_cells`. */
  referenceCell?: RegExp;
}

/**
 * A pipe table ("| Topic | 2022 | 2024 |" over "|---|---|---|", which CommonMark reads as a
 * paragraph): its rows, one paragraph each, the cells joined by "; " (the pipes are layout), or
 * null for any other paragraph. The header row is a short line, the heading of the first row's
 * clause, unless it names the columns of a table read by `columns` or numbered by a reference
 * column: then it is layout. A first column every row of which holds only a reference
 * (`referenceCell`: "1(a)", "2(1)", "4.2") numbers the rows: each reference is the heading (marker)
 * of its row's clause, set on a heading line of its own before it (when the witness is cut into
 * paragraphs). `columns` keeps only the named columns' cells in the text (an implementation plan's
 * "Action" column, its "Lead" and "Deadline" left out).
 */
function tableRows(raw: string, n: MdNode, opts: MdOptions): string[] | null {
  const from = n.position?.start.offset;
  const to = n.position?.end.offset;
  if (from === undefined || to === undefined) return null;
  const lines = raw.slice(from, to).split('\n').map((l) => l.trim());
  const row = /^\|?(.*?)\|?$/;
  if (lines.length < 2 || !lines.every((l) => l.includes('|')) || !/^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$/.test(lines[1])) return null;
  const cells = (l: string) => row.exec(l)![1].split(/(?<!\\)\|/).map((c) => inline(parseMarkdown(c.replace(/\\\|/g, '|').trim()).children?.[0]?.children ?? []).trim());
  const header = cells(lines[0]);
  const body = lines.slice(2).map(cells).filter((r) => r.some((c) => c !== ''));
  const ref = header.length >= 2 && body.length > 0 && !!opts.referenceCell && body.every((r) => opts.referenceCell!.test(r[0] ?? ''));
  const wanted = opts.columns?.length ? header.map((h, k) => opts.columns!.some((c) => c === String(k + 1) || c.toLowerCase() === h.toLowerCase())) : null;
  const keep = (k: number) => !(ref && k === 0) && (wanted === null || wanted[k]);
  const text = (r: string[]) => r.filter((c, k) => c !== '' && keep(k)).join('; ');
  const out: string[] = [];
  if (!ref && wanted === null && text(header) !== '') out.push(text(header));
  for (const r of body) {
    const t = text(r);
    if (t === '') continue;
    if (ref) out.push(...(opts.apart ? [`###### ${r[0]}`, t] : [`${r[0]} ${t}`]));
    else out.push(t);
  }
  return out;
}

/** The words of inline content, marks left out. */
function inline(nodes: readonly MdNode[]): string {
  let out = '';
  for (const n of nodes) {
    if (n.type === 'text' || n.type === 'inlineCode') out += n.value ?? '';
    else if (n.type === 'break') out += '\n';
    else if (n.type === 'html' || n.type === 'image' || n.type === 'footnoteReference') continue;
    else if (n.children) out += inline(n.children);
  }
  return out;
}

/** A short bold label opening the content ("**Transborder flows.** Member countries…"): [label, rest], or null. */
function label(nodes: readonly MdNode[]): [string, string] | null {
  const first = nodes[0];
  if (!first || first.type !== 'strong' || nodes.length < 2) return null;
  const words = inline(first.children ?? []).trim();
  const rest = inline(nodes.slice(1)).trim();
  // a label ends with its own stop ("Collection limitation.", "Scope:"), or the text after it starts
  // a new sentence; "**We recommend** that boards…" is a sentence, not a label
  const stop = /[.:]$/.test(words) || /^[.:\u2014\u2013-]\s*/.test(rest);
  if (!stop || words.split(/\s+/).length > 8 || rest === '' || !/\p{L}/u.test(rest.replace(/^[.:\u2014\u2013-]\s*/, ''))) return null;
  return [words.replace(/[.:]$/, ''), rest.replace(/^[.:\u2014\u2013-]\s*/, '')];
}

/** The number an ordered list item has in the source ("12.", "3)"), or null. */
function itemNumber(raw: string, list: MdNode, item: MdNode, k: number): string | null {
  if (!list.ordered) return null;
  const at = item.position?.start.offset;
  const m = at === undefined ? null : /^[ \t]*(\d{1,9}[.)])/.exec(raw.slice(at, at + 16));
  return m ? m[1] : `${(list.start ?? 1) + k}.`;
}

function blocks(raw: string, nodes: readonly MdNode[], out: string[], opts: MdOptions): void {
  const apart = opts.apart;
  for (const n of nodes) {
    switch (n.type) {
      case 'heading': {
        // (a witness cut into paragraphs: the heading keeps its hashes, so that the segmenter takes
        // it as a heading whatever its words, "## Who can be sanctioned" as "## Scope"; segment.ts
        // drops them)
        const words = inline(n.children ?? []).trim();
        out.push(apart && words !== '' ? `${'#'.repeat(n.depth ?? 1)} ${words}` : words);
        break;
      }
      case 'paragraph': {
        const rows = tableRows(raw, n, opts);
        if (rows) {
          out.push(...rows);
          break;
        }
        const l = apart ? label(n.children ?? []) : null;
        if (l) out.push(l[0], l[1]);
        else out.push(inline(n.children ?? []).trim());
        break;
      }
      case 'list': {
        const items: string[] = [];
        for (const [k, item] of (n.children ?? []).entries()) {
          const paras = (item.children ?? []).filter((c) => c.type === 'paragraph');
          const l = apart && paras.length ? label(paras[0].children ?? []) : null;
          // the item's paragraphs, one line; a later paragraph that opens with a lettered or
          // bracketed mark of its own ("(a) be proportionate;", indented under "3. States should:")
          // is a sub-item: a line of its own, its mark kept
          const lines: string[] = [];
          paras.forEach((p, k) => {
            const words = (k === 0 && l ? l[1] : inline(p.children ?? []).trim()).replace(/\s*\n\s*/g, ' ');
            if (k > 0 && SUB_ITEM.test(words)) lines.push(words);
            else if (lines.length) lines[lines.length - 1] += ` ${words}`;
            else lines.push(words);
          });
          if (l) {
            // the label as the heading of its item: the list goes on after it
            if (items.length) out.push(items.splice(0).join('\n'));
            out.push(l[0]);
          }
          if (lines.length && lines[0].trim() !== '') items.push(`${itemNumber(raw, n, item, k) ?? '-'} ${lines[0]}`);
          items.push(...lines.slice(1));
          const nested = (item.children ?? []).filter((c) => c.type === 'list');
          if (nested.length) {
            if (items.length) out.push(items.splice(0).join('\n'));
            blocks(raw, nested, out, opts);
          }
        }
        if (items.length) out.push(items.join('\n'));
        break;
      }
      case 'blockquote': {
        // (a witness cut into paragraphs: each line keeps a ">" mark, so that the segmenter knows a
        // quotation, and a short lead-in before it ending in ":" as its frame; segment.ts drops the marks)
        const quoted: string[] = [];
        blocks(raw, n.children ?? [], quoted, opts);
        for (const b of quoted) if (b.trim() !== '') out.push(apart ? b.split('\n').map((l) => `> ${l}`).join('\n') : b);
        break;
      }
      default:
        // yaml front matter, code, html, thematicBreak, definitions: no text of the witness
        break;
    }
  }
}

/**
 * The text of a Markdown source, one block per paragraph (blank line between blocks). `apart` (for a
 * witness cut into paragraphs, where a short line before a clause is its heading): bold labels on a
 * line of their own; otherwise they stay in the text, without their marks. Tables: see `tableRows`.
 */
export function markdownToText(raw0: string, opts: MdOptions | boolean = true): string {
  const o = typeof opts === 'boolean' ? { apart: opts } : opts;
  const out: string[] = [];
  // (struck text, "~~actively~~", is deleted text: blanked, the offsets of the rest kept)
  // (so are Markdown footnotes, their calls and their notes: the author's, not the text)
  const raw = blankFootnotes(raw0.replace(STRUCK, (m) => ' '.repeat(m.length)));
  blocks(raw, parseMarkdown(raw).children ?? [], out, o);
  return `${out.filter((b) => b.trim() !== '').join('\n\n')}\n`;
}
