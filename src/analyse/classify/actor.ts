/**
 * `actor`: who bears the obligation changes — the subject noun phrase before the modal or main
 * verb of a clause differs in content ("States" → "all countries", "ICT product and service
 * providers" → "ICT companies"). Subject regions come from the clause structure (side.ts);
 * lexicons/actors.yaml adds evidence where the structure is unclear: a changed phrase naming an
 * actor on both sides, standing right before a verb.
 */
import type { Span, Token } from '../../types.js';
import { type Candidate, type Classifier, type Ctx, type Finding, alikeMap, change, finding, len, opAt, q, text, unclaimed, facing, oriented } from '../context.js';
import { type Frame, type Side, actorNoun, auxEnd, contentCount, contentLemmas, frameAt, inSubject, isClausePunct, nounPhraseRegion, spanIndexAt, subjectHeadEnd } from '../side.js';
import { isReportingVerb, reportingVerbBefore } from './reported.js';
import { stanceAt } from './stance.js';
import type { Lexicons } from '../lexicon.js';
import { instrumentWord, pastAdditive } from './modality.js';
import { knownWord } from '../../nlp/index.js';

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

/**
 * Does the span reach the head noun of the subject region it lies in: its last word, or the last
 * word before a post-modifier ("Operators | of essential services", actors.yaml `postmodifiers`)?
 */
function reachesHead(side: Side, s: Span, lex: Lexicons): boolean {
  const k = spanIndexAt(side.subjects, s[0]);
  const sub = side.subjects[k];
  if (!sub || sub[0] > s[0] || s[1] >= sub[1]) return true;
  const head = subjectHeadEnd(side, sub, lex.postmodifiers);
  return s[0] < head && s[1] >= head;
}

/**
 * The first word of the predicate after the subject region the span lies in (adverbs and the
 * auxiliaries of a passive, "are encouraged to", passed over; a relative clause between, "Exporters
 * who are aware of a risk shall", too), or -1.
 */
function predicateAfterSubject(side: Side, s: Span): number {
  const k = spanIndexAt(side.subjects, s[0]);
  const sub = side.subjects[k];
  if (!sub || sub[0] > s[0]) return -1;
  let j = side.predicates[k];
  while (j < side.tokens.length && (side.tokens[j].pos === 'ADV' || side.tokens[j].pos === 'AUX') && side.marker[j] < 0) j++;
  return j < side.tokens.length ? j : -1;
}

/**
 * The modal that opens the second of two coordinated predicates sharing the subject whose first
 * predicate is the plain verb at j ("Signatories adopt these commitments and | will report"): after
 * a coordinator, adverbs and a parenthesis between commas aside, within thresholds `relative-max-words` and the sentence; -1 when a
 * modal comes first with no coordinator right before it (a clause of its own, "… that will"), or a
 * clause mark, a relative pronoun or a subordinator ends the first predicate first.
 */
function coordinatedModal(side: Side, j: number, lex: Lexicons): number {
  const T = side.tokens;
  if (T[j].pos !== 'VERB') return -1;
  for (let k = j + 1; k < T.length && k - j <= lex.thresholds.relativeMaxWords && T[k].sentence === T[j].sentence; k++) {
    const t = T[k];
    if (side.marker[k] >= 0 || t.n === ';' || t.n === ':' || t.pos === 'SCONJ' || lex.relatives.has(t.n) || lex.subordinators.has(t.n)) return -1;
    if (t.pos !== 'CCONJ') continue;
    let m = k + 1;
    // (a parenthesis between: "and, where possible, shall report")
    if (T[m]?.n === ',') m = parenthesisEnd(side, m) + 1 || m;
    while (m < T.length && T[m].pos === 'ADV' && !side.neg[m] && side.marker[m] < 0) m++;
    const f = side.marker[m] >= 0 ? side.frames[side.marker[m]] : null;
    if (f?.aux && f.aux[0] === m) return m;
  }
  return -1;
}

/**
 * Is the subject region the span lies in followed by a deontic marker (a modal, a directive verb, a
 * negator), or by a plain verb coordinated with a modal predicate of the same subject ("Signatories
 * adopt these commitments and will report": they bear what "will" lays down)?
 */
function bindsRule(side: Side, s: Span, lex: Lexicons): boolean {
  let j = predicateAfterSubject(side, s);
  // (not the subject of a clause a subordinator opens: the modal coordinated after that clause, past
  // a comma, is the main clause's, "States shall not export tools where they are misused, and
  // should keep records" — "they", the tools, bear nothing)
  if (j >= 0 && side.marker[j] < 0 && !subordinateWithComma(side, s, j, lex)) j = coordinatedModal(side, j, lex);
  if (j < 0 || side.marker[j] < 0) return false;
  // "The Council calls on Member States to …": the subject calls, the addressees are bound
  const f = side.frames[side.marker[j]];
  if (f.verb && !f.auxWord && addressees(side).some((a) => a[0] === f.verb![1])) return false;
  return true;
}

/**
 * Does the subject region the span lies in open a clause of condition or time (a subordinator,
 * actors.yaml `subordinators`, right before it: "where they are misused") whose predicate at j is
 * closed by a comma before the next coordinator? What is coordinated after that comma is the main
 * clause's.
 */
function subordinateWithComma(side: Side, s: Span, j: number, lex: Lexicons): boolean {
  const sub = side.subjects[spanIndexAt(side.subjects, s[0])];
  const T = side.tokens;
  const start = sub ? Math.min(sub[0], s[0]) : s[0];
  if (start === 0 || !lex.subordinators.has(T[start - 1].n)) return false;
  for (let k = j + 1; k < T.length && T[k].sentence === T[j].sentence; k++) {
    if (T[k].pos === 'CCONJ') return T[k - 1].n === ',';
  }
  return false;
}

/**
 * Is the subject region the span lies in followed by a directive verb of its own ("we ask our
 * ministers to", "The leaders asked their ministers to")? Its subject opens a clause of its own
 * (splitBeforeSubject); who calls is not who is bound, so the subjects compared are no actor change.
 */
function directs(side: Side, s: Span): boolean {
  const j = predicateAfterSubject(side, s);
  return j >= 0 && side.marker[j] >= 0 && side.frames[side.marker[j]].verb?.[0] === j;
}

/** Is the subject region the span lies in followed by a stance ("The two Presidents condemned …")? */
function takesStance(side: Side, s: Span, lex: Lexicons): boolean {
  const j = predicateAfterSubject(side, s);
  return j >= 0 && stanceAt(side, j, lex) !== null;
}

/**
 * Is the subject region the span lies in followed by a predicate that lays a duty on it with no
 * modal (actors.yaml `duty-predicates`: "share responsibility for", "are accountable")?
 */
function dutyPredicate(side: Side, s: Span, lex: Lexicons): boolean {
  if (lex.dutyPredicates.length === 0 || len(s) === 0) return false;
  const T = side.tokens;
  // (the predicate right after the span: the tagger may read "share" as a noun, so the subject
  // region is no guide; the span is then a noun phrase opening its clause)
  const prev = T[s[0] - 1];
  if (prev && prev.sentence === T[s[0]].sentence && !isClausePunct(prev) && prev.pos !== 'SCONJ' && prev.n !== 'that') return false;
  let j = s[1];
  while (j < T.length && T[j].pos === 'ADV' && !side.neg[j]) j++;
  for (const p of lex.dutyPredicates) {
    let ok = true;
    for (let n = 0; n < p.length && ok; n++) ok = T[j + n]?.sentence === T[s[0]].sentence && (T[j + n].lemma === p[n] || T[j + n].n === p[n] || (p[n] === 'be' && T[j + n].pos === 'AUX' && /^(is|are|was|were|be|been)$/.test(T[j + n].n)));
    if (ok) return true;
  }
  return false;
}

/** Does the span (or the head of its subject) name a party: an actor noun, a proper noun, a pronoun? */
function partyIn(side: Side, s: Span, lex: Lexicons): boolean {
  const k = spanIndexAt(side.subjects, s[0]);
  const sub = side.subjects[k];
  const from = sub && sub[0] <= s[0] ? Math.min(sub[0], s[0]) : s[0];
  const to = sub && sub[0] <= s[0] ? Math.max(sub[1], s[1]) : s[1];
  return partyBetween(side, from, to, lex);
}

/** Does a word of [from, to) name a party: an actor noun, a name, a pronoun (see partyIn)? */
function partyBetween(side: Side, from: number, to: number, lex: Lexicons): boolean {
  for (let i = from; i < to; i++) {
    const t = side.tokens[i];
    // (a capital opening the sentence makes no name, "Personal data", unless the word is none the
    // language model knows: "Veloria will …")
    const opens = i === 0 || side.tokens[i - 1].sentence !== t.sentence;
    const name = t.pos === 'PROPN' && /^\p{Lu}/u.test(t.t) && (!opens || knownWord(t.n) === false);
    // (an actor noun, also in the plural whatever its lemma: "Members", "Companies" opening a
    // sentence; a relative pronoun names no one: "Goods that")
    // (a possessive before the head names whose the thing is, not the thing: "Their reports should
    // be published" → "Their results …" renames no party)
    const owner = lex.possessives.has(t.n) && i + 1 < to && !side.tokens[i + 1].punct;
    if (name || actorNoun(t, lex) || (t.pos === 'PRON' && !lex.relatives.has(t.n) && !owner)) return true;
  }
  return false;
}

/**
 * Does the span name the bearer of a rule: content words, all in the subject of a clause whose
 * predicate is a modal or directive, naming a party?
 */
export function namesBearer(side: Side, s: Span, lex: Lexicons): boolean {
  return contentCount(side, s[0], s[1]) > 0 && withinSubject(side, s) && bindsRule(side, s, lex) && partyIn(side, s, lex);
}

/** Words of a noun phrase walked over to find the word that opens its clause. */
const NP_WORDS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON', 'PART']);

/**
 * Is the span's first noun in the subject of a clause that a subordinator opens (actors.yaml
 * `subordinators`: "only if [the Authority] has certified", "unless [a judge] has prohibited",
 * "once [the Commission] has decided"), the verb after that noun phrase no modal or directive
 * verb of its own? Its noun names whose act sets the condition, not who bears the rule.
 */
function subordinateSubject(side: Side, s: Span, lex: Lexicons): boolean {
  const T = side.tokens;
  let k = s[0];
  while (k < s[1] && T[k].pos !== 'NOUN' && T[k].pos !== 'PROPN' && T[k].pos !== 'PRON') k++;
  if (k >= s[1]) return false;
  let j = k - 1;
  while (j >= 0 && T[j].sentence === T[k].sentence && (NP_WORDS.has(T[j].pos) || T[j].n === "'") && !lex.subordinators.has(T[j].n)) j--;
  if (j < 0 || T[j].sentence !== T[k].sentence) return false;
  // (the subordinator may be a phrase ending there: "provided that", "as long as")
  let opens = false;
  let w = '';
  for (let n = 0; n < 3 && j - n >= 0 && !opens; n++) {
    w = n ? `${T[j - n].n} ${w}` : T[j].n;
    opens = lex.subordinators.has(w);
  }
  if (!opens) return false;
  let e = k;
  while (e < T.length && (NP_WORDS.has(T[e].pos) || T[e].n === "'") && side.marker[e] < 0) e++;
  // (adverbs before the verb: "unless a judge expressly prohibits")
  while (e < T.length && T[e].pos === 'ADV' && side.marker[e] < 0) e++;
  // (nor a passive directive of its own: "where [the Authority] is | required to approve")
  return !!T[e] && side.marker[e] < 0 && !passiveAux(side, e);
}

/**
 * Does a subordinator (actors.yaml `subordinators`, a phrase of up to three words: "if", "provided
 * that") end right before token k, in its sentence: does the clause whose subject opens at k set a
 * condition, an exception or a time rather than lay down the rule?
 */
function subordinatorBefore(side: Side, k: number, lex: Lexicons): boolean {
  const T = side.tokens;
  let w = '';
  for (let n = 1; n <= 3 && k - n >= 0 && T[k - n].sentence === T[k].sentence; n++) {
    w = n > 1 ? `${T[k - n].n} ${w}` : T[k - 1].n;
    if (lex.subordinators.has(w)) return true;
  }
  return false;
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
  if (side.addressees) return side.addressees;
  const out: Span[] = [];
  for (const f of side.frames) {
    // only a directive verb with no auxiliary ("Calls upon", "Encourages" opening a resolution's
    // paragraph): with one, its subject bears the obligation ("States should encourage companies")
    // (but a gerund after a preposition, with no auxiliary of its own, is not the frame's verb:
    // "Nothing shall be construed as requiring [any Party] to share": the party it would require)
    const gerund = f.verb && f.aux === null && side.tokens[f.verb[0]].n.endsWith('ing') && side.tokens[f.verb[0] - 1]?.pos === 'ADP';
    if (!f.verb || (f.auxWord && !gerund)) continue;
    // (a directive or ban in the passive, "Providers are barred from using nudge techniques to
    // reach children": its subject is the party addressed, the words after it its act)
    let p = f.verb[0] - 1;
    while (p >= 0 && side.tokens[p].pos === 'ADV' && !side.neg[p]) p--;
    const vt = side.tokens[f.verb[0]];
    if (p >= 0 && side.tokens[p].lemma === 'be' && vt.n !== vt.lemma && /(?:ed|en)$/.test(vt.n)) continue;
    const start = f.verb[1];
    let j = start;
    while (j < side.tokens.length && j - start <= 12) {
      const t = side.tokens[j];
      if (t.n === 'to' || side.neg[j]) break;
      // a parenthesis between commas before the "to" ("Encourages Member States, where
      // appropriate, to"): the parties end before it
      if (t.n === ',' && j > start) {
        const k = parenthesisEnd(side, j);
        if (k > 0 && (side.tokens[k + 1]?.n === 'to' || side.neg[k + 1])) break;
      }
      // (a participle before a noun modifies it, the tagger's VERB notwithstanding: "developed
      // countries", "interested States")
      const modifier = t.pos === 'VERB' && /(?:ed|en|ing)$/.test(t.n) && (side.tokens[j + 1]?.pos === 'NOUN' || side.tokens[j + 1]?.pos === 'PROPN');
      if (t.punct ? t.n !== "'" && t.n !== '-' && t.n !== ',' : !NP.has(t.pos) && !modifier) {
        j = -1;
        break;
      }
      j++;
    }
    if (j > start && j < side.tokens.length && (side.tokens[j].n === 'to' || side.neg[j] || side.tokens[j].n === ',')) out.push([start, j]);
  }
  side.addressees = out;
  return out;
}

/**
 * The closing comma of a parenthesis that opens with the comma at i (", where appropriate,", ", as
 * appropriate,"): the next comma within five words, no other clause mark between, at least one word
 * inside; or -1.
 */
