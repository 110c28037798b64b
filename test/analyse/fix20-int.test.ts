/**
 * Session 20, found while merging the fix branches: a negator after modal alternatives in brackets
 * negates the auxiliary as after a plain one ("[should][must] not allow" is a prohibition), so a
 * qualifier dropped beside it keeps the direction it has on a prohibition.
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

const run = (base: string, reading: string) => variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);

describe('modal alternatives in brackets before a negator', () => {
  it('"should not knowingly allow" → "[should][must] not allow": the intent dropped, strengthened', () => {
    expect(run('States should not knowingly allow their territory to be used for wrongful acts.', 'States [should][must] not allow their territory to be used for wrongful acts.')).toContainEqual(['qualifier-dropped', 'strengthened', 'knowingly', '']);
  });
  it('near miss: the negator gone after the brackets is a negation change', () => {
    expect(run('States should not allow their territory to be used for wrongful acts.', 'States [should][must] allow their territory to be used for wrongful acts.').map((d) => d[0])).toContain('negation');
  });
});
