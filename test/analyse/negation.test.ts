import { describe, expect, it } from 'vitest';
import { ofType, types, variants } from './helpers.js';

describe('negation', () => {
  it('a "not" added flips the polarity', () => {
    const vs = variants('States should respect the sovereignty of other States.', 'States should not respect the sovereignty of other States.');
    expect(vs.map((v) => [v.type, v.class, v.base, v.reading])).toEqual([['negation', 'substantive', '', 'not']]);
    expect(vs[0].explanation).toContain('an obligation becomes a prohibition');
    expect(vs[0].weight).toBeGreaterThanOrEqual(2);
  });

  it('a "not" dropped flips the polarity', () => {
    const v = ofType('Companies should not store data overseas.', 'Companies should store data overseas.', 'negation');
    expect(v.map((x) => x.base)).toEqual(['not']);
    expect(v[0].explanation).toContain('a prohibition becomes an obligation');
  });

  it('a negated statement without a modal', () => {
    expect(types('The initiative does not target any country.', 'The initiative does target any country.')).toEqual(['negation']);
  });

  it('"with" → "without" flips', () => {
    expect(ofType('States may act with consent here.', 'States may act without consent here.', 'negation').map((v) => [v.base, v.reading])).toEqual([['with', 'without']]);
  });

  it('near misses: one negator for another is not a flip', () => {
    expect(types('States should not install back doors.', 'States should never install back doors.')).not.toContain('negation');
    expect(types('ICT companies should not seek gains, nor force users.', 'ICT companies should not seek gains, and never force users.')).not.toContain('negation');
  });

  it('near miss: "avoid asking" is as negative as "should not ask"', () => {
    expect(types('States should not ask companies for data.', 'States should avoid asking companies for data.')).not.toContain('negation');
  });

  it('near miss: a whole negated clause dropped is an omission', () => {
    const t = types(
      'States should protect data. Any agreement between two States should not infringe upon the sovereignty of a third State.',
      'States should protect data.',
    );
    expect(t).toEqual(['omission']);
  });

  it('a negative subject negates the predicate: "No State should" forbids as "States should not" does', () => {
    // an obligation becomes a prohibition
    expect(variants('States should place objects in orbit.', 'No State should place objects in orbit.').map((v) => [v.type, v.base, v.reading])).toEqual([
      ['grammatical', 'States', 'State'],
      ['negation', '', 'No'],
    ]);
    // the negation moved into the subject, the force weakened: not a polarity flip
    const vs = variants('States shall not place objects in orbit.', 'No State should place objects in orbit.');
    expect(vs.map((v) => v.type)).not.toContain('negation');
    expect(vs.filter((v) => v.type === 'modality').map((v) => [v.base, v.reading, v.direction])).toEqual([['shall not', 'should', 'weakened']]);
    // same force: only grammar
    expect(variants('States shall not place objects in orbit.', 'No State shall place objects in orbit.').every((v) => v.class === 'accidental')).toBe(true);
  });

  it('a prohibition that becomes a permission says so', () => {
    expect(variants('States shall not deploy drones.', 'States may deploy drones.')[0].explanation).toContain('a prohibition becomes a permission');
    expect(variants('States may deploy drones.', 'States may not deploy drones.')[0].explanation).toContain('a permission becomes a prohibition');
    expect(variants('States should deploy drones.', 'States should not deploy drones.')[0].explanation).toContain('an obligation becomes a prohibition');
  });
});


describe('negation: "neither … nor" in the subject', () => {
  it('the negation moved from the subject to the predicate keeps the polarity: grammar only', () => {
    const vs = variants('Neither States nor companies shall collect such data.', 'States and companies shall not collect such data.');
    expect(vs.map((v) => v.type)).toEqual(['grammatical', 'grammatical', 'grammatical']);
  });

  it('dropped with nothing in its place, it reverses the polarity', () => {
    expect(types('Neither States nor companies shall collect such data.', 'States and companies shall collect such data.')).toContain('negation');
  });
});

