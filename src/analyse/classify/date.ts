/**
 * A date changed ("from 3 to 5 March 2025" → "on 4 March 2025", "3 March" → "4 April"): one
 * `lexical` finding over the change, not a connective, a figure and an omission apart. A change
 * counts when, on both sides, it lies inside a date: figures, month names (spelling.yaml `months`)
 * and the words dates are written with. The same day written otherwise is a spelling (spelling.ts).
 */
import type { Span } from '../../types.js';
import { type Classifier, finding, len, q, text } from '../context.js';
import type { Lexicons } from '../lexicon.js';
import type { Side } from '../side.js';

/** Words a date (or a span of dates) is written with besides its figures and month names. */
const DATE_WORDS = new Set(['from', 'to', 'on', 'until', 'till', 'between', 'and', 'the', 'of', '-', '–', ',']);
/** Connectives that open a date and belong to it ("from 3 to 5 March", "on 4 March"). */
const OPENERS = new Set(['from', 'on', 'between', 'until', 'till']);

/** The date run around token i: figures, month names and date words, with a month and a figure; or null. */
export function dateRunAt(side: Side, i: number, lex: Lexicons): Span | null {
  const T = side.tokens;
  const part = (k: number) => {
    const t = T[k];
    return !!t && t.sentence === T[i].sentence && (lex.months.has(t.n) || /^\d{1,4}(?:st|nd|rd|th)?$/.test(t.n) || DATE_WORDS.has(t.n));
  };
  if (!part(i)) return null;
  let a = i;
  let b = i + 1;
  while (a > 0 && part(a - 1)) a--;
  while (b < T.length && part(b)) b++;
  while (a < b && DATE_WORDS.has(T[a].n) && !OPENERS.has(T[a].n)) a++;
  while (b > a && DATE_WORDS.has(T[b - 1].n)) b--;
  let month = false;
  let figure = false;
  for (let k = a; k < b; k++) {
    if (lex.months.has(T[k].n)) month = true;
    if (/^\d/.test(T[k].n)) figure = true;
  }
  return month && figure ? [a, b] : null;
}

function inDate(side: Side, s: Span, lex: Lexicons): Span | null {
  const run = dateRunAt(side, s[0], lex);
  return run && s[0] >= run[0] && s[1] <= run[1] ? run : null;
}

export const date: Classifier = {
  name: 'date',
  classify(c, ctx) {
    if (c.deontic || len(c.b) === 0 || len(c.r) === 0 || ctx.lex.months.size === 0) return null;
    const rb = inDate(ctx.base, c.b, ctx.lex);
    const rr = rb ? inDate(ctx.reading, c.r, ctx.lex) : null;
    if (!rb || !rr) return null;
    const f = finding(c, 'lexical', `the date changed: ${q(text(ctx.base, rb))} → ${q(text(ctx.reading, rr))}`);
    f.whole = true;
    return f;
  },
};
