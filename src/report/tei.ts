/**
 * TEI P5, parallel segmentation (TEI Guidelines ch. 12.2.3): one `<ab>` per base unit, the base text
 * running through it, and an `<app>` at every variant location. Inside an `<app>` the `<lem>` holds
 * the base text and lists, in `@wit`, the base and every witness that reads as the base there; every
 * other witness is in exactly one `<rdg>` (witnesses with the same reading share it). So each witness
 * is named exactly once in each `<app>`. `rdg/@type` is the variant type (the weightiest, when
 * several variants fall in one location); `rdg/@ana` points to every type, declared as categories of
 * the taxonomy `#variant-types` in the header.
 *
 * Variant locations are computed from the witnesses' segments: the base ranges of the segments
 * where a witness diverges are merged across witnesses (overlapping ranges, and insertions inside a
 * range, become one location), then widened to whole words of every witness.
 *
 * A witness that has no reading for a unit gets `<rdg wit="#w" type="absent"/>`. Because text
 * outside an `<app>` is by definition read by every witness, a unit with an absent witness is
 * segmented entirely into `<app>`s (the stretches between variant locations become `<app>`s where
 * only the absent witnesses differ).
 *
 * Identifiers: a witness's `xml:id` is its siglum (`mfa`, `un-a75`) and a unit's `<ab>` has the unit
 * id (`C4`), both being NCNames; an id that is not an NCName, or that is already taken, is prefixed
 * (`w-` for witnesses, `u-` for units) with invalid characters turned into `_`. Every `<witness>` and
 * `<ab>` also carries the original id in `@n`.
 */
import type { Report, UnitReadings, Variant, VariantType } from '../types.js';
import {
  ALL_TYPES,
  baseText,
  groupDivergences,
  isOrderVariant,
  key,
  nonBaseWitnesses,
  statusOf,
  uniqueUnits,
  uniqueWitnesses,
} from './common.js';
import { xml, xmlAttr } from './escape.js';
import { type Piece, locatePieces, matchVariants, segmentsOf, squash, unmatchedRanges } from './locate.js';

export const TEI_NS = 'http://www.tei-c.org/ns/1.0';

const NCNAME = /^[A-Za-z_][A-Za-z0-9._-]*$/;

/** Allocates unique NCName ids. */
class Ids {
  private readonly taken = new Set<string>();

  reserve(id: string): void {
    this.taken.add(id);
  }

  /** `wanted` if it is a free NCName, else `prefix` + a sanitised form, made unique. */
  get(wanted: string, prefix: string): string {
    let base = wanted;
    if (!NCNAME.test(base) || this.taken.has(base)) {
      base = `${prefix}${wanted.replace(/[^A-Za-z0-9._-]/g, '_')}`;
    }
    let id = base;
    for (let i = 2; this.taken.has(id); i++) id = `${base}-${i}`;
    this.taken.add(id);
    return id;
  }
}

/** The `xml:id`s chosen for a report's witnesses and units. */
export interface TeiIds {
  witness: Map<string, string>;
  unit: Map<string, string>;
}

/** Compute the `xml:id`s (witnesses first, base included, then units). */
export function teiIds(report: Report): TeiIds {
  const ids = new Ids();
  ids.reserve('variant-types');
  for (const t of ALL_TYPES) ids.reserve(`vt-${t}`);
  const witness = new Map<string, string>();
  const all = report.witnesses.some((w) => w.id === report.base)
    ? report.witnesses.map((w) => w.id)
    : [report.base, ...report.witnesses.map((w) => w.id)];
  for (const w of all) if (!witness.has(w)) witness.set(w, ids.get(w, 'w-'));
  const unit = new Map<string, string>();
  for (const u of report.units) if (!unit.has(u.id)) unit.set(u.id, ids.get(u.id, 'u-'));
  return { witness, unit };
}

/** A variant location: `[start, end)` in the base text (`start === end` for an insertion point). */
interface Loc {
  start: number;
  end: number;
}

