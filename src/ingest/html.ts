/**
 * HTML sources (a ministry's web page saved as it is): the only module that imports the HTML
 * parser (hast-util-from-html) and its text serialiser (hast-util-to-text, the `innerText`
 * algorithm). The page becomes plain text before extraction: tags go, entities are decoded,
 * scripts, styles and other non-text elements are left out, and every block (paragraph, list
 * item, heading, table row, line break) becomes a paragraph of its own. The words are untouched.
 *
 * The parser is loaded on demand (`loadHtmlReader`), only when a corpus has an HTML source: the
 * other commands never pay for it.
 */

import { ENDS_SENTENCE } from './segment.js';

/**
 * Turns the raw HTML of a page into its text. `quotes` (a witness cut into paragraphs): the lines
 * of a blockquote keep a ">" mark, as a Markdown source's do (markdown.ts), so that the segmenter
 * knows a quotation and the short lead-in before it as its frame; a heading element opens with
 * Markdown hashes ("## Article 7 – Data security"), so that it is read as a heading.
 */
export type HtmlReader = (raw: string, quotes?: boolean) => string;

/** Is this raw source HTML: by its file name (`.html`, `.htm`, `.xhtml`), or by how it opens? */
export function isHtml(source: string, raw: string): boolean {
  if (/\.x?html?$/i.test(source)) return true;
  return /^\s*(?:<!doctype html|<html[\s>])/i.test(raw.slice(0, 512));
}

