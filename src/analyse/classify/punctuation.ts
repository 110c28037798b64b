/** `punctuation`: only punctuation differs ("," added, ";" → ","). */
import { type Classifier, change, finding, len } from '../context.js';

export const punctuation: Classifier = {
  name: 'punctuation',
  classify(c, ctx) {
    if (len(c.b) + len(c.r) === 0) return null;
    for (let i = c.b[0]; i < c.b[1]; i++) if (!ctx.base.tokens[i].punct) return null;
    for (let i = c.r[0]; i < c.r[1]; i++) if (!ctx.reading.tokens[i].punct) return null;
    return finding(c, 'punctuation', `punctuation: ${change(ctx, c)}`);
  },
};
