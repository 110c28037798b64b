/**
 * The core: compare one base reading with one witness reading (both already tokenised into
 * `Side`s) and return the classified findings and the alignment.
 *
 *   align tokens → edits (non-equal ops)
 *   → claims (classifiers' unit-level passes: case, transposition, qualifier phrases)
 *   → residual candidates (edits minus claimed tokens)
 *   → splits (modal marker clusters)
 *   → classify each candidate (first classifier that answers wins), refining a change that turns
 *     out to be several accidentals at once ("developments … labour" → "development … labor")
 */
import { alignTokens, realignAcrossSentences, realignMovedSentenceEnd, realignSentenceEnd, slideToMoves, slideToJoin, slideToSameCase, slideToSentences, type AlignOp } from '../align/tokens.js';
import { ACCIDENTAL_TYPES, SUBSTANTIVE_TYPES, type Segment, type Span, type Token, type Variant, type VariantType } from '../types.js';
import { accidentalClassifiers, classifiers } from './classify/index.js';
import { HEDGES } from './classify/hedge.js';
import { grammaticalReasons } from './classify/grammatical.js';
import { isEllipsis } from './classify/elision.js';
import { editorialMark, footnoteCallAt, itemMarkAt } from './classify/punctuation.js';
import { dateRunAt } from './classify/date.js';
import { acronymCovers, acronymOf, citedPartEnd, doubledNumberBefore, figureRunAt, numberValue, spellingKey } from './classify/spelling.js';
import { type Candidate, type Classifier, type Ctx, type Finding, alikeMap, change, len, q, replaceFindings, text, textIn, wordsKey, facing, oriented } from './context.js';
import { clauseScope } from './clause-scope.js';
import { conditionRewordedWhole, headNounSaidOnce, oneChangeOfForm, ofComplementWithReplacedNoun, otherPartyMadeMutual, timePointWithAnchor, verbPhraseToPreposition } from './reworded-whole.js';
import { stemWord } from '../nlp/index.js';
import { adjectiveWithComplement, aloneRestated, anchorTurnedModifier, placeModifierMoved, nominalisationAsParticiple, determinerAgreesWithNoun, auxiliaryWithinRewording, degreeWithWord, functionWordsBeforeDropped, coordinatedModifierInRewording, nounPhraseCutAroundKept, oneSidedPhraseInRewording, swappedMoves } from './pieces.js';
import { type DropOptions, droppedSpans, framesKept } from './dropped.js';
import { predicateIn, splitOneSided, splitRepeatedLimb, splitReworded, trimAlike } from './pairs.js';
import { foldGovernedAux, instrumentWord, pairMovedFrames, foldReportedRestatement, directiveOverKeptAct, modalToNominalDirective, aimVerbWithFrame } from './classify/modality.js';
import { LABEL as LABEL_OF, RELATIVE, qualifierPhrases } from './classify/qualifier.js';
import { isReportingVerb } from './classify/reported.js';
import { conditionReversed, conditionRestatedAsException, doubleNegativeRestated, negativePredicateRestated, negatorInRestatedPredicate, gerundAfterRefraining, negatedVerbRestated, restrictionStatedNegatively, restrictionToOpposite, foldBarFlips, foldHedgeIntoRefusal, foldNegatedSubjectDuty, joinNegatedPredicate } from './classify/negation.js';
import { negatedStanceRestated } from './classify/stance.js';
import type { Lexicons } from './lexicon.js';
import { type Frame, type Side, barsFrom, matchModal, contentCount, contentKeys, contentLemmas, directiveVerb, frameAt, isClausePunct, isWeakToken, negatorIn, negativeDeterminer } from './side.js';

export { isWeakToken };

const ACCIDENTAL = new Set<VariantType>(ACCIDENTAL_TYPES);
export const TYPE_ORDER: readonly VariantType[] = [...ACCIDENTAL_TYPES, ...SUBSTANTIVE_TYPES];
const TYPE_RANK = new Map<VariantType, number>(TYPE_ORDER.map((t, i) => [t, i]));

export function classOf(type: VariantType): 'accidental' | 'substantive' {
  return ACCIDENTAL.has(type) ? 'accidental' : 'substantive';
}

export interface Comparison {
  findings: Finding[];
  ops: AlignOp[];
  /** Base tokens aligned equal and not inside a (non-case) finding. */
  identical: number;
}


/** Whether a modal auxiliary of one of the side's frames starts in [a, b). */
function modalIn(side: Side, a: number, b: number): boolean {
  for (const f of side.frames) if (f.aux && f.aux[0] >= a && f.aux[0] < b) return true;
  return false;
}

/**
 * Words the base says twice, before and after its modal ("Handlers processing personal information
 * … shall store the personal information collected"), that the reading says once after its own
 * ("High-volume processors must keep personal data collected"): the diff may match them at their
 * first place, which leaves the reading's modal and verb in the change before them and the base's in
 * the change after, read as a rewording of the subject and the rule itself omitted. Such an equal run
 * between two changes, where the first change's reading holds a modal the base's side of it lacks
 * and the second change's base holds a modal followed by the same words, is matched at that later
 * place: both modals fall in one change, no fewer tokens matched. One pass over the ops.
 */
function repeatPastModal(ops: AlignOp[], base: Side, reading: Side): AlignOp[] {
  const B = base.tokens;
  let out: AlignOp[] | null = null;
  for (let k = 0; k + 2 < ops.length; k++) {
    const [x, e, y] = [ops[k], ops[k + 1], ops[k + 2]];
    if (x.op === 'equal' || e.op !== 'equal' || y.op === 'equal' || len(y.baseSpan) === 0) continue;
    if (!modalIn(reading, x.readingSpan[0], x.readingSpan[1]) || modalIn(base, x.baseSpan[0], x.baseSpan[1])) continue;
    if (!modalIn(base, y.baseSpan[0], y.baseSpan[1])) continue;
    // (within one sentence of the reading: a sentence added with a modal of its own, ". Where the
    // authority fails …, the transfer shall be deemed approved", is no rule restated)
    const R = reading.tokens;
    if (len(x.readingSpan) > 0 && R[x.readingSpan[0]].sentence !== R[x.readingSpan[1] - 1].sentence) continue;
    const [e0, e1] = e.baseSpan;
    const L = e1 - e0;
    // (a content word among the words matched again, not only "the" or a comma)
    if (contentCount(base, e0, e1) === 0) continue;
    let aux = y.baseSpan[0];
    while (!modalIn(base, aux, aux + 1)) aux++;
    if (B[aux].sentence !== B[e0].sentence) continue;
    let p = -1;
    for (let i = aux + 1; i + L <= y.baseSpan[1] && p < 0; i++) {
      let same = true;
      for (let j = 0; j < L && same; j++) same = B[i + j].n === B[e0 + j].n;
      if (same) p = i;
    }
    if (p < 0) continue;
    out ??= ops.slice();
    const at = out.indexOf(x);
    const moved = [changeOp([x.baseSpan[0], p], x.readingSpan), { op: 'equal' as const, baseSpan: [p, p + L] as Span, readingSpan: e.readingSpan }];
    if (p + L < y.baseSpan[1] || len(y.readingSpan) > 0) moved.push(changeOp([p + L, y.baseSpan[1]], y.readingSpan));
    out.splice(at, 3, ...moved);
  }
  return out ?? ops;
}

/**
 * A qualifier phrase and the act it qualifies that change places ("may, upon request, provide
 * assistance" → "may provide assistance, but only upon request"): the diff may keep the phrase in
 * place and read the act as moved, where a comma tips the tie its way, when the reader sees the
 * qualifier moved (as without the comma: "… assistance only upon request"). An equal run that is a
 * whole qualifier phrase of the base (qualifiers.yaml heads), between a change whose reading opens
 * with words (a content word among them) that the next change deletes in the base, after marks at
 * most, is re-read so: those words matched, the phrase deleted and inserted (a transposition), no
 * fewer tokens matched than before. One pass over the ops.
 */
function qualifierMoved(ops: AlignOp[], base: Side, reading: Side, lex: Lexicons): AlignOp[] {
  const B = base.tokens;
  const R = reading.tokens;
  for (let k = 1; k + 2 < ops.length; k++) {
    const [x, qo, y] = [ops[k], ops[k + 1], ops[k + 2]];
    if (x.op === 'equal' || qo.op !== 'equal' || y.op === 'equal' || len(x.readingSpan) === 0 || len(y.baseSpan) === 0) continue;
    // the words the reading's change opens with, which the base's next change holds after its marks
    let y0 = y.baseSpan[0];
    while (y0 < y.baseSpan[1] && B[y0].punct) y0++;
    let m = 0;
    while (y0 + m < y.baseSpan[1] && x.readingSpan[0] + m < x.readingSpan[1] && !B[y0 + m].punct && B[y0 + m].n === R[x.readingSpan[0] + m].n) m++;
    if (m < len(qo.baseSpan) || contentCount(base, y0, y0 + m) === 0) continue;
    const [q0, q1] = qo.baseSpan;
    if (!qualifierPhrases(base, lex).some((p) => p.start === q0 && p.end === q1)) continue;
    const out = ops.slice(0, k);
    const r0 = x.readingSpan[0];
    const del: AlignOp = { op: 'delete', baseSpan: [x.baseSpan[0], y0], readingSpan: [r0, r0] };
    const eq: AlignOp = { op: 'equal', baseSpan: [y0, y0 + m], readingSpan: [r0, r0 + m] };
    const rb: Span = [y0 + m, y.baseSpan[1]];
    const rr: Span = [r0 + m, y.readingSpan[1]];
    const rest = changeOp(rb, rr);
    out.push(del, eq);
    if (len(rb) + len(rr) > 0) out.push(rest);
    for (let j = k + 3; j < ops.length; j++) out.push(ops[j]);
    return out;
  }
  return ops;
}

/** Do the spans of the two sides read a content word in common (by lemma)? */
function shareContent(a: Side, as: readonly Span[], b: Side, bs: readonly Span[]): boolean {
  const seen = new Set<string>();
  for (const s of as) for (let i = s[0]; i < s[1]; i++) if (a.content[i]) seen.add(a.tokens[i].lemma);
  for (const s of bs) for (let i = s[0]; i < s[1]; i++) if (b.content[i] && seen.has(b.tokens[i].lemma)) return true;
  return false;
}

/** The ellipsis the reading inserts, with no words of its own, right at an edge of the base span s (a dropped stretch), or null. */
function ellipsisAt(ops: readonly AlignOp[], s: Span, reading: Side, lex: Lexicons): Span | null {
  for (const op of ops) {
    if (op.baseSpan[0] > s[1]) break;
    if (op.op !== 'insert' || (op.baseSpan[0] !== s[0] && op.baseSpan[0] !== s[1])) continue;
    const r = op.readingSpan;
    if (r[1] - r[0] <= 5 && reading.tokens[r[0]].punct && isEllipsis(reading.tokens, r, lex)) return r;
  }
  return null;
}

/** Marks that end a sentence. */
const SENTENCE_MARKS = new Set(['.', '!', '?']);

/**
 * A whole sentence one side drops, replaced in the alignment by the words the other side opens the
 * next sentence with ("Data is public. The mere fact …" → "Ruritania considers that the mere fact
 * …"): a sentence omitted and a frame added, not one rewording, when the dropped side is whole
 * sentences from a sentence start to the full stop before words both read, the other side has no
 * sentence end, and the two share no content word (otherwise one may restate the other: "Data is
 * public. The fact …" → "Data being public, the fact …"). Pure.
 */
function sentenceBesideOpener(ops: AlignOp[], base: Side, reading: Side): AlignOp[] {
  let out: AlignOp[] | null = null;
  for (let k = 0; k < ops.length; k++) {
    const op = ops[k];
    if (op.op !== 'replace' || ops[k + 1]?.op !== 'equal') continue;
    for (const [X, Y, xs, ys] of [[base, reading, op.baseSpan, op.readingSpan], [reading, base, op.readingSpan, op.baseSpan]] as const) {
      const T = X.tokens;
      const [a, b] = xs;
      if (!(a === 0 || T[a - 1].sentence !== T[a].sentence) || !SENTENCE_MARKS.has(T[b - 1].n) || b >= T.length || T[b].sentence === T[b - 1].sentence) continue;
      let end = false;
      for (let j = ys[0]; j < ys[1] && !end; j++) end = SENTENCE_MARKS.has(Y.tokens[j].n);
      if (end || contentCount(X, a, b) === 0 || contentCount(Y, ys[0], ys[1]) === 0) continue;
      const lemmas = new Set(contentLemmas(X, xs));
      if (contentLemmas(Y, ys).some((l) => lemmas.has(l))) continue;
      out ??= ops.slice();
      const i = out.indexOf(op);
      out.splice(i, 1, { op: 'delete', baseSpan: op.baseSpan, readingSpan: [op.readingSpan[0], op.readingSpan[0]] }, { op: 'insert', baseSpan: [op.baseSpan[1], op.baseSpan[1]], readingSpan: op.readingSpan });
      break;
    }
  }
  return out ?? ops;
}

/** Compare two sides. */
export function compareSides(base: Side, reading: Side, lex: Lexicons): Comparison {
  const optB: DropOptions = {};
  const optR: DropOptions = {};
  let dropB = droppedSpans(base, reading, lex, optB);
  let dropR = droppedSpans(reading, base, lex, optR);
  // a limb one side drops and a sentence the other adds in its place (", and the handler shall be
  // informed …" → ". Where the authority fails …, the transfer shall be deemed approved."): each
  // kept only for the frame it holds, which the other answers with none. Set aside together when
  // both sides then keep as many frames
  if (dropB.length === 0 && dropR.length === 0 && optB.blocked && optR.blocked) {
    const jb = droppedSpans(base, reading, lex, { want: 0 });
    const jr = droppedSpans(reading, base, lex, { want: 0 });
    // (not when the two share a content word: then they are one another's counterpart, reworded —
    // "The points of contact are to meet at least once a year" ↔ ", and officials are to meet annually")
    // (and only in that place: one span each, the last words of each side, "in its place")
    const atEnd = (side: Side, sp: Span[]) => sp.length === 1 && side.tokens.slice(sp[0][1]).every((t) => t.punct);
    if (atEnd(base, jb) && atEnd(reading, jr) && framesKept(base, jb) === framesKept(reading, jr) && framesKept(base, jb) > 0 && !shareContent(base, jb, reading, jr)) {
      dropB = jb;
      dropR = jr;
    }
  }
  // a sentence one side drops, held back only by a frame the other side has in a clause of its own
  // that this side does not read ("Requests will now be reviewed …, and we no longer ask for …"
  // against "In an emergency, we may disclose …. Each request should be reviewed …"): that frame is
  // no counterpart of the dropped sentence's, which is omitted whole (the clause is an addition)
  if (dropB.length === 0 && optB.blocked) dropB = droppedBesideForeign(base, reading, lex);
  else if (dropR.length === 0 && optR.blocked) dropR = droppedBesideForeign(reading, base, lex);
  const B = base.tokens;
  const R = reading.tokens;
  // footnote calls one side alone writes ("confidential.[1]", "confidential.¹") are set aside from
  // the alignment as the dropped spans are, so that they never pair with words: each is a change
  // of its own (a footnote reference mark), the words beside it compared without it
  const callsB = footnoteCalls(B, R, dropB);
  const callsR = footnoteCalls(R, B, dropR);
  // a quoter's or transcriber's words ("[sic]", "[laughter]", "uh", "our, our") are set aside the
  // same way, and are no variant at all
  // (a sentence set aside keeps them out at its edges: "[laughter] Twelve, not twenty." adds the words)
  let asideB = apparatusSpans(B, R, callsB, lex);
  let asideR = apparatusSpans(R, B, callsR, lex);
  if (asideB.length && dropB.length) [dropB, asideB] = trimDropped(dropB, asideB);
  if (asideR.length && dropR.length) [dropR, asideR] = trimDropped(dropR, asideR);
  const slid = slideToJoin(slideToSameCase(realignSentenceEnd(realignAcrossSentences(slideToSentences(slideToMoves(alignWithout(B, R, withCalls(dropB, [...callsB, ...asideB]), withCalls(dropR, [...callsR, ...asideR]), lex), B, R), B, R), B, R), B, R), B, R), B, R);
  // (a moved sentence re-cut from the kept one's end once the closing marks stand apart)
  // (and once more after a closing quotation mark or bracket is split off: `clients.` → `customers."`
  // is the word changed, the full stops read alike)
  const aligned = joinDoubledNumbers(quoteNotWords(splitClosingMarks(splitEdgeQuotes(splitEdgeBrackets(realignMovedSentenceEnd(splitClosingMarks(slid, base, reading), B, R), base, reading, lex), base, reading), base, reading), base, reading), base, reading, lex);
  let ops = repeatPastModal(qualifierMoved(omissionBeforeJoin(additionPastCellMark(aligned, base, reading), base, reading), base, reading, lex), base, reading);
  ops = sentenceBesideOpener(ops, base, reading);
  const anyAside = asideB.length + asideR.length > 0;
  if (anyAside) ops = cutAtApparatus(ops, B, R, asideB, asideR);
  const ctx: Ctx = {
    lex,
    base,
    reading,
    ops,
    claimedB: new Uint8Array(base.tokens.length),
    claimedR: new Uint8Array(reading.tokens.length),
    extra: [],
    alike: {},
  };
  const edits: Candidate[] = [];
  // (apparatus a change encloses, "approved by" → "sanctioned [sic] by", stays in the change's
  // words, and is cut from the edges of the variants found over it: apparatusOffEdges)
  const asideOnly = (op: AlignOp) => (len(op.baseSpan) === 0 && asideR.some((s) => s[0] <= op.readingSpan[0] && op.readingSpan[1] <= s[1])) || (len(op.readingSpan) === 0 && asideB.some((s) => s[0] <= op.baseSpan[0] && op.baseSpan[1] <= s[1]));
  for (const op of ops) {
    if (op.op === 'equal') continue;
    if (anyAside && asideOnly(op)) {
      ctx.claimedB.fill(1, op.baseSpan[0], op.baseSpan[1]);
      ctx.claimedR.fill(1, op.readingSpan[0], op.readingSpan[1]);
    } else edits.push({ b: op.baseSpan, r: op.readingSpan });
  }

  const findings: Finding[] = [];
  // sentences and limbs one side lacks (dropped.ts): one omission or addition each
  for (const s of dropB) {
    ctx.claimedB.fill(1, s[0], s[1]);
    // an ellipsis the witness writes at the edge of the words it drops ("… including the right to
    // privacy …" against "…, including the right to privacy, and to inform users;") marks them
    // elided: one omission, quoting the mark
    const mark = ellipsisAt(ops, s, reading, lex);
    if (mark) {
      ctx.claimedR.fill(1, mark[0], mark[1]);
      findings.push({ type: 'omission', b: s, r: mark, at: s[0], explanation: `elided in the witness (marked ${q(text(reading, mark))}): ${q(text(base, s))}` });
      continue;
    }
    findings.push({ type: 'omission', b: s, r: null, at: s[0], explanation: `omitted: ${q(text(base, s))} (no counterpart in the witness)` });
  }
  for (const s of dropR) {
    ctx.claimedR.fill(1, s[0], s[1]);
    findings.push({ type: 'addition', b: null, r: s, at: insertionAt(ops, s[0], base.tokens.length), explanation: `added: ${q(text(reading, s))} (no counterpart in the base)` });
  }
  for (const cl of CLAIMERS) for (const f of cl.claim!(ctx, edits)) findings.push(f);

  const res: Candidate[] = [];
  for (const e of edits) residual(e, ctx, res);
  // changes inside moved blocks (transposition claims) lie inside claimed tokens: not unholed
  const whole: Candidate[] = [];
  for (const c of res) if (!c.holes) whole.push(c);
  for (const c of ctx.extra) whole.push(c);
  const cands = splitAll(whole, ctx);
  for (const c of res) if (c.holes) for (const p of splitAll(splitAll([c], ctx).flatMap((p) => unhole(p, ctx)), ctx)) cands.push(p);
  for (const c of joinNegatedPredicate(joinNoForNot(joinLimbNegator(joinNegatedStance(joinPossessiveOf(joinDirectives(pairMovedFrames(joinPermissions(cands, ctx, findings), ctx), ctx), ctx, findings), ctx), ctx), ctx, findings), ctx, findings)) {
    // a piece left between two cut points that reads alike on both sides ("be" after "shall" →
    // "must") is no change
    if (!readsAlike(c, ctx)) for (const f of classifyCandidate(c, ctx)) findings.push(f);
  }

  dropMarksMovedAlong(findings, ctx);
  complexPrepositionReworded(findings, ctx);
  joinMovedSentence(findings, ctx);
  adverbAsPhrase(findings, ctx);
  actNamedByVerb(findings, ctx);
  limbWithItsCondition(findings, ctx);
  articleWithNextWord(findings, ctx);
  dropEnclosingQuotes(findings, ctx);
  dropQuotingMarks(findings, ctx);
  marksOnly(findings, ctx);
  splitBracketsOff(findings, ctx);
  nameBeforeBrackets(findings, ctx);
  bracketedAlternatives(findings, ctx);
  partOfHyphenatedWord(findings, ctx);
  negatedPermissionAsVerb(findings, ctx);
  wholeHyphenatedWords(findings, ctx);
  caseInsideCompound(findings);
  caseOfRenamedTerm(findings, ctx);
  wholeConnective(findings, ctx);
  ofPhraseAsModifier(findings, ctx);
  actorThroughApposition(findings, ctx);
  restrictionReworded(findings, ctx);
  exceptionRestatedPastDropped(findings, ctx);
  modifierOfKeptItem(findings, ctx);
  coordinatorWithLimb(findings, ctx);
  limbAfterItsCondition(findings, ctx);
  oneDate(findings, ctx);
  listRejoinedBeforeDrop(findings, ctx);
  limbReplacedByModifier(findings, ctx);
  pairParentheticalMarks(findings, ctx);
  oldWordingInBrackets(findings, ctx);
  joinHedgeToModal(findings, ctx);
  modalWithItsAct(findings, ctx);
  hedgeAmidAlternatives(findings, ctx);
  nounMovedPastModifier(findings, ctx);
  headMovedOverReplaced(findings, ctx);
  postmodifierAsAdjective(findings, ctx);
  postmodifierAsCompound(findings, ctx);
  modifierMovedBeforeNoun(findings, ctx);
  headSaidOnceOverCoordination(findings, ctx);
  durationHeadWithFigure(findings, ctx);
  countedLimitMadeVague(findings, ctx);
  pointToPeriod(findings, ctx);
  countedNounWithFigure(findings, ctx);
  construalWithModal(findings, ctx);
  negationToSubject(findings, ctx);
  rewordingOverKeptWord(findings, ctx);
  listGrownFromReworded(findings, ctx);
  foldGovernedAux(findings, ctx);
  banTakesVerb(findings, ctx);
  dutyBearerEnsures(findings, ctx);
  dutyBearerDropped(findings, ctx);
  bearerAddedWithModal(findings, ctx);
  modalToNominalDirective(findings, ctx);
  foldBarFlips(findings, ctx);
  foldNegatedSubjectDuty(findings, ctx);
  doubleNegativeRestated(findings, ctx);
  negativePredicateRestated(findings, ctx);
  restrictionStatedNegatively(findings, ctx);
  // (a prohibition restated as a restriction to the opposite: "not … informal" → "only … formal")
  restrictionToOpposite(findings, ctx);
  // (after the passes that fold a negation into a rewording: a negator added with a new predicate)
  negatorInRestatedPredicate(findings, ctx);
  // (the -ing form a verb of refraining requires goes with the change of modality)
  gerundAfterRefraining(findings, ctx);
  // (a negated verb restated by a predicate of the same meaning: one lexical, the polarity kept)
  negatedVerbRestated(findings, ctx);
  // (a verb that only names reaching an aim goes with the change of the aim's frame)
  aimVerbWithFrame(findings, ctx);
  adjectiveWithComplement(findings, ctx);
  // (a bearer restricted to one party, "single" before the head restated as "by itself" after it)
  aloneRestated(findings, ctx);
  auxiliaryWithinRewording(findings, ctx);
  degreeWithWord(findings, ctx);
  functionWordsBeforeDropped(findings, ctx);
  oneSidedPhraseInRewording(findings, ctx);
  swappedMoves(findings, ctx);
  nounPhraseCutAroundKept(findings, ctx);
  anchorTurnedModifier(findings, ctx);
  placeModifierMoved(findings, ctx);
  nominalisationAsParticiple(findings, ctx);
  determinerAgreesWithNoun(findings, ctx);
  coordinatedModifierInRewording(findings, ctx);
  foldHedgeIntoRefusal(findings, ctx);
  foldReportedRestatement(findings, ctx);
  directiveOverKeptAct(findings, ctx);
  conditionVerbAdded(findings, ctx);
  conditionReversed(findings, ctx);
  // (after it: the connective turned into an exception's beside the condition's negator dropped)
  conditionRestatedAsException(findings, ctx);
  sameWordsBothWays(findings, ctx);
  editorialMarkBesideOmission(findings, ctx);
  if (anyAside) {
    commaBesideFiller(findings, ctx, asideB, asideR);
    apparatusOffEdges(findings, asideB, asideR);
  }
  // pieces of one rewording the alignment cut apart (reworded-whole.ts)
  timePointWithAnchor(findings, ctx);
  headNounSaidOnce(findings, ctx);
  ofComplementWithReplacedNoun(findings, ctx);
  verbPhraseToPreposition(findings, ctx);
  conditionRewordedWhole(findings, ctx);
  oneChangeOfForm(findings, ctx);
  otherPartyMadeMutual(findings, ctx);
  proVerbWithQualifier(findings, ctx);
  // a clause dropped whole, a condition inside an exception, a limit made a goal (clause-scope.ts)
  clauseScope(findings, ctx);
  splitWordWrittenApart(findings, ctx);
  // (a lexical change has words on both sides: one left with one side only by a pass that cut or
  // merged it is the words dropped or added, with its direction)
  for (const f of findings) if (f.type === 'lexical' && (!f.b || !f.r)) f.type = f.b ? 'omission' : 'addition';
  const covered = new Array<boolean>(base.tokens.length).fill(false);
  // (marks set around words read alike, "[…]" added: the words inside are read identically)
  for (const f of findings) if (f.b && f.type !== 'case' && !f.enclosing) covered.fill(true, f.b[0], f.b[1]);
  let identical = 0;
  for (const op of ops) {
    if (op.op !== 'equal') continue;
    for (let i = op.baseSpan[0]; i < op.baseSpan[1]; i++) if (!covered[i]) identical++;
  }
  return { findings, ops, identical };
}

/** Coordinators that may open a pro-verb phrase carrying a qualifier (", and do so promptly"). */
const PRO_VERB_COORDINATORS = new Set(['and', 'but', 'or']);

/**
 * A pro-verb phrase (function-words.yaml `pro-verbs`, "do so") added, or dropped, on one side only to
 * carry a qualifier added (dropped) right after it (`respond to requests` → `respond to requests, and
 * do so promptly`): the phrase restates the verb, the qualifier is the change. The phrase, the
 * coordinator before it and the marks before that (each a finding of one side alone ending where the
 * next begins) join the qualifier's variant: one `qualifier-added` (`-dropped`). Not a pro-verb with
 * nothing after it, nor one followed by other words. Mutates `findings`.
 */
function proVerbWithQualifier(findings: Finding[], ctx: Ctx): void {
  if (ctx.lex.proVerbs.length === 0) return;
  for (const added of [true, false]) {
    const side = added ? ctx.reading : ctx.base;
    const own = (f: Finding) => (added ? f.r : f.b);
    const theirs = (f: Finding) => (added ? f.b : f.r);
    for (const qf of findings) {
      if (qf.type !== (added ? 'qualifier-added' : 'qualifier-dropped') || theirs(qf) || !own(qf)) continue;
      const start = own(qf)![0];
      // the one-sided findings that end where the qualifier begins, and so on back
      const parts: Finding[] = [];
      let at = start;
      for (;;) {
        const prev = findings.find((f) => f !== qf && !theirs(f) && own(f) && own(f)![1] === at && !parts.includes(f));
        if (!prev || (prev.type !== 'grammatical' && prev.type !== 'punctuation' && prev.type !== (added ? 'addition' : 'omission'))) break;
        parts.push(prev);
        at = own(prev)![0];
      }
      if (parts.length === 0) continue;
      const T = side.tokens;
      // the tokens before the qualifier: [marks] coordinator pro-verb
      const proVerb = ctx.lex.proVerbs.find((p) => p.length <= start - at && p.every((w, k) => T[start - p.length + k].n === w));
      if (!proVerb) continue;
      let k = start - proVerb.length - 1;
      if (k < at || !PRO_VERB_COORDINATORS.has(T[k].n)) continue;
      while (k > at && T[k - 1].punct) k--;
      if (k !== at) continue;
      const span: Span = [at, own(qf)![1]];
      if (added) qf.r = span;
      else {
        qf.b = span;
        qf.at = at;
      }
      for (const p of parts) findings.splice(findings.indexOf(p), 1);
    }
  }
}

/**
 * A word the tokeniser splits ("cannot" is "can" + "not") written apart on the other side ("can
 * not"): both sides read the same tokens, but one writes the second tight against the first, the
 * other with a space. A `compound` variant (written closed or open), which the alignment, comparing
 * forms, cannot see. Words only, both pairs aligned alike and nothing else found over them.
 * Mutates `findings`.
 */
