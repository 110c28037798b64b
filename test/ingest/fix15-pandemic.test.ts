/**
 * Session 15: trial 67 (pandemic agreement): `units.headings` that names no unit warns (#15).
 */
import { describe, expect, it } from 'vitest';
import { buildWitnesses } from '../../src/ingest/index.js';
import { parseSources } from '../../src/ingest/config.js';
import { alignerSettings, enumerators } from '../helpers/settings.js';

function ingest(base: string, start: string) {
  const yaml = [
    'title: t',
    'base: b',
    'units:',
    '  prefixes: [P]',
    '  headings: Art',
    'witnesses:',
    '  - id: b',
    '    title: b',
    '    date: 2024',
    '    issuer: x',
    '    kind: full-text',
    '    source: raw/b.txt',
    ...(start ? ['    extract:', `      start: ${start}`] : []),
    '    segment: paragraph',
  ].join('\n');
  const config = parseSources(yaml, 'corpus/sources.yaml');
  const warnings: string[] = [];
  const out = buildWitnesses({ config, raw: { 'raw/b.txt': base }, enumerators, aligner: alignerSettings, previous: {}, sourcesFile: 'corpus/sources.yaml', warnings });
  return { units: out.find((w) => w.meta.id === 'b')!.clauses.map((c) => c.units.join(' ')), warnings };
}

const TEXT = 'ANNEX\n\nArticle 11\n\n1. The Parties shall cooperate.\n\nArticle 12\n\n1. The Parties hereby establish the System.\n\n2. Each Party shall share samples.\n';

describe('units.headings with no numbered heading in the base warns that the units are named by blocks (trial 67 #15)', () => {
  it('the case: the start marker takes the "Article 12" line, the units are P1, P2 and a warning says why', () => {
    const r = ingest(TEXT, '["ANNEX", "Article 12"]');
    expect(r.units).toEqual(['P1', 'P2']);
    expect(r.warnings).toEqual(['corpus/sources.yaml:7: units.headings: Art — no numbered heading found in the base text (the extract start may have cut it); units named by blocks']);
  });
  it('another wording: a base with no heading at all', () => {
    const r = ingest('The Parties hereby establish the System.\n\nEach Party shall share samples.\n', '');
    expect(r.units).toEqual(['P1', 'P2']);
    expect(r.warnings).toHaveLength(1);
  });
  it('near miss: with the heading kept, units are named after it and nothing is said', () => {
    const r = ingest(TEXT, '["ANNEX", "1. The Parties shall cooperate."]');
    expect(r.units).toEqual(['Art12-1', 'Art12-2']);
    expect(r.warnings).toEqual([]);
  });
});