describe('negation: one rule stated as a prohibition with an exception or as a permission on a condition', () => {
  const tv = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);

  it('"shall not … unless C" → "may … only if C" (and back) is grammatical', () => {
    expect(tv('States shall not transfer data unless the owner consents.', 'States may transfer data only if the owner consents.')).toEqual([
      ['grammatical', 'shall not', 'may'],
      ['grammatical', 'unless', 'only if'],
    ]);
    expect(types('States may transfer data only if the owner consents.', 'States shall not transfer data unless the owner consents.')).toEqual(['grammatical', 'grammatical']);
  });

  it('a comma before "unless" keeps the equivalence', () => {
    expect(tv('Providers shall not disclose the records, unless a judge orders it.', 'Providers may disclose the records only if a judge orders it.')).toEqual([
      ['grammatical', 'shall not', 'may'],
      ['grammatical', ', unless', 'only if'],
    ]);
    expect(types('Exporters shall not transfer the data, unless the authority consents.', 'Exporters may transfer the data only if the authority consents.')).toEqual(['grammatical', 'grammatical']);
  });

  it('a limb dropped on the way is a limb of the exception (condition) dropped, with its direction', () => {
    const v = variants('Agencies shall not share the data unless the person consents and the law allows it.', 'Agencies may share the data only if the law allows it.');
    expect(v.map((x) => [x.type, x.base, x.reading, x.direction])).toEqual([
      ['grammatical', 'shall not', 'may', undefined],
      ['grammatical', 'unless', 'only if', undefined],
      ['qualifier-dropped', 'the person consents and', '', 'weakened'],
    ]);
    expect(variants('Agencies may share the data only if the person consents or the law allows it.', 'Agencies shall not share the data unless the law allows it.').map((x) => [x.type, x.direction])).toEqual([
      ['grammatical', undefined],
      ['grammatical', undefined],
      ['qualifier-dropped', 'strengthened'],
    ]);
  });

  it('near miss: with a comma too, without the "only" the prohibition becomes a permission', () => {
    expect(types('Providers shall not disclose the records, unless a judge orders it.', 'Providers may disclose the records if a judge orders it.')).toContain('negation');
  });

  it('without the "only", or without the exception, the prohibition does become a permission', () => {
    expect(types('States shall not transfer data unless the owner consents.', 'States may transfer data if the owner consents.')).toContain('negation');
    expect(types('States shall not transfer data unless the owner consents.', 'States may transfer data unless the owner consents.')).toEqual(['negation']);
  });
});

describe('negation: of a phrase or dependent clause, not of the rule', () => {
  it('"with consent" → "without consent" and "that are not arbitrary" reverse a phrase, and say so', () => {
    const [w] = variants('States should share data with consent.', 'States should share data without consent.');
    expect([w.type, w.base, w.reading]).toEqual(['negation', 'with', 'without']);
    expect(w.explanation).toContain('not in the rule itself');
    expect(w.explanation).not.toContain('prohibition');
  });

  it('the negation moved from the rule into a relative clause: two reversals, each explained', () => {
    const vs = variants('States should not impose requirements that are arbitrary.', 'States should impose requirements that are not arbitrary.');
    expect(vs.map((v) => v.type)).toEqual(['negation', 'negation']);
    expect(vs[0].explanation).toContain('a prohibition becomes an obligation');
    expect(vs[1].explanation).toContain('not in the rule itself');
  });
});

describe('negation: "shall not … without C" → "may … only with C"', () => {
  it('is the same rule', () => {
    expect(types('States shall not transfer data without the consent of the owner.', 'States may transfer data only with the consent of the owner.')).toEqual(['grammatical', 'grammatical']);
  });
});

describe('negation: listed antonyms (negation.yaml antonyms)', () => {
  it('"support" → "oppose" and "lawful" → "unlawful" reverse the stance; a synonym does not', () => {
    expect(types('We support efforts to regulate data.', 'We oppose efforts to regulate data.')).toEqual(['negation']);
    expect(types('Such transfers are lawful.', 'Such transfers are unlawful.')).toEqual(['negation']);
    expect(types('We support efforts to regulate data.', 'We back efforts to regulate data.')).toEqual(['lexical']);
  });
});

describe('negation: ranked above other changes (thresholds.yaml weights)', () => {
  it('a polarity reversal weighs more than a long qualifier dropped', () => {
    const [neg] = variants('States should share data.', 'States should not share data.');
    const [drop] = variants('States should share data, including the larger context of the event.', 'States should share data.');
    expect([neg.type, drop.type]).toEqual(['negation', 'qualifier-dropped']);
    expect(neg.weight).toBeGreaterThan(drop.weight);
  });
});

