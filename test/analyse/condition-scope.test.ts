import { describe, expect, it } from 'vitest';
import { variants } from './helpers.js';

/** Conditions and their directions: what a condition qualifies, and what dropping or adding it does. */
const vt = (b: string, r: string) => variants(b, r).map((x) => [x.type, x.base, x.reading, x.direction]);

describe('a dropped duty or list item takes its own condition with it', () => {
  it('a second duty dropped with a time limit before its condition is one omission', () => {
    expect(vt('Exporters shall conduct due diligence and shall notify the authority without undue delay if they become aware of a risk of misuse.', 'Exporters shall conduct due diligence.')).toEqual([
      ['omission', 'and shall notify the authority without undue delay if they become aware of a risk of misuse', '', undefined],
    ]);
    expect(vt('Operators shall keep a register and shall inform the regulator promptly where a breach occurs.', 'Operators shall keep a register.')).toEqual([
      ['omission', 'and shall inform the regulator promptly where a breach occurs', '', undefined],
    ]);
    expect(vt('The provider shall suspend the service and report it within 24 hours unless the user objects.', 'The provider shall suspend the service.')).toEqual([
      ['omission', 'and report it within 24 hours unless the user objects', '', undefined],
    ]);
  });
  it('a list item dropped with its condition is one omission', () => {
    expect(vt('The notification shall include an assessment of the incident and, where available, the indicators of compromise.', 'The notification shall include an assessment of the incident.')).toEqual([
      ['omission', 'and, where available, the indicators of compromise', '', undefined],
    ]);
    expect(vt('The report shall describe the measures taken and the costs incurred, if any.', 'The report shall describe the measures taken.')).toEqual([
      ['omission', 'and the costs incurred, if any', '', undefined],
    ]);
    expect(vt('The authority shall inform the operator or, if the operator cannot be reached, its representative.', 'The authority shall inform the operator.')).toEqual([
      ['omission', 'or, if the operator cannot be reached, its representative', '', undefined],
    ]);
  });
  it('a duty replaced by a word with no predicate of its own takes its time limit with it', () => {
    const v = vt('Operators shall provide a progress report and shall submit the final report within one month of the end of the incident.', 'Operators shall provide a progress report instead.');
    expect(v.map((x) => x[0])).not.toContain('qualifier-dropped');
  });
  it('near misses: the condition alone dropped, the item or duty kept, is a condition dropped', () => {
    expect(vt('The notification shall include an assessment of the incident and, where available, the indicators of compromise.', 'The notification shall include an assessment of the incident and the indicators of compromise.')).toEqual([
      ['qualifier-dropped', ', where available,', '', 'strengthened'],
    ]);
    expect(vt('Exporters shall conduct due diligence and shall notify the authority without undue delay if they become aware of a risk of misuse.', 'Exporters shall conduct due diligence and shall notify the authority without undue delay.')).toEqual([
      ['qualifier-dropped', 'if they become aware of a risk of misuse', '', 'strengthened'],
    ]);
    // a duty reworded with a verb of its own: the time limit is dropped from it
    expect(vt('Operators shall notify the authority within 24 hours.', 'Operators shall inform the regulator.').map((x) => x[0])).toContain('qualifier-dropped');
  });
  it('near miss: two qualifiers dropped together with no item of their own are each reported', () => {
    expect(vt('States shall publish the report and, where possible, within 30 days.', 'States shall publish the report.').map((x) => x[0])).toContain('qualifier-dropped');
  });
});

describe('a condition that repeats its connective ("if A or where B") is one condition with two limbs', () => {
  it('a later limb dropped is a limb dropped, with the direction of the cases the rule covers', () => {
    expect(vt('A data handler shall notify the office if the breach is serious or where the data are sensitive.', 'A data handler shall notify the office if the breach is serious.')).toEqual([
      ['qualifier-dropped', 'or where the data are sensitive', '', 'weakened'],
    ]);
    expect(vt('The provider shall notify the authority if the breach is serious, or where the data are sensitive.', 'The provider shall notify the authority if the breach is serious.')).toEqual([
      ['qualifier-dropped', ', or where the data are sensitive', '', 'weakened'],
    ]);
    // an exception: the prohibition holds in more cases
    expect(vt('Data shall not be shared unless the owner consents or unless a court orders it.', 'Data shall not be shared unless the owner consents.')).toEqual([
      ['qualifier-dropped', 'or unless a court orders it', '', 'strengthened'],
    ]);
  });
  it('a limb added, and the first limb dropped with its own connective', () => {
    expect(vt('The operator shall report the incident when the data are lost.', 'The operator shall report the incident when the data are lost or if the service stops.')).toEqual([
      ['qualifier-added', '', 'or if the service stops', 'strengthened'],
    ]);
    expect(vt('A data handler shall notify the office if the breach is serious or where the data are sensitive.', 'A data handler shall notify the office where the data are sensitive.')).toEqual([
      ['qualifier-dropped', 'if the breach is serious or', '', 'weakened'],
    ]);
  });
  it('near misses: the whole condition dropped, and a second connective of another class', () => {
    expect(vt('A data handler shall notify the office if the breach is serious or where the data are sensitive.', 'A data handler shall notify the office.')).toEqual([
      ['qualifier-dropped', 'if the breach is serious or where the data are sensitive', '', 'strengthened'],
    ]);
    // "if A or unless B" joins a condition and an exception: two phrases, each judged on its own
    // (the "or" that joined the exception to the kept condition goes with it: no stray grammatical)
    const vs = variants('Data shall be deleted if the purpose is met or unless the owner objects.', 'Data shall be deleted if the purpose is met.');
    expect(vs.map((x) => x.type)).toEqual(['qualifier-dropped']);
    const v = vs[0];
    expect(v?.base).toBe('or unless the owner objects');
    expect(v?.explanation).not.toContain('a limb of');
  });
});

