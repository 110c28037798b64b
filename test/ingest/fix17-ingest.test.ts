/**
 * Session 17: trial 76 #6: the paragraph labels of a UN draft resolution ("OP1.", "PP3.") are list
 * marks, stripped from the clause and kept as its marker.
 */
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/ingest/segment.js';
import { analyseReadings } from '../../src/analyse/index.js';
import { enumerators } from '../helpers/settings.js';

const cut = (text: string) => segment(text, { by: 'paragraph' }, enumerators).map((c) => [c.marker ?? null, c.text]);

describe('segment: capital-letter paragraph labels with a number ("OP1.", "PP3.") are list marks (trial 76 #6)', () => {
  it('"OP1. States shall report." → marker "OP1."', () => {
    expect(cut('OP1. States shall report.\n\nOP2. States shall cooperate.')).toEqual([
      ['OP1.', 'States shall report.'],
      ['OP2.', 'States shall cooperate.'],
    ]);
  });

  it('other labels: preambular "PP3.", an annex "A12."', () => {
    expect(cut('PP3. Recalling its resolution 75/240,\n\nA12. Parties shall notify the Secretariat.')).toEqual([
      ['PP3.', 'Recalling its resolution 75/240,'],
      ['A12.', 'Parties shall notify the Secretariat.'],
    ]);
  });

  it('near misses: a label without its full stop, a number before the letters, a label inside the text stay text', () => {
    expect(cut('G20 leaders shall meet.\n\n2OP. States shall report.\n\nStates shall report under OP1. of the draft.')).toEqual([
      [null, 'G20 leaders shall meet.'],
      [null, '2OP. States shall report.'],
      [null, 'States shall report under OP1. of the draft.'],
    ]);
  });

  it('the stripped label is no variant: the clause texts read alike', () => {
    const [c] = segment('OP1. States shall report.', { by: 'paragraph' }, enumerators);
    expect(analyseReadings('States shall report.', c.text).variants).toEqual([]);
  });
});
