/** `punctuation`: only punctuation differs ("," added, ";" → ","). */
import { type Candidate, type Classifier, type Ctx, change, finding, len, q } from '../context.js';
import type { Span, Token } from '../../types.js';
import type { Side } from '../side.js';

/**
 * Punctuation at the edge of words a witness leaves out or adds, when those words are only grammar
 * (", which has a" → ""): the marks are their own variant, as an apparatus records them. Words with
 * content keep their commas (", or use the data to conduct …" is one omission).
 */
function splitEdges(c: Candidate, ctx: Ctx): Candidate[] | null {
  if (len(c.b) > 0 && len(c.r) > 0) return marksBeforeCoordinator(c, ctx);
  if (len(c.b) === 0 && len(c.r) === 0) return null;
  const onBase = len(c.b) > 0;
  const side = onBase ? ctx.base : ctx.reading;
  const [s0, s1] = onBase ? c.b : c.r;
  let words = 0;
  for (let i = s0; i < s1; i++) {
    if (side.tokens[i].punct) continue;
    if (!side.fn[i] || side.marker[i] >= 0) return null;
    words++;
  }
  if (words === 0) return null;
  let a = s0;
  // (an additive adverb set apart by commas, ", moreover,", is one addition with them: grammatical.ts)
  const said: string[] = [];
  for (let i = s0; i < s1; i++) if (!side.tokens[i].punct) said.push(side.tokens[i].n);
  if (ctx.lex.additiveAdverbs.has(said.join(' '))) return null;
  while (a < s1 && side.tokens[a].punct) a++;
  let z = s1;
  while (z > a && side.tokens[z - 1].punct) z--;
  if (a === s0 && z === s1) return null;
  const at = onBase ? c.r[0] : c.b[0];
  const piece = (x: number, y: number): Candidate => (onBase ? { b: [x, y], r: [at, at] } : { b: [at, at], r: [x, y] });
  return [piece(s0, a), piece(a, z), piece(z, s1)].filter((p) => len(p.b) + len(p.r) > 0);
}

/**
 * A change whose two sides open with the same coordinator, one side with marks before it (", and
 * will update" → "and to update"): the aligner's cleanup took the coordinator both sides read into
 * the change. The marks are a variant of their own (a comma dropped), the coordinator reads alike,
 * and the words after it are judged on their own ("will" → "to", a modal not repeated). Only with a
 * modal marker after the coordinator.
 */
function marksBeforeCoordinator(c: Candidate, ctx: Ctx): Candidate[] | null {
  for (const fromBase of [true, false]) {
    const [X, xs, Y, ys] = fromBase ? [ctx.base, c.b, ctx.reading, c.r] : [ctx.reading, c.r, ctx.base, c.b];
    let a = xs[0];
    while (a < xs[1] && X.tokens[a].punct) a++;
    if (a === xs[0] || a >= xs[1] - 1 || len(ys) < 2) continue;
    const x = X.tokens[a];
    const y = Y.tokens[ys[0]];
    if (x.pos !== 'CCONJ' || y.n !== x.n) continue;
    // (the modal not repeated after it: a modal marker in the words after the coordinator; another
    // rewording keeps the marks it spans, ", and illegal" against "and the unauthorized")
    let modal = false;
    for (let i = a + 1; i < xs[1] && !modal; i++) modal = X.marker[i] >= 0;
    for (let i = ys[0] + 1; i < ys[1] && !modal; i++) modal = Y.marker[i] >= 0;
    if (!modal) continue;
    const marks: Span = [xs[0], a];
    const none: Span = [ys[0], ys[0]];
    const [mb, mr] = fromBase ? [marks, none] : [none, marks];
    const [rb, rr]: [Span, Span] = fromBase ? [[a + 1, xs[1]], [ys[0] + 1, ys[1]]] : [[ys[0] + 1, ys[1]], [a + 1, xs[1]]];
    // (the coordinator, read alike, is no piece)
    return [{ b: mb, r: mr }, { b: rb, r: rr, ...(c.deontic ? { deontic: true } : {}) }];
  }
  return null;
}

