/**
 * A hedge put before the act ("Decides to convene" → "Decides to consider convening", "should
 * share" → "should consider sharing"): the act is now only to be considered — `modality`, weakened
 * (strengthened the other way round). Hedging verbs are listed in lexicons/modality.yaml `hedges`.
 * Only a change made of the act on one side and the hedge with the same act on the other is judged,
 * or the hedge alone on one side before the act both sides read ("should consider how best to
 * cooperate" → "should cooperate").
 */
import type { Span } from '../../types.js';
import { type Candidate, type Classifier, type Ctx, type Finding, finding, len, q, text, oriented } from '../context.js';
import { type Side, frameAt, isClausePunct } from '../side.js';

/** Longest phrase (tokens) between a hedge and its act, set off by a claim or kept in place ("consider, on a voluntary basis, implementing"). */
const MAX_BETWEEN = 12;

/** The hedge's lemma of each finding this classifier made (negation.ts foldHedgeIntoRefusal reads it). */
export const HEDGES = new WeakMap<Finding, string>();

/**
 * The first token at or after `from` past the phrase between a hedge and its act: tokens a claim took
 * (a qualifier dropped), or a phrase set off by commas (", as a matter of priority,"), at most
 * MAX_BETWEEN tokens in the hedge's sentence; `from` when there is none.
 */
function pastPhrase(side: Side, from: number, claimed: Uint8Array): number {
  const T = side.tokens;
  const sentence = T[from - 1].sentence;
  let j = from;
  while (j < T.length && j - from <= MAX_BETWEEN && T[j].sentence === sentence && claimed[j]) j++;
  if (j === from && T[j]?.n === ',') {
    let k = j + 1;
    while (k < T.length && k - from <= MAX_BETWEEN && T[k].sentence === sentence && !isClausePunct(T[k])) k++;
    if (T[k]?.n === ',' && k - from <= MAX_BETWEEN && k > j + 1) j = k + 1;
  }
  return j;
}

/**
 * A hedge alone with a phrase set off by commas after it, dropped or added together before the act
 * both sides read ("consider, as a matter of priority, establishing" → "establish"): the hedge is its
 * own piece (a change of force), the phrase another (judged on its own: an omission, a condition).
 */
function splitHedge(c: Candidate, ctx: Ctx): Candidate[] | null {
  if (c.deontic || ctx.lex.hedges.size === 0 || len(c.b) + len(c.r) === 0) return null;
  // (either way: four words or more on one side, at most one on the other)
  if (!(len(c.b) >= 4 && len(c.r) <= 1) && !(len(c.r) >= 4 && len(c.b) <= 1)) return null;
  for (const fromBase of [true, false]) {
    const [X, xs, Y, ys, cl] = fromBase ? [ctx.base, c.b, ctx.reading, c.r, ctx.claimedB] : [ctx.reading, c.r, ctx.base, c.b, ctx.claimedR];
    if (len(xs) < 4 || len(ys) > 1 || X.tokens[xs[0] + 1].n !== ',') continue;
    // (with the act on both sides or not: "consider, X, establishing" → "establish", or → "")
    const p = pastPhrase(X, xs[0] + 1, cl);
    if (p !== xs[1] - len(ys) || X.tokens[p - 1].n !== ',') continue;
    if (!hedgeBefore(X, [xs[0], xs[0] + 1], Y, ys[0], ctx.lex.hedges, ctx.lex.hedgeWords, cl)) continue;
    const pieces: [Span, Span][] = [
      [[xs[0], xs[0] + 1], [ys[0], ys[0]]],
      [[xs[0] + 1, p], [ys[0], ys[0]]],
    ];
    if (len(ys) > 0) pieces.push([[p, xs[1]], ys]);
    return pieces.map(([x, y]) => (fromBase ? { b: x, r: y } : { b: y, r: x }));
  }
  return null;
}

