/**
 * Post-passes that put back together the pieces one rewording was cut into when the cut paired a
 * word of each side that only looks alike (an auxiliary, a verb's inflection), so that a reader sees
 * one change where the text makes one.
 */
import { type Candidate, type Ctx, type Finding, alikeMap, change, len, orderByAt, q, text, union } from './context.js';
import { grammaticalReasons } from './classify/grammatical.js';
import type { Span, Token } from '../types.js';

/**
 * An adjective replaced by one that takes its complement in another form ("capable of evaluating"
 * → "able to evaluate", "responsible for ensuring" → "required to ensure"): the preposition and the
 * verb's form belong to the new adjective's construction, so the `grammatical` findings that follow
 * the `lexical` one right after it on both sides (a function word, then the verb of one lemma
 * inflected) are one `lexical` with it. Only when the verb comes right after the function word on
 * both sides and the lexical change ends with an adjective on both sides. Mutates `findings`.
 */
export function adjectiveWithComplement(findings: Finding[], ctx: Ctx): void {
  for (const L of findings.slice()) {
    if (L.type !== 'lexical' || !L.b || !L.r || len(L.b) === 0 || len(L.r) === 0) continue;
    if (ctx.base.tokens[L.b[1] - 1].pos !== 'ADJ' || ctx.reading.tokens[L.r[1] - 1].pos !== 'ADJ') continue;
    const next = (b: number, r: number) => findings.find((g) => g.type === 'grammatical' && g.b && g.r && g.b[0] === b && g.r[0] === r);
    const fw = next(L.b[1], L.r[1]);
    if (!fw || !fw.b || !fw.r) continue;
    const fwOnly = (side: Ctx['base'], s: Span) => {
      for (let i = s[0]; i < s[1]; i++) if (!side.fn[i]) return false;
      return true;
    };
    if (!fwOnly(ctx.base, fw.b) || !fwOnly(ctx.reading, fw.r)) continue;
    const v = next(fw.b[1], fw.r[1]);
    if (!v || !v.b || !v.r || len(v.b) !== 1 || len(v.r) !== 1) continue;
    const tb = ctx.base.tokens[v.b[0]];
    const tr = ctx.reading.tokens[v.r[0]];
    if (tb.lemma !== tr.lemma || tb.n === tr.n) continue;
    const c: Candidate = { b: [L.b[0], v.b[1]], r: [L.r[0], v.r[1]] };
    const merged: Finding = { type: 'lexical', b: c.b, r: c.r, at: c.b[0], explanation: `wording changed: ${change(ctx, c)} — the new word takes its complement in another form` };
    for (const g of [L, fw, v]) findings.splice(findings.indexOf(g), 1);
    findings.push(merged);
  }
}

/**
 * A verb group reworded around an auxiliary that the cut paired with another form of it ("are best
 * addressed" → "can only be addressed": "are" → "be" grammatical, "can only" added, "best"
 * omitted): a `grammatical` change of one word flanked, on one side, by an addition right before it
 * (after it) and, on the other, by an omission right after it (before it), nothing read alike
 * between, is one `lexical` over the three. The addition and the omission must each hold a word that
 * is not a function word, so that a word moved past an article stays what it is. Mutates `findings`.
 */
export function auxiliaryWithinRewording(findings: Finding[], ctx: Ctx): void {
  for (const G of findings.slice()) {
    if (G.type !== 'grammatical' || !G.b || !G.r || len(G.b) !== 1 || len(G.r) !== 1) continue;
    if (ctx.base.tokens[G.b[0]].pos !== 'AUX' || ctx.reading.tokens[G.r[0]].pos !== 'AUX') continue;
    const content = (side: Ctx['base'], s: Span) => {
      for (let i = s[0]; i < s[1]; i++) if (!side.fn[i] || side.tokens[i].pos === 'ADV' || side.tokens[i].pos === 'AUX') return true;
      return false;
    };
    const A = findings.find((g) => g.type === 'addition' && g.r && !g.b && (g.r[1] === G.r![0] || g.r[0] === G.r![1]) && content(ctx.reading, g.r));
    const O = findings.find((g) => g.type === 'omission' && g.b && !g.r && (g.b[1] === G.b![0] || g.b[0] === G.b![1]) && content(ctx.base, g.b));
    if (!A || !O) continue;
    // (one before the auxiliary, the other after it: the pairing crossed a rewording)
    const aBefore = A.r![1] === G.r[0];
    const oBefore = O.b![1] === G.b[0];
    if (aBefore === oBefore) continue;
    const b = union(G.b, O.b)!;
    const r = union(G.r, A.r)!;
    const c: Candidate = { b, r };
    const merged: Finding = { type: 'lexical', b, r, at: b[0], explanation: `wording changed: ${change(ctx, c)}` };
    for (const g of [G, A, O]) findings.splice(findings.indexOf(g), 1);
    findings.push(merged);
  }
}

