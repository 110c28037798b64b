/**
 * Session 21 (trials 102–107): ingest read as the scholar reads the source.
 */
import { describe, expect, it } from 'vitest';
import { buildWitnesses } from '../../src/ingest/index.js';
import { parseSources } from '../../src/ingest/config.js';
import { footnoteBlocks, footnoteMarks } from '../../src/ingest/extract.js';
import { alignerSettings, enumerators } from '../helpers/settings.js';

function ingest(source: string, file: string, extra: string[] = [], warnings: string[] = []) {
  const yaml = ['title: t', 'base: b', 'units:', '  prefixes: [P, Q, R]', 'witnesses:', '  - id: b', '    title: b', '    date: 2024', '    issuer: x', '    kind: full-text', `    source: raw/${file}`, '    segment: paragraph', ...extra].join('\n');
  const config = parseSources(yaml, 'corpus/sources.yaml');
  return buildWitnesses({ config, raw: { [`raw/${file}`]: source }, enumerators, aligner: alignerSettings, previous: {}, sourcesFile: 'corpus/sources.yaml', warnings });
}

describe('a bracketed footnote call ("confidential.[1]") with its note "[1] …" below the text (trial 102 I3)', () => {
  const draft = '1. Each Party shall preserve the data.\n\n2. Each Party may ensure that the custodian keeps the fact confidential.[1]\n\n____________\n[1] Several delegations preferred "shall".\n';
  it('the note is read as a note, its number as figures', () => {
    expect(footnoteBlocks(draft).map((b) => b.notes)).toEqual([[{ n: '1', text: 'Several delegations preferred "shall".' }]]);
  });
  it('the call is taken out of the text, with a warning naming it, also when the note stands below the extract end', () => {
    const w: string[] = [];
    const out = ingest(draft, 'd.txt', ["    extract: { end: '____________' }"], w);
    expect(out[0].clauses.map((c) => c.text)).toEqual(['Each Party shall preserve the data.', 'Each Party may ensure that the custodian keeps the fact confidential.']);
    expect(w.filter((x) => x.includes('footnote mark 1 after "confidential."'))).toHaveLength(1);
  });
  it('a call inside a line, tight after a word ("data[2] held"), goes too', () => {
    expect(footnoteMarks('States shall protect data[2] held abroad.\n', new Set(['2'])).text).toBe('States shall protect data held abroad.\n');
  });
  it('near misses: a bracketed figure with no note stays; a figure after a space stays; a bracketed word stays', () => {
    expect(footnoteMarks('confidential.[3]\n', new Set(['1'])).text).toBe('confidential.[3]\n');
    expect(footnoteMarks('as set out in paragraph [1]\n', new Set(['1'])).text).toBe('as set out in paragraph [1]\n');
    expect(footnoteMarks('States [shall][should] act.\n', new Set(['1'])).text).toBe('States [shall][should] act.\n');
  });
});

describe('a Markdown bold label that stands again ("> **Our view:** …") is no page furniture (trial 102 I2)', () => {
  const md = '# Brief\n\nEach Party shall preserve the data.\n\n> **Our view:** ninety days is far too long.\n\nEach Party shall produce the data.\n\n> **Our view:** subscriber data identify sources.\n';
  it('no furniture warning for the label', () => {
    const w: string[] = [];
    ingest(md, 'b.md', [], w);
    expect(w.filter((x) => x.includes('furniture'))).toEqual([]);
  });
  it('near miss: a plain line that stands twice in a Markdown source is still named', () => {
    const w: string[] = [];
    ingest('1. Each Party shall preserve the data.\n\nDigital Liberty Watch\n\n2. Each Party shall produce the data.\n\nDigital Liberty Watch\n\n3. Each Party shall keep records.\n', 'b.md', [], w);
    expect(w.filter((x) => x.includes('"Digital Liberty Watch" stands 2 times'))).toHaveLength(1);
  });
});
