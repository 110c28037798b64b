import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** type, direction, base and reading of each variant, in order. */
const tdbr = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);

describe('a head that names the period dropped before the same figure is the same duration (trial 109 #7)', () => {
  it('"for a term of six months" → "for six months": one grammatical variant', () => {
    expect(tdbr('Members shall hold office for a term of six months.', 'Members shall hold office for six months.')).toEqual([['grammatical', null, 'a term of', '']]);
    expect(tdbr('The operator shall retain the logs for 90 days.', 'The operator shall retain the logs for a period of 90 days.')).toEqual([['grammatical', null, '', 'a period of']]);
  });
  it('near miss: the figure changed with the head stays a duration shortened', () => {
    expect(tdbr('The operator shall retain the logs for a period of 90 days.', 'The operator shall retain the logs for 30 days.')).toEqual([['lexical', 'weakened', 'a period of 90', '30']]);
  });
});

describe('a counted time limit replaced by one that names no time is the limit reworded (trial 112 #8)', () => {
  it('"within six weeks" → "in due course": one lexical, weakened on an obligation', () => {
    expect(tdbr('The board shall answer within six weeks.', 'The board shall answer in due course.')).toEqual([['lexical', 'weakened', 'within six weeks', 'in due course']]);
    expect(tdbr('The board shall answer promptly.', 'The board shall answer at an early date.')).toEqual([['lexical', 'weakened', 'promptly', 'at an early date']]);
  });
  it('near miss: on a permission, no direction; "within a reasonable time" stays as it was', () => {
    expect(tdbr('The board may answer within six weeks.', 'The board may answer in due course.')).toEqual([['lexical', null, 'within six weeks', 'in due course']]);
    expect(tdbr('The board shall answer within six weeks.', 'The board shall answer within a reasonable time.')).toEqual([['lexical', 'weakened', 'six weeks', 'a reasonable time']]);
  });
});

describe('an article dropped before a noun put in the plural, its modifiers kept between, is one change (trial 109 #8)', () => {
  it('"an external auditor" → "external auditors" and back: one grammatical variant', () => {
    expect(tdbr('Records may be shown to an external auditor.', 'Records may be shown to external auditors.')).toEqual([['grammatical', null, 'an external auditor', 'external auditors']]);
    expect(tdbr('Records may be shown to external auditors.', 'Records may be shown to an external auditor.')).toEqual([['grammatical', null, 'external auditors', 'an external auditor']]);
  });
  it('near miss: an article replaced, the noun in the same number, stays one article change', () => {
    expect(tdbr('Records may be shown to an external auditor.', 'Records may be shown to the external auditor.')).toEqual([['grammatical', null, 'an', 'the']]);
  });
});

describe('a floor before a frequency goes with the frequency changed (trial 113 #7)', () => {
  it('"not less than three times a year" → "every year": one lexical, weakened; the other way strengthened', () => {
    expect(tdbr('The board shall meet not less than three times a year.', 'The board shall meet every year.')).toEqual([['lexical', 'weakened', 'not less than three times a', 'every']]);
    expect(tdbr('The board shall meet every year.', 'The board shall meet at least three times a year.')).toEqual([['lexical', 'strengthened', 'every', 'at least three times a']]);
  });
  it('near misses: the floor kept on both sides, or no floor, stays a frequency changed over the count', () => {
    expect(tdbr('The board shall meet at least three times a year.', 'The board shall meet at least twice a year.')).toEqual([['lexical', 'weakened', 'three times', 'twice']]);
    expect(tdbr('The board shall meet three times a year.', 'The board shall meet every year.')).toEqual([['lexical', 'weakened', 'three times a', 'every']]);
  });
});

describe('a manner dropped beside a time limit changed: the limit pairs with its own head (trial 111 #1)', () => {
  it('"in writing within 10 days" → "within 20 days": the manner dropped and the limit lengthened', () => {
    expect(tdbr('The seller shall notify the buyer in writing within 10 days of the sale.', 'The seller shall notify the buyer within 20 days of the sale.')).toEqual([
      ['qualifier-dropped', null, 'in writing', ''],
      ['lexical', 'weakened', '10', '20'],
    ]);
  });
  it('near misses: the manner alone dropped; a manner replaced by a limit with no limit in the base stays one rewording', () => {
    expect(tdbr('The seller shall notify the buyer in writing within 10 days of the sale.', 'The seller shall notify the buyer within 10 days of the sale.')).toEqual([['qualifier-dropped', null, 'in writing', '']]);
    expect(tdbr('The seller shall notify the buyer in writing.', 'The seller shall notify the buyer within 10 days.')).toEqual([['lexical', null, 'in writing', 'within 10 days']]);
  });
});

describe('a cross-reference renumbered against a bill is one reference changed, no condition (trial 111 #2)', () => {
  it('"under section 8" → "under clause 7" after a noun: one lexical, no direction', () => {
    expect(tdbr('An importer shall keep a copy of each licence under section 8.', 'An importer shall keep a copy of each licence under clause 7.')).toEqual([['lexical', null, 'section 8', 'clause 7']]);
    expect(tdbr('The Board may refuse an application under subsection 2.', 'The Board may refuse an application under section 5.')).toEqual([['lexical', null, 'subsection 2', 'section 5']]);
  });
  it('near misses: the number alone changed stays the number; after a verb "under clause N" stays a condition', () => {
    expect(tdbr('An importer shall keep a copy of each licence under section 8.', 'An importer shall keep a copy of each licence under section 9.')).toEqual([['lexical', null, '8', '9']]);
    expect(tdbr('The Board may act under clause 4.', 'The Board may act.')).toEqual([['qualifier-dropped', null, 'under clause 4', '']]);
  });
});

describe('a condition reworded in place stops at a run of words read alike (trial 111 #5)', () => {
  it('the adjective dropped after five kept words is its own omission, not inside the rewording', () => {
    const v = tdbr('The Board may step in where it has reasonable grounds to believe that the savings are at serious risk.', 'The Board may step in where it is satisfied that the savings are at risk.');
    expect(v.at(-1)).toEqual(['omission', null, 'serious', '']);
    expect(v.some(([, , b]) => String(b).includes('savings'))).toBe(false);
  });
  it('near misses: the same sentence with the adjective kept, and a rewording the variants already cut, stay as they were', () => {
    expect(tdbr('The Board may step in where it has reasonable grounds to believe that the savings are at risk.', 'The Board may step in where it is satisfied that the savings are at risk.')).toEqual([
      ['grammatical', null, 'has', 'is'],
      ['omission', null, 'reasonable grounds to', ''],
      ['lexical', null, 'believe', 'satisfied'],
    ]);
    expect(tdbr('The Agency may intervene where it has good grounds to think that the funds are in grave danger.', 'The Agency may intervene where it is convinced that the funds are in danger.')).toEqual([
      ['lexical', null, 'has good grounds to think', 'is convinced'],
      ['omission', null, 'grave', ''],
    ]);
  });
});
