/**
 * Whole sentences and coordinated clauses ("limbs") that one side has and the other does not.
 *
 * A summary or paraphrase often leaves out a sentence ("Any bilateral data access agreement … should
 * not infringe …") or the second limb of a sentence (", nor force users to upgrade their systems").
 * Left to the token aligner, such a gap gets anchored on stray shared words ("data", "the") and
 * comes out as a chain of lexical changes, or its qualifier phrases are reported as dropped
 * qualifiers. So, before aligning, each sentence of a side, and else each of its limbs, whose
 * distinct content words are mostly missing from the other side's whole reading (share
 * `clause-missing`, at least `clause-min-content` words; lexicons/thresholds.yaml) is set aside:
 * the rest is aligned without it, and it is reported as one omission (or addition).
 *
 * A limb starts at a comma or semicolon followed by a coordinator (or "nor") that opens a new
 * predicate (a verb, auxiliary, modal or negator follows, adverbs skipped; or a short subject and a
 * modal, ", and the handler shall be informed", after a head clause with a frame), or at a semicolon; it
 * runs to the next limb or to the end of the sentence, its final punctuation excluded. Only the
 * second and later limbs may be set aside: the first is the head clause, which a reading of the
 * sentence rewords rather than omits. Nor is anything set aside that would leave this side with
 * fewer deontic frames (modal or directive predicates, side.ts) than the other side has: a
 * paraphrase that merges two sentences keeps both obligations, however reworded. A limb
 * never starts inside a qualifier phrase ("to obtain data or control or manipulate systems" is one
 * purpose phrase: qualifier.ts judges it, and so is a limb that goes on with a condition after a
 * comma: "provided that the measure is …, and does not impose …", qualifier.ts conditionLimbCommas), and no limb that reads two content words in a row that
 * the other side reads in a row ("and desiring to strengthen their cooperation …" against "and
 * wishing to strengthen their cooperation …": reworded, not left out). Linear in the number of tokens.
 */
import type { Span, Token } from '../types.js';
import { conditionLimbCommas, qualifierPhrases } from './classify/qualifier.js';
import type { Lexicons } from './lexicon.js';
import { type Side, presentIn, sentenceSpans } from './side.js';

const FINAL = new Set(['.', '!', '?']);

/** Does a new predicate start at token k (adverbs skipped)? */
function predicateAt(side: Side, k: number, end: number): boolean {
  while (k < end && side.tokens[k].pos === 'ADV' && !side.neg[k]) k++;
  if (k >= end) return false;
  const t = side.tokens[k];
  // (an infinitive, ", and to take measures …": a second act of the verb that governs the first,
  // "committed to refrain from X, …, and to take …")
  const infinitive = t.n === 'to' && k + 1 < end && side.tokens[k + 1].pos === 'VERB' && side.tokens[k + 1].n === side.tokens[k + 1].lemma;
  return t.pos === 'VERB' || t.pos === 'AUX' || side.marker[k] >= 0 || side.neg[k] || infinitive;
}

/** Longest subject a coordinated clause may open with (`subjectAndModalAt`), in tokens. */
const MAX_SUBJECT = 5;
// (a pronoun too: ", and we will refrain from …", a speaker's second commitment)
const SUBJECT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);

/**
 * Does a clause with its own subject and a modal start at token k (", and the handler shall be
 * informed …"), after a head clause [s0, at) that has a frame of its own? (A subject after a list's
 * last comma, "A, B, and the Z shall …", is the sentence's only frame: no limb.)
 */
function subjectAndModalAt(side: Side, k: number, s: Span, at: number): boolean {
  if (!side.frames.some((f) => f.start >= s[0] && f.start < at)) return false;
  // (a negator that opens the frame after the subject, ", and we no longer ask …", ends the subject)
  let j = k;
  while (j < s[1] && j - k < MAX_SUBJECT && SUBJECT_POS.has(side.tokens[j].pos) && !(j > k && side.neg[j] && side.marker[j] >= 0)) j++;
  return j > k && j < s[1] && side.marker[j] >= 0 && (!side.neg[j] || SUBJECT_POS.has(side.tokens[j - 1].pos));
}

