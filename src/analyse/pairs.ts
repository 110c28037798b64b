/**
 * Finer variants inside a reworded stretch. The aligner's cleanup merges a paraphrase's changes into
 * one replace op ("stand against ICT activities that impair" → "oppose the use of … to destroy"),
 * which would hide single substitutions in one multi-word lexical variant. Inside such a candidate
 * the content words of the two sides are paired by a small weighted alignment (a longest common
 * subsequence with weights):
 *
 *   - the same lemma (spelling-folded) pairs strongly (an *anchor*: the word is read on both sides);
 *   - otherwise words of the same part of speech (noun, verb, adjective, adverb, numeral) pair
 *     weakly, the more so the closer their relative positions in the stretch (a *substitution*:
 *     "impair" → "destroy").
 *
 * The stretch is then cut at the pairs. Each substitution is its own candidate; the words between
 * two pairs form a gap:
 *   - a gap read identically on both sides is no change;
 *   - function words and punctuation only: a particle or preposition after a substituted verb goes
 *     with it ("stand against" → "oppose", "abide by" → "comply with"); otherwise they go with the
 *     substitution that follows (a determiner or preposition before its noun), else the one before,
 *     else they are their own candidate (grammatical, punctuation);
 *   - content words on one side only: an addition or omission (the particles right after a
 *     substituted verb still go with it: "abide by" → "comply with [local]");
 *   - content words on both sides with no pair between them: one rewording.
 * Returns null when nothing finer comes out (at most one content word a side, or no pair).
 * The alignment is bounded (`MAX_CELLS`), so the cost stays linear in the length of the text.
 */
import type { Direction, Span, Token } from '../types.js';
import { type Candidate, type Ctx, len } from './context.js';
import { spellingKey, typo } from './classify/spelling.js';
import type { Side } from './side.js';

/** Largest (base content words × reading content words) table the pairing fills. */
const MAX_CELLS = 1600;

const COARSE: Record<string, string> = { NOUN: 'N', PROPN: 'N', VERB: 'V', ADJ: 'A', ADV: 'R', NUM: 'M' };

interface Pair {
  i: number;
  j: number;
  same: boolean;
}

function contentIn(side: Side, s: Span): number[] {
  const out: number[] = [];
  for (let i = s[0]; i < s[1]; i++) if (side.content[i]) out.push(i);
  return out;
}

/** Longest common subsequence of the content words by lemma (spelling-folded); pairs in order. */
function anchors(ctx: Ctx, cb: number[], cr: number[]): Pair[] | null {
  const B = ctx.base.tokens;
  const R = ctx.reading.tokens;
  const key = (t: Token) => spellingKey(t.lemma, ctx.lex);
  const kb = cb.map((i) => key(B[i]));
  const kr = cr.map((j) => key(R[j]));
  const n = cb.length;
  const m = cr.length;
  // a word mistyped on one side ("confidential" → "confidental": spelling.ts `typo`) is the same
  // word read on both sides, an anchor like any other
  // (each pair judged once: the table is filled, then walked back)
  const same = new Array<boolean>(n * m);
  for (let x = 0; x < n; x++) for (let y = 0; y < m; y++) same[x * m + y] = kb[x] === kr[y] || typo(B[cb[x]], R[cr[y]], ctx.lex);
  const alike = (x: number, y: number) => same[x * m + y];
  const dp = new Array<number>((n + 1) * (m + 1)).fill(0);
  const at = (x: number, y: number) => x * (m + 1) + y;
  for (let x = n - 1; x >= 0; x--) {
    for (let y = m - 1; y >= 0; y--) {
      dp[at(x, y)] = alike(x, y) ? 1 + dp[at(x + 1, y + 1)] : Math.max(dp[at(x + 1, y)], dp[at(x, y + 1)]);
    }
  }
  const out: Pair[] = [];
  let x = 0;
  let y = 0;
  while (x < n && y < m) {
    if (alike(x, y)) {
      out.push({ i: cb[x], j: cr[y], same: true });
      x++;
      y++;
    } else if (dp[at(x + 1, y)] >= dp[at(x, y + 1)]) x++;
    else y++;
  }
  // a word both sides read but not in the same order: the stretch is reordered, keep it whole
  const left = new Set<string>();
  const paired = new Set(out.map((p) => p.i));
  cb.forEach((i, x2) => {
    if (!paired.has(i)) left.add(kb[x2]);
  });
  const pairedR = new Set(out.map((p) => p.j));
  for (let y2 = 0; y2 < m; y2++) if (!pairedR.has(cr[y2]) && left.has(kr[y2])) return null;
  return out;
}

const coarse = (t: Token) => COARSE[t.pos] ?? t.pos;

/**
 * Substitutions in the gap between two anchors: one to one when both sides have the same sequence
 * of parts of speech. Otherwise only a verb replaced at the same edge of both sides (or, at the
 * start, a word of any part of speech when one side has no other content word), when the rest of
 * the gap is added or dropped on one side only: at the start, what follows the pair (particles
 * aside) is on one side only ("stand against" → "oppose the use of …", "information" → "data
 * belonging to citizens"; not "reaffirm their commitment" → "recommitted themselves", a rewording
 * of verb and object together); at the end, what precedes the verbs has content words on one side
 * only ("activities that impair" → "to destroy").
 */
