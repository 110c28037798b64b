/**
 * The analyser's word lists and numbers, read from the documented YAML files in `lexicons/`
 * (never tables in code). `loadLexicons()` reads the package's files and merges a corpus's own
 * `lexicons/` directory over them: lists are concatenated, maps merged key by key, scalars replaced.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseYamlFile, readPackageData } from '../data.js';
import { readText } from '../io/files.js';
import { UserError } from '../errors.js';
import { ACCIDENTAL_TYPES, SUBSTANTIVE_TYPES, type VariantType } from '../types.js';

/** The lexicon files the analyser reads (lexicons/<name>.yaml). */
export const LEXICON_FILES = [
  'function-words',
  'negation',
  'modality',
  'actors',
  'qualifiers',
  'spelling',
  'stance',
  'thresholds',
] as const;

export type ModalKind = 'aux' | 'verb';

export interface ModalEntry {
  /** Words of the phrase, lower case. */
  words: string[];
  phrase: string;
  strength: number;
  kind: ModalKind;
  /** A directive verb that urges not to act ("discourage … from"): its frame forbids. */
  negative?: boolean;
  /** A verb of permitting that is the act, not a directive, under another frame (`act`: "shall allow" binds as "shall"). */
  act?: boolean;
  /**
   * A directive verb that is a directive only when someone is made to act (`object-act`: "require
   * exporters to obtain", "require that"): with a thing as its object under another frame ("shall
   * require a licence") it is the act the party is bound to.
   */
  objectAct?: boolean;
  /** Universal POS tags one of which the next word (past any adverb) must have (`next-pos`). */
  nextPos?: string[];
  /** Words one of which the next word (past any adverb) must be (`next-word`: "need" only before "not"). */
  nextWord?: string[];
  /** Words one of which the word before the phrase must be (`previous-word`: "need to" only after "not", "do not need to"). */
  previousWord?: string[];
  /** Negators (and adverbs) may stand between the first word and the second (`negator-gap`: "is not to be"). */
  negatorGap?: boolean;
  /** Words (lemma or form) that, in the words of the clause before the phrase, make it no marker (`not-subject`: "The aim is to promote"). */
  notSubject?: Set<string>;
  /**
   * A directive verb's strength in its periphrastic modal, the passive with "to" and the bearer as
   * subject (`passive-strength`: "The producer is required to notify" binds as "shall notify").
   */
  passiveStrength?: number;
  /** An auxiliary phrase that is a marker only with no auxiliary before it (`alone`: "is able to", but "must be able to" is "must"). */
  alone?: boolean;
}

export interface QualifierHead {
  phrase: string;
  /** Words; '...' marks a gap. */
  words: string[];
  kind: string;
  verbal: boolean;
  nextPos: string[] | null;
  /** Patterns one of which the word after the phrase may match instead (a year: "by 2025", "by end-2025"). */
  nextWord: RegExp[] | null;
  notAfter: string[] | null;
  /** Lemmas after which the head does not apply ("remains subject to": a predicate). */
  notAfterWord: string[] | null;
  /**
   * The `notAfterWord` linking verbs also bar the head after a coordinator that elides one ("shall
   * be handled only by authorised personnel and [be] subject to safeguards": a predicate of the
   * duty), and do not bar it when a predicate with an auxiliary of its own follows, coordinated
   * ("Activities are subject to the availability of funds and are to be carried out …": a proviso
   * on what follows).
   */
  predicate: boolean;
  /** POS tags of the word right after the phrase before which it does not apply ("the immediately preceding": an adverb of the adjective). */
  notBefore: string[] | null;
  /** Patterns the word right after the phrase must not match ("rapidly evolving threats": an adverb of the participle). */
  notBeforeWord: RegExp[] | null;
  /** The head does not apply right after a participle that follows a noun ("orders issued under this Agreement": the phrase says which orders, it is no condition of the rule). */
  notAfterParticiple: boolean;
  /**
   * Lemmas of nouns: right after a noun, before a noun phrase whose noun is one of these, the head
   * does not apply ("the list of persons subject to sanctions": what the persons are subject to
   * says which persons, it is no condition of the rule).
   */
  describesNoun: string[] | null;
  /** The head opens a clause only: a verb must follow within a few words ("before they are issued", not "before the court"). */
  clause: boolean;
  /** Lemmas one of which must be the verb the head follows, past its object ("keep the logs for 12 months": a keeping verb; not "a licence valid for five years"). */
  afterVerb: string[] | null;
  /** POS tags every word of a `...` gap must have (commas aside): "in ... cases" over adjectives and nouns ("in complex cases"), not "in all cases". */
  gapPos: string[] | null;
  /** The head is no condition after a noun or opening its sentence before the name of a legal instrument (qualifiers.yaml `instruments`: "controls under this Code", "Under the new rules, …"). */
  notReference: boolean;
  /** Parts of a text ("paragraph", "article") that, named right after the head opening its sentence, make it an attribution, no condition ("According to paragraph 1, …"; `not-citing`). */
  notCiting: string[] | null;
  /** Words before which the phrase ends (after its head): "at least six months | before each election" — the lead time, its anchor a time limit of its own. */
  endsBefore: string[] | null;
  /** The head is a participle: set off by commas right after a noun, before the verb or modal of the clause, it describes the noun ("The network, based on common identifiers, should …"). */
  participle: boolean;
  extent: 'phrase' | 'word';
}

/** A stance expression (stance.yaml): "condemn" -4, "express concern" -1.5, "welcome" 2. */
export interface StanceEntry {
  words: string[];
  phrase: string;
  /** Signed: below 0 disapproval, above 0 approval, 0 neutral. */
  strength: number;
}

export interface SpellingRule {
  from: string;
  to: string;
}

