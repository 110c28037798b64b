/**
 * Directives and hedges, from the trial of session 12 on a UNGA First Committee resolution (trial 54):
 * a statement hedged into a possibility, a later limb of a directive's complement, "may … only"
 * without the duty, the noting verbs at the bottom of the operative-verb scale, intensifiers on a
 * directive verb, a fronted adverbial, addressees changed with the verb, "on mutually agreed terms".
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

/** The rows of one type. */
function rowsOf(base: string, reading: string, type: string) {
  return rows(base, reading).filter((v) => v[0] === type);
}

describe('a statement hedged into a possibility (modality.yaml `hedged-statement`)', () => {
  it('"pose" → "can pose": weakened, a finding hedged; back, strengthened', () => {
    expect(rows('Stressing that malicious ICT activities pose a serious threat to international peace.', 'Stressing that malicious ICT activities can pose a serious threat to international peace.')).toEqual([['modality', 'weakened', '', 'can']]);
    expect(rows('Stressing that malicious ICT activities can pose a serious threat to international peace.', 'Stressing that malicious ICT activities pose a serious threat to international peace.')).toEqual([['modality', 'strengthened', 'can', '']]);
    expect(variants('Stressing that malicious ICT activities pose a serious threat to international peace.', 'Stressing that malicious ICT activities can pose a serious threat to international peace.')[0].explanation).toBe("obligation weakened: 'no modal' (1.5) → 'can' (1) — a statement hedged into a possibility");
  });
  it('"may", "could", "might" added: weakened as well', () => {
    expect(rows('Recognizing that developing countries face particular challenges.', 'Recognizing that developing countries may face particular challenges.')).toEqual([['modality', 'weakened', '', 'may']]);
    expect(rows('Such activities undermine trust between States.', 'Such activities could undermine trust between States.')).toEqual([['modality', 'weakened', '', 'could']]);
    expect(rows('Such activities undermine trust between States.', 'Such activities might undermine trust between States.')).toEqual([['modality', 'weakened', '', 'might']]);
  });
  it('the present tense of a rule made a permission ("share" → "may share"): weakened, the same reading', () => {
    expect(rows('States share information on threats.', 'States may share information on threats.')).toEqual([['modality', 'weakened', '', 'may']]);
  });
  it('near miss: a statement made a recommendation or a duty stays strengthened ("share" → "should share")', () => {
    expect(rows('States share information on threats.', 'States should share information on threats.')).toEqual([['modality', 'strengthened', '', 'should']]);
    expect(rows('States share information on threats.', 'States shall share information on threats.')).toEqual([['modality', 'strengthened', '', 'shall']]);
  });
  it('near miss: a restricted permission dropped ("may report only by" → "reports by") is still a rule lost, weakened', () => {
    expect(rowsOf('The mechanism may report only by consensus.', 'The mechanism reports by consensus.', 'modality')).toEqual([['modality', 'weakened', 'may', '']]);
  });
});

describe('a later limb of a directive\'s complement ("…, and to refrain from")', () => {
  it('"Calls upon X to be guided …, and to refrain from conducting" → "X shall not conduct": strengthened, as with one limb', () => {
    const vs = rows('Calls upon Member States to be guided by the norms, and to refrain from conducting ICT activity;', 'Member States shall not conduct ICT activity.');
    // (session 18: with the verb whose form 'refrain from' requires, trial 87 #12)
    expect(vs.filter((v) => v[0] === 'modality')).toEqual([['modality', 'strengthened', 'refrain from conducting', 'shall not conduct']]);
    expect(vs.filter((v) => v[0] === 'omission').map((v) => v[2])).toEqual(['Calls upon', 'to be guided by the norms, and to']);
    expect(vs.some((v) => v[0] === 'grammatical' && v[2] === 'refrain')).toBe(false);
  });
  it('one limb only: strengthened, one change over the directive and the subject it keeps (no "Calls upon" omitted beside it)', () => {
    expect(rowsOf('Calls upon Member States to refrain from conducting ICT activity;', 'Member States shall not conduct ICT activity.', 'modality')).toEqual([['modality', 'strengthened', 'Calls upon Member States to refrain from conducting', 'Member States shall not conduct']]);
  });
  it('another verb, another limb: "Urges X to cooperate, and to refrain from attacks" → "X should not attack": strengthened', () => {
    expect(rowsOf('Urges States to cooperate, and to refrain from attacks;', 'States should not attack.', 'modality')).toEqual([['modality', 'strengthened', 'refrain from', 'should not']]);
  });
  it('near miss: the positive limb kept as a duty ("Calls upon X to be guided …" → "X shall be guided"): strengthened obligation, not a prohibition', () => {
    expect(rowsOf('Calls upon Member States to be guided by the norms, and to refrain from conducting ICT activity;', 'Member States shall be guided by the norms.', 'modality')).toEqual([['modality', 'strengthened', 'Calls upon Member States to', 'Member States shall']]);
  });
});

