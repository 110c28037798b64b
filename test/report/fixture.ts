/**
 * Hand-made reports for the renderer tests: three witnesses (the base `un-a75`, `mfa`, `paraphrase`),
 * three units (P1 identical everywhere; C4 with modality, lexical, addition, omission shared by two
 * witnesses and a case accidental; C5 with hostile text in `mfa` and absent from `paraphrase`).
 */
import {
  ACCIDENTAL_TYPES,
  SUBSTANTIVE_TYPES,
  type PairStats,
  type Report,
  type Segment,
  type Variant,
  type VariantClass,
  type VariantType,
} from '../../src/types.js';

export const P1 = 'We call upon all States to put equal emphasis on development and security.';
export const C4 = "States should encourage companies to store data within their own borders without other States' permission.";
export const C5 = 'States should not use ICT to conduct mass surveillance against other States.';

export const C4_MFA = 'States should encourage Companies to store data within their own borders.';
export const C4_PARA = 'States must require local companies to store data within their own borders.';
/** Every hostile character at once: pipe, backticks, HTML, bracket, emphasis, entity, newline, RTL, emoji, backslash, hash. */
export const HOSTILE = 'دول 🙂 *bold* _x_ ] &amp; \\ #tag';
export const C5_MFA = `=SUM(A1) States | should \`not\` use <script>alert(1)</script> ICT to\nconduct mass surveillance against other ${HOSTILE}.`;

function byType(counts: Partial<Record<VariantType, number>>): Record<VariantType, number> {
  const out = {} as Record<VariantType, number>;
  for (const t of [...ACCIDENTAL_TYPES, ...SUBSTANTIVE_TYPES]) out[t] = counts[t] ?? 0;
  return out;
}

function v(
  unit: string,
  witness: string,
  type: VariantType,
  base: string,
  reading: string,
  baseSpan: [number, number] | null,
  readingSpan: [number, number] | null,
  explanation: string,
  weight: number,
  direction?: 'strengthened' | 'weakened',
): Variant {
  const cls: VariantClass = (ACCIDENTAL_TYPES as readonly string[]).includes(type) ? 'accidental' : 'substantive';
  const out: Variant = { unit, witness, type, class: cls, base, reading, baseSpan, readingSpan, explanation, weight };
  if (direction) out.direction = direction;
  return out;
}

const eq = (t: string): Segment => ({ op: 'equal', base: t, reading: t });

