/**
 * Session 21 (trials 102–107): ingest read as the scholar reads the source.
 */
import { describe, expect, it } from 'vitest';
import { buildWitnesses } from '../../src/ingest/index.js';
import { parseSources } from '../../src/ingest/config.js';
import { footnoteBlocks, footnoteMarks } from '../../src/ingest/extract.js';
import { segment } from '../../src/ingest/segment.js';
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

describe('a lone "Finally," opening a paragraph is the sentence\'s own adverb, not a list item (trial 104 ingest 1)', () => {
  const cut = (region: string, by: 'paragraph' | 'enumeration' = 'paragraph') => segment(region, { by }, enumerators).map((c) => [c.marker ?? null, c.text]);
  it('"Finally, we call for …" closing a speech stays text, in the block of the paragraphs before it', () => {
    expect(cut('We stand here today.\n\nFinally, we call for a mechanism. Thank you.')).toEqual([
      [null, 'We stand here today.'],
      [null, 'Finally, we call for a mechanism. Thank you.'],
    ]);
    const out = ingest('We stand here today.\n\nStates should act.\n\nFinally, we call for a mechanism. Thank you.\n', 's.txt');
    expect(out[0].clauses.map((c) => c.units[0])).toEqual(['P1', 'P2', 'P3']);
  });
  it('near misses: two paragraphs opening with ordinals are items; enumeration mode cuts a lone ordinal in running text all the same', () => {
    expect(cut('First, protect the rivers.\n\nFinally, report every year.').map((r) => r[0])).toEqual(['First,', 'Finally,']);
    expect(cut('We agreed as follows. First, protect the rivers.', 'enumeration').map((r) => r[0])).toEqual(['First,']);
  });
});

describe('news datelines with a place of two short words or a country in title case (trials 103, 106)', () => {
  const cut = (region: string) => segment(region, { by: 'paragraph' }, enumerators).map((c) => [c.marker ?? null, c.text]);
  it('"SAN FRANCISCO —", "BREVANNES, France, March 14 (Meridian Wire) -", "GENEVA, Switzerland (AP) —"', () => {
    expect(cut('SAN FRANCISCO — Lumora changed its policy.')[0]).toEqual(['SAN FRANCISCO —', 'Lumora changed its policy.']);
    expect(cut('BREVANNES, France, March 14 (Meridian Wire) - Forty-two states adopted a declaration.')[0]).toEqual(['BREVANNES, France, March 14 (Meridian Wire) -', 'Forty-two states adopted a declaration.']);
    expect(cut('GENEVA, Switzerland (AP) — States met again.')[0]).toEqual(['GENEVA, Switzerland (AP) —', 'States met again.']);
  });
  it('near misses: one short capital word alone; a capital word then a title-case word that is no country before a dash', () => {
    expect(cut('EU — the Union — acts.')[0][0]).toBe(null);
    expect(cut('ACME Corp - the company said it would comply.')[0][0]).toBe(null);
  });
});
