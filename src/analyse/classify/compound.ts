/**
 * `compound`: a compound written open, hyphenated or closed ("back doors" → "backdoors",
 * "e-mail" → "email", "cyber security" → "cybersecurity"): the same letters once spaces and hyphens
 * are removed (compared on the forms, then on the lemmas, so "back door" → "backdoors" also counts).
 *
 * split: a change that opens (or closes) with a compound written differently and goes on with words
 * one side alone has ("cybersecurity and insider-threat safeguards" → "cyber security safeguards"):
 * the compound is its own candidate, the words dropped (added) another, as a spelling beside an
 * omission is (a rewording beside a compound is left to the re-alignment on lemmas).
 *
 * claim: hyphens alone dropped or added between words that otherwise align ("nuclear-weapon-free"
 * → "nuclear weapon free"): the aligner sees one punctuation change per hyphen; the whole compound
 * (from the word before the first hyphen to the word after the last) is one compound variant.
 */
import type { AlignOp } from '../../align/tokens.js';
import type { Span, Token } from '../../types.js';
import { type Candidate, type Classifier, type Ctx, type Finding, change, finding, len, q, text, unclaimed } from '../context.js';
import { type Side, contentCount } from '../side.js';

/** Is the op a hyphen (or hyphens) written tight inside a word on one side only? */
function hyphenOnly(op: AlignOp, ctx: Ctx): boolean {
  const del = op.op === 'delete';
  if (!del && op.op !== 'insert') return false;
  const side: Side = del ? ctx.base : ctx.reading;
  const [a, b] = del ? op.baseSpan : op.readingSpan;
  for (let i = a; i < b; i++) if (side.tokens[i].n !== '-' || side.tokens[i].space !== '') return false;
  const next = side.tokens[b];
  return !!next && next.space === '' && !next.punct && a > 0 && !side.tokens[a - 1].punct;
}

/** Is the op an equal run of exactly one word? */
function oneWord(op: AlignOp | undefined, ctx: Ctx): boolean {
  return !!op && op.op === 'equal' && op.baseSpan[1] - op.baseSpan[0] === 1 && !ctx.base.tokens[op.baseSpan[0]].punct;
}

function claimHyphens(ctx: Ctx): Finding[] {
  const out: Finding[] = [];
  const ops = ctx.ops;
  let k = 1;
  while (k < ops.length - 1) {
    if (!hyphenOnly(ops[k], ctx) || ops[k - 1].op !== 'equal' || !oneWordEnd(ops[k - 1], ctx) || ops[k + 1].op !== 'equal') {
      k++;
      continue;
    }
    // extend over "word - word - word" chains of the same kind
    let e = k;
    while (e + 2 < ops.length && oneWord(ops[e + 1], ctx) && hyphenOnly(ops[e + 2], ctx) && ops[e + 2].op === ops[k].op && ops[e + 3]?.op === 'equal') e += 2;
    const b: [number, number] = [ops[k - 1].baseSpan[1] - 1, ops[e + 1].baseSpan[0] + 1];
    const r: [number, number] = [ops[k - 1].readingSpan[1] - 1, ops[e + 1].readingSpan[0] + 1];
    // a compound begins and ends with content words ("state-of-the-art", not "now-and"); one of
    // three words or more may end with a function word ("up-to-date", "face-to-face"); a
    // preposition may open one of two words before a content word ("per-device", "on-site",
    // "in-house": a prepositional phrase made an adjective), where "and-now" stays two words
    // (the tagger reads the open form: the hyphenated one may tag "in" of "in-house" otherwise)
    const open = del(ops[k]) ? ctx.reading : ctx.base;
    const o = del(ops[k]) ? r : b;
    const opener = ctx.base.content[b[0]] || (e === k && open.tokens[o[0]].pos === 'ADP' && open.content[o[1] - 1]);
    // (or a verb and its particle, "opt out" → "opt-out", "follow up" → "follow-up": the noun or
    // adjective made of a phrasal verb, function-words.yaml `compound-particles`)
    const particle = e === k && ctx.base.content[b[0]] && ctx.lex.compoundParticles.has(ctx.base.tokens[b[1] - 1].n);
    const ends = opener && (ctx.base.content[b[1] - 1] || open.content[o[1] - 1] || particle);
    const long = e > k && (ctx.base.content[b[0]] || ctx.base.content[b[1] - 1]);
    const free = (ends || long) && unclaimed(ctx.claimedB, b) && unclaimed(ctx.claimedR, r);
    if (free) {
      ctx.claimedB.fill(1, b[0], b[1]);
      ctx.claimedR.fill(1, r[0], r[1]);
      out.push({ type: 'compound', b, r, at: b[0], explanation: `compound written differently: ${q(text(ctx.base, b))} → ${q(text(ctx.reading, r))}` });
    }
    k = e + 2;
  }
  return out;
}

