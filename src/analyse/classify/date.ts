/**
 * A date changed ("from 3 to 5 March 2025" → "on 4 March 2025", "3 March" → "4 April"): one
 * `lexical` finding over the change, not a connective, a figure and an omission apart. A change
 * counts when, on both sides, it lies inside a date: figures, month names (spelling.yaml `months`)
 * and the words dates are written with. The same day written otherwise is a spelling (spelling.ts).
 */
import { alignTokens } from '../../align/tokens.js';
import type { Span, Token } from '../../types.js';
import { type Candidate, type Classifier, type Ctx, type Finding, change, finding, len, q, text } from '../context.js';
import type { Lexicons } from '../lexicon.js';
import type { Side } from '../side.js';
import { dateLimitShift, isTimeUnit, lengthEffect, qualifierPhrases, statedAt } from './qualifier.js';
import { numberValue } from './spelling.js';

/** Words a date (or a span of dates) is written with besides its figures and month names. */
const DATE_WORDS = new Set(['from', 'to', 'on', 'until', 'till', 'between', 'and', 'the', 'of', '-', '–', ',']);
/** Connectives that open a date and belong to it ("from 3 to 5 March", "on 4 March"). */
const OPENERS = new Set(['from', 'on', 'between', 'until', 'till']);

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The date run around token i: figures, month names and date words, with a month and a figure; or null. */
export function dateRunAt(side: Side, i: number, lex: Lexicons): Span | null {
  const T = side.tokens;
  const part = (k: number) => {
    const t = T[k];
    return !!t && t.sentence === T[i].sentence && (lex.months.has(t.n) || DATE_WORDS.has(t.n) || (isDigit(t.n.charCodeAt(0)) && /^\d{1,4}(?:st|nd|rd|th)?$/.test(t.n)));
  };
  if (!part(i)) return null;
  let a = i;
  let b = i + 1;
  while (a > 0 && part(a - 1)) a--;
  while (b < T.length && part(b)) b++;
  while (a < b && DATE_WORDS.has(T[a].n) && !OPENERS.has(T[a].n)) a++;
  while (b > a && DATE_WORDS.has(T[b - 1].n)) b--;
  let month = false;
  let figure = false;
  for (let k = a; k < b; k++) {
    if (lex.months.has(T[k].n)) month = true;
    if (/^\d/.test(T[k].n)) figure = true;
  }
  return month && figure ? [a, b] : null;
}

function inDate(side: Side, s: Span, lex: Lexicons): Span | null {
  const run = dateRunAt(side, s[0], lex);
  return run && s[0] >= run[0] && s[1] <= run[1] ? run : null;
}


/**
 * The number of a time limit or period changed ("within 24 hours" → "within 12 hours", "every five
 * years" → "every two years"): inside a time phrase on both sides (qualifiers.yaml, kind `time`),
 * before a unit of time. Fewer units bind more: strengthened; more, weakened. A minimum period
 * or duration (kind `duration`: "keep records for at least five years") runs the other way on a rule
 * that binds.
 */
function timeCount(c: Candidate, ctx: Ctx): Finding | null {
  // the figure before a unit of time, inside a time phrase; past words of the phrase's head that
  // the change takes in ("for [a period of] five years" → "for three years": the same duration,
  // its figure changed)
  const inTime = (side: Side, s: Span) => {
    const unit = side.tokens[s[1]];
    if (!unit || !isTimeUnit(unit)) return null;
    const p = qualifierPhrases(side, ctx.lex).find((x) => (x.kind === 'time' || x.kind === 'duration') && x.start <= s[0] && x.end > s[1]);
    if (!p) return null;
    let a = s[0];
    while (a < s[1] - 1 && p.head.includes(a)) a++;
    if (a === p.start) return null;
    const n = numberValue(side.tokens.slice(a, s[1]), ctx.lex);
    return n === null ? null : { p, n };
  };
  const fb = inTime(ctx.base, c.b);
  const fr = fb ? inTime(ctx.reading, c.r) : null;
  if (!fb || !fr || fr.p.kind !== fb.p.kind || fb.n === fr.n) return null;
  const pb = fb.p;
  const e = lengthEffect(pb.kind, ctx.base.tokens[pb.start].n === 'every', statedAt(ctx.base, pb, ctx.lex), fr.n < fb.n);
  const f = finding(c, 'lexical', `${e.label}: ${change(ctx, c)}${e.tail}`, e.direction);
  f.whole = true;
  return f;
}

