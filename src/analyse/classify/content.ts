/**
 * The fallback: `lexical` (content words replaced: "impair" → "destroy"), `omission` (content
 * dropped, or any words dropped with nothing in their place) and `addition` (likewise). Always returns a finding.
 */
import { type Candidate, type Classifier, type Ctx, type Finding, alikeMap, change, finding, len, q, text, unclaimed, facing, oriented } from '../context.js';
import { type Side, contentCount, directiveVerb, frameAt, sharesContent } from '../side.js';
import { ARTICLES } from './grammatical.js';
import { splitOneSided } from '../pairs.js';
import { speakerNamesBearer } from './actor.js';
import { qualifierPhrases } from './qualifier.js';
import type { Span, Token } from '../../types.js';


/** Is there a pronoun or a determiner other than an article in the span? */
function refers(side: Side, s: Span, quantifiers: ReadonlySet<string>): boolean {
  for (let i = s[0]; i < s[1]; i++) {
    const t = side.tokens[i];
    if ((t.pos === 'PRON' || t.pos === 'DET') && !ARTICLES.has(t.n) && !quantifiers.has(t.n) && !(t.n === 'that' && side.tokens[i - 1]?.n === 'so')) return true;
  }
  return false;
}

/** Two words of the same part of speech (not punctuation); prepositions and subordinators ("unless", "if") count as one. */
function samePart(a: Token, b: Token): boolean {
  const part = (p: string) => (p === 'SCONJ' ? 'ADP' : p);
  return !a.punct && !b.punct && part(a.pos) === part(b.pos);
}

/** Are the words of the side without content words read, in order, within the other side? */
function readInside(c: Candidate, ctx: Ctx, fromBase: boolean): boolean {
  const [rich, richSpan, poor, poorSpan] = facing(ctx, c, fromBase);
  let k = richSpan[0];
  for (let j = poorSpan[0]; j < poorSpan[1]; j++) {
    while (k < richSpan[1] && rich.tokens[k].n !== poor.tokens[j].n) k++;
    if (k >= richSpan[1]) return false;
    k++;
  }
  return true;
}

/** Parts of speech of the words of a noun phrase after its preposition ("by [a certified organization]"). */
const PHRASE_NP = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);
/** Words that open a noun's complement: the phrase before them is the head of a longer one (`phraseOff`). */
const NOUN_COMPLEMENT = new Set(['of', 'that']);
/** The most content words the rest of a change may hold on each side to be read as one rewording beside the phrase (`phraseOff`). */
const REST_CONTENT = 2;

/**
 * A prepositional phrase opening one side of a change that the other side does not read at all,
 * before a short rewording ("an assessment [by a certified organization in lieu] of" → "an
 * assessment [instead] of"): the phrase is dropped (added) on its own, and the rest ("in lieu" →
 * "instead") is a rewording of its own, not one lexical that hides the omission. The phrase: a
 * preposition and a noun phrase of two words at least with a noun (a participle before the noun,
 * "certified", is one of its words), ending before more words of the change; the other side shares none of its content words,
 * nor opens with its preposition; the rest holds at most REST_CONTENT content words on each side.
 */
function phraseOff(c: Candidate, ctx: Ctx): Candidate[] | null {
  if (c.deontic || len(c.b) === 0 || len(c.r) === 0) return null;
  for (const fromBase of [true, false]) {
    const [X, xs, Y, ys] = facing(ctx, c, fromBase);
    const T = X.tokens;
    // (the other side not a prepositional phrase itself: "within the territory of the State" → "in
    // the country" is one phrase reworded)
    if (T[xs[0]].pos !== 'ADP' || Y.tokens[ys[0]].pos === 'ADP') continue;
    let e = xs[0] + 1;
    let noun = false;
    while (e < xs[1] && (PHRASE_NP.has(T[e].pos) || (T[e].pos === 'VERB' && /ed$/.test(T[e].n) && PHRASE_NP.has(T[e + 1]?.pos ?? '')))) {
      noun ||= T[e].pos === 'NOUN' || T[e].pos === 'PROPN';
      e++;
    }
    // (two words at least, "by [a certified organization]": a bare noun, "in [respect] of", "in
    // [lieu] of", is the head of a complex preposition, reworded whole)
    if (!noun || e - xs[0] < 3 || e >= xs[1] || T[e].punct) continue;
    // (nor a phrase whose noun takes a complement after it, "in the field [of]", "on the ground
    // [that]", "within the territory [of] the State": the head of a longer phrase reworded whole,
    // "in the field of" → "on")
    if (NOUN_COMPLEMENT.has(T[e].n)) continue;
    // (nor a phrase whose noun a relative clause after it takes up, "at the point [at which] they
    // join", "at the time [when]": with it, a periphrasis of a connective, "when", reworded whole)
    const rel = (k: number) => k < xs[1] && (ctx.lex.relatives.has(T[k].n) || RELATIVE_ADVERBS.has(T[k].n));
    if (rel(e) || (T[e].pos === 'ADP' && rel(e + 1))) continue;
    // (and the phrase ends on its noun: "of persons [subject] to sanctions" ends on an adjective
    // whose complement follows, one phrase with it)
    if (T[e - 1].pos !== 'NOUN' && T[e - 1].pos !== 'PROPN') continue;
    // (nor the start of a connective of qualifiers.yaml, "with a view to", "by means of": one head)
    if (qualifierPhrases(X, ctx.lex).some((p) => p.start === xs[0] && p.head.some((h) => h >= e))) continue;
    if (sharesContent(X, [xs[0], e], Y, ys) || contentCount(X, e, xs[1]) > REST_CONTENT || contentCount(Y, ys[0], ys[1]) > REST_CONTENT) continue;
    const off: Span = [xs[0], e];
    const rest: Span = [e, xs[1]];
    const none: Span = [ys[0], ys[0]];
    return fromBase ? [{ b: off, r: none }, { b: rest, r: ys }] : [{ b: none, r: off }, { b: ys, r: rest }];
  }
  return null;
}

