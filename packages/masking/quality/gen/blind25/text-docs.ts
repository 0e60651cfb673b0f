/**
 * Text documents of blind split 25: post-acute, home and behavioural care and social services
 * (skilled nursing notes and MDS-like assessments, home-health visit notes and aide schedules,
 * therapy progress notes, hospice IDT minutes, group and individual psychotherapy, substance use
 * programmes, crisis lines, case management and SDOH referrals, probation letters, adult
 * protective services and guardianship papers). SYNTHETIC DATA ONLY.
 */
import { ageSpan, type Cast, cast, pronoun, sexWord } from '../cast';
import type { Gen } from '../context';
import { addDays, formatDate, recentDate } from '../dates';
import { type Frag, join, jsonText, keep, type Piece, phi, type Span, t } from '../fragment';
import {
  accountValue,
  biometricValue,
  deaValue,
  device,
  driversLicenseValue,
  email,
  fax,
  healthPlan,
  ipValue,
  license,
  mbiValue,
  memberIdValue,
  mrn,
  mrnValue,
  npiValue,
  otherIdValue,
  phone,
  phoneValue,
  photoFile,
  plateValue,
  serialValue,
  ssn,
  stateLicenseValue,
  urlValue,
  vehicle,
  vinValue,
} from '../identifiers';
import { systemTimestamp, uuid, version, yearAlone } from '../keep-vocab';
import { anyName, clinicianName, nameIn, type Person, person } from '../people';
import { addressLine } from '../places';

type Template = (g: Gen) => Frag;

/* ---------------------------------------------------------------- vocabulary of the domain */

const DOSES = [
  'Suboxone film 8 mg/2 mg SL daily',
  'Suboxone film 12 mg/3 mg SL daily',
  'Zubsolv 5.7 mg/1.4 mg SL daily',
  'methadone oral concentrate 85 mg PO daily',
  'methadone oral concentrate 110 mg PO daily',
  'Sublocade 300 mg SC monthly',
  'Vivitrol (naltrexone ER) 380 mg IM q4wk',
  'acamprosate DR 666 mg PO TID',
  'Roxanol morphine concentrate 5 mg SL q2h PRN',
  'lorazepam Intensol 0.5 mg SL q4h PRN',
  'hyoscyamine ODT 0.125 mg SL q4h PRN',
  'Haldol Decanoate 100 mg IM q4wk',
  'Invega Sustenna 156 mg IM monthly',
  'mirtazapine ODT 7.5 mg PO qHS',
  'senna-docusate 8.6-50 mg 2 tabs PO qHS',
  'Lovenox prefilled syringe 40 mg SC daily',
  'thiamine (vit B1) 100 mg PO daily',
  'nicotine transdermal patch 21 mg/24 hr',
  'Narcan nasal spray 4 mg',
  'divalproex sprinkle caps 250 mg PO BID',
  'Santyl collagenase 250 units/g topical daily',
  'Thick-It purée thickener 1 scoop per 4 oz',
];
const EPONYMS = [
  'Tinetti POMA',
  'Katz index of independence in ADL',
  'Lawton-Brody IADL instrument',
  'Norton pressure-ulcer scale',
  'Zarit Burden Interview',
  'Allen Cognitive Level Screen',
  'Rancho Los Amigos level',
  'Hoehn and Yahr stage',
  'Kübler-Ross stages',
  'Podsiadlo TUG',
  'Prochaska stages of change',
  'Cornell Scale for Depression in Dementia',
  'Frazier free water protocol',
  'Mendelsohn maneuver',
  'Masako maneuver',
  'Shaker head-lift exercise',
  'Otago exercise programme',
  'Linehan DBT skills',
];
const DEVICES = [
  'Hoyer HPL402 patient lift',
  'Sara Stedy standing aid',
  'ROHO High Profile cushion',
  'Passy-Muir PMV 007 valve',
  'Drive Nitro Euro-style rollator',
  'Invacare Platinum 5L concentrator',
  'Broda tilt-in-space chair',
  'Prevalon heel protector boots',
  'Lifeline HomeSafe pendant',
  'SCRAM CAM ankle bracelet',
  'Soberlink Cellular breathalyzer',
  'MedMinder Maya pill dispenser',
  'VitalStim Plus unit',
  'KCI V.A.C. Ulta therapy unit',
  'Kangaroo Joey enteral pump',
];
const CODES = [
  'Z59.12',
  'Z59.811',
  'Z59.48',
  'Z65.3',
  'Z63.6',
  'Z91.A41',
  'F11.21',
  'F15.20',
  'F10.231',
  'R13.12',
  'G0157',
  'G0158',
  'G0153',
  'G0156',
  'T1021',
  'H0020',
  'H0005',
  'H0015',
  'Q5001',
  'S9127',
  '90853',
  'HIPPS 1FC21',
  'GG0170C',
  'M1800',
  'M1033',
  'C0500',
  'D0300',
];
const ORGS = [
  'Meadowbrook Rehabilitation & Nursing',
  'Harbor Lights Recovery Center',
  'Tri-County Area Agency on Aging',
  'Second Harvest Food Bank',
  'Catholic Charities',
  'Visiting Nurse Service of the Lakes',
  'Compass Hospice & Palliative Care',
  'Northside Community Mental Health Center',
  'Bridgeway Crisis Stabilization Unit',
  'Adult Protective Services',
  'Medicaid Waiver Program',
  'Gateway Transit Paratransit',
  'Legal Aid Society',
  'Sunrise Home Health Agency',
  'The Salvation Army',
  'Alcoholics Anonymous',
  'Narcotics Anonymous',
  '988 Suicide & Crisis Lifeline',
];
const SCORES: ((g: Gen) => string)[] = [
  (g) => `BIMS ${g.int(3, 15)}/15`,
  (g) => `PHQ-9 score ${g.int(0, 27)}`,
  (g) => `GAD-7 ${g.int(0, 21)}`,
  (g) => `PPS ${g.pick([30, 40, 50, 60])}%`,
  (g) => `FAST 7${g.pick(['a', 'b', 'c', 'd'])}`,
  (g) => `Braden ${g.int(9, 22)}`,
  (g) => `EtG ${g.int(100, 4000)} ng/mL`,
  (g) => `BAC 0.0${g.int(0, 9)}`,
  (g) => `SpO2 ${g.int(86, 99)}% on ${g.int(1, 4)}L NC`,
  (g) => `BP ${g.int(92, 176)}/${g.int(52, 98)}`,
  (g) => `weight ${g.int(88, 260)} lb`,
  (g) => `CIWA-Ar ${g.int(0, 24)}`,
  (g) => `COWS ${g.int(0, 30)}`,
  (g) => `TUG ${g.int(9, 38)} sec`,
  (g) => `MUAC ${g.int(19, 31)} cm`,
];
const STATS: ((g: Gen) => string)[] = [
  (g) => `census ${g.int(60, 118)}/120 beds`,
  (g) => `caseload of ${g.int(18, 60)} clients`,
  (g) => `${g.int(3, 40)} calls abandoned this shift`,
  (g) => `30-day rehospitalization ${g.int(8, 24)}.${g.int(0, 9)}%`,
  (g) => `average length of stay ${g.int(12, 90)} days`,
  (g) => `${g.int(40, 98)}% of visits verified by EVV`,
];

