/**
 * Session 22 (trials 102 and 108–113): ingest read as the scholar reads the source.
 */
import { describe, expect, it } from 'vitest';
import { buildWitnesses } from '../../src/ingest/index.js';
import { parseSources } from '../../src/ingest/config.js';
import { extractRegion, findMarker, findMarkerSpan } from '../../src/ingest/extract.js';
import { segment } from '../../src/ingest/segment.js';
import { loadHtmlReader } from '../../src/ingest/html.js';
import { markdownFootnotes, markdownToText } from '../../src/ingest/markdown.js';
import { alignerSettings, enumerators } from '../helpers/settings.js';

/** A base `b` (numbered paragraphs) and a witness `w` read from Markdown, paragraph by paragraph. */
function ingest(base: string, witness: string, e = enumerators) {
  const entry = (id: string, file: string) => [`  - id: ${id}`, `    title: ${id}`, '    date: 2024', '    issuer: x', '    kind: full-text', `    source: raw/${file}`, '    segment: paragraph'];
  const yaml = ['title: t', 'base: b', 'units:', '  prefixes: [P]', 'witnesses:', ...entry('b', 'b.txt'), ...entry('w', 'w.md')].join('\n');
  const config = parseSources(yaml, 'corpus/sources.yaml');
  const out = buildWitnesses({ config, raw: { 'raw/b.txt': base, 'raw/w.md': witness }, enumerators: e, aligner: alignerSettings, previous: {}, sourcesFile: 'corpus/sources.yaml' });
  return out[1].clauses.map((c) => [c.text, c.units.join('+') || '—']);
}

describe('a paragraph opened by a commentary label ("> **Our view:** …") has no counterpart (enumerators.yaml layout.commentary_labels; trial 102 I1)', () => {
  const BASE = [
    '1. Each Member shall require operators of essential services to keep access logs for twelve months.',
    '2. Logs kept under paragraph 1 may be disclosed to a court on a reasoned request.',
    '3. Each Member shall publish the number of requests received every year.',
  ].join('\n\n');
  const brief = (label: string) => [
    '# Brief', '',
    'Operators of essential services must keep access logs for twelve months.', '',
    'Logs can be handed to a court on a reasoned request.', '',
    `> **${label}:** courts may order disclosure of the logs on any reasoned request, a low bar.`, '',
    'Members must publish the number of requests every year.', '',
  ].join('\n');

  it('the case: the comment after the second provision shares its words but reads none of it', () => {
    const rows = ingest(BASE, brief('Our view'));
    expect(rows.map((r) => r[1])).toEqual(['P1', 'P2', '—', 'P3']);
  });

  it('other labels: "Analysis", "Why it matters" (case ignored)', () => {
    expect(ingest(BASE, brief('Analysis'))[2][1]).toBe('—');
    expect(ingest(BASE, brief('why it matters'))[2][1]).toBe('—');
  });

  it('near misses: an ordinary bold label ("In short") and no list of labels leave the aligner to read it', () => {
    const plain = ingest(BASE, brief('In short'))[2][1];
    expect(plain).not.toBe('—');
    const none = { ...enumerators, layout: { ...enumerators.layout, commentary_labels: [] } };
    expect(ingest(BASE, brief('Our view'), none)[2][1]).toBe(plain);
  });
});