function splitWordWrittenApart(findings: Finding[], ctx: Ctx): void {
  const B = ctx.base.tokens;
  const R = ctx.reading.tokens;
  for (const op of ctx.ops) {
    if (op.op !== 'equal') continue;
    for (let k = 1; k < op.baseSpan[1] - op.baseSpan[0]; k++) {
      const i = op.baseSpan[0] + k;
      const j = op.readingSpan[0] + k;
      if (B[i].punct || R[j].punct || B[i - 1].punct || R[j - 1].punct || /^['’]/.test(B[i].n)) continue;
      if ((B[i].space === '') === (R[j].space === '')) continue;
      const b: Span = [i - 1, i + 1];
      const r: Span = [j - 1, j + 1];
      if (findings.some((f) => (f.b && f.b[0] < b[1] && f.b[1] > b[0]) || (f.r && f.r[0] < r[1] && f.r[1] > r[0]))) continue;
      // (a sign written tight or apart, "2 %" → "2%", "§ 5" → "§5": spacing, typography, no compound
      // of two words)
      if (!/[\p{L}\p{N}]/u.test(B[i].n) || !/[\p{L}\p{N}]/u.test(B[i - 1].n)) {
        findings.push({ type: 'punctuation', b, r, at: b[0], explanation: `spacing: ${q(text(ctx.base, b))} → ${q(text(ctx.reading, r))} (a sign written ${B[i].space === '' ? 'apart' : 'tight'})` });
        continue;
      }
      findings.push({ type: 'compound', b, r, at: b[0], explanation: `compound written differently: ${q(text(ctx.base, b))} → ${q(text(ctx.reading, r))}` });
    }
  }
}

/** Most words read alike between a rewording and the words it restates (see rewordingOverKeptWord). */
const KEPT_BETWEEN = 2;

/**
 * A rewording cut at a word both sides read, the words after that word read as lost although the
 * rewording restates them ("carry out a children's risk assessment" → "assess the risks to
 * children": "carry out a" → "assess the risks to", then "children" alike, then "'s risk assessment"
 * omitted, when "risk" and "assessment" are in the rewording's "risks" and "assess"): one lexical
 * over the whole, the kept word inside it. Every content word of the omission (addition) must have
 * its stem among the other side's words of the rewording, with at most KEPT_BETWEEN words, no
 * punctuation, aligned alike between. Mutates `findings`.
 */
function rewordingOverKeptWord(findings: Finding[], ctx: Ctx): void {
  const alikeR = (b: number) => {
    const op = ctx.ops.find((o) => b >= o.baseSpan[0] && b < o.baseSpan[1]);
    return op && op.op === 'equal' ? op.readingSpan[0] + (b - op.baseSpan[0]) : -1;
  };
  for (const L of findings.slice()) {
    if (L.type !== 'lexical' || !L.b || !L.r || len(L.b) === 0 || len(L.r) === 0) continue;
    for (const dropped of [true, false]) {
      const O = findings.find((f) => f.type === (dropped ? 'omission' : 'addition') && (dropped ? f.b : f.r));
      if (!O) continue;
      const os = (dropped ? O.b : O.r)!;
      const [X, Y, ys] = dropped ? [ctx.base, ctx.reading, L.r] : [ctx.reading, ctx.base, L.b];
      const lEnd = dropped ? L.b[1] : L.r[1];
      const gap = os[0] - lEnd;
      if (gap < 1 || gap > KEPT_BETWEEN) continue;
      if (X.tokens.slice(lEnd, os[0]).some((t) => t.punct)) continue;
      // the words between read alike, right after the rewording's other side
      let ok = true;
      for (let k = 0; k < gap && ok; k++) {
        const at = dropped ? alikeR(lEnd + k) : ctx.ops.find((o) => o.op === 'equal' && lEnd + k >= o.readingSpan[0] && lEnd + k < o.readingSpan[1]) ? 0 : -1;
        ok = at >= 0;
      }
      if (!ok) continue;
      const stems = new Set(contentKeys(Y, ys, 'stem'));
      const lost = contentKeys(X, os, 'stem');
      if (lost.length === 0 || !lost.every((st) => stems.has(st))) continue;
      // the other side's span: the rewording and the kept words after it
      const otherEnd = dropped ? alikeR(lEnd + gap - 1) + 1 : (() => {
        const op = ctx.ops.find((o) => o.op === 'equal' && lEnd + gap - 1 >= o.readingSpan[0] && lEnd + gap - 1 < o.readingSpan[1])!;
        return op.baseSpan[0] + (lEnd + gap - 1 - op.readingSpan[0]) + 1;
      })();
      if (otherEnd !== ys[1] + gap) continue;
      const b: Span = dropped ? [L.b[0], os[1]] : [L.b[0], otherEnd];
      const r: Span = dropped ? [L.r[0], otherEnd] : [L.r[0], os[1]];
      L.b = b;
      L.r = r;
      L.explanation = `wording changed: ${q(text(ctx.base, b))} → ${q(text(ctx.reading, r))}`;
      findings.splice(findings.indexOf(O), 1);
      break;
    }
  }
}

/**
 * A head noun moved from before its "of" phrase to after the words of that phrase, in place of the
 * phrase's own last noun ("serious violations of human rights law" → "human rights violations"):
 * the pieces read as "serious violations of" dropped and "law" → "violations", a substitution that
 * means nothing. One `lexical` variant over the whole phrase. Only when the one-word side of the
 * substitution is a noun whose lemma a content word of the omission (addition) before it reads, with
 * at most MOVED_NOUN_GAP words, no punctuation, between them. Mutates `findings`.
 */
function headMovedOverReplaced(findings: Finding[], ctx: Ctx): void {
  for (const dropped of [true, false]) {
    const [X, Y] = dropped ? [ctx.base, ctx.reading] : [ctx.reading, ctx.base];
    for (const L of findings) {
      if (L.type !== 'lexical' || !L.b || !L.r) continue;
      const [xs, ys] = dropped ? [L.b, L.r] : [L.r, L.b];
      if (len(ys) !== 1 || len(xs) !== 1) continue;
      const w = Y.tokens[ys[0]];
      if (w.pos !== 'NOUN' && w.pos !== 'PROPN') continue;
      const O = findings.find((f) => {
        const os = dropped ? f.b : f.r;
        const other = dropped ? f.r : f.b;
        if (f.type !== (dropped ? 'omission' : 'addition') || !os || (other && len(other) > 0)) return false;
        if (os[1] > xs[0] || xs[0] - os[1] > MOVED_NOUN_GAP || X.tokens.slice(os[1], xs[0]).some((t) => t.punct)) return false;
        for (let i = os[0]; i < os[1]; i++) if (X.content[i] && X.tokens[i].lemma === w.lemma) return true;
        return false;
      });
      if (!O) continue;
      const os = (dropped ? O.b : O.r)!;
      const yStart = alignedAcross(ctx, os[1], dropped);
      if (yStart < 0 || yStart > ys[0]) continue;
      const b: Span = dropped ? [os[0], xs[1]] : [yStart, ys[1]];
      const r: Span = dropped ? [yStart, ys[1]] : [os[0], xs[1]];
      L.b = b;
      L.r = r;
      L.at = b[0];
      L.explanation = `wording changed: ${q(text(ctx.base, b))} → ${q(text(ctx.reading, r))} — ${q(w.t)} moved to the head of the phrase`;
      findings.splice(findings.indexOf(O), 1);
      return;
    }
  }
}

/** Fewest letters two stems open with alike to be one word's (see postmodifierAsAdjective). */
const SHARED_STEM = 5;

/**
 * A noun's postmodifier restated as one modifier word before it ("vendors holding a licence" →
 * "licensed vendors", "vendors that are registered" → "registered vendors"): the pieces read as
 * "licensed" added and the postmodifier dropped, with whatever else the other side drops after it
 * ("… holding a licence and publish a report": a whole duty lost) lumped into that omission. One
 * `lexical` variant over the noun phrase, and the rest of the omission, from a coordinator on, an
 * omission of its own. Only when the word added stands right before a noun read alike, the omission
 * opens right after that noun, and a content word of the omission before any coordinator is the
 * added word's (the same lemma, spelling folded, or stems opening with SHARED_STEM letters alike).
 * Either direction. Mutates `findings`.
 */
function postmodifierAsAdjective(findings: Finding[], ctx: Ctx): void {
  for (const dropped of [true, false]) {
    const [X, Y] = dropped ? [ctx.base, ctx.reading] : [ctx.reading, ctx.base];
    const alikeY = alikeMap(ctx, !dropped);
    for (const A of findings) {
      const as = dropped ? A.r : A.b;
      // (or the word read as a restricting modifier added: "licensed vendors" restates the restriction
      // "vendors holding a licence" made, qualifiers.yaml `restricting-participles`)
      const oneSided = A.type === (dropped ? 'addition' : 'omission') || A.type === (dropped ? 'qualifier-added' : 'qualifier-dropped');
      if (!oneSided || !as || len(as) !== 1 || (dropped ? A.b && len(A.b) > 0 : A.r && len(A.r) > 0)) continue;
      const w = Y.tokens[as[0]];
      if (w.pos !== 'ADJ' && w.pos !== 'VERB') continue;
      // the noun right after it, read alike, and where the other side has it
      const n = as[1];
      if (n >= Y.tokens.length || (Y.tokens[n].pos !== 'NOUN' && Y.tokens[n].pos !== 'PROPN') || alikeY[n] < 0) continue;
      const xn = alikeY[n];
      const O = findings.find((f) => {
        const os = dropped ? f.b : f.r;
        return f.type === (dropped ? 'omission' : 'addition') && os && os[0] === xn + 1 && !(dropped ? f.r : f.b);
      });
      if (!O) continue;
      const os = (dropped ? O.b : O.r)!;
      // (the postmodifier: up to the first coordinator, which opens what else was lost)
      let cut = os[1];
      for (let i = os[0] + 1; i < os[1] && cut === os[1]; i++) if (X.tokens[i].pos === 'CCONJ' || (X.tokens[i].punct && isClausePunct(X.tokens[i]))) cut = i;
      const key = (t: Token) => spellingKey(t.lemma, ctx.lex);
      let same = false;
      for (let i = os[0]; i < cut && !same; i++) {
        const t = X.tokens[i];
        if (!X.content[i]) continue;
        same = key(t) === key(w) || (t.stem.length >= SHARED_STEM && w.stem.length >= SHARED_STEM && t.stem.slice(0, SHARED_STEM) === w.stem.slice(0, SHARED_STEM));
      }
      if (!same) continue;
      const xPhrase: Span = [xn, cut];
      const yPhrase: Span = [as[0], n + 1];
      const b = dropped ? xPhrase : yPhrase;
      const r = dropped ? yPhrase : xPhrase;
      const joined: Finding = { type: 'lexical', b, r, at: b[0], explanation: `wording changed: ${q(text(ctx.base, b))} → ${q(text(ctx.reading, r))} — the modifier put before the noun` };
      findings[findings.indexOf(A)] = joined;
      if (cut < os[1]) {
        const rest: Span = [cut, os[1]];
        O.b = dropped ? rest : O.b;
        O.r = dropped ? O.r : rest;
        if (dropped) O.at = cut;
        O.explanation = `${dropped ? 'omitted' : 'added'}: ${q(text(X, rest))}`;
      } else findings.splice(findings.indexOf(O), 1);
      findings.sort((x, y) => (x.at ?? 0) - (y.at ?? 0));
      return;
    }
  }
}


/** Most tokens between a compound modifier and the postmodifier it restates (see postmodifierAsCompound). */
const COMPOUND_REACH = 6;

/**
 * A prepositional phrase after a noun restated as a hyphenated modifier before it, from the same
 * stems ("the transfer of data across borders" → "cross-border transfers of data"): the alignment
 * reads the phrase omitted and the modifier put in for the article (or beside a verb reworded,
 * "allow the" → "permit cross-border"). The same words in another construction: one `grammatical`
 * variant over the noun phrase (the changes inside it, "transfer" → "transfers", with it); the words
 * of the other change before the noun phrase, and the omission's words after the phrase ("by
 * electronic means"), stay variants of their own. Either direction. Mutates `findings`.
 */
function postmodifierAsCompound(findings: Finding[], ctx: Ctx): void {
  for (const dropped of [true, false]) {
    const [X, Y] = dropped ? [ctx.base, ctx.reading] : [ctx.reading, ctx.base];
    const XT = X.tokens;
    const YT = Y.tokens;
    for (const O of findings) {
      const os = dropped ? O.b : O.r;
      if (O.type !== (dropped ? 'omission' : 'addition') || !os || (dropped ? O.r : O.b) || len(os) < 2 || XT[os[0]].pos !== 'ADP' || os[0] === 0) continue;
      // the phrase: the preposition and its noun phrase, up to a preposition, coordinator or mark after it
      let cut = os[0] + 1;
      const stems: string[] = [];
      while (cut < os[1] && !XT[cut].punct && XT[cut].pos !== 'ADP' && XT[cut].pos !== 'CCONJ') {
        if (X.content[cut]) stems.push(XT[cut].stem);
        cut++;
      }
      if (stems.length === 0) continue;
      // the noun phrase's last word read alike on the other side, right before the phrase
      const ye = alignedAcross(ctx, os[0] - 1, dropped) + 1;
      if (ye <= 0 || ye > YT.length || YT[ye - 1]?.n !== XT[os[0] - 1].n) continue;
      // the hyphenated modifier on the other side, the last word of a change before the noun phrase
      const H = findings.find((h) => {
        const [hx, hy] = oriented(dropped, h.b, h.r);
        if (h === O || (h.type !== 'lexical' && h.type !== (dropped ? 'addition' : 'omission')) || !hy || len(hy) === 0) return false;
        const c = hy[1] - 1;
        if (c >= ye || ye - c > COMPOUND_REACH || !YT[c].n.includes('-') || (hx && len(hx) > 0 && hx[1] > os[0])) return false;
        const parts = YT[c].n.split('-').map((w) => stemWord(w));
        return stems.every((st) => parts.some((p) => p === st || (p.length >= SHARED_STEM && st.startsWith(p)) || (st.length >= SHARED_STEM && p.startsWith(st))));
      });
      if (!H) continue;
      const [hx, hy] = oriented(dropped, H.b, H.r) as [Span | null, Span];
      const c = hy[1] - 1;
      // the noun phrase on this side: from the words of the change that open it (an article), or
      // from where the change stands
      const xe = hx && len(hx) > 0 ? hx[1] : alignedAcross(ctx, c, !dropped);
      let xs0 = xe;
      if (hx) while (xs0 > hx[0] && (XT[xs0 - 1].pos === 'DET' || XT[xs0 - 1].pos === 'ADJ')) xs0--;
      // (only words read alike or changed in grammar between the two)
      const between = findings.filter((g) => g !== H && g !== O && ((dropped ? g.b : g.r)?.[0] ?? -1) >= xe && ((dropped ? g.b : g.r)?.[1] ?? Infinity) <= os[0]);
      if (between.some((g) => g.type !== 'grammatical') || os[0] - xe > COMPOUND_REACH) continue;
      const xPhrase: Span = [xs0, cut];
      const yPhrase: Span = [c, ye];
      const [b, r] = oriented(dropped, xPhrase, yPhrase) as [Span, Span];
      const joined: Finding = { type: 'grammatical', b, r, at: b[0], explanation: `grammatical (the phrase after the noun put before it as a modifier, the same words): ${q(text(ctx.base, b))} → ${q(text(ctx.reading, r))}` };
      const rest: Finding[] = [];
      const hxRest: Span = hx ? [hx[0], xs0] : [xe, xe];
      const hyRest: Span = [hy[0], c];
      if (len(hxRest) + len(hyRest) > 0) {
        const [cb, cr] = oriented(dropped, hxRest, hyRest) as [Span, Span];
        rest.push(...classifyCandidate({ b: cb, r: cr }, ctx));
      }
      if (cut < os[1]) {
        const tail: Span = [cut, os[1]];
        rest.push({ ...O, [dropped ? 'b' : 'r']: tail, at: dropped ? cut : O.at, explanation: `${dropped ? 'omitted' : 'added'}: ${q(text(X, tail))}` });
      }
      replaceFindings(findings, new Set<Finding>([H, O, ...between]), [joined, ...rest]);
      return;
    }
  }
}

/** Most words between a noun's two places when it moves past its modifier (see nounMovedPastModifier). */
const MOVED_NOUN_GAP = 2;

/**
 * A noun moved past the words both sides read beside it, as a postmodifier becomes a premodifier
 * ("content that they have identified as illegal" → "illegal content"): the alignment reads the noun
 * as omitted with the words lost and added again after the modifier. The noun is kept, only moved: the
 * omission is of the words lost ("that they have identified as"), and no addition. Only one noun, at
 * the edge of the omission, added alone on the other side at most MOVED_NOUN_GAP words (no
 * punctuation) beyond it. The same for an addition and an omitted noun. Mutates `findings`.
 */
function nounMovedPastModifier(findings: Finding[], ctx: Ctx): void {
  for (const dropped of [true, false]) {
    const [X, Y] = dropped ? [ctx.base, ctx.reading] : [ctx.reading, ctx.base];
    const lost = findings.filter((f) => f.type === (dropped ? 'omission' : 'addition'));
    const single = findings.filter((f) => f.type === (dropped ? 'addition' : 'omission'));
    for (const o of lost) {
      const os = dropped ? o.b : o.r;
      if (!os || len(os) < 3) continue;
      for (const a of single) {
        const as = dropped ? a.r : a.b;
        if (!as || len(as) !== 1) continue;
        const w = Y.tokens[as[0]];
        // (a noun, or a modifier — an adjective, a participle — moved before its noun: "A State
        // injured by …" → "An injured State")
        if (w.pos !== 'NOUN' && w.pos !== 'PROPN' && w.pos !== 'ADJ' && w.pos !== 'VERB') continue;
        // where the single word stands, in the coordinates of the lost words' side
        const at = dropped ? a.at ?? -1 : alignedAcross(ctx, as[0], true);
        const first = X.tokens[os[0]];
        const last = X.tokens[os[1] - 1];
        let s: Span | null = null;
        if (first.n === w.n && at >= os[1] && at - os[1] <= MOVED_NOUN_GAP && X.tokens.slice(os[1], at).every((t) => !t.punct)) s = [os[0] + 1, os[1]];
        else if (last.n === w.n && at <= os[0] && os[0] - at <= MOVED_NOUN_GAP && X.tokens.slice(at, os[0]).every((t) => !t.punct)) s = [os[0], os[1] - 1];
        // (the modifier at the head of the postmodifier put before the noun: the word opens the
        // omission, and now stands just before it)
        else if (w.pos !== 'NOUN' && w.pos !== 'PROPN' && first.n === w.n && at >= 0 && at <= os[0] && os[0] - at <= MOVED_NOUN_GAP && X.tokens.slice(at, os[0]).every((t) => !t.punct)) s = [os[0] + 1, os[1]];
        if (!s) continue;
        if (dropped) o.b = s;
        else o.r = s;
        if (dropped) o.at = s[0];
        o.explanation = `${dropped ? 'omitted' : 'added'}: ${q(text(X, s))} (${q(w.t)} moved, kept)`;
        findings.splice(findings.indexOf(a), 1);
        single.splice(single.indexOf(a), 1);
        break;
      }
    }
  }
}

/**
 * A noun written once after coordinated premodifiers where the base writes it in each conjunct with
 * its postmodifier ("a contact point at policy level and a contact point at technical level" → "a
 * policy-level and a technical-level contact point"): the alignment reads one copy of the head
 * omitted and the other moved to the end. The witness's one head stands for both: no word of content
 * is lost, one `grammatical` variant over the omitted copy (its preposition with it) against the
 * witness's head, the moved copy's preposition dropped with it. Only when a coordinator stands
 * between the two copies in the base, they read word for word alike, and the
 * witness's head follows the words of the second postmodifier, read alike. Mutates `findings`.
 */
function headSaidOnceOverCoordination(findings: Finding[], ctx: Ctx): void {
  const B = ctx.base.tokens;
  const R = ctx.reading.tokens;
  let omitted: Map<string, Finding[]> | undefined;
  for (const T of findings) {
    if (T.type !== 'transposition' || !T.b || !T.r || len(T.b) !== len(T.r) || len(T.b) > 3) continue;
    const head = B.slice(T.b[0], T.b[1]);
    if (head.some((t, k) => t.n !== R[T.r![0] + k].n || t.punct) || !head.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) continue;
    // the other copy: an omission of the head (and one preposition after it), a coordinator between the two
    if (!omitted) {
      omitted = new Map();
      for (const f of findings) if (f.type === 'omission' && f.b && !f.r && len(f.b) > 0) {
        const k = B[f.b[0]].n;
        const list = omitted.get(k);
        if (list) list.push(f);
        else omitted.set(k, [f]);
      }
    }
    const O = omitted.get(head[0].n)?.find((f) => {
      if (!f.b) return false;
      const n = len(f.b) - len(T.b!);
      if (n < 0 || n > 1 || (n === 1 && B[f.b[1] - 1].pos !== 'ADP')) return false;
      for (let k = 0; k < head.length; k++) if (B[f.b[0] + k].n !== head[k].n) return false;
      const [from, to] = f.b[0] < T.b![0] ? [f.b[1], T.b![0]] : [T.b![1], f.b[0]];
      let coord = false;
      for (let i = from; i < to; i++) {
        if (B[i].pos === 'CCONJ') coord = true;
        else if (isClausePunct(B[i])) return false;
      }
      return coord;
    });
    if (!O) continue;
    // the moved copy's preposition, dropped as grammar right after it
    const G = findings.find((f) => f.type === 'grammatical' && f.b && !f.r && f.b[0] === T.b![1] && len(f.b) === 1 && B[f.b[0]].pos === 'ADP');
    // the later copy's postmodifier: its last word read alike right before the witness's head
    const after = O.b![0] > T.b[0] ? O.b![1] : G ? G.b![1] : T.b[1];
    const last = alikeMap(ctx, false)[T.r[0] - 1];
    if (last === undefined || last < after || last - after > COMPOUND_REACH) continue;
    const b = O.b!;
    const r = T.r;
    const joined: Finding = {
      type: 'grammatical',
      b,
      r,
      at: b[0],
      explanation: `grammatical (the noun written once after coordinated modifiers, for each of them): ${q(text(ctx.base, b))} → ${q(text(ctx.reading, r))}`,
    };
    replaceFindings(findings, new Set<Finding>(G ? [T, O, G] : [T, O]), [joined]);
    return;
  }
}

/**
 * A new wording followed by the old one quoted in brackets ("within 72 hours of becoming aware of
 * it" → "without undue delay (previously within 72 hours)"): the alignment matches the base's words
 * with the copy inside the brackets, and reads the new wording as added, the opening bracket with
 * the words after it as added, and the words the base has after the old wording as replaced by the
 * closing bracket. The bracketed stretch is one addition (it quotes the old wording); the base's
 * words are compared with the new wording right before the bracket; the base words the closing
 * bracket stood for are dropped. Only when the words inside, after the addition that opens the
 * brackets, are read alike with one stretch of the base, and a change whose reading is the closing
 * bracket alone follows them. Mutates `findings`.
 */
function oldWordingInBrackets(findings: Finding[], ctx: Ctx): void {
  const R = ctx.reading.tokens;
  let starts: Map<number, Finding> | undefined;
  let ends: Map<number, Finding> | undefined;
  for (const A of findings) {
    if (A.b || !A.r || (A.type !== 'addition' && A.type !== 'qualifier-added')) continue;
    const o = A.r[0];
    const close = ctx.lex.parentheticalMarks.get(R[o].t);
    if (close === undefined || close === R[o].t) continue;
    // the words inside after the addition, read alike with one stretch of the base
    const alike = alikeMap(ctx, false);
    let c = A.r[1];
    while (c < R.length && alike[c] >= 0 && (c === A.r[1] || alike[c] === alike[c - 1] + 1)) c++;
    if (c === A.r[1] || R[c]?.t !== close) continue;
    const E: Span = [alike[A.r[1]], alike[c - 1] + 1];
    // (looked up by position: the pass stays linear on a long unit)
    if (!starts) {
      starts = new Map();
      ends = new Map();
      for (const f of findings) {
        if (f.b && f.r && len(f.r) === 1) starts.set(f.r[0], f);
        if (!f.b && f.r && len(f.r) > 0) ends.set(f.r[1], f);
      }
    }
    // the change whose reading is the closing bracket alone
    const F = starts.get(c);
    // the new wording right before the bracket
    const Q = ends!.get(o);
    if (!F || !Q || Q === A || contentCount(ctx.reading, Q.r![0], Q.r![1]) === 0) continue;
    const whole: Span = [o, c + 1];
    const added: Finding = { type: 'addition', b: null, r: whole, at: F.b![0], explanation: `added: ${q(text(ctx.reading, whole))} (the base's words quoted in brackets after the new wording)` };
    const limit = classifyCandidate({ b: E, r: Q.r! }, ctx);
    // (a limit for a limit, the new one read as one added: the limit reworded in place, whose
    // direction countedLimitMadeVague gives)
    const L = limit.length === 1 ? limit[0] : null;
    const kindOf = (f: Finding) => /^([a-z ]+) added:/.exec(f.explanation)?.[1];
    const kind = kindOf(Q);
    if (L && L.type === 'lexical' && kind && qualifierPhrases(ctx.base, ctx.lex).some((p) => p.start === E[0] && LABEL_OF[p.kind] === kind)) {
      L.explanation = `${kind} reworded in place: ${q(text(ctx.base, E))} → ${q(text(ctx.reading, Q.r!))}`;
    }
    const out = [added, ...limit, ...classifyCandidate({ b: F.b!, r: [c + 1, c + 1] }, ctx)];
    replaceFindings(findings, new Set<Finding>([A, F, Q]), out);
    return;
  }
}

/** Most words of a premodifier that rewords a postmodifier (see modifierMovedBeforeNoun): "non-listed" is three tokens. */
const MOVED_MODIFIER_WORDS = 3;
/** Most words of the noun's other premodifiers, read on both sides, between that word and the noun ("cyber-surveillance" is three tokens). */
const MOVED_MODIFIER_GAP = 4;

/**
 * Is span ps of side P a passive, forms of "be" then a participle, of the verb that is the one word
 * of span as of side A (the active: "disclosing" / "is disclosed")?
 */
function sameVerbInPassive(P: Side, ps: Span, A: Side, as: Span): boolean {
  if (len(as) !== 1 || len(ps) < 2) return false;
  const v = A.tokens[as[0]];
  const part = P.tokens[ps[1] - 1];
  if (v.pos !== 'VERB' || part.pos !== 'VERB' || v.lemma !== part.lemma || v.n === part.n) return false;
  for (let k = ps[0]; k < ps[1] - 1; k++) if (P.tokens[k].lemma !== 'be') return false;
  return true;
}

/**
 * A postmodifier of a noun reworded as a premodifier of its stem ("items not listed in Annex I" →
 * "unlisted items", "non-listed items"): the alignment reads the word added before the noun and the
 * words dropped after it as two variants, an addition that reads as new content and an omission.
 * One rewording: a lexical variant over both. The added word (at most MOVED_MODIFIER_WORDS tokens,
 * before the noun both sides read, at most MOVED_MODIFIER_GAP words of its other premodifiers between) holds the stem of a content word of the dropped words,
 * which start right after that noun. The same the other way round. Mutates `findings`.
 */
function modifierMovedBeforeNoun(findings: Finding[], ctx: Ctx): void {
  for (const dropped of [true, false]) {
    const [X, Y] = dropped ? [ctx.base, ctx.reading] : [ctx.reading, ctx.base];
    const lost = findings.filter((f) => f.type === (dropped ? 'omission' : 'addition'));
    // the words added (dropped) on the other side that may stand before the noun, by the lemmas of
    // the words after them within reach (in the findings' order): each looked up for its noun, not
    // every pair of an omission and an addition tried (linear in a unit's findings)
    const before = new Map<string, Finding[]>();
    for (const g of findings) {
      const as = dropped ? g.r : g.b;
      if (g.type !== (dropped ? 'addition' : 'omission') || !as || len(as) === 0 || len(as) > MOVED_MODIFIER_WORDS || as[1] >= Y.tokens.length) continue;
      for (let d = 0; d <= MOVED_MODIFIER_GAP && as[1] + d < Y.tokens.length; d++) {
        const l = Y.tokens[as[1] + d].lemma;
        let list = before.get(l);
        if (!list) before.set(l, (list = []));
        if (list[list.length - 1] !== g) list.push(g);
      }
    }
    const taken = new Set<Finding>();
    for (const o of lost) {
      const os = dropped ? o.b : o.r;
      if (!os || len(os) < 2 || os[0] === 0) continue;
      const noun = X.tokens[os[0] - 1];
      if (noun.pos !== 'NOUN' && noun.pos !== 'PROPN') continue;
      const stems = new Set<string>();
      for (let i = os[0]; i < os[1]; i++) if (X.content[i] && X.tokens[i].stem.length >= 3) stems.add(X.tokens[i].stem);
      if (stems.size === 0) continue;
      const a = before.get(noun.lemma)?.find((g) => {
        if (taken.has(g)) return false;
        const as = (dropped ? g.r : g.b)!;
        // (the noun may have premodifiers both sides read, between it and the word: "non-listed
        // cyber-surveillance items" against "cyber-surveillance items not listed")
        let d = 0;
        while (d <= MOVED_MODIFIER_GAP && as[1] + d < Y.tokens.length && Y.tokens[as[1] + d].lemma !== noun.lemma) d++;
        if (d > MOVED_MODIFIER_GAP || as[1] + d >= Y.tokens.length || os[0] - 1 - d < 0) return false;
        for (let k = 0; k <= d; k++) {
          const yt = Y.tokens[as[1] + k];
          const xt = X.tokens[os[0] - 1 - d + k];
          if (yt.n !== xt.n || (yt.punct && yt.n !== '-') || yt.sentence !== Y.tokens[as[0]].sentence) return false;
        }
        const word = Y.tokens.slice(as[0], as[1]).map((t) => t.n).join('').replace(/-/g, '');
        if (Y.tokens.slice(as[0], as[1]).some((t) => t.punct && t.n !== '-')) return false;
        // (another word of the stem: the same word moved, "supply chain of global ICT products" →
        // "global supply chain", or in another number, "supply chains for semiconductors and
        // critical minerals" → "semiconductor supply chains", keeps that word and drops the rest)
        if (X.tokens.slice(os[0], os[1]).some((t) => t.n.replace(/-/g, '') === word || t.lemma.replace(/-/g, '') === word)) return false;
        return [...stems].some((st) => word.includes(st));
      });
      if (!a) continue;
      taken.add(a);
      const as = (dropped ? a.r : a.b)!;
      const b: Span = dropped ? os : as;
      const r: Span = dropped ? as : os;
      const i = findings.indexOf(o);
      // (the same verb, its object put before it as the subject of its passive: "before disclosing
      // their data" → "before their data is disclosed" is the voice changed, grammar)
      const passiveInBase = sameVerbInPassive(ctx.base, b, ctx.reading, r);
      const voice = passiveInBase || sameVerbInPassive(ctx.reading, r, ctx.base, b);
      findings[i] = voice
        ? { type: 'grammatical', b, r, at: b[0], explanation: `grammatical (the same verb in the ${passiveInBase ? 'active' : 'passive'} voice, ${q(noun.t)} its ${dropped ? 'object' : 'subject'}): ${q(text(ctx.base, b))} → ${q(text(ctx.reading, r))}` }
        : {
            type: 'lexical',
            b,
            r,
            at: b[0],
            explanation: `wording changed: ${q(text(ctx.base, b))} → ${q(text(ctx.reading, r))} — the modifier ${dropped ? 'after' : 'before'} ${q(noun.t)} ${dropped ? 'put before it' : 'put after it'}, in a word of the same stem`,
          };
      findings.splice(findings.indexOf(a), 1);
    }
  }
}

/**
 * The finding widened (or narrowed) to spans b and r, its explanation quoting the new words: the
 * label before its first ": " and any note after " — " kept ("time limit lengthened: 'one' → 'six'"
 * → "time limit lengthened: 'one month' → 'six months'"). Mutates `f`.
 */
function respan(f: Finding, b: Span, r: Span, ctx: Ctx): void {
  const colon = f.explanation.indexOf(': ');
  const dash = f.explanation.indexOf(' — ');
  f.b = b;
  f.r = r;
  f.explanation = `${f.explanation.slice(0, colon)}: ${q(text(ctx.base, b))} → ${q(text(ctx.reading, r))}${dash >= 0 ? f.explanation.slice(dash) : ''}`;
}

/**
 * The words of a duration's or time limit's head dropped (added) with its figure changed, a bound
 * both sides read between them ("for a period of at least five years" → "for at least three years"):
 * the alignment cuts an omission of "a period of" and the figure changed (date.ts timeCount). One
 * limit changed, as when no bound stands between ("for a period of five years" → "for three years"):
 * the figure's variant takes in the head's words and the words between. Only an omission (addition)
 * inside the same phrase (kind `time` or `duration`) as the figure, before it, without content
 * words but those of the phrase's head and a noun of time ("period"). Mutates `findings`.
 */
function durationHeadWithFigure(findings: Finding[], ctx: Ctx): void {
  for (const f of [...findings]) {
    if (f.type !== 'lexical' || !f.b || !f.r || !/^(duration|time limit) (shortened|lengthened)/.test(f.explanation)) continue;
    for (const dropped of [true, false]) {
      const [X, xs] = dropped ? [ctx.base, f.b] : [ctx.reading, f.r];
      const p = qualifierPhrases(X, ctx.lex).find((x) => (x.kind === 'time' || x.kind === 'duration') && x.start <= xs[0] && xs[1] <= x.end);
      if (!p) continue;
      const o = findings.find((g) => {
        const gs = dropped ? g.b : g.r;
        const other = dropped ? g.r : g.b;
        if (g.type !== (dropped ? 'omission' : 'addition') || !gs || len(gs) === 0 || (other && len(other) > 0)) return false;
        if (gs[0] < p.start || gs[1] > xs[0]) return false;
        for (let i = gs[0]; i < gs[1]; i++) if (X.content[i] && !p.head.includes(i) && X.tokens[i].pos !== 'NOUN') return false;
        return true;
      });
      if (!o) continue;
      const gs = (dropped ? o.b : o.r)!;
      // (the other side's span from the word aligned with the first kept after the head's words)
      const otherStart = alignedAcross(ctx, gs[1], dropped);
      const b: Span = dropped ? [gs[0], f.b[1]] : [otherStart, f.b[1]];
      const r: Span = dropped ? [otherStart, f.r[1]] : [gs[0], f.r[1]];
      if (b[0] > f.b[0] || r[0] > f.r[0]) continue;
      respan(f, b, r, ctx);
      f.at = b[0];
      findings.splice(findings.indexOf(o), 1);
      break;
    }
  }
}

/**
 * The words of a construal dropped (added) right after a modal the other side rewords
 * ("Nothing … shall be construed to require a provider to" → "Nothing … requires a provider to":
 * 'shall' → 'requires' and "be construed to require" omitted): the construal (modality.yaml
 * `exemptions.construals`) is the same exemption in other words, one change with the modal's: its
 * variant takes in the construal words. Only an omission (addition) with nothing on the other side
 * that opens with a construal phrase, right after the modal's variant. Mutates `findings`.
 */
function construalWithModal(findings: Finding[], ctx: Ctx): void {
  for (const g of [...findings]) {
    for (const dropped of [true, false]) {
      const [own, other] = oriented(dropped, g.b, g.r);
      if (g.type !== (dropped ? 'omission' : 'addition') || !own || len(own) === 0 || (other && len(other) > 0)) continue;
      const X = dropped ? ctx.base : ctx.reading;
      const opens = ctx.lex.exemptions.construals.some((p) => p.length <= len(own) && p.every((w, k) => X.tokens[own[0] + k].n === w || X.tokens[own[0] + k].lemma === w));
      if (!opens) continue;
      const f = findings.find((x) => x !== g && (x.type === 'lexical' || x.type === 'grammatical' || x.type === 'modality') && !!x.b && !!x.r && len(x.b) > 0 && len(x.r) > 0 && (dropped ? x.b : x.r)![1] === own[0]);
      if (!f) continue;
      const b: Span = dropped ? [f.b![0], own[1]] : f.b!;
      const r: Span = dropped ? f.r! : [f.r![0], own[1]];
      respan(f, b, r, ctx);
      findings.splice(findings.indexOf(g), 1);
      break;
    }
  }
}

/**
 * A number changed and the noun it counts inflected to agree ("one month" → "six months", "one copy"
 * → "two copies"): the inflection follows from the figure, one change, not a grammatical variant
 * beside it. The figure's variant (a lexical, with its time limit or duration direction when it has
 * one) takes in the noun: a number on both sides, of different values, then on each side the next
 * token, one noun of the same lemma in another form. Mutates `findings`.
 */
function countedNounWithFigure(findings: Finding[], ctx: Ctx): void {
  for (const f of [...findings]) {
    if (f.type !== 'lexical' || !f.b || !f.r || len(f.b) === 0 || len(f.r) === 0) continue;
    const vb = numberValue(ctx.base.tokens.slice(f.b[0], f.b[1]), ctx.lex);
    const vr = numberValue(ctx.reading.tokens.slice(f.r[0], f.r[1]), ctx.lex);
    if (vb === null || vr === null || vb === vr) continue;
    const nb = ctx.base.tokens[f.b[1]];
    const nr = ctx.reading.tokens[f.r[1]];
    if (!nb || !nr || nb.pos !== 'NOUN' || nr.pos !== 'NOUN' || nb.lemma !== nr.lemma || nb.n === nr.n) continue;
    const g = findings.find((x) => x.type === 'grammatical' && x.b?.[0] === f.b![1] && x.b[1] === f.b![1] + 1 && x.r?.[0] === f.r![1] && x.r[1] === f.r![1] + 1);
    if (!g) continue;
    const b: Span = [f.b[0], f.b[1] + 1];
    const r: Span = [f.r[0], f.r[1] + 1];
    respan(f, b, r, ctx);
    findings.splice(findings.indexOf(g), 1);
  }
}

/**
 * A counted time limit replaced by one that names no length ("at least 30 days before signing" →
 * "in a timely manner before signing", "within 10 days" → "promptly"): the pieces are a time limit
 * added (or dropped) and, in the same place, an omission (addition) of the figure and its period
 * (a number and a unit of qualifiers.yaml `frequencies`, with only function words and the words of a
 * bound, "at least", around them). One limit substituted, not one added beside another dropped: a
 * `lexical` variant, on an obligation weakened (the measure of the deadline is lost), back
 * strengthened, as a counted frequency made `uncounted` is. A "time limit reworded in place" of the
 * same two kinds gets that direction too. Mutates `findings`.
 */
function countedLimitMadeVague(findings: Finding[], ctx: Ctx): void {
  const counted = (X: Side, s: Span) => {
    let num = false;
    let unit = false;
    for (let i = s[0]; i < s[1]; i++) {
      const t = X.tokens[i];
      if (t.pos === 'NUM' || /^\d/.test(t.n) || numberValue([t], ctx.lex) !== null) num = true;
      else if (ctx.lex.frequencies.units.has(t.lemma) || ctx.lex.frequencies.units.has(t.n.replace(/s$/, ''))) unit = num;
      else if (X.content[i] && t.pos !== 'ADJ' && t.pos !== 'ADV') return false;
    }
    return num && unit;
  };
  const vague = (X: Side, s: Span) => {
    for (let i = s[0]; i < s[1]; i++) if (X.tokens[i].pos === 'NUM' || /^\d/.test(X.tokens[i].n)) return false;
    return len(s) > 0;
  };
  const binds = (f: Finding) => {
    const X = ctx.base;
    const fr = frameAt(X, f.b && len(f.b) > 0 ? f.b[0] : (f.at ?? 0));
    return !!fr && fr.negs.length === 0 && (fr.auxStrength ?? 0) >= 4;
  };
  for (const f of [...findings]) {
    if (f.type === 'lexical' && f.b && f.r && !f.direction && /^time limit reworded in place/.test(f.explanation)) {
      const dir = counted(ctx.base, f.b) && vague(ctx.reading, f.r) ? 'weakened' : counted(ctx.reading, f.r) && vague(ctx.base, f.b) ? 'strengthened' : null;
      if (dir && binds(f)) {
        f.direction = dir;
        f.explanation += dir === 'weakened' ? ' — a counted time limit made vague: the deadline no longer says how long' : ' — a vague time limit made counted: the deadline now says how long';
        continue;
      }
      // (one limit with no figure for another less or more strict: qualifiers.yaml `promptness`)
      const pb = ctx.lex.promptness.get(wordsKey(ctx.base, f.b));
      const pr = ctx.lex.promptness.get(wordsKey(ctx.reading, f.r));
      if (!dir && pb !== undefined && pr !== undefined && pb !== pr && binds(f)) {
        f.direction = pr > pb ? 'strengthened' : 'weakened';
        f.explanation += pr > pb ? ' — a stricter time limit: the act is due sooner' : ' — a looser time limit: the act may wait longer';
      }
      continue;
    }
    const added = f.type === 'qualifier-added';
    if ((!added && f.type !== 'qualifier-dropped') || !/^time limit (added|dropped)/.test(f.explanation)) continue;
    // the vague limit on one side, the counted one on the other, in the same place
    const [V, vs] = added ? [ctx.reading, f.r] : [ctx.base, f.b];
    if (!vs || !vague(V, vs)) continue;
    const o = findings.find((g) => {
      if (g.type !== (added ? 'omission' : 'addition')) return false;
      const gs = added ? g.b : g.r;
      if (!gs || len(gs) === 0 || !counted(added ? ctx.base : ctx.reading, gs)) return false;
      // (next to each other: the counted limit's edge where the vague one stands)
      const across = alignedAcross(ctx, added ? gs[0] : gs[0], added);
      const across1 = alignedAcross(ctx, gs[1], added);
      return across1 >= vs[0] && across <= vs[1];
    });
    if (!o) {
      limitWithConnective(findings, f, added, vs, counted, binds, ctx);
      continue;
    }
    const b: Span = added ? o.b! : f.b!;
    const r: Span = added ? f.r! : o.r!;
    const lim: Finding = { type: 'lexical', b, r, at: b[0], explanation: `time limit replaced: ${q(text(ctx.base, b))} → ${q(text(ctx.reading, r))}` };
    if (binds(lim)) {
      lim.direction = added ? 'weakened' : 'strengthened';
      lim.explanation += added ? ' — a counted time limit made vague: the deadline no longer says how long' : ' — a vague time limit made counted: the deadline now says how long';
    }
    findings.splice(findings.indexOf(o), 1);
    findings.splice(findings.indexOf(f), 1, lim);
  }
}

/**
 * The rule stated the other way round (`shall not … unless C` → `may … only if C`, its modal already
 * read so) where the words before the connective are dropped too: the alignment lumps them with the
 * connective (`located abroad unless` → `if`) and reads the `only` of `only if` as a restriction
 * added. The connective of `opposite-condition` that ends the base side against the `only-condition`
 * it becomes is one `grammatical` variant (`unless` → `only if`), the words before it an `omission`;
 * no restriction added. Only when a grammatical finding restated the modal in the same sentence.
 * Mutates `findings`.
 */
function exceptionRestatedPastDropped(findings: Finding[], ctx: Ctx): void {
  const B = ctx.base;
  const R = ctx.reading;
  for (let k = 0; k < findings.length; k++) {
    const f = findings[k];
    if (f.type !== 'lexical' || !f.b || !f.r || len(f.b) < 2 || len(f.r) < 1) continue;
    const conn = f.b[1] - 1;
    if (!ctx.lex.oppositeCondition.has(B.tokens[conn].n)) continue;
    const o = findings.findIndex((g) => g.type === 'qualifier-added' && !g.b && !!g.r && len(g.r) === 1 && g.r[1] === f.r![0]);
    if (o < 0) continue;
    const only = findings[o].r!;
    if (!ctx.lex.onlyConditionHeads.has(`${R.tokens[only[0]].n} ${textIn(R.tokens, f.r[0], f.r[1]).toLowerCase()}`)) continue;
    const sentence = B.tokens[conn].sentence;
    const restated = findings.some((g) => g.type === 'grammatical' && !!g.b && len(g.b) > 0 && B.tokens[g.b[0]].sentence === sentence && g.b[0] < f.b![0] && /stated the other way|restated as a permission/.test(g.explanation));
    if (!restated) continue;
    const dropped: Span = [f.b[0], conn];
    if (contentCount(B, dropped[0], dropped[1]) === 0) continue;
    const conv: Finding = { type: 'grammatical', b: [conn, conn + 1], r: [only[0], f.r[1]], at: conn, explanation: `grammatical (the exception of a prohibition restated as the condition of a permission): ${q(text(B, [conn, conn + 1]))} → ${q(text(R, [only[0], f.r[1]]))}` };
    const omit: Finding = { type: 'omission', b: dropped, r: null, at: dropped[0], explanation: `omitted: ${q(text(B, dropped))}` };
    findings.splice(k, 1, omit, conv);
    findings.splice(o > k ? o + 1 : o, 1);
    k = Math.max(-1, k - 2);
  }
}

/**
 * A point of time made a counted period from the same event (`time-points` `counted-from` in
 * qualifiers.yaml: "delete the data at the end of the services" → "within 30 days of the end of the
 * services"): a `lexical` change of a lone point preposition ("at", "upon", "on") against `within`, a
 * figure, a unit of time and a connective that counts from what follows. A deadline of 0 days after
 * the event against one of so many days: on a rule that binds (an obligation, not negated) the
 * period added gives more time, weakened, and the period dropped less, strengthened. Not "from",
 * which opens a span rather than naming a point. Mutates `findings`.
 */
function pointToPeriod(findings: Finding[], ctx: Ctx): void {
  const tp = ctx.lex.timePoints;
  const point = (X: Side, s: Span) => len(s) === 1 && X.tokens[s[0]].n !== 'from' && tp.prepositions.has(X.tokens[s[0]].n);
  const period = (X: Side, s: Span) => {
    const T = X.tokens;
    if (len(s) < 4 || T[s[0]].n !== 'within' || !tp.countedFrom.has(T[s[1] - 1].n)) return false;
    let num = false;
    let unit = false;
    for (let i = s[0] + 1; i < s[1] - 1; i++) {
      const t = T[i];
      if (!unit && (t.pos === 'NUM' || /^\d/.test(t.n) || numberValue([t], ctx.lex) !== null)) num = true;
      else if (num && !unit && (ctx.lex.frequencies.units.has(t.lemma) || ctx.lex.frequencies.units.has(t.n.replace(/s$/, '')))) unit = true;
      else return false;
    }
    return num && unit;
  };
  for (const f of findings) {
    if (f.type !== 'lexical' || f.direction || !f.b || !f.r) continue;
    const dir = point(ctx.base, f.b) && period(ctx.reading, f.r) ? 'weakened' : period(ctx.base, f.b) && point(ctx.reading, f.r) ? 'strengthened' : null;
    if (!dir) continue;
    // (the event after both read alike: the change stops where the aligned words begin)
    const nb = ctx.base.tokens[f.b[1]];
    const nr = ctx.reading.tokens[f.r[1]];
    if (!nb || !nr || nb.punct || nb.n !== nr.n) continue;
    const fr = frameAt(ctx.base, f.b[0]);
    if (!fr || fr.negs.length > 0 || (fr.auxStrength ?? 0) < 4) continue;
    f.direction = dir;
    f.explanation += dir === 'weakened' ? ' — a time limit counted from the event: the act is due so many days after it, no longer at it' : ' — a counted period made a point: the act is due at the event, no longer days after it';
  }
}

/**
 * A vague time limit added (dropped) `f` right before a change whose other side opens with the
 * counted limit and goes on with the connective to the limit's starting point, the change's words
 * after the limit and on the vague side all function words ("within 72 hours of becoming aware" →
 * "without undue delay after becoming aware": `'within 72 hours of' → 'after'` beside the limit
 * added): one limit substituted in place, `'within 72 hours' → 'without undue delay'`, with the
 * direction countedLimitMadeVague gives, and the connective changed a variant of its own
 * (`'of' → 'after'`, grammatical when the grammar classifier reads it so). Mutates `findings`.
 */
function limitWithConnective(
  findings: Finding[],
  f: Finding,
  added: boolean,
  vs: Span,
  counted: (X: Side, s: Span) => boolean,
  binds: (f: Finding) => boolean,
  ctx: Ctx,
): void {
  const [C, V] = added ? [ctx.base, ctx.reading] : [ctx.reading, ctx.base];
  const g = findings.find((x) => {
    if (x.type !== 'lexical' || !x.b || !x.r) return false;
    const [cs, ws] = added ? [x.b, x.r] : [x.r, x.b];
    return ws[0] === vs[1] && len(ws) > 0 && len(cs) > 1;
  });
  if (!g) return;
  const [cs, ws] = added ? [g.b!, g.r!] : [g.r!, g.b!];
  for (let i = ws[0]; i < ws[1]; i++) if (V.content[i]) return;
  // the longest counted prefix, the rest function words
  let k = cs[1] - 1;
  while (k > cs[0] && !C.content[k]) k--;
  const cut = k + 1;
  if (cut >= cs[1] || !counted(C, [cs[0], cut])) return;
  for (let i = cut; i < cs[1]; i++) if (C.content[i]) return;
  const cb: Span = added ? [cs[0], cut] : vs;
  const cr: Span = added ? vs : [cs[0], cut];
  const lim: Finding = { type: 'lexical', b: cb, r: cr, at: cb[0], explanation: `time limit replaced: ${q(text(ctx.base, cb))} → ${q(text(ctx.reading, cr))}` };
  if (binds(lim)) {
    lim.direction = added ? 'weakened' : 'strengthened';
    lim.explanation += added ? ' — a counted time limit made vague: the deadline no longer says how long' : ' — a vague time limit made counted: the deadline now says how long';
  }
  const rb: Span = added ? [cut, cs[1]] : ws;
  const rr: Span = added ? ws : [cut, cs[1]];
  const reasons = grammaticalReasons(ctx, rb, rr);
  const conn: Finding = reasons
    ? { type: 'grammatical', b: rb, r: rr, at: rb[0], explanation: `grammatical (${reasons.join(', ')}): ${q(text(ctx.base, rb))} → ${q(text(ctx.reading, rr))}` }
    : { type: 'lexical', b: rb, r: rr, at: rb[0], explanation: `wording changed: ${q(text(ctx.base, rb))} → ${q(text(ctx.reading, rr))} — the connective to the time limit's starting point` };
  findings.splice(findings.indexOf(g), 1, conn);
  findings.splice(findings.indexOf(f), 1, lim);
}

/**
 * The negation carried by the subject's determiner instead of the predicate's "not" ("A Member State
 * shall not refuse" → "No Member State shall refuse"), which the pieces report as an article
 * dropped, "No" added and "not" dropped, each grammatical: one grammatical variant over the subject
 * and the modal, as "does not create" → "creates no" is one. Only when both negation pieces are
 * "negation placed elsewhere" variants (the same polarity, classify/content.ts) in one sentence, the
 * negative determiner first on its side and the negator after it on the other; the article the
 * determiner replaces, right before the word after it, goes with it. Mutates `findings`.
 */
function negationToSubject(findings: Finding[], ctx: Ctx): void {
  const PLACED = 'negation placed elsewhere';
  for (const toSubject of [true, false]) {
    // X: the side the negative determiner is on; Y: the side whose "not" goes
    const [X, Y] = toSubject ? [ctx.reading, ctx.base] : [ctx.base, ctx.reading];
    const xs = (g: Finding) => (toSubject ? g.r : g.b);
    const ys = (g: Finding) => (toSubject ? g.b : g.r);
    const one = (s: Span | null | undefined) => !!s && len(s) === 1;
    const none = (s: Span | null | undefined) => !s || len(s) === 0;
    const det = findings.find((g) => g.type === 'grammatical' && g.explanation.includes(PLACED) && one(xs(g)) && none(ys(g)) && negativeDeterminer(X.tokens[xs(g)![0]], true));
    if (!det) continue;
    const k = xs(det)![0];
    // the other side's position of the word after the determiner
    const after = alignedAcross(ctx, k + 1, !toSubject);
    const not = findings.find((g) => g !== det && g.type === 'grammatical' && g.explanation.includes(PLACED) && one(ys(g)) && none(xs(g)) && ys(g)![0] > after && Y.tokens[ys(g)![0]].sentence === Y.tokens[after]?.sentence && Y.neg[ys(g)![0]]);
    if (!not) continue;
    const j = ys(not)![0];
    const art = findings.find((g) => g.type === 'grammatical' && one(ys(g)) && none(xs(g)) && ys(g)![0] === after - 1 && Y.tokens[after - 1].pos === 'DET');
    const yStart = art ? after - 1 : after;
    // (this side's span ends where the other side's negator was)
    const xEnd = alignedAcross(ctx, j + 1, toSubject);
    const b: Span = toSubject ? [yStart, j + 1] : [k, xEnd];
    const r: Span = toSubject ? [k, xEnd] : [yStart, j + 1];
    if (len(b) === 0 || len(r) === 0) continue;
    // (nothing else changed in between: "Neither States nor companies shall" → "States and
    // companies shall not" keeps its "nor" → "and" apart, and its pieces with it)
    const inside = (g: Finding) => (!!g.b && len(g.b) > 0 && g.b[0] < b[1] && g.b[1] > b[0]) || (!!g.r && len(g.r) > 0 && g.r[0] < r[1] && g.r[1] > r[0]);
    if (findings.some((g) => g !== det && g !== not && g !== art && inside(g))) continue;
    const joined: Finding = { type: 'grammatical', b, r, at: b[0], explanation: `grammatical (the negation carried by the subject's ${q(X.tokens[k].t.toLowerCase())} instead of the predicate's ${q(Y.tokens[j].t.toLowerCase())}, same polarity): ${q(text(ctx.base, b))} → ${q(text(ctx.reading, r))}` };
    for (const g of [det, not, art]) if (g) findings.splice(findings.indexOf(g), 1);
    findings.push(joined);
  }
}

/**
 * The position on the other side that token i of one side (the base when `fromBase`) is aligned to:
 * its equal token, or where the change over it begins there (an omission's place in the reading, an
 * addition's in the base); past the other side's end when no op covers i.
 */
function alignedAcross(ctx: Ctx, i: number, fromBase: boolean): number {
  for (const op of ctx.ops) {
    const [mine, theirs] = oriented(fromBase, op.baseSpan, op.readingSpan);
    if (i >= mine[0] && i < mine[1]) return op.op === 'equal' ? theirs[0] + (i - mine[0]) : theirs[0];
  }
  return (fromBase ? ctx.reading : ctx.base).tokens.length;
}

/**
 * A modal changed right before a hedge that goes the same way ("should consider configuring" →
 * "must configure": the modal raised, the hedge dropped; modality.yaml `hedges`): one change of
 * force over the modal, the hedge and the act, whichever way the alignment cut it — a modal variant
 * and a hedge variant beside it, or a modal variant that took the hedge with it and the act's
 * inflection left over as grammar. Two variants going opposite ways stay apart. Mutates `findings`.
 */
function joinHedgeToModal(findings: Finding[], ctx: Ctx): void {
  const hedged = (side: Side, s: Span | null) => {
    if (!s) return false;
    for (let i = s[0]; i < s[1]; i++) if (ctx.lex.hedges.has(side.tokens[i].lemma)) return true;
    return false;
  };
  for (let k = 0; k < findings.length; k++) {
    const m = findings[k];
    if (m.type !== 'modality' || !m.direction || !m.b || !m.r || len(m.b) === 0 || len(m.r) === 0) continue;
    const b: Span = [m.b[0], m.b[1]];
    const r: Span = [m.r[0], m.r[1]];
    let hedge = hedged(ctx.base, m.b) || hedged(ctx.reading, m.r);
    let tail = '';
    const taken: Finding[] = [];
    // the next variant right after those taken, on each side it has words on
    const next = () => findings.find((g) => g !== m && !taken.includes(g) && (g.b || g.r) && (!g.b || len(g.b) === 0 ? true : g.b[0] === b[1]) && (!g.r || len(g.r) === 0 ? true : g.r[0] === r[1]) && ((g.b && len(g.b) > 0) || (g.r && len(g.r) > 0)));
    for (let step = 0; step < 2; step++) {
      const g = next();
      if (!g) break;
      const gb = g.b && len(g.b) > 0 ? g.b : null;
      const gr = g.r && len(g.r) > 0 ? g.r : null;
      if (g.type === 'modality' && g.direction === m.direction && !hedge && (hedged(ctx.base, gb) || hedged(ctx.reading, gr))) {
        hedge = true;
        tail = g.explanation.includes(' — ') ? g.explanation.slice(g.explanation.indexOf(' — ') + 3) : '';
      } else if (hedge && g.type === 'grammatical' && gb && gr && len(gb) === 1 && len(gr) === 1 && ctx.base.tokens[gb[0]].stem === ctx.reading.tokens[gr[0]].stem) {
        // (the act's inflection left over: one word each side, of one stem, "configuring" → "configure")
      } else break;
      taken.push(g);
      if (gb) b[1] = gb[1];
      if (gr) r[1] = gr[1];
      if (g.type === 'grammatical') break;
    }
    if (taken.length === 0 || !hedge) continue;
    if (!tail) tail = `the hedge ${hedged(ctx.base, b) ? 'dropped' : 'added'} with it`;
    // (the modal's own detail kept: "'should' (4) → 'must' (5)")
    const first = m.explanation.split(' — ')[0];
    const colon = first.indexOf(': ');
    const head = colon >= 0 ? first.slice(0, colon) : first;
    const detail = colon >= 0 ? ` (${first.slice(colon + 2)})` : '';
    const joined: Finding = { ...m, b, r, explanation: `${head}: ${q(text(ctx.base, b))} → ${q(text(ctx.reading, r))}${detail} — ${tail}` };
    findings[k] = joined;
    for (const g of taken) findings.splice(findings.indexOf(g), 1);
    k = findings.indexOf(joined);
  }
}

/**
 * A modal auxiliary or a hedge added (or dropped) alone right before the act, whose form changes with
 * it ("constitutes" → "may constitute", "To review" → "To consider reviewing", "must comply" →
 * "complies"): one change of force over the modal or hedge and the act, not a modality variant and
 * the act's inflection beside it as grammar. The modality variant reads nothing on one side; the
 * grammatical one right after it is one word each side, of one stem, at the same place on the side
 * without the modal. Mutates `findings`.
 */
function modalWithItsAct(findings: Finding[], ctx: Ctx): void {
  for (let k = 0; k < findings.length; k++) {
    const m = findings[k];
    // (hedges only: a modal auxiliary keeps its own variant beside the act's form, as the tests of
    // lead-ins and statements of the law expect)
    if (m.type !== 'modality' || !m.direction || !HEDGES.has(m)) continue;
    const mb = m.b && len(m.b) > 0 ? m.b : null;
    const mr = m.r && len(m.r) > 0 ? m.r : null;
    if (!!mb === !!mr) continue;
    // (the side with the modal, and the place on the other side where it is missing)
    const at = mb ? (m.r ? m.r[0] : -1) : m.b ? m.b[0] : (m.at ?? -1);
    const g = findings.find((x) => {
      if (x.type !== 'grammatical' || !x.b || !x.r || len(x.b) !== 1 || len(x.r) !== 1) return false;
      return mb ? x.b[0] === mb[1] && (at < 0 || x.r[0] === at) : x.r[0] === mr![1] && x.b[0] === at;
    });
    if (!g) continue;
    const bt = ctx.base.tokens[g.b![0]];
    const rt = ctx.reading.tokens[g.r![0]];
    if (bt.stem !== rt.stem || bt.sentence !== (mb ? ctx.base.tokens[mb[0]] : bt).sentence || rt.sentence !== (mr ? ctx.reading.tokens[mr[0]] : rt).sentence) continue;
    const b: Span = mb ? [mb[0], g.b![1]] : [g.b![0], g.b![1]];
    const r: Span = mr ? [mr[0], g.r![1]] : [g.r![0], g.r![1]];
    const joined: Finding = { ...m, b, r, at: b[0], explanation: `${m.explanation} (with the act's form: ${q(text(ctx.base, g.b!))} → ${q(text(ctx.reading, g.r!))})` };
    findings[k] = joined;
    findings.splice(findings.indexOf(g), 1);
    k = findings.indexOf(joined);
  }
}

/**
 * A connective of several words (qualifiers.yaml `same-condition`: "provided that") reworded whole
 * ("but only where") and cut by the pairing into a word changed and a word of grammar ('provided' →
 * 'but only' lexical, 'that' → 'where' grammatical): one connective, one change, so two adjacent
 * findings, one lexical, whose joint span on one side is exactly such a connective, become one
 * lexical. Mutates `findings`.
 */
function wholeConnective(findings: Finding[], ctx: Ctx): void {
  const words = (side: Side, s: Span) => side.tokens.slice(s[0], s[1]).map((t) => t.n).join(' ');
  const piece = (g: Finding) => !!g.b && !!g.r && (g.type === 'lexical' || g.type === 'grammatical');
  for (let x = 0; x < findings.length; x++) {
    const f = findings[x];
    if (!piece(f)) continue;
    // (the findings that follow it without a gap on either side, as many as a connective has words)
    const run: Finding[] = [f];
    for (let k = 0; k < MAX_CONNECTIVE; k++) {
      const last = run[run.length - 1];
      const g = findings.find((h) => piece(h) && !run.includes(h) && h.b![0] === last.b![1] && h.r![0] === last.r![1]);
      if (!g) break;
      run.push(g);
    }
    for (let n = run.length; n >= 2; n--) {
      const part = run.slice(0, n);
      if (!part.some((g) => g.type === 'lexical')) continue;
      const b: Span = [f.b![0], part[n - 1].b![1]];
      const r: Span = [f.r![0], part[n - 1].r![1]];
      if (!ctx.lex.sameCondition.has(words(ctx.base, b)) && !ctx.lex.sameCondition.has(words(ctx.reading, r))) continue;
      f.type = 'lexical';
      f.b = b;
      f.r = r;
      f.direction = undefined;
      f.explanation = `wording changed: ${q(text(ctx.base, b))} → ${q(text(ctx.reading, r))} — one connective reworded`;
      for (const g of part.slice(1)) {
        const y = findings.indexOf(g);
        findings.splice(y, 1);
        if (y < x) x--;
      }
      break;
    }
  }
}
/** Most findings one connective is cut into, besides the first. */
const MAX_CONNECTIVE = 3;

/**
 * A post-modifier with "of" turned into a modifier before the same head ("the users of electronic
 * commerce" → "e-commerce users"): the aligner keeps the head, so the words before it come out
 * changed ('the' → 'e-commerce') and the "of" phrase omitted, when no content is lost. When the
 * "of" phrase one side drops right after a head both sides read, and the words the other side has
 * right before that head share a content word with it (its lemma or stem, or a part of a hyphenated
 * word), the two are one lexical change over the whole noun phrase. Mutates `findings`.
 */
function ofPhraseAsModifier(findings: Finding[], ctx: Ctx): void {
  const parts = (side: Side, s: Span) => {
    const out = new Set<string>();
    for (let i = s[0]; i < s[1]; i++) {
      if (!side.content[i]) continue;
      const t = side.tokens[i];
      out.add(t.lemma).add(t.stem);
      for (const x of t.n.split('-')) if (x.length > 2) out.add(x);
    }
    return out;
  };
  for (let y = 0; y < findings.length; y++) {
    const o = findings[y];
    const dropped = o.type === 'omission' && !!o.b && !o.r;
    const added = o.type === 'addition' && !!o.r && !o.b;
    if (!dropped && !added) continue;
    const [X, xs, Y] = dropped ? [ctx.base, o.b!, ctx.reading] : [ctx.reading, o.r!, ctx.base];
    if (X.tokens[xs[0]]?.n !== 'of' || xs[0] === 0) continue;
    // (the head before it, read on both sides: where the other side has it)
    const head = xs[0] - 1;
    if (X.tokens[head].pos !== 'NOUN') continue;
    const op = ctx.ops.find((p) => p.op === 'equal' && (dropped ? p.baseSpan : p.readingSpan)[0] <= head && head < (dropped ? p.baseSpan : p.readingSpan)[1]);
    if (!op) continue;
    const yh = (dropped ? op.readingSpan : op.baseSpan)[0] + head - (dropped ? op.baseSpan : op.readingSpan)[0];
    // (the change right before the head, with words on the other side)
    const x = findings.findIndex((f) => f !== o && (dropped ? f.r : f.b) && (dropped ? f.r! : f.b!)[1] === yh && (dropped ? f.r! : f.b!)[0] < yh && (f.type === 'lexical' || f.type === 'grammatical' || f.type === (dropped ? 'addition' : 'omission')));
    if (x < 0) continue;
    const f = findings[x];
    const ys = (dropped ? f.r : f.b)!;
    const own = parts(X, xs);
    if (![...parts(Y, ys)].some((w) => own.has(w))) continue;
    const fx = (dropped ? f.b : f.r) ?? [head, head];
    const xSpan: Span = [Math.min(fx[0], head), xs[1]];
    const ySpan: Span = [ys[0], yh + 1];
    f.type = 'lexical';
    f.direction = undefined;
    f.b = dropped ? xSpan : ySpan;
    f.r = dropped ? ySpan : xSpan;
    // (only when the modifier reads every content word of the "of" phrase is nothing lost: "the
    // sharing of benefits arising therefrom" → "benefit sharing" loses "arising therefrom")
    // (a short part of a hyphenated word abbreviates the word it opens: "e-commerce" reads "electronic commerce")
    const theirs = parts(Y, ys);
    const initials: string[] = [];
    for (let i = ys[0]; i < ys[1]; i++) for (const w of Y.tokens[i].n.split('-').slice(0, -1)) if (w.length > 0 && w.length <= 2) initials.push(w);
    const lost: string[] = [];
    for (let i = xs[0]; i < xs[1]; i++) {
      const t = X.tokens[i];
      if (X.content[i] && !theirs.has(t.lemma) && !theirs.has(t.stem) && !t.n.split('-').some((w) => theirs.has(w)) && !initials.some((w) => t.n.startsWith(w))) lost.push(t.t);
    }
    const rest = lost.length === 0 ? 'nothing lost' : `${q(lost.join(' '))} ${dropped ? 'dropped' : 'added'}`;
    f.explanation = `wording changed: ${q(text(ctx.base, f.b))} → ${q(text(ctx.reading, f.r))} — the "of" phrase put before its head as a modifier, ${rest}`;
    findings.splice(y, 1);
    y = -1;
  }
}

/**
 * A negated auxiliary restated as a ban in the passive ("shall not be used" → "are banned", "must
 * not be disclosed" → "is prohibited"): the ban names no act of its own, its participle stands for
 * the base's "be" + verb, so the words left after the auxiliary ("be used") are no omission but part
 * of the one change of wording (or of force). The omission right after the change is folded into it
 * when it is "be" + a verb (adverbs between) and ends its clause. Mutates `findings`.
 */
function banTakesVerb(findings: Finding[], ctx: Ctx): void {
  const B = ctx.base.tokens;
  const R = ctx.reading;
  for (let x = 0; x < findings.length; x++) {
    const f = findings[x];
    if ((f.type !== 'lexical' && f.type !== 'modality') || !f.b || !f.r || len(f.r) === 0) continue;
    let ban = false;
    for (let i = f.r[0]; i < f.r[1]; i++) {
      const fr = R.marker[i] >= 0 ? R.frames[R.marker[i]] : null;
      if (fr && fr.verbNegative && !fr.aux && fr.verb && fr.verb[1] === f.r[1]) ban = true;
    }
    if (!ban || !ctx.base.neg.slice(f.b[0], f.b[1]).some(Boolean)) continue;
    const y = findings.findIndex((g) => g.type === 'omission' && g.b && g.b[0] === f.b![1] && (!g.r || len(g.r) === 0));
    if (y < 0) continue;
    const g = findings[y];
    let k = g.b![0];
    if (B[k]?.lemma !== 'be') continue;
    k++;
    while (k < g.b![1] && B[k].pos === 'ADV') k++;
    if (k !== g.b![1] - 1 || B[k].pos !== 'VERB' || (B[k + 1] && !B[k + 1].punct)) continue;
    const nb: Span = [f.b[0], g.b![1]];
    findings[x] = { ...f, b: nb, explanation: f.explanation.split(q(text(ctx.base, f.b))).join(q(text(ctx.base, nb))) };
    findings.splice(y, 1);
    if (y < x) x--;
  }
}

/**
 * A rule on a thing restated as a party's duty to bring it about ("All passwords shall be unique" →
 * "The manufacturer must ensure that all passwords are unique", the way a regulation restates a
 * standard): the words put before the clause ("The manufacturer must ensure that") and the base's
 * modal left against the plain verb ("shall be" → "are") are two changes, not an addition and a
 * change of grammar. The subject put before the modal names who bears the duty (`actor`, '' → 'The
 * manufacturer'); the modal moves to the verb of ensuring ("shall be" → "must ensure that … are"),
 * a `modality` change when its force differs ("should" → "must": strengthened), else `lexical`.
 * The verbs are modality.yaml `ensure-verbs`. Mutates `findings`.
 */
function dutyBearerEnsures(findings: Finding[], ctx: Ctx): void {
  const B = ctx.base;
  const R = ctx.reading;
  const verbs = ctx.lex.ensureVerbs;
  if (verbs.size === 0) return;
  for (let x = 0; x < findings.length; x++) {
    const add = findings[x];
    if (add.type !== 'addition' || !add.r || (add.b && len(add.b) > 0)) continue;
    const [r0, r1] = add.r;
    // a short subject, the modal, the verb of ensuring, "that" (or none)
    let m = r0;
    while (m < r1 && ['DET', 'ADJ', 'NOUN', 'PROPN'].includes(R.tokens[m].pos) && R.marker[m] < 0) m++;
    if (m === r0 || m >= r1 || R.marker[m] < 0) continue;
    const rf = R.frames[R.marker[m]];
    if (!rf.aux || rf.negs.length > 0 || rf.verb || rf.auxStrength === null) continue;
    const v = rf.aux[1];
    if (!R.tokens[v] || !verbs.has(R.tokens[v].lemma)) continue;
    const end = R.tokens[v + 1]?.n === 'that' ? v + 2 : v + 1;
    if (end !== r1) continue;
    // the base's modal (with "be") read against the clause's plain verb, in the same sentence
    const y = findings.findIndex(
      (g) => g !== add && g.b && g.r && len(g.r) > 0 && len(g.r) <= 2 && g.r[0] > r1 && R.tokens[g.r[0]].sentence === R.tokens[r0].sentence && R.marker[g.r[0]] < 0 && B.marker[g.b[0]] >= 0,
    );
    if (y < 0) continue;
    const g = findings[y];
    const bf = B.frames[B.marker[g.b![0]]];
    if (!bf.aux || bf.negs.length > 0 || bf.verb || bf.auxStrength === null) continue;
    const subj: Span = [r0, m];
    const dutyR: Span = [m, end];
    const bw = text(B, g.b!);
    const rw = `${text(R, dutyR)} … ${text(R, g.r!)}`;
    const duty = dutyModality(g.b!, dutyR, g.b![0], bf, rf, [bw, rw], [bf.auxWord ?? bw, rf.auxWord ?? ''], 'the rule on the thing made a duty to ensure it');
    // (cited where the base sentence opens: the bearer stands before the thing's own subject)
    let s0 = g.b![0];
    while (s0 > 0 && B.tokens[s0 - 1].sentence === B.tokens[g.b![0]].sentence) s0--;
    const actor: Finding = { type: 'actor', b: null, r: subj, at: s0, explanation: `duty-bearer named: ${q(text(R, subj))} must now ensure what the base states of the thing` };
    findings.splice(Math.max(x, y), 1);
    findings.splice(Math.min(x, y), 1);
    findings.push(actor, duty);
    // (the verb the modal governed, "are", is the duty's: claimed with it, no change of its own)
    x = -1;
  }
}

/**
 * The `modality` finding of a duty moved between a party and the one who acts (dutyBearerEnsures,
 * dutyBearerDropped): another modal of the same force is a change with no direction (as in
 * content.ts), a stronger or weaker one an obligation strengthened or weakened. `words`: the two
 * sides' wordings quoted for the same force, `modals`: the modals quoted with their strengths; `why`
 * closes the explanation.
 */
function dutyModality(b: Span, r: Span, at: number | undefined, bf: Frame, rf: Frame, words: [string, string], modals: [string, string], why: string): Finding {
  const diff = rf.auxStrength! - bf.auxStrength!;
  const where = at === undefined ? { type: 'modality' as const, b, r } : { type: 'modality' as const, b, r, at };
  if (diff === 0) return { ...where, explanation: `modal wording changed, the same force (no direction): ${q(words[0])} → ${q(words[1])} (${why})` };
  const direction = diff > 0 ? 'strengthened' : 'weakened';
  return { ...where, direction, explanation: `obligation ${direction}: ${q(modals[0])} (${bf.auxStrength}) → ${q(modals[1])} (${rf.auxStrength}) — ${why}` };
}

/**
 * The converse of dutyBearerEnsures: a party's duty to bring a state about restated as the duty of
 * the one who acts ("Each Party shall provide that the controller takes security measures" → "The
 * controller must take security measures"). The words dropped at the opening of the base sentence
 * ("Each Party shall provide that": a short subject, the modal, a verb of ensuring, "that") and the
 * modal written out in the witness before the act ('' → "must") are two changes, not an omission
 * beside a modal repeated: the bearer dropped is an `actor` change (the duty is now on another
 * party), the modal of ensuring against the one on the act a `modality` change (no direction at the
 * same force). Mutates `findings`.
 */
function dutyBearerDropped(findings: Finding[], ctx: Ctx): void {
  const B = ctx.base;
  const R = ctx.reading;
  const verbs = ctx.lex.ensureVerbs;
  if (verbs.size === 0) return;
  for (let x = 0; x < findings.length; x++) {
    const om = findings[x];
    if (om.type !== 'omission' || !om.b || (om.r && len(om.r) > 0)) continue;
    const [b0, b1] = om.b;
    if (b0 > 0 && B.tokens[b0 - 1].sentence === B.tokens[b0].sentence) continue;
    let m = b0;
    while (m < b1 && ['DET', 'ADJ', 'NOUN', 'PROPN'].includes(B.tokens[m].pos) && B.marker[m] < 0) m++;
    if (m === b0 || m >= b1 || B.marker[m] < 0) continue;
    const bf = B.frames[B.marker[m]];
    if (!bf.aux || bf.negs.length > 0 || bf.verb || bf.auxStrength === null) continue;
    const v = bf.aux[1];
    if (!B.tokens[v] || !verbs.has(B.tokens[v].lemma) || B.tokens[v + 1]?.n !== 'that' || v + 2 !== b1) continue;
    // the modal written out in the witness before the act, alone, in the sentence
    const y = findings.findIndex((g) => g !== om && g.r && len(g.r) > 0 && (!g.b || len(g.b) === 0) && R.marker[g.r[0]] >= 0 && R.tokens[g.r[0]].sentence === R.tokens[Math.min(R.tokens.length - 1, g.r[0])].sentence);
    if (y < 0) continue;
    const g = findings[y];
    const rf = R.frames[R.marker[g.r![0]]];
    if (!rf.aux || rf.negs.length > 0 || rf.verb || rf.auxStrength === null || rf.aux[0] !== g.r![0] || rf.aux[1] !== g.r![1]) continue;
    const subj: Span = [b0, m];
    const dutyB: Span = [m, b1];
    const bw = `${text(B, dutyB)}`;
    const rw = text(R, g.r!);
    const duty = dutyModality(dutyB, g.r!, undefined, bf, rf, [bw, rw], [bf.auxWord ?? bw, rf.auxWord ?? rw], "the duty to ensure the act made the actor's own duty");
    const actor: Finding = { type: 'actor', b: subj, r: null, at: b0, explanation: `duty-bearer dropped: ${q(text(B, subj))} no longer bears the duty; the one who acts bears it directly` };
    findings.splice(Math.max(x, y), 1);
    findings.splice(Math.min(x, y), 1);
    findings.push(actor, duty);
    x = -1;
  }
}

/**
 * A subject added right before a modal added with it, to a predicate the base states bare ("Prevent
 * attacks, and refrain from" → "Prevent attacks. States shall refrain from": modality.ts
 * subjectAndModalAdded): the words name who now bears the obligation, an `actor` change, not an
 * addition. A noun phrase with a noun, the modality finding's reading opening right after it and
 * its base empty. Mutates `findings`.
 */
function bearerAddedWithModal(findings: Finding[], ctx: Ctx): void {
  const R = ctx.reading;
  // (the modality findings with an empty base by where their reading opens: one look-up per addition)
  const modalAt = new Set<number>();
  for (const g of findings) if (g.type === 'modality' && g.r && (!g.b || len(g.b) === 0)) modalAt.add(g.r[0]);
  if (modalAt.size === 0) return;
  for (const f of findings) {
    if (f.type !== 'addition' || !f.r || (f.b && len(f.b) > 0)) continue;
    if (!modalAt.has(f.r[1])) continue;
    let noun = false;
    let np = true;
    for (let i = f.r[0]; i < f.r[1]; i++) {
      const t = R.tokens[i];
      if (!['DET', 'ADJ', 'NOUN', 'PROPN'].includes(t.pos)) np = false;
      if (t.pos === 'NOUN' || t.pos === 'PROPN') noun = true;
    }
    if (!np || !noun) continue;
    f.type = 'actor';
    f.explanation = `duty-bearer named: ${q(text(R, f.r))} now bears the obligation the base states with no party`;
  }
}

/**
 * A draft's modal alternatives in square brackets ("Operators [shall][may] keep records"): two or
 * more bracketed groups side by side, one of which reads as the other side does there. The alignment
 * matches that word and leaves the brackets and the other group as a punctuation variant ('[') and
 * a change with no base ('][may]'). One variant over the alternatives against the other side's
 * words, with the type and direction of the change the alternatives offer (`modality`, weakened,
 * for "[shall][may]" against "shall"), no punctuation variant. Either direction. Mutates `findings`.
 */
function bracketedAlternatives(findings: Finding[], ctx: Ctx): void {
  for (const fromBase of [false, true]) {
    const Y = fromBase ? ctx.base : ctx.reading;
    const T = Y.tokens;
    for (let i = 0; i < T.length; i++) {
      if (T[i].t !== '[') continue;
      // the groups: "[" words "]", one after another
      let e = i;
      let groups = 0;
      const spans: Span[] = [];
      while (e < T.length && T[e].t === '[') {
        let k = e + 1;
        while (k < T.length && !T[k].punct) k++;
        if (k === e + 1 || k >= T.length || T[k].t !== ']') break;
        groups++;
        spans.push([e, k + 1]);
        e = k + 1;
      }
      if (groups < 2) continue;
      const run: Span = [i, e];
      i = e - 1;
      // the other side's words: those the alignment matched inside the run
      let x0 = -1;
      let x1 = -1;
      for (const op of ctx.ops) {
        if (op.op !== 'equal') continue;
        const [ys, xs] = oriented(fromBase, op.baseSpan, op.readingSpan);
        const a = Math.max(ys[0], run[0]);
        const z = Math.min(ys[1], run[1]);
        if (a >= z) continue;
        if (x0 < 0) x0 = xs[0] + (a - ys[0]);
        x1 = xs[0] + (z - ys[0]);
      }
      if (x0 < 0) continue;
      const inside = (f: Finding) => {
        const [ys] = oriented(fromBase, f.b, f.r);
        return !!ys && (len(ys) > 0 ? ys[0] >= run[0] && ys[1] <= run[1] : ys[0] > run[0] && ys[0] < run[1]);
      };
      const parts = findings.filter(inside);
      // (modal alternatives only: alternative content words, "[separate] [written] consent", keep
      // the brackets of the word read alike as punctuation and the other alternative as an addition)
      const main = parts.find((f) => f.type === 'modality');
      const xs: Span = [x0, x1];
      if (!main) {
        contentAlternatives(findings, ctx, fromBase, run, spans, xs, parts);
        continue;
      }
      const [b, r] = oriented(fromBase, run, xs) as [Span, Span];
      const joined: Finding = { ...main, b, r, at: b[0], explanation: `alternatives in brackets: ${q(text(ctx.base, b))} → ${q(text(ctx.reading, r))} — ${main.explanation}` };
      replaceFindings(findings, new Set(parts), [joined]);
    }
  }
}

/**
 * A hedge added in a bracketed draft, with modal alternatives before it ("States should take" →
 * "[States [should][could] consider] taking"): the alignment matches the modal the base reads,
 * leaves the other alternative and the hedge as an addition and the act's form as grammar. One
 * change of force over the modal, the alternatives, the hedge and the act, weakened (strengthened
 * when the base is the bracketed side): on the hedge's side a change whose last word is a verb of
 * modality.yaml `hedges` (closing brackets after it), the act right after it as a gerund, of the
 * stem of the other side's verb (a grammatical variant); before the hedge only bracketed modal
 * auxiliaries none stronger than the other side's modal, which the bracketed modal just before the
 * change matches (a punctuation variant, the brackets around it). Mutates `findings`.
 */
function hedgeAmidAlternatives(findings: Finding[], ctx: Ctx): void {
  if (ctx.lex.hedges.size === 0) return;
  for (const fromBase of [false, true]) {
    const X = fromBase ? ctx.base : ctx.reading;
    const Y = fromBase ? ctx.reading : ctx.base;
    const T = X.tokens;
    for (const a of [...findings]) {
      const [xs0, ys0] = oriented(fromBase, a.b, a.r);
      if (!xs0 || len(xs0) < 2 || (ys0 && len(ys0) > 0) || !findings.includes(a)) continue;
      const xs: Span = xs0;
      // the hedge: the last word of the change, closing brackets after it
      let h = xs[1] - 1;
      while (h > xs[0] && T[h].n === ']') h--;
      if (!ctx.lex.hedges.has(T[h].lemma) || T[h].pos !== 'VERB') continue;
      // before it only bracketed modal auxiliaries
      const alts: number[] = [];
      let ok = true;
      for (let i = xs[0]; i < h; i++) {
        if (T[i].n === '[' || T[i].n === ']') continue;
        const m = matchModal(T, i, ctx.lex);
        if (!m || m.kind !== 'aux' || m.words.length !== 1 || T[i - 1]?.n !== '[' || T[i + 1]?.n !== ']') {
          ok = false;
          break;
        }
        alts.push(m.strength);
      }
      if (!ok) continue;
      // the act's form, right after the change
      const g = findings.find((x) => {
        if (x.type !== 'grammatical') return false;
        const [gx, gy] = oriented(fromBase, x.b, x.r);
        return !!gx && !!gy && len(gx) === 1 && len(gy) === 1 && gx[0] === xs[1];
      });
      if (!g) continue;
      const [gx, gy] = oriented(fromBase, g.b, g.r) as [Span, Span];
      const act = T[gx[0]];
      if (!act.n.endsWith('ing') || act.stem !== Y.tokens[gy[0]].stem || act.sentence !== T[h].sentence) continue;
      // the bracketed modal just before the change, read as the other side's modal
      const p = findings.find((x) => {
        if (x.type !== 'punctuation') return false;
        const [px, py] = oriented(fromBase, x.b, x.r);
        return !!px && !!py && px[1] === xs[0] && len(py) === 1 && py[1] === gy[0] && len(px) === 3 && T[px[0]].n === '[' && T[px[0] + 2].n === ']' && T[px[0] + 1].n === Y.tokens[py[0]].n;
      });
      let base = -1;
      if (p) {
        const [, py] = oriented(fromBase, p.b, p.r) as [Span, Span];
        base = matchModal(Y.tokens, py[0], ctx.lex)?.strength ?? -1;
      }
      if (alts.length > 0 && (base < 0 || alts.some((x) => x > base))) continue;
      const [px, py] = p ? (oriented(fromBase, p.b, p.r) as [Span, Span]) : [xs, gy];
      const xSpan: Span = [px[0], gx[1]];
      const ySpan: Span = [p ? py[0] : gy[0], gy[1]];
      const [b, r] = oriented(fromBase, xSpan, ySpan) as [Span, Span];
      const words = [p ? Y.tokens[py[0]].n : null, ...T.slice(xs[0], h).filter((t) => t.n !== '[' && t.n !== ']').map((t) => t.n)].filter((w): w is string => !!w);
      const offered = words.length > 1 ? `; the ${fromBase ? 'base' : 'witness'} offers the modals ${words.join(' / ')} in brackets` : '';
      const joined: Finding = {
        type: 'modality',
        b,
        r,
        at: b[0],
        direction: fromBase ? 'strengthened' : 'weakened',
        explanation: fromBase
          ? `hedge dropped from a bracketed text: ${q(text(ctx.base, b))} → ${q(text(ctx.reading, r))} — the act, only to be considered ('${T[h].lemma}'), is now to be done${offered}`
          : `hedged in a bracketed text: ${q(text(ctx.base, b))} → ${q(text(ctx.reading, r))} — the act is now only to be considered ('${T[h].lemma}')${offered}`,
      };
      replaceFindings(findings, new Set([a, g, ...(p ? [p] : [])]), [joined]);
    }
  }
}

/**
 * Content alternatives in square brackets, the first or last group read word for word as the other
 * side reads there and nothing else matched in the run ("at least once a year" → "at least [once a
 * year][every six months]"): as for one bracketed word beside another ("[separate] [written]"), the
 * brackets around the group read alike are one punctuation variant and the other groups, brackets
 * and all, one addition (omission). The alternatives are offered, not added to the rule: no time
 * limit or condition added, no direction, and no bracket left inside a variant of words. Only when
 * the pieces over the run are punctuation or a change with no words on the other side. Mutates
 * `findings`.
 */
function contentAlternatives(findings: Finding[], ctx: Ctx, fromBase: boolean, run: Span, groups: readonly Span[], xs: Span, parts: readonly Finding[]): void {
  const Y = fromBase ? ctx.base : ctx.reading;
  const X = fromBase ? ctx.reading : ctx.base;
  const first = groups[0];
  const last = groups[groups.length - 1];
  const g = len(xs) === first[1] - first[0] - 2 ? first : len(xs) === last[1] - last[0] - 2 ? last : null;
  if (!g || g === last && g === first) return;
  for (let k = 0; k < len(xs); k++) if (Y.tokens[g[0] + 1 + k].n !== X.tokens[xs[0] + k].n) return;
  for (const f of parts) {
    const [, os] = oriented(fromBase, f.b, f.r);
    if (f.type !== 'punctuation' && os && len(os) > 0) return;
  }
  // (nothing but the parts over the run: a change that reaches past it is left as it is)
  for (const f of findings) {
    if (parts.includes(f)) continue;
    const [ys] = oriented(fromBase, f.b, f.r);
    if (ys && len(ys) > 0 && ys[0] < run[1] && ys[1] > run[0]) return;
  }
  const rest: Span = g === first ? [g[1], run[1]] : [run[0], g[0]];
  const words = q(text(Y, [g[0] + 1, g[1] - 1]));
  const marks = `${q(Y.tokens[g[0]].t)} and ${q(Y.tokens[g[1] - 1].t)}`;
  const [pb, pr] = oriented(fromBase, g, xs) as [Span, Span];
  const punct: Finding = {
    type: 'punctuation',
    b: pb,
    r: pr,
    at: pb[0],
    explanation: fromBase ? `the marks ${marks} around ${words} dropped: it is no longer set apart` : `the marks ${marks} added around ${words}: it is now set apart`,
  };
  const at = fromBase ? rest[0] : g === first ? xs[1] : xs[0];
  const alt: Finding = fromBase
    ? { type: 'omission', b: rest, r: null, at, explanation: `omitted: ${q(text(Y, rest))} — alternatives in brackets: the base offers them beside ${words}` }
    : { type: 'addition', b: null, r: rest, at, explanation: `added: ${q(text(Y, rest))} — alternatives in brackets: the witness offers them beside ${words}` };
  replaceFindings(findings, new Set(parts), [punct, alt]);
}

/**
 * A negated verb of permitting ("shall not permit", modality.yaml `act`) where the other side has one
 * directive verb of its own ("shall discourage", "shall prohibit"): the negator and the verb are the
 * prohibition the other verb restates, one variant over both ('not permit' → 'discourage'), not a
 * change of the negator beside the verb of permitting left over as an omission (addition). Mutates
 * `findings`.
 */
function negatedPermissionAsVerb(findings: Finding[], ctx: Ctx): void {
  const modal = (side: Side, i: number) => {
    const t = side.tokens[i];
    return ctx.lex.modals.get(t.lemma) ?? ctx.lex.modals.get(t.n);
  };
  const permitting = (side: Side, i: number) => !!modal(side, i)?.some((e) => e.kind === 'verb' && e.act && e.words.length === 1);
  const directive = (side: Side, s: Span) => len(s) === 1 && !!modal(side, s[0])?.some((e) => e.kind === 'verb' && !e.act && e.words.length === 1);
  for (const fromBase of [true, false]) {
    const X = fromBase ? ctx.base : ctx.reading;
    const Y = fromBase ? ctx.reading : ctx.base;
    for (let k = 0; k < findings.length; k++) {
      const f = findings[k];
      if ((f.type !== 'modality' && f.type !== 'grammatical') || !f.b || !f.r) continue;
      const [xs, ys] = oriented(fromBase, f.b, f.r) as [Span, Span];
      if (len(xs) === 0 || !X.neg[xs[1] - 1] || xs[1] >= X.tokens.length || !permitting(X, xs[1]) || !directive(Y, ys)) continue;
      const g = findings.find((h) => h !== f && h.type === (fromBase ? 'omission' : 'addition') && (fromBase ? h.b : h.r)?.[0] === xs[1] && (fromBase ? h.b : h.r)?.[1] === xs[1] + 1);
      if (!g) continue;
      const nx: Span = [xs[0], xs[1] + 1];
      const [b, r] = oriented(fromBase, nx, ys) as [Span, Span];
      findings[k] = { ...f, b, r, explanation: f.explanation.split(q(text(X, xs))).join(q(text(X, nx))) };
      findings.splice(findings.indexOf(g), 1);
      k = -1;
    }
  }
}

/** Is token h a hyphen joining the words on either side of it, no space around it ("long-term")? */
function hyphenJoins(T: readonly Token[], h: number): boolean {
  return h > 0 && h + 1 < T.length && T[h].n === '-' && T[h].space === '' && T[h + 1].space === '' && !T[h - 1].punct;
}

/**
 * A hyphenated word the model reads as several tokens ("free" "-" "of" "-" "charge") replaced by one
 * of its parts, which both sides read alike ("free-of-charge" → "free", "long-term" → "term"): the
 * alignment keeps the part and leaves the rest a one-sided variant of a word fragment ("-of-charge"
 * omitted). An apparatus never cuts a word: one `lexical` variant, the whole word → the part. What
 * the one-sided variant holds past the word stays a variant of its own. Only hyphens dropped
 * ("free of charge") are a compound, read before (there is no one-sided variant then). Mutates `findings`.
 */
function partOfHyphenatedWord(findings: Finding[], ctx: Ctx): void {
  const joined = (T: readonly Token[], h: number) => hyphenJoins(T, h) && !T[h + 1].punct;
  // (the other side's word stands alone: not itself part of a hyphenated word)
  const alone = (T: readonly Token[], j: number) => j >= 0 && j < T.length && !T[j].punct && !joined(T, j - 1) && !joined(T, j + 1);
  for (let k = 0; k < findings.length; k++) {
    const f = findings[k];
    if (f.type !== 'omission' && f.type !== 'addition') continue;
    const fromBase = f.type === 'omission';
    const s = fromBase ? f.b : f.r;
    if (!s || len(s) < 2) continue;
    const X = fromBase ? ctx.base.tokens : ctx.reading.tokens;
    const Y = fromBase ? ctx.reading.tokens : ctx.base.tokens;
    const [s0, s1] = s;
    let w: Span | null = null;
    let rest: Span | null = null;
    let j = -1;
    if (joined(X, s0)) {
      // the word's first part kept before the variant, the rest of the word in it
      let e = s0;
      while (joined(X, e)) e += 2;
      j = alignedAcross(ctx, s0 - 1, fromBase);
      if (e <= s1 && alone(Y, j) && Y[j].n === X[s0 - 1].n) {
        w = [s0 - 1, e];
        if (e < s1) rest = [e, s1];
      }
    } else if (joined(X, s1 - 1)) {
      // the word's last part kept after it
      let a = s1 - 1;
      while (joined(X, a - 2)) a -= 2;
      j = alignedAcross(ctx, s1, fromBase);
      if (a - 1 >= s0 && alone(Y, j) && Y[j].n === X[s1].n) {
        w = [a - 1, s1 + 1];
        if (a - 1 > s0) rest = [s0, a - 1];
      }
    }
    if (!w) continue;
    const covers = (g: Finding) => {
      const [own, other] = oriented(fromBase, g.b, g.r);
      return g !== f && ((!!own && own[0] < w![1] && own[1] > w![0]) || (!!other && other[0] <= j && other[1] > j));
    };
    if (findings.some(covers)) continue;
    const ws: Span = w;
    const ys: Span = [j, j + 1];
    const [b, r] = oriented(fromBase, ws, ys) as [Span, Span];
    const whole: Finding = { type: 'lexical', b, r, at: b[0], explanation: `wording changed: ${q(text(ctx.base, b))} → ${q(text(ctx.reading, r))} (a hyphenated word replaced by a part of it)` };
    if (rest) {
      const T = fromBase ? ctx.base : ctx.reading;
      findings[k] = { ...f, [fromBase ? 'b' : 'r']: rest, at: fromBase ? rest[0] : f.at, explanation: f.explanation.split(q(text(T, s))).join(q(text(T, rest))) };
      findings.push(whole);
    } else findings[k] = whole;
  }
}

/**
 * A word changed inside a hyphenated compound whose other parts both sides read alike
 * ("fifty-seventh" → "fifty-eighth", "seventh" → "eighth" left by the alignment): an apparatus cites
 * the whole word ("fifty-seventh] fifty-eighth"), so a lexical change is widened on both sides over
 * the parts joined to it by a hyphen with no space around it, when those parts are the same on both
 * sides. Mutates `findings`.
 */
function wholeHyphenatedWords(findings: Finding[], ctx: Ctx): void {
  const B = ctx.base.tokens;
  const R = ctx.reading.tokens;
  const joined = hyphenJoins;
  for (let k = 0; k < findings.length; k++) {
    const f = findings[k];
    if (f.type !== 'lexical' || !f.b || !f.r || len(f.b) === 0 || len(f.r) === 0) continue;
    let [b0, b1] = f.b;
    let [r0, r1] = f.r;
    while (joined(B, b0 - 1) && joined(R, r0 - 1) && B[b0 - 2].n === R[r0 - 2].n) {
      b0 -= 2;
      r0 -= 2;
    }
    while (b1 + 1 < B.length && r1 + 1 < R.length && joined(B, b1) && joined(R, r1) && B[b1 + 1].n === R[r1 + 1].n) {
      b1 += 2;
      r1 += 2;
    }
    // a change cut at a hyphen inside a compound whose next part the other side reads right after
    // the change ("Receiving-Party Person" → "national of the other Party": 'Receiving-' →
    // 'national of the other', "Party" read alike): the compound's part goes with the change
    for (const fromBase of [true, false]) {
      const T = fromBase ? B : R;
      const e = fromBase ? b1 : r1;
      const ye = fromBase ? r1 : b1;
      if (e < 2 || e >= T.length || T[e - 1].n !== '-' || T[e - 1].space !== '' || T[e].space !== '' || T[e - 2].punct) continue;
      if (alignedAcross(ctx, e, fromBase) !== ye) continue;
      if (fromBase) [b1, r1] = [b1 + 1, r1 + 1];
      else [r1, b1] = [r1 + 1, b1 + 1];
    }
    // the rest of a compound on one side only, left to a one-sided variant beside the change
    // ("third-party government" → "foreign government": 'third' → 'foreign' and '-party' omitted):
    // the compound is one word, replaced whole; the one-sided variant keeps what lies past it
    for (const fromBase of [true, false]) {
      const T = fromBase ? B : R;
      const oneSided = (g: Finding) => {
        const [own, other] = oriented(fromBase, g.b, g.r);
        return g !== f && g.type === (fromBase ? 'omission' : 'addition') && !!own && len(own) > 0 && (!other || len(other) === 0);
      };
      let [s0, s1] = fromBase ? [b0, b1] : [r0, r1];
      let e = s1;
      while (e > 0 && joined(T, e)) e += 2;
      if (e > s1) {
        const g = findings.find((x) => oneSided(x) && (fromBase ? x.b : x.r)![0] === s1 && (fromBase ? x.b : x.r)![1] >= e);
        if (g) {
          const gs = (fromBase ? g.b : g.r)!;
          if (gs[1] === e) findings.splice(findings.indexOf(g), 1);
          else findings[findings.indexOf(g)] = { ...g, [fromBase ? 'b' : 'r']: [e, gs[1]], at: fromBase ? e : g.at, explanation: g.explanation.split(q(textIn(T, gs[0], gs[1]))).join(q(textIn(T, e, gs[1]))) };
          s1 = e;
        }
      }
      let a = s0;
      while (joined(T, a - 1)) a -= 2;
      if (a < s0) {
        const g = findings.find((x) => oneSided(x) && (fromBase ? x.b : x.r)![1] === s0 && (fromBase ? x.b : x.r)![0] <= a);
        if (g) {
          const gs = (fromBase ? g.b : g.r)!;
          if (gs[0] === a) findings.splice(findings.indexOf(g), 1);
          else findings[findings.indexOf(g)] = { ...g, [fromBase ? 'b' : 'r']: [gs[0], a], explanation: g.explanation.split(q(textIn(T, gs[0], gs[1]))).join(q(textIn(T, gs[0], a))) };
          s0 = a;
        }
      }
      if (fromBase) [b0, b1] = [s0, s1];
      else [r0, r1] = [s0, s1];
    }
    if (b0 === f.b[0] && b1 === f.b[1] && r0 === f.r[0] && r1 === f.r[1]) continue;
    const nb: Span = [b0, b1];
    const nr: Span = [r0, r1];
    k = findings.indexOf(f);
    findings[k] = { ...f, b: nb, r: nr, at: b0, explanation: f.explanation.split(q(text(ctx.base, f.b))).join(q(text(ctx.base, nb))).split(q(text(ctx.reading, f.r))).join(q(text(ctx.reading, nr))) };
  }
}

/**
 * A change of case wholly inside a compound written differently ("Benefit-Sharing" → "benefit
 * sharing": case 'Benefit' → 'benefit' beside the compound): the compound entry cites those words
 * already, and one accidental is not counted twice. Mutates `findings`.
 */
function caseInsideCompound(findings: Finding[]): void {
  const within = (a: Span | null | undefined, b: Span | null | undefined) => !!a && !!b && b[0] <= a[0] && a[1] <= b[1];
  for (let k = findings.length - 1; k >= 0; k--) {
    const f = findings[k];
    if (f.type !== 'case') continue;
    if (findings.some((g) => g.type === 'compound' && within(f.b, g.b) && within(f.r, g.r))) findings.splice(k, 1);
  }
}

/**
 * A term written in capitals, a defined term ("Covered Data", "Covered Provider"), renamed by an
 * ordinary phrase in small letters ("electronic data", "service provider"): the alignment reads the
 * changed word as a lexical (an actor, for a party: "Member States" → "member countries") and the
 * kept word as a case variant beside it. One renaming: that variant takes in the word whose capital
 * went with the term. Only when on each side the two words
 * are written alike (both with capitals on one side, both in small letters on the other) and the
 * case variant is one word right after or before the lexical's one word. Mutates `findings`.
 */
function caseOfRenamedTerm(findings: Finding[], ctx: Ctx): void {
  const cap = (t: Token) => /^\p{Lu}/u.test(t.t);
  const low = (t: Token) => /^\p{Ll}/u.test(t.t);
  for (const g of [...findings]) {
    if (g.type !== 'case' || !g.b || !g.r || len(g.b) !== 1 || len(g.r) !== 1) continue;
    const f = findings.find((x) => (x.type === 'lexical' || x.type === 'actor') && !!x.b && !!x.r && len(x.b) === 1 && len(x.r) === 1 && ((x.b[1] === g.b![0] && x.r[1] === g.r![0]) || (x.b[0] === g.b![1] && x.r[0] === g.r![1])));
    if (!f) continue;
    const B = ctx.base.tokens;
    const R = ctx.reading.tokens;
    const [fb, fr, gb, gr] = [B[f.b![0]], R[f.r![0]], B[g.b[0]], R[g.r[0]]];
    const titled = (a: Token, b: Token) => cap(a) && cap(b);
    const small = (a: Token, b: Token) => low(a) && low(b);
    if (!((titled(fb, gb) && small(fr, gr)) || (small(fb, gb) && titled(fr, gr)))) continue;
    const b: Span = [Math.min(f.b![0], g.b[0]), Math.max(f.b![1], g.b[1])];
    const r: Span = [Math.min(f.r![0], g.r[0]), Math.max(f.r![1], g.r[1])];
    respan(f, b, r, ctx);
    f.at = b[0];
    findings.splice(findings.indexOf(g), 1);
  }
}

/**
 * An actor change followed by words dropped up to the head noun both sides read ("business
 * enterprises, in particular technology companies, must" → "tech companies must": actor 'business
 * enterprises' → 'tech', omission ', in particular technology', the head "companies" read alike): the
 * alignment cut the subject where the reading's words meet the base's head. The subject is one
 * change, cited whole: the actor over both subjects through the head, the omission folded into it.
 * Mutates `findings`.
 */
function actorThroughApposition(findings: Finding[], ctx: Ctx): void {
  const alikeB = alikeMap(ctx, true);
  for (let k = 0; k < findings.length; k++) {
    const f = findings[k];
    if (f.type !== 'actor' || !f.b || !f.r || len(f.b) === 0 || len(f.r) === 0) continue;
    const o = findings.findIndex((g) => g.type === 'omission' && !g.r && !!g.b && g.b[0] === f.b![1]);
    if (o < 0) continue;
    const head = findings[o].b![1];
    const h = ctx.base.tokens[head];
    if (!h || (h.pos !== 'NOUN' && h.pos !== 'PROPN') || alikeB[head] !== f.r[1]) continue;
    // (the comma that closed the apposition stays a mark of its own)
    const b: Span = [f.b[0], head + 1];
    const r: Span = [f.r[0], f.r[1] + 1];
    findings[k] = { ...f, b, r, explanation: f.explanation.split(q(text(ctx.base, f.b))).join(q(text(ctx.base, b))).split(q(text(ctx.reading, f.r))).join(q(text(ctx.reading, r))) };
    findings.splice(o, 1);
    if (o < k) k--;
  }
}

/**
 * A modifier added before the bearer's head where the base's words after that head, which restrict
 * it, are gone ("Members with greater capabilities should" → "Wealthier members should"), or the
 * other way round: the restriction on the same bearers reworded, one `lexical` over both noun
 * phrases, not a narrower party (an actor change) beside a wider one (the omission). The words after
 * the head open with a preposition or a relative pronoun and hold a content word; the head is read
 * alike. Mutates `findings`.
 */
function restrictionReworded(findings: Finding[], ctx: Ctx): void {
  for (let k = 0; k < findings.length; k++) {
    const f = findings[k];
    if (f.type !== 'actor' || !!f.b === !!f.r) continue;
    const added = !!f.r;
    const [side, s, other] = added ? [ctx.reading, f.r!, ctx.base] : [ctx.base, f.b!, ctx.reading];
    const h = alikeMap(ctx, !added)[s[1]];
    if (h === undefined || h < 0) continue;
    const o = findings.findIndex((g) => (added ? g.type === 'omission' && !g.r && !!g.b && g.b[0] === h + 1 : g.type === 'addition' && !g.b && !!g.r && g.r[0] === h + 1));
    if (o < 0) continue;
    const tail = added ? findings[o].b! : findings[o].r!;
    const first = other.tokens[tail[0]];
    if (!(first.pos === 'ADP' || RELATIVE.has(first.n)) || contentCount(other, tail[0], tail[1]) === 0) continue;
    if (other.tokens[tail[1] - 1].sentence !== other.tokens[h].sentence || !(side.tokens[s[1]].pos === 'NOUN' || side.tokens[s[1]].pos === 'PROPN')) continue;
    const mine: Span = [s[0], s[1] + 1];
    const theirs: Span = [h, tail[1]];
    const [b, r] = added ? [theirs, mine] : [mine, theirs];
    findings[k] = { type: 'lexical', b, r, at: b[0], explanation: `wording changed: ${q(text(ctx.base, b))} → ${q(text(ctx.reading, r))} — the restriction on the bearer reworded: the same parties` };
    findings.splice(o, 1);
    if (o < k) k--;
  }
}

/**
 * A list item dropped with its coordinator and a modifier added to the item kept after it ("including
 * indicators of compromise and wallet addresses" → "including crypto wallet addresses"): the diff
 * pairs the new modifier with the dropped item's first word ("indicators" → "crypto") and leaves the
 * rest of the item an omission. The item is omitted whole and the modifier added: a `lexical` over
 * one base word whose omission right after it ends with a coordinator, the reading's words right
 * before a word read alike (the kept item's), adjectives or nouns, none of whose stems the dropped
 * item reads; or a `lexical` over the whole item and its coordinator ("names of suspects and" →
 * "offshore"). Mutates `findings`.
 */
function modifierOfKeptItem(findings: Finding[], ctx: Ctx): void {
  const alikeR = alikeMap(ctx, false);
  for (let k = 0; k < findings.length; k++) {
    const f = findings[k];
    if (f.type !== 'lexical' || !f.b || !f.r) continue;
    // (the whole item in the lexical, "indicators and" → "crypto", or its first word only, the rest an omission)
    const o = ctx.base.tokens[f.b[1] - 1].pos === 'CCONJ' ? -1 : findings.findIndex((g) => g.type === 'omission' && !g.r && !!g.b && g.b[0] === f.b![1]);
    if (o < 0 && ctx.base.tokens[f.b[1] - 1].pos !== 'CCONJ') continue;
    const g = o < 0 ? f.b : findings[o].b!;
    const B = ctx.base.tokens;
    const R = ctx.reading.tokens;
    if (B[g[1] - 1].pos !== 'CCONJ' || alikeR[f.r[1]] === undefined || alikeR[f.r[1]] < 0 || alikeR[f.r[1]] !== g[1]) continue;
    let ok = true;
    for (let j = f.r[0]; j < f.r[1] && ok; j++) ok = (R[j].pos === 'ADJ' || R[j].pos === 'NOUN' || R[j].pos === 'PROPN') && ctx.reading.content[j];
    if (!ok || sharedContent(ctx, [f.b[0], g[1]], f.r) > 0) continue;
    // (nor an acronym of the item's first words, "artificial intelligence systems and" → "AI": the
    // item renamed, the diff's pairing right)
    let acronym = false;
    for (let e = f.b[0] + 2; e < g[1] && !acronym; e++) acronym = acronymOf(R.slice(f.r[0], f.r[1]), B.slice(f.b[0], e), ctx.lex);
    if (acronym) continue;
    const b: Span = [f.b[0], g[1]];
    const add: Finding = { type: 'addition', b: null, r: f.r, at: g[1], explanation: `added: ${q(text(ctx.reading, f.r))}` };
    findings[k] = { type: 'omission', b, r: null, at: b[0], explanation: `omitted: ${q(text(ctx.base, b))}` };
    if (o >= 0) findings[o] = add;
    else findings.splice(k + 1, 0, add);
  }
}

/**
 * A qualifier limb dropped from a coordination of limbs, its coordinator read as a grammatical
 * variant of its own beside it ("on a voluntary basis [and] in accordance with national law" → "in
 * accordance with national law": qualifier-dropped and grammatical "and"): the coordinator goes with
 * the limb it joined, one qualifier-dropped. The grammatical change holds only function words and
 * marks, a coordinator among them, right before or after the dropped phrase, nothing in its place.
 * Mutates `findings`.
 */
function coordinatorWithLimb(findings: Finding[], ctx: Ctx): void {
  // (on both sides: a limb added with its coordinator, "measures, [in accordance with national law
  // and] without prejudice to …", is one qualifier-added too)
  for (const dropped of [true, false]) {
    const side = dropped ? ctx.base : ctx.reading;
    const B = side.tokens;
    const mine = (g: Finding) => (dropped ? g.b : g.r);
    const theirs = (g: Finding) => (dropped ? g.r : g.b);
    const kind = dropped ? /^(condition|named case) dropped/ : /^(condition|named case) added/;
    const respanned = (h: Finding, span: Span): Finding => {
      const old = q(text(side, mine(h)!));
      const moved = dropped ? { b: span, at: span[0] } : { r: span };
      return { ...h, ...moved, explanation: h.explanation.split(old).join(q(text(side, span))) };
    };
    for (let k = 0; k < findings.length; k++) {
      const f = findings[k];
      const fs = mine(f);
      // (a condition or a named case: a time limit's coordinator goes with the period after it,
      // "within three years … and every five years thereafter")
      if (f.type !== (dropped ? 'qualifier-dropped' : 'qualifier-added') || !fs || theirs(f) || !kind.test(f.explanation)) continue;
      const o = findings.findIndex((g) => g.type === 'grammatical' && !theirs(g) && !!mine(g) && (mine(g)![0] === fs[1] || mine(g)![1] === fs[0]));
      if (o >= 0) {
        const g = mine(findings[o])!;
        let coord = false;
        let ok = true;
        for (let i = g[0]; i < g[1] && ok; i++) {
          if (B[i].pos === 'CCONJ') coord = true;
          else ok = B[i].punct || side.fn[i];
        }
        if (ok && coord) {
          findings[k] = respanned(f, [Math.min(fs[0], g[0]), Math.max(fs[1], g[1])]);
          findings.splice(o, 1);
          if (o < k) k--;
        }
      }
      // (the comma before the limb's coordinator goes with it too: "threats, and in accordance with
      // national law" → "threats": one qualifier-dropped, not a comma dropped beside it)
      const h = findings[k];
      const hs = mine(h);
      if (!hs || B[hs[0]].pos !== 'CCONJ') continue;
      const c = findings.findIndex((g) => g.type === 'punctuation' && !theirs(g) && !!mine(g) && mine(g)![1] === hs[0] && mine(g)![0] === hs[0] - 1 && B[mine(g)![0]].n === ',');
      if (c < 0) continue;
      findings[k] = respanned(h, [hs[0] - 1, hs[1]]);
      findings.splice(c, 1);
      if (c < k) k--;
    }
  }
}

/**
 * A coordinated limb dropped together with the condition that opens it ("with one another [and,
 * where appropriate, with the private sector]" → "with one another"): the condition qualified only
 * the limb, so the rule kept is no more unconditional than before; one omission of the whole limb,
 * with no direction, whether the limb's head is a noun phrase or a prepositional phrase. The
 * condition dropped opens with the coordinator and ends with a comma, the omission follows it right
 * away, holds content words, and runs to a mark or to the end of the sentence. Mutates `findings`.
 */
function limbAfterItsCondition(findings: Finding[], ctx: Ctx): void {
  const B = ctx.base;
  for (let k = 0; k < findings.length; k++) {
    const f = findings[k];
    if (f.type !== 'qualifier-dropped' || !f.b || f.r || !/^(condition|named case) dropped/.test(f.explanation)) continue;
    if (B.tokens[f.b[0]].pos !== 'CCONJ' || B.tokens[f.b[1] - 1].n !== ',') continue;
    const o = findings.findIndex((g) => g.type === 'omission' && !!g.b && !g.r && g.b[0] === f.b![1]);
    if (o < 0) continue;
    const g = findings[o].b!;
    if (contentCount(B, g[0], g[1]) === 0 || B.tokens[g[1] - 1].sentence !== B.tokens[f.b[0]].sentence) continue;
    const next = B.tokens[g[1]];
    if (next && !next.punct && next.sentence === B.tokens[g[0]].sentence) continue;
    const span: Span = [f.b[0], g[1]];
    findings[k] = { type: 'omission', b: span, r: null, at: span[0], explanation: `omitted: ${q(text(B, span))} (a limb of the coordination dropped with the condition that opened it)` };
    findings.splice(o, 1);
    if (o < k) k--;
  }
}

/**
 * Pieces of one date changed ("14" → "15" and "2025" → "2026" in "on 14 May 2025" → "on 15 May
 * 2026"): a date is one unit of meaning, one lexical change from the first piece to the last (the
 * words between read alike). Pieces classified as a date changed (date.ts), in the same date on
 * both sides. Mutates `findings`.
 */
function oneDate(findings: Finding[], ctx: Ctx): void {
  const isDate = (f: Finding) => f.type === 'lexical' && !!f.b && !!f.r && f.explanation.startsWith('the date changed:');
  for (let k = 0; k < findings.length; k++) {
    const f = findings[k];
    if (!isDate(f)) continue;
    const rb = dateRunAt(ctx.base, f.b![0], ctx.lex);
    const rr = rb ? dateRunAt(ctx.reading, f.r![0], ctx.lex) : null;
    if (!rb || !rr) continue;
    const o = findings.findIndex((g, i) => i !== k && isDate(g) && g.b![0] >= f.b![1] && g.b![1] <= rb[1] && g.r![0] >= f.r![1] && g.r![1] <= rr[1]);
    if (o < 0) continue;
    const g = findings[o];
    findings[k] = { ...f, b: [f.b![0], g.b![1]], r: [f.r![0], g.r![1]], direction: f.direction ?? g.direction };
    if (!findings[k].direction) delete findings[k].direction;
    findings.splice(o, 1);
    if (o < k) k--;
    k--;
  }
}

/**
 * A list shortened by its last item ("names, dates and places" → "names and dates"): the alignment
 * reads the comma before the new last item turned into the coordinator ("," → "and", grammatical)
 * and the old coordinator dropped with the item ("and places"). The coordinator only moved to close
 * the shorter list: one omission of the item, its explanation quoting the list as the base reads it.
 * So after a serial comma (", hunger, and the education of girls" → "and hunger": one omission of
 * ", and the education of girls"). Only a lone comma read as the very coordinator that opens the
 * dropped stretch (after its comma or not), the words between
 * them kept word for word (one item), nothing else changed there. A coordinator switched ("and" →
 * "or") or a middle item dropped (", dates") is no such re-join. Mutates `findings`.
 */
function listRejoinedBeforeDrop(findings: Finding[], ctx: Ctx): void {
  listRejoined(findings, ctx, true);
  // the mirror: a list lengthened by a last item ("health data and tax data" → "health data, tax
  // data and customs data"): the base's coordinator read as a comma, and the item added with its
  // coordinator after the next one; one addition "and customs data", the list re-joined
  listRejoined(findings, ctx, false);
}

function listRejoined(findings: Finding[], ctx: Ctx, dropped: boolean): void {
  const B = dropped ? ctx.base.tokens : ctx.reading.tokens;
  const R = dropped ? ctx.reading.tokens : ctx.base.tokens;
  const own = (f: Finding) => (dropped ? f.b : f.r);
  const oth = (f: Finding) => (dropped ? f.r : f.b);
  const side = (s: Span) => (dropped ? ctx.base : ctx.reading);
  const otherSide = dropped ? ctx.reading : ctx.base;
  // the coordinator that opens a dropped stretch, after its serial comma or not (", and the education of girls")
  const coordAt = (i: number) => (B[i].pos === 'CCONJ' ? B[i].n : B[i].n === ',' && B[i + 1]?.pos === 'CCONJ' ? B[i + 1].n : null);
  const gone = dropped ? ['omission', 'qualifier-dropped'] : ['addition', 'qualifier-added'];
  for (let k = 0; k < findings.length; k++) {
    const g = findings[k];
    const gb = own(g);
    const gr = oth(g);
    if (g.type !== 'grammatical' || !gb || !gr || len(gb) !== 1 || len(gr) !== 1) continue;
    if (B[gb[0]].n !== ',' || R[gr[0]].pos !== 'CCONJ') continue;
    const o = findings.findIndex((f) => gone.includes(f.type) && !!own(f) && !oth(f) && own(f)![0] > gb[1] && coordAt(own(f)![0]) === R[gr[0]].n);
    if (o < 0) continue;
    const d = own(findings[o])!;
    // (the item between: kept word for word, one item with no comma of its own, no other finding on it)
    const ospan = (x: AlignOp) => (dropped ? x.baseSpan : x.readingSpan);
    const rspan = (x: AlignOp) => (dropped ? x.readingSpan : x.baseSpan);
    const op = ctx.ops.find((x) => x.op === 'equal' && ospan(x)[0] === gb[1] && ospan(x)[1] === d[0] && rspan(x)[0] === gr[1]);
    if (!op || len(ospan(op)) === 0) continue;
    let ok = true;
    for (let i = ospan(op)[0]; i < ospan(op)[1] && ok; i++) ok = !B[i].punct;
    if (!ok) continue;
    const list = dropped ? text(side(d), [gb[0], d[1]]) : text(otherSide, [gr[0], rspan(op)[1]]);
    const now = dropped ? text(otherSide, [gr[0], rspan(op)[1]]) : text(side(d), [gb[0], d[1]]);
    const f = findings[o];
    findings[o] = { ...f, explanation: `${f.explanation} (the list re-joined: ${q(list)} → ${q(now)})` };
    findings.splice(k, 1);
    k--;
  }
}

/** Clause marks that may open a connective's restatement ("and" → "; they"). */
const CONNECTIVE_MARKS = new Set([';', ':']);

/**
 * A coordinated limb dropped and a phrase added to the item before it in its place ("for
 * advertising, or for developing harmful products, including alcoholic beverages" → "for
 * advertising towards health professionals"): the alignment pairs the limb (or its last words)
 * with the new phrase as one lexical change, which hides both. A limb opens with a coordinator
 * (after a comma or not); a prepositional phrase sharing no word with it is no rewording of it:
 * the limb an omission (with the omission of its first words right before, when the alignment cut
 * it there), the phrase an addition. Not a phrase that holds a modal (a rule of its own restated),
 * nor one with a predicate of its own ("access [or receive stored data]" → "access [under paragraph
 * 2 is lawful]": `predicateIn`), one rewording.
 * Mutates `findings`.
 */
function limbReplacedByModifier(findings: Finding[], ctx: Ctx): void {
  const B = ctx.base.tokens;
  const R = ctx.reading.tokens;
  const limbAt = (i: number) => B[i]?.pos === 'CCONJ' || (B[i]?.n === ',' && B[i + 1]?.pos === 'CCONJ');
  for (let k = 0; k < findings.length; k++) {
    const f = findings[k];
    if (f.type !== 'lexical' || !f.b || !f.r || len(f.b) === 0 || len(f.r) === 0) continue;
    // (the phrase a prepositional one, "towards health professionals", "in rural areas": one that
    // opens with a noun may restate the limb's object, "and put an end to activities that
    // jeopardize" → "infringement of", a rewording)
    // (a function word both read, "change to it" ↔ "to the public", is no sign of a rewording: a
    // content word shared is, sharedContent counting it 2)
    // (but the preposition the phrase opens with, opening a modifier of the limb's own, "and
    // standards [of the country]" ↔ "[of] host states", pairs them: the modifiers compared)
    const P = R[f.r[0]].n;
    let samePrep = false;
    for (let i = f.b[0]; i < f.b[1] - 1 && !samePrep; i++) {
      if (B[i].n !== P) continue;
      let j = i + 1;
      while (j < f.b[1] && B[j].pos === 'DET') j++;
      samePrep = j < f.b[1] && ctx.base.content[j];
    }
    if (R[f.r[0]].pos !== 'ADP' || sharedContent(ctx, f.b, f.r) >= 2 || samePrep || modalIn(ctx.reading, f.r[0], f.r[1]) || predicateIn(ctx.reading, f.r, ctx.lex)) continue;
    if (R[f.r[0]].sentence !== R[f.r[1] - 1].sentence) continue;
    // the limb: this change's base, or an omission right before it that opens with the coordinator
    const o = findings.findIndex((g) => g.type === 'omission' && !!g.b && !g.r && g.b[1] === f.b![0] && limbAt(g.b[0]));
    if (o < 0 && !limbAt(f.b[0])) continue;
    // (a limb of the coordinator alone, the phrase closed by a clause mark that opens the next
    // clause, "and" → "of any kind; they": the phrase added, the mark and what follows it the
    // connective restated, grammar; an addition does not reach across the mark)
    if (o < 0) {
      let m = f.r[0] + 1;
      while (m < f.r[1] && !CONNECTIVE_MARKS.has(R[m].n)) m++;
      if (m < f.r[1] && contentCount(ctx.base, f.b[0], f.b[1]) === 0) {
        const add: Finding = { type: 'addition', b: null, r: [f.r[0], m], at: f.b[0], explanation: `added: ${q(text(ctx.reading, [f.r[0], m]))}` };
        findings.splice(k, 1, add, ...classifyCandidate({ b: f.b, r: [m, f.r[1]] }, ctx));
        continue;
      }
    }
    const b: Span = [o >= 0 ? findings[o].b![0] : f.b[0], f.b[1]];
    const om: Finding = { type: 'omission', b, r: null, at: b[0], explanation: `omitted: ${q(text(ctx.base, b))}` };
    // the item the phrase now qualifies reworded itself, up to one kept word before the limb
    // ("before [launching a] service, or any significant change to it" → "before [offering a new]
    // service to the public"): the phrase is part of that rewording, one lexical over the item
    // ('launching a service' → 'offering a new service to the public'), beside the limb's omission
    const lx = findings.findIndex((g) => g.type === 'lexical' && !!g.b && !!g.r && g.b[1] < b[0] && g.r[1] < f.r![0] && b[0] - g.b[1] === f.r![0] - g.r[1] && b[0] - g.b[1] <= KEPT_BETWEEN);
    const keptItem = lx >= 0 && ctx.ops.some((x) => x.op === 'equal' && x.baseSpan[0] === findings[lx].b![1] && x.baseSpan[1] === b[0] && x.readingSpan[0] === findings[lx].r![1]);
    if (keptItem) {
      const g = findings[lx];
      const gb: Span = [g.b![0], b[0]];
      const gr: Span = [g.r![0], f.r[1]];
      findings[lx] = { ...g, b: gb, r: gr, explanation: `wording changed: ${q(text(ctx.base, gb))} → ${q(text(ctx.reading, gr))}` };
      findings.splice(k, 1, om);
    } else {
      const add: Finding = { type: 'addition', b: null, r: f.r, at: b[0], explanation: `added: ${q(text(ctx.reading, f.r))}` };
      findings.splice(k, 1, om, add);
    }
    if (o >= 0) {
      findings.splice(o, 1);
      if (o < k) k--;
    }
    if (!keptItem) k++;
  }
}

const OPEN_QUOTES = new Set(['"', '\u201c', '\u2018', "'", '\u00ab', '\u201e']);
const CLOSE_QUOTES = new Set(['"', '\u201d', '\u2019', "'", '\u00bb', '\u201c']);
/** Double quotation marks only: a single one may be an apostrophe ("States'"). */
const QUOTE_MARKS = new Set(['"', '\u201c', '\u201d', '\u00ab', '\u00bb', '\u201e']);

/**
 * Quotation marks around the whole of one side (a commentary or a strategy quoting the text:
 * `"Public bodies should publish …."`) say that it is quoted, not how it reads: the two marks added
 * (or dropped) at its very start and end are no variant. Mutates `findings`.
 */
function dropEnclosingQuotes(findings: Finding[], ctx: Ctx): void {
  for (const [side, key] of [[ctx.reading, 'r'], [ctx.base, 'b']] as const) {
    const T = side.tokens;
    if (T.length < 3 || !OPEN_QUOTES.has(T[0].t)) continue;
    let end = T.length - 1;
    if (T[end].punct && !CLOSE_QUOTES.has(T[end].t)) end--;
    if (end <= 0 || !CLOSE_QUOTES.has(T[end].t)) continue;
    const at = (i: number) =>
      findings.findIndex((f) => {
        const own = key === 'r' ? f.r : f.b;
        const theirs = key === 'r' ? f.b : f.r;
        return f.type === 'punctuation' && !theirs && !!own && own[0] === i && own[1] === i + 1;
      });
    const a = at(0);
    const z = at(end);
    if (a < 0 || z < 0) continue;
    findings.splice(Math.max(a, z), 1);
    findings.splice(Math.min(a, z), 1);
  }
}

/**
 * Quotation marks around a stretch the witness quotes word for word (`the notified Party "shall not
 * refuse … under its own law".`) say that it is quoted, not how it reads: a pair of marks added (or
 * dropped) on one side around at least `quoted-min-words` words (thresholds.yaml; marks not
 * counted) with no other change between them is no variant. Mutates `findings`.
 */
/** Words (tokens not marks) of `side` in [a, z). */
function words(side: Side, a: number, z: number): number {
  let n = 0;
  for (let i = a; i < z; i++) if (!side.tokens[i].punct) n++;
  return n;
}

function dropQuotingMarks(findings: Finding[], ctx: Ctx): void {
  const quotedMin = ctx.lex.thresholds.quotedMinWords;
  for (const [side, key] of [[ctx.reading, 'r'], [ctx.base, 'b']] as const) {
    const own = (f: Finding) => (key === 'r' ? f.r : f.b);
    const theirs = (f: Finding) => (key === 'r' ? f.b : f.r);
    const marks = findings
      .filter((f) => f.type === 'punctuation' && !theirs(f) && own(f) && own(f)![1] - own(f)![0] === 1 && (OPEN_QUOTES.has(side.tokens[own(f)![0]].t) || CLOSE_QUOTES.has(side.tokens[own(f)![0]].t)))
      .sort((x, y) => own(x)![0] - own(y)![0]);
    const gone = new Set<Finding>();
    for (let k = 0; k + 1 < marks.length; k++) {
      const a = own(marks[k])![0];
      const z = own(marks[k + 1])![0];
      // (a quotation, at least `quoted-min-words` words: marks around a word or two, "source
      // code", set the words apart and are variants)
      if (words(side, a + 1, z) < quotedMin || !OPEN_QUOTES.has(side.tokens[a].t) || !CLOSE_QUOTES.has(side.tokens[z].t)) continue;
      // nothing else changed between them, on this side
      if (findings.some((f) => f !== marks[k] && f !== marks[k + 1] && own(f) && own(f)![0] < z && own(f)![1] > a + 1)) continue;
      gone.add(marks[k]);
      gone.add(marks[k + 1]);
      k++;
    }
    // an opening mark whose quotation closes at the head of a reporting frame added after it
    // ('"We will not impose …," the ministers said', the quotation cut short or not): the frame
    // says the words are quoted, the mark is no variant
    for (const m of marks) {
      const a = own(m)![0];
      if (gone.has(m) || !OPEN_QUOTES.has(side.tokens[a].t)) continue;
      const frame = findings.find((f) => {
        const s = own(f);
        if (f.type !== 'addition' || theirs(f) || !s || s[0] <= a) return false;
        const z = side.tokens[s[0]].n === ',' ? s[0] + 1 : s[0];
        if (z >= s[1] || side.tokens[z].n !== '"' || words(side, a + 1, z) < quotedMin) return false;
        let said = false;
        for (let i = z + 1; i < s[1] && !said; i++) said = isReportingVerb(side.tokens[i], ctx.lex.pastForms.reporting);
        return said;
      });
      if (!frame) continue;
      const z = own(frame)![0];
      // (words changed inside are the quoted words' own variants when the mark opens the sentence:
      // '"The interests of the child must come first," the Commissioner said' quotes a whole
      // sentence as the speaker put it)
      const opensSentence = a === 0 || side.tokens[a - 1].sentence !== side.tokens[a].sentence;
      if (!opensSentence && findings.some((f) => f !== m && f !== frame && own(f) && own(f)![0] < z && own(f)![1] > a + 1)) continue;
      gone.add(m);
    }
    if (gone.size) for (let i = findings.length - 1; i >= 0; i--) if (gone.has(findings[i])) findings.splice(i, 1);
  }
}

/**
 * A grammatical finding of marks alone (a comma added beside a modal that changes, ", and may" for
 * "and shall", cut from it) is punctuation, as the same comma is where nothing else changes.
 * Mutates `findings`.
 */
function marksOnly(findings: Finding[], ctx: Ctx): void {
  const marks = (side: Side, s: Span | null) => !s || side.tokens.slice(s[0], s[1]).every((t) => t.punct);
  for (let k = 0; k < findings.length; k++) {
    const f = findings[k];
    if (f.type !== 'grammatical' || (len(f.b ?? [0, 0]) === 0 && len(f.r ?? [0, 0]) === 0) || !marks(ctx.base, f.b) || !marks(ctx.reading, f.r)) continue;
    findings[k] = { ...f, type: 'punctuation', explanation: `punctuation: ${change(ctx, { b: f.b ?? [f.at ?? 0, f.at ?? 0], r: f.r ?? [0, 0] })}` };
  }
}

/**
 * A bracket at the start or end of a change on one side only, taken in by a classifier's phrase
 * ("without delay" → "within 72 hours]", a time limit reworded): the bracket is a punctuation
 * variant of its own, as `splitEdgeBrackets` makes it of an edit (paired with its other half by
 * `pairParentheticalMarks`). The change keeps its words, and its explanation quotes them. Mutates
 * `findings`.
 */
function splitBracketsOff(findings: Finding[], ctx: Ctx): void {
  const opens = new Set<string>();
  const closes = new Set<string>();
  for (const [a, z] of ctx.lex.parentheticalMarks) {
    if (a === z) continue;
    opens.add(a);
    closes.add(z);
  }
  if (opens.size === 0) return;
  const added: Finding[] = [];
  for (let k = 0; k < findings.length; k++) {
    let f = findings[k];
    if (f.type === 'punctuation') continue;
    for (const key of ['b', 'r'] as const) {
      const side = key === 'b' ? ctx.base : ctx.reading;
      const other = key === 'b' ? ctx.reading : ctx.base;
      const sp = f[key];
      const th = f[key === 'b' ? 'r' : 'b'];
      // (a change of words on both sides: words dropped with their brackets, "(sometimes known as
      // …)", keep them)
      if (!sp || sp[1] - sp[0] < 2 || !th || len(th) === 0) continue;
      // (not a bracket whose other half the change takes in too: "[Private]", "[p]ublic")
      const paired = (i: number) => {
        const t = side.tokens[i].t;
        for (let k = sp[0]; k < sp[1]; k++) if (k !== i && (ctx.lex.parentheticalMarks.get(t) === side.tokens[k].t || ctx.lex.parentheticalMarks.get(side.tokens[k].t) === t)) return true;
        return false;
      };
      const mark = (i: number, set: Set<string>, j: number) => set.has(side.tokens[i].t) && other.tokens[j]?.t !== side.tokens[i].t && !paired(i);
      let [s0, s1] = sp;
      const marks: number[] = [];
      if (mark(s1 - 1, closes, th[1] - 1)) marks.push(--s1);
      if (s1 - s0 > 1 && mark(s0, opens, th[0])) marks.push(s0++);
      if (marks.length === 0) continue;
      const was = q(text(side, sp));
      const now = q(text(side, [s0, s1]));
      f = { ...f, [key]: [s0, s1] as Span, explanation: f.explanation.split(was).join(now) };
      if (key === 'b' && f.at !== undefined) f.at = Math.max(f.at, s0);
      for (const i of marks) {
        const t = side.tokens[i].t;
        added.push(key === 'b'
          ? { type: 'punctuation', b: [i, i + 1], r: null, at: i, explanation: `punctuation: ${q(t)} omitted` }
          : { type: 'punctuation', b: null, r: [i, i + 1], at: f.b ? (i < s0 ? f.b[0] : f.b[1]) : (f.at ?? 0), explanation: `punctuation: ${q(t)} added` });
      }
    }
    findings[k] = f;
  }
  findings.push(...added);
}

/**
 * Words dropped (or added) with the bracket that opens a stretch both sides read, the closing
 * bracket dropped (added) too ("Data Free Flow with Trust (DFFT)" → "DFFT"): the bracket is not
 * part of the words. When the stretch is an acronym of the words ("DFFT"), the name and its
 * acronym in brackets are written as the acronym alone: one spelling variant. Otherwise the words
 * are an omission (addition) of their own, and the brackets one punctuation variant around the
 * stretch (`pairParentheticalMarks`), not a stray closing bracket. Mutates `findings`.
 */
function nameBeforeBrackets(findings: Finding[], ctx: Ctx): void {
  const maxWords = ctx.lex.thresholds.parentheticalMaxWords;
  for (const key of ['b', 'r'] as const) {
    const side = key === 'b' ? ctx.base : ctx.reading;
    const own = (f: Finding) => (key === 'b' ? f.b : f.r);
    const theirs = (f: Finding) => (key === 'b' ? f.r : f.b);
    const lone = (f: Finding) => !theirs(f) && !!own(f) && len(own(f)!) > 0;
    // lone closing marks by position
    const closing = new Map<number, Finding>();
    for (const f of findings) if (f.type === 'punctuation' && lone(f) && len(own(f)!) === 1) closing.set(own(f)![0], f);
    if (closing.size === 0) continue;
    const other = alikeMap(ctx, key === 'b');
    for (let k = 0; k < findings.length; k++) {
      const f = findings[k];
      if ((f.type !== 'omission' && f.type !== 'addition') || !lone(f) || len(own(f)!) < 2) continue;
      const [x, e] = own(f)!;
      // (the mirror: words added (dropped) after the bracket that closes a stretch both sides read,
      // its opening bracket added too, "separate" → "[separate] [written]": the closing bracket is a
      // mark of its own, paired with the opening one, and the words after it the change)
      const opener = openerOf(ctx, side.tokens[x].t);
      if (opener !== undefined) {
        let y = x - 1;
        while (y >= 0 && x - y - 1 <= maxWords && side.tokens[y].t !== opener && other[y] >= 0 && (y === x - 1 || other[y] === other[y + 1] - 1)) y--;
        if (y >= 0 && y < x - 1 && x - y - 1 <= maxWords && side.tokens[y].t === opener && closing.has(y)) {
          const words: Span = [x + 1, e];
          findings[k] = { ...f, [key]: words, ...(key === 'b' ? { at: x + 1 } : {}), explanation: f.explanation.split(q(text(side, [x, e]))).join(q(text(side, words))) };
          findings.push(key === 'b'
            ? { type: 'punctuation', b: [x, x + 1], r: null, at: x, explanation: `punctuation: ${q(side.tokens[x].t)} omitted` }
            : { type: 'punctuation', b: null, r: [x, x + 1], at: f.at ?? 0, explanation: `punctuation: ${q(side.tokens[x].t)} added` });
          continue;
        }
      }
      const a = e - 1;
      const close = ctx.lex.parentheticalMarks.get(side.tokens[a].t);
      if (close === undefined || close === side.tokens[a].t) continue;
      // the closing bracket after a stretch read alike (word for word), itself a lone mark
      let z = a + 1;
      while (z < side.tokens.length && z - a - 1 <= maxWords && side.tokens[z].t !== close && other[z] >= 0 && (z === a + 1 || other[z] === other[z - 1] + 1)) z++;
      const mark = closing.get(z);
      if (z === a + 1 || z - a - 1 > maxWords || side.tokens[z]?.t !== close || !mark) continue;
      const inside: Span = [other[a + 1], other[z - 1] + 1];
      const words: Span = [x, a];
      // (all the words dropped are the name: with other words beside it, "using information and
      // communications technology (ICT)" for "ICT", the words are an addition and the brackets a
      // variant of their own, as the gold of data-security records it)
      if (acronymOf(side.tokens.slice(a + 1, z), side.tokens.slice(x, a), ctx.lex)) {
        const whole: Span = [x, z + 1];
        const t = q(text(side, whole));
        const acr = q(text(side, [a + 1, z]));
        const spelt: Finding = {
          type: 'spelling',
          b: key === 'b' ? whole : inside,
          r: key === 'b' ? inside : whole,
          at: key === 'b' ? x : inside[0],
          explanation: key === 'b' ? `written as the acronym alone: ${t} → ${acr}` : `the acronym spelt out: ${acr} → ${t}`,
        };
        findings[k] = spelt;
        const m = findings.indexOf(mark);
        findings.splice(m, 1);
        if (m < k) k--;
        continue;
      }
      if (len(words) === 0) continue;
      // (the words, then the opening bracket, a lone mark that pairParentheticalMarks pairs)
      findings[k] = { ...f, [key]: words, explanation: f.explanation.split(q(text(side, [x, e]))).join(q(text(side, words))) };
      findings.push(key === 'b'
        ? { type: 'punctuation', b: [a, a + 1], r: null, at: a, explanation: `punctuation: ${q(side.tokens[a].t)} omitted` }
        : { type: 'punctuation', b: null, r: [a, a + 1], at: f.at ?? 0, explanation: `punctuation: ${q(side.tokens[a].t)} added` });
    }
  }
}

/** The opening mark of a bracket pair (function-words.yaml `parenthetical-marks`, two marks that differ) closed by `t`. */
function openerOf(ctx: Ctx, t: string): string | undefined {
  for (const [a, z] of ctx.lex.parentheticalMarks) if (z === t && a !== z) return a;
  return undefined;
}

/**
 * The two marks that set a short stretch apart (", where appropriate,", "(in principle)"), dropped
 * or added together around a stretch read alike on both sides, are one punctuation variant: the
 * stretch is no longer (or now) set off. The pairs and the longest stretch are data
 * (function-words.yaml `parenthetical-marks`, thresholds.yaml `parenthetical-max-words`). Serial
 * commas of a list ("laws, regulations, and rules" → "laws regulations and rules": the closing comma
 * before a coordinator) stay two variants. A stretch set apart that is itself reworded, one
 * substantive finding over exactly the words between the marks (", without undue delay," →
 * "immediately"), takes the marks into that finding. Mutates `findings`.
 */
function pairParentheticalMarks(findings: Finding[], ctx: Ctx): void {
  const pairs = ctx.lex.parentheticalMarks;
  const maxWords = ctx.lex.thresholds.parentheticalMaxWords;
  if (pairs.size === 0) return;
  for (const key of ['b', 'r'] as const) {
    const side = key === 'b' ? ctx.base : ctx.reading;
    const own = (f: Finding) => (key === 'b' ? f.b : f.r);
    const theirs = (f: Finding) => (key === 'b' ? f.r : f.b);
    const marks = findings
      .filter((f) => f.type === 'punctuation' && !theirs(f) && own(f) && own(f)![1] - own(f)![0] === 1)
      .sort((x, y) => own(x)![0] - own(y)![0]);
    if (marks.length < 2) continue;
    // this side's token → the other side's token it is aligned equal with
    const other = alikeMap(ctx, key === 'b');
    // tokens of this side inside some finding, and the one-sided grammatical findings by their span
    // (looked up per pair of marks: the pass stays linear on a long unit)
    const covered = new Array<boolean>(side.tokens.length).fill(false);
    const grammarAt = new Map<string, Finding>();
    const replacedAt = new Map<string, Finding>();
    const droppedAt = new Map<string, Finding>();
    const movedAt = new Map<string, Finding>();
    for (const f of findings) {
      const sp = own(f);
      if (!sp) continue;
      covered.fill(true, sp[0], sp[1]);
      if (f.type === 'grammatical' && !theirs(f)) grammarAt.set(`${sp[0]}:${sp[1]}`, f);
      // (not a moved stretch: a transposition quotes the words moved)
      if (classOf(f.type) === 'substantive' && f.type !== 'transposition' && theirs(f) && len(theirs(f)!) > 0) replacedAt.set(`${sp[0]}:${sp[1]}`, f);
      // (and words in brackets dropped or added with them, "(DFFT)": the brackets go with the words)
      else if ((f.type === 'omission' || f.type === 'addition') && !theirs(f)) droppedAt.set(`${sp[0]}:${sp[1]}`, f);
      // (and a stretch moved: the marks that set it apart where it stood go with it)
      else if (f.type === 'transposition' && theirs(f)) movedAt.set(`${sp[0]}:${sp[1]}`, f);
    }
    const widened = new Map<Finding, Finding>();
    const merged = new Map<Finding, Finding>();
    const gone = new Set<Finding>();
    for (let k = 0; k + 1 < marks.length; k++) {
      const a = own(marks[k])![0];
      const z = own(marks[k + 1])![0];
      const close = pairs.get(side.tokens[a].t);
      // (brackets of a draft, "[ ]", enclose text not agreed, a phrase or a whole clause: no limit)
      const bracketing = ctx.lex.bracketingMarks.get(side.tokens[a].t) === side.tokens[z].t;
      if (close === undefined || side.tokens[z].t !== close || z - a - 1 < 1 || (z - a - 1 > maxWords && !bracketing)) continue;
      // list punctuation, not a stretch set apart: a closing comma before "and"/"or" (a bracket or
      // a quotation mark closed before one still sets its stretch apart: "security, “ordre public”
      // or other interests")
      if (side.tokens[z].t === side.tokens[a].t && side.tokens[a].t === ',' && side.tokens[z + 1]?.pos === 'CCONJ') continue;
      // (words of grammar the marks set apart, dropped or added with them: ", however," → "": one
      // grammatical variant, not three)
      const setApart = grammarAt.get(`${a + 1}:${z}`);
      if (setApart) {
        const span: Span = [a, z + 1];
        const at = setApart.at ?? (key === 'b' ? a : 0);
        merged.set(marks[k], { type: 'grammatical', b: key === 'b' ? span : null, r: key === 'b' ? null : span, at, explanation: `grammatical (function words, punctuation): ${q(text(side, span))} ${key === 'b' ? 'omitted' : 'added'}, with the marks that set it apart` });
        gone.add(setApart);
        gone.add(marks[k + 1]);
        k++;
        continue;
      }
      // (a stretch set apart and itself reworded, ", without undue delay," → "immediately": the
      // marks go with the rewording, not two punctuation variants beside it)
      const reworded = replacedAt.get(`${a + 1}:${z}`);
      if (reworded && !widened.has(reworded)) {
        const span: Span = [a, z + 1];
        widened.set(reworded, { ...reworded, ...(key === 'b' ? { b: span, at: Math.min(reworded.at ?? a, a) } : { r: span }) });
        gone.add(marks[k]);
        gone.add(marks[k + 1]);
        k++;
        continue;
      }
      const dropped = close !== side.tokens[a].t ? droppedAt.get(`${a + 1}:${z}`) : undefined;
      if (dropped && !widened.has(dropped)) {
        const span: Span = [a, z + 1];
        const was = q(text(side, [a + 1, z]));
        widened.set(dropped, { ...dropped, [key]: span, ...(key === 'b' ? { at: Math.min(dropped.at ?? a, a) } : {}), explanation: dropped.explanation.split(was).join(q(text(side, span))) });
        gone.add(marks[k]);
        gone.add(marks[k + 1]);
        k++;
        continue;
      }
      // (a stretch set apart and moved, "may, upon request, provide assistance" → "may provide
      // assistance upon request": the marks go with the move, not two punctuation variants beside it)
      const moved = movedAt.get(`${a + 1}:${z}`);
      if (moved && !widened.has(moved)) {
        const span: Span = [a, z + 1];
        const marksText = `${q(side.tokens[a].t)} and ${q(close)}`;
        widened.set(moved, { ...moved, [key]: span, ...(key === 'b' ? { at: Math.min(moved.at ?? a, a) } : {}), explanation: `${moved.explanation}; the marks ${marksText} that set it apart ${key === 'b' ? 'where it stood go' : 'go'} with it` });
        gone.add(marks[k]);
        gone.add(marks[k + 1]);
        k++;
        continue;
      }
      // the stretch between reads alike on the other side, word for word, with no mark of the pair
      let ok = true;
      for (let i = a + 1; i < z && ok; i++) ok = other[i] >= 0 && other[i] === other[a + 1] + (i - a - 1) && side.tokens[i].t !== side.tokens[a].t && side.tokens[i].t !== close;
      for (let i = a + 1; i < z && ok; i++) ok = !covered[i];
      if (!ok) continue;
      const inside: Span = [other[a + 1], other[z - 1] + 1];
      const words = q(text(side, [a + 1, z]));
      const marksText = `${q(side.tokens[a].t)} and ${q(close)}`;
      const f: Finding = {
        type: 'punctuation',
        b: key === 'b' ? [a, z + 1] : inside,
        r: key === 'b' ? inside : [a, z + 1],
        at: key === 'b' ? a : inside[0],
        enclosing: true,
        explanation: bracketing
          ? key === 'b'
            ? `the brackets ${marksText} around ${words} dropped: the text is no longer bracketed (agreed)`
            : `the brackets ${marksText} added around ${words}: the text is bracketed (not agreed)`
          : key === 'b'
            ? `the marks ${marksText} around ${words} dropped: it is no longer set apart`
            : `the marks ${marksText} added around ${words}: it is now set apart`,
      };
      merged.set(marks[k], f);
      gone.add(marks[k + 1]);
      k++;
    }
    if (merged.size === 0 && widened.size === 0) continue;
    const kept: Finding[] = [];
    for (const f of findings) if (!gone.has(f)) kept.push(merged.get(f) ?? widened.get(f) ?? f);
    findings.length = 0;
    findings.push(...kept);
  }
}

/** Does a connective that names cases ("including", "such as"; written as words joined by spaces) open at token i? */
function namedCaseAt(T: readonly Token[], i: number, connectives: ReadonlySet<string>): boolean {
  for (const c of connectives) {
    const ws = c.split(' ');
    if (ws.every((w, k) => T[i + k]?.n === w)) return true;
  }
  return false;
}

/**
 * An alternative (a further) limb of a coordination dropped whole, its modifier with it ("acts of its
 * organs or of persons under its direction or control" → "acts of its organs"): the alignment may
 * read the limb's opening words as an omission and the condition that follows its noun as a
 * condition dropped, "the statement becomes unconditional". The condition belongs to the dropped
 * limb, not to the rule: one omission of the whole limb. Only when the omission opens with a
 * coordinator, ends on a noun, and the dropped condition follows it right away in the same sentence
 * and ends the sentence (or a clause: punctuation after it). Mutates `findings`.
 */
function limbWithItsCondition(findings: Finding[], ctx: Ctx): void {
  const B = ctx.base;
  for (let o = 0; o < findings.length; o++) {
    const f = findings[o];
    if (f.type !== 'omission' || !f.b || f.r || len(f.b) < 2) continue;
    const first = B.tokens[f.b[0]];
    const last = B.tokens[f.b[1] - 1];
    if (first.pos !== 'CCONJ' || !(last.pos === 'NOUN' || last.pos === 'PROPN')) continue;
    // (a limb, no marks inside: "and, in any event, within seventy-two hours" is a time limit added
    // to the rule, its lead-in no limb of a coordination)
    if (B.tokens.slice(f.b[0], f.b[1]).some((t) => t.punct)) continue;
    // (a limb parallel to the one kept: opened by the preposition the kept limb opens with, "of its
    // organs or of persons", or by a noun phrase; not "and in any case within 72 hours", a limit's lead-in)
    const second = B.tokens[f.b[0] + 1];
    if (second.pos === 'ADP') {
      let seen = false;
      for (let i = f.b[0] - 1; i >= 0 && B.tokens[i].sentence === first.sentence && !seen; i--) seen = B.tokens[i].n === second.n;
      if (!seen) continue;
    } else if (!['DET', 'NOUN', 'PROPN', 'ADJ'].includes(second.pos)) continue;
    const k = findings.findIndex((g) => g.type === 'qualifier-dropped' && g.b && !g.r && g.b[0] === f.b![1] && B.tokens[g.b[0]].sentence === first.sentence);
    if (k < 0) continue;
    const g = findings[k];
    // (a phrase set off by a comma is the sentence's, not the noun's: "and countries with limited
    // connectivity, in order to reduce the risk …" drops a purpose of the rule; but for the cases
    // the noun names, "and subject to requirements, including confidentiality …" (qualifiers.yaml
    // same-named-case))
    if (B.tokens[g.b![0]].punct && !namedCaseAt(B.tokens, g.b![0] + 1, ctx.lex.sameNamedCase)) continue;
    const next = B.tokens[g.b![1]];
    if (next && !next.punct) continue;
    const span: Span = [f.b[0], g.b![1]];
    findings[o] = { type: 'omission', b: span, r: null, at: span[0], explanation: `omitted: ${q(text(B, span))} (a limb of the coordination dropped with its condition)` };
    findings.splice(k, 1);
    if (k < o) o--;
  }
}

/** The indefinite article in its two forms, chosen by the sound of the next word. */
const INDEFINITE = new Set(['a', 'an']);

/**
 * The indefinite article changed only because the word after it changed ("a sufficient framework" →
 * "an adequate framework"): an apparatus records "a sufficient] an adequate" as one entry, not the
 * article as a variant of its own. A grammatical 'a' ⇄ 'an' right before a lexical change that starts
 * right after it on both sides is folded into that change. Mutates `findings`.
 */
function articleWithNextWord(findings: Finding[], ctx: Ctx): void {
  const B = ctx.base;
  const R = ctx.reading;
  for (let o = 0; o < findings.length; o++) {
    const f = findings[o];
    if (f.type !== 'grammatical' || !f.b || !f.r || len(f.b) !== 1 || len(f.r) !== 1) continue;
    const a = B.tokens[f.b[0]].n;
    const b = R.tokens[f.r[0]].n;
    if (a === b || !INDEFINITE.has(a) || !INDEFINITE.has(b)) continue;
    // (a plain rewording only: one with its own reading, a force or a direction, keeps its words)
    const k = findings.findIndex((g) => g.type === 'lexical' && !g.direction && g.explanation.startsWith('wording changed:') && g.b && g.r && g.b[0] === f.b![1] && g.r[0] === f.r![1]);
    if (k < 0) continue;
    const g = findings[k];
    const bs: Span = [f.b[0], g.b![1]];
    const rs: Span = [f.r[0], g.r![1]];
    findings[k] = { ...g, b: bs, r: rs, at: bs[0], explanation: `wording changed: ${q(text(B, bs))} → ${q(text(R, rs))} (the article follows the word after it)` };
    findings.splice(o, 1);
    o--;
  }
}

/**
 * An adverb dropped beside a word and a prepositional phrase added on the other side of the same
 * word ("unless legally prohibited" → "unless prohibited by law", "lawfully processed" → "processed
 * in accordance with law"): the same modifier put another way, one `lexical` variant, not an
 * omission beside an addition. The omission is one adverb (no negator, no marker), the addition a
 * phrase of at most four words that opens with a preposition and has a noun and no verb, and the
 * word the adverb stands before (or after) is read alike right before (after) the phrase.
 */
function adverbAsPhrase(findings: Finding[], ctx: Ctx): void {
  const B = ctx.base;
  const R = ctx.reading;
  const alike = alikeMap(ctx, true);
  for (let o = 0; o < findings.length; o++) {
    const f = findings[o];
    if (f.type !== 'omission' || !f.b || f.r || len(f.b) !== 1) continue;
    const i = f.b[0];
    if (B.tokens[i].pos !== 'ADV' || B.neg[i] || B.marker[i] >= 0 || !B.content[i]) continue;
    // the word it modifies, after it or before it, and where the reading has it
    const after = alike[i + 1] ?? -1;
    const before = i > 0 ? alike[i - 1] : -1;
    const a = findings.findIndex((g) => {
      if (g.type !== 'addition' || g.b || !g.r || len(g.r) > 4) return false;
      const r = g.r;
      if (!((after >= 0 && r[0] === after + 1) || (before >= 0 && r[1] === before))) return false;
      if (R.tokens[r[0]].pos !== 'ADP') return false;
      let noun = false;
      for (let j = r[0]; j < r[1]; j++) {
        const t = R.tokens[j];
        if (t.pos === 'VERB' || t.pos === 'AUX' || R.marker[j] >= 0 || R.neg[j] || (t.punct && isClausePunct(t))) return false;
        noun ||= t.pos === 'NOUN' || t.pos === 'PROPN';
      }
      return noun;
    });
    if (a < 0) continue;
    const r = findings[a].r!;
    findings[o] = { type: 'lexical', b: f.b, r, at: i, explanation: `wording changed: ${q(text(B, f.b))} → ${q(text(R, r))} — the same modifier as a phrase` };
    findings.splice(a, 1);
    if (a < o) o--;
  }
}

/** Most words read alike between the pieces actNamedByVerb joins (the object: "vendors"). */
const ACT_OBJECT_WORDS = 3;

/**
 * An act named by a noun after a verb of doing, restated by the verb of the same word ("conduct
 * regular audits of vendors" → "audit vendors regularly"): the pieces read as the verb dropped, the
 * noun inflected ("audits" → "audit"), "of" dropped and an adverb added; but a noun that becomes a
 * verb is no inflection, and the adjective on the noun moved to an adverb on the verb is the same
 * modifier. One `lexical` variant over the whole stretch. Only when one side reads a noun and the
 * other a verb of the same lemma, the noun's side a verb dropped (added) before it in the same
 * sentence, and the pieces beside them (omissions, additions, grammatical variants) stand at most
 * ACT_OBJECT_WORDS kept words apart; either direction. Mutates `findings`.
 */
function actNamedByVerb(findings: Finding[], ctx: Ctx): void {
  for (const core of findings) {
    if (core.type !== 'grammatical' || !core.b || !core.r || len(core.b) !== 1 || len(core.r) !== 1) continue;
    const bt = ctx.base.tokens[core.b[0]];
    const rt = ctx.reading.tokens[core.r[0]];
    if (bt.lemma !== rt.lemma || !((bt.pos === 'NOUN' && rt.pos === 'VERB') || (bt.pos === 'VERB' && rt.pos === 'NOUN'))) continue;
    const nounInBase = bt.pos === 'NOUN';
    // the pieces that touch the stretch, one after the other, within the sentence
    const joinable = (f: Finding) => f !== core && (f.type === 'omission' || f.type === 'addition' || f.type === 'grammatical' || f.type === 'lexical');
    let b: Span = [core.b[0], core.b[1]];
    let r: Span = [core.r[0], core.r[1]];
    const taken = new Set<Finding>([core]);
    let grew = true;
    const near = (x: Span | null, s: Span, T: readonly Token[], at: number) => {
      const [lo, hi] = x ?? [at, at];
      if (hi < s[0] - ACT_OBJECT_WORDS || lo > s[1] + ACT_OBJECT_WORDS) return false;
      for (let i = Math.min(lo, s[0]); i < Math.max(hi, s[1]); i++) if (T[i] && (T[i].sentence !== T[s[0]].sentence || (T[i].punct && isClausePunct(T[i])))) return false;
      return true;
    };
    while (grew) {
      grew = false;
      for (const f of findings) {
        if (taken.has(f) || !joinable(f)) continue;
        if (!f.b && !f.r) continue;
        const okB = f.b ? near(f.b, b, ctx.base.tokens, 0) : true;
        const okR = f.r ? near(f.r, r, ctx.reading.tokens, 0) : true;
        if (!okB || !okR) continue;
        // (a one-sided piece must stand near the stretch on its own side)
        taken.add(f);
        if (f.b) b = [Math.min(b[0], f.b[0]), Math.max(b[1], f.b[1])];
        if (f.r) r = [Math.min(r[0], f.r[0]), Math.max(r[1], f.r[1])];
        grew = true;
      }
    }
    // the verb of doing on the noun's side, before the noun
    const [X, xs, nounAt] = nounInBase ? [ctx.base, b, core.b[0]] : [ctx.reading, r, core.r[0]];
    // (the verb whose object the noun is: only an article and adjectives between them, "conduct
    // [regular] audits", not a verb earlier in the stretch, "take a … approach to … advances")
    let v = nounAt - 1;
    while (v >= xs[0] && (X.tokens[v].pos === 'DET' || X.tokens[v].pos === 'ADJ')) v--;
    while (v > xs[0] && X.tokens[v].pos === 'ADP' && X.tokens[v - 1].pos === 'VERB') v--;
    // (the verb opens the stretch: what the other side restates is the verb and its object)
    const verb = v === xs[0] && X.tokens[v].pos === 'VERB' && X.marker[v] < 0;
    if (!verb || taken.size < 2) continue;
    // (each side takes in the kept words the other side's stretch spans: "… of [vendors]" → "audit [vendors] regularly")
    const alikeB = alikeMap(ctx, true);
    const alikeR = alikeMap(ctx, false);
    const [b0, r0] = [b, r];
    for (let i = b0[0]; i < b0[1]; i++) if (alikeB[i] >= 0) r = [Math.min(r[0], alikeB[i]), Math.max(r[1], alikeB[i] + 1)];
    for (let j = r0[0]; j < r0[1]; j++) if (alikeR[j] >= 0) b = [Math.min(b[0], alikeR[j]), Math.max(b[1], alikeR[j] + 1)];
    const kept = findings.filter((f) => !taken.has(f));
    const joined: Finding = { type: 'lexical', b, r, at: b[0], explanation: `wording changed: ${q(text(ctx.base, b))} → ${q(text(ctx.reading, r))} — the act named by ${nounInBase ? 'a noun restated by its verb' : 'a verb restated by its noun'}` };
    kept.push(joined);
    kept.sort((x, y) => (x.at ?? 0) - (y.at ?? 0));
    findings.length = 0;
    findings.push(...kept);
    return;
  }
}

/**
 * A sentence moved before the one it followed and joined to it ("A should not X. A should Y." → "A
 * should Y and should not X"): the base's sentence end, subject and modal right before the moved
 * words (". States should") are dropped, and a coordinator (with the modal restated) is added right
 * after them in the reading ("and should"). Both are the join of the two sentences, one grammatical
 * variant, not the subject omitted beside a word added. The omission holds a sentence mark first,
 * then only words of a subject region (naming what the sentence before names) and markers; the
 * reading's piece a coordinator first, then only function words and markers.
 */
function joinMovedSentence(findings: Finding[], ctx: Ctx): void {
  const B = ctx.base;
  const R = ctx.reading;
  const negs = (X: Side, sp: Span) => {
    let n = 0;
    for (let i = sp[0]; i < sp[1]; i++) if (X.neg[i]) n++;
    return n;
  };
  for (const t of findings) {
    if (t.type !== 'transposition' || !t.b || !t.r) continue;
    const o = findings.findIndex((f) => f.type === 'omission' && !f.r && f.b && f.b[1] === t.b![0]);
    if (o < 0) continue;
    const ob = findings[o].b!;
    // the later sentence moved before the earlier: ". States should" dropped before it, "and should"
    // added after it; the earlier moved after the later: "States should not" dropped at its start,
    // "and not" added before it
    const first = B.tokens[ob[0]];
    const later = first.punct && isClausePunct(first);
    const earlier = !first.punct && (ob[0] === 0 || B.tokens[ob[0] - 1].sentence !== first.sentence);
    if (!later && !earlier) continue;
    const a = findings.findIndex((f) => (f.type === 'addition' || f.type === 'grammatical' || f.type === 'negation') && !f.b && f.r && (later ? f.r[0] === t.r![1] : f.r[1] === t.r![0]));
    if (a < 0) continue;
    const ar = findings[a].r!;
    if (R.tokens[ar[0]].pos !== 'CCONJ' || negs(B, ob) !== negs(R, ar)) continue;
    let subject = false;
    let ok = true;
    for (let i = later ? ob[0] + 1 : ob[0]; i < ob[1] && ok; i++) {
      if (B.marker[i] >= 0 || B.neg[i] || B.fn[i]) continue;
      ok = B.content[i] && B.subjects.some((sp) => sp[0] <= i && i < sp[1]);
      subject ||= ok;
      // (the subject the other sentence names: the join restates it)
      if (ok) ok = B.subjects.some((sp) => (sp[1] <= ob[0] || sp[0] >= ob[1]) && B.tokens.slice(sp[0], sp[1]).some((u) => u.lemma === B.tokens[i].lemma));
    }
    for (let j = ar[0] + 1; j < ar[1] && ok; j++) ok = R.marker[j] >= 0 || R.neg[j] || R.fn[j] || R.tokens[j].punct;
    if (!ok || !subject) continue;
    const joined: Finding = { type: 'grammatical', b: ob, r: ar, at: ob[0], explanation: `grammatical (sentences joined): ${q(text(B, ob))} → ${q(text(R, ar))} — the sentence moved is joined to the other` };
    findings[o] = joined;
    findings.splice(a, 1);
    return;
  }
}

/**
 * A sentence moved within the unit takes its full stop along ("A. B." → "B. A."): the aligner sees
 * the mark dropped beside the moved words in the base and added beside them in the reading. The two
 * punctuation findings that touch a transposition's spans, one dropped and one added, with the same
 * mark, are the mark moving with it: not variants of their own.
 */
function dropMarksMovedAlong(findings: Finding[], ctx: Ctx): void {
  const gone = new Set<Finding>();
  for (const t of findings) {
    if (t.type !== 'transposition' || !t.b || !t.r) continue;
    const touches = (s: Span, x: Span) => s[1] === x[0] || s[0] === x[1];
    // (or, a whole sentence deleted and inserted whole, the mark that ends it on each side, however
    // much of its end the move leaves to other findings: "… oversight to ensure compliance." →
    // "… oversight.", the purpose dropped)
    const ob = movedSentenceOp(ctx, t.b, 'b');
    const or = movedSentenceOp(ctx, t.r, 'r');
    const within = (op: AlignOp | null, s: Span, key: 'b' | 'r') => op !== null && s[1] <= (key === 'b' ? op.baseSpan : op.readingSpan)[1] && s[0] >= (key === 'b' ? op.baseSpan : op.readingSpan)[0];
    // (the function words at its edges too, "Any" dropped before it and added before it: grammatical)
    const edgeWord = (f: Finding, key: 'b' | 'r') => f.type === 'grammatical' && within(key === 'b' ? ob : or, key === 'b' ? f.b! : f.r!, key);
    for (const dropped of findings) {
      if (gone.has(dropped) || !dropped.b || dropped.r) continue;
      if (!((dropped.type === 'punctuation' && (touches(dropped.b, t.b) || within(ob, dropped.b, 'b'))) || edgeWord(dropped, 'b'))) continue;
      const mark = text(ctx.base, dropped.b);
      const added = findings.find((f) => f.type === dropped.type && !gone.has(f) && f.r && !f.b && ((f.type === 'punctuation' && (touches(f.r, t.r!) || within(or, f.r, 'r'))) || edgeWord(f, 'r')) && text(ctx.reading, f.r) === mark);
      if (!added) {
        // (the mark taken into a rewording of the words before the moved sentence instead, "and of
        // the technical feasibility" → "." beside "." dropped after the moved words: the mark moved
        // along, and the words are dropped on their own, classified again as such)
        if (dropped.type !== 'punctuation' || !isClausePunct(ctx.base.tokens[dropped.b[0]])) continue;
        const k = findings.findIndex((f) => f.type === 'lexical' && f.b && f.r && len(f.r) === 1 && f.r[1] === t.r![0] && text(ctx.reading, f.r) === mark);
        if (k < 0) continue;
        const host = findings[k];
        const redone = classifyCandidate({ b: host.b!, r: [host.r![0], host.r![0]] }, ctx);
        gone.add(dropped);
        findings.splice(k, 1, ...redone);
        continue;
      }
      gone.add(dropped);
      gone.add(added);
      // (a plain move takes one mark along, as before)
      if (!ob || !or) break;
    }
  }
  if (gone.size === 0) return;
  const kept = findings.filter((f) => !gone.has(f));
  findings.length = 0;
  findings.push(...kept);
}

/**
 * A phrase reworded into another connective that shares one word with it ("conducted on the basis
 * of objective criteria" → "based on objective criteria"): the aligner pairs the shared "on" and
 * reads a word changed before it ('conducted' → 'based') and the rest of the connective dropped after
 * it ('the basis of'). When the words from the shared one to the end of the dropped (added) piece
 * spell a connective of qualifiers.yaml `heads` on one side, and the other side's changed words with
 * the shared one end in one too, it is one rewording: 'conducted on the basis of' → 'based on'.
 */
function complexPrepositionReworded(findings: Finding[], ctx: Ctx): void {
  const isHead = (T: readonly Token[], a: number, b: number) =>
    b > a && (ctx.lex.qualifierHeads.get(T[a].n) ?? []).some((h) => h.words.length === b - a && h.words.every((w, k) => w === T[a + k].n));
  const endsInHead = (T: readonly Token[], a: number, b: number) => {
    for (let k = a; k < b - 1; k++) if (isHead(T, k, b)) return true;
    return false;
  };
  for (let i = 0; i < findings.length; i++) {
    const L = findings[i];
    const lb = L.b;
    const lr = L.r;
    if (L.type !== 'lexical' || !lb || !lr) continue;
    for (const fromBase of [true, false]) {
      const [X, xl, Y, yl]: [Side, Span, Side, Span] = fromBase ? [ctx.base, lb, ctx.reading, lr] : [ctx.reading, lr, ctx.base, lb];
      const shared = xl[1];
      if (!X.tokens[shared] || !Y.tokens[yl[1]] || X.tokens[shared].n !== Y.tokens[yl[1]].n) continue;
      const k = findings.findIndex((f) => (fromBase ? f.type === 'omission' && f.b && !f.r && f.b[0] === shared + 1 : f.type === 'addition' && f.r && !f.b && f.r[0] === shared + 1));
      if (k < 0) continue;
      const piece = fromBase ? findings[k].b! : findings[k].r!;
      if (!isHead(X.tokens, shared, piece[1]) || !endsInHead(Y.tokens, yl[0], yl[1] + 1)) continue;
      const xs: Span = [xl[0], piece[1]];
      const ys: Span = [yl[0], yl[1] + 1];
      const [b, r] = fromBase ? [xs, ys] : [ys, xs];
      const joined: Finding = { type: 'lexical', b, r, at: b[0], explanation: `wording changed: ${q(text(ctx.base, b))} → ${q(text(ctx.reading, r))}` };
      findings[i] = joined;
      findings.splice(k, 1);
      break;
    }
  }
}

/** The op deleting (key 'b') or inserting ('r') whole sentences that holds the span, or null. */
function movedSentenceOp(ctx: Ctx, s: Span, key: 'b' | 'r'): AlignOp | null {
  const T = key === 'b' ? ctx.base.tokens : ctx.reading.tokens;
  const op = ctx.ops.find((o) => (key === 'b' ? o.op === 'delete' : o.op === 'insert') && (key === 'b' ? o.baseSpan : o.readingSpan)[0] <= s[0] && s[1] <= (key === 'b' ? o.baseSpan : o.readingSpan)[1]);
  if (!op) return null;
  const x = key === 'b' ? op.baseSpan : op.readingSpan;
  const whole = (x[0] === 0 || T[x[0] - 1].sentence !== T[x[0]].sentence) && (x[1] === T.length || T[x[1]].sentence !== T[x[1] - 1].sentence);
  return whole ? op : null;
}

/** Do both sides of the candidate read the same tokens, written the same way? */
function readsAlike(c: Candidate, ctx: Ctx): boolean {
  if (len(c.b) === 0 || len(c.b) !== len(c.r)) return false;
  for (let k = 0; k < len(c.b); k++) {
    const a = ctx.base.tokens[c.b[0] + k];
    const b = ctx.reading.tokens[c.r[0] + k];
    if (a.t !== b.t || (k > 0 && a.space !== b.space)) return false;
  }
  return true;
}

function markerIn(side: Side, s: Span): boolean {
  for (let i = s[0]; i < s[1]; i++) if (side.marker[i] >= 0) return true;
  return false;
}

/**
 * A directive verb before the subject dropped on one side, and a modal or the verb again after the
 * subject on the other ("Calls upon States to respect" → "States must respect", "Invites States to
 * share" → "States are invited to share"): one change of the predicate's force, not a force dropped
 * and another added. The two deontic pieces become one, spanning the subject between them, when
 * nothing else changes in between and both lie in one sentence.
 */
function joinDirectives(cands: Candidate[], ctx: Ctx): Candidate[] {
  // a directive with its speaker dropped ("We call on" gone) counts as well as a bare one, and one
  // with an adverb of sequence ("Further requests": modality.yaml `directive-adverbs`)
  const lead = (side: Side, s: Span) => {
    if (directiveVerb(side, s) === null) return false;
    for (let i = s[0]; i < s[1]; i++) {
      const t = side.tokens[i];
      // (or the instrument that imposes it: "The Convention obliges each Party to")
      const instrument = instrumentWord(t, ctx.lex);
      if (side.marker[i] < 0 && !side.fn[i] && !t.punct && t.pos !== 'PRON' && !ctx.lex.directiveAdverbs.has(t.n) && !instrument) return false;
    }
    return true;
  };
  const deontic = cands
    .filter((c) => c.deontic || (len(c.r) === 0 && lead(ctx.base, c.b)) || (len(c.b) === 0 && lead(ctx.reading, c.r)))
    .sort((x, y) => x.b[0] - y.b[0] || x.r[0] - y.r[0]);
  if (deontic.length < 2) return cands;
  const max = ctx.lex.thresholds.subjectMaxWords;
  const { base, reading } = ctx;
  const joined = new Map<Candidate, Candidate>();
  const gone = new Set<Candidate>();
  for (let k = 0; k + 1 < deontic.length; k++) {
    const a = deontic[k];
    const b = deontic[k + 1];
    const fromBase = len(a.r) === 0 && len(a.b) > 0 && directiveVerb(base, a.b) !== null && markerIn(reading, b.r);
    const fromReading = len(a.b) === 0 && len(a.r) > 0 && directiveVerb(reading, a.r) !== null && markerIn(base, b.b);
    if (!fromBase && !fromReading) continue;
    // (an empty side stands past the words a claim took there: "Requests" → "We note that", the
    // reporting frame an addition of its own)
    let ab = a.b[0];
    let ar = a.r[0];
    if (len(a.b) === 0) while (ab < b.b[0] && ctx.claimedB[ab]) ab++;
    if (len(a.r) === 0) while (ar < b.r[0] && ctx.claimedR[ar]) ar++;
    const gb = b.b[0] - Math.max(ab, a.b[1]);
    const gr = b.r[0] - Math.max(ar, a.r[1]);
    if (gb < 1 || gr < 1 || gb > max || gr > max) continue;
    if (base.tokens[a.b[0]]?.sentence !== base.tokens[b.b[1] - 1]?.sentence) continue;
    if (reading.tokens[a.r[0]]?.sentence !== reading.tokens[b.r[1] - 1]?.sentence) continue;
    // nothing else changed between them, but for the complement's "to" the deontic split cut off
    // right before the modal's piece ("Urges States [to] refrain from" → "States must not"): the
    // joined change spans it
    const between = cands.filter((c) => c !== a && c !== b && ((c.b[1] > a.b[1] && c.b[0] < b.b[0]) || (c.r[1] > a.r[1] && c.r[0] < b.r[0])));
    const infinitive = (c: Candidate) => {
      const [X, xs, ys] = len(c.r) === 0 ? [base, c.b, c.r] : [reading, c.r, c.b];
      return len(ys) === 0 && len(xs) === 1 && X.tokens[xs[0]].n === 'to' && c.b[1] === b.b[0] && c.r[1] === b.r[0];
    };
    if (between.some((c) => !infinitive(c))) continue;
    joined.set(a, { b: [ab, b.b[1]], r: [ar, b.r[1]], deontic: true });
    gone.add(b);
    for (const c of between) gone.add(c);
    k++;
  }
  if (gone.size === 0) return cands;
  return cands.filter((c) => !gone.has(c)).map((c) => joined.get(c) ?? c);
}

/**
 * A determiner replaced by a possessive with an "of" phrase after the same noun phrase dropped ("the
 * use and operation of critical infrastructure" → "its use and operation"), or the other way round:
 * the possessive refers to what the "of" phrase named, one noun phrase replaced by a referring word
 * (README: a lexical change), not a determiner changed and words omitted. The two pieces become one
 * when the noun phrase between them reads alike (nouns, adjectives, coordinators: no verb, no mark),
 * within thresholds `subject-max-words`, the "of" phrase right after it and a noun phrase too. The
 * possessive is told by its part of speech: a pronoun right before a noun phrase. The finding is
 * made here, whole (the classifiers would cut it again into a determiner and an omission); the
 * pieces leave the list.
 */
/** Parts of speech of a noun phrase's words (joinPossessiveOf). */
const NP = new Set(['NOUN', 'PROPN', 'ADJ', 'CCONJ', 'NUM']);

function joinPossessiveOf(cands: Candidate[], ctx: Ctx, findings: Finding[]): Candidate[] {
  const max = ctx.lex.thresholds.subjectMaxWords;
  const gone = new Set<Candidate>();
  for (const a of cands) {
    if (a.deontic || len(a.b) !== 1 || len(a.r) !== 1 || gone.has(a)) continue;
    for (const fromBase of [true, false]) {
      // X: the side with the determiner and the "of" phrase; Y: the side with the possessive
      const [X, xa, Y, ya] = facing(ctx, a, fromBase);
      if (X.tokens[xa[0]].pos !== 'DET' || Y.tokens[ya[0]].pos !== 'PRON' || ctx.lex.relatives.has(Y.tokens[ya[0]].n)) continue;
      // the noun phrase after both, read alike, ending in a noun
      let n = 0;
      while (n <= max && X.tokens[xa[1] + n] && Y.tokens[ya[1] + n] && X.tokens[xa[1] + n].n === Y.tokens[ya[1] + n].n && NP.has(X.tokens[xa[1] + n].pos)) n++;
      if (n === 0 || n > max || X.tokens[xa[1] + n - 1].pos !== 'NOUN') continue;
      // the "of" phrase dropped right after it on X's side: a candidate with nothing on Y's
      const xo = xa[1] + n;
      const yo = ya[1] + n;
      const o = cands.find((c) => !c.deontic && c !== a && (fromBase ? c.b[0] === xo && len(c.b) > 1 && len(c.r) === 0 && c.r[0] === yo : c.r[0] === xo && len(c.r) > 1 && len(c.b) === 0 && c.b[0] === yo));
      if (!o || gone.has(o)) continue;
      const os = fromBase ? o.b : o.r;
      if (X.tokens[os[0]].n !== 'of') continue;
      let np = true;
      // (a possessive inside it too: "of their citizens")
      for (let i = os[0] + 1; i < os[1] && np; i++) np = NP.has(X.tokens[i].pos) || X.tokens[i].pos === 'DET' || X.tokens[i].pos === 'PRON';
      if (!np || X.tokens[os[1] - 1].pos !== 'NOUN' && X.tokens[os[1] - 1].pos !== 'PROPN') continue;
      const b: Span = [a.b[0], o.b[1]];
      const r: Span = [a.r[0], o.r[1]];
      const how = fromBase ? 'replaced by a referring word' : 'a referring word spelt out';
      findings.push({ type: 'lexical', b, r, at: b[0], whole: true, explanation: `wording changed: ${q(text(ctx.base, b))} → ${q(text(ctx.reading, r))} (${how})` });
      gone.add(a);
      gone.add(o);
      break;
    }
  }
  if (gone.size === 0) return cands;
  return cands.filter((c) => !gone.has(c));
}

/**
 * Bars negated in the passive with no modal of their own ("the authority is not prevented from
 * exercising", "are not precluded from"): a negator attached to no frame, right after a form of
 * "be", before a verb of `bars` (modality.yaml) with "from" and a verb after it. The bar lifted
 * leaves the act free, as "Nothing … shall prevent X from" does; returned as frames that permit
 * (no auxiliary, `start` the negator, `end` just past it) for `joinPermissions`.
 */
function bareNegatedBars(side: Side, lex: Lexicons): Frame[] {
  const out: Frame[] = [];
  const T = side.tokens;
  for (let k = 2; k < T.length; k++) {
    const neg = k - 1;
    if (!side.neg[neg] || side.marker[neg] >= 0 || T[k - 2].lemma !== 'be' || T[k - 2].sentence !== T[k].sentence) continue;
    if (!barsFrom(T, k, lex)) continue;
    const from = T.findIndex((u, j) => j > k && u.n === 'from');
    if (from !== k + 1 || T[from + 1]?.pos !== 'VERB') continue;
    out.push({ aux: null, auxWord: null, auxStrength: null, negs: [neg], never: false, verb: null, verbWord: null, verbStrength: null, permits: true, sentence: T[k].sentence, start: neg, end: neg + 1 });
  }
  return out;
}

/**
 * A permission granted by a negated bar on one side ("Nothing in this Article shall prevent a Party
 * from adopting", "shall not preclude a body from requiring") and by "may" on the other ("A Party
 * may adopt"): the changes from the sentence's start to the barred verb on the first side, which
 * reach the "may" on the other, are one finding — grammatical when the same act is permitted
 * ("adopting" / "adopt"), lexical otherwise — not a negator dropped, words omitted and a modal added.
 */
function joinPermissions(cands: Candidate[], ctx: Ctx, findings: Finding[]): Candidate[] {
  const bareB = bareNegatedBars(ctx.base, ctx.lex);
  const bareR = bareNegatedBars(ctx.reading, ctx.lex);
  if (!ctx.base.frames.some((f) => f.permits) && !ctx.reading.frames.some((f) => f.permits) && bareB.length === 0 && bareR.length === 0) return cands;
  let rest = cands;
  for (const fromBase of [true, false]) {
    const X = fromBase ? ctx.base : ctx.reading;
    const Y = fromBase ? ctx.reading : ctx.base;
    for (const f of [...X.frames, ...(fromBase ? bareB : bareR)]) {
      if (!f.permits) continue;
      // the barred act: the verb after "from"
      let act = -1;
      for (let k = f.end; k < X.tokens.length && X.tokens[k].sentence === f.sentence && k - f.end <= 14; k++) {
        if (X.tokens[k].n === 'from' && X.tokens[k + 1]?.pos === 'VERB') {
          act = k + 1;
          break;
        }
      }
      if (act < 0) continue;
      let s0 = f.start;
      // (a frame's bar reaches back to the sentence's start, "Nothing in this Article shall
      // prevent"; a bare passive bar, "is not prevented from", starts at its own auxiliary)
      if (f.aux !== null || f.negs.length === 0 || f.start !== f.negs[0]) while (s0 > 0 && X.tokens[s0 - 1].sentence === f.sentence) s0--;
      const xs = (c: Candidate) => (fromBase ? c.b : c.r);
      const ys = (c: Candidate) => (fromBase ? c.r : c.b);
      const touching = rest.filter((c) => xs(c)[0] < act + 1 && xs(c)[1] > s0 && len(xs(c)) > 0);
      if (touching.length === 0) continue;
      const x0 = Math.min(...touching.map((c) => xs(c)[0]));
      const x1 = Math.max(act + 1, ...touching.map((c) => xs(c)[1]));
      const withY = touching.filter((c) => len(ys(c)) > 0);
      if (withY.length === 0) continue;
      const y0 = Math.min(...withY.map((c) => ys(c)[0]));
      const y1 = Math.max(...withY.map((c) => ys(c)[1]));
      // "may" (a permission, not negated) among the other side's changed words, with its verb
      // (the permission's own words among them: "is able to" whose "is" both sides read)
      const g = Y.frames.find((h) => h.aux && (h.aux[0] >= y0 || h.aux[1] > y0) && h.aux[1] <= y1 && !h.negs.length && h.auxStrength !== null && h.auxStrength <= 1);
      if (!g || !g.aux) continue;
      let v = g.aux[1];
      while (v < Y.tokens.length && Y.tokens[v].pos === 'ADV') v++;
      if (v >= Y.tokens.length || Y.tokens[v].pos !== 'VERB' || v >= y1 + 1) continue;
      // the party barred ("prevent a Party from") against the one permitted ("Governments may"):
      // compared on their own (an actor change), as are the words after the two acts ("adopting or
      // maintaining" → "adopt"): the finding spans the bar and the act only
      const from = act - 1;
      let p0 = f.end;
      while (p0 < from && (X.marker[p0] >= 0 || X.tokens[p0].pos === 'ADV')) p0++;
      if (p0 < from && ctx.lex.bars.has(X.tokens[p0].lemma)) p0++;
      let s0y = g.aux[0];
      while (s0y > 0 && Y.tokens[s0y - 1].sentence === g.sentence && !isClausePunct(Y.tokens[s0y - 1])) s0y--;
      const extra: Candidate[] = [];
      const partyX: Span = [p0, from];
      const partyY: Span = [Math.max(s0y, Math.min(y0, g.aux[0])), g.aux[0]];
      // (with the words of the barred party's name read alike before it: "prevent a Member State
      // from" → "Member States may" compares "a Member State" with "Member States", not "States")
      const alikeY = alikeMap(ctx, !fromBase);
      while (partyY[0] > s0y && alikeY[partyY[0] - 1] >= partyX[0] && alikeY[partyY[0] - 1] < partyX[1]) partyY[0]--;
      const key = (side: Side, sp: Span) => text(side, sp).toLowerCase();
      let split = false;
      if (len(partyX) > 0 && len(partyY) > 0 && key(X, partyX) !== key(Y, partyY)) {
        split = true;
        const [pb, pr]: [Span, Span] = oriented(fromBase, partyX, partyY);
        const names = (side: Side, sp: Span) => contentKeys(side, sp, 'stem').map((w) => w.toLowerCase()).join(' ');
        // another party named (not "a Party" → "The Party", "Parties"): the party permitted changed
        if (names(X, partyX) !== '' && names(Y, partyY) !== '' && names(X, partyX) !== names(Y, partyY)) {
          findings.push({ type: 'actor', b: pb, r: pr, at: pb[0], explanation: `actor changed: ${q(text(ctx.base, pb))} → ${q(text(ctx.reading, pr))} — a different party may act` });
        } else extra.push({ b: pb, r: pr });
      }
      const yStart = split ? g.aux[0] : y0;
      if (x1 > act + 1 || y1 > v + 1) {
        const restX: Span = [act + 1, Math.max(act + 1, x1)];
        const restY: Span = [v + 1, Math.max(v + 1, y1)];
        extra.push(fromBase ? { b: restX, r: restY } : { b: restY, r: restX });
      }
      const xEnd = act + 1;
      const yEnd = v + 1;
      // (the words read alike in between, "a Party", lie inside the finding on the first side)
      const b: Span = fromBase ? [x0, xEnd] : [yStart, yEnd];
      const r: Span = fromBase ? [yStart, yEnd] : [x0, xEnd];
      const same = X.tokens[act].lemma === Y.tokens[v].lemma;
      const what = `${q(text(ctx.base, b))} → ${q(text(ctx.reading, r))}`;
      // (against an ability, "is able to exercise", the act is the same but the words say another
      // kind of thing, modality.yaml `senses`: a change of wording with no direction, neither
      // polarity nor force changes)
      const ability = ctx.lex.modalSenses.get(g.auxWord ?? '') === 'ability';
      findings.push(
        same && !ability
          ? { type: 'grammatical', b, r, at: b[0], explanation: `grammatical (the same permission stated another way: a negated bar, "may"): ${what}` }
          : same
            ? { type: 'lexical', b, r, at: b[0], explanation: `wording changed, the same polarity and force: a negated bar restated as an ability, the act left free: ${what}` }
            : { type: 'lexical', b, r, at: b[0], explanation: `a permission stated another way, for another act: ${what}` },
      );
      const [wb, wr]: [Span, Span] = fromBase ? [[x0, x1], [y0, Math.max(y1, v + 1)]] : [[y0, Math.max(y1, v + 1)], [x0, x1]];
      const gone = new Set(rest.filter((c) => (len(c.b) > 0 ? c.b[0] < wb[1] && c.b[1] > wb[0] : c.b[0] > wb[0] && c.b[0] < wb[1]) || (len(c.r) > 0 ? c.r[0] < wr[1] && c.r[1] > wr[0] : false)));
      rest = [...rest.filter((c) => !gone.has(c)), ...extra];
    }
  }
  return rest;
}

/**
 * A negated predicate restated as disapproval ("We will not impose X" → "We reject X", "We do not
 * accept" → "We oppose"): the deontic piece ("will not") and the replaced verb side by side become
 * one candidate, which the stance classifier judges as one change — not a prohibition dropped and
 * a verb replaced.
 */
function joinNegatedStance(cands: Candidate[], ctx: Ctx): Candidate[] {
  if (ctx.lex.stance.expressions.size === 0 || cands.length < 2 || !cands.some((c) => c.deontic && (len(c.b) === 0 || len(c.r) === 0))) return cands;
  const sorted = [...cands].sort((x, y) => x.b[0] - y.b[0] || x.r[0] - y.r[0]);
  const joined = new Map<Candidate, Candidate>();
  const gone = new Set<Candidate>();
  for (let k = 0; k + 1 < sorted.length; k++) {
    const a = sorted[k];
    const b = sorted[k + 1];
    if (!a.deontic || b.deontic || len(b.b) === 0 || len(b.r) === 0) continue;
    if (a.b[1] !== b.b[0] || a.r[1] !== b.r[0]) continue;
    const fromBase = len(a.r) === 0 && negatorIn(ctx.base, a.b) >= 0 && negatedStanceRestated(ctx.reading, b.r, ctx.lex);
    const fromReading = len(a.b) === 0 && negatorIn(ctx.reading, a.r) >= 0 && negatedStanceRestated(ctx.base, b.b, ctx.lex);
    if (!fromBase && !fromReading) continue;
    joined.set(a, { b: [a.b[0], b.b[1]], r: [a.r[0], b.r[1]] });
    gone.add(b);
    k++;
  }
  if (gone.size === 0) return cands;
  return cands.filter((c) => !gone.has(c)).map((c) => joined.get(c) ?? c);
}

/**
 * A prohibition's second limb restated with a negator that carries the first limb's over
 * (negation.yaml `limb-negators`: "States should not harm X, and should not use Y" → "We will never
 * attack X, nor use Y"): the base's coordinator (and the comma before it) and its negated modal
 * against the reading's "nor" (and its comma) are one deontic candidate, ", and should not" →
 * ", nor", judged against the force in force at the "nor" (modality.ts); the coordinator and comma
 * are taken from the candidates they stood in ("State, and" → "country," becomes "State" →
 * "country"). The reading side must be the limb negator alone (a comma before it aside), the base
 * side a negated frame right after "and", in one sentence.
 */
function joinLimbNegator(cands: Candidate[], ctx: Ctx): Candidate[] {
  const { base, reading, lex } = ctx;
  if (lex.limbNegators.size === 0) return cands;
  let out = cands;
  for (const c of cands) {
    if (!c.deontic || len(c.r) !== 1 || len(c.b) === 0 || !lex.limbNegators.has(reading.tokens[c.r[0]].n)) continue;
    const m = base.marker[c.b[0]];
    if (m < 0 || base.frames[m].negs.length === 0 || !base.frames[m].aux) continue;
    let bs = c.b[0] - 1;
    if (bs < 0 || base.tokens[bs].n !== 'and' || base.tokens[bs].sentence !== base.tokens[c.b[0]].sentence) continue;
    let rs = c.r[0];
    if (bs > 0 && base.tokens[bs - 1].n === ',' && rs > 0 && reading.tokens[rs - 1].n === ',') {
      bs--;
      rs--;
    }
    const joined: Candidate = { b: [bs, c.b[1]], r: [rs, c.r[1]], deontic: true };
    const next: Candidate[] = [];
    for (const o of out) {
      if (o === c) {
        next.push(joined);
        continue;
      }
      // (a candidate ending in the words taken loses them; one made only of them goes)
      const tb = o.b[1] > bs && o.b[1] <= c.b[0];
      const tr = o.r[1] > rs && o.r[1] <= c.r[0];
      if (!tb && !tr) {
        next.push(o);
        continue;
      }
      const t: Candidate = { ...o, b: tb ? [o.b[0], Math.max(o.b[0], bs)] : o.b, r: tr ? [o.r[0], Math.max(o.r[0], rs)] : o.r };
      if (len(t.b) > 0 || len(t.r) > 0) next.push(t);
    }
    out = next;
  }
  return out;
}

/** A verb (a directive one too, "require"), or "have" / "be" as a main verb; not a modal or a negator. */
function verbal(side: Side, i: number): boolean {
  const t = side.tokens[i];
  return !!t && (t.pos === 'VERB' || (t.pos === 'AUX' && (t.lemma === 'have' || t.lemma === 'be'))) && !side.neg[i];
}

/** Determiners that "not" carries over to the object and "no" replaces ("does not have any duty" → "has no duty"). */
const NOT_DETERMINERS = new Set(['a', 'an', 'any']);

/**
 * A verb negated with "do not" on one side and the same verb with "no" before its object on the
 * other ("The code does not create obligations" → "The code creates no obligations", "States do not
 * need a licence" → "States need no licence"): one grammatical change, the same polarity, not a
 * verb replaced by "does", "not" → "no" and the verb dropped (nor, when the verb is read alike, a
 * negation dropped and another added). The do-support and its negator, the verb and a determiner
 * after it ("a", "any") on the first side; the verb and "no" on the other; every candidate that
 * touches the two stretches lies inside them. The finding is pushed to `findings`; the candidates
 * go.
 */
function joinNoForNot(cands: Candidate[], ctx: Ctx, findings: Finding[]): Candidate[] {
  let rest = cands;
  for (const fromBase of [true, false]) {
    const X = fromBase ? ctx.base : ctx.reading;
    const Y = fromBase ? ctx.reading : ctx.base;
    const xs = (c: Candidate) => (fromBase ? c.b : c.r);
    const ys = (c: Candidate) => (fromBase ? c.r : c.b);
    const T = X.tokens;
    for (let i = 0; i + 2 < T.length; i++) {
      if (T[i].lemma !== 'do' || !X.neg[i + 1] || (T[i + 1].n !== 'not' && T[i + 1].n !== "n't") || !verbal(X, i + 2)) continue;
      const v = i + 2;
      const x: Span = [i, NOT_DETERMINERS.has(T[v + 1]?.n ?? '') ? v + 2 : v + 1];
      const touching = rest.filter((c) => len(xs(c)) > 0 && xs(c)[0] < x[1] && xs(c)[1] > x[0]);
      if (touching.length === 0) continue;
      const other = alikeMap(ctx, fromBase);
      // where the stretch stands on the other side: the changes' other sides, the words read alike
      let lo = Infinity;
      let hi = -1;
      for (const c of touching) {
        lo = Math.min(lo, ys(c)[0]);
        hi = Math.max(hi, ys(c)[1]);
      }
      for (let k = x[0]; k < x[1]; k++) {
        if (other[k] < 0) continue;
        lo = Math.min(lo, other[k]);
        hi = Math.max(hi, other[k] + 1);
      }
      let j = -1;
      for (let k = Math.max(0, lo - 1); k < hi && k + 1 < Y.tokens.length && j < 0; k++) {
        if (verbal(Y, k) && Y.tokens[k + 1].n === 'no' && Y.neg[k + 1]) j = k;
      }
      if (j < 0) continue;
      const y: Span = [j, j + 2];
      const inside = (s: Span, w: Span) => s[0] >= w[0] && s[1] <= w[1];
      const near = rest.filter((c) => (len(xs(c)) > 0 && xs(c)[0] < x[1] && xs(c)[1] > x[0]) || (len(ys(c)) > 0 && ys(c)[0] < y[1] && ys(c)[1] > y[0]));
      if (!near.every((c) => inside(xs(c), x) && inside(ys(c), y))) continue;
      // (the words in between read alike: the verb, when only "do not" and the determiner changed)
      const b: Span = fromBase ? x : y;
      const r: Span = fromBase ? y : x;
      const what = `${q(text(ctx.base, b))} → ${q(text(ctx.reading, r))}`;
      findings.push(
        Y.tokens[j].lemma === T[v].lemma
          ? { type: 'grammatical', b, r, at: b[0], explanation: `grammatical (the negation carried by "no" instead of "do not", same polarity): ${what}` }
          : { type: 'lexical', b, r, at: b[0], explanation: `wording changed, the same polarity (the negation carried by "no" instead of "do not"): ${what}` },
      );
      const gone = new Set(near);
      rest = rest.filter((c) => !gone.has(c));
      i = x[1] - 1;
    }
  }
  return rest;
}

/** Base position of reading token r: the base token aligned with (or just before) it. */
function insertionAt(ops: readonly AlignOp[], r: number, baseLen: number): number {
  for (const op of ops) {
    if (r >= op.readingSpan[0] && r < op.readingSpan[1]) return op.op === 'equal' ? op.baseSpan[0] + (r - op.readingSpan[0]) : op.baseSpan[0];
  }
  return baseLen;
}

/**
 * The spans of `side` droppedSpans sets aside once the frames of `other` in limbs and sentences of
 * its own that `side` does not read are not counted as counterparts of `side`'s frames.
 */
function droppedBesideForeign(side: Side, other: Side, lex: Lexicons): Span[] {
  const foreign = droppedSpans(other, side, lex, { want: 0 });
  if (foreign.length === 0) return [];
  let n = 0;
  for (const f of other.frames) if (foreign.some((s) => f.start >= s[0] && f.start < s[1])) n++;
  if (n === 0) return [];
  const out = droppedSpans(side, other, lex, { want: other.frames.length - n });
  // (whole sentences only, sharing no content word with the other side's clause: a limb reworded,
  // ", nor force users to upgrade …" → ", nor encourage users to …", is the other's counterpart)
  const whole = (s: Span) => (s[0] === 0 || side.tokens[s[0] - 1].sentence !== side.tokens[s[0]].sentence) && (s[1] === side.tokens.length || side.tokens[s[1]].sentence !== side.tokens[s[1] - 1].sentence);
  return out.every(whole) && !shareContent(side, out, other, foreign) ? out : [];
}

/**
 * The footnote calls of side `T` when the other side `O` writes none (a side that has calls of its
 * own aligns them with these, a call renumbered being one change), outside the spans already set aside.
 */
function footnoteCalls(T: readonly Token[], O: readonly Token[], drop: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (let i = 1; i < O.length; i++) if (footnoteCallAt(O, i) > 0) return out;
  for (let i = 1; i < T.length; i++) {
    const n = footnoteCallAt(T, i);
    if (n === 0) continue;
    if (!drop.some((d) => d[0] < i + n && i < d[1])) out.push([i, i + n]);
    i += n - 1;
  }
  return out;
}

/** The formula in brackets at token i ("[sic]", "(emphasis added)"; function-words.yaml `quoter-marks`): its end, or -1. */
function quoterMarkAt(T: readonly Token[], i: number, lex: Lexicons): number {
  const close = T[i].t === '[' ? ']' : T[i].t === '(' ? ')' : '';
  if (!close) return -1;
  let w = '';
  let k = i + 1;
  // (a formula is a few words: at most six, "internal quotation marks omitted")
  for (; k < T.length && k - i <= 6 && !T[k].punct; k++) w += T[k].n.toLowerCase();
  if (k < T.length && T[k].t === '!' && w === 'sic') w += T[k++].t;
  return w && k < T.length && T[k].t === close && lex.quoterMarks.has(w) ? k + 1 : -1;
}

/** Parts of speech that open a phrase a speaker starts again ("our, our data", "we will, we will"). */
const OPENS_PHRASE = new Set(['PRON', 'DET', 'AUX', 'ADP', 'CCONJ', 'SCONJ', 'PART']);

/** A word's key for the doubled-word rule: its form, lower case, when it has a letter. */
function sayingKey(t: Token): string {
  return /\p{L}/u.test(t.t) ? t.n.toLowerCase() : '';
}

/**
 * Words of side `T` that are not the text's: a quoter's or a transcriber's formula in brackets
 * ("[sic]", "[emphasis added]", "[laughter]": function-words.yaml `quoter-marks`) and a speaker's
 * hesitations (`fillers`, "and, uh, our", with the commas around them), each when the other side `O`
 * writes none of the same; and a word or two said again at once after a comma ("our, our data",
 * "It's, it's a"), the comma and the second saying, when `O` does not read the words doubled so
 * and this side says each of them more often than `O` does, the first a word that opens a phrase
 * (a pronoun, determiner, auxiliary, preposition or conjunction: a false start).
 * Set aside from the alignment as footnote calls are, and no variant: the witness keeps them, the
 * comparison reads past them. Outside the spans already set aside; in order, one pass over the tokens.
 */
function apparatusSpans(T: readonly Token[], O: readonly Token[], drop: readonly Span[], lex: Lexicons): Span[] {
  const out: Span[] = [];
  let other: Set<string> | null = null;
  const otherHas = (key: string) => {
    if (!other) {
      other = new Set();
      for (let j = 0; j < O.length; j++) {
        const e = quoterMarkAt(O, j, lex);
        if (e > 0) other.add(O.slice(j + 1, e - 1).map((t) => t.n.toLowerCase()).join(' '));
        else if (!O[j].punct) other.add(O[j].n.toLowerCase());
        if (j + 2 < O.length && O[j + 1].n === ',' && sayingKey(O[j]) && sayingKey(O[j]) === sayingKey(O[j + 2])) other.add(`${sayingKey(O[j])} , ${sayingKey(O[j])}`);
      }
    }
    return other.has(key);
  };
  // (how often each word stands on each side: a word said again is set aside only when this side
  // says it more often than the other — "security, security" where the other reads "security,
  // public security" is a word dropped between the two, compared)
  let counts: [Map<string, number>, Map<string, number>] | null = null;
  const more = (key: string) => {
    if (!counts) {
      counts = [new Map(), new Map()];
      for (const [S, m] of [[T, counts[0]], [O, counts[1]]] as const) for (const t of S) if (sayingKey(t)) m.set(sayingKey(t), (m.get(sayingKey(t)) ?? 0) + 1);
    }
    return (counts[0].get(key) ?? 0) > (counts[1].get(key) ?? 0);
  };
  const push = (a: number, z: number) => {
    if (drop.some((d) => d[0] < z && a < d[1])) return;
    const last = out[out.length - 1];
    if (last && last[1] >= a) last[1] = Math.max(last[1], z);
    else out.push([a, z]);
  };
  for (let i = 0; i < T.length; i++) {
    const e = quoterMarkAt(T, i, lex);
    if (e > 0) {
      if (!otherHas(T.slice(i + 1, e - 1).map((t) => t.n.toLowerCase()).join(' '))) push(i, e);
      i = e - 1;
      continue;
    }
    if (T[i].punct) continue;
    const w = T[i].n.toLowerCase();
    if (lex.fillers.has(w)) {
      if (otherHas(w)) continue;
      const a = i > 0 && T[i - 1].n === ',' ? i - 1 : i;
      const z = i + 1 < T.length && T[i + 1].n === ',' ? i + 2 : i + 1;
      // (at the start of a sentence, "Uh, we will": the filler and the comma after it)
      push(a === i - 1 && z === i + 2 && (i < 2 || T[i - 2].sentence !== T[i].sentence) ? i : a, z);
      continue;
    }
    // a word or two said again at once after a comma: the comma and the second saying
    for (let k = 1; k <= 2; k++) {
      if (i + 2 * k >= T.length || T[i + k].n !== ',') continue;
      let same = true;
      for (let m = 0; m < k && same; m++) same = !!sayingKey(T[i + m]) && sayingKey(T[i + m]) === sayingKey(T[i + k + 1 + m]) && T[i + k + 1 + m].sentence === T[i].sentence && more(sayingKey(T[i + m]));
      // (a false start opens a phrase: a pronoun, determiner, auxiliary, preposition or conjunction
      // first, "our, our", "we will, we will"; a noun or adjective doubled, "protection,
      // protection", is an item of a list whose words around it changed)
      if (!same || !OPENS_PHRASE.has(T[i].pos) || (k === 1 && otherHas(`${sayingKey(T[i])} , ${sayingKey(T[i])}`))) continue;
      push(i + k, i + 2 * k + 1);
      break;
    }
  }
  return out;
}

/**
 * A filler set aside with the commas on both sides of it ("We agreed, uh, and" against "We agreed,
 * and"): where the other side has one comma there, that comma is the text's own, not a mark the
 * witness dropped (added). Looked up by the place each such span stands in the other side. Mutates
 * `findings`.
 */
function commaBesideFiller(findings: Finding[], ctx: Ctx, asideB: readonly Span[], asideR: readonly Span[]): void {
  for (const [Y, X, aside, fromBase] of [[ctx.reading, ctx.base, asideR, false], [ctx.base, ctx.reading, asideB, true]] as const) {
    for (const s of aside) {
      if (Y.tokens[s[0]].n !== ',' || Y.tokens[s[1] - 1].n !== ',' || !ctx.lex.fillers.has(Y.tokens[s[0] + 1].n.toLowerCase())) continue;
      let x = -1;
      for (const op of ctx.ops) {
        const [ys, xs] = oriented(fromBase, op.baseSpan, op.readingSpan) as [Span, Span];
        if (ys[0] <= s[0] && s[0] < Math.max(ys[1], ys[0] + 1)) {
          x = xs[0];
          break;
        }
      }
      if (x < 0) continue;
      const k = findings.findIndex((f) => {
        const [ys, xs] = oriented(fromBase, f.b, f.r);
        return f.type === 'punctuation' && (!ys || len(ys) === 0) && !!xs && len(xs) === 1 && X.tokens[xs[0]].n === ',' && (xs[0] === x || xs[1] === x);
      });
      if (k >= 0) findings.splice(k, 1);
    }
  }
}

/**
 * Spans set aside as missing from the other side (dropped.ts) without the apparatus at their edges,
 * and the apparatus spans outside them (those inside go with the words they stand among).
 */
function trimDropped(drop: readonly Span[], aside: readonly Span[]): [Span[], Span[]] {
  const out = drop.map((d) => offEdges(d, aside, false));
  return [out, aside.filter((s) => !out.some((d) => d[0] < s[1] && s[0] < d[1]))];
}

/**
 * Span s without the apparatus spans (in order) at its start and its end; down to nothing only
 * when `toNothing` (a span of apparatus alone).
 */
function offEdges(s: Span, aside: readonly Span[], toNothing: boolean): Span {
  let [a, z] = s;
  for (const x of aside) if (x[0] === a && (toNothing ? x[1] <= z : x[1] < z)) a = x[1];
  for (let k = aside.length - 1; k >= 0; k--) if (aside[k][1] === z && (toNothing ? aside[k][0] >= a : aside[k][0] > a)) z = aside[k][0];
  return [a, z];
}

/**
 * Apparatus a change enclosed ("sanctioned [sic]" for "approved") is cut from the edges of the
 * variants found over it: the variant quotes the words, and one of apparatus alone is none. Mutates
 * `findings`.
 */
function apparatusOffEdges(findings: Finding[], asideB: readonly Span[], asideR: readonly Span[]): void {
  for (let k = findings.length - 1; k >= 0; k--) {
    const f = findings[k];
    const b = f.b ? offEdges(f.b, asideB, true) : null;
    const r = f.r ? offEdges(f.r, asideR, true) : null;
    const empty = (x: Span | null) => !x || len(x) === 0;
    if (empty(b) && empty(r)) {
      findings.splice(k, 1);
      continue;
    }
    // (not down to nothing on one side when the other keeps words: that is the change itself)
    if (f.b && b && len(b) < len(f.b) && (len(b) > 0 || empty(r))) f.b = len(b) > 0 ? b : null;
    if (f.r && r && len(r) < len(f.r) && (len(r) > 0 || empty(f.b))) f.r = len(r) > 0 ? r : null;
  }
}

/**
 * A change the alignment made over apparatus set aside ("approved by the" → "sanctioned [sic] by
 * a"), cut in two at it, the apparatus an op of its own between: the base's words divided where the
 * two parts share most words with the witness's parts (on a tie, where the witness's words divide),
 * so that each part is compared as it would be without the apparatus. Local to the change's words.
 */
function cutAtApparatus(ops: AlignOp[], B: readonly Token[], R: readonly Token[], asideB: readonly Span[], asideR: readonly Span[]): AlignOp[] {
  const out: AlignOp[] = [];
  const todo = [...ops].reverse();
  while (todo.length) {
    const op = todo.pop()!;
    let done = false;
    for (const fromBase of [false, true]) {
      if (op.op === 'equal' || done) continue;
      const [ys, xs] = oriented(fromBase, op.baseSpan, op.readingSpan) as [Span, Span];
      const aside = fromBase ? asideB : asideR;
      const s = aside.find((a) => a[0] >= ys[0] && a[1] <= ys[1] && len(a) < len(ys));
      if (!s || len(xs) === 0) continue;
      const Y = fromBase ? B : R;
      const X = fromBase ? R : B;
      const left = new Set<string>();
      const right = new Set<string>();
      for (let i = ys[0]; i < s[0]; i++) if (!Y[i].punct) left.add(Y[i].n);
      for (let i = s[1]; i < ys[1]; i++) if (!Y[i].punct) right.add(Y[i].n);
      const ideal = xs[0] + Math.round((len(xs) * (s[0] - ys[0])) / Math.max(1, len(ys) - len(s)));
      let best = -1;
      let bestScore = -1;
      // (running counts: words of X before the cut found on Y's left, after it on Y's right)
      const after = new Array<number>(len(xs) + 1).fill(0);
      for (let c = xs[1] - 1; c >= xs[0]; c--) after[c - xs[0]] = after[c - xs[0] + 1] + (!X[c].punct && right.has(X[c].n) ? 1 : 0);
      let before = 0;
      for (let c = xs[0]; c <= xs[1]; c++) {
        if (c > xs[0]) before += !X[c - 1].punct && left.has(X[c - 1].n) ? 1 : 0;
        const score = before + after[c - xs[0]];
        if (score > bestScore || (score === bestScore && Math.abs(c - ideal) < Math.abs(best - ideal))) {
          best = c;
          bestScore = score;
        }
      }
      const piece = (y: Span, x: Span): AlignOp => {
        const [b, r] = oriented(fromBase, y, x) as [Span, Span];
        return { op: len(b) === 0 ? 'insert' : len(r) === 0 ? 'delete' : 'replace', baseSpan: b, readingSpan: r };
      };
      const parts: AlignOp[] = [];
      if (s[0] > ys[0] || best > xs[0]) parts.push(piece([ys[0], s[0]], [xs[0], best]));
      parts.push(piece(s, [best, best]));
      if (s[1] < ys[1] || best < xs[1]) parts.push(piece([s[1], ys[1]], [best, xs[1]]));
      // (the last part may hold more apparatus: looked at again)
      const last = parts.pop()!;
      out.push(...parts);
      todo.push(last);
      done = true;
    }
    if (!done) out.push(op);
  }
  return out;
}

/** Set-aside spans with footnote calls among them, in order. */
function withCalls(drop: readonly Span[], calls: readonly Span[]): Span[] {
  return calls.length === 0 ? [...drop] : [...drop, ...calls].sort((a, b) => a[0] - b[0]);
}

function kept(n: number, drop: readonly Span[]): number[] {
  const out: number[] = [];
  let d = 0;
  for (let i = 0; i < n; i++) {
    while (d < drop.length && drop[d][1] <= i) d++;
    if (d < drop.length && i >= drop[d][0]) continue;
    out.push(i);
  }
  return out;
}

/**
 * Align the two token sequences leaving out the set-aside spans, then map the ops back: an equal run
 * is cut where a set-aside span interrupts it, a set-aside span between ops becomes its own delete
 * (insert) op, and a change around one simply encloses it. Every token is still in exactly one op.
 */
function alignWithout(B: readonly Token[], R: readonly Token[], dropB: readonly Span[], dropR: readonly Span[], lex: Lexicons): AlignOp[] {
  const opts = { isWeak: isWeakToken(lex), maxEqual: lex.thresholds.cleanupMaxEqual, tieWindow: lex.thresholds.alignTieWindow, maxEdit: lex.thresholds.diffMaxEdit, bySentence: { keep: lex.thresholds.alignSentenceKeep, same: lex.thresholds.alignSentenceSame, moved: lex.thresholds.alignSentenceMoved }, frontedMax: lex.thresholds.alignFrontedMax, opensClause: (t: Token) => lex.clauseOpeners.has(t.n) };
  if (dropB.length === 0 && dropR.length === 0) return alignTokens(B, R, opts);
  const kb = kept(B.length, dropB);
  const kr = kept(R.length, dropR);
  const sub = alignTokens(kb.map((i) => B[i]), kr.map((j) => R[j]), opts);
  const out: AlignOp[] = [];
  let cb = 0;
  let cr = 0;
  const at = (k: number[], x: number, n: number) => (x < k.length ? k[x] : n);
  const gaps = (b: number, r: number) => {
    if (b > cb) out.push({ op: 'delete', baseSpan: [cb, b], readingSpan: [cr, cr] });
    cb = Math.max(cb, b);
    if (r > cr) out.push({ op: 'insert', baseSpan: [cb, cb], readingSpan: [cr, r] });
    cr = Math.max(cr, r);
  };
  for (const op of sub) {
    const [b0, b1] = op.baseSpan;
    const [r0, r1] = op.readingSpan;
    if (op.op !== 'equal') {
      // a change starts right after what precedes it; a set-aside span just before it stays separate
      const sb = b1 > b0 ? kb[b0] : at(kb, b0, B.length);
      const sr = r1 > r0 ? kr[r0] : at(kr, r0, R.length);
      gaps(b1 > b0 ? sb : Math.min(sb, cb), r1 > r0 ? sr : Math.min(sr, cr));
      const eb = b1 > b0 ? kb[b1 - 1] + 1 : cb;
      const er = r1 > r0 ? kr[r1 - 1] + 1 : cr;
      out.push({ op: op.op, baseSpan: [cb, eb], readingSpan: [cr, er] });
      cb = eb;
      cr = er;
      continue;
    }
    let k = 0;
    const n = b1 - b0;
    while (k < n) {
      gaps(kb[b0 + k], kr[r0 + k]);
      let e = k + 1;
      while (e < n && kb[b0 + e] === kb[b0 + e - 1] + 1 && kr[r0 + e] === kr[r0 + e - 1] + 1) e++;
      out.push({ op: 'equal', baseSpan: [kb[b0 + k], kb[b0 + e - 1] + 1], readingSpan: [kr[r0 + k], kr[r0 + e - 1] + 1] });
      cb = kb[b0 + e - 1] + 1;
      cr = kr[r0 + e - 1] + 1;
      k = e;
    }
  }
  gaps(B.length, R.length);
  return out;
}

/** Marks that close a clause or a sentence (the end of a change that both sides close). */
const CLOSING_MARKS = new Set([',', ';', ':', '.', '!', '?']);

/**
 * A change both sides close with a mark ("including hospitals and medical facilities," →
 * "including hospitals."): the marks are aligned with each other, apart from the words before them
 * (an omission, and a punctuation variant ',' → '.'), as they are when the mark is the same.
 * Otherwise the words dropped would be read as replaced by the mark. One pass over the ops.
 */
function splitClosingMarks(ops: AlignOp[], base: Side, reading: Side): AlignOp[] {
  const closes = (side: Side, s: Span) => s[1] > s[0] && side.tokens[s[1] - 1].punct && CLOSING_MARKS.has(side.tokens[s[1] - 1].n);
  if (!ops.some((op) => op.op === 'replace' && closes(base, op.baseSpan) && closes(reading, op.readingSpan))) return ops;
  const out: AlignOp[] = [];
  for (const op of ops) {
    const [b0, b1] = op.baseSpan;
    const [r0, r1] = op.readingSpan;
    if (op.op !== 'replace' || b1 - b0 + r1 - r0 < 3 || !closes(base, op.baseSpan) || !closes(reading, op.readingSpan)) {
      out.push(op);
      continue;
    }
    const rest = changeOp([b0, b1 - 1], [r0, r1 - 1]);
    out.push(rest);
    out.push({ op: base.tokens[b1 - 1].n === reading.tokens[r1 - 1].n ? 'equal' : 'replace', baseSpan: [b1 - 1, b1], readingSpan: [r1 - 1, r1] });
  }
  return out;
}

/**
 * A bracket one side opens at the start of a change, or closes at its end, where the other side has
 * none ("crime" → "offence]" in "… of any serious crime." → "… [… of any criminal offence]."): the
 * bracket is a mark of its own, not part of the words changed (a punctuation variant, paired with
 * its other half by `pairParentheticalMarks`). Brackets: the pairs of function-words.yaml
 * `parenthetical-marks` whose two marks differ ("( )", "[ ]"; not ", ,"). One pass over the ops.
 */
function splitEdgeBrackets(ops: AlignOp[], base: Side, reading: Side, lex: Lexicons): AlignOp[] {
  const opens = new Set<string>();
  const closes = new Set<string>();
  for (const [a, z] of lex.parentheticalMarks) {
    if (a === z) continue;
    opens.add(a);
    closes.add(z);
  }
  if (opens.size === 0) return ops;
  // (at most one mark at each end, and words left on both sides between them; not a bracket whose
  // other half the change takes in too, "(DFFT)," → ",": the words in brackets dropped)
  const pairs = lex.parentheticalMarks;
  return splitEdgeMarks(ops, base, reading, (op, side, i, other, j, head) => {
    const t = side.tokens[i].t;
    if (!(head ? opens : closes).has(t) || other.tokens[j]?.t === t) return false;
    // (the bracket of a list item mark, "b)", goes with its letter: one mark)
    if (itemMarkAt(side, i, lex.itemMarkAfter)) return false;
    const [s0, s1] = side === base ? op.baseSpan : op.readingSpan;
    for (let k = s0; k < s1; k++) if (k !== i && (pairs.get(t) === side.tokens[k].t || pairs.get(side.tokens[k].t) === t)) return false;
    return true;
  });
}

/**
 * A double quotation mark at the start or end of one side of a change that the other side lacks
 * there (`Participating States shall` → `"We shall`): the mark says the words are quoted, it is no
 * part of the words changed; left inside, it would hide an actor change as a lexical one
 * ('Participating States' → '"We'). Split off as a change of its own (a punctuation variant, or
 * none around a whole side: dropEnclosingQuotes). At most one mark at each end, beside a word of
 * the change, words left on both sides. One pass over the ops.
 */
/**
 * Words of one side paired with nothing but quotation marks on the other ("to another Party [to the
 * Convention]." → "to another Party["]."): a partial quotation closed where the quoter stopped. The
 * marks are no rewording of the words: the words are dropped (added), the marks stand on their own
 * (and, around a quoted clause, are no variant: dropQuotingMarks). Pure: returns new ops.
 */
function quoteNotWords(ops: AlignOp[], base: Side, reading: Side): AlignOp[] {
  const marksOnly = (side: Side, s: Span) => len(s) > 0 && len(s) <= 2 && side.tokens.slice(s[0], s[1]).every((t) => QUOTE_MARKS.has(t.t));
  const words = (side: Side, s: Span) => side.tokens.slice(s[0], s[1]).some((t) => !t.punct);
  let changed = false;
  const out: AlignOp[] = [];
  for (const op of ops) {
    if (op.op === 'replace' && marksOnly(reading, op.readingSpan) && words(base, op.baseSpan)) {
      out.push({ op: 'delete', baseSpan: op.baseSpan, readingSpan: [op.readingSpan[0], op.readingSpan[0]] });
      out.push({ op: 'insert', baseSpan: [op.baseSpan[1], op.baseSpan[1]], readingSpan: op.readingSpan });
      changed = true;
    } else if (op.op === 'replace' && marksOnly(base, op.baseSpan) && words(reading, op.readingSpan)) {
      out.push({ op: 'delete', baseSpan: op.baseSpan, readingSpan: [op.readingSpan[0], op.readingSpan[0]] });
      out.push({ op: 'insert', baseSpan: [op.baseSpan[1], op.baseSpan[1]], readingSpan: op.readingSpan });
      changed = true;
    } else out.push(op);
  }
  return changed ? out : ops;
}

function splitEdgeQuotes(ops: AlignOp[], base: Side, reading: Side): AlignOp[] {
  const mark = (side: Side, i: number) => QUOTE_MARKS.has(side.tokens[i]?.t ?? '');
  // (a mark beside a word of the change: one in a run of marks, `")</script>`, stays with them)
  const word = (side: Side, i: number) => !!side.tokens[i] && !side.tokens[i].punct;
  // (a closing mark after the sentence's full stop, `required by law."`, as a curly one is split off
  // by splitEdgeBrackets: the word before it is the one before the full stop)
  const before = (side: Side, i: number) => word(side, i - 1) || (side.tokens[i - 1]?.punct === true && CLOSING_MARKS.has(side.tokens[i - 1].n) && word(side, i - 2));
  return splitEdgeMarks(ops, base, reading, (_op, side, i, other, j, head) => mark(side, i) && (head ? word(side, i + 1) : before(side, i)) && !mark(other, j));
}

/**
 * The scaffold of splitEdgeBrackets and splitEdgeQuotes: each replace op whose first (last) token on
 * one side is a mark of its own (`edge`, given the op, that side, the token, the other side and the
 * token facing it there, and whether it is the head) is cut there into that mark's insert or delete
 * and the change, one mark at each end at most, words left on both sides. One pass over the ops.
 */
function splitEdgeMarks(
  ops: AlignOp[],
  base: Side,
  reading: Side,
  edge: (op: AlignOp, side: Side, i: number, other: Side, j: number, head: boolean) => boolean,
): AlignOp[] {
  const out: AlignOp[] = [];
  for (const op of ops) {
    if (op.op !== 'replace') {
      out.push(op);
      continue;
    }
    let [b0, b1] = op.baseSpan;
    let [r0, r1] = op.readingSpan;
    const head: AlignOp[] = [];
    const tail: AlignOp[] = [];
    if (r1 - r0 > 1 && b1 > b0 && edge(op, reading, r0, base, b0, true)) {
      head.push({ op: 'insert', baseSpan: [b0, b0], readingSpan: [r0, r0 + 1] });
      r0++;
    } else if (b1 - b0 > 1 && r1 > r0 && edge(op, base, b0, reading, r0, true)) {
      head.push({ op: 'delete', baseSpan: [b0, b0 + 1], readingSpan: [r0, r0] });
      b0++;
    }
    if (r1 - r0 > 1 && b1 > b0 && edge(op, reading, r1 - 1, base, b1 - 1, false)) {
      tail.push({ op: 'insert', baseSpan: [b1, b1], readingSpan: [r1 - 1, r1] });
      r1--;
    } else if (b1 - b0 > 1 && r1 > r0 && edge(op, base, b1 - 1, reading, r1 - 1, false)) {
      tail.push({ op: 'delete', baseSpan: [b1 - 1, b1], readingSpan: [r1, r1] });
      b1--;
    }
    if (head.length === 0 && tail.length === 0) {
      out.push(op);
      continue;
    }
    out.push(...head, changeOp([b0, b1], [r0, r1]), ...tail);
  }
  return out;
}

/** A change op over two spans, not both empty: an insert, a delete or a replace, by which side is empty. */
/**
 * Two sentences joined by the witness while the first one's end is dropped ("… legal process issued
 * under applicable law. We will require …" → "… legal process, and we always require …"): the
 * alignment replaces the dropped words, the full stop and the next sentence's opening words at once
 * (', and we always'), which hides the omission in a lexical. When one side's change holds a
 * sentence end after words of content the other side's change does not read (no content word in
 * common), the other side's change opens with a mark or coordinator (the junction), holds no
 * sentence edge, and reads again a word that follows the end (the next sentence's subject), the
 * words before the end are cut off as their own omission (addition); the end mark and what follows
 * it stay one change with the junction. Pure.
 */
function omissionBeforeJoin(ops: readonly AlignOp[], base: Side, reading: Side): AlignOp[] {
  let out: AlignOp[] | null = null;
  for (let k = 0; k < ops.length; k++) {
    const x = ops[k];
    if (x.op !== 'replace') continue;
    for (const { key, other, S, O, x0, x1, o0, o1 } of bothWays(x, base, reading)) {
      // (the first sentence end inside the change, after words of the same sentence)
      let p = -1;
      for (let i = x0 + 1; i < x1 && p < 0; i++) if (SENTENCE_MARKS.has(S.tokens[i].t) && i + 1 < x1 && S.tokens[i + 1].sentence !== S.tokens[i].sentence) p = i;
      if (p < 0 || S.tokens.slice(x0, p).some((t) => t.punct)) continue;
      const first = O.tokens[o0];
      if (!first || !(isClausePunct(first) || first.pos === 'CCONJ')) continue;
      if (O.tokens[o1 - 1].sentence !== first.sentence) continue;
      const lemmas = new Set<string>();
      let content = 0;
      for (let i = x0; i < p; i++) if (S.content[i]) (content++, lemmas.add(S.tokens[i].lemma));
      if (content === 0) continue;
      let shared = false;
      let again = false;
      const after = new Set<string>();
      for (let i = p + 1; i < x1; i++) after.add(S.tokens[i].n);
      for (let i = o0; i < o1; i++) {
        if (O.content[i] && lemmas.has(O.tokens[i].lemma)) shared = true;
        if (!O.tokens[i].punct && after.has(O.tokens[i].n)) again = true;
      }
      if (shared || !again) continue;
      const cut: AlignOp = key === 'baseSpan' ? { op: 'delete', baseSpan: [x0, p], readingSpan: [o0, o0] } : { op: 'insert', baseSpan: [o0, o0], readingSpan: [x0, p] };
      const mk = (ks: Span, os: Span): AlignOp => {
        const o: AlignOp = { op: 'replace', baseSpan: [0, 0], readingSpan: [0, 0] };
        o[key] = ks;
        o[other] = os;
        return o;
      };
      // (the word read again kept, the junction before it, ". We" → ", and we", apart from what follows it)
      let j = o0;
      while (j < o1 && (O.tokens[j].punct || O.tokens[j].n !== S.tokens[p + 1].n)) j++;
      const eq = mk([p + 1, p + 2], [j, j + 1]);
      eq.op = 'equal';
      const pieces = j < o1 && j > o0 && j + 1 < o1 && p + 2 < x1 ? [mk([p, p + 1], [o0, j]), eq, mk([p + 2, x1], [j + 1, o1])] : [mk([p, x1], [o0, o1])];
      out ??= ops.slice();
      out.splice(out.indexOf(x), 1, cut, ...pieces);
      break;
    }
  }
  return out ?? (ops as AlignOp[]);
}

/** Marks that close a cell or a clause in a row of a table or plan, past which a side goes on with other matter. */
const CELL_MARKS = new Set([';', '|']);

/**
 * A change op seen from each side in turn: `key` this side's span (`S` its side, [x0, x1)), `other`
 * the other side's (`O`, [o0, o1)).
 */
function* bothWays(x: AlignOp, base: Side, reading: Side) {
  for (const key of ['baseSpan', 'readingSpan'] as const) {
    const other = key === 'baseSpan' ? ('readingSpan' as const) : ('baseSpan' as const);
    const [S, O] = key === 'baseSpan' ? [base, reading] : [reading, base];
    yield { key, other, S, O, x0: x[key][0], x1: x[key][1], o0: x[other][0], o1: x[other][1] };
  }
}

/**
 * A change at the end of one side's sentence against words that go on past a ";" (or "|") on the
 * other ("with the European Union." → "with the EU; MFA; As required", a plan's row joined from
 * its cells): what comes after the mark is matter of its own, added (dropped) whole, one
 * stretch; the mark answers the sentence's end mark; the words before it are compared on their
 * own (here "European Union" → "EU", a spelling variant, no longer lost in one lexical). Only when
 * the shorter side reads no such mark and the matter past it shares no content word with it. Pure.
 */
function additionPastCellMark(ops: readonly AlignOp[], base: Side, reading: Side): AlignOp[] {
  let out: AlignOp[] | null = null;
  for (const x of ops) {
    if (x.op !== 'replace') continue;
    for (const { key, other, S, O, x0, x1, o0, o1 } of bothWays(x, base, reading)) {
      // (this side's change closes its sentence with its end mark, and holds no cell mark)
      const end = S.tokens[x1 - 1];
      if (!CLOSING_MARKS.has(end.t) || (x1 < S.tokens.length && S.tokens[x1].sentence === end.sentence)) continue;
      if (S.tokens.slice(x0, x1).some((t) => CELL_MARKS.has(t.t))) continue;
      let m = o0;
      while (m < o1 && !CELL_MARKS.has(O.tokens[m].t)) m++;
      if (m + 1 >= o1 || contentCount(O, m + 1, o1) === 0) continue;
      const lemmas = new Set<string>();
      for (let i = x0; i < x1; i++) if (S.content[i]) lemmas.add(S.tokens[i].lemma);
      let shared = false;
      for (let i = m + 1; i < o1 && !shared; i++) shared = O.content[i] && lemmas.has(O.tokens[i].lemma);
      if (shared) continue;
      const mk = (ks: Span, os: Span): AlignOp => {
        const o: AlignOp = { op: 'replace', baseSpan: [0, 0], readingSpan: [0, 0] };
        o[key] = ks;
        o[other] = os;
        return key === 'baseSpan' ? changeOp(o.baseSpan, o.readingSpan) : changeOp(o.baseSpan, o.readingSpan);
      };
      const pieces: AlignOp[] = [];
      if (x1 - 1 > x0 || m > o0) pieces.push(mk([x0, x1 - 1], [o0, m]));
      pieces.push(mk([x1 - 1, x1], [m, m + 1]), mk([x1, x1], [m + 1, o1]));
      out ??= ops.slice();
      out.splice(out.indexOf(x), 1, ...pieces);
      break;
    }
  }
  return out ?? (ops as AlignOp[]);
}

function changeOp(baseSpan: Span, readingSpan: Span): AlignOp {
  return { op: len(baseSpan) === 0 ? 'insert' : len(readingSpan) === 0 ? 'delete' : 'replace', baseSpan, readingSpan };
}

/**
 * A number written twice ("thirty (30)", `doubledNumberBefore`) or in figures over more than one token
 * ("10 000 000", "10 million": `figureRunAt`) is one number: the ops that touch it,
 * where it is not read alike, become one change over the whole of it ("within thirty (30) days" →
 * "within 30 days": the words and the brackets dropped around the figures both sides read are one
 * spelling variant, not a time limit dropped beside a punctuation variant; "thirty (30)" → "sixty
 * (60)" one change of the figure, not two). One pass over the tokens of each side, then over the ops.
 */
function joinDoubledNumbers(ops: AlignOp[], base: Side, reading: Side, lex: Lexicons): AlignOp[] {
  for (const key of ['b', 'r'] as const) {
    const T = (key === 'b' ? base : reading).tokens;
    const groups: Span[] = [];
    for (let i = 0; i < T.length; i++) {
      if (groups.length && i < groups[groups.length - 1][1]) continue;
      // figures over more than one token ("10 000 000", "10 million")
      const c = T[i].t.charCodeAt(0);
      if (c >= 48 && c <= 57 && i + 1 < T.length) {
        const f = figureRunAt(T, i, lex);
        if (f) {
          groups.push([i, f.end]);
          continue;
        }
      }
      // (a cheap gate: a bracket after a number word or figure)
      if (!T[i].punct || !lex.parentheticalMarks.has(T[i].t) || i === 0) continue;
      const d = doubledNumberBefore(T, i, groups.length ? groups[groups.length - 1][1] : 0, lex);
      if (d) groups.push(d);
    }
    for (const g of groups) ops = joinOver(ops, g, key);
    // a cited provision's number with its parts in brackets ("3(1)" → "4(2)"): one change when two
    // changes fall inside it (one alone, "3(1)" → "3", stays as it is: the part dropped)
    for (let i = 1; i + 1 < T.length; i++) {
      if (T[i].t !== '(' || T[i].space !== '') continue;
      const e = citedPartEnd(T, i);
      if (e < 0) continue;
      ops = joinOver(ops, [i - 1, e], key, 2);
      i = e - 1;
    }
  }
  return ops;
}

/**
 * The ops touching the span g of one side (key) made one change over it, when at least `changes` of
 * them are changes (1: unless they all read alike).
 */
function joinOver(ops: AlignOp[], g: Span, key: 'b' | 'r', changes = 1): AlignOp[] {
  const own = (op: AlignOp) => (key === 'b' ? op.baseSpan : op.readingSpan);
  const touches = (s: Span) => (s[1] > s[0] ? s[0] < g[1] && s[1] > g[0] : s[0] > g[0] && s[0] < g[1]);
  let lo = -1;
  let hi = -1;
  let changed = 0;
  for (let k = 0; k < ops.length; k++) {
    if (!touches(own(ops[k]))) continue;
    if (lo < 0) lo = k;
    hi = k;
    if (ops[k].op !== 'equal') changed++;
  }
  if (changed < changes) return ops;
  const out = ops.slice(0, lo);
  const first = ops[lo];
  const last = ops[hi];
  // an equal run that begins before the number (ends after it) keeps that part
  let b0 = first.baseSpan[0];
  let r0 = first.readingSpan[0];
  const before = first.op === 'equal' ? g[0] - own(first)[0] : 0;
  if (before > 0) {
    out.push({ op: 'equal', baseSpan: [b0, b0 + before], readingSpan: [r0, r0 + before] });
    b0 += before;
    r0 += before;
  }
  let b1 = last.baseSpan[1];
  let r1 = last.readingSpan[1];
  const after = last.op === 'equal' ? own(last)[1] - g[1] : 0;
  const tail: AlignOp[] = [];
  if (after > 0) {
    tail.push({ op: 'equal', baseSpan: [b1 - after, b1], readingSpan: [r1 - after, r1] });
    b1 -= after;
    r1 -= after;
  }
  out.push(changeOp([b0, b1], [r0, r1]), ...tail);
  for (let k = hi + 1; k < ops.length; k++) out.push(ops[k]);
  return out;
}

function runs(claimed: Uint8Array, s: Span): Span[] {
  const out: Span[] = [];
  let i = s[0];
  while (i < s[1]) {
    if (claimed[i]) {
      i++;
      continue;
    }
    let e = i + 1;
    while (e < s[1] && !claimed[e]) e++;
    out.push([i, e]);
    i = e;
  }
  return out;
}

/** How much two runs have in common: shared content lemmas count 2, other shared words and marks 1. */
function sharedContent(ctx: Ctx, b: Span, r: Span): number {
  const lemmas = new Set<string>();
  const forms = new Set<string>();
  for (let i = b[0]; i < b[1]; i++) {
    if (ctx.base.content[i]) lemmas.add(ctx.base.tokens[i].lemma);
    else forms.add(ctx.base.tokens[i].n);
  }
  let n = 0;
  for (let j = r[0]; j < r[1]; j++) {
    const t = ctx.reading.tokens[j];
    if (ctx.reading.content[j] ? lemmas.has(t.lemma) : forms.has(t.n)) n += ctx.reading.content[j] ? 2 : 1;
  }
  return n;
}

/** A candidate without the words it begins and ends with on both sides (", and" → ", and work together"). */
function trimEqualEdges(c: Candidate, ctx: Ctx): Candidate {
  let [b0, b1] = c.b;
  let [r0, r1] = c.r;
  while (b0 < b1 && r0 < r1 && ctx.base.tokens[b0].n === ctx.reading.tokens[r0].n) {
    b0++;
    r0++;
  }
  while (b1 > b0 && r1 > r0 && ctx.base.tokens[b1 - 1].n === ctx.reading.tokens[r1 - 1].n) {
    b1--;
    r1--;
  }
  return b1 - b0 + r1 - r0 > 0 ? { b: [b0, b1], r: [r0, r1] } : c;
}

/** The part of an edit no claim took, as candidates. */
function residual(e: Candidate, ctx: Ctx, out: Candidate[]): void {
  const bs = runs(ctx.claimedB, e.b);
  const rs = runs(ctx.claimedR, e.r);
  const bLeft = bs.reduce((a, s) => a + len(s), 0);
  const rLeft = rs.reduce((a, s) => a + len(s), 0);
  if (bLeft === len(e.b) && rLeft === len(e.r)) {
    out.push(e);
    return;
  }
  if (bs.length === 0 && rs.length === 0) return;
  if (bs.length <= 1 && rs.length <= 1) {
    // without the words both sides start or end with alike: the aligner's cleanup had absorbed
    // them into the change around the claimed phrase ("respond [to appropriate]" → "respond
    // [promptly to all]": `promptly` claimed, `appropriate` → `all` is left)
    const t = trimAlike({ b: bs[0] ?? [e.b[0], e.b[0]], r: rs[0] ?? [e.r[0], e.r[0]] }, ctx);
    if (len(t.b) + len(t.r) > 0) out.push(t);
    return;
  }
  if (bs.length <= 1 || rs.length <= 1) {
    // one side cut by a claimed phrase (a moved phrase inside a rewording): keep the change whole
    // through the splits, so that "shall not obtain" → "avoid asking [X] to provide" still cuts at
    // the modal; the claimed tokens are taken out afterwards (unhole)
    const span = (xs: Span[], at: number): Span => (xs.length ? [xs[0][0], xs[xs.length - 1][1]] : [at, at]);
    out.push({ b: span(bs, e.b[0]), r: span(rs, e.r[0]), holes: true });
    return;
  }
  pairRuns(e, bs, rs, ctx, out);
}

/** A candidate that spans claimed tokens, without them (see residual). */
function unhole(c: Candidate, ctx: Ctx): Candidate[] {
  let any = false;
  for (let i = c.b[0]; i < c.b[1] && !any; i++) any = ctx.claimedB[i] === 1;
  for (let j = c.r[0]; j < c.r[1] && !any; j++) any = ctx.claimedR[j] === 1;
  const { holes: _, ...e } = c;
  if (!any) return [e];
  const bs = runs(ctx.claimedB, e.b);
  const rs = runs(ctx.claimedR, e.r);
  if (bs.length === 0 && rs.length === 0) return [];
  if (bs.length <= 1 && rs.length <= 1) return [{ ...e, b: bs[0] ?? [e.b[0], e.b[0]], r: rs[0] ?? [e.r[0], e.r[0]] }];
  if (bs.length === 0 || rs.length === 0) {
    return [...bs.map((b): Candidate => ({ b, r: [e.r[0], e.r[0]] })), ...rs.map((r): Candidate => ({ b: [e.b[0], e.b[0]], r }))];
  }
  const out: Candidate[] = [];
  pairRuns(e, bs, rs, ctx, out);
  if (e.deontic) for (const x of out) x.deontic = true;
  return out;
}

/**
 * Give each run of `few` to the run of `many` it scores highest with, each of `many` taken once
 * (first best wins ties): index in `many` → run of `few`.
 */
function bestPartners(few: readonly Span[], many: readonly Span[], score: (f: Span, m: Span) => number): Map<number, Span> {
  const partner = new Map<number, Span>();
  for (const f of few) {
    let best = 0;
    let top = -1;
    many.forEach((m, k) => {
      const s = score(f, m);
      if (s > top && !partner.has(k)) {
        top = s;
        best = k;
      }
    });
    partner.set(best, f);
  }
  return partner;
}

/** Several runs on a side: give each run of the side with fewer runs to the best partner. */
function pairRuns(e: Candidate, bs: Span[], rs: Span[], ctx: Ctx, out: Candidate[]): void {
  const pairs: Candidate[] = [];
  if (bs.length > 1 && rs.length === 1) [bs, rs] = carveEdges(bs, rs[0], ctx.base, ctx.reading, (m, f) => pairs.push({ b: m, r: f }), ctx.lex);
  else if (rs.length > 1 && bs.length === 1) [rs, bs] = carveEdges(rs, bs[0], ctx.reading, ctx.base, (m, f) => pairs.push({ b: f, r: m }), ctx.lex);
  if (bs.length >= rs.length) {
    const partner = bestPartners(rs, bs, (r, b) => sharedContent(ctx, b, r));
    bs.forEach((b, k) => pairs.push({ b, r: partner.get(k) ?? [e.r[0], e.r[0]] }));
  } else {
    const partner = bestPartners(bs, rs, (b, r) => sharedContent(ctx, b, r));
    rs.forEach((r, k) => pairs.push({ b: partner.get(k) ?? [e.b[0], e.b[0]], r }));
  }
  for (const p of pairs) out.push(len(p.b) && len(p.r) ? trimEqualEdges(p, ctx) : p);
}

/**
 * One run on a side against several on the other (a claimed phrase cut the other side apart): a
 * first (last) run of the several made of function words alone, which the one run opens (closes)
 * with, marks aside, is read there ("and, [where appropriate,] consult" → ", and talk to": "and"
 * against ", and"): the one run is cut after (before) those words and the pieces paired, so that
 * the rest pairs with the other runs ("consult" → "talk to", not "consult" omitted beside "talk to"
 * added). Calls `pair(manyRun, fewPiece)` for each piece cut; returns the runs left.
 */
function carveEdges(many: Span[], one: Span, M: Side, F: Side, pair: (m: Span, f: Span) => void, lex?: Lexicons): [Span[], Span[]] {
  const fnOnly = (s: Span) => {
    for (let i = s[0]; i < s[1]; i++) if (!M.fn[i]) return false;
    return true;
  };
  const cut: [Span, Span][] = [];
  let [f0, f1] = one;
  let lo = 0;
  let hi = many.length;
  // the first run at the start of the one run, marks before it aside
  {
    const m = many[0];
    let k = f0;
    while (k < f1 && F.tokens[k].punct) k++;
    let ok = fnOnly(m) && k + len(m) < f1;
    for (let i = 0; ok && i < len(m); i++) ok = F.tokens[k + i].n === M.tokens[m[0] + i].n;
    if (ok) {
      cut.push([m, [f0, k + len(m)]]);
      f0 = k + len(m);
      lo = 1;
    }
  }
  // the last run at the end of the one run, marks after it aside
  if (hi - lo > 1) {
    const m = many[hi - 1];
    let k = f1;
    while (k > f0 && F.tokens[k - 1].punct) k--;
    let ok = fnOnly(m) && k - len(m) > f0;
    for (let i = 0; ok && i < len(m); i++) ok = F.tokens[k - len(m) + i].n === M.tokens[m[0] + i].n;
    if (ok) {
      cut.push([m, [k - len(m), f1]]);
      f1 = k - len(m);
      hi--;
    } else if (lex) {
      // … or a connective of a condition (qualifiers.yaml `same-condition`, marks aside) against
      // another that ends the one run ("industry [in a timely manner], in accordance with" →
      // "cable companies where"): the connective for the connective, the rest for the rest, not
      // "where" pulled into the noun's rewording
      const conn = (S: Side, a: number, b: number) => {
        const w: string[] = [];
        for (let i = a; i < b; i++) if (!S.tokens[i].punct) w.push(S.tokens[i].n);
        return w.length > 0 && lex.sameCondition.has(w.join(' '));
      };
      if (conn(M, m[0], m[1])) {
        for (let n = 1; n <= 3 && k - n > f0; n++) {
          if (!conn(F, k - n, k)) continue;
          cut.push([m, [k - n, f1]]);
          f1 = k - n;
          hi--;
          break;
        }
      }
    }
  }
  const rest = many.slice(lo, hi);
  // only when what is left on each side holds a content word (a rewording to pair: "consult" →
  // "talk to"); otherwise the runs are paired as they are ("to continue to" → "were not
  // [encouraged] to": cutting off "to" would leave the negator "were not" paired with "to
  // continue", one lexical, where the polarity flip is its own variant)
  if (cut.length === 0 || !rest.some((m) => contentCount(M, m[0], m[1]) > 0) || contentCount(F, f0, f1) === 0) return [many, [one]];
  for (const [m, f] of cut) pair(m, f);
  return [rest, [[f0, f1]]];
}

function runClassifiers(list: readonly Classifier[], c: Candidate, ctx: Ctx): Finding | null {
  for (const cl of list) {
    if (!cl.classify) continue;
    const f = cl.classify(c, ctx);
    if (f) return f;
  }
  return null;
}

/** Classify a candidate; a substantive verdict is refined when the change is really several accidentals. */
function classifyCandidate(c: Candidate, ctx: Ctx): Finding[] {
  const f = runClassifiers(classifiers, c, ctx)!;
  // the change re-aligned on spelling-folded lemmas, and its pieces' accidental findings: worked
  // out once, when first needed (the passes below may each ask)
  let memo: Refined | undefined;
  const pieces = (): Refined => (memo ??= { pieces: refine(c, ctx), found: [] });
  if (f.type === 'grammatical' && !c.deontic && len(c.b) > 0 && len(c.r) > 0 && lemmaUnpaired(c, ctx)) {
    // grammar around a word spelt otherwise ("harmonize" → "harmonise the"): each accidental on its own
    const finer = accidentalPieces(pieces(), ctx);
    if (finer && finer.some((g) => g.type === 'spelling' || g.type === 'compound')) return finer;
  }
  if (f.type === 'compound' && !f.whole && len(c.b) > 1 && len(c.r) > 1) {
    // a compound found on lemmas may hide a spelling beside it ("recognise that cross-border" →
    // "recognize that cross- border"): each accidental on its own
    const finer = accidentalPieces(pieces(), ctx);
    if (finer && finer.length > 1) return finer;
  }
  if (ACCIDENTAL.has(f.type) || f.whole || c.deontic || len(c.b) === 0 || len(c.r) === 0) return [f];
  // one number for another ("seventy-two" → "27") is one change, whatever its words
  if (numberValue(ctx.base.tokens.slice(c.b[0], c.b[1]), ctx.lex) !== null && numberValue(ctx.reading.tokens.slice(c.r[0], c.r[1]), ctx.lex) !== null) return [f];
  // a universal quantifier on one side in place of words that restrict the same noun on the other
  // ("complaints that are unfounded" → "every complaint"): the reach of the noun phrase changed, one
  // rewording, not an accidental "every" beside an omission
  if (f.type === 'lexical' && universalForRestriction(c, ctx)) return [f];
  // an acronym for the words it replaces and one or two more ("emergency response teams" → "CERTs"):
  // one rewording, not the first word replaced and the others dropped
  if (f.type === 'lexical' && acronymForRun(c, ctx)) return [f];
  if (f.type === 'addition' || f.type === 'omission') {
    const parts = pureEdits(c, ctx, f.type === 'addition');
    if (parts) return parts.flatMap((p) => classifyCandidate(p, ctx));
  }
  const refined = accidentalPieces(pieces(), ctx) ?? droppedBesideAccidentals(pieces(), ctx);
  if (refined) return refined;
  const across = f.type === 'lexical' ? lexicalAcrossAlike(c, ctx) : null;
  if (across) return across;
  // one word replaced by another with a mark at its edge the other side lacks ("transport" →
  // "transportation,", a serial comma added): the mark is its own punctuation variant (a longer
  // rewording, or a connective with its comma, ", unless" → "whenever", keeps the marks it spans)
  if (f.type === 'lexical') {
    // (clause marks only: an apostrophe belongs to its word, "States'" → "countries")
    const marks = peelPunctuation(c, ctx);
    const clauseMarks = (p: Candidate) => [...ctx.base.tokens.slice(p.b[0], p.b[1]), ...ctx.reading.tokens.slice(p.r[0], p.r[1])].every(isClausePunct);
    const words = marks?.find((p) => !clauseMarks(p));
    if (marks && words && len(words.b) === 1 && len(words.r) === 1 && ctx.base.content[words.b[0]] && ctx.reading.content[words.r[0]] && marks.every((p) => p === words || clauseMarks(p))) return marks.flatMap((p) => classifyCandidate(p, ctx));
  }
  // content on one side, function words on the other: not all of it dropped or added (pairs.ts)
  const sided = f.type === 'addition' || f.type === 'omission' ? splitOneSided(c, ctx) : null;
  // (a piece left on one side only is split again: a modal alone there is a deontic piece of its
  // own, "and should" → ", train staff and": the modal not repeated, beside the words added)
  if (sided) return sided.flatMap((p) => (len(p.b) === 0 || len(p.r) === 0 ? splitAll([p], ctx) : [p])).flatMap((p) => classifyCandidate(p, ctx));
  if (f.type === 'lexical' || f.type === 'omission' || f.type === 'addition') {
    // a coordinated limb ending with the words before the change, dropped beside a rewording (pairs.ts)
    const limb = splitRepeatedLimb(c, ctx);
    if (limb) return limb.flatMap((p) => classifyCandidate(p, ctx));
    // a rewording whose words correspond one to one: finer variants (pairs.ts)
    const finer = splitReworded(c, ctx);
    if (finer) return splitAll(finer, ctx).flatMap((p) => classifyCandidate(p, ctx));
  }
  return [f];
}

/** One side of the change a lone acronym standing for the other side's words and a little more (`acronymCovers`). */
function acronymForRun(c: Candidate, ctx: Ctx): boolean {
  const B = ctx.base.tokens.slice(c.b[0], c.b[1]);
  const R = ctx.reading.tokens.slice(c.r[0], c.r[1]);
  return acronymCovers(R, B, ctx.lex) || acronymCovers(B, R, ctx.lex);
}

/**
 * A universal quantifier (function-words.yaml `universals`) on one side of a change only, before a
 * noun the other side reads with content words the first lacks (a relative clause, a modifier:
 * "complaints that are unfounded" → "every complaint", "urgent reports" → "all reports"): the
 * quantifier takes in what the other side's words left out.
 */
function universalForRestriction(c: Candidate, ctx: Ctx): boolean {
  for (const [X, xs, Y, ys] of [[ctx.base, c.b, ctx.reading, c.r], [ctx.reading, c.r, ctx.base, c.b]] as const) {
    let u = -1;
    for (let i = xs[0]; i < xs[1] && u < 0; i++) if (ctx.lex.universals.has(X.tokens[i].n)) u = i;
    if (u < 0 || u + 1 >= xs[1]) continue;
    let other = false;
    for (let j = ys[0]; j < ys[1]; j++) if (ctx.lex.universals.has(Y.tokens[j].n)) other = true;
    if (other) return false;
    // the quantifier's noun, right after it (adjectives between), read on the other side too
    let n = u + 1;
    while (n < xs[1] && X.tokens[n].pos === 'ADJ') n++;
    if (n >= xs[1] || X.tokens[n].pos !== 'NOUN') continue;
    const lemma = X.tokens[n].lemma;
    let noun = -1;
    for (let j = ys[0]; j < ys[1] && noun < 0; j++) if (Y.tokens[j].lemma === lemma) noun = j;
    if (noun < 0) continue;
    // and words of content on the other side beside it that this side lacks
    const have = new Set<string>();
    for (let i = xs[0]; i < xs[1]; i++) if (X.content[i]) have.add(X.tokens[i].lemma);
    for (let j = ys[0]; j < ys[1]; j++) if (j !== noun && Y.content[j] && !have.has(Y.tokens[j].lemma)) return true;
  }
  return false;
}

/** Has the base side of the change a content word the reading side writes otherwise (a spelling, an inflection)? */
function lemmaUnpaired(c: Candidate, ctx: Ctx): boolean {
  const forms = new Set<string>();
  for (let j = c.r[0]; j < c.r[1]; j++) if (ctx.reading.content[j]) forms.add(ctx.reading.tokens[j].n);
  for (let i = c.b[0]; i < c.b[1]; i++) if (ctx.base.content[i] && !forms.has(ctx.base.tokens[i].n)) return true;
  return false;
}

/** A change re-aligned on spelling-folded lemmas (`refine`), and the accidental finding of each piece as far as it was looked for. */
interface Refined {
  pieces: Candidate[] | null;
  /** `found[k]`: the first accidental classifier's finding on piece k, or null (filled in order). */
  found: (Finding | null)[];
}

/** The accidental finding of piece k of a refined change (each piece classified once). */
function accidentalAt(r: Refined, k: number, ctx: Ctx): Finding | null {
  if (k < r.found.length) return r.found[k];
  const g = runClassifiers(accidentalClassifiers, r.pieces![k], ctx);
  r.found[k] = g;
  return g;
}

/** The change re-aligned on spelling-folded lemmas, when every piece is an accidental; else null. */
function accidentalPieces(r: Refined, ctx: Ctx): Finding[] | null {
  if (!r.pieces) return null;
  const out: Finding[] = [];
  for (let k = 0; k < r.pieces.length; k++) {
    const g = accidentalAt(r, k, ctx);
    if (!g) return null;
    out.push(g);
  }
  return out;
}

/**
 * Words dropped (or added) beside accidentals, which the aligner's cleanup merged into one change
 * over the few words read alike between them ("of the order, or within seventy-two" → ", or within
 * 72"): re-aligned on spelling-folded lemmas, every piece with words on both sides is an accidental
 * and some piece with content words is on one side only. Each piece on its own (the omission
 * 'of the order', the spelling 'seventy-two' → '72'); else null.
 */
function droppedBesideAccidentals(r: Refined, ctx: Ctx): Finding[] | null {
  const pieces = r.pieces;
  if (!pieces || pieces.length < 2) return null;
  const out: Finding[] = [];
  let oneSided = false;
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k];
    if (len(p.b) > 0 && len(p.r) > 0) {
      const g = accidentalAt(r, k, ctx);
      if (!g) return null;
      out.push(g);
    } else oneSided ||= contentCount(len(p.b) ? ctx.base : ctx.reading, ...(len(p.b) ? p.b : p.r)) > 0;
  }
  if (!oneSided) return null;
  if (out.length === 0) {
    // every piece on one side only: an additive adverb added (dropped) on one side of a word both
    // read and content words dropped (added) on the other ("must be switched off" → "will also be
    // off"): the adverb is grammar of its own (function-words.yaml `additive-adverbs`), the words
    // an omission, not one rewording 'be switched' → 'also be'
    const additive = (p: Candidate) => {
      const [T, s] = len(p.b) ? [ctx.base.tokens, p.b] : [ctx.reading.tokens, p.r];
      return ctx.lex.additiveAdverbs.has(T.slice(s[0], s[1]).map((t) => t.n).join(' '));
    };
    if (!pieces.some(additive)) return null;
  }
  for (const p of pieces) if (len(p.b) === 0 || len(p.r) === 0) out.push(...classifyCandidate(p, ctx));
  return out;
}