/** The limbs of a sentence [s0,s1): spans partitioning it (final punctuation left out when there are several). */
function limbs(side: Side, s: Span, inQualifier: readonly boolean[]): Span[] {
  const T = side.tokens;
  const starts: number[] = [s[0]];
  for (let i = s[0] + 1; i < s[1] - 1; i++) {
    const t = T[i];
    if (!t.punct || (t.n !== ',' && t.n !== ';') || inQualifier[i]) continue;
    const next = T[i + 1];
    const coord = next.pos === 'CCONJ' || side.neg[i + 1];
    if (coord && !inQualifier[i + 1] && (predicateAt(side, i + 2, s[1]) || subjectAndModalAt(side, i + 2, s, i))) starts.push(i);
    else if (t.n === ';' && predicateAt(side, i + 1, s[1])) starts.push(i);
  }
  if (starts.length === 1) return [s];
  let end = s[1];
  while (end > s[0] && T[end - 1].punct && FINAL.has(T[end - 1].n)) end--;
  const out: Span[] = [];
  for (let k = 0; k < starts.length; k++) out.push([starts[k], k + 1 < starts.length ? starts[k + 1] : end]);
  return out;
}

/** A span of a side, with the first token of each distinct content lemma in it (what `missingShare` looks up) once asked for. */
interface Stretch {
  span: Span;
  firsts?: Token[];
}

/** What `droppedSpans` needs of one side, whatever the other: worked out once per side (`Side.dropParts`). */
export interface SideParts {
  lex: Lexicons;
  /** The sentences. */
  sentences: Stretch[];
  /** For each sentence, its limbs after the first (the head clause is never set aside). */
  limbs: Stretch[][];
  /** Frames (modal or directive predicates) starting before each token position. */
  before: number[];
  /** Content bigrams of the whole side (`contentBigrams`), when first needed. */
  bigrams?: Map<string, number>;
  /** For each content lemma and stem of the side, how many of its sentences read it (`ownSentences`), when first needed. */
  sentencesOf?: Map<string, number>;
}

/** How many sentences of the side read each content lemma (and stem), each sentence counted once. */
function ownSentences(side: Side, parts: SideParts): Map<string, number> {
  if (parts.sentencesOf) return parts.sentencesOf;
  const out = new Map<string, number>();
  for (const st of parts.sentences) {
    const keys = new Set<string>();
    for (let i = st.span[0]; i < st.span[1]; i++) {
      if (!side.content[i]) continue;
      keys.add(`l:${side.tokens[i].lemma}`);
      keys.add(`s:${side.tokens[i].stem}`);
    }
    for (const k of keys) out.set(k, (out.get(k) ?? 0) + 1);
  }
  return (parts.sentencesOf = out);
}

/** The first token of each distinct content lemma of the stretch, in order. */
function firstsOf(side: Side, s: Stretch): Token[] {
  if (s.firsts) return s.firsts;
  const seen = new Set<string>();
  const firsts: Token[] = [];
  for (let i = s.span[0]; i < s.span[1]; i++) {
    if (!side.content[i]) continue;
    const t = side.tokens[i];
    if (seen.has(t.lemma)) continue;
    seen.add(t.lemma);
    firsts.push(t);
  }
  return (s.firsts = firsts);
}

function sideParts(side: Side, lex: Lexicons): SideParts {
  const known = side.dropParts;
  if (known && known.lex === lex) return known;
  const n = side.tokens.length;
  const inQualifier = new Array<boolean>(n).fill(false);
  for (const p of qualifierPhrases(side, lex)) if (!p.word) inQualifier.fill(true, p.start + 1, p.end);
  // (a comma that goes on with a limb of the condition before it: the limb is the condition's)
  const limbCommas = conditionLimbCommas(side, lex);
  for (let i = 0; i < limbCommas.length; i++) if (limbCommas[i]) inQualifier[i] = true;
  const before = new Array<number>(n + 1).fill(0);
  for (const f of side.frames) before[f.start + 1]++;
  for (let i = 1; i <= n; i++) before[i] += before[i - 1];
  const ss = sentenceSpans(side.tokens);
  const parts: SideParts = {
    lex,
    sentences: ss.map((span) => ({ span })),
    limbs: ss.map((sp) => limbs(side, sp, inQualifier).slice(1).map((span) => ({ span }))),
    before,
  };
  side.dropParts = parts;
  return parts;
}

