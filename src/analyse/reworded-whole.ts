/**
 * Passes over the findings of one unit that join the pieces of one rewording the alignment cut
 * apart (session 20): a time point reworded with its anchor, a place name with its complement, a
 * verb phrase up to its preposition, a condition reworded in place, and a head noun said once for
 * two coordinated modifiers. Each mutates `findings`.
 */
import type { Span, Token } from '../types.js';
import { type Ctx, type Finding, alikeMap, q, replaceFindings, text } from './context.js';
import { qualifierPhrases } from './classify/qualifier.js';

/** The lexical findings by where their words end on one side (the base when `onBase`). */
function lexicalsByEnd(findings: readonly Finding[], onBase: boolean): Map<number, Finding> {
  const m = new Map<number, Finding>();
  for (const f of findings) if (f.type === 'lexical' && f.b && f.r) m.set((onBase ? f.b : f.r)[1], f);
  return m;
}

/** A lexical finding over spans b and r. */
function lexical(ctx: Ctx, b: Span, r: Span, label = 'wording changed'): Finding {
  return { type: 'lexical', b, r, at: b[0], explanation: `${label}: ${q(text(ctx.base, b))} → ${q(text(ctx.reading, r))}` };
}

/** Does the span hold a word of time: a figure, a unit of time ("days"), a month's name? */
function timeWordIn(T: readonly Token[], s: Span, ctx: Ctx): boolean {
  for (let i = s[0]; i < s[1]; i++) {
    const t = T[i];
    if (t.pos === 'NUM' || ctx.lex.frequencies.units.has(t.lemma) || ctx.lex.frequencies.units.has(t.n)) return true;
    if (ctx.lex.months.has(t.n) && t.pos !== 'AUX' && t.pos !== 'VERB') return true;
  }
  return false;
}

/**
 * A time point reworded in place with its anchor ("ninety days after its publication in the Official
 * Gazette" → "in June"): the alignment pairs the period with the new time ('ninety days' → 'in June',
 * lexical) and reads the anchor after it ("after its publication …") as a time limit dropped, though
 * the reading still says when. When a lexical change holds a word of time on both sides (a figure,
 * a unit of time, a month) and a time limit dropped (added) follows it right after on that side, the
 * two are one rewording of the time: one lexical over both. Either direction.
 */
export function timePointWithAnchor(findings: Finding[], ctx: Ctx): void {
  const qs0 = findings.filter((Q) => (Q.type === 'qualifier-dropped' || Q.type === 'qualifier-added') && /^time limit/.test(Q.explanation));
  if (qs0.length === 0) return;
  const ends = [lexicalsByEnd(findings, false), lexicalsByEnd(findings, true)];
  const gone = new Set<Finding>();
  for (const Q of qs0) {
    const dropped = Q.type === 'qualifier-dropped';
    const qs = dropped ? Q.b : Q.r;
    if (!qs || (dropped ? Q.r : Q.b)) continue;
    const L = ends[dropped ? 1 : 0].get(qs[0]);
    if (!L || gone.has(L) || L.direction || !timeWordIn(ctx.base.tokens, L.b!, ctx) || !timeWordIn(ctx.reading.tokens, L.r!, ctx)) continue;
    const b: Span = dropped ? [L.b![0], qs[1]] : L.b!;
    const r: Span = dropped ? L.r! : [L.r![0], qs[1]];
    gone.add(L);
    replaceFindings(findings, new Set([Q, L]), [lexical(ctx, b, r, 'the time reworded')]);
  }
}

/** Most tokens between a head noun dropped and the same noun read after the next modifier. */
const HEAD_REACH = 8;
const MODIFIER = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM', 'VERB']);

/**
 * "X data and Y data" → "X and Y data": a head noun written after each of two (or more) coordinated
 * modifiers on one side, once after the last on the other. The alignment reads the first "data"
 * omitted, though the witness still reads it, shared by both modifiers: one `grammatical` variant
 * per noun dropped (added), not an omission. Only a noun (or noun compound) right after a modifier,
 * right before a coordinator or comma, whose very words stand again after the next modifiers in the
 * same coordination (within HEAD_REACH tokens: modifiers, coordinators, commas and the same noun
 * dropped again), read by both sides there. Not "X data and Y records" → "X and Y records" (the first
 * noun is another). Either direction.
 */
