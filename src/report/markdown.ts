/**
 * Markdown (GFM) report: a map of relative path → file content, written by the CLI under `reports/`:
 *
 * - `README.md`: witnesses, coverage matrix, agreement table, ranked substantive divergences;
 * - `units/<id>.md`: one page per unit: base reading, every witness's reading with its differences
 *   inline (~~deleted base words~~, **witness words**), the classified divergences per witness;
 * - `apparatus.md`: a critical apparatus (`lemma ] reading  sigla`), substantive variants and
 *   accidentals in separate sections.
 *
 * Every corpus string goes through `markdownCell`/`markdownText`; the only markup is variorum's own.
 */
import type { Report, UnitReadings, Variant, WitnessMeta } from '../types.js';
import {
  ALL_TYPES,
  Slugger,
  baseText,
  countByClass,
  formatWeight,
  groupDivergences,
  isOrderVariant,
  key,
  nonBaseWitnesses,
  percent,
  statusOf,
  typeLabel,
  uniqueUnits,
  uniqueWitnesses,
  unitFileNames,
  unitOrder,
  witnessOrder,
} from './common.js';
import { markdownCell as cell, markdownText as text } from './escape.js';
import {
  type Piece,
  additionAnchor,
  inlineParts,
  joinParts,
  locatePieces,
  matchVariants,
  segmentsOf,
  unmatchedRanges,
  variantStart,
} from './locate.js';

/** One GFM table: header cells (already escaped) and rows of escaped cells. */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => {
    const padded = header.map((_, i) => cells[i] ?? '');
    return `| ${padded.join(' | ')} |`;
  };
  return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** Relative link target of a unit page from the reports root. */
function unitHref(files: Map<string, string>, unit: string, anchor?: string): string {
  const f = encodeURIComponent(files.get(unit) ?? unit);
  return `units/${f}.md${anchor ? `#${encodeURIComponent(anchor)}` : ''}`;
}

/** The headings of a unit page, computed once so README links and the page agree. */
interface UnitPageLayout {
  title: string;
  /** Witness id → anchor of its divergences heading (witnesses with divergences only). */
  anchors: Map<string, string>;
}

function unitLayout(report: Report, unit: UnitReadings, groups: Map<string, Variant[]>): UnitPageLayout {
  const slugger = new Slugger();
  const title = `Unit ${unit.id}${unit.label ? ` (${unit.label} in the base)` : ''}`;
  slugger.slug(title);
  slugger.slug('Base text');
  slugger.slug('Readings');
  slugger.slug('Divergences');
  const anchors = new Map<string, string>();
  for (const w of uniqueWitnesses(report)) {
    if ((groups.get(key(unit.id, w.id)) ?? []).length > 0) anchors.set(w.id, slugger.slug(w.id.replace(/\s+/g, ' ').trim()));
  }
  return { title, anchors };
}

/** A witness's located pieces at a unit and the piece index of each of its variants. */
interface Located {
  pieces: readonly Piece[];
  variants: Variant[];
  match: number[];
}

function locate(report: Report, unit: UnitReadings, witness: string, groups: Map<string, Variant[]>): Located {
  const variants = groups.get(key(unit.id, witness)) ?? [];
  const reading = unit.readings[witness];
  if (reading === null || reading === undefined) return { pieces: [], variants, match: variants.map(() => -1) };
  const base = baseText(report, unit);
  const pieces = locatePieces(base, segmentsOf(base, reading, unit.segments[witness]));
  return { pieces, variants, match: matchVariants(pieces, variants) };
}

/** A witness's reading with its differences from the base marked inline. */
function inlineReading(report: Report, unit: UnitReadings, witness: string, groups: Map<string, Variant[]>): string {
  const reading = unit.readings[witness];
  if (reading === null || reading === undefined) return '—';
  const parts = inlineParts(baseText(report, unit), reading, unit.segments[witness], groups.get(key(unit.id, witness)) ?? []);
  return joinParts(parts, (p) => {
    const t = cell(p.text);
    if (t === '') return '';
    return p.kind === 'same' ? t : p.kind === 'deleted' ? `~~${t}~~` : `**${t}**`;
  });
}

function coverageCell(report: Report, unit: UnitReadings, witness: string, groups: Map<string, Variant[]>): string {
  const status = statusOf(report, unit, witness);
  const { acc, sub } = countByClass(groups.get(key(unit.id, witness)));
  switch (status) {
    case 'base':
      return 'base';
    case 'absent':
      return '—';
    case 'identical':
      return '=';
    case 'accidental':
      return `acc ${acc}`;
    case 'substantive':
      return acc > 0 ? `sub ${sub} (+acc ${acc})` : `sub ${sub}`;
    default:
      return cell(String(status));
  }
}

