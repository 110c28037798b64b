/**
 * Session 21 (trials 102–107): ingest read as the scholar reads the source.
 */
import { describe, expect, it } from 'vitest';
import { buildWitnesses } from '../../src/ingest/index.js';
import { parseSources } from '../../src/ingest/config.js';
import { editorComments, footnoteBlocks, footnoteMarks, pullQuotes } from '../../src/ingest/extract.js';
import { markdownToText } from '../../src/ingest/markdown.js';
import { segment } from '../../src/ingest/segment.js';
import { alignerSettings, enumerators } from '../helpers/settings.js';

function ingest(source: string, file: string, extra: string[] = [], warnings: string[] = []) {
  const yaml = ['title: t', 'base: b', 'units:', '  prefixes: [P, Q, R]', 'witnesses:', '  - id: b', '    title: b', '    date: 2024', '    issuer: x', '    kind: full-text', `    source: raw/${file}`, '    segment: paragraph', ...extra].join('\n');
  const config = parseSources(yaml, 'corpus/sources.yaml');
  return buildWitnesses({ config, raw: { [`raw/${file}`]: source }, enumerators, aligner: alignerSettings, previous: {}, sourcesFile: 'corpus/sources.yaml', warnings });
}

describe('a bracketed footnote call ("confidential.[1]") with its note "[1] …" below the text (trial 102 I3)', () => {
  const draft = '1. Each Party shall preserve the data.\n\n2. Each Party may ensure that the custodian keeps the fact confidential.[1]\n\n____________\n[1] Several delegations preferred "shall".\n';
  it('the note is read as a note, its number as figures', () => {
    expect(footnoteBlocks(draft).map((b) => b.notes)).toEqual([[{ n: '1', text: 'Several delegations preferred "shall".' }]]);
  });
  it('the call is taken out of the text, with a warning naming it, also when the note stands below the extract end', () => {
    const w: string[] = [];
    const out = ingest(draft, 'd.txt', ["    extract: { end: '____________' }"], w);
    expect(out[0].clauses.map((c) => c.text)).toEqual(['Each Party shall preserve the data.', 'Each Party may ensure that the custodian keeps the fact confidential.']);
    expect(w.filter((x) => x.includes('footnote mark 1 after "confidential."'))).toHaveLength(1);
  });
  it('a call inside a line, tight after a word ("data[2] held"), goes too', () => {
    expect(footnoteMarks('States shall protect data[2] held abroad.\n', new Set(['2'])).text).toBe('States shall protect data held abroad.\n');
  });
  it('near misses: a bracketed figure with no note stays; a figure after a space stays; a bracketed word stays', () => {
    expect(footnoteMarks('confidential.[3]\n', new Set(['1'])).text).toBe('confidential.[3]\n');
    expect(footnoteMarks('as set out in paragraph [1]\n', new Set(['1'])).text).toBe('as set out in paragraph [1]\n');
    expect(footnoteMarks('States [shall][should] act.\n', new Set(['1'])).text).toBe('States [shall][should] act.\n');
  });
});

describe('a Markdown bold label that stands again ("> **Our view:** …") is no page furniture (trial 102 I2)', () => {
  const md = '# Brief\n\nEach Party shall preserve the data.\n\n> **Our view:** ninety days is far too long.\n\nEach Party shall produce the data.\n\n> **Our view:** subscriber data identify sources.\n';
  it('no furniture warning for the label', () => {
    const w: string[] = [];
    ingest(md, 'b.md', [], w);
    expect(w.filter((x) => x.includes('furniture'))).toEqual([]);
  });
  it('near miss: a plain line that stands twice in a Markdown source is still named', () => {
    const w: string[] = [];
    ingest('1. Each Party shall preserve the data.\n\nDigital Liberty Watch\n\n2. Each Party shall produce the data.\n\nDigital Liberty Watch\n\n3. Each Party shall keep records.\n', 'b.md', [], w);
    expect(w.filter((x) => x.includes('"Digital Liberty Watch" stands 2 times'))).toHaveLength(1);
  });
});

describe('a lone "Finally," opening a paragraph is the sentence\'s own adverb, not a list item (trial 104 ingest 1)', () => {
  const cut = (region: string, by: 'paragraph' | 'enumeration' = 'paragraph') => segment(region, { by }, enumerators).map((c) => [c.marker ?? null, c.text]);
  it('"Finally, we call for …" closing a speech stays text, in the block of the paragraphs before it', () => {
    expect(cut('We stand here today.\n\nFinally, we call for a mechanism. Thank you.')).toEqual([
      [null, 'We stand here today.'],
      [null, 'Finally, we call for a mechanism. Thank you.'],
    ]);
    const out = ingest('We stand here today.\n\nStates should act.\n\nFinally, we call for a mechanism. Thank you.\n', 's.txt');
    expect(out[0].clauses.map((c) => c.units[0])).toEqual(['P1', 'P2', 'P3']);
  });
  it('near misses: two paragraphs opening with ordinals are items; enumeration mode cuts a lone ordinal in running text all the same', () => {
    expect(cut('First, protect the rivers.\n\nFinally, report every year.').map((r) => r[0])).toEqual(['First,', 'Finally,']);
    expect(cut('We agreed as follows. First, protect the rivers.', 'enumeration').map((r) => r[0])).toEqual(['First,']);
  });
});

