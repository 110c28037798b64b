/**
 * Session 13 ingest fixes, from trials 58, 59 and 61: a page break before a numbered paragraph,
 * Markdown headings with a verb, a start marker that cuts a line, warnings before a fatal error,
 * a start marker that matches a table of contents.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { buildWitnesses } from '../../src/ingest/index.js';
import { parseSources } from '../../src/ingest/config.js';
import { dropLines } from '../../src/ingest/extract.js';
import { itemMarkLine } from '../../src/ingest/segment.js';
import { alignerSettings, enumerators } from '../helpers/settings.js';

/** Ingest in memory: a base `b` and witnesses given by id → [source file name, text, extra YAML lines]. */
function ingest(prefixes: string, sources: Record<string, [string, string, string?]>, warnings?: string[], units = '') {
  const yaml = [
    'title: t',
    'base: b',
    'units:',
    `  prefixes: [${prefixes}]`,
    ...(units ? [units] : []),
    'witnesses:',
    ...Object.entries(sources).flatMap(([id, [file, , extra]]) => [
      `  - id: ${id}`,
      `    title: ${id}`,
      '    date: 2024',
      '    issuer: x',
      `    kind: ${id === 'b' ? 'full-text' : 'restatement'}`,
      `    source: raw/${file}`,
      ...(extra ? extra.split('\n').map((l) => `    ${l}`) : []),
      '    segment: paragraph',
    ]),
  ].join('\n');
  const config = parseSources(yaml, 'corpus/sources.yaml');
  const raw = Object.fromEntries(Object.values(sources).map(([file, text]) => [`raw/${file}`, text]));
  return buildWitnesses({ config, raw, enumerators, aligner: alignerSettings, previous: {}, sourcesFile: 'corpus/sources.yaml', warnings });
}

const FOOTER = [/^GE\.24-1\(E\)$/, /^A\/HRC\/57\/L\.1$/];

describe('a page break before a numbered paragraph is no sentence cut by the page (trial 61 #1)', () => {
  const items = itemMarkLine(enumerators);

  it('the case: a preambular paragraph ending with "," and "1.<TAB>Requests …" on the next page stay two paragraphs', () => {
    const t = 'Noting with concern that surveillance may violate the right to privacy,\n\nGE.24-1(E)\n\nA/HRC/57/L.1\n\n1.\tRequests the High Commissioner to prepare a report;';
    expect(dropLines(t, FOOTER, 12, items)).toBe('Noting with concern that surveillance may violate the right to privacy,\n\n1.\tRequests the High Commissioner to prepare a report;');
  });

  it('other wordings: a lettered subparagraph "(b)", and a preambular paragraph opened by a participle after ","', () => {
    const t = 'To respect the right to privacy, including in the context of digital communication,\n\nGE.24-1(E)\n\n(b)\tTo review their legislation;';
    expect(dropLines(t, FOOTER, 12, items)).toBe('To respect the right to privacy, including in the context of digital communication,\n\n(b)\tTo review their legislation;');
    const u = 'Recalling its resolution 54/21 on the right to privacy in the digital age,\n\nGE.24-1(E)\n\nNoting with concern that surveillance may violate the right to privacy,';
    expect(dropLines(u, FOOTER, 12, items)).toBe('Recalling its resolution 54/21 on the right to privacy in the digital age,\n\nNoting with concern that surveillance may violate the right to privacy,');
  });

  it('near misses: a sentence cut mid-way is still joined (lower case, or a name after a comma, or a participle after no comma)', () => {
    const t = 'Urges States to take measures to put an end to\n\nGE.24-1(E)\n\nviolations of that right;';
    expect(dropLines(t, FOOTER, 12, items)).toBe('Urges States to take measures to put an end to\nviolations of that right;');
    const u = 'In accordance with article 5 of the Convention and the decisions of the Conference,\n\nGE.24-1(E)\n\nMember States shall report every year.';
    expect(dropLines(u, FOOTER, 12, items)).toBe('In accordance with article 5 of the Convention and the decisions of the Conference,\nMember States shall report every year.');
    const v = 'The review shall take into account the views of the States concerned and\n\nGE.24-1(E)\n\nHaving regard to the circumstances, the Council decides.';
    expect(dropLines(v, FOOTER, 12, items)).toBe('The review shall take into account the views of the States concerned and\nHaving regard to the circumstances, the Council decides.');
  });

  it('at ingest: the numbered paragraph after the footer is its own unit with its marker, and the witness quoting it is tagged with it', () => {
    const base = 'The Council,\n\nRecalling its resolution 54/21 on the right to privacy in the digital age,\n\nNoting with concern that surveillance of communications may violate the right to privacy,\n\nGE.24-1(E)\n\nA/HRC/57/L.1\n\n1.\tRequests the High Commissioner to prepare a report on privacy and to present it at the fifty-seventh session;\n\n2.\tDecides to remain seized of the matter.\n';
    const eop = 'Mr. President,\n\nThe Council requests the High Commissioner to prepare a report on privacy.\n\nThank you.\n';
    const out = ingest('P, C', {
      b: ['base.txt', base, `extract:\n  start: ["The Council,"]\n  drop: ['GE\\.24-1\\(E\\)', 'A/HRC/57/L\\.1']`],
      eop: ['eop.txt', eop, 'extract:\n  start: ["Mr. President,"]\n  end: "Thank you."'],
    });
    expect(out[0].clauses.map((c) => [c.units.join(' '), c.marker ?? '', c.text.slice(0, 20)])).toEqual([
      ['P1', '', 'Recalling its resolu'],
      ['P2', '', 'Noting with concern '],
      ['C1', '1.', 'Requests the High Co'],
      ['C2', '2.', 'Decides to remain se'],
    ]);
    expect(out[1].clauses.map((c) => c.units)).toEqual([['C1']]);
  });
});

