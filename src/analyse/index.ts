/**
 * The analyser: compare every witness with the base text, unit by unit, and classify every
 * divergence (see readings.ts for the core and classify/ for the classifiers).
 *
 * Pure but for the lexicon load: no I/O, no clock, no randomness; every text is tokenised once.
 */
import { type AlignOp, alignTokens, lis } from '../align/tokens.js';
import { UserError } from '../errors.js';
import { textOf, tokenise } from '../nlp/index.js';
import {
  ACCIDENTAL_TYPES,
  SUBSTANTIVE_TYPES,
  type Clause,
  type Corpus,
  type PairStats,
  type Report,
  type Segment,
  type Span,
  type Token,
  type UnitReadings,
  type UnitStatus,
  type Unmatched,
  type WeakMatch,
  type Variant,
  type VariantType,
  type Witness,
} from '../types.js';
import { inheritCondition } from './classify/qualifier.js';
import type { Finding } from './context.js';
import { type Lexicons, loadLexicons } from './lexicon.js';
import { type Comparison, classOf, compareSides, isWeakToken, segmentsOf, toVariant, typeRank } from './readings.js';
import { type Frame, type Side, buildSide, coordinatedClauseBetween, leadFrame, leadInBefore, leadSubjectOf, sentenceSpans } from './side.js';

export { loadLexicons, compileLexicons, mergeData, type Lexicons } from './lexicon.js';

export interface AnalyseOptions {
  /** Base witness id (default: `corpus.base`). */
  base?: string;
  /** Restrict the report to these witnesses (the base is always included). */
  witnesses?: string[];
  /** Restrict the report to these units. */
  units?: string[];
  /** Lexicons to use (default: `loadLexicons()`). */
  lexicons?: Lexicons;
  /**
   * Tokens the caller already has, by clause text (e.g. from clause alignment): used instead of
   * tokenising again, and filled with the texts analyse() tokenises.
   */
  tokens?: Map<string, Token[]>;
  /** List the aligner's matches under this confidence (not set by hand) in the report's `weak`. */
  reviewBelow?: number;
}

export interface ReadingsResult {
  variants: Variant[];
  segments: Segment[];
  identicalTokens: number;
  baseTokens: number;
}

/** The core on two strings: tokenise, align, classify. */
export function analyseReadings(
  base: string,
  reading: string,
  opts: { unit?: string; witness?: string; lexicons?: Lexicons } = {},
): ReadingsResult {
  const lex = opts.lexicons ?? loadLexicons();
  const bs = buildSide(tokenise(base), lex);
  const rs = buildSide(tokenise(reading), lex);
  const cmp = compareSides(bs, rs, lex);
  const variants = cmp.findings
    .map((f) => ({ pos: f.b ? f.b[0] : f.at ?? 0, v: toVariant(f, opts.unit ?? '', opts.witness ?? '', bs, rs, lex) }))
    .sort((a, b) => a.pos - b.pos || tie(a.v, b.v))
    .map((x) => x.v);
  return { variants, segments: segmentsOf(cmp.ops, bs.tokens, rs.tokens), identicalTokens: cmp.identical, baseTokens: bs.tokens.length };
}

function tie(a: Variant, b: Variant): number {
  return typeRank(a.type) - typeRank(b.type) || (a.readingSpan ? a.readingSpan[0] : -1) - (b.readingSpan ? b.readingSpan[0] : -1);
}

// ---------------------------------------------------------------------------------------------

interface Part {
  text: string;
  tokens: Token[];
  /** Offset of `text` in the clause it comes from (slices of a merged clause). */
  from: number;
  /** Index of the clause in its witness, for a whole clause. */
  clause?: number;
}

/** Two token arrays that read alike: the same forms, spacing, tags, lemmas and sentences. */
function sameTokens(a: readonly Token[], b: readonly Token[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.t !== y.t || x.space !== y.space || x.pos !== y.pos || x.lemma !== y.lemma || x.sentence !== y.sentence) return false;
  }
  return true;
}

/** Join texts (and their tokens) with a space, shifting offsets and sentence numbers. */
function joinParts(parts: readonly Part[]): { text: string; tokens: Token[]; starts: number[] } {
  if (parts.length === 1 && parts[0].from === 0) return { text: parts[0].text, tokens: parts[0].tokens, starts: [0] };
  const tokens: Token[] = [];
  const texts: string[] = [];
  const starts: number[] = [];
  let off = 0;
  let sOff = 0;
  parts.forEach((p, k) => {
    starts.push(tokens.length);
    let maxS = -1;
    const s0 = p.tokens.length ? p.tokens[0].sentence : 0;
    p.tokens.forEach((t, i) => {
      const copy: Token = { ...t, start: t.start - p.from + off, end: t.end - p.from + off, sentence: t.sentence - s0 + sOff };
      if (i === 0) copy.space = k === 0 ? '' : ' ';
      maxS = Math.max(maxS, t.sentence - s0);
      tokens.push(copy);
    });
    texts.push(p.text);
    off += p.text.length + 1;
    sOff += maxS + 1;
  });
  return { text: texts.join(' '), tokens, starts };
}

interface UnitInfo {
  id: string;
  text: string;
  tokens: Token[];
  /** Token span of each sentence. */
  sentences: Span[];
}

interface Sel {
  /** null = the whole unit; else sorted 0-based sentence numbers. */
  sentences: number[] | null;
}

/** The unit a tag names (`C4.2` → C4; a joined id such as `C4+C5` as it is), or undefined. */
function unitOf(tag: string, unitIndex: Map<string, number>): number | undefined {
  return unitIndex.get(parseTag(tag).unit) ?? unitIndex.get(tag.trim());
}

function parseTag(tag: string): { unit: string; sentence: number | null } {
  const m = /^(.+)\.(\d+)$/.exec(tag.trim());
  return m ? { unit: m[1], sentence: Number(m[2]) } : { unit: tag.trim(), sentence: null };
}

function list(xs: readonly string[]): string {
  return xs.join(', ');
}

