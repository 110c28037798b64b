/**
 * Unit names taken from the base's headings (`units.headings` in sources.yaml): a statute or a
 * convention is cited by article and paragraph, not by the runs of its layout. With `headings: Art`,
 * the clauses under "Article 38" are Art38-1 and Art38-2 (by their list marks "1.", "2.", or by their
 * order), the one clause under "Article 39" is Art39. Pure: no I/O.
 */
import type { RawClause } from './segment.js';

/**
 * The number a heading carries: the last figures of its lines ("CHAPTER III / Article 38" → "38"),
 * whole when they are a decimal number ("Article 14.11" → "14_11": chapter and article, the norm in
 * the chapters of trade agreements; the article alone would name "Article 15.11" alike). The parts
 * are joined by "_", for a dot in a unit tag names a sentence ("C4.2", corpus/markdown.ts TAG).
 */
function headingNumber(lines: readonly string[]): string | null {
  for (let k = lines.length - 1; k >= 0; k--) {
    const m = /(\d+(?:\.\d+)*)(?!.*\d)/.exec(lines[k]);
    if (m) return m[1].split('.').map((x) => String(Number(x))).join('_');
  }
  return null;
}

/** A heading that designates a part by a letter or a roman numeral: "Annex A: Age ranges", "Appendix II", "Part B". */
const DESIGNATION = /^\p{Lu}\p{Ll}+ (?:[A-Z]|[IVXLC]+)(?:[:.\u2013\u2014-]|$)/u;

/** A section's number as a clause's own mark, alone or with its first subsection's: "31.", "31. (1)". */
const SECTION_MARK = /^(\d{1,3})\.(?: (\(\d{1,3}[a-z]?\)))?$/;

/** The figures of a list mark ("1.", "(2)", "3)"), or null ("(a)", "•"). */
function markNumber(mark: string): string | null {
  const m = /^\(?(\d+)[.)]?$/.exec(mark.trim());
  return m ? String(Number(m[1])) : null;
}

/** The letter of a lettered list mark ("(a)", "b)", "c."), lower case, or null ("1.", "(iv)", "•"). */
function markLetter(mark: string): string | null {
  const m = /^\(?([a-z])[.)]$/i.exec(mark.trim());
  if (!m || (mark.trim().startsWith('(') && !mark.trim().endsWith(')'))) return null;
  return m[1].toLowerCase();
}

/**
 * The heading name of each clause of the base (in order), or null for a clause under no numbered
 * heading (named by the blocks, as without `headings`). A clause's marker is its heading lines and
 * its list mark joined by " / " (segment.ts); a clause without a heading of its own stands under the
 * last one above it. Under a heading with one clause the name is the prefix and the number; with
 * more, a dash and the clause's list mark number (a dot would read as a sentence: `C4.2`) (its place under the heading when it has none).
 */
