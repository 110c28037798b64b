import { describe, expect, it } from 'vitest';
import { dropLines, extractRegion, findMarker, furnitureLines, lineAt } from '../../src/ingest/extract.js';
import { UserError } from '../../src/errors.js';
import { userError } from '../helpers/errors.js';


const RAW = [
  'Circular: transmittal of the CHARTER to the member States', // 1 (title also here)
  'Distribution: general', // 2
  '[Authentic text]', // 3
  '', // 4
  'CHARTER', // 5
  '', // 6
  'First paragraph of the text.', // 7
  '', // 8
  'Last paragraph. Done at Lakeport.', // 9
  'Done at Lakeport, page 1', // 10
  'Footer', // 11
].join('\n');

describe('extractRegion', () => {
  it('finds start markers one after the other and starts right after the last', () => {
    const r = extractRegion(RAW, { start: ['[Authentic text]', 'CHARTER'], end: [] }, 'raw/a.txt');
    expect(r.text.trimStart().startsWith('First paragraph')).toBe(true);
    expect(r.offset).toBe(RAW.indexOf('CHARTER\n') + 'CHARTER'.length);
    expect(RAW.slice(r.offset)).toBe(r.text);
  });

  it('a single marker that also occurs in the header cuts too early (why markers are a sequence)', () => {
    const r = extractRegion(RAW, { start: ['CHARTER'], end: [] }, 'raw/a.txt');
    expect(r.text.startsWith(' to the member States')).toBe(true);
  });

  it('ends right before the last end marker, found in order after the start', () => {
    // "Done at Lakeport" occurs twice: inside the last paragraph and in the footer line;
    // the sequence ["page 1"] alone or ["Lakeport.", "Done at"] picks the footer one
    const r = extractRegion(RAW, { start: ['[Authentic text]', 'CHARTER'], end: ['Lakeport.', 'Done at'] }, 'raw/a.txt');
    expect(r.text.trim()).toBe('First paragraph of the text.\n\nLast paragraph. Done at Lakeport.');
    const single = extractRegion(RAW, { start: ['CHARTER\n'], end: ['Done at'] }, 'raw/a.txt');
    expect(single.text.trim()).toBe('First paragraph of the text.\n\nLast paragraph.');
  });

  it('an end marker that only occurs before the start is not found', () => {
    const raw = 'Footer\nSTART\nbody text\n';
    const e = userError(() => extractRegion(raw, { start: ['START'], end: ['Footer'] }, 'raw/b.txt'));
    expect(e.message).toContain('raw/b.txt');
    expect(e.message).toContain('"Footer"');
    expect(e.file).toBe('raw/b.txt');
    expect(e.line).toBe(2);
  });

  it('no markers: the whole file', () => {
    expect(extractRegion('abc\ndef', { start: [], end: [] }, 'x')).toEqual({ text: 'abc\ndef', offset: 0 });
  });

  it('a start marker that is not found is a UserError naming the file and the marker', () => {
    const e = userError(() => extractRegion(RAW, { start: ['[Original: Chinese]'], end: [] }, 'raw/a.txt'));
    expect(e.file).toBe('raw/a.txt');
    expect(e.message).toMatch(/^raw\/a\.txt(:\d+)?: start marker not found: "\[Original: Chinese\]"$/);
  });

  it('a later start marker not found: the line where the search for it began', () => {
    const e = userError(() => extractRegion(RAW, { start: ['[Authentic text]', 'ANNEX'], end: [] }, 'raw/a.txt'));
    expect(e.file).toBe('raw/a.txt');
    expect(e.line).toBe(3);
    expect(e.message).toBe('raw/a.txt:3: start marker not found: "ANNEX"');
  });

  it('an end marker not found: file and line after the start', () => {
    const e = userError(() => extractRegion(RAW, { start: ['[Authentic text]', 'CHARTER'], end: ['Signed'] }, 'raw/a.txt'));
    expect(e.line).toBe(5);
    expect(e.message).toBe('raw/a.txt:5: end marker not found after the start: "Signed"');
  });

  it('an empty region (only white space between the markers) is a UserError with the line', () => {
    const raw = 'head\nBEGIN\n  \n\t\nEND\ntail';
    const e = userError(() => extractRegion(raw, { start: ['BEGIN'], end: ['END'] }, 'raw/c.txt'));
    expect(e.message).toContain('extracted region is empty');
    expect(e.file).toBe('raw/c.txt');
    expect(e.line).toBe(2);
    // adjacent markers too (markers stand as whole words: "BEGINEND" holds neither)
    expect(() => extractRegion('BEGIN END', { start: ['BEGIN'], end: ['END'] }, 'raw/c.txt')).toThrow(/empty/);
    expect(() => extractRegion('[BEGIN][END]', { start: ['[BEGIN]'], end: ['[END]'] }, 'raw/c.txt')).toThrow(/empty/);
  });

  it('keeps the region untouched (no trimming, no normalisation)', () => {
    const raw = 'X\n  “Curly”  —  text\r\nwith\ttabs \nY';
    const r = extractRegion(raw, { start: ['X'], end: ['Y'] }, 'r');
    expect(r.text).toBe('\n  “Curly”  —  text\r\nwith\ttabs \n');
  });
});

