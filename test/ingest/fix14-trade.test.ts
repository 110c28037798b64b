/**
 * Trial 62 #8: decimal article numbers (chapter.article, the norm in the chapters of trade
 * agreements) are kept whole in unit names, their parts joined by "_" (a dot in a tag names a sentence).
 */
import { describe, expect, it } from 'vitest';
import { headingNames } from '../../src/ingest/names.js';
import { TAG } from '../../src/corpus/markdown.js';

describe('unit names from decimal article numbers (trial 62 #8)', () => {
  it('"Article 14.11" and "Article 15.11": two names, the chapter kept', () => {
    const names = headingNames(
      [
        { text: 'a', block: 'item', marker: 'Article 14.11: Data / 1.', offset: 0 },
        { text: 'b', block: 'item', marker: '2.', offset: 1 },
        { text: 'c', block: 'paragraph', marker: 'Article 15.11: Other', offset: 2 },
      ],
      'Art',
    );
    expect(names).toEqual(['Art14_11-1', 'Art14_11-2', 'Art15_11']);
  });
  it('other wordings: a three-part number, leading zeros dropped per part; the names are valid tags, with a sentence too', () => {
    expect(headingNames([{ text: 'a', block: 'paragraph', marker: 'CHAPTER 3 / Article 3.02.1', offset: 0 }], 'Art')).toEqual(['Art3_2_1']);
    expect(TAG.test('Art14_11-1')).toBe(true);
    expect(TAG.test('Art14_11-1.2')).toBe(true);
  });
  it('near miss: a plain article number is unchanged, and a dot still cannot stand in a unit name', () => {
    expect(headingNames([{ text: 'a', block: 'paragraph', marker: 'CHAPTER 14 / Article 38.', offset: 0 }], 'Art')).toEqual(['Art38']);
    expect(TAG.test('Art14.11-1')).toBe(false);
  });
});