/**
 * An adverb of degree added (dropped) right before a word the other side reads another way
 * ("developing countries" → "least developed countries"): the adverb grades the new word, and the
 * two make one term; the addition goes into the `lexical` change of the word
 * (function-words.yaml `degree-adverbs`). Mutates `findings`.
 */
export function degreeWithWord(findings: Finding[], ctx: Ctx): void {
  if (ctx.lex.degreeAdverbs.size === 0) return;
  for (const L of findings.slice()) {
    if (L.type !== 'lexical' || !L.b || !L.r) continue;
    const D = findings.find((g) => {
      if ((g.type !== 'addition' && g.type !== 'omission') || (g.b && g.r)) return false;
      const [side, s, at] = g.r ? [ctx.reading, g.r, L.r![0]] : [ctx.base, g.b!, L.b![0]];
      return len(s) === 1 && s[1] === at && ctx.lex.degreeAdverbs.has(side.tokens[s[0]].n);
    });
    if (!D) continue;
    const b = union(L.b, D.b)!;
    const r = union(L.r, D.r)!;
    const c: Candidate = { b, r };
    const merged: Finding = { type: 'lexical', b, r, at: b[0], explanation: `wording changed: ${change(ctx, c)}` };
    findings.splice(findings.indexOf(L), 1);
    findings.splice(findings.indexOf(D), 1);
    findings.push(merged);
  }
}

const NOT_PREPOSITIONAL = new Set(['AUX', 'PRON', 'VERB', 'DET', 'NOUN', 'PROPN', 'NUM']);

/**
 * A change of function words that ran on into content words one side alone reads ("prior to
 * public release" → "before release": 'prior to public' → 'before'): the function words are their
 * own change, `grammatical` when they are grammar alone ("prior to" → "before": a complex
 * preposition, function-words.yaml `phrases`), and the content words after them an omission (an
 * addition). Only when the other side holds function words alone. Mutates `findings`.
 */
export function functionWordsBeforeDropped(findings: Finding[], ctx: Ctx): void {
  for (const L of findings.slice()) {
    if (L.type !== 'lexical' || !L.b || !L.r || L.whole) continue;
    for (const fromBase of [true, false]) {
      const [X, xs, Y, ys] = fromBase ? [ctx.base, L.b, ctx.reading, L.r] : [ctx.reading, L.r, ctx.base, L.b];
      let allFn = true;
      for (let j = ys[0]; j < ys[1] && allFn; j++) allFn = Y.fn[j] && !Y.tokens[j].punct;
      if (!allFn) continue;
      // X: function words, then content words to the end
      let k = xs[0];
      while (k < xs[1] && X.fn[k] && !X.tokens[k].punct) k++;
      if (k === xs[0] || k === xs[1]) continue;
      let rest = true;
      for (let m = k; m < xs[1] && rest; m++) rest = X.content[m] && !X.fn[m];
      // (modifiers of a noun both sides read after them, "public [release]": not the second word of
      // a bound, "at least [five years]")
      const after = X.tokens[xs[1]];
      if (!rest || !after || (after.pos !== 'NOUN' && after.pos !== 'PROPN')) continue;
      const fx: Span = [xs[0], k];
      // (prepositions and connectives only: not an auxiliary or a pronoun, "do it" → "be addressed")
      const plain = (side: Ctx['base'], sp: Span) => {
        for (let m = sp[0]; m < sp[1]; m++) if (NOT_PREPOSITIONAL.has(side.tokens[m].pos)) return false;
        return true;
      };
      if (!plain(X, fx) || !plain(Y, ys)) continue;
      // (only a preposition of time for one of the same sense, function-words.yaml `time-senses`:
      // "if" → "in" before a dropped adjective is no such pair)
      const sense = (side: Ctx['base'], sp: Span) => [...ctx.lex.timeSenses].find(([, ps]) => ps.some((p) => p.length === len(sp) && p.every((w, m) => side.tokens[sp[0] + m].n === w)))?.[0] ?? '';
      if (!sense(X, fx) || sense(X, fx) !== sense(Y, ys)) continue;
      const reasons = fromBase ? grammaticalReasons(ctx, fx, ys) : grammaticalReasons(ctx, ys, fx);
      if (!reasons) continue;
      const g: Candidate = fromBase ? { b: fx, r: ys } : { b: ys, r: fx };
      const gram: Finding = { type: 'grammatical', b: g.b, r: g.r, at: g.b[0], explanation: `grammatical (${reasons.join(', ')}): ${change(ctx, g)}` };
      const dropped: Span = [k, xs[1]];
      const o: Finding = fromBase
        ? { type: 'omission', b: dropped, r: null, at: k, explanation: `omitted: ${q(text(X, dropped))}` }
        : { type: 'addition', b: null, r: dropped, at: ys[1], explanation: `added: ${q(text(X, dropped))}` };
      findings.splice(findings.indexOf(L), 1, gram, o);
      break;
    }
  }
}

