/**
 * `negation`: the polarity flips — one side of a deontic change is negated, the other is not
 * ("should not request" → "should request", "with" → "without"). Negators come from
 * lexicons/negation.yaml. Only deontic candidates (the marker clusters cut out by the modality
 * split, or a change made only of markers and function words) are judged, so dropping a whole
 * negated clause is an omission, not a flip.
 */
import { type Candidate, type Classifier, type Ctx, type Finding, alikeMap, change, facing, finding, len, q, text, union, wordsKey } from '../context.js';
import { type Frame, type Side, auxEnd, barsFrom, doNegationBefore, frameAt, inSubject, isClausePunct, negativeDeterminer, negativeVerbIn, negatorIn, objectNegated, purposeModal, sentenceReads } from '../side.js';
import type { Span, Token } from '../../types.js';
import { RELATIVE, exempts } from './qualifier.js';
import { declarative } from './modality.js';
import { antonymFlip, antonymRuns } from '../pairs.js';
import { HEDGES } from './hedge.js';

/** Is each side of the candidate one run of listed antonym words, whole (pairs.ts antonymRuns)? */
function sameRun(ctx: Ctx, c: Candidate): boolean {
  // (a run opens with a listed word: each side must)
  const listedAt = (side: Side, i: number) => ctx.lex.antonyms.has(side.tokens[i].lemma) || ctx.lex.antonyms.has(side.tokens[i].n);
  if (len(c.b) === 0 || len(c.r) === 0 || !listedAt(ctx.base, c.b[0]) || !listedAt(ctx.reading, c.r[0])) return false;
  const whole = (side: Side, s: Span) => {
    const runs = antonymRuns(side, s, ctx.lex);
    return runs.length === 1 && runs[0][0] === s[0] && runs[0][1] === s[1];
  };
  return whole(ctx.base, c.b) && whole(ctx.reading, c.r);
}

/**
 * Is there a negator in a subject in the span: a determiner or pronoun ("No State", "None"), or a
 * negator inside a subject region ("Neither States nor companies shall")?
 */
function subjectNegatorIn(side: Side, s: Span): boolean {
  for (let i = s[0]; i < s[1]; i++) {
    // (a determiner after the marker of its clause's frame opens the object, not the subject:
    // "shall transfer no data")
    const f = frameAt(side, i);
    if (negativeDeterminer(side.tokens[i], side.neg[i]) && !(f && f.end <= i && !inSubject(side, i, i + 1))) return true;
    if (side.neg[i] && side.subjects.some((r) => i >= r[0] && i < r[1])) return true;
  }
  return false;
}

/**
 * The frame one of whose negators lies in the span, or whose auxiliary follows a negator of the span
 * ("do not | commit to", "do not | have to": the do-support negation of the phrase), or null.
 */
function negatedFrame(side: Side, s: Span, lex: Ctx['lex']): Frame | null {
  const inS = (k: number) => k >= s[0] && k < s[1];
  // (only a phrase whose negation lifts the duty, modality.yaml `exemptions`: "do not aim to" is an
  // aim disclaimed, neither exemption nor prohibition)
  for (const f of side.frames) if (f.negs.some(inS) || (f.aux && inS(f.aux[0] - 1) && side.neg[f.aux[0] - 1] && exempts(f, side, lex))) return f;
  return null;
}

/** The first frame starting at or after pos in the same sentence, or null. */
function frameFrom(side: Side, pos: number): Frame | null {
  const t = side.tokens[Math.min(pos, side.tokens.length - 1)];
  for (const f of side.frames) if (f.start >= pos) return t && f.sentence === t.sentence ? f : null;
  return null;
}

/** The frame a side of a candidate has a marker of, or null. */
function markedFrame(side: Side, s: Span): Frame | null {
  for (let i = s[0]; i < s[1]; i++) if (side.marker[i] >= 0) return side.frames[side.marker[i]];
  return null;
}

/**
 * A permission to act without something ("Transfers may take place without any further
 * authorisation") restated as an exemption from it ("… shall not require any further authorisation",
 * "… are not required to obtain any further authorisation"), or back: the same rule in other words,
 * not a permission turned into an exemption. On one side the candidate holds a permission's auxiliary
 * (not negated) and ends before the first noun after a "without" in its clause; on the other it holds
 * a marker of a frame that lifts a duty (qualifier.ts `exempts`), and that noun is read in its
 * sentence, outside the candidate. Returns the noun, or null.
 */
export function permissionWithoutAsExemption(ctx: Ctx, c: Candidate): string | null {
  // (either way, each side must hold a marker)
  if (!markedFrame(ctx.base, c.b) || !markedFrame(ctx.reading, c.r)) return null;
  for (const fromBase of [true, false]) {
    const [P, ps, E, es] = facing(ctx, c, fromBase);
    const fp = markedFrame(P, ps);
    const fe = markedFrame(E, es);
    if (!fp || !fe || !fp.aux || fp.verb || fp.permits || fp.negs.length > 0 || fp.auxStrength === null || fp.auxStrength > 1) continue;
    if (ps[0] < fp.start || !exempts(fe, E, ctx.lex)) continue;
    const T = P.tokens;
    let w = -1;
    for (let k = fp.aux[1]; k < T.length && k - fp.aux[1] <= 8 && T[k].sentence === fp.sentence && !isClausePunct(T[k]); k++) {
      if (T[k].n === 'without') {
        w = k;
        break;
      }
    }
    if (w < 0 || ps[1] <= w) continue;
    let noun = -1;
    for (let k = w + 1; k < T.length && k - w <= 5 && !isClausePunct(T[k]); k++) {
      if (T[k].pos === 'NOUN' || T[k].pos === 'PROPN') {
        noun = k;
        break;
      }
    }
    if (noun < 0 || ps[1] > noun) continue;
    const lemma = T[noun].lemma;
    const U = E.tokens;
    for (let k = 0; k < U.length; k++) {
      if (U[k].sentence !== fe.sentence || U[k].lemma !== lemma || (k >= es[0] && k < es[1])) continue;
      return T[noun].t.toLowerCase();
    }
  }
  return null;
}

/**
 * The bar read in the sentence of token i ("The Memorandum prevents X from", "shall preclude X
 * from", "Nothing … prevents X from": modality.yaml `bars`, with a "from" after the verb in its
 * clause), and whether it is negated (by its frame, or by a negator earlier in its clause, "Nothing
 * in this Memorandum prevents"), or null when the sentence reads none.
 */
function barIn(side: Side, i: number, lex: Ctx['lex']): { at: number; negated: boolean } | null {
  const T = side.tokens;
  if (T.length === 0) return null;
  const s = T[Math.max(0, Math.min(i, T.length - 1))].sentence;
  let from = Math.max(0, Math.min(i, T.length - 1));
  while (from > 0 && T[from - 1].sentence === s) from--;
  let clause = from;
  for (let k = from; k < T.length && T[k].sentence === s; k++) {
    if (isClausePunct(T[k])) clause = k + 1;
    if (!barsFrom(T, k, lex)) continue;
    const f = frameAt(side, k);
    let negated = !!f && f.sentence === s && f.negs.length > 0 && f.end <= k + 1;
    for (let j = clause; j < k && !negated; j++) if (side.neg[j] && T[j].pos !== 'ADP') negated = true;
    return { at: k, negated };
  }
  return null;
}

/**
 * Is span `s` a conjunction and the verb after it, coordinated with a verb just before it that is no
 * directive ("limit | or prohibit")? Then the verb is a second act, not a directive of its own.
 */
function coordinatedAct(side: Side, s: Span): boolean {
  const T = side.tokens;
  if (len(s) !== 2 || T[s[0]].pos !== 'CCONJ' || s[0] === 0) return false;
  const before = s[0] - 1;
  return T[before].pos === 'VERB' && !(side.marker[before] >= 0 && side.frames[side.marker[before]].verb?.[0] === before);
}

/**
 * Does the frame's predicate give its subject a right (negation.yaml `rights`: "shall [not] be
 * entitled to", "shall have the right to")? The first word after the modal, past negators,
 * adverbs, "be", "have" and "the".
 */
function rightAfter(side: Side, f: Frame, lex: Ctx['lex']): boolean {
  if (!f.aux) return false;
  const T = side.tokens;
  for (let i = f.aux[1]; i < T.length && i < f.aux[1] + 6 && T[i].sentence === f.sentence; i++) {
    if (side.neg[i] || T[i].pos === 'ADV' || T[i].lemma === 'be' || T[i].lemma === 'have' || T[i].n === 'the') continue;
    return lex.rights.has(T[i].n) || lex.rights.has(T[i].lemma);
  }
  return false;
}

/**
 * The direction of a polarity flip from one force to another ('a prohibition' → 'a permission':
 * weakened), from negation.yaml `force-flips`; undefined for a pair with none ('an obligation' →
 * 'a prohibition': the act reversed, bound as much).
 */
function forceFlip(ctx: Ctx, from: string, to: string): 'strengthened' | 'weakened' | undefined {
  const name = (x: string) => x.replace(/^an? /, '');
  return ctx.lex.forceFlips.get(`${name(from)}>${name(to)}`);
}

/** Negation findings of a negated bar against a bar (`barFlip`), by the frame that permits. */
const BAR_FLIPS = new WeakMap<Finding, Frame>();

/**
 * A negated bar (a permission: "Nothing in this Memorandum shall prevent X from cooperating") against
 * the bar stated positively on the other side ("The Memorandum prevents X from cooperating", "This
 * Memorandum shall prevent X from …", "shall not preclude" → "shall preclude"): the permission becomes
 * a prohibition (or back), one `negation` over the frame's pieces (`foldBarFlips` joins them). Against
 * the bar negated without the auxiliary ("Nothing in this Memorandum prevents X from"), the auxiliary
 * dropped is the same permission worded otherwise (grammatical). A side whose own frame permits too is
 * no such change. Returns the finding, or null.
 */
function barFlip(c: Candidate, ctx: Ctx): Finding | null {
  for (const fromBase of [true, false]) {
    const [P, ps, O, os] = facing(ctx, c, fromBase);
    const pf = len(ps) > 0 ? markedFrame(P, ps) : null;
    if (!pf?.permits) continue;
    const bar = barIn(O, os[0], ctx.lex);
    if (!bar) continue;
    const of = frameAt(O, bar.at);
    if (of?.permits) continue;
    const barText = `${O.tokens[bar.at].t.toLowerCase()} … from`;
    if (bar.negated) {
      // (the negator is kept on the other side: only the auxiliary may differ here)
      for (let i = ps[0]; i < ps[1]; i++) if (P.neg[i]) return null;
      return finding(c, 'grammatical', `grammatical (the same permission, a negated bar, ${q(barText)}, stated without the auxiliary): ${change(ctx, c)}`);
    }
    const permission = `a permission (a negated bar: ${q(describeBar(P, pf, ctx.lex))})`;
    const prohibition = `a prohibition (the bar: ${q(barText)})`;
    const f = finding(c, 'negation', fromBase ? `polarity reversed: ${permission} becomes ${prohibition}` : `polarity reversed: ${prohibition} becomes ${permission}`,
      fromBase ? forceFlip(ctx, 'a permission', 'a prohibition') : forceFlip(ctx, 'a prohibition', 'a permission'));
    BAR_FLIPS.set(f, pf);
    return f;
  }
  return null;
}

