import { describe, expect, it } from 'vitest';
import { renderers } from '../../src/report/index.js';
import { fixture } from './fixture.js';

describe('renderers', () => {
  it('maps each format to its renderer', () => {
    expect(Object.keys(renderers)).toEqual(['md', 'json', 'tei', 'csv']);
    const r = fixture();
    expect(Object.keys(renderers.md(r))).toContain('README.md');
    for (const f of ['json', 'tei', 'csv'] as const) {
      const out = renderers[f](r);
      expect(typeof out).toBe('string');
      expect(out.endsWith('\n')).toBe(true);
      // Pure and deterministic: the same report renders the same way, and is not modified.
      expect(renderers[f](r)).toBe(out);
    }
    expect(r).toEqual(fixture());
  });
});
