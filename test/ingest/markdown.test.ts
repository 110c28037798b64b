import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMarkdown, markdownToText } from '../../src/ingest/markdown.js';
import { buildWitnesses } from '../../src/ingest/index.js';
import { parseSources } from '../../src/ingest/config.js';
import { TINY_CORPUS } from '../helpers/corpus.js';
import { alignerSettings, enumerators } from '../helpers/settings.js';

describe('Markdown sources', () => {
  it('are known by their file name', () => {
    expect(isMarkdown('raw/alert.md')).toBe(true);
    expect(isMarkdown('raw/alert.MARKDOWN')).toBe(true);
    expect(isMarkdown('raw/alert.txt')).toBe(false);
  });

  it('become their text: marks gone, lists kept as bullets, bold labels on a line of their own, quoted lines marked ">"', () => {
    const md = [
      '---', 'title: x', '---', '',
      '# Client *alert*', '',
      'On 11 July the Council adopted [the Guidelines](https://example.org) with `code` words.', '',
      '- **Collection limitation.** Companies must limit the data they collect.',
      '- **Use limitation:** Data should not be disclosed.',
      '- Plain item.', '',
      '**We recommend** that boards act.', '',
      '```', 'ignored code', '```', '',
      '---', '',
      '> A quoted paragraph.',
    ].join('\n');
    expect(markdownToText(md)).toBe(
      [
        '# Client alert', 'On 11 July the Council adopted the Guidelines with code words.',
        'Collection limitation', '- Companies must limit the data they collect.',
        'Use limitation', '- Data should not be disclosed.\n- Plain item.',
        'We recommend that boards act.', '> A quoted paragraph.',
      ].join('\n\n') + '\n',
    );
  });

  it('a witness in Markdown: markers written as markup are found in the source, the rest read as text', () => {
    const sources = readFileSync(join(TINY_CORPUS, 'sources.yaml'), 'utf8')
      .replace('raw/02-web-copy.txt', 'raw/02-web-copy.md')
      .replace('start: "Last updated: 2023-03-20"', 'start: "*Last updated: 2023-03-20*"')
      .replace(/(source: raw\/02-web-copy\.md[\s\S]*?segment:) line/, '$1 paragraph');
    const lines = readFileSync(join(TINY_CORPUS, 'raw/02-web-copy.txt'), 'utf8').split('\n');
    const md = lines
      .map((l) => (l.startsWith('Last updated') ? `*${l}*` : l.startsWith('• ') ? `- **Rule.** ${l.slice(2)}` : l.replace('carry water', '**carry** water')))
      .join('\n\n');
    const config = parseSources(sources, 'corpus/sources.yaml');
    const raw: Record<string, string> = {};
    for (const w of config.witnesses) raw[w.meta.source] = w.meta.id === 'web' ? md : readFileSync(join(TINY_CORPUS, w.meta.source), 'utf8');
    const web = buildWitnesses({ config, raw, enumerators, aligner: alignerSettings, previous: {}, sourcesFile: 'corpus/sources.yaml' }).find((w) => w.meta.id === 'web')!;
    expect(web.clauses[0].text).toMatch(/^The rivers that cross our borders carry water/);
    expect(web.clauses.some((c) => c.text.includes('*') || c.text.startsWith('Rule'))).toBe(false);
    expect(web.clauses.filter((c) => c.marker?.startsWith('Rule')).length).toBe(4);
  });

  it('in line mode a bold label stays in its line, without its marks', () => {
    expect(markdownToText('- **Rule.** Each State shall act.', false)).toBe('- Rule. Each State shall act.\n');
  });

  it('an ordered list keeps its numbers as the source writes them (paragraphs numbered "12.", "13)")', () => {
    expect(markdownToText('12. The Group reaffirms the norms.\n\n13. The Group recommends:\n')).toBe('12. The Group reaffirms the norms.\n13. The Group recommends:\n');
    expect(markdownToText('3) First point.\n4) Second point.\n')).toBe('3) First point.\n4) Second point.\n');
    // near miss: a bullet list stays a bullet list
    expect(markdownToText('* First point.\n* Second point.\n')).toBe('- First point.\n- Second point.\n');
  });
});
