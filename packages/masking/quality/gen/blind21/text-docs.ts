/**
 * Text documents of blind split 21: longitudinal US hospital and clinic records as a clinical
 * de-identification benchmark would hold them. SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { type Frag, join, keep, type Piece, phi, t } from '../fragment';
import {
  biometricValue,
  deaValue,
  driversLicenseValue,
  email,
  mbiValue,
  memberIdValue,
  npiValue,
  photoFile,
  plateValue,
  serialValue,
  ssn,
  udiValue,
  urlValue,
  vinValue,
} from '../identifiers';
import { type Case, newCase } from './case';
import {
  accession,
  addDays,
  addressBlock,
  agePhrase,
  ageVal,
  careDate,
  clinic,
  code,
  dept,
  deviceName,
  dob,
  drName,
  drugOnly,
  dt,
  echo,
  employer,
  eponym,
  finVal,
  footer,
  hospital,
  lab,
  labNamed,
  med,
  monthOnly,
  mrnVal,
  nm,
  pager,
  payer,
  place,
  ptAgain,
  ptName,
  room,
  staffName,
  stat,
  tel,
  userId,
  vitals,
  type Who,
  who,
  year,
} from './kit';

type Template = (g: Gen) => Frag;

const he = (p: Who): string => (p.female ? 'she' : 'he');
const He = (p: Who): string => (p.female ? 'She' : 'He');
const his = (p: Who): string => (p.female ? 'her' : 'his');

function lines(items: readonly Piece[]): Frag {
  return join(items, '\n');
}

function several(g: Gen, make: () => Piece, min: number, max: number): Piece[] {
  return Array.from({ length: g.int(min, max) }, make);
}

/** A hospital-course paragraph for one dated day. */
function courseDay(g: Gen, c: Case, d: Date): Frag {
  return g.pick([
    () => t`On ${dt(g, d, 'md')}, ${he(c.pt)} was started on ${med(g)}; ${lab(g)} the next morning.`,
    () =>
      t`${dt(g, d, g.pick(['md', 'mdy_short', 'mon_day']))}: Dr. ${nm(c.consultant.last, 'dr_last')} (${dept(g)}) consulted; ${eponym(g)} noted.`,
    () => t`Hospital day ${g.int(2, 9)} (${dt(g, d, 'mdy_2')}) ${vitals(g)}, ${lab(g)}, ${drugOnly(g)} held.`,
    () =>
      t`On ${dt(g, d, 'mon_dot_ordinal')} ${he(c.pt)} underwent TEE (CPT ${code(g, 'CPT')}) without complication.`,
  ])();
}

const dischargeSummary: Template = (g) => {
  const c = newCase(g);
  const days = several(g, () => courseDay(g, c, addDays(c.admit, g.int(1, 6))), 2, 4);
  const fu = addDays(c.discharge, g.int(5, 21));
  return t`${hospital(g)}
DISCHARGE SUMMARY

PATIENT: ${ptName(g, c.pt)}    MR#: ${mrnVal(g)}    ACCT: ${finVal(g)}
ADMISSION DATE: ${dt(g, c.admit, 'mdy')}    DISCHARGE DATE: ${dt(g, c.discharge, 'mdy')}
ATTENDING: ${drName(g, c.attending)}
Room: ${room(g)}

HISTORY OF PRESENT ILLNESS: The patient is a ${agePhrase(g, c.pt)} with ${code(g, 'ICD-10')} who presented to the ${dept(g)} on ${dt(g, c.admit, 'md')} with dyspnea. ${He(c.pt)} was last seen by ${his(c.pt)} PCP, ${drName(g, c.pcp)}, in ${monthOnly(addDays(c.admit, -g.int(30, 120)))}.

HOSPITAL COURSE:
${lines(days)}
Discharged home with ${his(c.pt)} ${c.relation}, ${nm(c.relative.first, 'first')}, on ${dt(g, c.discharge, 'month_day_year')}.

DISCHARGE MEDICATIONS:
${lines(several(g, () => t`- ${med(g)}`, 3, 6))}

FOLLOW-UP: ${drName(g, c.consultant)} at ${clinic(g)} on ${dt(g, fu, g.pick(['mdy_short', 'mon_day', 'month_day_year']))}; call ${tel(g)} with questions.

${footer(g, c.attending, c.typist, c.discharge)}`;
};

