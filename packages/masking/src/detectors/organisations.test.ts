import { describe, expect, it } from 'vitest';
import { expectDetected, expectKept } from '../test-helpers';
import { organisationSpans, servedEnd } from './organisations';

describe('organisation names', () => {
  it.each([
    [
      "Transferred to St. Jude Children's Research Hospital for chemo.",
      "St. Jude Children's Research Hospital",
    ],
    ['Previously under the care of Providence St. Joseph Health.', 'Providence St. Joseph Health'],
    ['Facility: Our Lady of Lourdes Medical Center', 'Our Lady of Lourdes Medical Center'],
    ['Insurance: Blue Cross Blue Shield PPO', 'Blue Cross Blue Shield'],
    ['Labs drawn at Quest Diagnostics', 'Quest Diagnostics'],
    ['Records requested from Kaiser Permanente.', 'Kaiser Permanente'],
    ['Follows with Mass General Brigham cardiology', 'Mass General Brigham'],
    ["Seen at Shriners Children's last year", "Shriners Children's"],
    ['Seen at Beth Israel Deaconess in May', 'Beth Israel Deaconess'],
    ['Hospital for Special Surgery follow-up', 'Hospital for Special Surgery'],
    ['Eye exam with Dr. Roe at Ophthalmic Consultants of Boston.', 'Ophthalmic Consultants of Boston'],
    ['HHA from VNA of Greater Lowell started last week.', 'VNA of Greater Lowell'],
    // Payers, law firms and polyclinics by the word they are called by.
    ['Payer: Quellbrook Workers Comp Solutions', 'Quellbrook Workers Comp Solutions'],
    ['Placed with Tarrow & Finch Receivables', 'Tarrow & Finch Receivables'],
    ['Discharged to Vessaby Skilled Nursing & Rehab', 'Vessaby Skilled Nursing & Rehab'],
    ['Requester: Orrinder Injury Law', 'Orrinder Injury Law'],
    ['Counsel: Quist Marrow PC', 'Quist Marrow PC'],
    ['Verified by Tarrowby Credentialing CVO', 'Tarrowby Credentialing CVO'],
    ['Coverage: Brackenmoor Medicare Advantage (PPO)', 'Brackenmoor Medicare Advantage'],
    ['Plan: Quillfield Mutual Health Plan', 'Quillfield Mutual Health Plan'],
    ['mutuelle Quarrievane Mutuelle.', 'Quarrievane Mutuelle'],
    ['Tanglewood Accident Attorneys PLLC\nAttorneys at Law\n', 'Tanglewood Accident Attorneys PLLC'],
    ['Referred from Brackenmoor Polyclinic today.', 'Brackenmoor Polyclinic'],
    ['CHU de Quarrieville, le 3 mars', 'CHU de Quarrieville'],
    // A head word of trade, a leading "Ambulance", a name compounded with "health", a Māori service.
    ['Employer: Brackenmoor Foods, employee ID pending', 'Brackenmoor Foods'],
    ['Routed to Quillfield Drug Mart', 'Quillfield Drug Mart'],
    ['Dialysis at Quarry Lane Dialysis on Mondays', 'Quarry Lane Dialysis'],
    ['Ambulance Tasmara - PATIENT CARE RECORD', 'Ambulance Tasmara'],
    ['NURSE: Carelinehealth, you are speaking with the nurse', 'Carelinehealth'],
    ['Call Healthpointe after hours', 'Healthpointe'],
    ['NEWBORN EXAMINATION - Te Rangiora Ora', 'Te Rangiora Ora'],
    // Boards, agencies and complexes; a specialty or "General" closing a name; a polyclinic first.
    ['Site: Pharmacy and Quarrying Board   PI: pending', 'Pharmacy and Quarrying Board'],
    [
      'Admitted to Brackenmoor University Teaching Hospitals Complex.',
      'Brackenmoor University Teaching Hospitals Complex',
    ],
    ['F/u Quarry Teche Cardiology in 2 weeks.', 'Quarry Teche Cardiology'],
    ['Treated at Quillfield Tarrow General ER, then home', 'Quillfield Tarrow General'],
    ['health professional - Polyclinic Tarrowmere, tel pending', 'Polyclinic Tarrowmere'],
    // A person an organisation is named after, initial and all.
    [
      'referral to Ysolde R. Tarrow Memorial Medical Center today',
      'Ysolde R. Tarrow Memorial Medical Center',
    ],
  ])('keeps %s', (text, org) => expectKept(text, org));

  it.each([
    ['Seen at Sutter Health by Dr. Amadi Okoro today', 'Amadi Okoro'],
    ['his husband, José Eduardo Reynoso Molina, can be reached', 'José Eduardo Reynoso Molina'],
    ['Referred by Dr. Wanjiru Kamau to Baptist Health', 'Wanjiru Kamau'],
    ['Seen by Dr Amadi Okoro Cardiology today', 'Amadi Okoro'],
    ['Opinion of the Surgeon General Maria Lopez', 'Maria Lopez'],
  ])('still finds the people beside them: %s', (text, name) => expectDetected(text, name, 'name'));

  it.each([
    ['NEWBORN EXAMINATION - Te Rangiora Ora Tamaki\nBaby: x', 'Te Rangiora Ora Tamaki'],
    ['Referral to Brackenmoor Health Quarry Orthopaedics - Urgent', 'Brackenmoor Health Quarry Orthopaedics'],
    ['Brackenmoor Hospital Limerick (outpatients)', 'Brackenmoor Hospital Limerick'],
    ['Seen at Quillfield Health Tarrowmere. Next visit', 'Quillfield Health Tarrowmere'],
  ])('reads the place or service after an organisation in %s as its own', (text, org) => {
    const start = text.indexOf(org);
    const [, end] = organisationSpans(text).find(([s]) => s === start) ?? [start, start];
    expect(text.slice(start, servedEnd(text, end))).toBe(org);
  });

  it.each([
    ['Seen at Harbor Clinic Maria Lopez\nnext', 'Harbor Clinic'],
    ['Brackenmoor Hospital Okafor, Ada', 'Brackenmoor Hospital'],
  ])('leaves the person after an organisation in %s', (text, org) => {
    const start = text.indexOf(org);
    expect(servedEnd(text, start + org.length)).toBe(start + org.length);
  });

  it.each([
    // "Ora" is a given name unless "Te" opens the name; the adjective "healthy" names nothing.
    'Seen by Maren Ora today',
    'Healthier choices discussed with Healthy Start staff',
  ])('finds no organisation in %s', (text) => {
    expect(organisationSpans(text)).toEqual([]);
  });
});

