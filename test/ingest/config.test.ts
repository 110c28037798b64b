import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseSources } from '../../src/ingest/config.js';
import { UserError } from '../../src/errors.js';
import { REAL_CORPUS, TINY_CORPUS } from '../helpers/corpus.js';
import { userError } from '../helpers/errors.js';


/** 1-based line of the first line of `text` that contains `needle` (after `from`). */
function lineOf(text: string, needle: string, nth = 1): number {
  let at = -1;
  for (let i = 0; i < nth; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`not in text: ${needle}`);
  return text.slice(0, at).split('\n').length;
}

const MINIMAL = `title: Test charter
base: a
witnesses:
  - id: a
    title: A
    date: 2023-03-14
    issuer: Someone
    kind: full-text
    source: raw/a.txt
  - id: b
    title: B
    date: 2023-03
    issuer: Someone else
    kind: paraphrase
    source: raw/b.txt
`;

describe('parseSources: a valid file', () => {
  const text = readFileSync(join(REAL_CORPUS, 'sources.yaml'), 'utf8');
  const config = parseSources(text, 'corpus/sources.yaml');

  it('reads the corpus metadata', () => {
    expect(config.title).toBe('Global Initiative on Data Security');
    expect(config.base).toBe('un-a75');
    expect(config.prefixes).toEqual(['P', 'C', 'E']);
    expect(config.witnesses.map((w) => w.meta.id)).toEqual(['un-a75', 'mfa', 'embassy-text', 'embassy-speech', 'unga-statement', 'paraphrase']);
  });

  it('reads metadata, extraction rules and segment modes (string or list markers)', () => {
    const [un, mfa, , speech, unga, press] = config.witnesses;
    expect(un.meta).toEqual({
      id: 'un-a75',
      title: 'Global Initiative on Data Security, annex to UN document A/75/...',
      date: '2020-09-21',
      issuer: 'Permanent Representative of China to the United Nations',
      venue: 'United Nations General Assembly, 75th session (letter of 18 September 2020 to the Secretary-General, annex)',
      kind: 'full-text',
      source: 'raw/000-un-a75-letter.txt',
    });
    expect(un.extract).toEqual({ start: ['[Original: Chinese]', 'Global Initiative on Data Security'], end: [] });
    expect(mfa.extract.end).toEqual(['Suggest to a friend']);
    expect(speech.segment).toEqual({ by: 'enumeration' });
    expect(speech.extract.end).toEqual(['Wang Yi said: "I hope']);
    expect(unga.segment).toEqual({ by: 'delimiter', delimiter: ';' });
    expect(press.segment).toEqual({ by: 'paragraph' });
    expect(press.meta.title).toBe('Wang Yi Says China Is Considering Launching a Global Data Security Initiative');
  });

  it('records the line of each entry', () => {
    expect(config.witnesses[0].line).toBe(lineOf(text, 'id: un-a75'));
    expect(config.witnesses[5].line).toBe(lineOf(text, 'id: paraphrase'));
  });

  it('the tiny corpus: other prefixes, defaults', () => {
    const tiny = parseSources(readFileSync(join(TINY_CORPUS, 'sources.yaml'), 'utf8'), 'sources.yaml');
    expect(tiny.prefixes).toEqual(['Pre', 'Art', 'End']);
    expect(tiny.witnesses.map((w) => [w.meta.id, w.segment.by])).toEqual([['official', 'paragraph'], ['web', 'line'], ['gazette', 'enumeration']]);
    expect(tiny.witnesses[1].meta.venue).toBeUndefined();
  });

  it('defaults: prefixes P, C, E; no markers; paragraphs', () => {
    const c = parseSources(MINIMAL, 's.yaml');
    expect(c.prefixes).toEqual(['P', 'C', 'E']);
    expect(c.witnesses[0].extract).toEqual({ start: [], end: [] });
    expect(c.witnesses[0].segment).toEqual({ by: 'paragraph' });
    expect(c.witnesses[1].meta.date).toBe('2023-03');
  });
});

