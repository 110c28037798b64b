/**
 * A hedge put before the act ("Decides to convene" → "Decides to consider convening", "should
 * share" → "should consider sharing"): the act is now only to be considered — `modality`, weakened
 * (strengthened the other way round). Hedging verbs are listed in lexicons/modality.yaml `hedges`.
 * Only a change made of the act on one side and the hedge with the same act on the other is judged.
 */
import type { Span } from '../../types.js';
import { type Classifier, type Finding, finding, len, q, text } from '../context.js';
import type { Side } from '../side.js';

/** The act of a span: one verb, alone or after a hedge ("consider sharing", "explore the possibility of sharing"). */
function act(side: Side, s: Span, hedges: ReadonlySet<string>): { verb: string; hedge: string | null } | null {
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
  for (let k = 1; k < words.length - 1; k++) if (side.content[words[k]] && T[words[k]].lemma !== 'possibility') return null;
  return { verb: last.stem, hedge: first.lemma };
}

export const hedge: Classifier = {
  name: 'hedge',
  classify(c, ctx) {
    if (c.deontic || len(c.b) === 0 || len(c.r) === 0) return null;
    const hedges = ctx.lex.hedges;
    if (hedges.size === 0) return null;
    const b = act(ctx.base, c.b, hedges);
    const r = act(ctx.reading, c.r, hedges);
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
