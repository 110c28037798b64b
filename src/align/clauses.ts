/**
 * Clause alignment: which base unit(s) does each witness clause correspond to?
 *
 * Each clause is scored against candidate spans of consecutive base units by idf-weighted overlap
 * of content-word stems; order is evidence, not a constraint (a dynamic programme adds a bonus when
 * a clause follows its predecessor in base order). Candidates come from an inverted index of rare
 * stems, so the cost grows with clauses × candidates, not clauses × units. Settings: lexicons/aligner.yaml.
 */
import { acronymLetters, initialsFit } from '../analyse/classify/spelling.js';
import type { Token } from '../types.js';

export interface AlignerSettings {
  content_pos: string[];
  candidates: number;
  merge_gain: number;
  merge_recall: number;
  max_span: number;
  order_bonus: number;
  /**
   * Weight of a span's recall (the share of its units' vocabulary the clause reads) beside its
   * precision: of two units a clause reads equally precisely, the one it reads more of (default 0).
   */
  recall_weight?: number;
  /**
   * Two clauses in a row that read the same units and, between them, more than this of their
   * vocabulary (their recalls summed) read them twice, not in two parts: the second gets no order
   * bonus (default: never).
   */
  reread?: number;
  min_precision: number;
  gap_confidence: number;
  /** `variorum corpus` lists matches under this confidence for review (default: gap_confidence). */
  review_below?: number;
  /** A clause that reads two neighbouring units in reverse order: each part's precision against its unit, at least (default 0.5). */
  reversed_part?: number;
  /** A clause that reads a unit in full (precision and recall at least this): weak matches of the same unit have no counterpart (default 0.8). */
  full_reading?: number;
  /** A clause that reads at least this share of a unit's (idf-weighted) vocabulary restates it, beside a clause that reads it in full (default 0.6). */
  restates?: number;
  /**
   * A clause that states a second predicate with a modal of its own ("… and will not deploy …")
   * covers the neighbour it restates with this smaller gain (default: merge_gain).
   */
  merge_gain_predicate?: number;
  /**
   * A clause of whole sentences, split between them into a part its span reads and a part its
   * neighbour reads (each at least `reversed_part` of its vocabulary in its own unit), covers the
   * neighbour with this smaller recall than `merge_recall`: a summary that compresses each of two
   * provisions into a sentence of its own (default: merge_recall).
   */
  merge_recall_sentences?: number;
  /** Content words (nouns, adjectives, proper nouns) such a second predicate's own subject may have between the mark and its modal (default 3). */
  merge_subject_words?: number;
  /**
   * A merged clause beside a clause that reads one of its end units in full (`full_reading`): when
   * the merged clause reads at most this many content words of that unit that its other units do
   * not have, it does not cover it (a few words of the next unit added: "… and the amount spent",
   * before the clause that reads that unit); -1 never (default 3).
   */
  merge_tail_words?: number;
  /**
   * Words by which a text speaks of itself and of its carrying out ("resolution", "implementation",
   * "paragraph"): a weak match against the order of its neighbours that shares only these with its
   * unit has no counterpart (default: none).
   */
  self_reference?: string[];
  /**
   * Beside a clear reading of a unit by another clause of the witness (not the clause right after
   * it, which it leads into), a clause matched less precisely to the same unit, reading less than
   * `restates` of it, whose words shared with the unit
   * are for less than this share (by weight) words the clear reading does not read, only echoes it:
   * no counterpart (default 0: the rule is off).
   */
  echo_new?: number;
  /**
   * A match that looks clear (at least `review_below`, under `full_reading`) of a clause with no modal
   * that shares at most this many content words with its unit ... (default 0: the rule is off)
   */
  few_shared?: number;
  /** ... and reads less than this share of the unit's (idf-weighted) vocabulary has no counterpart (default 0.15). */
  few_recall?: number;
  /** A weak match (under `gap_confidence`) with no modal sharing at most this many content words with its unit, under `few_recall` of it, has no counterpart (0: off; see dropFewWordsOfLongUnit). */
  weak_few_shared?: number;
  /** ... and reads less than this share of the unit's (idf-weighted) vocabulary (default 0.2). */
  weak_few_recall?: number;
  /**
   * A weak match (under `gap_confidence`) with no modal, not placed by order between two matched
   * clauses, whose content words that other units read clearly elsewhere in the witness outweigh
   * (by this factor, idf-weighted) the words it shares with its own unit, comments on those units:
   * no counterpart (default 0: the rule is off).
   */
  commentary_echo?: number;
  /**
   * A witness that opens with a weak match: its first clause, matched below this precision to one
   * unit, with no modal, while a later clause has a counterpart, has none (a news lead; default 0:
   * the rule is off). See dropWeakLead.
   */
  weak_lead?: number;
  /** A witness's last clause matched to one unit below this, with no modal, while an earlier one is matched: no counterpart (0: off). */
  weak_tail?: number;
  /** Modals that do not keep such a last clause's match (reported speech, conjecture: "would"). */
  weak_tail_modals?: string[];
  /** A clause with at most this many content words (a lead-in, a heading) … (default 1) */
  short_words?: number;
  /** … reads a unit only when it reads at least this share of the unit's (idf-weighted) vocabulary (default 0.5). */
  short_recall?: number;
}

/** A unit of the base text, tokenised. */
export interface UnitTokens {
  id: string;
  tokens: readonly Token[];
}

/** The aligner's proposal for one clause. */
export interface ClauseTag {
  /** Unit ids, in base order; empty when the clause has no counterpart. */
  units: string[];
  /** Share of the clause's (idf-weighted) content vocabulary found in those units, 0..1, two decimals. */
  confidence: number;
}

/** units [start, end]; `recall`: share of their vocabulary the clause reads; `distinctive`: the clause shares with them a stem few units have */
interface Span { start: number; end: number; precision: number; recall: number; distinctive: boolean }

/** The base side of the aligner: interned stems, posting lists and weights (read-only once built). */
interface Prepared {
  content: Set<string>;
  /** Stem → id; ids are 0..known-1, a stem no unit has reads as `known`. */
  ids: Map<string, number>;
  known: number;
  unitStems: number[][];
  unitSets: Set<number>[];
  /** Posting list (sorted unit indices) of each stem. */
  index: number[][];
  idfOf: number[];
  rare: number;
  unitWeight: number[];
  /** Acronym letters → the stem id it reads as (acronymStem), or `known` when no unit spells it out; filled lazily. */
  acronyms: Map<string, number>;
}

// Ingest and the benchmark align every witness with the same units: prepare them once per array
// (the units and their tokens are never modified, so the cache cannot go stale).
const preparedCache = new WeakMap<readonly UnitTokens[], { s: AlignerSettings; p: Prepared }>();

function prepare(units: readonly UnitTokens[], s: AlignerSettings): Prepared {
  const hit = preparedCache.get(units);
  if (hit && hit.s === s) return hit.p;
  const content = new Set(s.content_pos);
  const ids = new Map<string, number>();
  const unitStems = units.map((u) => {
    const set = new Set<number>();
    for (const t of u.tokens) {
      if (t.punct || !content.has(t.pos) || t.stem === '') continue;
      let id = ids.get(t.stem);
      if (id === undefined) ids.set(t.stem, (id = ids.size));
      set.add(id);
    }
    return [...set];
  });
  const known = ids.size;
  const df = new Array<number>(known).fill(0);
  const index: number[][] = Array.from({ length: known }, () => []);
  unitStems.forEach((list, ui) => {
    for (const st of list) {
      df[st]++;
      index[st].push(ui);
    }
  });
  const n = units.length;
  const idfOf = df.map((d) => Math.log(1 + n / d));
  const rare = Math.log(1 + n); // a stem no unit has
  const unitWeight = unitStems.map((list) => list.reduce((w, st) => w + idfOf[st], 0));
  const p: Prepared = { content, ids, known, unitStems, unitSets: unitStems.map((l) => new Set(l)), index, idfOf, rare, unitWeight, acronyms: new Map() };
  preparedCache.set(units, { s, p });
  return p;
}