describe('news datelines with a place of two short words or a country in title case (trials 103, 106)', () => {
  const cut = (region: string) => segment(region, { by: 'paragraph' }, enumerators).map((c) => [c.marker ?? null, c.text]);
  it('"SAN FRANCISCO —", "BREVANNES, France, March 14 (Meridian Wire) -", "GENEVA, Switzerland (AP) —"', () => {
    expect(cut('SAN FRANCISCO — Lumora changed its policy.')[0]).toEqual(['SAN FRANCISCO —', 'Lumora changed its policy.']);
    expect(cut('BREVANNES, France, March 14 (Meridian Wire) - Forty-two states adopted a declaration.')[0]).toEqual(['BREVANNES, France, March 14 (Meridian Wire) -', 'Forty-two states adopted a declaration.']);
    expect(cut('GENEVA, Switzerland (AP) — States met again.')[0]).toEqual(['GENEVA, Switzerland (AP) —', 'States met again.']);
  });
  it('near misses: one short capital word alone; a capital word then a title-case word that is no country before a dash', () => {
    expect(cut('EU — the Union — acts.')[0][0]).toBe(null);
    expect(cut('ACME Corp - the company said it would comply.')[0][0]).toBe(null);
  });
});

describe('a pipe table numbered by a reference column; extract.columns (trials 105 I1/I2, 107 #7/#8)', () => {
  const table = '# Summary\n\n| Article | Provision |\n| --- | --- |\n| 1(a) | "Covered Data" means stored content. |\n| 2(1) | This Agreement applies to Orders. |\n| 5 | The Parties shall review it. |\n';
  it('each reference is its row\'s marker, not its text; the header row names the columns (no marker of the first row)', () => {
    expect(markdownToText(table, { apart: true, referenceCell: /^(?:\d{1,3}(?: ?\((?:\d{1,3}|[a-z]{1,4})\))*\.?)$/u })).toBe(
      '# Summary\n\n###### 1(a)\n\n"Covered Data" means stored content.\n\n###### 2(1)\n\nThis Agreement applies to Orders.\n\n###### 5\n\nThe Parties shall review it.\n',
    );
    const out = ingest(table, 't.md');
    expect(out[0].clauses.map((c) => [c.marker, c.text])).toEqual([
      ['Summary / 1(a)', '"Covered Data" means stored content.'],
      ['2(1)', 'This Agreement applies to Orders.'],
      ['5', 'The Parties shall review it.'],
    ]);
  });
  it('extract.columns keeps the named columns only (by header name or number), the reference still the marker', () => {
    const plan = '| Ref | Action | Lead | Deadline |\n|---|---|---|---|\n| 4.2 | Participate in the Group | MFA | Ongoing |\n| 4.3 | Designate an envoy | MFA | Q2 2025 |\n';
    expect(ingest(plan, 'p.md', ['    extract: { columns: [Action] }'])[0].clauses.map((c) => [c.marker, c.text])).toEqual([
      ['4.2', 'Participate in the Group'],
      ['4.3', 'Designate an envoy'],
    ]);
    expect(ingest(plan, 'p.md', ['    extract: { columns: [2, deadline] }'])[0].clauses.map((c) => c.text)).toEqual(['Participate in the Group; Ongoing', 'Designate an envoy; Q2 2025']);
  });
  it('near miss: a first column of words is text, the header the first row\'s heading, as before', () => {
    const words = '| Topic | Rule |\n|---|---|\n| Notification | Operators shall notify. |\n| Records | Operators shall keep records. |\n';
    expect(ingest(words, 'w.md')[0].clauses.map((c) => [c.marker ?? null, c.text])).toEqual([
      ['Topic; Rule', 'Notification; Operators shall notify.'],
      [null, 'Records; Operators shall keep records.'],
    ]);
  });
  it('a bad column is a one-line error naming the file', () => {
    expect(() => ingest(words0, 'w.md', ['    extract: { columns: [0] }'])).toThrow(/sources\.yaml:\d+.*extract\.columns/);
  });
});
const words0 = '| Topic | Rule |\n|---|---|\n| Notification | Operators shall notify. |\n';