/** Does the op take words out of the base (a hyphen dropped)? */
function del(op: AlignOp): boolean {
  return op.op === 'delete';
}

/** Does the equal op end with a word? */
function oneWordEnd(op: AlignOp, ctx: Ctx): boolean {
  return op.baseSpan[1] > op.baseSpan[0] && !ctx.base.tokens[op.baseSpan[1] - 1].punct;
}

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

/** Characters of a run's words, hyphens left out; -1 if other punctuation is in it. */
function letterCount(tokens: readonly Token[], s: Span, key: 'n' | 'lemma'): number {
  let n = 0;
  for (let i = s[0]; i < s[1]; i++) {
    const t = tokens[i];
    if (t.punct) {
      if (t.n === '-') continue;
      return -1;
    }
    const w = t[key];
    n += w.length;
    for (let k = w.indexOf('-'); k >= 0; k = w.indexOf('-', k + 1)) n--;
  }
  return n;
}

/**
 * Same letters once spaces and hyphens are removed, but cut into words differently. A closed
 * compound may also write once the letter its parts end and begin with ("where ever" → "wherever"):
 * one of two like letters at a joint of the side with more words left out.
 */
function sameCompound(b: string[] | null, r: string[] | null): boolean {
  if (!b || !r || b.length === 0 || r.length === 0) return false;
  const sb = b.join('').replace(/-/g, '');
  const sr = r.join('').replace(/-/g, '');
  if (sb !== sr && !(b.length !== r.length && jointElided(b.length > r.length ? b : r, b.length > r.length ? sr : sb))) return false;
  return b.length !== r.length || b.some((w, i) => w !== r[i]);
}

/** Do the words, joined with one of two like letters at one joint left out, spell `closed`? */
function jointElided(open: string[], closed: string): boolean {
  const parts = open.map((w) => w.replace(/-/g, ''));
  if (parts.join('').length !== closed.length + 1) return false;
  for (let k = 1; k < parts.length; k++) {
    const a = parts[k - 1];
    const z = parts[k];
    if (!a || !z || a[a.length - 1] !== z[0]) continue;
    if (parts.slice(0, k).join('') + z.slice(1) + parts.slice(k + 1).join('') === closed) return true;
  }
  return false;
}

/**
 * The same compound on both sides, cut into words differently ("back doors" → "backdoors",
 * "cyber-security" → "cybersecurity"): for other passes (the qualifier pass) to leave such a change
 * to this classifier instead of claiming it as a rewording.
 */
export function compoundOnly(B: readonly Token[], b: Span, R: readonly Token[], r: Span): boolean {
  if (b[1] <= b[0] || r[1] <= r[0]) return false;
  return sameCompound(words(B.slice(b[0], b[1]), 'n'), words(R.slice(r[0], r[1]), 'n'));
}

/**
 * A hyphenated compound written out with function words between its parts ("end-2025" → "the end
 * of 2025", "State-led" → "State led"): the same words in the same order once hyphens are split and
 * function words set aside, and at least one hyphenated word on the first side.
 */
function writtenOut(one: Side, s1: Span, other: Side, s2: Span): boolean {
  // (first the cheap test: no punctuation and a hyphenated word)
  let hyphenated = false;
  for (let i = s1[0]; i < s1[1]; i++) {
    const t = one.tokens[i];
    if (t.punct) return false;
    if (t.n.length > 2 && t.n.includes('-')) hyphenated = true;
  }
  if (!hyphenated) return false;
  const a: string[] = [];
  for (let i = s1[0]; i < s1[1]; i++) {
    const t = one.tokens[i];
    if (t.n.length > 2 && t.n.includes('-')) {
      for (const p of t.n.split('-')) if (p) a.push(p);
    } else if (!one.fn[i]) a.push(t.n);
  }
  if (a.length < 2) return false;
  const b: string[] = [];
  for (let j = s2[0]; j < s2[1]; j++) {
    const t = other.tokens[j];
    if (t.punct) return false;
    if (other.fn[j]) continue;
    for (const p of t.n.split('-')) if (p) b.push(p);
  }
  return a.length === b.length && a.every((w, k) => w === b[k]);
}

/**
 * The same words (one at least) in both runs once hyphen tokens are left out, and no other
 * punctuation in either (`words` of both, compared, without building them).
 */
function sameWordsApartFromHyphens(B: readonly Token[], b: Span, R: readonly Token[], r: Span): boolean {
  let i = b[0];
  let j = r[0];
  let n = 0;
  for (;;) {
    while (i < b[1] && B[i].punct) {
      if (B[i].n !== '-') return false;
      i++;
    }
    while (j < r[1] && R[j].punct) {
      if (R[j].n !== '-') return false;
      j++;
    }
    if (i === b[1] || j === r[1]) return i === b[1] && j === r[1] && n > 0;
    if (B[i].n !== R[j].n) return false;
    i++;
    j++;
    n++;
  }
}

