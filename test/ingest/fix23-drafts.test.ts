/**
 * Session 23 ingest (trials 115, 119): a draft's tracked changes written out in brackets or in
 * CriticMarkup are read as the draft reads them; a bold commentary label before a lower-case word
 * stays a label, and a repeated commentary label is no page furniture; an "Annex A" heading ends the
 * numbered heading above it.
 */
import { describe, expect, it } from 'vitest';
import { buildWitnesses } from '../../src/ingest/index.js';
import { parseSources } from '../../src/ingest/config.js';
import { trackedChanges } from '../../src/ingest/extract.js';
import { loadHtmlReader } from '../../src/ingest/html.js';
import { alignerSettings, enumerators } from '../helpers/settings.js';

const html = await loadHtmlReader();
const DEL = enumerators.layout?.deleted_labels ?? [];
const INS = enumerators.layout?.inserted_labels ?? [];

describe('trackedChanges: the draft reads its inserted words, not its deleted ones', () => {
  it('bracketed labels', () => {
    const t = trackedChanges('Governments [deleted: must][inserted: should] refrain from blocking[inserted: , except where necessary].', DEL, INS);
    expect(t.text).toBe('Governments should refrain from blocking, except where necessary.');
    expect(t.changes).toEqual([
      { line: 1, kind: 'deleted', words: 'must' },
      { line: 1, kind: 'inserted', words: 'should' },
      { line: 1, kind: 'inserted', words: ', except where necessary' },
    ]);
  });
  it('a deletion before a stop or a space takes the space before it', () => {
    expect(trackedChanges('Share with partners [deleted: and with the private sector].', DEL, INS).text).toBe('Share with partners.');
    expect(trackedChanges('A [deleted: big] dog barks.', DEL, INS).text).toBe('A dog barks.');
  });
  it('labels in any case; CriticMarkup deletions, insertions and substitutions', () => {
    expect(trackedChanges('States [Deleted: shall]may act.', DEL, INS).text).toBe('States may act.');
    expect(trackedChanges('States {--shall--}{++may++} act {~~promptly~>in good time~~}.', DEL, INS).text).toBe('States may act in good time.');
  });
  it('near misses: a comment, a bracketed alternative and a quoter\'s insertion stay as written', () => {
    const text = 'States [shall][may] act [Comment: check] and [the State] reports.';
    expect(trackedChanges(text, DEL, INS)).toEqual({ text, changes: [] });
  });
});

function witnesses(files: Record<string, string>, ids: string[], extra = '') {
  const entries = ids.flatMap((id) => [`  - id: ${id}`, `    title: ${id}`, '    date: 2025', '    issuer: x', `    kind: ${id === ids[0] ? 'full-text' : 'restatement'}`, `    source: raw/${Object.keys(files).find((f) => f.startsWith(id))}`, '    segment: paragraph']);
  const yaml = ['title: t', `base: ${ids[0]}`, 'units:', '  prefixes: [P, A]', extra, 'witnesses:', ...entries].filter((l) => l !== '').join('\n');
  const warnings: string[] = [];
  const out = buildWitnesses({ config: parseSources(yaml, 'corpus/sources.yaml'), raw: Object.fromEntries(Object.entries(files).map(([f, t]) => [`raw/${f}`, t])), enumerators, aligner: alignerSettings, previous: {}, sourcesFile: 'corpus/sources.yaml', warnings, html });
  return { out, warnings };
}

describe('a commentary label before a lower-case word (a bold label on an HTML page)', () => {
  const base = 'The Internet should remain open.\n\nPersonal data should be processed fairly and lawfully.\n';
  const reply =
    '<html><body><h2>Principle 1</h2><blockquote><p>The Internet should remain open.</p></blockquote><p><strong>Our concern:</strong> the exception invites abuse of the open Internet.</p>' +
    '<h2>Principle 2</h2><blockquote><p>Personal data should be processed fairly.</p></blockquote><p><strong>Our concern:</strong> The word fairly is vague.</p></body></html>';
  const { out, warnings } = witnesses({ 'base.txt': base, 'reply.html': reply }, ['base', 'reply']);
  it('stays the label of the comment, which has no counterpart', () => {
    expect(out[1].clauses.map((c) => [c.marker ?? null, c.text, c.units])).toEqual([
      ['Principle 1', 'The Internet should remain open.', ['P1']],
      ['Our concern', 'the exception invites abuse of the open Internet.', []],
      ['Principle 2', 'Personal data should be processed fairly.', ['P2']],
      ['Our concern', 'The word fairly is vague.', []],
    ]);
  });
  it('and is no page furniture', () => {
    expect(warnings.filter((w) => /furniture/.test(w))).toEqual([]);
  });
  it('near miss: a short line that is no label before a lower-case paragraph is still one broken sentence', () => {
    const { out: o } = witnesses({ 'base.txt': base, 'other.txt': 'The Internet should remain\n\nopen to all.\n' }, ['base', 'other']);
    expect(o[1].clauses.map((c) => c.text)).toEqual(['The Internet should remain open to all.']);
  });
});

describe('an "Annex A" heading ends the numbered heading above it', () => {
  const code = 'Introduction to the code.\n\n9. Nudges\n\nDo not use nudges.\n\n10. Tools\n\nProvide tools.\n\nAnnex A: Age ranges\n\nThe age ranges are set out below.\n';
  it('standard 10 is S10; the annex paragraph is named by its block', () => {
    const { out } = witnesses({ 'code.txt': code }, ['code'], '  headings: S');
    expect(out[0].clauses.map((c) => c.units[0])).toEqual(['P1', 'S9', 'S10', 'A1']);
  });
  it('near miss: a heading with no designation stays inside the numbered one (Article 5 / 1. / Exceptions / 2.)', () => {
    const statute = 'Article 5\n\n1. States shall report.\n\nExceptions\n\n2. States may defer the report.\n';
    const { out } = witnesses({ 'law.txt': statute }, ['law'], '  headings: Art');
    expect(out[0].clauses.map((c) => c.units[0])).toEqual(['Art5-1', 'Art5-2']);
  });
});