/** Relative adverbs that take up a noun of time or place before them ("the time when", "the place where"). */
const RELATIVE_ADVERBS = new Set(['when', 'where', 'whereby']);

/**
 * A coordinator against two joined by a slash ("and" → "and/or", function-words.yaml
 * `slash-coordinators`): one coordinator of the pair read alike, the slash and the other added (or
 * dropped) right beside it. Which acts count changes (either alone now, or both needed): one lexical
 * change over the whole word, claimed before the slash is read as punctuation and the second
 * coordinator as grammar.
 */
function slashCoordinators(ctx: Ctx): Finding[] {
  const out: Finding[] = [];
  for (const fromBase of [false, true]) {
    const [X, Y] = oriented(fromBase, ctx.base, ctx.reading);
    const [claimedX, claimedY] = oriented(fromBase, ctx.claimedB, ctx.claimedR);
    const alike = alikeMap(ctx, !fromBase);
    const T = X.tokens;
    const coord = (i: number) => i < T.length && ctx.lex.slashCoordinators.has(T[i].n);
    for (let j = 0; j + 2 < T.length; j++) {
      if (!coord(j) || T[j + 1].n !== '/' || !coord(j + 2) || T[j].n === T[j + 2].n) continue;
      // (the coordinator the other side reads, alike, and the rest of the pair not read there)
      const xAlike = alikeMap(ctx, fromBase);
      const kept = xAlike[j] >= 0 && xAlike[j + 1] < 0 && xAlike[j + 2] < 0 ? j : xAlike[j + 2] >= 0 && xAlike[j] < 0 && xAlike[j + 1] < 0 ? j + 2 : -1;
      if (kept < 0) continue;
      const i = xAlike[kept];
      if (alike[i] !== kept) continue;
      const xs: Span = [j, j + 3];
      const ys: Span = [i, i + 1];
      if (!unclaimed(claimedX, xs) || !unclaimed(claimedY, ys)) continue;
      claimedX.fill(1, xs[0], xs[1]);
      claimedY.fill(1, ys[0], ys[1]);
      const [b, r] = oriented(fromBase, xs, ys);
      // ("and" alone needs both, "or" alone either: the pair says either or both)
      const single = Y.tokens[i].n === 'and' ? 'both' : 'either';
      const gloss = single === 'both' ? (fromBase ? 'either alone no longer counts, both are needed' : 'either alone now counts, not only both') : fromBase ? 'both together are no longer named' : 'both together are named as well as either';
      out.push({ type: 'lexical', b, r, at: b[0], explanation: `wording changed: ${q(text(ctx.base, b))} → ${q(text(ctx.reading, r))} — ${gloss}` });
    }
  }
  return out;
}

/** "and" → "and/or" claimed whole (slashCoordinators). */
export const slashCoordination: Classifier = { name: 'slash-coordination', claim: (ctx) => slashCoordinators(ctx) };

/** The most words the side of function words may hold to be paired with the other's edge (`predicateOff`). */
const EDGE_WORDS = 2;

