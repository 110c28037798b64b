/**
 * Session 19: merged clauses split among their units, and the actor of a clause (trials 92, 94, 95).
 */
import { describe, expect, it } from 'vitest';
import { analyse, loadLexicons, splitMerged } from '../../src/analyse/index.js';
import { tokenise } from '../../src/nlp/index.js';
import { clause, corpus, variants, witness } from './helpers.js';

const lex = loadLexicons();
/** The parts of a merged clause, one string per unit (tokens joined by spaces). */
const parts = (w: string, ...bs: string[]) => {
  const T = tokenise(w);
  return splitMerged(T, bs.map((b) => tokenise(b)), lex).map(([a, z]) => T.slice(a, z).map((t) => t.t).join(' '));
};
/** [unit, type, direction, base, reading] of the divergences of a witness that merges the base units. */
const merged = (units: string[], reading: string, tags = units.map((_, k) => `U${k + 1}`)) => {
  const b = witness('base', units.map((u, k) => clause(u, [`U${k + 1}`])));
  const w = witness('wit', [clause(reading, tags)]);
  return analyse(corpus([b, w])).divergences.filter((v) => v.witness === 'wit' && v.type !== 'merge').map((v) => [v.unit, v.type, v.direction ?? null, v.base, v.reading]);
};
/** [type, direction, base, reading] of every variant. */
const rows = (base: string, reading: string) => variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);

describe('a merge split: the determiner of the next unit\'s subject opens its part (trial 95 #1)', () => {
  const A = 'Records may be kept only where the holder ensures secure storage.';
  const B = 'Public bodies shall publish an annual list of the records they keep.';
  it('", and each Public body shall" → the cut before "and each"', () => {
    expect(parts('Records may be kept only where the holder ensures secure storage, and each public body shall publish an annual list of the records they keep.', A, B)).toEqual([
      'Records may be kept only where the holder ensures secure storage ,',
      'and each public body shall publish an annual list of the records they keep .',
    ]);
  });
  it('and in the report: the next unit reads as the sentence alone would, without the joining "and"', () => {
    // "The Contracting Parties" → "each Contracting Party": the actor change the sentence alone gives
    // (joint → several; a generic plural with no article, "Contracting Parties", is grammar since
    // session 20, as "States" → "Each State" is: fix20-actor.test.ts)
    const C = 'The Contracting Parties shall publish an annual list of the records they keep.';
    expect(rows(C, 'Each Contracting Party shall publish an annual list of the records they keep.')).toEqual([['actor', null, 'The Contracting Parties', 'Each Contracting Party']]);
    expect(merged([A, C], 'Records may be kept only where the holder ensures secure storage, and each Contracting Party shall publish an annual list of the records they keep.')).toEqual([
      ['U2', 'actor', null, 'The Contracting Parties', 'each Contracting Party'],
    ]);
    // a generic plural, "Public bodies" → "each public body": grammar, as alone ("each" added stays)
    expect(merged([A, B], 'Records may be kept only where the holder ensures secure storage, and each public body shall publish an annual list of the records they keep.')).toEqual([
      ['U2', 'grammatical', null, '', 'each'],
      ['U2', 'grammatical', null, 'bodies', 'body'],
    ]);
  });
  it('another quantifier: "every"', () => {
    expect(parts('Records may be kept only where the holder ensures secure storage, and every public body shall publish an annual list of the records they keep.', A, B)[1]).toBe(
      'and every public body shall publish an annual list of the records they keep .',
    );
  });
  it('near miss: no determiner, "and public bodies shall" splits as before with no variant', () => {
    expect(parts('Records may be kept only where the holder ensures secure storage, and public bodies shall publish an annual list of the records they keep.', A, B)).toEqual([
      'Records may be kept only where the holder ensures secure storage ,',
      'and public bodies shall publish an annual list of the records they keep .',
    ]);
    expect(merged([A, B], 'Records may be kept only where the holder ensures secure storage, and public bodies shall publish an annual list of the records they keep.')).toEqual([]);
  });
});

