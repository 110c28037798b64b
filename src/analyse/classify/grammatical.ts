/**
 * `grammatical`: articles, number, inflection and function words that do not change the meaning
 * ("developments in the" → "development of", ", which has a bearing on" → " bearing on",
 * "call upon" → "call on", "or" → ","). Every content word on one side must pair with a content
 * word of the same lemma (or stem) on the other; everything else must be a function word or
 * punctuation. Negators and modal auxiliaries are never function words, so "should" → "must" or
 * "not" → "" never lands here.
 */
import type { Span, Token } from '../../types.js';
import type { Lexicons } from '../lexicon.js';
import { type Candidate, type Classifier, type Ctx, type Finding, change, finding, len, q, text, facing } from '../context.js';
import { type Side, doNegationBefore, epistemicModal, frameAt, inSubject, isClausePunct, tenseModal } from '../side.js';
import { partialParty, pronounBearer, roleParty, ruleKind, severalOrJoint } from './actor.js';
import { figureAt, unitAt } from './qualifier.js';
import { modalOverActiveDirective } from './modality.js';
import { firstWords, openingWords, phraseWords } from '../lexicon.js';

/** Articles only determine (shared with content.ts: they are no referring words). */
export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** The lexeme ending of a lemma (spelling.yaml `lexeme-endings`), an adverb's "-ly" aside; '' for none. */
function lexemeEnding(lemma: string, lex: Lexicons): string {
  // (the adverb of an adjective in "-ble" ends in "-bly": "flexibly" is "flexible" + "-ly", its
  // ending "ible" as the adjective's)
  const w = lemma.length > 5 && lemma.endsWith('bly') ? `${lemma.slice(0, -1)}e` : lemma.length > 4 && lemma.endsWith('ly') ? lemma.slice(0, -2) : lemma;
  for (const e of lex.lexemeEndings) if (w.length > e.length + 2 && w.endsWith(e)) return e;
  return '';
}

/** Word classes in which a word derived from another of the same class is a word of its own. */
const DERIVED_CLASSES = new Set(['NOUN', 'VERB', 'ADJ', 'ADV']);

/**
 * Two words of one stem that are two words, not forms of one: their lemmas end differently in a
 * lexeme ending ("relating" → "relative"), or they are two lemmas of the same word class
 * ("transport" → "transportation", "protection" → "protector"): a derivation that does not move the
 * word into another class serves no construction, it names something else. (Not two lemmas that
 * differ by a plural ending only, which the lemmatiser left inflected.)
 */
function ownLexemes(a: Token, b: Token, lex: Lexicons): boolean {
  if (a.lemma === b.lemma) return false;
  if (lexemeEnding(a.lemma, lex) !== lexemeEnding(b.lemma, lex)) return true;
  return a.pos === b.pos && DERIVED_CLASSES.has(a.pos) && !pluralOnly(a.lemma, b.lemma);
}

/**
 * A past and a present participle of one verb, each right before a noun it qualifies ("developed
 * countries" → "developing countries", "a trained model" → "a training model"): before a noun the
 * two name different things (a country that has developed is not one that is developing), where
 * after an auxiliary they are forms of one verb ("is developed" → "is developing": grammatical).
 * Endings from spelling.yaml `participle-endings`.
 */
function attributiveParticiples(B: Side, i: number, R: Side, j: number, lex: Lexicons): boolean {
  const pe = lex.participleEndings;
  const kind = (w: string) => (pe.present.some((e) => w.endsWith(e)) ? 'present' : pe.past.some((e) => w.endsWith(e)) ? 'past' : '');
  const a = B.tokens[i];
  const b = R.tokens[j];
  const ka = kind(a.n);
  const kb = kind(b.n);
  if (!ka || !kb || ka === kb) return false;
  const beforeNoun = (side: Side, k: number) => {
    const next = side.tokens[k + 1];
    const prev = side.tokens[k - 1];
    return !!next && (next.pos === 'NOUN' || next.pos === 'PROPN') && next.sentence === side.tokens[k].sentence && !(prev && prev.pos === 'AUX');
  };
  return beforeNoun(B, i) && beforeNoun(R, j);
}

/**
 * A present participle after a noun against the same verb right after a relative pronoun on the
 * other side ("Operators processing data" → "Operators that process data"): one clause reduced, the
 * verb the same whatever part of speech the tagger gives either word (it reads "processing" and
 * "process" as nouns, lemmas of their own). X's word ends in a present participle ending
 * (spelling.yaml `participle-endings`) and follows a noun; Y's word is the bare stem (no such ending),
 * right after a relative pronoun (actors.yaml `relatives`).
 */
function participleForRelative(X: Side, i: number, Y: Side, j: number, lex: Lexicons): boolean {
  const a = X.tokens[i];
  const b = Y.tokens[j];
  const prev = X.tokens[i - 1];
  const rel = Y.tokens[j - 1];
  if (!prev || !rel || prev.sentence !== a.sentence || rel.sentence !== b.sentence) return false;
  if (!(prev.pos === 'NOUN' || prev.pos === 'PROPN') || !lex.relatives.has(rel.n)) return false;
  const present = (w: string) => lex.participleEndings.present.some((e) => w.length >= e.length + 2 && w.endsWith(e));
  return present(a.n) && !present(b.n) && a.stem === b.stem;
}

/** The sense of the first preposition of time in the span (function-words.yaml `time-senses`: "prior to" → before), or ''. */
function timeSense(side: Side, s: Span, lex: Lexicons): string {
  const open = openingWords(lex.timeSenses);
  for (let i = s[0]; i < s[1]; i++) {
    if (open && !open.has(side.tokens[i].n)) continue;
    for (const [sense, phrases] of lex.timeSenses) {
      for (const p of phrases) if (p.every((w, k) => i + k < s[1] && side.tokens[i + k].n === w)) return sense;
    }
  }
  return '';
}

