/**
 * Token alignment of a base reading and a witness reading: the only module that imports `diff`.
 *
 * 1. The common prefix and suffix (by normalised form `n`) are matched without diffing.
 * 2. The middle is diffed with Myers' algorithm (`diffArrays`) on the normalised forms. When the
 *    edit distance exceeds `maxEdit` (huge, very different units), the middle is anchored on
 *    words that occur exactly once on both sides (patience diff: longest increasing run of such
 *    anchors) and each gap is diffed on its own, so the cost stays near linear.
 *    Where two longest common subsequences tie, one matching a lone function word and one matching
 *    a content word across it ("discrimination, privacy, and the protection" against
 *    "discrimination and privacy": `and` or `privacy`), the content word is matched
 *    (`preferContent`), when it lies within `tieWindow` tokens of the function word on both sides
 *    (a local tie; a content word further off would move the change around it instead). A mark
 *    matched so stays matched.
 * 3. Runs between two equal runs are merged into one op: `delete`, `insert` or `replace`.
 * 4. Semantic cleanup (as diff-match-patch's cleanupSemantic): an equal run made only of "weak"
 *    tokens (function words, punctuation), no longer than `maxEqual` and than the changes on both
 *    sides of it, is absorbed into one change, so a paraphrase does not get anchored on "the"/"of".
 *    A sentence end (".", "!", "?") with more tokens after it is never absorbed.
 *
 * The result accounts for every base token and every reading token exactly once, in order.
 */
import { diffArrays } from 'diff';
import type { Span, Token } from '../types.js';

export type AlignOpKind = 'equal' | 'delete' | 'insert' | 'replace';

/** One aligned run: `baseSpan` and `readingSpan` are half-open token ranges. */
export interface AlignOp {
  op: AlignOpKind;
  baseSpan: Span;
  readingSpan: Span;
}

export interface AlignOptions {
  /** Tokens an equal run may consist of to be absorbed by the cleanup (default: punctuation and closed-class POS). */
  isWeak?: (t: Token) => boolean;
  /** Run the semantic cleanup (default true). */
  cleanup?: boolean;
  /** Longest equal run the cleanup may absorb (default 4). */
  maxEqual?: number;
  /** Edit distance above which Myers' diff gives way to anchoring on unique words (default 2000). */
  maxEdit?: number;
  /** How far (in tokens, on each side) a content word may lie from a lone weak match to be matched instead (default 3; 0: never). */
  tieWindow?: number;
  /** Comparison key of a token (default: its normalised form `n`). */
  key?: (t: Token) => string;
  /**
   * Align sentence to sentence when both sides have as many sentences and the plain diff matches a
   * word of one sentence with a word of another (default: never; see `bySentence`).
   */
  bySentence?: SentenceAlignment;
  /**
   * Longest opening phrase of the reading ("In a pandemic emergency,") that may be taken as moved
   * to the front from within the base (default 0: never; see `frontedPhrase`).
   */
  frontedMax?: number;
  /**
   * Words that, after a comma both sides read, open another clause ("…, while", "…, whereas", "…,
   * and"): the cleanup never absorbs such a boundary, changes on its two sides are two variants
   * (default: none; function-words.yaml `clause-openers`).
   */
  opensClause?: (t: Token) => boolean;
}

/** When the sentence-to-sentence alignment is preferred (thresholds.yaml `align-sentence-keep`, `-same`). */
export interface SentenceAlignment {
  /** Least content words two sentences in another order must share to be taken as moved (`movedSentences`; default 2). */
  moved?: number;
  /**
   * Least share of the plain diff's matched tokens it must keep: a sentence moved ("A. B." → "B. A.")
   * keeps few matches sentence to sentence and stays aligned across; a repeated phrase matched
   * across a sentence end costs only a few.
   */
  keep: number;
  /**
   * Least share of the content words of the shorter sentence of each pair that must match its
   * counterpart for the pairs to be taken as the same sentences kept in order ("Parties shall report
   * every year." against "Parties shall not disclose the data.", one of three: not a counterpart).
   */
  same: number;
}

const CLOSED_CLASS = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'PRON']);

function defaultWeak(t: Token): boolean {
  return t.punct || CLOSED_CLASS.has(t.pos);
}

type RunKind = 'equal' | 'delete' | 'insert';
interface Run {
  kind: RunKind;
  len: number;
}

/** Align two token sequences (see the module comment). */
export function alignTokens(base: readonly Token[], reading: readonly Token[], opts: AlignOptions = {}): AlignOp[] {
  const key = opts.key ?? ((t: Token) => t.n);
  // keys are interned as small integers: equality is a number comparison, membership an array look-up
  const ids = new Map<string, number>();
  const intern = (t: Token) => {
    const k = key(t);
    let id = ids.get(k);
    if (id === undefined) ids.set(k, (id = ids.size));
    return id;
  };
  const b = base.map(intern);
  const r = reading.map(intern);
  const isWeak = opts.isWeak ?? defaultWeak;
  let raw = diffRuns(b, r, ids.size, opts.maxEdit ?? 2000);
  const fronted = opts.frontedMax ? frontedPhrase(raw, b, r, base, reading, isWeak, ids.size, opts.maxEdit ?? 2000, opts.frontedMax) : null;
  if (fronted) raw = fronted.runs;
  if (opts.bySentence) raw = bySentence(raw, b, r, base, reading, isWeak, ids.size, opts.maxEdit ?? 2000, opts.bySentence);
  const runs = preferContent(raw, b, r, base, isWeak, opts.tieWindow ?? 3);
  let ops = collapse(runs);
  if (opts.cleanup !== false) ops = strayAnchors(cleanup(ops, base, reading, isWeak, opts.maxEqual ?? 4, opts.opensClause), base, reading);
  if (fronted) ops = isolate(ops, fronted.moved);
  return ops;
}

const OPENER = new Set(['ADP', 'SCONJ']);

/**
 * An adverbial put at the front of the reading's sentence ("In a pandemic emergency, manufacturers
 * in the system will provide …" against "Manufacturers participating in the System shall make
 * available to WHO, in the event of a pandemic emergency, 20 per cent …"). The plain diff may anchor
 * on the fronted phrase's words where they stand inside the base ("a pandemic emergency") and so
 * lose the subject and the modal before them into an omission and an addition. When the reading
 * opens with a phrase headed by a preposition or subordinator and closed by a comma, at most `max`
 * tokens, that the base does not open with, the rest of the reading is diffed alone: if it matches
 * more tokens than the plain diff matched outside the phrase, and the phrase's content words stand
 * in one stretch of the base that this diff leaves unmatched, the phrase is taken as inserted at the
 * front (the transposition classifier then finds it moved from that stretch) and the rest as
 * aligned so. Null when there is no such phrase or the plain diff is kept.
 */
function frontedPhrase(raw: Run[], b: number[], r: number[], base: readonly Token[], reading: readonly Token[], isWeak: (t: Token) => boolean, vocabulary: number, maxEdit: number, max: number): { runs: Run[]; moved: Span } | null {
  if (reading.length === 0 || !OPENER.has(reading[0].pos) || (b.length > 0 && b[0] === r[0])) return null;
  let k = 1;
  while (k < reading.length && k <= max && reading[k].t !== ',' && !reading[k].punct) k++;
  if (k >= reading.length || k > max || reading[k].t !== ',') return null;
  k++; // the comma goes with the phrase
  // (a phrase the base sets off word for word, its comma too, is left to the transposition
  // classifier, which finds it fronted as it stands: "Decides to establish, under the auspices of
  // the United Nations, a …"; not one the base goes on from: "within seven days of the outbreak")
  for (let x = 0; x + k <= b.length; x++) {
    let y = 0;
    while (y < k && b[x + y] === r[y]) y++;
    if (y === k) return null;
  }
  // tokens the plain diff matched after the phrase
  let rp = 0;
  let outside = 0;
  for (const run of raw) {
    if (run.kind === 'equal') {
      outside += Math.max(0, rp + run.len - Math.max(rp, k));
      rp += run.len;
    } else if (run.kind === 'insert') rp += run.len;
  }
  const rest = diffRuns(b, r.slice(k), vocabulary, maxEdit);
  const matched = rest.reduce((n, run) => n + (run.kind === 'equal' ? run.len : 0), 0);
  if (matched <= outside) return null;
  // the phrase's content words must stand in one unmatched stretch of the base
  const content = new Set<number>();
  for (let j = 0; j < k; j++) if (!isWeak(reading[j])) content.add(r[j]);
  if (content.size === 0) return null;
  let bp = 0;
  let moved: Span | null = null;
  for (const run of rest) {
    if (run.kind === 'delete') {
      const here = new Set(b.slice(bp, bp + run.len));
      if (!moved && [...content].every((c) => here.has(c))) {
        // the stretch's words the phrase reads, first to last ("in the event of a pandemic emergency ,")
        const sub = diffRuns(b.slice(bp, bp + run.len), r.slice(0, k), vocabulary, maxEdit);
        let x = bp;
        let first = -1;
        let last = -1;
        for (const s of sub) {
          if (s.kind === 'equal') {
            if (first < 0) first = x;
            last = x + s.len;
          }
          if (s.kind !== 'insert') x += s.len;
        }
        // (the comma that set the phrase off before it goes with it: "to WHO, in the event of …,")
        if (first > bp && base[first - 1].t === ',') first--;
        if (first >= 0) moved = [first, last];
      }
      bp += run.len;
    } else if (run.kind === 'equal') bp += run.len;
  }
  if (!moved) return null;
  const out: Run[] = [];
  push(out, 'insert', k);
  for (const run of rest) push(out, run.kind, run.len);
  return { runs: out, moved };
}