/** The act of a span: one verb, alone or after a hedge ("consider sharing", "explore the possibility of sharing"). */
function act(side: Side, s: Span, hedges: ReadonlySet<string>, words0: ReadonlySet<string>): { verb: string; hedge: string | null } | null {
  const T = side.tokens;
  const words = [];
  for (let i = s[0]; i < s[1]; i++) if (!T[i].punct) words.push(i);
  if (words.length === 0) return null;
  const last = T[words[words.length - 1]];
  // the act: a verb, or a gerund the tagger reads as a noun ("consider sharing data"); compared on stems
  if (last.pos !== 'VERB' && !(last.n.endsWith('ing') && words.length > 1)) return null;
  if (words.length === 1) return { verb: last.stem, hedge: null };
  // the act as an infinitive ("is encouraged to withdraw" against "should consider withdrawing")
  if (words.length === 2 && T[words[0]].n === 'to' && last.pos === 'VERB') return { verb: last.stem, hedge: null };
  const first = T[words[0]];
  if (!hedges.has(first.lemma)) return null;
  // between hedge and act only function words ("the possibility of", "whether to")
  for (let k = 1; k < words.length - 1; k++) if (side.content[words[k]] && !words0.has(T[words[k]].lemma) && !words0.has(T[words[k]].n)) return null;
  return { verb: last.stem, hedge: first.lemma };
}

/**
 * A hedge alone on one side, before the act the two sides read alike ("should consider how best to
 * cooperate" → "should cooperate"): the span opens with a hedging verb, then only function words,
 * adverbs and `hedge-words` up to the "to" of the act, and the verb right after it is the verb the other side reads at the same place
 * (compared on stems). The hedge's lemma, or null.
 */
function hedgeBefore(side: Side, s: Span, other: Side, at: number, hedges: ReadonlySet<string>, words0: ReadonlySet<string>, claimed: Uint8Array): string | null {
  const T = side.tokens;
  const first = T[s[0]];
  const same = other.tokens[at];
  if (!hedges.has(first.lemma) || first.pos !== 'VERB' || !same) return null;
  // the hedge alone before its act as a gerund, with a phrase between them that a claim took
  // ("consider, on a voluntary basis, implementing" → "implement": the phrase a qualifier dropped)
  if (s[1] - s[0] === 1) {
    const j = pastPhrase(side, s[1], claimed);
    const act = T[j];
    // (the other side's act a verb, a gerund, or the word after an infinitive's "to" the tagger
    // reads as a noun: "(b) To review their laws" → "(b) To consider reviewing their laws")
    const prev = other.tokens[at - 1];
    const infinitive = !!prev && prev.n === 'to' && prev.pos === 'PART' && prev.sentence === same.sentence;
    return act && !claimed[j] && act.sentence === first.sentence && act.n.endsWith('ing') && act.stem === same.stem && (same.pos === 'VERB' || same.n.endsWith('ing') || infinitive) ? first.lemma : null;
  }
  const next = T[s[1]];
  if (!next || next.pos !== 'VERB' || same.stem !== next.stem) return null;
  // (the act governed by the hedge through its "to": not another act coordinated, "consider and cooperate")
  if (T[s[1] - 1].n !== 'to') return null;
  for (let k = s[0] + 1; k < s[1]; k++) {
    const t = T[k];
    if (t.punct || t.pos === 'CCONJ' || (side.content[k] && t.pos !== 'ADV' && !words0.has(t.lemma) && !words0.has(t.n))) return null;
  }
  return first.lemma;
}

/**
 * The hedge dropped (or added) while the act takes its place before a phrase both sides keep ("to
 * consider, on a voluntary basis, implementing the norms" → "to implement, on a voluntary basis, the
 * norms"): the alignment reads the hedge against the act ("consider" → "implement") and the gerund
 * after the phrase as dropped. One change of force over the hedge, the phrase and the gerund — the
 * act is the same, only no longer to be considered — not a lexical change and an omission. On one
 * side the hedge alone (a verb of `hedges`) and, after the phrase aligned equal (at most
 * MAX_BETWEEN tokens, one sentence), the act as a gerund at the start of a change that reads nothing
 * on the other side; on the other side the act, one verb of the same stem, in the hedge's place.
 */