/** Is every content word of the lemma in the span an adjective right before a noun ("third parties")? */
function onlyAttributive(side: Side, s: Span, lemma: string): boolean {
  const T = side.tokens;
  for (let i = s[0]; i < s[1]; i++) {
    if (!side.content[i] || T[i].lemma !== lemma) continue;
    const next = T[i + 1];
    if (T[i].pos !== 'ADJ' || !next || (next.pos !== 'NOUN' && next.pos !== 'PROPN')) return false;
  }
  return true;
}

/**
 * Share of the stretch's distinct content lemmas missing from the other side (0 when it has too
 * few; 0 too for a whole sentence of which the other side still reads `clause-kept` lemmas or more:
 * it is reworded, not left out).
 */
function missingShare(side: Side, s: Stretch, other: Side, lex: Lexicons, sentence: SideParts | null = null): number {
  const firsts = firstsOf(side, s);
  const seen = firsts.length;
  // (too few to tell: 0, whatever the other side reads)
  if (seen < lex.thresholds.clauseMinContent) return 0;
  let miss = 0;
  // content words the other side reads that no other sentence of this side reads: the other side
  // can only have them from this sentence
  let own = 0;
  // kept words the other side can have from another sentence of this side: its other sentences
  // read the word at least as often as the other side's sentences do ("The manufacturer shall
  // publish the support period. Where …, the manufacturer should publish the rationale, the period
  // of support and …" against "The manufacturer will publish the support period.": the second
  // sentence keeps nothing of its own, it is left out, not reworded)
  let elsewhere = 0;
  const counts = sentence ? ownSentences(side, sentence) : null;
  const theirs = sentence ? ownSentences(other, sideParts(other, lex)) : null;
  for (const t of firsts) {
    if (!presentIn(t, other)) miss++;
    else if (counts && theirs && (counts.get(`l:${t.lemma}`) ?? 0) - 1 >= Math.max(theirs.get(`l:${t.lemma}`) ?? 0, 1)) elsewhere++;
    // (an adjective before its noun, "third" of "third parties" against "third States", names
    // nothing the other side can have taken from the sentence: it may modify another noun there)
    else if (counts && (counts.get(`l:${t.lemma}`) ?? 0) <= 1 && (counts.get(`s:${t.stem}`) ?? 0) <= 1 && !onlyAttributive(side, s.span, t.lemma)) own++;
  }
  if (sentence && seen - miss - elsewhere >= lex.thresholds.clauseKept) return 0;
  // a sentence whose own words the other side still reads (`clause-merged` or more) is folded into
  // another sentence there ("… obligations. It is to take effect …" → "…, which is not legally
  // binding, takes effect immediately"), reworded, not left out
  if (sentence && own >= lex.thresholds.clauseMerged) return 0;
  return seen >= lex.thresholds.clauseMinContent ? miss / seen : 0;
}

/** Pairs of content lemmas that follow each other (function words and marks between them aside), as "a b", with their counts. */
function contentBigrams(side: Side, s: Span): Map<string, number> {
  const out = new Map<string, number>();
  let prev: string | null = null;
  for (let i = s[0]; i < s[1]; i++) {
    if (!side.content[i]) continue;
    const l = side.tokens[i].lemma;
    if (prev !== null) out.set(`${prev} ${l}`, (out.get(`${prev} ${l}`) ?? 0) + 1);
    prev = l;
  }
  return out;
}

/**
 * Does the limb read two content words in a row that the other side reads in a row too ("to
 * strengthen their cooperation"), and that this side reads nowhere else (else the other side's
 * reading answers that other place: "other States" in the head clause and in a dropped limb)?
 */
function keepsPhrase(side: Side, s: Span, mine: Map<string, number>, theirs: Map<string, number>): boolean {
  for (const [b, n] of contentBigrams(side, s)) if (theirs.has(b) && mine.get(b) === n) return true;
  return false;
}

