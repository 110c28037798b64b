/**
 * `corpus/sources.yaml` (or `sources.json`): the corpus metadata and the extraction rules, checked.
 * Pure: text in, typed config out; every problem is a UserError naming the file and line.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { UserError } from '../errors.js';
import { yamlMessage } from '../data.js';
import { WITNESS_KINDS, type WitnessKind, type WitnessMeta } from '../types.js';

/** How a region of a raw source is cut into clauses. */
export type SegmentMode =
  | { by: 'paragraph' } // blank-line separated blocks
  | { by: 'line' } // every non-empty line
  | { by: 'enumeration' } // at ordinal enumerators ("First, … Second, …") inside running text
  | { by: 'delimiter'; delimiter: string }; // at a delimiter (";")

/** Extraction rule: the region of the raw source that holds the witness. */
export interface ExtractRule {
  /** Markers found one after another; the region starts right after the last. Empty: file start. */
  start: string[];
  /** Markers found one after another after the start; the region ends right before the last. Empty: file end. */
  end: string[];
  /**
   * Lines of page furniture inside the region (running heads, page footers such as "20-12345 2/3"):
   * regular expressions, each matched against a whole line (trimmed); matching lines are removed
   * before segmentation, as layout.
   */
  drop?: RegExp[];
  /**
   * The columns of a Markdown pipe table that hold the text, by header name or 1-based number (an
   * implementation plan's "Action"; its "Lead" and "Deadline" cells are left out). All when absent.
   */
  columns?: string[];
}

export interface SourceEntry {
  meta: WitnessMeta;
  extract: ExtractRule;
  segment: SegmentMode;
  /** 1-based line of the entry in the metadata file. */
  line: number;
}

export interface SourcesConfig {
  title: string;
  base: string;
  /** Unit prefixes, one per block of the base text (`[P, C, E]`). */
  prefixes: string[];
  /**
   * Where each block after the first begins, when the layout does not show it (the base's
   * commitments are plain paragraphs like its preamble): the opening words of the block's first
   * clause. Empty: blocks follow the layout (runs of paragraphs and of list items).
   */
  starts?: string[];
  /** 1-based line of `units.starts` in the metadata file (for messages). */
  startsLine?: number;
  /**
   * Name the base's units after the numbers of their headings, with this prefix (`Art`: the clauses
   * under "Article 38" are Art38-1, Art38-2; see names.ts); clauses under no numbered heading are
   * named by the blocks.
   */
  headings?: string;
  witnesses: SourceEntry[];
}

const ID = /^[a-z0-9][a-z0-9-]*$/;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** A month 01–12 and a day that month has (leap years counted). */
function realDate(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number);
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d >= 1 && d <= days;
}
const PREFIX = /^[A-Za-z]+$/;