/** Compiled lexicons: what the analyser consults. Build with `loadLexicons()` or `compileLexicons()`. */
export interface Lexicons {
  functionWords: Set<string>;
  /** Determiners and pronouns of quantity (function-words.yaml `quantifiers`): no referring words. */
  quantifiers: Set<string>;
  /** Quantifiers that take the whole of what their noun names (function-words.yaml `universals`). */
  universals: Set<string>;
  /** Determiners that name a whole set as a universal does (function-words.yaml `definite-determiners`). */
  definiteDeterminers: Set<string>;
  /** Articles naming the whole class of bearers (function-words.yaml `class-articles`). */
  classArticles: Set<string>;
  /** Universals a bare plural of their noun restates as a generic (function-words.yaml `generic-universals`). */
  genericUniversals: Set<string>;
  /** Adverbs that add the statement to another one, lower case, phrases space-joined (function-words.yaml `additive-adverbs`). */
  additiveAdverbs: Set<string>;
  /** Determiners that take the number of their noun (function-words.yaml `agreeing-determiners`). */
  agreeingDeterminers: Set<string>;
  /** Words that, after a comma, open another clause: the alignment's clean-up keeps changes on either side apart (function-words.yaml `clause-openers`). */
  clauseOpeners: Set<string>;
  /** Nouns of a manner phrase ("in a transparent manner" ↔ "transparently": function-words.yaml `manner-nouns`). */
  mannerNouns: Set<string>;
  /** Prepositions besides "of" that join a noun to the noun phrase it heads ("guidelines on due diligence"): function-words.yaml `noun-prepositions`. */
  nounPrepositions: Set<string>;
  /** Pairs of marks that set a stretch apart (function-words.yaml `parenthetical-marks`): open mark → close mark. */
  parentheticalMarks: Map<string, string>;
  /** Pairs of marks that bracket text not agreed in a draft, around a stretch of any length (function-words.yaml `bracketing-marks`): open mark → close mark. */
  bracketingMarks: Map<string, string>;
  /** Marks of an elision ("…", "..."; function-words.yaml `ellipsis-marks`). */
  ellipsisMarks: Set<string>;
  /** Words an editor sets in brackets where text was struck out ("[deleted]"; function-words.yaml `editorial-marks`), lower case, spaces removed. */
  editorialMarks: Set<string>;
  /** Words a quoter or transcriber sets in brackets that say nothing about the text ("[sic]", "[emphasis added]", "[laughter]"; function-words.yaml `quoter-marks`), lower case, spaces removed. */
  quoterMarks: Set<string>;
  /** A speaker's hesitation sounds in a transcript ("uh", "um"; function-words.yaml `fillers`), lower case. */
  fillers: Set<string>;
  /** Words and marks after which a bracketed letter, numeral or figure numbers a list item (function-words.yaml `item-mark-after`). */
  itemMarkAfter: Set<string>;
  /** Coordinators joined by a slash, "and/or": function-words.yaml `slash-coordinators`. */
  slashCoordinators: Set<string>;
  /** Multiword function expressions, as word arrays. */
  functionPhrases: string[][];
  /** Reciprocal pronouns, as word sequences (function-words.yaml `reciprocals`: "each other", "one another"). */
  reciprocals: string[][];
  /** Phrases standing for the verb phrase before them, as word sequences (function-words.yaml `pro-verbs`: "do so"). */
  proVerbs: string[][];
  negators: Set<string>;
  /** Negators that coordinate a predicate and carry the prohibition before it over (negation.yaml `limb-negators`: "nor"). */
  limbNegators: Set<string>;
  /** The preposition of a verb of refraining ("refrain from"): negation.yaml `refraining-particles`. */
  refrainingParticles: Set<string>;
  /** A negated verb → the positive predicates that restate it, as lemma sequences ("…" a gap for the object): negation.yaml `negated-restatements`. */
  negatedRestatements: Map<string, string[][]>;
  /** The frame "whether W or not" (qualifiers.yaml `either-way`): the opener and the closing word sequences. */
  eitherWay: { opener: string; close: string[][] };
  /** Subjects whose plain negated present is a pledge, a prohibition ("We do not give"): negation.yaml `pledge-subjects`. */
  pledgeSubjects: Set<string>;
  /** Words that make a predicate a right of its subject ("shall be entitled to", "shall have the right to"): negation.yaml `rights`. */
  rights: Set<string>;
  /** Phrases in which a negator sets a limit or saves another rule and negates nothing (negation.yaml `limits`: "no later than"; `saving-formulas`: "without prejudice to"), as word arrays. */
  negatorLimits: string[][];
  /** Saving formulas (negation.yaml `saving-formulas`: "without prejudice"), as word arrays. */
  savingFormulas: string[][];
  /** Stance and permission antonyms (negation.yaml `antonyms`): lemma → the lemmas that reverse it. */
  antonyms: Map<string, Set<string>>;
  /** Predicates whose meaning holds a negation ("immune from", "exempt from"): negation.yaml `negative-predicates`. */
  negativePredicates: Set<string>;
  /** Words that under a negation restrict as "only" does ("shall not be used other than for"): negation.yaml `restriction-converses`, as word arrays. */
  restrictionConverses: string[][];
  /** Prefixes that make a word its opposite ("informal", "unofficial", "non-commercial"): negation.yaml `negative-prefixes`, lower case. */
  negativePrefixes: string[];
  /** Endings of the present and past participles (spelling.yaml `participle-endings`): before a noun the two of one verb are two words. */
  participleEndings: { present: string[]; past: string[] };
  /** Adverbs of degree that grade the word after them into a term of its own ("least developed"): function-words.yaml `degree-adverbs`. */
  degreeAdverbs: Set<string>;
  /** Adverbs that, opening a list item, are no manner of its verb (function-words.yaml `opening-not-manner`: negators, restrictors, connectives). */
  openingNotManner: Set<string>;
  /** Complex prepositions made of preposition + noun + preposition ("in accordance with"): function-words.yaml `complex-prepositions`, as lowercase phrases. */
  complexPrepositions: Set<string>;
  /** Adjectives of rank ("primary", "sole") whose article says one of several or the only one: function-words.yaml `ranking-adjectives`. */
  rankingAdjectives: Set<string>;
  /** Particles that close a compound made of a phrasal verb ("opt-out", "follow-up"): function-words.yaml `compound-particles`. */
  compoundParticles: Set<string>;
  /** Marks that open a hashtag or handle (function-words.yaml `tag-marks`: "#", "@"). */
  tagMarks: Set<string>;
  /** Prepositions of time by sense (function-words.yaml `time-senses`): sense → phrases as word arrays. */
  timeSenses: Map<string, string[][]>;
  /** Verbs one of which is not doing the other ("withhold" / "disclose"): negation.yaml `converses`, lemma → lemmas, both ways. */
  converses: Map<string, Set<string>>;
  /** The status of a norm (negation.yaml `status`): "weaker>stronger" → strengthened, and back → weakened. */
  status: Map<string, 'strengthened' | 'weakened'>;
  /**
   * Polarity flips between forces with a direction (negation.yaml `force-flips`, [weaker, stronger]
   * pairs of force names): "prohibition>permission" → weakened, "permission>prohibition" → strengthened.
   */
  forceFlips: Map<string, 'strengthened' | 'weakened'>;
  /** Modal markers indexed by their first word (longest phrase first). */
  modals: Map<string, ModalEntry[]>;
  prohibition: { neverBoost: number; max: number; defaultAux: number; statement: number; negatedPermission: number; emphatic: Set<string> };
  /** Verbs that bar someone from acting (modality.yaml `bars`): negated, they grant a permission. */
  bars: Set<string>;
  /** Duties the text lifts (modality.yaml `exemptions`): negated, these verbs (passive) and auxiliaries release from a duty. */
  exemptions: { verbs: Set<string>; auxiliaries: Set<string>; textSubjects: Set<string>; refusals: Set<string>; construals: string[][] };
  /**
   * A permission restricted to one case ("may be issued only by a judge"): it binds as the
   * strength given (modality.yaml `restricted-permission`); the restricting words and the heads of
   * the case after them.
   */
  restrictedPermission: { strength: number; words: Set<string>; heads: Set<string> };
  /** Adverbs that, right after the auxiliary of a positive obligation, add `boost` to its force ("should always"). */
  emphaticAdverbs: { words: Set<string>; boost: number };
  /** A plain statement against a possibility's auxiliary (modality.yaml `hedged-statement`). */
  hedgedStatement: { max: number; strength: number };
  /** Adverbs that weaken a directive verb right before it (modality.yaml `directive-downtoners`). */
  directiveDowntoners: Set<string>;
  /** Verbs that put an act under consideration (modality.yaml `hedges`): "consider convening". */
  hedges: Set<string>;
  /** Intentions whose "do not" negates the act (modality.yaml `neg-raising`): "do not intend to impose" = "intend not to impose". */
  negRaising: Set<string>;
  /** Verbs that after an aim only name reaching its object ("aim to achieve X"): modality.yaml `aim-verbs`. */
  aimVerbs: Set<string>;
  /** Pro-forms before a directive verb that closes a condition ("where … so require"; modality.yaml `condition-pro-forms`). */
  conditionProForms: Set<string>;
  /** Verbs that commit only to deliberate (modality.yaml `deliberative`): a hedge for one of them is wording. */
  deliberative: Set<string>;
  /** Words of content a hedge may take before its act (modality.yaml `hedge-words`): "explore the possibility of", "consider how best to". */
  hedgeWords: Set<string>;
  /** Adverbs of sequence that accompany a directive verb (modality.yaml `directive-adverbs`): "Also requests", "is further requested". */
  directiveAdverbs: Set<string>;
  /** A chain of auxiliaries ("shall endeavour to"): the share of the outer one's strength added to the weaker inner one's (modality.yaml `chain-step`). */
  chainStep: number;
  /** Auxiliaries and their past forms, reporting verbs, the strength of a conditional (modality.yaml `past-forms`). */
  pastForms: { pairs: Map<string, string>; reporting: Set<string>; conditional: Map<string, number>; attributions: { heads: string[][]; sources: Set<string>; openingSources: Set<string> } };
  /** Words that open a clause of purpose (modality.yaml `purpose-clauses`: "so that"), as word arrays: a modal auxiliary in one binds no one. */
  purposeClauses: string[][];
  /** Verbs by which a party is made to bring a state about (modality.yaml `ensure-verbs`: "must ensure that X are Y" restates "X shall be Y"). */
  ensureVerbs: Set<string>;
  /** The kind of modality of an auxiliary phrase ("may" → permission, "can" → ability): modality.yaml `senses`. */
  modalSenses: Map<string, string>;
  /** The future of a clause a verb governs ("explain how the data will be processed"): modality.yaml `tense-clauses`. */
  tenseClauses: { auxiliaries: Set<string>; openers: Set<string>; thatVerbs: Set<string> };
  /** The possibility a clause weighs ("the risk that the items may be used"): modality.yaml `epistemic-clauses`. */
  epistemicClauses: { auxiliaries: Set<string>; nouns: Set<string>; verbs: Set<string>; verbPhrases: string[][]; positions: Set<string> };
  /** Statements of what is possible ("cannot be achieved"): modality.yaml `possibility-statements`. */
  possibilityStatements: { auxiliaries: Set<string>; verbs: Set<string> };
  /** Statements of the law (modality.yaml `declarative`): "This Chapter shall apply" is the tense of a legal text. */
  declarative: { auxiliaries: Set<string>; verbs: Set<string>; subjects: Set<string>; consequences: Set<string> };
  actors: Set<string>;
  /** Determiners of an obligation borne severally ("Each Party"): actors.yaml `distributive`. */
  distributive: Set<string>;
  /** Words that name the bearers together ("The Parties", "both Parties"): actors.yaml `joint`. */
  joint: Set<string>;
  /** Words that take only part of the parties after them ("some", "a number of"), space-joined: actors.yaml `partial`. */
  partial: Set<string>;
  /** Relative pronouns that open a clause between a subject and its modal ("Exporters who …"): actors.yaml `relatives`. */
  relatives: Set<string>;
  /** Prepositions that attach a phrase to the head noun of a subject ("Operators of essential services shall"): actors.yaml `postmodifiers`. */
  postmodifiers: Set<string>;
  /** Prepositions after which a party noun names who does the act or whom it comes from ("by the producer", "from the vendor"): actors.yaml `party-prepositions`. */
  partyPrepositions: Set<string>;
  /** Participles that name a party's part in a procedure between two parties ("the requesting / requested State", "the sending / receiving Party"): actors.yaml `roles`. */
  roles: Set<string>;
  /** Words that, before "Party", name the parties to the instrument as the head alone does (actors.yaml `party-names`). */
  partyNames: Set<string>;
  /** An epithet that says which body is meant before the noun of an institution ("the competent authority"): actors.yaml `designations`. */
  designations: { words: Set<string>; heads: Set<string>; determiners: Set<string> };
  /** Nouns that name all the parties of a text together after a joint determiner ("the two sides", "both countries"): actors.yaml `joint-names`, lemmas. */
  jointNames: Set<string>;
  /** Nouns the issuer of a text calls itself by, for which its own "we" stands (actors.yaml `self-names`), lemmas. */
  selfNames: Set<string>;
  /** Pronouns that refer back to a party named before them (actors.yaml `anaphors`), with the number of the noun they stand for. */
  anaphors: Map<string, 'singular' | 'plural'>;
  /** Possessive determiners by person ("our" → first, "their" → third): actors.yaml `possessives`. */
  possessives: Map<string, string>;
  /** Personal pronouns by person ("we" → first, "they" → third): actors.yaml `personal-pronouns`. */
  personalPronouns: Map<string, string>;
  /** First-person personal pronouns ("we", "I"): with `possessives.first`, the speaker of a statement named as a subject: actors.yaml `first-person`. */
  firstPerson: Set<string>;
  /** Words that stand with a personal pronoun and name all of its parties ("We all", "Each of us"): actors.yaml `pronoun-quantifiers`. */
  pronounQuantifiers: Set<string>;
  /** Words before the head of a bearer that restrict no set of parties ("the respective authorities"): actors.yaml `unrestrictive`. */
  unrestrictive: Set<string>;
  /** A bearer restricted to one party acting on its own, before its head (`words`) or after it (`phrases`, lower-case word lists): actors.yaml `alone`. */
  alone: { words: Set<string>; phrases: string[][] };
  /** Prepositions after a noun that name who take part in the act it names ("Cooperation among States"): actors.yaml `act-prepositions`. */
  actPrepositions: Set<string>;
  /** Wordings of one indefinite party ("any person", "anyone"), each mapped to its group's number: actors.yaml `indefinite-equivalents`. */
  indefiniteEquivalents: Map<string, number>;
  /** A determiner before a party noun mapped to the pronoun that stands for the noun phrase with its noun elided ("other States" → "others"): actors.yaml `elided-others`. */
  elidedOthers: Map<string, string>;
  /** Predicates that lay a duty on their subject with no modal ("share responsibility", "are accountable"), lemmas space-joined: actors.yaml `duty-predicates`. */
  dutyPredicates: string[][];
  /** Words that open a clause whose subject bears no rule of the sentence ("only if the Authority has certified"), space-joined: actors.yaml `subordinators`. */
  subordinators: Set<string>;
  /** Stance expressions by first word (longest first), intensifiers (stance.yaml). */
  stance: { expressions: Map<string, StanceEntry[]>; intensifiers: Set<string>; intensifierPhrases: string[][]; step: number };
  qualifierHeads: Map<string, QualifierHead[]>;
  purposeKind: string;
  /** Names of legal instruments (qualifiers.yaml `instruments`, lower case): see QualifierHead.notReference. */
  instruments: Set<string>;
  /** Words that name a place in an agenda (qualifiers.yaml `agenda-items`, lower case): "under" + one is a reference wherever it stands. */
  agendaItems: Set<string>;
  /** The party's own law (qualifiers.yaml `own-law`, lower case): opening its sentence, "under" + one of `modifiers` + one of `nouns` is a condition, no framing reference. */
  ownLaw: { modifiers: Set<string>; nouns: Set<string> };
  /** Complement entries of purpose "to", as word arrays (last word first for backward matching). */
  complements: string[][];
  /** qualifiers.yaml `purpose-to.sequels`: bare infinitives after a noun that say what is to come of it ("confirmation to follow"). */
  purposeSequels: Set<string>;
  qualifierBoundaries: Set<string>;
  /** Words that end a time limit or a duration: the verb's object clause after it (qualifiers.yaml `limit-ends`: "within thirty days | whether"). */
  limitEnds: Set<string>;
  /** Connectives of the same condition ("if", "provided that"), as space-joined phrases. */
  sameCondition: Set<string>;
  /** Clause-opening exception connectives, the opposite of `sameCondition` (qualifiers.yaml `opposite-condition`). */
  oppositeCondition: Set<string>;
  /** Connectives that name the same cases ("including", "such as"), as space-joined phrases. */
  sameNamedCase: Set<string>;
  /** Connectives of a standard by how strictly they bind (qualifiers.yaml `standard-strictness`): conformity, and mere consistency. */
  standardStrict: Set<string>;
  standardLoose: Set<string>;
  /** A point in time named by a preposition and a noun of time or of an event ("on the date of signature", "upon signature"; qualifiers.yaml `time-points`), lower case. */
  timePoints: { prepositions: Set<string>; nouns: Set<string>; countedFrom: Set<string> };
  /** A standard a duty must meet (qualifiers.yaml `standards`): connectives ("in accordance with"), space-joined, and the words that name international law in its phrase. */
  standards: { heads: Set<string>; words: Set<string> };
  /** A shared basis stated, no condition (qualifiers.yaml `bases`): connectives ("on the basis of"), space-joined, and the words that name values or principles in its phrase. */
  bases: { heads: Set<string>; words: Set<string> };
  /** Criteria of a ranking act, no condition (qualifiers.yaml `criteria`): connectives, space-joined, and the lemmas of the verbs they follow. */
  criteria: { heads: Set<string>; verbs: Set<string> };
  /** Prepositions of time two of which coordinate over one noun phrase ("before and during training"; qualifiers.yaml `coordinated-time`). */
  coordinatedTime: Set<string>;
  /** Standards of effort by rank ("appropriate" 1 < "necessary" 2 < "all necessary" 3; qualifiers.yaml `effort-standards`). */
  effortStandards: Map<string, number>;
  /** A condition coordinated with a time the rule names, a further occasion (qualifiers.yaml `further-occasions`): coordinators and the words that may follow them. */
  furtherOccasions: { coordinators: Set<string>; between: Set<string> };
  /** The factors of an assessment (qualifiers.yaml `assessment-factors`): phrase heads, space-joined, and the lemmas of the verbs of assessing. */
  assessmentFactors: { heads: Set<string>; verbs: Set<string> };
  /** Adjectives that restrict which things a rule reaches, before its object's noun ("appropriate requests"; qualifiers.yaml `restricting-adjectives`). */
  restrictingAdjectives: Set<string>;
  /** Verbs of making or taking before an effort standard, as lemma sequences ("adopt [appropriate] procedures", "put in place"; qualifiers.yaml `effort-verbs`). */
  effortVerbs: string[][];
  /** Past participles read as restricting adjectives, matched by the word ("vetted researchers"; qualifiers.yaml `restricting-participles`). */
  restrictingParticiples: Set<string>;
  /** Adjectives that say where a thing is ("foreign", "domestic"): qualifiers.yaml `place-adjectives`. */
  placeAdjectives: Set<string>;
  /** Prepositions that open a postmodifier of place ("outside Africa", "in the Union"): qualifiers.yaml `place-prepositions`. */
  placePrepositions: Set<string>;
  /** Adjectives of a threshold of evidence, restricting before a noun of `thresholdNouns` ("a clear risk"; qualifiers.yaml `threshold-adjectives`). */
  thresholdAdjectives: Set<string>;
  /** Nouns of risk or evidence a threshold adjective restricts (qualifiers.yaml `threshold-nouns`, by lemma). */
  thresholdNouns: Set<string>;
  /** Determiners before which a threshold adjective refers back to an event named before (qualifiers.yaml `threshold-referring`). */
  thresholdReferring: Set<string>;
  /** Adjectives that say an act is done of the party's own will, inside a phrase of manner ("on a [voluntary and] confidential basis"; qualifiers.yaml `voluntary-adjectives`). */
  voluntaryAdjectives: Set<string>;
  /** Nouns of a phrase of manner a voluntary adjective must qualify to be a condition ("basis", "terms"; qualifiers.yaml `voluntary-nouns`, by lemma). */
  voluntaryNouns: Set<string>;
  /** Adverbs that make a condition's clause harder to meet (qualifiers.yaml `restricting-adverbs`: "consistently enforced"). */
  restrictingAdverbs: Set<string>;
  /** Wordings of one deadline counted from a point ("within", "not later than", "is due"; qualifiers.yaml `same-deadline`), space-joined. */
  sameDeadline: Set<string>;
  /** Wordings of one bound before a figure (qualifiers.yaml `same-bound`): each phrase's words → its kind ("minimum", "maximum"), space-joined. */
  sameBound: Map<string, string>;
  /** Heads that name the period a bound bounds, as word arrays, longest first (qualifiers.yaml `bound-heads`: "a period of"). */
  boundHeads: string[][];
  /** Heads of a phrase that limits the exception just before it (qualifiers.yaml `exception-limits`), space-joined. */
  exceptionLimits: Set<string>;
  /** An exception ("unless") and its restatement as the only condition of a permission ("only if"). */
  exceptionHeads: Set<string>;
  /** Condition phrases that say the act is voluntary (qualifiers.yaml `voluntary`). */
  voluntaryPhrases: Set<string>;
  /** Condition phrases that state a rule as the usual case ("in principle", "generally": qualifiers.yaml `usual-case`), space-joined. */
  usualCase: Set<string>;
  /** Connectives that already say "only if" (qualifiers.yaml `proviso`). */
  provisoHeads: Set<string>;
  onlyConditionHeads: Set<string>;
  /** Clause scope (qualifiers.yaml `limit-markers`, `goal-markers`, `choice-rules`, `narrowing-adverbs`), space-joined. */
  clauseScope: { limitMarkers: Set<string>; goalMarkers: Set<string>; choiceRules: Set<string>; narrowing: Set<string> };
  maxGap: number;
  /** How often a duty recurs (qualifiers.yaml `frequencies`): period words → days, words for a number of times, adverbs of a period → days. */
  /** Verbs of a counted target and of a vague one (qualifiers.yaml `targets`): "double" → "increase" is a target no longer counted. */
  targets: { counted: Set<string>; vague: Set<string> };
  frequencies: {
    units: Map<string, number>;
    multipliers: Map<string, number>;
    adverbs: Map<string, number>;
    sameWithin: number;
    uncounted: string[][];
    /** Words before "day(s)" that say which days count, with such a day's length in calendar days (qualifiers.yaml `frequencies.day-kinds`: "working" 1.4). */
    dayKinds: Map<string, number>;
  };
  /** Heads of a time limit set by a date (qualifiers.yaml `date-limits`), space-joined: when the act is due, or when the rule stops holding. */
  dateLimits: { deadline: Set<string>; duration: Set<string> };
  /** Time phrases that say the act or state ends, with no date (qualifiers.yaml `ending-adverbs`: "temporarily"). */
  endingAdverbs: Set<string>;
  /** Acts a rule limits rather than asks for, under "only" (qualifiers.yaml `restricted-acts`: "collect", "process"), lemmas. */
  restrictedActs: Set<string>;
  /** Time limits with no figure by how soon they ask the act (qualifiers.yaml `promptness`): phrase (space-joined) → rank, higher stricter. */
  promptness: Map<string, number>;
  /** Openers of an absolute construction that carries a time limit ("with its first meeting to be held … before 2026": qualifiers.yaml `absolute-openers`). */
  absoluteOpeners: Set<string>;
  spellingPairs: Map<string, Set<string>>;
  spellingRules: SpellingRule[];
  spellingEndings: string[];
  spellingMinLength: number;
  /** Endings that make a word of its own from a stem (spelling.yaml `lexeme-endings`), longest first. */
  lexemeEndings: string[];
  /** Characters misread for a letter (spelling.yaml `misread`), longest first. */
  misread: { from: string; to: string }[];
  /** Number words (spelling.yaml `numbers`): value and role of each word; words read inside a number. */
  numberWords: Map<string, { value: number; role: 'unit' | 'ten' | 'scale' }>;
  /** Number words (units 1–9 and ordinals, spelling.yaml `numbers`) a figure in an acronym may stand for ("3PAO"). */
  acronymNumbers: Map<string, number>;
  numberJoiners: Set<string>;
  /** Written forms of one word or phrase (spelling.yaml `forms`): squeezed form → group number. */
  writtenForms: Map<string, number>;
  /** Words shortened without a mark (spelling.yaml `clipped`: "info", "intl"), lower case. */
  clipped: Set<string>;
  /** Month names and abbreviations (spelling.yaml `months`) → month number. */
  months: Map<string, number>;
  thresholds: {
    qualifierMissing: number;
    qualifierMinContent: number;
    clauseMissing: number;
    clauseMinContent: number;
    clauseKept: number;
    clauseMerged: number;
    subjectMaxWords: number;
    relativeMaxWords: number;
    purposeBacktrack: number;
    cleanupMaxEqual: number;
    quotedMinWords: number;
    alignTieWindow: number;
    alignSentenceKeep: number;
    alignSentenceSame: number;
    alignSentenceMoved: number;
    alignFrontedMax: number;
    diffMaxEdit: number;
    moveMinContent: number;
    moveSimilarity: number;
    moveWindow: number;
    movePhraseContent: number;
    sentenceMoved: number;
    parentheticalMaxWords: number;
    spanEqualRun: number;
  };
  weights: { perContentWord: number; maxContent: number; type: Record<VariantType, number> };
}

