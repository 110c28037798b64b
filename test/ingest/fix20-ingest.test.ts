/**
 * Session 20 ingest findings (trials 96, 99, 101): a definitions lead-in before quoted terms stays
 * a clause; Markdown sub-items indented under a numbered item and pipe tables; page furniture whose
 * other copy stands below the end, "- 2 -" page numbers; the too-many-blocks error names furniture.
 */
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/ingest/segment.js';
import { markdownToText } from '../../src/ingest/markdown.js';
import { dropLines, furnitureLines } from '../../src/ingest/extract.js';
import { buildWitnesses } from '../../src/ingest/index.js';
import { parseSources } from '../../src/ingest/config.js';
import { alignerSettings, enumerators } from '../helpers/settings.js';
import { userError } from '../helpers/errors.js';

const cut = (region: string) => segment(region, { by: 'paragraph' }, enumerators).map((c) => [c.marker ?? null, c.text]);

describe('a lead-in ending in ":" before list items that open with a quoted term is a clause (trial 101)', () => {
  it('"For the purposes of these Guidelines:" over "(a) “controller” means …"', () => {
    expect(cut('For the purposes of these Guidelines:\n\n(a) "controller" means a person who decides;\n\n(b) "data" means information.')).toEqual([
      [null, 'For the purposes of these Guidelines:'],
      ['(a)', '"controller" means a person who decides;'],
      ['(b)', '"data" means information.'],
    ]);
  });
  it('near miss: the same lead-in before a quotation (no list mark) is its frame', () => {
    expect(cut('On data handling:\n\n"States should protect data."')).toEqual([['On data handling:', '"States should protect data."']]);
  });
});

describe('Markdown: sub-items indented under a numbered item (trial 99), pipe tables (trial 101)', () => {
  it('each indented "(a)" paragraph is an item of its own, its mark kept', () => {
    expect(markdownToText('2. Member States should:\n\n    (a) be proportionate;\n\n    (b) be reviewed.\n\n3. The Council will review this.\n')).toBe(
      '2. Member States should:\n(a) be proportionate;\n(b) be reviewed.\n3. The Council will review this.\n',
    );
  });
  it('near miss: a second paragraph of an item without a mark of its own goes on the item\'s line', () => {
    expect(markdownToText('5. A paragraph\n\n    continued in a second paragraph.\n')).toBe('5. A paragraph continued in a second paragraph.\n');
  });
  it('a pipe table: one paragraph per row, the cells joined by "; ", emphasis marks left out', () => {
    expect(markdownToText('| Topic | 2022 | 2024 |\n|---|:---:|---|\n| Notification deadline | **72 hours** | Without undue delay |\n| Records | 5 years | 3 years |\n')).toBe(
      'Topic; 2022; 2024\n\nNotification deadline; 72 hours; Without undue delay\n\nRecords; 5 years; 3 years\n',
    );
  });
  it('near misses: a pipe in a sentence, lines of pipes with no delimiter row', () => {
    expect(markdownToText('A paragraph | with a pipe.\n')).toBe('A paragraph | with a pipe.\n');
    expect(markdownToText('Two lines\n| of pipes |\n')).toBe('Two lines\n| of pipes |\n');
  });
});

describe('page furniture (trials 96, 99)', () => {
  const region = 'The decision is a sovereign political decision based on intelligence, and\n\n7421/1/27 REV 1 AB/cd 2\nJAI.2 LIMITE EN\n\nthat member states should use other methods.\n';
  it('a footer inside a sentence whose other copy stands below the end of the text', () => {
    const f = furnitureLines(region, 12, 12, '', 'Some annex text.\n\n7421/1/27 REV 1 AB/cd 3\nJAI.2 LIMITE EN\n');
    expect(f.map((x) => [x.line, x.count])).toEqual([['JAI.2 LIMITE EN', 2]]);
  });
  it('near miss: a title that stands again below the end, after a sentence that ends, is no furniture', () => {
    const text = 'The States agreed on these rules.\n\nFinal provisions\n\nThe rules apply from today.\n';
    expect(furnitureLines(text, 12, 12, '', 'Final provisions\n')).toEqual([]);
  });
  it('"- 2 -" is a page number; "- data" and "2 -" are not', () => {
    expect(furnitureLines('First measure.\n\n- 2 -\n\nSecond measure.\n').map((x) => x.line)).toEqual(['- 2 -']);
    expect(furnitureLines('First measure.\n\n- data\n\n2 -\n\nSecond measure.\n')).toEqual([]);
  });
});

/** The metadata of a one-witness corpus (raw/dec.txt), with these unit prefixes and extract lines. */
const decision = (prefixes: string, extract = '') => `title: A decision
base: dec
units:
  prefixes: ${prefixes}
witnesses:
  - id: dec
    title: The decision
    date: 2024-03-14
    issuer: A council
    kind: full-text
    source: raw/dec.txt
${extract}    segment: paragraph
`;

describe('the too-many-blocks error names the page furniture warned about (trial 96)', () => {
  const DECISION = '1. States will nominate contact points.\n\n2. States will share information.\n\nPC.DEC/1\n\n3. States will consult.\n\nPC.DEC/1\n\n4. States will meet.\n\nPC.DEC/1\n';
  const sources = decision('[C]');
  it('with furniture warned about: the error says to drop it first', () => {
    const warnings: string[] = [];
    const e = userError(() => buildWitnesses({ config: parseSources(sources, 'corpus/sources.yaml'), raw: { 'raw/dec.txt': DECISION }, enumerators, aligner: alignerSettings, previous: {}, sourcesFile: 'corpus/sources.yaml', warnings }));
    expect(warnings.some((w) => w.includes('"PC.DEC/1" stands 3 times'))).toBe(true);
    expect(e.message).toMatch(/the page furniture warned about above may split a list: drop it with extract\.drop first/);
  });
  it('near miss: without furniture the error is as before', () => {
    const e = userError(() => buildWitnesses({ config: parseSources(sources, 'corpus/sources.yaml'), raw: { 'raw/dec.txt': '1. States will meet.\n\nA paragraph between.\n\n2. States will consult.\n' }, enumerators, aligner: alignerSettings, previous: {}, sourcesFile: 'corpus/sources.yaml', warnings: [] }));
    expect(e.message).toMatch(/more blocks/);
    expect(e.message).not.toMatch(/furniture/);
  });
});

