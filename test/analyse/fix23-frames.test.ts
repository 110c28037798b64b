/**
 * Session 23: frames of a prohibition and restricting phrases (trials 119 #2, 115 #6).
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

describe('a prohibition restated as a passive bar keeps its bearer apart (trial 119 #2)', () => {
  it('the party an actor change, the bar one modality over the frame', () => {
    expect(rows('You must not sell loot boxes to minors.', 'Retailers are barred from selling loot boxes to minors.')).toEqual([
      ['actor', null, 'You', 'Retailers'],
      ['modality', null, 'must not sell', 'are barred from selling'],
    ]);
  });
  it('the same when the sentence goes on after the object (no addressee read after a passive)', () => {
    expect(rows('You must not use dark patterns to keep users subscribed.', 'Platforms are prohibited from using dark patterns to keep users subscribed.')).toEqual([
      ['actor', null, 'You', 'Platforms'],
      ['modality', null, 'must not use', 'are prohibited from using'],
    ]);
  });
  it('an adverb in the passive frame goes with the frame, not with the party', () => {
    expect(rows('You must not sell loot boxes to minors.', 'Retailers are also barred from selling loot boxes to minors.')).toEqual([
      ['actor', null, 'You', 'Retailers'],
      ['modality', null, 'must not sell', 'are also barred from selling'],
    ]);
  });
  it('the other way round', () => {
    expect(rows('Retailers are barred from selling loot boxes to minors.', 'You must not sell loot boxes to minors.')).toEqual([
      ['actor', null, 'Retailers', 'You'],
      ['modality', null, 'are barred from selling', 'must not sell'],
    ]);
  });
  it('near miss: the modal kept, only the party changed, stays one actor change', () => {
    expect(rows('You must not sell loot boxes to minors.', 'Retailers must not sell loot boxes to minors.')).toEqual([['actor', null, 'You', 'Retailers']]);
  });
  it('near miss: a negated bar still grants a permission (grammatical)', () => {
    expect(rows('Nothing shall prevent a Party from adopting measures.', 'A Party may adopt measures.').map((x) => x[0])).toEqual(['grammatical']);
  });
});

describe('a bearer restricted to one party, reworded after its head, is no actor change (trial 115 #6)', () => {
  it('"single" before the head restated as "by itself" after it: one lexical, no direction', () => {
    expect(rows('No single company should set the rules for the sector.', 'No company by itself should set the rules for the sector.')).toEqual([
      ['lexical', null, 'single company', 'company by itself'],
    ]);
  });
  it('the other way round, and with "acting alone"', () => {
    expect(rows('No company by itself should set the rules for the sector.', 'No single company should set the rules for the sector.')).toEqual([
      ['lexical', null, 'company by itself', 'single company'],
    ]);
    expect(rows('No single company should set the rules for the sector.', 'No company acting alone should set the rules for the sector.')).toEqual([
      ['lexical', null, 'single company', 'company acting alone'],
    ]);
  });
  it('near miss: "single" dropped with nothing restating it stays an actor change', () => {
    expect(rows('No single company should set the rules for the sector.', 'No company should set the rules for the sector.')).toEqual([
      ['actor', null, 'single', ''],
    ]);
  });
  it('near miss: "alone" after the predicate is no part of the bearer', () => {
    expect(rows('No single company should set the rules for the sector.', 'No company should set the rules for the sector alone.').map((x) => x[0])).toContain('actor');
  });
});