/** Load the HTML parser and return the reader: the text of a page, one block per paragraph. */
export async function loadHtmlReader(): Promise<HtmlReader> {
  const [{ fromHtml }, { toText }] = await Promise.all([import('hast-util-from-html'), import('hast-util-to-text')]);
  type Node = { type: string; tagName?: string; children?: Node[]; value?: string; properties?: Record<string, unknown> };
  // (the text of an element, as the page reads it)
  const textOf = (n: Node) => toText(n as Parameters<typeof toText>[0]);
  // each outermost blockquote becomes its text, every line marked ">", kept as preformatted text
  const markQuotes = (node: Node): void => {
    node.children?.forEach((child, k) => {
      if (child.type !== 'element' || child.tagName !== 'blockquote') return markQuotes(child);
      const lines = textOf(child).split(/\n+/).map((l) => l.replace(/[ \t]+/g, ' ').trim()).filter((l) => l !== '');
      node.children![k] = { type: 'element', tagName: 'pre', properties: {}, children: [{ type: 'text', value: lines.map((l) => `> ${l}`).join('\n') }] };
    });
  };
  // each heading element (h1–h6) opens with Markdown hashes, as a Markdown source's heading does
  // (markdown.ts): the segmenter takes it as a heading whatever stands before it (the short items
  // of an aside's list before an <h2> would otherwise make one run of short paragraphs with it)
  const markHeadings = (node: Node): void => {
    for (const child of node.children ?? []) {
      if (child.type !== 'element') continue;
      const depth = /^h([1-6])$/.exec(child.tagName ?? '');
      if (!depth) {
        markHeadings(child);
        continue;
      }
      const words = textOf(child).replace(/\s+/g, ' ').trim();
      // (not a heading element that holds a sentence: "<h2>States shall protect data.</h2>" stays
      // the clause it is, with no hashes the page never had)
      if (words !== '' && !ENDS_SENTENCE.test(words)) child.children = [{ type: 'text', value: `${'#'.repeat(Number(depth[1]))} ${words}` }];
    }
  };
  // each item of a list element opens with its mark, as a plain-text or Markdown source's item does
  // ("1. ", "2. " in an <ol>, counting from its `start`; "- " in a <ul>): the segmenter then reads
  // the items as one block of list items, the base's units after a preamble of plain paragraphs (a
  // page's principles in an <ol> are C1–C8, not P3–P10)
  const BLOCKS = new Set(['p', 'div', 'span', 'strong', 'em', 'b', 'i']);
  const OWN_MARK = /^\s*(?:\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-zA-Z]{1,4})[.)]|[-•*–·])\s/u;
  const markLists = (node: Node): void => {
    for (const child of node.children ?? []) {
      if (child.type !== 'element') continue;
      markLists(child);
      if (child.tagName !== 'ol' && child.tagName !== 'ul') continue;
      const start = Number(child.properties?.start ?? 1);
      let n = Number.isInteger(start) ? start : 1;
      for (const item of child.children ?? []) {
        if (item.type !== 'element' || item.tagName !== 'li') continue;
        const mark = child.tagName === 'ol' ? `${n++}. ` : '- ';
        // (an item that writes its own mark, "<li>(c) supporting …</li>", keeps it alone)
        if (OWN_MARK.test(textOf(item))) continue;
        // (into the item's first paragraph when it opens with one: "<li><p>…</p></li>")
        let at = item;
        for (;;) {
          const first = at.children?.find((c) => c.type !== 'text' || (c.value ?? '').trim() !== '');
          if (first?.type === 'element' && first.tagName && BLOCKS.has(first.tagName)) at = first;
          else break;
        }
        (at.children ??= []).unshift({ type: 'text', value: mark });
      }
    }
  };
  // a short bold label opening a paragraph or a list item ("<li><strong>Legal basis.</strong> We
  // will disclose …</li>") stands on a line of its own, as a Markdown source's does (markdown.ts
  // `label`): the segmenter takes it as the heading of its clause (its marker), not as the clause's
  // words; the item's list mark goes with the text after it. A label ends with its own stop
  // ("Notice.", "Scope:") or the text after it opens with one; at most eight words ("<b>We
  // recommend</b> that boards …" is a sentence)
  const LABEL_TAGS = new Set(['strong', 'b']);
  const markLabels = (node: Node): void => {
    for (const child of node.children ?? []) {
      if (child.type !== 'element') continue;
      markLabels(child);
      if (child.tagName !== 'li' && child.tagName !== 'p') continue;
      const kids = child.children ?? [];
      let k = kids.findIndex((c) => c.type !== 'text' || (c.value ?? '').trim() !== '');
      // (past the list mark markLists gave the item)
      let mark = '';
      if (k >= 0 && kids[k].type === 'text' && /^\s*(?:\d{1,3}\.|-)\s*$/.test(kids[k].value ?? '')) {
        mark = kids[k].value!.trim();
        k = kids.findIndex((c, j) => j > k && (c.type !== 'text' || (c.value ?? '').trim() !== ''));
      }
      const first = k >= 0 ? kids[k] : undefined;
      if (!first || first.type !== 'element' || !LABEL_TAGS.has(first.tagName ?? '')) continue;
      let words = textOf(first).replace(/\s+/g, ' ').trim();
      // (markLists puts the mark into the label's element when the item opens with it)
      const inner = /^(\d{1,3}\.|-) (?=\S)/.exec(words);
      if (inner && !mark) [mark, words] = [inner[1], words.slice(inner[0].length)];
      const rest = kids.slice(k + 1).map(textOf).join('').replace(/\s+/g, ' ').trim();
      const stop = /[.:]$/.test(words) || /^[.:\u2014\u2013-]\s*/.test(rest);
      if (!stop || words === '' || words.split(' ').length > 8 || !/\p{L}/u.test(rest.replace(/^[.:\u2014\u2013-]\s*/u, ''))) continue;
      const after = kids.slice(k + 1);
      // (a stop that opens the text after the label goes with the label)
      if (after[0]?.type === 'text') after[0] = { ...after[0], value: (after[0].value ?? '').replace(/^\s*[.:\u2014\u2013-]\s*/u, ' ') };
      child.children = [
        { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: words.replace(/[.:]$/, '') }] },
        ...(mark ? [{ type: 'text', value: `${mark} ` }] : []),
        ...after,
      ];
    }
  };
  // a paragraph (or list item, block) that is only a link back to the top of the page ("<p><a
  // href="#top">Back to top</a></p>") is the page's navigation, no text: left out
  const TOP_LINK = /^#(?:top|page-top|main|content)?$/i;
  const dropTopLinks = (node: Node): void => {
    if (!node.children) return;
    node.children = node.children.filter((child) => {
      if (child.type !== 'element') return true;
      const kids = (child.children ?? []).filter((c) => c.type !== 'text' || (c.value ?? '').trim() !== '');
      const only = kids.length === 1 && kids[0].type === 'element' && kids[0].tagName === 'a' ? kids[0] : null;
      if (child.tagName !== 'a' && only && TOP_LINK.test(String(only.properties?.href ?? 'x'))) return false;
      dropTopLinks(child);
      return true;
    });
  };
  return (raw, quotes = false) => {
    const tree = fromHtml(raw);
    dropTopLinks(tree as Node);
    if (quotes) {
      markQuotes(tree as Node);
      markHeadings(tree as Node);
      markLists(tree as Node);
      markLabels(tree as Node);
    }
    return toText(tree)
      .split(/\n+/)
      .map((line) => line.replace(/[ \t]+/g, ' ').trim())
      .filter((line) => line !== '')
      .join('\n\n')
      .concat('\n');
  };
}
