/**
 * `grammatical`: articles, number, inflection and function words that do not change the meaning
 * ("developments in the" → "development of", ", which has a bearing on" → " bearing on",
 * "call upon" → "call on", "or" → ","). Every content word on one side must pair with a content
 * word of the same lemma (or stem) on the other; everything else must be a function word or
 * punctuation. Negators and modal auxiliaries are never function words, so "should" → "must" or
 * "not" → "" never lands here.
 */
import type { Span } from '../../types.js';
import { type Classifier, type Ctx, change, finding, len } from '../context.js';

const ARTICLES = new Set(['a', 'an', 'the']);

/** The reasons a change is grammatical ("number", "article", "function words"), or null. */
export function grammaticalReasons(ctx: Ctx, b: Span, r: Span): string[] | null {
  if (len(b) + len(r) === 0) return null;
  const B = ctx.base;
  const R = ctx.reading;
  const rContent: number[] = [];
  let fnChanged = false;
  let articlesOnly = true;
  let punct = false;
  const other = (side: typeof B, i: number): boolean | null => {
    const t = side.tokens[i];
    if (t.punct) {
      punct = true;
      return true;
    }
    if (side.fn[i]) {
      fnChanged = true;
      if (!ARTICLES.has(t.n)) articlesOnly = false;
      return true;
    }
    return side.content[i] ? false : null; // null: negator or modal auxiliary
  };
  for (let j = r[0]; j < r[1]; j++) {
    const o = other(R, j);
    if (o === null) return null;
    if (o === false) rContent.push(j);
  }
  const used = new Uint8Array(rContent.length);
  let inflected = false;
  for (let i = b[0]; i < b[1]; i++) {
    const o = other(B, i);
    if (o === null) return null;
    if (o === true) continue;
    const bt = B.tokens[i];
    let hit = -1;
    for (let k = 0; k < rContent.length && hit < 0; k++) if (!used[k] && R.tokens[rContent[k]].lemma === bt.lemma) hit = k;
    for (let k = 0; k < rContent.length && hit < 0; k++) if (!used[k] && R.tokens[rContent[k]].stem === bt.stem) hit = k;
    if (hit < 0) return null;
    used[hit] = 1;
    if (R.tokens[rContent[hit]].n !== bt.n) inflected = true;
  }
  for (let k = 0; k < used.length; k++) if (!used[k]) return null;
  const reasons: string[] = [];
  if (inflected) reasons.push('number or inflection');
  if (fnChanged) reasons.push(articlesOnly ? 'article' : 'function words');
  if (punct) reasons.push('punctuation');
  return reasons.length ? reasons : null;
}

export const grammatical: Classifier = {
  name: 'grammatical',
  classify(c, ctx) {
    const reasons = grammaticalReasons(ctx, c.b, c.r);
    if (!reasons) return null;
    return finding(c, 'grammatical', `grammatical (${reasons.join(', ')}): ${change(ctx, c)}`);
  },
};