/** Compare every selected witness with the base, unit by unit. */
export function analyse(corpus: Corpus, opts: AnalyseOptions = {}): Report {
  const lex = opts.lexicons ?? loadLexicons();
  const ids = corpus.witnesses.map((w) => w.meta.id);
  const baseId = opts.base ?? corpus.base;
  const baseW = corpus.witnesses.find((w) => w.meta.id === baseId);
  if (!baseW) throw new UserError(`unknown base witness '${baseId}' (witnesses: ${list(ids)})`);
  for (const w of opts.witnesses ?? []) {
    if (!ids.includes(w)) throw new UserError(`unknown witness '${w}' (witnesses: ${list(ids)})`);
  }

  const tokCache = opts.tokens ?? new Map<string, Token[]>();
  const tok = (c: Clause): Token[] => {
    let t = tokCache.get(c.text);
    if (!t) {
      t = tokenise(c.text);
      tokCache.set(c.text, t);
    }
    return t;
  };

  // units of the base witness, in base order
  const unitIndex = new Map<string, number>(); // unit tag (and joined id) → unit
  const unitClauses: Clause[][] = [];
  const unitIds: string[] = [];
  for (const c of baseW.clauses) {
    const tags: string[] = [];
    for (const t of c.units) {
      const u = parseTag(t).unit;
      if (!tags.includes(u)) tags.push(u);
    }
    if (tags.length === 0) continue;
    const id = tags.join('+');
    let k = unitIndex.get(id);
    if (k === undefined) {
      k = unitIds.length;
      unitIds.push(id);
      unitClauses.push([]);
      unitIndex.set(id, k);
      for (const t of tags) if (!unitIndex.has(t)) unitIndex.set(t, k);
    }
    unitClauses[k].push(c);
  }
  if (unitIds.length === 0) {
    throw new UserError(`the base witness '${baseId}' has no clause tagged with a unit: nothing to compare the others with (choose another --base)`);
  }
  let selected = unitIds.map((_, k) => k);
  if (opts.units) {
    for (const u of opts.units) {
      if (!unitIds.includes(u)) throw new UserError(`unknown unit '${u}' (units: ${list(unitIds)})`);
    }
    const want = new Set(opts.units);
    selected = selected.filter((k) => want.has(unitIds[k]));
  }
  const unitInfo = new Map<number, UnitInfo>();
  const info = (k: number): UnitInfo => {
    let u = unitInfo.get(k);
    if (!u) {
      const j = joinParts(unitClauses[k].map((c) => ({ text: c.text, tokens: tok(c), from: 0 })));
      u = { id: unitIds[k], text: j.text, tokens: j.tokens, sentences: sentenceSpans(j.tokens) };
      unitInfo.set(k, u);
    }
    return u;
  };
  // a list item inherits the frame of its lead-in ("…, which shall:"), the unit before it or before its sibling items
  // (the unit a base unit's lead-in is, or -1: found once per unit)
  const leadIns = new Map<number, number>();
  const baseLeadInAt = (k: number): number => {
    let j = leadIns.get(k);
    if (j === undefined) leadIns.set(k, (j = leadInBefore(k, (x) => info(x).text, (x) => info(x).tokens, lex)));
    return j;
  };
  const baseLeadIn = (k: number): Side | null => {
    const j = baseLeadInAt(k);
    return j < 0 ? null : baseSide(j, { sentences: null }).side;
  };
  const baseLead = (k: number, tokens: readonly Token[]): Frame | null => leadFrame(baseLeadIn(k), tokens, lex);
  // (and it is read inside the condition its lead-in ends with: "…, provided that the measure:")
  const withLeadCondition = (side: Side, leadIn: Side | null): Side => {
    inheritCondition(side, leadIn, lex);
    if (side.lead && leadIn) side.leadSubject = leadSubjectOf(leadIn) ?? undefined;
    return side;
  };
  const baseSides = new Map<string, { side: Side; map: number[] | null }>();
  const baseSide = (k: number, sel: Sel) => {
    const key = `${k}|${sel.sentences ? sel.sentences.join(',') : '*'}`;
    let s = baseSides.get(key);
    if (!s) {
      const u = info(k);
      if (!sel.sentences) s = { side: withLeadCondition(buildSide(u.tokens, lex, baseLead(k, u.tokens)), baseLeadIn(k)), map: null };
      else {
        const map: number[] = [];
        for (const n of sel.sentences) for (let i = u.sentences[n][0]; i < u.sentences[n][1]; i++) map.push(i);
        // a sentence subset is re-read as its own text so token offsets and sentences are local
        const tokens = map.map((i, k2) => ({ ...u.tokens[i], space: k2 === 0 ? '' : u.tokens[i].space }));
        s = { side: withLeadCondition(buildSide(tokens, lex, sel.sentences[0] === 0 ? baseLead(k, tokens) : null), sel.sentences[0] === 0 ? baseLeadIn(k) : null), map };
      }
      // (a layout marker stripped from the unit's first clause, "First,": its first word's capital is the marker's business)
      if ((!sel.sentences || sel.sentences[0] === 0) && unitClauses[k]?.[0]?.marker) s.side.markerStripped = true;
      baseSides.set(key, s);
    }
    return s;
  };

  const compared = new Map<string, Map<readonly Token[], { rs: Side; cmp: Comparison }>>();
  const others = corpus.witnesses.filter((w) => w !== baseW && (!opts.witnesses || opts.witnesses.includes(w.meta.id)));
  const witnessOrder = [baseW, ...others];

  // per unit → per witness results
  const readings: Record<string, string | null>[] = selected.map(() => ({}));
  const statuses: Record<string, UnitStatus>[] = selected.map(() => ({}));
  const segments: Record<string, Segment[]>[] = selected.map(() => ({}));
  const variantsAt: Variant[][][] = selected.map(() => witnessOrder.map(() => []));
  for (let si = 0; si < selected.length; si++) {
    readings[si][baseW.meta.id] = info(selected[si]).text;
    statuses[si][baseW.meta.id] = 'base';
  }
  const pairs: PairStats[] = [];

  others.forEach((w, wiMinus) => {
    const wi = wiMinus + 1;
    const stats = { baseTokens: 0, identical: 0, total: 0, covered: 0 };
    const byUnit = collectParts(w, unitIndex, unitIds, (k, sel) => baseSide(k, sel), tok, lex);
    const moved = outOfOrder(w, unitIndex, (k, ci) => byUnit.get(k)?.merges.find((m) => m.clause === w.clauses[ci].text)?.slice[0] ?? 0);
    const loose: LooseSentence[] = [];
    selected.forEach((k, si) => {
      const u = info(k);
      stats.total += u.tokens.length;
      const entry = byUnit.get(k);
      if (!entry) {
        readings[si][w.meta.id] = null;
        statuses[si][w.meta.id] = 'absent';
        const v: Variant = {
          unit: u.id, witness: w.meta.id, type: 'absent', class: 'substantive', base: u.text, reading: '',
          baseSpan: u.tokens.length ? [0, u.tokens.length] : null, readingSpan: null,
          explanation: `no counterpart in this witness: ${u.id} is missing`,
          weight: Math.round(Math.max(2, lex.weights.type.absent + lex.weights.perContentWord * (Math.min(lex.weights.maxContent, Math.max(1, u.tokens.filter((t) => !t.punct).length)) - 1)) * 100) / 100,
        };
        variantsAt[si][wi].push(v);
        return;
      }
      stats.covered++;
      const sel = entry.sel(u);
      const bs = baseSide(k, sel);
      const joined = joinParts(entry.parts);
      readings[si][w.meta.id] = joined.text;
      // Witnesses often transmit the same reading of a unit (a web copy of the official text): it is
      // compared once. Only a reading that is one whole clause is shared: its tokens are the clause
      // text's own (one array per distinct text), so the array identifies the reading.
      const shared = entry.merges.length === 0 && entry.parts.length === 1 ? entry.parts[0].tokens : null;
      // the reading of a list item inherits the frame of the witness's clause before it when that
      // one is its lead-in, as the base's does
      const p0 = entry.parts[0];
      const li = p0.from === 0 && p0.clause !== undefined ? leadInBefore(p0.clause, (x) => w.clauses[x].text, (x) => tok(w.clauses[x]), lex) : -1;
      const leadIn = li >= 0 ? buildSide(tok(w.clauses[li]), lex) : null;
      const lead = leadFrame(leadIn, joined.tokens, lex);
      const stripped = p0.from === 0 && p0.clause !== undefined && !!w.clauses[p0.clause].marker;
      const at = `${k}|${sel.sentences ? sel.sentences.join(',') : '*'}|${lead ? `${lead.auxWord}/${lead.verbWord}` : ''}|${leadIn ? w.clauses[li].text : ''}|${stripped ? 'm' : ''}`;
      let done = shared ? compared.get(at)?.get(shared) : undefined;
      // a reading token for token the base's, read under the same lead-in, has nothing to report:
      // not compared (a web copy of the official text reads most units so)
      if (!done && entry.merges.length === 0 && (!sel.sentences || sel.sentences[0] === 0) && sameTokens(bs.side.tokens, joined.tokens)) {
        const bj = baseLeadInAt(k);
        if ((bj < 0 ? '' : info(bj).text) === (li < 0 ? '' : w.clauses[li].text)) {
          const n = joined.tokens.length;
          done = { rs: bs.side, cmp: { findings: [], ops: n ? [{ op: 'equal', baseSpan: [0, n], readingSpan: [0, n] }] : [], identical: n } };
        }
      }
      if (!done) {
        const side = withLeadCondition(buildSide(joined.tokens, lex, lead), leadIn);
        if (stripped) side.markerStripped = true;
        done = { rs: side, cmp: compareSides(bs.side, side, lex) };
        if (shared) {
          let m = compared.get(at);
          if (!m) compared.set(at, (m = new Map()));
          m.set(shared, done);
        }
      }
      const { rs, cmp } = done;
      stats.baseTokens += bs.side.tokens.length;
      stats.identical += cmp.identical;
      const map = bs.map;
      const mapB = map ? (i: number) => map[i] : undefined;
      const posOf = (f: Finding): number => {
        const p = f.b ? f.b[0] : f.at ?? 0;
        if (!map) return p;
        return p < map.length ? map[p] : (map[map.length - 1] ?? -1) + 1;
      };
      let found: { pos: number; v: Variant }[] = cmp.findings.map((f) => ({ pos: posOf(f), v: toVariant(f, u.id, w.meta.id, bs.side, rs, lex, mapB) }));
      // words the unit's slice of a merged clause lacks may be read in the part it shares with the
      // other units ("States should take measures to prevent A and B"): not omitted
      if (entry.merges.length) {
        const runsOn = entry.merges.some((m) => m.part === entry.parts.length - 1 && m.runsOn);
        found = readInMergedPart(found, entry.merges, runsOn, bs.side, mapB, tok, lex);
        // a slice with no modal of its own in a clause whose modal stands in another unit's part
        // ("No Party shall require …, unless the Party considers it necessary"): the force is the
        // merged clause's, so the unit's modal is not dropped ("may" → "no modal" is no change of force);
        // not past a coordinated clause with a subject of its own ("States should not harm …, and the
        // Secretariat maintains": the Secretariat's "shall" is dropped)
        const m0 = entry.merges[0];
        const ms = rs.frames.length === 0 ? buildSide(tok({ text: m0.clause } as Clause), lex) : null;
        const last = Math.max(m0.slice[0], m0.slice[1] - 1);
        if (ms && ms.frames.some((f) => (f.end <= m0.slice[0] && !coordinatedClauseBetween(ms, f.end, last)) || f.start >= m0.slice[1])) {
          found = found.filter((x) => !(x.v.type === 'modality' && x.v.reading === ''));
        }
      }
      // merges
      for (const m of entry.merges) {
        const start = joined.starts[m.part];
        const n = entry.parts[m.part].tokens.length;
        found.push({
          pos: 0,
          v: {
            unit: u.id, witness: w.meta.id, type: 'merge', class: 'substantive',
            base: '', reading: n ? textOf(joined.tokens.slice(start, start + n)) : '',
            baseSpan: null, readingSpan: n ? [start, start + n] : null,
            explanation: `read together with ${list(m.with)} in one clause: '${m.clause}'`,
            weight: Math.max(2, lex.weights.type.merge),
          },
        });
      }
      // the unit read elsewhere in the witness's order
      const m = moved.get(k);
      if (m) {
        const name = (x: number | null) => (x === null ? null : unitIds[x]);
        // only the neighbours that differ from the base's (a neighbour both texts share explains nothing)
        const bAfter = k > 0 ? k - 1 : null;
        const bBefore = k + 1 < unitIds.length ? k + 1 : null;
        const where = [
          m.after !== bAfter ? (m.after === null ? 'at the start' : `after ${name(m.after)}`) : '',
          m.before !== bBefore ? (m.before === null ? 'at the end' : `before ${name(m.before)}`) : '',
        ].filter(Boolean).join(' and ');
        const base = [
          m.after !== bAfter ? (bAfter === null ? 'at the start' : `after ${unitIds[bAfter]}`) : '',
          m.before !== bBefore ? (bBefore === null ? 'at the end' : `before ${unitIds[bBefore]}`) : '',
        ].filter(Boolean).join(' and ');
        found.push({
          pos: -1,
          v: {
            // (the unit and the witness's reading of it quoted, so that a reader sees what moved;
            // no offsets: the whole unit, not words inside it)
            unit: u.id, witness: w.meta.id, type: 'transposition', class: 'substantive', base: u.text, reading: joined.text, baseSpan: null, readingSpan: null,
            explanation: `read out of order: the witness reads ${u.id} ${where}${base ? `; the base has it ${base}` : ''}`,
            weight: Math.max(2, lex.weights.type.transposition),
          },
        });
      }
      // sentences of the unit the witness does not read
      if (sel.sentences) {
        const have = new Set(sel.sentences);
        let s = 0;
        while (s < u.sentences.length) {
          if (have.has(s)) {
            s++;
            continue;
          }
          let e = s + 1;
          while (e < u.sentences.length && !have.has(e)) e++;
          const span: Span = [u.sentences[s][0], u.sentences[e - 1][1]];
          const names = e - s === 1 ? `sentence ${u.id}.${s + 1}` : `sentences ${u.id}.${s + 1}–${u.id}.${e}`;
          found.push({
            pos: span[0],
            v: {
              unit: u.id, witness: w.meta.id, type: 'absent', class: 'substantive',
              base: textOf(u.tokens.slice(span[0], span[1])), reading: '', baseSpan: span, readingSpan: null,
              explanation: `${names} has no counterpart in this witness`,
              weight: Math.max(2, lex.weights.type.absent),
            },
          });
          s = e;
        }
      }
      found.sort((a, b) => a.pos - b.pos || tie(a.v, b.v));
      variantsAt[si][wi] = found.map((x) => x.v);
      // whole sentences omitted here or added here: perhaps one sentence moved to another unit
      variantsAt[si][wi].forEach((v, vi) => {
        if (v.type === 'omission' && v.baseSpan && wholeSentences(u.tokens, v.baseSpan)) {
          loose.push({ si, vi, kind: 'omission', lemmas: sentenceLemmas(u.tokens, v.baseSpan, lex) });
        } else if (v.type === 'addition' && v.readingSpan && wholeSentences(rs.tokens, v.readingSpan)) {
          loose.push({ si, vi, kind: 'addition', lemmas: sentenceLemmas(rs.tokens, v.readingSpan, lex) });
        }
      });
      segments[si][w.meta.id] = segmentsOf(map ? remapOps(cmp.ops, map, u.tokens.length) : cmp.ops, u.tokens, rs.tokens);
      const vs = variantsAt[si][wi];
      statuses[si][w.meta.id] = vs.some((v) => v.class === 'substantive') ? 'substantive' : vs.length ? 'accidental' : 'identical';
    });
    movedSentences(loose, variantsAt, wi, lex);
    const byType = {} as Record<VariantType, number>;
    for (const t of [...ACCIDENTAL_TYPES, ...SUBSTANTIVE_TYPES]) byType[t] = 0;
    const byClass = { accidental: 0, substantive: 0 };
    for (let si = 0; si < selected.length; si++) {
      for (const v of variantsAt[si][wi]) {
        byType[v.type]++;
        byClass[classOf(v.type)]++;
      }
    }
    pairs.push({
      base: baseW.meta.id,
      witness: w.meta.id,
      baseTokens: stats.baseTokens,
      identicalTokens: stats.identical,
      agreement: stats.total ? round(stats.identical / stats.total) : 0,
      coverage: selected.length ? round(stats.covered / selected.length) : 0,
      byClass,
      byType,
    });
  });

  const labels = unitLabels(unitClauses.map((cs) => cs[0]?.marker));
  const units: UnitReadings[] = selected.map((k, si) => {
    const r: Record<string, string | null> = {};
    const st: Record<string, UnitStatus> = {};
    const sg: Record<string, Segment[]> = {};
    for (const w of witnessOrder) {
      const id = w.meta.id;
      r[id] = readings[si][id] ?? null;
      st[id] = statuses[si][id];
      if (segments[si][id]) sg[id] = segments[si][id];
    }
    // the base's own numbering ("6.", "(a)"), not a bullet mark; a lettered sub-item under a
    // numbered one is cited with its number ("4 (b)")
    const label = labels[k];
    return label ? { id: unitIds[k], label, readings: r, status: st, segments: sg } : { id: unitIds[k], readings: r, status: st, segments: sg };
  });
  const divergences: Variant[] = [];
  for (let si = 0; si < selected.length; si++) for (let wi = 1; wi < witnessOrder.length; wi++) divergences.push(...variantsAt[si][wi]);

  // witness text with no counterpart in the base (not when the report is restricted to some units)
  const unmatched: Unmatched[] = [];
  if (!opts.units) {
    for (const w of others) {
      let after: string | null = null;
      for (const c of w.clauses) {
        if (c.units.length === 0) {
          if (c.text.trim() !== '') unmatched.push({ witness: w.meta.id, text: c.text, after });
          continue;
        }
        const k = unitOf(c.units[c.units.length - 1], unitIndex);
        if (k !== undefined) after = unitIds[k];
      }
    }
  }

  const report: Report = {
    title: corpus.title,
    base: baseW.meta.id,
    witnesses: witnessOrder.map((w) => w.meta),
    units,
    divergences,
    pairs,
  };
  if (unmatched.length) report.unmatched = unmatched;
  if (opts.reviewBelow !== undefined && !opts.units) {
    const weak: WeakMatch[] = [];
    for (const w of others) {
      for (const c of w.clauses) {
        if (c.units.length > 0 && c.origin === 'aligner' && c.confidence !== null && c.confidence < opts.reviewBelow) {
          weak.push({ witness: w.meta.id, units: [...c.units], confidence: c.confidence, text: c.text });
        }
      }
    }
    if (weak.length) report.weak = weak;
  }
  return report;
}