function parenthesisEnd(side: Side, i: number): number {
  const T = side.tokens;
  let k = i + 1;
  while (k < T.length && k - i <= 6 && T[k].n !== ',' && !isClausePunct(T[k]) && T[k].sentence === T[i].sentence) k++;
  return T[k]?.n === ',' && k > i + 1 ? k : -1;
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

/** A date or a figure after "by" ("31 January", "15 working days"): a time limit or an extent, no agent. */
function measure(side: Side, s: Span, lex: Lexicons): boolean {
  for (let i = s[0]; i < s[1]; i++) if (side.tokens[i].pos === 'NUM' || lex.months.has(side.tokens[i].n)) return true;
  return false;
}

/**
 * One past the noun phrase that opens at `from` ("the coastal States", "Member States"): its words
 * up to the clause's end, but not a determiner, numeral or adjective after its head noun, which opens
 * another phrase ("by the Commission | every two years", "the report | each year").
 */
function nounPhraseEnd(side: Side, from: number): number {
  const T = side.tokens;
  let e = from;
  let head = false;
  // (a determiner the tagger reads as a coordinator, after a preposition and right before the noun
  // or its adjective: "by [either] country")
  if (T[e]?.pos === 'CCONJ' && T[e - 1]?.pos === 'ADP' && (T[e + 1]?.pos === 'NOUN' || T[e + 1]?.pos === 'PROPN' || T[e + 1]?.pos === 'ADJ') && T[e + 1].sentence === T[e].sentence) e++;
  while (e < T.length && !T[e].punct && AGENT.has(T[e].pos)) {
    const noun = T[e].pos === 'NOUN' || T[e].pos === 'PROPN' || T[e].pos === 'PRON';
    if (head && !noun) break;
    head ||= noun;
    e++;
  }
  return e;
}

/**
 * Is the party named by span ys (side Y) the object of the verb after the subject that span xs lies
 * in (side X, the base when `fromBase`)? The verb: the first verb (or a word the tagger reads as an
 * adjective) after the subject's modal, its object the noun phrase right after it, with the same
 * head noun as ys's last noun ("may exempt micro and small enterprises" / "Micro-enterprises"), and
 * not read in place on the other side ("States should support developing countries" → "All
 * countries should help developing countries" keeps its object), nor made the subject of the same
 * verb in the active (then it does the act, and bears the rule).
 */
function objectPromoted(ctx: Ctx, fromBase: boolean, xs: Span, ys: Span): boolean {
  const [X, Y] = oriented(fromBase, ctx.base, ctx.reading);
  const j = predicateAfterSubject(X, xs);
  if (j < 0 || X.marker[j] < 0) return false;
  const f = X.frames[X.marker[j]];
  if (!f.aux || f.verb) return false;
  const v = afterAux(X, f);
  const vt = X.tokens[v];
  if (!vt || (vt.pos !== 'VERB' && vt.pos !== 'ADJ')) return false;
  const oe = coordinatedEnd(X, v + 1);
  if (oe <= v + 1) return false;
  let head = -1;
  for (let k = ys[0]; k < ys[1]; k++) if (Y.tokens[k].pos === 'NOUN' || Y.tokens[k].pos === 'PROPN') head = k;
  if (head < 0 || !sameHead(X, oe - 1, Y, head)) return false;
  // (the party named the subject of the same act, in the active, "Providers shall notify users
  // and regulators" → "Regulators shall notify users", does the act: it bears the rule)
  const jy = predicateAfterSubject(Y, ys);
  const fy = jy >= 0 && Y.marker[jy] >= 0 ? Y.frames[Y.marker[jy]] : null;
  if (fy?.aux && !fy.verb && Y.tokens[afterAux(Y, fy)]?.lemma === vt.lemma) return false;
  const alike = alikeMap(ctx, fromBase)[oe - 1];
  return alike < 0 || (alike >= ys[0] && alike < ys[1]);
}

/** One past a noun phrase opening at `from` that may coordinate others ("micro and small enterprises"). */
function coordinatedEnd(side: Side, from: number): number {
  let e = nounPhraseEnd(side, from);
  while (e > from && side.tokens[e]?.pos === 'CCONJ' && AGENT.has(side.tokens[e + 1]?.pos ?? '')) e = nounPhraseEnd(side, e + 1);
  return e;
}

/** Do the nouns at i (side X) and j (side Y) have the same head: the same lemma or stem, or the last part of a compound ("enterprises" / "Micro-enterprises")? */
function sameHead(X: Side, i: number, Y: Side, j: number): boolean {
  const x = X.tokens[i];
  const y = Y.tokens[j];
  if (!x || !y || (x.pos !== 'NOUN' && x.pos !== 'PROPN') || (y.pos !== 'NOUN' && y.pos !== 'PROPN')) return false;
  const last = (t: { stem: string }) => t.stem.split('-').pop()!;
  return x.lemma === y.lemma || last(x) === last(y);
}

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
 * `modality` variant. The object moved to the front is part of the voice change (frontedObject).
 */
function passives(ctx: Ctx): Finding[] {
  return [...voiceChanges(ctx, true), ...voiceChanges(ctx, false)];
}

/**
 * Voice changes in one direction: the active clause in the base and the passive in the reading
 * (`activeInBase`), or the other way round ("Data should be protected" → "States should protect
 * data": the active names who bears the obligation).
 */
function voiceChanges(ctx: Ctx, activeInBase: boolean): Finding[] {
  const A = activeInBase ? ctx.base : ctx.reading;
  const P = activeInBase ? ctx.reading : ctx.base;
  const claimedA = activeInBase ? ctx.claimedB : ctx.claimedR;
  const claimedP = activeInBase ? ctx.claimedR : ctx.claimedB;
  const out: Finding[] = [];
  // the passive token each active token is read alike with, or -1 (built when first needed)
  let alikeA: readonly number[] | null = null;
  for (const fp of P.frames) {
    if (!fp.aux || fp.verb) continue;
    const be = afterAux(P, fp);
    const part = be + 1;
    const pt = P.tokens[part];
    // the participle: a verb form, or what the tagger reads as an adjective ("informed")
    if (!pt || P.tokens[be].lemma !== 'be' || (pt.pos !== 'VERB' && pt.pos !== 'ADJ')) continue;
    // a passive the alignment reads word for word on the other side is no voice change: it stays a
    // passive there, and pairing it with an active clause elsewhere (another sentence, "A State may
    // request assistance. Assistance shall be provided.") would invent an actor and a modal change
    if (passiveReadInPlace(ctx, !activeInBase, [fp.aux[0], part + 1])) continue;
    // the agent, when named ("… be protected by States"): the noun phrase after "by"
    let agent: Span | null = null;
    if (P.tokens[part + 1]?.n === 'by') {
      const e = nounPhraseEnd(P, part + 2);
      if (e > part + 2 && !measure(P, [part + 2, e], ctx.lex)) agent = [part + 2, e];
    }
    for (const fa of A.frames) {
      // (a directive verb right after the auxiliary is the verb put in the passive: "shall
      // encourage cooperation" → "cooperation shall be encouraged")
      if (!fa.aux || (fa.verb && fa.verb[0] !== afterAux(A, fa)) || (fa.negs.length > 0) !== (fp.negs.length > 0)) continue;
      let v = afterAux(A, fa);
      // (an entitlement or a capacity between the modal and the verb, "may be entitled to impose
      // sanctions" → "sanctions may be imposed": the verb after it is the one put in the passive,
      // the words between dropped on their own)
      let between: Span | null = null;
      if (A.tokens[v]?.lemma === 'be' && (A.tokens[v + 1]?.pos === 'VERB' || A.tokens[v + 1]?.pos === 'ADJ') && A.tokens[v + 2]?.n === 'to' && A.tokens[v + 3]?.pos === 'VERB' && A.marker[v + 1] < 0) {
        between = [v + 1, v + 3];
        v += 3;
      }
      const vt = A.tokens[v];
      // the same verb: by lemma, or by stem when the participle is read as an adjective
      // (after a parenthesis the tagger may read the verb as a noun: "should, as appropriate, exchange");
      // another verb only when the object becomes the subject ("inform individuals" → "Individuals
      // shall be told"): the verb change is then classified on its own
      // (a word the tagger reads as an adjective right after a modal is a verb too: "may exempt
      // enterprises" → "enterprises shall be exempt", the same form on both sides)
      const misread = vt?.pos === 'ADJ' && (vt.n === pt.n || vt.stem === pt.stem) && (A.tokens[v + 1]?.pos === 'NOUN' || A.tokens[v + 1]?.pos === 'PROPN' || A.tokens[v + 1]?.pos === 'ADJ' || A.tokens[v + 1]?.pos === 'DET');
      if (!vt || (vt.pos !== 'VERB' && vt.pos !== 'NOUN' && !misread) || (vt.n === pt.n && !misread)) continue;
      const sameVerb = vt.lemma === pt.lemma || vt.stem === pt.stem;
      if (!sameVerb && (vt.pos !== 'VERB' || pt.pos !== 'VERB')) continue;
      const subj = A.subjects.find((sp) => sp[1] === fa.start);
      if (!subj) continue;
      alikeA ??= alikeMap(ctx, activeInBase);
      if (!sameSentenceReading(A, alikeA, subj[0], P, fp.start)) continue;
      const a: Span = [subj[0], v + 1];
      const p: Span = [fp.start, agent ? agent[1] : part + 1];
      // the object become the subject ("… inform the controller" → "The controller shall be
      // informed …"): part of the same change when it names the same thing
      const o = nounPhraseEnd(A, v + 1);
      const subjP = P.subjects.find((sp) => sp[1] === fp.start);
      const promoted = o > v + 1 && !!subjP && sameContent(A, [v + 1, o], P, subjP);
      if (promoted) {
        a[1] = o;
        p[0] = subjP[0];
      }
      if (!sameVerb && !promoted) continue;
      // the object become the subject in other words ("micro and small enterprises" →
      // "Micro-enterprises"): the two are compared with each other, not dropped and added
      let renamed: [Span, Span] | null = null;
      if (!promoted && subjP && sameVerb) {
        const oe = coordinatedEnd(A, v + 1);
        if (oe > v + 1 && sameHead(A, oe - 1, P, subjP[1] - 1)) renamed = [[v + 1, oe], subjP];
      }
      // a clause of condition, exception or time ("… will not deploy a model if its risks cannot
      // be kept below …" → "… if they cannot keep its risks below …"): its modal lays down no rule
      // and its subject bears none; with the same modal, the voice is grammar (as for a clause with
      // no modal, `clauseVoices`), and the subject against the agent a change of its own
      const inCondition = subordinatorBefore(A, subj[0], ctx.lex) && !!subjP && subordinatorBefore(P, subjP[0], ctx.lex);
      if (inCondition && (!promoted || text(A, [fa.aux[0], auxEnd(fa)]).toLowerCase() !== text(P, [fp.aux[0], auxEnd(fp)]).toLowerCase())) continue;
      const free = unclaimed(claimedA, a) && unclaimed(claimedP, p);
      // the subject is not read in place (it is gone, or read as the passive's agent)
      let moved = false;
      alikeA ??= alikeMap(ctx, activeInBase);
      for (let i = subj[0]; i < subj[1] && !moved; i++) moved = alikeA[i] < 0 || (!!agent && alikeA[i] >= agent[0] && alikeA[i] < agent[1]);
      if (!free || !moved) continue;
      claimedA.fill(1, a[0], a[1]);
      claimedP.fill(1, p[0], p[1]);
      // an adverb between the active's modal and its verb that the passive does not read ("We will
      // promptly notify customers" → "Customers will be notified"): a change of its own (a time
      // limit dropped), not part of who bears the rule
      for (let k = auxEnd(fa); k < v; k++) if (A.tokens[k].pos === 'ADV' && !A.neg[k] && A.marker[k] < 0 && alikeA[k] < 0) claimedA[k] = 0;
      if (between) claimedA.fill(0, between[0], between[1]);
      // the object put before the passive as its subject, past a parenthesis the alignment reads in
      // place ("shall exchange, in a timely manner, information on threats" → "Information on
      // threats shall be exchanged … in a timely manner"): the voice change fronts it, no move of
      // its own, as when the alignment reads the object alike
      if (!promoted) {
        const fo = frontedObject(A, v, P, fp.start, alikeA);
        if (fo && unclaimed(claimedA, fo[0]) && unclaimed(claimedP, fo[1])) {
          claimedA.fill(1, fo[0][0], fo[0][1]);
          claimedP.fill(1, fo[1][0], fo[1][1]);
        }
      }
      if (renamed && unclaimed(claimedA, renamed[0]) && unclaimed(claimedP, renamed[1])) {
        claimedA.fill(1, renamed[0][0], renamed[0][1]);
        claimedP.fill(1, renamed[1][0], renamed[1][1]);
        ctx.extra.push(activeInBase ? { b: renamed[0], r: renamed[1] } : { b: renamed[1], r: renamed[0] });
      }
      const sameAgent = agent !== null && contentLemmas(A, subj).join(' ') === contentLemmas(P, agent).join(' ');
      if (inCondition) {
        // the voice alone: the whole of both clauses with the same agent, else without the subject and the agent
        const va: Span = sameAgent ? a : [fa.start, a[1]];
        const vp: Span = sameAgent ? p : [p[0], agent ? agent[0] : part + 1];
        const [vb, vr] = activeInBase ? [va, vp] : [vp, va];
        out.push({ type: 'grammatical', b: vb, r: vr, at: vb[0], explanation: `grammatical (${activeInBase ? 'passive' : 'active'} voice${sameAgent ? ', same actor' : ''}, in a condition: its subject bears no rule): ${q(text(ctx.base, vb))} → ${q(text(ctx.reading, vr))}` });
        if (!sameAgent) {
          const other: Span = agent ?? [p[0], p[0]];
          ctx.extra.push(activeInBase ? { b: subj, r: other } : { b: other, r: subj });
        }
        break;
      }
      const [b, r] = activeInBase ? [a, p] : [p, a];
      const change = `${q(text(ctx.base, b))} → ${q(text(ctx.reading, r))}`;
      let explanation: string;
      // with a directive verb ("shall encourage cooperation") the subject gives the direction; a
      // permission ("may extend") or a prohibition is said so
      const kind = ruleKind(fa);
      const who = fa.verb ? `who gives the direction ('${fa.verbWord}')` : whoUnder(kind);
      const another = fa.verb ? 'another party gives the direction' : kind === 'permission' ? 'another party may act' : kind === 'prohibition' ? 'another party is forbidden to act' : 'another party bears the obligation';
      // another agent named ("The Parties shall exchange X" → "X shall be exchanged by the States"):
      // the voice change is grammar over the predicates, the subject against the agent an actor
      // change over the two noun phrases alone, as "The Parties shall" → "The States shall" is
      if (agent && !sameAgent) {
        const va: Span = [fa.start, a[1]];
        const vp: Span = [p[0], agent[0]];
        const [vb, vr] = activeInBase ? [va, vp] : [vp, va];
        const [sb, sr] = activeInBase ? [subj, agent] : [agent, subj];
        out.push({ type: 'grammatical', b: vb, r: vr, at: vb[0], explanation: `grammatical (${activeInBase ? 'passive' : 'active'} voice): ${q(text(ctx.base, vb))} → ${q(text(ctx.reading, vr))}` });
        out.push({ type: 'actor', b: sb, r: sr, at: sb[0], explanation: `actor changed: ${q(text(ctx.base, sb))} → ${q(text(ctx.reading, sr))} — ${activeInBase ? 'in the passive' : 'in the active'}, ${another}` });
      }
      if (sameAgent) explanation = `grammatical (${activeInBase ? 'passive' : 'active'} voice, same actor): ${change}`;
      else if (agent) explanation = '';
      else if (activeInBase) explanation = `actor dropped: ${change} — the passive no longer names ${who}`;
      else explanation = `actor added: ${change} — the active names ${who}, which the passive left unsaid`;
      if (explanation) out.push({ type: sameAgent ? 'grammatical' : 'actor', b, r, at: b[0], explanation });
      if (!sameVerb) ctx.extra.push(activeInBase ? { b: [v, v + 1], r: [part, part + 1] } : { b: [part, part + 1], r: [v, v + 1] });
      // another auxiliary: the force changes too ("should notify" → "must be notified")
      const force = (f: Frame) => Math.min(ctx.lex.prohibition.max, (f.auxStrength ?? 0) + (f.negs.length && f.never ? ctx.lex.prohibition.neverBoost : 0));
      const [fb, fr] = activeInBase ? [fa, fp] : [fp, fa];
      const [from, to] = [force(fb), force(fr)];
      if (from !== to) {
        const d = to > from ? 'strengthened' : 'weakened';
        const what = fb.negs.length ? 'prohibition' : 'obligation';
        const ba: Span = [fb.aux![0], auxEnd(fb)];
        const ra: Span = [fr.aux![0], auxEnd(fr)];
        out.push({ type: 'modality', b: ba, r: ra, at: ba[0], direction: d, explanation: `${what} ${d}: ${q(text(ctx.base, ba))} (${from}) → ${q(text(ctx.reading, ra))} (${to})` });
      } else if (fb.aux && fr.aux && modalWords(ctx.base, fb) !== modalWords(ctx.reading, fr)) {
        // another modal of the same force ("shall not be transferred" → "must not transfer"): its
        // wording, as the modality classifier reports it with the voice kept, no direction
        const ba: Span = [fb.aux[0], auxEnd(fb)];
        const ra: Span = [fr.aux[0], auxEnd(fr)];
        out.push({ type: 'modality', b: ba, r: ra, at: ba[0], explanation: `modal or negation wording changed, the same force (no direction): ${q(text(ctx.base, ba))} → ${q(text(ctx.reading, ra))}` });
      }
      break;
    }
  }
  return out;
}

/**
 * The object of the active verb at v (past a parenthesis between commas), moved before the passive
 * whose frame starts at `start` as its subject: the noun phrase that opens the passive's clause,
 * with the object's content words, the object not read in place. The two spans (active, passive),
 * or null.
 */
function frontedObject(A: Side, v: number, P: Side, start: number, alikeA: readonly number[]): [Span, Span] | null {
  let s0 = start;
  while (s0 > 0 && !opensClause(P, s0)) s0--;
  if (s0 === start || !nounPhrase(P, [s0, start])) return null;
  let o = v + 1;
  if (A.tokens[o]?.n === ',') {
    let k = o + 1;
    while (k < A.tokens.length && k - o <= 6 && A.tokens[k].n !== ',' && !isClausePunct(A.tokens[k])) k++;
    if (A.tokens[k]?.n !== ',') return null;
    o = k + 1;
  }
  const oe = o + (start - s0);
  if (oe > A.tokens.length || !nounPhrase(A, [o, oe]) || !sameContent(A, [o, oe], P, [s0, start])) return null;
  for (let i = o; i < oe; i++) if (alikeA[i] >= 0 && (alikeA[i] < s0 || alikeA[i] >= start)) return null;
  return [[o, oe], [s0, start]];
}

/** The modal auxiliaries of a frame (not "be", "have", "do"), normalised: "shall" of "shall not be". */
function modalWords(side: Side, f: Frame): string {
  const out: string[] = [];
  for (let k = f.aux![0]; k < f.aux![1]; k++) {
    const t = side.tokens[k];
    if (t.pos === 'AUX' && t.lemma !== 'be' && t.lemma !== 'have' && t.lemma !== 'do') out.push(t.n);
  }
  return out.join(' ');
}

/**
 * Is every word of span s (on the base when `fromBase`) read equal with a word of the other side,
 * and is the last of them (the participle) read alike with a participle after "be" there? Then the
 * passive is on both sides, and no clause of the other side was turned into it.
 */
function passiveReadInPlace(ctx: Ctx, fromBase: boolean, s: Span): boolean {
  const alike = alikeMap(ctx, fromBase);
  for (let k = s[0]; k < s[1]; k++) if (alike[k] < 0) return false;
  const other = fromBase ? ctx.reading : ctx.base;
  const j = alike[s[1] - 1];
  return other.tokens[j - 1]?.lemma === 'be';
}

/**
 * May the sentence of token i (side X) be read against the sentence of token j (side Y)? Not when
 * the alignment reads words of the first, and none of them in the second, against words of other
 * sentences of Y: the first sentence is then read elsewhere ("A State may request assistance.
 * States shall provide it." → "A Party may seek assistance. Assistance shall be provided.": the
 * permission is not the passive of the next sentence). A sentence split or merged reads words in
 * both, and one with no word read alike is free to pair.
 */
function sameSentenceReading(X: Side, alikeX: readonly number[], i: number, Y: Side, j: number): boolean {
  const sx = X.tokens[i].sentence;
  const sy = Y.tokens[j].sentence;
  let read = false;
  for (let k = i; k >= 0 && X.tokens[k].sentence === sx; k--) {
    const m = alikeX[k];
    if (m < 0 || X.tokens[k].punct) continue;
    if (Y.tokens[m].sentence === sy) return true;
    read = true;
  }
  for (let k = i + 1; k < X.tokens.length && X.tokens[k].sentence === sx; k++) {
    const m = alikeX[k];
    if (m < 0 || X.tokens[k].punct) continue;
    if (Y.tokens[m].sentence === sy) return true;
    read = true;
  }
  return !read;
}

/** Auxiliaries of tense and voice before a verb ("has | prohibited", "has been | prohibited"), not modal auxiliaries. */
const TENSE_AUX = new Set(['be', 'have', 'do']);

/**
 * The first word of the auxiliaries of tense or voice right before token v ("a judge [has]
 * prohibited", "notification [has been] prohibited"), or -1 when a modal auxiliary (a frame's
 * own) stands before them: a rule in the passive is for `voiceChanges`.
 */
function tenseChainStart(side: Side, v: number): number {
  let k = v;
  while (k > 0 && side.tokens[k - 1].pos === 'AUX' && TENSE_AUX.has(side.tokens[k - 1].lemma) && side.marker[k - 1] < 0) k--;
  const m = side.marker[k - 1] ?? -1;
  if (m >= 0 && side.frames[m].aux) return -1;
  return k;
}

/**
 * The start of the noun phrase (with a noun or pronoun in it) that ends right before `end`, within
 * its sentence, or -1; not a relative pronoun ("States [that] have ratified", "by [which]"): its
 * clause's subject is then the noun before it, outside the clause.
 */
function nounPhraseBefore(side: Side, end: number, lex: Lexicons): number {
  const T = side.tokens;
  let k = end;
  while (k > 0 && T[k - 1].sentence === T[end - 1]?.sentence && AGENT.has(T[k - 1].pos) && !lex.relatives.has(T[k - 1].n) && side.marker[k - 1] < 0 && end - k < 8) k--;
  for (let i = k; i < end; i++) if (T[i].pos === 'NOUN' || T[i].pos === 'PROPN' || T[i].pos === 'PRON') return k;
  return -1;
}

/** A participle after "be" in a clause with no modal of its own, with its subject and its agent. */
interface PassiveClause {
  part: number;
  /** The first auxiliary of tense or voice before it. */
  ps: number;
  /** The start of its subject, which ends at `ps`. */
  subjP0: number;
  /** The noun phrase after "by", when named. */
  agent: Span | null;
}

/** The side's passive clauses with no modal of their own (`clauseVoices`'s passive side), in token order. */
function passiveClauses(P: Side, lex: Lexicons): PassiveClause[] {
  const out: PassiveClause[] = [];
  for (let part = 1; part < P.tokens.length; part++) {
    const pt = P.tokens[part];
    const be = P.tokens[part - 1];
    if (pt.pos !== 'VERB' || pt.n === pt.lemma || be.pos !== 'AUX' || be.lemma !== 'be' || P.marker[part - 1] >= 0) continue;
    const ps = tenseChainStart(P, part);
    if (ps < 1) continue;
    const subjP0 = nounPhraseBefore(P, ps, lex);
    if (subjP0 < 0) continue;
    let agent: Span | null = null;
    if (P.tokens[part + 1]?.n === 'by') {
      const e = nounPhraseEnd(P, part + 2);
      if (e > part + 2 && !measure(P, [part + 2, e], lex)) agent = [part + 2, e];
    }
    out.push({ part, ps, subjP0, agent });
  }
  return out;
}

/** The side's verbs not after "be", by lemma (one pass, not one scan per participle). */
function activeVerbs(A: Side): Map<string, number[]> {
  const verbs = new Map<string, number[]>();
  for (let i = 0; i < A.tokens.length; i++) {
    const t = A.tokens[i];
    if (t.pos !== 'VERB' || A.tokens[i - 1]?.lemma === 'be') continue;
    const at = verbs.get(t.lemma);
    if (at) at.push(i);
    else verbs.set(t.lemma, [i]);
  }
  return verbs;
}

/**
 * A clause with no modal of its own turned into the passive ("unless a judge has prohibited such
 * notification" → "unless such notification has been prohibited [by a judge]"): the same verb, the
 * active's object the passive's subject. With the same agent, one `grammatical` variant (the voice);
 * without one, the voice is `grammatical` and the active's subject, no longer named, a change of
 * its own (an omission, or an addition the other way round); another agent is compared with the
 * subject it replaces. Rules whose own modal governs the verb are `voiceChanges`'.
 */
function clauseVoices(ctx: Ctx, activeInBase: boolean): Finding[] {
  const A = activeInBase ? ctx.base : ctx.reading;
  const P = activeInBase ? ctx.reading : ctx.base;
  const passives = passiveClauses(P, ctx.lex);
  if (passives.length === 0) return [];
  const claimedA = activeInBase ? ctx.claimedB : ctx.claimedR;
  const claimedP = activeInBase ? ctx.claimedR : ctx.claimedB;
  let alikeA: readonly number[] | null = null;
  const out: Finding[] = [];
  const verbs = activeVerbs(A);
  for (const { part, ps, subjP0, agent } of passives) {
    const pt = P.tokens[part];
    const subjP: Span = [subjP0, ps];
    for (const v of verbs.get(pt.lemma) ?? []) {
      const as = tenseChainStart(A, v);
      if (as < 1) continue;
      const subjA0 = nounPhraseBefore(A, as, ctx.lex);
      const o = nounPhraseEnd(A, v + 1);
      if (subjA0 < 0 || o <= v + 1 || !sameContent(A, [v + 1, o], P, subjP)) continue;
      const subjA: Span = [subjA0, as];
      // the subject not read in place (gone, or read as the passive's agent)
      let moved = false;
      alikeA ??= alikeMap(ctx, activeInBase);
      for (let i = subjA[0]; i < subjA[1] && !moved; i++) moved = alikeA[i] < 0 || (!!agent && alikeA[i] >= agent[0] && alikeA[i] < agent[1]);
      const a: Span = [subjA[0], o];
      const p: Span = [subjP[0], agent ? agent[1] : part + 1];
      if (!moved || !unclaimed(claimedA, a) || !unclaimed(claimedP, p)) continue;
      claimedA.fill(1, a[0], a[1]);
      claimedP.fill(1, p[0], p[1]);
      const sameAgent = agent !== null && contentLemmas(A, subjA).join(' ') === contentLemmas(P, agent).join(' ');
      // the voice alone: the whole of both clauses with the same agent, else without the subject and the agent
      const va: Span = sameAgent ? a : [as, o];
      const vp: Span = sameAgent ? p : [subjP[0], agent ? agent[0] : part + 1];
      const [b, r] = activeInBase ? [va, vp] : [vp, va];
      out.push({ type: 'grammatical', b, r, at: b[0], explanation: `grammatical (${activeInBase ? 'passive' : 'active'} voice${sameAgent ? ', same actor' : ''}): ${q(text(ctx.base, b))} → ${q(text(ctx.reading, r))}` });
      if (!sameAgent) {
        // the subject against the agent, or dropped (added) where the passive names none
        const other: Span = agent ?? [subjP[0], subjP[0]];
        ctx.extra.push(activeInBase ? { b: subjA, r: other } : { b: other, r: subjA });
      }
      break;
    }
  }
  return out;
}

/**
 * Voice changes, claimed before moved phrases are looked for: the subject read as the passive's
 * agent ("Member countries should provide …" → "… should be provided by Member countries") is the
 * same party in another construction, not a phrase moved.
 */
/**
 * The subject of a rule restated as another noun phrase around the same head ("Operators of critical
 * national infrastructure must" → "Infrastructure operators must", "Operators of essential services"
 * → "Service operators"): the alignment reads the words of each side as pieces dropped and added
 * ("Operators of critical national" omitted, "operators" added), which hides that one party is
 * named otherwise, here more widely. One `actor` variant over the two subjects, when the predicate
 * after them (a modal or directive verb) is read alike, they share the head (a content lemma that
 * names a party on both sides), they differ, and the changes that touch them lie within them and
 * are more than one.
 */
function subjectRestated(ctx: Ctx): Finding[] {
  const out: Finding[] = [];
  const B = ctx.base;
  const R = ctx.reading;
  const alikeB = alikeMap(ctx, true);
  const alikeR = alikeMap(ctx, false);
  for (let k = 0; k < B.subjects.length; k++) {
    const sb = B.subjects[k];
    const pb = B.predicates[k];
    if (pb === undefined || B.marker[pb] < 0 || alikeB[pb] < 0) continue;
    const j = R.predicates.indexOf(alikeB[pb]);
    if (j < 0) continue;
    const sr = R.subjects[j];
    if (!unclaimed(ctx.claimedB, sb) || !unclaimed(ctx.claimedR, sr)) continue;
    // the words read alike stay within the two subjects; some differ on each side
    let changedB = 0;
    let changedR = 0;
    let escapes = false;
    for (let i = sb[0]; i < sb[1]; i++) {
      const a = alikeB[i];
      if (a < 0) changedB += B.content[i] ? 1 : 0;
      else if (a < sr[0] || a >= sr[1]) escapes = true;
    }
    for (let i = sr[0]; i < sr[1]; i++) {
      const a = alikeR[i];
      if (a < 0) changedR += R.content[i] ? 1 : 0;
      else if (a < sb[0] || a >= sb[1]) escapes = true;
    }
    if (escapes || changedB === 0 || changedR === 0) continue;
    // the edits over them: more than one (one word for another is left to the classifiers)
    const touching = ctx.ops.filter((op) => op.op !== 'equal' && ((op.baseSpan[0] < sb[1] && op.baseSpan[1] > sb[0]) || (op.readingSpan[0] < sr[1] && op.readingSpan[1] > sr[0])));
    if (touching.length < 2) continue;
    if (touching.some((op) => op.baseSpan[0] < sb[0] || op.baseSpan[1] > sb[1] || op.readingSpan[0] < sr[0] || op.readingSpan[1] > sr[1])) continue;
    // the same head: a party-naming content lemma read on both sides
    const lemmas = new Set<string>();
    for (let i = sb[0]; i < sb[1]; i++) if (B.content[i]) lemmas.add(B.tokens[i].lemma);
    let head = -1;
    for (let i = sr[0]; i < sr[1]; i++) if (R.content[i] && lemmas.has(R.tokens[i].lemma) && partyIn(R, [i, i + 1], ctx.lex)) head = i;
    if (head < 0) continue;
    // (the same words in another order, "The Secretariat of the Organisation" → "The Organisation's
    // Secretariat", name the same party: left to the passes that read the construction)
    const lemmasR = new Set<string>();
    for (let i = sr[0]; i < sr[1]; i++) if (R.content[i]) lemmasR.add(R.tokens[i].lemma);
    if (lemmasR.size === lemmas.size && [...lemmas].every((l) => lemmasR.has(l))) continue;
    // (nor does a generic plural against the same name after a distributive determiner, whatever
    // its length: "Participating States" → "Each participating State" is "States" → "Each State",
    // grammar, actors.yaml `distributive`)
    if (distributedName(B, sb, R, sr, ctx.lex) || distributedName(R, sr, B, sb, ctx.lex)) continue;
    ctx.claimedB.fill(1, sb[0], sb[1]);
    ctx.claimedR.fill(1, sr[0], sr[1]);
    out.push({ type: 'actor', b: sb, r: sr, at: sb[0], explanation: `actor changed: ${q(text(B, sb))} → ${q(text(R, sr))} — the same kind of party ('${R.tokens[head].t}') named otherwise: who is bound is drawn differently` });
  }
  return out;
}

/**
 * Is `y` (of Y) the name `x` (of X) reads, a plural with no determiner, with a distributive
 * determiner (actors.yaml `distributive`) before it and its words otherwise of the same stems in
 * the same order ("Member States" → "Each Member State")?
 */
function distributedName(X: Side, x: Span, Y: Side, y: Span, lex: Lexicons): boolean {
  // (a coordinator or mark the subject opens with is no part of the name: "…, and each Member State")
  const open = (side: Side, s: Span): Span => {
    let a = s[0];
    while (a < s[1] && (side.tokens[a].punct || side.tokens[a].pos === 'CCONJ')) a++;
    return [a, s[1]];
  };
  x = open(X, x);
  y = open(Y, y);
  if (len(x) === 0 || len(y) < 2 || !lex.distributive.has(Y.tokens[y[0]].n) || X.tokens[x[0]].pos === 'DET') return false;
  const stems = (side: Side, a: number, b: number) => {
    const out: string[] = [];
    for (let i = a; i < b; i++) if (!side.tokens[i].punct) out.push(side.tokens[i].stem.toLowerCase());
    return out.join(' ');
  };
  return stems(X, x[0], x[1]) === stems(Y, y[0] + 1, y[1]);
}

/**
 * The party named inside an apposition to the subject made the subject itself ("The Task Force,
 * chaired by the Commission, shall review" → "The Commission shall review"), or the other way
 * round: the aligner reads the witness's subject as the name inside the apposition, so the bearer's
 * own name (and the apposition's words) would come out as an omission. The body that bears the rule
 * changes: one `actor` variant over the subject with its apposition against the other subject. The
 * apposition opens with a comma right after the subject and runs up to the modal; the other side's
 * subject has its content words read alike inside the apposition only, none of the subject's own
 * content words read alike ("The Task Force, chaired by …, shall" → "The Task Force shall" is the
 * apposition omitted, left to the omission).
 */
function appositionAsSubject(ctx: Ctx): Finding[] {
  const out: Finding[] = [];
  for (const fromBase of [true, false]) {
    const X = fromBase ? ctx.base : ctx.reading;
    const Y = fromBase ? ctx.reading : ctx.base;
    const alike = alikeMap(ctx, fromBase);
    const [clX, clY] = fromBase ? [ctx.claimedB, ctx.claimedR] : [ctx.claimedR, ctx.claimedB];
    for (let k = 0; k < X.subjects.length; k++) {
      const sx = X.subjects[k];
      const px = X.predicates[k];
      if (px === undefined || X.marker[px] < 0 || alike[px] < 0 || X.tokens[sx[1]]?.n !== ',' || px - sx[1] < 3) continue;
      const j = Y.predicates.indexOf(alike[px]);
      if (j < 0) continue;
      const sy = Y.subjects[j];
      if (sy[1] !== alike[px] || !unclaimed(clX, [sx[0], px]) || !unclaimed(clY, sy)) continue;
      // (the subject's own content words all read otherwise; the other subject's content words all
      // read alike inside the apposition, and at least one of them names a party)
      let own = 0;
      for (let i = sx[0]; i < sx[1]; i++) if (X.content[i] && alike[i] >= 0) own++;
      let inside = 0;
      let elsewhere = 0;
      for (let i = sx[1]; i < px; i++) if (X.content[i] && alike[i] >= sy[0] && alike[i] < sy[1]) inside++;
      const back = alikeMap(ctx, !fromBase);
      for (let i = sy[0]; i < sy[1]; i++) if (Y.content[i] && (back[i] < sx[1] || back[i] >= px)) elsewhere++;
      if (own > 0 || inside === 0 || elsewhere > 0 || contentCount(X, sx[0], sx[1]) === 0 || !partyIn(X, sx, ctx.lex) || !partyIn(Y, sy, ctx.lex)) continue;
      const xs: Span = [sx[0], px];
      clX.fill(1, xs[0], xs[1]);
      clY.fill(1, sy[0], sy[1]);
      const [b, r] = oriented(fromBase, xs, sy);
      const how = fromBase ? 'the party named in the apposition now bears the rule itself' : 'the party the witness names is now only named in an apposition to another bearer';
      out.push({ type: 'actor', b, r, at: b[0], explanation: `actor changed: ${q(text(ctx.base, b))} → ${q(text(ctx.reading, r))} — ${how}: ${differentParty(ruleKind(X.frames[X.marker[px]]))}` });
    }
  }
  return out;
}

/**
 * The party a directive verb makes act, made the subject of a rule ("We expect local authorities to
 * appoint" → "Councils must appoint"): the bearer of "expect X to" is X, not the one who expects, so
 * the parties compared are the addressee and the new subject — one `actor` variant when they differ
 * (the change of force is the modality's, "We" and "to" left to grammar). The act after the "to" is
 * read alike as the verb right after the witness's modal, whose subject stands right before it.
 */
function addresseeAsSubject(ctx: Ctx): Finding[] {
  const out: Finding[] = [];
  for (const fromBase of [true, false]) {
    const [X, Y] = oriented(fromBase, ctx.base, ctx.reading);
    const [clX, clY] = oriented(fromBase, ctx.claimedB, ctx.claimedR);
    const alike = alikeMap(ctx, fromBase);
    for (const a of addressees(X)) {
      const to = a[1];
      // (a directive with its own subject, "We expect X to": a resolution's opening verb, "Calls upon
      // States to", is left to the classifiers of its paragraph)
      const dv = X.marker[a[0] - 1] >= 0 ? X.frames[X.marker[a[0] - 1]].verb : null;
      const before = dv ? X.tokens[dv[0] - 1] : undefined;
      if (!dv || !before || before.punct || before.sentence !== X.tokens[dv[0]].sentence) continue;
      if (X.tokens[to]?.n !== 'to' || alike[to + 1] === undefined || alike[to + 1] < 0) continue;
      const v = alike[to + 1];
      // the other side: a modal frame right before the act, a subject right before the modal
      // (or the directive in the passive, its "be" after the subject, "Countries are encouraged to
      // cooperate": the party addressed is now the subject, the one who urges dropped)
      const mv = Y.marker[v - 1] >= 0 ? Y.marker[v - 1] : Y.tokens[v - 1]?.n === 'to' && Y.marker[v - 2] >= 0 ? Y.marker[v - 2] : -1;
      const m = mv >= 0 ? Y.frames[mv] : null;
      const passive = !!m && !m.aux && !!m.verb && m.verb[1] === v - 1 && passiveAux(Y, m.verb[0] - 1);
      const opens = m?.aux && m.aux[1] === v ? m.aux[0] : passive ? m!.verb![0] - 1 : -1;
      if (opens < 0) continue;
      const j = Y.predicates.indexOf(opens);
      if (j < 0) continue;
      const sy = Y.subjects[j];
      if (sy[1] !== opens || !unclaimed(clX, a) || !unclaimed(clY, sy)) continue;
      // (the addressee and the subject not read alike: none of their words aligned with each other)
      let same = false;
      for (let i = a[0]; i < a[1]; i++) if (alike[i] >= sy[0] && alike[i] < sy[1]) same = true;
      if (same || contentCount(X, a[0], a[1]) === 0 || contentCount(Y, sy[0], sy[1]) === 0) continue;
      clX.fill(1, a[0], a[1]);
      clY.fill(1, sy[0], sy[1]);
      const [b, r] = oriented(fromBase, a, sy);
      out.push({ type: 'actor', b, r, at: b[0], explanation: `actor changed: ${q(text(ctx.base, b))} → ${q(text(ctx.reading, r))} — ${fromBase ? 'the party the directive addressed is now the subject of the rule' : 'the subject of the rule is now the party the directive addresses'}: another party named as bound` });
    }
  }
  return out;
}

/**
 * The speaker's "We" with an apposition that names it ("We, the participants of this meeting,
 * recognize") against a subject the witness takes from that apposition ("The participants
 * recognize"), or the other way round: the same parties, but the statement no longer made in their
 * own voice (or now made in it) — one `actor` variant over the pronoun with its apposition and the
 * other subject, as the issuer's "we" against its name is (sameParty), not a pronoun dropped as
 * grammar beside commas and an omission. The pronoun is of actors.yaml `first-person`, opening its
 * clause, a comma after it; the apposition a noun phrase up to the next comma, within thresholds
 * `subject-max-words`; the verb after that comma is read alike on the other side, where every
 * content word before it in its clause is read alike inside the apposition and names a party.
 */
function speakerApposition(ctx: Ctx): Finding[] {
  const out: Finding[] = [];
  for (const fromBase of [true, false]) {
    const [X, Y] = oriented(fromBase, ctx.base, ctx.reading);
    const [clX, clY] = oriented(fromBase, ctx.claimedB, ctx.claimedR);
    const alike = alikeMap(ctx, fromBase);
    const back = alikeMap(ctx, !fromBase);
    const T = X.tokens;
    for (let i = 0; i + 3 < T.length; i++) {
      if (T[i].pos !== 'PRON' || !ctx.lex.firstPerson.has(T[i].n) || T[i + 1].n !== ',' || alike[i] >= 0) continue;
      if (i > 0 && T[i - 1].sentence === T[i].sentence && !isClausePunct(T[i - 1])) continue;
      let c = i + 2;
      while (c < T.length && c - i <= ctx.lex.thresholds.subjectMaxWords && T[c].sentence === T[i].sentence && !T[c].punct) c++;
      if (T[c]?.n !== ',' || !nounPhraseRegion(X, i + 2, c, ctx.lex.postmodifiers) || !partyBetween(X, i + 2, c, ctx.lex)) continue;
      const v = c + 1;
      if (!T[v] || alike[v] < 0 || !(T[v].pos === 'VERB' || T[v].pos === 'AUX' || X.marker[v] >= 0)) continue;
      const y = alike[v];
      let y0 = y;
      while (y0 > 0 && Y.tokens[y0 - 1].sentence === Y.tokens[y].sentence && !isClausePunct(Y.tokens[y0 - 1])) y0--;
      if (y0 === y) continue;
      let inside = 0;
      let elsewhere = false;
      for (let k = y0; k < y; k++) {
        if (!Y.content[k]) continue;
        if (back[k] > i + 1 && back[k] < c) inside++;
        else elsewhere = true;
      }
      const xs: Span = [i, v];
      const ys: Span = [y0, y];
      if (elsewhere || inside === 0 || !unclaimed(clX, xs) || !unclaimed(clY, ys)) continue;
      clX.fill(1, xs[0], xs[1]);
      clY.fill(1, ys[0], ys[1]);
      const [b, r] = oriented(fromBase, xs, ys);
      const how = fromBase ? 'the speakers named in the third person: the statement no longer made in their own voice' : 'the parties now speak in their own voice';
      out.push({ type: 'actor', b, r, at: b[0], explanation: `actor changed: ${q(text(ctx.base, b))} → ${q(text(ctx.reading, r))} — the same parties, ${how}` });
    }
  }
  return out;
}

export const voice: Classifier = {
  name: 'voice',
  claim: (ctx) => [...speakerForBody(ctx), ...speakerApposition(ctx), ...passives(ctx), ...clauseVoices(ctx, true), ...clauseVoices(ctx, false), ...pronounSwaps(ctx), ...possessiveSwaps(ctx), ...relativeAsCondition(ctx, true), ...relativeAsCondition(ctx, false), ...subjectRestated(ctx), ...appositionAsSubject(ctx), ...addresseeAsSubject(ctx)],
};

/**
 * The condition that opens a clause whose subject is a pronoun ("If members know that …, they shall
 * notify"): the span of its subject ("members") and the index of its head's first word, or null.
 * The clause before the pronoun's comma opens with a connective of `same-condition` (qualifiers.yaml).
 */
function conditionSubject(side: Side, pron: number, lex: Lexicons): { subj: Span; head: number } | null {
  const T = side.tokens;
  if (T[pron - 1]?.n !== ',') return null;
  // the clause start: the sentence's first word, or the word after ";" or ":"
  let c0 = pron - 1;
  while (c0 > 0 && T[c0 - 1].sentence === T[pron].sentence && T[c0 - 1].n !== ';' && T[c0 - 1].n !== ':') c0--;
  let words = '';
  for (let k = c0; k < c0 + 3 && k < pron; k++) {
    words += (words ? ' ' : '') + T[k].n;
    if (!lex.sameCondition.has(words)) continue;
    // its subject: the noun phrase up to its verb ("If [members] know", "Where [brokers] hold")
    let j = k + 1;
    while (j < pron && j - k <= lex.thresholds.subjectMaxWords && !T[j].punct && T[j].pos !== 'VERB' && T[j].pos !== 'AUX') j++;
    if (j < pron && (T[j].pos === 'VERB' || T[j].pos === 'AUX') && nounPhraseRegion(side, k + 1, j)) return { subj: [k + 1, j], head: c0 };
  }
  return null;
}

/**
 * A subject restricted by a relative clause, restated as a condition with a pronoun for the subject
 * ("Exporters who are aware that X shall notify" → "If members know that X, they shall notify"):
 * the condition is the relative clause reworded, not a new one; its subject ("members") stands for
 * the subject of the rule. When the two name different parties: one `actor` variant over them,
 * claimed before the condition is read as added; the rest of the rewording ("who are aware" →
 * "know", "If", "they") is classified as usual. `relInBase`: the relative clause is in the base.
 */
function relativeAsCondition(ctx: Ctx, relInBase: boolean): Finding[] {
  const X = relInBase ? ctx.base : ctx.reading;
  const Y = relInBase ? ctx.reading : ctx.base;
  const claimedX = relInBase ? ctx.claimedB : ctx.claimedR;
  const claimedY = relInBase ? ctx.claimedR : ctx.claimedB;
  const out: Finding[] = [];
  for (let k = 0; k < X.subjects.length; k++) {
    const sub = X.subjects[k];
    const m = X.predicates[k];
    if (m === sub[1]) continue;
    // the modal after the relative clause, read alike on the other side
    const ym = alikeMap(ctx, relInBase)[m];
    if (ym < 1) continue;
    // … with a personal pronoun for its subject
    const pron = ym - 1;
    const pt = Y.tokens[pron];
    if (pt.pos !== 'PRON' || !PERSONAL.has(pt.n)) continue;
    const cond = conditionSubject(Y, pron, ctx.lex);
    if (!cond || sameContent(X, sub, Y, cond.subj)) continue;
    // (a thing renamed, "Goods that are listed" → "If items are listed", is no party: the subjects
    // are then classified as usual, apart from the words around them)
    const party = partyIn(X, sub, ctx.lex) || partyIn(Y, cond.subj, ctx.lex);
    if (!unclaimed(claimedX, sub) || !unclaimed(claimedY, cond.subj)) continue;
    claimedX.fill(1, sub[0], sub[1]);
    claimedY.fill(1, cond.subj[0], cond.subj[1]);
    // the change that holds both subjects: what stands before them ("" → "If") and after them
    // ("who are aware" → "know") are classified as two changes, not paired across the subjects
    for (const op of ctx.ops) {
      const [sx, sy] = relInBase ? [op.baseSpan, op.readingSpan] : [op.readingSpan, op.baseSpan];
      if (op.op === 'equal' || sx[0] > sub[0] || sx[1] < sub[1] || sy[0] > cond.subj[0] || sy[1] < cond.subj[1]) continue;
      if (!unclaimed(claimedX, [sx[0], sub[0]]) || !unclaimed(claimedX, [sub[1], sx[1]]) || !unclaimed(claimedY, [sy[0], cond.subj[0]]) || !unclaimed(claimedY, [cond.subj[1], sy[1]])) break;
      const parts: [Span, Span][] = [
        [[sx[0], sub[0]], [sy[0], cond.subj[0]]],
        [[sub[1], sx[1]], [cond.subj[1], sy[1]]],
      ];
      for (const [px, py] of parts) {
        if (len(px) + len(py) === 0) continue;
        claimedX.fill(1, px[0], px[1]);
        claimedY.fill(1, py[0], py[1]);
        ctx.extra.push(relInBase ? { b: px, r: py } : { b: py, r: px });
      }
      break;
    }
    const [b, r] = relInBase ? [sub, cond.subj] : [cond.subj, sub];
    if (!party) {
      ctx.extra.push({ b, r });
      continue;
    }
    const kind = ruleKind(X.frames[X.marker[m]]);
    out.push({ type: 'actor', b, r, at: b[0], explanation: `actor changed: ${q(text(ctx.base, b))} → ${q(text(ctx.reading, r))} — ${differentParty(kind)} (${relInBase ? 'the relative clause restated as a condition' : 'the condition restated as a relative clause'})` });
  }
  return out;
}

const PERSONAL = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'it']);

