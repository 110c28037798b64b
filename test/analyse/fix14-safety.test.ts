/**
 * Problems found on an online safety code of practice (trial 63, session 14, helper b).
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

describe('a time limit replaced by another: the old link ("after") goes with the rewording (trial 63 #1)', () => {
  it('"as soon as reasonably practicable after becoming aware" → "within 24 hours of becoming aware": one lexical', () => {
    expect(rows('Providers must remove illegal content as soon as reasonably practicable after becoming aware of it.', 'Providers must remove illegal content within 24 hours of becoming aware of it.')).toEqual([
      ['lexical', null, 'as soon as reasonably practicable after', 'within 24 hours of'],
    ]);
  });
  it('another wording: "without delay after the incident" → "within 72 hours of the incident": no "after" left over', () => {
    const vs = rows('The operator shall notify the authority without delay after the incident.', 'The operator shall notify the authority within 72 hours of the incident.');
    expect(vs).toHaveLength(1);
    expect(vs[0].slice(0, 3)).toEqual(['lexical', null, 'without delay after']);
  });
  it('near miss: the starting point dropped with no new limit is still a time limit dropped', () => {
    expect(rows('Providers must remove illegal content as soon as reasonably practicable after becoming aware of it.', 'Providers must remove illegal content as soon as reasonably practicable.')).toEqual([
      ['qualifier-dropped', 'weakened', 'after becoming aware of it', ''],
    ]);
  });
});