/** What numbers a list item: one letter, a roman numeral, or figures ("b", "ii", "12"). */
const ITEM = /^(?:\p{L}|[ivxlc]{1,6}|\d{1,2})$/iu;

/**
 * The list item mark that token i is part of ("(b)", "(ii)", "b)" after a clause mark or at the
 * start of a sentence: function-words.yaml `item-mark-after`), as the span of its tokens, or null.
 * Layout, not words ("certification; (b) conclude" → "certification, or conclude").
 */
export function itemMarkAt(side: Side, i: number, after: ReadonlySet<string>): Span | null {
  const T = side.tokens;
  const starts = (k: number) => k === 0 || T[k - 1].sentence !== T[k].sentence || after.has(T[k - 1].n);
  // the figure or letter itself, then its brackets
  const core = T[i]?.t === '(' ? i + 1 : T[i]?.t === ')' ? i - 1 : i;
  const t = T[core];
  if (!t || t.punct || !ITEM.test(t.t) || T[core + 1]?.t !== ')' || T[core + 1].space !== '') return null;
  if (T[core - 1]?.t === '(' && t.space === '') return starts(core - 1) && i >= core - 1 && i <= core + 1 ? [core - 1, core + 2] : null;
  return T[core - 1]?.t !== '(' && starts(core) && i >= core && i <= core + 1 ? [core, core + 2] : null;
}

/** A footnote reference: figures (or superscript figures) written tight against the word or mark before them. */
const MARK = /^(?:\d{1,3}|[\u00b9\u00b2\u00b3\u2070-\u2079]{1,3})$/u;

/**
 * A footnote reference mark on one side only: figures tight after a word or a full stop
 * ("electronic means.1", "information2", "means¹"). Apparatus of the edition, not text.
 */
function footnoteMark(c: Candidate, ctx: Ctx): boolean {
  if (len(c.b) === 0 || len(c.r) === 0) {
    const side = len(c.b) > 0 ? ctx.base : ctx.reading;
    const s = len(c.b) > 0 ? c.b : c.r;
    if (len(s) !== 1 || s[0] === 0) return false;
    const t = side.tokens[s[0]];
    const before = side.tokens[s[0] - 1];
    return t.space === '' && MARK.test(t.t) && (!before.punct || /[.,;:)\]"'”’]/u.test(before.t)) && !/\d$/.test(before.t);
  }
  if (len(c.b) !== 1 || len(c.r) !== 1) return false;
  // a mark renumbered ("ICTs.2" → "ICTs.1"): a mark on both sides, in the same place
  const isMark = (side: Side, i: number) => {
    const t = side.tokens[i];
    const before = side.tokens[i - 1];
    return i > 0 && t.space === '' && MARK.test(t.t) && !!before && (!before.punct || /[.,;:)\]"'”’]/u.test(before.t)) && !/\d$/.test(before.t);
  };
  if (isMark(ctx.base, c.b[0]) && isMark(ctx.reading, c.r[0])) return true;
  const a = ctx.base.tokens[c.b[0]].t;
  const b = ctx.reading.tokens[c.r[0]].t;
  const tail = (long: string, short: string) => long.length > short.length && long.startsWith(short) && /\p{L}$/u.test(short) && MARK.test(long.slice(short.length));
  return tail(a, b) || tail(b, a);
}

/**
 * A bracketed footnote reference on one side only, tight after a word or a mark ("secured.[3]"):
 * the same apparatus as "secured.³" (footnoteMark), only written with brackets.
 */
function bracketedFootnote(c: Candidate, ctx: Ctx): boolean {
  if (len(c.b) > 0 && len(c.r) > 0) return false;
  const side = len(c.b) > 0 ? ctx.base : ctx.reading;
  const s = len(c.b) > 0 ? c.b : c.r;
  return len(s) === 3 && footnoteCallAt(side.tokens, s[0]) === 3;
}

/** Superscript figures of a footnote call. */
const SUPERSCRIPT_CALL = /^[\u00b9\u00b2\u00b3\u2070-\u2079]{1,3}$/u;

