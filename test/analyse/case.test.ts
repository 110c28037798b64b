import { describe, expect, it } from 'vitest';
import { analyseReadings } from '../../src/analyse/index.js';
import { types, variants } from './helpers.js';

describe('case', () => {
  it('a capital lost is case', () => {
    const vs = variants('We welcome Governments and organizations.', 'We welcome governments and organizations.');
    expect(vs.map((v) => [v.type, v.class, v.base, v.reading])).toEqual([['case', 'accidental', 'Governments', 'governments']]);
    expect(vs[0].baseSpan).toEqual([2, 3]);
  });

  it('case differences still count as identical tokens', () => {
    const r = analyseReadings('We welcome Governments.', 'We welcome governments.');
    expect(r.identicalTokens).toBe(r.baseTokens);
  });

  it('adjacent case changes make one variant', () => {
    expect(variants('the United Nations agreed', 'the united nations agreed').map((v) => v.base)).toEqual(['United Nations']);
  });

  it('near miss: another word is not case', () => {
    expect(types('We welcome Governments.', 'We welcome states.')).not.toContain('case');
  });
});
