/**
 * `case`: the same words with other capitals ("Governments" → "governments"). Alignment compares
 * normalised (lower-case) forms, so such words are aligned as equal: this classifier claims them
 * from the equal ops, comparing the letters of the transcriptions (quote and dash styles are folded
 * by normalisation and never make a variant).
 */
import type { Token } from '../../types.js';
import { type Classifier, type Finding, q, text } from '../context.js';

function letters(t: Token): string {
  return t.t.replace(/[^\p{L}\p{N}]/gu, '');
}

/** Same letters and digits (identical transcriptions need no comparison). */
function sameLetters(a: Token, b: Token): boolean {
  return a.t === b.t || letters(a) === letters(b);
}

export const caseClassifier: Classifier = {
  name: 'case',
  claim(ctx) {
    const out: Finding[] = [];
    const B = ctx.base.tokens;
    const R = ctx.reading.tokens;
    for (const op of ctx.ops) {
      if (op.op !== 'equal') continue;
      const n = op.baseSpan[1] - op.baseSpan[0];
      let k = 0;
      while (k < n) {
        const bi = op.baseSpan[0] + k;
        const ri = op.readingSpan[0] + k;
        if (sameLetters(B[bi], R[ri])) {
          k++;
          continue;
        }
        let e = k + 1;
        while (e < n && !sameLetters(B[op.baseSpan[0] + e], R[op.readingSpan[0] + e])) e++;
        const b: [number, number] = [bi, op.baseSpan[0] + e];
        const r: [number, number] = [ri, op.readingSpan[0] + e];
        out.push({ type: 'case', b, r, at: bi, explanation: `case: ${q(text(ctx.base, b))} → ${q(text(ctx.reading, r))}` });
        k = e;
      }
    }
    return out;
  },
};
