/**
 * Session 17 (trial 82 "Ingest and alignment" I-1…I-8, trial 83 #3–#5): raw text read as the
 * scholar reads it — no words leave the transcription silently.
 */
import { describe, expect, it } from 'vitest';
import { buildWitnesses } from '../../src/ingest/index.js';
import { parseSources } from '../../src/ingest/config.js';
import { segment } from '../../src/ingest/segment.js';
import { extractRegion, footnoteBlocks } from '../../src/ingest/extract.js';
import { alignerSettings, enumerators } from '../helpers/settings.js';

const para = (s: string) => segment(s, { by: 'paragraph' }, enumerators).map((c) => [c.marker ?? null, c.text]);

function ingest(source: string, file: string, extra: string[] = [], warnings: string[] = []) {
  const yaml = ['title: t', 'base: b', 'units:', '  prefixes: [P, Q, R]', 'witnesses:', '  - id: b', '    title: b', '    date: 2024', '    issuer: x', '    kind: full-text', `    source: raw/${file}`, '    segment: paragraph', ...extra].join('\n');
  const config = parseSources(yaml, 'corpus/sources.yaml');
  return buildWitnesses({ config, raw: { [`raw/${file}`]: source }, enumerators, aligner: alignerSettings, previous: {}, sourcesFile: 'corpus/sources.yaml', warnings });
}

describe('a short list item ending in "; or" / "; and" is an item, never a heading (trial 82 I-1)', () => {
  const lead = '2. A Party may, without the authorisation of another Party:\n\n';
  it('"(b) access stored data held by a service provider; or" stays a clause', () => {
    expect(para(`${lead}(b) access stored data held by a service provider; or\n\n(c) receive stored data through a computer system in its territory.`)).toEqual([
      ['2.', 'A Party may, without the authorisation of another Party:'],
      ['(b)', 'access stored data held by a service provider; or'],
      ['(c)', 'receive stored data through a computer system in its territory.'],
    ]);
  });
  it('other wordings: a bullet item ending in ", and"; "; and/or"', () => {
    expect(para(`${lead}- access publicly available stored data, and\n\n- receive stored data.`).map((r) => r[1])).toEqual([
      'A Party may, without the authorisation of another Party:',
      'access publicly available stored data, and',
      'receive stored data.',
    ]);
    expect(para(`${lead}(a) seize stored data; and/or\n\n(b) receive stored data.`).map((r) => r[0])).toEqual(['2.', '(a)', '(b)']);
  });
  it('near miss: a short line without the clause mark is still a heading ("Article 3 Search and seizure")', () => {
    expect(para('Article 3 Search and seizure\n\nEach Party shall adopt such measures.')).toEqual([['Article 3 Search and seizure', 'Each Party shall adopt such measures.']]);
  });
});

describe('start/end markers match across a no-break space and a non-breaking hyphen (trial 82 I-8)', () => {
  it('"Article 1 – Scope" finds "Article\\u00a01 – Scope"', () => {
    const r = extractRegion('Contents\nArticle\u00a01 – Scope\nThe Parties shall cooperate.\nEnd', { start: ['Article 1 – Scope'], end: ['End'] }, 'f.txt');
    expect(r.text).toBe('\nThe Parties shall cooperate.\n');
  });
  it('another wording: "Trans-border access" finds "Trans\\u2011border access"; an end marker with a narrow no-break space', () => {
    const r = extractRegion('Article 7 – Trans\u2011border access\nA Party may access data.\nChapter\u202fIV\n', { start: ['Trans-border access'], end: ['Chapter IV'] }, 'f.txt');
    expect(r.text).toBe('\nA Party may access data.\n');
  });
  it('near miss: other words do not match ("Article 1 – Scope" in "Article 11 – Scope")', () => {
    expect(() => extractRegion('Article 11 – Scope\nText.', { start: ['Article 1 – Scope'], end: [] }, 'f.txt')).toThrow(/start marker not found/);
  });
});

