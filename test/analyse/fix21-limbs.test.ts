/**
 * Session 21: limbs and restrictions of a rule's object and conditions (trials 105 E1, E2; 107 #3).
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

describe('a standard of effort dropped after a verb of making or taking is no restriction (trial 105 E1, qualifiers.yaml `effort-verbs`)', () => {
  it('"establish appropriate mechanisms" → "establish mechanisms": an omission, no direction', () => {
    expect(rows('The Agency shall establish appropriate mechanisms to review complaints.', 'The Agency shall establish mechanisms to review complaints.')).toEqual([['omission', null, 'appropriate', '']]);
  });
  it('"implement adequate controls" → "implement controls": an omission, no direction', () => {
    expect(rows('Operators must implement adequate controls on remote access.', 'Operators must implement controls on remote access.')).toEqual([['omission', null, 'adequate', '']]);
  });
  it('a verb of several words: "put in place suitable safeguards" → "put in place safeguards"', () => {
    expect(rows('Providers shall put in place suitable safeguards for stored records.', 'Providers shall put in place safeguards for stored records.')).toEqual([['omission', null, 'suitable', '']]);
  });
  it('added: "take measures" → "take reasonable measures" is an addition, no direction', () => {
    expect(rows('Operators shall take measures to secure their networks.', 'Operators shall take reasonable measures to secure their networks.')).toEqual([['addition', null, '', 'reasonable']]);
  });
  it('near miss: after another verb the adjective picks out which things trigger the rule ("answer appropriate queries")', () => {
    expect(rows('The Agency shall answer appropriate queries from operators.', 'The Agency shall answer queries from operators.')).toEqual([['qualifier-dropped', 'strengthened', 'appropriate', '']]);
  });
  it('near miss: "respond to appropriate requests" stays a restriction dropped', () => {
    expect(rows('The Agency shall respond to appropriate requests from operators.', 'The Agency shall respond to requests from operators.')).toEqual([['qualifier-dropped', 'strengthened', 'appropriate', '']]);
  });
  it('near miss: one standard for another of a higher rank stays a lexical change, strengthened', () => {
    expect(rows('Operators shall take appropriate measures to secure their networks.', 'Operators shall take necessary measures to secure their networks.')).toEqual([['lexical', 'strengthened', 'appropriate', 'necessary']]);
  });
  it('near miss: another restricting adjective stays a restriction ("review legitimate complaints")', () => {
    expect(rows('The Board shall review legitimate complaints within a month.', 'The Board shall review complaints within a month.')).toEqual([['qualifier-dropped', 'strengthened', 'legitimate', '']]);
  });
});

describe('a limb of "only with the <adjective> <noun> of A or B" dropped is a limb of the only-condition (trial 105 E2)', () => {
  it('"only with the prior approval of a regulator or a minister" → "… of a regulator": qualifier-dropped, strengthened', () => {
    expect(
      rows('A licence may be granted only with the prior approval of a regulator or a minister.', 'A licence may be granted only with the prior approval of a regulator.'),
    ).toEqual([['qualifier-dropped', 'strengthened', 'or a minister', '']]);
  });
  it('"only with the explicit consent of the owner or the tenant" → "… of the owner"', () => {
    expect(rows('Records may be copied only with the explicit consent of the owner or the tenant.', 'Records may be copied only with the explicit consent of the owner.')).toEqual([
      ['qualifier-dropped', 'strengthened', 'or the tenant', ''],
    ]);
  });
  it('two premodifiers: "only with the prior written consent of the owner or the tenant" → "… of the owner"', () => {
    expect(rows('Records may be copied only with the prior written consent of the owner or the tenant.', 'Records may be copied only with the prior written consent of the owner.')).toEqual([
      ['qualifier-dropped', 'strengthened', 'or the tenant', ''],
    ]);
  });
  it('near miss: without the adjective it was already a limb dropped', () => {
    expect(rows('A licence may be granted only with the approval of a regulator or a minister.', 'A licence may be granted only with the approval of a regulator.')).toEqual([
      ['qualifier-dropped', 'strengthened', 'or a minister', ''],
    ]);
  });
  it('near miss: the adjective alone dropped stays an omission', () => {
    expect(rows('A licence may be granted only with the prior approval of a regulator.', 'A licence may be granted only with the approval of a regulator.')).toEqual([['omission', null, 'prior', '']]);
  });
  it('near miss: "shared with the competent office of A or B" names no leave, an omission', () => {
    expect(rows('Records shall be shared with the competent office of the region or the city.', 'Records shall be shared with the competent office of the region.')).toEqual([['omission', null, 'or the city', '']]);
  });
});

describe('a word coordinated inside an exception clause dropped is a limb of the exception, whatever the word (trial 107 #3)', () => {
  it('"unless a judge issues a signed and dated warrant" → "a signed warrant": qualifier-dropped, weakened', () => {
    expect(rows('Officers must not enter the premises unless a judge issues a signed and dated warrant.', 'Officers must not enter the premises unless a judge issues a signed warrant.')).toEqual([
      ['qualifier-dropped', 'weakened', 'and dated', ''],
    ]);
  });
  it('an irregular participle first: "a written and reasoned decision" → "a written decision", weakened', () => {
    expect(rows('Officers must not enter the premises unless a judge gives a written and reasoned decision.', 'Officers must not enter the premises unless a judge gives a written decision.')).toEqual([
      ['qualifier-dropped', 'weakened', 'and reasoned', ''],
    ]);
  });
  it('inside a phrase that goes on the exception clause ("unless the finding is based on a medical and legal review")', () => {
    expect(
      rows(
        'Officers must not detain the person unless the finding is based on a medical and legal review.',
        'Officers must not detain the person unless the finding is based on a medical review.',
      ),
    ).toEqual([['qualifier-dropped', 'weakened', 'and legal', '']]);
  });
  it('the same under a condition of an obligation: "if a judge gives a written and reasoned order" → "a written order", strengthened', () => {
    expect(rows('Officers must release the person if a judge gives a written and reasoned order.', 'Officers must release the person if a judge gives a written order.')).toEqual([
      ['qualifier-dropped', 'strengthened', 'and reasoned', ''],
    ]);
  });
  it('near miss: outside a condition the limb stays an omission ("publish a written and reasoned decision")', () => {
    expect(rows('The Board must publish a written and reasoned decision.', 'The Board must publish a written decision.')).toEqual([['omission', null, 'and reasoned', '']]);
  });
  it('near miss: a limb of a standard of the rule itself keeps no direction ("in accordance with national and international law")', () => {
    expect(rows('Officers shall process the records in accordance with national and international law.', 'Officers shall process the records in accordance with national law.')).toEqual([
      ['qualifier-dropped', null, 'and international', ''],
    ]);
  });
  it('near miss: a clause limb of the exception stays weakened', () => {
    expect(rows('Officers must not enter the premises unless the owner agrees and a judge approves.', 'Officers must not enter the premises unless the owner agrees.')).toEqual([
      ['qualifier-dropped', 'weakened', 'and a judge approves', ''],
    ]);
  });
});
