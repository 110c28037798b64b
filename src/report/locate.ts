/**
 * Where in the base text each aligned segment lies, and which variant belongs to which segment.
 *
 * A `Segment` carries text only (`op`, `base`, `reading`). The renderers that need positions (the TEI
 * apparatus merges the segments of all witnesses into common variant locations; the apparatus and the
 * inline readings need an anchor for additions) find each segment's `base` text in the unit's base
 * reading, in order, from a cursor: segments list the base in order, so the search is linear and
 * unambiguous even when a word repeats. The search tolerates whitespace differences (a segment may
 * join tokens with single spaces while the transcription has a line break, or none before
 * punctuation). When a segment's base text cannot be found (a contract breach upstream), it is
 * placed at the cursor so rendering still succeeds.
 *
 * Contract assumed from the analyser: `Segment.base` is the original text of base tokens (up to
 * whitespace), the segments of one witness list the whole base reading in order, and `Segment.reading`
 * the whole witness reading in order.
 */
import type { Segment, Variant } from '../types.js';
import { isOrderVariant } from './common.js';

/** A located segment (or, for `equal` segments, one word of it). */
export interface Piece {
  op: Segment['op'];
  /** Base text of the piece, trimmed. */
  base: string;
  /** Witness text of the piece, trimmed. */
  reading: string;
  /** Start and end (exclusive) character offsets in the base reading; equal for an insertion. */
  start: number;
  end: number;
  /** Start and end offsets of the reading in the witness text; -1 when not located (or none). */
  rStart: number;
  rEnd: number;
  /** True when the witness text differs from the base text here (any op but an exact `equal`). */
  diverges: boolean;
}

/** Collapse whitespace runs, trim. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Find `needle` (whitespace-tolerant) in `text` at or after `from`: [start, end) or null. */
function find(text: string, needle: string, from: number): [number, number] | null {
  // fast path: segments come in order, so the needle almost always starts at the cursor
  let at = from;
  while (at < text.length && /\s/.test(text[at])) at++;
  if (needle !== '' && text.startsWith(needle, at)) return [at, at + needle.length];
  const chunks = needle.split(/\s+/).filter((c) => c !== '');
  if (chunks.length === 0) return null;
  const exact = text.indexOf(needle, from);
  const re = new RegExp(chunks.map(escapeRegExp).join('\\s*'), 'g');
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  try {
    m = re.exec(text);
  } catch {
    m = null;
  }
  if (m && (exact < 0 || m.index <= exact)) return [m.index, m.index + m[0].length];
  if (exact >= 0) return [exact, exact + needle.length];
  return null;
}

/** Words and single punctuation marks (apostrophes, hyphens and underscores stay inside words). */
const WORDS = /[\p{L}\p{N}\p{M}_'\u2019-]+|[^\s\p{L}\p{N}\p{M}_'\u2019-]/gu;

/**
 * Split the two sides of an `equal` segment into corresponding words: by words and punctuation when
 * both sides have as many, else by whitespace when both have as many, else null.
 */
function splitEqual(b: string, r: string): [string[], string[]] | null {
  const bt = b.match(WORDS) ?? [];
  const rt = r.match(WORDS) ?? [];
  if (bt.length === rt.length) return [bt, rt];
  const bw = b.split(/\s+/);
  const rw = r === '' ? [] : r.split(/\s+/);
  return bw.length === rw.length ? [bw, rw] : null;
}

/**
 * Locate a witness's segments in the base reading (and, when given, in the witness reading).
 * `equal` segments are split into words, so that a variant location of another witness can end
 * inside them without swallowing the whole stretch.
 */
export function locatePieces(baseText: string, segments: readonly Segment[], readingText?: string): readonly Piece[] {
  // the Markdown and TEI renderers locate the same witness's segments several times
  const key = `${readingText === undefined ? '\u0001' : readingText}\u0000${baseText}`;
  let memo = located.get(segments);
  if (!memo) located.set(segments, (memo = new Map()));
  const hit = memo.get(key);
  if (hit) return hit;
  const out = locateAll(baseText, segments, readingText);
  memo.set(key, out);
  return out;
}

const located = new WeakMap<readonly Segment[], Map<string, readonly Piece[]>>();