/**
 * A predicate dropped (added) beside a function word put for the one at its edge ("developing
 * countries [to strengthen their capacity to] benefit" → "developing countries [in] benefiting"):
 * the words with content are an omission (addition) of their own, the function words at the edge
 * against the other side's a change of grammar, not one rewording that hides the loss. One side holds
 * only function words (at most EDGE_WORDS), the other a verb and another content word, and the
 * function word at the edge before the verb both sides read in another form ("benefit" / "benefiting").
 */
function predicateOff(c: Candidate, ctx: Ctx): Candidate[] | null {
  if (c.deontic || len(c.b) === 0 || len(c.r) === 0) return null;
  for (const fromBase of [true, false]) {
    const [X, xs, Y, ys] = facing(ctx, c, fromBase);
    if (len(ys) > EDGE_WORDS || contentCount(Y, ys[0], ys[1]) > 0 || contentCount(X, xs[0], xs[1]) < 2) continue;
    let ok = true;
    // (prepositions or the "to" of an infinitive: the words that link the predicate to what follows)
    const linking = (t: Token) => t.pos === 'ADP' || t.pos === 'PART' || t.n === 'to';
    for (let i = ys[0]; i < ys[1] && ok; i++) ok = !Y.tokens[i].punct && Y.marker[i] < 0 && !Y.neg[i] && linking(Y.tokens[i]);
    let verb = false;
    for (let i = xs[0]; i < xs[1]; i++) if (X.content[i] && X.tokens[i].pos === 'VERB' && X.marker[i] < 0) verb = true;
    if (!ok || !verb) continue;
    const fnAt = (i: number) => !X.content[i] && !X.tokens[i].punct && X.marker[i] < 0 && !X.neg[i] && linking(X.tokens[i]);
    const after = X.tokens[xs[1]];
    const yAfter = Y.tokens[ys[1]];
    // (the verb after it, which both sides read in one form: "to benefit" / "in benefiting"; before a
    // noun, "the creation of response teams" → "through response teams", the preposition names
    // another relation, an addition of its own)
    // (in another form on each side, the construction changed with the linking word: "to benefit" → "in benefiting")
    if (!after || !yAfter || after.stem !== yAfter.stem || after.n === yAfter.n || after.pos !== 'VERB' || !fnAt(xs[1] - 1)) continue;
    // the run of function words at that edge, as long as the other side's
    let k = xs[1] - 1;
    while (xs[1] - k < len(ys) && k - 1 > xs[0] && fnAt(k - 1)) k--;
    const edge: Span = [k, xs[1]];
    const rest: Span = [xs[0], k];
    // (the words with content read nowhere on the other side: words the other side reads elsewhere,
    // "take actions to prevent" beside "take measures to prevent" in a merged clause, are paired there)
    if (contentCount(X, rest[0], rest[1]) < 2 || sharesContent(X, rest, Y, [0, Y.tokens.length])) continue;
    const none: Span = [ys[0], ys[0]];
    return fromBase ? [{ b: rest, r: none }, { b: edge, r: ys }] : [{ b: none, r: rest }, { b: ys, r: edge }];
  }
  return null;
}

/** The frame whose marker stands first in the span, or null. */
function markerFrame(side: Side, s: Span) {
  for (let i = s[0]; i < s[1]; i++) if (side.marker[i] >= 0) return side.frames[side.marker[i]];
  return null;
}

