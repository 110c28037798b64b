/**
 * The only module that imports wink-nlp. Everything else sees `Token`s.
 *
 * The model is loaded once per process, on first use, and every text is read once: callers keep the
 * tokens and pass them from stage to stage.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import winkNLP from 'wink-nlp';
import { readPackageData } from '../data.js';
import type { Token } from '../types.js';

type Nlp = ReturnType<typeof winkNLP>;
type Model = Parameters<typeof winkNLP>[0];
let nlp: Nlp | undefined;
let stemmer: ((word: string) => string) | undefined;

function load(): Nlp {
  if (!nlp) {
    const model = loadModel();
    nlp = winkNLP(model, ['sbd', 'pos']);
    stemmer = (model as unknown as { addons: { stem(word: string): string } }).addons.stem;
  }
  return nlp;
}

const require = createRequire(import.meta.url);

/**
 * wink-eng-lite-web-model, assembled from its own files with a faster reader of its core data.
 *
 * The package's reader (`read-core-model.js`) deep-copies the 3 MB core JSON it has just parsed
 * (`JSON.parse(JSON.stringify(…))`, so that it could be read twice) and decodes its two base64
 * arrays one character at a time: a third of a `report` process's start-up. This reader parses the
 * file once, decodes with `Buffer`, and then does what the package's `read-core-model.js` and
 * `load-core-model.js` do, step for step (the feature hashes, the POS clusters, the sizes). The other
 * parts of the model are the package's own modules. Loaded lazily, so a command that never
 * tokenises never pays for it. If the package's layout is not the one this reader knows, the
 * package's own entry point is used (same tokens, only slower); test/nlp checks that both give
 * identical tokens.
 */
export function loadModel(): Model {
  try {
    return fastModel();
  } catch {
    return require('wink-eng-lite-web-model') as Model;
  }
}

/** The package's own model object (for the test that compares it with `loadModel`). */
export function packageModel(): Model {
  return require('wink-eng-lite-web-model') as Model;
}