function hedgeOverPhrase(ctx: Ctx): Finding[] {
  const out: Finding[] = [];
  const { ops, base, reading, lex } = ctx;
  for (let i = 0; i + 2 < ops.length; i++) {
    const a = ops[i];
    const mid = ops[i + 1];
    const c = ops[i + 2];
    if (a.op === 'equal' || mid.op !== 'equal' || c.op === 'equal' || len(mid.baseSpan) > MAX_BETWEEN) continue;
    // (either way: one word for one before the phrase, words on one side only after it)
    if (len(a.baseSpan) !== 1 || len(a.readingSpan) !== 1 || (len(c.baseSpan) === 0) === (len(c.readingSpan) === 0)) continue;
    for (const fromBase of [true, false]) {
      // X: the side with the hedge; Y: the side with the bare act
      const [X, Y, xa, ya, xc, yc, clX, clY] = fromBase
        ? [base, reading, a.baseSpan, a.readingSpan, c.baseSpan, c.readingSpan, ctx.claimedB, ctx.claimedR]
        : [reading, base, a.readingSpan, a.baseSpan, c.readingSpan, c.baseSpan, ctx.claimedR, ctx.claimedB];
      if (len(xa) !== 1 || len(ya) !== 1 || len(yc) !== 0 || len(xc) === 0) continue;
      const h = X.tokens[xa[0]];
      const v = Y.tokens[ya[0]];
      const g = X.tokens[xc[0]];
      if (!lex.hedges.has(h.lemma) || h.pos !== 'VERB' || v.pos !== 'VERB' || !g.n.endsWith('ing') || g.stem !== v.stem) continue;
      if (g.sentence !== h.sentence || clX[xa[0]] || clX[xc[0]] || clY[ya[0]]) continue;
      clX[xa[0]] = 1;
      clX[xc[0]] = 1;
      clY[ya[0]] = 1;
      // the hedge's side: the hedge, the phrase and the gerund; the act's side: the act and the phrase
      const xs: Span = [xa[0], xc[0] + 1];
      const ys: Span = [ya[0], yc[0]];
      const [b, r] = oriented(fromBase, xs, ys);
      const f = finding(
        { b, r },
        'modality',
        fromBase
          ? `hedge dropped: ${q(text(base, b))} → ${q(text(reading, r))} — the act, only to be considered ('${h.lemma}'), is now to be done (the phrase between kept)`
          : `hedged: ${q(text(base, b))} → ${q(text(reading, r))} — the act is now only to be considered ('${h.lemma}') (the phrase between kept)`,
        fromBase ? 'strengthened' : 'weakened',
      );
      f.whole = true;
      HEDGES.set(f, h.lemma);
      out.push(f);
      break;
    }
  }
  return out;
}

/** Is the token a verb that commits only to deliberate (modality.yaml `hedges`, `deliberative`)? */
function deliberates(t: { lemma: string; n: string }, lex: Ctx['lex']): boolean {
  return lex.hedges.has(t.lemma) || lex.hedges.has(t.n) || lex.deliberative.has(t.lemma) || lex.deliberative.has(t.n);
}

/**
 * A hedge with a noun for its object replaced by the act ("will consider legislation to regulate" →
 * "will introduce legislation to regulate", or the act named by the verb of the noun: → "will
 * legislate to regulate"): a commitment to consider is the weakest form of commitment, to act a firm
 * undertaking — `modality`, strengthened (weakened the other way round), one change over the hedge
 * and, when the verb names it, the noun. On one side a verb of `hedges` under an auxiliary in force
 * (not negated), on the other, in its place, one verb under an auxiliary too that neither deliberates
 * (`hedges`, `deliberative`: "consider" → "discuss" is wording) nor is a listed antonym ("consider" →
 * "oppose" is no commitment to act); then either the same words on both sides (the object kept), or
 * on the hedge's side alone one noun of the act's stem ("legislation" / "legislate").
 */