export const dose = (g: Gen): Span => keep('drug_dose', g.pick(DOSES));
/** Medications for opioid and alcohol use disorder (the first eight entries) and naloxone. */
export const moud = (g: Gen): Span =>
  keep('drug_dose', g.pick([...DOSES.slice(0, 8), 'Narcan nasal spray 4 mg']));
const PSY_EPONYMS = [
  'Prochaska stages of change',
  'Linehan DBT skills',
  'Kübler-Ross stages',
  'Zarit Burden Interview',
];
export const epoPsy = (g: Gen): Span => keep('eponym', g.pick(PSY_EPONYMS));
const MONITORS = ['SCRAM CAM ankle bracelet', 'Soberlink Cellular breathalyzer'];
export const monitor = (g: Gen): Span => keep('device_name', g.pick(MONITORS));
/** A drug screen or breath result. */
export const screen = (g: Gen): Span =>
  keep(
    'lab_value',
    g.pick([
      `EtG ${g.int(100, 4000)} ng/mL`,
      `BAC 0.0${g.int(0, 9)}`,
      `fentanyl ${g.int(1, 90)} ng/mL`,
      `norbuprenorphine ${g.int(5, 400)} ng/mL`,
      `creatinine ${g.int(8, 19)} mg/dL (dilute)`,
      `methadone ${g.int(100, 900)} ng/mL`,
    ]),
  );
export const epo = (g: Gen): Span => keep('eponym', g.pick(EPONYMS));
export const dev = (g: Gen): Span => keep('device_name', g.pick(DEVICES));
export const code = (g: Gen): Span => keep('clinical_code', g.pick(CODES));
export const org = (g: Gen): Span => keep('organization', g.pick(ORGS));
export const score = (g: Gen): Span => keep('lab_value', g.pick(SCORES)(g));
export const stat = (g: Gen): Span => keep('statistic', g.pick(STATS)(g));
export const under90 = (n: number): Span => keep('age_under_90', String(n));