export function headNounSaidOnce(findings: Finding[], ctx: Ctx): void {
  for (const f of findings) {
    const dropped = f.type === 'omission';
    if ((!dropped && f.type !== 'addition') || (dropped ? f.r : f.b)) continue;
    const s = dropped ? f.b : f.r;
    if (!s || s[1] - s[0] > 3) continue;
    const X = dropped ? ctx.base.tokens : ctx.reading.tokens;
    let ok = s[0] > 0 && MODIFIER.has(X[s[0] - 1].pos) && X[s[0] - 1].sentence === X[s[0]].sentence && s[1] < X.length;
    for (let i = s[0]; ok && i < s[1]; i++) ok = X[i].pos === 'NOUN' || X[i].pos === 'PROPN';
    if (!ok || !(X[s[1]].pos === 'CCONJ' || X[s[1]].n === ',')) continue;
    const n = s[1] - s[0];
    const same = (j: number) => j + n <= X.length && X.slice(j, j + n).every((t, k) => t.n === X[s[0] + k].n);
    const alike = alikeMap(ctx, dropped);
    let modifiers = 0;
    let found = false;
    for (let j = s[1]; j < X.length && j - s[1] <= HEAD_REACH && X[j].sentence === X[s[0]].sentence; j++) {
      if (same(j) && modifiers > 0) {
        if (X.slice(j, j + n).every((_, k) => alike[j + k] >= 0)) {
          found = true;
          break;
        }
        j += n - 1;
        continue;
      }
      if (MODIFIER.has(X[j].pos) || X[j].pos === 'ADV') modifiers++;
      else if (X[j].pos !== 'CCONJ' && X[j].n !== ',') break;
    }
    if (!found) continue;
    f.type = 'grammatical';
    f.direction = undefined;
    f.explanation = `grammatical (a head noun said once for coordinated modifiers): ${q(text(dropped ? ctx.base : ctx.reading, s))} ${dropped ? 'omitted' : 'added'}`;
  }
}

/** The findings of type `type` with words on one side only (`dropped`: the base), by where they start. */
function oneSided(findings: Finding[], dropped: boolean): Finding[] {
  return findings.filter((f) => f.type === (dropped ? 'omission' : 'addition') && !(dropped ? f.r : f.b) && (dropped ? f.b : f.r));
}

/**
 * Join a one-sided piece to the lexical change right before it (on the side that has the piece),
 * when `fits` says the piece continues the change's words: the two are one lexical.
 */
function joinToLexicalBefore(findings: Finding[], ctx: Ctx, fits: (X: readonly Token[], Y: readonly Token[], lx: Span, ly: Span, piece: Span) => boolean): void {
  for (const dropped of [true, false]) {
    const pieces = oneSided(findings, dropped);
    if (pieces.length === 0) continue;
    const ends = lexicalsByEnd(findings, dropped);
    const gone = new Set<Finding>();
    for (const O of pieces) {
      const ps = (dropped ? O.b : O.r)!;
      const L = ends.get(ps[0]);
      if (L && gone.has(L)) continue;
      // (a plain rewording: not a limit changed with its direction, "within three days of the order" →
      // "within 3 weeks", whose anchor dropped is an omission of its own)
      if (!L || L.direction || !L.explanation.startsWith('wording changed')) continue;
      const [X, Y] = dropped ? [ctx.base.tokens, ctx.reading.tokens] : [ctx.reading.tokens, ctx.base.tokens];
      const [lx, ly] = dropped ? [L.b!, L.r!] : [L.r!, L.b!];
      if (ly[1] <= ly[0] || !fits(X, Y, lx, ly, ps)) continue;
      const b: Span = dropped ? [L.b![0], ps[1]] : L.b!;
      const r: Span = dropped ? L.r! : [L.r![0], ps[1]];
      gone.add(L);
      replaceFindings(findings, new Set([O, L]), [lexical(ctx, b, r)]);
    }
  }
}

const NOUNS = new Set(['NOUN', 'PROPN']);
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * A noun phrase reworded whole with its "of" complement ("within the territory of the Republic" →
 * "within Valdora"): the alignment pairs the head with the new name ('the territory' → 'Valdora') and
 * reads the complement "of the Republic" omitted, though nothing of the phrase survives. When a lexical
 * change ends in a noun on both sides and the piece dropped (added) right after it is "of" + a noun
 * phrase to its end (determiners, adjectives, nouns; no coordinator after), it is the replaced phrase's complement: one
 * lexical. Not the complement dropped after the same noun kept ("the territory of the Republic" →
 * "the territory": an omission). Either direction.
 */