/** The object forms of the plural pronouns, after "of" in a pronoun phrase ("each of us"). */
const OBJECT_PLURAL = new Set(['us', 'them']);

/**
 * Is the span a personal pronoun, alone or with words that name all of its parties (actors.yaml
 * `pronoun-quantifiers`: "We all", "Each of us", "all of them")? Such a subject names the same
 * parties as the bare pronoun, so it is compared with a party named in full as "We" is.
 */
function pronounPhrase(side: Side, s: Span, lex: Lexicons): boolean {
  if (len(s) === 1) return side.tokens[s[0]].pos === 'PRON' && PERSONAL.has(side.tokens[s[0]].n);
  if (len(s) > 4) return false;
  let pron = 0;
  let quantifier = 0;
  for (let i = s[0]; i < s[1]; i++) {
    const t = side.tokens[i];
    if (t.pos === 'PRON' && (PERSONAL.has(t.n) || OBJECT_PLURAL.has(t.n))) pron++;
    else if (lex.pronounQuantifiers.has(t.n)) quantifier += t.n === 'of' ? 0 : 1;
    else return false;
  }
  return pron === 1 && quantifier > 0;
}

/**
 * Is token i an auxiliary "be" (a passive) or "have" (a perfect) right before a frame marker of its
 * own ("are | committed to", "are | required to", "have | committed to")?
 */
function passiveAux(side: Side, i: number): boolean {
  const t = side.tokens[i];
  return t.pos === 'AUX' && (t.lemma === 'be' || t.lemma === 'have') && side.marker[i] < 0 && side.marker[i + 1] >= 0;
}

/**
 * The auxiliary "be" (or "have") of a directive or commitment at the end of a changed subject
 * ("Participating States" → "Member countries are", before "committed to"): the marker split off by
 * the modality split, the auxiliary left with the subject is a change of its own (grammar), not part
 * of the party's name.
 */
function splitPassiveAux(c: Candidate, ctx: Ctx): Candidate[] | null {
  if (c.deontic || len(c.b) === 0 || len(c.r) === 0) return null;
  // (on either side or both: "Developed States are" → "Rich countries are" leaves "are" → "are",
  // which reads alike)
  // (or the conditional "would" before a verb that is no modal marker, "Governments" → "We would"
  // before "hope to": modality.yaml `past-forms.conditional`, the hedge or the modality of its own)
  const conditional = (X: Side, i: number) => X.tokens[i].pos === 'AUX' && X.marker[i] < 0 && ctx.lex.pastForms.conditional.has(X.tokens[i].n) && (X.marker[i + 1] >= 0 || X.tokens[i + 1]?.pos === 'VERB');
  // (or the "do" of do-support, "We do not store" → "Lumora does not store": the subject's own
  // change, "do" → "does" agreeing with it)
  const support = (X: Side, i: number) => X.tokens[i].pos === 'AUX' && X.tokens[i].lemma === 'do' && X.marker[i] < 0 && (X.neg[i + 1] || X.tokens[i + 1]?.pos === 'VERB');
  const cut = (X: Side, xs: Span) => len(xs) >= 2 && (passiveAux(X, xs[1] - 1) || conditional(X, xs[1] - 1) || support(X, xs[1] - 1)) && X.tokens[xs[1] - 2].pos !== 'AUX' && inSubject(X, xs[0], xs[1] - 1) ? xs[1] - 1 : xs[1];
  const b1 = cut(ctx.base, c.b);
  const r1 = cut(ctx.reading, c.r);
  if (b1 === c.b[1] && r1 === c.r[1]) return null;
  return [{ b: [c.b[0], b1], r: [c.r[0], r1] }, { b: [b1, c.b[1]], r: [r1, c.r[1]] }];
}

/**
 * Does the pronoun at p (side P) stand for the party the noun phrase o (side O) names? Either the
 * issuer's own "we" against a name it calls itself by (actors.yaml `self-names`: "The Government"),
 * or a pronoun of `anaphors` whose antecedent, the head noun of o in the pronoun's number, P names
 * before it, in its sentence or the one before ("… a Centre, and it shall report"). Says how, or null.
 */
function sameReferent(P: Side, p: number, O: Side, o: Span, lex: Lexicons): { self: boolean; how: string } | null {
  let head = -1;
  for (let k = o[0]; k < o[1]; k++) if (O.tokens[k].pos === 'NOUN' || O.tokens[k].pos === 'PROPN') head = k;
  if (head < 0) return null;
  const h = O.tokens[head];
  const pron = P.tokens[p].n;
  if (pron === 'we' && (lex.selfNames.has(h.lemma.toLowerCase()) || lex.selfNames.has(h.n))) return { self: true, how: `the issuer's own 'we' names ${q(text(O, o))}` };
  const number = lex.anaphors.get(pron);
  if (!number) return null;
  // (a name opening a sentence may keep its plural as its lemma: "Operators")
  const pluralOf = (t: Token) => t.n.endsWith('s') && !t.n.endsWith('ss') && (t.n !== t.lemma || t.pos === 'PROPN');
  if ((number === 'plural') !== pluralOf(h)) return null;
  // the antecedent: the nearest noun of the pronoun's number before it ("… will advise the
  // Authority, and it shall" refers to the Authority, whoever the other side names)
  const first = Math.max(0, P.tokens[p].sentence - 1);
  for (let k = p - 1; k >= 0 && P.tokens[k].sentence >= first; k--) {
    const t = P.tokens[k];
    if ((t.pos !== 'NOUN' && t.pos !== 'PROPN') || pluralOf(t) !== (number === 'plural')) continue;
    return t.lemma === h.lemma || t.n === h.n ? { self: false, how: `${q(P.tokens[p].t)} refers back to ${q(t.t)}` } : null;
  }
  return null;
}

/**
 * A personal pronoun on one side of the candidate alone, for the party the other side names
 * (`sameReferent`): the same party, a `grammatical` change (judged whole), or null.
 */
