/**
 * Reported speech: a witness that gives the text as what someone said ("We will strengthen
 * cooperation" → "They said they would strengthen cooperation"). The reporting frame, a short
 * subject and one of the reporting verbs of modality.yaml `past-forms` (with its "that"), opening a
 * change whose other side reads words of its own, is an addition (or, the other way round, an
 * omission) of its own; the reported clause after it is compared with the base as usual, where
 * the tense of reported speech ("will" → "would") and the person of its pronouns ("we" → "they",
 * `reported-person` in lexicons/modality.yaml) are grammatical.
 */
import type { Span, Token } from '../../types.js';
import { type Candidate, type Classifier, type Ctx, type Finding, len, q, text } from '../context.js';
import type { Side } from '../side.js';
import { openingWords } from '../lexicon.js';

/** Parts of speech a reporting verb's subject is made of ("They", "The two leaders", "Officials of both sides"). */
const SUBJECT_POS = new Set(['PRON', 'DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'CCONJ']);
/** Longest subject of a reporting frame, in tokens. */
const MAX_SUBJECT = 6;
/** Words of an adjunct after a closing reporting verb (", the Commissioner said at the launch."), at most. */
const MAX_ADJUNCT = 5;

/** The reporting frame opening the span ("They said", "The leaders said that"), or null. */
export function reportingFrame(side: Side, s: Span, reporting: ReadonlySet<string>): Span | null {
  const T = side.tokens;
  for (let v = s[0]; v < s[1] && v - s[0] <= MAX_SUBJECT; v++) {
    const t = T[v];
    if (isReportingVerb(t, reporting)) {
      // a subject with a head (a pronoun, a noun or a name), and a clause reported after the verb
      let head = false;
      for (let k = s[0]; k < v; k++) if (T[k].pos === 'PRON' || T[k].pos === 'NOUN' || T[k].pos === 'PROPN') head = true;
      if (!head) return null;
      let end = v + 1;
      if (end < s[1] && T[end].n === 'that') end++;
      // (the reported clause may begin past the change, read alike: "Requests the Secretary-General
      // to" → "We note that the Secretary-General is requested to", when "that" opens it)
      const next = end < s[1] ? T[end] : T[end - 1].n === 'that' && end === s[1] ? T[end] : undefined;
      if (!next || next.punct || next.pos === 'CCONJ' || next.sentence !== t.sentence) return null;
      // without "that", a clause: a verb of its own before the clause ends ("They said they would
      // act"); a noun phrase alone is the verb's object ("We note the report, and we ask …": the
      // words are the base's own, noting a document)
      if (T[end - 1].n !== 'that') {
        let verb = false;
        // (a participle before its noun, "the importance of trusted suppliers", or an infinitive,
        // "reaffirmed their commitment to protect", is no verb of a clause)
        const attributive = (k: number) => /(ed|ing)$/.test(T[k].n) && (T[k + 1]?.pos === 'NOUN' || T[k + 1]?.pos === 'ADJ') && k > end && ['DET', 'ADP', 'ADJ'].includes(T[k - 1].pos);
        for (let k = end; k < T.length && T[k].sentence === t.sentence && !(T[k].punct && T[k].n !== "'" && T[k].n !== '-') && !verb; k++) verb = (T[k].pos === 'VERB' || T[k].pos === 'AUX') && !attributive(k) && T[k - 1].n !== 'to';
        if (!verb) return null;
      }
      return [s[0], end];
    }
    if (!SUBJECT_POS.has(t.pos) && t.n !== 'of') return null;
  }
  return null;
}

/**
 * A reporting frame closing the sentence of the token at `at` (", the leaders said."): the span
 * from its comma through the verb, or null.
 */
export function tailFrame(side: Side, at: number, reporting: ReadonlySet<string>): Span | null {
  const T = side.tokens;
  const sent = T[at].sentence;
  let v = at;
  // (a quotation closed before the frame, '," the ministers said.': the closing mark goes with the comma)
  const quote = (t: Token) => t.n === '"';
  while (v + 1 < T.length && T[v + 1].sentence === sent && !(T[v + 1].punct && T[v + 1].n !== ',' && !(quote(T[v + 1]) && T[v].n === ','))) v++;
  // v: the last token before the sentence's closing mark
  if (v <= at) return null;
  const last = v;
  // (an adjunct of the saying after the verb, ", the Commissioner said at the launch.", "…said on
  // Thursday.": a short run of words with no verb or mark, opening with a preposition or an adverb)
  if (!isReportingVerb(T[v], reporting)) {
    let k = v;
    while (k > at && last - k < MAX_ADJUNCT && !T[k].punct && T[k].pos !== 'VERB' && T[k].pos !== 'AUX') k--;
    if (k >= last || !isReportingVerb(T[k], reporting) || (T[k + 1].pos !== 'ADP' && T[k + 1].pos !== 'ADV')) return null;
    v = k;
  }
  if (!isReportingVerb(T[v], reporting)) return null;
  let head = false;
  for (let k = v - 1; k >= at && v - k <= MAX_SUBJECT + 2; k--) {
    const t = T[k];
    if (quote(t) && T[k - 1]?.n === ',' && k - 1 >= at) continue;
    if (t.n === ',') return head ? [k, last + 1] : null;
    if (!SUBJECT_POS.has(t.pos) && t.n !== 'of') return null;
    if (t.pos === 'PRON' || t.pos === 'NOUN' || t.pos === 'PROPN') head = true;
  }
  return null;
}

/**
 * An attribution in the span ("according to a joint statement issued after the summit": modality.yaml
 * `past-forms.attributions`): a head, then words up to the next comma or the end of the sentence,
 * among them a noun of a source, all inside the span; with the comma before it when that is in the
 * span too. The span, or null.
 */
export function attributionIn(side: Side, s: Span, lex: Ctx['lex']): Span | null {
  const T = side.tokens;
  const { heads, sources, openingSources } = lex.pastForms.attributions;
  const open = openingWords(heads);
  for (let i = s[0]; i < s[1]; i++) {
    if (open && !open.has(T[i].n)) continue;
    const h = heads.find((w) => w.every((x, k) => i + k < s[1] && T[i + k].n === x));
    if (!h) continue;
    let end = i + h.length;
    let source = false;
    // (opening its sentence, or closing it after a comma: "…before launch, according to the code.")
    let opens = i === 0 || T[i - 1].sentence !== T[i].sentence;
    if (!opens && T[i - 1].n === ',') {
      let z = i + h.length;
      while (z < T.length && T[z].sentence === T[i].sentence && !T[z].punct) z++;
      opens = z >= T.length || T[z].sentence !== T[i].sentence || T[z].n === '.' || T[z].n === ';';
    }
    while (end < T.length && T[end].sentence === T[i].sentence && !T[end].punct) {
      if (sources.has(T[end].lemma) || sources.has(T[end].n)) source = true;
      if (opens && (openingSources.has(T[end].lemma) || openingSources.has(T[end].n))) source = true;
      end++;
    }
    // (or a name alone, opening the sentence before a comma: "According to Norland, …" says whose view
    // it is, no condition of when the rule applies; a name of an instrument, "According to the
    // Charter, …", stays a condition: qualifiers.yaml `instruments`)
    if (!source && end > i + h.length && T[end]?.n === ',' && (i === 0 || T[i - 1].sentence !== T[i].sentence)) {
      let name = false;
      let other = false;
      for (let k = i + h.length; k < end; k++) {
        const t = T[k];
        if (t.pos === 'PROPN' && !lex.instruments.has(t.n.toLowerCase())) name = true;
        else if (t.pos === 'PROPN' || side.content[k]) other = true;
      }
      source = name && !other;
      // (the comma that closes it goes with it)
      if (source && end + 1 <= s[1]) end++;
    }
    if (!source || end > s[1]) continue;
    // (opening its sentence, the comma that closes it goes with it: "According to the declaration,
    // ministries shall …" is one addition, not an addition and a comma)
    if (opens && T[end]?.n === ',' && end + 1 <= s[1]) end++;
    const from = i > s[0] && T[i - 1].n === ',' ? i - 1 : i;
    return [from, end];
  }
  return null;
}

/** Is the token one of the reporting verbs (modality.yaml `past-forms` `reporting`), used as a verb? */
export function isReportingVerb(t: Token, reporting: ReadonlySet<string>): boolean {
  return t.pos === 'VERB' && reporting.has(t.lemma);
}

function hasReporting(side: Side, s: Span, reporting: ReadonlySet<string>): boolean {
  for (let i = s[0]; i < s[1]; i++) if (isReportingVerb(side.tokens[i], reporting)) return true;
  return false;
}

export const reported: Classifier = {
  name: 'reported',
  claim(ctx: Ctx, edits: readonly Candidate[]): Finding[] {
    const out: Finding[] = [];
    const { reporting } = ctx.lex.pastForms;
    for (const e of edits) {
      // ", according to a joint statement issued after the summit": where the witness read the
      // text, added (dropped) on its own, whatever it stands in place of
      const ar = attributionIn(ctx.reading, e.r, ctx.lex);
      const ab = ar ? null : attributionIn(ctx.base, e.b, ctx.lex);
      if (ar && !attributionIn(ctx.base, e.b, ctx.lex)) {
        ctx.claimedR.fill(1, ar[0], ar[1]);
        out.push({ type: 'addition', b: null, r: ar, at: e.b[0], explanation: `added: ${q(text(ctx.reading, ar))} (an attribution: the witness says where the text was given)` });
      } else if (ab) {
        ctx.claimedB.fill(1, ab[0], ab[1]);
        out.push({ type: 'omission', b: ab, r: null, at: ab[0], explanation: `omitted: ${q(text(ctx.base, ab))} (an attribution: the witness gives the text without saying where it was given)` });
      }
      // (a frame found on the reading's side has its verb inside the change)
      const inR = hasReporting(ctx.reading, e.r, reporting);
      // ", the leaders said." closing the change (added alone, or after words that reword the clause)
      const tr = inR && e.r[1] - e.r[0] >= 3 ? tailFrame(ctx.reading, e.r[0], reporting) : null;
      if (tr && tr[0] >= e.r[0] && tr[1] <= e.r[1] && !hasReporting(ctx.base, e.b, reporting)) {
        ctx.claimedR.fill(1, tr[0], tr[1]);
        out.push({ type: 'addition', b: null, r: tr, at: e.b[1], explanation: `added: ${q(text(ctx.reading, tr))} (a reporting frame: the witness gives the text as what someone said)` });
        continue;
      }
      if (e.b[1] <= e.b[0] || e.r[1] <= e.r[0]) continue;
      const fr = inR ? reportingFrame(ctx.reading, e.r, reporting) : null;
      if (fr && !hasReporting(ctx.base, e.b, reporting)) {
        ctx.claimedR.fill(1, fr[0], fr[1]);
        out.push({ type: 'addition', b: null, r: fr, at: e.b[0], explanation: `added: ${q(text(ctx.reading, fr))} (a reporting frame: the witness gives the text as what someone said)` });
        continue;
      }
      const fb = inR ? null : reportingFrame(ctx.base, e.b, reporting);
      if (fb) {
        ctx.claimedB.fill(1, fb[0], fb[1]);
        out.push({ type: 'omission', b: fb, r: null, at: fb[0], explanation: `omitted: ${q(text(ctx.base, fb))} (a reporting frame: the witness gives as its own words what the base reports)` });
      }
    }
    return out;
  },
  // "We will" → "they would" after a reporting verb: the person of a pronoun and the tense of an
  // auxiliary, word for word, each its own change
  split(c: Candidate, ctx: Ctx): Candidate[] | null {
    const n = len(c.b);
    if (n < 2 || n > 4 || len(c.r) !== n) return null;
    const { pairs, reporting } = ctx.lex.pastForms;
    const B = ctx.base.tokens;
    const R = ctx.reading.tokens;
    for (let k = 0; k < n; k++) {
      const b = B[c.b[0] + k];
      const r = R[c.r[0] + k];
      const pronouns = b.pos === 'PRON' && r.pos === 'PRON';
      const tense = pairs.get(b.n) === r.n || pairs.get(r.n) === b.n;
      if (!pronouns && !tense && b.n !== r.n) return null;
    }
    if (reportingVerbBefore(ctx.reading, c.r[0], reporting) < 0 && reportingVerbBefore(ctx.base, c.b[0], reporting) < 0) return null;
    const out: Candidate[] = [];
    for (let k = 0; k < n; k++) {
      if (B[c.b[0] + k].n !== R[c.r[0] + k].n) out.push({ b: [c.b[0] + k, c.b[0] + k + 1], r: [c.r[0] + k, c.r[0] + k + 1] });
    }
    return out;
  },
};

/** The nearest reporting verb earlier in the sentence of the token at `at`, or -1. */
export function reportingVerbBefore(side: Side, at: number, reporting: ReadonlySet<string>): number {
  const T = side.tokens;
  for (let k = at - 1; k >= 0 && T[k].sentence === T[at].sentence; k--) if (isReportingVerb(T[k], reporting)) return k;
  return -1;
}
