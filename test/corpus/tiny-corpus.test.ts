/**
 * The made-up corpus (test/fixtures/tiny-corpus: a "Charter on Shared Rivers") end to end, by the
 * built CLI: nothing in the code is specific to the data-security corpus (other file names, other
 * unit prefixes, other markers, another base id).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseWitness } from '../../src/corpus/markdown.js';
import type { Witness } from '../../src/types.js';
import { changedFiles, copyCorpus, snapshot, TINY_CORPUS, type CorpusCopy } from '../helpers/corpus.js';
import { runCli, type CliResult } from '../helpers/cli.js';

const IDS = ['official', 'web', 'gazette'];
const UNITS = ['Pre1', 'Pre2', 'Art1', 'Art2', 'Art3', 'Art4', 'End1'];

let copy: CorpusCopy;
let ingest: CliResult;
const files: Record<string, string> = {};
const w: Record<string, Witness> = {};

beforeAll(() => {
  copy = copyCorpus(TINY_CORPUS);
  ingest = runCli(['ingest'], copy.root);
  for (const id of IDS) {
    const path = join(copy.dir, 'witnesses', `${id}.md`);
    if (!existsSync(path)) continue;
    files[id] = readFileSync(path, 'utf8');
    w[id] = parseWitness(files[id], path);
  }
});
afterAll(() => copy?.remove());

describe('the tiny corpus', () => {
  it('the fixture ships no generated witnesses', () => {
    expect(existsSync(join(TINY_CORPUS, 'witnesses'))).toBe(false);
  });

  it('ingest writes its three witnesses', () => {
    expect(ingest.stderr).toBe('');
    expect(ingest.code).toBe(0);
    expect(ingest.stdout.trim().split('\n')).toEqual(IDS.map((id) => `corpus/witnesses/${id}.md: written`));
  });

  it('the official text: cut by its markers, units named by the corpus prefixes, numbers kept as markers', () => {
    const base = w.official;
    expect(base.clauses.map((c) => c.units)).toEqual(UNITS.map((u) => [u]));
    expect(base.clauses.map((c) => c.marker)).toEqual([undefined, undefined, '1.', '2.', '3.', '4.', undefined]);
    expect(base.clauses[0].text).toBe(
      'The rivers that cross our borders carry water, silt, fish and trade from the glaciers to the delta, and no riparian State can keep them healthy alone.',
    );
    expect(base.clauses[4].text).toBe('No Party shall discharge untreated sewage, mine tailings or industrial effluent into a shared river or its tributaries.');
    const all = base.clauses.map((c) => c.text).join('\n');
    for (const chrome of ['SECRETARIAT', 'Circular', 'Authentic text', 'CHARTER ON SHARED RIVERS', 'Done at Lakeport', 'page 1 of 1']) {
      expect(all).not.toContain(chrome);
    }
  });

  it('the web copy (one line per paragraph): every line to its unit, its accidentals kept', () => {
    const web = w.web;
    expect(web.clauses.map((c) => c.units)).toEqual(UNITS.map((u) => [u]));
    expect(web.clauses.map((c) => c.marker)).toEqual([undefined, undefined, '•', '•', '•', '•', undefined]);
    expect(web.clauses[1].text).toMatch(/^Recognizing that droughts/); // US spelling
    expect(web.clauses[1].text).toContain('as common heritage of the peoples'); // article dropped
    expect(web.clauses[2].text).toContain('notify its neighbors');
    expect(web.clauses[5].text).toContain('by consultation and failing that, by binding arbitration'); // comma dropped
    expect(web.clauses.every((c) => c.confidence! >= 0.9)).toBe(true);
    for (const chrome of ['Home >', 'Search this site', 'Last updated', 'Share this page', '©']) expect(files.web).not.toContain(chrome);
  });

  it('the press paraphrase: introduction dropped, commitments 1, then 3+4 merged, then one with no counterpart', () => {
    const g = w.gazette;
    expect(g.clauses.map((c) => c.units)).toEqual([['Art1'], ['Art3', 'Art4'], []]);
    expect(g.clauses.map((c) => c.marker)).toEqual(['First,', 'Second,', 'Third,']);
    expect(g.clauses[0].text).toBe('any government planning a dam, weir or canal on a shared river must warn its neighbours half a year ahead.');
    expect(g.clauses[2].confidence).toBe(0);
    for (const c of g.clauses.slice(0, 2)) expect(c.confidence).toBeGreaterThan(0.2);
    for (const intro of ['LAKEPORT', 'three things', 'By our correspondent', 'Reporting by']) expect(files.gazette).not.toContain(intro);
    expect(files.gazette).toContain('\n## Art3 Art4\n');
    expect(files.gazette).toContain('\n## —\n');
  });

  it('corpus --format json lists it', () => {
    const r = runCli(['corpus', '--format', 'json'], copy.root);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout) as { base: string; witnesses: { id: string; kind: string; date: string; title: string; clauses: { text: string; units: string[]; confidence: number | null }[] }[] };
    expect(doc.base).toBe('official');
    expect(doc.witnesses.map((x) => [x.id, x.kind, x.date])).toEqual([
      ['official', 'full-text', '2023-03-14'],
      ['web', 'full-text', '2023-03-20'],
      ['gazette', 'paraphrase', '2023-03-15'],
    ]);
    expect(doc.witnesses[2].title).toBe('Valley ministers sign river pact');
    expect(doc.witnesses[2].clauses.map((c) => c.units)).toEqual([['Art1'], ['Art3', 'Art4'], []]);
    expect(doc.witnesses[0].clauses.map((c) => c.confidence)).toEqual(UNITS.map(() => null));
    expect(doc.witnesses[1].clauses.map((c) => c.text)).toEqual(w.web.clauses.map((c) => c.text));
  });

  it('corpus (text) shows the coverage of the fixture units', () => {
    const r = runCli(['corpus', '--corpus', 'corpus'], copy.root);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Charter on Shared Rivers — base: official');
    expect(lines.find((l) => l.startsWith('Art3 '))?.split(/\s+/)).toEqual(['Art3', '#5', '#5', '#2+']);
    expect(lines.find((l) => l.startsWith('Art2 '))?.split(/\s+/)).toEqual(['Art2', '#4', '#4', '—']);
    expect(r.stdout).toContain('Clauses with no counterpart: gazette');
  });

  it('a second ingest changes no byte', () => {
    const before = snapshot(copy.dir);
    const r = runCli(['ingest'], copy.root);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual(IDS.map((id) => `corpus/witnesses/${id}.md: unchanged`));
    expect(changedFiles(before, snapshot(copy.dir))).toEqual([]);
  });
});
