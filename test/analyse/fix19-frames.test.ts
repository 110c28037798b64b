/**
 * Session 19: frames and spans from trials 90, 91 and 93 (citation subjects, reporting frames,
 * names quoted whole, limbs and qualifiers dropped whole, emphasis, a phrase moved and reworded).
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

describe('a citation subject before a directive verb the base uses with no subject is a frame addition (trial 90 #1)', () => {
  it('"Calls upon Member States to …" → "Section 3 calls upon States to …": addition, and the addressees compared', () => {
    const r = rows('Calls upon Member States to share information on threats;', 'Section 3 calls upon States to share information on threats;');
    expect(r).toContainEqual(['addition', null, '', 'Section 3']);
    expect(r).toContainEqual(['actor', null, 'Member', '']);
    expect(r.some((x) => x[0] === 'actor' && x[3] === 'Section 3')).toBe(false);
  });
  it('"The text requests …": the document cited is the frame too', () => {
    const r = rows('Requests Member States to report annually;', 'The text requests States to report annually;');
    expect(r).toContainEqual(['addition', null, '', 'The text']);
    expect(r).toContainEqual(['actor', null, 'Member', '']);
  });
  it('near miss: the same directive read whole after the citation is only the addition', () => {
    expect(rows('Calls upon Member States to share information;', 'Section 3 calls upon Member States to share information;')).toEqual([['addition', null, '', 'Section 3']]);
  });
  it('near miss: another addressee after the same verb stays an actor change', () => {
    expect(rows('Calls upon Member States to share information;', 'Calls upon Governments to share information;')).toEqual([['actor', null, 'Member States', 'Governments']]);
  });
});

describe('a quotation cut short before its reporting frame: an omission and the frame added (trial 93 E2)', () => {
  it('the words cut are an omission, \'," the delegates said\' an addition, no variant for the marks', () => {
    expect(rows('Parties shall publish the annual reports of the committee in all official languages.', '"Parties shall publish the annual reports of the committee," the delegates said.')).toEqual([
      ['omission', null, 'in all official languages', ''],
      ['addition', null, '', ',\" the delegates said'],
    ]);
  });
  it('the whole quoted, then the frame: only the frame', () => {
    expect(rows('Parties shall publish the annual reports of the committee.', '"Parties shall publish the annual reports of the committee," the delegates said.')).toEqual([['addition', null, '', ',\" the delegates said']]);
  });
  it('near miss: a word or two in quotation marks before the frame keeps its mark', () => {
    const r = rows('Parties shall publish reports on threats.', 'Parties shall publish "reports," the delegates said.');
    expect(r).toContainEqual(['punctuation', null, '', '"']);
  });
});

describe('"We" → "The leaders also" is typed as the pair is, the adverb on its own (trial 93 E3)', () => {
  it('with a second party renamed in the clause: actor over the subjects, "also" apart', () => {
    const r = rows('We invite the private sector and academia to join the initiative.', 'The leaders also invited industry and academia to join the initiative.');
    expect(r).toContainEqual(['actor', null, 'We', 'The leaders']);
    expect(r).toContainEqual(['grammatical', null, '', 'also']);
    expect(r).toContainEqual(['actor', null, 'the private sector', 'industry']);
  });
  it('near miss: without the adverb, the same actor change', () => {
    const r = rows('We invite the private sector and academia to join the initiative.', 'The leaders invited industry and academia to join the initiative.');
    expect(r).toContainEqual(['actor', null, 'We', 'The leaders']);
  });
});

describe('a condition runs through a relative clause on the noun its "of" governs (trial 91 #8)', () => {
  it('"without the approval of the State that issued it" dropped: one qualifier-dropped', () => {
    expect(rows('Licences may not be transferred without the approval of the State that issued them.', 'Licences may not be transferred.')).toEqual([
      ['qualifier-dropped', 'strengthened', 'without the approval of the State that issued them', ''],
    ]);
  });
  it('near miss: the relative clause alone dropped is an omission', () => {
    expect(rows('Licences may not be transferred without the approval of the State that issued them.', 'Licences may not be transferred without the approval of the State.')).toEqual([['omission', null, 'that issued them', '']]);
  });
  it('near miss: a relative after a condition with no "of" still reads the noun before it', () => {
    const r = rows('States should not conduct activity contrary to international law that damages infrastructure.', 'States should not conduct activity that damages infrastructure.');
    expect(r).toEqual([['qualifier-dropped', 'strengthened', 'contrary to international law', '']]);
  });
});

describe('a first limb dropped with its coordinator and the repeated modal is one omission (trial 91 #9)', () => {
  it('"shall meet twice a year and shall report" → "shall report": one omission', () => {
    expect(rows('The Board shall meet twice a year and shall report to the Council.', 'The Board shall report to the Council.')).toEqual([['omission', null, 'meet twice a year and shall', '']]);
  });
  it('near miss: another modal repeated for the second limb is a change of force', () => {
    const r = rows('The Board shall meet twice a year and should report to the Council.', 'The Board shall report to the Council.');
    expect(r).toContainEqual(['modality', 'strengthened', 'and should', '']);
  });
});

describe('a pronoun subject added before a verb the base uses with none is a frame addition (trial 90 #5)', () => {
  it('"Requests …" → "It also requested …": addition, as "The Council also requested" is', () => {
    const r = rows('Requests the Secretary-General to submit a report;', 'It also requested the Secretary-General to submit a report.');
    expect(r).toContainEqual(['addition', null, '', 'It also']);
    const n = rows('Requests the Secretary-General to submit a report;', 'The Council also requested the Secretary-General to submit a report.');
    expect(n).toContainEqual(['addition', null, '', 'The Council also']);
  });
  it('near miss: an adverb alone added after a modal stays grammatical', () => {
    expect(rows('States should submit a report.', 'States should also submit a report.')).toEqual([['grammatical', null, '', 'also']]);
  });
  it('near miss: a pronoun after a coordinator does not open the clause', () => {
    expect(rows('The Council reviewed the plan and decided to act.', 'The Council reviewed the plan and it decided to act.')).toEqual([['grammatical', null, '', 'it']]);
  });
});

describe('a predicate dropped beside a function word put for the one at its edge: an omission and grammar (trial 93 E6)', () => {
  it('"to build their ability to take part" → "in taking part": the omission is reported', () => {
    const r = rows('Donors will assist small States to build their ability to participate in negotiations.', 'Donors will assist small States in participating in negotiations.');
    expect(r).toContainEqual(['omission', null, 'to build their ability', '']);
    expect(r).toContainEqual(['grammatical', null, 'to', 'in']);
    expect(r.some((x) => x[0] === 'lexical')).toBe(false);
  });
  it('near miss: a complex preposition against a preposition stays one change', () => {
    expect(rows('States should act in relation to threats.', 'States should act with threats.')).toEqual([['grammatical', null, 'in relation to', 'with']]);
  });
});

describe('"only" before a condition the base already states, on a rule that binds, is emphasis (trial 90 #3)', () => {
  it('the condition moved after the act with ", but only": an addition with no direction', () => {
    const r = rows('Parties should, where necessary, inform the Secretariat;', 'Parties should inform the Secretariat, but only where necessary.');
    expect(r).toContainEqual(['addition', null, '', ', but only']);
    expect(r.some((x) => x[0] === 'qualifier-added')).toBe(false);
  });
  it('a quotation mark among the added words does not split "only" off', () => {
    const r = rows('Invites Parties to share, on a voluntary basis, their national assessments of risk;', 'Section 5 "invites Parties to share their national assessments of risk", and then only on a voluntary basis.');
    expect(r).toContainEqual(['addition', null, '', '", and then only']);
    expect(r.some((x) => x[0] === 'qualifier-added')).toBe(false);
  });
  it('near miss: on a permission "only" before the condition moved is a restriction (strengthened)', () => {
    expect(rows('Parties may, upon request, share data.', 'Parties may share data, but only upon request.')).toContainEqual(['qualifier-added', 'strengthened', '', ', but only']);
  });
  it('near miss: "only" before a purpose the base states stays a restriction', () => {
    expect(rows('Operators shall use the records for audits.', 'Operators shall use the records only for audits.')).toEqual([['qualifier-added', 'strengthened', '', 'only']]);
  });
});

describe('an of-genitive restated as a noun modifier is one variant (trial 90 #2)', () => {
  it('in place: one grammatical', () => {
    expect(rows('Parties shall respect the sovereignty of the coastal State.', 'Parties shall respect coastal State sovereignty.')).toEqual([
      ['grammatical', null, 'the sovereignty of the coastal State', 'coastal State sovereignty'],
    ]);
  });
  it('moved and restated: one transposition, no omission or addition', () => {
    expect(rows('Requests the Secretariat to hold, under the chairmanship of the European Union, a series of workshops;', 'Requests the Secretariat to hold a series of workshops under European Union chairmanship;')).toEqual([
      ['transposition', null, ', under the chairmanship of the European Union,', 'under European Union chairmanship'],
    ]);
  });
  it('near miss: the phrase moved word for word stays as it was (no genitive restated)', () => {
    const r = rows('Requests the Secretariat to hold, under the chairmanship of the European Union, a series of workshops;', 'Requests the Secretariat to hold a series of workshops under the chairmanship of the European Union;');
    expect(r.some((x) => x[0] === 'grammatical' || x[0] === 'omission' || x[0] === 'addition')).toBe(false);
  });
});

describe('the predicate split needs the verb after the linking word (trial 93 E6, near miss)', () => {
  it('near miss: before a noun the preposition added is an addition of its own', () => {
    expect(rows('Raise awareness, and support the creation of help desks.', 'Raise awareness through help desks.')).toEqual([
      ['omission', null, ', and support the creation of', ''],
      ['addition', null, '', 'through'],
    ]);
  });
});
