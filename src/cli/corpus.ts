/**
 * `variorum corpus`: the witnesses and the unit × witness coverage matrix (text or JSON).
 */
import type { Corpus } from '../types.js';

/** The JSON document of `variorum corpus --format json` (documented in the README). */
export interface CorpusListing {
  base: string;
  witnesses: {
    id: string;
    title: string;
    date: string;
    kind: string;
    clauses: { text: string; units: string[]; confidence: number | null; origin: string }[];
  }[];
}

export function corpusListing(corpus: Corpus): CorpusListing {
  return {
    base: corpus.base,
    witnesses: corpus.witnesses.map((w) => ({
      id: w.meta.id,
      title: w.meta.title,
      date: w.meta.date,
      kind: w.meta.kind,
      clauses: w.clauses.map((c) => ({ text: c.text, units: c.units, confidence: c.confidence, origin: c.origin })),
    })),
  };
}

/** Plain-text listing: witnesses, then the coverage matrix (clause numbers covering each unit). */
export function renderCorpusText(corpus: Corpus): string {
  const lines = [`${corpus.title} — base: ${corpus.base}`, ''];
  const idw = Math.max(...corpus.witnesses.map((w) => w.meta.id.length));
  for (const w of corpus.witnesses) {
    lines.push(`${w.meta.id.padEnd(idw)}  ${w.meta.date}  ${w.meta.kind.padEnd(12)}  ${w.clauses.length} clauses  ${w.meta.title}`);
  }
  const base = corpus.witnesses.find((w) => w.meta.id === corpus.base)!;
  const units = base.clauses.map((c) => c.units[0]);
  const cols = corpus.witnesses.map((w) => w.meta.id);
  const cell = (unit: string, wi: number) => {
    const w = corpus.witnesses[wi];
    const hits = w.clauses
      .map((c, i) => ({ c, i }))
      .filter(({ c }) => c.units.some((t) => t.split('.')[0] === unit))
      .map(({ c, i }) => `#${i + 1}${c.origin === 'hand' ? '*' : ''}${c.units.length > 1 ? '+' : ''}`);
    return hits.length ? hits.join(',') : '—';
  };
  const widths = cols.map((c, wi) => Math.max(c.length, ...units.map((u) => cell(u, wi).length)));
  const uw = Math.max(4, ...units.map((u) => u.length));
  lines.push('', 'Coverage (clause numbers; + merged clause, * tag set by hand, — no counterpart):', '');
  lines.push(['unit'.padEnd(uw), ...cols.map((c, i) => c.padEnd(widths[i]))].join('  ').trimEnd());
  for (const u of units) lines.push([u.padEnd(uw), ...cols.map((_, i) => cell(u, i).padEnd(widths[i]))].join('  ').trimEnd());
  const untagged = corpus.witnesses.flatMap((w) => w.clauses.filter((c) => c.units.length === 0).map(() => w.meta.id));
  if (untagged.length) lines.push('', `Clauses with no counterpart: ${untagged.join(', ')}`);
  return lines.join('\n') + '\n';
}
