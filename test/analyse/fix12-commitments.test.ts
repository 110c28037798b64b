import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading] of each variant. */
const rows = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);

describe('a polarity flip between forces has a direction (negation.yaml force-flips)', () => {
  it('a ban turned into a permission is weakened, "will not" as "shall not"', () => {
    expect(rows('The two sides will not allow such vendors to supply their networks.', 'The two sides may allow such vendors to supply their networks.')).toEqual([['negation', 'weakened', 'will not', 'may']]);
    expect(rows('The parties shall not allow such vendors to supply their networks.', 'The parties may allow such vendors to supply their networks.')).toEqual([['negation', 'weakened', 'shall not', 'may']]);
    expect(rows('States must not deploy drones.', 'States may deploy drones.')).toEqual([['negation', 'weakened', 'must not', 'may']]);
  });
  it('the permission made a ban is strengthened; a duty lifted weakened', () => {
    expect(rows('States may deploy drones.', 'States may not deploy drones.')).toEqual([['negation', 'strengthened', '', 'not']]);
    expect(rows('A licence is required for exports.', 'A licence is not required for exports.')).toEqual([['negation', 'weakened', '', 'not']]);
  });
  it('near miss: an obligation against a prohibition binds as much, no direction', () => {
    expect(rows('States should deploy drones.', 'States should not deploy drones.')).toEqual([['negation', null, '', 'not']]);
    expect(rows('The two sides will not allow such vendors to supply their networks.', 'The two sides will allow such vendors to supply their networks.')).toEqual([['negation', null, 'not', '']]);
  });
});

describe('a coordinated infinitive dropped is a duty omitted, its condition with it (dropped.ts predicateAt, qualifier.ts commaLimb)', () => {
  it('", and to take measures … when requested" after a standard: one omission, no direction', () => {
    const v = rows(
      'The sides committed to refrain from activity that damages infrastructure providing services to the public, consistent with their obligations under international law, and to take reasonable measures to address malicious activity from their territory when requested by the other side.',
      'The sides committed to refrain from activity that damages infrastructure providing services to the public, in line with the law.',
    );
    expect(v.filter((x) => x[0] !== 'lexical')).toEqual([['omission', null, ', and to take reasonable measures to address malicious activity from their territory when requested by the other side', '']]);
    expect(rows('Each side undertakes to refrain from attacks on hospitals, consistent with international law, and to assist the other side when requested by it.', 'Each side undertakes to refrain from attacks on hospitals, consistent with international law.'))
      .toEqual([['omission', null, ', and to assist the other side when requested by it', '']]);
    expect(rows('The parties undertook to protect the networks, in accordance with national law, and to notify incidents to the regulator without delay.', 'The parties undertook to protect the networks, in accordance with national law.'))
      .toEqual([['omission', null, ', and to notify incidents to the regulator without delay', '']]);
  });
  it('near miss: a finite limb of the condition is still a limb of it', () => {
    expect(rows('The parties agreed to share threat data, provided that the recipient is certified, and does not transfer it to third parties.', 'The parties agreed to share threat data, provided that the recipient is certified.'))
      .toEqual([['qualifier-dropped', 'strengthened', ', and does not transfer it to third parties', '']]);
  });
});

describe('a shared basis stated is no condition (qualifiers.yaml bases)', () => {
  it('"on the basis of shared values" dropped or added: an omission (addition), no direction', () => {
    expect(rows('The two sides agreed to deepen cooperation on the basis of shared democratic values and respect for international law.', 'The two sides agreed to deepen cooperation.'))
      .toEqual([['omission', null, 'on the basis of shared democratic values and respect for international law', '']]);
    expect(rows('The two sides agreed to deepen cooperation based on common values and mutual respect.', 'The two sides agreed to deepen cooperation.'))
      .toEqual([['omission', null, 'based on common values and mutual respect', '']]);
    expect(rows('The two sides agreed to deepen cooperation.', 'The two sides agreed to deepen cooperation on the basis of mutual respect.'))
      .toEqual([['addition', null, '', 'on the basis of mutual respect']]);
  });
  it('near miss: a basis that is a requirement stays a condition', () => {
    expect(rows('The two sides shall exchange information on the basis of a request.', 'The two sides shall exchange information.'))
      .toEqual([['qualifier-dropped', 'strengthened', 'on the basis of a request', '']]);
    expect(rows('The two sides shall exchange information on the basis of reciprocity.', 'The two sides shall exchange information.'))
      .toEqual([['qualifier-dropped', 'strengthened', 'on the basis of reciprocity', '']]);
  });
});

