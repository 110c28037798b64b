/**
 * `modality`: the strength of an obligation or prohibition changes (lexicons/modality.yaml).
 *
 * split: a change that contains modal markers (auxiliary, directive verb, negator) among other
 * words is cut so that each cluster of markers becomes its own *deontic* candidate and the words
 * around it are judged on their own: "encourage" → "require their" gives a modality variant
 * (encourage → require) and a grammatical one (their).
 *
 * classify: compare the frames (side.ts) of the two sides of a deontic candidate.
 *   positive obligations: directive verbs when both sides have one and they differ, else the
 *     auxiliaries ("should" → "must"), else whichever is present; a missing frame counts 0.
 *   prohibitions (both negated): prohibition strength = auxiliary + never-boost ("should not" 4 <
 *     "should never" = "shall not" 5 < "must not" 6); but when the directive verbs differ, the
 *     verbs decide, read backwards: forbidding the milder act forbids more ("should not request"
 *     → "never force" is weakened).
 *   equal strength (a modal that does not change, "shall not" → "should never") is not modality.
 */
import type { Direction, Span, Token } from '../../types.js';
import { type Candidate, type Classifier, type Ctx, type Finding, alikeMap, change, finding, len, q, text, unclaimed, facing, oriented, union } from '../context.js';
import { exempts } from './qualifier.js';
import { clauseAgainstModifier } from './actor.js';
import { directiveElsewhere, permissionWithoutAsExemption } from './negation.js';
import { isReportingVerb, reportingVerbBefore, tailFrame } from './reported.js';
import { type Frame, NP_POS, type Side, auxEnd, contentCount, contentLemmas, directiveVerb, firstFrameFrom, frameAt, inSubject, isClausePunct, negativeDeterminer, negativeVerbIn, negatorIn, objectActAt, objectNegated } from '../side.js';

function isMarker(side: Side, i: number): boolean {
  return side.marker[i] >= 0 || side.neg[i];
}

/** Clusters of markers inside [a,b): markers separated by at most one function word or adverb. */
function clusters(side: Side, a: number, b: number, lex: Ctx['lex']): Span[] {
  const out: Span[] = [];
  let i = a;
  while (i < b) {
    if (!isMarker(side, i)) {
      i++;
      continue;
    }
    let e = i + 1;
    for (;;) {
      if (e < b && isMarker(side, e)) e++;
      else if (e + 1 < b && (side.fn[e] || side.tokens[e].pos === 'ADV') && isMarker(side, e + 1)) e += 2;
      else break;
    }
    // (a verb of refraining with its preposition, "refrain from": negation.yaml `refraining-particles`)
    if (e < b && side.neg[e - 1] && side.tokens[e - 1].pos === 'VERB' && lex.refrainingParticles.has(side.tokens[e].n)) e++;
    // (the perfect auxiliary of a directive verb, "have committed to", "has undertaken to": the
    // formula is one, not "have" added beside it)
    const f = side.marker[i] >= 0 ? side.frames[side.marker[i]] : null;
    const have = i - 1 >= a && side.tokens[i - 1].lemma === 'have' && side.tokens[i - 1].pos === 'AUX' && side.marker[i - 1] < 0 && (f?.verb?.[0] === i || f?.aux?.[0] === i) && side.tokens[i].pos === 'VERB' && (out.length === 0 || out[out.length - 1][1] < i);
    // (a marker that is a noun, "willingness to", with the verb that declares it and its possessive
    // before it, "affirm our willingness to": the formula is one, not "affirm our" dropped beside it)
    const T = side.tokens;
    const noun = !have && T[i].pos === 'NOUN' && i - 2 >= a && T[i - 1].pos === 'PRON' && side.fn[i - 1] && T[i - 2].pos === 'VERB' && side.marker[i - 2] < 0 && (out.length === 0 || out[out.length - 1][1] < i - 2);
    out.push([have ? i - 1 : noun ? i - 2 : i, e]);
    i = e;
  }
  return out;
}

/**
 * Only markers, function words, marks and the adverbs of sequence of a directive ("is further
 * requested": modality.yaml `directive-adverbs`), or a downtoner right before its verb ("is merely
 * encouraged": `directive-downtoners`; an intensifier there, "are strongly encouraged", stays a
 * variant of its own)?
 */
function onlyMarkersAndFunction(side: Side, s: Span, lex: Ctx['lex']): boolean {
  for (let i = s[0]; i < s[1]; i++) if (!isMarker(side, i) && !side.fn[i] && !side.tokens[i].punct && !lex.directiveAdverbs.has(side.tokens[i].n) && !degreeOfDirective(side, i, lex)) return false;
  return true;
}

/** Is token i a downtoner of a directive ("merely", "only") right before a frame's directive verb (past adverbs of sequence)? */
function degreeOfDirective(side: Side, i: number, lex: Ctx['lex']): boolean {
  const T = side.tokens;
  if (T[i].pos !== 'ADV' || !lex.directiveDowntoners.has(T[i].n)) return false;
  let k = i + 1;
  while (k < T.length && T[k].pos === 'ADV' && lex.directiveAdverbs.has(T[k].n)) k++;
  return k < T.length && side.marker[k] >= 0 && side.frames[side.marker[k]].verb?.[0] === k && !side.frames[side.marker[k]].verbNegative;
}

/**
 * Does the span hold a pronoun or a verb that is neither a marker nor a negator (a subject or
 * predicate of its own)? A verb of refraining is a negator ("to refrain from" dropped).
 */
function ownClause(side: Side, s: Span): boolean {
  for (let i = s[0]; i < s[1]; i++) {
    const p = side.tokens[i].pos;
    if (side.marker[i] < 0 && !side.neg[i] && (p === 'PRON' || p === 'VERB')) return true;
  }
  return false;
}

/**
 * Pair the clusters of the two sides in order, each cluster of the side with fewer going to the
 * free cluster of the other side nearest in relative position; unpaired clusters stay in the
 * words around (a marker without counterpart is part of a rewording).
 */
function pairClusters(cb: Span[], cr: Span[], c: Candidate): [Span[], Span[]] {
  const rel = (s: Span, whole: Span) => ((s[0] + s[1]) / 2 - whole[0]) / Math.max(1, len(whole));
  const fewerIsBase = cb.length <= cr.length;
  const few = fewerIsBase ? cb : cr;
  const many = fewerIsBase ? cr : cb;
  const fewWhole = fewerIsBase ? c.b : c.r;
  const manyWhole = fewerIsBase ? c.r : c.b;
  const picked: Span[] = [];
  let from = 0;
  few.forEach((s, i) => {
    const last = many.length - (few.length - i); // leave room for the clusters still to pair
    let best = from;
    for (let k = from; k <= last; k++) {
      if (Math.abs(rel(many[k], manyWhole) - rel(s, fewWhole)) < Math.abs(rel(many[best], manyWhole) - rel(s, fewWhole))) best = k;
    }
    picked.push(many[best]);
    from = best + 1;
  });
  return fewerIsBase ? [few, picked] : [picked, few];
}

/** Is token i a negator that opens a subject ("No State should…", "None of them may…")? */
function subjectNegator(side: Side, i: number): boolean {
  const t = side.tokens[i];
  return !!t && side.marker[i] >= 0 && negativeDeterminer(t, side.neg[i]);
}

/** Longest noun phrase read against a pronoun subject in `subjectAroundModal`, in tokens. */
const MAX_NP_SUBJECT = 4;

/**
 * The subject reworded around a modal one side drops or adds ("records shall be" → "files is",
 * "Controllers shall notify" → "The controller notifies"): the modal's force is its own change, not
 * lost in a rewording of the subject. On the side with the modal, the words of a noun phrase
 * before its (one) auxiliary; on the other side, as many content words, also of a noun phrase,
 * followed by the predicate (an auxiliary or a verb). The subjects are compared with each other, the rest (from
 * the modal on) is split again ("shall be" → "is": the modal dropped, "be" → "is").
 */
function subjectAroundModal(c: Candidate, ctx: Ctx, ks: Span[], fromBase: boolean): Candidate[] | null {
  const X = fromBase ? ctx.base : ctx.reading;
  const Y = fromBase ? ctx.reading : ctx.base;
  const xs = fromBase ? c.b : c.r;
  const ys = fromBase ? c.r : c.b;
  if (ks.length !== 1 || len(ys) === 0) return null;
  const k = ks[0];
  if (k[0] === xs[0] || !X.frames[X.marker[k[0]]]?.aux) return null;
  // (words of a noun phrase: "Access to identifiable records" has its last words in the change)
  const nominal = (side: Side, i: number) => NP_POS.has(side.tokens[i].pos) && side.marker[i] < 0 && !side.neg[i];
  let n = 0;
  for (let i = xs[0]; i < k[0]; i++) {
    if (!nominal(X, i)) return null;
    if (X.content[i]) n++;
  }
  // (a pronoun alone for the subject, "We intend to promote" → "Ministers underlined": the other
  // side's noun phrase, up to its verb, at most MAX_NP_SUBJECT tokens, stands against it)
  const pronoun = n === 0 && k[0] - xs[0] === 1 && X.tokens[xs[0]].pos === 'PRON';
  if (n === 0 && !pronoun) return null;
  const verbLike = (i: number) => i < Y.tokens.length && (Y.tokens[i].pos === 'VERB' || Y.tokens[i].pos === 'AUX');
  // (a coordinator opening the other side, the two rules read as limbs of one sentence: "Signatories
  // should empower" → "…, and we empower", a merge's second unit: the coordinator is a piece of its own)
  const y0 = Y.tokens[ys[0]].pos === 'CCONJ' && len(ys) > 1 ? ys[0] + 1 : ys[0];
  let p = y0;
  if (pronoun) {
    while (p < ys[1] && p - y0 < MAX_NP_SUBJECT && nominal(Y, p) && !verbLike(p)) p++;
    if (p - y0 >= MAX_NP_SUBJECT && !verbLike(p)) return null;
  }
  for (let seen = 0; !pronoun && p < ys[1] && seen < n; p++) {
    if (!nominal(Y, p)) return null;
    if (Y.content[p]) seen++;
  }
  // (the other side's subject all read before the predicate: it must end on a content word, or be a
  // pronoun that refers to the subject, "Contoso shall publish" → "We publish")
  if (p === y0 || (p === ys[1] && n > 0 && !Y.content[p - 1] && Y.tokens[p - 1].pos !== 'PRON') || !verbLike(p)) return null;
  const coord: Candidate[] = y0 > ys[0] ? [fromBase ? { b: [xs[0], xs[0]], r: [ys[0], y0] } : { b: [ys[0], y0], r: [xs[0], xs[0]] }] : [];
  const subject: Candidate = fromBase ? { b: [xs[0], k[0]], r: [y0, p] } : { b: [y0, p], r: [xs[0], k[0]] };
  const rest: Candidate = fromBase ? { b: [k[0], xs[1]], r: [p, ys[1]] } : { b: [p, ys[1]], r: [k[0], xs[1]] };
  return [...coord, subject, ...(split(rest, ctx) ?? [rest])];
}

/**
 * A bare infinitive opening a list item or clause on one side ("To respect the right to privacy;",
 * the item of a chapeau "Calls upon all States:"), a subject and a modal in its place on the other
 * ("States must respect …", "All Member States should respect …"): the subject made explicit and
 * the obligation laid on it are one change of force, as with a pronoun ("They must") or with the
 * directive verb named ("Calls upon States to" → "States must"); not a rewording of "To". The
 * other side is the "to" alone, first in its sentence or after a mark, before a verb; this side a
 * noun phrase (no verb, no marker) then one auxiliary that ends the change.
 */
function subjectModalForInfinitive(c: Candidate, ctx: Ctx, ks: Span[], fromBase: boolean): boolean {
  const X = fromBase ? ctx.base : ctx.reading;
  const Y = fromBase ? ctx.reading : ctx.base;
  const xs = fromBase ? c.b : c.r;
  const ys = fromBase ? c.r : c.b;
  if (ks.length !== 1 || len(ys) !== 1 || ks[0][1] !== xs[1] || ks[0][0] === xs[0]) return false;
  const to = Y.tokens[ys[0]];
  const prev = Y.tokens[ys[0] - 1];
  // (the verb after "to": the tagger may read a sentence-opening "To respect" as a noun; the same
  // word read as the verb after the modal will do)
  const act = Y.tokens[ys[1]];
  const verb = act && (act.pos === 'VERB' || (X.tokens[xs[1]]?.pos === 'VERB' && X.tokens[xs[1]].lemma === act.lemma));
  if (to.n !== 'to' || !verb || (prev && prev.sentence === to.sentence && !prev.punct)) return false;
  const f = X.frames[X.marker[ks[0][0]]];
  if (!f?.aux || f.verb) return false;
  let head = false;
  for (let i = xs[0]; i < ks[0][0]; i++) {
    if (!NP_POS.has(X.tokens[i].pos) || X.marker[i] >= 0 || X.neg[i]) return false;
    if (X.tokens[i].pos === 'NOUN' || X.tokens[i].pos === 'PROPN' || X.tokens[i].pos === 'PRON') head = true;
  }
  return head;
}

/**
 * A modal opening the change on one side against the "to" of a directive verb's complement on the
 * other, the act reworded after it ("Requests the Secretary-General to provide the mechanism with
 * the necessary support" → "The Secretary-General must support the new body": "to provide the
 * mechanism with the necessary" → "must"). The "to" is where the directive's force stands: it and
 * the modal are one deontic piece (joined with the directive verb over the subject by the driver),
 * the act's words are compared on their own. The directive verb (with no auxiliary of its own) must
 * be in force at the "to", in its sentence, at most `subjectMaxWords` before it.
 */
function complementSlot(c: Candidate, ctx: Ctx, ks: Span[], fromBase: boolean): Candidate[] | null {
  const X = fromBase ? ctx.base : ctx.reading;
  const Y = fromBase ? ctx.reading : ctx.base;
  const xs = fromBase ? c.b : c.r;
  const ys = fromBase ? c.r : c.b;
  if (ks.length !== 1 || ks[0][0] !== xs[0] || len(ys) < 2) return null;
  const fx = X.frames[X.marker[ks[0][0]]];
  if (!fx?.aux || fx.verb || fx.negs.length > 0) return null;
  if (Y.tokens[ys[0]].n !== 'to' || Y.tokens[ys[0] + 1]?.pos !== 'VERB') return null;
  const fy = frameAt(Y, ys[0]);
  if (!fy?.verb || fy.aux || fy.verb[1] > ys[0] || ys[0] - fy.verb[1] > ctx.lex.thresholds.subjectMaxWords) return null;
  const head: Candidate = fromBase ? { b: ks[0], r: [ys[0], ys[0] + 1], deontic: true } : { b: [ys[0], ys[0] + 1], r: ks[0], deontic: true };
  const rest: Candidate = fromBase ? { b: [ks[0][1], xs[1]], r: [ys[0] + 1, ys[1]] } : { b: [ys[0] + 1, ys[1]], r: [ks[0][1], xs[1]] };
  return len(rest.b) + len(rest.r) > 0 ? [head, ...(split(rest, ctx) ?? [rest])] : [head];
}

/**
 * A cluster that is a directive verb in the passive ("is encouraged to", "are requested to") with the
 * words of that construction: the form of "be" right before the verb and the "to" right after it, when
 * they lie in the change (`within`). "should" → "is encouraged to" is one change of frame, not a
 * modality beside two grammatical words.
 */
function passiveWords(side: Side, k: Span, within: Span, lex: Ctx['lex']): Span {
  const f = side.marker[k[0]] >= 0 ? side.frames[side.marker[k[0]]] : null;
  if (!f?.verb || f.aux || !passiveDirective(side, f)) return toAfterPassive(side, k, within);
  // (the frame's negators may open the cluster before the verb: "are not required to")
  let v = k[0];
  while (v < f.verb[0] && f.negs.includes(v)) v++;
  if (f.verb[0] !== v) return k;
  const T = side.tokens;
  // (past a downtoner of the directive: "are merely encouraged to")
  let e = k[0] - 1;
  while (e >= within[0] && e > k[0] - 3 && degreeOfDirective(side, e, lex)) e--;
  const a = e >= within[0] && T[e].lemma === 'be' ? e : k[0];
  const b = k[1] < within[1] && f.verb[1] === k[1] && T[k[1]].n === 'to' ? k[1] + 1 : k[1];
  return [a, b];
}

/**
 * A cluster that ends with a directive verb in the passive after an auxiliary of its own ("will not
 * be required", "would be obliged"): the "to" right after the verb, in the change, is the
 * construction's own ("should" → "will not be required to"), not a function word left over.
 */
function toAfterPassive(side: Side, k: Span, within: Span): Span {
  const T = side.tokens;
  const m = side.marker[k[1] - 1];
  const f = m >= 0 ? side.frames[m] : null;
  if (!f?.verb || f.verb[1] !== k[1] || k[1] >= within[1] || T[k[1]].n !== 'to') return k;
  const v = T[f.verb[0]];
  if (v.n === v.lemma || f.verb[0] === 0 || T[f.verb[0] - 1].lemma !== 'be') return k;
  return [k[0], k[1] + 1];
}

/**
 * The inner marker of a chain of auxiliaries opening a larger rewording, its outer auxiliary kept
 * before the change ("will endeavour to support capacity building through training" → "will train
 * together"): the hedge (or commitment) dropped or added is a change of force of its own, compared
 * with the auxiliary in force on the other side ("will endeavour to" → "will": strengthened), and the
 * words after it are compared on their own. The cluster opens the change on its side and is all of
 * one frame's auxiliary phrase, which starts before the change; the other side has no marker in the
 * change, and a frame with an auxiliary of its own is in force there, before the change.
 */
function innerOfChain(c: Candidate, ctx: Ctx, ks: Span[], fromBase: boolean): Candidate[] | null {
  const X = fromBase ? ctx.base : ctx.reading;
  const Y = fromBase ? ctx.reading : ctx.base;
  const xs = fromBase ? c.b : c.r;
  const ys = fromBase ? c.r : c.b;
  if (ks.length !== 1 || ks[0][0] !== xs[0] || ks[0][1] >= xs[1] || len(ys) === 0) return null;
  const k = ks[0];
  const fx = X.frames[X.marker[k[0]]];
  if (!fx?.aux || fx.verb || fx.negs.length > 0 || fx.aux[0] >= k[0] || fx.aux[1] !== k[1]) return null;
  const fy = frameAt(Y, ys[0]);
  if (!fy?.aux || fy.verb || fy.negs.length > 0 || auxEnd(fy) > ys[0]) return null;
  // (the act after the chain: a verb on each side, "support" / "train")
  if (X.tokens[k[1]].pos !== 'VERB' || Y.tokens[ys[0]].pos !== 'VERB') return null;
  const head: Candidate = fromBase ? { b: k, r: [ys[0], ys[0]], deontic: true } : { b: [ys[0], ys[0]], r: k, deontic: true };
  const rest: Candidate = fromBase ? { b: [k[1], xs[1]], r: ys } : { b: ys, r: [k[1], xs[1]] };
  return [head, ...(split(rest, ctx) ?? [rest])];
}