function substitutions(ctx: Ctx, gb: number[], gr: number[], g: Piece): Pair[] {
  const B = ctx.base;
  const R = ctx.reading;
  if (gb.length === 0 || gr.length === 0) return [];
  // one content word for one: they replace each other, whatever their parts of speech ("overseas" → "abroad")
  if (gb.length === 1 && gr.length === 1) return [{ i: gb[0], j: gr[0], same: false }];
  if (gb.length === gr.length && gb.every((i, k) => coarse(B.tokens[i]) === coarse(R.tokens[gr[k]]))) {
    return gb.map((i, k) => ({ i, j: gr[k], same: false }));
  }
  // two or more words of one kind coordinated on one side, one word of that kind on the other
  // ("will not request or require the transfer" → "will not demand the transfer"): the one word
  // stands for the whole coordination, which of its words it replaces nobody can tell: one rewording
  // (a word read on both sides is an anchor, and the rest an omission: "request or require" → "require")
  // (the one word not itself in a coordination: "products and services" against "and solutions" is
  // an item replaced beside one dropped, left to the pairing below)
  const noConj = (side: Side, s: Span) => {
    for (let k = s[0]; k < s[1]; k++) if (side.tokens[k].pos === 'CCONJ') return false;
    return true;
  };
  if ((gr.length === 1 && coordination(B, gb) && noConj(R, g.r) && coarse(R.tokens[gr[0]]) === coarse(B.tokens[gb[0]])) || (gb.length === 1 && coordination(R, gr) && noConj(B, g.b) && coarse(B.tokens[gb[0]]) === coarse(R.tokens[gr[0]]))) return [];
  // a compound of nouns against one noun ("private sector entities" → "private companies"): the one
  // noun names what the compound names, not its first word: one rewording
  const compound = (side: Side, idx: readonly number[]) => {
    if (idx.length < 2 || idx.length > 3) return false;
    for (let k = 0; k < idx.length; k++) {
      const t = side.tokens[idx[k]];
      if (t.pos !== 'NOUN' || (k > 0 && (idx[k] !== idx[k - 1] + 1 || t.space === ''))) return false;
    }
    return true;
  };
  const noun = (t: Token) => t.pos === 'NOUN';
  if ((gr.length === 1 && noun(R.tokens[gr[0]]) && compound(B, gb)) || (gb.length === 1 && noun(B.tokens[gb[0]]) && compound(R, gr))) return [];
  const verb = (t: Token) => t.pos === 'VERB';
  // one verb against a verb that takes an infinitive of another ("work together to address" →
  // "tackle", "continue to support" → "back"): the one verb is the act, the infinitive's verb, and
  // the verb before "to" frames it (omitted or added with it)
  // (a word between the first verb and "to", "work together to", "take measures to": right after
  // the verb, "to" may be its preposition, "respond to appropriate requests")
  const infinitive = (side: Side, idx: readonly number[]) => {
    const l = idx[idx.length - 1];
    return idx.length >= 2 && verb(side.tokens[idx[0]]) && verb(side.tokens[l]) && side.tokens[l - 1]?.n === 'to' && l - 1 > idx[0] + 1;
  };
  if (gr.length === 1 && verb(R.tokens[gr[0]]) && infinitive(B, gb)) return [{ i: gb[gb.length - 1], j: gr[0], same: false }];
  if (gb.length === 1 && verb(B.tokens[gb[0]]) && infinitive(R, gr)) return [{ i: gb[0], j: gr[gr.length - 1], same: false }];
  const bare = (side: Side, a: number, b: number) => {
    for (let k = a; k < b; k++) if (!side.tokens[k].punct) return false;
    return true;
  };
  const out: Pair[] = [];
  const [fb, fr] = [gb[0], gr[0]];
  const single = gb.length === 1 || gr.length === 1;
  const verbs = verb(B.tokens[fb]) && verb(R.tokens[fr]);
  if (verbs || (single && coarse(B.tokens[fb]) === coarse(R.tokens[fr]))) {
    // particles follow a verb only ("other States'" → "the latter's" is not "other" → "latter")
    const ab = fb + 1 + (verbs ? particles(B, fb + 1, g.b[1]) : 0);
    const ar = fr + 1 + (verbs ? particles(R, fr + 1, g.r[1]) : 0);
    // a bare singular noun closing the gap right after a verb's particles is part of the verb
    // ("implement" → "put in place", "consider" → "take into account"; not the object right after
    // the verb, "obtain information" → "get"): one rewording
    const idiom = verbs && ((bare(B, ab, g.b[1]) && ar > fr + 1 && bareNoun(R, ar, g.r[1])) || (bare(R, ar, g.r[1]) && ab > fb + 1 && bareNoun(B, ab, g.b[1])));
    if (!idiom && (bare(B, ab, g.b[1]) || bare(R, ar, g.r[1]))) out.push({ i: fb, j: fr, same: false });
  }
  const [lb, lr] = [gb[gb.length - 1], gr[gr.length - 1]];
  // (not when the one content word of a side is a verb that opens it as a verb opens the other:
  // "respond to appropriate" → "reply to all" is not "appropriate" → "reply", whatever the tagger
  // makes of "to appropriate")
  const opensAlike = single && verbs;
  if (out.length === 0 && !opensAlike && verb(B.tokens[lb]) && verb(R.tokens[lr])) {
    if (contentIn(B, [g.b[0], lb]).length === 0 || contentIn(R, [g.r[0], lr]).length === 0) out.push({ i: lb, j: lr, same: false });
  }
  return out;
}

/**
 * Are the content words `idx` (two or more, of one part of speech) one coordination: only commas and
 * a conjunction between them ("request or require", "safety, security and privacy")?
 */
function coordination(side: Side, idx: readonly number[]): boolean {
  if (idx.length < 2 || !idx.every((i) => coarse(side.tokens[i]) === coarse(side.tokens[idx[0]]))) return false;
  let conj = false;
  for (let k = idx[0] + 1; k < idx[idx.length - 1]; k++) {
    if (side.content[k]) continue;
    const t = side.tokens[k];
    if (t.pos === 'CCONJ') conj = true;
    else if (t.n !== ',') return false;
  }
  return conj;
}

/** Is the span one singular noun with no determiner ("place" in "put in place")? */
function bareNoun(side: Side, a: number, b: number): boolean {
  const t = side.tokens[a];
  return b - a === 1 && t.pos === 'NOUN' && t.n === t.lemma;
}

function pairContent(ctx: Ctx, c: Candidate, cb: number[], cr: number[]): Pair[] | null {
  const as = anchors(ctx, cb, cr);
  if (!as) return null;
  const out: Pair[] = [];
  let x = 0;
  let y = 0;
  for (let k = 0; k <= as.length; k++) {
    const bi = k < as.length ? cb.indexOf(as[k].i, x) : cb.length;
    const rj = k < as.length ? cr.indexOf(as[k].j, y) : cr.length;
    const g: Piece = {
      b: [k === 0 ? c.b[0] : as[k - 1].i + 1, k < as.length ? as[k].i : c.b[1]],
      r: [k === 0 ? c.r[0] : as[k - 1].j + 1, k < as.length ? as[k].j : c.r[1]],
    };
    out.push(...substitutions(ctx, cb.slice(x, bi), cr.slice(y, rj), g));
    if (k < as.length) out.push(as[k]);
    x = bi + 1;
    y = rj + 1;
  }
  return out;
}

/**
 * Is the stretch `s` of `side` one noun phrase of nouns only: an optional article or demonstrative,
 * then its content words `idx`, all nouns (or names) side by side — at least two (a compound), or
 * exactly `count` when given (splitReworded: a compound replaced whole by one noun)?
 */
function nounCompound(side: Side, s: Span, idx: readonly number[], count?: number): boolean {
  if (count === undefined ? idx.length < 2 : idx.length !== count) return false;
  if (idx[idx.length - 1] !== s[1] - 1) return false;
  for (let k = 0; k < idx.length; k++) {
    const t = side.tokens[idx[k]];
    if ((t.pos !== 'NOUN' && t.pos !== 'PROPN') || (k > 0 && idx[k] !== idx[k - 1] + 1)) return false;
  }
  for (let i = s[0]; i < idx[0]; i++) if (!PLAIN_DETERMINERS.has(side.tokens[i].n)) return false;
  return true;
}

