/**
 * Clause scope: passes over the findings of one unit that read a qualifier with what lies around it
 * (from new-user trials 52 and 53; word lists in qualifiers.yaml `limit-markers`, `goal-markers`,
 * `choice-rules`, `narrowing-adverbs`).
 *
 *   - one clause dropped whole is one qualifier-dropped: a trailing exception or named case dropped
 *     to the end of its sentence carries the words inside it (", unless the authority, on the basis
 *     of a risk assessment, designates them as critical"), and the marker of an outer time limit
 *     ("and, in any event,") goes with the limit it marks;
 *   - a condition dropped inside an exception, before the exception's verb, bounds the exception, not
 *     the rule: the rule does not become unconditional;
 *   - a binding time limit made a goal ("in any event" → "ideally", ", ideally" added) is weakened;
 *   - a rule for choosing between two amounts (", whichever is higher") is a condition;
 *   - an adverb that narrows a condition ("only where [strictly] necessary") is a condition narrowed.
 */
import type { Span } from '../types.js';
import { direction, statedAt } from './classify/qualifier.js';
import { type Ctx, type Finding, q, text } from './context.js';
import type { Side } from './side.js';

/** The words (punctuation aside) of a span, space-joined. */
function wordsOf(side: Side, s: Span): string {
  const out: string[] = [];
  for (let i = s[0]; i < s[1]; i++) if (!side.tokens[i].punct) out.push(side.tokens[i].n);
  return out.join(' ');
}

/** An omission (words of the base only) or an addition (of the witness only): its side and span; else null. */
function oneSided(f: Finding, ctx: Ctx): { side: Side; s: Span; dropped: boolean } | null {
  if (f.type === 'omission' && f.b && !f.r) return { side: ctx.base, s: f.b, dropped: true };
  if (f.type === 'addition' && f.r && !f.b) return { side: ctx.reading, s: f.r, dropped: false };
  return null;
}

/** Does only punctuation follow `i` in its sentence? */
function endsSentence(side: Side, i: number): boolean {
  const T = side.tokens;
  const sent = T[Math.max(0, i - 1)]?.sentence;
  for (let k = i; k < T.length && T[k].sentence === sent; k++) if (!T[k].punct) return false;
  return true;
}

/** Is the base span wholly dropped (one change with nothing in the witness)? */
function droppedWhole(ctx: Ctx, s: Span): boolean {
  return ctx.ops.some((op) => op.op !== 'equal' && op.baseSpan[0] <= s[0] && op.baseSpan[1] >= s[1] && op.readingSpan[0] === op.readingSpan[1]);
}

/** Does a phrase of `set` begin at token i of the side (up to five words)? Its length in tokens, or 0. */
function phraseAt(side: Side, i: number, set: ReadonlySet<string>): number {
  let w = '';
  let best = 0;
  for (let k = i; k < Math.min(side.tokens.length, i + 5); k++) {
    w += (w ? ' ' : '') + side.tokens[k].n;
    if (set.has(w)) best = k + 1 - i;
  }
  return best;
}

/** The first token of the span that is no punctuation. */
function firstWord(side: Side, s: Span): number {
  let i = s[0];
  while (i < s[1] && side.tokens[i].punct) i++;
  return i;
}

/** Is the span opened by an exception head ("unless", "without") or a named-case head ("including")? */
function opensScope(ctx: Ctx, s: Span): boolean {
  const i = firstWord(ctx.base, s);
  return i < s[1] && (phraseAt(ctx.base, i, ctx.lex.exceptionHeads) > 0 || phraseAt(ctx.base, i, ctx.lex.sameNamedCase) > 0);
}

/** The words of a limit marker dropped beside a time limit: "and, in any event". */
function limitMarker(ctx: Ctx, s: Span): boolean {
  let w = wordsOf(ctx.base, s);
  w = w.replace(/^(and|or) /, '');
  return ctx.lex.clauseScope.limitMarkers.has(w);
}

/** The finding over a wider span, its explanation quoting the whole. */
function widened(ctx: Ctx, lead: Finding, s: Span): Finding {
  const was = q(text(ctx.base, lead.b!));
  const now = q(text(ctx.base, s));
  const explanation = lead.explanation.includes(was) ? lead.explanation.replace(was, now) : `condition dropped: ${now}`;
  return { type: 'qualifier-dropped', b: s, r: null, at: s[0], direction: lead.direction, explanation };
}

