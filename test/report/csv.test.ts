import { describe, expect, it } from 'vitest';
import { CSV_HEADER, renderCsv } from '../../src/report/csv.js';
import { csvCell } from '../../src/report/escape.js';
import { clone, fixture } from './fixture.js';
import { parseCsv } from './helpers.js';

const report = fixture();
const csv = renderCsv(report);

/** What a neutralised text field holds: the text, with a leading `'` if it looked like a formula. */
const neutral = (s: string): string => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

describe('renderCsv', () => {
  it('parses back (RFC 4180) to one row per divergence with the header first', () => {
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...CSV_HEADER]);
    expect(rows[0].join(',')).toBe('unit,witness,type,class,direction,base,reading,explanation,weight');
    expect(rows.slice(1)).toEqual(
      report.divergences.map((v) =>
        [v.unit, v.witness, v.type, v.class, v.direction ?? '', v.base, v.reading, v.explanation].map(neutral).concat(String(v.weight)),
      ),
    );
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('neutralises formula cells', () => {
    const rows = parseCsv(csv).slice(1);
    const readings = rows.map((r) => r[6]);
    expect(readings).toContain("'=SUM(A1)");
    expect(rows.map((r) => r[7])).toContain("'@pipe: a pipe was added.");
    expect(rows.map((r) => r[7])).toContain("'+local: the companies are qualified.");
    expect(rows.map((r) => r[7])).toContain('\'-> "should" became "must": the exhortation became an obligation.');
    for (const r of rows) for (const f of r.slice(0, 8)) expect(f).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('keeps newlines, quotes, commas and Unicode inside quoted fields', () => {
    const r = clone(report);
    r.divergences[0].reading = 'a\nb, "c"\r\n🙂 دول';
    r.divergences[0].base = '\t=1+1';
    r.divergences[0].weight = -0.5;
    const row = parseCsv(renderCsv(r))[1];
    expect(row[5]).toBe("'\t=1+1");
    expect(row[6]).toBe('a\nb, "c"\r\n🙂 دول');
    expect(row[8]).toBe('-0.5');
  });

  it('csvCell quotes only when needed', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "x"')).toBe('"say ""x"""');
    expect(csvCell('=1')).toBe("'=1");
    expect(csvCell('=1,2')).toBe('"\'=1,2"');
    expect(csvCell('-1', { neutralise: false })).toBe('-1');
    expect(csvCell('')).toBe('');
  });

  it('an empty report is just the header', () => {
    expect(renderCsv({ ...report, divergences: [] })).toBe(`${CSV_HEADER.join(',')}\r\n`);
  });
});