/**
 * The end of a noun compound (`nounCompound`, two nouns or more) that opens the stretch `s`, right
 * before a coordinator or a mark; -1 when the stretch opens otherwise.
 */
function compoundEnd(side: Side, s: Span, idx: readonly number[]): number {
  let i = s[0];
  while (i < s[1] && PLAIN_DETERMINERS.has(side.tokens[i].n)) i++;
  if (idx[0] !== i) return -1;
  let k = 0;
  while (k < idx.length && idx[k] === i + k && (side.tokens[idx[k]].pos === 'NOUN' || side.tokens[idx[k]].pos === 'PROPN')) k++;
  const end = i + k;
  const next = side.tokens[end];
  if (k < 2 || !next || !(next.punct || next.pos === 'CCONJ')) return -1;
  return end;
}

const PARTICLE = new Set(['ADP', 'PART']);

/** Articles and demonstratives: one for another before a substituted noun stays grammar (splitReworded). */
const PLAIN_DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those']);

/** Parts of speech of the function words of a noun phrase (its determiner, possessive, preposition). */
const NP_FUNCTION = new Set(['DET', 'PRON', 'ADP']);

/** Length of the run of particles/prepositions at the start of [a,b). */
function particles(side: Side, a: number, b: number): number {
  let k = a;
  while (k < b && !side.tokens[k].punct && side.fn[k] && PARTICLE.has(side.tokens[k].pos)) k++;
  return k - a;
}

/**
 * Length of what goes with a substituted verb at the start of [a,b): its particles, and when a
 * bare singular noun follows them, that noun and the particles after it: "put in place", "take
 * into account", "bring into force" are one verb ("should put in place impartial procedures" →
 * "should establish procedures": 'put in place' → 'establish', 'impartial' omitted). Not a noun
 * that heads a compound ("rely on information security": the noun after it is the head).
 */
function idiomTail(side: Side, a: number, b: number): number {
  const p = particles(side, a, b);
  const k = a + p;
  if (p === 0 || k >= b || !bareNoun(side, k, k + 1)) return p;
  const next = side.tokens[k + 1];
  if (next && !next.punct && (next.pos === 'NOUN' || next.pos === 'PROPN')) return p;
  return p + 1 + particles(side, k + 1, b);
}

interface Piece {
  b: Span;
  r: Span;
}

/** Both runs are words (no punctuation), function words each, and differ. */
function functionSwap(B: Side, b: Span, R: Side, r: Span): boolean {
  for (let i = b[0]; i < b[1]; i++) if (B.tokens[i].punct || !B.fn[i]) return false;
  for (let j = r[0]; j < r[1]; j++) if (R.tokens[j].punct || !R.fn[j]) return false;
  return true;
}

/**
 * The prepositions `g` close a complex preposition around the noun at `n`: a preposition right
 * before the noun (a determiner between aside), one preposition after it ("in accordance with",
 * "on the basis of", "in light of").
 */
function complexTail(side: Side, n: number, g: Span): boolean {
  if (g[1] - g[0] !== 1 || side.tokens[g[0]].pos !== 'ADP') return false;
  let p = n - 1;
  if (side.tokens[p]?.pos === 'DET') p--;
  return side.tokens[p]?.pos === 'ADP' && !side.tokens[p].punct;
}

/** The preposition before the noun at `n` (a determiner between aside), the noun and `g` spell a listed complex preposition (function-words.yaml `complex-prepositions`)? */
function complexPreposition(side: Side, n: number, g: Span, lex: Ctx['lex']): boolean {
  for (const from of [n - 1, n - 2]) {
    if (from < 0) continue;
    const words: string[] = [];
    for (let k = from; k < g[1]; k++) words.push(side.tokens[k].n);
    if (lex.complexPrepositions.has(words.join(' '))) return true;
  }
  return false;
}

/** A modifier (adjective or noun) at i, followed by its head noun at i + 1. */
function nounPhrase(side: Side, i: number): boolean {
  const m = side.tokens[i];
  const h = side.tokens[i + 1];
  return !!h && (m.pos === 'ADJ' || m.pos === 'NOUN') && h.pos === 'NOUN' && h.space !== '' && !/\d/.test(m.t + h.t);
}

