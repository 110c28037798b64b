/**
 * The only module that imports wink-nlp. Everything else sees `Token`s.
 *
 * The model is loaded once per process, on first use (about 150 ms), and every text is read once:
 * callers keep the tokens and pass them from stage to stage.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Token } from '../types.js';

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;

function load(): Nlp {
  if (!nlp) nlp = winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

/**
 * Fold the typographic variants that never distinguish readings: curly quotes, primes and
 * dashes, compatibility forms (NFKC), case.
 */
export function normalise(t: string): string {
  let n = normalCache.get(t);
  if (n === undefined) {
    n = fold(t);
    if (normalCache.size > CACHE_LIMIT) normalCache.clear();
    normalCache.set(t, n);
  }
  return n;
}

// Texts repeat their words: normalising and stemming each distinct word once halves tokenising time.
const CACHE_LIMIT = 200_000;
const normalCache = new Map<string, string>();
const stemCache = new Map<string, string>();
const stemmer = (model as unknown as { addons: { stem(word: string): string } }).addons.stem;

/** Porter stem of a token's value (what wink-nlp's `its.stem` computes), memoised. */
function stemOf(value: string): string {
  let s = stemCache.get(value);
  if (s === undefined) {
    s = normalise(stemmer(value));
    if (stemCache.size > CACHE_LIMIT) stemCache.clear();
    stemCache.set(value, s);
  }
  return s;
}

function fold(t: string): string {
  return t
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .toLowerCase();
}

/** Split text into tokens (with lemma, stem, POS and sentence index). Pure but for the model load. */
export function tokenise(text: string): Token[] {
  if (text.trim() === '') return [];
  const n = load();
  const its = n.its;
  const doc = n.readDoc(text);
  const all = doc.tokens();
  const values = all.out(its.value) as string[];
  const types = all.out(its.type) as string[];
  const pos = all.out(its.pos) as string[];
  const lemmas = all.out(its.lemma as never) as string[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const tokens: Token[] = new Array(values.length);
  let cursor = 0;
  let si = 0;
  for (let i = 0; i < values.length; i++) {
    while (si < spans.length - 1 && i > spans[si][1]) si++;
    const t = values[i];
    let start = text.indexOf(t, cursor);
    if (start < 0) start = cursor; // wink-nlp never rewrites the value, but stay total
    const end = start + t.length;
    tokens[i] = {
      t,
      n: normalise(t),
      lemma: normalise(lemmas[i]),
      stem: stemOf(t),
      pos: pos[i],
      punct: types[i] === 'punctuation' || pos[i] === 'PUNCT',
      start,
      end,
      space: text.slice(cursor, start),
      sentence: si,
    };
    cursor = end;
  }
  return tokens;
}

/** Sentences of a text, original transcription, trimmed. */
export function sentences(text: string): string[] {
  if (text.trim() === '') return [];
  const doc = load().readDoc(text);
  return (doc.sentences().out() as string[]).map((s) => s.trim()).filter((s) => s !== '');
}

/** Rebuild the original text of a token run (with the spaces between tokens, not before the first). */
export function textOf(tokens: readonly Token[]): string {
  if (tokens.length === 0) return '';
  let out = tokens[0].t;
  for (let i = 1; i < tokens.length; i++) out += tokens[i].space + tokens[i].t;
  return out;
}
