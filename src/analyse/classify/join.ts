/**
 * Two sentences joined into one (or one cut in two), with words lost at the join: "… within 72 hours
 * of becoming aware of them. Regulators should …" → "… within 72 hours, and regulators should …",
 * "… a Centre as the single point of contact for incident reporting. The Centre shall …" → "… a
 * Centre, which shall …". The alignment reads the words lost and the join as one change ("of becoming
 * aware of them." → ", and"), which would make a loss of content look like a word replaced. The
 * split cuts the change at the sentence end: what stood before it is dropped (an omission, or what a
 * claim makes of it), the sentence end and what follows it against the join is the join itself.
 * The join, a sentence end (and the next sentence's subject) against a comma with a conjunction or
 * a relative pronoun that refers back to that subject, is grammar: the same statements, joined.
 */
import type { Span, Token } from '../../types.js';
import { type Candidate, type Classifier, type Ctx, change, finding, len, facing, oriented } from '../context.js';
import { NP_POS, type Side, sharesContent } from '../side.js';

/** Marks that end a sentence. */
const SENTENCE_END = new Set(['.', ';', '!', '?']);

/** Is the token at i the mark that ends its sentence, with the next one opening another? */
function endsSentence(T: readonly Token[], i: number): boolean {
  return SENTENCE_END.has(T[i].n) && T[i].punct && (T[i + 1] === undefined || T[i + 1].sentence !== T[i].sentence || T[i].n === ';');
}

/** Does the span hold no content word (punctuation and function words only)? */
function bare(side: Side, s: Span): boolean {
  for (let i = s[0]; i < s[1]; i++) if (side.content[i]) return false;
  return true;
}

/** Is the token a relative pronoun (actors.yaml `relatives`, not the determiner "that")? */
function isRelative(t: Token, ctx: Ctx): boolean {
  return ctx.lex.relatives.has(t.n) && t.pos !== 'DET';
}

/** A comma, a conjunction or a relative pronoun, then only the words of a subject (no verb). */
function linkThenSubject(Y: Side, ys: Span, ctx: Ctx): boolean {
  const T = Y.tokens;
  if (len(ys) < 3) return false;
  const link = T[ys[0] + 1];
  if (link.pos !== 'CCONJ' && !isRelative(link, ctx)) return false;
  for (let i = ys[0] + 2; i < ys[1]; i++) if (!NP_POS.has(T[i].pos)) return false;
  return true;
}