/** "nothing … shall prevent … from", "shall not preclude … from": the negated bar's frame with its verb. */
function describeBar(side: Side, f: Frame, lex: Ctx['lex']): string {
  const at = [...f.negs, ...(f.aux ? range(f.aux) : [])].sort((x, y) => x - y);
  // (a bar that is the frame's own verb: "should not discourage … from")
  const from = f.verb ? f.verb[0] : f.end;
  let v = from;
  while (v < side.tokens.length && v - from < 4 && !barsFrom(side.tokens, v, lex)) v++;
  if (v < side.tokens.length && barsFrom(side.tokens, v, lex)) at.push(v);
  return at.map((k, n) => (n > 0 && k !== at[n - 1] + 1 ? '… ' : '') + side.tokens[k].t.toLowerCase()).join(' ') + ' … from';
}

function range(s: Span): number[] {
  const out: number[] = [];
  for (let i = s[0]; i < s[1]; i++) out.push(i);
  return out;
}

/**
 * The pieces of one negated bar's frame the split cut apart ("Nothing" and "shall" against "The
 * Memorandum prevents"), each read against the bar: one `negation` over them. Mutates `findings`.
 */
export function foldBarFlips(findings: Finding[], ctx: Ctx): void {
  for (let x = 0; x < findings.length; x++) {
    const f = findings[x];
    const pf = BAR_FLIPS.get(f);
    if (!pf) continue;
    for (let y = x + 1; y < findings.length; y++) {
      const g = findings[y];
      if (BAR_FLIPS.get(g) !== pf || g.explanation !== f.explanation) continue;
      f.b = union(f.b, g.b);
      f.r = union(f.r, g.r);
      findings.splice(y--, 1);
    }
    const c: Candidate = { b: f.b ?? [f.at ?? 0, f.at ?? 0], r: f.r ?? [0, 0] };
    f.explanation = f.explanation.replace('polarity reversed: ', `polarity reversed: ${change(ctx, c)} — `);
  }
}

/**
 * A negative subject laid on a duty ("Each Party should consult" → "No Party is required to
 * consult"): no one is bound, so the recommendation (obligation) becomes an exemption, weakened
 * (negation.yaml `force-flips`), not a negation 'Each' → 'No' beside a modality 'should' → 'is
 * required to' read as strengthened. The negation over the subject's negator and the change of the
 * marker of the same frame (a modality or lexical finding) become one `negation` over both. The
 * negated side's frame is a passive verb that lifts a duty when negated (modality.yaml `exemptions`,
 * "is required to", "is obliged to"); the other side's frame binds (strength above a permission's)
 * and is not negated. Mutates `findings`.
 */
export function foldNegatedSubjectDuty(findings: Finding[], ctx: Ctx): void {
  for (let x = 0; x < findings.length; x++) {
    const n = findings[x];
    if (n.type !== 'negation' || !n.b || !n.r) continue;
    const nb = subjectNegatorIn(ctx.base, n.b);
    const nr = subjectNegatorIn(ctx.reading, n.r);
    if (nb === nr) continue;
    const [N, ns, P, ps] = nr ? [ctx.reading, n.r, ctx.base, n.b] : [ctx.base, n.b, ctx.reading, n.r];
    const fn = frameFrom(N, ns[1]);
    const fp = frameFrom(P, ps[1]);
    if (!fn?.verb || fn.negs.length > 0 || !fn.auxWord && !(fn.verb[0] > 0 && N.tokens[fn.verb[0] - 1].lemma === 'be')) continue;
    if (!ctx.lex.exemptions.verbs.has(N.tokens[fn.verb[0]].lemma)) continue;
    const strength = fp ? fp.verbStrength ?? fp.auxStrength : null;
    if (!fp || fp.negs.length > 0 || fp.permits || strength === null || strength <= 1) continue;
    // (the change of the frame's marker, when the two sides word it otherwise: its words, with the
    // "be" before a passive and the "to" after it, "is required to")
    const inFrame = (side: Side, s: Span | null, f: Frame) => !!s && s[0] < f.end && s[1] > f.start && s[1] - s[0] <= f.end - f.start + 3;
    const y = findings.findIndex((g) => g !== n && (g.type === 'modality' || g.type === 'lexical') && inFrame(N, nr ? g.r : g.b, fn) && inFrame(P, nr ? g.b : g.r, fp));
    if (y >= 0) {
      const g = findings[y];
      n.b = union(n.b, g.b);
      n.r = union(n.r, g.r);
      findings.splice(y, 1);
      if (y < x) x--;
    }
    const [from, to] = nr ? ['an obligation', 'an exemption'] : ['an exemption', 'an obligation'];
    const c: Candidate = { b: n.b!, r: n.r! };
    n.explanation = `polarity reversed: ${change(ctx, c)} — ${from} becomes ${to} (${nr ? 'the negative subject: no one is bound' : 'the negative subject gone: each is bound'})`;
    n.direction = forceFlip(ctx, from, to);
  }
}

/**
 * Does the other side read the directive verb of the span (a verb of forbidding only, with
 * `negative`: "prohibited") in the sentence of the change, outside it: the verb moved?
 */
export function directiveElsewhere(X: Side, xs: Span, Y: Side, ys: Span, negative = true): boolean {
  const lemmas = new Set<string>();
  for (let i = xs[0]; i < xs[1]; i++) {
    const f = X.marker[i] >= 0 ? X.frames[X.marker[i]] : null;
    if ((f?.verbNegative || !negative) && f?.verb && i >= f.verb[0] && i < f.verb[1]) lemmas.add(X.tokens[i].lemma);
  }
  const T = Y.tokens;
  if (lemmas.size === 0 || T.length === 0) return false;
  const at = Math.min(ys[0], T.length - 1);
  const s = T[at].sentence;
  for (let k = at; k >= 0 && T[k].sentence === s; k--) if (!(k >= ys[0] && k < ys[1]) && lemmas.has(T[k].lemma)) return true;
  for (let k = at + 1; k < T.length && T[k].sentence === s; k++) if (!(k >= ys[0] && k < ys[1]) && lemmas.has(T[k].lemma)) return true;
  return false;
}

/**
 * A negated predicate reworded around the negator both sides keep ("This Memorandum does not create
 * legally binding obligations" → "… is not legally binding"): "do" against a form of "be" just before
 * the negator, the verb after the negator dropped on the side with "do" (with the determiners after it, "does
 * not create any obligations"), and, further on in its
 * clause, the words between read alike, an object noun dropped with it. The same polarity, the
 * predicate reworded: one `lexical` finding over the predicate (pushed to `findings`), not "does" →
 * "is" grammatical beside two omissions. Returns the candidates left.
 */
export function joinNegatedPredicate(cands: Candidate[], ctx: Ctx, findings: Finding[]): Candidate[] {
  const gone = new Set<Candidate>();
  for (const a of cands) {
    if (a.deontic || len(a.b) !== 1 || len(a.r) !== 1) continue;
    for (const fromBase of [true, false]) {
      const [X, xs, Y, ys] = facing(ctx, a, fromBase);
      const xd = X.tokens[xs[0]];
      const yb = Y.tokens[ys[0]];
      if (xd.lemma !== 'do' || xd.pos !== 'AUX' || yb.lemma !== 'be' || !X.neg[xs[1]] || !Y.neg[ys[1]] || X.tokens[xs[1]].n !== Y.tokens[ys[1]].n) continue;
      const xOf = (c: Candidate) => (fromBase ? c.b : c.r);
      const yOf = (c: Candidate) => (fromBase ? c.r : c.b);
      // the verb after the negator, dropped on the side with "do"
      // (with the determiners after it: "does not create any obligations")
      const dets = (c: Candidate) => {
        for (let k = xOf(c)[0] + 1; k < xOf(c)[1]; k++) if (X.tokens[k].pos !== 'DET') return false;
        return true;
      };
      const verb = cands.find((c) => !gone.has(c) && xOf(c)[0] === xs[1] + 1 && len(xOf(c)) >= 1 && len(xOf(c)) <= 3 && len(yOf(c)) === 0 && yOf(c)[0] === ys[1] + 1 && X.tokens[xOf(c)[0]].pos === 'VERB' && dets(c));
      if (!verb) continue;
      let xEnd = xOf(verb)[1];
      let yEnd = ys[1] + 1;
      // its object noun dropped further on, the words between read alike
      const obj = cands.find((c) => {
        if (c === a || c === verb || gone.has(c) || len(yOf(c)) !== 0 || len(xOf(c)) === 0 || xOf(c)[0] <= xEnd) return false;
        for (let k = xOf(c)[0]; k < xOf(c)[1]; k++) if (X.tokens[k].pos !== 'NOUN') return false;
        for (let k = xEnd; k < xOf(c)[0]; k++) if (isClausePunct(X.tokens[k])) return false;
        const between = cands.some((d) => d !== c && d !== verb && d !== a && xOf(d)[0] >= xEnd && xOf(d)[0] < xOf(c)[0]);
        return !between && xOf(c)[0] - xEnd === yOf(c)[0] - yEnd;
      });
      if (obj) {
        xEnd = xOf(obj)[1];
        yEnd = yOf(obj)[0];
        gone.add(obj);
      }
      const c: Candidate = fromBase ? { b: [xs[0], xEnd], r: [ys[0], yEnd] } : { b: [ys[0], yEnd], r: [xs[0], xEnd] };
      findings.push(finding(c, 'lexical', `wording changed: ${change(ctx, c)} — the negated predicate reworded, the same polarity`));
      gone.add(a);
      gone.add(verb);
      break;
    }
  }
  return gone.size ? cands.filter((c) => !gone.has(c)) : cands;
}

/**
 * Both sides of the change an auxiliary with function words only, a negator on one side alone ("does
 * not" → "is", "is not" → "will be").
 */
function auxFlip(c: Candidate, ctx: Ctx): boolean {
  if (len(c.b) === 0 || len(c.r) === 0) return false;
  // (an auxiliary on each side, no coordinator: ", but shall not [inform]" → ", and also [the
  // user]" is a limb reworded, not one predicate's polarity)
  const only = (side: Side, s: Span) => {
    let neg = false;
    let aux = false;
    for (let i = s[0]; i < s[1]; i++) {
      const t = side.tokens[i];
      if (side.neg[i]) neg = true;
      else if (t.pos === 'AUX') aux = true;
      else if (t.pos === 'CCONJ' || !side.fn[i] || t.punct) return null;
    }
    return aux ? neg : null;
  };
  const nb = only(ctx.base, c.b);
  const nr = only(ctx.reading, c.r);
  return nb !== null && nr !== null && nb !== nr;
}

/**
 * "or" against "nor" under the same negation ("should not be arbitrary or discriminatory" →
 * "should be neither arbitrary nor discriminatory"): "nor" carries on a negator before it in its
 * sentence ("neither", "not"), and the "or" side has a negator before it in its sentence too, so
 * both sides deny both limbs: no polarity changes. Returns the correlative phrase's opening negator
 * ("neither") on the "nor" side, or null.
 */
