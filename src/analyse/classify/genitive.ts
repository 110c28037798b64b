/**
 * An of-genitive restated as a noun modifier ("the auspices of the United Nations" → "United Nations
 * auspices"): the same words, the name put before the noun it qualified. In place it is one
 * `grammatical` variant, not an article and "of the" dropped around a noun moved one word on; moved
 * as well (", under the auspices of the United Nations, a mechanism" → "a mechanism under United
 * Nations auspices") it is one `transposition` over the phrase, its commas and its preposition, not
 * an omission, a name moved and an addition. The base reads [article] noun "of" [article] and a
 * name (nouns, up to MAX_NAME words); the reading the name's words then the noun (one lemma), all
 * changed there but the name read in place. One look-up per "of".
 */
import type { Span } from '../../types.js';
import { type Classifier, type Ctx, type Finding, alikeMap, q, text, unclaimed } from '../context.js';

/** The most words of the name after "of". */
const MAX_NAME = 4;
const ARTICLES = new Set(['the', 'a', 'an']);

function genitives(ctx: Ctx): Finding[] {
  const out: Finding[] = [];
  const B = ctx.base.tokens;
  const R = ctx.reading.tokens;
  const alikeB = alikeMap(ctx, true);
  const alikeR = alikeMap(ctx, false);
  const nominal = (pos: string) => pos === 'NOUN' || pos === 'PROPN';
  for (let i = 1; i + 1 < B.length; i++) {
    if (B[i].n !== 'of' || !nominal(B[i - 1].pos) || alikeB[i] >= 0 || alikeB[i - 1] >= 0) continue;
    const noun = B[i - 1];
    const s0 = i - 2 >= 0 && ARTICLES.has(B[i - 2].n) && B[i - 2].sentence === noun.sentence && alikeB[i - 2] < 0 ? i - 2 : i - 1;
    let x0 = i + 1;
    if (ARTICLES.has(B[x0]?.n ?? '') && alikeB[x0] < 0) x0++;
    let x1 = x0;
    // (its words: nouns, and adjectives before them, "the coastal State")
    const word = (t: (typeof B)[number]) => nominal(t.pos) || t.pos === 'ADJ';
    while (x1 < B.length && x1 - x0 < MAX_NAME && word(B[x1]) && B[x1].sentence === noun.sentence) x1++;
    if (x1 === x0 || !nominal(B[x1 - 1].pos) || (x1 < B.length && word(B[x1]) && B[x1].sentence === noun.sentence)) continue;
    const k = x1 - x0;
    const nameAt = (j: number) => {
      for (let m = 0; m < k; m++) if (R[j + m]?.n !== B[x0 + m].n) return false;
      return R[j + k]?.lemma === noun.lemma && alikeR[j + k] < 0;
    };
    if (alikeB[x0] >= 0) {
      // in place: the name read alike, the noun added after it
      const j = alikeB[x0];
      if (!nameAt(j)) continue;
      let inPlace = true;
      for (let m = 0; m < k; m++) inPlace &&= alikeB[x0 + m] === j + m;
      if (!inPlace) continue;
      const b: Span = [s0, x1];
      const r: Span = [j, j + k + 1];
      if (!unclaimed(ctx.claimedB, b) || !unclaimed(ctx.claimedR, r)) continue;
      ctx.claimedB.fill(1, b[0], b[1]);
      ctx.claimedR.fill(1, r[0], r[1]);
      out.push({ type: 'grammatical', b, r, at: b[0], explanation: `grammatical (the same noun phrase with and without "of"): ${q(text(ctx.base, b))} → ${q(text(ctx.reading, r))}` });
      continue;
    }
    // moved: the name and the noun together elsewhere, none of it read alike
    let gone = true;
    for (let m = x0; m < x1; m++) gone &&= alikeB[m] < 0;
    if (!gone) continue;
    let j = -1;
    for (let c = 0; c + k < R.length; c++) {
      if (R[c].n !== B[x0].n || !nameAt(c)) continue;
      let free = true;
      for (let m = c; m <= c + k; m++) free &&= alikeR[m] < 0;
      if (free) {
        j = c;
        break;
      }
    }
    if (j < 0) continue;
    let b: Span = [s0, x1];
    let r: Span = [j, j + k + 1];
    // (the preposition before the phrase, changed on both sides, goes with it: "under")
    if (s0 > 0 && j > 0 && B[s0 - 1].pos === 'ADP' && B[s0 - 1].n === R[j - 1].n && alikeB[s0 - 1] < 0 && alikeR[j - 1] < 0) {
      b = [s0 - 1, x1];
      r = [j - 1, r[1]];
    }
    // (and the commas that set it off in the base)
    if (b[0] > 0 && B[b[0] - 1].n === ',' && alikeB[b[0] - 1] < 0 && B[b[1]]?.n === ',' && alikeB[b[1]] < 0) b = [b[0] - 1, b[1] + 1];
    if (!unclaimed(ctx.claimedB, b) || !unclaimed(ctx.claimedR, r)) continue;
    ctx.claimedB.fill(1, b[0], b[1]);
    ctx.claimedR.fill(1, r[0], r[1]);
    out.push({ type: 'transposition', b, r, at: b[0], explanation: `moved: ${q(text(ctx.base, b))} stands elsewhere in the witness's reading, as ${q(text(ctx.reading, r))} (the of-genitive put as a noun modifier, the same words)` });
  }
  return out;
}

/** "the auspices of the United Nations" → "United Nations auspices", in place or moved. */
export const genitive: Classifier = { name: 'genitive', claim: (ctx) => genitives(ctx) };
