/**
 * One side of a comparison (the base reading of a unit, or a witness reading) with everything the
 * classifiers look up, computed once in a linear pass and reused: which tokens are function words,
 * negators or content words; the deontic frames (modal auxiliary, negation, directive verb); the
 * subject regions (who bears an obligation); the set of content lemmas and stems.
 */
import type { Span, Token } from '../types.js';
import type { Lexicons, ModalEntry } from './lexicon.js';

/** A deontic frame: the modal force of one predicate ("should not request", "never force"). */
export interface Frame {
  /** Own auxiliary tokens, or null when the auxiliary is inherited or missing. */
  aux: Span | null;
  /** Auxiliary phrase (own or inherited), e.g. "should"; null when there is none. */
  auxWord: string | null;
  auxStrength: number | null;
  /** Negator token indices attached to the frame. */
  negs: number[];
  /** Whether an emphatic negator ("never") is among them. */
  never: boolean;
  /** The emphatic adverb of a positive obligation right after its auxiliary ("should always"), if any. */
  always?: number;
  /** Directive verb tokens ("encourage", "call on"), or null. */
  verb: Span | null;
  verbWord: string | null;
  verbStrength: number | null;
  /** The directive verb urges not to act ("discourage … from"): the frame forbids. */
  verbNegative?: boolean;
  /**
   * A negated verb that bars someone from acting ("Nothing … shall prevent a Party from adopting",
   * "shall not preclude a body from requiring"): the frame grants a permission (modality.yaml `bars`).
   */
  permits?: boolean;
  sentence: number;
  /** First and one-past-last marker token. */
  start: number;
  end: number;
}

export interface Side {
  tokens: Token[];
  /** A layout marker ("First,", "-") was stripped from the start of the text: its first word's capital is positional. */
  markerStripped?: boolean;
  /** Function word (grammar, not content). */
  fn: boolean[];
  /** Negator. */
  neg: boolean[];
  /** Content word: neither punctuation, function word, negator nor modal auxiliary. */
  content: boolean[];
  /** Index of the frame whose marker this token is, or -1. */
  marker: number[];
  frames: Frame[];
  /** Subject regions (token spans before the verb of a clause). */
  subjects: Span[];
  /**
   * For each subject region, its predicate's first word: the verb right after it, or the modal
   * after a relative clause that stands between ("Exporters [who are aware of a risk] shall").
   */
  predicates: number[];
  /** Content lemmas and stems of the whole side (for "is this word anywhere in the reading?"). */
  lemmas: Set<string>;
  stems: Set<string>;
  /** Lazily filled by the qualifier classifier. */
  qualifiers?: import('./classify/qualifier.js').Phrase[];
  /** Lazily filled by the actor classifier: the parties directive verbs address. */
  addressees?: Span[];
  /**
   * Lazily filled by dropped.ts: the sentences and limbs of the side, with what `droppedSpans` looks
   * up in them (a base side is compared with every witness: worked out once).
   */
  dropParts?: import('./dropped.js').SideParts;
  /**
   * The frame of the lead-in this side completes (a list item under "…, which shall:"): in force
   * over the side's first sentence where no frame of its own is (see `leadFrame`, `frameAt`).
   */
  lead?: Frame;
  /**
   * The subject of the lead-in whose frame `lead` is ("The two sides shall:" → "The two sides"): the
   * party bound by a list item read under it (see `leadSubjectOf`).
   */
  leadSubject?: string;
}

const CLAUSE_PUNCT = new Set([',', ';', ':', '.', '!', '?', '(', ')']);

export function isClausePunct(t: Token): boolean {
  return t.punct && CLAUSE_PUNCT.has(t.n);
}

/**
 * The strength of a directive verb used as a periphrastic modal ("The producer is required to
 * notify", "are obliged to", "is permitted to": modality.yaml `passive-strength`): "be" before it
 * (past adverbs and negators), "to" and a verb after it, or, for a verb that forbids, its participle
 * with no "to" or "by" after it ("Default passwords are banned"); else null (the verb keeps its own
 * strength).
 */
function periphrastic(tokens: readonly Token[], i: number, m: ModalEntry): number | null {
  if (m.passiveStrength === undefined) return null;
  let b = i - 1;
  while (b >= 0 && (tokens[b].pos === 'ADV' || tokens[b].pos === 'PART') && tokens[b].n !== 'to') b--;
  const k = i + m.words.length;
  if (b < 0 || tokens[b].lemma !== 'be') return null;
  // a ban in the passive with the thing banned as subject and no one named as banning it ("Default
  // passwords are banned", "The export of such items is prohibited."): the rule itself, as "shall not
  // be used" states it
  if (m.negative && tokens[k]?.n !== 'to' && tokens[k]?.n !== 'by' && tokens[i].n !== tokens[i].lemma) return m.passiveStrength;
  if (tokens[k]?.n !== 'to' || (tokens[k + 1]?.pos !== 'VERB' && tokens[k + 1]?.pos !== 'AUX')) return null;
  return m.passiveStrength;
}

/** Longest modal marker starting at token i (matched on lemma or normalised form), or null. */
export function matchModal(tokens: readonly Token[], i: number, lex: Lexicons): ModalEntry | null {
  const t = tokens[i];
  let cands = lex.modals.get(t.lemma) ?? (t.n === t.lemma ? undefined : lex.modals.get(t.n));
  // a resolution's operative verb opening its paragraph, which the tagger may read as a plural name
  // ("Requests the Secretary-General to …"): its form without the "s"
  let opening: string | null = null;
  // (`paragraphOpening`, looked up only when needed: -2 until then)
  let head = -2;
  if (!cands && t.n.length > 3 && t.n.endsWith('s') && (head = paragraphOpening(tokens, i, lex)) >= 0) {
    opening = t.n.slice(0, -1);
    cands = lex.modals.get(opening);
  }
  if (!cands) return null;
  for (const e of cands) {
    // (`negator-gap`: negators, and the adverbs of sequence of a directive, after the first word:
    // "is not to be", "are also to be"; not any adverb, "is necessarily to act")
    let gap = 0;
    if (e.negatorGap && e.words.length > 1) {
      const inGap = (u: Token | undefined) => !!u && u.sentence === t.sentence && u.n !== e.words[1] && (lex.negators.has(u.n) || (u.pos === 'ADV' && lex.directiveAdverbs.has(u.n)));
      while (gap < 3 && inGap(tokens[i + 1 + gap])) gap++;
    }
    if (i + gap + e.words.length > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < e.words.length && ok; k++) {
      const u = tokens[i + k + (k > 0 ? gap : 0)];
      ok = u.lemma === e.words[k] || u.n === e.words[k] || (k === 0 && opening === e.words[0]);
    }
    if (!ok) continue;
    if (e.notSubject && subjectNamedIn(tokens, i, e.notSubject, lex)) continue;
    if (e.previousWord && !e.previousWord.includes(tokens[i - 1]?.n ?? '')) continue;
    if (e.nextPos || e.nextWord) {
      let k = i + gap + e.words.length;
      while (tokens[k]?.pos === 'ADV' && !(e.nextWord && e.nextWord.includes(tokens[k].n))) k++;
      if (!tokens[k] || (e.nextPos && !e.nextPos.includes(tokens[k].pos)) || (e.nextWord && !e.nextWord.includes(tokens[k].n))) continue;
    }
    if (opening !== null) {
      if (e.kind === 'verb') return e;
      continue;
    }
    // A single-word auxiliary must be used as a verb ("may" the month, "can" the noun are not);
    // a directive verb must be a verb ("upon request", "in force" are not).
    // A phrase likewise, though the tagger may read its verb as a noun after a subject ("The
    // Ministers aim to share"): then it must follow no determiner, adjective or preposition ("the
    // aim to reduce" is no commitment) and open a verb
    // "such measures as may be necessary", "as appropriate as can be": a comparison, not a permission
    if (e.kind === 'aux' && e.words.length === 1 && tokens[i - 1]?.n === 'as') continue;
    if (e.kind === 'aux' && t.pos !== 'AUX' && t.pos !== 'VERB') {
      if (e.words.length === 1) continue;
      const prev = tokens[i - 1];
      const next = tokens[i + e.words.length];
      if (!prev || prev.pos === 'DET' || prev.pos === 'ADJ' || prev.pos === 'ADP' || prev.punct || !next || next.pos !== 'VERB') continue;
    }
    if (e.kind === 'verb' && t.pos !== 'VERB') {
      if (head === -2) head = paragraphOpening(tokens, i, lex);
      if (!(head >= 0 && head < i) && !verbContext(tokens, i, e.words.length, lex)) continue;
    }
    // "if so requested", "as required", "when invited": a condition or a comparison, no directive
    if (e.kind === 'verb' && afterConnective(tokens, i)) continue;
    // "the purpose for which they were requested", "the data requested by the authority": a
    // participle qualifying a noun addresses no one, no directive
    if (e.kind === 'verb' && participleModifier(tokens, i, e.words.length, lex)) continue;
    // (the words in the gap are part of the phrase matched: callers take its length)
    return gap > 0 ? { ...e, words: [e.words[0], ...tokens.slice(i + 1, i + 1 + gap).map((u) => u.n), ...e.words.slice(1)] } : e;
  }
  return null;
}

/**
 * Is one of `words` (lemma or form) in the words of the clause before token i, its subject ("The
 * aim of the Memorandum is to promote": a statement of purpose, not a directive)? Back to a clause
 * mark, a verb or the sentence's start, at most `subjectMaxWords` + 2 words.
 */