export function splitReworded(c: Candidate, ctx: Ctx): Candidate[] | null {
  if (c.deontic || len(c.b) === 0 || len(c.r) === 0) return null;
  const flip = cutAtFlip(c, ctx);
  if (flip) return flip;
  const phrase = cutCommaPhrase(c, ctx);
  if (phrase) return phrase;
  const conjunct = cutConjunctForModifier(c, ctx);
  if (conjunct) return conjunct;
  const preposition = cutTrailingPreposition(c, ctx);
  if (preposition) return preposition;
  const B = ctx.base;
  const R = ctx.reading;
  const cb = contentIn(B, c.b);
  const cr = contentIn(R, c.r);
  if (cb.length === 0 || cr.length === 0) return null;
  if (cb.length * cr.length > MAX_CELLS) return null;
  // a name for a name ("the National Cyberspace Administration" → "the Digital Security Agency"):
  // one change, whatever words the two names share in form or kind
  const named = (side: Side, idx: readonly number[]) => idx.length >= 2 && idx.every((i) => /^\p{Lu}/u.test(side.tokens[i].t));
  if (named(B, cb) && named(R, cr)) return null;
  // a reference by number ("paragraph 2", "Article 5") for a noun phrase ("this obligation"): the
  // number is part of the reference, one change, not the noun reworded and the number dropped
  const reference = (side: Side, idx: readonly number[]) => idx.length === 2 && (side.tokens[idx[0]].pos === 'NOUN' || side.tokens[idx[0]].pos === 'PROPN') && /^\d+$/.test(side.tokens[idx[1]].t) && idx[1] === idx[0] + 1;
  const numbered = (side: Side, idx: readonly number[]) => idx.some((i) => /\d/.test(side.tokens[i].t));
  if ((reference(B, cb) && !numbered(R, cr)) || (reference(R, cr) && !numbered(B, cb))) return null;
  // a part of a text renumbered and renamed ("section 34" → "clause 33", a bill's numbering against
  // the Act's; qualifiers.yaml `instruments`): one reference for another, one change
  const part = (side: Side, idx: readonly number[]) => reference(side, idx) && (ctx.lex.instruments.has(side.tokens[idx[0]].n) || ctx.lex.instruments.has(side.tokens[idx[0]].lemma.toLowerCase()));
  if (part(B, cb) && part(R, cr)) return null;
  // part of a name on each side, the rest of it read on both ("the Online Services Terms" → "the
  // Product Terms"): the name renamed, one change over the whole name, not a word for a word and a
  // word dropped
  const name = nameAround(c, ctx);
  if (name) return [name];
  const namedWord = (side: Side, idx: readonly number[]) => idx.length >= 1 && idx.every((i) => /^\p{Lu}/u.test(side.tokens[i].t) && (i > 0 && side.tokens[i - 1].sentence === side.tokens[i].sentence));
  // (one of them may be one word: "the Joint Committee" → "the Commission", not 'Joint' →
  // 'Commission' and 'Committee' dropped; capitals that only open a sentence make no name)
  if (namedWord(B, cb) && namedWord(R, cr) && cb.length + cr.length >= 3) return null;
  // a noun compound replaced whole by one noun or name, each side no more than its determiner and
  // its nouns ("the data exporter" → "Customer", "the service provider" → "the supplier"): the
  // modifier and the head name one party or thing, one change, not the modifier replaced and the
  // head dropped
  if ((nounCompound(B, c.b, cb) && nounCompound(R, c.r, cr, 1)) || (nounCompound(R, c.r, cr) && nounCompound(B, c.b, cb, 1))) return null;
  // (and so is such a compound that opens one side, the rest of that side a limb or phrase after
  // it that the other lacks, "the data exporter and, where appropriate, the data subject" →
  // "Customer": the compound replaced, the rest dropped, not 'the data' → 'Customer' and the head
  // dropped with the limb)
  for (const [X, xs, cx, Y, ys, cy, fromBase] of [[B, c.b, cb, R, c.r, cr, true], [R, c.r, cr, B, c.b, cb, false]] as const) {
    if (!nounCompound(Y, ys, cy, 1)) continue;
    const end = compoundEnd(X, xs, cx);
    if (end < 0 || end >= xs[1]) continue;
    const head: Span = [xs[0], end];
    const rest: Span = [end, xs[1]];
    return fromBase ? [{ b: head, r: ys }, { b: rest, r: [ys[1], ys[1]] }] : [{ b: ys, r: head }, { b: [ys[1], ys[1]], r: rest }];
  }
  const pairs = pairContent(ctx, c, cb, cr);
  if (!pairs || pairs.length === 0) return null;

  // one piece per pair (null for an anchor read identically), then the gaps
  const subs: (Piece | null)[] = pairs.map((p) =>
    p.same && B.tokens[p.i].n === R.tokens[p.j].n ? null : { b: [p.i, p.i + 1], r: [p.j, p.j + 1] },
  );
  const isSub = (k: number) => k >= 0 && k < pairs.length && !pairs[k].same;
  const verbSub = (k: number) => isSub(k) && (B.tokens[pairs[k].i].pos === 'VERB' || R.tokens[pairs[k].j].pos === 'VERB');
  const nominal = (t: Token) => t.pos === 'NOUN' || t.pos === 'PROPN';
  const nounSub = (k: number) => isSub(k) && !!subs[k] && nominal(B.tokens[pairs[k].i]) && nominal(R.tokens[pairs[k].j]);
  const extra: Piece[] = [];
  for (let k = 0; k <= pairs.length; k++) {
    let b0 = k === 0 ? c.b[0] : pairs[k - 1].i + 1;
    let r0 = k === 0 ? c.r[0] : pairs[k - 1].j + 1;
    const b1 = k === pairs.length ? c.b[1] : pairs[k].i;
    const r1 = k === pairs.length ? c.r[1] : pairs[k].j;
    if (b1 - b0 + r1 - r0 === 0) continue;
    if (b1 - b0 === r1 - r0) {
      let same = true;
      for (let d = 0; d < b1 - b0 && same; d++) same = B.tokens[b0 + d].n === R.tokens[r0 + d].n;
      if (same) continue;
    }
    const gb = contentIn(B, [b0, b1]).length;
    const gr = contentIn(R, [r0, r1]).length;
    const left = k - 1;
    // a particle after a substituted verb goes with the verb ("stand against" → "oppose")
    if (verbSub(left) && !(gb > 0 && gr > 0)) {
      const pb = idiomTail(B, b0, b1);
      const pr = idiomTail(R, r0, r1);
      if (pb + pr > 0) {
        const s = subs[left]!;
        // the gap's content words stay as an addition or omission
        s.b = [s.b[0], b0 + pb];
        s.r = [s.r[0], r0 + pr];
        b0 += pb;
        r0 += pr;
        if (b1 - b0 + r1 - r0 === 0) continue;
      }
    }
    // a one-word postpositive modifier ("each State concerned" → "the Republic", "the authority
    // responsible" → "the Agency") on one side only, right after a substituted noun: the noun phrase
    // reworded whole, not a word dropped beside it
    if (nounSub(left) && (b1 === b0) !== (r1 === r0) && b1 - b0 + r1 - r0 === 1) {
      const [X, x] = b1 > b0 ? [B, b0] : [R, r0];
      const after = X.tokens[x + 1];
      const postpositive = (X.tokens[x].pos === 'ADJ' || X.tokens[x].pos === 'VERB') && X.content[x] && (!after || after.punct || !['NOUN', 'PROPN', 'ADJ'].includes(after.pos));
      if (postpositive && (b1 > b0 ? b0 === pairs[left].i + 1 : r0 === pairs[left].j + 1)) {
        const s = subs[left]!;
        s.b = [s.b[0], b1];
        s.r = [s.r[0], r1];
        continue;
      }
    }
    // function words on one side only go with the substitution beside them; one function word
    // for another ("in" → "within") is a change of its own, unless it belongs to the reworded
    // noun phrase itself: its determiner or preposition right before a substituted noun ("within
    // their territory" → "within the Republic", "on the continent" → "in the Republic": the phrase
    // reworded, not an accidental 'their' → 'the' beside it), or the closing preposition of a
    // complex preposition whose noun is substituted ("in accordance with" → "in light of")
    const swap = gb === 0 && gr === 0 && b1 > b0 && r1 > r0 && functionSwap(B, [b0, b1], R, [r0, r1]);
    // (an article or demonstrative for another, "a judge" → "the prosecutor", "The principles" →
    // "This document", stays grammar of its own: the test asks for a possessive, a quantifier or
    // a preposition on a side)
    const plain = (X: Side, a: number, b: number) => {
      for (let x = a; x < b; x++) if (!PLAIN_DETERMINERS.has(X.tokens[x].n)) return false;
      return true;
    };
    // (and the words of the noun phrase only: determiners, possessives, prepositions, not the
    // connective of a clause before it, "Where a State" → "If a Contracting")
    const ofPhrase = (X: Side, a: number, b: number) => {
      for (let x = a; x < b; x++) if (!NP_FUNCTION.has(X.tokens[x].pos) || ctx.lex.sameCondition.has(X.tokens[x].n)) return false;
      return true;
    };
    const headed = swap && nounSub(k) && b1 === pairs[k].i && r1 === pairs[k].j && !(plain(B, b0, b1) && plain(R, r0, r1)) && ofPhrase(B, b0, b1) && ofPhrase(R, r0, r1);
    // (the tagger may read the other noun as an adjective: "in light of")
    const closing = swap && !headed && isSub(left) && !!subs[left] && (nominal(B.tokens[pairs[left].i]) || nominal(R.tokens[pairs[left].j])) && b0 === pairs[left].i + 1 && r0 === pairs[left].j + 1 && complexTail(B, pairs[left].i, [b0, b1]) && complexTail(R, pairs[left].j, [r0, r1]) && (complexPreposition(B, pairs[left].i, [b0, b1], ctx.lex) || complexPreposition(R, pairs[left].j, [r0, r1], ctx.lex));
    // (the gap taken into the substitution after it, which then opens at the gap, or into the one
    // before it, which then ends with it)
    const absorb = (target: number) => {
      const s = subs[target]!;
      if (target === k) {
        s.b = [b0, s.b[1]];
        s.r = [r0, s.r[1]];
      } else {
        s.b = [s.b[0], b1];
        s.r = [s.r[0], r1];
      }
    };
    if (headed || closing) {
      absorb(headed ? k : left);
      continue;
    }
    if (gb === 0 && gr === 0 && (b1 === b0 || r1 === r0 || !swap)) {
      const target = isSub(k) ? k : isSub(left) ? left : -1;
      if (target >= 0) {
        absorb(target);
        continue;
      }
    }
    extra.push({ b: [b0, b1], r: [r0, r1] });
  }
  // a modifier and its head noun both substituted, side by side on both sides ("serious crime" →
  // "criminal offence"): one noun phrase reworded, one change, as an apparatus records it
  for (let k = 0; k + 1 < pairs.length; k++) {
    if (!isSub(k) || !isSub(k + 1) || !subs[k] || !subs[k + 1]) continue;
    const [p, n] = [pairs[k], pairs[k + 1]];
    if (n.i !== p.i + 1 || n.j !== p.j + 1) continue;
    if (subs[k]!.b[1] !== n.i || subs[k]!.r[1] !== n.j || subs[k + 1]!.b[0] !== n.i || subs[k + 1]!.r[0] !== n.j) continue;
    if (!nounPhrase(B, p.i) || !nounPhrase(R, p.j)) continue;
    subs[k + 1] = { b: [subs[k]!.b[0], subs[k + 1]!.b[1]], r: [subs[k]!.r[0], subs[k + 1]!.r[1]] };
    subs[k] = null;
  }
  // a verb substituted and the verb it governs inflected otherwise because its link changed
  // ("cooperate in responding" → "work together to respond"): one verb phrase reworded, one change
  for (let k = 1; k < pairs.length; k++) {
    const [p, n] = [pairs[k - 1], pairs[k]];
    if (!verbSub(k - 1) || !subs[k - 1] || !n.same || !subs[k]) continue;
    if (B.tokens[n.i].pos !== 'VERB' || R.tokens[n.j].pos !== 'VERB' || B.tokens[n.i].n === R.tokens[n.j].n) continue;
    // (nothing but function words between them in the base: the link; the reading may add a word)
    if (contentIn(B, [p.i + 1, n.i]).length > 0 || contentIn(R, [p.j + 1, n.j]).length > 1) continue;
    const from = subs[k - 1]!;
    const to = subs[k]!;
    subs[k] = { b: [Math.min(from.b[0], to.b[0]), to.b[1]], r: [Math.min(from.r[0], to.r[0]), to.r[1]] };
    subs[k - 1] = null;
    for (let x = extra.length - 1; x >= 0; x--) {
      const e = extra[x];
      if (e.b[0] >= subs[k]!.b[0] && e.b[1] <= subs[k]!.b[1] && e.r[0] >= subs[k]!.r[0] && e.r[1] <= subs[k]!.r[1]) extra.splice(x, 1);
    }
  }
  const out: Candidate[] = [];
  for (const p of [...subs, ...extra]) if (p && len(p.b) + len(p.r) > 0) out.push({ b: p.b, r: p.r });
  out.sort((x, y) => x.b[0] - y.b[0] || x.r[0] - y.r[0]);
  if (out.length === 0) return null;
  if (out.length === 1 && out[0].b[0] === c.b[0] && out[0].b[1] === c.b[1] && out[0].r[0] === c.r[0] && out[0].r[1] === c.r[1]) return null;
  return out;
}

