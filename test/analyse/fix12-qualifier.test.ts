/**
 * Qualifiers from new-user trials 55 and 57 (session 12): a run of coordinated qualifiers dropped
 * with its commas and coordinator, "in a manner consistent with …" kept together, "only" with the
 * phrase it restricts, a condition limb that ends with its sentence, a denial narrowed, a restricting
 * adjective on a duty's object, the condition of a dropped duty, and an exception dropped beside an
 * unrelated "where".
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);

describe('a run of coordinated qualifiers dropped together carries its commas and coordinator (trial 57 A10)', () => {
  it('two conditions joined by "and", set off by commas: one condition dropped', () => {
    expect(brief('States should, where appropriate and in accordance with national law, take steps.', 'States should take steps.')).toEqual([
      ['qualifier-dropped', 'strengthened', ', where appropriate and in accordance with national law,', ''],
    ]);
  });
  it('other wordings: "or", after the verb', () => {
    expect(brief('The Parties shall, where necessary or in accordance with their domestic law, exchange data.', 'The Parties shall exchange data.')).toEqual([
      ['qualifier-dropped', 'strengthened', ', where necessary or in accordance with their domestic law,', ''],
    ]);
    expect(brief('States should take steps, where feasible and subject to available resources, to protect data.', 'States should take steps to protect data.')).toEqual([
      ['qualifier-dropped', 'strengthened', ', where feasible and subject to available resources,', ''],
    ]);
  });
  it('limbs of different kinds keep their own kind and direction, the coordinator with the later one', () => {
    expect(brief('States should, where appropriate and within thirty days, take steps.', 'States should take steps.')).toEqual([
      ['qualifier-dropped', 'strengthened', ', where appropriate', ''],
      ['qualifier-dropped', 'weakened', 'and within thirty days,', ''],
    ]);
  });
  it('near miss: two qualifiers in different clauses of the rule stay apart, each with its commas', () => {
    expect(brief('States should, where appropriate, take steps and, in accordance with national law, report.', 'States should take steps and report.')).toEqual([
      ['qualifier-dropped', 'strengthened', ', where appropriate,', ''],
      ['qualifier-dropped', 'strengthened', ', in accordance with national law,', ''],
    ]);
  });
});

describe('"in a manner consistent with …" is one manner phrase (trial 57 A6)', () => {
  it('a time limit and a manner dropped together: the manner phrase is not cut into the time limit', () => {
    expect(brief('States should respond to requests, within a reasonable time and in a manner consistent with due regard for sovereignty.', 'States should respond to requests.')).toEqual([
      ['qualifier-dropped', 'weakened', ', within a reasonable time', ''],
      ['qualifier-dropped', null, 'and in a manner consistent with due regard for sovereignty', ''],
    ]);
  });
  it('other wordings: alone, after a kept time limit, with a relative clause', () => {
    expect(brief('States should respond in a manner consistent with due regard for sovereignty.', 'States should respond.')).toEqual([
      ['qualifier-dropped', null, 'in a manner consistent with due regard for sovereignty', ''],
    ]);
    expect(brief('Providers shall respond within a reasonable time and in a manner consistent with the rights of users.', 'Providers shall respond within a reasonable time.')).toEqual([
      ['qualifier-dropped', null, 'and in a manner consistent with the rights of users', ''],
    ]);
    expect(brief('States should respond to requests within thirty days and in a manner that respects privacy.', 'States should respond to requests.')).toEqual([
      ['qualifier-dropped', 'weakened', 'within thirty days', ''],
      ['qualifier-dropped', null, 'and in a manner that respects privacy', ''],
    ]);
  });
  it('near miss: "in a manner" with nothing saying which is no qualifier', () => {
    expect(brief('States should act in a manner.', 'States should act.')).toEqual([['omission', null, 'in a manner', '']]);
  });
});

describe('"only" with the phrase it restricts is one restriction (trial 55 R16)', () => {
  it('"only under a valid order" dropped: one restriction, weakened', () => {
    expect(brief('We will disclose data only under a valid order.', 'We will disclose data.')).toEqual([['qualifier-dropped', 'weakened', 'only under a valid order', '']]);
  });
  it('other wordings: added, a permission, and a next sentence dropped apart', () => {
    expect(brief('We will disclose data.', 'We will disclose data only under a valid court order.')).toEqual([['qualifier-added', 'strengthened', '', 'only under a valid court order']]);
    expect(brief('Operators may share data only under a court order.', 'Operators may share data.')).toEqual([['qualifier-dropped', 'weakened', 'only under a court order', '']]);
    expect(brief('We will disclose data only under a valid order. We shall require that each request go to the customer first.', 'We will disclose data.')).toEqual([
      ['qualifier-dropped', 'weakened', 'only under a valid order', ''],
      ['omission', null, 'We shall require that each request go to the customer first.', ''],
    ]);
  });
  it('near miss: "only if" stays one condition of the condition\'s direction', () => {
    expect(brief('We will disclose data only if a court orders it.', 'We will disclose data.')).toEqual([['qualifier-dropped', 'strengthened', 'only if a court orders it', '']]);
  });
});

describe('a limb of a condition ends with its sentence (trial 55 R16, corpus C1 blog)', () => {
  it('the limb up to the full stop, the next sentence an omission of its own', () => {
    expect(
      brief(
        'We will not disclose Customer Data to a government except as required by law and only in response to a valid legal order. We shall require that each request be directed to the customer in the first instance, and we will redirect the requesting agency to the customer.',
        'We will not disclose Customer Data to a government except as required by law, and we will redirect the requesting agency to the customer.',
      ).slice(0, 2),
    ).toEqual([
      ['qualifier-dropped', 'weakened', 'and only in response to a valid legal order', ''],
      ['omission', null, '. We shall require that each request be directed to the customer in the first instance', ''],
    ]);
  });
  it('near miss: the limb alone dropped is one limb', () => {
    expect(
      brief('We will not disclose data to a government except as required by law and only in response to a valid legal order.', 'We will not disclose data to a government except as required by law.'),
    ).toEqual([['qualifier-dropped', 'weakened', 'and only in response to a valid legal order', '']]);
  });
});

describe('a denial narrowed by a modifier joined to its object is a qualifier (trial 55 R4)', () => {
  it('"direct [and unfettered] access" under "do not": qualifier-added, weakened', () => {
    expect(brief('We do not provide any government with direct access to data.', 'We do not provide any government with direct and unfettered access to data.')).toEqual([
      ['qualifier-added', 'weakened', '', 'and unfettered'],
    ]);
  });
  it('other wordings: "will not", a noun modifier kept, an "or" limb dropped, an "and" limb dropped', () => {
    expect(brief('We will not give any agency bulk access to data.', 'We will not give any agency bulk and unrestricted access to data.')).toEqual([['qualifier-added', 'weakened', '', 'and unrestricted']]);
    expect(brief('We will not give any agency direct or indirect access to data.', 'We will not give any agency direct access to data.')).toEqual([['qualifier-dropped', 'weakened', 'or indirect', '']]);
    expect(brief('We do not provide any government with direct and unfettered access to data.', 'We do not provide any government with direct access to data.')).toEqual([['qualifier-dropped', 'strengthened', 'and unfettered', '']]);
  });
  it('near miss: without a negator the added modifier stays an addition', () => {
    expect(brief('We will give any agency direct access to data.', 'We will give any agency direct and unfettered access to data.')).toEqual([['addition', null, '', 'and unfettered']]);
  });
});

describe('a restricting adjective on a duty\'s object is a qualifier (trial 57 A7)', () => {
  it('"appropriate requests" → "requests": qualifier-dropped, strengthened', () => {
    expect(brief('States should respond to appropriate requests for assistance.', 'States should respond to requests for assistance.')).toEqual([['qualifier-dropped', 'strengthened', 'appropriate', '']]);
  });
  it('other wordings: "legitimate" dropped, "lawful" added, on a permission no direction', () => {
    expect(brief('States should respond to legitimate requests.', 'States should respond to requests.')).toEqual([['qualifier-dropped', 'strengthened', 'legitimate', '']]);
    expect(brief('Operators shall answer requests.', 'Operators shall answer lawful requests.')).toEqual([['qualifier-added', 'weakened', '', 'lawful']]);
    expect(brief('States may respond to appropriate requests.', 'States may respond to requests.')).toEqual([['qualifier-dropped', null, 'appropriate', '']]);
  });
  it('near misses: a descriptive adjective, a predicate adjective', () => {
    expect(brief('States should respond to written requests for assistance.', 'States should respond to requests for assistance.')).toEqual([['omission', null, 'written', '']]);
    expect(brief('Such measures are appropriate steps.', 'Such measures are steps.')).toEqual([['omission', null, 'appropriate', '']]);
  });
});

describe('the condition of a dropped (added) duty goes with it (trial 55 R6, R20)', () => {
  it('"Where …, we will consult the customer, and" dropped: one omission, no condition dropped', () => {
    expect(brief('Where a request concerns a public body, we will consult the customer, and we will disclose only the minimum data.', 'We will disclose only the minimum data.')).toEqual([
      ['omission', null, 'Where a request concerns a public body, we will consult the customer, and', ''],
    ]);
  });
  it('other wordings: "If …", another bearer; an added duty with its condition is one addition', () => {
    expect(brief('If the request is urgent, the agency shall inform the minister, and it shall keep a record.', 'It shall keep a record.')).toEqual([
      ['omission', null, 'If the request is urgent, the agency shall inform the minister, and', ''],
    ]);
    expect(brief('We will notify customers unless legally prohibited.', 'We will notify customers, and where an order applies, we will challenge it.')).toEqual([
      ['qualifier-dropped', 'strengthened', 'unless legally prohibited', ''],
      ['addition', null, '', ', and where an order applies, we will challenge it'],
    ]);
  });
  it('near miss: a limb restated with another verb and another condition, the modal carried over from the head clause, keeps its rule', () => {
    const v = brief(
      'States should share information on remedies, and should, subject to national security considerations, put in place procedures for the disclosure of vulnerabilities.',
      'States should share information on remedies and, where appropriate, establish procedures for the disclosure of vulnerabilities.',
    );
    // (a condition replaced by a limiter that names another thing: one dropped, one added, each on the
    // rule kept; trial 61 a3, session 13)
    expect(v).toContainEqual(['qualifier-dropped', 'strengthened', 'subject to national security considerations', '']);
    expect(v).toContainEqual(['qualifier-added', 'weakened', '', 'where appropriate']);
    expect(v).toContainEqual(['lexical', null, 'put in place', 'establish']);
  });
  it('near misses: the duty kept, or restated in the passive, the condition is dropped from it', () => {
    expect(brief('Where a request concerns a public body, we will consult the customer.', 'We will consult the customer.')).toEqual([
      ['qualifier-dropped', 'strengthened', 'Where a request concerns a public body,', ''],
    ]);
    expect(brief('The controller shall obtain the consent of the person, except where this Law provides that consent is not required.', 'The consent of the person must be obtained.').at(-1)).toEqual([
      'qualifier-dropped',
      'strengthened',
      ', except where this Law provides that consent is not required',
      '',
    ]);
  });
});

describe('an exception is no rewording of a condition in its place (trial 55 R19)', () => {
  it('"unless legally prohibited" dropped beside a new "where" clause: qualifier-dropped, strengthened', () => {
    const v = brief('We will notify customers unless legally prohibited. Where notice is prohibited by an order, we will seek to lift it.', 'We will notify customers, and where an order applies, we will challenge it.');
    expect(v[0]).toEqual(['qualifier-dropped', 'strengthened', 'unless legally prohibited', '']);
    expect(v.some((x) => x[0] === 'lexical' && x[2] === 'unless legally prohibited')).toBe(false);
  });
  it('near misses: an exception reworded as an exception, a condition as a condition', () => {
    expect(brief('We will notify customers unless prohibited by law.', 'We will notify customers unless a court forbids it.')).toEqual([['lexical', null, 'prohibited by law', 'a court forbids it']]);
    expect(brief('States should cooperate through mutual legal assistance.', 'States should cooperate through appropriate channels.')).toEqual([
      ['lexical', null, 'mutual legal assistance', 'appropriate channels'],
    ]);
  });
});

describe('the purposes of the United Nations are a standard, not a condition (trial 57 A15)', () => {
  it('"Consistent with the purposes of the United Nations," dropped: standard dropped, no direction', () => {
    expect(brief('Consistent with the purposes of the United Nations, States should cooperate to increase stability.', 'States should cooperate to increase stability.')).toEqual([
      ['qualifier-dropped', null, 'Consistent with the purposes of the United Nations,', ''],
    ]);
    expect(variants('Consistent with the purposes of the United Nations, States should cooperate to increase stability.', 'States should cooperate to increase stability.')[0].explanation).toMatch(/^standard dropped/);
  });
  it('another wording: "in accordance with the principles of the United Nations"', () => {
    expect(brief('States should, in accordance with the principles of the United Nations, cooperate.', 'States should cooperate.')).toEqual([
      ['qualifier-dropped', null, ', in accordance with the principles of the United Nations,', ''],
    ]);
  });
  it('near miss: the party\'s own law stays a condition', () => {
    expect(brief('States should, in accordance with national law, cooperate.', 'States should cooperate.')).toEqual([['qualifier-dropped', 'strengthened', ', in accordance with national law,', '']]);
  });
});

describe('a first limb dropped before a repeated head is a limb, with its coordinator (trial 55 R11)', () => {
  it('"under their contracts or under data protection law" → "under data protection law": one limb dropped, nothing accidental', () => {
    expect(brief('Nothing limits the rights of customers under their contracts or under data protection law.', 'Nothing limits the rights of customers under data protection law.')).toEqual([
      ['qualifier-dropped', null, 'under their contracts or', ''],
    ]);
    expect(variants('Nothing limits the rights of customers under their contracts or under data protection law.', 'Nothing limits the rights of customers under data protection law.')[0].explanation).toMatch(/^a limb of the condition dropped/);
  });
  it('other wordings: on an obligation (fewer cases: weakened), added (strengthened)', () => {
    expect(brief('Operators shall report incidents under their licences or under national law.', 'Operators shall report incidents under national law.')).toEqual([['qualifier-dropped', 'weakened', 'under their licences or', '']]);
    expect(brief('Operators shall report incidents under national law.', 'Operators shall report incidents under their licences or under national law.')).toEqual([['qualifier-added', 'strengthened', '', 'under their licences or']]);
  });
  it('near miss: a lone condition dropped is a condition dropped', () => {
    expect(brief('Operators shall report incidents under their licences.', 'Operators shall report incidents.')).toEqual([['qualifier-dropped', 'strengthened', 'under their licences', '']]);
  });
});

describe('a bound added before a figure or a frequency is a qualifier (trial 55 R15)', () => {
  it('"annually" → "at least annually": minimum added, no direction', () => {
    expect(brief('We will publish the report annually.', 'We will publish the report at least annually.')).toEqual([['qualifier-added', null, '', 'at least']]);
  });
  it('other wordings: before a figure, a maximum dropped', () => {
    expect(brief('Operators shall keep records for five years.', 'Operators shall keep records for at least five years.')).toEqual([['qualifier-added', null, '', 'at least']]);
    expect(brief('Fines shall be up to 500 euros.', 'Fines shall be 500 euros.')).toEqual([['qualifier-dropped', null, 'up to', '']]);
  });
  it('near miss: "at least" before no figure stays an omission', () => {
    expect(brief('Operators shall keep at least the records.', 'Operators shall keep the records.')).toEqual([['omission', null, 'at least', '']]);
  });
});

describe('a frequency said as "on an annual basis" (trial 54 #13)', () => {
  it('"annually" → "on an annual basis": one lexical, the same frequency, not function words beside an added "basis"', () => {
    expect(brief('The mechanism shall report annually to the General Assembly.', 'The mechanism shall report on an annual basis to the General Assembly.')).toEqual([
      ['lexical', null, 'annually', 'on an annual basis'],
    ]);
  });
  it('other wordings: another period is a frequency changed, with its direction on an obligation', () => {
    expect(brief('The Parties shall meet annually.', 'The Parties shall meet on a monthly basis.')).toEqual([['lexical', 'strengthened', 'annually', 'on a monthly basis']]);
  });
  it('near miss: a basis that counts no period ("on a regular basis", "on an ad hoc basis") is no frequency', () => {
    expect(brief('The Parties shall meet on a regular basis.', 'The Parties shall meet on an ad hoc basis.')).toEqual([['lexical', null, 'a regular', 'an ad hoc']]);
  });
});