describe('a time limit closing an absolute construction ("with its first meeting to be held … before …"): qualifiers.yaml absolute-openers', () => {
  it('dropped or added with it: one time limit, with its direction', () => {
    expect(rows('The two sides agreed to convene the Dialogue annually, with its first meeting to be held in Washington before the end of 2025.', 'The two sides agreed to convene the Dialogue annually.'))
      .toEqual([['qualifier-dropped', 'weakened', ', with its first meeting to be held in Washington before the end of 2025', '']]);
    expect(rows('The Parties shall establish a joint committee, with its first report to be submitted by 31 March 2026.', 'The Parties shall establish a joint committee.'))
      .toEqual([['qualifier-dropped', 'weakened', ', with its first report to be submitted by 31 March 2026', '']]);
    expect(rows('The two sides agreed to convene the Dialogue annually.', 'The two sides agreed to convene the Dialogue annually, with the first session to be held in Delhi by June 2026.'))
      .toEqual([['qualifier-added', 'strengthened', '', ', with the first session to be held in Delhi by June 2026']]);
  });
  it('near misses: no limit in it stays an omission; the limit kept, its date moved, is the date changed', () => {
    expect(rows('The two sides agreed to convene the Dialogue annually, with its first meeting to be held in Washington.', 'The two sides agreed to convene the Dialogue annually.'))
      .toEqual([['omission', null, ', with its first meeting to be held in Washington', '']]);
    expect(rows('The two sides agreed to convene the Dialogue annually, with its first meeting to be held in Washington before the end of 2025.', 'The two sides agreed to convene the Dialogue annually, with its first meeting to be held in Washington before the end of 2026.'))
      .toEqual([['lexical', 'weakened', '2025', '2026']]);
  });
});

describe('a counted frequency against an uncounted one ("at least twice a year" → "regularly": qualifiers.yaml frequencies.uncounted)', () => {
  it('one lexical variant over the count and its minimum, weakened on an obligation, back strengthened', () => {
    expect(rows('The working group shall meet at least twice a year to exchange information.', 'The working group shall meet regularly to exchange information.'))
      .toEqual([['lexical', 'weakened', 'at least twice a year', 'regularly']]);
    expect(rows('The working group shall meet twice a year to exchange information.', 'The working group shall meet from time to time to exchange information.'))
      .toEqual([['lexical', 'weakened', 'twice a year', 'from time to time']]);
    expect(rows('The committee shall report to the Council annually.', 'The committee shall report to the Council periodically.'))
      .toEqual([['lexical', 'weakened', 'annually', 'periodically']]);
    expect(rows('The working group shall meet regularly to exchange information.', 'The working group shall meet at least twice a year to exchange information.'))
      .toEqual([['lexical', 'strengthened', 'regularly', 'at least twice a year']]);
  });
  it('near misses: on a permission no direction; an uncounted word added beside the count kept is an addition; two counts compare as before', () => {
    expect(rows('The working group may meet at least twice a year to exchange information.', 'The working group may meet regularly to exchange information.'))
      .toEqual([['lexical', null, 'at least twice a year', 'regularly']]);
    expect(rows('The working group shall meet at least twice a year to exchange information.', 'The working group shall meet at least twice a year to exchange information regularly.'))
      .toEqual([['addition', null, '', 'regularly']]);
    expect(rows('The working group shall meet twice a year to exchange information.', 'The working group shall meet once a year to exchange information.'))
      .toEqual([['lexical', 'weakened', 'twice', 'once']]);
  });
});