describe('a Markdown heading is a heading whatever its words (trial 58 #9)', () => {
  const BASE = 'Member States shall freeze the funds of listed persons.\n\nThe Council shall review the list every year.\n';

  it('the case: "## Who is sanctioned" (a verb) heads the paragraph below it, as "## Review" does', () => {
    const out = ingest('U', { b: ['b.txt', BASE], w: ['w.md', '## Who is sanctioned\n\nMember States must freeze the funds of listed persons.\n\n## Review\n\nThe Council reviews the list every year.\n'] });
    expect(out[1].clauses.map((c) => [c.units.join(' '), c.marker, c.text])).toEqual([
      ['U1', 'Who is sanctioned', 'Member States must freeze the funds of listed persons.'],
      ['U2', 'Review', 'The Council reviews the list every year.'],
    ]);
  });

  it('other wordings: a question ("### Who can be sanctioned?"), a modal ("## What must States do")', () => {
    const out = ingest('U', { b: ['b.txt', BASE], w: ['w.md', '### Who can be sanctioned?\n\nMember States must freeze the funds of listed persons.\n\n## What must the Council do\n\nThe Council reviews the list every year.\n'] });
    expect(out[1].clauses.map((c) => c.marker)).toEqual(['Who can be sanctioned?', 'What must the Council do']);
    expect(out[1].clauses.map((c) => c.units)).toEqual([['U1'], ['U2']]);
  });

  it('near misses: an unmarked short line with a verb stays a clause; a hash line that ends a sentence too; an end marker on a heading leaves no hashes behind', () => {
    const plain = ingest('U', { b: ['b.txt', BASE], w: ['w.txt', 'Who is sanctioned\n\nMember States must freeze the funds of listed persons.\n'] });
    expect(plain[1].clauses.map((c) => c.text)).toEqual(['Who is sanctioned', 'Member States must freeze the funds of listed persons.']);
    const sentence = ingest('U', { b: ['b.txt', BASE], w: ['w.md', '## Member States must freeze the funds.\n\nThe Council reviews the list every year.\n'] });
    expect(sentence[1].clauses.map((c) => c.text)).toEqual(['## Member States must freeze the funds.', 'The Council reviews the list every year.']);
    const warnings: string[] = [];
    const ended = ingest('U', { b: ['b.txt', BASE], w: ['w.md', '## Who is sanctioned\n\nMember States must freeze the funds of listed persons.\n\n## Our take\n\nA good rule.\n', 'extract:\n  end: "Our take"'] }, warnings);
    expect(ended[1].clauses.map((c) => c.text)).toEqual(['Member States must freeze the funds of listed persons.']);
    expect(warnings).toEqual([]);
  });
});

