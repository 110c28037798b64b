/**
 * The fallback: `lexical` (content words replaced: "impair" → "destroy"), `omission` (content
 * dropped, or any words dropped with nothing in their place) and `addition` (likewise). Always returns a finding.
 */
import { type Candidate, type Classifier, type Ctx, change, finding, len, q, text } from '../context.js';
import { type Side, contentCount, directiveVerb, frameAt } from '../side.js';
import { ARTICLES } from './grammatical.js';
import { splitOneSided } from '../pairs.js';
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
  const [rich, richSpan, poor, poorSpan] = fromBase ? [ctx.base, c.b, ctx.reading, c.r] : [ctx.reading, c.r, ctx.base, c.b];
  let k = richSpan[0];
  for (let j = poorSpan[0]; j < poorSpan[1]; j++) {
    while (k < richSpan[1] && rich.tokens[k].n !== poor.tokens[j].n) k++;
    if (k >= richSpan[1]) return false;
    k++;
  }
  return true;
}

export const content: Classifier = {
  name: 'content',
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
      if (len(c.r) === 0 || bare(ctx.reading, c.r)) return finding(c, 'grammatical', `grammatical (modal not repeated, same force): ${change(ctx, c)}`);
      // the same directive verb in another construction ("Invites States to" → "States are invited to")
      const vb = directiveVerb(ctx.base, c.b);
      if (vb !== null && vb === directiveVerb(ctx.reading, c.r)) return finding(c, 'grammatical', `grammatical (the same directive in another construction): ${change(ctx, c)}`);
      return finding(c, 'lexical', `modal or negation wording changed, same force: ${change(ctx, c)}`);
    }
    const cb = contentCount(ctx.base, c.b[0], c.b[1]);
    const cr = contentCount(ctx.reading, c.r[0], c.r[1]);
    // content words replaced by a word that refers ("domestic companies" → "their companies",
    // "these rules" for "the rules of the Convention"): a substitution, not an omission
    // (a change that begins or ends with the same word on both sides, "all" → "all genuine", is
    // cut there by the driver first)
    const alikeEdge = len(c.b) > 0 && len(c.r) > 0 && (ctx.base.tokens[c.b[0]].n === ctx.reading.tokens[c.r[0]].n || ctx.base.tokens[c.b[1] - 1].n === ctx.reading.tokens[c.r[1] - 1].n);
    if (!alikeEdge && cb > 0 && cr === 0 && refers(ctx.reading, c.r, ctx.lex.quantifiers)) return finding(c, 'lexical', `wording changed: ${change(ctx, c)} (replaced by a referring word)`);
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