function locateAll(baseText: string, segments: readonly Segment[], readingText?: string): Piece[] {
  const out: Piece[] = [];
  let cursor = 0;
  let rCursor = 0;
  const inReading = (r: string): [number, number] => {
    if (readingText === undefined || r === '') return [-1, -1];
    const at = find(readingText, r, rCursor);
    if (!at) return [-1, -1];
    rCursor = at[1];
    return at;
  };
  for (const seg of segments) {
    const b = seg.base.trim();
    const r = seg.reading.trim();
    if (b === '') {
      if (r !== '') {
        const [rStart, rEnd] = inReading(r);
        out.push({ op: seg.op, base: '', reading: r, start: cursor, end: cursor, rStart, rEnd, diverges: true });
      }
      continue;
    }
    const [start, end] = find(baseText, b, cursor) ?? [cursor, Math.min(baseText.length, cursor + b.length)];
    const split = seg.op === 'equal' ? splitEqual(b, r) : null;
    if (split && split[0].length > 1) {
      const [bw, rw] = split;
      let c = start;
      for (let i = 0; i < bw.length; i++) {
        const w = find(baseText, bw[i], c);
        const [s, e] = w && w[1] <= end ? w : [c, c];
        const [rStart, rEnd] = inReading(rw[i]);
        out.push({ op: 'equal', base: bw[i], reading: rw[i], start: s, end: e, rStart, rEnd, diverges: bw[i] !== rw[i] });
        c = e;
      }
    } else {
      const [rStart, rEnd] = inReading(r);
      out.push({
        op: seg.op,
        base: b,
        reading: r,
        start,
        end,
        rStart,
        rEnd,
        diverges: seg.op !== 'equal' || squash(b) !== squash(r),
      });
    }
    cursor = Math.max(cursor, end);
  }
  return out;
}

/**
 * The segments of a witness at a unit, or a stand-in when the report carries none: the whole reading
 * as one `equal` (same text) or `replace` segment.
 */
export function segmentsOf(baseText: string, reading: string, segments: readonly Segment[] | undefined): readonly Segment[] {
  if (segments && segments.length > 0) return segments;
  if (squash(baseText) === squash(reading)) return baseText === '' ? [] : [{ op: 'equal', base: baseText, reading }];
  if (baseText.trim() === '') return [{ op: 'insert', base: '', reading }];
  if (reading.trim() === '') return [{ op: 'delete', base: baseText, reading: '' }];
  return [{ op: 'replace', base: baseText, reading }];
}

/**
 * A piece's text, whitespace-squashed once, with a search hint: the offset of the last match in it.
 * Variants come in base (and reading) order, so the next one is almost always found from the hint;
 * only a miss there costs a search of the whole text. Without this, matching V variants to one long
 * piece (a clause of several megabytes) squashed and scanned the whole text V times.
 */
class Haystack {
  private readonly text: string;
  private hint = 0;
  constructor(raw: string) {
    this.text = squash(raw);
  }
  /** Does the text contain `n` (already squashed)? ('' is in everything.) */
  has(n: string): boolean {
    if (n === '') return true;
    let at = this.text.indexOf(n, this.hint);
    if (at < 0 && this.hint > 0) at = this.text.indexOf(n);
    if (at < 0) return false;
    this.hint = at;
    return true;
  }
}

/**
 * Match each variant of one witness at one unit to the piece it describes: the first piece (from a
 * cursor that only moves forward, as variants are in base order) whose base text contains the
 * variant's base and whose reading contains its reading, preferring diverging pieces. Returns, per
 * variant (same order), the piece index or -1 when none fits (a variant spanning several pieces,
 * such as a transposition, or a whole-unit variant).
 */
export function matchVariants(pieces: readonly Piece[], variants: readonly Variant[]): number[] {
  const out: number[] = [];
  let cursor = 0;
  const hay: { base: Haystack; reading: Haystack }[] = [];
  const hayAt = (i: number) => (hay[i] ??= { base: new Haystack(pieces[i].base), reading: new Haystack(pieces[i].reading) });
  for (const v of variants) {
    const vb = squash(v.base);
    const vr = squash(v.reading);
    const fits = (i: number): boolean => {
      const p = pieces[i];
      // (a whole unit read out of order stands at no piece: it quotes the whole unit)
      if ((vb === '' && vr === '') || isOrderVariant(v)) return false;
      if (vb === '' && p.base !== '' && p.op !== 'replace') return false;
      if (vr === '' && p.reading !== '' && p.op !== 'replace') return false;
      const h = hayAt(i);
      return h.base.has(vb) && h.reading.has(vr);
    };
    const search = (from: number, diverging: boolean): number => {
      for (let i = from; i < pieces.length; i++) {
        if ((!diverging || pieces[i].diverges) && fits(i)) return i;
      }
      return -1;
    };
    let i = search(cursor, true);
    if (i < 0) i = search(0, true);
    if (i < 0) i = search(cursor, false);
    out.push(i);
    if (i >= 0) cursor = i;
  }
  return out;
}

/**
 * The neighbouring base word of an addition (for the apparatus convention `lemma ] lemma + added`):
 * the last word of the preceding piece when that piece reads as the base, else the first word of
 * the following one; a word with a letter or digit is preferred to a punctuation mark. Null when
 * neither neighbour agrees with the base.
 */
export function additionAnchor(pieces: readonly Piece[], index: number): { word: string; before: boolean } | null {
  const prev = pieces[index - 1];
  const next = pieces[index + 1];
  const candidates: { word: string; before: boolean }[] = [];
  if (prev && !prev.diverges && prev.base !== '') {
    const words = prev.base.split(/\s+/);
    candidates.push({ word: words[words.length - 1], before: true });
  }
  if (next && !next.diverges && next.base !== '') candidates.push({ word: next.base.split(/\s+/)[0], before: false });
  return candidates.find((c) => /[\p{L}\p{N}]/u.test(c.word)) ?? candidates[0] ?? null;
}