function subjectNamedIn(tokens: readonly Token[], i: number, words: ReadonlySet<string>, lex: Lexicons): boolean {
  // the subject's first noun phrase: from the clause's start, past determiners and adjectives, its
  // run of nouns, whose last is the head ("The aim of the Memorandum" → "aim"; "The task force" →
  // "force"; "The points of contact" → "points"), or a pronoun ("What we need is to")
  let a = i;
  while (a > 0 && i - a <= lex.thresholds.subjectMaxWords + 2) {
    const u = tokens[a - 1];
    if (u.sentence !== tokens[i].sentence || isClausePunct(u) || u.pos === 'VERB' || u.pos === 'AUX') break;
    a--;
  }
  if (a === i) return false;
  const is = (u: Token) => words.has(u.lemma) || words.has(u.n);
  if (tokens[a].pos === 'PRON' || tokens[a].n === 'that' || tokens[a].n === 'what') return is(tokens[a]);
  let k = a;
  while (k < i && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ' || tokens[k].pos === 'NUM' || tokens[k].pos === 'PRON')) k++;
  let head = -1;
  while (k < i && (tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN')) head = k++;
  return head >= 0 && is(tokens[head]);
}

const OBJECT_POS = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM']);

/**
 * Does the word at i open its paragraph as a resolution's operative verb does: capitalised, first
 * in its sentence past the adverbs that may lead it ("Also requests"), an object or a "that"
 * clause after it ("Requests the Secretary-General to", "Demands that States")? The sentence's
 * first word (`openingHead`) when it does, else -1.
 */
function paragraphOpening(tokens: readonly Token[], i: number, lex: Lexicons): number {
  const head = openingHead(tokens, i, lex);
  return head >= 0 && /^\p{Lu}/u.test(tokens[head].t) && (OBJECT_POS.has(tokens[i + 1]?.pos ?? '') || tokens[i + 1]?.n === 'that') ? head : -1;
}

/** Connectives after which a participle opens a condition or comparison ("if so requested", "as required"). */
const PARTICIPLE_CONNECTIVES = new Set(['if', 'when', 'unless', 'as', 'where', 'once', 'whenever', 'wherever']);

/** Does a participle at i follow one of those connectives directly (past "so", "otherwise" or an adverb)? */
function afterConnective(tokens: readonly Token[], i: number): boolean {
  if (!/(?:ed|en)$/.test(tokens[i].n)) return false;
  let k = i - 1;
  while (k >= 0 && (tokens[k].n === 'so' || tokens[k].n === 'otherwise' || tokens[k].pos === 'ADV') && i - k <= 2) k--;
  return k >= 0 && PARTICIPLE_CONNECTIVES.has(tokens[k].n);
}

/**
 * Is the directive verb at i (n words) a past participle that qualifies a noun rather than
 * addressing anyone: in a passive relative clause ("for which they were requested", "the data that
 * were asked for") or right after the noun it qualifies ("the data requested by the authority"),
 * with no "to", "that" or object after it? "Parties are requested to report", "Parties that are
 * requested to report", "The Council requested the Secretary-General to" and "No licence shall be
 * required" (the main clause's passive) stay directives. A present participle between a determiner
 * and its noun ("the requesting agency") qualifies it too.
 */
function participleModifier(tokens: readonly Token[], i: number, n: number, lex: Lexicons): boolean {
  const t = tokens[i];
  // a present participle between a determiner and its noun ("the requesting agency", "an issuing
  // authority") is an adjective: it names the body, it urges no one
  if (t.pos === 'VERB' && n === 1 && lex.participleEndings.present.some((e) => t.n.endsWith(e)) && tokens[i - 1]?.pos === 'DET' && tokens[i - 1].sentence === t.sentence && (tokens[i + 1]?.pos === 'NOUN' || tokens[i + 1]?.pos === 'PROPN') && tokens[i + 1].space !== '') return true;
  if (t.pos !== 'VERB' || t.n === t.lemma || !/(?:ed|en)$/.test(t.n)) return false;
  let j = i + n;
  while (j < tokens.length && tokens[j].pos === 'ADV') j++;
  const next = tokens[j];
  if (next && next.sentence === t.sentence && (next.n === 'to' || next.n === 'that' || OBJECT_POS.has(next.pos))) return false;
  let k = i - 1;
  while (k >= 0 && tokens[k].pos === 'ADV' && !lex.negators.has(tokens[k].n)) k--;
  const prev = tokens[k];
  if (!prev || prev.sentence !== t.sentence) return false;
  // right after its noun (a reduced relative)
  if (prev.pos === 'NOUN' || prev.pos === 'PROPN') return true;
  if (prev.lemma !== 'be' || prev.n === 'be') return false;
  // a finite "be" (were, is) in a clause a relative pronoun opens, within the clause
  for (let r = k - 1; r >= 0 && k - r <= 6; r--) {
    const u = tokens[r];
    if (u.sentence !== t.sentence || isClausePunct(u) || u.pos === 'AUX' || u.pos === 'VERB') return false;
    if (lex.relatives.has(u.n)) return true;
  }
  return false;
}

/**
 * The tagger sometimes reads a directive verb as a noun or adjective ("We also welcome global…",
 * "nor force users…", "The Ministers call upon States…"): accept it after an auxiliary, "to" or a
 * negator, or, when an object follows, after a pronoun ("We welcome Governments", not "their request
 * for") or after a noun it agrees with as a verb with its subject: the base form after a plural
 * noun, the "-s" form after a singular one ("The Ministers call upon States", "The Council requests
 * States"; not "the Ministers' call", "the global call upon States", "their calls upon States", nor
 * after a noun a preposition governs, "under Council requests States must").
 */
function verbContext(tokens: readonly Token[], i: number, n: number, lex: Lexicons): boolean {
  let k = i - 1;
  while (k >= 0 && tokens[k].pos === 'ADV' && !lex.negators.has(tokens[k].n)) k--;
  if (k < 0) return false;
  const p = tokens[k];
  if (p.pos === 'AUX' || p.n === 'to' || lex.negators.has(p.n) || lex.negators.has(p.lemma)) return true;
  // a predicate coordinated with a verb before it, its subject elided ("We meet again, and call on
  // developers to"): the tagger reads "call" as a noun there as well; a verb of the sentence before
  // the coordinator, with only adverbs, nouns and punctuation since, makes it a second predicate
  if (p.pos === 'CCONJ' && coordinatedPredicate(tokens, k)) {
    let j = i + n;
    while (j < tokens.length && tokens[j].pos === 'ADV') j++;
    return j < tokens.length && OBJECT_POS.has(tokens[j].pos);
  }
  if (p.pos !== 'PRON' && !agreeingSubject(tokens, k, i)) return false;
  let j = i + n;
  while (j < tokens.length && tokens[j].pos === 'ADV') j++;
  return j < tokens.length && OBJECT_POS.has(tokens[j].pos);
}

/** Does a verb after a pronoun subject, an auxiliary or "to" (not a participle after a noun) come before the coordinator at k in its sentence, nothing but adverbs, nouns, particles and punctuation between? */
function coordinatedPredicate(tokens: readonly Token[], k: number): boolean {
  const s = tokens[k].sentence;
  for (let j = k - 1; j >= 0 && tokens[j].sentence === s && k - j <= 8; j--) {
    const u = tokens[j];
    if (u.pos === 'VERB') return j > 0 && (tokens[j - 1].pos === 'PRON' || tokens[j - 1].pos === 'AUX' || tokens[j - 1].n === 'to');
    if (!(u.pos === 'ADV' || u.pos === 'NOUN' || u.pos === 'PROPN' || u.pos === 'NUM' || u.pos === 'ADP' || u.pos === 'DET' || u.punct)) return false;
  }
  return false;
}

const SUBJECT_NOUN = new Set(['NOUN', 'PROPN']);
const NOUN_PHRASE = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM']);

/**
 * Is the noun at k the subject a verb form at i agrees with: a plural noun before a base form
 * ("Ministers call"), a singular one before an "-s" form ("Council requests"), its noun phrase
 * opening a clause (not governed by a preposition or a verb)?
 */
function agreeingSubject(tokens: readonly Token[], k: number, i: number): boolean {
  const p = tokens[k];
  const t = tokens[i];
  if (!SUBJECT_NOUN.has(p.pos) || p.sentence !== t.sentence) return false;
  const plural = /[^s']s$/.test(p.n);
  const agrees = plural ? t.n === t.lemma : t.n === `${t.lemma}s` || t.n === `${t.lemma}es`;
  if (!agrees) return false;
  let j = k - 1;
  while (j >= 0 && tokens[j].sentence === p.sentence && NOUN_PHRASE.has(tokens[j].pos)) j--;
  const before = tokens[j];
  return !before || before.sentence !== p.sentence || (before.punct && before.n !== "'") || before.pos === 'CCONJ' || before.pos === 'SCONJ';
}

/**
 * The first word of the sentence when token i opens it, past the adverbs that may lead a
 * resolution's operative verb (modality.yaml `directive-adverbs`: "Also requests"), else -1.
 */
function openingHead(tokens: readonly Token[], i: number, lex: Lexicons): number {
  let k = i;
  while (k > 0 && k > i - 3 && tokens[k - 1].sentence === tokens[i].sentence && lex.directiveAdverbs.has(tokens[k - 1].n)) k--;
  return firstWordOfSentence(tokens, k) ? k : -1;
}

function firstWordOfSentence(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    if (tokens[k].sentence !== tokens[i].sentence) return true;
    if (!tokens[k].punct) return false;
  }
  return true;
}

/**
 * Build a side: one linear pass for the word classes, one for frames, one for subjects. `lead`: the
 * frame of the lead-in the side completes (`leadFrame`), inherited by its first sentence.
 */
/** Does a phrase of negation.yaml `limits` ("no later than") open at i: the negator sets a limit? */
function negatorLimitAt(tokens: readonly Token[], i: number, lex: Lexicons): boolean {
  return lex.negatorLimits.some((ws) => ws.every((w, k) => tokens[i + k]?.n === w));
}

/**
 * A Roman numeral that labels the capitalised noun before it, within a sentence ("Annex I",
 * "Part I"): a number, not the pronoun "I" (a function word) it is spelt like.
 */
function numeralLabel(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const p = tokens[i - 1];
  if (!p || !/^[IVXLCDM]+$/.test(t.t) || p.punct || !/^\p{Lu}/u.test(p.t) || (p.pos !== 'PROPN' && p.pos !== 'NOUN')) return false;
  // (not a capitalised word that opens the sentence: "Today I …")
  return i >= 2 && tokens[i - 2].sentence === p.sentence && !tokens[i - 2].punct;
}

/** Bits of `wordClasses`. */
const NEGATOR = 1;
const FUNCTION_WORD = 2;
const WORD_CLASSES = new WeakMap<Lexicons, Map<string, number>>();

/** Each negator and function word of the lexicons → its classes (NEGATOR | FUNCTION_WORD): one look-up a form. */
function wordClasses(lex: Lexicons): Map<string, number> {
  let m = WORD_CLASSES.get(lex);
  if (!m) {
    m = new Map();
    for (const w of lex.negators) m.set(w, (m.get(w) ?? 0) | NEGATOR);
    for (const w of lex.functionWords) m.set(w, (m.get(w) ?? 0) | FUNCTION_WORD);
    WORD_CLASSES.set(lex, m);
  }
  return m;
}

export function buildSide(tokens: Token[], lex: Lexicons, lead: Frame | null = null): Side {
  const n = tokens.length;
  const fn = new Array<boolean>(n);
  const neg = new Array<boolean>(n);
  const content = new Array<boolean>(n);
  const lemmas = new Set<string>();
  const stems = new Set<string>();
  const classes = wordClasses(lex);
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    if (t.punct) {
      neg[i] = fn[i] = content[i] = false;
      continue;
    }
    // a negator or function word by its form or its lemma (a negator's form makes a function word
    // of it where it sets a limit, "no later than")
    const byForm = classes.get(t.n) ?? 0;
    const either = t.lemma === t.n ? byForm : byForm | (classes.get(t.lemma) ?? 0);
    neg[i] = (either & NEGATOR) !== 0 && !negatorLimitAt(tokens, i, lex);
    fn[i] = !neg[i] && ((either & FUNCTION_WORD) !== 0 || (byForm & NEGATOR) !== 0) && !numeralLabel(tokens, i);
    content[i] = !fn[i] && !neg[i];
  }
  markFunctionPhrases(tokens, fn, content, lex);
  const marker = new Array<number>(n).fill(-1);
  const frames: Frame[] = [];
  buildFrames(tokens, neg, lex, frames, marker, lead, fn, content);
  // modal auxiliaries are not content words
  for (const f of frames) if (f.aux) for (let i = f.aux[0]; i < f.aux[1]; i++) content[i] = false;
  for (let i = 0; i < n; i++) {
    if (!content[i]) continue;
    lemmas.add(tokens[i].lemma);
    if (tokens[i].n !== tokens[i].lemma) lemmas.add(tokens[i].n);
    stems.add(tokens[i].stem);
    // the parts of a hyphenated word are read too ("end-2025" has "end" and "2025")
    if (tokens[i].n.length > 2 && tokens[i].n.includes('-')) for (const p of tokens[i].n.split('-')) if (p) lemmas.add(p);
  }
  // (every field, the lazily filled ones too, from the start: all sides share one object shape, so
  // the classifiers' reads of a side's fields stay fast)
  const side: Side = {
    tokens, fn, neg, content, marker, frames, subjects: [], predicates: [], lemmas, stems,
    qualifiers: undefined, addressees: undefined, dropParts: undefined, lead: lead ?? undefined,
    leadSubject: undefined, markerStripped: undefined,
  };
  subjectRegions(side, lex);
  return side;
}

/**
 * The frame a list item inherits from its lead-in ("Decides to establish a mechanism …, which
 * shall:" → "(a) Hold two sessions each year, unless …": the item is an obligation under "shall";
 * "Requests the Secretary-General:" → "(a) To submit a report"). When the lead-in ends with ":" and
 * the item opens with a verb, "to" or an auxiliary (it completes the lead-in's predicate: `itemOpening`), the frame in force at
 * the colon, its auxiliary and directive verb inherited: a frame with no tokens of the item's side
 * (no `aux` or `verb`; `sentence` the item's first), but for the negator that opens an item under a
 * lead-in's auxiliary ("States should: | (c) Not knowingly permit …": "should not"). None for a frame that forbids or
 * permits by a negation (its negators are the lead-in's words), nor for an item that opens a
 * clause of its own ("(a) The mechanism may …").
 */
export function leadFrame(leadIn: Side | null, item: readonly Token[], lex: Lexicons): Frame | null {
  if (!leadIn || leadIn.tokens.length === 0 || item.length === 0) return null;
  const last = leadIn.tokens.length - 1;
  if (leadIn.tokens[last].n !== ':') return null;
  const k = itemOpening(item, lex, openAfterAux(leadIn.tokens));
  if (k < 0) return null;
  const f = frameAt(leadIn, last);
  if (!f || f.negs.length > 0 || f.permits || f.verbNegative || (f.auxWord === null && f.verbWord === null)) return null;
  const s = item[k].sentence;
  // (an item opening with a negator, "(c) Not knowingly permit …" under "States should:", is a
  // prohibition under the lead-in's modal: "should not knowingly permit"; not under a directive verb,
  // "Urges States: (a) not to …", whose negation is what it urges)
  const negated = openingNegator(item, k, lex);
  if (negated && f.verbWord !== null) return null;
  const negs = negated ? [k] : [];
  return { aux: null, auxWord: f.auxWord, auxStrength: f.auxStrength, negs, never: negated && lex.prohibition.emphatic.has(item[k].n), verb: null, verbWord: f.verbWord, verbStrength: f.verbStrength, sentence: s, start: k, end: negated ? k + 1 : k };
}

/** Function phrases by their first word, per lexicon. */
const phraseIndex = new WeakMap<Lexicons, Map<string, string[][]>>();

/** Multiword function expressions ("in order to"): all their words are function words. */
function markFunctionPhrases(tokens: Token[], fn: boolean[], content: boolean[], lex: Lexicons): void {
  if (lex.functionPhrases.length === 0) return;
  let byFirst = phraseIndex.get(lex);
  if (!byFirst) {
    byFirst = new Map();
    for (const p of lex.functionPhrases) byFirst.set(p[0], [...(byFirst.get(p[0]) ?? []), p]);
    phraseIndex.set(lex, byFirst);
  }
  for (let i = 0; i < tokens.length; i++) {
    const ps = byFirst.get(tokens[i].n);
    if (!ps) continue;
    for (const p of ps) {
      if (i + p.length > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < p.length && ok; k++) ok = tokens[i + k].n === p[k];
      if (!ok) continue;
      for (let k = 0; k < p.length; k++) {
        fn[i + k] = true;
        content[i + k] = false;
      }
    }
  }
}

/**
 * Where a list item completing its lead-in's predicate opens (its first word, a verb, "to", or an
 * auxiliary "be", "have" or "do": "provided that the measure: (a) is not applied …; and (b) does not
 * impose …"), or -1. A modal auxiliary ("(a) may …") opens a clause of its own.
 */
export function itemOpening(item: readonly Token[], lex: Lexicons, afterAux = false): number {
  let k = 0;
  while (k < item.length && item[k].punct) k++;
  if (k >= item.length) return -1;
  // (past an adverb or two that open the item, "(b) promptly review the framework": the verb after
  // them completes the lead-in all the same; not a negator, "(b) never disclose …", nor "only":
  // function-words.yaml `opening-not-manner`)
  // (a verb, "to", or an auxiliary "be", "have" or "do")
  const completes = (u: Token) => u.pos === 'VERB' || u.n === 'to' || (u.pos === 'AUX' && (u.lemma === 'be' || u.lemma === 'have' || u.lemma === 'do'));
  // (a negator that opens the item, "(c) Not knowingly permit …", "(d) never disclose …", negates
  // the lead-in's predicate: the item completes it as a prohibition, `leadFrame`; not a negative
  // determiner, "(e) no State shall …")
  const k0 = k;
  if (openingNegator(item, k, lex)) k++;
  let v = k;
  while (v < item.length && v - k < 2 && item[v].pos === 'ADV' && !lex.openingNotManner.has(item[v].n)) v++;
  if (v > k && v < item.length && completes(item[v])) return k0;
  const t = item[k];
  if (!t) return -1;
  if (completes(t)) return k0;
  // after a lead-in that ends with its auxiliary ("The two sides shall:"), a bare word the tagger
  // reads as a noun ("exchange information;") is the verb that completes it: a noun in its plain
  // form followed by a word of a noun phrase ("exchange information", "share data"), an adverb, a
  // preposition or a comma ("work together", "cooperate with", "respond, as appropriate,"); so is a
  // capitalised one the tagger reads as a name ("Share threat data": not an acronym)
  return afterAux && (t.pos === 'NOUN' || t.pos === 'PROPN') && t.n === t.lemma && !/^[A-Z]{2}/.test(t.t) && k + 1 < item.length && (['NOUN', 'DET', 'ADJ', 'PRON', 'NUM', 'ADV', 'ADP'].includes(item[k + 1].pos) || item[k + 1].n === ',') ? k0 : -1;
}

/** Does a negator (not a negative determiner: "no State") open a list item at k ("(c) Not knowingly permit")? */
function openingNegator(item: readonly Token[], k: number, lex: Lexicons): boolean {
  const t = item[k];
  return !!t && (t.pos === 'PART' || t.pos === 'ADV') && lex.negators.has(t.n) && k + 1 < item.length && !item[k + 1].punct;
}

/**
 * Does a lead-in end with its auxiliary or the "to" of its frame right before the colon ("shall:",
 * "committed to:")? What follows can only be the verb that completes it.
 */
export function openAfterAux(leadIn: readonly Token[]): boolean {
  const n = leadIn.length;
  return n >= 2 && leadIn[n - 1].n === ':' && (leadIn[n - 2].pos === 'AUX' || leadIn[n - 2].n === 'to');
}

/** The most list items walked back over to find their lead-in. */
const MAX_ITEMS = 30;

/**
 * The lead-in of the list item at `at` among a run of clauses: the nearest clause before it that ends
 * with ":", past its sibling items (each ending with ";", "; and" or "; or", and opening as an item:
 * `itemOpening`), or -1. Clauses are given by their text and tokens.
 */
export function leadInBefore(at: number, text: (j: number) => string, tokens: (j: number) => readonly Token[], lex: Lexicons): number {
  // (an item the tagger opens with a noun, "exchange information;", completes only a lead-in that
  // ends with its auxiliary: `openAfterAux`)
  let loose = false;
  for (let j = at - 1; j >= 0 && at - j <= MAX_ITEMS; j--) {
    const t = text(j).trimEnd();
    if (t.endsWith(':')) return !loose || openAfterAux(tokens(j)) ? j : -1;
    if (!endsItem(t)) return -1;
    // (a sibling that does not open as an item, "(b) In responding to an incident, take …;", is
    // still one after a lead-in that ends with its auxiliary: whatever follows completes it)
    if (itemOpening(tokens(j), lex) < 0) loose = true;
  }
  return -1;
}

/** Does a text (trailing white space trimmed) close a list item: ";", "; and", "; or" (/;\s*(?:and|or)?\s*$/i)? */
function endsItem(t: string): boolean {
  let u = t;
  if (u.length >= 3 && u.slice(-3).toLowerCase() === 'and') u = u.slice(0, -3).trimEnd();
  else if (u.length >= 2 && u.slice(-2).toLowerCase() === 'or') u = u.slice(0, -2).trimEnd();
  return u.endsWith(';');
}

/** Parts of speech of a purpose clause's subject ("so that | users and developers | can"). */
const PURPOSE_SUBJECT = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM', 'CCONJ']);

/**
 * Does the auxiliary at i stand in a clause of purpose ("… so that users can identify", "in order
 * that the public may know", "so that users do not": modality.yaml `purpose-clauses`)? The clause's
 * opening words, then its subject (words of a noun phrase, at most `subjectMaxWords`), then the
 * auxiliary, within the sentence.
 */
export function purposeModal(tokens: readonly Token[], i: number, lex: Lexicons): boolean {
  if (lex.purposeClauses.length === 0) return false;
  const opensAt = (k: number) => lex.purposeClauses.some((p) => p.length <= k + 1 && p.every((w, j) => tokens[k - p.length + 1 + j].n === w));
  for (let k = i - 1; k >= 0 && i - k <= lex.thresholds.subjectMaxWords + 1; k--) {
    const t = tokens[k];
    if (t.sentence !== tokens[i].sentence) return false;
    // (a subject of one word at least between the opening words and the auxiliary)
    if (k < i - 1 && opensAt(k)) return true;
    if (t.punct ? t.n !== "'" : !PURPOSE_SUBJECT.has(t.pos)) return false;
  }
  return false;
}

/**
 * Is the auxiliary at i the future of a clause a verb governs ("shall explain how the data will be
 * processed", "inform the data subject when the data will be deleted", "shall ensure that the data
 * will be deleted": modality.yaml `tense-clauses`)? One of the `auxiliaries`, its clause opened by
 * one of the `openers` (or by "that" after one of the `that-verbs`, with a subject between), the
 * opener right after a verb or after the verb's object (words of a noun phrase), within the
 * sentence. There "will" is the tense of what the act reports on or brings about, no undertaking.
 */
export function tenseModal(tokens: readonly Token[], i: number, lex: Lexicons): boolean {
  const tc = lex.tenseClauses;
  if (!tc.auxiliaries.has(tokens[i].n)) return false;
  const s = tokens[i].sentence;
  for (let k = i - 1; k >= 0 && i - k <= lex.thresholds.subjectMaxWords + 1; k--) {
    const t = tokens[k];
    if (t.sentence !== s) return false;
    const opener = tc.openers.has(t.n) || (t.n === 'that' && k < i - 1);
    if (opener) {
      // the verb that governs the clause: right before the opener, or before its object
      let v = k - 1;
      while (v >= 0 && tokens[v].sentence === s && v > k - 6 && NOUN_PHRASE.has(tokens[v].pos)) v--;
      const verb = tokens[v];
      if (!verb || verb.sentence !== s || verb.pos !== 'VERB') return false;
      return t.n !== 'that' || tc.thatVerbs.has(verb.lemma);
    }
    if (t.punct ? t.n !== "'" : !PURPOSE_SUBJECT.has(t.pos)) return false;
  }
  return false;
}

/**
 * Is the auxiliary at i the modal of a possibility a clause weighs ("the risk that the items may be
 * used", "assess whether the items could be misused": modality.yaml `epistemic-clauses`)? One of the
 * `auxiliaries`, its clause opened by "that" right after one of the `nouns`, or by "that"/"whether"
 * right after one of the `verbs` or after the verb's object, with a subject between, within the
 * sentence. There the modal says what might happen: it grants no permission, so it sets no rule.
 */
export function epistemicModal(tokens: readonly Token[], i: number, lex: Lexicons): boolean {
  const ec = lex.epistemicClauses;
  if (!ec.auxiliaries.has(tokens[i].n)) return false;
  const s = tokens[i].sentence;
  for (let k = i - 1; k >= 1 && i - k <= lex.thresholds.subjectMaxWords + 1; k--) {
    const t = tokens[k];
    if (t.sentence !== s) return false;
    if ((t.n === 'that' || t.n === 'whether') && k < i - 1) {
      const before = tokens[k - 1];
      if (before.sentence !== s) return false;
      if (t.n === 'that' && ec.nouns.has(before.n)) return true;
      // a verb of several words right before the opener ("take into account whether")
      const phrase = ec.verbPhrases.some((w) => {
        const a = k - w.length;
        if (a < 0 || tokens[a].sentence !== s || tokens[a].lemma !== w[0]) return false;
        for (let j = 1; j < w.length; j++) if (tokens[a + j].n !== w[j]) return false;
        return true;
      });
      if (phrase) return true;
      // the verb that governs the clause: right before the opener, or before its object
      let v = k - 1;
      while (v >= 0 && tokens[v].sentence === s && v > k - 6 && NOUN_PHRASE.has(tokens[v].pos)) v--;
      const verb = tokens[v];
      if (!verb || verb.sentence !== s || verb.pos !== 'VERB' || !ec.verbs.has(verb.lemma)) return false;
      // (a party's own position, "Ruritania considers that …": the that-clause restates a rule)
      return !(t.n === 'that' && v === k - 1 && ec.positions.has(verb.lemma) && statesPosition(tokens, v));
    }
    if (t.punct ? t.n !== "'" : !PURPOSE_SUBJECT.has(t.pos)) return false;
  }
  return false;
}

/** Parts of speech of the subject of a position stated ("The Committee also considers that"). */
const POSITION_SUBJECT = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'ADV']);

