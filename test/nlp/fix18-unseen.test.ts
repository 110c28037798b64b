/**
 * Session 18 (trial 89 A1, A11): characters a reader never sees (soft hyphen, zero-width space,
 * word joiner) and PDF ligatures are no token breaks and no variants; the tokens keep the
 * transcription's characters.
 */
import { describe, expect, it } from 'vitest';
import { textOf, tokenise } from '../../src/nlp/index.js';
import { variants } from '../analyse/helpers.js';

describe('invisible characters and ligatures', () => {
  it('"pro\\u00adhibit the trans\\u200bfer": two words, their transcriptions kept, normalised without the marks', () => {
    const text = 'A Party shall not pro\u00adhibit the trans\u200bfer of data.';
    const t = tokenise(text);
    expect(t.map((x) => x.n)).toEqual(['a', 'party', 'shall', 'not', 'prohibit', 'the', 'transfer', 'of', 'data', '.']);
    expect(t[4].t).toBe('pro\u00adhibit');
    expect(text.slice(t[6].start, t[6].end)).toBe('trans\u200bfer');
    expect(textOf(t)).toBe(text);
  });
  it('a ligature "ﬁnal": one token "ﬁnal", normalised "final"; a word joiner before a full stop stays in the space', () => {
    const text = 'The decision is ﬁnal\u2060.';
    const t = tokenise(text);
    expect(t.map((x) => [x.t, x.n])).toEqual([['The', 'the'], ['decision', 'decision'], ['is', 'is'], ['ﬁnal', 'final'], ['.', '.']]);
    expect(textOf(t)).toBe(text);
  });
  it('no variant against the plain spelling (A1, A11)', () => {
    expect(variants('A Party shall not prohibit the transfer of data.', 'A Party shall not pro\u00adhibit the trans\u200bfer of data.')).toEqual([]);
    expect(variants('Transfers shall be prohibited.', 'Transfers shall be pro\u00adhibited.')).toEqual([]);
    expect(variants('The decision is final.', 'The decision is ﬁnal.')).toEqual([]);
  });
  it('near miss: a capital with a ligature is still a case variant; a visible hyphen is still a compound', () => {
    expect(variants('The decision is Final.', 'The decision is ﬁnal.').map((v) => v.type)).toEqual(['case']);
    expect(variants('Rules shall be nondiscriminatory.', 'Rules shall be non-discriminatory.').map((v) => v.type)).toEqual(['compound']);
  });
});
