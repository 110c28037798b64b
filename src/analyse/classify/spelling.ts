/**
 * `spelling`: the same word in another spelling ("labour" → "labor", "organisation" →
 * "organization"), by the pairs and ending rules of lexicons/spelling.yaml.
 */
import type { Span, Token } from '../../types.js';
import { knownWord } from '../../nlp/index.js';
import { type Candidate, type Classifier, type Ctx, type Finding, alikeMap, change, finding, len, oriented, unclaimed } from '../context.js';
import { type Lexicons, squeezeForm } from '../lexicon.js';

const ruleCache = new WeakMap<Lexicons, RegExp[]>();

function rules(lex: Lexicons): RegExp[] {
  let r = ruleCache.get(lex);
  if (!r) {
    const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const endings = lex.spellingEndings.map(esc).join('|');
    r = lex.spellingRules.map((x) => new RegExp(`${esc(x.from)}(?=(?:${endings})?$)`));
    ruleCache.set(lex, r);
  }
  return r;
}

/** Rewrite a word with every spelling rule (British → American by default). */
export function spellingKey(w: string, lex: Lexicons): string {
  if (w.length < lex.spellingMinLength) return w;
  let keys = keyCache.get(lex);
  if (!keys) keyCache.set(lex, (keys = new Map()));
  let out = keys.get(w);
  if (out !== undefined) return out;
  const rs = rules(lex);
  out = w;
  for (let i = 0; i < rs.length; i++) out = out.replace(rs[i], lex.spellingRules[i].to);
  if (keys.size > 100_000) keys.clear();
  keys.set(w, out);
  return out;
}

/** Words repeat: each word's key is computed once per lexicon. */
const keyCache = new WeakMap<Lexicons, Map<string, string>>();

/** The letters of a word without diacritics and without dots or apostrophes ("Côte" → "cote", "U.N." → "un"). */
function bare(w: string): string {
  return w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[.'\u2019]/g, '');
}

/**
 * Is the word its own `bare` form: ASCII only (which NFD leaves as it is), without a dot or an
 * apostrophe? Two different such words never have the same bare form.
 */
function plainAscii(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c > 127 || c === 46 || c === 39) return false;
  }
  return true;
}

/** Are two different word forms spelling variants of one word? */
export function spellingVariants(a: string, b: string, lex: Lexicons): boolean {
  if (a === b) return false;
  if (lex.spellingPairs.get(a)?.has(b)) return true;
  // accents dropped or added ("Côte" → "Cote"), an abbreviation with or without its dots ("U.N." → "UN")
  // (two different plain words are two bare forms)
  if (!plainAscii(a) || !plainAscii(b)) {
    const ba = bare(a);
    if (ba !== '' && ba === bare(b) && /\p{L}/u.test(ba)) return true;
  }
  // listed pairs with the same inflection ("programmes"/"programs"), and words ending in "e" that
  // drop it before an ending that opens with a vowel ("practised"/"practiced" of [practise,
  // practice], "licencing"/"licensing" by the rule "ence" → "ense"); (both words end with an
  // ending only when they end with the same letter)
  const long = a.length >= lex.spellingMinLength && b.length >= lex.spellingMinLength;
  if (a.charCodeAt(a.length - 1) !== b.charCodeAt(b.length - 1)) return long && spellingKey(a, lex) === spellingKey(b, lex);
  for (const end of lex.spellingEndings) {
    if (!a.endsWith(end) || !b.endsWith(end)) continue;
    const sa = a.slice(0, a.length - end.length);
    const sb = b.slice(0, b.length - end.length);
    if (!sa || !sb) continue;
    if (lex.spellingPairs.get(sa)?.has(sb)) return true;
    if (!/^[aeiou]/.test(end) || sa.endsWith('e') || sb.endsWith('e')) continue;
    const ea = `${sa}e`;
    const eb = `${sb}e`;
    if (lex.spellingPairs.get(ea)?.has(eb) || (long && spellingKey(ea, lex) === spellingKey(eb, lex))) return true;
  }
  if (!long) return false;
  return spellingKey(a, lex) === spellingKey(b, lex);
}

export function tokenSpellingVariants(a: Token, b: Token, lex: Lexicons): boolean {
  return spellingVariants(a.n, b.n, lex);
}

/** A number in figures ("72", "1,000"). */
const NUMBER_FIGURES = /^\d{1,3}(?:,\d{3})+$|^\d+$/;

/**
 * The value of a run of tokens that writes one number, in figures ("72", "1,000") or in words
 * ("seventy-two", "one hundred and five"); null when the run is anything else.
 */
export function numberValue(tokens: readonly Token[], lex: Lexicons): number | null {
  return numberValueAt(tokens, 0, tokens.length, lex);
}

/** `numberValue` of the tokens a to b (not included). */
function numberValueAt(tokens: readonly Token[], a: number, b: number, lex: Lexicons): number | null {
  if (b <= a) return null;
  // a number written twice, in words and in figures in brackets ("thirty (30)", "30 (thirty)")
  if (b - a >= 4 && tokens[b - 1].punct) {
    const d = doubledNumberAt(tokens, a, lex);
    if (d && d.end === b) return d.value;
  }
  // figures in groups of three after a space ("10 000 000"), figures and a scale ("10 million")
  if (b - a >= 2 && FIGURE_START.test(tokens[a].t)) {
    const f = figureRunAt(tokens, a, lex);
    if (f && f.end === b) return f.value;
  }
  return plainNumberAt(tokens, a, b, lex);
}

