/**
 * Session 20 (trial 91 #4): the other party of a one-way act replaced by a reciprocal pronoun ("the
 * other State" → "each other") is one actor variant, the act made mutual.
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

const run = (base: string, reading: string) => variants(base, reading).map((v) => [v.type, v.base, v.reading]);

describe('"the other State" ↔ "each other"', () => {
  it('one actor variant, either direction', () => {
    expect(run('States should assist the other State in responding to incidents.', 'States should assist each other in responding to incidents.')).toEqual([['actor', 'the other State', 'each other']]);
    expect(run('The Parties should consult each other.', 'The Parties should consult the other Party.')).toEqual([['actor', 'each other', 'the other Party']]);
  });
  it('near misses: "each other Participant" is no reciprocal; another word for "other" stays lexical', () => {
    expect(run('States should assist the other Participant.', 'States should assist each other Participant.')).toEqual([['grammatical', 'the', 'each']]);
    expect(run('States should assist the other State.', 'States should assist the requesting State.')).toEqual([['lexical', 'other', 'requesting']]);
  });
});
