/**
 * Witness files (`corpus/witnesses/<id>.md`) ⇄ `Witness`. The only module that imports unified
 * (`parseMarkdown` gives the tree of any other Markdown text).
 *
 * A witness file is YAML front matter (the metadata) and then, in reading order, one `## TAGS`
 * heading per clause (its base unit ids, space-separated; `—` for none), an HTML comment recording
 * what the aligner proposed, and the clause text as one paragraph. Markdown-significant characters
 * in the text are backslash-escaped, so the paragraph reads back exactly as transcribed.
 */
import { createHash } from 'node:crypto';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { stringify } from 'yaml';
import { UserError } from '../errors.js';
import { parseYamlFile } from '../data.js';
import { WITNESS_KINDS, type Clause, type Witness, type WitnessKind, type WitnessMeta } from '../types.js';

/** A unit tag: letters, a number (its decimal parts joined by `_`: "Article 14.11" is `Art14_11`), optionally `-paragraph` (units named after headings: `Art38-1`), optionally the letter of an item (`Art4-1a`, `Art7b`), optionally `.sentence`. */
// (a lettered item under a numbered paragraph of a heading: "Art4-1a", "Art7b"; names.ts)
export const TAG = /^[A-Za-z]+\d+(?:_\d+)*(?:-\d+)?[a-z]?(?:\.\d+)?$/;
const NONE = '—';
const ID = /^[a-z0-9][a-z0-9-]*$/;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

const HEADER =
  '<!-- A variorum witness. Each "##" heading tags the clause below it with the base unit(s) it corresponds to ("—": none); ' +
  'the comment under it records what the aligner proposed. Edit freely: a tag that differs from the proposal counts as set by hand, ' +
  'and `variorum ingest` does not overwrite an edited file without --force. Escape Markdown characters in the text with a backslash. -->';