/** Do two lemmas differ by a plural ending only ("product" / "products": a name left inflected)? */
function pluralOnly(a: string, b: string): boolean {
  const [x, y] = a.length <= b.length ? [a, b] : [b, a];
  return y === `${x}s` || y === `${x}es`;
}

/** What a token is to `grammaticalReasons` (`partOf`). */
const PUNCT = 0;
const FUNCTION = 1;
const CONTENT = 2;
/** A negator or a modal auxiliary: never grammar. */
const NEITHER = 3;

function partOf(side: Side, i: number): number {
  if (side.tokens[i].punct) return PUNCT;
  if (side.fn[i]) return FUNCTION;
  return side.content[i] ? CONTENT : NEITHER;
}

/** The indices of a span. */
function* range(s: Span): Generator<number> {
  for (let i = s[0]; i < s[1]; i++) yield i;
}

/** Is the function word at i a modal auxiliary (one in a clause of purpose: side.ts reads it as grammar)? */
function purposeAux(side: Side, i: number, lex: Lexicons): boolean {
  return side.fn[i] && !!lex.modals.get(side.tokens[i].n)?.some((e) => e.kind === 'aux' && e.words.length === 1);
}

/**
 * Is the content word at i the noun of a manner phrase ("in a transparent manner": function-words.yaml
 * `manner-nouns`) whose adjective, just before it in span `s`, the other side's span `os` reads as an
 * adverb of the same stem ("transparently")? The phrase is then the adverb written out: its noun is
 * grammar, and the adjective pairs with the adverb (word class).
 */
function mannerNoun(side: Side, i: number, s: Span, other: Side, os: Span, lex: Lexicons): boolean {
  if (!lex.mannerNouns.has(side.tokens[i].lemma) || i - 1 < s[0] || side.tokens[i - 1].pos !== 'ADJ') return false;
  const stem = side.tokens[i - 1].stem;
  for (let k = os[0]; k < os[1]; k++) if (other.tokens[k].pos === 'ADV' && other.tokens[k].stem === stem) return true;
  return false;
}

/** The reasons a change is grammatical ("number", "article", "function words"), or null. */
export function grammaticalReasons(ctx: Ctx, b: Span, r: Span): string[] | null {
  if (len(b) + len(r) === 0) return null;
  const B = ctx.base;
  const R = ctx.reading;
  // a preposition of time for one of another sense ("before" → "after", "prior to" → "during"):
  // another time, not grammar (function-words.yaml `time-senses`)
  const sb = timeSense(B, b, ctx.lex);
  const sr = timeSense(R, r, ctx.lex);
  if (sb && sr && sb !== sr) return null;
  // words added to (or dropped from) a modal phrase that the other side reads in part ("will" →
  // "will have to"): the force changed, not a function word
  if (len(b) === 0 || len(r) === 0) {
    const [side, s] = len(b) === 0 ? [R, r] : [B, b];
    let inAux = true;
    for (let i = s[0]; i < s[1] && inAux; i++) {
      const f = side.marker[i] >= 0 ? side.frames[side.marker[i]] : undefined;
      inAux = !!f?.aux && f.negs.length === 0 && i >= f.aux[0] && i < f.aux[1] && (f.aux[0] < s[0] || f.aux[1] > s[1]);
    }
    if (inAux) return null;
  }
  // the subject of a relative clause with no relative pronoun dropped (added) with its auxiliary,
  // "the attributions [we have] made" → "the attributions made": a personal pronoun (actors.yaml
  // `personal-pronouns`) right after the noun the clause qualifies names who acted, no function word
  // (a relative pronoun and its auxiliary, "the report [which has a] bearing on", stay grammar)
  if (len(b) === 0 || len(r) === 0) {
    const [side, s] = len(b) === 0 ? [R, r] : [B, b];
    const t = side.tokens[s[0]];
    const prev = side.tokens[s[0] - 1];
    const next = side.tokens[s[0] + 1];
    if (len(s) >= 2 && t.pos === 'PRON' && ctx.lex.personalPronouns.has(t.n) && prev && prev.sentence === t.sentence && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && (next.pos === 'AUX' || next.pos === 'VERB')) return null;
  }
  const rContent: number[] = [];
  let fnChanged = false;
  let articlesOnly = true;
  let punct = false;
  // (a modal auxiliary read as a function word: that of a clause of purpose, side.ts `purposeModal`)
  let purposeB = false;
  let purposeR = false;
  for (let j = r[0]; j < r[1]; j++) {
    const p = partOf(R, j);
    if (p === NEITHER) return null;
    if (p === CONTENT && mannerNoun(R, j, r, B, b, ctx.lex)) {
      fnChanged = true;
      articlesOnly = false;
    } else if (p === CONTENT) rContent.push(j);
    else if (p === PUNCT) punct = true;
    else {
      fnChanged = true;
      if (!ARTICLES.has(R.tokens[j].n)) articlesOnly = false;
      if (purposeAux(R, j, ctx.lex)) purposeR = true;
    }
  }
  // (a content word of the reading side paired: its position in rContent set to -1)
  let inflected = false;
  // (a word of one stem in another class: "protection of data" → "protecting data")
  let derived = false;
  for (let i = b[0]; i < b[1]; i++) {
    const p = partOf(B, i);
    if (p === NEITHER) return null;
    if (p === PUNCT) punct = true;
    else if (p === FUNCTION) {
      fnChanged = true;
      if (!ARTICLES.has(B.tokens[i].n)) articlesOnly = false;
      if (purposeAux(B, i, ctx.lex)) purposeB = true;
    }
    if (p !== CONTENT) continue;
    if (mannerNoun(B, i, b, R, r, ctx.lex)) {
      fnChanged = true;
      articlesOnly = false;
      continue;
    }
    const bt = B.tokens[i];
    let hit = -1;
    for (let k = 0; k < rContent.length && hit < 0; k++) if (rContent[k] >= 0 && R.tokens[rContent[k]].lemma === bt.lemma) hit = k;
    for (let k = 0; k < rContent.length && hit < 0; k++) if (rContent[k] >= 0 && R.tokens[rContent[k]].stem === bt.stem && (!ownLexemes(bt, R.tokens[rContent[k]], ctx.lex) || participleForRelative(B, i, R, rContent[k], ctx.lex) || participleForRelative(R, rContent[k], B, i, ctx.lex))) hit = k;
    if (hit < 0) return null;
    const rt = R.tokens[rContent[hit]];
    if (attributiveParticiples(B, i, R, rContent[hit], ctx.lex)) return null;
    rContent[hit] = -1;
    if (rt.lemma !== bt.lemma && !pluralOnly(rt.lemma, bt.lemma)) derived = true;
    else if (rt.n !== bt.n) inflected = true;
  }
  for (let k = 0; k < rContent.length; k++) if (rContent[k] >= 0) return null;
  // one purpose clause's modal for another ("so that users can" → "so that users must"): the purpose
  // reworded, not grammar (against the "to" of a purpose infinitive it is: "to identify" → "can identify")
  if (purposeB && purposeR) return null;
  const purpose = purposeB || purposeR;
  // (or the future of a clause a verb governs, side.ts `tenseModal`: "explain how the data will be processed")
  const tense = purpose && [...range(b)].every((i) => !purposeAux(B, i, ctx.lex) || tenseModal(B.tokens, i, ctx.lex)) && [...range(r)].every((j) => !purposeAux(R, j, ctx.lex) || tenseModal(R.tokens, j, ctx.lex));
  // (or the modal of a possibility a clause weighs, side.ts `epistemicModal`: "the risk that the items may be used")
  const weighed = purpose && [...range(b)].every((i) => !purposeAux(B, i, ctx.lex) || epistemicModal(B.tokens, i, ctx.lex)) && [...range(r)].every((j) => !purposeAux(R, j, ctx.lex) || epistemicModal(R.tokens, j, ctx.lex));
  const reasons: string[] = [];
  if (inflected) reasons.push('number or inflection');
  if (derived) reasons.push('word class');
  if (fnChanged) reasons.push(articlesOnly ? 'article' : tense ? 'function words; the future of a clause a verb governs is its tense, no undertaking' : weighed ? 'function words; the modal of a possibility a clause weighs grants no permission' : purpose ? 'function words; the modal of a clause of purpose binds no one' : 'function words');
  if (punct) reasons.push('punctuation');
  return reasons.length ? reasons : null;
}

