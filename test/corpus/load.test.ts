import { readFileSync, rmSync, writeFileSync, copyFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCorpus, loadSources, validateCorpus } from '../../src/corpus/load.js';
import { UserError } from '../../src/errors.js';
import type { Clause, Corpus, Witness } from '../../src/types.js';
import { copyCorpus, REAL_CORPUS, type CorpusCopy } from '../helpers/corpus.js';
import { userError } from '../helpers/errors.js';


function clause(text: string, units: string[], line: number): Clause {
  return { text, units, confidence: null, alignerUnits: units, origin: 'aligner', line };
}

function w(id: string, clauses: Clause[]): Witness {
  return {
    meta: { id, title: id, date: '2023', issuer: 'x', kind: id === 'base' ? 'full-text' : 'paraphrase', source: `raw/${id}.txt` },
    clauses,
    file: `witnesses/${id}.md`,
  };
}

/** A base with P1 (one sentence) and C4 (two sentences), and one other witness with the given tags. */
function corpusWith(tags: string[][], baseClauses?: Clause[]): Corpus {
  const base = w('base', baseClauses ?? [
    clause('The rivers carry water.', ['P1'], 16),
    clause('The Parties shall establish a commission. It shall meet once a year.', ['C4'], 22),
  ]);
  const other = w('press', tags.map((t, i) => clause(`Clause ${i + 1}.`, t, 16 + 6 * i)));
  return { title: 'T', base: 'base', witnesses: [base, other] };
}

describe('validateCorpus', () => {
  it('accepts tags naming base units, merged tags, no tags', () => {
    expect(() => validateCorpus(corpusWith([['P1'], ['P1', 'C4'], []]))).not.toThrow();
  });

  it('an unknown tag is an error naming the witness file and line', () => {
    const e = userError(() => validateCorpus(corpusWith([['P1'], ['C9']])));
    expect(e.message).toBe(`witnesses/press.md:22: unit tag "C9" names no unit of the base text 'base'`);
  });

  it('a sentence tag: C4.2 is valid, C4.9 and C4.0 are not', () => {
    expect(() => validateCorpus(corpusWith([['C4.1'], ['C4.2']]))).not.toThrow();
    const e = userError(() => validateCorpus(corpusWith([['C4.9']])));
    expect(e.message).toBe('witnesses/press.md:16: unit tag "C4.9": C4 has 2 sentence(s)');
    expect(userError(() => validateCorpus(corpusWith([['C4.0']]))).message).toContain('C4 has 2 sentence(s)');
    expect(userError(() => validateCorpus(corpusWith([['P1.2']]))).message).toContain('P1 has 1 sentence(s)');
    expect(userError(() => validateCorpus(corpusWith([['C9.1']]))).message).toContain('names no unit');
  });

  it('a malformed tag that slipped through', () => {
    expect(userError(() => validateCorpus(corpusWith([['C-4']]))).message).toContain('malformed unit tag "C-4"');
  });

  it('a base clause with two tags (or none, or a sentence tag)', () => {
    for (const units of [['P1', 'P2'], [], ['P1.1']]) {
      const e = userError(() => validateCorpus(corpusWith([['P1']], [clause('The rivers.', units, 16)])));
      expect(e.message).toBe('witnesses/base.md:16: each clause of the base text must carry exactly one unit id (such as P1 or C4)');
    }
  });

  it('a duplicate base unit', () => {
    const e = userError(() => validateCorpus(corpusWith([['P1']], [clause('One.', ['P1'], 16), clause('Two.', ['P1'], 22)])));
    expect(e.message).toBe('witnesses/base.md:22: duplicate unit tag "P1" in the base text');
  });

  it('an unknown base', () => {
    const e = userError(() => validateCorpus(corpusWith([['P1']]), 'nope'));
    expect(e.message).toBe("unknown base witness 'nope' (witnesses: base, press)");
  });

  it('another witness as base: tags are checked against it', () => {
    // with 'press' as base, its clauses are the units and 'base' must name them: it does not
    const c = corpusWith([['P1']]);
    expect(userError(() => validateCorpus(c, 'press')).message).toContain("names no unit of the base text 'press'");
  });
});