function readme(report: Report, files: Map<string, string>, groups: Map<string, Variant[]>, layouts: Map<string, UnitPageLayout>): string {
  const witnesses = uniqueWitnesses(report);
  const others = nonBaseWitnesses(report);
  const units = uniqueUnits(report);
  const baseMeta = witnesses.find((w) => w.id === report.base);
  const out: string[] = [];
  out.push(`# ${text(report.title) || 'Collation'}`);
  out.push('');
  out.push(
    `${others.length} witness${others.length === 1 ? '' : 'es'} collated against the base text ` +
      `**${text(report.base)}**${baseMeta ? ` (${text(baseMeta.title)})` : ''}, unit by unit. ` +
      'Each unit has its own page under `units/`; the critical apparatus is in [apparatus.md](apparatus.md).',
  );
  out.push('');

  out.push('## Witnesses');
  out.push('');
  out.push(
    table(
      ['Siglum', 'Title', 'Date', 'Issuer', 'Venue', 'Kind'],
      witnesses.map((w) => [cell(w.id), cell(w.title), cell(w.date), cell(w.issuer), cell(w.venue ?? ''), cell(w.kind)]),
    ),
  );
  out.push('');

  out.push('## Coverage');
  out.push('');
  out.push(
    '`=` identical · `acc N` N accidental variants only · `sub N (+acc M)` N substantive (and M accidental) variants · ' +
      '`—` absent · `base` the base text.',
  );
  out.push('');
  const columns: WitnessMeta[] = baseMeta ? [baseMeta, ...others] : others;
  out.push(
    table(
      ['Unit', ...columns.map((w) => cell(w.id))],
      units.map((u) => [`[${cell(u.id)}](${unitHref(files, u.id)})${u.label ? ` ${cell(u.label)}` : ''}`, ...columns.map((w) => coverageCell(report, u, w.id, groups))]),
    ),
  );
  out.push('');

  out.push('## Agreement with the base');
  out.push('');
  out.push(
    'Agreement: base tokens read identically, over all base units (absent units count as disagreement). ' +
      'Coverage: units the witness has.',
  );
  out.push('');
  const order = witnessOrder(report);
  const pairs = [...report.pairs].sort(
    (a, b) => (order.get(a.witness) ?? Infinity) - (order.get(b.witness) ?? Infinity) || (a.witness < b.witness ? -1 : a.witness > b.witness ? 1 : 0),
  );
  const types = ALL_TYPES.filter((t) => pairs.some((p) => (p.byType?.[t] ?? 0) > 0));
  out.push(
    table(
      ['Witness', 'Agreement', 'Coverage', 'Accidental', 'Substantive', ...types],
      pairs.map((p) => [
        cell(p.witness),
        percent(p.agreement),
        percent(p.coverage),
        String(p.byClass?.accidental ?? 0),
        String(p.byClass?.substantive ?? 0),
        ...types.map((t) => String(p.byType?.[t] ?? 0)),
      ]),
    ),
  );
  out.push('');

  out.push('## Substantive divergences');
  out.push('');
  const uOrder = unitOrder(report);
  const ranked = report.divergences
    .map((v, i) => ({ v, i }))
    .filter(({ v }) => v.class === 'substantive' && v.type !== 'absent')
    .sort(
      (a, b) =>
        b.v.weight - a.v.weight ||
        (uOrder.get(a.v.unit) ?? Infinity) - (uOrder.get(b.v.unit) ?? Infinity) ||
        (order.get(a.v.witness) ?? Infinity) - (order.get(b.v.witness) ?? Infinity) ||
        a.i - b.i,
    );
  if (ranked.length === 0) {
    out.push('None.');
  } else {
    out.push(
      'Ranked by weight (how much the divergence matters), heaviest first. Units a witness lacks ' +
        '(type `absent`) are shown in the coverage matrix (`—`), not repeated here.',
    );
    out.push('');
    out.push(
      table(
        ['#', 'Unit', 'Witness', 'Type', 'Base', 'Reading', 'Explanation', 'Weight'],
        ranked.map(({ v }, n) => {
          const anchor = layouts.get(v.unit)?.anchors.get(v.witness);
          const unitCell = files.has(v.unit) ? `[${cell(v.unit)}](${unitHref(files, v.unit, anchor)})` : cell(v.unit);
          return [
            String(n + 1),
            unitCell,
            cell(v.witness),
            cell(typeLabel(v)),
            cell(v.base),
            cell(v.reading),
            cell(v.explanation),
            formatWeight(v.weight),
          ];
        }),
      ),
    );
  }
  out.push('');
  if (report.weak?.length) {
    out.push('## Weak matches to review');
    out.push('');
    out.push('Clauses the aligner matched with little confidence (a loose paraphrase, or commentary that shares a few words with a unit): check the tag before trusting what is reported for them; set it by hand in the witness file if it is wrong.');
    out.push('');
    out.push(table(['Witness', 'Units', 'Confidence', 'Text'], report.weak.map((x) => [cell(x.witness), cell(x.units.join(' ')), x.confidence.toFixed(2), cell(shorten(x.text))])));
    out.push('');
  }
  if (report.unmatched?.length) {
    out.push('## Text with no counterpart in the base');
    out.push('');
    out.push('Clauses of the witnesses that no base unit corresponds to (tagged `—`): text a version adds, or comment around a quotation. Not compared, not counted above.');
    out.push('');
    out.push(table(['Witness', 'After', 'Text'], report.unmatched.map((u) => [cell(u.witness), u.after ? cell(u.after) : '(start)', cell(u.text)])));
    out.push('');
  }
  return out.join('\n');
}