/**
 * A restatement: one side repeats the subject and modal already in force on the other ("…, and
 * oppose" → "…. States should oppose"): a coordinated limb made its own clause. The side `x` must
 * be only punctuation and function words; the side `y` only function words, punctuation, one own
 * modal auxiliary (with its negators) equal to the frame in force on `x` at that point (or of the
 * same strength: "shall" restated where "must" is in force), and
 * content words found in a subject region of `x` earlier in that sentence. The modal may also be
 * the one both sides read right after the change (`, and should` → `. States should`).
 */
function restatement(X: Side, x: Span, Y: Side, y: Span): 'subject' | 'subject and modal' | null {
  if (len(y) === 0 || x[0] === 0) return null;
  for (let i = x[0]; i < x[1]; i++) if (!X.tokens[i].punct && !X.fn[i]) return null;
  const f = frameAt(X, x[0] - 1);
  if (!f || !f.auxWord) return null;
  let aux = 0;
  let negs = 0;
  let content = 0;
  let pronoun = false;
  for (let j = y[0]; j < y[1]; j++) {
    const t = Y.tokens[j];
    const m = Y.marker[j];
    // the subject taken up by a pronoun ("…. They should also prevent")
    if (t.pos === 'PRON' && m < 0) pronoun = true;
    if (m >= 0) {
      const g = Y.frames[m];
      if (g.verb && j >= g.verb[0] && j < g.verb[1]) return null;
      if (Y.neg[j]) negs++;
      // (the same force in another word, "which shall" restated after "which must provide … and
      // incorporate": shall = must, as modality.ts reads them)
      else if (g.auxWord !== f.auxWord && (g.auxStrength === null || g.auxStrength !== f.auxStrength)) return null;
      else aux++;
      continue;
    }
    if (t.punct || Y.fn[j]) continue;
    if (!Y.content[j]) return null;
    content++;
  }
  // the modal the restated clause goes on with, read alike on both sides ("…, and should not use" →
  // "…. States should not use": only ". States" differs)
  let kind: 'subject' | 'subject and modal' | null = null;
  const m = Y.marker[y[1]] ?? -1;
  if (aux === 0 && negs === 0 && m >= 0 && Y.frames[m].auxWord === f.auxWord && Y.frames[m].aux?.[0] === y[1] && X.marker[x[1]] >= 0 && X.frames[X.marker[x[1]]].aux?.[0] === x[1]) {
    kind = content > 0 || pronoun ? 'subject' : null;
  } else if (aux === 0 && negs === 0 && frameOpensAt(Y, y[1]) && frameOpensAt(X, x[1]) && (content > 0 || pronoun)) {
    // (or another modal on each side, cut off as a change of force of its own: "…. States are
    // encouraged to report" → "… and should report", '. States' → 'and' beside 'are encouraged to' → 'should')
    kind = 'subject';
  } else kind = aux > 0 && (content > 0 || pronoun) && negs === f.negs.length ? 'subject and modal' : null;
  // (then, the costlier test) every content word is named earlier in the subject of that sentence
  if (kind === null || content === 0) return kind;
  const sent = X.tokens[x[0] - 1].sentence;
  for (let j = y[0]; j < y[1]; j++) {
    if (Y.marker[j] >= 0 || Y.tokens[j].punct || Y.fn[j]) continue;
    const t = Y.tokens[j];
    let found = false;
    for (let i = x[0] - 1; i >= 0 && X.tokens[i].sentence === sent && !found; i--) {
      found = X.content[i] && (X.tokens[i].lemma === t.lemma || X.tokens[i].n === t.n) && inSubject(X, i, i + 1);
    }
    if (!found) return null;
  }
  return kind;
}

