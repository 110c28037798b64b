/**
 * Session 19 (trial 94 I1, I4; trial 95 ingest #2): headings above paragraphs, long list marks,
 * end markers in numbered headings.
 */
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/ingest/segment.js';
import { enumerators } from '../helpers/settings.js';
import { buildWitnesses } from '../../src/ingest/index.js';
import { parseSources } from '../../src/ingest/config.js';
import { alignerSettings } from '../helpers/settings.js';
import { extractRegion, furnitureLines } from '../../src/ingest/extract.js';

const cut = (region: string) => segment(region, { by: 'paragraph' }, enumerators).map((c) => [c.marker ?? null, c.text]);

describe('a heading on the line just above its paragraph (trial 94 I1)', () => {
  it('"Commitment 1 - Demonetisation" over its sentence: the marker of the clause', () => {
    const region = 'Commitment 1 - Demonetisation\nSignatories commit to reduce the financial incentives for actors who spread disinformation on their services.\n\nCommitment 2 - Political advertising\nSignatories commit to label political advertisements clearly and to disclose the identity of the sponsor.';
    expect(cut(region)).toEqual([
      ['Commitment 1 - Demonetisation', 'Signatories commit to reduce the financial incentives for actors who spread disinformation on their services.'],
      ['Commitment 2 - Political advertising', 'Signatories commit to label political advertisements clearly and to disclose the identity of the sponsor.'],
    ]);
  });
  it('another wording: a one-word title over a wrapped paragraph', () => {
    const region = 'Purpose\nThe Parties shall cooperate in the exchange of information on incidents\naffecting the security of networks and information systems.';
    expect(cut(region)).toEqual([['Purpose', 'The Parties shall cooperate in the exchange of information on incidents affecting the security of networks and information systems.']]);
  });
  it('near misses: a wrapped line that stops where the next word would not fit; heading lines only; a line with a verb', () => {
    // (the first line, with "International", would overrun the width the text is wrapped at)
    const wrapped = 'The Parties, recognising the importance of the principles of\nInternational Humanitarian Law, shall cooperate in good faith.\n\nThe Parties shall meet once a year to review the implementation of this.';
    expect(cut(wrapped).map((c) => c[0])).toEqual([null, null]);
    expect(cut('Article 1\nSubject matter\n\nThe controller shall notify the authority.')).toEqual([['Article 1 Subject matter', 'The controller shall notify the authority.']]);
    expect(cut('States shall act\nThey shall report to the Committee every year on what they have done.')).toEqual([[null, 'States shall act They shall report to the Committee every year on what they have done.']]);
  });
});

/** Ingest one base witness from a text with extra numbering patterns: the warnings. */
function warnings(source: string, numbering: string[]): string[] {
  const yaml = ['title: t', 'base: b', 'units:', '  prefixes: [P, C]', 'witnesses:', '  - id: b', '    title: b', '    date: 2024', '    issuer: x', '    kind: full-text', '    source: raw/w.txt', '    segment: paragraph'].join('\n');
  const config = parseSources(yaml, 'corpus/sources.yaml');
  const w: string[] = [];
  buildWitnesses({ config, raw: { 'raw/w.txt': source }, enumerators: { ...enumerators, numbering: [...numbering, ...enumerators.numbering] }, aligner: alignerSettings, previous: {}, sourcesFile: 'corpus/sources.yaml', warnings: w, html: undefined });
  return w;
}

describe('a list mark longer than a heading warns (trial 94 I4)', () => {
  const text = 'Commitment 1 - Demonetisation Signatories commit to reduce the financial incentives for actors who spread disinformation on their services.\n\nCommitment 2 - Advertising Signatories commit to label political advertisements clearly.\n';
  it('a pattern that takes the clause\'s words (matched regardless of case): a warning naming the file, for the mark longer than a heading', () => {
    const w = warnings(text, ['Commitment \\d{1,2} - [A-Z][a-z]+(?: [a-z]+)*']).filter((x) => x.includes('list mark'));
    expect(w).toHaveLength(1);
    expect(w[0]).toMatch(/^raw\/w\.txt: witness 'b': the list mark "Commitment 1 - Demonetisation Signatories/);
  });
  it('near miss: a pattern that takes the label alone gives no warning', () => {
    expect(warnings(text, ['Commitment \\d{1,2} - \\S+']).filter((x) => x.includes('list mark'))).toEqual([]);
  });
});

describe('an end marker inside a numbered heading leaves no number behind (trial 95 ingest #2)', () => {
  const text = (src: string, end: string) => extractRegion(src, { start: [], end: [end] } as never, 'raw/a.md').text.trim();
  it('"## 4. Localisation" cut at "Localisation": the region ends before the heading', () => {
    expect(text('States shall act.\n\n## 4. Localisation and its discontents\n\nMore.', 'Localisation and its discontents')).toBe('States shall act.');
  });
  it('other wordings: a Roman numeral, a number alone', () => {
    expect(text('States shall act.\n\nIV. Localisation\n\nMore.', 'Localisation')).toBe('States shall act.');
    expect(text('States shall act.\n\n4.2 Localisation\n\nMore.', 'Localisation')).toBe('States shall act.');
  });
  it('near miss: words before the marker on its line stay', () => {
    expect(text('States shall act.\n\nOn Localisation and more.', 'Localisation')).toBe('States shall act.\n\nOn');
  });
});

describe('page furniture whose first copy stands above the start, and bare page numbers (trial 93 I1)', () => {
  it('a running head once in the text and once above it stands twice; a bare figure by a blank line is a page number', () => {
    const head = "G7 Ministers' Meeting Halden, 11-12 March 2027";
    const text = `5. We must ensure that access is\n\n1\n${head}\n\nconsistent with the rule of law.\n\n6. We will cooperate.\n\n2\n`;
    expect(furnitureLines(text, 12, 6, `${head}\n\nDECLARATION\n`)).toEqual([
      { line: '1', at: 3, count: 1 },
      { line: head, at: 4, count: 2 },
      { line: '2', at: 10, count: 1 },
    ]);
  });
  it('near misses: the title above the text that does not stand again; a figure inside a wrapped sentence', () => {
    expect(furnitureLines('States shall report within\n72\nhours of the incident.\n', 12, 6, 'DECLARATION\n')).toEqual([]);
  });
});
