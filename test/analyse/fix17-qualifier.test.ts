/**
 * Session 17: qualifiers and conditions from trials 76–81 (time limits, thresholds, the will of the
 * party, grounds, good faith, "save where" exceptions).
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

describe('a threshold of severity before the noun of an event (trial 77 #4)', () => {
  it('"Where a significant incident is detected" → "Where an incident": dropped, strengthened', () => {
    expect(rows('Where a significant incident is detected, the operator shall notify the authority.', 'Where an incident is detected, the operator shall notify the authority.')).toEqual([
      ['grammatical', null, 'a', 'an'],
      ['qualifier-dropped', 'strengthened', 'significant', ''],
    ]);
  });
  it('another wording: "report any significant breach"', () => {
    expect(rows('Operators shall report any significant breach.', 'Operators shall report any breach.')).toEqual([['qualifier-dropped', 'strengthened', 'significant', '']]);
  });
  it('near miss: "a significant report" is no threshold', () => {
    expect(rows('Operators shall publish a significant report.', 'Operators shall publish a report.')).toEqual([['omission', null, 'significant', '']]);
  });
});

describe('"voluntary" as an adjective of the manner (trial 77 #7)', () => {
  it('"on a voluntary and confidential basis" → "on a confidential basis": condition dropped, strengthened', () => {
    expect(rows('States should share information on a voluntary and confidential basis.', 'States should share information on a confidential basis.')).toEqual([
      ['qualifier-dropped', 'strengthened', 'voluntary and', ''],
    ]);
  });
  it('the other order: "on a confidential and voluntary basis"', () => {
    expect(rows('States should share information on a confidential and voluntary basis.', 'States should share information on a confidential basis.')).toEqual([
      ['qualifier-dropped', 'strengthened', 'and voluntary', ''],
    ]);
  });
  it('on a permission: no direction', () => {
    expect(rows('States may share information on a voluntary and confidential basis.', 'States may share information on a confidential basis.')).toEqual([['qualifier-dropped', null, 'voluntary and', '']]);
  });
  it('near miss: "secure and" is an omission', () => {
    expect(rows('States should share information on a secure and confidential basis.', 'States should share information on a confidential basis.')).toEqual([['omission', null, 'secure and', '']]);
  });
});

describe('grounds an act needs are a condition (trial 79 #6)', () => {
  it('"may grant an extension on reasonable grounds" → without: condition dropped (a permission: no direction)', () => {
    expect(rows('The Centre may grant an extension on reasonable grounds.', 'The Centre may grant an extension.')).toEqual([['qualifier-dropped', null, 'on reasonable grounds', '']]);
  });
  it('on an obligation, two adjectives: strengthened', () => {
    expect(rows('The Centre shall refuse the request on reasonable and objective grounds.', 'The Centre shall refuse the request.')).toEqual([
      ['qualifier-dropped', 'strengthened', 'on reasonable and objective grounds', ''],
    ]);
  });
  it('near miss: "on the grounds in Article 7" names grounds, it is an omission', () => {
    expect(rows('The Centre may refuse the request on the grounds in Article 7.', 'The Centre may refuse the request.')).toEqual([['omission', null, 'on the grounds in Article 7', '']]);
  });
});

describe('"temporarily" limits the act in time (trial 79 #7)', () => {
  it('"the flaw is temporarily withheld" → "withheld": a time limit dropped (a statement: no direction)', () => {
    const v = variants('Until a patch is available, the flaw is temporarily withheld.', 'Until a patch is available, the flaw is withheld.');
    expect(v.map((x) => [x.type, x.direction ?? null, x.base, x.reading])).toEqual([['qualifier-dropped', null, 'temporarily', '']]);
    expect(v[0].explanation).toContain('no longer says when it ends');
  });
  it('on an obligation the act now holds for good: strengthened; "provisionally" added: weakened', () => {
    expect(rows('The operator shall temporarily suspend the service.', 'The operator shall suspend the service.')).toEqual([['qualifier-dropped', 'strengthened', 'temporarily', '']]);
    expect(rows('The operator shall suspend the service.', 'The operator shall provisionally suspend the service.')).toEqual([['qualifier-added', 'weakened', '', 'provisionally']]);
  });
  it('near miss: before an adjective it describes the thing', () => {
    expect(rows('The operator shall restore temporarily unavailable data.', 'The operator shall restore unavailable data.')).toEqual([['omission', null, 'temporarily', '']]);
  });
});

describe('"save where", "save as" are exceptions (trial 80 #3)', () => {
  it('"save where authorised by the body" added to a prohibition: weakened', () => {
    expect(rows('Operators shall not disclose the data.', 'Operators shall not disclose the data, save where authorised by the body.')).toEqual([
      ['qualifier-added', 'weakened', '', ', save where authorised by the body'],
    ]);
  });
  it('"save as provided in Article 5": the same', () => {
    expect(rows('Operators shall not disclose the data.', 'Operators shall not disclose the data, save as provided in Article 5.')).toEqual([
      ['qualifier-added', 'weakened', '', ', save as provided in Article 5'],
    ]);
  });
  it('near miss: "save" as a verb opens no exception', () => {
    expect(rows('Users shall export the file.', 'Users shall export the file and save as a PDF.')).toEqual([['addition', null, '', 'and save as a PDF']]);
  });
});

describe('an adverb of intent before a kept verb, a verb coordinated before it dropped (trial 77 #6)', () => {
  it('"shall not conduct or knowingly support" → "shall not support": omission "conduct or" and the intent dropped', () => {
    expect(rows('States shall not conduct or knowingly support such activities.', 'States shall not support such activities.')).toEqual([
      ['omission', null, 'conduct or', ''],
      ['qualifier-dropped', 'strengthened', 'knowingly', ''],
    ]);
  });
  it('another wording: "conduct or intentionally facilitate"', () => {
    expect(rows('States shall not conduct or intentionally facilitate such activities.', 'States shall not facilitate such activities.')).toEqual([
      ['omission', null, 'conduct or', ''],
      ['qualifier-dropped', 'strengthened', 'intentionally', ''],
    ]);
  });
  it('near miss: no adverb, one omission', () => {
    expect(rows('States shall not conduct or support such activities.', 'States shall not support such activities.')).toEqual([['omission', null, 'conduct or', '']]);
  });
});

describe('a participle phrase set off after a noun describes it (trial 81 #3)', () => {
  it('"The network, based on common identifiers, should not be fragmented" → without: an omission', () => {
    expect(rows('The network, based on common identifiers, should not be fragmented.', 'The network should not be fragmented.')).toEqual([['omission', null, ', based on common identifiers,', '']]);
  });
  it('another wording: "Decisions, based on a risk assessment, shall be published"', () => {
    expect(rows('Decisions, based on a risk assessment, shall be published.', 'Decisions shall be published.')).toEqual([['omission', null, ', based on a risk assessment,', '']]);
  });
  it('before a coordinated clause with a subject and modal of its own: an omission too', () => {
    expect(rows('The Internet should be a coherent network, based on common identifiers, and governments shall not adopt measures that fragment it.', 'The Internet should be a coherent network, and governments shall not adopt measures that fragment it.')).toEqual([
      ['omission', null, 'based on common identifiers,', ''],
    ]);
  });
  it('near miss: after the modal it still bases the act, a condition dropped', () => {
    expect(rows('The authority shall, based on a risk assessment, decide on the request.', 'The authority shall decide on the request.')).toEqual([
      ['qualifier-dropped', 'strengthened', ', based on a risk assessment,', ''],
    ]);
  });
});

describe('a time limit set off by commas with its own condition (trial 76 #4)', () => {
  it('"reported, within 72 hours where practicable, through contact points" → without: the limit dropped, weakened', () => {
    const v = variants('Incidents should be reported, within 72 hours where practicable, through contact points.', 'Incidents should be reported through contact points.');
    expect(v.map((x) => [x.type, x.direction ?? null, x.base, x.reading])).toEqual([['qualifier-dropped', 'weakened', ', within 72 hours where practicable,', '']]);
    expect(v[0].explanation).toContain("the condition 'where practicable' bounds the limit");
  });
  it('another wording, and the limit added', () => {
    expect(rows('Operators shall notify the authority, within seven days where possible, of any breach.', 'Operators shall notify the authority of any breach.')).toEqual([
      ['qualifier-dropped', 'weakened', ', within seven days where possible,', ''],
    ]);
    expect(rows('Incidents should be reported through contact points.', 'Incidents should be reported, within 72 hours where practicable, through contact points.')).toEqual([
      ['qualifier-added', 'strengthened', '', ', within 72 hours where practicable,'],
    ]);
  });
  it('near miss: an aside that is no limit stays one omission', () => {
    expect(rows('States shall act, with the support of United Nations entities where appropriate, to protect data.', 'States shall act to protect data.')).toEqual([
      ['omission', null, ', with the support of United Nations entities where appropriate,', ''],
    ]);
  });
});

describe('"except where" → "where": the exception made a condition (trial 79 #10)', () => {
  it('", except where the vendor fails" → "where the vendor fails": one negation, the condition reversed', () => {
    const v = variants('Researchers should not publish, except where the vendor fails to respond.', 'Researchers should not publish where the vendor fails to respond.');
    expect(v.map((x) => [x.type, x.direction ?? null, x.base, x.reading])).toEqual([['negation', null, ', except where', 'where']]);
    expect(v[0].explanation).toContain('the exception becomes a condition');
  });
  it('without the comma, and "where" → "except when" the other way', () => {
    expect(rows('Researchers should not publish except where the vendor fails to respond.', 'Researchers should not publish where the vendor fails to respond.')).toEqual([['negation', null, 'except where', 'where']]);
    expect(rows('Researchers should publish where the vendor fails to respond.', 'Researchers should publish except when the vendor fails to respond.')).toEqual([['negation', null, 'where', 'except when']]);
  });
  it('near miss: "except" dropped before a noun is no condition reversed', () => {
    expect(rows('Researchers should publish all reports except drafts.', 'Researchers should publish all reports.').map((x) => x[0])).not.toContain('negation');
  });
});

describe('a whole conditional sentence dropped with its own duty is one omission (trial 80 #2)', () => {
  it('"… bodies. Where a State designates several bodies, it shall designate one as coordinator." → first sentence: one omission', () => {
    expect(rows('Each State shall designate one or more bodies. Where a State designates several bodies, it shall designate one as coordinator.', 'Each State shall designate one or more bodies.')).toEqual([
      ['omission', null, 'Where a State designates several bodies, it shall designate one as coordinator.', ''],
    ]);
  });
  it('another wording: "If a breach occurs, they shall keep the logs for a year." dropped', () => {
    expect(rows('Operators shall keep logs. If a breach occurs, they shall keep the logs for a year.', 'Operators shall keep logs.')).toEqual([
      ['omission', null, 'If a breach occurs, they shall keep the logs for a year.', ''],
    ]);
  });
  it('near miss: the duty kept, only the condition dropped', () => {
    expect(rows('Operators shall keep logs. If a breach occurs, they shall keep the logs for a year.', 'Operators shall keep logs. They shall keep the logs for a year.')).toEqual([
      ['qualifier-dropped', 'strengthened', 'If a breach occurs,', ''],
    ]);
  });
});

describe('a condition added with the coordinator that joins it to a kept one (trial 81 #5)', () => {
  it('"measures, without prejudice to …" → "measures, in accordance with national law and without prejudice to …": one qualifier-added with its "and"', () => {
    expect(rows('Member States shall take measures, without prejudice to national security.', 'Member States shall take measures, in accordance with national law and without prejudice to national security.')).toEqual([
      ['qualifier-added', 'weakened', '', 'in accordance with national law and'],
    ]);
  });
  it('another wording, added and dropped: "on a voluntary basis and"', () => {
    expect(rows('States shall share data in accordance with national law.', 'States shall share data on a voluntary basis and in accordance with national law.')).toEqual([
      ['qualifier-added', 'weakened', '', 'on a voluntary basis and'],
    ]);
    expect(rows('States shall share data on a voluntary basis and in accordance with national law.', 'States shall share data in accordance with national law.')).toEqual([
      ['qualifier-dropped', 'strengthened', 'on a voluntary basis and', ''],
    ]);
  });
  it('near miss: an item added to a list of objects stays an addition', () => {
    // (the coordinator read as a comma is the list re-joined, part of the addition: trial 84 #10, fix18-spans)
    expect(rows('States shall share data and information.', 'States shall share data, information and reports.')).toEqual([['addition', null, '', 'and reports']]);
  });
});

describe('consent named by an adjective is a condition, "only" with it one restriction (trial 78 #7)', () => {
  it('"should not be shared" → "may be shared only with judicial authorisation": the negation and one qualifier-added', () => {
    expect(rows('Data should not be shared.', 'Data may be shared only with judicial authorisation.')).toEqual([
      ['negation', 'weakened', 'should not', 'may'],
      ['qualifier-added', 'strengthened', '', 'only with judicial authorisation'],
    ]);
  });
  it('another wording: "with parental consent" added to a duty, weakened', () => {
    expect(rows('Data shall be shared.', 'Data shall be shared with parental consent.')).toEqual([['qualifier-added', 'weakened', '', 'with parental consent']]);
  });
  it('near miss: "with great care" is no consent', () => {
    expect(rows('Data shall be shared.', 'Data shall be shared with great care.')).toEqual([['addition', null, '', 'with great care']]);
  });
});

describe('a clause limb of a proviso, dropped beside another change or added at the end of a list (trial 79 #7, #8)', () => {
  it('"strictly" and "and no personal data were retained" dropped: two qualifier-dropped', () => {
    expect(rows('Researchers shall not be prosecuted, provided that the access was strictly necessary and no personal data were retained.', 'Researchers shall not be prosecuted, provided that the access was necessary.')).toEqual([
      ['qualifier-dropped', 'strengthened', 'strictly', ''],
      ['qualifier-dropped', 'strengthened', 'and no personal data were retained', ''],
    ]);
  });
  it('the limb alone dropped: the same', () => {
    expect(rows('Researchers shall not be prosecuted, provided that the access was necessary and no personal data were retained.', 'Researchers shall not be prosecuted, provided that the access was necessary.')).toEqual([
      ['qualifier-dropped', 'strengthened', 'and no personal data were retained', ''],
    ]);
  });
  it('a limb added after a comma list: qualifier-added, weakened', () => {
    expect(rows('Researchers shall not be prosecuted, provided that the access was necessary and no data were retained.', 'Researchers shall not be prosecuted, provided that the access was necessary, no data were retained and the Centre was notified.')).toContainEqual([
      'qualifier-added',
      'weakened',
      '',
      'and the Centre was notified',
    ]);
  });
  it('near miss: a clause added after no condition stays an addition', () => {
    expect(rows('Operators shall report the breach.', 'Operators shall report the breach and the owner was identified.')).toEqual([['addition', null, '', 'and the owner was identified']]);
  });
});