/** A gate code, lockbox or key-safe code: a unique number tied to the home. */
export const gateCode = (g: Gen): Span =>
  phi(
    'other_id',
    g.pick([`#${g.digits(4)}`, `${g.digits(4)}*`, `${g.digits(5)}`, `${g.letters(1)}${g.digits(3)}`]),
  );

export const staffForms = ['full', 'initial_last', 'last_first', 'first', 'full_middle'] as const;
export const ptForms = [
  'full',
  'last_first',
  'upper_last_first',
  'title_last',
  'full_middle',
  'first',
] as const;

/** A staff member with credentials: "Tamsin Oyelaran, LCSW". */
export function staff(g: Gen, p: Person, creds: readonly string[]): Piece {
  return t`${anyName(g, p, staffForms)}, ${g.pick(creds)}`;
}

const ROOM = (g: Gen): string => `${g.int(100, 348)}${g.pick(['A', 'B', '-1', '-2', ''])}`;

/* ---------------------------------------------------------------- templates */

const snfNursingNote: Template = (g) => {
  const c = cast(g);
  const nurse = person(g);
  return t`${g.pick(['SKILLED NURSING NOTE', 'Nursing Progress Note - Skilled', 'LICENSED NURSE NOTE'])}
Facility: ${org(g)}   Unit: ${g.pick(['2 North', 'Rehab Hall', 'Memory Care', 'LTC East'])}  Rm ${ROOM(g)}
Resident: ${anyName(g, c.pt, ptForms)}   DOB ${formatDate(g, c.pt.dob)}   ${mrn(g)}
Admit to SNF ${formatDate(g, c.admit)} from acute for ${code(g)}; Medicare A day ${g.int(2, 60)} of 100.

${pronoun(c)} is a ${ageSpan(g, c)} y/o ${sexWord(c)}, ${score(g)}, alert to self. ${score(g)}. Tolerated ${dose(g)} w/o adverse effect.
Transfers w/ ${dev(g)} x2 assist; skin: ${epo(g)} score reviewed, stage 2 sacrum unchanged, ${dose(g)}.
Called ${c.relation} ${nameIn(g, c.relative, 'full')} @ ${phoneValue(g)} re care plan mtg ${formatDate(g, addDays(c.admit, 10))} - left VM.
Attending ${clinicianName(g, c.attending)} notified via fax ${phoneValue(g, 'fax')}.
${nameIn(g, nurse, g.pick(['full', 'initial_last']))}, ${g.pick(['LPN', 'RN', 'RN-BC'])}  ${g.int(1, 12)}:${g.int(10, 59)} ${g.pick(['AM', 'PM'])}`;
};

const mdsSummary: Template = (g) => {
  const c = cast(g);
  const coord = person(g);
  return t`MDS 3.0 ${g.pick(['5-Day PPS', 'Quarterly', 'Annual', 'Significant Change'])} — ARD ${formatDate(g, addDays(c.admit, 7))}
A0500  Legal name: ${nameIn(g, c.pt, g.pick(['last_first_middle', 'upper_last_first']))}
A0600A SSN: ${phi('ssn', `${g.int(100, 665)}-${g.digits(2)}-${g.digits(4)}`, 'ssn-dash')}
A0600B Medicare no.: ${mbiValue(g)}
A0700  Medicaid no.: ${memberIdValue(g)}
A0900  Birth date: ${formatDate(g, c.pt.dob, 'us')}
A1600  Entry date: ${formatDate(g, c.admit, 'us')}
A1800  Entered from: 03 Acute hospital (${org(g)})
C0500  ${score(g)}     D0300 ${score(g)}
GG0130 self-care admission performance 03; ${code(g)} ${g.int(1, 6)}
I0020  primary medical condition category 13, ICD ${code(g)}
N0415  high-risk drug classes: ${dose(g)}
O0110  ${dev(g)} in use
Z0400  signatures: ${nameIn(g, coord, 'full')}, RN, RAC-CT — ${formatDate(g, addDays(c.admit, 9))}
Submitted via ${org(g)} iQIES batch ${uuid(g)} software ${version(g)}`;
};

