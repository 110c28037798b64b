import { analyseReadings } from '../../src/analyse/index.js';
import type { Clause, Corpus, Variant, VariantType, Witness } from '../../src/types.js';

export function variants(base: string, reading: string): Variant[] {
  return analyseReadings(base, reading).variants;
}

export function types(base: string, reading: string): VariantType[] {
  return variants(base, reading).map((v) => v.type);
}

export function ofType(base: string, reading: string, type: VariantType): Variant[] {
  return variants(base, reading).filter((v) => v.type === type);
}

export function substantive(base: string, reading: string): Variant[] {
  return variants(base, reading).filter((v) => v.class === 'substantive');
}

export function clause(text: string, units: string[]): Clause {
  return { text, units, confidence: null, alignerUnits: units, origin: 'aligner', line: 0 };
}

export function witness(id: string, clauses: Clause[]): Witness {
  return { meta: { id, title: id.toUpperCase(), date: '2020', issuer: 'test', kind: 'full-text', source: `raw/${id}.txt` }, clauses, file: '' };
}

export function corpus(witnesses: Witness[], base = witnesses[0].meta.id): Corpus {
  return { title: 'Test Initiative', base, witnesses };
}
