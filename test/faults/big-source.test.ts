/**
 * A 5 MB raw source on one line (issue 6) works: ingest and report exit 0. Generated here into a
 * copy of the tiny corpus: the web copy becomes the base text repeated with varied words, all on a
 * single line, cut into clauses at ";" (the delimiter mode). Time is not asserted; on a CI machine
 * the two runs take about 10 s (most of it parsing, analysing and rendering a 5 MB witness, linearly).
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyCorpus, TINY_CORPUS } from '../helpers/corpus.js';
import { runCli } from '../helpers/cli.js';

const MB = 1024 * 1024;

describe('a 5 MB raw source on a single line', () => {
  const copy = copyCorpus(TINY_CORPUS, { withoutWitnesses: true });
  afterAll(() => copy.remove());

  it('ingest and report exit 0, with every clause ingested and reported', () => {
    const rawPath = join(copy.dir, 'raw', '02-web-copy.txt');
    const lines = readFileSync(rawPath, 'utf8').split('\n');
    const from = lines.findIndex((l) => l.startsWith('Last updated:'));
    const to = lines.findIndex((l) => l.startsWith('Share this page'));
    const body = lines.slice(from + 1, to).join(' ');
    expect(body).not.toContain(';');
    const words = ['rivers', 'lakes', 'States', 'Parties', 'shall', 'should', 'notify', 'warn', 'dams', 'canals', 'never', 'seldom'];
    const pieces: string[] = [];
    let size = 0;
    for (let i = 0; size < 5 * MB; i++) {
      // vary the text: swap a word of each copy, so that no two clauses are the same
      const piece = body.replace(/shared|daily|joint/g, (w, at: number) => `${words[(i + at) % words.length]}${i % 7 === 0 ? '' : `-${w}`}`);
      pieces.push(piece);
      size += piece.length + 2;
    }
    writeFileSync(rawPath, `${lines.slice(0, from + 1).join('\n')}\n${pieces.join('; ')}\nShare this page\n`);
    expect(statSync(rawPath).size).toBeGreaterThan(5 * MB);
    const sources = join(copy.dir, 'sources.yaml');
    const yaml = readFileSync(sources, 'utf8');
    writeFileSync(sources, yaml.replace(/(source: raw\/02-web-copy\.txt[\s\S]*?)segment: line/, '$1segment: {by: delimiter, delimiter: ";"}'));
    expect(readFileSync(sources, 'utf8')).toContain('segment: {by: delimiter, delimiter: ";"}');

    const ingest = runCli(['ingest'], copy.root);
    expect(ingest.stderr).toBe('');
    expect(ingest.code).toBe(0);
    const web = readFileSync(join(copy.dir, 'witnesses', 'web.md'), 'utf8');
    expect(web.match(/^## /gm)).toHaveLength(pieces.length);

    const report = runCli(['report', '--out', 'out'], copy.root);
    expect(report.stderr).toBe('');
    expect(report.code).toBe(0);
    for (const f of ['README.md', 'apparatus.md', 'variorum.json', 'variorum.tei.xml', 'divergences.csv']) {
      expect(existsSync(join(copy.root, 'out', f)), f).toBe(true);
    }
    const json = JSON.parse(readFileSync(join(copy.root, 'out', 'variorum.json'), 'utf8')) as { units: { readings: Record<string, string | null> }[] };
    const webText = json.units.map((u) => u.readings.web ?? '').join(' ');
    // every clause is read at some unit: the witness's text is all in the report
    expect(webText.length).toBeGreaterThan(5 * MB * 0.95);
  });
});
