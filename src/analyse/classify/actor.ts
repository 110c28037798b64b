/**
 * `actor`: who bears the obligation changes — the subject noun phrase before the modal or main
 * verb of a clause differs in content ("States" → "all countries", "ICT product and service
 * providers" → "ICT companies"). Subject regions come from the clause structure (side.ts);
 * lexicons/actors.yaml adds evidence where the structure is unclear: a changed phrase naming an
 * actor on both sides, standing right before a verb.
 */
import type { Span } from '../../types.js';
import { type Candidate, type Classifier, change, finding, len } from '../context.js';
import { type Side, contentCount, frameAt, inSubject } from '../side.js';

function namesActor(side: Side, s: Span, actors: Set<string>): boolean {
  for (let i = s[0]; i < s[1]; i++) if (side.content[i] && (actors.has(side.tokens[i].lemma) || actors.has(side.tokens[i].n))) return true;
  return false;
}

/** Nouns with their determiners, adjectives, coordinators and prepositions: no verb, no clause punctuation. */
function nounPhrase(side: Side, s: Span): boolean {
  for (let i = s[0]; i < s[1]; i++) {
    const t = side.tokens[i];
    if (t.punct ? t.n !== "'" && t.n !== '-' : !NP.has(t.pos) || side.neg[i] || side.marker[i] >= 0) return false;
  }
  return true;
}

const NP = new Set(['NOUN', 'PROPN', 'PRON', 'DET', 'ADJ', 'NUM', 'CCONJ', 'PART', 'ADP']);

function beforeVerb(side: Side, s: Span): boolean {
  const t = side.tokens[s[1]];
  return !!t && (t.pos === 'VERB' || t.pos === 'AUX' || side.marker[s[1]] >= 0);
}

/** Every content word of the span lies in a subject region. */
function withinSubject(side: Side, s: Span): boolean {
  for (let i = s[0]; i < s[1]; i++) if (side.content[i] && !inSubject(side, i, i + 1)) return false;
  return true;
}

export const actor: Classifier = {
  name: 'actor',
  classify(c, ctx) {
    if (c.deontic || len(c.b) === 0 || len(c.r) === 0) return null;
    if (contentCount(ctx.base, c.b[0], c.b[1]) === 0 || contentCount(ctx.reading, c.r[0], c.r[1]) === 0) return null;
    const structural = withinSubject(ctx.base, c.b) && withinSubject(ctx.reading, c.r);
    const lexical =
      nounPhrase(ctx.base, c.b) && nounPhrase(ctx.reading, c.r) &&
      namesActor(ctx.base, c.b, ctx.lex.actors) && namesActor(ctx.reading, c.r, ctx.lex.actors) &&
      beforeVerb(ctx.base, c.b) && beforeVerb(ctx.reading, c.r);
    if (!structural && !lexical) return null;
    const f = frameAt(ctx.base, c.b[1]);
    const bears = f && f.sentence === ctx.base.tokens[c.b[0]].sentence ? 'a different party bears the obligation' : 'the subject of the clause changes';
    // a word read alike at the end of both sides ("… are" → "… are") is not part of the change
    const t: Candidate = { b: [c.b[0], c.b[1]], r: [c.r[0], c.r[1]] };
    while (len(t.b) > 1 && len(t.r) > 1 && ctx.base.tokens[t.b[1] - 1].n === ctx.reading.tokens[t.r[1] - 1].n) {
      t.b[1]--;
      t.r[1]--;
    }
    return finding(t, 'actor', `actor changed: ${change(ctx, t)} — ${bears}`);
  },
};