/**
 * The base stretch a fronted phrase was moved from stands as a deletion of its own: a change around
 * it ("make available to WHO, in the event of a pandemic emergency," → "provide WHO with") is cut
 * into the change before it, the deletion and the change after it, so the transposition classifier
 * pairs the deletion with the phrase at the front and the rewording beside it is reported alone.
 */
function isolate(ops: AlignOp[], moved: Span): AlignOp[] {
  const out: AlignOp[] = [];
  for (const op of ops) {
    const [b0, b1] = op.baseSpan;
    if (op.op === 'equal' || moved[0] < b0 || moved[1] > b1 || (moved[0] === b0 && moved[1] === b1)) {
      out.push(op);
      continue;
    }
    const [r0, r1] = op.readingSpan;
    // the reading's words go with the part before the stretch (or after it when there is none)
    const before = moved[0] > b0;
    if (before) out.push({ op: kindOf(moved[0] - b0, r1 - r0), baseSpan: [b0, moved[0]], readingSpan: [r0, r1] });
    out.push({ op: 'delete', baseSpan: [moved[0], moved[1]], readingSpan: before ? [r1, r1] : [r0, r0] });
    if (moved[1] < b1) out.push({ op: kindOf(b1 - moved[1], before ? 0 : r1 - r0), baseSpan: [moved[1], b1], readingSpan: before ? [r1, r1] : [r0, r1] });
  }
  return out;
}

/** Ordinal of each token's sentence within the sequence (0, 1, …), and the number of sentences. */
function sentenceOrdinals(T: readonly Token[]): [number[], number] {
  const out: number[] = [];
  let k = -1;
  let last: number | undefined;
  for (const t of T) {
    if (t.sentence !== last) {
      k++;
      last = t.sentence;
    }
    out.push(k);
  }
  return [out, k + 1];
}

/**
 * Sentences kept in order are aligned sentence to sentence. The plain diff maximises the matched
 * tokens over the whole unit, so a phrase repeated in the next sentence may be matched across the
 * sentence end ("… the requested State may refuse cooperation. The requested State shall not refuse
 * …" → "… the requested State. The requested State may refuse …": the witness's second sentence is
 * matched with the end of the base's first, and "shall not" is lost inside one long omission). When
 * both sides have as many sentences (two or more) and some match pairs words of different sentences,
 * each sentence is diffed with its counterpart instead, provided that keeps at least `th.keep` of
 * the matches and each pair shares at least `th.same` of its content words (so a sentence moved
 * elsewhere stays matched where it went).
 */
function bySentence(runs: Run[], b: number[], r: number[], base: readonly Token[], reading: readonly Token[], isWeak: (t: Token) => boolean, vocabulary: number, maxEdit: number, th: SentenceAlignment): Run[] {
  // (a modal or auxiliary does not make two sentences the same: "Parties shall report" / "Parties shall not disclose")
  const contentWord = (t: Token) => !isWeak(t) && t.pos !== 'AUX';
  // (one sentence on either side, the common case: nothing to do, nothing to allocate)
  if (base.length === 0 || reading.length === 0 || base[0].sentence === base[base.length - 1].sentence || reading[0].sentence === reading[reading.length - 1].sentence) return runs;
  const [sb, nb] = sentenceOrdinals(base);
  const [sr, nr] = sentenceOrdinals(reading);
  if (nb < 2 || nb !== nr) return runs;
  let i = 0;
  let j = 0;
  let matched = 0;
  let crosses = false;
  for (const run of runs) {
    if (run.kind === 'equal') {
      for (let k = 0; k < run.len; k++) if (sb[i + k] !== sr[j + k]) crosses = true;
      matched += run.len;
    }
    if (run.kind !== 'insert') i += run.len;
    if (run.kind !== 'delete') j += run.len;
  }
  if (!crosses) return runs;
  const moved = movedSentences(b, r, sb, sr, nb, base, reading, contentWord, vocabulary, maxEdit, th);
  if (moved) return moved;
  const out: Run[] = [];
  let kept = 0;
  let b0 = 0;
  let r0 = 0;
  // (one scratch space for all the sentences: its stamps keep them apart)
  const scratch: Scratch = { maxEdit, inB: new Uint32Array(vocabulary), inR: new Uint32Array(vocabulary), stamp: 0 };
  for (let s = 0; s < nb; s++) {
    let b1 = b0;
    while (b1 < b.length && sb[b1] === s) b1++;
    let r1 = r0;
    while (r1 < r.length && sr[r1] === s) r1++;
    let content = 0; // content words matched in this pair
    let x = b0;
    let y = r0;
    for (const run of diffRuns(b.slice(b0, b1), r.slice(r0, r1), vocabulary, maxEdit, scratch)) {
      push(out, run.kind, run.len);
      if (run.kind === 'equal') {
        kept += run.len;
        for (let k = x; k < x + run.len; k++) if (contentWord(base[k])) content++;
      }
      if (run.kind !== 'insert') x += run.len;
      if (run.kind !== 'delete') y += run.len;
    }
    let cb = 0;
    let cr = 0;
    for (let k = b0; k < b1; k++) if (contentWord(base[k])) cb++;
    for (let k = r0; k < r1; k++) if (contentWord(reading[k])) cr++;
    if (content < th.same * Math.min(cb, cr)) return runs;
    b0 = b1;
    r0 = r1;
  }
  return kept >= th.keep * matched ? out : runs;
}

/**
 * Sentences of a unit in another order ("A. B." → "B. A'."): when each sentence of one side shares
 * most content words (`th.same` of the shorter's) with one sentence of the other more than with any
 * other, each a different one, but not in order, the pairs kept in order (the longest such chain) are diffed with each
 * other and every other sentence is deleted where it stood and inserted where it went, whole (the
 * chain with the most tokens is kept, so the shorter sentence is the one moved): the
 * transposition classifier then finds it moved, and the changes inside it ("should" → "must"),
 * rather than the diff matching its "should be" with the other sentence's. Null when the sentences
 * are not so paired or already in order.
 */