/**
 * A phrase dropped (added) right before a rewording whose other side opens with that phrase's
 * words in another form ("in a flexible manner with reference to" → "flexibly depending on":
 * 'in a flexible manner' omitted, 'with reference to' → 'flexibly depending on'): the alignment
 * gave the phrase's counterpart to the rewording after it. When the phrase and the rewording's
 * opening words are grammar together (`grammaticalReasons`: "in a flexible manner" → "flexibly",
 * word class), they are that `grammatical` change, and the rest a `lexical` of its own, as each
 * would be alone. Mutates `findings`.
 */
export function oneSidedPhraseInRewording(findings: Finding[], ctx: Ctx): void {
  // the lexicals by where they start on each side (looked up per omission: the pass stays linear
  // in a unit's findings)
  const byB = new Map<number, Finding>();
  const byR = new Map<number, Finding>();
  for (const g of findings) {
    if (g.type !== 'lexical' || !g.b || !g.r || g.whole) continue;
    if (!byB.has(g.b[0])) byB.set(g.b[0], g);
    if (!byR.has(g.r[0])) byR.set(g.r[0], g);
  }
  if (byB.size === 0) return;
  for (const O of findings.slice()) {
    if ((O.type !== 'omission' && O.type !== 'addition') || (O.b && O.r)) continue;
    const fromBase = O.type === 'omission';
    const os = (fromBase ? O.b : O.r)!;
    const L = (fromBase ? byB : byR).get(os[1]);
    if (!L || !L.b || !L.r || !findings.includes(L)) continue;
    const ls = fromBase ? L.r : L.b;
    const own = fromBase ? L.b : L.r;
    // the shortest opening of the other side that is grammar with the phrase, leaving words over
    // (no longer than the phrase and two words more: a phrase restated in fewer words, "in a
    // flexible manner" → "flexibly")
    for (let m = 1; m < len(ls) && m <= len(os) + 2; m++) {
      const head: Span = [ls[0], ls[0] + m];
      const reasons = fromBase ? grammaticalReasons(ctx, os, head) : grammaticalReasons(ctx, head, os);
      if (!reasons) continue;
      const g: Candidate = fromBase ? { b: os, r: head } : { b: head, r: os };
      const restOther: Span = [ls[0] + m, ls[1]];
      const l: Candidate = fromBase ? { b: own, r: restOther } : { b: restOther, r: own };
      const gram: Finding = { type: 'grammatical', b: g.b, r: g.r, at: g.b[0], explanation: `grammatical (${reasons.join(', ')}): ${change(ctx, g)}` };
      const lex: Finding = { type: 'lexical', b: l.b, r: l.r, at: l.b[0], explanation: `wording changed: ${change(ctx, l)}` };
      findings.splice(findings.indexOf(O), 1, gram);
      findings.splice(findings.indexOf(L), 1, lex);
      byB.set(lex.b![0], lex);
      byR.set(lex.r![0], lex);
      break;
    }
  }
}

/**
 * Two phrases that changed places between two sentences ("… in an anonymised format … . … in a
 * pseudonymised format." → "… in a pseudonymised format. … in an anonymised format."): the moves
 * found for each (a transposition whose base and reading read the same words) cross, each read in
 * the sentence where the other stood. What a reader sees is each sentence's word replaced by the
 * other: two `lexical` changes, the first phrase's place reading the second and back, not two
 * moves of words that stand unchanged. Only when the two are in different sentences on each side,
 * each in the sentence (by its index) where the other stood. Mutates `findings`.
 */
