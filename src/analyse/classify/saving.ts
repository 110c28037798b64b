/**
 * A saving clause restated as the permission it saves: "This paragraph is without prejudice to the
 * right of a regulatory body to require such access" → "Regulators may still require such access".
 * "without prejudice to the right of X to do Y" means that X may still do Y (negation.yaml
 * `saving-formulas`): no polarity changes (the formula's negator is none, side.ts), and the
 * infinitive "to" of the right saved is no unmodalised statement to be hedged into "may". The base's
 * words from the start of its sentence to that "to" against the witness's words that stand in their
 * place, ending in a permission's auxiliary ("may", "can"), are one `lexical` restatement, claimed
 * whole before the splits, so that neither the subject ("This paragraph" → "Regulators") nor "to" →
 * "may" is judged on its own. A restricting word that opens the witness's words ("Only courts may")
 * (modality.yaml `directive-downtoners`: "only", "solely") is left out of the claim: it is a change
 * of its own (qualifier.ts).
 */
import type { Span, Token } from '../../types.js';
import { type Candidate, type Classifier, type Ctx, type Finding, q, text, unclaimed } from '../context.js';
import { type Lexicons, openingWords } from '../lexicon.js';

/** Longest run from the formula to the right's word, and from that word to its infinitive "to", in tokens. */
const MAX_GAP = 8;

/**
 * The span from its sentence start to the "to" of the right a saving formula starting at token i
 * saves ("This paragraph is without prejudice to the right of courts to"), or null.
 */
export function savedRight(T: readonly Token[], lex: Lexicons, i: number): Span | null {
  const open = openingWords(lex.savingFormulas);
  if (open && (T[i] === undefined || !open.has(T[i].n))) return null;
  const w = lex.savingFormulas.find((ws) => ws.every((x, k) => T[i + k]?.n === x));
  if (!w) return null;
  const s = T[i].sentence;
  let r = -1;
  for (let k = i + w.length; k < T.length && k - i <= MAX_GAP && T[k].sentence === s; k++) {
    if (lex.rights.has(T[k].n) || lex.rights.has(T[k].lemma)) {
      r = k;
      break;
    }
  }
  if (r < 0) return null;
  for (let k = r + 1; k + 1 < T.length && k - r <= MAX_GAP && T[k].sentence === s; k++) {
    if (T[k].punct) return null;
    if (T[k].n === 'to' && T[k + 1].pos === 'VERB') {
      let a = i;
      while (a > 0 && T[a - 1].sentence === s) a--;
      return [a, k + 1];
    }
  }
  return null;
}

/** Does the reading span hold the auxiliary of a permission (strength 1, not negated)? */
function permissionIn(ctx: Ctx, s: Span): boolean {
  const R = ctx.reading;
  for (let j = s[0]; j < s[1]; j++) {
    const f = R.marker[j] >= 0 ? R.frames[R.marker[j]] : null;
    if (f?.aux && j >= f.aux[0] && j < f.aux[1] && f.auxStrength === 1 && f.negs.length === 0) return true;
  }
  return false;
}

export const saving: Classifier = {
  name: 'saving',
  claim(ctx: Ctx, edits: readonly Candidate[]): Finding[] {
    const out: Finding[] = [];
    if (ctx.lex.savingFormulas.length === 0) return out;
    for (let i = 0; i < ctx.base.tokens.length; i++) {
      const S = savedRight(ctx.base.tokens, ctx.lex, i);
      if (!S) continue;
      // (the changes over the formula: the last one ends on the "to", every one unclaimed)
      const over = edits.filter((e) => e.b[0] < S[1] && e.b[1] > S[0]);
      if (over.length === 0 || over[over.length - 1].b[1] !== S[1] || over[0].b[0] !== S[0]) continue;
      if (over.some((e) => !unclaimed(ctx.claimedB, e.b) || !unclaimed(ctx.claimedR, e.r))) continue;
      let r0 = over[0].r[0];
      const r1 = over[over.length - 1].r[1];
      if (r1 <= r0 || !permissionIn(ctx, [r0, r1])) continue;
      // ("Only courts may": the restriction is the witness's own change)
      while (r0 < r1 && ctx.lex.directiveDowntoners.has(ctx.reading.tokens[r0].n)) r0++;
      const R: Span = [r0, r1];
      ctx.claimedB.fill(1, S[0], S[1]);
      ctx.claimedR.fill(1, R[0], R[1]);
      out.push({
        type: 'lexical',
        b: S,
        r: R,
        explanation: `wording changed: ${q(text(ctx.base, S))} → ${q(text(ctx.reading, R))} — a saving clause restated as the permission it saves ("without prejudice to the right of X to" is "X may still"): the same sense, no change of polarity or force`,
      });
      i = S[1] - 1;
    }
    return out;
  },
};
