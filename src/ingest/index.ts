/**
 * Ingest: raw sources + their metadata → witnesses, clause-aligned with the base text. Pure: the
 * caller reads the files and writes the result (src/cli/ingest.ts).
 */
import { UserError } from '../errors.js';
import { stemWord, tokenise } from '../nlp/index.js';
import { alignClauses, type AlignerSettings } from '../align/clauses.js';
import type { Clause, Token, Witness } from '../types.js';
import type { SourcesConfig } from './config.js';
import { type Region, columnRuns, cutMidSentence, dropLines, editorComments, extractRegion, footnoteBlocks, footnoteMarks, furnitureLines, lineAt, pullQuotes, startMidLine, trackedChanges } from './extract.js';
import { type HtmlReader, isHtml } from './html.js';
import { STRUCK, isMarkdown, markdownFootnotes, markdownToText } from './markdown.js';
import { blockNames, headingNames } from './names.js';
import { isHeadingLike, itemMarkLine, segment, type Enumerators, type RawClause } from './segment.js';

export interface IngestInput {
  config: SourcesConfig;
  /** Raw source text by `source` path (decoded: see io/files.ts). */
  raw: Record<string, string>;
  enumerators: Enumerators;
  aligner: AlignerSettings;
  /** The witnesses currently on disk (by id), whose hand-set tags survive re-ingest. */
  previous: Record<string, Witness | undefined>;
  /**
   * A base witness file edited by hand and kept (not overwritten): its clauses are the units the
   * other witnesses are aligned with, so that the witnesses agree with the base the reports read.
   */
  keptBase?: Witness;
  /** How the metadata file is named in messages. */
  sourcesFile: string;
  /** How a raw source is named in messages (default: its `source` path, relative to the corpus). */
  shownSource?: (source: string) => string;
  /** Reads the text of an HTML source (html.ts `loadHtmlReader`); needed when a source is HTML. */
  html?: HtmlReader;
  /** Filled with warnings about the sources (page furniture left in a region), one line each. */
  warnings?: string[];
  /**
   * A word's spelling key (lexicons/spelling.yaml: `authorisation` and `authorization` have one):
   * the aligner reads two spellings of a word as one (default: none).
   */
  spelling?: (word: string) => string;
}

/** Build every witness of the corpus, in metadata order. */
/** The start of a clause's text, for a message. */
function excerpt(text: string): string {
  const t = squash(text);
  return t.length > 60 ? `${t.slice(0, 57)}…` : t;
}

