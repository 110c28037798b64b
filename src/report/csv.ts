/**
 * CSV report: one divergence per row, in report order, RFC 4180 (CRLF line ends, fields with a
 * comma, a double quote or a line break quoted, quotes doubled). Text fields that a spreadsheet
 * would read as a formula (starting with `=`, `+`, `-`, `@`, tab or CR) get a leading `'`.
 */
import type { Report } from '../types.js';
import { csvCell } from './escape.js';

export const CSV_HEADER = ['unit', 'witness', 'type', 'class', 'direction', 'base', 'reading', 'explanation', 'weight'] as const;

/** Render the divergences as CSV (header line first, every line ending in CRLF). */
export function renderCsv(report: Report): string {
  const lines = [CSV_HEADER.join(',')];
  for (const v of report.divergences) {
    lines.push(
      [
        csvCell(v.unit),
        csvCell(v.witness),
        csvCell(v.type),
        csvCell(v.class),
        csvCell(v.direction ?? ''),
        csvCell(v.base),
        csvCell(v.reading),
        csvCell(v.explanation),
        csvCell(Number.isFinite(v.weight) ? String(v.weight) : '', { neutralise: false }),
      ].join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