/** A lettered or roman sub-item marker ("(a)", "b)", "(iv)"). */
const SUB_ITEM = /^\(?(?:[a-z]|[ivx]{1,5})\)$/;
/** A numbered item marker ("4.", "4", "12)"). */
const NUMBERED = /^(\d+)[.)]?$/;

/**
 * The units' labels: the base's own numbering ("6.", "(a)"), not a bullet mark; a lettered
 * sub-item under a numbered item is cited with its number ("4 (b)"), as a scholar cites it.
 */
export function unitLabels(markers: readonly (string | undefined)[]): (string | undefined)[] {
  let number: string | null = null;
  // the heading in force ("Article 2 Definitions / 1." → "Article 2"): later paragraphs numbered on
  // their own ("2.") are cited with it ("Article 2 / 2.")
  let heading: string | null = null;
  return markers.map((m) => {
    if (!m || !/[\p{L}\p{N}]/u.test(m)) {
      // (an unnumbered paragraph ends the numbered item)
      if (!m) number = null;
      return undefined;
    }
    const parts = m.split(' / ');
    if (parts.length > 1) {
      const words = parts[0].split(/\s+/);
      const at = words.findIndex((w) => /\d/.test(w));
      heading = at >= 0 ? words.slice(0, at + 1).join(' ') : parts[0];
      const num = NUMBERED.exec(parts[parts.length - 1]);
      number = num ? num[1] : null;
      return m;
    }
    const under = (l: string) => (heading !== null ? `${heading} / ${l}` : l);
    const num = NUMBERED.exec(m);
    if (num) {
      number = num[1];
      return under(m);
    }
    if (SUB_ITEM.test(m)) return under(number !== null ? `${number} ${m}` : m);
    number = null;
    heading = null;
    return m;
  });
}