/** Collapse white space (a block start is matched whatever the line breaks). */
function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export function buildWitnesses(input: IngestInput): Witness[] {
  const { config } = input;
  const rawClauses = new Map<string, RawClause[]>();
  // the witnesses whose page furniture a warning named (the too-many-blocks error then says so)
  const furnished = new Set<string>();
  // the labels that open a witness's own comment ("Our view:", layout.commentary_labels), lower case
  const commentaryLabels = new Set((input.enumerators.layout?.commentary_labels ?? []).map((l) => l.toLowerCase()));
  // (a marker or a line that is such a label, its closing mark and emphasis aside: "Our view:", "**Analysis.**")
  const isCommentaryLabel = (text: string) => commentaryLabels.has(text.replace(/[\s:*_.—–-]+$/u, '').toLowerCase());
  // every source's text: a word broken at a line end in one is joined as the others write it
  // (only when some source breaks a word at a line end)
  const sources = Object.values(input.raw);
  const corpusText = sources.some((t) => /\p{L}-[ \t]*\r?\n/u.test(t)) ? sources.join('\n') : '';
  // (a table's first cell that only numbers its row, "1(a)", "4.2": the row's marker, markdown.ts)
  const refs = input.enumerators.layout?.reference_cells ?? [];
  const referenceCell = refs.length ? new RegExp(`^(?:${refs.join('|')})$`, 'u') : undefined;
  for (const entry of config.witnesses) {
    const source = input.raw[entry.meta.source];
    const shown0 = input.shownSource?.(entry.meta.source) ?? entry.meta.source;
    if (source === undefined) throw new UserError(`raw source of witness '${entry.meta.id}' not loaded`, { file: shown0 });
    // an HTML page is read as its text (html.ts); markers, drop patterns and line numbers are the text's
    const html = isHtml(entry.meta.source, source);
    if (html && !input.html) throw new UserError('an HTML source, but no HTML reader was given (loadHtmlReader)', { file: shown0 });
    // a Markdown source is read as its text too (markdown.ts)
    const md = !html && isMarkdown(entry.meta.source);
    const read = html ? (t: string) => input.html!(t, entry.segment.by === 'paragraph') : md ? (t: string) => markdownToText(t, { apart: entry.segment.by === 'paragraph', columns: entry.extract.columns, referenceCell }) : null;
    let text = read ? read(source) : source;
    const shown = read ? `${shown0} (its text)` : shown0;
    if (text.trim() === '') throw new UserError('raw source is empty', { file: shown0 });
    let region: Region;
    try {
      region = extractRegion(text, entry.extract, shown);
    } catch (e) {
      // markers written as markup ('<div class="share">', "*16 October 2013*") are found in the
      // source itself: the region is cut there, then read as text
      if (!read || !(e instanceof UserError)) throw e;
      let cut: { text: string; offset: number };
      try {
        cut = extractRegion(source, entry.extract, shown0);
      } catch {
        throw e;
      }
      text = read(cut.text);
      region = { text, offset: 0 };
    }
    if (input.warnings && region.contents) {
      const { marker, first, again, entries } = region.contents;
      input.warnings.push(`${shown}:${lineAt(text, first)}: extract.start "${marker}" is found at line ${lineAt(text, first)}, in what reads as a table of contents (${entries} of the short lines after it stand again below as headings), and again at line ${lineAt(text, again)} in witness '${entry.meta.id}': the text is taken from line ${lineAt(text, again)}`);
    }
    if (input.warnings && region.startAgain) {
      const { marker, first, again } = region.startAgain;
      input.warnings.push(`${shown}:${lineAt(text, first)}: extract.start "${marker}" is found at line ${lineAt(text, first)} and again at line ${lineAt(text, again)} in witness '${entry.meta.id}': the text is taken from line ${lineAt(text, first)}; if that line is in a table of contents, put first in extract.start a marker that stands between the two`);
    }
    // a start marker that cuts a line part-way leaves the rest of it as a clause: a warning, as for
    // an end marker that cuts a sentence (the marker may be meant to cut there)
    if (input.warnings && entry.extract.start.length > 0 && region.offset > 0) {
      const marker = entry.extract.start[entry.extract.start.length - 1];
      const rest = startMidLine(text, region.offset, marker);
      if (rest !== null) {
        input.warnings.push(`${shown}:${lineAt(text, region.offset)}: witness '${entry.meta.id}' begins part-way through a line ("${rest}") where extract.start "${marker}" cuts it: should the marker take in the whole line?`);
      }
    }
    // two columns side by side (a bilingual page of a PDF-to-text dump): read line by line, they
    // interleave; a warning naming the lines
    if (input.warnings) {
      const firstLine0 = lineAt(text, region.offset) - 1;
      for (const run of columnRuns(region.text)) {
        input.warnings.push(`${shown}:${firstLine0 + run.first}: lines ${firstLine0 + run.first}–${firstLine0 + run.last} of witness '${entry.meta.id}' hold two columns side by side (a wide gap at the same place in each): read line by line, the columns are interleaved; end the extract before them, or give the columns one after the other`);
      }
    }
    // footnote blocks (a separator line and the notes under it at a page foot) are the editor's
    // notes, not the text: set aside with a warning, the sentence around them joined as at a page
    // break; a note's reference mark glued at a paragraph end ("2021,1") goes with it
    const blocks = footnoteBlocks(region.text, entry.extract.drop ?? []);
    const firstLine = lineAt(text, region.offset) - 1;
    if (input.warnings) {
      for (const b of blocks) {
        input.warnings.push(`${shown}:${firstLine + b.lines[0] + 1}: footnotes set aside in witness '${entry.meta.id}' (${b.separated ? 'a separator line and ' : ''}${b.notes.length} note${b.notes.length > 1 ? 's' : ''}: ${b.notes.map((n) => `${n.n} "${excerpt(n.text)}"`).join(', ')}); they are not clauses`);
      }
    }
    const noteNumbers = new Set(footnoteBlocks(text, entry.extract.drop ?? []).flatMap((b) => b.notes.map((n) => n.n)));
    const marked = footnoteMarks(region.text, noteNumbers, entry.extract.drop ?? []);
    if (input.warnings) {
      for (const m of marked.marks) input.warnings.push(`${shown}:${firstLine + m.line}: footnote mark ${m.n} after "${m.before}" taken out of the text of witness '${entry.meta.id}' (note ${m.n} stands in the source's footnotes)`);
    }
    // a reviewer's comment in brackets ("[Comment: …]") is not the text's
    const commented = editorComments(marked.text, input.enumerators.layout?.comment_labels ?? []);
    marked.text = commented.text;
    if (input.warnings) {
      for (const c of commented.comments) input.warnings.push(`${shown}:${firstLine + c.line}: ${excerpt(c.comment)} taken out of the text of witness '${entry.meta.id}' (an editor's comment)`);
    }
    // a draft's tracked changes written out ("[deleted: must][inserted: should]"): the draft reads
    // the inserted words, not the deleted ones
    const tracked = trackedChanges(marked.text, input.enumerators.layout?.deleted_labels ?? [], input.enumerators.layout?.inserted_labels ?? []);
    marked.text = tracked.text;
    if (input.warnings) {
      for (const c of tracked.changes) input.warnings.push(`${shown}:${firstLine + c.line}: ${c.kind} text "${excerpt(c.words)}" ${c.kind === 'deleted' ? 'left out of' : 'kept in'} witness '${entry.meta.id}' (a tracked change of the draft)`);
    }
    // (struck text of a Markdown draft, "~~actively~~", is deleted text: markdown.ts leaves it out)
    if (md && input.warnings) {
      for (const m of source.matchAll(STRUCK)) input.warnings.push(`${shown0}:${lineAt(source, m.index)}: struck text "${excerpt(m[1])}" left out of witness '${entry.meta.id}' (deleted in the draft)`);
      const notes = markdownFootnotes(source).notes;
      if (notes.length) input.warnings.push(`${shown0}:${notes[0].line}: Markdown footnotes set aside in witness '${entry.meta.id}' (${notes.length} note${notes.length > 1 ? 's' : ''}: ${notes.map((n) => `${n.label} "${excerpt(n.text)}"`).join(', ')}); they and their calls are not the text`);
    }
    // a pull quote (a quoted sentence and its attribution line, a report's call-out) is no clause
    const pulled = pullQuotes(marked.text);
    if (input.warnings) {
      for (const q of pulled) input.warnings.push(`${shown}:${firstLine + q[0] + 1}: a pull quote set aside in witness '${entry.meta.id}' (${excerpt(marked.text.split('\n')[q[0]].trim())} ${marked.text.split('\n')[q[1]].trim()}); it is not a clause`);
    }
    const kept = dropLines(marked.text, entry.extract.drop ?? [], input.enumerators.headings?.max_words ?? 0, itemMarkLine(input.enumerators), new Set([...blocks.flatMap((b) => b.lines), ...pulled.flat()]));
    if (input.warnings && (entry.extract.drop ?? []).length === 0) {
      // (line numbers are the source's: the lines of footnote blocks are blanked, not dropped, so
      // that they map back one to one; a source with drop patterns has its furniture seen to)
      const first = lineAt(text, region.offset) - 1;
      const noteLines = new Set([...blocks.flatMap((b) => b.lines), ...pulled.flat()]);
      const seen = noteLines.size ? marked.text.split('\n').map((l, i) => (noteLines.has(i) ? '' : l)).join('\n') : marked.text;
      // (a Markdown paragraph's bold label, "> **Our view:** …", is set on a line of its own by
      // markdownToText: a label that stands again is the text's own device, no furniture)
      const boldLabel = (line: string) => md && /\p{L}/u.test(line) && (source.includes(`**${line.replace(/^>\s*/, '')}`) || source.includes(`__${line.replace(/^>\s*/, '')}`));
      for (const f of furnitureLines(seen, 12, input.enumerators.layout?.inline_furniture_words, text.slice(0, region.offset), text.slice(region.offset + region.text.length))) {
        // (nor is a commentary label the tool reads as one, layout.commentary_labels: dropping it
        // would make the comment a clause)
        if (boldLabel(f.line) || isCommentaryLabel(f.line.replace(/^>\s*/, ''))) continue;
        input.warnings.push(`${shown}:${first + f.at}: "${f.line}" ${f.count > 1 ? `stands ${f.count} times` : 'looks like a page number'} in witness '${entry.meta.id}': page furniture? (drop it with extract.drop)`);
        furnished.add(entry.meta.id);
      }
    }
    // an end marker that cuts a sentence: a page footer or running head that the marker also
    // matches ("25-17432" in every footer) ends the witness at the first page break, silently; a
    // warning, not an error (the marker may be right and the sentence a heading or a dateline)
    if (input.warnings && entry.extract.end.length > 0) {
      const marker = entry.extract.end[entry.extract.end.length - 1];
      const end = region.offset + region.text.length;
      const tail = cutMidSentence(text, end, marker, entry.extract.drop ?? [], kept);
      if (tail !== null) {
        input.warnings.push(`${shown}:${lineAt(text, end)}: witness '${entry.meta.id}' ends mid-sentence ("${tail}") where extract.end "${marker}" cuts it: does the marker match a page footer or other text before the real end?`);
      }
    }
    const clauses = segment(kept, entry.segment, input.enumerators, corpusText);
    if (clauses.length === 0) throw new UserError('no clauses found in the extracted region', { file: shown, line: lineAt(text, region.offset) });
    // a heading-like line that ends the text (no clause after it to head): the title of an
    // attachment or of the next part, which the `end` marker lets in as a clause of its own
    const last = clauses[clauses.length - 1];
    if (input.warnings && entry.segment.by === 'paragraph' && clauses.length > 1 && last.marker === undefined && !last.text.includes(';') && isHeadingLike(last.text, last.text, input.enumerators)) {
      input.warnings.push(`${shown}: witness '${entry.meta.id}' ends with the heading-like line "${excerpt(last.text)}", a clause of its own: the title of what follows? (end the text before it with extract.end)`);
    }
    // a list mark longer than any heading: a numbering pattern (of the corpus's own
    // lexicons/enumerators.yaml, matched regardless of case) that took the text of its clause
    if (input.warnings) {
      const most = input.enumerators.headings?.max_words ?? 12;
      for (const c of clauses) {
        const mark = c.marker?.split(' / ').pop() ?? '';
        const words = mark.split(/\s+/).length;
        if (mark !== '' && words > most) input.warnings.push(`${shown}: witness '${entry.meta.id}': the list mark "${excerpt(mark)}" (${words} words) opens the clause "${excerpt(c.text)}": does a numbering pattern of lexicons/enumerators.yaml take the clause's words? (patterns match regardless of case)`);
      }
    }
    rawClauses.set(entry.meta.id, clauses);
  }

  // The base: its blocks (runs of paragraphs / list items) are named by the prefixes, in order.
  const baseEntry = config.witnesses.find((w) => w.meta.id === config.base)!;
  const baseRaw = rawClauses.get(config.base)!;
  const baseClauses: Clause[] = [];
  let block = -1;
  let number = 0;
  // blocks given by their opening words (units.starts), else by the layout
  const starts = config.starts ?? [];
  const opens = new Set<number>();
  let from = 0;
  for (const st of starts) {
    const want = squash(st);
    let k = from + 1;
    while (k < baseRaw.length && !squash(baseRaw[k].text).startsWith(want)) k++;
    if (k >= baseRaw.length) {
      throw new UserError(`units.starts: no clause of the base text after the previous block begins with "${st}"`, { file: input.sourcesFile, line: config.startsLine ?? baseEntry.line });
    }
    opens.add(k);
    from = k;
  }
  // named after their headings (units.headings), else by blocks
  const named = config.headings ? headingNames(baseRaw, config.headings) : null;
  // (no numbered heading at all: the units fall back to blocks, which the user should hear of; the
  // extract start may have cut the heading off, as "start: Article 12" takes that line as its marker)
  if (named && named.every((n) => n === null) && input.warnings) {
    input.warnings.push(`${input.sourcesFile}:${baseEntry.line}: units.headings: ${config.headings} — no numbered heading found in the base text (the extract start may have cut it); units named by blocks`);
  }
  const given = new Map<string, RawClause>();
  const blocks: { at: number; raw: RawClause }[][] = [];
  let prevUnnamed: RawClause | null = null;
  let afterNamed = false;
  baseRaw.forEach((c, i) => {
    const name = named?.[i] ?? null;
    if (name !== null) {
      const first = given.get(name);
      if (first) {
        throw new UserError(`units.headings: two clauses of the base would both be ${name}: "${excerpt(first.text)}" and "${excerpt(c.text)}" (${first.marker !== undefined && c.marker !== undefined && first.marker.split(' / ').at(-1) !== c.marker.split(' / ').at(-1) ? `their marks "${first.marker.split(' / ').at(-1)}" and "${c.marker.split(' / ').at(-1)}" under one heading give the same name` : 'two headings with the same number'}; name these units by blocks with units.prefixes instead)`, { file: input.sourcesFile, line: baseEntry.line });
      }
      given.set(name, c);
      baseClauses.push(clause(c, [name], null, [name]));
      afterNamed = true;
      return;
    }
    const prev = prevUnnamed;
    prevUnnamed = c;
    // (clauses under no numbered heading after named ones, an annex after the last article, open
    // the next block when units.prefixes has one left: "Annex A" is A1, not the preamble's P3)
    const resumed = afterNamed && block + 1 < config.prefixes.length;
    afterNamed = false;
    if (prev === null || (starts.length ? opens.has(i) : c.block !== prev.block || resumed)) {
      block++;
      number = 0;
      if (block >= config.prefixes.length) {
        throw new UserError(
          `the base text has more blocks (runs of paragraphs or list items) than units.prefixes (${config.prefixes.join(', ')}): block ${block + 1} starts with ${c.block === 'item' ? 'the list item' : 'the paragraph'} "${excerpt(c.text)}"; ${furnished.has(config.base) ? 'the page furniture warned about above may split a list: drop it with extract.drop first; or ' : ''}add a prefix, or say where each block starts with units.starts (blocks then follow those words, not the layout), or drop that text with extract.drop / extract.end`,
          { file: input.sourcesFile, line: baseEntry.line },
        );
      }
    }
    number++;
    const id = `${config.prefixes[block]}${number}`;
    baseClauses.push(clause(c, [id], null, [id]));
    (blocks[block] ??= []).push({ at: baseClauses.length - 1, raw: c });
  });
  // a block that numbers its clauses itself ("4." "(a)" "(b)" "5.") is named by that numbering
  blocks.forEach((members, b) => {
    const names = blockNames(members.map((m) => m.raw), config.prefixes[b]);
    if (names) members.forEach((m, j) => (baseClauses[m.at] = clause(m.raw, [names[j]], null, [names[j]])));
  });
  const unitClauses = input.keptBase ? input.keptBase.clauses.filter((c) => c.units.length > 0) : baseClauses;
  // (the aligner compares stems; a word in another spelling is stemmed from its spelling key)
  const forAligner = (text: string) => spellingStems(tokenise(text), input.spelling);
  const units = unitClauses.map((c) => ({ id: c.units[0], tokens: forAligner(c.text) }));
  const commentary = (marker: string | undefined) => !!marker && isCommentaryLabel(marker);

  return config.witnesses.map((entry): Witness => {
    const file = `witnesses/${entry.meta.id}.md`;
    if (entry.meta.id === config.base) return { meta: entry.meta, clauses: baseClauses, file };
    const raws = rawClauses.get(entry.meta.id)!;
    // (a paragraph opened by a commentary label, "**Our view:** …", is the witness's own comment:
    // the aligner does not read it)
    const tags = alignClauses(units, raws.map((c) => (commentary(c.marker) ? [] : forAligner(c.text))), input.aligner);
    const handTags = new Map<string, string[]>();
    for (const c of input.previous[entry.meta.id]?.clauses ?? []) if (c.origin === 'hand') handTags.set(c.text, c.units);
    const clauses = raws.map((c, i) => {
      const proposed = tags[i];
      const hand = handTags.get(c.text);
      const out = clause(c, hand ?? proposed.units, proposed.confidence, proposed.units);
      if (hand && !sameTags(hand, proposed.units)) out.origin = 'hand';
      return out;
    });
    return { meta: entry.meta, clauses, file };
  });
}

/**
 * Tokens whose stem is taken from their spelling key where it differs from the word ("authorisation"
 * → "authorization" → "author"), so that the aligner reads two spellings alike. Pure: new tokens.
 */
function spellingStems(tokens: Token[], key: ((word: string) => string) | undefined): Token[] {
  if (!key) return tokens;
  return tokens.map((t) => {
    if (t.punct) return t;
    const k = key(t.n);
    return k === t.n ? t : { ...t, stem: stemWord(k) };
  });
}

function clause(c: RawClause, units: string[], confidence: number | null, alignerUnits: string[]): Clause {
  const out: Clause = { text: c.text, units, confidence, alignerUnits, origin: 'aligner', line: 0 };
  if (c.marker !== undefined) out.marker = shownMarker(c.marker);
  return out;
}

/**
 * The marker as the witness file records it: a bare bullet after heading lines ("Scope / -", a bold
 * label opening a list item) says nothing the heading does not, and is left out ("Scope"); a bullet
 * alone, or a numbered or lettered mark ("Article 5 / (a)"), is kept.
 */
function shownMarker(marker: string): string {
  return marker.replace(/ \/ [-*+•‣◦–]$/u, '');
}

function sameTags(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
