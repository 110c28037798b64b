/**
 * `transposition`: the same words in another order. A run deleted from one change and a run
 * inserted by another change of the same unit, with the same normalised words (punctuation and
 * function words at their edges aside, at least one content word), make one transposition variant
 * instead of an omission and an addition. Their tokens are claimed.
 *
 * A block moved *and* reworded (a sentence moved to the end of the unit with "should" → "must" in
 * it) is found too: a deleted and an inserted run sharing most of their content words
 * (`move-similarity`, at least `move-min-content` content words; lexicons/thresholds.yaml) make a
 * transposition, and the two runs are aligned with each other so that the changes inside the block
 * are classified as usual (modality, lexical…).
 */
import { type AlignOp, alignTokens } from '../../align/tokens.js';
import { lowerBound } from '../../align/clauses.js';
import type { Span, Token } from '../../types.js';
import { type Candidate, type Classifier, type Ctx, type Finding, alikeMap, len, opAt, q, text, unclaimed } from '../context.js';
import { type Side, contentCount, contentKeys, contentLemmas, directiveVerb, directiveVerbSpan, isWeakToken, presentIn } from '../side.js';
import { namesBearer } from './actor.js';
import { acronymOf, dateKey, numberValue } from './spelling.js';
import { type Lexicons, squeezeForm } from '../lexicon.js';

/** The span without punctuation and function words at its edges. */
/** Claim a moved run on both sides and report it as one transposition. */
function moved(ctx: Ctx, b: Span, r: Span, reworded: boolean, out: Finding[]): void {
  ctx.claimedB.fill(1, b[0], b[1]);
  ctx.claimedR.fill(1, r[0], r[1]);
  out.push({
    type: 'transposition',
    b,
    r,
    at: b[0],
    explanation: reworded
      ? `moved: ${q(text(ctx.base, b))} stands elsewhere in the witness's reading, reworded (the changes inside are reported separately)`
      : `moved: ${q(text(ctx.base, b))} stands elsewhere in the witness's reading, ${where(ctx, r)}`,
  });
}

/** Where a moved run stands in the reading: after the (up to four) words before it, or first in its sentence. */
function where(ctx: Ctx, r: Span): string {
  const T = ctx.reading.tokens;
  let a = r[0];
  while (a > 0 && r[0] - a < 4 && T[a - 1].sentence === T[r[0]].sentence) a--;
  if (a === r[0]) return 'at the start of its sentence';
  const before = T.slice(a, r[0]);
  return `after ${a > 0 && T[a - 1].sentence === T[r[0]].sentence ? '…' : ''}${q(before.map((t, k) => (k === 0 ? '' : t.space) + t.t).join(''))}`;
}

/**
 * A moved run takes along the function words it has on both sides alike ("or steal important data"
 * moved: the "or" goes with it, not "or" dropped here and added there), within the changes it
 * was cut from.
 */
function withSharedEdges(ctx: Ctx, b: Span, r: Span, eb: Span, er: Span): [Span, Span] {
  const B = ctx.base;
  const R = ctx.reading;
  let [b0, b1] = b;
  let [r0, r1] = r;
  const edge = (i: number, j: number) => B.fn[i] && B.tokens[i].n === R.tokens[j].n && !ctx.claimedB[i] && !ctx.claimedR[j];
  while (b0 > eb[0] && r0 > er[0] && edge(b0 - 1, r0 - 1)) {
    b0--;
    r0--;
  }
  while (b1 < eb[1] && r1 < er[1] && edge(b1, r1)) {
    b1++;
    r1++;
  }
  // "A and B" → "B and A": the coordinator after the run in one and before it in the other stays
  // between the two, and goes with the move
  const coord = (i: number, j: number) => B.tokens[i]?.pos === 'CCONJ' && B.tokens[i].n === R.tokens[j]?.n && !ctx.claimedB[i] && !ctx.claimedR[j];
  if (b1 < eb[1] && r0 > er[0] && coord(b1, r0 - 1)) {
    b1++;
    r0--;
  } else if (b0 > eb[0] && r1 < er[1] && coord(b0 - 1, r1)) {
    b0--;
    r1++;
  }
  return [[b0, b1], [r0, r1]];
}

function trim(side: Side, s: Span): Span {
  const a = trimStart(side, s[0], s[1]);
  return [a, trimEnd(side, a, s[1])];
}

/** The start of [a, b) without punctuation and function words at its start (b when nothing else is left). */
function trimStart(side: Side, a: number, b: number): number {
  while (a < b && (side.tokens[a].punct || side.fn[a])) a++;
  return a;
}

/** The end of [a, b) without punctuation and function words at its end. */
function trimEnd(side: Side, a: number, b: number): number {
  while (b > a && (side.tokens[b - 1].punct || side.fn[b - 1])) b--;
  return b;
}

function key(side: Side, s: Span): string | null {
  let content = false;
  const parts: string[] = [];
  for (let i = s[0]; i < s[1]; i++) {
    if (side.tokens[i].punct) continue;
    if (side.content[i]) content = true;
    parts.push(side.tokens[i].n);
  }
  return content ? parts.join(' ') : null;
}

/** Is the span one number ("three", "2025", "twenty-five")? */
function isNumber(side: Side, s: Span, lex: Lexicons): boolean {
  return s[1] > s[0] && numberValue(side.tokens.slice(s[0], s[1]), lex) !== null;
}

/** Does the span hold a number word or figure? */
function holdsNumber(side: Side, s: Span, lex: Lexicons): boolean {
  for (let i = s[0]; i < s[1]; i++) if (isNumber(side, [i, i + 1], lex)) return true;
  return false;
}

/**
 * Does the other side of the change the span sits in read the span's content words there too, in
 * another form ("handler that transfers" → "handlers that transfer")? Then the words stay in place,
 * inflected (a grammatical change), and are no move to or from another change.
 */
function readInPlace(side: Side, s: Span, other: Side, o: Span): boolean {
  const want = contentLemmas(side, s);
  if (want.length === 0) return false;
  const have = contentLemmas(other, o);
  let k = 0;
  for (const l of have) if (k < want.length && l === want[k]) k++;
  return k === want.length;
}

/**
 * A party named elsewhere in the clause made the bearer of the rule in place of another ("Signatories
 * will share information with other companies and with governments" → "Governments will share
 * information with other companies"), or the other way round: the run `rr` (of the reading's change
 * `re`) names the bearer where the run `br` (of the base's change `be`) does not, and the base's side
 * of `re` names another bearer that the reading no longer reads anywhere (or the same, sides
 * swapped). That is a change of who bears the rule (`actor`), with the party dropped from (added
 * to) its old place an omission (addition), not a move; a swap of the two parties, each still read,
 * stays one.
 */
function bearerDisplaced(ctx: Ctx, br: Span, be: Candidate, rr: Span, re: Candidate): boolean {
  const gone = (side: Side, s: Span, other: Side) => {
    for (let i = s[0]; i < s[1]; i++) if (side.content[i] && presentIn(side.tokens[i], other)) return false;
    return true;
  };
  const { base, reading, lex } = ctx;
  const inReading = namesBearer(reading, rr, lex);
  const inBase = namesBearer(base, br, lex);
  if (inReading && !inBase) {
    const old = trim(base, re.b);
    return old[1] > old[0] && namesBearer(base, old, lex) && gone(base, old, reading);
  }
  if (inBase) {
    const now = trim(reading, be.r);
    if (!(now[1] > now[0] && namesBearer(reading, now, lex) && gone(reading, now, base))) return false;
    if (!inReading) return true;
    // (both bear a rule: the base's bearer replaced in place by a new party, and the old one added
    // as the subject of a coordinated predicate the base left without one, "States should take …,
    // and should seek" → "Suppliers should take …, and States should seek": the old bearer restated
    // for the second predicate, not moved; a subject moved out of a place now empty stays a move)
    const old = trim(base, re.b);
    return old[1] <= old[0];
  }
  return false;
}

/**
 * A word replaced in its own place and the same word added as a modifier before a noun both sides
 * read ("controllers may transfer personal data" → "data controllers may transfer personal
 * information"), or the other way round: a word put before a kept noun and another word changed
 * where it stood, not the word moved. The base run `br` (of the change `be`) and the reading run `rr`
 * (of the change `re`): one side of the pair replaces words in place, the other only adds (drops)
 * the word right before a noun read alike.
 */
function modifierBesideSubstitution(ctx: Ctx, br: Span, be: Candidate, rr: Span, re: Candidate): boolean {
  if (len(br) !== 1 || len(rr) !== 1) return false;
  const replaced = (side: Side, s: Span) => {
    const t = trim(side, s);
    return t[1] > t[0] && contentCount(side, t[0], t[1]) > 0;
  };
  const beforeKeptNoun = (side: Side, at: number, fromBase: boolean) => {
    const n = side.tokens[at + 1];
    return !!n && (n.pos === 'NOUN' || n.pos === 'PROPN') && alikeMap(ctx, fromBase)[at + 1] >= 0;
  };
  // the base's word replaced where it stood, the reading's only added before a kept noun
  if (replaced(ctx.reading, be.r) && trimStart(ctx.base, re.b[0], re.b[1]) === re.b[1] && beforeKeptNoun(ctx.reading, rr[0], false)) return true;
  // the reading's word replaces another in its place, the base's only dropped from before a kept noun
  return replaced(ctx.base, re.b) && trimStart(ctx.reading, be.r[0], be.r[1]) === be.r[1] && beforeKeptNoun(ctx.base, br[0], true);
}

export const transposition: Classifier = {
  name: 'transposition',
  claim(ctx: Ctx, edits: readonly Candidate[]) {
    const out: Finding[] = [];
    if (edits.length > 0) swappedLimbs(ctx, out);
    swapped(ctx, out);
    reorderedList(ctx, out);
    // reading sides by key, in order
    const byKey = new Map<string, { edit: number; span: Span }[]>();
    edits.forEach((e, k) => {
      if (e.r[1] <= e.r[0]) return;
      const t = trim(ctx.reading, e.r);
      const kk = key(ctx.reading, t);
      if (kk === null) return;
      const arr = byKey.get(kk) ?? [];
      arr.push({ edit: k, span: t });
      byKey.set(kk, arr);
    });
    edits.forEach((e, k) => {
      if (e.b[1] <= e.b[0]) return;
      const t = trim(ctx.base, e.b);
      const kk = key(ctx.base, t);
      if (kk === null || !unclaimed(ctx.claimedB, t)) return;
      const cands = byKey.get(kk);
      if (!cands) return;
      // (a number replaced by another in its own place is no move: "within three years … every
      // five years" → "within two years … every three years" changes two values)
      const valueB = isNumber(ctx.base, t, ctx.lex);
      // (nor a word the change it sits in reads on its other side too, in another form:
      // "transfers" → "transfer" is that word inflected in place, not the "transfer" dropped
      // elsewhere moved here)
      const hit = cands.find(
        (c) =>
          c.edit !== k && unclaimed(ctx.claimedR, c.span) && !(valueB && (holdsNumber(ctx.reading, e.r, ctx.lex) || holdsNumber(ctx.base, edits[c.edit].b, ctx.lex))) &&
          !readInPlace(ctx.reading, c.span, ctx.base, edits[c.edit].b) && !readInPlace(ctx.base, t, ctx.reading, e.r) &&
          !bearerDisplaced(ctx, t, e, c.span, edits[c.edit]) && !modifierBesideSubstitution(ctx, t, e, c.span, edits[c.edit]),
      );
      if (!hit) return;
      const [mb, mr] = withSharedEdges(ctx, t, hit.span, e.b, edits[hit.edit].r);
      moved(ctx, mb, mr, false, out);
    });
    movedAdditiveAdverbs(ctx, edits, out);
    frontedPhrases(ctx, edits, out);
    movedBlocks(ctx, edits, out);
    movedPhrases(ctx, edits, out);
    edgeMoves(ctx, edits, out);
    movedShortened(ctx, edits, out);
    changedPlaces(ctx, out);
    return out;
  },
};