type Raw = Record<string, unknown>;

/** Merge `extra` over `base`: arrays concatenated, plain objects merged, scalars replaced. */
/** A written form as `forms` compares it: lower case, without spaces and dots ("e.g." → "eg", "per cent" → "percent"). */
/** Every word of a set of (multi-word) phrases, computed once per set: a cheap test before a phrase is built. */
const PHRASE_WORDS = new WeakMap<ReadonlySet<string>, { all: Set<string>; first: Set<string> }>();
function phraseWordsOf(phrases: ReadonlySet<string>): { all: Set<string>; first: Set<string> } {
  let s = PHRASE_WORDS.get(phrases);
  if (!s) {
    s = { all: new Set(), first: new Set() };
    for (const p of phrases) {
      const w = p.split(' ');
      s.first.add(w[0]);
      for (const x of w) s.all.add(x);
    }
    PHRASE_WORDS.set(phrases, s);
  }
  return s;
}

/** The words that occur anywhere in a set of phrases. */
export function phraseWords(phrases: ReadonlySet<string>): ReadonlySet<string> {
  return phraseWordsOf(phrases).all;
}

/** The first words of a set of phrases. */
export function firstWords(phrases: ReadonlySet<string>): ReadonlySet<string> {
  return phraseWordsOf(phrases).first;
}

