/**
 * Conditions from two new-user trials (trial52, trial53): a prohibition with an exception restated
 * as a restricted permission ("except on" → "only on"), one dropped condition reported once, a
 * binding deadline made a goal, a qualifier dropped with its object, a condition narrowed, a rule
 * for choosing between two amounts, and the explanation of a condition dropped inside an exception.
 */
import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

const brief = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.direction ?? null, v.base, v.reading]);

describe('a prohibition with an exception before a noun phrase, restated as a restricted permission', () => {
  it('"shall not … except on" → "may … only on" is the same rule (several wordings)', () => {
    for (const [b, r, xb, xr] of [
      ['The requested Party shall not refuse assistance except on the grounds set out in Article 7.', 'The requested Party may refuse assistance only on the grounds set out in Article 7.', 'except', 'only'],
      ['The requested Party shall not refuse assistance save on the grounds set out in Article 7.', 'The requested Party may refuse assistance only on the grounds set out in Article 7.', 'save', 'only'],
      ['The requested Party shall not refuse assistance other than on the grounds set out in Article 7.', 'The requested Party may refuse assistance only on the grounds set out in Article 7.', 'other than', 'only'],
      ['States shall not use the data except for the purposes of this Convention.', 'States may use the data only for the purposes of this Convention.', 'except', 'only'],
    ]) {
      expect(brief(b, r), b).toEqual([
        ['grammatical', null, 'shall not', 'may'],
        ['grammatical', null, xb, xr],
      ]);
    }
  });
  it('and the other way round', () => {
    expect(brief('The requested Party may refuse assistance only on the grounds set out in Article 7.', 'The requested Party shall not refuse assistance other than on the grounds set out in Article 7.')).toEqual([
      ['grammatical', null, 'may', 'shall not'],
      ['grammatical', null, 'only', 'other than'],
    ]);
  });
  it('near miss: "only" added to a permission is still a restriction added', () => {
    expect(brief('The requested Party may refuse assistance on the grounds set out in Article 7.', 'The requested Party may refuse assistance only on the grounds set out in Article 7.')).toEqual([
      ['qualifier-added', 'strengthened', '', 'only'],
    ]);
  });
});

describe('one clause dropped whole is one qualifier-dropped', () => {
  it('a trailing "unless" clause with a condition inside it', () => {
    expect(brief('Small operators are exempt, unless the authority, on the basis of a risk assessment, designates them as critical.', 'Small operators are exempt.')).toEqual([
      ['qualifier-dropped', null, ', unless the authority, on the basis of a risk assessment, designates them as critical', ''],
    ]);
    expect(brief('Small operators are exempt, unless the regulator, in accordance with national law, designates them as essential.', 'Small operators are exempt.')).toEqual([
      ['qualifier-dropped', null, ', unless the regulator, in accordance with national law, designates them as essential', ''],
    ]);
  });
  it('a trailing "without prejudice" clause on a prohibition: strengthened, once', () => {
    expect(brief('The authority shall not disclose the identity of the operator, without prejudice to the power of the authority to inform the public where necessary to prevent or handle an incident.', 'The authority shall not disclose the identity of the operator.')).toEqual([
      ['qualifier-dropped', 'strengthened', ', without prejudice to the power of the authority to inform the public where necessary to prevent or handle an incident', ''],
    ]);
  });
  it('an outer time limit dropped with its marker: one time limit dropped, weakened', () => {
    expect(brief('It shall notify the authority without undue delay and, in any event, within seventy-two hours.', 'It shall notify the authority without undue delay.')).toEqual([
      ['qualifier-dropped', 'weakened', 'and, in any event, within seventy-two hours', ''],
    ]);
    expect(brief('It shall notify the authority without undue delay and in any case within 72 hours.', 'It shall notify the authority without undue delay.')).toEqual([
      ['qualifier-dropped', 'weakened', 'and in any case within 72 hours', ''],
    ]);
  });
  it('a named case dropped with the condition on it: no "unconditional", no direction', () => {
    expect(brief('The operator shall submit a report, including the indicators of compromise, where available.', 'The operator shall submit a report.')).toEqual([
      ['qualifier-dropped', null, ', including the indicators of compromise, where available', ''],
    ]);
  });
  it('near miss: a time limit and a condition dropped together stay two findings', () => {
    expect(brief('The operator shall notify the CSIRT within 24 hours where the incident is significant.', 'The operator shall notify the CSIRT.')).toEqual([
      ['qualifier-dropped', 'weakened', 'within 24 hours', ''],
      ['qualifier-dropped', 'strengthened', 'where the incident is significant', ''],
    ]);
  });
});