describe('negation: the status of a norm (negation.yaml `status`)', () => {
  const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
  it('"voluntary" → "binding", "non-binding" → "binding" turn the status, strengthened; and back, weakened', () => {
    expect(brief('The voluntary norms should guide States.', 'The binding norms should guide States.')).toEqual([['negation', 'strengthened', 'voluntary', 'binding']]);
    expect(brief('The norms are binding.', 'The norms are non-binding.')).toEqual([['negation', 'weakened', 'binding', 'non-binding']]);
  });
  it('near miss: another antonym has no direction', () => {
    expect(brief('We support these efforts.', 'We oppose these efforts.')).toEqual([['negation', null, 'support', 'oppose']]);
  });
});

describe('negation: a negator before a comparative and "than" sets a limit (negation.yaml `limits`)', () => {
  const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('"no later than", "not later than" replacing a time limit are one rewording, no polarity flip', () => {
    expect(brief('The provider shall produce the records promptly after receipt of the request.', 'The provider shall produce the records no later than ten days after receipt of the request.')).toEqual([['lexical', 'promptly', 'no later than ten days']]);
    expect(brief('The Party shall inform the other Party immediately after the transfer is made.', 'The Party shall inform the other Party not later than five days after the transfer is made.')).toEqual([['lexical', 'immediately', 'not later than five days']]);
    expect(brief('The controller shall notify the breach immediately after it becomes aware of it.', 'The controller shall notify the breach no later than 72 hours after it becomes aware of it.')).toEqual([['lexical', 'immediately', 'no later than 72 hours']]);
  });
  it('"no more than" added or dropped is no negation', () => {
    expect(variants('The fee shall be no more than the cost.', 'The fee shall be the cost.').map((v) => v.type)).not.toContain('negation');
    expect(variants('Records shall be kept for five years.', 'Records shall be kept for not more than five years.').map((v) => v.type)).not.toContain('negation');
  });
  it('near misses: "shall not", "No provider shall" still negate the rule', () => {
    expect(brief('The operator shall report the incident.', 'The operator shall not report the incident.')).toEqual([['negation', '', 'not']]);
    expect(variants('Providers shall keep the data.', 'No provider shall keep the data more than a year.').map((v) => v.type)).toContain('negation');
  });
});

describe('negation: "shall not apply to A or to B" → "applies to A but not to B"', () => {
  it('the limb kept excluded by "but not" is no second reversal; the rule\'s own negation dropped is one', () => {
    const vs = variants('This Chapter shall not apply to government procurement or to information held by a Party.', 'This Chapter applies to government procurement but not to information held by a Party.');
    expect(vs.filter((v) => v.type === 'negation').map((v) => v.base)).toEqual(['shall not']);
    expect(vs.find((v) => v.reading === 'but not')?.type).toBe('grammatical');
    const ws = variants('Providers shall not disclose the name or the address of the user.', 'Providers may disclose the name but not the address of the user.');
    expect(ws.map((v) => [v.type, v.base, v.reading])).toEqual([['negation', 'shall not', 'may'], ['grammatical', 'or', 'but not']]);
    // the other way round
    expect(types('Providers may disclose the name but not the address of the user.', 'Providers shall not disclose the name or the address of the user.')).toEqual(['negation', 'grammatical']);
  });
  it('near miss: without a negated rule over the limb, "but not" excludes what was covered', () => {
    const vs = variants('This Chapter shall apply to government procurement or to information held by a Party.', 'This Chapter applies to government procurement but not to information held by a Party.');
    expect(vs.filter((v) => v.type === 'negation').map((v) => [v.base, v.reading])).toEqual([['or', 'but not']]);
  });
});

describe('"do not" + verb against the verb + "no"', () => {
  it('one grammatical change, the same polarity (not a verb replaced, "not" → "no" and the verb dropped)', () => {
    const cases: [string, string, string, string][] = [
      ['The code does not create obligations under international law.', 'The code creates no obligations under international law.', 'does not create', 'creates no'],
      ['The Party does not have any obligation to act.', 'The Party has no obligation to act.', 'does not have any', 'has no'],
      ['States do not need a licence.', 'States need no licence.', 'do not need a', 'need no'],
      ['Exporters do not require any licence for these items.', 'Exporters require no licence for these items.', 'do not require any', 'require no'],
      ['States need no licence.', 'States do not need a licence.', 'need no', 'do not need a'],
    ];
    for (const [b, r, from, to] of cases) {
      expect(variants(b, r).map((v) => [v.type, v.base, v.reading]), `${b} → ${r}`).toEqual([['grammatical', from, to]]);
    }
  });
  it('another verb: one rewording with the same polarity', () => {
    expect(variants('The code does not create obligations.', 'The code imposes no obligations.').map((v) => [v.type, v.base, v.reading])).toEqual([['lexical', 'does not create', 'imposes no']]);
  });
  it('near miss: the negation dropped is still a negation', () => {
    expect(types('The code does not create obligations under international law.', 'The code creates obligations under international law.')).toContain('negation');
    expect(types('Exporters do not require a licence for these items.', 'Exporters require a licence for these items.')).toContain('negation');
  });
});

