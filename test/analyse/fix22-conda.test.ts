/**
 * Session 22: limbs and restrictions of conditions, exceptions and what a prohibition denies
 * (trials 108 E2, E5; 109 #2; 113 #2, #4, #5).
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

describe('"voluntary" before a noun that is no manner qualifies the object, not the act (trial 113 #2, qualifiers.yaml `voluntary-nouns`)', () => {
  it('"will not handle unsolicited or voluntary submissions" → "unsolicited submissions": a modifier of what is denied dropped, weakened', () => {
    expect(rows('The office will not handle unsolicited or voluntary submissions.', 'The office will not handle unsolicited submissions.')).toEqual([['qualifier-dropped', 'weakened', 'or voluntary', '']]);
  });
  it('the first limb too: "voluntary or unsolicited submissions" → "unsolicited submissions"', () => {
    expect(rows('The office will not handle voluntary or unsolicited submissions.', 'The office will not handle unsolicited submissions.')).toEqual([['qualifier-dropped', 'weakened', 'voluntary or', '']]);
  });
  it('near miss: "on a voluntary and open basis" stays a condition of the act dropped, strengthened', () => {
    expect(rows('Members should exchange findings on a voluntary and open basis.', 'Members should exchange findings on an open basis.').filter((v) => v[0] !== 'grammatical')).toEqual([['qualifier-dropped', 'strengthened', 'voluntary and', '']]);
  });
  it('near miss: "on voluntary and open terms" is a manner too', () => {
    expect(rows('Members should exchange findings on voluntary and open terms.', 'Members should exchange findings on open terms.')).toEqual([['qualifier-dropped', 'strengthened', 'voluntary and', '']]);
  });
  it('near miss: a permission\'s "voluntary payments" → "payments" stays an omission', () => {
    expect(rows('Members may make voluntary payments.', 'Members may make payments.')).toEqual([['omission', null, 'voluntary', '']]);
  });
});

describe('the first limb of a denied modifier as the second (trial 113 #5)', () => {
  it('"mass or targeted surveillance" → "targeted surveillance": qualifier-dropped, weakened', () => {
    expect(rows('Agencies shall not conduct mass or covert surveillance of journalists.', 'Agencies shall not conduct covert surveillance of journalists.')).toEqual([['qualifier-dropped', 'weakened', 'mass or', '']]);
  });
  it('the second limb, as before', () => {
    expect(rows('Agencies shall not conduct mass or covert surveillance of journalists.', 'Agencies shall not conduct mass surveillance of journalists.')).toEqual([['qualifier-dropped', 'weakened', 'or covert', '']]);
  });
  it('near miss: two nouns name two things ("the names or home addresses") — an omission', () => {
    expect(rows('Agencies shall not publish the names or home addresses of witnesses.', 'Agencies shall not publish the home addresses of witnesses.')).toEqual([['omission', null, 'names or', '']]);
  });
  it('near miss: the limbs swapped stay a transposition', () => {
    expect(rows('Agencies shall not conduct mass or covert surveillance of journalists.', 'Agencies shall not conduct covert or mass surveillance of journalists.')).toEqual([['transposition', null, 'mass or covert', 'covert or mass']]);
  });
  it('near miss: without a negation it stays an omission', () => {
    expect(rows('Agencies shall conduct mass or covert surveillance of suspects.', 'Agencies shall conduct covert surveillance of suspects.')).toEqual([['omission', null, 'mass or', '']]);
  });
});

describe('a later limb of an exception with a head of its own (trial 108 E2)', () => {
  it('"except under a warrant and subject to review" → "except under a warrant": the exception wider, weakened', () => {
    expect(rows('Officers shall not search the premises except in accordance with a warrant and subject to judicial review.', 'Officers shall not search the premises except in accordance with a warrant.')).toEqual([
      ['qualifier-dropped', 'weakened', 'and subject to judicial review', ''],
    ]);
  });
  it('added: the exception narrower, strengthened', () => {
    expect(rows('Officers shall not search the premises except in accordance with a warrant.', 'Officers shall not search the premises except in accordance with a warrant and subject to judicial review.')).toEqual([
      ['qualifier-added', 'strengthened', '', 'and subject to judicial review'],
    ]);
  });
  it('an "or" limb dropped narrows the exception: strengthened', () => {
    expect(rows('Officers shall not search the premises except in accordance with a warrant or subject to judicial approval.', 'Officers shall not search the premises except in accordance with a warrant.')).toEqual([
      ['qualifier-dropped', 'strengthened', 'or subject to judicial approval', ''],
    ]);
  });
  it('near miss: the whole exception dropped stays strengthened', () => {
    expect(rows('Officers shall not search the premises except in accordance with a warrant and subject to judicial review.', 'Officers shall not search the premises.')).toEqual([
      ['qualifier-dropped', 'strengthened', 'except in accordance with a warrant and subject to judicial review', ''],
    ]);
  });
  it('near miss: an exception joined to a condition is judged on its own, no limb', () => {
    const vs = variants('Records shall be kept if the case is open or unless the court orders otherwise.', 'Records shall be kept if the case is open.');
    expect(vs.map((v) => v.type)).toEqual(['qualifier-dropped']);
    expect(vs[0].explanation).not.toContain('a limb of');
  });
  it('near miss: under "unless" as before', () => {
    expect(rows('Officers shall not search the premises unless it is lawful and subject to judicial review.', 'Officers shall not search the premises unless it is lawful.')).toEqual([
      ['qualifier-dropped', 'weakened', 'and subject to judicial review', ''],
    ]);
  });
});

describe('a modifier of the noun of an exception dropped (trial 113 #4)', () => {
  it('"except in urgent cases involving a risk of harm" → "except in urgent cases": the exception wider, weakened', () => {
    expect(rows('Staff must not enter the ward, except in urgent cases involving a risk of harm.', 'Staff must not enter the ward, except in urgent cases.')).toEqual([
      ['qualifier-dropped', 'weakened', 'involving a risk of harm', ''],
    ]);
  });
  it('added: the exception narrower, strengthened', () => {
    expect(rows('Staff must not enter the ward, except in urgent cases.', 'Staff must not enter the ward, except in urgent cases involving a risk of harm.')).toEqual([
      ['qualifier-added', 'strengthened', '', 'involving a risk of harm'],
    ]);
  });
  it('near miss: the whole exception dropped stays strengthened', () => {
    expect(rows('Staff must not enter the ward, except in cases involving a risk of harm.', 'Staff must not enter the ward.')).toEqual([
      ['qualifier-dropped', 'strengthened', ', except in cases involving a risk of harm', ''],
    ]);
  });
  it('near miss: a modifier of the rule\'s own object stays an omission', () => {
    expect(rows('Staff must not enter rooms involving a risk of harm.', 'Staff must not enter rooms.').map((v) => v[0])).toEqual(['omission']);
  });
});

describe('a determiner added inside an exception is grammar (trial 109 #2)', () => {
  it('"unless disclosure is ordered" → "unless such disclosure is ordered": grammatical, no direction', () => {
    expect(rows('The clinic shall not release the file unless release is ordered by a court.', 'The clinic shall not release the file unless such release is ordered by a court.')).toEqual([['grammatical', null, '', 'such']]);
  });
  it('near miss: "the" as before', () => {
    expect(rows('The clinic shall not release the file unless release is ordered by a court.', 'The clinic shall not release the file unless the release is ordered by a court.')).toEqual([['grammatical', null, '', 'the']]);
  });
  it('near miss: an adjective of kind added stays a condition added to the exception, strengthened', () => {
    expect(rows('The clinic shall not release the file unless release is ordered by a court.', 'The clinic shall not release the file unless written release is ordered by a court.')).toEqual([['qualifier-added', 'strengthened', '', 'written']]);
  });
  it('near miss: a limb added stays a limb, weakened', () => {
    expect(rows('The clinic shall not release the file unless release is ordered by a court.', 'The clinic shall not release the file unless release is ordered by a court or by a tribunal.')).toEqual([['qualifier-added', 'weakened', '', 'or by a tribunal']]);
  });
});

describe('a limb coordinated with a one-word condition (trial 108 E5)', () => {
  it('"where necessary" → "where necessary and practicable": a limb added, the condition narrower, weakened', () => {
    expect(rows('Members should, where necessary, share their findings.', 'Members should, where necessary and practicable, share their findings.')).toEqual([['qualifier-added', 'weakened', '', 'and practicable']]);
  });
  it('dropped: the condition wider, strengthened', () => {
    expect(rows('Members should, where necessary and practicable, share their findings.', 'Members should, where necessary, share their findings.')).toEqual([['qualifier-dropped', 'strengthened', 'and practicable', '']]);
  });
  it('an "or" limb added widens it: strengthened', () => {
    expect(rows('Members should, where necessary, share their findings.', 'Members should, where necessary or useful, share their findings.')).toEqual([['qualifier-added', 'strengthened', '', 'or useful']]);
  });
  it('near miss: a fresh condition added stays a condition added, weakened', () => {
    expect(rows('Members should share their findings.', 'Members should, where practicable, share their findings.')).toEqual([['qualifier-added', 'weakened', '', ', where practicable,']]);
  });
  it('near miss: an adjective before a noun after the phrase is no limb of it', () => {
    expect(rows('Members should publish their findings, where appropriate.', 'Members should publish their findings, where appropriate and useful projects.').map((v) => v[0])).toEqual(['addition']);
  });
});