function sameParty(c: Candidate, ctx: Ctx): Finding | null {
  const pron = (side: Side, s: Span) => len(s) === 1 && side.tokens[s[0]].pos === 'PRON' && PERSONAL.has(side.tokens[s[0]].n);
  const pb = pron(ctx.base, c.b);
  if (pb === pron(ctx.reading, c.r)) return null;
  const same = pb ? sameReferent(ctx.base, c.b[0], ctx.reading, c.r, ctx.lex) : sameReferent(ctx.reading, c.r[0], ctx.base, c.b, ctx.lex);
  if (!same) return null;
  // (the issuer's "we" against its name stays an actor change, the gloss corrected: in a speech "we"
  // may also be the nation, the audience, the speaker's party; the type flags the change of person,
  // the explanation no longer claims another party)
  if (same.self) return finding(c, 'actor', `actor changed: ${change(ctx, c)} — the same party in another person (${same.how}), if the speaker's 'we' is the issuer`);
  const f = finding(c, 'grammatical', `grammatical (the same party: ${same.how}): ${change(ctx, c)}`);
  f.whole = true;
  return f;
}

/**
 * The speaker's first-person subject (actors.yaml `first-person`: "We do not store") against a third
 * party on the other side ("Lumora does not store", "The company does not store"), with no modal:
 * each opens its sentence (a main clause, not "Lumora says that we …") and the "do" of a negation
 * follows both. The speaker states what it does not do, as "We will not store" undertakes it: who
 * undertakes it changed.
 */
function speakerPractice(ctx: Ctx, b: Span, r: Span): boolean {
  const first = (side: Side, s: Span) => len(s) === 1 && side.tokens[s[0]].pos === 'PRON' && ctx.lex.firstPerson.has(side.tokens[s[0]].n);
  const fb = first(ctx.base, b);
  if (fb === first(ctx.reading, r)) return false;
  const opens = (side: Side, i: number) => i === 0 || side.tokens[i - 1].sentence !== side.tokens[i].sentence;
  if (!opens(ctx.base, b[0]) || !opens(ctx.reading, r[0])) return false;
  const vb = ctx.base.tokens[b[1]];
  const vr = ctx.reading.tokens[r[1]];
  if (!vb || !vr || vb.lemma !== vr.lemma || ctx.base.marker[b[1]] >= 0 || ctx.reading.marker[r[1]] >= 0) return false;
  // (the "do" of a negation on both sides, "do not store": what the speaker undertakes not to do; a
  // plain verb, "We met" → "The Ministers met", "We adopt", reports an act, no rule)
  return vb.pos === 'AUX' && vr.pos === 'AUX' && vb.lemma === 'do' && ctx.base.neg[b[1] + 1] && ctx.reading.neg[r[1] + 1];
}

/**
 * The personal pronoun that bears a rule replaced by another party ("We will protect the cables" →
 * "They will …", "… → The government will …"): an actor change, claimed before the grammar
 * classifier reads it as one function word for another (or as a referring word spelt out).
 */
function pronounSwaps(ctx: Ctx): Finding[] {
  const out: Finding[] = [];
  const personal = (t: Token) => t.pos === 'PRON' && PERSONAL.has(t.n);
  const one = (side: Side, s: Span) => pronounPhrase(side, s, ctx.lex);
  for (const op of ctx.ops) {
    if (op.op !== 'replace') continue;
    // (the spans below keep the op's first word and at least one word: one side must open with a
    // personal pronoun)
    if (!personal(ctx.base.tokens[op.baseSpan[0]]) && !personal(ctx.reading.tokens[op.readingSpan[0]])) continue;
    // (an adverb before the verb stays out: "We condemn" → "The President strongly condemned")
    const trimAdv = (side: Side, s: Span): Span => {
      let e = s[1];
      while (e - s[0] > 1 && side.tokens[e - 1].pos === 'ADV') e--;
      return [s[0], e];
    };
    // (nor does the verb both read, in another form: "We condemn" → "The President condemned")
    let [b1, r1] = [op.baseSpan[1], op.readingSpan[1]];
    while (b1 - op.baseSpan[0] > 1 && r1 - op.readingSpan[0] > 1 && ctx.base.tokens[b1 - 1].lemma === ctx.reading.tokens[r1 - 1].lemma) {
      b1--;
      r1--;
    }
    // (nor the modal after the subject, changed too: "States should" → "We will" is the subject
    // and, apart, the modality, when the verb after it reads alike)
    // and the verb after it read alike on both sides: not a sentence put in another's place)
    const nextAlike = ctx.base.tokens[op.baseSpan[1]]?.lemma === ctx.reading.tokens[op.readingSpan[1]]?.lemma;
    // (the modal words that end the change, right before that verb)
    // (and the auxiliary "be" or "have" before a directive or commitment: "We are | committed to",
    // "They are | encouraged to", "We have | committed to", left to the rest of the change)
    // (a conditional, "would", stands where the modal does: "We shall" → "They would", modality.ts pastForm)
    // (an additive adverb may stand between it and the verb: "They would also establish")
    const conditional = (side: Side, i: number) => ctx.lex.pastForms.conditional.has(side.tokens[i]?.n ?? '') && /^(VERB|AUX)$/.test(side.tokens[pastAdditive(side, i + 1, ctx.lex)]?.pos ?? '');
    const beforeModal = (side: Side, s: Span): Span => {
      if (!nextAlike) return s;
      let e = s[1];
      while (e - s[0] > 2 && side.tokens[e - 1].pos === 'ADV' && ctx.lex.additiveAdverbs.has(side.tokens[e - 1].n)) e--;
      if (e - s[0] > 1 && conditional(side, e - 1)) return [s[0], e - 1];
      let i = s[1];
      // (past an adverb between the modal and the verb, dropped or changed with it: "The
      // Participants should promptly" → "We will"; trimAdv then leaves it out of the subject)
      while (i > s[0] + 2 && side.tokens[i - 1].pos === 'ADV' && !side.neg[i - 1] && side.marker[i - 1] < 0) i--;
      if (side.marker[i - 1] < 0 && !(side.tokens[i - 1].n === 'to' && side.marker[i - 2] >= 0)) i = s[1];
      // (the "to" of a directive verb's complement, "required | to", goes with it; so does the
      // "from" of a verb that bars, "are barred | from using": modality.yaml `bars`)
      if (i > s[0] + 2 && (side.tokens[i - 1].n === 'to' || (side.tokens[i - 1].n === 'from' && ctx.lex.bars.has(side.tokens[i - 2].lemma))) && side.marker[i - 2] >= 0) i--;
      while (i > s[0] + 1 && side.marker[i - 1] >= 0) i--;
      if (i < s[1]) while (i > s[0] + 1 && passiveAux(side, i - 1)) i--;
      // (the passive's "be" with an adverb between it and the marker, "are also | barred from":
      // both go with the frame, not with the party)
      if (i < s[1] && side.marker[i] >= 0) {
        let k = i;
        while (k > s[0] + 1 && side.tokens[k - 1].pos === 'ADV' && !side.neg[k - 1] && side.marker[k - 1] < 0) k--;
        const t = side.tokens[k - 1];
        if (k < i && k > s[0] + 1 && t.pos === 'AUX' && t.lemma === 'be' && side.marker[k - 1] < 0) i = k - 1;
      }
      return i < s[1] ? [s[0], i] : s;
    };
    let b = trimAdv(ctx.base, beforeModal(ctx.base, [op.baseSpan[0], b1]));
    let r = trimAdv(ctx.reading, beforeModal(ctx.reading, [op.readingSpan[0], r1]));
    // (the change runs on past the verb into its object, "We endorse the establishment" → "The
    // leaders endorsed the creation": the subjects, when both open the change and the verbs after
    // them read alike, are compared on their own, as when the object is unchanged)
    const subjectOf = (side: Side, s: Span): Span | null => {
      const sub = side.subjects[spanIndexAt(side.subjects, s[0])];
      if (!sub || sub[0] !== s[0] || sub[1] >= s[1]) return null;
      return sub;
    };
    const sb = subjectOf(ctx.base, b);
    const sr = subjectOf(ctx.reading, r);
    // (the pronoun's subject region: its subject within the change, or the whole change when that is
    // the subject region, a pronoun alone)
    const pronounSubject = (side: Side, s: Span, sub: Span | null): Span | null => {
      if (sub) return one(side, sub) && sub[0] === s[0] ? sub : null;
      const k = side.subjects[spanIndexAt(side.subjects, s[0])];
      return k && k[0] === s[0] && k[1] === s[1] && one(side, s) ? s : null;
    };
    // (an adverb between the subject and the verb, "The ministers also encouraged", is passed over:
    // the subjects are compared on their own, the adverb a change of its own)
    const verbAfter = (side: Side, sub: Span, s: Span): number => {
      let v = sub[1];
      while (v < s[1] - 1 && side.tokens[v].pos === 'ADV' && side.marker[v] < 0 && !side.neg[v]) v++;
      return v;
    };
    const vb = sb ? verbAfter(ctx.base, sb, b) : -1;
    const vr = sr ? verbAfter(ctx.reading, sr, r) : -1;
    if (sb && sr && (one(ctx.base, sb) || one(ctx.reading, sr)) && ctx.base.tokens[vb].lemma === ctx.reading.tokens[vr].lemma && ctx.base.tokens[vb].pos === 'VERB') {
      b = sb;
      r = sr;
    }
    // (the pronoun alone is its subject and the other side's change opens with its subject: the
    // subjects are compared on their own whatever verb follows, "We commit to supporting" →
    // "Ministers discussed how to support", the verbs a change of their own)
    // (not a speaker who directs others, "We encourage all States to" → "Countries are encouraged
    // to": the addressees are compared, addresseeAsSubject)
    else if (!sb !== !sr && !directs(ctx.base, b) && !directs(ctx.reading, r)) {
      // (the base's speaker, "We": a third-person pronoun may be an anaphor of the other side's party)
      if (sr && pronounSubject(ctx.base, b, null) && ctx.lex.firstPerson.has(ctx.base.tokens[b[0]].n)) r = sr;
    }
    // (a subject the clause structure finds only before a modal, a noun phrase with a phrase after
    // its head before a plain verb, "Digital ministers from the group reaffirmed", against the
    // pronoun subject of the other side, the base's speaker: the words that open the clause up to its
    // first verb; not a speaker who directs others, whose addressees are compared, addresseeAsSubject)
    // (only the reading's subject is read so: the base's is the pronoun; -1 where none)
    let looseR = -1;
    const psb = pronounSubject(ctx.base, b, sb);
    if (psb && !sr && ctx.lex.firstPerson.has(ctx.base.tokens[psb[0]].n) && !directs(ctx.base, b) && !directs(ctx.reading, r)) {
      const l = looseSubject(ctx.reading, r, ctx.lex);
      if (l) [b, r, looseR] = [psb, l.span, l.verb];
    }
    // (a name, all capitals and proper nouns, stands for a party against the pronoun even opening
    // its sentence, where partyIn does not trust a capital: "We" → "Norway")
    const name = (side: Side, s: Span) => len(s) <= 3 && withinSubject(side, s) && side.tokens.slice(s[0], s[1]).every((t) => t.pos === 'PROPN' && /^\p{Lu}/u.test(t.t));
    const party = (side: Side, s: Span) => one(side, s) || name(side, s) || (partyIn(side, s, ctx.lex) && withinSubject(side, s) && contentCount(side, s[0], s[1]) > 0);
    const pb = one(ctx.base, b);
    const pr = one(ctx.reading, r);
    if (!pb && !pr) continue;
    if (!party(ctx.base, b) || (looseR < 0 && !party(ctx.reading, r))) continue;
    if (pb && pr && ctx.base.tokens[b[0]].n === ctx.reading.tokens[r[0]].n) continue;
    // (a loose subject binds as the marker at its verb does, takes a stance as its verb does)
    const binds = (side: Side, s: Span, loose: number) => (loose >= 0 ? side.marker[loose] >= 0 : bindsRule(side, s, ctx.lex));
    const stands = (side: Side, s: Span, loose: number) => (loose >= 0 ? stanceAt(side, loose, ctx.lex) !== null : takesStance(side, s, ctx.lex));
    // who bears a rule, or who takes a position ("We condemn" → "The President condemned")
    const rule =
      (binds(ctx.base, b, -1) || conditional(ctx.base, b[1])) &&
      (binds(ctx.reading, r, looseR) || conditional(ctx.reading, r[1])) &&
      (binds(ctx.base, b, -1) || binds(ctx.reading, r, looseR));
    const stance = !rule && stands(ctx.base, b, -1) && stands(ctx.reading, r, looseR);
    // (or who urges others, the subject of a directive verb with no auxiliary on both sides, "We
    // encourage all States" → "Norway encourages all States": the author of the call, which a speaker
    // restating the body's call makes an actor change too, speakerForBody)
    const urges = !rule && !stance && directs(ctx.base, b) && directs(ctx.reading, r);
    // (or the speaker stating its own practice, with no modal, restated of a third party: "We do
    // not store" → "Lumora does not store", as "We will not store" → "Lumora will not store" is)
    const practice = !rule && !stance && !urges && speakerPractice(ctx, b, r);
    // (or the bearer of a rule or a position on one side restated as the subject of another verb on
    // the other, "We commit to supporting" → "Ministers discussed how to support": who acts is
    // another party whether or not the commitment survives, the verbs a change of their own)
    const verbs = (side: Side, s: Span, loose: number) => {
      if (loose >= 0) return true;
      const j = predicateAfterSubject(side, s);
      return j >= 0 && (side.marker[j] >= 0 || side.tokens[j].pos === 'VERB') && !subordinatorBefore(side, s[0], ctx.lex);
    };
    const holds = (side: Side, s: Span, loose: number) => binds(side, s, loose) || stands(side, s, loose);
    // (only the speaker's "We": a third-person pronoun, "They consider", may be an anaphor of the
    // same parties)
    // (and the base's: "Contoso shall publish" → "We publish" may be the one party speaking of itself)
    const speaker = pb && ctx.lex.firstPerson.has(ctx.base.tokens[b[0]].n);
    const restated = speaker && !directs(ctx.base, b) && !directs(ctx.reading, r) && !rule && !stance && !urges && !practice && ((holds(ctx.base, b, -1) && verbs(ctx.reading, r, looseR)) || (holds(ctx.reading, r, looseR) && verbs(ctx.base, b, -1)));
    if (!rule && !stance && !urges && !practice && !restated) continue;
    if (!unclaimed(ctx.claimedB, b) || !unclaimed(ctx.claimedR, r)) continue;
    ctx.claimedB.fill(1, b[0], b[1]);
    ctx.claimedR.fill(1, r[0], r[1]);
    const same = pb !== pr ? sameReferent(pb ? ctx.base : ctx.reading, pb ? b[0] : r[0], pb ? ctx.reading : ctx.base, pb ? r : b, ctx.lex) : null;
    if (same && !same.self) {
      out.push({ type: 'grammatical', b, r, at: b[0], explanation: `grammatical (the same party: ${same.how}): ${q(text(ctx.base, b))} → ${q(text(ctx.reading, r))}` });
      continue;
    }
    if (same) {
      out.push({ type: 'actor', b, r, at: b[0], explanation: `actor changed: ${q(text(ctx.base, b))} → ${q(text(ctx.reading, r))} — the same party in another person (${same.how}), if the speaker's 'we' is the issuer` });
      continue;
    }
    const bearer = rule ? differentParty(kindAfter(ctx.base, b, ctx.lex)) : urges ? 'a different party makes the call' : practice ? 'the speaker\'s own practice now stated of another party' : restated ? 'the bearer restated as another party, the subject of another predicate' : 'a different party takes the position';
    out.push({ type: 'actor', b, r, at: b[0], explanation: `actor changed: ${q(text(ctx.base, b))} → ${q(text(ctx.reading, r))} — ${bearer}` });
  }
  return out;
}

/**
 * A subject the clause structure leaves unfound (subjectRegions takes a phrase after the head only
 * before a modal): the words of the span s from the start of its clause up to its first verb (or
 * to the verb right after s, adverbs between aside), when they form a noun phrase of at most
 * `subject-max-words` naming a party. The span and the verb's index, or null.
 */
function looseSubject(side: Side, s: Span, lex: Lexicons): { span: Span; verb: number } | null {
  const T = side.tokens;
  if (!opensClause(side, s[0])) return null;
  let e = s[0];
  while (e < T.length && T[e].sentence === T[s[0]].sentence && T[e].pos !== 'VERB' && T[e].pos !== 'AUX' && side.marker[e] < 0 && !T[e].punct) e++;
  if (e > s[1] || !T[e] || T[e].punct || (T[e].pos !== 'VERB' && T[e].pos !== 'AUX' && side.marker[e] < 0)) return null;
  let end = e;
  while (end > s[0] + 1 && T[end - 1].pos === 'ADV') end--;
  if (end > s[1] || end - s[0] > lex.thresholds.subjectMaxWords) return null;
  const span: Span = [s[0], end];
  if (!nounPhrase(side, span) || contentCount(side, span[0], span[1]) === 0 || !partyBetween(side, span[0], span[1], lex)) return null;
  if (T[span[1] - 1].pos !== 'NOUN' && T[span[1] - 1].pos !== 'PROPN') return null;
  return { span, verb: e };
}

/**
 * A verb with no subject in the base, opening its sentence or a coordinated limb ("Reaffirming that
 * …", "…, and reaffirming that …", "Urges States to …": the body that adopts the text is the one who
 * reaffirms or urges, left implicit), read in the witness after a subject of the first person ("My
 * delegation reaffirms that …", "We urge States to …", actors.yaml `first-person` and
 * `possessives.first`): the speaker now says as its own what the body said. That is a change of who
 * takes the position, an actor change over the subject and the verb (with a coordinator the witness
 * drops before it), not an addition beside an inflection. A subject of the third person ("The
 * Council reaffirms") names the body itself and stays an addition.
 */
function speakerForBody(ctx: Ctx): Finding[] {
  const out: Finding[] = [];
  const B = ctx.base.tokens;
  const R = ctx.reading.tokens;
  const alikeB = alikeMap(ctx, true);
  const alikeR = alikeMap(ctx, false);
  for (let i = 0; i < B.length; i++) {
    const t = B[i];
    if (t.pos !== 'VERB' || ctx.claimedB[i]) continue;
    // (no subject: the verb opens the sentence, or a limb after a mark and a coordinator)
    let p = i - 1;
    while (p >= 0 && B[p].sentence === t.sentence && B[p].pos === 'CCONJ') p--;
    if (p >= 0 && B[p].sentence === t.sentence && !B[p].punct) continue;
    // (a parenthesis between a modal and its verb, "Signatories should, where appropriate, empower":
    // the verb has the modal's subject)
    if (p > 0 && B[p].n === ',' && B[p].sentence === t.sentence) {
      let o = p - 1;
      while (o > 0 && B[o].sentence === t.sentence && !B[o].punct) o--;
      if (B[o].n === ',' && o > 0 && ctx.base.marker[o - 1] >= 0) continue;
    }
    // the same verb in the reading: read alike, or in the change over the base's verb
    let j = alikeB[i];
    if (j < 0) {
      const op = ctx.ops[opAt(ctx.ops, i)];
      if (!op || op.op !== 'replace') continue;
      // (the tagger may read a finite form after a subject as a noun: "My delegation notes")
      for (let k = op.readingSpan[0]; k < op.readingSpan[1] && j < 0; k++) if (R[k].lemma === t.lemma && (R[k].pos === 'VERB' || R[k].pos === 'NOUN')) j = k;
    }
    if (j < 0) continue;
    // the subject before it, which the base does not read: words of a noun phrase back to a mark or
    // the start of the sentence, the first of them of the first person
    let s = j;
    while (s > 0 && R[s - 1].sentence === R[j].sentence && !R[s - 1].punct && alikeR[s - 1] < 0 && NP_WORDS.has(R[s - 1].pos)) s--;
    if (s === j || (s > 0 && R[s - 1].sentence === R[j].sentence && !R[s - 1].punct)) continue;
    const first = R[s];
    if (!(first.pos === 'PRON' && ctx.lex.firstPerson.has(first.n)) && ctx.lex.possessives.get(first.n) !== 'first') continue;
    let b0 = i;
    while (b0 > 0 && B[b0 - 1].sentence === t.sentence && B[b0 - 1].pos === 'CCONJ' && alikeB[b0 - 1] < 0) b0--;
    const b: Span = [b0, i + 1];
    const r: Span = [s, j + 1];
    if (!unclaimed(ctx.claimedB, b) || !unclaimed(ctx.claimedR, r)) continue;
    ctx.claimedB.fill(1, b[0], b[1]);
    ctx.claimedR.fill(1, r[0], r[1]);
    out.push({ type: 'actor', b, r, at: b[0], explanation: `actor changed: ${q(text(ctx.base, b))} → ${q(text(ctx.reading, r))} — the witness's speaker takes the place of the subject the base leaves unsaid (the body that adopts the text)` });
  }
  return out;
}

/**
 * A possessive determiner replaced by one of another person ("in accordance with their legal
 * frameworks" → "… our legal frameworks", actors.yaml `possessives`): whose frameworks, laws or
 * interests are meant is another party, an actor change, claimed before the grammar classifier reads
 * it as one function word for another. One of the same person ("their" → "its", the number agreed
 * with "States" → "each State") keeps its referent and stays grammar. So too a personal pronoun
 * for one of another person ("where they are established" → "where we are established",
 * actors.yaml `personal-pronouns`), which the same change of bearer makes as it makes "their" → "our".
 */
function possessiveSwaps(ctx: Ctx): Finding[] {
  const out: Finding[] = [];
  for (const op of ctx.ops) {
    if (op.op !== 'replace' || len(op.baseSpan) !== 1 || len(op.readingSpan) !== 1) continue;
    const b = ctx.base.tokens[op.baseSpan[0]];
    const r = ctx.reading.tokens[op.readingSpan[0]];
    // (a possessive determiner: the word after it is no verb, "her" as an object aside)
    const det = (side: Side, i: number) => /^(NOUN|PROPN|ADJ|NUM)$/.test(side.tokens[i + 1]?.pos ?? '');
    const possessive = !!ctx.lex.possessives.get(b.n) && !!ctx.lex.possessives.get(r.n) && det(ctx.base, op.baseSpan[0]) && det(ctx.reading, op.readingSpan[0]);
    // (or a personal pronoun for one of another person, "where they are established" → "where we
    // are established": actors.yaml `personal-pronouns`)
    const personal = !possessive && b.pos === 'PRON' && r.pos === 'PRON' && ctx.lex.personalPronouns.has(b.n) && ctx.lex.personalPronouns.has(r.n);
    const pb = possessive ? ctx.lex.possessives.get(b.n) : personal ? ctx.lex.personalPronouns.get(b.n) : undefined;
    const pr = possessive ? ctx.lex.possessives.get(r.n) : personal ? ctx.lex.personalPronouns.get(r.n) : undefined;
    if (!pb || !pr || pb === pr) continue;
    // (in reported speech the person shifts with the speaker, "We will … our agencies" → "They said
    // they would … their agencies": the same referent, grammar, reported.ts)
    // — only in a clause the reporting verb introduces: "report on their commitments", "note their
    // concerns" take a noun phrase, no speech is reported there, the person is the speaker's own
    const { reporting } = ctx.lex.pastForms;
    const reportedIn = (side: Side, at: number) => {
      const k = reportingVerbBefore(side, at, reporting);
      if (k < 0) return false;
      for (let j = k + 1; j < at; j++) if (side.tokens[j].pos === 'VERB' || side.tokens[j].pos === 'AUX' || side.tokens[j].pos === 'SCONJ' || side.tokens[j].n === 'that') return true;
      return false;
    };
    if (reportedIn(ctx.base, op.baseSpan[0]) || reportedIn(ctx.reading, op.readingSpan[0])) continue;
    if (!unclaimed(ctx.claimedB, op.baseSpan) || !unclaimed(ctx.claimedR, op.readingSpan)) continue;
    ctx.claimedB.fill(1, op.baseSpan[0], op.baseSpan[1]);
    ctx.claimedR.fill(1, op.readingSpan[0], op.readingSpan[1]);
    out.push({ type: 'actor', b: op.baseSpan, r: op.readingSpan, at: op.baseSpan[0], explanation: `actor changed: ${q(b.t)} → ${q(r.t)} — the ${possessive ? 'possessive' : 'pronoun'} names another party (${pb} person → ${pr} person)` });
  }
  return out;
}