export function headingNames(clauses: readonly RawClause[], prefix: string): (string | null)[] {
  type Group = { number: string | null; members: number[]; bySection?: boolean };
  const groups: Group[] = [];
  let current: Group = { number: null, members: [] };
  groups.push(current);
  // (an item's last part is its list mark, the rest its heading lines)
  const headingOf = (c: RawClause): string[] => {
    const parts = c.marker ? c.marker.split(' / ') : [];
    return c.block === 'item' ? parts.slice(0, -1) : parts;
  };
  const numbered = clauses.map((c) => {
    const heading = headingOf(c);
    return heading.length ? headingNumber(heading) : null;
  });
  // No heading carries a number (a gazette: an unnumbered marginal note over each section, the
  // section's number its paragraph's own mark, "Adequacy declarations" / "31. (1) The Commission
  // may …" / "(2) The Commission shall …"): a clause marked "31." or "31. (1)" under a heading, or
  // after such a section, opens section 31; its "(1)", "(2)" name the subsections (S31-1, S31-2).
  const sections = numbered.every((n) => n === null);
  // the subsection mark of each clause that opens a section ("(1)" of "31. (1)", "" of "30.")
  const subMarks = new Map<number, string>();
  clauses.forEach((c, i) => {
    let n = numbered[i];
    if (n === null && sections && c.block === 'item') {
      const s = SECTION_MARK.exec(c.marker!.split(' / ').at(-1)!);
      if (s && (headingOf(c).length > 0 || current.bySection)) {
        n = String(Number(s[1]));
        subMarks.set(i, s[2] ?? '');
      }
    }
    if (n !== null) {
      current = { number: n, members: [], bySection: subMarks.has(i) };
      groups.push(current);
    } else if (headingOf(c).some((l) => DESIGNATION.test(l))) {
      // (a part designated by a letter or a roman numeral, "Annex A: Age ranges", "Appendix II",
      // ends the numbered heading above it: its clauses are named by the blocks)
      current = { number: null, members: [] };
      groups.push(current);
    }
    current.members.push(i);
  });
  const out: (string | null)[] = clauses.map(() => null);
  const first = new Map<string, string>();
  for (const g of groups) {
    if (g.number === null) continue;
    // (a number under two headings: the clauses of the second take the first name given under the
    // first, so that the caller reports the clash)
    const again = first.get(g.number);
    if (again !== undefined) {
      for (const i of g.members) out[i] = again;
      continue;
    }
    if (g.members.length === 1) {
      out[g.members[0]] = `${prefix}${g.number}`;
      first.set(g.number, out[g.members[0]]!);
      continue;
    }
    // a lettered item ("(a)", "b.") is named after the paragraph it stands under and its own letter
    // ("1. … if:" / "(a) …" / "(b) …" / "2." → Art4-1, Art4-1a, Art4-1b, Art4-2; under an unnumbered
    // lead-in, Art7, Art7a, Art7b): counted by order, the items would take the numbers of the
    // paragraphs after them
    const marks = g.members.map((i) => subMarks.get(i) ?? (clauses[i].block === 'item' && clauses[i].marker ? clauses[i].marker!.split(' / ').at(-1)! : ''));
    const lettered = marks.map(markLetter);
    // (an unmarked paragraph before marked ones is the heading's own text, its paragraphs after it:
    // a rule over its numbered commentary, "Rule 1" / "A State must not …" / "1." / "2." → Rule1,
    // Rule1-1, Rule1-2; a lead-in over lettered items, Art7, Art7a)
    const leadIn = marks[0] === '' && lettered.slice(1).every((l, k) => l !== null || markNumber(marks[k + 1]) !== null);
    let para: string | null = null;
    g.members.forEach((i, k) => {
      const n = markNumber(marks[k]);
      if (n !== null) para = n;
      const letter = lettered[k];
      if (k === 0 && leadIn) out[i] = `${prefix}${g.number}`;
      else if (letter !== null && n === null && (para !== null || leadIn)) out[i] = `${prefix}${g.number}${para !== null ? `-${para}` : ''}${letter}`;
      else out[i] = `${prefix}${g.number}-${n ?? String(k + 1)}`;
    });
    first.set(g.number, out[g.members[0]]!);
  }
  return out;
}

/**
 * The names of one block of the base (consecutive clauses under one prefix, `units.prefixes`) taken
 * from the block's own numbering, or null when the block does not number its clauses that way (the
 * caller then counts them: P1, P2, …). A block qualifies when its first clause is numbered ("4.",
 * "(4)", "4)") and every later clause is either the next number or the next letter under the last
 * number ("(a)" right after it, then "(b)"…), and at least one is lettered: "1." … "4." "(a)" "(b)"
 * "5." → P1 … P4, P4a, P4b, P5, where counting would call paragraph 5 P7 (with sub-points, an excerpt
 * from paragraph 12 on is P12, P12a, P13, …). Anything else (no sub-point: counting gives the same
 * names from 1, and the README's "numbered from 1" stands for a list that starts at 5; an unnumbered
 * clause, a number skipped or repeated, numbering that restarts, sub-points nested a level deeper)
 * names the whole block by counting.
 */
export function blockNames(clauses: readonly RawClause[], prefix: string): string[] | null {
  const out: string[] = [];
  let para: number | null = null;
  let letter = '';
  let lettered = false;
  for (const c of clauses) {
    const mark = c.marker ? c.marker.split(' / ').at(-1)! : '';
    const n = markNumber(mark);
    if (n !== null) {
      if (para !== null && Number(n) !== para + 1) return null;
      para = Number(n);
      letter = '';
      out.push(`${prefix}${para}`);
      continue;
    }
    const l = markLetter(mark);
    const next = letter === '' ? 'a' : String.fromCharCode(letter.charCodeAt(0) + 1);
    if (para === null || l !== next) return null;
    letter = l;
    lettered = true;
    out.push(`${prefix}${para}${letter}`);
  }
  return lettered ? out : null;
}
