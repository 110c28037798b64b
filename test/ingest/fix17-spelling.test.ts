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

describe('ingest: UN draft paragraph labels without a full stop are markers (trial 83 #6; enumerators.yaml numbering)', () => {
  const build = (text: string) => {
    const yaml = ['title: t', 'base: b', 'units:', '  prefixes: [C]', 'witnesses:', '  - id: b', '    title: b', '    date: 2024', '    issuer: x', '    kind: full-text', '    source: raw/b.txt', '    segment: paragraph'].join('\n');
    return buildWitnesses({ config: parseSources(yaml, 'corpus/sources.yaml'), raw: { 'raw/b.txt': text }, enumerators, aligner: alignerSettings, previous: {}, sourcesFile: 'corpus/sources.yaml' })[0].clauses.map((c) => [c.marker ?? '', c.text]);
  };
  it('"PP1 Recalling …", "OP4 [Urges][Encourages] …": the label is the marker, not a word of the clause', () => {
    expect(build('PP1 Recalling its resolutions on the right to privacy,\n\nOP4 [Urges][Encourages] all States to review their legislation;')).toEqual([
      ['PP1', 'Recalling its resolutions on the right to privacy,'],
      ['OP4', '[Urges][Encourages] all States to review their legislation;'],
    ]);
  });
  it('near miss: another label of letters and figures with no full stop stays text ("G20 Leaders …")', () => {
    expect(build('G20 Leaders met in Rome to discuss data flows.')).toEqual([['', 'G20 Leaders met in Rome to discuss data flows.']]);
  });
});