/**
 * Does the exception or named case `lead` hold the pieces after it? When a condition follows it
 * at once (", unless the authority, [on the basis of a risk assessment,] designates them …", ",
 * including the indicators, [where available]", "without prejudice to the power to inform the
 * public [where necessary to prevent] or handle an incident"): that condition sits inside it, and
 * so does the rest of the clause it breaks. A clause after it with no condition first (", to which
 * the provider must agree") is no part of it: an omission of its own.
 */
function holdsRest(rest: Finding[]): boolean {
  const first = rest.find((f) => f.type !== 'punctuation');
  return !!first && first.type === 'qualifier-dropped';
}

/**
 * One clause dropped whole, reported once: the pieces of one dropped stretch (omissions,
 * qualifiers dropped, punctuation) that a qualifier leads. Before the qualifier only punctuation and
 * the marker of an outer time limit ("and, in any event,") go with it. After it, the words to the end
 * of the sentence go with it when it opens an exception or names cases: a trailing "unless …" or
 * "including …" holds what follows it (", including the indicators of compromise, where available":
 * the condition qualifies the named case, so the obligation does not become unconditional). A time
 * limit or condition followed by another qualifier stays apart ("within 24 hours where …": two).
 */
function foldDroppedClause(findings: Finding[], ctx: Ctx): void {
  const pieces = findings
    .filter((f) => f.b && !f.r && (f.type === 'omission' || f.type === 'qualifier-dropped' || f.type === 'punctuation'))
    .sort((a, b) => a.b![0] - b.b![0]);
  const runs: Finding[][] = [];
  for (const f of pieces) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1].b![1] === f.b![0]) last.push(f);
    else runs.push([f]);
  }
  const gone = new Set<Finding>();
  const added: Finding[] = [];
  for (const run of runs) {
    if (run.length < 2) continue;
    const li = run.findIndex((f) => f.type === 'qualifier-dropped');
    if (li < 0) continue;
    const lead = run[li];
    // before the qualifier: punctuation and limit markers only
    if (!run.slice(0, li).every((f) => f.type === 'punctuation' || (f.type === 'omission' && limitMarker(ctx, f.b!)))) continue;
    let end = li;
    const s0 = run[0].b![0];
    const sEnd = run[run.length - 1].b![1];
    if (opensScope(ctx, lead.b!) && endsSentence(ctx.base, sEnd) && droppedWhole(ctx, [s0, sEnd]) && holdsRest(run.slice(li + 1))) end = run.length - 1;
    // punctuation before the qualifier only: nothing to fold
    const tail = run.slice(li + 1, end + 1);
    if (tail.length === 0 && !run.slice(0, li).some((f) => f.type === 'omission')) continue;
    if (!droppedWhole(ctx, [s0, run[end].b![1]])) continue;
    for (const f of run.slice(0, end + 1)) gone.add(f);
    added.push(widened(ctx, lead, [s0, run[end].b![1]]));
  }
  if (gone.size === 0) return;
  const kept = findings.filter((f) => !gone.has(f));
  findings.length = 0;
  findings.push(...kept, ...added);
}

/**
 * A condition dropped inside an exception: between the exception's head ("unless the competent
 * authority") and its verb ("designates …"), the condition bounds the exception, which now holds
 * without it (it applies more widely); the rule itself does not become unconditional. No direction.
 */