/** Does a frame (a modal, a directive verb) open at i, the auxiliaries of a passive before it passed over ("are | encouraged to")? */
function frameOpensAt(side: Side, i: number): boolean {
  while (i < side.tokens.length && side.tokens[i].pos === 'AUX' && side.marker[i] < 0) i++;
  const m = side.marker[i] ?? -1;
  return m >= 0 && side.frames[m].start === i;
}

/** The words of a span, lower case, space-joined (punctuation left out). */
function phrase(side: Side, s: Span): string {
  const out: string[] = [];
  for (let i = s[0]; i < s[1]; i++) if (!side.tokens[i].punct) out.push(side.tokens[i].n);
  return out.join(' ');
}

/** Is every word of the span (punctuation aside) one of `words`? */
function onlyWordsOf(side: Side, s: Span, words: ReadonlySet<string>): boolean {
  for (let i = s[0]; i < s[1]; i++) if (!side.tokens[i].punct && !words.has(side.tokens[i].n)) return false;
  return true;
}

/**
 * "unless" → "only if" where the rule turns from a prohibition into a permission (or back): the
 * same rule restated ("shall not transfer unless C" = "may transfer only if C"). `phraseB`,
 * `phraseR`: the words of the spans (`phrase`).
 */
function exceptionRestated(ctx: Ctx, b: Span, r: Span, phraseB: string, phraseR: string): boolean {
  const { lex } = ctx;
  let pb = phraseB;
  let pr = phraseR;
  const flip = (x: string, y: string) => lex.exceptionHeads.has(x) && lex.onlyConditionHeads.has(y);
  // with the word both sides still read after the change ("except [where]" → "only [where]")
  const next = ctx.base.tokens[b[1]];
  if (!flip(pb, pr) && !flip(pr, pb) && next && next.n === ctx.reading.tokens[r[1]]?.n) {
    pb = `${pb} ${next.n}`;
    pr = `${pr} ${next.n}`;
  }
  if (!flip(pb, pr) && !flip(pr, pb)) return false;
  const fb = frameAt(ctx.base, b[0]);
  const fr = frameAt(ctx.reading, r[0]);
  // a plain statement on both sides, no modal, the exception's side negated with do-support ("We do
  // not disclose data unless C" → "We disclose data only if C"): the act on a condition
  if (!fb && !fr) return (doNegationBefore(ctx.base, b[0]) >= 0) === lex.exceptionHeads.has(pb) && (doNegationBefore(ctx.reading, r[0]) >= 0) === lex.exceptionHeads.has(pr);
  // a prohibition with an exception on one side, no frame on the other, the rule nominalised or
  // listed with its subject and modal dropped ("must not attribute an attack unless C" →
  // "Attribution of an attack only if C"): the negator went with the modal, the "only" says what it
  // and the exception said together
  if (!fb !== !fr) {
    const [f, ex, on, side, at] = fb ? [fb, pb, pr, ctx.reading, r[0]] : [fr!, pr, pb, ctx.base, b[0]];
    return f.negs.length > 0 && lex.exceptionHeads.has(ex) && lex.onlyConditionHeads.has(on) && doNegationBefore(side, at) < 0;
  }
  return !!fb && !!fr && (fb.negs.length > 0) === lex.exceptionHeads.has(pb) && (fr.negs.length > 0) === lex.exceptionHeads.has(pr);
}

/** The one-word heads of kind `time` (qualifiers.yaml: "within"), by lexicon. */
const timeHeadCache = new WeakMap<Lexicons, Set<string>>();

function timeHeads(lex: Lexicons): ReadonlySet<string> {
  let out = timeHeadCache.get(lex);
  if (!out) {
    out = new Set();
    for (const [w, hs] of lex.qualifierHeads) if (hs.some((h) => h.kind === 'time' && h.words.length === 1)) out.add(w);
    timeHeadCache.set(lex, out);
  }
  return out;
}

/**
 * The first words of the connectives the short-change tests look a phrase up in (same-condition,
 * exception, only-condition and same-named-case phrases), by lexicon.
 */
const connectiveStartCache = new WeakMap<Lexicons, Set<string>>();

function connectiveStarts(lex: Lexicons): ReadonlySet<string> {
  let out = connectiveStartCache.get(lex);
  if (!out) {
    out = new Set();
    for (const set of [lex.sameCondition, lex.exceptionHeads, lex.onlyConditionHeads, lex.sameNamedCase]) for (const w of firstWords(set)) out.add(w);
    connectiveStartCache.set(lex, out);
  }
  return out;
}

/**
 * Can the words of the span (`phrase`), alone or with a word after them, be one of those
 * connectives: does the phrase begin with the first word of one? True too when the span has no
 * word (a cheap test before the phrase is built and looked up).
 */
function mayBeConnective(side: Side, s: Span, starts: ReadonlySet<string>): boolean {
  for (let i = s[0]; i < s[1]; i++) {
    const t = side.tokens[i];
    if (t.punct) continue;
    const sp = t.n.indexOf(' ');
    return starts.has(sp < 0 ? t.n : t.n.slice(0, sp));
  }
  return true;
}

