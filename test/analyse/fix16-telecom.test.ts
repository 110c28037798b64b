import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** type, direction, base and reading of each variant, in order. */
const tdbr = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? '', v.base, v.reading]);
/** the explanation of each variant, in order. */
const expl = (b: string, r: string) => variants(b, r).map((v) => v.explanation);

describe('negation: a statement of what is possible is no prohibition (trial 71 A1)', () => {
  it('"cannot be achieved" → "can be achieved": the assertion reversed, no direction, the word as written', () => {
    const b = 'The security of networks cannot be achieved through technical measures alone.';
    const r = 'The security of networks can be achieved through technical measures alone.';
    expect(tdbr(b, r)).toEqual([['negation', '', 'cannot', 'can']]);
    expect(expl(b, r)[0]).toMatch(/the assertion is reversed/);
  });

  it('other wordings: the negator added; "could not be attained"', () => {
    expect(tdbr('Resilience can be achieved by diversification.', 'Resilience cannot be achieved by diversification.')).toEqual([['negation', '', 'can', 'cannot']]);
    expect(tdbr('Such goals could not be attained by regulation alone.', 'Such goals could be attained by regulation alone.')).toEqual([['negation', '', 'not', '']]);
  });

  it('near miss: "Operators cannot share data" stays a prohibition made a permission (weakened)', () => {
    const b = 'Operators cannot share data.';
    const r = 'Operators can share data.';
    expect(tdbr(b, r)).toEqual([['negation', 'weakened', 'cannot', 'can']]);
    expect(expl(b, r)[0]).toMatch(/a prohibition becomes a permission/);
  });
});

describe('modality: "take into account whether X may be" weighs a possibility (trial 71 A2)', () => {
  const tail = 'where such requirements are not subject to judicial oversight or democratic checks.';
  const short = 'where such requirements are not subject to judicial oversight.';
  it('"shall take into account whether the supplier may be …": the obligation holds in more cases, strengthened', () => {
    const b = `The risk assessment of a supplier shall take into account whether the supplier may be subject to interference, ${tail}`;
    const r = `The risk assessment of a supplier shall take into account whether the supplier may be subject to interference, ${short}`;
    expect(tdbr(b, r)).toEqual([['qualifier-dropped', 'strengthened', 'or democratic checks', '']]);
    expect(expl(b, r)[0]).toMatch(/the obligation holds in more cases/);
  });

  it('other wordings: "shall consider whether"; "should have regard to whether … could be"', () => {
    expect(tdbr(`The risk assessment shall consider whether the supplier may be subject to interference, ${tail}`, `The risk assessment shall consider whether the supplier may be subject to interference, ${short}`)).toEqual([
      ['qualifier-dropped', 'strengthened', 'or democratic checks', ''],
    ]);
    const b = 'Operators should have regard to whether the vendor could be compelled to cooperate, unless the law provides safeguards or remedies.';
    const r = 'Operators should have regard to whether the vendor could be compelled to cooperate, unless the law provides safeguards.';
    expect(tdbr(b, r)).toEqual([['qualifier-dropped', 'strengthened', 'or remedies', '']]);
  });

  it('near miss: a "may" of its own clause after "take into account the views" stays the permission', () => {
    const b = 'The authority shall take into account the views of operators, and the supplier may appeal where the decision is not subject to judicial oversight or democratic checks.';
    const r = 'The authority shall take into account the views of operators, and the supplier may appeal where the decision is not subject to judicial oversight.';
    expect(tdbr(b, r)).toEqual([['qualifier-dropped', '', 'or democratic checks', '']]);
    expect(expl(b, r)[0]).toMatch(/the permission holds in more cases/);
  });
});

describe('actor: a limb of the complement of a head that names no party (trial 71 A3)', () => {
  it('"Assessments of vendors and network technologies should" → "Assessments of vendors should": an omission', () => {
    expect(tdbr('Assessments of vendors and network technologies should consider the rule of law.', 'Assessments of vendors should consider the rule of law.')).toEqual([
      ['omission', '', 'and network technologies', ''],
    ]);
  });

  it('other wordings: a limb added after "Evaluations of"; "The security of … should be assessed"', () => {
    expect(tdbr('Evaluations of suppliers shall address security.', 'Evaluations of suppliers and equipment shall address security.')).toEqual([['addition', '', '', 'and equipment']]);
    expect(tdbr('The security of vendors and networks should be assessed.', 'The security of vendors should be assessed.')).toEqual([['omission', '', 'and networks', '']]);
  });

  it('near misses: a party head ("Ministers of States and regions"), a plain coordinated subject', () => {
    expect(tdbr('Ministers of States and regions should consider the rule of law.', 'Ministers of States should consider the rule of law.')).toEqual([['actor', '', 'and regions', '']]);
    expect(tdbr('Vendors and operators should consider the rule of law.', 'Vendors should consider the rule of law.')).toEqual([['actor', '', 'and operators', '']]);
  });
});

