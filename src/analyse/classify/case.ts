/**
 * `case`: the same words with other capitals ("Governments" → "governments"). Alignment compares
 * normalised (lower-case) forms, so such words are aligned as equal: this classifier claims them
 * from the equal ops, comparing the letters of the transcriptions (quote and dash styles are folded
 * by normalisation and never make a variant). A capital that only marks the start of a sentence on one
 * side is positional, not a reading.
 */
import type { Token } from '../../types.js';
import { type Classifier, type Finding, q, text } from '../context.js';
import { sentenceInitial } from '../side.js';

function letters(t: Token): string {
  return t.t.replace(/[^\p{L}\p{N}]/gu, '');
}


const CLOSED = new Set(['DET', 'ADP', 'PRON', 'CCONJ', 'SCONJ', 'PART', 'AUX']);

/** Is the word written lower case inside a sentence, in these texts or the corpus (or a closed-class word)? */
function ordinarilyLower(t: Token, B: readonly Token[], R: readonly Token[], lower: ReadonlySet<string> | undefined): boolean {
  if (CLOSED.has(t.pos) || lower?.has(t.n)) return true;
  for (const side of [B, R]) {
    for (let i = 0; i < side.length; i++) {
      const u = side[i];
      if (u.n === t.n && u.t === u.t.toLowerCase() && !sentenceInitial(side, i)) return true;
    }
  }
  return false;
}

/**
 * Same letters and digits (identical transcriptions need no comparison), or a capital that only
 * marks the start of a sentence on one side: positional, not a reading — when the lower-case side
 * opens its clause too (a clause cut from running text: "Fourth, any person…", "…; host
 * governments") or the texts write the word lower case inside sentences. Capitals inside a sentence
 * are always compared ("Member States" → "member states" at a sentence start: "States" → "states").
 */
function sameLetters(B: readonly Token[], bi: number, R: readonly Token[], ri: number, lower?: ReadonlySet<string>): boolean {
  const a = B[bi];
  const b = R[ri];
  if (a.t === b.t) return true;
  const la = letters(a);
  const lb = letters(b);
  if (la === lb) return true;
  if (la.slice(1) !== lb.slice(1) || la.slice(0, 1).toLowerCase() !== lb.slice(0, 1).toLowerCase()) return false;
  const baseCapital = la.slice(0, 1) !== la.slice(0, 1).toLowerCase();
  const capital = baseCapital ? sentenceInitial(B, bi) : sentenceInitial(R, ri);
  // the lower-case side opening its clause too: the text was cut from running text (after a list
  // number, an ordinal or a semicolon), where the word was not capitalised
  const lowerOpens = baseCapital ? sentenceInitial(R, ri) : sentenceInitial(B, bi);
  return capital && (lowerOpens || ordinarilyLower(baseCapital ? b : a, B, R, lower));
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
        if (sameLetters(B, bi, R, ri, ctx.lower)) {
          k++;
          continue;
        }
        let e = k + 1;
        while (e < n && !sameLetters(B, op.baseSpan[0] + e, R, op.readingSpan[0] + e, ctx.lower)) e++;
        const b: [number, number] = [bi, op.baseSpan[0] + e];
        const r: [number, number] = [ri, op.readingSpan[0] + e];
        out.push({ type: 'case', b, r, at: bi, explanation: `case: ${q(text(ctx.base, b))} → ${q(text(ctx.reading, r))}` });
        k = e;
      }
    }
    return out;
  },
};
