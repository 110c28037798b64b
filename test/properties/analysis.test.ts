/**
 * Properties of the analysis on arbitrary Unicode (issue 6), in process, with fast-check (fixed
 * seeds, bounded runs): random texts (empty strings, RTL text, emoji, combining marks, Markdown and
 * markup, odd white space, control characters)
 * - never crash `analyseReadings`; a text read against itself has no divergence;
 * - are accounted for exactly once by the alignment: the base sides of the segments, concatenated,
 *   are the base reading and the reading sides the witness reading (white space aside), and the
 *   token alignment's spans cover every base and reading token once, in order (real tokeniser);
 * - in small in-memory corpora (built by ingest from random raw sources, tags set by hand at
 *   random), never crash `analyse` nor any renderer; every Markdown table keeps its column count,
 *   the TEI is well-formed with each witness once per app, the CSV parses back, the JSON validates.
 * test/report/property.test.ts does the renderers on synthetic reports; here they get real ones.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignTokens } from '../../src/align/tokens.js';
import { analyse, analyseReadings, loadLexicons } from '../../src/analyse/index.js';
import { validateCorpus } from '../../src/corpus/load.js';
import { UserError } from '../../src/errors.js';
import type { SegmentMode, SourcesConfig } from '../../src/ingest/config.js';
import { buildWitnesses } from '../../src/ingest/index.js';
import { tokenise } from '../../src/nlp/index.js';
import { renderCsv, renderDiff, renderJson, renderMarkdown, renderTei } from '../../src/report/index.js';
import type { Corpus, Report } from '../../src/types.js';
import { alignerSettings, enumerators } from '../helpers/settings.js';
import { allNodes, checkTableShapes, checkTei, parseCsv, parseMarkdown } from '../report/helpers.js';

const lexicons = loadLexicons();

const NASTY = [
  '', ' ', 'שלום עולם', 'مرحبا بالعالم', '🙂👍🏽', '👨‍👩‍👧', 'e\u0301', '\u0301x', 'İstanbul ıi', 'ß', 'ﬁ', '中文。',
  'States shall protect data', 'States should not', 'must', 'may never', 'all', 'other States', '.', ',', ';', '|', '\u200b',
  '\u00a0', '\u2028', '\ufeff', '1.', '(a)', '- ', '“q”', "don't", '—', '\t', '\n', '#', '<!-- x -->', '<script>', '&amp;', '\\',
  '`', '*', '_', '[', ']', '~', '=1+1', '@x', '+x', '-x', '\u0000', '\u001b[31m', '\ud800', 'x\u0301\u0301\u0301',
];
const nasty = fc.constantFrom(...NASTY);
const text = fc.oneof(
  fc.array(fc.oneof({ weight: 3, arbitrary: nasty }, fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 12 }).map((a) => a.join(' ')),
  fc.string({ unit: 'grapheme', maxLength: 24 }),
  fc.string({ unit: 'binary', maxLength: 16 }),
);
/** A reading derived from a base: some words kept, dropped, replaced or added (so alignments are partial). */
const pair = fc.oneof(
  fc.tuple(text, text),
  fc.tuple(text, fc.array(fc.oneof(fc.constant<null>(null), nasty), { maxLength: 12 })).map(([b, ops]): [string, string] => {
    const words = b.split(' ');
    return [b, words.flatMap((w, i) => (ops[i] === undefined ? [w] : ops[i] === null ? [] : [ops[i] as string, w])).join(' ')];
  }),
);

// (white space and the characters the tokeniser reads as none: soft hyphen, zero-width space, word
// joiner, byte-order mark, which stand between tokens as their spacing)
const bare = (s: string) => s.replace(/[\s\u00AD\u200B\u2060\uFEFF]+/gu, '');