const oasisVisit: Template = (g) => {
  const c = cast(g);
  const clin = person(g);
  const dirs = g.pick([
    t`2nd driveway past the ${g.pick(['Dollar General', 'church', 'feed store'])}, blue trailer in back`,
    t`turn L at the water tower, house w/ green ramp. Dog in yard – call first`,
    t`apt bldg C, 3rd floor, elevator broken, use stairs by laundry`,
  ]);
  return t`OASIS-E ${g.pick(['Start of Care', 'Resumption of Care', 'Recert'])} visit — ${org(g)}
Pt: ${anyName(g, c.pt, ptForms)}  (${ageSpan(g, c)} yo)   M0066 DOB ${formatDate(g, c.pt.dob)}
M0069 ${c.pt.sex === 'female' ? 'F' : 'M'}   ${healthPlan(g)}
Home: ${addressLine(g, c.addr)}
Gate code ${gateCode(g)} / lockbox ${gateCode(g)}. Directions: ${dirs}.
Primary caregiver: ${c.relation} ${nameIn(g, c.relative, g.pick(['full', 'first']))} ${phone(g)}
Visit ${formatDate(g, recentDate(g))} time in ${g.int(8, 11)}:${g.int(10, 59)} out ${g.int(12, 15)}:${g.int(10, 59)}, ${code(g)}
M1033 risk: ${score(g)}; ${epo(g)} completed. Meds reconciled incl ${dose(g)} and ${dose(g)}.
Equipment: ${dev(g)}, ${device(g)}.
Wound photo uploaded ${photoFile(g, c.pt.last)}.
Clinician: ${nameIn(g, clin, 'full')}, ${g.pick(['RN', 'PT', 'OTR/L'])} — e-signed on tablet ${phi('device', `TAB-${g.digits(6)}`, 'serial')}`;
};

const aideSchedule: Template = (g) => {
  const aide = person(g);
  const rows = Array.from({ length: g.int(3, 5) }, () => {
    const c = cast(g);
    const day = g.pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']);
    return t`${day}\t${g.int(7, 15)}:${g.pick(['00', '30'])}\t${nameIn(g, c.pt, g.pick(['last_first', 'full']))}\t${c.addr.street}\t${c.addr.city}\t${c.addr.zip}\t${phoneValue(g)}\tgate ${gateCode(g)}\t${code(g)}\t${g.pick(['bath/shampoo', 'meal prep, med reminder', 'transfer w/ lift', 'respite 4h'])}`;
  });
  return t`${org(g)} — HHA weekly schedule wk of ${formatDate(g, recentDate(g))}
Aide: ${nameIn(g, aide, 'full')}  ${phone(g)}  EVV ID ${phi('other_id', `EVV${g.digits(7)}`, 'employee')}
Day\tTime\tClient\tAddress\tCity\tZIP\tPhone\tAccess\tSvc\tTasks
${join(rows, '\n')}
Supervisor: ${nameIn(g, person(g), 'full')} RN  ${email(g, aide.first, aide.last)}
Note: ${stat(g)}; mileage reimbursed per ${org(g)} policy ${yearAlone(g)}.`;
};

const ptProgress: Template = (g) => {
  const c = cast(g);
  const pt = person(g);
  const disc = g.pick(['PT', 'OT']);
  return t`${disc} PROGRESS REPORT (10th visit) — ${g.pick(['home health', 'SNF Part A', 'outpt Part B'])}
Pt name: ${anyName(g, c.pt, ptForms)}  ${mrn(g)}  Age ${ageSpan(g, c)}
Dx: ${code(g)}; tx codes ${code(g)}, ${code(g)}
Reporting period ${formatDate(g, c.admit)} – ${formatDate(g, c.discharge)}
Objective: ${score(g)} (was ${score(g)}); ${epo(g)} ${g.int(10, 28)}/28; ${epo(g)}.
Gait ${g.int(20, 300)} ft w/ ${dev(g)}, CGA; stairs ${g.int(0, 14)} steps w/ rail.
Goals: amb household distances mod I by ${formatDate(g, addDays(c.discharge, 21))}.
Plan: cont ${g.int(2, 5)}x/wk x ${g.int(2, 6)} wks. ${pronoun(c)} lives w/ ${c.relation} ${nameIn(g, c.relative, 'first')} at ${c.addr.street}, ${c.addr.city}.
Therapist: ${staff(g, pt, ['PT, DPT', 'OTR/L', 'PTA', 'COTA/L'])}  ${t`NPI ${npiValue(g)}`}
Certifying MD ${clinicianName(g, c.attending)} ${fax(g)}`;
};

const slpNote: Template = (g) => {
  const c = cast(g);
  const slp = person(g);
  return t`Speech-Language Pathology daily note
Patient: ${nameIn(g, c.pt, g.pick(['last_first', 'full']))}, ${ageSpan(g, c)}, Rm ${ROOM(g)} @ ${org(g)}
DOS ${formatDate(g, recentDate(g))}  Dx ${code(g)} oropharyngeal dysphagia
S: ${c.relation} (${nameIn(g, c.relative, 'first')}) reports coughing w/ thin liquids at supper.
O: Trials of IDDSI level 2 w/ ${dose(g)}; ${epo(g)} x10, ${epo(g)} x5 with min cues. ${dev(g)} 20 min, amplitude ${g.int(4, 18)} mA. ${score(g)}.
A: Improved laryngeal elevation; ${g.pick(['MBSS', 'FEES'])} scheduled ${formatDate(g, addDays(c.admit, g.int(3, 20)))} at ${org(g)}.
P: cont ST 5x/wk. — ${nameIn(g, slp, g.pick(['full', 'initial_last']))}, M.S., CCC-SLP  lic ${stateLicenseValue(g)}`;
};

