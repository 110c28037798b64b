/**
 * Terminal output of `variorum diff A B`: the report was computed with base = A and one witness B.
 * Unit by unit: a header line with the unit id, the reading with the differences marked, then the
 * variants (type and explanation), dimmed. Identical units take one line (`P1  = identical`).
 *
 * Without colour the marks follow wdiff: `[-deleted-]`, `{+inserted+}`. With colour (picocolors),
 * deletions are red and struck through, insertions green. Corpus text is stripped of control
 * characters, so it can never emit an escape sequence of its own.
 */
import pc from 'picocolors';
import { UserError } from '../errors.js';
import type { Report, UnitReadings } from '../types.js';
import { baseText, groupDivergences, key, nonBaseWitnesses, statusOf, typeLabel, uniqueUnits } from './common.js';
import { terminalText } from './escape.js';
import { inlineParts, joinParts } from './locate.js';

export interface DiffOptions {
  /** Emit ANSI colours (else plain text with wdiff markers). */
  color: boolean;
  /** Only this unit (its exact id). An id the report lacks is a `UserError`. */
  unit?: string;
}

/** Render the unit-by-unit diff of the report's witness(es) against its base. Ends with a newline. */
export function renderDiff(report: Report, opts: DiffOptions): string {
  const c = pc.createColors(opts.color);
  const t = (s: string): string => terminalText(s).trim();
  const del = (s: string): string => (opts.color ? c.red(c.strikethrough(s)) : `[-${s}-]`);
  const ins = (s: string): string => (opts.color ? c.green(s) : `{+${s}+}`);
  const groups = groupDivergences(report);
  const witnesses = nonBaseWitnesses(report);
  const several = witnesses.length > 1;

  let units: UnitReadings[] = uniqueUnits(report);
  if (opts.unit !== undefined) {
    units = units.filter((u) => u.id === opts.unit);
    if (units.length === 0) {
      const known = uniqueUnits(report).map((u) => u.id);
      throw new UserError(
        `unknown unit '${terminalText(opts.unit)}'${known.length ? ` (units: ${known.map(terminalText).join(', ')})` : ''}`,
      );
    }
  }
  const width = units.reduce((m, u) => Math.max(m, t(u.id).length), 0); // no spread: there may be very many units

  const lines: string[] = [];
  for (const u of units) {
    const id = t(u.id);
    const pad = ' '.repeat(Math.max(0, width - id.length));
    for (const w of witnesses) {
      const label = several ? `${id} ${t(w.id)}` : id;
      const labelPad = several ? '' : pad;
      const status = statusOf(report, u, w.id);
      const reading = u.readings[w.id];
      const variants = groups.get(key(u.id, w.id)) ?? [];
      if (status === 'identical' && variants.length === 0) {
        lines.push(`${c.bold(label)}${labelPad}  ${c.dim('= identical')}`);
        continue;
      }
      if (status === 'absent' || reading === null || reading === undefined) {
        lines.push(`${c.bold(label)}${labelPad}  ${c.red('— absent')}`);
        continue;
      }
      lines.push(c.bold(label));
      const parts = inlineParts(baseText(report, u), reading, u.segments[w.id], variants);
      const line = joinParts(parts, (p) => {
        const x = t(p.text);
        if (x === '') return '';
        return p.kind === 'same' ? x : p.kind === 'deleted' ? del(x) : ins(x);
      });
      lines.push(`  ${line}`);
      for (const v of variants) {
        // an explanation that opens with the type's name ("punctuation: ',' omitted") is not prefixed with it again
        const why = t(v.explanation);
        lines.push(c.dim(why.startsWith(`${v.type}:`) || why.startsWith(`${v.type} (`) ? `    ${why}` : `    ${t(typeLabel(v))}: ${why}`));
      }
    }
    if (witnesses.length === 0) lines.push(`${c.bold(id)}${pad}  ${c.dim('base only')}`);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