/**
 * A rewording the aligner's cleanup ran across a word both sides read ("data within 72" →
 * "information within seventy-two", "transfers for a period of" → "transmissions for"): re-aligned
 * without the cleanup, the two pieces on either side of the one word read alike are variants of
 * other kinds.
 * Each piece on its own when one piece is one word replaced by one and the other an accidental other
 * than grammar or marks (the spelling '72' → 'seventy-two'), or when the lexical piece is one noun for another and the others
 * are words dropped or added (a verb's rewording may take in the words after it, "ensure the
 * security of the data" → "protect the data", and stays one). Else null: the pieces of one kind,
 * a rewording, stay one.
 */
function lexicalAcrossAlike(c: Candidate, ctx: Ctx): Finding[] | null {
  const B = ctx.base.tokens;
  const R = ctx.reading.tokens;
  const ops = alignTokens(B.slice(c.b[0], c.b[1]), R.slice(c.r[0], c.r[1]), { cleanup: false });
  // (two pieces around one word read alike: a longer rewording that matches a word here and there,
  // "assess the impact of an artificial intelligence system on" → "check how an AI system could
  // affect", stays one)
  if (ops.length !== 3 || ops[1].op !== 'equal' || len(ops[1].baseSpan) !== 1 || B[c.b[0] + ops[1].baseSpan[0]].punct) return null;
  const pieces: Candidate[] = [];
  for (const o of ops) if (o.op !== 'equal') pieces.push({ b: [c.b[0] + o.baseSpan[0], c.b[0] + o.baseSpan[1]], r: [c.r[0] + o.readingSpan[0], c.r[0] + o.readingSpan[1]] });
  if (pieces.length !== 2) return null;
  const found = pieces.map((p) => runClassifiers(classifiers, p, ctx));
  if (found.some((g) => !g)) return null;
  const lexical = found.filter((g) => g!.type === 'lexical');
  if (lexical.length !== 1) return null;
  const rest = found.filter((g) => g!.type !== 'lexical');
  const noun = (t: Token) => t.pos === 'NOUN' || t.pos === 'PROPN';
  const L = lexical[0]!;
  // (one word for one word: a phrase reworded, "assess the impact of an artificial intelligence" →
  // "check how an AI", is one change with what it spans)
  if (!L.b || !L.r || len(L.b) !== 1 || len(L.r) !== 1) return null;
  const nounForNoun = noun(B[L.b[0]]) && noun(R[L.r[0]]);
  // (not grammar: a word in another class beside it, "an open, secure and stable" → "the openness,
  // security, and stability", is one construction changed)
  // (nor marks: a rewording keeps the marks it spans, ", and illegal" against "and the unauthorized")
  const accidental = (g: Finding | null) => g!.type !== 'grammatical' && g!.type !== 'punctuation' && ACCIDENTAL.has(g!.type);
  const ok = rest.every(accidental) || (nounForNoun && rest.every((g) => g!.type === 'omission' || g!.type === 'addition' || accidental(g)));
  if (!ok) return null;
  return pieces.flatMap((p) => classifyCandidate(p, ctx));
}

