/**
 * Session 23: small splits and lumps (trial 119 #7, trial 116 E8).
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

describe('an additive adverb added on one side of a word both read, a word dropped on the other (trial 119 #7)', () => {
  it('"also" is grammar of its own, the participle an omission', () => {
    expect(rows('The reports shall be published online.', 'The reports shall also be online.')).toEqual([
      ['grammatical', null, '', 'also'],
      ['omission', null, 'published', ''],
    ]);
  });
  it('beside a change of modal', () => {
    expect(rows('Tracking features must be disabled at first.', 'Tracking features will also be at first.')).toEqual([
      ['modality', 'weakened', 'must', 'will'],
      ['grammatical', null, '', 'also'],
      ['omission', null, 'disabled', ''],
    ]);
  });
  it('near miss: another adverb in its place stays one rewording', () => {
    expect(rows('The reports shall be published online.', 'The reports shall then be online.')).toEqual([['lexical', null, 'be published', 'then be']]);
  });
});

describe('a preposition left waiting for its object does not end a qualifier phrase at its comma (trial 116 E8)', () => {
  it('"including … of, or access to, the records" dropped is one named case', () => {
    expect(rows('The agent shall protect the files, including protection against unlawful copying of, or access to, the records.', 'The agent shall protect the files.')).toEqual([
      ['qualifier-dropped', null, ', including protection against unlawful copying of, or access to, the records', ''],
    ]);
  });
  it('near miss: a particle before a comma and a new limb ("before switching it on, and talk") ends the phrase there', () => {
    expect(rows('Agencies should review the tool and talk to the staff.', 'Agencies should review the tool before switching it on, and talk to the staff.')).toEqual([
      ['punctuation', null, '', ','],
      ['qualifier-added', 'strengthened', '', 'before switching it on'],
    ]);
  });
  it('near miss: a comma after a noun still closes the phrase', () => {
    const r = rows('The agent shall protect the files, including protection against unlawful copying, or access by outsiders, at all times.', 'The agent shall protect the files, at all times.');
    expect(r).toEqual([['qualifier-dropped', null, 'including protection against unlawful copying, or access by outsiders,', '']]);
  });
});

describe('a determiner that agrees with a new noun is part of the noun\'s change (trial 116 E8)', () => {
  it('"these Rules" → "this Policy" is one lexical', () => {
    expect(rows('It shall comply with its obligations under these Rules.', 'It shall comply with its obligations under this Policy.')).toEqual([
      ['lexical', null, 'these Rules', 'this Policy'],
    ]);
  });
  it('"those tools" → "that method" likewise', () => {
    expect(rows('The team shall document those tools in detail.', 'The team shall document that method in detail.')).toEqual([
      ['lexical', null, 'those tools', 'that method'],
    ]);
  });
  it('near miss: the same noun in another number stays grammar', () => {
    expect(rows('It shall comply with its obligations under these rules.', 'It shall comply with its obligations under this rule.')).toEqual([
      ['grammatical', null, 'these rules', 'this rule'],
    ]);
  });
  it('near miss: an article in its place is grammar of its own', () => {
    expect(rows('It shall comply with its obligations under these Rules.', 'It shall comply with its obligations under the Policy.')).toEqual([
      ['grammatical', null, 'these', 'the'],
      ['lexical', null, 'Rules', 'Policy'],
    ]);
  });
});

describe('two clauses joined by a coordinator both read: the subject changed after it is a change of its own (trial 116 E8)', () => {
  it('"these Rules or the head office has approved" → "this Policy or Beta has approved": two changes', () => {
    expect(rows('The agent shall not share the files unless the partner is bound by these Rules or the head office has approved the transfer.', 'The agent shall not share the files unless the partner is bound by this Policy or Beta has approved the transfer.')).toEqual([
      ['lexical', null, 'these Rules', 'this Policy'],
      ['lexical', null, 'the head office', 'Beta'],
    ]);
  });
  it('near miss: two items of one noun phrase, no verb after them, stay one rewording', () => {
    expect(rows('The agent shall not share the files unless the partner is bound by these Rules or the code of the head office.', 'The agent shall not share the files unless the partner is bound by this Policy or Beta.')).toEqual([
      ['lexical', null, 'these Rules or the code of the head office', 'this Policy or Beta'],
    ]);
  });
});