/**
 * One word moved next to another change ("specified … purposes" → "purposes determined …",
 * "implement appropriate technical measures" → "put in place the technical measures
 * appropriate"): a change that drops (or adds) nothing but one content word, and that word, of the
 * same lemma, at the edge of the other side of another change that replaces words (not of a run
 * dropped or added whole: that run stays one omission). The word is moved; what remains of the
 * other change is classified as usual. Indexed by lemma, so linear in the number of changes.
 */
function edgeMoves(ctx: Ctx, edits: readonly Candidate[], out: Finding[]): void {
  const run = (from: Side, to: Side, fromClaimed: Uint8Array, toClaimed: Uint8Array, pick: (e: Candidate) => Span, other: (e: Candidate) => Span, flip: boolean) => {
    // the changes that drop (add) one content word and nothing else, with nothing but punctuation
    // and function words on their other side (looked for first: most units have none, and then
    // there is nothing to index)
    const lone: { k: number; at: number }[] = [];
    edits.forEach((e, k) => {
      const [a, b] = pick(e);
      const t0 = trimStart(from, a, b);
      if (t0 === b || trimEnd(from, t0, b) !== t0 + 1 || !from.content[t0]) return;
      const [o0, o1] = other(e);
      if (trimStart(to, o0, o1) === o1) lone.push({ k, at: t0 });
    });
    if (lone.length === 0) return;
    // the words at the edges of each change's `to` side, by lemma (only the lemmas of those words)
    const wanted = new Set<string>();
    for (const x of lone) wanted.add(from.tokens[x.at].lemma);
    const edges = new Map<string, { edit: number; at: number }[]>();
    edits.forEach((e, k) => {
      const t = trim(to, other(e));
      if (t[1] - t[0] < 2) return;
      // a replacement: a word taken out of a run dropped (or added) whole leaves that run cut up
      let replaces: boolean | null = null;
      for (const at of [t[0], t[1] - 1]) {
        if (!to.content[at] || toClaimed[at] || !wanted.has(to.tokens[at].lemma)) continue;
        if (replaces === null) {
          const [a, b] = pick(e);
          replaces = trimStart(from, a, b) < b;
        }
        // (but a word that ends the kept limb before a dropped coordinated one, "attribute campaigns
        // [publicly] and coordinate attributions with others" → "publicly attribute campaigns":
        // the word moved, the limb after the coordinator dropped, not one omission over both)
        // (a limb that opens with its verb, a predicate: not a list item, "for [semiconductors] and
        // critical minerals" → "semiconductor supply chains", where the word is an item of the list)
        const limbAfter = at === t[0] && to.tokens[at + 1]?.pos === 'CCONJ' && to.tokens[at + 2]?.pos === 'VERB' && contentCount(to, at + 2, t[1]) > 0;
        if ((!replaces && !limbAfter) || readInPlace(to, [at, at + 1], from, pick(e))) continue;
        const l = to.tokens[at].lemma;
        const arr = edges.get(l);
        if (!arr) edges.set(l, [{ edit: k, at }]);
        else if (arr.length < MAX_SITES) arr.push({ edit: k, at });
      }
    });
    if (edges.size === 0) return;
    // (a lemma the `from` side reads in two changes, "of discovering a vulnerability …, and shall
    // remediate critical vulnerabilities" against "notify agencies of any vulnerability … critical
    // ones": which of them moved is unknown, and the lone one may be the farther; no move)
    const changedIn = new Map<string, number>();
    for (const e of edits) {
      const [a, b] = pick(e);
      for (let i = a; i < b; i++) if (from.content[i] && !fromClaimed[i] && edges.has(from.tokens[i].lemma)) changedIn.set(from.tokens[i].lemma, (changedIn.get(from.tokens[i].lemma) ?? 0) + 1);
    }
    for (const { k, at } of lone) {
      if (fromClaimed[at] || (changedIn.get(from.tokens[at].lemma) ?? 0) > 1) continue;
      const hit = edges.get(from.tokens[at].lemma)?.find((x) => x.edit !== k && !toClaimed[x.at]);
      if (!hit) continue;
      const t: Span = [at, at + 1];
      const [mb, mr] = flip ? [[hit.at, hit.at + 1] as Span, t] : [t, [hit.at, hit.at + 1] as Span];
      moved(ctx, mb, mr, false, out);
    }
  };
  run(ctx.base, ctx.reading, ctx.claimedB, ctx.claimedR, (e) => e.b, (e) => e.r, false);
  run(ctx.reading, ctx.base, ctx.claimedR, ctx.claimedB, (e) => e.r, (e) => e.b, true);
}

/**
 * Two moved runs that change places ("the Republic of Valdoria and the Republic of Estmark" → "the
 * Republic of Estmark and the Republic of Valdoria"): the first base run stands second in the
 * reading, the second first, and what lies between them reads alike. One transposition over the
 * stretch, not two moves. Mutates `out`.
 */
function changedPlaces(ctx: Ctx, out: Finding[]): void {
  const same = (a: Span, b: Span) => {
    if (a[1] - a[0] !== b[1] - b[0]) return false;
    for (let k = 0; k < a[1] - a[0]; k++) if (ctx.base.tokens[a[0] + k].n !== ctx.reading.tokens[b[0] + k].n) return false;
    return true;
  };
  for (let x = 0; x < out.length; x++) {
    const f = out[x];
    if (f.type !== 'transposition' || !f.b || !f.r) continue;
    for (let y = 0; y < out.length; y++) {
      const g = out[y];
      if (y === x || g.type !== 'transposition' || !g.b || !g.r) continue;
      // f first in the base, g first in the reading; between them the same words
      if (!(f.b[1] <= g.b[0] && g.r[1] <= f.r[0])) continue;
      if (!same([f.b[1], g.b[0]], [g.r[1], f.r[0]])) continue;
      const b: Span = [f.b[0], g.b[1]];
      const r: Span = [g.r[0], f.r[1]];
      out[x] = { type: 'transposition', b, r, at: b[0], explanation: `words in another order: ${q(text(ctx.base, f.b))} and ${q(text(ctx.base, g.b))} change places` };
      out.splice(y, 1);
      if (y < x) x--;
      break;
    }
  }
}

/**
 * Two coordinated limbs in the other order ("establish a security body and appoint an officer" →
 * "appoint an officer and establish a security body"): the base reads X, a coordinator, Y where the
 * reading reads Y, the same coordinator, X (word for word, each limb with a content word). The diff
 * may pair the limbs' shared words ("a security") and call the rest four rewordings: one
 * transposition over the stretch instead. Mutates `out` and claims the tokens.
 */
function swappedLimbs(ctx: Ctx, out: Finding[]): void {
  const B = ctx.base.tokens;
  const R = ctx.reading.tokens;
  const { ops } = ctx;
  const MAX = 30;
  // B[b0, b0 + len) reads as R[r0, r0 + len), within one clause of the base
  const block = (b0: number, r0: number, len: number) => {
    if (b0 < 0 || r0 < 0 || b0 + len > B.length || r0 + len > R.length) return false;
    for (let d = 0; d < len; d++) {
      const t = B[b0 + d];
      if (t.n !== R[r0 + d].n || clauseMark(t)) return false;
    }
    return true;
  };
  // the base's coordinators (the side's list, built once), only near the changes, and only against
  // the reading's tokens that spell them near where the alignment puts the base one (the search
  // stays linear on long texts)
  const cs = coordinators(ctx.base);
  const spelt = new Map<string, number[]>();
  let next = 0; // (past a swap found, the search goes on after it)
  for (const k of cs) {
    if (k < next || ctx.claimedB[k]) continue;
    // the op over k (the ops are in base order and cover it), and whether a change lies within MAX
    // tokens of it
    const o = opAt(ops, k);
    const op = ops[o];
    let near = false;
    for (let x = o; x >= 0 && !near && ops[x].baseSpan[1] + MAX > k; x--) near = ops[x].op !== 'equal';
    for (let x = o + 1; x < ops.length && !near && ops[x].baseSpan[0] - MAX <= k; x++) near = ops[x].op !== 'equal';
    if (!near) continue;
    // where the alignment puts k in the reading
    const [b0] = op.baseSpan;
    const [r0, r1] = op.readingSpan;
    const at = r0 + Math.min(k - b0, Math.max(0, r1 - r0 - 1));
    const lo = Math.max(1, at - 2 * MAX);
    const hi = Math.min(R.length - 1, at + 2 * MAX);
    // (a block stays within the clause: no longer than the words since the punctuation before k,
    // and up to the one after it)
    let xMax = 0;
    while (xMax < Math.min(MAX, k) && !clauseMark(B[k - 1 - xMax])) xMax++;
    let yMax = 0;
    while (yMax < MAX && k + 1 + yMax < B.length && !clauseMark(B[k + 1 + yMax])) yMax++;
    if (xMax < 2 || yMax < 2) continue;
    // the reading's tokens that spell the coordinator (listed once a word, in order)
    let rc = spelt.get(B[k].n);
    if (!rc) {
      rc = [];
      for (let j = 1; j < R.length - 1; j++) if (R[j].n === B[k].n) rc.push(j);
      spelt.set(B[k].n, rc);
    }
    for (let c = lowerBound(rc, lo); c < rc.length && rc[c] < hi; c++) {
      const j = rc[c];
      if (ctx.claimedR[j]) continue;
      // X = B[k-m, k) read after the coordinator, Y = B[k+1, k+1+n) read before it
      let m = 0;
      for (let x = Math.min(xMax, R.length - j - 1); x >= 2; x--) if (block(k - x, j + 1, x)) { m = x; break; }
      if (m < 2) continue;
      let n = 0;
      for (let y = Math.min(yMax, j); y >= 2; y--) if (block(k + 1, j - y, y)) { n = y; break; }
      if (n < 2) continue;
      const xb: Span = [k - m, k];
      const yb: Span = [k + 1, k + 1 + n];
      if (contentCount(ctx.base, xb[0], xb[1]) === 0 || contentCount(ctx.base, yb[0], yb[1]) === 0) continue;
      const b: Span = [k - m, k + 1 + n];
      const r: Span = [j - n, j + 1 + m];
      if (!unclaimed(ctx.claimedB, b) || !unclaimed(ctx.claimedR, r) || block(b[0], r[0], b[1] - b[0])) continue;
      ctx.claimedB.fill(1, b[0], b[1]);
      ctx.claimedR.fill(1, r[0], r[1]);
      out.push({ type: 'transposition', b, r, at: b[0], explanation: `words in another order: ${q(text(ctx.base, xb))} and ${q(text(ctx.base, yb))} change places` });
      next = b[1] + 1;
      break;
    }
  }
}