function correlativeNor(ctx: Ctx, c: Candidate): string | null {
  const one = (side: Side, s: Span): string | null => {
    let w: string | null = null;
    for (let i = s[0]; i < s[1]; i++) {
      if (side.tokens[i].punct) continue;
      if (w !== null) return null;
      w = side.tokens[i].n;
    }
    return w;
  };
  // the negator before position i in its sentence, or -1
  const negBefore = (side: Side, i: number): number => {
    const sent = side.tokens[i].sentence;
    for (let k = i - 1; k >= 0 && side.tokens[k].sentence === sent; k--) if (side.neg[k]) return k;
    return -1;
  };
  for (const fromBase of [true, false]) {
    const [X, xs, Y, ys] = facing(ctx, c, fromBase);
    if (one(X, xs) !== 'nor' || one(Y, ys) !== 'or') continue;
    const x = negBefore(X, xs[0]);
    if (x >= 0 && negBefore(Y, ys[0]) >= 0) return X.tokens[x].t;
  }
  return null;
}

export const negation: Classifier = {
  name: 'negation',
  classify(c, ctx) {
    // one word (or a run of them, "voluntary, non-binding") for its listed antonym ("support" →
    // "oppose", "lawful" → "unlawful", → "binding"): the stance reverses (pairs.ts antonymFlip)
    const flip = !c.deontic && sameRun(ctx, c) ? antonymFlip(ctx, c.b, c.r) : null;
    if (flip) {
      const d = flip.direction;
      if (d) return finding(c, 'negation', `polarity reversed: ${change(ctx, c)} — the status of the norm turned (${d === 'strengthened' ? 'now binding' : 'no longer binding'})`, d);
      return finding(c, 'negation', `polarity reversed: ${change(ctx, c)} — the opposite stance`);
    }
    // (not split out as deontic: a negated auxiliary against another auxiliary, what is left of a
    // rewording once its content words are paired, "does not [create]" → "is": the polarity flip)
    if (!c.deontic && !auxFlip(c, ctx)) return null;
    const bar = barFlip(c, ctx);
    if (bar) return bar;
    // "may take place without any further authorisation" → "shall not require any further authorisation"
    const thing = permissionWithoutAsExemption(ctx, c);
    if (thing) {
      return finding(c, 'lexical', `the same rule reworded, no change of force: a permission to act without ${q(thing)} is an exemption from it: ${change(ctx, c)}`);
    }
    const nor = correlativeNor(ctx, c);
    if (nor) return finding(c, 'grammatical', `grammatical (the same negation carried on by ${q(nor)}): ${change(ctx, c)}`);
    let nb = 0;
    let nr = 0;
    // the negator of a frame that permits ("Nothing … shall prevent X from") does not forbid
    const forbids = (side: Side, i: number) => side.neg[i] && !(side.marker[i] >= 0 && side.frames[side.marker[i]].permits);
    for (let i = c.b[0]; i < c.b[1]; i++) if (forbids(ctx.base, i)) nb++;
    for (let j = c.r[0]; j < c.r[1]; j++) if (forbids(ctx.reading, j)) nr++;
    // "discourage … from" forbids as "refrain from" does: a change of force, not of polarity
    const vb = negativeVerbIn(ctx.base, c.b);
    const vr = negativeVerbIn(ctx.reading, c.r);
    // a verb of forbidding the other side reads too, outside the change, in its sentence: the verb
    // put in another construction ("unless a judge has prohibited such notification" → "unless such
    // notification has been prohibited"), not a prohibition added
    if (nb === 0 && nr === 0 && vb !== vr && (vb ? directiveElsewhere(ctx.base, c.b, ctx.reading, c.r) : directiveElsewhere(ctx.reading, c.r, ctx.base, c.b))) return null;
    // (a verb of forbidding dropped or added as one of two coordinated acts, with its conjunction:
    // "do not seek to limit or prohibit lawful action" → "to limit lawful action": an act fewer, no
    // polarity)
    if (vb && !coordinatedAct(ctx.base, c.b)) nb++;
    if (vr && !coordinatedAct(ctx.reading, c.r)) nr++;
    if (nb > 0 === nr > 0) return null;
    // a modal and its negator dropped with nothing in their place, whose predicate the witness does
    // not read either ("and their agencies should not make such payments" → "and companies hit by
    // attacks will be required …"): the prohibition is gone with its act, not turned into a duty —
    // nothing in the witness says the act should be done. A negation needs the negator dropped from
    // a predicate the witness still reads ("shall not pay" → "shall pay").
    if (predicateGone(ctx, c, nb > 0)) {
      return finding(c, nb > 0 ? 'omission' : 'addition', `${nb > 0 ? 'omitted' : 'added'}: ${q(text(nb > 0 ? ctx.base : ctx.reading, nb > 0 ? c.b : c.r))} — ${nb > 0 ? 'the prohibition is gone with the act it forbade, not turned into a duty' : 'a prohibition with an act of its own, not a duty negated'}`);
    }
    // a negator that belongs to no deontic frame negates a phrase or a dependent clause ("with" →
    // "without consent", "requirements that are not arbitrary"), not the rule itself
    const loose = (side: Side, s: Span) => {
      if (negativeVerbIn(side, s)) return false;
      for (let i = s[0]; i < s[1]; i++) {
        if (!side.neg[i]) continue;
        if (side.marker[i] >= 0 || negativeDeterminer(side.tokens[i], true) || inSubject(side, i, i + 1)) return false;
        // "(but) does not commit to": the negator of a commitment refused (negatedFrame), the
        // predicate itself even with its subject elided
        if (negatedFrame(side, [i, i + 1], ctx.lex)) return false;
        // "Calls upon States not to act", "… to refrain from acting": the negation of what a directive verb urges
        if ((side.tokens[i + 1]?.n === 'to' || side.tokens[i - 1]?.n === 'to') && frameAt(side, i)?.verb) return false;
        // "This Memorandum does not create …": the auxiliary right after the subject, negated, is
        // the predicate of the clause itself
        // (not in a clause of purpose, "so that users do not recognise it": that clause binds no one)
        const aux = side.tokens[i - 1];
        if (aux && aux.pos === 'AUX' && i >= 2 && inSubject(side, i - 2, i - 1) && !purposeModal(side.tokens, i - 1, ctx.lex)) return false;
      }
      return true;
    };
    if (loose(ctx.base, c.b) && loose(ctx.reading, c.r)) {
      // "shall not apply to A or to B" → "applies to A but not to B": the side without the negator
      // is under a negated rule that reaches this limb, the side with it under none; the negator
      // keeps the limb excluded (the rule's own negation, dropped, is a change of its own)
      const [plain, ps, negSide, nsp] = nb > 0 ? [ctx.reading, c.r, ctx.base, c.b] : [ctx.base, c.b, ctx.reading, c.r];
      // (a limb of a coordination on each side: the negator right after a conjunction, "but not",
      // "and not", against a conjunction; not a negator moved into a relative clause, "requirements
      // that are not arbitrary")
      const limb = (side: Side, s: Span, negator: boolean) => {
        for (let i = s[0]; i < s[1]; i++) if (side.tokens[i].pos === 'CCONJ' && (!negator || side.neg[i + 1])) return true;
        return false;
      };
      const over = frameAt(plain, ps[0]);
      const own = frameAt(negSide, nsp[0]);
      if (limb(plain, ps, false) && limb(negSide, nsp, true) && over && over.negs.length > 0 && over.negs.every((k) => k < ps[0]) && !(own && own.negs.length > 0)) {
        return finding(c, 'grammatical', `grammatical (the exclusion kept: ${q(text(negSide, nsp))} states for this limb what the negated rule ${q(text(plain, [over.start, over.end]))} said of it): ${change(ctx, c)}`);
      }
      return finding(c, 'negation', `polarity reversed: ${change(ctx, c)} — in a phrase or dependent clause, not in the rule itself`);
    }
    // the side without a negator in the change may still be negated by its frame ("not" kept, verb
    // changed), or by the frame that follows when the negator opens the subject on the other side
    // ("States shall not" → "No State should": the negation moved, the polarity stays)
    const subjectNeg = nb > 0 ? subjectNegatorIn(ctx.base, c.b) : subjectNegatorIn(ctx.reading, c.r);
    const other = nb > 0
      ? (subjectNeg ? frameFrom(ctx.reading, c.r[0]) : frameAt(ctx.reading, c.r[0]))
      : (subjectNeg ? frameFrom(ctx.base, c.b[0]) : frameAt(ctx.base, c.b[0]));
    if (other && other.negs.length > 0 && (nb > 0 ? other.negs.some((k) => k < c.r[0] || k >= c.r[1]) : other.negs.some((k) => k < c.b[0] || k >= c.b[1]))) {
      return null;
    }
    // … or by a verb of forbidding in force before the change, its "from" in the change ("States
    // shall not use" → "The treaty bars States from using": the ban states the prohibition; its force
    // is modality's business; the "from" in the change or right after it)
    const os = nb > 0 ? c.r : c.b;
    const oside = nb > 0 ? ctx.reading : ctx.base;
    if (other?.verb && other.verbNegative && !other.aux && other.negs.length === 0 && other.verb[1] <= os[0] && oside.tokens.slice(os[0], os[1] + 1).some((t) => t.n === 'from')) return null;
    // … or by a negative determiner in the object of its predicate, after the change and in its
    // clause ("We do not intend to impose new fees" → "Firms will face no new fees": "no fees" negates
    // the predicate as "not" did; the polarity stays, only the force changes)
    if (objectNegated(nb > 0 ? ctx.reading : ctx.base, nb > 0 ? c.r : c.b)) return null;
    // (the frame of a marker in the change first: "are not required to" opens with the "be" of its passive)
    // (or the frame the negator in the change belongs to, when the change is only "do not" before
    // the marker: "We commit to" → "We do not commit to")
    const f = nb > 0
      ? markedFrame(ctx.base, c.b) ?? frameAt(ctx.base, c.b[0]) ?? negatedFrame(ctx.base, c.b, ctx.lex)
      : markedFrame(ctx.reading, c.r) ?? frameAt(ctx.reading, c.r[0]) ?? negatedFrame(ctx.reading, c.r, ctx.lex);
    // the positive side: an obligation, or a permission ("shall not" → "may")
    // (a permission in the passive, "are allowed": the verb of permitting with no auxiliary is its force)
    const pos = nb > 0 ? markedFrame(ctx.reading, c.r) ?? frameAt(ctx.reading, c.r[0]) : markedFrame(ctx.base, c.b) ?? frameAt(ctx.base, c.b[0]);
    const permits = (g: Frame) => (g.auxStrength !== null ? g.auxStrength <= 1 : g.verbStrength !== null && g.verbStrength <= 1);
    const positive = pos && permits(pos) ? 'a permission' : 'an obligation';
    // "shall not transfer unless C" → "may transfer only if C": one rule, stated the other way
    const [negSide, negAt, posSide, posAt] = nb > 0 ? [ctx.base, c.b[1], ctx.reading, c.r[1]] : [ctx.reading, c.r[1], ctx.base, c.b[1]];
    // (or with its own auxiliary kept, the negator alone gone: "will not disclose unless C" → "will
    // disclose only if C" says of the act what the prohibition said, that it happens only when C)
    const sameAux = !!f && !!pos && f.auxWord !== null && f.auxWord === pos.auxWord;
    // (or a plain statement, no modal on either side, negated with do-support: "We do not disclose
    // unless C" → "We disclose only if C" is the act on a condition as the "will" form is; the
    // change holds only the "do", the negator and the verb, the other side only the verb)
    const [negSpan, posSpan] = nb > 0 ? [c.b, c.r] : [c.r, c.b];
    const plainAct = !f && !pos && doSupportOnly(negSide, negSpan) && verbsOnly(posSide, posSpan) && doNegationBefore(posSide, posAt) < 0;
    if ((positive === 'a permission' || sameAux || plainAct) && sentenceReads(negSide, Math.max(0, negAt - 1), ctx.lex.exceptionHeads) && sentenceReads(posSide, Math.max(0, posAt - 1), ctx.lex.onlyConditionHeads)) {
      const restated = positive === 'a permission' ? 'a permission on a condition' : 'the act on a condition';
      const how = nb > 0 ? `a prohibition with an exception restated as ${restated}` : `${restated} restated as a prohibition with an exception`;
      return finding(c, 'grammatical', `grammatical (${how}, same rule): ${change(ctx, c)}`);
    }
    // a duty lifted ("is required" → "is not required", "need not"): an exemption, not a prohibition
    const negated = f && exempts(f, nb > 0 ? ctx.base : ctx.reading, ctx.lex) ? 'an exemption' : 'a prohibition';
    // a statement of the law ("This Agreement shall not apply to X" → "… shall also apply to X":
    // modality.yaml `declarative`): not a prohibition but the rule's scope
    const [ns, nspan] = nb > 0 ? [ctx.base, c.b] : [ctx.reading, c.r];
    let ni = nspan[0];
    while (ni < nspan[1] - 1 && !ns.neg[ni]) ni++;
    // a statement of what is possible ("cannot be achieved" → "can be achieved", modality.yaml
    // `possibility-statements`): the assertion reversed, no prohibition lifted, so no direction
    if (possibilityStatement(ns, frameAt(ns, ni), ctx.lex)) {
      const w = fusedWord(ctx, c);
      return finding(w, 'negation', `polarity reversed: ${change(ctx, w)} — the assertion is reversed: ${nb > 0 ? 'what it said cannot happen it now says can' : 'what it said can happen it now says cannot'}`);
    }
    if (declarative(ns, frameAt(ns, ni), ctx.lex)) {
      return finding(c, 'negation', `polarity reversed: ${change(ctx, c)} — the rule's scope changed: ${nb > 0 ? 'what it excluded it now covers' : 'what it covered it now excludes'}`);
    }
    // a right ("shall be entitled to", negation.yaml `rights`): denied, or a right denied granted
    if (f && f.aux && rightAfter(nb > 0 ? ctx.base : ctx.reading, f, ctx.lex) && rightAfter(nb > 0 ? ctx.reading : ctx.base, pos ?? f, ctx.lex)) {
      return finding(c, 'negation', `polarity reversed: ${change(ctx, c)} — ${nb > 0 ? 'a right denied is granted' : 'a right is denied'}`);
    }
    // a directive verb with no auxiliary negated before it ("Decides to establish" → "does not decide
    // to establish", "does not call upon"): the decision is not taken, the call not made; nothing is
    // forbidden (a prohibition is "Decides not to", "Calls upon States not to")
    const withdrawn = negated === 'a prohibition' && !!f && !!f.verb && !f.aux && !f.auxWord && !f.verbNegative && f.negs.length > 0 && f.negs.every((k) => k < f.verb![0]);
    if (withdrawn) {
      const v = f!.verbWord ?? 'the directive';
      return finding(c, 'negation', `polarity reversed: ${change(ctx, c)} — ${nb > 0 ? `'${v}' withheld becomes '${v}' given: a directive given` : `'${v}' given becomes '${v}' withheld: a directive withdrawn, not a prohibition`}`);
    }
    const framed = !!(f && (f.auxWord || f.verb));
    const what = framed
      ? (nb > 0 ? `${negated} becomes ${positive}` : `${positive === 'a permission' ? 'a permission' : 'an obligation'} becomes ${negated}`)
      : nb > 0 ? 'a negative statement becomes positive' : 'a positive statement becomes negative';
    // a ban turned into a permission is weakened, a duty lifted too (negation.yaml `force-flips`)
    const [from, to] = nb > 0 ? [negated, positive] : [positive, negated];
    const d = framed ? forceFlip(ctx, from, to) : undefined;
    const w = fusedWord(ctx, c);
    return finding(w, 'negation', `polarity reversed: ${change(ctx, w)} — ${what}`, d);
  },
};

