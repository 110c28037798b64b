/**
 * Stance: the position a text takes on something ("condemns", "expresses concern about", "notes",
 * "welcomes", "supports"), on the signed scale of lexicons/stance.yaml.
 *
 * - One stance expression for another: `lexical` with a direction when the strength changes on
 *   one side of the scale ("condemns" → "expresses concern about": weakened; "notes" →
 *   "welcomes": strengthened), `negation` when approval becomes disapproval or the reverse,
 *   `lexical` without direction for another wording of the same strength.
 * - An intensifier dropped or added beside a stance expression ("strongly condemns" →
 *   "condemns"): an omission or addition, weakened or strengthened.
 *
 * Only a change made of the stance words (with intensifiers and function words) is judged here;
 * anything else in it is left to the other classifiers. Listed single-word antonyms ("support" →
 * "oppose") are found first by the negation classifier.
 */
import type { Direction, Span, Token } from '../../types.js';
import { type Candidate, type Classifier, type Ctx, type Finding, alikeMap, change, finding, len, q, text } from '../context.js';
import type { Lexicons, StanceEntry } from '../lexicon.js';
import type { Side } from '../side.js';

/** A stance expression found in a side. */
export interface StanceMatch {
  entry: StanceEntry;
  /** Tokens of the expression, intensifiers between its words included. */
  words: Span;
  /** The expression with the one-word intensifiers just before it. */
  extent: Span;
  /** Intensifiers counted for it: before it, between its words, and phrases later in its sentence. */
  intensifiers: number;
}

function isIntensifier(t: Token, lex: Lexicons): boolean {
  return !t.punct && (lex.stance.intensifiers.has(t.n) || lex.stance.intensifiers.has(t.lemma));
}

/** Length of the intensifier phrase ("in the strongest terms") starting at token i, or 0. */
function intensifierPhraseAt(tokens: readonly Token[], i: number, lex: Lexicons): number {
  for (const p of lex.stance.intensifierPhrases) {
    if (i + p.length > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < p.length && ok; k++) ok = tokens[i + k].n === p[k] && tokens[i + k].sentence === tokens[i].sentence;
    if (ok) return p.length;
  }
  return 0;
}

function wordMatches(t: Token, w: string): boolean {
  return t.lemma === w || t.n === w;
}

/** Word classes that may follow a resolution's opening verb (its object), as in side.ts. */
const OBJECT_POS = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM']);

/**
 * A resolution's paragraph opens with its stance verb, which the tagger may read as a plural name
 * ("Notes the increase …", "Notes with concern that …": PROPN "notes"): the token's forms without
 * the "-s" / "-es" when it opens its sentence (past the adverbs that may lead it, "Also notes"),
 * capitalised and not read as a verb; else none.
 */
function openingForms(tokens: readonly Token[], i: number, lex: Lexicons): string[] {
  const t = tokens[i];
  if (t.pos === 'VERB' || t.n.length <= 3 || !t.n.endsWith('s')) return [];
  let k = i;
  while (k > 0 && k > i - 3 && tokens[k - 1].sentence === t.sentence && lex.directiveAdverbs.has(tokens[k - 1].n)) k--;
  for (let x = k - 1; x >= 0 && tokens[x].sentence === t.sentence; x--) if (!tokens[x].punct) return [];
  if (!/^\p{Lu}/u.test(tokens[k].t)) return [];
  return t.n.endsWith('es') ? [t.n.slice(0, -1), t.n.slice(0, -2)] : [t.n.slice(0, -1)];
}

/**
 * Per lexicons: the forms an opening verb read as a plural name may take, a stance expression's
 * first word with "-s" or "-es" (those `openingForms` can lead back to an expression).
 */
const openingPlurals = new WeakMap<Lexicons, Set<string>>();

