/**
 * Helpers shared by the renderers: orders, counts, labels, file names and heading anchors.
 * Pure; every comparison is a plain code-unit `<`, never locale-dependent.
 */
import {
  ACCIDENTAL_TYPES,
  SUBSTANTIVE_TYPES,
  type Report,
  type UnitReadings,
  type UnitStatus,
  type Variant,
  type VariantType,
  type WitnessMeta,
} from '../types.js';

/** Every variant type, in canonical order (accidentals first). */
export const ALL_TYPES: readonly VariantType[] = [...ACCIDENTAL_TYPES, ...SUBSTANTIVE_TYPES];

/** Plain code-unit comparison (deterministic, locale-free). */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The ids of the report's witnesses, base first (as listed), with an index lookup. */
export function witnessOrder(report: Report): Map<string, number> {
  const m = new Map<string, number>();
  report.witnesses.forEach((w, i) => {
    if (!m.has(w.id)) m.set(w.id, i);
  });
  return m;
}

/** Unit id → index in the report's unit order. */
export function unitOrder(report: Report): Map<string, number> {
  const m = new Map<string, number>();
  report.units.forEach((u, i) => {
    if (!m.has(u.id)) m.set(u.id, i);
  });
  return m;
}

/** Items with an id, each id once (first occurrence), in order, leaving out the ids in `skip`. */
function uniqueById<T extends { id: string }>(items: readonly T[], skip: readonly string[] = []): T[] {
  const seen = new Set<string>(skip);
  return items.filter((item) => {
    if (seen.has(item.id)) return false;
    seen.add(item.id);
    return true;
  });
}

/** The witnesses other than the base, in report order. */
export function nonBaseWitnesses(report: Report): WitnessMeta[] {
  return uniqueById(report.witnesses, [report.base]);
}

/** The report's witnesses, each id once (first occurrence), in report order. */
export function uniqueWitnesses(report: Report): WitnessMeta[] {
  return uniqueById(report.witnesses);
}

/** The report's units, each id once (first occurrence), in report order. */
export function uniqueUnits(report: Report): UnitReadings[] {
  return uniqueById(report.units);
}

/** The base reading of a unit ('' when the report has none). */
export function baseText(report: Report, unit: UnitReadings): string {
  return unit.readings[report.base] ?? '';
}

/** Status of a witness at a unit, derived when the report does not carry it. */
export function statusOf(report: Report, unit: UnitReadings, witness: string): UnitStatus {
  if (witness === report.base) return 'base';
  const s = unit.status[witness];
  if (s) return s;
  if (unit.readings[witness] === null || unit.readings[witness] === undefined) return 'absent';
  return 'identical';
}

/** Divergences grouped by `unit\u0000witness`, each list in report order. */
export function groupDivergences(report: Report): Map<string, Variant[]> {
  const m = new Map<string, Variant[]>();
  for (const v of report.divergences) {
    const k = key(v.unit, v.witness);
    const list = m.get(k);
    if (list) list.push(v);
    else m.set(k, [v]);
  }
  return m;
}

/** Key of a (unit, witness) pair. */
/**
 * A whole unit read out of base order: a transposition of the unit, with no token offsets (its
 * `base` and `reading` quote the unit and the witness's reading of it, so that a reader sees what
 * moved; the words of a transposition inside a unit always carry offsets).
 */
export function isOrderVariant(v: Variant): boolean {
  return v.type === 'transposition' && v.baseSpan === null && v.readingSpan === null;
}

export function key(unit: string, witness: string): string {
  return `${unit}\u0000${witness}`;
}

/** `83.2%`: a 0..1 ratio as a percentage with one decimal (locale-free). */
export function percent(x: number): string {
  if (!Number.isFinite(x)) return '–';
  return `${(x * 100).toFixed(1)}%`;
}

/** A weight as a short decimal (at most two decimals, no trailing zeros). */
export function formatWeight(w: number): string {
  if (!Number.isFinite(w)) return String(w);
  return String(Math.round(w * 100) / 100);
}

/** `modality (weakened)` or just `lexical`. */
export function typeLabel(v: Pick<Variant, 'type' | 'direction'>): string {
  return v.direction ? `${v.type} (${v.direction})` : v.type;
}

/**
 * Safe file names for unit pages: `C4` stays `C4`, `C4.2` stays `C4.2`; anything outside
 * `[A-Za-z0-9._-]` becomes `_`, as do a leading or trailing dot and runs of dots; Windows device
 * names (`CON`, `NUL`…) get a `_` prefix; and names that would clash (also case-insensitively, for macOS and
 * Windows file systems) get a `-2`, `-3`… suffix. Returns unit id → file name without extension.
 */
export function unitFileNames(units: readonly UnitReadings[]): Map<string, string> {
  const out = new Map<string, string>();
  const taken = new Set<string>();
  for (const u of units) {
    if (out.has(u.id)) continue;
    let base = u.id
      .replace(/[^A-Za-z0-9._-]/g, '_')
      .replace(/\.{2,}/g, (m) => '_'.repeat(m.length))
      .replace(/^\.|\.$/g, '_');
    if (base === '') base = '_';
    if (/^(con|prn|aux|nul|com\d|lpt\d)$/i.test(base)) base = `_${base}`;
    let name = base;
    for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base}-${i}`;
    taken.add(name.toLowerCase());
    out.set(u.id, name);
  }
  return out;
}

/**
 * GitHub-style heading anchors (as github-slugger computes them): lower case, everything but
 * letters, marks, digits, connector punctuation, spaces and `-` removed, spaces to `-`; a repeated
 * slug on the same page gets `-1`, `-2`…
 */
export class Slugger {
  private readonly seen = new Map<string, number>();

  slug(text: string): string {
    const base = text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
    let slug = base;
    let n = this.seen.get(base) ?? 0;
    while (this.seen.has(slug)) {
      n += 1;
      slug = `${base}-${n}`;
    }
    this.seen.set(base, n);
    this.seen.set(slug, 0);
    return slug;
  }
}

/** Counts of accidental and substantive divergences of one witness at one unit. */
export function countByClass(variants: readonly Variant[] | undefined): { acc: number; sub: number } {
  let acc = 0;
  let sub = 0;
  for (const v of variants ?? []) {
    if (v.class === 'accidental') acc++;
    else sub++;
  }
  return { acc, sub };
}
