/**
 * Session 20 (trial 100 #5): a noun replaced by a noun, each with another preposition after it
 * before the same words, is two changes: the noun (lexical) and the preposition (grammar).
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

const run = (base: string, reading: string) => variants(base, reading).map((v) => [v.type, v.base, v.reading]);

describe('a noun and the preposition after it, both replaced', () => {
  it('"requests for assistance by other States" → "… help from other States": lexical + grammatical', () => {
    expect(run('States should respond to requests for assistance by other States.', 'States should respond to requests for help from other States.')).toEqual([
      ['lexical', 'assistance', 'help'],
      ['grammatical', 'by', 'from'],
    ]);
    expect(run('States should protect the data of users.', 'States should protect the information on users.')).toEqual([
      ['lexical', 'data', 'information'],
      ['grammatical', 'of', 'on'],
    ]);
  });
  it('near misses: a verb and its particle stay one change; the same preposition leaves one lexical', () => {
    expect(run('States should cooperate with other States.', 'States should work towards other States.')).toEqual([['lexical', 'cooperate with', 'work towards']]);
    expect(run('States should protect the data of users.', 'States should protect the information of users.')).toEqual([['lexical', 'data', 'information']]);
  });
});
