import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** Each variant as "type (direction): 'base' → 'reading'", for exact comparison. */
function brief(base: string, reading: string): string[] {
  return variants(base, reading).map((v) => `${v.type}${v.direction ? ` (${v.direction})` : ''}: '${v.base}' → '${v.reading}'`);
}

describe('an exception whose clause says what the law provides (trial 49 #1, #16)', () => {
  it('"that" after the verb of the condition clause is part of the exception: one condition dropped', () => {
    expect(brief("The handler shall obtain the individual's separate consent, except where this Law provides that consent is not required.", "The handler shall obtain the individual's separate consent.")).toEqual([
      "qualifier-dropped (strengthened): ', except where this Law provides that consent is not required' → ''",
    ]);
  });

  it('no negation from the "not" inside the dropped exception, the duty restated in the passive', () => {
    expect(brief("The controller shall obtain the individual's separate consent, except where this Law provides that consent is not required.", "The individual's separate consent must be obtained.")).toEqual([
      "actor: 'The controller shall obtain' → 'must be obtained'",
      "modality: 'shall' → 'must'", // (the modal reworded at the same force beside the voice change: fix19-merge)
      // (the object fronted as the passive's subject is part of the voice change: fix22-actors)
      "qualifier-dropped (strengthened): ', except where this Law provides that consent is not required' → ''",
    ]);
  });

  it('another verb of the condition ("unless the court finds that …")', () => {
    expect(brief('The authority shall grant the licence, unless the court finds that the applicant is not eligible.', 'The authority shall grant the licence.')).toEqual([
      "qualifier-dropped (strengthened): ', unless the court finds that the applicant is not eligible' → ''",
    ]);
  });

  it('near miss: a "that" of the rule\'s next clause stays outside the condition', () => {
    expect(brief('The handler shall obtain consent, except where the law so provides, and shall ensure that it is recorded.', 'The handler shall obtain consent and shall ensure that it is recorded.')).toEqual([
      "qualifier-dropped (strengthened): ', except where the law so provides,' → ''",
    ]);
  });
});

describe('the object of an exception qualified (trial 50 #3/#4, trial 49 #15)', () => {
  it('"prior written" dropped from a kept "without consent": the exception is wider, an omission weakened', () => {
    expect(brief('The information shall not be disclosed to any third party without the prior written consent of the Participant.', 'The information shall not be disclosed to any third party without consent.')).toEqual([
      "grammatical: 'the' → ''",
      "omission (weakened): 'prior written' → ''",
      "omission: 'of the Participant' → ''",
    ]);
  });

  it('the holder of the consent changed: the modifiers and the noun apart, not one lexical over the condition', () => {
    expect(brief('The information shall not be disclosed to any third party without the prior written consent of the Participant that provided it.', 'The information shall not be disclosed to any third party without the consent of the country that provided it.')).toEqual([
      "omission (weakened): 'prior written' → ''",
      "lexical: 'Participant' → 'country'",
    ]);
  });

  it('"except with the express consent" → "except with the consent"', () => {
    expect(brief('Data shall not be transferred except with the express consent of the data subject.', 'Data shall not be transferred except with the consent of the data subject.')).toEqual([
      "omission (weakened): 'express' → ''",
    ]);
  });

  it('"prior" added to the approval: a condition added to the exception, strengthened', () => {
    expect(brief('No data handler shall provide personal information to a foreign authority without the approval of the competent authority.', 'No data handler shall provide personal information to a foreign authority without the prior approval of the competent authority.')).toEqual([
      "qualifier-added (strengthened): '' → 'prior'",
    ]);
    expect(brief('Data shall not be transferred without the consent of the data subject.', 'Data shall not be transferred without the written consent of the data subject.')).toEqual([
      "qualifier-added (strengthened): '' → 'written'",
    ]);
  });

  it('near misses: the whole exception dropped stays a condition dropped; a modifier replaced is a lexical; not on a plain "with"', () => {
    expect(brief('No data handler shall provide personal information to a foreign authority without the prior approval of the competent authority.', 'No data handler shall provide personal information to a foreign authority.')).toEqual([
      "qualifier-dropped (strengthened): 'without the prior approval of the competent authority' → ''",
    ]);
    expect(brief('Data shall not be transferred without the prior consent of the data subject.', 'Data shall not be transferred without the informed consent of the data subject.')).toEqual([
      "lexical: 'prior' → 'informed'",
    ]);
    expect(brief('Data may be transferred with the prior consent of the data subject.', 'Data may be transferred with the consent of the data subject.')).toEqual([
      "omission: 'prior' → ''",
    ]);
  });
});