/**
 * Is the verb at v, finite, the main verb of its sentence with its subject alone before it
 * ("Ruritania considers that", "The Committee also believes that"): a party stating its position
 * (modality.yaml `epistemic-clauses.positions`), not a verb under a modal or in a condition ("must
 * notify if they believe that")?
 */
function statesPosition(tokens: readonly Token[], v: number): boolean {
  const verb = tokens[v];
  // (not the connective "considering that")
  if (verb.n.endsWith('ing')) return false;
  let k = v - 1;
  let noun = false;
  while (k >= 0 && tokens[k].sentence === verb.sentence) {
    const t = tokens[k];
    if (!POSITION_SUBJECT.has(t.pos)) return false;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON') noun = true;
    k--;
  }
  return noun;
}

function buildFrames(tokens: Token[], neg: boolean[], lex: Lexicons, frames: Frame[], marker: number[], lead: Frame | null, fn: boolean[], content: boolean[]): void {
  const n = tokens.length;
  // (a directive verb of a list item inherits the lead-in's auxiliary: "…, which shall:" → "(a) Encourage States to …")
  let lastAux: Frame | null = lead?.auxWord ? lead : null;
  const attach = (f: Frame, a: number, b: number) => {
    for (let k = a; k < b; k++) marker[k] = frames.length;
    f.start = Math.min(f.start, a);
    f.end = Math.max(f.end, b);
  };
  let i = 0;
  while (i < n) {
    const t = tokens[i];
    if (lastAux && lastAux.sentence !== t.sentence) lastAux = null;
    if (t.punct && (t.n === ';' || t.n === ':')) lastAux = null;
    const m = matchModal(tokens, i, lex);
    const nc = m ? null : negatedCommitment(tokens, i, neg, lex);
    if (nc) {
      // "commit not to conduct", "commits never to": the commitment forbids the act
      const f: Frame = {
        aux: [i, nc.end], auxWord: nc.entry.phrase, auxStrength: nc.entry.strength, negs: nc.negs,
        never: nc.negs.some((k) => lex.prohibition.emphatic.has(tokens[k].n)),
        verb: null, verbWord: null, verbStrength: null, sentence: t.sentence, start: i, end: nc.end,
      };
      attach(f, i, nc.end);
      frames.push(f);
      lastAux = f;
      i = nc.end;
      continue;
    }
    if (!m) {
      i++;
      continue;
    }
    if (m.kind === 'aux') {
      // the modal of a clause of purpose binds no one: grammar, as the "to" of a purpose infinitive;
      // so does the future of a clause a verb governs ("explain how the data will be processed")
      // and so does the modal of a possibility a clause weighs ("the risk that the items may be used")
      if (purposeModal(tokens, i, lex) || tenseModal(tokens, i, lex) || epistemicModal(tokens, i, lex)) {
        for (let k = i; k < i + m.words.length; k++) {
          fn[k] = true;
          content[k] = false;
        }
        i += m.words.length;
        continue;
      }
      const next = tokens[i + m.words.length];
      // "Should States need to…": an inverted auxiliary at the start of a sentence is a condition
      if (firstWordOfSentence(tokens, i) && next && (next.pos === 'PROPN' || next.pos === 'NOUN' || next.pos === 'PRON')) {
        i += m.words.length;
        continue;
      }
      const f: Frame = {
        aux: [i, i + m.words.length], auxWord: m.phrase, auxStrength: m.strength, negs: [], never: false,
        verb: null, verbWord: null, verbStrength: null, sentence: t.sentence, start: i, end: i + m.words.length,
      };
      attach(f, i, i + m.words.length);
      // negators inside the phrase (`negator-gap`: "is not to be disclosed") forbid, as after it
      for (let k = i + 1; k < i + m.words.length; k++) {
        if (!neg[k]) continue;
        f.negs.push(k);
        if (lex.prohibition.emphatic.has(tokens[k].n)) f.never = true;
      }
      // a negative subject negates the predicate: "No State should place…" forbids as "States
      // should not place…" does (a negator that is a determiner or pronoun, in the words before the
      // auxiliary, within its clause)
      for (let k = i - 1, seen = 0; k >= 0 && seen < lex.thresholds.subjectMaxWords; k--, seen++) {
        const u = tokens[k];
        if (u.sentence !== t.sentence || isClausePunct(u) || u.pos === 'VERB' || u.pos === 'AUX' || marker[k] >= 0) break;
        if (negativeDeterminer(u, neg[k])) {
          f.negs.push(k);
          attach(f, k, k + 1);
          break;
        }
      }
      // "do not intend to impose": the negation of an intention is the intention not to act
      // (modality.yaml `neg-raising`), a prohibition with the intention's strength; "do" and the
      // negator are part of the marker, so "do not intend to" → "will not" is one change of force
      if (f.negs.length === 0 && lex.negRaising.has(m.phrase) && i >= 2 && neg[i - 1] && tokens[i - 1].pos !== 'ADP' && tokens[i - 2].lemma === 'do' && marker[i - 1] < 0 && marker[i - 2] < 0) {
        f.negs.push(i - 1);
        if (lex.prohibition.emphatic.has(tokens[i - 1].n)) f.never = true;
        attach(f, i - 2, i);
      }
      let j = i + m.words.length;
      // (the closing bracket of modal alternatives, "[should][must] not allow": the negator after it
      // negates the auxiliary as after a plain one)
      if (j < n && tokens[j].t === ']' && neg[j + 1]) j++;
      // negators and adverbs right after the auxiliary: "should not", "must never", "should also
      // not", "should refrain from"; a preposition that negates a phrase ("shall without undue delay
      // notify") opens a qualifier, not a prohibition
      for (let k = 0; k < 4 && j < n; k++) {
        if (neg[j] && tokens[j].pos !== 'ADP') {
          f.negs.push(j);
          if (lex.prohibition.emphatic.has(tokens[j].n)) f.never = true;
          attach(f, j, j + 1);
          j++;
        } else if (tokens[j].pos === 'ADV' || (f.negs.length > 0 && tokens[j].n === 'from')) {
          // an emphatic adverb of a positive obligation ("should always publish": modality.yaml
          // `emphatic-adverbs`) is part of its force, as "never" is of a prohibition's
          if (f.negs.length === 0 && f.always === undefined && lex.emphaticAdverbs.words.has(tokens[j].n) && !neg[j + 1]) {
            f.always = j;
            attach(f, j, j + 1);
          }
          j++;
        } else break;
      }
      // a chain of auxiliaries ("shall endeavour to", "should not seek to"): one frame, the weaker governs
      const inner = j < n ? matchModal(tokens, j, lex) : null;
      // ("must be able to": the capacity is the act the party is bound to, modality.yaml `alone`)
      if (inner && inner.kind === 'aux' && inner.alone) j += inner.words.length;
      else if (inner && inner.kind === 'aux') {
        const outer = f.auxStrength ?? 0;
        f.aux = [i, j + inner.words.length];
        // forbidding even the attempt ("should not seek to obtain") forbids as the outer auxiliary does
        f.auxStrength = inner.strength < outer && f.negs.length === 0 ? Math.round((inner.strength + lex.chainStep * outer) * 100) / 100 : outer;
        f.auxWord = tokens.slice(i, j + inner.words.length).filter((_, k) => !neg[i + k]).map((u) => u.n).join(' ');
        attach(f, j, j + inner.words.length);
        j += inner.words.length;
        // a verb of refraining after the chain's "to" ("will seek to avoid imposing", "should try
        // to refrain from"): the hedged prohibition, as "will seek not to impose" is; its strength
        // the chain's (the hedge weakens the prohibition)
        if (f.negs.length === 0 && j < n && neg[j] && tokens[j].pos === 'VERB' && tokens[j - 1].n === 'to') {
          f.negs.push(j);
          attach(f, j, j + 1);
          j++;
          if (j < n && lex.refrainingParticles.has(tokens[j].n)) attach(f, j, ++j);
        }
      }
      if (f.negs.length > 0 && barsFrom(tokens, j, lex)) f.permits = true;
      const v = j < n ? matchModal(tokens, j, lex) : null;
      // "shall allow the transfer": the verb of permitting is the act the party is bound to (`act`);
      // so is "require" with a thing as its object ("shall require a licence": `object-act`)
      if (v && v.kind === 'verb' && (v.act || objectAct(tokens, j, v, lex))) j += v.words.length;
      else if (v && v.kind === 'verb') {
        f.verb = [j, j + v.words.length];
        f.verbWord = v.phrase;
        f.verbStrength = v.strength;
        // (negated, a verb that urges not to act bars: "should not discourage X from": the frame
        // permits, the verb's own negation is spent in it)
        if (v.negative && !f.permits) f.verbNegative = true;
        attach(f, j, j + v.words.length);
        j += v.words.length;
      }
      frames.push(f);
      lastAux = f;
      i = j;
      continue;
    }
    // a verb of permitting under a frame in force ("shall ensure … and allow", "is encouraged to
    // permit", "required to allow"): the act, not a directive of its own (modality.yaml `act`)
    if ((m.act || objectAct(tokens, i, m, lex)) && (lastAux || underDirective(tokens, frames, i))) {
      i += m.words.length;
      continue;
    }
    // a directive verb after a pro-form, closing its clause ("where national security
    // considerations so require"): the verb of a condition, no directive (modality.yaml
    // `condition-pro-forms`)
    if (m.kind === 'verb' && i > 0 && lex.conditionProForms.has(tokens[i - 1].n)) {
      const after = tokens[i + m.words.length];
      if (!after || after.sentence !== t.sentence || after.punct) {
        i += m.words.length;
        continue;
      }
    }
    // a directive verb without its own auxiliary: inherits the sentence's last one, unless a
    // coordinated clause with a subject of its own opens before it (", and the Secretariat
    // encourages": that party is bound by no modal of the clause before, as in `frameAt`)
    if (lastAux && ownClauseSubjectBefore(tokens, i, lastAux.end, lex)) lastAux = null;
    const f: Frame = {
      aux: null, auxWord: lastAux?.auxWord ?? null, auxStrength: lastAux?.auxStrength ?? null, negs: [], never: false,
      verb: [i, i + m.words.length], verbWord: m.phrase, verbStrength: periphrastic(tokens, i, m) ?? m.strength, sentence: t.sentence,
      start: i, end: i + m.words.length,
    };
    if (m.negative) f.verbNegative = true;
    // negators just before it: "never force", "nor force", "not to request", "desist from coercing"
    for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
      if (neg[k] && marker[k] < 0) {
        f.negs.push(k);
        if (lex.prohibition.emphatic.has(tokens[k].n)) f.never = true;
      } else if (tokens[k].pos !== 'ADV' && tokens[k].n !== 'to' && tokens[k].n !== 'from') break;
    }
    // a negative subject of the verb's own clause, as before an auxiliary ("Nothing in this
    // Convention requires a State to" forbids nothing: it is "This Convention does not require")
    if (f.negs.length === 0 && !lastAux) {
      for (let k = i - 1, seen = 0; k >= 0 && seen < lex.thresholds.subjectMaxWords; k--, seen++) {
        const u = tokens[k];
        if (u.sentence !== t.sentence || isClausePunct(u) || u.pos === 'VERB' || u.pos === 'AUX' || marker[k] >= 0) break;
        if (negativeDeterminer(u, neg[k])) {
          f.negs.push(k);
          break;
        }
      }
    }
    f.negs.sort((a, b) => a - b);
    for (const k of f.negs) attach(f, k, k + 1);
    attach(f, i, i + m.words.length);
    frames.push(f);
    i += m.words.length;
  }
}