/**
 * A change with content words on one side only and something on the other — function words or
 * marks ("breach within" → "in the", "a" → "any violation of", "Controllers." → ", and"): not an
 * omission (or addition) with words left over on the other side, which would label a stretch read
 * on both sides as dropped. The poorer side's words take the place of the function words or marks
 * at an edge of the richer side when their first words are of the same part of speech (marks
 * before them aside; prepositions and subordinators alike; marks alone alike), the leading edge first ("a" → "any", "within" → "in the",
 * "." → ", and"); the content words, with the other edge, are the omission (or addition). A
 * leading edge with a preposition is not cut from the noun it governs ("on the basis of" → "under"
 * is one rewording of a complex preposition), nor a trailing preposition from an adjective or verb
 * before it ("pursuant to" → "under"). With no such edge, a poorer side of marks and
 * coordinators only is a connective added beside the content dropped ("Controllers" → "and").
 * Null otherwise (the change is one rewording: lexical), and unless exactly one side has content
 * words and both sides have tokens.
 */
export function splitOneSided(c: Candidate, ctx: Ctx): Candidate[] | null {
  if (c.deontic || len(c.b) === 0 || len(c.r) === 0) return null;
  const cb = contentIn(ctx.base, c.b).length;
  const cr = contentIn(ctx.reading, c.r).length;
  if ((cb > 0) === (cr > 0)) return null;
  // words read alike at the ends of the two sides are no change ("to appropriate" → "to")
  const t = trimAlike(c, ctx);
  if (len(t.b) === 0 || len(t.r) === 0) return [t];
  c = t;
  const fromBase = cb > 0;
  const side = fromBase ? ctx.base : ctx.reading;
  const other = fromBase ? ctx.reading : ctx.base;
  const [s0, s1] = fromBase ? c.b : c.r;
  const poor = fromBase ? c.r : c.b;
  let a = s0;
  while (a < s1 && !side.content[a]) a++;
  // (the first content word's hyphenated compound is one word from its first part: "an up-to-date
  // register" → "a register" opens with the article, not with "up" read as a preposition)
  while (a - 2 >= s0 && side.tokens[a - 1].n === '-' && side.tokens[a - 1].space === '' && side.tokens[a].space === '' && !side.tokens[a - 2].punct) a -= 2;
  let z = s1;
  while (z > a && !side.content[z - 1]) z--;
  const part = (t: Token) => (t.punct ? 'PUNCT' : t.pos === 'SCONJ' ? 'ADP' : t.pos);
  // the part of speech a stretch opens with: its first word, marks before it aside (", and")
  const opening = (x: Side, p0: number, p1: number) => {
    for (let k = p0; k < p1; k++) if (!x.tokens[k].punct) return part(x.tokens[k]);
    return 'PUNCT';
  };
  const opens = opening(other, poor[0], poor[1]);
  const none = (at: number): Span => [at, at];
  // [rich span, poor span] pieces
  let pieces: [Span, Span][] | null = null;
  let governs = false;
  for (let k = s0; k < a; k++) governs ||= side.tokens[k].pos === 'ADP';
  if (governs) return null;
  // (a trailing preposition after a noun: "breach within"; after an adjective or a participle it
  // makes a complex preposition with it: "pursuant to", "according to")
  const noun = (k: number) => side.tokens[k].pos === 'NOUN' || side.tokens[k].pos === 'PROPN';
  const joinsNoun = (w: string) => z + 1 === s1 && (w === 'of' || ctx.lex.nounPrepositions.has(w));
  // (two connectives of the same condition open the two sides, "where the issuing" → "if the",
  // whatever parts of speech the tagger gives them: qualifiers.yaml same-condition)
  const firstWord = (x: Side, p0: number, p1: number) => {
    for (let k = p0; k < p1; k++) if (!x.tokens[k].punct) return x.tokens[k].n;
    return '';
  };
  const sameCondition = ctx.lex.sameCondition.has(firstWord(side, s0, a)) && ctx.lex.sameCondition.has(firstWord(other, poor[0], poor[1]));
  if (a > s0 && (opening(side, s0, a) === opens || sameCondition)) pieces = [[[s0, a], poor], [[a, s1], none(poor[1])]];
  // (not a preposition that joins the noun before it to the noun phrase it heads, "the development
  // [of] training programmes" → "through training programmes": its head dropped, the other side's
  // preposition joins the words to something else, one rewording; function-words.yaml
  // `noun-prepositions`, and "of")
  else if (z < s1 && opening(side, z, s1) === opens && (opens !== 'ADP' || (noun(z - 1) && !joinsNoun(side.tokens[z].n)))) pieces = [[[s0, z], none(poor[0])], [[z, s1], poor]];
  else {
    let connective = true;
    for (let k = poor[0]; k < poor[1] && connective; k++) connective = other.tokens[k].punct || other.tokens[k].pos === 'CCONJ';
    if (connective) pieces = [[[s0, s1], none(poor[0])], [none(s1), poor]];
  }
  if (!pieces) return null;
  const out: Candidate[] = [];
  for (const [rich, p] of pieces) {
    // ("and" → ", and": a comma added)
    const piece = trimAlike(fromBase ? { b: rich, r: p } : { b: p, r: rich }, ctx);
    if (len(piece.b) + len(piece.r) > 0) out.push(piece);
  }
  return out;
}