export function swappedMoves(findings: Finding[], ctx: Ctx): void {
  const moves = findings.filter((f) => f.type === 'transposition' && f.b && f.r && len(f.b) > 0 && len(f.r) > 0);
  const B = ctx.base.tokens;
  const R = ctx.reading.tokens;
  for (const T1 of moves) {
    for (const T2 of moves) {
      if (T1 === T2 || !findings.includes(T1) || !findings.includes(T2)) continue;
      const [b1, r1, b2, r2] = [T1.b!, T1.r!, T2.b!, T2.r!];
      if (!(b1[0] < b2[0] && r1[0] > r2[0])) continue;
      const sb1 = B[b1[0]].sentence;
      const sb2 = B[b2[0]].sentence;
      if (sb1 === sb2 || R[r2[0]].sentence !== sb1 || R[r1[0]].sentence !== sb2) continue;
      const c1: Candidate = { b: b1, r: r2 };
      const c2: Candidate = { b: b2, r: r1 };
      const l1: Finding = { type: 'lexical', b: b1, r: r2, at: b1[0], explanation: `wording changed: ${change(ctx, c1)} — the two phrases exchanged between the sentences` };
      const l2: Finding = { type: 'lexical', b: b2, r: r1, at: b2[0], explanation: `wording changed: ${change(ctx, c2)} — the two phrases exchanged between the sentences` };
      findings.splice(findings.indexOf(T1), 1, l1);
      findings.splice(findings.indexOf(T2), 1, l2);
    }
  }
}

