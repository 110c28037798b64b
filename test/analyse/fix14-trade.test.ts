/**
 * Problems of trial 62 (data-flow and localisation articles of a digital economy chapter), session 14.
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

describe('an opening sentence dropped whose first words open the next one: the survivor aligned with its own counterpart (trial 62 #1)', () => {
  it('"Each Party may … . Each Party shall allow …" → "Each Party will allow …": the first sentence omitted, shall → will weakened', () => {
    expect(rows('Each Party may have its own rules on data transfers. Each Party shall allow transfers of data.', 'Each Party will allow transfers of data.')).toEqual([
      ['omission', null, 'Each Party may have its own rules on data transfers.', ''],
      ['modality', 'weakened', 'shall', 'will'],
    ]);
  });
  it('other wordings: other subjects, and a dropped sentence that opens with a deletion', () => {
    expect(rows('States may keep their own registers of vessels. States shall notify the Secretariat of new entries.', 'States will notify the Secretariat of new entries.')).toEqual([
      ['omission', null, 'States may keep their own registers of vessels.', ''],
      ['modality', 'weakened', 'shall', 'will'],
    ]);
    expect(rows('The Parties recognise that each Party may have its own requirements on data. Each Party shall allow transfers of data.', 'Each Party will allow transfers of data.')).toEqual([
      ['omission', null, 'The Parties recognise that each Party may have its own requirements on data.', ''],
      ['modality', 'weakened', 'shall', 'will'],
    ]);
  });
  it('near miss: a witness that joins the two sentences keeps its own "Each Party may have …"', () => {
    expect(rows('Each Party may have its own rules. Each Party shall allow transfers.', 'Each Party may have its own rules and shall allow transfers.')).toEqual([['merge', null, '. Each Party', 'and']]);
  });
});

describe('the negator of a rule dropped beside a new verb: a polarity flip and a rewording (trial 62 #2)', () => {
  it('"shall not be disputed" → "shall be reviewed": negation \'not\' dropped, lexical \'disputed\' → \'reviewed\'', () => {
    expect(rows('Such measures shall not be disputed by other Parties.', 'Such measures shall be reviewed by other Parties.')).toEqual([
      ['negation', null, 'not', ''],
      ['lexical', null, 'disputed', 'reviewed'],
    ]);
  });
  it('other wordings: "should not disclose" → "should publish", and a negator added, "allow" → "not permit"', () => {
    expect(rows('States should not disclose the data.', 'States should publish the data.')).toEqual([
      ['negation', null, 'not', ''],
      ['lexical', null, 'disclose', 'publish'],
    ]);
    expect(rows('Each Party shall allow transfers.', 'Each Party shall not permit transfers.')).toEqual([
      ['lexical', null, 'allow', 'permit'],
      ['negation', null, '', 'not'],
    ]);
  });
  it('near miss: a verb of forbidding negated for its opposite ("shall not restrict" → "shall allow") is the same rule restated', () => {
    expect(rows('Each Party shall not restrict transfers.', 'Each Party shall allow transfers.')).toEqual([['lexical', null, 'not restrict', 'allow']]);
  });
});

describe('a saving clause, "without prejudice to the right of X to", restated as "X may still" (trial 62 #3, #5)', () => {
  it('"This paragraph is without prejudice to the right of a regulatory body to" → "Regulators may still": one lexical, no negation', () => {
    expect(rows('This paragraph is without prejudice to the right of a regulatory body to require such access.', 'Regulators may still require such access.')).toEqual([
      ['lexical', null, 'This paragraph is without prejudice to the right of a regulatory body to', 'Regulators may still'],
    ]);
  });
  it('other wordings: after another sentence, "each Party" → "can", and "Only courts may" (the restriction its own change, no modality)', () => {
    expect(rows('No Party shall require access to source code. This paragraph is without prejudice to the right of a regulatory body to require such access.', 'No Party shall require access to source code. Regulators may still require such access.')).toEqual([
      ['lexical', null, 'This paragraph is without prejudice to the right of a regulatory body to', 'Regulators may still'],
    ]);
    expect(rows('This Article is without prejudice to the right of each Party to adopt measures.', 'Each Party can adopt measures.')).toEqual([
      ['lexical', null, 'This Article is without prejudice to the right of each Party to', 'Each Party can'],
    ]);
    expect(rows('This paragraph is without prejudice to the right of courts to require access.', 'Only courts may require access.')).toEqual([
      ['lexical', null, 'This paragraph is without prejudice to the right of courts to', 'courts may'],
      ['qualifier-added', 'strengthened', '', 'Only'],
    ]);
  });
  it('near miss: the saved right made a duty ("Courts shall require access") is no restatement', () => {
    expect(rows('This paragraph is without prejudice to the right of courts to require access.', 'Courts shall require access.').map((r) => r[0])).not.toContain('lexical');
  });
});

describe('a negative subject laid on a duty: an obligation becomes an exemption, weakened (trial 62 #4)', () => {
  it('"Each Party should consult" → "No Party is required to consult": one negation, weakened', () => {
    expect(rows('Each Party should consult the public.', 'No Party is required to consult the public.')).toEqual([['negation', 'weakened', 'Each Party should', 'No Party is required to']]);
    expect(variants('Each Party should consult the public.', 'No Party is required to consult the public.')[0].explanation).toContain('an obligation becomes an exemption');
  });
  it('other wordings: "shall" → "is required to", "should" → "is obliged to", the marker kept, and back (strengthened)', () => {
    expect(rows('Each Party shall consult the public.', 'No Party is required to consult the public.')).toEqual([['negation', 'weakened', 'Each Party shall', 'No Party is required to']]);
    expect(rows('Each Member should notify the Secretariat.', 'No Member is obliged to notify the Secretariat.')).toEqual([['negation', 'weakened', 'Each Member should', 'No Member is obliged to']]);
    expect(rows('Each Party is required to consult the public.', 'No Party is required to consult the public.')).toEqual([['negation', 'weakened', 'Each', 'No']]);
    expect(rows('No Party is required to consult the public.', 'Each Party should consult the public.')).toEqual([['negation', 'strengthened', 'No Party is required to', 'Each Party should']]);
  });
  it('near miss: a negative subject on "should" itself is a prohibition, with no direction', () => {
    expect(rows('Each Party should consult the public.', 'No Party should consult the public.')).toEqual([
      ['grammatical', null, 'Each', ''],
      ['negation', null, '', 'No'],
    ]);
  });
});

describe('the party a bar is lifted for ("prevent X from") replaced: an actor change (trial 62 #6)', () => {
  it('"Nothing shall prevent a Party from adopting" → "… a government from adopting": actor', () => {
    expect(rows('Nothing shall prevent a Party from adopting measures.', 'Nothing shall prevent a government from adopting measures.')).toEqual([['actor', null, 'Party', 'government']]);
  });
  it('other wordings: "shall preclude a Member from", "does not prevent a State from"', () => {
    expect(rows('Nothing in this Article shall preclude a Member from taking action.', 'Nothing in this Article shall preclude a State from taking action.')).toEqual([['actor', null, 'Member', 'State']]);
    expect(rows('This Agreement does not prevent a State from cooperating.', 'This Agreement does not prevent a government from cooperating.')).toEqual([['actor', null, 'State', 'government']]);
  });
  it('near miss: the object of the act after "from" changed is no actor', () => {
    expect(rows('Nothing shall prevent a Party from adopting measures.', 'Nothing shall prevent a Party from adopting rules.')).toEqual([['lexical', null, 'measures', 'rules']]);
  });
});

describe('a condition replaced by a concessive clause: two qualifier changes (trial 62 #7)', () => {
  it('"as a condition for conducting business" → ", even where this is necessary for security"', () => {
    expect(rows('No Party shall require a company to locate servers in its territory as a condition for conducting business.', 'No Party shall require a company to locate servers in its territory, even where this is necessary for security.')).toEqual([
      ['qualifier-dropped', 'strengthened', 'as a condition for conducting business', ''],
      ['qualifier-added', null, '', ', even where this is necessary for security'],
    ]);
  });
  it('other wordings: "as a condition of market access" → ", even if …", and a concessive clause added alone', () => {
    expect(rows('No Party shall require a covered person to use local facilities as a condition of market access.', 'No Party shall require a covered person to use local facilities, even if this serves public order.')).toEqual([
      ['qualifier-dropped', 'strengthened', 'as a condition of market access', ''],
      ['qualifier-added', null, '', ', even if this serves public order'],
    ]);
    expect(rows('Each Party shall protect personal data.', 'Each Party shall protect personal data, even when it is held abroad.')).toEqual([['qualifier-added', null, '', ', even when it is held abroad']]);
  });
  it('near miss: a word changed inside the condition kept is lexical', () => {
    expect(rows('No Party shall require a company to locate servers in its territory as a condition for conducting business.', 'No Party shall require a company to locate servers in its territory as a condition for doing business.')).toEqual([['lexical', null, 'conducting', 'doing']]);
  });
});

describe('a name for a name, a numbered reference for a noun phrase: one lexical, nothing omitted (trial 62 #9)', () => {
  it('"the Joint Committee" → "the Commission", "paragraph 2" → "this obligation"', () => {
    expect(rows('Each Party may propose amendments to the Joint Committee.', 'Each Party may propose amendments to the Commission.')).toEqual([['lexical', null, 'Joint Committee', 'Commission']]);
    expect(rows('A Party may adopt measures inconsistent with paragraph 2.', 'A Party may adopt measures inconsistent with this obligation.')).toEqual([['lexical', null, 'paragraph 2', 'this obligation']]);
  });
  it('other wordings: the other way round, and "Article 5" → "this Chapter"', () => {
    expect(rows('Reports go to the Commission.', 'Reports go to the Joint Committee.')).toEqual([['lexical', null, 'Commission', 'Joint Committee']]);
    expect(rows('Measures shall comply with Article 5.', 'Measures shall comply with this Chapter.')).toEqual([['lexical', null, 'Article 5', 'this Chapter']]);
  });
  it('near miss: one number for another in the reference is the number alone', () => {
    expect(rows('A Party may adopt measures inconsistent with paragraph 2.', 'A Party may adopt measures inconsistent with paragraph 3.')).toEqual([['lexical', null, '2', '3']]);
  });
});

describe('a connective of several words reworded whole: one lexical (trial 62 #11)', () => {
  it('"provided that" → "but only where"', () => {
    expect(rows('Measures are permitted, provided that they are not arbitrary.', 'Measures are permitted, but only where they are not arbitrary.')).toEqual([['lexical', null, 'provided that', 'but only where']]);
  });
  it('other wordings: "provided that" → "but only when", "as long as" → "but only where"', () => {
    expect(rows('Data may be shared, provided that it is encrypted.', 'Data may be shared, but only when it is encrypted.')).toEqual([['lexical', null, 'provided that', 'but only when']]);
    expect(rows('Transfers are allowed, as long as safeguards apply.', 'Transfers are allowed, but only where safeguards apply.')).toEqual([['lexical', null, 'as long as', 'but only where']]);
  });
  it('near miss: one connective of the same condition for another stays grammatical', () => {
    expect(rows('Measures are permitted, provided that they are not arbitrary.', 'Measures are permitted, so long as they are not arbitrary.')).toEqual([['grammatical', null, 'provided that', 'so long as']]);
  });
});

describe('an "of" phrase put before its head as a modifier: one lexical, nothing omitted (trial 62 #10)', () => {
  it('"the users of electronic commerce" → "e-commerce users"', () => {
    expect(rows('Each Party shall protect the users of electronic commerce.', 'Each Party shall protect e-commerce users.')).toEqual([['lexical', null, 'the users of electronic commerce', 'e-commerce users']]);
  });
  it('other wording: the other way round', () => {
    expect(rows('Each Party shall protect e-commerce users.', 'Each Party shall protect the users of electronic commerce.')).toEqual([['lexical', null, 'e-commerce users', 'the users of electronic commerce']]);
  });
  it('near miss: a modifier that shares no word with the "of" phrase leaves it omitted', () => {
    expect(rows('Each Party shall protect the users of electronic commerce.', 'Each Party shall protect online users.')).toEqual([
      ['lexical', null, 'the', 'online'],
      ['omission', null, 'of electronic commerce', ''],
    ]);
  });
});
