/**
 * Session 18 (trial 89 A1, A2, A9, A10; trial 88 #6; trial 84 #3): raw sources read as a scholar
 * reads them.
 */
import { describe, expect, it } from 'vitest';
import { buildWitnesses } from '../../src/ingest/index.js';
import { parseSources } from '../../src/ingest/config.js';
import { loadHtmlReader } from '../../src/ingest/html.js';
import { joinBrokenWords, segment } from '../../src/ingest/segment.js';
import { columnRuns } from '../../src/ingest/extract.js';
import { alignerSettings, enumerators } from '../helpers/settings.js';

const html = await loadHtmlReader();

/** Ingest one base witness from `file` (with `mode` and extra YAML lines); its clauses as [marker, text]. */
function ingest(source: string, file: string, mode = 'paragraph', extra: string[] = [], warnings: string[] = []) {
  const yaml = ['title: t', 'base: b', 'units:', '  prefixes: [P, C, E, F, G]', 'witnesses:', '  - id: b', '    title: b', '    date: 2024', '    issuer: x', '    kind: full-text', `    source: raw/${file}`, `    segment: ${mode}`, ...extra].join('\n');
  const config = parseSources(yaml, 'corpus/sources.yaml');
  return buildWitnesses({ config, raw: { [`raw/${file}`]: source }, enumerators, aligner: alignerSettings, previous: {}, sourcesFile: 'corpus/sources.yaml', warnings, html })[0].clauses.map((c) => [c.marker ?? null, c.text]);
}

describe('an HTML heading element is a heading whatever stands before it (trial 89 A2)', () => {
  const page = (before: string) => `<html><body><h2>Article 6 – Special data</h2><ol><li>Sensitive data shall only be processed where safeguards exist.</li></ol>${before}<h2>Article 7 – Data security</h2><ol><li>Each Party shall provide that the controller takes security measures.</li></ol></body></html>`;
  it('after an aside with a heading and two short items: the <h2> heads the next clause, the aside items stay clauses', () => {
    const out = ingest(page('<aside><h3>Related</h3><ul><li><a>Guidelines on AI</a></li><li><a>Convention at 5</a></li></ul></aside>'), 'p.html');
    // (the aside's heading heads its first item, as a slide's title does: a bulleted item is no heading, session 21)
    expect(out.map((c) => c[1])).toEqual(['Sensitive data shall only be processed where safeguards exist.', 'Guidelines on AI', 'Convention at 5', 'Each Party shall provide that the controller takes security measures.']);
    expect(out[1][0]).toBe('Related');
    // (the item's number joins the heading, as in a text source: html lists carry their marks)
    expect(out[3][0]).toBe('Article 7 – Data security / 1.');
  });
  it('another wording: four short paragraphs, then an <h3>', () => {
    const out = ingest(page('<p>Share</p><p>Print</p><p>Email</p><p>Cite this page</p>').replace(/h2>Article 7/g, 'h3>Article 7').replace('</h2><ol><li>Each', '</h3><ol><li>Each'), 'p.html');
    expect(out[out.length - 1]).toEqual(['Article 7 – Data security / 1.', 'Each Party shall provide that the controller takes security measures.']);
  });
  it('near miss: a heading element that is a sentence (ends with a full stop) stays a clause', () => {
    const out = ingest('<html><body><h2>States shall protect data.</h2><p>They shall report every year.</p></body></html>', 'p.html');
    expect(out.map((c) => c[1])).toEqual(['States shall protect data.', 'They shall report every year.']);
  });
});

describe('an enumeration\'s introduction goes whatever label opens it (trial 88 #6)', () => {
  it('"A: The Strategy rests on two principles. … First, …": the two items only', () => {
    const out = ingest('A: The Strategy rests on two principles. Let me introduce them. First, States shall respect sovereignty. Second, States should cooperate.\n', 's.txt', 'enumeration');
    expect(out.map((c) => c[1])).toEqual(['States shall respect sovereignty.', 'States should cooperate.']);
  });
  it('another wording: a speaker\'s name as label', () => {
    const out = ingest('MR. LI: Let me say this. First, States shall respect sovereignty. Second, States should cooperate.\n', 's.txt', 'enumeration');
    expect(out.map((c) => c[1])).toEqual(['States shall respect sovereignty.', 'States should cooperate.']);
  });
  it('near miss: a text that opens with its first item keeps it', () => {
    const out = ingest('First, States shall respect sovereignty. Second, States should cooperate.\n', 's.txt', 'enumeration');
    expect(out.map((c) => c[1])).toEqual(['States shall respect sovereignty.', 'States should cooperate.']);
  });
});