describe('"may … only" against a plain duty to the same act: the duty is lost (modality.yaml `restricted-permission`)', () => {
  it('"shall report by consensus" → "may report only by consensus": weakened, and the restriction added', () => {
    expect(rows('The mechanism shall report by consensus.', 'The mechanism may report only by consensus.')).toEqual([
      ['modality', 'weakened', 'shall', 'may'],
      ['qualifier-added', 'strengthened', '', 'only'],
    ]);
    expect(variants('The mechanism shall report by consensus.', 'The mechanism may report only by consensus.')[1].explanation).toContain('the base states an obligation without it');
  });
  it('other wordings: "may only report", "must" → "may … solely"; and back, strengthened', () => {
    expect(rowsOf('The mechanism shall report by consensus.', 'The mechanism may only report by consensus.', 'modality')).toEqual([['modality', 'weakened', 'shall', 'may']]);
    expect(rowsOf('Data must be used for research.', 'Data may be used solely for research.', 'modality')).toEqual([['modality', 'weakened', 'must', 'may']]);
    expect(rowsOf('The mechanism may report only by consensus.', 'The mechanism shall report by consensus.', 'modality')).toEqual([['modality', 'strengthened', 'may', 'shall']]);
  });
  it('near miss: the same rule stays no change of force ("shall … only by" ↔ "may … only by", "shall not … except" ↔ "may … only")', () => {
    expect(rows('The mechanism shall report only by consensus.', 'The mechanism may report only by consensus.')).toEqual([['grammatical', null, 'shall', 'may']]);
    expect(rowsOf('States shall not transfer data except with consent.', 'States may transfer data only with consent.', 'modality')).toEqual([]);
    expect(rowsOf('Data handlers shall pass a security assessment before providing data abroad.', 'Data handlers may only provide data abroad after a security assessment.', 'modality')).toEqual([]);
  });
});

describe('the noting verbs at the bottom of the operative-verb scale (modality.yaml `note`, `take note of`, 0.5)', () => {
  it('"Encourages" → "Notes": weakened; "Notes" → "Welcomes": strengthened', () => {
    expect(rowsOf('Encourages Member States to share information;', 'Notes Member States sharing information;', 'modality')).toEqual([['modality', 'weakened', 'Encourages', 'Notes']]);
    expect(variants('Encourages Member States to share information;', 'Notes Member States sharing information;')[0].explanation).toBe("obligation weakened: 'encourage' (2) → 'note' (0.5)");
    expect(rows('Notes the reports of the Group;', 'Welcomes the reports of the Group;')).toEqual([['modality', 'strengthened', 'Notes', 'Welcomes']]);
  });
  it('"Decides to include" → "Takes note of", "Welcoming" → "Taking note of", the press\'s "took note of": weakened', () => {
    expect(rowsOf('Decides to include the item in its provisional agenda;', 'Takes note of the item in its provisional agenda;', 'modality')).toEqual([['modality', 'weakened', 'Decides', 'Takes note of']]);
    expect(rows('Welcoming the reports of the Group,', 'Taking note of the reports of the Group,')).toEqual([['modality', 'weakened', 'Welcoming', 'Taking note of']]);
    expect(rowsOf('Recalling its resolution 73/27, and welcoming the reports of the Group,', 'Recalling its resolution 73/27, the Assembly took note of the reports of the Group.', 'modality')).toEqual([['modality', 'weakened', 'welcoming', 'took note of']]);
  });
  it('near miss: "noted that" reports a fact, no directive ("will" → "would" stays the tense of reported speech)', () => {
    expect(rows('He noted that China will cooperate.', 'He noted that China would cooperate.')).toEqual([['grammatical', null, 'will', 'would']]);
    expect(rows('Notes that States should share information.', 'Notes that States shall share information.')).toEqual([['modality', 'strengthened', 'should', 'shall']]);
  });
});

