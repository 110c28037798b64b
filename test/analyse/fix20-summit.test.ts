/**
 * Session 20 (summit): limbs dropped with their condition, merges, hashtags, named cases, standards
 * of effort, lead-ins (trials 98, 99).
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/index.js';
import { clause, corpus, variants, witness } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
const rows = (base: string, reading: string) => variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
/** [unit, type, direction, base, reading] of the divergences of a witness that merges the base units. */
/** [type, direction] of the divergences of a list item under its lead-in (the same lead-in on both sides unless given). */
const item = (lead: string, itemB: string, itemR: string, leadR = lead) => {
  const base = witness('base', [clause(lead, ['P1']), { ...clause(itemB, ['C1']), marker: '(b)' }]);
  const wit = witness('w', [clause(leadR, ['P1']), { ...clause(itemR, ['C1']), marker: '(b)' }]);
  return analyse(corpus([base, wit])).divergences.filter((v) => v.unit === 'C1').map((v) => [v.type, v.direction ?? null]);
};
const merged = (units: string[], reading: string, tags = units.map((_, k) => `U${k + 1}`)) => {
  const b = witness('base', units.map((u, k) => clause(u, [`U${k + 1}`])));
  const w = witness('wit', [clause(reading, tags)]);
  return analyse(corpus([b, w])).divergences.filter((v) => v.witness === 'wit' && v.type !== 'merge').map((v) => [v.unit, v.type, v.direction ?? null, v.base, v.reading]);
};

describe('a limb dropped with the condition that opens it is one omission (trial 98 #1)', () => {
  it('a prepositional limb: no "condition dropped, strengthened"', () => {
    expect(rows('Agencies will exchange data with each partner and, where necessary, with the regulators.', 'Agencies will exchange data with each partner.')).toEqual([
      ['omission', null, 'and, where necessary, with the regulators', ''],
    ]);
    expect(rows('Members shall confer with one another and, if requested, with the host State.', 'Members shall confer with one another.')).toEqual([
      ['omission', null, 'and, if requested, with the host State', ''],
    ]);
  });
  it('near misses: the condition alone dropped, limb kept, stays a dropped condition', () => {
    expect(rows('Agencies will exchange data with each partner and, where necessary, with the regulators.', 'Agencies will exchange data with each partner and with the regulators.')).toEqual([
      ['qualifier-dropped', 'strengthened', ', where necessary,', ''],
    ]);
    expect(rows('Agencies will exchange data, where necessary, with the regulators.', 'Agencies will exchange data with the regulators.')).toEqual([
      ['qualifier-dropped', 'strengthened', ', where necessary,', ''],
    ]);
  });
});

describe('a merge: the shared subject and modal, and the cut after a dropped ending (trial 98 #2, #3)', () => {
  const A = 'We pledge to exchange incident data within a week.';
  const B = 'We will create a registry of liaison officers by 2027.';
  it('"We will" → "and" when the part before reads "We will": grammatical, not a weakened obligation', () => {
    expect(merged([A, B], 'We will exchange incident data within a week and create a registry of liaison officers by 2027.')).toContainEqual(['U2', 'grammatical', null, 'We will', 'and']);
    expect(merged([A, B], 'We will exchange incident data within a week and create a registry of liaison officers by 2027.').filter((r) => r[0] === 'U2' && r[1] === 'modality')).toEqual([]);
  });
  it('near misses: the part before reads another force, or the modal itself changes', () => {
    expect(merged([A, B], 'We pledge to exchange incident data within a week and create a registry of liaison officers by 2027.')).toContainEqual(['U2', 'modality', 'weakened', 'We will', 'and']);
    const m = merged([A, B], 'We will exchange incident data within a week and may create a registry of liaison officers by 2027.');
    expect(m).toContainEqual(['U2', 'grammatical', null, 'We', 'and']);
    expect(m).toContainEqual(['U2', 'modality', 'weakened', 'will', 'may']);
  });
  it('a coordinated verb after a dropped ending opens the next unit\'s part: no invented rewording of the dropped words', () => {
    const m = merged(['We pledge to exchange incident data within a week and, where necessary, with the regulators.', B], 'We will exchange incident data within a week and build a registry of liaison officers by 2027.');
    expect(m).toContainEqual(['U2', 'lexical', null, 'create', 'build']);
    expect(m).toContainEqual(['U2', 'grammatical', null, 'We will', 'and']);
    expect(m.filter((r) => r[0] === 'U1' && r[1] === 'omission').map((r) => r[3])).toEqual(['and, where necessary, with the regulators.']);
    expect(m.filter((r) => r[1] === 'lexical' && r[0] === 'U1')).toEqual([]);
  });
});

