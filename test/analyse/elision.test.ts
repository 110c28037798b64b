/**
 * An elision the witness marks with an ellipsis (classify/elision.ts, function-words.yaml
 * `ellipsis-marks`): an omission with no direction, not a condition dropped or a lexical change.
 * (From a new-user trial: an academic article quoting a convention with "[…]".)
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

const show = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading, v.direction ?? null]);

describe('elision marked by an ellipsis', () => {
  it('words of the base replaced by "[…]", "...", "…" or ". . ." are one omission with no direction', () => {
    const base = 'Parties shall cooperate in accordance with their national law to prevent attacks.';
    for (const mark of ['[…]', '...', '…', '. . .', '[...]']) {
      expect(show(base, `Parties shall cooperate ${mark} to prevent attacks.`)).toEqual([['omission', 'in accordance with their national law', mark, null]]);
    }
    expect(show('Parties shall transfer data to another Party or to an international organisation.', 'Parties shall transfer data to another Party […].')).toEqual([
      ['omission', 'or to an international organisation', '[…]', null],
    ]);
  });

  it('an elision of the base written out in the witness is an addition', () => {
    expect(show('Parties shall cooperate […] to prevent attacks.', 'Parties shall cooperate in accordance with their national law to prevent attacks.')).toEqual([
      ['addition', '[…]', 'in accordance with their national law', null],
    ]);
  });

  it('near misses: the same words dropped with no mark stay a condition dropped; a full stop is no ellipsis', () => {
    expect(show('Parties shall cooperate in accordance with their national law.', 'Parties shall cooperate.')[0][0]).not.toBe('omission');
    expect(show('Parties shall cooperate in accordance with their national law.', 'Parties shall cooperate.')[0][0]).toBe('qualifier-dropped');
    expect(show('States shall act now. Parties shall cooperate.', 'States shall act. Parties shall cooperate.')).toEqual([['omission', 'now', '', null]]);
  });
});