/**
 * The one-word connective of a time limit (a head of kind `time` in qualifiers.yaml: "within")
 * replaced by another word before the same amount of time ("within 30 days" → "after 30 days", "in
 * 30 days"): the relation to the time changed, not a function word; a `lexical` change with no
 * direction. Wordings of the same deadline (`same-deadline`: "within" → "no later than") stay as
 * they are.
 */
function deadlineConnective(c: Candidate, ctx: Ctx): Finding | null {
  if (len(c.b) !== 1 || len(c.r) !== 1) return null;
  const B = ctx.base.tokens;
  const R = ctx.reading.tokens;
  const b = B[c.b[0]];
  const r = R[c.r[0]];
  if (b.n === r.n || (ctx.lex.sameDeadline.has(b.n) && ctx.lex.sameDeadline.has(r.n))) return null;
  const heads = timeHeads(ctx.lex);
  if (!heads.has(b.n) && !heads.has(r.n)) return null;
  // the same amount after it on both sides: a figure and a unit of time
  const amount = (T: readonly Token[], i: number) => figureAt(T, i, ctx.lex) !== null && unitAt(T, i + 1, ctx.lex) > 0;
  if (!amount(B, c.b[1]) || !amount(R, c.r[1]) || B[c.b[1]].n !== R[c.r[1]].n || B[c.b[1] + 1].lemma !== R[c.r[1] + 1].lemma) return null;
  return finding(c, 'lexical', `the time limit's connective changed: ${change(ctx, c)} — another relation to the same time`);
}

/**
 * A standard's connective of conformity for one of mere consistency, or back ("in accordance with
 * the Framework" → "consistent with the Framework": qualifiers.yaml `standard-strictness`): what
 * the act must comply with becomes what it must not contradict, a `lexical` variant; on an
 * obligation loosened (weakened), back tightened (strengthened). Null when both are of one group.
 */
function standardLoosened(ctx: Ctx, c: Candidate, pb: string, pr: string, shown: string): Finding | null {
  const { standardStrict: strict, standardLoose: loose } = ctx.lex;
  const looser = strict.has(pb) && loose.has(pr);
  if (!looser && !(loose.has(pb) && strict.has(pr))) return null;
  const f = frameAt(ctx.base, c.b[0]);
  const strength = f ? (f.verbStrength ?? f.auxStrength) : null;
  const binds = !!f && f.sentence === ctx.base.tokens[c.b[0]]?.sentence && f.negs.length === 0 && strength !== null && strength > 1;
  const what = looser ? 'compliance with the standard becomes consistency with it: a looser standard' : 'consistency with the standard becomes compliance with it: a stricter standard';
  return finding(c, 'lexical', `the standard's connective changed: ${shown} — ${what}`, binds ? (looser ? 'weakened' : 'strengthened') : undefined);
}

/**
 * A short change (words on both sides) that writes another connective for the same condition,
 * exception or named cases, or restates an exception as a condition; else null.
 */
function shortConnective(c: Candidate, ctx: Ctx): Finding | null {
  // (the phrase tests need both phrases to begin as a connective does: built only then)
  const starts = connectiveStarts(ctx.lex);
  const phrased = mayBeConnective(ctx.base, c.b, starts) && mayBeConnective(ctx.reading, c.r, starts);
  const pb = phrased ? phrase(ctx.base, c.b) : '';
  const pr = phrased ? phrase(ctx.reading, c.r) : '';
  if (phrased && pb !== pr) {
    // with the "that" both sides still read after the change ("provided [that]" → "on condition [that]")
    const that = (side: Side, s: Span, p: string) => (side.tokens[s[1]]?.n === 'that' ? `${p} that` : p);
    const known = (p: string, withThat: string) => ctx.lex.sameCondition.has(p) || ctx.lex.sameCondition.has(withThat);
    if (known(pb, that(ctx.base, c.b, pb)) && known(pr, that(ctx.reading, c.r, pr))) {
      return standardLoosened(ctx, c, pb, pr, change(ctx, c)) ?? finding(c, 'grammatical', `grammatical (another connective for the same condition): ${change(ctx, c)}`);
    }
    // one exception head for another before a clause ("unless" → "except where", "except if"):
    // not "without", which takes a noun
    const clauseException = (p: string) => ctx.lex.exceptionHeads.has(p) && p !== 'without' && p !== 'except';
    if (clauseException(pb) && clauseException(pr)) {
      return finding(c, 'grammatical', `grammatical (another connective for the same exception): ${change(ctx, c)}`);
    }
    // (", including" → "such as": qualifiers.yaml same-named-case)
    if (ctx.lex.sameNamedCase.has(pb) && ctx.lex.sameNamedCase.has(pr)) {
      return finding(c, 'grammatical', `grammatical (another connective for the same named cases): ${change(ctx, c)}`);
    }
  }
  // with the words both sides read around the change ("In [the event] of" → "In [case] of",
  // "[consistent] with" → "[in line] with"): every word of the change is a word of those phrases
  const words = phraseWords(ctx.lex.sameCondition);
  if (onlyWordsOf(ctx.base, c.b, words) && onlyWordsOf(ctx.reading, c.r, words)) {
    const B = ctx.base.tokens;
    const R = ctx.reading.tokens;
    for (let l = 0; l <= 1; l++) {
      for (let rt = 0; rt <= 1; rt++) {
        if (l + rt === 0) continue;
        const bs: Span = [c.b[0] - l, c.b[1] + rt];
        const rs: Span = [c.r[0] - l, c.r[1] + rt];
        if (bs[0] < 0 || rs[0] < 0 || bs[1] > B.length || rs[1] > R.length) continue;
        if (l && B[bs[0]].n !== R[rs[0]].n) continue;
        if (rt && B[bs[1] - 1].n !== R[rs[1] - 1].n) continue;
        if (!onlyWordsOf(ctx.base, bs, words) || !onlyWordsOf(ctx.reading, rs, words)) continue;
        const xb = phrase(ctx.base, bs);
        const xr = phrase(ctx.reading, rs);
        if (xb !== xr && ctx.lex.sameCondition.has(xb) && ctx.lex.sameCondition.has(xr)) {
          return standardLoosened(ctx, c, xb, xr, `${q(xb)} → ${q(xr)}`) ?? finding(c, 'grammatical', `grammatical (another connective for the same condition): ${q(xb)} → ${q(xr)}`);
        }
      }
    }
  }
  if (phrased && exceptionRestated(ctx, c.b, c.r, pb, pr)) {
    // (by the side that states the prohibition: the phrase may need the word after it to be an
    // exception head, "save [on]", "other than [on]")
    // (the positive side a permission, "may … only if", or the act itself, "will … only if")
    const negBase = (frameAt(ctx.base, c.b[0])?.negs.length ?? 0) > 0 || doNegationBefore(ctx.base, c.b[0]) >= 0;
    const posFrame = negBase ? frameAt(ctx.reading, c.r[0]) : frameAt(ctx.base, c.b[0]);
    const cond = posFrame && posFrame.auxStrength !== null && posFrame.auxStrength <= 1 ? 'the condition of a permission' : 'the condition of the act';
    const how = negBase ? `the exception of a prohibition restated as ${cond}` : `${cond} restated as the exception of a prohibition`;
    return finding(c, 'grammatical', `grammatical (${how}): ${change(ctx, c)}`);
  }
  return null;
}