/**
 * A unit read as a slice of a merged clause: an omission whose words the merged clause reads
 * elsewhere (in the part it shares with the other units: "States should take measures to prevent"
 * heads both limbs) is no omission. Most of its content words must be read there, in order; a word
 * read otherwise ("actions" → "measures") stays, as a lexical change in the shared part.
 */
function readInMergedPart(
  found: { pos: number; v: Variant }[],
  merges: readonly { clause: string; with: string[]; slice: Span; part: number }[],
  runsOn: boolean,
  base: Side,
  mapB: ((i: number) => number) | undefined,
  tok: (c: Clause) => Token[],
  lex: Lexicons,
): { pos: number; v: Variant }[] {
  // the part it shares with the other units: the unit's own slice reads nothing there (its words
  // are the unit's own reading, "a licence application" against the unit's "a complete application")
  const own = merges[0].slice;
  const whole = tok({ text: merges[0].clause } as Clause);
  const clause = whole.map((t, i) => (i >= own[0] && i < own[1] ? { ...t, n: '\u0000' } : t));
  const ownTokens = whole.slice(own[0], own[1]);
  const joinedIn = (T: readonly Token[], a: string, b: string) => {
    for (let k = 0; k + 1 < T.length; k++) if (T[k].n === a && T[k + 1].n === b) return true;
    return false;
  };
  const out: { pos: number; v: Variant }[] = [];
  const unitEnd = base.tokens.length ? (mapB ? mapB(base.tokens.length - 1) : base.tokens.length - 1) + 1 : 0;
  const connective = (s: string) => s.split(/\s+/).every((w) => w === '' || lex.functionWords.has(w.toLowerCase()) || /^\p{P}+$/u.test(w));
  // ends of the omissions read in the merged part: a connective added there joins the limbs
  const absorbed = new Set<number>();
  for (const x of found) {
    const v = x.v;
    // the unit's closing mark, gone where the unit's reading ends in a clause that runs on into
    // another unit's: part of the merge
    // (or turned into the comma, semicolon or colon that joins the two: "… United Nations." → "…
    // United Nations,"; "… endorse its principles." → "… endorse it: such access …")
    if (runsOn && v.type === 'punctuation' && /^[,;:]?$/.test(v.reading) && v.baseSpan && v.baseSpan[1] === unitEnd && /^[.;]$/.test(v.base)) continue;
    // what the witness reads instead is only a connective ("States" → "and"): the limbs are joined
    const joinedBy = v.readingSpan !== null && connective(v.reading);
    if (v.type !== 'omission' || !v.baseSpan || (v.readingSpan && !joinedBy)) {
      out.push(x);
      continue;
    }
    // the omitted tokens of the compared base side (spans are the unit's; back through the map)
    const from = mapB ? Array.from({ length: base.tokens.length }, (_, i) => mapB(i)).indexOf(v.baseSpan[0]) : v.baseSpan[0];
    const to = from + (v.baseSpan[1] - v.baseSpan[0]);
    if (from < 0 || to > base.tokens.length) {
      out.push(x);
      continue;
    }
    // (words dropped between two words its own slice reads side by side, "protecting users [of
    // digital trade] from" → "protecting users from", are omitted, whatever the other part reads:
    // a part shared with the other units, "States should …" heading both limbs, is not read there)
    if (from > 0 && to < base.tokens.length && joinedIn(ownTokens, base.tokens[from - 1].n, base.tokens[to].n)) {
      out.push(x);
      continue;
    }
    const B = base.tokens.slice(from, to);
    const content = (i: number) => base.content[from + i];
    const ops = alignTokens(B, clause, { cleanup: false });
    let words = 0;
    let read = 0;
    // (a content word read in the clause's subject, before its first verb: where a subject the
    // units share stands, "States should … and …")
    let inSubject = 0;
    const firstVerb = whole.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
    const swaps: [Token, Token, number][] = [];
    for (const op of ops) {
      for (let i = op.baseSpan[0]; i < op.baseSpan[1]; i++) if (content(i)) words++;
      if (op.op === 'equal') for (let i = op.baseSpan[0]; i < op.baseSpan[1]; i++) if (content(i)) {
        read++;
        if (firstVerb < 0 || op.readingSpan[0] + (i - op.baseSpan[0]) < firstVerb) inSubject++;
      }
      if (op.op === 'replace' && op.baseSpan[1] - op.baseSpan[0] === 1 && op.readingSpan[1] - op.readingSpan[0] === 1 && content(op.baseSpan[0])) {
        const k = from + op.baseSpan[0];
        swaps.push([B[op.baseSpan[0]], clause[op.readingSpan[0]], mapB ? mapB(k) : k]);
      }
    }
    // (one word only when it opens the unit and is read in the clause's subject, where the shared
    // subject stands: "States should"; a word the other unit's part reads elsewhere, "Public" of
    // "… the Charter on Public Access …" for the unit's subject "Public access …", is not present
    // for this unit)
    const enough = words >= 2 || (words === 1 && read === 1 && inSubject === 1 && v.baseSpan[0] === 0);
    if (!enough || read * 2 < words || read + swaps.length < words) {
      out.push(x);
      continue;
    }
    absorbed.add(v.baseSpan[1]);
    for (const [b, r, at] of swaps) {
      if (b.n === r.n || lex.functionWords.has(r.n)) continue;
      out.push({
        pos: x.pos,
        v: {
          unit: v.unit, witness: v.witness, type: 'lexical', class: 'substantive', base: b.t, reading: r.t,
          baseSpan: [at, at + 1], readingSpan: null,
          explanation: `wording changed: '${b.t}' → '${r.t}' (in the part of the merged clause read with ${merges[0].with.join(', ')})`,
          weight: Math.max(2, lex.weights.type.lexical),
        },
      });
    }
  }
  // ("States" → "and": the subject dropped, the connective that joins the limbs added in its place;
  // so is one that opens the unit's slice after another unit's, "…, and access must be …")
  const opening = (v: Variant) => merges[0].part === 0 && own[0] > 0 && v.readingSpan !== null && v.readingSpan[0] === 0;
  // (a determiner after the join is the next unit's own, "…, and each public body shall" for
  // "Public bodies shall": the join goes, the determiner added stays)
  // (a subject and modal the part before reads too, "We will share … [and] establish …" for the
  // unit's "We will establish …": the coordinated verb keeps the modal, the obligation is not
  // weakened; "We will" → "and" is the join, a grammatical change; not when the part before reads
  // another force, "We commit to share … and establish")
  const before = new Set(whole.slice(0, own[0]).map((t) => t.n));
  const subjectAndModal = (base: string) => {
    const words = base.toLowerCase().split(/\s+/).filter((w) => w && !/^\p{P}+$/u.test(w));
    return words.some((w) => lex.modals.has(w)) && words.every((w) => before.has(w));
  };
  const sharedModal = (v: Variant) =>
    v.type === 'modality' && !!v.baseSpan && connective(v.reading) && ownTokens.slice(v.readingSpan![0], v.readingSpan![1]).some((t) => t.pos === 'CCONJ') && subjectAndModal(v.base);
  // (the same with the verb reworded after the join, "We will establish" → "and set up": the
  // subject and modal are an omission at the unit's start, the join the coordinator opening its part)
  let join = 0;
  while (join < ownTokens.length && (ownTokens[join].n === ',' || ownTokens[join].n === ';')) join++;
  const joined = merges[0].part === 0 && own[0] > 0 && ownTokens[join]?.pos === 'CCONJ';
  const droppedShared = (v: Variant) => joined && v.type === 'omission' && !v.readingSpan && !!v.baseSpan && v.baseSpan[0] === 0 && subjectAndModal(v.base);
  return out
    .map((x) => (opening(x.v) ? { ...x, v: withoutOpeningJoin(x.v, ownTokens) } : x))
    .map((x) => (opening(x.v) && sharedModal(x.v) ? { ...x, v: asSharedJoin(x.v, lex) } : x))
    .map((x) => (droppedShared(x.v) ? { ...x, v: asSharedJoin({ ...x.v, reading: ownTokens[join].t, readingSpan: [join, join + 1] }, lex) } : x))
    .filter(({ pos, v }) => !(v.base === '' && !v.baseSpan && (v.type === 'grammatical' || v.type === 'punctuation') && (absorbed.has(pos) || opening(v)) && connective(v.reading)));
}

