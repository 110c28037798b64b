/**
 * What the classifiers see. A *candidate* is a stretch of change between the base and the witness
 * reading of one unit (a non-equal alignment op, or a piece of one after claims and splits); a
 * classifier turns it into a *finding* (one type, spans, explanation). The driver
 * (readings.ts) turns findings into `Variant`s.
 */
import type { AlignOp } from '../align/tokens.js';
import type { Direction, Span, Token, VariantType } from '../types.js';
import type { Lexicons } from './lexicon.js';
import type { Side } from './side.js';

/** A stretch of change: base tokens [b0,b1) against reading tokens [r0,r1) (either may be empty). */
export interface Candidate {
  b: Span;
  r: Span;
  /** Made of modal/negation markers (set by the deontic split): only modality/negation judge its force. */
  deontic?: boolean;
  /** Spans tokens a claim took (a moved phrase inside it); the driver takes them out after the splits. */
  holes?: boolean;
}

/** A classified divergence, before it becomes a `Variant`. */
export interface Finding {
  type: VariantType;
  /** Base token span, or null when no base token is concerned. */
  b: Span | null;
  /** Reading token span, or null when no reading token is concerned. */
  r: Span | null;
  /** Base position used for sorting when `b` is null (an insertion point). */
  at?: number;
  direction?: Direction;
  explanation: string;
  /** The classifier judged the change as a whole (a stance reworded): the driver does not cut it into finer variants. */
  whole?: boolean;
  /** Marks set around words both sides read alike (a bracket pair added or dropped): the words are quoted, not changed, and count as read identically. */
  enclosing?: boolean;
}

export interface Ctx {
  lex: Lexicons;
  base: Side;
  reading: Side;
  /** The token alignment of the two sides. */
  ops: AlignOp[];
  /** Tokens already accounted for by a unit-level claim (transposition, qualifier). */
  claimedB: Uint8Array;
  claimedR: Uint8Array;
  /** Candidates a claim hands back for ordinary classification (the changes inside a moved block). */
  extra: Candidate[];
  /** Lazily filled by `alikeMap`: each side's token → the other side's token it is aligned equal with. */
  alike?: { b?: number[]; r?: number[] };
}

/**
 * A classifier, in the style of mdast-util-to-markdown handlers. The driver runs, in list order:
 * every `claim` (unit-level, phrase-aware passes that may take tokens across ops), then every
 * `split` (cut a candidate into smaller ones), then `classify` on each candidate: the first
 * classifier that returns a finding wins.
 */
export interface Classifier {
  name: string;
  claim?(ctx: Ctx, edits: readonly Candidate[]): Finding[];
  split?(c: Candidate, ctx: Ctx): Candidate[] | null;
  classify?(c: Candidate, ctx: Ctx): Finding | null;
}

/**
 * For each token of one side (the base when `fromBase`), the token of the other side the alignment
 * reads equal with it, or -1. Built once per comparison and side, shared by the passes that need it.
 */
export function alikeMap(ctx: Ctx, fromBase: boolean): readonly number[] {
  const m = (ctx.alike ??= {});
  let out = fromBase ? m.b : m.r;
  if (!out) {
    // (a plain array: a typed one this long would get a buffer outside the heap, dearer to make)
    out = new Array<number>((fromBase ? ctx.base : ctx.reading).tokens.length).fill(-1);
    for (const op of ctx.ops) {
      if (op.op !== 'equal') continue;
      const mine = fromBase ? op.baseSpan : op.readingSpan;
      const yours = fromBase ? op.readingSpan : op.baseSpan;
      for (let k = 0; k < mine[1] - mine[0]; k++) out[mine[0] + k] = yours[0] + k;
    }
    if (fromBase) m.b = out;
    else m.r = out;
  }
  return out;
}