export function ofComplementWithReplacedNoun(findings: Finding[], ctx: Ctx): void {
  joinToLexicalBefore(findings, ctx, (X, Y, lx, ly, ps) => {
    if (!NOUNS.has(X[lx[1] - 1].pos) || !NOUNS.has(Y[ly[1] - 1].pos) || X[ps[0]].n !== 'of' || ps[1] - ps[0] < 2) return false;
    for (let i = ps[0] + 1; i < ps[1]; i++) if (!NOUN_PHRASE.has(X[i].pos)) return false;
    // (the phrase ends with the piece: no noun of it after, no coordinated noun the other side
    // still reads, "the way of production and life" → "the of place and life")
    return NOUNS.has(X[ps[1] - 1].pos) && !(ps[1] < X.length && (NOUNS.has(X[ps[1]].pos) || X[ps[1]].pos === 'CCONJ'));
  });
}

/**
 * A verb phrase up to its preposition reworded as one verb before the object both sides read ("fails
 * to comply with Article 3" → "violates Article 3"): the alignment pairs 'fails to' → 'violates' and
 * reads "comply with" omitted. When a lexical change ends in a verb or its "to" on one side and a
 * verb on the other, and the piece dropped (added) right after it is a verb (with adverbs, particles)
 * ending in a preposition, before a word both sides read, it is one lexical. Either direction.
 */
export function verbPhraseToPreposition(findings: Finding[], ctx: Ctx): void {
  joinToLexicalBefore(findings, ctx, (X, Y, lx, ly, ps) => {
    const lastX = X[lx[1] - 1];
    if (!(lastX.pos === 'VERB' || lastX.pos === 'PART' || lastX.pos === 'AUX') || Y[ly[1] - 1].pos !== 'VERB') return false;
    if (X[ps[0]].pos !== 'VERB' || X[ps[1] - 1].pos !== 'ADP' || ps[1] >= X.length || X[ps[1]].punct) return false;
    for (let i = ps[0] + 1; i < ps[1] - 1; i++) if (!(X[i].pos === 'ADV' || X[i].pos === 'ADP' || X[i].pos === 'PART')) return false;
    return true;
  });
}

/** Types of the ordinary pieces a condition reworded in place is cut into. */
const PIECE_TYPES = new Set(['lexical', 'omission', 'addition', 'grammatical']);

/**
 * A condition reworded in place ("without the prior authorisation of the competent court" → "unless a
 * court has authorised it in advance"): the alignment anchors on a lone shared noun ("court"), reads
 * the connective and the words before it as one lexical and the rest as an addition (or omission),
 * and lumps a change before the connective ("the Republic" → "Valdora") in with it. When a lexical
 * change holds the connective of a condition phrase on each side (qualifierPhrases kind `condition`,
 * opening with an exception's connective, qualifiers.yaml `exception`: without, unless, except),
 * the two phrases end where the alignment reads alike again (or both at the end), every finding over
 * them is an ordinary piece (lexical, omission, addition, grammatical) within them, and they keep at
 * most one content word read alike: one lexical over the two conditions, no direction (the same
 * condition in other words; a condition both sides keep that keeps two content words or more is
 * described word by word). The words before the connectives, changed on both sides, are a lexical
 * of their own. Not a connective alone changed ("unless" → "except where": grammar).
 */
