/**
 * Session 23 ingest (trials 114, 117, 118): footnote calls inside a line and notes with no separator
 * line; a document symbol on a dropped running head keeps its figure; an outline's item labels
 * ("- R1: …") are marks; a rule over its numbered commentary is named Rule1, Rule1-1, Rule1-2.
 */
import { describe, expect, it } from 'vitest';
import { footnoteBlocks, footnoteMarks } from '../../src/ingest/extract.js';
import { headingNames } from '../../src/ingest/names.js';
import { segment, type RawClause } from '../../src/ingest/segment.js';
import { enumerators } from '../helpers/settings.js';

const notes = new Set(['1', '2']);

describe('footnoteMarks: a call inside a line', () => {
  it('glued after a comma, the sentence going on in lower case: taken out', () => {
    expect(footnoteMarks('The norms, as set out in the 2015 report,1 provide a basis.\n', notes).text).toBe('The norms, as set out in the 2015 report, provide a basis.\n');
  });
  it('glued after a full stop, the next sentence opening: taken out', () => {
    expect(footnoteMarks('The Group met in Geneva.2 The report was adopted.\n', notes).text).toBe('The Group met in Geneva. The report was adopted.\n');
  });
  it('near misses: no note of that number, a figure after a space, a number with a point, a capital after a comma', () => {
    expect(footnoteMarks('The 2015 report,3 provide a basis.\n', notes).text).toBe('The 2015 report,3 provide a basis.\n');
    expect(footnoteMarks('See paragraph 1 and resolution 70/237, 2 copies.\n', notes).text).toBe('See paragraph 1 and resolution 70/237, 2 copies.\n');
    expect(footnoteMarks('Under Article 14.1 The State shall act.\n', notes).text).toBe('Under Article 14.1 The State shall act.\n');
    expect(footnoteMarks('The Group met in 2015.2 The report was adopted.\n', notes).text).toBe('The Group met in 2015.2 The report was adopted.\n');
    expect(footnoteMarks('Members include Chad,1 Mali and Niger.\n', notes).text).toBe('Members include Chad,1 Mali and Niger.\n');
  });
});

describe('footnoteMarks: a dropped line and a document symbol keep their figures', () => {
  const text = 'States met.\n\n                     A/AC.1/CRP.1\n\nStates agreed.\n';
  it('a line a drop pattern removes is met as written', () => {
    expect(footnoteMarks(text, notes, [/^(?:A\/AC\.1\/CRP\.1)$/u]).text).toBe(text);
  });
  it('a symbol at a paragraph end keeps its last figure even with no drop pattern', () => {
    expect(footnoteMarks(text, notes).text).toBe(text);
  });
  it('near miss: a call glued after a word at a paragraph end still goes', () => {
    expect(footnoteMarks('… adopted on 7 October 2021,1\n\nNext.\n', notes).text).toBe('… adopted on 7 October 2021,\n\nNext.\n');
  });
});

describe('footnoteBlocks: a note in figures with no separator line', () => {
  const page = 'in accordance with the Guiding Principles on Business and Human Rights,1 including the\nright to privacy.\n\n          1   A/HRC/17/31, annex.\n\n2                                GE.26-05512\n';
  it('set off by two spaces or more after a blank line, its call in the text: a note', () => {
    expect(footnoteBlocks(page).map((b) => b.notes)).toEqual([[{ n: '1', text: 'A/HRC/17/31, annex.' }]]);
  });
  it('near misses: no call in the text, or one space after the figure (a numbered line): no note', () => {
    expect(footnoteBlocks(page.replace('Rights,1 including', 'Rights, including'))).toEqual([]);
    expect(footnoteBlocks('States agreed,1 as follows.\n\n1 States shall report.\n')).toEqual([]);
  });
});

const cut = (text: string) => segment(text, { by: 'paragraph' }, enumerators).map((c) => [c.marker ?? null, c.text]);

describe('segment: item labels of a word and a number before a colon', () => {
  it('bulleted or not, two or more: the label is the mark', () => {
    expect(cut('- R1: a State must not conduct operations\n- R2: a State must exercise due diligence')).toEqual([
      ['R1', 'a State must not conduct operations'],
      ['R2', 'a State must exercise due diligence'],
    ]);
    expect(cut('Rule 4: A State may take countermeasures.\n\nRule 5: Conduct of organs is attributable.')).toEqual([
      ['Rule 4', 'A State may take countermeasures.'],
      ['Rule 5', 'Conduct of organs is attributable.'],
    ]);
  });
  it('near misses: a lone label, a lower-case word, a time of day stay text', () => {
    expect(cut('Article 5: States shall cooperate.')).toEqual([[null, 'Article 5: States shall cooperate.']]);
    expect(cut('- in 2020: data flows grew\n- in 2021: they grew again')).toEqual([
      ['-', 'in 2020: data flows grew'],
      ['-', 'in 2021: they grew again'],
    ]);
  });
});

const raw = (...marks: (string | undefined)[]): RawClause[] =>
  marks.map((m, k) => ({ text: `Clause ${k}.`, block: m === undefined || m.split(' / ').length === 1 && !/\d\.|\(/.test(m) ? 'paragraph' : 'item', offset: k * 10, ...(m === undefined ? {} : { marker: m }) }));

describe('headingNames: a heading\'s unmarked paragraph over numbered paragraphs', () => {
  it('Rule1 for the rule, Rule1-1 and Rule1-2 for its commentary', () => {
    expect(headingNames(raw('Rule 1 – Sovereignty', '1.', '2.', 'Rule 2 – Due diligence', '1.'), 'Rule')).toEqual(['Rule1', 'Rule1-1', 'Rule1-2', 'Rule2', 'Rule2-1']);
  });
  it('near misses: two unmarked paragraphs are counted; a lead-in over letters as before', () => {
    const two = raw('Article 3', undefined);
    two[1].block = 'paragraph';
    expect(headingNames(two, 'Art')).toEqual(['Art3-1', 'Art3-2']);
    expect(headingNames(raw('Article 7', '(a)', '(b)'), 'Art')).toEqual(['Art7', 'Art7a', 'Art7b']);
  });
});
