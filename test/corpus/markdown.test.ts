import { describe, expect, it } from 'vitest';
import { checksum, escapeText, parseWitness, renderWitness, splitFrontMatter, unescapeText } from '../../src/corpus/markdown.js';
import { UserError } from '../../src/errors.js';
import type { Clause, Witness } from '../../src/types.js';
import { userError } from '../helpers/errors.js';


function clause(text: string, units: string[], extra: Partial<Clause> = {}): Clause {
  return { text, units, confidence: 0.5, alignerUnits: units, origin: 'aligner', line: 0, ...extra };
}

function witness(clauses: Clause[], meta: Partial<Witness['meta']> = {}): Witness {
  return {
    meta: {
      id: 'press',
      title: 'Valley ministers sign river pact: "a new era" # not a comment',
      date: '2023-03-15',
      issuer: 'Lakeport Gazette',
      venue: 'Page 3',
      kind: 'paraphrase',
      source: 'raw/03-press.txt',
      ...meta,
    },
    clauses,
    file: '',
  };
}

/** Line (1-based) of the first line of `text` equal to `line` (or starting with it). */
function lineNo(text: string, line: string, nth = 1): number {
  const lines = text.split('\n');
  let seen = 0;
  for (let i = 0; i < lines.length; i++) if (lines[i].startsWith(line) && ++seen === nth) return i + 1;
  throw new Error(`line not found: ${line}`);
}

const NASTY = [
  'Plain text, with a comma.',
  '*emphasis* and **strong** and _under_ and __double__',
  'a | table | row |',
  'code `ticks` and ``double`` ticks',
  '<script>alert("x")</script> and <b>bold</b> and <!-- comment -->',
  '[x] a task, [link](http://example.org) and ![img](a.png) and [ref]: http://x',
  '&amp; &lt; &#123; &copy; entities stay literal',
  '# not a heading',
  '## not a heading either ##',
  '- not a list item',
  '+ not a list item',
  '* not a list item',
  '1. not a numbered item',
  '12) not a numbered item either',
  '> not a quote',
  '--- not a rule',
  '=== not a setext underline',
  'back\\slash \\* escaped star \\\\ double \\',
  'a trailing backslash \\',
  'emoji 🌊🐟 and combining é and CJK 河流',
  'RTL: نهر مشترك and עברית mixed with English',
  '~~strike~~ and ~tilde~ and {braces} and $dollars$',
  '“curly quotes”, ‘single’, it’s — dashes – and … ellipsis',
  'http://example.org/a_b_c?x=1&y=2 autolink-ish <http://example.org>',
  '\t tab-free but    spaced? no: single spaces only',
  '4.5 million people; 2020. A year.',
  ':::: colons :::: and !!! bangs',
];

describe('renderWitness → parseWitness', () => {
  it('keeps every clause text byte-exact, whatever Markdown characters it holds', () => {
    const texts = NASTY.map((t) => t.replace(/\s+/g, ' ').trim());
    const w = witness(texts.map((t, i) => clause(t, [`C${i + 1}`])));
    const file = renderWitness(w, false);
    const back = parseWitness(file, 'witnesses/press.md');
    expect(back.clauses.map((c) => c.text)).toEqual(texts);
    expect(back.clauses.map((c) => c.units)).toEqual(texts.map((_, i) => [`C${i + 1}`]));
  });

  it('each nasty text alone (so that one cannot hide behind another)', () => {
    for (const t of NASTY) {
      const text = t.replace(/\s+/g, ' ').trim();
      const back = parseWitness(renderWitness(witness([clause(text, ['C1'])]), false), 'w.md');
      expect(back.clauses).toHaveLength(1);
      expect(back.clauses[0].text).toBe(text);
    }
  });

  it('keeps metadata, tags, confidence, marker and origin', () => {
    const w = witness([
      clause('First clause.', ['C1'], { confidence: 0.37, marker: 'First,' }),
      clause('Merged clause.', ['C3', 'C4'], { confidence: 0.59, marker: 'Second,' }),
      clause('No counterpart.', [], { confidence: 0, marker: 'Third,' }),
      clause('Quoted marker.', ['C5'], { confidence: 1, marker: '"•"' }),
    ]);
    const back = parseWitness(renderWitness(w, false), 'witnesses/press.md');
    expect(back.meta).toEqual(w.meta);
    expect(back.file).toBe('witnesses/press.md');
    expect(back.clauses.map(({ line: _l, ...c }) => c)).toEqual(w.clauses.map(({ line: _l, ...c }) => c));
    expect(back.checksum).toBe(back.bodyChecksum);
  });

  it('records 1-based lines of the clause texts', () => {
    const file = renderWitness(witness([clause('Alpha.', ['C1']), clause('Beta.', ['C2'])]), false);
    const back = parseWitness(file, 'w.md');
    expect(back.clauses.map((c) => c.line)).toEqual([lineNo(file, 'Alpha.'), lineNo(file, 'Beta.')]);
  });

  it('the base witness: confidence null, "base text" in the proposal', () => {
    const w = witness([clause('Preamble.', ['P1'], { confidence: null })], { kind: 'full-text', id: 'official' });
    const file = renderWitness(w, true);
    expect(file).toContain('<!-- proposed: P1 · base text -->');
    const back = parseWitness(file, 'w.md');
    expect(back.clauses[0].confidence).toBeNull();
    expect(back.clauses[0].origin).toBe('aligner');
  });

  it('metadata values that look like other YAML types stay strings', () => {
    const w = witness([clause('x', ['C1'])], { id: '2023', date: '2023', title: 'yes', issuer: 'null', venue: '1e3' });
    const back = parseWitness(renderWitness(w, false), 'w.md');
    expect(back.meta).toEqual(w.meta);
  });

  it('rendering is deterministic and the checksum covers the body', () => {
    const w = witness([clause('One.', ['C1'])]);
    const a = renderWitness(w, false);
    expect(renderWitness(w, false)).toBe(a);
    const split = splitFrontMatter(a)!;
    expect(split.front).toContain(`checksum: ${checksum(split.body)}\n`);
  });
});