const admissionHP: Template = (g) => {
  const c = newCase(g);
  const mom = who(g, 90, 104);
  const dad = who(g, 55, 89);
  return t`ADMISSION H&P — ${dept(g)}
Name: ${ptName(g, c.pt)}  DOB: ${dob(g, c.pt)}  MRN ${mrnVal(g)}  Adm: ${dt(g, c.admit, g.pick(['mdy', 'mdy_2', 'iso']))}

CC: chest pressure x 2 days

HPI: ${nm(c.pt.first, 'first')} is a ${agePhrase(g, c.pt)} with h/o ${eponym(g)} and CAD s/p PCI in ${year(g, 2001, 2022)} who reports exertional chest pressure since last Tuesday. Seen at ${hospital(g)} on ${dt(g, addDays(c.admit, -g.int(10, 60)), g.pick(['md', 'mdy_short']))} with ${lab(g)}. ${He(c.pt)} ran out of ${drugOnly(g)} "2 weeks after ${his(c.pt)} last admission on ${dt(g, addDays(c.admit, -g.int(20, 90)), 'mdy_short')}".

PMH: HTN (dx ${year(g)}), ${code(g, 'ICD-10')} DM2, CKD 3b
FAMILY HX: Mother ${nm(`${mom.first} ${c.pt.last}`, 'full')} alive at ${ageVal(mom.age)} in a nursing home in ${place(g).town}; father died at ${ageVal(dad.age)} of MI.
SOCIAL HX: Lives at ${addressBlock(g, c.home)} with ${his(c.pt)} ${c.relation} ${nm(`${c.relative.first} ${c.relative.last}`, 'full')} (cell ${tel(g)}). Retired from ${employer(g)} in ${year(g, 1995, 2020)}. Grew up in ${place(g).town}. Quit tobacco ${year(g, 1980, 2015)}.

EXAM: ${vitals(g)}, ${vitals(g)}. JVP 9 cm, ${eponym(g)} absent.
LABS: ${lab(g)}, ${lab(g)}, ${lab(g)}

A/P: NSTEMI r/o — ${med(g)}, ${med(g)}; cards (${drName(g, c.consultant)}, ${pager(g)}) aware.

${drName(g, c.resident)} PGY-2 / staffed with ${drName(g, c.attending)}`;
};

const progressNote: Template = (g) => {
  const c = newCase(g);
  const today = addDays(c.admit, g.int(1, 5));
  return t`${g.pick(['Progress Note', 'PROGRESS NOTE - MEDICINE', 'Daily Progress Note'])}  ${dt(g, today, g.pick(['mdy', 'mdy_2', 'md']))} ${g.int(6, 9)}:${g.int(10, 59)}
${ptName(g, c.pt)}  (${ageVal(c.pt.age)}${c.pt.female ? 'F' : 'M'})  ${room(g)}  HD#${g.int(2, 9)}

S: Overnight ${he(c.pt)} had ${g.int(1, 4)} episodes of ${eponym(g)}. ${c.relation.charAt(0).toUpperCase()}${c.relation.slice(1)} ${nm(c.relative.first, 'first')} at bedside, asks about d/c by ${g.pick(['Friday', 'the weekend', 'Monday'])}.
O: ${vitals(g)} ${vitals(g)} ${vitals(g)}
   ${lab(g)} (${lab(g)} on ${dt(g, c.admit, 'md')})
   I/O -${g.int(200, 2400)} mL
A/P: ${code(g, 'ICD-10')} — continue ${med(g)}; recheck ${lab(g)} AM. Tele: ${deviceName(g, 'cardiac')} interrogated.
Dispo: SNF vs home, CM ${staffName(g, c.nurse)} following.

${nm(`${c.resident.first} ${c.resident.last}`, 'full')}, MD ${pager(g)}`;
};

