/**
 * The classifiers, in order. The driver (../readings.ts) runs, in this order:
 *   1. every `claim` — unit-level passes that take tokens before any op is classified
 *      (case from the equal ops, voice changes, transpositions across ops, qualifier phrases);
 *   2. every `split` — cut a change into smaller candidates (modal markers get their own);
 *   3. `classify` on each candidate: the first classifier that returns a finding wins (one that
 *      judges the change as a whole, `whole`, is not refined into finer pieces);
 *      `content` always does (lexical / omission / addition).
 * Accidental classifiers come first, so a change that is only punctuation, case, spelling, a
 * compound or grammar is never reported as substantive.
 */
import type { Classifier } from '../context.js';
import { actor, voice } from './actor.js';
import { caseClassifier } from './case.js';
import { compound } from './compound.js';
import { date } from './date.js';
import { effortStandard } from './effort.js';
import { elision } from './elision.js';
import { content, slashCoordination } from './content.js';
import { grammatical } from './grammatical.js';
import { hashtag } from './hashtag.js';
import { hedge } from './hedge.js';
import { join } from './join.js';
import { directiveDegreeClassifier, directiveVoiceClaim, modality } from './modality.js';
import { negation } from './negation.js';
import { punctuation } from './punctuation.js';
import { eitherWayFrame, movedQualifier, qualifier } from './qualifier.js';
import { reported } from './reported.js';
import { genitive } from './genitive.js';
import { saving } from './saving.js';
import { acronymDefined, spelling } from './spelling.js';
import { stance } from './stance.js';
import { transposition } from './transposition.js';

export const classifiers: readonly Classifier[] = [
  // first: words replaced by an ellipsis are elided, not a condition dropped nor a lexical change
  elision,
  // before qualifiers and reporting frames: "the Convention on … (UNCLOS)" → "UNCLOS" is the same
  // name written otherwise, not a standard dropped
  acronymDefined,
  // before punctuation and grammar: "and" → "and/or" is one word changed, not a slash and a word added
  slashCoordination,
  caseClassifier,
  // before punctuation, compounds and rewordings: "ransomware" → "#ransomware" is a mark added
  hashtag,
  // before the subject and modal splits: a saving clause restated as the permission it saves is one
  // rewording ("This paragraph is without prejudice to the right of courts to" → "Courts may still")
  saving,
  // early: a change that runs over a sentence end into a join (". Regulators" → ", and regulators")
  // is cut there first, so the words lost before it are judged on their own
  join,
  // before voice changes and moves: a reporting frame opening a change is its own addition
  reported,
  voice,
  // before moved words: a directive verb put in the passive ("Encourages States to" → "States were
  // encouraged to") with other words changed around it is no word moved
  directiveVoiceClaim,
  // before moved qualifiers and moves: "the auspices of the United Nations" → "United Nations
  // auspices", in place or moved, is one variant
  genitive,
  // before moved qualifiers: "whether W or not" added is no W moved into it, nor a negation
  eitherWayFrame,
  // before transposition: a qualifier moved whole ("where appropriate"), not its content word alone
  movedQualifier,
  transposition,
  // before qualifiers: "Only encourages" is a weaker directive, not a restriction of the act
  directiveDegreeClassifier,
  qualifier,
  // before punctuation: hyphens added between the same words ("state of the art" →
  // "state-of-the-art") are one compound, not three punctuation marks
  compound,
  punctuation,
  spelling,
  // after spelling (the same day written otherwise), before grammar ("from" → "on" inside a date)
  date,
  // before grammar: "convene" → "consider convening" is no inflection
  hedge,
  grammatical,
  negation,
  stance,
  modality,
  actor,
  // a standard of effort moved along its scale ("appropriate" → "all necessary"): a rewording with a direction
  effortStandard,
  content,
];

/** Classifiers of accidental variants (used to refine mixed accidental changes). */
export const accidentalClassifiers: readonly Classifier[] = [punctuation, spelling, compound, grammatical];