describe('ingest messages (trials 58, 59, 61)', () => {
  const BASE = 'Member States shall freeze the funds of listed persons.\n\nThe Council shall review the list every year.\n';

  it('a start marker that cuts a line part-way warns, naming the fragment left (trial 58 note)', () => {
    const warnings: string[] = [];
    ingest('U', { b: ['b.txt', BASE], w: ['w.txt', 'M1 Amended by: Council Decision 2020/651 of 14 May 2020\n\nMember States must freeze the funds of listed persons.\n', 'extract:\n  start: ["Amended by"]'] }, warnings);
    expect(warnings).toEqual([`raw/w.txt:1: witness 'w' begins part-way through a line (": Council Decision 2020/651 of 14…") where extract.start "Amended by" cuts it: should the marker take in the whole line?`]);
    // another wording: a title cut after its first words
    const w2: string[] = [];
    ingest('U', { b: ['b.txt', BASE], w: ['w.txt', 'Council Adopts Sanctions Framework, Including on Listing\n\nMember States must freeze the funds of listed persons.\n', 'extract:\n  start: ["Council Adopts Sanctions Framework"]'] }, w2);
    expect(w2).toHaveLength(1);
    expect(w2[0]).toContain('(", Including on Listing")');
  });

  it('near misses: a marker that ends its line, or ends a sentence, says nothing', () => {
    const warnings: string[] = [];
    ingest('U', { b: ['b.txt', BASE], w: ['w.txt', 'Mr. President,\n\nMember States must freeze the funds of listed persons.\n', 'extract:\n  start: ["Mr. President,"]'] }, warnings);
    ingest('U', { b: ['b.txt', BASE], w: ['w.txt', 'Here is our summary. Member States must freeze the funds of listed persons.\n', 'extract:\n  start: ["Here is our summary."]'] }, warnings);
    expect(warnings).toEqual([]);
  });

  it('a start marker found in a table of contents: the text starts where it stands again, with a warning (trial 59; session 18: no longer an empty region)', () => {
    const page = 'Contents\n\n3. Objectives\n4. Delivery\n\n3. Objectives\n\nMember States must freeze the funds of listed persons.\n\n4. Delivery\n\nThe end.\n';
    const warnings: string[] = [];
    const out = ingest('U', { b: ['b.txt', BASE], w: ['w.txt', page, 'extract:\n  start: ["3. Objectives"]\n  end: "4. Delivery"'] }, warnings);
    expect(out[1].clauses.map((c) => c.text)).toEqual(['Member States must freeze the funds of listed persons.']);
    expect(warnings).toEqual([`raw/w.txt:3: extract.start "3. Objectives" is found at line 3, in what reads as a table of contents (1 of the short lines after it stand again below as headings), and again at line 6 in witness 'w': the text is taken from line 6`]);
  });

  it('near miss: an empty region whose start marker stands nowhere else keeps the plain message', () => {
    let message = '';
    try {
      ingest('U', { b: ['b.txt', BASE], w: ['w.txt', 'Intro\n\nStart here\nEnd here\n\nMember States must freeze the funds.\n', 'extract:\n  start: ["Start here"]\n  end: "End here"'] });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toBe('raw/w.txt:3: the extracted region is empty (check the start/end markers)');
  });
});

describe('warnings are printed before a fatal error they may explain (trial 61)', () => {
  /** A corpus whose base ends at a page footer (the end marker) in mid-sentence; `starts` names a later paragraph. */
  function run(starts: string) {
    const root = mkdtempSync(join(tmpdir(), 'variorum-fix13-'));
    try {
      mkdirSync(join(root, 'raw'));
      writeFileSync(join(root, 'raw', 'b.txt'), 'The Council,\n\n1. Urges States to protect the right to privacy and to take measures to put an end to\n\nGE.24-1(E)\n\nviolations of that right;\n\n2. Decides to remain seized of the matter.\n\nGE.24-1(E)\n');
      writeFileSync(join(root, 'raw', 'w.txt'), 'States must protect the right to privacy.\n');
      writeFileSync(join(root, 'sources.yaml'), [
        'title: t', 'base: b', 'units:', '  prefixes: [C, E]', `  starts: ${starts}`, 'witnesses:',
        '  - { id: b, title: b, date: 2024, issuer: x, kind: full-text, source: raw/b.txt, segment: paragraph, extract: { start: ["The Council,"], end: "GE.24-1(E)" } }',
        '  - { id: w, title: w, date: 2024, issuer: x, kind: paraphrase, source: raw/w.txt, segment: paragraph }',
      ].join('\n'));
      return runCli(['ingest', '--corpus', root], root);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }

  it('the case: the "ends mid-sentence" warning comes before the units.starts error', () => {
    const r = run('["Decides to remain"]');
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^variorum: warning: .*raw\/b\.txt:5: witness 'b' ends mid-sentence \("…measures to put an end to"\) where extract\.end "GE\.24-1\(E\)" cuts it/);
    expect(lines[1]).toMatch(/units\.starts: no clause of the base text after the previous block begins with "Decides to remain"/);
  });

  it('near miss: with no fatal error the warning is printed once, and ingest succeeds', () => {
    const r = run('[]');
    expect(r.code).toBe(0);
    expect(r.stderr.match(/ends mid-sentence/g)).toHaveLength(1);
  });
});