describe('a long wrapped line that two paragraphs share is no page furniture (trial 83 #4)', () => {
  const furniture = (src: string) => {
    const w: string[] = [];
    ingest(src, 'f.txt', [], w);
    return w.filter((x) => x.includes('page furniture'));
  };
  const shared = 'arbitrary or unlawful interference with his or her privacy, family, home or';
  it('a 12-word line inside two paragraphs: no warning', () => {
    expect(furniture(`Reaffirming the right to privacy, according to which no one shall be subjected to\n${shared}\ncorrespondence,\n\n1. Reaffirms the right to privacy, according to which no one shall be subjected to\n${shared}\ncorrespondence, as set out in article 17;\n`)).toEqual([]);
  });
  it('another wording: an 8-word wrapped line shared by two paragraphs', () => {
    expect(furniture('States shall respect the\nright to privacy of every person in their\nterritory.\n\nStates shall protect the\nright to privacy of every person in their\njurisdiction.\n')).toEqual([]);
  });
  it('near misses: the same line standing alone, a short running head inside a paragraph, a head with a page number, still warn', () => {
    expect(furniture(`States shall respect privacy.\n\n${shared}\n\nStates shall protect data.\n\n${shared}\n\nStates shall act.\n`)).toHaveLength(1);
    expect(furniture('States shall respect the\nDraft for consultation\nright to privacy.\n\nStates shall protect the\nDraft for consultation\ndata of every person.\n')).toHaveLength(1);
    expect(furniture('States shall respect the\nCouncil of Europe Treaty Series No. 226 Page 3\nright to privacy.\n\nStates shall protect the\nCouncil of Europe Treaty Series No. 226 Page 4\ndata of every person.\n')).toHaveLength(1);
  });
});

describe('a particle after a line-end hyphen keeps the hyphen (trial 82 I-7)', () => {
  const seg = (s: string) => segment(s, { by: 'paragraph' }, enumerators).map((c) => c.text);
  it('"follow-" / "up action" → "follow-up action"', () => {
    expect(seg('Each Party shall notify any follow-\nup action.')).toEqual(['Each Party shall notify any follow-up action.']);
  });
  it('other wordings: "set-" / "up costs", "roll-" / "out"', () => {
    expect(seg('It shall bear the set-\nup costs and the roll-\nout of the system.')).toEqual(['It shall bear the set-up costs and the roll-out of the system.']);
  });
  it('near misses: written closed elsewhere ("setup"), after a function word ("with-" / "in"), no particle ("arrange-" / "ment")', () => {
    expect(segment('The set-\nup costs.\n\nThe setup is new.', { by: 'paragraph' }, enumerators).map((c) => c.text)).toEqual(['The setup costs.', 'The setup is new.']);
    expect(seg('It shall act with-\nin a month and through-\nout the year under the arrange-\nment.')).toEqual(['It shall act within a month and throughout the year under the arrangement.']);
  });
});

describe('units.headings: lettered items are named after their paragraph and their letter (trial 82 I-6)', () => {
  const ids = (src: string) => {
    const yaml = ['title: t', 'base: b', 'units:', '  prefixes: [P]', '  headings: Art', 'witnesses:', '  - { id: b, title: b, date: 2024, issuer: x, kind: full-text, source: raw/f.txt, segment: paragraph }'].join('\n');
    const config = parseSources(yaml, 'corpus/sources.yaml');
    return buildWitnesses({ config, raw: { 'raw/f.txt': src }, enumerators, aligner: alignerSettings, previous: {}, sourcesFile: 'corpus/sources.yaml', warnings: [] })[0].clauses.map((c) => c.units[0]);
  };
  it('"1. … if:" / "(a)" / "(b)" / "2." → Art4-1, Art4-1a, Art4-1b, Art4-2', () => {
    expect(ids('Article 4\n\n1. The requested Party may refuse assistance if:\n\n(a) the request concerns a political offence; or\n\n(b) execution is likely to prejudice its essential interests.\n\n2. The requested Party shall not refuse assistance on fiscal grounds.\n')).toEqual(['Art4-1', 'Art4-1a', 'Art4-1b', 'Art4-2']);
  });
  it('another layout: an unnumbered lead-in → Art7, Art7a, Art7b', () => {
    expect(ids('Article 7\n\nA Party may, without the authorisation of another Party:\n\n(a) access publicly available stored data; or\n\n(b) access stored data with consent.\n')).toEqual(['Art7', 'Art7a', 'Art7b']);
  });
  it('near miss: numbered paragraphs alone keep Art3-1, Art3-2', () => {
    expect(ids('Article 3\n\n1. The requested Party may refuse assistance.\n\n2. The requested Party shall not refuse assistance.\n')).toEqual(['Art3-1', 'Art3-2']);
  });
});

