import { describe, expect, it } from 'vitest';
import { types, variants } from './helpers.js';

const rows = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading, v.direction ?? '']);

describe('a dropped clause with its own subject or predicate is an omission, not a weakened modal', () => {
  it('", they should do it" dropped: omission', () => {
    expect(rows('If States need data, they should do it through judicial assistance.', 'If States need data, through judicial assistance.')).toEqual([
      ['omission', 'they should do it', '', ''],
    ]);
  });

  it('and added the other way: addition', () => {
    expect(types('If States need data, through judicial assistance.', 'If States need data, they should do it through judicial assistance.')).toEqual(['addition']);
  });

  it('near miss: a bare modal dropped still weakens the obligation', () => {
    expect(rows('States shall respect data.', 'States respect data.')).toEqual([['modality', 'shall', '', 'weakened']]);
    expect(rows('Data should be protected.', 'Data be protected.')).toEqual([['modality', 'should', '', 'weakened']]);
  });
});

describe('a restatement of the subject and modal in force is grammatical', () => {
  const base = 'States should protect personal data, and oppose mass surveillance of other States.';

  it('", and" → ". States should": a limb made its own clause', () => {
    expect(rows(base, 'States should protect personal data. States should oppose mass surveillance of other States.')).toEqual([
      ['grammatical', ', and', '. States should', ''],
    ]);
  });

  it('the other way: ". States should" → "and" (two sentences joined: a merge since trial 71 A6)', () => {
    expect(types('States should protect personal data. States should oppose mass surveillance of other States.', 'States should protect personal data and oppose mass surveillance of other States.')).toEqual(['merge']);
  });

  it('near misses: another subject or another modal is not a restatement', () => {
    expect(types(base, 'States should protect personal data, and companies should oppose mass surveillance of other States.')).not.toContain('grammatical');
    expect(types(base, 'States should protect personal data, and States must oppose mass surveillance of other States.')).not.toContain('grammatical');
    // (the coordinator dropped is grammar; the subject and modal added are not a restatement: since
    // session 18, trial 85 #2, a bearer named and a modal given to a bare predicate)
    expect(variants('Each day, and oppose mass surveillance.', 'Each day, States should oppose mass surveillance.').map((v) => [v.type, v.base, v.reading])).toEqual([
      ['grammatical', 'and', ''],
      ['modality', '', 'should'],
      ['actor', '', 'States'],
    ]);
  });
});

describe('a moved and reworded block is only where the two runs agree', () => {
  it('a phrase dropped at the edge of a moved sentence stays outside the move', () => {
    const vs = rows(
      'Members should lower the alert level of their strategic arsenals in a gradual and balanced way. They should publish yearly reports on the steps taken.',
      'They should publish yearly reports on the steps taken. Members should cut the alert level of their strategic arsenals.',
    );
    // (the shorter sentence is the one moved, align/tokens.ts movedSentences; the other is compared in place)
    expect(vs).toContainEqual(['transposition', 'They should publish yearly reports on the steps taken', 'They should publish yearly reports on the steps taken', '']);
    expect(vs).toContainEqual(['lexical', 'lower', 'cut', '']);
    expect(vs).toContainEqual(['qualifier-dropped', 'in a gradual and balanced way', '', '']);
  });

  it('words just outside the block that both sides changed alike join it; the change inside keeps its verdict', () => {
    const vs = rows(
      'Members should lower the alert level of their strategic arsenals. They should publish yearly reports on the steps taken by each member.',
      'They must publish yearly reports on the steps taken by each member. Members should lower the alert level of their strategic arsenals.',
    );
    expect(vs).toContainEqual(['modality', 'should', 'must', 'strengthened']);
    expect(vs.filter((v) => v[0] === 'transposition')).toHaveLength(1);
    expect(vs.filter((v) => v[0] === 'omission' || v[0] === 'addition' || v[0] === 'lexical')).toEqual([]);
  });
});

describe('a modal repeated with the coordination around it', () => {
  it('", and" → "and should" (the same modal for the second limb) is grammatical, both ways', () => {
    const v = variants('States should protect data, and oppose surveillance.', 'States should protect data and should oppose surveillance.');
    expect(v.map((x) => [x.type, x.base, x.reading])).toEqual([['grammatical', ', and', 'and should']]);
    const w = variants('States should protect data and should oppose surveillance.', 'States should protect data, and oppose surveillance.');
    expect(w.map((x) => x.type)).toEqual(['grammatical']);
  });

  it('near miss: another modal for the second limb is a change of force', () => {
    const v = variants('States should protect data, and oppose surveillance.', 'States should protect data and must oppose surveillance.');
    expect(v.map((x) => [x.type, x.direction])).toEqual([['modality', 'strengthened']]);
  });
});