/**
 * A negator with its do-support opening the change on one side, the same verb (another form of it)
 * opening the change on the other side ("does not create legal obligations" → "creates
 * obligations"): the negated auxiliary dropped (or added) is its own deontic piece, the polarity
 * flip, and the predicate is compared on its own ("create legal" → "creates": an inflection and an
 * omission). "do" is no marker, so without this the negator would be read inside a rewording of the
 * predicate, and dropped beside another dropped word it would be a plain omission. A different verb
 * after the negator ("does not hinder" → "supports") is a rewording, left whole.
 */
function negatedDoSupport(c: Candidate, ctx: Ctx, ks: Span[], fromBase: boolean): Candidate[] | null {
  const X = fromBase ? ctx.base : ctx.reading;
  const Y = fromBase ? ctx.reading : ctx.base;
  const xs = fromBase ? c.b : c.r;
  const ys = fromBase ? c.r : c.b;
  if (ks.length !== 1 || len(ys) === 0 || ks[0][0] !== xs[0] + 1 || ks[0][1] >= xs[1]) return null;
  const k = ks[0];
  const d = X.tokens[xs[0]];
  if (d.lemma !== 'do' || d.pos !== 'AUX') return null;
  for (let i = k[0]; i < k[1]; i++) if (!X.neg[i] || X.marker[i] >= 0) return null;
  const v = X.tokens[k[1]];
  const w = Y.tokens[ys[0]];
  if (v.pos !== 'VERB' || w.pos !== 'VERB' || v.lemma !== w.lemma) return null;
  const head: Candidate = fromBase ? { b: [xs[0], k[1]], r: [ys[0], ys[0]], deontic: true } : { b: [ys[0], ys[0]], r: [xs[0], k[1]], deontic: true };
  const rest: Candidate = fromBase ? { b: [k[1], xs[1]], r: ys } : { b: ys, r: [k[1], xs[1]] };
  return [head, rest];
}

function split(c: Candidate, ctx: Ctx): Candidate[] | null {
  if (c.deontic) return null;
  // a permission to act without a thing restated as an exemption from it: one piece, the same rule
  // ("may take place without" → "shall not require": negation.ts)
  if (permissionWithoutAsExemption(ctx, c)) return [{ ...c, deontic: true }];
  // a negative subject on one side only is the negation of that side's predicate: its own deontic
  // piece ("States should" → "No State should": an obligation becomes a prohibition), the rest of the
  // subject compared on its own ("States" → "State")
  const nb = len(c.b) > 0 && subjectNegator(ctx.base, c.b[0]);
  const nr = len(c.r) > 0 && subjectNegator(ctx.reading, c.r[0]);
  if (nb !== nr) {
    const head: Candidate = nb ? { b: [c.b[0], c.b[0] + 1], r: [c.r[0], c.r[0]], deontic: true } : { b: [c.b[0], c.b[0]], r: [c.r[0], c.r[0] + 1], deontic: true };
    const rest: Candidate = { b: [head.b[1], c.b[1]], r: [head.r[1], c.r[1]] };
    return len(rest.b) + len(rest.r) > 0 ? [head, ...(split(rest, ctx) ?? [rest])] : [head];
  }
  const cb = clusters(ctx.base, c.b[0], c.b[1], ctx.lex);
  const cr = clusters(ctx.reading, c.r[0], c.r[1], ctx.lex);
  if (cb.length === 0 && cr.length === 0) return null;
  // a whole clause dropped (added) in the place of a word added to (dropped from) the bearer after
  // it ("A State should not use …, and [States]" → "Member [States]"): the clause's modal goes with
  // it, not cut off as a change of force (actor.ts)
  const clause = clauseAgainstModifier(c, ctx);
  if (clause) return clause;
  const restated = leadRestated(c, ctx, cb, cr);
  if (restated) return restated;
  if (len(c.b) === 0 || len(c.r) === 0) {
    // a pure omission or addition: deontic only if made of markers and function words, and not
    // a clause of its own: a pronoun or a verb beside the modal ("…, they should do it" dropped)
    // carries a subject or predicate, so the words are omitted, not the force weakened
    const side = len(c.b) ? ctx.base : ctx.reading;
    const s = len(c.b) ? c.b : c.r;
    // (a directive verb the other side reads elsewhere in the sentence, "unless a judge has
    // prohibited" → "unless … has been prohibited", was moved, not added: its words are compared as words)
    const moved = len(c.b) ? directiveElsewhere(ctx.base, c.b, ctx.reading, c.r, false) : directiveElsewhere(ctx.reading, c.r, ctx.base, c.b, false);
    if (onlyMarkersAndFunction(side, s, ctx.lex) && !ownClause(side, s) && !moved) return [{ ...c, deontic: true }];
    const inherited = len(c.b) > 0 ? subjectAndModalInherited(c, ctx, cb) : null;
    if (inherited) return inherited;
    // an auxiliary dropped with its verb, the verb read elsewhere in the reading's sentence (a phrase
    // put between: "should include, where appropriate," → ", where appropriate, includes"): the
    // modal dropped is its own piece, the verb moved another
    const before = cb.length + cr.length > 0 ? wordsBeforeModal(c, ctx, cb.length > 0 ? cb : cr, cb.length > 0) : null;
    if (before) return before;
    const bearer = subjectAndModalAdded(c, ctx, cr);
    if (bearer) return bearer;
    const lone = len(c.b) > 0 ? auxBeforeMovedVerb(ctx, c.b, c.r[0]) : -1;
    if (lone > 0) return [{ b: [c.b[0], lone], r: c.r, deontic: true }, { b: [lone, c.b[1]], r: [c.r[1], c.r[1]] }];
    // a coordinated modal dropped (added) together with the words before it ("only as long as
    // necessary and appropriate, and shall notify" → "… necessary and notify"): the modal and the
    // coordination that opens its limb are their own piece (the modal not repeated), the words
    // before them are judged on their own (an omission)
    const k = cb.length ? cb[cb.length - 1] : cr[cr.length - 1];
    const f = side.marker[k[0]] >= 0 ? side.frames[side.marker[k[0]]] : null;
    // (not when the same modal stands right before the span, "will [take effect on signature and
    // will] remain": the first limb is dropped whole, its coordinator and the modal repeated for
    // the second go with it, one omission; the modal in force is kept)
    const repeated = side.tokens[s[0] - 1]?.n === side.tokens[k[0]].n && side.marker[s[0] - 1] >= 0;
    if (k[1] === s[1] && f?.aux && !f.verb && !moved && !repeated) {
      let j = k[0];
      while (j > s[0] && (side.tokens[j - 1].pos === 'CCONJ' || isClausePunct(side.tokens[j - 1]))) j--;
      let conj = false;
      for (let i = j; i < k[0]; i++) if (side.tokens[i].pos === 'CCONJ') conj = true;
      if (conj && j > s[0]) {
        const head: Candidate = len(c.b) ? { b: [s[0], j], r: c.r } : { b: c.b, r: [s[0], j] };
        const tail: Candidate = len(c.b) ? { b: [j, s[1]], r: [c.r[1], c.r[1]], deontic: true } : { b: [c.b[1], c.b[1]], r: [j, s[1]], deontic: true };
        return [head, tail];
      }
    }
    return null;
  }
  if ((cb.length === 0) !== (cr.length === 0)) {
    if (subjectModalForInfinitive(c, ctx, cb.length > 0 ? cb : cr, cb.length > 0)) return [{ ...c, deontic: true }];
    const cond = conditionalAgainstModal(c, ctx, cb.length > 0 ? cb : cr, cb.length > 0);
    if (cond) return cond;
    const slot = complementSlot(c, ctx, cb.length > 0 ? cb : cr, cb.length > 0);
    if (slot) return slot;
    const around = subjectAroundModal(c, ctx, cb.length > 0 ? cb : cr, cb.length > 0);
    if (around) return around;
    const inner = innerOfChain(c, ctx, cb.length > 0 ? cb : cr, cb.length > 0);
    if (inner) return inner;
    const flip = negatedDoSupport(c, ctx, cb.length > 0 ? cb : cr, cb.length > 0);
    if (flip) return flip;
  }
  if (cr.length === 0 && cb.length > 0 && frameAt(ctx.reading, c.r[0]) === null) {
    // "States should handle" → "approach": the witness drops the subject and modal that open the
    // base clause and rewords the predicate (a summary's bare list of proposals). The subject and
    // modal are their own candidate (an omission), the predicate is compared on its own.
    const k = cb[0];
    const lead = k[0] === c.b[0] || inSubject(ctx.base, c.b[0], k[0]);
    let subjectOnly = true;
    for (let i = c.b[0]; i < k[0] && subjectOnly; i++) subjectOnly = inSubject(ctx.base, i, i + 1);
    if (lead && subjectOnly && k[1] < c.b[1] && ctx.base.frames[ctx.base.marker[k[0]]]?.aux) {
      const head: Candidate = { b: [c.b[0], k[1]], r: [c.r[0], c.r[0]] };
      if (k[0] === c.b[0]) head.deontic = true; // a bare modal: its force is modality's business
      return [head, { b: [k[1], c.b[1]], r: c.r }];
    }
  }
  if (cr.length === 0 && cb.length > 0) {
    const inherited = subjectAndModalInherited(c, ctx, cb);
    if (inherited) return inherited;
  }
  if (cb.length === 0 || cr.length === 0) {
    // a lone auxiliary against a limb that ends with its coordinator ("and should share" → "and train
    // staff and share"): the limb is added (dropped) before the verb, the auxiliary its own piece
    const limb = loneAuxBesideLimb(c, ctx, cb.length > 0 ? cb : cr, cb.length > 0);
    if (limb) return limb;
    if (elidedPredicate(c, ctx, cb.length > 0)) return [{ ...c, deontic: true }];
    // "shall require a licence" → "shall request a licence": the act "require" (`object-act`) against
    // a directive verb in its place; compared as directive verbs (require 6 → request 3)
    if (actAgainstDirective(c, ctx, cb.length > 0)) return [{ ...c, deontic: true }];
    const before = wordsBeforeModal(c, ctx, cb.length > 0 ? cb : cr, cb.length > 0);
    if (before) return before;
    const bearer = cb.length === 0 ? subjectAndModalAdded(c, ctx, cr) : null;
    if (bearer) return bearer;
    const inner = modalInRewording(c, ctx, cb.length > 0 ? cb : cr, cb.length > 0);
    if (inner) return inner;
    const negator = negatorBesideRewording(c, ctx, cb.length > 0 ? cb : cr, cb.length > 0);
    if (negator) return negator;
    const elided = elidedAfterWords(c, ctx, cb.length > 0 ? cb : cr, cb.length > 0);
    if (elided) return elided;
    // markers on one side only: deontic if made only of markers and function words ("with" →
    // "without"), otherwise a rewording, not a change of force
    return onlyMarkersAndFunction(ctx.base, c.b, ctx.lex) && onlyMarkersAndFunction(ctx.reading, c.r, ctx.lex) ? [{ ...c, deontic: true }] : null;
  }
  const inflected = modalDroppedBeforeSameVerb(c, ctx, cb, cr);
  if (inflected) return inflected;
  const urged = urgedProhibition(c, ctx, cb, cr);
  if (urged) return urged;
  if (cb.length === 1 && cr.length === 1) {
    // "Calls upon States to" → "Governments should": the directive verb before the subject on one
    // side, the modal after it on the other; the subjects are compared with each other
    const [kb, kr] = [cb[0], cr[0]];
    const leadB = kb[0] === c.b[0] && kr[1] === c.r[1] && kr[0] > c.r[0] && kb[1] < c.b[1] && directiveVerb(ctx.base, kb) !== null;
    const leadR = kr[0] === c.r[0] && kb[1] === c.b[1] && kb[0] > c.b[0] && kr[1] < c.r[1] && directiveVerb(ctx.reading, kr) !== null;
    if (leadB) return [{ b: kb, r: kr, deontic: true }, { b: [kb[1], c.b[1]], r: [c.r[0], kr[0]] }];
    if (leadR) return [{ b: kb, r: kr, deontic: true }, { b: [c.b[0], kb[0]], r: [kr[1], c.r[1]] }];
  }
  const [pb0, pr0] = pairClusters(cb, cr, c);
  const pb = pb0.map((k) => passiveWords(ctx.base, k, c.b, ctx.lex));
  const pr = pr0.map((k) => passiveWords(ctx.reading, k, c.r, ctx.lex));
  const pieces: Candidate[] = [];
  let b0 = c.b[0];
  let r0 = c.r[0];
  for (let i = 0; i < pb.length; i++) {
    if (pb[i][0] > b0 || pr[i][0] > r0) pieces.push({ b: [b0, pb[i][0]], r: [r0, pr[i][0]] });
    pieces.push({ b: pb[i], r: pr[i], deontic: true });
    b0 = pb[i][1];
    r0 = pr[i][1];
  }
  if (c.b[1] > b0 || c.r[1] > r0) pieces.push({ b: [b0, c.b[1]], r: [r0, c.r[1]] });
  return pieces.filter((p) => len(p.b) + len(p.r) > 0);
}

/**
 * The subject and modal that open a base clause dropped where the reading is a list item read under
 * its lead-in's frame ("The Participants will exchange" → "The two sides shall: | exchange"): the
 * modal is compared with the lead-in's (its own deontic piece, the frame in force at the item's
 * opening), the subject before it judged on its own.
 */
function subjectAndModalInherited(c: Candidate, ctx: Ctx, cb: Span[]): Candidate[] | null {
  const R = ctx.reading;
  if (!R.lead || cb.length === 0 || frameAt(R, c.r[0]) !== R.lead || c.r[0] > R.lead.start) return null;
  const k = cb[0];
  if (cb.length > 1 || (k[1] !== c.b[1] && len(c.r) === 0)) return null;
  const f = ctx.base.marker[k[0]] >= 0 ? ctx.base.frames[ctx.base.marker[k[0]]] : null;
  if (!f?.aux) return null;
  for (let i = c.b[0]; i < k[0]; i++) if (!inSubject(ctx.base, i, i + 1)) return null;
  // (the subject the lead-in names in the same words is carried by it: no variant)
  const words = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const same = R.leadSubject !== undefined && words(R.leadSubject) === words(text(ctx.base, [c.b[0], k[0]]));
  const head: Candidate = { b: [c.b[0], same ? c.b[0] : k[0]], r: [c.r[0], c.r[0]] };
  const modal: Candidate = { b: k, r: [c.r[0], c.r[0]], deontic: true };
  const rest: Candidate = { b: [k[1], c.b[1]], r: c.r };
  return [head, modal, rest].filter((p) => len(p.b) + len(p.r) > 0);
}

/**
 * A base list item read under its lead-in's frame whose reading restates the lead-in in the item,
 * with a subject and modal of its own ("States should: | (b) Take reasonable steps" → "States must
 * take reasonable steps"; "(d) Consider how best to cooperate" → "Governments should cooperate"):
 * the reading's modal is compared with the lead-in's (one deontic piece, against the item's own
 * hedge where it opens with one, "Consider how best to"), the subject before it with the lead-in's
 * subject (actor.ts `leadBearer`: the same words are no variant), the rest on its own. The mirror of
 * `subjectAndModalInherited`, so that the base's inheritance does not depend on whether the witness
 * reads the lead-in.
 */
function leadRestated(c: Candidate, ctx: Ctx, cb: Span[], cr: Span[]): Candidate[] | null {
  const B = ctx.base;
  const R = ctx.reading;
  if (!B.lead || cr.length === 0 || len(c.r) < 2 || c.b[0] > B.lead.start) return null;
  // (the lead-in's frame in force, or the item's directive verb under the lead-in's auxiliary, "(j) Encourage …")
  const fb = frameAt(B, c.b[0]);
  if (fb !== B.lead && !(fb && !fb.aux && fb.auxWord === B.lead.auxWord && fb.start === c.b[0])) return null;
  // (the item's own hedge opens the change, "Consider how best to": no auxiliary of its own)
  if (cb.length > 1 || (cb.length === 1 && (cb[0][0] !== c.b[0] || B.frames[B.marker[cb[0][0]]]?.aux))) return null;
  let k = cr[0];
  const f = R.marker[k[0]] >= 0 ? R.frames[R.marker[k[0]]] : null;
  if (!f) return null;
  // (or a directive in the passive, "States are encouraged to", its "be" with it)
  if (!f.aux && passiveDirective(R, f) && f.verb && f.verb[0] >= k[0]) {
    let be = f.verb[0] - 1;
    while (be > k[0] && R.tokens[be].pos === 'ADV') be--;
    if (R.tokens[be].lemma !== 'be' || be < c.r[0]) return null;
    k = passiveWords(R, [Math.min(be, k[0]), k[1]], c.r, ctx.lex);
  } else if (!f.aux || f.aux[0] !== k[0]) return null;
  if (k[0] === c.r[0]) return null;
  // (past an adverbial that opens the reading's sentence with its comma, "Beyond these, States
  // should": its own piece, judged on its own)
  let s0 = c.r[0];
  for (let i = k[0] - 1; i > c.r[0]; i--) if (R.tokens[i].n === ',') { s0 = i + 1; break; }
  if (s0 === k[0]) return null;
  for (let i = s0; i < k[0]; i++) if (!inSubject(R, i, i + 1)) return null;
  const words = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const same = B.leadSubject !== undefined && words(B.leadSubject) === words(text(R, [s0, k[0]]));
  const h = cb.length === 1 ? cb[0][1] : c.b[0];
  // (the lead-in's modal written out in the item, "should" under "States should:", is no change:
  // the same force, as the same subject is the same bearer)
  const L = B.lead;
  const sameModal = cb.length === 0 && !f.verb && !L.verbWord && f.auxWord === L.auxWord && f.negs.length > 0 === L.negs.length > 0;
  const opening: Candidate = { b: [c.b[0], c.b[0]], r: [c.r[0], s0] };
  const head: Candidate = { b: [c.b[0], c.b[0]], r: [s0, same ? s0 : k[0]] };
  const modal: Candidate = { b: [c.b[0], h], r: k, deontic: true };
  const rest: Candidate = { b: [h, c.b[1]], r: [k[1], c.r[1]] };
  return (sameModal ? [opening, head, rest] : [opening, head, modal, rest]).filter((p) => len(p.b) + len(p.r) > 0);
}

/**
 * Pieces of a split given as [this side's span, the other side's span, deontic], this side the base
 * when `fromBase`: the candidates, empty pieces left out, the deontic one marked.
 */
function splitPieces(pieces: [Span, Span, boolean][], fromBase: boolean): Candidate[] {
  return pieces
    .filter(([x, y]) => len(x) + len(y) > 0)
    .map(([x, y, d]) => {
      const cand: Candidate = fromBase ? { b: x, r: y } : { b: y, r: x };
      if (d) cand.deontic = true;
      return cand;
    });
}