describe('"only when", "only if" added or dropped with its condition is one condition', () => {
  it('on a duty: one condition added (weakened) or dropped (strengthened), not a restriction beside it', () => {
    expect(vt('States will share information on licence denials.', 'States will share information on licence denials, but only when national security allows.')).toEqual([
      ['qualifier-added', '', ', but only when national security allows', 'weakened'],
    ]);
    expect(vt('Operators shall report incidents only if the damage is serious.', 'Operators shall report incidents.')).toEqual([
      ['qualifier-dropped', 'only if the damage is serious', '', 'strengthened'],
    ]);
    expect(vt('The office shall publish the list.', 'The office shall publish the list only where the minister agrees.')).toEqual([
      ['qualifier-added', '', 'only where the minister agrees', 'weakened'],
    ]);
  });
  it('on a permission the "only" restricts it: one condition added, strengthened', () => {
    const v = variants('States may share information on licence denials.', 'States may share information on licence denials only when national security allows.');
    expect(v.map((x) => [x.type, x.reading, x.direction])).toEqual([['qualifier-added', 'only when national security allows', 'strengthened']]);
    expect(v[0].explanation).toContain('the permission now holds only under it');
  });
  it('near miss: "only" dropped, the condition kept, is a restriction dropped', () => {
    expect(vt('Operators shall report incidents only if the damage is serious.', 'Operators shall report incidents if the damage is serious.')).toEqual([
      ['qualifier-dropped', 'only', '', 'weakened'],
    ]);
  });
});

describe('"under" + the name of a legal instrument after a noun or opening the sentence is a reference, no condition', () => {
  it('after a noun it says which things the rule is about: dropped, an omission', () => {
    expect(vt('Export controls under this Code shall not apply to security research.', 'Export controls shall not apply to security research.')).toEqual([['omission', 'under this Code', '', undefined]]);
    expect(vt('States shall keep records of decisions under this Code.', 'States shall keep records of decisions.')).toEqual([['omission', 'under this Code', '', undefined]]);
    expect(vt('Offences under national law shall be reported to the prosecutor.', 'Offences shall be reported to the prosecutor.')).toEqual([['omission', 'under national law', '', undefined]]);
  });
  it('opening the sentence it frames the text: added, an addition', () => {
    expect(vt('Operators shall notify the authority of any significant incident.', 'Under the new rules, operators shall notify the authority of any significant incident.').map((x) => x[0])).not.toContain('qualifier-added');
    expect(vt('Each State shall publish an annual report.', 'Under Article 7, each State shall publish an annual report.').map((x) => x[0])).not.toContain('qualifier-added');
  });
  it('the instruments of political commitments too: a memorandum, an MoU, an arrangement', () => {
    expect(vt('The Participants will exchange information on threats.', 'Under the MoU, the Participants will exchange information on threats.')).toEqual([['addition', '', 'Under the MoU,', undefined]]);
    expect(vt('The Participants will exchange information under this Memorandum.', 'The Participants will exchange information.')).toEqual([['omission', 'under this Memorandum', '', undefined]]);
    expect(vt('The Participants will designate contact points under this Arrangement.', 'The Participants will designate contact points.')).toEqual([['omission', 'under this Arrangement', '', undefined]]);
    // near miss: not an instrument
    expect(vt('The Participants will exchange information under exceptional circumstances.', 'The Participants will exchange information.')).toEqual([['qualifier-dropped', 'under exceptional circumstances', '', 'strengthened']]);
  });
  it('near misses: after a verb, or before a noun that names no instrument, it is still a condition', () => {
    expect(vt('States should act under international law.', 'States should act.')).toEqual([['qualifier-dropped', 'under international law', '', 'strengthened']]);
    expect(vt('Operators under investigation shall not transfer data.', 'Operators shall not transfer data.')).toEqual([['qualifier-dropped', 'under investigation', '', 'strengthened']]);
    expect(vt('Under exceptional circumstances, the authority shall extend the period.', 'The authority shall extend the period.').map((x) => x[0])).toContain('qualifier-dropped');
  });
});