/**
 * A substantive change that opens a unit's slice of a merged clause with the coordinator that
 * joins it to the part before (", and each Member State shall" for "Member States shall"): the
 * coordinator and its comma belong to the merge, not to the change, which starts after them.
 */
function withoutOpeningJoin(v: Variant, own: readonly Token[]): Variant {
  if (!v.readingSpan) return v;
  const [r0, r1] = v.readingSpan;
  let k = r0;
  while (k < r1 && own[k] && (own[k].punct ? own[k].n === ',' || own[k].n === ';' : false)) k++;
  if (!(k < r1 && own[k]?.pos === 'CCONJ')) return v;
  k++;
  if (k >= r1 || own[k].punct || !v.reading.startsWith(own[r0].t)) return v;
  const reading = v.reading.slice(own[k].start - own[r0].start);
  return { ...v, reading, readingSpan: [k, r1], explanation: v.explanation.split(`'${v.reading}'`).join(`'${reading}'`) };
}

/** A subject and modal replaced by the coordinator that joins a merged part to one reading them: grammatical. */
function asSharedJoin(v: Variant, lex: Lexicons): Variant {
  const { direction: _d, ...rest } = v;
  return { ...rest, type: 'grammatical', class: 'accidental', explanation: `grammatical change: '${v.base}' → '${v.reading}' (the subject and modal are read once for both parts of the merged clause)`, weight: Math.min(1, lex.weights.type.grammatical) };
}

/** A whole sentence (or several) one unit of a witness omits or adds. */
interface LooseSentence {
  si: number;
  vi: number;
  kind: 'omission' | 'addition';
  lemmas: Set<string>;
}

/** Does the span cover whole sentences of the tokens (from a sentence's first token to a sentence's last)? */
function wholeSentences(tokens: readonly Token[], s: Span): boolean {
  if (s[1] <= s[0]) return false;
  const startsOne = s[0] === 0 || tokens[s[0] - 1].sentence !== tokens[s[0]].sentence;
  const endsOne = s[1] === tokens.length || tokens[s[1]].sentence !== tokens[s[1] - 1].sentence;
  return startsOne && endsOne;
}

function sentenceLemmas(tokens: readonly Token[], s: Span, lex: Lexicons): Set<string> {
  const out = new Set<string>();
  for (let i = s[0]; i < s[1]; i++) {
    const t = tokens[i];
    if (!t.punct && !lex.functionWords.has(t.n) && !lex.functionWords.has(t.lemma)) out.add(t.lemma);
  }
  return out;
}

/**
 * A sentence a witness omits in one unit and adds in another is one sentence moved: both variants
 * become a `transposition` naming the other unit. Pairs are taken best first (share of content
 * lemmas in common, at least `sentence-moved` of lexicons/thresholds.yaml, with at least
 * `clause-min-content` content words), each variant in one pair at most.
 */