interface CoreFeature {
  list: string[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}

interface CoreModel {
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<string, CoreFeature> & { posClusters: { list: unknown[] } };
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

function fastModel(): Model {
  const dir = dirname(require.resolve('wink-eng-lite-web-model'));
  const part = (file: string): unknown => require(join(dir, file));
  const model = Object.create(null) as Record<string, unknown>;
  model.core = () => readCore(join(dir, 'languages', 'cur', 'models', 'eng-core-web-model.json'));
  model.sbd = part('load-sbd-model.js');
  model.pos = part('load-pos-model.js');
  model.ner = part('load-ner-model.js');
  model.negation = part('load-negation-model.js');
  model.sa = part('load-sa-model.js');
  model.metaCER = part('load-cer-meta-model.js');
  model.featureFn = part('feature.js');
  const addons = Object.create(null) as Record<string, unknown>;
  addons.stem = part('porter-stemmer.js');
  addons.lemmatize = part('lemmatize.js');
  addons.readabilityStats = part('readability-stats.js');
  addons.wordVectors = undefined;
  model.addons = addons;
  for (const k of ['sbd', 'pos', 'ner', 'negation', 'sa', 'metaCER', 'featureFn'] as const) {
    if (typeof model[k] !== 'function') throw new Error(`wink-eng-lite-web-model: ${k} is not a function`);
  }
  if (typeof addons.stem !== 'function' || typeof addons.lemmatize !== 'function') throw new Error('wink-eng-lite-web-model: addons');
  return model as unknown as Model;
}

function uint32(base64: string): Uint32Array {
  const b = Buffer.from(base64, 'base64');
  // a copy: the Uint32Array needs its own 4-byte-aligned buffer
  return new Uint32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
}

/** The model's word list (its lexemes), kept by the fast reader; undefined with the package's own reader. */
let lexemes: Record<string, number> | undefined;
let lexemeCount = 0;

/**
 * Is the word in the model's lexicon (as written, in lower case)? Null when the lexicon is not at
 * hand (the model not loaded yet, or loaded by the package's own reader).
 */
export function knownWord(w: string): boolean | null {
  if (!lexemes) return null;
  // wink-nlp adds every new word it reads to the same table, after the model's own
  const known = (x: string) => (lexemes![x] ?? Infinity) < lexemeCount;
  return known(w) || known(w.toLowerCase());
}

/** Is the word in the model's lexicon? Loads the model when it is not loaded yet. */
export function isKnownWord(w: string): boolean {
  load();
  if (lexemes === undefined) tokenise('a');
  return knownWord(w) === true;
}

/**
 * The word → index table of a long list (the model's ~88,000 lexemes) as wink-nlp reads and writes
 * it (`hash[word]`, `hash[word] = index`), kept in a Map: filling a Map is about three times faster
 * than filling an object with as many keys, a third of the model's load time.
 */
function mapHash(list: readonly string[]): Record<string, number> {
  const m = new Map<string, number>();
  for (let k = 0; k < list.length; k++) m.set(list[k], k); // a word listed twice: the last index, as hashOf
  return new Proxy(Object.create(null) as Record<string, number>, {
    get: (_, key) => (typeof key === 'string' ? m.get(key) : undefined),
    set: (_, key, value: number) => {
      if (typeof key !== 'string') return false;
      m.set(key, value);
      return true;
    },
    has: (_, key) => typeof key === 'string' && m.has(key),
  });
}

/** read-core-model.js + load-core-model.js of wink-eng-lite-web-model, without the deep copy. */
function readCore(file: string): CoreModel {
  const model = JSON.parse(readFileSync(file, 'utf8')) as CoreModel;
  const { packing, features, pos } = model;
  if (typeof model.lexicon !== 'string' || typeof model.xpansions !== 'string' || !features.lexeme || !packing?.layout) {
    throw new Error('wink-eng-lite-web-model: unknown core model layout');
  }
  model.lexicon = uint32(model.lexicon);
  model.xpansions = uint32(model.xpansions);
  const hashOf = (list: readonly string[]) => {
    const hash = Object.create(null) as Record<string, number>;
    for (let k = 0; k < list.length; k++) hash[list[k]] = k;
    return hash;
  };
  for (const f in packing.layout) if (packing.layout[f][3] === 0) features[f].hash = hashOf(features[f].list);
  features.lexeme.hash = mapHash(features.lexeme.list);
  lexemes = features.lexeme.hash;
  lexemeCount = features.lexeme.list.length;
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k++) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  packing.efList = [];
  for (const f in packing.layout) {
    const l = packing.layout[f];
    if (l[3] === 0) {
      features[f].intrinsicSize = features[f].list.length;
      features[f].index = features[f].list.length;
      features[f].maxIndex = l[1] >>> l[2];
    }
    if (l[4] === 1) packing.efList.push(f);
  }
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  return model;
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

/**
 * Porter stem of a token's value (what wink-nlp's `its.stem` computes), memoised. Porter gives an
 * adjective and its adverb one stem ("effective", "effectively") but for an adjective in -y, whose
 * adverb is in -ily ("voluntary" → "voluntari", "voluntarily" → "voluntarili"): the adverb's "li"
 * is cut there too (words of seven letters or more, so that "family", "homily" keep theirs).
 */
function stemOf(value: string): string {
  let s = stemCache.get(value);
  if (s === undefined) {
    s = normalise(stemmer!(value));
    if (value.length >= 7 && s.endsWith('ili') && /ily$/i.test(value)) s = s.slice(0, -2);
    if (stemCache.size > CACHE_LIMIT) stemCache.clear();
    stemCache.set(value, s);
  }
  return s;
}

/** Porter stem of a word, as tokens have it (`Token.stem`); loads the model on first use. */
export function stemWord(word: string): string {
  if (!stemmer) loadModel();
  return stemOf(word);
}

function fold(t: string): string {
  return t
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .toLowerCase();
}

/**
 * Characters a reader never sees as letters, which the model would read as token breaks ("pro­hibit"
 * with a soft hyphen is read "pro", "­", "hibit"): soft hyphen, zero-width space, word joiner,
 * byte-order mark (not the zero-width joiners, which build emoji and the letters of some scripts); and the Latin ligatures of PDF text (U+FB00–FB06: "ﬁnal" is read "ﬁ",
 * "nal"). Such a text is read from a reading copy (invisible characters left out, ligatures spelt
 * in letters) and every token keeps the original's characters (`t`, `space`, offsets), its
 * normalised form and lemma those of the copy.
 */
const UNSEEN = /[\u00AD\u200B\u2060\uFEFF\uFB00-\uFB06]/u;

/** The reading copy of a text and, for each of its characters, the original's offset (one past the end too). */
function readingCopy(text: string): { copy: string; from: number[] } {
  let copy = '';
  const from: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (!UNSEEN.test(c)) {
      copy += c;
      from.push(i);
    } else if (c >= '\uFB00') {
      const letters = c.normalize('NFKC');
      copy += letters;
      for (let k = 0; k < letters.length; k++) from.push(i);
    }
  }
  from.push(text.length);
  return { copy, from };
}

/** Split text into tokens (with lemma, stem, POS and sentence index). Pure but for the model load. */
export function tokenise(text: string): Token[] {
  if (UNSEEN.test(text)) return tokeniseCopy(text);
  return tokeniseRead(text);
}

/** `tokenise` of a text with characters the model would misread: the copy's tokens, the original's characters. */
function tokeniseCopy(text: string): Token[] {
  const { copy, from } = readingCopy(text);
  const read = tokeniseRead(copy);
  let cursor = 0;
  return read.map((tok) => {
    const start = from[tok.start];
    // (the end: one past the original character of the copy's last character of the token)
    const end = tok.end > tok.start ? from[tok.end - 1] + 1 : start;
    const t = text.slice(start, end);
    const out: Token = { ...tok, t, start, end, space: text.slice(cursor, start) };
    cursor = end;
    return out;
  });
}

function tokeniseRead(text: string): Token[] {
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
      // (a lower-case prefix hyphened to a capitalised word, "non-State", "pro-Government", before a
      // noun modifies it as an adjective does: the model reads it as a name by its capital)
      pos: pos[i] === 'PROPN' && /^\p{Ll}+-\p{Lu}/u.test(t) && pos[i + 1] === 'NOUN' ? 'ADJ' : pos[i],
      punct: types[i] === 'punctuation' || pos[i] === 'PUNCT',
      start,
      end,
      space: text.slice(cursor, start),
      sentence: si,
    };
    cursor = end;
  }
  return splitFinalStop(joinOptionalPlurals(joinReferenceStops(tokens)), text);
}