/** Is the token a mark a swapped limb cannot hold (punctuation but an apostrophe or a hyphen)? */
function clauseMark(t: Token): boolean {
  return t.punct && t.n !== "'" && t.n !== '-';
}

/** The modal markers and negators of a span (their forms, sorted), as one key. */
function markerWords(side: Side, s: Span): string {
  const ws: string[] = [];
  for (let i = s[0]; i < s[1]; i++) if (side.marker[i] >= 0 || side.neg[i]) ws.push(side.tokens[i].n);
  return ws.sort().join(' ');
}

/** Per side: the positions of its coordinators (CCONJ), its first and last token aside. */
const COORDINATORS = new WeakMap<Side, number[]>();

function coordinators(side: Side): number[] {
  let cs = COORDINATORS.get(side);
  if (!cs) {
    cs = [];
    const T = side.tokens;
    for (let k = 1; k < T.length - 1; k++) if (T[k].pos === 'CCONJ') cs.push(k);
    COORDINATORS.set(side, cs);
  }
  return cs;
}

/**
 * Two stretches that change places with no coordinator on either side, only commas (", on a
 * voluntary basis, consult" → "consult, on a voluntary basis,"): a phrase moved past a word, no list.
 * "moved: ', on a voluntary basis,' now stands after 'consult'"; null for a list.
 */
function twoPartsSwapped(base: Side, b: Span, items: number): string | null {
  const T = base.tokens;
  if (items !== 2) return null;
  for (let i = b[0]; i < b[1]; i++) if (T[i].pos === 'CCONJ') return null;
  // where the second part starts: past the first part's words and the marks after them
  let i = b[0];
  while (i < b[1] && T[i].punct) i++;
  while (i < b[1] && !T[i].punct) i++;
  while (i < b[1] && T[i].punct) i++;
  if (i >= b[1]) return null;
  return `moved: ${q(text(base, [b[0], i]))} now stands after ${q(text(base, [i, b[1]]))}`;
}

/**
 * A comma or semicolon at the end of one side of a transposition that the other side's stretch
 * does not end with (a serial comma added inside the reordered list: "specific, lawful and" →
 * "lawful, specific, and") is not moved: the span stops before it, and the mark is left to be its
 * own punctuation variant.
 */
function edge(x: Side, xs: Span, y: Side, ys: Span): Span {
  const t = x.tokens[xs[1] - 1];
  if (xs[1] - xs[0] < 2 || !t.punct || (t.n !== ',' && t.n !== ';') || y.tokens[ys[1] - 1].punct) return xs;
  // (only a mark the other side has fewer of: the same marks in another order are moved)
  const count = (S: Side, s: Span) => S.tokens.slice(s[0], s[1]).filter((u) => u.n === t.n).length;
  return count(x, xs) > count(y, ys) ? [xs[0], xs[1] - 1] : xs;
}

/**
 * `b` and `r` of a transposition without a mark at the end of one side that the other side does not
 * have (`edge`): that mark is its own punctuation variant, added to `out` and claimed.
 */
function withoutAddedMark(ctx: Ctx, b: Span, r: Span, out: Finding[]): [Span, Span] {
  const b1 = edge(ctx.base, b, ctx.reading, r);
  const r1 = edge(ctx.reading, r, ctx.base, b);
  if (b1[1] < b[1]) {
    out.push({ type: 'punctuation', b: [b1[1], b[1]], r: [r1[1], r1[1]], at: b1[1], explanation: `punctuation: ${q(text(ctx.base, [b1[1], b[1]]))} dropped` });
    ctx.claimedB[b1[1]] = 1;
  }
  if (r1[1] < r[1]) {
    out.push({ type: 'punctuation', b: [b1[1], b1[1]], r: [r1[1], r[1]], at: b1[1], explanation: `punctuation: ${q(text(ctx.reading, [r1[1], r[1]]))} added` });
    ctx.claimedR[r1[1]] = 1;
  }
  return [b1, r1];
}

/**
 * Two parts of a stretch that changed places, one of them a qualifier phrase of the lexicon
 * (qualifiers.yaml heads: ", where appropriate, share evidence" → "share evidence, where
 * appropriate"): the qualifier, with the commas that set it apart on each side, is what moved.
 * [its base span, its reading span, "after"/"before", the base span of the words it moved past], or
 * null when neither part, or both, open with a qualifier head.
 */
function movedQualifier(ctx: Ctx, b: Span, r: Span): [Span, Span, string, Span] | null {
  const cut = (side: Side, s: Span): [Span, Span] | null => {
    const T = side.tokens;
    let i = s[0];
    while (i < s[1] && T[i].punct) i++;
    while (i < s[1] && !T[i].punct) i++;
    const k = i;
    while (i < s[1] && T[i].punct) i++;
    if (i >= s[1]) return null;
    // the marks between the parts go with the part they set apart: the one that opens with a mark
    return T[s[0]].punct ? [[s[0], i], [i, s[1]]] : [[s[0], k], [k, s[1]]];
  };
  const head = (side: Side, s: Span): boolean => {
    let i = s[0];
    while (i < s[1] && side.tokens[i].punct) i++;
    return i < s[1] && ctx.lex.qualifierHeads.has(side.tokens[i].n);
  };
  const pb = cut(ctx.base, b);
  const pr = cut(ctx.reading, r);
  if (!pb || !pr) return null;
  const [b1, b2] = pb;
  const [r1, r2] = pr;
  if (head(ctx.base, b1) === head(ctx.base, b2)) return null;
  // the first base part reads last in the reading, and the other way round
  return head(ctx.base, b1) ? [b1, r2, 'after', b2] : [b2, r1, 'before', b1];
}

/**
 * The items of a list in another order ("the purpose, scope and necessity" → "the necessity,
 * purpose and scope"): one change (or two around a stretch read alike, "A, B and C" → "C, B and
 * A") whose sides, cut at commas, semicolons and coordinators, are the same items (compared on
 * their content lemmas) in another order. The grammar classifier, which pairs content words
 * whatever their order, would call it grammar. One transposition over the stretch; the tokens are
 * claimed. Each side must be a list: at least one coordinator or comma, two items or more, and
 * every word of it in an item with a content word. Mutates `out`.
 */
function reorderedList(ctx: Ctx, out: Finding[]): void {
  const { ops, base, reading } = ctx;
  const items = (side: Side, s: Span): string[] | null => {
    const keys: string[] = [];
    let cur: string[] = [];
    let words = 0;
    let seps = 0;
    const close = () => {
      if (cur.length > 0) keys.push(cur.join(' '));
      else if (words > 0) return false; // words with no content word between two separators
      cur = [];
      words = 0;
      return true;
    };
    for (let i = s[0]; i < s[1]; i++) {
      const t = side.tokens[i];
      if (t.n === ',' || t.n === ';' || t.pos === 'CCONJ') {
        seps++;
        if (!close()) return null;
        continue;
      }
      if (t.punct) return null;
      // a rule's modal auxiliary: the stretch holds a clause (subject, modal, verb), not items of a
      // list, and a modal changed in it must be seen ("The report shall indicate, where possible,"
      // → "Where possible, the report may indicate" is a phrase moved and a modality weakened)
      if (ruleModal(side, i)) return null;
      words++;
      if (side.content[i]) cur.push(t.lemma);
    }
    if (!close()) return null;
    return seps > 0 && keys.length >= 2 ? keys : null;
  };
  // prefix counts (listPrefix), so that a stretch that cannot be the same list reordered (another
  // number of content words, no separator, other lemmas) is passed over in O(1)
  // (the base's, which every witness reading is compared with, built once; a reading's counts,
  // once it is looked at, and the hash of its lemmas for a stretch that passes those)
  const pb = listPrefix(base);
  let pr: { content: number[]; seps: number[] } | null = null;
  const tryStretch = (b: Span, r: Span): boolean => {
    if (b[1] - b[0] > LIST_SPAN || r[1] - r[0] > LIST_SPAN) return false;
    if (pb.seps[b[1]] === pb.seps[b[0]]) return false;
    pr ??= listCounts(reading);
    if (pb.content[b[1]] - pb.content[b[0]] !== pr.content[r[1]] - pr.content[r[0]] || pr.seps[r[1]] === pr.seps[r[0]]) return false;
    if (((pb.lemmas[b[1]] - pb.lemmas[b[0]]) | 0) !== listLemmas(reading, r)) return false;
    if (!unclaimed(ctx.claimedB, b) || !unclaimed(ctx.claimedR, r)) return false;
    const kb = items(base, b);
    const kr = items(reading, r);
    if (!kb || !kr || kb.length !== kr.length || kb.join('|') === kr.join('|')) return false;
    if ([...kb].sort().join('|') !== [...kr].sort().join('|')) return false;
    // (a modal marker or negator on one side only is a change of force among the words, not a list
    // reordered: "should include, where appropriate," → ", where appropriate, includes")
    if (markerWords(base, b) !== markerWords(reading, r)) return false;
    // (not a qualifier moved past the words beside it: there the marks go with the qualifier they
    // set apart, and the apparatus quotes the qualifier)
    const q2 = twoPartsSwapped(base, b, kb.length) ? movedQualifier(ctx, b, r) : null;
    if (q2) {
      ctx.claimedB.fill(1, b[0], b[1]);
      ctx.claimedR.fill(1, r[0], r[1]);
      out.push({ type: 'transposition', b: q2[0], r: q2[1], at: q2[0][0], explanation: `moved: ${q(text(base, q2[0]))} now stands ${q2[2]} ${q(text(base, q2[3]))}` });
      return true;
    }
    const marks: Finding[] = [];
    const [b1, r1] = withoutAddedMark(ctx, b, r, marks);
    ctx.claimedB.fill(1, b1[0], b1[1]);
    ctx.claimedR.fill(1, r1[0], r1[1]);
    out.push({ type: 'transposition', b: b1, r: r1, at: b1[0], explanation: twoPartsSwapped(base, b1, kb.length) ?? `words in another order: the items of a list reordered, ${q(text(base, b1))} → ${q(text(reading, r1))}` });
    out.push(...marks);
    return true;
  };
  // from each change, the stretch up to the same change or a later one with only words read alike
  // between (the aligner may match the items' articles and commas: "the authority, the users and
  // the public" → "the public, the authority and the users" is three changes); LIST_SPAN bounds it
  for (let i = 0; i < ops.length; i++) {
    const a = ops[i];
    if (a.op === 'equal') continue;
    for (let j = i; j < ops.length && ops[j].op !== 'equal'; j += 2) {
      const z = ops[j];
      if (z.baseSpan[1] - a.baseSpan[0] > LIST_SPAN || z.readingSpan[1] - a.readingSpan[0] > LIST_SPAN) break;
      if ((j > i || a.op === 'replace') && tryStretch([a.baseSpan[0], z.baseSpan[1]], [a.readingSpan[0], z.readingSpan[1]])) {
        i = j;
        break;
      }
      if (ops[j + 1]?.op !== 'equal') break;
    }
  }
}

