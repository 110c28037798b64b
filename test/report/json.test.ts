import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/report/json.js';
import { ACCIDENTAL_TYPES, SUBSTANTIVE_TYPES, type Report } from '../../src/types.js';
import { clone, fixture } from './fixture.js';

const schema = JSON.parse(readFileSync(new URL('../../src/report/report.schema.json', import.meta.url), 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

const report = fixture();

/** Rebuild an object with its keys in reverse order, recursively (to test canonical ordering). */
function scramble(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(scramble);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).reverse()) out[k] = scramble((v as Record<string, unknown>)[k]);
    return out;
  }
  return v;
}

describe('renderJson', () => {
  it('validates against report.schema.json', () => {
    const ok = validate(JSON.parse(renderJson(report)));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('round-trips the report', () => {
    expect(JSON.parse(renderJson(report))).toEqual(report);
  });

  it('is pretty-printed with a trailing newline', () => {
    const out = renderJson(report);
    expect(out.endsWith('}\n')).toBe(true);
    expect(out.split('\n')[1]).toBe('  "title": "Global Initiative on Data Security: versions & [drafts]",');
  });

  it('has a stable key order (types.ts order), whatever the input order', () => {
    const out = renderJson(report);
    expect(renderJson(scramble(report) as Report)).toBe(out);
    const parsed = JSON.parse(out) as Report;
    expect(Object.keys(parsed)).toEqual(['title', 'base', 'witnesses', 'units', 'divergences', 'pairs']);
    expect(Object.keys(parsed.witnesses[0])).toEqual(['id', 'title', 'date', 'issuer', 'venue', 'kind', 'source']);
    expect(Object.keys(parsed.witnesses[1])).toEqual(['id', 'title', 'date', 'issuer', 'kind', 'source']);
    expect(Object.keys(parsed.units[0])).toEqual(['id', 'readings', 'status', 'segments']);
    expect(Object.keys(parsed.units[0].readings)).toEqual(['un-a75', 'mfa', 'paraphrase']);
    expect(Object.keys(parsed.divergences[2])).toEqual([
      'unit', 'witness', 'type', 'class', 'base', 'reading', 'baseSpan', 'readingSpan', 'direction', 'explanation', 'weight',
    ]);
    expect(Object.keys(parsed.pairs[0])).toEqual([
      'base', 'witness', 'baseTokens', 'identicalTokens', 'agreement', 'coverage', 'byClass', 'byType',
    ]);
    expect(Object.keys(parsed.pairs[0].byType)).toEqual([...ACCIDENTAL_TYPES, ...SUBSTANTIVE_TYPES]);
  });

  it('keeps unknown fields, after the declared ones', () => {
    const r = clone(report) as Report & { extra?: number };
    r.extra = 1;
    const parsed = JSON.parse(renderJson(r)) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['title', 'base', 'witnesses', 'units', 'divergences', 'pairs', 'extra']);
  });

  it('the schema rejects what is not a report', () => {
    const bad = (mutate: (r: Record<string, any>) => void): boolean => {
      const r = JSON.parse(renderJson(report)) as Record<string, any>;
      mutate(r);
      return validate(r) as boolean;
    };
    expect(bad(() => undefined)).toBe(true);
    expect(bad((r) => (r.divergences[0].type = 'typo'))).toBe(false);
    expect(bad((r) => (r.divergences[0].class = 'substantive'))).toBe(false); // case is accidental
    expect(bad((r) => (r.divergences[2].direction = 'up'))).toBe(false);
    expect(bad((r) => (r.divergences[0].baseSpan = [1]))).toBe(false);
    expect(bad((r) => delete r.divergences[0].explanation)).toBe(false);
    expect(bad((r) => (r.units[0].readings.mfa = 3))).toBe(false);
    expect(bad((r) => (r.units[0].status.mfa = 'same'))).toBe(false);
    expect(bad((r) => (r.witnesses[0].kind = 'novel'))).toBe(false);
    expect(bad((r) => delete r.pairs[0].byType.case)).toBe(false);
    expect(bad((r) => (r.pairs[0].agreement = 1.5))).toBe(false);
    expect(bad((r) => (r.surprise = true))).toBe(false);
  });
});