describe('a lone word of a clause the witness drops is no anchor for its paraphrase (trial 99 #1)', () => {
  it('"…, and that Member agencies may …" → "of each member agency": one substantive change, no grammatical piece', () => {
    const r = rows('The Panel finds that the audit is a routine exercise guided by external auditors, and that Member agencies may set their own schedules.', 'The audit is a routine exercise of each member agency.');
    expect(r).toContainEqual(['lexical', null, 'guided by external auditors, and that Member agencies may set their own schedules', 'of each member agency']);
    expect(r.filter((x) => x[0] === 'grammatical' || x[0] === 'case' || x[0] === 'qualifier-dropped')).toEqual([]);
  });
  it('near miss: a word kept between two rewordings that open no clause stays an anchor', () => {
    const r = rows('States shall, in accordance with their national law and procedures, ensure that all relevant information is provided.', 'States must ensure full disclosure.');
    expect(r.map((x) => x[0])).toEqual(['modality', 'qualifier-dropped', 'lexical']);
    expect(r[2]).toEqual(['lexical', null, 'that all relevant information is provided', 'full disclosure']);
  });
});

describe('a hashtag of the same words is accidental (trial 98 #4)', () => {
  it('one word with "#": a mark added; several words closed up in CamelCase: a compound', () => {
    expect(rows('We deplore phishing campaigns.', 'We deplore #phishing campaigns.')).toEqual([['punctuation', null, 'phishing', '#phishing']]);
    expect(rows('We deplore attacks on public health systems.', 'We deplore attacks on public #HealthSystems.')).toEqual([['compound', null, 'health systems', '#HealthSystems']]);
  });
  it('near misses: a tag naming other words is a rewording; a tag with no counterpart an addition', () => {
    expect(rows('Ministers met in Lisbon.', 'Ministers met in #LisbonForum.')).toEqual([['lexical', null, 'Lisbon', '#LisbonForum']]);
    expect(rows('We deplore phishing campaigns.', 'We deplore phishing campaigns. #CyberPeace').map((x) => x[0])).toEqual(['addition']);
  });
});

describe('"in some cases" names cases as "in certain cases" does (trial 98 #5)', () => {
  it('dropped: a condition dropped; strengthened on an obligation, no direction on a statement', () => {
    expect(rows('Fraud is committed by insiders and, in some cases, by contractors.', 'Fraud is committed by insiders and by contractors.')).toEqual([['qualifier-dropped', null, ', in some cases,', '']]);
    expect(rows('Banks shall, in most cases, notify the regulator.', 'Banks shall notify the regulator.')).toEqual([['qualifier-dropped', 'strengthened', ', in most cases,', '']]);
  });
  it('near miss: "in all cases" restricts nothing and stays an omission', () => {
    expect(rows('Banks shall, in all cases, notify the regulator.', 'Banks shall notify the regulator.')).toEqual([['omission', null, ', in all cases,', '']]);
  });
});

describe('a standard of effort moved along its scale has a direction (trial 98 #6)', () => {
  it('up on an obligation: strengthened; down: weakened', () => {
    expect(rows('Operators shall adopt appropriate safeguards against intrusion.', 'Operators shall adopt all necessary safeguards against intrusion.')).toEqual([['lexical', 'strengthened', 'appropriate', 'all necessary']]);
    expect(rows('We will make all possible arrangements for the visit.', 'We will make reasonable arrangements for the visit.')).toEqual([['lexical', 'weakened', 'all possible', 'reasonable']]);
  });
  it('near misses: the same rank, or a report of what was done, no direction', () => {
    expect(rows('Operators shall adopt appropriate safeguards against intrusion.', 'Operators shall adopt suitable safeguards against intrusion.')).toEqual([['lexical', null, 'appropriate', 'suitable']]);
    expect(rows('The operator adopted appropriate safeguards against intrusion.', 'The operator adopted all necessary safeguards against intrusion.')).toEqual([['lexical', null, 'appropriate', 'all necessary']]);
  });
});

