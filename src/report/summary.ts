/**
 * What changed between two analyses (for `variorum check`): title and base, witnesses and units
 * added or removed, readings that changed, divergences added (`+`), removed (`-`) or relabelled
 * (`~`: same unit, witness, base text and reading, different type or direction), witness text with
 * no counterpart in the base and the aligner's weak matches added or removed, and agreement or
 * coverage changes. One line per change:
 *
 *   C5 paraphrase: + qualifier-dropped 'without other States' permission' ] ''
 *   C7 mfa: ~ lexical → compound 'back doors' ] 'backdoors'
 *   mfa: agreement 83.2% → 85.0%
 *
 * A divergence is identified by (unit, witness, base, reading): those with the same identity on both
 * sides are paired first by equal label (unchanged), then in order (relabelled); the rest are
 * removed or added. Lines come in unit order, then witness order (the after report's order, then
 * what only the before report has); within a unit and witness: reading change, `-`, `~`, `+`.
 */
import type { Report, UnitReadings, Variant } from '../types.js';
import { isOrderVariant, key, percent, typeLabel } from './common.js';
import { oneLine } from './escape.js';

export interface ReportChanges {
  /** Whether anything differs. */
  changed: boolean;
  /** One readable line per change, in a stable order. */
  lines: string[];
}

const MAX_QUOTE = 80;

/** `'text'` on one line, shortened to MAX_QUOTE characters. */
function quote(s: string): string {
  const t = oneLine(s);
  const chars = Array.from(t);
  return `'${chars.length > MAX_QUOTE ? `${chars.slice(0, MAX_QUOTE - 1).join('')}…` : t}'`;
}

/** Characters of the common text shown before the first difference of two long quotes. */
const QUOTE_LEAD = 20;

/**
 * Two readings quoted for a `~ reading` line: when either is too long to quote whole, both are
 * shown from a little before their first difference (`…` where text is left out), so the two
 * quotes differ on screen as the readings do (cut at the same point, they would look identical).
 */
function quotePair(a: string, b: string): [string, string] {
  const x = Array.from(oneLine(a));
  const y = Array.from(oneLine(b));
  if (x.length <= MAX_QUOTE && y.length <= MAX_QUOTE) return [quote(a), quote(b)];
  let d = 0;
  while (d < x.length && d < y.length && x[d] === y[d]) d++;
  // (from a word start a little before the difference)
  let from = Math.max(0, d - QUOTE_LEAD);
  while (from > 0 && x[from - 1] !== ' ') from--;
  const show = (c: string[]) => {
    const head = from > 0 ? '…' : '';
    const room = MAX_QUOTE - head.length;
    const rest = c.slice(from);
    return `'${head}${rest.length > room ? `${rest.slice(0, room - 1).join('')}…` : rest.join('')}'`;
  };
  return [show(x), show(y)];
}

/** The ids of two lists, `after`'s order first, then ids only `before` has, in its order. */
function union(after: readonly string[], before: readonly string[]): string[] {
  const out = [...new Set(after)];
  for (const id of before) if (!out.includes(id)) out.push(id);
  return out;
}

function sameLabel(a: Variant, b: Variant): boolean {
  return a.type === b.type && a.direction === b.direction && a.class === b.class;
}

/** A percentage precise enough to show that two different ratios differ. */
function pct(a: number, b: number): [string, string] {
  for (let d = 1; d <= 6; d++) {
    const fa = Number.isFinite(a) ? `${(a * 100).toFixed(d)}%` : percent(a);
    const fb = Number.isFinite(b) ? `${(b * 100).toFixed(d)}%` : percent(b);
    if (fa !== fb || d === 6) return [fa, fb];
  }
  return [percent(a), percent(b)];
}