describe('the degree of a directive verb: intensifiers and downtoners right before it (modality.yaml `directive-downtoners`)', () => {
  it('"Encourages" → "Strongly encourages": strengthened; dropped, weakened', () => {
    expect(rows('Encourages States to share technology;', 'Strongly encourages States to share technology;')).toEqual([['modality', 'strengthened', '', 'Strongly']]);
    expect(variants('Encourages States to share technology;', 'Strongly encourages States to share technology;')[0].explanation).toBe("directive strengthened: intensifier added before 'encourages': 'Strongly' added");
    expect(rows('The Assembly strongly encourages States to share technology.', 'The Assembly encourages States to share technology.')).toEqual([['modality', 'weakened', 'strongly', '']]);
  });
  it('other wordings: "Strongly urges", "Firmly", the passive "are strongly encouraged to"', () => {
    expect(rows('Urges States to share technology;', 'Strongly urges States to share technology;')).toEqual([['modality', 'strengthened', '', 'Strongly']]);
    expect(rows('Encourages States to share technology;', 'Firmly encourages States to share technology;')).toEqual([['modality', 'strengthened', '', 'Firmly']]);
    expect(rows('States are encouraged to share technology.', 'States are strongly encouraged to share technology.')).toEqual([['modality', 'strengthened', '', 'strongly']]);
  });
  it('"merely" / "only" added before a directive verb: weakened', () => {
    expect(rows('Urges States to share technology;', 'Merely encourages States to share technology;')).toEqual([
      ['modality', 'weakened', '', 'Merely'],
      ['modality', 'weakened', 'Urges', 'encourages'],
    ]);
    expect(rows('Encourages States to share technology;', 'Only encourages States to share technology;')).toEqual([['modality', 'weakened', '', 'Only']]);
  });
  it('near miss: "strongly" on another verb stays an addition; "only" before the act stays a restriction', () => {
    expect(rows('States shall cooperate.', 'States shall strongly cooperate.')).toEqual([['addition', null, '', 'strongly']]);
    expect(rows('States should share technology.', 'States should only share technology.')).toEqual([['qualifier-added', 'strengthened', '', 'only']]);
  });
});

describe('"on (voluntary and) mutually agreed terms": the limiting formula on technology transfer (qualifiers.yaml)', () => {
  it('added: a condition, weakened; dropped: strengthened', () => {
    expect(rows('Encourages States to share technology;', 'Encourages States to share technology on voluntary and mutually agreed terms;')).toEqual([['qualifier-added', 'weakened', '', 'on voluntary and mutually agreed terms']]);
    expect(rows('Encourages States to share technology;', 'Encourages States to share technology on mutually agreed terms;')).toEqual([['qualifier-added', 'weakened', '', 'on mutually agreed terms']]);
    expect(rows('Encourages States to share technology on mutually agreed terms;', 'Encourages States to share technology;')).toEqual([['qualifier-dropped', 'strengthened', 'on mutually agreed terms', '']]);
  });
  it('near miss: "mutually" added elsewhere is no qualifier', () => {
    expect(rows('The parties agreed terms of reference.', 'The parties mutually agreed terms of reference.')).toEqual([['addition', null, '', 'mutually']]);
  });
});

describe('the addressees of a directive verb changed with the verb (actor.ts `addressees`)', () => {
  it('"Encourages Member States and the private sector to" → "It calls upon developed countries to": modality and actor', () => {
    expect(rows('Encourages Member States and the private sector to strengthen cooperation;', 'It calls upon developed countries to strengthen cooperation.').filter((v) => v[0] === 'modality' || v[0] === 'actor')).toEqual([
      ['modality', 'strengthened', 'Encourages', 'calls upon'],
      ['actor', null, 'Member States and the private sector', 'developed countries'],
    ]);
  });
  it('other wording: "Calls upon developed countries to" (a participle before the noun is part of the party)', () => {
    expect(rows('Encourages Member States to strengthen cooperation;', 'Calls upon developed countries to strengthen cooperation;')).toEqual([
      ['modality', 'strengthened', 'Encourages', 'Calls upon'],
      ['actor', null, 'Member States', 'developed countries'],
    ]);
  });
  it('near miss: the same addressees under another verb; a participle added in the act', () => {
    expect(rows('Encourages Member States to strengthen cooperation;', 'Calls upon Member States to strengthen cooperation;')).toEqual([['modality', 'strengthened', 'Encourages', 'Calls upon']]);
    expect(rows('Encourages States to strengthen cooperation;', 'Encourages States to strengthen existing cooperation;')).toEqual([['addition', null, '', 'existing']]);
  });
});

describe('a directive verb negated before it: a directive withdrawn, not a prohibition (negation.ts)', () => {
  it('"Decides to establish" → "does not decide to establish": negation, explained as a decision withheld', () => {
    const v = variants('Decides to establish a mechanism;', 'The Assembly does not decide to establish a mechanism.').find((x) => x.type === 'negation')!;
    expect(v.explanation).toBe("polarity reversed: 'Decides' → 'not decide' — 'decide' given becomes 'decide' withheld: a directive withdrawn, not a prohibition");
  });
  it('near miss: "not" in what is urged or after an auxiliary is still a prohibition', () => {
    expect(variants('States shall share data.', 'States shall not share data.')[0].explanation).toContain('an obligation becomes a prohibition');
    expect(variants('Calls upon States to share data;', 'Calls upon States not to share data;')[0].explanation).toContain('an obligation becomes a prohibition');
  });
});
