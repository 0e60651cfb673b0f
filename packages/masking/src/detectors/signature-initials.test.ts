import { describe, expect, it } from 'vitest';
import { expectKept, foundBy } from '../test-helpers';
import { dictationFooters } from './dictation-footers';

describe('the initials that sign an outpatient note', () => {
  it.each([
    ['A1c at goal.\n\n-- VAS\n   cc: chart', ['VAS']],
    ['f/u 6 wks w/ labs.  -- MAH\n', ['MAH']],
    ['Refill sent.\n\u2014\u2014 KLS', ['KLS']],
    ['Left message.\nH. Sigurdsson, RN / HXS\n', ['HXS']],
    ['Called back. Mara Quill, LPN/DLB', ['DLB']],
    ['Renal f/u. Cont Trental 400 mg. \nLOH\n\n**********\n\nRecord date: 2023-01-02', ['LOH']],
    ['Cont Spiriva 18 mcg q.d.. \nEFK', ['EFK']],
    ['Signed: J. Roe CDCES 11/21/2023\nJAM:ct\n\ncc: Dr. Vale', ['JAM', 'ct']],
    ['Jane Q. Roe, RN\n\nTJV/ml\nDD: 6/10/2025', ['TJV', 'ml']],
    ['Plan reviewed, d/w OTF.', ['OTF']],
    ['Imaging discussed with RBK, agrees.', ['RBK']],
    ['PT/OT eval, anticipate DC 4/16\nd/w RN QZ; -- Dr Quell', ['QZ']],
    ['anticipate DC 4/16\nd/w RN QZ; /qz', ['QZ', 'qz']],
    ['Plan reviewed. /wq\nNext visit', ['wq']],
    ['View it at mychart.example.org/visit?id=45651403. KIB\nPortal app 1.4', ['KIB']],
    ['plan: see renal, rtc 2mo\nsh', ['sh']],
    ['"text": "Signed: W. Roe NP 1/17/2025\\nWNB:qj"', ['WNB', 'qj']],
    ['Dictated by: Roe, Jane\ntranscribed by: wb 8/12/2024\nJob ID 662462', ['wb']],
  ] as const)('finds %j', (text, values) => expect(foundBy(dictationFooters, text)).toEqual(values));

  it.each([
    'Cont lisinopril 10 mg.\nCHF\n\nPlan below',
    'Stable.\nHPI\n\nsee above',
    'Cardiac exam done.\nRRR\n',
    'Meds reconciled.  -- END\n',
    'Labs drawn.\n-- CBC\n',
    'BP 120/80. NPO\n',
    'Seen today.\nROS:neg\n',
    'Exam:\nCV:rrr\n',
    'Case d/w ICU.',
    'Plan d/w RN.',
    'Case d/w MD PRN.',
    'Vancomycin 15 mg/kg; /day\n',
    'Seen today; /ok\n',
    'Findings discussed with ENT, PCP.',
    'Called pt, LPN / ED\n',
    'Follow up in clinic\nok',
    'Assessment and plan:\nCKD stage 3\nHTN\nDM2',
  ])('keeps %j', (text) => expect(foundBy(dictationFooters, text)).toEqual([]));

  it('keeps capitals headings alone on a line before their content', () => {
    expectKept('Tolerating diet.\nMAR\nGiven 08:00 metoprolol 25 mg', 'MAR');
  });
});