describe('a merge split does not fall inside a prepositional phrase moved to the end of the first part (trial 92 #3)', () => {
  const A = 'Operators shall, before the transfer, submit a notice to the agency.';
  const B = 'The agency shall review the notice within two months.';
  const W = 'Operators must submit a notice to the agency before the transfer, which must be reviewed within two months.';
  it('the cut at ", which", the phrase with the first unit', () => {
    expect(parts(W, A, B)).toEqual(['Operators must submit a notice to the agency before the transfer ,', 'which must be reviewed within two months .']);
  });
  it('and in the report: the time limit moved is a transposition, not a limit dropped and added', () => {
    const v = merged([A, B], W);
    expect(v.filter((x) => x[0] === 'U1')).toEqual([
      ['U1', 'modality', null, 'shall', 'must'],
      ['U1', 'transposition', null, ', before the transfer,', 'before the transfer'],
    ]);
    expect(v.some((x) => x[1] === 'qualifier-dropped' || x[1] === 'qualifier-added')).toBe(false);
  });
  it('near miss: the same without a merge is the same transposition', () => {
    expect(rows(A, 'Operators must submit a notice to the agency before the transfer.')).toEqual([
      ['modality', null, 'shall', 'must'],
      ['transposition', null, ', before the transfer,', 'before the transfer'],
    ]);
  });
  it('near miss: a phrase whose words are the next unit\'s keeps the cut', () => {
    expect(parts('Operators must submit a notice with the agency, which must review it within two months.', 'Operators shall submit a notice.', B)).toEqual([
      'Operators must submit a notice with',
      'the agency , which must review it within two months .',
    ]);
  });
});

describe('passive → active with the bearer named: a modal of the same force reworded is a modality of its own (trial 92 #7)', () => {
  it('"Records shall not be destroyed." → "Archivists must not destroy records.": the voice change, and shall not → must not with no direction', () => {
    expect(rows('Records shall not be destroyed early.', 'Archivists must not destroy records early.')).toEqual([
      ['actor', null, 'Records shall not be destroyed', 'Archivists must not destroy records'],
      ['modality', null, 'shall not', 'must not'],
    ]);
  });
  it('the other direction: "Archivists shall keep records." → "Records must be kept."', () => {
    expect(rows('Archivists shall keep the records.', 'The records must be kept.')).toEqual([
      ['actor', null, 'Archivists shall keep the records', 'The records must be kept'],
      ['modality', null, 'shall', 'must'],
    ]);
  });
  it('near miss: the same modal stays inside the one voice variant; another force keeps its direction', () => {
    expect(rows('Records shall not be destroyed early.', 'Archivists shall not destroy records early.')).toEqual([
      ['actor', null, 'Records shall not be destroyed', 'Archivists shall not destroy records'],
    ]);
    expect(rows('Records should be kept.', 'Archivists must keep records.')).toEqual([
      ['actor', null, 'Records should be kept', 'Archivists must keep records'],
      ['modality', 'strengthened', 'should', 'must'],
    ]);
  });
  it('near miss: the voice kept, "shall not be destroyed" → "must not be destroyed" is the modality alone', () => {
    expect(rows('Records shall not be destroyed early.', 'Records must not be destroyed early.')).toEqual([['modality', null, 'shall', 'must']]);
  });
});

describe('a personal pronoun of another person is an actor change, as a possessive is (trial 94 #4, actors.yaml `personal-pronouns`)', () => {
  it('"Members … where they are registered" → "We … where we are registered": they → we typed as their → our is', () => {
    expect(rows('Members will trade in markets where they are registered.', 'We will trade in markets where we are registered.')).toEqual([
      ['actor', null, 'Members', 'We'],
      ['actor', null, 'they', 'we'],
    ]);
    expect(rows('Members will protect their clients.', 'We will protect our clients.')).toEqual([
      ['actor', null, 'Members', 'We'],
      ['actor', null, 'their', 'our'],
    ]);
  });
  it('another wording: "if they can" → "if you can" after "Members" → "You"', () => {
    expect(rows('Members should vote if they can attend.', 'You should vote if you can attend.').filter((x) => x[0] === 'actor')).toEqual([
      ['actor', null, 'Members', 'You'],
      ['actor', null, 'they', 'you'],
    ]);
  });
  it('near miss: an object pronoun, "inform them" → "inform us", stays as it was', () => {
    expect(rows('Members will inform them.', 'Members will inform us.')).toEqual([['grammatical', null, 'them', 'us']]);
  });
  it('near miss: a pronoun of the same person, its number changed, stays grammar', () => {
    expect(rows('The Office will report when it is ready.', 'The Office will report when they are ready.')).toEqual([['grammatical', null, 'it is', 'they are']]);
  });
});