/**
 * One of two prepositions coordinated over one noun phrase, dropped or added with its coordinator
 * ("shipped [to and] from the country", "to [and from] the country", "kept [on and] off site"): the
 * relation the phrase names changed, not function words (a preposition of time is a limb of a time
 * limit: qualifier.ts coordinatedTime). The span is a preposition and "and" / "or" with the other
 * preposition right after, or "and" / "or" and a preposition right after the other, before a word
 * that is no preposition.
 */
function coordinatedPreposition(c: Candidate, ctx: Ctx): boolean {
  const [side, s] = len(c.b) === 0 ? [ctx.reading, c.r] : len(c.r) === 0 ? [ctx.base, c.b] : [null, c.b];
  if (!side || len(s) !== 2) return false;
  const T = side.tokens;
  const adp = (i: number) => i >= 0 && i < T.length && T[i].pos === 'ADP';
  const coord = (i: number) => T[i].n === 'and' || T[i].n === 'or';
  if (adp(s[0]) && coord(s[0] + 1) && adp(s[1])) return true;
  return coord(s[0]) && adp(s[0] + 1) && adp(s[0] - 1) && s[1] < T.length && !adp(s[1]) && !T[s[1]].punct;
}

/** Is the token at i a noun (the head a quantifier takes)? */
const nounAt = (side: Side, i: number) => side.tokens[i]?.pos === 'NOUN' || side.tokens[i]?.pos === 'PROPN';

/**
 * A universal quantifier (function-words.yaml `universals`) on one side of a change the other side
 * reads without one, its noun bare or with an indefinite word ("We will challenge every request" →
 * "… requests", "… a request"): the commitment no longer reaches all of them, a `lexical` variant,
 * weakened when dropped from what an obligation in force lays down (strengthened when added), with no
 * direction elsewhere. Not: another universal on the other side ("every request" → "all requests"),
 * a definite determiner there (`definite-determiners`: "all the requests" → "the requests" names the
 * whole set), the subject of a rule (a generic plural, actors.yaml), nor "any" after a negator or
 * "if" in its clause ("will not disclose any data": the negation stressed).
 */
