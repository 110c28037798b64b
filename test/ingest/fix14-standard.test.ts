/**
 * Provision numbers of a standard at the start of a paragraph (trial 64 #12): session 14.
 */
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/ingest/segment.js';
import { enumerators } from '../helpers/settings.js';

describe('segment: a standard\'s provision numbers ("5.1-1") are list marks', () => {
  it('"5.1-1  Where passwords …" and "A.2-3 The manufacturer …": the number is the marker', () => {
    const cs = segment('5.1-1  Where passwords are used, they shall be unique.\n\n5.3-13 The manufacturer shall publish the period.\n\nA.2-3 Keys shall be stored securely.', { by: 'paragraph' }, enumerators);
    expect(cs.map((c) => [c.marker, c.text])).toEqual([
      ['5.1-1', 'Where passwords are used, they shall be unique.'],
      ['5.3-13', 'The manufacturer shall publish the period.'],
      ['A.2-3', 'Keys shall be stored securely.'],
    ]);
  });
  it('near miss: a range with no dot that opens a sentence stays text', () => {
    const cs = segment('2-3 days are needed to apply an update.', { by: 'paragraph' }, enumerators);
    expect(cs.map((c) => [c.marker, c.text])).toEqual([[undefined, '2-3 days are needed to apply an update.']]);
  });
});
