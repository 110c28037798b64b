/**
 * An elision the witness marks: words of the base replaced by an ellipsis ("cooperate in accordance
 * with their national law to" → "cooperate […] to", "...", "…", "(…)"). The quoter says that words are
 * left out, not that the text lacks them: one `omission` over the words elided, with no direction
 * (not a condition dropped that makes the rule unconditional, not a lexical change to "[…]"). The
 * other way round (an ellipsis of the base written out) is an `addition`. Claimed before the
 * qualifier phrases are looked at. The marks are function-words.yaml `ellipsis-marks`; the
 * brackets around them its `parenthetical-marks`.
 */
import type { Span, Token } from '../../types.js';
import { type Classifier, type Ctx, type Finding, q, text, unclaimed } from '../context.js';
import type { Lexicons } from '../lexicon.js';

/** The span s is an ellipsis mark alone, bracketed or not ("…", "...", ". . .", "[…]", "(…)"). */
export function isEllipsis(T: readonly Token[], s: Span, lex: Lexicons): boolean {
  let a = s[0];
  let b = s[1];
  if (b - a >= 3 && lex.parentheticalMarks.get(T[a].t) === T[b - 1].t && T[a].t !== T[b - 1].t) {
    a++;
    b--;
  }
  if (b - a === 1) return lex.ellipsisMarks.has(T[a].t);
  // ". . ." written with spaces
  if (b - a !== 3) return false;
  for (let k = a; k < b; k++) if (T[k].t !== '.') return false;
  return true;
}

/** Some token of the span is a word (not a mark). */
function hasWords(T: readonly Token[], s: Span): boolean {
  for (let k = s[0]; k < s[1]; k++) if (!T[k].punct) return true;
  return false;
}

function claimElisions(ctx: Ctx): Finding[] {
  const out: Finding[] = [];
  if (ctx.lex.ellipsisMarks.size === 0) return out;
  const B = ctx.base.tokens;
  const R = ctx.reading.tokens;
  for (let k = 0; k < ctx.ops.length; k++) {
    const op = ctx.ops[k];
    let b = op.baseSpan;
    let r = op.readingSpan;
    // an ellipsis inserted right beside the words it stands for, deleted, with nothing read alike
    // between them ("… including the right to privacy …" against "…, including the right to
    // privacy, and to inform users;": the quotation cut at its end), is one replacement
    const next = ctx.ops[k + 1];
    if (op.op !== 'replace' && next && next.op !== 'equal' && next.op !== 'replace' && next.op !== op.op) {
      b = [op.baseSpan[0], next.baseSpan[1]];
      r = [op.readingSpan[0], next.readingSpan[1]];
    } else if (op.op !== 'replace') continue;
    // (a cheap gate: a short span of marks on one side)
    const elidedInReading = r[1] - r[0] <= 5 && R[r[0]].punct && isEllipsis(R, r, ctx.lex) && hasWords(B, b);
    const elidedInBase = !elidedInReading && b[1] - b[0] <= 5 && B[b[0]].punct && isEllipsis(B, b, ctx.lex) && hasWords(R, r);
    if (!elidedInReading && !elidedInBase) continue;
    if (!unclaimed(ctx.claimedB, b) || !unclaimed(ctx.claimedR, r)) continue;
    ctx.claimedB.fill(1, b[0], b[1]);
    ctx.claimedR.fill(1, r[0], r[1]);
    if (op.op !== 'replace') k++;
    out.push(
      elidedInReading
        ? { type: 'omission', b, r, at: b[0], explanation: `elided in the witness (marked ${q(text(ctx.reading, r))}): ${q(text(ctx.base, b))}` }
        : { type: 'addition', b, r, at: b[0], explanation: `written out where the base marks an elision (${q(text(ctx.base, b))}): ${q(text(ctx.reading, r))}` },
    );
  }
  return out;
}

export const elision: Classifier = {
  name: 'elision',
  claim: claimElisions,
};