function movedSentences(loose: readonly LooseSentence[], variantsAt: Variant[][][], wi: number, lex: Lexicons): void {
  const minContent = lex.thresholds.clauseMinContent;
  const pairs: { o: LooseSentence; a: LooseSentence; score: number }[] = [];
  for (const o of loose) {
    if (o.kind !== 'omission' || o.lemmas.size < minContent) continue;
    for (const a of loose) {
      if (a.kind !== 'addition' || a.si === o.si || a.lemmas.size < minContent) continue;
      let common = 0;
      for (const l of o.lemmas) if (a.lemmas.has(l)) common++;
      const score = common / (o.lemmas.size + a.lemmas.size - common);
      if (score >= lex.thresholds.sentenceMoved) pairs.push({ o, a, score });
    }
  }
  pairs.sort((x, y) => y.score - x.score || x.o.si - y.o.si || x.o.vi - y.o.vi || x.a.si - y.a.si || x.a.vi - y.a.vi);
  const used = new Set<LooseSentence>();
  for (const { o, a, score } of pairs) {
    if (used.has(o) || used.has(a)) continue;
    used.add(o);
    used.add(a);
    const vo = variantsAt[o.si][wi][o.vi];
    const va = variantsAt[a.si][wi][a.vi];
    const same = score === 1 ? '' : ' (reworded)';
    const weight = Math.max(2, lex.weights.type.transposition);
    variantsAt[o.si][wi][o.vi] = { ...vo, type: 'transposition', class: 'substantive', explanation: `moved: '${vo.base}' is read in ${va.unit} in this witness${same}`, weight };
    variantsAt[a.si][wi][a.vi] = { ...va, type: 'transposition', class: 'substantive', explanation: `moved here from ${vo.unit}: '${va.reading}'${same}`, weight };
  }
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/**
 * The units a witness reads out of base order (a principle moved): take its units in reading order
 * (by the first clause that reads each), keep a longest run that follows base order, and the rest
 * are moved. For each, the units the witness reads just before (`after`) and after (`before`) it.
 * Units read in one merged clause are taken in the order of their slices of it (`at`: where unit k's
 * slice of clause ci starts), so a clause that reads two units in reverse order moves one of them.
 */
export function outOfOrder(w: Witness, unitIndex: Map<string, number>, at: (k: number, ci: number) => number = () => 0): Map<number, { after: number | null; before: number | null }> {
  const first = new Map<number, number>();
  w.clauses.forEach((c, ci) => {
    for (const tag of c.units) {
      const k = unitOf(tag, unitIndex);
      if (k !== undefined && !first.has(k)) first.set(k, ci);
    }
  });
  const seq = [...first.entries()].sort((a, b) => a[1] - b[1] || (a[1] === b[1] ? at(a[0], a[1]) - at(b[0], b[1]) : 0) || a[0] - b[0]).map(([k]) => k);
  // a longest run in base order (the pairs are already in reading order)
  const keep = new Set(lis(seq.map((k, p): [number, number] => [p, k])).map(([p]) => p));
  const out = new Map<number, { after: number | null; before: number | null }>();
  seq.forEach((k, p) => {
    if (!keep.has(p)) out.set(k, { after: p > 0 ? seq[p - 1] : null, before: p + 1 < seq.length ? seq[p + 1] : null });
  });
  return out;
}

interface UnitEntry {
  parts: Part[];
  /** Merged clauses among the parts. */
  /** Parts read in a clause with other units; `runsOn`: the clause goes on after this unit's part. */
  /** The merged clauses this unit is read in: its slice of each (token span), and the units it shares it with. */
  merges: { part: number; with: string[]; clause: string; runsOn: boolean; slice: Span }[];
  /** The base selection this witness reads. */
  sel(u: UnitInfo): Sel;
}

/**
 * Gather, for one witness, the parts of its reading of each unit: whole clauses, and the slices of
 * merged clauses (a clause tagged with several units is split among them by aligning its tokens
 * with the base tokens of those units).
 */
function collectParts(
  w: Witness,
  unitIndex: Map<string, number>,
  unitIds: readonly string[],
  baseSide: (k: number, sel: Sel) => { side: Side; map: number[] | null },
  tok: (c: Clause) => Token[],
  lex: Lexicons,
): Map<number, UnitEntry> {
  const out = new Map<number, UnitEntry & { whole: boolean; sents: Set<number> }>();
  const entry = (k: number) => {
    let e = out.get(k);
    if (!e) {
      const fresh = {
        parts: [] as Part[],
        merges: [] as UnitEntry['merges'],
        whole: false,
        sents: new Set<number>(),
        sel(u: UnitInfo): Sel {
          if (fresh.whole || fresh.sents.size === 0) return { sentences: null };
          const ss = [...fresh.sents].sort((a, b) => a - b);
          if (ss.some((s) => s >= u.sentences.length) || ss.length === u.sentences.length) return { sentences: null };
          return { sentences: ss };
        },
      };
      e = fresh;
      out.set(k, e);
    }
    return e;
  };
  for (const [ci, c] of w.clauses.entries()) {
    // the units of this clause, in base order, with the sentences it addresses
    const mine = new Map<number, { whole: boolean; sents: number[] }>();
    for (const tag of c.units) {
      const p = parseTag(tag);
      const k = unitOf(tag, unitIndex);
      if (k === undefined) continue;
      const m = mine.get(k) ?? { whole: false, sents: [] };
      if (p.sentence === null || p.sentence < 1) m.whole = true;
      else m.sents.push(p.sentence - 1);
      mine.set(k, m);
    }
    if (mine.size === 0) continue;
    const ks = [...mine.keys()].sort((a, b) => a - b);
    for (const k of ks) {
      const m = mine.get(k)!;
      const e = entry(k);
      if (m.whole) e.whole = true;
      for (const s of m.sents) e.sents.add(s);
    }
    const tokens = tok(c);
    if (ks.length === 1) {
      entry(ks[0]).parts.push({ text: c.text, tokens, from: 0, clause: ci });
      continue;
    }
    // merged clause: split its tokens among its units
    const sides = ks.map((k) => {
      const m = mine.get(k)!;
      const sents = m.whole || m.sents.length === 0 ? null : [...new Set(m.sents)].sort((a, b) => a - b);
      return baseSide(k, { sentences: sents });
    });
    const slices = splitMerged(tokens, sides.map((s) => s.side.tokens), lex);
    ks.forEach((k, n) => {
      const slice = tokens.slice(slices[n][0], slices[n][1]);
      const e = entry(k);
      e.merges.push({ part: e.parts.length, with: ks.filter((x) => x !== k).map((x) => unitIds[x]), clause: c.text, runsOn: slices[n][1] < tokens.length, slice: slices[n] });
      e.parts.push({ text: slice.length ? textOf(slice) : '', tokens: slice, from: slice.length ? slice[0].start : 0 });
    });
  }
  return out;
}

/**
 * Split a merged clause's tokens among units: align them with the concatenated base tokens, give
 * each witness token the unit of the base token it is aligned with (inserted tokens go with their
 * preceding neighbour), and keep the attribution monotone so each unit gets one contiguous slice.
 * The clause may read its units in reverse order ("Either country can end the Agreement …, and each
 * government will publish annual statistics …" for the units on statistics, then termination): the
 * reversed concatenation is tried too, and kept when it aligns more of the clause's words. The spans
 * are given in the order of `bases` (in a reversed reading, the first unit's slice comes last).
 */
export function splitMerged(tokens: readonly Token[], bases: readonly (readonly Token[])[], lex: Lexicons): Span[] {
  const forward = splitInOrder(tokens, bases, lex);
  if (bases.length < 2) return forward.spans;
  const reversed = splitInOrder(tokens, [...bases].reverse(), lex);
  if (reversed.matched <= forward.matched) return forward.spans;
  return reversed.spans.reverse();
}

/** `splitMerged` for one order of the units; `matched`: the clause's content words aligned equal. */
function splitInOrder(tokens: readonly Token[], bases: readonly (readonly Token[])[], lex: Lexicons): { spans: Span[]; matched: number } {
  const concat: Token[] = [];
  const unitOf: number[] = [];
  bases.forEach((b, n) => {
    for (const t of b) {
      concat.push(t);
      unitOf.push(n);
    }
  });
  const assign = new Array<number>(tokens.length).fill(-1);
  // tokens the alignment reads as the same word in a unit (the others are added or reworded)
  const same = new Array<boolean>(tokens.length).fill(false);
  const weak = isWeakToken(lex);
  let matched = 0;
  const ops = alignTokens(concat, tokens, { isWeak: weak, maxEqual: lex.thresholds.cleanupMaxEqual, tieWindow: lex.thresholds.alignTieWindow, maxEdit: lex.thresholds.diffMaxEdit });
  for (const op of ops) {
    const [b0, b1] = op.baseSpan;
    const [r0, r1] = op.readingSpan;
    if (r1 === r0) continue;
    if (op.op === 'equal') {
      for (let k = 0; k < r1 - r0; k++) {
        assign[r0 + k] = unitOf[b0 + k];
        same[r0 + k] = true;
        if (!tokens[r0 + k].punct && !weak(tokens[r0 + k])) matched++;
      }
    } else if (op.op === 'replace') {
      for (let j = r0; j < r1; j++) assign[j] = unitOf[b0 + Math.floor(((j - r0) * (b1 - b0)) / (r1 - r0))];
    }
  }
  let cur = 0;
  for (let j = 0; j < tokens.length; j++) {
    if (assign[j] < 0) assign[j] = cur; // inserted: with the preceding neighbour
    cur = Math.max(cur, assign[j]);
    assign[j] = cur;
  }
  const spans: Span[] = [];
  let j = 0;
  let s = 0;
  for (let n = 0; n < bases.length; n++) {
    while (j < tokens.length && assign[j] <= n) j++;
    let cut = n === bases.length - 1 ? tokens.length : j;
    if (n < bases.length - 1) cut = cutAtOpening(tokens, cut, s, bases[n + 1]);
    // words the witness adds or rewords right after a sentence end open the next unit's sentence ("…
    // authorities. | The government will strengthen …" for "At home, we will strengthen …")
    if (n < bases.length - 1) cut = cutAtSentenceEnd(tokens, same, cut, s);
    // a determiner or quantifier at the cut goes with the noun it opens ("… protection, and each |
    // Member State shall …"): the cut never falls between a determiner and its noun
    if (n < bases.length - 1) while (cut > s && cut < tokens.length && tokens[cut - 1].pos === 'DET' && NOMINAL_POS.has(tokens[cut].pos)) cut--;
    // a coordinator before a verb that the unit before does not read, only words reworded or added
    // up to the cut, opens the next unit's clause when that unit's own verbs are not read after the
    // cut ("… in a timely manner [and set up] | a network …" for "… manner and, where appropriate,
    // with the private sector." and "We will establish a network …"): the reworded verb is the next
    // unit's, not a rewording of the words the unit before drops at its end
    if (n < bases.length - 1) cut = cutAtCoordinatedVerb(tokens, same, cut, s, bases[n + 1]);
    // a coordinator at the cut opens the next unit's clause ("… infrastructure | and oppose …")
    if (n < bases.length - 1) while (cut > s && tokens[cut - 1].pos === 'CCONJ') cut--;
    // so does a relative pronoun before the next unit's predicate: it stands for that unit's subject
    // ("… penalties for infringements |, which must be effective …" for "The penalties provided for
    // shall be effective …"; actors.yaml `relatives`), with the comma before it, and with the
    // auxiliary after it that the alignment gave to the unit before ("which shall | be effective")
    if (n < bases.length - 1) {
      let k = cut - 1;
      while (k > s && cut - k <= 2 && tokens[k].pos === 'AUX') k--;
      // (or, after a comma, one with a subject of its own and an auxiliary, the cut anywhere in
      // them: "… a security assessment |, which the regulator is required to complete …" for "The
      // competent authority shall complete the security assessment …")
      const ownSubject = relativeWithSubject(tokens, same, cut, s, lex);
      if (ownSubject >= 0) k = ownSubject;
      // (not one the unit before has itself: "…, a permanent mechanism, which shall:" before a list item)
      if (k > s && !same[k] && lex.relatives.has(tokens[k].n) && (tokens[k + 1]?.pos === 'AUX' || tokens[k + 1]?.pos === 'VERB' || ownSubject >= 0)) {
        cut = k;
        if (cut - 1 > s && tokens[cut - 1].n === ',') cut--;
      }
    }
    // a second predicate of the clause opens the next unit's part where its words are that unit's
    // (", and the Council shall review …" for "Where observations are submitted, the Council shall
    // review its decision."): the alignment may have read the predicate's words in the unit before
    // when it has the like words elsewhere ("the Council shall communicate its decision")
    if (n < bases.length - 1) {
      let e = cut;
      while (e < tokens.length && assign[e] <= n + 1) e++;
      cut = cutAtPredicate(tokens, cut, s, n === bases.length - 2 ? tokens.length : Math.max(e, cut), bases[n], bases[n + 1], weak);
      // the join the witness adds right before the cut, a coordinator and a subject of its own (",
      // and we | may request …" for "… information. Participating States may request …"), opens
      // the next unit's part: marks and function words no unit reads, after a place where the
      // clause opens a second predicate
      const join = predicateOpenings(tokens, s, Math.min(cut + 1, tokens.length)).filter((k) => k < cut && cut - k <= PREDICATE_SUBJECT + 2);
      if (join.length > 0) {
        const k = join[0];
        let added = true;
        // (a comma there may be read as the one the unit before has: "basis, without prejudice")
        for (let i = k; i < cut && added; i++) added = tokens[i].punct || (!same[i] && weak(tokens[i]));
        if (added) cut = k;
      }
    }
    // a cut right after a preposition falls inside its phrase ("… for a licence before | the
    // shipment, which must be decided" for "Exporters shall, before the shipment, apply …" and "The
    // ministry shall decide …"): the phrase goes with the unit whose words it holds, up to the
    // clause mark that ends it
    if (n < bases.length - 1) cut = cutOutOfPhrase(tokens, cut, s, bases[n], bases[n + 1], weak, lex);
    spans.push([s, cut]);
    s = cut;
  }
  return { spans, matched };
}

/**
 * `splitInOrder`: the cut moved back to a coordinator followed by a verb (adverbs between) when every
 * word from the verb to the cut is added or reworded (none read as the same word of a unit) and the
 * next unit's verbs are read nowhere after the cut: the verb stands for the next unit's.
 */
function cutAtCoordinatedVerb(tokens: readonly Token[], same: readonly boolean[], cut: number, from: number, next: readonly Token[]): number {
  let k = cut - 1;
  while (k > from && !same[k] && !tokens[k].punct && tokens[k].pos !== 'CCONJ') k--;
  if (k <= from || k === cut - 1 || tokens[k].pos !== 'CCONJ') return cut;
  let v = k + 1;
  while (v < cut && tokens[v].pos === 'ADV') v++;
  if (v >= cut || tokens[v].pos !== 'VERB') return cut;
  const after = new Set<string>();
  for (let j = cut; j < tokens.length; j++) if (!tokens[j].punct) after.add(tokens[j].stem);
  const verbs = next.filter((t) => t.pos === 'VERB');
  if (verbs.length === 0 || verbs.some((t) => after.has(t.stem))) return cut;
  return k;
}

/** Before a second predicate, the subject of its own ("…, and the Council shall review"): at most this many words (aligner.yaml `merge_subject_words`). */
const PREDICATE_SUBJECT = 3;

/**
 * The places in `tokens` (between `from` and `to`) where a clause opens a second predicate: after a
 * sentence end ('.', '!', '?', ';'); at a comma or semicolon before a coordinator and a verb, with a
 * subject of its own (at most `PREDICATE_SUBJECT` words) or none (", and will review …"), the mark
 * going with the predicate; at a coordinator before a subject and an auxiliary ("and the Council
 * shall …"). Not a coordinator before a bare verb with no comma ("detect, disrupt and deter"): a
 * series in one predicate.
 */
function predicateOpenings(tokens: readonly Token[], from: number, to: number): number[] {
  const out: number[] = [];
  const verbAt = (k: number, needSubject: boolean, auxOnly: boolean) => {
    let p = k;
    while (p < to && p - k < PREDICATE_SUBJECT && SUBJECT_POS.has(tokens[p].pos)) p++;
    if (needSubject && p === k) return false;
    return p < to && (tokens[p].pos === 'AUX' || (!auxOnly && tokens[p].pos === 'VERB'));
  };
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k];
    const prev = tokens[k - 1];
    if (prev.punct && /^[.!?;]$/.test(prev.n) && !t.punct) out.push(k);
    else if (t.punct && (t.n === ',' || t.n === ';') && tokens[k + 1]?.pos === 'CCONJ' && verbAt(k + 2, false, false)) out.push(k);
    else if (t.pos === 'CCONJ' && !prev.punct && verbAt(k + 1, true, true)) out.push(k);
  }
  return out;
}