/** Lists of the package's function-words.yaml read by the tokeniser, lower case, each read once. */
const functionWordLists = new Map<string, ReadonlySet<string>>();

/** A list of the package's function-words.yaml (`optional-plurals`, `number-abbreviations`) as a set, lower case. */
function functionWordList(key: string): ReadonlySet<string> {
  let set = functionWordLists.get(key);
  if (!set) {
    const fw = readPackageData<Record<string, unknown> | null>('function-words');
    const list = fw && Array.isArray(fw[key]) ? (fw[key] as unknown[]) : [];
    set = new Set(list.map((w) => String(w).toLowerCase()));
    functionWordLists.set(key, set);
  }
  return set;
}

/** function-words.yaml `optional-plurals` ("s", "es", "ies"): endings written in brackets glued to a noun. */
const optionalPlurals = (): ReadonlySet<string> => functionWordList('optional-plurals');

/**
 * A noun and the plural ending written in brackets right after it, with no space ("purpose(s)",
 * "party(ies)"): one token, the word as written, the noun's lemma, stem and part of speech, so that
 * "purposes" → "purpose(s)" reads as grammatical number. Linear.
 */
function joinOptionalPlurals(tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k];
    const open = tokens[k + 1];
    const end = tokens[k + 2];
    const close = tokens[k + 3];
    const glued = open && end && close && open.t === '(' && close.t === ')' && open.space === '' && end.space === '' && close.space === '';
    if (glued && !w.punct && /^\p{L}+$/u.test(w.t) && optionalPlurals().has(end.n) && end.sentence === w.sentence) {
      out ??= tokens.slice(0, k);
      const t = w.t + '(' + end.t + ')';
      out.push({ ...w, t, n: normalise(t), end: close.end });
      k += 3;
    } else if (out) out.push(w);
  }
  return out ?? tokens;
}

