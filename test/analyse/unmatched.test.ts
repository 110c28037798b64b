import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/index.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { clause, corpus, witness } from './helpers.js';

const base = witness('adopted', [
  clause('States should report ransomware attacks to the national authority.', ['C1']),
  clause('States should share indicators of compromise with partners.', ['C2']),
]);
const draft = witness('draft', [
  clause('Recalling its earlier resolutions on the matter,', []),
  clause('States should report ransomware attacks to the national authority.', ['C1']),
  clause('Recommends that the Mechanism establish a thematic group on international law;', []),
  clause('States should share indicators of compromise with partners.', ['C2']),
]);

describe('witness text with no counterpart in the base', () => {
  const r = analyse(corpus([base, draft]));

  it('is listed in the report, with the unit it follows (null at the start), not counted as divergences', () => {
    expect(r.unmatched).toEqual([
      { witness: 'draft', text: 'Recalling its earlier resolutions on the matter,', after: null },
      { witness: 'draft', text: 'Recommends that the Mechanism establish a thematic group on international law;', after: 'C1' },
    ]);
    expect(r.divergences).toEqual([]);
  });

  it('appears in the JSON (valid against the schema) and in the overview page', () => {
    const schema = JSON.parse(readFileSync(new URL('../../src/report/report.schema.json', import.meta.url), 'utf8')) as object;
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
    const json = JSON.parse(renderJson(r)) as { unmatched: unknown[] };
    expect(validate(json)).toBe(true);
    expect(json.unmatched).toHaveLength(2);
    const md = renderMarkdown(r)['README.md'];
    expect(md).toContain('## Text with no counterpart in the base');
    expect(md).toContain('| draft | C1 | Recommends that the Mechanism establish a thematic group on international law; |');
  });

  it('is left out when there is none, and when the report is restricted to some units', () => {
    expect(analyse(corpus([base, witness('copy', base.clauses)])).unmatched).toBeUndefined();
    expect(analyse(corpus([base, draft]), { units: ['C2'] }).unmatched).toBeUndefined();
    expect(renderMarkdown(analyse(corpus([base, witness('copy', base.clauses)])))['README.md']).not.toContain('no counterpart in the base');
  });
});

describe("the aligner's weak matches", () => {
  const weakOne = witness('press', [
    { ...clause('States should report ransomware attacks to the national authority.', ['C1']), confidence: 0.92 },
    { ...clause('Indicators are shared.', ['C2']), confidence: 0.31 },
  ]);
  const hand = witness('hand', [{ ...clause('Indicators are shared.', ['C2']), confidence: 0.31, origin: 'hand' as const }]);

  it('are listed when asked (reviewBelow), tags set by hand left out', () => {
    const r = analyse(corpus([base, weakOne, hand]), { reviewBelow: 0.5 });
    expect(r.weak).toEqual([{ witness: 'press', units: ['C2'], confidence: 0.31, text: 'Indicators are shared.' }]);
    expect(analyse(corpus([base, weakOne])).weak).toBeUndefined();
    expect(analyse(corpus([base, weakOne]), { reviewBelow: 0.3 }).weak).toBeUndefined();
  });

  it('appear in the overview page and the JSON (valid against the schema)', () => {
    const r = analyse(corpus([base, weakOne]), { reviewBelow: 0.5 });
    const schema = JSON.parse(readFileSync(new URL('../../src/report/report.schema.json', import.meta.url), 'utf8')) as object;
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
    expect(validate(JSON.parse(renderJson(r)))).toBe(true);
    expect(renderMarkdown(r)['README.md']).toContain('| press | C2 | 0.31 | Indicators are shared. |');
  });
});
