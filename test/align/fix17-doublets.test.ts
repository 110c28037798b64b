import { describe, expect, it } from 'vitest';
import { alignClauses, type UnitTokens } from '../../src/align/clauses.js';
import { tokenise } from '../../src/nlp/index.js';
import { alignerSettings } from '../helpers/settings.js';

/**
 * A preambular paragraph and an operative one that read alike ("Reaffirming X," / "1. Reaffirms X,
 * as set out in Y;"), as resolutions have them: an invented text on public libraries.
 */
const BASE: [string, string][] = [
  ['PP1', 'Recalling its earlier resolutions on public libraries and reading,'],
  ['PP2', 'Reaffirming the right of everyone to borrow books free of charge and to read them in the library,'],
  ['PP3', 'Noting with concern that rural districts close their branch libraries every year,'],
  ['OP1', 'Reaffirms the right of everyone to borrow books free of charge and to read them in the library, as set out in the charter of municipal services;'],
  ['OP2', 'Calls upon municipalities to review their opening hours;'],
];
const UNITS: UnitTokens[] = BASE.map(([id, text]) => ({ id, tokens: tokenise(text) }));
const tags = (clauses: string[]) => alignClauses(UNITS, clauses.map((c) => tokenise(c)), alignerSettings).map((t) => t.units.join('+') || '—');
const text = (id: string) => BASE.find(([k]) => k === id)![1];

describe('clause alignment: units that read alike', () => {
  it('a copy in base order reads each paragraph as its own unit (not the preambular one twice)', () => {
    expect(tags(BASE.map(([, t]) => t))).toEqual(['PP1', 'PP2', 'PP3', 'OP1', 'OP2']);
  });

  it('two preambular paragraphs swapped: the moved one goes to the unit it reads whole, not to the operative one after it', () => {
    expect(tags([text('PP1'), text('PP3'), text('PP2'), text('OP1'), text('OP2')])).toEqual(['PP1', 'PP3', 'PP2', 'OP1', 'OP2']);
  });

  it('the operative paragraph alone after the preambular one (no third paragraph between)', () => {
    expect(tags([text('PP1'), text('PP2'), text('OP1'), text('OP2')])).toEqual(['PP1', 'PP2', 'OP1', 'OP2']);
  });

  it('near miss: a unit restated in two clauses still takes both', () => {
    expect(tags([
      text('PP1'),
      'Reaffirming the right of everyone to borrow books free of charge.',
      'Everyone may also read them in the library.',
      text('PP3'),
    ])).toEqual(['PP1', 'PP2', 'PP2', 'PP3']);
  });
});
