/**
 * Session 19 (trial 95 ingest #1): the items of an HTML list are list items, as a text source's are.
 */
import { describe, expect, it } from 'vitest';
import { buildWitnesses } from '../../src/ingest/index.js';
import { parseSources } from '../../src/ingest/config.js';
import { loadHtmlReader } from '../../src/ingest/html.js';
import { alignerSettings, enumerators } from '../helpers/settings.js';

const html = await loadHtmlReader();

/** Ingest one base witness from an HTML page; its clauses as [unit, marker, text]. */
function ingest(source: string) {
  const yaml = ['title: t', 'base: b', 'units:', '  prefixes: [P, C, E]', 'witnesses:', '  - id: b', '    title: b', '    date: 2024', '    issuer: x', '    kind: full-text', '    source: raw/p.html', '    segment: paragraph'].join('\n');
  const config = parseSources(yaml, 'corpus/sources.yaml');
  return buildWitnesses({ config, raw: { 'raw/p.html': source }, enumerators, aligner: alignerSettings, previous: {}, sourcesFile: 'corpus/sources.yaml', warnings: [], html })[0].clauses.map((c) => [c.units.join(' '), c.marker ?? null, c.text]);
}

const page = (list: string) => `<html><body><p>The Members recognise that data matters.</p><p>They adopt these principles.</p>${list}<p>The Secretariat shall review them.</p></body></html>`;

describe('an HTML list is a block of list items (trial 95 ingest #1)', () => {
  it('<ol> items after a preamble: P1–P2, C1–C2, E1, each item numbered', () => {
    expect(ingest(page('<ol><li>Members should allow transfers.</li><li>Members shall protect data.</li></ol>'))).toEqual([
      ['P1', null, 'The Members recognise that data matters.'],
      ['P2', null, 'They adopt these principles.'],
      ['C1', '1.', 'Members should allow transfers.'],
      ['C2', '2.', 'Members shall protect data.'],
      ['E1', null, 'The Secretariat shall review them.'],
    ]);
  });
  it('other markups: an <ol start="5">, an item holding a paragraph, a <ul>', () => {
    expect(ingest(page('<ol start="5"><li><p>Members should allow transfers.</p></li><li>Members shall protect data.</li></ol>')).map((c) => [c[0], c[1]])).toEqual([
      ['P1', null], ['P2', null], ['C1', '5.'], ['C2', '6.'], ['E1', null],
    ]);
    expect(ingest(page('<ul><li>Members should allow transfers.</li><li>Members shall protect data.</li></ul>')).map((c) => [c[0], c[2]])).toEqual([
      ['P1', 'The Members recognise that data matters.'], ['P2', 'They adopt these principles.'], ['C1', 'Members should allow transfers.'], ['C2', 'Members shall protect data.'], ['E1', 'The Secretariat shall review them.'],
    ]);
  });
  it('near miss: an item that writes its own mark keeps it alone ("<li>(c) supporting …</li>")', () => {
    expect(ingest(page('<ul><li>(c) supporting the work of the OECD.</li></ul>'))[2]).toEqual(['C1', '(c)', 'supporting the work of the OECD.']);
  });
  it('near miss: paragraphs only stay one block', () => {
    expect(ingest(page('<p>Members should allow transfers.</p>')).map((c) => c[0])).toEqual(['P1', 'P2', 'P3', 'P4']);
  });
});