/**
 * An obligation restated as an imperative ("States should consider all information" → "Consider all
 * information", "… should not damage" → "Do not damage"): the subject and its modal auxiliary gone,
 * the reading's sentence (or clause) opening with the verb. The bearer is no longer named: an actor
 * change, as for a passive without its agent.
 */
function imperative(c: Candidate, ctx: Ctx): Finding | null {
  const B = ctx.base;
  const R = ctx.reading;
  if (len(c.b) < 2) return null;
  const m = B.marker[c.b[1] - 1];
  const f = m >= 0 ? B.frames[m] : null;
  if (!f || !f.aux || f.aux[1] !== c.b[1] || f.aux[0] <= c.b[0]) return null;
  if (!inSubject(B, c.b[0], f.aux[0]) || contentCount(B, c.b[0], f.aux[0]) === 0) return null;
  // the reading puts nothing in their place but the auxiliary "do" of a negated imperative, or the
  // comma after a phrase put first ("When attributing incidents, consider …")
  for (let j = c.r[0]; j < c.r[1]; j++) if (R.tokens[j].lemma !== 'do' && !isClausePunct(R.tokens[j])) return null;
  let p = c.r[0];
  while (p < c.r[1] && isClausePunct(R.tokens[p])) p++;
  const prev = R.tokens[p - 1];
  if (prev && prev.sentence === R.tokens[p]?.sentence && !isClausePunct(prev)) return null;
  let k = c.r[1];
  while (k < R.tokens.length && (R.neg[k] || R.tokens[k].pos === 'ADV')) k++;
  const v = R.tokens[k];
  if (!v || v.pos !== 'VERB') return null;
  // an imperative opening its sentence has its capital; a list item in lower case ("approach data
  // security …", "oppose …") goes on from a lead-in that names the bearer ("all States should:")
  const first = R.tokens[p] ?? v;
  if ((!prev || prev.sentence !== first.sentence) && !/^\p{Lu}/u.test(first.t)) return null;
  return finding(c, 'actor', `actor dropped: ${change(ctx, c)} — the imperative no longer names who bears the obligation`);
}

/**
 * Does the span lie in the party a directive verb makes act, between the verb and the "to" of the act
 * ("will require [providers and data centres] to meet", "expects operators and suppliers to")? The
 * verb's addressee bears the duty it imposes, whether or not an auxiliary stands before the verb:
 * walking back from the span over a noun phrase to the end of a directive verb, forward to "to" and
 * a verb (or the colon that ends a lead-in, "invites [the Commission] to:").
 */
function directedParty(side: Side, s: Span): boolean {
  const T = side.tokens;
  const np = (t: Token) => NP_WORDS.has(t.pos) || t.pos === 'CCONJ' || t.n === ',';
  let k = s[0];
  while (k > 0 && s[0] - k <= 8 && side.marker[k - 1] < 0 && np(T[k - 1])) k--;
  const f = k > 0 && side.marker[k - 1] >= 0 ? side.frames[side.marker[k - 1]] : null;
  if (!f?.verb || f.verb[1] !== k || f.verbNegative || k === s[0]) return false;
  let j = s[1];
  while (j < T.length && j - s[1] <= 8 && np(T[j]) && T[j].n !== 'to') j++;
  if (T[j]?.n !== 'to') return false;
  // (or a lead-in that ends with the "to" before its colon, "invites the Commission to:": the list
  // items after it are the verbs of the act)
  const colon = T[j + 1]?.n === ':' && (j + 2 >= T.length || T[j + 2].sentence !== T[j + 1].sentence);
  return T[j + 1]?.pos === 'VERB' || colon;
}

/**
 * Does the span lie in the complement of a head noun that names no party ("Assessments of [vendors
 * and network technologies]", "The security of [networks and services]")? Walking back from the
 * span over a noun phrase to a preposition of actors.yaml `postmodifiers` right after a noun: the
 * noun is the head of the subject, and when it is no actor noun (nor a name, nor an actor plural)
 * the words coordinated after it are what the rule is about, not who bears it.
 */
function thingComplement(side: Side, s: Span, lex: Lexicons): boolean {
  const T = side.tokens;
  let k = s[0];
  while (k > 0 && s[0] - k <= 8 && (NP_WORDS.has(T[k - 1].pos) || T[k - 1].pos === 'CCONJ') && !lex.postmodifiers.has(T[k - 1].n)) k--;
  if (k < 2 || !lex.postmodifiers.has(T[k - 1].n)) return false;
  const head = T[k - 2];
  if (head.sentence !== T[s[0]].sentence) return false;
  // (a common noun read as a name for its capital at the start of the sentence, "Assessments of")
  const opens = k - 2 === 0 || T[k - 3].sentence !== head.sentence;
  if (head.pos !== 'NOUN' && !(head.pos === 'PROPN' && opens && knownWord(head.n) !== false)) return false;
  return !actorNoun(head, lex);
}

/**
 * A party coordinated into (or out of) the subject of a rule ("Public bodies" → "Public bodies and
 * their contractors"): the words added (dropped) open with a coordinator, lie in the subject and name
 * a party. The bearers of the obligation are extended (narrowed): an actor change.
 */
function coordinatedParty(c: Candidate, ctx: Ctx): Finding | null {
  const added = len(c.b) === 0 && len(c.r) > 1;
  const dropped = len(c.r) === 0 && len(c.b) > 1;
  if (!added && !dropped) return null;
  const [side, s0] = added ? [ctx.reading, c.r] : [ctx.base, c.b];
  // (the commas of a party coordinated between commas, ", and their suppliers,", are its marks)
  const s: Span = [s0[0], s0[1]];
  while (s[1] - s[0] > 1 && side.tokens[s[0]].n === ',') s[0]++;
  while (s[1] - s[0] > 1 && side.tokens[s[1] - 1].n === ',') s[1]--;
  const first = side.tokens[s[0]];
  if (first.pos !== 'CCONJ') return null;
  const directed = directedParty(side, s);
  if (!directed && (!withinSubject(side, s) || !inSubject(side, s[0], s[1]) || !bindsRule(side, s, ctx.lex))) return null;
  // (a party made to act names one by its place: "require providers and data centres to meet")
  if (!directed && !partyIn(side, [s[0] + 1, s[1]], ctx.lex)) return null;
  // (a limb of the complement of a head that names no party, "Assessments of vendors and network
  // technologies should": what is assessed, not who assesses; the bearer is unchanged)
  if (!directed && thingComplement(side, s, ctx.lex)) return null;
  const kind = kindAfter(side, s, ctx.lex);
  const rule = kind === 'permission' ? 'the permission' : kind === 'prohibition' ? 'the prohibition' : 'the obligation';
  return finding(c, 'actor', added ? `actor added: ${q(text(side, s0))} — ${rule} now also ${kind === 'permission' ? 'extends to' : 'binds'} them` : `actor dropped: ${q(text(side, s0))} — ${rule} no longer ${kind === 'permission' ? 'extends to' : 'binds'} them`);
}

/** What a frame lays down, for explanations: a prohibition, a permission ("may") or an obligation. */
export function ruleKind(f: Frame): 'obligation' | 'permission' | 'prohibition' {
  if (f.permits) return 'permission';
  if (f.negs.length > 0) return 'prohibition';
  if (f.auxStrength !== null && f.auxStrength <= 1 && !f.verb) return 'permission';
  return 'obligation';
}

/** Who a rule of that kind concerns: who bears an obligation, who may act, who may not. */
function whoUnder(kind: 'obligation' | 'permission' | 'prohibition'): string {
  return kind === 'permission' ? 'who may act' : kind === 'prohibition' ? 'who is forbidden to act' : 'who bears the obligation';
}

/** "a different party bears the obligation" / "may act" / "is forbidden to act". */
function differentParty(kind: 'obligation' | 'permission' | 'prohibition'): string {
  return `a different party ${kind === 'permission' ? 'may act' : kind === 'prohibition' ? 'is forbidden to act' : 'bears the obligation'}`;
}

/** The kind of rule whose modal follows the subject region the span lies in; an obligation when none is found. */
function kindAfter(side: Side, s: Span, lex: Lexicons): 'obligation' | 'permission' | 'prohibition' {
  let j = predicateAfterSubject(side, s);
  if (j >= 0 && side.marker[j] < 0) j = coordinatedModal(side, j, lex);
  return j >= 0 && side.marker[j] >= 0 ? ruleKind(side.frames[side.marker[j]]) : 'obligation';
}

/**
 * The passive frame whose participle (or its particle: "carried out") the token at `by` follows ("shall be reviewed | by …"), the
 * frame's own auxiliary then "be" (adverbs and a parenthesis after the auxiliary passed over), or null.
 */
function passiveBefore(side: Side, by: number): Frame | null {
  const f = frameAt(side, by);
  if (!f || !f.aux || f.verb) return null;
  const be = afterAux(side, f);
  const pt = side.tokens[be + 1];
  // (a particle of a phrasal verb between the participle and "by": "shall be carried out by")
  const particle = be + 3 === by && (side.tokens[by - 1].pos === 'ADV' || side.tokens[by - 1].pos === 'ADP') && side.fn[by - 1] && pt?.pos === 'VERB';
  if ((be + 2 !== by && !particle) || side.tokens[be]?.lemma !== 'be' || !pt || (pt.pos !== 'VERB' && pt.pos !== 'ADJ')) return null;
  return f;
}

/**
 * The agent of a passive rule dropped or added, the passive kept ("shall be reviewed by the
 * Commission" → "shall be reviewed"): the words are "by" and a noun phrase naming a party, right after
 * the participle. The passive no longer names (now names) who bears the rule: an actor change, as for
 * the active turned into the passive without its agent. "by" and a date or a figure is a time limit or
 * an extent ("submitted by 31 January", "extended by 15 days"), no agent.
 */
function agentPhrase(c: Candidate, ctx: Ctx): Finding | null {
  const added = len(c.b) === 0 && len(c.r) > 1;
  const dropped = len(c.r) === 0 && len(c.b) > 1;
  if (!added && !dropped) return null;
  const [side, s] = added ? [ctx.reading, c.r] : [ctx.base, c.b];
  if (side.tokens[s[0]].n !== 'by' || nounPhraseEnd(side, s[0] + 1) !== s[1]) return null;
  const f = passiveBefore(side, s[0]);
  if (!f) return null;
  if (measure(side, [s[0] + 1, s[1]], ctx.lex) || !partyIn(side, [s[0] + 1, s[1]], ctx.lex)) return null;
  const who = whoUnder(ruleKind(f));
  return finding(c, 'actor', added ? `actor added: ${q(text(side, s))} — the passive now names ${who}` : `actor dropped: ${q(text(side, s))} — the passive no longer names ${who}`);
}

/**
 * The rule in force over the participle that the token at `by` follows, where that participle
 * modifies the noun right before it ("shall pass a security assessment | organised by …", "an audit
 * carried out by …"), a particle between it and "by" ("carried out"): the noun phrase after "by" names
 * who does the act the noun names, in a sentence that lays down a rule. Null when no frame is in force
 * there, or no such participle stands before "by". A participle: a verb not in -ing nor -s, in -ed or -en
 * or another form than its lemma ("held", "set up" aside).
 */
function participleAgentBefore(side: Side, by: number): Frame | null {
  const T = side.tokens;
  let p = by - 1;
  if (p > 0 && (T[p].pos === 'ADV' || T[p].pos === 'ADP') && side.fn[p] && T[p - 1].pos === 'VERB') p--;
  const v = T[p];
  const n = T[p - 1];
  if (!v || !n || v.pos !== 'VERB' || side.marker[p] >= 0 || (n.pos !== 'NOUN' && n.pos !== 'PROPN')) return null;
  if (/(ing|s)$/.test(v.n) || !(/(ed|en)$/.test(v.n) || v.n !== v.lemma)) return null;
  const f = frameAt(side, by);
  return f && f.sentence === T[by].sentence ? f : null;
}

/**
 * The "by" of the agent phrase of a passive rule that holds the span ("shall be reviewed by [the
 * Commission]"), or of a participle modifying a noun in a rule ("shall pass an assessment organised by
 * [the competent authority]"), or -1.
 */
function agentAround(side: Side, s: Span): number {
  let by = s[0] - 1;
  while (by >= 0 && AGENT.has(side.tokens[by].pos) && s[0] - by <= 8) by--;
  if (by < 0 || side.tokens[by].n !== 'by' || nounPhraseEnd(side, by + 1) < s[1] || !(passiveBefore(side, by) ?? participleAgentBefore(side, by))) return -1;
  return by;
}

/**
 * The agent of a passive rule replaced by another party ("shall be reviewed by the Commission" → "…
 * by the Council"): the changed words lie in the agent phrase on both sides, and both name a party.
 */
function agentReplaced(c: Candidate, ctx: Ctx): Finding | null {
  if (len(c.b) === 0 || len(c.r) === 0) return null;
  const bb = agentAround(ctx.base, c.b);
  if (bb < 0) return null;
  const rb = agentAround(ctx.reading, c.r);
  if (rb < 0) return null;
  if (!partyIn(ctx.base, [bb + 1, nounPhraseEnd(ctx.base, bb + 1)], ctx.lex) || !partyIn(ctx.reading, [rb + 1, nounPhraseEnd(ctx.reading, rb + 1)], ctx.lex)) return null;
  const f = passiveBefore(ctx.base, bb);
  if (!f) return finding(c, 'actor', `actor changed: ${change(ctx, c)} — another party does the act the participle before "by" names`);
  return finding(c, 'actor', `actor changed: ${change(ctx, c)} — the passive names another party as ${whoUnder(ruleKind(f))}`);
}

/** The word before the noun phrase that ends right before i (past at most four of its words, no pronoun): its preposition or verb. */
function wordBeforeNounPhrase(side: Side, i: number): Token | undefined {
  let k = i - 1;
  while (k >= 0 && k >= i - 4 && AGENT.has(side.tokens[k].pos) && side.tokens[k].pos !== 'PRON') k--;
  return side.tokens[k];
}

/** The last noun or name in the span, or -1. */
function lastNoun(side: Side, s: Span): number {
  for (let i = s[1] - 1; i >= s[0]; i--) if (side.tokens[i].pos === 'NOUN' || side.tokens[i].pos === 'PROPN') return i;
  return -1;
}

/** Is token i (if any) a party noun of actors.yaml, by lemma or form? */
function partyNoun(side: Side, i: number, ctx: Ctx): boolean {
  return i >= 0 && (ctx.lex.actors.has(side.tokens[i].lemma) || ctx.lex.actors.has(side.tokens[i].n));
}

/**
 * A party named after a preposition of agent or source replaced by another party ("shall obtain an
 * attestation from the software producer" → "… from the vendor", "software developed by a software
 * producer" → "… by a vendor": actors.yaml `party-prepositions`), as "The software producer shall"
 * → "Vendors must" is: another party does the act (or is the one it comes from). Both sides a noun
 * phrase with a party noun of actors.yaml (not a name alone, not a pronoun), right after the same
 * preposition, with another head noun (the same head in another number or with another determiner
 * is grammar, left to it).
 */
function partyAfterPreposition(c: Candidate, ctx: Ctx): Finding | null {
  if (len(c.b) === 0 || len(c.r) === 0) return null;
  const B = ctx.base;
  const R = ctx.reading;
  // (past the words of the noun phrase before the change: "from the [software producer]", "from
  // the software [producer]")
  const pb = wordBeforeNounPhrase(B, c.b[0]);
  const pr = wordBeforeNounPhrase(R, c.r[0]);
  if (!pb || !pr || pb.n !== pr.n) return null;
  // (or a preposition that names who take part in the act a noun names right before it,
  // "Cooperation among [all stakeholders] is required": actors.yaml `act-prepositions`)
  const nounBefore = (side: Side, p: Token) => {
    const k = side.tokens.indexOf(p);
    return k > 0 && (side.tokens[k - 1].pos === 'NOUN' || side.tokens[k - 1].pos === 'PROPN') && side.tokens[k - 1].sentence === p.sentence;
  };
  const ofAct = ctx.lex.actPrepositions.has(pb.n) && nounBefore(B, pb) && nounBefore(R, pr);
  if (!ofAct && !ctx.lex.partyPrepositions.has(pb.n)) return null;
  if (!nounPhrase(B, c.b) || !nounPhrase(R, c.r) || nounPhraseEnd(B, c.b[0]) !== c.b[1] || nounPhraseEnd(R, c.r[0]) !== c.r[1]) return null;
  // (the head: the last noun of each side, a party noun)
  const hb = lastNoun(B, c.b);
  const hr = lastNoun(R, c.r);
  if (!partyNoun(B, hb, ctx) || !partyNoun(R, hr, ctx) || B.tokens[hb].lemma === R.tokens[hr].lemma) return null;
  const role = ofAct ? 'takes part in the act the noun names' : pb.n === 'by' ? 'does the act' : 'is the one it comes from';
  return finding(c, 'actor', `actor changed: ${change(ctx, c)} — another party ${role} (after ${q(pb.n)})`);
}

/**
 * The party a bar is lifted for replaced by another ("Nothing shall prevent a Party from adopting
 * measures" → "… a government from adopting measures"): the party between the bar (modality.yaml
 * `bars`) and its "from" is the one who may act, the actor of the permission, as the subject of "Each
 * Party may adopt" is. Both sides a noun phrase with a party noun of actors.yaml as head, another
 * head on each side, right after the same bar verb (its determiners and modifiers read alike may
 * stand between) and right before "from".
 */
function partyBarred(c: Candidate, ctx: Ctx): Finding | null {
  if (len(c.b) === 0 || len(c.r) === 0) return null;
  const B = ctx.base;
  const R = ctx.reading;
  const pb = wordBeforeNounPhrase(B, c.b[0]);
  const pr = wordBeforeNounPhrase(R, c.r[0]);
  if (!pb || !pr || pb.lemma !== pr.lemma || !ctx.lex.bars.has(pb.lemma)) return null;
  if (B.tokens[c.b[1]]?.n !== 'from' || R.tokens[c.r[1]]?.n !== 'from') return null;
  if (!nounPhrase(B, c.b) || !nounPhrase(R, c.r)) return null;
  // (the head: the last noun of each side, a party noun)
  const hb = lastNoun(B, c.b);
  const hr = lastNoun(R, c.r);
  if (!partyNoun(B, hb, ctx) || !partyNoun(R, hr, ctx) || B.tokens[hb].lemma === R.tokens[hr].lemma) return null;
  return finding(c, 'actor', `actor changed: ${change(ctx, c)} — another party is the one the bar ${q(pb.n + ' … from')} is lifted for (who may act)`);
}

/**
 * A new head put before the bearer, joined by a post-modifier ("the agency may accept" → "the Chief
 * Information Officer of the agency may accept", actors.yaml `postmodifiers`), or taken away: the
 * rule now binds (no longer binds) a party within the one named, another bearer. One side of the
 * change is empty; the other is nouns (a name, or a head and its words) ending in the post-modifier
 * and a determiner at most, inside the subject of a rule, right before the kept noun phrase, which
 * names a party. The finding covers the whole subject on both sides. A phrase put after the head
 * ("Operators" → "Operators of essential services") says which of them: not this.
 */
function headPutBefore(c: Candidate, ctx: Ctx): Finding | null {
  const added = len(c.b) === 0 && len(c.r) > 1;
  const dropped = len(c.r) === 0 && len(c.b) > 1;
  if (!added && !dropped) return null;
  const [X, xs, Y] = added ? [ctx.reading, c.r, ctx.base] : [ctx.base, c.b, ctx.reading];
  const T = X.tokens;
  let e = xs[1] - 1;
  while (e > xs[0] && T[e].pos === 'DET') e--;
  if (e <= xs[0] || !ctx.lex.postmodifiers.has(T[e].n)) return null;
  let noun = false;
  for (let i = xs[0]; i < e; i++) {
    if (!AGENT.has(T[i].pos) || T[i].pos === 'PRON' || X.neg[i] || X.marker[i] >= 0) return null;
    noun ||= T[i].pos === 'NOUN' || T[i].pos === 'PROPN';
  }
  if (!noun) return null;
  // (the new head names a party: an actor noun, or a name, "the Chief Information Officer"; not a
  // thing of the party's, "the budget of the agency")
  let party = false;
  for (let i = xs[0]; i < e && !party; i++) {
    const opens = i === 0 || T[i - 1].sentence !== T[i].sentence;
    party = ctx.lex.actors.has(T[i].lemma) || ctx.lex.actors.has(T[i].n) || (T[i].pos === 'PROPN' && /^\p{Lu}/u.test(T[i].t) && !opens);
  }
  if (!party) return null;
  const k = spanIndexAt(X.subjects, xs[0]);
  const sub = X.subjects[k];
  if (!sub || sub[0] > xs[0] || sub[1] <= xs[1] || !bindsRule(X, xs, ctx.lex)) return null;
  const end = nounPhraseEnd(X, xs[1]);
  if (end <= xs[1] || !partyIn(X, [xs[1], end], ctx.lex)) return null;
  // the same subject on the other side: the kept words, aligned
  const alike = alikeMap(ctx, dropped);
  const y0 = alike[sub[0]] >= 0 ? alike[sub[0]] : alike[xs[1]];
  const y1 = alike[end - 1];
  if (y0 < 0 || y1 < y0 || y1 >= Y.tokens.length) return null;
  const xSpan: Span = [sub[0], end];
  const ySpan: Span = [y0, y1 + 1];
  if (Y.tokens[y0].sentence !== Y.tokens[y1].sentence) return null;
  const t: Candidate = added ? { b: ySpan, r: xSpan } : { b: xSpan, r: ySpan };
  const kind = kindAfter(X, xs, ctx.lex);
  return finding(t, 'actor', `actor changed: ${change(ctx, t)} — ${added ? 'now a party within the one named is' : 'no longer a party within it is'} ${whoUnder(kind)}`);
}

