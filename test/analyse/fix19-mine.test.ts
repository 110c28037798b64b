/**
 * Session 19: my own fixes from the eighteenth session's leftovers.
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

describe('a subject replaced after an article, the verb and a possessive agreeing, is an actor change (trial 86 #4)', () => {
  it('"The Member States affirm their" → "The Government affirms its": actor, and the agreement as grammar', () => {
    expect(rows('The Member States affirm their commitment to an open internet.', 'The Government affirms its commitment to an open internet.')).toEqual([
      ['actor', null, 'Member States', 'Government'],
      ['grammatical', null, 'affirm', 'affirms'],
      ['grammatical', null, 'their', 'its'],
    ]);
  });
  it('without the possessive: "The Member States affirm the principles" → "The Government affirms the principles"', () => {
    expect(rows('The Member States affirm the principles.', 'The Government affirms the principles.')).toEqual([
      ['actor', null, 'Member States', 'Government'],
      ['grammatical', null, 'affirm', 'affirms'],
    ]);
  });
  it('near miss: a subject that names no party ("The data of the users support their claim") stays lexical', () => {
    const r = rows('The data of the users support their claim.', 'The records of the firm supports its claim.');
    expect(r.some((x) => x[0] === 'actor')).toBe(false);
  });
});