describe('escapeText / unescapeText', () => {
  it('are inverse', () => {
    for (const t of NASTY) expect(unescapeText(escapeText(t))).toBe(t);
  });
});

describe('hand-edited tags', () => {
  const file = renderWitness(witness([
    clause('Warn the neighbours.', ['C1'], { confidence: 0.4 }),
    clause('Do not dump sewage.', ['C3'], { confidence: 0.6 }),
    clause('Hold a festival.', [], { confidence: 0 }),
  ]), false);

  it('a heading that differs from the proposal comment is set by hand', () => {
    const edited = file.replace('\n## C3\n', '\n## C3 C4\n').replace('\n## —\n', '\n## C9\n');
    const back = parseWitness(edited, 'w.md');
    expect(back.clauses.map((c) => [c.units, c.alignerUnits, c.origin])).toEqual([
      [['C1'], ['C1'], 'aligner'],
      [['C3', 'C4'], ['C3'], 'hand'],
      [['C9'], [], 'hand'],
    ]);
    expect(back.checksum).not.toBe(back.bodyChecksum);
  });

  it('a heading tagging a clause "—" by hand', () => {
    const back = parseWitness(file.replace('\n## C1\n', '\n## —\n'), 'w.md');
    expect(back.clauses[0]).toMatchObject({ units: [], alignerUnits: ['C1'], origin: 'hand' });
  });

  it('tags may be separated by commas or "+"', () => {
    const back = parseWitness(file.replace('\n## C3\n', '\n## C3, C4\n').replace('\n## C1\n', '\n## C1+C2\n'), 'w.md');
    expect(back.clauses[0].units).toEqual(['C1', 'C2']);
    expect(back.clauses[1].units).toEqual(['C3', 'C4']);
  });

  it('a clause text hard-wrapped by hand reads back with single spaces', () => {
    const back = parseWitness(file.replace('Do not dump sewage.', 'Do not\ndump   sewage.'), 'w.md');
    expect(back.clauses[1].text).toBe('Do not dump sewage.');
  });

  it("a scholar's own comments are allowed", () => {
    const back = parseWitness(file.replace('\nHold a festival.', '\n<!-- note: no counterpart, checked -->\n\nHold a festival.'), 'w.md');
    expect(back.clauses).toHaveLength(3);
  });
});