/**
 * A footnote call at token i, written tight after a word or a closing mark (not after a figure):
 * superscript figures ("secured.³": 1 token) or figures in brackets ("secured.[3]": 3 tokens); the
 * number of its tokens, or 0.
 */
export function footnoteCallAt(T: readonly Token[], i: number): number {
  if (i === 0 || T[i].space !== '' || /\d$/.test(T[i - 1].t)) return 0;
  if (SUPERSCRIPT_CALL.test(T[i].t)) return 1;
  if (T[i].t === '[' && /^\d{1,3}$/.test(T[i + 1]?.t ?? '') && T[i + 1].space === '' && T[i + 2]?.t === ']' && T[i + 2].space === '') return 3;
  return 0;
}

/**
 * An editor's mark in square brackets on one side only ("[deleted]", "[…deleted]":
 * function-words.yaml `editorial-marks`): apparatus of the edition, not words of the text.
 */
export function editorialMark(side: Side, s: Span, lex: Ctx['lex']): boolean {
  if (len(s) < 3 || side.tokens[s[0]].t !== '[' || side.tokens[s[1] - 1].t !== ']') return false;
  let w = '';
  for (let i = s[0] + 1; i < s[1] - 1; i++) if (!lex.ellipsisMarks.has(side.tokens[i].t)) w += side.tokens[i].n;
  return lex.editorialMarks.has(w.toLowerCase());
}

/**
 * Marks moved across words both sides read, written the same ("in advance and, where …" → "in
 * advance, and where …"): the words are the same, in the same order; only where the marks stand
 * changed. A description of the move ("',' moved across 'and'"), or null.
 */
function marksMoved(c: Candidate, ctx: Ctx): string | null {
  if (len(c.b) === 0 || len(c.r) === 0) return null;
  const words = (side: Side, s: Span) => side.tokens.slice(s[0], s[1]).filter((t) => !t.punct);
  const wb = words(ctx.base, c.b);
  const wr = words(ctx.reading, c.r);
  if (wb.length === 0 || wb.length !== wr.length || wb.length === len(c.b) || wr.length === len(c.r)) return null;
  for (let k = 0; k < wb.length; k++) if (wb[k].t !== wr[k].t) return null;
  // (the marks stand elsewhere among the words: "; however" → ", however" is a mark replaced, not moved)
  const places = (side: Side, s: Span) => {
    const out: boolean[] = [false];
    for (let i = s[0]; i < s[1]; i++) {
      if (side.tokens[i].punct) out[out.length - 1] = true;
      else out.push(false);
    }
    return out.join();
  };
  if (places(ctx.base, c.b) === places(ctx.reading, c.r)) return null;
  return `${change(ctx, c)} (the marks moved across ${q(wb.map((t) => t.t).join(' '))})`;
}

export const punctuation: Classifier = {
  name: 'punctuation',
  split: splitEdges,
  classify(c, ctx) {
    if (len(c.b) + len(c.r) === 0) return null;
    if (footnoteMark(c, ctx) || bracketedFootnote(c, ctx)) return finding(c, 'punctuation', `footnote reference mark: ${change(ctx, c)}`);
    if ((len(c.b) === 0) !== (len(c.r) === 0) && editorialMark(len(c.b) ? ctx.base : ctx.reading, len(c.b) ? c.b : c.r, ctx.lex)) return finding(c, 'punctuation', `editor's mark: ${change(ctx, c)}`);
    const moved = marksMoved(c, ctx);
    if (moved) return finding(c, 'punctuation', `punctuation: ${moved}`);
    let item = false;
    for (const [side, s] of [[ctx.base, c.b], [ctx.reading, c.r]] as const) {
      for (let i = s[0]; i < s[1]; i++) {
        if (side.tokens[i].punct) continue;
        // (a list item mark, "(b)", "(ii)": layout, dropped, added or renumbered)
        if (!itemMarkAt(side, i, ctx.lex.itemMarkAfter)) return null;
        item = true;
      }
    }
    return finding(c, 'punctuation', `punctuation${item ? ' (list item mark)' : ''}: ${change(ctx, c)}`);
  },
};