describe('a prohibition to permit restated as a permission in the passive (modality.ts pairMovedFrames, passivePermission)', () => {
  const vs = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
  it('"States shall not authorise X, unless C" → "X are allowed whenever C": a prohibition becomes a permission, the party dropped', () => {
    const v = variants(
      'States shall not authorise exports to end users implicated in the targeting of journalists, unless the exporter provides assurances.',
      'Exports to end users implicated in the targeting of journalists are allowed whenever the exporter provides assurances.',
    );
    expect(v.map((x) => [x.type, x.base, x.reading])).toEqual([
      ['omission', 'States', ''],
      ['negation', 'shall not authorise', 'are allowed'],
      ['lexical', ', unless', 'whenever'],
    ]);
    expect(v[1].explanation).toContain('a prohibition becomes a permission');
    // other wordings: permit → are permitted if; authorise → are authorised (no condition)
    expect(vs('Member States shall not permit transfers of such data, unless the recipient is certified.', 'Transfers of such data are permitted if the recipient is certified.').filter((x) => x[0] === 'negation')).toEqual([['negation', 'weakened', 'shall not permit', 'are permitted']]);
    expect(vs('States shall not authorise exports of spyware.', 'Exports of spyware are authorised.')).toEqual([
      ['omission', null, 'States', ''],
      ['negation', 'weakened', 'shall not authorise', 'are authorised'],
    ]);
  });
  it('near misses: another passive, or a prohibition of another act, is no restated permission', () => {
    expect(vs('States shall not authorise exports of spyware.', 'Exports of spyware are reviewed.')).toEqual([
      ['omission', null, 'States shall not authorise', ''],
      ['addition', null, '', 'are reviewed'],
    ]);
    expect(vs('States shall not export spyware.', 'Spyware exports are allowed.').map((x) => x[0])).not.toContain('negation');
  });

  describe('a negated bar against the bar stated positively', () => {
    it('"Nothing … shall prevent X from" → "… prevents X from": a permission becomes a prohibition, one variant', () => {
      const vs = variants('Nothing in this Memorandum shall prevent either Participant from cooperating with third countries.', 'The Memorandum prevents either Participant from cooperating with third countries.');
      const neg = vs.filter((v) => v.type === 'negation');
      expect(neg.map((v) => v.base)).toEqual(['Nothing in this Memorandum shall']);
      expect(neg[0].explanation).toContain('a permission (a negated bar');
      expect(neg[0].explanation).toContain('becomes a prohibition');
      expect(vs.map((v) => v.type)).not.toContain('modality');
    });

    it('the auxiliary kept ("This Memorandum shall prevent X from"): the same flip, no "no modal"', () => {
      const vs = variants('Nothing in this Memorandum shall prevent either Participant from cooperating with third countries.', 'This Memorandum shall prevent either Participant from cooperating with third countries.');
      expect(vs.filter((v) => v.type === 'negation').map((v) => v.base)).toEqual(['Nothing']);
      expect(vs.map((v) => v.explanation).join(' ')).not.toContain('no modal');
    });

    it('"shall not preclude" → "shall preclude", and the other way round', () => {
      const a = ofType('This Agreement shall not preclude a Party from adopting measures.', 'This Agreement shall preclude a Party from adopting measures.', 'negation');
      expect(a.map((v) => v.base)).toEqual(['not']);
      expect(a[0].explanation).toContain('a permission (a negated bar');
      const b = ofType('The Memorandum prevents either Participant from cooperating with third countries.', 'Nothing in the Memorandum shall prevent either Participant from cooperating with third countries.', 'negation');
      expect(b).toHaveLength(1);
      expect(b[0].explanation).toContain('a prohibition (the bar');
      expect(b[0].explanation).toContain('becomes a permission');
    });

    it('near miss: the negator kept, only the auxiliary dropped, is the same permission', () => {
      const vs = variants('Nothing in this Memorandum shall prevent either Participant from cooperating with third countries.', 'Nothing in this Memorandum prevents either Participant from cooperating with third countries.');
      expect(vs.every((v) => v.class === 'accidental')).toBe(true);
    });

    it('near miss: restated as "may" stays the same permission', () => {
      expect(types('Nothing in this Memorandum shall prevent either Participant from cooperating with third countries.', 'Either Participant may cooperate with third countries.')).toEqual(['grammatical']);
    });
  });

  describe('a verb of forbidding put in the passive inside a condition', () => {
    it('"unless a judge has prohibited such notification" → "unless such notification has been prohibited" is no polarity reversal', () => {
      expect(types('The provider shall notify the user without undue delay, unless a judge has prohibited such notification.', 'The provider shall notify the user without undue delay, unless such notification has been prohibited.')).not.toContain('negation');
      expect(types('The provider shall notify the user, except where a court has forbidden such notification.', 'The provider shall notify the user, except where such notification has been forbidden.')).not.toContain('negation');
      expect(types('Operators shall publish the data unless the regulator has banned its publication.', 'Operators shall publish the data unless its publication has been banned.')).not.toContain('negation');
    });

    it('near misses: a verb of forbidding for one of permitting, or a prohibition the base does not state, still flips', () => {
      expect(types('The provider shall notify the user, unless a court has authorised such notification.', 'The provider shall notify the user, unless a court has prohibited such notification.')).toContain('negation');
      expect(types('The provider may notify the user.', 'The provider is prohibited from notifying the user.')).toContain('negation');
    });
  });

  describe('a negated predicate reworded around the negator both sides keep', () => {
    it('"does not create legally binding obligations" → "is not legally binding": one lexical, same polarity', () => {
      const vs = variants('This Memorandum does not create legally binding obligations.', 'This Memorandum is not legally binding.');
      expect(vs.map((v) => [v.type, v.base, v.reading])).toEqual([['lexical', 'does not create legally binding obligations', 'is not legally binding']]);
      expect(vs[0].explanation).toContain('the same polarity');
    });

    it('in other wordings, and the other way round', () => {
      expect(variants('The Code does not impose binding obligations on States.', 'The Code is not binding on States.').map((v) => [v.type, v.base, v.reading])).toEqual([['lexical', 'does not impose binding obligations', 'is not binding']]);
      expect(types('This Memorandum is not legally binding.', 'This Memorandum does not create legally binding obligations.')).toEqual(['lexical']);
      expect(types('The guidelines do not create new rights.', 'The guidelines are not new rights.')).toEqual(['lexical']);
    });

    it('near misses: "does not create" → "creates no" stays grammatical; the negator dropped is not this rule', () => {
      expect(types('This Memorandum does not create obligations.', 'This Memorandum creates no obligations.')).toEqual(['grammatical']);
      expect(variants('This Memorandum does not create legally binding obligations.', 'This Memorandum is legally binding.').map((v) => v.explanation).join(' ')).not.toContain('the same polarity');
    });
  });
});