/**
 * A modal auxiliary dropped (or added) before its act, the same verb read inflected on the other
 * side ("Lumora will require a warrant" → "Lumora requires a warrant"): the other side's form of
 * that verb is the act, not a directive of its own that the modal became (modality.yaml
 * `object-act`: "require" with a thing as object is the act under a modal, a directive alone). The
 * modal is its own deontic piece, against no modal; the verb and the words after it are compared
 * as words ("require" → "requires": an inflection). This side's cluster is an auxiliary alone
 * (no directive verb, no negator) right before a verb that is no marker; the other side's
 * cluster is a directive verb of the same lemma with no auxiliary of its own.
 */
function modalDroppedBeforeSameVerb(c: Candidate, ctx: Ctx, cb: Span[], cr: Span[]): Candidate[] | null {
  for (const fromBase of [true, false]) {
    const [X, xs, kx, Y, ys, ky] = fromBase ? [ctx.base, c.b, cb, ctx.reading, c.r, cr] : [ctx.reading, c.r, cr, ctx.base, c.b, cb];
    for (const k of kx) {
      const fx = X.frames[X.marker[k[0]]];
      if (!fx?.aux || fx.verb || fx.negs.length > 0 || k[1] >= xs[1]) continue;
      const act = X.tokens[k[1]];
      if (act.pos !== 'VERB' || X.marker[k[1]] >= 0) continue;
      const m = ky.find((y) => {
        const fy = Y.frames[Y.marker[y[0]]];
        return fy?.verb && !fy.aux && fy.negs.length === 0 && fy.verb[0] === y[0] && fy.verb[1] === y[1] && Y.tokens[y[0]].lemma === act.lemma;
      });
      if (!m) continue;
      return splitPieces(
        [
          [[xs[0], k[0]], [ys[0], m[0]], false],
          [k, [m[0], m[0]], true],
          [[k[1], xs[1]], [m[0], ys[1]], false],
        ],
        fromBase,
      );
    }
  }
  return null;
}

/**
 * A directive verb urging its addressees to refrain from an act on one side ("Urges States to
 * refrain from requiring companies to …"), a subject with a negated modal and the act on the other
 * ("Governments must not force companies to …"): the directive turned into a binding prohibition
 * (the force of "urges … to refrain from" against "must not"), the addressee against the subject
 * (an actor change when they differ), and the act against the act, each its own piece, not the
 * directive and addressee reworded as the subject beside a change of the prohibited act. The
 * directive verb opens the change on its side, with no auxiliary; its complement's "to" and the
 * negated frame come after the addressee; the other side's one cluster is a modal auxiliary with
 * its negator, after a subject that opens the change, then the act's verb.
 */
function urgedProhibition(c: Candidate, ctx: Ctx, cb: Span[], cr: Span[]): Candidate[] | null {
  for (const fromBase of [true, false]) {
    const [X, xs, kx, Y, ys, ky] = fromBase ? [ctx.base, c.b, cb, ctx.reading, c.r, cr] : [ctx.reading, c.r, cr, ctx.base, c.b, cb];
    if (kx.length !== 2 || ky.length !== 1 || kx[0][0] !== xs[0]) continue;
    const fd = X.frames[X.marker[kx[0][0]]];
    if (!fd?.verb || fd.aux || fd.negs.length > 0 || fd.verb[1] !== kx[0][1] || directiveVerb(X, kx[0]) === null) continue;
    // (the prohibited act: a negator, "refrain from", after the complement's "to")
    const k1 = kx[1];
    if (!X.neg[k1[0]] || k1[0] < 1 || X.tokens[k1[0] - 1].n !== 'to') continue;
    const fy = Y.frames[Y.marker[ky[0][0]]];
    if (!fy?.aux || fy.negs.length === 0 || ky[0][0] <= ys[0]) continue;
    // (the addressee: words of a noun phrase between the directive and its "to"; the subject likewise)
    const addr: Span = [kx[0][1], k1[0] - 1];
    const subj: Span = [ys[0], ky[0][0]];
    const np = (side: Side, s: Span) => {
      if (len(s) === 0 || len(s) > ctx.lex.thresholds.subjectMaxWords) return false;
      for (let i = s[0]; i < s[1]; i++) if (!NP_POS.has(side.tokens[i].pos) || side.marker[i] >= 0) return false;
      return true;
    };
    if (!np(X, addr) || !np(Y, subj)) continue;
    // the force: the directive through the negator ("Urges States to refrain from") against the
    // auxiliary with its negator ("must not"); the act after each compared as words
    let xe = k1[0];
    while (xe < k1[1] && (X.neg[xe] || ctx.lex.refrainingParticles.has(X.tokens[xe].n))) xe++;
    const ye = fy.verb && fy.verb[0] >= ky[0][0] && fy.verb[0] < ky[0][1] ? fy.verb[0] : ky[0][1];
    // (the force spans the addressee, which is also compared on its own: the two overlap there)
    return splitPieces(
      [
        [addr, subj, false],
        [[kx[0][0], xe], [ky[0][0], ye], true],
        [[xe, xs[1]], [ye, ys[1]], false],
      ],
      fromBase,
    );
  }
  return null;
}

/**
 * A modal auxiliary inside a rewording on one side only, with a subject of its own before it ("to
 * provide individuals whose rights have been violated with" → "to ensure that victims must have"):
 * the words are reworded (one lexical change over the whole), and the modal laid on the new clause
 * is also a change of force, compared with the frame in force on the other side ("Urges" →
 * "must": strengthened). The modal is its own deontic piece beside the whole, overlapping it. The
 * cluster is one auxiliary (no directive verb, no negator) strictly inside its side, after a noun
 * or pronoun that a verb's "that" opens; both sides hold content words of their own.
 */
function modalInRewording(c: Candidate, ctx: Ctx, ks: Span[], fromBase: boolean): Candidate[] | null {
  const X = fromBase ? ctx.base : ctx.reading;
  const Y = fromBase ? ctx.reading : ctx.base;
  const xs = fromBase ? c.b : c.r;
  const ys = fromBase ? c.r : c.b;
  if (ks.length !== 1 || len(ys) === 0) return null;
  const k = ks[0];
  if (k[0] <= xs[0] || k[1] >= xs[1]) return null;
  const f = X.frames[X.marker[k[0]]];
  if (!f?.aux || f.verb || f.negs.length > 0 || f.aux[0] !== k[0]) return null;
  const p = X.tokens[k[0] - 1].pos;
  if (p !== 'NOUN' && p !== 'PROPN' && p !== 'PRON') return null;
  // (the clause is the complement of a verb of the rewording, "ensure that victims must": a clause
  // of its own dropped or added, ", they should do it", is words omitted, not a force changed)
  let h = k[0] - 1;
  while (h > xs[0] && NP_POS.has(X.tokens[h].pos) && X.tokens[h].n !== 'that') h--;
  if (X.tokens[h].n !== 'that' || h === xs[0] || X.tokens[h - 1].pos !== 'VERB') return null;
  if (contentCount(X, xs[0], k[0]) === 0 || contentCount(Y, ys[0], ys[1]) === 0) return null;
  const at: Span = [ys[1], ys[1]];
  const modal: Candidate = fromBase ? { b: k, r: at, deontic: true } : { b: at, r: k, deontic: true };
  return [{ ...c }, modal];
}

/**
 * A subject and its modal written out in the witness before a predicate the base states bare, with
 * only marks and function words against them ("Prevent attacks, and refrain from" → "Prevent
 * attacks. States shall refrain from"): the obligation is now placed on a party. The marks and
 * function words are their own piece (", and" → "."), the subject another (who bears it: an actor
 * change), the modal a third, deontic (no modal → "shall": strengthened), not one addition with no
 * direction. Only added: a summary that drops the subject and modal of the base ("States should
 * take" → "take", a bare list of proposals) is one omission. The verb after the modal is the word
 * the base reads right after the change; the subject is a noun phrase with a noun.
 */
function subjectAndModalAdded(c: Candidate, ctx: Ctx, cr: Span[]): Candidate[] | null {
  const B = ctx.base;
  const R = ctx.reading;
  if (cr.length !== 1 || len(c.r) < 2) return null;
  const k = cr[0];
  const f = R.marker[k[0]] >= 0 ? R.frames[R.marker[k[0]]] : null;
  if (!f?.aux || f.verb || k[1] !== c.r[1] || f.negs.some((n) => n < k[1])) return null;
  for (let i = c.b[0]; i < c.b[1]; i++) if (B.content[i] || !(B.tokens[i].punct || B.fn[i])) return null;
  if (c.r[1] >= R.tokens.length || c.b[1] >= B.tokens.length || R.tokens[c.r[1]].pos !== 'VERB' || R.tokens[c.r[1]].lemma !== B.tokens[c.b[1]].lemma) return null;
  let j = k[0];
  let noun = false;
  while (j > c.r[0] && ['DET', 'ADJ', 'NOUN', 'PROPN'].includes(R.tokens[j - 1].pos) && !R.tokens[j - 1].punct) {
    noun ||= R.tokens[j - 1].pos === 'NOUN' || R.tokens[j - 1].pos === 'PROPN';
    j--;
  }
  if (!noun) return null;
  for (let i = c.r[0]; i < j; i++) if (R.content[i] || !(R.tokens[i].punct || R.fn[i])) return null;
  // (the base bare there: under a modal in force, "States should take … and oppose" → "… States
  // should oppose", the subject and modal are restated, not a party newly bound)
  if (frameAt(B, c.b[1]) !== null || (c.b[0] > 0 && frameAt(B, c.b[0] - 1) !== null)) return null;
  const end = c.b[1];
  const pieces: Candidate[] = [];
  if (j > c.r[0] || len(c.b) > 0) pieces.push({ b: c.b, r: [c.r[0], j] });
  pieces.push({ b: [end, end], r: [j, k[0]] }, { b: [end, end], r: k, deontic: true });
  return pieces;
}

/**
 * Words dropped (added) right before the subject's modal, the predicate kept in another form ("the
 * principle enshrined in the Charter shall apply" → "the principle applies"): the words are an
 * omission (addition) of their own, the modal its own deontic piece ("shall" → "" beside "apply" →
 * "applies": the tense of a legal text, or a duty dropped, modality's business), not swallowed by
 * the omission. One cluster on `fromBase`'s side, an auxiliary alone, with content words before it;
 * after it the predicate's verb, whose lemma opens the other side.
 */
function wordsBeforeModal(c: Candidate, ctx: Ctx, ks: Span[], fromBase: boolean): Candidate[] | null {
  const [X, xs, Y, ys] = facing(ctx, c, fromBase);
  if (ks.length !== 1) return null;
  const k = ks[0];
  const f = X.marker[k[0]] >= 0 ? X.frames[X.marker[k[0]]] : null;
  // (the verb inside the change, against the other side's; or, when nothing stands on the other
  // side, the verb right after the change, read alike on both: "adopted by the Council shall" → "")
  const inside = len(ys) > 0;
  if (!f?.aux || f.verb || k[0] <= xs[0] || (inside ? k[1] >= xs[1] : k[1] !== xs[1]) || contentCount(X, xs[0], k[0]) === 0) return null;
  for (let i = k[0]; i < k[1]; i++) if (X.neg[i]) return null;
  // (a modifier of a subject both sides keep, the word before the change content on both sides in
  // its sentence: not the subject itself dropped with its modal, "States should take" → "take", a
  // bare list of proposals, which is one omission)
  const kept = (sd: Side, i: number) => i > 0 && sd.content[i - 1] && sd.tokens[i - 1].sentence === sd.tokens[i]?.sentence;
  if (!kept(X, xs[0]) || !kept(Y, ys[0])) return null;
  if (k[1] >= X.tokens.length || ys[0] >= Y.tokens.length || X.tokens[k[1]].pos !== 'VERB' || X.tokens[k[1]].lemma !== Y.tokens[ys[0]].lemma) return null;
  const words: Span = [xs[0], k[0]];
  const at: Span = [ys[0], ys[0]];
  const rest: Span = [k[0], xs[1]];
  return fromBase ? [{ b: words, r: at }, { b: rest, r: ys, deontic: true }] : [{ b: at, r: words }, { b: ys, r: rest, deontic: true }];
}

/**
 * The negator of a rule dropped (added) at the head of a rewording of its predicate, the modal kept
 * ("shall not be disputed by" → "shall be reviewed by"): the prohibition is gone whatever the new
 * verb, so the negator is its own deontic piece (a polarity flip, negation.ts) and the rest is
 * compared as words ('disputed' → 'reviewed', 'allow' → 'not permit'). Not when the rewording turns a
 * verb for its opposite ("shall not restrict" → "shall allow": a bar, modality.yaml `bars`, or a verb
 * of forbidding on one side only, or a word against its listed antonym, negation.yaml `antonyms`):
 * the same rule restated. The cluster opens with negators (what follows them, a passive's "be", goes
 * with the rewording), opens its side, and negates a frame whose
 * auxiliary stands before the change; both sides hold content words after it.
 */
function negatorBesideRewording(c: Candidate, ctx: Ctx, ks: Span[], fromBase: boolean): Candidate[] | null {
  const X = fromBase ? ctx.base : ctx.reading;
  const Y = fromBase ? ctx.reading : ctx.base;
  const xs = fromBase ? c.b : c.r;
  const ys = fromBase ? c.r : c.b;
  if (ks.length !== 1 || len(ys) === 0) return null;
  // (the negators that open the cluster: a passive's "be" after them, "should not be decided", is
  // taken into the cluster but belongs to the rewording, compared as words with "be shaped")
  let e = ks[0][0];
  while (e < ks[0][1] && X.neg[e]) e++;
  const k: Span = [ks[0][0], e];
  if (len(k) === 0 || k[0] !== xs[0] || k[1] >= xs[1]) return null;
  const f = X.marker[k[0]] >= 0 ? X.frames[X.marker[k[0]]] : null;
  if (!f?.aux || f.aux[1] > xs[0] || f.permits || !f.negs.includes(k[0])) return null;
  const rest: Span = [k[1], xs[1]];
  if (contentCount(X, rest[0], rest[1]) === 0 || contentCount(Y, ys[0], ys[1]) === 0) return null;
  // (one side forbids in its verb and the other does not, or a word against its listed antonym)
  const forbidding = (side: Side, s: Span) => {
    if (negativeVerbIn(side, s)) return true;
    for (let i = s[0]; i < s[1]; i++) if (ctx.lex.bars.has(side.tokens[i].lemma)) return true;
    return false;
  };
  if (forbidding(X, rest) !== forbidding(Y, ys)) return null;
  for (let i = rest[0]; i < rest[1]; i++) {
    const opp = ctx.lex.antonyms.get(X.tokens[i].lemma);
    if (opp) for (let j = ys[0]; j < ys[1]; j++) if (opp.has(Y.tokens[j].lemma)) return null;
  }
  const at: Span = [ys[0], ys[0]];
  return fromBase
    ? [{ b: k, r: at, deontic: true }, { b: rest, r: ys }]
    : [{ b: at, r: k, deontic: true }, { b: ys, r: rest }];
}

/**
 * A dropped span made of one frame's own auxiliary (with its negators) then its verb alone, whose
 * lemma the reading has, unaligned, later in the sentence it stands in (from `at`): the end of the
 * auxiliary, else -1.
 */
function auxBeforeMovedVerb(ctx: Ctx, s: Span, at: number): number {
  const B = ctx.base;
  const R = ctx.reading;
  const f = B.marker[s[0]] >= 0 ? B.frames[B.marker[s[0]]] : null;
  if (!f?.aux || f.verb || f.aux[0] !== s[0]) return -1;
  const e = auxEnd(f);
  if (e !== s[1] - 1 || B.tokens[e].pos !== 'VERB') return -1;
  const lemma = B.tokens[e].lemma;
  const alike = alikeMap(ctx, false);
  const sentence = at < R.tokens.length ? R.tokens[at].sentence : -1;
  for (let j = at; j < R.tokens.length && R.tokens[j].sentence === sentence; j++) {
    if (R.tokens[j].lemma === lemma && R.tokens[j].pos === 'VERB' && alike[j] < 0) return e;
  }
  return -1;
}

/**
 * A coordinated predicate whose verb one side leaves unsaid, repeating the verb before it by
 * ellipsis ("…, but shall not apply to X" → "…, and also to X": "and also [applies] to X"): the
 * modal and its verb on one side (with function words and marks), only function words, adverbs and
 * marks on the other, and the verb read earlier in the other side's sentence. The whole change is
 * the change of force (the negation dropped), not a rewording beside an omitted verb.
 */
function elidedPredicate(c: Candidate, ctx: Ctx, fromBase: boolean): boolean {
  const X = fromBase ? ctx.base : ctx.reading;
  const Y = fromBase ? ctx.reading : ctx.base;
  const xs = fromBase ? c.b : c.r;
  const ys = fromBase ? c.r : c.b;
  let verb = -1;
  for (let i = xs[0]; i < xs[1]; i++) {
    if (isMarker(X, i) || X.fn[i] || X.tokens[i].punct) continue;
    const f = frameAt(X, i);
    let k = f?.aux && f.aux[0] >= xs[0] ? auxEnd(f) : -1;
    while (k >= 0 && k < i && X.tokens[k].pos === 'ADV') k++;
    if (verb >= 0 || k !== i || X.tokens[i].pos !== 'VERB') return false;
    verb = i;
  }
  if (verb < 0) return false;
  for (let j = ys[0]; j < ys[1]; j++) {
    const t = Y.tokens[j];
    if (!t.punct && !Y.fn[j] && t.pos !== 'ADV') return false;
  }
  const lemma = X.tokens[verb].lemma;
  const s = Y.tokens[ys[0]].sentence;
  for (let j = ys[0] - 1; j >= 0 && Y.tokens[j].sentence === s; j--) if (Y.tokens[j].lemma === lemma && Y.tokens[j].pos === 'VERB') return true;
  return false;
}

/** The one `object-act` verb read as an act in the span, function words aside, or -1. */
function actVerbIn(side: Side, s: Span, lex: Ctx['lex']): number {
  let at = -1;
  for (let i = s[0]; i < s[1]; i++) {
    if (side.fn[i] || side.tokens[i].punct) continue;
    if (at >= 0 || !objectActAt(side, i, lex)) return -1;
    at = i;
  }
  return at;
}

/**
 * One side of the change the verb "require" read as the act ("shall require a licence"), the other
 * a directive verb alone in its place ("shall request a licence", function words aside)?
 */
function actAgainstDirective(c: Candidate, ctx: Ctx, markersInBase: boolean): boolean {
  const [X, xs, Y, ys] = markersInBase ? [ctx.base, c.b, ctx.reading, c.r] : [ctx.reading, c.r, ctx.base, c.b];
  if (actVerbIn(Y, ys, ctx.lex) < 0 || directiveVerb(X, xs) === null) return false;
  for (let i = xs[0]; i < xs[1]; i++) {
    const f = X.marker[i] >= 0 ? X.frames[X.marker[i]] : null;
    if (!(f?.verb && i >= f.verb[0] && i < f.verb[1]) && !X.fn[i] && !X.tokens[i].punct) return false;
  }
  return true;
}

