/**
 * A hedge put before the act ("Decides to convene" → "Decides to consider convening", "should
 * share" → "should consider sharing"): the act is now only to be considered — `modality`, weakened
 * (strengthened the other way round). Hedging verbs are listed in lexicons/modality.yaml `hedges`.
 * Only a change made of the act on one side and the hedge with the same act on the other is judged,
 * or the hedge alone on one side before the act both sides read ("should consider how best to
 * cooperate" → "should cooperate").
 */
import type { Span } from '../../types.js';
import { type Classifier, type Finding, finding, len, q, text } from '../context.js';
import type { Side } from '../side.js';

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
function hedgeBefore(side: Side, s: Span, other: Side, at: number, hedges: ReadonlySet<string>, words0: ReadonlySet<string>): string | null {
  const T = side.tokens;
  const first = T[s[0]];
  const next = T[s[1]];
  const same = other.tokens[at];
  if (!hedges.has(first.lemma) || first.pos !== 'VERB' || !next || next.pos !== 'VERB' || !same || same.stem !== next.stem) return null;
  // (the act governed by the hedge through its "to": not another act coordinated, "consider and cooperate")
  if (s[1] - s[0] < 2 || T[s[1] - 1].n !== 'to') return null;
  for (let k = s[0] + 1; k < s[1]; k++) {
    const t = T[k];
    if (t.punct || t.pos === 'CCONJ' || (side.content[k] && t.pos !== 'ADV' && !words0.has(t.lemma) && !words0.has(t.n))) return null;
  }
  return first.lemma;
}

export const hedge: Classifier = {
  name: 'hedge',
  classify(c, ctx) {
    const hedges = ctx.lex.hedges;
    if (c.deontic || hedges.size === 0 || len(c.b) + len(c.r) === 0) return null;
    const words0 = ctx.lex.hedgeWords;
    if (len(c.b) === 0 || len(c.r) === 0) {
      const fromBase = len(c.b) > 0;
      const h = fromBase ? hedgeBefore(ctx.base, c.b, ctx.reading, c.r[0], hedges, words0) : hedgeBefore(ctx.reading, c.r, ctx.base, c.b[0], hedges, words0);
      if (!h) return null;
      const f: Finding = fromBase
        ? finding(c, 'modality', `hedge dropped: ${q(text(ctx.base, c.b))} omitted — the act, only to be considered ('${h}'), is now to be done`, 'strengthened')
        : finding(c, 'modality', `hedged: ${q(text(ctx.reading, c.r))} added — the act is now only to be considered ('${h}')`, 'weakened');
      f.whole = true;
      return f;
    }
    const b = act(ctx.base, c.b, hedges, words0);
    const r = act(ctx.reading, c.r, hedges, words0);
    if (!b || !r || b.verb !== r.verb || !!b.hedge === !!r.hedge) return null;
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
    return f;
  },
};
