/**
 * `actor`: who bears the obligation changes — the subject noun phrase before the modal or main
 * verb of a clause differs in content ("States" → "all countries", "ICT product and service
 * providers" → "ICT companies"). Subject regions come from the clause structure (side.ts);
 * lexicons/actors.yaml adds evidence where the structure is unclear: a changed phrase naming an
 * actor on both sides, standing right before a verb.
 */
import type { Span } from '../../types.js';
import { type Candidate, type Classifier, type Ctx, type Finding, change, finding, len, q, text } from '../context.js';
import { type Frame, type Side, auxEnd, contentCount, contentLemmas, frameAt, inSubject, isClausePunct, spanIndexAt } from '../side.js';

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

/** Does the span reach the last word of the subject region it lies in (the head noun)? */
function reachesHead(side: Side, s: Span): boolean {
  const k = spanIndexAt(side.subjects, s[0]);
  const sub = side.subjects[k];
  return !sub || sub[0] > s[0] || s[1] >= sub[1];
}

/** Is the subject region the span lies in followed by a deontic marker (a modal, a directive verb, a negator)? */
function bindsRule(side: Side, s: Span): boolean {
  const k = spanIndexAt(side.subjects, s[0]);
  const sub = side.subjects[k];
  if (!sub || sub[0] > s[0]) return false;
  let j = sub[1];
  // adverbs and the auxiliaries of a passive ("are encouraged to") stand between
  while (j < side.tokens.length && (side.tokens[j].pos === 'ADV' || side.tokens[j].pos === 'AUX') && side.marker[j] < 0) j++;
  return j < side.tokens.length && side.marker[j] >= 0;
}

/** Every content word of the span lies in a subject region. */
function withinSubject(side: Side, s: Span): boolean {
  for (let i = s[0]; i < s[1]; i++) if (side.content[i] && !inSubject(side, i, i + 1)) return false;
  return true;
}

/**
 * The party a directive verb addresses, which bears the obligation it urges: the noun phrase
 * between the verb and its "to" ("Calls upon [all States] to", "Invites [Member States] not to").
 */
function addressees(side: Side): Span[] {
  const out: Span[] = [];
  for (const f of side.frames) {
    // only a directive verb with no auxiliary ("Calls upon", "Encourages" opening a resolution's
    // paragraph): with one, its subject bears the obligation ("States should encourage companies")
    if (!f.verb || f.auxWord) continue;
    const start = f.verb[1];
    let j = start;
    while (j < side.tokens.length && j - start <= 12) {
      const t = side.tokens[j];
      if (t.n === 'to' || side.neg[j]) break;
      if (t.punct ? t.n !== "'" && t.n !== '-' && t.n !== ',' : !NP.has(t.pos)) {
        j = -1;
        break;
      }
      j++;
    }
    if (j > start && j < side.tokens.length && (side.tokens[j].n === 'to' || side.neg[j])) out.push([start, j]);
  }
  return out;
}

/** Every content word of the span lies in the subject of a clause or among the addressees of a directive verb. */
function withinBearer(side: Side, s: Span, addr: readonly Span[]): boolean {
  for (let i = s[0]; i < s[1]; i++) {
    if (side.content[i] && !inSubject(side, i, i + 1) && !addr.some((a) => i >= a[0] && i < a[1])) return false;
  }
  return true;
}

function overlaps(s: Span, spans: readonly Span[]): boolean {
  return spans.some((a) => s[0] < a[1] && a[0] < s[1]);
}

/** The same content words, in order, compared by form or by lemma ("data" / "Data", "users" / "user"). */
function sameContent(a: Side, sa: Span, b: Side, sb: Span): boolean {
  const wa: number[] = [];
  const wb: number[] = [];
  for (let i = sa[0]; i < sa[1]; i++) if (a.content[i]) wa.push(i);
  for (let j = sb[0]; j < sb[1]; j++) if (b.content[j]) wb.push(j);
  if (wa.length === 0 || wa.length !== wb.length) return false;
  return wa.every((i, k) => {
    const x = a.tokens[i];
    const y = b.tokens[wb[k]];
    return x.n === y.n || x.lemma === y.lemma;
  });
}