/** The candidate without the tokens its two sides begin (and end) with alike. */
export function trimAlike(c: Candidate, ctx: Ctx): Candidate {
  let [b0, b1] = c.b;
  let [r0, r1] = c.r;
  while (b0 < b1 && r0 < r1 && ctx.base.tokens[b0].n === ctx.reading.tokens[r0].n) [b0, r0] = [b0 + 1, r0 + 1];
  while (b1 > b0 && r1 > r0 && ctx.base.tokens[b1 - 1].n === ctx.reading.tokens[r1 - 1].n) [b1, r1] = [b1 - 1, r1 - 1];
  return { b: [b0, b1], r: [r0, r1] };
}

/**
 * Runs of the words of listed antonym or status pairs (negation.yaml `antonyms`, `status`) in the
 * span, joined only by commas and coordinators ("voluntary, non-binding", "lawful and legitimate"):
 * each from its first listed word to its last.
 */
export function antonymRuns(side: Side, s: Span, lex: Ctx['lex']): Span[] {
  const T = side.tokens;
  const listed = (i: number) => lex.antonyms.has(T[i].lemma) || lex.antonyms.has(T[i].n);
  const joiner = (i: number) => T[i].n === ',' || T[i].pos === 'CCONJ';
  const out: Span[] = [];
  let i = s[0];
  while (i < s[1]) {
    if (!listed(i)) {
      i++;
      continue;
    }
    let e = i + 1;
    let last = e;
    while (e < s[1] && (listed(e) || joiner(e))) if (listed(e++)) last = e;
    out.push([i, last]);
    i = e;
  }
  return out;
}

/**
 * One run of listed words replaced by another that reverses it ("voluntary, non-binding" →
 * "binding", "lawful" → "unlawful"): some word of the base run has its listed antonym in the reading
 * run, and no word is read on both. Null otherwise; else the direction when the pairs across are
 * status pairs that agree (towards the stronger word: strengthened), none for a plain antonym.
 */
export function antonymFlip(ctx: Ctx, b: Span, r: Span): { direction?: Direction } | null {
  const B = ctx.base.tokens;
  const R = ctx.reading.tokens;
  const words = (T: readonly Token[], s: Span) => T.slice(s[0], s[1]).filter((t) => !t.punct && t.pos !== 'CCONJ');
  const wb = words(B, b);
  const wr = words(R, r);
  if (wb.length === 0 || wr.length === 0) return null;
  const { antonyms, status } = ctx.lex;
  if (wb.some((x) => wr.some((y) => x.lemma === y.lemma || x.n === y.n))) return null;
  let crossed = false;
  const dirs = new Set<Direction | undefined>();
  for (const x of wb) {
    for (const y of wr) {
      if (!antonyms.get(x.lemma)?.has(y.lemma) && !antonyms.get(x.n)?.has(y.n)) continue;
      crossed = true;
      dirs.add(status.get(`${x.n}>${y.n}`) ?? status.get(`${x.lemma}>${y.lemma}`));
    }
  }
  if (!crossed) return null;
  const [d] = dirs;
  return dirs.size === 1 && d ? { direction: d } : {};
}

/** Parts of speech that open a phrase set off after a comma (not an item of a list of nouns). */
const PHRASE_OPENERS = new Set(['VERB', 'ADP', 'SCONJ', 'ADV']);

/**
 * A phrase set off by commas at an edge of one side of a replacement whose other side has no comma:
 * a phrase added (or dropped) beside the words replaced, not part of the rewording ("digital trade"
 * → "electronic commerce, taking into account principles …": "digital trade" → "electronic
 * commerce" and ", taking into account …" added; "for a specific" → ", or an algorithm expressed in
 * that source code, for an": the parenthesis added, "for a specific" → "for an" compared on its
 * own). The phrase: from the side's first comma to its second, when the side opens with the first;
 * or from its only comma to its end, when a verb, preposition, subordinator or adverb follows the
 * comma (not a noun: "data" → "names, addresses and numbers" is one rewording). The phrase has a
 * content word and the rest of its side a word. Null otherwise.
 */