describe('"to the extent practicable" is a limiter (trial 50 #6)', () => {
  it('dropped, set off or at the end: a condition dropped', () => {
    expect(brief('The Parties shall share, to the extent practicable, information.', 'The Parties shall share information.')).toEqual([
      "qualifier-dropped (strengthened): ', to the extent practicable,' → ''",
    ]);
    expect(brief('The Parties shall share information to the extent practicable.', 'The Parties shall share information.')).toEqual([
      "qualifier-dropped (strengthened): 'to the extent practicable' → ''",
    ]);
    expect(brief('The Parties shall share, to the extent feasible, information.', 'The Parties shall share information.')).toEqual([
      "qualifier-dropped (strengthened): ', to the extent feasible,' → ''",
    ]);
  });

  it('near miss: one limiter for another is a word changed, no condition dropped', () => {
    expect(brief('The Parties shall share information to the extent practicable.', 'The Parties shall share information to the extent possible.')).toEqual([
      "lexical: 'practicable' → 'possible'",
    ]);
  });
});

describe('a proviso stated as a predicate (trial 50 #8)', () => {
  it('"are subject to … and are to be carried out": the proviso dropped, with its coordinator', () => {
    expect(brief('Activities are subject to the availability of funds and are to be carried out in accordance with domestic law.', 'Activities are to be carried out in accordance with domestic law.')).toEqual([
      "qualifier-dropped (strengthened): 'subject to the availability of funds and are' → ''",
    ]);
    expect(brief('Activities shall be subject to the availability of funds and shall be carried out in accordance with domestic law.', 'Activities shall be carried out in accordance with domestic law.')).toEqual([
      "qualifier-dropped (strengthened): 'subject to the availability of funds and shall be' → ''",
    ]);
    expect(brief('Activities are subject to the availability of funds and personnel and are to be carried out in accordance with domestic law.', 'Activities are to be carried out in accordance with domestic law.')).toEqual([
      "qualifier-dropped (strengthened): 'subject to the availability of funds and personnel and are' → ''",
    ]);
  });

  it('near miss: a participle that shares the linking verb is one list of predicates, an omission', () => {
    expect(brief('Activities shall be subject to review and approved by the Board.', 'Activities shall be approved by the Board.')).toEqual([
      "omission: 'subject to review and' → ''",
    ]);
  });
});

describe('"subject to" safeguards as part of the duty (trial 51 A6)', () => {
  it('coordinated with the manner of handling, the linking verb elided: an omission, no direction', () => {
    expect(brief('Such data should be handled only by authorised personnel and subject to confidentiality safeguards.', 'Such data should be handled only by authorised personnel.')).toEqual([
      "omission: 'and subject to confidentiality safeguards' → ''",
    ]);
    expect(brief('Personal data should be processed and handled only by authorised personnel and subject to strict requirements.', 'Personal data should be processed and handled only by authorised personnel.')).toEqual([
      "omission: 'and subject to strict requirements' → ''",
    ]);
  });

  it('near miss: set off by a comma it stays a condition dropped', () => {
    expect(brief('Such data should be handled only by authorised personnel, subject to national law.', 'Such data should be handled only by authorised personnel.')).toEqual([
      "qualifier-dropped (strengthened): ', subject to national law' → ''",
    ]);
  });
});

describe('a restriction added with ", but" (trial 50 #9)', () => {
  it('the qualifier is the moved item, the "only" added with its ", but"', () => {
    expect(brief('The Participants may, upon request, provide assistance.', 'The Participants may provide assistance, but only upon request.')).toEqual([
      "transposition: ', upon request,' → 'upon request'",
      "qualifier-added (strengthened): '' → ', but only'",
    ]);
    expect(brief('Each Party may, upon request, provide assistance to the other Party.', 'Each Party may provide assistance to the other Party, but only upon request.')).toEqual([
      "transposition: ', upon request,' → 'upon request'",
      "qualifier-added (strengthened): '' → ', but only'",
    ]);
  });

  it('as without "but"; the condition in place', () => {
    expect(brief('The Participants may, upon request, provide assistance.', 'The Participants may provide assistance only upon request.')).toEqual([
      "transposition: ', upon request,' → 'upon request'",
      "qualifier-added (strengthened): '' → 'only'",
    ]);
    expect(brief('The Participants may provide assistance upon request.', 'The Participants may provide assistance, but only upon request.')).toEqual([
      "qualifier-added (strengthened): '' → ', but only'",
    ]);
  });

  it('near miss: "but only" before a condition added with it stays one condition added', () => {
    expect(brief('States will share information.', 'States will share information, but only when national security allows.')).toEqual([
      "qualifier-added (weakened): '' → ', but only when national security allows'",
    ]);
  });
});