/**
 * Does a coordinated clause with a subject of its own end right before the verb at i, after `from`
 * (", and the Secretariat | encourages", "; the Secretariat | encourages")? Walking back from i over
 * adverbs, then over a noun phrase (determiners, adjectives, numerals, nouns, names, pronouns, a
 * hyphen inside a word, a phrase of actors.yaml `postmodifiers` after a noun) of at most thresholds `subject-max-words`
 * with a noun, name or pronoun in it, the words before it are ", and" / ", or" / ", but" or ";" (the
 * test `coordinatedClauseBetween` makes on the subject regions, which are built after the frames).
 */
function ownClauseSubjectBefore(tokens: readonly Token[], i: number, from: number, lex: Lexicons): boolean {
  let k = i - 1;
  while (k >= from && tokens[k].pos === 'ADV') k--;
  const end = k;
  let nominal = false;
  for (; k >= from && end - k < lex.thresholds.subjectMaxWords; k--) {
    const u = tokens[k];
    if (u.pos === 'NOUN' || u.pos === 'PROPN' || u.pos === 'PRON') nominal = true;
    else if (u.pos === 'ADP' && lex.postmodifiers.has(u.n) && k > from && (tokens[k - 1].pos === 'NOUN' || tokens[k - 1].pos === 'PROPN')) continue;
    else if (!(u.pos === 'DET' || u.pos === 'ADJ' || u.pos === 'NUM' || u.n === "'" || (u.n === '-' && k < end && k > from))) break;
  }
  if (!nominal || k === end || k < from) return false;
  const c = tokens[k];
  return c.pos === 'CCONJ' ? k - 1 >= from && tokens[k - 1].n === ',' : c.n === ';';
}

