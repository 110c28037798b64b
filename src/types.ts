/**
 * The data that flows between variorum's stages:
 * raw source → Witness → Token → alignment → Variant → Report.
 *
 * Vocabulary follows textual criticism (and CollateX's Gothenburg model): a *witness* is one
 * version of the text; the *base text* is the witness every other is compared with; a *unit* is a
 * numbered clause of the base text (P1, C4, E1); a *reading* is what a witness has at a unit; a
 * *variant* is one classified divergence of a reading from the base.
 */

/** How a witness relates to the text it transmits. */
export type WitnessKind = 'full-text' | 'oral-summary' | 'restatement' | 'paraphrase';

export const WITNESS_KINDS: readonly WitnessKind[] = ['full-text', 'oral-summary', 'restatement', 'paraphrase'];

/** Bibliographic metadata of a witness (the front matter of `corpus/witnesses/<id>.md`). */
export interface WitnessMeta {
  /** Siglum: short stable id cited everywhere (`un-a75`, `mfa`). Lower-case letters, digits, dashes. */
  id: string;
  /** Human title of the version. */
  title: string;
  /** Date of the version, ISO `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`). */
  date: string;
  /** Who issued it (ministry, mission, newspaper). */
  issuer: string;
  /** Where it appeared (document symbol, web page, meeting). Optional. */
  venue?: string;
  /** What kind of version it is. */
  kind: WitnessKind;
  /** Raw source file, relative to the corpus directory (`raw/001-mfa-web-page.txt`). */
  source: string;
}

/** Who set a clause's unit tags. */
export type TagOrigin = 'aligner' | 'hand';

/** One clause of a witness, in reading order. */
export interface Clause {
  /** The transcription, exactly as in the source (only layout removed). */
  text: string;
  /**
   * Base units this clause corresponds to, in base order (`["C2","C3"]` for a merged clause).
   * A tag may address a sentence of a unit (`C4.2`). For the base witness: its own unit id.
   */
  units: string[];
  /** The aligner's confidence in [0,1] for the tags it proposed; null when it never ran (base). */
  confidence: number | null;
  /** The tags the aligner proposed (differs from `units` when a scholar edited them by hand). */
  alignerUnits: string[];
  /** Whether `units` comes from the aligner or from a hand edit. */
  origin: TagOrigin;
  /** Layout marker stripped from the clause start (`-`, `First,`), kept for the record. */
  marker?: string;
  /** 1-based line of the clause text in its witness file (for error messages); 0 when in memory. */
  line: number;
}

/** One witness: metadata plus clauses. */
export interface Witness {
  meta: WitnessMeta;
  clauses: Clause[];
  /** Path of the witness file relative to the corpus directory (`witnesses/mfa.md`); '' in memory. */
  file: string;
}

/** A unit of the base text. */
export interface Unit {
  /** `P1`, `C4`, `E1`… */
  id: string;
  /** The base reading, original transcription. */
  text: string;
  /** Its sentences (addressable as `C4.1`, `C4.2`…), original transcription. */
  sentences: string[];
}

/** A loaded, validated corpus. */
export interface Corpus {
  /** Title of the text the corpus collates. */
  title: string;
  /** Id of the default base witness. */
  base: string;
  /** Every witness, base included, in the order of the corpus metadata. */
  witnesses: Witness[];
}

/**
 * One token of a reading. CollateX's `t`/`n` split: alignment compares `n` (and `lemma`),
 * reports always quote `t`.
 */
export interface Token {
  /** Transcribed form, exactly as in the text. */
  t: string;
  /** Normalised form for comparison: lower case, curly quotes/dashes folded. */
  n: string;
  /** Lemma (wink-nlp), lower case. */
  lemma: string;
  /** Porter stem (wink-nlp), lower case. */
  stem: string;
  /** Universal POS tag (wink-nlp): NOUN, VERB, AUX, ADP, PUNCT… */
  pos: string;
  /** True for punctuation tokens. */
  punct: boolean;
  /** Character offset of the token in the text it came from. */
  start: number;
  /** Character offset just past the token. */
  end: number;
  /** Whitespace that precedes the token in the original ('' or ' '…). */
  space: string;
  /** 0-based index of the sentence the token belongs to. */
  sentence: number;
}

/** Variant classes. */
export type VariantClass = 'accidental' | 'substantive';

export type AccidentalType = 'punctuation' | 'case' | 'spelling' | 'compound' | 'grammatical';
export type SubstantiveType =
  | 'lexical'
  | 'modality'
  | 'negation'
  | 'actor'
  | 'qualifier-dropped'
  | 'qualifier-added'
  | 'omission'
  | 'addition'
  | 'transposition'
  | 'merge'
  | 'absent';