/** The first words of a text (80 characters at most) for an overview table. */
function shorten(s: string): string {
  return s.length <= 80 ? s : `${s.slice(0, 79).replace(/\s+\S*$/, '')}…`;
}

function unitPage(report: Report, unit: UnitReadings, groups: Map<string, Variant[]>, layout: UnitPageLayout): string {
  const out: string[] = [];
  out.push(`# ${text(layout.title)}`);
  out.push('');
  out.push('[Overview](../README.md) · [Apparatus](../apparatus.md)');
  out.push('');
  out.push('## Base text');
  out.push('');
  const base = baseText(report, unit);
  out.push(`Base text, **${text(report.base)}**:`);
  out.push('');
  out.push(`> ${text(base) || '(empty)'}`);
  out.push('');
  out.push('## Readings');
  out.push('');
  out.push('Base words the witness does not have are ~~struck through~~; the witness’s own words are in **bold**.');
  out.push('');
  const witnesses = uniqueWitnesses(report);
  const rows = witnesses.map((w) => {
    const reading = w.id === report.base ? cell(base) : inlineReading(report, unit, w.id, groups);
    return [cell(w.id), reading, cell(statusOf(report, unit, w.id))];
  });
  if (!witnesses.some((w) => w.id === report.base)) rows.unshift([cell(report.base), cell(base), 'base']);
  out.push(table(['Witness', 'Reading', 'Status'], rows));
  out.push('');
  out.push('## Divergences');
  out.push('');
  if (layout.anchors.size === 0) {
    out.push('None: every witness that has this unit reads as the base.');
    out.push('');
  }
  for (const w of witnesses) {
    if (!layout.anchors.has(w.id)) continue;
    const vs = groups.get(key(unit.id, w.id)) ?? [];
    out.push(`### ${text(w.id)}`);
    out.push('');
    out.push(
      table(
        ['Type', 'Class', 'Direction', 'Base', 'Reading', 'Explanation'],
        vs.map((v) => [cell(v.type), cell(v.class), cell(v.direction ?? ''), cell(v.base), cell(v.reading), cell(v.explanation)]),
      ),
    );
    out.push('');
  }
  return out.join('\n');
}

/** One apparatus entry: a lemma and a reading shared by one or more witnesses. */
interface Entry {
  kind: 'reading' | 'om' | 'add' | 'absent' | 'order';
  lemma: string;
  reading: string;
  sigla: string[];
  labels: Variant[];
  pos: number;
  witnessIndex: number;
  first: number;
}

function entryLine(e: Entry): string {
  const sigla = e.sigla.map(text).join(', ');
  const labels: string[] = [];
  for (const t of ALL_TYPES) {
    for (const v of e.labels) {
      const l = v.direction ? `${v.direction} ${v.type}` : v.type;
      if (v.type === t && !labels.includes(l)) labels.push(l);
    }
  }
  const tail = ` — ${sigla} (${labels.map(text).join(', ')})`;
  switch (e.kind) {
    case 'absent':
      return `- *om. (whole unit)*${tail}`;
    case 'order':
      return `- *ord.* ${text(e.reading)}${tail}`;
    case 'om':
      return `- ${text(e.lemma)} ] *om.*${tail}`;
    case 'add':
      return e.lemma === '' ? `- ] *add.* ${text(e.reading)}${tail}` : `- ${text(e.lemma)} ] ${text(e.reading)}${tail}`;
    default:
      return `- ${text(e.lemma)} ] ${text(e.reading)}${tail}`;
  }
}