/**
 * A last limb that ends the reading with the mark the other side ends with too ("…, and should
 * designate a contact point;" against "…and other resolutions;": a list item's ";"): the mark
 * closes both readings and is left out of the omission (else the other side's mark reads as added).
 * A final ".", "!" or "?" is already outside the limb (`limbs`).
 */
function closingMarkLeft(side: Side, s: Span, other: Side): Span {
  const T = side.tokens;
  const n = T.length;
  if (s[1] !== n || s[1] - s[0] < 2 || !T[n - 1].punct || !CLOSING.has(T[n - 1].n)) return s;
  const o = other.tokens[other.tokens.length - 1];
  return o.punct && o.n === T[n - 1].n ? [s[0], s[1] - 1] : s;
}

/** Marks that may close a reading besides a sentence's final mark (a list item: "…;", a lead-in: "…:"). */
const CLOSING = new Set([';', ':']);

/** How `droppedSpans` weighs frames. */
export interface DropOptions {
  /** Frames the other side is taken to have (default: all of its frames). */
  want?: number;
  /** Set when a span was kept only because dropping it would leave this side fewer frames than `want`. */
  blocked?: boolean;
}

/** Frames (modal or directive predicates) of the side that start outside the spans. */
export function framesKept(side: Side, spans: readonly Span[]): number {
  let n = 0;
  for (const f of side.frames) if (!spans.some((s) => f.start >= s[0] && f.start < s[1])) n++;
  return n;
}

/** The sentences and limbs of `side` that `other` does not have, in order, disjoint. */
export function droppedSpans(side: Side, other: Side, lex: Lexicons, opts: DropOptions = {}): Span[] {
  // a lone sentence missing from the other side is a wholly different reading, not an omission
  if (side.tokens.length === 0 || other.tokens.length === 0) return [];
  const parts = sideParts(side, lex);
  const ss = parts.sentences;
  // frames (modal or directive predicates) before each token: a span may be set aside only if the
  // other side does not have more frames than this side keeps ("should require …, never force …"
  // is the counterpart of two sentences, even reworded beyond recognition)
  const before = parts.before;
  const framesIn = (s: Span) => before[s[1]] - before[s[0]];
  let keptFrames = side.frames.length;
  const want = opts.want ?? other.frames.length;
  const out: Span[] = [];
  const th = lex.thresholds.clauseMissing;
  // whole sentences first, the most foreign first, as long as one sentence remains
  const dropped = new Array<boolean>(ss.length).fill(false);
  if (ss.length > 1) {
    const order = ss.map((st, k) => ({ k, share: missingShare(side, st, other, lex, parts) })).filter((x) => x.share >= th);
    order.sort((a, b) => b.share - a.share || a.k - b.k);
    let left = ss.length;
    for (const { k } of order) {
      if (left <= 1) continue;
      if (keptFrames - framesIn(ss[k].span) < want) {
        opts.blocked = true;
        continue;
      }
      keptFrames -= framesIn(ss[k].span);
      dropped[k] = true;
      left--;
    }
  }
  // then the limbs of the sentences kept; the first limb is the head clause: a reading of the
  // sentence at all rewords it
  for (let k = 0; k < ss.length; k++) {
    if (dropped[k]) {
      out.push(ss[k].span);
      continue;
    }
    for (const limb of parts.limbs[k]) {
      if (missingShare(side, limb, other, lex) < th) continue;
      if (keptFrames - framesIn(limb.span) < want) {
        opts.blocked = true;
        continue;
      }
      // a limb that still reads a phrase of the other side is reworded, not left out
      const theirs = (sideParts(other, lex).bigrams ??= contentBigrams(other, [0, other.tokens.length]));
      const mine = (parts.bigrams ??= contentBigrams(side, [0, side.tokens.length]));
      if (keepsPhrase(side, limb.span, mine, theirs)) continue;
      keptFrames -= framesIn(limb.span);
      out.push(closingMarkLeft(side, limb.span, other));
    }
  }
  return out;
}
