/**
 * Modality and polarity, from trials 55 and 57 (session 12): a prohibition with an exception
 * restated as the act on a condition, hedges of effort, a dropped "may", an actor change beside a
 * dropped modal, present-tense "do not" pledges, "refrain from", a dropped mental element.
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

describe('"will not … unless C" → "will … only if C": one rule restated (trial 55 R1)', () => {
  it('the negator gone with the modal kept, "unless" → "only if": no substantive change', () => {
    expect(rows('We will not disclose data unless the request complies with local law.', 'We will disclose data only if the request complies with local law.')).toEqual([
      ['grammatical', null, 'not', ''],
      ['grammatical', null, 'unless', 'only if'],
    ]);
  });
  it('other wordings: "shall not … except on" → "shall … only on", and back', () => {
    expect(rows('We shall not disclose data except on a valid order.', 'We shall disclose data only on a valid order.')).toEqual([
      ['grammatical', null, 'not', ''],
      ['grammatical', null, 'except', 'only'],
    ]);
    expect(rows('We will disclose data only if the request complies with local law.', 'We will not disclose data unless the request complies with local law.')).toEqual([
      ['grammatical', null, '', 'not'],
      ['grammatical', null, 'only if', 'unless'],
    ]);
  });
  it('near miss: "unless C" → "if C" (no "only") turns the prohibition into a duty', () => {
    const vs = rows('We will not disclose data unless the request complies with local law.', 'We will disclose data if the request complies with local law.');
    expect(vs[0]).toEqual(['negation', null, 'not', '']);
  });
});

describe('hedges of effort: "make reasonable efforts to" (modality.yaml markers; trial 55 R2)', () => {
  it('"will notify" → "will make reasonable efforts to notify": the duty weakened to a duty to try', () => {
    expect(rows('We will notify customers of requests.', 'We will make reasonable efforts to notify customers of requests.')).toEqual([['modality', 'weakened', '', 'make reasonable efforts to']]);
  });
  it('other wordings: "use commercially reasonable efforts to", "use reasonable endeavours to"; back, strengthened', () => {
    expect(rows('We will notify customers of requests.', 'We will use commercially reasonable efforts to notify customers of requests.')).toEqual([['modality', 'weakened', '', 'use commercially reasonable efforts to']]);
    expect(rows('We will notify customers of requests.', 'We will use reasonable endeavours to notify customers of requests.')).toEqual([['modality', 'weakened', '', 'use reasonable endeavours to']]);
    expect(rows('We will make reasonable efforts to notify customers of requests.', 'We will notify customers of requests.')).toEqual([['modality', 'strengthened', 'make reasonable efforts to', '']]);
  });
  it('near miss: the hedge kept, the act reworded: no change of force', () => {
    expect(rows('We will make reasonable efforts to notify customers.', 'We will make reasonable efforts to inform customers.')).toEqual([['lexical', null, 'notify', 'inform']]);
  });
});

describe('"may" against no modal: a permission stated as done (trial 55 R3)', () => {
  it('"may include" → "includes": strengthened, the discretion gone', () => {
    const vs = variants('The report may include security requests.', 'The report includes security requests.');
    expect(vs.map((v) => [v.type, v.direction ?? null, v.base, v.reading])).toEqual([
      ['modality', 'strengthened', 'may', ''],
      ['grammatical', null, 'include', 'includes'],
    ]);
    // (read as a possibility made a statement: modality.yaml hedged-statement)
    expect(vs[0].explanation).toBe("obligation strengthened: 'may' (1) → 'no modal' (1.5) — a possibility made a statement");
  });
  it('other wordings: "may discontinue" → "discontinue"; back, "includes" → "might include", weakened', () => {
    expect(rows('The Participants may discontinue the programme.', 'The Participants discontinue the programme.')).toEqual([['modality', 'strengthened', 'may', '']]);
    expect(rows('The report includes security requests.', 'The report might include security requests.')).toEqual([
      ['grammatical', null, 'includes', 'include'],
      ['modality', 'weakened', '', 'might'],
    ]);
  });
  it('near miss: a permission restricted to one case ("may … only") binds as "shall": dropped, weakened', () => {
    expect(rows('Data may be shared only with consent.', 'Data is shared only with consent.')[0]).toEqual(['modality', 'weakened', 'may', '']);
  });
});

describe('a subject replaced by a pronoun beside a dropped modal (trial 55 R5/R6)', () => {
  it('"Contoso shall publish" → "We publish": the modal dropped is its own change', () => {
    expect(rows('Contoso shall publish a report every year.', 'We publish a report every year.')).toEqual([
      ['lexical', null, 'Contoso', 'We'],
      ['modality', 'weakened', 'shall', ''],
    ]);
  });
  it('other wordings: "Contoso will notify" → "We notify"; "The Company shall publish" → "We publish"', () => {
    expect(rows('Contoso will notify customers.', 'We notify customers.')).toEqual([
      ['lexical', null, 'Contoso', 'We'],
      ['modality', 'weakened', 'will', ''],
    ]);
    expect(rows('The Company shall publish a report every year.', 'We publish a report every year.')).toEqual([
      ['lexical', null, 'The Company', 'We'],
      ['modality', 'weakened', 'shall', ''],
    ]);
  });
  it('near miss: the modal kept, "Contoso shall" → "We shall": no modality', () => {
    expect(rows('Contoso shall publish a report every year.', 'We shall publish a report every year.').map((v) => v[0])).not.toContain('modality');
  });
});

describe('"We do not …": the speaker\'s negated present is a pledge (negation.yaml `pledge-subjects`; trial 55 R9)', () => {
  it('an exception added to "We do not give" weakens the prohibition, as with "We will not give"', () => {
    const vs = variants('We do not give any government our encryption keys.', 'We do not give any government our encryption keys, except where required by law.');
    expect(vs.map((v) => [v.type, v.direction ?? null, v.reading])).toEqual([['qualifier-added', 'weakened', ', except where required by law']]);
    expect(vs[0].explanation).toContain('the prohibition now admits an exception');
  });
  it('other wordings: "We don\'t sell … unless"; the exception dropped, strengthened', () => {
    expect(rows("We don't sell customer data.", "We don't sell customer data unless the customer agrees.")).toEqual([['qualifier-added', 'weakened', '', 'unless the customer agrees']]);
    expect(rows('We do not sell customer data unless the customer agrees.', 'We do not sell customer data.')).toEqual([['qualifier-dropped', 'strengthened', 'unless the customer agrees', '']]);
  });
  it('near miss: a statement with another subject binds no one: no direction', () => {
    expect(rows('This Memorandum does not create obligations.', 'This Memorandum does not create obligations, except where the Parties agree.')).toEqual([['qualifier-added', null, '', ', except where the Parties agree']]);
  });
});

describe('a purpose verb kept though a word of its stem is dropped later (trial 57 z1)', () => {
  it('"should consider how best to cooperate … cooperative measures" → "may cooperate": modality weakened', () => {
    expect(rows('States should consider how best to cooperate to share data, prosecute crime and adopt cooperative measures.', 'States may cooperate to prosecute crime.')).toEqual([
      ['modality', 'weakened', 'should consider how best to', 'may'],
      ['omission', null, 'share data,', ''],
      ['omission', null, 'and adopt cooperative measures', ''],
    ]);
  });
  it('other wording: the purpose kept whole', () => {
    expect(rows('States should consider how best to cooperate to share data and adopt cooperative measures.', 'States may cooperate to share data.')).toEqual([
      ['modality', 'weakened', 'should consider how best to', 'may'],
      ['omission', null, 'and adopt cooperative measures', ''],
    ]);
  });
  it('near miss: the verb itself read again elsewhere: the purpose is dropped', () => {
    expect(rows('States should meet regularly to share data and should share reports.', 'States should meet regularly and should share reports.')).toEqual([['qualifier-dropped', null, 'to share data', '']]);
  });
});

describe('"not" → "refrain from": one piece of the same prohibition (negation.yaml `refraining-particles`; trial 57 p1, A12)', () => {
  it('"should not knowingly allow" → "should refrain from knowingly allowing": one entry, no stray "from"', () => {
    const vs = variants('States should not knowingly allow such activity.', 'States should refrain from knowingly allowing such activity.');
    expect(vs.map((v) => [v.type, v.direction ?? null, v.base, v.reading])).toEqual([
      ['grammatical', null, 'not', 'refrain from'],
      ['grammatical', null, 'allow', 'allowing'],
    ]);
    expect(vs[0].explanation).toContain('the same prohibition with another negator');
  });
  it('other wordings: "must not" → "must refrain from"; "should not" → "must refrain from" is strengthened, "from" in the modal piece', () => {
    // (session 19: the form the verb of refraining requires goes with the same prohibition too, trial 93 E1)
    expect(rows('States must not conduct such activity.', 'States must refrain from conducting such activity.')).toEqual([
      ['grammatical', null, 'not conduct', 'refrain from conducting'],
    ]);
    // (session 18: with a change of force, the form the verb of refraining requires goes with it, trial 87 #12)
    expect(rows('States should not conduct such activity.', 'States must refrain from conducting such activity.')).toEqual([
      ['modality', 'strengthened', 'should not conduct', 'must refrain from conducting'],
    ]);
  });
  it('near miss: "not" → "never" is a prohibition strengthened, not the same one', () => {
    expect(rows('States must not conduct such activity.', 'States must never conduct such activity.')).toEqual([['modality', 'strengthened', 'not', 'never']]);
  });
});

describe('"whether W or not": the rule holds either way (qualifiers.yaml `either-way`; trial 57 p11)', () => {
  it('"that intentionally damages" → "that damages …, whether intentionally or not": intent dropped, the frame added, no negation', () => {
    expect(rows('States should not conduct ICT activity that intentionally damages critical infrastructure.', 'States should not conduct ICT activity that damages critical infrastructure, whether intentionally or not.')).toEqual([
      ['qualifier-dropped', 'strengthened', 'intentionally', ''],
      ['addition', null, '', ', whether intentionally or not'],
    ]);
  });
  it('other wordings: "knowingly … whether knowingly or not"; back, "whether or not intentionally" → "intentionally", weakened', () => {
    expect(rows('States should not knowingly allow such activity.', 'States should not allow such activity, whether knowingly or not.')).toEqual([
      ['qualifier-dropped', 'strengthened', 'knowingly', ''],
      ['addition', null, '', ', whether knowingly or not'],
    ]);
    expect(rows('States should not conduct ICT activity that damages critical infrastructure, whether or not intentionally.', 'States should not conduct ICT activity that intentionally damages critical infrastructure.')).toEqual([
      ['qualifier-added', 'weakened', '', 'intentionally'],
      ['omission', null, ', whether or not intentionally', ''],
    ]);
  });
  it('near miss: the frame added to a rule without the qualifier is an addition alone', () => {
    expect(rows('States should not conduct ICT activity that damages critical infrastructure.', 'States should not conduct ICT activity that damages critical infrastructure, whether intentionally or not.')).toEqual([['addition', null, '', ', whether intentionally or not']]);
  });
});