function apparatus(report: Report, files: Map<string, string>, groups: Map<string, Variant[]>): string {
  const units = uniqueUnits(report);
  const witnesses = uniqueWitnesses(report);
  const wOrder = witnessOrder(report);
  // Entries per class and unit.
  const sections: Record<'substantive' | 'accidental', Map<string, Entry[]>> = {
    substantive: new Map(),
    accidental: new Map(),
  };
  let counter = 0;
  for (const u of units) {
    for (const w of nonBaseWitnesses(report)) {
      const loc = locate(report, u, w.id, groups);
      const ranges = unmatchedRanges(baseText(report, u), loc.pieces, loc.variants, loc.match);
      loc.variants.forEach((v, k) => {
        const idx = loc.match[k];
        const piece = idx >= 0 ? loc.pieces[idx] : undefined;
        let kind: Entry['kind'] = 'reading';
        let lemma = v.base.trim();
        let reading = v.reading.trim();
        // a sentence of the unit the witness does not read is an omission of those words, not of the whole unit
        if (v.type === 'absent') kind = v.base.trim() === baseText(report, u).trim() ? 'absent' : 'om';
        else if (isOrderVariant(v)) {
          kind = 'order';
          reading = v.explanation.replace(/^read out of order: /, '');
        } else if (reading === '') kind = 'om';
        else if (lemma === '') {
          kind = 'add';
          // Anchor to a neighbouring base word only when the words stand alone in the witness (an
          // insertion); inside a replacement their neighbours are the witness's own words.
          const anchor = piece && piece.base === '' ? additionAnchor(loc.pieces, idx) : null;
          if (anchor) {
            lemma = anchor.word;
            reading = anchor.before ? `${anchor.word} ${reading}` : `${reading} ${anchor.word}`;
          }
        }
        const cls = v.class === 'accidental' ? 'accidental' : 'substantive';
        const list = sections[cls].get(u.id) ?? [];
        sections[cls].set(u.id, list);
        const pos = kind === 'absent' || kind === 'order' ? -1 : piece ? variantStart(baseText(report, u), piece, v) : (ranges[k]?.[0] ?? Infinity);
        const same = list.find(
          (e) =>
            e.kind === kind &&
            e.lemma === lemma &&
            e.reading === reading &&
            (e.pos === pos || e.pos === Infinity || pos === Infinity),
        );
        if (same) {
          if (!same.sigla.includes(w.id)) same.sigla.push(w.id);
          same.labels.push(v);
          same.pos = Math.min(same.pos, pos);
        } else {
          list.push({ kind, lemma, reading, sigla: [w.id], labels: [v], pos, witnessIndex: wOrder.get(w.id) ?? Infinity, first: counter });
        }
        counter++;
      });
    }
  }

  const out: string[] = [];
  out.push(`# Critical apparatus${report.title ? ` — ${text(report.title)}` : ''}`);
  out.push('');
  out.push(
    `Lemma (the base text, **${text(report.base)}**) ] reading, then the sigla of the witnesses that have it and the ` +
      'variant type. *om.*: the witness omits the lemma; an addition is shown with its neighbouring base word ' +
      '(`lemma ] lemma + added words`), or as *add.* when it has none; *ord.*: the witness reads the whole unit ' +
      'elsewhere in its order.',
  );
  out.push('');
  out.push('Sigla:');
  out.push('');
  for (const w of witnesses) {
    const bits = [w.issuer, w.date].filter((b) => b !== '').map(text);
    out.push(`- **${text(w.id)}**: ${text(w.title)}${bits.length ? ` (${bits.join(', ')})` : ''}${w.id === report.base ? ' — base text' : ''}`);
  }
  out.push('');
  for (const [cls, heading] of [
    ['substantive', 'Substantive variants'],
    ['accidental', 'Accidentals'],
  ] as const) {
    out.push(`## ${heading}`);
    out.push('');
    let any = false;
    for (const u of units) {
      const list = sections[cls].get(u.id);
      if (!list || list.length === 0) continue;
      any = true;
      list.sort((a, b) => a.pos - b.pos || a.witnessIndex - b.witnessIndex || a.first - b.first);
      out.push(`### [${text(u.id)}](${unitHref(files, u.id)})${u.label ? ` ${text(u.label)}` : ''}`);
      out.push('');
      for (const e of list) out.push(entryLine(e));
      out.push('');
    }
    if (!any) {
      out.push('None.');
      out.push('');
    }
  }
  return out.join('\n');
}

/** Render the Markdown report: relative path → file content. */
export function renderMarkdown(report: Report): Record<string, string> {
  const groups = groupDivergences(report);
  const units = uniqueUnits(report);
  const files = unitFileNames(units);
  const layouts = new Map<string, UnitPageLayout>();
  for (const u of units) layouts.set(u.id, unitLayout(report, u, groups));
  const out: Record<string, string> = {};
  out['README.md'] = readme(report, files, groups, layouts);
  out['apparatus.md'] = apparatus(report, files, groups);
  for (const u of units) {
    out[`units/${files.get(u.id)}.md`] = unitPage(report, u, groups, layouts.get(u.id) as UnitPageLayout);
  }
  return out;
}
