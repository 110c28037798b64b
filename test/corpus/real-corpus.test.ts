/**
 * The real corpus end to end: a copy of corpus/ without its witness files, `variorum ingest` run
 * there by the built CLI, and the generated witnesses checked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseWitness } from '../../src/corpus/markdown.js';
import type { Witness } from '../../src/types.js';
import { changedFiles, copyCorpus, REAL_CORPUS, snapshot, type CorpusCopy } from '../helpers/corpus.js';
import { runCli, type CliResult } from '../helpers/cli.js';

const IDS = ['un-a75', 'mfa', 'embassy-text', 'embassy-speech', 'unga-statement', 'paraphrase'];
const FULL = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'E1'];
const COMMITMENTS = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8'];

let copy: CorpusCopy;
let first: CliResult;
const files: Record<string, string> = {};
const w: Record<string, Witness> = {};

beforeAll(() => {
  copy = copyCorpus(REAL_CORPUS, { withoutWitnesses: true });
  first = runCli(['ingest'], copy.root);
  for (const id of IDS) {
    const path = join(copy.dir, 'witnesses', `${id}.md`);
    files[id] = readFileSync(path, 'utf8');
    w[id] = parseWitness(files[id], path);
  }
});
afterAll(() => copy?.remove());

const find = (id: string, needle: string) => {
  const hits = w[id].clauses.filter((c) => c.text.includes(needle));
  expect(hits, `${id}: one clause containing "${needle}"`).toHaveLength(1);
  return hits[0];
};

describe('ingest of the real corpus', () => {
  it('exits 0 and writes six witness files, one per metadata entry', () => {
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout.trim().split('\n')).toEqual(IDS.map((id) => `corpus/witnesses/${id}.md: written`));
    expect(readdirSync(join(copy.dir, 'witnesses')).sort()).toEqual(IDS.map((id) => `${id}.md`).sort());
  });

  it('generates exactly the committed witness files', () => {
    for (const id of IDS) expect(files[id], id).toBe(readFileSync(join(REAL_CORPUS, 'witnesses', `${id}.md`), 'utf8'));
  });

  it('a second ingest changes no byte', () => {
    const before = snapshot(copy.dir);
    const again = runCli(['ingest'], copy.root);
    expect(again.code).toBe(0);
    expect(again.stderr).toBe('');
    expect(again.stdout.trim().split('\n')).toEqual(IDS.map((id) => `corpus/witnesses/${id}.md: unchanged`));
    expect(changedFiles(before, snapshot(copy.dir))).toEqual([]);
  });

  it('unga-statement: the merged clause, surveillance, data overseas, backdoors', () => {
    expect(w['unga-statement'].clauses).toHaveLength(4);
    const merged = find('unga-statement', 'critical infrastructure');
    expect(merged.text).toContain('personal information');
    expect(merged.units).toEqual(['C2', 'C3']);
    expect(find('unga-statement', 'surveillance').units).toEqual(['C3']);
    expect(find('unga-statement', 'store the data generated and obtained overseas').units).toEqual(['C4']);
    expect(find('unga-statement', 'backdoors').units).toEqual(['C7']);
    // the delimiter is not part of a clause
    expect(w['unga-statement'].clauses.some((c) => c.text.includes(';'))).toBe(false);
  });

  it('embassy-speech and paraphrase: C1…C8 in order, enumerators kept as markers', () => {
    const ordinals = ['First,', 'Second,', 'Third,', 'Fourth,', 'Fifth,', 'Sixth,', 'Seventh,', 'Eighth,'];
    for (const id of ['embassy-speech', 'paraphrase']) {
      expect(w[id].clauses.map((c) => c.units), id).toEqual(COMMITMENTS.map((u) => [u]));
      expect(w[id].clauses.map((c) => c.marker), id).toEqual(ordinals);
      expect(w[id].clauses.every((c) => c.origin === 'aligner' && c.confidence! > 0 && c.confidence! <= 1)).toBe(true);
    }
  });

  it('mfa and embassy-text: every paragraph tagged P1–P7, C1–C8, E1 in order', () => {
    for (const id of ['mfa', 'embassy-text']) {
      expect(w[id].clauses.map((c) => c.units), id).toEqual(FULL.map((u) => [u]));
    }
  });

  it('un-a75 (the base): its own units, starting with "The phenomenal development", no cover letter', () => {
    const base = w['un-a75'];
    expect(base.clauses.map((c) => c.units)).toEqual(FULL.map((u) => [u]));
    expect(base.clauses[0].text.startsWith('The phenomenal development')).toBe(true);
    expect(base.clauses.every((c) => c.confidence === null)).toBe(true);
    for (const letter of ['Upon instructions', 'Zhang Jun', 'Annex to the letter', '[Original: Chinese]', 'Agenda items']) {
      expect(files['un-a75']).not.toContain(letter);
    }
    expect(base.clauses[15].text.startsWith('We call upon all States to support this initiative')).toBe(true);
  });

  it('mfa has no site chrome', () => {
    for (const chrome of ['Suggest to a friend', 'Copyright', 'Chaoyangmen', 'Home > The Ministry', '2020-09-08 14:41']) {
      expect(files.mfa).not.toContain(chrome);
    }
    expect(w.mfa.clauses[0].text.startsWith('The phenomenal development')).toBe(true);
    expect(w.mfa.clauses[15].text.endsWith('We also welcome global ICT companies to support this initiative.')).toBe(true);
  });

  it('embassy-speech holds the Initiative only, not the three principles of the speech', () => {
    expect(files['embassy-speech'].toLowerCase()).not.toContain('uphold multilateralism');
    expect(files['embassy-speech']).not.toContain('The Initiative mainly includes the following');
    expect(w['embassy-speech'].clauses[0].text.startsWith('approach data security')).toBe(true);
  });

  it('the transcription is kept: accidentals of each version survive ingest', () => {
    expect(find('un-a75', 'international division of').text).toContain('labour');
    expect(find('mfa', 'international division of').text).toContain('labor');
    expect(find('unga-statement', 'critical infrastructure').text).toContain('States’ critical'); // curly apostrophe
    expect(find('paraphrase', 'sovereignty').text).toContain('each other’s');
  });
});
