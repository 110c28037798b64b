import { describe, expect, it } from 'vitest';
import { renderCorpusText } from '../../src/cli/corpus.js';
import type { Clause } from '../../src/types.js';
import { corpus, witness } from '../analyse/helpers.js';

const tagged = (text: string, units: string[], confidence: number | null, origin: Clause['origin'] = 'aligner'): Clause => ({
  text, units, confidence, alignerUnits: units, origin, line: 0,
});

describe('variorum corpus (text)', () => {
  const c = corpus([
    witness('base', [tagged('States shall protect cables.', ['C1'], null), tagged('States shall share data.', ['C2'], null)]),
    witness('press', [
      tagged('My delegation warmly welcomes the declaration.', [], 0),
      tagged('Countries must guard the cables on the sea floor.', ['C1'], 0.18),
      tagged('States shall share data.', ['C2'], 1),
      tagged('A reading the scholar tagged by hand.', ['C2'], 0.1, 'hand'),
    ]),
  ]);
  const out = renderCorpusText(c, 0.3);

  it('names each clause with no counterpart, with its number and text', () => {
    expect(out).toContain('Clauses with no counterpart: press 1 "My delegation warmly welcomes the declaration."');
  });

  it('lists the weak matches of the aligner, not those set by hand', () => {
    const lines = out.split('\n');
    const at = lines.indexOf('Weak matches to review (confidence under 0.3):');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1).filter((l) => l.startsWith('  '))).toEqual(['  press 2 "Countries must guard the cables on the sea floor." → C1 (0.18)']);
    // nothing under the threshold: no section
    expect(renderCorpusText(c, 0.1)).not.toContain('Weak matches');
  });
});
