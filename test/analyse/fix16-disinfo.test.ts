/**
 * Session 16: trial 73 (a Code of Practice on Disinformation, restated by a signatory in the first
 * person and paraphrased by the press).
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

describe('a party replaced by "We" as the subject is an actor change, the modal kept or dropped (trial 73 A1)', () => {
  it('"Signatories should empower users" → "We empower users": actor plus modality should → none', () => {
    expect(rows('Signatories should empower users to flag content.', 'We empower users to flag content.')).toEqual([
      ['actor', null, 'Signatories', 'We'],
      ['modality', 'weakened', 'should', ''],
    ]);
  });
  it('"Signatories shall take" → "We take": the same', () => {
    expect(rows('Signatories shall take reasonable measures.', 'We take reasonable measures.')).toEqual([
      ['actor', null, 'Signatories', 'We'],
      ['modality', 'weakened', 'shall', ''],
    ]);
  });
  it('the modal kept: still actor', () => {
    expect(rows('Signatories shall take reasonable measures.', 'We shall take reasonable measures.')).toEqual([['actor', null, 'Signatories', 'We']]);
  });
  it('a verb of stance: "Signatories acknowledge that" → "We note that": actor (who takes the position) plus the stance', () => {
    const v = variants('Signatories acknowledge that the Code is voluntary.', 'We note that the Code is voluntary.');
    expect(v.map((x) => [x.type, x.direction ?? null, x.base, x.reading])).toEqual([
      ['actor', null, 'Signatories', 'We'],
      ['lexical', 'weakened', 'acknowledge', 'note'],
    ]);
    expect(v[0].explanation).toContain('a different party takes the position');
  });
  it('near miss: "They" may be an anaphor of the same parties and stays a referring word', () => {
    expect(rows('Signatories should empower users to flag content.', 'They empower users to flag content.')).toEqual([
      ['lexical', null, 'Signatories', 'They'],
      ['modality', 'weakened', 'should', ''],
    ]);
  });
});

describe('the party named inside an apposition to the subject made the subject is an actor change (trial 73 A2)', () => {
  it('"The Task Force, chaired by the Commission, shall review" → "The Commission shall review"', () => {
    const v = variants('The Task Force, chaired by the Commission, shall review the Code annually.', 'The Commission shall review the Code annually.');
    expect(v.map((x) => [x.type, x.base, x.reading])).toEqual([['actor', 'The Task Force, chaired by the Commission,', 'The Commission']]);
    expect(v[0].explanation).toBe("actor changed: 'The Task Force, chaired by the Commission,' → 'The Commission' — the party named in the apposition now bears the rule itself: a different party bears the obligation");
  });
  it('a relative clause for the apposition: "The Board, which is chaired by the Minister, shall approve" → "The Minister shall approve"', () => {
    expect(rows('The Board, which is chaired by the Minister, shall approve the budget.', 'The Minister shall approve the budget.')).toEqual([['actor', null, 'The Board, which is chaired by the Minister,', 'The Minister']]);
  });
  it('the other way round: the witness adds a bearer with the base\'s party in its apposition', () => {
    expect(rows('The Commission shall review the Code annually.', 'The Task Force, chaired by the Commission, shall review the Code annually.')).toEqual([['actor', null, 'The Commission', 'The Task Force, chaired by the Commission,']]);
  });
  it('near miss: the apposition dropped, the bearer kept, stays an omission', () => {
    expect(rows('The Task Force, chaired by the Commission, shall review the Code annually.', 'The Task Force shall review the Code annually.')).toEqual([['omission', null, ', chaired by the Commission,', '']]);
  });
});

describe('a rule read as the second limb of a merged sentence keeps its modality and actor changes (trial 73 A4)', () => {
  it('"Signatories should empower" → "and we empower": actor plus modality, the coordinator apart', () => {
    expect(rows('Signatories should empower users to flag content.', 'and we empower users to flag content.')).toEqual([
      ['grammatical', null, '', 'and'],
      ['actor', null, 'Signatories', 'we'],
      ['modality', 'weakened', 'should', ''],
    ]);
  });
  it('with a parenthesis after the modal moved to the end: "Signatories shall, where feasible, label" → "and we label …, where feasible"', () => {
    const out = rows('Signatories shall, where feasible, label political advertisements.', 'and we label political advertisements, where feasible.');
    expect(out).toEqual([
      ['grammatical', null, '', 'and'],
      ['actor', null, 'Signatories', 'we'],
      ['modality', 'weakened', 'shall', ''],
      ['transposition', null, ', where feasible,', ', where feasible'],
    ]);
  });
  it('the verb after a parenthesis that follows a modal has the modal\'s subject: no "speaker for the unsaid body"', () => {
    expect(rows('Signatories should, where appropriate, empower users to flag content.', 'we empower users to flag content, where appropriate.').slice(0, 2)).toEqual([
      ['actor', null, 'Signatories', 'we'],
      ['modality', 'weakened', 'should', ''],
    ]);
  });
  it('near miss: a verb with no subject before the parenthesis still takes the speaker ("Urges States, where appropriate, to" → "We urge States to")', () => {
    expect(rows('Urges States, where appropriate, to adopt measures.', 'We urge States to adopt measures, where appropriate.')[0]).toEqual(['actor', null, 'Urges', 'We urge']);
  });
  it('near miss: "and they" is a referring word for the same parties', () => {
    expect(rows('Signatories should empower users to flag content.', 'and they empower users to flag content.')[1]).toEqual(['lexical', null, 'Signatories', 'they']);
  });
});

describe('a condition dropped from a permission the witness makes binding is judged on the binding rule (trial 73 A5)', () => {
  it('"may provide …, in accordance with national law" → "must provide": strengthened', () => {
    const v = variants('Signatories may provide users with tools, in accordance with national law.', 'Signatories must provide tools.');
    const q = v.find((x) => x.type === 'qualifier-dropped');
    expect([q?.base, q?.direction]).toEqual([', in accordance with national law', 'strengthened']);
    expect(q?.explanation).toBe("condition dropped: ', in accordance with national law' — the base's permission held only under it; the witness states an obligation without it");
  });
  it('another wording: "may, where appropriate, provide" → "must provide": strengthened', () => {
    expect(rows('Signatories may, where appropriate, provide users with tools.', 'Signatories must provide users with tools.')).toEqual([
      ['modality', 'strengthened', 'may', 'must'],
      ['qualifier-dropped', 'strengthened', ', where appropriate,', ''],
    ]);
  });
  it('a prohibition in its place: the ban now holds everywhere, strengthened', () => {
    expect(rows('Signatories may provide tools, in accordance with national law.', 'Signatories shall not provide tools.')[1]).toEqual(['qualifier-dropped', 'strengthened', ', in accordance with national law', '']);
  });
  it('near miss: the permission kept, the condition dropped has no direction', () => {
    expect(rows('Signatories may provide users with tools in accordance with national law.', 'Signatories may provide users with tools.')).toEqual([['qualifier-dropped', null, 'in accordance with national law', '']]);
  });
});

describe('a restricting participle before the object ("vetted researchers") is read as a restricting adjective (trial 73 A6, qualifiers.yaml `restricting-participles`)', () => {
  it('"provide vetted researchers with access" → "provide researchers …": qualifier-dropped, strengthened', () => {
    const v = variants('Signatories will provide vetted researchers with access to data.', 'Signatories will provide researchers with access to data.');
    expect(v.map((x) => [x.type, x.direction ?? null, x.base, x.reading])).toEqual([['qualifier-dropped', 'strengthened', 'vetted', '']]);
    expect(v[0].explanation).toBe("restricting modifier dropped: 'vetted' — the obligation now reaches any 'researchers', not only 'vetted' ones");
  });
  it('another wording: "grant access to accredited observers" → "… to observers"', () => {
    expect(rows('Signatories shall grant access to accredited observers.', 'Signatories shall grant access to observers.')).toEqual([['qualifier-dropped', 'strengthened', 'accredited', '']]);
  });
  it('added: weakened', () => {
    expect(rows('Signatories will provide researchers with access to data.', 'Signatories will provide vetted researchers with access to data.')).toEqual([['qualifier-added', 'weakened', '', 'vetted']]);
  });
  it('near miss: a participle that says what the act produces ("certified copies") stays an omission', () => {
    expect(rows('Signatories will provide certified copies of the data.', 'Signatories will provide copies of the data.')).toEqual([['omission', null, 'certified', '']]);
  });
});

describe('"their" → "our" after a verb that takes no reported clause is an actor change (trial 73 A7)', () => {
  it('"report on their commitments" → "report on our commitments": actor, as "honour their commitments" is', () => {
    const v = variants('Signatories shall report on their commitments.', 'We shall report on our commitments.');
    expect(v.map((x) => [x.type, x.base, x.reading])).toEqual([
      ['actor', 'Signatories', 'We'],
      ['actor', 'their', 'our'],
    ]);
    expect(v[1].explanation).toBe("actor changed: 'their' → 'our' — the possessive names another party (third person → first person)");
  });
  it('the same with "honour"', () => {
    expect(rows('Signatories shall honour their commitments.', 'We shall honour our commitments.')[1]).toEqual(['actor', null, 'their', 'our']);
  });
  it('another wording: "report to the Task Force on their services" → "… on our services"', () => {
    expect(rows('Signatories shall report to the Task Force on their services.', 'Signatories shall report to the Task Force on our services.')).toEqual([['actor', null, 'their', 'our']]);
  });
  it('near miss: in reported speech the person shifts with the speaker and stays grammar', () => {
    expect(rows('China will work with our partners.', 'He said China would work with their partners.')[2]).toEqual(['grammatical', null, 'our', 'their']);
  });
});

describe('the perfect auxiliary of a commitment formula belongs to it: "shall" → "have committed to" is one entry (trial 73 A8)', () => {
  it('"Signatories shall defund" → "We have committed to defund": actor plus one modality of the same force, the tense noted', () => {
    const v = variants('Signatories shall defund disinformation.', 'We have committed to defund disinformation.');
    expect(v.map((x) => [x.type, x.base, x.reading])).toEqual([
      ['actor', 'Signatories', 'We'],
      ['modality', 'shall', 'have committed to'],
    ]);
    expect(v[1].explanation).toBe("modal or negation wording changed, the same force (no direction): 'shall' → 'have committed to' (in the perfect in the witness: a past undertaking reported)");
  });
  it('another wording: "have undertaken to"', () => {
    expect(rows('Signatories shall defund disinformation.', 'Signatories have undertaken to defund disinformation.')).toEqual([['modality', null, 'shall', 'have undertaken to']]);
  });
  it('the other way round: "has committed to" → "shall"', () => {
    expect(rows('The Party has committed to defund disinformation.', 'The Party shall defund disinformation.')).toEqual([['modality', null, 'has committed to', 'shall']]);
  });
  it('near miss: a perfect of the act itself is no commitment formula ("have defunded")', () => {
    expect(rows('Signatories shall defund disinformation.', 'Signatories have defunded disinformation.')).toEqual([
      ['modality', 'weakened', 'shall', ''],
      ['grammatical', null, 'defund', 'have defunded'],
    ]);
  });
  it('near miss: "commit to" in the present has no note', () => {
    expect(variants('Signatories shall defund disinformation.', 'Signatories commit to defund disinformation.')[0].explanation).toBe("modal or negation wording changed, the same force (no direction): 'shall' → 'commit to'");
  });
});

describe('a whole sentence moved with its subject reworded is one transposition, the changes inside it classified (trial 73 A3)', () => {
  const base = 'Signatories commit to label political advertisements. Where feasible, Signatories should also maintain a repository for five years.';
  it('"Signatories commit …" moved after the other sentence as "We commit …": transposition plus actor inside; the other sentence keeps actor, modality and five → two', () => {
    expect(rows(base, 'Where feasible, we maintain a repository for two years. We commit to label political advertisements.')).toEqual([
      ['actor', null, 'Signatories', 'We'],
      ['transposition', null, 'Signatories commit to label political advertisements', 'We commit to label political advertisements'],
      ['actor', null, 'Signatories', 'we'],
      ['modality', 'weakened', 'should also', ''],
      ['lexical', 'weakened', 'five', 'two'],
    ]);
  });
  it('another wording: a third-party subject reworded ("The Parties shall notify …" → "Members shall notify …")', () => {
    const out = rows('The Parties shall notify incidents promptly. Each Party shall keep records of all incidents for five years.', 'Each Party shall keep records of all incidents for five years. Members shall notify incidents promptly.');
    expect(out.find((r) => r[0] === 'transposition')?.slice(2)).toEqual(['The Parties shall notify incidents promptly', 'Members shall notify incidents promptly']);
  });
  it('near miss: with the subjects unchanged the moved sentence is a plain transposition', () => {
    expect(rows('Signatories commit to label political advertisements. Signatories should maintain a repository.', 'Signatories should maintain a repository. Signatories commit to label political advertisements.')).toEqual([
      ['transposition', null, 'Signatories should maintain a repository', 'Signatories should maintain a repository'],
    ]);
  });
});

describe('the comma that sets off a moved qualifier at the end of its sentence moves with it (trial 73 A9)', () => {
  it('", where appropriate," moved to the end as ", where appropriate.": one transposition, no punctuation variant', () => {
    expect(rows('Signatories should, where appropriate, empower users to flag content.', 'we empower users to flag content, where appropriate.')).toEqual([
      ['actor', null, 'Signatories', 'we'],
      ['modality', 'weakened', 'should', ''],
      ['transposition', null, ', where appropriate,', ', where appropriate'],
    ]);
  });
  it('another wording: ", where feasible," after "shall", the witness a merged limb', () => {
    expect(rows('Signatories shall, where feasible, label political advertisements.', 'and we label political advertisements, where feasible.').filter((r) => r[0] === 'punctuation')).toEqual([]);
  });
  it('near miss: a comma the witness adds elsewhere is still a punctuation variant', () => {
    expect(rows('Signatories should label political advertisements where feasible.', 'Signatories should label political advertisements, where feasible.')).toEqual([['punctuation', null, '', ',']]);
  });
});

describe('near miss of A1: one party named in the singular may speak of itself as "We" (fix12-modality, trial 55)', () => {
  it('"Contoso shall publish" → "We publish" stays a referring word beside the modality', () => {
    expect(rows('Contoso shall publish a report every year.', 'We publish a report every year.')).toEqual([
      ['lexical', null, 'Contoso', 'We'],
      ['modality', 'weakened', 'shall', ''],
    ]);
  });
});