function openingPluralsOf(lex: Lexicons): Set<string> {
  let set = openingPlurals.get(lex);
  if (!set) {
    set = new Set<string>();
    for (const f of lex.stance.expressions.keys()) set.add(f + 's').add(f + 'es');
    openingPlurals.set(lex, set);
  }
  return set;
}

/** The stance expression starting at token i, or null. */
export function stanceAt(side: Side, i: number, lex: Lexicons): StanceMatch | null {
  const tokens = side.tokens;
  const t = tokens[i];
  const expressions = lex.stance.expressions;
  // no expression starts with the word nor, read as an opening verb, with its form without "-s"
  if (!expressions.has(t.lemma) && (t.n === t.lemma || !expressions.has(t.n)) && (t.n.charCodeAt(t.n.length - 1) !== 115 || !openingPluralsOf(lex).has(t.n))) return null;
  const byLemma = lex.stance.expressions.get(t.lemma);
  const byForm = t.n !== t.lemma ? lex.stance.expressions.get(t.n) : undefined;
  let opening: string | null = null;
  let entries = byLemma && byForm ? [...byLemma, ...byForm] : byLemma ?? byForm;
  if (!entries) {
    for (const f of openingForms(tokens, i, lex)) {
      entries = lex.stance.expressions.get(f);
      if (entries) {
        opening = f;
        break;
      }
    }
  }
  if (!entries) return null;
  for (const e of entries) {
    // a single word must be read as a verb or a predicate adjective ("support" the noun, "the
    // concerned authorities" are no stance); an opening verb read as a name must take an object
    // or a "that" clause ("Notes the increase", not "Notes to the accounts")
    if (e.words.length === 1) {
      const next = tokens[i + 1];
      if (opening !== null) {
        if (!next || next.sentence !== t.sentence || !(OBJECT_POS.has(next.pos) || next.n === 'that')) continue;
      } else {
        if (t.pos !== 'VERB' && t.pos !== 'ADJ') continue;
        if (t.pos === 'ADJ' && next && (next.pos === 'NOUN' || next.pos === 'PROPN')) continue;
      }
    }
    let j = i;
    let k = 0;
    let inside = 0;
    while (k < e.words.length && j < tokens.length && tokens[j].sentence === t.sentence) {
      if (wordMatches(tokens[j], e.words[k]) || (j === i && k === 0 && opening === e.words[0])) {
        k++;
        j++;
      } else if (k > 0 && isIntensifier(tokens[j], lex)) {
        inside++;
        j++;
      } else break;
    }
    if (k < e.words.length) continue;
    let from = i;
    while (from > 0 && tokens[from - 1].sentence === t.sentence && isIntensifier(tokens[from - 1], lex)) from--;
    let later = 0;
    for (let x = j; x < tokens.length && tokens[x].sentence === t.sentence; x++) {
      const n = intensifierPhraseAt(tokens, x, lex);
      if (n > 0) {
        later++;
        x += n - 1;
      }
    }
    return { entry: e, words: [i, j], extent: [from, j], intensifiers: i - from + inside + later };
  }
  return null;
}

/** The stance expressions that overlap the span (looking a few tokens back for a phrase's start). */
function stancesOver(side: Side, s: Span, lex: Lexicons): StanceMatch[] {
  const out: StanceMatch[] = [];
  const from = Math.max(0, s[0] - 3);
  for (let i = from; i < Math.min(s[1], side.tokens.length); i++) {
    const m = stanceAt(side, i, lex);
    if (!m) continue;
    if (m.words[1] > s[0] || (len(s) === 0 && m.words[1] >= s[0])) out.push(m);
    i = m.words[1] - 1;
  }
  return out;
}

/** Is every content word of the span part of the match (its words or its intensifiers)? */
function onlyStance(side: Side, s: Span, m: StanceMatch, lex: Lexicons): boolean {
  for (let i = s[0]; i < s[1]; i++) {
    if (!side.content[i]) continue;
    if (i >= m.extent[0] && i < m.extent[1]) continue;
    if (isIntensifier(side.tokens[i], lex)) continue;
    return false;
  }
  return true;
}

