import { describe, expect, it } from 'vitest';
import { foundBy } from '../test-helpers';
import { dictationFooters } from './dictation-footers';

// Synthetic values only.
const handlesIn = (text: string): string[] => foundBy(dictationFooters, text);

describe('a staff handle where a work log or a chat gives the writer a place', () => {
  it.each([
    ['#4west-charge\ndesmond.quillfeather  7:12 AM\nanyone know why bed 3 is open', ['desmond.quillfeather']],
    ['{"text":"ok\\nmarta.vellacott 08:52\\nill grab her"}', ['marta.vellacott']],
    ['Tdap given.\nTriage RN: bernadette.quillfeather', ['bernadette.quillfeather']],
    ['Pharmacist: d.vellacott verified', ['d.vellacott']],
    ['5/24/24 RG: spoke w/ guarantor, verified address', ['RG']],
    ['history\n4/9/2024 radhika.vellacott: pt emailed from portal', ['radhika.vellacott']],
    ['Dictated by: DC/bt  Job 7004176  D: 2025-08-16T08:40:12', ['DC', 'bt']],
    ['Transcribed by MK/js', ['MK', 'js']],
    ['Dictated by: GI/ru  Job 4494242', ['GI', 'ru']],
    [
      '#sched\nqvandermolt  11:13 AM\nanyone seen bed 3\nqvandermolt  11:40 AM\nok',
      ['qvandermolt', 'qvandermolt'],
    ],
    ['Tdap given.\nTriage RN: bquillvane', ['bquillvane']],
    ['Charge nurse \t: d.vellacott', ['d.vellacott']],
    ['Tdap given. Scribe:x.quillvane', ['x.quillvane']],
    ['census today 26 ED holds.\n-- rquillvane (CM)', ['rquillvane']],
    ['on census.\n— bernadette.vellacott (RN CM)', ['bernadette.vellacott']],
    ['no answer.\n-- d.vellacott', ['d.vellacott']],
    ['from last visit.\nRouted to qvandermolt for approval. Advised pt', ['qvandermolt']],
    ['Forwarded to vellacottd for signature', ['vellacottd']],
    ['last visit.\nRouted to obadiah.q for approval.', ['obadiah.q']],
    ['readmissions 18.9%.\n-- nkechi.v (RN CM)', ['nkechi.v']],
  ])('%s names %j', (text, handles) => {
    expect(handlesIn(text)).toEqual(handles);
  });

  it('keeps file names, vitals, routes and prose in the same places', () => {
    for (const text of [
      'notes.txt  7:12 AM',
      'see mercy.org 7:12',
      'Owner: report.pdf',
      '5/24/24 BP: 120/80 sitting',
      '5/24/24 PO: tolerating diet',
      '5/24/24 Called: spoke w/ guarantor',
      '5/24/24 RG: 120/80',
      'Dictated by: Dr. Vellacott',
      'Triage RN: see note',
      'TRN: d.vellacott',
      'Agent_RN: d.vellacott',
      'Pain 4/10 at 7:12 AM',
      'Agenda\nlunch  12:30 PM\nback at 1',
      'Triage RN: pending',
      '[00:30] Agent: thanks for calling the clinic',
      '8/24/25 MD: spoke w/ guarantor',
      'Dictated by: CT/MRI',
      'all set.\n-- thanks',
      'all set.\n-- sincerely (CM)',
      '-- end of report',
      'Routed to pharmacy for approval.',
      'Routed to surgery for review.',
      'Sent to radiology for review',
      'Routed to intake for follow-up',
      'Routed to nephro for review',
      'see below\n-- e.g',
      'Sent to i.e for review',
    ])
      expect(handlesIn(text), text).toEqual([]);
  });
});