/**
 * The words that open the phrases of a lexicon list (each phrase its words, as `words` splits them),
 * so that a scan for the phrases at every token first asks whether the token can open one at all
 * and tries them in order only when it can (the same phrase found, without a closure per phrase
 * and token). Null when a phrase is empty: it opens everywhere. Worked out once per list: the
 * lists of a loaded lexicon are never changed (a list of phrases, or a map of such lists).
 */
export function openingWords(phrases: readonly (readonly string[])[] | ReadonlyMap<string, readonly (readonly string[])[]>): ReadonlySet<string> | null {
  const known = openers.get(phrases);
  if (known !== undefined) return known;
  let out: Set<string> | null = new Set();
  for (const list of phrases instanceof Map ? phrases.values() : [phrases as readonly (readonly string[])[]]) {
    for (const p of list) {
      if (p.length === 0) {
        out = null;
        break;
      }
      out.add(p[0]);
    }
    if (out === null) break;
  }
  openers.set(phrases, out);
  return out;
}

const openers = new WeakMap<object, ReadonlySet<string> | null>();

export function squeezeForm(s: string): string {
  return s.toLowerCase().replace(/[\s.]+/g, '');
}

export function mergeData(base: unknown, extra: unknown): unknown {
  if (extra === undefined || extra === null) return base;
  if (Array.isArray(base) && Array.isArray(extra)) return [...base, ...extra];
  if (isObject(base) && isObject(extra)) {
    const out: Raw = { ...base };
    for (const k of Object.keys(extra)) out[k] = k in base ? mergeData(base[k], extra[k]) : extra[k];
    return out;
  }
  return extra;
}

