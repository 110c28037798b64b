/**
 * Session 16: trial 72 (guidelines on outsourcing to cloud service providers).
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

function explanations(base: string, reading: string) {
  return variants(base, reading).map((v) => v.explanation);
}

describe('one modal for another of the same force is a modality change with no direction (trial 72 #5)', () => {
  it('"shall" → "must"', () => {
    expect(rows('Banks shall report incidents.', 'Banks must report incidents.')).toEqual([['modality', null, 'shall', 'must']]);
    expect(explanations('Banks shall report incidents.', 'Banks must report incidents.')).toEqual([
      "modal or negation wording changed, the same force (no direction): 'shall' → 'must'",
    ]);
  });
  it('"shall" → "will have to", and back "must" → "shall"', () => {
    expect(rows('Banks shall report incidents.', 'Banks will have to report incidents.')).toEqual([['modality', null, 'shall', 'will have to']]);
    expect(rows('Banks must report incidents.', 'Banks shall report incidents.')).toEqual([['modality', null, 'must', 'shall']]);
  });
  it('a prohibition: "shall not" → "may not" keeps its force', () => {
    expect(rows('Banks shall not disclose the data.', 'Banks may not disclose the data.')).toEqual([['modality', null, 'shall', 'may']]);
  });
  it('near miss: "shall" → "should" is a force changed, weakened', () => {
    expect(rows('Banks shall report incidents.', 'Banks should report incidents.')).toEqual([['modality', 'weakened', 'shall', 'should']]);
  });
});

describe('a double negative resolved, "not prevented from" → "able to", is one lexical change, no negation (trial 72 #1)', () => {
  const base = 'Banks shall ensure that the authority is not prevented from exercising its powers.';
  it('"is not prevented from exercising" → "is able to exercise"', () => {
    expect(rows(base, 'Banks shall ensure that the authority is able to exercise its powers.')).toEqual([
      ['lexical', null, 'not prevented from exercising', 'able to exercise'],
    ]);
  });
  it('another bar: "are not precluded from adopting" → "are able to adopt"', () => {
    expect(rows('Firms are not precluded from adopting stricter rules.', 'Firms are able to adopt stricter rules.')).toEqual([
      ['lexical', null, 'not precluded from adopting', 'able to adopt'],
    ]);
  });
  it('"may exercise": the same permission, grammatical (as "Nothing … shall prevent X from" → "X may")', () => {
    const out = rows(base, 'Banks shall ensure that the authority may exercise its powers.');
    expect(out.filter((r) => r[0] !== 'grammatical' || r[2] !== 'is')).toEqual([['grammatical', null, 'not prevented from exercising', 'may exercise']]);
  });
  it('near miss: the negator dropped, "is prevented from", stays a negation', () => {
    expect(rows(base, 'Banks shall ensure that the authority is prevented from exercising its powers.').map((r) => r[0])).toEqual(['negation']);
  });
});

describe('a further occasion added with "and whenever" strengthens the duty (trial 72 #2)', () => {
  const base = 'The register should be reviewed annually.';
  it('"annually" → "annually and whenever a material change occurs"', () => {
    expect(rows(base, 'The register should be reviewed annually and whenever a material change occurs.')).toEqual([
      ['qualifier-added', 'strengthened', '', 'and whenever a material change occurs'],
    ]);
    expect(explanations(base, 'The register should be reviewed annually and whenever a material change occurs.')[0]).toBe(
      "occasion added: 'and whenever a material change occurs' — the obligation now also holds then, besides 'annually'",
    );
  });
  it('"or whenever", and the occasion dropped (weakened)', () => {
    expect(rows(base, 'The register should be reviewed annually or whenever a material change occurs.')).toEqual([
      ['qualifier-added', 'strengthened', '', 'or whenever a material change occurs'],
    ]);
    expect(rows('Banks shall report at least once a year and if the authority so requests.', 'Banks shall report at least once a year.')).toEqual([
      ['qualifier-dropped', 'weakened', 'and if the authority so requests', ''],
    ]);
  });
  it('near miss: a condition with no coordinator restricts the duty (weakened)', () => {
    expect(rows(base, 'The register should be reviewed annually where a material change occurs.')).toEqual([
      ['qualifier-added', 'weakened', '', 'where a material change occurs'],
    ]);
  });
});

describe('a counted time limit replaced by a vague one is one substitution, weakened (trial 72 #3)', () => {
  const base = 'Banks shall notify the authority at least 30 days before signing.';
  it('"at least 30 days" → "in a timely manner"', () => {
    expect(rows(base, 'Banks shall notify the authority in a timely manner before signing.')).toEqual([
      ['lexical', 'weakened', 'at least 30 days', 'in a timely manner'],
    ]);
    expect(explanations(base, 'Banks shall notify the authority in a timely manner before signing.')[0]).toBe(
      "time limit replaced: 'at least 30 days' → 'in a timely manner' — a counted time limit made vague: the deadline no longer says how long",
    );
  });
  it('"promptly", "without undue delay"; and back, strengthened', () => {
    expect(rows(base, 'Banks shall notify the authority promptly before signing.')).toEqual([['lexical', 'weakened', 'at least 30 days', 'promptly']]);
    expect(rows('Banks shall notify the authority within 30 days.', 'Banks shall notify the authority without undue delay.')).toEqual([
      ['lexical', 'weakened', 'within 30 days', 'without undue delay'],
    ]);
    expect(rows('Banks shall notify the authority in a timely manner before signing.', base)).toEqual([
      ['lexical', 'strengthened', 'in a timely manner', 'at least 30 days'],
    ]);
  });
  it('near misses: a permission has no direction; one figure for another is a limit shortened', () => {
    expect(rows('Banks may notify the authority at least 30 days before signing.', 'Banks may notify the authority in a timely manner before signing.')).toEqual([
      ['lexical', null, 'at least 30 days', 'in a timely manner'],
    ]);
    expect(rows('Banks shall notify the authority within 30 days.', 'Banks shall notify the authority within ten days.')).toEqual([['lexical', 'strengthened', '30', 'ten']]);
  });
});

describe('a factor dropped from what an assessment takes into account is an omission, not a condition limb (trial 72 #4)', () => {
  it('"assess the provider, taking into account its solvency, capacity and reputation" → "… its solvency and capacity"', () => {
    expect(rows('Banks shall assess the provider, taking into account its solvency, capacity and reputation.', 'Banks shall assess the provider, taking into account its solvency and capacity.')).toEqual([
      ['omission', null, 'and reputation', ''],
    ]);
  });
  it('another wording: "evaluate …, having regard to its solvency and its reputation"', () => {
    expect(rows('Banks shall evaluate the provider, having regard to its solvency and its reputation.', 'Banks shall evaluate the provider, having regard to its solvency.')).toEqual([
      ['omission', null, 'and its reputation', ''],
    ]);
  });
  it('near miss: after a verb that is no assessment the phrase bounds the duty, a limb of the condition', () => {
    expect(rows('Banks shall act, taking into account their size, capacity and reputation.', 'Banks shall act, taking into account their size and capacity.')).toEqual([
      ['qualifier-dropped', 'strengthened', 'and reputation', ''],
    ]);
  });
});