/** Is token i the marker of a frame with a modal auxiliary ("shall", "may", "should")? */
function ruleModal(side: Side, i: number): boolean {
  const m = side.marker[i];
  return m >= 0 && !!side.frames[m].aux;
}

/** A side's prefix sums for reorderedList: content words, list separators, and a hash of the items' lemmas. */
interface ListPrefix {
  content: Int32Array;
  seps: Int32Array;
  /**
   * Sums (32-bit, wrapping) of a hash of the lemmas of the words an item keeps (content words that
   * are no coordinator), taken apart at spaces and bars: two stretches whose items, sorted and
   * joined, read alike have the same sum.
   */
  lemmas: Int32Array;
}

const LIST_PREFIX = new WeakMap<Side, ListPrefix>();

function listPrefix(side: Side): ListPrefix {
  let p = LIST_PREFIX.get(side);
  if (p) return p;
  const n = side.tokens.length;
  p = { content: new Int32Array(n + 1), seps: new Int32Array(n + 1), lemmas: new Int32Array(n + 1) };
  for (let i = 0; i < n; i++) {
    const t = side.tokens[i];
    const sep = t.n === ',' || t.n === ';' || t.pos === 'CCONJ';
    p.content[i + 1] = p.content[i] + (side.content[i] ? 1 : 0);
    p.seps[i + 1] = p.seps[i] + (sep ? 1 : 0);
    p.lemmas[i + 1] = side.content[i] && !sep ? (p.lemmas[i] + atomsHash(t.lemma)) | 0 : p.lemmas[i];
  }
  LIST_PREFIX.set(side, p);
  return p;
}

/** listPrefix's counts of content words and separators, in plain arrays (for a side read once). */
function listCounts(side: Side): { content: number[]; seps: number[] } {
  const content = [0];
  const seps = [0];
  for (let i = 0; i < side.tokens.length; i++) {
    const t = side.tokens[i];
    content.push(content[i] + (side.content[i] ? 1 : 0));
    seps.push(seps[i] + (t.n === ',' || t.n === ';' || t.pos === 'CCONJ' ? 1 : 0));
  }
  return { content, seps };
}

/** listPrefix's hash of the items' lemmas, over one span of a side. */
function listLemmas(side: Side, s: Span): number {
  let lemmas = 0;
  for (let i = s[0]; i < s[1]; i++) {
    const t = side.tokens[i];
    if (side.content[i] && !(t.n === ',' || t.n === ';' || t.pos === 'CCONJ')) lemmas = (lemmas + atomsHash(t.lemma)) | 0;
  }
  return lemmas;
}

/** Sum (32-bit, wrapping) of a string hash of each part of `s` between spaces and bars. */
function atomsHash(s: string): number {
  let sum = 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 124) {
      sum = (sum + h) | 0;
      h = 0x811c9dc5;
    } else h = Math.imul(h ^ c, 0x01000193);
  }
  return (sum + h) | 0;
}

/** Longest stretch (tokens a side) a reordered list covers. */
const LIST_SPAN = 40;

/** Longest run of words read alike between the two changes of a swap ("point [of] contact"). */
const SWAP_GAP = 3;
/** Longest stretch (tokens a side) a swap covers. */
const SWAP_SPAN = 5;

/**
 * Words swapped in place: two changes with a short stretch read alike between them that, taken
 * together, read the same content words on both sides in another order ("point of contact" →
 * "contact point", "the data of the State" → "the State of the data"). One
 * transposition over the whole stretch, instead of a word moved and a function word dropped.
 */
function swapped(ctx: Ctx, out: Finding[]): void {
  const { ops, base, reading } = ctx;
  for (let i = 0; i + 2 < ops.length; i++) {
    const a = ops[i];
    const mid = ops[i + 1];
    const c = ops[i + 2];
    if (a.op === 'equal' || mid.op !== 'equal' || c.op === 'equal' || words(base, mid.baseSpan) > SWAP_GAP) continue;
    // a modal at the stretch's edges is the predicate's, not the phrase's: "The Secretariat of the
    // Organisation shall" → "The Organisation's Secretariat will" swaps the noun phrase, and
    // "shall" → "will" is left to the modality classifier
    let b = withoutModalEdges(base, [a.baseSpan[0], c.baseSpan[1]]);
    let r = withoutModalEdges(reading, [a.readingSpan[0], c.readingSpan[1]]);
    // a swap within a phrase; longer stretches are left to the moved-phrase passes, unless the
    // phrase swapped ends (begins) inside the change after (before) it and the rest of that change
    // is a rewording ("points of contact and shall update it" → "contact points, updated")
    if (words(base, b) > SWAP_SPAN || words(reading, r) > SWAP_SPAN) {
      const fit = swapWithin(ctx, b, r, a, c);
      if (!fit) continue;
      [b, r] = fit;
    } else if (!sameContentWords(base, b, reading, r)) {
      // (a noun phrase with "of" on one side only that ends inside the change after it, the rest
      // of that change reworded: "Network operators shall carry out" → "Operators of networks must
      // conduct" restates "Network operators" whatever the words after it, as with "shall conduct")
      const fit = swapWithin(ctx, b, r, a, c);
      if (fit) [b, r] = fit;
    }
    if (!unclaimed(ctx.claimedB, b) || !unclaimed(ctx.claimedR, r)) continue;
    const nb = contentCount(base, b[0], b[1]);
    const nr = contentCount(reading, r[0], r[1]);
    if (nb < 2 && nr < 2) continue;
    let kb = contentLemmas(base, b);
    let kr = contentLemmas(reading, r);
    // an abbreviation in it reads as the words it stands for ("the Charter of the United Nations"
    // → "the UN Charter")
    let abbreviated = false;
    if (nb !== nr && passiveWithAdverb(ctx, b, r, out)) {
      i += 2;
      continue;
    }
    if (nb !== nr) {
      if (!abbreviationIn(base, b, ctx.lex, true) && !abbreviationIn(reading, r, ctx.lex, false)) continue;
      [kb, kr] = abbreviationKeys(base, b, reading, r, ctx.lex);
      abbreviated = true;
    }
    // (a name in the plural is not reduced to its lemma by the tagger: "States", "ICTs" against
    // "State", "ICT" read alike by stem)
    if (!abbreviated && !sameSorted(kb, kr)) {
      const sb = contentKeys(base, b, 'stem');
      const sr = contentKeys(reading, r, 'stem');
      if (!sameJoined(sb, sr)) [kb, kr] = [sb, sr];
    }
    if (kb.length < 2 || kb.length !== kr.length || sameJoined(kb, kr)) continue;
    if (!sameSorted(kb, kr)) continue;
    // (a date's comma is the convention's: "1 January" → "January 1," is one spelling variant)
    const isDate = dateKey(base.tokens.slice(b[0], b[1]), ctx.lex) !== null;
    if (!isDate) [b, r] = withoutAddedMark(ctx, b, r, out);
    ctx.claimedB.fill(1, b[0], b[1]);
    ctx.claimedR.fill(1, r[0], r[1]);
    // "1 January" → "January 1,": one date in another convention
    const date = dateKey(base.tokens.slice(b[0], b[1]), ctx.lex);
    if (date !== null && date === dateKey(reading.tokens.slice(r[0], r[1]), ctx.lex)) {
      out.push({ type: 'spelling', b, r, at: b[0], explanation: `date written differently: ${q(text(base, b))} → ${q(text(reading, r))}` });
      i += 2;
      continue;
    }
    // "Encourages States" → "States are encouraged": the same directive in another construction
    const verb = directiveVerb(base, b);
    if (verb !== null && verb === directiveVerb(reading, r)) {
      out.push({ type: 'grammatical', b, r, at: b[0], explanation: `grammatical (the same directive in another construction): ${q(text(base, b))} → ${q(text(reading, r))}` });
      i += 2;
      continue;
    }
    // "the rules of the agency" → "the agency's rules", "point of contact" → "contact point": the
    // same noun phrase built with "of" on one side only is grammar, not another order of ideas
    const ofB = hasOf(base, b, ctx.lex);
    // (but the side without it joining its nouns by another preposition, "the authority of any
    // flaw" → "any flaw to the authority": the words moved, the preposition changed with them, no
    // one noun phrase restated)
    const otherPrep = ofB ? prepositionBetween(reading, r) : prepositionBetween(base, b);
    if (ofB !== hasOf(reading, r, ctx.lex) && otherPrep !== null) {
      const prep = prepositionOf(base, b, ctx.lex) ?? prepositionOf(reading, r, ctx.lex) ?? 'of';
      const [from, to] = ofB ? [prep, otherPrep] : [otherPrep, prep];
      // (the article of the moved noun, left in the change before, goes with it: "notify [the]
      // authority of any flaw" → "report any flaw to [the] authority", notify → report alone)
      for (const [X, xs, Y, ys, claimed] of [[base, b, reading, r, ctx.claimedB], [reading, r, base, b, ctx.claimedR]] as const) {
        const k = xs[0] - 1;
        if (k < 0 || X.tokens[k].pos !== 'DET' || claimed[k] || (X === base ? a.baseSpan[0] : a.readingSpan[0]) > k) continue;
        const head = X.tokens[xs[0]].n;
        let m = -1;
        for (let j = ys[0] + 1; j < ys[1] && m < 0; j++) if (Y.tokens[j].n === head && Y.tokens[j - 1].n === X.tokens[k].n) m = j;
        if (m < 0) continue;
        xs[0] = k;
        ctx.claimedB.fill(1, b[0], b[1]);
        ctx.claimedR.fill(1, r[0], r[1]);
      }
      out.push({ type: 'transposition', b, r, at: b[0], explanation: `words in another order, '${from}' → '${to}': ${q(text(base, b))} → ${q(text(reading, r))}` });
    } else if (ofB !== hasOf(reading, r, ctx.lex)) {
      const abbr = abbreviated ? ', a name abbreviated' : '';
      const prep = prepositionOf(base, b, ctx.lex) ?? prepositionOf(reading, r, ctx.lex) ?? 'of';
      out.push({ type: 'grammatical', b, r, at: b[0], explanation: `grammatical (the same noun phrase with and without "${prep}"${abbr}): ${q(text(base, b))} → ${q(text(reading, r))}` });
    } else out.push({ type: 'transposition', b, r, at: b[0], explanation: `words in another order: ${q(text(base, b))} → ${q(text(reading, r))}` });
    i += 2;
  }
}