describe('analyseReadings on random Unicode', () => {
  it('a text read against itself: no divergence, every segment equal, every token identical', () => {
    fc.assert(
      fc.property(text, (x) => {
        const r = analyseReadings(x, x, { lexicons });
        expect(r.variants).toEqual([]);
        expect(r.segments.every((s) => s.op === 'equal')).toBe(true);
        expect(r.identicalTokens).toBe(r.baseTokens);
      }),
      { seed: 7001, numRuns: 150 },
    );
  });

  it('never crashes; the segments give back both texts, and the variants stay inside them', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const r = analyseReadings(a, b, { lexicons });
        expect(bare(r.segments.map((s) => s.base).join(''))).toBe(bare(textOfTokens(a)));
        expect(bare(r.segments.map((s) => s.reading).join(''))).toBe(bare(textOfTokens(b)));
        for (const s of r.segments) {
          if (s.op === 'insert') expect(s.base).toBe('');
          if (s.op === 'delete') expect(s.reading).toBe('');
          if (s.op !== 'insert') expect(s.base).not.toBe('');
          if (s.op !== 'delete') expect(s.reading).not.toBe('');
        }
        const nb = r.baseTokens;
        const nr = tokenise(b).length;
        for (const v of r.variants) {
          if (v.baseSpan) expect(0 <= v.baseSpan[0] && v.baseSpan[0] <= v.baseSpan[1] && v.baseSpan[1] <= nb, JSON.stringify(v)).toBe(true);
          if (v.readingSpan) expect(0 <= v.readingSpan[0] && v.readingSpan[0] <= v.readingSpan[1] && v.readingSpan[1] <= nr, JSON.stringify(v)).toBe(true);
          expect(v.base !== '' || v.reading !== '' || v.type === 'merge' || v.type === 'absent').toBe(true);
        }
        expect(r.identicalTokens).toBeLessThanOrEqual(nb);
      }),
      { seed: 7002, numRuns: 200 },
    );
  });

  it('alignTokens on real tokens: spans cover every base and reading token once, in order', () => {
    fc.assert(
      fc.property(pair, fc.boolean(), ([a, b], small) => {
        const bt = tokenise(a);
        const rt = tokenise(b);
        const ops = alignTokens(bt, rt, small ? { maxEdit: 2 } : {});
        let bi = 0;
        let ri = 0;
        for (const op of ops) {
          expect(op.baseSpan[0]).toBe(bi);
          expect(op.readingSpan[0]).toBe(ri);
          expect(op.baseSpan[1] - op.baseSpan[0] + op.readingSpan[1] - op.readingSpan[0]).toBeGreaterThan(0);
          if (op.op === 'equal') {
            expect(op.baseSpan[1] - op.baseSpan[0]).toBe(op.readingSpan[1] - op.readingSpan[0]);
            for (let k = 0; k < op.baseSpan[1] - op.baseSpan[0]; k++) expect(bt[bi + k].n).toBe(rt[ri + k].n);
          }
          bi = op.baseSpan[1];
          ri = op.readingSpan[1];
        }
        expect([bi, ri]).toEqual([bt.length, rt.length]);
      }),
      { seed: 7003, numRuns: 200 },
    );
  });
});

/** The text the tokeniser keeps of a string (what segments can give back): its tokens' original forms. */
function textOfTokens(s: string): string {
  return tokenise(s).map((t) => t.t).join('');
}

// ---------------------------------------------------------------------------------------------

