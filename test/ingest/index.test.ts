import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWitnesses, type IngestInput } from '../../src/ingest/index.js';
import { parseSources } from '../../src/ingest/config.js';
import { UserError } from '../../src/errors.js';
import type { Witness } from '../../src/types.js';
import { TINY_CORPUS } from '../helpers/corpus.js';
import { alignerSettings, enumerators } from '../helpers/settings.js';
import { userError } from '../helpers/errors.js';


const SOURCES = readFileSync(join(TINY_CORPUS, 'sources.yaml'), 'utf8');

function input(over: Partial<IngestInput> = {}, sources = SOURCES): IngestInput {
  const config = parseSources(sources, 'corpus/sources.yaml');
  const raw: Record<string, string> = {};
  for (const w of config.witnesses) raw[w.meta.source] = readFileSync(join(TINY_CORPUS, w.meta.source), 'utf8');
  return { config, raw, enumerators, aligner: alignerSettings, previous: {}, sourcesFile: 'corpus/sources.yaml', ...over };
}

describe('buildWitnesses (the tiny corpus, in memory)', () => {
  const out = buildWitnesses(input());
  const byId = Object.fromEntries(out.map((w) => [w.meta.id, w]));

  it('one witness per metadata entry, in order, with its file name', () => {
    expect(out.map((w) => [w.meta.id, w.file])).toEqual([
      ['official', 'witnesses/official.md'],
      ['web', 'witnesses/web.md'],
      ['gazette', 'witnesses/gazette.md'],
    ]);
  });

  it('names the base units by block: paragraphs, then list items, then paragraphs', () => {
    const base = byId.official;
    expect(base.clauses.map((c) => c.units)).toEqual([['Pre1'], ['Pre2'], ['Art1'], ['Art2'], ['Art3'], ['Art4'], ['End1']]);
    expect(base.clauses.map((c) => c.marker)).toEqual([undefined, undefined, '1.', '2.', '3.', '4.', undefined]);
    expect(base.clauses.every((c) => c.confidence === null && c.origin === 'aligner')).toBe(true);
    expect(base.clauses[0].text).toMatch(/^The rivers that cross our borders/);
    expect(base.clauses[6].text).toMatch(/open to accession by every State of the basin\.$/);
  });

  it('aligns the other witnesses', () => {
    expect(byId.web.clauses.map((c) => c.units)).toEqual(byId.official.clauses.map((c) => c.units));
    expect(byId.gazette.clauses.map((c) => c.units)).toEqual([['Art1'], ['Art3', 'Art4'], []]);
    expect(byId.gazette.clauses.map((c) => c.alignerUnits)).toEqual([['Art1'], ['Art3', 'Art4'], []]);
  });

  it('a hand-set tag on a clause of the previous file survives (matched by text)', () => {
    const gazette = byId.gazette;
    const previous: Witness = {
      ...gazette,
      clauses: gazette.clauses.map((c, i) => (i === 2 ? { ...c, units: ['End1'], origin: 'hand' as const } : c)),
    };
    const again = buildWitnesses(input({ previous: { gazette: previous } }));
    const c = again[2].clauses[2];
    expect(c.units).toEqual(['End1']);
    expect(c.alignerUnits).toEqual([]);
    expect(c.origin).toBe('hand');
    // the others are still the aligner's
    expect(again[2].clauses.slice(0, 2).map((x) => x.origin)).toEqual(['aligner', 'aligner']);
  });

  it('a previous tag that is not marked as hand-set does not override the aligner', () => {
    const previous: Witness = { ...byId.gazette, clauses: byId.gazette.clauses.map((c) => ({ ...c, units: ['Pre1'] })) };
    const again = buildWitnesses(input({ previous: { gazette: previous } }));
    expect(again[2].clauses.map((c) => c.units)).toEqual([['Art1'], ['Art3', 'Art4'], []]);
  });

  it('a hand-set tag equal to the proposal is the aligner\'s again', () => {
    const previous: Witness = { ...byId.gazette, clauses: byId.gazette.clauses.map((c) => ({ ...c, origin: 'hand' as const })) };
    const again = buildWitnesses(input({ previous: { gazette: previous } }));
    expect(again[2].clauses.map((c) => c.origin)).toEqual(['aligner', 'aligner', 'aligner']);
  });

  it('another witness as base: its units are named by its own blocks', () => {
    const out2 = buildWitnesses(input({}, SOURCES.replace('base: official', 'base: web')));
    // the web copy is one line per paragraph with "•" items: same blocks as the official text
    expect(out2[1].clauses.map((c) => c.units.join())).toEqual(['Pre1', 'Pre2', 'Art1', 'Art2', 'Art3', 'Art4', 'End1']);
    expect(out2[1].clauses[0].confidence).toBeNull();
    expect(out2[0].clauses.map((c) => c.units.join())).toEqual(['Pre1', 'Pre2', 'Art1', 'Art2', 'Art3', 'Art4', 'End1']);
  });
});

