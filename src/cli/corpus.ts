/**
 * `variorum corpus`: the witnesses and the unit × witness coverage matrix (text or JSON).
 */
import type { Corpus } from '../types.js';
import { clip } from './ingest.js';

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

/**
 * Plain-text listing: witnesses, then the coverage matrix (clause numbers covering each unit), the
 * clauses with no counterpart and the aligner's weak matches (confidence under `reviewBelow`).
 */
export function renderCorpusText(corpus: Corpus, reviewBelow = 0.3): string {
  const lines = [`${corpus.title} — base: ${corpus.base}`, ''];
  const idw = Math.max(...corpus.witnesses.map((w) => w.meta.id.length));
  // dates may be YYYY, YYYY-MM or YYYY-MM-DD: padded so the columns stay aligned
  const dw = Math.max(...corpus.witnesses.map((w) => w.meta.date.length));
  for (const w of corpus.witnesses) {
    lines.push(`${w.meta.id.padEnd(idw)}  ${w.meta.date.padEnd(dw)}  ${w.meta.kind.padEnd(12)}  ${w.clauses.length} clauses  ${w.meta.title}`);
  }
  const base = corpus.witnesses.find((w) => w.meta.id === corpus.base)!;
  const units = base.clauses.map((c) => c.units[0]);
  const cols = corpus.witnesses.map((w) => w.meta.id);
  // each witness's clauses by the unit they cover, in one pass (not a scan of every clause per unit:
  // a long base text has tens of thousands of units)
  const hitsByUnit = corpus.witnesses.map((w) => {
    const m = new Map<string, string[]>();
    w.clauses.forEach((c, i) => {
      for (const u of new Set(c.units.map((t) => t.split('.')[0]))) {
        const hit = `#${i + 1}${c.origin === 'hand' ? '*' : ''}${c.units.length > 1 ? '+' : ''}`;
        const list = m.get(u);
        if (list) list.push(hit);
        else m.set(u, [hit]);
      }
    });
    return m;
  });
  const cell = (unit: string, wi: number) => hitsByUnit[wi].get(unit)?.join(',') ?? '—';
  // no Math.max(...spread): too many units for the call stack
  const widths = cols.map((c, wi) => units.reduce((m, u) => Math.max(m, cell(u, wi).length), c.length));
  const uw = units.reduce((m, u) => Math.max(m, u.length), 4);
  lines.push('', 'Coverage (clause numbers; + merged clause, * tag set by hand, — no counterpart):', '');
  lines.push(['unit'.padEnd(uw), ...cols.map((c, i) => c.padEnd(widths[i]))].join('  ').trimEnd());
  for (const u of units) lines.push([u.padEnd(uw), ...cols.map((_, i) => cell(u, i).padEnd(widths[i]))].join('  ').trimEnd());
  const where = (w: Corpus['witnesses'][number], k: number) => `${w.meta.id} ${k + 1}${w.clauses[k].origin === 'hand' ? '*' : ''} "${clip(w.clauses[k].text, 50)}"`;
  const untagged = corpus.witnesses.flatMap((w) => w.clauses.flatMap((c, k) => (c.units.length === 0 ? [where(w, k)] : [])));
  if (untagged.length) lines.push('', `Clauses with no counterpart: ${untagged.join(', ')}`);
  // the aligner's weak matches, unless a scholar has set the tags: worth a look
  const weak = corpus.witnesses.flatMap((w) =>
    w.meta.id === corpus.base
      ? []
      : w.clauses.flatMap((c, k) =>
          c.units.length > 0 && c.origin === 'aligner' && c.confidence !== null && c.confidence < reviewBelow ? [`${where(w, k)} → ${c.units.join(' ')} (${c.confidence.toFixed(2)})`] : [],
        ),
  );
  if (weak.length) lines.push('', `Weak matches to review (confidence under ${reviewBelow}):`, ...weak.map((x) => `  ${x}`));
  return lines.join('\n') + '\n';
}

