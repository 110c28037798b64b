/**
 * Session 18: modality, negation and actor (trials 84, 85, 86, 87, 88, 89).
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

describe('a modal written out before a verb of refraining in a limb with none, or a weaker one, is modality (trial 85 #1)', () => {
  it('"…, and refrain from" → "…, and must refrain from": strengthened', () => {
    expect(rows('Prevent attacks on the public core of the Internet, and refrain from supporting such attacks.', 'Prevent attacks on the public core of the Internet, and must refrain from supporting such attacks.')).toEqual([
      ['modality', 'strengthened', '', 'must'],
    ]);
  });
  it('"should prevent …, and refrain" → "…, and must refrain": should → must strengthened', () => {
    expect(rows('States should prevent attacks, and refrain from supporting them.', 'States should prevent attacks, and must refrain from supporting them.')).toEqual([
      ['modality', 'strengthened', '', 'must'],
    ]);
  });
  it('another wording: "should protect …, and avoid" → "…, and shall avoid"', () => {
    expect(rows('States should protect data, and avoid sharing it.', 'States should protect data, and shall avoid sharing it.')).toEqual([
      ['modality', 'strengthened', '', 'shall'],
    ]);
  });
  it('a weaker modal in the second limb: "must protect …, and refrain" → "…, and should refrain": weakened', () => {
    expect(rows('States must protect data, and refrain from sharing it.', 'States must protect data, and should refrain from sharing it.')).toEqual([
      ['modality', 'weakened', '', 'should'],
    ]);
  });
  it('near miss: the same modal repeated or not repeated stays grammatical', () => {
    expect(rows('States shall prevent attacks and shall refrain from supporting them.', 'States shall prevent attacks and refrain from supporting them.')).toEqual([
      ['grammatical', null, 'shall', ''],
    ]);
    expect(rows('States shall prevent attacks, and refrain from supporting them.', 'States shall prevent attacks, and shall refrain from supporting them.')).toEqual([
      ['grammatical', null, '', 'shall'],
    ]);
  });
});

describe('a negator added before a reworded passive verb is a negation of its own (trial 88 #1)', () => {
  it('"should be shaped by" → "should not be decided by": negation + lexical', () => {
    expect(rows('Its future should be shaped by all States.', 'Its future should not be decided by all States.')).toEqual([
      ['negation', null, '', 'not'],
      ['lexical', null, 'shaped', 'decided'],
    ]);
  });
  it('another wording: "shall be stored by" → "shall not be kept by"', () => {
    expect(rows('Data shall be stored by the provider.', 'Data shall not be kept by the provider.')).toEqual([
      ['negation', null, '', 'not'],
      ['lexical', null, 'stored', 'kept'],
    ]);
  });
  it('near miss: the verb reworded with no negator stays one lexical', () => {
    expect(rows('Its future should be shaped by all States.', 'Its future should be decided by all States.')).toEqual([
      ['lexical', null, 'shaped', 'decided'],
    ]);
  });
});

describe('a clause dropped before a connective reworded in function words is its own omission (trial 88 #2)', () => {
  it('", nor shall they support crime, in order to" → ", so as to": omission + grammatical', () => {
    expect(rows('States shall manage infrastructure, nor shall they support crime, in order to keep peace.', 'States shall manage infrastructure, so as to keep peace.')).toEqual([
      ['omission', null, 'nor shall they support crime,', ''],
      ['grammatical', null, 'in order', 'so as'],
    ]);
  });
  it('another wording: ", and they must report incidents, in order to" → ", so as to"', () => {
    expect(rows('States should share data, and they must report incidents, in order to build trust.', 'States should share data, so as to build trust.')).toEqual([
      ['omission', null, 'and they must report incidents,', ''],
      ['grammatical', null, 'in order', 'so as'],
    ]);
  });
  it('near miss: the connective alone reworded stays grammatical', () => {
    expect(rows('States shall share data, in order to build trust.', 'States shall share data, so as to build trust.')).toEqual([
      ['grammatical', null, 'in order', 'so as'],
    ]);
  });
});

describe('a predicate restated in the negative reports the negation (trial 86 #1)', () => {
  it('"Fines may be imposed on public bodies." → "Public bodies are not subject to fines.": a negation besides the rewording', () => {
    const v = rows('Administrative fines may be imposed on public bodies.', 'Public bodies are not subject to administrative fines.');
    expect(v.filter((x) => x[0] === 'negation')).toEqual([['negation', null, '', 'not']]);
    expect(v.filter((x) => x[0] === 'addition')).toEqual([['addition', null, '', 'are not subject to']]);
  });
  it('the other way: "are not subject to" → "may be imposed on": the negator dropped', () => {
    const v = rows('Public bodies are not subject to administrative fines.', 'Administrative fines may be imposed on public bodies.');
    expect(v.filter((x) => x[0] === 'negation')).toEqual([['negation', null, 'not', '']]);
  });
  it('near miss: restated without a negator, no negation', () => {
    const v = rows('Administrative fines may be imposed on public bodies.', 'Public bodies are subject to administrative fines.');
    expect(v.filter((x) => x[0] === 'negation')).toEqual([]);
  });
});

describe('a willingness and a power conferred are modal phrases (trial 85 #3, trial 86 #2, #3)', () => {
  it('"We affirm our willingness to work together to protect" → "We commit to protect": modality strengthened', () => {
    expect(rows('We affirm our willingness to work together to protect the Internet.', 'We commit to protect the Internet.')).toEqual([
      ['modality', 'strengthened', 'affirm our willingness to', 'commit'],
      ['omission', null, 'work together', ''],
    ]);
  });
  it('another wording: "States express their willingness to share" → "States undertake to share"', () => {
    expect(rows('States express their willingness to share data.', 'States undertake to share data.')).toEqual([
      ['modality', 'strengthened', 'express their willingness', 'undertake'],
    ]);
  });
  it('"have the power to set" → "shall set": discretion made a duty, strengthened', () => {
    expect(rows('Authorities have the power to set a deadline.', 'Authorities shall set a deadline.')).toEqual([
      ['modality', 'strengthened', 'have the power to', 'shall'],
    ]);
    expect(rows('Regulators are empowered to impose fines.', 'Regulators must impose fines.')).toEqual([
      ['modality', 'strengthened', 'are empowered to', 'must'],
    ]);
  });
  it('"have the power to" → "may": the same force, no direction, and no perfect', () => {
    const v = variants('Authorities have the power to set a deadline.', 'Authorities may set a deadline.');
    expect(v.map((x) => [x.type, x.direction ?? null, x.base, x.reading])).toEqual([['modality', null, 'have the power to', 'may']]);
    expect(v[0].explanation).not.toContain('perfect');
  });
  it('"States shall ensure that authorities have the power to" → "The Agency may": not shall → may weakened', () => {
    const v = rows('States shall ensure that authorities have the power to issue instructions.', 'The Agency may issue instructions.');
    expect(v).toContainEqual(['modality', null, 'have the power to', 'may']);
    expect(v.filter((x) => x[0] === 'modality' && x[1] !== null)).toEqual([]);
  });
  it('near miss: "have committed to" → "shall" is still read in the perfect', () => {
    const v = variants('Authorities have committed to set a deadline.', 'Authorities shall set a deadline.');
    expect(v.map((x) => [x.type, x.direction ?? null])).toEqual([['modality', null]]);
    expect(v[0].explanation).toContain('perfect');
  });
});

describe('the -ing form a verb of refraining requires goes with the modality (trial 87 #12)', () => {
  it('"shall not use" → "should avoid using": one modality, no grammatical use → using', () => {
    expect(rows('Providers shall not use nudge techniques.', 'Providers should avoid using nudge techniques.')).toEqual([
      ['modality', 'weakened', 'shall not use', 'should avoid using'],
    ]);
  });
  it('another wording: "must not share" → "shall refrain from sharing"', () => {
    expect(rows('States must not share data.', 'States shall refrain from sharing data.')).toEqual([
      ['modality', null, 'must not share', 'shall refrain from sharing'],
    ]);
  });
  it('near miss: "use" → "be using" with no refraining verb stays grammatical', () => {
    expect(rows('Providers shall not use nudge techniques.', 'Providers shall not be using nudge techniques.')).toEqual([
      ['grammatical', null, 'use', 'be using'],
    ]);
  });
});

describe('a modal after words dropped before it is not swallowed by their omission (trial 88 #7)', () => {
  it('"enshrined in the Charter shall apply" → "applies": omission + grammatical "shall apply" → "applies"', () => {
    expect(rows('The principle of equality enshrined in the Charter shall apply to cyberspace.', 'The principle of equality applies to cyberspace.')).toEqual([
      ['omission', null, 'enshrined in the Charter', ''],
      ['grammatical', null, 'shall apply', 'applies'],
    ]);
  });
  it('another wording: "adopted by the Council shall govern" → "govern": the duty dropped is modality', () => {
    expect(rows('The rules adopted by the Council shall govern this matter.', 'The rules govern this matter.')).toEqual([
      ['omission', null, 'adopted by the Council', ''],
      ['modality', 'weakened', 'shall', ''],
    ]);
  });
  it('near miss: the modal kept, only the words omitted', () => {
    expect(rows('The principle of equality enshrined in the Charter shall apply to cyberspace.', 'The principle of equality shall apply to cyberspace.')).toEqual([
      ['omission', null, 'enshrined in the Charter', ''],
    ]);
  });
});

describe('a party\'s duty to ensure restated as the actor\'s own duty: actor + modality (trial 89 #5)', () => {
  it('"Each Party shall provide that the controller takes" → "The controller must take"', () => {
    expect(rows('Each Party shall provide that the controller takes security measures.', 'The controller must take security measures.')).toEqual([
      ['actor', null, 'Each Party', ''],
      ['modality', null, 'shall provide that', 'must'],
      ['grammatical', null, 'takes', 'take'],
    ]);
  });
  it('another wording: "Member States should ensure that operators notify" → "Operators must notify": strengthened', () => {
    expect(rows('Member States should ensure that operators notify incidents.', 'Operators must notify incidents.')).toEqual([
      ['actor', null, 'Member States', ''],
      ['modality', 'strengthened', 'should ensure that', 'must'],
    ]);
  });
  it('near miss: no modal written out on the act, the framing stays an omission', () => {
    expect(rows('Member States shall ensure that operators notify incidents.', 'Operators notify incidents.')).toEqual([
      ['omission', null, 'Member States shall ensure that', ''],
    ]);
  });
});

describe('a subject and modal added to a bare predicate: actor + modality (trial 85 #2)', () => {
  it('"Prevent attacks, and refrain from" → "Prevent attacks. States shall refrain from"', () => {
    expect(rows('Prevent attacks on the Internet, and refrain from supporting such attacks.', 'Prevent attacks on the Internet. States shall refrain from supporting such attacks.')).toEqual([
      ['grammatical', null, ', and', '.'],
      ['modality', 'strengthened', '', 'shall'],
      ['actor', null, '', 'States'],
    ]);
  });
  it('another wording: "Protect data and share" → "Protect data. Member States should share"', () => {
    expect(rows('Protect data and share information with partners.', 'Protect data. Member States should share information with partners.')).toEqual([
      ['grammatical', null, 'and', '.'],
      ['modality', 'strengthened', '', 'should'],
      ['actor', null, '', 'Member States'],
    ]);
  });
  it('near miss: the subject and modal of the base dropped stay one omission (a bare list of proposals)', () => {
    expect(rows('States should take actions.', 'take actions.')).toEqual([['omission', null, 'States should', '']]);
  });
});