function movedSentences(b: number[], r: number[], sb: number[], sr: number[], n: number, base: readonly Token[], reading: readonly Token[], contentWord: (t: Token) => boolean, vocabulary: number, maxEdit: number, th: SentenceAlignment): Run[] | null {
  const words = (T: readonly Token[], ids: number[], ord: number[]) => {
    const out: Set<number>[] = Array.from({ length: n }, () => new Set<number>());
    // (a negator, "not", is no word two sentences share)
    for (let k = 0; k < T.length; k++) if (contentWord(T[k]) && T[k].pos !== 'PART') out[ord[k]].add(ids[k]);
    return out;
  };
  const wb = words(base, b, sb);
  const wr = words(reading, r, sr);
  // the share of the shorter sentence's content words the two have in common; 0 below the thresholds
  const shares = (x: Set<number>, y: Set<number>) => {
    const m = Math.min(x.size, y.size);
    if (m === 0) return 0;
    let c = 0;
    for (const id of x) if (y.has(id)) c++;
    return c >= th.same * m && c >= (th.moved ?? 2) ? c / m : 0;
  };
  // each sentence's partner: the one it shares the most with. Two sentences that open alike
  // ("Health data access bodies shall …" / "Health data users shall …") may both share enough with
  // a third; the clearly closer one is its counterpart, a tie leaves the sentences unpaired
  const partner = new Array<number>(n).fill(-1);
  for (let i = 0; i < n; i++) {
    let top = 0;
    let tie = false;
    for (let j = 0; j < n; j++) {
      const sh = shares(wb[i], wr[j]);
      if (sh === 0) continue;
      if (sh > top) {
        top = sh;
        partner[i] = j;
        tie = false;
      } else if (sh === top) tie = true;
    }
    if (partner[i] < 0 || tie) return null;
  }
  const seen = new Array<boolean>(n).fill(false);
  for (let i = 0; i < n; i++) {
    if (seen[partner[i]]) return null;
    seen[partner[i]] = true;
  }
  if (partner.every((j, i) => j === i)) return null;
  const start = (ord: number[], len: number) => {
    const out = new Array<number>(n + 1).fill(len);
    for (let k = ord.length - 1; k >= 0; k--) out[ord[k]] = k;
    return out;
  };
  const b0 = start(sb, b.length);
  const r0 = start(sr, r.length);
  // the pairs kept in place: the chain in order with the most tokens, so the shorter sentence is the
  // one moved ("A. B." → "B. A'.": B moved, A' compared with A where it stands); O(n²) in sentences
  const weight = (i: number) => b0[i + 1] - b0[i] + r0[partner[i] + 1] - r0[partner[i]];
  const best = new Array<number>(n).fill(0);
  const prev = new Array<number>(n).fill(-1);
  let top = -1;
  for (let i = 0; i < n; i++) {
    best[i] = weight(i);
    for (let h = 0; h < i; h++) {
      if (partner[h] < partner[i] && best[h] + weight(i) > best[i]) {
        best[i] = best[h] + weight(i);
        prev[i] = h;
      }
    }
    if (top < 0 || best[i] > best[top]) top = i;
  }
  const keep: [number, number][] = [];
  for (let i = top; i >= 0; i = prev[i]) keep.push([i, partner[i]]);
  keep.reverse();
  const out: Run[] = [];
  const scratch: Scratch = { maxEdit, inB: new Uint32Array(vocabulary), inR: new Uint32Array(vocabulary), stamp: 0 };
  let i = 0;
  let j = 0;
  for (const [ki, kj] of [...keep, [n, n] as [number, number]]) {
    push(out, 'delete', b0[ki] - b0[i]);
    push(out, 'insert', r0[kj] - r0[j]);
    if (ki < n) for (const run of diffRuns(b.slice(b0[ki], b0[ki + 1]), r.slice(r0[kj], r0[kj + 1]), vocabulary, maxEdit, scratch)) push(out, run.kind, run.len);
    i = ki + 1;
    j = kj + 1;
  }
  return out;
}

/** Equal/delete/insert runs covering both sequences. */
function diffRuns(b: number[], r: number[], vocabulary: number, maxEdit: number, scratch?: Scratch): Run[] {
  let pre = 0;
  const minLen = Math.min(b.length, r.length);
  while (pre < minLen && b[pre] === r[pre]) pre++;
  let suf = 0;
  while (suf < minLen - pre && b[b.length - 1 - suf] === r[r.length - 1 - suf]) suf++;
  const runs: Run[] = [];
  push(runs, 'equal', pre);
  middle(b, r, pre, b.length - suf, pre, r.length - suf, scratch ?? { maxEdit, inB: new Uint32Array(vocabulary), inR: new Uint32Array(vocabulary), stamp: 0 }, runs);
  push(runs, 'equal', suf);
  return runs;
}

function push(runs: Run[], kind: RunKind, len: number): void {
  if (len <= 0) return;
  const last = runs[runs.length - 1];
  if (last && last.kind === kind) last.len += len;
  else runs.push({ kind, len });
}

/** Diff settings and scratch space: `inB[id] === stamp` marks a key present in the current base range. */
interface Scratch {
  maxEdit: number;
  inB: Uint32Array;
  inR: Uint32Array;
  stamp: number;
}

function middle(b: number[], r: number[], b0: number, b1: number, r0: number, r1: number, sc: Scratch, runs: Run[]): void {
  if (b0 >= b1 && r0 >= r1) return;
  if (b0 >= b1) return push(runs, 'insert', r1 - r0);
  if (r0 >= r1) return push(runs, 'delete', b1 - b0);
  // A token whose key the other side lacks can only be deleted (inserted): Myers' diff runs on the
  // tokens both sides share (as GNU diff discards lines without a match), which shortens both the
  // sequences and the edit distance, and the set-aside tokens are put back as deletes and inserts.
  const stamp = ++sc.stamp;
  const { inB, inR } = sc;
  for (let j = r0; j < r1; j++) inR[r[j]] = stamp;
  const kb: number[] = [];
  for (let i = b0; i < b1; i++) {
    inB[b[i]] = stamp;
    if (inR[b[i]] === stamp) kb.push(i);
  }
  const kr: number[] = [];
  for (let j = r0; j < r1; j++) if (inB[r[j]] === stamp) kr.push(j);
  if (kb.length === 0 || kr.length === 0) {
    push(runs, 'delete', b1 - b0);
    push(runs, 'insert', r1 - r0);
    return;
  }
  const changes = diffArrays(kb.map((i) => b[i]), kr.map((j) => r[j]), { maxEditLength: sc.maxEdit });
  if (!changes) return anchored(b, r, b0, b1, r0, r1, sc, runs);
  let pb = b0;
  let pr = r0;
  let x = 0; // position in kb
  let y = 0; // position in kr
  for (const c of changes) {
    if (c.added) y += c.count;
    else if (c.removed) x += c.count;
    else {
      for (let k = 0; k < c.count; k++) {
        const ib = kb[x + k];
        const ir = kr[y + k];
        push(runs, 'delete', ib - pb);
        push(runs, 'insert', ir - pr);
        push(runs, 'equal', 1);
        pb = ib + 1;
        pr = ir + 1;
      }
      x += c.count;
      y += c.count;
    }
  }
  push(runs, 'delete', b1 - pb);
  push(runs, 'insert', r1 - pr);
}

/**
 * A lone function word (not a mark) matched between two changes, where a content word of the change after it on
 * one side is also in the change before it on the other side: the content word is matched instead,
 * as many tokens matched as before (the diff picks either of two tied subsequences; the content word
 * is the one a reader aligns), when it lies within `w` tokens of the weak token on both sides.
 * Each change is looked at from the two matches beside it, `w` tokens deep: linear.
 */
function preferContent(runs: Run[], b: number[], r: number[], base: readonly Token[], isWeak: (t: Token) => boolean, w: number): Run[] {
  if (w <= 0) return runs;
  // matched pairs, in order
  const mb: number[] = [];
  const mr: number[] = [];
  let i = 0;
  let j = 0;
  for (const run of runs) {
    if (run.kind === 'equal') for (let k = 0; k < run.len; k++) {
      mb.push(i + k);
      mr.push(j + k);
    }
    if (run.kind !== 'insert') i += run.len;
    if (run.kind !== 'delete') j += run.len;
  }
  let changed = false;
  for (let k = 0; k < mb.length; k++) {
    const [bi, rj] = [mb[k], mr[k]];
    const pb = k > 0 ? mb[k - 1] + 1 : 0;
    const pr = k > 0 ? mr[k - 1] + 1 : 0;
    const nb = k + 1 < mb.length ? mb[k + 1] : b.length;
    const nr = k + 1 < mr.length ? mr[k + 1] : r.length;
    // a lone match (no match right before or after it) of a weak token
    // (a mark stays matched: it keeps the slots of a list or the clauses aligned, "speed, cost and
    // quality" → "quality, speed and price" is a rewording, not "quality" moved)
    if ((pb === bi && pr === rj) || (nb === bi + 1 && nr === rj + 1) || base[bi].punct || !isWeak(base[bi])) continue;
    const swap =
      crossing(b, r, base, isWeak, [bi + 1, Math.min(nb, bi + 1 + w)], [Math.max(pr, rj - w), rj]) ??
      crossing(b, r, base, isWeak, [Math.max(pb, bi - w), bi], [rj + 1, Math.min(nr, rj + 1 + w)]);
    if (!swap) continue;
    mb[k] = swap[0];
    mr[k] = swap[1];
    changed = true;
  }
  if (!changed) return runs;
  const out: Run[] = [];
  let cb = 0;
  let cr = 0;
  for (let k = 0; k < mb.length; k++) {
    push(out, 'delete', mb[k] - cb);
    push(out, 'insert', mr[k] - cr);
    push(out, 'equal', 1);
    cb = mb[k] + 1;
    cr = mr[k] + 1;
  }
  push(out, 'delete', b.length - cb);
  push(out, 'insert', r.length - cr);
  return out;
}