/**
 * The words of a span: its tokens, a hyphenated compound written without spaces ("decision-making",
 * three tokens) counting as one word, so that "Decision-making processes" → "The processes of
 * decision-making" is as short a swap as "Internet governance" → "The governance of Internet".
 */
function words(side: Side, s: Span): number {
  let n = s[1] - s[0];
  const T = side.tokens;
  for (let i = s[0] + 1; i + 1 < s[1]; i++) if (T[i].n === '-' && T[i].space === '' && T[i + 1].space === '' && !T[i - 1].punct && !T[i + 1].punct) n -= 2;
  return n;
}

/** Do the two spans read the same content words, in any order (by lemma or by stem)? */
function sameContentWords(base: Side, b: Span, reading: Side, r: Span): boolean {
  const kb = contentLemmas(base, b);
  const kr = contentLemmas(reading, r);
  return kb.length === kr.length && (sameSorted(kb, kr) || sameSorted(contentKeys(base, b, 'stem'), contentKeys(reading, r, 'stem')));
}

/**
 * The shortest stretch, at most SWAP_SPAN tokens a side, from the start of change `a` to inside
 * change `c` (or from inside `a` to the end of `c`) that reads the same content words (two at least)
 * on both sides in another order, a noun phrase built with "of" on one side only, the rest of that change with words on both sides (a rewording:
 * a word taken out of a run dropped whole, "supply chain of global ICT products" → "global supply
 * chain", leaves the run one omission): [base span, reading span], or null. At most SWAP_SPAN² tries.
 */
function swapWithin(ctx: Ctx, b: Span, r: Span, a: AlignOp, c: AlignOp): [Span, Span] | null {
  const { base, reading } = ctx;
  // (a noun phrase with "of" on one side only: a directive put in the passive beside a longer
  // change, "Encourages Member States to" → "Member States were encouraged by the progress", is
  // left to the passes that read the whole change)
  const alike = (x: Span, y: Span) => {
    if (hasOf(base, x, ctx.lex) === hasOf(reading, y, ctx.lex) || directiveVerb(base, x) !== null || directiveVerb(reading, y) !== null) return false;
    const kb = contentLemmas(base, x);
    const kr = contentLemmas(reading, y);
    if (kb.length < 2 || kb.length !== kr.length || sameJoined(kb, kr)) return false;
    return sameSorted(kb, kr) || sameSorted(contentKeys(base, x, 'stem'), contentKeys(reading, y, 'stem'));
  };
  // the phrase ends inside c
  for (let eb = c.baseSpan[0]; eb <= Math.min(b[1], b[0] + SWAP_SPAN); eb++) {
    for (let er = c.readingSpan[0]; er <= Math.min(r[1], r[0] + SWAP_SPAN); er++) {
      if ((eb > c.baseSpan[0] || er > c.readingSpan[0]) && eb < c.baseSpan[1] && er < c.readingSpan[1] && alike([b[0], eb], [r[0], er])) return [[b[0], eb], [r[0], er]];
    }
  }
  // the phrase begins inside a
  for (let sb = a.baseSpan[1]; sb >= Math.max(b[0], b[1] - SWAP_SPAN); sb--) {
    for (let sr = a.readingSpan[1]; sr >= Math.max(r[0], r[1] - SWAP_SPAN); sr--) {
      if ((sb < a.baseSpan[1] || sr < a.readingSpan[1]) && sb > a.baseSpan[0] && sr > a.readingSpan[0] && alike([sb, b[1]], [sr, r[1]])) return [[sb, b[1]], [sr, r[1]]];
    }
  }
  // the phrase begins inside a (its last EDGE_IN tokens) and ends inside c, both changes reworded
  // around it ("business reasons, network operators shall conduct" → "business purposes,
  // operators of networks must carry out")
  for (let sb = a.baseSpan[1]; sb >= Math.max(a.baseSpan[0] + 1, a.baseSpan[1] - EDGE_IN); sb--) {
    for (let sr = a.readingSpan[1]; sr >= Math.max(a.readingSpan[0] + 1, a.readingSpan[1] - EDGE_IN); sr--) {
      for (let eb = c.baseSpan[0]; eb < c.baseSpan[1] && eb - sb <= SWAP_SPAN; eb++) {
        for (let er = c.readingSpan[0]; er < c.readingSpan[1] && er - sr <= SWAP_SPAN; er++) {
          if ((sb < a.baseSpan[1] || sr < a.readingSpan[1]) && (eb > c.baseSpan[0] || er > c.readingSpan[0]) && alike([sb, eb], [sr, er])) return [[sb, eb], [sr, er]];
        }
      }
    }
  }
  return null;
}

/** How many tokens at the end of the change before it a phrase swapped inside two changes may begin within. */
const EDGE_IN = 2;

/** The span without the modal auxiliaries (a frame's own `aux` tokens) at its edges. */
function withoutModalEdges(side: Side, s: Span): Span {
  const modal = (i: number) => {
    const f = side.marker[i] >= 0 ? side.frames[side.marker[i]] : null;
    return !!f?.aux && i >= f.aux[0] && i < f.aux[1];
  };
  let [a, b] = s;
  while (b > a && modal(b - 1)) b--;
  while (a < b && modal(a)) a++;
  return [a, b];
}

const ACRONYM = /^[A-Z][A-Z&]{1,7}s?$/;

/**
 * Is there a one-word abbreviation in the span: an acronym, or a word listed among written forms?
 * (Remembered per token for a side that is looked at again: the base, compared with every witness.)
 */
function abbreviationIn(side: Side, s: Span, lex: Lexicons, remember: boolean): boolean {
  const is = (t: Token) => !t.punct && (ACRONYM.test(t.t) || lex.writtenForms.has(squeezeForm(t.n)));
  if (!remember) {
    for (let i = s[0]; i < s[1]; i++) if (is(side.tokens[i])) return true;
    return false;
  }
  let memo = ABBREVIATIONS.get(side);
  if (!memo || memo.lex !== lex) ABBREVIATIONS.set(side, (memo = { lex, flags: new Uint8Array(side.tokens.length) }));
  for (let i = s[0]; i < s[1]; i++) {
    if (memo.flags[i] === 0) memo.flags[i] = is(side.tokens[i]) ? 2 : 1;
    if (memo.flags[i] === 2) return true;
  }
  return false;
}

/**
 * Per side (and the lexicons it is read with): whether each token is a one-word abbreviation, filled
 * as abbreviationIn looks (0: not yet, 1: no, 2: yes).
 */
const ABBREVIATIONS = new WeakMap<Side, { lex: Lexicons; flags: Uint8Array }>();

/** Do the lists, sorted and joined with spaces, read alike? (Without building the strings when no item holds a space.) */
function sameSorted(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length || a.some(spaced) || b.some(spaced)) return [...a].sort().join(' ') === [...b].sort().join(' ');
  // (the same length and no spaces: the joined strings read alike when the lists hold the same items as often)
  for (const x of a) {
    let n = 0;
    for (const y of a) if (y === x) n++;
    for (const y of b) if (y === x) n--;
    if (n !== 0) return false;
  }
  return true;
}

/** Do the lists, joined with spaces, read alike? */
function sameJoined(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length || a.some(spaced) || b.some(spaced)) return a.join(' ') === b.join(' ');
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function spaced(x: string): boolean {
  return x.includes(' ');
}

/**
 * Content lemmas of two spans, with an abbreviation on one side and the words it stands for on the
 * other read as one key: a written form listed in spelling.yaml `forms` ("UN" / "United Nations"),
 * or an acronym of the initials (spelling.ts `acronymOf`: "MS" / "Member States").
 */
function abbreviationKeys(base: Side, b: Span, reading: Side, r: Span, lex: Lexicons): [string[], string[]] {
  const keys = (side: Side, s: Span, other: Side, o: Span): (string | null)[] => {
    const out: (string | null)[] = [];
    for (let i = s[0]; i < s[1]; i++) out.push(side.content[i] ? side.tokens[i].lemma : null);
    // a run of words listed as a written form (longest first)
    for (let i = s[0]; i < s[1]; i++) {
      for (let n = Math.min(4, s[1] - i); n >= 2; n--) {
        const run = side.tokens.slice(i, i + n);
        if (run.some((t) => t.punct)) continue;
        const g = lex.writtenForms.get(squeezeForm(run.map((t) => t.n).join(' ')));
        if (g === undefined) continue;
        out[i - s[0]] = `#${g}`;
        for (let k = 1; k < n; k++) out[i - s[0] + k] = null;
        i += n - 1;
        break;
      }
    }
    for (let i = s[0]; i < s[1]; i++) {
      const t = side.tokens[i];
      if (out[i - s[0]] === null || out[i - s[0]]!.startsWith('#')) continue;
      const g = lex.writtenForms.get(squeezeForm(t.n));
      if (g !== undefined) {
        out[i - s[0]] = `#${g}`;
        continue;
      }
      // an acronym here, its words on the other side
      if (!ACRONYM.test(t.t)) continue;
      for (let j = o[0]; j < o[1]; j++) {
        let hit = false;
        for (let n = Math.min(8, o[1] - j); n >= 2 && !hit; n--) hit = acronymOf([t], other.tokens.slice(j, j + n), lex);
        if (hit) {
          out[i - s[0]] = `^${t.n}`;
          break;
        }
      }
    }
    return out;
  };
  // the words an acronym stands for, on the other side, become its key
  const collapse = (side: Side, s: Span, mine: (string | null)[], theirs: (string | null)[], other: Side): string[] => {
    const out = [...mine];
    for (const k of theirs) {
      if (!k?.startsWith('^')) continue;
      const acr = other.tokens.find((t) => `^${t.n}` === k)!;
      for (let j = s[0]; j < s[1]; j++) {
        for (let n = Math.min(8, s[1] - j); n >= 2; n--) {
          if (!acronymOf([acr], side.tokens.slice(j, j + n), lex)) continue;
          out[j - s[0]] = k;
          for (let m = 1; m < n; m++) out[j - s[0] + m] = null;
          j = s[1];
          break;
        }
      }
    }
    return out.filter((x): x is string => x !== null);
  };
  const kb = keys(base, b, reading, r);
  const kr = keys(reading, r, base, b);
  return [collapse(base, b, kb, kr, reading), collapse(reading, r, kr, kb, base)];
}

