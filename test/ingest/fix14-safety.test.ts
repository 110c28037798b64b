/**
 * Ingest problems found on an online safety code of practice (trial 63, session 14, helper b).
 */
import { describe, expect, it } from 'vitest';
import { cutMidSentence } from '../../src/ingest/extract.js';

const cutAt = (raw: string, marker: string) => {
  const at = raw.indexOf(marker);
  return { at, kept: raw.slice(0, at) };
};

describe('an end marker after an opening quotation mark cuts no sentence (trial 63 ingest warning)', () => {
  it('"“This is a reset,” she said." cut at "This is a reset": no warning', () => {
    const raw = 'Providers must remove illegal content.\n“This is a reset,” she said.\n';
    const { at, kept } = cutAt(raw, 'This is a reset');
    expect(cutMidSentence(raw, at, 'This is a reset', [], kept)).toBeNull();
  });
  it('other wordings: a straight quote, an opening bracket', () => {
    const raw = 'Providers must remove illegal content.\n"This is a reset," she said.\n';
    const q = cutAt(raw, 'This is a reset');
    expect(cutMidSentence(raw, q.at, 'This is a reset', [], q.kept)).toBeNull();
    const raw2 = 'Providers must remove illegal content.\n(Share this page)\n';
    const b = cutAt(raw2, 'Share this page');
    expect(cutMidSentence(raw2, b.at, 'Share this page', [], b.kept)).toBeNull();
  });
  it('near miss: words before the marker on its line are still a sentence cut', () => {
    const raw = 'Providers must remove illegal content.\nShe said “This is a reset,” today.\n';
    const { at, kept } = cutAt(raw, 'This is a reset');
    expect(cutMidSentence(raw, at, 'This is a reset', [], kept)).toBe('She said “');
  });
});