const FIGURE_START = /^\d/;
const GROUP_HEAD = /^\d{1,3}$/;
const GROUP = /^\d{3}$/;
const DECIMAL = /^\d+\.\d+$/;

/**
 * A number written in figures over more than one token from token a: groups of three figures after a
 * space as the thousands separator ("10 000 000"; spelling.yaml), or figures before a scale word
 * ("10 million", "1.5 billion"): its value and the index past it; else null.
 */
export function figureRunAt(tokens: readonly Token[], a: number, lex: Lexicons): { value: number; end: number } | null {
  const t = tokens[a];
  if (!t || !FIGURE_START.test(t.t)) return null;
  let k = a + 1;
  if (GROUP_HEAD.test(t.t)) {
    let digits = t.t;
    while (k < tokens.length && GROUP.test(tokens[k].t)) digits += tokens[k++].t;
    if (k > a + 1) return { value: Number(digits), end: k };
  }
  const base = NUMBER_FIGURES.test(t.t) ? Number(t.t.replace(/,/g, '')) : DECIMAL.test(t.t) ? Number(t.t) : null;
  if (base === null) return null;
  let value = base;
  k = a + 1;
  while (k < tokens.length) {
    const w = lex.numberWords.get(tokens[k].n);
    if (!w || w.role !== 'scale') break;
    value *= w.value;
    k++;
  }
  return k > a + 1 ? { value, end: k } : null;
}

/** Most tokens of one half of a doubled number ("one hundred and twenty"). */
const DOUBLED_HALF_MAX = 6;

/**
 * A number written twice from token a, once more in brackets ("thirty (30)", "30 (thirty)", "ten
 * [10]"; the brackets are function-words.yaml `parenthetical-marks` whose two marks differ), the
 * two halves of the same value: that value and the index one past the closing bracket; else null.
 */
function doubledNumberAt(tokens: readonly Token[], a: number, lex: Lexicons): { value: number; end: number } | null {
  const t0 = tokens[a];
  if (!t0 || t0.punct || (!lex.numberWords.has(t0.n) && !NUMBER_FIGURES.test(t0.t))) return null;
  let p = a + 1;
  const opening = (t: Token) => t.punct && lex.parentheticalMarks.has(t.t) && lex.parentheticalMarks.get(t.t) !== t.t;
  while (p < tokens.length && p - a <= DOUBLED_HALF_MAX && !opening(tokens[p])) p++;
  // (a bracket glued to the figure before it cites a part: "Article 5(5)" is no number written twice)
  if (p >= tokens.length || !opening(tokens[p]) || tokens[p].space === '') return null;
  const close = lex.parentheticalMarks.get(tokens[p].t)!;
  let z = p + 1;
  while (z < tokens.length && z - p <= DOUBLED_HALF_MAX + 1 && tokens[z].t !== close) z++;
  if (z >= tokens.length || tokens[z].t !== close || z === p + 1) return null;
  const v = plainNumberAt(tokens, a, p, lex);
  return v !== null && v === plainNumberAt(tokens, p + 1, z, lex) ? { value: v, end: z + 1 } : null;
}

/**
 * The number written twice whose bracket is token j ("thirty (30)" with j at "("), its first half
 * beginning at or after token `from` (the earliest such start: "one hundred (100)", not "hundred
 * (100)"): its span; or null.
 */
export function doubledNumberBefore(tokens: readonly Token[], j: number, from: number, lex: Lexicons): Span | null {
  for (let a = Math.max(from, j - DOUBLED_HALF_MAX, 0); a < j; a++) {
    const d = doubledNumberAt(tokens, a, lex);
    if (d && d.end > j) return [a, d.end];
  }
  return null;
}

/** A number in words or in figures, written once. */
function plainNumberAt(tokens: readonly Token[], a: number, b: number, lex: Lexicons): number | null {
  if (b <= a) return null;
  if (b - a === 1 && NUMBER_FIGURES.test(tokens[a].t)) return Number(tokens[a].t.replace(/,/g, ''));
  let total = 0;
  let current = 0;
  let words = 0;
  for (let i = a; i < b; i++) {
    const n = tokens[i].n;
    const w = lex.numberWords.get(n);
    if (!w) {
      // a joiner only between two number words
      if (!lex.numberJoiners.has(n) || i === a || i === b - 1) return null;
      continue;
    }
    words++;
    if (w.role === 'scale') {
      if (w.value === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * w.value;
        current = 0;
      }
    } else current += w.value;
  }
  return words > 0 ? total + current : null;
}

/**
 * Two written forms of one word or phrase listed together in spelling.yaml `forms` ("per cent" →
 * "%", "e.g." → "for example"), told apart from the same form (a compound or a case change).
 */
export function sameWrittenForm(B: readonly Token[], R: readonly Token[], lex: Lexicons): boolean {
  return sameWrittenFormAt(B, [0, B.length], R, [0, R.length], lex);
}

