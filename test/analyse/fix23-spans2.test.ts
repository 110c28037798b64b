import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** type, direction, base and reading of each variant, in order. */
const tdbr = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);

describe('a shortened word inside a longer change is its own spelling (trial 118 E6)', () => {
  it('"an international legal" → "int\'l": the article, the abbreviation and the word dropped apart', () => {
    expect(tdbr('Parties should work within an international legal order.', "Parties should work within int'l order.")).toEqual([
      ['grammatical', null, 'an', ''],
      ['spelling', null, 'international', "int'l"],
      ['omission', null, 'legal', ''],
    ]);
  });
  it('a clipped form a note-taker writes ("ops") is a spelling', () => {
    expect(tdbr('Agencies shall log all network operations.', 'Agencies shall log all network ops.')).toEqual([['spelling', null, 'operations', 'ops']]);
  });
  it('near miss: the abbreviation alone stays one spelling; another word against it stays lexical', () => {
    expect(tdbr('Parties should settle international legal disputes.', "Parties should settle int'l legal disputes.")).toEqual([['spelling', null, 'international', "int'l"]]);
    expect(tdbr('Parties should work within a new legal order.', "Parties should work within int'l order.")).toEqual([['lexical', null, 'a new legal', "int'l"]]);
  });
});

describe('a limb dropped from an "only" condition that restricts the act (trial 119 #5)', () => {
  it('"use the records only where a user is actively and knowingly involved" → without "and knowingly": weakened', () => {
    expect(tdbr('Operators should use the records only where a user is actively and knowingly involved.', 'Operators should use the records only where a user is actively involved.'))
      .toEqual([['qualifier-dropped', 'weakened', 'and knowingly', '']]);
  });
  it('near miss: the same drop on a plain duty stays strengthened; so does a duty to act under "only"', () => {
    expect(tdbr('Operators must alert staff where a user is actively and knowingly involved.', 'Operators must alert staff where a user is actively involved.'))
      .toEqual([['qualifier-dropped', 'strengthened', 'and knowingly', '']]);
    expect(tdbr('Operators must alert staff only where a user is actively and knowingly involved.', 'Operators must alert staff only where a user is actively involved.'))
      .toEqual([['qualifier-dropped', 'strengthened', 'and knowingly', '']]);
  });
});

describe('a list item that is a restriction dropped is a restriction dropped (trial 115 #2)', () => {
  it('"fairly, openly and only for stated aims" → "fairly and openly": one qualifier-dropped, weakened', () => {
    expect(tdbr('Records should be handled fairly, openly and only for stated aims.', 'Records should be handled fairly and openly.'))
      .toEqual([['qualifier-dropped', 'weakened', 'and only for stated aims', '']]);
    expect(tdbr('Records should be handled only for stated aims.', 'Records should be handled.')).toEqual([['qualifier-dropped', 'weakened', 'only for stated aims', '']]);
  });
  it('near miss: an item of an enumeration of things stays an omission', () => {
    expect(tdbr('Agencies should keep names, ages and places of birth.', 'Agencies should keep names and ages.')).toEqual([['omission', null, 'and places of birth', '']]);
  });
});

describe('an exception dropped with the phrase that limits it is one variant (trial 119 #6)', () => {
  it('", unless …, taking account of …" dropped: one qualifier-dropped to the end', () => {
    expect(tdbr('Tracking must be off by default, unless you can show a strong reason for another choice, taking account of the interests of the user.', 'Tracking must be off by default.'))
      .toEqual([['qualifier-dropped', 'strengthened', ', unless you can show a strong reason for another choice, taking account of the interests of the user', '']]);
  });
  it('near miss: the limit alone dropped stays the limit dropped, weakened', () => {
    expect(tdbr('Tracking must be off by default, unless you can show a strong reason for another choice, taking account of the interests of the user.', 'Tracking must be off by default, unless you can show a strong reason for another choice.'))
      .toEqual([['qualifier-dropped', 'weakened', ', taking account of the interests of the user', '']]);
  });
});

describe('a reporting frame after a quotation (trial 119 #4)', () => {
  it('an adjunct after the verb is the frame\'s; the opening mark of the quoted sentence is no variant', () => {
    expect(tdbr('Records must be kept safe when users sign up.', '"Records must stay secure," the Minister said at the launch.')).toEqual([
      ['lexical', null, 'be kept', 'stay'],
      ['lexical', null, 'safe', 'secure'],
      ['qualifier-dropped', 'strengthened', 'when users sign up', ''],
      ['addition', null, '', '," the Minister said at the launch'],
    ]);
  });
  it('near miss: without the adjunct or the marks the frame is the same addition', () => {
    expect(tdbr('Records must be kept safe.', 'Records must be kept safe, the Minister said on Monday.')).toEqual([['addition', null, '', ', the Minister said on Monday']]);
  });
});