function conditionInException(findings: Finding[], ctx: Ctx): void {
  const B = ctx.base.tokens;
  for (let n = 0; n < findings.length; n++) {
    const f = findings[n];
    if (f.type !== 'qualifier-dropped' || !f.b || f.r || opensScope(ctx, f.b)) continue;
    // a phrase inside the clause, not a limb of the exception with a verb of its own ("unless [the
    // journalist is suspected of a crime and] a court has authorised it")
    if (ctx.base.tokens.slice(f.b[0], f.b[1]).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) continue;
    const at = f.b[0];
    const sent = B[at].sentence;
    // back to the exception head, over no verb (the exception's clause has not reached its verb)
    let head = -1;
    for (let k = at - 1; k >= 0 && k >= at - 8 && B[k].sentence === sent; k--) {
      if (B[k].pos === 'VERB' || B[k].pos === 'AUX' || B[k].n === ';') break;
      if (phraseAt(ctx.base, k, ctx.lex.exceptionHeads) > 0 && ctx.lex.exceptionHeads.has(B[k].n) && B[k].n !== 'without' && B[k].n !== 'except') {
        head = k;
        break;
      }
    }
    // (the exception's subject between its head and the condition)
    if (head < 0 || head >= at - 1) continue;
    // and on to the exception's verb after the condition
    let verb = false;
    for (let k = f.b[1]; k < B.length && B[k].sentence === sent && k < f.b[1] + 4; k++) {
      if (B[k].pos === 'VERB' || B[k].pos === 'AUX') {
        verb = true;
        break;
      }
    }
    if (!verb) continue;
    findings[n] = {
      ...f,
      direction: undefined,
      explanation: `condition dropped inside the exception ${q(text(ctx.base, [head, f.b[0]]).replace(/[\s,]+$/, ''))}: ${q(text(ctx.base, f.b))} — the exception now holds without it (it applies more widely)`,
    };
  }
}

/** Is the reading (or base) token after the span the head of a time limit ("within", "by")? */
function beforeTimeLimit(ctx: Ctx, side: Side, i: number): boolean {
  const t = side.tokens[i];
  return !!t && (ctx.lex.qualifierHeads.get(t.n) ?? []).some((h) => h.kind === 'time');
}

/**
 * A binding time limit made a goal: its marker replaced ("in any event" → "ideally") or a goal
 * marker added before it ("…, ideally within 24 hours"). On an obligation, weakened (dropped, or
 * the other way round, strengthened); elsewhere no direction.
 */
/** Does the rule a finding stands in bind (an obligation)? Worked out only for a finding the word lists select. */
function binds(f: Finding, ctx: Ctx): boolean {
  const [side, s] = f.b ? [ctx.base, f.b] : f.r ? [ctx.reading, f.r] : [null, null];
  return !!side && statedAt(side, { start: s![0], end: s![1], head: [], kind: 'time', word: false }, ctx.lex) === 'obligation';
}

function limitMadeGoal(findings: Finding[], ctx: Ctx): void {
  const { limitMarkers, goalMarkers } = ctx.lex.clauseScope;
  for (let n = 0; n < findings.length; n++) {
    const f = findings[n];
    if (f.type === 'lexical' && f.b && f.r) {
      const wb = wordsOf(ctx.base, f.b);
      const wr = wordsOf(ctx.reading, f.r);
      const toGoal = limitMarkers.has(wb) && goalMarkers.has(wr);
      const toLimit = goalMarkers.has(wb) && limitMarkers.has(wr);
      if (!toGoal && !toLimit) continue;
      findings[n] = {
        ...f,
        direction: binds(f, ctx) ? (toGoal ? 'weakened' : 'strengthened') : undefined,
        explanation: toGoal
          ? `binding time limit made a goal: ${q(text(ctx.base, f.b))} → ${q(text(ctx.reading, f.r))} — the time limit is now only aimed at`
          : `time limit aimed at made binding: ${q(text(ctx.base, f.b))} → ${q(text(ctx.reading, f.r))} — the time limit now binds`,
      };
    } else {
      const one = oneSided(f, ctx);
      if (!one) continue;
      const { side, s } = one;
      if (!goalMarkers.has(wordsOf(side, s)) || !beforeTimeLimit(ctx, side, s[1])) continue;
      const add = !one.dropped;
      findings[n] = {
        ...f,
        type: add ? 'qualifier-added' : 'qualifier-dropped',
        direction: binds(f, ctx) ? (add ? 'weakened' : 'strengthened') : undefined,
        explanation: add
          ? `time limit made a goal: ${q(text(side, s))} added — the time limit is now only aimed at`
          : `time limit made binding: ${q(text(side, s))} dropped — the time limit now binds`,
      };
    }
  }
}

