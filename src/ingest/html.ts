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

/** Turns the raw HTML of a page into its text. */
export type HtmlReader = (raw: string) => string;

/** Is this raw source HTML: by its file name (`.html`, `.htm`, `.xhtml`), or by how it opens? */
export function isHtml(source: string, raw: string): boolean {
  if (/\.x?html?$/i.test(source)) return true;
  return /^\s*(?:<!doctype html|<html[\s>])/i.test(raw.slice(0, 512));
}

/** Load the HTML parser and return the reader: the text of a page, one block per paragraph. */
export async function loadHtmlReader(): Promise<HtmlReader> {
  const [{ fromHtml }, { toText }] = await Promise.all([import('hast-util-from-html'), import('hast-util-to-text')]);
  return (raw) =>
    toText(fromHtml(raw))
      .split(/\n+/)
      .map((line) => line.replace(/[ \t]+/g, ' ').trim())
      .filter((line) => line !== '')
      .join('\n\n')
      .concat('\n');
}