export function conditionRewordedWhole(findings: Finding[], ctx: Ctx): void {
  const B = ctx.base;
  const R = ctx.reading;
  const lexicals = findings.filter((f) => f.type === 'lexical' && f.b && f.r && f.b[1] > f.b[0] && f.r[1] > f.r[0]);
  if (lexicals.length === 0) return;
  // (condition phrases by their first token, looked up over a lexical's words)
  type P = ReturnType<typeof qualifierPhrases>[number];
  const startsB = new Map<number, P>();
  const startsR = new Map<number, P>();
  // (conditions that open with an exception's connective on both sides, qualifiers.yaml `exception`:
  // "without", "unless", "except"; not "if circumstances so warrant" → "in exceptional circumstances")
  const exception = (X: typeof B, p: P) => ctx.lex.exceptionHeads.has(X.tokens[p.start].n);
  const pbs = qualifierPhrases(B, ctx.lex).filter((p) => p.kind === 'condition' && exception(B, p));
  if (pbs.length === 0) return;
  const prs = qualifierPhrases(R, ctx.lex).filter((p) => p.kind === 'condition' && exception(R, p));
  for (const p of pbs) if (!startsB.has(p.start)) startsB.set(p.start, p);
  for (const p of prs) if (!startsR.has(p.start)) startsR.set(p.start, p);
  const firstIn = <P>(m: Map<number, P>, s: Span) => {
    for (let i = s[0]; i < s[1]; i++) if (m.has(i)) return m.get(i);
    return undefined;
  };
  const gone = new Set<Finding>();
  for (const L of lexicals) {
    if (gone.has(L)) continue;
    const pb = firstIn(startsB, L.b!);
    const pr = pb && firstIn(startsR, L.r!);
    if (!pb || !pr || !L.b || !L.r) continue;
    if ((pb.start > L.b[0]) !== (pr.start > L.r[0])) continue;
    const alikeB = alikeMap(ctx, true);
    // the two phrases end together: the next tokens read alike, or both sides end there
    if (!(pb.end === B.tokens.length ? pr.end === R.tokens.length : alikeB[pb.end] === pr.end)) continue;
    const inside: Finding[] = [];
    let ok = true;
    for (const f of findings) {
      const overB = f.b && f.b[1] > pb.start && f.b[0] < pb.end;
      const overR = f.r && f.r[1] > pr.start && f.r[0] < pr.end;
      if (!overB && !overR) continue;
      if (f === L) continue;
      if (!PIECE_TYPES.has(f.type) || (f.b && (f.b[0] < pb.start || f.b[1] > pb.end)) || (f.r && (f.r[0] < pr.start || f.r[1] > pr.end))) ok = false;
      inside.push(f);
    }
    if (!ok || inside.length === 0) continue;
    let shared = 0;
    for (let i = pb.start; i < pb.end; i++) if (alikeB[i] >= 0 && B.content[i]) shared++;
    if (shared > 1) continue;
    const out: Finding[] = [];
    if (pb.start > L.b[0]) out.push(lexical(ctx, [L.b[0], pb.start], [L.r[0], pr.start]));
    out.push(lexical(ctx, [pb.start, pb.end], [pr.start, pr.end], 'condition reworded'));
    for (const f of [L, ...inside]) gone.add(f);
    replaceFindings(findings, new Set([L, ...inside]), out);
  }
}

/** Does the finding's explanation give it as a change of number or inflection? */
const inflection = (f: Finding) => f.type === 'grammatical' && /number or inflection/.test(f.explanation);

/**
 * One change of form cut in two by a word both sides read: two coordinated nouns each put in another
 * number ("Any operator or provider" → "Operators or providers": 'Any operator' → 'Operators' and
 * 'provider' → 'providers' around the kept "or"), as one grammatical variant the way "product and
 * service" → "products and services" is. Only grammatical findings side by side, the coordinator
 * between them read alike on both sides, the last words nouns on both sides. (A statement of the
 * law's auxiliary dropped beside its verb inflected, "shall apply" → "applies", stays two variants:
 * legal-drafting.test.ts.)
 */