describe('the "only" of an only-condition ends the phrase before it (qualifier.ts qualifierPhrases)', () => {
  it('"… to supply their core government networks | only with prior security clearance" added: one qualifier-added, strengthened', () => {
    const v = rows('The two sides will not allow vendors that pose unacceptable risks to national security to supply their core government networks.', 'The two sides may allow vendors that pose unacceptable risks to national security to supply their core government networks only with prior security clearance.');
    expect(v).toEqual([
      ['negation', 'weakened', 'will not', 'may'],
      ['qualifier-added', 'strengthened', '', 'only with prior security clearance'],
    ]);
    expect(rows('States shall cooperate to protect networks only with prior clearance.', 'States shall cooperate to protect networks.'))
      .toEqual([['qualifier-dropped', 'strengthened', 'only with prior clearance', '']]);
  });
  it('near miss: a purpose phrase with no "only" keeps its words', () => {
    expect(rows('States shall cooperate to protect networks with prior clearance.', 'States shall cooperate to protect networks.'))
      .toEqual([['qualifier-dropped', 'strengthened', 'with prior clearance', '']]);
  });
});

describe('the parties named together renamed (actors.yaml joint-names): lexical, not actor', () => {
  it('"The two sides" → "The two countries", "Both sides" → "Both countries", "the sides" → "the two governments"', () => {
    expect(rows('The two sides will establish a working group.', 'The two countries will establish a working group.')).toEqual([['lexical', null, 'sides', 'countries']]);
    expect(rows('Both sides will establish a working group.', 'Both countries will establish a working group.')).toEqual([['lexical', null, 'sides', 'countries']]);
    expect(rows('The sides will establish a working group.', 'The two governments will establish a working group.')).toEqual([['lexical', null, 'sides', 'two governments']]);
    expect(rows('The two sides will establish a working group.', 'Both countries will establish a working group.')).toEqual([['lexical', null, 'The two sides', 'Both countries']]);
  });
  it('near misses: one side, other persons, another number, a generic plural stay actor changes', () => {
    expect(rows('The two sides will establish a working group.', 'One side will establish a working group.')).toEqual([['actor', null, 'The two sides', 'One side']]);
    expect(rows('The two sides will establish a working group.', 'Officials will establish a working group.')).toEqual([['actor', null, 'The two sides', 'Officials']]);
    expect(rows('The two sides will establish a working group.', 'The two leaders will establish a working group.')).toEqual([['actor', null, 'sides', 'leaders']]);
    expect(rows('The two sides will establish a working group.', 'The three countries will establish a working group.')).toEqual([['actor', null, 'two sides', 'three countries']]);
    expect(rows('States should establish a working group.', 'Countries should establish a working group.')).toEqual([['actor', null, 'States', 'Countries']]);
  });
});

describe('an attribution ("according to a joint statement …": modality.yaml past-forms.attributions) is a reporting frame, not a condition', () => {
  it('a standard dropped in its place: qualifier-dropped (no direction) + addition, not one lexical', () => {
    expect(rows('The sides committed to refrain from attacks, consistent with their obligations under international law.', 'The sides committed to refrain from attacks, according to a joint statement issued after the summit.')).toEqual([
      ['qualifier-dropped', null, 'consistent with their obligations under international law', ''],
      ['addition', null, '', 'according to a joint statement issued after the summit'],
    ]);
    expect(rows('The sides committed to refrain from attacks.', 'The sides committed to refrain from attacks, according to the White House readout.'))
      .toEqual([['addition', null, '', ', according to the White House readout']]);
    expect(rows('The sides committed to refrain from attacks, as stated in the readout.', 'The sides committed to refrain from attacks.'))
      .toEqual([['omission', null, ', as stated in the readout', '']]);
  });
  it('near miss: "according to" a rule names no source and stays a condition', () => {
    expect(rows('States shall share data according to national law.', 'States shall share data according to the procedures.')).toEqual([['lexical', null, 'national law', 'the procedures']]);
    expect(rows('States shall share data according to national law.', 'States shall share data.')).toEqual([['qualifier-dropped', 'strengthened', 'according to national law', '']]);
  });
});

describe('a basis reworded into words that name none stays words compared as words (qualifier.ts basisInOther)', () => {
  it('"on the basis of mutual respect" → "on the basis of reciprocal respect": lexical, no condition added', () => {
    expect(rows('Parties should step up dialogue on the basis of mutual respect and join hands.', 'Parties should step up dialogue on the basis of reciprocal respect and join hands.'))
      .toEqual([['lexical', null, 'mutual', 'reciprocal']]);
    expect(rows('Parties should step up dialogue on the basis of mutual respect and join hands.', 'Parties should step up dialogue on the basis of reciprocity and join hands.'))
      .toEqual([['lexical', null, 'mutual respect', 'reciprocity']]);
  });
});