/**
 * Is token i the verb of a "to" complement of a frame earlier in its sentence ("is encouraged to
 * permit", "requires States to allow"): "to" just before it (adverbs aside) and a frame of the same
 * sentence before, with no ";" or ":" between?
 */
function underDirective(tokens: readonly Token[], frames: readonly Frame[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && tokens[k].pos === 'ADV') k--;
  if (k < 0 || tokens[k].n !== 'to') return false;
  const f = frames[frames.length - 1];
  if (!f || f.sentence !== tokens[i].sentence || f.end > k) return false;
  for (let j = f.end; j < k; j++) if (tokens[j].n === ';' || tokens[j].n === ':') return false;
  return true;
}

/**
 * The `object-act` entry of the word at i when it is read as the act of its frame ("shall require a
 * licence": no marker of its own), else null.
 */
export function objectActAt(side: Side, i: number, lex: Lexicons): ModalEntry | null {
  if (side.marker[i] >= 0 || side.tokens[i].pos !== 'VERB') return null;
  const e = matchModal(side.tokens, i, lex);
  return e && e.kind === 'verb' && e.objectAct && objectAct(side.tokens, i, e, lex) ? e : null;
}

/** Parts of speech that open a thing as a verb's object ("a licence", "prior authorisation"; not a pronoun). */
const THING_POS = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM']);

/**
 * Is the directive verb at j (an `object-act` entry, "require") the act of a frame rather than a
 * directive of its own: active, a thing its object ("shall require a licence for unlisted items";
 * past a verb coordinated with it; and a directive verb coordinated before such a verb, "will not
 * request or require the transfer"),
 * and no one made to act after it in its clause (no "to" and a verb: "require exporters to obtain";
 * "require that", "require them to" open no thing)? A passive ("No licence shall be required",
 * "are required to") stays a directive.
 */