const hospiceIdt: Template = (g) => {
  const members = Array.from({ length: 4 }, () => person(g));
  const pts = Array.from({ length: g.int(2, 3) }, () => cast(g));
  const block = (c: Cast): Frag =>
    t`* ${nameIn(g, c.pt, g.pick(['upper_last_first', 'last_first', 'full']))} (${ageSpan(g, c)}), benefit period ${g.int(1, 4)}, day ${g.int(3, 180)}. Dx ${code(g)}. ${score(g)}, ${score(g)}.
  Sx: ${dose(g)} effective; add ${dose(g)}. ${dev(g)} delivered.
  SW: ${c.relation} ${nameIn(g, c.relative, 'full')} is HCPOA, ph ${phoneValue(g)}; anticipatory grief, ${epoPsy(g)}.
  Chaplain: pt requests visit from own pastor at ${org(g)}. Recert due ${formatDate(g, addDays(c.admit, 90))}.`;
  return t`${org(g)} — Interdisciplinary Group Meeting ${formatDate(g, recentDate(g))}
Present: ${join(
    members.map((m) => nameIn(g, m, 'full')),
    ', ',
  )}; Medical Director ${clinicianName(g, person(g))}
${stat(g)}
${join(pts.map(block), '\n')}
Deaths since last IDT: ${nameIn(g, cast(g).pt, 'full')} on ${formatDate(g, recentDate(g))}; bereavement assigned to ${nameIn(g, members[0] as Person, 'first')}.`;
};

const groupTherapy: Template = (g) => {
  const lead = person(g);
  const members = Array.from({ length: g.int(4, 6) }, () => person(g));
  return t`GROUP PSYCHOTHERAPY NOTE (${code(g)}) — ${g.pick(['Relapse Prevention', 'Seeking Safety', 'DBT Skills', 'Grief & Loss'])}
${org(g)}  ${formatDate(g, recentDate(g))}  ${g.int(5, 7)}:00-${g.int(8, 9)}:30 PM   Room B
Facilitator: ${staff(g, lead, ['LCSW', 'LPC', 'CADC-II', 'LMFT'])}
Attendance (${members.length}): ${join(
    members.map((m) => nameIn(g, m, 'initials')),
    ', ',
  )}
Topic: ${epoPsy(g)}; ${epoPsy(g)}.
${nameIn(g, members[0] as Person, 'first')} shared ${g.int(45, 300)} days clean; sponsor ${nameIn(g, person(g), 'first')} attended the ${org(g)} meeting with her.
${nameIn(g, members[1] as Person, g.pick(['first', 'initials']))} disclosed a lapse on ${formatDate(g, recentDate(g), 'month_ordinal')} at ${g.pick(['his cousin', 'a friend'])}'s place on ${phi('street_address', `${g.us.location.streetAddress()}`)}; ${score(g)} today.
Members reminded of confidentiality (42 CFR Part 2).`;
};

const psychotherapyDap: Template = (g) => {
  const c = cast(g);
  const th = person(g);
  return t`Individual Psychotherapy — DAP note  ${code(g)} ${g.pick(['53 min', '45 min', '38 min'])}
Client ${nameIn(g, c.pt, g.pick(['full', 'last_first']))}  DOB ${formatDate(g, c.pt.dob)}  chart ${mrnValue(g)}
D: Client (${ageSpan(g, c)}) reports ${score(g)} and ${score(g)}. Conflict with ${c.relation} ${nameIn(g, c.relative, 'first')} after eviction notice from ${c.addr.street}. Taking ${moud(g)}.
A: Safety plan reviewed, no SI/HI. ${epoPsy(g)} — contemplation.
P: next session ${formatDate(g, addDays(recentDate(g), 7))}; telehealth link ${urlValue(g, c.pt.last)}; crisis plan incl. ${org(g)}.
${staff(g, th, ['PsyD', 'LPC', 'LICSW', 'PhD'])}  ${license(g, th.last)}`;
};

