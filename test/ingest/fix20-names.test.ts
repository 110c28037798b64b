/**
 * Session 20 (trial 93 I2): a base that numbers its own paragraphs, with lettered sub-points under
 * one of them, names its units after that numbering (P4, P4a, P4b, P5), not by counting (P4, P5,
 * P6, P7), so that "P5" is paragraph 5 as a scholar cites it.
 */
import { describe, expect, it } from 'vitest';
import { buildWitnesses } from '../../src/ingest/index.js';
import { parseSources } from '../../src/ingest/config.js';
import { blockNames } from '../../src/ingest/names.js';
import type { RawClause } from '../../src/ingest/segment.js';
import { alignerSettings, enumerators } from '../helpers/settings.js';

const raw = (...marks: (string | undefined)[]): RawClause[] => marks.map((m, k) => ({ text: `Clause ${k}.`, block: 'paragraph', offset: k * 10, ...(m === undefined ? {} : { marker: m }) }));

describe('blockNames: a block named by its own numbering', () => {
  it('numbers, then letters under the last number: P1 … P4, P4a, P4b, P5', () => {
    expect(blockNames(raw('1.', '2.', '3.', '4.', '(a)', '(b)', '5.'), 'P')).toEqual(['P1', 'P2', 'P3', 'P4', 'P4a', 'P4b', 'P5']);
    expect(blockNames(raw('1)', 'a)', 'b)', 'c)', '2)'), 'C')).toEqual(['C1', 'C1a', 'C1b', 'C1c', 'C2']);
  });
  it('with sub-points, an excerpt that starts at paragraph 12 keeps its numbers; the mark after a heading line counts', () => {
    expect(blockNames(raw('12.', '13.', '(a)', '14.'), 'P')).toEqual(['P12', 'P13', 'P13a', 'P14']);
    expect(blockNames(raw('Part II / 3.', '(a)', '4.'), 'P')).toEqual(['P3', 'P3a', 'P4']);
  });
  it('without sub-points the block is counted (null): the same names from 1, and from 1 for a list that starts at 5', () => {
    expect(blockNames(raw('1.', '2.', '3.'), 'P')).toBe(null);
    expect(blockNames(raw('5.', '6.'), 'C')).toBe(null);
  });
  it('near misses: counted instead (null)', () => {
    expect(blockNames(raw(undefined, '1.', '2.'), 'P')).toBe(null); // an unnumbered lead-in
    expect(blockNames(raw('(a)', '(b)'), 'P')).toBe(null); // letters under no number
    expect(blockNames(raw('1.', '3.'), 'P')).toBe(null); // a number skipped
    expect(blockNames(raw('1.', '2.', '1.', '2.'), 'P')).toBe(null); // numbering restarts
    expect(blockNames(raw('1.', '(a)', '(i)', '(ii)', '(b)'), 'P')).toBe(null); // nested a level deeper
    expect(blockNames(raw('1.', '(b)'), 'P')).toBe(null); // a letter out of order
    expect(blockNames(raw('1.', '-', '2.'), 'P')).toBe(null); // a bullet among the numbers
  });
});

const DECLARATION = `1. We affirm that data flows support growth.

2. We will protect personal data.

3. We will cooperate on security.

4. We will work towards interoperability, by:

(a) identifying commonalities between our frameworks;

(b) promoting model contractual clauses.

5. We will meet again next year.
`;

const SUMMARY = `Ministers will promote model contractual clauses.

Ministers will meet again next year.
`;

const SOURCES = `title: A declaration
base: decl
units:
  prefixes: [P]
witnesses:
  - id: decl
    title: The declaration
    date: 2027-03-12
    issuer: Ministers
    kind: full-text
    source: raw/decl.txt
    segment: paragraph
  - id: sheet
    title: A fact sheet
    date: 2027-03-13
    issuer: A ministry
    kind: paraphrase
    source: raw/sheet.txt
    segment: paragraph
`;

describe('ingest: the base\'s sub-points are P4a, P4b, and paragraph 5 is P5', () => {
  const [decl, sheet] = buildWitnesses({
    config: parseSources(SOURCES, 'corpus/sources.yaml'),
    raw: { 'raw/decl.txt': DECLARATION, 'raw/sheet.txt': SUMMARY },
    enumerators,
    aligner: alignerSettings,
    previous: {},
    sourcesFile: 'corpus/sources.yaml',
  });
  it('the base', () => {
    expect(decl.clauses.map((c) => c.units[0])).toEqual(['P1', 'P2', 'P3', 'P4', 'P4a', 'P4b', 'P5']);
    expect(decl.clauses.map((c) => c.alignerUnits[0])).toEqual(['P1', 'P2', 'P3', 'P4', 'P4a', 'P4b', 'P5']);
  });
  it('the witness is aligned with those names', () => {
    expect(sheet.clauses.map((c) => c.units)).toEqual([['P4b'], ['P5']]);
  });
});