function objectAct(tokens: readonly Token[], j: number, e: ModalEntry, lex: Lexicons): boolean {
  const s = tokens[j].sentence;
  let k = j + e.words.length;
  while (k < tokens.length && tokens[k].pos === 'ADV') k++;
  // a directive verb coordinated before an `object-act` one, the object after both ("will not request
  // or require the transfer of source code"): the two verbs are the acts forbidden, not a directive
  // over the other
  const second = tokens[k]?.pos === 'CCONJ' && tokens[k + 1]?.pos === 'VERB' && tokens[k + 1].sentence === s ? matchModal(tokens, k + 1, lex) : null;
  if (!e.objectAct && !(second?.kind === 'verb' && second.objectAct)) return false;
  if (second) k += 1 + second.words.length;
  else if (tokens[k]?.pos === 'CCONJ' && tokens[k + 1]?.pos === 'VERB' && tokens[k + 1].sentence === s) k += 2;
  if (k >= tokens.length || tokens[k].sentence !== s || !THING_POS.has(tokens[k].pos)) return false;
  // (past a party coordinated between commas: "require providers, and data centre operators, to meet")
  const between = (i: number) => tokens[i].n === ',' && (tokens[i + 1]?.pos === 'CCONJ' || (tokens[i + 1]?.n === 'to' && tokens[i + 2]?.pos === 'VERB'));
  for (; k < tokens.length && tokens[k].sentence === s && (!isClausePunct(tokens[k]) || between(k)); k++) {
    if (tokens[k].n === 'to' && tokens[k + 1]?.pos === 'VERB') return false;
  }
  return true;
}

/**
 * A commitment phrase that ends in "to" (modality.yaml: "commit to", "undertake to", "agree to",
 * "ought to") with negators before its "to" ("We commit not to conduct", "Our country commits never
 * to", "ought not to"): the negation is of the act committed to, a prohibition with the phrase's
 * strength. The first word a verb, then the phrase's other words, one or two negators, "to" and
 * the verb of the act. Returns the entry, the end of the phrase (past its "to") and the negators.
 */
function negatedCommitment(tokens: readonly Token[], i: number, neg: readonly boolean[], lex: Lexicons): { entry: ModalEntry; end: number; negs: number[] } | null {
  const t = tokens[i];
  if (t.pos !== 'VERB' && t.pos !== 'AUX') return null;
  const cands = lex.modals.get(t.lemma) ?? lex.modals.get(t.n);
  if (!cands) return null;
  for (const e of cands) {
    const w = e.words.length;
    if (e.kind !== 'aux' || w < 2 || e.words[w - 1] !== 'to') continue;
    let ok = true;
    for (let k = 1; k < w - 1 && ok; k++) ok = tokens[i + k]?.lemma === e.words[k] || tokens[i + k]?.n === e.words[k];
    if (!ok) continue;
    const negs: number[] = [];
    let k = i + w - 1;
    while (k < tokens.length && negs.length < 2 && neg[k] && tokens[k].pos !== 'ADP' && tokens[k].pos !== 'VERB') negs.push(k++);
    if (negs.length === 0 || tokens[k]?.n !== 'to' || tokens[k + 1]?.pos !== 'VERB') continue;
    return { entry: e, end: k + 1, negs };
  }
  return null;
}

/** Is the verb at j one that bars someone from acting, with "from" after it in its clause? */
export function barsFrom(tokens: readonly Token[], j: number, lex: Lexicons): boolean {
  const t = tokens[j];
  if (!t || t.pos !== 'VERB' || !lex.bars.has(t.lemma)) return false;
  for (let k = j + 1; k < tokens.length && k - j <= 12; k++) {
    const u = tokens[k];
    if (u.sentence !== t.sentence || isClausePunct(u)) return false;
    if (u.n === 'from') return true;
  }
  return false;
}

/**
 * Subject regions: in each clause (cut at sentence starts, clause punctuation and relative or
 * complement words), the words before its first verb, when they form a noun phrase (nouns,
 * pronouns, determiners, adjectives, numerals, coordinators, possessives) with a noun or pronoun
 * in it. The verb must be a modal auxiliary or a directive verb, or an auxiliary or verb that is
 * not part of a hyphenated word ("evidence-based"). A noun phrase followed by a relative clause
 * (after a comma or not) and then a modal ("Exporters who are aware of a risk shall notify",
 * actors.yaml `relatives`) is the subject of that modal: the region is the noun phrase, its
 * predicate the modal. Fills `side.subjects` and `side.predicates`.
 */
/** Double quotation marks that may open a quoted clause (single ones may be apostrophes). */
const SUBJECT_QUOTES = new Set(['"', '\u201c', '\u00ab', '\u201e']);
function subjectRegions(side: Side, lex: Lexicons): void {
  const { tokens } = side;
  const out = side.subjects;
  const pred = side.predicates;
  const max = lex.thresholds.subjectMaxWords;
  let start = 0;
  let done = false; // the current clause already has its subject
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (i > 0 && t.sentence !== tokens[i - 1].sentence) {
      start = i;
      done = false;
    }
    // a quotation mark that opens the clause (a speech quoting the text, `"We shall designate …`)
    // marks the words as quoted: the subject starts after it
    if (i === start && SUBJECT_QUOTES.has(t.t)) {
      start = i + 1;
      continue;
    }
    if (isClausePunct(t) || t.pos === 'SCONJ' || lex.qualifierBoundaries.has(t.n) || lex.relatives.has(t.n)) {
      // (or a comma and one: "States, which have ratified the Treaty, shall report")
      const rel = lex.relatives.has(t.n) ? i : t.n === ',' && lex.relatives.has(tokens[i + 1]?.n ?? '') ? i + 1 : -1;
      if (!done && rel >= 0 && i - start <= max && nounPhraseRegion(side, start, i, lex.postmodifiers)) {
        const m = modalAfterRelative(side, rel, lex);
        if (m >= 0) {
          out.push([start, i]);
          pred.push(m);
        }
      }
      // a phrase between commas after the noun phrase, then the modal ("States, in ensuring
      // security, should respect", "Operators, where feasible, shall report"): the noun phrase is
      // the subject of that modal, as without the parenthesis; the parenthesis is passed over (it
      // names no bearer of its own)
      if (!done && rel < 0 && t.n === ',' && i - start <= max && nounPhraseRegion(side, start, i, lex.postmodifiers)) {
        // a party coordinated between commas ("Operators, and their suppliers, must report"): the
        // subject runs to the closing comma, as without the commas
        const co = coordinatedBetweenCommas(side, i, lex);
        if (co) {
          out.push([start, co.close]);
          pred.push(co.modal);
          i = co.modal - 1;
          start = co.modal;
          done = true;
          continue;
        }
        const m = modalAfterParenthesis(side, i, lex);
        if (m >= 0) {
          out.push([start, i]);
          pred.push(m);
          i = m - 1;
          start = m;
          done = true;
          continue;
        }
      }
      start = i + 1;
      // (the relative clause's verb read as a noun, "that [process] personal data": no subject of
      // its own before the modal, as "who are aware" has none)
      done = rel >= 0 && rel === i && out.length > 0 && out[out.length - 1][1] === i && bareVerbAt(side, i + 1);
      continue;
    }
    // a subordinator the tagger reads as an adverb or a preposition ("when", "once", "unless",
    // actors.yaml `subordinators`) opens a clause of its own as "if" does: "… when [the risks]
    // cannot be kept". Read as a preposition ("before", "until"), it may head a phrase rather than
    // a clause ("before the deadline"): the clause starts at it, and only the noun phrase right
    // before a modal is taken as a subject (as after "By 2028", below)
    if (lex.subordinators.has(t.n) && (t.pos === 'ADV' || t.pos === 'ADP')) {
      start = t.pos === 'ADP' ? i : i + 1;
      done = false;
      continue;
    }
    if (done) continue;
    // a negator that determines or coordinates the subject ("No State", "Neither States nor …") is part of it
    const subjectNeg = side.neg[i] && (t.pos === 'DET' || t.pos === 'PRON' || t.pos === 'CCONJ');
    const isVerb = (side.marker[i] >= 0 && !subjectNeg) || ((t.pos === 'VERB' || t.pos === 'AUX') && !(i > 0 && tokens[i - 1].n === '-') && !adjectival(tokens, i, start, lex.postmodifiers));
    if (!isVerb) continue;
    done = true;
    // a present participle right after a party noun, then a modal ("Firms using cloud services shall
    // keep"): a relative clause reduced, its noun phrase the subject of that modal as before
    // "who use" (the participle's clause no part of the subject)
    if (side.marker[i] < 0 && t.pos === 'VERB' && i > start && i - start <= max && reducedRelativeAt(side, i, lex) && nounPhraseRegion(side, start, i, lex.postmodifiers)) {
      // (the participle is the reduced clause's verb: the modal after it, as after "who" + verb)
      const m = modalAfterRelative(side, i - 1, lex);
      if (m >= 0) {
        out.push([start, i]);
        pred.push(m);
        continue;
      }
    }
    // adverbs right before the verb are not part of the subject ("The President strongly condemned")
    let end = i;
    while (end > start + 1 && tokens[end - 1].pos === 'ADV' && !side.neg[end - 1]) end--;
    if (end - start < 1 || end - start > max) continue;
    // (the participle read as a noun, "Organisations [processing] personal data shall": the subject
    // ends before it)
    if (side.marker[i] >= 0) {
      for (let k = start + 1; k < end - 1; k++) {
        if (tokens[k].pos !== 'VERB' && reducedRelativeAt(side, k, lex)) {
          end = k;
          break;
        }
      }
    }
    // (a phrase after the head noun only before a modal or directive verb: the bearer of a rule,
    // "Operators of essential services shall"; not "the norms of State behaviour endorsed by …")
    if (nounPhraseRegion(side, start, end, side.marker[i] >= 0 ? lex.postmodifiers : undefined)) {
      out.push([start, end]);
      pred.push(i);
    }
    // a phrase put before the subject without a comma ("By 2028 the Government will …", "Within 30
    // days States shall …"): the noun phrase just before the modal
    // (after a subordinator, the noun phrase may follow it at once: "unless [its safety] can be")
    else if (side.marker[i] >= 0 && tokens[start].pos === 'ADP') {
      const k = nounPhraseStart(tokens, lex.subordinators.has(tokens[start].n) ? start : start + 1, i);
      if (k > 0) {
        out.push([k, i]);
        pred.push(i);
      }
    }
  }
}