describe('transposition: the full stop of a reworded moved sentence is not paired with a dropped limb (trial 71 A4)', () => {
  it('moved and reworded, a limb dropped at the end of the other sentence: qualifier-dropped, no punctuation, no lexical', () => {
    const v = tdbr(
      'Governments should promote a diverse ecosystem for 5G networks. Operators may be required to diversify, subject to an assessment of the costs and of the technical feasibility.',
      'Operators may be required to diversify, subject to an assessment of the costs. Governments should promote a diverse ecosystem for 5G and future networks.',
    );
    expect(v.map((x) => x[0])).toEqual(['transposition', 'addition', 'qualifier-dropped']);
    expect(v[2]).toEqual(['qualifier-dropped', '', 'and of the technical feasibility', '']);
  });

  it('other wording: another condition limb and another word added in the moved sentence', () => {
    const v = tdbr(
      'States should share information on threats. Operators shall report incidents, where feasible and where lawful.',
      'Operators shall report incidents, where feasible. States should share timely information on threats.',
    );
    expect(v.map((x) => x[0])).toEqual(['transposition', 'addition', 'qualifier-dropped']);
    expect(v[2]).toEqual(['qualifier-dropped', 'strengthened', 'and where lawful', '']);
  });

  it('near miss: the move without rewording gives the same qualifier-dropped', () => {
    const v = tdbr(
      'Governments should promote a diverse ecosystem for 5G networks. Operators may be required to diversify, subject to an assessment of the costs and of the technical feasibility.',
      'Operators may be required to diversify, subject to an assessment of the costs. Governments should promote a diverse ecosystem for 5G networks.',
    );
    expect(v.map((x) => x[0])).toEqual(['transposition', 'qualifier-dropped']);
  });
});

describe('qualifier: a limb of a standard of conduct has no direction (trial 71 A5)', () => {
  it('"in accordance with national law" → "… national and international law": a limb added to the standard, no direction', () => {
    const b = 'Networks should be built in accordance with national law.';
    const r = 'Networks should be built in accordance with national and international law.';
    expect(tdbr(b, r)).toEqual([['qualifier-added', '', '', 'and international']]);
    expect(expl(b, r)[0]).toMatch(/a limb added to the standard/);
  });

  it('other wordings: the limb dropped; "consistent with international law and the Charter"', () => {
    expect(tdbr('Operators shall act in accordance with national and international law.', 'Operators shall act in accordance with national law.')).toEqual([['qualifier-dropped', '', 'and international', '']]);
    expect(tdbr('Operators shall act consistent with international law and the Charter.', 'Operators shall act consistent with international law.')).toEqual([['qualifier-dropped', '', 'and the Charter', '']]);
  });

  it('near misses: a limb of a plain condition keeps its direction; on a permission the phrase stays a condition', () => {
    expect(tdbr('Operators shall report incidents if they are significant.', 'Operators shall report incidents if they are significant and recurrent.')).toEqual([['qualifier-added', 'weakened', '', 'and recurrent']]);
    const b = 'Operators may act in accordance with national law.';
    const r = 'Operators may act in accordance with national and international law.';
    expect(tdbr(b, r)).toEqual([['qualifier-added', '', '', 'and international']]);
    expect(expl(b, r)[0]).toMatch(/a limb added to the condition/);
  });
});