describe('loadCorpus (the committed real corpus, copied)', () => {
  let copy: CorpusCopy;
  beforeEach(() => {
    copy = copyCorpus(REAL_CORPUS);
  });
  afterEach(() => copy.remove());

  it('loads six witnesses with their clauses and lines', () => {
    const corpus = loadCorpus(copy.dir);
    expect(corpus.base).toBe('un-a75');
    expect(corpus.title).toBe('Global Initiative on Data Security');
    expect(corpus.witnesses.map((x) => x.meta.id)).toEqual(['un-a75', 'mfa', 'embassy-text', 'embassy-speech', 'unga-statement', 'paraphrase']);
    const press = corpus.witnesses[5];
    expect(press.file).toBe(join(copy.dir, 'witnesses', 'paraphrase.md'));
    const lines = readFileSync(press.file, 'utf8').split('\n');
    for (const c of press.clauses) expect(lines[c.line - 1]).toContain(c.text.slice(0, 30));
  });

  it('an unknown tag in a witness file: error naming the file and the line of that clause', () => {
    const path = join(copy.dir, 'witnesses', 'paraphrase.md');
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.replace('\n## C4\n', '\n## C9\n'));
    const e = userError(() => loadCorpus(copy.dir));
    const lines = text.split('\n');
    const heading = lines.indexOf('## C4') + 1;
    const textLine = lines.findIndex((l) => l.startsWith('all countries should require their companies')) + 1;
    expect(e.file).toBe(path);
    expect([heading, textLine]).toContain(e.line);
    expect(e.message).toBe(`${path}:${e.line}: unit tag "C9" names no unit of the base text 'un-a75'`);
  });

  it('a sentence tag in a witness file: C4.2 valid, C4.9 not', () => {
    const path = join(copy.dir, 'witnesses', 'paraphrase.md');
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.replace('\n## C4\n', '\n## C4.2\n'));
    expect(loadCorpus(copy.dir).witnesses[5].clauses[3].units).toEqual(['C4.2']);
    writeFileSync(path, text.replace('\n## C4\n', '\n## C4.9\n'));
    expect(userError(() => loadCorpus(copy.dir)).message).toContain('unit tag "C4.9": C4 has 2 sentence(s)');
  });

  it('a witness file missing', () => {
    const path = join(copy.dir, 'witnesses', 'mfa.md');
    rmSync(path);
    const e = userError(() => loadCorpus(copy.dir));
    expect(e.message).toBe(`${path}: witness file missing for 'mfa' (run \`variorum ingest\`)`);
  });

  it('an extra witness file not in the metadata', () => {
    copyFileSync(join(copy.dir, 'witnesses', 'mfa.md'), join(copy.dir, 'witnesses', 'zz-extra.md'));
    const e = userError(() => loadCorpus(copy.dir));
    expect(e.message).toBe(`${join(copy.dir, 'witnesses', 'zz-extra.md')}: witness 'zz-extra' is not listed in the corpus metadata`);
  });

  it('a witness file whose front matter names another witness', () => {
    const path = join(copy.dir, 'witnesses', 'mfa.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('id: mfa\n', 'id: embassy-text\n'));
    expect(userError(() => loadCorpus(copy.dir)).message).toBe(`${path}:2: front matter id 'embassy-text' does not match the file name (expected 'mfa')`);
  });

  it('sources.json is found when there is no sources.yaml', () => {
    const yaml = join(copy.dir, 'sources.yaml');
    renameSync(yaml, join(copy.dir, 'sources.json'));
    // YAML is not JSON, but the JSON file is read with the YAML parser: same config
    expect(loadSources(copy.dir).file).toBe(join(copy.dir, 'sources.json'));
    expect(loadCorpus(copy.dir).witnesses).toHaveLength(6);
  });

  it('no metadata, no directory', () => {
    rmSync(join(copy.dir, 'sources.yaml'));
    expect(userError(() => loadCorpus(copy.dir)).message).toContain('no corpus metadata (expected sources.yaml or sources.yml or sources.json)');
    expect(userError(() => loadCorpus(join(copy.root, 'nowhere'))).message).toContain('corpus directory not found');
  });
});