function magnitude(m: StanceMatch, lex: Lexicons): number {
  return Math.abs(m.entry.strength) + lex.stance.step * m.intensifiers;
}

/** The side of the scale and the strength ("disapproval, -4"; intensifiers added). */
function describe(m: StanceMatch, lex: Lexicons): string {
  const s = m.entry.strength;
  const side = s < 0 ? 'disapproval' : s > 0 ? 'approval' : 'neutral';
  const v = s === 0 ? 0 : Math.sign(s) * magnitude(m, lex);
  return `${side}, ${v}`;
}

/** The intensifiers of a span, when the span is made only of them (and of the words of intensifier phrases). */
function onlyIntensifiers(side: Side, s: Span, lex: Lexicons): { single: boolean; phrase: boolean } | null {
  let single = false;
  let phrase = false;
  for (let i = s[0]; i < s[1]; ) {
    const t = side.tokens[i];
    const n = intensifierPhraseAt(side.tokens, i, lex);
    if (n > 0 && i + n <= s[1]) {
      phrase = true;
      i += n;
    } else if (isIntensifier(t, lex)) {
      single = true;
      i++;
    } else if (t.punct && (t.n === ',' || t.n === '.')) i++;
    else return null;
  }
  return single || phrase ? { single, phrase } : null;
}

/** An intensifier dropped or added beside a stance expression: the change's direction, or null. */
function intensifierChange(c: Candidate, ctx: Ctx): Finding | null {
  const dropped = len(c.r) === 0;
  const side = dropped ? ctx.base : ctx.reading;
  const s = dropped ? c.b : c.r;
  const kinds = onlyIntensifiers(side, s, ctx.lex);
  if (!kinds) return null;
  const sentence = side.tokens[s[0]].sentence;
  // a one-word intensifier must stand beside (or inside) the expression; a phrase may follow it
  let beside: StanceMatch | null = null;
  for (let i = Math.max(0, s[0] - 8); i < Math.min(side.tokens.length, s[1] + 4); i++) {
    if (side.tokens[i].sentence !== sentence) continue;
    const m = stanceAt(side, i, ctx.lex);
    if (!m) continue;
    const covers = m.extent[0] <= s[0] && m.extent[1] >= s[1];
    const touches = m.words[0] === s[1] || m.extent[0] === s[1];
    if (covers || touches || (!kinds.single && kinds.phrase && m.words[1] <= s[0])) {
      beside = m;
      break;
    }
    i = m.words[1] - 1;
  }
  if (!beside) return null;
  const d: Direction = dropped ? 'weakened' : 'strengthened';
  const words = q(text(side, beside.words));
  return finding(c, dropped ? 'omission' : 'addition', `intensifier ${dropped ? 'dropped' : 'added'} beside ${words}: ${change(ctx, c)}, the stance is ${d}`, d);
}

/** Is the span one stance of disapproval and nothing else of content ("reject", "strongly oppose")? */
export function negatedStanceRestated(side: Side, s: Span, lex: Lexicons): boolean {
  const m = stancesOver(side, s, lex);
  return m.length === 1 && m[0].entry.strength < 0 && m[0].words[0] >= s[0] && onlyStance(side, s, m[0], lex);
}

/**
 * "will not impose" → "reject": a negated predicate (negators, auxiliaries and one verb) on one
 * side, a stance of disapproval on the other. The polarity is kept, carried by the verb's meaning.
 */
