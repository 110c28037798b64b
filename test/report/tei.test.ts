import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { renderTei } from '../../src/report/tei.js';
import { xml } from '../../src/report/escape.js';
import type { Report } from '../../src/types.js';
import { C4, C4_MFA, C4_PARA, C5, C5_MFA, P1, clone, fixture } from './fixture.js';
import { type XNode, attrsOf, checkTei, childrenOf, elements, parseXml, tagOf, textOf, witnessText } from './helpers.js';

const report = fixture();
const tei = renderTei(report);
const doc = parseXml(tei);

function abs(d: XNode[]): XNode[] {
  return elements(d, 'ab');
}

function abById(d: XNode[], id: string): XNode {
  const ab = abs(d).find((a) => attrsOf(a)['xml:id'] === id);
  if (!ab) throw new Error(`no ab ${id}`);
  return ab;
}

describe('renderTei', () => {
  it('is well-formed TEI with the namespace and header', () => {
    expect(XMLValidator.validate(tei)).toBe(true);
    expect(tei.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0">')).toBe(true);
    expect(textOf(elements(doc, 'title').slice(0, 1))).toBe(report.title);
    expect(elements(doc, 'variantEncoding').map(attrsOf)).toEqual([{ method: 'parallel-segmentation', location: 'internal' }]);
  });

  it('lists every witness with title, issuer and date', () => {
    const ws = elements(doc, 'listWit').flatMap((l) => childrenOf(l).filter((n) => tagOf(n) === 'witness'));
    expect(ws.map((w) => attrsOf(w)['xml:id'])).toEqual(['un-a75', 'mfa', 'paraphrase']);
    const para = ws[2];
    expect(textOf(elements(childrenOf(para), 'title'))).toBe('Wang Yi | press paraphrase');
    expect(textOf(elements(childrenOf(para), 'orgName'))).toBe('Xinhua <press> & co');
    expect(elements(childrenOf(para), 'date').map(attrsOf)).toEqual([{ when: '2020-09' }]);
  });

  it('passes the structural checks (ids, one mention per witness per app)', () => {
    checkTei(report, tei);
  });

  it('one ab per unit, ids kept as unit ids', () => {
    expect(abs(doc).map((a) => attrsOf(a)['xml:id'])).toEqual(['P1', 'C4', 'C5']);
    expect(abs(doc).map((a) => attrsOf(a).n)).toEqual(['P1', 'C4', 'C5']);
  });

  it('an identical unit has no app', () => {
    const p1 = abById(doc, 'P1');
    expect(elements([p1], 'app')).toHaveLength(0);
    expect(textOf(childrenOf(p1))).toBe(P1);
  });

  it('C4: one app per variant location, merged across witnesses, with types', () => {
    const c4 = abById(doc, 'C4');
    const apps = elements([c4], 'app');
    expect(apps).toHaveLength(4);
    const summary = apps.map((app) =>
      childrenOf(app)
        .filter((k) => tagOf(k))
        .map((k) => `${tagOf(k)}[${attrsOf(k).wit}${attrsOf(k).type ? ` ${attrsOf(k).type}` : ''}]${textOf(childrenOf(k))}`),
    );
    expect(summary).toEqual([
      ['lem[#un-a75 #mfa] should encourage', 'rdg[#paraphrase modality] must require'],
      ['lem[#un-a75 #mfa]', 'rdg[#paraphrase qualifier-added] local'],
      ['lem[#un-a75 #paraphrase] companies', 'rdg[#mfa case] Companies'],
      ["lem[#un-a75] without other States' permission", 'rdg[#mfa #paraphrase qualifier-dropped]'],
    ]);
    expect(attrsOf(childrenOf(apps[0])[1]).ana).toBe('#vt-lexical #vt-modality');
  });

  it('each witness text can be read back from the ab (up to runs of whitespace)', () => {
    const ns = (x: string): string => x.replace(/\s+/g, ' ').trim();
    const c4 = abById(doc, 'C4');
    expect(witnessText(c4, 'un-a75')).toBe(C4);
    expect(ns(witnessText(c4, 'mfa'))).toBe(ns(C4_MFA));
    expect(ns(witnessText(c4, 'paraphrase'))).toBe(ns(C4_PARA));
    const c5 = abById(doc, 'C5');
    expect(witnessText(c5, 'un-a75')).toBe(C5);
    expect(ns(witnessText(c5, 'mfa'))).toBe(ns(C5_MFA));
    expect(ns(witnessText(c5, 'paraphrase'))).toBe('');
  });

  it('an absent witness gets an empty rdg of type absent in every app of the unit', () => {
    const c5 = abById(doc, 'C5');
    // No text outside apps but whitespace: every stretch is an app (the absent witness lacks it).
    for (const n of childrenOf(c5)) if ('#text' in n) expect(String(n['#text']).trim()).toBe('');
    const apps = elements([c5], 'app');
    expect(apps).toHaveLength(10);
    for (const app of apps) {
      const rdg = childrenOf(app).find((k) => tagOf(k) === 'rdg' && attrsOf(k).wit === '#paraphrase');
      expect(rdg).toBeDefined();
      expect(attrsOf(rdg!).type).toBe('absent');
      expect(childrenOf(rdg!)).toEqual([]);
    }
  });

  it('a unit read out of order is a note at the head of its ab, naming the witness', () => {
    const r = clone(report);
    const order: Report['divergences'][number] = {
      unit: 'P1', witness: 'paraphrase', type: 'transposition', class: 'substantive', base: '', reading: '', baseSpan: null, readingSpan: null,
      explanation: 'read out of order: the witness reads P1 after C4; the base has it before C4', weight: 2,
    };
    r.divergences.unshift(order);
    r.units[0].status.paraphrase = 'substantive';
    const out = renderTei(r);
    expect(XMLValidator.validate(out)).toBe(true);
    const d = parseXml(out);
    const ab = abById(d, 'P1');
    const notes = childrenOf(ab).filter((n) => tagOf(n) === 'note');
    expect(notes.map(attrsOf)).toEqual([{ type: 'transposition', ana: '#vt-transposition', corresp: '#paraphrase' }]);
    expect(textOf(childrenOf(notes[0]))).toBe(order.explanation);
    expect(witnessText(ab, 'paraphrase')).toBe(P1);
    checkTei(r, out);
  });

  it('corpus strings are escaped', () => {
    expect(tei).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(tei).not.toContain('<script>');
    expect(tei).toContain('&amp;amp;');
  });

  it('non-NCName ids are prefixed, characters illegal in XML are stripped', () => {
    const r = clone(report);
    r.witnesses[1].id = '1mfa';
    for (const u of r.units) {
      u.readings['1mfa'] = u.readings.mfa;
      u.status['1mfa'] = u.status.mfa;
      if (u.segments.mfa) u.segments['1mfa'] = u.segments.mfa;
    }
    for (const v of r.divergences) if (v.witness === 'mfa') v.witness = '1mfa';
    r.pairs[0].witness = '1mfa';
    r.units[0].id = '4 P';
    r.units[1].id = '1mfa';
    r.title = 'bad\u0000\u0008chars\uFFFF \uD800 ok';
    const out = renderTei(r);
    checkTei(r, out);
    const d = parseXml(out);
    expect(elements(d, 'witness').map((w) => attrsOf(w)['xml:id'])).toEqual(['un-a75', 'w-1mfa', 'paraphrase']);
    expect(abs(d).map((a) => [attrsOf(a)['xml:id'], attrsOf(a).n])).toEqual([
      ['u-4_P', '4 P'],
      ['u-1mfa', '1mfa'],
      ['C5', 'C5'],
    ]);
    expect(out).toContain('<title>badchars  ok</title>');
  });

  it('xml() escapes markup and drops illegal characters', () => {
    expect(xml('a & b < c > d " e')).toBe('a &amp; b &lt; c &gt; d &quot; e');
    expect(xml('x\u0000\u0001\u0008\u000B\u000C\u001Fy\uFFFE\uFFFF')).toBe('xy');
    expect(xml('\t\n')).toBe('\t\n');
    expect(xml('a\rb')).toBe('a&#13;b');
    expect(xml('🙂\uDC00\uD83D')).toBe('🙂');
  });

  it('a transposition spanning several segments is still typed', () => {
    const r: Report = {
      title: 't',
      base: 'a',
      witnesses: [
        { id: 'a', title: 'A', date: '2020', issuer: 'i', kind: 'full-text', source: '' },
        { id: 'b', title: 'B', date: '2020', issuer: 'i', kind: 'restatement', source: '' },
      ],
      units: [
        {
          id: 'U1',
          readings: { a: 'data and security matter', b: 'security and data matter' },
          status: { a: 'base', b: 'substantive' },
          segments: {
            b: [
              { op: 'replace', base: 'data', reading: 'security' },
              { op: 'equal', base: 'and', reading: 'and' },
              { op: 'replace', base: 'security', reading: 'data' },
              { op: 'equal', base: 'matter', reading: 'matter' },
            ],
          },
        },
      ],
      divergences: [
        { unit: 'U1', witness: 'b', type: 'transposition', class: 'substantive', base: 'data and security', reading: 'security and data', baseSpan: [0, 3], readingSpan: [0, 3], explanation: 'swapped', weight: 1 },
      ],
      pairs: [],
    };
    const out = renderTei(r);
    checkTei(r, out);
    const apps = elements(parseXml(out), 'app');
    expect(apps.map((a) => childrenOf(a).map((k) => `${attrsOf(k).type ?? ''}:${textOf(childrenOf(k))}`))).toEqual([
      [':data and security', 'transposition:security and data'],
    ]);
  });
});

describe('renderTei: readings alike, classified otherwise', () => {
  it('get a <rdg> each, with their own type (the same omitted "not" is a reversal in one witness, grammar in another)', async () => {
    const { analyse } = await import('../../src/analyse/index.js');
    const h = await import('../analyse/helpers.js');
    const r = analyse(
      h.corpus([
        h.witness('base', [h.clause('Countries should not use force.', ['C1'])]),
        h.witness('b', [h.clause('Countries should use force.', ['C1'])]),
        h.witness('c', [h.clause('No country should use force.', ['C1'])]),
      ]),
    );
    const tei = renderTei(r);
    expect(tei).not.toMatch(/<rdg wit="#b #c"/);
    expect(tei).toMatch(/<rdg wit="#b" type="negation"/);
  });
});