/**
 * The same words, hyphenated on one side only, inside a change the aligner made of the function
 * words between them ("state of the art" → "state-of-the-art", "up to date" → "up-to-date"): the
 * compound, from the word before the first hyphen to the word after the last.
 */
function hyphenatedInside(c: Candidate, ctx: Ctx): Finding | null {
  if (!sameWordsApartFromHyphens(ctx.base.tokens, c.b, ctx.reading.tokens, c.r)) return null;
  const tight = (side: Side, s: Span) => {
    let n = 0;
    for (let i = s[0]; i < s[1]; i++) {
      const t = side.tokens[i];
      if (t.n !== '-') continue;
      if (t.space !== '' || (side.tokens[i + 1] && side.tokens[i + 1].space !== '')) return -1;
      n++;
    }
    return n;
  };
  const hb = tight(ctx.base, c.b);
  const hr = tight(ctx.reading, c.r);
  if (hb < 0 || hr < 0 || hb === hr) return null;
  // take in the words the hyphens join at the edges, when they read alike on both sides
  const grow = (x: Span, y: Span, X: Side, Y: Side): [Span, Span] => {
    let [b0, b1] = x;
    let [r0, r1] = y;
    const joins = (side: Side, i: number) => side.tokens[i]?.n === '-';
    if ((joins(X, b0) || joins(Y, r0)) && b0 > 0 && r0 > 0 && X.tokens[b0 - 1].n === Y.tokens[r0 - 1].n && !X.tokens[b0 - 1].punct) {
      b0--;
      r0--;
    }
    if ((joins(X, b1 - 1) || joins(Y, r1 - 1)) && b1 < X.tokens.length && r1 < Y.tokens.length && X.tokens[b1].n === Y.tokens[r1].n && !X.tokens[b1].punct) {
      b1++;
      r1++;
    }
    return [[b0, b1], [r0, r1]];
  };
  const [b, r] = grow(c.b, c.r, ctx.base, ctx.reading);
  for (let i = b[0]; i < b[1]; i++) if ((i < c.b[0] || i >= c.b[1]) && ctx.claimedB[i]) return null;
  for (let j = r[0]; j < r[1]; j++) if ((j < c.r[0] || j >= c.r[1]) && ctx.claimedR[j]) return null;
  return { type: 'compound', b, r, at: b[0], explanation: `compound written differently: ${q(text(ctx.base, b))} → ${q(text(ctx.reading, r))}`, whole: true };
}

/** Longest compound looked for at the edge of a change, in words on either side. */
const EDGE_WORDS = 4;

/** A word's letters without hyphens; null for a mark other than a hyphen ('' for a hyphen). */
function letters(t: Token): string | null {
  if (t.punct) return t.n === '-' ? '' : null;
  return t.n.replace(/-/g, '');
}

/**
 * The compound a change opens with (`end` false) or closes with (`end` true): as many words on each
 * side, at most EDGE_WORDS, that spell the same letters once hyphens and spaces are removed, cut into
 * a different number of words, each side with a content word: [base span, reading span], or null.
 */
function edgeCompound(c: Candidate, ctx: Ctx, end: boolean): [Span, Span] | null {
  const B = ctx.base;
  const R = ctx.reading;
  const step = end ? -1 : 1;
  let i = end ? c.b[1] - 1 : c.b[0];
  let j = end ? c.r[1] - 1 : c.r[0];
  const inB = (x: number) => x >= c.b[0] && x < c.b[1];
  const inR = (x: number) => x >= c.r[0] && x < c.r[1];
  const glue = (acc: string, w: string) => (end ? w + acc : acc + w);
  let sb = letters(B.tokens[i]);
  let sr = letters(R.tokens[j]);
  let nb = 1;
  let nr = 1;
  while (sb !== null && sr !== null && nb <= EDGE_WORDS && nr <= EDGE_WORDS) {
    if (sb === sr && sb.length > 0) break;
    const growB = sb.length <= sr.length && (end ? sr.endsWith(sb) : sr.startsWith(sb));
    const growR = !growB && (end ? sb.endsWith(sr) : sb.startsWith(sr));
    if (growB && inB(i + step)) {
      i += step;
      nb++;
      const w = letters(B.tokens[i]);
      sb = w === null ? null : glue(sb, w);
    } else if (growR && inR(j + step)) {
      j += step;
      nr++;
      const w = letters(R.tokens[j]);
      sr = w === null ? null : glue(sr, w);
    } else return null;
  }
  if (sb === null || sr === null || sb !== sr || nb === nr || nb > EDGE_WORDS || nr > EDGE_WORDS) return null;
  const b: Span = end ? [i, c.b[1]] : [c.b[0], i + 1];
  const r: Span = end ? [j, c.r[1]] : [c.r[0], j + 1];
  // the rest on one side only (an omission or an addition), or on both after a word both sides
  // read there ("cyber attacks [against] critical" → "cyberattacks [against] vital": the compound,
  // the agreeing word, and the rewording after it are apart)
  const restB = len(b) < len(c.b);
  const restR = len(r) < len(c.r);
  if (restB === restR && !(restB && agreeingAfter(c, b, r, end, ctx))) return null;
  if (contentCount(B, b[0], b[1]) === 0 || contentCount(R, r[0], r[1]) === 0) return null;
  return [b, r];
}

