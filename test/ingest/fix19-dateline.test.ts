/**
 * Session 19 (trial 91 ingest #2, trial 93 I3): a news dateline opening the text is furniture.
 */
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/ingest/segment.js';
import { enumerators } from '../helpers/settings.js';

const cut = (region: string, by: 'paragraph' | 'line' = 'paragraph') => segment(region, { by }, enumerators).map((c) => [c.marker ?? null, c.text]);

describe('a news dateline opening the text is the first clause\'s marker (trials 91, 93)', () => {
  it('"VALDORA — The Government …": marker "VALDORA —"', () => {
    expect(cut('VALDORA — The Government of the Republic signed a memorandum.\n\nIt will last five years.')).toEqual([
      ['VALDORA —', 'The Government of the Republic signed a memorandum.'],
      [null, 'It will last five years.'],
    ]);
  });
  it('other wordings: a date and an agency, an agency alone, line mode', () => {
    expect(cut('HALDEN, March 12 (Global Wire) - Digital ministers pledged to work together.')[0]).toEqual(['HALDEN, March 12 (Global Wire) -', 'Digital ministers pledged to work together.']);
    expect(cut('BRUSSELS (Reuters) - The bloc agreed on new rules.')[0]).toEqual(['BRUSSELS (Reuters) -', 'The bloc agreed on new rules.']);
    expect(cut('NEW YORK, 12 March 2025 -- States adopted the text.', 'line')[0]).toEqual(['NEW YORK, 12 March 2025 --', 'States adopted the text.']);
  });
  it('near misses: an acronym of three letters with no date or agency; capitals later in the text; a dash in the second paragraph', () => {
    expect(cut('ICT — information and communications technology — is central.')[0]).toEqual([null, 'ICT — information and communications technology — is central.']);
    expect(cut('The Government — VALDORA — signed.')[0][0]).toBe(null);
    expect(cut('The text was signed.\n\nGENEVA — States met again.')[1]).toEqual([null, 'GENEVA — States met again.']);
  });
});