const schema = JSON.parse(readFileSync(new URL('../../src/report/report.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv2020({ strict: true }).compile(schema);

const mode = fc.constantFrom<SegmentMode>({ by: 'paragraph' }, { by: 'line' }, { by: 'delimiter', delimiter: ';' });
/** Raw sources: random text, or a base-like text with random words mixed in (so that units align). */
const rawText = fc
  .oneof(
    text,
    fc.array(fc.oneof(nasty, fc.constantFrom('States shall protect data.', 'States should not store data abroad;', 'Companies may never\n\nrequire access.')), { minLength: 1, maxLength: 8 }).map((a) => a.join(' ')),
  )
  .map((s) => s.replace(/\0/g, '').replace(/\r\n?/g, '\n'));

type CorpusSpec = { config: SourcesConfig; raw: Record<string, string>; picks: number[]; copyBase: boolean; base: number };

/** An in-memory corpus: ingest on random raw sources, then some tags set at random "by hand". */
const corpusArb = fc
  .record({
    sources: fc.array(fc.tuple(rawText, mode), { minLength: 2, maxLength: 3 }),
    picks: fc.array(fc.nat(), { minLength: 1, maxLength: 12 }),
    copyBase: fc.boolean(),
    base: fc.nat(),
  })
  .map(({ sources, picks, copyBase, base }): CorpusSpec => {
    const config: SourcesConfig = {
      title: 'Charter | <b>*T*</b>',
      base: 'w0',
      prefixes: ['P', 'C', 'E'],
      witnesses: sources.map(([, segment], i) => ({
        meta: { id: `w${i}`, title: `W${i} ${NASTY[i * 7]}`, date: '2020', issuer: 'I', kind: 'full-text', source: `raw/${i}.txt` },
        extract: { start: [], end: [] },
        segment,
        line: i + 1,
      })),
    };
    // one witness may be a copy of the base: it must then read identically
    const raw = Object.fromEntries(sources.map(([t], i) => [`raw/${i}.txt`, copyBase && i === 1 ? sources[0][0] : t]));
    if (copyBase) config.witnesses[1].segment = config.witnesses[0].segment;
    return { config, raw, picks, copyBase, base };
  });

function buildCorpus(spec: CorpusSpec): Corpus | undefined {
  let witnesses;
  try {
    witnesses = buildWitnesses({ config: spec.config, raw: spec.raw, enumerators, aligner: alignerSettings, previous: {}, sourcesFile: 'sources.yaml' });
  } catch (e) {
    if (e instanceof UserError) return undefined;
    throw e;
  }
  const units = witnesses[0].clauses.map((c) => c.units[0]);
  if (spec.copyBase) {
    // the copy carries the base's own tags (the aligner may leave a clause with no content word untagged)
    expect(witnesses[1].clauses.map((c) => c.text)).toEqual(witnesses[0].clauses.map((c) => c.text));
    witnesses[1].clauses.forEach((c, i) => (c.units = [...witnesses[0].clauses[i].units]));
  }
  let k = 0;
  for (const w of witnesses.slice(spec.copyBase ? 2 : 1)) {
    for (const c of w.clauses) {
      const p = spec.picks[k++ % spec.picks.length];
      if (p % 3 === 0) c.units = [units[p % units.length]];
      else if (p % 5 === 1) c.units = units.slice(p % units.length, (p % units.length) + 2);
      else if (p % 7 === 2) c.units = [];
      else if (p % 11 === 3) c.units = [`${units[p % units.length]}.1`];
    }
  }
  const corpus: Corpus = { title: spec.config.title, base: 'w0', witnesses };
  try {
    validateCorpus(corpus);
  } catch (e) {
    if (e instanceof UserError) return undefined;
    throw e;
  }
  return corpus;
}

/** Every renderer on a report: never throws, and each output keeps its structure. */
function checkRenderers(r: Report): void {
  for (const [path, md] of Object.entries(renderMarkdown(r))) {
    const { bad } = checkTableShapes(md);
    expect(bad, path).toEqual([]);
    expect(allNodes(parseMarkdown(md)).filter((n) => n.type === 'html'), path).toEqual([]);
  }
  checkTei(r, renderTei(r));
  const rows = parseCsv(renderCsv(r));
  expect(rows).toHaveLength(r.divergences.length + 1);
  for (const row of rows) expect(row).toHaveLength(9);
  expect(validate(JSON.parse(renderJson(r))), JSON.stringify(validate.errors)).toBe(true);
  expect(renderDiff(r, { color: false })).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
}

describe('analyse and the renderers on random in-memory corpora', () => {
  it('never crash; tables, TEI, CSV and JSON keep their structure; a copy of the base reads identically', () => {
    let analysed = 0;
    fc.assert(
      fc.property(corpusArb, (spec) => {
        const corpus = buildCorpus(spec);
        if (!corpus) return;
        analysed++;
        const r = analyse(corpus, { lexicons });
        expect(r.units.map((u) => u.id)).toEqual(corpus.witnesses[0].clauses.map((c) => c.units[0]));
        if (spec.copyBase) {
          expect(r.divergences.filter((v) => v.witness === 'w1')).toEqual([]);
          for (const u of r.units) expect(u.status.w1).toBe('identical');
        }
        checkRenderers(r);
        // another witness as the base: analysed without a crash too (tags are read against it)
        const other = corpus.witnesses[1 + (spec.base % (corpus.witnesses.length - 1))].meta.id;
        try {
          checkRenderers(analyse(corpus, { lexicons, base: other }));
        } catch (e) {
          if (!(e instanceof UserError)) throw e;
        }
      }),
      { seed: 7004, numRuns: 60 },
    );
    expect(analysed).toBeGreaterThan(30);
  });
});