const sudIntake: Template = (g) => {
  const c = cast(g);
  const counselor = person(g);
  const sponsor = person(g);
  return t`${org(g)} — OTP INTAKE / BIOPSYCHOSOCIAL
Name: ${nameIn(g, c.pt, 'upper_last_first')}   AKA "${nameIn(g, c.pt, 'first')}"   ${ssn(g, true)}
DOB ${formatDate(g, c.pt.dob)}  Age ${ageSpan(g, c)}   Address: ${addressLine(g, c.addr)}
${healthPlan(g)}   DL ${driversLicenseValue(g)}
Primary dx ${code(g)}, secondary ${code(g)}. First use age ${under90(g.int(11, 30))}, IV use since ${yearAlone(g)}.
Induction ${formatDate(g, c.admit)}: ${moud(g)}; titrate to ${moud(g)}. Take-home: none (phase 1).
Intake UDS: ${screen(g)}; fentanyl +, ${g.pick(['xylazine +', 'benzo -', 'THC +'])}.
Primary counselor: ${staff(g, counselor, ['CADC', 'LADC', 'CASAC', 'MAC'])}
NA sponsor: ${nameIn(g, sponsor, g.pick(['full', 'first']))} ${phone(g)}
Emergency contact ${c.relation} ${nameIn(g, c.relative, 'full')} ${phone(g)}
Consent 42 CFR Part 2 signed; ID photo ${photoFile(g, c.pt.last)}; palm-vein enrolment ${biometricValue(g)} for dosing window.
Prescriber ${clinicianName(g, c.attending)} DEA ${deaValue(g, c.attending.last)}`;
};

const udsLog: Template = (g) => {
  const rows = Array.from({ length: g.int(3, 6) }, () => {
    const p = person(g);
    return t`${formatDate(g, recentDate(g), 'us')},${phi('other_id', `SPC-${g.digits(7)}`, 'specimen')},${nameIn(g, p, 'last_first')},${mrnValue(g)},${g.pick(['observed', 'unobserved', 'random call-in'])},${screen(g)},${g.pick(['NEG', 'POS FEN', 'POS BUP', 'POS AMP', 'dilute'])}`;
  });
  return t`collected,specimen_id,client,client_id,collection,result_value,interpretation
${join(rows, '\n')}
# lab: ${org(g)} CLIA ${keep('clinical_code', `${g.digits(2)}D${g.digits(7)}`, 'clia')}  export ${systemTimestamp(g)}`;
};

const crisisLog: Template = (g) => {
  const c = cast(g);
  const cnslr = person(g);
  return t`CRISIS LINE CALL LOG  call# ${phi('other_id', `CL-${g.digits(8)}`, 'call')}  ${systemTimestamp(g)}
Counselor: ${nameIn(g, cnslr, g.pick(['first', 'full']))} (ext ${g.int(200, 299)})
Caller: ${g.pick(['self', 'third party'])} — ${nameIn(g, c.pt, g.pick(['first', 'full']))}, ${ageSpan(g, c)}; callback ${phoneValue(g)}
Chat origin IP ${ipValue(g)} routed by ${org(g)} (${version(g)}).
Narr: caller states she is at ${c.addr.street}, ${c.addr.city}, took "a handful" of ${dose(g)}. Lethality high. ${score(g)}.
Warm transfer to ${org(g)}; mobile crisis dispatched ${g.int(1, 12)}:${g.int(10, 59)}. Co-responder ${nameIn(g, person(g), 'title_last')} arrived in unit ${plateValue(g)}.
Follow-up call ${formatDate(g, addDays(recentDate(g), 1))}. ${stat(g)}.`;
};

const sdohEmail: Template = (g) => {
  const c = cast(g);
  const cm = person(g);
  return t`From: ${nameIn(g, cm, 'full')} <${email(g, cm.first, cm.last)}>
To: intake@pantry.example.org
Subject: referral – ${nameIn(g, c.pt, g.pick(['full', 'initial_last']))} – food + transport

Hi team,
Referring ${nameIn(g, c.pt, 'first')} (${ageSpan(g, c)}) for weekly box from ${org(g)}; screen positive ${code(g)} and ${code(g)}.
Lives at ${addressLine(g, c.addr)}, no car since the tow (plate ${plateValue(g)}). Pick-up for ride vouchers is the side door, ${g.pick(['buzzer', 'call box'])} code ${gateCode(g)}.
Medicaid ${memberIdValue(g)}. Best # ${phoneValue(g)} (text ok), or ${c.relation} ${nameIn(g, c.relative, 'full')} ${phoneValue(g)}.
Appts: dialysis MWF, wound clinic ${formatDate(g, recentDate(g))}.
Thx — ${nameIn(g, cm, 'first')}
${org(g)} | Community Care Coordinator | ${fax(g)}`;
};