/**
 * A connective opening one side before the subject (", and each government will" against "The
 * Parties shall": the join of a merged clause, "and" before a restated subject) is a change of its
 * own, not part of the party's name: cut it off, so that the actor variant names the parties only.
 */
function splitConnective(c: Candidate, ctx: Ctx): Candidate[] | null {
  if (c.deontic || len(c.b) === 0 || len(c.r) === 0) return null;
  // (either way, the side cut opens with a mark or a coordinator; not a distributive determiner
  // before its noun, which the tagger reads as a coordinator: "Either side can" against "The
  // Participants may" is the bearer's name, "Either" and all, actors.yaml `distributive`)
  const opensAt = (X: Side, i: number) => {
    const t = X.tokens[i];
    if (t.punct) return true;
    if (t.pos !== 'CCONJ') return false;
    const next = X.tokens[i + 1];
    return !(ctx.lex.distributive.has(t.n) && next && (next.pos === 'NOUN' || next.pos === 'PROPN'));
  };
  if (!opensAt(ctx.base, c.b[0]) && !opensAt(ctx.reading, c.r[0])) return null;
  for (const fromBase of [true, false]) {
    const [X, xs, Y, ys] = facing(ctx, c, fromBase);
    // (up to the word the other side opens with: "and either country" against "Either Party")
    const o = Y.tokens[ys[0]];
    let k = xs[0];
    while (k < xs[1] && opensAt(X, k) && X.tokens[k].n !== o.n) k++;
    if (k === xs[0] || k >= xs[1] || o.punct || (o.pos === 'CCONJ' && o.n !== X.tokens[k].n) || !inSubject(X, k, k + 1) || !inSubject(Y, ys[0], ys[0] + 1)) continue;
    const lead: Span = [xs[0], k];
    const rest: Span = [k, xs[1]];
    const none: Span = [ys[0], ys[0]];
    return fromBase ? [{ b: lead, r: none }, { b: rest, r: ys }] : [{ b: none, r: lead }, { b: ys, r: rest }];
  }
  return null;
}

/**
 * The end of a clause before the subject and the subject, changed together ("Where no adequacy
 * decision applies, a data handler may" → "Absent an adequacy decision, companies may": "applies,
 * a data handler" → ", companies"): on both sides the change ends with a whole subject region of a
 * rule (or a position), after a clause mark, a party named on one side at least. The words before the subjects are a
 * change of their own (the condition reworded), the subjects are compared with each other.
 */
function splitBeforeSubject(c: Candidate, ctx: Ctx): Candidate[] | null {
  if (c.deontic || len(c.b) === 0 || len(c.r) === 0) return null;
  const subjectAtEnd = (side: Side, s: Span): number => {
    const k = spanIndexAt(side.subjects, s[1] - 1);
    const sub = side.subjects[k];
    if (!sub || sub[1] !== s[1] || sub[0] < s[0]) return -1;
    // (after a clause mark: the subject opens a clause of its own; or after a coordinator that
    // follows one, ", and we ask"; or at the start of its sentence, "The leaders asked")
    const before = side.tokens[sub[0] - 1];
    if (!before || before.sentence !== side.tokens[sub[0]].sentence) return sub[0];
    // (a region opening with its coordinator after a mark, ", | and we": the coordinator goes with
    // the clause before, dropped or changed with it)
    // (only where a clause of words goes before: ", and" alone is the join of a merged clause, cut
    // off by splitConnective)
    if (side.tokens[sub[0]].pos === 'CCONJ' && isClausePunct(before) && sub[0] + 1 < sub[1] && contentCount(side, s[0], sub[0]) > 0) return sub[0] + 1;
    if (before.pos === 'CCONJ' && side.tokens[sub[0] - 2] && isClausePunct(side.tokens[sub[0] - 2])) return sub[0];
    return isClausePunct(before) ? sub[0] : -1;
  };
  const b0 = subjectAtEnd(ctx.base, c.b);
  const r0 = subjectAtEnd(ctx.reading, c.r);
  // (one side may be the subject alone, the other a lead-in clause before it: "A State should" →
  // "Attacks are never acceptable: States must", the lead-in added, the subjects compared)
  if (b0 < c.b[0] || r0 < c.r[0] || (b0 === c.b[0] && r0 === c.r[0])) return null;
  const sb: Span = [b0, c.b[1]];
  const sr: Span = [r0, c.r[1]];
  if (!partyIn(ctx.base, sb, ctx.lex) && !partyIn(ctx.reading, sr, ctx.lex)) return null;
  if (!bindsRule(ctx.base, sb, ctx.lex) && !bindsRule(ctx.reading, sr, ctx.lex) && !(takesStance(ctx.base, sb, ctx.lex) && takesStance(ctx.reading, sr, ctx.lex)) && !(directs(ctx.base, sb) && directs(ctx.reading, sr))) return null;
  return [{ b: [c.b[0], b0], r: [c.r[0], r0] }, { b: sb, r: sr }];
}

/**
 * The party a directive verb addresses on one side against the one that speaks it on the other
 * ("Urges [Member] States to" → "[The Assembly] urged States to", "Calls upon Member States" → "It
 * also called on States"): the two pieces the modal split leaves on either side of the directive
 * verb are paired across it. Who urges is the author, not the bearer: the speaker named is a change
 * of its own (added or dropped), the words among the addressees another (a word dropped from the
 * bearer). The span of X lies among the addressees of a directive verb with no auxiliary; the span
 * of Y ends right before such a verb (adverbs aside) and opens its clause.
 */
function splitAcrossDirective(c: Candidate, ctx: Ctx): Candidate[] | null {
  if (c.deontic || len(c.b) === 0 || len(c.r) === 0) return null;
  // (either way, a side's directive verbs address some party)
  if (addressees(ctx.base).length === 0 && addressees(ctx.reading).length === 0) return null;
  for (const fromBase of [true, false]) {
    const [X, xs, Y, ys] = facing(ctx, c, fromBase);
    const addr = addressees(X).find((a) => a[0] <= xs[0] && xs[1] <= a[1]);
    if (!addr) continue;
    const fx = X.frames[X.marker[addr[0] - 1]];
    if (!fx?.verb || fx.aux || fx.verb[1] !== addr[0]) continue;
    // the verb after Y's span: adverbs between ("The Assembly | strongly urged")
    let v = ys[1];
    while (v < Y.tokens.length && Y.tokens[v].pos === 'ADV' && Y.marker[v] < 0) v++;
    const fy = Y.marker[v] >= 0 ? Y.frames[Y.marker[v]] : null;
    if (!fy?.verb || fy.aux || fy.verb[0] !== v) continue;
    // (Y's span opens its clause: its subject, not the end of another phrase)
    const prev = Y.tokens[ys[0] - 1];
    if (prev && prev.sentence === Y.tokens[ys[0]].sentence && !isClausePunct(prev)) continue;
    // (a party or a pronoun; or, before a directive verb X uses with no subject at all, any noun
    // phrase: the paragraph or the document cited as the one that asks, "Paragraph 2 asks States",
    // "The resolution asks States", stands for the issuer as "The Assembly" does)
    if (!partyIn(Y, ys, ctx.lex) && !Y.tokens.slice(ys[0], ys[1]).some((t) => t.pos === 'PRON') && !(opensClause(X, fx.verb[0]) && citesText(Y, ys))) continue;
    const xPiece: Candidate = fromBase ? { b: xs, r: [fy.verb[1], fy.verb[1]] } : { b: [fx.verb[1], fx.verb[1]], r: xs };
    const yPiece: Candidate = fromBase ? { b: [fx.verb[0], fx.verb[0]], r: ys } : { b: ys, r: [fx.verb[0], fx.verb[0]] };
    return [yPiece, xPiece];
  }
  return null;
}

/** Does the token at i open its clause (nothing before it in its sentence but a clause mark)? */
function opensClause(side: Side, i: number): boolean {
  const prev = side.tokens[i - 1];
  return !prev || prev.sentence !== side.tokens[i].sentence || isClausePunct(prev);
}

/**
 * Is the span a noun phrase that names a text (a citation: "Paragraph 2", "The resolution", "The
 * draft text"): words with no verb, no punctuation, ending in a noun or a number.
 */