describe('a point in time restated as a time adverb (trial 50 #10)', () => {
  it('"on the date of signature" → "immediately": one lexical, no direction', () => {
    expect(variants('It is to take effect on the date of signature.', 'It will take effect immediately.').map((v) => [v.type, v.direction ?? null, v.base, v.reading])).toEqual([
      // ('is to' and 'will': the same force, modality.yaml)
      ['modality', null, 'is to', 'will'],
      ['lexical', null, 'on the date of signature', 'immediately'],
    ]);
    expect(brief('This Agreement shall enter into force upon signature.', 'This Agreement shall enter into force immediately.')).toEqual([
      "lexical: 'upon signature' → 'immediately'",
    ]);
  });

  it('near miss: a preposition that names no time stays a time limit added beside an omission', () => {
    expect(brief('The Party shall report on the incident.', 'The Party shall report immediately.')).toEqual([
      "qualifier-added (strengthened): '' → 'immediately'",
      "omission: 'on the incident' → ''",
    ]);
  });
});

describe('a reference after a noun, coordinated (trial 50 #11)', () => {
  it('"obligations under domestic or international law" dropped is an omission, as with one law', () => {
    expect(brief('This does not affect obligations under domestic or international law.', 'This does not affect obligations.')).toEqual([
      "omission: 'under domestic or international law' → ''",
    ]);
    expect(brief('It does not create obligations under national and international law.', 'It does not create obligations.')).toEqual([
      "omission: 'under national and international law' → ''",
    ]);
    expect(brief('This does not affect obligations under international law.', 'This does not affect obligations.')).toEqual([
      "omission: 'under international law' → ''",
    ]);
  });

  it('near miss: after a verb it stays a condition', () => {
    expect(brief('States shall act under domestic or international law.', 'States shall act.')).toEqual([
      "qualifier-dropped (strengthened): 'under domestic or international law' → ''",
    ]);
  });
});

describe('a manner phrase made an adjective of the thing (trial 50 #12)', () => {
  it('"share, in a timely manner, information" → "share timely information": one lexical', () => {
    expect(brief('The Parties shall share, in a timely manner, information on threats.', 'The Parties shall share timely information on threats.')).toEqual([
      "lexical: ', in a timely manner,' → 'timely'",
    ]);
    expect(brief('The Parties shall share timely information on threats.', 'The Parties shall share, in a timely manner, information on threats.')).toEqual([
      "lexical: 'timely' → ', in a timely manner,'",
    ]);
  });

  it('near misses: the phrase dropped whole; the adverb of its adjective', () => {
    expect(brief('The Parties shall share, in a timely manner, information on threats.', 'The Parties shall share information on threats.')).toEqual([
      "qualifier-dropped (weakened): ', in a timely manner,' → ''",
    ]);
    expect(brief('The Parties shall act in a transparent manner.', 'The Parties shall act transparently.')).toEqual([
      "grammatical: 'in a transparent manner' → 'transparently'",
    ]);
  });
});

describe('a retention limit reworded (trial 51 A11)', () => {
  it('"retained only for as long as is necessary" → "deleted as soon as it is no longer necessary": one lexical, no "only" dropped', () => {
    expect(brief('Such data should be retained only for as long as is necessary.', 'Such data should be deleted as soon as it is no longer necessary.')).toEqual([
      "lexical: 'retained only for as long as is' → 'deleted as soon as it is no longer'",
    ]);
  });

  it('near misses: the "only" dropped with the limit kept as it was, or beside another verb', () => {
    expect(brief('Personal data shall be retained only for as long as is necessary.', 'Personal data shall be retained for as long as is necessary.')).toEqual([
      "qualifier-dropped (weakened): 'only' → ''",
    ]);
    expect(brief('Personal data shall be retained only for five years.', 'Personal data shall be kept for five years.')).toEqual([
      "lexical: 'retained' → 'kept'",
      "qualifier-dropped (weakened): 'only' → ''",
    ]);
  });
});