/**
 * The same directive in the passive with an adverb beside it ("Urges Member States to" → "Member
 * States are strongly urged to"): the restructuring is grammatical, reported over the two verbs; the
 * adverb is left to be classified on its own (an intensifier added). True when it claimed.
 */
function passiveWithAdverb(ctx: Ctx, b: Span, r: Span, out: Finding[]): boolean {
  const { base, reading } = ctx;
  const verb = directiveVerb(base, b);
  if (verb === null || verb !== directiveVerb(reading, r)) return false;
  const lemmasBut = (side: Side, s: Span) => {
    const out2: string[] = [];
    for (let k = s[0]; k < s[1]; k++) if (side.content[k] && side.tokens[k].pos !== 'ADV') out2.push(side.tokens[k].lemma);
    return out2.sort().join(' ');
  };
  if (lemmasBut(base, b) !== lemmasBut(reading, r)) return false;
  // the verb of each side's directive frame (one word: "urges", "urged")
  const sb = directiveVerbSpan(base, b);
  const sr = directiveVerbSpan(reading, r);
  if (!sb || !sr || sb[1] - sb[0] !== 1 || sr[1] - sr[0] !== 1) return false;
  const vb = sb[0];
  const vr = sr[0];
  for (let k = b[0]; k < b[1]; k++) if (base.tokens[k].pos !== 'ADV' || !base.content[k]) ctx.claimedB[k] = 1;
  for (let k = r[0]; k < r[1]; k++) if (reading.tokens[k].pos !== 'ADV' || !reading.content[k]) ctx.claimedR[k] = 1;
  out.push({ type: 'grammatical', b: [vb, vb + 1], r: [vr, vr + 1], at: vb, explanation: `grammatical (the same directive in another construction): ${q(text(base, b))} → ${q(text(reading, r))}` });
  return true;
}

/** Does the span read "of"? */
function hasOf(side: Side, s: Span, lex: Lexicons): boolean {
  return prepositionOf(side, s, lex) !== null;
}

/** The "of" in the span, or another preposition that joins a noun to the head before it (function-words.yaml `noun-prepositions`); null when none. */
function prepositionOf(side: Side, s: Span, lex: Lexicons): string | null {
  const T = side.tokens;
  for (let i = s[0]; i < s[1]; i++) {
    if (T[i].n === 'of') return 'of';
    if (lex.nounPrepositions.has(T[i].n) && i > s[0] && i + 1 < s[1] && T[i - 1].pos === 'NOUN') return T[i].n;
  }
  return null;
}

/** A preposition inside the span, between two of its words (not at its edges), or null. */
function prepositionBetween(side: Side, s: Span): string | null {
  const T = side.tokens;
  for (let i = s[0] + 1; i + 1 < s[1]; i++) if (T[i].pos === 'ADP' && !T[i].punct && /^[a-z]+$/.test(T[i].n)) return T[i].n;
  return null;
}

/** Longest candidate list kept per word (bounds the search on long, repetitive units). */
const MAX_SITES = 16;

/**
 * Moved phrases inside larger changes: a run of words that one change drops and another change of
 * the unit adds, word for word (compared on lemmas: "supply chain" … "supply chains"), with at least `move-phrase-content`
 * content words ("through companies or individuals" → "require companies or individuals to
 * provide"; "States' critical infrastructure" → "… destroy the critical infrastructure of"). The
 * inserted words are indexed by form (a bounded list each), so each dropped word is looked up once.
 */
function movedPhrases(ctx: Ctx, edits: readonly Candidate[], out: Finding[]): void {
  const B = ctx.base;
  const R = ctx.reading;
  // a number reads alike in words and in figures ("past twelve months" … "past 12 months")
  const key = (t: Token): string => {
    const w = ctx.lex.numberWords.get(t.n);
    return w && w.role !== 'scale' ? String(w.value) : t.lemma;
  };
  const min = ctx.lex.thresholds.movePhraseContent;
  // (the changes are in base and in reading order, and do not overlap)
  const sites = new Map<string, number[]>();
  for (const { r } of edits) {
    for (let j = r[0]; j + 1 < r[1]; j++) {
      if (ctx.claimedR[j] || !R.content[j]) continue;
      const k = key(R.tokens[j]);
      const arr = sites.get(k);
      if (!arr) sites.set(k, [j]);
      else if (arr.length < MAX_SITES) arr.push(j);
    }
  }
  if (sites.size === 0) return;
  for (let e = 0; e < edits.length; e++) {
    const b1 = edits[e].b[1];
    let i = edits[e].b[0];
    while (i + 1 < b1) {
      if (ctx.claimedB[i] || !B.content[i]) {
        i++;
        continue;
      }
      const cands = sites.get(key(B.tokens[i]));
      let best: Span | null = null;
      let bestR: Span | null = null;
      let bestEdit = -1;
      for (const j of cands ?? []) {
        const f = editOver(edits, j);
        if (f === e || ctx.claimedR[j] || key(R.tokens[j + 1]) !== key(B.tokens[i + 1])) continue;
        const r1 = edits[f].r[1];
        let n = 0;
        while (i + n < b1 && j + n < r1 && !ctx.claimedB[i + n] && !ctx.claimedR[j + n] && key(B.tokens[i + n]) === key(R.tokens[j + n])) n++;
        const t = trim(B, [i, i + n]);
        if (t[1] - t[0] > (best ? best[1] - best[0] : 0) && contentCount(B, t[0], t[1]) >= min) {
          best = t;
          bestR = [j + (t[0] - i), j + (t[1] - i)];
          bestEdit = f;
        }
      }
      if (!best || !bestR) {
        i++;
        continue;
      }
      const [mb, mr] = withSharedEdges(ctx, best, bestR, edits[e].b, edits[bestEdit].r);
      // the object of a preposition whose head noun the same change drops (adds) with it ("as well
      // as resolutions on [the right to privacy] in the digital age" → "… and [the right to
      // privacy]"): a longer phrase dropped, and the words put in another phrase added, not moved
      if (headWithIt(B, mb, edits[e].b, ctx.lex) || headWithIt(R, mr, edits[bestEdit].r, ctx.lex)) {
        i = mb[1];
        continue;
      }
      // the same directive verb, alone with its adverbs of sequence, on the other side of its object
      // ("Further requests the Secretary-General" → "The Secretary-General is further requested"):
      // the directive in the passive, not a move (left to the modality split and the driver)
      if (bareDirective(B, mb, ctx.lex) && directiveVerb(B, mb) === directiveVerb(R, mr) && bareDirective(R, mr, ctx.lex)) {
        i = mb[1];
        continue;
      }
      // the same lemmas in other forms ("supply chain of global …" → "global supply chains"): the
      // move, and each change of form inside it, classified as usual (a number, a figure)
      let reworded = false;
      for (let k = 0; k < best[1] - best[0]; k++) {
        const x = best[0] + k;
        const y = bestR[0] + k;
        if (B.tokens[x].n === R.tokens[y].n) continue;
        reworded = true;
        ctx.extra.push({ b: [x, x + 1], r: [y, y + 1] });
      }
      moved(ctx, mb, mr, reworded, out);
      i = mb[1];
    }
  }
}

/** Index of the change whose reading span holds reading token `j` (changes in reading order, not overlapping), or -1. */
function editOver(edits: readonly Candidate[], j: number): number {
  let lo = 0;
  let hi = edits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (edits[mid].r[1] <= j) lo = mid + 1;
    else hi = mid;
  }
  return lo < edits.length && edits[lo].r[0] <= j ? lo : -1;
}

/** A directive verb with nothing but function words and adverbs of sequence (modality.yaml `directive-adverbs`) beside it. */
function bareDirective(side: Side, s: Span, lex: Lexicons): boolean {
  if (directiveVerb(side, s) === null) return false;
  for (let k = s[0]; k < s[1]; k++) if (side.content[k] && side.marker[k] < 0 && !lex.directiveAdverbs.has(side.tokens[k].n)) return false;
  return true;
}

function lemmaCounts(side: Side, s: Span): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = s[0]; i < s[1]; i++) if (side.content[i]) m.set(side.tokens[i].lemma, (m.get(side.tokens[i].lemma) ?? 0) + 1);
  return m;
}

/**
 * A block moved past a phrase the alignment reads alike, which has fewer content words ("The
 * report shall indicate, where possible, whether" → "Where possible, the report may indicate
 * whether": the block "The report shall indicate" after "where possible" in the base and before it
 * in the reading). Either may be said to have moved; the shorter is what the reviser moved, and the
 * longer stays in its clause, where its changes ("shall" → "may") are read. The phrase: the words
 * read alike, in order, right after the block in one side and right before it in the other
 * (punctuation between aside), within one sentence. Returns its base and reading spans, or null.
 */
function shorterPhrasePassed(ctx: Ctx, b: Span, r: Span): [Span, Span] | null {
  const B = ctx.base;
  const R = ctx.reading;
  const alikeR = alikeMap(ctx, false);
  const skipPunct = (side: Side, i: number, step: 1 | -1, stop: number) => {
    while (i !== stop && side.tokens[i]?.punct) i += step;
    return i;
  };
  // the reading's words before the block read alike with the base's after it, or the other way round
  const probe = (after: boolean): [Span, Span] | null => {
    // (after: the phrase after the block in the base, before it in the reading)
    let j = after ? skipPunct(R, r[0] - 1, -1, -1) : skipPunct(R, r[1], 1, R.tokens.length);
    const sent = R.tokens[after ? r[0] : r[1] - 1]?.sentence;
    let i0 = -1;
    let n = 0;
    let lastB = -1;
    let firstJ = j;
    while (j >= 0 && j < R.tokens.length && R.tokens[j].sentence === sent && alikeR[j] >= 0 && !ctx.claimedR[j] && n <= b[1] - b[0]) {
      const m = alikeR[j];
      if (lastB >= 0 && m !== lastB + (after ? -1 : 1)) break;
      lastB = m;
      if (i0 < 0) i0 = m;
      firstJ = j;
      j += after ? -1 : 1;
      n++;
    }
    if (n === 0) return null;
    // the phrase in the base, in order, next to the block (punctuation between aside)
    const pb: Span = after ? [lastB, i0 + 1] : [i0, lastB + 1];
    const pr: Span = after ? [firstJ, firstJ + n] : [firstJ - n + 1, firstJ + 1];
    const near = after ? skipPunct(B, b[1], 1, B.tokens.length) === pb[0] : skipPunct(B, b[0] - 1, -1, -1) === pb[1] - 1;
    if (!near || B.tokens[pb[0]].sentence !== B.tokens[b[0]].sentence) return null;
    // without punctuation at its edges
    while (pb[1] > pb[0] && B.tokens[pb[1] - 1].punct) {
      pb[1]--;
      pr[1]--;
    }
    while (pb[1] > pb[0] && B.tokens[pb[0]].punct) {
      pb[0]++;
      pr[0]++;
    }
    const c = contentCount(B, pb[0], pb[1]);
    if (c === 0 || c >= contentCount(B, b[0], b[1]) || !unclaimed(ctx.claimedB, pb) || !unclaimed(ctx.claimedR, pr)) return null;
    return [pb, pr];
  };
  return probe(true) ?? probe(false);
}