/** Run the classifiers' splits over candidates (as the driver does for the edits). */
function splitAll(cands: Candidate[], ctx: Ctx): Candidate[] {
  for (const cl of SPLITTERS) {
    // (a new list only once some candidate is cut: most are not)
    let next: Candidate[] | null = null;
    for (let k = 0; k < cands.length; k++) {
      const parts = cl.split!(cands[k], ctx);
      if (parts) {
        next ??= cands.slice(0, k);
        for (const p of parts) next.push(p);
      } else if (next) next.push(cands[k]);
    }
    if (next) cands = next;
  }
  return cands;
}

/** The classifiers that split candidates, and those that claim, in list order. */
const SPLITTERS = classifiers.filter((cl) => cl.split);
const CLAIMERS = classifiers.filter((cl) => cl.claim);

/**
 * An addition whose base side is only function words and punctuation the witness also has, in
 * order (", and" → "and candidly, and work together to"): the aligner's cleanup merged insertions
 * around a shared ", and". Without cleanup the base words all align, and each inserted run is its
 * own addition (symmetrically for an omission). Null when the small side does not align whole.
 */
function pureEdits(c: Candidate, ctx: Ctx, addition: boolean): Candidate[] | null {
  const ops = alignTokens(ctx.base.tokens.slice(c.b[0], c.b[1]), ctx.reading.tokens.slice(c.r[0], c.r[1]), { cleanup: false });
  const out: Candidate[] = [];
  for (const op of ops) {
    if (op.op === 'equal') continue;
    if (op.op === 'replace' || (addition ? op.op === 'delete' : op.op === 'insert')) return null;
    out.push({ b: [c.b[0] + op.baseSpan[0], c.b[0] + op.baseSpan[1]], r: [c.r[0] + op.readingSpan[0], c.r[0] + op.readingSpan[1]] });
  }
  return out.length ? out : null;
}