const clinicLetter: Template = (g) => {
  const c = newCase(g);
  const office = place(g);
  const visit = careDate(g);
  return t`${clinic(g)}
${addressBlock(g, office)}
Tel ${tel(g)}  |  Fax ${tel(g, 'fax')}

${dt(g, visit, g.pick(['month_day_year', 'mdy']))}

${drName(g, c.pcp)}
${clinic(g)}

RE: ${ptName(g, c.pt)}   DOB ${dob(g, c.pt)}

Dear Dr. ${nm(c.pcp.last, 'dr_last')},

I had the pleasure of seeing your patient, ${ptAgain(g, c.pt)}, in ${g.pick(['cardiology', 'nephrology', 'endocrine'])} follow-up today. As you know, ${he(c.pt)} is a ${agePhrase(g, c.pt)} whom I first met in ${monthOnly(addDays(visit, -g.int(200, 600)))} of ${year(g, 2019, 2024)} for ${eponym(g)}. Since ${his(c.pt)} last visit on ${dt(g, addDays(visit, -g.int(60, 180)), g.pick(['md', 'mdy_short', 'mon_day']))}, ${he(c.pt)} has been stable. Current ${lab(g)}, ${lab(g)}; ${stat(g)}.

I have increased ${med(g)} and stopped ${drugOnly(g)}. ${He(c.pt)} will return in 3 months; ${his(c.pt)} ${c.relation} ${nm(`${c.relative.first} ${c.relative.last}`, 'full')} can be reached at ${tel(g)} or ${email(g, c.relative.first, c.relative.last)}.

Thank you for allowing me to participate in ${his(c.pt)} care.

Sincerely,

${nm(`${c.consultant.first} ${c.consultant.middle[0]}. ${c.consultant.last}`, 'full_middle')}, MD
${dept(g)}
cc: ${ptName(g, c.pt)}, ${addressBlock(g, c.home)}`;
};

const cardiologyDeviceClinic: Template = (g) => {
  const c = newCase(g);
  const visit = careDate(g);
  const implant = addDays(visit, -g.int(100, 2000));
  return t`DEVICE CLINIC — ${clinic(g)}
Pt: ${ptName(g, c.pt)}   MRN: ${mrnVal(g)}   Visit ${dt(g, visit, g.pick(['mdy', 'iso']))}
Device: ${deviceName(g, 'cardiac')}  SN ${serialValue(g)}  implanted ${dt(g, implant, g.pick(['mdy_short', 'month_year']))} by ${drName(g, c.consultant)}
Leads: RA ${serialValue(g)} / RV ${serialValue(g)}
Remote monitoring: ${urlValue(g, c.pt.last)}

${agePhrase(g, c.pt)} with ${code(g, 'ICD-10')} and ${eponym(g)}. ${stat(g, 'cardiac')}, ${stat(g, 'cardiac')}.
Battery 8.${g.int(1, 9)} yrs. AT/AF burden ${g.int(0, 40)}%. ${echo(g)} on echo ${dt(g, addDays(visit, -g.int(30, 300)), 'mdy_2')}.
Meds: ${med(g)}; ${med(g)}.
Next remote ${dt(g, addDays(visit, 91), 'md')}; in-clinic ${monthOnly(addDays(visit, 182))}.
Device RN: ${staffName(g, c.nurse)}  ${pager(g)}`;
};

const diabetesVisit: Template = (g) => {
  const c = newCase(g);
  const visit = careDate(g);
  const a1cs = several(
    g,
    () =>
      t`  ${dt(g, addDays(visit, -g.int(20, 700)), g.pick(['mdy_short', 'month_year', 'mdy_2']))}  ${labNamed(g, g.pick(['A1c', 'fructosamine', 'C-peptide']))}`,
    2,
    4,
  );
  return t`Endocrinology Follow-up   ${dt(g, visit, 'mdy')}
${ptName(g, c.pt)}  ${ageVal(c.pt.age)} y.o.  DOB ${dob(g, c.pt)}  Ref: ${drName(g, c.pcp)}

T1DM since age ${keep('age_under_90', String(g.int(4, 30)))}, on ${deviceName(g, 'pump')} (pump S/N ${serialValue(g)}) with ${deviceName(g, 'cgm')}.
CGM 14-day: ${stat(g, 'cgm')}, ${stat(g, 'cgm')}, ${stat(g, 'cgm')}.
Hypoglycemia at work (${employer(g)}) in ${monthOnly(addDays(visit, -g.int(20, 80)))}, EMS called; drives a ${g.int(2008, 2023)} pickup, plate ${plateValue(g)}, advised no driving x 6 mo.
A1c trend:
${lines(a1cs)}
Plan: ${med(g)}, ${med(g)}. Dilated eye exam ${monthOnly(addDays(visit, 60))}. RTC 3 mo.
CDE: ${staffName(g, c.nurse)}, ${tel(g)} ext ${g.int(100, 999)}
${drName(g, c.consultant)}`;
};