/**
 * Character offset in the base text where a variant matched to `piece` starts: where its base text
 * lies inside the piece (a piece may be wider than the variant), or the piece start (additions).
 */
export function variantStart(baseText: string, piece: Piece, v: Variant): number {
  const b = v.base.trim();
  if (b === '' || piece.start === piece.end) return piece.start;
  const at = find(baseText, b, piece.start);
  return at && at[1] <= piece.end ? at[0] : piece.start;
}

/** One run of an inline diff: text both have, base text the witness lacks, or witness text. */
export interface InlinePart {
  kind: 'same' | 'deleted' | 'inserted';
  text: string;
}

/**
 * A witness reading as a sequence of inline diff parts, from its segments: `equal` words read as in
 * the base are `same` (a word of an `equal` segment whose transcription differs, such as a case
 * accidental, shows as deleted + inserted), deletions and replacements show the base words as
 * `deleted` and the witness words as `inserted`. Adjacent `same` parts are joined.
 */
/**
 * Pieces whose words differ only in capitals that the analysis did not record as a `case` variant
 * (a capital that only marks a sentence start: "Fourth, any person" read as a clause of its own)
 * read as agreeing, so that the renderers show what the analysis found.
 */
export function withoutPositionalCase(pieces: readonly Piece[], variants: readonly Variant[]): readonly Piece[] {
  const recorded = new Set<string>();
  for (const v of variants) if (v.type === 'case') for (const w of v.base.split(/\s+/)) recorded.add(w);
  let changed = false;
  const out = pieces.map((p) => {
    if (p.op !== 'equal' || !p.diverges || p.base === '' || p.base.toLowerCase() !== p.reading.toLowerCase() || recorded.has(p.base)) return p;
    changed = true;
    return { ...p, diverges: false };
  });
  return changed ? out : pieces;
}

export function inlineParts(baseText: string, reading: string, segments: readonly Segment[] | undefined, variants?: readonly Variant[]): InlinePart[] {
  const out: InlinePart[] = [];
  // a run of agreeing words is quoted from the witness's own text, with its own spacing
  let run: { start: number; end: number } | null = null;
  const push = (kind: InlinePart['kind'], text: string, at?: [number, number]): void => {
    if (text === '') return;
    const last = out[out.length - 1];
    if (kind === 'same' && last && last.kind === 'same') {
      if (run && at && at[0] >= run.end) {
        run.end = at[1];
        last.text = reading.slice(run.start, run.end);
      } else {
        last.text += ` ${text}`;
        run = null;
      }
    } else {
      out.push({ kind, text });
      run = kind === 'same' && at ? { start: at[0], end: at[1] } : null;
    }
  };
  const located = locatePieces(baseText, segmentsOf(baseText, reading, segments), reading);
  for (const p of variants ? withoutPositionalCase(located, variants) : located) {
    if (p.op === 'equal' && !p.diverges) {
      push('same', p.reading, p.rStart >= 0 ? [p.rStart, p.rEnd] : undefined);
      continue;
    }
    push('deleted', p.base);
    push('inserted', p.reading);
  }
  return out;
}

/** Punctuation that closes (attaches to the preceding word) and that opens (to the next one). */
const CLOSING = /^[.,;:!?)\]}\u2019\u201D\u2026%]/;
const OPENING = /[([{\u2018\u201C]$/;

/**
 * Render inline parts with `fmt` and join them with spaces, except that `same` text starting with
 * closing punctuation (or following `same` text ending with opening punctuation) is attached to its
 * neighbour. Styled parts are always set off by spaces (Markdown emphasis needs that to parse).
 */
export function joinParts(parts: readonly InlinePart[], fmt: (p: InlinePart) => string): string {
  let out = '';
  parts.forEach((p, i) => {
    const s = fmt(p);
    if (s === '') return;
    const prev = parts[i - 1];
    const attach = out === '' || (p.kind === 'same' && CLOSING.test(p.text)) || (prev?.kind === 'same' && p.kind === 'same' && OPENING.test(prev.text));
    out += attach ? s : ` ${s}`;
  });
  return out;
}

/**
 * Base character ranges of the variants that matched no single piece (a transposition or a merge
 * spanning several segments): their base text searched in the base reading, from the start of the
 * previous matched variant (variants are in base order). Null for those with no base text or not
 * found, and for matched ones.
 */
export function unmatchedRanges(
  baseText: string,
  pieces: readonly Piece[],
  variants: readonly Variant[],
  match: readonly number[],
): ([number, number] | null)[] {
  let cursor = 0;
  return variants.map((v, k) => {
    if (match[k] >= 0) {
      cursor = pieces[match[k]].start;
      return null;
    }
    const b = v.base.trim();
    if (b === '' || isOrderVariant(v)) return null;
    const at = find(baseText, b, cursor) ?? find(baseText, b, 0);
    if (at) cursor = at[0];
    return at;
  });
}