/** Re-align a change on lemmas (spelling-folded): the differing pieces, or null if nothing splits. */
function refine(c: Candidate, ctx: Ctx): Candidate[] | null {
  const key = (t: Token) => spellingKey(t.lemma, ctx.lex);
  const B = ctx.base.tokens.slice(c.b[0], c.b[1]);
  const R = ctx.reading.tokens.slice(c.r[0], c.r[1]);
  const ops = alignTokens(B, R, { key, cleanup: false });
  if (ops.length === 1 && ops[0].op !== 'equal') return peelPunctuation(c, ctx);
  const out: Candidate[] = [];
  for (const op of ops) {
    const b0 = c.b[0] + op.baseSpan[0];
    const r0 = c.r[0] + op.readingSpan[0];
    if (op.op !== 'equal') {
      out.push({ b: [b0, c.b[0] + op.baseSpan[1]], r: [r0, c.r[0] + op.readingSpan[1]] });
      continue;
    }
    const n = op.baseSpan[1] - op.baseSpan[0];
    for (let k = 0; k < n; k++) {
      if (ctx.base.tokens[b0 + k].n !== ctx.reading.tokens[r0 + k].n) out.push({ b: [b0 + k, b0 + k + 1], r: [r0 + k, r0 + k + 1] });
    }
  }
  return out.length ? out : null;
}