/** Parse and check the corpus metadata. `shown` is the file name used in messages. */
export function parseSources(text: string, shown: string): SourcesConfig {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const pos = e.linePos?.[0];
    throw new UserError(`invalid ${shown.endsWith('.json') ? 'JSON/YAML' : 'YAML'}: ${yamlMessage(e.message)}`, { file: shown, line: pos?.line, column: pos?.col });
  }
  const lineOf = (node: unknown): number | undefined => {
    const range = (node as YamlNode | undefined)?.range;
    return range ? lc.linePos(range[0]).line : undefined;
  };
  const fail = (msg: string, node?: unknown): never => {
    throw new UserError(msg, { file: shown, line: lineOf(node) });
  };
  const root = doc.contents;
  if (!isMap(root)) fail('expected a mapping with `title`, `base`, `units` and `witnesses`', root);
  const rootMap = root as import('yaml').YAMLMap;
  const str = (map: import('yaml').YAMLMap, key: string, where: string, optional = false): string | undefined => {
    const v = map.get(key, true) as YamlNode | undefined;
    const value = v && 'value' in v ? (v as { value: unknown }).value : undefined;
    if (value === undefined || value === null || value === '') {
      if (optional) return undefined;
      fail(`${where}: missing \`${key}\``, map);
    }
    if (typeof value !== 'string' && typeof value !== 'number') fail(`${where}: \`${key}\` must be a string`, v);
    return String(value);
  };
  const strList = (node: unknown, where: string): string[] => {
    if (node === undefined || node === null) return [];
    const n = node as YamlNode & { value?: unknown };
    if (isSeq(n)) {
      return n.items.map((item) => {
        const v = (item as { value?: unknown }).value;
        if (typeof v !== 'string' || v === '') fail(`${where}: markers must be non-empty strings`, item);
        return v as string;
      });
    }
    if (typeof n.value === 'string' && n.value !== '') return [n.value];
    if (n.value === null) return [];
    return fail(`${where}: expected a string or a list of strings`, node);
  };

  const title = str(rootMap, 'title', 'corpus')!;
  const base = str(rootMap, 'base', 'corpus')!;
  const units = rootMap.get('units', true);
  let prefixes = ['P', 'C', 'E'];
  let starts: string[] = [];
  let startsLine: number | undefined;
  let headings: string | undefined;
  if (units !== undefined) {
    if (!isMap(units)) fail('`units` must be a mapping with `prefixes`', units);
    const um = units as unknown as import('yaml').YAMLMap;
    const p = um.get('prefixes', true);
    if (p !== undefined) prefixes = strList(p, 'units.prefixes');
    if (prefixes.length === 0 || prefixes.some((x) => !PREFIX.test(x))) fail('`units.prefixes` must list letter prefixes such as [P, C, E]', p ?? units);
    const twice = prefixes.find((x, k) => prefixes.indexOf(x) !== k);
    if (twice) fail(`\`units.prefixes\` names '${twice}' twice: each block needs its own prefix`, p ?? units);
    const st = um.get('starts', true);
    starts = strList(st, 'units.starts');
    startsLine = lineOf(st);
    if (starts.length >= prefixes.length) fail(`\`units.starts\` gives ${starts.length} block start(s): at most ${prefixes.length - 1} for ${prefixes.length} prefixes`, st);
    const h = um.get('headings', true);
    if (h !== undefined) {
      const hv = (h as { value?: unknown }).value ?? h;
      if (typeof hv !== 'string' || !PREFIX.test(hv)) fail('`units.headings` must be a letter prefix such as Art', h);
      if (prefixes.includes(hv as string)) fail(`\`units.headings\` '${hv}' is also one of units.prefixes: give the headings a prefix of their own`, h);
      headings = hv as string;
    }
  }
  const list = rootMap.get('witnesses', true);
  if (!isSeq(list) || list.items.length === 0) fail('`witnesses` must be a non-empty list', list ?? rootMap);
  const seen = new Map<string, number>();
  const witnesses = (list as unknown as import("yaml").YAMLSeq).items.map((item, i): SourceEntry => {
    if (!isMap(item)) fail(`witness #${i + 1}: expected a mapping`, item);
    const m = item as import('yaml').YAMLMap;
    const id = str(m, 'id', `witness #${i + 1}`)!;
    const where = `witness '${id}'`;
    if (!ID.test(id)) fail(`${where}: id must be lower-case letters, digits and dashes`, m.get('id', true));
    if (seen.has(id)) fail(`duplicate witness id '${id}' (first at line ${seen.get(id)})`, m.get('id', true));
    seen.set(id, lineOf(m.get('id', true)) ?? 0);
    const kind = str(m, 'kind', where)! as WitnessKind;
    if (!WITNESS_KINDS.includes(kind)) fail(`${where}: kind '${kind}' is not one of ${WITNESS_KINDS.join(', ')}`, m.get('kind', true));
    const date = str(m, 'date', where)!;
    if (!DATE.test(date) || !realDate(date)) fail(`${where}: date '${date}' is not a date as YYYY-MM-DD (or YYYY-MM, YYYY)`, m.get('date', true));
    const meta: WitnessMeta = {
      id,
      title: str(m, 'title', where)!,
      date,
      issuer: str(m, 'issuer', where)!,
      kind,
      source: str(m, 'source', where)!,
    };
    const venue = str(m, 'venue', where, true);
    if (venue !== undefined) meta.venue = venue;
    if (meta.source.startsWith('/') || meta.source.split(/[\\/]/).includes('..')) {
      fail(`${where}: source must be a path inside the corpus directory`, m.get('source', true));
    }
    const ex = m.get('extract', true);
    const extract: ExtractRule = { start: [], end: [] };
    if (ex !== undefined && ex !== null) {
      if (!isMap(ex)) fail(`${where}: \`extract\` must be a mapping with start/end markers`, ex);
      const em = ex as unknown as import('yaml').YAMLMap;
      extract.start = strList(em.get('start', true), `${where}: extract.start`);
      extract.end = strList(em.get('end', true), `${where}: extract.end`);
      const dr = em.get('drop', true);
      const drop = strList(dr, `${where}: extract.drop`).map((pattern) => {
        try {
          return new RegExp(`^(?:${pattern})$`, 'u');
        } catch (e) {
          return fail(`${where}: extract.drop: not a regular expression: ${(e as Error).message}`, dr);
        }
      });
      if (drop.length) extract.drop = drop;
      const cols = em.get('columns', true) as (YamlNode & { value?: unknown }) | undefined;
      if (cols !== undefined && cols !== null) {
        const items = isSeq(cols) ? cols.items.map((i) => i as YamlNode & { value?: unknown }) : [cols];
        extract.columns = items.map((i) => {
          if ((typeof i.value !== 'string' || i.value === '') && !(Number.isInteger(i.value) && (i.value as number) > 0)) fail(`${where}: extract.columns: a column is a header name or a number from 1`, i);
          return String(i.value);
        });
      }
    }
    const seg = m.get('segment', true) as YamlNode & { value?: unknown } | undefined;
    let segment: SegmentMode = { by: 'paragraph' };
    const modes = ['paragraph', 'line', 'enumeration', 'delimiter'];
    if (seg !== undefined && seg !== null) {
      let by: unknown;
      let delimiter: unknown;
      if (isMap(seg)) {
        by = (seg.get('by', true) as { value?: unknown } | undefined)?.value;
        delimiter = (seg.get('delimiter', true) as { value?: unknown } | undefined)?.value;
      } else by = seg.value;
      if (typeof by !== 'string' || !modes.includes(by)) fail(`${where}: segment must be one of ${modes.join(', ')}`, seg);
      if (by === 'delimiter') {
        if (typeof delimiter !== 'string' || delimiter === '') fail(`${where}: segment by delimiter needs a non-empty \`delimiter\``, seg);
        segment = { by: 'delimiter', delimiter: delimiter as string };
      } else segment = { by } as SegmentMode;
    }
    return { meta, extract, segment, line: lineOf(item) ?? 0 };
  });
  if (!seen.has(base)) {
    fail(`base '${base}' is not the id of a witness (witnesses: ${[...seen.keys()].join(', ')})`, rootMap.get('base', true));
  }
  const config: SourcesConfig = { title, base, prefixes, witnesses };
  if (headings) config.headings = headings;
  if (starts.length) {
    config.starts = starts;
    config.startsLine = startsLine;
  }
  return config;
}