describe('a DOCX export: notes in brackets with no separator, superscript calls, a pull quote, a contents line with dot leaders (trial 107 #1–#4)', () => {
  const docx = 'Contents\n4 International Engagement .......... 14\n\nStrategy 2025\n\n4 International Engagement\n\n4.1 Valdora will promote an open cyberspace.[1]\n\n4.2 The Government shall participate in the Group.²\n\n"No country can secure its cyberspace alone."\n- Minister for Digital Affairs\n\n4.3 The Ministry will designate an envoy.\n\n[1] The position was published in 2023.\n[2] Act No. 14/2021.\n';
  it('the text from the heading, the notes and the pull quote set aside, the calls taken out, with warnings', () => {
    const w: string[] = [];
    const out = ingest(docx, 's.txt', ["    extract: { start: '4 International Engagement' }"], w);
    expect(out[0].clauses.map((c) => c.text)).toEqual(['Valdora will promote an open cyberspace.', 'The Government shall participate in the Group.', 'The Ministry will designate an envoy.']);
    expect(w.some((x) => x.includes('table of contents'))).toBe(true);
    expect(w.filter((x) => x.includes('footnotes set aside') && x.includes('(2 notes:'))).toHaveLength(1);
    expect(w.filter((x) => x.includes('footnote mark'))).toHaveLength(2);
    expect(w.filter((x) => x.includes('a pull quote set aside'))).toHaveLength(1);
  });
  it('near misses: a bracketed line with no call in the text stays; a quoted paragraph without an attribution line stays; a dash line ending in a stop stays', () => {
    expect(footnoteBlocks('States shall act.\n\n[1] This is a list item of the text.\n')).toEqual([]);
    expect(pullQuotes('Intro.\n\n"No country can secure its cyberspace alone."\n\nStates act.\n')).toEqual([]);
    expect(pullQuotes('Intro.\n\n"No country can secure its cyberspace alone."\n- and so we act.\n\nMore.\n')).toEqual([]);
    expect(pullQuotes('Intro.\n\n"No country can secure its cyberspace alone."\n- Minister for Digital Affairs\n\nMore.\n')).toEqual([[2, 3]]);
  });
});

describe('a consultation draft: struck text and reviewers\' comments (trial 107 #5, #6)', () => {
  it('"~~actively~~" is deleted text; "[Comment: …]" is taken out; each with a warning', () => {
    const w: string[] = [];
    const out = ingest('**4.2** The Government should participate ~~actively~~ in the Group.\n\n**4.3** The Ministry may designate an envoy. [Comment: MFA to confirm resourcing.]\n', 'd.md', [], w);
    expect(out[0].clauses.map((c) => c.text)).toEqual(['The Government should participate in the Group.', 'The Ministry may designate an envoy.']);
    expect(w.filter((x) => x.includes('struck text "actively"'))).toHaveLength(1);
    expect(w.filter((x) => x.includes('[Comment: MFA to confirm resourcing.] taken out'))).toHaveLength(1);
  });
  it('near misses: a bracketed alternative of a draft stays; a single tilde stays', () => {
    expect(editorComments('States [shall][should] act.', ['Comment']).text).toBe('States [shall][should] act.');
    expect(markdownToText('Costs ~ 5 million.\n')).toBe('Costs ~ 5 million.\n');
  });
});

describe('a slide\'s title right above its bullets heads the list (trial 107 #9)', () => {
  const cut = (region: string) => segment(region, { by: 'paragraph' }, enumerators).map((c) => [c.marker ?? null, c.text]);
  it('"Valdora in the world" over three bullets: the title the first item\'s marker, one clause per bullet', () => {
    expect(cut('Valdora in the world\n• Open and secure cyberspace\n• Active participation in the Group\n• An envoy to coordinate positions').map((r) => r[1])).toEqual(['Open and secure cyberspace', 'Active participation in the Group', 'An envoy to coordinate positions']);
    expect(cut('Our commitments\n• Capacity building for developing countries\n• Stronger cooperation')[0][0]).toMatch(/^Our commitments/);
  });
  it('near misses: a sentence above a dash line is a wrapped paragraph; a lone short bulleted line still heads what follows', () => {
    expect(cut('States shall cooperate in good faith and\n- as the case may be - report.')).toHaveLength(1);
    expect(cut('· International Cooperation\n\nThe Participants have reached the following understanding.')).toEqual([['· International Cooperation', 'The Participants have reached the following understanding.']]);
  });
});

describe('a placeholder item "5a. [deleted]" is a clause, not the heading of the item after it (trial 99 ingest)', () => {
  const cut = (region: string) => segment(region, { by: 'paragraph' }, enumerators).map((c) => [c.marker ?? null, c.text]);
  it('"5a." the marker (a paragraph inserted by an amendment), "[deleted]" the text; "6." heads its own item', () => {
    expect(cut('5. States shall act.\n\n5a. [deleted]\n\n6. States should report.')).toEqual([
      ['5.', 'States shall act.'],
      ['5a.', '[deleted]'],
      ['6.', 'States should report.'],
    ]);
  });
  it('near miss: a bracketed heading alone ("[Title]") still heads the paragraph after it', () => {
    expect(cut('Article 5\n\n[Title]\n\nStates should report.')).toEqual([['Article 5 / [Title]', 'States should report.']]);
  });
});
