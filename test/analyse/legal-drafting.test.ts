/**
 * Formulas of legal drafting (from a new-user trial on a trade agreement's digital trade chapter):
 * a permission granted by a negated bar, "may not" as strong as "shall not", "shall" as the tense of
 * a statement of the law, a condition clause with a relative clause in it.
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);

describe('a permission granted by a negated bar (modality.yaml `bars`)', () => {
  it('"Nothing … shall prevent a Party from adopting" → "A Party may adopt" is one grammatical change', () => {
    const vs = variants('Nothing in this Article shall prevent a Party from adopting measures to achieve a legitimate objective.', 'A Party may adopt measures to achieve a legitimate objective.');
    expect(vs.map((v) => v.type)).toEqual(['grammatical']);
    expect(vs[0].explanation).toContain('the same permission stated another way');
    expect(brief('This Article shall not preclude a regulatory body from requiring a person to disclose source code.', 'A regulatory body may still require a person to disclose source code.').map((x) => x[0])).toEqual(['grammatical']);
  });
  it('another act permitted is lexical; no negation either way', () => {
    const vs = variants('Nothing in this Article shall prevent a Party from adopting measures.', 'A Party may maintain measures.');
    expect(vs.map((v) => v.type)).toEqual(['lexical']);
  });
  it('a condition dropped from it leaves the permission unconditional (not "the prohibition becomes absolute")', () => {
    const vs = variants(
      'Nothing in this Article shall prevent a Party from adopting measures, provided that the measure is not applied in a manner which would constitute arbitrary discrimination.',
      'Nothing in this Article shall prevent a Party from adopting measures.',
    );
    expect(vs.map((v) => v.type)).toEqual(['qualifier-dropped']);
    expect(vs[0].base).toContain('which would constitute arbitrary discrimination');
    expect(vs[0].explanation).toContain('the permission becomes unconditional');
  });
  it('near miss: "to prevent attacks" (no negation, no "from") stays an ordinary purpose', () => {
    expect(brief('States should take measures to prevent attacks.', 'States should not take measures to prevent attacks.').map((x) => x[0])).toEqual(['negation']);
  });
});

describe('a verb that urges not to act, negated ("should not discourage X from"): a permission, as a negated bar is', () => {
  it('"should encourage X to report" → "should not discourage X from reporting": weaker, not a polarity reversal', () => {
    const vs = variants('States should encourage companies to report incidents.', 'States should not discourage companies from reporting incidents.');
    expect(vs.map((v) => [v.type, v.direction ?? null])).toEqual([['modality', 'weakened'], ['grammatical', null]]);
    expect(vs[0].explanation).toContain("'encourage' (2) → 'may' (1)");
  });
  it('the negator dropped: the permission becomes a prohibition, and says which verb bars', () => {
    const vs = variants('States should not discourage companies from reporting incidents.', 'States should discourage companies from reporting incidents.');
    expect(vs.map((v) => v.type)).toEqual(['negation']);
    expect(vs[0].explanation).toContain("'should not discourage … from'");
  });
  it('near miss: "discourage" not negated still forbids, weaker than "prohibit"', () => {
    expect(brief('States should discourage companies from paying ransoms.', 'States should prohibit companies from paying ransoms.')).toEqual([['modality', 'strengthened', 'discourage', 'prohibit']]);
  });
});

describe('"may not" forbids as "shall not" does (prohibition.negated-permission)', () => {
  it('"No Party shall require" → "No Party may require", "shall not" → "may not": same force', () => {
    expect(brief('No Party shall require the use of local facilities.', 'No Party may require the use of local facilities.')).toEqual([['modality', null, 'shall', 'may']]);
    expect(brief('A Party shall not require the use of local facilities.', 'A Party may not require the use of local facilities.')).toEqual([['modality', null, 'shall', 'may']]);
  });
  it('one modal word for another of the same force is one modality variant, substantive, with no direction, as "shall" → "must" is (session 16: typed modality, the force unchanged)', () => {
    const cls = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.class, v.direction ?? null]);
    expect(cls('A data handler shall not transfer personal data to a foreign court.', 'A data handler may not transfer personal data to a foreign court.')).toEqual([['modality', 'substantive', null]]);
    expect(cls('A data handler shall notify the authority.', 'A data handler must notify the authority.')).toEqual([['modality', 'substantive', null]]);
    // near miss: the modal only repeated in a coordination is grammar
    expect(cls('States should protect data and share information.', 'States should protect data and should share information.')).toEqual([['grammatical', 'accidental', null]]);
  });
  it('"should not" → "may not" is a stronger prohibition', () => {
    expect(brief('States should not require the use of local facilities.', 'States may not require the use of local facilities.')).toEqual([['modality', 'strengthened', 'should', 'may']]);
  });
});

describe('"shall" stating the law (modality.yaml `declarative`)', () => {
  it('"This Chapter shall apply" → "applies" / "covers", "shall not apply" → "does not apply": grammar, not a weakened obligation', () => {
    expect(brief('This Chapter shall apply to measures.', 'This Chapter applies to measures.').map((x) => x[0])).toEqual(['grammatical', 'grammatical']);
    expect(brief('This Chapter shall apply to measures adopted by a Party.', 'This Chapter covers measures adopted by a Party.').map((x) => x[0])).toEqual(['grammatical', 'lexical']);
    expect(brief('This Chapter shall not apply to government procurement.', 'This Chapter does not apply to government procurement.')).toEqual([['grammatical', null, 'shall', 'does']]);
  });
  it('near misses: a party that shall apply its laws is obliged; "should" is not the tense of the law', () => {
    expect(brief('Each Party shall apply its laws.', 'Each Party applies its laws.')[0]).toEqual(['modality', 'weakened', 'shall', '']);
    expect(brief('This Chapter shall apply to measures.', 'This Chapter should apply to measures.')).toEqual([['modality', 'weakened', 'shall', 'should']]);
  });
});

describe('a condition on a statement of scope (modality.yaml `declarative`, qualifier.ts stated): no prohibition, no direction', () => {
  const one = (b: string, r: string) => {
    const vs = variants(b, r);
    expect(vs.length, b).toBe(1);
    return vs[0];
  };
  it('"Article 5 shall not apply where C [or D]": a limb dropped, the condition dropped, a limb added', () => {
    const limb = one('Article 5 shall not apply where the transfer is necessary for a contract or the life of a person is at risk.', 'Article 5 shall not apply where the transfer is necessary for a contract.');
    expect([limb.type, limb.direction ?? null]).toEqual(['qualifier-dropped', null]);
    expect(limb.explanation).toContain('the exclusion from the scope holds in fewer cases');
    expect(limb.explanation).not.toContain('prohibition');
    const whole = one('Article 5 shall not apply where the transfer is necessary for a contract.', 'Article 5 shall not apply.');
    expect([whole.type, whole.direction ?? null]).toEqual(['qualifier-dropped', null]);
    expect(whole.explanation).toContain('the exclusion from the scope becomes unconditional');
    const added = one('Article 5 shall not apply where the transfer is necessary for a contract.', 'Article 5 shall not apply where the transfer is necessary for a contract or the life of a person is at risk.');
    expect([added.type, added.direction ?? null]).toEqual(['qualifier-added', null]);
    expect(added.explanation).toContain('the exclusion from the scope holds in more cases');
    const scope = one('This Regulation shall apply to transfers where the recipient is certified.', 'This Regulation shall apply to transfers.');
    expect([scope.type, scope.direction ?? null]).toEqual(['qualifier-dropped', null]);
    expect(scope.explanation).toContain('the statement of scope becomes unconditional');
  });
  it('the norms an instrument lays down are its statements too: "Export controls shall not apply" → "will never apply" is no prohibition strengthened', () => {
    expect(brief('Export controls shall not apply to security research.', 'Export controls will never apply to security research.')).toEqual([['grammatical', null, 'shall not', 'will never']]);
    expect(brief('These requirements shall not apply to small firms.', 'These requirements do not apply to small firms.')).toEqual([['grammatical', null, 'shall', 'do']]);
    expect(brief('The requirements set out in Article 5 shall not apply to small firms.', 'The requirements set out in Article 5 do not apply to small firms.')).toEqual([['grammatical', null, 'shall', 'do']]);
  });
  it('near misses: a party bound ("Parties that maintain export controls shall apply", "Each Party shall apply export controls"), a prohibition with a condition', () => {
    expect(brief('Parties that maintain export controls shall apply these rules.', 'Parties that maintain export controls will apply these rules.')).toEqual([['modality', 'weakened', 'shall', 'will']]);
    expect(brief('Each Party shall apply export controls to such items.', 'Each Party will apply export controls to such items.')).toEqual([['modality', 'weakened', 'shall', 'will']]);
    const p = one('A data handler shall not transfer the data where the transfer is necessary for a contract.', 'A data handler shall not transfer the data.');
    expect([p.type, p.direction]).toEqual(['qualifier-dropped', 'strengthened']);
    expect(p.explanation).toContain('the prohibition becomes absolute');
  });
});

describe('connectives of the same condition with their "that"', () => {
  it('"provided that" → "on condition that" is grammatical', () => {
    expect(brief('A Party may adopt measures provided that they are not arbitrary.', 'A Party may adopt measures on condition that they are not arbitrary.').map((x) => x[0])).toEqual(['grammatical']);
  });
  it('"on condition that" dropped is a condition dropped', () => {
    expect(brief('A Party may adopt measures on condition that they are published.', 'A Party may adopt measures.').map((x) => x[0])).toEqual(['qualifier-dropped']);
  });
});

describe('a resolution\'s operative paragraphs (from a trial on a General Assembly resolution)', () => {
  it('"Requests" opening a paragraph is a directive verb even when the tagger reads it as a name', () => {
    expect(brief('Requests the Secretary-General to submit a report;', 'Urges the Secretary-General to submit a report;')).toEqual([['modality', 'strengthened', 'Requests', 'Urges']]);
    expect(brief('Requests the Secretary-General to submit a report;', 'The Secretary-General must submit a report;').map((x) => [x[0], x[1]])).toEqual([['modality', 'strengthened']]);
  });
  it('near miss: "Requests for assistance" is a noun', () => {
    expect(brief('Requests for assistance shall be answered.', 'Demands for assistance shall be answered.')).toEqual([['lexical', null, 'Requests', 'Demands']]);
  });
  it('"on a voluntary basis", "within existing resources", "in a position to do so" dropped are qualifiers dropped', () => {
    expect(brief('Calls upon Member States to observe, on a voluntary basis, the eleven norms;', 'Calls upon Member States to observe the eleven norms;').map((x) => x[0])).toEqual(['qualifier-dropped']);
    expect(brief('Decides to convene, within existing resources, a plenary session in 2027;', 'Decides to convene a plenary session in 2027;').map((x) => x[0])).toEqual(['qualifier-dropped']);
    expect(brief('Encourages States in a position to do so to provide assistance;', 'Encourages States to provide assistance;').map((x) => x[0])).toEqual(['qualifier-dropped']);
  });
});

describe('from trials on a statement transcript and a convention', () => {
  it('"without undue delay" → "as quickly as possible" is a time limit reworded in place', () => {
    expect(brief('We will share information with operators without undue delay.', 'We will share information with operators as quickly as possible.')).toEqual([
      ['lexical', null, 'without undue delay', 'as quickly as possible'],
    ]);
  });
  it('"such measures as may be necessary" holds no permission', () => {
    const vs = variants('Each Party shall adopt such measures as may be necessary to establish these offences.', 'Each Party is required to establish these offences.');
    // ("is required to" binds as "shall": the same force, a change of wording; trial 60 #2)
    expect(vs.filter((v) => v.type === 'modality' || v.base === 'shall').map((v) => [v.type, v.base, v.reading, v.direction ?? null])).toEqual([['modality', 'shall', 'is required', null]]);
  });
  it('near miss: "with ICTs as a tool" is still a means', () => {
    expect(brief('States should oppose mass surveillance with ICTs as a tool.', 'States should oppose mass surveillance.').map((x) => x[0])).toEqual(['qualifier-dropped']);
  });
});

describe('from a trial on a memorandum of understanding and its back-translation', () => {
  const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
  it('"will come into effect" → "comes into effect" is the tense of a legal text; "take effect" too; "take measures" stays an obligation', () => {
    expect(brief('This Memorandum will come into effect on the date of its signature.', 'This Memorandum comes into effect on the date of its signature.').map((x) => x[0])).toEqual(['grammatical', 'grammatical']);
    expect(brief('This Memorandum shall take effect upon signature.', 'This Memorandum takes effect upon signature.').map((x) => x[0])).toEqual(['grammatical', 'grammatical']);
    expect(brief('Each Party shall take measures.', 'Each Party takes measures.').map((x) => x[0])).toContain('modality');
  });
  it('"endeavour" → "make efforts", "try" are the same best efforts', () => {
    expect(brief('The Participants will endeavour to respond.', 'The Participants will make efforts to respond.')).toEqual([['modality', null, 'endeavour', 'make efforts']]);
    expect(brief('The Participants shall endeavour to respond.', 'The Participants shall respond.').map((x) => x[1])).toEqual(['strengthened']);
    expect(brief('The Participants shall try to respond.', 'The Participants shall respond.').map((x) => x[1])).toEqual(['strengthened']);
  });
  it('the negation of the predicate itself ("does not create") is no phrase-level negation', () => {
    const [v] = variants('This Memorandum does not create legally binding obligations.', 'This Memorandum creates legally binding obligations.');
    expect([v.type, v.explanation]).toEqual(['negation', "polarity reversed: 'does not' omitted — a negative statement becomes positive"]);
    expect(variants('Requirements that are not arbitrary apply.', 'Requirements that are arbitrary apply.')[0].explanation).toContain('dependent clause');
  });
  it('"if so requested" holds no directive verb; "request" → "requested" is no abbreviation', () => {
    expect(brief('The other Participant may, upon request, provide technical assistance.', 'The other Participant may provide technical assistance if so requested.').map((x) => x[0])).not.toContain('modality');
    expect(brief('They provide assistance upon request.', 'They provide assistance if requested.').map((x) => x[0])).toEqual(['grammatical']);
    expect(brief('the dept. of state', 'the department of state').map((x) => x[0])).toEqual(['spelling']);
  });
  it('"upon request" dropped is a condition dropped', () => {
    expect(brief('The other Participant may, upon request, provide technical assistance.', 'The other Participant may provide technical assistance.').map((x) => x[0])).toEqual(['qualifier-dropped']);
  });
});

describe('from a trial on a critical-infrastructure law and a client alert', () => {
  it('"with prior notice" dropped is a condition dropped', () => {
    expect(variants('The authority may carry out inspections of operators, with prior notice.', 'The authority may carry out inspections of operators.').map((v) => v.type)).toEqual(['qualifier-dropped']);
  });
  it('"is to follow" states what is due, not a purpose', () => {
    expect(variants('Operators shall submit a full incident report within 72 hours.', 'A full report is to follow within 72 hours.').map((v) => v.type)).not.toContain('qualifier-added');
  });
});

describe('a negated bar restated as "may": the party and the acts around it are compared on their own', () => {
  const t = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('another party permitted is an actor change', () => {
    expect(t('Nothing in this Article shall prevent a Party from adopting or maintaining measures inconsistent with paragraph 1.', 'Governments may adopt or maintain measures inconsistent with paragraph 1.')).toContainEqual(['actor', 'a Party', 'Governments']);
    expect(t('Nothing in this Chapter shall prevent the Parties from adopting measures.', 'Member States may adopt measures.')).toContainEqual(['actor', 'the Parties', 'Member States']);
    expect(t('This Article shall not preclude a regulatory body from requiring disclosure.', 'A court may require disclosure.')).toContainEqual(['actor', 'a regulatory body', 'A court']);
  });
  it('an act dropped from the permission is an omission', () => {
    expect(t('Nothing in this Article shall prevent a Party from adopting or maintaining measures inconsistent with paragraph 1.', 'A Party may adopt measures inconsistent with paragraph 1.')).toContainEqual(['omission', 'or maintaining', '']);
    expect(t('Nothing in this Chapter shall prevent the Parties from adopting and enforcing measures.', 'The Parties may adopt measures.')).toContainEqual(['omission', 'and enforcing', '']);
  });
  it('near miss: the same party in another number or with another article is no actor change; the same acts, no omission', () => {
    for (const r of ['Parties may adopt or maintain measures.', 'Each Party may adopt or maintain measures.', 'The Party may adopt or maintain measures.']) {
      const types = t('Nothing in this Article shall prevent a Party from adopting or maintaining measures.', r).map((x) => x[0]);
      expect(types).not.toContain('actor');
      expect(types).not.toContain('omission');
    }
  });
  it('the words of the party\'s name read alike before the modal belong to it: "a Member State" → "Member States" is a generic plural, not "Member" dropped', () => {
    expect(t('Nothing in this Declaration shall prevent a Member State from adopting stricter measures to protect its critical infrastructure.', 'Member States may adopt stricter measures to protect their critical infrastructure.')).toContainEqual(['grammatical', 'a Member State', 'Member States']);
    expect(t('Nothing in this Article shall prevent a contracting Party from taking measures.', 'Contracting Parties may take measures.').map((x) => x[0])).not.toContain('actor');
    expect(t('Nothing in this Chapter shall prevent a national authority from acting.', 'National authorities may act.').map((x) => x[0])).not.toContain('actor');
  });
  it('near miss: a word of the name really dropped, or another head, stays an actor change', () => {
    expect(t('Nothing in this Article shall prevent a Member State from adopting stricter measures.', 'States may adopt stricter measures.')).toContainEqual(['actor', 'a Member State', 'States']);
    expect(t('Nothing in this Article shall prevent a Member State from adopting stricter measures.', 'Member Governments may adopt stricter measures.')).toContainEqual(['actor', 'a Member State', 'Member Governments']);
  });
});
