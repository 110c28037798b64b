/**
 * Session 16: trial 74 #10: a bold label opening a Markdown list item is the item's heading; the
 * bare bullet after it is not recorded in the marker ("Scope", not "Scope / -").
 */
import { describe, expect, it } from 'vitest';
import { buildWitnesses } from '../../src/ingest/index.js';
import { parseSources } from '../../src/ingest/config.js';
import { alignerSettings, enumerators } from '../helpers/settings.js';

function markers(source: string, file: string) {
  const yaml = ['title: t', 'base: b', 'units:', '  prefixes: [P]', 'witnesses:', '  - id: b', '    title: b', '    date: 2024', '    issuer: x', '    kind: full-text', `    source: raw/${file}`, '    segment: paragraph'].join('\n');
  const config = parseSources(yaml, 'corpus/sources.yaml');
  const out = buildWitnesses({ config, raw: { [`raw/${file}`]: source }, enumerators, aligner: alignerSettings, previous: {}, sourcesFile: 'corpus/sources.yaml', warnings: [] });
  return out[0].clauses.map((c) => [c.marker ?? null, c.text]);
}

describe('a bold label on a bulleted list item is its heading, without the bullet (trial 74 #10)', () => {
  it('"- **Scope.** This Agreement applies …" → marker "Scope"', () => {
    expect(markers('- **Scope.** This Agreement applies to Orders.\n- **Review.** All Orders must be reviewed by a court.\n', 'f.md')).toEqual([
      ['Scope', 'This Agreement applies to Orders.'],
      ['Review', 'All Orders must be reviewed by a court.'],
    ]);
  });
  it('another bullet: "* **Scope:** …"', () => {
    expect(markers('* **Scope:** This Agreement applies to Orders.\n* **Review:** All Orders must be reviewed by a court.\n', 'f.md').map((r) => r[0])).toEqual(['Scope', 'Review']);
  });
  it('near miss: a numbered item keeps its number after the label; a bulleted item without a label keeps its bullet', () => {
    expect(markers('1. **Scope.** This Agreement applies to Orders.\n2. **Review.** All Orders must be reviewed by a court.\n', 'f.md').map((r) => r[0])).toEqual(['Scope / 1.', 'Review / 2.']);
    expect(markers('- This Agreement applies to Orders.\n- All Orders must be reviewed by a court.\n', 'f.md').map((r) => r[0])).toEqual(['-', '-']);
  });
});
