/**
 * Alignment cases found by trial runs (session 11): where a clause that reads two units is cut
 * between them. Constructed sentences only.
 */
import { describe, expect, it } from 'vitest';
import { splitMerged } from '../../src/analyse/index.js';
import { loadLexicons } from '../../src/analyse/lexicon.js';
import { tokenise } from '../../src/nlp/index.js';

const lex = loadLexicons();
const cut = (clauseText: string, bases: string[]) => {
  const t = tokenise(clauseText);
  return splitMerged(t, bases.map((b) => tokenise(b)), lex).map(([a, b]) => t.slice(a, b).map((x) => x.t).join(' '));
};

const FIRST = 'Data handlers shall pass a security assessment organised by the regulator.';
const SECOND = 'The regulator shall complete the security assessment within 45 days of receipt of an application.';

describe('a merged clause: a relative clause with a subject of its own goes with the next unit', () => {
  it('", which the regulator is required to complete …": the cut falls before ", which"', () => {
    expect(cut('Data handlers must pass a security assessment, which the regulator is required to complete within 45 days.', [FIRST, SECOND])).toEqual([
      'Data handlers must pass a security assessment',
      ', which the regulator is required to complete within 45 days .',
    ]);
  });

  it('other wordings: a modal after the subject, a longer subject', () => {
    expect(cut('Data handlers must pass a security assessment, which the regulator must complete within 45 days.', [FIRST, SECOND])).toEqual([
      'Data handlers must pass a security assessment',
      ', which the regulator must complete within 45 days .',
    ]);
    expect(cut('Data handlers must pass a security assessment, which the national regulator is obliged to finish within 45 days of an application.', [FIRST, SECOND])).toEqual([
      'Data handlers must pass a security assessment',
      ', which the national regulator is obliged to finish within 45 days of an application .',
    ]);
  });

  it('near misses: a relative clause that is the first unit\'s (no auxiliary, or its verb read there) stays with it', () => {
    expect(cut('Data handlers must pass a security assessment, which the regulator organises, and the regulator must complete it within 45 days.', [FIRST, SECOND])).toEqual([
      'Data handlers must pass a security assessment , which the regulator organises ,',
      'and the regulator must complete it within 45 days .',
    ]);
    // (with an auxiliary, but the verb read in the first unit: the cut falls after the relative clause)
    expect(cut('Data handlers must pass a security assessment, which the regulator has organised, and the regulator must complete it within 45 days.', [FIRST, SECOND])).toEqual([
      'Data handlers must pass a security assessment , which the regulator has organised ,',
      'and the regulator must complete it within 45 days .',
    ]);
  });
});
