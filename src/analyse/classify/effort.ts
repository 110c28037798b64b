/**
 * `effortStandard`: the standard of effort a rule asks for reworded along its scale (qualifiers.yaml
 * `effort-standards`: "take appropriate measures" → "take all necessary measures"). On an
 * obligation or commitment a higher rank asks more of the bearer (lexical, strengthened), a lower
 * one less (weakened); the same rank ("appropriate" → "suitable"), or a rule of another kind, no
 * direction (left to the content classifier). The words stand before a noun on both sides.
 */
import { type Classifier, change, finding, len, q, text } from '../context.js';
import type { Side } from '../side.js';
import { statedAt } from './qualifier.js';

function rankOf(side: Side, s: [number, number], scale: ReadonlyMap<string, number>): number | undefined {
  const T = side.tokens;
  const next = T[s[1]];
  if (!next || (next.pos !== 'NOUN' && next.pos !== 'PROPN')) return undefined;
  const words: string[] = [];
  for (let i = s[0]; i < s[1]; i++) {
    if (T[i].punct) return undefined;
    words.push(T[i].n);
  }
  return scale.get(words.join(' '));
}

export const effortStandard: Classifier = {
  name: 'effort-standard',
  classify(c, ctx) {
    const scale = ctx.lex.effortStandards;
    if (scale.size === 0 || len(c.b) === 0 || len(c.r) === 0 || len(c.b) > 3 || len(c.r) > 3) return null;
    const a = rankOf(ctx.base, c.b, scale);
    const b = a === undefined ? undefined : rankOf(ctx.reading, c.r, scale);
    if (a === undefined || b === undefined || a === b) return null;
    const what = statedAt(ctx.base, { start: c.b[0], end: c.b[1], head: [], kind: 'degree', word: false }, ctx.lex);
    if (what !== 'obligation') return null;
    const more = b > a;
    return finding(c, 'lexical', `standard of effort changed: ${change(ctx, c)} — the obligation asks ${more ? 'more' : 'less'} of its bearer (${q(text(ctx.base, c.b))} ${more ? '<' : '>'} ${q(text(ctx.reading, c.r))})`, more ? 'strengthened' : 'weakened');
  },
};