export function fixture(): Report {
  const divergences: Variant[] = [
    v('C4', 'mfa', 'case', 'companies', 'Companies', [3, 4], [3, 4], 'Capitalised.', 0.1),
    v('C4', 'mfa', 'qualifier-dropped', "without other States' permission", '', [11, 16], null,
      'The condition "without other States\' permission" is dropped, so the rule applies unconditionally.', 4),
    v('C4', 'paraphrase', 'modality', 'should', 'must', [1, 2], [1, 2], '-> "should" became "must": the exhortation became an obligation.', 3, 'strengthened'),
    v('C4', 'paraphrase', 'lexical', 'encourage', 'require', [2, 3], [2, 3], 'Encourage, now require.', 2),
    v('C4', 'paraphrase', 'qualifier-added', '', 'local', null, [3, 4], '+local: the companies are qualified.', 1.5),
    v('C4', 'paraphrase', 'qualifier-dropped', "without other States' permission", '', [11, 16], null,
      'The condition "without other States\' permission" is dropped, so the rule applies unconditionally.', 4),
    v('C5', 'mfa', 'addition', '', '=SUM(A1)', null, [0, 4], '=SUM(A1) was added.', 1),
    v('C5', 'mfa', 'punctuation', '', '|', null, [5, 6], '@pipe: a pipe was added.', 0.1),
    v('C5', 'mfa', 'punctuation', 'not', '`not`', [2, 3], [7, 10], 'Backticks around not.', 0.1),
    v('C5', 'mfa', 'addition', '', '<script>alert(1)</script>', null, [11, 18], 'A <script> element was added.', 1),
    v('C5', 'mfa', 'actor', 'States', HOSTILE, [11, 12], [26, 36], 'The actor "States" became "دول", with *markup*.', 2),
    v('C5', 'paraphrase', 'absent', C5, '', [0, 13], null, 'The witness has no counterpart of this unit.', 5),
  ];
  const pairs: PairStats[] = [
    {
      base: 'un-a75',
      witness: 'mfa',
      baseTokens: 44,
      identicalTokens: 36,
      agreement: 36 / 44,
      coverage: 1,
      byClass: { accidental: 3, substantive: 4 },
      byType: byType({ case: 1, punctuation: 2, 'qualifier-dropped': 1, addition: 2, actor: 1 }),
    },
    {
      base: 'un-a75',
      witness: 'paraphrase',
      baseTokens: 31,
      identicalTokens: 24,
      agreement: 24 / 44,
      coverage: 2 / 3,
      byClass: { accidental: 0, substantive: 5 },
      byType: byType({ modality: 1, lexical: 1, 'qualifier-added': 1, 'qualifier-dropped': 1, absent: 1 }),
    },
  ];
  return {
    title: 'Global Initiative on Data Security: versions & [drafts]',
    base: 'un-a75',
    witnesses: [
      {
        id: 'un-a75',
        title: 'Global Initiative on Data Security (A/75/351)',
        date: '2020-09-21',
        issuer: 'Permanent Mission of China to the UN',
        venue: 'A/75/351',
        kind: 'full-text',
        source: 'raw/000-un-a75-letter.txt',
      },
      {
        id: 'mfa',
        title: 'Global Initiative on Data Security — MFA web page',
        date: '2020-09-08',
        issuer: 'Ministry of Foreign Affairs',
        kind: 'full-text',
        source: 'raw/001-mfa-web-page.txt',
      },
      {
        id: 'paraphrase',
        title: 'Wang Yi | press paraphrase',
        date: '2020-09',
        issuer: 'Xinhua <press> & co',
        venue: 'https://example.org/a_b',
        kind: 'paraphrase',
        source: 'raw/004-press-paraphrase.txt',
      },
    ],
    units: [
      {
        id: 'P1',
        readings: { 'un-a75': P1, mfa: P1, paraphrase: P1 },
        status: { 'un-a75': 'base', mfa: 'identical', paraphrase: 'identical' },
        segments: { mfa: [eq(P1)], paraphrase: [eq(P1)] },
      },
      {
        id: 'C4',
        readings: { 'un-a75': C4, mfa: C4_MFA, paraphrase: C4_PARA },
        status: { 'un-a75': 'base', mfa: 'substantive', paraphrase: 'substantive' },
        segments: {
          mfa: [
            { op: 'equal', base: 'States should encourage companies to store data within their own borders', reading: 'States should encourage Companies to store data within their own borders' },
            { op: 'delete', base: "without other States' permission", reading: '' },
            eq('.'),
          ],
          paraphrase: [
            eq('States'),
            { op: 'replace', base: 'should encourage', reading: 'must require' },
            { op: 'insert', base: '', reading: 'local' },
            eq('companies to store data within their own borders'),
            { op: 'delete', base: "without other States' permission", reading: '' },
            eq('.'),
          ],
        },
      },
      {
        id: 'C5',
        readings: { 'un-a75': C5, mfa: C5_MFA, paraphrase: null },
        status: { 'un-a75': 'base', mfa: 'substantive', paraphrase: 'absent' },
        segments: {
          mfa: [
            { op: 'insert', base: '', reading: '=SUM(A1)' },
            eq('States'),
            { op: 'insert', base: '', reading: '|' },
            eq('should'),
            { op: 'replace', base: 'not', reading: '`not`' },
            eq('use'),
            { op: 'insert', base: '', reading: '<script>alert(1)</script>' },
            { op: 'equal', base: 'ICT to conduct mass surveillance against other', reading: 'ICT to\nconduct mass surveillance against other' },
            { op: 'replace', base: 'States', reading: HOSTILE },
            eq('.'),
          ],
        },
      },
    ],
    divergences,
    pairs,
  };
}

/** A deep copy, to derive variants of the fixture without touching it. */
export function clone(r: Report): Report {
  return structuredClone(r);
}