/** Parts of speech of the words a subject names its head with (no determiner, no pronoun). */
const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * A join beside a change of the subject's modifiers, the subject's head read alike on both sides
 * right after the change: ". Sectoral" → ", and" before "regulators" (". Regulators" → ", and the
 * sectoral" before "regulators"). The join (sentence end against comma and conjunction) is one
 * piece (with a determiner that opens the subject), the words that narrow the party (an adjective
 * or noun before the head) another, against the other side's: the party drawn otherwise is not a loss of words
 * across the full stop. Null unless one side's modifiers hold a content word.
 */
function splitJoinModifiers(c: Candidate, ctx: Ctx): Candidate[] | null {
  if (c.deontic || c.holes || len(c.b) === 0 || len(c.r) === 0) return null;
  for (const fromBase of [true, false]) {
    const [X, xs, Y, ys] = facing(ctx, c, fromBase);
    const XT = X.tokens;
    const YT = Y.tokens;
    if (!endsSentence(XT, xs[0]) || XT[xs[0]].n === ';' || YT[ys[0]].n !== ',' || len(ys) < 2 || YT[ys[0] + 1].pos !== 'CCONJ') continue;
    // (the head both sides go on with: the same noun right after the change)
    const hx = XT[xs[1]];
    const hy = YT[ys[1]];
    if (!hx || !hy || (hx.pos !== 'NOUN' && hx.pos !== 'PROPN') || (hx.lemma !== hy.lemma && hx.n !== hy.n)) continue;
    // (a determiner opening the subject goes with the join: "." → ", and the" is grammar)
    const ax = xs[0] + 1 < xs[1] && XT[xs[0] + 1].pos === 'DET' ? xs[0] + 2 : xs[0] + 1;
    const ay = ys[0] + 2 < ys[1] && YT[ys[0] + 2].pos === 'DET' ? ys[0] + 3 : ys[0] + 2;
    const mx: Span = [ax, xs[1]];
    const my: Span = [ay, ys[1]];
    const modifiers = (S: Side, s: Span) => {
      for (let i = s[0]; i < s[1]; i++) if (!MODIFIER_POS.has(S.tokens[i].pos)) return false;
      return true;
    };
    if (!modifiers(X, mx) || !modifiers(Y, my) || (bare(X, mx) && bare(Y, my))) continue;
    const joinX: Span = [xs[0], ax];
    const joinY: Span = [ys[0], ay];
    return fromBase ? [{ b: joinX, r: joinY }, { b: mx, r: my }] : [{ b: joinY, r: joinX }, { b: my, r: mx }];
  }
  return null;
}

/**
 * Cut a change whose one side runs over a sentence end, the other side only a comma and function
 * words (the join) or nothing, at that sentence end: the words before it (holding a content word)
 * one candidate against nothing, the sentence end and what follows another against the other side.
 * A change that spans a phrase a claim took (`holes`: ", in accordance with the Regulations"
 * between the words lost and the full stop) is cut too when the claimed words all lie before the
 * sentence end, on the side that runs over it: they go with the words lost, and are taken out later.
 */
function splitAtJoin(c: Candidate, ctx: Ctx): Candidate[] | null {
  if (c.deontic) return null;
  const cut = cutAtJoin(c, ctx) ?? cutBeforeJoin(c, ctx) ?? clauseBeforeConnective(c, ctx);
  if (cut) return cut.flatMap((p) => splitJoinModifiers(p, ctx) ?? [p]);
  return splitJoinModifiers(c, ctx);
}

/**
 * A clause dropped (added) whole right before a connective that is itself reworded in function
 * words only (", nor shall they support crime, in order" → ", so as"): the clause, up to its comma,
 * is a change of its own (an omission or addition, its prohibition with it), the connective against
 * the connective another (grammar: "in order" → "so as"), not one rewording of the two. The clause
 * holds a verb or modal and a content word; the words after its comma and the other side are
 * function words only, and the other side has no punctuation.
 */
function clauseBeforeConnective(c: Candidate, ctx: Ctx): Candidate[] | null {
  if (c.holes || len(c.b) === 0 || len(c.r) === 0) return null;
  for (const fromBase of [true, false]) {
    const [X, xs, Y, ys] = facing(ctx, c, fromBase);
    const T = X.tokens;
    let d = -1;
    for (let i = xs[1] - 2; i > xs[0]; i--) {
      if (T[i].n === ',') {
        d = i;
        break;
      }
    }
    if (d < 0) continue;
    const fnOnly = (side: Side, s: Span) => {
      if (len(s) === 0) return false;
      // (no pronoun: "and we" → "They" is the next clause's subject, not a connective)
      for (let i = s[0]; i < s[1]; i++) if (side.tokens[i].punct || side.content[i] || !side.fn[i] || side.tokens[i].pos === 'PRON') return false;
      return true;
    };
    if (!fnOnly(X, [d + 1, xs[1]]) || !fnOnly(Y, ys)) continue;
    let verb = false;
    for (let i = xs[0]; i < d; i++) if (T[i].pos === 'VERB' || T[i].pos === 'AUX') verb = true;
    if (!verb || bare(X, [xs[0], d])) continue;
    const clause: Span = [xs[0], d + 1];
    const conn: Span = [d + 1, xs[1]];
    const at: Span = [ys[0], ys[0]];
    return fromBase ? [{ b: clause, r: at }, { b: conn, r: ys }] : [{ b: at, r: clause }, { b: ys, r: conn }];
  }
  return null;
}

/**
 * A word replaced right before a join: one side's change ends with the sentence end, the other's
 * with a comma and a conjunction ("cybercriminals." → "criminals, and", the next sentence's subject
 * read alike after it). Cut before the mark: the words against the words (a rewording of their own),
 * the sentence end against the comma and conjunction (the join, grammar). Content words before the
 * mark on both sides.
 */
function cutBeforeJoin(c: Candidate, ctx: Ctx): Candidate[] | null {
  if (c.holes || len(c.b) < 2 || len(c.r) < 3) return null;
  for (const fromBase of [true, false]) {
    const [X, xs, Y, ys] = facing(ctx, c, fromBase);
    const d = xs[1] - 1;
    const e = ys[1] - 2;
    if (!endsSentence(X.tokens, d) || X.tokens[d].n === ';' || Y.tokens[e].n !== ',' || Y.tokens[e + 1].pos !== 'CCONJ') continue;
    if (bare(X, [xs[0], d]) || bare(Y, [ys[0], e])) continue;
    const words: [Span, Span] = [[xs[0], d], [ys[0], e]];
    const mark: [Span, Span] = [[d, xs[1]], [e, ys[1]]];
    return fromBase ? [{ b: words[0], r: words[1] }, { b: mark[0], r: mark[1] }] : [{ b: words[1], r: words[0] }, { b: mark[1], r: mark[0] }];
  }
  return null;
}

function cutAtJoin(c: Candidate, ctx: Ctx): Candidate[] | null {
  for (const fromBase of [true, false]) {
    const [X, xs, Y, ys] = facing(ctx, c, fromBase);
    if (len(xs) < 3) continue;
    // (the other side the join: a comma first, or nothing; or a comma and a conjunction or relative
    // pronoun before a new subject, ". The points of contact are" → ", and officials are": the
    // subject replaced is a change of its own, after the cut, when none of its words stood in the
    // words lost)
    if (len(ys) > 0 && Y.tokens[ys[0]].n !== ',') continue;
    const joined = !bare(Y, ys);
    if (joined && !linkThenSubject(Y, ys, ctx)) continue;
    // (words one side alone reads are cut at a sentence end, not at a ";", which only closes a
    // clause or a cell: "; MFA; Q2 2025" added is one stretch, as an apparatus records it)
    let d = -1;
    for (let i = xs[0] + 1; i < xs[1]; i++) {
      if (endsSentence(X.tokens, i) && (len(ys) > 0 || X.tokens[i].n !== ';')) {
        d = i;
        break;
      }
    }
    if (d < 0 || bare(X, [xs[0], d])) continue;
    if (joined && (bare(X, [d + 1, xs[1]]) || sharesContent(X, [xs[0], d], Y, ys))) continue;
    // (with nothing on the other side the words after the sentence end must be a change of their own)
    if (len(ys) === 0 && d + 1 >= xs[1]) continue;
    if (c.holes) {
      const [cx, cy] = oriented(fromBase, ctx.claimedB, ctx.claimedR);
      if (cx.subarray(d, xs[1]).some((v) => v === 1) || cy.subarray(ys[0], ys[1]).some((v) => v === 1)) continue;
    }
    const lost: Span = [xs[0], d];
    const rest: Span = [d, xs[1]];
    const none: Span = [ys[0], ys[0]];
    // (the claimed words stand in the words lost: that piece keeps the mark, the rest has none)
    const gone: Candidate = fromBase ? { b: lost, r: none } : { b: none, r: lost };
    if (c.holes) gone.holes = true;
    return fromBase ? [gone, { b: rest, r: ys }] : [gone, { b: ys, r: rest }];
  }
  return null;
}

/**
 * The join itself: on one side a sentence end, then at most a subject (a determiner and a noun, or
 * a pronoun); on the other a comma, then a conjunction or a relative pronoun (and at most a personal
 * pronoun). A subject dropped must be the one a relative pronoun refers back to (the nearest noun
 * before it of the same lemma), or be repeated after the conjunction on the other side.
 */
function joinOnly(c: Candidate, ctx: Ctx): string | null {
  if (len(c.b) === 0 || len(c.r) === 0) return null;
  for (const fromBase of [true, false]) {
    const [X, xs, Y, ys] = facing(ctx, c, fromBase);
    const XT = X.tokens;
    const YT = Y.tokens;
    if (!endsSentence(XT, xs[0]) || YT[ys[0]].n !== ',' || len(ys) < 2 || len(ys) > 3) continue;
    const link = YT[ys[0] + 1];
    const relative = isRelative(link, ctx);
    if (link.pos !== 'CCONJ' && !relative) continue;
    if (len(ys) === 3 && YT[ys[0] + 2].pos !== 'PRON') continue;
    // the subject the other side drops: none, or a determiner and a noun
    const subject: Span = [xs[0] + 1, xs[1]];
    if (len(subject) === 0) return `sentences joined: ${change(ctx, c)}`;
    if (len(subject) > 3) continue;
    let head: Token | null = null;
    for (let k = subject[0]; k < subject[1]; k++) {
      const t = XT[k];
      if (t.pos === 'NOUN' || t.pos === 'PROPN') head = t;
      else if (t.pos !== 'DET') head = null;
    }
    if (!head || XT[subject[1] - 1] !== head) continue;
    // (a relative pronoun: its antecedent, the nearest noun before it, names the subject)
    if (relative) {
      let k = ys[0] - 1;
      while (k >= 0 && YT[k].pos !== 'NOUN' && YT[k].pos !== 'PROPN') k--;
      if (k < 0 || (YT[k].lemma !== head.lemma && YT[k].n !== head.n)) continue;
      return `sentences joined: ${change(ctx, c)} — the subject '${head.t}' restated as the relative pronoun '${link.t}', the same party`;
    }
    // (a conjunction and a pronoun: "… . The Centre shall" → ", and it shall")
    if (len(ys) === 3) {
      let k = ys[0] - 1;
      while (k >= 0 && YT[k].pos !== 'NOUN' && YT[k].pos !== 'PROPN') k--;
      if (k < 0 || (YT[k].lemma !== head.lemma && YT[k].n !== head.n)) continue;
      return `sentences joined: ${change(ctx, c)} — the subject '${head.t}' restated as '${YT[ys[0] + 2].t}', the same party`;
    }
  }
  return null;
}

/**
 * A second sentence folded into the first as a participle: ". The report must include" → ",
 * including". On one side a sentence end, a subject whose noun the sentence before names (the
 * thing, "a report … The report", no new bearer), the modal and a verb; on the other a comma and the
 * same verb as a present participle. One rewording of how the two statements are joined (the
 * participle's duty is now part of the first sentence's), a `lexical` variant: no actor dropped, no
 * omission beside a comma and an inflection.
 */
function participleJoin(c: Candidate, ctx: Ctx): string | null {
  if (len(c.b) === 0 || len(c.r) === 0) return null;
  for (const fromBase of [true, false]) {
    const [X, xs, Y, ys] = facing(ctx, c, fromBase);
    const XT = X.tokens;
    const YT = Y.tokens;
    if (len(ys) !== 2 || YT[ys[0]].n !== ',' || len(xs) < 4 || !endsSentence(XT, xs[0])) continue;
    const part = YT[ys[0] + 1];
    if (part.pos !== 'VERB' || !/ing$/.test(part.n)) continue;
    const verb = XT[xs[1] - 1];
    if (verb.pos !== 'VERB' || verb.lemma !== part.lemma) continue;
    // the subject, then the modal right before the verb
    let k = xs[0] + 1;
    let head: Token | null = null;
    while (k < xs[1] - 1 && NP_POS.has(XT[k].pos) && X.marker[k] < 0) {
      if (XT[k].pos === 'NOUN' || XT[k].pos === 'PROPN') head = XT[k];
      k++;
    }
    if (!head || k === xs[0] + 1) continue;
    for (let m = k; m < xs[1] - 1; m++) if (X.marker[m] < 0 && !X.neg[m] && XT[m].pos !== 'AUX') head = null;
    if (!head) continue;
    // (the subject's noun named in the sentence before: the same thing, no new bearer)
    let named = false;
    for (let m = xs[0] - 1; m >= 0 && XT[m].sentence === XT[xs[0]].sentence && !named; m--) named = XT[m].lemma === head.lemma;
    if (!named) continue;
    return `sentences joined: ${change(ctx, c)} — the second sentence ('${head.t}', its modal) folded into the first as a participle`;
  }
  return null;
}

export const join: Classifier = {
  name: 'join',
  split: splitAtJoin,
  classify(c, ctx) {
    if (c.deontic) return null;
    const folded = participleJoin(c, ctx);
    if (folded) {
      const f = finding(c, 'lexical', folded);
      f.whole = true;
      return f;
    }
    const how = joinOnly(c, ctx);
    if (!how) return null;
    const f = finding(c, 'grammatical', `grammatical (${how})`);
    f.whole = true;
    return f;
  },
};