describe('an exception dropped with the phrase before it is still an exception dropped', () => {
  it('the anchor of a time limit and the exception after it dropped: an omission and the exception dropped', () => {
    expect(vt('Operators shall submit a notification within 72 hours of becoming aware of the incident, unless the authority agrees to a longer period.', 'Operators shall submit a notification within 72 hours.')).toEqual([
      ['omission', 'of becoming aware of the incident', '', undefined],
      ['qualifier-dropped', ', unless the authority agrees to a longer period', '', 'strengthened'],
    ]);
    expect(vt('The provider shall delete the data within 30 days of receiving the request unless a court orders otherwise.', 'The provider shall delete the data within 30 days.')).toEqual([
      ['omission', 'of receiving the request', '', undefined],
      ['qualifier-dropped', 'unless a court orders otherwise', '', 'strengthened'],
    ]);
  });
  it('near miss: the exception of a duty of its own, dropped with its verb, goes with it', () => {
    expect(vt('The provider shall delete the data and shall inform the user within 30 days unless a court orders otherwise.', 'The provider shall delete the data.')).toEqual([
      ['omission', 'and shall inform the user within 30 days unless a court orders otherwise', '', undefined],
    ]);
  });
});

describe('a condition whose last words repeat the words before it is found dropped when other words change too', () => {
  const q = (b: string, r: string) => variants(b, r).filter((x) => x.type.startsWith('qualifier')).map((x) => [x.type, x.base, x.reading, x.direction]);
  it('dropped: the change slid over the repeated words covers the condition whole', () => {
    expect(q('A data handler shall not transfer personal data to a foreign law enforcement authority without the prior approval of the competent authority.', 'A data handler must not transfer personal data to a foreign law enforcement authority.')).toEqual([
      ['qualifier-dropped', 'without the prior approval of the competent authority', '', 'strengthened'],
    ]);
    expect(q('The operator shall send the logs to the national authority without the consent of the supervisory authority.', 'Operators must send the logs to the national authority.')).toEqual([
      ['qualifier-dropped', 'without the consent of the supervisory authority', '', 'strengthened'],
    ]);
    const v = variants('Each State shall share the report with the commission unless the minister objects to the commission.', 'Each State must share the report with the commission.');
    expect(v.map((x) => [x.type, x.base])).toEqual([
      ['modality', 'shall'],
      ['qualifier-dropped', 'unless the minister objects to the commission'],
    ]);
  });
  it('added likewise', () => {
    expect(q('A data handler must not transfer personal data to a foreign law enforcement authority.', 'A data handler shall not transfer personal data to a foreign law enforcement authority without the prior approval of the competent authority.')).toEqual([
      ['qualifier-added', '', 'without the prior approval of the competent authority', 'weakened'],
    ]);
  });
  it('near miss: words the witness reads only in the condition are not slid over', () => {
    const v = variants('The operator shall send the logs to the authority without the consent of the national authority.', 'Operators must send the logs to the national authority.');
    expect(v.map((x) => x.type)).not.toContain('qualifier-dropped');
  });
});

describe('a condition folded into a noun of the witness is restated, not dropped', () => {
  const types = (b: string, r: string) => variants(b, r).map((x) => x.type);
  it('"Where a data handler violates …, order it" → "order violators": no condition dropped', () => {
    expect(types('Where a data handler violates this Regulation, the Authority shall order it to rectify the violation.', 'The Authority shall order violators to rectify the violation.')).not.toContain('qualifier-dropped');
    expect(types('Where a company infringes these rules, the authority shall fine it.', 'The authority shall fine infringers.')).not.toContain('qualifier-dropped');
  });
  it('and added the other way round', () => {
    expect(types('The Authority shall order violators to rectify the violation.', 'Where a data handler violates this Regulation, the Authority shall order it to rectify the violation.')).not.toContain('qualifier-added');
  });
  it('near misses: the witness reads the stem no more often than the base does outside the condition, or only in the verb itself', () => {
    expect(types('Where a data handler violates this Regulation, the Authority shall order it to rectify the violation.', 'The Authority shall order it to rectify the violation.')).toContain('qualifier-dropped');
    expect(types('Where a company infringes these rules, the authority shall fine it.', 'The authority shall fine it.')).toContain('qualifier-dropped');
  });
});

describe('a coordinated main clause with its own subject and modal after a condition is an addition, not a limb', () => {
  it('", and we shall report …" after "in accordance with …" or an "if" clause', () => {
    expect(vt('Each country may regulate in accordance with its international obligations.', 'Each country may regulate in accordance with its international obligations, and we shall report annually on the measures taken.')).toEqual([
      ['addition', '', ', and we shall report annually on the measures taken', undefined],
    ]);
    expect(vt('Each country may regulate if the measure is necessary.', 'Each country may regulate if the measure is necessary, and the Council shall review it annually.')).toEqual([
      ['addition', '', ', and the Council shall review it annually', undefined],
    ]);
  });
  it('near miss: a limb with a subject and no modal of its own is a limb of the condition', () => {
    expect(vt('A Party may transfer the data unless the person objects.', 'A Party may transfer the data unless the person objects, or a court orders otherwise.').map((x) => x[0])).toEqual(['qualifier-added']);
  });
});