const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * A noun phrase cut at both ends around words it keeps, its head noun among the words cut
 * ("respect international human rights law" → "respect human rights": 'international' and 'law'
 * omitted): the phrase now names another thing (a body of law restated as the rights it protects),
 * one `lexical` change over the phrase, not two omissions. The two one-sided findings on the same
 * side, the first made of modifiers (adjectives, nouns), the second ending with the phrase's head
 * noun (no noun or adjective after it), with only words read alike, nouns and adjectives, two or more, between.
 * A modifier dropped while the head is kept ("international human rights law" → "human rights
 * law") stays an omission. Mutates `findings`.
 */
export function nounPhraseCutAroundKept(findings: Finding[], ctx: Ctx): void {
  // the one-sided omissions and additions by type and start, and those merged away (the pass stays
  // linear in a unit's findings)
  const byStart = new Map<string, Finding[]>();
  for (const g of findings) {
    if ((g.type !== 'omission' && g.type !== 'addition') || (g.b && g.r)) continue;
    const key = `${g.type}:${(g.type === 'omission' ? g.b : g.r)![0]}`;
    const list = byStart.get(key);
    if (list) list.push(g);
    else byStart.set(key, [g]);
  }
  if (byStart.size < 2) return;
  const gone = new Set<Finding>();
  for (const O1 of findings.slice()) {
    if ((O1.type !== 'omission' && O1.type !== 'addition') || (O1.b && O1.r) || gone.has(O1)) continue;
    const fromBase = O1.type === 'omission';
    const X = fromBase ? ctx.base : ctx.reading;
    const s1 = (fromBase ? O1.b : O1.r)!;
    const T = X.tokens;
    let ok = true;
    for (let i = s1[0]; i < s1[1] && ok; i++) ok = NOMINAL.has(T[i].pos);
    if (!ok) continue;
    // (the first, in the order of the findings, of those starting at most three words after it)
    let O2: Finding | undefined;
    let at = Infinity;
    for (let d = 1; d <= 3; d++) {
      for (const g of byStart.get(`${O1.type}:${s1[1] + d}`) ?? []) {
        if (g === O1 || gone.has(g)) continue;
        const k = findings.indexOf(g);
        if (k < at) {
          at = k;
          O2 = g;
        }
      }
    }
    if (!O2) continue;
    const s2 = (fromBase ? O2.b : O2.r)!;
    for (let i = s1[1]; i < s2[0] && ok; i++) ok = NOMINAL.has(T[i].pos) && !findings.some((g) => { const s = fromBase ? g.b : g.r; return !!s && s[0] <= i && s[1] > i; });
    for (let i = s2[0]; i < s2[1] && ok; i++) ok = NOMINAL.has(T[i].pos);
    if (!ok || T[s2[1] - 1].pos !== 'NOUN' || NOMINAL.has(T[s2[1]]?.pos ?? '')) continue;
    // the kept words, on the other side
    const alike = alikeMap(ctx, fromBase);
    const k0 = alike[s1[1]];
    const k1 = alike[s2[0] - 1];
    // (two kept words at least, a phrase of its own, "human rights": one word left of three,
    // "global governance system" → "governance", is as likely two words dropped)
    if (k0 === undefined || k1 === undefined || k0 < 0 || k1 < k0 + 1) continue;
    const own: Span = [s1[0], s2[1]];
    const other: Span = [k0, k1 + 1];
    const c: Candidate = fromBase ? { b: own, r: other } : { b: other, r: own };
    const merged: Finding = { type: 'lexical', b: c.b, r: c.r, at: c.b[0], explanation: `wording changed: ${change(ctx, c)} — the noun phrase names another thing (its head noun ${q(T[s2[1] - 1].t)} ${fromBase ? 'dropped' : 'added'})` };
    findings.splice(findings.indexOf(O1), 1, merged);
    findings.splice(findings.indexOf(O2), 1);
    gone.add(O1);
    gone.add(O2);
  }
}

/**
 * A modifier coordinated with one both sides keep, at the head of a rewording of the noun after
 * them ("criminal prosecution" → "criminal and civil liability": 'prosecution' → 'and civil
 * liability'): the coordinated modifier is an addition (an omission) of its own, it widens what the
 * noun covers, and the noun replaced a `lexical` change. The side with the coordinator opens with
 * it and adjectives, then nouns; the other side holds nouns only; the word before the change is an
 * adjective read alike. Mutates `findings`.
 */
export function coordinatedModifierInRewording(findings: Finding[], ctx: Ctx): void {
  for (const L of findings.slice()) {
    if (L.type !== 'lexical' || !L.b || !L.r || L.whole) continue;
    for (const fromBase of [true, false]) {
      const [X, xs, Y, ys] = fromBase ? [ctx.base, L.b, ctx.reading, L.r] : [ctx.reading, L.r, ctx.base, L.b];
      const T = X.tokens;
      if (T[xs[0]].pos !== 'CCONJ' || xs[0] === 0 || T[xs[0] - 1].pos !== 'ADJ' || Y.tokens[ys[0] - 1]?.pos !== 'ADJ' || Y.tokens[ys[0] - 1].n !== T[xs[0] - 1].n) continue;
      let k = xs[0] + 1;
      while (k < xs[1] && T[k].pos === 'ADJ') k++;
      if (k === xs[0] + 1 || k === xs[1]) continue;
      let nouns = true;
      for (let i = k; i < xs[1] && nouns; i++) nouns = T[i].pos === 'NOUN';
      for (let i = ys[0]; i < ys[1] && nouns; i++) nouns = Y.tokens[i].pos === 'NOUN';
      if (!nouns) continue;
      const mod: Span = [xs[0], k];
      const rest: Span = [k, xs[1]];
      const l: Candidate = fromBase ? { b: rest, r: ys } : { b: ys, r: rest };
      const added: Finding = fromBase
        ? { type: 'omission', b: mod, r: null, at: mod[0], explanation: `omitted: ${q(text(X, mod))} — a modifier coordinated with ${q(T[xs[0] - 1].t)}: the phrase covers less (narrowed)` }
        : { type: 'addition', b: null, r: mod, at: ys[0], explanation: `added: ${q(text(X, mod))} — a modifier coordinated with ${q(T[xs[0] - 1].t)}: the phrase covers more (widened)` };
      const lex: Finding = { type: 'lexical', b: l.b, r: l.r, at: l.b[0], explanation: `wording changed: ${change(ctx, l)}` };
      findings.splice(findings.indexOf(L), 1, added, lex);
      break;
    }
  }
}

const NOUNISH = new Set(['NOUN', 'PROPN']);

/** The one-sided finding (an omission when `fromBase`, else an addition) whose span starts (`edge` 0) or ends (`edge` 1) at `at`. */
function oneSidedAt(findings: readonly Finding[], fromBase: boolean, edge: 0 | 1, at: number): Finding | undefined {
  return findings.find((f) => {
    const s = fromBase ? f.b : f.r;
    const o = fromBase ? f.r : f.b;
    return f.type === (fromBase ? 'omission' : 'addition') && !!s && (!o || len(o) === 0) && s[edge] === at;
  });
}

/**
 * A noun read on both sides only by chance, inside a rewording that turns it from the head of one
 * phrase into the modifier of a compound ("the processing of their personal data" → "the data
 * management practices of the business"): the alignment anchors on "data" and reads the words
 * before it dropped and those after it added. Nothing was dropped and nothing added; the phrase
 * was reworded, one `lexical` change over both. Only when one side's piece ends right before the
 * noun and the other's opens right after it, the noun heads its phrase where the piece ends before
 * it (no noun or adjective after it) and modifies a noun where the piece opens after it, and the
 * piece before it holds a noun. Either direction. Mutates `findings`.
 */
export function anchorTurnedModifier(findings: Finding[], ctx: Ctx): void {
  for (const beforeInBase of [true, false]) {
    const [X, Y] = beforeInBase ? [ctx.base, ctx.reading] : [ctx.reading, ctx.base];
    const alikeX = alikeMap(ctx, beforeInBase);
    for (const P of findings.slice()) {
      const ps = beforeInBase ? P.b : P.r;
      const po = beforeInBase ? P.r : P.b;
      if (P.type !== (beforeInBase ? 'omission' : 'addition') || !ps || (po && len(po) > 0)) continue;
      const w = ps[1];
      const y = alikeX[w] ?? -1;
      if (y < 0 || !NOUNISH.has(X.tokens[w].pos) || !NOUNISH.has(Y.tokens[y].pos)) continue;
      // (the noun heads its phrase on this side, modifies a noun on the other)
      const nx = X.tokens[w + 1];
      if (nx && !nx.punct && (NOUNISH.has(nx.pos) || nx.pos === 'ADJ')) continue;
      if (!NOUNISH.has(Y.tokens[y + 1]?.pos ?? '') || Y.tokens[y + 1].punct) continue;
      let noun = false;
      for (let k = ps[0]; k < ps[1] && !noun; k++) noun = NOUNISH.has(X.tokens[k].pos);
      if (!noun) continue;
      const Q = oneSidedAt(findings, !beforeInBase, 0, y + 1);
      if (!Q) continue;
      const qs = (beforeInBase ? Q.r : Q.b)!;
      const xs: Span = [ps[0], w + 1];
      const ys: Span = [y, qs[1]];
      const c: Candidate = beforeInBase ? { b: xs, r: ys } : { b: ys, r: xs };
      const merged: Finding = { type: 'lexical', b: c.b, r: c.r, at: c.b[0], explanation: `wording changed: ${change(ctx, c)} — one phrase reworded (${q(X.tokens[w].t)} read on both sides only by chance)` };
      findings.splice(findings.indexOf(P), 1, merged);
      findings.splice(findings.indexOf(Q), 1);
    }
  }
  orderByAt(findings);
}

/**
 * A postmodifier of place dropped after a noun and an adjective of place added before it, or the
 * reverse ("infrastructure located outside Africa" → "foreign infrastructure", "servers in the
 * Union" → "domestic servers"): the same restriction said another way, one `lexical` change over
 * the noun phrase, not an addition beside an omission. The adjective is one of qualifiers.yaml
 * `place-adjectives`; the postmodifier opens (after at most one participle: "located", "based")
 * with one of its `place-prepositions`. Either direction. Mutates `findings`.
 */
export function placeModifierMoved(findings: Finding[], ctx: Ctx): void {
  const adjectives = ctx.lex.placeAdjectives;
  const preps = ctx.lex.placePrepositions;
  if (adjectives.size === 0) return;
  for (const added of [true, false]) {
    // the adjective's side (the reading when `added`) and the postmodifier's
    const [Y, X] = added ? [ctx.reading, ctx.base] : [ctx.base, ctx.reading];
    const alikeY = alikeMap(ctx, !added);
    for (const A of findings.slice()) {
      const as = added ? A.r : A.b;
      const ao = added ? A.b : A.r;
      if (A.type !== (added ? 'addition' : 'omission') || !as || (ao && len(ao) > 0) || len(as) !== 1) continue;
      if (!adjectives.has(Y.tokens[as[0]].n)) continue;
      const n = as[1];
      if (!NOUNISH.has(Y.tokens[n]?.pos ?? '') || (alikeY[n] ?? -1) < 0) continue;
      const xn = alikeY[n];
      const O = oneSidedAt(findings, added, 0, xn + 1);
      if (!O) continue;
      const os = (added ? O.b : O.r)!;
      let p = os[0];
      if (X.tokens[p].pos === 'VERB' && p + 1 < os[1]) p++;
      if (!preps.has(X.tokens[p].n)) continue;
      const xs: Span = [xn, os[1]];
      const ys: Span = [as[0], n + 1];
      const c: Candidate = added ? { b: xs, r: ys } : { b: ys, r: xs };
      const merged: Finding = { type: 'lexical', b: c.b, r: c.r, at: c.b[0], explanation: `wording changed: ${change(ctx, c)} — the place said by an adjective ${added ? 'instead of' : 'turned into'} a phrase after the noun` };
      findings.splice(findings.indexOf(A), 1, merged);
      findings.splice(findings.indexOf(O), 1);
    }
  }
  orderByAt(findings);
}

/** Letters two stems must open with alike for a noun and a participle to be one word in two classes ("imposition" / "imposed"). */
const NOMINALISED_STEM = 5;

/**
 * An act named by a noun before its object turned into a participle after it ("the imposition of
 * fines is effective" → "the fines imposed are effective"): the alignment keeps the object and reads
 * "imposition of" dropped and "imposed" added. The same words in another construction, the same
 * meaning: one `grammatical` change (word class), with the verb's agreement right after it when
 * that changed too. Only when the dropped piece is a noun and "of" ending right before the kept
 * noun, the added piece one participle right after it, and the two open with NOMINALISED_STEM
 * letters of stem alike. Either direction. Mutates `findings`.
 */
export function nominalisationAsParticiple(findings: Finding[], ctx: Ctx): void {
  for (const nounInBase of [true, false]) {
    const [X, Y] = nounInBase ? [ctx.base, ctx.reading] : [ctx.reading, ctx.base];
    const alikeX = alikeMap(ctx, nounInBase);
    for (const P of findings.slice()) {
      const ps = nounInBase ? P.b : P.r;
      const po = nounInBase ? P.r : P.b;
      if (P.type !== (nounInBase ? 'omission' : 'addition') || !ps || (po && len(po) > 0) || len(ps) !== 2) continue;
      if (X.tokens[ps[0]].pos !== 'NOUN' || X.tokens[ps[0] + 1].n !== 'of') continue;
      const w = ps[1];
      const y = alikeX[w] ?? -1;
      if (y < 0 || !NOUNISH.has(X.tokens[w].pos)) continue;
      const Q = oneSidedAt(findings, !nounInBase, 0, y + 1);
      if (!Q) continue;
      const qs = (nounInBase ? Q.r : Q.b)!;
      if (len(qs) !== 1 || Y.tokens[qs[0]].pos !== 'VERB') continue;
      const a = X.tokens[ps[0]].stem;
      const b = Y.tokens[qs[0]].stem;
      if (a.length < NOMINALISED_STEM || b.length < NOMINALISED_STEM || a.slice(0, NOMINALISED_STEM) !== b.slice(0, NOMINALISED_STEM)) continue;
      let xs: Span = [ps[0], w + 1];
      let ys: Span = [y, qs[1]];
      // (the verb agreeing with the new head right after: "is" → "are")
      const G = findings.find((f) => f.type === 'grammatical' && f.b && f.r && len(f.b) === 1 && len(f.r) === 1 && (nounInBase ? f.b[0] === xs[1] && f.r[0] === ys[1] : f.r[0] === xs[1] && f.b[0] === ys[1]));
      if (G) {
        xs = [xs[0], xs[1] + 1];
        ys = [ys[0], ys[1] + 1];
      }
      const c: Candidate = nounInBase ? { b: xs, r: ys } : { b: ys, r: xs };
      const merged: Finding = { type: 'grammatical', b: c.b, r: c.r, at: c.b[0], explanation: `grammatical (word class): ${change(ctx, c)} — the act named by a noun turned into a participle, the same words` };
      findings.splice(findings.indexOf(P), 1, merged);
      findings.splice(findings.indexOf(Q), 1);
      if (G) findings.splice(findings.indexOf(G), 1);
    }
  }
  orderByAt(findings);
}

/**
 * A bearer restricted to one party acting on its own, said before its head on one side and after it
 * on the other ("No single government should" → "No government by itself should": actors.yaml
 * `alone`): the word dropped from the bearer and the phrase added after the same head, before the
 * predicate, are one `lexical` variant with no direction, not an `actor` change (the same parties are
 * bound) beside a grammatical addition. Mutates `findings`.
 */
export function aloneRestated(findings: Finding[], ctx: Ctx): void {
  const alone = ctx.lex.alone;
  if (alone.words.size === 0 || alone.phrases.length === 0) return;
  for (const F of findings.slice()) {
    if (F.type !== 'actor') continue;
    const fromBase = !!F.b && len(F.b) === 1 && (!F.r || len(F.r) === 0);
    if (!fromBase && !(F.r && len(F.r) === 1 && (!F.b || len(F.b) === 0))) continue;
    const [X, xs, Y] = fromBase ? [ctx.base, F.b!, ctx.reading] : [ctx.reading, F.r!, ctx.base];
    if (!alone.words.has(X.tokens[xs[0]].n)) continue;
    const head = X.tokens[xs[1]];
    if (!head || (head.pos !== 'NOUN' && head.pos !== 'PROPN')) continue;
    // the phrase on the other side, a change of its own with nothing on this side: right after the
    // same head, right before the predicate (an auxiliary, a verb or a modal marker)
    const A = findings.find((g) => {
      if (g === F) return false;
      const [gy, gx] = fromBase ? [g.r, g.b] : [g.b, g.r];
      if (!gy || len(gy) === 0 || (gx && len(gx) > 0)) return false;
      const words = Y.tokens.slice(gy[0], gy[1]).map((t) => t.n);
      if (!alone.phrases.some((p) => p.length === words.length && p.every((w, k) => w === words[k]))) return false;
      const before = Y.tokens[gy[0] - 1];
      const after = Y.tokens[gy[1]];
      return !!before && !!after && before.lemma === head.lemma && (Y.marker[gy[1]] >= 0 || after.pos === 'AUX' || after.pos === 'VERB');
    });
    if (!A) continue;
    // (over both noun phrases from the word to the phrase, the head with them, as a restriction
    // after the head reworded before it is: readings.ts restrictionReworded)
    const ys = fromBase ? A.r! : A.b!;
    const mine: Span = [xs[0], xs[1] + 1];
    const theirs: Span = [ys[0] - 1, ys[1]];
    const c: Candidate = fromBase ? { b: mine, r: theirs } : { b: theirs, r: mine };
    const merged: Finding = { type: 'lexical', b: c.b, r: c.r, at: c.b[0], explanation: `wording changed: ${change(ctx, c)} — the restriction on the bearer reworded (one party acting on its own): the same parties` };
    for (const g of [F, A]) findings.splice(findings.indexOf(g), 1);
    findings.push(merged);
  }
}

/**
 * A determiner that takes its noun's number, changed right before a noun replaced by another
 * (`these Rules` → `this Policy`): it only agrees with the new noun, so the `grammatical` change of
 * the determiner goes into the `lexical` change of the noun, one variant (function-words.yaml
 * `agreeing-determiners`). Only when the lexical change opens with a noun on both sides right after
 * the determiner on both sides. Mutates `findings`.
 */
export function determinerAgreesWithNoun(findings: Finding[], ctx: Ctx): void {
  if (ctx.lex.agreeingDeterminers.size === 0) return;
  for (const G of findings.slice()) {
    if (G.type !== 'grammatical' || !G.b || !G.r || len(G.b) !== 1 || len(G.r) !== 1) continue;
    const db = ctx.base.tokens[G.b[0]];
    const dr = ctx.reading.tokens[G.r[0]];
    if (db.n === dr.n || !ctx.lex.agreeingDeterminers.has(db.n) || !ctx.lex.agreeingDeterminers.has(dr.n)) continue;
    const L = findings.find((f) => f.type === 'lexical' && f.b && f.r && f.b[0] === G.b![1] && f.r[0] === G.r![1] && len(f.b) > 0 && len(f.r) > 0);
    if (!L) continue;
    const noun = (t: Token) => t.pos === 'NOUN' || t.pos === 'PROPN';
    if (!noun(ctx.base.tokens[L.b![0]]) || !noun(ctx.reading.tokens[L.r![0]])) continue;
    const c: Candidate = { b: [G.b[0], L.b![1]], r: [G.r[0], L.r![1]] };
    const merged: Finding = { type: 'lexical', b: c.b, r: c.r, at: c.b[0], explanation: `wording changed: ${change(ctx, c)} — the determiner agrees with the new noun` };
    findings.splice(findings.indexOf(L), 1, merged);
    findings.splice(findings.indexOf(G), 1);
  }
  orderByAt(findings);
}
