/**
 * Escaping of corpus text for every output format. Every renderer passes each corpus string (reading,
 * title, explanation, siglum…) through one of these before it touches the output, so that no text can
 * break a table, open markup, inject a formula or a terminal control sequence.
 *
 * All functions are pure and total: any JavaScript string in, a safe string out.
 */

/** C0 controls but tab, LF and CR; DEL. Never meaningful in a transcription. */
const C0_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
/** Line breaks as CommonMark sees them. */
const LINE_BREAKS = /\r\n?|\n/g;

/**
 * Inline Markdown (GFM) text: the string renders as exactly its own characters in a paragraph, a
 * heading, a blockquote or a table cell.
 *
 * - backslash, backtick, `*`, `_`, `[`, `]`, `~`, `|`, `#` are backslash-escaped;
 * - `&`, `<`, `>` become `&amp;`, `&lt;`, `&gt;` (so `&amp;` in the corpus stays literal and no HTML
 *   or autolink `<…>` can open);
 * - line breaks and tabs become a space, other control characters are dropped, and the result is
 *   trimmed (Markdown would drop the outer whitespace anyway);
 * - a leading `-`, `+`, `=` or `1.`/`1)` is escaped so the text never starts a list or a setext line.
 *
 * Bare URLs (`www.x.org`, `https://…`, `a@b.org`) have their `:`, `.` or `@` escaped so that GFM's
 * autolink-literal tokenizer (which would keep the other backslashes literally) skips them; remark
 * still links the resulting text afterwards, unchanged, so nothing is injected or altered.
 */
export function markdownText(s: string): string {
  // reports escape the same readings many times (tables, apparatus, inline readings)
  let out = escaped.get(s);
  if (out === undefined) {
    out = escapeMarkdown(s);
    if (escaped.size > 50_000) escaped.clear();
    escaped.set(s, out);
  }
  return out;
}

const escaped = new Map<string, string>();

function escapeMarkdown(s: string): string {
  const flat = s.replace(LINE_BREAKS, ' ').replace(/\t/g, ' ').replace(C0_CONTROLS, '').trim();
  let out = flat
    .replace(/[\\`*_[\]~|#]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
  out = out.replace(/^([-+=])/, '\\$1').replace(/^(\d{1,9})([.)])/, '$1\\$2');
  // Keep GFM's autolink-literal tokenizer, which ignores backslash escapes, off URLs and addresses:
  // escaped, they parse as plain text (and the text is then linked as it is, escapes resolved).
  out = out
    .replace(/(?<=\b(?:https?|ftp|mailto|xmpp)):/gi, '\\:')
    .replace(/(?<=\bwww)\./gi, '\\.')
    .replace(/@/g, '\\@');
  return out;
}

/**
 * A GFM table cell: `markdownText` (which already escapes `|` and folds line breaks), so the cell
 * never splits, never ends the row and never opens markup.
 */
export function markdownCell(s: string): string {
  return markdownText(s);
}

/** Characters XML 1.0 forbids (C0 but tab/LF/CR, U+FFFE/U+FFFF, lone surrogates). */
const XML_ILLEGAL =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * XML 1.0 character data or a double-quoted attribute value: `&`, `<`, `>`, `"` escaped, CR kept as
 * a character reference (a parser would otherwise fold it into LF), characters illegal in XML 1.0
 * removed.
 */
export function xml(s: string): string {
  return s
    .replace(XML_ILLEGAL, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;');
}

/** Like `xml`, for attribute values whose tabs and line breaks must survive attribute normalisation. */
export function xmlAttr(s: string): string {
  return xml(s).replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/** First characters a spreadsheet reads as the start of a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One RFC 4180 field. Text starting with `=`, `+`, `-`, `@`, tab or CR gets a leading `'` so no
 * spreadsheet evaluates it (pass `{ neutralise: false }` for numbers written by variorum itself); a
 * field with a comma, a double quote or a line break is quoted, its quotes doubled.
 */
export function csvCell(s: string, opts: { neutralise?: boolean } = {}): string {
  let v = s;
  if (opts.neutralise !== false && FORMULA_START.test(v)) v = `'${v}`;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/**
 * Text for a terminal: C0 and C1 control characters (ESC included, so no corpus text can emit an
 * ANSI sequence) dropped, line breaks and tabs turned into a space.
 */
export function terminalText(s: string): string {
  return s.replace(/\r\n?|\n|\t/g, ' ').replace(/[\u0000-\u001F\u007F-\u009F]/g, '');
}

/** One line of plain text (for summaries): like `terminalText`, with runs of spaces collapsed. */
export function oneLine(s: string): string {
  return terminalText(s).replace(/ {2,}/g, ' ').trim();
}