describe('a binding time limit made a goal', () => {
  it('"in any event" → "ideally" is weakened', () => {
    const vs = variants('The operator shall notify the CSIRT without undue delay and in any event within 24 hours.', 'The operator shall notify the CSIRT as soon as possible and ideally within 24 hours.');
    const v = vs.find((x) => x.base === 'in any event');
    expect([v?.type, v?.direction, v?.reading]).toEqual(['lexical', 'weakened', 'ideally']);
    expect(brief('The operator shall report in any case by 31 March.', 'The operator shall report preferably by 31 March.')).toEqual([['lexical', 'weakened', 'in any case', 'preferably']]);
  });
  it('", ideally" added before a time limit is a qualifier added, weakened', () => {
    expect(brief('The operator shall notify the CSIRT within 24 hours.', 'The operator shall notify the CSIRT, ideally within 24 hours.')).toEqual([
      ['qualifier-added', 'weakened', '', ', ideally'],
    ]);
    expect(brief('The operator shall notify the CSIRT within 24 hours.', 'The operator shall notify the CSIRT preferably within 24 hours.')).toEqual([
      ['qualifier-added', 'weakened', '', 'preferably'],
    ]);
  });
  it('near miss: "ideally" added elsewhere stays an addition', () => {
    expect(brief('The operator shall notify the CSIRT.', 'The operator shall ideally notify the CSIRT.').map((x) => x[0])).not.toContain('qualifier-added');
  });
});

describe('a rule for choosing between two amounts', () => {
  it('", whichever is higher" dropped is a condition dropped, no direction', () => {
    expect(brief('Fines may reach 2 % or EUR 1 million, whichever is higher.', 'Fines may reach 2 % or EUR 1 million.')).toEqual([
      ['qualifier-dropped', null, ', whichever is higher', ''],
    ]);
    expect(brief('The period ends on 31 December or after ten years, whichever comes first.', 'The period ends on 31 December or after ten years.')).toEqual([
      ['qualifier-dropped', null, ', whichever comes first', ''],
    ]);
  });
  it('near miss: another clause dropped is a plain omission', () => {
    expect(brief('Fines may reach 2 % or EUR 1 million, as the court decides.', 'Fines may reach 2 % or EUR 1 million.').map((x) => x[0])).not.toContain('qualifier-dropped');
  });
});

describe('a condition narrowed', () => {
  it('"only where [strictly] necessary": a restricted permission narrowed, strengthened', () => {
    expect(brief('The CSIRT may share information only where necessary for the handling of the incident.', 'The CSIRT may share information only where strictly necessary for the handling of the incident.')).toEqual([
      ['qualifier-added', 'strengthened', '', 'strictly'],
    ]);
    expect(brief('The CSIRT may share information only if strictly necessary for the handling of the incident.', 'The CSIRT may share information only if necessary for the handling of the incident.')).toEqual([
      ['qualifier-dropped', 'weakened', 'strictly', ''],
    ]);
  });
  it('near miss: "strictly" added outside a condition stays an addition', () => {
    expect(brief('The CSIRT shall keep the information confidential.', 'The CSIRT shall keep the information strictly confidential.')).toEqual([
      ['addition', null, '', 'strictly'],
    ]);
  });
});

describe('a condition dropped inside an exception', () => {
  it('bounds the exception, not the rule: no direction, the exception named', () => {
    for (const b of [
      'The obligations in Article 5 shall not apply to operators that qualify as small enterprises, unless the competent authority, on the basis of a risk assessment, designates such an operator as critical.',
      'Small operators are exempt, unless the authority, on the basis of a risk assessment, designates them as critical.',
    ]) {
      const r = b.replace(', on the basis of a risk assessment,', '');
      const vs = variants(b, r);
      expect(vs.map((v) => [v.type, v.direction ?? null]), b).toEqual([['qualifier-dropped', null]]);
      expect(vs[0].explanation).toContain('inside the exception');
      expect(vs[0].explanation).not.toContain('unconditional');
    }
  });
  it('near miss: a condition dropped on the rule itself still makes it unconditional', () => {
    const vs = variants('The operator shall, on the basis of a risk assessment, notify the authority.', 'The operator shall notify the authority.');
    expect(vs.map((v) => [v.type, v.direction ?? null])).toEqual([['qualifier-dropped', 'strengthened']]);
  });
});

describe('near miss: a clause after a dropped exception with no condition first', () => {
  it('stays an omission of its own', () => {
    expect(brief('The provider shall not disclose the data unless a judge orders it, to which the provider must agree.', 'The provider shall not disclose the data.').map((x) => x[0])).toEqual(['qualifier-dropped', 'omission']);
  });
});