describe('a start or end marker the source wraps over a line break is found (trial 112 #1)', () => {
  const source = 'Press conference, 14 May\n\nMINISTER: Let me read out three of the commitments we agreed this\nmorning. 1. Members will publish their rules on data transfers.\n\n2. Members will review the rules every year. Thank you.\nQ: A question from the\nfloor.\n';
  it('findMarkerSpan: the words with the line break between them; the span ends after the marker', () => {
    const span = findMarkerSpan(source, 'commitments we agreed this morning.', 0)!;
    expect(source.slice(span[0], span[1])).toBe('commitments we agreed this\nmorning.');
    expect(findMarker(source, 'the floor.', 0)).toBe(source.indexOf('the\nfloor.'));
  });
  it('extractRegion: the region runs from after the wrapped start to before the wrapped end', () => {
    const r = extractRegion(source, { start: ['three of the commitments we agreed this morning.'], end: ['Thank you. Q: A question'] }, 'raw/p.txt');
    expect(r.text.trim()).toBe('1. Members will publish their rules on data transfers.\n\n2. Members will review the rules every year.');
  });
  it('near misses: a marker as written is found where it stands first; words that do not stand together are not found; a word inside another is not the marker', () => {
    expect(findMarker('we agreed this morning. We agreed this\nmorning.', 'We agreed this morning.', 0)).toBe(24);
    expect(findMarkerSpan(source, 'commitments we agreed morning.', 0)).toBeNull();
    expect(findMarkerSpan('rethree of\nthem', 'three of them', 0)).toBeNull();
    expect(() => extractRegion(source, { start: ['we agreed that'], end: [] }, 'raw/p.txt')).toThrow(/start marker not found: "we agreed that"/);
  });
});

describe('sub-items numbered "i)", "ii)", "iii)", also after a Markdown bullet ("- (i) …"), are list marks (trial 108 I1, I3)', () => {
  const cut = (region: string) => segment(region, { by: 'paragraph' }, enumerators).map((c) => [c.marker ?? null, c.text]);
  it('the case: "i)" "ii)" "iii)" under a numbered paragraph', () => {
    expect(cut('2. Members should protect data transferred abroad by means of:\n\ni) adequacy decisions;\n\nii) contractual safeguards;\n\niii) certification, where appropriate.\n\n3. Members shall publish their rules.\n')).toEqual([
      ['2.', 'Members should protect data transferred abroad by means of:'],
      ['i)', 'adequacy decisions;'],
      ['ii)', 'contractual safeguards;'],
      ['iii)', 'certification, where appropriate.'],
      ['3.', 'Members shall publish their rules.'],
    ]);
  });
  it('a base numbered so ingests, one unit per item', () => {
    const yaml = ['title: t', 'base: b', 'units:', '  prefixes: [P]', 'witnesses:', '  - id: b', '    title: b', '    date: 2024', '    issuer: x', '    kind: full-text', '    source: raw/b.txt', '    segment: paragraph'].join('\n');
    const out = buildWitnesses({ config: parseSources(yaml, 'corpus/sources.yaml'), raw: { 'raw/b.txt': '1. Members shall act.\n\n2. Members should protect data by means of:\n\ni) adequacy decisions;\n\nii) contractual safeguards.\n\n3. Members shall publish their rules.\n' }, enumerators, aligner: alignerSettings, previous: {}, sourcesFile: 'corpus/sources.yaml' });
    expect(out[0].clauses.map((c) => c.text)).toEqual(['Members shall act.', 'Members should protect data by means of:', 'adequacy decisions;', 'contractual safeguards.', 'Members shall publish their rules.']);
  });
  it('a bullet then the item\'s own number: the number is the mark', () => {
    expect(cut('- (i) adequacy decisions;\n- (ii) contractual safeguards;\n- 3. certification.\n')).toEqual([
      ['(i)', 'adequacy decisions;'],
      ['(ii)', 'contractual safeguards;'],
      ['3.', 'certification.'],
    ]);
  });
  it('near misses: a bullet before words keeps the bullet; "ii)" inside a sentence is text', () => {
    expect(cut('- adequacy decisions;\n- contractual safeguards;\n')).toEqual([['-', 'adequacy decisions;'], ['-', 'contractual safeguards;']]);
    expect(cut('Members may rely on options i) and ii) of the list.\n')).toEqual([[null, 'Members may rely on options i) and ii) of the list.']]);
  });
});