function isObject(x: unknown): x is Raw {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

const cache = new Map<string, Lexicons>();

/**
 * Read the package's `lexicons/*.yaml`, then merge the same-named files of `extraDir` (a corpus's
 * own `lexicons/`) when that directory exists. Cached per `extraDir` for the life of the process.
 */
export function loadLexicons(extraDir?: string): Lexicons {
  const key = extraDir ?? '';
  const hit = cache.get(key);
  if (hit) return hit;
  const raw: Record<string, unknown> = {};
  for (const name of LEXICON_FILES) {
    raw[name] = readPackageData<unknown>(name) ?? {};
    if (extraDir && existsSync(join(extraDir, `${name}.yaml`))) {
      const extraPath = join(extraDir, `${name}.yaml`);
      const extra = parseYamlFile<unknown>(readText(extraPath), extraPath);
      raw[name] = mergeData(raw[name], extra);
    }
  }
  const lex = compileLexicons(raw);
  cache.set(key, lex);
  return lex;
}

/** A `next-word` (`not-before-word`) pattern of qualifiers.yaml, matched against a whole normalised word. */
function pattern(src: string, phrase: string): RegExp {
  try {
    return new RegExp(`^(?:${src})$`, 'u');
  } catch (e) {
    throw new UserError(`the next-word pattern '${src}' of '${phrase}' is not a valid regular expression (${(e as Error).message})`, { file: 'lexicons/qualifiers.yaml' });
  }
}

function words(s: string): string[] {
  return s.toLowerCase().trim().split(/\s+/).filter((w) => w !== '');
}

function list(x: unknown, file: string, key: string): unknown[] {
  if (x === undefined || x === null) return [];
  if (!Array.isArray(x)) throw new UserError(`'${key}' must be a list`, { file: `lexicons/${file}.yaml` });
  return x;
}

/** qualifiers.yaml `promptness`: lists of phrases, strictest first → phrase → rank (the first list highest). */
function promptnessRanks(x: unknown): Map<string, number> {
  const out = new Map<string, number>();
  if (x === undefined || x === null) return out;
  if (!Array.isArray(x)) throw new Error('lexicons/qualifiers.yaml: promptness must be a list of lists');
  x.forEach((tier, k) => {
    for (const p of strList(tier, 'qualifiers', 'promptness')) out.set(words(p).join(' '), x.length - k);
  });
  return out;
}

function strList(x: unknown, file: string, key: string): string[] {
  return list(x, file, key).map((v) => String(v).toLowerCase().trim());
}

/** "OPEN CLOSE" entries (function-words.yaml `parenthetical-marks`, `bracketing-marks`) → open mark → close mark. */
function markPairs(entries: string[], key = 'parenthetical-marks'): Map<string, string> {
  const m = new Map<string, string>();
  for (const e of entries) {
    const parts = e.split(/\s+/);
    if (parts.length !== 2) throw new UserError(`'${key}' entry "${e}" must be two marks separated by a space`, { file: 'lexicons/function-words.yaml' });
    m.set(parts[0], parts[1]);
  }
  return m;
}

function num(x: unknown, dflt: number, file: string, key: string): number {
  if (x === undefined || x === null) return dflt;
  if (typeof x !== 'number' || !Number.isFinite(x)) {
    throw new UserError(`'${key}' must be a number`, { file: `lexicons/${file}.yaml` });
  }
  return x;
}

/** modality.yaml `past-forms`: `pairs` (present: past), `reporting` verbs, `conditional` strengths. */
function pastForms(r: Raw): Lexicons['pastForms'] {
  const pairs = new Map<string, string>();
  for (const [k, v] of Object.entries(obj(r.pairs))) pairs.set(k.toLowerCase(), String(v).toLowerCase());
  const conditional = new Map<string, number>();
  for (const [k, v] of Object.entries(obj(r.conditional))) conditional.set(k.toLowerCase(), num(v, 0, 'modality', `past-forms.conditional.${k}`));
  const att = obj(r.attributions);
  const attributions = {
    heads: strList(att.heads ?? [], 'modality', 'past-forms.attributions.heads').map(words),
    sources: new Set(strList(att.sources ?? [], 'modality', 'past-forms.attributions.sources').map((x) => x.toLowerCase())),
    openingSources: new Set(strList(att['opening-sources'] ?? [], 'modality', 'past-forms.attributions.opening-sources').map((x) => x.toLowerCase())),
  };
  return { pairs, reporting: new Set(strList(r.reporting, 'modality', 'past-forms.reporting')), conditional, attributions };
}

function obj(x: unknown): Raw {
  return isObject(x) ? x : {};
}

/** Turn the parsed (and merged) YAML of every lexicon file into the lookup structures. */
export function compileLexicons(raw: Record<string, unknown>): Lexicons {
  const fw = obj(raw['function-words']);
  const neg = obj(raw['negation']);
  const mod = obj(raw['modality']);
  const act = obj(raw['actors']);
  const qual = obj(raw['qualifiers']);
  const sp = obj(raw['spelling']);
  // (words set in brackets, "[deleted]", "[emphasis added]": a function-words.yaml list, lower case,
  // spaces removed, as the brackets' words are read)
  const bracketWords = (key: string) => new Set(list(fw[key] ?? [], 'function-words', key).map((x) => String(x).toLowerCase().replace(/\s+/g, '')));
  const th = obj(raw['thresholds']);
  const st = obj(raw['stance']);

  const negators = new Set(strList(neg.words, 'negation', 'words'));
  // (a saving formula, "without prejudice to", is read as the limits are: its negator negates nothing)
  const negatorLimits = [...strList(neg.limits, 'negation', 'limits'), ...strList(neg['saving-formulas'] ?? [], 'negation', 'saving-formulas')].map(words).filter((w) => w.length > 1);
  const antonyms = new Map<string, Set<string>>();
  for (const p of list(neg.antonyms, 'negation', 'antonyms')) {
    if (!Array.isArray(p) || p.length !== 2) throw new UserError(`an antonym pair must have two words`, { file: 'lexicons/negation.yaml' });
    const [a, b] = p.map((x) => String(x).toLowerCase().trim());
    for (const [x, y] of [[a, b], [b, a]] as const) antonyms.set(x, (antonyms.get(x) ?? new Set()).add(y));
  }
  const converses = new Map<string, Set<string>>();
  for (const p of list(neg.converses ?? [], 'negation', 'converses')) {
    if (!Array.isArray(p) || p.length !== 2) throw new UserError(`a converse pair must have two words`, { file: 'lexicons/negation.yaml' });
    const [a, b] = p.map((x) => String(x).toLowerCase().trim());
    for (const [x, y] of [[a, b], [b, a]] as const) converses.set(x, (converses.get(x) ?? new Set()).add(y));
  }
  // status pairs [weaker, stronger] are antonyms with a direction
  const status = new Map<string, 'strengthened' | 'weakened'>();
  for (const p of list(neg.status, 'negation', 'status')) {
    if (!Array.isArray(p) || p.length !== 2) throw new UserError(`a status pair must have two words`, { file: 'lexicons/negation.yaml' });
    const [a, b] = p.map((x) => String(x).toLowerCase().trim());
    for (const [x, y] of [[a, b], [b, a]] as const) antonyms.set(x, (antonyms.get(x) ?? new Set()).add(y));
    status.set(`${a}>${b}`, 'strengthened');
    status.set(`${b}>${a}`, 'weakened');
  }
  // force-flips: [weaker, stronger] pairs of the forces a polarity flip names (negation.ts)
  const forceFlips = new Map<string, 'strengthened' | 'weakened'>();
  for (const p of list(neg['force-flips'] ?? [], 'negation', 'force-flips')) {
    if (!Array.isArray(p) || p.length !== 2) throw new UserError(`a force-flips pair must have two force names`, { file: 'lexicons/negation.yaml' });
    const [a, b] = p.map((x) => String(x).toLowerCase().trim());
    forceFlips.set(`${a}>${b}`, 'strengthened');
    forceFlips.set(`${b}>${a}`, 'weakened');
  }

  // modality: a later entry with the same phrase replaces an earlier one
  const byPhrase = new Map<string, ModalEntry>();
  const phraseOrder: string[] = [];
  for (const e of list(mod.markers, 'modality', 'markers')) {
    const r = obj(e);
    const phrase = words(String(r.phrase ?? '')).join(' ');
    if (phrase === '') throw new UserError(`a marker has no phrase`, { file: 'lexicons/modality.yaml' });
    const kind = r.kind === 'verb' ? 'verb' : 'aux';
    const entry: ModalEntry = { words: phrase.split(' '), phrase, strength: num(r.strength, 0, 'modality', 'strength'), kind };
    if (kind === 'verb' && r.negative === true) entry.negative = true;
    if (kind === 'verb' && r.act === true) entry.act = true;
    if (kind === 'verb' && r['object-act'] === true) entry.objectAct = true;
    if (Array.isArray(r['next-pos'])) entry.nextPos = (r['next-pos'] as unknown[]).map((x) => String(x).toUpperCase());
    if (Array.isArray(r['next-word'])) entry.nextWord = (r['next-word'] as unknown[]).map((x) => String(x).toLowerCase());
    if (Array.isArray(r['previous-word'])) entry.previousWord = (r['previous-word'] as unknown[]).map((x) => String(x).toLowerCase());
    if (r['negator-gap'] === true) entry.negatorGap = true;
    if (kind === 'verb' && r['passive-strength'] !== undefined) entry.passiveStrength = num(r['passive-strength'], 0, 'modality', 'passive-strength');
    if (kind === 'aux' && r.alone === true) entry.alone = true;
    if (Array.isArray(r['not-subject'])) entry.notSubject = new Set((r['not-subject'] as unknown[]).map((x) => String(x).toLowerCase()));
    if (!byPhrase.has(phrase)) phraseOrder.push(phrase);
    byPhrase.set(phrase, entry);
  }
  const modals = new Map<string, ModalEntry[]>();
  for (const p of phraseOrder) {
    const e = byPhrase.get(p)!;
    const first = e.words[0];
    const arr = modals.get(first) ?? [];
    arr.push(e);
    modals.set(first, arr);
  }
  for (const arr of modals.values()) arr.sort((a, b) => b.words.length - a.words.length);
  const pro = obj(mod.prohibition);

  // function words: never the single-word modal auxiliaries or the negators
  const modalAux = new Set<string>();
  for (const e of byPhrase.values()) if (e.kind === 'aux' && e.words.length === 1) modalAux.add(e.words[0]);
  const functionWords = new Set(strList(fw.words, 'function-words', 'words').filter((w) => !negators.has(w) && !modalAux.has(w)));

  // stance: a later entry with the same phrase replaces an earlier one
  const stanceByPhrase = new Map<string, StanceEntry>();
  for (const e of list(st.expressions, 'stance', 'expressions')) {
    const r = obj(e);
    const ws = words(String(r.phrase ?? ''));
    if (ws.length === 0) throw new UserError(`a stance expression has no phrase`, { file: 'lexicons/stance.yaml' });
    if (typeof r.strength !== 'number') throw new UserError(`the stance expression '${ws.join(' ')}' needs a numeric strength`, { file: 'lexicons/stance.yaml' });
    stanceByPhrase.set(ws.join(' '), { words: ws, phrase: ws.join(' '), strength: r.strength });
  }
  const stanceExpressions = new Map<string, StanceEntry[]>();
  for (const e of stanceByPhrase.values()) stanceExpressions.set(e.words[0], [...(stanceExpressions.get(e.words[0]) ?? []), e]);
  for (const arr of stanceExpressions.values()) arr.sort((a, b) => b.words.length - a.words.length);
  const intensifierList = strList(st.intensifiers, 'stance', 'intensifiers').map(words).filter((w) => w.length > 0);

  const qualifierHeads = new Map<string, QualifierHead[]>();
  for (const e of list(qual.heads, 'qualifiers', 'heads')) {
    const r = obj(e);
    const ws = words(String(r.phrase ?? ''));
    if (ws.length === 0 || ws[0] === '...') throw new UserError(`a qualifier head has no phrase`, { file: 'lexicons/qualifiers.yaml' });
    const h: QualifierHead = {
      phrase: ws.join(' '),
      words: ws,
      kind: String(r.kind ?? 'condition'),
      verbal: r.verbal === true,
      nextPos: Array.isArray(r['next-pos']) ? (r['next-pos'] as unknown[]).map((x) => String(x).toUpperCase()) : null,
      nextWord: Array.isArray(r['next-word']) ? (r['next-word'] as unknown[]).map((x) => pattern(String(x), ws.join(' '))) : null,
      notAfter: Array.isArray(r['not-after']) ? (r['not-after'] as unknown[]).map((x) => String(x).toUpperCase()) : null,
      notAfterWord: Array.isArray(r['not-after-word']) ? (r['not-after-word'] as unknown[]).map((x) => String(x).toLowerCase()) : null,
      predicate: r.predicate === true,
      notBefore: Array.isArray(r['not-before']) ? (r['not-before'] as unknown[]).map((x) => String(x).toUpperCase()) : null,
      notBeforeWord: Array.isArray(r['not-before-word']) ? (r['not-before-word'] as unknown[]).map((x) => pattern(String(x), ws.join(' '))) : null,
      notAfterParticiple: r['not-after-participle'] === true,
      describesNoun: Array.isArray(r['describes-noun']) ? (r['describes-noun'] as unknown[]).map((x) => String(x).toLowerCase()) : null,
      clause: r.clause === true,
      afterVerb: Array.isArray(r['after-verb']) ? (r['after-verb'] as unknown[]).map((x) => String(x).toLowerCase()) : null,
      gapPos: Array.isArray(r['gap-pos']) ? (r['gap-pos'] as unknown[]).map((x) => String(x).toUpperCase()) : null,
      notReference: r['not-reference'] === true,
      notCiting: Array.isArray(r['not-citing']) ? (r['not-citing'] as unknown[]).map((x) => String(x).toLowerCase()) : null,
      participle: r.participle === true,
      endsBefore: Array.isArray(r['ends-before']) ? (r['ends-before'] as unknown[]).map((x) => String(x).toLowerCase()) : null,
      extent: r.extent === 'word' ? 'word' : 'phrase',
    };
    const arr = qualifierHeads.get(ws[0]) ?? [];
    arr.push(h);
    qualifierHeads.set(ws[0], arr);
  }
  for (const arr of qualifierHeads.values()) arr.sort((a, b) => b.words.length - a.words.length);
  const purpose = obj(qual['purpose-to']);

  const spellingPairs = new Map<string, Set<string>>();
  for (const p of list(sp.pairs, 'spelling', 'pairs')) {
    if (!Array.isArray(p) || p.length !== 2) throw new UserError(`a spelling pair must have two words`, { file: 'lexicons/spelling.yaml' });
    const [a, b] = p.map((x) => String(x).toLowerCase().trim());
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const s = spellingPairs.get(x) ?? new Set<string>();
      s.add(y);
      spellingPairs.set(x, s);
    }
  }
  const spellingRules = list(sp.rules, 'spelling', 'rules').map((r) => {
    const o = obj(r);
    return { from: String(o.from ?? '').toLowerCase(), to: String(o.to ?? '').toLowerCase() };
  }).filter((r) => r.from !== '');
  // longest endings first so the regex prefers them
  const spellingEndings = strList(sp.endings, 'spelling', 'endings').sort((a, b) => b.length - a.length);

  const numbers = obj(sp.numbers);
  const numberWords = new Map<string, { value: number; role: 'unit' | 'ten' | 'scale' }>();
  for (const [role, key] of [['unit', 'units'], ['ten', 'tens'], ['scale', 'scales']] as const) {
    for (const [word, value] of Object.entries(obj(numbers[key]))) {
      if (typeof value !== 'number') throw new UserError(`'numbers.${key}.${word}' must be a number`, { file: 'lexicons/spelling.yaml' });
      numberWords.set(word.toLowerCase(), { value, role });
    }
  }
  // (ordinals only for acronyms: "3PAO"; spelling.yaml numbers.ordinals)
  const acronymNumbers = new Map<string, number>();
  for (const [word, e] of numberWords) if (e.role === 'unit' && e.value >= 1 && e.value <= 9) acronymNumbers.set(word, e.value);
  for (const [word, value] of Object.entries(obj(numbers.ordinals ?? {}))) {
    if (typeof value !== 'number') throw new UserError(`'numbers.ordinals.${word}' must be a number`, { file: 'lexicons/spelling.yaml' });
    acronymNumbers.set(word.toLowerCase(), value);
  }
  const numberJoiners = new Set(strList(numbers.joiners, 'spelling', 'numbers.joiners').map((x) => x.toLowerCase()));

  const writtenForms = new Map<string, number>();
  list(sp.forms, 'spelling', 'forms').forEach((g, k) => {
    if (!Array.isArray(g) || g.length < 2) throw new UserError(`a group of written forms must list two forms or more`, { file: 'lexicons/spelling.yaml' });
    for (const f of g) writtenForms.set(squeezeForm(String(f)), k);
  });
  /** A map of words to positive numbers (qualifiers.yaml `frequencies`). */
  const numberMap = (v: unknown, key: string): Map<string, number> => {
    const m = new Map<string, number>();
    for (const [word, value] of Object.entries(obj(v))) {
      if (typeof value !== 'number' || !(value > 0)) throw new UserError(`'${key}.${word}' must be a positive number`, { file: 'lexicons/qualifiers.yaml' });
      m.set(word.toLowerCase(), value);
    }
    return m;
  };
  const clipped = new Set(strList(sp.clipped ?? [], 'spelling', 'clipped').map((x) => x.toLowerCase()));
  const months = new Map<string, number>();
  for (const [word, value] of Object.entries(obj(sp.months))) {
    if (typeof value !== 'number' || value < 1 || value > 12) throw new UserError(`'months.${word}' must be a month number (1–12)`, { file: 'lexicons/spelling.yaml' });
    months.set(word.toLowerCase(), value);
  }

  const w = obj(th.weights);
  const wt = obj(w.type);
  const type = {} as Record<VariantType, number>;
  for (const k of [...ACCIDENTAL_TYPES, ...SUBSTANTIVE_TYPES]) {
    if (typeof wt[k] !== 'number') throw new UserError(`'weights.type.${k}' must be a number`, { file: 'lexicons/thresholds.yaml' });
    type[k] = wt[k] as number;
  }

  return {
    functionWords,
    quantifiers: new Set(strList(fw.quantifiers ?? [], 'function-words', 'quantifiers')),
    universals: new Set(strList(fw.universals ?? [], 'function-words', 'universals')),
    definiteDeterminers: new Set(strList(fw['definite-determiners'] ?? [], 'function-words', 'definite-determiners')),
    classArticles: new Set(strList(fw['class-articles'] ?? [], 'function-words', 'class-articles')),
    genericUniversals: new Set(strList(fw['generic-universals'] ?? [], 'function-words', 'generic-universals')),
    mannerNouns: new Set(strList(fw['manner-nouns'] ?? [], 'function-words', 'manner-nouns')),
    additiveAdverbs: new Set(strList(fw['additive-adverbs'] ?? [], 'function-words', 'additive-adverbs').map((x) => x.toLowerCase())),
    agreeingDeterminers: new Set(strList(fw['agreeing-determiners'] ?? [], 'function-words', 'agreeing-determiners').map((x) => x.toLowerCase())),
    clauseOpeners: new Set(strList(fw['clause-openers'] ?? [], 'function-words', 'clause-openers').map((x) => x.toLowerCase())),
    nounPrepositions: new Set(strList(fw['noun-prepositions'] ?? [], 'function-words', 'noun-prepositions')),
    parentheticalMarks: markPairs(strList(fw['parenthetical-marks'] ?? [], 'function-words', 'parenthetical-marks')),
    bracketingMarks: markPairs(strList(fw['bracketing-marks'] ?? [], 'function-words', 'bracketing-marks'), 'bracketing-marks'),
    ellipsisMarks: new Set(list(fw['ellipsis-marks'] ?? [], 'function-words', 'ellipsis-marks').map((x) => String(x).trim())),
    editorialMarks: bracketWords('editorial-marks'),
    quoterMarks: bracketWords('quoter-marks'),
    fillers: new Set(strList(fw.fillers ?? [], 'function-words', 'fillers').map((w) => w.toLowerCase())),
    itemMarkAfter: new Set(strList(fw['item-mark-after'] ?? [], 'function-words', 'item-mark-after').map((w) => w.toLowerCase())),
    slashCoordinators: new Set(strList(fw['slash-coordinators'] ?? [], 'function-words', 'slash-coordinators').map((w) => w.toLowerCase())),
    functionPhrases: strList(fw.phrases, 'function-words', 'phrases').map(words).filter((p) => p.length > 1),
    reciprocals: strList(fw.reciprocals ?? [], 'function-words', 'reciprocals').map(words),
    proVerbs: strList(fw['pro-verbs'] ?? [], 'function-words', 'pro-verbs').map(words),
    negators,
    limbNegators: new Set(strList(neg['limb-negators'] ?? [], 'negation', 'limb-negators')),
    refrainingParticles: new Set(strList(neg['refraining-particles'] ?? [], 'negation', 'refraining-particles')),
    negatedRestatements: (() => {
      const m = new Map<string, string[][]>();
      for (const [k, v] of Object.entries(obj(neg['negated-restatements'] ?? {}))) m.set(k.toLowerCase(), strList(v, 'negation', `negated-restatements.${k}`).map((x) => x.split(/\s+/)));
      return m;
    })(),
    eitherWay: (() => {
      const ew = obj(qual['either-way'] ?? {});
      return { opener: String(ew.opener ?? '').toLowerCase(), close: strList(ew.close ?? [], 'qualifiers', 'either-way.close').map((x) => words(x)) };
    })(),
    pledgeSubjects: new Set(strList(neg['pledge-subjects'] ?? [], 'negation', 'pledge-subjects')),
    negatorLimits,
    savingFormulas: strList(neg['saving-formulas'] ?? [], 'negation', 'saving-formulas').map(words).filter((w) => w.length > 0),
    rights: new Set(strList(neg.rights ?? [], 'negation', 'rights')),
    antonyms,
    negativePredicates: new Set(strList(neg['negative-predicates'] ?? [], 'negation', 'negative-predicates').map((w) => w.toLowerCase())),
    converses,
    timeSenses: (() => {
      const ts = obj(fw['time-senses'] ?? {});
      const m = new Map<string, string[][]>();
      for (const [k, v] of Object.entries(ts)) m.set(k, strList(v, 'function-words', `time-senses.${k}`).map(words).filter((w) => w.length > 0));
      return m;
    })(),
    compoundParticles: new Set(strList(fw['compound-particles'] ?? [], 'function-words', 'compound-particles').map((w) => w.toLowerCase())),
    tagMarks: new Set(strList(fw['tag-marks'] ?? [], 'function-words', 'tag-marks')),
    degreeAdverbs: new Set(strList(fw['degree-adverbs'] ?? [], 'function-words', 'degree-adverbs').map((w) => w.toLowerCase())),
    openingNotManner: new Set(strList(fw['opening-not-manner'] ?? [], 'function-words', 'opening-not-manner').map((w) => w.toLowerCase())),
    rankingAdjectives: new Set(strList(fw['ranking-adjectives'] ?? [], 'function-words', 'ranking-adjectives').map((w) => w.toLowerCase())),
    complexPrepositions: new Set(strList(fw['complex-prepositions'] ?? [], 'function-words', 'complex-prepositions').map((w) => w.toLowerCase())),
    participleEndings: (() => {
      const pe = obj(sp['participle-endings'] ?? {});
      return { present: strList(pe.present ?? [], 'spelling', 'participle-endings.present'), past: strList(pe.past ?? [], 'spelling', 'participle-endings.past') };
    })(),
    restrictionConverses: strList(neg['restriction-converses'] ?? [], 'negation', 'restriction-converses').map(words).filter((w) => w.length > 0),
    negativePrefixes: strList(neg['negative-prefixes'] ?? [], 'negation', 'negative-prefixes').map((x) => x.toLowerCase()),
    status,
    forceFlips,
    modals,
    prohibition: {
      neverBoost: num(pro['never-boost'], 1, 'modality', 'prohibition.never-boost'),
      max: num(pro.max, 6, 'modality', 'prohibition.max'),
      defaultAux: num(pro['default-aux'], 4, 'modality', 'prohibition.default-aux'),
      statement: num(pro.statement, 0, 'modality', 'prohibition.statement'),
      negatedPermission: num(pro['negated-permission'], 5, 'modality', 'prohibition.negated-permission'),
      emphatic: new Set(strList(pro['emphatic-negators'], 'modality', 'prohibition.emphatic-negators')),
    },
    bars: new Set(strList(mod.bars, 'modality', 'bars')),
    hedges: new Set(strList(mod.hedges, 'modality', 'hedges')),
    negRaising: new Set(strList(mod['neg-raising'] ?? [], 'modality', 'neg-raising')),
    aimVerbs: new Set(strList(mod['aim-verbs'] ?? [], 'modality', 'aim-verbs')),
    conditionProForms: new Set(strList(mod['condition-pro-forms'] ?? [], 'modality', 'condition-pro-forms')),
    deliberative: new Set(strList(mod.deliberative ?? [], 'modality', 'deliberative')),
    hedgeWords: new Set(strList(mod['hedge-words'], 'modality', 'hedge-words')),
    restrictedPermission: {
      strength: num(obj(mod['restricted-permission']).strength, 5, 'modality', 'restricted-permission.strength'),
      words: new Set(strList(obj(mod['restricted-permission']).words ?? [], 'modality', 'restricted-permission.words')),
      heads: new Set(strList(obj(mod['restricted-permission']).heads ?? [], 'modality', 'restricted-permission.heads')),
    },
    emphaticAdverbs: {
      words: new Set(strList(obj(mod['emphatic-adverbs']).words ?? [], 'modality', 'emphatic-adverbs.words')),
      boost: num(obj(mod['emphatic-adverbs']).boost, 0.25, 'modality', 'emphatic-adverbs.boost'),
    },
    directiveDowntoners: new Set(strList(mod['directive-downtoners'] ?? [], 'modality', 'directive-downtoners')),
    hedgedStatement: {
      max: num(obj(mod['hedged-statement']).max, 1, 'modality', 'hedged-statement.max'),
      strength: num(obj(mod['hedged-statement']).strength, 1.5, 'modality', 'hedged-statement.strength'),
    },
    exemptions: {
      verbs: new Set(strList(obj(mod.exemptions).verbs, 'modality', 'exemptions.verbs')),
      auxiliaries: new Set(strList(obj(mod.exemptions).auxiliaries, 'modality', 'exemptions.auxiliaries').map((x) => words(x).join(' '))),
      textSubjects: new Set(strList(obj(mod.exemptions)['text-subjects'] ?? [], 'modality', 'exemptions.text-subjects').map((x) => x.toLowerCase())),
      // (commitment phrases refused by "do not" before them: "We do not commit to")
      refusals: new Set(strList(obj(mod.exemptions).refusals ?? [], 'modality', 'exemptions.refusals').map((x) => words(x).join(' '))),
      // (the passive of reading the text so, "be construed as": what it may not be read as imposing, it does not impose)
      construals: strList(obj(mod.exemptions).construals ?? [], 'modality', 'exemptions.construals').map((x) => words(x)),
    },
    directiveAdverbs: new Set(strList(mod['directive-adverbs'], 'modality', 'directive-adverbs')),
    pastForms: pastForms(obj(mod['past-forms'])),
    chainStep: num(mod['chain-step'], 0.1, 'modality', 'chain-step'),
    purposeClauses: strList(mod['purpose-clauses'] ?? [], 'modality', 'purpose-clauses').map(words).filter((p) => p.length > 0),
    ensureVerbs: new Set(strList(mod['ensure-verbs'] ?? [], 'modality', 'ensure-verbs')),
    modalSenses: new Map(Object.entries(obj(mod.senses)).flatMap(([sense, ws]) => strList(ws, 'modality', `senses.${sense}`).map((w) => [words(w).join(' '), sense] as [string, string]))),
    tenseClauses: {
      auxiliaries: new Set(strList(obj(mod['tense-clauses']).auxiliaries ?? [], 'modality', 'tense-clauses.auxiliaries')),
      openers: new Set(strList(obj(mod['tense-clauses']).openers ?? [], 'modality', 'tense-clauses.openers')),
      thatVerbs: new Set(strList(obj(mod['tense-clauses'])['that-verbs'] ?? [], 'modality', 'tense-clauses.that-verbs')),
    },
    epistemicClauses: {
      auxiliaries: new Set(strList(obj(mod['epistemic-clauses']).auxiliaries ?? [], 'modality', 'epistemic-clauses.auxiliaries')),
      nouns: new Set(strList(obj(mod['epistemic-clauses']).nouns ?? [], 'modality', 'epistemic-clauses.nouns')),
      verbs: new Set(strList(obj(mod['epistemic-clauses']).verbs ?? [], 'modality', 'epistemic-clauses.verbs')),
      verbPhrases: strList(obj(mod['epistemic-clauses'])['verb-phrases'] ?? [], 'modality', 'epistemic-clauses.verb-phrases').map((p) => p.split(/\s+/)),
      positions: new Set(strList(obj(mod['epistemic-clauses']).positions ?? [], 'modality', 'epistemic-clauses.positions')),
    },
    possibilityStatements: {
      auxiliaries: new Set(strList(obj(mod['possibility-statements']).auxiliaries ?? [], 'modality', 'possibility-statements.auxiliaries')),
      verbs: new Set(strList(obj(mod['possibility-statements']).verbs ?? [], 'modality', 'possibility-statements.verbs')),
    },
    declarative: {
      auxiliaries: new Set(strList(obj(mod.declarative).auxiliaries, 'modality', 'declarative.auxiliaries')),
      verbs: new Set(strList(obj(mod.declarative).verbs, 'modality', 'declarative.verbs')),
      subjects: new Set(strList(obj(mod.declarative).subjects, 'modality', 'declarative.subjects')),
      consequences: new Set(strList(obj(mod.declarative).consequences ?? [], 'modality', 'declarative.consequences')),
    },
    actors: new Set(strList(act.nouns, 'actors', 'nouns')),
    distributive: new Set(strList(act.distributive, 'actors', 'distributive')),
    joint: new Set(strList(act.joint, 'actors', 'joint')),
    partial: new Set(strList(act.partial, 'actors', 'partial').map((x) => words(x).join(' '))),
    relatives: new Set(strList(act.relatives, 'actors', 'relatives')),
    postmodifiers: new Set(strList(act.postmodifiers, 'actors', 'postmodifiers')),
    partyPrepositions: new Set(strList(act['party-prepositions'] ?? [], 'actors', 'party-prepositions')),
    roles: new Set(strList(act.roles ?? [], 'actors', 'roles')),
    partyNames: new Set(strList(act['party-names'] ?? [], 'actors', 'party-names')),
    designations: {
      words: new Set(strList(obj(act.designations).words ?? [], 'actors', 'designations.words')),
      heads: new Set(strList(obj(act.designations).heads ?? [], 'actors', 'designations.heads')),
      determiners: new Set(strList(obj(act.designations).determiners ?? [], 'actors', 'designations.determiners')),
    },
    jointNames: new Set(strList(act['joint-names'] ?? [], 'actors', 'joint-names').map((x) => x.toLowerCase())),
    selfNames: new Set(strList(act['self-names'] ?? [], 'actors', 'self-names').map((x) => x.toLowerCase())),
    anaphors: new Map([
      ...strList(obj(act.anaphors).singular ?? [], 'actors', 'anaphors.singular').map((x) => [x.toLowerCase(), 'singular'] as const),
      ...strList(obj(act.anaphors).plural ?? [], 'actors', 'anaphors.plural').map((x) => [x.toLowerCase(), 'plural'] as const),
    ]),
    possessives: new Map(Object.entries(obj(act.possessives ?? {})).flatMap(([person, ws]) => strList(ws, 'actors', `possessives.${person}`).map((w) => [w, person] as [string, string]))),
    personalPronouns: new Map(Object.entries(obj(act['personal-pronouns'] ?? {})).flatMap(([person, ws]) => strList(ws, 'actors', `personal-pronouns.${person}`).map((w) => [w.toLowerCase(), person] as [string, string]))),
    firstPerson: new Set(strList(act['first-person'] ?? [], 'actors', 'first-person').map((x) => x.toLowerCase())),
    pronounQuantifiers: new Set(strList(act['pronoun-quantifiers'] ?? [], 'actors', 'pronoun-quantifiers').map((x) => x.toLowerCase())),
    unrestrictive: new Set(strList(act.unrestrictive ?? [], 'actors', 'unrestrictive').map((x) => x.toLowerCase())),
    alone: {
      words: new Set(strList(obj(act.alone).words ?? [], 'actors', 'alone.words').map((x) => x.toLowerCase())),
      phrases: strList(obj(act.alone).phrases ?? [], 'actors', 'alone.phrases').map((x) => x.toLowerCase().split(/\s+/)),
    },
    actPrepositions: new Set(strList(act['act-prepositions'] ?? [], 'actors', 'act-prepositions').map((x) => x.toLowerCase())),
    indefiniteEquivalents: new Map(
      (Array.isArray(act['indefinite-equivalents']) ? act['indefinite-equivalents'] : []).flatMap((g: unknown, k: number) =>
        strList(g, 'actors', 'indefinite-equivalents').map((x) => [words(x).join(' '), k] as [string, number]),
      ),
    ),
    elidedOthers: new Map(Object.entries(obj(act['elided-others'] ?? {})).map(([d, p]) => [d.toLowerCase(), String(p).toLowerCase()] as [string, string])),
    dutyPredicates: strList(act['duty-predicates'] ?? [], 'actors', 'duty-predicates').map((x) => words(x.toLowerCase())),
    subordinators: new Set(strList(act.subordinators, 'actors', 'subordinators').map((x) => words(x).join(' '))),
    stance: {
      expressions: stanceExpressions,
      intensifiers: new Set(intensifierList.filter((w) => w.length === 1).map((w) => w[0])),
      intensifierPhrases: intensifierList.filter((w) => w.length > 1),
      step: num(st['intensifier-step'], 1, 'stance', 'intensifier-step'),
    },
    qualifierHeads,
    purposeKind: String(purpose.kind ?? 'purpose'),
    instruments: new Set(strList(qual.instruments ?? [], 'qualifiers', 'instruments').map((x) => x.toLowerCase())),
    agendaItems: new Set(strList(qual['agenda-items'] ?? [], 'qualifiers', 'agenda-items').map((x) => x.toLowerCase())),
    ownLaw: {
      modifiers: new Set(strList((qual['own-law'] as Record<string, unknown> | undefined)?.modifiers ?? [], 'qualifiers', 'own-law.modifiers').map((x) => x.toLowerCase())),
      nouns: new Set(strList((qual['own-law'] as Record<string, unknown> | undefined)?.nouns ?? [], 'qualifiers', 'own-law.nouns').map((x) => x.toLowerCase())),
    },
    complements: strList(purpose.complements, 'qualifiers', 'purpose-to.complements').map((c) => words(c).reverse()),
    purposeSequels: new Set(strList(purpose.sequels ?? [], 'qualifiers', 'purpose-to.sequels').map((x) => x.toLowerCase())),
    qualifierBoundaries: new Set(strList(qual.boundaries, 'qualifiers', 'boundaries')),
    limitEnds: new Set(strList(qual['limit-ends'] ?? [], 'qualifiers', 'limit-ends')),
    sameCondition: new Set(strList(qual['same-condition'], 'qualifiers', 'same-condition').map((x) => words(x).join(' '))),
    oppositeCondition: new Set(strList(qual['opposite-condition'] ?? [], 'qualifiers', 'opposite-condition').map((x) => words(x).join(' '))),
    sameNamedCase: new Set(strList(qual['same-named-case'], 'qualifiers', 'same-named-case').map((x) => words(x).join(' '))),
    standardStrict: new Set(strList(obj(qual['standard-strictness'] ?? {}).strict ?? [], 'qualifiers', 'standard-strictness').map((x) => words(x).join(' '))),
    standardLoose: new Set(strList(obj(qual['standard-strictness'] ?? {}).loose ?? [], 'qualifiers', 'standard-strictness').map((x) => words(x).join(' '))),
    timePoints: {
      prepositions: new Set(strList(obj(qual['time-points']).prepositions ?? [], 'qualifiers', 'time-points.prepositions').map((x) => x.toLowerCase())),
      nouns: new Set(strList(obj(qual['time-points']).nouns ?? [], 'qualifiers', 'time-points.nouns').map((x) => x.toLowerCase())),
      countedFrom: new Set(strList(obj(qual['time-points'])['counted-from'] ?? [], 'qualifiers', 'time-points.counted-from').map((x) => x.toLowerCase())),
    },
    standards: {
      heads: new Set(strList(obj(qual.standards).heads ?? [], 'qualifiers', 'standards.heads').map((x) => words(x).join(' '))),
      words: new Set(strList(obj(qual.standards).words ?? [], 'qualifiers', 'standards.words').map((x) => x.toLowerCase())),
    },
    bases: {
      heads: new Set(strList(obj(qual.bases ?? {}).heads ?? [], 'qualifiers', 'bases.heads').map((x) => words(x).join(' '))),
      words: new Set(strList(obj(qual.bases ?? {}).words ?? [], 'qualifiers', 'bases.words').map((x) => x.toLowerCase())),
    },
    criteria: {
      heads: new Set(strList(obj(qual.criteria ?? {}).heads ?? [], 'qualifiers', 'criteria.heads').map((x) => words(x).join(' '))),
      verbs: new Set(strList(obj(qual.criteria ?? {}).verbs ?? [], 'qualifiers', 'criteria.verbs').map((x) => x.toLowerCase())),
    },
    coordinatedTime: new Set(strList(qual['coordinated-time'] ?? [], 'qualifiers', 'coordinated-time')),
    effortStandards: new Map(Object.entries(obj(qual['effort-standards'] ?? {})).map(([k, v]) => [k.toLowerCase(), num(v, 0, 'qualifiers', `effort-standards.${k}`)])),
    assessmentFactors: {
      heads: new Set(strList(obj(qual['assessment-factors'] ?? {}).heads ?? [], 'qualifiers', 'assessment-factors.heads').map((x) => words(x).join(' '))),
      verbs: new Set(strList(obj(qual['assessment-factors'] ?? {}).verbs ?? [], 'qualifiers', 'assessment-factors.verbs').map((x) => x.toLowerCase())),
    },
    furtherOccasions: {
      coordinators: new Set(strList(obj(qual['further-occasions'] ?? {}).coordinators ?? [], 'qualifiers', 'further-occasions.coordinators').map((x) => x.toLowerCase())),
      between: new Set(strList(obj(qual['further-occasions'] ?? {}).between ?? [], 'qualifiers', 'further-occasions.between').map((x) => x.toLowerCase())),
    },
    restrictingAdjectives: new Set(strList(qual['restricting-adjectives'] ?? [], 'qualifiers', 'restricting-adjectives')),
    effortVerbs: strList(qual['effort-verbs'] ?? [], 'qualifiers', 'effort-verbs').map((x) => x.toLowerCase().split(/\s+/)),
    restrictingParticiples: new Set(strList(qual['restricting-participles'] ?? [], 'qualifiers', 'restricting-participles').map((x) => x.toLowerCase())),
    placeAdjectives: new Set(strList(qual['place-adjectives'] ?? [], 'qualifiers', 'place-adjectives').map((x) => x.toLowerCase())),
    placePrepositions: new Set(strList(qual['place-prepositions'] ?? [], 'qualifiers', 'place-prepositions').map((x) => x.toLowerCase())),
    thresholdAdjectives: new Set(strList(qual['threshold-adjectives'] ?? [], 'qualifiers', 'threshold-adjectives').map((x) => x.toLowerCase())),
    voluntaryAdjectives: new Set(strList(qual['voluntary-adjectives'] ?? [], 'qualifiers', 'voluntary-adjectives').map((x) => x.toLowerCase())),
    voluntaryNouns: new Set(strList(qual['voluntary-nouns'] ?? [], 'qualifiers', 'voluntary-nouns').map((x) => x.toLowerCase())),
    thresholdNouns: new Set(strList(qual['threshold-nouns'] ?? [], 'qualifiers', 'threshold-nouns').map((x) => x.toLowerCase())),
    thresholdReferring: new Set(strList(qual['threshold-referring'] ?? [], 'qualifiers', 'threshold-referring').map((x) => x.toLowerCase())),
    restrictingAdverbs: new Set(strList(qual['restricting-adverbs'] ?? [], 'qualifiers', 'restricting-adverbs').map((x) => x.toLowerCase())),
    sameDeadline: new Set(strList(qual['same-deadline'] ?? [], 'qualifiers', 'same-deadline').map((x) => words(x).join(' '))),
    boundHeads: strList(qual['bound-heads'] ?? [], 'qualifiers', 'bound-heads').map((x) => words(x)).sort((a, b) => b.length - a.length),
    sameBound: new Map(Object.entries(obj(qual['same-bound'] ?? {})).flatMap(([kind, list]) => strList(list, 'qualifiers', `same-bound.${kind}`).map((x): [string, string] => [words(x).join(' '), kind]))),
    exceptionLimits: new Set(strList(qual['exception-limits'] ?? [], 'qualifiers', 'exception-limits').map((x) => words(x).join(' '))),
    exceptionHeads: new Set(strList(qual.exception, 'qualifiers', 'exception').map((x) => words(x).join(' '))),
    voluntaryPhrases: new Set(strList(qual.voluntary ?? [], 'qualifiers', 'voluntary').map((x) => words(x).join(' '))),
    usualCase: new Set(strList(qual['usual-case'] ?? [], 'qualifiers', 'usual-case').map((x) => words(x).join(' '))),
    provisoHeads: new Set(strList(qual.proviso ?? [], 'qualifiers', 'proviso').map((x) => words(x).join(' '))),
    onlyConditionHeads: new Set(strList(qual['only-condition'], 'qualifiers', 'only-condition').map((x) => words(x).join(' '))),
    clauseScope: {
      limitMarkers: new Set(strList(qual['limit-markers'] ?? [], 'qualifiers', 'limit-markers').map((x) => words(x).join(' '))),
      goalMarkers: new Set(strList(qual['goal-markers'] ?? [], 'qualifiers', 'goal-markers').map((x) => words(x).join(' '))),
      choiceRules: new Set(strList(qual['choice-rules'] ?? [], 'qualifiers', 'choice-rules').map((x) => words(x).join(' '))),
      narrowing: new Set(strList(qual['narrowing-adverbs'] ?? [], 'qualifiers', 'narrowing-adverbs').map((x) => words(x).join(' '))),
    },
    maxGap: num(qual['max-gap'], 8, 'qualifiers', 'max-gap'),
    targets: {
      counted: new Set(strList(obj(qual.targets).counted ?? [], 'qualifiers', 'targets.counted')),
      vague: new Set(strList(obj(qual.targets).vague ?? [], 'qualifiers', 'targets.vague')),
    },
    frequencies: {
      units: numberMap(obj(qual.frequencies).units, 'frequencies.units'),
      multipliers: numberMap(obj(qual.frequencies).multipliers, 'frequencies.multipliers'),
      adverbs: numberMap(obj(qual.frequencies).adverbs, 'frequencies.adverbs'),
      dayKinds: numberMap(obj(qual.frequencies)['day-kinds'] ?? {}, 'frequencies.day-kinds'),
      sameWithin: num(obj(qual.frequencies)['same-within'], 0, 'qualifiers', 'frequencies.same-within'),
      uncounted: strList(obj(qual.frequencies).uncounted ?? [], 'qualifiers', 'frequencies.uncounted').map(words).sort((a, b) => b.length - a.length),
    },
    absoluteOpeners: new Set(strList(qual['absolute-openers'] ?? [], 'qualifiers', 'absolute-openers').map((x) => x.toLowerCase())),
    endingAdverbs: new Set(strList(qual['ending-adverbs'] ?? [], 'qualifiers', 'ending-adverbs').map((x) => x.toLowerCase())),
    restrictedActs: new Set(strList(qual['restricted-acts'] ?? [], 'qualifiers', 'restricted-acts').map((x) => x.toLowerCase())),
    promptness: promptnessRanks(qual.promptness),
    dateLimits: {
      deadline: new Set(strList(obj(qual['date-limits']).deadline, 'qualifiers', 'date-limits.deadline').map((x) => words(x).join(' '))),
      duration: new Set(strList(obj(qual['date-limits']).duration, 'qualifiers', 'date-limits.duration').map((x) => words(x).join(' '))),
    },
    spellingPairs,
    spellingRules,
    spellingEndings,
    spellingMinLength: num(sp['min-length'], 5, 'spelling', 'min-length'),
    lexemeEndings: strList(sp['lexeme-endings'], 'spelling', 'lexeme-endings').map((x) => x.toLowerCase()).sort((a, b) => b.length - a.length),
    misread: list(sp.misread, 'spelling', 'misread')
      .map((e) => ({ from: String(obj(e).from ?? '').toLowerCase(), to: String(obj(e).to ?? '').toLowerCase() }))
      .filter((e) => e.from !== '' && e.from !== e.to)
      .sort((a, b) => b.from.length - a.from.length),
    numberWords,
    acronymNumbers,
    numberJoiners,
    writtenForms,
    clipped,
    months,
    thresholds: {
      qualifierMissing: num(th['qualifier-missing'], 0.6, 'thresholds', 'qualifier-missing'),
      qualifierMinContent: num(th['qualifier-min-content'], 1, 'thresholds', 'qualifier-min-content'),
      clauseMissing: num(th['clause-missing'], 0.6, 'thresholds', 'clause-missing'),
      clauseMinContent: num(th['clause-min-content'], 3, 'thresholds', 'clause-min-content'),
      clauseKept: num(th['clause-kept'], 4, 'thresholds', 'clause-kept'),
      clauseMerged: num(th['clause-merged'], 1, 'thresholds', 'clause-merged'),
      subjectMaxWords: num(th['subject-max-words'], 10, 'thresholds', 'subject-max-words'),
      relativeMaxWords: num(th['relative-max-words'], 20, 'thresholds', 'relative-max-words'),
      purposeBacktrack: num(th['purpose-backtrack'], 6, 'thresholds', 'purpose-backtrack'),
      cleanupMaxEqual: num(th['cleanup-max-equal'], 4, 'thresholds', 'cleanup-max-equal'),
      quotedMinWords: num(th['quoted-min-words'], 3, 'thresholds', 'quoted-min-words'),
      alignTieWindow: num(th['align-tie-window'], 3, 'thresholds', 'align-tie-window'),
      alignSentenceKeep: num(th['align-sentence-keep'], 0.8, 'thresholds', 'align-sentence-keep'),
      alignSentenceSame: num(th['align-sentence-same'], 0.5, 'thresholds', 'align-sentence-same'),
      alignSentenceMoved: num(th['align-sentence-moved'], 2, 'thresholds', 'align-sentence-moved'),
      alignFrontedMax: num(th['align-fronted-max'], 8, 'thresholds', 'align-fronted-max'),
      diffMaxEdit: num(th['diff-max-edit'], 2000, 'thresholds', 'diff-max-edit'),
      moveMinContent: num(th['move-min-content'], 4, 'thresholds', 'move-min-content'),
      moveSimilarity: num(th['move-similarity'], 0.5, 'thresholds', 'move-similarity'),
      moveWindow: num(th['move-window'], 50, 'thresholds', 'move-window'),
      movePhraseContent: num(th['move-phrase-content'], 2, 'thresholds', 'move-phrase-content'),
      sentenceMoved: num(th['sentence-moved'], 0.7, 'thresholds', 'sentence-moved'),
      parentheticalMaxWords: num(th['parenthetical-max-words'], 6, 'thresholds', 'parenthetical-max-words'),
      spanEqualRun: num(th['span-equal-run'], 3, 'thresholds', 'span-equal-run'),
    },
    weights: {
      perContentWord: num(w['per-content-word'], 0.25, 'thresholds', 'weights.per-content-word'),
      maxContent: num(w['max-content'], 12, 'thresholds', 'weights.max-content'),
      type,
    },
  };
}