const probationLetter: Template = (g) => {
  const c = cast(g);
  const po = person(g);
  const counselor = person(g);
  return t`${formatDate(g, recentDate(g), 'month_day_year')}

${nameIn(g, po, 'full')}, Probation Officer
Adult Probation & Parole, ${phi('geo', g.us.location.county(), 'county')}
${addressLine(g, { ...c.addr, street: phi('street_address', g.us.location.streetAddress()), city: phi('geo', g.us.location.city(), 'city') })}
Fax ${phoneValue(g, 'fax')}

RE: ${nameIn(g, c.pt, g.pick(['full', 'full_middle']))}   DOB ${formatDate(g, c.pt.dob)}   Docket ${otherIdValue(g)}

Dear ${g.pick(['Officer', 'PO'])} ${phi('name', po.last, 'last')}:
This confirms the above client enrolled in court-ordered IOP at ${org(g)} on ${formatDate(g, c.admit)} per the order of Judge ${nameIn(g, person(g), 'full')}.
Attendance: ${g.int(8, 36)} of ${g.int(36, 40)} sessions. Drug screens ${formatDate(g, addDays(c.admit, 14), 'us')} and ${formatDate(g, addDays(c.admit, 28), 'us')}: ${screen(g)}. Monitoring via ${monitor(g)} serial ${serialValue(g)}.
Client's vehicle (VIN ${vinValue(g)}) remains under interlock; DL ${driversLicenseValue(g)} suspended.
Release signed per 42 CFR 2.35, expires ${formatDate(g, addDays(c.admit, 365))}.

${nameIn(g, counselor, 'full')}, ${g.pick(['LADC', 'CADC-II', 'LCDC'])}
${phone(g)}`;
};

const apsReport: Template = (g) => {
  const c = cast(g);
  const worker = person(g);
  const alleged = person(g);
  return t`ADULT PROTECTIVE SERVICES — Intake Report  ${otherIdValue(g)}
Received ${formatDate(g, recentDate(g))} via hotline; reporter: home health ${g.pick(['RN', 'aide', 'PT'])} (mandated), ${phone(g)}
Vulnerable adult: ${nameIn(g, c.pt, g.pick(['upper_last_first', 'full']))}, age ${ageSpan(g, c)}, ${ssn(g)}
Residence: ${addressLine(g, c.addr)} (${c.addr.county})
Alleged perpetrator: ${c.relation} ${nameIn(g, alleged, 'full')}, DOB ${formatDate(g, alleged.dob)}, drives ${vehicle(g)}
Allegations: financial exploitation (SSA check cashed, acct ${accountValue(g)}), caregiver neglect — ${score(g)}, untreated wounds (photos ${photoFile(g, c.pt.last)}).
Bank contact: ${email(g, alleged.first, alleged.last)}. Priority 2 — face-to-face within 24h.
Assigned: ${staff(g, worker, ['APS Investigator', 'Social Worker III', 'MSW'])}; supervisor ${nameIn(g, person(g), 'initial_last')}.`;
};

const guardianship: Template = (g) => {
  const c = cast(g);
  const guardian = person(g);
  return t`IN THE PROBATE COURT OF ${phi('geo', c.addr.county.value.toUpperCase(), 'county')}
In re the Guardianship of ${nameIn(g, c.pt, 'full_middle')}, an Incapacitated Adult    Case No. ${otherIdValue(g)}

LETTERS OF GUARDIANSHIP (Person and Estate)
${nameIn(g, guardian, 'full')}, residing at ${addressLine(g, c.addr)}, is appointed plenary guardian of the ward, born ${formatDate(g, c.pt.dob, 'month_day_year')}, upon the petition of ${org(g)} filed ${formatDate(g, c.admit)}.
Capacity evaluation by ${clinicianName(g, c.attending)} (${score(g)}; ${epo(g)}) found the ward unable to manage finances.
Durable POA dated ${formatDate(g, addDays(c.admit, -400))} naming ${nameIn(g, c.relative, 'full')} is revoked.
Bond $${g.int(5, 90)},000; first inventory due ${formatDate(g, addDays(c.admit, 60))}. Guardian contact ${phone(g)}, ${email(g, guardian.first, guardian.last)}.
Medicare ${mbiValue(g)}; pension acct ${accountValue(g)}.
So ordered ${formatDate(g, addDays(c.admit, 30))}.  Judge ${nameIn(g, person(g), 'full')}`;
};