function citesText(side: Side, s: Span): boolean {
  if (len(s) === 0 || len(s) > 4) return false;
  for (let i = s[0]; i < s[1]; i++) {
    const t = side.tokens[i];
    if (t.punct || t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  const last = side.tokens[s[1] - 1];
  return last.pos === 'NOUN' || last.pos === 'PROPN' || last.pos === 'NUM';
}

/**
 * The directive verb (no auxiliary) whose addressees would stand at `at` on a side: the verb right
 * before `at`, or, when the span [at, end) is what stands before the verb (its subject, adverbs
 * aside: "[It also] encouraged"), the verb right after; null when there is none, or when the verb
 * addresses a party there.
 */
function unaddressedDirective(side: Side, s: Span): Frame | null {
  const before = side.marker[s[0] - 1] >= 0 ? side.frames[side.marker[s[0] - 1]] : null;
  let v = s[1];
  while (v < side.tokens.length && side.tokens[v].pos === 'ADV' && side.marker[v] < 0) v++;
  const after = side.marker[v] >= 0 && v < side.tokens.length ? side.frames[side.marker[v]] : null;
  const f = before?.verb && before.verb[1] === s[0] ? before : after?.verb && after.verb[0] === v ? after : null;
  if (!f?.verb || f.aux || f.auxWord) return null;
  // (a span standing before the verb opens its clause: its subject)
  if (f === after && len(s) > 0) {
    const prev = side.tokens[s[0] - 1];
    if (prev && prev.sentence === side.tokens[s[0]].sentence && !isClausePunct(prev)) return null;
  }
  return addressees(side).some((a) => a[0] === f.verb![1]) ? null : f;
}

/**
 * The addressees of a directive verb dropped with the verb of the act they were urged to do, the
 * directive now urging the thing itself ("Encourages Member States and the private sector to
 * strengthen cooperation" → "Encourages cooperation", "It also encouraged cooperation"): one change
 * reads "Member States and the private sector to strengthen" against nothing (or the subject of
 * the verb on the other side, "It also"). The addressees are a change of their own (who is called
 * upon: `addresseesDropped`), the infinitive after them another (the act), the subject before the
 * other side's verb a third (who speaks). One side's span opens with the addressees of a directive
 * verb with no auxiliary and goes on past their "to"; the other side's verb of the same lemma
 * addresses no one.
 */
function splitDroppedAddressees(c: Candidate, ctx: Ctx): Candidate[] | null {
  if (c.deontic) return null;
  for (const fromBase of [true, false]) {
    const [X, xs, Y, ys] = facing(ctx, c, fromBase);
    if (len(xs) === 0) continue;
    const addr = addressees(X).find((a) => a[0] === xs[0] && a[1] < xs[1]);
    if (!addr || X.tokens[addr[1]].n !== 'to') continue;
    const fx = X.frames[X.marker[addr[0] - 1]];
    if (!fx?.verb || fx.aux || fx.verb[1] !== addr[0] || !partyIn(X, addr, ctx.lex)) continue;
    const fy = unaddressedDirective(Y, ys);
    if (!fy) continue;
    const at = fy.verb![1];
    const pieces: Candidate[] = [];
    // (Y's words before its verb: the speaker, a change of its own)
    const speaker = len(ys) > 0 && ys[1] <= fy.verb![0];
    if (speaker) pieces.push(fromBase ? { b: [fx.verb[0], fx.verb[0]], r: ys } : { b: ys, r: [fx.verb[0], fx.verb[0]] });
    const yAfter: Span = speaker ? [at, at] : ys;
    pieces.push(fromBase ? { b: addr, r: [yAfter[0], yAfter[0]] } : { b: [yAfter[0], yAfter[0]], r: addr });
    pieces.push(fromBase ? { b: [addr[1], xs[1]], r: yAfter } : { b: yAfter, r: [addr[1], xs[1]] });
    return pieces;
  }
  return null;
}

/**
 * The addressees of a directive verb with no auxiliary dropped or added whole ("Encourages [Member
 * States] to …" → "Encourages …"): the party called upon, who bears what the verb urges, is no
 * longer named (or now named). The span is the addressees of such a verb, naming a party, and the
 * other side's directive verb there addresses no one.
 */
function addresseesDropped(c: Candidate, ctx: Ctx): Finding | null {
  if (c.deontic || (len(c.b) === 0) === (len(c.r) === 0)) return null;
  const added = len(c.b) === 0;
  const [X, xs, Y, ys] = added ? [ctx.reading, c.r, ctx.base, c.b] : [ctx.base, c.b, ctx.reading, c.r];
  if (!addressees(X).some((a) => a[0] === xs[0] && a[1] === xs[1]) || !partyIn(X, xs, ctx.lex)) return null;
  const fx = X.frames[X.marker[xs[0] - 1]];
  const fy = unaddressedDirective(Y, ys);
  if (!fx?.verb || !fy?.verb) return null;
  const v = X.tokens[fx.verb[0]].lemma;
  return finding(c, 'actor', added ? `actor added: ${q(text(X, xs))} — '${v}' now names whom it addresses, who is to act` : `actor dropped: ${q(text(X, xs))} — '${v}' no longer names whom it addresses, who is to act`);
}

/**
 * A determiner changed together with a word dropped from (added to) the bearer before its head,
 * the head read alike ("Each Member State" → "Every State": "Each Member" → "Every"): the
 * determiners are a change of their own (grammar or wording), the words that name a kind another,
 * which `bearerModifier` judges. One side of the change is function words then content words, the
 * other function words only; the word after both is the same noun, which heads the subject of a
 * rule and names a party.
 */
function splitDeterminer(c: Candidate, ctx: Ctx): Candidate[] | null {
  if (c.deontic || len(c.b) === 0 || len(c.r) === 0) return null;
  const functionWords = (S: Side, s: Span) => {
    for (let i = s[0]; i < s[1]; i++) if (!S.fn[i] || S.tokens[i].punct) return false;
    return true;
  };
  const fb = functionWords(ctx.base, c.b);
  const fr = functionWords(ctx.reading, c.r);
  if (fb === fr) return null;
  const [X, xs, Y, ys] = fr ? [ctx.base, c.b, ctx.reading, c.r] : [ctx.reading, c.r, ctx.base, c.b];
  let k = xs[0];
  while (k < xs[1] && X.fn[k] && !X.tokens[k].punct) k++;
  if (k === xs[1]) return null;
  // (no determiner on X's side: the words that name a kind replaced by a universal quantifier,
  // "Developed countries" → "All countries", function-words.yaml `universals`: the kind dropped,
  // the quantifier added; as many words on each side otherwise only so: "Each Member" → "Every")
  if (k === xs[0]) {
    for (let i = ys[0]; i < ys[1]; i++) if (!ctx.lex.universals.has(Y.tokens[i].n)) return null;
  } else if (len(xs) === len(ys)) return null;
  for (let i = k; i < xs[1]; i++) if (!X.content[i]) return null;
  const hx = X.tokens[xs[1]];
  const hy = Y.tokens[ys[1]];
  if (!hx || !hy || hx.n !== hy.n || !(hx.pos === 'NOUN' || hx.pos === 'PROPN')) return null;
  // (the bearer of a rule, naming a party: elsewhere "the critical infrastructure" → "all
  // infrastructure" stays one change of wording)
  const np: Span = [k, xs[1] + 1];
  if (!inSubject(X, np[0], np[1]) || !partyIn(X, np, ctx.lex) || !bindsRule(X, np, ctx.lex)) return null;
  const dets: Span = [xs[0], k];
  const kind: Span = [k, xs[1]];
  const none: Span = [ys[1], ys[1]];
  return X === ctx.base ? [{ b: dets, r: ys }, { b: kind, r: none }] : [{ b: ys, r: dets }, { b: none, r: kind }];
}

/**
 * The head noun right after `ys` when the words of `ys` name a kind before it (content adjectives
 * and nouns; with `noQuantifiers`, none of function-words.yaml `quantifiers`) in the subject of a rule that
 * names a party ("[Member] States should"), else null.
 */
function kindsBeforeBearer(Y: Side, ys: Span, ctx: Ctx, noQuantifiers: boolean): Token | null {
  const head = Y.tokens[ys[1]];
  if (!head || !(head.pos === 'NOUN' || head.pos === 'PROPN') || !inSubject(Y, ys[0], ys[1] + 1)) return null;
  for (let i = ys[0]; i < ys[1]; i++) {
    const t = Y.tokens[i];
    if (!Y.content[i] || t.punct || (noQuantifiers && ctx.lex.quantifiers.has(t.n)) || !(t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN')) return null;
  }
  const np: Span = [ys[0], ys[1] + 1];
  return bindsRule(Y, np, ctx.lex) && partyIn(Y, np, ctx.lex) ? head : null;
}

/**
 * Words opening the sentence before the subject on one side (a condition, "In case of [ICT
 * incidents,] States should" — its noun phrase moved elsewhere) paired with a word added before the
 * bearer's head on the other ("Member States should"): the aligner put the two side by side, yet
 * they share nothing. The opening words are dropped (or moved) on their own, the word before the
 * head is `bearerModifier`'s. One side lies wholly before its sentence's first subject region, the
 * other wholly inside the subject of a rule, before its head noun; the head is the same word on both
 * sides and opens (or ends) the subject of the first.
 */
function splitOpeningFromModifier(c: Candidate, ctx: Ctx): Candidate[] | null {
  if (c.deontic || len(c.b) === 0 || len(c.r) === 0) return null;
  for (const fromBase of [true, false]) {
    const [X, xs, Y, ys] = facing(ctx, c, fromBase);
    // Y: kind words before the head of a subject that binds a rule and names a party
    const head = kindsBeforeBearer(Y, ys, ctx, false);
    if (!head) continue;
    // X: no subject word, before the first subject region of its sentence, whose head is Y's head
    const sent = X.tokens[xs[0]].sentence;
    const k = spanIndexAt(X.subjects, xs[0]);
    const sub = X.subjects[k];
    if (!sub || sub[0] < xs[1] || X.tokens[sub[0]].sentence !== sent) continue;
    let first = true;
    for (let j = xs[0] - 1; j >= 0 && X.tokens[j].sentence === sent && first; j--) first = !inSubject(X, j, j + 1);
    if (!first) continue;
    const hx = subjectHeadEnd(X, sub, ctx.lex.postmodifiers) - 1;
    if (!X.tokens[hx] || X.tokens[hx].n !== head.n || !bindsRule(X, sub, ctx.lex)) continue;
    const opening: Candidate = fromBase ? { b: xs, r: [ys[0], ys[0]] } : { b: [ys[0], ys[0]], r: xs };
    const modifier: Candidate = fromBase ? { b: [sub[0], sub[0]], r: ys } : { b: ys, r: [sub[0], sub[0]] };
    return [opening, modifier];
  }
  return null;
}

/**
 * A whole clause dropped (added) before a subject, paired by the aligner with a word added to
 * (dropped from) the bearer's name in its place ("A State should not use the teams for malicious
 * activity, and [States] are encouraged" → "[Member] States are encouraged": "A State … and" →
 * "Member"): the two share nothing. The clause is omitted (added) whole, the word before the head
 * is `bearerModifier`'s. Y's side: words that name a kind before the head noun of the subject of a
 * rule, naming a party; X's side: a clause of its own (a verb or a modal in it) that opens its
 * clause (at the start of a sentence or after a clause mark) and ends where a clause ends (with a
 * clause mark, a coordinator or its sentence), right before the same head noun (or its
 * coordinator and determiner). Returns the pieces, or null.
 */
export function clauseAgainstModifier(c: Candidate, ctx: Ctx): Candidate[] | null {
  if (c.deontic || len(c.b) === 0 || len(c.r) === 0) return null;
  for (const fromBase of [true, false]) {
    const [X, xs, Y, ys] = facing(ctx, c, fromBase);
    // Y: kind words before the head of a subject that binds a rule and names a party
    const head = kindsBeforeBearer(Y, ys, ctx, true);
    if (!head) continue;
    // X: the same head right after it; X opens its clause …
    const hx = X.tokens[xs[1]];
    if (!hx || (hx.n !== head.n && hx.lemma !== head.lemma)) continue;
    const prev = X.tokens[xs[0] - 1];
    if (prev && prev.sentence === X.tokens[xs[0]].sentence && !isClausePunct(prev)) continue;
    // … and ends its clause: a mark or a coordinator last, or the head opening the next sentence
    const last = X.tokens[xs[1] - 1];
    if (!isClausePunct(last) && last.pos !== 'CCONJ' && hx.sentence === last.sentence) continue;
    // … with a predicate of its own
    let verb = false;
    for (let i = xs[0]; i < xs[1] && !verb; i++) verb = X.marker[i] >= 0 || X.tokens[i].pos === 'VERB';
    if (!verb || contentCount(X, xs[0], xs[1]) < 2) continue;
    const clause: Candidate = fromBase ? { b: xs, r: [ys[0], ys[0]] } : { b: [ys[0], ys[0]], r: xs };
    const modifier: Candidate = fromBase ? { b: [xs[1], xs[1]], r: ys } : { b: ys, r: [xs[1], xs[1]] };
    return [clause, modifier];
  }
  return null;
}

/**
 * A subject changed together with the first words of the relative clause after it, the relative
 * pronoun read alike on both sides ("A data handler that truly needs" → "Companies that need": "A
 * data handler that truly" → "Companies that"): the aligner kept the one shared word inside the
 * change. The subjects are compared with each other (actors.yaml `relatives`: the relative clause is
 * no part of the subject), the words after the pronoun are a change of their own (of the condition
 * the clause sets). On both sides the change opens inside a subject region of a rule and runs past
 * its end, where the same relative pronoun stands.
 */
function splitAtRelative(c: Candidate, ctx: Ctx): Candidate[] | null {
  if (c.deontic || len(c.b) < 2 || len(c.r) < 2) return null;
  const end = (side: Side, s: Span): number => {
    const sub = side.subjects[spanIndexAt(side.subjects, s[0])];
    if (!sub || sub[0] > s[0] || sub[1] <= s[0] || sub[1] >= s[1]) return -1;
    return ctx.lex.relatives.has(side.tokens[sub[1]].n) ? sub[1] : -1;
  };
  const kb = end(ctx.base, c.b);
  const kr = end(ctx.reading, c.r);
  if (kb < 0 || kr < 0 || ctx.base.tokens[kb].n !== ctx.reading.tokens[kr].n) return null;
  const sb: Span = [c.b[0], kb];
  const sr: Span = [c.r[0], kr];
  if (!bindsRule(ctx.base, sb, ctx.lex) && !bindsRule(ctx.reading, sr, ctx.lex)) return null;
  if (!partyIn(ctx.base, sb, ctx.lex) && !partyIn(ctx.reading, sr, ctx.lex)) return null;
  const rest: Candidate = { b: [kb + 1, c.b[1]], r: [kr + 1, c.r[1]] };
  return len(rest.b) + len(rest.r) > 0 ? [{ b: sb, r: sr }, rest] : [{ b: sb, r: sr }];
}

/**
 * The subject before a base clause's modal dropped where the reading is a list item read under its
 * lead-in ("The Participants will exchange" → "The two sides shall: | exchange"): the party bound is
 * the lead-in's subject, another party (one the same by its words is no variant: modality.ts leaves it out).
 */
function leadBearer(c: Candidate, ctx: Ctx): Finding | null {
  const R = ctx.reading;
  const B = ctx.base;
  // (the mirror: a base list item read under its lead-in, the reading restating a subject of its
  // own before its modal, "States should: | (d) Consider …" → "Governments should cooperate")
  if (B.lead && B.leadSubject && !c.deontic && len(c.b) === 0 && len(c.r) > 0 && c.b[0] <= B.lead.start) {
    for (let i = c.r[0]; i < c.r[1]; i++) if (!inSubject(R, i, i + 1)) return null;
    // (before its modal, or the "be" of a directive in the passive, "Governments are encouraged to")
    let m = c.r[1];
    if (m < R.tokens.length && R.tokens[m].lemma === 'be' && R.marker[m] < 0) m++;
    while (m < R.tokens.length && R.tokens[m].pos === 'ADV' && R.marker[m] < 0) m++;
    if (m >= R.tokens.length || R.marker[m] < 0) return null;
    return finding(c, 'actor', `bearer changed: ${q(B.leadSubject)}, the subject of the lead-in the base's list item completes, → ${q(text(R, c.r))}`);
  }
  if (!R.lead || !R.leadSubject || c.deontic || len(c.b) === 0 || len(c.r) > 0 || c.r[0] > R.lead.start) return null;
  for (let i = c.b[0]; i < c.b[1]; i++) if (!inSubject(B, i, i + 1)) return null;
  if (c.b[1] >= B.tokens.length || B.marker[c.b[1]] < 0) return null;
  return finding(c, 'actor', `bearer changed: ${q(text(B, c.b))} → ${q(R.leadSubject)}, the subject of the lead-in the list item completes`);
}

export const actor: Classifier = {
  name: 'actor',
  split: (c, ctx) => {
    const across = splitAcrossDirective(c, ctx);
    if (across) return across;
    const unaddressed = splitDroppedAddressees(c, ctx);
    if (unaddressed) return unaddressed;
    // (a connective opening the subject after the clause mark is cut off too: ". Either Participant" → ", and either Side")
    const parts = clauseAgainstModifier(c, ctx) ?? splitConnective(c, ctx) ?? splitBeforeSubject(c, ctx)?.flatMap((p) => splitConnective(p, ctx) ?? [p]) ?? splitDeterminer(c, ctx) ?? splitOpeningFromModifier(c, ctx) ?? splitAtRelative(c, ctx) ?? splitSameVerb(c, ctx);
    return parts ? parts.flatMap((p) => splitPassiveAux(p, ctx) ?? [p]) : splitPassiveAux(c, ctx);
  },
  classify(c, ctx) {
    const lead = leadBearer(c, ctx);
    if (lead) return lead;
    const renamed = jointRenamed(c, ctx) ?? indefiniteRenamed(c, ctx);
    if (renamed) return renamed;
    const imp = imperative(c, ctx) ?? addresseesDropped(c, ctx) ?? coordinatedParty(c, ctx) ?? partialParty(c, ctx) ?? roleParty(c, ctx) ?? addresseeNamed(c, ctx) ?? pronounBearer(c, ctx) ?? agentPhrase(c, ctx) ?? agentReplaced(c, ctx) ?? bearerModifier(c, ctx) ?? headPutBefore(c, ctx) ?? partyAfterPreposition(c, ctx) ?? partyBarred(c, ctx);
    if (imp) return imp;
    if (c.deontic || len(c.b) === 0 || len(c.r) === 0) return null;
    if (contentCount(ctx.base, c.b[0], c.b[1]) === 0 || contentCount(ctx.reading, c.r[0], c.r[1]) === 0) return null;
    // a modifier changed before an unchanged head noun ("Humanitarian agencies" → "aid agencies")
    // names the same party: not an actor change
    // … and the subject of a rule: on at least one side, its clause's verb is a modal or directive
    // ("the sub-item entitled …" → "The Assembly will take up …" is no change of who is bound)
    // (or of a stance: who condemns, welcomes or supports is who takes the position)
    // (the verb after the subject read on both sides in another form, one side's tagged as a noun,
    // "Participants affirm" → "Our delegation affirms": what the verb takes on one side it takes on both)
    const verbAlike = sameVerbAt(ctx, c.b[1], c.r[1]);
    // (or of a verb that states a view, "while other States insisted that" → "while the Group
    // insisted that": who holds the view)
    const stance = (takesStance(ctx.base, c.b, ctx.lex) && takesStance(ctx.reading, c.r, ctx.lex)) || (verbAlike && (takesStance(ctx.base, c.b, ctx.lex) || takesStance(ctx.reading, c.r, ctx.lex))) || (verbAlike && statesView(ctx.base, c.b[1], ctx.lex) && statesView(ctx.reading, c.r[1], ctx.lex));
    const structural = withinSubject(ctx.base, c.b) && withinSubject(ctx.reading, c.r) && reachesHead(ctx.base, c.b, ctx.lex) && (bindsRule(ctx.base, c.b, ctx.lex) || bindsRule(ctx.reading, c.r, ctx.lex) || stance);
    // (the subject of a predicate that lays a duty with no modal, "All stakeholders share
    // responsibility for" → "Governments share …": a bearer as the subject of a modal is)
    const duty = !structural && nounPhrase(ctx.base, c.b) && nounPhrase(ctx.reading, c.r) && dutyPredicate(ctx.base, c.b, ctx.lex) && dutyPredicate(ctx.reading, c.r, ctx.lex) && partyBetween(ctx.base, c.b[0], c.b[1], ctx.lex) && partyBetween(ctx.reading, c.r[0], c.r[1], ctx.lex);
    const byName = namesActor(ctx.base, c.b, ctx.lex.actors) && namesActor(ctx.reading, c.r, ctx.lex.actors) && beforeVerb(ctx.base, c.b) && beforeVerb(ctx.reading, c.r);
    // (only for a stance, below: the subject of a directive verb with no auxiliary, "The Council calls
    // on", is who calls, not who is bound)
    const byVerb = !byName && verbAlike && partyBetween(ctx.base, c.b[0], c.b[1], ctx.lex) && partyBetween(ctx.reading, c.r[0], c.r[1], ctx.lex);
    const lexical = nounPhrase(ctx.base, c.b) && nounPhrase(ctx.reading, c.r) && (byName || byVerb);
    // the addressee of a directive verb changed ("Calls upon States to" → "Calls upon Governments
    // to", or "… → Governments should"): the party called upon bears the obligation
    let addressed = false;
    if (!structural && !lexical) {
      const ab = addressees(ctx.base);
      const ar = addressees(ctx.reading);
      addressed = (overlaps(c.b, ab) || overlaps(c.r, ar)) && withinBearer(ctx.base, c.b, ab) && withinBearer(ctx.reading, c.r, ar);
    }
    if (!structural && !lexical && !addressed && !duty) return null;
    // ("a State Party" → "a Contracting Party" among the parties a directive addresses: another
    // name of the parties to the instrument, actors.yaml `party-names`, as in the subject)
    const partyName = (side: Side, sp: Span) => {
      for (let i = sp[0]; i < sp[1]; i++) if (!ctx.lex.partyNames.has(side.tokens[i].n)) return false;
      const h = side.tokens[sp[1]];
      return !!h && (h.lemma === 'party' || h.n === 'parties');
    };
    if (addressed && partyName(ctx.base, c.b) && partyName(ctx.reading, c.r)) return null;
    // the subject of a condition, exception or time clause with no rule of its own ("… may transfer
    // data only if [the Authority] has certified …"): whose act sets the condition, not who bears the rule
    if (subordinateSubject(ctx.base, c.b, ctx.lex) && subordinateSubject(ctx.reading, c.r, ctx.lex)) return null;
    // the party the rule acts upon made the subject ("Member States may exempt micro-enterprises" →
    // "Micro-enterprises are exempt"): it is exempted, not the one who may act
    if (objectPromoted(ctx, true, c.b, c.r) || objectPromoted(ctx, false, c.r, c.b)) return null;
    // the instrument or a part of it as the subject ("This Chapter shall apply" → "This Part …",
    // modality.yaml `declarative` subjects) is no party, whatever the capitals
    const instrument = (side: Side, sp: Span) => {
      for (let i = sp[0]; i < sp[1]; i++) if (side.content[i] && instrumentWord(side.tokens[i], ctx.lex)) return true;
      return false;
    };
    if ((instrument(ctx.base, c.b) || instrument(ctx.reading, c.r)) && !namesActor(ctx.base, c.b, ctx.lex.actors) && !namesActor(ctx.reading, c.r, ctx.lex.actors)) return null;
    // a thing renamed as the subject of a rule ("Personal data should be accurate" → "Personal
    // information should be …") is no party: one side at least names an actor (actors.yaml), a
    // name or a pronoun
    if (!lexical && !addressed && !partyIn(ctx.base, c.b, ctx.lex) && !partyIn(ctx.reading, c.r, ctx.lex)) return null;
    const f = frameAt(ctx.base, c.b[1]);
    const bound = (f && f.sentence === ctx.base.tokens[c.b[0]].sentence) || bindsRule(ctx.base, c.b, ctx.lex) || bindsRule(ctx.reading, c.r, ctx.lex);
    const kind = bindsRule(ctx.base, c.b, ctx.lex) ? kindAfter(ctx.base, c.b, ctx.lex) : bindsRule(ctx.reading, c.r, ctx.lex) ? kindAfter(ctx.reading, c.r, ctx.lex) : f && f.sentence === ctx.base.tokens[c.b[0]].sentence ? ruleKind(f) : 'obligation';
    // (the subject of a clause that states no rule and takes no position, "Noting that a number of
    // States are developing …" → "several countries", is a change of wording: content.ts)
    if (!stance && !bound && !duty) return null;
    if (byVerb && !structural && !addressed && !stance && !duty) return null;
    const bears = stance ? 'a different party takes the position' : differentParty(kind);
    // a word read alike at the end of both sides ("… are" → "… are") is not part of the change
    const t: Candidate = { b: [c.b[0], c.b[1]], r: [c.r[0], c.r[1]] };
    while (len(t.b) > 1 && len(t.r) > 1 && ctx.base.tokens[t.b[1] - 1].n === ctx.reading.tokens[t.r[1] - 1].n) {
      t.b[1]--;
      t.r[1]--;
    }
    return sameParty(t, ctx) ?? finding(t, 'actor', `actor changed: ${change(ctx, t)} — ${bears}`);
  },
};

/**
 * Do the words at bi (base) and ri (reading) read one verb in two forms, the tagger reading at
 * least one as a verb ("affirm" / "affirms", the latter read as a noun)? Both stand right after a
 * noun phrase opening their clause, so the other is the same verb, not a noun.
 */
function sameVerbAt(ctx: Ctx, bi: number, ri: number): boolean {
  const bt = ctx.base.tokens[bi];
  const rt = ctx.reading.tokens[ri];
  if (!bt || !rt || bt.punct || rt.punct || bt.stem !== rt.stem) return false;
  return (bt.pos === 'VERB' && (rt.pos === 'VERB' || rt.pos === 'NOUN')) || (rt.pos === 'VERB' && bt.pos === 'NOUN');
}

/**
 * A subject changed with the verb after it read on both sides in another form ("Participants affirm"
 * → "Our delegation affirms", the verb's agreement): the subjects, noun phrases that open their
 * sentence, compared apart from the verb, whose form is grammar.
 */
function splitSameVerb(c: Candidate, ctx: Ctx): Candidate[] | null {
  if (c.deontic || len(c.b) < 2 || len(c.r) < 2) return null;
  // (a possessive after the verb agreeing with the new subject, "Member States affirm their" →
  // "The Government affirms its": its own piece, one function word for another; actors.yaml
  // `possessives`)
  const possessive = (side: Side, i: number) => {
    const t = side.tokens[i];
    return !side.content[i] && (t.pos === 'PRON' || t.pos === 'DET') && ctx.lex.possessives.has(t.n);
  };
  const tail = possessive(ctx.base, c.b[1] - 1) && possessive(ctx.reading, c.r[1] - 1) ? 1 : 0;
  const b1 = c.b[1] - 1 - tail;
  const r1 = c.r[1] - 1 - tail;
  if (b1 <= c.b[0] || r1 <= c.r[0] || !sameVerbAt(ctx, b1, r1)) return null;
  const starts = (side: Side, i: number) => i === 0 || side.tokens[i - 1].sentence !== side.tokens[i].sentence || isClausePunct(side.tokens[i - 1]);
  // (after an article both sides read: "The Member States affirm" → "The Government affirms")
  const opens = (side: Side, i: number) => starts(side, i) || (side.tokens[i - 1].pos === 'DET' && starts(side, i - 1));
  if (!opens(ctx.base, c.b[0]) || !opens(ctx.reading, c.r[0])) return null;
  // (a relative pronoun before the verb on one side, a participle on the other: "Firms using" →
  // "Companies that use", the clause reduced: the pronoun goes with the verb, not with the subject)
  const rel = (side: Side, i: number, o: Side, oi: number) => (i > 0 && ctx.lex.relatives.has(side.tokens[i - 1].n) && !ctx.lex.relatives.has(o.tokens[oi - 1]?.n ?? '') ? 1 : 0);
  const relB = rel(ctx.base, b1, ctx.reading, r1);
  const relR = rel(ctx.reading, r1, ctx.base, b1);
  if (b1 - relB <= c.b[0] || r1 - relR <= c.r[0]) return null;
  if (!nounPhrase(ctx.base, [c.b[0], b1 - relB]) || !nounPhrase(ctx.reading, [c.r[0], r1 - relR])) return null;
  const parts: Candidate[] = [
    { b: [c.b[0], b1 - relB], r: [c.r[0], r1 - relR] },
    { b: [b1 - relB, b1 + 1], r: [r1 - relR, r1 + 1] },
  ];
  if (tail) parts.push({ b: [b1 + 1, c.b[1]], r: [r1 + 1, c.r[1]] });
  return parts;
}

/**
 * One wording of an indefinite party for another of its group ("Any person" → "Anyone", actors.yaml
 * `indefinite-equivalents`): the same parties, a `grammatical` variant (function words). Null otherwise.
 */
function indefiniteRenamed(c: Candidate, ctx: Ctx): Finding | null {
  if (c.deontic || len(c.b) === 0 || len(c.r) === 0) return null;
  const key = (side: Side, s: Span) => side.tokens.slice(s[0], s[1]).map((t) => t.n).join(' ');
  // (or with the word before read alike on both sides: "No [person]" → "No [one]")
  for (const back of [0, 1]) {
    const t: Candidate = { b: [c.b[0] - back, c.b[1]], r: [c.r[0] - back, c.r[1]] };
    if (back && (t.b[0] < 0 || t.r[0] < 0 || ctx.base.tokens[t.b[0]].n !== ctx.reading.tokens[t.r[0]].n)) continue;
    const gb = ctx.lex.indefiniteEquivalents.get(key(ctx.base, t.b));
    const gr = ctx.lex.indefiniteEquivalents.get(key(ctx.reading, t.r));
    if (gb !== undefined && gb === gr) return finding(t, 'grammatical', `grammatical (function words): ${change(ctx, t)} — the same indefinite party`);
  }
  return null;
}

/**
 * The parties of the text named together on both sides by another noun ("The two sides" → "The two
 * countries", "Both sides" → "both countries", "the sides" → "the two governments"): on each side the
 * change ends with a plural noun of actors.yaml `joint-names`, and the words before it in its noun
 * phrase are joint determiners (`joint`) or a number, the same number where both give one ("both"
 * counts two). The same parties renamed: a `lexical` variant, not an actor change. Null otherwise.
 */
function jointRenamed(c: Candidate, ctx: Ctx): Finding | null {
  if (c.deontic || len(c.b) === 0 || len(c.r) === 0) return null;
  const read = (side: Side, s: Span): number | null | undefined => {
    const T = side.tokens;
    const head = T[s[1] - 1];
    if (head.pos !== 'NOUN' || !ctx.lex.jointNames.has(head.lemma) || head.n === head.lemma) return undefined;
    const joint = (t: Token) => ctx.lex.joint.has(t.n) || t.pos === 'NUM';
    let from = s[0];
    while (from > 0 && T[from - 1].sentence === head.sentence && joint(T[from - 1])) from--;
    let count: number | null = null;
    let seen = false;
    for (let i = from; i < s[1] - 1; i++) {
      if (!joint(T[i])) return undefined;
      seen = true;
      const n = T[i].n === 'both' ? 2 : T[i].pos === 'NUM' ? (NUMBER_WORDS[T[i].n] ?? Number(T[i].n)) : null;
      if (n !== null) count = n;
    }
    return seen ? count : undefined;
  };
  const nb = read(ctx.base, c.b);
  const nr = nb === undefined ? undefined : read(ctx.reading, c.r);
  if (nb === undefined || nr === undefined || (nb !== null && nr !== null && nb !== nr)) return null;
  return finding(c, 'lexical', `wording changed: ${change(ctx, c)} — another name of the same parties, named together on both sides`);
}

const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/**
 * A word added to (or dropped from) the bearer's name before its head noun, the head read alike on
 * both sides ("States should" → "Member States should", "Providers shall" → "Large providers
 * shall"): the rule now binds a narrower (wider) set of parties. Only words that name a kind (nouns,
 * adjectives, names) inside the subject of a rule or stance; a modifier changed for another
 * ("Humanitarian agencies" → "aid agencies") names the same party (content.ts), and words of
 * quantity ("all States") are no kind (function-words.yaml `quantifiers`).
 */
function bearerModifier(c: Candidate, ctx: Ctx): Finding | null {
  if (c.deontic || (len(c.b) === 0 && len(c.r) === 0)) return null;
  // (the words put for the article on the other side: "The Parties shall" → "Developed country
  // Parties shall" narrows the bearers as "Parties" → "Developed country Parties" does;
  // function-words.yaml `class-articles`)
  const onlyDeterminers = (side: Side, sp: Span) => {
    for (let i = sp[0]; i < sp[1]; i++) if (!ctx.lex.classArticles.has(side.tokens[i].n) || side.content[i]) return false;
    return true;
  };
  let added: boolean;
  if (len(c.b) > 0 && len(c.r) > 0) {
    if (onlyDeterminers(ctx.base, c.b) && !onlyDeterminers(ctx.reading, c.r)) added = true;
    else if (onlyDeterminers(ctx.reading, c.r) && !onlyDeterminers(ctx.base, c.b)) added = false;
    else return null;
    const hb = ctx.base.tokens[c.b[1]];
    const hr = ctx.reading.tokens[c.r[1]];
    if (!hb || !hr || hb.lemma !== hr.lemma) return null;
  } else added = len(c.r) > 0;
  const [side, s] = added ? [ctx.reading, c.r] : [ctx.base, c.b];
  for (let i = s[0]; i < s[1]; i++) {
    const t = side.tokens[i];
    if (t.punct || !side.content[i] || ctx.lex.quantifiers.has(t.n) || !(t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'VERB')) return null;
  }
  // the head right after the words, in the same subject (or among the parties a directive verb
  // addresses: "Calls upon [Member] States to"), read on the other side too
  const head = side.tokens[s[1]];
  if (!head || !(head.pos === 'NOUN' || head.pos === 'PROPN')) return null;
  // ("The receiving State Party" → "The receiving Party": the parties to the instrument either way)
  if (head.lemma === 'party' || head.n === 'party' || head.n === 'parties') {
    let same = true;
    for (let i = s[0]; i < s[1] && same; i++) same = ctx.lex.partyNames.has(side.tokens[i].n);
    // (quoted with the head both sides read: 'State Party' → 'Party')
    const [other, o] = added ? [ctx.base, c.b] : [ctx.reading, c.r];
    if (same && other.tokens[o[0]]?.lemma === head.lemma) {
      const own: Span = [s[0], s[1] + 1];
      const theirs: Span = [o[0], o[0] + 1];
      const whole: Candidate = added ? { b: theirs, r: own } : { b: own, r: theirs };
      return finding(whole, 'lexical', `wording changed: ${q(text(ctx.base, whole.b))} → ${q(text(ctx.reading, whole.r))} — another name of the same parties to the instrument`);
    }
  }
  // (the words the other side reads right after the head, as its postmodifier: "A State injured by
  // an internationally wrongful act" → "An injured State" — the same party, the modifier moved before
  // the noun, not a kind added: readings.ts nounMovedPastModifier reads the move)
  {
    const [other, o] = added ? [ctx.base, c.b] : [ctx.reading, c.r];
    let h = -1;
    for (let k = Math.max(0, o[0] - 2); k <= Math.min(other.tokens.length - 1, o[1] + 1) && h < 0; k++) if (other.tokens[k].lemma === head.lemma) h = k;
    if (h >= 0) {
      let same = true;
      for (let i = s[0]; i < s[1] && same; i++) same = other.tokens[h + 1 + (i - s[0])]?.n === side.tokens[i].n;
      if (same) return null;
    }
  }
  const span: Span = [s[0], s[1] + 1];
  const addressed = addressees(side).some((a) => a[0] <= span[0] && span[1] <= a[1]);
  if (!addressed && !inSubject(side, s[0], s[1] + 1)) return null;
  // the title of one office or organ shortened or written out ("the United Nations High
  // Commissioner" → "the High Commissioner"): after "the", capitalised words that name no class of
  // parties, before a capitalised title in the singular — the same addressee, not a wider set
  if (len(c.b) * len(c.r) === 0 && officeTitle(side, s, ctx.lex)) return finding(c, added ? 'addition' : 'omission', `${added ? 'added' : 'omitted'}: ${words0(side, s)} — the title of the same office written ${added ? 'out' : 'shorter'}: the same addressee`);
  const stance = !addressed && takesStance(side, span, ctx.lex);
  if (!addressed && !bindsRule(side, span, ctx.lex) && !stance) return null;
  if (!partyIn(side, span, ctx.lex)) return null;
  // (the party named only in a phrase after the head, "The respective roles | of stakeholders":
  // the head names what the rule is about, not who bears it; a word before it restricts no party)
  const sub = side.subjects[spanIndexAt(side.subjects, s[0])];
  if (sub && sub[0] <= s[0]) {
    const headEnd = subjectHeadEnd(side, sub, ctx.lex.postmodifiers);
    if (headEnd < sub[1] && !partyBetween(side, sub[0], headEnd, ctx.lex)) return null;
  }
  const words = q(text(side, s));
  // a word that restricts no set of parties (actors.yaml `unrestrictive`: "the respective
  // authorities", each its own) dropped or added leaves the bearers as they were
  let unrestrictive = true;
  for (let i = s[0]; i < s[1] && unrestrictive; i++) unrestrictive = ctx.lex.unrestrictive.has(side.tokens[i].n);
  if (unrestrictive && len(c.b) * len(c.r) === 0) return finding(c, added ? 'addition' : 'omission', `${added ? 'added' : 'omitted'}: ${words} — it restricts no set of parties: the rule binds the same parties`);
  // an epithet that says which body is meant ("the competent authority": actors.yaml `designations`)
  // designates the same body, it does not narrow a class of parties: the word dropped or added
  const designation = ctx.lex.designations;
  // (after a definite determiner: "the competent authority"; "Competent authorities" names a class)
  const det = side.tokens[s[0] - 1];
  let designates = !!det && det.sentence === head.sentence && designation.determiners.has(det.n) && (designation.heads.has(head.lemma) || designation.heads.has(head.n));
  for (let i = s[0]; i < s[1] && designates; i++) designates = designation.words.has(side.tokens[i].n);
  if (designates) return finding(c, added ? 'addition' : 'omission', `${added ? 'added' : 'omitted'}: ${words} — it says which ${head.lemma} is meant, the same body: the rule binds the same party`);
  const what = added ? `${words} added to the bearer: the rule now binds a narrower set of parties` : `${words} dropped from the bearer: the rule now binds a wider set of parties`;
  // (with a determiner on the other side, the bearer is given whole on both: 'The Parties' → 'Developed country Parties')
  const whole: Candidate = len(c.b) > 0 && len(c.r) > 0 ? { b: [c.b[0], c.b[1] + 1], r: [c.r[0], c.r[1] + 1] } : c;
  return finding(whole, 'actor', `actor changed: ${what}${stance ? ' (who takes the position)' : ''}`);
}

/**
 * The addressee "you" (actors.yaml `personal-pronouns` `second`) replaced by a noun phrase naming
 * the ones addressed, or the other way round, right before the same kind of modal on both sides,
 * wherever the clause stands: a relative clause ("the standards you should meet" → "the standards
 * providers should meet"), a clause coordinated with a modal of its own (", and you must" → ", and
 * apps must"). "You" names the duty-bearer, so another name is an `actor` change, as it is at the
 * head of the sentence. Not after a subordinator (actors.yaml `subordinators`: "unless you can
 * show"): the subject of a condition with a modal of its own bears no rule. Null otherwise.
 */
function addresseeNamed(c: Candidate, ctx: Ctx): Finding | null {
  if (c.deontic || len(c.b) === 0 || len(c.r) === 0) return null;
  const you = (side: Side, sp: Span) => len(sp) === 1 && side.tokens[sp[0]].pos === 'PRON' && ctx.lex.personalPronouns.get(side.tokens[sp[0]].n) === 'second';
  const named = (side: Side, sp: Span) => {
    const h = side.tokens[sp[1] - 1];
    return nounPhrase(side, sp) && contentCount(side, sp[0], sp[1]) > 0 && (h.pos === 'NOUN' || h.pos === 'PROPN');
  };
  const yb = you(ctx.base, c.b);
  if (yb === you(ctx.reading, c.r)) return null;
  if (!(yb ? named(ctx.reading, c.r) : named(ctx.base, c.b))) return null;
  // a modal right after on both sides (adverbs aside), not after a subordinator
  const modal = (side: Side, sp: Span) => {
    let j = sp[1];
    while (j < side.tokens.length && side.tokens[j].pos === 'ADV' && side.marker[j] < 0) j++;
    const f = side.marker[j] >= 0 ? side.frames[side.marker[j]] : null;
    const prev = side.tokens[sp[0] - 1];
    return !!f?.aux && f.aux[0] === j && !(prev && prev.sentence === side.tokens[sp[0]].sentence && ctx.lex.subordinators.has(prev.n)) ? f : null;
  };
  const fb = modal(ctx.base, c.b);
  const fr = modal(ctx.reading, c.r);
  if (!fb || !fr) return null;
  return finding(c, 'actor', `actor changed: ${change(ctx, c)} — ${differentParty(ruleKind(fb))} (the addressee named as a party, or a party addressed)`);
}

/**
 * A personal pronoun that bears a rule replaced by another, as a candidate of its own (the clause
 * before it cut off by splitBeforeSubject: "We welcome the plan, and we will protect" → "They will
 * protect"): an actor change, as pronounSwaps finds it in a whole op, not one function word for another.
 * So is a personal pronoun against a party named by a noun phrase ("The Participants" → "We"), both
 * the subjects of a rule, once the modal split has cut them off from their predicates.
 */
export function pronounBearer(c: Candidate, ctx: Ctx): Finding | null {
  if (c.deontic || len(c.b) === 0 || len(c.r) === 0) return null;
  const B = ctx.base;
  const R = ctx.reading;
  const one = (side: Side, s: Span) => pronounPhrase(side, s, ctx.lex);
  const pb = one(B, c.b);
  const pr = one(R, c.r);
  if (!pb && !pr) return null;
  if (pb && pr && B.tokens[c.b[0]].n === R.tokens[c.r[0]].n) return null;
  // the other side a party named in full as the subject ("The Participants intend to cooperate" →
  // "We will work together"): the pronoun holds no content word for the main rule below to compare,
  // and pronounSwaps, which reads the whole op, wants the verb after both alike — here the modal
  // split has already cut the subjects from what follows them, whatever became of the verb
  const party = (side: Side, s: Span, p: boolean) => p || (contentCount(side, s[0], s[1]) > 0 && withinSubject(side, s) && reachesHead(side, s, ctx.lex) && partyIn(side, s, ctx.lex));
  if (!party(B, c.b, pb) || !party(R, c.r, pr) || !inSubject(B, c.b[0], c.b[1]) || !inSubject(R, c.r[0], c.r[1])) return null;
  // (one side may take a position on the act rather than bind itself to it, "We intend to promote"
  // → "Ministers underlined the importance of": who holds it is still who the text speaks for)
  const holds = (side: Side, s: Span) => bindsRule(side, s, ctx.lex) || takesStance(side, s, ctx.lex);
  if (!holds(B, c.b) || !holds(R, c.r) || (!bindsRule(B, c.b, ctx.lex) && !bindsRule(R, c.r, ctx.lex))) return null;
  const ruled = bindsRule(B, c.b, ctx.lex) ? B : R;
  const rs = ruled === B ? c.b : c.r;
  return sameParty(c, ctx) ?? finding(c, 'actor', `actor changed: ${change(ctx, c)} — ${differentParty(kindAfter(ruled, rs, ctx.lex))}`);
}

/**
 * One party's part in a procedure replaced by the other's, before the same party noun in the
 * subject of a rule ("The requested State Party shall not refuse" → "The requesting State Party …",
 * "The receiving Party shall retain" → "The transferring Party …"): both words are roles
 * (actors.yaml `roles`), the noun after them is read alike and names a party. The bearer is the
 * other party: an `actor` variant, which grammar (requested/requesting) or a rewording would take.
 */
export function roleParty(c: Candidate, ctx: Ctx): Finding | null {
  // (a role may be read as a directive verb, "requested": the list decides, not the marker)
  if (len(c.b) !== 1 || len(c.r) !== 1) return null;
  const B = ctx.base;
  const R = ctx.reading;
  const bt = B.tokens[c.b[0]];
  const rt = R.tokens[c.r[0]];
  if (bt.n === rt.n || !ctx.lex.roles.has(bt.n) || !ctx.lex.roles.has(rt.n)) return null;
  const bh = B.tokens[c.b[1]];
  const rh = R.tokens[c.r[1]];
  if (!bh || !rh || bh.n !== rh.n || !(bh.pos === 'NOUN' || bh.pos === 'PROPN')) return null;
  const span = (side: Side, s: Span): Span => [s[0], nounPhraseEnd(side, s[1])];
  const sb = span(B, c.b);
  const sr = span(R, c.r);
  // the subject of a rule or stance; or (the tagger reads the participle as a verb, and no subject
  // region is found: "The requested State Party shall") the noun phrase runs from the clause's
  // determiner right up to its modal
  const bearer = (side: Side, sp: Span) =>
    (inSubject(side, sp[0], sp[1]) && (bindsRule(side, sp, ctx.lex) || takesStance(side, sp, ctx.lex))) ||
    (side.marker[sp[1]] >= 0 && sp[0] > 0 && side.tokens[sp[0] - 1].pos === 'DET' && (sp[0] === 1 || isClausePunct(side.tokens[sp[0] - 2])));
  if (!bearer(B, sb) && !bearer(R, sr)) return null;
  if (!partyIn(B, [c.b[1], sb[1]], ctx.lex) || !partyIn(R, [c.r[1], sr[1]], ctx.lex)) return null;
  const stance = takesStance(B, sb, ctx.lex);
  const kind = B.marker[sb[1]] >= 0 ? ruleKind(B.frames[B.marker[sb[1]]]) : kindAfter(B, sb, ctx.lex);
  const bears = stance ? 'a different party takes the position' : differentParty(kind);
  return finding(c, 'actor', `actor changed: ${change(ctx, c)} — the other party to the procedure: ${bears}`);
}

/**
 * An obligation borne severally against one borne jointly ("Each Party shall" → "The Parties
 * shall"): a distributive determiner (actors.yaml `distributive`) before a noun in a subject on one
 * side, the same noun in another number after a `joint` word ("the", "both") on the other. An `actor` variant, which the
 * grammatical classifier would otherwise take for number and article.
 */
export function severalOrJoint(c: Candidate, ctx: Ctx): Finding | null {
  const hasDet = (side: Side, s: Span) => {
    for (let i = s[0]; i < s[1]; i++) if (ctx.lex.distributive.has(side.tokens[i].n)) return true;
    return false;
  };
  // (a distributive determiner on one side: none, no finding)
  if (!hasDet(ctx.base, c.b) && !hasDet(ctx.reading, c.r)) return null;
  const find = (side: Side, s: Span) => {
    let det = -1;
    for (let i = s[0]; i < s[1]; i++) {
      const t = side.tokens[i];
      if (ctx.lex.distributive.has(t.n)) det = i;
      else if (det >= 0 && (t.pos === 'NOUN' || t.pos === 'PROPN')) return { det, noun: i };
    }
    return det >= 0 ? { det, noun: -1 } : null;
  };
  for (const [own, os, other, xs, several] of [
    [ctx.base, c.b, ctx.reading, c.r, true],
    [ctx.reading, c.r, ctx.base, c.b, false],
  ] as const) {
    const f = find(own, os);
    if (!f || f.noun < 0 || hasDet(other, xs) || !inSubject(own, f.det, f.noun + 1)) continue;
    const noun = own.tokens[f.noun];
    for (let j = xs[0]; j < xs[1]; j++) {
      const t = other.tokens[j];
      if ((t.lemma !== noun.lemma && t.stem !== noun.stem) || t.n === noun.n) continue;
      // the bearers named together: "the" or "both" just before the noun (or a number between)
      let joint = false;
      for (let k = j - 1; k >= Math.max(0, j - 2) && !joint; k--) joint = ctx.lex.joint.has(other.tokens[k].n);
      if (!joint) continue;
      const how = several ? 'each on its own becomes all together' : 'all together becomes each on its own';
      return finding(c, 'actor', `actor changed: ${change(ctx, c)} — who bears the obligation: ${how}`);
    }
  }
  return null;
}

function words0(side: Side, s: Span): string {
  return q(text(side, s));
}

/**
 * Are the words at s, after a lower-case "the" (or one opening the sentence), capitalised words
 * that are no party name or role of the instrument, before a run of capitalised words ending in a singular
 * noun ("the [United Nations] High Commissioner", "the [European] Commission")? The title of one
 * office or organ: words of it dropped name the same office. "Member States" (a plural, a class)
 * is not.
 */
function officeTitle(side: Side, s: Span, lex: Lexicons): boolean {
  const T = side.tokens;
  const the = T[s[0] - 1];
  if (!the || the.n !== 'the' || (the.t !== 'the' && T[s[0] - 2]?.sentence === the.sentence)) return false;
  const cap = (t: Token) => !t.punct && /^\p{Lu}/u.test(t.t);
  for (let i = s[0]; i < s[1]; i++) {
    const t = T[i];
    if (!cap(t) || lex.partyNames.has(t.n) || lex.roles.has(t.n)) return false;
  }
  let e = s[1];
  while (e < T.length && cap(T[e]) && T[e].sentence === T[s[0]].sentence) e++;
  if (e === s[1]) return false;
  const last = T[e - 1];
  return (last.pos === 'NOUN' || last.pos === 'PROPN') && !(last.n.length > 3 && last.n.endsWith('s') && !last.n.endsWith('ss'));
}

/** Per lexicons: the most words (space-separated parts) of a `partial` phrase, and their first words. */
interface PartialWords {
  max: number;
  firsts: Set<string>;
}

const PARTIAL_WORDS = new WeakMap<Lexicons, PartialWords>();

function partialWords(lex: Lexicons): PartialWords {
  let w = PARTIAL_WORDS.get(lex);
  if (!w) {
    w = { max: 0, firsts: new Set<string>() };
    for (const p of lex.partial) {
      const parts = p.split(' ');
      w.max = Math.max(w.max, parts.length);
      w.firsts.add(parts[0]);
    }
    PARTIAL_WORDS.set(lex, w);
  }
  return w;
}

/**
 * Only some of the parties (actors.yaml `partial`): "States concluded" → "Some States concluded",
 * "Many delegations" → "Delegations". The words added (dropped) are only such a quantifier, right
 * before the noun that opens the clause's subject and names a party.
 */
export function partialParty(c: Candidate, ctx: Ctx): Finding | null {
  const added = len(c.b) === 0 && len(c.r) > 0;
  const dropped = len(c.r) === 0 && len(c.b) > 0;
  if (!added && !dropped) return partialReplaced(c, ctx);
  const [side, s] = added ? [ctx.reading, c.r] : [ctx.base, c.b];
  // (a phrase has at least as many words as the span has tokens, and opens with the first token's
  // form when that holds no space: else the span is none)
  const pw = partialWords(ctx.lex);
  const first = side.tokens[s[0]].n;
  if (len(s) > pw.max || (!pw.firsts.has(first) && !first.includes(' '))) return null;
  const words = side.tokens.slice(s[0], s[1]).map((t) => t.n).join(' ');
  if (!ctx.lex.partial.has(words)) return null;
  const noun = side.tokens[s[1]];
  if (!noun || (noun.pos !== 'NOUN' && noun.pos !== 'PROPN') || !partyIn(side, [s[1], s[1] + 1], ctx.lex)) return null;
  // the quantifier opens the clause (its subject): nothing but a determiner before it in its clause
  const prev = side.tokens[s[0] - 1];
  if (prev && prev.sentence === noun.sentence && !isClausePunct(prev) && prev.pos !== 'SCONJ' && prev.n !== 'that') return null;
  return finding(c, 'actor', added ? `actor narrowed: ${q(text(side, s))} added — only some of them now take the position or bear the obligation` : `actor widened: ${q(text(side, s))} dropped — all of them now take the position or bear the obligation`);
}

/**
 * The quantifier a `partial` phrase (actors.yaml) is, read at s on the side, opening the clause's
 * subject right before a noun naming a party; or null.
 */
function partialAt(side: Side, s: Span, lex: Lexicons): string | null {
  const pw = partialWords(lex);
  if (len(s) === 0 || len(s) > pw.max) return null;
  const first = side.tokens[s[0]].n;
  if (!pw.firsts.has(first) && !first.includes(' ')) return null;
  const words = side.tokens.slice(s[0], s[1]).map((t) => t.n).join(' ');
  if (!lex.partial.has(words)) return null;
  const noun = side.tokens[s[1]];
  if (!noun || (noun.pos !== 'NOUN' && noun.pos !== 'PROPN')) return null;
  // (the head of the noun run names the party: "some ICT tools" names none)
  let h = s[1];
  while (side.tokens[h + 1] && (side.tokens[h + 1].pos === 'NOUN' || side.tokens[h + 1].pos === 'PROPN') && side.tokens[h + 1].sentence === noun.sentence) h++;
  if (!partyBetween(side, h, h + 1, lex)) return null;
  const prev = side.tokens[s[0] - 1];
  if (prev && prev.sentence === noun.sentence && !isClausePunct(prev) && prev.pos !== 'SCONJ' && prev.n !== 'that') return null;
  return words;
}

/**
 * One quantifier of only some of the parties replaced by another before the same party noun that
 * opens the clause's subject ("Some States proposed" → "Many States proposed", "Several" → "Most"):
 * the holders of the position or the bearers of the rule are another share of the parties, an
 * `actor` change as the quantifier dropped is. A quantifier of an object ("noted that some tools")
 * is none. Else: `other N` → `others` (the party noun elided, the pronoun for the same parties,
 * actors.yaml `elided-others`) is the same actor, a `grammatical` variant. Null otherwise.
 */
function partialReplaced(c: Candidate, ctx: Ctx): Finding | null {
  if (c.deontic || len(c.b) === 0 || len(c.r) === 0) return null;
  const qb = partialAt(ctx.base, c.b, ctx.lex);
  const qr = qb === null ? null : partialAt(ctx.reading, c.r, ctx.lex);
  if (qb !== null && qr !== null && qb !== qr) {
    const bn = ctx.base.tokens[c.b[1]];
    const rn = ctx.reading.tokens[c.r[1]];
    // (the subject of a rule or a position: "Noting that a number of States have adopted" → "some
    // States" states neither, a change of wording)
    const holds = (side: Side, sp: Span) => bindsRule(side, [sp[0], sp[1] + 1], ctx.lex) || takesStance(side, [sp[0], sp[1] + 1], ctx.lex) || statesView(side, sp[1], ctx.lex);
    if (bn.lemma === rn.lemma && (holds(ctx.base, c.b) || holds(ctx.reading, c.r))) return finding(c, 'actor', `actor changed: ${change(ctx, c)} — another share of the parties now takes the position or bears the obligation`);
  }
  return elidedParty(c, ctx);
}

/**
 * Does the noun phrase at k (its nouns run on) take a verb that states a view: a reporting verb
 * (modality.yaml `past-forms` `reporting`: "said", "underlined") or a verb with a "that" clause
 * ("proposed that", "considered that")?
 */
function statesView(side: Side, k: number, lex: Lexicons): boolean {
  const T = side.tokens;
  let v = k;
  while (v < T.length && (T[v].pos === 'NOUN' || T[v].pos === 'PROPN') && T[v].sentence === T[k].sentence) v++;
  while (v < T.length && T[v].pos === 'ADV' && side.marker[v] < 0) v++;
  const t = T[v];
  if (!t || t.sentence !== T[k].sentence || t.pos !== 'VERB') return false;
  return isReportingVerb(t, lex.pastForms.reporting) || T[v + 1]?.n === 'that';
}

/**
 * `other States` → `others` (actors.yaml `elided-others`: the determiner before a party noun, and
 * the pronoun that stands for it with the noun elided): the same parties, the noun understood from
 * the clause; a `grammatical` variant, not another actor. Either way round. Null otherwise.
 */
function elidedParty(c: Candidate, ctx: Ctx): Finding | null {
  const read = (full: Side, fs: Span, short: Side, ss: Span): boolean => {
    if (len(fs) !== 2 || len(ss) !== 1) return false;
    const pron = ctx.lex.elidedOthers.get(full.tokens[fs[0]].n);
    const head = full.tokens[fs[0] + 1];
    return pron !== undefined && pron === short.tokens[ss[0]].n && (head.pos === 'NOUN' || head.pos === 'PROPN') && partyBetween(full, fs[0] + 1, fs[1], ctx.lex);
  };
  if (!read(ctx.base, c.b, ctx.reading, c.r) && !read(ctx.reading, c.r, ctx.base, c.b)) return null;
  return finding(c, 'grammatical', `grammatical (function words): ${change(ctx, c)} — the same parties, the noun elided`);
}

/**
 * Words of the bearer's name replaced by a first-person possessive in the subject of a rule
 * ("Member governments shall not pay" → "Our governments shall not pay", actors.yaml
 * `possessives.first`): the speaker names the members as its own, as "Members" → "We" does; an
 * actor change like that one, not a referring word for the same words (content.ts). Null otherwise.
 */
export function speakerNamesBearer(c: Candidate, ctx: Ctx): Finding | null {
  if (len(c.b) === 0 || len(c.r) === 0) return null;
  let first = false;
  for (let j = c.r[0]; j < c.r[1]; j++) if (ctx.lex.possessives.get(ctx.reading.tokens[j].n) === 'first') first = true;
  for (let i = c.b[0]; i < c.b[1]; i++) if (ctx.lex.possessives.get(ctx.base.tokens[i].n) === 'first' || ctx.lex.firstPerson.has(ctx.base.tokens[i].n)) first = false;
  if (!first) return speakerForParty(c, ctx);
  if (!first || !inSubject(ctx.reading, c.r[0], c.r[1]) || !bindsRule(ctx.reading, c.r, ctx.lex)) return null;
  return finding(c, 'actor', `actor changed: ${change(ctx, c)} — ${differentParty(kindAfter(ctx.reading, c.r, ctx.lex))} (the speaker names the bearers as its own)`);
}

/**
 * A party named in the subject of the base's rule or position replaced by a first-person pronoun
 * (actors.yaml `first-person`) as the witness's subject ("Signatories should empower users" → "We
 * empower users", "Signatories acknowledge that" → "We note that"): "we" is no anaphor of a third
 * party, it is the speaker, so the duty bearer changes from the named parties to the one speaking,
 * whether the witness keeps the modal (pronounBearer takes that case) or drops it (the statement of
 * practice is a modality change of its own). An `actor` variant, not a referring word. A
 * third-person pronoun ("They empower") may be an anaphor of the same parties and stays lexical; so
 * does "We" for one party named in the singular ("Contoso shall publish" → "We publish").
 */
function speakerForParty(c: Candidate, ctx: Ctx): Finding | null {
  const B = ctx.base;
  const R = ctx.reading;
  if (len(c.r) !== 1) return null;
  const we = R.tokens[c.r[0]];
  if (we.pos !== 'PRON' || !ctx.lex.firstPerson.has(we.n) || !inSubject(R, c.r[0], c.r[1])) return null;
  for (let i = c.b[0]; i < c.b[1]; i++) if (ctx.lex.firstPerson.has(B.tokens[i].n) || ctx.lex.possessives.get(B.tokens[i].n) === 'first') return null;
  // the base names a party as the subject of a rule or of a position
  if (contentCount(B, c.b[0], c.b[1]) === 0 || !inSubject(B, c.b[0], c.b[1]) || !partyIn(B, c.b, ctx.lex)) return null;
  // (a class of parties in the plural, "Signatories", "Members": "we" is one of them or the
  // speaker; one party named, "Contoso", "The Company", may speak of itself as "we", the same party)
  let plural = false;
  for (let i = c.b[0]; i < c.b[1]; i++) if ((B.tokens[i].pos === 'NOUN' || B.tokens[i].pos === 'PROPN') && B.tokens[i].n.length > 3 && B.tokens[i].n.endsWith('s') && !B.tokens[i].n.endsWith('ss')) plural = true;
  if (!plural) return null;
  const stance = takesStance(B, c.b, ctx.lex);
  if (!bindsRule(B, c.b, ctx.lex) && !stance) return null;
  const bears = stance && !bindsRule(B, c.b, ctx.lex) ? 'a different party takes the position' : differentParty(kindAfter(B, c.b, ctx.lex));
  return finding(c, 'actor', `actor changed: ${change(ctx, c)} — ${bears} (the speaker in place of the parties the base names)`);
}