/**
 * Punctuation at the edge of one side of a change that aligns as a whole (", and" → "&"): the
 * punctuation on its own and the rest, or null when neither side has any there.
 */
function peelPunctuation(c: Candidate, ctx: Ctx): Candidate[] | null {
  if (len(c.b) === 0 || len(c.r) === 0) return null;
  const punct = (side: Side, i: number) => side.tokens[i].punct;
  let bs = c.b[0];
  let rs = c.r[0];
  while (bs < c.b[1] - 1 && punct(ctx.base, bs)) bs++;
  while (rs < c.r[1] - 1 && punct(ctx.reading, rs)) rs++;
  let be = c.b[1];
  let re = c.r[1];
  while (be - 1 > bs && punct(ctx.base, be - 1)) be--;
  while (re - 1 > rs && punct(ctx.reading, re - 1)) re--;
  if (bs === c.b[0] && rs === c.r[0] && be === c.b[1] && re === c.r[1]) return null;
  const out: Candidate[] = [];
  if (bs > c.b[0] || rs > c.r[0]) out.push({ b: [c.b[0], bs], r: [c.r[0], rs] });
  out.push({ b: [bs, be], r: [rs, re] });
  if (be < c.b[1] || re < c.r[1]) out.push({ b: [be, c.b[1]], r: [re, c.r[1]] });
  return out;
}

