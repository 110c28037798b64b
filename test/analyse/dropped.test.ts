import { describe, expect, it } from 'vitest';
import { ofType, substantive, variants } from './helpers.js';

// Sentences and coordinated limbs one side lacks (src/analyse/dropped.ts): one omission or addition.
describe('dropped sentences and limbs', () => {
  it('a sentence the witness leaves out is one omission, and the rest is compared without it', () => {
    const base = 'Parties should meet their needs through mutual legal assistance. Any agreement between two Parties should not harm the rights of a third Party.';
    const vs = variants(base, 'Parties should meet their needs through appropriate channels.');
    expect(vs.filter((v) => v.type === 'omission').map((v) => v.base)).toEqual([
      'Any agreement between two Parties should not harm the rights of a third Party.',
    ]);
    expect(vs.filter((v) => v.type === 'lexical').map((v) => [v.base, v.reading])).toEqual([['mutual legal assistance', 'appropriate channels']]);
  });

  it('a coordinated limb the witness leaves out is one omission; its qualifiers are not reported on their own', () => {
    const base = 'Vendors should not exploit customer dependence, nor compel customers to upgrade their equipment in a hurried manner.';
    const vs = substantive(base, 'Vendors should not exploit customer dependence.');
    expect(vs.map((v) => [v.type, v.base])).toEqual([['omission', ', nor compel customers to upgrade their equipment in a hurried manner']]);
  });

  it('an added sentence is one addition', () => {
    const vs = ofType('Members shall share inspection reports.', 'Members shall share inspection reports. Observers may attend quarterly review meetings.', 'addition');
    expect(vs.map((v) => v.reading)).toEqual(['Observers may attend quarterly review meetings.']);
  });

  it('near miss: the head clause of a sentence is reworded, not omitted', () => {
    const base = 'Members should handle trade disputes in a fair, timely and transparent way, and keep open markets.';
    const vs = variants(base, 'All countries should treat commercial quarrels candidly, and keep open markets.');
    expect(vs.some((v) => v.type === 'omission' && v.base.startsWith('Members should handle'))).toBe(false);
  });

  it('near miss: two sentences merged into one reworded sentence keep both obligations', () => {
    const base = 'Members should encourage firms to obey rules of the host country where they trade. Members should not ask local firms to keep records at home.';
    const vs = variants(base, 'All nations should require their firms to follow local statutes and never force their firms to keep records at home.');
    expect(vs.some((v) => v.type === 'omission' && v.base.startsWith('Members should encourage'))).toBe(false);
    expect(vs.filter((v) => v.type === 'modality').map((v) => v.direction)).toContain('strengthened');
  });

  it('near miss: a limb whose words are mostly still there is not omitted', () => {
    const vs = variants('Members should publish annual data, and share inspection reports with observers.', 'Members should publish annual data, and share the inspection reports with all observers.');
    expect(vs.filter((v) => v.class === 'substantive')).toEqual([]);
  });
});

describe('droppedSpans: a sentence still partly read is reworded, not left out (clause-kept)', () => {
  it('a telegraphic summary joining two sentences does not omit the first', () => {
    const vs = variants(
      'The Council condemns the malicious cyber activities conducted against hospitals and water utilities. Those responsible must be held accountable.',
      'condemns attacks on hospitals, water utilities; those responsible must be held accountable',
    );
    expect(vs.filter((v) => v.type === 'omission' && v.base.includes('hospitals'))).toEqual([]);
  });

  it('a list of names dropped from a sentence is omitted, the sentence is not', () => {
    const vs = variants(
      'We, the Digital Ministers of Canada, France, Germany, Italy, Japan, the United Kingdom and the United States, met in Turin. We support the free flow of data.',
      'The Digital Ministers of the G7 met in Turin and discussed the free flow of data.',
    );
    expect(vs.some((v) => v.type === 'omission' && v.base.includes('met in Turin'))).toBe(false);
  });
});

describe('droppedSpans: a limb that still reads a phrase of the other side', () => {
  it('"and desiring to strengthen their cooperation …" against "and wishing to strengthen their cooperation …" is reworded, not left out', () => {
    const v = variants(
      'States are concerned by attacks, and desiring to strengthen their cooperation in accordance with international law, have reached the following understanding:',
      'States are concerned by attacks and wishing to strengthen their cooperation, have agreed as follows:',
    );
    expect(v.map((x) => x.type)).not.toContain('omission');
    expect(v.filter((x) => x.type === 'qualifier-dropped').map((x) => x.base)).toEqual(['in accordance with international law']);
  });
  it('near miss: a phrase the other side reads where this side reads it too ("other States") does not keep the limb', () => {
    const v = variants(
      "States should oppose activities that impair other States' infrastructure, or use the data to conduct activities that undermine other States' national security.",
      "States should oppose activities that impair other States' infrastructure.",
    );
    expect(v.map((x) => x.type)).toEqual(['omission']);
  });
});

// A last limb dropped before the mark both readings end with (a list item's ";", a lead-in's ":"):
// the mark closes both, it is neither part of the omission nor an added mark (dropped.ts closingMarkLeft).
describe('dropped limb before a closing mark both sides have', () => {
  const all = (b: string, r: string) => variants(b, r).map((v) => [v.type, v.base, v.reading]);

  it("a final limb dropped before ';': one omission without the ';', no punctuation variant", () => {
    expect(all('Members should take into account decision 12/4 and other decisions, and should appoint a liaison officer;', 'Members should take into account decision 12/4 and other decisions;'))
      .toEqual([['omission', ', and should appoint a liaison officer', '']]);
  });

  it("the same before ':'", () => {
    expect(all('Exporters should keep records of every shipment, and should report them to the customs office:', 'Exporters should keep records of every shipment:'))
      .toEqual([['omission', ', and should report them to the customs office', '']]);
  });

  it('a title dropped as well: two omissions, no "and" aligned into the title', () => {
    expect(all(
      'Members should take into account decision 12/4 on the reduction of fishing quotas and the protection of coastal waters, and other decisions, and should appoint a liaison officer;',
      'Members should take into account decision 12/4 and other decisions;',
    )).toEqual([
      ['omission', 'on the reduction of fishing quotas and the protection of coastal waters,', ''],
      ['omission', ', and should appoint a liaison officer', ''],
    ]);
  });

  it("near miss: the witness ends with another mark: the base's ';' stays in the omission and the '.' is added", () => {
    expect(all('Members should take into account decision 12/4 and other decisions, and should appoint a liaison officer;', 'Members should take into account decision 12/4 and other decisions.'))
      .toEqual([['punctuation', '', '.'], ['omission', ', and should appoint a liaison officer;', '']]);
  });
});