export type VariantType = AccidentalType | SubstantiveType;

export const ACCIDENTAL_TYPES: readonly AccidentalType[] = ['punctuation', 'case', 'spelling', 'compound', 'grammatical'];
export const SUBSTANTIVE_TYPES: readonly SubstantiveType[] = [
  'lexical', 'modality', 'negation', 'actor', 'qualifier-dropped', 'qualifier-added',
  'omission', 'addition', 'transposition', 'merge', 'absent',
];

/** Direction of a change in the force of an obligation or prohibition. */
export type Direction = 'strengthened' | 'weakened';

/** A half-open token range `[start, end)` into a token array. */
export type Span = [number, number];

/** One classified divergence between a witness reading and the base reading of a unit. */
export interface Variant {
  /** Base unit id. */
  unit: string;
  /** Witness siglum. */
  witness: string;
  /** Exactly one type. */
  type: VariantType;
  /** Its class (derived from the type). */
  class: VariantClass;
  /** Original base text of the variant ('' for a pure addition). */
  base: string;
  /** Original witness text of the variant ('' for a pure omission). */
  reading: string;
  /** Token range in the base unit's tokens; null when the variant concerns no base token. */
  baseSpan: Span | null;
  /** Token range in the witness reading's tokens; null when the variant concerns no witness token. */
  readingSpan: Span | null;
  /** For modality (and negation where it applies): did the obligation get stronger or weaker? */
  direction?: Direction;
  /** One sentence a scholar can read. */
  explanation: string;
  /** Ranking weight (higher = matters more); accidentals ≤ 1. */
  weight: number;
}

/** One aligned segment of a unit's base and witness token sequences (for inline rendering). */
export interface Segment {
  /** equal: same normalised tokens; delete: base only; insert: witness only; replace: both differ. */
  op: 'equal' | 'delete' | 'insert' | 'replace';
  /** Original base text of the segment ('' for insert). */
  base: string;
  /** Original witness text of the segment ('' for delete). */
  reading: string;
}

/** Agreement and counts for one witness against the base. */
export interface PairStats {
  base: string;
  witness: string;
  /** Base tokens over the units the witness has (absent units excluded). */
  baseTokens: number;
  /** Base tokens read identically (same normalised form, aligned). */
  identicalTokens: number;
  /** identicalTokens / baseTokens over *all* base units (absent units count as disagreement), 0..1. */
  agreement: number;
  /** Units with a reading / all units. */
  coverage: number;
  /** Variant counts by class. */
  byClass: Record<VariantClass, number>;
  /** Variant counts by type (every type present, zero included, in canonical order). */
  byType: Record<VariantType, number>;
}

/** Status of a unit in one witness, for the coverage matrix. */
export type UnitStatus = 'base' | 'identical' | 'accidental' | 'substantive' | 'absent';

/** A unit with every witness's reading. */
export interface UnitReadings {
  id: string;
  /** The base's own number or letter for the unit as printed ("6.", "(a)"), when it has one. */
  label?: string;
  /** Witness id → original reading text, or null when the witness has no counterpart. */
  readings: Record<string, string | null>;
  /** Witness id → status against the base. */
  status: Record<string, UnitStatus>;
  /** Witness id → aligned segments against the base (absent and base witness omitted). */
  segments: Record<string, Segment[]>;
}

/** The whole analysis: what every renderer turns into text. Field order is the JSON order. */
export interface Report {
  /** Title of the collated text. */
  title: string;
  /** Base witness id. */
  base: string;
  /** Witnesses included, base first, then corpus order. */
  witnesses: WitnessMeta[];
  /** Every base unit (or the selected ones), in base order. */
  units: UnitReadings[];
  /** Every divergence, sorted by unit order, witness order, base offset. */
  divergences: Variant[];
  /** One entry per non-base witness. */
  pairs: PairStats[];
  /**
   * Witness text with no counterpart in the base (clauses tagged "—"): a paragraph a draft had and
   * the adopted text dropped, a delegation's own comment. Omitted when there is none, and when the
   * report is restricted to some units.
   */
  unmatched?: Unmatched[];
  /**
   * The clause aligner's weak matches (confidence under `review_below` of lexicons/aligner.yaml, tags
   * not set by hand): readings a scholar should check before trusting what is reported for them.
   * Omitted when there is none, and when the report is restricted to some units.
   */
  weak?: WeakMatch[];
}

/** A clause the aligner tagged with little confidence. */
export interface WeakMatch {
  witness: string;
  units: string[];
  confidence: number;
  text: string;
}

/** A clause of a witness with no counterpart in the base. */
export interface Unmatched {
  witness: string;
  /** The clause text (original). */
  text: string;
  /** The last base unit the witness reads before it, or null when it comes first. */
  after: string | null;
}