/** Turn a finding into a Variant. `mapB` maps compared base indices to unit indices (sentence subsets). */
export function toVariant(
  f: Finding,
  unit: string,
  witness: string,
  base: Side,
  reading: Side,
  lex: Lexicons,
  mapB?: (i: number) => number,
): Variant {
  const cls = classOf(f.type);
  const cb = f.b ? contentCount(base, f.b[0], f.b[1]) : 0;
  const cr = f.r ? contentCount(reading, f.r[0], f.r[1]) : 0;
  const n = Math.max(1, Math.min(lex.weights.maxContent, Math.max(cb, cr)));
  let w = lex.weights.type[f.type] + lex.weights.perContentWord * (n - 1);
  w = cls === 'accidental' ? Math.min(1, w) : Math.max(2, w);
  const baseSpan: Span | null = f.b ? (mapB ? [mapB(f.b[0]), mapB(f.b[1] - 1) + 1] : [f.b[0], f.b[1]]) : null;
  const b = f.b ? text(base, f.b) : '';
  const r = f.r ? text(reading, f.r) : '';
  const readingSpan: Span | null = f.r ? [f.r[0], f.r[1]] : null;
  const weight = Math.round(w * 100) / 100;
  // the field order of types.ts: direction (when there is one) before explanation
  if (f.direction) {
    return { unit, witness, type: f.type, class: cls, base: b, reading: r, baseSpan, readingSpan, direction: f.direction, explanation: f.explanation, weight };
  }
  return { unit, witness, type: f.type, class: cls, base: b, reading: r, baseSpan, readingSpan, explanation: f.explanation, weight };
}