/** The first content word of base range `bs` whose key the reading range `rs` has: [base, reading] positions, or null. */
function crossing(b: number[], r: number[], base: readonly Token[], isWeak: (t: Token) => boolean, bs: Span, rs: Span): [number, number] | null {
  if (bs[1] <= bs[0] || rs[1] <= rs[0]) return null;
  const at = new Map<number, number>();
  for (let j = rs[0]; j < rs[1]; j++) if (!at.has(r[j])) at.set(r[j], j);
  for (let i = bs[0]; i < bs[1]; i++) {
    const j = at.get(b[i]);
    if (j !== undefined && !isWeak(base[i])) return [i, j];
  }
  return null;
}

/** Patience anchoring: words unique on both sides, longest increasing subsequence, recurse on the gaps. */
function anchored(b: number[], r: number[], b0: number, b1: number, r0: number, r1: number, sc: Scratch, runs: Run[]): void {
  const seen = new Map<number, { cb: number; ib: number; cr: number; ir: number }>();
  for (let i = b0; i < b1; i++) {
    const e = seen.get(b[i]);
    if (e) e.cb++;
    else seen.set(b[i], { cb: 1, ib: i, cr: 0, ir: -1 });
  }
  for (let j = r0; j < r1; j++) {
    const e = seen.get(r[j]);
    if (e) {
      e.cr++;
      e.ir = j;
    }
  }
  const pairs: [number, number][] = [];
  for (let i = b0; i < b1; i++) {
    const e = seen.get(b[i])!;
    if (e.cb === 1 && e.cr === 1 && e.ib === i) pairs.push([i, e.ir]);
  }
  const chain = lis(pairs);
  if (chain.length === 0) {
    push(runs, 'delete', b1 - b0);
    push(runs, 'insert', r1 - r0);
    return;
  }
  let pb = b0;
  let pr = r0;
  for (const [ib, ir] of chain) {
    middle(b, r, pb, ib, pr, ir, sc, runs);
    push(runs, 'equal', 1);
    pb = ib + 1;
    pr = ir + 1;
  }
  middle(b, r, pb, b1, pr, r1, sc, runs);
}

/** Longest subsequence of pairs (sorted by first) increasing in second; O(n log n). */
export function lis(pairs: [number, number][]): [number, number][] {
  const tails: number[] = []; // index into pairs of the smallest tail of each length
  const prev: number[] = new Array(pairs.length).fill(-1);
  for (let k = 0; k < pairs.length; k++) {
    const v = pairs[k][1];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]][1] < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[k] = tails[lo - 1];
    tails[lo] = k;
  }
  const out: [number, number][] = [];
  let k = tails.length ? tails[tails.length - 1] : -1;
  while (k >= 0) {
    out.push(pairs[k]);
    k = prev[k];
  }
  return out.reverse();
}

function kindOf(bLen: number, rLen: number): AlignOpKind {
  return bLen > 0 && rLen > 0 ? 'replace' : bLen > 0 ? 'delete' : 'insert';
}

/** Turn runs into ops: every stretch between two equal runs becomes one change. */
function collapse(runs: Run[]): AlignOp[] {
  const ops: AlignOp[] = [];
  let bi = 0;
  let ri = 0;
  let cb = bi;
  let cr = ri;
  const flush = () => {
    if (bi > cb || ri > cr) ops.push({ op: kindOf(bi - cb, ri - cr), baseSpan: [cb, bi], readingSpan: [cr, ri] });
  };
  for (const run of runs) {
    if (run.kind === 'equal') {
      flush();
      ops.push({ op: 'equal', baseSpan: [bi, bi + run.len], readingSpan: [ri, ri + run.len] });
      bi += run.len;
      ri += run.len;
      cb = bi;
      cr = ri;
    } else if (run.kind === 'delete') bi += run.len;
    else ri += run.len;
  }
  flush();
  return ops;
}

function size(op: AlignOp): number {
  return Math.max(op.baseSpan[1] - op.baseSpan[0], op.readingSpan[1] - op.readingSpan[0]);
}

/**
 * A lone word read alike inside a stretch the witness otherwise replaces, taken from a clause of
 * the base that the witness does not read ("… based on expert advice[, and that Member] States may
 * apply …" → "… of each [member] state"): the base opens a clause in the change before the word (a
 * comma or semicolon and a coordinator, or a coordinator and a subordinator), the reading opens
 * none there, and the changes on both sides drop more words than they read. The word is no anchor:
 * the three become one change. Pure.
 */
function strayAnchors(ops: AlignOp[], base: readonly Token[], reading: readonly Token[]): AlignOp[] {
  const opens = (T: readonly Token[], s: Span) => {
    for (let i = s[0]; i + 1 < s[1]; i++) {
      if (T[i].punct && (T[i].n === ',' || T[i].n === ';') && T[i + 1].pos === 'CCONJ') return true;
      if (T[i].pos === 'CCONJ' && T[i + 1].pos === 'SCONJ') return true;
    }
    return false;
  };
  const out = ops.map((o) => ({ ...o }));
  for (let k = 1; k + 1 < out.length; k++) {
    const [p, e, c] = [out[k - 1], out[k], out[k + 1]];
    if (e.op !== 'equal' || p.op === 'equal' || c.op === 'equal' || e.baseSpan[1] - e.baseSpan[0] !== 1 || base[e.baseSpan[0]].punct) continue;
    if (!opens(base, p.baseSpan) || opens(reading, p.readingSpan)) continue;
    if (c.baseSpan[1] - c.baseSpan[0] <= c.readingSpan[1] - c.readingSpan[0] || p.baseSpan[1] - p.baseSpan[0] <= p.readingSpan[1] - p.readingSpan[0]) continue;
    out.splice(k - 1, 3, { op: 'replace', baseSpan: [p.baseSpan[0], c.baseSpan[1]], readingSpan: [p.readingSpan[0], c.readingSpan[1]] });
    k--;
  }
  return out;
}

/** Marks that end a sentence (`cleanup` keeps them equal inside a unit). */
const SENTENCE_END = new Set(['.', '!', '?']);

/** diff-match-patch-style semantic cleanup restricted to weak equal runs (stack, amortised linear). */
function cleanup(ops: AlignOp[], base: readonly Token[], reading: readonly Token[], isWeak: (t: Token) => boolean, maxEqual: number, opensClause?: (t: Token) => boolean): AlignOp[] {
  const out: AlignOp[] = [];
  for (const op of ops) {
    out.push(op);
    for (;;) {
      const n = out.length;
      if (n < 3) break;
      const c = out[n - 1];
      const e = out[n - 2];
      const p = out[n - 3];
      if (c.op === 'equal' || e.op !== 'equal' || p.op === 'equal') break;
      const len = e.baseSpan[1] - e.baseSpan[0];
      if (len > maxEqual || len > size(p) || len > size(c)) break;
      // a sentence end both sides read inside a unit is never absorbed: a change on each side of it
      // is two changes ("signature. The" → "signing. These": 'signature' → 'signing', 'The' → 'These')
      let weak = true;
      for (let i = e.baseSpan[0]; i < e.baseSpan[1] && weak; i++) weak = isWeak(base[i]) && !(i + 1 < base.length && SENTENCE_END.has(base[i].n) && base[i].punct);
      if (!weak) break;
      if (keepsApart(p, e, c, base, reading, isWeak, opensClause)) break;
      out.length = n - 3;
      const bs: Span = [p.baseSpan[0], c.baseSpan[1]];
      const rs: Span = [p.readingSpan[0], c.readingSpan[1]];
      out.push({ op: kindOf(bs[1] - bs[0], rs[1] - rs[0]), baseSpan: bs, readingSpan: rs });
    }
  }
  return out;
}

/**
 * Two changes the semantic clean-up keeps apart across the words both sides read between them, as an
 * apparatus cuts its lemmata at shared words: one word for one word on each side of a single shared
 * word (`endowed with adequate` → `provided with sufficient`: two variants, not one), and words only
 * one side has beside a rewording across a subject and verb both read (`It is an honour` → `well, it
 * is a great honour`: the filler stays an addition, `an` → `a great` a change of its own) or across
 * the comma that closes them before a coordinator (`twice a year, listing` → `twice a year instead
 * of quarterly, and each report will show`: the addition is not hidden in the rewording).
 */