/** A rule for choosing between two amounts or dates (", whichever is higher") dropped or added: a condition, no direction. */
function choiceRule(findings: Finding[], ctx: Ctx): void {
  for (let n = 0; n < findings.length; n++) {
    const f = findings[n];
    const one = oneSided(f, ctx);
    if (!one || !ctx.lex.clauseScope.choiceRules.has(wordsOf(one.side, one.s))) continue;
    const { side, s, dropped } = one;
    findings[n] = {
      ...f,
      type: dropped ? 'qualifier-dropped' : 'qualifier-added',
      direction: undefined,
      explanation: dropped
        ? `condition dropped: ${q(text(side, s))} — the rule that chooses between the amounts is gone; the text no longer says which applies`
        : `condition added: ${q(text(side, s))} — a rule now chooses between the amounts`,
    };
  }
}

/**
 * An adverb that narrows a condition ("only where [strictly] necessary"), added or dropped before
 * the condition's adjective: a condition narrowed (or widened), with the direction a condition (a
 * restriction, after "only") added (dropped) has on the rule.
 */
function conditionNarrowed(findings: Finding[], ctx: Ctx): void {
  for (let n = 0; n < findings.length; n++) {
    const f = findings[n];
    const one = oneSided(f, ctx);
    if (!one || !ctx.lex.clauseScope.narrowing.has(wordsOf(one.side, one.s))) continue;
    const { side, s, dropped } = one;
    if (side.tokens[s[1]]?.pos !== 'ADJ') continue;
    // a condition head just before ("where", "if", "only where")
    let head = -1;
    for (let k = s[0] - 1; k >= 0 && k >= s[0] - 3; k--) {
      if ((ctx.lex.qualifierHeads.get(side.tokens[k].n) ?? []).some((h) => h.kind === 'condition' && h.words.length === 1)) {
        head = k;
        break;
      }
    }
    if (head < 0) continue;
    // the head closing an exception connective ("except where", "save if"): the exception narrowed
    // (widened), the rule holds in more (fewer) cases, the direction of a condition dropped (added)
    const opener = exceptionEndingAt(side, head, ctx);
    if (opener >= 0) {
      const what = statedAt(side, { start: opener, end: s[1], head: [], kind: 'condition', word: false }, ctx.lex);
      findings[n] = {
        ...f,
        type: dropped ? 'qualifier-dropped' : 'qualifier-added',
        direction: direction('condition', !dropped, what),
        explanation: dropped
          ? `exception widened: ${q(text(side, s))} dropped — the ${what} holds in fewer cases`
          : `exception narrowed: ${q(text(side, s))} added — the ${what} holds in more cases`,
      };
      continue;
    }
    const only = head > 0 && side.tokens[head - 1].n === 'only';
    const what = statedAt(side, { start: head, end: s[1], head: [], kind: 'condition', word: false }, ctx.lex);
    const dir = direction(only ? 'restriction' : 'condition', !!dropped, what);
    findings[n] = {
      ...f,
      type: dropped ? 'qualifier-dropped' : 'qualifier-added',
      direction: dir,
      explanation: dropped
        ? `condition widened: ${q(text(side, s))} dropped — the ${what} holds in more cases`
        : `condition narrowed: ${q(text(side, s))} added — the ${what} holds in fewer cases`,
    };
  }
}

/**
 * The first token of an exception connective (qualifiers.yaml `exception`: "unless", "except
 * where", "save if") that ends with the token `head`, or -1.
 */
function exceptionEndingAt(side: Side, head: number, ctx: Ctx): number {
  let w = side.tokens[head].n;
  if (ctx.lex.exceptionHeads.has(w)) return head;
  for (let k = head - 1; k >= 0 && k >= head - 3; k--) {
    w = `${side.tokens[k].n} ${w}`;
    if (ctx.lex.exceptionHeads.has(w)) return k;
  }
  return -1;
}

/** All clause-scope passes, in order (the clause folded first, then the pieces read in place). */
export function clauseScope(findings: Finding[], ctx: Ctx): void {
  foldDroppedClause(findings, ctx);
  conditionInException(findings, ctx);
  limitMadeGoal(findings, ctx);
  choiceRule(findings, ctx);
  conditionNarrowed(findings, ctx);
  conditionInDroppedAside(findings, ctx);
}