function negatedRestatement(c: Candidate, ctx: Ctx): Finding | null {
  const negated = (side: Side, s: Span) => {
    let negs = 0;
    let verbs = 0;
    for (let i = s[0]; i < s[1]; i++) {
      if (side.neg[i]) negs++;
      else if (side.content[i]) {
        // (another content word, or a second verb, settles it)
        if (side.tokens[i].pos !== 'VERB' || ++verbs > 1) return false;
      }
    }
    return negs > 0 && verbs === 1;
  };
  const fromBase = negated(ctx.base, c.b) && negatedStanceRestated(ctx.reading, c.r, ctx.lex);
  const fromReading = !fromBase && negated(ctx.reading, c.r) && negatedStanceRestated(ctx.base, c.b, ctx.lex);
  if (!fromBase && !fromReading) return null;
  const f = finding(c, 'lexical', `${fromBase ? 'a negated predicate restated as disapproval' : 'disapproval restated as a negated predicate'}: ${change(ctx, c)} (the polarity is kept: the negation lies in the verb's meaning)`);
  f.whole = true;
  return f;
}

export const stance: Classifier = {
  name: 'stance',
  classify(c, ctx) {
    if (c.deontic) return null;
    if (len(c.b) === 0 || len(c.r) === 0) {
      const f = intensifierChange(c, ctx);
      if (f) {
        f.whole = true;
        return f;
      }
      // words of a stance phrase dropped or added ("Notes with concern" → "Notes"): the phrases
      // compared whole, below
    } else {
      const restated = negatedRestatement(c, ctx);
      if (restated) return restated;
    }
    const mb = stancesOver(ctx.base, c.b, ctx.lex);
    const mr = stancesOver(ctx.reading, c.r, ctx.lex);
    if (mb.length !== 1 || mr.length !== 1) return null;
    const [b, r] = [mb[0], mr[0]];
    if (b.entry.phrase === r.entry.phrase) return null;
    if (!onlyStance(ctx.base, c.b, b, ctx.lex) || !onlyStance(ctx.reading, c.r, r, ctx.lex)) return null;
    // the change covers part of a phrase ("Notes with" → "Expresses" in "… concern"): the finding
    // spans both phrases whole, when the words of them outside the change are read alike
    const spans = phraseSpans(c, b, r, ctx);
    if (!spans) return null;
    const what = `${q(text(ctx.base, b.extent))} (${describe(b, ctx.lex)}) → ${q(text(ctx.reading, r.extent))} (${describe(r, ctx.lex)})`;
    let f: Finding;
    if (b.entry.strength * r.entry.strength < 0) f = finding(c, 'negation', `stance reversed: ${what}`);
    else {
      const mB = magnitude(b, ctx.lex);
      const mR = magnitude(r, ctx.lex);
      if (mB === mR) f = finding(c, 'lexical', `stance reworded, same strength: ${what}`);
      else {
        const d: Direction = mR > mB ? 'strengthened' : 'weakened';
        f = finding(c, 'lexical', `stance ${d}: ${what}`, d);
      }
    }
    f.b = spans.b;
    f.r = spans.r;
    f.whole = true;
    return f;
  },
};

/**
 * The spans of a stance change over the two expressions whole (the candidate's spans widened to
 * their words), or null when a word of an expression outside the change is not aligned equal with
 * a word of the other expression outside it (the change is not within the two phrases).
 */
function phraseSpans(c: Candidate, b: StanceMatch, r: StanceMatch, ctx: Ctx): { b: Span | null; r: Span | null } | null {
  const B: Span = [Math.min(c.b[0], b.words[0]), Math.max(c.b[1], b.words[1])];
  const R: Span = [Math.min(c.r[0], r.words[0]), Math.max(c.r[1], r.words[1])];
  const alike = alikeMap(ctx, true);
  let outB = 0;
  for (let i = B[0]; i < B[1]; i++) {
    if (i >= c.b[0] && i < c.b[1]) continue;
    const j = alike[i];
    if (j < R[0] || j >= R[1] || (j >= c.r[0] && j < c.r[1])) return null;
    outB++;
  }
  if (outB !== len(R) - len(c.r)) return null;
  // (an empty side stays an insertion point only when the phrase is all inside the change)
  return { b: len(B) > 0 ? B : null, r: len(R) > 0 ? R : null };
}
