/**
 * The aligner reads two spellings of a word as one (trial 82 I-2): "authorisation" in the base,
 * "authorization" in the witness. Porter stems the American form to "author", as it does
 * "authority", and the British one to "authoris": without the fold a lead-in in American spelling
 * went to an item that speaks of "lawful authority".
 */
import { describe, expect, it } from 'vitest';
import { buildWitnesses } from '../../src/ingest/index.js';
import { parseSources } from '../../src/ingest/config.js';
import { loadLexicons } from '../../src/analyse/index.js';
import { spellingKey } from '../../src/analyse/classify/spelling.js';
import { alignerSettings, enumerators } from '../helpers/settings.js';

const lex = loadLexicons();
const spelling = (w: string) => spellingKey(w, lex);

function tagsOf(base: string, witness: string, fold = true): string[] {
  const yaml = [
    'title: t', 'base: b', 'units:', '  prefixes: [C]', 'witnesses:',
    ...['b', 'w'].flatMap((id) => [`  - id: ${id}`, `    title: ${id}`, '    date: 2024', '    issuer: x', '    kind: full-text', `    source: raw/${id}.txt`, '    segment: paragraph']),
  ].join('\n');
  const config = parseSources(yaml, 'corpus/sources.yaml');
  const out = buildWitnesses({
    config, raw: { 'raw/b.txt': base, 'raw/w.txt': witness }, enumerators, aligner: alignerSettings, previous: {},
    sourcesFile: 'corpus/sources.yaml', spelling: fold ? spelling : undefined,
  });
  return out[1].clauses.map((c) => c.units.join('+') || '—');
}

const BASE = [
  'Each Party shall keep records of every request it receives.',
  'A Party may, without the authorisation of another Party, access publicly available stored data.',
  'A Party may access stored data if it obtains the consent of the person who has the lawful authority to disclose the data.',
].join('\n\n');

describe('ingest: the aligner folds spelling variants (lexicons/spelling.yaml)', () => {
  it('the case: a clause in American spelling goes to its unit, not to the one with "authority"', () => {
    const w = BASE.replace('authorisation', 'authorization');
    expect(tagsOf(BASE, w)).toEqual(['C1', 'C2', 'C3']);
  });

  it('another wording: "organisation" → "organization", "minimise" → "minimize" in a paraphrase', () => {
    const base = 'The organisation shall minimise the data it collects.\n\nMembers shall report every incident to the board.';
    const w = 'Members shall report every incident to the board.\n\nThe organization must minimize data collection.';
    expect(tagsOf(base, w)).toEqual(['C2', 'C1']);
  });

  it('near miss: "authority" in the witness still reads the unit that has "authority"', () => {
    const w = 'A Party may access stored data with the consent of a person with lawful authority to disclose it.';
    expect(tagsOf(BASE, w)).toEqual(['C3']);
  });
});