/**
 * A condition at the end of an aside dropped whole with it ("States shall act, with the support of
 * United Nations entities where appropriate, to protect data" → "States shall act to protect data"):
 * the condition bounds the aside (the support is what is appropriate), not the rule, which does not
 * become unconditional. One omission (addition) over the aside between its commas, not an omission,
 * a condition dropped and a comma. Only when the aside has words of its own before the condition
 * and the other side reads nothing in its place. When the aside's own words are a time limit
 * ("reported, within 72 hours where practicable, through …"), the variant is that limit dropped
 * (added) over the aside, with the limit's direction: the condition bounds the limit. Mutates `findings`.
 */
function conditionInDroppedAside(findings: Finding[], ctx: Ctx): void {
  for (const f of [...findings]) {
    const dropped = f.type === 'qualifier-dropped';
    if ((!dropped && f.type !== 'qualifier-added') || !findings.includes(f)) continue;
    const side = dropped ? ctx.base : ctx.reading;
    const s = dropped ? f.b : f.r;
    if (!s || s[1] <= s[0]) continue;
    const T = side.tokens;
    const sent = T[s[0]].sentence;
    // the commas around it: the nearest before, the first after (only marks between it and that one)
    let l = s[0] - 1;
    while (l >= 0 && T[l].sentence === sent && T[l].n !== ',') l--;
    let r = s[1];
    while (r < T.length && T[r].punct && T[r].n !== ',') r++;
    if (l < 0 || T[l].n !== ',' || T[l].sentence !== sent || r >= T.length || T[r].n !== ',' || r + 1 >= T.length || T[r + 1].sentence !== sent) continue;
    // (words of the aside's own before the condition)
    let own = false;
    for (let i = l + 1; i < s[0] && !own; i++) own = !T[i].punct && !side.fn[i];
    if (!own) continue;
    const aside: Span = [l, r + 1];
    const whole = ctx.ops.some((op) => {
      const [mine, theirs] = dropped ? [op.baseSpan, op.readingSpan] : [op.readingSpan, op.baseSpan];
      return op.op !== 'equal' && mine[0] <= aside[0] && mine[1] >= aside[1] && theirs[0] === theirs[1];
    });
    if (!whole) continue;
    // every finding of the aside is one-sided and inside it
    const inside = findings.filter((g) => {
      const gs = dropped ? g.b : g.r;
      return !!gs && gs[1] > gs[0] && gs[0] >= aside[0] && gs[1] <= aside[1];
    });
    if (inside.some((g) => { const o = dropped ? g.r : g.b; return !!o && o[1] > o[0]; })) continue;
    const at = findings.indexOf(inside[0]);
    for (const g of inside) findings.splice(findings.indexOf(g), 1);
    const w = text(side, aside);
    // the aside is a time limit that the condition bounds ("reported, within 72 hours where
    // practicable, through contact points"): the limit dropped (added) with its condition, one
    // variant of the limit with its direction, as without the commas the limit is its own
    const limit = inside.find((g) => g !== f && g.type === f.type && /^(time limit|duration) /.test(g.explanation));
    if (limit) {
      const dash = limit.explanation.indexOf(' — ');
      const label = limit.explanation.slice(0, limit.explanation.indexOf(': '));
      findings.splice(Math.max(0, Math.min(at, findings.length)), 0, {
        ...limit,
        b: dropped ? aside : null,
        r: dropped ? null : aside,
        at: dropped ? aside[0] : limit.at,
        explanation: `${label}: ${q(w)}${dash >= 0 ? limit.explanation.slice(dash) : ''} (the condition ${q(text(side, s))} bounds the limit, not the rule)`,
      });
      continue;
    }
    findings.splice(Math.max(0, Math.min(at, findings.length)), 0, {
      type: dropped ? 'omission' : 'addition',
      b: dropped ? aside : null,
      r: dropped ? null : aside,
      at: dropped ? aside[0] : f.at,
      explanation: `${dropped ? 'omitted' : 'added'}: ${q(w)} — the condition ${q(text(side, s))} bounds this phrase, not the rule`,
    });
  }
}