/** Tag every clause with the base units it corresponds to. Pure. */
export function alignClauses(units: readonly UnitTokens[], clauses: readonly (readonly Token[])[], s: AlignerSettings): ClauseTag[] {
  // stems are interned as small integers: sets, weights and postings are arrays indexed by them
  const prepared = prepare(units, s);
  const { content, ids, known, unitStems, unitSets, index, idfOf, rare, unitWeight } = prepared;
  /** The stem id of a content word of a clause (an acronym no unit has reads as its expansion: acronymStem). */
  const stemId = (t: Token) => {
    const id = ids.get(t.stem);
    if (id !== undefined) return id;
    const letters = acronymLetters(t.t);
    return letters === null ? known : acronymStem(letters, units, prepared);
  };
  const contentIds = (tokens: readonly Token[]) => {
    const out: number[] = [];
    for (const t of tokens) if (!t.punct && content.has(t.pos) && t.stem !== '') out.push(stemId(t));
    return out;
  };
  const n = units.length;
  const idf = (st: number) => (st < known ? idfOf[st] : rare);
  // Stems found in very many units would make candidate search quadratic on long texts: for them
  // only the units near where the previous clause landed are scored (posting lists are sorted).
  const seedDf = Math.max(32, Math.ceil(n * 0.02));
  // a stem that at most this many units have tells a unit apart (see the weak-match rule below)
  const fewUnits = Math.max(2, Math.ceil(n * 0.1));
  const reversedPart = s.reversed_part ?? 0.5;
  const predicateGain = s.merge_gain_predicate ?? s.merge_gain;
  const subjectWords = s.merge_subject_words ?? 3;
  const sentenceRecall = Math.min(s.merge_recall, s.merge_recall_sentences ?? s.merge_recall);
  const shortWords = s.short_words ?? 1;
  const shortRecall = s.short_recall ?? 0.5;
  const recallWeight = s.recall_weight ?? 0;
  const reread = s.reread ?? Infinity;
  const shared = new Float64Array(n); // scratch: overlap per unit (seeding), reset after each clause
  // scratch, per unit, filled by profileOf for the clause `profiled[ui]`: the weight of the
  // clause's positions whose stem the unit has (`matchedIn`, summed position by position as
  // `matched` does), of those distinct stems (`cover`), and whether one of them is distinctive
  const matchedIn = new Float64Array(n);
  const cover = new Float64Array(n);
  const distinctiveIn = new Uint8Array(n);
  const profiled = new Uint32Array(n);
  // scratch: seen[stem] === seenStamp marks a stem already met by the current maskOf or recallOf call
  const seen = new Uint32Array(known + 1);
  let seenStamp = 0;
  // scratch: inClause[stem] === clauseStamp marks a stem of the current clause, which has it occurrences[stem] times
  const inClause = new Uint32Array(known + 1);
  let clauseStamp = 0;
  const occurrences = new Uint32Array(known + 1);
  // scratch: the units shared[] counts for the current clause, touched[0..touchedCount) (a typed
  // array: emptying a plain array frees its storage, which then grows again clause after clause)
  const touched = new Int32Array(n);
  let touchedCount = 0;
  // scratch: which of the clause's stems each unit has, position by position (see maskOf), reset after each clause
  const masks: (Uint8Array | undefined)[] = new Array(n);
  const masked: number[] = [];

  /**
   * Candidate spans for one clause. A span grows to a neighbouring unit only when the clause splits
   * into a part explained by the span and a part explained by the neighbour (in base order) that
   * together explain clearly more than the span alone: a merged clause reads two units one after
   * the other, it does not just share a few words with the next one.
   */
  const candidatesOf = (tokens: readonly Token[], near: readonly number[], diagonal: number): Span[] => {
    // the content stems, and marks[k]: a clause or sentence mark (",", ";", ":", ".") stands
    // between content words k-1 and k
    const seq: number[] = [];
    const weights: number[] = [];
    let sum = 0; // (a local: `total`, which the helpers below read, is a constant)
    const marks = new Uint8Array(tokens.length + 1);
    // preds[k]: a coordinator or a clause mark, then a modal auxiliary, stands between content
    // words k-1 and k: a second predicate with a force of its own begins ("… and will not deploy")
    const preds = new Uint8Array(tokens.length + 1);
    // sentences[k]: a new sentence begins at content word k (k > 0)
    const sentences = new Uint8Array(tokens.length + 1);
    let anySentence = false;
    let lastSentence = -1;
    let joint = false;
    let anyPred = false;
    // (or a subject of its own between them, a few nouns and adjectives: "…: such access must be
    // provided …"; `at`: where the coordinator or mark stands, -1 when the words since are no subject)
    let at = -1;
    let subject = 0;
    for (const t of tokens) {
      if (t.punct) {
        if (seq.length > 0 && CLAUSE_MARKS.has(t.n)) marks[seq.length] = 1;
        if (CLAUSE_MARKS.has(t.n)) {
          joint = true;
          at = seq.length;
          subject = 0;
        }
      } else if (t.pos === 'CCONJ') {
        joint = true;
        at = seq.length;
        subject = 0;
      } else if (joint && seq.length > 0 && isModal(t)) {
        preds[seq.length] = 1;
        anyPred = true;
      } else if (at > 0 && subject > 0 && isModal(t)) {
        preds[at] = 1;
        anyPred = true;
        at = -1;
      } else if (content.has(t.pos) && t.stem !== '') {
        joint = false;
        if (at >= 0 && (t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN') && subject < subjectWords) subject++;
        else at = -1;
        if (seq.length > 0 && t.sentence !== lastSentence) {
          sentences[seq.length] = 1;
          anySentence = true;
        }
        lastSentence = t.sentence;
        const st = stemId(t);
        seq.push(st);
        weights.push(idf(st));
        sum += idf(st);
      }
    }
    marks[seq.length] = 0;
    preds[seq.length] = 0;
    const total = sum;
    const minGain = anyPred ? Math.min(s.merge_gain, predicateGain) : s.merge_gain;
    if (total === 0) return [];
    // the distinct stems, in order of first occurrence, and how often each occurs
    const stamp = ++clauseStamp;
    const distinct: number[] = [];
    for (const st of seq) {
      if (inClause[st] !== stamp) {
        inClause[st] = stamp;
        occurrences[st] = 0;
        distinct.push(st);
      }
      occurrences[st]++;
    }
    // windows for common stems: after the previous clause, and where a full text would be
    const here = near.length ? near[0] : 0;
    const windows = here <= diagonal
      ? [[here - seedDf, here + seedDf], [diagonal - seedDf, diagonal + seedDf]]
      : [[diagonal - seedDf, diagonal + seedDf], [here - seedDf, here + seedDf]];
    if (windows[1][0] < windows[0][1]) windows.splice(0, 2, [windows[0][0], Math.max(windows[0][1], windows[1][1])]);
    for (const st of distinct) {
      if (st >= known) continue;
      const list = index[st];
      const w = idf(st);
      if (list.length > seedDf) {
        for (const win of windows) {
          for (let i = lowerBound(list, win[0]), to = lowerBound(list, win[1]); i < to; i++) {
            const ui = list[i];
            if (shared[ui] === 0) touched[touchedCount++] = ui;
            shared[ui] += w;
          }
        }
        continue;
      }
      for (const ui of list) {
        if (shared[ui] === 0) touched[touchedCount++] = ui;
        shared[ui] += w;
      }
    }
    const seeds = topK(touched, touchedCount, shared, s.candidates);
    for (let i = 0; i < touchedCount; i++) shared[touched[i]] = 0;
    touchedCount = 0;
    // order is evidence: the units right after the previous clause's candidates are candidates too
    for (const ui of near) if (ui >= 0 && ui < n && !seeds.includes(ui)) seeds.push(ui);
    /** Fills matchedIn[ui], cover[ui] and distinctiveIn[ui] for this clause (once; no mask needed). */
    const profileOf = (ui: number) => {
      if (profiled[ui] === stamp) return;
      profiled[ui] = stamp;
      // (a unit has few stems: marking those the clause has beats a set lookup per position)
      const mark = ++seenStamp;
      let c = 0;
      let d = 0;
      for (const st of unitStems[ui]) {
        if (inClause[st] !== stamp) continue;
        seen[st] = mark;
        c += idfOf[st];
        if (index[st].length <= fewUnits) d = 1;
      }
      let w = 0;
      for (let i = 0; i < seq.length; i++) if (seen[seq[i]] === mark) w += weights[i];
      matchedIn[ui] = w;
      cover[ui] = c;
      distinctiveIn[ui] = d;
    };
    /** Which of the clause's stems unit ui has, position by position (computed once per unit). */
    const maskOf = (ui: number) => {
      let m = masks[ui];
      if (!m) {
        const mark = ++seenStamp;
        for (const st of unitStems[ui]) if (inClause[st] === stamp) seen[st] = mark;
        m = new Uint8Array(seq.length);
        for (let i = 0; i < seq.length; i++) m[i] = seen[seq[i]] === mark ? 1 : 0;
        masks[ui] = m;
        masked.push(ui);
      }
      return m;
    };
    /** Position by position: is the stem in one of the units start..end? */
    const spanMask = (start: number, end: number) => {
      if (start === end) return maskOf(start);
      const m = new Uint8Array(seq.length);
      for (let ui = start; ui <= end; ui++) {
        const u = maskOf(ui);
        for (let i = 0; i < seq.length; i++) m[i] |= u[i];
      }
      return m;
    };
    const matched = (start: number, end: number) => {
      if (start === end) {
        profileOf(start);
        return matchedIn[start];
      }
      const m = spanMask(start, end);
      let w = 0;
      for (let i = 0; i < seq.length; i++) if (m[i]) w += weights[i];
      return w;
    };
    /**
     * Best split of the clause into [0,k) → first, [k,m) → second; returns the score and k. With
     * `at`, only where at[k] is set (`marks`: at a clause or sentence mark; score -Infinity when
     * the clause has none).
     */
    const bestSplit = (first: [number, number], second: [number, number], at: Uint8Array | null = null) => {
      const fm = spanMask(first[0], first[1]);
      const sm = spanMask(second[0], second[1]);
      let a = 0;
      let b = 0;
      for (let i = 0; i < seq.length; i++) if (sm[i]) b += weights[i];
      let best = { score: at ? -Infinity : b, k: 0 };
      for (let k = 1; k <= seq.length; k++) {
        if (fm[k - 1]) a += weights[k - 1];
        if (sm[k - 1]) b -= weights[k - 1];
        if (a + b > best.score && (!at || at[k])) best = { score: a + b, k };
      }
      return best;
    };
    /** Share of the weight of the clause's content words from..to that units span[0]..span[1] have. */
    const partPrecision = (span: [number, number], from: number, to: number) => {
      const m = spanMask(span[0], span[1]);
      let all = 0;
      let w = 0;
      for (let i = from; i < to; i++) {
        all += weights[i];
        if (m[i]) w += weights[i];
      }
      return all === 0 ? 0 : w / all;
    };
    /** Share of unit ui's stem weight that the clause's words from..to read (each stem counted once). */
    const recallOf = (ui: number, from: number, to: number) => {
      if (unitWeight[ui] === 0) return 0;
      const m = maskOf(ui);
      const stamp = ++seenStamp;
      let w = 0;
      for (let i = from; i < to; i++) {
        if (!m[i] || seen[seq[i]] === stamp) continue;
        seen[seq[i]] = stamp;
        w += idf(seq[i]);
      }
      return w / unitWeight[ui];
    };
    /** Share of the weight of units start..end (each stem counted once) that the clause reads. */
    const spanRecall = (start: number, end: number) => {
      let all = 0;
      for (let ui = start; ui <= end; ui++) all += unitWeight[ui];
      if (all === 0) return 0;
      let w = 0;
      for (let ui = start; ui <= end; ui++) w += recallOf(ui, 0, seq.length) * unitWeight[ui];
      return w / all;
    };
    /**
     * What span start..end (matching `alone`) gains by taking in its neighbour nb, or 0 when the
     * merge does not qualify. The neighbour is read after the span (or, two units only, before it:
     * a clause may read two neighbouring units in reverse order, "Either country can end the
     * Agreement …, and each government will publish annual statistics …", split then at a clause
     * or sentence mark, each part read by its unit at least `reversed_part`); `after`: the
     * neighbour's part is the clause's tail. A clause that states a second predicate with a modal
     * of its own after a coordinator or a clause mark ("They must set thresholds for intolerable
     * risks and will not deploy a model whose risks exceed them") restates two commitments: split
     * there, each part read by its unit at least `reversed_part`, the neighbour's part need only
     * gain `merge_gain_predicate` (its words "model", "risks" are the span's too, so that little of
     * it is the neighbour's alone).
     */
    const mergeGain = (start: number, end: number, alone: number, nb: number, after: boolean): number => {
      // bounds first (exact: they only skip merges that cannot pass): the split matches at most
      // alone + matched(nb), so the gain is at most min(alone, matched(nb)) / total; the
      // neighbour's recall is at most its cover / its weight (the margin absorbs float sums
      // taken in another order)
      if (alone < (minGain - BOUND_MARGIN) * total) return 0;
      const nbAlone = matched(nb, nb);
      if (nbAlone < (minGain - BOUND_MARGIN) * total) return 0;
      const recallBound = unitWeight[nb] === 0 ? 0 : cover[nb] / unitWeight[nb]; // (matched(nb, nb) profiled nb)
      if (recallBound < (anySentence ? sentenceRecall : s.merge_recall) - BOUND_MARGIN) return 0;
      const reversed = after !== nb > end;
      const first: [number, number] = after ? [start, end] : [nb, nb];
      const second: [number, number] = after ? [nb, nb] : [start, end];
      const sp = bestSplit(first, second, reversed ? marks : null);
      const gain = (sp.score - Math.max(alone, nbAlone)) / total;
      const recall = after ? recallOf(nb, sp.k, seq.length) : recallOf(nb, 0, sp.k);
      if (reversed && (partPrecision(first, 0, sp.k) < reversedPart || partPrecision(second, sp.k, seq.length) < reversedPart)) return 0;
      if (gain >= s.merge_gain && recall >= s.merge_recall) return gain;
      if (!reversed && anySentence && sentenceRecall < s.merge_recall) {
        // whole sentences, each read by its own unit: split between them
        const ss = bestSplit(first, second, sentences);
        const sGain = (ss.score - Math.max(alone, nbAlone)) / total;
        const sRecall = after ? recallOf(nb, ss.k, seq.length) : recallOf(nb, 0, ss.k);
        if (sGain >= s.merge_gain && sRecall >= sentenceRecall && partPrecision(first, 0, ss.k) >= reversedPart && partPrecision(second, ss.k, seq.length) >= reversedPart) return sGain;
      }
      if (reversed || !anyPred) return 0;
      // two predicates, each with its force: split where the second begins
      const pp = bestSplit(first, second, preds);
      const pGain = (pp.score - Math.max(alone, nbAlone)) / total;
      if (pGain < predicateGain || partPrecision(first, 0, pp.k) < reversedPart || partPrecision(second, pp.k, seq.length) < reversedPart) return 0;
      return (after ? recallOf(nb, pp.k, seq.length) : recallOf(nb, 0, pp.k)) >= s.merge_recall ? pGain : 0;
    };
    // keyed by start * n + end
    const spans = new Map<number, Span>();
    for (const seed of seeds) {
      let start = seed;
      let end = seed;
      while (end - start + 1 < s.max_span) {
        const alone = matched(start, end);
        // the neighbour that gains most (the first of equals), tried in this order: the one after
        // the span, its part the clause's tail, then (one unit) its head; the one before the
        // span, its part the head, then (one unit) the tail
        let take = -1;
        let bestGain = 0;
        for (let move = 0; move < 4; move++) {
          const nb = move < 2 ? end + 1 : start - 1;
          if (nb < 0 || nb >= n || (move % 2 === 1 && start !== end)) continue;
          const gain = mergeGain(start, end, alone, nb, move === 0 || move === 3);
          if (gain > bestGain) {
            bestGain = gain;
            take = nb;
          }
        }
        if (take < 0) break;
        start = Math.min(start, take);
        end = Math.max(end, take);
      }
      // the weight the span matches, and whether a matched stem is distinctive (one unit: its
      // profile; more: one pass over the span's mask)
      let w = 0;
      let distinctive = false;
      if (start === end) {
        profileOf(start);
        w = matchedIn[start];
        distinctive = distinctiveIn[start] === 1;
      } else {
        const m = spanMask(start, end);
        for (let i = 0; i < seq.length; i++) {
          if (!m[i]) continue;
          w += weights[i];
          if (!distinctive) distinctive = seq[i] < known && index[seq[i]].length <= fewUnits;
        }
      }
      // a clause of one content word ("Under the commitments:") shares it with a unit by chance
      // unless it reads much of the unit (a heading against a heading)
      if (seq.length <= shortWords && spanRecall(start, end) < shortRecall) continue;
      spans.set(start * n + end, { start, end, precision: w / total, recall: spanRecall(start, end), distinctive });
    }
    for (const ui of masked) masks[ui] = undefined;
    masked.length = 0;
    return [...spans.values()];
  };

  // Dynamic programme over clauses: each clause picks one candidate span or none.
  type Cell = { score: number; prev: number; span: Span | null };
  const table: Cell[][] = [];
  let near: number[] = [];
  clauses.forEach((tokens, ci) => {
    const found = candidatesOf(tokens, near, Math.floor((ci / clauses.length) * n));
    // a weak match must share a stem that tells the unit apart: "please contact a member of our
    // team" is no reading of the one unit on "Member countries" sanctions, which many units name
    const options: (Span | null)[] = [];
    for (const c of found) if (c.precision >= s.min_precision && (c.distinctive || c.precision >= s.gap_confidence)) options.push(c);
    options.push(null);
    const prevRow = ci > 0 ? table[ci - 1] : [{ score: 0, prev: -1, span: null }];
    const row: Cell[] = [];
    for (const span of options) {
      let best = -Infinity;
      let prev = -1;
      for (let pi = 0; pi < prevRow.length; pi++) {
        const p = prevRow[pi];
        const own = span ? span.precision + recallWeight * span.recall : 0;
        // in order right after the previous clause: full bonus; in order further on: half; the
        // previous clause's units again, the two clauses reading more than `reread` of them
        // between them (recall summed), none: two clauses may restate one unit in two parts, but
        // two readings of the whole are no evidence of order (a preambular "Reaffirming X" and an
        // operative "Reaffirms X, as set out in Y" read alike: the second goes to the unit after
        // the first, not to the first again)
        const again = !!span && !!p.span && span.start === p.span.start && span.end === p.span.end && span.recall + p.span.recall > reread;
        const inOrder = !span || again ? 0 : !p.span ? s.order_bonus : span.start < p.span.end ? 0 : span.start - p.span.end <= 2 ? s.order_bonus : s.order_bonus / 2;
        const score = p.score + own + inOrder;
        if (score > best) {
          best = score;
          prev = pi;
        }
      }
      row.push({ score: best, prev, span });
    }
    table.push(row);
    // the next clause also considers the units that follow this clause's span on the best path so far
    const lead = table[ci][argmax(table[ci])].span;
    if (lead) near = [lead.end, lead.end + 1, lead.end + 2];
  });
  const chosen: (Span | null)[] = new Array(clauses.length);
  let k = table.length ? argmax(table[table.length - 1]) : -1;
  for (let ci = clauses.length - 1; ci >= 0; ci--) {
    const cell = table[ci][k];
    chosen[ci] = cell.span;
    k = cell.prev;
  }
  // the stems of a clause's words by which a text speaks of itself (aligner.yaml self_reference)
  const selfReference = new Set(s.self_reference ?? []);
  const selfStemsOf = (ci: number) => {
    const out = new Set<number>();
    for (const t of clauses[ci]) if (!t.punct && content.has(t.pos) && t.stem !== '' && (selfReference.has(t.lemma) || selfReference.has(t.n))) out.add(stemId(t));
    return out;
  };
  // the stems of a clause are looked up again only for the few weak matches gap filling examines
  // a modal auxiliary: an auxiliary other than "be", "have" and "do"
  const modal = (tokens: readonly Token[]) => tokens.some(isModal);
  fillGaps(
    chosen, (ci) => contentIds(clauses[ci]), idf, unitSets, s.gap_confidence, s.min_precision,
    (st) => st < known && index[st].length <= fewUnits,
    (ci) => (ci >= 0 ? modal(clauses[ci]) : modal(units[-1 - ci].tokens)),
    // (a clause of one content word takes a unit only when it reads much of it, as above)
    (seq, u) => seq.length > shortWords || recallOf(unitSets[u], seq, idf, unitWeight[u]) >= shortRecall,
    selfStemsOf,
  );
  dropWeakOutOfOrder(chosen, s.gap_confidence, s.review_below ?? 0.5, (ci, u) =>
    clauses[ci].some((t) => !t.punct && content.has(t.pos) && t.stem !== '' && !selfReference.has(t.lemma) && !selfReference.has(t.n) && unitSets[u].has(stemId(t))));
  dropWeakBesideFull(chosen, (ci) => contentIds(clauses[ci]), unitSets, idf, unitWeight, {
    gapConfidence: s.gap_confidence, full: s.full_reading ?? 0.8, clear: s.review_below ?? 0.5, restates: s.restates ?? 0.6,
  });
  dropEchoBesideClear(chosen, (ci) => contentIds(clauses[ci]), (ci) => modal(clauses[ci]), unitSets, idf, unitWeight, { clear: s.review_below ?? 0.5, restates: s.restates ?? 0.6, echoNew: s.echo_new ?? 0 });
  dropFewWordsOfLongUnit(chosen, (ci) => contentIds(clauses[ci]), (ci) => modal(clauses[ci]), unitSets, idf, unitWeight, {
    clear: s.review_below ?? 0.5, full: s.full_reading ?? 0.8, fewShared: s.few_shared ?? 0, fewRecall: s.few_recall ?? 0.15,
    weak: s.gap_confidence, weakFewShared: s.weak_few_shared ?? 0, weakFewRecall: s.weak_few_recall ?? 0.2,
  });
  dropCommentaryEcho(chosen, (ci) => contentIds(clauses[ci]), (ci) => modal(clauses[ci]), unitSets, idf, { clear: s.review_below ?? 0.5, weak: s.gap_confidence, factor: s.commentary_echo ?? 0 });
  dropWeakLead(chosen, (ci) => modal(clauses[ci]), s.weak_lead ?? 0);
  // (a modal of reported speech or of conjecture, "would be costly", lays down no rule: weak_tail_modals)
  const conjecture = new Set(s.weak_tail_modals ?? []);
  dropWeakTail(chosen, (ci) => clauses[ci].some((t) => isModal(t) && !conjecture.has(t.n)), s.weak_tail ?? 0);
  unmergeBesideFull(chosen, (ci) => contentIds(clauses[ci]), unitSets, idf, unitWeight, { full: s.full_reading ?? 0.8, tailWords: s.merge_tail_words ?? 3 });
  unmergeSelfReference(chosen, (ci) => contentIds(clauses[ci]), selfStemsOf, unitSets, idf, unitWeight);
  return chosen.map((span) =>
    span
      ? { units: units.slice(span.start, span.end + 1).map((u) => u.id), confidence: Math.round(span.precision * 100) / 100 }
      : { units: [], confidence: 0 },
  );
}

/**
 * Order decides a weak match. A clause tagged with one unit at a precision below `gapConfidence`,
 * which repeats its predecessor's unit or stands outside the order of its neighbours, while exactly
 * one unit between its neighbours' units is read by no clause, is that unit's counterpart when it
 * shares at least one content word with it: "Facial recognition of people in public places…"
 * between the clauses for C2 and C4 reads C3 (a paraphrase shares few words with anything), not C2
 * again for the one word "public". A clause left with no counterpart at all is placed so too, when
 * clauses with a counterpart stand on both sides of it. Modifies `chosen`.
 */
/**
 * Order against a weak match: a clause matched below `gapConfidence` that goes back before the unit
 * of the clause before it and beyond the unit of the clause after it (where it has such neighbours;
 * and that gap filling did not place) has no counterpart: a paragraph the witness adds at its end shares a word or two with the
 * first unit ("electronic"), not its wording. So has one that reaches more than `FAR` units back
 * while its neighbours stand in order (a commentary between two bullets shares "incident" with a
 * unit far before them). So has the last clause with a counterpart, matched below `clear`, that
 * reaches more than `FAR` units back before its predecessor's unit when another clause reads that
 * unit: an article a revised text adds at its end ("The Parties shall jointly review the operation
 * of this Agreement …") shares its subject, modal and a verb with a unit read long before, not its
 * wording (a unit the witness moves to its end is read nowhere else and keeps its match). A clear
 * match out of order keeps its unit, unless all it shares with it are words by which a text speaks
 * of itself (`subjectShared` false: "the implementation of the resolution"). Modifies `chosen`.
 */
/** How far back (in units) before its predecessor's unit a weak match may reach between neighbours in order. */
const FAR = 2;

function dropWeakOutOfOrder(
  chosen: (Span | null)[],
  gapConfidence: number,
  clear: number,
  /** Does clause ci share with unit u a content word other than the self_reference ones? */
  subjectShared: (ci: number, u: number) => boolean,
): void {
  const weak: number[] = [];
  // how many clauses read each unit (for the last clause's rule)
  const readers = new Map<number, number>();
  for (const sp of chosen) if (sp) for (let u = sp.start; u <= sp.end; u++) readers.set(u, (readers.get(u) ?? 0) + 1);
  for (let ci = 0; ci < chosen.length; ci++) {
    const sp = chosen[ci];
    if (!sp) continue;
    // against the order of both its neighbours, sharing with its unit only words by which a text
    // speaks of itself (aligner.yaml self_reference), however much of the clause they make: the
    // closing sentence of a speech, "We trust that these understandings will guide the
    // implementation of the resolution.", after the paragraph on the last unit, shares
    // "implementation" and "resolution" with the unit that requests a report, and any commentary
    // on any text says them (a unit the witness moves out of order shares its subject with it:
    // "member", "report", "committee")
    if (sp.start === sp.end && sp.precision >= gapConfidence && againstOrder(chosen, ci, gapConfidence) && !subjectShared(ci, sp.start)) {
      weak.push(ci);
      continue;
    }
    if (sp.precision >= clear) continue;
    let prev: Span | null = null;
    for (let p = ci - 1; p >= 0 && !prev; p--) prev = chosen[p];
    let next: Span | null = null;
    for (let q = ci + 1; q < chosen.length && !next; q++) next = chosen[q];
    // the last clause with a counterpart, far back before the clause before it, its unit read by another clause too
    if (sp.precision >= gapConfidence) {
      if (prev && !next && sp.start === sp.end && prev.start - sp.start > FAR && (readers.get(sp.start) ?? 0) > 1) weak.push(ci);
      continue;
    }
    if (!prev && !next) continue;
    if ((!prev || sp.start < prev.start) && (!next || sp.start > next.end)) weak.push(ci);
    // far back before the clause before it (more than `FAR` units), though before the next one too
    else if (prev && next && prev.start - sp.start > FAR && next.start > prev.end) weak.push(ci);
  }
  for (const ci of weak) chosen[ci] = null;
}

/**
 * Does clause ci's span stand against the order of both its neighbours: before the unit of the
 * clause before it (where there is one) and beyond the unit of the clause after it (where there is
 * one), with at least one such neighbour? Neighbours matched below `floor` are passed over.
 */
function againstOrder(chosen: readonly (Span | null)[], ci: number, floor: number): boolean {
  const sp = chosen[ci]!;
  let prev: Span | null = null;
  for (let p = ci - 1; p >= 0 && !prev; p--) if (chosen[p] && chosen[p]!.precision >= floor) prev = chosen[p];
  let next: Span | null = null;
  for (let q = ci + 1; q < chosen.length && !next; q++) if (chosen[q] && chosen[q]!.precision >= floor) next = chosen[q];
  return (!!prev || !!next) && (!prev || sp.start < prev.start) && (!next || sp.start > next.end);
}

/**
 * A unit already read in full by one clause (precision and recall at least `full`: a quotation, a
 * faithful copy) has no room for a weak match besides it: a commentary paragraph after a quoted
 * unit shares a word or two with it ("Comment: Accountability without sanctions …" after the
 * principle on accountable bodies), not its wording. Such a clause (one unit, precision below
 * `gapConfidence`) has no counterpart; so has one below `full` that goes back before the unit of
 * the clause before it while its neighbours stand in order (a clause added to a revised text,
 * "Exporters shall designate a compliance officer …", shares its subject and modal with a unit
 * read in full two units before); so has one below `full` that does not move on from the unit of
 * the clause before it (it repeats that unit or goes back before it, with or without a clause
 * after it, which does not read that unit: a heading leads into the article after it) and reads
 * less than `restates` of the unit's vocabulary: an article a revised text
 * adds after the one it resembles, or at its end ("Each data handler shall designate a person
 * responsible …" after "Persons directly responsible may be prohibited …", 0.53), shares its
 * subject, modal and a word or two with a unit whose wording another clause already reads; a
 * second, looser reading of most of the unit (a restatement after a quotation) keeps it.
 * Modifies `chosen`.
 */
function dropWeakBesideFull(
  chosen: (Span | null)[],
  stemsOf: (ci: number) => number[],
  unitSets: Set<number>[],
  idf: (st: number) => number,
  unitWeight: readonly number[],
  o: { gapConfidence: number; full: number; clear: number; restates: number },
): void {
  const { gapConfidence, full, clear } = o;
  const weakAt = new Map<number, number[]>();
  const backs = new Set<number>();
  for (let ci = 0; ci < chosen.length; ci++) {
    const sp = chosen[ci];
    if (!sp || sp.start !== sp.end || sp.precision >= full) continue;
    // below gapConfidence anywhere; below `full` when it goes back before the unit of the clause
    // before it while its neighbours stand in order (a clause the witness adds that shares a
    // subject and a verb with a unit read in full long before)
    let back = false;
    if (sp.precision >= gapConfidence) {
      let prev: Span | null = null;
      for (let p = ci - 1; p >= 0 && !prev; p--) prev = chosen[p];
      let next: Span | null = null;
      for (let q = ci + 1; q < chosen.length && !next; q++) next = chosen[q];
      back = !!prev && !!next && sp.start < prev.start && next.start > prev.end;
      // or below `clear`, standing against the order of both its neighbours (before the unit of
      // the clause before it, where there is one, and beyond the unit of the clause after it,
      // where there is one): a press lede quoting the resolution's title, before the paragraph
      // that reads the first preambular unit, shares the title's words with the unit that sets
      // out the agenda item, which a later paragraph reads clearly
      // (neighbours matched below gapConfidence are no evidence of order: the paragraph before the
      // lede, "The General Assembly today adopted 58 resolutions", shares a word with some unit)
      if (!back && sp.precision < clear && againstOrder(chosen, ci, gapConfidence)) back = true;
      if (back) backs.add(ci);
      // (not moving on from the unit before it, reading little of its own unit: dropped only
      // beside a full reading, below)
      // (nor does the clause after it read the same unit: a heading before its article leads into it)
      else if (!prev || sp.start > prev.end || (next && next.start <= sp.start && next.end >= sp.start) || recallOf(unitSets[sp.start], stemsOf(ci), idf, unitWeight[sp.start]) >= o.restates) continue;
    }
    weakAt.set(sp.start, [...(weakAt.get(sp.start) ?? []), ci]);
  }
  if (weakAt.size === 0) return;
  const fullyRead = new Set<number>();
  // (a weak match below gapConfidence has no room either beside a clear match of its unit, one
  // above `clear`: a news lede sharing "resolution" and "adoption" with the unit the next
  // paragraph reads)
  // (a clear merged clause is a clear match of each of its units: a commentary paragraph after the
  // bullet that reads C1 and C2 together shares "subscriber information" with C1, as it would after
  // a bullet that reads C1 alone)
  for (let ci = 0; ci < chosen.length; ci++) {
    const sp = chosen[ci];
    if (!sp || sp.precision < clear) continue;
    for (let u = sp.start; u <= sp.end; u++) {
      if (!weakAt.has(u)) continue;
      // (or one below `clear` that goes back before its predecessor's unit: a paragraph a revised
      // text adds that shares "twenty-four hours" and "emergency" with the unit two paragraphs up)
      const weak = weakAt.get(u)!.filter((k) => k !== ci && (chosen[k]!.precision < gapConfidence || (backs.has(k) && chosen[k]!.precision < clear)));
      for (const k of weak) chosen[k] = null;
      weakAt.set(u, weakAt.get(u)!.filter((k) => chosen[k] !== null));
    }
  }
  for (let ci = 0; ci < chosen.length; ci++) {
    const sp = chosen[ci];
    if (!sp || sp.start !== sp.end || sp.precision < full || !weakAt.has(sp.start) || fullyRead.has(sp.start)) continue;
    const unit = unitSets[sp.start];
    if (unit.size === 0) continue;
    const mine = new Set(stemsOf(ci));
    let hit = 0;
    for (const st of unit) if (mine.has(st)) hit++;
    if (hit / unit.size >= full) fullyRead.add(sp.start);
  }
  for (const u of fullyRead) for (const ci of weakAt.get(u)!) chosen[ci] = null;
}

/**
 * A merged clause that takes in a few words of a unit which the clause right after it (or before it)
 * reads in full, precision and recall at least `full`: "Signatories commit to label … and to disclose
 * the identity of the sponsor and the amount spent." before the clause that reads "Signatories will
 * maintain a public repository …, searchable by sponsor, amount spent …" word for word. The words it
 * shares with that unit alone (stems of the unit that its other units lack, counted where they
 * stand) are at most `tailWords`: an addition to its other units, not a reading of that one, which
 * the witness reads on its own. The span gives that end unit up, its precision taken again over
 * the units left. A merged clause that reads more of the unit (a summary before a quotation) keeps
 * it. Modifies `chosen`.
 */
function unmergeBesideFull(
  chosen: (Span | null)[],
  stemsOf: (ci: number) => number[],
  unitSets: Set<number>[],
  idf: (st: number) => number,
  unitWeight: readonly number[],
  o: { full: number; tailWords: number },
): void {
  if (o.tailWords < 0) return;
  const readsInFull = (ci: number, u: number) => {
    const sp = ci >= 0 && ci < chosen.length ? chosen[ci] : null;
    return !!sp && sp.start === u && sp.end === u && sp.precision >= o.full && recallOf(unitSets[u], stemsOf(ci), idf, unitWeight[u]) >= o.full;
  };
  for (let ci = 0; ci < chosen.length; ci++) {
    const sp = chosen[ci];
    if (!sp || sp.end === sp.start) continue;
    // the end unit the clause beside it reads in full: the last before the next clause, the first after the previous one
    const u = readsInFull(ci + 1, sp.end) ? sp.end : readsInFull(ci - 1, sp.start) ? sp.start : -1;
    if (u < 0) continue;
    const rest: [number, number] = u === sp.end ? [sp.start, sp.end - 1] : [sp.start + 1, sp.end];
    const stems = stemsOf(ci);
    let own = 0;
    let total = 0;
    for (const st of stems) {
      total += idf(st);
      let other = false;
      for (let k = rest[0]; k <= rest[1] && !other; k++) other = unitSets[k].has(st);
      if (!other && unitSets[u].has(st)) own++;
    }
    if (own > o.tailWords || total === 0) continue;
    chosen[ci] = narrowed(sp, rest[0], rest[1], stems, unitSets, idf, unitWeight);
  }
}

/**
 * A span narrowed to units [start, end], its precision and recall taken again over them: the
 * (idf-weighted) share of the clause's stems those units read, and the unit-weighted mean of their
 * recalls.
 */
function narrowed(sp: Span, start: number, end: number, stems: readonly number[], unitSets: readonly Set<number>[], idf: (st: number) => number, unitWeight: readonly number[]): Span {
  let total = 0;
  let kept = 0;
  for (const st of stems) {
    total += idf(st);
    let read = false;
    for (let k = start; k <= end && !read; k++) read = unitSets[k].has(st);
    if (read) kept += idf(st);
  }
  let all = 0;
  let read = 0;
  for (let k = start; k <= end; k++) {
    all += unitWeight[k];
    read += recallOf(unitSets[k], stems, idf, unitWeight[k]) * unitWeight[k];
  }
  return { ...sp, start, end, precision: total === 0 ? 0 : kept / total, recall: all === 0 ? 0 : read / all };
}

/**
 * A merged clause whose first or last unit it reads only by the words a text speaks of itself with
 * (aligner.yaml `self_reference`): "Under the decree, operators must store personal data in the
 * country." shares "decree" with the unit "For the purposes of this Decree, …" before the one it
 * reads; every clause about the text may name it. Each end unit whose shared words the span's other
 * units lack are all such words gives way, its precision taken again over the units left (a
 * span's other units keep it: "the decree" is theirs as well). Modifies `chosen`.
 */
function unmergeSelfReference(
  chosen: (Span | null)[],
  stemsOf: (ci: number) => number[],
  selfStems: (ci: number) => Set<number>,
  unitSets: Set<number>[],
  idf: (st: number) => number,
  unitWeight: readonly number[],
): void {
  for (let ci = 0; ci < chosen.length; ci++) {
    const sp = chosen[ci];
    if (!sp || sp.end === sp.start) continue;
    const stems = stemsOf(ci);
    const self = selfStems(ci);
    // (the words the clause shares with unit u that no other unit of [from, to] has are all self-reference)
    const onlySelf = (u: number, from: number, to: number) => {
      for (const st of stems) {
        if (!unitSets[u].has(st) || self.has(st)) continue;
        let other = false;
        for (let k = from; k <= to && !other; k++) other = k !== u && unitSets[k].has(st);
        if (!other) return false;
      }
      return true;
    };
    let { start, end } = sp;
    if (onlySelf(start, start, end)) start++;
    if (start < end && onlySelf(end, start, end)) end--;
    if (start === sp.start && end === sp.end) continue;
    chosen[ci] = narrowed(sp, start, end, stems, unitSets, idf, unitWeight);
  }
}

/**
 * An echo of a clear reading: a clause matched to one unit, while another clause of the witness (not
 * the one right after it, which it leads into as a heading does) reads the same unit clearly (at
 * least `clear`) and more precisely, has no counterpart when it
 * reads less than `restates` of the unit and the words it shares with the unit are mostly the clear
 * reading's own (the words the clear reading does not read weigh less than `echoNew` of them): the
 * closing formula of a statement, "We request that this statement be reflected in the report of the
 * session.", after "The Council requests the High Commissioner to prepare a report on privacy."
 * (0.85), shares "request", "report" and "session" with the unit that requests a report (0.60);
 * only "session" is new. A second sentence that reads another part of the unit ("That authority
 * must be notified to the Commission." after "Member States must set up a national authority.")
 * brings words of its own and keeps its match; a clause with a modal auxiliary of its own lays
 * down a rule and keeps it too. Modifies `chosen`.
 */
function dropEchoBesideClear(
  chosen: (Span | null)[],
  stemsOf: (ci: number) => number[],
  /** Does clause ci have a modal auxiliary? */
  hasModal: (ci: number) => boolean,
  unitSets: Set<number>[],
  idf: (st: number) => number,
  unitWeight: readonly number[],
  o: { clear: number; restates: number; echoNew: number },
): void {
  if (o.echoNew <= 0) return;
  const echoes: number[] = [];
  // the clear readings of each unit, in witness order (found once: a long witness has thousands of clauses)
  const clearOf = new Map<number, number[]>();
  chosen.forEach((nb, cj) => {
    if (!nb || nb.precision < o.clear) return;
    for (let u = nb.start; u <= nb.end; u++) {
      const list = clearOf.get(u);
      if (list) list.push(cj);
      else clearOf.set(u, [cj]);
    }
  });
  for (let ci = 0; ci < chosen.length; ci++) {
    const sp = chosen[ci];
    // (a clause with a modal of its own lays down a rule, no echo: a paragraph a draft adds to the
    // article it reads, "Where the competent authority fails to complete the assessment within the
    // period, the transfer shall be deemed to have been approved.", is an addition to that unit)
    if (!sp || sp.start !== sp.end || hasModal(ci)) continue;
    const u = sp.start;
    const unit = unitSets[u];
    const mine = stemsOf(ci);
    if (recallOf(unit, mine, idf, unitWeight[u]) >= o.restates) continue;
    // (a clear reading anywhere in the witness: right before it, or further off, the statement's
    // closing formula after a comment on another unit; but not the clause right after it, a heading
    // before it, "Article 4 Tools in the common shed", leads into it)
    for (const cj of clearOf.get(u) ?? []) {
      const nb = chosen[cj]!;
      if (cj === ci || cj === ci + 1 || nb.precision <= sp.precision) continue;
      const theirs = new Set(stemsOf(cj));
      let all = 0;
      let fresh = 0;
      for (const st of new Set(mine)) {
        if (!unit.has(st)) continue;
        all += idf(st);
        if (!theirs.has(st)) fresh += idf(st);
      }
      if (all > 0 && fresh < o.echoNew * all) {
        echoes.push(ci);
        break;
      }
    }
  }
  for (const ci of echoes) chosen[ci] = null;
}

/**
 * A witness that opens with a weak match: its first clause, matched to one unit below `below`, with
 * no modal auxiliary, has no counterpart when a later clause has one. Nothing before it confirms its
 * place, and a witness that opens on a text's first unit opens on its wording: a news lead ("Forty-two
 * states on Saturday adopted a declaration on data governance that commits governments to limit
 * rules forcing companies to store data locally.") or a statement's opening ("The Republic of
 * Norland welcomes the eleven norms recommended in the report …") shares "states", "data",
 * "governance" with the first unit by chance (0.19–0.27), and tagged with it yields a string of
 * false divergences where the unit is absent. A first clause that lays down a rule with a modal
 * ("Countries must respect the rule of law in data governance.") keeps its match. Modifies `chosen`.
 */
function dropWeakLead(chosen: (Span | null)[], hasModal: (ci: number) => boolean, below: number): void {
  const sp = chosen[0];
  if (below <= 0 || !sp || sp.start !== sp.end || sp.precision >= below || hasModal(0)) return;
  if (chosen.some((c, ci) => ci > 0 && c !== null)) chosen[0] = null;
}

/**
 * The same at the other end (`weak_tail`): a witness's last clause matched to one unit below
 * `below`, with no modal, while an earlier clause has a counterpart, has none: a news story's
 * closing background ("Industry groups said the rules would be costly. The code takes effect after
 * a transition period.") shares a word with some unit by chance. Modifies `chosen`.
 */
function dropWeakTail(chosen: (Span | null)[], hasModal: (ci: number) => boolean, below: number): void {
  const last = chosen.length - 1;
  const sp = chosen[last];
  if (below <= 0 || last < 1 || !sp || sp.start !== sp.end || sp.precision >= below || hasModal(last)) return;
  if (chosen.some((c, ci) => ci < last && c !== null)) chosen[last] = null;
}

/** Clause ci stands between two matched clauses, the one before it on a unit before its unit and the one after it on a unit after it. */
function between(chosen: readonly (Span | null)[], ci: number): boolean {
  const sp = chosen[ci]!;
  let p = ci - 1;
  while (p >= 0 && !chosen[p]) p--;
  let q = ci + 1;
  while (q < chosen.length && !chosen[q]) q++;
  return p >= 0 && q < chosen.length && chosen[p]!.end < sp.start && chosen[q]!.start > sp.end;
}

/**
 * A commentary on the text: a clause matched below `weak` to one unit, with no modal auxiliary and
 * not placed by order between two matched clauses, whose content words that units read clearly
 * (at least `clear`) by other clauses of the witness, and its own unit does not have, weigh more
 * than `factor` times the words it shares with its unit (idf-weighted), speaks of those units, not
 * its own: no counterpart. A think-tank brief's closing assessment, "Norland treats sovereignty as
 * a rule. Its view of countermeasures is cautious, an issue on which positions diverge.", shares
 * "Norland" and "positions" with the last unit, on publishing national positions (0.17), but
 * "sovereignty", "rule" and "countermeasures" with the units the brief has read before. Modifies
 * `chosen`.
 */
function dropCommentaryEcho(
  chosen: (Span | null)[],
  stemsOf: (ci: number) => number[],
  /** Does clause ci have a modal auxiliary? */
  hasModal: (ci: number) => boolean,
  unitSets: Set<number>[],
  idf: (st: number) => number,
  o: { clear: number; weak: number; factor: number },
): void {
  if (o.factor <= 0) return;
  // the stems of the units read clearly (a clear match is never a weak one: the clause itself reads
  // none of them; a stem its own unit lacks is another unit's)
  const clearStems = new Set<number>();
  for (const sp of chosen) if (sp && sp.precision >= o.clear) for (let u = sp.start; u <= sp.end; u++) for (const st of unitSets[u]) clearStems.add(st);
  if (clearStems.size === 0) return;
  const drop: number[] = [];
  for (let ci = 0; ci < chosen.length; ci++) {
    const sp = chosen[ci];
    if (!sp || sp.start !== sp.end || sp.precision >= o.weak || hasModal(ci) || between(chosen, ci)) continue;
    const own = unitSets[sp.start];
    let shared = 0;
    let echoed = 0;
    for (const st of new Set(stemsOf(ci))) {
      if (own.has(st)) shared += idf(st);
      else if (clearStems.has(st)) echoed += idf(st);
    }
    if (echoed > o.factor * shared) drop.push(ci);
  }
  for (const ci of drop) chosen[ci] = null;
}

/**
 * A few words shared with a long unit: a clause matched to one unit at a precision that looks clear
 * (at least `clear`, under `full`), with no modal auxiliary, that shares at most `fewShared`
 * content words with the unit and reads less than `fewRecall` of its (idf-weighted) vocabulary, has
 * no counterpart. A short clause shares its few words with some unit by chance, and its precision
 * then says little (the rule `short_words` makes for a clause of one word): the closing formula of a
 * statement, "We request that this explanation be reflected in the report of the session.", shares
 * "request", "report" and "session" with the long paragraph that requests a report for a session
 * (0.58, a tenth of that paragraph), and would not be listed for review. A match under `clear` is
 * listed for review already and is left to the scholar; a clause with a modal lays down a rule of
 * its own (a summary, "Each side will name a point of contact"); one matched at `full` or more
 * has hardly a word the unit lacks. Modifies `chosen`.
 */
function dropFewWordsOfLongUnit(
  chosen: (Span | null)[],
  stemsOf: (ci: number) => number[],
  /** Does clause ci have a modal auxiliary? */
  hasModal: (ci: number) => boolean,
  unitSets: Set<number>[],
  idf: (st: number) => number,
  unitWeight: readonly number[],
  o: { clear: number; full: number; fewShared: number; fewRecall: number; weak: number; weakFewShared: number; weakFewRecall: number },
): void {
  if (o.fewShared <= 0 && o.weakFewShared <= 0) return;
  for (let ci = 0; ci < chosen.length; ci++) {
    const sp = chosen[ci];
    if (!sp || sp.start !== sp.end || sp.precision >= o.full || hasModal(ci)) continue;
    // (a clear-looking match may share up to `fewShared` words; a weak one, under `weak`, up to
    // `weakFewShared`: a narrator's sentence of a bulletin, "The delegation then turned to benefit
    // sharing, which it described as the core of the bargain.", shares "benefit" and "sharing"
    // with the unit establishing the benefit-sharing system, a tenth of it, and is no reading of it;
    // in between, the match is listed for review and left to the scholar)
    const most = sp.precision >= o.clear ? o.fewShared : sp.precision < o.weak ? o.weakFewShared : 0;
    if (most <= 0) continue;
    // (a weak match that order places, between two matched clauses whose units leave room for its
    // unit, reads it: a loose paraphrase in a list of them)
    if (sp.precision < o.weak && between(chosen, ci)) continue;
    const unit = unitSets[sp.start];
    const mine = stemsOf(ci);
    let shared = 0;
    for (const st of new Set(mine)) if (unit.has(st)) shared++;
    const least = sp.precision < o.weak ? o.weakFewRecall : o.fewRecall;
    if (shared <= most && recallOf(unit, mine, idf, unitWeight[sp.start]) < least) chosen[ci] = null;
  }
}

/**
 * An acronym of a clause that no unit writes ("CERTs must never be attacked …") reads as the words
 * it stands for when a unit spells them out ("computer emergency response teams"): consecutive
 * words, first and last a content word, no mark between them, whose initials are its letters
 * (spelling.ts initialsFit, as the analyser's spelling rule reads "MS" / "Member States"). It
 * counts as one word, the rarest content word of the expansion (the one that tells the unit
 * apart); the expansion most units spell out (the first of equals) is taken. `known` (a word no
 * unit has) when no unit spells it out. Cached per prepared base.
 */
function acronymStem(letters: string, units: readonly UnitTokens[], p: Prepared): number {
  const hit = p.acronyms.get(letters);
  if (hit !== undefined) return hit;
  const counts = new Map<string, { n: number; stems: number[] }>();
  const functionWord = (t: Token) => !p.content.has(t.pos);
  for (const u of units) {
    const seen = new Set<string>();
    const toks = u.tokens;
    for (let i = 0; i < toks.length; i++) {
      if (toks[i].punct || functionWord(toks[i]) || toks[i].n[0] !== letters[0]) continue;
      for (let j = i + 1; j < toks.length && j - i < ACRONYM_WORDS && !toks[j].punct; j++) {
        if (functionWord(toks[j])) continue;
        const run = toks.slice(i, j + 1);
        const fw = new Set(run.filter(functionWord).map((t) => t.n));
        if (!initialsFit(letters, run.map((t) => t.n), (w) => fw.has(w))) continue;
        const stems = run.filter((t) => !functionWord(t) && t.stem !== '').map((t) => p.ids.get(t.stem)!);
        const key = stems.join(' ');
        if (stems.length === 0 || seen.has(key)) continue;
        seen.add(key);
        const c = counts.get(key);
        if (c) c.n++;
        else counts.set(key, { n: 1, stems });
      }
    }
  }
  let best: { n: number; stems: number[] } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  let id = p.known;
  if (best) for (const st of best.stems) if (id === p.known || p.idfOf[st] > p.idfOf[id]) id = st;
  p.acronyms.set(letters, id);
  return id;
}

/** Most words an acronym's expansion has (as spelling.ts acronymOf). */
const ACRONYM_WORDS = 8;

/** Share of a unit's stem weight (`total`) that a clause's stems read, each stem counted once. */
function recallOf(unit: Set<number>, stems: readonly number[], idf: (st: number) => number, total: number): number {
  if (total === 0) return 0;
  let w = 0;
  for (const st of new Set(stems)) if (unit.has(st)) w += idf(st);
  return w / total;
}

/** A modal auxiliary: an auxiliary other than "be", "have" and "do". */
function isModal(t: Token): boolean {
  return t.pos === 'AUX' && t.lemma !== 'be' && t.lemma !== 'have' && t.lemma !== 'do';
}

/** Marks at which a clause reading two units in reverse order may pass from one to the other. */
const CLAUSE_MARKS = new Set([',', ';', ':', '.', '!', '?']);

/** Margin by which a bound must miss a threshold to skip a merge (floats summed in another order differ by far less). */
const BOUND_MARGIN = 1e-9;

/** Widest span of units between a weak clause's neighbours that gap filling looks into. */
const GAP_WINDOW = 64;

function fillGaps(
  chosen: (Span | null)[],
  stemsOf: (ci: number) => number[],
  idf: (st: number) => number,
  unitSets: Set<number>[],
  gapConfidence: number,
  minPrecision: number,
  distinctive: (st: number) => boolean,
  /** Does clause ci (unit u, as -1 - u) have a modal auxiliary? */
  modalIn: (ci: number) => boolean,
  /** May a clause with these content stems (in order, repeated) read unit u at all? */
  mayRead: (stems: readonly number[], u: number) => boolean,
  /** The stems of clause ci's words by which a text speaks of itself (aligner.yaml self_reference). */
  selfStems: (ci: number) => ReadonlySet<number>,
): void {
  const n = unitSets.length;
  const read = new Uint8Array(n);
  for (const sp of chosen) if (sp) read.fill(1, sp.start, sp.end + 1);
  for (let ci = 0; ci < chosen.length; ci++) {
    const sp = chosen[ci];
    if (sp && (sp.start !== sp.end || sp.precision >= gapConfidence)) continue;
    let prev: Span | null = null;
    for (let p = ci - 1; p >= 0 && !prev; p--) prev = chosen[p];
    let next: Span | null = null;
    for (let q = ci + 1; q < chosen.length && !next; q++) next = chosen[q];
    // a clause left without a counterpart is placed by order only between two clauses that have one
    if (!sp && (!prev || !next)) continue;
    const lo = prev ? prev.end : -1;
    const hi = next ? next.start : n;
    if (sp && sp.start > lo && sp.start < hi) continue; // already in order and new
    if (hi - lo > GAP_WINDOW) continue; // neighbours far apart: order is no evidence (and the scan stays short)
    let gap = -1;
    let unread = 0;
    for (let u = lo + 1; u < hi && unread < 2; u++) {
      if (read[u]) continue;
      unread++;
      gap = u;
    }
    if (unread !== 1) continue; // none, or more than one: order does not say which
    const seq = stemsOf(ci);
    let total = 0;
    let shared = 0;
    for (const st of seq) {
      const w = idf(st);
      total += w;
      if (unitSets[gap].has(st)) shared += w;
    }
    // (below `min_precision`, the words in common must include one that tells the unit apart
    // ("room" for the unit on the reading room), or the clause must state a rule as the unit does,
    // with a modal ("Facial recognition … should not be used" for the unit on biometric
    // identification in public spaces): not so a commentary that shares "operators" with every
    // unit of a law on operators)
    if (shared === 0 || !mayRead(seq, gap)) continue;
    // (… and, below `min_precision`, share with it a word other than those by which any text speaks
    // of itself: a minister's quoted remark in a press release, "“This Memorandum turns years of
    // goodwill into practical cooperation,” … “Our experts will now work side by side.”", shares
    // only "Memorandum" and a modal with the unit on the Memorandum's legal status, 0.07)
    if (shared / total < minPrecision) {
      const own = selfStems(ci);
      if (!seq.some((st) => unitSets[gap].has(st) && !own.has(st))) continue;
      if (!seq.some((st) => unitSets[gap].has(st) && distinctive(st)) && !(modalIn(ci) && modalIn(-1 - gap))) continue;
    }
    chosen[ci] = { start: gap, end: gap, precision: shared / total, recall: 0, distinctive: false };
    read[gap] = 1;
  }
}

/** First index of a sorted list whose value is ≥ x. */
export function lowerBound(list: readonly number[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The k units among keys[0..count) with the highest scores (ties: smaller unit first), without sorting everything. */
function topK(keys: ArrayLike<number>, count: number, scores: Float64Array, k: number): number[] {
  const best: number[] = [];
  const better = (a: number, b: number) => scores[a] > scores[b] || (scores[a] === scores[b] && a < b);
  for (let j = 0; j < count; j++) {
    const key = keys[j];
    if (best.length === k && !better(key, best[k - 1])) continue;
    let i = best.length < k ? best.length : k - 1;
    best[i] = key;
    while (i > 0 && better(best[i], best[i - 1])) {
      const t = best[i];
      best[i] = best[i - 1];
      best[i - 1] = t;
      i--;
    }
  }
  return best;
}

function argmax(row: { score: number }[]): number {
  let k = 0;
  row.forEach((c, i) => { if (c.score > row[k].score) k = i; });
  return k;
}