const nephrologyNote: Template = (g) => {
  const c = newCase(g);
  const visit = careDate(g);
  const rows = several(
    g,
    () => t`${dt(g, addDays(visit, -g.int(7, 400)), g.pick(['md', 'mdy_2', 'mdy']))} | ${lab(g)} | ${lab(g)}`,
    2,
    4,
  );
  return t`NEPHROLOGY CLINIC NOTE — ${clinic(g)}
${ptName(g, c.pt)} | MRN ${mrnVal(g)} | seen ${dt(g, visit, 'mdy')}

${agePhrase(g, c.pt)} with CKD stage 4 (${code(g, 'ICD-10')}), diabetic nephropathy with ${keep('eponym', g.pick(['Kimmelstiel-Wilson nodules', 'Armanni-Ebstein lesions']))} on biopsy at ${hospital(g)} in ${year(g, 2010, 2023)}. Left radiocephalic AVF (${keep('eponym', 'Brescia–Cimino type')}) created ${dt(g, addDays(visit, -g.int(40, 500)), 'mdy_short')} by ${drName(g, c.consultant)}.
${stat(g, 'renal')}. Home HD training on ${deviceName(g, 'dialysis')} planned. Transplant referral to ${hospital(g)} sent by fax to ${tel(g, 'fax')}.

Date | result | result
${lines(rows)}

Meds: ${med(g)}, ${med(g)}, ${med(g)}
Plan: HD planning class; ${his(c.pt)} ${c.relation} ${nm(c.relative.first, 'first')} (${tel(g)}) to attend.
${footer(g, c.consultant, c.typist, visit)}`;
};

const radiologyReport: Template = (g) => {
  const c = newCase(g);
  const exam = careDate(g);
  return t`${dept(g)}  ${hospital(g)}
EXAM: ${g.pick(['CT CHEST W/O CONTRAST', 'CTA CHEST PE PROTOCOL', 'US RENAL BILATERAL', 'XR CHEST 2V'])}   CPT ${code(g, 'CPT')}
PATIENT: ${nm(`${c.pt.last}, ${c.pt.first}`.toUpperCase(), 'upper_last_first')}   MRN: ${mrnVal(g)}   DOB: ${dob(g, c.pt)}   AGE: ${ageVal(c.pt.age)}Y
ACC#: ${accession(g)}   DATE OF SERVICE: ${dt(g, exam, g.pick(['mdy', 'mdy_dash']))} ${g.int(10, 23)}:${g.int(10, 59)}
ORDERING: ${drName(g, c.attending)}   ${room(g)}

COMPARISON: ${dt(g, addDays(exam, -g.int(30, 900)), g.pick(['mdy', 'mdy_short', 'iso']))}.
FINDINGS: Cardiomegaly. ${eponym(g)}. Small bilateral effusions. ${deviceName(g, 'cardiac')} in expected position.
IMPRESSION: Interstitial edema, worse than prior.
Critical result called to ${nm(`${c.resident.first} ${c.resident.last}`, 'full')} at ${g.int(10, 23)}:${g.int(10, 59)} on ${dt(g, exam, 'md')}, read back confirmed.

Dictated by: ${drName(g, c.consultant)}  Signed: ${dt(g, exam, 'mdy_short')}
${userId(g, c.consultant)} / tr: ${nm(`${c.typist.first[0]}${c.typist.last[0]}`, 'initials')}`;
};

