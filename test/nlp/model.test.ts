/**
 * The adapter assembles wink-eng-lite-web-model with its own faster reader of the core data
 * (src/nlp/index.ts): it must read every text exactly as the package's own entry point does.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import { describe, expect, it } from 'vitest';
import { loadModel, packageModel, tokenise } from '../../src/nlp/index.js';

const TEXTS = [
  'States should encourage companies to abide by laws and regulations of the State where they operate.',
  "All countries shouldn't require their companies to comply with local laws; e.g. the U.S.A. & the E.U. won't.",
  'It is 3.5 per cent, not 72% — “quoted” and ‘single’… (a) labour; (b) labor-intensive, co-operation!',
  'Mr. Wang Yi said: "We call on all States to respond to data security risks." Then he left.',
  'Seventy-two Member States, 1 January 2020; IV. Finally, ICT products and services\u2019 supply chains.',
];

function corpusTexts(): string[] {
  const dir = join(__dirname, '..', '..', 'corpus', 'witnesses');
  return readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
}

describe('the model as the adapter loads it', () => {
  it('is not the package entry point, but reads every text identically to it', () => {
    const mine = winkNLP(loadModel(), ['sbd', 'pos']);
    const theirs = winkNLP(packageModel(), ['sbd', 'pos']);
    expect(loadModel()).not.toBe(packageModel());
    const its = mine.its;
    const dump = (n: typeof mine, text: string) => {
      const doc = n.readDoc(text);
      const t = doc.tokens();
      return [t.out(its.value), t.out(its.type), t.out(its.pos), t.out(its.lemma as never), t.out(its.stem as never), t.out(its.shape), doc.sentences().out(its.span)];
    };
    for (const text of [...TEXTS, ...corpusTexts()]) expect(dump(mine, text)).toEqual(dump(theirs, text));
  });
});

describe('stems', () => {
  const stem = (w: string) => tokenise(w)[0].stem;
  it('an adjective in -y and its adverb in -ily share a stem, as "effective" and "effectively" do in Porter', () => {
    expect(stem('voluntarily')).toBe(stem('voluntary'));
    expect(stem('necessarily')).toBe(stem('necessary'));
    expect(stem('effectively')).toBe(stem('effective'));
  });
  it('near miss: a short word in -ily keeps its Porter stem', () => {
    expect(stem('family')).toBe('famili');
    expect(stem('family')).not.toBe(stem('familiar'));
  });
});