/** `sameWrittenForm` of the spans b of B and r of R. */
function sameWrittenFormAt(B: readonly Token[], b: Span, R: readonly Token[], r: Span, lex: Lexicons): boolean {
  if (len(b) === 0 || len(r) === 0 || len(b) > 5 || len(r) > 5 || lex.writtenForms.size === 0) return false;
  const pre = formPrefixes(lex);
  if (!mayBeForm(B, b, pre) || !mayBeForm(R, r, pre)) return false;
  const x = squeezeForm(words(B, b));
  const y = squeezeForm(words(R, r));
  if (x === y) return false;
  const g = lex.writtenForms.get(x);
  return g !== undefined && g === lex.writtenForms.get(y);
}

/** The normalised forms of a span, space-joined. */
function words(T: readonly Token[], s: Span): string {
  let out = T[s[0]].n;
  for (let i = s[0] + 1; i < s[1]; i++) out += ` ${T[i].n}`;
  return out;
}

/** The beginnings (one letter or more) of the written forms (spelling.yaml `forms`), squeezed, by lexicon. */
const formPrefixCache = new WeakMap<Lexicons, Set<string>>();

function formPrefixes(lex: Lexicons): Set<string> {
  let pre = formPrefixCache.get(lex);
  if (!pre) {
    pre = new Set();
    for (const f of lex.writtenForms.keys()) for (let k = 1; k <= f.length; k++) pre.add(f.slice(0, k));
    formPrefixCache.set(lex, pre);
  }
  return pre;
}

/**
 * Can the tokens of the span be a written form: does their squeezed text begin with the beginning of one?
 * The squeezed text begins with the squeezed first token that keeps a letter; false only when
 * that token, in ASCII (lower-cased letter by letter), begins no form. (A cheap test before the
 * phrase is built.)
 */
function mayBeForm(T: readonly Token[], s: Span, pre: ReadonlySet<string>): boolean {
  for (let k = s[0]; k < s[1]; k++) {
    const n = T[k].n;
    let plain = true;
    let kept = false;
    for (let i = 0; i < n.length; i++) {
      const c = n.charCodeAt(i);
      if (c > 127) return true;
      if (c === 46 || c === 32 || (c >= 9 && c <= 13)) plain = false;
      else {
        kept = true;
        if (c >= 65 && c <= 90) plain = false;
      }
    }
    if (kept) return pre.has(plain ? n : squeezeForm(n));
  }
  return true;
}

/**
 * A number and the written form after it, both written otherwise ("two per cent" → "2%", "ten
 * per cent" → "10 percent"): the same value, then the same form (spelling.yaml `forms`) or the
 * same words.
 */
function numberAndForm(B: readonly Token[], b: Span, R: readonly Token[], r: Span, lex: Lexicons): boolean {
  // (a run that writes a number begins with a number word or a figure)
  const opens = (T: readonly Token[], s: Span) => len(s) > 1 && (lex.numberWords.has(T[s[0]].n) || NUMBER_FIGURES.test(T[s[0]].t));
  if (!opens(B, b) || !opens(R, r)) return false;
  // the value of each beginning that writes a number, by where the rest begins
  const splits = (T: readonly Token[], s: Span) => {
    const out: { value: number; at: number }[] = [];
    for (let k = s[0] + 1; k < s[1]; k++) {
      const v = numberValueAt(T, s[0], k, lex);
      if (v !== null) out.push({ value: v, at: k });
    }
    return out;
  };
  const sameRest = (x: Span, y: Span) => {
    if (len(x) === len(y)) {
      let same = true;
      for (let k = 0; k < len(x) && same; k++) same = B[x[0] + k].n === R[y[0] + k].n;
      if (same) return true;
    }
    return sameWrittenFormAt(B, x, R, y, lex);
  };
  for (const x of splits(B, b)) for (const y of splits(R, r)) if (x.value === y.value && sameRest([x.at, b[1]], [y.at, r[1]])) return true;
  return false;
}

/**
 * An acronym against the words it stands for ("MS" → "Member States", "R&D" → "research and
 * development", "NGOs" → "non-governmental organisations"): its capitals are the initials of every
 * word, or of every word but the function words, or of every part of the hyphenated words.
 */
export function acronymOf(short: readonly Token[], long: readonly Token[], lex: Lexicons, flexible = false): boolean {
  const word = acronymWord(short);
  // (flexible: function words may be read or skipped, each on its own, "United Nations Convention on
  // the Law of the Sea" for "UNCLOS": only where the text itself defines the acronym, see
  // `acronymDefinedClaim`; the name may then be longer, up to 8 content words)
  const max = flexible ? 16 : 8;
  if (word === null || long.length < 2 || long.length > max) return false;
  if (flexible && long.filter((t) => !t.punct && !lex.functionWords.has(t.n)).length > 8) return false;
  const c0 = word.charCodeAt(0);
  if ((c0 < 65 || c0 > 90) && (c0 < 49 || c0 > 57)) return false; // (a capital first, or a figure: "3PAO")
  const letters = acronymLetters(word);
  if (letters === null) return false;
  return initialsFit(letters, long.filter((t) => !t.punct).map((t) => t.n), (w) => lex.functionWords.has(w), (w) => lex.acronymNumbers.get(w) ?? null, flexible);
}

