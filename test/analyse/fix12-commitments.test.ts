import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading] of each variant. */
const rows = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);

describe('a polarity flip between forces has a direction (negation.yaml force-flips)', () => {
  it('a ban turned into a permission is weakened, "will not" as "shall not"', () => {
    expect(rows('The two sides will not allow such vendors to supply their networks.', 'The two sides may allow such vendors to supply their networks.')).toEqual([['negation', 'weakened', 'will not', 'may']]);
    expect(rows('The parties shall not allow such vendors to supply their networks.', 'The parties may allow such vendors to supply their networks.')).toEqual([['negation', 'weakened', 'shall not', 'may']]);
    expect(rows('States must not deploy drones.', 'States may deploy drones.')).toEqual([['negation', 'weakened', 'must not', 'may']]);
  });
  it('the permission made a ban is strengthened; a duty lifted weakened', () => {
    expect(rows('States may deploy drones.', 'States may not deploy drones.')).toEqual([['negation', 'strengthened', '', 'not']]);
    expect(rows('A licence is required for exports.', 'A licence is not required for exports.')).toEqual([['negation', 'weakened', '', 'not']]);
  });
  it('near miss: an obligation against a prohibition binds as much, no direction', () => {
    expect(rows('States should deploy drones.', 'States should not deploy drones.')).toEqual([['negation', null, '', 'not']]);
    expect(rows('The two sides will not allow such vendors to supply their networks.', 'The two sides will allow such vendors to supply their networks.')).toEqual([['negation', null, 'not', '']]);
  });
});
