/**
 * Guidance texts, from trial 60 (session 13): a double negative restated positively, periphrastic
 * modals, dropped qualifiers, actors in by/from phrases and by expansion, a loosened standard,
 * a moved phrase, an omission inside a rewording, abbreviations.
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

describe('a prohibition of what is not so, restated as a duty that it be so (trial 60 #1)', () => {
  it('"shall not accept X that has not been signed" → "X must be signed": one lexical, no negation, no actor', () => {
    expect(rows('The agency shall not accept an attestation that has not been signed by the producer.', 'Attestations must be signed by the producer.')).toEqual([
      ['lexical', null, 'The agency shall not accept an attestation that has not been', 'Attestations must be'],
    ]);
  });
  it('other wordings: the flip paired with the second negator; "unless" as the second negative', () => {
    expect(rows('Agencies shall not use software that has not been tested.', 'Software must be tested.')).toEqual([
      ['lexical', null, 'Agencies shall not use software that has not been', 'must be'],
    ]);
    expect(rows('The agency shall not accept an attestation unless it is signed.', 'Attestations must be signed.')).toEqual([
      ['lexical', null, 'The agency shall not accept an attestation unless it is', 'Attestations must be'],
    ]);
  });
  it('near misses: the rule verb kept ("must accept … that has been signed") and a permission stay negations', () => {
    expect(rows('The agency shall not accept an attestation that has not been signed by the producer.', 'The agency must accept an attestation that has been signed by the producer.').map((r) => r[0])).toEqual(['negation', 'negation']);
    expect(rows('The agency shall not accept an attestation that has not been signed by the producer.', 'Attestations may be signed by the producer.').map((r) => r[0])).toContain('negation');
  });
});

describe('periphrastic modals sit at their modal\'s place on the scale (trial 60 #2)', () => {
  it('"shall" → "is required to": the same force as "shall" → "must", a change of wording', () => {
    expect(rows('The producer shall notify the agency.', 'The producer is required to notify the agency.')).toEqual([
      ['modality', null, 'shall', 'is required to'],
    ]);
    expect(rows('The producer shall notify the agency.', 'The producer must notify the agency.')).toEqual([
      ['modality', null, 'shall', 'must'],
    ]);
  });
  it('other wordings: "are obliged to", "is able to" for "can"; "is able to" for "may" is the ability sense', () => {
    expect(rows('Producers must notify the agency.', 'Producers are obliged to notify the agency.')).toEqual([
      ['modality', null, 'must', 'are obliged to'],
    ]);
    expect(rows('The producer can notify the agency.', 'The producer is able to notify the agency.')).toEqual([
      ['modality', null, 'can', 'is able to'],
    ]);
    expect(rows('The producer may notify the agency.', 'The producer is able to notify the agency.')).toEqual([
      ['modality', null, 'may', 'is able to'],
    ]);
  });
  it('near misses: a party made to act by another keeps "require" (6); "must be able to" binds as "must"', () => {
    expect(rows('The regulation requires the producer to notify the agency.', 'The producer must notify the agency.')[0].slice(0, 2)).toEqual(['modality', 'weakened']);
    expect(rows('The producer shall notify the agency.', 'The producer must be able to notify the agency.')).toEqual([
      ['modality', null, 'shall', 'must'],
      ['addition', null, '', 'be able to'],
    ]);
  });
});

describe('dropped qualifiers: a floor, a time limit, a standard beside a rewritten limb (trial 60 #3)', () => {
  it('", at a minimum," dropped from a duty: a floor dropped, weakened', () => {
    expect(rows('The producer shall test the software and, at a minimum, before each release.', 'The producer shall test the software and before each release.')).toEqual([
      ['qualifier-dropped', 'weakened', ', at a minimum,', ''],
    ]);
    expect(rows('The producer shall, at the very least, test the software before each release.', 'The producer shall test the software before each release.')).toEqual([
      ['qualifier-dropped', 'weakened', ', at the very least,', ''],
    ]);
  });
  it('"after the effective date of …" dropped: a time limit dropped (a statement: no direction; a duty: weakened)', () => {
    expect(rows('This guidance applies to software renewed after the effective date of this guidance.', 'This guidance applies to software renewed.')).toEqual([
      ['qualifier-dropped', null, 'after the effective date of this guidance', ''],
    ]);
    expect(rows('The producer shall test the software after the effective date of this guidance.', 'The producer shall test the software.')).toEqual([
      ['qualifier-dropped', 'weakened', 'after the effective date of this guidance', ''],
    ]);
  });
  it('a standard set off by a comma after a reworded noun phrase with a participle is still dropped', () => {
    const vs = rows('The producer shall attest that the producer has protected each environment involved in developing software, in accordance with the Framework.', 'Vendors must attest that the environments are protected.');
    expect(vs.filter((r) => r[2] === ', in accordance with the Framework')).toEqual([['qualifier-dropped', 'strengthened', ', in accordance with the Framework', '']]);
  });
  it('near miss: a limb with its own modal dropped takes its qualifier with it (one omission)', () => {
    expect(rows('The producer shall protect each environment, and shall notify the agency of incidents, in accordance with the Framework.', 'The producer shall protect each environment.')).toEqual([
      ['omission', null, ', and shall notify the agency of incidents, in accordance with the Framework', ''],
    ]);
  });
});

describe('a party within the bearer put before it ("the agency" → "the Chief Information Officer of the agency", trial 60 #4)', () => {
  it('added before the kept subject of a permission: one actor variant over the whole subject', () => {
    expect(rows('Where a producer cannot attest, the agency may accept a plan.', 'Where a producer cannot attest, the Chief Information Officer of the agency may accept a plan.')).toEqual([
      ['actor', null, 'the agency', 'the Chief Information Officer of the agency'],
    ]);
  });
  it('other wordings: an officer noun before an obligation, and taken away', () => {
    expect(rows('The agency shall review the plan.', 'The director of the agency shall review the plan.')).toEqual([
      ['actor', null, 'The agency', 'The director of the agency'],
    ]);
    expect(rows('The director of the agency shall review the plan.', 'The agency shall review the plan.')).toEqual([
      ['actor', null, 'The director of the agency', 'The agency'],
    ]);
  });
  it('near misses: a thing of the party ("the budget of") and a phrase after the head are no new bearer', () => {
    expect(rows('The agency shall review the plan.', 'The budget of the agency shall cover the plan.')[0]).toEqual(['addition', null, '', 'budget of the']);
    expect(rows('Operators shall notify the agency.', 'Operators of essential services shall notify the agency.')).toEqual([
      ['addition', null, '', 'of essential services'],
    ]);
  });
});

describe('a standard loosened: "in accordance with" → "consistent with" (trial 60 #5)', () => {
  it('on a duty: lexical, weakened', () => {
    expect(rows('The producer shall test the software in accordance with the Framework.', 'The producer shall test the software consistent with the Framework.')).toEqual([
      ['lexical', 'weakened', 'in accordance', 'consistent'],
    ]);
  });
  it('other wordings: tightened back ("consistent with" → "in compliance with"); on a permission no direction', () => {
    expect(rows('The producer shall test the software consistent with the Framework.', 'The producer shall test the software in compliance with the Framework.')).toEqual([
      ['lexical', 'strengthened', 'consistent', 'in compliance'],
    ]);
    expect(rows('The producer may test the software in accordance with the Framework.', 'The producer may test the software consistent with the Framework.')).toEqual([
      ['lexical', null, 'in accordance', 'consistent'],
    ]);
  });
  it('near miss: two connectives of mere consistency stay grammatical', () => {
    expect(rows('The producer shall test the software in line with the Framework.', 'The producer shall test the software consistent with the Framework.')).toEqual([
      ['grammatical', null, 'in line', 'consistent'],
    ]);
  });
});

describe('a short phrase moved, shortened on the way; no move paired across limbs (trial 60 #7)', () => {
  it('"within 30 days of discovering vulnerabilities" → "of vulnerabilities within 30 days": a transposition and the word left behind', () => {
    expect(rows('The producer shall notify the agency within 30 days of discovering vulnerabilities.', 'The producer shall notify the agency of vulnerabilities within 30 days.')).toEqual([
      ['transposition', null, 'of discovering vulnerabilities', 'of vulnerabilities'],
      ['omission', null, 'discovering', ''],
    ]);
  });
  it('other wording: "of finding serious vulnerabilities" moved before the agency', () => {
    expect(rows('The producer shall report to the agency within 30 days of finding serious vulnerabilities.', 'The producer shall report serious vulnerabilities to the agency within 30 days.')).toEqual([
      ['omission', null, 'of finding', ''],
      ['transposition', null, 'serious vulnerabilities', 'serious vulnerabilities'],
    ]);
  });
  it('near misses: the phrase only dropped; a word dropped in two places and added once is no move', () => {
    expect(rows('The producer shall notify the agency within 30 days of discovering vulnerabilities.', 'The producer shall notify the agency within 30 days.')).toEqual([
      ['omission', null, 'of discovering vulnerabilities', ''],
    ]);
    const vs = rows('The software producer shall notify the agency within 30 days of discovering a vulnerability in software provided to the agency, and shall remediate critical vulnerabilities within 60 days.', 'Vendors must notify agencies of any vulnerability within 30 days and fix critical ones within 60 days.');
    expect(vs.filter((r) => r[0] === 'transposition')).toEqual([]);
    expect(vs).toContainEqual(['lexical', null, 'vulnerabilities', 'ones']);
  });
});

describe('a party after "by" or "from" replaced by another party: actor, as in the subject (trial 60 #8)', () => {
  it('"from the software producer" → "from the vendor"', () => {
    expect(rows('Agencies must obtain an attestation from the software producer.', 'Agencies must obtain an attestation from the vendor.')).toEqual([
      ['actor', null, 'software producer', 'vendor'],
    ]);
  });
  it('other wordings: "developed by a software producer" → "by a vendor"; the head alone changed', () => {
    expect(rows('The guidance applies to software developed by a software producer.', 'The guidance applies to software developed by a vendor.')).toEqual([
      ['actor', null, 'software producer', 'vendor'],
    ]);
    expect(rows('Agencies must obtain an attestation from the software producer.', 'Agencies must obtain an attestation from a software vendor.')).toEqual([
      ['grammatical', null, 'the', 'a'],
      ['actor', null, 'producer', 'vendor'],
    ]);
  });
  it('near misses: a thing for the party, and the same party in the plural, are no actor change', () => {
    expect(rows('Agencies must obtain an attestation from the software producer.', 'Agencies must obtain an attestation from the repository.')).toEqual([
      ['lexical', null, 'software producer', 'repository'],
    ]);
    expect(rows('Agencies must obtain an attestation from the producer.', 'Agencies must obtain an attestation from the producers.')).toEqual([
      ['grammatical', null, 'producer', 'producers'],
    ]);
  });
});

describe('a phrase dropped inside a rewording is an omission of its own (trial 60 #9)', () => {
  it('"by a certified organization in lieu of" → "instead of": the omission and the reworded preposition', () => {
    expect(rows('An agency may require an assessment by a certified organization in lieu of an attestation.', 'An agency may require an assessment instead of an attestation.')).toEqual([
      ['omission', null, 'by a certified organization', ''],
      ['lexical', null, 'in lieu', 'instead'],
    ]);
  });
  it('other wording: "by an independent auditor in place of" → "instead of"; and added', () => {
    expect(rows('An agency may require a review by an independent auditor in place of an attestation.', 'An agency may require a review instead of an attestation.')).toEqual([
      ['omission', null, 'by an independent auditor', ''],
      ['lexical', null, 'in place', 'instead'],
    ]);
    expect(rows('An agency may require a review instead of an attestation.', 'An agency may require a review by an independent auditor in place of an attestation.')).toEqual([
      ['lexical', null, 'instead', 'in place'],
      ['addition', null, '', 'by an independent auditor'],
    ]);
  });
  it('near miss: a phrase rewritten whole ("in a timely manner" → "promptly") stays one variant', () => {
    expect(rows('Agencies shall publish the results in a timely manner.', 'Agencies shall publish the results promptly.')).toEqual([
      ['lexical', 'strengthened', 'in a timely manner', 'promptly'],
    ]);
  });
  it('near miss: a phrase whose noun takes a complement ("in the field of", "on the ground that") is a preposition reworded whole', () => {
    expect(rows('Cooperation in the field of cybersecurity is encouraged.', 'Cooperation on cybersecurity is encouraged.')).toEqual([
      ['lexical', null, 'in the field of', 'on'],
    ]);
    expect(rows('The Party shall act within the territory of the State.', 'The Party shall act in the country.')).not.toContainEqual(['omission', null, 'within the territory', '']);
    // (nor when the other side is a prepositional phrase of its own: one phrase reworded)
    expect(rows('No handler shall provide information stored within the territory of the State to a foreign authority.', 'Handlers may not hand over information stored in the country to foreign courts.')).toContainEqual(['lexical', null, 'within the territory of the State to a', 'in the country to']);
    expect(rows('The Council shall amend the list set out in the Annex.', 'The Council shall amend the list of persons subject to sanctions.')).toEqual([
      ['lexical', null, 'set out in the Annex', 'of persons subject to sanctions'],
    ]);
    const r = rows('A transfer shall not be refused on the ground that the data is personal.', 'A transfer shall not be refused where the data is personal.');
    expect(r.filter((x) => x[0] === 'omission')).toEqual([]);
  });
});

describe('acronyms: one rule, the initials of the words; a figure for a number word or a repeated letter (trial 60 #10)', () => {
  it('"chief executive officer" → "CEO" and "Third Party Assessor Organization" → "3PAO": both spelling (accidental)', () => {
    expect(rows('The attestation must be signed by the chief executive officer.', 'The attestation must be signed by the CEO.')).toEqual([
      ['spelling', null, 'chief executive officer', 'CEO'],
    ]);
    expect(rows('An assessment by a Third Party Assessor Organization is required.', 'An assessment by a 3PAO is required.')).toEqual([
      ['spelling', null, 'Third Party Assessor Organization', '3PAO'],
    ]);
  });
  it('other wording: a figure for a repeated initial ("W3C")', () => {
    expect(rows('Standards of the World Wide Web Consortium apply.', 'Standards of the W3C apply.')).toEqual([
      ['spelling', null, 'World Wide Web Consortium', 'W3C'],
    ]);
  });
  it('near miss: a figure that fits no word ("4PAO") is a change of wording', () => {
    expect(rows('An assessment by a Third Party Assessor Organization is required.', 'An assessment by a 4PAO is required.')).toEqual([
      ['lexical', null, 'Third Party Assessor Organization', '4PAO'],
    ]);
  });
});