describe('footnotes at a page foot are set aside, the sentence around them joined (trial 82 I-3, trial 83 #3)', () => {
  const page = 'The requested Party may refuse if it is used for investigations or\n\n_______________\n2 The term "ordre public" is retained in the English text.\nCETS 226 Page 5\n\nproceedings other than those stated.\n';
  it('a separator and a note between the halves of a sentence: one clause, and a warning naming the note', () => {
    const w: string[] = [];
    const out = ingest(page, 'f.txt', ["    extract: { drop: ['CETS 226 Page \\d+'] }"], w);
    expect(out[0].clauses.map((c) => c.text)).toEqual(['The requested Party may refuse if it is used for investigations or proceedings other than those stated.']);
    expect(w.some((x) => x.includes('footnotes set aside') && x.includes('2 "The term'))).toBe(true);
  });
  it('another layout: two notes, a wrapped note, no page furniture, the reference mark "2021,1" at a paragraph end taken out with a warning', () => {
    const w: string[] = [];
    const out = ingest('Recalling its resolution of 7 October 2021,1\n\nReaffirming the right to privacy,\n\n_______________\n1 See A/76/53/Add.1,\nchap. II.\n2 Ibid.\n', 'f.txt', [], w);
    expect(out[0].clauses.map((c) => c.text)).toEqual(['Recalling its resolution of 7 October 2021,', 'Reaffirming the right to privacy,']);
    expect(w.filter((x) => x.includes('footnote mark 1 after "2021,"'))).toHaveLength(1);
    expect(w.some((x) => x.includes('2 notes') && x.includes('See A/76/53/Add.1, chap. II.'))).toBe(true);
  });
  it('near misses: a figure with no matching note stays; "Article 14.2" stays; underscores with no note after them are no footnote block', () => {
    const w: string[] = [];
    const out = ingest('Recalling its resolution of 7 October 2021,3\n\nStates shall act as set out in Article 14.2\n\nStates shall act.\n\n_______________\n2 See above.\n', 'f.txt', [], w);
    expect(out[0].clauses.map((c) => c.text)).toEqual(['Recalling its resolution of 7 October 2021,3', 'States shall act as set out in Article 14.2', 'States shall act.']);
    expect(footnoteBlocks('Text.\n_______________\n\nMore text.\n')).toEqual([]);
  });
});

describe('a start marker that stands again inside the region is named with both lines (trial 82 I-4)', () => {
  const toc = 'Contents\nArticle 1 – General principles\nArticle 2 – Expedited means\n\nChapter III\n\nArticle 1 – General principles\n\n1. The Parties shall cooperate.\n\nArticle 2 – Expedited means\n\n1. Each Party may make requests.\n';
  it('"Article 1 – General principles" in the contents (line 2) and the body (line 7): the text from line 7, a warning naming both (session 18)', () => {
    const w: string[] = [];
    const out = ingest(toc, 'f.txt', ["    extract: { start: 'Article 1 – General principles' }"], w);
    expect(w.filter((x) => x.includes('is found at line 2, in what reads as a table of contents') && x.includes('again at line 7'))).toHaveLength(1);
    expect(out[0].clauses[0].text).toBe('The Parties shall cooperate.');
  });
  it('another wording: the marker is the second of two start markers', () => {
    const r = extractRegion(toc, { start: ['Contents', 'Article 2 – Expedited means'], end: [] }, 'f.txt');
    expect(r.startAgain && [r.startAgain.first, r.startAgain.again].map((o) => toc.slice(0, o).split('\n').length)).toEqual([3, 11]);
  });
  it('near miss: a marker that stands once, or a one-word marker, gives no such warning', () => {
    expect(extractRegion(toc, { start: ['Chapter III'], end: [] }, 'f.txt').startAgain).toBeUndefined();
    expect(extractRegion('1. A\n\n1. B\n', { start: ['1.'], end: [] }, 'f.txt').startAgain).toBeUndefined();
  });
});

describe('… but a marker quoted inside a sentence of the text is no second heading (trial 82 I-4)', () => {
  it('"Charter on Shared Rivers" as title, then in a sentence: no startAgain', () => {
    expect(extractRegion('Charter on Shared Rivers\n\nThe Parties to the Charter on Shared Rivers shall cooperate.\n', { start: ['Charter on Shared Rivers'], end: [] }, 'f.txt').startAgain).toBeUndefined();
  });
});