/**
 * The word of an acronym's tokens: one token, or a figure and the capitals written on to it, which
 * the tokeniser cuts apart ("3PAO" → "3" "PAO"); else null.
 */
function acronymWord(short: readonly Token[]): string | null {
  if (short.length === 1) return short[0].t;
  if (short.length === 2 && /^[1-9]$/.test(short[0].t) && short[1].space === '' && /^[A-Z]/.test(short[1].t)) return short[0].t + short[1].t;
  return null;
}

/**
 * The letters an acronym stands for, lower case ("CERTs" → "cert", "R&D" → "rd", "3PAO" → "3pao"),
 * or null when the word is no acronym. Figures (1–9) only with two capitals at least.
 */
export function acronymLetters(word: string): string | null {
  const m = /^([A-Z1-9][A-Z1-9&]{1,7})s?$/.exec(word);
  if (!m || (m[1].match(/[A-Z]/g)?.length ?? 0) < 2) return null;
  return m[1].replace(/&/g, '').toLowerCase();
}

/**
 * Are `letters` (acronymLetters) the initials of these words (normalised, no punctuation): of every
 * word, or of every word but the function words, or of every part of the hyphenated words? A figure
 * stands for a number word of that value (`numberWord`: "3PAO", "Third Party …") or for as many
 * words with the letter before it ("W3C": "World Wide Web Consortium"). Also used by the clause
 * aligner (src/align/clauses.ts), which reads an acronym as its expansion.
 */
export function initialsFit(letters: string, words: readonly string[], functionWord: (w: string) => boolean, numberWord: (w: string) => number | null = () => null, flexible = false): boolean {
  if (words.length < 2 || words.some((w) => !/^[\p{L}\d]/u.test(w))) return false;
  const fits = (ws: readonly string[]) => {
    const at = (i: number, j: number): boolean => {
      if (i === letters.length) return j === ws.length;
      if (j >= ws.length) return false;
      const ch = letters[i];
      if (ch >= '1' && ch <= '9') {
        const d = ch.charCodeAt(0) - 48;
        if (numberWord(ws[j]) === d && at(i + 1, j + 1)) return true;
        // (the letter before it, for d words in all: one read already)
        const prev = letters[i - 1];
        if (!prev || prev < 'a' || j + d - 1 > ws.length) return false;
        for (let k = 0; k < d - 1; k++) if (ws[j + k][0] !== prev) return false;
        return at(i + 1, j + d - 1);
      }
      if (ws[j][0] === ch && at(i + 1, j + 1)) return true;
      // (flexible: a function word skipped, "Law of the Sea" → "LOS" reads "of" and skips "the")
      return flexible && functionWord(ws[j]) && at(i, j + 1);
    };
    return ws.length > 1 && at(0, 0);
  };
  const content = words.filter((w) => !functionWord(w));
  return [words, content, words.flatMap((w) => w.split('-')), content.flatMap((w) => w.split('-'))].some(fits);
}

/**
 * An acronym whose capitals are the initials of the words it replaces plus one or two more at its
 * start or end ("emergency response teams" → "CERTs", the C for a word the other side does not read):
 * the acronym names those words and a little more, one rewording over the whole run, never a word
 * replaced beside the others dropped.
 */
export function acronymCovers(short: readonly Token[], long: readonly Token[], lex: Lexicons): boolean {
  const word = acronymWord(short);
  if (word === null || long.length < 2 || long.length > 8 || !/^[A-Z]/.test(word)) return false;
  const letters = acronymLetters(word);
  if (letters === null) return false;
  const words = long.filter((t) => !t.punct).map((t) => t.n);
  const fn = (w: string) => lex.functionWords.has(w);
  for (let k = 1; k <= 2 && letters.length - k >= 2; k++) {
    if (initialsFit(letters.slice(k), words, fn) || initialsFit(letters.slice(0, -k), words, fn)) return true;
  }
  return false;
}

/** `acronymOf` of the span s of S and the span l of L (sliced only when s can be an acronym). */
function acronymAt(S: readonly Token[], s: Span, L: readonly Token[], l: Span, lex: Lexicons): boolean {
  if (len(s) < 1 || len(s) > 2 || len(l) < 2 || len(l) > 8) return false;
  const c0 = S[s[0]].t.charCodeAt(0);
  if ((c0 < 65 || c0 > 90) && (c0 < 49 || c0 > 57)) return false; // (a capital first, or a figure)
  return acronymOf(S.slice(s[0], s[1]), L.slice(l[0], l[1]), lex);
}

/**
 * A contracted form ("will not" → "won't", "cannot" → "can't", "do not" → "don't"): the same
 * lemmas one for one, written otherwise, with an apostrophe on one side.
 */
export function contracted(B: readonly Token[], R: readonly Token[]): boolean {
  return contractedAt(B, [0, B.length], R, [0, R.length]);
}