/**
 * Beside the compound at a change's edge, both sides go on with the same word (not a mark) and then
 * with more words on each side: the agreeing word separates the compound from the rewording.
 */
function agreeingAfter(c: Candidate, b: Span, r: Span, end: boolean, ctx: Ctx): boolean {
  const i = end ? b[0] - 1 : b[1];
  const j = end ? r[0] - 1 : r[1];
  const B = ctx.base.tokens[i];
  const R = ctx.reading.tokens[j];
  if (!B || !R || B.punct || B.n !== R.n) return false;
  return end ? i > c.b[0] && j > c.r[0] : i + 1 < c.b[1] && j + 1 < c.r[1];
}

/** A change with a compound at its start or end and words one side alone has: the compound and the rest (see the module comment). */
function splitEdgeCompound(c: Candidate, ctx: Ctx): Candidate[] | null {
  if (c.deontic || len(c.b) === 0 || len(c.r) === 0 || len(c.b) + len(c.r) < 4) return null;
  // (the word both sides read after the compound, "against", is a piece of its own: it reads alike)
  const head = edgeCompound(c, ctx, false);
  if (head) {
    const rest: Candidate = { b: [head[0][1], c.b[1]], r: [head[1][1], c.r[1]] };
    if (len(rest.b) > 0 && len(rest.r) > 0 && agreeingAfter(c, head[0], head[1], false, ctx)) {
      return [{ b: head[0], r: head[1] }, { b: [rest.b[0], rest.b[0] + 1], r: [rest.r[0], rest.r[0] + 1] }, { b: [rest.b[0] + 1, c.b[1]], r: [rest.r[0] + 1, c.r[1]] }];
    }
    return [{ b: head[0], r: head[1] }, rest];
  }
  const tail = edgeCompound(c, ctx, true);
  if (tail) {
    const rest: Candidate = { b: [c.b[0], tail[0][0]], r: [c.r[0], tail[1][0]] };
    if (len(rest.b) > 0 && len(rest.r) > 0 && agreeingAfter(c, tail[0], tail[1], true, ctx)) {
      return [{ b: [c.b[0], rest.b[1] - 1], r: [c.r[0], rest.r[1] - 1] }, { b: [rest.b[1] - 1, rest.b[1]], r: [rest.r[1] - 1, rest.r[1]] }, { b: tail[0], r: tail[1] }];
    }
    return [rest, { b: tail[0], r: tail[1] }];
  }
  return null;
}

export const compound: Classifier = {
  name: 'compound',
  claim: (ctx) => claimHyphens(ctx),
  split: splitEdgeCompound,
  classify(c, ctx) {
    if (len(c.b) === 0 || len(c.r) === 0) return null;
    const outB = writtenOut(ctx.base, c.b, ctx.reading, c.r);
    if (outB || writtenOut(ctx.reading, c.r, ctx.base, c.b)) {
      // function words between the parts on either side ("end-2025" → "the end of 2025"), or only
      // the hyphen ("cyber activity" → "cyber-activity")
      const fnIn = (side: Side, s: Span) => {
        for (let i = s[0]; i < s[1]; i++) if (side.fn[i]) return true;
        return false;
      };
      if (fnIn(ctx.base, c.b) || fnIn(ctx.reading, c.r)) return finding(c, 'compound', `compound written out with other function words: ${change(ctx, c)}`);
      return finding(c, 'compound', `compound ${outB ? 'written without its hyphen' : 'written with a hyphen'}: ${change(ctx, c)}`);
    }
    const hyph = hyphenatedInside(c, ctx);
    if (hyph) return hyph;
    // cheap test first: the same number of letters (hyphens aside) on the forms or on the lemmas
    const sameSize = (key: 'n' | 'lemma') => {
      const nb = letterCount(ctx.base.tokens, c.b, key);
      // (or one letter more on the side cut into more words: "where ever" → "wherever")
      const nr = letterCount(ctx.reading.tokens, c.r, key);
      return nb >= 0 && nr >= 0 && Math.abs(nb - nr) <= 1;
    };
    if (!sameSize('n') && !sameSize('lemma')) return null;
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
