/**
 * Session 23: who holds a view or bears a rule — quantifiers, elided nouns, duty predicates, passive
 * subjects, titles of one office (trials 114, 115, 117).
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.base, v.reading]);
}

describe('a quantifier of the subject replaced by another is an actor change, as one dropped is (trial 117 E2)', () => {
  it('"Some" → "Many" before the subject of a verb stating a view', () => {
    expect(rows('Some delegations suggested that the rules could be revised.', 'Many delegations suggested that the rules could be revised.')).toEqual([['actor', 'Some', 'Many']]);
    expect(rows('Several countries stressed that the rules could be revised.', 'Most countries stressed that the rules could be revised.')).toEqual([['actor', 'Several', 'Most']]);
  });
  it('before the subject of a modal', () => {
    expect(rows('A few countries should report every year.', 'Many countries should report every year.')).toEqual([['actor', 'A few', 'Many']]);
  });
  it('near misses: dropped stays actor; on an object, or under a clause that states no view, lexical', () => {
    expect(rows('Some delegations suggested that the rules could be revised.', 'Delegations suggested that the rules could be revised.')).toEqual([['actor', 'Some', '']]);
    expect(rows('Delegations observed that some software tools could be abused.', 'Delegations observed that many software tools could be abused.')).toEqual([['lexical', 'some', 'many']]);
    expect(rows('Recognising that a number of countries have published plans,', 'Recognising that some countries have published plans,')).toEqual([['lexical', 'a number of', 'some']]);
  });
});

describe('"other N" → "others" names the same parties (trial 117 E4)', () => {
  it('the noun elided: grammatical, not another actor', () => {
    expect(rows('Delegations agreed that rules could be revised, while other delegations insisted that reviews should come first.', 'Delegations agreed that rules could be revised, while others insisted that reviews should come first.')).toEqual([['grammatical', 'other delegations', 'others']]);
    expect(rows('Some countries agreed, while other countries objected.', 'Some countries agreed, while others objected.')).toEqual([['grammatical', 'other countries', 'others']]);
  });
  it('near miss: another party in its place stays an actor change', () => {
    expect(rows('Delegations agreed that rules could be revised, while other delegations insisted that reviews should come first.', 'Delegations agreed that rules could be revised, while the Bureau insisted that reviews should come first.').map((x) => x[0])).toEqual(['actor']);
  });
});

describe('a predicate of duty with no modal binds its subject (trial 115 #5)', () => {
  it('"share responsibility", "are accountable": another party is an actor change', () => {
    expect(rows('All users share responsibility for the safety of the platform.', 'Regulators and vendors share responsibility for the safety of the platform.')).toEqual([['actor', 'All users', 'Regulators and vendors']]);
    expect(rows('Ministries are accountable for the annual budget.', 'Agencies are accountable for the annual budget.')).toEqual([['actor', 'Ministries', 'Agencies']]);
  });
  it('near miss: a descriptive verb lays no duty', () => {
    expect(rows('All users visited the exhibition.', 'Regulators visited the exhibition.')).toEqual([['lexical', 'All users', 'Regulators']]);
  });
});

describe('the subject of a passive is what is acted on, whoever owns it (trial 115 #3)', () => {
  it('"Their reports should be published" → "Their findings …": lexical', () => {
    expect(rows('Their reports should be released without delay.', 'Their findings should be released without delay.')).toEqual([['lexical', 'reports', 'findings']]);
  });
  it('near misses: the party that publishes changed, or a party after the possessive, stay actor', () => {
    expect(rows('Ministries should release their reports.', 'Agencies should release their reports.')).toEqual([['actor', 'Ministries', 'Agencies']]);
    expect(rows('Their ministries should release reports.', 'Their agencies should release reports.')).toEqual([['actor', 'ministries', 'agencies']]);
  });
});

describe('the title of one office shortened is the same addressee (trial 114 #7)', () => {
  it('"the United Nations High Commissioner" → "the High Commissioner": an omission', () => {
    expect(rows('Invites the United Nations Special Envoy to submit a study.', 'Invites the Special Envoy to submit a study.')).toEqual([['omission', 'United Nations', '']]);
    expect(rows('The European Ombudsman shall submit a study.', 'The Ombudsman shall submit a study.')).toEqual([['omission', 'European', '']]);
  });
  it('near misses: a class of parties narrowed or widened stays actor', () => {
    expect(rows('Invites Member States to submit a study.', 'Invites States to submit a study.')).toEqual([['actor', 'Member', '']]);
    expect(rows('The national regulators shall submit a study.', 'The regulators shall submit a study.')).toEqual([['actor', 'national', '']]);
  });
});

describe('the addressee "you" named as a party before a modal, wherever the clause stands (trial 119 #1)', () => {
  it('in a relative clause and in a clause coordinated with its own modal: actor', () => {
    expect(rows('This guide lists the checks you should run.', 'This guide lists the checks vendors should run.')).toEqual([['actor', 'you', 'vendors']]);
    expect(rows('Logs must be kept, and you must delete them after a year.', 'Logs must be kept, and services must delete them after a year.')).toEqual([['actor', 'you', 'services']]);
  });
  it('near misses: after a subordinator, or with no modal, it stays lexical', () => {
    expect(rows('Logs must be kept, unless you can show a reason.', 'Logs must be kept, unless vendors can show a reason.')).toEqual([['lexical', 'you', 'vendors']]);
    expect(rows('This guide lists the checks you run.', 'This guide lists the checks vendors run.')).toEqual([['lexical', 'you', 'vendors']]);
  });
});

describe('a rule restated in the passive past an entitlement is the bearer dropped, not the object made a party (trial 118 #4)', () => {
  it('"A body may be entitled to suspend payments" → "Payments may be suspended": one actor change over the voice, the entitlement omitted', () => {
    expect(rows('A regulator may be entitled to suspend payments after an audit.', 'Payments may be suspended after an audit.')).toEqual([
      ['actor', 'A regulator may be entitled to suspend payments', 'Payments may be suspended'],
      ['omission', 'entitled to', ''],
    ]);
  });
  it('near miss: the same agent named stays grammatical; with no entitlement, one actor change as before', () => {
    expect(rows('A regulator may be entitled to suspend payments.', 'Payments may be suspended by a regulator.').map((x) => x[0])).toEqual(['grammatical', 'omission']);
    expect(rows('A regulator may suspend payments after an audit.', 'Payments may be suspended after an audit.')).toEqual([['actor', 'A regulator may suspend payments', 'Payments may be suspended']]);
  });
});