function overlaps(a: Loc, b: Loc): boolean {
  const az = a.start === a.end;
  const bz = b.start === b.end;
  if (az && bz) return a.start === b.start;
  if (az) return b.start < a.start && a.start < b.end;
  if (bz) return a.start < b.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

function merge(locs: Loc[]): Loc[] {
  const sorted = [...locs].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Loc[] = [];
  for (const l of sorted) {
    const last = out[out.length - 1];
    if (last && overlaps(last, l)) {
      last.start = Math.min(last.start, l.start);
      last.end = Math.max(last.end, l.end);
    } else {
      out.push({ ...l });
    }
  }
  return out;
}

/** Is the piece part of the location (a range inside it, or an insertion strictly inside / at it)? */
function inLoc(p: Piece, l: Loc): boolean {
  if (l.start === l.end) return p.start === l.start && p.end === l.start;
  if (p.start === p.end) return l.start < p.start && p.start < l.end;
  return l.start <= p.start && p.end <= l.end;
}

interface WitnessState {
  id: string;
  absent: boolean;
  /** The witness's reading of the unit ('' when absent). */
  reading: string;
  pieces: readonly Piece[];
  variants: Variant[];
  /** Piece index of each variant, or -1. */
  match: number[];
  /** Base ranges of the variants that match no single piece (transpositions…). */
  extra: Loc[];
}

/** The variant locations of a unit, widened so that no witness's piece straddles a boundary. */
function locations(states: readonly WitnessState[]): Loc[] {
  let locs = merge(
    states.flatMap((s) =>
      s.absent ? [] : [...s.pieces.filter((p) => p.diverges).map((p) => ({ start: p.start, end: p.end })), ...s.extra],
    ),
  );
  for (let guard = 0; guard < 1000; guard++) {
    let changed = false;
    for (const l of locs) {
      for (const s of states) {
        if (s.absent) continue;
        for (const p of s.pieces) {
          if (p.start === p.end) continue;
          const straddles =
            l.start === l.end
              ? p.start < l.start && l.start < p.end
              : p.start < l.end && l.start < p.end && (p.start < l.start || p.end > l.end);
          if (straddles) {
            l.start = Math.min(l.start, p.start);
            l.end = Math.max(l.end, p.end);
            changed = true;
          }
        }
      }
    }
    const merged = merge(locs);
    if (!changed && merged.length === locs.length) break;
    locs = merged;
  }
  return locs;
}

/**
 * What a witness reads at a location: the exact stretch of its text from its first to its last piece
 * there (the pieces' texts joined by spaces when they could not be located). At an insertion point,
 * the space that separates the inserted words from the preceding (or, at the start, following) base
 * word is kept inside the reading, so the text reads correctly with and without the insertion.
 */
/**
 * Math.min / Math.max of many numbers without spreading them into call arguments: a long text has
 * more pieces in one location than the stack can take as arguments (RangeError).
 */
function minOf(xs: readonly number[]): number {
  let m = Infinity;
  for (const x of xs) if (x < m) m = x;
  return m;
}
function maxOf(xs: readonly number[]): number {
  let m = -Infinity;
  for (const x of xs) if (x > m) m = x;
  return m;
}

function readingAt(text: string, s: WitnessState, idx: readonly number[], loc: Loc): string {
  const ps = idx.map((i) => s.pieces[i]).filter((p) => p.reading !== '');
  if (ps.length === 0) return '';
  if (!ps.every((p) => p.rStart >= 0)) return ps.map((p) => p.reading).join(' ');
  const rs = minOf(ps.map((p) => p.rStart));
  const re = maxOf(ps.map((p) => p.rEnd));
  let out = s.reading.slice(rs, re);
  if (loc.start === loc.end) {
    const p = loc.start;
    if (p > 0 && /\S/.test(text[p - 1]) && rs > 0 && /\s/.test(s.reading[rs - 1])) out = ` ${out}`;
    else if (p === 0 && text !== '' && /\S/.test(text[0]) && re < s.reading.length && /\s/.test(s.reading[re])) out = `${out} `;
  }
  return out;
}

/** The weightiest of several variants (substantive before accidental, then canonical order). */
function primary(vs: readonly Variant[]): VariantType | undefined {
  let best: Variant | undefined;
  for (const v of vs) {
    if (
      !best ||
      v.weight > best.weight ||
      (v.weight === best.weight && ALL_TYPES.indexOf(v.type) > ALL_TYPES.indexOf(best.type))
    ) {
      best = v;
    }
  }
  return best?.type;
}

function wits(ids: readonly string[], idMap: Map<string, string>): string {
  return ids.map((w) => `#${idMap.get(w) ?? w}`).join(' ');
}

function typeAttrs(types: readonly Variant[] | VariantType[]): string {
  const list: VariantType[] = types.map((t) => (typeof t === 'string' ? t : t.type));
  if (list.length === 0) return '';
  const prim = typeof types[0] === 'string' ? list[0] : primary(types as Variant[]);
  const ana = ALL_TYPES.filter((t) => list.includes(t)).map((t) => `#vt-${t}`);
  return ` type="${xmlAttr(prim ?? list[0])}" ana="${ana.join(' ')}"`;
}

/** Render one unit's `<ab>` content. */
function renderAb(report: Report, unit: UnitReadings, groups: Map<string, Variant[]>, idMap: Map<string, string>): string {
  const text = baseText(report, unit);
  const states: WitnessState[] = nonBaseWitnesses(report).map((w) => {
    const reading = unit.readings[w.id];
    const absent = statusOf(report, unit, w.id) === 'absent' || reading === null || reading === undefined;
    const pieces = absent ? [] : locatePieces(text, segmentsOf(text, reading ?? '', unit.segments[w.id]), reading ?? '');
    const variants = groups.get(key(unit.id, w.id)) ?? [];
    const match = matchVariants(pieces, variants);
    const extra = absent
      ? []
      : unmatchedRanges(text, pieces, variants, match)
          .filter((r): r is [number, number] => r !== null && variants.length > 0)
          .map(([start, end]) => ({ start, end }));
    return { id: w.id, absent, reading: reading ?? '', pieces, variants, match, extra };
  });
  const absent = states.filter((s) => s.absent).map((s) => s.id);
  const present = states.filter((s) => !s.absent);
  const locs = locations(states);
  const used = new Set<Variant>();

  const absentRdg = absent.length > 0 ? `<rdg wit="${wits(absent, idMap)}"${typeAttrs(['absent'])}/>` : '';

  const app = (loc: Loc, lead: string): string => {
    const lemma = lead + text.slice(loc.start, loc.end);
    const agree: string[] = [report.base];
    const rdgs = new Map<string, { reading: string; ids: string[]; variants: Variant[] }>();
    for (const s of present) {
      const idx: number[] = [];
      s.pieces.forEach((p, i) => {
        if (inLoc(p, loc)) idx.push(i);
      });
      if (idx.every((i) => !s.pieces[i].diverges)) {
        agree.push(s.id);
        continue;
      }
      let reading = readingAt(text, s, idx, loc);
      if (loc.start < loc.end && reading !== '') {
        // The lemma carries the base's space before the location; the reading carries the witness's.
        const first = minOf(idx.map((i) => s.pieces[i]).filter((p) => p.reading !== '').map((p) => p.rStart));
        if (first < 0 ? lead !== '' : first > 0 && /\s/.test(s.reading[first - 1])) reading = ` ${reading}`;
      }
      const vs: Variant[] = [];
      s.variants.forEach((v, k) => {
        if (s.match[k] >= 0 && idx.includes(s.match[k])) {
          vs.push(v);
          used.add(v);
        }
      });
      if (vs.length === 0) {
        // Variants matching no single piece (a transposition over several): take the first location
        // whose lemma and reading contain them.
        for (const v of s.variants) {
          if (used.has(v) || v.type === 'absent') continue;
          const b = squash(v.base);
          const r = squash(v.reading);
          if ((b === '' || squash(lemma).includes(b)) && (r === '' || squash(reading).includes(r)) && (b !== '' || r !== '')) {
            vs.push(v);
            used.add(v);
          }
        }
      }
      // witnesses share a <rdg> when they read alike and their readings are classified alike (the
      // same words can be a polarity reversal in one witness and grammar in another)
      const types = [...new Set(vs.map((v) => v.type))].sort().join(' ');
      const k = `${reading}\u0000${types}`;
      const g = rdgs.get(k);
      if (g) {
        g.ids.push(s.id);
        for (const v of vs) g.variants.push(v);
      } else {
        rdgs.set(k, { reading, ids: [s.id], variants: vs });
      }
    }
    let out = `<app><lem wit="${wits(agree, idMap)}"`;
    out += lemma === '' ? '/>' : `>${xml(lemma)}</lem>`;
    for (const { reading, ...g } of rdgs.values()) {
      const attrs = `wit="${wits(g.ids, idMap)}"${typeAttrs(g.variants)}`;
      out += reading === '' ? `<rdg ${attrs}/>` : `<rdg ${attrs}>${xml(reading)}</rdg>`;
    }
    return `${out}${absentRdg}</app>`;
  };

  const gap = (s: string): string => {
    if (absent.length === 0 || s.trim() === '') return xml(s);
    const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(s) as RegExpExecArray;
    const lem = `<lem wit="${wits([report.base, ...present.map((p) => p.id)], idMap)}">${xml(m[2])}</lem>`;
    return `${xml(m[1])}<app>${lem}${absentRdg}</app>${xml(m[3])}`;
  };

  // a witness that reads the whole unit elsewhere in its order: a note at the head of the unit
  let out = '';
  for (const s of present) {
    for (const v of s.variants) {
      if (!isOrderVariant(v)) continue;
      out += `<note type="transposition" ana="#vt-transposition" corresp="${wits([s.id], idMap)}">${xml(v.explanation)}</note>`;
    }
  }
  let pos = 0;
  for (const loc of locs) {
    // A location takes the space before it into its lemma (and each reading its own), so that an
    // omission leaves no stray space: `borders<app><lem> without permission</lem><rdg/></app>.`
    let from = loc.start;
    if (loc.start < loc.end) while (from > pos && /\s/.test(text[from - 1])) from--;
    out += gap(text.slice(pos, Math.max(pos, from)));
    out += app(loc, text.slice(from, loc.start));
    pos = Math.max(pos, loc.end);
  }
  out += gap(text.slice(pos));
  return out;
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Render the report as a TEI P5 document (parallel segmentation). */
export function renderTei(report: Report): string {
  const ids = teiIds(report);
  const groups = groupDivergences(report);
  const metas = uniqueWitnesses(report);
  const lines: string[] = [];
  lines.push('<?xml version="1.0" encoding="UTF-8"?>');
  lines.push(`<TEI xmlns="${TEI_NS}">`);
  lines.push('  <teiHeader>');
  lines.push('    <fileDesc>');
  lines.push('      <titleStmt>');
  lines.push(`        <title>${xml(report.title)}</title>`);
  lines.push('      </titleStmt>');
  lines.push('      <publicationStmt>');
  lines.push('        <p>Collation generated by variorum.</p>');
  lines.push('      </publicationStmt>');
  lines.push('      <sourceDesc>');
  lines.push('        <listWit>');
  if (!report.witnesses.some((w) => w.id === report.base)) {
    lines.push(`          <witness xml:id="${xmlAttr(ids.witness.get(report.base) ?? report.base)}" n="${xmlAttr(report.base)}">base text</witness>`);
  }
  for (const w of metas) {
    if (ids.witness.get(w.id) === undefined) continue;
    const parts = [`<title>${xml(w.title)}</title>`];
    if (w.issuer !== '') parts.push(`<orgName>${xml(w.issuer)}</orgName>`);
    if (w.date !== '') {
      const when = DATE.test(w.date) ? ` when="${w.date}"` : '';
      parts.push(`<date${when}>${xml(w.date)}</date>`);
    }
    let body = parts.join(', ');
    if (w.venue) body += ` <note type="venue">${xml(w.venue)}</note>`;
    body += ` <note type="kind">${xml(w.kind)}</note>`;
    if (w.id === report.base) body += ' <note type="role">base text</note>';
    lines.push(`          <witness xml:id="${xmlAttr(ids.witness.get(w.id) as string)}" n="${xmlAttr(w.id)}">${body}</witness>`);
  }
  lines.push('        </listWit>');
  lines.push('      </sourceDesc>');
  lines.push('    </fileDesc>');
  lines.push('    <encodingDesc>');
  lines.push('      <variantEncoding method="parallel-segmentation" location="internal"/>');
  lines.push('      <classDecl>');
  lines.push('        <taxonomy xml:id="variant-types">');
  for (const t of ALL_TYPES) {
    lines.push(`          <category xml:id="vt-${t}"><catDesc>${t}</catDesc></category>`);
  }
  lines.push('        </taxonomy>');
  lines.push('      </classDecl>');
  lines.push('    </encodingDesc>');
  lines.push('  </teiHeader>');
  lines.push('  <text>');
  lines.push('    <body>');
  for (const u of uniqueUnits(report)) {
    const id = ids.unit.get(u.id) as string;
    lines.push(`      <ab xml:id="${xmlAttr(id)}" n="${xmlAttr(u.id)}">${renderAb(report, u, groups, ids.witness)}</ab>`);
  }
  lines.push('    </body>');
  lines.push('  </text>');
  lines.push('</TEI>');
  return `${lines.join('\n')}\n`;
}