describe('organisations known by a name alone', () => {
  it.each([
    ['Family declined Sue Ryder referral.', 'Sue Ryder'],
    ['Second opinion at Johns Hopkins in May.', 'Johns Hopkins'],
    ['Welcome to Baylor Scott & White patient support!', 'Baylor Scott & White'],
    ['Hi Ana, this is Lincare reminding you of your appt', 'Lincare'],
    ['Soo-ah Quell, NP\nMeals on Wheels | direct line', 'Meals on Wheels'],
    ["Seen at Guy's and St Thomas' last year.", "Guy's and St Thomas'"],
    ['Transferred to Santa Casa de Belém.', 'Santa Casa de Belém'],
  ])('keeps %s', (text, keep) => expectKept(text, keep));
});

describe('organisation shapes of payers, groups and health boards', () => {
  it.each([
    ['Discharged from Brackenmoor Mutual Benefit today.', 'Brackenmoor Mutual Benefit'],
    ['Owner: Quillfield Orthopaedic Group', 'Quillfield Orthopaedic Group'],
    ['Specimen received at Tarrow Plains Regional', 'Tarrow Plains Regional'],
    ['Payer: Quarrie Heritage BCBS', 'Quarrie Heritage BCBS'],
    ['Plan: Tarrow Lantern Medicaid', 'Tarrow Lantern Medicaid'],
    ['Coverage: Quillfield Senior Advantage', 'Quillfield Senior Advantage'],
    ['Board: NHS Brackenmoor', 'NHS Brackenmoor'],
    ['Quillfield Health #17581  555-0100', 'Quillfield Health'],
    ['INS: Quillfield Healthcare  ID: QX7781234', 'Quillfield Healthcare'],
    ['Dispensada en Farmacia Ldo. Quintanar', 'Farmacia Ldo. Quintanar'],
    ["VALUES ('St. Aldwyn of Tarrow Hospital');", 'St. Aldwyn of Tarrow Hospital'],
    // Associations, community health centres, places of residential care and specialties.
    ['Dressing changes M/W/F by Visiting Nurse Association.', 'Visiting Nurse Association'],
    ['"practice": "Tri-Quarry FQHC",', 'Tri-Quarry FQHC'],
    ['Lives at Brackenmoor Skilled Nursing, 12 Mill Road', 'Brackenmoor Skilled Nursing'],
    ['Lives at Quillfield Senior Living since May', 'Quillfield Senior Living'],
    ['Hi Ana, this is Tarrow Pulmonary & Sleep reminding you', 'Tarrow Pulmonary'],
    ['Referred to Quarrie Kidney Care for dialysis', 'Quarrie Kidney Care'],
    ['Resides at Tarrow Ridge SNF, Heatherberg.', 'Tarrow Ridge SNF'],
    ['Outside study from Harlow Quarry Reference Lab dated', 'Harlow Quarry Reference Lab'],
    // Health systems and vaccine makers known by their names.
    ['"manufacturer": "Sanofi Pasteur",', 'Sanofi Pasteur'],
    ['Exported by staff from Memorial Hermann Sugar Land', 'Memorial Hermann Sugar Land'],
    // A town's two words before an organisation's are no person's given name and surname.
    [
      'Seen at Hong Kong Red Cross Blood Transfusion Service.',
      'Hong Kong Red Cross Blood Transfusion Service',
    ],
  ])('keeps %s', (text, org) => expectKept(text, org));

  it.each([
    ['Seen by Gertrude Kowalski at Brackenmoor Medical Center', 'Gertrude Kowalski'],
    ['Seen by Gertrude Kowalski of Brackenmoor Medical Center', 'Gertrude Kowalski'],
    ['Owner Gertrude Kowalski at Quillfield Orthopaedic Group', 'Gertrude Kowalski'],
  ])('still finds the person before the organisation: %s', (text, name) =>
    expectDetected(text, name, 'name'),
  );
});

