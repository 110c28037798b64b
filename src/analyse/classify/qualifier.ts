/**
 * `qualifier-dropped` / `qualifier-added`: a condition, purpose, means, manner or scope
 * restriction removed or added. Phrase-aware, not op-aware: paraphrases rewrite whole clauses, so
 * a big replace may hide a dropped condition. For each qualifier phrase of the base (head from
 * lexicons/qualifiers.yaml through to the next clause boundary), if most of its content words
 * (share set by `qualifier-missing` in lexicons/thresholds.yaml) are absent from the witness's
 * whole reading of the unit, the phrase is dropped; its tokens are claimed, so no other variant
 * reports them. Words found elsewhere in the reading mean the phrase moved or was reworded in
 * place: not dropped. Symmetric for phrases of the reading.
 */
import type { Token } from '../../types.js';
import { type Classifier, type Ctx, type Finding, q } from '../context.js';
import type { Lexicons, QualifierHead } from '../lexicon.js';
import { type Side, frameAt, isClausePunct, presentIn } from '../side.js';

export interface Phrase {
  start: number;
  end: number;
  /** Tokens matched by the literal head words ("in", "a", "manner"); not counted as content. */
  head: number[];
  kind: string;
  /** The head is the whole qualifier (a manner adverb). */
  word: boolean;
}

function skipAdverbs(tokens: readonly Token[], j: number, end: number): number {
  while (j < end && tokens[j].pos === 'ADV') j++;
  return j;
}

/** Match a head at i; returns the end of the matched words, or -1 (literal word indices into `lit`). */
function matchHead(side: Side, i: number, h: QualifierHead, lex: Lexicons, lit: number[]): number {
  const T = side.tokens;
  lit.length = 0;
  let j = i;
  for (let w = 0; w < h.words.length; w++) {
    const word = h.words[w];
    if (word === '...') {
      const nextWord = h.words[w + 1];
      if (nextWord === undefined) return -1;
      let k = j;
      const limit = Math.min(T.length, j + lex.maxGap + 1);
      while (k < limit && T[k].n !== nextWord && !(T[k].punct && T[k].n !== ',' && T[k].n !== '-')) k++;
      if (k >= limit || T[k].n !== nextWord || k === j) return -1;
      j = k;
      continue;
    }
    if (j >= T.length || T[j].n !== word) return -1;
    lit.push(j);
    j++;
  }
  if (h.notAfter && i > 0 && h.notAfter.includes(T[i - 1].pos)) return -1;
  if (h.nextPos) {
    const k = skipAdverbs(T, j, T.length);
    if (k >= T.length || !h.nextPos.includes(T[k].pos)) return -1;
  }
  return j;
}

/** Is the "to" at i a purpose infinitive (not the complement of "encourage X to", "the right to")? */
function purposeTo(side: Side, i: number, lex: Lexicons): boolean {
  const T = side.tokens;
  if (T[i].n !== 'to') return false;
  const k = skipAdverbs(T, i + 1, T.length);
  if (k >= T.length || T[k].pos !== 'VERB') return false;
  const back = lex.thresholds.purposeBacktrack;
  for (let p = i - 1; p >= 0 && p >= i - 1 - back; p--) {
    if (T[p].sentence !== T[i].sentence) return true;
    for (const entry of lex.complements) {
      let ok = true;
      for (let w = 0; w < entry.length && ok; w++) {
        const t = T[p - w];
        ok = !!t && (t.lemma === entry[w] || t.n === entry[w]);
      }
      if (ok) return false;
    }
    const pos = T[p].pos;
    const np = pos === 'NOUN' || pos === 'PROPN' || pos === 'PRON' || pos === 'DET' || pos === 'ADJ' || pos === 'NUM' || pos === 'CCONJ' || pos === 'PART' || (T[p].punct && T[p].n === "'");
    if (!np) return true;
  }
  return true;
}

interface Head {
  end: number;
  lit: number[];
  kind: string;
  verbal: boolean;
  word: boolean;
}

function headAt(side: Side, i: number, lex: Lexicons): Head | null {
  const hs = lex.qualifierHeads.get(side.tokens[i].n);
  if (hs) {
    const lit: number[] = [];
    for (const h of hs) {
      const e = matchHead(side, i, h, lex, lit);
      if (e > i) return { end: e, lit: h.extent === 'word' ? [] : lit.slice(), kind: h.kind, verbal: h.verbal, word: h.extent === 'word' };
    }
  }
  if (purposeTo(side, i, lex)) return { end: i + 1, lit: [i], kind: lex.purposeKind, verbal: true, word: false };
  return null;
}