export const content: Classifier = {
  name: 'content',
  split: (c, ctx) => phraseOff(c, ctx) ?? predicateOff(c, ctx),
  classify(c, ctx) {
    // (a directive verb dropped or added whole, "limit or prohibit" → "limit": an act fewer or more,
    // not a modal repeated or elided: an omission or addition, below)
    const oneSidedVerb = (len(c.r) === 0 && directiveVerb(ctx.base, c.b) !== null) || (len(c.b) === 0 && directiveVerb(ctx.reading, c.r) !== null);
    if (c.deontic && !oneSidedVerb) {
      // the modality classifier found the same force on both sides: a modal repeated or elided
      // in a coordination ("should protect … and [should] share") is grammar, another word is lexical
      // a negator alone moved within the clause ("shall not" → "No State should"): same polarity
      const side = len(c.b) === 0 ? ctx.reading : ctx.base;
      const span = len(c.b) === 0 ? c.r : c.b;
      // one negator for another, with the preposition of a verb of refraining ("not" → "refrain
      // from", negation.yaml `refraining-particles`): the same prohibition in other words, as
      // "not to" ↔ "to refrain from" after a directive verb is; one piece, no stray "from"
      const negWords = (sd: Side, s: Span) => {
        let n = 0;
        for (let i = s[0]; i < s[1]; i++) {
          if (sd.neg[i]) n++;
          else if (!(ctx.lex.refrainingParticles.has(sd.tokens[i].n) && i > s[0] && sd.neg[i - 1])) return -1;
        }
        return n;
      };
      if (len(c.b) > 0 && len(c.r) > 0 && negWords(ctx.base, c.b) > 0 && negWords(ctx.reading, c.r) > 0) {
        return finding(c, 'grammatical', `grammatical (the same prohibition with another negator): ${change(ctx, c)}`);
      }
      let negOnly = true;
      for (let i = span[0]; i < span[1] && negOnly; i++) negOnly = side.neg[i];
      if (negOnly) return finding(c, 'grammatical', `grammatical (negation placed elsewhere in the clause, same polarity): ${change(ctx, c)}`);
      // (with the punctuation and function words of the coordination around it: ", and" → "and shall")
      const bare = (sd: Side, s: Span) => {
        for (let i = s[0]; i < s[1]; i++) if (sd.marker[i] >= 0 || sd.neg[i] || !(sd.tokens[i].punct || sd.fn[i])) return false;
        return true;
      };
      if (len(c.b) === 0 || bare(ctx.base, c.b)) return finding(c, 'grammatical', `grammatical (modal repeated, same force): ${change(ctx, c)}`);
      if (len(c.r) === 0 || bare(ctx.reading, c.r)) {
        // (the limb's own modal dropped, the limb now under another word of the same force, "should
        // encourage … and shall refrain" → "pledged to encourage … and to refrain": "shall" → "pledge
        // to" is a change of the rule's modal word, as "shall" → "must" is, not a modal not repeated)
        // (not when the base's limbs share one modal, "will nominate … and will update" → "is to
        // nominate … and to update": the change is the first limb's, read there, and this one the
        // modal not repeated)
        const own = markerFrame(ctx.base, c.b);
        const over = frameAt(ctx.reading, c.r[0]);
        const first = own ? frameAt(ctx.base, own.start - 1) : null;
        if (own?.auxWord && over?.auxWord && own.aux && over.aux && own.auxWord !== over.auxWord && first?.auxWord !== own.auxWord) {
          return finding(c, 'modality', `modal wording changed, the same force (no direction): ${q(own.auxWord)} → ${q(over.auxWord)} (the limb now under the modal before it): ${change(ctx, c)}`);
        }
        return finding(c, 'grammatical', `grammatical (modal not repeated, same force): ${change(ctx, c)}`);
      }
      // the same words in another form ("commit to" → "committed to", "undertakes" → "undertook"):
      // the tense or number of the marker changed, not its force
      const lemmas = (sd: Side, s: Span) => {
        const out: string[] = [];
        for (let i = s[0]; i < s[1]; i++) if (!sd.tokens[i].punct) out.push(sd.tokens[i].lemma);
        return out.join(' ');
      };
      if (lemmas(ctx.base, c.b) !== '' && lemmas(ctx.base, c.b) === lemmas(ctx.reading, c.r)) {
        return finding(c, 'grammatical', `grammatical (the same modal wording in another form): ${change(ctx, c)}`);
      }
      // the same directive verb in another construction ("Invites States to" → "States are invited to")
      const vb = directiveVerb(ctx.base, c.b);
      if (vb !== null && vb === directiveVerb(ctx.reading, c.r)) return finding(c, 'grammatical', `grammatical (the same directive in another construction): ${change(ctx, c)}`);
      // one modal word for another of the same force ("shall" → "must", "will have to", "shall not"
      // → "may not"): a change of the rule's modal, so typed `modality` (a modality filter or count
      // must see it), with no direction: the force on the scale is the same. Type and direction are
      // separate facts. (A commitment in the perfect, "have committed to", reports a past
      // undertaking where the other side states a standing duty: the note says the tense.)
      // (a participle after "have": "have the power to" is no perfect)
      const perfect = (sd: Side, sp: Span) => len(sp) > 1 && sd.tokens[sp[0]].lemma === 'have' && sd.tokens[sp[0]].pos === 'AUX' && sd.tokens[sp[0] + 1].pos === 'VERB';
      const tense = perfect(ctx.reading, c.r) !== perfect(ctx.base, c.b) ? ` (in the perfect ${perfect(ctx.reading, c.r) ? 'in the witness' : 'in the base'}: a past undertaking reported)` : '';
      return finding(c, 'modality', `modal or negation wording changed, the same force (no direction): ${change(ctx, c)}${tense}`);
    }
    const cb = contentCount(ctx.base, c.b[0], c.b[1]);
    const cr = contentCount(ctx.reading, c.r[0], c.r[1]);
    // content words replaced by a word that refers ("domestic companies" → "their companies",
    // "these rules" for "the rules of the Convention"): a substitution, not an omission
    // (a change that begins or ends with the same word on both sides, "all" → "all genuine", is
    // cut there by the driver first)
    const alikeEdge = len(c.b) > 0 && len(c.r) > 0 && (ctx.base.tokens[c.b[0]].n === ctx.reading.tokens[c.r[0]].n || ctx.base.tokens[c.b[1] - 1].n === ctx.reading.tokens[c.r[1] - 1].n);
    if (!alikeEdge && cb > 0 && cr === 0 && refers(ctx.reading, c.r, ctx.lex.quantifiers)) return speakerNamesBearer(c, ctx) ?? finding(c, 'lexical', `wording changed: ${change(ctx, c)} (replaced by a referring word)`);
    if (!alikeEdge && cr > 0 && cb === 0 && refers(ctx.base, c.b, ctx.lex.quantifiers)) return finding(c, 'lexical', `wording changed: ${change(ctx, c)} (a referring word spelt out)`);
    // content words replaced by a word of quantity ("a number of" → "some", "Member" → "all"):
    // one change of wording, not cut at an article
    const quantity = (sd: Side, sp: Span) => {
      let any = false;
      for (let i = sp[0]; i < sp[1]; i++) {
        if (sd.tokens[i].punct) continue;
        if (!ctx.lex.quantifiers.has(sd.tokens[i].n)) return false;
        any = true;
      }
      return any;
    };
    if (!alikeEdge && ((cb > 0 && cr === 0 && quantity(ctx.reading, c.r)) || (cr > 0 && cb === 0 && quantity(ctx.base, c.b)))) return finding(c, 'lexical', `wording changed: ${change(ctx, c)}`);
    // one word for another of the same part of speech ("unless" → "if", "within" → "in"): a
    // substitution, even when one of them is a function word
    if (len(c.b) === 1 && len(c.r) === 1 && (cb > 0) !== (cr > 0) && samePart(ctx.base.tokens[c.b[0]], ctx.reading.tokens[c.r[0]])) {
      return finding(c, 'lexical', `wording changed: ${change(ctx, c)}`);
    }
    // content words on one side, only function words or marks on the other ("in relation" →
    // "with"): when they line up with the function words at an edge, an omission (or addition)
    // that the driver cuts from the words read on both sides (pairs.ts); else one rewording
    // (not when the poorer side is read, in order, inside the richer one: "over" → "various over
    // genuine" is two additions around a word both sides read, cut apart by the driver)
    if (len(c.b) > 0 && len(c.r) > 0 && (cb > 0) !== (cr > 0) && !readInside(c, ctx, cb > 0) && !splitOneSided(c, ctx)) return finding(c, 'lexical', `wording changed: ${change(ctx, c)}`);
    // one side empty: an omission or addition even without content words ("they should do it")
    if ((cb > 0 && cr === 0) || (len(c.r) === 0 && len(c.b) > 0)) {
      const r = text(ctx.reading, c.r);
      return finding(c, 'omission', `omitted: ${q(text(ctx.base, c.b))}${r ? ` (the witness reads only ${q(r)})` : ''}`);
    }
    if ((cr > 0 && cb === 0) || (len(c.b) === 0 && len(c.r) > 0)) {
      const b = text(ctx.base, c.b);
      return finding(c, 'addition', `added: ${q(text(ctx.reading, c.r))}${b ? ` (in place of ${q(b)})` : ''}`);
    }
    // a counted target made vague ("will double the number" → "will increase the number"): the
    // measure of the commitment lost, weakened on an obligation (strengthened the other way round);
    // qualifiers.yaml `targets`
    if (len(c.b) === 1 && len(c.r) === 1) {
      const tb = ctx.base.tokens[c.b[0]];
      const tr = ctx.reading.tokens[c.r[0]];
      const { counted, vague } = ctx.lex.targets;
      const lost = counted.has(tb.lemma) && vague.has(tr.lemma);
      const gained = vague.has(tb.lemma) && counted.has(tr.lemma);
      const f = lost || gained ? frameAt(lost ? ctx.base : ctx.reading, lost ? c.b[0] : c.r[0]) : null;
      if (f && f.auxWord && f.negs.length === 0 && (f.auxStrength ?? 0) > 1) {
        return finding(c, 'lexical', `target ${lost ? 'no longer counted' : 'now counted'}: ${change(ctx, c)} — how much is to be achieved is ${lost ? 'no longer' : 'now'} said: the commitment binds ${lost ? 'less' : 'more'}`, lost ? 'weakened' : 'strengthened');
      }
    }
    return finding(c, 'lexical', `wording changed: ${change(ctx, c)}`);
  },
};
