/**
 * Strategy texts, from trial 59 (session 13: a national cybersecurity strategy, its speech and its
 * press summary): negative intentions restated as assurances, hedges of consideration dropped,
 * duty-bearers added, pronouns, dropped frequencies, omissions hidden in sentence joins.
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

describe('a negative intention restated as a negative assurance (trial 59 a1, a2)', () => {
  it('"do not intend to impose" → "will face no": both negative, the intention made an assurance (no negation)', () => {
    const vs = rows('We do not intend to impose new fees.', 'Firms will face no new fees.');
    expect(vs.filter((v) => v[0] === 'negation')).toEqual([]);
    expect(vs).toContainEqual(['modality', 'strengthened', 'do not intend to', 'will']);
    expect(vs).toContainEqual(['lexical', null, 'impose', 'face no']);
  });
  it('other wording: "will raise no charges" (the negator in the object)', () => {
    expect(rows('We do not intend to raise charges.', 'We will raise no charges.')).toEqual([
      ['modality', 'strengthened', 'do not intend to', 'will'],
      ['grammatical', null, '', 'no'],
    ]);
  });
  it('"do not intend to impose" → "will not impose": one modality entry over the hedge of intention, strengthened', () => {
    expect(rows('We do not intend to impose new fees on small firms.', 'We will not impose new fees on small firms.')).toEqual([['modality', 'strengthened', 'do not intend to', 'will']]);
    expect(rows('We will not impose new fees on small firms.', 'We do not intend to impose new fees on small firms.')).toEqual([['modality', 'weakened', 'will', 'do not intend to']]);
  });
  it('"shall not transfer" → "shall transfer no": the same prohibition, no negation either way', () => {
    expect(rows('Operators shall not transfer data.', 'Operators shall transfer no data.')).toEqual([
      ['grammatical', null, 'not', ''],
      ['grammatical', null, '', 'no'],
    ]);
  });
  it('near miss: "do not intend to raise" → "will raise" (no negator anywhere) is still a negation', () => {
    expect(rows('We do not intend to raise charges.', 'We will raise charges.')).toEqual([['negation', null, 'do not intend to', 'will']]);
  });
  it('near miss: "no" added to a positive obligation is still a negation', () => {
    expect(rows('Operators shall transfer data.', 'Operators shall transfer no data.')).toEqual([['negation', null, '', 'no']]);
  });
});

describe('a commitment to consider made a commitment to act (trial 59 a3; modality.yaml `hedges`, `deliberative`)', () => {
  it('"will consider legislation" → "will introduce legislation": modality strengthened', () => {
    expect(rows('The Government will consider legislation to regulate data brokers.', 'The Government will introduce legislation to regulate data brokers.')).toEqual([['modality', 'strengthened', 'consider', 'introduce']]);
  });
  it('"will consider legislation" → "will legislate": one entry over the hedge and its noun', () => {
    expect(rows('The Government will consider legislation to regulate data brokers.', 'The Government will legislate to regulate data brokers.')).toEqual([['modality', 'strengthened', 'consider legislation', 'legislate']]);
  });
  it('other wordings: "explore new rules" → "adopt new rules"; the reverse is weakened', () => {
    expect(rows('The Government will explore new rules for data brokers.', 'The Government will adopt new rules for data brokers.')).toEqual([['modality', 'strengthened', 'explore', 'adopt']]);
    expect(rows('The Government will legislate to regulate data brokers.', 'The Government will consider legislation to regulate data brokers.')).toEqual([['modality', 'weakened', 'legislate', 'consider legislation']]);
  });
  it('near miss: "consider" → "discuss" (both only deliberate) stays a change of wording', () => {
    expect(rows('The Government will consider legislation to regulate data brokers.', 'The Government will discuss legislation to regulate data brokers.')).toEqual([['lexical', null, 'consider', 'discuss']]);
  });
  it('near miss: no auxiliary in force ("The committee considered the report" → "adopted") stays lexical', () => {
    expect(rows('The committee considered the report.', 'The committee adopted the report.')).toEqual([['lexical', null, 'considered', 'adopted']]);
  });
});

describe('a new duty-bearer, with or without commas, as subject or as the party a directive makes act (trial 59 a4)', () => {
  const base = 'Operators must report incidents within 72 hours.';
  it('"Operators, and their suppliers, must": actor, as without the commas', () => {
    expect(rows(base, 'Operators and their suppliers must report incidents within 72 hours.')).toEqual([['actor', null, '', 'and their suppliers']]);
    expect(rows(base, 'Operators, and their suppliers, must report incidents within 72 hours.')).toEqual([['actor', null, '', ', and their suppliers,']]);
    expect(rows('Operators, and their suppliers, must report incidents within 72 hours.', base)).toEqual([['actor', null, ', and their suppliers,', '']]);
  });
  it('"require providers and data centres to meet": the object of "require X to" bears the duty', () => {
    const b = 'The Government will require providers to meet minimum standards.';
    expect(rows(b, 'The Government will require providers and data centres to meet minimum standards.')).toEqual([['actor', null, '', 'and data centres']]);
    expect(rows(b, 'The Government will require providers, and data centre operators, to meet minimum standards.')).toEqual([['actor', null, '', ', and data centre operators,']]);
  });
  it('near misses: a parenthesis of condition stays a qualifier; a thing required, a party supported, stay additions', () => {
    expect(rows(base, 'Operators, where feasible, must report incidents within 72 hours.')).toEqual([['qualifier-added', 'weakened', '', ', where feasible,']]);
    expect(rows('The Government will require a licence for exports.', 'The Government will require a licence and a permit for exports.')).toEqual([['addition', null, '', 'and a permit']]);
    expect(rows('The Government will support providers to meet minimum standards.', 'The Government will support providers and data centres to meet minimum standards.')).toEqual([['addition', null, '', 'and data centres']]);
  });
});

describe('a pronoun for the party named before it is no new party (trial 59 a6; actors.yaml `anaphors`, `self-names`)', () => {
  const base = 'The Government will set up a Centre. The Centre shall report annually.';
  it('"… a Centre. The Centre shall" → "… a Centre, and it shall": grammatical, the same party', () => {
    expect(rows(base, 'The Government will set up a Centre, and it shall report annually.')).toEqual([
      ['punctuation', null, '.', ','],
      ['grammatical', null, '', 'and'],
      ['grammatical', null, 'The Centre', 'it'],
    ]);
    expect(rows(base, 'The Government will set up a Centre. It shall report annually.')).toEqual([['grammatical', null, 'The Centre', 'It']]);
  });
  it('other wording: a plural party, "they"', () => {
    expect(rows('Regulators will audit operators. Operators shall report annually.', 'Regulators will audit operators, and they shall report annually.')).toContainEqual(['grammatical', null, 'Operators', 'they']);
  });
  it('the issuer\'s own "we" for "The Government", either way: actor, explained as the same party in another person', () => {
    const [v] = variants('The Government will publish a strategy.', 'We will publish a strategy.');
    expect([v.type, v.base, v.reading]).toEqual(['actor', 'The Government', 'We']);
    expect(v.explanation).toContain('the same party in another person');
    expect(v.explanation).not.toContain('a different party');
    const [w] = variants('We will publish a strategy.', 'The Government will publish a strategy.');
    expect([w.type, w.base, w.reading]).toEqual(['actor', 'We', 'The Government']);
    expect(w.explanation).toContain('the same party in another person');
  });
  it('near misses: the pronoun\'s nearest antecedent another party, the wrong number, or "we" for a party not the issuer stay actor', () => {
    expect(rows('The Centre will advise the Authority. The Centre shall report annually.', 'The Centre will advise the Authority, and it shall report annually.')).toContainEqual(['actor', null, 'The Centre', 'it']);
    expect(rows(base, 'The Government will set up a Centre, and they shall report annually.')).toContainEqual(['actor', null, 'The Centre', 'they']);
    const [o] = variants('Operators will publish a strategy.', 'We will publish a strategy.');
    expect([o.type, o.base, o.reading]).toEqual(['actor', 'Operators', 'We']);
    expect(o.explanation).toContain('a different party');
  });
});

describe('a frequency dropped with nothing in its place is a qualifier dropped (trial 59 a7)', () => {
  it('"a plan that is tested at least once a year" → "a plan": qualifier-dropped, weakened, apart from the next sentence', () => {
    expect(rows('Councils should adopt a plan that is tested at least once a year. The Government will provide funding to support smaller councils.', 'Councils should adopt a plan.')).toEqual([
      ['qualifier-dropped', 'weakened', 'that is tested at least once a year', ''],
      ['omission', null, 'The Government will provide funding to support smaller councils.', ''],
    ]);
  });
  it('the sentence end kept in the witness: the frequency and the next sentence are still two entries', () => {
    const vs = rows(
      'We expect local authorities to appoint a senior information risk owner and to adopt a cyber incident response plan that is tested at least once a year. The Government will provide guidance and, where necessary, targeted funding to support smaller councils.',
      'Councils must appoint a senior information risk owner and adopt a cyber incident response plan.',
    );
    expect(vs).toContainEqual(['qualifier-dropped', 'weakened', 'that is tested at least once a year', '']);
    expect(vs).toContainEqual(['omission', null, '. The Government will provide guidance and, where necessary, targeted funding to support smaller councils', '']);
  });
  it('other wording: "test their plan at least once a year" → "test their plan"', () => {
    expect(rows('Councils should test their plan at least once a year.', 'Councils should test their plan.')).toEqual([['qualifier-dropped', 'weakened', 'at least once a year', '']]);
  });
  it('near miss: an adjective of frequency before its noun ("an annual plan" → "a plan") stays an omission', () => {
    expect(rows('Councils should adopt an annual plan.', 'Councils should adopt a plan.')).toContainEqual(['omission', null, 'annual', '']);
  });
  it('near miss: a frequency inside an act dropped whole goes with the act', () => {
    expect(rows('The Board shall adopt a plan and report annually to the legislature.', 'The Board shall adopt a plan.')).toEqual([['omission', null, 'and report annually to the legislature', '']]);
  });
});

describe('words lost at a sentence join are an omission, the join grammar (trial 59 a8, a9)', () => {
  it('"… Centre as the single point of contact for incident reporting. The Centre shall" → "… Centre, which shall"', () => {
    expect(rows('The Government will create a Centre as the single point of contact for incident reporting. The Centre shall report annually.', 'The Government will create a Centre, which shall report annually.')).toEqual([
      ['omission', null, 'as the single point of contact for incident reporting', ''],
      ['grammatical', null, '. The Centre', ', which'],
    ]);
  });
  it('"within 72 hours of becoming aware of them. Regulators" → "within 72 hours, and regulators"', () => {
    expect(rows('Operators must report incidents within 72 hours of becoming aware of them. Regulators should audit compliance.', 'Operators must report incidents within 72 hours, and regulators should audit compliance.')).toEqual([
      ['omission', null, 'of becoming aware of them', ''],
      ['grammatical', null, '.', ', and'],
    ]);
  });
  it('the join alone: ". The Centre" → ", which" (the same subject) is grammar', () => {
    expect(rows('The Government will create a Centre. The Centre shall report annually.', 'The Government will create a Centre, which shall report annually.')).toEqual([['grammatical', null, '. The Centre', ', which']]);
  });
  it('near miss: the relative pronoun refers to another party than the dropped subject', () => {
    expect(rows('The Government will create a Centre. The Authority shall report annually.', 'The Government will create a Centre, which shall report annually.')).toEqual([['lexical', null, '. The Authority', ', which']]);
  });
});

describe('a duty-bearer rewritten is one actor change (trial 59 a10, a11)', () => {
  it('"Operators of critical national infrastructure must" → "Infrastructure operators must": one actor entry', () => {
    expect(rows('Operators of critical national infrastructure must report incidents.', 'Infrastructure operators must report incidents.')).toEqual([['actor', null, 'Operators of critical national infrastructure', 'Infrastructure operators']]);
  });
  it('other wording: "Operators of essential services" → "Service operators"', () => {
    expect(rows('Operators of essential services must report incidents.', 'Service operators must report incidents.')).toEqual([['actor', null, 'Operators of essential services', 'Service operators']]);
  });
  it('near miss: a word inside the postmodifier changed stays that word', () => {
    expect(rows('Operators of essential services must report incidents.', 'Operators of digital services must report incidents.')).toEqual([['lexical', null, 'essential', 'digital']]);
  });
  it('"We expect local authorities to appoint" → "Councils must appoint": actor between the addressee and the new subject, modality strengthened', () => {
    expect(rows('We expect local authorities to appoint a risk owner.', 'Councils must appoint a risk owner.')).toEqual([
      ['grammatical', null, 'We', ''],
      ['modality', 'strengthened', 'expect', 'must'],
      ['actor', null, 'local authorities', 'Councils'],
      ['grammatical', null, 'to', ''],
    ]);
    expect(rows('We encourage operators to share data.', 'Providers should share data.')).toContainEqual(['actor', null, 'operators', 'Providers']);
  });
  it('near miss: the addressee made the subject unchanged is no actor change', () => {
    expect(rows('We expect councils to appoint a risk owner.', 'Councils must appoint a risk owner.').filter((v) => v[0] === 'actor')).toEqual([]);
  });
});

describe('a counted target made vague (trial 59 a12; qualifiers.yaml `targets`)', () => {
  it('"will double the number" → "will increase the number": weakened; back, strengthened', () => {
    expect(rows('The Government will double the number of apprenticeships by 2028.', 'The Government will increase the number of apprenticeships by 2028.')).toEqual([['lexical', 'weakened', 'double', 'increase']]);
    expect(rows('The Government will increase the number of apprenticeships by 2028.', 'The Government will triple the number of apprenticeships by 2028.')).toEqual([['lexical', 'strengthened', 'increase', 'triple']]);
  });
  it('other wording: "halve the backlog" → "reduce the backlog"', () => {
    expect(rows('The Government will halve the backlog by 2028.', 'The Government will reduce the backlog by 2028.')).toEqual([['lexical', 'weakened', 'halve', 'reduce']]);
  });
  it('near miss: a possibility, no commitment ("Prices may double" → "may increase"), has no direction', () => {
    expect(rows('Prices may double by 2028.', 'Prices may increase by 2028.')).toEqual([['lexical', null, 'double', 'increase']]);
  });
});

describe('a sentence join that drops words before a new subject (trial 50 C3 news)', () => {
  const W = 'Each side will name a point of contact, and officials are to meet annually.';
  it('". The points of contact" → ", and officials": the words before the full stop omitted, the subject its own change', () => {
    expect(rows('Each side will name a point of contact in its competent authorities. The points of contact are to meet annually.', W)).toEqual([
      ['omission', null, 'in its competent authorities', ''],
      ['punctuation', null, '.', ','],
      ['grammatical', null, '', 'and'],
      ['actor', null, 'The points of contact', 'officials'],
    ]);
  });
  it('other wording: a relative pronoun and a longer loss', () => {
    const vs = rows('Each side will name a point of contact for the implementation of this Memorandum. The points of contact are to meet annually.', W);
    expect(vs).toContainEqual(['omission', null, 'for the implementation of this Memorandum', '']);
    expect(vs.filter((v) => v[0] === 'lexical')).toEqual([]);
  });
  it('near miss: the new subject reads a word of the words lost: not cut there', () => {
    const vs = rows('Each side will name a point of contact in its competent authorities. The points of contact are to meet annually.', 'Each side will name a point of contact, and authorities are to meet annually.');
    expect(vs).not.toContainEqual(['omission', null, 'in its competent authorities', '']);
  });
});