const echoReport: Template = (g) => {
  const c = newCase(g);
  const exam = careDate(g);
  return t`TRANSTHORACIC ECHOCARDIOGRAM REPORT
${dept(g)} — ${hospital(g)}
Name: ${ptName(g, c.pt)}   MRN: ${mrnVal(g)}   DOB: ${dob(g, c.pt)} (${ageVal(c.pt.age)} yrs)
Study date: ${dt(g, exam, g.pick(['mdy', 'day_mon_year']))}   Accession: ${accession(g)}   Machine: ${deviceName(g, 'imaging')}
Sonographer: ${staffName(g, c.nurse)}   Referring: ${drName(g, c.pcp)}
Ht 170 cm  ${vitals(g)}  ${vitals(g)}

MEASUREMENTS
${lines(several(g, () => t`  ${echo(g)}`, 3, 6))}
LVEF by ${keep('eponym', 'Simpson biplane method')}: see above. ${eponym(g)} noted. ${stat(g, 'cardiac')}.

CONCLUSIONS: Moderate LV dysfunction. Compared with study of ${dt(g, addDays(exam, -g.int(100, 900)), 'mdy_short')} at ${hospital(g)}, EF is lower.
Interpreting physician: ${drName(g, c.consultant)}  ${dt(g, exam, 'mdy')}`;
};

const operativeNote: Template = (g) => {
  const c = newCase(g);
  const op = careDate(g);
  return t`OPERATIVE REPORT
${hospital(g)}
PATIENT: ${ptName(g, c.pt)}  MRN: ${mrnVal(g)}  FIN: ${finVal(g)}
DATE OF OPERATION: ${dt(g, op, g.pick(['mdy', 'month_day_year']))}
SURGEON: ${drName(g, c.attending)}   ASSISTANT: ${drName(g, c.resident)}
ANESTHESIA: General, ${drName(g, c.consultant)}  (${keep('eponym', `modified Mallampati grade ${g.pick(['I', 'II', 'III', 'IV'])}`)})
PREOPERATIVE DIAGNOSIS: ${code(g, 'ICD-10')}
PROCEDURE: ${g.pick(['Dual-chamber pacemaker implantation', 'Left brachiocephalic AV fistula creation', 'Tunneled dialysis catheter placement', 'ICD generator change'])} (CPT ${code(g, 'CPT')})

DESCRIPTION: The patient was identified by name and DOB (${dob(g, c.pt)}) in holding. Patient in ${keep('eponym', 'reverse Trendelenburg')}; h/o ${eponym(g)}. ${med(g)} given pre-incision.
IMPLANTS: ${deviceName(g, 'cardiac')}  UDI ${udiValue(g)}  lot ${phi('device', `${g.letters(1)}${g.digits(6)}`, 'lot')}  SN ${serialValue(g)}
EBL ${g.int(5, 150)} mL. Counts correct x2 (${staffName(g, c.nurse)}).
Family (${c.relation} ${nm(c.relative.first, 'first')}) updated at ${tel(g)}.

${footer(g, c.attending, c.typist, op)}`;
};

const edNote: Template = (g) => {
  const c = newCase(g);
  const d = careDate(g);
  const other = who(g);
  return t`ED PROVIDER NOTE  ${hospital(g)}  Arrival ${dt(g, d, g.pick(['mdy', 'mdy_2']))} ${g.int(0, 23)}:${g.int(10, 59)}
${ptName(g, c.pt)}, ${agePhrase(g, c.pt)}, MRN ${mrnVal(g)}, by EMS (${g.pick(['Medic 12', 'Rescue 4', 'AMR unit 77'])})

HPI: Restrained driver of a sedan (VIN ${vinValue(g)}, plate ${plateValue(g)}) struck at ~35 mph on ${place(g).street} near ${place(g).town}. Other driver ${nm(`${other.first} ${other.last}`, 'full')} (plate ${plateValue(g)}) uninjured. On ${med(g)} for ${eponym(g)}.
Vitals: ${vitals(g)} ${vitals(g)} ${vitals(g)}
Labs: ${lab(g)}, ${lab(g)}
MDM: CT negative. ${stat(g)}.
Dispo: home with ${his(c.pt)} ${c.relation} ${nm(`${c.relative.first} ${c.relative.last}`, 'full')}, ${tel(g)}. Officer ${nm(`${who(g).last}`, 'title_last')} badge ${phi('other_id', g.digits(4), 'badge')} took report.
${drName(g, c.attending)}  ${dt(g, d, 'md')}`;
};