/** Is the token a noun of actors.yaml `nouns`, by lemma or form, or in the plural whatever its lemma ("Companies" read as a name)? */
export function actorNoun(t: Token, lex: Lexicons): boolean {
  if (lex.actors.has(t.lemma) || lex.actors.has(t.n)) return true;
  return t.n.length > 3 && t.n.endsWith('s') && (lex.actors.has(t.n.slice(0, -1)) || (t.n.endsWith('ies') && lex.actors.has(`${t.n.slice(0, -3)}y`)));
}

/**
 * Does the word at k open a reduced relative clause after the party it follows ("Firms [using] cloud
 * services", "Organisations [processing] personal data", whatever part of speech the tagger gives
 * it)? A word in a present participle ending (spelling.yaml `participle-endings`) right after a noun
 * of actors.yaml `nouns` ("Data processing firms": the word before names no party), with a word
 * after it in its sentence.
 */
function reducedRelativeAt(side: Side, k: number, lex: Lexicons): boolean {
  const { tokens } = side;
  const t = tokens[k];
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (!prev || !next || next.sentence !== t.sentence || prev.sentence !== t.sentence || next.punct) return false;
  if (!(prev.pos === 'NOUN' || prev.pos === 'PROPN') || !actorNoun(prev, lex)) return false;
  if (!(t.pos === 'VERB' || t.pos === 'NOUN' || t.pos === 'ADJ')) return false;
  return lex.participleEndings.present.some((e) => t.n.length >= e.length + 2 && t.n.endsWith(e));
}

/**
 * Do the words [start, end) form a noun phrase with a noun or pronoun in it (see subjectRegions)?
 * With `post` (actors.yaml `postmodifiers`), a preposition of that list after a noun, with words
 * after it, attaches a phrase to the noun ("Operators of essential services").
 */
export function nounPhraseRegion(side: Side, start: number, end: number, post?: ReadonlySet<string>): boolean {
  const { tokens } = side;
  if (end <= start) return false;
  let nominal = false;
  for (let k = start; k < end; k++) {
    const p = tokens[k].pos;
    if (p === 'NOUN' || p === 'PROPN' || p === 'PRON') nominal = true;
    else if (p === 'ADP' && post?.has(tokens[k].n) && k + 1 < end && k > start && (tokens[k - 1].pos === 'NOUN' || tokens[k - 1].pos === 'PROPN')) continue;
    // (a partitive "of" between a quantifier and a pronoun: "Each of us", "all of them")
    else if (p === 'ADP' && tokens[k].n === 'of' && k > start && tokens[k - 1].pos === 'DET' && tokens[k + 1]?.pos === 'PRON' && k + 1 < end) continue;
    else if (!(p === 'DET' || p === 'ADJ' || p === 'NUM' || p === 'CCONJ' || p === 'PART' || (tokens[k].punct && tokens[k].n === "'") || adjectival(tokens, k, start, post))) return false;
  }
  return nominal;
}

/**
 * The end of the head of the subject region [start, end): the region up to its first post-modifier
 * (a preposition of actors.yaml `postmodifiers`: "Operators | of essential services"), or `end`.
 */
export function subjectHeadEnd(side: Side, sub: Span, post: ReadonlySet<string>): number {
  for (let k = sub[0] + 1; k < sub[1]; k++) if (side.tokens[k].pos === 'ADP' && post.has(side.tokens[k].n)) return k;
  return sub[1];
}

/**
 * Is the word at k, right after a relative pronoun, its clause's verb though the tagger reads it as
 * a noun ("Companies that [process] personal data shall")? Its bare form (its own lemma), an object
 * after it (a determiner, adjective or noun), no frame marker at either.
 */
function bareVerbAt(side: Side, k: number): boolean {
  const u = side.tokens[k];
  const o = side.tokens[k + 1];
  if (!u || u.pos !== 'NOUN' || u.n !== u.lemma || side.marker[k] >= 0) return false;
  return !!o && o.sentence === u.sentence && side.marker[k + 1] < 0 && (o.pos === 'DET' || o.pos === 'ADJ' || o.pos === 'NOUN');
}

/**
 * The modal of the main clause after a relative clause opening at `rel` ("who are aware of a risk
 * | shall notify", "who may be affected | shall be informed"): the first frame marker, within
 * thresholds `relative-max-words` and the sentence (no ";" or ":" between), that a verb of the
 * relative clause's own precedes. -1 when there is none: the relative clause ends the clause, or
 * holds the only modal ("Measures that may affect trade").
 */
function modalAfterRelative(side: Side, rel: number, lex: Lexicons): number {
  const { tokens } = side;
  let verb = false;
  for (let k = rel + 1; k < tokens.length && k - rel <= lex.thresholds.relativeMaxWords; k++) {
    const u = tokens[k];
    if (u.sentence !== tokens[rel].sentence || u.n === ';' || u.n === ':') return -1;
    if (k === rel + 1 && bareVerbAt(side, k)) verb = true;
    if (side.marker[k] >= 0 && verb && (k === 0 || side.marker[k - 1] !== side.marker[k])) {
      const f = side.frames[side.marker[k]];
      // the frame's first word (a negative subject is attached to it: skip to the modal itself)
      if ((f.aux && f.aux[0] === k) || (!f.aux && f.verb && f.verb[0] === k)) return k;
    }
    if (u.pos === 'VERB' || u.pos === 'AUX') verb = true;
  }
  return -1;
}

/**
 * The modal right after a parenthesis that opens with the comma at `open` ("States, | in ensuring
 * security, | should"): the next comma within thresholds `relative-max-words` and the sentence, no
 * other clause mark, subordinate or relative word and no frame marker between, at least one word
 * inside, and the first word of a frame (its modal, or its directive verb) right after it. -1
 * otherwise: a list of parties ("States, companies and users should") has no closing comma before
 * its modal, a clause of its own between commas has its own verb frame.
 */
function modalAfterParenthesis(side: Side, open: number, lex: Lexicons): number {
  const { tokens } = side;
  let k = open + 1;
  for (; k < tokens.length && k - open <= lex.thresholds.relativeMaxWords; k++) {
    const u = tokens[k];
    if (u.sentence !== tokens[open].sentence || side.marker[k] >= 0 || lex.relatives.has(u.n)) return -1;
    if (u.n === ',') break;
    // (a clause of its own: ", and where it is truly necessary to provide it abroad, shall pass")
    if (u.pos === 'SCONJ' || u.pos === 'CCONJ' || u.pos === 'AUX') return -1;
    if (isClausePunct(u)) return -1;
  }
  if (tokens[k]?.n !== ',' || k === open + 1) return -1;
  const m = k + 1;
  if (m >= tokens.length || side.marker[m] < 0) return -1;
  const f = side.frames[side.marker[m]];
  return (f.aux && f.aux[0] === m) || (!f.aux && f.verb && f.verb[0] === m) ? m : -1;
}

/**
 * A noun phrase coordinated between commas after a subject ("Operators, and their suppliers, must",
 * ", or their agents,"): the comma at `open`, a coordinator, a noun phrase (at most
 * `relative-max-words` words, a noun or pronoun in it), a comma, then a modal auxiliary or a
 * directive verb opening its frame. The closing comma and the modal, or null.
 */
function coordinatedBetweenCommas(side: Side, open: number, lex: Lexicons): { close: number; modal: number } | null {
  const { tokens } = side;
  if (tokens[open + 1]?.pos !== 'CCONJ' || side.neg[open + 1]) return null;
  let k = open + 2;
  let noun = false;
  for (; k < tokens.length && k - open <= lex.thresholds.relativeMaxWords; k++) {
    const u = tokens[k];
    if (u.n === ',' || u.sentence !== tokens[open].sentence) break;
    if (!NP_POS.has(u.pos) && u.pos !== 'CCONJ') return null;
    if (u.pos === 'NOUN' || u.pos === 'PROPN' || u.pos === 'PRON') noun = true;
  }
  if (!noun || tokens[k]?.n !== ',') return null;
  const m = k + 1;
  if (m >= tokens.length || side.marker[m] < 0) return null;
  const f = side.frames[side.marker[m]];
  return (f.aux && f.aux[0] === m) || (!f.aux && f.verb && f.verb[0] === m) ? { close: k, modal: m } : null;
}

/** Parts of speech a noun phrase is made of. */
export const NP_POS = new Set(['DET', 'PROPN', 'NOUN', 'ADJ', 'PRON', 'NUM']);

/**
 * Where the noun phrase that ends right before `to` begins, when another one stands before it in
 * [from, to) with no punctuation between: walking back over nouns, names, adjectives and
 * determiners, a determiner or pronoun, or a name after a common noun or a figure, opens it
 * ("2028 | the Government", "30 days | States", "the law | the Government"). 0 when there is none
 * with a word before it.
 */
export function nounPhraseStart(tokens: readonly Token[], from: number, to: number): number {
  for (let k = to - 1; k > from && NP_POS.has(tokens[k].pos); k--) {
    const t = tokens[k];
    const prev = tokens[k - 1];
    if (t.pos === 'DET' || t.pos === 'PRON' || (t.pos === 'PROPN' && /^\p{Lu}/u.test(t.t) && (prev.pos === 'NOUN' || prev.pos === 'NUM'))) {
      let nominal = false;
      for (let j = k; j < to; j++) if (tokens[j].pos === 'NOUN' || tokens[j].pos === 'PROPN' || tokens[j].pos === 'PRON') nominal = true;
      return nominal ? k : 0;
    }
  }
  return 0;
}

/**
 * A participle used as an adjective at the head of a clause's subject ("Developed States should…",
 * "Affected persons may…"): a verb form that is not its base form, first in its clause (or after a
 * determiner or adjective), followed by a noun.
 */
