import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** type, base and reading of each variant, in order. */
const tbr = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);

describe('a noun written once after coordinated premodifiers stands for each of them (trial 96 #1)', () => {
  it('"an officer at county level and an officer at city level" → "a county-level and a city-level officer": no omission, no move', () => {
    expect(tbr('Regions shall appoint an officer at county level and an officer at city level.', 'Regions shall appoint a county-level and a city-level officer.')).toEqual([
      ['grammatical', 'an', 'a'],
      ['compound', 'county level', 'county-level'],
      ['grammatical', 'an', 'a'],
      ['grammatical', 'officer at', 'officer'],
      ['compound', 'city level', 'city-level'],
    ]);
    expect(tbr('Banks shall name a liaison desk at group level and a liaison desk at branch level.', 'Banks shall name a group-level and a branch-level liaison desk.')).toEqual([
      ['compound', 'group level', 'group-level'],
      ['grammatical', 'liaison desk at', 'liaison desk'],
      ['compound', 'branch level', 'branch-level'],
    ]);
  });
  it('near misses: a conjunct really dropped is an omission; another noun in the witness leaves the first noun omitted', () => {
    expect(tbr('Banks shall name a liaison desk at group level and a liaison desk at branch level.', 'Banks shall name a liaison desk at group level.')).toEqual([
      ['omission', 'and a liaison desk at branch level', ''],
    ]);
    expect(variants('Regions shall appoint an officer at county level and a clerk at city level.', 'Regions shall appoint a county-level and a city-level clerk.').some((v) => v.type === 'omission' && v.base === 'officer at')).toBe(true);
  });
});

describe('a comma dropped before a coordinator both sides read is its own variant beside the modal not repeated (trial 96 #3)', () => {
  it('", and shall publish" → "and to publish": punctuation "," and grammatical "shall" → "to"', () => {
    expect(tbr('Agencies shall keep a register of permits, and shall publish the register.', 'Agencies are to keep a register of permits and to publish the register.').slice(-2)).toEqual([
      ['punctuation', ',', ''],
      ['grammatical', 'shall', 'to'],
    ]);
    expect(tbr('Agencies should audit the accounts, and should publish them.', 'Agencies should audit the accounts and publish them.')).toEqual([
      ['punctuation', ',', ''],
      ['grammatical', 'should', ''],
    ]);
  });
  it('near miss: only the comma dropped is one punctuation variant', () => {
    expect(tbr('Agencies shall keep a register of permits, and shall publish the register.', 'Agencies shall keep a register of permits and shall publish the register.')).toEqual([['punctuation', ',', '']]);
  });
});
