/**
 * Raw source → the region that holds the witness, by start/end markers (data, not code per document).
 */
import { UserError } from '../errors.js';
import type { ExtractRule } from './config.js';

export interface Region {
  /** The extracted text, untouched. */
  text: string;
  /** Offset of the region in the raw source (for line numbers). */
  offset: number;
  /**
   * The last start marker standing again inside the region (offsets of both places in the raw
   * source): the first may be a table of contents' entry, for a warning.
   */
  startAgain?: { marker: string; first: number; again: number };
  /**
   * The last start marker found first as an entry of a table of contents (see `contentsEntry`):
   * the region starts at `again` instead (offsets in the raw source), for a warning.
   */
  contents?: { marker: string; first: number; again: number; entries: number };
}

/** Cut the region out of `raw`. A marker that is not found is a UserError naming the source. */
export function extractRegion(raw: string, rule: ExtractRule, shown: string): Region {
  let from = 0;
  let lastAt = 0;
  for (const marker of rule.start) {
    const span = findMarkerSpan(raw, marker, from);
    if (!span) throw new UserError(`start marker not found: "${marker}"`, { file: shown, line: from > 0 ? lineAt(raw, from) : undefined });
    [lastAt, from] = span;
  }
  // the last start marker found in a table of contents, and again in the body: the text starts at
  // the body's heading
  let contents: Region['contents'];
  const lastMarker = rule.start[rule.start.length - 1];
  if (lastMarker !== undefined && lastMarker.trim() !== '') {
    const toc = contentsEntry(raw, lastMarker, lastAt);
    if (toc) {
      contents = { marker: lastMarker, first: lastAt, again: toc.again, entries: toc.entries };
      from = toc.again + (from - lastAt);
    }
  }
  let to = raw.length;
  let cursor = from;
  for (const [i, marker] of rule.end.entries()) {
    const span = findMarkerSpan(raw, marker, cursor);
    if (!span) throw new UserError(`end marker not found after the start: "${marker}"`, { file: shown, line: lineAt(raw, cursor) });
    if (i === rule.end.length - 1) to = span[0];
    cursor = span[1];
  }
  // an end marker written without the hashes or the number of the heading it stands in ("Our take"
  // for "## Our take", "Localisation" for "## 4. Localisation", "IV. Localisation"): they go with the
  // heading, not into the region
  const lineStart = raw.lastIndexOf('\n', to - 1) + 1;
  if (to > from && lineStart >= from && /^[ \t]*(?:#{1,6}[ \t]*)?(?:(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6})[.)]?[ \t]+)?$/.test(raw.slice(lineStart, to)) && raw.slice(lineStart, to).trim() !== '') to = lineStart;
  const text = raw.slice(from, to);
  if (text.trim() === '') {
    // the start marker found in a table of contents (its next line the end marker, or the next
    // heading): say where, and where it stands again (the text itself, most likely)
    const last = rule.start[rule.start.length - 1];
    const again = last === undefined || last === '' ? -1 : findMarker(raw, last, Math.max(to, from));
    const at = last === undefined ? from : from - last.length;
    const hint = again >= 0
      ? `: the start marker "${last}" is found at line ${lineAt(raw, at)}, and the text ends right after it; it stands again at line ${lineAt(raw, again)} (is line ${lineAt(raw, at)} a table of contents?). To start there, put first in extract.start a marker that stands between the two`
      : ' (check the start/end markers)';
    throw new UserError(`the extracted region is empty${hint}`, { file: shown, line: lineAt(raw, from) });
  }
  // the last start marker (of two words or more) standing again inside the region: the first place
  // may be an entry of a table of contents, the second the heading in the body
  const last = rule.start[rule.start.length - 1];
  // (both places opening their lines, as an entry and a heading do: a title quoted in the text's
  // own sentences is no second heading)
  if (last !== undefined && last.trim().split(/\s+/).length >= 2 && opensLine(raw, from - last.length)) {
    const folded = foldMarkerText(raw);
    const want = foldMarkerText(last);
    for (let again = folded.indexOf(want, from); again >= 0 && again < to; again = folded.indexOf(want, again + 1)) {
      if (opensLine(folded, again)) return { text, offset: from, startAgain: { marker: last, first: from - last.length, again }, contents };
    }
  }
  return contents ? { text, offset: from, contents } : { text, offset: from };
}

/** The largest number of words of a line read as an entry of a table of contents. */
const CONTENTS_ENTRY_WORDS = 12;
/** The most lines looked at between a table of contents' entry and the heading it names. */
const CONTENTS_MAX_LINES = 400;

/**
 * Whether the marker found at `first` (opening its line) is an entry of a table of contents: it
 * stands again later, opening a line, and every line between the two is short (at most
 * CONTENTS_ENTRY_WORDS words, a page number after dot leaders or a tab left aside, and no sentence
 * of four words or more) and at least half
 * of them stand again below as the openings of lines (the headings the entries name), or its own
 * line ends in dot leaders and a page number. Gives the
 * place where the marker stands again and the number of entries that do, or null. A heading read
 * twice with paragraphs between (a summary, then the full text) is no table of contents.
 */
export function contentsEntry(raw0: string, marker0: string, first: number): { again: number; entries: number } | null {
  const raw = foldMarkerText(raw0);
  const opens = (at: number) => opensLine(raw, at);
  if (!opens(first)) return null;
  let again = -1;
  for (let at = findMarker(raw, marker0, first + 1); at >= 0; at = findMarker(raw, marker0, at + 1)) {
    if (opens(at)) {
      again = at;
      break;
    }
  }
  if (again < 0) return null;
  const afterFirst = raw.indexOf('\n', first);
  if (afterFirst < 0 || afterFirst >= again) return null;
  // (the marker's own line ending in dot leaders and a page number, "4 International Engagement
  // .......... 14", is an entry whatever stands between it and the heading: a running title)
  if (/(?:\.{3,}|…{2,}|·{3,})\s*\d+\s*$/u.test(raw.slice(first, afterFirst))) return { again, entries: 1 };
  const lines = raw.slice(afterFirst + 1, raw.lastIndexOf('\n', again - 1) + 1).split('\n').map((l) => l.trim()).filter((l) => l !== '');
  if (lines.length === 0 || lines.length > CONTENTS_MAX_LINES) return null;
  const entries = lines.map((l) => l.replace(/(?:\s*(?:\.{2,}|…+|·{2,})\s*|\t+|\s{2,})\d+$/u, '').trim());
  // (an entry is short, and no sentence: four words or more ending in a full stop or a colon are
  // the text's own lines)
  if (entries.some((l) => { const n = l.split(/\s+/).length; return n > CONTENTS_ENTRY_WORDS || (n >= 4 && /[.;:!?]["'”’)\]]*$/u.test(l)); })) return null;
  const below = raw.slice(again);
  const lineStarts = [...new Set(below.split('\n').map((l) => l.trim()).filter((l) => l !== ''))];
  const standsAgain = (e: string) => lineStarts.some((l) => l.startsWith(e) && (l.length === e.length || !WORD.test(l[e.length])));
  const found = entries.filter((e) => e !== '' && standsAgain(e)).length;
  return found >= 1 && 2 * found >= entries.length ? { again, entries: found } : null;
}

/**
 * Where the last start marker ends part-way through a line, the sentence going on after it (the
 * marker does not end with closing punctuation and the line goes on with a word: "M1 Amended by" |
 * ": Council Decision (CFSP) 2020/651 …"): the rest of that line, the first clause's start, or
 * null. For a warning at ingest, as `cutMidSentence` is for the end.
 */
export function startMidLine(raw: string, from: number, marker: string): string | null {
  if (marker === '' || /[.!?:;]["'”’)\]]*$/.test(marker.trim())) return null;
  const nl = raw.indexOf('\n', from);
  // (the line's first few hundred characters: a source on one line of megabytes is one line)
  const rest = raw.slice(from, Math.min(nl < 0 ? raw.length : nl, from + 400)).trim().replace(/\s+/g, ' ');
  if (!/[\p{L}\p{N}]/u.test(rest)) return null;
  const words = rest.split(' ');
  return words.length > 6 ? `${words.slice(0, 6).join(' ')}…` : rest;
}

const WORD = /[\p{L}\p{N}]/u;

/** Only blanks stand before offset `at` on its line. */
function opensLine(s: string, at: number): boolean {
  return /^[ \t]*$/.test(s.slice(s.lastIndexOf('\n', at - 1) + 1, at));
}

/** No-break and narrow spaces → " ", hyphen and non-breaking hyphen (U+2010, U+2011) → "-": one character for one. */
function foldMarkerText(s: string): string {
  return /[\u00a0\u2007\u202f\u2010\u2011]/u.test(s) ? s.replace(/[\u00a0\u2007\u202f]/gu, ' ').replace(/[\u2010\u2011]/gu, '-') : s;
}

/**
 * The first place at or after `from` where the marker stands as whole words: a marker that begins
 * (ends) with a letter or figure does not match after (before) another one ("V. Concluding" is not
 * found inside "IV. Concluding"). -1 when there is none.
 */
export function findMarker(raw0: string, marker0: string, from: number): number {
  return findMarkerSpan(raw0, marker0, from)?.[0] ?? -1;
}

/**
 * Where the marker stands at or after `from`, as `findMarker` finds it: [start, end] in the raw
 * text, or null. A marker the source wraps over a line break ("… we agreed this" / "morning.") is
 * found too: a space of the marker matches any run of spaces and line breaks of the source (as in
 * the clause text, where a line break inside a paragraph is layout), when it is not found as written.
 */
export function findMarkerSpan(raw0: string, marker0: string, from: number): [number, number] | null {
  if (marker0 === '') return [from, from];
  // matched as the text is read: a no-break space (&nbsp;) is a space and a non-breaking hyphen a
  // hyphen, as in the clause text ("Article&nbsp;1" is found by "Article 1"); the fold keeps
  // every character's place, so the offsets are the raw text's
  const raw = foldMarkerText(raw0);
  const marker = foldMarkerText(marker0);
  const openWord = WORD.test(marker[0]);
  const closeWord = WORD.test(marker[marker.length - 1]);
  for (let at = raw.indexOf(marker, from); at >= 0; at = raw.indexOf(marker, at + 1)) {
    if (openWord && at > 0 && WORD.test(raw[at - 1])) continue;
    const end = at + marker.length;
    if (closeWord && end < raw.length && WORD.test(raw[end])) continue;
    return [at, end];
  }
  // (wrapped: the marker's words with any white space between them)
  const words = marker.trim().split(/\s+/u);
  if (words.length < 2) return null;
  const re = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'gu');
  re.lastIndex = from;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    const end = m.index + m[0].length;
    if ((openWord && m.index > 0 && WORD.test(raw[m.index - 1])) || (closeWord && end < raw.length && WORD.test(raw[end]))) {
      re.lastIndex = m.index + 1;
      continue;
    }
    return [m.index, end];
  }
  return null;
}

/**
 * Remove the lines of page furniture (running heads, page footers) from a region: every line whose
 * whole trimmed text matches one of the patterns. A page break is the dropped lines with the blank
 * lines (and form feeds) around them: where the text before it stops mid-sentence (no final
 * punctuation, and not a short line of at most `shortLine` words before a capital: a title), the
 * paragraph goes on after the break and the two halves are joined; otherwise the break stays a
 * paragraph break. The join is for a sentence the page cut, not for a new paragraph that opens the
 * page: a short capitalised line after the break that stands alone (a title: a blank line after
 * it), a line after the break that opens with a list mark (`opensItem`: "1.<TAB>Requests …",
 * "(a) To respect …") starts a new paragraph, and so does, after a comma, a line opened by a
 * capitalised participle ("Noting …", "Recalling …", "Bearing in mind …"), the way every
 * preambular paragraph of a resolution opens after the one before ends with ","; a sentence the
 * page cut after a comma goes on in lower case or with a name ("Member States shall …"). Wording is
 * untouched. `setAside`: 0-based numbers of more lines to take out as dropped ones (a footnote block,
 * footnoteBlocks), a page break as they are.
 */
export function dropLines(text: string, patterns: readonly RegExp[], shortLine = 0, opensItem?: RegExp, setAside: ReadonlySet<number> = new Set()): string {
  if (patterns.length === 0 && setAside.size === 0) return text;
  const lines = text.split('\n');
  const dropped = lines.map((line, i) => setAside.has(i) || patterns.some((re) => re.test(line.trim())));
  const blank = (i: number) => lines[i].trim() === '';
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!dropped[i] && !blank(i)) {
      out.push(lines[i]);
      i++;
      continue;
    }
    // a run of blank and dropped lines: a page break if it has a dropped line in it
    let j = i;
    let any = false;
    while (j < lines.length && (dropped[j] || blank(j))) {
      if (dropped[j]) any = true;
      j++;
    }
    if (!any) out.push(...lines.slice(i, j));
    else {
      const before = out.length ? out[out.length - 1].trim() : '';
      // a short line before a capital after the break is a heading or a title, not half a sentence
      const after = j < lines.length ? lines[j].trim() : '';
      const heading = before.split(/\s+/).length <= shortLine && /^\p{Lu}/u.test(after);
      // so is a short capitalised line after the break that stands alone (a blank line or the end
      // after it, no closing mark): a slide's title after a long last bullet of the slide before
      const title = /^\p{Lu}/u.test(after) && after.split(/\s+/).length <= shortLine && !/[.!?:;,]["'”’)\]]*$/.test(after) && (j + 1 >= lines.length || blank(j + 1));
      const opensParagraph = title || (opensItem?.test(after) ?? false) || (/,$/.test(before) && PARTICIPLE_OPENER.test(after));
      const midSentence = before !== '' && j < lines.length && !/[.!?:;]["'”’)\]]*$/.test(before) && !heading && !opensParagraph;
      if (!midSentence) out.push('');
    }
    i = j;
  }
  return out.join('\n');
}

/**
 * A line opened by a capitalised participle ("Noting", "Recalling", "Bearing in mind", "Having
 * considered"). (A name in "-ing" after a comma, "Beijing", also matches: a page break there stays
 * a paragraph break, the cheaper mistake than gluing two paragraphs into one clause.)
 */
const PARTICIPLE_OPENER = /^\p{Lu}\p{Ll}{2,}ing\b/u;

/**
 * Lines that look like page furniture left in a region: a short line (at most `maxWords` words, with
 * a letter) that stands more than once, word for word (a running head), a "Page 2 of 5" line, or a
 * bare page number ("2", "- 2 -").
 * For a warning at ingest: they would otherwise become clauses of their own, or glue onto one.
 * Returns each such line once, with its 1-based line number in the region (first occurrence) and
 * how many times it stands.
 */
export function furnitureLines(text: string, maxWords = 12, inlineWords = maxWords, before = '', after = ''): { line: string; at: number; count: number }[] {
  const seen = new Map<string, { line: string; at: number; count: number }>();
  // (a running head whose first copy stands above the text's start counts as standing again: the
  // short lines of the source before the region, counted but never reported themselves; so does a
  // footer whose other copy stands below the text's end, when the copy in the text stands inside a
  // paragraph, where it would glue onto a sentence: a heading or a title may well stand again in the
  // pages after the end)
  const shortLines = (s: string) => {
    const m = new Map<string, number>();
    for (const raw of s.split('\n')) {
      const line = raw.trim().replace(/\s+/g, ' ');
      if (line !== '' && /\p{L}/u.test(line) && line.split(' ').length <= maxWords) {
        const key = furnitureKey(line);
        m.set(key, (m.get(key) ?? 0) + 1);
      }
    }
    return m;
  };
  const above = shortLines(before);
  const below = shortLines(after);
  const inside = new Set<string>();
  const lines = text.split('\n');
  const blank = (i: number) => i < 0 || i >= lines.length || lines[i].replace(/\f/g, '').trim() === '';
  lines.forEach((raw, i) => {
    const line = raw.trim().replace(/\s+/g, ' ');
    // (a bare figure on a line of its own with a blank line or the text's edge on one side at least:
    // a page number that would be a clause of its own, or glue onto the paragraph it stands by)
    if (/^(?:\d{1,3}|[-–—]\s?\d{1,3}\s?[-–—])$/.test(line) && (blank(i - 1) || blank(i + 1))) {
      if (!seen.has(`#page ${line}`)) seen.set(`#page ${line}`, { line, at: i + 1, count: 1 });
      return;
    }
    if (line === '' || !/\p{L}/u.test(line) || line.split(' ').length > maxWords) return;
    // a line inside a paragraph (text right above and below it) with more than `inlineWords` words
    // and no figure is a wrapped line of a sentence that two paragraphs happen to share ("arbitrary
    // or unlawful interference with his or her privacy, family, home or"), not a running head
    // (which stands alone, or is short, or carries a page or document number)
    if (!blank(i - 1) && !blank(i + 1) && line.split(' ').length > inlineWords && !/\d/.test(line)) return;
    const key = furnitureKey(line);
    if ((!blank(i - 1) && !blank(i + 1)) || cutsSentence(lines, i)) inside.add(key);
    const e = seen.get(key);
    if (e) e.count++;
    else seen.set(key, { line, at: i + 1, count: 1 + (above.get(key) ?? 0) });
  });
  for (const [key, e] of seen) if (inside.has(key)) e.count += below.get(key) ?? 0;
  const out: { line: string; at: number; count: number }[] = [];
  for (const [key, e] of seen) if (e.count > 1 || key.startsWith('#page ') || /^page \d+( of \d+)?$|\bpage \d+ of \d+\b/i.test(e.line)) out.push(e);
  return out.sort((a, b) => a.at - b.at);
}

/**
 * Does line `i` stand in a run of lines (no blank line between) that falls inside a sentence: the
 * last line above the run, blank lines skipped, ends with no closing punctuation ("… intelligence,
 * and" / footer lines / "that member states …")?
 */
function cutsSentence(lines: readonly string[], i: number): boolean {
  let j = i;
  while (j > 0 && lines[j - 1].trim() !== '') j--;
  j--;
  while (j >= 0 && lines[j].trim() === '') j--;
  return j >= 0 && !/[.;:!?]["'”’)\]]*$/.test(lines[j].trim());
}

/**
 * The key under which furniture lines are compared: a running head with the page's number
 * ("FRAMEWORK Page 42", "Page 43") stands again with another figure, so lines of three words or
 * more, or naming a page, are compared without their figures ("Article 1" / "Article 2" are
 * headings, not furniture).
 */
function furnitureKey(line: string): string {
  const masked = line.replace(/\d+/g, '#');
  const words = line.split(' ').filter((w) => /\p{L}/u.test(w)).length;
  return masked !== line && (words >= 3 || /\bpage\b/i.test(line)) ? masked : line;
}

/**
 * The last words of a region that ends in the middle of a sentence (its last line, trimmed, ends
 * with no closing punctuation: ".", "!", "?", ";", ":", a closing quote or bracket after one), or
 * null. For a warning at ingest: an end marker that also stands in a page footer ("25-17432") cuts
 * the text at the first page break, "… the exchange of information during ICT", silently dropping
 * the rest.
 */
export function endsMidSentence(text: string): string | null {
  const lines = text.split('\n');
  let i = lines.length - 1;
  while (i >= 0 && lines[i].trim() === '') i--;
  if (i < 0) return null;
  const last = lines[i].trim().replace(/\s+/g, ' ');
  if (/[.!?:;…]["'”’)\]]*$/u.test(last)) return null;
  const words = last.split(' ');
  return words.length > 6 ? `…${words.slice(-6).join(' ')}` : last;
}

/** Opening quotation marks and brackets alone (initial and opening punctuation, straight quotes). */
const OPENING_ONLY = /^[\p{Pi}\p{Ps}"']+$/u;

/**
 * Where an end marker cuts the region (`at`: its offset in `source`) and the region, once page
 * furniture is dropped (`kept`), ends mid-sentence (endsMidSentence): the region's last words when
 * the cut is a cut indeed, else null. A cut indeed: the marker stands inside a line (the
 * sentence goes on after it: "… to be held in" | "New Delhi in 2026."), or it stands again further
 * on (a page footer, "25-17432", on every page), or the text after the marker's line, past blank
 * lines and the lines `drop` removes, goes on in lower case ("incidents and to reduce …"). A source
 * whose last paragraph merely lacks its full stop, followed by a marker of its own ("Share this
 * page"), is no cut.
 */
export function cutMidSentence(source: string, at: number, marker: string, drop: readonly RegExp[], kept: string): string | null {
  const tail = endsMidSentence(kept);
  if (tail === null) return null;
  const lineStart = source.lastIndexOf('\n', at - 1) + 1;
  const before = source.slice(lineStart, at).trim();
  // (only opening marks before the marker, "“This is a reset,” she said." cut at "This is a
  // reset": the marker opens its sentence, none is cut)
  if (before !== '' && OPENING_ONLY.test(before)) return null;
  if (before !== '') return tail;
  if (marker !== '' && findMarker(source, marker, at + marker.length) >= 0) return tail;
  const nl = source.indexOf('\n', at + marker.length);
  if (nl < 0) return null;
  for (const raw of source.slice(nl + 1).split('\n')) {
    const line = raw.trim();
    if (line === '' || drop.some((re) => re.test(line))) continue;
    return /^\p{Ll}/u.test(line) ? tail : null;
  }
  return null;
}

/** 1-based line number of an offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** A footnote separator line: a rule of at least five underscores (a PDF's line above the notes). */
const SEPARATOR = /^_{5,}$/;
/** A footnote in brackets ("[1] Several delegations …"): its number. */
const BRACKET_NOTE = /^\[(\d{1,3})\][ \t]+\S/;
/** A footnote in figures set off from its text by two spaces or more ("1   A/HRC/17/31, annex."): its number. */
const FIGURE_NOTE = /^(\d{1,3})(?:[ \t]{2,}|\t)\S/;
/** A footnote: its number (figures, superscript figures, or figures in brackets) and its text ("1 See A/76/53, chap. II.", "[1] Several delegations …"). */
const NOTE = /^(?:\[([0-9]{1,3})\]|([0-9]{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}))[ \t]+(\S.*)$/u;

export interface FootnoteBlock {
  /** 0-based line numbers of the block (separator, notes and their wrapped lines). */
  lines: number[];
  /** The notes: number (as figures) and text. */
  notes: { n: string; text: string }[];
  /** Whether a separator line opens the block (else notes in brackets stand alone: "[1] …"). */
  separated: boolean;
}

/**
 * The footnote blocks at page feet: a separator line (`SEPARATOR`) and right after it one or more
 * numbered notes ("1 See …", "² The term …"), each with the lines it wraps onto, up to a blank line
 * not followed by another note, a line `drop` removes (the page's running foot), or the text's end.
 * The notes are the editor's, not the text: ingest sets them aside (with a warning naming them) and
 * the sentence the block interrupts is joined as at a page break (dropLines).
 */
export function footnoteBlocks(text: string, drop: readonly RegExp[] = []): FootnoteBlock[] {
  const lines = text.split('\n');
  const out: FootnoteBlock[] = [];
  const sup = '⁰¹²³⁴⁵⁶⁷⁸⁹';
  // whether a note's call stands in the text: "[1]" glued to a word or mark for a note in brackets;
  // for one in figures, the figure glued after a word's comma or stop, the sentence going on
  const called = (note: RegExpExecArray): boolean =>
    new RegExp(note[0].startsWith('[') ? `[\\p{L}.,;:"'”’)]\\[${note[1]}\\]` : `\\p{L}[,;.]${note[1]}[ \\t]+\\p{L}`, 'u').test(text);
  for (let i = 0; i < lines.length; i++) {
    let j: number;
    const block: FootnoteBlock = { lines: [], notes: [], separated: false };
    if (SEPARATOR.test(lines[i].trim())) {
      j = i + 1;
      while (j < lines.length && lines[j].trim() === '') j++;
      if (j >= lines.length || !NOTE.test(lines[j].trim())) continue;
      for (let k = i; k < j; k++) block.lines.push(k);
      block.separated = true;
    } else {
      // (with no separator line, a note in brackets after a blank line, "[1] The Government's
      // position …", whose call "[1]" stands glued to a word or mark of the text; or a note in
      // figures set off by two spaces or more, as a PDF's page foot has it, "1   A/HRC/17/31,
      // annex.", whose call stands glued after a word's comma or stop with the sentence going on,
      // "… Human Rights,1 including the …")
      const b = BRACKET_NOTE.exec(lines[i].trim()) ?? FIGURE_NOTE.exec(lines[i].trim());
      if (!b || (i > 0 && lines[i - 1].trim() !== '') || !called(b)) continue;
      j = i;
    }
    let k = j;
    while (k < lines.length) {
      const line = lines[k].trim();
      if (drop.some((re) => re.test(line))) break;
      const m = NOTE.exec(line);
      if (line === '') {
        let n = k + 1;
        while (n < lines.length && lines[n].trim() === '') n++;
        if (n >= lines.length || !NOTE.test(lines[n].trim())) break;
        // (after a note in figures with no separator, the next one needs its call too: "2   GE.26-05512" is the page's foot)
        const f = block.separated ? null : FIGURE_NOTE.exec(lines[n].trim());
        if (f && !called(f)) break;
        for (; k < n; k++) block.lines.push(k);
        continue;
      }
      if (m) block.notes.push({ n: m[1] ?? [...m[2]].map((c) => (sup.includes(c) ? String(sup.indexOf(c)) : c)).join(''), text: m[3] });
      else if (block.notes.length) block.notes[block.notes.length - 1].text += ` ${line}`;
      block.lines.push(k);
      k++;
    }
    out.push(block);
    i = k - 1;
  }
  return out;
}

/**
 * An editor's or reviewer's comment in brackets inside a line ("[Comment: MFA to confirm resourcing
 * before publication.]", "[Drafting note: …]"), its label one of `labels` (enumerators.yaml
 * `layout.comment_labels`) before a colon: not the text's words. Taken out of the text, with the
 * space before it; returns the text and the comments (1-based line, the comment), for a warning.
 */
export function editorComments(text: string, labels: readonly string[]): { text: string; comments: { line: number; comment: string }[] } {
  const comments: { line: number; comment: string }[] = [];
  if (labels.length === 0) return { text, comments };
  const re = new RegExp(`[ \\t]*\\[(?:${labels.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]")).join('|')})\\s*:[^\\]\\n]*\\]`, 'giu');
  const lines = text.split('\n').map((line, i) => line.replace(re, (m) => {
    comments.push({ line: i + 1, comment: m.trim() });
    return '';
  }));
  return { text: lines.join('\n'), comments };
}

/**
 * A draft's tracked changes written out in its text: `[deleted: X]` and CriticMarkup `{--X--}` are
 * words the draft no longer reads (left out), `[inserted: Y]` and `{++Y++}` words it reads (kept,
 * unwrapped); `{~~X~>Y~~}` reads Y. Labels from enumerators.yaml (`layout.deleted_labels`,
 * `layout.inserted_labels`, case ignored). The line structure stays; returns the text and the
 * changes (1-based line, deleted or inserted, the words), for a warning.
 */
export function trackedChanges(text: string, deleted: readonly string[], inserted: readonly string[]): { text: string; changes: { line: number; kind: 'deleted' | 'inserted'; words: string }[] } {
  const changes: { line: number; kind: 'deleted' | 'inserted'; words: string }[] = [];
  const alt = (labels: readonly string[]) => labels.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const parts: string[] = [];
  if (deleted.length) parts.push(`\\[(?<del>${alt(deleted)})\\s*:\\s?(?<delWords>[^\\]\\n]*)\\]`);
  if (inserted.length) parts.push(`\\[(?<ins>${alt(inserted)})\\s*:\\s?(?<insWords>[^\\]\\n]*)\\]`);
  parts.push('\\{--(?<cDel>[^\\n]*?)--\\}', '\\{\\+\\+(?<cIns>[^\\n]*?)\\+\\+\\}', '\\{~~(?<cOld>[^\\n]*?)~>(?<cNew>[^\\n]*?)~~\\}');
  // (the space before a deletion goes with it when a space or a stop follows: "partners [deleted:
  // and others]." reads "partners.")
  const re = new RegExp(`(?<lead>[ \\t]*)(?:${parts.join('|')})`, 'giu');
  const lines = text.split('\n').map((line, i) =>
    line.replace(re, (...args) => {
      const g = args[args.length - 1] as Record<string, string | undefined>;
      const whole = args[0] as string;
      const at = args[args.length - 3] as number;
      const gone = g.delWords ?? g.cDel ?? g.cOld;
      const kept = g.insWords ?? g.cIns ?? g.cNew ?? '';
      if (gone !== undefined) changes.push({ line: i + 1, kind: 'deleted', words: gone });
      if (g.insWords !== undefined || g.cIns !== undefined || g.cNew !== undefined) changes.push({ line: i + 1, kind: 'inserted', words: kept });
      if (kept === '' && /^(?:$|[\s.,;:!?)\]])/u.test(line.slice(at + whole.length))) return '';
      return `${g.lead ?? ''}${kept}`;
    }),
  );
  return { text: lines.join('\n'), changes };
}

/**
 * Pull quotes (a call-out of a report's layout): a paragraph of two lines, a sentence wholly in
 * quotation marks, then its attribution after a dash ("“No country can secure its cyberspace
 * alone.”" / "- Minister for Digital Affairs", at most eight words, no closing stop). They repeat
 * or quote a speaker beside the text, they are not clauses of it: ingest sets them aside with a
 * warning. 0-based line numbers of each.
 */
export function pullQuotes(text: string): number[][] {
  const lines = text.split('\n');
  const blank = (i: number) => i < 0 || i >= lines.length || lines[i].trim() === '';
  const out: number[][] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!blank(i - 1) || !blank(i + 2)) continue;
    const quote = lines[i].trim();
    const by = lines[i + 1].trim();
    if (/^["“«].*\p{L}.*["”»]$/u.test(quote) && /^[-–—]\s*\p{Lu}/u.test(by) && !/[.;:]$/.test(by) && by.split(/\s+/).length <= 9) out.push([i, i + 1]);
  }
  return out;
}

/**
 * Footnote reference marks whose number is that of a note of the source (`notes`): figures glued at a
 * paragraph's end after a clause mark ("… of 7 October 2021,1" then a blank line) or inside a line
 * after a word's comma or stop with the sentence going on ("report,1 provide"), or figures in
 * brackets or superscript glued to the word or mark before them anywhere ("confidential.[1]",
 * "data[2] held", "rights.¹"):
 * taken out of the text (the clause mark stays). Returns the text and the marks taken out (1-based
 * line, number), for a warning. A figure with no matching note stays (it may be the text's own).
 */
export function footnoteMarks(text: string, notes: ReadonlySet<string>, drop: readonly RegExp[] = []): { text: string; marks: { line: number; n: string; before: string }[] } {
  const marks: { line: number; n: string; before: string }[] = [];
  if (notes.size === 0) return { text, marks };
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    // (a line `drop` removes is page furniture, met as written: "A/AC.292/2026/CRP.1" keeps its 1)
    if (drop.some((re) => re.test(line.trim()))) return;
    // (a call glued after a comma or a stop inside a line, the sentence going on after it: "the
    // 2015 report,1 provide a basis", "met in Geneva.1 The Group"; after a stop, a lower-case letter
    // before it, "Article 14.2 The" and "in 2015.1 The" being numbers)
    lines[i] = line = line.replace(/(?<=\p{L}[,;]|\p{Ll}\.)(\d{1,3})(?=[ \t]+\p{L})/gu, (all, n: string, at: number) => {
      const before = /\S*$/u.exec(line.slice(0, at))![0];
      if (!notes.has(n) || before.includes('/') || (before.endsWith('.') ? !/^[ \t]+\p{Lu}/u.test(line.slice(at + n.length)) : !/^[ \t]+\p{Ll}/u.test(line.slice(at + n.length)))) return all;
      marks.push({ line: i + 1, n, before });
      return '';
    });
    // (a bracketed or superscript call tight after a letter or a mark, "[1]" in "confidential.[1]",
    // "rights.¹": no figure of the text, wherever it stands)
    lines[i] = line = line.replace(/(?<=[\p{L}.,;:"'”’)])(?:\[(\d{1,3})\]|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))/gu, (all, b: string | undefined, sup: string | undefined, at: number) => {
      const n = b ?? [...sup!].map((c) => String('⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c))).join('');
      if (!notes.has(n)) return all;
      marks.push({ line: i + 1, n, before: /\S*$/u.exec(line.slice(0, at))![0] });
      return '';
    });
    const endOfParagraph = i + 1 >= lines.length || lines[i + 1].trim() === '';
    // (after "," or ";" any word, "2021,1"; after "." or ":" a letter or a closing mark only:
    // "Article 14.2" is a number)
    const m = /(?<=^|\s)(\S*?(?:[,;]|[\p{L}"'”’)\]][.:]))(\d{1,3})([ \t]*)$/u.exec(line);
    // (a document symbol's last figure, "A/70/174.1" or "…/CRP.1", is the symbol's)
    if (!endOfParagraph || !m || !notes.has(m[2]) || m[1].includes('/')) return;
    lines[i] = line.slice(0, m.index + m[1].length) + m[3];
    marks.push({ line: i + 1, n: m[2], before: m[1] });
  });
  return { text: lines.join('\n'), marks };
}

/** The fewest consecutive lines with a gutter at one place that read as two columns side by side. */
const COLUMN_RUN = 3;
/** The fewest spaces of a gutter between two columns (a PDF-to-text dump pads them so). */
const COLUMN_GAP = 3;

/**
 * Runs of lines that hold two columns side by side (a bilingual page, a two-column layout read by
 * a PDF-to-text tool with its layout kept): COLUMN_RUN consecutive lines or more, each with words
 * on both sides of a gap of COLUMN_GAP spaces or more, the gaps ending in the same column (within
 * two characters). Read line by line, such a page interleaves the columns. 1-based line numbers
 * of the region's text.
 */
export function columnRuns(text: string): { first: number; last: number }[] {
  const lines = text.split('\n');
  // (the place where the right column starts: after a gap with two words or more on its left, as
  // a column's line has; a list mark and a tab after it, "(a)<TAB>the request …", is no column)
  const gap = new RegExp(`\\S[ \\t]{${COLUMN_GAP},}(?=\\S)`, 'gu');
  const gutter = (l0: string): number => {
    const l = l0.replace(/\t/g, '    ');
    for (const m of l.matchAll(gap)) {
      const left = l.slice(0, (m.index ?? 0) + 1).trim();
      if (/\S\s+\S/.test(left) && left.length >= 12) return (m.index ?? 0) + m[0].length;
    }
    return -1;
  };
  const runs: { first: number; last: number }[] = [];
  let start = -1;
  let at = -1;
  const close = (end0: number) => {
    let end = end0;
    // (rows: the lines of the run with words, blank lines left out; `end` past trailing blank lines)
    while (end > start && start >= 0 && lines[end - 1].trim() === '') end--;
    if (start >= 0 && lines.slice(start, end).filter((l) => l.trim() !== '').length >= COLUMN_RUN) runs.push({ first: start + 1, last: end });
    start = -1;
  };
  for (let i = 0; i < lines.length; i++) {
    // (a blank line between two rows of the columns neither counts nor ends the run)
    if (lines[i].trim() === '' && start >= 0) continue;
    const g = /\p{L}/u.test(lines[i]) ? gutter(lines[i]) : -1;
    if (g >= 0 && start >= 0 && Math.abs(g - at) <= 2) continue;
    close(i);
    if (g >= 0) {
      start = i;
      at = g;
    }
  }
  close(lines.length);
  return runs;
}