function cutCommaPhrase(c: Candidate, ctx: Ctx): Candidate[] | null {
  for (const fromBase of [true, false]) {
    const X = fromBase ? ctx.base : ctx.reading;
    const Y = fromBase ? ctx.reading : ctx.base;
    const xs = fromBase ? c.b : c.r;
    const ys = fromBase ? c.r : c.b;
    let noComma = true;
    for (let j = ys[0]; j < ys[1] && noComma; j++) noComma = Y.tokens[j].n !== ',';
    if (!noComma) continue;
    const commas: number[] = [];
    for (let i = xs[0]; i < xs[1]; i++) if (X.tokens[i].n === ',') commas.push(i);
    let cut: Span | null = null;
    if (commas.length === 2 && commas[0] === xs[0]) cut = [commas[0], commas[1] + 1];
    else if (commas.length === 1 && commas[0] > xs[0] && commas[0] + 1 < xs[1] && PHRASE_OPENERS.has(X.tokens[commas[0] + 1].pos)) cut = [commas[0], xs[1]];
    // (the phrase between two commas closing the stretch: "the international community, on the
    // basis of these principles," → "all parties" is the noun phrase reworded and the phrase dropped)
    else if (commas.length === 2 && commas[0] > xs[0] && commas[1] === xs[1] - 1 && commas[0] + 1 < commas[1] && PHRASE_OPENERS.has(X.tokens[commas[0] + 1].pos)) cut = [commas[0], xs[1]];
    if (!cut || contentIn(X, cut).length === 0) continue;
    const rest: Span = cut[0] === xs[0] ? [cut[1], xs[1]] : [xs[0], cut[0]];
    let word = false;
    for (let i = rest[0]; i < rest[1] && !word; i++) word = !X.tokens[i].punct;
    if (!word) continue;
    const at = cut[0] === xs[0] ? ys[0] : ys[1];
    const pieces: Candidate[] = fromBase ? [{ b: cut, r: [at, at] }, { b: rest, r: ys }] : [{ b: [at, at], r: cut }, { b: ys, r: rest }];
    return pieces.sort((x, y) => x.b[0] - y.b[0] || x.r[0] - y.r[0]);
  }
  return null;
}

/**
 * One noun for another, each with another preposition after it before the same words ("requests
 * for assistance by other States" → "… help from other States"): two changes, the noun (lexical)
 * and the preposition (grammar, judged on its own), not one over both. Both sides are exactly a
 * noun and a preposition (a verb and its particle stay one change); null otherwise.
 */
function cutTrailingPreposition(c: Candidate, ctx: Ctx): Candidate[] | null {
  if (len(c.b) !== 2 || len(c.r) !== 2) return null;
  const B = ctx.base.tokens;
  const R = ctx.reading.tokens;
  const [nb, pb] = [B[c.b[0]], B[c.b[0] + 1]];
  const [nr, pr] = [R[c.r[0]], R[c.r[0] + 1]];
  // (a noun; the tagger reads a noun after a preposition as a verb at times, "for help from"; a verb
  // and its particle, "cooperate with" → "work towards", is one change)
  const noun = (T: readonly Token[], i: number) => T[i].pos === 'NOUN' || T[i].pos === 'PROPN' || (T[i].pos === 'VERB' && i > 0 && (T[i - 1].pos === 'ADP' || T[i - 1].pos === 'SCONJ'));
  if (!noun(B, c.b[0]) || !noun(R, c.r[0]) || pb.pos !== 'ADP' || pr.pos !== 'ADP' || nb.n === nr.n || pb.n === pr.n) return null;
  return [
    { b: [c.b[0], c.b[0] + 1], r: [c.r[0], c.r[0] + 1] },
    { b: [c.b[0] + 1, c.b[1]], r: [c.r[0] + 1, c.r[1]] },
  ];
}

/**
 * A coordinated limb on one side against a phrase that modifies the word before it on the other,
 * with no content word in common ("research [or incident response]" → "research [of any kind]",
 * "Parties [or observers]" → "Parties [to the Convention]"): the limb is dropped (or added) and the
 * modifier added (or dropped), two changes, not one word replacing another ("incident" → "kind").
 * One side opens with a coordinator, the other with a preposition; both have content words. When
 * the limb has a modifier of its own that opens with the same preposition, the limb up to it is
 * dropped and the two modifiers are compared. Null otherwise, and when the prepositional side
 * holds an auxiliary (a predicate of its own, not a modifier).
 */
function cutConjunctForModifier(c: Candidate, ctx: Ctx): Candidate[] | null {
  const B = ctx.base.tokens;
  const R = ctx.reading.tokens;
  const opens = (t: Token, pos: string) => !t.punct && t.pos === pos;
  const bConj = opens(B[c.b[0]], 'CCONJ');
  const rConj = opens(R[c.r[0]], 'CCONJ');
  if (bConj === rConj || !(bConj ? opens(R[c.r[0]], 'ADP') : opens(B[c.b[0]], 'ADP'))) return null;
  const cb = contentIn(ctx.base, c.b);
  const cr = contentIn(ctx.reading, c.r);
  if (cb.length === 0 || cr.length === 0) return null;
  const key = (t: Token) => spellingKey(t.lemma, ctx.lex);
  const keys = new Set(cb.map((i) => key(B[i])));
  if (cr.some((j) => keys.has(key(R[j])))) return null;
  // the limb's own modifier opens with the same preposition ("laws [and regulations of the State
  // where they operate]" → "laws [of host countries]"): the limb up to it dropped, the modifier
  // reworded
  const [X, xs, Y, ys] = bConj ? [B, c.b, R, c.r] : [R, c.r, B, c.b];
  // (a phrase with a predicate of its own is no modifier of the word before it: "access [or
  // receive stored data]" → "access [under paragraph 2 is lawful]" is one rewording)
  if (predicateIn(bConj ? ctx.reading : ctx.base, ys, ctx.lex)) return null;
  let p = -1;
  for (let i = xs[0] + 1; i < xs[1] && p < 0; i++) if (X[i].n === Y[ys[0]].n) p = i;
  if (p > 0) {
    const limb: Span = [xs[0], p];
    const mod: Span = [p, xs[1]];
    if (contentIn(bConj ? ctx.base : ctx.reading, limb).length === 0) return null;
    return bConj
      ? [{ b: limb, r: [ys[0], ys[0]] }, { b: mod, r: ys }]
      : [{ b: [ys[0], ys[0]], r: limb }, { b: ys, r: mod }];
  }
  return [
    { b: c.b, r: [c.r[0], c.r[0]] },
    { b: [c.b[1], c.b[1]], r: c.r },
  ];
}

/**
 * Does the span hold a predicate of its own: an auxiliary ("under paragraph 2 [is] lawful") with no
 * relative word or subordinator before it in the span (a relative clause inside a modifier, "in
 * areas [where] it is needed", still modifies)?
 */