/** `contracted` of the spans b of B and r of R. */
function contractedAt(B: readonly Token[], b: Span, R: readonly Token[], r: Span): boolean {
  if (len(b) === 0 || len(b) !== len(r)) return false;
  let differs = false;
  let apostrophe = false;
  for (let k = 0; k < len(b); k++) {
    const x = B[b[0] + k];
    const y = R[r[0] + k];
    if (x.lemma !== y.lemma) return false;
    if (x.n !== y.n) differs = true;
    if (/['\u2019]/.test(x.n) || /['\u2019]/.test(y.n)) apostrophe = true;
  }
  return differs && apostrophe;
}

/**
 * A word shortened with a mark ("int'l" → "international", "gov't" → "government", "dept." →
 * "department", "approx." → "approximately"): the short form, with an apostrophe in it or a dot
 * after it (its own, or the next token), keeps the word's first letter and its letters in order,
 * and is either the word's beginning or ends with the word's last letter.
 */
export function shortenedOf(short: readonly Token[], long: readonly Token[], next: Token | undefined, lex?: Lexicons): boolean {
  return shortenedAt(short, [0, short.length], long, [0, long.length], next, lex);
}

/**
 * `shortenedOf` of the span sh of S (the short form) and the span lo of L. A listed clipped form
 * (spelling.yaml `clipped`: "info", "intl") needs no mark; the long word may be an adverb in -ly of
 * the word shortened ("int'l" for "internationally").
 */
