/**
 * Session 20, helper direction: the direction of a change to a time limit, an exception or a
 * qualifier judged against the right rule (trials 99, 100, 101).
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

describe('a counted time limit made vague with its connective changed (trial 101 #1)', () => {
  it('"within 14 days of" → "without undue delay after": the limit replaced, weakened, and the connective', () => {
    expect(rows('Operators shall inform the regulator of any outage within 14 days of detecting it.', 'Operators shall inform the regulator of any outage without undue delay after detecting it.')).toEqual([
      ['lexical', 'weakened', 'within 14 days', 'without undue delay'],
      ['grammatical', null, 'of', 'after'],
    ]);
  });
  it('"within ten days of" → "promptly after"', () => {
    expect(rows('The board shall answer within ten days of receiving the complaint.', 'The board shall answer promptly after receiving the complaint.')).toEqual([
      ['lexical', 'weakened', 'within ten days', 'promptly'],
      ['grammatical', null, 'of', 'after'],
    ]);
  });
  it('near miss: without the connective change the limit is reworded in place, weakened', () => {
    expect(rows('Operators shall inform the regulator of any outage within 14 days.', 'Operators shall inform the regulator of any outage without undue delay.')).toEqual([
      ['lexical', 'weakened', 'within 14 days', 'without undue delay'],
    ]);
  });
  it('near miss: the figure changed with the connective stays a figure change and grammar', () => {
    expect(rows('The board shall answer within ten days of receiving the complaint.', 'The board shall answer within 20 days after receiving the complaint.')).toEqual([
      ['lexical', 'weakened', 'ten', '20'],
      ['grammatical', null, 'of', 'after'],
    ]);
  });
});

describe('an adverb narrowing an "except where" exception (trial 101 #2)', () => {
  it('"except where strictly necessary" on a prohibition: the exception narrowed, strengthened', () => {
    const v = variants('Banks shall not disclose client files, except where necessary for reasons of national security.', 'Banks shall not disclose client files, except where strictly necessary for reasons of national security.');
    expect(v.map((x) => [x.type, x.direction ?? null, x.reading])).toEqual([['qualifier-added', 'strengthened', 'strictly']]);
    expect(v[0].explanation).toMatch(/exception.*holds in more cases/);
  });
  it('dropped, the exception widened: weakened', () => {
    expect(rows('Banks shall not disclose client files, except where strictly necessary for reasons of national security.', 'Banks shall not disclose client files, except where necessary for reasons of national security.')).toEqual([
      ['qualifier-dropped', 'weakened', 'strictly', ''],
    ]);
  });
  it('near miss: "unless strictly required" stays strengthened', () => {
    expect(rows('Banks shall not disclose client files, unless required by statute.', 'Banks shall not disclose client files, unless strictly required by statute.')).toEqual([
      ['qualifier-added', 'strengthened', '', 'strictly'],
    ]);
  });
  it('near miss: a plain condition of an obligation narrowed stays weakened', () => {
    expect(rows('Banks shall publish the list where needed.', 'Banks shall publish the list where strictly needed.')).toEqual([
      ['qualifier-added', 'weakened', '', 'strictly'],
    ]);
  });
  it('"unless strictly necessary" (an adjective after the adverb) is the exception narrowed too', () => {
    expect(rows('Banks shall not disclose client files, unless necessary for an audit.', 'Banks shall not disclose client files, unless strictly necessary for an audit.')).toEqual([
      ['qualifier-added', 'strengthened', '', 'strictly'],
    ]);
  });
});

describe('another connective for the same exception beside a rewording (trial 101 #3)', () => {
  it('"within the country, except where" → "domestically unless": a lexical and the connective', () => {
    expect(rows('Firms shall not keep backups within the country, except where necessary for tax audits.', 'Firms shall not keep backups domestically unless necessary for tax audits.')).toEqual([
      ['lexical', null, 'within the country', 'domestically'],
      ['grammatical', null, ', except where', 'unless'],
    ]);
  });
  it('with a comma on both sides the comma is no part of either', () => {
    expect(rows('Firms shall not keep backups within the country, except where necessary for tax audits.', 'Firms shall not keep backups domestically, unless necessary for tax audits.')).toEqual([
      ['lexical', null, 'within the country', 'domestically'],
      ['grammatical', null, 'except where', 'unless'],
    ]);
  });
  it('an adverb narrowing the exception after the new connective is reported, strengthened', () => {
    expect(rows('Firms shall not keep backups within the country, except where necessary for tax audits.', 'Firms shall not keep backups domestically unless strictly necessary for tax audits.')).toEqual([
      ['lexical', null, 'within the country', 'domestically'],
      ['grammatical', null, ', except where', 'unless'],
      ['qualifier-added', 'strengthened', '', 'strictly'],
    ]);
  });
  it('near miss: only the connective changed stays one grammatical variant', () => {
    expect(rows('Firms shall not keep backups within the country, except where necessary for tax audits.', 'Firms shall not keep backups within the country unless necessary for tax audits.')).toEqual([
      ['grammatical', null, ', except where', 'unless'],
    ]);
  });
});

describe('a qualifier dropped from a rule the witness negates or withdraws has no direction (trial 100 #4)', () => {
  it('the directive withdrawn ("are not asked to"): no direction, and no prohibition named', () => {
    const v = variants('Operators should back up their records, taking into account regional conditions.', 'Operators are not asked to back up their records.');
    const qd = v.find((x) => x.type === 'qualifier-dropped');
    expect(qd?.direction ?? null).toBe(null);
    expect(qd?.explanation).toContain('withdraws the directive');
    expect(v.some((x) => x.type === 'negation')).toBe(true);
  });
  it('the obligation made a prohibition: the negation reports it, the condition has no direction', () => {
    expect(rows('Operators should, where feasible, back up their records.', 'Operators should not back up their records.')).toEqual([
      ['negation', null, '', 'not'],
      ['qualifier-dropped', null, ', where feasible,', ''],
    ]);
  });
  it('near miss: the same drop without the negation stays strengthened', () => {
    expect(rows('Operators should back up their records, taking into account regional conditions.', 'Operators should back up their records.')).toEqual([
      ['qualifier-dropped', 'strengthened', ', taking into account regional conditions', ''],
    ]);
  });
  it('near miss: a permission made an obligation is still judged on the obligation', () => {
    expect(rows('Operators may, subject to national law, back up their records.', 'Operators must back up their records.')).toEqual([
      ['modality', 'strengthened', 'may', 'must'],
      ['qualifier-dropped', 'strengthened', ', subject to national law,', ''],
    ]);
  });
});

describe('bracketed alternatives of several words (trial 99 #2)', () => {
  it('"at least [twice a month][every week]": the brackets around the words read alike, the other alternative an addition, no time limit added', () => {
    const v = variants('The board shall meet at least twice a month.', 'The board shall meet at least [twice a month][every week].');
    expect(v.map((x) => [x.type, x.direction ?? null, x.base, x.reading])).toEqual([
      ['punctuation', null, 'twice a month', '[twice a month]'],
      ['addition', null, '', '[every week]'],
    ]);
    expect(v[1].explanation).toContain('alternatives in brackets');
  });
  it('the alternatives in the base, dropped by the witness', () => {
    expect(rows('The board shall meet at least [twice a month][every week].', 'The board shall meet at least twice a month.')).toEqual([
      ['punctuation', null, '[twice a month]', 'twice a month'],
      ['omission', null, '[every week]', ''],
    ]);
  });
  it('near miss: modal alternatives stay one modality variant', () => {
    expect(rows('The board shall meet every month.', 'The board [shall][may] meet every month.')).toEqual([
      ['modality', 'weakened', 'shall', '[shall][may]'],
    ]);
  });
  it('near miss: a frequency changed without brackets keeps its direction', () => {
    expect(rows('The board shall meet at least twice a month.', 'The board shall meet at least three times a month.')).toEqual([
      ['lexical', 'strengthened', 'twice', 'three times'],
    ]);
  });
});
