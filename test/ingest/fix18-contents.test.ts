/**
 * Session 18 (trial 82 I-4): a start marker found first in a table of contents, then as the
 * heading in the body — the text starts at the heading, with a warning that says so.
 */
import { describe, expect, it } from 'vitest';
import { buildWitnesses } from '../../src/ingest/index.js';
import { parseSources } from '../../src/ingest/config.js';
import { contentsEntry, extractRegion } from '../../src/ingest/extract.js';
import { alignerSettings, enumerators } from '../helpers/settings.js';

function ingest(source: string, extract: string, warnings: string[] = []) {
  const yaml = ['title: t', 'base: b', 'units:', '  prefixes: [P]', 'witnesses:', '  - id: b', '    title: b', '    date: 2024', '    issuer: x', '    kind: full-text', '    source: raw/b.txt', '    segment: paragraph', `    extract: ${extract}`].join('\n');
  const config = parseSources(yaml, 'corpus/sources.yaml');
  return buildWitnesses({ config, raw: { 'raw/b.txt': source }, enumerators, aligner: alignerSettings, previous: {}, sourcesFile: 'corpus/sources.yaml', warnings })[0].clauses.map((c) => c.text);
}

const leaders = [
  'Convention on Water Data',
  '',
  'Table of contents',
  'Article 1 Scope ........ 3',
  'Article 2 Definitions ........ 4',
  'Article 3 Exchange of data ........ 5',
  '',
  'Article 1 Scope',
  '',
  'This Convention applies to hydrological data held by public bodies.',
  '',
  'Article 2 Definitions',
  '',
  'For the purposes of this Convention, data means any record of river flow.',
  '',
  'Article 3 Exchange of data',
  '',
  'Parties shall exchange data every month.',
  '',
  'Annex',
  '',
].join('\n');

describe('a table of contents with dot leaders and page numbers (trial 82 I-4)', () => {
  it('start "Article 1 Scope": the text starts at the heading of line 8, a warning names both lines', () => {
    const w: string[] = [];
    expect(ingest(leaders.replace('Article 1 Scope ........ 3', 'Article 1 Scope'), "{ start: 'Article 1 Scope', end: 'Annex' }", w)).toEqual([
      'This Convention applies to hydrological data held by public bodies.',
      'For the purposes of this Convention, data means any record of river flow.',
      'Parties shall exchange data every month.',
    ]);
    expect(w.some((x) => x.startsWith('raw/b.txt:4:') && x.includes('reads as a table of contents (2 of the short lines') && x.includes('taken from line 8'))).toBe(true);
  });
  it('another wording: the entries carry page numbers after a tab; the end marker is looked for after the body heading', () => {
    const tabbed = leaders.replace(/ \.{8} (\d)/g, '\t$1').replace('Article 1 Scope\t3', 'Article 1 Scope');
    const r = extractRegion(tabbed, { start: ['Article 1 Scope'], end: ['Article 3 Exchange of data'] }, 'f.txt');
    expect(r.contents?.entries).toBe(2);
    expect(r.text).toContain('This Convention applies');
    expect(r.text).toContain('data means any record');
    expect(r.text).not.toContain('Parties shall exchange');
  });
});

describe('near misses: no table of contents', () => {
  it('a heading read twice with paragraphs between (a summary, then the full text) keeps the first place', () => {
    const twice = 'Summary\n\nKey points\n\nStates should share data on floods within a day of the event.\n\nFull text\n\nKey points\n\nStates shall share data on floods within a day.\n';
    const r = extractRegion(twice, { start: ['Key points'], end: [] }, 'f.txt');
    expect(r.contents).toBeUndefined();
    expect(r.text).toContain('within a day of the event');
  });
  it('short lines between that stand nowhere below are no entries; nor are short sentences', () => {
    expect(contentsEntry('Part One\nNotes for readers\nSee the annex\n\nPart One\n\nText.\n', 'Part One', 0)).toBeNull();
    expect(contentsEntry('Part One\nStates shall act now.\nPart Two\n\nPart One\n\nStates shall act now.\nPart Two\n', 'Part One', 0)).toBeNull();
  });
  it('a marker standing once, or not opening its line, is never read as an entry', () => {
    expect(contentsEntry('Article 1 Scope\n\nText.\n', 'Article 1 Scope', 0)).toBeNull();
    expect(contentsEntry('See Article 1 Scope\nArticle 2 Terms\n\nArticle 1 Scope\n\nArticle 2 Terms\n', 'Article 1 Scope', 4)).toBeNull();
  });
});
