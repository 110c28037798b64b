/**
 * `negation`: the polarity flips — one side of a deontic change is negated, the other is not
 * ("should not request" → "should request", "with" → "without"). Negators come from
 * lexicons/negation.yaml. Only deontic candidates (the marker clusters cut out by the modality
 * split, or a change made only of markers and function words) are judged, so dropping a whole
 * negated clause is an omission, not a flip.
 */
import { type Classifier, change, finding } from '../context.js';
import { frameAt } from '../side.js';

export const negation: Classifier = {
  name: 'negation',
  classify(c, ctx) {
    if (!c.deontic) return null;
    let nb = 0;
    let nr = 0;
    for (let i = c.b[0]; i < c.b[1]; i++) if (ctx.base.neg[i]) nb++;
    for (let j = c.r[0]; j < c.r[1]; j++) if (ctx.reading.neg[j]) nr++;
    if (nb > 0 === nr > 0) return null;
    // the side without a negator in the change may still be negated by its frame ("not" kept, verb changed)
    const other = nb > 0 ? frameAt(ctx.reading, c.r[0]) : frameAt(ctx.base, c.b[0]);
    if (other && other.negs.length > 0 && (nb > 0 ? other.negs.some((k) => k < c.r[0] || k >= c.r[1]) : other.negs.some((k) => k < c.b[0] || k >= c.b[1]))) {
      return null;
    }
    const f = nb > 0 ? frameAt(ctx.base, c.b[0]) : frameAt(ctx.reading, c.r[0]);
    const what = f && f.auxWord ? (nb > 0 ? 'a prohibition becomes an obligation' : 'an obligation becomes a prohibition') : nb > 0 ? 'a negative statement becomes positive' : 'a positive statement becomes negative';
    return finding(c, 'negation', `polarity reversed: ${change(ctx, c)} — ${what}`);
  },
};
