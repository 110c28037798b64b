/**
 * The fallback: `lexical` (content words replaced: "impair" → "destroy"), `omission` (content
 * dropped, or any words dropped with nothing in their place) and `addition` (likewise). Always returns a finding.
 */
import { type Classifier, change, finding, len, q, text } from '../context.js';
import { contentCount } from '../side.js';

export const content: Classifier = {
  name: 'content',
  classify(c, ctx) {
    if (c.deontic) return finding(c, 'lexical', `modal or negation wording changed, same force: ${change(ctx, c)}`);
    const cb = contentCount(ctx.base, c.b[0], c.b[1]);
    const cr = contentCount(ctx.reading, c.r[0], c.r[1]);
    // one side empty: an omission or addition even without content words ("they should do it")
    if ((cb > 0 && cr === 0) || (len(c.r) === 0 && len(c.b) > 0)) {
      const r = text(ctx.reading, c.r);
      return finding(c, 'omission', `omitted: ${q(text(ctx.base, c.b))}${r ? ` (the witness reads only ${q(r)})` : ''}`);
    }
    if ((cr > 0 && cb === 0) || (len(c.b) === 0 && len(c.r) > 0)) {
      const b = text(ctx.base, c.b);
      return finding(c, 'addition', `added: ${q(text(ctx.reading, c.r))}${b ? ` (in place of ${q(b)})` : ''}`);
    }
    return finding(c, 'lexical', `wording changed: ${change(ctx, c)}`);
  },
};
