import { describe, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';

describe("a staff member's initials where a printed record gives them a position", () => {
  it.each([
    ['Submitted in 3 cassettes. Grossed by QT.\nMICROSCOPIC DESCRIPTION:', 'QT'],
    ['Specimen collected by WLK at the bedside', 'WLK'],
    ['Verified by: ZN', 'ZN'],
    ['TSH  2.1 uIU/mL  0.45-4.50\nResulted by QX, MLS(ASCP). Analyzer software v1.6.4.', 'QX'],
    ['    05/02/2024 0810  Given  BQ  Scanned: band\nnext', 'BQ'],
    ['    05/02/2024 2210  Held - NPO  YV  Scanned: band\n', 'YV'],
    ['    05/02/2024 1200  Refused  KX\n', 'KX'],
    ['05/02/2024 0600  Pulse 72  BP 118/70  -QT\n05/02/2024 0800  Pulse 70', 'QT'],
    ['Please recheck the level before the next visit. -WZ\nPt notified at 1400', 'WZ'],
    ['"text": "see you in 2 weeks. -JQ\\nPt notified"', 'JQ'],
    ['Recheck the potassium before the next visit. -NA\nPt notified', 'NA'],
    ['Submitted in 2 cassettes. Grossed by UP.\nMICROSCOPIC DIAGNOSIS:', 'UP'],
    ['Uric acid  LOINC 3084-1\nSpecimen drawn by US.', 'US'],
    ['Specimen drawn by RD.', 'RD'],
    ['Submitted in 3 cassettes. Grossed by TD.\nMICROSCOPIC', 'TD'],
    ['Reply 04/02/2024: agree with option 2 - QW', 'QW'],
    ['Okay to discharge after the second dose - ZM\nNext', 'ZM'],
    ['Agree - query acute kidney injury. VB', 'VB'],
    ['{"answer":"Agree - likely sepsis from a urinary source. TQ","created":"2025-01-01"}', 'TQ'],
    // Initials before a credential, even where they spell a route or a word.
    ['Allergies verified.\nReconciled by SQ PharmD\n', 'SQ'],
    ['Home list reconciled by TO, RN at 0800', 'TO'],
    // Initials before a credential where a hand-off or a counselling names someone.
    ['Scanned ID matched.\nReport given to QX RN. — Tamsin Quell, RN', 'QX'],
    ['Counseled by AM, RPh. Interaction alert: cilostazol', 'AM'],
    ['Plan reviewed with ZV, NP at 1400', 'ZV'],
    ['Callback requested (2 Quill Dr, Brackmoor).\nQY/LPN', 'QY'],
  ])('finds %s', (text, value) => expectDetected(text, value, 'name'));

  it('finds an initials legend and the names it gives', () => {
    const eq = 'Initials: QT = Quill Tamsworth, RN, BSN   ZV = VARNE, ZOLA LPN\nPrinted';
    expectDetected(eq, 'QT', 'name');
    expectDetected(eq, 'ZV', 'name');
    expectDetected(eq, 'Quill Tamsworth', 'name');
    const list = 'Legend: QT Quill Tamsworth, RN; ZV Zola Varne, LPN';
    expectDetected(list, 'ZV', 'name');
    expectDetected(list, 'Zola Varne', 'name');
  });

  it('reads initials the legend gives in any position', () => {
    const text = '    05/02/2024 0810  Given  IS  Scanned: band\nInitials: IS = Ida Sorvall, RN';
    expectDetected(text, 'IS', 'name');
  });

  it('keeps units, routes, tests and credentials in the same positions', () => {
    expectKept('Labs ordered:\n- CBC\n- UA\n- BMP\n', '- CBC\n- UA\n- BMP');
    expectKept('Hepatitis B series - UTD\n', 'UTD');
    expectKept('Blood pressure stable - OK\n', 'OK');
    expectKept('Notifiable disease - IMD\nCase ID 4471', 'IMD');
    expectKept('Mass confirmed by CT and MRI', 'CT');
    expectKept('Dose administered by RN per protocol', 'RN');
    expectKept('Patient seen by GI today', 'GI');
    expectKept('    05/02/2024 0810  Given  IV  push\n', 'IV');
    expectKept('Legend: H = high, L = low', 'Legend: H = high, L = low');
    expectKept('Blood cultures drawn by ED.', 'ED');
    expectKept('Repeat lactate drawn by IV.', 'IV');
    expectKept('Troponin drawn by RN.\nNext', 'RN');
    expectKept('Specimen drawn by US guidance at the bedside', 'US');
    expectKept('Patient seen by RD today.', 'RD');
    expectKept('Code status - FC\n', 'FC');
    expectKept('History of ulcerative colitis - UC\n', 'UC');
    expectKept('Known to have atrial fibrillation - AF\nNext', 'AF');
    expectKept('Bloods sent this morning. CBC', 'CBC');
    expectKept('Rhythm today is regular. NSR', 'NSR');
    expectKept('Follows chronic kidney disease. CKD', 'CKD');
    expectKept('Allergies reviewed today. NKDA\n', 'NKDA');
    expectKept('Reconciled by NA PharmD', 'NA');
    expectKept('Home list reconciled by OR RN today.', 'OR');
    expectKept('Heparin given SQ by RN per protocol', 'SQ by RN');
    expectKept('Report given to ICU RN at 0700.', 'ICU RN');
    expectKept('Report given to CCU RN, pt stable.', 'CCU RN');
    expectKept('Transferred to SNF RN care', 'SNF RN');
    expectKept('Signed by PA, MD', 'PA, MD');
    expectKept('Vitals stable.\nED/RN aware', 'ED/RN');
  });
});
