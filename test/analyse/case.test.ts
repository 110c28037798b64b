import { describe, expect, it } from 'vitest';
import { analyseReadings } from '../../src/analyse/index.js';
import { types, variants } from './helpers.js';

describe('case', () => {
  it('a capital lost is case', () => {
    const vs = variants('We welcome Governments and organizations.', 'We welcome governments and organizations.');
    expect(vs.map((v) => [v.type, v.class, v.base, v.reading])).toEqual([['case', 'accidental', 'Governments', 'governments']]);
    expect(vs[0].baseSpan).toEqual([2, 3]);
  });

  it('case differences still count as identical tokens', () => {
    const r = analyseReadings('We welcome Governments.', 'We welcome governments.');
    expect(r.identicalTokens).toBe(r.baseTokens);
  });

  it('adjacent case changes make one variant', () => {
    expect(variants('the United Nations agreed', 'the united nations agreed').map((v) => v.base)).toEqual(['United Nations']);
  });

  it('a capital that only marks a sentence start on one side is not a variant', () => {
    // the first word of the text on both sides, no marker stripped: a capital dropped, a reading
    // (trial 71 A9; after a stripped "Fourth," the corpus driver marks the side and it is positional)
    expect(variants('Any person affected by a decision may appeal.', 'any person affected by a decision may appeal.').map((v) => [v.type, v.base, v.reading])).toEqual([['case', 'Any', 'any']]);
    expect(types('Any person may appeal.', '“any person may appeal.')).toEqual(['punctuation']);
    // sentence-initial on one side: a full stop in the witness brings its capital with it
    expect(types('Parties report, and the Parties review.', 'Parties report. The Parties review.')).not.toContain('case');
    // (so too a content word written lower case elsewhere, trial 71 A9)
    expect(variants('Public authorities shall publish a register of public services.', 'public authorities shall publish a register of public services.').map((v) => v.base)).toEqual(['Public']);
    // at a sentence start the first capital is positional; a capital inside the sentence is still compared
    expect(types('Member States shall report. Member States shall meet.', 'member states shall report. Member States shall meet.')).toEqual(['case']);
    expect(variants('Member States shall report.', 'member states shall report.').map((v) => v.base)).toEqual(['Member States']);
    // but the rest of the word, or a word inside the sentence, is still compared
    expect(types('Any Person may appeal.', 'any person may appeal.')).toEqual(['case']);
    expect(variants('Any Person may appeal.', 'any person may appeal.')[0].base).toBe('Any Person');
    expect(types('ANY person may appeal.', 'any person may appeal.')).toEqual(['case']);
  });

  it('near miss: another word is not case', () => {
    expect(types('We welcome Governments.', 'We welcome states.')).not.toContain('case');
  });
});

describe("case: an editor's capital in square brackets", () => {
  it('"Public" → "[p]ublic" in a quotation is a case variant; other bracketed words are not', () => {
    expect(variants('Public bodies should act.', '[p]ublic bodies should act.').map((v) => [v.type, v.class, v.base, v.reading])).toEqual([['case', 'accidental', 'Public', '[p]ublic']]);
    expect(types('Public bodies should act.', '[Private] bodies should act.')).not.toContain('case');
  });
});

describe('case: a capital dropped after a full stop both sides read', () => {
  it('is a case variant, though the tagger does not end the sentence before a small letter', () => {
    const vs = variants('States should reply to requests. Adherents should respect privacy.', 'States should reply to requests. adherents should respect privacy.');
    expect(vs.map((v) => [v.type, v.base, v.reading])).toEqual([['case', 'Adherents', 'adherents']]);
    expect(types('States should reply to requests; Adherents should respect privacy.', 'States should reply to requests. adherents should respect privacy.')).toEqual(['punctuation', 'case']);
  });

  it('near misses: a capital only where one side starts a sentence, a clause that opens in small letters', () => {
    expect(types('States should reply to requests and Adherents should respect privacy.', 'States should reply to requests. Adherents should respect privacy.')).not.toContain('case');
    expect(types('States should reply to requests. Adherents should respect privacy.', 'States should reply to requests and adherents should respect privacy.')).not.toContain('case');
    // (the first word of the text on both sides is compared: trial 71 A9)
    expect(variants('Adherents should respect privacy.', 'adherents should respect privacy.').map((v) => v.type)).toEqual(['case']);
  });
});