/** The words of an agent noun phrase ("by the coastal States"). */
const AGENT = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON']);

/** After the frame's own auxiliary and negators (adverbs skipped): the index of the next word. */
function afterAux(side: Side, f: Frame): number {
  const T = side.tokens;
  let j = auxEnd(f);
  for (;;) {
    while (j < T.length && T[j].pos === 'ADV' && !side.neg[j]) j++;
    // a parenthesis between commas: "should, as appropriate, exchange"
    if (T[j]?.n !== ',') return j;
    let k = j + 1;
    while (k < T.length && k - j <= 5 && T[k].n !== ',' && !isClausePunct(T[k])) k++;
    if (T[k]?.n !== ',' || k === j + 1) return j;
    j = k + 1;
  }
}

/**
 * An obligation turned into the passive: "States should approach X" → "X should be approached".
 * When an auxiliary of the same polarity governs the same verb, one variant over the two predicates:
 * `actor` when the passive names no agent, or another one ("… by operators"); `grammatical` when it
 * names the same ("… by States"). Another auxiliary ("should notify" → "must be notified") adds a
 * `modality` variant. The object moved to the front is left to the usual passes.
 */
function passives(ctx: Ctx): Finding[] {
  const { base: B, reading: R, ops } = ctx;
  const out: Finding[] = [];
  const equalB = new Uint8Array(B.tokens.length);
  for (const op of ops) if (op.op === 'equal') equalB.fill(1, op.baseSpan[0], op.baseSpan[1]);
  for (const fr of R.frames) {
    if (!fr.aux || fr.verb) continue;
    const be = afterAux(R, fr);
    const part = be + 1;
    const pt = R.tokens[part];
    // the participle: a verb form, or what the tagger reads as an adjective ("informed")
    if (!pt || R.tokens[be].lemma !== 'be' || (pt.pos !== 'VERB' && pt.pos !== 'ADJ')) continue;
    // the agent, when named ("… be protected by States"): the words after "by" up to the clause's end
    let agent: Span | null = null;
    if (R.tokens[part + 1]?.n === 'by') {
      let e = part + 2;
      while (e < R.tokens.length && !R.tokens[e].punct && AGENT.has(R.tokens[e].pos)) e++;
      if (e > part + 2) agent = [part + 2, e];
    }
    for (const fb of B.frames) {
      if (!fb.aux || fb.verb || (fb.negs.length > 0) !== (fr.negs.length > 0)) continue;
      const v = afterAux(B, fb);
      const vt = B.tokens[v];
      // the same verb: by lemma, or by stem when the participle is read as an adjective
      // (after a parenthesis the tagger may read the verb as a noun: "should, as appropriate, exchange")
      if (!vt || (vt.pos !== 'VERB' && vt.pos !== 'NOUN') || vt.n === pt.n || (vt.lemma !== pt.lemma && vt.stem !== pt.stem)) continue;
      const subj = B.subjects.find((sp) => sp[1] === fb.start);
      if (!subj) continue;
      const b: Span = [subj[0], v + 1];
      const r: Span = [fr.start, agent ? agent[1] : part + 1];
      // the object become the subject ("… inform the controller" → "The controller shall be
      // informed …"): part of the same change when it names the same thing
      let o = v + 1;
      while (o < B.tokens.length && !B.tokens[o].punct && AGENT.has(B.tokens[o].pos)) o++;
      const subjR = R.subjects.find((sp) => sp[1] === fr.start);
      const objectMoved = o > v + 1 && !!subjR && sameContent(B, [v + 1, o], R, subjR);
      if (objectMoved) {
        b[1] = o;
        r[0] = subjR![0];
      }
      let free = true;
      for (let i = b[0]; i < b[1] && free; i++) free = !ctx.claimedB[i];
      for (let j = r[0]; j < r[1] && free; j++) free = !ctx.claimedR[j];
      let moved = false;
      for (let i = subj[0]; i < subj[1] && !moved; i++) moved = !equalB[i];
      if (!free || !moved) continue;
      ctx.claimedB.fill(1, b[0], b[1]);
      ctx.claimedR.fill(1, r[0], r[1]);
      const sameAgent = agent !== null && contentLemmas(B, subj).join(' ') === contentLemmas(R, agent).join(' ');
      out.push(
        sameAgent
          ? { type: 'grammatical', b, r, at: b[0], explanation: `grammatical (passive voice, same actor): ${q(text(B, b))} → ${q(text(R, r))}` }
          : {
              type: 'actor',
              b,
              r,
              at: b[0],
              explanation: agent
                ? `actor changed: ${q(text(B, b))} → ${q(text(R, r))} — in the passive, another party bears the obligation`
                : `actor dropped: ${q(text(B, b))} → ${q(text(R, r))} — the passive no longer names who bears the obligation`,
            },
      );
      // another auxiliary: the force changes too ("should notify" → "must be notified")
      const force = (f: Frame) => Math.min(ctx.lex.prohibition.max, (f.auxStrength ?? 0) + (f.negs.length && f.never ? ctx.lex.prohibition.neverBoost : 0));
      const [from, to] = [force(fb), force(fr)];
      if (from !== to) {
        const d = to > from ? 'strengthened' : 'weakened';
        const what = fb.negs.length ? 'prohibition' : 'obligation';
        const fa: Span = [fb.aux![0], auxEnd(fb)];
        const ra: Span = [fr.aux![0], auxEnd(fr)];
        out.push({ type: 'modality', b: fa, r: ra, at: fa[0], direction: d, explanation: `${what} ${d}: ${q(text(B, fa))} (${from}) → ${q(text(R, ra))} (${to})` });
      }
      break;
    }
  }
  return out;
}