function universalChanged(c: Candidate, ctx: Ctx): Finding | null {
  const lex = ctx.lex;
  for (const fromBase of [true, false]) {
    const [X, xs, Y, ys] = facing(ctx, c, fromBase);
    let u = -1;
    for (let i = xs[0]; i < xs[1] && u < 0; i++) if (lex.universals.has(X.tokens[i].n)) u = i;
    if (u < 0) continue;
    for (let j = ys[0]; j < ys[1]; j++) if (lex.universals.has(Y.tokens[j].n)) return null;
    // X: a determiner of a noun ("every request", "all of the requests"), not "each other"
    let n = u + 1;
    while (n < X.tokens.length && n - u <= 4 && !nounAt(X, n) && (X.fn[n] || X.tokens[n].pos === 'ADJ' || X.tokens[n].pos === 'NUM') && !X.tokens[n].punct && X.tokens[n].n !== 'other') n++;
    // (what the verb acts on, "challenge every request"; not the noun of a phrase after it, "share
    // reports with all observers", which says with whom rather than what the duty covers)
    if (!nounAt(X, n) || inSubject(X, u, u + 1) || X.tokens[u - 1]?.pos === 'ADP') continue;
    // Y: the noun phrase in its place, bare or indefinite (from the word before the change to its
    // noun), with the same noun
    let definite = false;
    const from = ys[0] > 0 && Y.tokens[ys[0] - 1].pos === 'DET' ? ys[0] - 1 : ys[0];
    let m = from;
    for (; m < Y.tokens.length && m - from <= 5 && !nounAt(Y, m); m++) if (lex.definiteDeterminers.has(Y.tokens[m].n)) definite = true;
    // (the same noun: the quantifier dropped from it, not a word left over beside a move)
    if (definite || !nounAt(Y, m) || Y.tokens[m].lemma !== X.tokens[n].lemma) return null;
    // ("any" under a negator or a condition stresses it)
    if (X.tokens[u].n === 'any') {
      let stressed = false;
      for (let k = u - 1; k >= 0 && X.tokens[k].sentence === X.tokens[u].sentence && !isClausePunct(X.tokens[k]) && !stressed; k--) stressed = X.neg[k] || X.tokens[k].n === 'if' || X.tokens[k].n === 'whether' || X.tokens[k].n === 'without';
      if (stressed) return null;
    }
    // ("any ransom payment" → "ransom payments": the bare plural is the generic object, it covers
    // every payment as "any" did; function-words.yaml `generic-universals`)
    // (the head: the last noun of a compound, "ransom payment")
    let xh = n;
    while (nounAt(X, xh + 1)) xh++;
    let yh = m;
    while (nounAt(Y, yh + 1)) yh++;
    if (lex.genericUniversals.has(X.tokens[u].n) && m === from && X.tokens[xh].lemma === Y.tokens[yh].lemma && Y.tokens[yh].n !== Y.tokens[yh].lemma && X.tokens[xh].n === X.tokens[xh].lemma) {
      return { ...finding(c, 'grammatical', `grammatical (${fromBase ? 'a universal made a generic plural' : 'a generic plural made a universal'}: ${change(ctx, c)} — the same reach)`), whole: true };
    }
    const f = frameAt(X, u);
    const obliged = f !== null && f.sentence === X.tokens[u].sentence && f.end <= u && ruleKind(f) === 'obligation';
    const direction = obliged ? (fromBase ? 'weakened' : 'strengthened') : undefined;
    const word = q(X.tokens[u].t);
    const duty = obliged ? `the duty under ${q(f.auxWord ?? text(X, [f.start, f.end]))}` : 'the statement';
    const why = fromBase ? `the universal ${word} dropped: ${duty} no longer covers all of them` : `the universal ${word} added: ${duty} now covers all of them`;
    // (one change with its noun's number: "every request" → "requests" is not cut in two; the
    // quantifier alone dropped or added, "take [all] reasonable measures", is an omission or an
    // addition: a lexical change has words on both sides)
    const type = len(c.b) === 0 ? 'addition' : len(c.r) === 0 ? 'omission' : 'lexical';
    const head = type === 'lexical' ? `wording changed: ${change(ctx, c)}` : `${type === 'addition' ? 'added' : 'omitted'}: ${q(text(type === 'addition' ? ctx.reading : ctx.base, type === 'addition' ? c.r : c.b))}`;
    return { ...finding(c, type, `${head} — ${why}`, direction), whole: true };
  }
  return null;
}

/** Does the span hold a mark that ends a sentence ('.', '!', '?')? */
function sentenceEndIn(side: Side, s: Span): boolean {
  for (let i = s[0]; i < s[1]; i++) if (side.tokens[i].punct && /^[.!?]$/.test(side.tokens[i].n)) return true;
  return false;
}

/** Pronouns of the third person that may stand for the body a text comes from ("It also decided"). */
const THIRD_PERSON = new Set(['it', 'they', 'he', 'she']);

/**
 * A pronoun of the third person added (dropped) as the subject of a verb the other side uses with
 * no subject ("Decides to include …" → "It also decided to include …", a press release reporting a
 * resolution): the body that decides, named, a frame of its own, an `addition` (`omission`) as "The
 * Assembly also decided" is, not one function word among others. The span is the pronoun and
 * adverbs, opening its clause; the verb after it reads the other side's verb (one stem), which
 * opens its clause there.
 */
function pronounFrame(c: Candidate, ctx: Ctx): Finding | null {
  if ((len(c.b) === 0) === (len(c.r) === 0)) return null;
  const added = len(c.b) === 0;
  const [X, xs, Y, ys] = added ? [ctx.reading, c.r, ctx.base, c.b] : [ctx.base, c.b, ctx.reading, c.r];
  const T = X.tokens;
  if (T[xs[0]].pos !== 'PRON' || !THIRD_PERSON.has(T[xs[0]].n)) return null;
  for (let i = xs[0] + 1; i < xs[1]; i++) if (T[i].pos !== 'ADV') return null;
  const opens = (side: Side, i: number) => {
    const p = side.tokens[i - 1];
    return !p || p.sentence !== side.tokens[i].sentence || isClausePunct(p);
  };
  const v = T[xs[1]];
  const w = Y.tokens[ys[0]];
  if (!v || !w || !opens(X, xs[0]) || !opens(Y, ys[0]) || v.stem !== w.stem || !(v.pos === 'VERB' || w.pos === 'VERB')) return null;
  const words = q(text(X, xs));
  return added
    ? finding(c, 'addition', `added: ${words} — the subject of a verb the base uses with none: who speaks (the body the text comes from), a frame`)
    : finding(c, 'omission', `omitted: ${words} — the subject of a verb the witness uses with none: who speaks (the body the text comes from), a frame`);
}

/**
 * A change that adds (drops) nothing but an additive adverb (function-words.yaml `additive-adverbs`:
 * "also", "further", "additionally"), with the commas that set it apart: one `grammatical` variant,
 * as the connective adverbs are ("moreover"), whichever word links the statement to the one before.
 */
function additiveAdverb(c: Candidate, ctx: Ctx): Finding | null {
  const added = len(c.b) === 0;
  if (added === (len(c.r) === 0)) return null;
  const [side, s] = added ? [ctx.reading, c.r] : [ctx.base, c.b];
  if (len(s) > 5) return null;
  const words: string[] = [];
  for (let i = s[0]; i < s[1]; i++) {
    const t = side.tokens[i];
    if (t.punct) {
      if (t.n !== ',') return null;
    } else words.push(t.n);
  }
  if (words.length === 0 || !ctx.lex.additiveAdverbs.has(words.join(' '))) return null;
  // (not "further" before a noun or adjective it modifies: "further measures", "further detailed")
  const next = side.tokens[s[1]];
  if (next && (next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'NUM') && !side.tokens[s[1] - 1].punct) return null;
  // (whole: the commas that set the adverb apart go with it)
  return { ...finding(c, 'grammatical', `grammatical (connective adverb): ${change(ctx, c)} — the statement linked to the one before, its content unchanged`), whole: true };
}