describe('a negated auxiliary against another auxiliary, the rest of the predicate reworded', () => {
  it('"does not create legally binding obligations" → "is legally binding": the polarity flip is reported', () => {
    const n = (b: string, r: string) => variants(b, r).filter((v) => v.type === 'negation').map((v) => [v.base, v.reading]);
    expect(n('This Memorandum does not create legally binding obligations.', 'This Memorandum is legally binding.')).toEqual([['does not', 'is']]);
    expect(n('States do not share data.', 'States are sharing data.')).toEqual([['do not', 'are']]);
    expect(n('States are sharing data.', 'States do not share data.')).toEqual([['are', 'do not']]);
  });
  it('near misses: the negation on both sides, or a coordinated limb reworded, is no flip', () => {
    expect(types('This Memorandum does not create legally binding obligations.', 'This Memorandum is not legally binding.')).not.toContain('negation');
    expect(types('Providers shall notify the authority, but shall not inform the user.', 'Providers shall notify the authority, and also the user.')).not.toContain('negation');
  });
});

describe('a negator with its do-support dropped beside another dropped word', () => {
  const kinds = (base: string, reading: string) => variants(base, reading).map((v) => [v.type, v.base, v.reading]);

  it('the polarity flip and the dropped qualifier are each their own variant', () => {
    expect(kinds('This Declaration does not create legal obligations.', 'This Declaration creates obligations.')).toEqual([
      ['negation', 'does not', ''],
      ['grammatical', 'create', 'creates'],
      ['omission', 'legal', ''],
    ]);
    expect(kinds('The Parties do not exchange sensitive data.', 'The Parties exchange data.')).toEqual([
      ['negation', 'do not', ''],
      ['omission', 'sensitive', ''],
    ]);
    expect(kinds('The Party did not submit annual reports.', 'The Party submitted reports.')).toEqual([
      ['negation', 'did not', ''],
      ['grammatical', 'submit', 'submitted'],
      ['omission', 'annual', ''],
    ]);
  });

  it('the negator added beside an added word', () => {
    const t = kinds('This Declaration creates obligations.', 'This Declaration does not create legal obligations.');
    expect(t).toContainEqual(['negation', '', 'does not']);
    expect(t).toContainEqual(['addition', '', 'legal']);
    expect(t.map((x) => x[0])).not.toContain('omission');
  });

  it('near miss: another verb after the negator is a rewording, not a flip', () => {
    expect(types('The Party does not hinder the reports.', 'The Party supports the reports.')).not.toContain('negation');
    expect(types('The Party does not submit reports.', 'The Party sends reports.')).not.toContain('negation');
  });
});

