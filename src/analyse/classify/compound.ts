/**
 * `compound`: a compound written open, hyphenated or closed ("back doors" → "backdoors",
 * "e-mail" → "email", "cyber security" → "cybersecurity"): the same letters once spaces and hyphens
 * are removed (compared on the forms, then on the lemmas, so "back door" → "backdoors" also counts).
 */
import type { Token } from '../../types.js';
import { type Classifier, change, finding, len } from '../context.js';

/** The words of a run without hyphen tokens, or null if other punctuation is in it. */
function words(tokens: readonly Token[], key: 'n' | 'lemma'): string[] | null {
  const out: string[] = [];
  for (const t of tokens) {
    if (t.punct) {
      if (t.n === '-') continue;
      return null;
    }
    out.push(t[key]);
  }
  return out;
}

/** Same letters once spaces and hyphens are removed, but cut into words differently. */
function sameCompound(b: string[] | null, r: string[] | null): boolean {
  if (!b || !r || b.length === 0 || r.length === 0) return false;
  const sb = b.join('').replace(/-/g, '');
  if (sb !== r.join('').replace(/-/g, '')) return false;
  return b.length !== r.length || b.some((w, i) => w !== r[i]);
}

export const compound: Classifier = {
  name: 'compound',
  classify(c, ctx) {
    if (len(c.b) === 0 || len(c.r) === 0) return null;
    const B = ctx.base.tokens.slice(c.b[0], c.b[1]);
    const R = ctx.reading.tokens.slice(c.r[0], c.r[1]);
    const byForm = sameCompound(words(B, 'n'), words(R, 'n'));
    // on lemmas only when the cut differs ("back door" → "backdoors"), not for a plural alone
    const lb = words(B, 'lemma');
    const lr = words(R, 'lemma');
    const byLemma = !!lb && !!lr && lb.length !== lr.length && sameCompound(lb, lr);
    if (byForm || byLemma) {
      return finding(c, 'compound', `compound written differently: ${change(ctx, c)}`);
    }
    return null;
  },
};
