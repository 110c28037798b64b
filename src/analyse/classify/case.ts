/**
 * `case`: the same words with other capitals ("Governments" → "governments"). Alignment compares
 * normalised (lower-case) forms, so such words are aligned as equal: this classifier claims them
 * from the equal ops, comparing the letters of the transcriptions (quote and dash styles are folded
 * by normalisation and never make a variant). A capital that only marks the start of a sentence on one
 * side is positional, not a reading.
 */
import type { Token } from '../../types.js';
import { type Classifier, type Finding, change, finding, len, q, text } from '../context.js';
import { sentenceInitial } from '../side.js';

/** The letters and figures of a token's transcription, compatibility forms folded (a PDF ligature "ﬁ" is "fi"). */
function letters(t: Token): string {
  return (/[^\x00-\x7f]/.test(t.t) ? t.t.normalize('NFKC') : t.t).replace(/[^\p{L}\p{N}]/gu, '');
}


/**
 * Same letters and digits (identical transcriptions need no comparison), or a capital that only
 * marks the start of a sentence on the side that has it: positional, not a reading ("Fourth, any
 * person…" read as a clause of its own, "…; host governments", "…. Public authorities" against
 * "… public authorities"). Capitals inside a sentence are always compared ("Member States" →
 * "member states" at a sentence start: "States" → "states").
 */
function sameLetters(B: readonly Token[], bi: number, R: readonly Token[], ri: number, marked = true): boolean {
  const a = B[bi];
  const b = R[ri];
  if (a.t === b.t) return true;
  const la = letters(a);
  const lb = letters(b);
  if (la === lb) return true;
  if (la.slice(1) !== lb.slice(1) || la.slice(0, 1).toLowerCase() !== lb.slice(0, 1).toLowerCase()) return false;
  const baseCapital = la.slice(0, 1) !== la.slice(0, 1).toLowerCase();
  // (the first word of the text on both sides, no layout marker stripped before it on either:
  // "Participating States will" → "participating States will" is a capital dropped where each text
  // opens, a reading; after a stripped "First," the lower case is the marker's, positional)
  if (bi === 0 && ri === 0 && !marked) return false;
  // (a clause that opens in lower case after a stripped layout marker, "First, states should …"
  // read as "states should …" against "Subject to law, States should …": its first word's case was
  // set by the marker before it, positional, wherever the other side has the word)
  if (marked && (baseCapital ? clauseOpening(R, ri) : clauseOpening(B, bi))) return true;
  // (not when the other side's word follows a full stop too: "… requests. adherents should" for
  // "… requests. Adherents should" is a capital dropped, wherever the tagger ends the sentence)
  return baseCapital ? sentenceInitial(B, bi) && !afterStop(R, ri) : sentenceInitial(R, ri) && !afterStop(B, bi);
}

const STOPS = new Set(['.', '!', '?']);

/** Token i is the first word of its clause text (past opening quotes and brackets). */
function clauseOpening(T: readonly Token[], i: number): boolean {
  for (let k = 0; k < i; k++) if (!(T[k].punct && /^["'(\[‘“]$/.test(T[k].t))) return false;
  return true;
}

/** Most function words in lower case between two words recapitalised that one case variant spans ("Terms [of] Service"). */
const MAX_CASE_GAP = 2;

/** Token i follows a mark that ends a sentence (past opening quotes and brackets). */
function afterStop(T: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && T[k].punct && /^["'(\[‘“]$/.test(T[k].t)) k--;
  return k >= 0 && T[k].punct && STOPS.has(T[k].t);
}

/** Token i is written tight against the one before it across a hyphen ("Open-Ended": '-' and 'Ended'). */
function hyphenJoined(T: readonly Token[], i: number): boolean {
  if (i === 0 || T[i].space !== '') return false;
  return T[i].n === '-' ? !T[i - 1].punct : T[i - 1].n === '-' && !T[i].punct;
}

/** The letters of a run without an editor's square brackets and spaces, lower case ("[p]ublic" → "public"). */
function unbracketed(tokens: readonly Token[], a: number, b: number): string {
  let out = '';
  for (let i = a; i < b; i++) out += tokens[i].t;
  return out.replace(/[[\]\s]/g, '').toLowerCase();
}

export const caseClassifier: Classifier = {
  name: 'case',
  // an editor's change of capital marked with square brackets ("Public bodies" → "[p]ublic bodies",
  // in a quotation): the same word
  classify(c, ctx) {
    if (len(c.b) === 0 || len(c.r) === 0) return null;
    const B = ctx.base.tokens;
    const R = ctx.reading.tokens;
    let brackets = false;
    for (let i = c.b[0]; i < c.b[1]; i++) if (B[i].t === '[' || B[i].t === ']') brackets = true;
    for (let j = c.r[0]; j < c.r[1]; j++) if (R[j].t === '[' || R[j].t === ']') brackets = true;
    if (!brackets || unbracketed(B, c.b[0], c.b[1]) !== unbracketed(R, c.r[0], c.r[1])) return null;
    return finding(c, 'case', `case (an editor's capital in square brackets): ${change(ctx, c)}`);
  },
  claim(ctx) {
    const out: Finding[] = [];
    const B = ctx.base.tokens;
    const R = ctx.reading.tokens;
    const marked = !!ctx.base.markerStripped || !!ctx.reading.markerStripped;
    for (const op of ctx.ops) {
      if (op.op !== 'equal') continue;
      const n = op.baseSpan[1] - op.baseSpan[0];
      let k = 0;
      while (k < n) {
        const bi = op.baseSpan[0] + k;
        const ri = op.readingSpan[0] + k;
        if (sameLetters(B, bi, R, ri, marked)) {
          k++;
          continue;
        }
        let e = k + 1;
        const differs = (x: number) => x < n && !sameLetters(B, op.baseSpan[0] + x, R, op.readingSpan[0] + x, marked);
        while (differs(e)) e++;
        // one stretch of a title written in capitals ("terms of service" → "Terms of Service",
        // "children's safety duties" → "Children's Safety Duties"): over function words left in
        // lower case between words recapitalised, one variant, not one per word
        for (;;) {
          let g = e;
          while (g < n && g - e < MAX_CASE_GAP && !differs(g) && ctx.base.fn[op.baseSpan[0] + g] && !B[op.baseSpan[0] + g].punct) g++;
          if (g === e || !differs(g)) break;
          e = g + 1;
          while (differs(e)) e++;
        }
        // the whole of a hyphenated word, not the part whose capital changed ("Open-Ended" →
        // "Open-ended", not 'Ended' → 'ended'): a word is quoted whole
        let s = k;
        while (s > 0 && hyphenJoined(B, op.baseSpan[0] + s) && hyphenJoined(R, op.readingSpan[0] + s)) s--;
        // (and the word after a hyphenated one recapitalised with it goes on the same stretch:
        // "confidence-building measures" → "Confidence-Building Measures", one variant)
        for (;;) {
          while (e < n && hyphenJoined(B, op.baseSpan[0] + e) && hyphenJoined(R, op.readingSpan[0] + e)) e++;
          if (!differs(e)) break;
          while (differs(e)) e++;
        }
        const b: [number, number] = [op.baseSpan[0] + s, op.baseSpan[0] + e];
        const r: [number, number] = [op.readingSpan[0] + s, op.readingSpan[0] + e];
        out.push({ type: 'case', b, r, at: b[0], explanation: `case: ${q(text(ctx.base, b))} → ${q(text(ctx.reading, r))}` });
        k = e;
      }
    }
    return out;
  },
};
