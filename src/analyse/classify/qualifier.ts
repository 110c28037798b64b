/**
 * `qualifier-dropped` / `qualifier-added`: a condition, purpose, means, manner, time limit or named case (scope)
 * restriction removed or added. Phrase-aware, not op-aware: paraphrases rewrite whole clauses, so
 * a big replace may hide a dropped condition. For each qualifier phrase of the base (head from
 * lexicons/qualifiers.yaml through to the next clause boundary), if most of its content words
 * (share set by `qualifier-missing` in lexicons/thresholds.yaml) are absent from the witness's
 * whole reading of the unit, the phrase is dropped; its tokens are claimed, so no other variant
 * reports them. Words found elsewhere in the reading mean the phrase moved or was reworded in
 * place: not dropped. Symmetric for phrases of the reading.
 */
import type { Direction, Span, Token } from '../../types.js';
import { type Candidate, type Classifier, type Ctx, type Finding, alikeMap, finding, len, opAt, q, text, unclaimed, wordsKey, oriented } from '../context.js';
import { type Lexicons, type QualifierHead, firstWords } from '../lexicon.js';
import { type Frame, NP_POS, type Side, actorNoun, auxEnd, contentCount, contentLemmas, firstFrameFrom, frameAt, isClausePunct, nounPhraseStart, presentIn, sentenceInitial } from '../side.js';
import { compoundOnly } from './compound.js';
import { declarative } from './modality.js';
import { acronymOf, citedPartEnd, doubledNumberBefore, numberValue, sameWrittenForm } from './spelling.js';
import { savedRight } from './saving.js';

export interface Phrase {
  start: number;
  end: number;
  /** Tokens matched by the literal head words ("in", "a", "manner"); not counted as content. */
  head: number[];
  kind: string;
  /** The head is the whole qualifier (a manner adverb). */
  word: boolean;
  /** The head opens a clause only (qualifiers.yaml `clause`: "before they are issued"). */
  clause?: boolean;
  /** A list item read inside its lead-in's condition (see inheritCondition): no head of its own. */
  inherited?: boolean;
  /**
   * The "that" that ends the condition's evidential frame ("where there are grounds to believe |that|
   * the holder is unfit"), when the phrase goes on past it: the frame reworded in place is read over
   * the words before it (claimSide).
   */
  frameEnd?: number;
}

/** Does a frame's directive verb start at j, past adverbs of sequence ("also encourages")? */
function directiveVerbAt(side: Side, j: number, lex: Lexicons): boolean {
  while (j < side.tokens.length && lex.directiveAdverbs.has(side.tokens[j].n)) j++;
  return side.frames.some((f) => f.verb && f.verb[0] === j && !f.verbNegative);
}

function skipAdverbs(tokens: readonly Token[], j: number, end: number): number {
  while (j < end && tokens[j].pos === 'ADV') j++;
  return j;
}

/** Match a head at i; returns the end of the matched words, or -1 (literal word indices into `lit`). */
function matchHead(side: Side, i: number, h: QualifierHead, lex: Lexicons, lit: number[]): number {
  const T = side.tokens;
  lit.length = 0;
  let j = i;
  for (let w = 0; w < h.words.length; w++) {
    const word = h.words[w];
    if (word === '...') {
      const nextWord = h.words[w + 1];
      if (nextWord === undefined) return -1;
      let k = j;
      const limit = Math.min(T.length, j + lex.maxGap + 1);
      while (k < limit && T[k].n !== nextWord && !(T[k].punct && T[k].n !== ',' && T[k].n !== '-')) {
        if (h.gapPos && !T[k].punct && !h.gapPos.includes(T[k].pos)) return -1;
        k++;
      }
      if (k >= limit || T[k].n !== nextWord || k === j) return -1;
      j = k;
      continue;
    }
    if (j >= T.length || T[j].n !== word) return -1;
    lit.push(j);
    j++;
  }
  if (h.notAfter && i > 0 && h.notAfter.includes(T[i - 1].pos)) return -1;
  // (for a predicate head, past a negator or adverbs after the linking verb: "are not subject to
  // undue delay", "remain fully subject to": the predicate negated, still no proviso)
  let w = i - 1;
  if (h.predicate) while (w > 0 && i - w <= 3 && (side.neg[w] || T[w].pos === 'ADV') && T[w].pos !== 'ADP') w--;
  if (h.notAfterWord && w >= 0 && i > 0 && (h.notAfterWord.includes(T[w].lemma) || h.notAfterWord.includes(T[w].n)) && !(h.predicate && predicateFollows(side, j))) return -1;
  if (h.notAfterWord && h.predicate && elidedLink(T, i, h.notAfterWord)) return -1;
  if (h.notAfterParticiple && postNominalParticiple(T, i - 1)) return -1;
  if (h.describesNoun && describesNoun(T, i, j, h.describesNoun)) return -1;
  // a downtoner of a directive verb ("Only encourages States to", modality.yaml
  // `directive-downtoners`) weakens the directive; it restricts no act
  if (j - i === 1 && lex.directiveDowntoners.has(T[i].n) && directiveVerbAt(side, j, lex)) return -1;
  if (h.notReference && reference(T, i, j, lex)) return -1;
  // (opening its sentence before a part of a text, "According to paragraph 1, a Party shall …": it
  // says where the rule is stated, an attribution, not a case the rule holds in)
  if (h.notCiting && (i === 0 || T[i - 1].sentence !== T[i].sentence)) {
    let k = j;
    while (k < T.length && k < j + 3 && (T[k].pos === 'DET' || T[k].pos === 'ADJ')) k++;
    if (k < T.length && (h.notCiting.includes(T[k].n) || h.notCiting.includes(T[k].lemma.toLowerCase()))) return -1;
  }
  if (h.clause && (j >= T.length || !opensClause(T, j - 1))) return -1;
  if (h.afterVerb && !afterVerb(T, i, h.afterVerb, lex.thresholds.purposeBacktrack)) return -1;
  // (after an auxiliary the participle is the act itself, put in the passive: "shall be
  // immediately reported")
  const afterAux = i > 0 && (T[i - 1].pos === 'AUX' || T[i - 1].lemma === 'be' || side.marker[i - 1] >= 0);
  if (j < T.length && !afterAux && ((h.notBefore && h.notBefore.includes(T[j].pos)) || (h.notBeforeWord && h.notBeforeWord.some((re) => re.test(T[j].n))))) return -1;
  if (h.nextPos || h.nextWord) {
    const k = skipAdverbs(T, j, T.length);
    if (k >= T.length) return -1;
    // (by part of speech, or else by the word, or the two words, that follow)
    if (h.nextPos === null || !h.nextPos.includes(T[k].pos)) {
      if (h.nextWord === null) return -1;
      const one = T[k].n;
      const two = k + 1 < T.length ? `${one} ${T[k + 1].n}` : null;
      if (!h.nextWord.some((re) => re.test(one) || (two !== null && re.test(two)))) return -1;
    }
  }
  return j;
}

/**
 * Does the head [i, j) stand right after a noun, before a noun phrase (determiners and adjectives
 * skipped) whose noun's lemma is one of `nouns` ("persons subject to sanctions", "all individuals
 * subject to its jurisdiction")? The phrase then says what the noun before it is subject to.
 */
function describesNoun(T: readonly Token[], i: number, j: number, nouns: readonly string[]): boolean {
  if (i === 0 || !(T[i - 1].pos === 'NOUN' || T[i - 1].pos === 'PROPN')) return false;
  let k = j;
  while (k < T.length && (T[k].pos === 'DET' || T[k].pos === 'ADJ' || T[k].pos === 'PRON')) k++;
  return k < T.length && (nouns.includes(T[k].lemma) || nouns.includes(T[k].n));
}

/**
 * After a linking verb ("Activities are subject to the availability of funds and are to be carried
 * out"), is the predicate the head opens coordinated with a later predicate that has an auxiliary or
 * a modal of its own (in its clause: up to a "," ";" or the sentence end)? Then the first states a
 * proviso on the second, a condition, not the duty itself. A bare participle after the coordinator
 * shares the linking verb ("shall be subject to review and approved by …"): one list of predicates.
 */
function predicateFollows(side: Side, j: number): boolean {
  const T = side.tokens;
  for (let k = j; k < T.length && T[k].sentence === T[j - 1].sentence && !T[k].punct; k++) {
    if (T[k].pos !== 'CCONJ') continue;
    // (past a noun coordinated inside the predicate: "of funds and personnel and are to be …")
    const m = skipAdverbs(T, k + 1, T.length);
    if (T[m] && (T[m].pos === 'AUX' || side.marker[m] >= 0)) return true;
    if (!T[m] || T[m].pos === 'VERB') return false;
  }
  return false;
}

/**
 * Is the head at i right after a coordinator that elides a linking verb of `link` standing before
 * it in the clause ("shall be handled only by authorised personnel and subject to confidentiality
 * safeguards" = "… and [be] subject to …")? The head then opens a predicate, like the head right
 * after the linking verb.
 */
function elidedLink(T: readonly Token[], i: number, link: readonly string[]): boolean {
  if (i < 2 || T[i - 1].pos !== 'CCONJ') return false;
  // (past coordinated participles: "shall be processed and handled only by … and subject to …")
  for (let k = i - 2; k >= 0 && T[k].sentence === T[i].sentence && !T[k].punct && T[k].pos !== 'SCONJ'; k--) {
    if (link.includes(T[k].lemma) && (T[k].pos === 'AUX' || T[k].pos === 'VERB')) return true;
  }
  return false;
}

/**
 * Is the word at k a past participle after a noun, which it post-modifies ("orders issued", "data
 * [lawfully] obtained", "requests made")? A verb in a form of its own that is no -s or -ing form,
 * with a noun (adverbs aside) right before it.
 */
function postNominalParticiple(T: readonly Token[], k: number): boolean {
  if (k < 1 || T[k].pos !== 'VERB' || T[k].n === T[k].lemma || /(?:ing|[^s]s)$/.test(T[k].n)) return false;
  let b = k - 1;
  while (b > 0 && T[b].pos === 'ADV') b--;
  return T[b].pos === 'NOUN' || T[b].pos === 'PROPN';
}

/**
 * Is the word at k a participle that modifies the noun right before it (adverbs aside), past or
 * present ("data obtained", "costs arising from", "persons holding a licence")? A verb in a form of
 * its own that is no -s form.
 */
function nounModifier(T: readonly Token[], k: number): boolean {
  if (k < 1 || T[k].pos !== 'VERB' || T[k].n === T[k].lemma || /[^s]s$/.test(T[k].n)) return false;
  let b = k - 1;
  while (b > 0 && T[b].pos === 'ADV') b--;
  return T[b].pos === 'NOUN' || T[b].pos === 'PROPN';
}

/** Words between a head and the noun of its object: determiners, adjectives, figures, possessives. */
const OBJECT_MODIFIERS = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'ADV']);

/**
 * Does the head at [i, j) name a legal instrument (qualifiers.yaml `instruments`: "this Code", "the
 * new rules", "national law", "Article 5") after a noun or at the start of its sentence (or after
 * a ";" or ":")? Then it says which things the rule is about ("export controls under this Code",
 * "records of decisions under this Code") or frames the text ("Under the new rules, operators will
 * …"): a reference, no condition of the rule. After a verb it stays one ("act under national law").
 * A place in an agenda (`agenda-items`: "under the item entitled …", "under agenda item 94") is a
 * reference wherever it stands: it says where the question is taken up, not when the rule holds.
 */
function reference(T: readonly Token[], i: number, j: number, lex: Lexicons): boolean {
  const named = (k: number, set: ReadonlySet<string>) => set.has(T[k].n) || set.has(T[k].lemma.toLowerCase());
  let k = j;
  // (and a coordinator between two modifiers: "under domestic or international law", "under
  // national and international law")
  const coordinated = (x: number) => T[x].pos === 'CCONJ' && x > j && OBJECT_MODIFIERS.has(T[x - 1].pos) && x + 1 < T.length && OBJECT_MODIFIERS.has(T[x + 1].pos);
  while (k < T.length && k < j + 5 && (OBJECT_MODIFIERS.has(T[k].pos) || T[k].n === '-' || coordinated(k)) && !lex.instruments.has(T[k].n) && !lex.agendaItems.has(T[k].n)) k++;
  if (k >= T.length) return false;
  if (named(k, lex.agendaItems)) return true;
  const opens = i === 0 || T[i - 1].sentence !== T[i].sentence || T[i - 1].n === ';' || T[i - 1].n === ':';
  if (!opens && T[i - 1].pos !== 'NOUN' && T[i - 1].pos !== 'PROPN') return false;
  // (opening the sentence, the party's own law bounds the rule, "Under domestic law, ministries
  // shall …": a condition, as "In accordance with national law," is; qualifiers.yaml `own-law`)
  if (opens && k > j && lex.ownLaw.modifiers.has(T[k - 1].n.toLowerCase()) && named(k, lex.ownLaw.nouns)) return false;
  return named(k, lex.instruments);
}

/** Parts of speech of the object noun phrase walked back over from a head to its verb. */
/** A word read as a participle by its ending ("emerging", "existing", "related"). */
const PARTICIPLE = /^[a-z]{3,}(?:ing|ed)$/;
const OBJECT_POS = new Set(['NOUN', 'PROPN', 'PRON', 'DET', 'ADJ', 'NUM', 'ADP', 'PART', 'CCONJ']);

/**
 * Is the verb before the head at i, past its object noun phrase (at most `back` words: "keep [the
 * logs of all transfers] for …", "shall be retained for …"), one of `lemmas`?
 */
function afterVerb(T: readonly Token[], i: number, lemmas: readonly string[], back: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 1 - back && T[k].sentence === T[i].sentence; k--) {
    if (T[k].pos === 'VERB') return lemmas.includes(T[k].lemma);
    if (!OBJECT_POS.has(T[k].pos) && !(T[k].punct && T[k].n === "'")) return false;
  }
  return false;
}

/** Does the word at j open a clause: a verb within the next few words, before any punctuation? */
function opensClause(T: readonly Token[], j: number): boolean {
  // a relative pronoun before a plural-looking noun opens a clause whose verb the tagger read as a
  // noun ("activity that damages critical infrastructure"): "that", "which", "who" do not
  // determine a plural noun
  const k0 = skipAdverbs(T, j + 1, T.length);
  if (RELATIVE.has(T[j].n) && k0 < T.length && isVerbLikeNoun(T[k0])) return true;
  for (let k = j + 1; k < Math.min(T.length, j + 5); k++) {
    if (T[k].punct) return false;
    if (T[k].pos === 'VERB' || T[k].pos === 'AUX') return true;
  }
  return false;
}

/** Is the "to" at i a purpose infinitive (not the complement of "encourage X to", "the right to")? */
const DEMONSTRATIVES = new Set(['that', 'this', 'these', 'those']);

function purposeTo(side: Side, i: number, lex: Lexicons): boolean {
  const T = side.tokens;
  if (T[i].n !== 'to') return false;
  const k = skipAdverbs(T, i + 1, T.length);
  // an infinitive: a verb in its base form ("to developing States" is a recipient, not a purpose)
  if (k >= T.length || T[k].pos !== 'VERB' || T[k].n !== T[k].lemma) return false;
  // a bare infinitive of what is to come (qualifiers.yaml `purpose-to.sequels`) right after a noun,
  // nothing after it before the clause ends ("with formal confirmation to follow", "details to
  // come"): it says what is to come of the noun, no purpose
  if (k === i + 1 && i > 0 && lex.purposeSequels.has(T[k].lemma) && (T[i - 1].pos === 'NOUN' || T[i - 1].pos === 'PROPN') && (k + 1 >= T.length || T[k + 1].punct)) return false;
  // "… to publish reports and to inform users": an infinitive coordinated with an earlier one is
  // what that one is (a complement of "Encourages", here), not a purpose of its own
  if (i > 0 && T[i - 1].pos === 'CCONJ') {
    for (let p = i - 2; p >= 0 && T[p].sentence === T[i].sentence; p--) {
      if (T[p].n !== 'to') continue;
      const v = skipAdverbs(T, p + 1, T.length);
      if (v < T.length && T[v].pos === 'VERB' && T[v].n === T[v].lemma) return purposeTo(side, p, lex);
    }
  }
  const back = lex.thresholds.purposeBacktrack;
  let crossedOf = false;
  let skipped = 0;
  for (let p = i - 1; p >= 0 && p >= i - 1 - back - skipped; p--) {
    if (T[p].sentence !== T[i].sentence) return true;
    // a phrase set off by commas right before the "to" ("Requests the Secretary-General, within
    // existing resources, to provide"): the infinitive completes what stands before it
    if (p === i - 1 && T[p].n === ',') {
      let q = p - 1;
      while (q >= 0 && p - q <= 8 && T[q].sentence === T[i].sentence && T[q].n !== ',' && !T[q].punct) q--;
      if (q >= 0 && q < p - 1 && T[q].n === ',') {
        skipped = p - q + 1;
        p = q;
        continue;
      }
    }
    // before an "of" phrase only a singular noun takes the infinitive ("the capacity of States to
    // act"; "the authorities of other States to prevent crime" are bodies, and "to" a purpose)
    const plural = crossedOf && T[p].pos === 'NOUN' && T[p].n !== T[p].lemma;
    if (T[p].n === 'of') crossedOf = true;
    if (!plural) for (const entry of complementsEnding(T[p], lex)) {
      let ok = true;
      for (let w = 0; w < entry.length && ok; w++) {
        const t = T[p - w];
        // (a verb opening a paragraph with a capital, "Requests", may be read as a name)
        ok = !!t && (t.lemma === entry[w] || t.n === entry[w] || (t.pos === 'PROPN' && (t.n === `${entry[w]}s` || t.n === `${entry[w]}es`)));
      }
      if (ok) return false;
    }
    // a hyphen inside a name ("Secretary-General")
    if (T[p].n === '-' && T[p - 1] && !T[p - 1].punct && T[p + 1] && !T[p + 1].punct) continue;
    const pos = T[p].pos;
    // the object noun phrase, with an "of" phrase in it ("the capacity of developing countries to
    // detect") and participles before a noun ("developing countries")
    const participle = pos === 'VERB' && /(?:ing|ed)$/.test(T[p].n) && (T[p + 1]?.pos === 'NOUN' || T[p + 1]?.pos === 'PROPN');
    // (a demonstrative before its noun, whatever the tagger calls it: "require [that] person to
    // preserve", read as a subordinator after "require")
    const demonstrative = DEMONSTRATIVES.has(T[p].n) && (T[p + 1]?.pos === 'NOUN' || T[p + 1]?.pos === 'PROPN') && p + 1 < i;
    const np = pos === 'NOUN' || pos === 'PROPN' || pos === 'PRON' || pos === 'DET' || pos === 'ADJ' || pos === 'NUM' || pos === 'CCONJ' || pos === 'PART' || (T[p].punct && T[p].n === "'") || T[p].n === 'of' || participle || demonstrative;
    if (!np) return true;
  }
  return true;
}

/**
 * Per lexicon: qualifiers.yaml `purpose-to.complements` (words reversed) by their last word; null
 * when one is empty (it would match anywhere: no index).
 */
const COMPLEMENTS = new WeakMap<readonly string[][], Map<string, string[][]> | null>();

/**
 * The complements (words reversed) whose last word the token may be: its lemma or form, or, for a
 * name, its form less an "s" or "es" (purposeTo compares them so). A superset of those that match.
 */
function complementsEnding(t: Token, lex: Lexicons): string[][] {
  let byLast = COMPLEMENTS.get(lex.complements);
  if (byLast === undefined) {
    byLast = new Map();
    for (const entry of lex.complements) {
      if (entry.length === 0) {
        byLast = null;
        break;
      }
      const arr = byLast.get(entry[0]);
      if (arr) arr.push(entry);
      else byLast.set(entry[0], [entry]);
    }
    COMPLEMENTS.set(lex.complements, byLast);
  }
  if (byLast === null) return lex.complements;
  const a = byLast.get(t.lemma);
  const b = t.n !== t.lemma ? byLast.get(t.n) : undefined;
  const c = t.pos === 'PROPN' && t.n.endsWith('s') ? byLast.get(t.n.slice(0, -1)) : undefined;
  const d = t.pos === 'PROPN' && t.n.endsWith('es') ? byLast.get(t.n.slice(0, -2)) : undefined;
  if (!b && !c && !d) return a ?? NONE;
  return [...(a ?? []), ...(b ?? []), ...(c ?? []), ...(d ?? [])];
}

const NONE: string[][] = [];

interface Head {
  end: number;
  lit: number[];
  kind: string;
  verbal: boolean;
  word: boolean;
  clause?: boolean;
  endsBefore?: string[] | null;
  participle?: boolean;
}

function headAt(side: Side, i: number, lex: Lexicons): Head | null {
  const hs = lex.qualifierHeads.get(side.tokens[i].n);
  if (hs) {
    const lit: number[] = [];
    for (const h of hs) {
      const e = matchHead(side, i, h, lex, lit);
      if (e > i) return { end: e, lit: h.extent === 'word' ? [] : lit.slice(), kind: h.kind, verbal: h.verbal, word: h.extent === 'word', clause: h.clause, endsBefore: h.endsBefore, participle: h.participle };
    }
  }
  if (purposeTo(side, i, lex)) return { end: i + 1, lit: [i], kind: lex.purposeKind, verbal: true, word: false };
  return null;
}

/** Words that open a clause after a noun: a relative ("a manner which would"), or the content of the noun ("a risk that the item may be used"). */
export const RELATIVE = new Set(['which', 'who', 'whom', 'whose', 'that']);

/** A common noun in an -s form of its lemma ("damages", "impairs"): after a relative pronoun, a verb. */
function isVerbLikeNoun(t: Token): boolean {
  return t.pos === 'NOUN' && t.n !== t.lemma && t.n === `${t.lemma}s` && !t.n.endsWith('ss');
}
const CLAUSE_HEAD_KINDS = new Set(['condition']);
/** Kinds of phrase a condition of its own words closing the clause ends: it qualifies the rule, not them. */
const SENTENCE_CONDITION_AFTER = new Set(['means', 'scope']);

/** The qualifier phrases of a side, in order, not overlapping (cached on the side). */
const NOMINAL = new Set(['NOUN', 'PROPN']);
const ITEM_START = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM']);

/**
 * Does the series go on after the comma at j: a noun before it and another noun-phrase item after
 * it with no verb of its own up to the next comma or coordinator (not "…, States should"), or, in a
 * verbal phrase, a verb before and after ("to prevent, deter and respond")?
 */
/** A participle with no modal of its own (a limb of a predicate "is leaked, damaged or lost" shares). */
function participleOfSeries(side: Side, i: number): boolean {
  const t = side.tokens[i];
  return !!t && t.pos === 'VERB' && side.marker[i] < 0 && !side.neg[i] && (t.n !== t.lemma || PARTICIPLE.test(t.n));
}

/**
 * The auxiliary a run of participles ending at `last` shares ("is leaked", "has been leaked,
 * damaged"): walking back over participles and the commas between them to an auxiliary that is no
 * modal. Its index, or -1.
 */
function participleSeries(side: Side, last: number): number {
  const T = side.tokens;
  let i = last;
  if (!participleOfSeries(side, i)) return -1;
  while (i > 0) {
    const t = T[i - 1];
    if (t.pos === 'AUX' && side.marker[i - 1] < 0) return i - 1;
    if (t.n === ',' && i >= 2 && participleOfSeries(side, i - 2)) i -= 2;
    else return -1;
  }
  return -1;
}

/**
 * Does a run of participles sharing one auxiliary go on past the comma at j, closed further on by a
 * coordinator before its last participle ("has been leaked[,] damaged or lost")?
 */
function participleSeriesGoesOn(side: Side, j: number): boolean {
  const T = side.tokens;
  if (participleSeries(side, j - 1) < 0) return false;
  for (let k = j + 1; k < T.length && T[k].sentence === T[j].sentence; k++) {
    if (!participleOfSeries(side, k)) return false;
    const after = T[k + 1];
    if (after?.n === ',') {
      k++;
      continue;
    }
    return !!after && (after.n === 'and' || after.n === 'or') && participleOfSeries(side, k + 2);
  }
  return false;
}

/**
 * Is the comma at j one of the pair that sets off a limb sharing the object of the preposition
 * before it ("disclosure of[,] or access to[,] the data"): a preposition before each comma, a
 * coordinator right after the first, no other mark between them?
 */
function sharedObjectComma(T: readonly Token[], j: number): boolean {
  const prep = (k: number) => !!T[k] && T[k].pos === 'ADP' && !T[k].punct;
  if (!prep(j - 1)) return false;
  // (the first comma: the coordinator after it, the second comma further on)
  if (T[j + 1]?.pos === 'CCONJ') {
    for (let k = j + 2; k < T.length && T[k].sentence === T[j].sentence; k++) if (T[k].punct) return T[k].n === ',' && prep(k - 1);
    return false;
  }
  // (the second: the first comma before it)
  for (let k = j - 2; k > 0 && T[k].sentence === T[j].sentence; k--) if (T[k].punct) return T[k].n === ',' && prep(k - 1) && T[k + 1]?.pos === 'CCONJ';
  return false;
}

function seriesGoesOn(side: Side, j: number, verbal: boolean, setOff: boolean): boolean {
  const T = side.tokens;
  const prev = T[j - 1];
  const next = T[j + 1];
  if (!prev || !next) return false;
  if (verbal && prev.pos === 'VERB' && next.pos === 'VERB') return true;
  // (a preposition left waiting for its object, which it shares with the next limb: "disclosure
  // of, or access to, the data" — both commas are inside the phrase, which runs on to that object)
  if (sharedObjectComma(T, j)) return true;
  if (participleSeriesGoesOn(side, j)) return true;
  // (a serial comma before the last item: ", water and sanitation, and financial services")
  const serial = (next.n === 'and' || next.n === 'or') && !!T[j + 2] && ITEM_START.has(T[j + 2].pos) && T[j + 2].pos !== 'CCONJ';
  // (or a series of modifiers of one noun: "by physical, electrical or software means", in a
  // phrase set off by a comma, as an exception at the end of a rule is; inside the clause the
  // phrase is left as it was, its first item a change of its own when reworded)
  const modifiers = setOff && prev.pos === 'ADJ' && next.pos === 'ADJ';
  if (!(NOMINAL.has(prev.pos) || modifiers) || !(ITEM_START.has(next.pos) || serial)) return false;
  let k = serial ? j + 2 : j + 1;
  for (; k < T.length && !T[k].punct && T[k].pos !== 'CCONJ'; k++) {
    if (T[k].pos === 'VERB' || T[k].pos === 'AUX' || side.marker[k] >= 0 || side.neg[k] || T[k].sentence !== prev.sentence) return false;
  }
  // a phrase set off by a comma before its head (", in accordance with international law, support
  // ICT activity"): its closing comma ends it, unless a coordinator closes the series further on
  // (", including researchers, engineers and managers, States should", "…, including research,
  // training and exchanges."), with no verb before it; the words after the comma are the
  // predicate, whose verb the tagger may read as a noun (", … law, support ICT activity and
  // cooperate.")
  if (setOff) {
    let coordinated = serial;
    for (; k < T.length && T[k].sentence === prev.sentence; k++) {
      if (T[k].pos === 'CCONJ') coordinated = true;
      // (a plural noun the tagger read as a verb, last before the punctuation that closes the
      // series: "physical, electrical or software means.")
      else if (coordinated && T[k].pos === 'VERB' && T[k - 1].pos === 'NOUN' && (!T[k + 1] || T[k + 1].punct)) continue;
      // (and a participle as the last modifier of the noun: "strong, current or approved cryptography")
      else if (coordinated && T[k].pos === 'VERB' && T[k - 1].pos === 'CCONJ' && PARTICIPLE.test(T[k].n) && T[k + 1]?.pos === 'NOUN') continue;
      else if (T[k].pos === 'VERB' || T[k].pos === 'AUX' || side.marker[k] >= 0) return false;
      else if (T[k].punct && (coordinated || T[k].n !== ',')) return coordinated;
    }
    return coordinated;
  }
  return true;
}

/**
 * Is the phrase that opens at i set off by a comma before it: right before its head, or before the
 * phrase it is coordinated with (", where appropriate and [in accordance with national law], any
 * relevant information": the closing comma ends the run, the words after it are the rule's own)?
 * `out`: the phrases found before i.
 */
function setOffAt(T: readonly Token[], out: readonly Phrase[], i: number): boolean {
  if (i === 0) return false;
  if (T[i - 1].n === ',') return true;
  const prev = out[out.length - 1];
  return T[i - 1].pos === 'CCONJ' && !!prev && prev.end === i - 1 && prev.start > 0 && T[prev.start - 1].n === ',';
}

/** Longest subject (in tokens) that `subjectThenModal` reads before the modal. */
const MAX_CLAUSE_SUBJECT = 5;
const SUBJECT_WORD = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);

/** Does a short subject (a noun phrase or a pronoun) and then a modal marker start at k ("users may", "the user shall")? */
function subjectThenModal(side: Side, k: number): boolean {
  const T = side.tokens;
  let j = k;
  while (j < T.length && j - k < MAX_CLAUSE_SUBJECT && SUBJECT_WORD.has(T[j].pos) && side.marker[j] < 0 && !T[j].punct) j++;
  return j > k && j < T.length && side.marker[j] >= 0 && T[j].sentence === T[k].sentence;
}

/** Connectives that open a clause with a subject and a verb, whatever the tagger calls them (last word of a head: "unless", "except where", "provided that"). */
const SUBORDINATORS = new Set(['if', 'unless', 'where', 'when', 'whenever', 'that']);

/**
 * A relative clause (subject relative: "that provided it") on the noun an "of" inside a
 * prepositional condition governs ("without the consent of the Party | that provided it"): it says
 * which party's consent, part of the condition. The relative pronoun stands at j right after that
 * noun, a verb right after it; "of" stands between the head's end and the noun, after a noun.
 */
function ofObjectRelative(T: readonly Token[], from: number, j: number): boolean {
  const nominal = (k: number) => T[k]?.pos === 'NOUN' || T[k]?.pos === 'PROPN';
  if (!nominal(j - 1) || !(T[j + 1]?.pos === 'VERB' || T[j + 1]?.pos === 'AUX')) return false;
  for (let k = j - 2; k > from; k--) {
    if (T[k].punct || T[k].pos === 'VERB') return false;
    if (T[k].n === 'of') return nominal(k - 1);
  }
  return false;
}

export function qualifierPhrases(side: Side, lex: Lexicons): Phrase[] {
  if (side.qualifiers) return side.qualifiers;
  const T = side.tokens;
  const out: Phrase[] = [];
  let i = 0;
  while (i < T.length) {
    // a word of a modal marker ("endeavour to", "in order to" aside) opens no phrase (the "only" of
    // "only if", "only where" opens a restriction of its own, as before any other phrase: see
    // restatedException for the rule stated the other way round)
    const h = side.marker[i] >= 0 && !side.neg[i] ? null : headAt(side, i, lex);
    if (!h) {
      i++;
      continue;
    }
    let j = h.end;
    // (inside a relative clause the phrase takes in: its modal is its own, not the main clause's)
    let inRelative = false;
    let frameEnd = -1;
    if (!h.word) {
      while (j < T.length) {
        const t = T[j];
        // a boundary word opens a clause ("… that affects"), not a noun phrase ("… meet that standard")
        // (a relative pronoun after a noun inside a condition clause is part of it: "provided that
        // the measure is not applied in a manner which would constitute …", and so is the clause
        // a noun opens: "where there is a risk that the item may be used for …"); not so after a
        // head that is a preposition ("activity contrary to international law that damages …": the
        // relative reads the noun before the condition); so too a relative after a preposition
        // that follows a noun ("unless an international agreement to which the State is a party so
        // provides", "… a court before which …"; not "to that", a demonstrative)
        // After a connective that opens a clause ("unless", "if", "where") the relative is part of
        // the condition, however short the noun before it and whatever the tagger calls the
        // connective ("unless an international agreement [which the State has ratified] so
        // provides", "if a court [that has jurisdiction] so orders", "unless the user consents to
        // the transfer [which the law requires]"); not after a plural-looking noun after a noun,
        // a verb the tagger read as a noun ("unless the user consents | which must be in writing")
        const nominal = (k: number) => T[k]?.pos === 'NOUN' || T[k]?.pos === 'PROPN';
        const afterNoun = nominal(j - 1) || (t.n !== 'that' && T[j - 1]?.pos === 'ADP' && j - 2 >= h.end && nominal(j - 2));
        // A named case's relative clause after its noun names the case ("…, including the grounds
        // on which it may refuse cooperation"): part of it, from a preposition and "which"/"whom"
        // only ("including the States that…" may open the rule's next clause)
        const namedCase = h.kind === 'scope' && !h.word && (t.n === 'which' || t.n === 'whom') && T[j - 1]?.pos === 'ADP' && nominal(j - 2);
        const relative =
          namedCase ||
          (RELATIVE.has(t.n) && afterNoun && CLAUSE_HEAD_KINDS.has(h.kind) && !h.word && h.lit.length > 0 &&
          ((j - i > 3 && T[h.end - 1].pos !== 'ADP') || SUBORDINATORS.has(T[h.end - 1].n) && !(nominal(j - 1) ? isVerbLikeNoun(T[j - 1]) && nominal(j - 2) : isVerbLikeNoun(T[j - 2]) && nominal(j - 3)) || ofObjectRelative(T, h.end, j)));
        // (the relative's verb is the clause's own, no head of a phrase: "that provided it")
        if (relative && ofObjectRelative(T, h.end, j) && t.sentence === T[i].sentence) {
          j += 2;
          continue;
        }
        // "that" right after the verb of a condition clause opens that verb's object clause ("except
        // where this Law provides that consent is not required", "unless the court finds that …"):
        // what the condition says, part of it, not a new clause of the rule; the verb of the
        // clause itself, not an infinitive inside it ("where the authority has reasonable grounds
        // to believe that …" is left as it was: its rewording is read in place)
        // (an infinitive of a verb of belief is the clause's evidential frame, whose object is what
        // the condition is about: "where there are grounds to believe that the holder is unfit",
        // "if there is reason to suspect that …": modality.yaml `epistemic-clauses.verbs`)
        const complement =
          t.n === 'that' && T[j - 1]?.pos === 'VERB' && (T[j - 2]?.n !== 'to' || lex.epistemicClauses.verbs.has(T[j - 1].lemma)) && j - 1 >= h.end && h.kind === 'condition' && !h.word && h.lit.length > 0 && SUBORDINATORS.has(T[h.end - 1].n);
        if (complement && T[j - 2]?.n === 'to' && frameEnd < 0) frameEnd = j;
        // and a relative right after the noun of a manner head says which manner ("in a manner that
        // respects privacy", "in a way which …"): part of it
        const ofManner = h.kind === 'manner' && j === h.end && RELATIVE.has(t.n) && T[j - 1] && NOMINAL.has(T[j - 1].pos);
        if (namedCase || ofManner) inRelative = true;
        if (t.sentence !== T[i].sentence) break;
        // a time limit or a duration ends before the object clause of the verb it follows ("shall
        // decide within thirty days | whether the export requires a licence"): the clause is what
        // the act is about, not when it is due (qualifiers.yaml `limit-ends`)
        if ((h.kind === 'time' || h.kind === 'duration') && j > h.end && lex.limitEnds.has(t.n)) break;
        // a lead time ends before the event it counts back from ("at least six months | before each
        // election": the anchor is a deadline of its own, kept or dropped on its own; `ends-before`)
        if (j > h.end && h.endsBefore?.includes(t.n)) break;
        // a time phrase set before the verb's object ends where a determiner opens that object
        // after the phrase's noun ("reflect at all stages of the processing | a fair balance")
        if (h.kind === 'time' && !h.word && j > h.end + 1 && t.pos === 'DET' && nominal(j - 1) && !h.clause && !SUBORDINATORS.has(T[h.end - 1].n)) break;
        // "that" right after a connective that opens a clause is the clause's determiner ("only
        // where that country provides …"), not a boundary: the condition goes on
        const determiner = t.n === 'that' && j === h.end && h.kind === 'condition' && !h.word && h.lit.length > 0 && SUBORDINATORS.has(T[h.end - 1].n) && T[h.end - 1].n !== 'that';
        if (lex.qualifierBoundaries.has(t.n) && opensClause(T, j) && !relative && !complement && !ofManner && !determiner) {
          // (a preposition that the relative pronoun takes with it, "to which", opens the clause)
          if (afterNoun && !nominal(j - 1) && j - 1 > h.end) j--;
          break;
        }
        // a comma ends the phrase unless it goes on with a series ("including researchers,
        // engineers and managers", "in order to prevent, deter and respond")
        // a number written again in brackets goes on with the phrase ("within thirty (30) days"), and
        // so does a paragraph's number glued to its article's ("in accordance with Article 3(1)(a)")
        if (t.punct && j > h.end && lex.parentheticalMarks.has(t.t)) {
          const end = Math.max(doubledNumberBefore(T, j, h.end, lex)?.[1] ?? -1, citedPartEnd(T, j));
          if (end > j) {
            j = end;
            continue;
          }
        }
        if (isClausePunct(t) && !(t.n === ',' && (seriesGoesOn(side, j, h.verbal, setOffAt(T, out, i)) || repeatsHead(side, h, j + 1, lex)))) break;
        if (t.pos === 'CCONJ') {
          // a coordinator that opens a new predicate ends the phrase, unless the phrase is itself
          // a verb phrase ("to obtain data or manipulate systems")
          const k = skipAdverbs(T, j + 1, T.length);
          const next = T[k];
          // (a participle between two modifiers of one noun, "existing and emerging threats", is
          // an adjective coordinated with the one before, not a new predicate)
          // (also an irregular participle after an article, "a written and reasoned approval")
          const attributive = next && k === j + 1 && PARTICIPLE.test(next.n) && (T[j - 1].pos === 'ADJ' || PARTICIPLE.test(T[j - 1].n) || (T[j - 1].pos === 'VERB' && T[j - 1].n !== T[j - 1].lemma && T[j - 2]?.pos === 'DET')) && T[k + 1]?.pos === 'NOUN';
          // (nor a participle that shares the auxiliary of the one before, "if the data is leaked
          // or lost", "unless it has been encrypted or anonymised": one predicate of two limbs)
          const sharesAux = !!next && k === j + 1 && participleOfSeries(side, k) && participleSeries(side, j - 1) >= 0;
          if (next && !attributive && !sharesAux && (next.pos === 'VERB' || next.pos === 'AUX' || side.neg[k] || side.marker[k] >= 0) && !(h.verbal && next.pos === 'VERB' && side.marker[k] < 0)) break;
          // or a clause with a subject and a modal of its own ("in a valid way | and users may
          // withdraw it at any time": a permission of its own, not more of the manner)
          if (next && subjectThenModal(side, k)) break;
          // or a coordinated infinitive, a duty of its own ("to review the orders issued under this
          // Agreement and to report its findings"), unless the phrase is one ("in order to prevent
          // and to deter")
          if (next && !h.verbal && next.n === 'to' && infinitiveAt(T, k + 1)) break;
        }
        // the main clause's modal after the phrase ("By 2028 the Government will …", "Within 30
        // days States shall …"): the phrase ends where the subject before it begins
        if (side.marker[j] >= 0 && side.frames[side.marker[j]].aux?.[0] === j && !inRelative) {
          const cut = subjectBefore(side, h.end, j);
          if (cut > 0) {
            j = cut;
            break;
          }
          // or where the modal stands, when the phrase follows the subject of a clause that has no
          // modal before it ("Data held by the authority under national law | shall be deleted"):
          // the modal is the main clause's, not the phrase's own
          if (mainModalAfter(side, i, h.end, j)) break;
        }
        const nested = headAt(side, j, lex);
        // the "only" of an only-condition ("to supply their networks | only with prior clearance")
        // opens a restriction of the rule, not a word of the phrase before it (not after a
        // coordinator: "except as required by law and only in response to an order" is one
        // exception of two limbs)
        if (nested?.word && j > h.end && T[j - 1].pos !== 'CCONJ' && opensOnlyCondition(T, j, lex)) break;
        // a condition of its own words after a time limit ("within 72 hours [where practicable]",
        // "for five years [where possible]") qualifies the rule, not the limit: it ends the limit
        if (nested?.word && nested.kind === 'condition' && (h.kind === 'time' || h.kind === 'duration')) break;
        // and so does one that closes the clause after a means or a named case ("through mutual
        // recognition of certification mechanisms [where appropriate].", "including training
        // [where appropriate];"): it qualifies the rule, not the means or the case named (inside a
        // purpose it stays part of it: "to share data on request")
        if (nested?.word && nested.kind === 'condition' && SENTENCE_CONDITION_AFTER.has(h.kind) && j > h.end && (nested.end >= T.length || isClausePunct(T[nested.end]) || T[nested.end].sentence !== T[j].sentence)) break;
        // a new head ends the phrase, but not a bare "to" + verb inside it ("unless the supplier
        // takes steps to meet the standard" is one condition)
        if (nested && !nested.word && !(T[j].n === 'to' && nested.kind === lex.purposeKind && nested.lit.length === 1)) {
          // right after the head, a head opens what the phrase names ("including through mutual
          // recognition", "in particular by sharing"): one phrase, of the outer kind
          // and a preposition of the same kind right after a noun of the phrase qualifies that
          // noun ("consistent with their obligations under international law": one condition)
          const ofNoun = T[j].pos === 'ADP' && (T[j - 1].pos === 'NOUN' || T[j - 1].pos === 'PROPN') && nested.kind === h.kind;
          // and a means or a manner inside a condition clause ("Where a Party gives effect to
          // paragraph 1 [by means of an order], the Party shall …") says how the clause's own act is
          // done: part of the condition, which a witness may reword as a whole ("Where an order is
          // issued")
          const ofClause = h.kind === 'condition' && h.lit.length > 0 && SUBORDINATORS.has(T[h.end - 1].n) && (nested.kind === 'means' || nested.kind === 'manner');
          // and a phrase right after a past participle that follows a noun of the phrase says how
          // that noun's act is done ("except in exceptional circumstances [determined in accordance
          // with national law]"): part of the outer phrase, which one exception still names
          const ofParticiple = j - 1 > h.end && T[j - 1].pos === 'VERB' && /^[a-z]{3,}ed$/.test(T[j - 1].n) && nominal(j - 2) && CLAUSE_HEAD_KINDS.has(h.kind);
          // and a later limb that repeats the connective ("if A or where B") goes on with it
          if (j !== h.end && !ofNoun && !ofClause && !ofParticiple && !repeatsHead(side, h, j - 1, lex)) break;
          j = Math.max(nested.end, j + 1);
          continue;
        }
        j++;
      }
      // a coordinator left at the end joins the next phrase, not this one ("within three years
      // of its entry into force [and] every five years thereafter")
      while (j > h.end && (T[j - 1].pos === 'CCONJ' || T[j - 1].n === ',')) j--;
    }
    // a participle phrase set off by commas after a noun, the clause's modal or verb after it ("The
    // network, based on common identifiers, should not be fragmented"), describes the noun: it is
    // no condition of the rule (`participle` heads); so too before a coordinated clause with a
    // subject and modal of its own ("… network-of-networks, based on common identifiers, and
    // governments shall not …")
    const describes = h.participle && i >= 2 && T[i - 1].n === ',' && (T[i - 2].pos === 'NOUN' || T[i - 2].pos === 'PROPN') && T[j]?.n === ',' && !!T[j + 1] && (side.marker[j + 1] >= 0 || T[j + 1].pos === 'AUX' || T[j + 1].pos === 'VERB' || (T[j + 1].pos === 'CCONJ' && !!T[j + 2] && T[j + 2].pos !== 'VERB' && T[j + 2].pos !== 'AUX' && subjectThenModal(side, j + 2)));
    if (describes || statesBasis(T, h.lit, j, lex) || namesCriteria(T, h.lit, lex)) {
      i = Math.max(j, i + 1);
      continue;
    }
    out.push({ start: i, end: j, head: h.lit, kind: h.kind, word: h.word, ...(h.clause ? { clause: true } : {}), ...(frameEnd > i && frameEnd < j ? { frameEnd } : {}) });
    i = Math.max(j, i + 1);
  }
  side.qualifiers = out;
  return out;
}

/**
 * The opener of an absolute construction that ends where the time limit `p` begins (qualifiers.yaml
 * `absolute-openers`: "with" + a noun phrase + "to be" + a participle + place words: "with its first
 * meeting to be held in Washington | before the end of 2025"), when its words are all changed (gone
 * or new) and unclaimed on this side; else -1. The construction says what the limit falls on: it
 * goes with the limit, one time limit dropped (added), not an omission beside it.
 */
function absoluteLead(ctx: Ctx, own: Side, p: Phrase, dropped: boolean, claimed?: Uint8Array): number {
  if (p.kind !== 'time' || p.word || p.head.length === 0) return -1;
  const T = own.tokens;
  const i = p.start;
  // (back over place words after the participle: "in Washington")
  let k = i - 1;
  while (k >= 0 && T[k].sentence === T[i].sentence && (NP_POS.has(T[k].pos) || T[k].pos === 'ADP') && T[k].n !== 'to') k--;
  if (k < 3 || T[k].pos !== 'VERB' || T[k - 1].n !== 'be' || T[k - 2].n !== 'to') return -1;
  let w = k - 3;
  while (w >= 0 && T[w].sentence === T[i].sentence && NP_POS.has(T[w].pos)) w--;
  if (w < 0 || w >= k - 3 || !ctx.lex.absoluteOpeners.has(T[w].n)) return -1;
  const ed = edited(ctx)[dropped ? 0 : 1];
  for (let j = w; j < i; j++) if (!ed[j] || claimed?.[j]) return -1;
  return w;
}

/**
 * Is the phrase opened by a head of qualifiers.yaml `bases` ("on the basis of"), and does the other
 * side state a shared basis with the same head (statesBasis, up to its next punctuation mark)?
 */
function basisInOther(own: Side, p: Phrase, other: Side, lex: Lexicons): boolean {
  if (p.head.length === 0) return false;
  const head = p.head.map((k) => own.tokens[k].n);
  if (!lex.bases.heads.has(head.join(' '))) return false;
  const T = other.tokens;
  for (let i = 0; i + head.length <= T.length; i++) {
    if (!head.every((w, k) => T[i + k].n === w)) continue;
    let end = i + head.length;
    while (end < T.length && T[end].sentence === T[i].sentence && !T[end].punct) end++;
    const lit = head.map((_, k) => i + k);
    if (statesBasis(T, lit, end, lex)) return true;
  }
  return false;
}

/**
 * Does the phrase from the head `lit` to `end` state the basis the parties share (qualifiers.yaml
 * `bases`: "on the basis of shared democratic values")? What the commitment rests on is no case it
 * holds in: no qualifier phrase, its words compared as words (an omission dropped, no direction),
 * while "on the basis of a request" stays a condition.
 */
function statesBasis(T: readonly Token[], lit: readonly number[], end: number, lex: Lexicons): boolean {
  if (lit.length === 0 || !lex.bases.heads.has(lit.map((k) => T[k].n).join(' '))) return false;
  for (let k = lit[lit.length - 1] + 1; k < end; k++) if (lex.bases.words.has(T[k].n)) return true;
  return false;
}

/**
 * Does the head `lit` name the criteria of a ranking act (qualifiers.yaml `criteria`: "prioritise
 * content according to its virality")? The connective follows one of the verbs, past its object.
 * How the act is done is no case it holds in: no qualifier phrase, its words compared as words (a
 * criterion dropped an omission, no direction).
 */
function namesCriteria(T: readonly Token[], lit: readonly number[], lex: Lexicons): boolean {
  if (lit.length === 0 || !lex.criteria.heads.has(lit.map((k) => T[k].n).join(' '))) return false;
  return afterVerb(T, lit[0], [...lex.criteria.verbs], lex.thresholds.purposeBacktrack);
}

/**
 * Does a later limb of the condition opened by `h` begin at the coordinator at k, repeating a
 * connective of the same class ("if the breach is serious or where the data are sensitive",
 * "unless the owner consents, or unless a court orders it": `same-condition`, `exception` in
 * qualifiers.yaml)? Then it is one condition with two limbs, as "if A or B" is: a limb dropped is
 * a limb dropped, not the whole condition.
 */
function repeatsHead(side: Side, h: Head, k: number, lex: Lexicons): boolean {
  const T = side.tokens;
  if (h.kind !== 'condition' || h.word || h.lit.length === 0 || k < 0 || k + 1 >= T.length || !LIMB.has(T[k].n)) return false;
  const n = headAt(side, k + 1, lex);
  if (!n || n.word || n.kind !== 'condition' || n.lit.length === 0) return false;
  const a = h.lit.map((x) => T[x].n).join(' ');
  const b = n.lit.map((x) => T[x].n).join(' ');
  return (lex.sameCondition.has(a) && lex.sameCondition.has(b)) || (lex.exceptionHeads.has(a) && lex.exceptionHeads.has(b));
}

/**
 * The "only" of an `only-condition` ("only where", "only if") opened earlier in the clause of phrase
 * p (no clause punctuation between, at most 15 tokens back), p not that condition itself; or -1.
 */
function insideOnlyCondition(side: Side, p: Phrase, lex: Lexicons): number {
  const T = side.tokens;
  for (let k = p.start - 1; k >= 0 && p.start - k <= 15; k--) {
    if (T[k].sentence !== T[p.start].sentence || (T[k].punct && /^[,;:.!?]$/.test(T[k].n))) return -1;
    if (T[k].n === 'only' && k + 1 < p.start && opensOnlyCondition(T, k, lex)) return k;
  }
  return -1;
}

/**
 * Does the "only" at `at` restrict the act (the act barred outside its condition), not just bound a
 * duty? On a permission always; on an obligation when it bounds an act inside what the duty
 * requires ("shall ensure that data is transferred only where": actInside) or when the rule's act
 * is one a rule limits rather than asks for (qualifiers.yaml `restricted-acts`: "should collect data
 * only where"), not a duty to act ("shall notify only where").
 */
function restrictsAct(side: Side, at: number, what: string, lex: Lexicons): boolean {
  if (at < 0) return false;
  if (what === 'permission') return true;
  if (what !== 'obligation') return false;
  if (actInside(side, at)) return true;
  const f = frameAt(side, at);
  if (!f || f.sentence !== side.tokens[at].sentence) return false;
  for (let k = f.end; k < at; k++) if (side.tokens[k].pos === 'VERB' || side.tokens[k].pos === 'AUX') return lex.restrictedActs.has(side.tokens[k].lemma);
  return false;
}

/** Does a phrase of qualifiers.yaml `only-condition` ("only if", "only provided that") begin at i? */
function opensOnlyCondition(T: readonly Token[], i: number, lex: Lexicons): boolean {
  if (!firstWords(lex.onlyConditionHeads).has(T[i].n)) return false;
  let p = T[i].n;
  for (let k = 1; k < 4 && i + k < T.length; k++) {
    p += ` ${T[i + k].n}`;
    if (lex.onlyConditionHeads.has(p)) return true;
  }
  return false;
}

/**
 * Where the subject of a modal at `aux` begins after a phrase's head (which ends at `from`: see
 * side.ts `nounPhraseStart`). 0 when there is no such place with a content word of the phrase
 * before it, or when a clause opens
 * between the head and the modal ("where a Party considers that it should …": the modal is the
 * condition's own).
 */
function subjectBefore(side: Side, from: number, aux: number): number {
  const T = side.tokens;
  for (let k = from; k < aux; k++) if (T[k].pos === 'SCONJ' || RELATIVE.has(T[k].n) || T[k].pos === 'VERB' || isClausePunct(T[k])) return 0;
  const k = nounPhraseStart(T, from, aux);
  if (k <= 0) return 0;
  for (let i = from; i < k; i++) if (side.content[i] || T[i].pos === 'NUM') return k;
  return 0;
}

/** Is the word at k a verb in its base form (after adverbs): the verb of an infinitive after "to"? */
function infinitiveAt(T: readonly Token[], k: number): boolean {
  const v = skipAdverbs(T, k, T.length);
  return v < T.length && T[v].pos === 'VERB' && T[v].n === T[v].lemma;
}

/**
 * Is the modal at `aux` the main clause's, for a phrase opening at `start` (head ending at `from`)?
 * So when the phrase stands after a word of its sentence that is no punctuation (it follows the
 * subject: "Orders under this Agreement shall"), no modal stands before it in the sentence, and
 * no clause opens between the head and the modal (as in subjectBefore). A phrase that opens its
 * sentence may hold a modal of its own ("If a Party shall fail to …"), and after the main
 * clause's modal (in the sentence, up to a ";" or ":") a later one is the condition's ("shall not be issued where the order would …").
 */
function mainModalAfter(side: Side, start: number, from: number, aux: number): boolean {
  const T = side.tokens;
  if (start === 0 || T[start - 1].punct || T[start - 1].sentence !== T[start].sentence) return false;
  for (let k = start - 1; k >= 0 && T[k].sentence === T[start].sentence && T[k].n !== ';' && T[k].n !== ':'; k--) if (side.marker[k] >= 0) return false;
  for (let k = from; k < aux; k++) if (T[k].pos === 'SCONJ' || RELATIVE.has(T[k].n) || T[k].pos === 'VERB' || isClausePunct(T[k])) return false;
  return true;
}

/**
 * Share of the phrase's distinct content words missing from the other side, and how many there are.
 * A word the other side reads no more often than this side reads it outside the phrase does not
 * vouch for the phrase: those readings answer the other occurrences first ("through the use of
 * ICTs … with ICTs as a tool" against a witness with one "ICT": the word cannot keep both).
 */
function missing(side: Side, p: Phrase, other: Side, changedOther?: Uint8Array): { share: number; count: number } {
  const seen: string[] = [];
  let miss = 0;
  for (let i = p.start; i < p.end; i++) {
    if (!side.content[i] || p.head.includes(i)) continue;
    const t = side.tokens[i];
    if (seen.includes(t.lemma)) continue;
    seen.push(t.lemma);
    if (!presentIn(t, other)) {
      miss++;
      continue;
    }
    const n = stemCounts(other).get(t.stem) ?? 0;
    if (n === 0) continue;
    // (a reading of the word inside a change, aligned with none of this side's, right before a
    // noun the phrase names too, is the phrase's own word moved: "In case of ICT incidents, …
    // consult ICT experts …" → "… consult experts … an ICT incident": the condition folded into
    // the noun, however many other "ICT"s this side reads)
    if (changedOther && foldedBefore(side, p, other, changedOther, t.stem)) continue;
    let inside = 0;
    for (let k = p.start; k < p.end; k++) if (side.content[k] && side.tokens[k].stem === t.stem) inside++;
    if (n <= (stemCounts(side).get(t.stem) ?? 0) - inside) miss++;
  }
  return { share: seen.length ? miss / seen.length : 0, count: seen.length };
}

/** Does the other side read `stem` inside a change, right before a noun whose stem is a content word of the phrase (another one)? */
function foldedBefore(side: Side, p: Phrase, other: Side, changedOther: Uint8Array, stem: string): boolean {
  const O = other.tokens;
  for (let k = 0; k + 1 < O.length; k++) {
    if (!changedOther[k] || !other.content[k] || O[k].stem !== stem || O[k + 1].pos !== 'NOUN' || O[k + 1].stem === stem) continue;
    for (let i = p.start; i < p.end; i++) if (side.content[i] && side.tokens[i].stem === O[k + 1].stem) return true;
  }
  return false;
}

export const LABEL: Record<string, string> = {
  condition: 'condition',
  purpose: 'purpose',
  means: 'means',
  manner: 'manner',
  scope: 'named case',
  time: 'time limit',
  restriction: 'restriction',
  duration: 'duration',
  minimum: 'floor',
  intent: 'mental element',
  reach: 'reach',
  degree: 'degree',
  safeguard: 'safeguard',
};

/**
 * What a frame states: a prohibition, a permission ("may"), an exemption (a duty lifted: "are not
 * required to"), an obligation; a statement without one.
 */
function stated(f: Frame | null, side: Side, lex: Lexicons): string {
  if (!f) return 'statement';
  if (f.permits) return 'permission';
  // a saving clause states the permission it saves ("This paragraph is without prejudice to the
  // right of courts to require access": courts may still require it; saving.ts)
  if (savesRight(side, f, lex)) return 'permission';
  // a statement of the law (modality.yaml `declarative`): "Article 5 shall not apply where …" excludes
  // cases from a rule's scope, "This Regulation shall apply to …" sets it; neither binds anyone, so a
  // condition changed has no direction
  if (declarative(side, f, lex)) return f.negs.length > 0 ? 'exclusion from the scope' : 'statement of scope';
  if (exempts(f, side, lex)) return 'exemption';
  // (the negator may stand with the auxiliary of a passive verb frame: "No one shall be compelled to")
  const k = side.frames.indexOf(f);
  if (f.negs.length > 0 || (k > 0 && side.frames[k - 1].negs.length > 0 && passiveOf(side, side.frames[k - 1], f))) return 'prohibition';
  // (a party that "may require" others to act is permitted to impose a duty: a permission)
  if (f.auxStrength !== null && f.auxStrength <= 1 && (!f.verb || f.auxWord === 'may')) {
    // "may" permits; "can" with a party as subject, or in the passive ("data can be transferred"),
    // too; with anything else it says what is possible ("attacks on critical infrastructure can have
    // devastating effects")
    if (!f.aux || f.auxWord === 'may') return 'permission';
    const T = side.tokens;
    const passive = T[f.aux[1]]?.lemma === 'be' && (T[f.aux[1] + 1]?.pos === 'VERB' || T[f.aux[1] + 1]?.pos === 'ADJ');
    let party = passive;
    for (let i = f.aux[0] - 1; i >= 0 && !party && T[i].sentence === T[f.aux[0]].sentence; i--) {
      party = actorNoun(T[i], lex) || T[i].pos === 'PRON';
    }
    return party ? 'permission' : 'statement';
  }
  return 'obligation';
}

/**
 * Is the frame's sentence a saving formula as predicate and the right it saves ("This paragraph is
 * (shall be) without prejudice to the right of courts to require …"; saving.ts `savedRight`), the
 * frame that of its "be" or of the right's verb? (Not a formula in a qualifier of another rule:
 * "States shall adopt measures, without prejudice to the right of courts to …" still obliges.)
 */
function savesRight(side: Side, f: Frame, lex: Lexicons): boolean {
  if (lex.savingFormulas.length === 0) return false;
  const T = side.tokens;
  let i = f.start;
  while (i > 0 && T[i - 1].sentence === f.sentence) i--;
  for (i = Math.max(i, 1); i < T.length && T[i].sentence === f.sentence; i++) {
    if (T[i - 1].lemma !== 'be') continue;
    const S = savedRight(T, lex, i);
    if (S && (f.start < i || f.start >= S[1] - 1)) return true;
  }
  return false;
}

/**
 * Does the frame lift a duty (modality.yaml `exemptions`): a negated passive of a verb such as
 * "require" ("Exporters are not required to", "A licence is not required", "No licence shall be
 * required"), the verb with "Nothing" as its subject ("Nothing … shall require a Party to"), or a
 * negated auxiliary such as "have to" ("do not have to")? The text then grants a permission not to
 * act: an exemption, not a prohibition. A party forbidden to impose a duty ("States shall not
 * require exporters to") still reads a prohibition.
 */
export function exempts(f: Frame, side: Side, lex: Lexicons): boolean {
  const T = side.tokens;
  const ex = lex.exemptions;
  // the auxiliary and the verb of one predicate may be two frames ("No licence shall | be required")
  const k = side.frames.indexOf(f);
  const prev = k > 0 ? side.frames[k - 1] : null;
  const next = k + 1 < side.frames.length ? side.frames[k + 1] : null;
  // (the auxiliary's frame, or the exemption verb's own after the construal: "… to | require")
  if (construedExemption(f, side, lex) >= 0 || (prev && f.verb && construedExemption(prev, side, lex) === f.verb[0])) return true;
  const aux = prev && passiveOf(side, prev, f) ? prev : f;
  const verb = next && passiveOf(side, f, next) ? next : f;
  if (verb.verb && ex.verbs.has(T[verb.verb[0]].lemma)) {
    const negs = aux === verb ? verb.negs : [...aux.negs, ...verb.negs];
    if (negs.length === 0) return false;
    let b = verb.verb[0] - 1;
    while (b >= 0 && (T[b].pos === 'ADV' || side.neg[b])) b--;
    if ((b >= 0 && T[b].lemma === 'be') || negs.some((i) => T[i].n === 'nothing')) return true;
    // an instrument that does not require a party to act lifts no duty of its own: it imposes none
    // ("This Convention does not require a State to" = "Nothing in this Convention requires")
    if (b >= 1 && T[b].lemma === 'do' && instrumentSubject(T, b, lex)) return true;
    // (so does the text with a modal, "This Decision shall not oblige a Member State to", or a word
    // alone that refers back to the provision, "This shall not oblige": `exemptions.text-subjects`)
    if (b < 1 || !verb.aux || T[b].pos !== 'AUX') return false;
    const d = T[b - 2];
    const alone = !d || d.sentence !== T[b].sentence || isClausePunct(d);
    return instrumentSubject(T, b, lex) || (alone && ex.textSubjects.has(T[b - 1].n));
  }
  if (thingNeedsNoVerb(f, side, lex)) return true;
  if (!f.aux || f.auxWord === null) return false;
  const a = f.aux[0];
  const doNot = a >= 2 && side.neg[a - 1] && T[a - 2].lemma === 'do';
  // "We do not commit to": a commitment refused (`exemptions.refusals`; "commit not to" forbids the act)
  if (ex.refusals.has(f.auxWord)) return doNot;
  if (!ex.auxiliaries.has(f.auxWord)) return false;
  // "need not", "shall not have to"; "do not have to" (the negator before the auxiliary)
  return f.negs.length > 0 || doNot;
}

/**
 * "Nothing in this Agreement shall be construed to require a Party to" (modality.yaml
 * `exemptions.construals`): a negated auxiliary, then (adverbs aside) a construal phrase and one of
 * the exemption `verbs` ("require", "requiring"): the text imposes no such duty, an exemption.
 * Returns the exemption verb's position, or -1.
 */
function construedExemption(f: Frame, side: Side, lex: Lexicons): number {
  if (!f.aux || f.negs.length === 0) return -1;
  const T = side.tokens;
  let j = auxEnd(f);
  while (j < T.length && T[j].pos === 'ADV') j++;
  for (const whole of lex.exemptions.construals) {
    // ("is to be construed as": the auxiliary phrase took the construal's "be")
    const phrase = whole[0] === 'be' && T[j - 1]?.lemma === 'be' ? whole.slice(1) : whole;
    let k = 0;
    while (k < phrase.length && j + k < T.length && T[j + k].sentence === f.sentence && (T[j + k].n === phrase[k] || T[j + k].lemma === phrase[k])) k++;
    if (k < phrase.length) continue;
    const v = T[j + k];
    if (v && v.sentence === f.sentence && lex.exemptions.verbs.has(v.lemma)) return j + k;
  }
  return -1;
}

/** The subject right before token b is an instrument (qualifiers.yaml `instruments`: "This Convention", "the Regulation"). */
function instrumentSubject(T: readonly Token[], b: number, lex: Lexicons): boolean {
  const h = T[b - 1];
  if (!lex.instruments.has(h.n) && !lex.instruments.has(h.lemma)) return false;
  const d = T[b - 2];
  return !d || d.sentence !== T[b].sentence || isClausePunct(d) || d.pos === 'DET' || d.pos === 'ADJ' || d.pos === 'PROPN';
}

/**
 * "Transfers to a listed country shall not require any further authorisation": a negated auxiliary
 * before one of the exemption `verbs` read as the act (a thing its object: modality.yaml
 * `object-act`), with a subject that names no party (no actor noun, pronoun or name before the
 * auxiliary in its clause): the thing needs no authorisation, a duty lifted as in "No further
 * authorisation shall be required". With a party as subject ("States shall not require a licence")
 * the party is forbidden to impose it: a prohibition.
 */
function thingNeedsNoVerb(f: Frame, side: Side, lex: Lexicons): boolean {
  const T = side.tokens;
  if (!f.aux || f.verb || f.permits || f.negs.length === 0) return false;
  let j = auxEnd(f);
  while (j < T.length && T[j].pos === 'ADV') j++;
  if (j >= T.length || T[j].sentence !== f.sentence || side.marker[j] >= 0 || !lex.exemptions.verbs.has(T[j].lemma)) return false;
  // the subject's head: from the clause's start to its first preposition or verb ("Transfers | to a
  // listed country"); a word the tagger reads as a name only because it opens the sentence is a noun
  let start = f.aux[0];
  while (start > 0 && T[start - 1].sentence === f.sentence && !isClausePunct(T[start - 1])) start--;
  let subject = false;
  for (let i = start; i < f.aux[0] && T[i].pos !== 'ADP' && T[i].pos !== 'VERB' && T[i].pos !== 'PART'; i++) {
    const name = T[i].pos === 'PROPN' && !(i === start && sentenceInitial(T, i));
    // (a party in the plural the tagger reads as a name at the sentence's start, "Governments",
    // "Adherents", "Signatories": actors.yaml `nouns` by its singular, `actorNoun`)
    if (actorNoun(T[i], lex) || T[i].pos === 'PRON' || name) return false;
    if (T[i].pos === 'NOUN' || T[i].pos === 'PROPN') subject = true;
  }
  return subject;
}

/**
 * Is `v` (a directive verb without an auxiliary of its own) the passive predicate of `a`'s
 * auxiliary, with only "be", adverbs and negators between them ("shall not be required")?
 */
function passiveOf(side: Side, a: Frame, v: Frame): boolean {
  if (!a.aux || a.verb || v.aux || !v.verb || a.sentence !== v.sentence) return false;
  let be = false;
  for (let i = auxEnd(a); i < v.verb[0]; i++) {
    const t = side.tokens[i];
    if (t.lemma === 'be') be = true;
    else if (t.pos !== 'ADV' && !side.neg[i]) return false;
  }
  return be;
}

/** What the rule a phrase qualifies states: the frame in force there, or the one the phrase opens the sentence for ("Where appropriate, States should …"). */
/**
 * The ";" between `from` and `at` (the last one) that opens a main clause of its own: its first verb
 * is an auxiliary with a subject before it ("; further processing … is …"), not a verb that goes on
 * with the rule before the ";" ("; and ensure that …"). Its index, or -1.
 */
function ownClauseAfter(side: Side, from: number, at: number): number {
  const T = side.tokens;
  let semi = -1;
  for (let k = from; k < at; k++) if (T[k].n === ';') semi = k;
  if (semi < 0) return -1;
  let first = semi + 1;
  while (first < T.length && (T[first].pos === 'CCONJ' || T[first].pos === 'ADV')) first++;
  // (a verb first, "; and ensure that …", goes on with the rule; a gerund or participle inside a
  // subject, "further processing for archiving purposes is …", does not)
  for (let k = first; k < T.length && T[k].sentence === T[semi].sentence && T[k].n !== ';'; k++) {
    if (T[k].pos === 'VERB' && (k === first || !/(?:ing|ed)$/.test(T[k].n))) return -1;
    if (T[k].pos === 'AUX') return k > semi + 1 && (T[k - 1].pos === 'NOUN' || T[k - 1].pos === 'PROPN' || T[k - 1].pos === 'PRON') ? semi : -1;
  }
  return -1;
}

export function statedAt(side: Side, p: Phrase, lex: Lexicons): string {
  const sentence = side.tokens[p.start].sentence;
  // (frames in order of their start, and sentences in order too: the first frame from the phrase's
  // end is the only one that can be of its sentence there, and the last one before its start)
  const next = side.frames[firstFrameFrom(side, p.end)];
  let f = frameAt(side, p.start) ?? (next && next.sentence === sentence ? next : null);
  // (a main clause of its own after ";", "…; further processing is, subject to safeguards,
  // compatible": the phrase qualifies its verb, not the rule before the ";": the rule that clause
  // states with a modal of its own, if any: none carries over the ";")
  // (from the rule's marker before the phrase: frameAt may have passed over it to one after)
  const prev = side.frames[firstFrameFrom(side, p.start) - 1];
  const before = prev && prev.sentence === sentence ? prev : undefined;
  const semi = before ? ownClauseAfter(side, before.end, p.start) : -1;
  if (semi >= 0) f = side.frames.find((x) => x.start > semi && x.aux !== null && x.sentence === sentence) ?? null;
  // (a directive verb whose object is a thing, not an act: "We welcome a mechanism open to all
  // States and, where appropriate, to civil society", "We call for a mechanism that includes, where
  // appropriate, …": the phrase qualifies the thing welcomed, no rule that holds in more cases)
  // (an active verb, not negated: "A licence is not required for research where …" is an exemption)
  if (f && f.verb && f.auxWord === null && f.negs.length === 0 && !passiveVerb(side.tokens, f.verb[0]) && p.start >= f.verb[1] && !directsAct(side, f.verb[1], p)) return 'statement';
  const what = stated(f, side, lex);
  if (what === 'statement' && !f && pledgedBefore(side, p.start, lex)) return 'prohibition';
  return what;
}

/** Is the verb at v in the passive: a form of "be" before it (adverbs and negators aside)? */
function passiveVerb(T: readonly Token[], v: number): boolean {
  let k = v - 1;
  while (k >= 0 && T[k].sentence === T[v].sentence && (T[k].pos === 'ADV' || T[k].pos === 'PART')) k--;
  return k >= 0 && T[k].sentence === T[v].sentence && T[k].lemma === 'be';
}

/**
 * Does the directive verb ending at `v` direct an act (its clause, the phrase `p` aside): a gerund or
 * "that" right after it (adverbs and a preposition of the verb, "call for", aside: "call for
 * strengthening", "urge that"), or a "to" + verb after its addressee ("encourage States, where
 * appropriate, to share")? Otherwise its object is a thing ("welcome a mechanism open to …").
 */
function directsAct(side: Side, v: number, p: Phrase): boolean {
  const T = side.tokens;
  const sentence = T[v - 1].sentence;
  let k = v;
  while (k < T.length && (T[k].pos === 'ADV' || T[k].pos === 'ADP') && T[k].sentence === sentence) k++;
  if (k >= T.length || T[k].sentence !== sentence) return true;
  if (k === p.start) return true;
  if (T[k].pos === 'VERB' || T[k].pos === 'AUX' || T[k].pos === 'SCONJ' || T[k].n === 'that') return true;
  for (let i = v; i < T.length && T[i].sentence === sentence && T[i].n !== ';'; i++) {
    if (i >= p.start && i < p.end) continue;
    if (T[i].n !== 'to' || T[i].pos !== 'PART') continue;
    let m = i + 1;
    while (m < T.length && T[m].pos === 'ADV') m++;
    if (m < T.length && (T[m].pos === 'VERB' || T[m].pos === 'AUX')) return true;
  }
  return false;
}

/**
 * "We do not give any government our keys, except where …": no modal, but the speaker's negated
 * present is its pledge (negation.yaml `pledge-subjects`), a prohibition it binds itself by. The
 * subject, the "do" of do-support and a negator right after it, before `at` in its sentence.
 */
function pledgedBefore(side: Side, at: number, lex: Lexicons): boolean {
  const T = side.tokens;
  if (at >= T.length) return false;
  const sentence = T[at].sentence;
  for (let i = at - 1; i >= 1 && T[i].sentence === sentence; i--) {
    if (!side.neg[i] || T[i - 1].lemma !== 'do' || T[i - 1].pos !== 'AUX') continue;
    return i >= 2 && T[i - 2].sentence === sentence && lex.pledgeSubjects.has(T[i - 2].n);
  }
  return false;
}

const RULES = new Set(['obligation', 'prohibition', 'permission', 'exemption']);

/**
 * When the other side states another kind of rule where the phrase stood ("States may, subject to
 * national law, share" → "States shall not share": a permission become a prohibition, which the
 * modality or negation variant reports), the consequence is not "the permission becomes
 * unconditional", for there is no permission left: it names each side's rule instead. Null when
 * both sides state the same kind.
 */
function frameChanged(ctx: Ctx, p: Phrase, dropped: boolean, what: string): string | null {
  const theirs = otherRule(ctx, p, dropped, what);
  if (!theirs) return null;
  // ("an obligation", "a permission")
  const a = /^[aeiou]/.test(theirs) ? 'an' : 'a';
  if (theirs === 'withdrawn directive') {
    return dropped ? `the base's ${what} held only under it; the witness withdraws the directive, no rule is left for it to qualify` : `the witness's ${what} holds only under it; the base withdrew the directive`;
  }
  return dropped ? `the base's ${what} held only under it; the witness states ${a} ${theirs} without it` : `the witness's ${what} holds only under it; the base states ${a} ${theirs} without it`;
}

/**
 * The other kind of rule the other side states where the phrase stood (frameChanged), or null when
 * both sides state the same kind or either states no rule.
 */
function otherRule(ctx: Ctx, p: Phrase, dropped: boolean, what: string): string | null {
  if (!RULES.has(what)) return null;
  const other = dropped ? ctx.reading : ctx.base;
  const op = ctx.ops[opAt(ctx.ops, p.start)];
  if (!op || other.tokens.length === 0) return null;
  // (opAt reads base offsets: for an added phrase, the op over its reading offset)
  const o = dropped ? op.readingSpan[0] : (ctx.ops.find((x) => x.readingSpan[0] <= p.start && p.start < Math.max(x.readingSpan[1], x.readingSpan[0] + 1)) ?? op).baseSpan[0];
  const at = Math.min(o, other.tokens.length - 1);
  const sentence = other.tokens[at].sentence;
  const f = frameAt(other, at) ?? other.frames.find((x) => x.start >= at && x.sentence === sentence) ?? other.frames.filter((x) => x.sentence === sentence).pop() ?? null;
  const theirs = stated(f, other, ctx.lex);
  // a directive verb negated before it with no auxiliary ("States are not asked to protect"): the
  // directive withdrawn, no prohibition (as negation.ts reads it)
  if (theirs === 'prohibition' && what !== 'prohibition' && f && withdrawnDirective(f)) return 'withdrawn directive';
  if (theirs === what || !RULES.has(theirs)) return null;
  return theirs;
}

/** A directive verb negated before it, with no modal auxiliary ("does not call upon", "are not asked to"): a directive withdrawn. */
function withdrawnDirective(f: Frame): boolean {
  return !!f.verb && !f.auxWord && !f.verbNegative && f.negs.length > 0 && f.negs.every((k) => k < f.verb![0]);
}

function consequence(kind: string, dropped: boolean, what: string, exception = false, ends = false): string {
  const negated = what === 'prohibition';
  if (kind === 'time' && ends) return dropped ? `the ${what} no longer says when it ends` : `the ${what} now ends then`;
  // an exception ("unless", "without") lifts the rule where it applies: added, the rule no longer
  // holds there; dropped, the rule holds everywhere
  if (exception && kind === 'condition') return dropped ? (negated ? 'the prohibition becomes absolute' : `the ${what} no longer admits that exception`) : `the ${what} now admits an exception`;
  if (kind === 'duration') return dropped ? `the ${what} no longer says how long it lasts` : `the ${what} now says how long it lasts`;
  if (kind === 'restriction') return dropped ? `the ${what} is no longer limited to what follows` : `the ${what} is now limited to what follows`;
  if (kind === 'minimum') return dropped ? `the ${what} no longer says that what follows is the least it asks` : `the ${what} now says that what follows is the least it asks`;
  if (kind === 'intent') return dropped ? `the ${what} no longer requires that knowledge or intent` : `the ${what} now requires that knowledge or intent`;
  if (kind === 'degree') return dropped ? `the ${what} now reaches the act in any degree, not only its excess` : `the ${what} now reaches only the act in excess`;
  if (kind === 'safeguard') return dropped ? `the ${what} no longer names that safeguard it must respect` : `the ${what} now names a safeguard it must respect`;
  if (kind === 'reach') return dropped ? `the ${what} no longer says in terms that it reaches indirect acts` : `the ${what} now says in terms that it reaches indirect acts`;
  if (dropped) {
    if (kind === 'condition') return negated ? 'the prohibition becomes absolute' : `the ${what} becomes unconditional`;
    if (kind === 'purpose') return `the ${what} no longer depends on that purpose`;
    if (kind === 'scope') return `the ${what} no longer names that case explicitly`;
    if (kind === 'means') return `the ${what} no longer names the means`;
    if (kind === 'time') return `the ${what} no longer sets a time limit`;
    return `the ${what} no longer says in what manner`;
  }
  if (kind === 'condition') return `the ${what} now holds only under it`;
  if (kind === 'purpose') return `the ${what} is now tied to that purpose`;
  if (kind === 'scope') return `the ${what} now names that case explicitly`;
  if (kind === 'means') return `the ${what} now names the means`;
  if (kind === 'time') return `the ${what} now sets a time limit`;
  return `the ${what} now says in what manner`;
}

/**
 * The direction of a qualifier change on a rule that binds (an obligation or a prohibition): a
 * condition or exception dropped makes it hold everywhere (strengthened), added lets it hold less
 * (weakened: "except for national security purposes", "where appropriate"); a time limit or a
 * restriction ("only", "solely") added binds more (strengthened), dropped less, on a permission too
 * ("may … only where": a prohibition elsewhere); a mental element ("knowingly") narrows the rule as a
 * condition does; the reach of a prohibition to indirect acts ("directly or indirectly") dropped bars
 * fewer acts in terms (weakened). An exemption ("are not required to … provided
 * that") is a permission not to act: its condition, exception or restriction bounds it, so dropped
 * it widens the exemption (weakened), added narrows it (strengthened). Other kinds (purpose, named
 * case, means, manner), on permissions and statements, have none.
 */
export function direction(kind: string, dropped: boolean, what: string, ends = false): Direction | undefined {
  if (what === 'exemption') return kind === 'condition' || kind === 'restriction' ? (dropped ? 'weakened' : 'strengthened') : undefined;
  // a permission restricted ("may be transferred only where …", "may be used solely for …") is a
  // prohibition outside what follows: the restriction binds like one on an obligation
  if (kind === 'restriction' && what === 'permission') return dropped ? 'weakened' : 'strengthened';
  if (what !== 'obligation' && what !== 'prohibition') return undefined;
  if (kind === 'condition' || kind === 'intent') return dropped ? 'strengthened' : 'weakened';
  // a prohibition that no longer names indirect acts bars fewer in terms ("directly or indirectly")
  if (kind === 'reach') return what === 'prohibition' ? (dropped ? 'weakened' : 'strengthened') : undefined;
  // a degree on a prohibition ("shall not unduly discriminate") bars only the excess: dropped, the
  // prohibition bars every such act (strengthened), added, fewer (weakened)
  if (kind === 'degree') return what === 'prohibition' ? (dropped ? 'strengthened' : 'weakened') : undefined;
  // a restriction on a prohibition limits what it bars ("shall not refuse a request solely on the
  // ground that …" bars refusals on that ground alone): dropped, the prohibition bars more
  // (strengthened), added, less
  if (kind === 'restriction' && what === 'prohibition') return dropped ? 'strengthened' : 'weakened';
  // a time limit that says when the rule stops holding ("will not impose duties until 2026", "shall
  // keep the records until the end of the proceedings"): added, the rule now expires (weakened);
  // dropped, it holds without end (strengthened)
  if (kind === 'time' && ends) return dropped ? 'strengthened' : 'weakened';
  if (kind === 'time' || kind === 'duration' || kind === 'restriction') return dropped ? 'weakened' : 'strengthened';
  // a floor ("at a minimum") on a duty: dropped, the act stated reads as all the duty asks
  if (kind === 'minimum' && what === 'obligation') return dropped ? 'weakened' : 'strengthened';
  return undefined;
}

/**
 * Does a time phrase say when the rule it qualifies stops holding: a head of the `duration` class
 * of qualifiers.yaml `date-limits` ("until", "till"), or one of the `deadline` class on a
 * prohibition ("shall not export before 2026": the ban ends then), as dateLimitShift reads them?
 */
function endsRule(side: Side, p: Phrase, what: string, lex: Lexicons): boolean {
  if (p.kind !== 'time') return false;
  // (a word that says the act ends, with no date: "temporarily", qualifiers.yaml `ending-adverbs`)
  if (p.word && lex.endingAdverbs.has(side.tokens.slice(p.start, p.end).map((t) => t.n).join(' '))) return true;
  if (p.head.length === 0) return false;
  const head = p.head.map((i) => side.tokens[i].n).join(' ');
  return lex.dateLimits.duration.has(head) || (what === 'prohibition' && lex.dateLimits.deadline.has(head));
}

/**
 * A condition opened by a connective of qualifiers.yaml `standards` that names international law
 * ("in accordance with its obligations under international law") on a rule that binds: the standard
 * the act must meet, which binds anyway, not a case the duty holds in, so no direction. The party's
 * own law ("in accordance with national law") and any such phrase on a permission stay conditions.
 */
function setsStandard(side: Side, p: Phrase, what: string, lex: Lexicons): boolean {
  if (p.kind !== 'condition' || p.head.length === 0 || (what !== 'obligation' && what !== 'prohibition')) return false;
  const head = p.head.map((i) => side.tokens[i].n).join(' ');
  // (the basis the rule's subject must rest on, as its predicate: "An Order shall be based on a
  // reasonable justification", qualifiers.yaml `bases.heads` right after the predicate's "be": what
  // the duty requires of it, a standard; after another verb, "act based on a risk assessment", a condition)
  const h0 = Math.min(...p.head);
  if (lex.bases.heads.has(head) && h0 > 0 && side.tokens[h0 - 1].lemma === 'be' && frameAt(side, h0 - 1) !== null) return true;
  if (!lex.standards.heads.has(head)) return false;
  for (let i = Math.max(...p.head) + 1; i < p.end; i++) if (lex.standards.words.has(side.tokens[i].n)) return true;
  return false;
}

/**
 * A phrase that says the act is voluntary (qualifiers.yaml `voluntary`) dropped from a permission:
 * no condition the permission held under, the act is no longer said to be voluntary (and, when the
 * witness states another kind of rule there, which one). Null otherwise.
 */
function voluntaryOnPermission(own: Side, p: Phrase, what: string, dropped: boolean, ctx: Ctx): string | null {
  if (!dropped || what !== 'permission') return null;
  if (!ctx.lex.voluntaryPhrases.has(wordsKey(own, [p.start, p.end]))) return null;
  const other = frameChanged(ctx, p, dropped, what);
  const theirs = other?.match(/the witness states (an? \w+) without it/)?.[1];
  return theirs ? `the act is no longer said to be voluntary; the witness states ${theirs} instead of the base's permission` : 'the act is no longer said to be voluntary (a permission leaves it to the party either way)';
}

/** Is the phrase opened by an exception head (qualifiers.yaml `exception`: "unless", "except where", "without")? */
function isException(side: Side, p: Phrase, lex: Lexicons): boolean {
  const head = p.head.length ? p.head : [p.start];
  return lex.exceptionHeads.has(head.map((i) => side.tokens[i].n).join(' '));
}

/**
 * The "only" of an `only-condition` ("only if", "only with") where the other side reads an exception
 * ("unless", "without") in its place: one rule stated the other way round ("shall not transfer
 * unless C" = "may transfer only if C"), which grammatical.ts describes; or a proviso ("provided
 * that": `proviso`), which already says "only if". The "only" is no restriction added or dropped.
 */
function restatedException(ctx: Ctx, own: Side, other: Side, p: Phrase, dropped: boolean): boolean {
  if (p.kind !== 'restriction' || !opensOnlyCondition(own.tokens, p.start, ctx.lex)) return false;
  for (const op of opsOver(ctx, p, dropped)) {
    if (op.op === 'equal') continue;
    let o = dropped ? op.readingSpan[0] : op.baseSpan[0];
    // (a comma may set the exception off: "shall not transfer the data, unless …")
    while (o < other.tokens.length && other.tokens[o].n === ',') o++;
    let words = '';
    for (let k = o; k < Math.min(other.tokens.length, o + 4); k++) {
      words += (words ? ' ' : '') + other.tokens[k].n;
      if (ctx.lex.exceptionHeads.has(words) || ctx.lex.provisoHeads.has(words)) return true;
    }
  }
  return false;
}

/**
 * A phrase that limits the exception just before it (qualifiers.yaml `exception-limits`: "unless
 * there is a compelling reason, taking account of the best interests of the child"): its head right
 * after a comma, and, going back from that comma within the sentence, an exception's head
 * (`exception`) before any other comma, ";" or ":". Returns the exception head's index, or -1. The
 * phrase says how the way out is judged, so it bounds the exception, not the rule.
 */
function exceptionLimited(side: Side, p: Phrase, lex: Lexicons): number {
  if (p.kind !== 'condition' || p.head.length === 0) return -1;
  if (!lex.exceptionLimits.has(p.head.map((i) => side.tokens[i].n).join(' '))) return -1;
  const T = side.tokens;
  const h = Math.min(...p.head);
  if (h < 2 || T[h - 1].n !== ',') return -1;
  for (let i = h - 2; i >= 0 && T[i].sentence === T[h].sentence; i--) {
    if (T[i].n === ',' || T[i].n === ';' || T[i].n === ':') return -1;
    let words = '';
    for (let k = i; k < Math.min(h - 1, i + 4); k++) {
      words += (words ? ' ' : '') + T[k].n;
      if (lex.exceptionHeads.has(words)) return i;
    }
  }
  return -1;
}

function claimSide(ctx: Ctx, dropped: boolean): Finding[] {
  const own = dropped ? ctx.base : ctx.reading;
  const other = dropped ? ctx.reading : ctx.base;
  const claimed = dropped ? ctx.claimedB : ctx.claimedR;
  const th = ctx.lex.thresholds;
  const out: Finding[] = [];
  for (const whole of qualifierPhrases(own, ctx.lex)) {
    if (!unclaimed(claimed, [whole.start, whole.end])) continue;
    // (a qualifier nested at the phrase's end that the other side keeps in place, the words before
    // it gone: the outer phrase is judged without it; see keptNestedTail)
    const tail = keptNestedTail(ctx, own, whole, dropped);
    const p = tail > 0 ? { ...whole, end: tail } : whole;
    // (a basis on one side, "on the basis of mutual respect", reworded on the other into words that
    // name none, "on the basis of reciprocal respect": the basis reworded, its words compared as words)
    if (basisInOther(own, p, other, ctx.lex)) continue;
    const ma = mannerToAdjective(ctx, own, claimed, p, dropped);
    if (ma) {
      out.push(ma);
      continue;
    }
    const ok = objectKept(ctx, own, claimed, p, dropped);
    if (ok) {
      if (ok !== true) out.push(ok);
      continue;
    }
    const dl = dropped ? deadlineReworded(ctx, p) : null;
    if (dl) {
      out.push(dl);
      continue;
    }
    const m = missing(own, p, other, edited(ctx)[dropped ? 1 : 0]);
    if (m.count < th.qualifierMinContent || m.share < th.qualifierMissing) {
      // (the condition kept, its evidential frame reworded with words in its place, "where the
      // authority has reasonable grounds to believe that …" → "where the authority knows that …":
      // one rewording over the frame; with nothing in its place, the ordinary variants)
      if (dropped && p.frameEnd !== undefined) {
        const sub: Phrase = { ...p, end: p.frameEnd };
        delete sub.frameEnd;
        const ms = missing(own, sub, other, edited(ctx)[1]);
        const rw = ms.count >= th.qualifierMinContent && ms.share >= th.qualifierMissing ? rewordedInPlace(ctx, sub) : null;
        if (rw) {
          out.push(rw);
          continue;
        }
      }
      const ins = headInserted(ctx, own, claimed, p, dropped) ?? (dropped ? headSwapped(ctx, p) : null);
      if (ins) out.push(ins);
      continue;
    }
    if (ruleGone(ctx, own, p, dropped) || headStandsAlone(ctx, own, p, dropped)) continue;
    if (keptInPlace(ctx, own, p, dropped) || keptAmid(ctx, own, p, dropped) || startKept(ctx, own, p, dropped) || limbOfKeptHead(ctx, own, p, dropped) || otherMostlyKept(ctx, own, p, other, dropped) || verbKept(own, p, other) || abbreviatedOnly(ctx, p, dropped) || figureKept(ctx, p, dropped) || limitKept(ctx, own, p, dropped)) continue;
    if (limitReworded(ctx, own, p, other, dropped) || tailOfOmission(ctx, own, p, dropped) || restatedException(ctx, own, other, p, dropped) || clauseHeadKept(ctx, p, dropped) || wordAmidGone(ctx, own, p, other, dropped)) continue;
    if (predicateKept(ctx, own, p, other) || foldedIntoNoun(ctx, own, p, other, dropped) || compoundKept(ctx, p, dropped)) continue;
    const rep = dropped ? conditionReplaced(ctx, p) : null;
    if (rep) {
      out.push(...rep);
      continue;
    }
    const rw = dropped ? (frameReworded(ctx, p) ?? rewordedInPlace(ctx, p)) : rewordedAdded(ctx, p);
    if (rw) {
      out.push(...(dropped ? limbDropped(ctx, p, rw) : [rw]));
      continue;
    }
    // (a time limit closing an absolute construction gone with it: the construction is the limit)
    const lead = absoluteLead(ctx, own, p, dropped, claimed);
    const [s0, s1] = withCommas(ctx, own, claimed, lead >= 0 ? { ...p, start: lead } : p, dropped);
    const cut = withoutKept(ctx, own, claimed, [s0, s1], dropped);
    // (the words a change slid onto the phrase vacates are read alike: no variant of their own)
    const vacated = changes(ctx).vacated[dropped ? 0 : 1].get(p.start);
    if (vacated) claimed.fill(1, vacated[0], vacated[1]);
    const phrase = own.tokens.slice(s0, s1);
    const txt = phrase.map((t, k) => (k === 0 ? '' : t.space) + t.t).join('');
    const what = statedAt(own, p, ctx.lex);
    if (setsStandard(own, p, what, ctx.lex)) {
      const found: Finding = {
        type: dropped ? 'qualifier-dropped' : 'qualifier-added',
        b: dropped ? cut.span : null,
        r: dropped ? null : cut.span,
        at: dropped ? cut.span[0] : insertionPoint(ctx, cut.span[0]),
        explanation: `standard ${dropped ? 'dropped' : 'added'}: ${q(txt)} — the ${what} ${dropped ? 'no longer names' : 'now names'} the standard the act must meet`,
      };
      KIND.set(found, 'standard');
      out.push(found);
      continue;
    }
    const label = LABEL[p.kind] ?? p.kind;
    const exc = exceptionLimited(own, p, ctx.lex);
    if (exc >= 0) {
      // the way out of the rule judged by the phrase: dropped, any such case lifts the rule (the
      // rule that binds is weakened); added, fewer do (strengthened). The rule is the one stated
      // where the exception opens, not a verb inside the exception ("unless the provider can show")
      const rule = statedAt(own, { ...p, start: exc, end: exc + 1 }, ctx.lex);
      const exText = own.tokens.slice(exc, Math.min(...p.head) - 1).map((t, k) => (k === 0 ? '' : t.space) + t.t).join('');
      const found: Finding = {
        type: dropped ? 'qualifier-dropped' : 'qualifier-added',
        b: dropped ? cut.span : null,
        r: dropped ? null : cut.span,
        at: dropped ? cut.span[0] : insertionPoint(ctx, cut.span[0]),
        explanation: `limit on the exception ${dropped ? 'dropped' : 'added'}: ${q(txt)} — the exception ${q(exText)} ${dropped ? 'is no longer judged by it: the way out of the ' + rule + ' widens' : 'is now judged by it: the way out of the ' + rule + ' narrows'}`,
      };
      if (rule === 'obligation' || rule === 'prohibition') found.direction = dropped ? 'weakened' : 'strengthened';
      KIND.set(found, p.kind);
      out.push(found);
      continue;
    }
    const lb = limbOfPhraseBefore(ctx, own, p, cut.span[0], dropped);
    if (lb) {
      // a later limb of the condition (exception) just before it, with a head of its own ("except in
      // accordance with law [and subject to oversight]"): the limb's direction, as inside one phrase
      const coord = own.tokens[p.start - 1].n;
      const neg = negatedLimbs(own, lb, p.start - 1, p.end);
      const { effect, dir } = limbEffect(own, lb, limbWidens(coord, dropped, neg), ctx.lex);
      const name = isException(own, lb, ctx.lex) ? 'exception' : 'condition';
      const found: Finding = {
        type: dropped ? 'qualifier-dropped' : 'qualifier-added',
        b: dropped ? cut.span : null,
        r: dropped ? null : cut.span,
        at: dropped ? cut.span[0] : insertionPoint(ctx, cut.span[0]),
        explanation: `${dropped ? `a limb of the ${name} dropped` : `a limb added to the ${name}`}: ${q(txt)} (in ${q(text(own, [lb.start, p.end]))}) — ${effect}`,
      };
      if (dir) found.direction = dir;
      KIND.set(found, p.kind);
      out.push(found);
      continue;
    }
    const occasion = (what === 'obligation' || what === 'prohibition') && p.kind === 'condition' ? furtherOccasion(own, p, cut.span[0], ctx.lex) : null;
    if (occasion) {
      // a further occasion for the rule beside the time it names: more occasions, not a restriction
      const found: Finding = {
        type: dropped ? 'qualifier-dropped' : 'qualifier-added',
        b: dropped ? cut.span : null,
        r: dropped ? null : cut.span,
        at: dropped ? cut.span[0] : insertionPoint(ctx, cut.span[0]),
        direction: dropped ? 'weakened' : 'strengthened',
        explanation: `occasion ${dropped ? 'dropped' : 'added'}: ${q(txt)} — the ${what} ${dropped ? 'no longer also holds then' : 'now also holds then'}, besides ${q(occasion)}`,
      };
      KIND.set(found, p.kind);
      out.push(found);
      continue;
    }
    const found: Finding = {
      type: dropped ? 'qualifier-dropped' : 'qualifier-added',
      b: dropped ? cut.span : null,
      r: dropped ? null : cut.span,
      at: dropped ? cut.span[0] : insertionPoint(ctx, cut.span[0]),
      explanation: `${label} ${dropped ? 'dropped' : 'added'}: ${q(txt)}${cut.kept.length ? ` (the ${dropped ? 'witness' : 'base'} keeps ${cut.kept.map(q).join(', ')})` : ''} — ${
        // a bare marker of an open list ("inter alia")
        p.kind === 'scope' && p.word ? (dropped ? 'the list no longer says it is open' : 'the list now says it is open') : (voluntaryOnPermission(own, p, what, dropped, ctx) ?? (isException(own, p, ctx.lex) ? null : frameChanged(ctx, p, dropped, what)) ?? consequence(p.kind, dropped, what, isException(own, p, ctx.lex), endsRule(own, p, what, ctx.lex)))
      }`,
    };
    // (a phrase on a permission gives no direction; when the witness states a binding rule there
    // instead, "may provide …, in accordance with national law" → "must provide", the condition is
    // lifted from that rule: judged as on it, as the explanation says. Added to a permission, an
    // "only" may make it a restriction, withOnly's to judge)
    // (not a phrase that says the act is voluntary, no condition of the permission: voluntaryOnPermission)
    const theirs = isException(own, p, ctx.lex) || ctx.lex.voluntaryPhrases.has(wordsKey(own, [p.start, p.end])) ? null : otherRule(ctx, p, dropped, what);
    // (a binding rule the other side negates or withdraws, "should protect …, taking into account
    // C" → "should not protect …" or "are not asked to protect …": the qualifier's rule is gone, the
    // negation reports the change; the qualifier has no direction on a rule that is not there; a
    // restriction, "used solely for X" → "not used for X", keeps its own: fix17-wording)
    const negatedThere = !!theirs && theirs !== 'permission' && p.kind !== 'restriction' && (what === 'obligation' || what === 'prohibition');
    // (a statement of the law given as the usual case, "in principle amounts to", qualifiers.yaml
    // `usual-case`: made defeasible, weakened; dropped, categorical, strengthened)
    const usual = what === 'statement' && ctx.lex.usualCase.has(wordsKey(own, [p.start, p.end]));
    if (usual) found.explanation = `${label} ${dropped ? 'dropped' : 'added'}: ${q(txt)} — the statement ${dropped ? 'no longer holds only as the usual case: it is now categorical' : 'now holds only as the usual case, leaving room for others'}`;
    let d = negatedThere ? undefined : (direction(p.kind, dropped, what, endsRule(own, p, what, ctx.lex)) ?? (usual ? (dropped ? 'strengthened' : 'weakened') : undefined) ?? (theirs && dropped && what === 'permission' ? direction(p.kind, dropped, theirs, endsRule(own, p, theirs, ctx.lex)) : undefined));
    // (a condition or mental element inside an "only" condition that restricts the act, "may collect
    // data only where a child is actively [and knowingly] engaged", "should collect …": it narrows
    // the only case the act is allowed in, so dropped the act is allowed in more cases, weakened;
    // added, strengthened. On a duty the "only" merely bounds, "shall notify only where A [and B]",
    // the duty holds in more cases: as before)
    if (!negatedThere && (p.kind === 'condition' || p.kind === 'intent') && restrictsAct(own, insideOnlyCondition(own, p, ctx.lex), what, ctx.lex)) {
      d = dropped ? 'weakened' : 'strengthened';
      found.explanation = `${label} ${dropped ? 'dropped' : 'added'}: ${q(txt)} — inside an 'only' condition: the act is allowed in ${dropped ? 'more' : 'fewer'} cases`;
    }
    if (d) found.direction = d;
    KIND.set(found, p.kind);
    out.push(found);
  }
  return coordinatedRun(ctx, own, withOnly(ctx, own, out, dropped), dropped).map((f) => repeatedHead(ctx, own, f, dropped));
}

/**
 * The condition or exception phrase a phrase is a later limb of: the phrase opens right after an
 * "and" / "or" that goes with it (inside the change that starts at `s0`), and that coordinator right
 * after the end of a condition phrase of the same sentence the other side reads in place, word for
 * word ("except in accordance with law [and subject to oversight]", "unless A [or unless B]"). Not
 * a standard of conduct the rule names (setsStandard), no case the rule holds in, nor an exception
 * joined to a condition. Null otherwise.
 */
function limbOfPhraseBefore(ctx: Ctx, own: Side, p: Phrase, s0: number, dropped: boolean): Phrase | null {
  if (p.kind !== 'condition' || p.word || p.head.length === 0 || Math.min(...p.head) !== p.start) return null;
  const T = own.tokens;
  const co = p.start - 1;
  if (co < 1 || co < s0 || (T[co].n !== 'and' && T[co].n !== 'or') || T[co].sentence !== T[p.start].sentence) return null;
  const x = qualifierPhrases(own, ctx.lex).find((y) => y.end === co && y.kind === 'condition' && !y.word && y.head.length > 0);
  if (!x || T[x.start].sentence !== T[co].sentence) return null;
  // (an exception joined to a condition, "if A or unless B", is a phrase of another class, judged
  // on its own)
  if (isException(own, p, ctx.lex) && !isException(own, x, ctx.lex)) return null;
  const ed = edited(ctx)[dropped ? 0 : 1];
  for (let i = x.start; i < x.end; i++) if (ed[i]) return null;
  if (setsStandard(own, x, statedAt(own, x, ctx.lex), ctx.lex)) return null;
  return x;
}

/**
 * A condition coordinated with a time its rule already names ("reviewed annually [and whenever a
 * material change occurs]": qualifiers.yaml `further-occasions`): the coordinator (and the words
 * allowed after it) lie between the time and the condition's head, inside the changed span that
 * starts at `s0`, and the time's last word (an adverb, a period of `frequencies`, an `uncounted`
 * word) before it. Returns the time's last word, or null.
 */
function furtherOccasion(own: Side, p: Phrase, s0: number, lex: Lexicons): string | null {
  const T = own.tokens;
  const fo = lex.furtherOccasions;
  let j = p.head.length > 0 ? Math.min(...p.head) : p.start;
  while (j > s0 && fo.between.has(T[j - 1].n)) j--;
  const co = j - 1;
  if (co < s0 || co < 1 || !fo.coordinators.has(T[co].n)) return null;
  const t = T[co - 1];
  if (co - 1 >= s0 || t.punct || t.sentence !== T[co].sentence) return null;
  const time = (t.pos === 'ADV' && !own.neg[co - 1]) || lex.frequencies.adverbs.has(t.n) || lex.frequencies.units.has(t.lemma) || lex.frequencies.uncounted.some((w) => w[w.length - 1] === t.n);
  return time ? t.t : null;
}

/**
 * The phrase's head read in place by the other side, where it stands there as a qualifier of its own
 * with no content word ("By way of derogation from paragraph 1, the authority may" → "By way of
 * derogation, the authority may"): the frame is kept, only what the head names (a cross-reference,
 * "from paragraph 1") is gone, which the ordinary variants describe as an omission (an addition);
 * the rule does not lose its condition.
 */
function headStandsAlone(ctx: Ctx, own: Side, p: Phrase, dropped: boolean): boolean {
  if (p.word || p.head.length === 0) return false;
  const ed = edited(ctx)[dropped ? 0 : 1];
  for (let i = p.start; i <= Math.max(...p.head); i++) if (ed[i]) return false;
  const at = alikeMap(ctx, dropped)[p.start];
  if (at < 0) return false;
  const other = dropped ? ctx.reading : ctx.base;
  const theirs = qualifierPhrases(other, ctx.lex).find((x) => x.start === at);
  return !!theirs && !theirs.word && contentCount(other, theirs.start, theirs.end) - theirs.head.filter((h) => other.content[h]).length === 0;
}

/**
 * A qualifier nested at the end of a phrase (a purpose inside a condition: "provided that the funds
 * are necessary [to satisfy basic needs]") that the other side reads in place, word for word, when
 * all the phrase's words before it, its head among them, are changed ("…, provided that the funds
 * are necessary to satisfy basic needs" → "… frozen funds to satisfy basic needs"): the other side
 * keeps the nested qualifier and drops the rest, so the outer phrase is judged on its own words up
 * to the nested head (the condition dropped, the purpose kept). Returns that head's index, or -1.
 */
function keptNestedTail(ctx: Ctx, own: Side, p: Phrase, dropped: boolean): number {
  if (p.word || p.head.length === 0) return -1;
  const ed = edited(ctx)[dropped ? 0 : 1];
  const from = Math.max(...p.head) + 1;
  for (let i = p.start; i < from; i++) if (!ed[i]) return -1;
  for (let k = from + 1; k < p.end; k++) {
    if (!ed[k - 1]) return -1;
    if (ed[k]) continue;
    for (let i = k; i < p.end; i++) if (ed[i]) return -1;
    // a head there on this side, or one the other side reads there ("necessary to satisfy" may read
    // as the adjective's complement; "funds to satisfy" is a purpose)
    // (of another kind than the phrase, and not after a coordinator: "if A or [where B]" is one
    // condition of two limbs, a limb dropped; see limb)
    if (own.tokens[k - 1].pos === 'CCONJ') return -1;
    const h = headAt(own, k, ctx.lex);
    const at = alikeMap(ctx, dropped)[k];
    const theirs = at >= 0 && qualifierPhrases(dropped ? ctx.reading : ctx.base, ctx.lex).some((x) => x.start === at && !x.word && x.kind !== p.kind && x.end >= at + (p.end - k));
    if (!(h && !h.word && h.kind !== p.kind) && !theirs) return -1;
    return contentCount(own, k, p.end) > 0 ? k : -1;
  }
  return -1;
}

/**
 * A limb dropped (added) before a coordinator and a later limb that repeats its head ("under their
 * contracts or under data protection law" → "under data protection law"): the alignment may read the
 * kept head with the first limb's, leaving "or under" over. The limb is its own words and the
 * coordinator ("under their contracts or"); the repeated head after it, the same word, is taken with
 * it, not reported as function words dropped.
 */
function repeatedHead(ctx: Ctx, own: Side, f: Finding, dropped: boolean): Finding {
  const s = dropped ? f.b : f.r;
  if (!s || !KIND.has(f)) return f;
  const T = own.tokens;
  const ed = edited(ctx)[dropped ? 0 : 1];
  const claimed = dropped ? ctx.claimedB : ctx.claimedR;
  const c = s[1];
  if (c >= T.length || !LIMB.has(T[c].n) || ed[c] !== 1 || claimed[c]) return f;
  // the head words of the limb, again right after the coordinator, changed and free
  let n = 0;
  while (s[0] + n < s[1] && c + 1 + n < T.length && T[s[0] + n].pos === 'ADP' && T[c + 1 + n].n === T[s[0] + n].n && ed[c + 1 + n] === 1 && !claimed[c + 1 + n]) n++;
  if (n === 0 || c + 1 + n >= T.length || ed[c + 1 + n] === 1) return f;
  claimed.fill(1, c, c + 1 + n);
  const span: Span = [s[0], c + 1];
  if (dropped) f.b = span;
  else f.r = span;
  if (KIND.get(f) !== 'condition') {
    requote(f, own, span);
    return f;
  }
  // a limb of one condition: the rule still holds under the other ("or": in fewer cases now)
  let end = c + 1 + n;
  while (end < T.length && !isClausePunct(T[end]) && T[end].sentence === T[c].sentence) end++;
  const p: Phrase = { start: s[0], end, head: [s[0]], kind: 'condition', word: false };
  const neg = negatedLimbs(own, p, c, end) >= 0;
  const { effect, dir } = limbEffect(own, p, ((T[c].n === 'or') !== dropped) !== neg, ctx.lex);
  const name = isException(own, p, ctx.lex) ? 'exception' : 'condition';
  f.explanation = `${dropped ? `a limb of the ${name} dropped` : `a limb added to the ${name}`}: ${q(text(own, span))} (in ${q(text(own, [s[0], end]))}) — ${effect}`;
  if (dir) f.direction = dir;
  else delete f.direction;
  return f;
}

/** A qualifier finding's explanation with its quoted phrase replaced ("condition dropped: 'X' — …", "time limit added: 'X' — …"). */
function requote(f: Finding, own: Side, span: Span): void {
  f.explanation = f.explanation.replace(/^([^:']*? (?:dropped|added)): '[^]*?' — /, `$1: ${q(text(own, span))} — `);
}

/**
 * Qualifiers dropped (added) one right after another, joined by a coordinator and nothing but commas
 * besides, all gone (come) with them (", where appropriate and in accordance with national law," → ""): the
 * joining words belong to the run, not to punctuation or grammar of their own. A run of one kind
 * and one direction is one variant over the whole of it, the commas that set it off included; of
 * different kinds ("within a reasonable time and in a manner consistent with …") each limb keeps its
 * own kind and direction, the coordinator going with the later limb it opens.
 */
function coordinatedRun(ctx: Ctx, own: Side, out: Finding[], dropped: boolean): Finding[] {
  const spanOf = (f: Finding) => (dropped ? f.b : f.r);
  const setSpan = (f: Finding, s: Span) => {
    if (dropped) {
      f.b = s;
      f.at = s[0];
    } else f.r = s;
  };
  const ed = edited(ctx)[dropped ? 0 : 1];
  const claimed = dropped ? ctx.claimedB : ctx.claimedR;
  const T = own.tokens;
  const joins = (a: Span, b: Span) => {
    if (b[0] <= a[1] || T[a[1] - 1].sentence !== T[b[0]].sentence) return false;
    let coordinated = false;
    for (let k = a[1]; k < b[0]; k++) {
      if (ed[k] !== 1 || claimed[k] || !(T[k].n === ',' || T[k].pos === 'CCONJ')) return false;
      if (T[k].pos === 'CCONJ') coordinated = true;
    }
    // (a coordinator between them: phrases one after another with commas alone may be pieces of
    // one clause dropped whole, ", unless the authority, on the basis of …, designates them", which
    // clause-scope.ts folds)
    return coordinated;
  };
  const list = out.filter((f) => KIND.has(f) && spanOf(f)).sort((x, y) => spanOf(x)![0] - spanOf(y)![0]);
  const gone = new Set<Finding>();
  for (let i = 0; i < list.length; ) {
    let e = i + 1;
    while (e < list.length && joins(spanOf(list[e - 1])!, spanOf(list[e])!)) e++;
    const run = list.slice(i, e);
    i = e;
    if (run.length < 2) continue;
    const first = spanOf(run[0])!;
    const last = spanOf(run[run.length - 1])!;
    const [s0, s1] = commasAround(ctx, own, claimed, { start: first[0], end: last[1] } as Phrase, dropped);
    claimed.fill(1, s0, s1);
    const one = run.every((f) => KIND.get(f) === KIND.get(run[0]) && f.direction === run[0].direction);
    if (one) {
      setSpan(run[0], [s0, s1]);
      requote(run[0], own, [s0, s1]);
      for (const f of run.slice(1)) gone.add(f);
      continue;
    }
    // (each limb from the end of the one before; the first from the run's opening comma, the last to its closing one)
    for (let k = 0; k < run.length; k++) {
      const s = spanOf(run[k])!;
      const span: Span = [k === 0 ? s0 : spanOf(run[k - 1])![1], k === run.length - 1 ? s1 : s[1]];
      setSpan(run[k], span);
      requote(run[k], own, span);
    }
  }
  return gone.size ? out.filter((f) => !gone.has(f)) : out;
}

/**
 * Did the rule the phrase qualifies go (come) with it: the modal of the frame in force there, or of
 * the one the phrase opens the sentence for, and the word after it, inside a change the other side
 * has no words in ("Where a request concerns a public body, we will consult the customer, and we
 * will disclose …" → "We will disclose …")? Then the condition belongs to the dropped duty, one
 * omission with it: no rule "becomes unconditional".
 */
function ruleGone(ctx: Ctx, own: Side, p: Phrase, dropped: boolean): boolean {
  const T = own.tokens;
  const next = own.frames.find((x) => x.start >= p.end && x.sentence === T[p.start].sentence);
  // (a phrase set off before a clause of its own, "…, and where an order applies, we will challenge
  // it", opens that clause: its rule is the next one, whatever rule is in force before it)
  // (standing where a clause begins: the sentence's start, or after a comma or a coordinator; not
  // "unless a judge orders it, to which the provider must agree", a relative on the phrase's noun)
  const before = T[p.start - 1];
  let opens = !!next && T[p.end]?.n === ',' && (!before || before.sentence !== T[p.start].sentence || before.n === ',' || before.pos === 'CCONJ');
  if (next && opens) for (let k = p.end + 1; k < next.start; k++) if (k - p.end > 4 || T[k].pos === 'VERB' || T[k].punct) opens = false;
  const f = (opens ? next : null) ?? frameAt(own, p.start) ?? next ?? null;
  if (!f || f === own.lead) return false;
  // (one change over the phrase and the rule, whose other side reads no modal: nothing there
  // states a rule in its place)
  const otherSide = dropped ? ctx.reading : ctx.base;
  const op = ctx.ops.find((o) => {
    const [a, b] = dropped ? o.baseSpan : o.readingSpan;
    return a <= p.start && p.start < b;
  });
  if (!op || op.op === 'equal') return false;
  const [a, b] = dropped ? op.baseSpan : op.readingSpan;
  const other = dropped ? op.readingSpan : op.baseSpan;
  for (let i = other[0]; i < other[1]; i++) if (otherSide.marker[i] >= 0) return false;
  // (nor a verb outside its own qualifiers: "and should, subject to national security
  // considerations, put in place procedures" → "and, where appropriate, establish procedures"
  // restates the rule, its modal carried over from the head clause; "unless legally prohibited"
  // states none)
  // (but a verb right under a modal that the alignment reads alike with another rule's modal
  // restates that other rule, not this one: "will [seek to lift the order and will give notice when
  // it expires]" → "will [challenge it in court]", the first duty reworded, the second gone with its
  // condition; a verb after a coordinator is a rule of its own under the carried-over modal)
  const theirs = qualifierPhrases(otherSide, ctx.lex);
  const alikeOther = alikeMap(ctx, !dropped);
  const otherRule = (i: number) => {
    const g = frameAt(otherSide, i);
    const m = g ? alikeOther[g.start] : -1;
    if (!g || m < 0 || own.marker[m] < 0 || own.frames[own.marker[m]] === f) return false;
    for (let k = g.end; k < i; k++) if (otherSide.tokens[k].pos === 'CCONJ' || otherSide.tokens[k].pos === 'VERB') return false;
    return true;
  };
  for (let i = other[0]; i < other[1]; i++) {
    if (otherSide.tokens[i].pos === 'VERB' && !theirs.some((q) => q.start <= i && i < q.end) && !otherRule(i)) return false;
  }
  const oneSided = (k: number) => a <= k && k < b;
  for (let k = f.start; k < f.end; k++) if (!oneSided(k)) return false;
  if (!oneSided(f.end)) return false;
  // (a whole sentence gone with its own modal, "Each State shall designate bodies. [Where a State
  // designates several, it shall designate one as coordinator.]": that duty is gone, whatever verb
  // another sentence shares with it)
  let s0 = p.start;
  while (s0 > 0 && T[s0 - 1].sentence === f.sentence) s0--;
  let s1 = f.end;
  while (s1 < T.length && T[s1].sentence === f.sentence) s1++;
  // (not a sentence the other side reads elsewhere, moved, its words outside the phrase all there in
  // a row: "A, by X. B." → "B. A, by X, unless Y." adds the condition to the moved sentence)
  const rest = T.slice(s0, s1).filter((t, k) => !t.punct && (s0 + k < p.start || s0 + k >= p.end)).map((t) => t.n).join(' ');
  const moved = ` ${otherSide.tokens.filter((t) => !t.punct).map((t) => t.n).join(' ')} `.includes(` ${rest} `);
  if (T[p.start].sentence === f.sentence && a <= s0 && s1 <= b && !moved) return true;
  // (and its verb nowhere on the other side: "shall obtain the consent" → "consent must be
  // obtained" restates the rule elsewhere in the sentence)
  // (past a time limit between the modal and the verb: "will [promptly] notify customers" →
  // "Customers will be notified", the duty restated in the passive)
  let v = f.end;
  while (v < T.length && (!own.content[v] || (p.kind === 'time' && v >= p.start && v < p.end)) && T[v].sentence === f.sentence) v++;
  // (only a verb there: "which must be [in writing]" has none after the phrase, its rule goes with it)
  if (!T[v] || T[v].pos !== 'VERB') {
    v = f.end;
    while (v < T.length && !own.content[v] && T[v].sentence === f.sentence) v++;
  }
  // (nor in another form: "it may extend the period" → "extendable by 15 days")
  if (v >= T.length || T[v].sentence !== f.sentence) return false;
  const lemma = T[v].lemma;
  return !otherSide.lemmas.has(lemma) && !(lemma.length >= 4 && otherSide.tokens.some((t) => t.lemma.startsWith(lemma)));
}

/**
 * "only" ("solely", a restriction word, with the coordinator and comma that joined it to a list
 * before it) before a prepositional phrase gone (come) with it to the clause's end that no qualifier
 * phrase opens ("processed lawfully[, and only for specified purposes]", "processed [only for
 * specified purposes]"; the tagger may read the preposition as a subordinator): the restriction is
 * extended over the words it restricts the act to, one variant, not a restriction beside an
 * omission. Mutates f; true when it did.
 */
function onlyBeforePhrase(ctx: Ctx, own: Side, f: Finding, s: Span, dropped: boolean, out: Finding[]): boolean {
  const T = own.tokens;
  for (let i = s[0]; i < s[1] - 1; i++) if (T[i].n !== ',' && T[i].pos !== 'CCONJ') return false;
  const w = s[1] - 1;
  const at = s[1];
  if (at >= T.length || (T[at].pos !== 'ADP' && T[at].pos !== 'SCONJ')) return false;
  const spanOf = (x: Finding) => (dropped ? x.b : x.r);
  if (out.some((x) => x !== f && KIND.has(x) && spanOf(x)?.[0] === at)) return false;
  const ed = edited(ctx)[dropped ? 0 : 1];
  const claimed = dropped ? ctx.claimedB : ctx.claimedR;
  const free = (i: number) => ed[i] === 1 && !claimed[i];
  let j = at;
  while (j < T.length && free(j) && !T[j].punct && T[j].sentence === T[w].sentence) j++;
  const ends = j >= T.length || T[j].sentence !== T[w].sentence || (T[j].punct && /^[,;:.!?]$/.test(T[j].n));
  if (!ends || j - at < 2 || contentCount(own, at, j) === 0) return false;
  const span: Span = [s[0], j];
  claimed.fill(1, span[0], span[1]);
  if (dropped) f.b = span;
  else f.r = span;
  requote(f, own, span);
  return true;
}

/**
 * The "only" of an `only-condition` ("only when", "only if") added (dropped) together with the
 * condition it opens ("States will share information" → "…, but only when national security
 * allows"): one condition added (dropped) over both (and the ", but" before them), not a
 * restriction (strengthened) beside a
 * condition (weakened): "only" makes the condition exclusive. Its direction is the condition's;
 * where the condition has none (a permission: "may … only when", a prohibition elsewhere), the
 * restriction's.
 */
function withOnly(ctx: Ctx, own: Side, out: Finding[], dropped: boolean): Finding[] {
  const spanOf = (f: Finding) => (dropped ? f.b : f.r);
  const gone = new Set<Finding>();
  for (const f of out) {
    const s = spanOf(f);
    if (KIND.get(f) === 'restriction' && s && onlyBeforePhrase(ctx, own, f, s, dropped, out)) continue;
    if (KIND.get(f) !== 'restriction' || !s || s[1] - s[0] !== 1) continue;
    const g = opensOnlyCondition(own.tokens, s[0], ctx.lex) ? out.find((x) => KIND.get(x) === 'condition' && spanOf(x)?.[0] === s[1]) : undefined;
    const gs = g && spanOf(g);
    // (with the "but" and the comma that set it off, when they came (went) with it: ", but only when")
    const ed = edited(ctx)[dropped ? 0 : 1];
    const claimed = dropped ? ctx.claimedB : ctx.claimedR;
    const free = (i: number) => i >= 0 && ed[i] === 1 && !claimed[i];
    // "only" before a phrase of another connective ("will disclose data only under a valid order",
    // "only for research"): the "only" restricts the act to what the phrase names, one restriction
    // over both, of the restriction's direction (dropped, the act is no longer limited to it), not a
    // restriction beside a condition of opposite direction
    const h = !g ? out.find((x) => x !== f && KIND.has(x) && KIND.get(x) !== 'restriction' && KIND.get(x) !== 'standard' && spanOf(x)?.[0] === s[1]) : undefined;
    const hs = h && spanOf(h);
    if (h && hs) {
      const span: Span = [s[0], hs[1]];
      claimed.fill(1, span[0], span[1]);
      if (dropped) f.b = span;
      else f.r = span;
      if (dropped) f.at = span[0];
      requote(f, own, span);
      gone.add(h);
      continue;
    }
    if (!g || !gs) {
      // "only" before a phrase the other side reads too, moved, on a rule that binds ("should,
      // where appropriate, consult" → "should consult, but only where appropriate"): the duty held
      // only there already; the "only" stresses the case, it restricts nothing new: an addition
      // (omission) of emphasis with no direction, with the words of its own change before it (", and
      // then only", a quotation mark among them). On a permission it stays a restriction.
      const governed = qualifierPhrases(own, ctx.lex).find((p) => p.start === s[1]);
      const other = dropped ? ctx.reading : ctx.base;
      // (moved: in place, "shall … only where A" → "… where A", the "only" is a restriction of its own)
      const inPlace = governed ? alikeMap(ctx, dropped)[governed.start] >= 0 : true;
      if (governed && governed.kind === 'condition' && !inPlace && readElsewhere(own, governed, other)) {
        const what = statedAt(own, governed, ctx.lex);
        if (what !== 'permission' && what !== 'exemption') {
          let a = s[0];
          while (free(a - 1) && own.tokens[a - 1].sentence === own.tokens[s[0]].sentence) a--;
          const span: Span = [a, s[1]];
          claimed.fill(1, span[0], span[1]);
          const words = q(text(own, span));
          out[out.indexOf(f)] = {
            type: dropped ? 'omission' : 'addition',
            b: dropped ? span : null,
            r: dropped ? null : span,
            at: dropped ? span[0] : f.at,
            explanation: `${dropped ? 'omitted' : 'added'}: ${words} — emphasis: 'only' before ${q(text(own, [governed.start, governed.end]))}, which the ${dropped ? 'witness' : 'base'} states too: the ${what} held only there already`,
          };
          continue;
        }
      }
      // a restriction alone, set off so ("may provide assistance, but only upon request", the
      // condition kept or moved): the ", but" went (came) with the "only", as before a condition
      if (free(s[0] - 1) && own.tokens[s[0] - 1].n === 'but' && free(s[0] - 2) && own.tokens[s[0] - 2].n === ',') {
        const span: Span = [s[0] - 2, s[1]];
        claimed.fill(1, span[0], span[1]);
        if (dropped) f.b = span;
        else f.r = span;
        if (dropped) f.at = span[0];
        f.explanation = f.explanation.replace(/^(\S+ (?:dropped|added)): '[^]*?' — /, `$1: ${q(text(own, span))} — `);
      }
      continue;
    }
    const span: Span = [s[0], gs[1]];
    if (free(span[0] - 1) && own.tokens[span[0] - 1].n === 'but') span[0]--;
    if (span[0] < s[0] && free(span[0] - 1) && own.tokens[span[0] - 1].n === ',') span[0]--;
    claimed.fill(1, span[0], span[1]);
    if (dropped) g.b = span;
    else g.r = span;
    if (dropped) g.at = span[0];
    const dir = g.direction ?? f.direction;
    if (dir) g.direction = dir;
    g.explanation = g.explanation.replace(/^(\S+ (?:dropped|added)): '[^]*?' — /, `$1: ${q(text(own, span))} — `);
    gone.add(f);
  }
  return gone.size ? out.filter((f) => !gone.has(f)) : out;
}

/**
 * Does the other side read the phrase's words, in order (punctuation aside), anywhere: the phrase
 * kept or moved, not new? A scan of the other side for the phrase's first word.
 */
function readElsewhere(own: Side, p: Phrase, other: Side): boolean {
  const words = own.tokens.slice(p.start, p.end).filter((t) => !t.punct).map((t) => t.n);
  if (words.length === 0) return false;
  const T = other.tokens;
  for (let i = 0; i + words.length <= T.length; i++) {
    if (T[i].n !== words[0]) continue;
    let k = i;
    let ok = true;
    for (const w of words) {
      while (k < T.length && T[k].punct) k++;
      if (k >= T.length || T[k].n !== w) {
        ok = false;
        break;
      }
      k++;
    }
    if (ok) return true;
  }
  return false;
}

/** Per comparison and side: the stems of the nouns inside a change (not aligned equal). */
const changedNounStems = new WeakMap<Ctx, [Set<string>, Set<string>]>();

/**
 * A condition folded into a noun of the other side ("Where a data handler violates this
 * Regulation, the Authority shall order it to rectify the violation" → "The Authority shall order
 * violators to rectify the violation"): a verb of the condition whose stem the other side reads in
 * a noun of another lemma inside a change, more often than this side reads that stem outside the
 * phrase. The noun names the parties the condition picked out: the condition is restated, not
 * dropped (the rule does not become unconditional); its words are left to the other classifiers.
 */
function foldedIntoNoun(ctx: Ctx, own: Side, p: Phrase, other: Side, dropped: boolean): boolean {
  if (p.kind !== 'condition' || p.word) return false;
  let stems = changedNounStems.get(ctx);
  if (!stems) {
    const ed = edited(ctx);
    const of = (side: Side, e: Uint8Array) => {
      const out = new Set<string>();
      for (let k = 0; k < side.tokens.length; k++) if (e[k] && side.content[k] && side.tokens[k].pos === 'NOUN') out.add(side.tokens[k].stem);
      return out;
    };
    stems = [of(ctx.base, ed[0]), of(ctx.reading, ed[1])];
    changedNounStems.set(ctx, stems);
  }
  const theirNouns = stems[dropped ? 1 : 0];
  const T = own.tokens;
  for (let i = p.start; i < p.end; i++) {
    if (!own.content[i] || T[i].pos !== 'VERB' || p.head.includes(i) || !theirNouns.has(T[i].stem)) continue;
    let inside = 0;
    for (let k = p.start; k < p.end; k++) if (own.content[k] && T[k].stem === T[i].stem) inside++;
    const outside = (stemCounts(own).get(T[i].stem) ?? 0) - inside;
    if ((stemCounts(other).get(T[i].stem) ?? 0) <= outside) continue;
    // (a noun of another lemma: "violates" → "violators", not the verb's own noun use)
    for (let k = 0; k < other.tokens.length; k++) {
      const t = other.tokens[k];
      if (t.pos === 'NOUN' && t.stem === T[i].stem && t.lemma !== T[i].lemma) return true;
    }
  }
  return false;
}

/**
 * A condition clause whose predicate is a phrase of its own that the other side keeps ("when this
 * activity is | for the conduct of business", "where this disclosure is | for the purpose of law
 * enforcement" → "… disclosures of data for the purpose of law enforcement"): the phrase ends at
 * its verb, where the nested head begins, and what the condition requires stands in the next
 * phrase. Its connective and subject gone, the other side still restricts the act by that phrase:
 * the condition is loosened, not dropped (the rule does not become unconditional); its words are
 * left to the other classifiers (an omission). The next phrase must open right at the verb, in the
 * same sentence, with most of its content words read by the other side.
 */
function predicateKept(ctx: Ctx, own: Side, p: Phrase, other: Side): boolean {
  if (p.kind !== 'condition' || p.word || p.end >= own.tokens.length) return false;
  const last = own.tokens[p.end - 1];
  if (last.pos !== 'VERB' && last.pos !== 'AUX' && last.lemma !== 'be') return false;
  const next = qualifierPhrases(own, ctx.lex).find((x) => x.start === p.end);
  if (!next || next.word || own.tokens[next.start].sentence !== last.sentence) return false;
  const m = missing(own, next, other);
  return m.count > 0 && m.share < ctx.lex.thresholds.qualifierMissing;
}

/**
 * A manner phrase ("in a timely manner": a noun of function-words.yaml `manner-nouns` after its
 * adjective) whose adjective the other side reads in place before a noun, the rest of the phrase
 * gone ("share, in a timely manner, information" → "share timely information"): the manner moved
 * onto the thing, one `lexical` variant over the phrase (and the commas that set it off) and the
 * adjective, not a mark, function words and an omission. Either side may hold the phrase.
 */
function mannerToAdjective(ctx: Ctx, own: Side, claimed: Uint8Array, p: Phrase, dropped: boolean): Finding | null {
  if (p.kind !== 'manner' && p.kind !== 'time') return null;
  const T = own.tokens;
  const n = p.end - 1;
  if (!ctx.lex.mannerNouns.has(T[n].lemma) || n < 1 || T[n - 1].pos !== 'ADJ') return null;
  const ed = edited(ctx)[dropped ? 0 : 1];
  // the adjectives (with their commas and coordinators) read alike, everything else in the phrase changed
  let a = n - 1;
  while (a > p.start && !ed[a - 1] && (T[a - 1].pos === 'ADJ' || T[a - 1].pos === 'CCONJ' || T[a - 1].n === ',')) a--;
  if (T[a].pos !== 'ADJ') return null;
  for (let k = p.start; k < p.end; k++) if ((k >= a && k < n) === !!ed[k]) return null;
  // the other side's words for the adjectives, before a noun
  const op = ctx.ops[dropped ? opAt(ctx.ops, a) : ctx.ops.findIndex((o) => o.readingSpan[0] <= a && a < o.readingSpan[1])];
  if (!op || op.op !== 'equal') return null;
  const [mine, theirs] = dropped ? [op.baseSpan, op.readingSpan] : [op.readingSpan, op.baseSpan];
  const o0 = theirs[0] + (a - mine[0]);
  const o1 = o0 + (n - a);
  const other = dropped ? ctx.reading : ctx.base;
  if (other.tokens[o1]?.pos !== 'NOUN' && other.tokens[o1]?.pos !== 'PROPN') return null;
  const [s0, s1] = commasAround(ctx, own, claimed, p, dropped);
  if (!unclaimed(claimed, [s0, s1])) return null;
  claimed.fill(1, s0, s1);
  (dropped ? ctx.claimedR : ctx.claimedB).fill(1, o0, o1);
  const ownSpan: Span = [s0, s1];
  const otherSpan: Span = [o0, o1];
  const [b, r] = dropped ? [ownSpan, otherSpan] : [otherSpan, ownSpan];
  return {
    type: 'lexical',
    b,
    r,
    at: b[0],
    explanation: `manner ${dropped ? 'made an adjective of the thing' : 'stated of the act'}: ${q(text(ctx.base, b))} → ${q(text(ctx.reading, r))}`,
  };
}

/**
 * A restriction ("only") right before a limit of time (kind `duration` or `time`: "retained only for
 * as long as is necessary") that the other side keeps, reworded in the same change ("deleted as soon
 * as it is no longer necessary"): the "only" went with the wording of the limit, which still bounds
 * the act; no restriction dropped (added), the ordinary variants describe the rewording.
 */
function limitReworded(ctx: Ctx, own: Side, p: Phrase, other: Side, dropped: boolean): boolean {
  if (p.kind !== 'restriction' || !p.word) return false;
  const next = qualifierPhrases(own, ctx.lex).find((x) => x.start === p.end && (x.kind === 'duration' || x.kind === 'time'));
  if (!next) return false;
  const m = missing(own, next, other, edited(ctx)[dropped ? 0 : 1]);
  if (m.count >= ctx.lex.thresholds.qualifierMinContent && m.share >= ctx.lex.thresholds.qualifierMissing) return false;
  // (in one change with the limit's words)
  const key = (o: Ctx['ops'][number]) => (dropped ? o.baseSpan : o.readingSpan);
  const op = ctx.ops.find((o) => key(o)[0] <= p.start && p.start < key(o)[1]);
  return !!op && op.op !== 'equal' && key(op)[1] > next.start;
}

/** Parts of speech of a word that qualifies the object of an exception ("the [prior written] consent"). */
const OBJECT_MODIFIER = new Set(['ADJ', 'VERB', 'ADV']);

/**
 * An exception that takes a noun ("without the prior written consent of the Participant", "except
 * with the approval of …": qualifiers.yaml `exception`) whose connective and object noun both sides
 * read alike where they stand ("… without consent", "… without the consent of the country"): the
 * exception is kept, only what it asks for is changed, so it is no exception dropped (added). The
 * modifiers before the noun say what kind of consent (approval …) lifts the rule ("prior",
 * "written", "express"): dropped, any consent lifts it, the exception is wider and the rule that
 * binds holds in fewer cases (an `omission`, weakened); added ("without the approval" → "without
 * the prior approval"), the exception asks for more, a condition added to it (`qualifier-added`,
 * strengthened). The rest of the phrase (its holder: "of the Participant") is left to the ordinary
 * variants. Returns the finding for the modifiers, true when the phrase is kept with no such change,
 * null when the rule does not apply.
 */
function objectKept(ctx: Ctx, own: Side, claimed: Uint8Array, p: Phrase, dropped: boolean): Finding | true | null {
  if (p.kind !== 'condition' || p.word || p.head.length === 0 || !isException(own, p, ctx.lex)) return null;
  const ed = edited(ctx)[dropped ? 0 : 1];
  if (p.head.some((i) => ed[i])) return null;
  const T = own.tokens;
  let h1 = Math.max(...p.head) + 1;
  // ("except with the consent of …": the preposition after the connective)
  if (T[h1]?.pos === 'ADP' && !ed[h1]) h1++;
  let n = h1;
  while (n < p.end && (T[n].pos === 'DET' || T[n].pos === 'PRON' || T[n].pos === 'PART' || OBJECT_MODIFIER.has(T[n].pos) || T[n].n === ',' || T[n].pos === 'CCONJ')) n++;
  if (n >= p.end || (T[n].pos !== 'NOUN' && T[n].pos !== 'PROPN') || ed[n]) return null;
  // (words of the other side's own before the noun, "without the consent of the persons concerned"
  // → "without people's consent": the holder moved before it, the phrase reworded: not this rule)
  const other = dropped ? ctx.reading : ctx.base;
  for (const o of ctx.ops) {
    const [mine, theirs] = dropped ? [o.baseSpan, o.readingSpan] : [o.readingSpan, o.baseSpan];
    if (o.op === 'equal' || mine[0] > n || Math.max(mine[1], mine[0] + 1) <= h1) continue;
    for (let k = theirs[0]; k < theirs[1]; k++) if (other.content[k]) return null;
  }
  // the modifiers changed: one stretch of adjectives, participles or adverbs ("prior", which the
  // tagger may read as one)
  let a = -1;
  let b = -1;
  // (a determiner the tagger reads as an adjective, "unless [such] publication": a function word of
  // function-words.yaml `words`, which says which thing is meant, not what kind: grammar)
  for (let k = h1; k < n; k++) {
    if (!ed[k] || !OBJECT_MODIFIER.has(T[k].pos) || ctx.lex.functionWords.has(T[k].n)) continue;
    if (a < 0) a = k;
    b = k + 1;
  }
  if (a < 0) return true;
  for (let k = a; k < b; k++) if (!ed[k]) return true;
  // (a modifier replaced by another, "prior" → "informed", is reworded: the ordinary variants)
  const op = ctx.ops[dropped ? opAt(ctx.ops, a) : ctx.ops.findIndex((o) => o.readingSpan[0] <= a && a < o.readingSpan[1])];
  if (!op || op.op === 'equal') return true;
  if (!unclaimed(claimed, [a, b])) return true;
  claimed.fill(1, a, b);
  const what = statedAt(own, p, ctx.lex);
  const binds = what === 'obligation' || what === 'prohibition';
  const words = q(text(own, [a, b]));
  const obj = q(T[n].t);
  const rule = RULES.has(what) ? `the ${what}` : 'the rule';
  if (dropped) {
    const f: Finding = { type: 'omission', b: [a, b], r: null, at: a, explanation: `omitted: ${words}, what the exception asks for (${q(text(own, [p.start, p.end]))}): any ${obj} now lifts ${rule}` };
    if (binds) f.direction = 'weakened';
    return f;
  }
  const f: Finding = { type: 'qualifier-added', b: null, r: [a, b], at: insertionPoint(ctx, a), explanation: `condition added: ${words} to the exception ${q(text(own, [p.start, p.end]))} — only such ${obj} now lifts ${rule}` };
  if (binds) f.direction = 'strengthened';
  KIND.set(f, 'condition');
  return f;
}

/**
 * Claims the tokens of a dropped (added) phrase's span `s`, but for words the alignment reads
 * identically where they stand ("Where [the Office] requires further information," → "The Office
 * may …"): those the other side keeps, and no qualifier variant covers them. Returns the span the
 * variant reports, the changed stretch of the phrase with the most content words (the other changed
 * words claimed with it), and the kept words, for the explanation.
 */
function withoutKept(ctx: Ctx, side: Side, claimed: Uint8Array, s: Span, dropped: boolean): { span: Span; kept: string[] } {
  const ed = edited(ctx)[dropped ? 0 : 1];
  // (a modifier kept by chance, "other" in "without other States' permission" → "in other
  // countries", counts as changed: see keptAmid)
  const chance = (i: number, j: number) => {
    let w = 0;
    for (let k = i; k < j; k++) if (side.content[k]) w += NUCLEUS.has(side.tokens[k].pos) ? 2 : 1;
    return w < 2;
  };
  const changed = new Uint8Array(s[1] - s[0]);
  for (let i = s[0]; i < s[1]; ) {
    let j = i;
    while (j < s[1] && ed[j] === ed[i]) j++;
    if (ed[i] || chance(i, j)) changed.fill(1, i - s[0], j - s[0]);
    i = j;
  }
  // (kept words that are no content words, "the", between changed ones go with them)
  const kept: string[] = [];
  let best: Span | null = null;
  let bestContent = -1;
  for (let i = s[0]; i < s[1]; ) {
    let j = i;
    while (j < s[1] && changed[j - s[0]] === changed[i - s[0]]) j++;
    if (changed[i - s[0]]) {
      claimed.fill(1, i, j);
      const n = contentCount(side, i, j);
      if (n > bestContent) {
        best = [i, j];
        bestContent = n;
      }
    } else kept.push(text(side, [i, j]));
    i = j;
  }
  if (!best) {
    claimed.fill(1, s[0], s[1]);
    return { span: s, kept: [] };
  }
  return { span: best, kept };
}

/** The kind of each qualifier finding claimSide made (for pairing a dropped phrase with an added one). */
const KIND = new WeakMap<Finding, string>();

/**
 * A condition dropped in one place and one of the same kind added in another that shares a content
 * word with it ("Where the Office requires further information, it may extend …" → "…, extendable
 * … if it needs more information") is the same condition reworded and moved: one lexical variant,
 * not a condition dropped and one added, which would contradict each other. Only for conditions
 * (the kind whose rewording is most often a restructuring). Mutates the claims (tokens stay claimed).
 * So is the one time limit the unit drops and the one it adds elsewhere ("shall promptly notify" →
 * "shall notify … within 24 hours"): one rule has one limit, reworded and moved (timeMoved); and
 * the one mental element it drops and the one it adds elsewhere ("attacks that intentionally damage
 * X" → "attacks that damage X on purpose"): the same intent required, reworded and moved (intentMoved).
 */
function pairReworded(ctx: Ctx, dropped: Finding[], added: Finding[]): Finding[] {
  if (dropped.length === 0 || added.length === 0) return [...dropped, ...added];
  const lemmas = (side: Side, s: Span) => new Set(contentLemmas(side, s));
  const used = new Set<Finding>();
  const out: Finding[] = [];
  const moved = timeMoved(ctx, dropped, added);
  const intent = intentMoved(ctx, dropped, added);
  for (const d of dropped) {
    const m = moved && d === moved.d ? moved : intent && d === intent.d ? intent : null;
    if (m) {
      used.add(m.a);
      out.push(m.f);
      continue;
    }
    if (KIND.get(d) !== 'condition' || !d.b) {
      out.push(d);
      continue;
    }
    const lb = lemmas(ctx.base, d.b);
    const a = added.find((x) => !used.has(x) && KIND.get(x) === 'condition' && x.r && [...lemmas(ctx.reading, x.r)].some((l) => lb.has(l)));
    if (!a || !a.r) {
      out.push(d);
      continue;
    }
    used.add(a);
    out.push({ type: 'lexical', b: d.b, r: a.r, at: d.b[0], explanation: `condition reworded and moved: ${q(text(ctx.base, d.b))} → ${q(text(ctx.reading, a.r))}` });
  }
  for (const a of added) if (!used.has(a)) out.push(a);
  return out;
}

/** The only qualifier of the kind dropped (with its base span) and the only one added (with its reading span), or null. */
function loneOfKind(dropped: Finding[], added: Finding[], kind: string): { d: Finding; a: Finding; b: Span; r: Span } | null {
  const ds = dropped.filter((x) => KIND.get(x) === kind);
  const as = added.filter((x) => KIND.get(x) === kind);
  if (ds.length !== 1 || as.length !== 1) return null;
  const [d, a] = [ds[0], as[0]];
  return d.b && a.r ? { d, a, b: d.b, r: a.r } : null;
}

/**
 * The only mental element dropped from a unit and the only one added to it, at another place and
 * in the same sentence (counted from the start of each side): "attacks that intentionally damage
 * critical infrastructure" → "attacks that damage critical infrastructure on purpose", "should not
 * intentionally damage" → "should not damage … deliberately". The rule still requires the intent:
 * one `lexical` variant with no direction, not the element dropped (strengthened) beside one added
 * (weakened), which cancel out. The same word moved is a transposition (movedQualifiers).
 */
function intentMoved(ctx: Ctx, dropped: Finding[], added: Finding[]): { d: Finding; a: Finding; f: Finding } | null {
  const lone = loneOfKind(dropped, added, 'intent');
  if (!lone) return null;
  const { d, a, b, r } = lone;
  const sentence = (side: Side, i: number) => side.tokens[i].sentence - side.tokens[0].sentence;
  if (sentence(ctx.base, b[0]) !== sentence(ctx.reading, r[0])) return null;
  const f: Finding = { type: 'lexical', b, r, at: b[0], explanation: `mental element reworded and moved: ${q(text(ctx.base, b))} → ${q(text(ctx.reading, r))} — the same intent required` };
  return { d, a, f };
}

/**
 * The only time limit dropped from a unit and the only one added to it, at another place ("The
 * Participants should promptly notify each other …" → "… should notify each other … within 24
 * hours"): the limit reworded and moved, one `lexical` variant, not a limit dropped (weakened) and
 * one added (strengthened), which cancel out. Its direction is the limits' compared when both count
 * an amount of time ("within 72 hours" → "… within seven days": lengthened, lengthEffect) or give
 * dates of the same parts (dateLimitShift); otherwise ("promptly" → "within 24 hours") none. Both
 * limits or both periods ("every two years"): a period is no limit.
 */
function timeMoved(ctx: Ctx, dropped: Finding[], added: Finding[]): { d: Finding; a: Finding; f: Finding } | null {
  const lone = loneOfKind(dropped, added, 'time');
  if (!lone) return null;
  const { d, a, b, r } = lone;
  const phraseIn = (side: Side, s: Span) => qualifierPhrases(side, ctx.lex).find((x) => x.kind === 'time' && x.start < s[1] && x.end > s[0]);
  const pb = phraseIn(ctx.base, b);
  const pr = phraseIn(ctx.reading, r);
  if (!pb || !pr) return null;
  const period = ctx.base.tokens[pb.start].n === 'every';
  if (period !== (ctx.reading.tokens[pr.start].n === 'every')) return null;
  const change = `${q(text(ctx.base, b))} → ${q(text(ctx.reading, r))}`;
  const amountOf = (side: Side, p: Phrase) => amounts(side, ctx.lex).find((x) => x.phrase.start === p.start);
  const ab = amountOf(ctx.base, pb);
  const ar = amountOf(ctx.reading, pr);
  const f: Finding = { type: 'lexical', b, r, at: b[0], explanation: `${period ? 'period' : 'time limit'} reworded and moved: ${change}` };
  if (ab && ar && sameLength(ab.days, ar.days, ctx.lex)) {
    f.explanation = `the same ${period ? 'period' : 'time limit'} counted in another unit, moved: ${change}`;
  } else if (ab && ar) {
    const e = lengthEffect('time', period, statedAt(ctx.base, pb, ctx.lex), ar.days < ab.days);
    f.explanation = `${e.label} and moved: ${change}${e.tail}`;
    if (e.direction) f.direction = e.direction;
  } else if (!ab && !ar) {
    const shift = dateLimitShift(ctx, [pb.start, pb.end], [pr.start, pr.end]);
    if (shift) {
      f.explanation += ` — ${shift.what}`;
      if (shift.direction) f.direction = shift.direction;
    }
  }
  return { d, a, f };
}

/**
 * A purpose whose verb the other side still reads, and reads nowhere else in this side ("to report
 * annually to the legislature" → "a watchdog that reports to parliament every year"), is reworded or
 * moved, not dropped: the changes around it are classified as usual.
 */
function verbKept(own: Side, p: Phrase, other: Side): boolean {
  if (p.kind !== 'purpose') return false;
  for (let i = p.start; i < p.end; i++) {
    const t = own.tokens[i];
    if (t.pos !== 'VERB' || !own.content[i]) continue;
    // (the verb again elsewhere on this side: a word of another part of speech on its stem is not,
    // "to cooperate … and adopt cooperative measures")
    const verbOfStem = (k: number) => own.content[k] && own.tokens[k].stem === t.stem && own.tokens[k].pos === 'VERB';
    let mine = 0;
    let inside = 0;
    for (let k = 0; k < own.tokens.length; k++) if (verbOfStem(k)) (k >= p.start && k < p.end ? inside++ : mine++);
    return mine === 0 && inside > 0 && (stemCounts(other).get(t.stem) ?? 0) > 0;
  }
  return false;
}

/**
 * Per comparison: the tokens of each side that are inside a change (not aligned equal), and, per
 * side, phrase start → the tokens a deletion (insertion) slid onto that phrase vacates (see
 * slideOntoPhrases).
 */
const changesCache = new WeakMap<Ctx, { edited: [Uint8Array, Uint8Array]; vacated: [Map<number, Span>, Map<number, Span>] }>();

function changes(ctx: Ctx): { edited: [Uint8Array, Uint8Array]; vacated: [Map<number, Span>, Map<number, Span>] } {
  let c = changesCache.get(ctx);
  if (!c) {
    const eb = new Uint8Array(ctx.base.tokens.length);
    const er = new Uint8Array(ctx.reading.tokens.length);
    for (const op of ctx.ops) {
      if (op.op === 'equal') continue;
      for (let i = op.baseSpan[0]; i < op.baseSpan[1]; i++) eb[i] = 1;
      for (let i = op.readingSpan[0]; i < op.readingSpan[1]; i++) er[i] = 1;
    }
    c = { edited: [eb, er], vacated: [slideOntoPhrases(ctx, true, eb), slideOntoPhrases(ctx, false, er)] };
    changesCache.set(ctx, c);
  }
  return c;
}

/** Tokens of a side that are inside a change (not aligned equal), cached per comparison. */
function edited(ctx: Ctx): [Uint8Array, Uint8Array] {
  return changes(ctx).edited;
}

/**
 * A deletion (insertion) that stops short of a qualifier phrase's end because the words it would
 * end with repeat the words it begins with, which the alignment reads alike after it ("… law
 * enforcement [authority without the prior approval of the competent] authority" against "… law
 * enforcement authority": the witness's "authority" is read as the condition's last word, when
 * other changes in the sentence cut the common start short). Slid right over those words, the
 * change covers the phrase whole: the alignment is as long either way. Marks the slid change in
 * `ed` (the words at its start read alike, those at the phrase's end changed) and returns, per
 * phrase start, the vacated words, which the phrase's variant claims. One binary search per phrase.
 */
function slideOntoPhrases(ctx: Ctx, dropped: boolean, ed: Uint8Array): Map<number, Span> {
  const out = new Map<number, Span>();
  const side = dropped ? ctx.base : ctx.reading;
  const T = side.tokens;
  const { ops } = ctx;
  const key = (k: number) => (dropped ? ops[k].baseSpan : ops[k].readingSpan);
  for (const p of qualifierPhrases(side, ctx.lex)) {
    if (p.word) continue;
    let lo = 0;
    let hi = ops.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (key(mid)[1] <= p.start) lo = mid + 1;
      else hi = mid;
    }
    const op = ops[lo];
    const next = ops[lo + 1];
    if (!op || !next || op.op !== (dropped ? 'delete' : 'insert') || next.op !== 'equal') continue;
    const [o0, o1] = key(lo);
    const d = p.end - o1;
    if (o0 >= p.start || o1 <= p.start || d <= 0 || d > key(lo + 1)[1] - key(lo + 1)[0] || o0 + d > p.start) continue;
    let same = true;
    for (let i = 0; i < d && same; i++) same = T[o0 + i].n === T[o1 + i].n;
    if (!same) continue;
    ed.fill(0, o0, o0 + d);
    ed.fill(1, o1, o1 + d);
    out.set(p.start, [o0, o0 + d]);
  }
  return out;
}

/**
 * A phrase whose last content word (its nucleus; the head's words aside) the alignment reads
 * identically where it stands ("without other States' permission" → "without the latter's
 * permission") is reworded in place, not dropped: the ordinary variants describe it. A modifier
 * kept by chance ("other" in "… in other countries") does not keep the phrase.
 */
function keptInPlace(ctx: Ctx, side: Side, p: Phrase, dropped: boolean): boolean {
  const ed = edited(ctx)[dropped ? 0 : 1];
  for (let i = p.end - 1; i >= p.start; i--) if (side.content[i] && !p.head.includes(i)) return !ed[i];
  return false;
}

/**
 * A phrase with words of its own the alignment reads identically where they stand, amid words it
 * changes ("to harm the information systems of the authorized [emergency response teams] of another
 * State" → "target emergency response teams"; "including the larger [context of the event] and the
 * nature …" → "including the wider context of the event"): the witness keeps part of it in place, so
 * it is reworded or cut short, not dropped whole; the ordinary variants describe the changes around
 * the kept words. Amid: with content words changed (the head's aside) both before and after the
 * kept ones (kept words next to the head, "where [the issuing authority] has reasonable grounds" →
 * "where the issuing authority knows", leave the phrase to rewordedInPlace). The kept words must be
 * at least two content words: one word kept amid a rewording ("in a comprehensive, [objective] and
 * evidence-based manner" → "with an objective and rational attitude") is reworded in place with the
 * rest (rewordedInPlace), and a modifier may be kept by chance ("other" in "… in other countries").
 */
/** Parts of speech of a kept word that is no modifier kept by chance. */
const NUCLEUS = new Set(['NOUN', 'PROPN', 'VERB']);

function keptAmid(ctx: Ctx, side: Side, p: Phrase, dropped: boolean): boolean {
  const ed = edited(ctx)[dropped ? 0 : 1];
  const own = (i: number) => side.content[i] && !p.head.includes(i);
  // (a named case whose head the other side lacks counts its head as changed: "respect human
  // rights, including [the right to privacy] in the digital age" → "respect the right to privacy"
  // keeps the case as the object itself, "including" and "in the digital age" gone around it)
  let changedBefore = p.kind === 'scope' && p.head.length > 0 && p.head.every((i) => ed[i]);
  // (a head swapped for another connective alone, word for word, "where their data are misused" →
  // "when their data are used improperly": the connective is one change, the predicate after the
  // subject both read another; one noun or verb kept between them is enough)
  const swap = headSwappedAlone(ctx, p, dropped);
  if (swap) changedBefore = true;
  const least = swap ? 1 : 2;
  let kept = 0;
  for (let i = p.start; i < p.end; i++) {
    if (!own(i)) continue;
    if (ed[i]) {
      if (kept >= least && changedBefore) return true;
      changedBefore = true;
      kept = 0;
    } else if (changedBefore) {
      kept++;
    }
  }
  return false;
}

/**
 * The phrase's head replaced word for word by function words alone (an op over exactly the head,
 * "where" → "when"), with a noun or verb of the phrase read alike after it.
 */
function headSwappedAlone(ctx: Ctx, p: Phrase, dropped: boolean): boolean {
  if (p.head.length === 0) return false;
  const h0 = Math.min(...p.head);
  const h1 = Math.max(...p.head) + 1;
  const op = opsOver(ctx, { ...p, start: h0, end: h1 }, dropped)[0];
  if (!op || op.op !== 'replace') return false;
  const [own, other] = dropped ? [op.baseSpan, op.readingSpan] : [op.readingSpan, op.baseSpan];
  if (own[0] !== h0 || own[1] !== h1 || other[1] - other[0] !== h1 - h0) return false;
  const otherSide = dropped ? ctx.reading : ctx.base;
  if (contentCount(otherSide, other[0], other[1]) > 0) return false;
  const side = dropped ? ctx.base : ctx.reading;
  const ed = edited(ctx)[dropped ? 0 : 1];
  for (let i = h1; i < p.end; i++) if (!ed[i] && side.content[i] && NUCLEUS.has(side.tokens[i].pos)) return true;
  return false;
}

/** The ops that overlap a phrase of one side (ops are in base and in reading order). */
function opsOver(ctx: Ctx, p: Phrase, dropped: boolean): Ctx['ops'] {
  const { ops } = ctx;
  const key = (k: number) => (dropped ? ops[k].baseSpan : ops[k].readingSpan);
  let lo = 0;
  let hi = ops.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(mid)[1] <= p.start) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < ops.length && key(end)[0] < p.end) end++;
  return ops.slice(lo, end);
}

/**
 * Every change over the phrase is the same compound cut into words differently ("such as back
 * doors" → "such as backdoors"): the phrase is kept, the change an accidental the compound
 * classifier reports; not a named case dropped and another added.
 */
function compoundKept(ctx: Ctx, p: Phrase, dropped: boolean): boolean {
  let changed = false;
  for (const op of opsOver(ctx, p, dropped)) {
    if (op.op === 'equal') continue;
    if (!compoundOnly(ctx.base.tokens, op.baseSpan, ctx.reading.tokens, op.readingSpan)) return false;
    changed = true;
  }
  return changed;
}

/** Units a time limit or a period is counted in. */
const TIME_UNITS = new Set(['hour', 'day', 'week', 'month', 'year', 'minute', 'business', 'working', 'calendar']);

/** Is the token a unit a time limit or a period is counted in ("days", "working")? */
export function isTimeUnit(t: Token): boolean {
  return TIME_UNITS.has(t.lemma) || TIME_UNITS.has(t.n.replace(/s$/, ''));
}

/**
 * A time limit or a duration whose figure is written otherwise or changed, the rest read alike or
 * only cut short ("within three days of the order" → "within 3 days"; "within 72 hours" → "within
 * seventy-two hours of the request"): the same limit, kept; the ordinary variants describe the
 * changes (the number written differently, or the limit moved: date.ts; the tail an omission or an
 * addition). Every change over the phrase is a figure replaced by a figure (`numberValue` on both
 * sides), at least one, or words of this side alone, or any change after the unit of such a figure
 * (the limit's starting point reworded).
 */
function figureKept(ctx: Ctx, p: Phrase, dropped: boolean): boolean {
  if (p.kind !== 'time' && p.kind !== 'duration') return false;
  let any = false;
  // (past the unit of a figure changed, a tail replaced is the limit's starting point reworded, not
  // the limit: "within 72 hours of becoming aware" → "within 48 hours, and …")
  let unit = Infinity;
  for (const op of opsOver(ctx, p, dropped)) {
    const [own, other] = dropped ? [op.baseSpan, op.readingSpan] : [op.readingSpan, op.baseSpan];
    if (op.op === 'equal' || own[1] <= p.start || own[0] >= p.end) continue;
    if (other[1] === other[0] || own[0] > unit) continue;
    if (op.op !== 'replace' || own[0] < p.start || own[1] > p.end) return false;
    const B = ctx.base.tokens.slice(op.baseSpan[0], op.baseSpan[1]);
    const R = ctx.reading.tokens.slice(op.readingSpan[0], op.readingSpan[1]);
    if (numberValue(B, ctx.lex) === null || numberValue(R, ctx.lex) === null) return false;
    // (a count of a unit both sides read: "three days" → "3 days", not a date, "by 2025" → "by 2026")
    const ub = ctx.base.tokens[op.baseSpan[1]];
    const ur = ctx.reading.tokens[op.readingSpan[1]];
    if (!ub || !ur || ub.lemma !== ur.lemma || !isTimeUnit(ub)) return false;
    any = true;
    unit = Math.min(unit, own[1]);
  }
  return any;
}

/** Is a time unit ("month", "days") among a base phrase's words after `from` that the alignment reads alike? */
function unitKeptBetween(ctx: Ctx, p: Phrase, from: number): boolean {
  const ed = edited(ctx)[0];
  for (let i = from; i < p.end; i++) if (!ed[i] && isTimeUnit(ctx.base.tokens[i])) return true;
  return false;
}

/**
 * A time limit or a duration whose head and figure with its unit the alignment reads alike where
 * they stand ("within 24 hours of becoming aware of the incident" → "within 24 hours, and it should
 * be short"): the limit itself is kept; what changed is what follows it (its starting point), which
 * the ordinary variants describe, not a limit reworded in place.
 */
function limitKept(ctx: Ctx, side: Side, p: Phrase, dropped: boolean): boolean {
  if ((p.kind !== 'time' && p.kind !== 'duration') || p.word || p.head.length === 0) return false;
  const ed = edited(ctx)[dropped ? 0 : 1];
  for (let i = p.start; i < p.end; i++) {
    if (ed[i]) return false;
    if (i > Math.max(...p.head) && isTimeUnit(side.tokens[i])) return i + 1 < p.end;
  }
  return false;
}

/**
 * A deadline's connective worded otherwise, its figure and unit read alike where they stand ("not
 * later than one month after the notification" → "within one month after …", "is due one month
 * after …"; qualifiers.yaml `same-deadline`): the same limit, one `grammatical` variant over the
 * connectives, claimed before the phrase is looked at as dropped. What else changed in the phrase
 * (its starting point dropped) is left to the ordinary variants.
 */
function deadlineReworded(ctx: Ctx, p: Phrase): Finding | null {
  if (p.kind !== 'time' || p.word || p.clause || p.head.length === 0) return null;
  const B = ctx.base.tokens;
  const h0 = p.head[0];
  const h1 = Math.max(...p.head) + 1;
  const op = ctx.ops[opAt(ctx.ops, h0)];
  if (!op || op.op !== 'replace' || op.baseSpan[0] !== h0 || op.baseSpan[1] !== h1) return null;
  const r: Span = [op.readingSpan[0], op.readingSpan[1]];
  if (!unclaimed(ctx.claimedB, [h0, h1]) || !unclaimed(ctx.claimedR, r)) return null;
  const words = (side: Side, s: Span) => side.tokens.slice(s[0], s[1]).map((t) => t.n).join(' ');
  const wb = words(ctx.base, [h0, h1]);
  const wr = words(ctx.reading, r);
  if (wb === wr || !ctx.lex.sameDeadline.has(wb) || !ctx.lex.sameDeadline.has(wr)) return null;
  // the figure and its unit kept right after ("one month", "72 hours")
  const ed = edited(ctx)[0];
  let unit = false;
  for (let i = h1; i < p.end && !unit; i++) {
    if (ed[i]) return null;
    unit = isTimeUnit(B[i]) && i > h1;
  }
  if (!unit) return null;
  ctx.claimedB.fill(1, h0, h1);
  ctx.claimedR.fill(1, r[0], r[1]);
  return { type: 'grammatical', b: [h0, h1], r, at: h0, explanation: `grammatical (another wording of the same deadline): ${q(text(ctx.base, [h0, h1]))} → ${q(text(ctx.reading, r))}` };
}

/**
 * A phrase whose every change is a name abbreviated or written out ("under the auspices of the
 * United Nations" → "… of the UN"): kept, the spelling classifier describes the change.
 */
function abbreviatedOnly(ctx: Ctx, p: Phrase, dropped: boolean): boolean {
  let any = false;
  for (const op of opsOver(ctx, p, dropped)) {
    const [own] = dropped ? [op.baseSpan, op.readingSpan] : [op.readingSpan, op.baseSpan];
    if (op.op === 'equal' || own[1] <= p.start || own[0] >= p.end) continue;
    if (op.op !== 'replace') return false;
    const B = ctx.base.tokens.slice(op.baseSpan[0], op.baseSpan[1]);
    const R = ctx.reading.tokens.slice(op.readingSpan[0], op.readingSpan[1]);
    if (!acronymOf(B, R, ctx.lex) && !acronymOf(R, B, ctx.lex) && !sameWrittenForm(B, R, ctx.lex)) return false;
    any = true;
  }
  return any;
}

/**
 * A phrase whose head the other side reads in place, at the head of a phrase of the same kind whose
 * content words this side mostly reads too ("when an [information society] service likely to be
 * accessed by children is designed" → "when an [online] service[, product, or feature] likely to …":
 * the witness's phrase, cut at the list's comma, looks new, but the base's is all there but two
 * words): one qualifier on both sides, partly reworded; the ordinary variants describe the words
 * changed, not the whole phrase reworded in place.
 */
function otherMostlyKept(ctx: Ctx, side: Side, p: Phrase, other: Side, dropped: boolean): boolean {
  if (p.word || p.head.length === 0) return false;
  const ed = edited(ctx)[dropped ? 0 : 1];
  for (const i of p.head) if (ed[i]) return false;
  // where the other side reads the head
  const h = p.head[0];
  let at = -1;
  for (const op of ctx.ops) {
    const [own, oth] = dropped ? [op.baseSpan, op.readingSpan] : [op.readingSpan, op.baseSpan];
    if (op.op === 'equal' && h >= own[0] && h < own[1]) at = oth[0] + (h - own[0]);
  }
  if (at < 0) return false;
  // (this side's phrase cut at a comma, where the other side's runs on)
  if (side.tokens[p.end]?.n !== ',') return false;
  const xp = qualifierPhrases(other, ctx.lex).find((x) => x.head.includes(at) && !x.word && sameKind(x.kind, p.kind));
  return !!xp && xp.end - xp.start > p.end - p.start && missing(other, xp, side).share < ctx.lex.thresholds.qualifierMissing;
}

/**
 * A phrase whose head the other side reads in place, and whose words after the head went (came)
 * with a coordinator that joins them to a word the other side also reads ("to [lead or] encourage
 * children" → "to encourage children", "for [research or] statistical purposes"): the head stands
 * with the other limb, so the qualifier is kept; what went is a limb of it, one omission (addition)
 * of the words with their coordinator, which the ordinary variants describe.
 */
function limbOfKeptHead(ctx: Ctx, side: Side, p: Phrase, dropped: boolean): boolean {
  if (p.word || p.head.length === 0) return false;
  const ed = edited(ctx)[dropped ? 0 : 1];
  const T = side.tokens;
  for (const i of p.head) if (ed[i]) return false;
  const after = Math.max(...p.head) + 1;
  if (after >= p.end) return false;
  for (let i = after; i < p.end; i++) if (!ed[i]) return false;
  const c = p.end;
  return c + 1 < T.length && T[c].pos === 'CCONJ' && ed[c] === 1 && ed[c + 1] === 0 && !T[c + 1].punct && T[c + 1].sentence === T[c].sentence;
}

/**
 * A phrase whose head and first content word the alignment reads identically where they stand (and
 * the words between them), and a part of which the other side lacks outright ("including how individuals can pursue remedies and
 * how businesses can comply" → "including how individuals can seek remedies"), is kept but cut
 * short: the ordinary variants describe the changes (a word replaced, the tail omitted). Without
 * such a gap it is reworded in place (rewordedInPlace).
 */
function startKept(ctx: Ctx, side: Side, p: Phrase, dropped: boolean): boolean {
  const ed = edited(ctx)[dropped ? 0 : 1];
  if (p.head.length === 0) return false;
  for (const i of p.head) if (ed[i]) return false;
  const after = Math.max(...p.head) + 1;
  let first = -1;
  for (let i = after; i < p.end && first < 0; i++) if (side.content[i]) first = i;
  if (first < 0) return false;
  // the head and the words up to the first content word read alike, in one stretch
  for (let i = p.start; i <= first; i++) if (ed[i]) return false;
  // a part of the phrase ("and how …", "thereafter") with nothing in its place on the other side
  // (or a change that runs on past the phrase, in whose place the other side reads no content word:
  // "such as records and pension files, shall" → ", should": the list's tail is gone and the words
  // after the phrase are changed on their own, a modal for a modal — not the phrase reworded)
  const otherSide = dropped ? ctx.reading : ctx.base;
  for (const op of opsOver(ctx, p, dropped)) {
    const [own, other] = dropped ? [op.baseSpan, op.readingSpan] : [op.readingSpan, op.baseSpan];
    if (op.op === 'equal' || own[0] >= p.end || own[0] <= first) continue;
    if (other[1] === other[0]) return true;
    if (own[1] > p.end && contentCount(side, own[0], p.end) > 0 && contentCount(otherSide, other[0], other[1]) === 0) return true;
  }
  return false;
}


/**
 * A time clause (a `clause` head: "before", "after") made of words the other side reads in place by
 * inserting its head and function words alone ("review the orders issued by the Parties" → "review the orders before they
 * are issued by the Parties": the review now comes first): a qualifier added (dropped), the inserted
 * words claimed. Only when the head opens an insertion (nothing in its place on the other side but
 * what stands for the words of the change before it) of words that are no content words, inside the
 * phrase.
 */
function headInserted(ctx: Ctx, own: Side, claimed: Uint8Array, p: Phrase, dropped: boolean): Finding | null {
  if (!p.clause || p.head.length === 0) return null;
  const own0 = (o: Ctx['ops'][number]) => (dropped ? o.baseSpan : o.readingSpan);
  const op = opsOver(ctx, p, dropped).find((o) => own0(o)[0] <= p.start && own0(o)[1] > p.start);
  if (!op || op.op === 'equal') return null;
  const s0 = p.start;
  const s1 = own0(op)[1];
  const other = dropped ? op.readingSpan : op.baseSpan;
  // (words of the op before the head may stand for what the other side reads there: "the orders"
  // → "every order [before it is]")
  if (own0(op)[0] === s0 && other[1] > other[0]) return null;
  // (nor when what the other side reads there opens a phrase of the same kind: "as soon as reasonably
  // practicable after becoming aware" → "within 24 hours of becoming aware" replaces one limit with
  // another, the head "after" going with the words reworded, not a limit dropped beside them)
  const otherSide = dropped ? ctx.reading : ctx.base;
  if (other[1] > other[0] && qualifierPhrases(otherSide, ctx.lex).some((q2) => sameKind(q2.kind, p.kind) && q2.start < other[1] && q2.end > other[0])) return null;
  if (s1 > p.end || !p.head.every((i) => i < s1) || !unclaimed(claimed, [s0, s1])) return null;
  for (let i = s0; i < s1; i++) if (own.content[i]) return null;
  claimed.fill(1, s0, s1);
  const what = statedAt(own, p, ctx.lex);
  const found: Finding = {
    type: dropped ? 'qualifier-dropped' : 'qualifier-added',
    b: dropped ? [s0, s1] : null,
    r: dropped ? null : [s0, s1],
    at: dropped ? s0 : own0(op)[0] < s0 ? other[1] : insertionPoint(ctx, s0),
    explanation: `${LABEL[p.kind] ?? p.kind} ${dropped ? 'dropped' : 'added'}: ${q(text(own, [p.start, p.end]))}, of words kept — ${consequence(p.kind, dropped, what, isException(own, p, ctx.lex), endsRule(own, p, what, ctx.lex))}`,
  };
  const d = direction(p.kind, dropped, what, endsRule(own, p, what, ctx.lex));
  if (d) found.direction = d;
  KIND.set(found, p.kind);
  return found;
}

/**
 * A named case (kind `scope`) kept for the most part, whose head the witness rewords with another
 * head of its kind while an item right after the head goes ("including farmers, fishers and
 * foresters" → "in particular fishers and foresters"): one change holds both, which would read as
 * one rewording "including farmers," → "in particular". The head reworded is the `lexical` variant
 * (claimed here); the item after it is left to the ordinary variants, an omission.
 */
function headSwapped(ctx: Ctx, p: Phrase): Finding | null {
  if (p.kind !== 'scope' || p.word || p.head.length === 0) return null;
  const h1 = Math.max(...p.head) + 1;
  const op = ctx.ops[opAt(ctx.ops, p.start)];
  if (!op || op.op === 'equal' || op.baseSpan[0] !== p.start || op.baseSpan[1] <= h1 || op.baseSpan[1] > p.end) return null;
  const [r0, r1] = op.readingSpan;
  const rp = qualifierPhrases(ctx.reading, ctx.lex).find((x) => x.start === r0 && x.kind === 'scope' && !x.word && x.head.length > 0);
  if (!rp || Math.max(...rp.head) + 1 !== r1) return null;
  // (the words after the head: an item of the list, with content)
  if (contentCount(ctx.base, h1, op.baseSpan[1]) < 1) return null;
  if (!unclaimed(ctx.claimedB, [p.start, h1]) || !unclaimed(ctx.claimedR, [r0, r1])) return null;
  ctx.claimedB.fill(1, p.start, h1);
  ctx.claimedR.fill(1, r0, r1);
  const bt = text(ctx.base, [p.start, h1]);
  const rt = text(ctx.reading, [r0, r1]);
  // (two connectives that name cases alike, ", including" → "such as": qualifiers.yaml
  // same-named-case, grammar as grammatical.ts reads them alone)
  const same = (side: Side, x: Phrase) => ctx.lex.sameNamedCase.has(x.head.map((i) => side.tokens[i].n).join(' '));
  if (same(ctx.base, p) && same(ctx.reading, rp)) return { type: 'grammatical', b: [p.start, h1], r: [r0, r1], at: p.start, explanation: `grammatical (another connective for the same named cases): ${q(bt)} → ${q(rt)}` };
  return { type: 'lexical', b: [p.start, h1], r: [r0, r1], at: p.start, explanation: `${LABEL[p.kind]} reworded in place: ${q(bt)} → ${q(rt)}` };
}

/**
 * A one-word qualifier ("only", "intentionally") between two content words the other side reads
 * nowhere ("shall be [used] only for the [purpose] for which …" against a witness that leaves that
 * duty out): it went with the words around it, one omission (addition), not a qualifier of its own.
 * Only when the qualifier and both words lie in one stretch of change (no word between them read
 * alike: "transfer data abroad only if the Authority" → "overseas if the regulator" rewords two
 * words apart, and drops the "only" between them), and neither word belongs to another qualifier
 * phrase ("in a timely manner, where appropriate and subject to …" → "quickly": those words are
 * that phrase's, reported with it).
 */
function wordAmidGone(ctx: Ctx, own: Side, p: Phrase, other: Side, dropped: boolean): boolean {
  if (!p.word) return false;
  const T = own.tokens;
  const near = (from: number, step: number) => {
    for (let k = from; k >= 0 && k < T.length && T[k].sentence === T[p.start].sentence; k += step) if (own.content[k]) return k;
    return -1;
  };
  const a = near(p.start - 1, -1);
  const b = near(p.end, 1);
  if (a < 0 || b < 0 || presentIn(T[a], other) || presentIn(T[b], other)) return false;
  const ed = edited(ctx)[dropped ? 0 : 1];
  for (let k = a; k <= b; k++) if (!ed[k]) return false;
  return !qualifierPhrases(own, ctx.lex).some((x) => x !== p && ((x.start <= a && a < x.end) || (x.start <= b && b < x.end)));
}

/**
 * The end of a phrase that limits the exception p (`exceptionLimited`), opening right after the
 * comma that closes p's span (ending at s1) and running to its clause's end, every word of it edited
 * and unclaimed; or -1.
 */
function exceptionTail(ctx: Ctx, side: Side, claimed: Uint8Array, p: Phrase, s1: number, dropped: boolean): number {
  const T = side.tokens;
  if (p.word || p.kind !== 'condition' || s1 < 1 || s1 >= T.length || T[s1 - 1].n !== ',' || !isException(side, p, ctx.lex)) return -1;
  const lim = qualifierPhrases(side, ctx.lex).find((x) => x.start === s1 && x !== p);
  if (!lim || exceptionLimited(side, lim, ctx.lex) < 0) return -1;
  const ed = edited(ctx)[dropped ? 0 : 1];
  let e = s1;
  while (e < T.length && T[e].sentence === T[s1].sentence && !isClausePunct(T[e]) && ed[e] === 1 && !claimed[e]) e++;
  const ends = e >= T.length || T[e].sentence !== T[s1].sentence || (isClausePunct(T[e]) && T[e].n !== ',');
  return ends && e >= lim.end ? e : -1;
}

/**
 * A clause head the other side reads in place ("before its deployment" → "before switching it on":
 * "before" opens a time clause only on one side): the connective stays, and what follows it is
 * reworded; the ordinary variants describe it.
 */
function clauseHeadKept(ctx: Ctx, p: Phrase, dropped: boolean): boolean {
  if (!p.clause || p.head.length === 0) return false;
  const ed = edited(ctx)[dropped ? 0 : 1];
  return p.head.every((i) => !ed[i]);
}

/**
 * The commas that set a dropped (added) phrase off belong to it when they went (came) with it:
 * both commas of a parenthetical (", where possible,"), the one of the pair the other side lacks, or
 * the comma before a phrase that ends its clause ("…, without permission."). A comma the other side also reads is left alone.
 */
function withCommas(ctx: Ctx, side: Side, claimed: Uint8Array, p: Phrase, dropped: boolean): [number, number] {
  const [s0, s1] = commasAround(ctx, side, claimed, p, dropped);
  // an exception gone (come) with the phrase that limits it, to the clause's end (", unless you can
  // demonstrate a compelling reason for a different setting, taking account of the best interests of
  // the child." → "."; qualifiers.yaml `exception-limits`): the limit is the exception's, one variant
  // over both, not the exception and an omission
  const lim = exceptionTail(ctx, side, claimed, p, s1, dropped);
  if (lim > s1) return [s0, lim];
  // "in a timely manner and in accordance with national law" → "in a timely manner": the coordinator
  // that joined the phrase to what the other side keeps goes with it (edited and unclaimed, as the
  // commas taken above)
  const ed = edited(ctx)[dropped ? 0 : 1];
  const k = s0 - 1;
  if (k >= 0 && side.tokens[k].pos === 'CCONJ' && ed[k] === 1 && !claimed[k] && (k === 0 || ed[k - 1] !== 1)) return [k, s1];
  // a proviso stated as a predicate ("Activities are subject to the availability of funds and are to
  // be carried out" → "Activities are to be carried out"): the coordinator and the auxiliaries that
  // went with it, up to the predicate the other side keeps, are the proviso's
  const T = side.tokens;
  if (!p.word && s1 === p.end && p.start > 0 && (T[p.start - 1].pos === 'AUX' || T[p.start - 1].lemma === 'be') && T[s1]?.pos === 'CCONJ' && ed[s1] === 1 && !claimed[s1]) {
    let e = s1 + 1;
    while (e < T.length && ed[e] === 1 && !claimed[e] && !side.content[e] && !T[e].punct && T[e].sentence === T[s1].sentence) e++;
    return [s0, e];
  }
  // a later limb of a condition clause gone with it, to the clause's end ("…, unless the provider can
  // demonstrate that such content is prohibited [and that the prohibition is enforced]." → "."): the
  // whole exception dropped, one variant with its comma, not the first limb and an omission
  if (dropped && !p.word && p.kind === 'condition' && p.head.length > 0 && s1 === p.end && T[s1]?.pos === 'CCONJ') {
    let e = s1;
    let verb = false;
    while (e < T.length && T[e].sentence === T[s1].sentence && !(isClausePunct(T[e]) && T[e].n !== ',') && ed[e] === 1 && !claimed[e]) {
      verb ||= T[e].pos === 'VERB' || T[e].pos === 'AUX';
      e++;
    }
    const ends = e >= T.length || T[e].sentence !== T[s1].sentence || (isClausePunct(T[e]) && T[e].n !== ',');
    if (ends && verb && e > s1 + 1) {
      const c0 = s0 === p.start && s0 > 0 && T[s0 - 1].n === ',' && ed[s0 - 1] === 1 && !claimed[s0 - 1] ? s0 - 1 : s0;
      return [c0, e];
    }
  }
  // a relative clause on the phrase's last noun, gone (come) with it to the clause's end (", in
  // particular from being fed content [that is detrimental to their health]." → "."): it says which
  // of that noun the phrase names, so it is the phrase's, one variant with its comma, not the phrase
  // and an omission (relative pronouns: actors.yaml `relatives`)
  // (a phrase, not a condition clause with a verb of its own: after "unless the user consents" a relative
  // may take in the whole clause, and the tagger may read its verb as a noun)
  if (!p.word && !p.clause && p.kind !== 'condition' && s1 === p.end && p.end > 0 && ctx.lex.relatives.has(T[p.end]?.n ?? '') && (T[p.end - 1].pos === 'NOUN' || T[p.end - 1].pos === 'PROPN') && ed[p.end] === 1 && !claimed[p.end]) {
    let e = p.end;
    while (e < T.length && T[e].sentence === T[p.end].sentence && !isClausePunct(T[e]) && ed[e] === 1 && !claimed[e]) e++;
    const ends = e >= T.length || T[e].sentence !== T[p.end].sentence || (isClausePunct(T[e]) && T[e].n !== ',');
    if (ends) {
      const c0 = s0 === p.start && s0 > 0 && T[s0 - 1].n === ',' && ed[s0 - 1] === 1 && !claimed[s0 - 1] ? s0 - 1 : s0;
      return [c0, e];
    }
  }
  return [s0, s1];
}

function commasAround(ctx: Ctx, side: Side, claimed: Uint8Array, p: Phrase, dropped: boolean): [number, number] {
  const ed = edited(ctx)[dropped ? 0 : 1];
  const T = side.tokens;
  const comma = (i: number) => i >= 0 && i < T.length && T[i].n === ',' && ed[i] === 1 && !claimed[i];
  const before = comma(p.start - 1);
  const after = comma(p.end);
  if (before && after) return [p.start - 1, p.end + 1];
  const closes = p.end >= T.length || (isClausePunct(T[p.end]) && T[p.end].n !== ',') || T[p.end].sentence !== T[p.start].sentence;
  if (before && closes) return [p.start - 1, p.end];
  // (a comma gone before a phrase whose next word the other side keeps in place: "funds, provided
  // that the funds are necessary to satisfy" → "funds to satisfy"; nothing else set it off)
  if (before && p.end < T.length && !T[p.end].punct && ed[p.end] === 0 && T[p.end].sentence === T[p.start].sentence) return [p.start - 1, p.end];
  // ", without permission, from" → ", from": one of the pair went with the phrase
  const isComma = (i: number) => i >= 0 && i < T.length && T[i].n === ',';
  if (before && isComma(p.end)) return [p.start - 1, p.end];
  if (after && isComma(p.start - 1)) return [p.start, p.end + 1];
  // "By way of derogation from paragraph 1, the controller …": a phrase opening its sentence takes its comma
  const opens = p.start === 0 || T[p.start - 1].sentence !== T[p.start].sentence || (isClausePunct(T[p.start - 1]) && T[p.start - 1].n !== ',');
  if (after && opens) return [p.start, p.end + 1];
  return [p.start, p.end];
}

/**
 * The phrase ends a larger run the witness leaves out: a predicate just before it (a verb among
 * the words) is deleted with it, in one op ("… or otherwise impairs the operation of infrastructure to provide services
 * to the public" gone). The whole run is one omission, not an omission and a dropped purpose. The
 * verb must stand outside the qualifier phrases deleted before this one: "and shall notify the
 * authority [without undue delay] [if they become aware …]" goes with "notify", while in "to
 * commence work [no later than March 2026]" the verb is the purpose's own (each phrase reported).
 * The other side may read words in place of the run that hold no predicate ("and shall submit the
 * report [within one month]" → "instead"): the duty the phrase qualifies is gone all the same.
 * Or the run is a coordinated item with its own qualifier: it opens with a coordinator (commas
 * aside) and holds content words outside the qualifier phrases ("and, where available, the
 * indicators of compromise" gone; a run that opens with a preposition is an adverbial, not an
 * item: "and in any event [for no longer than ten years]"): the condition goes with the item it
 * qualifies, whose loss weakens the rule; it does not make the rule unconditional.
 */
function tailOfOmission(ctx: Ctx, own: Side, p: Phrase, dropped: boolean): boolean {
  const T = own.tokens;
  // (the lead of an absolute construction, "with its first meeting to be held …", goes with the limit)
  if (absoluteLead(ctx, own, p, dropped) >= 0) return false;
  for (const op of ctx.ops) {
    const [o0, o1] = dropped ? op.baseSpan : op.readingSpan;
    const other = dropped ? op.readingSpan : op.baseSpan;
    if (p.start <= o0 || p.start >= o1) continue;
    if (op.op === 'equal') return false;
    if (other[1] > other[0]) {
      const os = dropped ? ctx.reading : ctx.base;
      // (a verb the phrase's own side reads after it in the same op is that verb restated, not
      // something in the phrase's place: "… privacy when agencies access data, and we encourage" →
      // "and encourages")
      // (only the verb of a predicate coordinated after the phrase: "consider, on a voluntary basis,
      // implementing" → "implement" is the hedge's complement restated in the phrase's place)
      const later = new Set<string>();
      let coordinated = false;
      for (let i = p.end; i < o1; i++) {
        if (T[i].pos === 'CCONJ') coordinated = true;
        else if (T[i].pos === 'VERB' && coordinated) later.add(T[i].lemma);
      }
      for (let i = other[0]; i < other[1]; i++) {
        if ((os.tokens[i].pos === 'VERB' || os.tokens[i].pos === 'AUX' || os.marker[i] >= 0) && !(os.tokens[i].pos === 'VERB' && later.has(os.tokens[i].lemma))) return false;
      }
    }
    // the words of the op outside the qualifier phrases in it (and outside what a claim took: a
    // sentence moved whole, "B. A, by X, unless Y." for "A, by X. B.", stands in the op that adds the
    // phrase at its end, and its verb is no predicate added with it)
    const claimed = dropped ? ctx.claimedB : ctx.claimedR;
    const free = new Uint8Array(o1 - o0).fill(1);
    // (not the tail of a phrase that opens before the op, which the other side keeps in part: "so as
    // to bridge the divide [and ensure that the benefits reach all peoples]" — its verb is a predicate
    // dropped, and the manner after it goes with it)
    for (const x of qualifierPhrases(own, ctx.lex)) if (x.end > o0 && x.start < o1 && !(x.start < o0 && x.kind === ctx.lex.purposeKind && T[o0].pos === 'CCONJ' && T[p.start - 1]?.n !== ',')) free.fill(0, Math.max(x.start, o0) - o0, Math.min(x.end, o1) - o0);
    for (let i = o0; i < o1; i++) if (claimed[i]) free[i - o0] = 0;
    // a predicate of its own: a verb among the words deleted before the phrase (not a participle
    // that modifies the noun before it, when a comma sets the phrase off: "bear its own costs
    // [arising from joint activities], unless otherwise agreed" — the exception is the rule's)
    const setOff = p.start > o0 && T[p.start - 1].n === ',';
    // (nor the verbs inside that participle's phrase, "each environment [involved in developing and
    // building software], in accordance with the Framework": the modifier's own, not a predicate)
    let modifier = false;
    // (an adverb right before a verb the other side keeps qualifies that verb, not one coordinated
    // before it and dropped: "shall not conduct or [knowingly] support" → "shall not support" drops
    // "conduct or" and, of the verb kept, the intent: two variants)
    const ofKeptVerb = p.word && p.end >= o1 && T[p.end]?.pos === 'VERB' && T[p.start - 1]?.pos === 'CCONJ';
    for (let i = o0; i < p.start; i++) {
      if (ofKeptVerb) break;
      if (T[i].n === ',') modifier = false;
      // (the tagger may read the participle as an adjective: "environment involved/ADJ in")
      if (setOff && (nounModifier(T, i) || (T[i].pos === 'ADJ' && /ed$/.test(T[i].n) && i > 0 && (T[i - 1].pos === 'NOUN' || T[i - 1].pos === 'PROPN')))) modifier = true;
      if (free[i - o0] && own.content[i] && T[i].pos === 'VERB' && !(setOff && modifier)) return true;
    }
    // a coordinated item dropped with its qualifier
    let k = o0;
    while (k < p.start && T[k].n === ',') k++;
    if (other[1] > other[0] || p.end > o1 || k >= p.start || T[k].pos !== 'CCONJ') return false;
    // (an item of its own: a run of free words that opens with no preposition, "the indicators of
    // compromise"; not an adverbial, "and in any event [for no longer than ten years]")
    for (let i = k + 1; i < o1; i++) {
      if (!free[i - o0] || T[i].punct || T[i].pos === 'CCONJ') continue;
      let j = i;
      while (j < o1 && free[j - o0] && !T[j].punct) j++;
      // (the tagger may read a preposition as a subordinator: "and only for/SCONJ specified purposes")
      if (T[i].pos !== 'ADP' && !(T[i].pos === 'SCONJ' && j - i > 1 && T[i + 1].pos !== 'PRON' && T[i + 1].pos !== 'DET') && contentCount(own, i, j) > 0) return true;
      i = j;
    }
    return false;
  }
  return false;
}

const EXTEND = new Set(['ADJ', 'ADV', 'CCONJ']);

const stemCache = new WeakMap<Side, Map<string, number>>();

/** How often each content stem occurs in a side (computed once per side). */
function stemCounts(side: Side): Map<string, number> {
  let m = stemCache.get(side);
  if (!m) {
    m = new Map();
    for (let i = 0; i < side.tokens.length; i++) if (side.content[i]) m.set(side.tokens[i].stem, (m.get(side.tokens[i].stem) ?? 0) + 1);
    stemCache.set(side, m);
  }
  return m;
}

/**
 * A participial phrase that opens the sentence before its subject ("Taking into account existing
 * and emerging threats, States should …") replaced by another one ("Recalling the report of the
 * Group, States should …"): the framing of the sentence reworded, one `lexical` variant with no
 * direction; not a condition dropped (which would make the duty "unconditional") beside an
 * addition. The same phrase with nothing in its place stays a condition dropped.
 */
function frameReworded(ctx: Ctx, p: Phrase): Finding | null {
  const { base, reading } = ctx;
  const B = base.tokens;
  const T = reading.tokens;
  if (!sentenceInitial(B, p.start) || !GERUND.test(B[p.start].n) || B[p.start].pos !== 'VERB') return null;
  let r0 = Infinity;
  let r1 = -1;
  for (const op of opsOver(ctx, p, true)) {
    if (op.op === 'equal') return null;
    if (op.readingSpan[1] <= op.readingSpan[0]) continue;
    r0 = Math.min(r0, op.readingSpan[0]);
    r1 = Math.max(r1, op.readingSpan[1]);
  }
  if (r1 < 0) return null;
  while (r1 > r0 && T[r1 - 1].punct) r1--;
  // (the reading's phrase opens its sentence with a participle too, and a comma closes it)
  if (r1 <= r0 || !sentenceInitial(T, r0) || !GERUND.test(T[r0].n) || T[r0].pos !== 'VERB' || T[r1]?.n !== ',') return null;
  if (!unclaimed(ctx.claimedB, [p.start, p.end]) || !unclaimed(ctx.claimedR, [r0, r1])) return null;
  ctx.claimedB.fill(1, p.start, p.end);
  ctx.claimedR.fill(1, r0, r1);
  const bt = text(base, [p.start, p.end]);
  const rt = text(reading, [r0, r1]);
  return { type: 'lexical', b: [p.start, p.end], r: [r0, r1], at: p.start, explanation: `framing of the sentence reworded: ${q(bt)} → ${q(rt)}` };
}

/** A present participle by its ending ("Taking", "Recalling"). */
const GERUND = /^[a-z]{2,}ing$/;

/**
 * A base qualifier whose words are mostly gone may still be there, reworded in place: the witness
 * reads, where the alignment puts it, either a qualifier of the same kind that is new too ("through
 * mutual legal assistance" → "through appropriate channels"), or words built on the same stems
 * ("in a comprehensive, objective and evidence-based manner" → "objectively and rationally", "with
 * an objective and rational attitude"). Then it is one `lexical` variant over both phrases, not a
 * dropped qualifier (and an added one, or a stray addition). The same-stem counterpart is the run
 * of reading words around the shared stems, extended over adjectives, adverbs and coordinators
 * (and over determiners and prepositions before it, and one noun after it when the base phrase ends
 * in a noun).
 */
function rewordedInPlace(ctx: Ctx, p: Phrase): Finding | null {
  const { base, reading, ops, claimedR } = ctx;
  const T = reading.tokens;
  let r0 = Infinity;
  let r1 = -1;
  // the ops over the phrase, and the words inserted right before and after it ("promptly" → "no
  // later than ten days": "no" and "than ten days" may align as insertions around "later")
  const inserted = (k: number, at: number) => ops[k].baseSpan[0] === at && ops[k].baseSpan[1] === at;
  let k0 = opAt(ops, p.start);
  while (k0 > 0 && inserted(k0 - 1, p.start)) k0--;
  for (let k = k0; k < ops.length && (ops[k].baseSpan[0] < p.end || inserted(k, p.end)); k++) {
    const op = ops[k];
    if (op.readingSpan[1] <= op.readingSpan[0]) continue;
    r0 = Math.min(r0, op.readingSpan[0]);
    r1 = Math.max(r1, op.readingSpan[1]);
  }
  if (r1 < 0) return null;
  let span: [number, number] | null = null;
  let headOnly = false;
  // a new qualifier of the same kind where the old one stood: a whole one, or one that opens in the
  // change and goes on with words both sides read ("promptly after receipt" → "no later than ten
  // days after receipt": the change is its changed part)
  for (const rp of qualifierPhrases(reading, ctx.lex)) {
    if (rp.end <= r0 || rp.start >= r1 || !sameKind(rp.kind, p.kind)) continue;
    // (a phrase of another kind whose head the base reads in a phrase of its own is that phrase's
    // counterpart, not this one's rewording: "in writing within 14 days" → "within 28 days" keeps
    // the limit, changed, and drops the manner)
    if (rp.kind !== p.kind && rp.head.length > 0 && counterpartHead(ctx.base, reading, rp, p, ctx.lex)) continue;
    // (an exception, "unless legally prohibited", and a condition, "where an order applies", open
    // opposite cases: one in the other's place is no rewording of it)
    if (p.kind === 'condition' && p.head.length > 0 && rp.head.length > 0 && isException(base, p, ctx.lex) !== isException(reading, rp, ctx.lex)) continue;
    const free = unclaimed(claimedR, [rp.start, rp.end]);
    const m = missing(reading, rp, base);
    if (free && m.count >= ctx.lex.thresholds.qualifierMinContent && m.share >= ctx.lex.thresholds.qualifierMissing) {
      span = [rp.start, rp.end];
      break;
    }
    if (rp.start >= r0 && rp.end > r1 && rp.head.every((i) => i < r1) && unclaimed(claimedR, [rp.start, r1])) {
      span = [rp.start, r1];
      // only the new head in the change ("in particular micro, small …" → "especially small …"):
      // the rewording is of the head alone; the base words after its head are left to the ordinary
      // variants (the omission of "micro,"), not folded into the rewording
      if (p.head.length > 0 && r1 === Math.max(...rp.head) + 1) headOnly = true;
      break;
    }
  }
  // a one-word qualifier replaced by one word of its part of speech ("promptly" → "quickly"), a
  // manner phrase by an adverb ("in a transparent manner" → "openly")
  if (!span && (p.end - p.start === 1 || p.kind === 'manner')) {
    const pos = p.end - p.start === 1 ? base.tokens[p.start].pos : 'ADV';
    let only = -1;
    for (let j = r0; j < r1 && only !== -2; j++) {
      if (claimedR[j] || !reading.content[j] || T[j].pos !== pos || base.lemmas.has(T[j].lemma)) continue;
      // (an adverb before an adjective grades that word, "more resilient": it says
      // nothing of how the act is done, no manner in the phrase's place)
      if (pos === 'ADV' && T[j + 1]?.pos === 'ADJ') continue;
      only = only === -1 ? j : -2;
    }
    if (only >= 0) span = [only, only + 1];
  }
  // the words built on the phrase's stems, when there is no such qualifier or around it
  // ("in a prompt, impartial and rule-based manner" → "impartially and quickly": one run)
  const run = stemRun(ctx, p, r0, r1);
  if (span && run && run[0] <= span[1] && run[1] >= span[0]) span = [Math.min(span[0], run[0]), Math.max(span[1], run[1])];
  if (!span) span = run;
  if (!span) return null;
  // (no content word in the reading's words: nothing reworded, the phrase's words kept around an
  // article, "including the right to privacy in the digital age" → "the right to privacy", are
  // read alike, the rest dropped)
  // the base words the variant covers: the whole phrase, or (below) only its words in place of the
  // change
  let b0 = p.start;
  let b1 = headOnly && span[0] === r0 ? Math.max(...p.head) + 1 : p.end;
  // nothing but words the witness keeps from the phrase itself, aligned alike ("Where the Office
  // requires further information, it may" → "The Office may"): those are kept, the rest is dropped,
  // not reworded
  {
    const keptFromPhrase = new Uint8Array(span[1] - span[0]);
    for (const op of ops) {
      if (op.op !== 'equal' || op.baseSpan[1] <= p.start || op.baseSpan[0] >= p.end) continue;
      for (let k = 0; k < op.baseSpan[1] - op.baseSpan[0]; k++) {
        const b = op.baseSpan[0] + k;
        const r = op.readingSpan[0] + k;
        if (b >= p.start && b < p.end && r >= span[0] && r < span[1]) keptFromPhrase[r - span[0]] = 1;
      }
    }
    if (keptFromPhrase.every((x) => x === 1)) {
      // what the witness reads in place of the phrase's other words is the rewording ("has
      // reasonable grounds to believe" → "knows"); with nothing in their place they are dropped
      let c0 = Infinity;
      let c1 = -1;
      let d0 = Infinity;
      let d1 = -1;
      for (const op of ops) {
        if (op.op === 'equal' || op.baseSpan[1] <= p.start || op.baseSpan[0] >= p.end || op.readingSpan[1] <= op.readingSpan[0]) continue;
        c0 = Math.min(c0, op.readingSpan[0]);
        c1 = Math.max(c1, op.readingSpan[1]);
        d0 = Math.min(d0, op.baseSpan[0]);
        d1 = Math.max(d1, op.baseSpan[1]);
      }
      if (c1 < 0 || !unclaimed(claimedR, [c0, c1])) return null;
      span = [c0, c1];
      // a time limit: the rewording covers the base words in its place, not the figure kept after
      // them ("not later than one month after the submission" → "within one month": "not later
      // than" → "within"); the stretch the witness lacks after the figure (the limit's starting
      // point) is left to the ordinary variants, an omission. (Elsewhere a stretch with nothing in
      // its place may be restated in the rewording: "without the consent of the persons concerned"
      // → "without people's consent".)
      if (d0 < d1 && (p.kind === 'time' || p.kind === 'duration') && unitKeptBetween(ctx, p, d1)) {
        b0 = Math.max(p.start, d0);
        b1 = Math.min(p.end, d1);
      }
    }
  }
  // the change run on past the phrase over function words alone, what the witness reads for them
  // inside the rewording ("as soon as reasonably practicable after becoming aware" → "within 24
  // hours of becoming aware": "after" is the old limit's link, replaced by "of"): those words go with
  // the rewording, not left over as a word of their own
  if (b1 === p.end) {
    const op = ops[opAt(ops, p.end - 1)];
    if (op && op.op === 'replace' && op.baseSpan[1] > p.end && op.readingSpan[0] >= span[0] && op.readingSpan[1] <= span[1] && unclaimed(ctx.claimedB, [p.end, op.baseSpan[1]])) {
      let fnOnly = true;
      for (let i = p.end; i < op.baseSpan[1]; i++) if (base.content[i] || base.tokens[i].punct) fnOnly = false;
      if (fnOnly) b1 = op.baseSpan[1];
    }
  }
  // words both phrases open with ("through") are not part of the change
  let bs = b0;
  let rs = span[0];
  while (bs < b1 - 1 && rs < span[1] - 1 && base.tokens[bs].n === T[rs].n) {
    bs++;
    rs++;
  }
  // the same compound cut into words differently ("such as back doors" → "such as backdoors"): an
  // accidental the compound classifier reports, not a named case reworded
  if (compoundOnly(base.tokens, [bs, b1], T, [rs, span[1]])) return null;
  ctx.claimedB.fill(1, b0, b1);
  claimedR.fill(1, span[0], span[1]);
  const bt = base.tokens.slice(bs, b1).map((t, k) => (k === 0 ? '' : t.space) + t.t).join('');
  const rt = T.slice(rs, span[1]).map((t, k) => (k === 0 ? '' : t.space) + t.t).join('');
  const found: Finding = {
    type: 'lexical',
    b: [bs, b1],
    r: [rs, span[1]],
    at: bs,
    explanation: `${LABEL[p.kind] ?? p.kind} reworded in place: ${q(bt)} → ${q(rt)}`,
  };
  // "by 2025" → "by 2026": a date limit moved
  const shift = p.kind === 'time' ? dateLimitShift(ctx, [bs, b1], [rs, span[1]]) : null;
  if (shift) {
    found.explanation += ` — ${shift.what}`;
    if (shift.direction) found.direction = shift.direction;
  }
  return found;
}

/**
 * A purpose of two coordinated infinitives reworded into one ("to strengthen their ability to
 * respond to incidents and to prosecute the offenders" → "to build their defences against
 * ransomware"): the rewording stands for the first limb; the second, from its coordinator and "to"
 * on, the witness lacks, an omission (an aim gone), not part of one rewording. Only when the
 * reading's side of the rewording has no coordinator.
 */
function limbDropped(ctx: Ctx, p: Phrase, rw: Finding): Finding[] {
  if (p.kind !== ctx.lex.purposeKind || rw.type !== 'lexical' || !rw.b || !rw.r) return [rw];
  const B = ctx.base.tokens;
  const R = ctx.reading.tokens;
  for (let j = rw.r[0]; j < rw.r[1]; j++) if (R[j].pos === 'CCONJ') return [rw];
  let k = -1;
  for (let i = rw.b[0] + 1; i + 1 < rw.b[1] && k < 0; i++) if (B[i].pos === 'CCONJ' && B[i + 1].n === 'to' && B[i + 2]?.pos === 'VERB') k = i;
  if (k < 0 || contentCount(ctx.base, rw.b[0], k) === 0 || contentCount(ctx.base, k, rw.b[1]) === 0) return [rw];
  const first: Span = [rw.b[0], k];
  const rest: Span = [k, rw.b[1]];
  return [
    { ...rw, b: first, explanation: `${LABEL[p.kind] ?? p.kind} reworded in place: ${q(text(ctx.base, first))} → ${q(text(ctx.reading, rw.r))}` },
    { type: 'omission', b: rest, r: null, at: rest[0], explanation: `omitted: ${q(text(ctx.base, rest))} — a second aim the witness no longer names` },
  ];
}

const DATE_PART: Record<string, number> = { early: 0, start: 0, mid: 1, late: 2, end: 2 };

/**
 * The parts of a date read in [a, b) of a side, in order of weight: year, part of the year
 * ("end-2025"), month, day (a figure next to a month name); -1 for a part not given. Null without a
 * year or a month.
 */
function dateParts(side: Side, a: number, b: number, lex: Lexicons): number[] | null {
  const T = side.tokens;
  const month = (k: number) => k >= 0 && k < T.length && lex.months.has(T[k].n);
  const out = [-1, -1, -1, -1];
  for (let k = a; k < b; k++) {
    const n = T[k].n;
    const y = /^(?:(early|start|mid|late|end)-)?((?:19|20)\d\d)$/.exec(n);
    const d = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(n);
    if (y) {
      out[0] = Number(y[2]);
      out[1] = y[1] ? DATE_PART[y[1]] : -1;
    } else if (month(k)) out[2] = lex.months.get(n)!;
    else if (d && Number(d[1]) >= 1 && Number(d[1]) <= 31 && (month(k + 1) || month(k - 1) || (T[k + 1]?.n === 'of' && month(k + 2)))) out[3] = Number(d[1]);
  }
  return out[0] < 0 && out[2] < 0 ? null : out;
}

/**
 * A time limit set by a date, moved later or earlier (qualifiers.yaml `date-limits`): the base span
 * `b` and the reading span `r` lie in time phrases whose heads are of one class (a `deadline`, "by",
 * "no later than"; a `duration`, "until"), and the dates after them give the same parts. On an
 * obligation a later deadline gives the bearer more time (weakened); a later end date makes an
 * obligation or a prohibition hold longer (strengthened), and so does a later deadline on a
 * prohibition ("shall not export before 2026"). Elsewhere there is no direction. Null when the
 * change is not such a date.
 */
export function dateLimitShift(ctx: Ctx, b: Span, r: Span): { what: string; direction?: Direction } | null {
  const limit = (side: Side, s: Span) => {
    const p = qualifierPhrases(side, ctx.lex).find((x) => x.kind === 'time' && x.head.length > 0 && x.start <= s[0] && s[1] <= x.end);
    if (!p) return null;
    const head = p.head.map((i) => side.tokens[i].n).join(' ');
    const cls = ctx.lex.dateLimits.deadline.has(head) ? 'deadline' : ctx.lex.dateLimits.duration.has(head) ? 'duration' : null;
    const parts = cls ? dateParts(side, Math.max(...p.head) + 1, p.end, ctx.lex) : null;
    return cls && parts ? { p, cls, parts } : null;
  };
  const lb = limit(ctx.base, b);
  const lr = lb ? limit(ctx.reading, r) : null;
  if (!lb || !lr || lb.cls !== lr.cls) return null;
  let cmp = 0;
  for (let k = 0; k < 4; k++) {
    if ((lb.parts[k] < 0) !== (lr.parts[k] < 0)) return null;
    if (cmp === 0) cmp = Math.sign(lr.parts[k] - lb.parts[k]);
  }
  if (cmp === 0) return null;
  const later = cmp > 0;
  const what = statedAt(ctx.base, lb.p, ctx.lex);
  const lasts = lb.cls === 'duration' ? what === 'obligation' || what === 'prohibition' : what === 'prohibition';
  if (lb.cls === 'deadline' && what === 'obligation') {
    return { what: `the deadline moved ${later ? 'later: more time' : 'earlier: less time'} to act`, direction: later ? 'weakened' : 'strengthened' };
  }
  if (lasts) return { what: `the ${what} holds ${later ? 'longer' : 'for less time'}`, direction: later ? 'strengthened' : 'weakened' };
  return { what: `the date moved ${later ? 'later' : 'earlier'}` };
}

/**
 * The run of reading words (in [r0, r1)) around the stems of a base phrase that the base reads
 * nowhere else: see rewordedInPlace.
 */
function stemRun(ctx: Ctx, p: Phrase, r0: number, r1: number): [number, number] | null {
  const { base, reading, claimedR } = ctx;
  const T = reading.tokens;
  // stems of the phrase found nowhere else in the base ("other" in "without other States'
  // permission" also stands elsewhere, so "in other countries" does not reword it)
  const all = stemCounts(base);
  const inside = new Map<string, number>();
  for (let i = p.start; i < p.end; i++) if (base.content[i]) inside.set(base.tokens[i].stem, (inside.get(base.tokens[i].stem) ?? 0) + 1);
  const stems = new Set<string>();
  for (let i = p.start; i < p.end; i++) {
    const st = base.tokens[i].stem;
    if (base.content[i] && !p.head.includes(i) && all.get(st) === inside.get(st)) stems.add(st);
  }
  let a = -1;
  let b = -1;
  for (let j = r0; j < r1; j++) {
    if (claimedR[j] || !reading.content[j] || !stems.has(T[j].stem)) continue;
    if (a < 0) a = j;
    b = j + 1;
  }
  if (a < 0) return null;
  while (b < r1 && !claimedR[b] && (EXTEND.has(T[b].pos) || (T[b].n === ',' && b + 1 < r1 && EXTEND.has(T[b + 1].pos) && T[b + 1].pos !== 'CCONJ'))) b++;
  while (b > a && T[b - 1].pos === 'CCONJ') b--;
  const last = base.tokens[p.end - 1];
  if (last && (last.pos === 'NOUN') && b < r1 && !claimedR[b] && T[b].pos === 'NOUN') b++;
  while (a > r0 && !claimedR[a - 1] && (EXTEND.has(T[a - 1].pos) || T[a - 1].pos === 'DET' || T[a - 1].pos === 'ADP')) a--;
  while (a < b && (T[a].pos === 'CCONJ' || T[a].punct)) a++;
  return [a, b];
}

/**
 * A qualifier the witness seems to add may reword one the base has at that place: a base qualifier
 * of the same kind, aligned with it and not read as such in the witness ("in particular with
 * developing countries" → "especially with poorer nations"). Then it is one `lexical` variant over
 * both phrases, not an added qualifier.
 */
function rewordedAdded(ctx: Ctx, p: Phrase): Finding | null {
  const { base, reading, ops, claimedB } = ctx;
  let b0 = Infinity;
  let b1 = -1;
  for (const op of ops) {
    if (op.readingSpan[1] <= p.start || op.readingSpan[0] >= p.end || op.baseSpan[1] <= op.baseSpan[0]) continue;
    b0 = Math.min(b0, op.baseSpan[0]);
    b1 = Math.max(b1, op.baseSpan[1]);
  }
  if (b1 < 0) return null;
  const tp = timePointReworded(ctx, p, [b0, b1]);
  if (tp) return tp;
  for (const bp of qualifierPhrases(base, ctx.lex)) {
    if (bp.end <= b0 || bp.start >= b1 || !sameKind(bp.kind, p.kind) || (bp.word !== p.word && bp.kind === p.kind)) continue;
    if (!unclaimed(claimedB, [bp.start, bp.end]) || missing(base, bp, reading).share === 0) continue;
    claimedB.fill(1, bp.start, bp.end);
    ctx.claimedR.fill(1, p.start, p.end);
    return {
      type: 'lexical',
      b: [bp.start, bp.end],
      r: [p.start, p.end],
      at: bp.start,
      explanation: `${LABEL[p.kind] ?? p.kind} reworded in place: ${q(text(base, [bp.start, bp.end]))} → ${q(text(reading, [p.start, p.end]))}`,
    };
  }
  return null;
}

/**
 * A time adverb added (`immediately`, `forthwith`) in place of a point in time the base names by a
 * preposition and a noun of time or of an event (qualifiers.yaml `time-points`: "take effect on the
 * date of signature" → "take effect immediately"): the same moment restated, no time limit added,
 * one `lexical` variant with no direction. The base words are the whole of what the change replaces.
 */
function timePointReworded(ctx: Ctx, p: Phrase, b: Span): Finding | null {
  if (p.kind !== 'time' || !p.word) return null;
  const { base, reading } = ctx;
  const T = base.tokens;
  const tp = ctx.lex.timePoints;
  let k = b[0];
  let prep = '';
  for (; k < b[1] && T[k].pos === 'ADP'; k++) prep += (prep ? ' ' : '') + T[k].n;
  if (!tp.prepositions.has(prep)) return null;
  while (k < b[1] && (T[k].pos === 'DET' || T[k].pos === 'ADJ' || T[k].pos === 'PRON')) k++;
  if (k >= b[1] || !tp.nouns.has(T[k].lemma) && !tp.nouns.has(T[k].n)) return null;
  // (the reading's change is the adverb alone)
  for (const op of ctx.ops) if (op.baseSpan[0] === b[0] && op.baseSpan[1] === b[1] && (op.readingSpan[0] !== p.start || op.readingSpan[1] !== p.end)) return null;
  if (!unclaimed(ctx.claimedB, b) || !unclaimed(ctx.claimedR, [p.start, p.end])) return null;
  ctx.claimedB.fill(1, b[0], b[1]);
  ctx.claimedR.fill(1, p.start, p.end);
  return {
    type: 'lexical',
    b,
    r: [p.start, p.end],
    at: b[0],
    explanation: `the time reworded in place: ${q(text(base, b))} → ${q(text(reading, [p.start, p.end]))} — the same moment, no time limit added`,
  };
}

/**
 * Kinds one phrase may be reworded into in place: the same, or manner and time ("in a clear and
 * timely manner" → "promptly").
 */
/** Does the base read, in a phrase other than p, of rp's kind, the same head words as rp? */
function counterpartHead(base: Side, reading: Side, rp: Phrase, p: Phrase, lex: Lexicons): boolean {
  const head = rp.head.map((i) => reading.tokens[i].n).join(' ');
  return qualifierPhrases(base, lex).some((bp) => bp !== p && (bp.start >= p.end || bp.end <= p.start) && bp.kind === rp.kind && bp.head.map((i) => base.tokens[i].n).join(' ') === head);
}

function sameKind(a: string, b: string): boolean {
  return a === b || (a === 'manner' && b === 'time') || (a === 'time' && b === 'manner');
}

/** Base position for sorting an added phrase: the base token aligned just before it. */
function insertionPoint(ctx: Ctx, r: number): number {
  for (const op of ctx.ops) {
    if (r >= op.readingSpan[0] && r < op.readingSpan[1]) {
      return op.op === 'equal' ? op.baseSpan[0] + (r - op.readingSpan[0]) : op.baseSpan[0];
    }
  }
  return ctx.base.tokens.length;
}

const LIMB = new Set(['or', 'and', 'nor']);

/**
 * Does the word at `at` stand inside a clause the rule's verb governs ("shall ensure that data is
 * transferred | only …", "shall take measures to ensure that …"): between the rule's marker and it,
 * a verb, then "that" or "to", then another verb? The "only" then bounds that act, not the rule.
 */
function actInside(side: Side, at: number): boolean {
  const T = side.tokens;
  const f = frameAt(side, at);
  if (!f || f.sentence !== T[at].sentence) return false;
  let stage = 0;
  for (let k = f.end; k < at; k++) {
    if (stage === 0 && T[k].pos === 'VERB') stage = 1;
    else if (stage === 1 && (T[k].n === 'that' || T[k].n === 'to')) stage = 2;
    else if (stage === 2 && T[k].pos === 'VERB') return true;
  }
  return false;
}

/**
 * Does a limb coordinated by `coord` ("and", "or") widen the cases a condition covers: an "or" limb
 * added, or an "and" limb dropped, lets more cases meet it; under a negation (a negator at `neg`,
 * ≥ 0) the limbs are what it rules out, and the other way round.
 */
function limbWidens(coord: string, dropped: boolean, neg: number): boolean {
  return ((coord === 'or') !== dropped) !== (neg >= 0);
}

/**
 * The direction of a change to the cases a condition or exception covers (`wider`: more cases
 * meet it), on the rule the phrase `p` qualifies: see limb. Returns the effect in words and the
 * direction, if any.
 */
function limbEffect(side: Side, p: Phrase, wider: boolean, lex: Lexicons): { effect: string; dir?: Direction } {
  const lead = p.inherited ? LEAD.get(side) : undefined;
  const name = (lead ? lead.exception : isException(side, p, lex)) ? 'exception' : 'condition';
  const what = lead ? lead.what : statedAt(side, p, lex);
  const more = name === 'exception' ? !wider : wider;
  let effect = `the ${name} is ${wider ? 'wider' : 'narrower'}: the ${what} holds in ${more ? 'more' : 'fewer'} cases`;
  const only = lead ? lead.only : p.start > 0 && side.tokens[p.start - 1].n === 'only';
  const restricted = what === 'permission' && only;
  let dir: Direction | undefined;
  // an obligation whose "only" condition restricts the act (restrictsAct: "shall ensure that
  // data is transferred only where A[, or where B]"): the act is barred outside the condition, so
  // fewer cases allow it (strengthened), more cases, weakened, as on a restricted permission
  if (what === 'obligation' && only && !lead && restrictsAct(side, p.start - 1, what, lex)) {
    dir = more ? 'weakened' : 'strengthened';
    effect = `the ${name} is ${wider ? 'wider' : 'narrower'}: the act the ${what} bounds is allowed in ${more ? 'more' : 'fewer'} cases`;
  } else if (what === 'obligation' || what === 'prohibition') dir = more ? 'strengthened' : 'weakened';
  // an exemption holding in more cases lifts the duty more widely
  else if (what === 'exemption') dir = more ? 'weakened' : 'strengthened';
  else if (restricted) {
    dir = more ? 'weakened' : 'strengthened';
    effect += `, and the restriction ('only') in ${more ? 'fewer' : 'more'}`;
  }
  return { effect, dir };
}

/**
 * The coordinator between two limbs of a condition or exception switched ("unless A and B" →
 * "unless A or B"): either limb now suffices ("and" → "or": the phrase is met in more cases) or
 * both are needed ("or" → "and": fewer). Not grammar: the rule covers other cases, with the
 * direction of limb. Both coordinators must stand inside a condition phrase (a clause of its own,
 * not a one-word one) on each side; elsewhere the switch is left to the other classifiers.
 */
function coordinatorSwitched(c: Candidate, ctx: Ctx): Finding | null {
  if (len(c.b) !== 1 || len(c.r) !== 1) return null;
  const a = ctx.base.tokens[c.b[0]].n;
  const b = ctx.reading.tokens[c.r[0]].n;
  if (!((a === 'and' && b === 'or') || (a === 'or' && b === 'and'))) return null;
  const inside = (side: Side, i: number) =>
    qualifierPhrases(side, ctx.lex).find((x) => x.kind === 'condition' && !x.word && x.start < i && i < x.end - 1 && !x.head.includes(i)) ?? inheritedPhrase(side, i);
  const p = inside(ctx.base, c.b[0]);
  if (!p || !inside(ctx.reading, c.r[0])) return null;
  const lead = p.inherited ? LEAD.get(ctx.base) : undefined;
  const name = (lead ? lead.exception : isException(ctx.base, p, ctx.lex)) ? 'exception' : 'condition';
  // under a negation the limbs are what the condition rules out ("is not applied in a manner which
  // would constitute arbitrary or unjustifiable discrimination"): "or" → "and" rules out less, so
  // the condition is met in more cases
  const neg = negatedLimbs(ctx.base, p, c.b[0]);
  const { effect, dir } = limbEffect(ctx.base, p, (a === 'and') !== (neg >= 0), ctx.lex);
  const how = neg >= 0 ? `under ${q(ctx.base.tokens[neg].n)}, ${a === 'and' ? 'either limb alone is now ruled out' : 'only the two together are now ruled out'}` : a === 'and' ? 'either limb now suffices' : 'both limbs are now needed';
  const where = p.inherited ? `in the list item read inside the lead-in's ${name}` : `in ${q(text(ctx.base, [p.start, p.end]))}`;
  return finding(c, 'lexical', `the limbs of the ${name} joined otherwise: ${q(a)} → ${q(b)} (${where}), ${how} — ${effect}`, dir);
}

/**
 * The negator of a phrase whose scope takes in the limbs the coordinator at k joins: a negator
 * after the phrase's head, before k, with no verb, auxiliary, modal or negator of the limb after k
 * up to `end` (the phrase's end, or the limb's) (the limbs are words of the negated predicate: "is not applied in a manner which
 * would constitute arbitrary [or] unjustifiable discrimination", not clauses of their own: "is not
 * applied arbitrarily [or] is necessary"). Its index, or -1.
 */
function negatedLimbs(side: Side, p: Phrase, k: number, end = p.end): number {
  const T = side.tokens;
  for (let i = k + 1; i < end; i++) {
    if (T[i].punct && T[i].n !== ',') break;
    if (T[i].pos === 'VERB' || T[i].pos === 'AUX' || side.neg[i] || side.marker[i] >= 0) return -1;
  }
  for (let i = k - 1; i >= Math.max(p.start, ...p.head.map((h) => h + 1)); i--) {
    if (T[i].punct && T[i].n !== ',') return -1;
    if (side.neg[i]) return i;
  }
  return -1;
}

/** The condition a list item is read inside: its lead-in's ("…, provided that the measure:" → "(a) is not applied …"). */
interface LeadCondition {
  exception: boolean;
  /** What the lead-in's rule states (statedAt). */
  what: string;
  /** The lead-in reads "only" before the condition's head. */
  only: boolean;
}

const LEAD = new WeakMap<Side, LeadCondition>();

/**
 * Read a list item inside the condition its lead-in ends with ("Nothing … shall prevent a Party
 * from adopting measures …, provided that the measure:" → "(a) is not applied in a manner which
 * would constitute arbitrary or unjustifiable discrimination; and"): the item completes the
 * condition, so a coordinator switched or a limb changed in it changes the condition, as it would
 * in one sentence. The lead-in (a side, see side.ts leadInBefore) must end with ":" right after a
 * condition phrase. Nothing happens otherwise.
 */
export function inheritCondition(item: Side, leadIn: Side | null, lex: Lexicons): void {
  if (!leadIn || item.tokens.length === 0) return;
  const T = leadIn.tokens;
  const last = T.length - 1;
  if (last < 1 || T[last].n !== ':') return;
  const p = qualifierPhrases(leadIn, lex).find((x) => x.kind === 'condition' && !x.word && x.end === last);
  if (!p) return;
  // a condition inside a relative clause on a noun of the lead-in ("the following norms, which do
  // not seek to limit action that is otherwise consistent with international law:") qualifies that
  // clause, not the items: none is read inside it
  for (let k = p.start - 1; k > 0 && T[k].sentence === T[last].sentence && !isClausePunct(T[k]); k--) {
    if ((T[k].n === 'which' || T[k].n === 'who') && T[k - 1].n === ',') return;
  }
  // an item with a subject and a modal of its own ("(a) States should consider …") is a sentence
  // of its own, which does not complete the lead-in
  const I = item.tokens;
  for (const f of item.frames) {
    if (!f.aux || f.sentence !== I[0].sentence) continue;
    for (let k = 0; k < f.aux[0]; k++) if (I[k].pos === 'NOUN' || I[k].pos === 'PROPN' || I[k].pos === 'PRON') return;
  }
  LEAD.set(item, { exception: isException(leadIn, p, lex), what: statedAt(leadIn, p, lex), only: p.start > 0 && T[p.start - 1].n === 'only' });
}

/**
 * The part of a list item read inside its lead-in's condition that holds the word at i: the item's
 * first sentence, its closing marks (and a "; and" closing it) left out; null for a side that
 * inherits no condition, or past that part.
 */
function inheritedPhrase(side: Side, i: number): Phrase | null {
  if (!LEAD.has(side)) return null;
  const T = side.tokens;
  let end = 0;
  while (end < T.length && T[end].sentence === T[0].sentence && !(T[end].punct && T[end].n !== ',' && T[end].n !== '-' && T[end].n !== '(' && T[end].n !== ')')) end++;
  if (i >= end) return null;
  return { start: 0, end, head: [], kind: 'condition', word: false, inherited: true };
}

/**
 * Does phrase `p` list the factors of an assessment (qualifiers.yaml `assessment-factors`): a head
 * of `heads`, the nearest verb before it in its sentence one of the `verbs` of assessing ("shall
 * assess the provider, taking into account …")?
 */
function assessmentFactors(side: Side, p: Phrase, lex: Lexicons): boolean {
  const af = lex.assessmentFactors;
  if (p.head.length === 0 || !af.heads.has(p.head.map((i) => side.tokens[i].n).join(' '))) return false;
  const T = side.tokens;
  const h = Math.min(...p.head);
  for (let i = h - 1; i >= 0 && T[i].sentence === T[h].sentence; i--) {
    if (T[i].pos === 'VERB') return af.verbs.has(T[i].lemma);
  }
  return false;
}

/**
 * The condition or exception clause (a connective of SUBORDINATORS with a verb after it: "unless the
 * attribution is") that phrase `p` goes on without a break: p is part of that clause, and a limb
 * inside p a limb of its condition. Undefined when there is none.
 */
function enclosingClause(side: Side, p: Phrase, lex: Lexicons): Phrase | undefined {
  const T = side.tokens;
  let byEnd = CLAUSE_BY_END.get(side);
  if (!byEnd) {
    byEnd = new Map();
    for (const x of qualifierPhrases(side, lex)) {
      if (x.kind !== 'condition' || x.word || x.head.length === 0 || !SUBORDINATORS.has(T[Math.max(...x.head)].n)) continue;
      for (let k = Math.max(...x.head) + 1; k < x.end; k++) {
        if (T[k].pos === 'VERB' || T[k].pos === 'AUX') {
          if (!byEnd.has(x.end)) byEnd.set(x.end, x);
          break;
        }
      }
    }
    CLAUSE_BY_END.set(side, byEnd);
  }
  return byEnd.get(p.start);
}

/** The condition clauses of a side with a verb after their connective, by their end (enclosingClause). */
const CLAUSE_BY_END = new WeakMap<Side, Map<number, Phrase>>();

/**
 * A limb of a condition dropped or added inside it ("except with the consent of the data subject
 * [or by the authority of law]", "if the recipient is certified [and the data are encrypted]"): the
 * words from a coordinator, within a condition phrase the other side keeps: a `qualifier-dropped`
 * (`-added`), not a plain omission.
 *
 * Its direction follows from the cases the phrase covers: an "or" limb added (an "and" limb dropped)
 * widens them, an "and" limb added (an "or" limb dropped) narrows them. A rule holds in the cases of
 * its condition ("shall notify if A [or B]": more cases) and outside those of its exception ("shall
 * not be shared unless A [or B]": fewer cases). A rule that binds (an obligation, a prohibition)
 * holding in more cases is strengthened, in fewer weakened; a permission restricted to its
 * condition ("may … only if A [or B]") is a prohibition elsewhere, so the other way round. A plain
 * permission or a statement, and a "nor" limb, have no direction.
 */
function limb(c: Candidate, ctx: Ctx): Finding | null {
  const dropped = len(c.r) === 0;
  const side = dropped ? ctx.base : ctx.reading;
  const s = dropped ? c.b : c.r;
  // (a limb of one word is a word coordinated inside the condition: "arbitrary [or unjustifiable]
  // discrimination"; it is read below only when a condition holds it)
  if (len(s) < 2 || contentCount(side, s[0], s[1]) < 1) return null;
  // (a change that runs on past its sentence's end, "and only in response to a valid order. We shall
  // require …", is no limb: a condition ends with its sentence)
  if (side.tokens[s[0]].sentence !== side.tokens[s[1] - 1].sentence) return null;
  const short = len(s) < 3 || contentCount(side, s[0], s[1]) < 2;
  // a later limb, from its coordinator ("[or B]"), or from a comma in a list the coordinator
  // closes further on ("A[, B] or C"), or the first one, up to its coordinator ("unless [A and] B")
  const T = side.tokens;
  // a later limb set off by a comma before its coordinator ("unless the person consents[, or a court
  // orders it]"): the condition ends at the comma on this side (see commaLimb)
  const comma = commaLimb(side, s);
  const listed = !comma && T[s[0]].n === ',' && !LIMB.has(T[s[1] - 1].n) && skipAdverbs(T, s[0] + 1, s[1]) < s[1] && ITEM_START.has(T[skipAdverbs(T, s[0] + 1, s[1])].pos);
  const first = !comma && !listed && !LIMB.has(T[s[0]].n);
  if (first && !LIMB.has(T[s[1] - 1].n)) return null;
  if (short && (first || listed || comma)) return null;
  // (a first limb with its own connective, the next one repeating it: "[if A or] where B")
  const ownHead = (x: Phrase) => first && x.start === s[0] && s[1] < x.end && headAt(side, s[1], ctx.lex)?.kind === 'condition';
  const p =
    qualifierPhrases(side, ctx.lex).find((x) => x.kind === 'condition' && !x.word && (x.start < s[0] || ownHead(x)) && (s[1] <= x.end || (T[s[1] - 1].n === ',' && s[1] - 1 === x.end) || (comma && namedCasesUpTo(side, x.end, s[0], ctx.lex))) && (!first || s[1] < x.end)) ??
    (first || listed || short ? null : limbOfOther(c, ctx, dropped)) ??
    (first || listed || short ? null : clauseLimbAfter(side, s, ctx.lex)) ??
    (first || listed ? null : inheritedPhrase(side, s[0]));
  // (a later limb the diff closes with the comma after the phrase, "[or where B,] in accordance
  // with …": the comma the phrase ends at, the limb is still inside it)
  if (!p) return null;
  // (the factors an assessment weighs, "assess X, taking into account A, B and C": no condition,
  // a factor dropped is an omission, qualifiers.yaml `assessment-factors`)
  if (assessmentFactors(side, p, ctx.lex)) return null;
  const neg = first || listed ? -1 : negatedLimbs(side, p, comma ? s[0] + 1 : s[0], Math.max(p.end, s[1]));
  // (a first limb follows the head itself)
  if (first && s[0] !== Math.max(p.start, ...p.head) + 1 && !ownHead(p)) return null;
  // (the coordinator that closes the list: the next one in the phrase, with only commas and words of
  // the list between; none, and the comma joins no limb)
  let closes = -1;
  if (listed) {
    for (let k = s[1]; k < p.end && closes < 0; k++) {
      if (LIMB.has(T[k].n)) closes = k;
      else if (T[k].punct && T[k].n !== ',') break;
      else if (T[k].pos === 'VERB' || T[k].pos === 'AUX') break;
    }
    if (closes < 0) return null;
  }
  // a phrase that goes on the clause of a condition or exception right before it ("unless the
  // attribution is | based on a technical [and legal] assessment"): a limb of that clause's
  // condition, whatever the words (not a standard of the rule's own)
  const clause = p.inherited || p.head.length === 0 ? undefined : enclosingClause(side, p, ctx.lex);
  const whole = text(side, [Math.min((clause ?? p).start, s[0]), Math.max(p.end, s[1])]);
  // a limb of a standard of conduct ("in accordance with national [and international] law",
  // qualifiers.yaml `standards`): another body of law the act must meet, not another case the rule
  // holds in; a standard has no direction, a limb of it neither
  const what = statedAt(side, p, ctx.lex);
  if (!p.inherited && !clause && setsStandard(side, p, what, ctx.lex)) {
    const f = finding(c, dropped ? 'qualifier-dropped' : 'qualifier-added', `${dropped ? 'a limb of the standard dropped' : 'a limb added to the standard'}: ${q(text(side, s))} (in ${q(whole)}) — the ${what} ${dropped ? 'no longer names' : 'now also names'} it as a standard the act must meet`);
    f.whole = true;
    KIND.set(f, 'standard');
    return f;
  }
  const lead = p.inherited ? LEAD.get(side) : undefined;
  const name = (lead ? lead.exception : isException(side, clause ?? p, ctx.lex)) ? 'exception' : 'condition';
  const coord = T[listed ? closes : first ? s[1] - 1 : comma ? s[0] + 1 : s[0]].n;
  let effect = 'the rule now holds under another condition';
  let dir: Direction | undefined;
  // (under a negation the limbs are what the condition rules out: an "or" limb added rules out more)
  if (coord !== 'nor') ({ effect, dir } = limbEffect(side, clause ?? p, limbWidens(coord, dropped, neg), ctx.lex));
  const f = finding(c, dropped ? 'qualifier-dropped' : 'qualifier-added', `${dropped ? `a limb of the ${name} dropped` : `a limb added to the ${name}`}: ${q(text(side, s))} (${p.inherited ? `in the list item read inside the lead-in's ${name}` : `in ${q(whole)}`}${neg >= 0 ? `, under ${q(T[neg].n)}: what it rules out` : ''}) — ${effect}`, dir);
  f.whole = true;
  return f;
}

/**
 * A participle dropped from (added to) a run of participles that share one auxiliary inside a
 * condition the other side keeps ("if the data is leaked[, altered] or lost", "where it has been
 * leaked[, damaged or lost]"): a limb of the condition, as a word coordinated inside it is
 * ("[or knowledge]"), with the direction of a limb (limbEffect), not a plain omission. A comma the
 * diff leaves at the far end of the dropped run is read at its near end. ("or lost" alone after the
 * kept participle is a limb from its coordinator, see `limb`.)
 */
function participleLimb(c: Candidate, ctx: Ctx): Finding | null {
  const dropped = len(c.r) === 0;
  if (!dropped && len(c.b) > 0) return null;
  const side = dropped ? ctx.base : ctx.reading;
  const s = dropped ? c.b : c.r;
  const T = side.tokens;
  if (len(s) < 2 || s[0] < 2) return null;
  const e: Span = T[s[1] - 1].n === ',' && T[s[0] - 1].n === ',' ? [s[0] - 1, s[1] - 1] : s;
  if (T[e[0]].n !== ',') return null;
  const aux = participleSeries(side, e[0] - 1);
  if (aux < 0) return null;
  let coord = -1;
  for (let i = e[0] + 1; i < e[1]; i++) {
    if (T[i].n === ',') continue;
    if (LIMB.has(T[i].n) && coord < 0 && i > e[0] + 1) coord = i;
    else if (!participleOfSeries(side, i)) return null;
  }
  if (LIMB.has(T[e[1] - 1].n) || T[e[1] - 1].n === ',') return null;
  // (an item in the middle: the coordinator that closes the run comes after it)
  if (coord < 0) {
    if (!T[e[1]] || !LIMB.has(T[e[1]].n) || !participleOfSeries(side, e[1] + 1)) return null;
    coord = e[1];
  }
  const p = qualifierPhrases(side, ctx.lex).find((x) => x.kind === 'condition' && !x.word && x.start < e[0] && e[1] <= x.end);
  if (!p || assessmentFactors(side, p, ctx.lex)) return null;
  const neg = side.neg[aux + 1] ? aux + 1 : -1;
  const name = isException(side, p, ctx.lex) ? 'exception' : 'condition';
  const word = T[coord].n;
  let effect = 'the rule now holds under another condition';
  let dir: Direction | undefined;
  if (word !== 'nor') ({ effect, dir } = limbEffect(side, p, ((word === 'or') !== dropped) !== (neg >= 0), ctx.lex));
  const whole = text(side, [p.start, p.end]);
  const f = finding(c, dropped ? 'qualifier-dropped' : 'qualifier-added', `${dropped ? `a limb of the ${name} dropped` : `a limb added to the ${name}`}: ${q(text(side, s))} (in ${q(whole)}${neg >= 0 ? `, under ${q(T[neg].n)}: what it rules out` : ''}) — ${effect}`, dir);
  f.whole = true;
  return f;
}

/**
 * One of two prepositions of time coordinated over one noun phrase dropped or added with its
 * coordinator ("shall assess the risks [before and] during training", "[before or] after
 * deployment", "before [and during] training"; qualifiers.yaml `coordinated-time`): a limb of the
 * time limit, not function words. The span is the first preposition and the coordinator, the other
 * side reading the second right after it, or the coordinator and the second preposition after the
 * first, a word that is no preposition following. Its direction: "and" names times the rule holds at,
 * all of them (one dropped, a rule that binds holds at fewer: weakened); "or" under an obligation
 * names times either of which meets the duty (one dropped, fewer ways to meet it: strengthened),
 * under a prohibition times all barred (one dropped: weakened); added, the other way round.
 */
function coordinatedTime(c: Candidate, ctx: Ctx): Finding | null {
  const dropped = len(c.r) === 0;
  const side = dropped ? ctx.base : ctx.reading;
  const s = dropped ? c.b : c.r;
  const times = ctx.lex.coordinatedTime;
  if (len(s) !== 2 || times.size === 0) return null;
  const T = side.tokens;
  const time = (i: number) => i >= 0 && i < T.length && times.has(T[i].n);
  const preposition = (i: number) => i < T.length && (T[i].pos === 'ADP' || times.has(T[i].n));
  const first = time(s[0]) && LIMB.has(T[s[0] + 1].n) && time(s[1]);
  const second = !first && LIMB.has(T[s[0]].n) && time(s[0] + 1) && time(s[0] - 1) && !preposition(s[1]) && s[1] < T.length && !T[s[1]].punct;
  if (!first && !second) return null;
  const coord = T[first ? s[0] + 1 : s[0]].n;
  if (coord === 'nor') return null;
  // the whole phrase: from the first preposition to the next mark in the sentence
  const start = first ? s[0] : s[0] - 1;
  let end = s[1];
  while (end < T.length && !T[end].punct && T[end].sentence === T[start].sentence) end++;
  const p: Phrase = { start, end, head: [start], kind: 'time', word: false };
  const what = statedAt(side, p, ctx.lex);
  // fewer times covered: "and" dropped, or "or" dropped under a prohibition; "or" dropped under an
  // obligation leaves fewer ways to meet it
  const choice = coord === 'or' && what === 'obligation';
  const binds = what === 'obligation' || what === 'prohibition';
  const more = choice ? dropped : !dropped;
  let dir: Direction | undefined;
  if (binds) dir = more ? 'strengthened' : 'weakened';
  const which = first ? T[s[0]].n : T[s[0] + 1].n;
  const effect = choice
    ? `the ${what} can ${dropped ? 'no longer' : 'now'} be met ${q(which)}: ${dropped ? 'fewer' : 'more'} ways to meet it`
    : `the ${what} ${dropped ? 'no longer' : 'now'} holds ${q(which)}: it covers ${dropped ? 'fewer' : 'more'} times`;
  const f = finding(c, dropped ? 'qualifier-dropped' : 'qualifier-added', `${dropped ? 'a limb of the time limit dropped' : 'a limb added to the time limit'}: ${q(text(side, s))} (in ${q(text(side, [start, end]))}) — ${effect}`, dir);
  f.whole = true;
  return f;
}

/**
 * A restricting adverb (qualifiers.yaml `restricting-adverbs`: "consistently", "fully") dropped from
 * (added to) the clause of a condition or exception the other side keeps ("unless the provider can
 * demonstrate that the prohibition is [consistently] enforced"): the clause is met in more (fewer)
 * cases, as when an "and" limb of it is dropped (added), a `qualifier-dropped` (`-added`) with the
 * direction of limb (limbEffect), not a plain omission.
 */
function conditionAdverb(c: Candidate, ctx: Ctx): Finding | null {
  const dropped = len(c.r) === 0;
  if (!dropped && len(c.b) > 0) return null;
  const side = dropped ? ctx.base : ctx.reading;
  const s = dropped ? c.b : c.r;
  if (len(s) !== 1) return null;
  const t = side.tokens[s[0]];
  if (t.pos !== 'ADV' || !ctx.lex.restrictingAdverbs.has(t.n)) return null;
  const p = qualifierPhrases(side, ctx.lex).find((x) => x.kind === 'condition' && !x.word && x.head.length > 0 && x.start < s[0] && s[0] < x.end && !x.head.includes(s[0]));
  if (!p) return null;
  // (inside a clause: a verb of the phrase after its head)
  let verb = false;
  for (let k = Math.max(...p.head) + 1; k < p.end && !verb; k++) verb = side.tokens[k].pos === 'VERB' || side.tokens[k].pos === 'AUX';
  if (!verb) return null;
  const name = isException(side, p, ctx.lex) ? 'exception' : 'condition';
  const { effect, dir } = limbEffect(side, p, dropped, ctx.lex);
  const f = finding(c, dropped ? 'qualifier-dropped' : 'qualifier-added', `a restriction of the ${name} ${dropped ? 'dropped' : 'added'}: ${q(t.t)} (in ${q(text(side, [p.start, p.end]))}) — ${effect}`, dir);
  f.whole = true;
  return f;
}

/**
 * A modifier of a noun of a condition or exception the other side keeps, dropped from (added to) the
 * phrase's end: a participle in -ing right after the noun ("except in exceptional circumstances
 * [involving a threat to life]"; not a relative clause, "the approval of the State [that issued
 * them]", which says who, an omission).
 * It says which cases the phrase means, so without it the phrase is met in more cases, as when an
 * "and" limb of it is dropped: a `qualifier-dropped` (`-added`) with the direction of limb
 * (limbEffect), not a plain omission. Not inside a standard of conduct (setsStandard), which has no
 * direction.
 */
function conditionNounModifier(c: Candidate, ctx: Ctx): Finding | null {
  const dropped = len(c.r) === 0;
  if (!dropped && len(c.b) > 0) return null;
  const side = dropped ? ctx.base : ctx.reading;
  const s = dropped ? c.b : c.r;
  const T = side.tokens;
  if (len(s) < 2 || s[0] < 1 || contentCount(side, s[0], s[1]) < 1) return null;
  const noun = T[s[0] - 1];
  if (noun.pos !== 'NOUN' && noun.pos !== 'PROPN') return null;
  const w = T[s[0]];
  const participle = w.pos === 'VERB' && w.n.endsWith('ing');
  if (!participle) return null;
  const p = qualifierPhrases(side, ctx.lex).find((x) => x.kind === 'condition' && !x.word && x.head.length > 0 && Math.max(...x.head) < s[0] - 1 && x.end === s[1]);
  if (!p || T[p.start].sentence !== T[s[0]].sentence) return null;
  const what = statedAt(side, p, ctx.lex);
  if (setsStandard(side, p, what, ctx.lex)) return null;
  const name = isException(side, p, ctx.lex) ? 'exception' : 'condition';
  const { effect, dir } = limbEffect(side, p, dropped, ctx.lex);
  const f = finding(c, dropped ? 'qualifier-dropped' : 'qualifier-added', `a restriction of the ${name} ${dropped ? 'dropped' : 'added'}: ${q(text(side, s))} (in ${q(text(side, [p.start, p.end]))}) — ${effect}`, dir);
  f.whole = true;
  return f;
}

/**
 * A limb coordinated with a one-word condition ("where appropriate [and feasible]", "as necessary [or
 * desirable]": a phrase of `extent: word` in qualifiers.yaml): an "and" / "or" with adjectives (and
 * their adverbs) right after the phrase, the phrase's comma or the clause's end right after them.
 * The phrase now asks for more ("and": narrower) or for less ("or": wider), as a limb of any other
 * condition: a `qualifier-added` (`-dropped`) with the direction of limb (limbEffect), not a bare
 * addition. Not before a noun ("where appropriate and feasible measures"): the adjective qualifies
 * that noun.
 */
function wordConditionLimb(c: Candidate, ctx: Ctx): Finding | null {
  const dropped = len(c.r) === 0;
  if (!dropped && len(c.b) > 0) return null;
  const side = dropped ? ctx.base : ctx.reading;
  const s = dropped ? c.b : c.r;
  const T = side.tokens;
  if (len(s) < 2 || s[0] < 1 || (T[s[0]].n !== 'and' && T[s[0]].n !== 'or')) return null;
  for (let k = s[0] + 1; k < s[1]; k++) if (T[k].pos !== 'ADJ' && T[k].pos !== 'ADV') return null;
  if (T[s[1] - 1].pos !== 'ADJ' || T[s[0] - 1].pos !== 'ADJ') return null;
  if (s[1] < T.length && !(T[s[1]].punct && T[s[1]].sentence === T[s[0]].sentence)) return null;
  const p = qualifierPhrases(side, ctx.lex).find((x) => x.word && x.kind === 'condition' && x.end === s[0]);
  if (!p) return null;
  const coord = T[s[0]].n;
  const neg = negatedLimbs(side, p, s[0], s[1]);
  const { effect, dir } = limbEffect(side, p, limbWidens(coord, dropped, neg), ctx.lex);
  const f = finding(c, dropped ? 'qualifier-dropped' : 'qualifier-added', `${dropped ? 'a limb of the condition dropped' : 'a limb added to the condition'}: ${q(text(side, s))} (in ${q(text(side, [p.start, s[1]]))}) — ${effect}`, dir);
  f.whole = true;
  return f;
}

/** Does a verb of making or taking (qualifiers.yaml `effort-verbs`, lemma sequences) end right before `at`? */
function afterEffortVerb(T: readonly { lemma: string; n: string; sentence: number }[], at: number, verbs: readonly string[][]): boolean {
  return verbs.some((v) => v.length <= at && v.every((w, i) => {
    const x = T[at - v.length + i];
    return x.sentence === T[at].sentence && (x.lemma === w || x.n === w);
  }));
}

/**
 * A modifier of a rule's object added or dropped before its noun that narrows which things the rule
 * reaches:
 *   - a restricting adjective (qualifiers.yaml `restricting-adjectives`, or a participle of
 *     `restricting-participles`, "[vetted] researchers": "respond to [appropriate]
 *     requests", "[lawful] requests"): only such things trigger the rule, as under a condition;
 *     dropped from a rule that binds, it reaches them all (strengthened), added, fewer (weakened);
 *   - an adjective joined by "and" to one the other side keeps, under a negator ("do not provide any
 *     government with direct [and unfettered] access"): what is denied must now be both, less is
 *     denied (added: weakened; dropped: strengthened); joined by "or", the other way round.
 * A descriptive adjective ("respond to [written] requests") stays an omission (addition): on an
 * obligation it may say what the act must produce ("provide [accurate] information") rather than
 * which things trigger it.
 */
function objectModifier(c: Candidate, ctx: Ctx): Finding | null {
  const dropped = len(c.r) === 0;
  const side = dropped ? ctx.base : ctx.reading;
  const s = dropped ? c.b : c.r;
  const T = side.tokens;
  if (len(s) < 1 || len(s) > 2) return null;
  const nounAfter = (k: number) => {
    while (k < T.length && T[k].pos === 'ADJ') k++;
    return k < T.length && (T[k].pos === 'NOUN' || T[k].pos === 'PROPN') && T[k].sentence === T[s[0]].sentence;
  };
  const p: Phrase = { start: s[0], end: s[1], head: [], kind: 'condition', word: true };
  const what = statedAt(side, p, ctx.lex);
  const word = T[s[1] - 1];
  if (len(s) === 1) {
    const t = T[s[0]];
    // (the tagger may read "appropriate" after "to" as a verb: "respond to appropriate requests")
    // (or a participle of `restricting-participles`, by the word: "vetted researchers"; or an
    // adjective of threshold before a noun of risk or evidence: "a clear risk", qualifiers.yaml
    // `threshold-adjectives`)
    const threshold = t.pos === 'ADJ' && ctx.lex.thresholdAdjectives.has(t.lemma) && s[1] < T.length && ctx.lex.thresholdNouns.has(T[s[1]].lemma)
      // (not after a determiner that refers back: "aware of the significant incident")
      && !(s[0] > 0 && ctx.lex.thresholdReferring.has(T[s[0] - 1].n));
    if ((t.pos !== 'ADJ' && t.pos !== 'VERB') || !(ctx.lex.restrictingAdjectives.has(t.lemma) || ctx.lex.restrictingParticiples.has(t.n) || threshold) || !nounAfter(s[1])) return null;
    // (not after a linking verb, an auxiliary or a subject: "are appropriate", "shall appropriate funds")
    if (s[0] > 0 && (T[s[0] - 1].pos === 'AUX' || T[s[0] - 1].lemma === 'be' || T[s[0] - 1].pos === 'PRON' || side.marker[s[0] - 1] >= 0)) return null;
    // (not a standard of effort after a verb of making or taking: "adopt [appropriate] procedures"
    // asks for procedures that meet it, qualifiers.yaml `effort-verbs`)
    if (ctx.lex.effortStandards.has(t.n) && afterEffortVerb(T, s[0], ctx.lex.effortVerbs)) return null;
    const dir = direction('condition', dropped, what);
    const noun = T.slice(s[1]).find((x) => x.pos === 'NOUN' || x.pos === 'PROPN')!;
    // (after a negating preposition, "without undue delay" → "without delay", what the rule rules out)
    const verb = s[0] > 0 && side.neg[s[0] - 1] ? 'rules out' : 'reaches';
    const effect = dropped ? `the ${what} now ${verb} any ${q(noun.t)}, not only ${q(t.t)} ones` : `the ${what} now ${verb} only ${q(noun.t)} that are ${q(t.t)}`;
    const f = finding(c, dropped ? 'qualifier-dropped' : 'qualifier-added', `restricting modifier ${dropped ? 'dropped' : 'added'}: ${q(t.t)} — ${effect}`, dir);
    f.whole = true;
    return f;
  }
  // an adjective of the party's own will, alone or with the coordinator that joined it to an
  // adjective both sides keep ("on a [voluntary and] confidential basis": qualifiers.yaml
  // `voluntary-adjectives`): the act is no longer (now) said to be voluntary, a condition
  {
    const vi = len(s) === 1 ? s[0] : LIMB.has(T[s[0]].n) ? s[0] + 1 : LIMB.has(word.n) ? s[0] : -1;
    const v = vi >= 0 ? T[vi] : null;
    const joined = len(s) === 1 || (LIMB.has(T[s[0]].n) ? s[0] > 0 && T[s[0] - 1].pos === 'ADJ' : s[1] < T.length && T[s[1]].pos === 'ADJ');
    const from = len(s) === 1 || LIMB.has(T[s[0]].n) ? s[1] : s[1] + 1;
    // (the noun it qualifies names a manner, qualifiers.yaml `voluntary-nouns`: "informal or voluntary
    // requests" names which requests, a modifier of the object, below)
    const manner = (() => {
      let k = from;
      while (k < T.length && T[k].pos === 'ADJ') k++;
      return k < T.length && ctx.lex.voluntaryNouns.has(T[k].lemma.toLowerCase());
    })();
    if (v && v.pos === 'ADJ' && ctx.lex.voluntaryAdjectives.has(v.n) && joined && nounAfter(from) && manner) {
      const f = finding(c, dropped ? 'qualifier-dropped' : 'qualifier-added', `condition ${dropped ? 'dropped' : 'added'}: ${q(text(side, s))} — the act is ${dropped ? 'no longer' : 'now'} said to be ${q(v.t)}`, direction('condition', dropped, what));
      f.whole = true;
      return f;
    }
  }
  // "and unfettered" after a kept adjective, or "direct and" before one
  // (the kept modifier may be a noun: "bulk [and unrestricted] access")
  const modifier = (k: number) => k >= 0 && k < T.length && (T[k].pos === 'ADJ' || T[k].pos === 'NOUN');
  // (the first limb as the second: "[bulk or] indiscriminate collection" as "bulk [or indiscriminate]
  // collection"; one of the two limbs an adjective, the other may be a noun, not two nouns: "the
  // [names or] contact details" names two things)
  const adjective = (k: number) => T[k].pos === 'ADJ';
  const later = LIMB.has(T[s[0]].n) && modifier(s[1] - 1) && modifier(s[0] - 1) && (adjective(s[1] - 1) || adjective(s[0] - 1)) && nounAfter(s[1]);
  const earlier = modifier(s[0]) && LIMB.has(word.n) && modifier(s[1]) && (adjective(s[0]) || adjective(s[1])) && nounAfter(s[1] + 1);
  if (!later && !earlier) return null;
  const coord = later ? T[s[0]].n : word.n;
  if (coord === 'nor') return null;
  // (under a negator of its clause, before the modifier)
  let negated = false;
  for (let k = s[0] - 1; k >= 0 && T[k].sentence === T[s[0]].sentence && !(isClausePunct(T[k]) && T[k].n !== ','); k--) {
    if (side.neg[k]) {
      negated = true;
      break;
    }
  }
  if (!negated) return null;
  // fewer things denied: an "and" limb added, an "or" limb dropped
  const less = (coord === 'and') !== dropped;
  const adj = later ? word : T[s[0]];
  const f = finding(
    c,
    dropped ? 'qualifier-dropped' : 'qualifier-added',
    `a modifier of what is denied ${dropped ? 'dropped' : 'added'}: ${q(text(side, s))} — ${
      coord === 'and' ? (dropped ? `what is not also ${q(adj.t)} is denied now too: the denial covers more` : `only what is also ${q(adj.t)} is denied now: the denial covers less`) : dropped ? `what is only ${q(adj.t)} is no longer denied: the denial covers less` : `what is ${q(adj.t)} is denied now too: the denial covers more`
    }`,
    less ? 'weakened' : 'strengthened',
  );
  f.whole = true;
  return f;
}

/**
 * A bound (qualifiers.yaml `same-bound`: "at least", "no more than", "up to") added or dropped right
 * before a figure or a frequency ("publish the report [at least] annually", "keep records for [at
 * least] five years"): the figure becomes (stops being) a floor or a ceiling. One `qualifier-added`
 * (`qualifier-dropped`) variant, not a bare addition; no direction: the least (most) the rule asks is
 * the figure either way, the bound only says whether more (less) is allowed.
 */
function boundOnFigure(c: Candidate, ctx: Ctx): Finding | null {
  const dropped = len(c.r) === 0;
  const side = dropped ? ctx.base : ctx.reading;
  const s = dropped ? c.b : c.r;
  const T = side.tokens;
  const b = len(s) > 0 ? boundAt(T, s[0], ctx.lex) : null;
  if (!b || b.end !== s[1] || !(opensNumber(T, s[1], ctx.lex) || adverbAt(T, s[1], ctx.lex))) return null;
  const floor = b.kind === 'minimum';
  const what = `the figure after it is ${dropped ? 'no longer' : 'now'} a ${floor ? 'floor' : 'ceiling'}: ${floor ? 'more' : 'less'} is ${dropped ? 'no longer said to be' : 'now'} allowed`;
  const f = finding(c, dropped ? 'qualifier-dropped' : 'qualifier-added', `${floor ? 'minimum' : 'maximum'} ${dropped ? 'dropped' : 'added'}: ${q(text(side, s))} — ${what}`);
  f.whole = true;
  return f;
}

/**
 * Is the span a limb set off by a comma before its coordinator (", or a court orders it", ", and
 * does not impose restrictions …")? Not when the coordinator opens a new predicate of the main
 * clause: a modal ("…, and shall notify"), or a verb in its base form that the main clause's modal
 * governs ("shall notify the authority if A, and publish it"); a limb of the condition has a
 * subject of its own or a finite verb that agrees with the condition's ("does not impose", "is
 * necessary").
 */
function commaLimb(side: Side, s: Span): boolean {
  const T = side.tokens;
  if (T[s[0]].n !== ',' || s[1] - s[0] < 3 || !LIMB.has(T[s[0] + 1].n)) return false;
  const k = skipAdverbs(T, s[0] + 2, s[1]);
  if (k >= s[1] || side.marker[k] >= 0) return false;
  // an infinitive (", and to take measures …") coordinated with one read before it in the sentence
  // ("The sides committed to refrain from X, consistent with …, and to take …"): a second act the
  // main clause governs, a duty of its own, not a limb of the condition between them
  if (T[k].n === 'to' && k + 1 < s[1] && T[k + 1].pos === 'VERB' && T[k + 1].n === T[k + 1].lemma) {
    for (let i = s[0] - 1; i > 0 && T[i].sentence === T[s[0]].sentence; i--) if (T[i - 1].n === 'to' && T[i].pos === 'VERB') return false;
  }
  // (an -s form the tagger read as a noun is a verb here: ", and reports to the Council")
  const verb = T[k].pos === 'VERB' || T[k].pos === 'AUX' || isVerbLikeNoun(T[k]);
  if (!verb) {
    // a subject of its own followed by a modal of its own (", and we shall report annually on …")
    // opens a new main clause, an addition of its own, not a limb of the condition ("unless the
    // person consents, or a court orders it": no modal)
    for (let i = k + 1; i < Math.min(s[1], k + 5); i++) {
      if (side.marker[i] >= 0) return false;
      if (T[i].punct || T[i].pos === 'VERB') break;
    }
    return true;
  }
  if (T[k].n === T[k].lemma) return false;
  // a finite verb with no subject of its own continues the condition only under a main clause
  // whose modal it cannot share ("A Party may adopt measures, provided that the measure is …, and
  // does not impose …"; in a statement, "The committee meets if requested, and reports …", it is
  // the main clause's second verb)
  for (let i = s[0] - 1; i >= 0 && T[i].sentence === T[s[0]].sentence; i--) if (side.marker[i] >= 0) return true;
  return false;
}

/**
 * Where the named cases a condition closes with end: from `end` (the condition's end), over phrases
 * of kind `scope` set off by a comma ("provided that the funds are necessary to satisfy basic needs[,
 * including payments for rent and medicines], and that …"), which name cases of the condition's own
 * words, not of the rule: a limb after them (", and that …") is still the condition's. Returns the
 * index after the last such phrase, or `end`.
 */
function namedCasesAfter(side: Side, end: number, lex: Lexicons): number {
  const T = side.tokens;
  const ps = qualifierPhrases(side, lex);
  // (the first phrase past `end`, by binary search: phrases are in order and do not overlap)
  let lo = 0;
  let hi = ps.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ps[mid].start <= end) lo = mid + 1;
    else hi = mid;
  }
  let at = end;
  for (let k = lo; k < ps.length; k++) {
    const x = ps[k];
    if (x.start !== at + 1 || T[at]?.n !== ',' || x.kind !== 'scope' || x.word) break;
    at = x.end;
  }
  return at;
}

/** Do the named cases after a condition that ends at `end` (see namedCasesAfter) reach `to`? */
function namedCasesUpTo(side: Side, end: number, to: number, lex: Lexicons): boolean {
  return end === to || namedCasesAfter(side, end, lex) === to;
}

/**
 * The commas of a side that go on with a limb of the condition before them ("provided that the
 * measure is not a disguised restriction[,] and does not impose …": see commaLimb): a limb there
 * is the condition's, not a coordinated clause of the sentence (dropped.ts does not set it aside).
 * Linear in the number of phrases.
 */
export function conditionLimbCommas(side: Side, lex: Lexicons): Uint8Array {
  const T = side.tokens;
  const out = new Uint8Array(T.length);
  for (const p of qualifierPhrases(side, lex)) {
    if (p.kind !== 'condition' || p.word) continue;
    // (the comma after the condition, or after the named cases that close it: see namedCasesUpTo)
    const at = namedCasesAfter(side, p.end, lex);
    if (at >= T.length || T[at].n !== ',') continue;
    let e = at + 1;
    while (e < T.length && T[e].sentence === T[at].sentence && !(T[e].punct && T[e].n !== ',' && T[e].n !== '-')) e++;
    if (commaLimb(side, [at, e])) out[at] = 1;
  }
  return out;
}

/**
 * The condition a limb extends when this side does not read it as one but the other side does,
 * word for word, just before where the limb goes: "only where A" → "where A or B" (without the
 * "only", "a third country where …" reads as a relative clause). Returns the phrase's extent in
 * this side's tokens.
 */
function limbOfOther(c: Candidate, ctx: Ctx, dropped: boolean): Phrase | null {
  const side = dropped ? ctx.base : ctx.reading;
  const other = dropped ? ctx.reading : ctx.base;
  const s = dropped ? c.b : c.r;
  const at = dropped ? c.r[0] : c.b[0];
  const p = qualifierPhrases(other, ctx.lex).find((x) => x.kind === 'condition' && !x.word && x.end === at && x.start < at);
  if (!p) return null;
  const n = p.end - p.start;
  if (s[0] - n < 0) return null;
  for (let k = 1; k <= n; k++) if (side.tokens[s[0] - k].n !== other.tokens[at - k].n) return null;
  const d = s[0] - p.end;
  return { ...p, start: p.start + d, end: s[1], head: p.head.map((i) => i + d) };
}

/**
 * A clause condition ("provided that A was necessary") whose phrase this side ends right where the
 * limb begins with its coordinator and a clause of its own ("[and no personal data were retained]":
 * the phrase stops at a negator or a verb after "and", as it must before a new predicate of the
 * rule): when the other side reads the condition otherwise ("strictly" dropped too), limbOfOther
 * cannot match it word for word, but the limb is the condition's all the same, a subject and a verb
 * with no modal after the coordinator; also the limb that closes a comma list of such clauses
 * ("provided that A, B [and C]"). Returns the phrase extended over the limb.
 */
function clauseLimbAfter(side: Side, s: Span, lex: Lexicons): Phrase | null {
  const T = side.tokens;
  if (!LIMB.has(T[s[0]].n)) return null;
  // (a limb that opens with a preposition is a part of a noun phrase, "time limits for the
  // implementation [and for reporting on it]", no clause with a subject)
  // (the tagger may call such a preposition a subordinator, "for/SCONJ": unless it opens a condition)
  if (s[0] + 1 < s[1] && (T[s[0] + 1].pos === 'ADP' || T[s[0] + 1].pos === 'SCONJ') && headAt(side, s[0] + 1, lex)?.kind !== 'condition') return null;
  // (or ends a comma list of such clauses before it: "provided that A, B [and C]")
  const listUpTo = (x: Phrase) => {
    if (x.end === s[0]) return true;
    if (T[x.end]?.n !== ',') return false;
    for (let k = x.end; k < s[0]; k++) if (side.marker[k] >= 0 || (T[k].punct && T[k].n !== ',') || T[k].sentence !== T[s[0]].sentence) return false;
    return true;
  };
  const p = qualifierPhrases(side, lex).find((x) => x.kind === 'condition' && !x.word && x.end <= s[0] && x.head.length > 0 && SUBORDINATORS.has(T[Math.max(...x.head)].n) && listUpTo(x));
  if (!p) return null;
  let verb = false;
  for (let k = s[0] + 1; k < s[1]; k++) {
    if (side.marker[k] >= 0) return null;
    if (T[k].pos === 'VERB' || T[k].pos === 'AUX') verb = true;
  }
  return verb ? { ...p, end: s[1] } : null;
}

/** The length of a head of `heads` (space-joined phrases of up to four words) opening at i, or 0. */
function headLength(T: readonly Token[], i: number, heads: ReadonlySet<string>): number {
  // (no head opens with a word other than its first: a one-word test first, for a word that is one)
  if (i < T.length && T[i].n !== '' && !T[i].n.includes(' ') && !firstWords(heads).has(T[i].n)) return 0;
  let words = '';
  let n = 0;
  for (let k = i; k < Math.min(T.length, i + 4); k++) {
    words += (words ? ' ' : '') + T[k].n;
    if (heads.has(words)) n = k - i + 1;
  }
  return n;
}

/**
 * A rule stated the other way round that also loses a limb of its condition ("shall not … unless
 * A and B" → "may … only if B"): the change "unless A and" → "only if" is cut into the connective
 * ("unless" → "only if", which grammatical.ts reads as the same rule) and the limb ("A and",
 * dropped: see limb). Either side may carry the limb, and a comma may set the exception off.
 */
function restatedWithLimb(c: Candidate, ctx: Ctx): Candidate[] | null {
  if (len(c.b) === 0 || len(c.r) === 0) return null;
  const { exceptionHeads: ex, onlyConditionHeads: only } = ctx.lex;
  const heads = (side: Side, s: Span) => {
    let i = s[0];
    while (i < s[1] && side.tokens[i].n === ',') i++;
    const e = headLength(side.tokens, i, ex);
    const o = headLength(side.tokens, i, only);
    return { end: i + Math.max(e, o), kind: e > 0 ? 'exception' : o > 0 ? 'only' : '' };
  };
  const hb = heads(ctx.base, c.b);
  const hr = heads(ctx.reading, c.r);
  if (!hb.kind || !hr.kind || hb.kind === hr.kind) return null;
  // the side whose span goes on past its head with a limb ending in a coordinator; the other is its head alone
  const ends = (side: Side, s: Span, end: number) => end < s[1] - 2 && LIMB.has(side.tokens[s[1] - 1].n) && contentCount(side, end, s[1]) >= 2;
  if (hr.end === c.r[1] && ends(ctx.base, c.b, hb.end)) {
    return [{ b: [c.b[0], hb.end], r: c.r }, { b: [hb.end, c.b[1]], r: [c.r[1], c.r[1]] }];
  }
  if (hb.end === c.b[1] && ends(ctx.reading, c.r, hr.end)) {
    return [{ b: c.b, r: [c.r[0], hr.end] }, { b: [c.b[1], c.b[1]], r: [hr.end, c.r[1]] }];
  }
  return null;
}

/** The clause-opening exception connective (qualifiers.yaml `opposite-condition`) that begins at `i` within the span: its end, or -1. */
function exceptionOpenerAt(side: Side, i: number, s: Span, lex: Lexicons): number {
  let w = '';
  let end = -1;
  for (let k = i; k < Math.min(s[1], i + 4); k++) {
    w += (w ? ' ' : '') + side.tokens[k].n;
    if (lex.oppositeCondition.has(w)) end = k + 1;
  }
  return end;
}

/** The one clause-opening exception connective inside the span, as [start, end], or null (none, or several). */
function oneExceptionOpener(side: Side, s: Span, lex: Lexicons): Span | null {
  let found: Span | null = null;
  for (let i = s[0]; i < s[1]; i++) {
    const e = exceptionOpenerAt(side, i, s, lex);
    if (e < 0) continue;
    if (found) return null;
    found = [i, e];
    i = e - 1;
  }
  return found;
}

/**
 * A change that holds another connective for the same exception beside words changed around it
 * ("stored within their territory, except where necessary" → "stored locally unless strictly
 * necessary"): the connectives (qualifiers.yaml `opposite-condition`, one on each side, other words)
 * are cut apart from the words before and after them, so the exception is read as kept, its
 * connective reworded, and the words around it (a place reworded, an adverb narrowing the exception)
 * are judged on their own. A comma before the connective on one side only goes with it; on both
 * sides it is a piece that reads alike.
 */
function exceptionConnectiveApart(c: Candidate, ctx: Ctx): Candidate[] | null {
  if (len(c.b) === 0 || len(c.r) === 0) return null;
  const B = ctx.base;
  const R = ctx.reading;
  const kb = oneExceptionOpener(B, c.b, ctx.lex);
  const kr = kb && oneExceptionOpener(R, c.r, ctx.lex);
  if (!kb || !kr) return null;
  if (text(B, kb).toLowerCase() === text(R, kr).toLowerCase()) return null;
  // nothing around the connectives: the change is the connective alone
  if (kb[0] === c.b[0] && kb[1] === c.b[1] && kr[0] === c.r[0] && kr[1] === c.r[1]) return null;
  const commaB = kb[0] > c.b[0] && B.tokens[kb[0] - 1].n === ',';
  const commaR = kr[0] > c.r[0] && R.tokens[kr[0] - 1].n === ',';
  const out: Candidate[] = [];
  const cb0 = commaB ? kb[0] - 1 : kb[0];
  const cr0 = commaR ? kr[0] - 1 : kr[0];
  if (commaB && commaR) {
    if (cb0 > c.b[0] || cr0 > c.r[0]) out.push({ b: [c.b[0], cb0], r: [c.r[0], cr0] });
    out.push({ b: [cb0, kb[0]], r: [cr0, kr[0]] });
    out.push({ b: kb, r: kr });
  } else {
    if (cb0 > c.b[0] || cr0 > c.r[0]) out.push({ b: [c.b[0], cb0], r: [c.r[0], cr0] });
    out.push({ b: [cb0, kb[1]], r: [cr0, kr[1]] });
  }
  if (kb[1] < c.b[1] || kr[1] < c.r[1]) out.push({ b: [kb[1], c.b[1]], r: [kr[1], c.r[1]] });
  return out;
}

/**
 * A change on one side that runs from a limb of a condition past its sentence's end ("except as
 * required by law [and only in response to a valid order. We shall require …]"): the limb up to the
 * sentence's closing mark, and the rest (an omission or addition of its own); a condition ends with
 * its sentence.
 */
function limbBeforeSentenceEnd(c: Candidate, ctx: Ctx): Candidate[] | null {
  const dropped = len(c.r) === 0;
  if (!dropped && len(c.b) > 0) return null;
  const side = dropped ? ctx.base : ctx.reading;
  const s = dropped ? c.b : c.r;
  const T = side.tokens;
  if (len(s) < 3 || T[s[0]].sentence === T[s[1] - 1].sentence) return null;
  let cut = s[0];
  while (T[cut].sentence === T[s[0]].sentence) cut++;
  while (cut - 1 > s[0] && T[cut - 1].punct) cut--;
  const head: Candidate = dropped ? { b: [s[0], cut], r: c.r } : { b: c.b, r: [s[0], cut] };
  if (!limb(head, ctx)) return null;
  const rest: Candidate = dropped ? { b: [cut, s[1]], r: [c.r[1], c.r[1]] } : { b: [c.b[1], c.b[1]], r: [cut, s[1]] };
  return [head, rest];
}

interface Frequency {
  span: Span;
  /** Times per day. */
  rate: number;
  /** "every" + a figure + a unit: a change of its figure alone is date.ts's (timeCount). */
  every: boolean;
}

/** The unit of a period at k ("year", "years"), in days; 0 when none. */
export function unitAt(T: readonly Token[], k: number, lex: Lexicons): number {
  if (k >= T.length) return 0;
  return lex.frequencies.units.get(T[k].lemma) ?? lex.frequencies.units.get(T[k].n.replace(/s$/, '')) ?? 0;
}

/** A figure at k ("two", "12"), or null. */
export function figureAt(T: readonly Token[], k: number, lex: Lexicons): number | null {
  return k < T.length && T[k].pos === 'NUM' ? numberValue([T[k]], lex) : null;
}

const PER = new Set(['a', 'an', 'per', 'every', 'each']);

/**
 * An adverb (or adjective) of a period at k (qualifiers.yaml `frequencies.adverbs`): one word
 * ("annually", "biannually", "semi-annually"), or a hyphenated one the tokenizer splits ("half" "-"
 * "yearly", a key "half-yearly"). Its length in days and the end of its tokens, or null.
 */
function adverbAt(T: readonly Token[], k: number, lex: Lexicons): { days: number; end: number } | null {
  if (k >= T.length) return null;
  const { adverbs } = lex.frequencies;
  if (k + 2 < T.length && T[k + 1].n === '-' && T[k + 1].space === '' && T[k + 2].space === '') {
    const days = adverbs.get(`${T[k].n}-${T[k + 2].n}`);
    if (days !== undefined) return { days, end: k + 3 };
  }
  const days = adverbs.get(T[k].n);
  return days === undefined ? null : { days, end: k + 1 };
}

/**
 * The frequency expressions of a side (qualifiers.yaml `frequencies`): "every [N] year(s)", "each
 * year", "once|twice a year", "N times a|per year", "annually". One pass over the tokens.
 */
function frequencies(side: Side, lex: Lexicons): Frequency[] {
  const T = side.tokens;
  const out: Frequency[] = [];
  const { multipliers } = lex.frequencies;
  for (let i = 0; i < T.length; i++) {
    const n = T[i].n;
    // "on an annual basis", "on a yearly basis": the adjective's period, the phrase one frequency
    if ((n === 'on' || n === 'in') && (T[i + 1]?.n === 'a' || T[i + 1]?.n === 'an')) {
      const a = adverbAt(T, i + 2, lex);
      if (a && T[a.end]?.n === 'basis') {
        out.push({ span: [i, a.end + 1], rate: 1 / a.days, every: false });
        i = a.end;
        continue;
      }
    }
    const adv = adverbAt(T, i, lex);
    if (adv) {
      out.push({ span: [i, adv.end], rate: 1 / adv.days, every: false });
      i = adv.end - 1;
      continue;
    }
    if (n === 'every' || n === 'each') {
      const f = figureAt(T, i + 1, lex);
      const k = f === null ? i + 1 : i + 2;
      const u = unitAt(T, k, lex);
      if (u > 0 && (f === null || f > 0)) {
        out.push({ span: [i, k + 1], rate: 1 / ((f ?? 1) * u), every: n === 'every' && f !== null });
        i = k;
      }
      continue;
    }
    // "once a year", "twice per month", "three times a year"
    let times = multipliers.get(n) ?? null;
    let k = i + 1;
    if (times === null && T[i + 1]?.n === 'times') {
      times = figureAt(T, i, lex);
      k = i + 2;
    }
    if (times === null || times <= 0 || k >= T.length) continue;
    // "twice yearly", "three times annually", "twice-monthly": a number of times in the period an
    // adverb says
    const per = adverbAt(T, T[k].n === '-' ? k + 1 : k, lex);
    if (per) {
      out.push({ span: [i, per.end], rate: times / per.days, every: false });
      i = per.end - 1;
      continue;
    }
    if (!PER.has(T[k].n)) continue;
    const f = figureAt(T, k + 1, lex);
    const m = f === null ? k + 1 : k + 2;
    const u = unitAt(T, m, lex);
    if (u <= 0 || f === 0) continue;
    out.push({ span: [i, m + 1], rate: times / ((f ?? 1) * u), every: false });
    i = m;
  }
  return out;
}

/** Per base side (and lexicons): its frequencies, found once for every witness compared with it. */
const BASE_FREQUENCIES = new WeakMap<Side, { lex: Lexicons; list: Frequency[] }>();

function baseFrequencies(base: Side, lex: Lexicons): Frequency[] {
  let f = BASE_FREQUENCIES.get(base);
  if (!f || f.lex !== lex) BASE_FREQUENCIES.set(base, (f = { lex, list: frequencies(base, lex) }));
  return f.list;
}

/** Does the alignment insert reading words strictly inside the base span, with no base word in their place? */
function insertedInside(ctx: Ctx, span: Span): boolean {
  return ctx.ops.some((op) => op.op !== 'equal' && op.baseSpan[0] === op.baseSpan[1] && op.baseSpan[0] > span[0] && op.baseSpan[0] < span[1]);
}

/** Does a change touch the base span, and no classifier claim any of it yet? */
function changedFree(ctx: Ctx, span: Span): boolean {
  const e = edited(ctx)[0];
  let changed = false;
  for (let i = span[0]; i < span[1] && !changed; i++) changed = e[i] === 1;
  return changed && unclaimed(ctx.claimedB, span);
}

/**
 * Where the reading stands for a base span: the reading tokens of the alignment ops over it (the
 * words aligned equal mapped one to one, a changed op's whole reading side), as [start, end)
 * (Infinity, -1 when no op covers it).
 */
function readingOver(ctx: Ctx, span: Span): [number, number] {
  let r0 = Infinity;
  let r1 = -1;
  for (const op of opsOver(ctx, { start: span[0], end: span[1], head: [], kind: 'time', word: false }, true)) {
    const lo = Math.max(op.baseSpan[0], span[0]);
    const hi = Math.min(op.baseSpan[1], span[1]);
    const [a, z] = op.op === 'equal' ? [op.readingSpan[0] + lo - op.baseSpan[0], op.readingSpan[0] + hi - op.baseSpan[0]] : op.readingSpan;
    r0 = Math.min(r0, a);
    r1 = Math.max(r1, z);
  }
  return [r0, r1];
}

/**
 * How often a duty recurs, changed ("every two years" → "every year", "once a year" → "twice a
 * year", "annually" → "every two years"): a frequency of the base and one of the reading where the
 * alignment puts it, with different rates. One `lexical` variant over the changed words of both;
 * on an obligation more often binds more (strengthened), less often weakened; elsewhere no
 * direction. A figure of "every N units" changed alone is left to date.ts (timeCount), which reads
 * it the same way.
 */
function frequencyChanged(ctx: Ctx): Finding[] {
  const { base, reading, ops, claimedB, claimedR } = ctx;
  if (ctx.lex.frequencies.units.size === 0) return [];
  const fb = baseFrequencies(base, ctx.lex);
  if (fb.length === 0) return [];
  const fr = frequencies(reading, ctx.lex);
  if (fr.length === 0) return [];
  const ed = edited(ctx);
  const out: Finding[] = [];
  // base expressions with no frequency where the alignment puts them, every word changed ("an
  // [annual] report" → "a report … every two years"): paired below with one of the reading moved
  const unpaired: Frequency[] = [];
  const allEdited = (e: Uint8Array, s: Span) => {
    for (let i = s[0]; i < s[1]; i++) if (!e[i]) return false;
    return true;
  };
  const touched = (e: Uint8Array, s: Span) => {
    for (let i = s[0]; i < s[1]; i++) if (e[i]) return true;
    return false;
  };
  for (const b of fb) {
    // (the base expression kept whole and words added to it in the reading, "annually" → "twice
    // annually": the reading's expression changed)
    const free = changedFree(ctx, b.span);
    if (!free && !unclaimed(claimedB, b.span)) continue;
    const [r0, r1] = readingOver(ctx, b.span);
    const r = fr.find((x) => x.span[0] < Math.max(r1, r0 + 1) && x.span[1] > r0 && unclaimed(claimedR, x.span) && (free || touched(ed[1], x.span)));
    if (!r && allEdited(ed[0], b.span)) unpaired.push(b);
    if (!r) continue;
    // the same period in the same unit ("each year" → "every year", "every 2 years" → "every two
    // years"): the ordinary variants; in another unit ("every six months" → "twice a year", "every
    // year" → "annually"): one variant with no direction, the same frequency worded otherwise
    const same = sameLength(1 / b.rate, 1 / r.rate, ctx.lex);
    const unitB = base.tokens[b.span[1] - 1].lemma;
    const unitR = reading.tokens[r.span[1] - 1].lemma;
    if (same && unitB === unitR) continue;
    if (!same && b.every && r.every && unitB === unitR) continue;
    // the changed words: both expressions less the words they open and close with alike
    let [bs, be] = b.span;
    let [rs, re] = r.span;
    while (bs < be - 1 && rs < re - 1 && base.tokens[bs].n === reading.tokens[rs].n) {
      bs++;
      rs++;
    }
    while (be > bs + 1 && re > rs + 1 && base.tokens[be - 1].n === reading.tokens[re - 1].n) {
      be--;
      re--;
    }
    // (a minimum bound before the count that the change drops or adds goes with it: "at least
    // twice a year" → "every year" is one frequency changed, not the floor a bare omission)
    const floor = (side: Side, s0: number, cl: Uint8Array, e: Uint8Array): number => {
      for (let n = 4; n >= 1; n--) {
        if (s0 - n < 0) continue;
        const key = side.tokens.slice(s0 - n, s0).map((t) => t.n).join(' ');
        if (ctx.lex.sameBound.get(key) === 'minimum' && unclaimed(cl, [s0 - n, s0]) && allEdited(e, [s0 - n, s0])) return s0 - n;
      }
      return s0;
    };
    const fB = bs === b.span[0] ? floor(base, bs, claimedB, ed[0]) : bs;
    const fR = rs === r.span[0] ? floor(reading, rs, claimedR, ed[1]) : rs;
    if (fB < bs && fR === rs) bs = fB;
    else if (fR < rs && fB === bs) rs = fR;
    claimedB.fill(1, Math.min(bs, b.span[0]), b.span[1]);
    claimedR.fill(1, Math.min(rs, r.span[0]), r.span[1]);
    const more = r.rate > b.rate;
    const what = statedAt(base, { start: b.span[0], end: b.span[1], head: [], kind: 'time', word: false }, ctx.lex);
    const f: Finding = {
      type: 'lexical',
      b: [bs, be],
      r: [rs, re],
      at: bs,
      explanation: same
        ? `frequency worded otherwise: ${q(text(base, b.span))} → ${q(text(reading, r.span))} — the same frequency`
        : `frequency changed: ${q(text(base, b.span))} → ${q(text(reading, r.span))} — the act recurs ${more ? 'more' : 'less'} often${what === 'obligation' ? `: the obligation binds ${more ? 'more' : 'less'}` : ''}`,
    };
    if (!same && what === 'obligation') f.direction = more ? 'strengthened' : 'weakened';
    out.push(f);
  }
  // one frequency moved and reworded: the base's only unpaired expression and the reading's only
  // expression of new words, in the same sentence ("an annual report on licences" → "a report on
  // licences every two years"): one variant over both, with the direction of a frequency changed,
  // or none when it is the same ("annual" → "every year"), not an omission and a time limit added
  const moved = fr.filter((x) => unclaimed(claimedR, x.span) && allEdited(ed[1], x.span));
  if (unpaired.length === 1 && moved.length === 1) {
    const b = unpaired[0];
    const r = moved[0];
    const sentences = (side: Side, sp: Span) => new Set(side.tokens.slice(sp[0], sp[1]).map((t) => t.sentence));
    const sb = sentences(base, b.span);
    const sr = sentences(reading, r.span);
    // (the same sentence: the one the alignment maps the base expression's neighbour into)
    const k = opAt(ops, b.span[0]);
    const near = ops[Math.max(0, k - 1)];
    const anchor = near ? reading.tokens[Math.min(reading.tokens.length - 1, Math.max(0, near.readingSpan[1] - 1))] : undefined;
    // (one of them a change of its own, words of one side alone with no other content word: "every
    // two years" inserted; not two words inside a clause rewritten at large, "… to report annually
    // to the legislature" → "a watchdog that reports to parliament every year …")
    const alone = (side: Side, sp: Span, dropped: boolean) =>
      ops.some((o) => {
        const [own, other] = dropped ? [o.baseSpan, o.readingSpan] : [o.readingSpan, o.baseSpan];
        if (o.op === 'equal' || other[1] > other[0] || own[0] > sp[0] || own[1] < sp[1]) return false;
        for (let i = own[0]; i < own[1]; i++) if ((i < sp[0] || i >= sp[1]) && side.content[i]) return false;
        return true;
      });
    if (sb.size === 1 && sr.size === 1 && anchor && sr.has(anchor.sentence) && (alone(base, b.span, true) || alone(reading, r.span, false))) {
      claimedB.fill(1, b.span[0], b.span[1]);
      claimedR.fill(1, r.span[0], r.span[1]);
      const what = statedAt(base, { start: b.span[0], end: b.span[1], head: [], kind: 'time', word: false }, ctx.lex);
      const same = sameLength(1 / b.rate, 1 / r.rate, ctx.lex);
      const more = r.rate > b.rate;
      const f: Finding = {
        type: 'lexical',
        b: b.span,
        r: r.span,
        at: b.span[0],
        explanation: same
          ? `frequency worded otherwise and moved: ${q(text(base, b.span))} → ${q(text(reading, r.span))} — the same frequency`
          : `frequency changed: ${q(text(base, b.span))} → ${q(text(reading, r.span))} — the act recurs ${more ? 'more' : 'less'} often${what === 'obligation' ? `: the obligation binds ${more ? 'more' : 'less'}` : ''}`,
      };
      if (!same && what === 'obligation') f.direction = more ? 'strengthened' : 'weakened';
      out.push(f);
    }
  }
  return out;
}

/**
 * A frequency changed inside a change no claim saw: the changes inside a moved sentence (its
 * tokens claimed by the move, transposition.ts) come here one by one ("… every two years." moved
 * and read "… every year": "two years" → "year"). Read as frequencyChanged reads it in place: one
 * `lexical` over the change, with the direction of a frequency changed on an obligation (not "two"
 * dropped beside "years" → "year", an inflection). Only when the change lies inside one frequency
 * expression on each side, with different rates, and is not the figure of "every N units" alone
 * (date.ts timeCount). Null otherwise.
 */
function frequencyInChange(c: Candidate, ctx: Ctx): Finding | null {
  if (ctx.lex.frequencies.units.size === 0) return null;
  const inside = (list: Frequency[], s: Span) => list.find((x) => x.span[0] <= s[0] && s[1] <= x.span[1]);
  const b = inside(baseFrequencies(ctx.base, ctx.lex), c.b);
  if (!b) return null;
  const r = inside(frequencies(ctx.reading, ctx.lex), c.r);
  if (!r) return null;
  const unitB = ctx.base.tokens[b.span[1] - 1].lemma;
  const unitR = ctx.reading.tokens[r.span[1] - 1].lemma;
  const same = sameLength(1 / b.rate, 1 / r.rate, ctx.lex);
  if (same || (b.every && r.every && unitB === unitR && c.b[1] - c.b[0] === 1 && c.r[1] - c.r[0] === 1)) return null;
  const more = r.rate > b.rate;
  const what = statedAt(ctx.base, { start: b.span[0], end: b.span[1], head: [], kind: 'time', word: false }, ctx.lex);
  const f = finding(
    c,
    'lexical',
    `frequency changed: ${q(text(ctx.base, b.span))} → ${q(text(ctx.reading, r.span))} — the act recurs ${more ? 'more' : 'less'} often${what === 'obligation' ? `: the obligation binds ${more ? 'more' : 'less'}` : ''}`,
    what === 'obligation' ? (more ? 'strengthened' : 'weakened') : undefined,
  );
  f.whole = true;
  return f;
}

/** The end of an uncounted frequency (qualifiers.yaml `frequencies.uncounted`: "regularly", "from time to time") opening at k, or -1. */
function uncountedAt(T: readonly Token[], k: number, lex: Lexicons): number {
  for (const w of lex.frequencies.uncounted) {
    let j = 0;
    while (j < w.length && k + j < T.length && T[k + j].n === w[j]) j++;
    if (j === w.length) return k + j;
  }
  return -1;
}

/**
 * A counted frequency, with the minimum bound before it ("at least twice a year": qualifiers.yaml
 * `same-bound` minimum), against a word that says the act recurs without a count where the
 * alignment puts it ("regularly": `frequencies.uncounted`), either way: one `lexical` variant over
 * both, not the bound reworded beside the count omitted. On an obligation the count lost weakens it
 * (how often it must be done is no longer said), gained strengthens it; elsewhere no direction.
 */
function frequencyUncounted(ctx: Ctx, fb: readonly Frequency[], fr: readonly Frequency[]): Finding[] {
  const { base, reading, claimedB, claimedR } = ctx;
  if (ctx.lex.frequencies.uncounted.length === 0) return [];
  const ed = edited(ctx);
  const out: Finding[] = [];
  for (const fromBase of [true, false]) {
    const [C, U, cl, ucl, ce, ue] = fromBase ? [base, reading, claimedB, claimedR, ed[0], ed[1]] : [reading, base, claimedR, claimedB, ed[1], ed[0]];
    for (const f of fromBase ? fb : fr) {
      let [s0, s1] = f.span;
      let all = true;
      for (let i = s0; i < s1; i++) if (!ce[i] || cl[i]) all = false;
      if (!all) continue;
      // (the minimum bound before the count goes with it: "at least", "not less than")
      for (let n = 4; n >= 1; n--) {
        if (s0 - n < 0) continue;
        const key = C.tokens.slice(s0 - n, s0).map((t) => t.n).join(' ');
        if (ctx.lex.sameBound.get(key) === 'minimum' && unclaimed(cl, [s0 - n, s0]) && ce[s0 - n]) {
          s0 -= n;
          break;
        }
      }
      // where the other side stands for it: the ops over the span
      let o0 = Infinity;
      let o1 = -1;
      for (const op of opsOver(ctx, { start: s0, end: s1, head: [], kind: 'time', word: false }, fromBase)) {
        const [own, other] = oriented(fromBase, op.baseSpan, op.readingSpan);
        const lo = Math.max(own[0], s0);
        const hi = Math.min(own[1], s1);
        const [a, z] = op.op === 'equal' ? [other[0] + lo - own[0], other[0] + hi - own[0]] : other;
        o0 = Math.min(o0, a);
        o1 = Math.max(o1, z);
      }
      let u0 = -1;
      let u1 = -1;
      for (let k = o0; k < o1 && u0 < 0; k++) {
        const e = uncountedAt(U.tokens, k, ctx.lex);
        if (e > 0 && unclaimed(ucl, [k, e]) && ue[k]) [u0, u1] = [k, e];
      }
      if (u0 < 0) continue;
      cl.fill(1, s0, s1);
      ucl.fill(1, u0, u1);
      const what = statedAt(base, fromBase ? { start: s0, end: s1, head: [], kind: 'time', word: false } : { start: u0, end: u1, head: [], kind: 'time', word: false }, ctx.lex);
      const [b, r]: [Span, Span] = fromBase ? [[s0, s1], [u0, u1]] : [[u0, u1], [s0, s1]];
      const f2: Finding = {
        type: 'lexical',
        b,
        r,
        at: b[0],
        explanation: `frequency ${fromBase ? 'no longer counted' : 'now counted'}: ${q(text(base, b))} → ${q(text(reading, r))} — ${fromBase ? 'how often the act recurs is no longer said' : 'how often the act recurs is now said'}${what === 'obligation' ? `: the obligation binds ${fromBase ? 'less' : 'more'}` : ''}`,
      };
      if (what === 'obligation') f2.direction = fromBase ? 'weakened' : 'strengthened';
      out.push(f2);
    }
  }
  return out;
}

/** Most words of a relative clause before a frequency dropped with it ("that is tested", "which are reviewed"). */
const RELATIVE_BEFORE_FREQUENCY = 4;

/**
 * A frequency dropped with nothing in its place ("a plan that is tested at least once a year" → "a
 * plan", "report annually" → "report"): how often the act must recur is no longer said — a
 * `qualifier-dropped` of the act, on an obligation weakened, as
 * the frequency replaced by "regularly" is (`frequencyUncounted`). The minimum bound before the
 * count goes with it ("at least"); so does a short relative clause that only carries it ("that is
 * tested": a relative pronoun, then at most RELATIVE_BEFORE_FREQUENCY words, no content word but a
 * participle), which qualifies the noun by the frequency alone. One-sided deletions (insertions)
 * only, the frequency whole inside one op and opening it (the act it qualifies kept).
 */
function frequencyDropped(ctx: Ctx, fb: readonly Frequency[], fr: readonly Frequency[]): Finding[] {
  const out: Finding[] = [];
  for (const op of ctx.ops) {
    if (op.op === 'equal') continue;
    // (dropped only: a frequency added where none was is left to the additions, "The Committee
    // shall meet" → "… meet every two years")
    for (const fromBase of [true]) {
      const [C, own, other, cl] = fromBase ? [ctx.base, op.baseSpan, op.readingSpan, ctx.claimedB] : [ctx.reading, op.readingSpan, op.baseSpan, ctx.claimedR];
      if (len(other) !== 0 || len(own) === 0) continue;
      for (const f of fromBase ? fb : fr) {
        let [s0, s1] = f.span;
        if (s0 < own[0] || s1 > own[1] || !unclaimed(cl, [s0, s1])) continue;
        // (an adjective before its noun, "an annual report" → "a report", names a kind of report:
        // an omission, not how often an act recurs)
        if (s1 - s0 === 1 && (C.tokens[s1]?.pos === 'NOUN' || C.tokens[s1]?.pos === 'PROPN')) continue;
        for (let n = 4; n >= 1; n--) {
          if (s0 - n < own[0]) continue;
          const key = C.tokens.slice(s0 - n, s0).map((t) => t.n).join(' ');
          if (ctx.lex.sameBound.get(key) === 'minimum' && unclaimed(cl, [s0 - n, s0])) {
            s0 -= n;
            break;
          }
        }
        // (a relative clause that carries only the frequency: "that is tested [at least once a year]")
        for (let k = s0 - 1; k >= own[0] && s0 - k <= RELATIVE_BEFORE_FREQUENCY + 1; k--) {
          const t = C.tokens[k];
          if (ctx.lex.relatives.has(t.n) && t.pos !== 'DET') {
            if (unclaimed(cl, [k, s0])) s0 = k;
            break;
          }
          if (t.punct || (C.content[k] && t.pos !== 'VERB')) break;
        }
        // (it opens the words dropped: inside them, "and to report annually to the legislature", it
        // goes with the act dropped around it)
        if (s0 !== own[0]) continue;
        cl.fill(1, s0, s1);
        const what = statedAt(C, { start: s0, end: s1, head: [], kind: 'time', word: false }, ctx.lex);
        const span: Span = [s0, s1];
        const fd: Finding = {
          type: fromBase ? 'qualifier-dropped' : 'qualifier-added',
          b: fromBase ? span : [op.baseSpan[0], op.baseSpan[0]],
          r: fromBase ? [op.readingSpan[0], op.readingSpan[0]] : span,
          at: fromBase ? s0 : op.baseSpan[0],
          explanation: `frequency ${fromBase ? 'dropped' : 'added'}: ${q(text(C, span))} — how often the act recurs is ${fromBase ? 'no longer' : 'now'} said${what === 'obligation' ? `: the obligation binds ${fromBase ? 'less' : 'more'}` : ''}`,
        };
        if (what === 'obligation') fd.direction = fromBase ? 'weakened' : 'strengthened';
        out.push(fd);
      }
    }
  }
  return out;
}

/**
 * Are two lengths in days the same (qualifiers.yaml `frequencies.same-within`: a share of the
 * longer)? "within 30 days" and "within one month", "every six months" and "twice a year".
 */
export function sameLength(a: number, b: number, lex: Lexicons): boolean {
  return Math.abs(a - b) <= (lex.frequencies.sameWithin + 1e-9) * Math.max(a, b);
}

/**
 * The effect of a time limit, a duration or a period made shorter or longer on the rule that
 * states it (`what`, statedAt): a time limit on an obligation binds more shorter (strengthened);
 * on a prohibition it is the time the act is barred ("shall not export within five years"):
 * longer, the prohibition holds longer (strengthened), as a date-limit deadline on a prohibition
 * does; a period ("every five years") on an obligation: shorter, the act recurs more often
 * (strengthened). How long the act lasts (kind `duration`: "keep records for at least five
 * years"): shorter asks less, on a rule that binds. On a permission or a statement, no direction
 * (README: "on a permission, no direction").
 */
export function lengthEffect(kind: string, period: boolean, what: string, shorter: boolean): { label: string; tail: string; direction?: Direction } {
  if (kind === 'duration') {
    const binds = what === 'obligation' || what === 'prohibition';
    return {
      label: `duration ${shorter ? 'shortened' : 'lengthened'}`,
      tail: binds ? ` — the ${what} ${shorter ? 'lasts less long' : 'lasts longer'}` : '',
      direction: binds ? (shorter ? 'weakened' : 'strengthened') : undefined,
    };
  }
  const direction: Direction | undefined =
    what === 'obligation' ? (shorter ? 'strengthened' : 'weakened') : what === 'prohibition' && !period ? (shorter ? 'weakened' : 'strengthened') : undefined;
  return {
    label: `${period ? 'period' : 'time limit'} ${shorter ? 'shortened' : 'lengthened'}`,
    tail: direction && what === 'prohibition' ? ` — the prohibition holds ${shorter ? 'for less time' : 'longer'}` : '',
    direction,
  };
}

/** A figure and its unit inside a time limit or a duration ("72 hours", "a week"), its length in days. */
interface Amount {
  span: Span;
  days: number;
  /** The unit's lemma ("hour", "day"). */
  unit: string;
  phrase: Phrase;
}

/** The longest figure that ends right before the unit at k, from `from` on: its start, or -1 ("seventy-two", "72", "a"). */
function figureBefore(T: readonly Token[], from: number, k: number, lex: Lexicons): { start: number; value: number } | null {
  // (a number is written in at most a few words: "one hundred and twenty")
  for (let a = Math.max(from, k - 5); a < k; a++) {
    const v = a === k - 1 && (T[a].n === 'a' || T[a].n === 'an') ? 1 : numberValue(T.slice(a, k), lex);
    if (v !== null && v > 0) return { start: a, value: v };
  }
  return null;
}

/**
 * The amounts of time of a side's time limits and durations (qualifiers.yaml kinds `time`,
 * `duration`): the first figure and unit (qualifiers.yaml `frequencies.units`) after each head.
 */
function amounts(side: Side, lex: Lexicons): Amount[] {
  const T = side.tokens;
  const out: Amount[] = [];
  for (const p of qualifierPhrases(side, lex)) {
    if ((p.kind !== 'time' && p.kind !== 'duration') || p.word) continue;
    const from = p.head.length > 0 ? Math.max(...p.head) + 1 : p.start;
    for (let k = from + 1; k < p.end; k++) {
      const u = unitAt(T, k, lex);
      if (u <= 0) continue;
      // (a word saying which days count before "days", "45 working days": frequencies.day-kinds)
      const kind = u === 1 && k - 1 > from ? lex.frequencies.dayKinds.get(T[k - 1].n) : undefined;
      const f = figureBefore(T, from, kind !== undefined ? k - 1 : k, lex);
      if (f) out.push({ span: [f.start, k + 1], days: f.value * u * (kind ?? 1), unit: kind !== undefined ? `${T[k - 1].n} ${T[k].lemma}` : T[k].lemma, phrase: p });
      break;
    }
  }
  return out;
}

/**
 * A time limit or a duration counted in another unit ("within 72 hours" → "within seven days",
 * "for three days" → "for two weeks", "within 48 hours" → "within two days"): the amounts compared
 * in days (qualifiers.yaml `frequencies.units`), one `lexical` variant over the figure and unit of
 * both sides, not a figure compared with a figure and a unit changed apart. Longer or shorter, the
 * direction of a time limit or a duration changed (lengthEffect); the same length (`same-within`),
 * no direction: the same limit counted in another unit. A figure changed in the same unit is left
 * to date.ts (timeCount), the same figure written otherwise to spelling.
 */
function amountChanged(ctx: Ctx): Finding[] {
  const { base, reading, claimedB, claimedR } = ctx;
  if (ctx.lex.frequencies.units.size === 0) return [];
  const ab = amounts(base, ctx.lex);
  if (ab.length === 0) return [];
  const ar = amounts(reading, ctx.lex);
  if (ar.length === 0) return [];
  const out: Finding[] = [];
  for (const b of ab) {
    // (or words only added inside it: "45 days" → "45 working days")
    if (!changedFree(ctx, b.span) && !(insertedInside(ctx, b.span) && unclaimed(claimedB, b.span))) continue;
    const [r0, r1] = readingOver(ctx, b.span);
    const r = ar.find((x) => x.span[0] < Math.max(r1, r0 + 1) && x.span[1] > r0 && x.phrase.kind === b.phrase.kind && unclaimed(claimedR, x.span));
    if (!r || r.unit === b.unit) continue;
    const period = base.tokens[b.phrase.start].n === 'every';
    if (period !== (reading.tokens[r.phrase.start].n === 'every')) continue;
    claimedB.fill(1, b.span[0], b.span[1]);
    claimedR.fill(1, r.span[0], r.span[1]);
    const change = `${q(text(base, b.span))} → ${q(text(reading, r.span))}`;
    if (sameLength(b.days, r.days, ctx.lex)) {
      out.push({ type: 'lexical', b: b.span, r: r.span, at: b.span[0], explanation: `the same ${b.phrase.kind === 'duration' ? 'duration' : period ? 'period' : 'time limit'} counted in another unit: ${change}` });
      continue;
    }
    const e = lengthEffect(b.phrase.kind, period, statedAt(base, b.phrase, ctx.lex), r.days < b.days);
    const f: Finding = { type: 'lexical', b: b.span, r: r.span, at: b.span[0], explanation: `${e.label}: ${change}${e.tail}` };
    if (e.direction) f.direction = e.direction;
    out.push(f);
  }
  return out;
}

/**
 * A qualifier phrase one change drops and another change of the unit adds, word for word
 * ("Encourages Member States, where appropriate, to establish points of contact" → "… and to
 * establish points of contact, where appropriate, for …", inside a rewording of what stands around
 * it): the qualifier moved, one `transposition`, not an omission and an addition (a phrase of one
 * content word is too short for the moved-phrase search of transposition.ts, and its word-level
 * passes would move the content word without its head). Only a phrase inside a larger change on
 * one side at least: one changed alone (marks aside) on both is transposition.ts's. The pair of
 * commas that sets it off on a side goes with it. Phrases are matched in order, by their words' normalised forms;
 * the reading's phrases are indexed by text, so the pass is linear.
 */
function movedQualifiers(ctx: Ctx): Finding[] {
  const { base, reading, claimedB, claimedR } = ctx;
  const [eb, er] = edited(ctx);
  const words = (side: Side, p: Phrase) => side.tokens.slice(p.start, p.end).map((t) => t.n).join(' ');
  const free = (e: Uint8Array, c: Uint8Array, p: Phrase) => {
    for (let i = p.start; i < p.end; i++) if (!e[i] || c[i]) return false;
    return true;
  };
  // (a phrase changed alone, marks aside, on both sides is left to transposition.ts)
  const amid = (side: Side, e: Uint8Array, x: Phrase) => {
    let i = x.start - 1;
    while (i >= 0 && e[i] && side.tokens[i].punct) i--;
    let j = x.end;
    while (j < side.tokens.length && e[j] && side.tokens[j].punct) j++;
    return (i >= 0 && e[i] === 1) || (j < side.tokens.length && e[j] === 1);
  };
  const sites = new Map<string, Phrase[]>();
  for (const p of qualifierPhrases(reading, ctx.lex)) {
    if (p.inherited || !free(er, claimedR, p)) continue;
    const k = words(reading, p);
    sites.set(k, [...(sites.get(k) ?? []), p]);
  }
  if (sites.size === 0) return [];
  // the same phrase with another function word at its head ("upon request" → "on request"): its
  // kind and its content words (by lemma) the same; moved so, it is one transposition reworded
  // (transposition.ts, which matches words, cannot find it: no `amid` needed)
  const contentKey = (side: Side, p: Phrase) => {
    // (only the head differs: the words after it the same, "upon [request]" → "on [request]", not
    // "if [requested]", a restatement grammatical.ts reads, nor "an incident" → "incidents")
    // (a fixed phrase, "upon request", has no head of its own: its first word)
    const from = p.head.length > 0 ? Math.max(...p.head) + 1 : p.start + 1;
    const ks: string[] = [];
    for (let i = from; i < p.end; i++) ks.push(side.tokens[i].n);
    return contentCount(side, p.start, p.end) > 0 && ks.length > 0 ? `${p.kind}|${ks.join(' ')}` : null;
  };
  const loose = new Map<string, Phrase[]>();
  for (const list of sites.values()) {
    for (const p of list) {
      const k = contentKey(reading, p);
      if (k) loose.set(k, [...(loose.get(k) ?? []), p]);
    }
  }
  const out: Finding[] = [];
  for (const p of qualifierPhrases(base, ctx.lex)) {
    if (p.inherited || !free(eb, claimedB, p)) continue;
    let list = sites.get(words(base, p));
    let reworded = false;
    if (!list?.length) {
      const k = contentKey(base, p);
      const alt = k ? loose.get(k)?.filter((x) => unclaimed(claimedR, [x.start, x.end])) : undefined;
      if (alt?.length) {
        list = alt;
        reworded = true;
      }
    }
    const r = list?.[0];
    if (!r || (!reworded && !amid(base, eb, p) && !amid(reading, er, r))) continue;
    // (inside a whole sentence moved within the unit, deleted whole and inserted whole: it moves with
    // its sentence, transposition.ts's movedBlocks)
    if (inMovedSentence(ctx, p.start, r.start)) continue;
    list!.shift();
    // (the pair of commas that sets it off, on a side that has both: ", where appropriate,"; and,
    // against such a pair, the one comma that sets it off at an end of its sentence on the other
    // side, ", where appropriate." closing it, "Where appropriate, …" opening it: the commas travel
    // with the phrase, no punctuation variant of their own; another single comma is left to the
    // punctuation variants)
    const paired = (side: Side, e: Uint8Array, c: Uint8Array, x: Phrase) => {
      const comma = (i: number) => i >= 0 && i < side.tokens.length && side.tokens[i].n === ',' && e[i] === 1 && !c[i];
      return comma(x.start - 1) && comma(x.end);
    };
    const pairB = paired(base, eb, claimedB, p);
    const pairR = paired(reading, er, claimedR, r);
    const around = (side: Side, e: Uint8Array, c: Uint8Array, x: Phrase, otherPaired: boolean): Span => {
      const T = side.tokens;
      const comma = (i: number) => i >= 0 && i < T.length && T[i].n === ',' && e[i] === 1 && !c[i];
      if (comma(x.start - 1) && comma(x.end)) return [x.start - 1, x.end + 1];
      if (!otherPaired) return [x.start, x.end];
      const closes = x.end >= T.length || T[x.end].sentence !== T[x.end - 1].sentence || (T[x.end].punct && T[x.end].n !== ',' && isClausePunct(T[x.end]));
      if (comma(x.start - 1) && closes) return [x.start - 1, x.end];
      const opens = x.start === 0 || T[x.start - 1].sentence !== T[x.start].sentence;
      if (comma(x.end) && opens) return [x.start, x.end + 1];
      return [x.start, x.end];
    };
    const b = around(base, eb, claimedB, p, pairR);
    const rr = around(reading, er, claimedR, r, pairB);
    claimedB.fill(1, b[0], b[1]);
    claimedR.fill(1, rr[0], rr[1]);
    out.push({ type: 'transposition', b, r: rr, at: b[0], explanation: `moved: ${q(text(base, [p.start, p.end]))} (${LABEL[p.kind] ?? p.kind}) stands elsewhere in the witness's reading${reworded ? `, as ${q(text(reading, [r.start, r.end]))}` : ''}` });
  }
  return out;
}

/** Do the base token b and the reading token r lie in a run of whole sentences deleted, and one inserted, whole? */
function inMovedSentence(ctx: Ctx, b: number, r: number): boolean {
  const whole = (T: readonly Token[], s: Span) => s[1] > s[0] && (s[0] === 0 || T[s[0] - 1].sentence !== T[s[0]].sentence) && (s[1] === T.length || T[s[1]].sentence !== T[s[1] - 1].sentence);
  const ob = ctx.ops[opAt(ctx.ops, b)];
  if (!ob || ob.op !== 'delete' || !whole(ctx.base.tokens, ob.baseSpan)) return false;
  const or = ctx.ops.find((o) => r >= o.readingSpan[0] && r < o.readingSpan[1]);
  return !!or && or.op === 'insert' && whole(ctx.reading.tokens, or.readingSpan);
}

/**
 * Does a change op lie in the base phrase p and in the reading phrase rp: over each, or, empty on
 * that side, at a place inside it or at its end (an insertion at the base phrase's end, or a
 * deletion at the reading phrase's end, is in it)? [in p, in rp].
 */
function opInPhrases(op: Ctx['ops'][number], p: Phrase, rp: Phrase): [boolean, boolean] {
  const inside = (s: Span, x: Phrase) => (s[1] > x.start && s[0] < x.end) || (s[0] === s[1] && s[0] > x.start && s[0] <= x.end);
  return [inside(op.baseSpan, p), inside(op.readingSpan, rp)];
}

/**
 * A condition clause restated under the same connective ("Where a Party gives effect to paragraph 1
 * by means of an order, the Party shall" → "Where an order is issued, the Party shall"): the
 * connective read alike, the clause's verb gone and another verb in its place inside the
 * witness's condition, every change of the two clauses inside them. One `lexical` variant over the
 * changes (condition reworded), no direction: the rule still holds under a condition, not a condition
 * dropped beside words added.
 */
function conditionRestated(ctx: Ctx): Finding[] {
  const { base, reading, ops, claimedB, claimedR } = ctx;
  const out: Finding[] = [];
  for (const p of qualifierPhrases(base, ctx.lex)) {
    if (p.kind !== 'condition' || p.word || p.head.length === 0 || !SUBORDINATORS.has(base.tokens[Math.max(...p.head)].n)) continue;
    const h = Math.max(...p.head);
    const hop = ops[opAt(ops, h)];
    if (!hop || hop.op !== 'equal') continue;
    const rh = hop.readingSpan[0] + (h - hop.baseSpan[0]);
    const rp = qualifierPhrases(reading, ctx.lex).find((x) => x.kind === 'condition' && !x.word && x.head.includes(rh));
    if (!rp) continue;
    let b0 = Infinity;
    let b1 = -1;
    let r0 = Infinity;
    let r1 = -1;
    let inside = true;
    let verbB = false;
    let verbR = false;
    // (changes apart: one replacement alone is read by the ordinary variants; so are single words
    // swapped one for one with the clause read alike between them, "unless the provider can
    // demonstrate that such content is prohibited" → "unless the firm … is banned": the party
    // renamed and the verb reworded, not one span over the words kept)
    let n = 0;
    let swapsOnly = true;
    // (the changes stop at a run of words both sides read alike, `span-equal-run` or more: the
    // changes after it are changes of their own, "has reasonable grounds to believe that the data
    // are at serious risk" → "is satisfied that the data are at risk" rewords the condition's verb
    // and drops "serious", not one span over the words kept between)
    let stopped = false;
    for (const op of ops) {
      if (stopped) break;
      if (op.op === 'equal') {
        if (b1 >= 0 && op.baseSpan[0] >= b1 && op.baseSpan[1] - op.baseSpan[0] >= ctx.lex.thresholds.spanEqualRun && op.baseSpan[1] < p.end) stopped = true;
        continue;
      }
      const [inB, inR] = opInPhrases(op, p, rp);
      if (!inB && !inR) continue;
      if (!inB || !inR) {
        inside = false;
        break;
      }
      n++;
      if (op.op !== 'replace' || len(op.baseSpan) !== 1 || len(op.readingSpan) !== 1) swapsOnly = false;
      b0 = Math.min(b0, op.baseSpan[0]);
      b1 = Math.max(b1, op.baseSpan[1]);
      r0 = Math.min(r0, op.readingSpan[0]);
      r1 = Math.max(r1, op.readingSpan[1]);
      for (let i = op.baseSpan[0]; i < op.baseSpan[1]; i++) verbB ||= base.tokens[i].pos === 'VERB';
      for (let i = op.readingSpan[0]; i < op.readingSpan[1]; i++) verbR ||= reading.tokens[i].pos === 'VERB';
    }
    if (!inside || n < 2 || swapsOnly || b1 < 0 || !verbB || !verbR || b0 >= b1 || r0 >= r1) continue;
    if (contentCount(base, b0, b1) < 1 || contentCount(reading, r0, r1) < 1) continue;
    if (!unclaimed(claimedB, [b0, b1]) || !unclaimed(claimedR, [r0, r1])) continue;
    claimedB.fill(1, b0, b1);
    claimedR.fill(1, r0, r1);
    out.push({ type: 'lexical', b: [b0, b1], r: [r0, r1], at: b0, explanation: `condition reworded in place: ${q(text(base, [b0, b1]))} → ${q(text(reading, [r0, r1]))}` });
  }
  return out;
}

/**
 * A condition restated under another connective in the same place, its clause recast around a word
 * both keep ("to the extent permitted by law" → "where the law allows"): the connectives differ (not
 * two of qualifiers.yaml `same-condition`, nor two of `opposite-condition`: grammar), the
 * two phrases open after words read alike (or both open the sentence), every change of the two lies
 * inside them and falls into two changes or more (the alignment cut the rewording around the kept
 * word: no one replacement describes it), content words change on both sides, and they keep at most one content word in common
 * (two or more kept amid changed ones, "except where necessary to achieve a legitimate objective" →
 * "unless it is needed to meet a legitimate objective", are read piece by piece). An exception for a
 * condition is none (conditionReversed). One `lexical` variant over both phrases, no direction: the
 * rule holds under the same condition, reworded, not under one dropped beside one added.
 */
function conditionRecast(ctx: Ctx): Finding[] {
  const { base, reading, ops, claimedB, claimedR } = ctx;
  const out: Finding[] = [];
  const rps = qualifierPhrases(reading, ctx.lex).filter((x) => x.kind === 'condition' && !x.word && x.head.length > 0);
  if (rps.length === 0) return out;
  const alikeB = alikeMap(ctx, true);
  const [eb, er] = edited(ctx);
  const connective = (side: Side, x: Phrase) => x.head.map((i) => side.tokens[i].n).join(' ');
  for (const p of qualifierPhrases(base, ctx.lex)) {
    if (p.kind !== 'condition' || p.word || p.head.length === 0 || !p.head.some((i) => eb[i] === 1)) continue;
    // the reading's condition in the same place: after the word the base's is read after
    const before = p.start > 0 ? alikeB[p.start - 1] : -1;
    if (p.start > 0 && before < 0) continue;
    const rp = rps.find((x) => x.start === before + 1);
    if (!rp || !rp.head.some((i) => er[i] === 1)) continue;
    // (two connectives of one condition, "in case of" → "when", are grammar beside the clause's
    // own changes: the ordinary variants read them)
    const cb = connective(base, p);
    const cr = connective(reading, rp);
    if (cb === cr || (ctx.lex.sameCondition.has(cb) && ctx.lex.sameCondition.has(cr)) || (ctx.lex.oppositeCondition.has(cb) && ctx.lex.oppositeCondition.has(cr))) continue;
    if (isException(base, p, ctx.lex) !== isException(reading, rp, ctx.lex)) continue;
    if (!unclaimed(claimedB, [p.start, p.end]) || !unclaimed(claimedR, [rp.start, rp.end])) continue;
    let inside = true;
    let changedB = 0;
    let changedR = 0;
    let n = 0;
    let kept = 0;
    for (let k = opAt(ops, p.start); k < ops.length && inside; k++) {
      const op = ops[k];
      if (op.baseSpan[0] > p.end) break;
      const [inB, inR] = opInPhrases(op, p, rp);
      if (op.op === 'equal') {
        if (inB) for (let i = Math.max(op.baseSpan[0], p.start); i < Math.min(op.baseSpan[1], p.end); i++) if (base.content[i]) kept++;
        continue;
      }
      if (!inB && !inR) continue;
      if (!inB || !inR) inside = false;
      n++;
      changedB += contentCount(base, op.baseSpan[0], op.baseSpan[1]);
      changedR += contentCount(reading, op.readingSpan[0], op.readingSpan[1]);
    }
    // (cut into two changes or more around the kept word; one replacement is read as it stands)
    if (!inside || n < 2 || changedB === 0 || changedR === 0 || kept > 1) continue;
    // (no change of the reading's phrase outside the ops walked: one that starts before the base
    // phrase, or after it, is another change)
    let outside = false;
    for (const op of ops) {
      if (op.op === 'equal' || op.readingSpan[1] <= rp.start || op.readingSpan[0] >= rp.end) continue;
      if (op.baseSpan[1] < p.start || op.baseSpan[0] > p.end) outside = true;
    }
    if (outside) continue;
    claimedB.fill(1, p.start, p.end);
    claimedR.fill(1, rp.start, rp.end);
    out.push({ type: 'lexical', b: [p.start, p.end], r: [rp.start, rp.end], at: p.start, explanation: `condition reworded in place: ${q(text(base, [p.start, p.end]))} → ${q(text(reading, [rp.start, rp.end]))}` });
  }
  return out;
}

/**
 * After their heads, do two phrases read alike: every word after the heads aligned equal, or the
 * last content word (the nucleus) of either among the other's content words? A phrase whose nucleus
 * changes too ("national law" → "national security legislation") names another thing.
 */
function restAlike(ctx: Ctx, pb: Phrase, pr: Phrase): boolean {
  const [eb, er] = edited(ctx);
  const after = (p: Phrase) => (p.head.length ? Math.max(...p.head) + 1 : p.start);
  let changed = false;
  for (let i = after(pb); i < pb.end; i++) changed ||= eb[i] === 1;
  for (let i = after(pr); i < pr.end; i++) changed ||= er[i] === 1;
  if (!changed) return true;
  // (either nucleus among the other's words: the phrase shortened or lengthened, "national laws [and
  // regulations]", is the same thing named)
  const stems = (side: Side, p: Phrase) => {
    const out: string[] = [];
    for (let i = after(p); i < p.end; i++) if (side.content[i]) out.push(side.tokens[i].stem);
    return out;
  };
  const sb = stems(ctx.base, pb);
  const sr = stems(ctx.reading, pr);
  if (sb.length === 0 || sr.length === 0) return true;
  return sr.includes(sb[sb.length - 1]) || sb.includes(sr[sr.length - 1]);
}

/**
 * A base condition whose words are gone, where the witness reads, in the place of the change, a
 * condition of its own under a connective of another class (qualifiers.yaml `same-condition`) that
 * names another thing (see restAlike): "in accordance with national law" → "subject to prior
 * judicial authorisation", "… → where appropriate". Not one condition reworded: the first dropped
 * and the other added, each with its direction. Both claimed; null when there is no such pair.
 */
function conditionReplaced(ctx: Ctx, p: Phrase): Finding[] | null {
  if (p.kind !== 'condition') return null;
  const { ops, reading, claimedR } = ctx;
  let r0 = Infinity;
  let r1 = -1;
  for (const op of opsOver(ctx, p, true)) {
    if (op.op === 'equal' || op.readingSpan[1] <= op.readingSpan[0]) continue;
    r0 = Math.min(r0, op.readingSpan[0]);
    r1 = Math.max(r1, op.readingSpan[1]);
  }
  if (r1 < 0 || ops.length === 0) return null;
  const connective = (side: Side, x: Phrase) => (x.head.length ? x.head : range(x.start, x.end)).map((i) => side.tokens[i].n).join(' ');
  const cb = connective(ctx.base, p);
  for (const rp of qualifierPhrases(reading, ctx.lex)) {
    if (rp.kind !== 'condition' || rp.start < r0 || rp.end > r1 || !unclaimed(claimedR, [rp.start, rp.end])) continue;
    // (two limiters of their own words, "where necessary" → "as appropriate", leave the duty to
    // judgement alike: one rewording, rewordedInPlace)
    if (limiter(ctx.base, p) && limiter(reading, rp)) continue;
    const cr = connective(reading, rp);
    if (cb === cr || (ctx.lex.sameCondition.has(cb) && ctx.lex.sameCondition.has(cr))) continue;
    // (nor two connectives of the same exception clause, "except where" → "unless": one exception
    // reworded, however much of its clause changed; qualifiers.yaml `opposite-condition`)
    if (ctx.lex.oppositeCondition.has(cb) && ctx.lex.oppositeCondition.has(cr)) continue;
    // (an exception for a condition is left to the readings that know it: rewordedInPlace)
    if (isException(ctx.base, p, ctx.lex) !== isException(reading, rp, ctx.lex)) continue;
    if (restAlike(ctx, p, rp)) continue;
    const m = missing(reading, rp, ctx.base);
    if (m.count < ctx.lex.thresholds.qualifierMinContent || m.share < ctx.lex.thresholds.qualifierMissing) continue;
    ctx.claimedB.fill(1, p.start, p.end);
    claimedR.fill(1, rp.start, rp.end);
    return [wholePhrase(ctx, ctx.base, p, true), wholePhrase(ctx, reading, rp, false)];
  }
  return null;
}

/** A limiter of the rule by judgement: a phrase of its own words ("as appropriate"), or a connective and one adjective or adverb ("where necessary", "if possible"). */
function limiter(side: Side, p: Phrase): boolean {
  if (p.word) return true;
  const from = p.head.length ? Math.max(...p.head) + 1 : p.start;
  return p.end - from === 1 && (side.tokens[from].pos === 'ADJ' || side.tokens[from].pos === 'ADV');
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i < b; i++) out.push(i);
  return out;
}

/** A whole phrase dropped (added), with its kind's consequence and direction (see claimSide). */
function wholePhrase(ctx: Ctx, own: Side, p: Phrase, dropped: boolean): Finding {
  const span: Span = [p.start, p.end];
  const what = statedAt(own, p, ctx.lex);
  const txt = text(own, span);
  const type = dropped ? 'qualifier-dropped' : 'qualifier-added';
  const at = dropped ? p.start : insertionPoint(ctx, p.start);
  if (setsStandard(own, p, what, ctx.lex)) {
    const f: Finding = { type, b: dropped ? span : null, r: dropped ? null : span, at, explanation: `standard ${dropped ? 'dropped' : 'added'}: ${q(txt)} — the ${what} ${dropped ? 'no longer names' : 'now names'} the standard the act must meet` };
    KIND.set(f, 'standard');
    return f;
  }
  const f: Finding = {
    type,
    b: dropped ? span : null,
    r: dropped ? null : span,
    at,
    explanation: `${LABEL[p.kind] ?? p.kind} ${dropped ? 'dropped' : 'added'}: ${q(txt)} (${dropped ? 'the witness reads another in its place' : 'in the place of another'}) — ${
      // (not "unconditional": another condition stands in its place)
      dropped && p.kind === 'condition' ? `the ${what} no longer holds under it` : consequence(p.kind, dropped, what, isException(own, p, ctx.lex), endsRule(own, p, what, ctx.lex))
    }`,
  };
  const d = direction(p.kind, dropped, what, endsRule(own, p, what, ctx.lex));
  if (d) f.direction = d;
  KIND.set(f, p.kind);
  return f;
}

/**
 * One head of a qualifier replaced by another of its kind, the rest of the phrase read alike
 * ("redress, subject to the domestic law" → "redress in accordance with the domestic law"): one
 * `lexical` variant over the two heads (with the comma before them, as ", unless" → "whenever"
 * is read), not cut at a function word ("subject" → "in accordance" and "to" → "with"). Two connectives of one
 * class (qualifiers.yaml same-condition, same-named-case) are left to grammatical.ts.
 */
function headReplaced(ctx: Ctx): Finding[] {
  const { base, reading, ops, claimedB, claimedR } = ctx;
  const out: Finding[] = [];
  const strip = (side: Side, [a, b]: Span): Span => {
    while (a < b && side.tokens[a].n === ',') a++;
    while (b > a && side.tokens[b - 1].n === ',') b--;
    return [a, b];
  };
  const headOf = (side: Side, [a, b]: Span) => qualifierPhrases(side, ctx.lex).find((x) => !x.word && x.head.length === b - a && x.start === a && Math.max(...x.head) + 1 === b && x.end > b);
  for (const op of ops) {
    if (op.op !== 'replace') continue;
    const b = strip(base, op.baseSpan);
    const r = strip(reading, op.readingSpan);
    if (b[0] >= b[1] || r[0] >= r[1]) continue;
    const pb = headOf(base, b);
    const pr = headOf(reading, r);
    if (!pb || !pr || !sameKind(pb.kind, pr.kind)) continue;
    const tb = text(base, b).toLowerCase();
    const tr = text(reading, r).toLowerCase();
    const cls = [ctx.lex.sameCondition, ctx.lex.sameNamedCase, ctx.lex.exceptionHeads, ctx.lex.sameDeadline];
    if (cls.some((c) => c.has(tb) && c.has(tr))) continue;
    // the rest of the phrases reworded too, their last content words of other stems ("in accordance
    // with national law" → "subject to national security legislation"): another condition in the
    // place of the first, not one reworded; the first dropped and the other added, each whole
    if (!restAlike(ctx, pb, pr)) {
      if (!unclaimed(claimedB, [pb.start, pb.end]) || !unclaimed(claimedR, [pr.start, pr.end])) continue;
      claimedB.fill(1, pb.start, pb.end);
      claimedR.fill(1, pr.start, pr.end);
      out.push(wholePhrase(ctx, base, pb, true), wholePhrase(ctx, reading, pr, false));
      continue;
    }
    // (a connective replaced keeps the comma before it, as grammatical.ts and the ordinary variants
    // read ", unless" → "whenever")
    const [b0, b1] = [op.baseSpan[0], b[1]];
    const [r0, r1] = [op.readingSpan[0], r[1]];
    if (!unclaimed(claimedB, [b0, b1]) || !unclaimed(claimedR, [r0, r1])) continue;
    claimedB.fill(1, b0, b1);
    claimedR.fill(1, r0, r1);
    out.push({ type: 'lexical', b: [b0, b1], r: [r0, r1], at: b0, explanation: `${LABEL[pb.kind] ?? pb.kind} reworded in place: ${q(text(base, [b0, b1]))} → ${q(text(reading, [r0, r1]))}` });
  }
  return out;
}

/** The first words of the bounds of qualifiers.yaml `same-bound`, by lexicon (a cheap gate). */
const boundStarts = new WeakMap<Lexicons, Set<string>>();

/** The longest bound (qualifiers.yaml `same-bound`) from token i: its end and kind; or null. */
function boundAt(T: readonly Token[], i: number, lex: Lexicons): { end: number; kind: string } | null {
  let starts = boundStarts.get(lex);
  if (!starts) boundStarts.set(lex, (starts = new Set([...lex.sameBound.keys()].map((k) => k.split(' ')[0]))));
  if (i < 0 || i >= T.length || !starts.has(T[i].n)) return null;
  let best: { end: number; kind: string } | null = null;
  let key = '';
  for (let k = i; k < T.length && k - i < 4; k++) {
    key = k === i ? T[k].n : `${key} ${T[k].n}`;
    const kind = lex.sameBound.get(key);
    if (kind) best = { end: k + 1, kind };
  }
  return best;
}

/**
 * A bound (qualifiers.yaml `same-bound`) after one of the `bound-heads` that starts at token s0,
 * inside the span [s0, s1) ("a period not exceeding", "a period of no more than"); or null.
 */
function boundPastHead(T: readonly Token[], s0: number, s1: number, lex: Lexicons): { end: number; kind: string } | null {
  for (const h of lex.boundHeads) {
    if (s0 + h.length >= s1 || !h.every((w, k) => T[s0 + k].n === w)) continue;
    const b = boundAt(T, s0 + h.length, lex);
    if (b) return b;
  }
  return null;
}

/** A bound that ends right before token e, of the given kind: its start; or -1. */
function boundEndingAt(T: readonly Token[], e: number, kind: string, lex: Lexicons): number {
  for (let i = e - 1; i >= 0 && i >= e - 4; i--) {
    const b = boundAt(T, i, lex);
    if (b && b.end === e && b.kind === kind) return i;
  }
  return -1;
}

/** A number begins at token k (a number word or a figure). */
function opensNumber(T: readonly Token[], k: number, lex: Lexicons): boolean {
  if (k >= T.length) return false;
  const c = T[k].t.charCodeAt(0);
  return (c >= 48 && c <= 57) || lex.numberWords.has(T[k].n);
}

/**
 * A bound before a figure worded otherwise ("not less than five years" → "at least five years", "not
 * more than 500 euros" → "up to 500 euros"; qualifiers.yaml `same-bound`): the same bound, one
 * `grammatical` variant over the two wordings (a figure changed after it is left to the ordinary
 * variants). A bound written twice losing one ("up to a maximum of ninety" → "up to 90": the other
 * kept right before it) is grammar too.
 */
function boundReworded(ctx: Ctx): Finding[] {
  const out: Finding[] = [];
  if (ctx.lex.sameBound.size === 0) return out;
  const B = ctx.base.tokens;
  const R = ctx.reading.tokens;
  for (const op of ctx.ops) {
    if (op.op === 'equal') continue;
    const [b0] = op.baseSpan;
    const [r0] = op.readingSpan;
    let pb = op.baseSpan[1] > b0 ? boundAt(B, b0, ctx.lex) : null;
    let pr = op.readingSpan[1] > r0 ? boundAt(R, r0, ctx.lex) : null;
    if (!pb && !pr) {
      headDropped(ctx, op, out);
      continue;
    }
    // (the bound may follow "of" on one side: "a period not less than sixty days" → "a period of
    // at least sixty days")
    if (pb && !pr && R[r0]?.n === 'of' && op.readingSpan[1] > r0 + 1) pr = boundAt(R, r0 + 1, ctx.lex);
    else if (pr && !pb && B[b0]?.n === 'of' && op.baseSpan[1] > b0 + 1) pb = boundAt(B, b0 + 1, ctx.lex);
    // (or a head that names the period bounded on one side, "for a period not exceeding ninety
    // days" → "for up to ninety days": qualifiers.yaml `bound-heads`)
    if (pb && !pr) pr = boundPastHead(R, r0, op.readingSpan[1], ctx.lex);
    else if (pr && !pb) pb = boundPastHead(B, b0, op.baseSpan[1], ctx.lex);
    if (pb && pr) {
      if (pb.end > op.baseSpan[1] || pr.end > op.readingSpan[1]) continue;
      if (!opensNumber(B, pb.end, ctx.lex) || !opensNumber(R, pr.end, ctx.lex)) continue;
      if (!unclaimed(ctx.claimedB, [b0, pb.end]) || !unclaimed(ctx.claimedR, [r0, pr.end])) continue;
      ctx.claimedB.fill(1, b0, pb.end);
      ctx.claimedR.fill(1, r0, pr.end);
      // a minimum for a maximum: the bound turned round, one change over the two wordings (no
      // direction: a floor on a retention period and a ceiling on a fine mean opposite things)
      if (pb.kind !== pr.kind) {
        out.push(finding({ b: [b0, pb.end], r: [r0, pr.end] }, 'lexical', `bound turned round (${pb.kind} → ${pr.kind}): ${q(text(ctx.base, [b0, pb.end]))} → ${q(text(ctx.reading, [r0, pr.end]))}`));
        continue;
      }
      out.push(finding({ b: [b0, pb.end], r: [r0, pr.end] }, 'grammatical', `grammatical (another wording of the same bound): ${q(text(ctx.base, [b0, pb.end]))} → ${q(text(ctx.reading, [r0, pr.end]))}`));
      continue;
    }
    // a bound written twice on one side, the other kept right before the change on both
    const [T, s0, s1, p, o0] = pb ? [B, b0, op.baseSpan[1], pb, r0] as const : [R, r0, op.readingSpan[1], pr!, b0] as const;
    if (p.end > s1 || !opensNumber(T, p.end, ctx.lex) || boundEndingAt(T, s0, p.kind, ctx.lex) < 0 || boundEndingAt(pb ? R : B, o0, p.kind, ctx.lex) < 0) continue;
    const own: Span = [s0, p.end];
    if (!unclaimed(pb ? ctx.claimedB : ctx.claimedR, own)) continue;
    (pb ? ctx.claimedB : ctx.claimedR).fill(1, s0, p.end);
    const side = pb ? ctx.base : ctx.reading;
    const c: Candidate = pb ? { b: own, r: [o0, o0] } : { b: [o0, o0], r: own };
    out.push(finding(c, 'grammatical', `grammatical (the bound written twice): ${q(text(side, own))} ${pb ? 'omitted' : 'added'} beside ${q(text(side, [boundEndingAt(T, s0, p.kind, ctx.lex), s0]))}`));
  }
  return out;
}

/**
 * A head that names the period (qualifiers.yaml `bound-heads`) dropped or added alone before the
 * same figure, "for a period of five years" → "for five years": the same duration, one
 * `grammatical` variant over the head (the figure changed with it is left to the duration rule).
 */
function headDropped(ctx: Ctx, op: Ctx['ops'][number], out: Finding[]): void {
  const [b0, b1] = op.baseSpan;
  const [r0, r1] = op.readingSpan;
  if ((b1 > b0) === (r1 > r0)) return;
  const [T, s0, s1, O, o0] = b1 > b0 ? [ctx.base.tokens, b0, b1, ctx.reading.tokens, r0] as const : [ctx.reading.tokens, r0, r1, ctx.base.tokens, b0] as const;
  const h = ctx.lex.boundHeads.find((w) => w.length === s1 - s0 && w.every((x, k) => T[s0 + k].n === x));
  if (!h || !opensNumber(T, s1, ctx.lex) || !opensNumber(O, o0, ctx.lex) || T[s1].n !== O[o0].n) return;
  const own: Span = [s0, s1];
  const claimed = b1 > b0 ? ctx.claimedB : ctx.claimedR;
  if (!unclaimed(claimed, own)) return;
  claimed.fill(1, s0, s1);
  const side = b1 > b0 ? ctx.base : ctx.reading;
  const c: Candidate = b1 > b0 ? { b: own, r: [o0, o0] } : { b: [o0, o0], r: own };
  out.push(finding(c, 'grammatical', `grammatical (the same period, its head ${b1 > b0 ? 'omitted' : 'added'}): ${q(text(side, own))}`));
}

/**
 * The frames "whether W or not" / "whether or not W" of a side (qualifiers.yaml `either-way`): the
 * frame's span and the span of W (one to four words, no mark among them).
 */
function eitherWayFrames(side: Side, lex: Lexicons): { span: Span; w: Span }[] {
  const T = side.tokens;
  const { opener, close } = lex.eitherWay;
  const out: { span: Span; w: Span }[] = [];
  const closesAt = (j: number) => close.find((c) => c.every((w, k) => T[j + k]?.n === w));
  for (let i = 0; i < T.length; i++) {
    if (!opener || T[i].n !== opener) continue;
    const first = closesAt(i + 1);
    if (first) {
      // "whether or not W": W up to the next mark, at most four words
      const w0 = i + 1 + first.length;
      let w1 = w0;
      while (w1 < T.length && w1 - w0 < 4 && !T[w1].punct && T[w1].sentence === T[i].sentence) w1++;
      if (w1 > w0) out.push({ span: [i, w1], w: [w0, w1] });
      continue;
    }
    for (let j = i + 2; j <= i + 5 && j < T.length && !T[j - 1].punct; j++) {
      const c = closesAt(j);
      if (c) {
        out.push({ span: [i, j + c.length], w: [i + 1, j] });
        break;
      }
    }
  }
  return out;
}

/**
 * A frame "whether W or not" one side adds (drops) in a change ("damages critical infrastructure,
 * whether intentionally or not"): one addition (omission) over it and the comma before it, not a
 * negation "or not" and a word moved. Its "not" negates nothing in the rule: the rule holds either
 * way. A qualifier W the other side has in a change of its own ("that intentionally damages") is
 * no longer required: it is dropped (added), with the direction a dropped qualifier of its kind has
 * ("intentionally" dropped from a prohibition: strengthened, it now covers harm done unwittingly).
 */
function eitherWay(ctx: Ctx): Finding[] {
  const out: Finding[] = [];
  const [eb, er] = edited(ctx);
  for (const added of [true, false]) {
    const own = added ? ctx.reading : ctx.base;
    const other = added ? ctx.base : ctx.reading;
    const ed = added ? er : eb;
    const edOther = added ? eb : er;
    const claimed = added ? ctx.claimedR : ctx.claimedB;
    const claimedOther = added ? ctx.claimedB : ctx.claimedR;
    for (const fr of eitherWayFrames(own, ctx.lex)) {
      let [a, b] = fr.span;
      let ok = true;
      for (let i = a; i < b && ok; i++) ok = ed[i] === 1 && !claimed[i];
      if (!ok) continue;
      if (a > 0 && own.tokens[a - 1].n === ',' && ed[a - 1] === 1 && !claimed[a - 1]) a--;
      claimed.fill(1, a, b);
      const ws = own.tokens.slice(fr.w[0], fr.w[1]).map((t) => t.n).join(' ');
      const frameText = text(own, [a, b]);
      // the qualifier W on the other side, in a change of its own
      for (const p of qualifierPhrases(other, ctx.lex)) {
        if (p.inherited || other.tokens.slice(p.start, p.end).map((t) => t.n).join(' ') !== ws) continue;
        let free = true;
        for (let i = p.start; i < p.end && free; i++) free = edOther[i] === 1 && !claimedOther[i];
        if (!free) continue;
        claimedOther.fill(1, p.start, p.end);
        const what = statedAt(other, p, ctx.lex);
        const ends = endsRule(other, p, what, ctx.lex);
        const span: Span = [p.start, p.end];
        const found: Finding = {
          type: added ? 'qualifier-dropped' : 'qualifier-added',
          b: added ? span : null,
          r: added ? null : span,
          at: added ? p.start : insertionPoint(ctx, p.start),
          explanation: `${LABEL[p.kind] ?? p.kind} ${added ? 'dropped' : 'added'}: ${q(text(other, span))} — ${consequence(p.kind, added, what, isException(other, p, ctx.lex), ends)} (the ${added ? 'witness' : 'base'} reads ${q(frameText)}: either way)`,
        };
        const d = direction(p.kind, added, what, ends);
        if (d) found.direction = d;
        KIND.set(found, p.kind);
        out.push(found);
        break;
      }
      const span: Span = [a, b];
      out.push(
        added
          ? { type: 'addition', b: null, r: span, at: insertionPoint(ctx, a), explanation: `added: ${q(frameText)} — the rule holds whether or not ${q(ws)} applies` }
          : { type: 'omission', b: span, r: null, at: a, explanation: `omitted: ${q(frameText)} — the rule no longer says it holds whether or not ${q(ws)} applies` },
      );
    }
  }
  return out;
}

/** "whether W or not" added or dropped (eitherWay): run before the moved qualifiers and words, which would move W out of it. */
export const eitherWayFrame: Classifier = {
  name: 'either-way',
  claim(ctx) {
    return eitherWay(ctx);
  },
};

/** Qualifier phrases moved (movedQualifiers): run before transposition.ts, whose word-level passes would cut them. */
export const movedQualifier: Classifier = {
  name: 'moved-qualifier',
  claim(ctx) {
    return movedQualifiers(ctx);
  },
};

export const qualifier: Classifier = {
  name: 'qualifier',
  split(c, ctx) {
    return c.deontic ? null : (restatedWithLimb(c, ctx) ?? limbBeforeSentenceEnd(c, ctx) ?? exceptionConnectiveApart(c, ctx));
  },
  claim(ctx) {
    const freq = frequencyChanged(ctx);
    if (ctx.lex.frequencies.units.size > 0) {
      const fb = baseFrequencies(ctx.base, ctx.lex);
      const fr = frequencies(ctx.reading, ctx.lex);
      freq.push(...frequencyUncounted(ctx, fb, fr));
      // (after the frequencies paired: what is left was dropped or added with nothing in its place)
      if (fb.length > 0 || fr.length > 0) freq.push(...frequencyDropped(ctx, fb, fr));
    }
    const amount = amountChanged(ctx);
    const restated = [...boundReworded(ctx), ...headReplaced(ctx), ...conditionRestated(ctx), ...conditionRecast(ctx)];
    return [...freq, ...amount, ...restated, ...pairReworded(ctx, claimSide(ctx, true), claimSide(ctx, false))];
  },
  classify(c, ctx) {
    if (c.deontic) return null;
    if (len(c.b) > 0 && len(c.r) > 0) return coordinatorSwitched(c, ctx) ?? frequencyInChange(c, ctx);
    return coordinatedTime(c, ctx) ?? participleLimb(c, ctx) ?? limb(c, ctx) ?? objectModifier(c, ctx) ?? conditionAdverb(c, ctx) ?? conditionNounModifier(c, ctx) ?? wordConditionLimb(c, ctx) ?? boundOnFigure(c, ctx);
  },
};