/**
 * The word as written when the negator was split from it ("cannot" is "can" + "not" to wink-nlp):
 * a change that is only the negator, written on to the word before it, against nothing after the
 * same word on the other side, is read as that word ("'cannot' → 'can'", not "'not' omitted").
 */
function fusedWord(ctx: Ctx, c: Candidate): Candidate {
  const one = (side: Side, s: Span, other: Side, o: Span): [Span, Span] | null => {
    if (len(s) !== 1 || len(o) !== 0 || !side.neg[s[0]] || s[0] < 1) return null;
    const t = side.tokens[s[0]];
    const host = side.tokens[s[0] - 1];
    const twin = other.tokens[o[0] - 1];
    if (t.space !== '' || host.punct || !twin || twin.n !== host.n) return null;
    return [[s[0] - 1, s[1]], [o[0] - 1, o[0]]];
  };
  const fb = one(ctx.base, c.b, ctx.reading, c.r);
  if (fb) return { ...c, b: fb[0], r: fb[1] };
  const fr = one(ctx.reading, c.r, ctx.base, c.b);
  if (fr) return { ...c, b: fr[1], r: fr[0] };
  return c;
}

/**
 * A frame that states a possibility, not a rule: an ability auxiliary ("can", "could") before a verb
 * of attaining ("cannot be achieved", "can attain"), adverbs, negators and "be" between
 * (modality.yaml `possibility-statements`).
 */
function possibilityStatement(side: Side, f: Frame | null, lex: Ctx['lex']): boolean {
  const p = lex.possibilityStatements;
  if (!f || !f.aux || f.verb || !f.auxWord || !p.auxiliaries.has(f.auxWord)) return false;
  let k = auxEnd(f);
  const T = side.tokens;
  while (k < T.length && (T[k].pos === 'ADV' || side.neg[k] || T[k].lemma === 'be')) k++;
  return k < T.length && T[k].pos === 'VERB' && p.verbs.has(T[k].lemma);
}

/** A span of a "do" of do-support, negators and verbs only, with a negator after the "do" ("do not", "does not disclose"). */
function doSupportOnly(side: Side, s: Span): boolean {
  let found = false;
  for (let i = s[0]; i < s[1]; i++) {
    const t = side.tokens[i];
    if (side.neg[i] && i > s[0] && side.tokens[i - 1].pos === 'AUX' && side.tokens[i - 1].lemma === 'do') found = true;
    else if (!side.neg[i] && !(t.pos === 'AUX' && t.lemma === 'do') && t.pos !== 'VERB') return false;
  }
  return found;
}

/** A span of verbs only, or empty. */
function verbsOnly(side: Side, s: Span): boolean {
  for (let i = s[0]; i < s[1]; i++) if (side.tokens[i].pos !== 'VERB') return false;
  return true;
}

/**
 * A prohibition whose object is itself negated, restated as a positive duty ("The agency shall not
 * accept an attestation that has not been signed by the producer" → "Attestations must be signed by
 * the producer"): not accepting what is not signed is requiring it signed, the two negatives cancel.
 * The side with the negators reads a second one after the rule's own, in the same sentence; the
 * other side reads none in its sentence; the verb the rule negated ("accept") is gone, the one the
 * second negator negates ("signed") kept. Then the rule is reworded, its polarity unchanged: the
 * findings of the sentence up to that kept verb (the flip, the subject of the passive read as a new
 * party, the verb omitted, "been" → "be") become one `lexical`. Mutates `findings`.
 */
// (the accidentals of spelling and marks in the sentence stay their own variants; a grammatical
// change inside the rewording, "been" → "be", is part of it)
const MARKS_ONLY = new Set(['punctuation', 'case', 'spelling', 'compound']);
export function doubleNegativeRestated(findings: Finding[], ctx: Ctx): void {
  for (const f of findings) {
    if (f.type !== 'negation' || !f.b || !f.r) continue;
    const nbAt = negatorIn(ctx.base, f.b);
    const nrAt = negatorIn(ctx.reading, f.r);
    if ((nbAt >= 0) === (nrAt >= 0)) continue;
    const fromBase = nbAt >= 0;
    const [N, ns, P, ps] = fromBase ? [ctx.base, f.b, ctx.reading, f.r] : [ctx.reading, f.r, ctx.base, f.b];
    const T = N.tokens;
    const sent = T[ns[0]].sentence;
    let sentStart = ns[0];
    while (sentStart > 0 && T[sentStart - 1].sentence === sent) sentStart--;
    // the rule's negator and the second one ("unless" is one too: "shall not accept X unless it is
    // signed"); the flip found may be either, as the diff paired the reading's modal
    const negative = (k: number) => N.neg[k] || (ctx.lex.exceptionHeads.has(T[k].n) && !T[k].punct);
    let first = -1;
    let second = -1;
    for (let k = sentStart; k < T.length && T[k].sentence === sent; k++) {
      if (!negative(k)) continue;
      if (first < 0) first = k;
      else if (second < 0 && N.content.slice(first + 1, k).some(Boolean)) second = k;
    }
    if (second < 0 || ns[0] > second) continue;
    // (the second negative in a clause that qualifies the object: "unless", "without", or a
    // negator in a relative clause, "an attestation that has not been signed"; not a limb negator,
    // "should not attack X, nor share Y", which forbids a second act)
    const relative = (k: number) => RELATIVE.has(T[k].n) && T[k].pos !== 'DET';
    let dependent = !N.neg[second] || T[second].n === 'without';
    for (let k = first + 1; k < second && !dependent; k++) dependent = relative(k);
    if (!dependent || T[second].pos === 'CCONJ' || ctx.lex.limbNegators.has(T[second].n)) continue;
    const U = P.tokens;
    if (U.length === 0) continue;
    const psent = U[Math.min(ps[0], U.length - 1)].sentence;
    if (U.some((t, k) => t.sentence === psent && P.neg[k])) continue;
    // (a duty on the positive side: "… may be signed" permits, it does not require)
    const pf = markedFrame(P, ps) ?? frameAt(P, ps[0]);
    if (!pf || (pf.auxStrength !== null ? pf.auxStrength <= 1 : pf.verbStrength === null || pf.verbStrength <= 1)) continue;
    const alike = alikeMap(ctx, fromBase);
    // the rule's verb gone ("accept"), the doubly negated one kept ("signed")
    let v = first + 1;
    while (v < second && !N.content[v]) v++;
    if (v >= second || alike[v] >= 0) continue;
    let w = second + 1;
    while (w < T.length && T[w].sentence === sent && !N.content[w]) w++;
    if (w >= T.length || T[w].sentence !== sent || alike[w] < 0 || U[alike[w]].sentence !== psent) continue;
    const inN = (s: Span | null) => !s || (s[0] >= sentStart && s[1] <= w);
    const inP = (s: Span | null) => !s || s.every((k, n) => (n === 0 ? U[Math.min(k, U.length - 1)].sentence === psent : k <= alike[w]));
    const group = findings.filter((g) => !MARKS_ONLY.has(g.type) && (g.b || g.r) && inN(fromBase ? g.b : g.r) && inP(fromBase ? g.r : g.b));
    if (!group.includes(f)) continue;
    let b: Span | null = null;
    let r: Span | null = null;
    for (const g of group) {
      b = union(b, g.b);
      r = union(r, g.r);
    }
    const c: Candidate = { b: b ?? [f.b[0], f.b[0]], r: r ?? [f.r[0], f.r[0]] };
    const merged: Finding = { type: 'lexical', b, r, at: b ? b[0] : f.at, explanation: `the same rule reworded, no change of polarity: a prohibition of what is not so restated as a duty that it be so (two negatives cancel): ${change(ctx, c)}` };
    for (const g of group) findings.splice(findings.indexOf(g), 1);
    findings.push(merged);
    return;
  }
}