export function oneChangeOfForm(findings: Finding[], ctx: Ctx): void {
  const B = ctx.base.tokens;
  const R = ctx.reading.tokens;
  const noun = (t: Token | undefined) => !!t && (t.pos === 'NOUN' || t.pos === 'PROPN');
  for (let i = 0; i + 1 < findings.length; i++) {
    const F = findings[i];
    const G = findings[i + 1];
    if (F.type !== 'grammatical' || !inflection(G) || !G.b || !G.r) continue;
    let joined: Finding | null = null;
    if (F.b && F.r && inflection(F) && G.b[0] === F.b[1] + 1 && G.r[0] === F.r[1] + 1 && B[F.b[1]].pos === 'CCONJ' && B[F.b[1]].n === R[F.r[1]].n) {
      if (noun(B[F.b[1] - 1]) && noun(R[F.r[1] - 1]) && noun(B[G.b[1] - 1]) && noun(R[G.r[1] - 1])) {
        joined = { type: 'grammatical', b: [F.b[0], G.b[1]], r: [F.r[0], G.r[1]], at: F.b[0], explanation: '' };
        joined.explanation = `grammatical (number or inflection, coordinated nouns): ${q(text(ctx.base, joined.b!))} → ${q(text(ctx.reading, joined.r!))}`;
      }
    }
    // an article dropped, added or replaced before a noun put in another number, its modifiers read
    // alike between them ("a third party" → "third parties"): one change of the noun phrase's number
    const lb = F.b ? F.b[1] - F.b[0] : 0;
    const lr = F.r ? F.r[1] - F.r[0] : 0;
    if (!joined && /\(article\)/.test(F.explanation) && lb <= 1 && lr <= 1 && lb + lr >= 1 && G.b[1] - G.b[0] === 1 && G.r[1] - G.r[0] === 1 && noun(B[G.b[0]]) && noun(R[G.r[0]])) {
      const gap = lb ? G.b[0] - F.b![1] : G.r[0] - F.r![1];
      const bEnd = G.b[0] - gap;
      const rEnd = G.r[0] - gap;
      const modifier = (t: Token | undefined) => !!t && (t.pos === 'ADJ' || noun(t) || t.pos === 'NUM');
      let ok = gap >= 1 && gap <= 3 && bEnd >= 0 && rEnd >= 0 && (!lb || F.b![1] === bEnd) && (!lr || F.r![1] === rEnd);
      for (let k = 0; ok && k < gap; k++) ok = modifier(B[bEnd + k]) && B[bEnd + k].n === R[rEnd + k]?.n;
      if (ok) {
        joined = { type: 'grammatical', b: [bEnd - lb, G.b[1]], r: [rEnd - lr, G.r[1]], at: bEnd - lb, explanation: '' };
        joined.explanation = `grammatical (number or inflection, with its article): ${q(text(ctx.base, joined.b!))} → ${q(text(ctx.reading, joined.r!))}`;
      }
    }
    if (joined) findings.splice(i, 2, joined);
  }
}

/**
 * "assist the other State" → "assist each other": the party on the other side of a one-way act
 * replaced by a reciprocal pronoun (function-words.yaml `reciprocals`), the act now mutual. The
 * alignment reads "other" alike and cuts the rest into a determiner for a determiner (grammar) and
 * the noun dropped; it is one `actor` variant over "the other State" → "each other" (either
 * direction). Only a determiner, "other" and a noun on the one side, a reciprocal ending in that same
 * "other" on the other, every finding there inside those words.
 */
export function otherPartyMadeMutual(findings: Finding[], ctx: Ctx): void {
  for (const toBase of [true, false]) {
    // the side with the reciprocal (Y) and the side with "the other N" (X)
    const Y = toBase ? ctx.reading.tokens : ctx.base.tokens;
    const X = toBase ? ctx.base.tokens : ctx.reading.tokens;
    const alike = alikeMap(ctx, !toBase);
    for (let j = 1; j < Y.length; j++) {
      // (a reciprocal ends its phrase: "each other Participant" is a determiner and a noun's modifier)
      if (Y[j].n !== 'other' || Y[j - 1].n !== 'each' || (j + 1 < Y.length && ['NOUN', 'PROPN', 'ADJ'].includes(Y[j + 1].pos))) continue;
      if (!ctx.lex.reciprocals.some((p) => p.length === 2 && p[0] === 'each' && p[1] === 'other')) return;
      const i = alike[j];
      if (i < 1 || i + 1 >= X.length || X[i].n !== 'other' || X[i - 1].pos !== 'DET' || !(X[i + 1].pos === 'NOUN' || X[i + 1].pos === 'PROPN')) continue;
      const xs: Span = [i - 1, i + 2];
      const ys: Span = [j - 1, j + 1];
      const inX = (s: Span | null | undefined) => !!s && s[0] < xs[1] && s[1] > xs[0];
      const inY = (s: Span | null | undefined) => !!s && s[0] < ys[1] && s[1] > ys[0];
      const within = (s: Span | null | undefined, w: Span) => !s || s[0] === s[1] || (s[0] >= w[0] && s[1] <= w[1]);
      const parts = findings.filter((f) => inX(toBase ? f.b : f.r) || inY(toBase ? f.r : f.b));
      if (parts.length === 0 || !parts.every((f) => within(toBase ? f.b : f.r, xs) && within(toBase ? f.r : f.b, ys))) continue;
      const b = toBase ? xs : ys;
      const r = toBase ? ys : xs;
      const joined: Finding = { type: 'actor', b, r, at: b[0], explanation: `actor: ${q(text(ctx.base, b))} → ${q(text(ctx.reading, r))} — ${toBase ? 'the act toward the other party made mutual' : 'a mutual act now done toward the other party alone'}` };
      replaceFindings(findings, new Set(parts), [joined]);
    }
  }
}