/**
 * Does the (trimmed) span hold all the content of its sentence: nothing but marks and function words
 * ("We" trimmed off) before and after it in the sentence?
 */
function wholeSentence(side: Side, s: Span): boolean {
  const T = side.tokens;
  if (s[1] <= s[0] || T[s[0]].sentence !== T[s[1] - 1].sentence) return false;
  const sentence = T[s[0]].sentence;
  const bare = (i: number) => T[i].punct || side.fn[i];
  for (let i = s[0] - 1; i >= 0 && T[i].sentence === sentence; i--) if (!bare(i)) return false;
  for (let i = s[1]; i < T.length && T[i].sentence === sentence; i++) if (!bare(i)) return false;
  return true;
}

/**
 * The words of the sentence the span lies in, from its first word to its last (closing marks
 * aside), when the change `within` covers them all; null otherwise.
 */
function sentenceIn(side: Side, s: Span, within: Span): Span | null {
  const T = side.tokens;
  const sentence = T[s[0]].sentence;
  let a = s[0];
  while (a > 0 && T[a - 1].sentence === sentence) a--;
  let e = s[1];
  while (e < T.length && T[e].sentence === sentence) e++;
  while (e > a && T[e - 1].punct) e--;
  while (a < e && T[a].punct) a++;
  return a >= within[0] && e <= within[1] ? [a, e] : null;
}

/** Moved and reworded blocks: similar deleted and inserted runs in different changes. */
function movedBlocks(ctx: Ctx, edits: readonly Candidate[], out: Finding[]): void {
  const th = ctx.lex.thresholds;
  type Run = { edit: number; span: Span; content: number; lemmas: Map<string, number> | null; seq: string; whole: boolean };
  // a short run (fewer than move-min-content content words) moves only with the same content
  // words in the same order ("when attributing an incident" → "When attributing incidents,")
  const least = Math.min(th.moveMinContent, th.movePhraseContent);
  const runs = (side: Side, claimed: Uint8Array, pick: (e: Candidate) => Span): Run[] => {
    const rs: Run[] = [];
    edits.forEach((e, k) => {
      const span = trim(side, pick(e));
      if (span[1] <= span[0] || !unclaimed(claimed, span)) return;
      const content = contentCount(side, span[0], span[1]);
      if (content < least) return;
      // (word for word, but for the number of a noun: "an incident" / "incidents"; "need" and
      // "needs" may be a verb and a noun, and stay apart)
      let seq = '';
      // (a whole sentence dropped in one place and added in another is compared by its words like a
      // longer run, however short: "Signatories commit to label …" → "We commit to label …", a
      // sentence moved with its subject reworded, as align-sentence-moved pairs sentences)
      const whole = wholeSentence(side, span);
      if (content < th.moveMinContent && !whole) {
        for (let i = span[0]; i < span[1]; i++) {
          if (!side.content[i]) continue;
          const t = side.tokens[i];
          seq += `${t.pos === 'NOUN' || t.pos === 'PROPN' ? t.lemma : t.n} `;
        }
      }
      // (the lemmas are compared only between two runs with no sequence: counted then)
      rs.push({ edit: k, span, content, lemmas: null, seq, whole });
    });
    return rs;
  };
  const bs = runs(ctx.base, ctx.claimedB, (e) => e.b);
  if (bs.length === 0) return;
  const rs = runs(ctx.reading, ctx.claimedR, (e) => e.r);
  if (rs.length === 0) return;
  const lemmasOf = (side: Side, run: Run) => (run.lemmas ??= lemmaCounts(side, run.span));
  // the tokens inside a change, each side (marked when a block is found)
  let editB: Uint8Array | null = null;
  let editR: Uint8Array | null = null;
  const used = new Uint8Array(rs.length);
  for (const b of bs) {
    let best = -1;
    let bestSim = 0;
    for (let k = 0; k < rs.length; k++) {
      const r = rs[k];
      if (used[k] || r.edit === b.edit || Math.abs(r.edit - b.edit) > th.moveWindow) continue;
      if (b.seq !== '' || r.seq !== '') {
        if (b.seq === r.seq && bestSim < 1) {
          bestSim = 1;
          best = k;
        }
        continue;
      }
      let shared = 0;
      const lb = lemmasOf(ctx.base, b);
      for (const [l, n] of lemmasOf(ctx.reading, r)) shared += Math.min(n, lb.get(l) ?? 0);
      const sim = shared / Math.max(b.content, r.content);
      if (sim > bestSim) {
        bestSim = sim;
        best = k;
      }
    }
    if (best < 0 || bestSim < th.moveSimilarity) continue;
    used[best] = 1;
    const opts = { isWeak: isWeakToken(ctx.lex), maxEqual: th.cleanupMaxEqual, tieWindow: th.alignTieWindow, maxEdit: th.diffMaxEdit };
    let bs0: Span = b.span;
    let rs0: Span = rs[best].span;
    // a short phrase takes along the function words it has on both sides alike ("when")
    if (b.seq !== '') [bs0, rs0] = withSharedEdges(ctx, bs0, rs0, edits[b.edit].b, edits[rs[best].edit].r);
    // (a whole sentence moved, each side all of its sentence in the change: the block is the two
    // sentences, a subject pronoun the trim left out included, "Signatories commit" → "We commit")
    const sentences = b.whole && rs[best].whole && sentenceIn(ctx.base, bs0, edits[b.edit].b) && sentenceIn(ctx.reading, rs0, edits[rs[best].edit].r);
    if (sentences) {
      bs0 = sentenceIn(ctx.base, bs0, edits[b.edit].b)!;
      rs0 = sentenceIn(ctx.reading, rs0, edits[rs[best].edit].r)!;
    }
    let ops = alignTokens(ctx.base.tokens.slice(bs0[0], bs0[1]), ctx.reading.tokens.slice(rs0[0], rs0[1]), opts);
    // the block is where the two runs correspond: words at its edges that one run has and the
    // other lacks altogether (a phrase dropped just before the moved sentence) are left to the
    // other classifiers (a replacement at the edge, "should" → "shall require", stays inside)…
    const pure = (k: number) => ops[k].op === 'delete' || ops[k].op === 'insert';
    const firstIn = ops.length > 1 && pure(0) ? 1 : 0;
    const lastIn = ops.length - 1 > firstIn && pure(ops.length - 1) ? ops.length - 2 : ops.length - 1;
    if (firstIn > 0 || lastIn < ops.length - 1) {
      const f = ops[firstIn];
      const l = ops[lastIn];
      let nb: Span = [bs0[0] + f.baseSpan[0], bs0[0] + l.baseSpan[1]];
      let nr: Span = [rs0[0] + f.readingSpan[0], rs0[0] + l.readingSpan[1]];
      // …and the words just outside it that both sides changed alike join it ("They" before a
      // moved sentence that the alignment matched with nothing)
      if (!editB || !editR) {
        editB = new Uint8Array(ctx.base.tokens.length);
        editR = new Uint8Array(ctx.reading.tokens.length);
        for (const e of edits) {
          editB.fill(1, e.b[0], e.b[1]);
          editR.fill(1, e.r[0], e.r[1]);
        }
      }
      const eb = editB;
      const er = editR;
      const edge = (i: number, j: number) =>
        i >= 0 && j >= 0 && i < ctx.base.tokens.length && j < ctx.reading.tokens.length &&
        eb[i] === 1 && er[j] === 1 && !ctx.claimedB[i] && !ctx.claimedR[j] && ctx.base.tokens[i].n === ctx.reading.tokens[j].n;
      while (edge(nb[0] - 1, nr[0] - 1)) {
        nb = [nb[0] - 1, nb[1]];
        nr = [nr[0] - 1, nr[1]];
      }
      while (edge(nb[1], nr[1])) {
        nb = [nb[0], nb[1] + 1];
        nr = [nr[0], nr[1] + 1];
      }
      bs0 = nb;
      rs0 = nr;
      ops = alignTokens(ctx.base.tokens.slice(bs0[0], bs0[1]), ctx.reading.tokens.slice(rs0[0], rs0[1]), opts);
    }
    // (the block moved past a shorter phrase read alike is that phrase moved: report it, and read
    // the block against its reading in place)
    const past = shorterPhrasePassed(ctx, bs0, rs0);
    if (past) {
      moved(ctx, past[0], past[1], false, out);
      ctx.claimedB.fill(1, bs0[0], bs0[1]);
      ctx.claimedR.fill(1, rs0[0], rs0[1]);
    } else moved(ctx, bs0, rs0, ops.some((op) => op.op !== 'equal'), out);
    // the changes inside the block, classified as usual
    for (const op of ops) {
      if (op.op === 'equal') continue;
      ctx.extra.push({
        b: [bs0[0] + op.baseSpan[0], bs0[0] + op.baseSpan[1]],
        r: [rs0[0] + op.readingSpan[0], rs0[0] + op.readingSpan[1]],
      });
    }
  }
}

/** Parts of speech an adverbial phrase opens with: a preposition ("Under the auspices of"), a subordinator ("Where possible"), an adverb ("Subsequently"). */
const ADVERBIAL_OPENERS = new Set(['ADP', 'SCONJ', 'ADV']);

/**
 * An adverbial phrase fronted past the words before it ("Decides to establish, under the auspices
 * of the United Nations, a permanent mechanism" → "Under the auspices of the United Nations, the
 * Assembly requested the establishment of a permanent mechanism"). The alignment reads the phrase
 * alike (it is the longer run) and leaves what stood before it dropped and what now stands after it
 * added, so the verb and its change ("Decides" → "requested") are lost in an omission and an
 * addition, or read as the block moved. The phrase is what the reviser moved: the words before it
 * stay with the object that follows. On one side the phrase opens its sentence, opens with a
 * preposition, subordinator or adverb and is set off by a comma, and a change adds words right
 * after that comma; on the other the phrase follows (a comma aside) a change that drops all the
 * sentence's words before it. The phrase is reported moved (with its comma), and the words dropped
 * before it are read against the words added after it, their changes classified as usual.
 */