const medList: Template = (g) => {
  const c = newCase(g);
  const rows = several(
    g,
    () =>
      t`${med(g)}  | started ${dt(g, careDate(g), g.pick(['mdy_short', 'month_year', 'mdy_2', 'md']))} | ${drName(g, g.pick([c.pcp, c.consultant, c.attending]))}`,
    3,
    7,
  );
  return t`MEDICATION LIST (reconciled ${dt(g, c.discharge, 'mdy')})
${ptName(g, c.pt)}   DOB ${dob(g, c.pt)}   MRN ${mrnVal(g)}
Allergies: ${drugOnly(g)} (rash, ${year(g)})
Drug / dose / sig | start | prescriber
${lines(rows)}
Pharmacy: ${keep('organization', g.pick(['Walgreens #10422', 'CVS Pharmacy #2291', 'Kroger Pharmacy', 'Mercy Ridge Outpatient Pharmacy']))}, ${tel(g)}, fax ${tel(g, 'fax')}
Reconciled by ${staffName(g, c.nurse)} with ${c.relation} ${nm(c.relative.first, 'first')}`;
};

const problemList: Template = (g) => {
  const c = newCase(g);
  const rows = several(
    g,
    () =>
      t`${g.int(1, 9)}. ${eponym(g)} (${code(g, 'ICD-10')}) — onset ${g.pick([() => dt(g, careDate(g), g.pick(['month_year', 'mdy_short', 'mdy_2'])), () => year(g)])()}`,
    3,
    6,
  );
  return t`Problem List — ${ptName(g, c.pt)} (${agePhrase(g, c.pt)})
Last updated ${dt(g, c.admit, 'mdy')} by ${userId(g, c.pcp)}
${lines(rows)}
Resolved: ${code(g, 'ICD-10')} AKI ${dt(g, careDate(g), 'month_year')}; SNOMED ${code(g, 'SNOMED')}`;
};

const familySocial: Template = (g) => {
  const c = newCase(g);
  const sib = who(g, 50, 89);
  const gm = who(g, 90, 101);
  return t`FAMILY HISTORY
- Mother: ${nm(`${gm.first} ${c.pt.last}`, 'full')}, ${ageVal(gm.age)}, lives in ${place(g).town}; ${eponym(g)}.
- Father: deceased at ${ageVal(g.int(50, 89))} (MI ${year(g, 1970, 2010)}).
- ${sib.female ? 'Sister' : 'Brother'} ${nm(sib.first, 'first')}, age ${ageVal(sib.age)}, ESRD on HD at ${hospital(g)}.
SOCIAL HISTORY
Born in ${place(g).town}, ${place(g).county}. Married to ${nm(`${c.relative.first} ${c.relative.last}`, 'full')} x ${g.int(5, 60)} yrs.
Works as a dispatcher for ${employer(g)} (supervisor ${nm(`${who(g).first} ${who(g).last}`, 'full')}, ${tel(g)}).
Lives at ${addressBlock(g, c.home)}. 1 ppd x ${g.int(5, 40)} yrs, quit ${year(g)}. EtOH socially.
Contact: ${tel(g)} (home), ${email(g, c.pt.first, c.pt.last)}`;
};

const faceSheet: Template = (g) => {
  const c = newCase(g);
  return t`REGISTRATION FACE SHEET  ${hospital(g)}
Patient: ${nm(`${c.pt.last.toUpperCase()}, ${c.pt.first.toUpperCase()} ${c.pt.middle.toUpperCase()}`, 'upper_last_first_middle')}   Sex: ${c.pt.female ? 'F' : 'M'}   DOB: ${dob(g, c.pt)}   Age: ${ageVal(c.pt.age)}
MRN: ${mrnVal(g)}   FIN: ${finVal(g)}   Admit: ${dt(g, c.admit, 'mdy')}
${ssn(g, g.chance(0.7))}
Address: ${addressBlock(g, c.home)}   County: ${c.home.county}
Home ${tel(g)}   Cell ${tel(g)}   E-mail ${email(g, c.pt.first, c.pt.last)}
DL# ${driversLicenseValue(g)} (${c.home.state})
Employer: ${employer(g)}
Primary ins: ${payer(g)}  ID ${g.chance(0.5) ? mbiValue(g) : memberIdValue(g)}  Grp ${g.digits(5)}
Guarantor: ${nm(`${c.relative.first} ${c.relative.last}`, 'full')} (${c.relation})  ${tel(g)}  guarantor ${ssn(g, true)}
Emergency contact: ${nm(`${c.relative.first} ${c.relative.last}`, 'full')}, ${addressBlock(g, place(g))}
PCP: ${drName(g, c.pcp)}   Registrar: ${userId(g, c.typist)}`;
};