/**
 * A commitment to consider the act refused outright ("We will consider providing support" → "We do
 * not commit to providing support"): the negation found over the modal ("will" → "not commit to", an
 * obligation made an exemption) and the hedge found dropped beside it ("consider" omitted, read as
 * "the act is now to be done") are one change: the reading does not do the act, it declines to bind
 * itself to it. The hedge finding, right after (or before) the negation's span on its side, in the
 * same sentence, is folded into the negation, which keeps its direction (an obligation to consider
 * made an exemption: weakened). The "do" of do-support added (or dropped) right before the negator
 * of any negation is folded into it too ("will" → "do not pledge to", not "do" added beside "will" →
 * "not pledge to"). Mutates `findings`.
 */
export function foldHedgeIntoRefusal(findings: Finding[], ctx: Ctx): void {
  for (const f of findings) {
    if (f.type !== 'negation' || !f.b || !f.r) continue;
    const hedge = f.direction ? findings.find((g) => g.type === 'modality' && HEDGES.has(g) && sameSentenceNext(ctx, f, g)) : undefined;
    let [b, r] = [f.b, f.r];
    if (hedge) {
      b = union(b, hedge.b)!;
      r = union(r, hedge.r)!;
      findings.splice(findings.indexOf(hedge), 1);
    }
    // the "do" of do-support right before the negator, found on its own ('' → 'do')
    let folded = !!hedge;
    for (const onB of [true, false]) {
      const [S, s] = onB ? [ctx.base, b] : [ctx.reading, r];
      const k = findings.findIndex((g) => {
        const mine = onB ? g.b : g.r;
        const other = onB ? g.r : g.b;
        return g.type === 'grammatical' && !other && !!mine && len(mine) === 1 && mine[1] === s[0] && S.tokens[mine[0]].lemma === 'do' && S.neg[s[0]];
      });
      if (k < 0) continue;
      if (onB) b = union(findings[k].b, b)!;
      else r = union(findings[k].r, r)!;
      findings.splice(k, 1);
      folded = true;
    }
    if (!folded) continue;
    const c: Candidate = { b, r };
    const was = change(ctx, { b: f.b, r: f.r });
    f.b = b;
    f.r = r;
    f.at = b[0];
    if (!hedge) {
      f.explanation = f.explanation.replace(was, change(ctx, c));
      continue;
    }
    const h = HEDGES.get(hedge)!;
    const refused = ctx.reading.neg.slice(r[0], r[1]).some(Boolean);
    f.explanation = refused
      ? `polarity reversed: ${change(ctx, c)} — a commitment to consider the act ('${h}') becomes a commitment refused: the text no longer binds itself even to consider it`
      : `polarity reversed: ${change(ctx, c)} — a commitment refused becomes a commitment to consider the act ('${h}')`;
  }
}

/** Is g's span on the same side right after (or right before) f's, in its sentence, on both sides? */
function sameSentenceNext(ctx: Ctx, f: Finding, g: Finding): boolean {
  const touch = (a: Span, b: Span) => a[1] === b[0] || b[1] === a[0];
  // the hedge on the base side (dropped) or on the reading side (added), next to the negation's span
  const onB = !!g.b && touch(f.b!, g.b) && ctx.base.tokens[f.b![0]]?.sentence === ctx.base.tokens[g.b[0]]?.sentence;
  const onR = !!g.r && touch(f.r!, g.r) && ctx.reading.tokens[f.r![0]]?.sentence === ctx.reading.tokens[g.r[0]]?.sentence;
  return onB || onR;
}

/**
 * A condition's connective replaced by an exception's, or the other way round ("unless the matter is
 * urgent" → "if the matter is urgent"), the clause after it read alike: the rule now holds in exactly
 * the cases where it did not. The polarity of the condition is reversed (`negation`, no direction:
 * neither side binds in more cases), not one connective reworded. Only when the change is the
 * connective alone (qualifiers.yaml `opposite-condition` against `same-condition`).
 */
export function conditionReversed(findings: Finding[], ctx: Ctx): void {
  for (const f of findings) {
    if (f.type !== 'negation') exceptionWordGone(f, ctx);
    if (!f.b || !f.r || f.type === 'negation') continue;
    const wb = wordsKey(ctx.base, f.b);
    const wr = wordsKey(ctx.reading, f.r);
    const sc = ctx.lex.sameCondition;
    const oc = ctx.lex.oppositeCondition;
    if (!((oc.has(wb) && sc.has(wr)) || (sc.has(wb) && oc.has(wr)))) continue;
    // (the clause after the connective read alike: what follows on each side is no change)
    const nb = ctx.base.tokens[f.b[1]];
    const nr = ctx.reading.tokens[f.r[1]];
    if (!nb || !nr || nb.n !== nr.n || nb.punct) continue;
    // (not beside a polarity flip of the rule itself in the sentence: "shall not authorise X, unless
    // C" → "X are allowed whenever C" states the rule the other way round, both flips together)
    const sent = ctx.base.tokens[f.b[0]].sentence;
    if (findings.some((g) => g !== f && g.type === 'negation' && g.b && g.b[1] > g.b[0] && ctx.base.tokens[g.b[0]].sentence === sent)) continue;
    f.type = 'negation';
    delete f.direction;
    f.explanation = `condition reversed: ${q(text(ctx.base, f.b))} → ${q(text(ctx.reading, f.r))} — the rule now applies in the cases where it did not, and no longer where it did`;
  }
}

/**
 * The exception's own word dropped (added) before a condition's connective both sides read, ", except
 * where C" → "where C" (qualifiers.yaml `opposite-condition` on one side, `same-condition` on the
 * other): the exception made a condition, the same reversal as "unless" → "if", one `negation` over
 * the connective on both sides (the comma before it with it), not an omission of "except". Mutates `f`.
 */
function exceptionWordGone(f: Finding, ctx: Ctx): void {
  if (f.type !== 'omission' && f.type !== 'addition') return;
  const fromBase = f.type === 'omission';
  const [S, s] = fromBase ? [ctx.base, f.b] : [ctx.reading, f.r];
  if (!s || s[1] <= s[0] || (fromBase ? f.r && len(f.r) > 0 : f.b && len(f.b) > 0)) return;
  const k = s[1];
  const other = alikeMap(ctx, fromBase)[k];
  if (k >= S.tokens.length || other === undefined || other < 0) return;
  const whole = wordsKey(S, [s[0], k + 1]);
  if (!ctx.lex.oppositeCondition.has(whole) || !ctx.lex.sameCondition.has(S.tokens[k].n)) return;
  const O = fromBase ? ctx.reading : ctx.base;
  // (the clause after the connective read alike)
  if (!S.tokens[k + 1] || !O.tokens[other + 1] || S.tokens[k + 1].n !== O.tokens[other + 1].n) return;
  const mine: Span = [s[0], k + 1];
  const theirs: Span = [other, other + 1];
  f.type = 'negation';
  delete f.direction;
  f.b = fromBase ? mine : theirs;
  f.r = fromBase ? theirs : mine;
  f.explanation = `condition reversed: ${q(text(ctx.base, f.b))} → ${q(text(ctx.reading, f.r))} — the exception becomes a condition: the rule now applies in the cases where it did not, and no longer where it did`;
  if (!fromBase) f.explanation = f.explanation.replace('the exception becomes a condition', 'the condition becomes an exception');
}

/**
 * The change is only the negated side's modal and negator (nothing on the other side), and the first
 * content word after it, the verb of the negated predicate in its sentence, and the word right
 * before it, the subject's, are aligned with nothing on the other side: the clause itself is gone
 * (its subject and predicate read as other words), not its polarity.
 */
function predicateGone(ctx: Ctx, c: Candidate, fromBase: boolean): boolean {
  const [side, s, other] = fromBase ? [ctx.base, c.b, c.r] : [ctx.reading, c.r, c.b];
  if (len(other) > 0 || len(s) === 0) return false;
  for (let i = s[0]; i < s[1]; i++) if (!side.neg[i] && side.marker[i] < 0) return false;
  let v = s[1];
  while (v < side.tokens.length && !side.content[v] && !side.tokens[v].punct) v++;
  if (v >= side.tokens.length || !side.content[v] || side.tokens[v].sentence !== side.tokens[s[0]].sentence) return false;
  // (and the subject right before the modal changed too: a kept subject, "States should not
  // disclose" → "States should publish", keeps the rule, its verb reworded and its polarity turned)
  const u = s[0] - 1;
  if (u < 0 || !side.content[u] || side.tokens[u].sentence !== side.tokens[s[0]].sentence || alikeMap(ctx, fromBase)[u] >= 0) return false;
  return alikeMap(ctx, fromBase)[v] < 0;
}

/**
 * A negated predicate restated by one whose meaning holds the negation, the polarity kept:
 * "Researchers shall not be subject to prosecution" → "Researchers will be immune from prosecution"
 * (negation.yaml `negative-predicates`: the positive side's new word is one of them), "Sensitive
 * information may be withheld" → "… need not be disclosed" (negation.yaml `converses`: the two
 * verbs a listed pair, one the act of not doing the other). The flip found over the modal ("shall
 * not" → "will", "may" → "need not") and the rewording of the predicate beside it are one `lexical`
 * finding, not a prohibition turned into a duty. Only when the forces answer each other as the
 * converse requires (a prohibition against an obligation, an exemption against a permission: "may
 * not be subject to" → "may be immune from" is not the same rule). One modal word for another of the
 * positive side ("shall not" → "will") is a `modality` change of its own, over the modal words.
 * Mutates `findings`.
 */