function hedgedObject(ctx: Ctx): Finding[] {
  const out: Finding[] = [];
  const { ops, base, reading, lex } = ctx;
  for (let i = 0; i + 1 < ops.length; i++) {
    const a = ops[i];
    if (a.op === 'equal' || len(a.baseSpan) + len(a.readingSpan) > 3 || len(a.baseSpan) === 0 || len(a.readingSpan) === 0) continue;
    const next = ops[i + 1];
    for (const fromBase of [true, false]) {
      const [X, Y, xa0, ya, clX, clY] = fromBase
        ? [base, reading, a.baseSpan, a.readingSpan, ctx.claimedB, ctx.claimedR]
        : [reading, base, a.readingSpan, a.baseSpan, ctx.claimedR, ctx.claimedB];
      if (len(ya) !== 1) continue;
      // (the hedge and its noun read against the act in one change: "consider legislation" → "legislate")
      const xa: Span = [xa0[0], xa0[0] + 1];
      const h = X.tokens[xa[0]];
      const v = Y.tokens[ya[0]];
      if (!lex.hedges.has(h.lemma) || h.pos !== 'VERB' || v.pos !== 'VERB' || deliberates(v, lex) || lex.antonyms.has(v.lemma)) continue;
      if (clX[xa[0]] || clY[ya[0]] || X.marker[xa[0]] >= 0 || Y.marker[ya[0]] >= 0) continue;
      const fx = frameAt(X, xa[0]);
      const fy = frameAt(Y, ya[0]);
      if (!fx?.auxWord || !fy?.auxWord || fx.negs.length > 0 || fy.negs.length > 0 || fx.verb || fy.verb) continue;
      // the hedge's own object: a noun, kept on both sides or named by the act on the other
      let xEnd = xa[1];
      const ofAct = (k: number) => {
        const noun = X.tokens[k];
        const m = Math.min(noun.stem.length, v.stem.length);
        return noun.pos === 'NOUN' && !clX[k] && m >= 4 && noun.stem.slice(0, m) === v.stem.slice(0, m);
      };
      if (len(xa0) === 2) {
        if (!ofAct(xa0[0] + 1)) continue;
        xEnd = xa0[1];
        clX[xa0[0] + 1] = 1;
      } else if (next.op === 'equal') {
        if (X.tokens[xa[1]]?.pos === 'VERB' || X.tokens[xa[1]]?.n.endsWith('ing')) continue; // "consider sharing": hedgeBefore's case
      } else {
        const [xn, yn] = oriented(fromBase, next.baseSpan, next.readingSpan);
        if (len(xn) !== 1 || len(yn) !== 0 || !ofAct(xn[0])) continue;
        xEnd = xn[1];
        clX[xn[0]] = 1;
      }
      clX[xa[0]] = 1;
      clY[ya[0]] = 1;
      const xs: Span = [xa[0], xEnd];
      const [b, r] = oriented(fromBase, xs, ya);
      const f = finding(
        { b, r },
        'modality',
        fromBase
          ? `hedge dropped: ${q(text(base, b))} → ${q(text(reading, r))} — a commitment to consider ('${h.lemma}') made a commitment to act`
          : `hedged: ${q(text(base, b))} → ${q(text(reading, r))} — a commitment to act made one only to consider ('${h.lemma}')`,
        fromBase ? 'strengthened' : 'weakened',
      );
      f.whole = true;
      HEDGES.set(f, h.lemma);
      out.push(f);
      break;
    }
  }
  return out;
}

export const hedge: Classifier = {
  name: 'hedge',
  claim: (ctx) => (ctx.lex.hedges.size > 0 ? [...hedgeOverPhrase(ctx), ...hedgedObject(ctx)] : []),
  split: splitHedge,
  classify(c, ctx) {
    const hedges = ctx.lex.hedges;
    if (c.deontic || hedges.size === 0 || len(c.b) + len(c.r) === 0) return null;
    const words0 = ctx.lex.hedgeWords;
    if (len(c.b) === 0 || len(c.r) === 0) {
      const fromBase = len(c.b) > 0;
      const h = fromBase ? hedgeBefore(ctx.base, c.b, ctx.reading, c.r[0], hedges, words0, ctx.claimedB) : hedgeBefore(ctx.reading, c.r, ctx.base, c.b[0], hedges, words0, ctx.claimedR);
      if (!h) return null;
      const f: Finding = fromBase
        ? finding(c, 'modality', `hedge dropped: ${q(text(ctx.base, c.b))} omitted — the act, only to be considered ('${h}'), is now to be done`, 'strengthened')
        : finding(c, 'modality', `hedged: ${q(text(ctx.reading, c.r))} added — the act is now only to be considered ('${h}')`, 'weakened');
      f.whole = true;
      HEDGES.set(f, h);
      return f;
    }
    const b = act(ctx.base, c.b, hedges, words0);
    if (!b) return null;
    const r = act(ctx.reading, c.r, hedges, words0);
    if (!r || b.verb !== r.verb || !!b.hedge === !!r.hedge) return null;
    const d = r.hedge ? 'weakened' : 'strengthened';
    const f: Finding = finding(
      c,
      'modality',
      r.hedge
        ? `hedged: ${q(text(ctx.base, c.b))} → ${q(text(ctx.reading, c.r))} — the act is now only to be considered ('${r.hedge}')`
        : `hedge dropped: ${q(text(ctx.base, c.b))} → ${q(text(ctx.reading, c.r))} — the act, only to be considered ('${b.hedge}'), is now to be done`,
      d,
    );
    f.whole = true;
    HEDGES.set(f, (b.hedge ?? r.hedge)!);
    return f;
  },
};
