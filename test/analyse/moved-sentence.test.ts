import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/index.js';
import { clause, corpus, witness } from './helpers.js';

const base = witness('base', [
  clause('States should report ransomware attacks to the national authority.', ['C1']),
  clause('States should share indicators of compromise with partners. States should not pay ransoms demanded by criminal groups.', ['C2']),
]);

function moves(c1: string, c2: string) {
  const r = analyse(corpus([base, witness('press', [clause(c1, ['C1']), clause(c2, ['C2'])])]));
  return r.divergences.map((v) => [v.unit, v.type, v.base, v.reading, v.explanation]);
}

describe('a sentence moved to another unit', () => {
  it('is a transposition in both units, each naming the other, not an omission and an addition', () => {
    const vs = moves(
      'States should report ransomware attacks to the national authority. States should not pay ransoms demanded by criminal groups.',
      'States should share indicators of compromise with partners.',
    );
    expect(vs).toEqual([
      ['C1', 'transposition', '', 'States should not pay ransoms demanded by criminal groups.', "moved here from C2: 'States should not pay ransoms demanded by criminal groups.'"],
      ['C2', 'transposition', 'States should not pay ransoms demanded by criminal groups.', '', "moved: 'States should not pay ransoms demanded by criminal groups.' is read in C1 in this witness"],
    ]);
  });

  it('a word or two reworded on the way is still a move, said to be reworded', () => {
    const vs = moves(
      'States should report ransomware attacks to the national authority. States should not pay ransoms demanded by criminal gangs.',
      'States should share indicators of compromise with partners.',
    );
    expect(vs.map((v) => v[1])).toEqual(['transposition', 'transposition']);
    expect(vs[0][4]).toContain('(reworded)');
  });

  it('near miss: another sentence added where one is omitted elsewhere stays an addition and an omission', () => {
    const vs = moves(
      'States should report ransomware attacks to the national authority. Hospitals must keep offline backups of patient records.',
      'States should share indicators of compromise with partners.',
    );
    expect(vs.map((v) => [v[0], v[1]])).toEqual([['C1', 'addition'], ['C2', 'omission']]);
  });
});

describe('a unit read as a slice of a merged clause', () => {
  it('the subject and modal the clause shares between its limbs are not omitted from the second unit', () => {
    const b = witness('base', [
      clause('States should protect critical infrastructure.', ['C1']),
      clause('States should take actions to prevent the theft of personal information.', ['C2']),
    ]);
    const w = witness('statement', [clause('States should take measures to protect critical infrastructure and prevent the theft of personal information.', ['C1', 'C2'])]);
    const vs = analyse(corpus([b, w])).divergences.filter((v) => v.unit === 'C2');
    expect(vs.some((v) => v.type === 'omission' && v.base.startsWith('States should'))).toBe(false);
    expect(vs.map((v) => v.type)).toContain('merge');
  });

  it('the subject read only in the first limb ("States" → "and") and the first unit\'s full stop are part of the merge', () => {
    const b = witness('base', [clause('States should not damage infrastructure.', ['C1']), clause('States should protect their infrastructure.', ['C2'])]);
    const w = witness('national', [clause('States should not damage infrastructure and should protect their infrastructure.', ['C1', 'C2'])]);
    const vs = analyse(corpus([b, w])).divergences;
    expect(vs.map((v) => [v.unit, v.type])).toEqual([['C1', 'merge'], ['C2', 'merge']]);
  });

  it('near miss: a full stop missing where the unit\'s reading ends its clause is still punctuation', () => {
    const b = witness('base', [clause('States should not damage infrastructure.', ['C1']), clause('States should protect their infrastructure.', ['C2'])]);
    const w = witness('national', [clause('States should not damage infrastructure and should protect their infrastructure', ['C1', 'C2'])]);
    const vs = analyse(corpus([b, w])).divergences;
    expect(vs.filter((v) => v.type === 'punctuation').map((v) => v.unit)).toEqual(['C2']);
  });

  it('the first unit\'s full stop turned into the comma that joins the two is part of the merge', () => {
    const b = witness('base', [clause('States should protect the Portal.', ['C1']), clause('States should convene a meeting.', ['C2'])]);
    const w = witness('draft', [clause('States should protect the Portal, and should convene a meeting.', ['C1', 'C2'])]);
    expect(analyse(corpus([b, w])).divergences.filter((v) => v.type === 'punctuation')).toEqual([]);
  });
});