/** Index of the first op whose base span ends after base token `i` (ops are in base order and cover the base): the op over it. */
export function opAt(ops: Ctx['ops'], i: number): number {
  let lo = 0;
  let hi = ops.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ops[mid].baseSpan[1] <= i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function slice(side: Side, s: Span): Token[] {
  return side.tokens.slice(s[0], s[1]);
}

export function text(side: Side, s: Span): string {
  return textIn(side.tokens, s[0], s[1]);
}

/**
 * A candidate seen from one side: [that side, its span, the other side, the other's span], from the
 * base when `fromBase`, else from the reading. Classifiers that test both directions read a change so.
 */
export function facing(ctx: Ctx, c: { b: Span; r: Span }, fromBase: boolean): [Side, Span, Side, Span] {
  return fromBase ? [ctx.base, c.b, ctx.reading, c.r] : [ctx.reading, c.r, ctx.base, c.b];
}

/** A pair of the base's and the reading's things in the order `fromBase` reads them: [base's, reading's] from the base, swapped from the reading. Also turns a result read from one side back into [b, r]. */
export function oriented<T>(fromBase: boolean, onBase: T, onReading: T): [T, T] {
  return fromBase ? [onBase, onReading] : [onReading, onBase];
}

/** The normalised words of the span, marks left out, joined by single spaces: how phrase lists of the lexicons are keyed ("on a voluntary basis"). */
export function wordsKey(side: Side, s: Span): string {
  return side.tokens.slice(s[0], s[1]).filter((t) => !t.punct).map((t) => t.n).join(' ');
}

/** The text of tokens [a,b) as `textOf` gives it, without copying them out first. */
export function textIn(tokens: readonly Token[], a: number, b: number): string {
  if (b <= a) return '';
  let out = tokens[a].t;
  for (let i = a + 1; i < b; i++) out += tokens[i].space + tokens[i].t;
  return out;
}

/** Has no claim taken any token of the span yet? */
export function unclaimed(claimed: Uint8Array, s: Span): boolean {
  for (let i = s[0]; i < s[1]; i++) if (claimed[i]) return false;
  return true;
}

/** The smallest span covering both (either may be null: the other, or null). */
export function union(a: Span | null, b: Span | null): Span | null {
  return a && b ? [Math.min(a[0], b[0]), Math.max(a[1], b[1])] : a ?? b;
}

export function len(s: Span): number {
  return s[1] - s[0];
}

/** Quote for explanations. */
export function q(s: string): string {
  return `'${s}'`;
}

/** A finding over the whole candidate (null spans for empty sides). */
export function finding(c: Candidate, type: VariantType, explanation: string, direction?: Direction): Finding {
  const f: Finding = {
    type,
    b: len(c.b) > 0 ? c.b : null,
    r: len(c.r) > 0 ? c.r : null,
    at: c.b[0],
    explanation,
  };
  if (direction) f.direction = direction;
  return f;
}

/** "'x' → 'y'", "'x' omitted", "'y' added" */
export function change(ctx: Ctx, c: Candidate): string {
  const b = text(ctx.base, c.b);
  const r = text(ctx.reading, c.r);
  if (b === '') return `${q(r)} added`;
  if (r === '') return `${q(b)} omitted`;
  return `${q(b)} → ${q(r)}`;
}

/**
 * Put findings in order of `at` (a stable sort, as `findings.sort((x, y) => (x.at ?? 0) - (y.at ?? 0))`):
 * a pass that merged nothing leaves them in order, and then nothing is sorted (a stable sort of a
 * list already in order changes nothing; it would still copy the list).
 */
export function orderByAt(findings: Finding[]): void {
  for (let k = 1; k < findings.length; k++) {
    if ((findings[k - 1].at ?? 0) > (findings[k].at ?? 0)) {
      findings.sort((x, y) => (x.at ?? 0) - (y.at ?? 0));
      return;
    }
  }
}

/**
 * Put `added` in place of the findings `gone` (several pieces joined into one, one piece cut in
 * two), the list kept in base order (a stable sort by where each finding stands: its `at`, else the
 * start of its base span).
 */
export function replaceFindings(findings: Finding[], gone: ReadonlySet<Finding>, added: readonly Finding[]): void {
  const keep = findings.filter((f) => !gone.has(f));
  findings.length = 0;
  findings.push(...keep, ...added);
  findings.sort((x, y) => (x.at ?? x.b?.[0] ?? 0) - (y.at ?? y.b?.[0] ?? 0));
}
