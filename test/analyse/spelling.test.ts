import { describe, expect, it } from 'vitest';
import { spellingVariants } from '../../src/analyse/classify/spelling.js';
import { loadLexicons } from '../../src/analyse/lexicon.js';
import { types, variants } from './helpers.js';

const lex = loadLexicons();

describe('spelling', () => {
  it('labour → labor (listed pair)', () => {
    const vs = variants('the international division of labour', 'the international division of labor');
    expect(vs.map((v) => [v.type, v.class, v.base, v.reading])).toEqual([['spelling', 'accidental', 'labour', 'labor']]);
    expect(vs[0].explanation).toBe("spelling: 'labour' → 'labor'");
  });

  it('suffix rules: -isation, -ise, -our, -re, -ence', () => {
    expect(types('the organisation met', 'the organization met')).toEqual(['spelling']);
    expect(types('States should organise talks', 'States should organize talks')).toEqual(['spelling']);
    expect(types('a favourable climate', 'a favorable climate')).toEqual(['spelling']);
    expect(types('the data centre', 'the data center')).toEqual(['spelling']);
    expect(types('national defence', 'national defense')).toEqual(['spelling']);
  });

  it('listed pairs keep their inflection: programmes → programs', () => {
    expect(spellingVariants('programmes', 'programs', lex)).toBe(true);
    expect(spellingVariants('organisations', 'organizations', lex)).toBe(true);
  });

  it('near misses: short words, different words, inflection', () => {
    expect(spellingVariants('four', 'for', lex)).toBe(false);
    expect(spellingVariants('centre', 'centres', lex)).toBe(false);
    expect(spellingVariants('license', 'licensed', lex)).toBe(false);
    expect(types('the data centre', 'the data hub')).toEqual(['lexical']);
    expect(types('the developments', 'the development')).toEqual(['grammatical']);
  });
});