const exportJsonBlock: Template = (g) => {
  const c = cast(g);
  const nurse = person(g);
  return jsonText(
    {
      agency: org(g),
      exported_at: systemTimestamp(g),
      schema: version(g),
      episode: {
        id: uuid(g),
        patient: {
          name: phi('name', `${c.pt.last}, ${c.pt.first}`, 'last_first'),
          dob: formatDate(g, c.pt.dob, 'iso'),
          mbi: mbiValue(g),
        },
        address: c.addr.street,
        city: c.addr.city,
        zip: c.addr.zip,
        access_note: t`key in lockbox ${gateCode(g)}, ${g.pick(['dog friendly', 'ring twice', 'enter from alley'])}`,
        soc_date: formatDate(g, c.admit, 'iso'),
        hipps: code(g),
        clinician: t`${nameIn(g, nurse, 'full')} RN`,
        tablet_ip: ipValue(g),
        meds: [dose(g), dose(g)],
      },
    },
    2,
  ) as Frag;
};

const rideVoucher: Template = (g) => {
  const c = cast(g);
  const driver = person(g);
  return t`NEMT TRIP VOUCHER ${phi('other_id', `TRP${g.digits(8)}`, 'trip')}   broker: ${org(g)}
Member: ${nameIn(g, c.pt, 'upper_last_first')}   ${healthPlan(g)}   ph ${phoneValue(g)}
PICK-UP: ${addressLine(g, c.addr)} — ${g.pick(['wheelchair, needs ramp', 'ambulatory w/ walker', 'stretcher'])}; ${dev(g)}
Drop-off: ${org(g)}, appt ${formatDate(g, recentDate(g))} ${g.int(7, 14)}:${g.pick(['00', '15', '45'])}
Return: will-call. Escort: ${c.relation} ${nameIn(g, c.relative, 'first')}.
Driver ${nameIn(g, driver, g.pick(['full', 'first']))}, veh ${plateValue(g)} / ${vinValue(g)}, DL ${driversLicenseValue(g)}
Signature captured on ${phi('device', `MDT-${g.digits(7)}`, 'serial')}; geo-photo ${photoFile(g, c.pt.last)}.`;
};

const hospiceOnCall: Template = (g) => {
  const c = cast(g);
  const rn = person(g);
  return t`on-call log ${formatDate(g, recentDate(g))} 0215 — ${nameIn(g, rn, 'first')} RN (${org(g)})
rec'd call from ${c.relation} ${nameIn(g, c.relative, 'first')} ${phoneValue(g)} re ${nameIn(g, c.pt, 'full')} ${ageSpan(g, c)}yo — "breathing funny, gurgling". 
instructed ${dose(g)} + ${dose(g)}, reposition. ${score(g)}.
made visit to ${c.addr.street} (${c.addr.city}), ${g.pick(['garage code', 'gate', 'side door code'])} ${gateCode(g)}. pt expired ${g.int(3, 5)}:${g.int(10, 59)}, pronounced by RN per ${org(g)} protocol. ${epo(g)} — family tearful but coping.
notified MD ${clinicianName(g, c.attending)}, funeral home ${phoneValue(g)}, DME pickup ${dev(g)} ${serialValue(g)}.`;
};

const caseNoteCsvOutcome: Template = (g) => {
  const rows = Array.from({ length: g.int(3, 5) }, () => {
    const c = cast(g);
    return t`${nameIn(g, c.pt, 'full')}|${formatDate(g, c.pt.dob, 'us')}|${c.addr.street}|${c.addr.city}|${c.addr.zip}|${code(g)}|${org(g)}|${g.pick(['housed', 'waitlist', 'declined', 'lost contact'])}|${formatDate(g, recentDate(g), 'iso')}`;
  });
  const cm = person(g);
  return t`Housing navigation — coordinated entry status (pipe-delimited)
client|dob|last_known_address|city|zip|need|referred_to|status|updated
${join(rows, '\n')}
-- run by ${nameIn(g, cm, 'initial_last')} from ${ipValue(g)}; ${stat(g)}; VI-SPDAT ${version(g)}`;
};

export const BLIND25_TEXT_DOCS: Record<string, Template> = {
  b25_snf_nursing_note: snfNursingNote,
  b25_mds_summary: mdsSummary,
  b25_oasis_visit: oasisVisit,
  b25_aide_schedule_tsv: aideSchedule,
  b25_therapy_progress: ptProgress,
  b25_slp_daily: slpNote,
  b25_hospice_idt: hospiceIdt,
  b25_group_therapy: groupTherapy,
  b25_psychotherapy_dap: psychotherapyDap,
  b25_sud_intake: sudIntake,
  b25_uds_log_csv: udsLog,
  b25_crisis_log: crisisLog,
  b25_sdoh_email: sdohEmail,
  b25_probation_letter: probationLetter,
  b25_aps_report: apsReport,
  b25_guardianship_letters: guardianship,
  b25_hh_export_json_text: exportJsonBlock,
  b25_nemt_voucher: rideVoucher,
  b25_hospice_on_call: hospiceOnCall,
  b25_housing_pipe: caseNoteCsvOutcome,
};