describe('an organisation word as the label of a number', () => {
  it('reads "Hospital No." as a label, not the end of a name before it', () => {
    const text = 'Varga, Maria Hospital No. 52F70276';
    const maria = text.indexOf('Maria');
    expect(organisationSpans(text).filter(([s, e]) => s <= maria && maria < e)).toEqual([]);
  });

  it('still reads a name before a gap and a field label ("Healthcare  ID:")', () => {
    const text = 'INS: Quillfield Healthcare  ID: QX7781234';
    expect(organisationSpans(text).map(([s, e]) => text.slice(s, e))).toEqual(['Quillfield Healthcare']);
  });
});

describe('an organisation word opening a town after a street', () => {
  it.each(['home 28336 Juniper Way Council Bluffs IA 51588', 'home 2359 Oak Dr College Station, TX 77840'])(
    'reads no organisation in %s',
    (text) => expect(organisationSpans(text)).toEqual([]),
  );

  it('still reads an organisation after a street word that no town and state follow', () => {
    const text = 'Referred to Riverside Drive Clinic for follow-up';
    expect(organisationSpans(text).map(([s, e]) => text.slice(s, e))).toEqual(['Riverside Drive Clinic']);
  });
});

describe('a mutual insurer named after its kind in lower case', () => {
  it.each([
    ['N° sécurité sociale : 1 62 11 66 817 720 49; mutuelle Quillon Brackane.', 'Quillon Brackane'],
    ['assicurata con la mutua Quillon Salute da anni', 'Quillon Salute'],
  ])('reads the insurer in %s', (text, name) =>
    expect(organisationSpans(text).map(([s, e]) => text.slice(s, e))).toEqual([name]),
  );

  it('reads none after the word alone', () => {
    expect(organisationSpans('sa mutuelle rembourse 60 %')).toEqual([]);
  });
});

