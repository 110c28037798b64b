/**
 * A witness region → clauses, in reading order. Only layout goes: line breaks and runs of white
 * space become one space, a word broken at a line end is joined (`joinBrokenWords`), list markers
 * are stripped and kept as `marker`. Wording, spelling, capitals and punctuation stay exactly as in
 * the source.
 */
import { isKnownWord } from '../nlp/index.js';
import type { SegmentMode } from './config.js';

/** What a clause was in the source's layout: a plain paragraph or an item of a list. */
export type Block = 'paragraph' | 'item';

export interface RawClause {
  text: string;
  block: Block;
  marker?: string;
  /** Offset in the region where the clause starts. */
  offset: number;
}

export interface Enumerators {
  ordinals: string[];
  bullets: string[];
  numbering: string[];
  /** Paragraph mode: what a heading on its own paragraph looks like (see lexicons/enumerators.yaml). */
  /** Layout rules of ingest (see lexicons/enumerators.yaml `layout`). */
  layout?: { inline_furniture_words?: number; hyphen_particles?: string[]; hyphen_closed_heads?: string[]; datelines?: string[]; reference_cells?: string[]; comment_labels?: string[]; commentary_labels?: string[]; deleted_labels?: string[]; inserted_labels?: string[] };
  headings?: { max_words: number; max_run?: number; not_with?: string[]; frame_words?: number; question_words?: number; item_ends?: string[]; line_above?: number };
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Piece { text: string; offset: number; quoted?: boolean }

/**
 * A line (trimmed) that opens with a numbered or lettered list mark and white space ("1.<TAB>Requests
 * …", "(a) To respect …", "2.1 Scope"): the `numbering` patterns. For dropLines: such a line after a
 * page break opens a new item, it does not go on with the sentence before the break. (Bullet marks
 * are left out: a dash at a line start may be a dash of the sentence.)
 */
export function itemMarkLine(en: Enumerators): RegExp {
  return new RegExp(`^(?:${en.numbering.join('|')})\\s`, 'u');
}

/**
 * A paragraph whose every line opens with ">": `quoted`, the marks blanked out (spaces: offsets
 * stay those of the region); else the paragraph as it is.
 */
function unquote(p: Piece): Piece {
  const lines = p.text.split('\n');
  if (!lines.some((l) => l.trim() !== '') || !lines.every((l) => l.trim() === '' || /^[ \t]*>/.test(l))) return p;
  return { text: lines.map((l) => l.replace(/^([ \t]*)>/, '$1 ')).join('\n'), offset: p.offset, quoted: true };
}

/**
 * An item's label of a word and a number before a colon ("R1: a State must not …", "Rule 4: …",
 * "Art. 7: …", an outline's references to the text it sums up): the item's mark. Matched with case:
 * the word opens with a capital.
 */
const ITEM_LABEL = /^(\p{Lu}[\p{L}.]{0,11} ?\d{1,3}[a-z]?):\s+(?=\S)/u;

/** A subsection's mark right after its section's number ("31. (1) …"): "(1)", "(2a)". */
const SUBSECTION_MARK = /^(\(\d{1,3}[a-z]?\))\s+(?=\S)/;

/** A thread's post counter opening a piece: "1/8 ", "(2/8) ", or with no total "1/ ". Groups: the counter, its number, the total (undefined when none). */
const THREAD_COUNTER = /^(\(?(\d{1,3})\/(\d{1,3})?\)?)\s+(?=\S)/;

/** The post counter that opens a text, its number within its total ("12/8" is none), or null. */
function threadCounter(text: string): RegExpExecArray | null {
  const c = THREAD_COUNTER.exec(text);
  return c && (c[3] === undefined || Number(c[2]) <= Number(c[3])) ? c : null;
}

/**
 * A sentence cut by a blank line (a column or page break with no furniture between the halves:
 * "… shall not prohibit the transfer" | "of data."): the paragraph goes on when the one before it
 * stops with a word or a figure (no closing mark, and no item of a list going on: "…; or", see
 * `itemEnd`) and the next opens with a lower-case letter (no list mark, no heading, no quotation
 * opens so). The two are one piece of the region.
 */
function joinBrokenParagraphs(region: string, pieces: Piece[], en: Enumerators): Piece[] {
  const out: Piece[] = [];
  // (a commentary label standing alone, "Our concern" over "the exception invites abuse", a bold
  // label html.ts set apart, is no half of a sentence: layout.commentary_labels)
  const labels = new Set((en.layout?.commentary_labels ?? []).map((l) => l.toLowerCase()));
  for (const p of pieces) {
    const prev = out[out.length - 1];
    if (prev && !labels.has(prev.text.trim().toLowerCase()) && /[\p{L}\p{N}]$/u.test(prev.text.trimEnd()) && !itemEnd(prev.text.trim().replace(/\s+/g, ' '), en) && /^\p{Ll}/u.test(p.text.trimStart()) && !/^\s*[#>]/.test(prev.text) && /\S\s+\S/.test(prev.text.trim())) {
      out[out.length - 1] = { text: region.slice(prev.offset, p.offset + p.text.length), offset: prev.offset };
      continue;
    }
    out.push(p);
  }
  return out;
}

/** The length of the longest line of a text: the width a wrapped text fills. */
function longestLine(text: string): number {
  let max = 0;
  for (const line of text.split('\n')) max = Math.max(max, line.trim().length);
  return max;
}

/**
 * A heading on the line just above its paragraph, no blank line between ("Commitment 1 -
 * Demonetisation" / "Signatories commit to …"): the paragraph's first line is heading-like (short, no
 * closing mark, no modal or finite verb: `isHeadingLike`), the next opens with a capital (after the
 * paragraph's own number, if any: "31. (1) The …"), and the
 * first line stops well short of the text's width: with the next line's first word it fills at most
 * `headings.line_above` of the longest line of the region (a line of a wrapped paragraph stops only
 * where that word would not fit). The heading line is a piece of its own, heading the paragraph. (A
 * paragraph that opens with a list mark, "1. Scope" over its text, stays an item as before.)
 */
function headingAbove(p: Piece, width: number, en: Enumerators): Piece[] {
  const share = en.headings?.line_above ?? 0;
  if (share <= 0) return [p];
  const nl = p.text.indexOf('\n');
  if (nl < 0) return [p];
  const first = p.text.slice(0, nl);
  const rest = p.text.slice(nl + 1);
  const head = first.trim();
  const next = rest.trimStart();
  const word = /^\S+/.exec(next)?.[0] ?? '';
  // (the paragraph may open with its own number: "Adequacy declarations" over "31. (1) The
  // Commission may …", a gazette's marginal note over its section)
  if (head === '' || !/^(?:\d{1,3}\.\s+(?:\(\d{1,3}[a-z]?\)\s+)?)?\p{Lu}/u.test(next) || /^[#>]/.test(head) || !/^[\p{Lu}\p{N}]/u.test(head)) return [p];
  if (head.length + 1 + word.length > share * width) return [p];
  if (!isHeadingLike(head, head.replace(/\s+/g, ' '), en)) return [p];
  // (not a paragraph of heading lines, "Article 1" over "Subject matter", nor the first of a list
  // of short lines: the rest must hold a line of text that is no heading)
  if (rest.split('\n').every((l) => l.trim() === '' || isHeadingLike(l, l.trim().replace(/\s+/g, ' '), en))) return [p];
  return [
    { text: first, offset: p.offset, quoted: p.quoted },
    { text: rest, offset: p.offset + nl + 1, quoted: p.quoted },
  ];
}

/** Cut a region into clauses according to the mode. */
/**
 * Cut a region into clauses. `context`: the text in which a word broken at a line end is looked for
 * whole (default: the region; ingest passes every source of the corpus, so that "transbor-" /
 * "der" is joined as the other witnesses write it).
 */
export function segment(region: string, mode: SegmentMode, en: Enumerators, context: string = region): RawClause[] {
  const ordinal = `(?:${en.ordinals.map(escapeRe).join('|')})`;
  const markerRe = new RegExp(
    `^(?:(${ordinal}[,:])\\s+|(${en.bullets.map(escapeRe).join('|')})\\s*(?=\\S)|((?:${en.numbering.join('|')}))\\s+)`,
    'iu',
  );
  let pieces: Piece[];
  switch (mode.by) {
    case 'paragraph': {
      // blank-line separated blocks; a block whose lines start with list markers is a list: one clause per item
      const item = `[ \\t]*(?:${en.bullets.map(escapeRe).join('|')}|(?:${en.numbering.join('|')})\\s)`;
      const lineMarker = new RegExp(`\\n(?=${item})`, 'gu');
      const startsItem = new RegExp(`^${item}`, 'u');
      const width = longestLine(region);
      pieces = joinBrokenParagraphs(region, split(region, /\n[ \t\u00a0]*\n/g), en).flatMap((q0) => (startsItem.test(q0.text) ? [q0] : headingAbove(q0, width, en))).flatMap((p0) => {
        // a paragraph every line of which opens with ">" is a quotation (a Markdown blockquote, a
        // quoted e-mail): the marks are layout, and the paragraph is known as quoted (see frames below)
        const p = unquote(p0);
        // a list: its first line is an item, or a lead-in line ending with ":" introduces the items;
        // otherwise a line that happens to start with a dash or a number is a wrapped line of the paragraph
        const lines = p.text.split('\n').filter((l) => l.trim() !== '');
        const first = lines.findIndex((l) => startsItem.test(l));
        // (or a slide's title right above its bullets, "Valdora in the world" / "• Open, free …": a
        // heading line or two, then two items or more)
        const list =
          first === 0 ||
          (first > 0 && /:\s*$/.test(lines[first - 1])) ||
          (first > 0 && first <= (en.headings?.max_run ?? 3) && lines.slice(0, first).every((l) => isHeadingLike(l, l.trim().replace(/\s+/g, ' '), en)) && lines.slice(first).filter((l) => startsItem.test(l)).length >= 2);
        if (!list) return [p];
        return split(p.text, lineMarker, (at, last) => !wrappedItem(p.text, last, at + 1)).map((q) => ({ text: q.text, offset: p.offset + q.offset, quoted: p.quoted }));
      });
      break;
    }
    case 'line':
      pieces = split(region, /\n/g);
      break;
    case 'delimiter':
      pieces = split(region, new RegExp(escapeRe(mode.delimiter), 'g'));
      break;
    case 'enumeration': {
      // cut before an ordinal word followed by a comma, at the start or after a sentence end
      const re = new RegExp(`(?<=^|[.;:!?]["”’)]?\\s+)(?=${ordinal}[,:]\\s)`, 'giu');
      pieces = split(region, re);
      // text before the first enumerator (an introduction) is not a clause of the list, whatever
      // mark or speaker's label opens it ("A: The Strategy rests on two principles. … First, …"):
      // the first piece is kept only when it is itself an item (its ordinal after any such mark)
      if (pieces.length > 1) {
        const head = pieces[0].text.trim();
        const m = markerRe.exec(head);
        const rest = m && m[1] === undefined ? head.slice(m[0].length) : head;
        if (!new RegExp(`^${ordinal}[,:]\\s`, 'iu').test(rest)) pieces = pieces.slice(1);
      }
      break;
    }
  }
  const out: RawClause[] = [];
  const heading: boolean[] = [];
  // per clause: a heading marked as one by the source (Markdown hashes)
  const explicit: boolean[] = [];
  // per clause: a quotation (a quoted paragraph, or one that opens with a quotation mark); a short
  // paragraph that ends with ":" (`frame`, at most headings.frame_words words, after an ordinal of its own)
  const quoted: boolean[] = [];
  const frame: boolean[] = [];
  const frameWords = mode.by === 'paragraph' ? (en.headings?.frame_words ?? 0) : 0;
  // per clause: a question of one sentence (at most headings.question_words words)
  const question: boolean[] = [];
  // per clause: opened by a bullet mark
  const bulleted: boolean[] = [];
  const questionWords = mode.by === 'paragraph' ? (en.headings?.question_words ?? 0) : 0;
  const datelines = en.layout?.datelines ?? [];
  const dateline = datelines.length ? new RegExp(`^(?:${datelines.join('|')})`, 'u') : null;
  // the post counters of a thread ("1/8 Leaders adopted …", "2/8 …", or "1/ …" "2/ …" with no total): marks when at least two
  // pieces open with a counter over the same total, none past it (a lone "9/11 showed …" is text)
  const totals = new Map<string, number>();
  for (const p of pieces) {
    const c = threadCounter(p.text.trimStart());
    // (counters with no total, "1/ " "2/ ", count together)
    if (c) totals.set(c[3] ?? '', (totals.get(c[3] ?? '') ?? 0) + 1);
  }
  const threadTotals = new Set([...totals].filter(([, k]) => k >= 2).map(([n]) => n));
  // an ordinal word opening a paragraph ("First, …", "Finally, …") marks an item of an oral list
  // when two paragraphs at least open with one; a lone "Finally, we call for …" closing a speech is
  // the sentence's own adverb, text (cutting it off would also start a block of its own)
  const ordinalOpen = new RegExp(`^${ordinal}[,:]\\s`, 'iu');
  const ordinalRun = mode.by !== 'paragraph' || pieces.filter((p) => ordinalOpen.test(p.text.trimStart())).length >= 2;
  // item labels mark items when two pieces at least open with one, after a bullet or not ("- R1:
  // …", "- R2: …"); a lone "Article 5: …" is left as it is
  const labelRun = pieces.filter((p) => ITEM_LABEL.test(p.text.trimStart().replace(markerRe, ''))).length >= 2;
  for (const p of pieces) {
    const lead = p.text.length - p.text.trimStart().length;
    let text = joinBrokenWords(p.text.trim(), context, en.layout?.hyphen_particles, en.layout?.hyphen_closed_heads, region).replace(/\s+/g, ' ');
    // a line of marks alone ("---", "* * *", "===") is a separator: layout, not a clause
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    let offset = p.offset + lead;
    heading.push(mode.by === 'paragraph' && isHeadingLike(p.text, text, en));
    const hashes = /^#{1,6}\s+/.exec(text);
    explicit.push(hashes !== null && heading[heading.length - 1]);
    if (hashes && heading[heading.length - 1]) {
      // a Markdown heading's hashes are layout
      offset += hashes[0].length;
      text = text.slice(hashes[0].length);
    }
    const m0 = markerRe.exec(text);
    const m = m0 && m0[1] !== undefined && !ordinalRun ? null : m0;
    bulleted[heading.length - 1] = !!m && m[2] !== undefined && m[0].length < text.length;
    // (an item whose text is only an editor's mark in brackets, "5a. [deleted]", is the item's
    // placeholder, a clause, no heading of the item after it)
    if (/^\S{1,6}\s+\[[^\]]+\]$/.test(text)) heading[heading.length - 1] = false;
    let marker: string | undefined;
    const counter = threadTotals.size ? threadCounter(text) : null;
    // (an item's label with no bullet before it, "Rule 4: …", in a run of such items)
    const label = labelRun && !(m && m[0].length < text.length) ? ITEM_LABEL.exec(text) : null;
    if (counter && threadTotals.has(counter[3] ?? '')) {
      marker = counter[1];
      offset += counter[0].length;
      text = text.slice(counter[0].length);
    } else if (m && m[0].length < text.length) {
      marker = (m[1] ?? m[2] ?? m[3]).trim();
      offset += m[0].length;
      text = text.slice(m[0].length);
      // a bullet, then the item's own number ("- (i) adequacy decisions;": a Markdown list whose
      // items the text numbers itself): the number is the item's mark, the bullet only layout
      // (or its label, "- R1: …")
      const n = m[2] !== undefined ? markerRe.exec(text) : null;
      const own = n && n[3] !== undefined ? n : m[2] !== undefined && labelRun ? ITEM_LABEL.exec(text) : null;
      if (own && own[0].length < text.length) {
        marker = (own === n ? own[3] : own[1]).trim();
        offset += own[0].length;
        text = text.slice(own[0].length);
      }
      // a section's number, then its first subsection's ("31. (1) The Commission may …", a
      // gazette's layout): both are the clause's mark, "31. (1)" (names.ts reads the two)
      const sub = m[3] !== undefined && /^\d{1,3}\.$/.test(marker) ? SUBSECTION_MARK.exec(text) : null;
      if (sub && sub[0].length < text.length) {
        marker = `${marker} ${sub[1]}`;
        offset += sub[0].length;
        text = text.slice(sub[0].length);
      }
    } else if (label) {
      marker = label[1];
      offset += label[0].length;
      text = text.slice(label[0].length);
    } else if (out.length === 0 && dateline) {
      // a news dateline opening the text ("VALDORA — ", "HALDEN, March 12 (Global Wire) - "): furniture
      const d = dateline.exec(text);
      if (d && d[0].length < text.length) {
        marker = d[0].trim();
        offset += d[0].length;
        text = text.slice(d[0].length);
      }
    }
    // (a list item that opens with a quotation mark is no quotation: "(a) “controller” means …", the
    // items of a definitions article under its lead-in "For the purposes of these Guidelines:")
    quoted.push(p.quoted === true || (marker === undefined && /^["“„«‘']/u.test(text)));
    frame.push(frameWords > 0 && !p.quoted && (marker === undefined || m?.[1] !== undefined) && /:$/.test(text) && text.split(' ').length <= frameWords && !p.text.trim().includes('\n'));
    question.push(questionWords > 0 && /\?["'”’)]*$/u.test(text) && !/[.!?;:]["'”’)]*\s/u.test(text) && text.split(' ').length <= questionWords);
    const clause: RawClause = { text, block: marker !== undefined ? 'item' : 'paragraph', offset };
    if (marker !== undefined) clause.marker = marker;
    out.push(clause);
  }
  // A frame before a quotation ("On data handling:", "Finally, on redress, the Declaration says:"
  // before a quoted principle) introduces it: the commentator's words, no clause of a unit. It
  // heads the quotation as a heading does (its marker).
  for (let i = 0; i + 1 < out.length; i++) if (frame[i] && quoted[i + 1]) heading[i] = true;
  // A question standing alone before its answer ("Q4. What should I do if there is a data
  // breach?" over "Operators should notify …", a ministry's FAQ) heads the answer: the asker's
  // words, no clause of a unit (headings.question_words; a question before another question stays)
  for (let i = 0; i + 1 < out.length; i++) if (question[i] && !question[i + 1]) heading[i] = true;
  // A bulleted item beside another is an item of a list, no heading, however short ("• Stronger
  // cooperation" under a slide's title, which heads the list)
  for (let i = 0; i < out.length; i++) if (bulleted[i] && (bulleted[i - 1] || bulleted[i + 1])) heading[i] = false;
  // A short paragraph right after a heading the source marks as such that is only a reference
  // ("###### 4.2" / "Participate in the Group": a table's row under its reference, markdown.ts;
  // layout.reference_cells) is what that heading heads, no heading of its own
  const refs = en.layout?.reference_cells ?? [];
  const reference = refs.length ? new RegExp(`^(?:${refs.join('|')})$`, 'u') : null;
  if (reference) for (let i = 1; i < out.length; i++) if (explicit[i - 1] && !explicit[i] && reference.test(out[i - 1].text)) heading[i] = false;
  return attachHeadings(out, heading, en.headings?.max_run ?? 3, explicit);
}

/**
 * A word broken at a line end with a hyphen (text taken from a PDF): "informa-" / "tion" is one
 * word. The hyphen goes when the text writes the word closed elsewhere ("cooperation"), or, when
 * the text writes it neither way, when the language model knows the closed word ("international")
 * and not the hyphenated one ("non-binding"), unless the second part is a particle ("follow-up",
 * `particles`: layout.hyphen_particles). Otherwise the hyphen was the word's own ("State-" /
 * "led") and only the line break goes. `context` is the whole text the word stands in (ingest: every
 * source of the corpus); `own` the witness's own text, whose spelling is asked first.
 */
export function joinBrokenWords(text: string, context = text, particles: readonly string[] = [], closedHeads: readonly string[] = [], own = context): string {
  if (!text.includes('-')) return text;
  return text.replace(/(\p{L}+)-[ \t]*\r?\n[ \t]*(\p{Ll}\p{L}*)/gu, (_m, a: string, b: string) => {
    const closed = `${a}${b}`;
    const open = `${a}-${b}`;
    const writtenIn = (w: string, s: string) => new RegExp(`(?<![\\p{L}-])${w}(?![\\p{L}-])`, 'iu').test(s);
    // the witness's own spelling first: the word written whole elsewhere in it, or its first part
    // hyphened before another word ("non-personal" where "non-" / "discriminatory" is broken: the
    // text hyphenates its "non-" words); then the other witnesses' spelling
    if (own !== context) {
      if (writtenIn(open, own)) return open;
      if (writtenIn(closed, own)) return closed;
      if (new RegExp(`(?<![\\p{L}-])${a}-\\p{L}`, 'iu').test(own)) return open;
    }
    if (writtenIn(open, context)) return open;
    if (writtenIn(closed, context)) return closed;
    // a particle after the break ("follow-" / "up", "set-" / "up", "check-" / "in") makes a phrasal
    // compound that keeps its hyphen ("follow-up", "set-up") unless the text writes it closed
    // (not after a function word: "with-" / "in", "through-" / "out", "there-" / "on", "up-" / "on"
    // are "within", "throughout", "thereon", "upon": layout.hyphen_closed_heads)
    if (particles.includes(b.toLowerCase()) && !closedHeads.includes(a.toLowerCase())) return open;
    return !isKnownWord(open.toLowerCase()) && isKnownWord(closed.toLowerCase()) ? closed : open;
  }).replace(/(\p{L}+)-[ \t]*\r?\n[ \t]*(\p{Lu}\p{L}*)/gu, (_m, a: string, b: string) => `${a}-${b}`);
  // (before a capital the hyphen is the word's own, a prefix before a name or a capitalised word:
  // "non-" / "State" is "non-State", "Asia-" / "Pacific" is "Asia-Pacific"; no closed word has a
  // capital inside it, so only the line break goes)
}

/** A line that ends a sentence or a clause (".", ",", ";", closing quotes or brackets after it): no heading, even with hashes. */
export const ENDS_SENTENCE = /[.,;]["'”’)\]]*$/;

/**
 * A paragraph of one line with no closing punctuation, short or opened by Markdown hashes
 * ("Article 12", "II. Data security", "## Scope"): a heading, not a clause, if a clause follows.
 * A paragraph of up to `max_run` such lines ("Article 1" over "Subject matter") is one heading.
 */
export function isHeadingLike(raw: string, text: string, en: Enumerators): boolean {
  const lines = raw.trim().split('\n');
  if (lines.length > 1) {
    return lines.length <= (en.headings?.max_run ?? 3) && lines.every((l) => isHeadingLike(l, l.trim().replace(/\s+/g, ' '), en));
  }
  // (closing punctuation may carry a footnote mark after it: "… a serious threat.1", "… law.[3]";
  // not a number with a point in it: "Article 14.2", "Section 3.1.4" are headings)
  // a line opened by Markdown hashes is a heading whatever its words ("## Who can be sanctioned",
  // "## What changes?", a table row's reference "###### 2(1)"), unless it ends a sentence (".", ";",
  // ","): the not_with test is for unmarked short lines
  if (/^#{1,6}\s+\S/.test(text)) return !ENDS_SENTENCE.test(text);
  if (!/\p{L}/u.test(text)) return false;
  // a line that ends in a clause mark and a conjunction ("(b) access stored data held by a service
  // provider; or", "- publicly available data, and") is an item of a list that goes on, never a
  // heading: its words would leave the text for the marker (headings.item_ends)
  if (itemEnd(text, en)) return false;
  if (/[.,;:!?]["'”’)\]]*(?:\[\d{1,3}\]|[*†‡])?$/.test(text) || (/[.,;:!?]["'”’)\]]*\d{1,3}$/.test(text) && !/(?:^|\s)\d{1,3}(?:\.\d{1,3})+$/.test(text))) return false;
  const words = text.split(' ');
  if (words.length > (en.headings?.max_words ?? 0)) return false;
  // a line with a modal or a finite verb is a clause that lacks its full stop, not a heading
  const not = en.headings?.not_with ?? [];
  return !words.some((w) => not.includes(w.toLowerCase().replace(/[^\p{L}']/gu, '')));
}

/**
 * Does a line end as an item of a list that goes on: a clause mark (";", ",") and one of the
 * conjunctions of `headings.item_ends` ("; or", ", and", "; and/or")? No heading ends so.
 */
export function itemEnd(text: string, en: Enumerators): boolean {
  const ends = en.headings?.item_ends ?? [];
  if (ends.length === 0) return false;
  const m = /[;,]\s*(\S+)$/u.exec(text.trim());
  return m !== null && ends.includes(m[1].toLowerCase());
}

/**
 * Headings become the `marker` of the clause that follows (with its own list mark after them), so
 * that a base unit takes its heading as label and no witness reads a heading as a clause. A run of
 * more than `maxRun` heading-like paragraphs ("Chapter I / General provisions / Article 1" is
 * three) is a list of short paragraphs, not headings, but for the headings the source marks as such
 * at its end (`explicit`: Markdown hashes); a heading at the end of the text stays a clause.
 */
function attachHeadings(out: RawClause[], heading: boolean[], maxRun: number, explicit: boolean[] = []): RawClause[] {
  const kept: RawClause[] = [];
  let i = 0;
  while (i < out.length) {
    let j = i;
    while (j < out.length && heading[j]) j++;
    if (j - i > maxRun && j < out.length && explicit[j - 1]) {
      // a run too long to be headings that ends with headings the source marks as such (an aside's
      // short items, then "## Article 7"): those (at most maxRun) head the clause after them, the
      // short paragraphs before them stay clauses
      let e = j;
      while (e > i && j - e < maxRun && explicit[e - 1]) e--;
      kept.push(...out.slice(i, e));
      i = e;
    }
    if (j === i || j >= out.length || j - i > maxRun) {
      kept.push(...out.slice(i, Math.max(j, i + 1)));
      i = Math.max(j, i + 1);
      continue;
    }
    const marks = out.slice(i, j).map((h) => (h.marker !== undefined ? `${h.marker} ${h.text}` : h.text));
    const next = out[j];
    if (next.marker !== undefined) marks.push(next.marker);
    kept.push({ ...next, marker: marks.join(' / ') });
    i = j + 1;
  }
  return kept;
}

function split(text: string, re: RegExp, cutAt: (at: number, last: number) => boolean = () => true): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  for (const m of text.matchAll(re)) {
    const at = m.index ?? 0;
    if (at === 0 && m[0].length === 0) continue;
    if (!cutAt(at, last)) continue;
    pieces.push({ text: text.slice(last, at), offset: last });
    last = at + m[0].length;
  }
  pieces.push({ text: text.slice(last), offset: last });
  return pieces;
}

/** Roman numerals of item lists, in order ("(iv)" follows "(iii)"). */
const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];

/** The marks an item mark follows in its list ("(a)" before "(b)", "1." before "2.", "(iii)" before "(iv)"); none for a first item. */
function previousMarks(mark: string): string[] {
  const m = /^(\(?)([a-z]{1,4}|\d{1,3})([.)])$/i.exec(mark);
  if (!m || (m[1] === '(' && m[3] !== ')')) return [];
  const [, open, body, close] = m;
  const out: string[] = [];
  if (/^\d+$/.test(body)) {
    if (Number(body) > 1) out.push(String(Number(body) - 1));
  } else {
    const lower = body.toLowerCase();
    // a letter ("i" is the ninth letter, or the first roman numeral)
    if (body.length === 1 && lower !== 'a') out.push(String.fromCharCode(body.charCodeAt(0) - 1));
    const r = ROMAN.indexOf(lower);
    if (r > 0) out.push(body === lower ? ROMAN[r - 1] : ROMAN[r - 1].toUpperCase());
  }
  return out.map((b) => `${open}${b}${close}`);
}

/**
 * Does the line at `at` (a line of a list block that opens with an item mark) go on the line
 * before it rather than open an item? So when the mark before it in its list stands inside a line
 * of the item it would close (from `from`), after words ("… conditions: (a) pass an assessment; or" /
 * "(b) conclude …"; or on a line found wrapped so, for "(c)" after it), and the line before does not end a sentence or a lead-in: the items run in the text, and a line break
 * (of a PDF, of a wrapped e-mail) fell before one of them. A list whose items open their lines
 * ("(a) …" / "(b) …") is cut as before.
 */
function wrappedItem(block: string, from: number, at: number): boolean {
  // (looked for in the item the line would go on, from `from`: the cost stays linear in the block)
  const before = block.slice(from, at);
  const lineBefore = before.replace(/\n$/, '').split('\n').pop() ?? '';
  if (/[.!?:]["'”’)\]]*\s*$/.test(lineBefore)) return false;
  const mark = /^[ \t]*(\S+)/.exec(block.slice(at))?.[1] ?? '';
  // (after the item's own mark: inline, or on a line already found wrapped)
  const body = before.trimStart().slice(1);
  return previousMarks(mark).some((prev) => new RegExp(`(?:^|\\s)${escapeRe(prev)}\\s`, 'u').test(body));
}
