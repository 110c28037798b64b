import { describe, expect, it } from 'vitest';
import { types, variants } from './helpers.js';

describe('compound', () => {
  it('back doors → backdoors', () => {
    const vs = variants('providers should not install back doors in products', 'providers should not install backdoors in products');
    expect(vs.map((v) => [v.type, v.class, v.base, v.reading])).toEqual([['compound', 'accidental', 'back doors', 'backdoors']]);
    expect(vs[0].baseSpan).toEqual([4, 6]);
    expect(vs[0].readingSpan).toEqual([4, 5]);
  });

  it('hyphens: e-mail → email, cyber security → cyber-security', () => {
    expect(types('send an e-mail today', 'send an email today')).toEqual(['compound']);
    expect(types('cyber security matters', 'cyber-security matters')).toEqual(['compound']);
    expect(types('cyber security matters', 'cybersecurity matters')).toEqual(['compound']);
  });

  it('open compound against a closed plural: back door → backdoors', () => {
    expect(types('a back door in products', 'a backdoors in products')).toEqual(['compound']);
  });

  it('near misses: plurals alone are grammatical, other letters are lexical', () => {
    expect(types('product and service providers', 'products and services providers')).toEqual(['grammatical']);
    expect(types('install back doors now', 'install trapdoors now')).toEqual(['lexical']);
  });

  it('several hyphens dropped between aligned words make one compound variant, not one punctuation variant each', () => {
    const vs = variants('States should establish nuclear-weapon-free zones.', 'States should establish nuclear weapon free zones.');
    expect(vs.map((v) => [v.type, v.base, v.reading])).toEqual([['compound', 'nuclear-weapon-free', 'nuclear weapon free']]);
    expect(variants('States should establish nuclear weapon free zones.', 'States should establish nuclear-weapon-free zones.').map((v) => v.type)).toEqual(['compound']);
  });

  it('near misses: a spaced dash, or a hyphen next to a function word, is punctuation', () => {
    expect(types('States should ensure security - now.', 'States should ensure security now.')).toEqual(['punctuation']);
    expect(types('States should act now-and forever.', 'States should act now and forever.')).toEqual(['punctuation']);
  });
});

describe('compound: a spelling beside it is its own accidental', () => {
  it('"recognise that cross-border" → "recognize that cross- border": spelling + compound', () => {
    expect(variants('We recognise that cross-border data flows matter.', 'We recognize that cross- border data flows matter.').map((v) => [v.type, v.base, v.reading])).toEqual([
      ['spelling', 'recognise', 'recognize'],
      ['compound', 'cross-border', 'cross- border'],
    ]);
  });
});

describe('compound written out with function words', () => {
  const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('a hyphenated word and its parts with function words between them, both ways', () => {
    expect(brief('A report is due by end-2025.', 'A report is due by the end of 2025.')).toEqual([['compound', 'end-2025', 'the end of 2025']]);
    expect(brief('A report is due by the end of 2025.', 'A report is due by end-2025.')).toEqual([['compound', 'the end of 2025', 'end-2025']]);
  });
  it('the explanation says what changed: the hyphen alone, or function words between the parts', () => {
    const ex = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.explanation]);
    expect(ex('The Participants share an interest in countering malicious cyber activity.', 'The Participants share an interest in countering malicious cyber-activity.')).toEqual([
      ['compound', "compound written with a hyphen: 'cyber activity' → 'cyber-activity'"],
    ]);
    expect(ex('States shall facilitate cross-border data flows.', 'States shall facilitate cross border data flows.')).toEqual([['compound', "compound written without its hyphen: 'cross-border' → 'cross border'"]]);
    expect(ex('A report is due by end-2025.', 'A report is due by the end of 2025.')).toEqual([['compound', "compound written out with other function words: 'end-2025' → 'the end of 2025'"]]);
  });
  it('near misses: other words, or the parts in another order', () => {
    expect(brief('A report is due by end-2025.', 'A report is due by the middle of 2025.')[0][0]).not.toBe('compound');
    expect(brief('A State-led process.', 'A process led by the State.')[0][0]).not.toBe('compound');
  });
});

describe('compound: hyphens between the same words', () => {
  const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);
  it('"state of the art" → "state-of-the-art" and "up to date" → "up-to-date" are one compound each, both ways', () => {
    expect(brief('a state of the art system', 'a state-of-the-art system')).toEqual([['compound', 'state of the art', 'state-of-the-art']]);
    expect(brief('a state-of-the-art system', 'a state of the art system')).toEqual([['compound', 'state-of-the-art', 'state of the art']]);
    expect(brief('Personal data shall be kept up to date.', 'Personal data shall be kept up-to-date.')).toEqual([['compound', 'up to date', 'up-to-date']]);
  });
  it('near miss: a dash between two words that are no compound stays punctuation', () => {
    expect(types('States should act now-and forever.', 'States should act now and forever.')).toEqual(['punctuation']);
  });
});

describe('a piece that reads alike on both sides is no variant', () => {
  it('"shall be" → "must be" inside a rewording gives no "be" → "be"', () => {
    const vs = variants('The penalties provided for shall be effective, proportionate and dissuasive.', 'Fines will be set by each EU country and must be effective and dissuasive.');
    expect(vs.filter((v) => v.base === v.reading)).toEqual([]);
    // "shall" → "must": the same duty reworded (modality.yaml: both 5)
    expect(vs.some((v) => v.base.includes('shall') && v.reading.includes('must'))).toBe(true);
    expect(vs.filter((v) => v.type === 'modality').map((v) => v.direction ?? null)).toEqual([null]);
  });
});

describe('a compound written differently at the edge of a longer change', () => {
  const summary = (b: string, r: string) => variants(b, r).filter((v) => v.type !== 'actor').map((v) => `${v.type} ${v.base} → ${v.reading}`);

  it('the compound is its own variant, the words beside it another', () => {
    expect(summary('Signatories will invest in cybersecurity and insider-threat safeguards to protect unreleased model weights.', 'Companies will invest in cyber security to protect unreleased model weights.')).toEqual([
      'compound cybersecurity → cyber security',
      'omission and insider-threat safeguards → ',
    ]);
    expect(summary('Signatories will invest in cybersecurity and insider-threat safeguards to protect unreleased model weights.', 'Signatories will invest in cyber security safeguards to protect unreleased model weights.')).toEqual([
      'compound cybersecurity → cyber security',
      'omission and insider-threat → ',
    ]);
    expect(summary('States shall report every data breach and leak promptly.', 'States shall report every databreach promptly.')).toEqual(['compound data breach → databreach', 'omission and leak → ']);
    // at the end of the change
    expect(summary('States shall maintain physical and cyber security measures.', 'States shall maintain physical cybersecurity measures.')).toContain('compound cyber security → cybersecurity');
  });

  it('near misses: other letters, or the same words cut the same way, are no compound', () => {
    expect(summary('Signatories will invest in cybersecurity and insider-threat safeguards.', 'Signatories will invest in cyber defence safeguards.')).toEqual([
      'lexical cybersecurity and insider-threat → cyber defence',
    ]);
    expect(variants('States shall report every data breach and leak promptly.', 'States shall report every data leak promptly.').some((v) => v.type === 'compound')).toBe(false);
  });
});
