/** `punctuation`: only punctuation differs ("," added, ";" → ","). */
import { type Candidate, type Classifier, type Ctx, change, finding, len } from '../context.js';

/**
 * Punctuation at the edge of words a witness leaves out or adds, when those words are only grammar
 * (", which has a" → ""): the marks are their own variant, as an apparatus records them. Words with
 * content keep their commas (", or use the data to conduct …" is one omission).
 */
function splitEdges(c: Candidate, ctx: Ctx): Candidate[] | null {
  if ((len(c.b) === 0) === (len(c.r) === 0)) return null;
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
  while (a < s1 && side.tokens[a].punct) a++;
  let z = s1;
  while (z > a && side.tokens[z - 1].punct) z--;
  if (a === s0 && z === s1) return null;
  const at = onBase ? c.r[0] : c.b[0];
  const piece = (x: number, y: number): Candidate => (onBase ? { b: [x, y], r: [at, at] } : { b: [at, at], r: [x, y] });
  return [piece(s0, a), piece(a, z), piece(z, s1)].filter((p) => len(p.b) + len(p.r) > 0);
}

export const punctuation: Classifier = {
  name: 'punctuation',
  split: splitEdges,
  classify(c, ctx) {
    if (len(c.b) + len(c.r) === 0) return null;
    for (let i = c.b[0]; i < c.b[1]; i++) if (!ctx.base.tokens[i].punct) return null;
    for (let i = c.r[0]; i < c.r[1]; i++) if (!ctx.reading.tokens[i].punct) return null;
    return finding(c, 'punctuation', `punctuation: ${change(ctx, c)}`);
  },
};