/** function-words.yaml `number-abbreviations` ("para", "art"): abbreviations a number follows. */
const abbreviations = (): ReadonlySet<string> => functionWordList('number-abbreviations');

/** Token k ends a sentence at the full stop of a reference's abbreviation before its number ("para." "4"). */
function referenceStop(tokens: readonly Token[], k: number): boolean {
  const stop = tokens[k - 1];
  const word = tokens[k - 2];
  return k >= 2 && stop.t === '.' && stop.space === '' && !word.punct && abbreviations().has(word.n) && /^\d/.test(tokens[k].t);
}

/**
 * The model ends a sentence at the full stop of an abbreviation it does not know before a number
 * ("(see para. 4)", "art. 5 of the Code"): no sentence end, the sentence goes on (the later
 * sentences renumbered). Linear.
 */
function joinReferenceStops(tokens: Token[]): Token[] {
  let shift = 0;
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k].sentence !== tokens[k - 1].sentence + shift && referenceStop(tokens, k)) shift++;
    if (shift) tokens[k].sentence -= shift;
  }
  return tokens;
}

/** A single capital letter or a Roman numeral with a full stop: "I.", "B.", "IV.". */
const LETTER_STOP = /^(?:\p{Lu}|[IVXLCDM]+)\.$/u;

/**
 * The model reads a capital letter and a full stop as one token, an initial ("J. Smith"); at the
 * very end of the text ("items listed in Annex I.") nothing follows for it to be an initial of:
 * the letter (or numeral) and the sentence's full stop, two tokens, as "Annex 1." or "Annex II."
 * are read.
 */
function splitFinalStop(tokens: Token[], text: string): Token[] {
  const last = tokens[tokens.length - 1];
  if (!last || !LETTER_STOP.test(last.t) || text.slice(last.end).trim() !== '') return tokens;
  const word = last.t.slice(0, -1);
  const letter: Token = { ...last, t: word, n: normalise(word), lemma: normalise(word), stem: stemOf(word), end: last.end - 1 };
  const stop: Token = { t: '.', n: '.', lemma: '.', stem: stemOf('.'), pos: 'PUNCT', punct: true, start: last.end - 1, end: last.end, space: '', sentence: last.sentence };
  tokens[tokens.length - 1] = letter;
  tokens.push(stop);
  return tokens;
}

/** Sentences of a text, original transcription, trimmed. */
export function sentences(text: string): string[] {
  if (text.trim() === '') return [];
  const doc = load().readDoc(text);
  const out: string[] = [];
  for (const s of (doc.sentences().out() as string[]).map((x) => x.trim()).filter((x) => x !== '')) {
    // (the full stop of a reference's abbreviation before its number ends none: joinReferenceStops)
    const prev = out.length ? /(?:^|[^\p{L}])(\p{L}+)\.$/u.exec(out[out.length - 1]) : null;
    if (prev && abbreviations().has(prev[1].toLowerCase()) && /^\d/.test(s)) out[out.length - 1] += ` ${s}`;
    else out.push(s);
  }
  return out;
}

/** Rebuild the original text of a token run (with the spaces between tokens, not before the first). */
export function textOf(tokens: readonly Token[]): string {
  if (tokens.length === 0) return '';
  let out = tokens[0].t;
  for (let i = 1; i < tokens.length; i++) out += tokens[i].space + tokens[i].t;
  return out;
}