function divergenceLines(prefix: string, before: readonly Variant[], after: readonly Variant[]): string[] {
  const identity = (v: Variant): string => JSON.stringify([v.base, v.reading]);
  const left = [...before];
  const right = [...after];
  // Unchanged: same identity and label.
  const unmatchedLeft: Variant[] = [];
  for (const b of left) {
    const i = right.findIndex((a) => identity(a) === identity(b) && sameLabel(a, b));
    if (i >= 0) right.splice(i, 1);
    else unmatchedLeft.push(b);
  }
  const removed: Variant[] = [];
  const relabelled: [Variant, Variant][] = [];
  for (const b of unmatchedLeft) {
    const i = right.findIndex((a) => identity(a) === identity(b));
    if (i >= 0) relabelled.push([b, right.splice(i, 1)[0]]);
    else removed.push(b);
  }
  const lines: string[] = [];
  for (const v of removed) lines.push(`${prefix}: - ${oneLine(typeLabel(v))} ${what(v)}`);
  for (const [b, a] of relabelled) {
    lines.push(`${prefix}: ~ ${oneLine(typeLabel(b))} → ${oneLine(typeLabel(a))} ${what(a)}`);
  }
  for (const v of right) lines.push(`${prefix}: + ${oneLine(typeLabel(v))} ${what(v)}`);
  return lines;
}

/** `'base' ] 'reading'`, or the explanation when the variant has no words or is a unit read out of order. */
function what(v: Variant): string {
  return (v.base === '' && v.reading === '') || isOrderVariant(v) ? `(${oneLine(v.explanation)})` : `${quote(v.base)} ] ${quote(v.reading)}`;
}

