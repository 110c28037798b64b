/**
 * Session 19, helper cond: conditions restated (a negated condition as its exception, a prohibition
 * as a restricted permission), limbs dropped inside a condition, directives behind an adverb, time
 * limits in working days, and the ranking of promptness adverbs (trials 92, 95).
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

describe('a negated condition restated as its exception is grammatical (trial 92 #1)', () => {
  it('"where the buyer cannot show" → "unless the buyer is able to show"', () => {
    expect(rows('Weapons shall not be sold where the buyer cannot show a permit.', 'Weapons shall not be sold unless the buyer is able to show a permit.')).toEqual([
      ['grammatical', null, 'where', 'unless'],
      ['grammatical', null, 'cannot', 'is able to'],
    ]);
  });
  it('"where … cannot" → "unless … can"', () => {
    expect(rows('Weapons shall not be sold where the buyer cannot show a permit.', 'Weapons shall not be sold unless the buyer can show a permit.')).toEqual([
      ['grammatical', null, 'where', 'unless'],
      ['grammatical', null, 'cannot', 'can'],
    ]);
  });
  it('a fronted condition with do-support, "Where … does not hold" → "Unless … holds"', () => {
    expect(rows('Where the carrier does not hold a permit, goods shall not be loaded.', 'Unless the carrier holds a permit, goods shall not be loaded.')).toEqual([
      ['grammatical', null, 'Where', 'Unless'],
      ['grammatical', null, 'does not hold', 'holds'],
    ]);
  });
  it('a negator later in the condition ("a permit not older than a year") is no part of its polarity', () => {
    expect(rows('Weapons shall not be sold where the buyer cannot show a permit not older than a year.', 'Weapons may be sold only where the buyer shows a permit not older than a year.')).toEqual([
      ['grammatical', null, 'shall not', 'may'],
      ['grammatical', null, '', 'only'],
      ['grammatical', null, 'cannot show', 'shows'],
    ]);
  });
  it('near miss: the condition itself inverted ("where … can" → "where … cannot") stays a negation', () => {
    expect(rows('Weapons shall not be sold where the buyer can show a permit.', 'Weapons shall not be sold where the buyer cannot show a permit.')).toEqual([
      ['negation', 'strengthened', 'can', 'cannot'],
    ]);
  });
  it('near miss: "where … cannot" → "unless … cannot" reverses the condition', () => {
    expect(rows('Weapons shall not be sold where the buyer cannot show a permit.', 'Weapons shall not be sold unless the buyer cannot show a permit.')).toEqual([
      ['negation', null, 'where', 'unless'],
    ]);
  });
});

describe('a prohibition on a negated condition restated as a restricted permission is grammatical (trial 92 #2)', () => {
  it('"shall not … where … cannot show" → "may … only where … shows"', () => {
    expect(rows('Weapons shall not be sold where the buyer cannot show a permit.', 'Weapons may be sold only where the buyer shows a permit.')).toEqual([
      ['grammatical', null, 'shall not', 'may'],
      ['grammatical', null, '', 'only'],
      ['grammatical', null, 'cannot show', 'shows'],
    ]);
  });
  it('the other way round, "may … only where … shows" → "shall not … where … cannot show"', () => {
    expect(rows('Weapons may be sold only where the buyer shows a permit.', 'Weapons shall not be sold where the buyer cannot show a permit.')).toEqual([
      ['grammatical', null, 'may', 'shall not'],
      ['grammatical', null, 'only', ''],
      ['grammatical', null, 'shows', 'cannot show'],
    ]);
  });
  it('near miss: the "unless" form stays as it was', () => {
    expect(rows('Weapons shall not be sold unless the buyer shows a permit.', 'Weapons may be sold only where the buyer shows a permit.')).toEqual([
      ['grammatical', null, 'shall not', 'may'],
      ['grammatical', null, 'unless', 'only where'],
    ]);
  });
  it('near miss: an obligation ("shall be sold where … cannot") is no prohibition restated', () => {
    const r = rows('Weapons shall be sold where the buyer cannot show a permit.', 'Weapons may be sold only where the buyer shows a permit.');
    expect(r).toContainEqual(['modality', 'weakened', 'shall', 'may']);
    expect(r.some((x) => x[0] === 'negation')).toBe(true);
  });
});

describe('a participle dropped from a condition is a limb of it (trial 92 #4)', () => {
  it('"if the file is copied or deleted" → "if the file is copied": an "or" limb of a condition, weakened', () => {
    expect(rows('The clerk shall inform the court if the file is copied or deleted.', 'The clerk shall inform the court if the file is copied.')).toEqual([
      ['qualifier-dropped', 'weakened', 'or deleted', ''],
    ]);
  });
  it('a fronted condition with a perfect, "Where the file has been copied or deleted"', () => {
    expect(rows('Where the file has been copied or deleted, the clerk shall inform the court.', 'Where the file has been copied, the clerk shall inform the court.')).toEqual([
      ['qualifier-dropped', 'weakened', 'or deleted', ''],
    ]);
  });
  it('an "or" limb of an exception dropped, "unless it has been sealed or redacted": strengthened', () => {
    expect(rows('The clerk shall publish the file unless it has been sealed or redacted.', 'The clerk shall publish the file unless it has been sealed.')).toEqual([
      ['qualifier-dropped', 'strengthened', 'or redacted', ''],
    ]);
  });
  it('the rest of a series dropped, "copied, altered or deleted" → "copied"', () => {
    expect(rows('Where the court finds that the file has been copied, altered or deleted, the clerk shall inform the parties.', 'Where the court finds that the file has been copied, the clerk shall inform the parties.')).toEqual([
      ['qualifier-dropped', 'weakened', 'altered or deleted,', ''],
    ]);
  });
  it('a middle item added, "copied or deleted" → "copied, altered or deleted": strengthened', () => {
    expect(rows('The clerk shall inform the court if the file is copied or deleted.', 'The clerk shall inform the court if the file is copied, altered or deleted.')).toEqual([
      ['qualifier-added', 'strengthened', '', ', altered'],
    ]);
  });
  it('near miss: participles in a relative clause, no condition, stay an omission', () => {
    expect(rows('The clerk shall keep the files that are copied or deleted.', 'The clerk shall keep the files that are copied.')).toEqual([
      ['omission', null, 'or deleted', ''],
    ]);
  });
  it('near miss: a limb with its own subject and verb stays as it was', () => {
    expect(rows('Files shall not be shared unless the owner agrees or a judge orders it.', 'Files shall not be shared unless the owner agrees.')).toEqual([
      ['qualifier-dropped', 'strengthened', 'or a judge orders it', ''],
    ]);
  });
});

describe('an adverb of degree before a directive participle does not hide the directive (trial 95 #3)', () => {
  it('"Parties should consult on the plan" → "Consultation on the plan is merely encouraged": the modal paired with the directive', () => {
    expect(rows('Parties should consult on the plan.', 'Consultation on the plan is merely encouraged.')).toEqual([
      ['omission', null, 'Parties', ''],
      ['modality', 'weakened', 'should', 'is merely encouraged'],
      ['grammatical', null, 'consult', 'Consultation'],
    ]);
  });
  it('without the adverb the base modal is paired too', () => {
    expect(rows('Parties should consult on the plan.', 'Consultation on the plan is encouraged.')).toEqual([
      ['omission', null, 'Parties', ''],
      ['modality', 'weakened', 'should', 'is encouraged'],
      ['grammatical', null, 'consult', 'Consultation'],
    ]);
  });
  it('"should consult" → "are merely encouraged to consult": one change of frame', () => {
    expect(rows('Parties should consult on the plan.', 'Parties are merely encouraged to consult on the plan.')).toEqual([
      ['modality', 'weakened', 'should', 'are merely encouraged to'],
    ]);
  });
  it('near miss: "is required" stays a directive strengthened', () => {
    expect(rows('Parties should consult on the plan.', 'Consultation on the plan is required.')).toEqual([
      ['omission', null, 'Parties', ''],
      ['modality', 'strengthened', 'should', 'is required'],
      ['grammatical', null, 'consult', 'Consultation'],
    ]);
  });
  it('near miss: the downtoner alone added before a directive both sides read stays a modality of its own', () => {
    expect(rows('Parties are encouraged to consult on the plan.', 'Parties are merely encouraged to consult on the plan.')).toEqual([
      ['modality', 'weakened', '', 'merely'],
    ]);
  });
});

describe('a time limit counted in working days is compared in calendar days (trial 92 #5)', () => {
  it('"30 working days" → "30 days": the limit shortened, strengthened', () => {
    expect(rows('The registrar shall reply within 30 working days.', 'The registrar shall reply within 30 days.')).toEqual([
      ['lexical', 'strengthened', '30 working days', '30 days'],
    ]);
  });
  it('"30 days" → "30 business days": the limit lengthened, weakened', () => {
    expect(rows('The registrar shall reply within 30 days.', 'The registrar shall reply within 30 business days.')).toEqual([
      ['lexical', 'weakened', '30 days', '30 business days'],
    ]);
  });
  it('"5 working days" → "7 days": the same length, no direction', () => {
    expect(rows('The registrar shall reply within 5 working days.', 'The registrar shall reply within 7 days.')).toEqual([
      ['lexical', null, '5 working days', '7 days'],
    ]);
  });
  it('near miss: the figure changed in the same unit stays as it was', () => {
    expect(rows('The registrar shall reply within 30 working days.', 'The registrar shall reply within 40 working days.')).toEqual([
      ['lexical', 'weakened', '30', '40'],
    ]);
    expect(rows('The registrar shall reply within 30 days.', 'The registrar shall reply within 40 days.')).toEqual([
      ['lexical', 'weakened', '30', '40'],
    ]);
  });
  it('near miss: "working" outside a time limit stays an omission', () => {
    expect(rows('The registrar shall keep the working papers.', 'The registrar shall keep the papers.')).toEqual([
      ['omission', null, 'working', ''],
    ]);
  });
});

describe('time limits with no figure ranked by how soon they ask the act (trial 92 #9)', () => {
  it('"forthwith" → "promptly" on an obligation: weakened', () => {
    expect(rows('The carrier shall forthwith inform the port.', 'The carrier shall promptly inform the port.')).toEqual([
      ['lexical', 'weakened', 'forthwith', 'promptly'],
    ]);
  });
  it('"in a timely manner" → "without undue delay": strengthened', () => {
    expect(rows('The carrier shall inform the port in a timely manner.', 'The carrier shall inform the port without undue delay.')).toEqual([
      ['lexical', 'strengthened', 'in a timely manner', 'without undue delay'],
    ]);
  });
  it('near miss: one rank ("promptly" → "without delay") has no direction', () => {
    expect(rows('The carrier shall inform the port promptly.', 'The carrier shall inform the port without delay.')).toEqual([
      ['lexical', null, 'promptly', 'without delay'],
    ]);
  });
  it('near miss: on a permission no direction', () => {
    expect(rows('The carrier may inform the port immediately.', 'The carrier may inform the port promptly.')).toEqual([
      ['lexical', null, 'immediately', 'promptly'],
    ]);
  });
});
