/**
 * Trial 68 P6: a word broken at a line end after a hyphen, before a capital ("non-" / "State"),
 * keeps its hyphen and loses the line break: "non-State", not "non- State".
 */
import { describe, expect, it } from 'vitest';
import { joinBrokenWords } from '../../src/ingest/segment.js';

describe('a hyphen at a line end before a capital (trial 68 P6)', () => {
  it('"non-" / "State actors" → "non-State actors"', () => {
    expect(joinBrokenWords('acts of non-\nState actors and of State organs.')).toBe('acts of non-State actors and of State organs.');
  });
  it('another wording: "Asia-" / "Pacific", with spaces around the break', () => {
    expect(joinBrokenWords('the Asia- \r\n  Pacific region')).toBe('the Asia-Pacific region');
  });
  it('near misses: lower case after the break is judged as before; a dash between words keeps its spaces', () => {
    expect(joinBrokenWords('informa-\ntion society')).toBe('information society');
    expect(joinBrokenWords('other non-\nbinding norms')).toBe('other non-binding norms');
    expect(joinBrokenWords('the States -\nThese rules')).toBe('the States -\nThese rules');
  });
});