describe('a question standing alone before its answer heads it (trial 97, a ministry FAQ)', () => {
  it('"Q4. What should I do …?" over the answer: the marker of the answer', () => {
    expect(cut('Q1. Who has to store data in the country?\n\nOperators must store personal data on servers in the country.\n\nQ2. What should I do if there is a data breach?\n\nOperators should notify the Authority within 72 hours.')).toEqual([
      ['Q1. Who has to store data in the country?', 'Operators must store personal data on servers in the country.'],
      ['Q2. What should I do if there is a data breach?', 'Operators should notify the Authority within 72 hours.'],
    ]);
  });
  it('near misses: a question before another question, a paragraph of two sentences, a question with no answer after it', () => {
    expect(cut('Should platforms label advertisements?\n\nShould they keep a repository?')).toEqual([
      [null, 'Should platforms label advertisements?'],
      [null, 'Should they keep a repository?'],
    ]);
    expect(cut('Data matters. Why does it matter?\n\nStates should protect it.')).toEqual([
      [null, 'Data matters. Why does it matter?'],
      [null, 'States should protect it.'],
    ]);
    expect(cut('States should protect data.\n\nWho will pay for it?')).toEqual([
      [null, 'States should protect data.'],
      [null, 'Who will pay for it?'],
    ]);
  });
});

describe('a page break before a slide title that stands alone (trial 100)', () => {
  const slides = (bullet: string) => `Protection\n\n• States should protect their networks\n• ${bullet}\n\nFooter | Module 3\n\nSlide 3\nSharing threat information\n\n• States should share information on threats\n`;
  const drop = [/^Footer \| Module 3$/, /^Slide \d+$/];
  it('after a long last bullet with no closing mark, the title stays a paragraph of its own', () => {
    expect(dropLines(slides('States should patch their systems, including all servers and phones held by embassies abroad'), drop, 12)).toBe(
      'Protection\n\n• States should protect their networks\n• States should patch their systems, including all servers and phones held by embassies abroad\n\nSharing threat information\n\n• States should share information on threats\n',
    );
  });
  it('near misses: a sentence the page cut goes on in a line that the paragraph continues; in a short title-like line with more lines after it', () => {
    expect(dropLines('States should protect, as far as they can and with all the means they have, the networks of\n\nFooter | Module 3\n\nCritical Infrastructure Operators and report incidents.\nThey should act.\n', drop, 12)).toBe(
      'States should protect, as far as they can and with all the means they have, the networks of\nCritical Infrastructure Operators and report incidents.\nThey should act.\n',
    );
    expect(dropLines('States should protect, as far as they can and with all the means they have, the networks of\n\nFooter | Module 3\n\nCritical Infrastructure Operators\nand report incidents.\n', drop, 12)).toBe(
      'States should protect, as far as they can and with all the means they have, the networks of\nCritical Infrastructure Operators\nand report incidents.\n',
    );
  });
});

describe('a text that ends with a heading-like line warns (trial 96: "Attachment" kept as a unit)', () => {
  const sources = (end: string) => decision('[C, E]', `    extract:\n      end: "${end}"\n`);
  const DEC = '1. States will nominate contact points.\n\n2. States will meet.\n\nAttachment\n\nINTERPRETATIVE STATEMENT\n\nThe delegation said it was happy.\n';
  const run = (end: string) => {
    const warnings: string[] = [];
    buildWitnesses({ config: parseSources(sources(end), 'corpus/sources.yaml'), raw: { 'raw/dec.txt': DEC }, enumerators, aligner: alignerSettings, previous: {}, sourcesFile: 'corpus/sources.yaml', warnings });
    return warnings;
  };
  it('an end marker after the attachment\'s title: a warning names the line', () => {
    expect(run('INTERPRETATIVE STATEMENT')).toEqual([expect.stringMatching(/raw\/dec\.txt: witness 'dec' ends with the heading-like line "Attachment"/)]);
  });
  it('near miss: the end marker on the title: no warning', () => {
    expect(run('Attachment')).toEqual([]);
  });
});

describe('the post counters of a thread are marks (trial 98)', () => {
  it('"1/3 Leaders adopted …", "2/3 …": markers', () => {
    expect(cut('1/3 Leaders adopted a statement today.\n\n2/3 States should not damage critical infrastructure.\n\n(3/3) Read the full statement here.')).toEqual([
      ['1/3', 'Leaders adopted a statement today.'],
      ['2/3', 'States should not damage critical infrastructure.'],
      ['(3/3)', 'Read the full statement here.'],
    ]);
  });
  it('near misses: a lone "9/11" opening a paragraph, fractions over different totals, a number past its total', () => {
    expect(cut('9/11 changed how States see security.\n\nStates should cooperate.')[0]).toEqual([null, '9/11 changed how States see security.']);
    expect(cut('1/2 of the budget goes to defence.\n\n3/4 of States agreed.').map((c) => c[0])).toEqual([null, null]);
    expect(cut('12/8 was the date.\n\n13/8 was the next date.').map((c) => c[0])).toEqual([null, null]);
  });
});