describe('a sentence cut by a blank line is one clause (trial 89 A10)', () => {
  it('"… prohibit the transfer" | blank line | "of data.": one clause', () => {
    expect(ingest('1. A Party shall not prohibit the transfer\n\nof data.\n\n2. Transfers may take place.\n', 'w.txt')).toEqual([
      ['1.', 'A Party shall not prohibit the transfer of data.'],
      ['2.', 'Transfers may take place.'],
    ]);
  });
  it('another wording: a figure before the break', () => {
    expect(ingest('States shall report within 72\n\nhours of the incident.\n', 'w.txt').map((c) => c[1])).toEqual(['States shall report within 72 hours of the incident.']);
  });
  it('near misses: a closed sentence, a list item going on ("; or"), a next paragraph in capitals, a heading', () => {
    expect(ingest('States shall act.\n\nthey shall report.\n', 'w.txt').map((c) => c[1])).toEqual(['States shall act.', 'they shall report.']);
    expect(ingest('A Party may:\n\naccess stored data; or\n\nreceive stored data.\n', 'w.txt').map((c) => c[1])).toEqual(['A Party may:', 'access stored data; or', 'receive stored data.']);
    expect(ingest('States shall act now\n\nThey shall report.\n', 'w.txt').map((c) => c[1])).toEqual(['States shall act now', 'They shall report.']);
    expect(segment('## Scope\n\nthis applies to data.', { by: 'paragraph' }, enumerators).map((c) => c.text)).toEqual(['this applies to data.']);
  });
});

describe('two columns side by side warn (trial 89 A9)', () => {
  const page = '1. A Party shall not prohibit the        1. Une Partie ne peut interdire\ntransfer of data.                        le transfert de données.\n\n2. Transfers may only take place where   2. Le transfert ne peut avoir lieu\nprotection is secured.                   que si la protection est garantie.\n';
  it('a bilingual page read line by line: a warning naming its lines', () => {
    expect(columnRuns(page)).toEqual([{ first: 1, last: 5 }]);
    const w: string[] = [];
    ingest(page, 'w.txt', 'paragraph', [], w);
    expect(w.filter((x) => x.startsWith('raw/w.txt:1: lines 1–5') && x.includes('two columns side by side'))).toHaveLength(1);
  });
  it('near misses: a list mark and a tab; one line with a wide gap; gaps at different places', () => {
    expect(columnRuns('(a)\tthe request concerns an offence; or\n(b)\tit considers that the request\n(c)\tit would prejudice its sovereignty.\n')).toEqual([]);
    expect(columnRuns('Article 1 Scope      page 3\nThe Parties shall cooperate.\n')).toEqual([]);
    expect(columnRuns('States shall act     now and\nthey shall report on it         every year\nand the Council shall         review\n')).toEqual([]);
  });
});

describe('a word broken at a line end takes the witness\'s own spelling first (trial 84 #3)', () => {
  it('"non-" / "discriminatory" where the witness writes "non-personal" and another witness "nondiscriminatory": hyphen kept', () => {
    const own = 'Rules shall be non-\ndiscriminatory for non-personal data.';
    expect(joinBrokenWords(own, `${own}\nRules shall be nondiscriminatory.`, [], [], own)).toBe('Rules shall be non-discriminatory for non-personal data.');
  });
  it('another wording: the witness writes the word closed elsewhere', () => {
    const own = 'A cross-\nborder rule; crossborder flows.';
    expect(joinBrokenWords(own, `${own}\ncross-border flows`, [], [], own)).toBe('A crossborder rule; crossborder flows.');
  });
  it('near miss: nothing in the witness itself: the other witnesses\' spelling decides, as before', () => {
    const own = 'Rules shall be non-\ndiscriminatory.';
    expect(joinBrokenWords(own, `${own}\nRules shall be nondiscriminatory.`, [], [], own)).toBe('Rules shall be nondiscriminatory.');
  });
});