function frontedPhrases(ctx: Ctx, edits: readonly Candidate[], out: Finding[]): void {
  if (edits.length < 2) return;
  for (const frontBase of [false, true]) {
    const F = frontBase ? ctx.base : ctx.reading;
    const O = frontBase ? ctx.reading : ctx.base;
    const claimedF = frontBase ? ctx.claimedB : ctx.claimedR;
    const claimedO = frontBase ? ctx.claimedR : ctx.claimedB;
    const alikeF = alikeMap(ctx, frontBase);
    const spanF = (e: Candidate) => (frontBase ? e.b : e.r);
    const spanO = (e: Candidate) => (frontBase ? e.r : e.b);
    const T = F.tokens;
    for (let s = 0; s < T.length; s++) {
      if (s > 0 && T[s - 1].sentence === T[s].sentence) continue;
      if (alikeF[s] < 0 || !ADVERBIAL_OPENERS.has(T[s].pos) || claimedF[s]) continue;
      // the phrase: read alike word for word up to its comma, in one sentence
      let c = s;
      while (c < T.length && T[c].sentence === T[s].sentence && T[c].n !== ',' && alikeF[c] === alikeF[s] + (c - s) && !claimedF[c]) c++;
      if (c >= T.length || T[c].n !== ',' || contentCount(F, s, c) === 0) continue;
      const o0 = alikeF[s];
      const o1 = o0 + (c - s);
      // the change right after the comma on the fronted side adds words (the comma in it or read alike)
      const after = edits.findIndex((e) => spanF(e)[0] === c + 1 || (spanF(e)[0] === c && spanF(e)[1] > c + 1));
      if (after < 0) continue;
      const ea = edits[after];
      // the change right before the phrase on the other side drops every word of the sentence before it
      const before = edits.findIndex((e) => spanO(e)[1] === o0 && spanO(e)[1] > spanO(e)[0]);
      if (before < 0 || before === after) continue;
      const eb = edits[before];
      const ob = spanO(eb);
      if (ob[0] > 0 && O.tokens[ob[0] - 1].sentence === O.tokens[o0].sentence) continue;
      // (one side of each change only: the words went from one place to the other)
      if (spanF(eb)[1] > spanF(eb)[0] || spanO(ea)[1] > spanO(ea)[0]) continue;
      const fa = spanF(ea);
      // (words on both sides, not punctuation alone: "We will," … "we will" is the subject and
      // its modal the phrase was fronted past)
      const words = (side: Side, x: Span) => side.tokens.slice(x[0], x[1]).some((t) => !t.punct);
      if (!words(O, ob) || !words(F, fa)) continue;
      // (the commas that set the phrase off stay in the changes: one dropped or added is punctuation)
      const oMove: Span = [o0, o1];
      const oBlock: Span = ob;
      const fMove: Span = [s, c];
      if (!unclaimed(claimedO, oMove) || !unclaimed(claimedO, oBlock) || !unclaimed(claimedF, fa) || !unclaimed(claimedF, fMove)) continue;
      const [bm, rm] = frontBase ? [fMove, oMove] : [oMove, fMove];
      const [bb, rb] = frontBase ? [fa, oBlock] : [oBlock, fa];
      moved(ctx, bm, rm, false, out);
      ctx.claimedB.fill(1, bb[0], bb[1]);
      ctx.claimedR.fill(1, rb[0], rb[1]);
      const th = ctx.lex.thresholds;
      const opts = { isWeak: isWeakToken(ctx.lex), maxEqual: th.cleanupMaxEqual, tieWindow: th.alignTieWindow, maxEdit: th.diffMaxEdit };
      for (const op of alignTokens(ctx.base.tokens.slice(bb[0], bb[1]), ctx.reading.tokens.slice(rb[0], rb[1]), opts)) {
        if (op.op === 'equal') continue;
        ctx.extra.push({ b: [bb[0] + op.baseSpan[0], bb[0] + op.baseSpan[1]], r: [rb[0] + op.readingSpan[0], rb[0] + op.readingSpan[1]] });
      }
    }
  }
}

/**
 * Is the run the object of a preposition right before it whose head noun stands right before that,
 * both inside the change the run was cut from ("resolutions on | the right to privacy")? The run is
 * then part of a longer noun phrase that the change drops or adds whole. Not when the noun and the
 * preposition end the head of a qualifier (qualifiers.yaml: "in case of", "in the event of"): the
 * run is then the object of that qualifier, which may move.
 */
function headWithIt(side: Side, run: Span, edit: Span, lex: Lexicons): boolean {
  const p = run[0] - 1;
  const h = run[0] - 2;
  if (h < edit[0]) return false;
  const T = side.tokens;
  if (T[p].pos !== 'ADP' || (T[h].pos !== 'NOUN' && T[h].pos !== 'PROPN') || T[h].sentence !== T[run[0]].sentence) return false;
  for (let k = Math.max(0, p - 5); k < h; k++) {
    for (const q of lex.qualifierHeads.get(T[k].n) ?? []) {
      if (q.words.length === p - k + 1 && q.words.every((w, d) => T[k + d].n === w)) return false;
    }
  }
  return true;
}

/** How many content words a phrase may lose on its way and still be read as moved (`movedShortened`). */
const SHORTENED_BY = 2;

/**
 * A short phrase moved that loses a word or two on the way ("notify the agency within 30 days [of
 * discovering vulnerabilities]" → "notify the agency [of vulnerabilities] within 30 days"): a change
 * that adds a run (nothing but function words on its base side), with a noun among its content words,
 * opening with the same preposition as the run dropped, and one other change that drops a run whose content words hold those of the added run in the same
 * order (by lemma), with at most SHORTENED_BY more. One `transposition` over the two runs, the words
 * left behind classified as usual (an omission: "discovering"), not an omission and an addition. The
 * dropping change must be the only one that fits; each side in one sentence. Mutates `out`.
 */
function movedShortened(ctx: Ctx, edits: readonly Candidate[], out: Finding[]): void {
  const B = ctx.base;
  const R = ctx.reading;
  const subsequence = (short: string[], long: string[]) => {
    let k = 0;
    for (const l of long) if (k < short.length && l === short[k]) k++;
    return k === short.length;
  };
  const oneSentence = (side: Side, s: Span) => side.tokens[s[0]].sentence === side.tokens[s[1] - 1].sentence;
  const opts = { isWeak: isWeakToken(ctx.lex), maxEqual: ctx.lex.thresholds.cleanupMaxEqual, tieWindow: ctx.lex.thresholds.alignTieWindow, maxEdit: ctx.lex.thresholds.diffMaxEdit };
  edits.forEach((e, k) => {
    if (trimStart(B, e.b[0], e.b[1]) < e.b[1]) return;
    const tr = trim(R, e.r);
    if (tr[1] <= tr[0] || !unclaimed(ctx.claimedR, tr) || !oneSentence(R, tr)) return;
    const lr = contentLemmas(R, tr);
    let noun = false;
    for (let i = tr[0]; i < tr[1]; i++) noun ||= R.content[i] && (R.tokens[i].pos === 'NOUN' || R.tokens[i].pos === 'PROPN');
    if (lr.length === 0 || !noun) return;
    let found: { edit: number; span: Span; from: number } | null = null;
    let count = 0;
    edits.forEach((d, j) => {
      if (j === k || trimStart(R, d.r[0], d.r[1]) < d.r[1]) return;
      const tb = trim(B, d.b);
      if (tb[1] <= tb[0] || !unclaimed(ctx.claimedB, tb) || !oneSentence(B, tb)) return;
      // (the phrase keeps its preposition: "of discovering vulnerabilities" → "of vulnerabilities")
      // (a comma that set it off aside: ", in the event of …,")
      let p0 = d.b[0];
      while (p0 < tb[0] && B.tokens[p0].punct) p0++;
      const pb = B.tokens[p0];
      const pr = R.tokens[e.r[0]];
      if (pb.pos !== 'ADP' || pb.n !== pr.n) return;
      const lb = contentLemmas(B, tb);
      if (lb.length <= lr.length || lb.length > lr.length + SHORTENED_BY || !subsequence(lr, lb)) return;
      // (the run and the phrase in one sentence of the unit: the sentence the added run stands in
      // reads, at the dropped run's place, the same sentence)
      const near = alikeMap(ctx, true);
      let anchor = tb[0] - 1;
      while (anchor >= 0 && near[anchor] < 0) anchor--;
      if (anchor >= 0 && R.tokens[near[anchor]].sentence !== R.tokens[tr[0]].sentence) return;
      count++;
      found = { edit: j, span: tb, from: p0 };
    });
    if (count !== 1 || !found) return;
    const hit: { edit: number; span: Span; from: number } = found;
    // (and the function words after the preposition on each side go with it: "in the event of a
    // pandemic emergency" moved and read "In a pandemic emergency" is that phrase moved, "the event
    // of" lost inside it, not "in the" dropped here and "In a" added there)
    const [mb, mr] = withSharedEdges(ctx, [hit.from, hit.span[1]], [e.r[0], tr[1]], edits[hit.edit].b, e.r);
    const ops = alignTokens(B.tokens.slice(mb[0], mb[1]), R.tokens.slice(mr[0], mr[1]), opts);
    moved(ctx, mb, mr, true, out);
    for (const op of ops) {
      if (op.op === 'equal') continue;
      ctx.extra.push({ b: [mb[0] + op.baseSpan[0], mb[0] + op.baseSpan[1]], r: [mr[0] + op.readingSpan[0], mr[0] + op.readingSpan[1]] });
    }
  });
}

/**
 * An additive adverb (function-words.yaml `additive-adverbs`: "also", "further") the witness reads
 * elsewhere in the same sentence, dropped in one place and added in another with nothing else
 * changed at either place ("Rights must also be protected online" → "Rights must be protected also
 * online"): the word moved, one `transposition`, not a grammatical omission and a grammatical
 * addition. Indexed by word, so linear in the number of changes.
 */
function movedAdditiveAdverbs(ctx: Ctx, edits: readonly Candidate[], out: Finding[]): void {
  const B = ctx.base.tokens;
  const R = ctx.reading.tokens;
  const lone = (T: readonly Token[], s: Span, other: Span) => s[1] - s[0] === 1 && other[1] === other[0] && ctx.lex.additiveAdverbs.has(T[s[0]].n);
  const added = new Map<string, number[]>();
  edits.forEach((e, k) => {
    if (!lone(R, e.r, e.b) || ctx.claimedR[e.r[0]]) return;
    const arr = added.get(R[e.r[0]].n);
    if (arr) arr.push(k);
    else added.set(R[e.r[0]].n, [k]);
  });
  if (added.size === 0) return;
  const near = alikeMap(ctx, true);
  for (const e of edits) {
    if (!lone(B, e.b, e.r) || ctx.claimedB[e.b[0]]) continue;
    const cands = added.get(B[e.b[0]].n);
    if (!cands || cands.length !== 1) continue;
    const f = edits[cands[0]];
    if (ctx.claimedR[f.r[0]]) continue;
    // (in the sentence the base word stood in: the word before it is read alike in that sentence)
    let anchor = e.b[0] - 1;
    while (anchor >= 0 && near[anchor] < 0) anchor--;
    if (anchor < 0 || R[near[anchor]].sentence !== R[f.r[0]].sentence || B[anchor].sentence !== B[e.b[0]].sentence) continue;
    moved(ctx, e.b, f.r, false, out);
  }
}