describe('a list item opening with an adverb is read under its lead-in (trial 99 #3)', () => {
  it('"(b) promptly review …" under "shall:": dropping "promptly" weakens the obligation', () => {
    expect(item('The Registry shall:', 'promptly notify the parties of the ruling.', 'notify the parties of the ruling.')).toEqual([['qualifier-dropped', 'weakened']]);
  });
  it('near miss: an item with a subject of its own is not read under the lead-in', () => {
    expect(item('The Registry shall:', 'the clerk promptly notifies the parties of the ruling.', 'the clerk notifies the parties of the ruling.')).toEqual([['qualifier-dropped', null]]);
  });
});

describe('an addressee dropped from a lead-in ending in "to:" is an actor change (trial 99 #4)', () => {
  it('"requests the Registrar and the Bureau to:" → "requests the Registrar to:"', () => {
    expect(rows('The Assembly requests the Registrar and the Bureau to:', 'The Assembly requests the Registrar to:')).toEqual([['actor', null, 'and the Bureau', '']]);
  });
  it('near miss: a thing dropped from the object before "to:" stays an omission', () => {
    expect(rows('Members shall collect records and samples to:', 'Members shall collect records to:')).toEqual([['omission', null, 'and samples', '']]);
  });
});

describe('a reciprocal phrase dropped is an omission (trial 98 #8)', () => {
  it('"with one another" / "with each other" dropped names who the act is done with', () => {
    expect(rows('Ministries will exchange staff with one another every year.', 'Ministries will exchange staff every year.')).toEqual([['omission', null, 'with one another', '']]);
    expect(rows('The agencies consult with each other before a decision.', 'The agencies consult before a decision.')).toEqual([['omission', null, 'with each other', '']]);
  });
  it('near misses: one reciprocal for the other, or an article dropped, is grammar', () => {
    expect(rows('The agencies consult with each other before a decision.', 'The agencies consult with one another before a decision.')).toEqual([['grammatical', null, 'each other', 'one another']]);
    expect(rows('Ministries will exchange the staff every year.', 'Ministries will exchange staff every year.')).toEqual([['grammatical', null, 'the', '']]);
  });
});

describe('a compound and a rewording apart across a word both sides read (trial 98 #7)', () => {
  it('"cyber threats against critical" → "cyberthreats against vital": compound plus lexical', () => {
    expect(rows('We deplore cyber threats against critical services.', 'We deplore cyberthreats against vital services.')).toEqual([
      ['compound', null, 'cyber threats', 'cyberthreats'],
      ['lexical', null, 'critical', 'vital'],
    ]);
  });
  it('near miss: the compound alone stays one compound', () => {
    expect(rows('We deplore cyber threats against critical services.', 'We deplore cyberthreats against critical services.')).toEqual([['compound', null, 'cyber threats', 'cyberthreats']]);
  });
});

describe('a date is one unit of meaning (trial 98 #9)', () => {
  it('day and year changed: one lexical over the date, kept apart from the words after its comma', () => {
    expect(rows('The parties met in Oslo on 3 June 2024 and signed the accord.', 'The parties met in Oslo on 4 June 2025 and signed the accord.')).toEqual([['lexical', null, '3 June 2024', '4 June 2025']]);
    expect(rows('Delegates meeting on 3 June 2024, adopt this text.', 'Delegates meeting on 4 June 2025, endorse this text.')).toEqual([
      ['lexical', null, '3 June 2024', '4 June 2025'],
      ['lexical', null, 'adopt', 'endorse'],
    ]);
  });
  it('near miss: a deadline moved later keeps its direction', () => {
    expect(rows('Parties shall report by 30 June 2024.', 'Parties shall report by 30 June 2025.')[0].slice(0, 2)).toEqual(['lexical', 'weakened']);
  });
});
