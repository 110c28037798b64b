/**
 * Problems of trial 65 (a joint statement on undersea cable security), session 14: constructed
 * sentences for each rule, with near misses that must not change.
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

describe('"will consider X" → "do not commit to X": a commitment refused, one negation weakened (trial 65 #1)', () => {
  it('the modal, the hedge and the do-support are one negation, weakened', () => {
    expect(rows('We will consider providing financial support.', 'We do not commit to providing financial support.')).toEqual([
      ['negation', 'weakened', 'will consider', 'do not commit to'],
    ]);
  });
  it('other wordings: "shall explore … " → "do not undertake to", and back (strengthened)', () => {
    expect(rows('The Parties shall explore establishing a fund.', 'The Parties do not undertake to establish a fund.')).toEqual([
      ['negation', 'weakened', 'shall explore establishing', 'do not undertake to establish'],
    ]);
    expect(rows('We do not commit to providing financial support.', 'We will consider providing financial support.')).toEqual([
      ['negation', 'strengthened', 'do not commit to', 'will consider'],
    ]);
  });
  it('with the subject elided after "but" ("but does not commit to"): still the refusal, weakened', () => {
    expect(rows('The statement encourages trade, and we will consider providing support.', 'The statement encourages trade, but does not commit to providing support.')).toContainEqual(
      ['negation', 'weakened', 'will consider', 'not commit to'],
    );
  });
  it('a commitment phrase negated lifts the duty: "commit to" → "do not commit to" weakened, an exemption', () => {
    const v = variants('We commit to providing financial support.', 'We do not commit to providing financial support.');
    expect(v.map((x) => [x.type, x.direction ?? null, x.base, x.reading])).toEqual([['negation', 'weakened', '', 'do not']]);
    expect(v[0].explanation).toContain('an obligation becomes an exemption');
    expect(rows('We will provide financial support.', 'We do not pledge to provide financial support.')[0]).toEqual(['negation', 'weakened', 'will', 'do not pledge to']);
  });
  it('near misses: the hedge dropped with no negation stays a hedge dropped (strengthened); "do not aim to" lifts no duty', () => {
    expect(rows('We will consider providing financial support.', 'We will provide financial support.')).toEqual([
      ['modality', 'strengthened', 'consider providing', 'provide'],
    ]);
    expect(rows('We aim to provide financial support.', 'We do not aim to provide financial support.')).toEqual([['negation', null, '', 'do not']]);
  });
});

describe('a name defined by its acronym in brackets, against the acronym alone: one spelling (trial 65 #2)', () => {
  it('"consistent with the United Nations Convention on the Law of the Sea (UNCLOS)" → "consistent with UNCLOS"', () => {
    expect(rows('We will act consistent with the United Nations Convention on the Law of the Sea (UNCLOS).', 'We will act consistent with UNCLOS.')).toEqual([
      ['spelling', null, 'the United Nations Convention on the Law of the Sea (UNCLOS)', 'UNCLOS'],
    ]);
  });
  it('other wordings: after "under", spelt out the other way, in the middle of a phrase', () => {
    expect(rows('We will act under UNCLOS.', 'We will act under the United Nations Convention on the Law of the Sea (UNCLOS).')).toEqual([
      ['spelling', null, 'UNCLOS', 'the United Nations Convention on the Law of the Sea (UNCLOS)'],
    ]);
    expect(rows('We support the Data Free Flow with Trust (DFFT) initiative.', 'We support the DFFT initiative.')).toEqual([
      ['spelling', null, 'Data Free Flow with Trust (DFFT)', 'DFFT'],
    ]);
  });
  it('near misses: brackets holding no acronym of the name dropped: the name is an omission of its own', () => {
    expect(rows('States shall comply with the Convention on Cybercrime (UNCLOS).', 'States shall comply with UNCLOS.')).toEqual([
      ['omission', null, 'the Convention on Cybercrime', ''],
      ['punctuation', null, '(UNCLOS)', 'UNCLOS'],
    ]);
  });
});

describe('an adjective of excess on the object of a prohibition is a restricting modifier (trial 65 #3)', () => {
  it('"will not impose unnecessary restrictions" → "… restrictions": qualifier-dropped, strengthened', () => {
    expect(rows('We will not impose unnecessary restrictions on cable repair.', 'We will not impose restrictions on cable repair.')).toEqual([
      ['qualifier-dropped', 'strengthened', 'unnecessary', ''],
    ]);
  });
  it('other wordings: "undue burdens", "excessive fees" dropped; "arbitrary" added (weakened); "without undue delay" → "without delay"', () => {
    expect(rows('States shall not impose undue burdens on operators.', 'States shall not impose burdens on operators.')).toEqual([['qualifier-dropped', 'strengthened', 'undue', '']]);
    expect(rows('States should not subject repair ships to excessive fees.', 'States should not subject repair ships to fees.')).toEqual([['qualifier-dropped', 'strengthened', 'excessive', '']]);
    expect(rows('We will not impose restrictions on cable repair.', 'We will not impose arbitrary restrictions on cable repair.')).toEqual([['qualifier-added', 'weakened', '', 'arbitrary']]);
    const v = variants('States shall notify the authority without undue delay.', 'States shall notify the authority without delay.');
    expect(v.map((x) => [x.type, x.direction ?? null, x.base, x.reading])).toEqual([['qualifier-dropped', 'strengthened', 'undue', '']]);
    expect(v[0].explanation).toContain("now rules out any 'delay'");
  });
  it('near miss: a descriptive adjective ("new restrictions") stays an omission', () => {
    expect(rows('We will not impose new restrictions on cable repair.', 'We will not impose restrictions on cable repair.')).toEqual([['omission', null, 'new', '']]);
  });
});

describe('a second commitment with a pronoun for its subject is a limb of its own (trial 65 #4)', () => {
  it('", and we will refrain from …" dropped after a reworded place: lexical + omission, not one lexical', () => {
    expect(rows('We will not impose restrictions in areas beyond national jurisdiction, and we will refrain from any action that would interfere with the freedom to lay cables.', 'We will not impose restrictions in international waters.')).toEqual([
      ['lexical', null, 'areas beyond national jurisdiction', 'international waters'],
      ['omission', null, ', and we will refrain from any action that would interfere with the freedom to lay cables', ''],
    ]);
  });
  it('another wording: ", and they shall cooperate …"', () => {
    expect(rows('States shall protect cables in their territorial sea, and they shall cooperate with the operators of the cables.', 'States shall protect cables in coastal waters.')).toEqual([
      ['lexical', null, 'their territorial sea', 'coastal waters'],
      ['omission', null, ', and they shall cooperate with the operators of the cables', ''],
    ]);
  });
  it('near miss: the second commitment kept, only the place reworded', () => {
    expect(rows('We will protect cables in areas beyond national jurisdiction, and we will cooperate with operators.', 'We will protect cables in international waters, and we will cooperate with operators.')).toEqual([
      ['lexical', null, 'areas beyond national jurisdiction', 'international waters'],
    ]);
  });
});

describe('a commitment restated as a reported position, under a new subject (trial 65 #5)', () => {
  it('"We intend to promote the use of" → "Ministers underlined the importance of": actor + modality weakened', () => {
    expect(rows('We intend to promote the use of trusted suppliers.', 'Ministers underlined the importance of trusted suppliers.')).toEqual([
      ['actor', null, 'We', 'Ministers'],
      ['modality', 'weakened', 'intend to promote the use', 'underlined the importance'],
    ]);
  });
  it('other wordings: "will promote" → "stressed"; the same subject kept', () => {
    expect(rows('We will promote trusted suppliers.', 'Ministers stressed trusted suppliers.')).toEqual([
      ['actor', null, 'We', 'Ministers'],
      ['modality', 'weakened', 'will promote', 'stressed'],
    ]);
    expect(rows('We intend to promote the use of trusted suppliers.', 'We underlined the importance of trusted suppliers.')).toEqual([
      ['modality', 'weakened', 'intend to promote the use', 'underlined the importance'],
    ]);
  });
  it('near misses: a verb that reports nothing keeps its own lexical; a reported clause keeps its frame as an addition', () => {
    expect(rows('We intend to promote the use of trusted suppliers.', 'We promoted the importance of trusted suppliers.')).toEqual([
      ['modality', 'weakened', 'intend to', ''],
      ['grammatical', null, 'promote', 'promoted'],
      ['lexical', null, 'use', 'importance'],
    ]);
    expect(rows('We will protect cables.', 'Ministers said they would protect cables.')).toEqual([
      ['grammatical', null, 'We', 'they'],
      ['addition', null, '', 'Ministers said'],
      ['grammatical', null, 'will', 'would'],
    ]);
  });
});

describe('a commitment reaffirmed by a named party: actor + lexical, not a reporting frame (trial 65 #6)', () => {
  it('"We commit to protect" → "Ministers reaffirmed their commitment to protect"', () => {
    expect(rows('We commit to protect undersea cables.', 'Ministers reaffirmed their commitment to protect undersea cables.')).toEqual([
      ['actor', null, 'We', 'Ministers'],
      ['lexical', null, 'commit', 'reaffirmed their commitment'],
    ]);
  });
  it('other wordings: "We commit to share" → "Leaders reiterated their commitment to share", "agree" → "reaffirmed their agreement"', () => {
    expect(rows('We commit to share threat information.', 'Leaders reiterated their commitment to share threat information.')).toEqual([
      ['actor', null, 'We', 'Leaders'],
      ['lexical', null, 'commit', 'reiterated their commitment'],
    ]);
    expect(rows('We agree to share threat information.', 'Ministers reaffirmed their agreement to share threat information.')).toEqual([
      ['actor', null, 'We', 'Ministers'],
      ['lexical', null, 'agree', 'reaffirmed their agreement'],
    ]);
  });
  it('near miss: a reported clause with its own subject and verb ("said that they would") is still a reporting frame', () => {
    expect(rows('We will protect cables.', 'Ministers said that they would protect cables.').map((x) => x[0])).toContain('addition');
  });
});

describe('"subject to" after a negated linking verb is the predicate, not a proviso (trial 65 #7)', () => {
  it('"are not subject to undue delay" → "are not held up": one lexical', () => {
    expect(rows('States will ensure that repair ships are not subject to undue delay.', 'States will ensure that repair ships are not held up.')).toEqual([
      ['lexical', null, 'subject to undue delay', 'held up'],
    ]);
  });
  it('another wording: "shall not be subject to inspection" → "shall not be inspected"', () => {
    expect(rows('Repair ships shall not be subject to inspection.', 'Repair ships shall not be inspected.')).toEqual([
      ['lexical', null, 'subject to inspection', 'inspected'],
    ]);
  });
  it('near miss: "subject to" after a noun, a proviso on a permission, dropped: a condition dropped', () => {
    expect(rows('States may transfer data subject to appropriate safeguards.', 'States may transfer data.')).toEqual([
      ['qualifier-dropped', null, 'subject to appropriate safeguards', ''],
    ]);
  });
});

describe('a directive verb dropped while its act stays under a stronger one: modality, not omission (trial 65 #9)', () => {
  it('"to encourage operators to assess" → "require operators … to assess": strengthened', () => {
    const v = rows('We intend to promote trusted suppliers and to encourage operators to assess the risks.', 'We will require operators to use trusted suppliers and to assess the risks.');
    expect(v).toContainEqual(['modality', 'strengthened', 'to encourage operators', '']);
    expect(v.map((x) => x[0])).not.toContain('omission');
  });
  it('the other way round: the directive added, the act now under "encourage", weakened', () => {
    const v = rows('We will require operators to use trusted suppliers and to assess the risks.', 'We intend to promote trusted suppliers and to encourage operators to assess the risks.');
    expect(v).toContainEqual(['modality', 'weakened', '', 'to encourage operators']);
    expect(v.map((x) => x[0])).not.toContain('addition');
  });
  it('near miss: the act left with no directive over it ("and assess the risks") stays an omission', () => {
    expect(rows('We will promote trusted suppliers and encourage operators to assess the risks.', 'We will promote trusted suppliers and assess the risks.')).toEqual([
      ['omission', null, 'encourage operators to', ''],
    ]);
  });
});

describe('a condition restated with another connective and a verb of its own (trial 65 #10)', () => {
  it('"with industry in a timely manner, in accordance with national law" → "with cable companies where national law allows"', () => {
    expect(rows('We will share information with industry in a timely manner, in accordance with national law.', 'We will share information with cable companies where national law allows.')).toEqual([
      ['lexical', null, 'industry', 'cable companies'],
      ['qualifier-dropped', 'weakened', 'in a timely manner', ''],
      ['lexical', null, ', in accordance with national law', 'where national law allows'],
    ]);
  });
  it('other wordings: "where national law permits"; and back', () => {
    expect(rows('We will share information with industry, in accordance with national law.', 'We will share information with industry where national law permits.')).toEqual([
      ['lexical', null, ', in accordance with national law', 'where national law permits'],
    ]);
    expect(rows('We will share information with industry where national law allows.', 'We will share information with industry in accordance with national law.')).toEqual([
      ['lexical', null, 'where national law allows', 'in accordance with national law'],
    ]);
  });
  it('near miss: the verb not closing the condition (more words follow in its clause) stays an addition', () => {
    expect(rows('We will share information with industry, in accordance with national law.', 'We will share information with industry where national law applies, and quickly.').map((x) => x[0])).toContain('addition');
  });
});
