/**
 * A long base text on one line, with a witness that is almost a copy of it (issue 6: long input
 * works). Such a pair aligns into hundreds of thousands of word pieces; `report` used to crash with
 * a RangeError (exit 70) from the TEI renderer spreading them into Math.min/Math.max arguments, above
 * about a megabyte. Generated here into a copy of the tiny corpus; `ingest`, `report` and `corpus` exit 0.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { copyCorpus, TINY_CORPUS } from '../helpers/corpus.js';
import { runCli } from '../helpers/cli.js';

describe('a 1.25 MB base text on one line and a near copy of it', () => {
  const copy = copyCorpus(TINY_CORPUS, { withoutWitnesses: true });
  afterAll(() => copy.remove());

  it('ingest, report and corpus exit 0', () => {
    const raw = (name: string) => join(copy.dir, 'raw', name);
    const paragraphs = readFileSync(raw('01-official.txt'), 'utf8').split('\n').filter((l) => l.length > 60);
    const body = paragraphs.slice(0, 2).join(' ');
    const words = ['rivers', 'lakes', 'States', 'Parties', 'dams', 'canals'];
    const pieces: string[] = [];
    for (let i = 0, size = 0; size < 1.25 * 1024 * 1024; i++) {
      const p = body.replace(/rivers|borders|water/g, (_w, at: number) => words[(i + at) % words.length]);
      pieces.push(p);
      size += p.length + 1;
    }
    // the base: one paragraph (one unit) on one line; the web copy: the same with one word in 50 pieces changed
    writeFileSync(raw('01-official.txt'), `[Authentic text]\nCHARTER ON SHARED RIVERS\n\n${pieces.join(' ')}\n\nDone at Lakeport\n`);
    writeFileSync(raw('02-web-copy.txt'), `Last updated: 2023-03-20\n${pieces.map((p, i) => (i % 50 === 0 ? p.replace('the', 'a') : p)).join(' ')}\nShare this page\n`);
    writeFileSync(raw('03-press.txt'), `By our correspondent\nFirst, ${pieces.slice(0, 50).join(' ')}\nReporting by\n`);

    const run = (...args: string[]) => {
      const r = runCli(args, copy.root);
      expect(r.stderr, args.join(' ')).toBe('');
      expect(r.code, args.join(' ')).toBe(0);
      return r;
    };
    run('ingest');
    run('report', '--out', 'out');
    const tei = readFileSync(join(copy.root, 'out', 'variorum.tei.xml'), 'utf8');
    expect(XMLValidator.validate(tei)).toBe(true);
    const json = JSON.parse(readFileSync(join(copy.root, 'out', 'variorum.json'), 'utf8')) as { divergences: { witness: string; type: string }[] };
    // each changed word of the web copy is found (one in 50 pieces)
    expect(json.divergences.filter((v) => v.witness === 'web').length).toBeGreaterThanOrEqual(Math.floor(pieces.length / 50));
    expect(run('corpus').stdout).toMatch(/^Pre1 +#1 +#1 +#1\+?$/m);
  });
});