function adjectival(tokens: readonly Token[], i: number, start: number, post?: ReadonlySet<string>): boolean {
  const t = tokens[i];
  if (t.pos !== 'VERB' || t.n === t.lemma) return false;
  const next = tokens[i + 1];
  if (!next || (next.pos !== 'NOUN' && next.pos !== 'PROPN')) return false;
  // (or first in a phrase after the head noun, with `post`: "Providers of | hosting services")
  let from = start;
  if (post) for (let k = i - 1; k > start; k--) if (tokens[k].pos === 'ADP' && post.has(tokens[k].n) && (tokens[k - 1].pos === 'NOUN' || tokens[k - 1].pos === 'PROPN')) { from = k + 1; break; }
  // (or first in a noun phrase coordinated after another: "Donors and | implementing agencies shall")
  // (walked back over the participle's own determiners and adjectives only: a short run)
  {
    let k = i - 1;
    while (k > from && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ')) k--;
    if (k > from && tokens[k].pos === 'CCONJ' && (tokens[k - 1].pos === 'NOUN' || tokens[k - 1].pos === 'PROPN')) from = k + 1;
  }
  for (let k = from; k < i; k++) if (tokens[k].pos !== 'DET' && tokens[k].pos !== 'ADJ') return false;
  return true;
}

/** Binary search: the index of the first span whose end is > pos (spans sorted, disjoint). */
export function spanIndexAt(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid][1] <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Does [a,b) overlap a subject region of the side? */
export function inSubject(side: Side, a: number, b: number): boolean {
  const k = spanIndexAt(side.subjects, a);
  return k < side.subjects.length && side.subjects[k][0] < Math.max(b, a + 1);
}

/**
 * Does a clause with a subject of its own and no modal stand coordinated after a frame, opening in
 * [from, pos] ("States should not harm …, and the Secretariat maintains a directory": at
 * "maintains")? A subject region that opens with a coordinator (after a comma: "…, and the
 * Secretariat") or right after ";", whose predicate is a plain verb (no marker). The frame before
 * binds that clause's party no more than a modal of another sentence would ("shall maintain" →
 * "…, and the Secretariat maintains": the duty dropped, not a modal left unrepeated).
 */
export function coordinatedClauseBetween(side: Side, from: number, pos: number): boolean {
  const S = side.subjects;
  for (let k = spanIndexAt(S, from); k < S.length && S[k][0] <= pos; k++) {
    const a = S[k][0];
    if (a < from || side.marker[side.predicates[k]] >= 0) continue;
    if (side.tokens[a].pos === 'CCONJ' ? side.tokens[a - 1]?.n === ',' : side.tokens[a - 1]?.n === ';') return true;
  }
  return false;
}

/** The frame in force at token position pos: the last frame of the same sentence starting at or before pos. */
/** The index of the first frame of a side that starts at or after `at` (frames are in order of their start; binary search). */
export function firstFrameFrom(side: Side, at: number): number {
  const fs = side.frames;
  let lo = 0;
  let hi = fs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (fs[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function frameAt(side: Side, pos: number): Frame | null {
  const lo = firstFrameFrom(side, pos + 1);
  const f = lo > 0 ? side.frames[lo - 1] : null;
  const t = side.tokens[Math.min(pos, side.tokens.length - 1)];
  if (f && t && f.sentence === t.sentence) return coordinatedClauseBetween(side, f.end, pos) ? null : f;
  // none of its own: the lead-in's, over the first sentence of a list item
  return side.lead && t && t.sentence === side.lead.sentence ? side.lead : null;
}

/** Content lemmas of a token range. */
export function contentCount(side: Side, a: number, b: number): number {
  let c = 0;
  for (let i = a; i < b; i++) if (side.content[i]) c++;
  return c;
}

/** Is the token's content word found anywhere in the other side (by lemma, form or stem)? */
export function presentIn(t: Token, other: Side): boolean {
  if (other.lemmas.has(t.lemma) || other.lemmas.has(t.n) || other.stems.has(t.stem)) return true;
  // a hyphenated word whose parts the other side reads ("end-2025" / "the end of 2025")
  if (t.n.length > 2 && t.n.includes('-')) {
    const parts = t.n.split('-').filter((p) => p !== '');
    return parts.length > 1 && parts.every((p) => other.lemmas.has(p));
  }
  return false;
}

/** Tokens the aligner's cleanup may absorb: punctuation and function words (never negators). */
export function isWeakToken(lex: Lexicons): (t: Token) => boolean {
  return (t) => t.punct || ((lex.functionWords.has(t.n) || lex.functionWords.has(t.lemma)) && !lex.negators.has(t.n));
}

/** A negator that is a determiner or pronoun, so it can open a subject ("No State", "None"). */
export function negativeDeterminer(t: Token, negator: boolean): boolean {
  return negator && (t.pos === 'DET' || t.pos === 'PRON');
}

/** Most tokens between the end of a change and a negative determiner of the object its predicate takes ("will face no new fees"). */
const OBJECT_NEG_REACH = 3;

/**
 * Is the predicate after the span negated through its object: a negative determiner ("no", "none")
 * within OBJECT_NEG_REACH tokens after the span, in its clause, with only a verb and adverbs before it
 * ("will face no new fees", "will impose no fees")? The predicate says the act does not happen, as
 * "will not face fees" does.
 */
export function objectNegated(side: Side, s: Span): boolean {
  const T = side.tokens;
  for (let k = s[1]; k < T.length && k - s[1] <= OBJECT_NEG_REACH && T[k].sentence === T[Math.max(0, s[1] - 1)].sentence; k++) {
    if (isClausePunct(T[k])) return false;
    if (negativeDeterminer(T[k], side.neg[k])) return k > s[1] || s[1] > s[0];
    if (T[k].pos !== 'VERB' && T[k].pos !== 'ADV' && T[k].pos !== 'AUX') return false;
  }
  return false;
}

/** The first frame whose directive verb lies in the span and that `want` accepts, or null. */
function directiveFrame(side: Side, s: Span, want: (f: Frame) => boolean): Frame | null {
  for (let i = s[0]; i < s[1]; i++) {
    const f = side.marker[i] >= 0 ? side.frames[side.marker[i]] : null;
    if (f?.verb && i >= f.verb[0] && i < f.verb[1] && want(f)) return f;
  }
  return null;
}

/** The directive verb ("invite", "call upon") of a frame whose verb lies in the span, or null. */
export function directiveVerb(side: Side, s: Span): string | null {
  return directiveFrame(side, s, (f) => !!f.verbWord)?.verbWord ?? null;
}

/** The words of the directive verb whose frame lies in the span, or null. */
export function directiveVerbSpan(side: Side, s: Span): Span | null {
  return directiveFrame(side, s, (f) => !!f.verbWord)?.verb ?? null;
}

/** Does the span hold a directive verb that urges not to act ("discouraged")? */
export function negativeVerbIn(side: Side, s: Span): boolean {
  return directiveFrame(side, s, (f) => !!f.verbNegative) !== null;
}

/**
 * The "do" of a plain statement negated with do-support ("We do not disclose", "does not share",
 * "did not"), before `pos` in its sentence and clause, in a clause with no deontic frame: the index
 * of the "do", or -1. Such a statement is the act itself negated, as "will not disclose" is: with an
 * exception ("do not disclose unless C") it says the act happens only when C.
 */
export function doNegationBefore(side: Side, pos: number): number {
  const T = side.tokens;
  const t0 = T[Math.min(pos, T.length - 1)];
  if (!t0 || frameAt(side, pos)) return -1;
  for (let i = Math.min(pos, T.length) - 1; i >= 1 && T[i].sentence === t0.sentence; i--) {
    if (side.neg[i] && T[i - 1].pos === 'AUX' && T[i - 1].lemma === 'do') return coordinatedClauseBetween(side, i, pos) ? -1 : i - 1;
  }
  return -1;
}

/** Does the sentence of token `from` read one of the phrases (1–3 words) at or after `from`? */
export function sentenceReads(side: Side, from: number, phrases: ReadonlySet<string>): boolean {
  const t0 = side.tokens[from];
  if (!t0) return false;
  for (let i = from; i < side.tokens.length && side.tokens[i].sentence === t0.sentence; i++) {
    let p = '';
    for (let k = 0; k < 3 && i + k < side.tokens.length; k++) {
      p = k ? `${p} ${side.tokens[i + k].n}` : side.tokens[i].n;
      if (phrases.has(p)) return true;
    }
  }
  return false;
}

/** The content words of a span: their lemmas, in order. */
export function contentLemmas(side: Side, s: Span): string[] {
  return contentKeys(side, s, 'lemma');
}

/** Does a content word of one span stand, by lemma, among the content words of the other? */
export function sharesContent(X: Side, xs: Span, Y: Side, ys: Span): boolean {
  const lemmas = new Set(contentLemmas(X, xs));
  for (let j = ys[0]; j < ys[1]; j++) if (Y.content[j] && lemmas.has(Y.tokens[j].lemma)) return true;
  return false;
}

/** The lemmas or the stems of the span's content words, in order. */
/** The first negator (`side.neg`) in span `s` of a side, or -1 (none, or no span). */
export function negatorIn(side: Side, s: Span | null | undefined): number {
  if (s) for (let i = s[0]; i < s[1]; i++) if (side.neg[i]) return i;
  return -1;
}

export function contentKeys(side: Side, s: Span, key: 'lemma' | 'stem'): string[] {
  const out: string[] = [];
  for (let i = s[0]; i < s[1]; i++) if (side.content[i]) out.push(side.tokens[i][key]);
  return out;
}

/** One past the frame's own auxiliary and the negators attached after it ("should not"). */
export function auxEnd(f: Frame): number {
  return Math.max(f.aux ? f.aux[1] : f.start, ...f.negs.map((k) => k + 1));
}

/** Is token i the first word of its sentence (leading punctuation such as quotes aside)? */
export function sentenceInitial(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    if (tokens[k].sentence !== tokens[i].sentence) return true;
    if (!tokens[k].punct || !/^["'(\[‘“]$/.test(tokens[k].t)) return false;
  }
  return true;
}

/** The sentences of a token run as token spans (by the tokens' sentence index). */
export function sentenceSpans(tokens: readonly Token[]): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i === tokens.length || tokens[i].sentence !== tokens[i - 1].sentence) {
      if (i > start) out.push([start, i]);
      start = i;
    }
  }
  return out;
}

/**
 * The subject of a lead-in ending with ":" (the subject region whose predicate opens the frame in
 * force at the colon: "The two sides committed to:" → "The two sides"), or null.
 */
export function leadSubjectOf(leadIn: Side): string | null {
  const last = leadIn.tokens.length - 1;
  if (last < 0 || leadIn.tokens[last].n !== ':') return null;
  const f = frameAt(leadIn, last);
  if (!f) return null;
  for (let k = leadIn.subjects.length - 1; k >= 0; k--) {
    const [a, b] = leadIn.subjects[k];
    if (b <= f.start && leadIn.predicates[k] === f.start) {
      let out = leadIn.tokens[a].t;
      for (let i = a + 1; i < b; i++) out += leadIn.tokens[i].space + leadIn.tokens[i].t;
      return out;
    }
  }
  return null;
}