describe('parseWitness errors name the file and line', () => {
  const file = renderWitness(witness([clause('Alpha.', ['C1']), clause('Beta.', ['C2'])]), false);

  it('no front matter', () => {
    const e = userError(() => parseWitness('## C1\n\nAlpha.\n', 'witnesses/w.md'));
    expect(e.message).toMatch(/^witnesses\/w\.md:1: no front matter/);
  });

  it('front matter not closed', () => {
    const e = userError(() => parseWitness(file.slice(0, file.indexOf('kind:')), 'witnesses/w.md'));
    expect(e.message).toContain('witnesses/w.md:1:');
  });

  it('bad YAML in the front matter: the file line of the error', () => {
    const bad = file.replace('issuer: Lakeport Gazette\n', 'issuer: [Lakeport Gazette\n');
    const e = userError(() => parseWitness(bad, 'witnesses/w.md'));
    expect(e.message).toContain('invalid YAML in front matter');
    expect(e.file).toBe('witnesses/w.md');
    const at = lineNo(bad, 'issuer: [');
    expect(e.line).toBeGreaterThanOrEqual(at);
    expect(e.line).toBeLessThanOrEqual(at + 3);
  });

  it('a duplicate key in the front matter: its line', () => {
    const bad = file.replace('issuer: Lakeport Gazette\n', 'issuer: Lakeport Gazette\nissuer: Other\n');
    const e = userError(() => parseWitness(bad, 'witnesses/w.md'));
    expect(e.message).toContain('invalid YAML in front matter');
    expect(e.line).toBe(lineNo(bad, 'issuer: Other'));
  });

  it('missing metadata', () => {
    const e = userError(() => parseWitness(file.replace(/^issuer: .*\n/m, ''), 'witnesses/w.md'));
    expect(e.message).toBe('witnesses/w.md:2: missing metadata `issuer` in front matter');
  });

  it('bad metadata values', () => {
    expect(userError(() => parseWitness(file.replace('kind: paraphrase', 'kind: gossip'), 'w.md')).message).toMatch(/kind "gossip" is not one of/);
    expect(userError(() => parseWitness(file.replace('date: 2023-03-15', 'date: 15/03/2023'), 'w.md')).message).toMatch(/date "15\/03\/2023"/);
    expect(userError(() => parseWitness(file.replace('id: press', 'id: Press'), 'w.md')).message).toMatch(/id "Press"/);
  });

  it('malformed tag', () => {
    const bad = file.replace('\n## C2\n', '\n## C2 see-note\n');
    const e = userError(() => parseWitness(bad, 'witnesses/w.md'));
    expect(e.message).toBe(
      `witnesses/w.md:${lineNo(bad, '## C2')}: malformed unit tag "see-note" in heading "## C2 see-note" (expected ids such as P1, C4 or C4.2, separated by spaces, or "—")`,
    );
    // a single bad tag is quoted alone
    const one = userError(() => parseWitness(file.replace('\n## C2\n', '\n## C-2\n'), 'w.md'));
    expect(one.message).toContain('malformed unit tag "C-2" (expected');
  });

  it('duplicate tag in a heading', () => {
    const bad = file.replace('\n## C2\n', '\n## C2 C2\n');
    const e = userError(() => parseWitness(bad, 'witnesses/w.md'));
    expect(e.message).toBe(`witnesses/w.md:${lineNo(bad, '## C2')}: duplicate unit tag "C2" in one heading`);
  });

  it('empty clause (a heading followed by the next heading, or at the end)', () => {
    const bad = file.replace('\nAlpha.\n', '\n');
    const e = userError(() => parseWitness(bad, 'witnesses/w.md'));
    expect(e.message).toContain('empty clause');
    expect(e.line).toBe(lineNo(bad, '## C1'));
    const atEnd = file.replace(/\nBeta\.\n$/, '');
    const e2 = userError(() => parseWitness(atEnd, 'witnesses/w.md'));
    expect(e2.message).toContain('empty clause');
    expect(e2.line).toBe(lineNo(atEnd, '## C2'));
  });

  it('two paragraphs under one heading', () => {
    const bad = file.replace('\nAlpha.\n', '\nAlpha.\n\nAlpha again.\n');
    const e = userError(() => parseWitness(bad, 'witnesses/w.md'));
    expect(e.message).toContain('a second paragraph under "## C1"');
    expect(e.line).toBe(lineNo(bad, 'Alpha again.'));
  });

  it('text before the first heading', () => {
    const bad = file.replace('\n## C1\n', '\nStray text.\n\n## C1\n');
    const e = userError(() => parseWitness(bad, 'witnesses/w.md'));
    expect(e.message).toContain('text before the first "## " unit heading');
    expect(e.line).toBe(lineNo(bad, 'Stray text.'));
  });

  it('other block types (a list, a level-3 heading) are refused with their line', () => {
    const list = file.replace('\nBeta.\n', '\n- Beta.\n');
    expect(userError(() => parseWitness(list, 'w.md')).line).toBe(lineNo(list, '- Beta.'));
    const h3 = file.replace('\n## C2\n', '\n### C2\n');
    const e = userError(() => parseWitness(h3, 'w.md'));
    expect(e.message).toContain('level-3 heading');
    expect(e.line).toBe(lineNo(h3, '### C2'));
  });

  it('no clauses at all', () => {
    const front = file.slice(0, file.indexOf('<!-- A variorum'));
    expect(userError(() => parseWitness(front, 'w.md')).message).toContain('no clauses');
  });
});