describe('a negator in a clause of purpose negates the purpose, not the rule', () => {
  const neg = (b: string, r: string) => ofType(b, r, 'negation').map((v) => v.explanation);
  it('"so that users can" → "cannot", "recognise" → "do not recognise": not an obligation become a prohibition', () => {
    expect(neg('Providers shall label content so that users can recognise it.', 'Providers shall label content so that users cannot recognise it.')).toEqual([
      "polarity reversed: 'not' added — in a phrase or dependent clause, not in the rule itself",
    ]);
    expect(neg('Providers shall label content so that users recognise it.', 'Providers shall label content so that users do not recognise it.')).toEqual([
      "polarity reversed: 'do not' added — in a phrase or dependent clause, not in the rule itself",
    ]);
  });
  it('near miss: the rule\'s own negation', () => {
    expect(neg('Providers shall label content so that users can recognise it.', 'Providers shall not label content so that users can recognise it.')[0]).toContain('an obligation becomes a prohibition');
  });
});

describe('sentences kept in order are aligned sentence to sentence (a repeated phrase is not matched across a sentence end)', () => {
  const pick = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('the requested State: "shall not refuse" → "may refuse" in the second sentence is a polarity flip', () => {
    const vs = pick(
      'Assistance shall be subject to the conditions of the requested State, including the grounds on which the requested State may refuse cooperation. The requested State shall not refuse a request solely on fiscal grounds.',
      'Assistance shall be subject to the conditions of the requested State. The requested State may refuse a request on fiscal grounds.',
    );
    expect(vs).toContainEqual(['negation', 'shall not', 'may']);
    expect(vs.filter((v) => String(v[1]).includes('. The'))).toEqual([]);
  });
  it('another wording: the agency', () => {
    expect(pick(
      'Members shall protect the data held by the agency, which the agency may disclose to others. The agency shall not disclose the data solely for profit.',
      'Members shall protect the data held by the agency. The agency may disclose the data for profit.',
    )).toEqual([
      ['omission', ', which the agency may disclose to others', ''],
      ['negation', 'shall not', 'may'],
      ['qualifier-dropped', 'solely', ''],
    ]);
  });
  it('near miss: two sentences that change places stay matched where they went', () => {
    expect(pick('Parties shall report every year. Parties shall not disclose the data.', 'Parties shall not disclose the data. Parties shall report every year.')).toEqual([
      ['transposition', 'Parties shall report every year', 'Parties shall report every year'],
    ]);
  });
});

describe('a right negated (negation.yaml rights): a right denied, not an obligation made a prohibition', () => {
  const expl = (b: string, r: string) => ofType(b, r, 'negation').map((v) => v.explanation);
  it('shall be entitled → shall not be entitled, and back', () => {
    expect(expl('Data subjects shall be entitled to seek judicial redress.', 'Data subjects shall not be entitled to seek judicial redress.')).toEqual(["polarity reversed: 'not' added — a right is denied"]);
    expect(expl('Data subjects shall not be entitled to seek judicial redress.', 'Data subjects shall be entitled to seek judicial redress.')).toEqual(["polarity reversed: 'not' omitted — a right denied is granted"]);
  });
  it('another wording: shall have the right to', () => {
    expect(expl('Individuals shall have the right to seek redress.', 'Individuals shall not have the right to seek redress.')).toEqual(["polarity reversed: 'not' added — a right is denied"]);
  });
  it('near miss: a duty negated is still a prohibition', () => {
    expect(expl('Data subjects shall seek judicial redress.', 'Data subjects shall not seek judicial redress.')).toEqual(["polarity reversed: 'not' added — an obligation becomes a prohibition"]);
  });
});