export function negativePredicateRestated(findings: Finding[], ctx: Ctx): void {
  const { lex } = ctx;
  if (lex.negativePredicates.size === 0 && lex.converses.size === 0) return;
  for (const F of findings.slice()) {
    if (F.type !== 'negation' || (!F.b && !F.r)) continue;
    const nb = negatorIn(ctx.base, F.b) >= 0;
    if (nb === negatorIn(ctx.reading, F.r) >= 0) continue;
    const [N, ns, P] = nb ? [ctx.base, F.b!, ctx.reading] : [ctx.reading, F.r!, ctx.base];
    const nOf = (f: Finding) => (nb ? f.b : f.r);
    const pOf = (f: Finding) => (nb ? f.r : f.b);
    // the predicate reworded: a lexical change on both sides, just after the flip (past "be" and
    // other function words read alike), in the same sentence; a flip that only adds (drops) the
    // negator ("shall be withheld" → "shall not be disclosed") stands, on the positive side, as
    // many words before the predicate as the negator's side has between them
    const at = (g: Finding): Span | null => {
      const p = pOf(F);
      if (p) return p;
      const gap = nOf(g)![0] - ns[1];
      const k = pOf(g)![0] - gap;
      return [k, k];
    };
    let ps: Span = [0, 0];
    const L = findings.find((g) => {
      if (g === F || g.type !== 'lexical' || !g.b || !g.r) return false;
      const gn = nOf(g)!;
      const gp = pOf(g)!;
      const pp = at(g);
      if (!pp || pp[0] < 0) return false;
      ps = pp;
      if (gn[0] < ns[1] || gp[0] < ps[1] || gn[0] - ns[1] > 3 || gp[0] - ps[1] > 3) return false;
      for (let k = ns[1]; k < gn[0]; k++) if (N.content[k] || isClausePunct(N.tokens[k])) return false;
      for (let k = ps[1]; k < gp[0]; k++) if (P.content[k] || isClausePunct(P.tokens[k])) return false;
      return true;
    });
    if (!L) continue;
    const ln = nOf(L)!;
    const lp = pOf(L)!;
    const firstContent = (side: Side, s: Span) => {
      for (let i = s[0]; i < s[1]; i++) if (side.content[i]) return side.tokens[i];
      return null;
    };
    const wn = firstContent(N, ln);
    const wp = firstContent(P, lp);
    if (!wn || !wp) continue;
    const listed = (t: typeof wn) => lex.negativePredicates.has(t.n) || lex.negativePredicates.has(t.lemma);
    const negativeWord = listed(wp) && !listed(wn);
    const converse = lex.converses.get(wn.lemma)?.has(wp.lemma) ?? false;
    if (!negativeWord && !converse) continue;
    // the forces must answer each other: prohibition ~ obligation, exemption ~ permission
    const fn = markedFrame(N, ns) ?? frameAt(N, ns[0]) ?? negatedFrame(N, ns, lex);
    const fp = markedFrame(P, ps) ?? frameAt(P, ps[0]);
    if (!fn || !fp) continue;
    const exemption = exempts(fn, N, lex);
    const permission = fp.auxStrength !== null ? fp.auxStrength <= 1 : fp.verbStrength !== null && fp.verbStrength <= 1;
    if (exemption !== permission) continue;
    // the function words right after the predicate's change on both sides ("to" → "from") go with it
    let b = union(nb ? ns : ps, L.b)!;
    let r = union(nb ? ps : ns, L.r)!;
    const P2 = findings.find((g) => g !== F && g !== L && g.type === 'grammatical' && g.b && g.r && g.b[0] === b[1] && g.r[0] === r[1]);
    if (P2) {
      b = union(b, P2.b)!;
      r = union(r, P2.r)!;
    }
    const group = [F, L, ...(P2 ? [P2] : [])];
    // (the positive side's modal another word of the same kind: its own change)
    let modal: Finding | null = null;
    if (!exemption && fn.aux && fp.aux && fn.auxWord && fp.auxWord && fn.auxWord !== fp.auxWord && fn.aux[0] === ns[0] && fp.aux[0] === ps[0]) {
      const an = fn.negs.length ? ([fn.aux[0], Math.min(fn.aux[1], ...fn.negs)] as Span) : fn.aux;
      if (len(an) > 0) {
        const mc: Candidate = nb ? { b: an, r: fp.aux } : { b: fp.aux, r: an };
        const [sb, sr] = nb ? [fn.auxStrength, fp.auxStrength] : [fp.auxStrength, fn.auxStrength];
        const d = sb !== null && sr !== null && sb !== sr ? (sr > sb ? 'strengthened' : 'weakened') : undefined;
        modal = finding(mc, 'modality', `modality: ${change(ctx, mc)}${d ? ` — ${d}` : ' — the same force in another modal word'}`, d);
        b = [mc.b[1], b[1]];
        r = [mc.r[1], r[1]];
      }
    }
    const c: Candidate = { b, r };
    const why = negativeWord
      ? `${q(wp.t)} holds the negation ${q(text(N, ns))} stated`
      : `${q(nb ? wn.t : wp.t)} and ${q(nb ? wp.t : wn.t)} are converses: not to do one is to do the other`;
    const merged = finding(c, 'lexical', `the same rule reworded, the polarity kept: ${change(ctx, c)} — ${why}`);
    merged.whole = true;
    for (const g of group) findings.splice(findings.indexOf(g), 1);
    findings.push(merged);
    if (modal) findings.push(modal);
  }
}

/**
 * A `negation` finding with a negator on one side only: that side (`N`, the negator at `k`), the
 * other (`P`), whether the negated side is the base (`nb`), and each finding's span on either side.
 * Null for any other finding.
 */
function negatedOneSide(F: Finding, ctx: Ctx): { nb: boolean; N: Side; k: number; P: Side; nOf: (f: Finding) => Span | null | undefined; pOf: (f: Finding) => Span | null | undefined } | null {
  if (F.type !== 'negation' || (!F.b && !F.r)) return null;
  const kb = negatorIn(ctx.base, F.b);
  const kr = negatorIn(ctx.reading, F.r);
  if ((kb >= 0) === (kr >= 0)) return null;
  const nb = kb >= 0;
  const [N, k, P] = nb ? [ctx.base, kb, ctx.reading] : [ctx.reading, kr, ctx.base];
  return { nb, N, k, P, nOf: (f) => (nb ? f.b : f.r), pOf: (f) => (nb ? f.r : f.b) };
}

/**
 * One restriction stated the other way: "shall be used solely for preventing harm" → "shall not be
 * used for purposes other than preventing harm". The side without a negator reads a restricting
 * word (modality.yaml `restricted-permission` `words`: only, solely, exclusively) dropped or added
 * as a change of its own; the side with it reads, later in the sentence and inside a change, one of
 * negation.yaml `restriction-converses` ("other than", "except"). A negation, a restriction dropped
 * (weakened) and the words added are then one `lexical` with no direction: what may be done is the
 * same. Every finding of the sentence between the pieces goes into it. Mutates `findings`.
 */
export function restrictionStatedNegatively(findings: Finding[], ctx: Ctx): void {
  const { lex } = ctx;
  if (lex.restrictionConverses.length === 0) return;
  for (const F of findings.slice()) {
    const one = negatedOneSide(F, ctx);
    if (!one) continue;
    const { nb, N, k, P, nOf, pOf } = one;
    const sentN = N.tokens[k].sentence;
    // the restricting word alone on the positive side
    const Q = findings.find((g) => {
      const p = pOf(g);
      if (g === F || !p || nOf(g) || len(p) !== 1) return false;
      return lex.restrictedPermission.words.has(P.tokens[p[0]].n);
    });
    if (!Q) continue;
    const q0 = pOf(Q)![0];
    // the converse words on the negated side, after the negator, in its sentence, inside a change
    const T = N.tokens;
    let hit: Span | null = null;
    for (let i = k + 1; i < T.length && T[i].sentence === sentN && !hit; i++) {
      for (const ph of lex.restrictionConverses) {
        if (ph.every((w, j) => T[i + j]?.n === w)) {
          hit = [i, i + ph.length];
          break;
        }
      }
    }
    if (!hit) continue;
    const h = hit;
    const A = findings.find((g) => {
      const s = nOf(g);
      return g !== F && !!s && s[0] <= h[0] && s[1] >= h[1];
    });
    if (!A) continue;
    // the positive side's restricting word in the sentence of the change
    const pSent = P.tokens[q0].sentence;
    const pSpan = pOf(A) ?? pOf(F);
    if (pSpan && P.tokens[Math.min(pSpan[0], P.tokens.length - 1)].sentence !== pSent) continue;
    let b: Span | null = null;
    let r: Span | null = null;
    for (const g of [F, Q, A]) {
      b = union(b, g.b);
      r = union(r, g.r);
    }
    // (the words read alike between the negator and the restricting word go in on the positive
    // side too: "be used solely for" → "not be used for purposes other than")
    const pk = alikeMap(ctx, nb)[k + 1];
    if (pk !== undefined && pk >= 0 && pk < q0 && P.tokens[pk].sentence === pSent) {
      if (nb) r = union(r, [pk, pk + 1]);
      else b = union(b, [pk, pk + 1]);
    }
    const inside = (g: Finding) => (!g.b || (b && g.b[0] >= b[0] && g.b[1] <= b[1])) && (!g.r || (r && g.r[0] >= r[0] && g.r[1] <= r[1]));
    const group = findings.filter((g) => g === F || g === Q || g === A || ((g.b || g.r) && inside(g) && !MARKS_ONLY.has(g.type)));
    const c: Candidate = { b: b ?? [F.at ?? 0, F.at ?? 0], r: r ?? [0, 0] };
    const merged: Finding = { type: 'lexical', b, r, at: b ? b[0] : F.at, explanation: `the same restriction stated negatively: ${change(ctx, c)} — what ${q(P.tokens[q0].t)} allowed, ${q(text(N, h))} under the negation still allows alone` };
    merged.whole = true;
    for (const g of group) findings.splice(findings.indexOf(g), 1);
    findings.push(merged);
  }
}

/**
 * Are the two words opposites: a pair of negation.yaml `antonyms` (by lemma), or one the other with
 * a negative prefix (`negative-prefixes`: "informal" / "formal", "non-commercial" / "commercial")?
 */
function opposites(a: Token, b: Token, lex: Ctx['lex']): boolean {
  if (lex.antonyms.get(a.lemma)?.has(b.lemma)) return true;
  const prefixed = (x: string, y: string) => y.length >= 4 && lex.negativePrefixes.some((p) => x === p + y || x === `${p}-${y}`);
  return prefixed(a.n, b.n) || prefixed(b.n, a.n);
}

/**
 * A prohibition restated as a restriction to the opposite: "will not respond to informal requests"
 * → "will only respond to formal requests". The negator on one side only (a `negation`), a
 * restricting word (modality.yaml `restricted-permission` `words`) alone on the other, and, after
 * both in the sentence, a change whose words on the two sides hold opposites (`opposites`): not to
 * do it to what is informal is to do it only to what is formal. One `lexical` with no direction over
 * the pieces and the words between, not a polarity flip and a restriction added. Either way round.
 * Mutates `findings`.
 */
