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

describe('an action item: the sentence restated in the imperative (trial 107 #1)', () => {
  it('", and will" → ";": the second modal goes with the first subject and modal, grammatical', () => {
    expect(rows('The Bureau shall attend the Forum, and will promote the standards.', 'Attend the Forum; promote the standards.')).toEqual([
      ['actor', null, 'The Bureau shall', ''],
      ['grammatical', null, ', and will', ';'],
    ]);
  });
  it('", who shall" → "to": a relative predicate made a purpose infinitive, grammatical', () => {
    expect(rows('The Office will name a liaison, who shall gather the replies.', 'Name a liaison to gather the replies.')).toEqual([
      ['omission', null, 'The Office will', ''],
      ['grammatical', null, ', who shall', 'to'],
    ]);
  });
  it('near miss: the second modal replaced by a weaker one stays weakened', () => {
    expect(rows('The Bureau shall attend the Forum, and will promote the standards.', 'The Bureau shall attend the Forum, and may promote the standards.')).toEqual([
      ['modality', 'weakened', 'will', 'may'],
    ]);
  });
  it('near miss: the first predicate kept with its subject (no imperative), the relative modal dropped is weakened', () => {
    expect(rows('The Office will name a liaison, who shall gather the replies.', 'The Office names a liaison to gather the replies.')).toEqual([
      ['modality', 'weakened', 'will', ''],
      ['grammatical', null, 'name', 'names'],
      ['modality', 'weakened', ', who shall', 'to'],
    ]);
  });
});

describe('"must not … unless C" restated nominally as "… only if C" (trial 107 #2)', () => {
  it('the subject, modal and negator dropped, "unless" → "only if" the same rule, grammatical', () => {
    expect(rows('The Council must not disclose a breach unless the inquiry is closed.', 'Disclosure of a breach only if the inquiry is closed.')).toEqual([
      ['omission', null, 'The Council must not', ''],
      ['lexical', null, 'disclose', 'Disclosure of'],
      ['grammatical', null, 'unless', 'only if'],
    ]);
  });
  it('near miss: a positive duty with an exception is not restated by "only if"', () => {
    expect(rows('The Council must disclose a breach unless the inquiry is closed.', 'Disclosure of a breach only if the inquiry is closed.')).toEqual([
      ['omission', null, 'The Council must', ''],
      ['lexical', null, 'disclose', 'Disclosure of'],
      ['lexical', null, 'unless', 'only if'],
    ]);
  });
  it('near miss: a permission on a condition made exclusive is a restriction added', () => {
    expect(rows('The Council may disclose a breach if the inquiry is closed.', 'Disclosure of a breach only if the inquiry is closed.')).toEqual([
      ['omission', null, 'The Council may', ''],
      ['lexical', null, 'disclose', 'Disclosure of'],
      ['qualifier-added', null, '', 'only'],
    ]);
  });
});

describe('a second rule coordinated into a pledge (trial 106 #3)', () => {
  it('"should encourage … and shall refrain" → "pledged to encourage … and to refrain": the pledge keeps its direction, "shall" → "to" a modality', () => {
    expect(rows('Members should promote open standards and shall refrain from imposing tariffs.', 'Members pledged to promote open standards and to refrain from imposing tariffs.')).toEqual([
      ['modality', 'strengthened', 'should', 'pledged to'],
      ['modality', null, 'shall', 'to'],
    ]);
  });
  it('near miss: one rule alone, the pledge strengthened', () => {
    expect(rows('Members should promote open standards.', 'Members pledged to promote open standards.')).toEqual([
      ['modality', 'strengthened', 'should', 'pledged to'],
    ]);
  });
  it('near miss: both limbs under one modal, both restated under another ("will … and will" → "is to … and to"): the change is read once, on the first limb (trial 96)', () => {
    expect(rows('Members will nominate a contact point and will update the list.', 'Members are to nominate a contact point and to update the list.')).toEqual([
      ['modality', null, 'will', 'are to'],
      ['grammatical', null, 'will', 'to'],
    ]);
  });
  it('near miss: the same modal left out in a coordination stays grammar', () => {
    expect(rows('Members should promote open standards and should share their data.', 'Members should promote open standards and share their data.')).toEqual([
      ['grammatical', null, 'should', ''],
    ]);
  });
  it('near miss: a directive urging its addressees to refrain in a later limb still urges not to act', () => {
    expect(rows('Calls upon Members to cooperate and to refrain from attacks.', 'Members must cooperate and must not attack.')).toEqual([
      ['modality', 'strengthened', 'Calls upon Members to', 'Members must'],
      ['grammatical', null, 'to', ''],
      ['modality', 'strengthened', 'refrain from', 'must not'],
      ['grammatical', null, 'attacks', 'attack'],
    ]);
  });
});

describe('an instrument that bars a party from acting states the prohibition (trial 106 #2)', () => {
  it('"Firms shall not sell" → "The treaty bars firms from selling": no polarity flip', () => {
    const out = rows('Firms shall not sell location data to brokers.', 'The treaty bars firms from selling location data to brokers.');
    expect(out.filter((r) => r[0] === 'negation')).toEqual([]);
    expect(out).toContainEqual(['addition', null, '', 'The treaty bars']);
  });
  it('near miss: the passive ban keeps the same force, no direction', () => {
    expect(rows('Firms shall not sell location data to brokers.', 'Firms are barred from selling location data to brokers.')).toEqual([
      // (session 23: the bar's "from" and the -ing form go with the frame, one variant)
      ['modality', null, 'shall not sell', 'are barred from selling'],
    ]);
  });
});