describe('findMarker (markers stand as whole words)', () => {
  it('"V. Concluding" is not found inside "IV. Concluding"', () => {
    const raw = 'IV. Concluding remarks of the chair\nText.\nV. Concluding observations\nFooter';
    expect(findMarker(raw, 'V. Concluding', 0)).toBe(raw.indexOf('\nV. ') + 1);
    const r = extractRegion(raw, { start: ['IV. Concluding remarks of the chair'], end: ['V. Concluding'] }, 'raw/a.txt');
    expect(r.text.trim()).toBe('Text.');
  });
  it('near miss: a marker that begins or ends with a mark may touch a word; a missing whole-word marker is an error', () => {
    expect(findMarker('see [Original: English]', '[Original', 0)).toBe(4);
    expect(findMarker('ENDNOTES', 'NOTES', 0)).toBe(-1);
    expect(() => extractRegion('ENDNOTES here', { start: ['NOTES'], end: [] }, 'raw/a.txt')).toThrow(UserError);
  });
});

describe('lineAt', () => {
  it('counts 1-based lines', () => {
    const t = 'a\nbc\n\nd';
    expect(lineAt(t, 0)).toBe(1);
    expect(lineAt(t, 1)).toBe(1); // the newline itself belongs to line 1
    expect(lineAt(t, 2)).toBe(2);
    expect(lineAt(t, 5)).toBe(3);
    expect(lineAt(t, 6)).toBe(4);
  });
});

describe('dropLines (extract.drop)', () => {
  const patterns = [/^(?:CODE\/2024\/3 — Page \d of \d)$/u, /^(?:Principle \d+)$/u];

  it('a page break in mid-sentence (blank lines, footer, form feed) joins the two halves of the paragraph', () => {
    const t = 'Flag States shall share catch data\n\nCODE/2024/3 — Page 2 of 3\n\f\n\nwith the regional body every month.\n\nNext.';
    expect(dropLines(t, patterns)).toBe('Flag States shall share catch data\nwith the regional body every month.\n\nNext.');
  });

  it('after a full stop the break stays a paragraph break; a heading line goes', () => {
    const t = 'The first principle ends here.\n\nCODE/2024/3 — Page 3 of 3\n\nPrinciple 5\nThe next one begins.';
    expect(dropLines(t, patterns)).toBe('The first principle ends here.\n\nThe next one begins.');
  });

  it('a short line before a capital is a title, not half a sentence: the break stays', () => {
    const t = 'Cross-border data flows and the right to privacy\n\nPublished: 20 December 2024\n\nThe General Assembly,';
    expect(dropLines(t, [/^Published: .*$/u], 12)).toBe('Cross-border data flows and the right to privacy\n\nThe General Assembly,');
    // a longer line, or a lower-case continuation, is still joined
    const u = 'Flag States shall share catch data\n\nCODE/2024/3 — Page 2 of 3\n\nwith the regional body.';
    expect(dropLines(u, patterns, 12)).toBe('Flag States shall share catch data\nwith the regional body.');
  });

  it('patterns match whole lines only; no pattern, no change', () => {
    const t = 'As Principle 2 says, data are shared.\nCODE/2024/3 — Page 1 of 3 (draft)';
    expect(dropLines(t, patterns)).toBe(t);
    expect(dropLines(t, [])).toBe(t);
  });
});

describe('furnitureLines (a warning at ingest)', () => {
  it('a short line that stands more than once, or a "Page 2 of 5" line, is reported once, with its first line', () => {
    const t = 'G7 Digital Ministers\nWe commit to share.\nPage 1 of 2\nG7 Digital Ministers\nWe will act.\nG7 Digital Ministers';
    expect(furnitureLines(t)).toEqual([
      { line: 'G7 Digital Ministers', at: 1, count: 3 },
      { line: 'Page 1 of 2', at: 3, count: 1 },
    ]);
  });

  it('a running head that carries the page number stands again with another figure', () => {
    const t = 'REGIONAL DIGITAL FRAMEWORK   Page 42\nEach Party shall act.\nREGIONAL DIGITAL FRAMEWORK Page 43\nThe Parties shall review.';
    expect(furnitureLines(t)).toEqual([{ line: 'REGIONAL DIGITAL FRAMEWORK Page 42', at: 1, count: 2 }]);
  });

  it('near miss: numbered headings ("Article 1", "Article 2") are not furniture', () => {
    expect(furnitureLines('Article 1\nText one.\nArticle 2\nText two.\nSection 3 Scope\nText.')).toEqual([]);
  });

  it('long lines, lines without letters and single short lines are not furniture', () => {
    const long = 'States should cooperate in developing and applying measures to increase stability and security in the use of ICTs';
    expect(furnitureLines(`${long}\n${long}\n---\n---\nArticle 1\nText.`)).toEqual([]);
  });
});