export function restrictionToOpposite(findings: Finding[], ctx: Ctx): void {
  const { lex } = ctx;
  for (const F of findings.slice()) {
    const one = findings.includes(F) ? negatedOneSide(F, ctx) : null;
    if (!one) continue;
    const { nb, N, k, P, nOf, pOf } = one;
    // (the negator alone on its side: "not" → "", nothing else dropped or added with it)
    const fn = nOf(F);
    if (!fn || len(fn) !== 1 || (pOf(F) && len(pOf(F)!) > 0)) continue;
    const sentN = N.tokens[k].sentence;
    // where the negator stood on the positive side: the word after it, read alike there
    const pk = alikeMap(ctx, nb)[k + 1];
    if (pk === undefined || pk < 0) continue;
    const sentP = P.tokens[pk].sentence;
    // the restricting word alone on the positive side, in its sentence
    const Q = findings.find((g) => {
      const p = pOf(g);
      const n = nOf(g);
      return g !== F && !!p && len(p) === 1 && (!n || len(n) === 0) && lex.restrictedPermission.words.has(P.tokens[p[0]].n) && P.tokens[p[0]].sentence === sentP;
    });
    if (!Q) continue;
    const q0 = pOf(Q)![0];
    // the opposites, after the negator and after the restricting word, in the same sentences
    const A = findings.find((g) => {
      const n = nOf(g);
      const p = pOf(g);
      if (g === F || g === Q || !n || !p || len(n) === 0 || len(p) === 0 || n[0] <= k || p[0] <= q0 || p[0] <= pk - 1) return false;
      if (N.tokens[n[0]].sentence !== sentN || P.tokens[p[0]].sentence !== sentP) return false;
      for (let i = n[0]; i < n[1]; i++) for (let j = p[0]; j < p[1]; j++) if (opposites(N.tokens[i], P.tokens[j], lex)) return true;
      return false;
    });
    if (!A) continue;
    let b: Span | null = null;
    let r: Span | null = null;
    for (const g of [F, Q, A]) {
      b = union(b, g.b);
      r = union(r, g.r);
    }
    if (!b || !r) continue;
    // (the verb read alike after the negator goes in on the positive side too, also when the
    // restricting word follows it: "not accept unofficial" → "accept only official")
    const wb: Span = nb ? b : [Math.min(b[0], pk), Math.max(b[1], pk + 1)];
    const wr: Span = nb ? [Math.min(r[0], pk), Math.max(r[1], pk + 1)] : r;
    const inside = (g: Finding) => (!g.b || (g.b[0] >= wb[0] && g.b[1] <= wb[1])) && (!g.r || (g.r[0] >= wr[0] && g.r[1] <= wr[1]));
    const group = findings.filter((g) => g === F || g === Q || g === A || ((g.b || g.r) && inside(g) && !MARKS_ONLY.has(g.type)));
    const c: Candidate = { b: wb, r: wr };
    const merged: Finding = { type: 'lexical', b: wb, r: wr, at: wb[0], explanation: `the same rule stated the other way round: ${change(ctx, c)} — ${q(N.tokens[k].t)} with ${q(text(N, nOf(A)!))} says what ${q(P.tokens[q0].t)} with its opposite ${q(text(P, pOf(A)!))} says: the same acts are forbidden` };
    merged.whole = true;
    for (const g of group) findings.splice(findings.indexOf(g), 1);
    findings.push(merged);
  }
}

/**
 * A predicate dropped and another added in its place in the same sentence, the added one negated
 * by its own auxiliary ("Administrative fines may be imposed on public bodies." → "Public bodies are
 * not subject to administrative fines."): the rule's polarity is reversed — a permission (or duty,
 * or statement) turned into its denial — though the words around the negator were aligned with
 * nothing and so read as an omission beside an addition. The negator is reported as a negation of
 * its own (the omission and addition stay: they say what the predicate was and now is). Only when
 * the negator follows an auxiliary or copula (the predicate's, not a negative determiner nor
 * "without"), the dropped words hold a verb, neither side has another negator in the sentence, and
 * no negation is reported there already. Mutates `findings`.
 */
export function negatorInRestatedPredicate(findings: Finding[], ctx: Ctx): void {
  for (const F of findings.slice()) {
    if ((F.type !== 'addition' && F.type !== 'omission') || (F.b && F.r && len(F.b) > 0 && len(F.r) > 0)) continue;
    const added = F.type === 'addition';
    const [N, ns, P] = added ? [ctx.reading, F.r, ctx.base] : [ctx.base, F.b, ctx.reading];
    if (!ns || len(ns) === 0) continue;
    const k = negatorIn(N, ns);
    if (k < 0 || negativeDeterminer(N.tokens[k], true) || N.tokens[k].pos === 'ADP' || negativeVerbIn(N, ns)) continue;
    if (k === ns[0] || N.tokens[k - 1].pos !== 'AUX') continue;
    // (the copula's or a tense auxiliary's negator, "are not subject to", "does not apply": a modal's,
    // "the provider shall not delete", makes a prohibition of its own, dropped or added as a whole)
    if (/^(?:shall|should|must|may|might|can|could|will|would|ought)$/.test(N.tokens[k - 1].n)) continue;
    // (one negator in the negated side's sentence)
    const sn = N.tokens[k].sentence;
    let negs = 0;
    for (let i = 0; i < N.tokens.length; i++) if (N.tokens[i].sentence === sn && N.neg[i]) negs++;
    if (negs !== 1) continue;
    // (the same clause restated: most of the negated side's content words in the sentence read
    // alike on the other side, "public bodies", "administrative fines"; not a sentence aligned
    // with another it merely shares a word with)
    const alike = alikeMap(ctx, !added);
    let content = 0;
    let kept = 0;
    for (let i = 0; i < N.tokens.length; i++) {
      if (N.tokens[i].sentence !== sn || !N.content[i] || (i >= ns[0] && i < ns[1])) continue;
      content++;
      if (alike[i] >= 0) kept++;
    }
    if (content === 0 || kept * 2 < content) continue;
    // the predicate dropped (added) on the other side, in the facing sentence
    const G = findings.find((g) => {
      if (g === F || g.type !== (added ? 'omission' : 'addition')) return false;
      const gs = added ? g.b : g.r;
      if (!gs || len(gs) === 0) return false;
      let verb = false;
      for (let i = gs[0]; i < gs[1]; i++) if (P.tokens[i].pos === 'VERB' || P.tokens[i].pos === 'AUX') verb = true;
      return verb;
    });
    if (!G) continue;
    const gs = (added ? G.b : G.r)!;
    const sp = P.tokens[gs[0]].sentence;
    let pneg = false;
    for (let i = 0; i < P.tokens.length; i++) if (P.tokens[i].sentence === sp && P.neg[i]) pneg = true;
    if (pneg) continue;
    const at = (s: Span | null) => s !== null && ((added ? ctx.reading : ctx.base).tokens[s[0]]?.sentence === sn);
    if (findings.some((g) => g.type === 'negation' && (at(added ? g.r : g.b)))) continue;
    const c: Candidate = added ? { b: [gs[0], gs[0]], r: [k, k + 1] } : { b: [k, k + 1], r: [gs[0], gs[0]] };
    const what = added
      ? `the predicate ${q(text(P, gs))} restated in the negative, ${q(text(N, ns))}: what it said of the subject is now denied`
      : `the negative predicate ${q(text(N, ns))} restated as ${q(text(P, gs))}: what it denied is now said`;
    findings.push(finding(c, 'negation', `polarity reversed: ${change(ctx, c)} — ${what}`));
  }
}

/**
 * A negated verb restated by a positive predicate of the same meaning ("will not disclose the data"
 * → "will keep the data confidential": negation.yaml `negated-restatements`): the negator dropped
 * (or added) beside the verb replaced in its place by a restatement is one `lexical` change that
 * keeps the polarity, not a negation. The negation finding over the negator alone, the negated verb
 * within three words after it, the restatement opening in the finding that replaces the verb and
 * ending within the sentence; the findings inside the two spans are folded in. Mutates `findings`.
 */
export function negatedVerbRestated(findings: Finding[], ctx: Ctx): void {
  const R = ctx.lex.negatedRestatements;
  if (R.size === 0) return;
  for (const F of findings.slice()) {
    if (F.type !== 'negation' || (F.b !== null) === (F.r !== null)) continue;
    const nb = F.b !== null;
    const [N, ns, P] = nb ? [ctx.base, F.b!, ctx.reading] : [ctx.reading, F.r!, ctx.base];
    if (len(ns) !== 1 || !N.neg[ns[0]] || N.tokens[ns[0]].pos === 'ADP') continue;
    // (not under a permission: "may be withheld" → "may not be disclosed" turns a permission into a
    // prohibition, a negation)
    const fN = frameAt(N, ns[0]);
    if (fN && fN.auxStrength !== null && fN.auxStrength <= 1) continue;
    // the negated verb: the first verb after the negator (past "be"), in its sentence
    let v = -1;
    for (let i = ns[1]; i < Math.min(N.tokens.length, ns[1] + 3); i++) {
      const t = N.tokens[i];
      if (t.sentence !== N.tokens[ns[0]].sentence) break;
      if (t.pos === 'VERB') {
        v = i;
        break;
      }
      if (t.lemma !== 'be') break;
    }
    const pats = v >= 0 ? R.get(N.tokens[v].lemma) : undefined;
    if (!pats) continue;
    const G = findings.find((g) => g !== F && g.b && g.r && len(g.b) > 0 && len(g.r) > 0 && (nb ? g.b : g.r)[0] <= v && (nb ? g.b : g.r)[1] > v);
    if (!G) continue;
    const gp = (nb ? G.r : G.b)!;
    // the restatement opens in the replacing words and ends within the sentence
    let end = -1;
    for (const pat of pats) {
      for (let p = gp[0]; p < gp[1] && end < 0; p++) {
        let k = p;
        let ok = true;
        for (let w = 0; w < pat.length && ok; w++) {
          if (pat[w] === '…') continue;
          const gap = w > 0 && pat[w - 1] === '…' ? 6 : 0;
          let j = k;
          while (j < P.tokens.length && j <= k + gap && P.tokens[j].sentence === P.tokens[p].sentence && P.tokens[j].lemma !== pat[w] && P.tokens[j].n !== pat[w] && !P.neg[j]) j++;
          if (j < P.tokens.length && j <= k + gap && (P.tokens[j].lemma === pat[w] || P.tokens[j].n === pat[w])) k = j + 1;
          else ok = false;
        }
        if (ok) end = k;
      }
      if (end >= 0) break;
    }
    if (end < 0) continue;
    let np: Span = union(ns, (nb ? G.b : G.r)!)!;
    const pp: Span = union(gp, [gp[0], end])!;
    // (the words read alike inside the restatement, its object, go in on the negated side too)
    const alike = alikeMap(ctx, !nb);
    for (let i = gp[1]; i < end; i++) if (alike[i] >= 0) np = union(np, [alike[i], alike[i] + 1])!;
    const [b, r] = nb ? [np, pp] : [pp, np];
    const inside = (g: Finding) => (!g.b || (g.b[0] >= b[0] && g.b[1] <= b[1])) && (!g.r || (g.r[0] >= r[0] && g.r[1] <= r[1]));
    const group = findings.filter((g) => g === F || g === G || ((g.b || g.r) && inside(g)));
    const c: Candidate = { b, r };
    const merged: Finding = { type: 'lexical', b, r, at: b[0], explanation: `${nb ? 'a negated verb restated by a predicate of the same meaning' : 'a predicate restated as its negated verb'}: ${change(ctx, c)} (the polarity is kept: the negation lies in the predicate's meaning)` };
    merged.whole = true;
    for (const g of group) findings.splice(findings.indexOf(g), 1);
    findings.push(merged);
  }
}