describe('a thread\'s post counters with no total ("1/ " "2/ ") are marks (trial 110)', () => {
  const cut = (region: string) => segment(region, { by: 'paragraph' }, enumerators).map((c) => [c.marker ?? null, c.text]);
  it('the case: two posts or more open with one', () => {
    expect(cut('1/ States must not let their territory be used for attacks.\n\n2/ Govts should share information.\n\n3/ No attacks on hospitals.\n')).toEqual([
      ['1/', 'States must not let their territory be used for attacks.'],
      ['2/', 'Govts should share information.'],
      ['3/', 'No attacks on hospitals.'],
    ]);
  });
  it('near misses: a lone "24/ 7" is text; counters with a total work as before', () => {
    expect(cut('24/ 7 monitoring is required.\n\nOperators shall report.\n')).toEqual([[null, '24/ 7 monitoring is required.'], [null, 'Operators shall report.']]);
    expect(cut('1/3 States must act.\n\n2/3 Govts should share.\n')).toEqual([['1/3', 'States must act.'], ['2/3', 'Govts should share.']]);
  });
});

describe('Markdown footnotes ("…own.[^12]" and "[^12]: Report …") are set aside (trial 110)', () => {
  const md = 'The norms hang from one chapeau.[^12] The drafting was deliberate.\n\n> (c) Take reasonable steps to halt such activity;[^13]\n\nA call with no note stays.[^9]\n\n[^12]: Report of the Group, para. 22.\n[^13]: Ibid., para. 22(c).\n    A second line of the note.\n';
  it('the calls and the notes leave the text; a call with no note stays', () => {
    const text = markdownToText(md, { apart: true }).replace(/[ ]+/g, ' ');
    expect(text).not.toMatch(/\[\^1[23]\]|Ibid|Report of the Group|second line/);
    expect(text).toContain('The norms hang from one chapeau. The drafting was deliberate.');
    expect(text).toContain('A call with no note stays.[^9]');
  });
  it('the notes are listed for the warning', () => {
    expect(markdownFootnotes(md).notes.map((n) => [n.label, n.line])).toEqual([['12', 7], ['13', 8]]);
  });
  it('near miss: a bracketed caret in a source with no notes is text', () => {
    expect(markdownToText('Exponents are written 2[^3] here.\n', { apart: true })).toContain('2[^3]');
  });
});

const read = await loadHtmlReader();

describe('an HTML paragraph or list item opened by a short bold label ("<li><strong>Notice.</strong> We will …") has it as its heading (trial 113 I1)', () => {
  it('the case: list items, the label on its own line above the item and its mark', () => {
    const html = '<ol><li><strong>Legal basis.</strong> We will disclose data only on a lawful request.</li><li><b>Notice:</b> We will notify customers.</li></ol>';
    expect(read(html, true)).toBe('Legal basis\n\n1. We will disclose data only on a lawful request.\n\nNotice\n\n2. We will notify customers.\n');
  });
  it('a paragraph, and a stop that opens the text after the label', () => {
    expect(read('<p><strong>Scope</strong>. These principles apply to all requests.</p>', true)).toBe('Scope\n\nThese principles apply to all requests.\n');
  });
  it('segmented, the label is the clause\'s marker (as a Markdown source\'s)', () => {
    const cut = segment(read('<ol><li><strong>Legal basis.</strong> We will disclose data only on a lawful request.</li><li><strong>Notice.</strong> We will notify customers.</li></ol>', true), { by: 'paragraph' }, enumerators);
    expect(cut.map((c) => [c.marker, c.text])).toEqual([['Legal basis / 1.', 'We will disclose data only on a lawful request.'], ['Notice / 2.', 'We will notify customers.']]);
  });
  it('near misses: bold words that open a sentence, a long bold sentence, bold alone, and a source read whole stay as they are', () => {
    expect(read('<p><strong>We recommend</strong> that boards publish reports.</p>', true)).toBe('We recommend that boards publish reports.\n');
    expect(read('<p><b>All providers shall keep the records of every request for five years.</b> They may not delete them.</p>', true)).toBe('All providers shall keep the records of every request for five years. They may not delete them.\n');
    expect(read('<p><strong>Notice.</strong></p>', true)).toBe('Notice.\n');
    expect(read('<p><strong>Notice.</strong> We will notify customers.</p>', false)).toBe('Notice. We will notify customers.\n');
  });
});
