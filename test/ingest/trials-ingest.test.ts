/**
 * Ingest cases found by trial runs (session 11): a lead-in before a quotation, an item mark that a
 * line break put at a line start, the committed reports `check` finds without --reports.
 * Constructed texts only (an invented declaration on library lending).
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segment, type RawClause } from '../../src/ingest/segment.js';
import { markdownToText } from '../../src/ingest/markdown.js';
import { loadHtmlReader } from '../../src/ingest/html.js';
import { buildWitnesses } from '../../src/ingest/index.js';
import { parseSources } from '../../src/ingest/config.js';
import { alignerSettings, enumerators } from '../helpers/settings.js';
import { copyCorpus, REAL_CORPUS, REPO } from '../helpers/corpus.js';
import { runCli } from '../helpers/cli.js';

const para = (region: string) => segment(region, { by: 'paragraph' }, enumerators);
const texts = (cs: RawClause[]) => cs.map((c) => c.text);
const markers = (cs: RawClause[]) => cs.map((c) => c.marker);

const QUOTE_A = 'Members must return borrowed books within three weeks of the loan.';
const QUOTE_B = 'Overdue books must always incur a fine of ten cents per day.';

describe('a short lead-in ending in ":" before a quotation is its frame, no clause', () => {
  it('before a Markdown blockquote: the marker of the quoted clause (with an ordinal before it too)', () => {
    const md = ['On loans, the Charter says:', '', `> ${QUOTE_A}`, '', 'Finally, on fines:', '', `> ${QUOTE_B}`, ''].join('\n');
    const cs = para(markdownToText(md));
    expect(texts(cs)).toEqual([QUOTE_A, QUOTE_B]);
    expect(markers(cs)).toEqual(['On loans, the Charter says:', 'Finally, on fines:']);
  });

  it('before a paragraph in quotation marks (a text source), after a heading', () => {
    const cs = para(['Lending', '', 'On loans:', '', `\u201c${QUOTE_A}\u201d`, '', `On fines, the text reads:`, '', `"${QUOTE_B}"`].join('\n'));
    expect(texts(cs)).toEqual([`\u201c${QUOTE_A}\u201d`, `"${QUOTE_B}"`]);
    expect(markers(cs)).toEqual(['Lending / On loans:', 'On fines, the text reads:']);
  });

  it('before an HTML blockquote (a web page read in paragraphs); read otherwise, the page has no marks', async () => {
    const read = await loadHtmlReader();
    const page = `<html><body><p>On loans, the Charter says:</p><blockquote><p>${QUOTE_A}</p></blockquote><p>On fines:</p><blockquote>\n<p>${QUOTE_B}</p>\n</blockquote></body></html>`;
    const cs = para(read(page, true));
    expect(texts(cs)).toEqual([QUOTE_A, QUOTE_B]);
    expect(markers(cs)).toEqual(['On loans, the Charter says:', 'On fines:']);
    expect(read(page)).toBe(['On loans, the Charter says:', QUOTE_A, 'On fines:', QUOTE_B].join('\n\n') + '\n');
  });

  it('a blockquote keeps its own list items; its ">" marks are layout', () => {
    const md = ['On fines:', '', '> Members must:', '>', '> - pay the fine;', '> - return the book.', ''].join('\n');
    const cs = para(markdownToText(md));
    expect(texts(cs)).toEqual(['Members must:', 'pay the fine;', 'return the book.']);
    expect(markers(cs)).toEqual(['On fines:', '-', '-']);
  });

  it('near misses: the same lead-in before a paragraph not quoted, a long one, one inside the quotation stay clauses', () => {
    expect(texts(para(['On loans:', '', QUOTE_A].join('\n')))).toEqual(['On loans:', QUOTE_A]);
    const long = 'On loans, the Charter adopted by the members of the library last year says:';
    expect(texts(para([long, '', `> ${QUOTE_A}`].join('\n')))).toEqual([long, QUOTE_A]);
    expect(texts(para(['> On loans:', '', `> ${QUOTE_A}`].join('\n')))).toEqual(['On loans:', QUOTE_A]);
    // (no quotation after it: a lead-in at the end stays too)
    expect(texts(para([QUOTE_A, '', 'On fines:'].join('\n')))).toEqual([QUOTE_A, 'On fines:']);
  });

  it('in a witness: the frames are aligned with no unit, the quotations with theirs', () => {
    const sources = [
      'title: Lending Charter',
      'base: charter',
      'units:',
      '  prefixes: [C]',
      'witnesses:',
      '  - { id: charter, title: c, date: 2026, issuer: x, kind: full-text, source: raw/charter.txt, segment: paragraph }',
      '  - { id: blog, title: b, date: 2026, issuer: y, kind: paraphrase, source: raw/blog.md, segment: paragraph }',
    ].join('\n');
    const config = parseSources(sources, 'corpus/sources.yaml');
    const raw = {
      'raw/charter.txt': [
        '1. Members should return borrowed books within three weeks of the loan.',
        '2. Overdue books should incur a fine of ten cents per day, in accordance with the rules of the library.',
        '3. Lost cards should be replaced by the front desk.',
      ].join('\n\n'),
      'raw/blog.md': ['On loans, the Charter says:', '', `> ${QUOTE_A}`, '', 'On book fines:', '', `> ${QUOTE_B}`, '', 'On lost cards:', '', '> Lost cards must be replaced by the front desk.'].join('\n'),
    };
    const blog = buildWitnesses({ config, raw, enumerators, aligner: alignerSettings, previous: {}, sourcesFile: 'corpus/sources.yaml' })[1];
    expect(blog.clauses.map((c) => [c.units, c.marker])).toEqual([
      [['C1'], 'On loans, the Charter says:'],
      [['C2'], 'On book fines:'],
      [['C3'], 'On lost cards:'],
    ]);
  });
});

describe('an item mark at a line start inside a numbered paragraph whose items run in the text', () => {
  it('goes on the line before when that line stops mid-sentence and the item before stands inline', () => {
    const cs = para(['1. A member shall meet one of these conditions: (a) hold a card; or', '(b) leave a deposit at the desk.', '', '2. Members shall return books on time.'].join('\n'));
    expect(texts(cs)).toEqual(['A member shall meet one of these conditions: (a) hold a card; or (b) leave a deposit at the desk.', 'Members shall return books on time.']);
    expect(markers(cs)).toEqual(['1.', '2.']);
  });

  it('so too with other marks and breaks ("(iii)" after "(ii)", a break after a comma, the item after a wrapped one)', () => {
    const cs = para(['1. A member may borrow: (i) five books, (ii) two maps,', '(iii) one film, and', '(iv) no rare books.', '2. Members shall return books on time.'].join('\n'));
    expect(texts(cs)).toEqual(['A member may borrow: (i) five books, (ii) two maps, (iii) one film, and (iv) no rare books.', 'Members shall return books on time.']);
    expect(markers(cs)).toEqual(['1.', '2.']);
  });

  it('near misses: items that open their lines, or a line before that ends a sentence, are still cut', () => {
    const listed = para(['1. A member shall meet one of these conditions:', '(a) hold a card;', '(b) leave a deposit at the desk.'].join('\n'));
    expect(texts(listed)).toEqual(['A member shall meet one of these conditions:', 'hold a card;', 'leave a deposit at the desk.']);
    expect(markers(listed)).toEqual(['1.', '(a)', '(b)']);
    const ended = para(['1. A member shall meet condition (a) of the rules.', '(b) Deposits are returned on request.'].join('\n'));
    expect(texts(ended)).toEqual(['A member shall meet condition (a) of the rules.', 'Deposits are returned on request.']);
  });
});

describe('check without --reports finds the reports of the corpus', () => {
  it('inside the corpus directory (corpus/reports), next to it, and the hint names the ones inside', () => {
    const copy = copyCorpus(REAL_CORPUS);
    const elsewhere = mkdtempSync(join(tmpdir(), 'variorum-cwd-'));
    try {
      // none anywhere: exit 2, and the hint writes them inside the corpus directory, which they
      // belong to alone (trial 54; check finds them there, below)
      const none = runCli(['check', '--corpus', copy.dir], elsewhere);
      expect(none.code).toBe(2);
      expect(none.stderr).toContain(`variorum report --corpus ${copy.dir} --out ${join(copy.dir, 'reports')}\``);
      // inside the corpus directory
      cpSync(join(REPO, 'reports'), join(copy.dir, 'reports'), { recursive: true });
      const inside = runCli(['check', '--corpus', 'corpus'], copy.root);
      expect(inside.stdout).toBe(`${join('corpus', 'reports')}: up to date with the corpus\n`);
      expect(inside.code).toBe(0);
      // next to it wins, from any directory
      mkdirSync(join(copy.root, 'reports'));
      cpSync(join(REPO, 'reports'), join(copy.root, 'reports'), { recursive: true });
      const beside = runCli(['check', '--corpus', copy.dir], elsewhere);
      expect(beside.stdout).toBe(`${join(copy.root, 'reports')}: up to date with the corpus\n`);
      // --reports still names them
      expect(runCli(['check', '--corpus', copy.dir, '--reports', join(copy.dir, 'reports')], elsewhere).stdout).toContain(join(copy.dir, 'reports'));
    } finally {
      copy.remove();
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});