describe('merge: two sentences joined into one (trial 71 A6)', () => {
  it('". Such assessments should" → ", and shall": a merge beside the modality change', () => {
    expect(tdbr('Assessments should consider the rule of law. Such assessments should be transparent.', 'Assessments shall consider the rule of law, and shall be transparent.')).toEqual([
      ['modality', 'strengthened', 'should', 'shall'],
      ['merge', '', '. Such assessments', ', and'],
      ['modality', 'strengthened', 'should', 'shall'],
    ]);
  });

  it('other wordings: no comma; the subject and modal restated', () => {
    expect(tdbr('States should share information. Such States should publish reports.', 'States should share information and should publish reports.')).toEqual([['merge', '', '. Such States', 'and']]);
    expect(tdbr('Operators must notify incidents. Operators must keep records.', 'Operators must notify incidents and keep records.')).toEqual([['merge', '', '. Operators must', 'and']]);
  });

  it('near misses: the subject taken up by a pronoun in a sentence of its own; a sentence split stays grammatical', () => {
    expect(tdbr('Assessments should consider the rule of law. Such assessments should be transparent.', 'Assessments should consider the rule of law. They should be transparent.')).toEqual([
      ['grammatical', '', 'Such assessments', 'They'],
    ]);
    expect(tdbr('Assessments should consider the rule of law, and should be transparent.', 'Assessments should consider the rule of law. Such assessments should be transparent.')).toEqual([
      ['grammatical', '', ', and', '. Such assessments'],
    ]);
  });
});

describe('qualifier: an adverb of degree on a prohibition (trial 71 A7)', () => {
  it('"should not impose measures that unduly discriminate" → "… that discriminate": degree dropped, strengthened', () => {
    const b = 'Governments should not impose measures that unduly discriminate between suppliers.';
    const r = 'Governments should not impose measures that discriminate between suppliers.';
    expect(tdbr(b, r)).toEqual([['qualifier-dropped', 'strengthened', 'unduly', '']]);
    expect(expl(b, r)[0]).toMatch(/degree dropped/);
  });

  it('other wordings: "unnecessarily" added (weakened); "refrain from measures that excessively burden"', () => {
    expect(tdbr('Governments should not restrict market access.', 'Governments should not unnecessarily restrict market access.')).toEqual([['qualifier-added', 'weakened', '', 'unnecessarily']]);
    expect(tdbr('States shall refrain from measures that excessively burden operators.', 'States shall refrain from measures that burden operators.')).toEqual([['qualifier-dropped', 'strengthened', 'excessively', '']]);
  });

  it('near miss: the degree of an adjective ("unduly long delays") stays an omission', () => {
    expect(tdbr('Operators shall not cause unduly long delays.', 'Operators shall not cause long delays.')).toEqual([['omission', '', 'unduly', '']]);
  });
});

describe('lexical: a phrase reworded into a connective sharing one word is one change (trial 71 A8)', () => {
  it('"conducted on the basis of" → "based on": one lexical, nothing omitted', () => {
    expect(tdbr('Assessments should be conducted on the basis of objective criteria.', 'Assessments should be based on objective criteria.')).toEqual([
      ['lexical', '', 'conducted on the basis of', 'based on'],
    ]);
  });

  it('other wordings: the other way round; "taken in accordance with" → "made according to"', () => {
    expect(tdbr('Assessments should be based on objective criteria.', 'Assessments should be conducted on the basis of objective criteria.')).toEqual([
      ['lexical', '', 'based on', 'conducted on the basis of'],
    ]);
    expect(tdbr('Decisions shall be taken in accordance with the law.', 'Decisions shall be made according to the law.')).toEqual([
      ['lexical', '', 'taken in accordance with', 'made according to'],
    ]);
  });

  it('near miss: no connective dropped ("conducted on" → "based on") stays the word changed', () => {
    expect(tdbr('Assessments should be conducted on objective criteria.', 'Assessments should be based on objective criteria.')).toEqual([['lexical', '', 'conducted', 'based']]);
  });
});

describe('case: the first word of the text lower-cased is a case variant (trial 71 A9)', () => {
  it('"Participating States will" → "participating States will": case', () => {
    expect(tdbr('Participating States will share information on risks.', 'participating States will share information on risks.')).toEqual([['case', '', 'Participating', 'participating']]);
  });

  it('other wordings: a capital added at the start; the case change in a later sentence\'s opening word', () => {
    expect(tdbr('operators shall report.', 'Operators shall report.')).toEqual([['case', '', 'operators', 'Operators']]);
    expect(tdbr('States will share information. Participating States will share risks.', 'States will share information. participating States will share risks.')).toEqual([
      ['case', '', 'Participating', 'participating'],
    ]);
  });

  it('near miss: the capital of a sentence made a clause after a comma stays positional', () => {
    expect(tdbr('States will share information. Participating States will share risks.', 'States will share information, participating States will share risks.')).toEqual([['punctuation', '', '.', ',']]);
  });
});
