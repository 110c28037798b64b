/**
 * Session 22: bearers restated, voice changes, acronyms (trials 109, 110, 112, 113).
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}
const types = (base: string, reading: string) => rows(base, reading).map((x) => x[0]);

describe('the speaker\'s "We" restated as a named party is one actor change whatever follows (trial 112 #4)', () => {
  it('a phrase after the head of the new subject, before a plain verb', () => {
    expect(rows('We endorse the new charter on research.', 'Senior officials from the alliance endorsed the new charter on research.')).toEqual([
      ['actor', null, 'We', 'Senior officials from the alliance'],
      ['grammatical', null, 'endorse', 'endorsed'],
    ]);
  });
  it('an adverb after the new subject is a change of its own', () => {
    expect(rows('We pledge to train local teachers.', 'The delegation also pledged to train local teachers.')).toEqual([
      ['actor', null, 'We', 'The delegation'],
      ['grammatical', null, '', 'also'],
      ['grammatical', null, 'pledge', 'pledged'],
    ]);
  });
  it('the commitment not kept: the subject still an actor change, the verbs on their own', () => {
    const r = rows('We pledge to train local teachers.', 'Officials considered ways to train local teachers.');
    expect(r[0]).toEqual(['actor', null, 'We', 'Officials']);
    expect(r.slice(1).map((x) => x[0])).not.toContain('actor');
  });
  it('near miss: the plain restatement stays an actor change', () => {
    expect(rows('We pledge to train local teachers.', 'The officials pledged to train local teachers.')).toEqual([
      ['actor', null, 'We', 'The officials'],
      ['grammatical', null, 'pledge', 'pledged'],
    ]);
  });
  it('near miss: a verb that reports an act and binds no one stays as it was (lexical)', () => {
    expect(rows('We gathered in Oslo.', 'The officials gathered in Oslo.')).toEqual([['lexical', null, 'We', 'The officials']]);
  });
});

describe('a passive naming another agent: the parties an actor change, the voice grammar (trial 109 #5)', () => {
  it('"The Members shall publish X" → "X shall be published by the Secretariat"', () => {
    expect(rows('The Members shall publish statistics on exports.', 'Statistics on exports shall be published by the Secretariat.')).toEqual([
      ['actor', null, 'The Members', 'the Secretariat'],
      ['grammatical', null, 'shall publish', 'shall be published by'],
    ]);
  });
  it('the object fronted past a parenthesis is no move of its own', () => {
    expect(types('The Members shall publish, without delay, statistics on exports.', 'Statistics on exports shall be published by the Members without delay.')).not.toContain('transposition');
  });
  it('near miss: the same agent stays one grammatical change', () => {
    expect(rows('The Members shall publish statistics on exports.', 'Statistics on exports shall be published by the Members.')).toEqual([
      ['grammatical', null, 'The Members shall publish', 'shall be published by the Members'],
    ]);
  });
  it('near miss: no agent stays one actor change (the bearer dropped)', () => {
    expect(rows('The Members shall publish statistics on exports.', 'Statistics on exports shall be published.')).toEqual([
      ['actor', null, 'The Members shall publish', 'shall be published'],
    ]);
  });
});

describe('a time limit between the modal and the verb of a duty turned passive is reported (trial 113 #3)', () => {
  it('"We will quickly inform patients" → "Patients will be informed"', () => {
    const r = rows('We will quickly inform patients.', 'Patients will be informed.');
    expect(r.map((x) => x[0])).toContain('actor');
    expect(r).toContainEqual(['qualifier-dropped', 'weakened', 'quickly', '']);
  });
  it('near miss: the adverb dropped alone', () => {
    expect(rows('We will quickly inform patients.', 'We will inform patients.')).toEqual([['qualifier-dropped', 'weakened', 'quickly', '']]);
  });
  it('near miss: the adverb kept in the passive is no variant', () => {
    expect(types('We will quickly inform patients.', 'Patients will quickly be informed.')).toEqual(['actor']);
  });
});

describe('a gerund put in the passive with its object as subject is grammar (trial 113 #8)', () => {
  it('"before transferring their records" → "before their records are transferred"', () => {
    expect(rows('We will inform patients before transferring their records.', 'Patients will be informed before their records are transferred.')).toContainEqual(['grammatical', null, 'transferring', 'are transferred']);
  });
  it('near miss: another verb stays a change of wording', () => {
    expect(types('Patients will be informed before transferring their records.', 'Patients will be informed before their records are moved.')).not.toContain('grammatical');
  });
});

describe('an acronym is paired with the words it stands for, not with a later mention of it (trial 110 #5)', () => {
  it('the expansion opens the change', () => {
    const r = rows('Agencies should improve resilience of critical information infrastructures and to address CII incidents quickly.', 'Agencies should improve resilience of CIIs.');
    expect(r[0]).toEqual(['spelling', null, 'critical information infrastructures', 'CIIs']);
    expect(r.some((x) => x[3] === 'CIIs' && x[0] !== 'spelling')).toBe(false);
  });
  it('near miss: the expansion alone stays one spelling', () => {
    expect(rows('Agencies should improve resilience of critical information infrastructure.', 'Agencies should improve resilience of CII.')).toEqual([
      ['spelling', null, 'critical information infrastructure', 'CII'],
    ]);
  });
});