/** Is there a relative pronoun after a noun (or a comma) in [a, b) of one sentence ("the Partnership, which")? */
function relativeBetween(side: Side, a: number, b: number, lex: Ctx['lex']): boolean {
  const T = side.tokens;
  for (let i = Math.max(1, a); i < b && i < T.length; i++) {
    if (T[i].sentence !== T[b - 1]?.sentence) continue;
    const p = T[i - 1];
    if (lex.relatives.has(T[i].n) && (p.pos === 'NOUN' || p.pos === 'PROPN' || p.n === ',')) return true;
  }
  return false;
}

/** The frame a side of the candidate expresses: one it has a marker of, else the one in force there. */
function frameOf(side: Side, s: Span): { frame: Frame | null; touched: boolean } {
  for (let i = s[0]; i < s[1]; i++) if (side.marker[i] >= 0) return { frame: side.frames[side.marker[i]], touched: true };
  return { frame: frameAt(side, s[0]), touched: false };
}

/** "should not request", "(should) never force": the frame's words, the inherited auxiliary written out. */
export function describe(side: Side, f: Frame | null): string {
  if (!f) return 'no modal';
  const own = side.tokens
    .slice(f.start, f.end)
    .map((t, k) => (k === 0 ? '' : t.space) + t.t)
    .join('')
    .toLowerCase();
  return !f.aux && f.auxWord ? `${f.auxWord} ${own}`.trim() : own;
}

/** The force a side of a deontic candidate expresses. */
interface Force {
  auxWord: string | null;
  auxStrength: number | null;
  negated: boolean;
  never: boolean;
  verbWord: string | null;
  verbStrength: number | null;
  /** The directive verb lies inside the candidate (the change concerns it). */
  verbIn: boolean;
  /** The negation follows the directive verb: what it urges is not to act ("Calls upon States not to"). */
  urgesNot: boolean;
  /** The words of the force, for explanations ("should not request"); built when an explanation quotes them. */
  desc: () => string;
  /** No frame in force: a plain statement ("does not create"), negated or not; it binds no one. */
  statement?: boolean;
}

/**
 * "Calls upon States not to …", "Calls upon States to refrain from …", "Demands that States refrain
 * from …": what the directive verb urges is negated. A negator just before or just after the "to"
 * that follows the verb's object, or, in a "that" clause after the verb, a negator before its
 * predicate ("that States not conduct", "that States refrain from"). A negative determiner ("to no
 * one", "that no State") or a negating preposition ("to without") is no such negator.
 */