/** The qualifier phrases of a side, in order, not overlapping (cached on the side). */
export function qualifierPhrases(side: Side, lex: Lexicons): Phrase[] {
  if (side.qualifiers) return side.qualifiers;
  const T = side.tokens;
  const out: Phrase[] = [];
  let i = 0;
  while (i < T.length) {
    const h = headAt(side, i, lex);
    if (!h) {
      i++;
      continue;
    }
    let j = h.end;
    if (!h.word) {
      while (j < T.length) {
        const t = T[j];
        if (t.sentence !== T[i].sentence || isClausePunct(t) || lex.qualifierBoundaries.has(t.n)) break;
        if (t.pos === 'CCONJ') {
          // a coordinator that opens a new predicate ends the phrase, unless the phrase is itself
          // a verb phrase ("to obtain data or manipulate systems")
          const k = skipAdverbs(T, j + 1, T.length);
          const next = T[k];
          if (next && (next.pos === 'VERB' || next.pos === 'AUX' || side.neg[k] || side.marker[k] >= 0) && !(h.verbal && next.pos === 'VERB' && side.marker[k] < 0)) break;
        }
        const nested = headAt(side, j, lex);
        if (nested && !nested.word) break;
        j++;
      }
    }
    out.push({ start: i, end: j, head: h.lit, kind: h.kind, word: h.word });
    i = Math.max(j, i + 1);
  }
  side.qualifiers = out;
  return out;
}

/** Share of the phrase's distinct content words missing from the other side, and how many there are. */
function missing(side: Side, p: Phrase, other: Side): { share: number; count: number } {
  const seen = new Set<string>();
  let miss = 0;
  for (let i = p.start; i < p.end; i++) {
    if (!side.content[i] || p.head.includes(i)) continue;
    const t = side.tokens[i];
    if (seen.has(t.lemma)) continue;
    seen.add(t.lemma);
    if (!presentIn(t, other)) miss++;
  }
  return { share: seen.size ? miss / seen.size : 0, count: seen.size };
}

const LABEL: Record<string, string> = {
  condition: 'condition',
  purpose: 'purpose',
  means: 'means',
  manner: 'manner',
  scope: 'scope restriction',
};

function consequence(kind: string, dropped: boolean, negated: boolean | null): string {
  const what = negated === null ? 'statement' : negated ? 'prohibition' : 'obligation';
  if (dropped) {
    if (kind === 'condition') return negated ? 'the prohibition becomes absolute' : `the ${what} becomes unconditional`;
    if (kind === 'purpose') return `the ${what} no longer depends on that purpose`;
    if (kind === 'scope') return `the ${what} is no longer limited to that scope`;
    if (kind === 'means') return `the ${what} no longer names the means`;
    return `the ${what} no longer says in what manner`;
  }
  if (kind === 'condition') return `the ${what} now holds only under it`;
  if (kind === 'purpose') return `the ${what} is now tied to that purpose`;
  if (kind === 'scope') return `the ${what} is now limited to that scope`;
  if (kind === 'means') return `the ${what} now names the means`;
  return `the ${what} now says in what manner`;
}

function claimSide(ctx: Ctx, dropped: boolean): Finding[] {
  const own = dropped ? ctx.base : ctx.reading;
  const other = dropped ? ctx.reading : ctx.base;
  const claimed = dropped ? ctx.claimedB : ctx.claimedR;
  const th = ctx.lex.thresholds;
  const out: Finding[] = [];
  for (const p of qualifierPhrases(own, ctx.lex)) {
    let free = true;
    for (let i = p.start; i < p.end && free; i++) free = !claimed[i];
    if (!free) continue;
    const m = missing(own, p, other);
    if (m.count < th.qualifierMinContent || m.share < th.qualifierMissing) continue;
    claimed.fill(1, p.start, p.end);
    const f = frameAt(own, p.start);
    const negated = f ? f.negs.length > 0 : null;
    const phrase = own.tokens.slice(p.start, p.end);
    const label = LABEL[p.kind] ?? p.kind;
    const txt = phrase.map((t, k) => (k === 0 ? '' : t.space) + t.t).join('');
    out.push({
      type: dropped ? 'qualifier-dropped' : 'qualifier-added',
      b: dropped ? [p.start, p.end] : null,
      r: dropped ? null : [p.start, p.end],
      at: dropped ? p.start : insertionPoint(ctx, p.start),
      explanation: `${label} ${dropped ? 'dropped' : 'added'}: ${q(txt)} — ${consequence(p.kind, dropped, negated)}`,
    });
  }
  return out;
}

/** Base position for sorting an added phrase: the base token aligned just before it. */
function insertionPoint(ctx: Ctx, r: number): number {
  for (const op of ctx.ops) {
    if (r >= op.readingSpan[0] && r < op.readingSpan[1]) {
      return op.op === 'equal' ? op.baseSpan[0] + (r - op.readingSpan[0]) : op.baseSpan[0];
    }
  }
  return ctx.base.tokens.length;
}

export const qualifier: Classifier = {
  name: 'qualifier',
  claim(ctx) {
    return [...claimSide(ctx, true), ...claimSide(ctx, false)];
  },
};