export function predicateIn(side: Side, s: Span, lex: Ctx['lex']): boolean {
  for (let j = s[0]; j < s[1]; j++) {
    const t = side.tokens[j];
    if (t.pos === 'SCONJ' || lex.relatives.has(t.n) || lex.subordinators.has(t.n)) return false;
    if (t.pos === 'AUX') return true;
  }
  return false;
}

/**
 * A rewording around a run of listed words that reverses (`antonymFlip`: "Group reaffirms that
 * voluntary, non-binding" → "experts say binding"): the reversal is its own candidate, the words
 * before and after it are compared on their own (words read alike at their edges aside). Null when
 * there is no such run on each side, or it is the whole change.
 */
function cutAtFlip(c: Candidate, ctx: Ctx): Candidate[] | null {
  const rb = antonymRuns(ctx.base, c.b, ctx.lex);
  if (rb.length === 0) return null;
  const rr = antonymRuns(ctx.reading, c.r, ctx.lex);
  for (const b of rb) {
    for (const r of rr) {
      if (!antonymFlip(ctx, b, r)) continue;
      if (b[0] === c.b[0] && b[1] === c.b[1] && r[0] === c.r[0] && r[1] === c.r[1]) return null;
      const out: Candidate[] = [];
      const before = trimAlike({ b: [c.b[0], b[0]], r: [c.r[0], r[0]] }, ctx);
      const after = trimAlike({ b: [b[1], c.b[1]], r: [r[1], c.r[1]] }, ctx);
      for (const p of [before, { b, r }, after]) if (len(p.b) + len(p.r) > 0) out.push(p);
      return out;
    }
  }
  return null;
}

/** Longest run of words repeated at the end of a dropped limb (thresholds would be overkill: a noun phrase). */
const LIMB_REPEAT_MAX = 6;

/**
 * A coordinated limb dropped (or added) beside a rewording, the limb ending with the very words the
 * change follows ("damage critical infrastructure [or otherwise impair the operation of critical
 * infrastructure] to provide services to the public" → "damage critical infrastructure serving the
 * public"): the aligner could as well have matched the repeated words at the limb's end, so the
 * limb is the piece one side lacks, and the words after it are compared with the other side. One
 * side opens with a coordinator, has a verb before the repeat, and words after it; the repeat (up
 * to LIMB_REPEAT_MAX words, ending in a noun) reads as the words right before the change. Null
 * otherwise.
 */
export function splitRepeatedLimb(c: Candidate, ctx: Ctx): Candidate[] | null {
  if (c.deontic || len(c.b) === 0 || len(c.r) === 0) return null;
  for (const fromBase of [true, false]) {
    const [X, xs, ys] = fromBase ? [ctx.base, c.b, c.r] : [ctx.reading, c.r, c.b];
    const T = X.tokens;
    if (T[xs[0]].pos !== 'CCONJ' || len(xs) <= len(ys)) continue;
    for (let m = Math.min(LIMB_REPEAT_MAX, xs[0]); m >= 1; m--) {
      const before = T.slice(xs[0] - m, xs[0]);
      if (before.some((t) => t.sentence !== T[xs[0]].sentence) || !(before[m - 1].pos === 'NOUN' || before[m - 1].pos === 'PROPN')) continue;
      // the first repeat inside the change, a verb between the coordinator and it, words after it
      for (let e = xs[0] + 1 + m; e < xs[1]; e++) {
        let same = true;
        for (let k = 0; k < m && same; k++) same = T[e - m + k].n === before[k].n;
        if (!same) continue;
        let verb = false;
        for (let i = xs[0] + 1; i < e - m && !verb; i++) verb = T[i].pos === 'VERB';
        if (!verb) break;
        const limb: Span = [xs[0], e];
        const rest: Span = [e, xs[1]];
        const none: Span = [ys[0], ys[0]];
        return fromBase ? [{ b: limb, r: none }, { b: rest, r: ys }] : [{ b: none, r: limb }, { b: ys, r: rest }];
      }
    }
  }
  return null;
}

/** A capitalised word (a word of a name): a letter in upper case first, not a word in capitals alone ("SHALL"). */
const capital = (t: Token) => /^\p{Lu}/u.test(t.t) && !t.punct;

/** The run of capitalised words around [a, b), stopping at the sentence's first word (capitalised as any). */
function capitalRun(side: Side, a: number, b: number): Span {
  const T = side.tokens;
  const first = (i: number) => i === 0 || T[i - 1].sentence !== T[i].sentence || (T[i - 1].punct && /^[.:;!?]$/.test(T[i - 1].t));
  let x = a;
  while (x > 0 && capital(T[x - 1]) && !first(x - 1) && T[x - 1].sentence === T[a].sentence) x--;
  let y = b;
  while (y < T.length && capital(T[y]) && T[y].sentence === T[b - 1].sentence) y++;
  return [x, y];
}

/**
 * A change inside a name on both sides: the words changed capitalised on each side (content words
 * only: "of", "the" inside a name are read alike), the name going on past the change with words
 * both sides read alike ("[Online Services] Terms" → "[Product] Terms"), two or more words a
 * side in all, and two or more changed content words on one side (one for one is a substitution
 * already). The candidate widened to the whole name on both sides; null otherwise.
 */
function nameAround(c: Candidate, ctx: Ctx): Candidate | null {
  const B = ctx.base;
  const R = ctx.reading;
  const cb = contentIn(B, c.b);
  const cr = contentIn(R, c.r);
  if (cb.length < 2 && cr.length < 2) return null;
  if (!cb.every((i) => capital(B.tokens[i])) || !cr.every((j) => capital(R.tokens[j]))) return null;
  // (every token of the change a word of the name: no punctuation, nothing lower case but function words)
  const inside = (side: Side, s: Span) => {
    for (let i = s[0]; i < s[1]; i++) if (side.tokens[i].punct || (!capital(side.tokens[i]) && !side.fn[i])) return false;
    return true;
  };
  if (!inside(B, c.b) || !inside(R, c.r)) return null;
  const nb = capitalRun(B, c.b[0], c.b[1]);
  const nr = capitalRun(R, c.r[0], c.r[1]);
  // the same words before and after the change on both sides
  const before = c.b[0] - nb[0];
  const after = nb[1] - c.b[1];
  if (before !== c.r[0] - nr[0] || after !== nr[1] - c.r[1] || before + after === 0) return null;
  for (let k = 1; k <= before; k++) if (B.tokens[c.b[0] - k].n !== R.tokens[c.r[0] - k].n) return null;
  for (let k = 0; k < after; k++) if (B.tokens[c.b[1] + k].n !== R.tokens[c.r[1] + k].n) return null;
  return { ...c, b: nb, r: nr };
}
