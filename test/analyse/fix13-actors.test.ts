/**
 * Session 13 (fix13-e), from trials 58 and 61: a subject and modal in place of a list item's bare
 * "To", the speaker of a statement in place of the adopting body, an actor change inside a directive
 * turned into a prohibition, a modal inside a rewording, "shall not oblige" dropped, "and/or",
 * hyphenated ordinals, a long omission beside a short addition.
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** [type, direction, base, reading] of every variant. */
function rows(base: string, reading: string) {
  return variants(base, reading).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);
}

describe('a list item\'s bare "To" → a subject and a modal (trial 61 a2)', () => {
  it('"To respect" → "States must respect": modality strengthened, as with "They must"', () => {
    expect(rows('To respect the right to privacy;', 'States must respect the right to privacy;')).toEqual([['modality', 'strengthened', 'To', 'States must']]);
    expect(rows('To respect the right to privacy;', 'They must respect the right to privacy;')).toEqual([['modality', 'strengthened', 'To', 'They must']]);
  });
  it('other wordings: "Member States should", "Governments shall", a lower-case item after its mark', () => {
    expect(rows('To respect the right to privacy;', 'Member States should respect the right to privacy;')).toEqual([['modality', 'strengthened', 'To', 'Member States should']]);
    expect(rows('To review their legislation regularly;', 'Governments shall review their legislation regularly;')).toEqual([['modality', 'strengthened', 'To', 'Governments shall']]);
  });
  it('near misses: no modal ("States respect"), or a "to" inside a clause, stay words', () => {
    expect(rows('To respect the right to privacy;', 'States respect the right to privacy;')).toEqual([['lexical', null, 'To', 'States']]);
    expect(rows('States decided to respect the right to privacy;', 'States decided States must respect the right to privacy;').map((r) => r[0])).not.toContain('modality');
  });
});