const phoneEncounter: Template = (g) => {
  const c = newCase(g);
  const call = careDate(g);
  return t`TELEPHONE ENCOUNTER  ${dt(g, call, g.pick(['mdy', 'mdy_2']))} ${g.int(8, 17)}:${g.int(10, 59)}
Caller: ${c.relation} ${nm(`${c.relative.first} ${c.relative.last}`, 'full')} re: ${ptName(g, c.pt)} (DOB ${dob(g, c.pt)})
Callback: ${tel(g)}
Reason: ${He(c.pt)} has been dizzy since ${g.pick(['Sunday', 'last Thursday', 'the weekend'])}, ${vitals(g)} at home on ${his(c.pt)} cuff. Taking ${med(g)}.
Advised to hold ${drugOnly(g)} until seen on ${dt(g, addDays(call, g.int(1, 7)), g.pick(['md', 'mon_day']))}. Faxed note to ${keep('organization', g.pick(['CVS Pharmacy #2291', 'Walgreens #10422']))} at ${tel(g, 'fax')}.
Routed to ${drName(g, c.pcp)}. — ${staffName(g, c.nurse)}`;
};

const eRx: Template = (g) => {
  const c = newCase(g);
  const d = careDate(g);
  return t`PRESCRIPTION  ${clinic(g)}
Prescriber: ${drName(g, c.attending)}  NPI ${npiValue(g)}  DEA ${deaValue(g, c.attending.last)}
Patient: ${ptName(g, c.pt)}  DOB ${dob(g, c.pt)}
${addressBlock(g, c.home)}
Rx: ${med(g)} #${g.int(10, 90)}  RF ${g.int(0, 5)}
Date written: ${dt(g, d, g.pick(['mdy', 'mdy_short']))}
EPCS two-factor: ${g.pick(['fingerprint template', 'biometric token'])} ${biometricValue(g)} verified ${dt(g, d, 'md')}
Supervising: ${drName(g, c.consultant)}  NPI ${npiValue(g)}`;
};

const woundNote: Template = (g) => {
  const c = newCase(g);
  const d = careDate(g);
  return t`WOUND CARE NOTE  ${dt(g, d, g.pick(['mdy', 'mdy_short']))}
${ptName(g, c.pt)}  ${room(g)}  ${agePhrase(g, c.pt)}
${eponym(g)} with plantar ulcer R 1st MTH, 2.1 x 1.4 cm, since ${monthOnly(addDays(d, -g.int(20, 100)))}.
Photos: ${photoFile(g, c.pt.last)}, ${photoFile(g, c.pt.last)} uploaded to media tab.
${lab(g)}; ${med(g)}.
Offloading boot ordered. Next visit ${dt(g, addDays(d, 7), 'md')} with ${staffName(g, c.nurse)}.
${drName(g, c.consultant)} NPI ${npiValue(g)}`;
};

const transferLetter: Template = (g) => {
  const c = newCase(g);
  const d = careDate(g);
  return t`${hospital(g)} — Transfer Center
To: ${drName(g, c.consultant)}, ${dept(g)}, ${hospital(g)}   fax ${tel(g, 'fax')}
From: ${drName(g, c.attending)}   ph ${tel(g)}   ${pager(g)}
Date: ${dt(g, d, g.pick(['month_day_year', 'mdy']))}

Dear Dr. ${nm(c.consultant.last, 'dr_last')},
We are requesting transfer of ${ptName(g, c.pt)} (MRN ${mrnVal(g)}), a ${agePhrase(g, c.pt)} admitted here on ${dt(g, addDays(d, -g.int(1, 6)), 'md')} with ${code(g, 'ICD-10')} and ${eponym(g)}. ${He(c.pt)} requires ${g.pick(['CRRT', 'urgent TAVR evaluation', 'LVAD evaluation'])}. Most recent ${lab(g)}, ${echo(g)}.
Patient portal records: ${urlValue(g, c.pt.last)}
Contact ${his(c.pt)} ${c.relation} ${nm(c.relative.first, 'first')} at ${tel(g)}; home is ${c.home.town}, ${c.home.state}.`;
};

