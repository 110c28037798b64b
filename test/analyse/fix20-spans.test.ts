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
  it('", and will publish" → "and to publish": punctuation "," and grammatical "will" → "to"', () => {
    expect(tbr('Agencies will keep a register of permits, and will publish the register.', 'Agencies are to keep a register of permits and to publish the register.').slice(-2)).toEqual([
      ['punctuation', ',', ''],
      ['grammatical', 'will', 'to'],
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

describe('square brackets of a draft are one variant per pair, around a phrase or a whole clause, and say the text is bracketed (trial 96 #2)', () => {
  const base = 'Members shall not block the lawful trade of other Members.';
  it('a whole clause in brackets: one punctuation variant quoting the clause, explained as not agreed', () => {
    const v = variants(base, '[Members shall not block the lawful trade of other Members.]');
    expect(v.map((x) => [x.type, x.base, x.reading])).toEqual([['punctuation', base, `[${base}]`]]);
    expect(v[0].explanation).toContain('bracketed (not agreed)');
    expect(tbr(`[${base}]`, base)).toEqual([['punctuation', `[${base}]`, base]]);
  });
  it('a phrase in brackets: the same, one variant', () => {
    const v = variants('Members shall share data in line with their domestic rules.', 'Members shall share data [in line with their domestic rules].');
    expect(v.map((x) => [x.type, x.base, x.reading])).toEqual([['punctuation', 'in line with their domestic rules', '[in line with their domestic rules]']]);
    expect(v[0].explanation).toContain('bracketed (not agreed)');
  });
  it('the words in brackets count as read identically', async () => {
    const { analyseReadings } = await import('../../src/analyse/index.js');
    const r = analyseReadings(base, `[${base}]`);
    expect(r.identicalTokens).toBe(r.baseTokens);
  });
  it('near misses: round brackets stay as they were (a short phrase one variant "set apart", a whole clause two marks)', () => {
    const v = variants('Members shall share data in line with their domestic rules.', 'Members shall share data (in line with their domestic rules).');
    expect(v.map((x) => [x.type, x.base, x.reading])).toEqual([['punctuation', 'in line with their domestic rules', '(in line with their domestic rules)']]);
    expect(v[0].explanation).toContain('set apart');
    expect(tbr(base, `(${base})`)).toEqual([
      ['punctuation', '', '('],
      ['punctuation', '', ')'],
    ]);
  });
});

describe('a phrase set off by commas moved past a word is explained as moved, not as a list reordered (trial 96 #6)', () => {
  it('", where feasible, publish" → "publish, where feasible,": "moved: … now stands after …"', () => {
    const v = variants('Agencies should, where feasible, publish the annual data.', 'Agencies should publish, where feasible, the annual data.');
    expect(v.map((x) => x.type)).toEqual(['transposition']);
    expect(v[0].explanation).toBe("moved: ', where feasible,' now stands after 'publish'");
  });
  it('near miss: items joined by a coordinator are still a list reordered', () => {
    const v = variants('Operators shall inform the authority, the users and the public.', 'Operators shall inform the public, the authority and the users.');
    expect(v.map((x) => x.type)).toEqual(['transposition']);
    expect(v[0].explanation).toContain('the items of a list reordered');
  });
});

describe('a lexical change does not run across a word read alike into a variant of another kind (trial 101 #5)', () => {
  it('a word replaced, a word read alike, a number in words: lexical and spelling', () => {
    expect(tbr('Hosts shall delete customer records after 30 days.', 'Hosts shall delete client records after thirty days.')).toEqual([
      ['lexical', 'customer', 'client'],
      ['spelling', '30', 'thirty'],
    ]);
    expect(tbr('Carriers shall notify affected users within 48 hours.', 'Carriers shall notify affected customers within forty-eight hours.')).toEqual([
      ['lexical', 'users', 'customers'],
      ['spelling', '48', 'forty-eight'],
    ]);
  });
  it('a noun replaced and words dropped after the word read alike: lexical and omission', () => {
    expect(tbr('Banks shall retain all statements for a period of ten years.', 'Banks shall retain all records for ten years.')).toEqual([
      ['lexical', 'statements', 'records'],
      ['omission', 'a period of', ''],
    ]);
  });
  it('near misses: each change alone is as before; two rewordings across a word stay one lexical', () => {
    expect(tbr('Carriers shall notify affected users within 48 hours.', 'Carriers shall notify affected users within forty-eight hours.')).toEqual([['spelling', '48', 'forty-eight']]);
    expect(tbr('Banks shall retain all statements for a period of ten years.', 'Banks shall retain all statements for ten years.')).toEqual([['grammatical', 'a period of', '']]);
    expect(tbr('Hosts shall store user data in encrypted form.', 'Hosts shall keep customer information in secure form.')).toEqual([
      ['lexical', 'store user data in encrypted', 'keep customer information in secure'],
    ]);
  });
});

describe('a new wording with the old one quoted in brackets after it, "(previously within 72 hours)" (trial 101 #6)', () => {
  const tbrd = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading, v.direction ?? '']);
  it('the limit reworded in place, the bracketed old wording one addition, the words the bracket stood for dropped', () => {
    expect(tbrd('Lenders shall answer complaints within 15 days of receiving them.', 'Lenders shall answer complaints without undue delay (previously within 15 days).')).toEqual([
      ['lexical', 'within 15 days', 'without undue delay', 'weakened'],
      ['omission', 'of receiving them', '', ''],
      ['addition', '', '(previously within 15 days)', ''],
    ]);
  });
  it('no closing bracket is the reading of a lexical variant', () => {
    const v = variants('Lenders shall answer complaints within 15 days of receiving them.', 'Lenders shall answer complaints promptly (formerly within 15 days).');
    expect(v.filter((x) => x.reading === ')')).toEqual([]);
    expect(v.map((x) => x.reading)).toContain('(formerly within 15 days)');
  });
  it('near miss: words only set in brackets stay one punctuation variant', () => {
    expect(tbr('Lenders shall answer complaints within 15 days of receiving them.', 'Lenders shall answer complaints within 15 days (of receiving them).')).toEqual([
      ['punctuation', 'of receiving them', '(of receiving them)'],
    ]);
  });
});
