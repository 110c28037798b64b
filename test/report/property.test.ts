/**
 * Property test: random reports whose readings are arbitrary Unicode (empty, RTL, emoji, combining
 * marks, pipes, newlines, control characters, markup) never crash a renderer, every Markdown table
 * keeps its column count and no HTML appears, the TEI stays well-formed with every witness once in
 * every app, the CSV parses back to the divergences, and the JSON validates.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderCsv } from '../../src/report/csv.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { compareReports } from '../../src/report/summary.js';
import { renderTei } from '../../src/report/tei.js';
import { renderDiff } from '../../src/report/terminal.js';
import {
  ACCIDENTAL_TYPES,
  SUBSTANTIVE_TYPES,
  type Report,
  type Segment,
  type UnitReadings,
  type Variant,
  type VariantType,
} from '../../src/types.js';
import { allNodes, checkTableShapes, checkTei, elements, parseCsv, parseMarkdown, parseXml, witnessText } from './helpers.js';

const TYPES: VariantType[] = [...ACCIDENTAL_TYPES, ...SUBSTANTIVE_TYPES];

const nasty = fc.constantFrom(
  '', ' ', '|', '\n', 'a|b', '\\|', '``', '`x`', '<b>', '<script>alert(1)</script>', '&amp;', '&#65;', '=1+1', '-', '+x', '@x',
  'שלום', 'مرحبا بالعالم', '🙂👍🏽', '👨‍👩‍👧', 'e\u0301', '\u0301x', '\\', '*', '**', '_', '~', '~~', '[x](y)', ']', '#', '# h',
  '\r\n', '"q"', "'", '\u0000', '\u001b[31m', '\u2028', '\u200b', '\u00a0', '1.', '> q', 'www.x.org', 'http://x.org/a_b', 'a@b.co',
);
const text = fc.oneof(
  nasty,
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.string({ unit: 'binary-ascii', maxLength: 8 }),
  fc.array(nasty, { maxLength: 4 }).map((a) => a.join(' ')),
);
const word = fc.oneof(fc.constantFrom('States', 'should', 'data', 'ICT', '.', ','), text);

type Op = { kind: 'keep' } | { kind: 'drop' } | { kind: 'swap'; with: string } | { kind: 'case' };
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.constant<Op>({ kind: 'keep' }) },
  { weight: 1, arbitrary: fc.constant<Op>({ kind: 'drop' }) },
  { weight: 1, arbitrary: fc.constant<Op>({ kind: 'case' }) },
  { weight: 2, arbitrary: word.map<Op>((w) => ({ kind: 'swap', with: w })) },
);

interface WitnessPlan {
  absent: boolean;
  ops: Op[];
  inserts: (string | null)[];
}

const unitArb = fc.record({
  id: fc.oneof(fc.constantFrom('P1', 'C4', 'C5', 'E1', 'C4.2', '1x', 'a b', '../u', 'ü'), text),
  words: fc.array(word, { minLength: 0, maxLength: 6 }),
  witnesses: fc.array(
    fc.record({
      absent: fc.boolean(),
      ops: fc.array(op, { minLength: 6, maxLength: 6 }),
      inserts: fc.array(fc.option(word, { nil: null, freq: 3 }), { minLength: 7, maxLength: 7 }),
    }),
    { minLength: 2, maxLength: 2 },
  ),
  types: fc.array(fc.constantFrom(...TYPES), { minLength: 16, maxLength: 16 }),
  weights: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 16, maxLength: 16 }),
  explanations: fc.array(text, { minLength: 16, maxLength: 16 }),
});

const reportArb = fc.record({
  title: text,
  witnessTitles: fc.array(text, { minLength: 3, maxLength: 3 }),
  units: fc.array(unitArb, { minLength: 1, maxLength: 3 }),
});

const SIGLA = ['base', 'w-1', 'w2'];

type Spec = typeof reportArb extends fc.Arbitrary<infer T> ? T : never;

/** Build a consistent report: each witness's segments derive from the base words and its plan. */
function build(spec: Spec): Report {
  const units: UnitReadings[] = [];
  const divergences: Variant[] = [];
  const seen = new Set<string>();
  spec.units.forEach((u, ui) => {
    let id = u.id === '' ? `U${ui}` : u.id;
    while (seen.has(id)) id = `${id}_${ui}`;
    seen.add(id);
    const words = u.words.filter((w) => w.trim() !== '');
    const base = words.join(' ');
    const unit: UnitReadings = { id, readings: { base }, status: { base: 'base' }, segments: {} };
    let t = 0;
    u.witnesses.forEach((plan: WitnessPlan, wi) => {
      const sig = SIGLA[wi + 1];
      const variant = (b: string, r: string): void => {
        const type = u.types[t % 16];
        const cls = (ACCIDENTAL_TYPES as readonly string[]).includes(type) ? 'accidental' : 'substantive';
        divergences.push({
          unit: id, witness: sig, type, class: cls, base: b, reading: r, baseSpan: b ? [0, 1] : null, readingSpan: r ? [0, 1] : null,
          explanation: u.explanations[t % 16], weight: cls === 'accidental' ? u.weights[t % 16] : 1 + u.weights[t % 16] * 4,
          ...(type === 'modality' ? { direction: 'weakened' as const } : {}),
        });
        t++;
      };
      if (plan.absent) {
        unit.readings[sig] = null;
        unit.status[sig] = 'absent';
        variant(base, '');
        divergences[divergences.length - 1].type = 'absent';
        divergences[divergences.length - 1].class = 'substantive';
        return;
      }
      const segs: Segment[] = [];
      words.forEach((w, i) => {
        const ins = plan.inserts[i];
        if (ins && ins.trim() !== '') {
          segs.push({ op: 'insert', base: '', reading: ins });
          variant('', ins);
        }
        const o = plan.ops[i];
        if (o.kind === 'keep') segs.push({ op: 'equal', base: w, reading: w });
        else if (o.kind === 'case') {
          const up = w.toUpperCase();
          segs.push({ op: 'equal', base: w, reading: up });
          if (up !== w) variant(w, up);
        } else if (o.kind === 'drop') {
          segs.push({ op: 'delete', base: w, reading: '' });
          variant(w, '');
        } else if (o.with.trim() === '') {
          segs.push({ op: 'delete', base: w, reading: '' });
          variant(w, '');
        } else {
          segs.push({ op: 'replace', base: w, reading: o.with });
          variant(w, o.with);
        }
      });
      const last = plan.inserts[words.length];
      if (last && last.trim() !== '') {
        segs.push({ op: 'insert', base: '', reading: last });
        variant('', last);
      }
      const reading = segs.map((s) => s.reading).filter((r) => r !== '').join(' ');
      unit.readings[sig] = reading;
      unit.segments[sig] = segs;
      const hasSub = divergences.some((v) => v.unit === id && v.witness === sig && v.class === 'substantive');
      const hasAcc = divergences.some((v) => v.unit === id && v.witness === sig && v.class === 'accidental');
      unit.status[sig] = hasSub ? 'substantive' : hasAcc ? 'accidental' : 'identical';
    });
    units.push(unit);
  });
  const zero = Object.fromEntries(TYPES.map((x) => [x, 0])) as Record<VariantType, number>;
  return {
    title: spec.title,
    base: 'base',
    witnesses: SIGLA.map((id, i) => ({
      id,
      title: spec.witnessTitles[i],
      date: '2020-09-08',
      issuer: spec.witnessTitles[(i + 1) % 3],
      kind: 'full-text' as const,
      source: '',
    })),
    units,
    divergences,
    pairs: SIGLA.slice(1).map((w) => ({
      base: 'base', witness: w, baseTokens: 1, identicalTokens: 1, agreement: 0.5, coverage: 1,
      byClass: { accidental: 0, substantive: 0 }, byType: { ...zero },
    })),
  };
}