function shortenedAt(S: readonly Token[], sh: Span, L: readonly Token[], lo: Span, next: Token | undefined, lex?: Lexicons): boolean {
  if (len(lo) !== 1 || len(sh) === 0 || len(sh) > 2) return false;
  const w = L[lo[0]].n;
  const s0 = S[sh[0]].n;
  const dotted = len(sh) === 2 ? S[sh[0] + 1].n === '.' : s0.endsWith('.') || next?.n === '.';
  const listed = len(sh) === 1 && lex !== undefined && lex.clipped.has(s0);
  if (!dotted && !listed && !s0.includes("'") && !s0.includes('\u2019')) return false;
  const s = s0.replace(/['\u2019.]/g, '');
  if (s.length < 2 || w.length <= s.length + 1 || !/^\p{L}+$/u.test(s) || !/^\p{L}+$/u.test(w) || s[0] !== w[0]) return false;
  // a word in its own right before a full stop ("upon request." / "if requested") is no short form
  if (!listed && !/['\u2019]/.test(s0) && knownWord(s) === true) return false;
  const fits = (x: string) => {
    let k = 0;
    for (let i = 0; i < x.length && k < s.length; i++) if (x[i] === s[k]) k++;
    return k === s.length && (x.startsWith(s) || x[x.length - 1] === s[s.length - 1]);
  };
  // (the adverb of the word shortened: "int'l" for "internationally", "intl" for "internationally")
  return fits(w) || (w.endsWith('ly') && w.length - 2 > s.length + 1 && fits(w.slice(0, -2)));
}

/**
 * The day a run of tokens writes ("1 January 2021", "January 1, 2021", "the 1st of January"), as
 * "year-month-day" (year empty when not given); null when the run is anything else.
 */
export function dateKey(tokens: readonly Token[], lex: Lexicons): string | null {
  let day: number | null = null;
  let month: number | null = null;
  let year: string | null = null;
  for (const t of tokens) {
    const n = t.n;
    if (t.punct) {
      if (n === ',' || n === '.') continue;
      return null;
    }
    const m = lex.months.get(n) ?? lex.months.get(n.replace(/\.$/, ''));
    if (m !== undefined && month === null) {
      month = m;
      continue;
    }
    if (n === 'of' || n === 'the') continue;
    const d = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(n);
    if (d && day === null && Number(d[1]) >= 1 && Number(d[1]) <= 31) {
      day = Number(d[1]);
      continue;
    }
    if (/^\d{4}$/.test(n) && year === null) {
      year = n;
      continue;
    }
    return null;
  }
  return month !== null && day !== null ? `${year ?? ''}-${month}-${day}` : null;
}

/** Does the span hold a figure (a date's day)? */
function hasDigit(tokens: readonly Token[], s: readonly [number, number]): boolean {
  for (let i = s[0]; i < s[1]; i++) {
    const c = tokens[i].n.charCodeAt(0);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** The tokens of a span with the month names and years just around it (the rest of its date). */
function dateRun(tokens: readonly Token[], s: readonly [number, number], lex: Lexicons): Token[] {
  const part = (t: Token | undefined) => !!t && (lex.months.has(t.n) || /^\d{4}$/.test(t.n) || t.n === ',');
  let a = s[0];
  let b = s[1];
  while (a > 0 && s[0] - a < 2 && part(tokens[a - 1])) a--;
  while (b < tokens.length && b - s[1] < 2 && part(tokens[b])) b++;
  return tokens.slice(a, b);
}

/** One insertion, deletion, substitution or swap of two neighbouring letters apart (Damerau–Levenshtein 1)? */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (a.length === b.length) {
    if (sameTail(a, i + 1, b, i + 1)) return true; // substitution
    return i + 1 < a.length && a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i) && sameTail(a, i + 2, b, i + 2); // swap
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return sameTail(long, i + 1, short, i);
}

/** Is `x` from `i` on the same as `y` from `j` on (`x.slice(i) === y.slice(j)`, without the slices)? */
function sameTail(x: string, i: number, y: string, j: number): boolean {
  if (x.length - i !== y.length - j) return false;
  for (; i < x.length; i++, j++) if (x.charCodeAt(i) !== y.charCodeAt(j)) return false;
  return true;
}

/**
 * A typing error: two words one edit apart (a letter added, dropped, changed or swapped:
 * "obtain" → "obtian"), at least `min-length` letters, with different lemmas, of which
 * exactly one is a word the language model knows (by form or lemma). Two known words one letter
 * apart ("prescribe" / "proscribe") are different words; a letter added at the end is left to the
 * grammar ("State" / "States").
 */
export function typo(a: Token, b: Token, lex: Lexicons): boolean {
  if (a.punct || b.punct || a.n.length < lex.spellingMinLength || b.n.length < lex.spellingMinLength || a.lemma === b.lemma) return false;
  if (misread(a.n, lex) === b.n || misread(b.n, lex) === a.n) return knownOne(a, b);
  // (the cheap tests first: one edit apart needs lengths at most one apart)
  if (a.n.length - b.n.length > 1 || b.n.length - a.n.length > 1) return false;
  if (a.n.startsWith(b.n) || b.n.startsWith(a.n) || !oneEditApart(a.n, b.n)) return false;
  if (!/^\p{L}+$/u.test(a.n) || !/^\p{L}+$/u.test(b.n)) return false;
  return knownOne(a, b);
}

/** Is exactly one of the two a word the language model knows (by form or lemma)? */
function knownOne(a: Token, b: Token): boolean {
  const ka = knownWord(a.n) || knownWord(a.lemma);
  const kb = knownWord(b.n) || knownWord(b.lemma);
  if (ka === null || kb === null) return false;
  return ka !== kb;
}

/** A word with its misread characters (spelling.yaml `misread`) read as letters, when it has letters. */
export function misread(w: string, lex: Lexicons): string {
  const ms = lex.misread;
  // (a word with none of the characters is read as it is: that test first, the letter test after)
  let k = 0;
  while (k < ms.length && !w.includes(ms[k].from)) k++;
  if (k === ms.length || !/\p{L}/u.test(w)) return w;
  let out = w;
  for (; k < ms.length; k++) if (out.includes(ms[k].from)) out = out.split(ms[k].from).join(ms[k].to);
  return out;
}

/**
 * An acronym against a longer change that ends (or begins) with the words it stands for ("For the
 * purposes of this Law, critical information infrastructure" → "CII"): cut there, so the words the
 * acronym writes are a spelling and the rest is classified on its own (an omission).
 */
function splitAcronym(c: Candidate, ctx: Ctx): Candidate[] | null {
  return splitShortened(c, ctx) ?? splitAcronymOnly(c, ctx);
}

/**
 * A word shortened ("int'l", "dept.", a listed clipped form) against a longer change holding the one
 * word it shortens ("in an international legal framework" → "in int'l framework"): cut there, so the
 * short form is a spelling of that word and the words around it are judged on their own (the
 * article dropped, grammar; "legal" dropped, an omission), not one lexical change over them all.
 */
function splitShortened(c: Candidate, ctx: Ctx): Candidate[] | null {
  let short: 'b' | 'r' | null = null;
  const shortLen = (s: Span, T: readonly Token[]) => len(s) === 1 || (len(s) === 2 && T[s[0] + 1].n === '.');
  if (shortLen(c.r, ctx.reading.tokens) && len(c.b) > 1) short = 'r';
  else if (shortLen(c.b, ctx.base.tokens) && len(c.r) > 1) short = 'b';
  if (!short) return null;
  const [L, lo, S, sh] = short === 'r' ? [ctx.base.tokens, c.b, ctx.reading.tokens, c.r] : [ctx.reading.tokens, c.r, ctx.base.tokens, c.b];
  if (len(lo) <= len(sh) || len(lo) > 4) return null;
  // (a phrase of its own, set off by a mark, is no run of words around the short form)
  for (let i = lo[0]; i < lo[1]; i++) if (L[i].punct) return null;
  let at = -1;
  for (let i = lo[0]; i < lo[1]; i++) {
    if (L[i].punct || !shortenedAt(S, sh, L, [i, i + 1], S[sh[1]], ctx.lex)) continue;
    if (at >= 0) return null; // (two words it could shorten: no cut)
    at = i;
  }
  if (at < 0) return null;
  const pieces: Candidate[] = [];
  const pair = (b: Span, r: Span): Candidate => (short === 'r' ? { b, r } : { b: r, r: b });
  if (at > lo[0]) pieces.push(pair([lo[0], at], [sh[0], sh[0]]));
  pieces.push(pair([at, at + 1], sh));
  if (at + 1 < lo[1]) pieces.push(pair([at + 1, lo[1]], [sh[1], sh[1]]));
  return pieces;
}

function splitAcronymOnly(c: Candidate, ctx: Ctx): Candidate[] | null {
  const one = (s: Span) => len(s) === 1;
  let short: 'b' | 'r' | null = null;
  if (one(c.r) && len(c.b) > 2) short = 'r';
  else if (one(c.b) && len(c.r) > 2) short = 'b';
  if (!short) return null;
  const [longSide, longSpan, shortSide, shortSpan] = short === 'r' ? [ctx.base, c.b, ctx.reading, c.r] : [ctx.reading, c.r, ctx.base, c.b];
  const acr = shortSide.tokens.slice(shortSpan[0], shortSpan[1]);
  const T = longSide.tokens;
  for (let n = Math.min(8, len(longSpan) - 1); n >= 2; n--) {
    // the words at the end, then at the start, of the longer side
    for (const [a, z] of [[longSpan[1] - n, longSpan[1]], [longSpan[0], longSpan[0] + n]] as const) {
      // (the words run from a word of the name to a word of the name: not "… intelligence by the")
      const edge = (t: Token) => t.punct || ctx.lex.functionWords.has(t.n);
      if (edge(T[a]) || edge(T[z - 1]) || !acronymOf(acr, T.slice(a, z), ctx.lex)) continue;
      const atEnd = z === longSpan[1];
      // a content word right against the name may belong to what the acronym names ("artificial
      // intelligence systems" → "AI"): no cut
      const next = atEnd ? T[a - 1] : T[z];
      if (next && !next.punct && !ctx.lex.functionWords.has(next.n)) continue;
      const rest: Span = atEnd ? [longSpan[0], a] : [z, longSpan[1]];
      const words: Span = [a, z];
      const restAt = atEnd ? shortSpan[0] : shortSpan[1];
      const pieces: Candidate[] = short === 'r'
        ? [{ b: words, r: shortSpan }, { b: rest, r: [restAt, restAt] }]
        : [{ b: shortSpan, r: words }, { b: [restAt, restAt], r: rest }];
      return atEnd ? [pieces[1], pieces[0]] : pieces;
    }
  }
  return null;
}

/**
 * A name defined with its acronym in brackets on one side ("the United Nations Convention on the Law
 * of the Sea (UNCLOS)") and the acronym alone on the other ("UNCLOS"): the same referent written
 * otherwise, one `spelling` variant over the name, its brackets and the acronym — not the name's
 * words dropped (as an omission, or a standard or condition dropped when a preposition before it
 * opens one: "consistent with", "under") and the brackets as punctuation. The acronym (one or two
 * tokens) between a pair of brackets (function-words.yaml `parenthetical-marks`) is read alike on
 * both sides; the words before the opening bracket that the other side does not read, back to the
 * first word it reads (at most 16 tokens, no clause punctuation), and the two brackets are on one
 * side only; the acronym's capitals are the initials of those words, function words read or skipped
 * ("UNCLOS": United Nations Convention [on the] Law Of [the] Sea). Claims the tokens.
 */
function acronymDefinedClaim(ctx: Ctx): Finding[] {
  const out: Finding[] = [];
  for (const fromBase of [true, false]) {
    const [X, Y] = oriented(fromBase, ctx.base, ctx.reading);
    const [clX, clY] = oriented(fromBase, ctx.claimedB, ctx.claimedR);
    const T = X.tokens;
    const alike = alikeMap(ctx, fromBase);
    for (let a = 1; a < T.length; a++) {
      const close = ctx.lex.parentheticalMarks.get(T[a].t);
      if (close === undefined || close === T[a].t || alike[a] >= 0 || clX[a]) continue;
      let z = a + 1;
      while (z < T.length && z - a <= 3 && T[z].t !== close) z++;
      if (z >= T.length || T[z].t !== close || z === a + 1 || z - a > 3 || alike[z] >= 0 || clX[z]) continue;
      // the acronym read alike, word for word, on the other side
      let ok = true;
      for (let k = a + 1; k < z && ok; k++) ok = alike[k] >= 0 && (k === a + 1 || alike[k] === alike[k - 1] + 1) && !clX[k] && !clY[alike[k]];
      if (!ok) continue;
      // the name: the words before the bracket the other side does not read
      let x = a;
      while (x > 0 && a - x < 16 && alike[x - 1] < 0 && !clX[x - 1] && !T[x - 1].punct && T[x - 1].sentence === T[a].sentence) x--;
      if (a - x < 2 || !acronymOf(T.slice(a + 1, z), T.slice(x, a), ctx.lex, true)) continue;
      // (the name alone: the first word of the run opens it, a function word only as its determiner)
      const whole: Span = [x, z + 1];
      const acr: Span = [alike[a + 1], alike[z - 1] + 1];
      clX.fill(1, x, z + 1);
      clY.fill(1, acr[0], acr[1]);
      const c: Candidate = fromBase ? { b: whole, r: acr } : { b: acr, r: whole };
      const t = `'${T.slice(x, z + 1).map((u, k) => (k > 0 ? u.space : '') + u.t).join('')}'`;
      const ac = `'${T.slice(a + 1, z).map((u, k) => (k > 0 ? u.space : '') + u.t).join('')}'`;
      out.push(finding(c, 'spelling', fromBase ? `written as the acronym alone: ${t} → ${ac} (the same name, defined by its acronym in brackets)` : `the acronym spelt out: ${ac} → ${t} (the same name, with its acronym in brackets)`));
      a = z;
    }
  }
  return out;
}

/** The claim of `acronymDefinedClaim`, run before the qualifier phrases take the name's words. */
/**
 * An acronym against a longer change that opens (or ends) with the words it stands for, taken before
 * the phrase-aware passes ("the use of information and communications technologies and to prevent
 * ICT practices …" → "the use of ICTs"): the acronym is those words written otherwise, a spelling,
 * and the rest of the change is judged on its own, not paired with the acronym as a phrase reworded
 * (splitAcronym, as a claim: the words and the acronym taken, the rest left to the other passes).
 */
function acronymInChange(ctx: Ctx): Finding[] {
  const out: Finding[] = [];
  for (const op of ctx.ops) {
    if (op.op !== 'replace') continue;
    const pieces = splitAcronymOnly({ b: op.baseSpan, r: op.readingSpan }, ctx);
    if (!pieces) continue;
    const c = pieces.find((p) => len(p.b) > 0 && len(p.r) > 0);
    if (!c || !unclaimed(ctx.claimedB, c.b) || !unclaimed(ctx.claimedR, c.r)) continue;
    ctx.claimedB.fill(1, c.b[0], c.b[1]);
    ctx.claimedR.fill(1, c.r[0], c.r[1]);
    out.push(finding(c, 'spelling', `acronym: ${change(ctx, c)} (the words it stands for, the rest of the change judged on its own)`));
  }
  return out;
}

export const acronymDefined: Classifier = { name: 'acronym-defined', claim: (ctx) => [...acronymDefinedClaim(ctx), ...acronymInChange(ctx)] };

export const spelling: Classifier = {
  name: 'spelling',
  split: splitAcronym,
  classify(c, ctx) {
    if (len(c.b) === 0 || len(c.r) === 0) return null;
    const B = ctx.base.tokens;
    const R = ctx.reading.tokens;
    // a number in words against the same number in figures ("seventy-two" → "72")
    const nb = numberValueAt(B, c.b[0], c.b[1], ctx.lex);
    if (nb !== null && nb === numberValueAt(R, c.r[0], c.r[1], ctx.lex)) {
      return finding(c, 'spelling', `number written differently: ${change(ctx, c)}`);
    }
    if (contractedAt(B, c.b, R, c.r)) return finding(c, 'spelling', `contracted form: ${change(ctx, c)}`);
    if (len(c.b) <= 5 && len(c.r) <= 5 && sameWrittenFormAt(B, c.b, R, c.r, ctx.lex)) return finding(c, 'spelling', `written form: ${change(ctx, c)}`);
    if (len(c.b) <= 6 && len(c.r) <= 6 && numberAndForm(B, c.b, R, c.r, ctx.lex)) return finding(c, 'spelling', `number and its unit written differently: ${change(ctx, c)}`);
    if (
      acronymAt(B, c.b, R, c.r, ctx.lex) || acronymAt(R, c.r, B, c.b, ctx.lex)
      || shortenedAt(R, c.r, B, c.b, R[c.r[1]], ctx.lex) || shortenedAt(B, c.b, R, c.r, B[c.b[1]], ctx.lex)
    ) {
      return finding(c, 'spelling', `abbreviation: ${change(ctx, c)}`);
    }
    // the same day in another convention ("1 January" → "January 1,"; "1" → "the 1st of" before "January")
    if (hasDigit(B, c.b) && hasDigit(R, c.r)) {
      const date = dateKey(dateRun(B, c.b, ctx.lex), ctx.lex);
      if (date !== null && date === dateKey(dateRun(R, c.r, ctx.lex), ctx.lex)) {
        return finding(c, 'spelling', `date written differently: ${change(ctx, c)}`);
      }
    }
    if (len(c.b) !== len(c.r)) return null;
    let any = false;
    let typing = false;
    let scanning = false;
    for (let k = 0; k < len(c.b); k++) {
      const x = B[c.b[0] + k];
      const y = R[c.r[0] + k];
      if (x.n === y.n) continue;
      if (!tokenSpellingVariants(x, y, ctx.lex)) {
        if (!typo(x, y, ctx.lex)) return null;
        if (misread(x.n, ctx.lex) === y.n || misread(y.n, ctx.lex) === x.n) scanning = true;
        else typing = true;
      }
      any = true;
    }
    if (!any) return null;
    const why = typing ? ' (probably a typing error, one letter off)' : scanning ? ' (probably misread by a scanner or a typist: a figure or letters taken for a letter)' : '';
    return finding(c, 'spelling', `spelling${why}: ${change(ctx, c)}`);
  },
};

/**
 * A part of a cited provision in brackets glued to the number before it ("3(1)", "5(2)(a)", "12(b)"):
 * the index past its last closing bracket when token j opens one; or -1.
 */
export function citedPartEnd(T: readonly Token[], j: number): number {
  let k = j;
  while (k + 2 < T.length && T[k].t === '(' && T[k].space === '' && /^(?:\d{1,3}|[a-z]{1,4})$/i.test(T[k + 1].t) && T[k + 2].t === ')' && /\d|\)/.test(T[k - 1]?.t ?? '')) k += 3;
  return k > j ? k : -1;
}