/**
 * The verb a verb of refraining governs takes the -ing form ("shall not use" → "should avoid
 * using", "must not share" → "shall refrain from sharing"): the form is required by "avoid", so it
 * is part of the change of modality, not an inflection of its own. A grammatical finding of the same
 * verb in another form, right after a modality or negation finding whose side ends with a verb of
 * refraining (negation.yaml `words`, with its `refraining-particles`), the -ing form on that side, is
 * folded into it. Mutates `findings`.
 */
export function gerundAfterRefraining(findings: Finding[], ctx: Ctx): void {
  for (const M of findings.slice()) {
    // (also the same prohibition with another negator, "not impose" → "refrain from imposing": grammatical)
    if ((M.type !== 'modality' && M.type !== 'negation' && M.type !== 'grammatical') || !M.b || !M.r || len(M.b) === 0 || len(M.r) === 0) continue;
    for (const fromBase of [true, false]) {
      const [X, xs, Y, ys] = fromBase ? [ctx.base, M.b, ctx.reading, M.r] : [ctx.reading, M.r, ctx.base, M.b];
      let e = xs[1] - 1;
      if (ctx.lex.refrainingParticles.has(X.tokens[e].n)) e--;
      // (or a verb that bars, in the passive with no one named as barring, "must not use" → "are
      // barred from using": modality.yaml `bars`; its "from" and the -ing form go with the frame)
      const bar = e >= xs[0] && X.tokens[e].pos === 'VERB' && X.marker[e] >= 0 && ctx.lex.bars.has(X.tokens[e].lemma) && X.frames[X.marker[e]].verbNegative === true && X.tokens[xs[1]]?.n === 'from';
      if (e < xs[0] || (!X.neg[e] && !bar) || X.tokens[e].pos !== 'VERB') continue;
      const gxLen = bar ? 2 : 1;
      const G = findings.find((g) => g !== M && g.type === 'grammatical' && g.b && g.r && (fromBase ? len(g.b) === gxLen && len(g.r) === 1 && g.b[0] === xs[1] && g.r[0] === ys[1] : len(g.r) === gxLen && len(g.b) === 1 && g.r[0] === xs[1] && g.b[0] === ys[1]));
      if (!G) continue;
      const [gx, gy] = fromBase ? [G.b!, G.r!] : [G.r!, G.b!];
      const tx = X.tokens[gx[1] - 1];
      const ty = Y.tokens[gy[0]];
      // (the tagger may read the -ing form as an adjective, "avoid imposing": its stem then)
      if ((tx.lemma !== ty.lemma && tx.stem !== ty.stem) || !/ing$/.test(tx.n) || /ing$/.test(ty.n)) continue;
      M.b = [M.b[0], G.b![1]];
      M.r = [M.r[0], G.r![1]];
      M.explanation += ` (with ${q(text(X, gx))} for ${q(ty.t)}: the form ${q(X.tokens[e].t.toLowerCase())} requires)`;
      findings.splice(findings.indexOf(G), 1);
      // (the passive's "be" with an adverb before the bar, "are also barred", added on its own
      // beside the change: part of the same frame)
      if (bar) {
        const A = findings.find((g) => g !== M && g.type === 'grammatical' && (fromBase ? (!g.r || len(g.r) === 0) && g.b && g.b[1] === M.b![0] : (!g.b || len(g.b) === 0) && g.r && g.r[1] === M.r![0]));
        const as = A ? (fromBase ? A.b! : A.r!) : null;
        if (A && as && X.tokens[as[0]].lemma === 'be' && X.tokens.slice(as[0] + 1, as[1]).every((t, k) => t.pos === 'ADV' && !X.neg[as[0] + 1 + k])) {
          if (fromBase) M.b = [as[0], M.b[1]];
          else M.r = [as[0], M.r[1]];
          M.at = M.b[0];
          findings.splice(findings.indexOf(A), 1);
        }
      }
      break;
    }
  }
}

/** A condition's connective before a token, in its clause: where it stands and what it opens. */
interface Connective {
  at: number;
  /** `plain`: a condition (qualifiers.yaml `same-condition`, "where", "if"); `exception`: `opposite-condition` ("unless", "except where"). */
  kind: 'plain' | 'exception';
  /** The connective is restricted by "only" ("only where"). */
  only: boolean;
}

/** Most words between a condition's connective and the negator of its predicate (its subject). */
const CONDITION_SUBJECT_MAX = 8;

/**
 * The connective that opens the condition clause token `pos` stands in, looking back from `pos - 1`
 * over at most CONDITION_SUBJECT_MAX words of its subject (no clause mark, no verb but an auxiliary
 * between: "where the recipient | cannot", not "if the data is leaked the operator | shall not").
 */
function connectiveBefore(side: Side, pos: number, lex: Ctx['lex']): Connective | null {
  const T = side.tokens;
  const sent = T[Math.min(pos, T.length - 1)]?.sentence;
  for (let i = pos - 1, n = 0; i >= 0 && n <= CONDITION_SUBJECT_MAX && T[i].sentence === sent; i--, n++) {
    const t = T[i];
    if (isClausePunct(t)) return null;
    const two = i > 0 ? `${T[i - 1].n} ${t.n}` : '';
    if (lex.oppositeCondition.has(two)) return { at: i - 1, kind: 'exception', only: false };
    if (lex.oppositeCondition.has(t.n)) return { at: i, kind: 'exception', only: false };
    if (lex.sameCondition.has(t.n)) return { at: i, kind: 'plain', only: T[i - 1]?.n === 'only' };
    if (t.pos === 'VERB') return null;
  }
  return null;
}

/** One past the last token of the clause a condition opened at `at` runs to (a clause mark, the sentence end). */
function clauseEnd(side: Side, at: number): number {
  const T = side.tokens;
  let i = at + 1;
  while (i < T.length && T[i].sentence === T[at].sentence && !isClausePunct(T[i])) i++;
  return i;
}

/** The finding whose span on one side covers token i of that side (`onBase`), if any. */
function findingOver(findings: readonly Finding[], i: number, onBase: boolean, but: Finding): Finding | undefined {
  return findings.find((g) => {
    const s = onBase ? g.b : g.r;
    return g !== but && !!s && s[0] <= i && i < s[1];
  });
}

/**
 * A negated condition restated as its exception, "where the recipient cannot guarantee X" ↔ "unless
 * the recipient can (is able to) guarantee X": the rule holds in the same cases (where-not-C =
 * unless-C), so the negator dropped from the condition's predicate and the connective turned into an
 * exception's are one restatement, `grammatical`, no negation. And the prohibition on that condition
 * restated as a restricted permission, "shall not be exported where the recipient cannot guarantee
 * X" ↔ "may be exported only where the recipient guarantees X", is the same rule stated the other way
 * round as "shall not … unless C" ↔ "may … only if C" (qualifiers.yaml `only-condition`): the modal,
 * the "only" and the condition's negator are `grammatical`. Only when the negator is the condition's
 * own (its connective just before, past its subject) and the other side's condition reads none.
 * The negator's change is joined to a grammatical change right after it ("cannot guarantee" →
 * "guarantees"). Mutates `findings`.
 */
export function conditionRestatedAsException(findings: Finding[], ctx: Ctx): void {
  const { lex } = ctx;
  for (const F of findings.slice()) {
    if (F.type !== 'negation' || !findings.includes(F)) continue;
    const kb = negatorIn(ctx.base, F.b);
    const kr = negatorIn(ctx.reading, F.r);
    if ((kb >= 0) === (kr >= 0)) continue;
    const onBase = kb >= 0;
    const [S, O] = onBase ? [ctx.base, ctx.reading] : [ctx.reading, ctx.base];
    const k = onBase ? kb : kr;
    const ss = (onBase ? F.b : F.r)!;
    const os = onBase ? F.r : F.b;
    const cs = connectiveBefore(S, ss[0], lex);
    if (!cs || cs.kind !== 'plain' || cs.only || k >= clauseEnd(S, cs.at)) continue;
    let another = false;
    for (let i = cs.at + 1; i < k; i++) if (S.neg[i]) another = true;
    if (another) continue;
    const oAt = os ? os[0] : alignedPosition(ctx, ss[0], onBase);
    if (oAt < 0) continue;
    const co = connectiveBefore(O, oAt, lex);
    if (!co) continue;
    // (no negator before the other side's predicate, its first word included: a negator further on,
    // "a level of protection not lower than", is no part of the condition's polarity)
    const oEnd = Math.min(clauseEnd(O, co.at), (os ? os[1] : oAt) + 1);
    let negated = false;
    for (let j = co.at + 1; j < oEnd; j++) if (O.neg[j]) negated = true;
    if (negated) continue;
    const group: Finding[] = [F];
    let how: string;
    if (co.kind === 'exception') {
      // "where … cannot" → "unless … can": the connective's change too
      const G = findingOver(findings, cs.at, onBase, F);
      const go = G ? (onBase ? G.r : G.b) : null;
      if (!G || !go || go[0] > co.at || go[1] <= co.at) continue;
      group.push(G);
      how = onBase ? 'a negated condition restated as its exception' : 'an exception restated as a negated condition';
    } else if (co.only) {
      // "shall not … where … cannot" → "may … only where …": the rule's negation and the "only" too
      const Q = findingOver(findings, co.at - 1, !onBase, F);
      if (!Q) continue;
      const R = findings.find((g) => {
        if (g === F || g === Q || g.type !== 'negation') return false;
        const gs = onBase ? g.b : g.r;
        const go = onBase ? g.r : g.b;
        const n = negatorIn(S, gs);
        if (n < 0 || negatorIn(O, go) >= 0 || S.tokens[n].sentence !== S.tokens[k].sentence) return false;
        if (n > cs.at && n < clauseEnd(S, cs.at)) return false;
        const fo = frameAt(O, go ? go[0] : co.at);
        return !!fo && fo.auxStrength !== null && fo.auxStrength <= 1;
      });
      if (!R) continue;
      group.push(Q, R);
      how = onBase ? 'a prohibition on a negated condition restated as a permission restricted to the condition' : 'a permission restricted to a condition restated as a prohibition on the condition negated';
    } else continue;
    // the predicate's inflection right after the negator ("cannot guarantee" → "guarantees")
    const sAfter = ss[1];
    const oAfter = os ? os[1] : oAt;
    const P = findings.find((g) => {
      if (g.type !== 'grammatical' || group.includes(g) || !g.b || !g.r) return false;
      const [gs, go] = onBase ? [g.b, g.r] : [g.r, g.b];
      return gs[0] === sAfter && go[0] === oAfter;
    });
    if (P) {
      F.b = union(F.b, P.b);
      F.r = union(F.r, P.r);
      findings.splice(findings.indexOf(P), 1);
    }
    for (const g of group) {
      g.type = 'grammatical';
      delete g.direction;
      g.whole = true;
      const c: Candidate = { b: g.b ?? [g.at ?? 0, g.at ?? 0], r: g.r ?? [0, 0] };
      g.explanation = `grammatical (${how}, same rule): ${change(ctx, c)}`;
    }
  }
}

/** The other side's token aligned equal with the token before `i` (`fromBase`: i is a base token), plus one; -1 if none. */
function alignedPosition(ctx: Ctx, i: number, fromBase: boolean): number {
  const m = alikeMap(ctx, fromBase);
  for (let k = i - 1; k >= 0; k--) if (m[k] !== undefined && m[k] >= 0) return m[k] + 1;
  return -1;
}
