import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { renderDiff } from '../../src/report/terminal.js';
import type { Report } from '../../src/types.js';
import { C4, C4_PARA, P1, clone, fixture } from './fixture.js';

const ESC = '\u001b';

/** The fixture as `variorum diff un-a75 paraphrase` would compute it: one witness. */
function pair(): Report {
  const r = fixture();
  r.witnesses = r.witnesses.filter((w) => w.id !== 'mfa');
  r.divergences = r.divergences.filter((v) => v.witness !== 'mfa');
  r.pairs = r.pairs.filter((p) => p.witness !== 'mfa');
  for (const u of r.units) {
    delete u.readings.mfa;
    delete u.status.mfa;
    delete u.segments.mfa;
  }
  return r;
}

describe('renderDiff', () => {
  it('without colour: wdiff markers, no escape sequences', () => {
    const out = renderDiff(pair(), { color: false });
    expect(out).not.toContain(ESC);
    expect(out).toBe(
      [
        'P1  = identical',
        'C4',
        "  States [-should encourage-] {+must require+} {+local+} companies to store data within their own borders [-without other States' permission-].",
        '    modality (strengthened): -> "should" became "must": the exhortation became an obligation.',
        '    lexical: Encourage, now require.',
        '    qualifier-added: +local: the companies are qualified.',
        '    qualifier-dropped: The condition "without other States\' permission" is dropped, so the rule applies unconditionally.',
        'C5  — absent',
        '',
      ].join('\n'),
    );
  });

  it('with colour: ANSI escapes, no wdiff markers', () => {
    const out = renderDiff(pair(), { color: true });
    expect(out).toContain(`${ESC}[`);
    expect(out).toContain(`${ESC}[31m`); // red deletion
    expect(out).toContain(`${ESC}[32m`); // green insertion
    expect(out).not.toContain('[-');
    expect(out).not.toContain('{+');
    // Stripped of escapes, the text is the same words.
    // eslint-disable-next-line no-control-regex
    const plain = out.replace(/\u001b\[[0-9;]*m/g, '');
    expect(plain).toContain('States should encourage must require local companies');
  });

  it('one unit only', () => {
    const out = renderDiff(pair(), { color: false, unit: 'C4' });
    expect(out.split('\n')[0]).toBe('C4');
    expect(out).not.toContain('P1');
    expect(() => renderDiff(pair(), { color: false, unit: 'C9' })).toThrow(UserError);
  });

  it('marks a case accidental inside an equal segment', () => {
    const out = renderDiff(fixture(), { color: false, unit: 'C4' });
    expect(out).toContain('C4 mfa\n  States should encourage [-companies-] {+Companies+} to store');
  });

  it('corpus text cannot emit escape sequences', () => {
    const r = pair();
    const u = r.units[1];
    u.readings.paraphrase = `${ESC}[2J${C4_PARA}\u009b31m`;
    u.segments.paraphrase = [{ op: 'replace', base: C4, reading: u.readings.paraphrase }];
    r.divergences[1].explanation = `evil ${ESC}]0;title\u0007`;
    expect(renderDiff(r, { color: false })).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
  });

  it('identical units take one line each', () => {
    const r = pair();
    r.units = [r.units[0]];
    expect(renderDiff(r, { color: false })).toBe('P1  = identical\n');
    expect(P1.length).toBeGreaterThan(0);
  });

  it('several witnesses: one block per unit and witness', () => {
    const out = renderDiff(clone(fixture()), { color: false });
    expect(out.split('\n').filter((l) => !l.startsWith(' '))).toEqual([
      'P1 mfa  = identical',
      'P1 paraphrase  = identical',
      'C4 mfa',
      'C4 paraphrase',
      'C5 mfa',
      'C5 paraphrase  — absent',
      '',
    ]);
  });
});
