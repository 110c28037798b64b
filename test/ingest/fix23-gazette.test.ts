/**
 * Session 23 (trial 111, ingest 1): a gazette's layout of sections. An unnumbered marginal note
 * stands over each section; the section's number is its paragraph's own mark, with the first
 * subsection's mark after it ("31. (1) The Commission may …", then "(2) The Commission shall …").
 * The note heads the section (no clause text), both marks are the clause's mark, and under
 * `units.headings` the units are named by section and subsection: S30, S31-1, S31-2.
 */
import { describe, expect, it } from 'vitest';
import { buildWitnesses } from '../../src/ingest/index.js';
import { parseSources } from '../../src/ingest/config.js';
import { headingNames } from '../../src/ingest/names.js';
import { segment, type RawClause } from '../../src/ingest/segment.js';
import { alignerSettings, enumerators } from '../helpers/settings.js';

const cut = (text: string) => segment(text, { by: 'paragraph' }, enumerators).map((c) => [c.marker ?? null, c.text]);

describe('segment: a section number with its first subsection mark', () => {
  it('"12. (1) …" is marked "12. (1)"; "(2) …" is marked "(2)"', () => {
    expect(cut('12. (1) The board may issue rules.\n\n(2) The board shall publish the rules.')).toEqual([
      ['12. (1)', 'The board may issue rules.'],
      ['(2)', 'The board shall publish the rules.'],
    ]);
  });
  it('a marginal note on the line above a numbered section heads it', () => {
    expect(cut('Powers of the board\n12. (1) The board may issue rules on the conduct of its own business.\n\nRecords\n13. The board shall keep records of its meetings.')).toEqual([
      ['Powers of the board / 12. (1)', 'The board may issue rules on the conduct of its own business.'],
      ['Records / 13.', 'The board shall keep records of its meetings.'],
    ]);
  });
  it('near misses: a figure in the text after a number stays text; a lower-case line after a short line is no section', () => {
    expect(cut('4. (2021) was a year of reform.')).toEqual([['4.', '(2021) was a year of reform.']]);
    expect(cut('3. (a) members shall vote.')).toEqual([['3.', '(a) members shall vote.']]);
    // a first line that would be a heading but for the next line's lower-case start: one paragraph
    expect(cut('Powers of the board\n12. the board may issue rules on the conduct of its own business.')).toEqual([[null, 'Powers of the board 12. the board may issue rules on the conduct of its own business.']]);
  });
});

const raw = (...marks: (string | undefined)[]): RawClause[] =>
  marks.map((m, k) => ({ text: `Clause ${k}.`, block: m === undefined || !/\d\.|\(/.test(m.split(' / ').at(-1)!) ? 'paragraph' : 'item', offset: k * 10, ...(m === undefined ? {} : { marker: m }) }));

describe('headingNames: sections numbered by their own marks under unnumbered headings', () => {
  it('S30, S31-1, S31-2, S32 (a section after a section needs no heading of its own)', () => {
    expect(headingNames(raw('General principle / 30.', 'Adequacy / 31. (1)', '(2)', '32.'), 'S')).toEqual(['S30', 'S31-1', 'S31-2', 'S32']);
  });
  it('lettered items under a subsection: S5-1, S5-1a, S5-1b, S5-2', () => {
    expect(headingNames(raw('Duties / 5. (1)', '(a)', '(b)', '(2)'), 'S')).toEqual(['S5-1', 'S5-1a', 'S5-1b', 'S5-2']);
  });
  it('near misses: a numbered heading anywhere keeps the heading rule (paragraph marks are paragraphs of it)', () => {
    expect(headingNames(raw('Article 3 / 1.', '2.', 'Definitions / 4.'), 'Art')).toEqual(['Art3-1', 'Art3-2', 'Art3-4']);
    // a numbered list under no heading at all: no section (named by blocks)
    expect(headingNames(raw('1.', '2.'), 'S')).toEqual([null, null]);
  });
});

const GAZETTE = `PART VI — TRANSFERS

General principle
30. A controller shall not transfer personal data abroad unless this Part is complied with.

Adequacy
31. (1) The Commission may declare that a country ensures adequate protection.

(2) The Commission shall review every declaration at least once every two years.
`;

const GUIDE = `The Commission reviews each declaration every two years.
`;

const SOURCES = `title: An act
base: act
units:
  prefixes: [P]
  headings: S
witnesses:
  - id: act
    title: The act
    date: 2025-03-14
    issuer: Parliament
    kind: full-text
    source: raw/act.txt
    extract:
      start: "PART VI — TRANSFERS"
    segment: paragraph
  - id: guide
    title: A guide
    date: 2025-04-01
    issuer: The Commission
    kind: paraphrase
    source: raw/guide.txt
    segment: paragraph
`;

describe('ingest: a gazette base is named by section and subsection', () => {
  const [act, guide] = buildWitnesses({
    config: parseSources(SOURCES, 'corpus/sources.yaml'),
    raw: { 'raw/act.txt': GAZETTE, 'raw/guide.txt': GUIDE },
    enumerators,
    aligner: alignerSettings,
    previous: {},
    sourcesFile: 'corpus/sources.yaml',
  });
  it('the base: units S30, S31-1, S31-2, and no marginal note or number in the text', () => {
    expect(act.clauses.map((c) => c.units[0])).toEqual(['S30', 'S31-1', 'S31-2']);
    expect(act.clauses.map((c) => c.text)).toEqual([
      'A controller shall not transfer personal data abroad unless this Part is complied with.',
      'The Commission may declare that a country ensures adequate protection.',
      'The Commission shall review every declaration at least once every two years.',
    ]);
  });
  it('the witness is aligned with the subsection', () => {
    expect(guide.clauses.map((c) => c.units)).toEqual([['S31-2']]);
  });
});
