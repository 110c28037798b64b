/**
 * `hashtag`: the same words written as a hashtag or a handle ("ransomware" → "#ransomware",
 * "critical infrastructure" → "#CriticalInfrastructure"). Once the leading mark
 * (function-words.yaml `tag-marks`) is set aside, one word the same but for case is a mark added
 * (punctuation); several words closed up, CamelCase or not, are a compound written otherwise.
 * A hashtag that names more or other words ("Valdora" → "#ValdoraSummit") is left to the content
 * classifier: a rewording.
 */
import type { Token } from '../../types.js';
import { type Classifier, change, finding, len } from '../context.js';

/** The words of the tag written by the one token, without its mark (lower case), or null. */
function tagged(T: readonly Token[], s: [number, number], marks: ReadonlySet<string>): string | null {
  if (s[1] - s[0] !== 1) return null;
  const t = T[s[0]].t;
  if (t.length < 2 || !marks.has(t[0])) return null;
  const w = t.slice(1);
  return /^[\p{L}\p{N}_]+$/u.test(w) ? w.toLowerCase() : null;
}

/** The letters of the words of a span written together (lower case), or null when it holds marks. */
function closedUp(T: readonly Token[], s: [number, number]): { text: string; words: number } | null {
  let text = '';
  for (let i = s[0]; i < s[1]; i++) {
    if (T[i].punct) return null;
    text += T[i].t.toLowerCase();
  }
  return text ? { text, words: s[1] - s[0] } : null;
}

export const hashtag: Classifier = {
  name: 'hashtag',
  classify(c, ctx) {
    if (len(c.b) === 0 || len(c.r) === 0) return null;
    const marks = ctx.lex.tagMarks;
    const B = ctx.base.tokens;
    const R = ctx.reading.tokens;
    const inR = tagged(R, c.r, marks);
    const tag = inR ?? tagged(B, c.b, marks);
    if (tag === null) return null;
    const words = inR !== null ? closedUp(B, c.b) : closedUp(R, c.r);
    if (!words || words.text !== tag) return null;
    if (words.words === 1) return finding(c, 'punctuation', `written as a tag: ${change(ctx, c)} (the same word, its mark ${inR !== null ? 'added' : 'dropped'})`);
    return finding(c, 'compound', `written as a tag: ${change(ctx, c)} (the same words closed up)`);
  },
};