/** Escape a clause text so that it reads back as one paragraph with exactly this text. */
export function escapeText(text: string): string {
  let out = text.replace(/[\\`*_[\]<>&|~]/g, '\\$&');
  // block syntax at the start of the paragraph: heading, list, quote, thematic break, numbered list
  out = out.replace(/^([#+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
  return out;
}

/** Undo backslash escapes (CommonMark: any ASCII punctuation may be escaped). */
export function unescapeText(md: string): string {
  return md.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** Hash of a witness body, recorded in the front matter to tell a hand-edited file from a generated one. */
export function checksum(body: string): string {
  return createHash('sha256').update(body).digest('hex').slice(0, 16);
}

function proposal(c: Clause, isBase: boolean): string {
  const parts = [c.alignerUnits.length ? c.alignerUnits.join(' ') : NONE];
  if (isBase) parts.push('base text');
  else if (c.confidence !== null) parts.push(`confidence ${c.confidence.toFixed(2)}`);
  if (c.marker !== undefined) parts.push(`marker ${JSON.stringify(c.marker)}`);
  return `<!-- proposed: ${parts.join(' · ')} -->`;
}

/** The body of a witness file (everything after the front matter). */
export function renderBody(w: Witness, isBase: boolean): string {
  const blocks = [HEADER];
  for (const c of w.clauses) {
    blocks.push(`## ${c.units.length ? c.units.join(' ') : NONE}`, proposal(c, isBase), escapeText(c.text));
  }
  return blocks.join('\n\n') + '\n';
}

/** A whole witness file. */
export function renderWitness(w: Witness, isBase: boolean): string {
  const body = renderBody(w, isBase);
  const meta: Record<string, string> = {
    id: w.meta.id,
    title: w.meta.title,
    date: w.meta.date,
    issuer: w.meta.issuer,
  };
  if (w.meta.venue !== undefined) meta.venue = w.meta.venue;
  meta.kind = w.meta.kind;
  meta.source = w.meta.source;
  meta.checksum = checksum(body);
  return `---\n${stringify(meta, { lineWidth: 0 })}---\n\n${body}`;
}

/** Split a witness file into front matter text and body (as renderWitness writes it). */
export function splitFrontMatter(text: string): { front: string; body: string } | undefined {
  const m = /^---\n([\s\S]*?\n)?---\n\n?/.exec(text);
  return m ? { front: m[1] ?? '', body: text.slice(m[0].length) } : undefined;
}

interface Pos { start: { line: number; offset?: number }; end: { offset?: number } }
/** An mdast node, as much of it as variorum reads. */
export interface MdNode { type: string; depth?: number; value?: string; ordered?: boolean | null; start?: number | null; position?: Pos; children?: MdNode[] }

/** The syntax tree of any Markdown text (a raw source written in Markdown: see src/ingest/markdown.ts). */
export function parseMarkdown(text: string): MdNode {
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(text) as unknown as MdNode;
}

/**
 * Parse a witness file. `shown` is the path used in messages. Checks the metadata and the shape
 * (headings, one paragraph each, well-formed tags); unit tags are checked against the base later.
 */
export function parseWitness(text: string, shown: string): Witness & { checksum?: string; bodyChecksum: string } {
  if (!text.startsWith('---\n')) throw new UserError('no front matter: a witness file starts with a "---" YAML block of metadata', { file: shown, line: 1 });
  const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(text) as unknown as MdNode;
  const nodes = tree.children ?? [];
  const front = nodes[0];
  if (!front || front.type !== 'yaml') throw new UserError('front matter is not closed by "---"', { file: shown, line: 1 });
  const raw = parseYamlFrontMatter(front.value ?? '', shown);
  const meta = checkMeta(raw, shown);
  const clauses: Clause[] = [];
  let current: (Clause & { proposed?: boolean }) | undefined;
  let headingLine = 0;
  const finish = () => {
    if (current && current.text === '') throw new UserError(`empty clause: heading "## ${current.units.join(' ') || NONE}" has no text`, { file: shown, line: headingLine });
  };
  for (const node of nodes.slice(1)) {
    const line = node.position?.start.line ?? 0;
    const source = text.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
    if (node.type === 'heading') {
      finish();
      if (node.depth !== 2) throw new UserError(`expected a "## " unit heading, found a level-${node.depth} heading`, { file: shown, line });
      const label = source.replace(/^#+\s*/, '').replace(/\s*#*\s*$/, '');
      const tags = label.split(/[\s,+]+/).filter((t) => t !== '');
      const units = tags.length === 1 && tags[0] === NONE ? [] : tags;
      for (const tag of units) {
        if (!TAG.test(tag)) {
          const where = units.length > 1 ? ` in heading "## ${label}"` : '';
          throw new UserError(`malformed unit tag "${tag}"${where} (expected ids such as P1, C4 or C4.2, separated by spaces, or "—")`, { file: shown, line });
        }
      }
      const dup = units.find((t, i) => units.indexOf(t) !== i);
      if (dup) throw new UserError(`duplicate unit tag "${dup}" in one heading`, { file: shown, line });
      if (units.length === 0 && !(tags.length === 1 && tags[0] === NONE)) throw new UserError('empty unit heading (use "—" for a clause with no counterpart)', { file: shown, line });
      current = { text: '', units, confidence: null, alignerUnits: units, origin: 'hand', line };
      headingLine = line;
      clauses.push(current);
    } else if (node.type === 'html') {
      const m = /^<!--\s*proposed:\s*([\s\S]*?)\s*-->$/.exec(source.trim());
      if (!m) continue; // other comments are the scholar's notes
      if (!current) throw new UserError('a "proposed:" comment before the first unit heading', { file: shown, line });
      const parts = m[1].split(' · ');
      const proposedTags = parts[0] === NONE ? [] : parts[0].split(/\s+/);
      current.alignerUnits = proposedTags;
      for (const part of parts.slice(1)) {
        const conf = /^confidence (\d+(?:\.\d+)?)$/.exec(part);
        const mark = /^marker (".*")$/.exec(part);
        if (conf) current.confidence = Number(conf[1]);
        else if (mark) {
          // a hand-edited comment may hold a broken string: a user error, not a crash
          let marker: unknown;
          try {
            marker = JSON.parse(mark[1]);
          } catch {
            throw new UserError(`malformed marker in the "proposed:" comment: ${mark[1]} (expected a JSON string such as "First,")`, { file: shown, line });
          }
          current.marker = marker as string;
        }
      }
      current.origin = sameTags(proposedTags, current.units) ? 'aligner' : 'hand';
    } else if (node.type === 'paragraph') {
      if (!current) throw new UserError('text before the first "## " unit heading', { file: shown, line });
      if (current.text !== '') throw new UserError(`a second paragraph under "## ${current.units.join(' ') || NONE}": one clause per heading`, { file: shown, line });
      current.text = unescapeText(source).replace(/\s+/g, ' ').trim();
      current.line = line;
    } else {
      throw new UserError(`unexpected ${node.type} (a witness holds "## " unit headings, each followed by one paragraph of text)`, { file: shown, line });
    }
  }
  finish();
  if (clauses.length === 0) throw new UserError('no clauses: expected "## UNIT" headings each followed by the clause text', { file: shown });
  const split = splitFrontMatter(text);
  const result: Witness & { checksum?: string; bodyChecksum: string } = {
    meta,
    clauses: clauses.map(({ text: t, units, confidence, alignerUnits, origin, marker, line }) => {
      const c: Clause = { text: t, units, confidence, alignerUnits, origin, line };
      if (marker !== undefined) c.marker = marker;
      return c;
    }),
    file: shown,
    bodyChecksum: checksum(split?.body ?? ''),
  };
  if (typeof raw.checksum === 'string') result.checksum = raw.checksum;
  return result;
}

function sameTags(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function parseYamlFrontMatter(yamlText: string, shown: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = parseYamlFile<unknown>(yamlText, shown);
  } catch (e) {
    if (e instanceof UserError) {
      // front matter starts on line 2 of the file
      throw new UserError(e.message.replace(/^.*?: (invalid YAML)/, 'invalid YAML in front matter'), { file: shown, line: (e.line ?? 0) + 1 });
    }
    throw e;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new UserError('front matter must be a YAML mapping of metadata', { file: shown, line: 2 });
  return value as Record<string, unknown>;
}

function checkMeta(raw: Record<string, unknown>, shown: string): WitnessMeta {
  const need = (key: string): string => {
    const v = raw[key];
    if (v === undefined || v === null || v === '') throw new UserError(`missing metadata \`${key}\` in front matter`, { file: shown, line: 2 });
    if (typeof v !== 'string' && typeof v !== 'number') throw new UserError(`metadata \`${key}\` must be a string`, { file: shown, line: 2 });
    return String(v);
  };
  const id = need('id');
  if (!ID.test(id)) throw new UserError(`metadata id "${id}" must be lower-case letters, digits and dashes`, { file: shown, line: 2 });
  const kind = need('kind');
  if (!WITNESS_KINDS.includes(kind as WitnessKind)) throw new UserError(`metadata kind "${kind}" is not one of ${WITNESS_KINDS.join(', ')}`, { file: shown, line: 2 });
  const date = need('date');
  if (!DATE.test(date)) throw new UserError(`metadata date "${date}" is not YYYY-MM-DD`, { file: shown, line: 2 });
  const meta: WitnessMeta = { id, title: need('title'), date, issuer: need('issuer'), kind: kind as WitnessKind, source: need('source') };
  if (typeof raw.venue === 'string' && raw.venue !== '') meta.venue = raw.venue;
  return meta;
}