const offServiceNote: Template = (g) => {
  const c = newCase(g);
  const entries = several(
    g,
    () => {
      const d = addDays(c.admit, g.int(0, 8));
      return g.pick([
        () => t`${dt(g, d, 'md')} - TTE: ${echo(g)}, ${echo(g)}`,
        () =>
          t`${dt(g, d, 'md')}: moved to ${room(g)} after ${eponym(g)}; ${c.relation} ${nm(c.relative.first, 'first')} visited`,
        () => t`${dt(g, d, g.pick(['mon_day', 'md']))} – ${med(g)} → ${med(g)}; ${lab(g)}`,
        () => t`${dt(g, d, 'md')} — HD #${g.int(1, 4)} via R IJ tunneled cath, ${stat(g, 'renal')}`,
      ])();
    },
    3,
    6,
  );
  return t`OFF-SERVICE NOTE (${g.pick(['Team B', 'Gold team', 'Medicine 4'])})  ${dt(g, addDays(c.admit, 9), 'mdy_2')}
${ptName(g, c.pt)}, ${agePhrase(g, c.pt)}, MRN ${mrnVal(g)}, admitted ${dt(g, c.admit, g.pick(['mdy', 'md']))} from ${place(g).town} via ${hospital(g)} ED.
PCP ${drName(g, c.pcp)} (${clinic(g)}, ${tel(g)}).

Course by date:
${lines(entries)}

To do: f/u ${lab(g)} ${g.pick(['Thurs', 'Mon', 'tomorrow AM'])}; goals-of-care mtg w/ ${nm(`${c.relative.first} ${c.relative.last}`, 'full')} (HCP, ${tel(g)}).
Signing out to ${drName(g, c.resident)}, ${pager(g)}. — ${nm(`${c.attending.first[0]}. ${c.attending.last}`, 'initial_last')}`;
};

const cathReport: Template = (g) => {
  const c = newCase(g);
  const d = careDate(g);
  return t`CARDIAC CATHETERIZATION REPORT — ${hospital(g)} Cath Lab ${g.int(1, 4)}
Patient: ${ptName(g, c.pt)}   MRN ${mrnVal(g)}   Acct ${finVal(g)}   DOB ${dob(g, c.pt)}   Age ${ageVal(c.pt.age)}
Date: ${dt(g, d, g.pick(['mdy', 'month_day_year', 'day_mon_year']))}   Operators: ${drName(g, c.consultant)}; fellow ${drName(g, c.resident)}
Indication: ${code(g, 'ICD-10')} with ${stat(g, 'cardiac')}.  Procedure CPT ${code(g, 'CPT')}
Access: R radial, 6F. Heparin ${g.int(3, 9)},000 units. Contrast ${g.int(40, 220)} mL. Fluoro ${g.int(4, 40)}.${g.int(0, 9)} min.
Findings: 90% mid LAD. ${echo(g)}. LVEDP ${g.int(8, 32)} mmHg.
Intervention: ${deviceName(g, 'stent')} (lot ${phi('device', `${g.digits(7)}`, 'lot')}) deployed; closure ${deviceName(g, 'stent')}.
Post: ${med(g)} plus ${med(g)} x 12 months. ${vitals(g)}.
Nurse: ${staffName(g, c.nurse)}. Report faxed to ${drName(g, c.pcp)} at ${tel(g, 'fax')} on ${dt(g, addDays(d, 1), 'md')}.
${footer(g, c.consultant, c.typist, d)}`;
};

export const BLIND21_TEXT_DOCS: Record<string, Template> = {
  b21DischargeSummary: dischargeSummary,
  b21AdmissionHP: admissionHP,
  b21ProgressNote: progressNote,
  b21ClinicLetter: clinicLetter,
  b21DeviceClinic: cardiologyDeviceClinic,
  b21DiabetesVisit: diabetesVisit,
  b21NephrologyNote: nephrologyNote,
  b21RadiologyReport: radiologyReport,
  b21EchoReport: echoReport,
  b21OperativeNote: operativeNote,
  b21EdNote: edNote,
  b21MedList: medList,
  b21ProblemList: problemList,
  b21FamilySocial: familySocial,
  b21FaceSheet: faceSheet,
  b21PhoneEncounter: phoneEncounter,
  b21ERx: eRx,
  b21WoundNote: woundNote,
  b21TransferLetter: transferLetter,
  b21OffServiceNote: offServiceNote,
  b21CathReport: cathReport,
};
