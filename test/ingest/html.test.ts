import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isHtml, loadHtmlReader } from '../../src/ingest/html.js';
import { buildWitnesses } from '../../src/ingest/index.js';
import { parseSources } from '../../src/ingest/config.js';
import { TINY_CORPUS } from '../helpers/corpus.js';
import { alignerSettings, enumerators } from '../helpers/settings.js';
import { userError } from '../helpers/errors.js';

const htmlToText = await loadHtmlReader();

describe('HTML sources', () => {
  it('are known by their file name or by how they open', () => {
    expect(isHtml('raw/page.html', 'x')).toBe(true);
    expect(isHtml('raw/page.HTM', 'x')).toBe(true);
    expect(isHtml('raw/page.txt', '<!DOCTYPE html>\n<html><body>x</body></html>')).toBe(true);
    expect(isHtml('raw/page.txt', '  <html lang="en">x</html>')).toBe(true);
    expect(isHtml('raw/page.txt', 'States <b>shall</b> act.')).toBe(false);
    expect(isHtml('raw/page.md', '# Title\n\n<p>inline html in Markdown</p>')).toBe(false);
  });

  it('become their text: tags gone, entities decoded, one paragraph per block, scripts and styles left out', () => {
    const html = `<!doctype html><html><head><title>T</title><style>p{color:red}</style><script>var x = "<p>no</p>";</script></head>
<body><nav><a href="/">Home</a> &gt; Treaties</nav>
<h1>Charter</h1>
<p>States <em>shall</em>
   notify their neighbours&nbsp;in time &amp; in full.</p>
<ul><li>First item;</li><li>second item.</li></ul>
<p>One line<br>and another.</p></body></html>`;
    expect(htmlToText(html)).toBe(
      'Home > Treaties\n\nCharter\n\nStates shall notify their neighbours\u00a0in time & in full.\n\nFirst item;\n\nsecond item.\n\nOne line\n\nand another.\n',
    );
  });

  it('an HTML page of a witness gives the same clauses as its text', () => {
    const sources = readFileSync(join(TINY_CORPUS, 'sources.yaml'), 'utf8');
    const text = readFileSync(join(TINY_CORPUS, 'raw/02-web-copy.txt'), 'utf8');
    const html = `<!DOCTYPE html>\n<html><body>\n${text
      .trim()
      .split('\n')
      .map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>`)
      .join('\n')}\n</body></html>\n`;
    const build = (web: string, name: string) => {
      const config = parseSources(sources.replace('raw/02-web-copy.txt', name), 'corpus/sources.yaml');
      const raw: Record<string, string> = {};
      for (const w of config.witnesses) raw[w.meta.source] = w.meta.id === 'web' ? web : readFileSync(join(TINY_CORPUS, w.meta.source), 'utf8');
      return buildWitnesses({ config, raw, enumerators, aligner: alignerSettings, previous: {}, sourcesFile: 'corpus/sources.yaml', html: htmlToText });
    };
    const fromText = build(text, 'raw/02-web-copy.txt').find((w) => w.meta.id === 'web')!;
    const fromHtml = build(html, 'raw/02-web-copy.html').find((w) => w.meta.id === 'web')!;
    expect(fromHtml.clauses.map((c) => [c.text, c.units])).toEqual(fromText.clauses.map((c) => [c.text, c.units]));
    expect(fromHtml.meta.source).toBe('raw/02-web-copy.html');
  });

  it('a marker written as markup is looked for in the source itself; one found nowhere is an error naming the text', () => {
    const base = readFileSync(join(TINY_CORPUS, 'sources.yaml'), 'utf8').replace('raw/02-web-copy.txt', 'raw/02.html');
    const page = '<p>Last updated: 2023-03-20</p><p>The rivers that cross our borders carry water.</p><div class=share>Share</div><p>Footer text.</p>';
    const run = (sources: string) => {
      const config = parseSources(sources, 'corpus/sources.yaml');
      const raw: Record<string, string> = {};
      for (const w of config.witnesses) raw[w.meta.source] = w.meta.id === 'web' ? page : readFileSync(join(TINY_CORPUS, w.meta.source), 'utf8');
      return buildWitnesses({ config, raw, enumerators, aligner: alignerSettings, previous: {}, sourcesFile: 'corpus/sources.yaml', html: htmlToText });
    };
    const web = run(base.replace('end: "Share this page"', 'end: "<div class=share>"')).find((w) => w.meta.id === 'web')!;
    expect(web.clauses.map((c) => c.text)).toEqual(['The rivers that cross our borders carry water.']);
    const e = userError(() => run(base.replace('end: "Share this page"', 'end: "<footer>"')));
    expect(e.message).toContain('raw/02.html (its text)');
    expect(e.message).toContain('end marker not found');
  });

});
