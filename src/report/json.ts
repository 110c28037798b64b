/**
 * JSON report: the `Report` as is, with a stable key order: the field order of `types.ts` for every
 * object; witness-keyed records in witness order (unknown keys after, sorted); `byClass`/`byType` in
 * canonical class/type order. Keys not declared in `types.ts` are kept, after the declared ones,
 * sorted. Optional fields that are `undefined` are omitted (as `JSON.stringify` would).
 * Validated by `report.schema.json`.
 */
import type { PairStats, Report, Segment, UnitReadings, Unmatched, Variant, WeakMatch, WitnessMeta } from '../types.js';
import { ALL_TYPES, cmp } from './common.js';

type Obj = Record<string, unknown>;

/** Copy `o` with `keys` first, in that order, then any other own keys sorted. */
function ordered(o: unknown, keys: readonly string[], map: Record<string, (v: unknown) => unknown> = {}): unknown {
  if (o === null || typeof o !== 'object' || Array.isArray(o)) return o;
  const src = o as Obj;
  const out: Obj = Object.create(null) as Obj;
  const put = (k: string): void => {
    if (!Object.prototype.hasOwnProperty.call(src, k) || src[k] === undefined) return;
    out[k] = map[k] ? map[k](src[k]) : src[k];
  };
  for (const k of keys) put(k);
  for (const k of Object.keys(src).filter((k) => !keys.includes(k)).sort(cmp)) put(k);
  return out;
}

/** Order a record by a preferred key order, the rest sorted. */
function record(o: unknown, preferred: readonly string[], value: (v: unknown) => unknown = (v) => v): unknown {
  if (o === null || typeof o !== 'object' || Array.isArray(o)) return o;
  const src = o as Obj;
  const out: Obj = Object.create(null) as Obj;
  const keys = [...preferred.filter((k) => Object.prototype.hasOwnProperty.call(src, k))];
  for (const k of Object.keys(src).sort(cmp)) if (!keys.includes(k)) keys.push(k);
  for (const k of keys) if (src[k] !== undefined) out[k] = value(src[k]);
  return out;
}

const list = (f: (v: unknown) => unknown) => (v: unknown) => (Array.isArray(v) ? v.map(f) : v);

const WITNESS_KEYS: readonly (keyof WitnessMeta)[] = ['id', 'title', 'date', 'issuer', 'venue', 'kind', 'source'];
const UNIT_KEYS: readonly (keyof UnitReadings)[] = ['id', 'readings', 'status', 'segments'];
const SEGMENT_KEYS: readonly (keyof Segment)[] = ['op', 'base', 'reading'];
const VARIANT_KEYS: readonly (keyof Variant)[] = [
  'unit', 'witness', 'type', 'class', 'base', 'reading', 'baseSpan', 'readingSpan', 'direction', 'explanation', 'weight',
];
const PAIR_KEYS: readonly (keyof PairStats)[] = [
  'base', 'witness', 'baseTokens', 'identicalTokens', 'agreement', 'coverage', 'byClass', 'byType',
];
const UNMATCHED_KEYS: readonly (keyof Unmatched)[] = ['witness', 'text', 'after'];
const WEAK_KEYS: readonly (keyof WeakMatch)[] = ['witness', 'units', 'confidence', 'text'];
const REPORT_KEYS: readonly (keyof Report)[] = ['title', 'base', 'witnesses', 'units', 'divergences', 'pairs', 'unmatched', 'weak'];

/** The report as a plain object with canonical key order. */
export function canonicalReport(report: Report): unknown {
  const witnessIds = Array.isArray(report.witnesses) ? report.witnesses.map((w) => w.id) : [];
  const wOrder = [report.base, ...witnessIds];
  const segment = (s: unknown) => ordered(s, SEGMENT_KEYS);
  return ordered(report, REPORT_KEYS, {
    witnesses: list((w) => ordered(w, WITNESS_KEYS)),
    units: list((u) =>
      ordered(u, UNIT_KEYS, {
        readings: (r) => record(r, wOrder),
        status: (r) => record(r, wOrder),
        segments: (r) => record(r, wOrder, list(segment)),
      }),
    ),
    divergences: list((v) => ordered(v, VARIANT_KEYS)),
    pairs: list((p) =>
      ordered(p, PAIR_KEYS, {
        byClass: (r) => record(r, ['accidental', 'substantive']),
        byType: (r) => record(r, ALL_TYPES),
      }),
    ),
    unmatched: list((x) => ordered(x, UNMATCHED_KEYS)),
    weak: list((x) => ordered(x, WEAK_KEYS)),
  });
}

/** Render the report as pretty-printed JSON (two-space indent, trailing newline). */
export function renderJson(report: Report): string {
  return `${JSON.stringify(canonicalReport(report), null, 2)}\n`;
}