function keepsApart(p: AlignOp, e: AlignOp, c: AlignOp, base: readonly Token[], reading: readonly Token[], isWeak: (t: Token) => boolean, opensClause?: (t: Token) => boolean): boolean {
  const one = (o: AlignOp) => o.op === 'replace' && o.baseSpan[1] - o.baseSpan[0] === 1 && o.readingSpan[1] - o.readingSpan[0] === 1;
  const eLen = e.baseSpan[1] - e.baseSpan[0];
  // a clause boundary both sides read, a comma and the word that opens the next clause ("developed
  // over time, while other delegations" → "developed, while a few delegations"): what changes before
  // it belongs to one clause, what changes after it to the other
  if (opensClause && eLen === 2 && base[e.baseSpan[0]].n === ',' && opensClause(base[e.baseSpan[0] + 1])) return true;
  // (not a comma or coordinator between them: the items of a list are read together; nor a
  // determiner or auxiliary, which a phrase reworded whole reads in its middle, "on the continent" →
  // "in the Republic", "shall be prohibited" → "must be banned"; and each change has a content word)
  const content = (o: AlignOp) => !isWeak(base[o.baseSpan[0]]) || !isWeak(reading[o.readingSpan[0]]);
  const m = base[e.baseSpan[0]];
  if (one(p) && one(c) && e.baseSpan[1] - e.baseSpan[0] === 1 && !m.punct && !['CCONJ', 'DET', 'AUX', 'VERB'].includes(m.pos) && content(p) && content(c)) return true;
  // a coordinator both sides read, the change after it the subject of a verb both read right after
  // it ("bound by these Clauses or the data exporter has given" → "bound by this Addendum or Customer
  // has given"): the coordinator joins two clauses, what changes in each is a change of its own
  // (the change before it ends with a noun on both sides: "Either Participant" after a full stop
  // opens no second clause of a coordination)
  const endsNoun = (o: AlignOp) => ['NOUN', 'PROPN'].includes(base[o.baseSpan[1] - 1]?.pos ?? '') && ['NOUN', 'PROPN'].includes(reading[o.readingSpan[1] - 1]?.pos ?? '');
  if (eLen === 1 && m.pos === 'CCONJ' && p.op === 'replace' && c.op === 'replace' && endsNoun(p) && subjectOfVerbBothRead(c, base, reading)) return true;
  if ((p.op === 'replace') === (c.op === 'replace')) return false;
  // a lone comma that closes words one side alone has, the other change opening a new limb with a
  // coordinator on that side (`twice a year instead of quarterly, and each report will show`)
  const [lone, other] = p.op === 'replace' ? [c, p] : [p, c];
  const T = lone.op === 'insert' ? reading : base;
  const s = lone.op === 'insert' ? lone.readingSpan : lone.baseSpan;
  const o = lone.op === 'insert' ? other.readingSpan : other.baseSpan;
  if (lone === p && e.baseSpan[1] - e.baseSpan[0] === 1 && base[e.baseSpan[0]].n === ',' && o[1] > o[0] && T[o[0]].pos === 'CCONJ') {
    for (let i = s[0]; i < s[1]; i++) if (!isWeak(T[i])) return true;
  }
  // a subject pronoun and its verb, both read
  for (let i = e.baseSpan[0]; i + 1 < e.baseSpan[1]; i++) if (base[i].pos === 'PRON' && (base[i + 1].pos === 'AUX' || base[i + 1].pos === 'VERB')) return true;
  return false;
}