/**
 * Move a cut between two units of a merged clause to a place where the clause opens a second
 * predicate (`predicateOpenings`), when the two parts then hold more of their units' content words
 * (counted with their repeats, by stem) than at the cut: "The Council shall establish the list |,
 * and the Council shall review its decision where observations are submitted" for the units "The
 * Council shall establish the list. The Council shall communicate its decision …" and "Where
 * observations are submitted, the Council shall review its decision", not "… review its decision |
 * where observations …". `to`: where the next unit's part ends. A tie keeps the cut.
 */
function cutAtPredicate(tokens: readonly Token[], cut: number, from: number, to: number, base: readonly Token[], next: readonly Token[], weak: (t: Token) => boolean): number {
  const openings = predicateOpenings(tokens, from, to).filter((k) => k !== cut);
  if (openings.length === 0) return cut;
  const bag = (ts: readonly Token[]) => {
    const m = new Map<string, number>();
    for (const t of ts) if (!weak(t)) m.set(t.stem, (m.get(t.stem) ?? 0) + 1);
    return m;
  };
  const inBase = bag(base);
  const inNext = bag(next);
  const held = (a: number, b: number, want: Map<string, number>) => {
    const left = new Map(want);
    let n = 0;
    for (let k = a; k < b; k++) {
      const t = tokens[k];
      const c = weak(t) ? 0 : (left.get(t.stem) ?? 0);
      if (c > 0) {
        n++;
        left.set(t.stem, c - 1);
      }
    }
    return n;
  };
  const score = (c: number) => held(from, c, inBase) + held(c, to, inNext);
  let best = cut;
  let bestScore = score(cut);
  for (const k of openings) {
    const sc = score(k);
    if (sc > bestScore) {
      best = k;
      bestScore = sc;
    }
  }
  return best;
}