/** Does a change on one side only hold a reciprocal pronoun (function-words.yaml `reciprocals`)? */
function reciprocalOnOneSide(c: Candidate, ctx: Ctx): boolean {
  if ((len(c.b) === 0) === (len(c.r) === 0)) return false;
  const [side, s] = len(c.b) > 0 ? [ctx.base, c.b] : [ctx.reading, c.r];
  const T = side.tokens;
  for (const p of ctx.lex.reciprocals) {
    for (let i = s[0]; i + p.length <= s[1]; i++) {
      let ok = true;
      for (let k = 0; k < p.length && ok; k++) ok = T[i + k].n === p[k];
      if (ok) return true;
    }
  }
  return false;
}

export const grammatical: Classifier = {
  name: 'grammatical',
  classify(c, ctx) {
    // "Each Party" → "The Parties" looks like number and article, but the bearer changes (actor.ts);
    // so does "the requested State" → "the requesting State" (inflection, but the other party), and
    // "we will" → "they will" (one pronoun for another, but another bearer)
    const several = severalOrJoint(c, ctx) ?? partialParty(c, ctx) ?? roleParty(c, ctx) ?? pronounBearer(c, ctx);
    if (several) return several;
    // (a directive under a modal it does not write against the same directive in the passive,
    // "States should: | (j) Encourage …" → "States are encouraged to": a change of force, modality's)
    if (modalOverActiveDirective(c, ctx)) return null;
    const deadline = deadlineConnective(c, ctx);
    if (deadline) return deadline;
    // an additive adverb alone added or dropped ("will also not use", "will further not use"): a
    // connective, grammar, whichever word it is (in a frame added with it, `The Assembly also
    // decided`, it goes with the frame's addition)
    const additive = additiveAdverb(c, ctx);
    if (additive) return additive;
    // connectives are short: only short changes are looked at
    if (len(c.b) > 0 && len(c.r) > 0 && len(c.b) <= 4 && len(c.r) <= 4) {
      const found = shortConnective(c, ctx);
      if (found) return found;
    }
    // (the reading's coordinator in place of the base's sentence end and the subject it restates,
    // ". Such assessments should" → ", and shall": two sentences made one, the second rule now shares
    // the subject and the scope of the first; a `merge`, substantive, not a change of grammar)
    const joined = restatement(ctx.reading, c.r, ctx.base, c.b);
    if (joined && sentenceEndIn(ctx.base, c.b) && !sentenceEndIn(ctx.reading, c.r)) {
      return { ...finding(c, 'merge', `sentences merged: ${change(ctx, c)} — the second sentence is joined to the first, its rule now shares the first one's subject and scope`), whole: true };
    }
    const restated = restatement(ctx.base, c.b, ctx.reading, c.r) ?? joined;
    if (restated) {
      return finding(c, 'grammatical', `grammatical (${restated} restated): ${change(ctx, c)}`);
    }
    if (coordinatedPreposition(c, ctx)) return null;
    // (a reciprocal dropped or added whole, "with one another": the parties the act is done with)
    if (reciprocalOnOneSide(c, ctx)) return null;
    const frame = pronounFrame(c, ctx);
    if (frame) return frame;
    const reasons = grammaticalReasons(ctx, c.b, c.r);
    if (!reasons) return null;
    // function words all, but a universal among them dropped or added ("every request" → "requests")
    const universal = universalChanged(c, ctx);
    if (universal) return universal;
    // an article for another before an adjective of rank ("shall be a primary consideration" →
    // "the primary consideration"): one among several becomes the only or overriding one, a change
    // of meaning, not of grammar (function-words.yaml `ranking-adjectives`)
    if (reasons.length === 1 && reasons[0] === 'article' && len(c.b) > 0 && len(c.r) > 0) {
      const nb = ctx.base.tokens[c.b[1]];
      const nr = ctx.reading.tokens[c.r[1]];
      if (nb && nr && nb.n === nr.n && ctx.lex.rankingAdjectives.has(nb.n)) {
        return { ...finding(c, 'lexical', `wording changed: ${change(ctx, c)} — the article before ${q(nb.t)} says whether it is one of several or the only one`), whole: true };
      }
    }
    // the same token at an edge of both sides (", and" → ",") is not part of the change
    const t = { ...c, b: [...c.b] as Span, r: [...c.r] as Span };
    const same = (i: number, j: number) => ctx.base.tokens[i].n === ctx.reading.tokens[j].n;
    while (len(t.b) > 0 && len(t.r) > 0 && len(t.b) + len(t.r) > 2 && same(t.b[0], t.r[0])) {
      t.b[0]++;
      t.r[0]++;
    }
    while (len(t.b) > 0 && len(t.r) > 0 && len(t.b) + len(t.r) > 2 && same(t.b[1] - 1, t.r[1] - 1)) {
      t.b[1]--;
      t.r[1]--;
    }
    if (t.b[0] !== c.b[0] || t.b[1] !== c.b[1]) {
      const rt = grammaticalReasons(ctx, t.b, t.r);
      if (rt) return finding(t, 'grammatical', `grammatical (${rt.join(', ')}): ${change(ctx, t)}`);
    }
    return finding(c, 'grammatical', `grammatical (${reasons.join(', ')}): ${change(ctx, c)}`);
  },
};
