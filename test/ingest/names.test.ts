/**
 * Units named after the base's headings (sources.yaml `units.headings`, src/ingest/names.ts): a
 * statute is cited by article and paragraph. (From two new-user trials on statutes and regulations,
 * where the layout's blocks named articles A1, B1, C1 … and one article's paragraphs apart.)
 */
import { describe, expect, it } from 'vitest';
import { buildWitnesses } from '../../src/ingest/index.js';
import { parseSources } from '../../src/ingest/config.js';
import { headingNames } from '../../src/ingest/names.js';
import { alignerSettings, enumerators } from '../helpers/settings.js';
import { userError } from '../helpers/errors.js';

const STATUTE = `CHAPTER III
TRANSFERS

Article 38

1. A handler shall meet one of the conditions set by the authority.

2. The handler shall take the measures necessary to protect the data.

Article 39

The handler shall inform the individual and obtain consent.

Article 40

1. Operators shall store the data within the territory.

2. The authority shall decide within forty-five days.
`;

const PARAPHRASE = `Handlers must inform individuals and obtain their consent.

Operators must keep the data in the country.
`;

const sources = (units: string) => `title: A statute
base: law
units:
${units}
witnesses:
  - id: law
    title: The law
    date: 2027-03-17
    issuer: Parliament
    kind: full-text
    source: raw/law.txt
    segment: paragraph
  - id: note
    title: A note
    date: 2027-03-20
    issuer: A firm
    kind: paraphrase
    source: raw/note.txt
    segment: paragraph
`;

function build(units: string) {
  const config = parseSources(sources(units), 'corpus/sources.yaml');
  return buildWitnesses({ config, raw: { 'raw/law.txt': STATUTE, 'raw/note.txt': PARAPHRASE }, enumerators, aligner: alignerSettings, previous: {}, sourcesFile: 'corpus/sources.yaml' });
}

describe('units named after their headings (units.headings)', () => {
  it('an article with paragraphs gives Art38-1, Art38-2; an article of one paragraph Art39', () => {
    const [law, note] = build('  prefixes: [P]\n  headings: Art');
    expect(law.clauses.map((c) => c.units)).toEqual([['Art38-1'], ['Art38-2'], ['Art39'], ['Art40-1'], ['Art40-2']]);
    // the witnesses are aligned with those units
    expect(note.clauses.map((c) => c.units)).toEqual([['Art39'], ['Art40-1']]);
  });

  it('without it, the layout names blocks as before (items, a paragraph, items)', () => {
    const [law] = build('  prefixes: [A, B, C]');
    expect(law.clauses.map((c) => c.units)).toEqual([['A1'], ['A2'], ['B1'], ['C1'], ['C2']]);
  });

  it('headingNames: the last figures of the heading lines, list marks or order within an article, null under no numbered heading', () => {
    const names = headingNames(
      [
        { text: 'Preamble text.', block: 'paragraph', offset: 0 },
        { text: 'a', block: 'item', marker: 'CHAPTER II / Article 7 / (1)', offset: 1 },
        { text: 'b', block: 'paragraph', offset: 2 },
        { text: 'c', block: 'paragraph', marker: 'Article 8', offset: 3 },
      ],
      'Art',
    );
    expect(names).toEqual([null, 'Art7-1', 'Art7-2', 'Art8']);
  });

  it('bad input: a prefix that is not letters, a prefix also among the blocks\', two headings with one number', () => {
    expect(userError(() => build('  prefixes: [P]\n  headings: "Art 1"')).message).toMatch(/units\.headings.*letter prefix/);
    expect(userError(() => build('  prefixes: [Art]\n  headings: Art')).message).toMatch(/also one of units\.prefixes/);
    const twice = STATUTE.replace('Article 40', 'Article 39');
    const config = parseSources(sources('  prefixes: [P]\n  headings: Art'), 'corpus/sources.yaml');
    const e = userError(() => buildWitnesses({ config, raw: { 'raw/law.txt': twice, 'raw/note.txt': PARAPHRASE }, enumerators, aligner: alignerSettings, previous: {}, sourcesFile: 'corpus/sources.yaml' }));
    expect(e.message).toMatch(/would both be Art39/);
  });
});
