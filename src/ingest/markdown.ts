/**
 * Markdown sources (a blog post, a law firm's alert): read as their text before extraction, as
 * HTML pages are (html.ts). Emphasis, links and inline code keep their words and lose their marks;
 * headings and paragraphs are paragraphs; list items keep a "- " bullet, one line each, so a list
 * stays a list, and the items of an ordered list keep their own number as the source writes it
 * ("12.", "3)"), as a paragraph number of a text source would be; a heading keeps its hashes when
 * the witness is cut into paragraphs (so that it is read as a heading); front matter, code blocks, raw HTML and rules are left out;
 * the lines of a blockquote keep a ">" mark when the witness is cut into paragraphs (see `blocks`). A bold label that opens
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

/**
 * A pipe table ("| Topic | 2022 | 2024 |" over "|---|---|---|", which CommonMark reads as a
 * paragraph): its rows, one paragraph each, the cells joined by "; " (the pipes are layout), or
 * null for any other paragraph. The header row is a short line, the heading of the first row's clause.
 */
function tableRows(raw: string, n: MdNode): string[] | null {
  const from = n.position?.start.offset;
  const to = n.position?.end.offset;
  if (from === undefined || to === undefined) return null;
  const lines = raw.slice(from, to).split('\n').map((l) => l.trim());
  const row = /^\|?(.*?)\|?$/;
  if (lines.length < 2 || !lines.every((l) => l.includes('|')) || !/^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$/.test(lines[1])) return null;
  const cells = (l: string) => row.exec(l)![1].split(/(?<!\\)\|/).map((c) => inline(parseMarkdown(c.replace(/\\\|/g, '|').trim()).children?.[0]?.children ?? []).trim()).filter((c) => c !== '');
  return [lines[0], ...lines.slice(2)].map((l) => cells(l).join('; ')).filter((r) => r !== '');
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

function blocks(raw: string, nodes: readonly MdNode[], out: string[], apart: boolean): void {
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
        const rows = tableRows(raw, n);
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
            blocks(raw, nested, out, apart);
          }
        }
        if (items.length) out.push(items.join('\n'));
        break;
      }
      case 'blockquote': {
        // (a witness cut into paragraphs: each line keeps a ">" mark, so that the segmenter knows a
        // quotation, and a short lead-in before it ending in ":" as its frame; segment.ts drops the marks)
        const quoted: string[] = [];
        blocks(raw, n.children ?? [], quoted, apart);
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
 * The text of a Markdown source, one block per paragraph (blank line between blocks). `labelsApart`
 * (for a witness cut into paragraphs, where a short line before a clause is its heading): bold
 * labels on a line of their own; otherwise they stay in the text, without their marks.
 */
export function markdownToText(raw: string, labelsApart = true): string {
  const out: string[] = [];
  blocks(raw, parseMarkdown(raw).children ?? [], out, labelsApart);
  return `${out.filter((b) => b.trim() !== '').join('\n\n')}\n`;
}