describe('buildWitnesses: blocks named by their opening words, page furniture dropped', () => {
  it('units.starts: the base blocks begin where the metadata says, whatever the layout', () => {
    // the second paragraph opens a block of its own; the list items stay with it
    const sources = SOURCES.replace('  prefixes: [Pre, Art, End]', '  prefixes: [Pre, Art, End]\n  starts: ["Recognising that droughts", "This Charter enters into force"]');
    const base = buildWitnesses(input({}, sources))[0];
    expect(base.clauses.map((c) => c.units[0])).toEqual(['Pre1', 'Art1', 'Art2', 'Art3', 'Art4', 'Art5', 'End1']);
  });

  it('units.starts naming no clause: an error at the line of units.starts', () => {
    const sources = SOURCES.replace('  prefixes: [Pre, Art, End]', '  prefixes: [Pre, Art, End]\n  starts: ["Recognising that droughts", "Nothing begins like this"]');
    const e = userError(() => buildWitnesses(input({}, sources)));
    expect(e.message).toContain('units.starts: no clause of the base text after the previous block begins with "Nothing begins like this"');
    expect(e.line).toBe(sources.split('\n').findIndex((l) => l.includes('starts:')) + 1);
  });

  it('extract.drop: a page footer inside a paragraph is removed and the paragraph stays whole', () => {
    const footer = '23-19876                                   2/3';
    const over = (i: IngestInput) => {
      const src = i.config.witnesses[0].meta.source;
      i.raw[src] = i.raw[src].replace('and no riparian State', `and no\n${footer}\nriparian State`);
      return i;
    };
    const withFooter = buildWitnesses(over(input()))[0];
    expect(withFooter.clauses[0].text).toContain('23-19876 2/3');
    const sources = SOURCES.replace('      end: "Done at Lakeport"', '      end: "Done at Lakeport"\n      drop: ["\\\\d{2}-\\\\d{5}\\\\s+\\\\d+/\\\\d+"]');
    const dropped = buildWitnesses(over(input({}, sources)))[0];
    expect(dropped.clauses.map((c) => c.units[0])).toEqual(buildWitnesses(input())[0].clauses.map((c) => c.units[0]));
    expect(dropped.clauses[0].text).toBe(buildWitnesses(input())[0].clauses[0].text);
  });
});

describe('buildWitnesses errors', () => {
  it('more blocks in the base than prefixes: names the metadata file and the base entry', () => {
    const sources = SOURCES.replace('prefixes: [Pre, Art, End]', 'prefixes: [Pre, Art]');
    const e = userError(() => buildWitnesses(input({}, sources)));
    expect(e.message).toContain('more blocks');
    // the extra block's first words, so the stray text can be found
    expect(e.message).toMatch(/block 3 starts with the paragraph "[^"]+"/);
    expect(e.file).toBe('corpus/sources.yaml');
    expect(e.line).toBe(sources.split('\n').findIndex((l) => l.includes('id: official')) + 1);
  });

  it('a raw source that is empty, or not loaded', () => {
    const base = input();
    const empty = userError(() => buildWitnesses({ ...base, raw: { ...base.raw, 'raw/02-web-copy.txt': ' \n\n' } }));
    expect(empty.message).toBe('raw/02-web-copy.txt: raw source is empty');
    const { ['raw/03-press.txt']: _drop, ...rest } = base.raw;
    expect(userError(() => buildWitnesses({ ...base, raw: rest })).message).toContain("raw/03-press.txt: raw source of witness 'gazette' not loaded");
  });

  it('a marker missing from a raw source names that source', () => {
    const base = input();
    const raw = { ...base.raw, 'raw/02-web-copy.txt': base.raw['raw/02-web-copy.txt'].replace('Share this page', 'Share') };
    const e = userError(() => buildWitnesses({ ...base, raw }));
    expect(e.message).toMatch(/^raw\/02-web-copy\.txt:\d+: end marker not found after the start: "Share this page"$/);
  });
});