describe("companies, public bodies and a chain's store", () => {
  it.each([
    [
      'Works as a dispatcher for the U.S. Postal Service (supervisor Emmett Ostrowski)',
      'U.S. Postal Service',
    ],
    ['Retired from Harlow Grove School District in 2005.', 'Harlow Grove School District'],
    ['Machinist at General Dynamics for 30 years', 'General Dynamics'],
    [
      'follow-up at Riverbend Endocrine & Diabetes Center on 2/1/2024',
      'Riverbend Endocrine & Diabetes Center',
    ],
  ])('finds %s', (text, org) =>
    expect(organisationSpans(text).map(([s, e]) => text.slice(s, e))).toContain(org),
  );

  it.each([
    ['Summary: n = 2017 per Quillon Therapeutics, Inc. QA 14.5.3', 'Quillon Therapeutics, Inc.'],
    ['Pharmacy: Walgreens #10422, (423) 578-6187', 'Walgreens #10422'],
    ['Faxed note to Kettleby Apothecary #114 at 765-264-9832.', 'Kettleby Apothecary #114'],
  ])('keeps %s', (text, org) => expectKept(text, org));

  it('still masks the supervisor named after the employer', () =>
    expectDetected(
      'Works for the U.S. Postal Service (supervisor Emmett Ostrowski)',
      'Emmett Ostrowski',
      'name',
    ));
});

describe('programmes, collectives, lifelines and units of care', () => {
  it.each([
    'Submitted via Medicaid Waiver Program',
    'reimbursed per Bridgeway Crisis Stabilization Unit policy',
    'weekly box from Gateway Transit Paratransit; screen positive',
    'Northgate Midwifery Collective',
    '988 Suicide & Crisis Lifeline',
    'attends Narcotics Anonymous weekly',
  ])('keeps %s', (text) => expectKept(text));
});

describe('schools, banks, provident funds and Dutch and German clinics by their last word', () => {
  it.each([
    ['Her claim went to Ashcombe Provident on Monday.', 'Ashcombe Provident'],
    ['Enrolled at Greyfriars Academy since September.', 'Greyfriars Academy'],
    ['Collect the form at Marlow Sixth Form College reception.', 'Marlow Sixth Form College'],
    ['Salary paid by Tamsin Cooperative Bank each month.', 'Tamsin Cooperative Bank'],
    ['Mortgage with Eastleigh Building Society since 2019.', 'Eastleigh Building Society'],
    ['Savings held at Brookfield Credit Union.', 'Brookfield Credit Union'],
    ['Account at Larkspur Savings closed.', 'Larkspur Savings'],
    ['Verwezen naar Gelre Apeldoorn Poliklinieken voor controle.', 'Gelre Apeldoorn Poliklinieken'],
    ['Occupation: technician at Maasdal Instruments B.V.', 'Maasdal Instruments B.V.'],
    ['Employer: Sundar Weaving Pvt Ltd', 'Sundar Weaving Pvt Ltd'],
    ['Billing provider: Rosenau Klinikum Landshut  fax 555-0100', 'Rosenau Klinikum Landshut'],
  ])('keeps %s', (text, org) => expectKept(text, org));

  it('still masks the person named before the school', () =>
    expectDetected(
      'Letter for Margaret Ellison, Greyfriars Academy, about the trip.',
      'Margaret Ellison',
      'name',
    ));

  it('reads no organisation from the word alone', () => {
    expect(organisationSpans('the bank called; the academy is closed')).toEqual([]);
  });
});

describe('practices named by a listed specialty, a laboratory specialty, a pharmacy and a "Medi-" service', () => {
  it.each([
    ['OFFICE NOTE  Maplewood Ear, Nose and Throat\nSeen today.', 'Maplewood Ear, Nose and Throat'],
    ['Referred to Brookside Allergy, Asthma & Immunology.', 'Brookside Allergy, Asthma & Immunology'],
    ['Slides sent to Larchmont Valley Microbiology (accession QX12-0041).', 'Larchmont Valley Microbiology'],
    ['Refill went to Fernbrook Specialty Rx.', 'Fernbrook Specialty Rx'],
    ['Transport: Quarry Hill Medi-Van pickup at noon', 'Quarry Hill Medi-Van'],
  ])('keeps %s', (text, org) => expectKept(text, org));

  it('still masks the person named before the practice', () =>
    expectDetected('cc: R. Tallowmere, Maplewood Ear, Nose & Throat', 'R. Tallowmere', 'name'));

  it('reads no organisation from the parts of the body in lower case', () => {
    expect(organisationSpans('sore ear, nose and throat since Monday')).toEqual([]);
  });
});