/** Does the change end with a noun on both sides, right before a verb (or auxiliary) both sides read there? */
function subjectOfVerbBothRead(c: AlignOp, base: readonly Token[], reading: readonly Token[]): boolean {
  const vb = base[c.baseSpan[1]];
  const vr = reading[c.readingSpan[1]];
  if (!vb || !vr || vb.n !== vr.n || (vb.pos !== 'AUX' && vb.pos !== 'VERB')) return false;
  const noun = (t: Token | undefined) => !!t && (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON');
  return noun(base[c.baseSpan[1] - 1]) && noun(reading[c.readingSpan[1] - 1]);
}

/** Longest slide `slideToMoves` tries, in tokens. */
const MAX_SLIDE = 4;

/**
 * Where a run was moved, the diff may place the inserted copy one or two tokens off: "…, by 31
 * January of each year, all exports … calendar year." → "… all exports … calendar year by 31
 * January of each year." reads an insertion "year by 31 January of each" before the final "year",
 * equally short as "by 31 January of each year" after it. An insertion (or deletion) between equal
 * runs whose words, slid by up to MAX_SLIDE tokens over the equal words beside it, read exactly as
 * a deletion (insertion) elsewhere in the unit (punctuation at the edges aside) is slid there, so
 * the move is found whole. The equal runs beside it shrink and grow by as much; the alignment stays
 * a longest common subsequence. Pure: returns new ops.
 */
export function slideToMoves(ops: readonly AlignOp[], B: readonly Token[], R: readonly Token[]): AlignOp[] {
  // (most alignments have no pure insertion beside a pure deletion: nothing to copy)
  let ins = 0;
  let del = 0;
  for (const o of ops) {
    if (o.op === 'insert') ins++;
    else if (o.op === 'delete') del++;
  }
  if (ins === 0 || del === 0) return ops as AlignOp[];
  const out: AlignOp[] = copyOps(ops);
  const key = (T: readonly Token[], a: number, b: number): string => {
    while (a < b && T[a].punct) a++;
    while (b > a && T[b - 1].punct) b--;
    if (b - a < 2) return '';
    let s = '';
    for (let i = a; i < b; i++) s += (i > a ? ' ' : '') + T[i].n;
    return s;
  };
  const deleted = new Set<string>();
  const inserted = new Set<string>();
  for (const o of out) {
    if (o.op === 'delete') deleted.add(key(B, o.baseSpan[0], o.baseSpan[1]));
    if (o.op === 'insert') inserted.add(key(R, o.readingSpan[0], o.readingSpan[1]));
  }
  deleted.delete('');
  inserted.delete('');
  if (deleted.size === 0 || inserted.size === 0) return out;
  let changed = false;
  for (let k = 0; k < out.length; k++) {
    const o = out[k];
    if (o.op !== 'insert' && o.op !== 'delete') continue;
    const ins = o.op === 'insert';
    const T = ins ? R : B;
    const span = ins ? o.readingSpan : o.baseSpan;
    const want = ins ? deleted : inserted;
    if (want.has(key(T, span[0], span[1]))) continue;
    const prev = out[k - 1];
    const next = out[k + 1];
    const m = span[1] - span[0];
    let shift = 0;
    // slide right over the equal run after it, or left over the one before it
    for (let d = 1; d <= MAX_SLIDE && next?.op === 'equal' && d <= next.baseSpan[1] - next.baseSpan[0]; d++) {
      if (T[span[0] + d - 1].n !== T[span[0] + m + d - 1].n) break;
      if (want.has(key(T, span[0] + d, span[1] + d))) {
        shift = d;
        break;
      }
    }
    for (let d = 1; shift === 0 && d <= MAX_SLIDE && prev?.op === 'equal' && d <= prev.baseSpan[1] - prev.baseSpan[0]; d++) {
      if (T[span[1] - d].n !== T[span[0] - d].n) break;
      if (want.has(key(T, span[0] - d, span[1] - d))) {
        shift = -d;
        break;
      }
    }
    if (shift === 0) continue;
    changed = true;
    // the equal runs beside it give up (or take) `shift` tokens on both sides
    const grow = (x: AlignOp | undefined, d: number, atEnd: boolean) => {
      if (!x) return;
      if (atEnd) {
        x.baseSpan[1] += d;
        x.readingSpan[1] += d;
      } else {
        x.baseSpan[0] += d;
        x.readingSpan[0] += d;
      }
    };
    if (shift > 0) {
      if (prev?.op === 'equal') grow(prev, shift, true);
      else out.splice(k, 0, { op: 'equal', baseSpan: [o.baseSpan[0], o.baseSpan[0] + shift], readingSpan: [o.readingSpan[0], o.readingSpan[0] + shift] });
      const self = out[prev?.op === 'equal' ? k : k + 1];
      self.baseSpan = [self.baseSpan[0] + shift, self.baseSpan[1] + shift];
      self.readingSpan = [self.readingSpan[0] + shift, self.readingSpan[1] + shift];
      grow(out[out.indexOf(self) + 1], shift, false);
    } else {
      const d = -shift;
      prev.baseSpan[1] -= d;
      prev.readingSpan[1] -= d;
      o.baseSpan = [o.baseSpan[0] - d, o.baseSpan[1] - d];
      o.readingSpan = [o.readingSpan[0] - d, o.readingSpan[1] - d];
      if (next?.op === 'equal') grow(next, -d, false);
      else out.splice(k + 1, 0, { op: 'equal', baseSpan: [o.baseSpan[1], o.baseSpan[1] + d], readingSpan: [o.readingSpan[1], o.readingSpan[1] + d] });
    }
  }
  return changed ? out.filter((x) => x.baseSpan[1] > x.baseSpan[0] || x.readingSpan[1] > x.readingSpan[0]) : out;
}

/**
 * The same words written twice on one side, once in capitals and once not ("respect Human Rights
 * Council resolutions on the enjoyment of human rights online" → "respect human rights online"):
 * the diff matches the other side's words with the first copy it meets, and a case change appears
 * ('Human Rights' → 'human rights') beside an omission that holds the other copy. A pure insertion
 * or deletion beside an equal run whose words differ in case is slid over that run (by up to
 * MAX_SLIDE tokens, over words it reads alike by their normalised form) when the slid alignment
 * matches more words written exactly alike: the words are matched with the copy in the same case,
 * and the rest is the insertion or deletion. The alignment stays a longest common subsequence.
 * Pure: returns new ops.
 */
export function slideToSameCase(ops: readonly AlignOp[], B: readonly Token[], R: readonly Token[]): AlignOp[] {
  const out: AlignOp[] = copyOps(ops);
  let changed = false;
  for (let k = 0; k < out.length; k++) {
    const o = out[k];
    if (o.op !== 'insert' && o.op !== 'delete') continue;
    const ins = o.op === 'insert';
    // T: the side with the words added or dropped; O: the other side
    const [T, O] = ins ? [R, B] : [B, R];
    const span = ins ? o.readingSpan : o.baseSpan;
    const m = span[1] - span[0];
    const prev = out[k - 1];
    const next = out[k + 1];
    /** Words of T matched exactly (same written form) with O's at the offsets given (T index → O index). */
    const exact = (ti: number, oi: number) => (T[ti].t === O[oi].t ? 1 : 0);
    // slide left: the last d words of the equal run before it are matched with the last d words of the span instead
    if (prev?.op === 'equal') {
      const [pt, po] = ins ? [prev.readingSpan, prev.baseSpan] : [prev.baseSpan, prev.readingSpan];
      let best = 0;
      let gain = 0;
      let g = 0;
      for (let d = 1; d <= MAX_SLIDE && d <= pt[1] - pt[0] && d <= m; d++) {
        const ti = span[1] - d;
        const oi = po[1] - d;
        if (T[ti].n !== T[pt[1] - d].n) break;
        g += exact(ti, oi) - exact(pt[1] - d, oi);
        if (g > gain) {
          gain = g;
          best = d;
        }
      }
      if (best > 0) {
        changed = true;
        prev.baseSpan[1] -= best;
        prev.readingSpan[1] -= best;
        // (both spans move: the empty one is the insertion point, after (before) the words matched anew)
        o.baseSpan = [o.baseSpan[0] - best, o.baseSpan[1] - best];
        o.readingSpan = [o.readingSpan[0] - best, o.readingSpan[1] - best];
        if (next?.op === 'equal') {
          next.baseSpan[0] -= best;
          next.readingSpan[0] -= best;
        } else out.splice(k + 1, 0, { op: 'equal', baseSpan: [o.baseSpan[1], o.baseSpan[1] + best], readingSpan: [o.readingSpan[1], o.readingSpan[1] + best] });
        continue;
      }
    }
    // slide right: the first d words of the equal run after it are matched with the first d words of the span instead
    if (next?.op === 'equal') {
      const [nt, no] = ins ? [next.readingSpan, next.baseSpan] : [next.baseSpan, next.readingSpan];
      let best = 0;
      let gain = 0;
      let g = 0;
      for (let d = 1; d <= MAX_SLIDE && d <= nt[1] - nt[0] && d <= m; d++) {
        const ti = span[0] + d - 1;
        const oi = no[0] + d - 1;
        if (T[ti].n !== T[nt[0] + d - 1].n) break;
        g += exact(ti, oi) - exact(nt[0] + d - 1, oi);
        if (g > gain) {
          gain = g;
          best = d;
        }
      }
      if (best > 0) {
        changed = true;
        next.baseSpan[0] += best;
        next.readingSpan[0] += best;
        // (both spans move: the empty one is the insertion point, after (before) the words matched anew)
        o.baseSpan = [o.baseSpan[0] + best, o.baseSpan[1] + best];
        o.readingSpan = [o.readingSpan[0] + best, o.readingSpan[1] + best];
        if (prev?.op === 'equal') {
          prev.baseSpan[1] += best;
          prev.readingSpan[1] += best;
        } else {
          out.splice(k, 0, { op: 'equal', baseSpan: [o.baseSpan[0] - best, o.baseSpan[0]], readingSpan: [o.readingSpan[0] - best, o.readingSpan[0]] });
          k++;
        }
      }
    }
  }
  return changed ? out.filter((x) => x.baseSpan[1] > x.baseSpan[0] || x.readingSpan[1] > x.readingSpan[0]) : out;
}

/**
 * Slide the insertion or deletion at out[k] by d tokens (d > 0: right, over the equal run after it;
 * d < 0: left, over the one before it), the equal runs beside it giving up and taking d tokens on
 * both sides. The caller has checked that the words slid over read alike. Returns the index of the op.
 */
function slideOp(out: AlignOp[], k: number, d: number): number {
  const o = out[k];
  const prev = out[k - 1];
  const next = out[k + 1];
  o.baseSpan = [o.baseSpan[0] + d, o.baseSpan[1] + d];
  o.readingSpan = [o.readingSpan[0] + d, o.readingSpan[1] + d];
  if (d > 0) {
    next.baseSpan[0] += d;
    next.readingSpan[0] += d;
    if (prev?.op === 'equal') {
      prev.baseSpan[1] += d;
      prev.readingSpan[1] += d;
      return k;
    }
    out.splice(k, 0, { op: 'equal', baseSpan: [o.baseSpan[0] - d, o.baseSpan[0]], readingSpan: [o.readingSpan[0] - d, o.readingSpan[0]] });
    return k + 1;
  }
  prev.baseSpan[1] += d;
  prev.readingSpan[1] += d;
  if (next?.op === 'equal') {
    next.baseSpan[0] += d;
    next.readingSpan[0] += d;
  } else out.splice(k + 1, 0, { op: 'equal', baseSpan: [o.baseSpan[1], o.baseSpan[1] - d], readingSpan: [o.readingSpan[1], o.readingSpan[1] - d] });
  return k;
}

/**
 * A sentence dropped (added) whose last words are also the last words of the sentence before it
 * ("… that damages critical infrastructure. States should protect their critical infrastructure."):
 * the diff may drop "critical infrastructure. States should protect their" and keep the second
 * "critical infrastructure", cutting both sentences in the middle. A pure insertion or deletion is
 * slid (by up to MAX_SLIDE tokens, over words read alike) to where its edges fall on the edges of
 * sentences (a sentence start, or the end mark before one), when more of its edges then do: the
 * sentence is dropped (added, moved) whole. The alignment stays a longest common subsequence. Pure.
 */
export function slideToSentences(ops: readonly AlignOp[], B: readonly Token[], R: readonly Token[]): AlignOp[] {
  const out: AlignOp[] = copyOps(ops);
  let changed = false;
  for (let k = 0; k < out.length; k++) {
    const o = out[k];
    if (o.op !== 'insert' && o.op !== 'delete') continue;
    const T = o.op === 'insert' ? R : B;
    const span = o.op === 'insert' ? o.readingSpan : o.baseSpan;
    // (more than one sentence on that side: a sentence edge inside the span or beside it)
    if (T.length === 0 || T[0].sentence === T[T.length - 1].sentence) continue;
    const boundary = (i: number) => sentenceEdge(T, i);
    // (an edge on a sentence's own edge counts more than one beside its end mark: a sentence dropped
    // after a change is dropped with its full stop, "… mechanism. Thank you." → "… mechanism." is
    // 'Thank you.' omitted, not '. Thank you', the witness's full stop then being the first sentence's)
    // (not a sentence whose words the other side reads elsewhere: moved, its edges stay as the
    // transposition pairs them)
    const loose = (i: number) => (boundary(i) || (T[i].punct && boundary(i + 1)) ? 1 : 0);
    const O = o.op === 'insert' ? B : R;
    const strict = loose(span[0]) + loose(span[1]) === 2 && !readElsewhere(T, span, O);
    const edge = (i: number) => (boundary(i) ? 2 : T[i].punct && boundary(i + 1) ? 1 : 0);
    const score = (a: number, b: number) => (strict ? edge(a) + edge(b) : 2 * (loose(a) + loose(b)));
    const m = span[1] - span[0];
    const now = score(span[0], span[1]);
    if (now === 4) continue;
    const prev = out[k - 1];
    const next = out[k + 1];
    let best = 0;
    let top = now;
    const room = (x: AlignOp | undefined) => (x?.op === 'equal' ? x.baseSpan[1] - x.baseSpan[0] : 0);
    for (let d = 1; d <= MAX_SLIDE && d <= room(next) && d <= m; d++) {
      if (T[span[0] + d - 1].n !== T[span[1] + d - 1].n) break;
      if (score(span[0] + d, span[1] + d) > top) {
        top = score(span[0] + d, span[1] + d);
        best = d;
      }
    }
    for (let d = 1; d <= MAX_SLIDE && d <= room(prev) && d <= m; d++) {
      if (T[span[1] - d].n !== T[span[0] - d].n) break;
      if (score(span[0] - d, span[1] - d) > top) {
        top = score(span[0] - d, span[1] - d);
        best = -d;
      }
    }
    if (best === 0) continue;
    changed = true;
    k = slideOp(out, k, best);
  }
  return changed ? out.filter((x) => x.baseSpan[1] > x.baseSpan[0] || x.readingSpan[1] > x.readingSpan[0]) : out;
}

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ']);

/** Does the other side O read a content word of span s of T? */
function readElsewhere(T: readonly Token[], s: Span, O: readonly Token[]): boolean {
  const words = new Set<string>();
  for (let i = s[0]; i < s[1]; i++) if (CONTENT_POS.has(T[i].pos)) words.add(T[i].n);
  return O.some((t) => words.has(t.n));
}

/**
 * A side that lacks a whole opening sentence whose first words are also the first words of the next
 * sentence ("Each Party may have its own rules on data transfers. Each Party shall allow transfers of
 * data." → "Each Party will allow transfers of data."): the diff keeps the first "Each Party", so the
 * change runs from the first sentence over the full stop ('may have … Each Party shall' → 'will')
 * and pairs the surviving sentence's modal with the dropped sentence's ('may' → 'will': the wrong
 * direction). A scholar aligns the surviving sentence with its own counterpart. So when a kept run E
 * is followed by a change or a gap X (a deletion or insertion may stand before E) and, on the longer
 * side, a sentence starts inside X with all the words of E, the ops are re-cut there: the whole
 * sentences before that start dropped (added), E kept at that start, the rest of X changed. Only when the dropped run then starts
 * and ends on sentence edges. Pure.
 */
export function realignAcrossSentences(ops: readonly AlignOp[], B: readonly Token[], R: readonly Token[]): AlignOp[] {
  let out: AlignOp[] = copyOps(ops);
  for (const key of ['baseSpan', 'readingSpan'] as const) {
    const other = key === 'baseSpan' ? 'readingSpan' : 'baseSpan';
    const T = key === 'baseSpan' ? B : R;
    const boundary = (i: number) => sentenceEdge(T, i);
    for (let k = 0; k + 1 < out.length; k++) {
      const e = out[k];
      const x = out[k + 1];
      if (e.op !== 'equal' || x.op === 'equal' || x[key][0] === x[key][1]) continue;
      const pre = k > 0 && out[k - 1][other][0] === out[k - 1][other][1] ? out[k - 1] : undefined;
      const start = pre ? pre[key][0] : e[key][0];
      if (!boundary(start)) continue;
      const eLen = e[key][1] - e[key][0];
      const [x0, x1] = x[key];
      // (the first sentence start inside X from which all of E's words come again: when only some
      // do, "Each Party may have its own rules. Each Party shall allow …" → "Each Party may have its
      // own rules and shall allow …", the witness joined the two sentences and E is its own)
      let p = -1;
      let m = 0;
      for (let i = x0 + 1; i < x1 && p < 0; i++) {
        if (!boundary(i)) continue;
        let j = 0;
        while (j < eLen && i + j < x1 && T[i + j].n === T[e[key][0] + j].n) j++;
        if (j === eLen) {
          p = i;
          m = j;
        }
      }
      if (p < 0) continue;
      const oStart = pre ? pre[other][0] : e[other][0];
      const mk = (kind: AlignOpKind, ks: Span, os: Span): AlignOp => {
        const o: AlignOp = { op: kind, baseSpan: [0, 0], readingSpan: [0, 0] };
        o[key] = ks;
        o[other] = os;
        return o;
      };
      const restKey: Span = [p + m, x1];
      const restOther: Span = [e[other][0] + m, x[other][1]];
      const pieces = [mk(key === 'baseSpan' ? 'delete' : 'insert', [start, p], [oStart, oStart]), mk('equal', [p, p + m], [e[other][0], e[other][0] + m])];
      const kl = restKey[1] - restKey[0];
      const ol = restOther[1] - restOther[0];
      if (kl || ol) pieces.push(mk(kl && ol ? 'replace' : kl ? (key === 'baseSpan' ? 'delete' : 'insert') : key === 'baseSpan' ? 'insert' : 'delete', restKey, restOther));
      out = [...out.slice(0, pre ? k - 1 : k), ...pieces, ...out.slice(k + 2)];
      k = (pre ? k - 1 : k) + pieces.length - 1;
    }
  }
  return out;
}

/** A copy of the ops, spans and all, for a pass that rewrites them. */
function copyOps(ops: readonly AlignOp[]): AlignOp[] {
  return ops.map((o) => ({ op: o.op, baseSpan: [o.baseSpan[0], o.baseSpan[1]], readingSpan: [o.readingSpan[0], o.readingSpan[1]] }));
}

/** Is position i of the tokens a sentence edge (the start, the end, or a token of another sentence than the one before it)? */
function sentenceEdge(S: readonly Token[], i: number): boolean {
  return i <= 0 || i >= S.length || S[i].sentence !== S[i - 1].sentence;
}

/**
 * The three ops a re-cut at a sentence end makes on side `key` (realignSentenceEnd,
 * realignMovedSentenceEnd): the words x0..p-1 replaced by `replaced` of the other side, the end mark
 * at p-1 kept against `mark`, and the sentences p..e1 dropped (added) whole, at the other side's
 * mark end.
 */
function cutAtSentenceEnd(key: 'baseSpan' | 'readingSpan', x0: number, p: number, e1: number, replaced: Span, mark: Span): AlignOp[] {
  const other = key === 'baseSpan' ? 'readingSpan' : 'baseSpan';
  const mk = (kind: AlignOpKind, ks: Span, os: Span): AlignOp => {
    const o: AlignOp = { op: kind, baseSpan: [0, 0], readingSpan: [0, 0] };
    o[key] = ks;
    o[other] = os;
    return o;
  };
  return [mk('replace', [x0, p - 1], replaced), mk('equal', [p - 1, p], mark), mk(key === 'baseSpan' ? 'delete' : 'insert', [p, e1], [mark[1], mark[1]])];
}

/**
 * Each side in turn, each pair of neighbouring ops (a change X, then E): where `cut` gives pieces,
 * they take the pair's place (realignSentenceEnd, realignMovedSentenceEnd). `T` is the side's
 * tokens, `O` the other side's. Pure: returns new ops.
 */
function recutPairs(ops: readonly AlignOp[], B: readonly Token[], R: readonly Token[], cut: (x: AlignOp, e: AlignOp, key: 'baseSpan' | 'readingSpan', T: readonly Token[], O: readonly Token[]) => AlignOp[] | null): AlignOp[] {
  let out = copyOps(ops);
  for (const key of ['baseSpan', 'readingSpan'] as const) {
    const [T, O] = key === 'baseSpan' ? [B, R] : [R, B];
    for (let k = 0; k + 1 < out.length; k++) {
      const pieces = cut(out[k], out[k + 1], key, T, O);
      if (!pieces) continue;
      out = [...out.slice(0, k), ...pieces, ...out.slice(k + 2)];
      k += pieces.length - 1;
    }
  }
  return out;
}

/** Most content words of a kept sentence end that realignSentenceEnd re-cuts (see there). */
const MAX_SHARED_END = 2;

/**
 * A side that lacks a whole closing sentence whose last words are also what the other side reads in
 * place of the end of the sentence before it ("… peace in the ICT environment. Existing law provides
 * a framework for conduct in cyberspace." → "… peace in cyberspace."): the diff keeps the last
 * "cyberspace.", so the omission runs from the first sentence over its full stop and cuts the
 * dropped sentence in two ('the ICT environment. Existing law … in'). A scholar reads the first
 * sentence's end reworded and the second sentence dropped whole. So when a deletion (insertion) X is
 * followed by a kept run E of at most MAX_SHARED_END content words that ends a sentence on both
 * sides, and X holds a sentence end after words of content, the ops are re-cut: the words of X
 * before that end replaced by E's words, the end mark kept, the sentences from there to E's end
 * dropped (added) whole. Pure.
 */
export function realignSentenceEnd(ops: readonly AlignOp[], B: readonly Token[], R: readonly Token[]): AlignOp[] {
  return recutPairs(ops, B, R, (x, e, key, T, O) => {
    const other = key === 'baseSpan' ? 'readingSpan' : 'baseSpan';
    if (e.op !== 'equal' || x[other][0] !== x[other][1] || x[key][0] === x[key][1]) return null;
    const [x0, x1] = x[key];
    const [e0, e1] = e[key];
    const [o0, o1] = e[other];
    // (E ends a sentence on both sides with its end mark, and holds a few content words before it)
    if (!T[e1 - 1].punct || !sentenceEdge(T, e1) || !sentenceEdge(O, o1) || e1 - e0 < 2) return null;
    let content = 0;
    for (let i = e0; i < e1 - 1; i++) if (!T[i].punct) content++;
    if (content === 0 || content > MAX_SHARED_END) return null;
    // (the first sentence end inside X, after words of its own sentence)
    let p = -1;
    for (let i = x0 + 1; i < x1 && p < 0; i++) if (sentenceEdge(T, i) && T[i - 1].punct && i - 1 > x0) p = i;
    if (p < 0 || T[x0].sentence !== T[p - 1].sentence || sentenceEdge(T, x0)) return null;
    return cutAtSentenceEnd(key, x0, p, e1, [o0, o1 - 1], [o1 - 1, o1]);
  });
}

/**
 * A sentence moved from before another to after it, reworded ("States may share data. Parties will
 * review the Code every two years." → "Parties will review the Code every year. States should share
 * data."): the diff keeps the second sentence's words, then replaces its changed end together with
 * the whole moved sentence ('two years' → 'year. States should share data') and keeps the moved
 * sentence's full stop as the kept sentence's. A scholar reads the kept sentence's end changed and
 * its own full stop kept, and the moved sentence added whole (transposition.ts then pairs it with
 * its deletion, and the change of modal inside it is read). So when a replacement X is followed by
 * a kept run E that is one end mark ending a sentence on both sides, and on one side X holds, after
 * words of its own sentence, the same end mark closing a sentence, while the other side's X holds
 * no sentence edge, the ops are re-cut there: the words before that mark replaced, the mark kept,
 * the sentences after it (to E's mark) added (dropped) whole. As many tokens are kept. Pure.
 */
export function realignMovedSentenceEnd(ops: readonly AlignOp[], B: readonly Token[], R: readonly Token[]): AlignOp[] {
  return recutPairs(ops, B, R, (x, e, key, T, O) => {
    const other = key === 'baseSpan' ? 'readingSpan' : 'baseSpan';
    if (x.op !== 'replace' || e.op !== 'equal') return null;
    const [x0, x1] = x[key];
    const [ox0, ox1] = x[other];
    const [e0, e1] = e[key];
    const [o0, o1] = e[other];
    // (E is one end mark, closing a sentence on both sides)
    if (e1 - e0 !== 1 || !T[e0].punct || !sentenceEdge(T, e1) || !sentenceEdge(O, o1)) return null;
    // (the other side's X inside one sentence, which E's mark closes)
    let edge = false;
    for (let j = ox0 + 1; j <= ox1 && !edge; j++) edge = sentenceEdge(O, j);
    if (edge || sentenceEdge(O, ox0)) return null;
    // (the first sentence end inside X on this side, with the same mark, after words of X's sentence)
    let p = -1;
    for (let i = x0 + 2; i < x1 && p < 0; i++) if (sentenceEdge(T, i) && T[i - 1].n === T[e0].n) p = i;
    if (p < 0 || T[x0].sentence !== T[p - 1].sentence || sentenceEdge(T, x0)) return null;
    return cutAtSentenceEnd(key, x0, p, e1, [ox0, ox1], [o0, o1]);
  });
}

/** Does a change's edge fall on a joint of a list or a limb there (a coordinator, or a comma)? */
function atJoint(t: Token | undefined): boolean {
  return !!t && (t.pos === 'CCONJ' || t.n === ',');
}

/**
 * A pure insertion or deletion the diff placed one word off, over a word the text repeats. Two
 * cases, slid by up to MAX_SLIDE tokens over words read alike (the alignment stays a longest common
 * subsequence):
 * - two deletions (insertions) apart only by a short equal run that the second's own last words
 *   repeat ("certain categories of [data], including data on health" → "data on health": the
 *   witness's "data" is the base's second one): slid onto that run, the two are one stretch
 *   dropped, one omission, not two around the repeated word;
 * - an item added at the end of a list, or a limb, begun on the word it repeats ("tax [data and
 *   customs] data" for "tax data [and customs data]"): slid so it opens on its coordinator (or
 *   comma) when it did not, the item with its joint.
 * Pure: returns new ops.
 */
export function slideToJoin(ops: readonly AlignOp[], B: readonly Token[], R: readonly Token[]): AlignOp[] {
  const out: AlignOp[] = copyOps(ops);
  let changed = false;
  const alike = (T: readonly Token[], a: number, b: number, d: number) => {
    for (let i = 0; i < d; i++) if (T[a + i].n !== T[b + i].n) return false;
    return true;
  };
  for (let k = 0; k < out.length; k++) {
    const o = out[k];
    if (o.op !== 'insert' && o.op !== 'delete') continue;
    const ins = o.op === 'insert';
    const T = ins ? R : B;
    const sp = (x: AlignOp): Span => (ins ? x.readingSpan : x.baseSpan);
    const span = sp(o);
    const m = span[1] - span[0];
    const prev = out[k - 1];
    const next = out[k + 1];
    // (a word of content in the run slid over: marks alone are the closing marks' business)
    // (and no mark, all in one sentence with the changes: "modify [or withdraw] the Order. [Without
    // prejudice …, the Receiving Party may decline to give effect to] the Order." keeps its two changes)
    const words = (a: number, d: number) => {
      let any = false;
      for (let i = a; i < a + d; i++) {
        if (T[i].punct || T[i].sentence !== T[span[0]].sentence) return false;
        if (T[i].pos !== 'CCONJ' && T[i].pos !== 'ADP' && T[i].pos !== 'DET') any = true;
      }
      return any;
    };
    if (prev?.op === 'equal' && out[k - 2]?.op === o.op) {
      const d = sp(prev)[1] - sp(prev)[0];
      if (d > 0 && d <= MAX_SLIDE && d < m && alike(T, span[1] - d, sp(prev)[0], d) && words(sp(prev)[0], d)) {
        slideOp(out, k, -d);
        changed = true;
        continue;
      }
    }
    if (next?.op === 'equal' && out[k + 2]?.op === o.op) {
      const d = sp(next)[1] - sp(next)[0];
      if (d > 0 && d <= MAX_SLIDE && d < m && alike(T, span[0], sp(next)[0], d) && words(sp(next)[0], d)) {
        k = slideOp(out, k, d);
        changed = true;
        continue;
      }
    }
    if (next?.op === 'equal' && !atJoint(T[span[0]])) {
      const n = sp(next)[1] - sp(next)[0];
      for (let d = 1; d <= MAX_SLIDE && d <= n && d < m; d++) {
        // (written alike, case and all: "[human rights and] Human Rights" keeps the copy in the same case)
        if (T[span[0] + d - 1].t !== T[span[1] + d - 1].t) break;
        if (T[span[0] + d].pos === 'CCONJ' || T[span[0] + d].n === ',') {
          k = slideOp(out, k, d);
          changed = true;
          break;
        }
      }
    }
  }
  if (!changed) return out;
  // the emptied equal runs out, and the changes they parted made one
  const merged: AlignOp[] = [];
  for (const x of out) {
    if (x.baseSpan[1] === x.baseSpan[0] && x.readingSpan[1] === x.readingSpan[0]) continue;
    const last = merged[merged.length - 1];
    if (last && last.op === x.op && (x.op === 'insert' || x.op === 'delete')) {
      last.baseSpan = [last.baseSpan[0], x.baseSpan[1]];
      last.readingSpan = [last.readingSpan[0], x.readingSpan[1]];
    } else merged.push(x);
  }
  return merged;
}