export const actor: Classifier = {
  name: 'actor',
  claim: (ctx) => passives(ctx),
  classify(c, ctx) {
    if (c.deontic || len(c.b) === 0 || len(c.r) === 0) return null;
    if (contentCount(ctx.base, c.b[0], c.b[1]) === 0 || contentCount(ctx.reading, c.r[0], c.r[1]) === 0) return null;
    // a modifier changed before an unchanged head noun ("Humanitarian agencies" → "aid agencies")
    // names the same party: not an actor change
    // … and the subject of a rule: on at least one side, its clause's verb is a modal or directive
    // ("the sub-item entitled …" → "The Assembly will take up …" is no change of who is bound)
    const structural = withinSubject(ctx.base, c.b) && withinSubject(ctx.reading, c.r) && reachesHead(ctx.base, c.b) && (bindsRule(ctx.base, c.b) || bindsRule(ctx.reading, c.r));
    const lexical =
      nounPhrase(ctx.base, c.b) && nounPhrase(ctx.reading, c.r) &&
      namesActor(ctx.base, c.b, ctx.lex.actors) && namesActor(ctx.reading, c.r, ctx.lex.actors) &&
      beforeVerb(ctx.base, c.b) && beforeVerb(ctx.reading, c.r);
    // the addressee of a directive verb changed ("Calls upon States to" → "Calls upon Governments
    // to", or "… → Governments should"): the party called upon bears the obligation
    let addressed = false;
    if (!structural && !lexical) {
      const ab = addressees(ctx.base);
      const ar = addressees(ctx.reading);
      addressed = (overlaps(c.b, ab) || overlaps(c.r, ar)) && withinBearer(ctx.base, c.b, ab) && withinBearer(ctx.reading, c.r, ar);
    }
    if (!structural && !lexical && !addressed) return null;
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