/** A prepositional phrase cut by a merge split: it runs at most this many tokens to the mark that ends it. */
const PHRASE_TOKENS = 6;

/**
 * A cut right after a preposition (the alignment gave the preposition to one unit and its noun
 * phrase to the next): move it to the clause boundary that ends the phrase, a comma or semicolon
 * before a relative pronoun or a coordinator (the mark ending the phrase, the pronoun or coordinator
 * opening the next part), or a sentence end, when the phrase's content words are the unit before's
 * (by stem) more than the next unit's. A phrase that is the next unit's keeps the cut.
 */
function cutOutOfPhrase(tokens: readonly Token[], cut: number, from: number, base: readonly Token[], next: readonly Token[], weak: (t: Token) => boolean, lex: Lexicons): number {
  if (cut <= from || cut >= tokens.length || tokens[cut - 1].pos !== 'ADP') return cut;
  let e = cut;
  while (e < tokens.length && e - cut <= PHRASE_TOKENS && !tokens[e].punct) e++;
  if (e === cut || e >= tokens.length || e - cut > PHRASE_TOKENS) return cut;
  const mark = tokens[e].n;
  const after = tokens[e + 1];
  const boundary = /^[.!?]$/.test(mark) || ((mark === ',' || mark === ';') && !!after && (after.pos === 'CCONJ' || lex.relatives.has(after.n)));
  if (!boundary) return cut;
  const stems = (ts: readonly Token[]) => new Set(ts.filter((t) => !t.punct && !weak(t)).map((t) => t.stem));
  const inBase = stems(base);
  const inNext = stems(next);
  let mine = 0;
  let theirs = 0;
  for (let k = cut; k < e; k++) {
    const t = tokens[k];
    if (t.punct || weak(t)) continue;
    if (inBase.has(t.stem)) mine++;
    if (inNext.has(t.stem)) theirs++;
  }
  return mine > theirs ? (mark === ',' || mark === ';' ? e + 1 : e) : cut;
}

/** The subject of a relative clause at a cut ("which the regulator is"): at most this many words, of these parts of speech. */
const RELATIVE_SUBJECT = 4;
const SUBJECT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON']);
/** What a determiner at a merge cut may open: the noun phrase it belongs to. */
const NOMINAL_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * A relative pronoun after a comma, before a cut, that opens a relative clause with a subject of its
 * own (at most `RELATIVE_SUBJECT` words) and an auxiliary, the cut falling after the pronoun and
 * at most right after the auxiliaries (", which | the regulator must complete", ", which the
 * regulator is | required to complete"): its index, or -1. The clause's predicate is the next
 * unit's (the alignment gave it the verb); the pronoun stands for that unit's object or subject.
 */
function relativeWithSubject(tokens: readonly Token[], same: readonly boolean[], cut: number, from: number, lex: Lexicons): number {
  for (let r = cut - 1; r > from && cut - r <= RELATIVE_SUBJECT + 2; r--) {
    if (!lex.relatives.has(tokens[r].n) || same[r] || tokens[r - 1].n !== ',') continue;
    let p = r + 1;
    while (p < tokens.length && p - r <= RELATIVE_SUBJECT && SUBJECT_POS.has(tokens[p].pos) && !lex.relatives.has(tokens[p].n)) p++;
    if (p === r + 1) return -1;
    const aux = p;
    while (p < tokens.length && p - aux < 2 && tokens[p].pos === 'AUX') p++;
    return p > aux && cut <= p ? r : -1;
  }
  return -1;
}

/** Before a cut, the words the witness adds or rewords after a sentence end (at most this many) go with the next unit. */
const SENTENCE_OPENING = 4;

/**
 * Move a cut back to a sentence end ('.', '!', '?', ';') or a colon when only words the alignment
 * does not read as the same word of a unit stand between them (at most `SENTENCE_OPENING`): "…
 * endorse it: | such access must be provided …" for the units "… endorse its principles." and
 * "Government access … should be provided …" (the alignment pairs "its principles ." with "it :
 * such", which would give "such", the next unit's subject, to the unit before).
 */
function cutAtSentenceEnd(tokens: readonly Token[], same: readonly boolean[], cut: number, from: number): number {
  for (let k = cut - 1; k > from && cut - k <= SENTENCE_OPENING; k--) {
    if (same[k]) return cut;
    const p = tokens[k - 1];
    if (p.punct && (p.n === '.' || p.n === '!' || p.n === '?' || p.n === ';' || p.n === ':')) return k;
  }
  return cut;
}

/**
 * Move a cut between two units of a merged clause to where the witness opens the next unit's
 * wording after a list or clause mark ("…: the person has agreed, or | the transfer is needed" when
 * the next unit begins "the transfer is necessary"): the alignment may have given those words to
 * the unit before, which has the same words elsewhere. Looked for a few tokens around the cut: right
 * after ",", ";" or ":" (and a coordinator), the first word of the next unit's base, or anywhere its
 * first two words.
 */
function cutAtOpening(tokens: readonly Token[], cut: number, from: number, next: readonly Token[]): number {
  const words = next.filter((t) => !t.punct).slice(0, 2).map((t) => t.n);
  if (words.length === 0) return cut;
  const opensAt = (k: number, need: number) => {
    let m = 0;
    for (let i = k; i < tokens.length && m < words.length && tokens[i].n === words[m]; i++) m++;
    return m >= need;
  };
  const mark = (t: Token | undefined) => !!t && t.punct && (t.n === ',' || t.n === ';' || t.n === ':');
  let best = -1;
  for (let k = Math.max(from + 1, cut - 5); k <= Math.min(tokens.length - 1, cut + 5); k++) {
    let p = k - 1;
    if (tokens[p]?.pos === 'CCONJ') p--;
    const afterMark = mark(tokens[p]);
    if (!(afterMark && opensAt(k, 1)) && !(words.length === 2 && opensAt(k, 2))) continue;
    if (best < 0 || Math.abs(k - cut) < Math.abs(best - cut)) best = k;
  }
  return best < 0 ? cut : best;
}

/** Map ops over a sentence subset back to the whole unit, with deletes for the sentences not read. */
function remapOps(ops: readonly AlignOp[], map: readonly number[], unitLen: number): AlignOp[] {
  const out: AlignOp[] = [];
  let cursor = 0;
  const gap = (to: number) => {
    if (to > cursor) out.push({ op: 'delete', baseSpan: [cursor, to], readingSpan: [rCursor, rCursor] });
    cursor = Math.max(cursor, to);
  };
  let rCursor = 0;
  for (const op of ops) {
    const [b0, b1] = op.baseSpan;
    const [r0, r1] = op.readingSpan;
    if (b1 === b0) {
      out.push({ op: 'insert', baseSpan: [cursor, cursor], readingSpan: [r0, r1] });
      rCursor = r1;
      continue;
    }
    let k = b0;
    let rUsed = r0;
    while (k < b1) {
      gap(map[k]);
      let e = k + 1;
      while (e < b1 && map[e] === map[e - 1] + 1) e++;
      const bs: [number, number] = [map[k], map[e - 1] + 1];
      if (op.op === 'equal') {
        out.push({ op: 'equal', baseSpan: bs, readingSpan: [r0 + (k - b0), r0 + (e - b0)] });
        rUsed = r0 + (e - b0);
      } else if (rUsed < r1) {
        out.push({ op: 'replace', baseSpan: bs, readingSpan: [rUsed, r1] });
        rUsed = r1;
      } else out.push({ op: 'delete', baseSpan: bs, readingSpan: [r1, r1] });
      cursor = bs[1];
      k = e;
    }
    rCursor = r1;
  }
  gap(unitLen);
  return out;
}