/** Summarise what changed from `before` to `after`. */
export function compareReports(before: Report, after: Report): ReportChanges {
  const lines: string[] = [];
  if (before.title !== after.title) lines.push(`title: ${quote(before.title)} → ${quote(after.title)}`);
  if (before.base !== after.base) lines.push(`base: ${oneLine(before.base)} → ${oneLine(after.base)}`);

  const bw = before.witnesses.map((w) => w.id);
  const aw = after.witnesses.map((w) => w.id);
  const count = (r: Report, f: (v: Variant) => boolean): string => {
    const n = r.divergences.filter(f).length;
    return ` (${n} divergence${n === 1 ? '' : 's'})`;
  };
  for (const id of bw) if (!aw.includes(id)) lines.push(`- witness ${oneLine(id)}${count(before, (v) => v.witness === id)}`);
  for (const id of aw) if (!bw.includes(id)) lines.push(`+ witness ${oneLine(id)}${count(after, (v) => v.witness === id)}`);
  for (const a of after.witnesses) {
    const b = before.witnesses.find((w) => w.id === a.id);
    if (!b) continue;
    for (const f of ['title', 'date', 'issuer', 'venue', 'kind', 'source'] as const) {
      if ((b[f] ?? '') !== (a[f] ?? '')) lines.push(`${oneLine(a.id)}: ~ ${f} ${quote(b[f] ?? '')} → ${quote(a[f] ?? '')}`);
    }
  }

  const bu = before.units.map((u) => u.id);
  const au = after.units.map((u) => u.id);
  for (const id of bu) if (!au.includes(id)) lines.push(`- unit ${oneLine(id)}${count(before, (v) => v.unit === id)}`);
  for (const id of au) if (!bu.includes(id)) lines.push(`+ unit ${oneLine(id)}${count(after, (v) => v.unit === id)}`);

  const group = (r: Report): Map<string, Variant[]> => {
    const m = new Map<string, Variant[]>();
    for (const v of r.divergences) {
      const k = key(v.unit, v.witness);
      const l = m.get(k);
      if (l) l.push(v);
      else m.set(k, [v]);
    }
    return m;
  };
  const bg = group(before);
  const ag = group(after);
  const unitsOf = (r: Report): Map<string, UnitReadings> => {
    const m = new Map<string, UnitReadings>();
    for (const u of r.units) if (!m.has(u.id)) m.set(u.id, u);
    return m;
  };
  const bUnits = unitsOf(before);
  const aUnits = unitsOf(after);
  const units = union(
    [...au, ...after.divergences.map((v) => v.unit)],
    [...bu, ...before.divergences.map((v) => v.unit)],
  );
  const witnesses = union(
    [...aw, ...after.divergences.map((v) => v.witness)],
    [...bw, ...before.divergences.map((v) => v.witness)],
  );
  // Divergences of a witness or unit that only one side has are summed up in its +/- line above.
  const both = (a: readonly string[], b: readonly string[], id: string): boolean =>
    (a.includes(id) && b.includes(id)) || (!a.includes(id) && !b.includes(id));
  for (const u of units) {
    if (!both(au, bu, u)) continue;
    for (const w of witnesses) {
      if (!both(aw, bw, w)) continue;
      const prefix = `${oneLine(u)} ${oneLine(w)}`;
      const ub = bUnits.get(u);
      const ua = aUnits.get(u);
      if (ub && ua && Object.prototype.hasOwnProperty.call(ub.readings, w) && Object.prototype.hasOwnProperty.call(ua.readings, w)) {
        const rb = ub.readings[w];
        const ra = ua.readings[w];
        if (rb !== ra) {
          const [qb, qa] = rb !== null && ra !== null ? quotePair(rb, ra) : [rb === null ? '(absent)' : quote(rb), ra === null ? '(absent)' : quote(ra)];
          lines.push(`${prefix}: ~ reading ${qb} → ${qa}`);
        }
      }
      for (const l of divergenceLines(prefix, bg.get(key(u, w)) ?? [], ag.get(key(u, w)) ?? [])) lines.push(l); // not push(...): may be very many
    }
  }

  // text with no counterpart in the base, by witness
  const unmatched = (r: Report) => (r.unmatched ?? []).map((x) => `${x.witness}\u0000${x.text}`);
  const ub = unmatched(before);
  const ua = unmatched(after);
  for (const x of ub) if (!ua.includes(x)) lines.push(`${oneLine(x.split('\u0000')[0])}: - no counterpart ${quote(x.split('\u0000')[1])}`);
  for (const x of ua) if (!ub.includes(x)) lines.push(`${oneLine(x.split('\u0000')[0])}: + no counterpart ${quote(x.split('\u0000')[1])}`);

  // the aligner's weak matches, by witness, units and text
  const weak = (r: Report) => new Map((r.weak ?? []).map((x) => [`${x.witness}\u0000${x.units.join(' ')}\u0000${x.text}`, x]));
  const wb = weak(before);
  const wa = weak(after);
  for (const [k, x] of wb) if (!wa.has(k)) lines.push(`${oneLine(x.witness)}: - weak match ${oneLine(x.units.join(' '))} (${x.confidence.toFixed(2)}) ${quote(x.text)}`);
  for (const [k, x] of wa) {
    const y = wb.get(k);
    if (!y) lines.push(`${oneLine(x.witness)}: + weak match ${oneLine(x.units.join(' '))} (${x.confidence.toFixed(2)}) ${quote(x.text)}`);
    else if (y.confidence !== x.confidence) lines.push(`${oneLine(x.witness)}: ~ weak match ${oneLine(x.units.join(' '))} ${y.confidence.toFixed(2)} → ${x.confidence.toFixed(2)} ${quote(x.text)}`);
  }

  for (const w of witnesses) {
    const pb = before.pairs.find((p) => p.witness === w);
    const pa = after.pairs.find((p) => p.witness === w);
    if (!pb || !pa) continue;
    if (!Object.is(pb.agreement, pa.agreement)) {
      const [x, y] = pct(pb.agreement, pa.agreement);
      lines.push(`${oneLine(w)}: agreement ${x} → ${y}`);
    }
    if (!Object.is(pb.coverage, pa.coverage)) {
      const [x, y] = pct(pb.coverage, pa.coverage);
      lines.push(`${oneLine(w)}: coverage ${x} → ${y}`);
    }
  }
  return { changed: lines.length > 0, lines };
}
