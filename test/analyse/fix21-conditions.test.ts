/**
 * Session 21, helper conditions: what is and is not a condition of the rule (trials 102, 104, 106).
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

describe('"regardless of / irrespective of where …" is no condition (trial 102 #1)', () => {
  it('"irrespective of where" dropped: one omission, no direction', () => {
    expect(rows('Each Party shall certify the aircraft, irrespective of where it was assembled.', 'Each Party shall certify the aircraft.')).toEqual([
      ['omission', null, ', irrespective of where it was assembled', ''],
    ]);
  });
  it('"regardless of when" and "no matter where" too', () => {
    expect(rows('Each Party shall certify the aircraft regardless of when it was assembled.', 'Each Party shall certify the aircraft.')).toEqual([
      ['omission', null, 'regardless of when it was assembled', ''],
    ]);
    expect(rows('Each Party shall certify the aircraft, no matter where it was assembled.', 'Each Party shall certify the aircraft.')).toEqual([
      ['omission', null, ', no matter where it was assembled', ''],
    ]);
  });
  it('added: one addition', () => {
    expect(rows('Each Party shall certify the aircraft.', 'Each Party shall certify the aircraft, regardless of where it was assembled.')).toEqual([
      ['addition', null, '', ', regardless of where it was assembled'],
    ]);
  });
  it('near miss: a plain "where" clause stays a condition', () => {
    expect(rows('Each Party shall certify the aircraft where it was assembled in its territory.', 'Each Party shall certify the aircraft.')).toEqual([
      ['qualifier-dropped', 'strengthened', 'where it was assembled in its territory', ''],
    ]);
    expect(rows('A Party may audit the archives where the archives are kept on its soil.', 'A Party may audit the archives.')).toEqual([
      ['qualifier-dropped', null, 'where the archives are kept on its soil', ''],
    ]);
  });
});

describe('an evidential frame inside a condition (trial 102 #2)', () => {
  it('the frame dropped, the condition kept: an omission, no condition dropped', () => {
    expect(rows('The board shall revoke the permit where there are grounds to believe that the operator is insolvent.', 'The board shall revoke the permit where the operator is insolvent.')).toEqual([
      ['omission', null, 'there are grounds to believe that', ''],
    ]);
    expect(rows('The board shall revoke the permit if there is reason to suspect that the operator is insolvent.', 'The board shall revoke the permit if the operator is insolvent.')).toEqual([
      ['omission', null, 'there is reason to suspect that', ''],
    ]);
  });
  it('the whole condition dropped: one qualifier over the clause, past its "that"', () => {
    expect(rows('The board shall revoke the permit where there are grounds to believe that the operator is insolvent.', 'The board shall revoke the permit.')).toEqual([
      ['qualifier-dropped', 'strengthened', 'where there are grounds to believe that the operator is insolvent', ''],
    ]);
  });
  it('near misses: "if it is established that" and a plain condition dropped stay one qualifier', () => {
    expect(rows('The board shall revoke the permit if it is established that the operator is insolvent.', 'The board shall revoke the permit.')).toEqual([
      ['qualifier-dropped', 'strengthened', 'if it is established that the operator is insolvent', ''],
    ]);
    expect(rows('The board shall revoke the permit where the operator is insolvent.', 'The board shall revoke the permit.')).toEqual([
      ['qualifier-dropped', 'strengthened', 'where the operator is insolvent', ''],
    ]);
  });
  it('near miss: the frame reworded with words in its place is one rewording of it', () => {
    expect(rows('The board shall revoke the permit where there are grounds to believe that the operator is insolvent.', 'The board shall revoke the permit where the board knows that the operator is insolvent.')).toEqual([
      ['lexical', null, 'there are grounds to believe', 'the board knows'],
    ]);
  });
  it('near miss: the verb of belief changed inside the kept frame is a lexical change', () => {
    expect(rows('The board shall revoke the permit where there are grounds to believe that the operator is insolvent.', 'The board shall revoke the permit where there are grounds to suspect that the operator is insolvent.')).toEqual([
      ['lexical', null, 'believe', 'suspect'],
    ]);
  });
});

describe('a condition inside the object of a directive that directs no act (trial 104 #2)', () => {
  it('"We welcome a forum open to …, where appropriate, …": no direction', () => {
    expect(rows('We welcome a forum open to all regional bodies and, where appropriate, to academia.', 'We welcome a forum open to all regional bodies and to academia.')).toEqual([
      ['qualifier-dropped', null, ', where appropriate,', ''],
    ]);
  });
  it('"hope for", "call for" and another subject too', () => {
    expect(rows('We hope for a forum that involves, where appropriate, academia.', 'We hope for a forum that involves academia.')).toEqual([
      ['qualifier-dropped', null, ', where appropriate,', ''],
    ]);
    expect(rows('Leaders call for a forum open to all regional bodies and, where appropriate, to academia.', 'Leaders call for a forum open to all regional bodies and to academia.')).toEqual([
      ['qualifier-dropped', null, ', where appropriate,', ''],
    ]);
  });
  it('near misses: a modal, a directive with its act, or a gerund after the verb keep the direction', () => {
    expect(rows('Agencies should, where appropriate, exchange records with partners.', 'Agencies should exchange records with partners.')).toEqual([
      ['qualifier-dropped', 'strengthened', ', where appropriate,', ''],
    ]);
    expect(rows('Encourages Member States, where appropriate, to exchange records.', 'Encourages Member States to exchange records.')).toEqual([
      ['qualifier-dropped', 'strengthened', ', where appropriate,', ''],
    ]);
    expect(rows('We call on agencies to exchange records where appropriate.', 'We call on agencies to exchange records.')).toEqual([
      ['qualifier-dropped', 'strengthened', 'where appropriate', ''],
    ]);
    expect(rows('We call for deepening cooperation, where appropriate, with partners.', 'We call for deepening cooperation with partners.')).toEqual([
      ['qualifier-dropped', 'strengthened', ', where appropriate,', ''],
    ]);
  });
  it('near miss: an exemption in the passive keeps its direction', () => {
    expect(rows('A permit is not required for amateur fishing where the catch is released.', 'A permit is not required for amateur fishing.')).toEqual([
      ['qualifier-dropped', 'weakened', 'where the catch is released', ''],
    ]);
  });
  it('near miss: a statement with no directive stays without direction', () => {
    expect(rows('The forum is open to all regional bodies and, where appropriate, to academia.', 'The forum is open to all regional bodies and to academia.')).toEqual([
      ['qualifier-dropped', null, ', where appropriate,', ''],
    ]);
  });
});

describe('a framing reference against the party\'s own law opening the sentence (trial 106 #1)', () => {
  const rule = 'agencies shall release their accounts every quarter.';
  const base = 'Agencies shall release their accounts every quarter.';
  it('"Under the declaration," and "Under the text,": an addition', () => {
    expect(rows(base, `Under the declaration, ${rule}`)).toEqual([['addition', null, '', 'Under the declaration,']]);
    expect(rows(base, `Under the text, ${rule}`)).toEqual([['addition', null, '', 'Under the text,']]);
  });
  it('"According to the declaration,": one addition with its comma; dropped, one omission', () => {
    expect(rows(base, `According to the declaration, ${rule}`)).toEqual([['addition', null, '', 'According to the declaration,']]);
    expect(rows(`According to the declaration, ${rule}`, base)).toEqual([['omission', null, 'According to the declaration,', '']]);
  });
  it('"Under domestic law," / "Under their national legislation,": a condition added, weakened', () => {
    expect(rows(base, `Under domestic law, ${rule}`)).toEqual([['qualifier-added', 'weakened', '', 'Under domestic law,']]);
    expect(rows(base, `Under their national legislation, ${rule}`)).toEqual([['qualifier-added', 'weakened', '', 'Under their national legislation,']]);
  });
  it('near misses: "Under the treaty," an addition, "In accordance with national law," a condition, "According to the Charter," a condition', () => {
    expect(rows(base, `Under the treaty, ${rule}`)).toEqual([['addition', null, '', 'Under the treaty,']]);
    expect(rows(base, `In accordance with national law, ${rule}`)).toEqual([['qualifier-added', 'weakened', '', 'In accordance with national law,']]);
    expect(rows(base, `According to the Charter, ${rule}`).map((r) => r[0])).toEqual(['qualifier-added']);
  });
  it('near miss: after a verb "according to the text of …" stays a condition', () => {
    expect(rows('Courts shall construe the clauses according to the text of the Covenant.', 'Courts shall construe the clauses.')).toEqual([
      ['qualifier-dropped', 'strengthened', 'according to the text of the Covenant', ''],
    ]);
  });
  it('near miss: after a noun the party\'s own law stays a reference', () => {
    expect(rows('Offences under domestic law shall be prosecuted.', 'Offences shall be prosecuted.')).toEqual([['omission', null, 'under domestic law', '']]);
  });
});

describe('the same bound past the head "a period (of)" (trial 102 #5)', () => {
  it('"for a period not exceeding sixty days" → "for up to sixty days": grammatical', () => {
    expect(rows('The warrant shall authorise the interception for a period not exceeding sixty days.', 'The warrant shall authorise the interception for up to sixty days.')).toEqual([
      ['grammatical', null, 'a period not exceeding', 'up to'],
    ]);
  });
  it('"a period of no more than" → "at most", and the other way round', () => {
    expect(rows('The warrant shall authorise the interception for a period of no more than sixty days.', 'The warrant shall authorise the interception for at most sixty days.')).toEqual([
      ['grammatical', null, 'a period of no more than', 'at most'],
    ]);
    expect(rows('The warrant shall authorise the interception for up to sixty days.', 'The warrant shall authorise the interception for a period not exceeding sixty days.')).toEqual([
      ['grammatical', null, 'up to', 'a period not exceeding'],
    ]);
  });
  it('near misses: a minimum for a maximum stays lexical; a bound without the head stays grammatical', () => {
    expect(rows('The warrant shall authorise the interception for a period not exceeding sixty days.', 'The warrant shall authorise the interception for at least sixty days.')).toEqual([
      ['lexical', null, 'a period not exceeding', 'at least'],
    ]);
    expect(rows('The penalty shall be not more than 900 dollars.', 'The penalty shall be up to 900 dollars.')).toEqual([
      ['grammatical', null, 'not more than', 'up to'],
    ]);
  });
});