/** Punctuation at the edges of a piece (one side or both) cut off as pieces of their own ("cyber-attack ," → "cyberattack"). */
function peelMarks(c: Candidate, ctx: Ctx): Candidate[] {
  const B = ctx.base.tokens;
  const R = ctx.reading.tokens;
  let [bs, be] = c.b;
  let [rs, re] = c.r;
  while (bs < be && B[bs].punct) bs++;
  while (rs < re && R[rs].punct) rs++;
  // (a piece of marks alone stays whole)
  if (bs === be && rs === re) return [c];
  while (be > bs && B[be - 1].punct) be--;
  while (re > rs && R[re - 1].punct) re--;
  const out: Candidate[] = [];
  if (bs > c.b[0] || rs > c.r[0]) out.push({ b: [c.b[0], bs], r: [c.r[0], rs] });
  out.push({ b: [bs, be], r: [rs, re] });
  if (be < c.b[1] || re < c.r[1]) out.push({ b: [be, c.b[1]], r: [re, c.r[1]] });
  return out;
}

/**
 * The figure of a time limit changed beside other changes that the aligner's cleanup merged into
 * one change over the words read alike between them (", within 72" → "within 24", a comma dropped
 * before the limit; "cyber-attack, within 72" → "cyberattack within 24"): re-aligned word for word,
 * the pieces on their own (the comma a punctuation variant, the figure a time limit changed, with
 * its direction: timeCount), not one rewording with none. Only a change that ends, on both sides,
 * with a figure before a unit of time, and whose re-aligned last piece timeCount reads; else null.
 */
function figureApart(c: Candidate, ctx: Ctx): Candidate[] | null {
  if (c.deontic || len(c.b) === 0 || len(c.r) === 0 || (len(c.b) === 1 && len(c.r) === 1)) return null;
  const B = ctx.base.tokens;
  const R = ctx.reading.tokens;
  const figureEnd = (T: readonly Token[], s: Span) => s[1] < T.length && T[s[1] - 1].pos === 'NUM' && isTimeUnit(T[s[1]]);
  if (!figureEnd(B, c.b) || !figureEnd(R, c.r)) return null;
  const ops = alignTokens(B.slice(c.b[0], c.b[1]), R.slice(c.r[0], c.r[1]), { cleanup: false });
  if (ops.length < 2) return null;
  const pieces: Candidate[] = [];
  for (const op of ops) {
    if (op.op === 'equal') continue;
    pieces.push({ b: [c.b[0] + op.baseSpan[0], c.b[0] + op.baseSpan[1]], r: [c.r[0] + op.readingSpan[0], c.r[0] + op.readingSpan[1]] });
  }
  const last = pieces[pieces.length - 1];
  if (!last || last.b[1] !== c.b[1] || last.r[1] !== c.r[1] || !timeCount(last, ctx)) return null;
  return pieces.flatMap((p) => (p === last ? [p] : peelMarks(p, ctx)));
}

/**
 * A change that opens inside a date on both sides and runs past the date's end ("2025, issue this"
 * → "2026, reaffirm our"): the date's part and the rest apart (a date is one unit of meaning).
 */
function dateApart(c: Candidate, ctx: Ctx): Candidate[] | null {
  if (c.deontic || len(c.b) === 0 || len(c.r) === 0 || ctx.lex.months.size === 0) return null;
  const rb = dateRunAt(ctx.base, c.b[0], ctx.lex);
  const rr = rb ? dateRunAt(ctx.reading, c.r[0], ctx.lex) : null;
  if (!rb || !rr || c.b[1] <= rb[1] || c.r[1] <= rr[1] || c.b[0] >= rb[1] || c.r[0] >= rr[1]) return null;
  // (the marks and words both sides read right after the date, ", ", are no change)
  let i = rb[1];
  let j = rr[1];
  while (i < c.b[1] - 1 && j < c.r[1] - 1 && ctx.base.tokens[i].n === ctx.reading.tokens[j].n) {
    i++;
    j++;
  }
  return [{ b: [c.b[0], rb[1]], r: [c.r[0], rr[1]] }, { b: [i, c.b[1]], r: [j, c.r[1]] }];
}

export const date: Classifier = {
  name: 'date',
  split(c, ctx) {
    return figureApart(c, ctx) ?? dateApart(c, ctx);
  },
  classify(c, ctx) {
    if (c.deontic || len(c.b) === 0 || len(c.r) === 0) return null;
    const count = timeCount(c, ctx);
    if (count) return count;
    if (ctx.lex.months.size === 0) return null;
    const rb = inDate(ctx.base, c.b, ctx.lex);
    const rr = rb ? inDate(ctx.reading, c.r, ctx.lex) : null;
    if (!rb || !rr) return null;
    // a time limit set by the date ("by 31 January" → "by 31 March"): moved later or earlier
    const shift = dateLimitShift(ctx, c.b, c.r);
    const f = finding(c, 'lexical', `the date changed: ${q(text(ctx.base, rb))} → ${q(text(ctx.reading, rr))}${shift ? ` — ${shift.what}` : ''}`, shift?.direction);
    f.whole = true;
    return f;
  },
};