function negatedComplement(side: Side, from: number): boolean {
  const negator = (j: number) => j < side.tokens.length && side.neg[j] && !negativeDeterminer(side.tokens[j], true) && side.tokens[j].pos !== 'ADP';
  // ("that" read with the verb, "demand that", or after it)
  const that = side.tokens[from - 1]?.n === 'that' || side.tokens[from]?.n === 'that';
  for (let j = side.tokens[from]?.n === 'that' ? from + 1 : from; j < side.tokens.length && j - from <= 12; j++) {
    const t = side.tokens[j];
    if (that && negator(j)) return true;
    // (a "to" right after a coordinator opens an infinitive coordinated with one before the verb,
    // "pledged to encourage the flow of data and to refrain from": no complement of the verb)
    if (t.n === 'to' && !that && !limbAfterCoordinator(side, j, from)) return (j > from && side.neg[j - 1]) || negator(j + 1);
    if (t.n === 'to' && !that) return false;
    if (isClausePunct(t) || t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  return false;
}

/**
 * A directive verb's complements coordinated after the first ("Calls upon States to be guided by the
 * norms, and to refrain from attacking", "to cooperate and not to attack"): each limb opens with its
 * own "to" after a coordinator or a comma (a negator may stand between), up to ";", ":" or the end of
 * the sentence. The limbs' "to"s from `from` (the verb's end) up to `upTo` (exclusive).
 */
function laterLimbs(side: Side, from: number, upTo: number): number[] {
  const T = side.tokens;
  const out: number[] = [];
  // (only after the verb's own first complement: "pledged to encourage the flow of data and to
  // refrain" has none, its "and to" coordinates with the infinitive before the verb)
  let first = false;
  for (let j = from + 1; j < upTo && j < T.length; j++) {
    if (T[j].sentence !== T[from]?.sentence || T[j].n === ';' || T[j].n === ':') break;
    if (T[j].n !== 'to') continue;
    if (!first && limbAfterCoordinator(side, j, from)) break;
    first = true;
    let k = j - 1;
    if (side.neg[k]) k--;
    if (k > from && (T[k].pos === 'CCONJ' || T[k].n === ',')) out.push(j);
  }
  return out;
}

/** Does the "to" at j follow a coordinator (past a negator and a comma) after `from`? */
function limbAfterCoordinator(side: Side, j: number, from: number): boolean {
  let k = j - 1;
  if (k > from && side.neg[k]) k--;
  return k >= from && side.tokens[k].pos === 'CCONJ';
}

/** Is the limb that opens with "to" at `j` negated ("and not to attack", "and to refrain from")? */
function limbNegated(side: Side, j: number): boolean {
  const negator = (k: number) => k < side.tokens.length && side.neg[k] && !negativeDeterminer(side.tokens[k], true) && side.tokens[k].pos !== 'ADP';
  return negator(j - 1) || negator(j + 1);
}

/**
 * What the directive verb urges, read in the limb the change lies in: the change inside a later limb
 * ("…, and to refrain from conducting" → "shall not conduct") is read with that limb's polarity, not
 * with the first complement's ("to be guided by": positive); the directive verb itself dropped against
 * nothing ("Calls upon" → "", no frame in force there) urges not to act when any of its limbs does, so its loss is no
 * change of force of its own (the force is compared in the limb; with one limb the same holds).
 */
function limbForce(side: Side, F: Frame | null, f: Force, s: Span, other: Force): Force {
  if (!F?.verb || F.verbNegative || F.negs.some((k) => k < F.verb![0])) return f;
  const end = Math.min(side.tokens.length, F.verb[1] + 40);
  if (!f.verbIn) {
    const limbs = laterLimbs(side, F.verb[1], Math.min(end, s[1]));
    const j = limbs[limbs.length - 1];
    if (j === undefined || (j >= s[0] && s[0] < F.verb[1])) return f;
    const n = limbNegated(side, j);
    return n === f.urgesNot ? f : { ...f, urgesNot: n, negated: n };
  }
  if (f.urgesNot || !other.statement || other.negated) return f;
  return laterLimbs(side, F.verb[1], end).some((j) => limbNegated(side, j)) ? { ...f, urgesNot: true, negated: true } : f;
}

/** From the frame when there is one; else from the negators in the candidate ("avoid obtaining"). */
function force(ctx: Ctx, side: Side, f: Frame | null, s: Span): Force {
  // "require" read as the act of the frame in force ("shall require a licence"), against a directive
  // verb on the other side: it counts as the verb, with its own strength
  const act = f && !f.verb ? actVerbIn(side, s, ctx.lex) : -1;
  if (act >= 0 && f) {
    const e = objectActAt(side, act, ctx.lex)!;
    return { auxWord: f.auxWord, auxStrength: f.auxStrength, negated: f.negs.length > 0, never: f.never, verbWord: e.phrase, verbStrength: e.strength, verbIn: true, urgesNot: false, desc: () => `${describe(side, f)} ${side.tokens[act].t.toLowerCase()}` };
  }
  if (f?.permits) {
    // "shall not prevent X from V-ing": X may V
    return { auxWord: 'may', auxStrength: 1, negated: false, never: false, verbWord: null, verbStrength: null, verbIn: false, urgesNot: false, desc: () => describe(side, f) };
  }
  if (f) {
    const verbIn = !!f.verb && f.verb[0] >= s[0] && f.verb[1] <= s[1];
    const urgesNot = !!f.verb && (!!f.verbNegative || (f.negs.length > 0 && f.negs.every((k) => k >= f.verb![1])) || negatedComplement(side, f.verb[1]));
    // (an emphatic adverb after the auxiliary, "should always": modality.yaml `emphatic-adverbs`)
    const always = f.always !== undefined && f.auxStrength !== null && f.auxWord !== null;
    const auxWord = always ? `${f.auxWord} ${side.tokens[f.always!].n}` : f.auxWord;
    const auxStrength = always ? Math.round((f.auxStrength! + ctx.lex.emphaticAdverbs.boost) * 100) / 100 : f.auxStrength;
    return { auxWord, auxStrength, negated: f.negs.length > 0 || urgesNot, never: f.never, verbWord: f.verbWord, verbStrength: f.verbStrength, verbIn, urgesNot, desc: () => describe(side, f) };
  }
  let negated = false;
  let never = false;
  const words: string[] = [];
  for (let i = s[0]; i < s[1]; i++) {
    if (!side.neg[i]) continue;
    negated = true;
    if (ctx.lex.prohibition.emphatic.has(side.tokens[i].n)) never = true;
    words.push(side.tokens[i].t.toLowerCase());
  }
  // a statement negated by its auxiliary of do-support or its copula just after the change ("does"
  // → "shall" in "does not create" → "shall not create", "is" → "must" in "is not used" → "must not
  // be used"): the negator is the statement's, read against the other side's prohibition
  const last = len(s) > 0 ? side.tokens[s[1] - 1] : null;
  if (!negated && last && last.pos === 'AUX' && (last.lemma === 'do' || last.lemma === 'be')) {
    let k = s[1];
    while (k < side.tokens.length && side.tokens[k].pos === 'ADV' && !side.neg[k]) k++;
    const t = side.tokens[k];
    // (not a frame's negator: "are not required to" is an exemption, its frame's business)
    if (t && side.neg[k] && side.marker[k] < 0 && t.sentence === last.sentence && t.pos !== 'ADP' && !negativeDeterminer(t, true)) {
      negated = true;
      never = ctx.lex.prohibition.emphatic.has(t.n);
      words.push(last.t.toLowerCase(), t.t.toLowerCase());
    }
  }
  return { auxWord: null, auxStrength: null, negated, never, verbWord: null, verbStrength: null, verbIn: false, urgesNot: false, statement: true, desc: () => (negated ? words.join(' ') : 'no modal') };
}

/**
 * Is the predicate right after span `s` (a bare verb, after "and"/"or" and adverbs) coordinated with
 * the directive verb of frame `f` that stands before it, rather than with what that verb urges? The
 * frame has its own auxiliary and a directive verb before `s`, and no "to" nor ";"/":" lies between
 * the two ("should encourage reporting and share": yes; "should encourage States to report and
 * share", "are encouraged to report and share": no). The word after `s` is the one after `os` on the
 * other side, where the modal written out makes it a verb (the tagger may read the bare word
 * "share" after "and" as a noun).
 */
function coordinatedWithDirective(side: Side, f: Frame | null, s: Span, other: Side, os: Span, claimed: Uint8Array, otherClaimed: Uint8Array): boolean {
  if (!f?.aux || !f.verb || f.verb[1] > s[0] || f.verbNegative) return false;
  const T = side.tokens;
  const O = other.tokens;
  // (past adverbs, and past words another finding took: "and, where appropriate, establish")
  let k = s[1];
  while (k < T.length && (T[k].pos === 'ADV' || claimed[k])) k++;
  let o = os[1];
  while (o < O.length && (O[o].pos === 'ADV' || otherClaimed[o])) o++;
  if (!T[k] || T[k].n !== O[o]?.n || (T[k].pos !== 'VERB' && O[o].pos !== 'VERB') || T[k].sentence !== T[f.verb[0]].sentence) return false;
  let j = s[0] - 1;
  while (j >= f.verb[1] && T[j].pos === 'ADV') j--;
  if (j < f.verb[1] || T[j].pos !== 'CCONJ') return false;
  for (let i = f.verb[1]; i < j; i++) if (T[i].n === 'to' || T[i].n === ';' || T[i].n === ':') return false;
  return true;
}

/**
 * A change made of one auxiliary alone on one side (`fromBase`: the base's) against, on the other, a
 * coordinated limb ending with its coordinator or a comma ("should" → "train staff and"): the limb
 * added (dropped) and the auxiliary elided (written out) before the verb both sides read after it,
 * two pieces, the auxiliary's deontic. Null otherwise.
 */
function loneAuxBesideLimb(c: Candidate, ctx: Ctx, ks: Span[], fromBase: boolean): Candidate[] | null {
  const [A, as, O, os] = facing(ctx, c, fromBase);
  if (ks.length !== 1 || ks[0][0] !== as[0] || ks[0][1] !== as[1] || len(os) < 2) return null;
  const f = A.frames[A.marker[as[0]]];
  if (!f?.aux || f.aux[0] !== as[0] || f.aux[1] !== as[1] || f.negs.length > 0) return null;
  const last = O.tokens[os[1] - 1];
  if (!(last.pos === 'CCONJ' || last.n === ',') || contentCount(O, os[0], os[1]) === 0) return null;
  const limb: Candidate = fromBase ? { b: [as[0], as[0]], r: os } : { b: os, r: [as[0], as[0]] };
  const aux: Candidate = fromBase ? { b: as, r: [os[1], os[1]], deontic: true } : { b: [os[1], os[1]], r: as, deontic: true };
  return [limb, aux];
}

/**
 * Does frame `f`'s directive verb stand right after span `s` (past adverbs), and the same word right
 * after `os` on the other side (past adverbs)? ("and shall also encourage" / "and also encourage")
 */
function sameVerbAfter(side: Side, f: Frame | null, s: Span, other: Side, os: Span, otherClaimed?: Uint8Array): boolean {
  if (!f?.verb || f.verb[0] < s[1]) return false;
  const T = side.tokens;
  const O = other.tokens;
  let k = s[1];
  while (k < f.verb[0] && T[k].pos === 'ADV') k++;
  if (k !== f.verb[0]) return false;
  let o = os[1];
  // (past a qualifier another finding took, set off by commas on that side: "shall, where
  // appropriate, encourage" / "will encourage", the condition's own variant)
  while (o < O.length && (O[o].pos === 'ADV' || otherClaimed?.[o] || (O[o].n === ',' && otherClaimed?.[o + 1]) || (O[o].n === ',' && otherClaimed?.[o - 1]))) o++;
  return o < O.length && O[o].n === T[k].n;
}

/**
 * A coordinated modal not repeated, with words dropped (added) before its coordinator, which the
 * other side keeps ("for five years from the end of the year and shall be made available" → "for
 * five years and made available"): the change is "from the end of the year and shall be" against
 * "and". The modal is its own piece (the modal not repeated: grammar when the force is the same),
 * the words before it another, compared with the coordinator the other side reads (an omission).
 * The modal side's span ends with a bare auxiliary (its verb after the change), after a coordinator;
 * the other side's span is made of coordinators and punctuation alone. Null otherwise.
 */
function elidedAfterWords(c: Candidate, ctx: Ctx, ks: Span[], fromBase: boolean): Candidate[] | null {
  const [A, as, O, os] = facing(ctx, c, fromBase);
  const k = ks[ks.length - 1];
  // (the auxiliary's "be" of the passive after it: "shall | be made")
  for (let i = k[1]; i < as[1]; i++) if (!A.fn[i] || A.marker[i] >= 0) return null;
  const f = A.marker[k[0]] >= 0 ? A.frames[A.marker[k[0]]] : null;
  if (!f?.aux || f.verb || f.negs.length > 0) return null;
  for (let i = os[0]; i < os[1]; i++) if (O.tokens[i].pos !== 'CCONJ' && !isClausePunct(O.tokens[i])) return null;
  if (A.tokens[k[0] - 1]?.pos !== 'CCONJ' || A.tokens[k[0] - 1].n !== O.tokens[os[1] - 1].n || k[0] - 1 <= as[0]) return null;
  const head: Candidate = fromBase ? { b: [as[0], k[0]], r: os } : { b: os, r: [as[0], k[0]] };
  const tail: Candidate = fromBase ? { b: [k[0], as[1]], r: [os[1], os[1]], deontic: true } : { b: [os[1], os[1]], r: [k[0], as[1]], deontic: true };
  return [head, tail];
}

/** The force without its directive verb: that of the auxiliary alone. */
function auxOnly(f: Force): Force {
  return { ...f, verbWord: null, verbStrength: null, verbIn: false, urgesNot: false };
}

function prohibition(ctx: Ctx, f: Force): number {
  const p = ctx.lex.prohibition;
  // "Calls upon States not to act" forbids with the force of the call (its auxiliary, if any, is that of the call)
  // "may not", "cannot" forbid like an unmarked prohibition at least
  // (a negated statement, no modal in force, binds no one: `statement`)
  const aux = f.statement ? p.statement : f.auxStrength === null ? p.defaultAux : Math.max(f.auxStrength, f.auxStrength <= 1 ? p.negatedPermission : 0);
  const base = f.urgesNot && f.verbStrength !== null ? Math.min(f.verbStrength, f.auxStrength ?? f.verbStrength) : aux;
  return Math.min(p.max, base + (f.never ? p.neverBoost : 0));
}

/**
 * Is the frame a directive verb in the passive ("are encouraged to", "is requested to"): the verb a
 * participle after a form of "be" (adverbs aside), which addresses the subject itself?
 */
/**
 * A directive verb in the active bound by a modal it does not write (the auxiliary of a lead-in,
 * "States should: | (j) Encourage the reporting …", or of a coordination, "should protect … and
 * encourage …") on one side of a deontic candidate, the same directive in the passive on the other
 * ("States are encouraged to report …"): a change of force, the modal's against the directive's
 * (modality classifies it), not a resolution's operative verb put in the passive ("Encourages States
 * to" → "States are encouraged to", grammar, where no modal governs the verb).
 */
export function modalOverActiveDirective(c: Candidate, ctx: Ctx): boolean {
  if (!c.deontic) return false;
  const fb = frameOf(ctx.base, c.b).frame;
  const fr = frameOf(ctx.reading, c.r).frame;
  if (!fb?.verbWord || fb.verbWord !== fr?.verbWord) return false;
  const pb = passiveDirective(ctx.base, fb);
  const pr = passiveDirective(ctx.reading, fr);
  const active = pb ? fr : fb;
  return pb !== pr && !active.aux && active.auxWord !== null;
}

export function passiveDirective(side: Side, f: Frame | null): boolean {
  if (!f?.verb) return false;
  const v = side.tokens[f.verb[0]];
  if (v.n === v.lemma) return false;
  let k = f.verb[0] - 1;
  // (adverbs and negators aside: "are not required to")
  while (k >= 0 && (side.tokens[k].pos === 'ADV' || side.neg[k])) k--;
  return k >= 0 && side.tokens[k].lemma === 'be' && side.tokens[k].n !== 'be';
}

function direction(from: number, to: number): Direction {
  return to > from ? 'strengthened' : 'weakened';
}

/** Words of a noun phrase, the object a restriction may pass over to its head. */
const OBJECT_WORD = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PRON']);

/**
 * The strength of a permission restricted to one case ("may be issued only by a judge", "may only
 * be used for": modality.yaml `restricted-permission`), or null: the frame's own auxiliary is a
 * permission, not negated, and a restricting word follows it in its clause, then (past the
 * predicate's verbs) a head that opens the case.
 */
function restrictedPermission(side: Side, f: Frame | null, lex: Ctx['lex']): { strength: number; word: string } | null {
  const r = lex.restrictedPermission;
  if (!f || !f.aux || f.verb || f.negs.length > 0 || f.auxStrength === null || f.auxStrength > 1 || r.words.size === 0) return null;
  const T = side.tokens;
  // the restricting word anywhere in the auxiliary's own clause, however long the predicate before
  // it ("may be sent to partner agencies in other member countries only after a review"): up to a
  // clause mark, a subordinate or relative clause opening, or another frame's own marker
  let opened = false;
  for (let k = auxEnd(f); k < T.length; k++) {
    if (T[k].sentence !== f.sentence || isClausePunct(T[k])) return null;
    opened ||= opensOtherClause(side, f, k, lex);
    if (opened && k - f.aux[1] > 6) return null;
    if (!r.words.has(T[k].n)) continue;
    let h = k + 1;
    while (h < T.length && h - k <= 3 && (T[h].pos === 'AUX' || T[h].pos === 'VERB' || T[h].pos === 'ADV')) h++;
    if (h < T.length && r.heads.has(T[h].n)) return { strength: r.strength, word: T[k].n };
    // the word right after the auxiliary restricts the whole predicate ("may only provide data
    // abroad after an assessment"): the head may follow the verb's object (words of a noun phrase,
    // adverbs), but not a quantity ("may only designate one authority for": the number restricted)
    let a = auxEnd(f);
    while (a < k && T[a].pos === 'ADV' && !r.words.has(T[a].n)) a++;
    if (a !== k || h === k + 1) return null;
    while (h < T.length && h - k <= 8 && T[h].sentence === f.sentence && !r.heads.has(T[h].n) && (OBJECT_WORD.has(T[h].pos) || T[h].pos === 'ADV')) h++;
    return h < T.length && T[h].sentence === f.sentence && r.heads.has(T[h].n) && !T.slice(k + 1, h).some((u) => u.pos === 'NUM') ? { strength: r.strength, word: T[k].n } : null;
  }
  return null;
}

/** Does token `k` open a clause other than frame `f`'s (a subordinator, a relative pronoun of actors.yaml `relatives`, another frame's marker)? */
function opensOtherClause(side: Side, f: Frame, k: number, lex: Ctx['lex']): boolean {
  const t = side.tokens[k];
  if (t.pos === 'SCONJ' || lex.relatives.has(t.n)) return true;
  const m = side.marker[k];
  return m >= 0 && side.frames[m] !== f;
}

/** The verb of the act a frame's auxiliary governs (past adverbs, negators and forms of "be"), or -1. */
function actVerbAfterAux(side: Side, f: Frame): number {
  const T = side.tokens;
  for (let k = auxEnd(f); k < T.length && k - auxEnd(f) <= 4 && T[k].sentence === f.sentence; k++) {
    if (T[k].pos === 'VERB') return k;
    if (!(T[k].pos === 'ADV' || T[k].pos === 'AUX' || side.neg[k])) return -1;
  }
  return -1;
}

/**
 * Is frame `f` a plain duty (an auxiliary above a permission, not negated, no directive verb) to the
 * same act (verb lemma) as the restricted permission `p` on the other side, with none of the
 * restricting words in its clause? Then "may … only by" does not bind as it does ("shall report by
 * consensus" → "may report only by consensus": the mechanism need no longer report at all). Against
 * a duty restricted itself ("shall be issued only by"), or one to another act that conditions this one
 * ("shall pass an assessment before providing data" → "may only provide data after an assessment"),
 * the restricted permission keeps its strength.
 */
function plainDutyToSameAct(side: Side, f: Frame | null, pSide: Side, p: Frame | null, lex: Ctx['lex']): boolean {
  if (!f?.aux || !p?.aux || f.verb || f.negs.length > 0 || f.auxStrength === null || f.auxStrength <= 1) return false;
  const a = actVerbAfterAux(side, f);
  const b = actVerbAfterAux(pSide, p);
  if (a < 0 || b < 0 || side.tokens[a].lemma !== pSide.tokens[b].lemma) return false;
  for (let k = auxEnd(f); k < side.tokens.length && side.tokens[k].sentence === f.sentence && !isClausePunct(side.tokens[k]); k++) {
    if (lex.restrictedPermission.words.has(side.tokens[k].n)) return false;
  }
  return true;
}

/**
 * Does the predicate at `k` (right after the auxiliary) state the legal consequence of an act ("shall
 * be liable to a fine", "shall be punishable by", "shall incur a penalty": modality.yaml
 * `declarative.consequences`), whoever its subject? A form of "be" may come first.
 */
function consequence(side: Side, k: number, words: Set<string>): boolean {
  const T = side.tokens;
  if (k < T.length && T[k].lemma === 'be' && T[k].sentence === T[Math.max(0, k - 1)].sentence) k++;
  return k < T.length && (words.has(T[k].n) || words.has(T[k].lemma));
}

/** The first token from i on that is no additive adverb ("would also establish": function-words.yaml `additive-adverbs`). */
export function pastAdditive(side: Side, i: number, lex: Ctx['lex']): number {
  while (side.tokens[i]?.pos === 'ADV' && lex.additiveAdverbs.has(side.tokens[i].n)) i++;
  return i;
}

/**
 * Does the token name the instrument, a part of it or a norm it lays down (modality.yaml
 * `declarative.subjects`)? Also a capitalised plural of one, a list of numbered provisions
 * ("Sections 33 and 35", "Articles 5 to 7"), which the tagger reads as a proper noun, not lemmatised.
 */
export function instrumentWord(t: Token, lex: Ctx['lex']): boolean {
  const s = lex.declarative.subjects;
  if (s.has(t.lemma) || s.has(t.n)) return true;
  return t.pos === 'PROPN' && t.n.length > 3 && t.n.endsWith('s') && !t.n.endsWith('ss') && s.has(t.n.slice(0, -1));
}

/**
 * Is the frame a statement of the law ("This Chapter shall apply"): modality.yaml `declarative`? A
 * predicate coordinated with no subject of its own ("This Agreement shall apply to A, but shall not
 * apply to B") is one when the predicate before it is.
 */
export function declarative(side: Side, f: Frame | null, lex: Ctx['lex']): boolean {
  const d = lex.declarative;
  if (!f || !f.aux || f.verb || !f.auxWord || !d.auxiliaries.has(f.auxWord)) return false;
  let k = auxEnd(f);
  while (k < side.tokens.length && (side.tokens[k].pos === 'ADV' || side.neg[k])) k++;
  if (consequence(side, k, d.consequences)) return true;
  if (k >= side.tokens.length || side.tokens[k].pos !== 'VERB' || !d.verbs.has(side.tokens[k].lemma)) return false;
  let c = f.aux[0] - 1;
  while (c >= 0 && side.tokens[c].pos === 'ADV') c--;
  if (c > 0 && side.tokens[c].pos === 'CCONJ' && side.tokens[c].sentence === side.tokens[f.aux[0]].sentence) {
    const at = side.marker[f.aux[0]];
    const prev = at > 0 ? side.frames[at - 1] : null;
    return !!prev && prev !== f && prev.sentence === f.sentence && prev.end <= c && declarative(side, prev, lex);
  }
  // the subject just before the auxiliary names the instrument or a term; after a noun and a
  // relative pronoun ("Parties that maintain export controls shall apply") the subject is the noun
  // before it, the words after it a relative clause
  const T = side.tokens;
  const a = f.aux[0];
  let start = a;
  while (start > 0 && a - start < 14 && T[start - 1].sentence === T[a].sentence && !isClausePunct(T[start - 1])) start--;
  let rel = -1;
  for (let j = start + 1; j < a && rel < 0; j++) if (lex.relatives.has(T[j].n) && (T[j - 1].pos === 'NOUN' || T[j - 1].pos === 'PROPN')) rel = j;
  for (let j = (rel >= 0 ? rel : a) - 1; j >= (rel >= 0 ? start : Math.max(start, a - 6)); j--) {
    if (instrumentWord(T[j], lex)) return true;
  }
  return false;
}

/**
 * A modal auxiliary closing the change on one side, a conditional ("would", modality.yaml
 * `past-forms.conditional`) before the same verb on the other ("We shall address" → "They would
 * address"): "would" is no marker, so the change would be one rewording; the words before are
 * compared on their own (an actor change) and the modal against the conditional (pastForm).
 */
function conditionalAgainstModal(c: Candidate, ctx: Ctx, ks: Span[], fromBase: boolean): Candidate[] | null {
  const X = fromBase ? ctx.base : ctx.reading;
  const Y = fromBase ? ctx.reading : ctx.base;
  const xs = fromBase ? c.b : c.r;
  const ys = fromBase ? c.r : c.b;
  const k = ks[ks.length - 1];
  if (k[1] !== xs[1] || k[1] - k[0] !== 1 || len(ys) < 2) return null;
  // (an additive adverb right after the conditional, "will" → "would also": function-words.yaml
  // `additive-adverbs`, a piece of its own, as it is after a modal)
  let e = ys[1];
  while (e - 1 > ys[0] && Y.tokens[e - 1].pos === 'ADV' && ctx.lex.additiveAdverbs.has(Y.tokens[e - 1].n)) e--;
  const w = Y.tokens[e - 1];
  if (!ctx.lex.pastForms.conditional.has(w.n) || !ctx.lex.modals.get(X.tokens[k[0]].n)?.some((e) => e.words.length === 1 && e.kind === 'aux')) return null;
  const head: Candidate = fromBase ? { b: k, r: [e - 1, e], deontic: true } : { b: [e - 1, e], r: k, deontic: true };
  const rest: Candidate = fromBase ? { b: [xs[0], k[0]], r: [ys[0], e - 1] } : { b: [ys[0], e - 1], r: [xs[0], k[0]] };
  const adverb: Candidate = fromBase ? { b: [xs[1], xs[1]], r: [e, ys[1]] } : { b: [e, ys[1]], r: [xs[1], xs[1]] };
  return [rest, head, adverb].filter((p) => len(p.b) + len(p.r) > 0);
}

/**
 * An auxiliary against its past form ("will" → "would", modality.yaml `past-forms`): the tense of
 * reported speech after a reporting verb on the side with the past form, else a conditional.
 */
function pastForm(c: Candidate, ctx: Ctx) {
  if (len(c.b) !== 1 || len(c.r) !== 1) return null;
  const { pairs, reporting, conditional } = ctx.lex.pastForms;
  const b = ctx.base.tokens[c.b[0]];
  const r = ctx.reading.tokens[c.r[0]];
  // (a modal against the conditional of another, "shall" → "would", changes force as "will" → "would" does)
  const aux = (w: string) => !!ctx.lex.modals.get(w)?.some((e) => e.words.length === 1 && e.kind === 'aux');
  const past =
    pairs.get(b.n) === r.n || (conditional.has(r.n) && !conditional.has(b.n) && aux(b.n)) ? 'reading'
    : pairs.get(r.n) === b.n || (conditional.has(b.n) && !conditional.has(r.n) && aux(r.n)) ? 'base'
    : null;
  if (!past) return null;
  const [side, at] = past === 'reading' ? [ctx.reading, c.r[0]] : [ctx.base, c.b[0]];
  // (past an additive adverb, "would also establish")
  const v = pastAdditive(side, at + 1, ctx.lex);
  const verbAfter = side.tokens[v];
  if (!verbAfter || (verbAfter.pos !== 'VERB' && verbAfter.pos !== 'AUX' && !side.neg[v])) return null;
  const [present, pastWord] = past === 'reading' ? [b.n, r.n] : [r.n, b.n];
  // (only a modal's own past form is the tense of reported speech: "should", "must" keep their
  // form after "said", so "should" → "would" there is a change of force)
  const said = reportingVerbBefore(side, at, reporting);
  // "…, the ministers said."
  const tail = said < 0 ? tailFrame(side, at, reporting) : null;
  const reportedBy = said >= 0 ? side.tokens[said].t : tail ? side.tokens[tail[1] - 1].t : null;
  if (reportedBy !== null && pairs.get(present) === pastWord) return finding(c, 'grammatical', `grammatical (the tense of reported speech, ${said >= 0 ? 'after' : 'before'} ${q(reportedBy)}): ${change(ctx, c)}`);
  const pastStrength = conditional.get(pastWord);
  const frame = ctx.lex.modals.get(present)?.find((e) => e.words.length === 1);
  if (pastStrength === undefined || !frame) return null;
  const [from, to] = past === 'reading' ? [frame.strength, pastStrength] : [pastStrength, frame.strength];
  if (from === to) return null;
  const d = direction(from, to);
  const why = reportedBy !== null ? `not the tense of reported speech (${q(present)} keeps its form after ${q(reportedBy)}): ` : '';
  return finding(c, 'modality', `obligation ${d}: ${q(b.t)} (${from}) → ${q(r.t)} (${to}) — ${why}${past === 'reading' ? 'the act put in the conditional' : 'a conditional made an undertaking'}`, d);
}

function classify(c: Candidate, ctx: Ctx) {
  const pf = pastForm(c, ctx);
  if (pf) return pf;
  if (!c.deontic) return null;
  const B = frameOf(ctx.base, c.b);
  const R = frameOf(ctx.reading, c.r);
  // (no marker on either side: only one negator for another that is emphatic, "is not undertaken" →
  // "is never undertaken", is a change of force, as "should not" → "should never" is)
  if (!B.touched && !R.touched && !emphaticSwap(ctx, c)) return null;
  // a relative clause's own modal against none ("the Partnership, which shall bring" → "which
  // brings"): the frame of the main clause before the relative pronoun ("We welcome …") does not
  // govern the relative clause, which has no modal
  if (B.touched !== R.touched) {
    // (the touched side's modal opens the relative clause: "which shall", "who, in turn, shall")
    const [U, us, Tt, ts] = B.touched ? [ctx.reading, c.r, ctx.base, c.b] : [ctx.base, c.b, ctx.reading, c.r];
    const uf = B.touched ? R : B;
    const tf = B.touched ? B.frame : R.frame;
    if (uf.frame && tf && relativeBetween(U, uf.frame.end, us[0], ctx.lex) && relativeBetween(Tt, Math.max(ts[0] - 4, tf.start - 4, 0), tf.start, ctx.lex)) uf.frame = null;
  }
  // (the modal dropped before its act, the same verb inflected on the other side, "will require a
  // warrant" → "requires a warrant": that verb, right after the change, is the act, not a directive
  // in force there; the frame in force is the one before it, `modalDroppedBeforeSameVerb`)
  for (const [U, us, uf, X, xf] of [[ctx.reading, c.r, R, ctx.base, B], [ctx.base, c.b, B, ctx.reading, R]] as const) {
    const f = uf.frame;
    const a = xf.frame;
    if (uf.touched || len(us) > 0 || !f?.verb || f.aux || f.verb[0] !== us[0] || !a?.aux || a.verb) continue;
    if (X.tokens[a.end]?.lemma !== U.tokens[f.verb[0]].lemma) continue;
    const before = us[0] > 0 ? frameAt(U, us[0] - 1) : null;
    uf.frame = before !== f ? before : null;
  }
  // an action item: the base's sentence restated in the imperative, its subject and first modal
  // dropped ("The Agency shall join the Group, and will support the norms" → "Join the Group;
  // support the norms"): the modal of a second predicate dropped with them (", and will" → ";",
  // ", who shall" → "to") is part of that one restatement, already reported over the subject, no
  // change of force of its own
  if (actionItem(c, ctx, B.frame, R.frame, B.touched, R.touched, fb0(ctx, B.frame))) {
    return finding(c, 'grammatical', `grammatical (an action item: the sentence restated in the imperative, its subject and modals dropped together): ${change(ctx, c)}`);
  }
  // "shall apply" → "applies": the tense of a legal text, no force on either side
  const db = declarative(ctx.base, B.frame, ctx.lex);
  const dr = declarative(ctx.reading, R.frame, ctx.lex);
  if ((db || dr) && (db || !B.frame?.aux) && (dr || !R.frame?.aux)) {
    // negated on each side: by the frame, or, without one, by a negator just after the change ("does not apply")
    const negatedAt = (side: Side, f: Frame | null, s: Span) => {
      if (f) return f.negs.length > 0;
      for (let k = s[0]; k < Math.min(side.tokens.length, s[1] + 2); k++) if (side.neg[k]) return true;
      return false;
    };
    const nb = negatedAt(ctx.base, B.frame, c.b);
    const nr = negatedAt(ctx.reading, R.frame, c.r);
    if (nb === nr) return finding(c, 'grammatical', `grammatical (a statement of the law, not an obligation: the auxiliary is the tense of a legal text): ${change(ctx, c)}`);
  }
  let fb = force(ctx, ctx.base, B.frame, c.b);
  let fr = force(ctx, ctx.reading, R.frame, c.r);
  // (the limb of the directive's complement the change lies in: `limbForce`)
  [fb, fr] = [limbForce(ctx.base, B.frame, fb, c.b, fr), limbForce(ctx.reading, R.frame, fr, c.r, fb)];
  // "should encourage X and [should] share Y": a bare verb coordinated with the directive verb is
  // bound by the auxiliary alone, as the modal written out on the other side says; it is no
  // complement of "encourage" (that would be "encourage X to … and share")
  if (!B.touched && R.touched && !fr.verbWord && coordinatedWithDirective(ctx.base, B.frame, c.b, ctx.reading, c.r, ctx.claimedB, ctx.claimedR)) fb = auxOnly(fb);
  else if (!R.touched && B.touched && !fb.verbWord && coordinatedWithDirective(ctx.reading, R.frame, c.r, ctx.base, c.b, ctx.claimedR, ctx.claimedB)) fr = auxOnly(fr);
  // "should protect data and also encourage" → "and shall also encourage": the directive verb the
  // modal written out governs stands after the change on both sides (the other side's is under the
  // first predicate's modal): the two modals are what differ, not a modal and a directive verb
  if (!fb.verbWord && fr.verbWord && !fr.verbIn && sameVerbAfter(ctx.reading, R.frame, c.r, ctx.base, c.b, ctx.claimedB)) fr = auxOnly(fr);
  else if (!fr.verbWord && fb.verbWord && !fb.verbIn && sameVerbAfter(ctx.base, B.frame, c.b, ctx.reading, c.r, ctx.claimedR)) fb = auxOnly(fb);
  // a frame whose act takes a negated object ("will face no new fees") forbids as "will not face
  // fees" does: against a prohibition ("do not intend to impose new fees") the polarity is the same
  // and only the force differs (side.ts `objectNegated`)
  if (fb.negated !== fr.negated) {
    const [U, uf, us] = fb.negated ? [ctx.reading, R.frame, c.r] : [ctx.base, B.frame, c.b];
    if (uf?.aux && !uf.verb && uf.negs.length === 0 && us[1] >= uf.end && objectNegated(U, [uf.start, us[1]])) {
      if (fb.negated) fr = { ...fr, negated: true };
      else fb = { ...fb, negated: true };
    }
  }
  // a modal written out before a verb of refraining both sides read after the change ("…, and
  // refrain from" → "…, and must refrain from"): the frame on one side takes in the negator that
  // stands, unchanged, after the change on the other too; the polarity is the same and only the
  // force differs (a limb with no modal, or a weaker one, made binding: strengthened, not a modal
  // repeated)
  // (not an exemption on either side: "are not required to" → "need not" is a duty lifted both
  // ways, the frames' business below)
  if (fb.negated !== fr.negated && !(B.frame && exempts(B.frame, ctx.base, ctx.lex)) && !(R.frame && exempts(R.frame, ctx.reading, ctx.lex))) {
    const [U, us, N, nf, ns] = fb.negated ? [ctx.reading, c.r, ctx.base, B.frame, c.b] : [ctx.base, c.b, ctx.reading, R.frame, c.r];
    const after = (sd: Side, k: number) => {
      while (k < sd.tokens.length && sd.tokens[k].pos === 'ADV' && !sd.neg[k]) k++;
      return k;
    };
    const nk = after(N, ns[1]);
    const uk = after(U, us[1]);
    if (nf && nf.negs.length > 0 && nf.negs.every((k) => k >= ns[1]) && nf.negs.includes(nk) && U.neg[uk] && U.tokens[uk]?.n === N.tokens[nk].n && U.tokens[uk].sentence === U.tokens[Math.max(us[0] - 1, 0)]?.sentence) {
      const w = U.tokens[uk].t.toLowerCase();
      const mark = (f: Force): Force => ({ ...f, negated: true, desc: () => (f.statement ? w : `${f.desc()} ${w}`) });
      if (fb.negated) fr = mark(fr);
      else fb = mark(fb);
    }
  }
  if (fb.negated !== fr.negated) {
    // a polarity flip is negation's business; but when it lies outside the candidate, in what is
    // urged ("Calls upon States to attack" → "Urges States not to attack": the "not" is its own
    // negation), the directive verbs changed here still differ in force
    if (!fb.verbIn || !fr.verbIn || fb.verbWord === fr.verbWord || fb.verbStrength === fr.verbStrength || negatorIn(ctx.base, c.b) >= 0 || negatorIn(ctx.reading, c.r) >= 0) return null;
    if (negativeVerbIn(ctx.base, c.b) || negativeVerbIn(ctx.reading, c.r)) return null; // "encourage" → "discourage": the flip itself
    const d = direction(fb.verbStrength!, fr.verbStrength!);
    return finding(c, 'modality', `directive ${d}: ${q(fb.verbWord!)} (${fb.verbStrength}) → ${q(fr.verbWord!)} (${fr.verbStrength}) (what is urged is reversed: a negation of its own)`, d);
  }
  if (!fb.negated) {
    let from: number;
    let to: number;
    let fromW: string;
    let toW: string;
    let why = '';
    const pasB = passiveDirective(ctx.base, B.frame);
    const pasR = passiveDirective(ctx.reading, R.frame);
    if (fb.verbWord && fb.verbWord === fr.verbWord && pasB !== pasR && (pasB ? R.frame : B.frame)?.auxWord) {
      // "States should encourage" → "States are encouraged": the subject, bound to encourage others,
      // is now itself encouraged; its force is the auxiliary on one side, the directive on the other
      const [active, passive] = pasB ? [fr, fb] : [fb, fr];
      const a: [number, string] = [active.auxStrength ?? 0, active.auxWord ?? 'no modal'];
      const p: [number, string] = [passive.verbStrength!, passive.verbWord!];
      [from, fromW, to, toW] = pasB ? [...p, ...a] : [...a, ...p];
      why = pasB ? ` — the party addressed by ${q(p[1])} is now bound by ${q(a[1])} to ${p[1]} others` : ` — the party bound by ${q(a[1])} to ${p[1]} others is now itself addressed by ${q(p[1])}`;
    } else if (fb.verbWord && fr.verbWord && fb.verbWord !== fr.verbWord) {
      [from, to, fromW, toW] = [fb.verbStrength!, fr.verbStrength!, fb.verbWord, fr.verbWord];
    } else if (fb.verbWord && fb.verbWord === fr.verbWord && !pasB && !pasR && (fb.auxWord === null) !== (fr.auxWord === null) && (fb.auxStrength ?? fr.auxStrength ?? 0) <= fb.verbStrength!) {
      // "A preservation order shall require the custodian to preserve" → "… requires the custodian
      // to preserve": the directive verb both sides keep lays the duty on the party it addresses, at
      // least as firmly as the auxiliary it loses (or gains); the auxiliary is another wording of
      // the same rule, no change of force ("We will encourage" → "We encourage", a milder verb, is
      // the commitment weakened)
      const aux = fb.auxWord ?? fr.auxWord;
      return finding(c, 'modality', `modality changed, same force: the directive verb ${q(fb.verbWord)} (${fb.verbStrength}) binds ${fb.auxWord ? 'without' : 'beside'} ${q(aux!)} as firmly`);
    } else if (fb.auxWord !== fr.auxWord && !!fb.verbWord === !!fr.verbWord) {
      // a permission restricted to one case ("may be issued only by") binds as "shall … only by"
      let rb = restrictedPermission(ctx.base, B.frame, ctx.lex);
      let rr = restrictedPermission(ctx.reading, R.frame, ctx.lex);
      // … but not against a plain duty to do the same act ("shall report by consensus" → "may report
      // only by consensus"): the restriction binds how the act may be done, the duty to do it is lost
      if (rr && !rb && plainDutyToSameAct(ctx.base, B.frame, ctx.reading, R.frame, ctx.lex)) rr = null;
      else if (rb && !rr && plainDutyToSameAct(ctx.reading, R.frame, ctx.base, B.frame, ctx.lex)) rb = null;
      const word = (f: Force, r: { strength: number; word: string } | null) => (f.auxWord ?? 'no modal') + (r ? ` … ${r.word}` : '');
      [from, to, fromW, toW] = [rb?.strength ?? fb.auxStrength ?? 0, rr?.strength ?? fr.auxStrength ?? 0, word(fb, rb), word(fr, rr)];
      if (from === to && (rb !== null || rr !== null)) {
        return finding(c, 'grammatical', `grammatical (the same rule: a permission restricted to one case, ${q(rb ? fromW : toW)}, binds as ${q(rb ? toW : fromW)} does): ${change(ctx, c)}`);
      }
    } else {
      from = fb.verbStrength ?? fb.auxStrength ?? 0;
      to = fr.verbStrength ?? fr.auxStrength ?? 0;
      fromW = fb.verbWord ?? fb.auxWord ?? 'no modal';
      toW = fr.verbWord ?? fr.auxWord ?? 'no modal';
    }
    // a plain statement against a possibility ("pose" → "can pose"): the statement asserts what the
    // modal only allows for, so the hedge added weakens it (modality.yaml `hedged-statement`)
    const hs = ctx.lex.hedgedStatement;
    const possibility = (f: Force, side: Side, fr: Frame | null) => !f.statement && !f.verbWord && f.auxWord !== null && f.auxStrength !== null && f.auxStrength <= hs.max && !restrictedPermission(side, fr, ctx.lex);
    if (fb.statement && possibility(fr, ctx.reading, R.frame)) [from, why] = [hs.strength, ' — a statement hedged into a possibility'];
    else if (fr.statement && possibility(fb, ctx.base, B.frame)) [to, why] = [hs.strength, ' — a possibility made a statement'];
    if (from === to) {
      // the same strength, another kind of modality ("may" → "can": a permission read as an ability,
      // modality.yaml `senses`): a change of modality with no direction
      const sb = fb.auxWord && !fb.verbWord ? ctx.lex.modalSenses.get(fb.auxWord) : undefined;
      const sr = fr.auxWord && !fr.verbWord ? ctx.lex.modalSenses.get(fr.auxWord) : undefined;
      if (sb && sr && sb !== sr) return finding(c, 'modality', `modality changed, same strength: ${q(fb.auxWord!)} (${sb}) → ${q(fr.auxWord!)} (${sr})`);
      return null;
    }
    // a permission or possibility ("may include", "might", "could") against no modal ("includes"):
    // what may be done is now stated as done, or back. Neither binds, but the statement says more:
    // it leaves no discretion, so here the scale's 1 → 0 reads the other way (not for a permission
    // restricted to one case, "may … only", which binds as "shall" does: its number is not 1)
    const permissive = (f: Force, n: number) => f.auxWord !== null && !f.verbWord && f.auxStrength === n && n > 0 && n <= 1;
    const bare = (f: Force, n: number) => f.auxWord === null && !f.verbWord && n === 0;
    if ((permissive(fb, from) && bare(fr, to)) || (bare(fb, from) && permissive(fr, to))) {
      const d: Direction = to === 0 ? 'strengthened' : 'weakened';
      const how = to === 0 ? 'what may be done is now stated as done' : 'what was stated as done now only may be';
      return finding(c, 'modality', `modality ${d}: ${q(fromW)} → ${q(toW)} — ${how}`, d);
    }
    const d = direction(from, to);
    return finding(c, 'modality', `obligation ${d}: ${q(fromW)} (${from}) → ${q(toW)} (${to})${why}`, d);
  }
  // a duty lifted ("are not required to", "need not") against one forbidden ("shall not", "must
  // not"): the act goes from optional to forbidden, or back; two exemptions have the same force
  const eb = !!B.frame && exempts(B.frame, ctx.base, ctx.lex);
  const er = !!R.frame && exempts(R.frame, ctx.reading, ctx.lex);
  if (eb && er) return null;
  if (eb !== er) {
    const d: Direction = eb ? 'strengthened' : 'weakened';
    return finding(c, 'modality', `prohibition ${d}: ${q(fb.desc())} → ${q(fr.desc())} — ${eb ? 'an exemption (a duty lifted) becomes a prohibition' : 'a prohibition becomes an exemption (a duty lifted)'}`, d);
  }
  // prohibitions
  const pb = prohibition(ctx, fb);
  const pr = prohibition(ctx, fr);
  // a limb restated with "nor" (negation.yaml `limb-negators`, joined by readings.ts
  // joinLimbNegator): it carries over the prohibition in force before it, compared with the base's
  // own ("…, and should not use" → "will never attack …, nor use": 'should not' → 'will never')
  const nor = !R.touched && !fb.verbWord && !fr.verbWord ? limbNegatorIn(ctx.reading, c.r, ctx.lex) : null;
  if (nor) {
    if (pb === pr) return finding(c, 'grammatical', `grammatical (the prohibition continues under ${q(nor)}, with the same force: ${q(fb.desc())} = ${q(fr.desc())}): ${change(ctx, c)}`);
    const d = direction(pb, pr);
    return finding(c, 'modality', `prohibition ${d}: ${q(fb.desc())} (${pb}) → ${q(fr.desc())} (${pr}) — the limb continues the prohibition before it under ${q(nor)}`, d);
  }
  // a prohibition of the act itself (no directive verb) forbids every way of bringing it about:
  // it counts as forbidding the mildest directive (strength 0), so "shall not obtain" → "should
  // never require … to provide" is weakened (only requiring is forbidden)
  const oneVerb = !!fb.verbWord !== !!fr.verbWord && (fb.verbIn || fr.verbIn) && !fb.urgesNot && !fr.urgesNot;
  if ((fb.verbWord && fr.verbWord && fb.verbWord !== fr.verbWord && fb.verbStrength !== fr.verbStrength && !fb.urgesNot && !fr.urgesNot) || (oneVerb && pb === pr)) {
    const vb = fb.verbStrength ?? 0;
    const vr = fr.verbStrength ?? 0;
    const d: Direction = vr > vb ? 'weakened' : 'strengthened';
    const vw = (f: Force) => (f.verbWord ? q(f.verbWord) : 'the act itself');
    const why = vr > vb
      ? `forbidding ${vw(fr)} (${vr}) rather than ${vw(fb)} (${vb}) leaves the milder act allowed`
      : `forbidding ${vw(fr)} (${vr}) rather than ${vw(fb)} (${vb}) also rules out the milder act`;
    const wording = pb !== pr ? ` (though worded ${pr > pb ? 'more' : 'less'} firmly: ${pb} → ${pr})` : '';
    return finding(c, 'modality', `prohibition ${d}: ${q(fb.desc())} → ${q(fr.desc())} — ${why}${wording}`, d);
  }
  if (pb === pr) {
    // one verb of refraining for another, the same force ("shall refrain from" → "shall abstain
    // from", "cease" → "desist"): the prohibition stands, but the verb is another word with its own
    // sense (to cease is to stop what is under way; to avoid, to keep clear of it), a word choice
    const vb = refrainingVerb(ctx.base, c.b);
    const vr = refrainingVerb(ctx.reading, c.r);
    if (vb && vr && vb !== vr) return finding(c, 'lexical', `another verb of refraining, the same prohibition (${pb}): ${q(vb)} → ${q(vr)}`);
    return null;
  }
  const d = direction(pb, pr);
  // (a statement on one side only: "does not create" → "shall not create")
  const made = !!fb.statement === !!fr.statement ? '' : fb.statement ? ' — a statement made binding' : ' — a binding rule made a statement';
  return finding(c, 'modality', `prohibition ${d}: ${q(fb.desc())} (${pb}) → ${q(fr.desc())} (${pr})${made}`, d);
}

/** The lemma of the verb of refraining (a negator that is a verb: negation.yaml) in the span, or null. */
function refrainingVerb(side: Side, s: Span): string | null {
  for (let i = s[0]; i < s[1]; i++) if (side.neg[i] && side.tokens[i].pos === 'VERB') return side.tokens[i].lemma;
  return null;
}

/** Is the frame a positive obligation of its own auxiliary alone ("will", "shall")? */
function fb0(ctx: Ctx, f: Frame | null): boolean {
  return !!f?.aux && !f.verb && f.negs.length === 0 && (f.auxStrength ?? 0) > 0;
}

/**
 * An action item restating the base's sentence in the imperative: the candidate is the base's
 * modal (its own auxiliary, positive, with no directive verb) of a second predicate, dropped with
 * nothing in force in its place; an earlier frame of the base's sentence has its own auxiliary, and
 * the reading's sentence has no frame at all and opens with the verb that follows that first
 * auxiliary ("The Agency shall join …" → "Join …").
 */
function actionItem(c: Candidate, ctx: Ctx, bf: Frame | null, rf: Frame | null, bt: boolean, rt: boolean, own: boolean): boolean {
  if (!bt || rt || rf || !own || !bf) return false;
  const X = ctx.base;
  const Y = ctx.reading;
  // (sentence starts: tokens of one sentence before the frame and the change)
  const opening = (side: Side, i: number) => {
    let o = i;
    while (o > 0 && side.tokens[o - 1].sentence === side.tokens[i].sentence) o--;
    return o;
  };
  const first = X.frames[firstFrameFrom(X, opening(X, bf.start))];
  if (!first || first === bf || first.sentence !== bf.sentence || !first.aux || first.verb || first.end >= X.tokens.length) return false;
  const at = Math.min(c.r[0], Y.tokens.length - 1);
  if (at < 0) return false;
  const s = Y.tokens[at].sentence;
  let o = opening(Y, at);
  let e = at;
  while (e < Y.tokens.length && Y.tokens[e].sentence === s) e++;
  const fy = Y.frames[firstFrameFrom(Y, o)];
  if (fy && fy.start < e) return false;
  while (o < Y.tokens.length && Y.tokens[o].punct) o++;
  const act = X.tokens[first.end];
  const open = Y.tokens[o];
  return !!open && open.sentence === s && (open.n === act.n || open.lemma === act.lemma);
}

/**
 * Is each side of the candidate negators alone (no negative determiner, no negating preposition),
 * with an emphatic negator (modality.yaml `emphatic-negators`: "never") on one side only ("not" →
 * "never")?
 */
function emphaticSwap(ctx: Ctx, c: Candidate): boolean {
  const only = (side: Side, s: Span) => {
    if (len(s) === 0) return null;
    let never = false;
    for (let i = s[0]; i < s[1]; i++) {
      const t = side.tokens[i];
      if (!side.neg[i] || t.pos === 'ADP' || negativeDeterminer(t, true)) return null;
      if (ctx.lex.prohibition.emphatic.has(t.n)) never = true;
    }
    return never;
  };
  const b = only(ctx.base, c.b);
  const r = only(ctx.reading, c.r);
  return b !== null && r !== null && b !== r;
}

/** The limb negator ("nor": negation.yaml `limb-negators`) the span holds, or null. */
function limbNegatorIn(side: Side, s: Span, lex: Ctx['lex']): string | null {
  for (let i = s[0]; i < s[1]; i++) if (side.neg[i] && lex.limbNegators.has(side.tokens[i].n)) return side.tokens[i].t.toLowerCase();
  return null;
}

/**
 * One change of force, one finding. First, the pieces the split cut from one frame against one
 * frame ("should [not] seek to" → "shall [not]": the same explanation twice) are joined. Then a
 * directive verb put over the clause that keeps the auxiliary ("shall designate" → "hopes that …
 * will be designated"): the outer verb gives the force, so the auxiliary's own change in the clause
 * it governs ("shall" → "will") is not a second change of force. Of two modality findings in one
 * sentence of the reading, against the same frame of the base and in the same direction, the later
 * one (an auxiliary with no directive verb) is folded into the earlier one (a directive verb).
 * Mutates `findings`.
 */
export function foldGovernedAux(findings: Finding[], ctx: Ctx): void {
  const R = ctx.reading;
  const B = ctx.base;
  const marked = (side: Side, s: Span | null): Frame | null => {
    if (!s) return null;
    for (let i = s[0]; i < s[1]; i++) if (side.marker[i] >= 0) return side.frames[side.marker[i]];
    return null;
  };
  const baseFrame = (f: Finding) => marked(B, f.b) ?? frameAt(B, f.b ? f.b[0] : f.at ?? 0);
  foldReportingVerb(findings, ctx, baseFrame);
  foldFrameWords(findings, ctx, marked);
  foldHedgeAddition(findings, ctx, marked);
  // the pieces of one frame against one frame ("should [not] seek to" → "shall [not]"): one finding
  let modal = 0;
  for (const f of findings) if (f.type === 'modality') modal++;
  if (modal < 2) return;
  // a piece of a base frame read against no modal ("Nothing" → "", 'may' → 'no modal') beside
  // another piece of the same frame read against the reading's modal ("from" → "must"): the frame's
  // change is the latter's, the former is no second change of force; its words join it
  for (let x = 0; x < findings.length; x++) {
    const g = findings[x];
    if (g.type !== 'modality' || !g.b || (g.r && len(g.r) > 0)) continue;
    const bf = baseFrame(g);
    const f = bf ? findings.find((h) => h !== g && h.type === 'modality' && h.r && len(h.r) > 0 && marked(R, h.r) && baseFrame(h) === bf) : undefined;
    if (!f) continue;
    f.b = union(f.b, g.b);
    findings.splice(x--, 1);
  }
  for (let x = 0; x < findings.length; x++) {
    const f = findings[x];
    if (f.type !== 'modality') continue;
    for (let y = x + 1; y < findings.length; y++) {
      const g = findings[y];
      if (g.type !== 'modality' || g.explanation !== f.explanation || g.direction !== f.direction) continue;
      const rf = marked(R, f.r);
      const rg = marked(R, g.r);
      if (baseFrame(f) !== baseFrame(g) || (rf !== rg && rf !== null && rg !== null)) continue;
      f.b = union(f.b, g.b);
      f.r = union(f.r, g.r);
      findings.splice(y--, 1);
    }
  }
  for (let x = 0; x < findings.length; x++) {
    const outer = findings[x];
    if (outer.type !== 'modality' || !outer.r || !outer.direction) continue;
    const fo = marked(R, outer.r);
    if (!fo || !fo.verb) continue;
    for (let y = 0; y < findings.length; y++) {
      const inner = findings[y];
      if (y === x || inner.type !== 'modality' || !inner.r || inner.direction !== outer.direction || inner.r[0] <= outer.r[0]) continue;
      const fi = marked(R, inner.r);
      if (!fi || fi.verb || !fi.aux || fi.sentence !== fo.sentence) continue;
      const bo = baseFrame(outer);
      if (!bo || bo !== baseFrame(inner)) continue;
      outer.explanation += ` (${q(text(R, fi.aux))} in the clause it governs)`;
      findings.splice(y, 1);
      if (y < x) x--;
      y--;
    }
  }
}

/**
 * A speaker's hedge put over the clause in place of its modal ("Governments should publish" → "We
 * would hope that governments publish"): the modality finding compares the modal with the hedge's
 * directive verb ("should" (4) → "hope" (2)), but the aligner reads the hedge's words as an addition
 * of their own and the modal as dropped. An addition that holds the directive verb of the frame in
 * force on the finding's reading side, with only function words, pronouns, the conditional ("would")
 * and marks beside it, is that finding's reading: one change of force, 'should' → 'We would hope
 * that'. Mutates `findings`.
 */
function foldHedgeAddition(findings: Finding[], ctx: Ctx, marked: (side: Side, s: Span | null) => Frame | null): void {
  const R = ctx.reading;
  const B = ctx.base;
  for (const m of findings) {
    // (the modal dropped, read against no word of the reading: the hedge is elsewhere)
    if (m.type !== 'modality' || !m.direction || !m.b || m.r) continue;
    const fb = marked(B, m.b);
    if (!fb?.aux) continue;
    const y = findings.findIndex((g) => {
      if (g.type !== 'addition' || !g.r || g.b || g.at === undefined || g.at > m.b![0]) return false;
      // (before the modal, past its subject at most: "[We would hope that] governments publish")
      for (let i = g.at; i < m.b![0]; i++) if (B.tokens[i].sentence !== fb.sentence || !inSubject(B, i, i + 1)) return false;
      // the hedge's directive verb, no auxiliary of its own, with only function words, pronouns,
      // the conditional and marks beside it
      const fr = R.frames.find((f) => f.verb && !f.aux && f.verb[0] >= g.r![0] && f.verb[1] <= g.r![1]);
      if (!fr) return false;
      // (ending with the verb or the "that" after it: "We would hope that all" adds a word of its own)
      const last = R.tokens[g.r![1] - 1];
      if (g.r![1] !== fr.verb![1] && !(g.r![1] === fr.verb![1] + 1 && (last.n === 'that' || last.pos === 'SCONJ'))) return false;
      for (let i = g.r![0]; i < g.r![1]; i++) {
        const t = R.tokens[i];
        if (!((i >= fr.verb![0] && i < fr.verb![1]) || R.fn[i] || t.punct || t.pos === 'PRON' || ctx.lex.pastForms.conditional.has(t.n))) return false;
      }
      return true;
    });
    if (y < 0) continue;
    m.r = findings[y].r;
    findings.splice(y, 1);
  }
}

/**
 * The words of one frame the aligner cut off from the rest of its change ("should not" → "commit
 * not to": "should" → "commit" a replacement, "not" read alike, "to" an insertion): a grammatical
 * finding whose words on one side are all markers of the frame a finding of the force has on that
 * side (a modality finding, or the lexical one of a marker for another of the same force, "shall
 * not" → "undertake not to"), with nothing on the other side, is part of that finding. The finding
 * then spans the whole frame on each side ("should not" → "commit not to"). Mutates `findings`.
 */
function foldFrameWords(findings: Finding[], ctx: Ctx, marked: (side: Side, s: Span | null) => Frame | null): void {
  // (words of the frame's own auxiliary phrase: not a negative subject, "No State should")
  const only = (side: Side, s: Span | null, f: Frame) => {
    if (!s || len(s) === 0 || !f.aux) return false;
    for (let i = s[0]; i < s[1]; i++) if (side.marker[i] < 0 || side.frames[side.marker[i]] !== f || i < f.aux[0] || i >= auxEnd(f)) return false;
    return true;
  };
  const whole = (s: Span, f: Frame | null): Span => (f?.aux ? [Math.min(s[0], f.aux[0]), Math.max(s[1], auxEnd(f))] : s);
  // (the words of a lexical finding all markers, or marks, on both sides: one modal word for another)
  const markers = (side: Side, s: Span) => {
    for (let i = s[0]; i < s[1]; i++) if (side.marker[i] < 0 && !side.tokens[i].punct) return false;
    return true;
  };
  for (const m of findings) {
    if (!m.b || !m.r || !(m.type === 'modality' || (m.type === 'lexical' && markers(ctx.base, m.b) && markers(ctx.reading, m.r)))) continue;
    const fb = marked(ctx.base, m.b);
    const fr = marked(ctx.reading, m.r);
    // (the spans before folding, quoted when the explanation is rewritten)
    const was: Candidate = { b: m.b, r: m.r };
    let folded = false;
    for (let y = 0; y < findings.length; y++) {
      const g = findings[y];
      if (g === m || g.type !== 'grammatical') continue;
      const fromR = !!fr && only(ctx.reading, g.r, fr) && (!g.b || len(g.b) === 0);
      const fromB = !!fb && only(ctx.base, g.b, fb) && (!g.r || len(g.r) === 0);
      if (!fromR && !fromB) continue;
      if (fromR) m.r = [Math.min(m.r[0], g.r![0]), Math.max(m.r[1], g.r![1])];
      else m.b = [Math.min(m.b[0], g.b![0]), Math.max(m.b[1], g.b![1])];
      findings.splice(y--, 1);
      folded = true;
    }
    if (!folded) continue;
    m.b = whole(m.b, fb);
    m.r = whole(m.r, fr);
    // (an explanation that quotes the change quotes it whole)
    m.explanation = m.explanation.replace(change(ctx, was), change(ctx, { b: m.b, r: m.r }));
  }
}

/**
 * A directive verb replaced by a reporting verb while the force moves into the reported clause
 * ("We encourage all States to implement" → "They said all States should implement"): the directive
 * verb's change is the modality finding already made against its frame, not a lexical change as
 * well. The lexical finding ("encourage" → "said": the directive verb on one side, reporting verbs
 * with function words on the other) is folded into the modality finding of the same base frame.
 * Mutates `findings`.
 */
function foldReportingVerb(findings: Finding[], ctx: Ctx, baseFrame: (f: Finding) => Frame | null): void {
  const B = ctx.base;
  const R = ctx.reading;
  const reporting = ctx.lex.pastForms.reporting;
  for (let x = 0; x < findings.length; x++) {
    const l = findings[x];
    if (l.type !== 'lexical' || !l.b || !l.r) continue;
    // the base side: one directive verb (the words of its frame's verb), function words aside
    let frame: Frame | null = null;
    let ok = true;
    for (let i = l.b[0]; i < l.b[1] && ok; i++) {
      const f = B.marker[i] >= 0 ? B.frames[B.marker[i]] : null;
      if (f?.verb && i >= f.verb[0] && i < f.verb[1] && (!frame || frame === f)) frame = f;
      else ok = B.fn[i] || B.tokens[i].punct;
    }
    if (!ok || !frame) continue;
    // the reading side: reporting verbs, function words aside
    let said = '';
    for (let j = l.r[0]; j < l.r[1] && ok; j++) {
      const t = R.tokens[j];
      if (isReportingVerb(t, reporting)) said ||= t.t;
      else ok = R.fn[j] || t.punct;
    }
    if (!ok || !said) continue;
    const m = findings.find((f) => f.type === 'modality' && f.b && f.r && baseFrame(f) === frame);
    if (!m) continue;
    m.b = [Math.min(m.b![0], l.b[0]), Math.max(m.b![1], l.b[1])];
    m.r = [Math.min(m.r![0], l.r[0]), Math.max(m.r![1], l.r[1])];
    m.explanation += ` (reported: ${q(said)})`;
    findings.splice(x--, 1);
  }
}

/**
 * The directive of a resolution in the active on one side and in the passive on the other, with the
 * words around it changed as well ("Encourages Member States to continue to inform" → "Member States
 * were encouraged to inform"; "Requests the Secretary-General, with the assistance of X, to submit" →
 * "The Secretary-General was requested to submit"): the verb, the party it addresses after it and the
 * same party as the subject of the passive make one change of construction, found before the
 * alignment's pieces are classified (the alignment may read the passive's "be" and participle against
 * other words, "to continue" → "were encouraged", and leave the active verb alone, a directive dropped).
 * The same verb is `grammatical`, the same directive in another construction; another directive verb
 * a `modality` change of its force (encourage 2 → urge 3.5). The addressee must be read alike, word
 * for word, right after the active verb (up to its "to" or a clause mark) and right before the
 * passive's "be", which opens its clause; neither frame may have an auxiliary of its own or a negator
 * before its verb. The words changed around them are left to be classified on their own.
 */
function directiveVoice(ctx: Ctx): Finding[] {
  const out: Finding[] = [];
  for (const fromBase of [true, false]) {
    const [A, P] = oriented(fromBase, ctx.base, ctx.reading);
    const [claimA, claimP] = oriented(fromBase, ctx.claimedB, ctx.claimedR);
    // (the alignment's map, built when a frame first needs it)
    let alikeA: readonly number[] | null = null;
    for (const fa of A.frames) {
      if (!fa.verb || !fa.verbWord || fa.aux || fa.verbNegative || fa.permits || passiveDirective(A, fa)) continue;
      if (fa.negs.some((k) => k < fa.verb![0]) || !unclaimed(claimA, fa.verb)) continue;
      alikeA ??= alikeMap(ctx, fromBase);
      if (alikeA[fa.verb[0]] >= 0) continue;
      // the party addressed: the words after the verb, up to its "to" (or a clause mark)
      const T = A.tokens;
      let e = fa.verb[1];
      while (e < T.length && e - fa.verb[1] <= ctx.lex.thresholds.subjectMaxWords && T[e].sentence === fa.sentence && T[e].n !== 'to' && T[e].n !== 'that' && !isClausePunct(T[e])) e++;
      const n = e - fa.verb[1];
      if (n === 0 || n > ctx.lex.thresholds.subjectMaxWords || e >= T.length || (T[e].n !== 'to' && !isClausePunct(T[e]))) continue;
      // the same party as the subject of a passive directive on the other side, read alike with it
      // (at its first content word)
      let k0 = fa.verb[1];
      while (k0 < e && !A.content[k0]) k0++;
      if (k0 === e || alikeA[k0] < 0) continue;
      const s0 = alikeA[k0] - (k0 - fa.verb[1]);
      const be = s0 + n;
      const U = P.tokens;
      if (s0 < 0 || be >= U.length || U[be].lemma !== 'be') continue;
      let same = true;
      for (let k = 0; k < n && same; k++) same = T[fa.verb[1] + k].n === U[s0 + k].n;
      if (!same) continue;
      const before = s0 > 0 ? U[s0 - 1] : null;
      if (before && before.sentence === U[s0].sentence && !before.punct && before.n !== 'that' && before.pos !== 'SCONJ' && before.pos !== 'CCONJ') continue;
      // (an adverb of sequence between "be" and the participle: "was also requested")
      let v = be + 1;
      while (v < U.length && ctx.lex.directiveAdverbs.has(U[v].n)) v++;
      const fp = v < U.length && P.marker[v] >= 0 ? P.frames[P.marker[v]] : null;
      if (!fp || !fp.verb || fp.verb[0] !== v || !fp.verbWord || fp.aux || fp.permits || !passiveDirective(P, fp) || fp.negs.some((k) => k < v)) continue;
      if (!unclaimed(claimP, [be, fp.verb[1]])) continue;
      // (the passive addresses the party only before its act: "were encouraged to", "were
      // encouraged, where appropriate, to"; "were encouraged by the progress" is a state of mind)
      // (or "were urged not to")
      const nx = P.neg[fp.verb[1]] ? fp.verb[1] + 1 : fp.verb[1];
      const next = U[nx];
      if (!next || (next.n !== 'to' && !isClausePunct(next))) continue;
      const [fb, fr] = oriented(fromBase, fa, fp);
      // the same verb read with another particle ("call upon" / "called on") is the same directive;
      // another verb of the same force is left to the word-level passes
      const sameVerb = fb.verbWord === fr.verbWord || contentLemmas(A, fa.verb).join(' ') === contentLemmas(P, fp.verb).join(' ');
      if (!sameVerb && fb.verbStrength === fr.verbStrength) continue;
      // the active side's span: the verb and the party after it (with the same adverb of sequence
      // before it as the passive reads: "Also requests X" / "X was also requested"); the passive's:
      // the party, "be" and the participle
      let a0 = fa.verb[0];
      if (v === be + 2 && a0 > 0 && T[a0 - 1].n === U[be + 1].n && !claimA[a0 - 1]) a0--;
      // (and its speaker, which the passive leaves unsaid: "We call on enterprises" / "Enterprises are encouraged")
      if (a0 > 0 && T[a0 - 1].pos === 'PRON' && T[a0 - 1].sentence === fa.sentence && !claimA[a0 - 1] && alikeA[a0 - 1] < 0 && (a0 === 1 || T[a0 - 2].sentence !== fa.sentence || isClausePunct(T[a0 - 2]))) a0--;
      const aSpan: Span = [a0, e];
      const pSpan: Span = [s0, fp.verb[1]];
      claimA.fill(1, a0, fa.verb[1]);
      claimP.fill(1, be, fp.verb[1]);
      const [b, r] = oriented(fromBase, aSpan, pSpan);
      const c: Candidate = { b, r };
      if (sameVerb) {
        out.push(finding(c, 'grammatical', `grammatical (the same directive in another construction): ${change(ctx, c)}`));
        continue;
      }
      const [from, to] = [fb.verbStrength ?? 0, fr.verbStrength ?? 0];
      const d = direction(from, to);
      out.push(finding(c, 'modality', `obligation ${d}: ${q(fb.verbWord!)} (${from}) → ${q(fr.verbWord!)} (${to})`, d));
    }
  }
  return out;
}

/** The directive verb in the active against the passive (`directiveVoice`), claimed before moved words are looked for. */
export const directiveVoiceClaim: Classifier = { name: 'directive-voice', claim: directiveVoice };

export const modality: Classifier = { name: 'modality', split, classify };

/**
 * An intensifier or a downtoner added or dropped alone right before a directive verb ("Encourages"
 * → "Strongly encourages", "Urges" → "Merely urges": modality.yaml `directive-downtoners`, stance.yaml
 * `intensifiers`): the directive is strengthened or weakened, a modality finding. The span holds
 * only such adverbs (and commas); the frame's directive verb follows it, past adverbs of sequence
 * ("strongly also encourages"). Run before the qualifier classifier ("only" before a directive
 * verb restricts no act).
 */
function directiveDegree(c: Candidate, ctx: Ctx): Finding | null {
  const dropped = len(c.r) === 0;
  if (dropped === (len(c.b) === 0)) return null;
  const [side, s] = dropped ? [ctx.base, c.b] : [ctx.reading, c.r];
  const T = side.tokens;
  let up = 0;
  let down = 0;
  for (let i = s[0]; i < s[1]; i++) {
    if (ctx.lex.stance.intensifiers.has(T[i].n) && T[i].pos === 'ADV') up++;
    else if (ctx.lex.directiveDowntoners.has(T[i].n)) down++;
    else if (T[i].n !== ',') return null;
  }
  if (up + down === 0 || (up > 0 && down > 0)) return null;
  let k = s[1];
  while (k < T.length && T[k].pos === 'ADV' && ctx.lex.directiveAdverbs.has(T[k].n)) k++;
  const f = side.frames.find((x) => x.verb && x.verb[0] === k && !x.verbNegative);
  if (!f || T[k].sentence !== T[s[0]].sentence) return null;
  const stronger = (up > 0) !== dropped;
  const d: Direction = stronger ? 'strengthened' : 'weakened';
  const kind = up > 0 ? 'intensifier' : 'downtoner';
  const verb = q(text(side, f.verb!));
  return finding(c, 'modality', `directive ${d}: ${kind} ${dropped ? 'dropped before' : 'added before'} ${verb}: ${change(ctx, c)}`, d);
}

export const directiveDegreeClassifier: Classifier = { name: 'directive-degree', classify: directiveDegree };

/**
 * The one frame with an auxiliary of its own that lies whole inside the span, with its predicate
 * (the verb after the auxiliary and its negators) inside too, or null (none, or several).
 */
function movedFrame(side: Side, s: Span): Frame | null {
  let found: Frame | null = null;
  const { byStart } = frameIndex(side);
  for (let i = s[0]; i < s[1]; i++) {
    for (const k of byStart[i] ?? []) {
      const f = side.frames[k];
      if (!f.aux || f.permits || f.end > s[1]) continue;
      if (found) return null;
      found = f;
    }
  }
  if (!found) return null;
  let k = found.end;
  while (k < s[1] && side.tokens[k].pos === 'ADV') k++;
  return k < s[1] && (side.tokens[k].pos === 'VERB' || side.tokens[k].pos === 'AUX') ? found : null;
}

/** A side's frames by the token they start at and by the token their verb starts at (indices into `frames`, ascending). */
interface FrameIndex {
  byStart: (number[] | undefined)[];
  byVerb: (number[] | undefined)[];
}

const frameIndexes = new WeakMap<Side, FrameIndex>();

/**
 * The frames of a side indexed by position, built once per side: a search for the frames inside a
 * span looks at the span's tokens, not at every frame of the side (a witness read whole as one unit
 * has thousands, and a span to look in for each of its changes).
 */
function frameIndex(side: Side): FrameIndex {
  let x = frameIndexes.get(side);
  if (!x) {
    x = { byStart: [], byVerb: [] };
    side.frames.forEach((f, k) => {
      (x!.byStart[f.start] ??= []).push(k);
      if (f.verb) (x!.byVerb[f.verb[0]] ??= []).push(k);
    });
    frameIndexes.set(side, x);
  }
  return x;
}

/**
 * A rule restructured around its modal, the modal and its predicate moved to another place in the
 * sentence ("Orders shall not be issued for data relating to journalists" → "Data about journalists
 * should not be sought"): the aligner reads the words around the modal dropped on one side and the
 * modal with the new predicate added on the other. When one omission holds a modal with its
 * predicate and one addition holds another, in sentences that read alike elsewhere (some word
 * aligned between them), and no other one-sided change with a modal is there to pair with, the two
 * modals are one deontic candidate (the force compared: "shall not" → "should not" weakened; the
 * same force is no change), the predicates after them are compared with each other ("be issued for"
 * → "be sought"), and so are the words before each modal (the former subject, "Orders", dropped).
 * Both must forbid, or neither: a prohibition dropped and a duty to do something else added is a
 * rewording. Returns the candidates, the pairs replaced.
 */
export function pairMovedFrames(cands: Candidate[], ctx: Ctx): Candidate[] {
  const { base, reading } = ctx;
  // each one-sided candidate with its frame, found once; on the reading's side also a change that
  // holds a permission in the passive ("… are allowed whenever", `passivePermission`)
  const dropped: { c: Candidate; f: Frame }[] = [];
  const added: { c: Candidate; f: Frame }[] = [];
  for (const c of cands) {
    // (a passive permission added alone is a piece the deontic split already cut: "is allowed")
    const f = c.deontic ? null : len(c.r) === 0 && len(c.b) > 0 ? movedFrame(base, c.b) : len(c.b) === 0 && len(c.r) > 0 ? movedFrame(reading, c.r) : null;
    if (f) (len(c.b) > 0 ? dropped : added).push({ c, f });
    else if (len(c.r) > 0 && (!c.deontic || len(c.b) === 0)) {
      const p = passivePermission(reading, c.r, ctx.lex);
      if (p) added.push({ c, f: p });
    }
  }
  if (dropped.length === 0 || added.length === 0) return cands;
  const droppedIn = new Map<number, number>();
  for (const d of dropped) droppedIn.set(d.f.sentence, (droppedIn.get(d.f.sentence) ?? 0) + 1);
  // sentence of the base → sentences of the reading it has words aligned with
  const linked = new Set<string>();
  for (const op of ctx.ops) {
    if (op.op !== 'equal') continue;
    for (let k = 0; k < op.baseSpan[1] - op.baseSpan[0]; k++) {
      const t = base.tokens[op.baseSpan[0] + k];
      const u = reading.tokens[op.readingSpan[0] + k];
      if (!t.punct && !u.punct) linked.add(`${t.sentence}:${u.sentence}`);
    }
  }
  const replaced = new Map<Candidate, Candidate[]>();
  const gone = new Set<Candidate>();
  for (const { c: a, f: fb } of dropped) {
    // (of the same polarity: a prohibition restated as a duty to do something else is a rewording;
    // but a party's act of permitting, "shall not authorise exports", against that permission in the
    // passive, "exports are allowed", is one rule's force whatever the polarity)
    const permitting = permittingAct(base, fb, a.b, ctx.lex);
    const partners = added.filter(({ c: z, f }) => !gone.has(z) && linked.has(`${fb.sentence}:${f.sentence}`) && (len(z.b) === 0 || (permitting && f.aux === null)) && ((f.negs.length > 0) === (fb.negs.length > 0) || (permitting && f.aux === null)));
    // (one candidate each way in the sentence: no other modal dropped there to pair with)
    if (partners.length !== 1 || droppedIn.get(fb.sentence) !== 1) continue;
    const { c: z, f: fr } = partners[0];
    const out: Candidate[] = [];
    if (fr.aux === null && permitting) {
      // "States shall not authorise" dropped, "… are allowed whenever" in a change of its own: the
      // auxiliary and the act of permitting against the passive ("shall not authorise" → "are
      // allowed"), the party before it dropped, the rest of each change on its own
      let be = Math.min(fr.start, fr.verb![0]);
      while (be > z.r[0] && (reading.tokens[be - 1].pos === 'ADV' || reading.neg[be - 1] || reading.tokens[be - 1].lemma === 'be')) be--;
      if (fb.start > a.b[0]) out.push({ b: [a.b[0], fb.start], r: [be, be] });
      out.push({ b: [fb.start, permitting], r: [be, fr.end], deontic: true });
      if (a.b[1] > permitting) out.push({ b: [permitting, a.b[1]], r: [fr.end, fr.end] });
      if (be > z.r[0] || fr.end < z.r[1] || len(z.b) > 0) {
        if (be > z.r[0]) out.push({ b: [z.b[0], z.b[0]], r: [z.r[0], be] });
        if (fr.end < z.r[1] || len(z.b) > 0) out.push({ b: z.b, r: [fr.end, z.r[1]] });
      }
      replaced.set(a, out);
      replaced.set(z, []);
      continue;
    }
    // the words before each modal: a subject reworded, or dropped or added
    if (fb.start > a.b[0] || fr.start > z.r[0]) out.push({ b: [a.b[0], fb.start], r: [z.r[0], fr.start] });
    out.push({ b: [fb.start, fb.end], r: [fr.start, fr.end], deontic: true });
    out.push({ b: [fb.end, a.b[1]], r: [fr.end, z.r[1]] });
    replaced.set(a, out);
    gone.add(z);
  }
  if (replaced.size === 0) return cands;
  return cands.filter((c) => !gone.has(c)).flatMap((c) => replaced.get(c) ?? [c]);
}

/** Is the marker entry of a frame's directive verb, or of the word at i, a verb of permitting (modality.yaml `act`)? */
function permittingWord(side: Side, i: number, lex: Ctx['lex']): boolean {
  const t = side.tokens[i];
  const es = lex.modals.get(t.lemma) ?? lex.modals.get(t.n);
  return !!es?.some((e) => e.kind === 'verb' && e.act && e.words.length === 1);
}

/**
 * A permission in the passive inside the span ("exports are allowed", "is permitted"): a frame with
 * no auxiliary of its own whose directive verb, a verb of permitting (`act`), follows a form of
 * "be", or null.
 */
function passivePermission(side: Side, s: Span, lex: Ctx['lex']): Frame | null {
  for (let i = s[0]; i < s[1]; i++) {
    const f = side.marker[i] >= 0 ? side.frames[side.marker[i]] : null;
    if (!f || f.aux || !f.verb || f.verb[0] !== i || f.verb[1] > s[1] || !permittingWord(side, i, lex)) continue;
    let k = i - 1;
    while (k >= s[0] && (side.tokens[k].pos === 'ADV' || side.neg[k])) k--;
    if (k >= s[0] && side.tokens[k].lemma === 'be') return f;
  }
  return null;
}

/**
 * The end of the act of permitting a dropped frame binds its party to ("shall not authorise"): the
 * verb of permitting right after the frame's auxiliary and negators (adverbs aside), inside the
 * span; else 0.
 */
function permittingAct(side: Side, f: Frame, s: Span, lex: Ctx['lex']): number {
  if (!f.aux || f.verb) return 0;
  let k = auxEnd(f);
  while (k < s[1] && side.tokens[k].pos === 'ADV') k++;
  return k < s[1] && side.marker[k] < 0 && permittingWord(side, k, lex) ? k + 1 : 0;
}

/**
 * A commitment restated as a reported position ("We intend to promote the use of trusted suppliers"
 * → "Ministers underlined the importance of trusted suppliers"): the modal dropped ("intend to" →
 * nothing, weakened) and, right after it, the act's verb replaced by a reporting verb (modality.yaml
 * `past-forms.reporting`: "underlined", "stressed", "reaffirmed") are one change of force: the text no
 * longer undertakes the act, it reports a position on it. The lexical pieces that follow in the
 * same clause, with only function words read alike between ("the use" → "the importance"), are the
 * act's object restated for the reporting verb and join it. One `modality` finding, weakened.
 * Mutates `findings`.
 */
export function foldReportedRestatement(findings: Finding[], ctx: Ctx): void {
  const B = ctx.base;
  const R = ctx.reading;
  const reporting = ctx.lex.pastForms.reporting;
  for (const f of findings) {
    if (f.type !== 'modality' || f.direction !== 'weakened' || !f.b || f.r) continue;
    const verb = findings.find((g) => g.type === 'lexical' && g.b && g.r && g.b[0] === f.b![1] && len(g.r) === 1 && isReportingVerb(R.tokens[g.r[0]], reporting) && B.tokens[g.b[0]].pos === 'VERB');
    if (!verb) continue;
    let b: Span = [f.b[0], verb.b![1]];
    let r: Span = [verb.r![0], verb.r![1]];
    const gone = new Set<Finding>([verb]);
    for (;;) {
      const next = findings.find((g) => {
        if (g.type !== 'lexical' || gone.has(g) || !g.b || !g.r || g.b[0] < b[1] || g.r[0] < r[1]) return false;
        if (B.tokens[g.b[0]].sentence !== B.tokens[b[0]].sentence) return false;
        // (only function words between, read alike: "the")
        for (let k = b[1]; k < g.b[0]; k++) if (!B.fn[k] || B.tokens[k].punct) return false;
        for (let k = r[1]; k < g.r[0]; k++) if (!R.fn[k] || R.tokens[k].punct) return false;
        return g.b[0] - b[1] === g.r[0] - r[1] && g.b[0] - b[1] <= 2;
      });
      if (!next) break;
      b = [b[0], next.b![1]];
      r = [r[0], next.r![1]];
      gone.add(next);
    }
    const c: Candidate = { b, r };
    const modal = text(B, f.b);
    f.b = b;
    f.r = r;
    f.at = b[0];
    f.explanation = `obligation weakened: ${change(ctx, c)} — the commitment (${q(modal)}) restated as a position reported (${q(R.tokens[verb.r![0]].t)}): the act is no longer undertaken`;
    for (const g of gone) findings.splice(findings.indexOf(g), 1);
  }
}

/**
 * A directive verb dropped (or added) while the act it governed stays, now under another directive
 * of the other side ("We intend to promote X and to encourage operators to assess the risks" → "We
 * will require operators to use X and to assess the risks"): the words gone ("to encourage
 * operators") are no omission but the act's directive replaced, `modality` by the verbs' strengths
 * (encourage 2 → require 6: strengthened). On the side of the omission (addition) the span holds the
 * verb of a frame; the first verb after the frame in its sentence, outside the span, is read alike
 * on the other side, where the frame in force over it has a directive verb of another strength that
 * the side of the omission does not read in place. Mutates `findings`.
 */
export function directiveOverKeptAct(findings: Finding[], ctx: Ctx): void {
  for (const f of findings) {
    const dropped = f.type === 'omission' && !!f.b && !f.r;
    const added = f.type === 'addition' && !!f.r && !f.b;
    if (!dropped && !added) continue;
    const [X, Y, s] = dropped ? [ctx.base, ctx.reading, f.b!] : [ctx.reading, ctx.base, f.r!];
    const alike = alikeMap(ctx, dropped);
    const T = X.tokens;
    // (the first such frame of the side: the least index among those whose verb starts in the span)
    const { byVerb } = frameIndex(X);
    let first = -1;
    for (let i = s[0]; i < s[1]; i++) {
      for (const k of byVerb[i] ?? []) {
        const g = X.frames[k];
        if ((first < 0 || k < first) && g.verb![1] <= s[1] && g.verbStrength !== null && !g.verbNegative && g.negs.length === 0) first = k;
      }
    }
    if (first < 0) continue;
    const fx = X.frames[first];
    let v = Math.max(fx.end, s[1]);
    while (v < T.length && T[v].sentence === fx.sentence && T[v].pos !== 'VERB' && !isClausePunct(T[v])) v++;
    if (v >= T.length || T[v].pos !== 'VERB' || T[v].sentence !== fx.sentence || alike[v] < 0) continue;
    // (the act governed through its "to")
    if (T[v - 1]?.n !== 'to') continue;
    const fy = frameAt(Y, alike[v]);
    if (!fy || !fy.verb || fy.verbStrength === null || fy.verbNegative || fy.negs.length > 0 || fy.verbStrength === fx.verbStrength) continue;
    // (the other side's directive is its own: not a verb this side reads in place)
    const back = alikeMap(ctx, !dropped);
    if (back[fy.verb[0]] >= 0) continue;
    const [from, to] = dropped ? [fx, fy] : [fy, fx];
    const d = direction(from.verbStrength!, to.verbStrength!);
    f.type = 'modality';
    f.direction = d;
    f.explanation = `obligation ${d}: ${q(T.slice(s[0], s[1]).map((t, k) => (k ? t.space : '') + t.t).join(''))} ${dropped ? 'omitted' : 'added'} — the act ${q(T[v].t)} now under ${q(to.verbWord!)} (${to.verbStrength}) rather than ${q(from.verbWord!)} (${from.verbStrength})`;
    // the other side's directive reported on its own as added (dropped), "States should encourage
    // vendors to share" → "Vendors are required to share": one change of the act's directive, frame
    // against frame ("should encourage" → "are required"), and the words before the frame, its
    // subject, which urged and now bears nothing, an omission (addition) of their own
    const ys: Span = [fy.aux ? Math.min(fy.aux[0], fy.start) : fy.start, fy.end];
    const g = findings.find((h) => h !== f && h.type === 'modality' && !(dropped ? h.b && len(h.b) > 0 : h.r && len(h.r) > 0) && (dropped ? h.r : h.b) && (dropped ? h.r! : h.b!)[0] <= ys[0] && ys[1] <= (dropped ? h.r! : h.b!)[1]);
    const xs: Span = [fx.aux ? Math.min(fx.aux[0], fx.start) : fx.start, fx.end];
    if (!g || xs[0] <= s[0] || xs[1] !== s[1] || xs[0] < s[0]) continue;
    const subject: Span = [s[0], xs[0]];
    if (contentCount(X, subject[0], subject[1]) === 0) continue;
    const other = (dropped ? g.r : g.b)!;
    const [b, r] = dropped ? [xs, other] : [other, xs];
    g.b = b;
    g.r = r;
    g.at = b[0];
    g.direction = d;
    g.explanation = `obligation ${d}: ${change(ctx, { b, r })} — the act ${q(T[v].t)} now under ${q(to.verbWord!)} (${to.verbStrength}) rather than ${q(from.verbWord!)} (${from.verbStrength})`;
    const words = q(T.slice(subject[0], subject[1]).map((t, k) => (k ? t.space : '') + t.t).join(''));
    f.type = dropped ? 'omission' : 'addition';
    delete f.direction;
    if (dropped) f.b = subject;
    else f.r = subject;
    f.explanation = `${dropped ? 'omitted' : 'added'}: ${words} — ${dropped ? 'who urged the act, no longer named' : 'who urges the act, now named'}`;
  }
}

/**
 * A modal dropped with the subject before it while the act it bound becomes the subject of a
 * directive in the passive ("States should cooperate in X" → "Cooperation in X is [merely]
 * encouraged"): the omission of "States should" and the directive added ('' → "is merely
 * encouraged", already compared with the modal in force) are the bearer dropped and one change of
 * force. The modal goes to the `modality` finding (`should` → `is merely encouraged`), the subject
 * stays an omission. Only when the modal closes the omission, has no directive verb or negator of its
 * own, and the verb after it is read, by its stem, in the reading's sentence before the added
 * directive (the act named as its subject). Mutates `findings`.
 */
export function modalToNominalDirective(findings: Finding[], ctx: Ctx): void {
  const B = ctx.base;
  const R = ctx.reading;
  for (const O of findings.slice()) {
    if (O.type !== 'omission' || !O.b || (O.r && len(O.r) > 0)) continue;
    const m = B.marker[O.b[1] - 1];
    if (m === undefined || m < 0) continue;
    const bf = B.frames[m];
    if (!bf.aux || bf.verb || bf.negs.length > 0 || bf.aux[0] < O.b[0] || auxEnd(bf) !== O.b[1]) continue;
    let v = O.b[1];
    while (v < B.tokens.length && B.tokens[v].pos === 'ADV') v++;
    const act = B.tokens[v];
    if (!act || act.pos !== 'VERB' || B.marker[v] >= 0) continue;
    const A = findings.find((g) => {
      if (g.type !== 'modality' || !g.r || (g.b && len(g.b) > 0)) return false;
      const k = R.marker[g.r[1] - 1];
      if (k === undefined || k < 0) return false;
      const rf = R.frames[k];
      if (!rf.verb || rf.aux || !passiveDirective(R, rf) || rf.verb[1] !== g.r[1]) return false;
      // (the act named before it in its sentence, by the stem of the base's verb)
      const sent = R.tokens[g.r[0]].sentence;
      for (let i = g.r[0] - 1; i >= 0 && R.tokens[i].sentence === sent; i--) if (R.content[i] && R.tokens[i].stem === act.stem) return true;
      return false;
    });
    if (!A) continue;
    const modal: Span = [bf.aux[0], O.b[1]];
    A.b = modal;
    A.at = modal[0];
    A.explanation = `${A.explanation} — the act ${q(act.t)} restated as the subject of the directive`;
    if (bf.aux[0] > O.b[0]) {
      O.b = [O.b[0], bf.aux[0]];
      O.explanation = `omitted: ${q(text(B, O.b))} — the directive in the passive names no bearer`;
    } else findings.splice(findings.indexOf(O), 1);
  }
}

/**
 * A verb that only names reaching the aim's object (modality.yaml `aim-verbs`: "aim to achieve X"
 * → "committed to X") dropped or added right after a change of frame on the same side: it goes with
 * that `modality` finding, one variant. Mutates `findings`.
 */
export function aimVerbWithFrame(findings: Finding[], ctx: Ctx): void {
  if (ctx.lex.aimVerbs.size === 0) return;
  for (const M of findings.slice()) {
    if (M.type !== 'modality' || !M.b || !M.r || len(M.b) === 0 || len(M.r) === 0) continue;
    const G = findings.find((g) => {
      if (g === M || (g.type !== 'omission' && g.type !== 'addition')) return false;
      const [s, X, end] = g.type === 'omission' ? [g.b, ctx.base, M.b![1]] : [g.r, ctx.reading, M.r![1]];
      if (!s || len(s) !== 1 || s[0] !== end || (g.type === 'omission' ? g.r : g.b)) return false;
      const t = X.tokens[s[0]];
      return t.pos === 'VERB' && ctx.lex.aimVerbs.has(t.lemma) && X.tokens[s[0] - 1]?.n === 'to';
    });
    if (!G) continue;
    M.b = union(M.b, G.b);
    M.r = union(M.r, G.r);
    M.explanation += ` (with ${q(text(G.b ? ctx.base : ctx.reading, (G.b ?? G.r)!))}, which only names reaching the aim)`;
    findings.splice(findings.indexOf(G), 1);
  }
}