describe('parseSources: JSON (JSON is YAML)', () => {
  it('sources.json with the same content gives the same configuration', () => {
    const yamlText = readFileSync(join(REAL_CORPUS, 'sources.yaml'), 'utf8');
    const json = JSON.stringify(parse(yamlText), null, 2);
    const fromYaml = parseSources(yamlText, 'sources.yaml');
    const fromJson = parseSources(json, 'sources.json');
    const strip = (c: typeof fromYaml) => ({ ...c, witnesses: c.witnesses.map(({ line: _line, ...w }) => w) });
    expect(strip(fromJson)).toEqual(strip(fromYaml));
    // a JSON entry starts at its "{", the line above its first key
    expect(fromJson.witnesses[1].line).toBe(lineOf(json, '"id": "mfa"') - 1);
  });

  it('a JSON syntax error names the file and line', () => {
    const json = '{\n  "title": "T",\n  "base": "a",\n  "witnesses": [\n    {"id": "a",, "title": "x"}\n  ]\n}\n';
    const e = userError(() => parseSources(json, 'corpus/sources.json'));
    expect(e.message).toMatch(/^corpus\/sources\.json:5(:\d+)?: invalid JSON\/YAML: /);
    expect(e.line).toBe(5);
  });
});

describe('parseSources: errors name the file and line', () => {
  it('the usual YAML slips get a hint: a missing colon, an unquoted colon in a value', () => {
    const noColon = userError(() => parseSources(MINIMAL.replace('- id: b', '- id b'), 'corpus/sources.yaml'));
    expect(noColon.message).toMatch(/^corpus\/sources\.yaml:\d+:\d+: invalid YAML: .*\(is the ":" after a key missing\?\)$/);
    const colon = userError(() => parseSources(MINIMAL.replace('title: T', 'title: Call: to arms'), 'corpus/sources.yaml'));
    expect(colon.message).toMatch(/invalid YAML: .*\(a value that contains ": " or " #" must be put in quotes\)$/);
    expect(colon.line).toBe(1);
  });

  it('units.starts: at most one fewer than the prefixes; extract.drop: regular expressions', () => {
    const ok = parseSources(MINIMAL.replace('witnesses:', 'units:\n  prefixes: [P, C]\n  starts: ["States shall"]\nwitnesses:'), 'corpus/sources.yaml');
    expect(ok.starts).toEqual(['States shall']);
    const tooMany = userError(() => parseSources(MINIMAL.replace('witnesses:', 'units:\n  prefixes: [P, C]\n  starts: [a, b]\nwitnesses:'), 'corpus/sources.yaml'));
    expect(tooMany.message).toContain('`units.starts` gives 2 block start(s): at most 1 for 2 prefixes');
    expect(tooMany.line).toBe(5);
    const drop = parseSources(MINIMAL.replace('    source: raw/a.txt', '    source: raw/a.txt\n    extract:\n      drop: ["\\\\d{2}-\\\\d{5} \\\\d/\\\\d"]'), 'corpus/sources.yaml');
    expect(drop.witnesses[0].extract.drop?.map((r) => r.test('23-19876 2/3'))).toEqual([true]);
    expect(drop.witnesses[0].extract.drop?.map((r) => r.test('see 23-19876 2/3'))).toEqual([false]);
    const bad = userError(() => parseSources(MINIMAL.replace('    source: raw/a.txt', '    source: raw/a.txt\n    extract:\n      drop: ["(unclosed"]'), 'corpus/sources.yaml'));
    expect(bad.message).toContain("witness 'a': extract.drop: not a regular expression");
  });

  it('missing `base`', () => {
    const e = userError(() => parseSources(MINIMAL.replace('base: a\n', ''), 'corpus/sources.yaml'));
    expect(e.message).toContain('corpus/sources.yaml');
    expect(e.message).toContain('missing `base`');
  });

  it('base naming no witness', () => {
    const text = MINIMAL.replace('base: a', 'base: zz');
    const e = userError(() => parseSources(text, 'corpus/sources.yaml'));
    expect(e.message).toContain("base 'zz' is not the id of a witness (witnesses: a, b)");
    expect(e.line).toBe(2);
  });

  it('duplicate id: the message names the line of the first one', () => {
    const text = MINIMAL.replace('- id: b', '- id: a');
    const e = userError(() => parseSources(text, 'corpus/sources.yaml'));
    expect(e.message).toContain(`duplicate witness id 'a' (first at line ${lineOf(text, 'id: a')})`);
    expect(e.line).toBe(lineOf(text, 'id: a', 2));
    expect(e.message.startsWith(`corpus/sources.yaml:${lineOf(text, 'id: a', 2)}`)).toBe(true);
  });

  it('bad kind', () => {
    const text = MINIMAL.replace('kind: paraphrase', 'kind: treaty');
    const e = userError(() => parseSources(text, 's.yaml'));
    expect(e.message).toContain("witness 'b': kind 'treaty' is not one of full-text, oral-summary, restatement, paraphrase");
    expect(e.line).toBe(lineOf(text, 'kind: treaty'));
  });

  it('bad date', () => {
    for (const bad of ['2023-3-14', '14 March 2023', '2023-03-14T10:00', '2024-13-45', '2023-02-29', '2023-00']) {
      const text = MINIMAL.replace('date: 2023-03\n', `date: ${bad}\n`);
      const e = userError(() => parseSources(text, 's.yaml'));
      expect(e.message).toContain(`witness 'b': date '${bad}' is not a date as YYYY-MM-DD (or YYYY-MM, YYYY)`);
      expect(e.line).toBe(lineOf(text, `date: ${bad}`));
    }
    // a leap day is a date
    expect(parseSources(MINIMAL.replace('date: 2023-03\n', 'date: 2024-02-29\n'), 's.yaml').witnesses[1].meta.date).toBe('2024-02-29');
  });

  it('a prefix named twice', () => {
    const e = userError(() => parseSources(MINIMAL.replace('witnesses:', 'units:\n  prefixes: [C, C]\nwitnesses:'), 's.yaml'));
    expect(e.message).toContain("`units.prefixes` names 'C' twice: each block needs its own prefix");
  });

  it('invalid YAML: the line number of the error', () => {
    const text = MINIMAL.replace('    issuer: Someone else', '    issuer: [Someone, else');
    const e = userError(() => parseSources(text, 'corpus/sources.yaml'));
    expect(e.message).toMatch(/^corpus\/sources\.yaml:\d+(:\d+)?: invalid YAML: /);
    expect(e.line).toBeGreaterThanOrEqual(lineOf(text, '[Someone'));
    expect(e.line).toBeLessThanOrEqual(lineOf(text, '[Someone') + 3);
    expect(e.message).not.toContain('\n');
  });

  it('a duplicate key is invalid YAML with its line', () => {
    const text = MINIMAL.replace('    kind: paraphrase\n', '    kind: paraphrase\n    kind: full-text\n');
    const e = userError(() => parseSources(text, 's.yaml'));
    expect(e.message).toContain('invalid YAML');
    expect(e.line).toBe(lineOf(text, 'kind: full-text', 2));
  });

  it('other checks: id syntax, source outside the corpus, segment mode, delimiter, prefixes, empty list', () => {
    const cases: [string, RegExp][] = [
      [MINIMAL.replace('- id: b', '- id: Bad_Id'), /witness 'Bad_Id': id must be lower-case/],
      [MINIMAL.replace('source: raw/b.txt', 'source: ../outside.txt'), /source must be a path inside the corpus directory/],
      [MINIMAL.replace('source: raw/b.txt', 'source: /etc/passwd'), /source must be a path inside the corpus directory/],
      [MINIMAL + '    segment: sentences\n', /segment must be one of paragraph, line, enumeration, delimiter/],
      [MINIMAL + '    segment:\n      by: delimiter\n', /needs a non-empty `delimiter`/],
      [MINIMAL.replace('witnesses:', 'units:\n  prefixes: [P, "2"]\nwitnesses:'), /units\.prefixes/],
      ['title: T\nbase: a\nwitnesses: []\n', /`witnesses` must be a non-empty list/],
      ['- just\n- a list\n', /expected a mapping/],
      [MINIMAL.replace('    issuer: Someone else\n', ''), /witness 'b': missing `issuer`/],
      [MINIMAL + '    extract:\n      start: [ok, 3]\n', /markers must be non-empty strings/],
    ];
    for (const [text, re] of cases) {
      const e = userError(() => parseSources(text, 's.yaml'));
      expect(e.message).toMatch(re);
      expect(e.message.startsWith('s.yaml')).toBe(true);
    }
  });
});