const schema = JSON.parse(readFileSync(new URL('../../src/report/report.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv2020({ strict: true }).compile(schema);

describe('renderers on random Unicode reports', () => {
  it('never crash and keep every structure intact', () => {
    fc.assert(
      fc.property(reportArb, (spec) => {
        const r = build(spec);
        for (const [path, md] of Object.entries(renderMarkdown(r))) {
          expect(path).toMatch(/^(README\.md|apparatus\.md|units\/[A-Za-z0-9._-]+\.md)$/);
          expect(path).not.toContain('..');
          const { bad } = checkTableShapes(md);
          expect(bad, path).toEqual([]);
          expect(allNodes(parseMarkdown(md)).filter((n) => n.type === 'html'), path).toEqual([]);
        }
        const tei = renderTei(r);
        checkTei(r, tei);
        // Every witness's text reads back from the TEI (up to whitespace and XML-illegal characters).
        const strip = (x: string): string =>
          x
            .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
            .replace(/\s+/g, '');
        const abs = elements(parseXml(tei), 'ab');
        r.units.forEach((u, i) => {
          for (const w of SIGLA) {
            expect(strip(witnessText(abs[i], w)), `${u.id} ${w}`).toBe(strip(u.readings[w] ?? ''));
          }
        });
        const rows = parseCsv(renderCsv(r));
        expect(rows).toHaveLength(r.divergences.length + 1);
        rows.slice(1).forEach((row, i) => {
          const v = r.divergences[i];
          expect(row).toHaveLength(9);
          const neutral = (s: string): string => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
          expect(row[6]).toBe(neutral(v.reading));
          expect(row[7]).toBe(neutral(v.explanation));
        });
        const json = renderJson(r);
        expect(validate(JSON.parse(json))).toBe(true);
        expect(renderDiff(r, { color: false })).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
        expect(renderDiff(r, { color: true })).toContain('\u001b[');
        expect(compareReports(r, r).changed).toBe(false);
      }),
      { seed: 20200908, numRuns: 200 },
    );
  });
});
