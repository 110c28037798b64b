/**
 * Session 21, helper modality: the force of a rule read against the right words when the modal is
 * dropped before the same verb, restated in an action item, a pledge or an instrument's ban, or
 * when the rule is nominalised (trials 102, 103, 106, 107).
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

describe('a modal dropped before the same verb, inflected (trial 103 #2, trial 102 #8)', () => {
  it('"will require a licence" → "requires a licence": the modal dropped, the verb inflected', () => {
    expect(rows('The agency will require a licence before it exports the goods.', 'The agency requires a licence before it exports the goods.')).toEqual([
      ['modality', 'weakened', 'will', ''],
      ['grammatical', null, 'require', 'requires'],
    ]);
  });
  it('the other way: "requires a licence" → "will require a licence"', () => {
    expect(rows('The agency requires a licence before it exports the goods.', 'The agency will require a licence before it exports the goods.')).toEqual([
      ['grammatical', null, 'requires', 'require'],
      ['modality', 'strengthened', '', 'will'],
    ]);
  });
  it('near miss: the same form kept, only the modal dropped', () => {
    expect(rows('We will require a licence before we export the goods.', 'We require a licence before we export the goods.')).toEqual([
      ['modality', 'weakened', 'will', ''],
    ]);
  });
  it('near miss: another directive verb in the place of the modal and its verb stays a directive', () => {
    expect(rows('Members should encourage firms to publish the data.', 'Members require firms to publish the data.')).toEqual([
      ['modality', 'strengthened', 'should encourage', 'require'],
    ]);
  });
  it('"shall require X to" → "requires X to": the directive verb kept binds as firmly, no direction', () => {
    expect(rows('A review order shall require the operator to keep the logs.', 'A review order requires the operator to keep the logs.')).toEqual([
      ['modality', null, 'shall require', 'requires'],
    ]);
  });
  it('near miss: a plain duty restated as a statement is weakened', () => {
    expect(rows('The operator shall keep the logs.', 'The operator keeps the logs.')).toEqual([
      ['modality', 'weakened', 'shall', ''],
      ['grammatical', null, 'keep', 'keeps'],
    ]);
  });
  it('near miss: a milder directive verb kept without its modal is weakened', () => {
    expect(rows('We will encourage members to publish the data.', 'We encourage members to publish the data.')).toEqual([
      ['modality', 'weakened', 'will', ''],
    ]);
  });
});