export function typeRank(t: VariantType): number {
  return TYPE_RANK.get(t) ?? 99;
}

export function segmentsOf(ops: readonly AlignOp[], base: readonly Token[], reading: readonly Token[]): Segment[] {
  return ops.map((op) => ({
    op: op.op,
    base: textIn(base, op.baseSpan[0], op.baseSpan[1]),
    reading: textIn(reading, op.readingSpan[0], op.readingSpan[1]),
  }));
}

/**
 * A standard restated as a condition with a verb of its own closing it ("in accordance with
 * national law" → "where national law allows", "… permits", and back): the connective found
 * as grammar ("in accordance with" → "where") and the verb as an addition (omission) beside it are
 * one rewording of the condition, the same law its scope: one `lexical` over the whole condition,
 * the words between read alike (at most MAX_CONDITION_GAP tokens, no clause punctuation), the verb
 * right before the end of the sentence or a clause mark. Mutates `findings`.
 */
const MAX_CONDITION_GAP = 6;
function conditionVerbAdded(findings: Finding[], ctx: Ctx): void {
  for (const g of [...findings]) {
    if (g.type !== 'grammatical' || !g.b || !g.r || !g.explanation.startsWith('grammatical (another connective for the same condition)')) continue;
    for (const added of [true, false]) {
      const [S, s] = added ? [ctx.reading, g.r] : [ctx.base, g.b];
      // (a standard's connective on the side without the verb, "in accordance with national law":
      // the law the act must follow made the law that allows it; "in case of incidents" → "when
      // incidents occur" states the same condition, its verb mere grammar of the clause)
      const other = added ? g.b : g.r;
      const oS = added ? ctx.base : ctx.reading;
      const ow = wordsKey(oS, other);
      if (!ctx.lex.standardStrict.has(ow) && !ctx.lex.standardLoose.has(ow)) continue;
      const h = findings.find((x) => (added ? x.type === 'addition' && x.r && !x.b : x.type === 'omission' && x.b && !x.r) && len((added ? x.r : x.b)!) === 1);
      if (!h) continue;
      const v = (added ? h.r : h.b)![0];
      const T = S.tokens;
      if (v <= s[1] || v - s[1] > MAX_CONDITION_GAP || T[v].pos !== 'VERB' || T[v].sentence !== T[s[0]].sentence) continue;
      let ok = true;
      for (let k = s[1]; k < v && ok; k++) ok = !T[k].punct && !findings.some((x) => x !== g && (added ? x.r : x.b) && k >= (added ? x.r : x.b)![0] && k < (added ? x.r : x.b)![1]);
      const next = T[v + 1];
      if (!ok || (next && next.sentence === T[v].sentence && !isClausePunct(next))) continue;
      // the other side's condition: from its connective over the same words read alike
      const gap = v - s[1];
      const b: Span = added ? [g.b[0], g.b[1] + gap] : [g.b[0], v + 1];
      const r: Span = added ? [g.r[0], v + 1] : [g.r[0], g.r[1] + gap];
      const c: Candidate = { b, r };
      const f: Finding = { type: 'lexical', b, r, at: b[0], explanation: `wording changed: ${change(ctx, c)} — the condition reworded with a verb of its own, the same scope` };
      findings.splice(findings.indexOf(g), 1, f);
      findings.splice(findings.indexOf(h), 1);
      break;
    }
  }
}

/**
 * The same accidental read on both sides, reported as dropped in one place and added in another
 * only because the alignment cut it off from its words. Two cases, the word (mark) dropped and the
 * one added, with the same form, both set aside:
 * - in one change ("personal data[, and providers] shall" → "personal data[ management practices
 *   of the covered business, and the covered business] shall"): the coordinator is read in both, at
 *   the same joint; no variant of its own;
 * - beside a moved limb, at its edge on each side ("A, and B." → "B, and A."): the comma and
 *   connective travel with the limb moved, which the transposition reports.
 * Only one-sided punctuation and grammatical findings. Mutates `findings`.
 */
function sameWordsBothWays(findings: Finding[], ctx: Ctx): void {
  const one = (f: Finding) => (f.type === 'punctuation' || f.type === 'grammatical') && !!f.b !== !!f.r;
  if (!findings.some(one)) return;
  const form = (f: Finding) => (f.b ? text(ctx.base, f.b) : text(ctx.reading, f.r!)).toLowerCase();
  const gone = new Set<Finding>();
  const pair = (drops: Finding[], adds: Finding[]) => {
    for (const d of drops) {
      if (gone.has(d)) continue;
      const a = adds.find((x) => !gone.has(x) && form(x) === form(d));
      if (a) {
        gone.add(d);
        gone.add(a);
      }
    }
  };
  // in one change
  for (const op of ctx.ops) {
    if (op.op !== 'replace') continue;
    const inside = (s: Span | null, o: Span) => !!s && s[0] >= o[0] && s[1] <= o[1];
    const drops = findings.filter((f) => one(f) && inside(f.b, op.baseSpan));
    const adds = findings.filter((f) => one(f) && inside(f.r, op.readingSpan));
    if (drops.length && adds.length) pair(drops, adds);
  }
  // beside a moved limb: the one-sided accidentals that run on from its edges, on each side
  const around = (t: Span, key: 'b' | 'r'): Finding[] => {
    const list = findings.filter((f) => one(f) && !!f[key]);
    const out: Finding[] = [];
    for (const dir of [1, -1]) {
      let edge = dir > 0 ? t[1] : t[0];
      for (;;) {
        const f = list.find((x) => (dir > 0 ? x[key]![0] === edge : x[key]![1] === edge));
        if (!f) break;
        out.push(f);
        edge = dir > 0 ? f[key]![1] : f[key]![0];
      }
    }
    return out;
  };
  for (const t of findings) {
    if (t.type !== 'transposition' || !t.b || !t.r) continue;
    pair(around(t.b, 'b').filter((f) => !f.r), around(t.r, 'r').filter((f) => !f.b));
  }
  if (gone.size === 0) return;
  for (let k = findings.length - 1; k >= 0; k--) if (gone.has(findings[k])) findings.splice(k, 1);
}

/**
 * A noun's modifier reworded and the noun made the first item of a list ("an [information society]
 * service likely to …" → "an [online] service[, product, or feature] likely to …"): the alignment
 * keeps the noun and leaves the list's other items an addition beside the rewording. The noun now
 * stands for several things: one lexical over the rewording, the kept noun and the items added
 * ('information society service' → 'online service, product, or feature'). Only one kept word
 * between, a noun, and an addition that opens with a list joint (a comma or coordinator) and holds a
 * coordinator. Mutates `findings`.
 */
function listGrownFromReworded(findings: Finding[], ctx: Ctx): void {
  for (const L of findings.slice()) {
    if (L.type !== 'lexical' || !L.b || !L.r || len(L.b) === 0 || len(L.r) === 0) continue;
    // (the words reworded modify the noun: "abide by [laws] and regulations" → "respect the [laws]"
    // rewords a verb, and the item dropped is an omission of its own)
    const modifier = (t: Token) => t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN';
    if (!modifier(ctx.base.tokens[L.b[1] - 1]) || !modifier(ctx.reading.tokens[L.r[1] - 1])) continue;
    // (a list cut back to its first item is not folded in: the items dropped narrow what the
    // noun covers, an omission the reader must see)
    for (const dropped of [false]) {
      const [X, Y] = dropped ? [ctx.base, ctx.reading] : [ctx.reading, ctx.base];
      const xEnd = dropped ? L.b[1] : L.r[1];
      const yEnd = dropped ? L.r[1] : L.b[1];
      const O = findings.find((f) => f.type === (dropped ? 'omission' : 'addition') && !!(dropped ? f.b : f.r) && (dropped ? f.b : f.r)![0] === xEnd + 1);
      if (!O) continue;
      const os = (dropped ? O.b : O.r)!;
      const kept = X.tokens[xEnd];
      if (kept.pos !== 'NOUN' || Y.tokens[yEnd]?.n !== kept.n) continue;
      const op = ctx.ops.find((o) => o.op === 'equal' && (dropped ? o.baseSpan : o.readingSpan)[0] <= xEnd && (dropped ? o.baseSpan : o.readingSpan)[1] > xEnd);
      if (!op) continue;
      const first = X.tokens[os[0]];
      // (items of a list of nouns: no verb, "and how businesses can comply" is a clause of its own)
      const items = X.tokens.slice(os[0], os[1]);
      if (!(first.n === ',' || first.pos === 'CCONJ') || !items.some((t) => t.pos === 'CCONJ') || items.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) continue;
      const b: Span = dropped ? [L.b[0], os[1]] : [L.b[0], yEnd + 1];
      const r: Span = dropped ? [L.r[0], yEnd + 1] : [L.r[0], os[1]];
      L.b = b;
      L.r = r;
      L.explanation = `wording changed: ${q(text(ctx.base, b))} → ${q(text(ctx.reading, r))}`;
      findings.splice(findings.indexOf(O), 1);
      break;
    }
  }
}

/**
 * An editor's mark ("[deleted]": function-words.yaml `editorial-marks`) where the other side's words
 * are dropped right there ("by law, without prejudice to …." → "by law [deleted]."): it marks that
 * omission, which is reported; no variant of its own. Mutates `findings`.
 */
function editorialMarkBesideOmission(findings: Finding[], ctx: Ctx): void {
  const gone = (f: Finding) => (f.type === 'omission' || f.type === 'qualifier-dropped') && !!f.b && !f.r;
  for (let k = findings.length - 1; k >= 0; k--) {
    const m = findings[k];
    if (m.type !== 'punctuation' || m.b || !m.r || !editorialMark(ctx.reading, m.r, ctx.lex)) continue;
    const at = m.at ?? -1;
    if (findings.some((f) => gone(f) && at >= f.b![0] && at <= f.b![1])) findings.splice(k, 1);
  }
}
