/**
 * Text documents of blind split 23: clinical notes, lab reports, scheduling lists and reminders,
 * claims and remittance text, denial letters, billing notes and chat transcripts, some as MCP
 * tool results. SYNTHETIC DATA ONLY: every person, place and number is generated.
 */
import type { Gen } from '../context';
import { type Frag, jsonText, keep, phi, t } from '../fragment';
import {
  accountValue,
  biometricValue,
  deaValue,
  driversLicenseValue,
  email,
  fax,
  mbiValue,
  memberIdValue,
  mrnValue,
  npiValue,
  phoneValue,
  photoFile,
  plateValue,
  serialValue,
  ssn,
  ssnValue,
  stateLicenseValue,
  udiValue,
  urlValue,
  vinValue,
} from '../identifiers';
import { uuid } from '../keep-vocab';
import {
  accession,
  ageOf,
  carc,
  careDate,
  claimNo,
  cpt,
  dateIn,
  deviceName,
  drug,
  drugOnly,
  eponym,
  firstOnly,
  full,
  handle,
  icd,
  initials,
  lab,
  labText,
  lastFirst,
  lastFirstMi,
  lastOnly,
  loinc,
  org,
  patient,
  payer,
  place,
  plusDays,
  staff,
  stamp,
  stat,
  version,
  vitals,
  who,
  year,
} from './vocab';

type Template = (g: Gen) => Frag;

const money = (g: Gen): string => `${g.int(40, 4800)}.${g.digits(2)}`;

export const BLIND23_TEXT_DOCS: Record<string, Template> = {
  soapProgressNote: (g) => {
    const p = patient(g);
    const doc = who(g, 32, 70);
    const seen = careDate(g);
    return t`PROGRESS NOTE
Pt: ${lastFirstMi(p)}   DOB: ${dateIn(g, p.dob)}   MRN: ${mrnValue(g)}
DOS: ${dateIn(g, seen)}   Provider: ${staff(g, doc)}   Location: ${org(g)}

S: ${ageOf(p)} y/o ${p.female ? 'F' : 'M'} here for f/u of ${icd(g)}. States ${p.female ? 'she' : 'he'} "ran out of" ${drugOnly(g)} about a wk ago. ${firstOnly(p)} lives w/ ${g.pick(['daughter', 'son', 'husband', 'wife'])} ${full(who(g))} who drives to visits.
O: ${vitals(g)}, ${vitals(g)}. ${eponym(g)} reviewed. Last ${labText(g)} (${year(g)} baseline similar).
A/P: 1) restart ${drug(g)}  2) recheck ${labText(g)} in 2 wks  3) RTC ${dateIn(g, plusDays(seen, g.int(14, 60)), 'mon_d')}
e-signed ${staff(g, doc)} ${stamp(g)}`;
  },

  consultLetter: (g) => {
    const p = patient(g);
    const ref = who(g, 35, 70);
    const cons = who(g, 35, 70);
    return t`${org(g)} — Cardiology Consultation

Date of service: ${dateIn(g, careDate(g), 'long')}
Referring: ${staff(g, ref)} | ph ${phoneValue(g)} | ${fax(g)}
RE: ${full(p)} (DOB ${dateIn(g, p.dob)}; Hosp # ${mrnValue(g)})

Dear Dr. ${lastOnly(ref)},
Thank you for asking me to see ${p.female ? 'Mrs.' : 'Mr.'} ${lastOnly(p)}, a ${ageOf(p)}-year-old with ${icd(g)} and ${icd(g)}. Risk by ${eponym(g)} documented. Study ${cpt(g)} reviewed. Current meds: ${drug(g)}; ${drug(g)}.
Recommend ${drug(g)} and a ${deviceName(g)}. I will see ${firstOnly(p)} back in 6 weeks.

Sincerely,
${full(cons)}, MD, FACC   NPI ${npiValue(g)}`;
  },

  dischargeSummaryDictated: (g) => {
    const p = patient(g);
    const a = place(g);
    const admit = careDate(g);
    const att = who(g, 35, 68);
    return t`DISCHARGE SUMMARY
NAME: ${lastFirst(p)}          ACCT#: ${accountValue(g)}
ADMITTED: ${dateIn(g, admit, 'mdy')}    DISCHARGED: ${dateIn(g, plusDays(admit, g.int(2, 9)), 'mdy')}
ATTENDING: ${staff(g, att)}
HOME ADDRESS: ${a.street}${a.unit}, ${a.city}, ${a.state} ${a.zip}

HOSPITAL COURSE: ${ageOf(p)} yo admitted with ${icd(g)}. ${labText(g)}, ${labText(g)} on admission. Device check: ${deviceName(g)}, serial no. ${serialValue(g)}), UDI ${udiValue(g)}, no events.
DISCHARGE MEDS: ${drug(g)}
${drug(g)}
FOLLOW-UP: PCP ${staff(g, who(g, 35, 68))} within 7 days, call ${phoneValue(g)}.
Dictated by: ${initials(att)}/${phi('name', g.letters(2).toLowerCase(), 'typist_initials')}  Job ${phi('other_id', g.digits(7), 'job')}  D: ${stamp(g)}`;
  },

  nursingShiftNarrative: (g) => {
    const p = patient(g);
    const rn = who(g, 23, 60);
    const rel = who(g);
    return t`${g.pick(['0700-1900', '1900-0700'])} RN note — Rm ${g.int(201, 560)}-${g.pick(['A', 'B'])}
Pt ${full(p)} A&Ox3, ${eponym(g)} noted on admit. ${vitals(g)}; ${vitals(g)}. IV via ${deviceName(g)} running. Gave ${drug(g)} @ ${g.int(8, 22)}00.
${g.pick(['Daughter', 'Son', 'Spouse', 'Niece'])} ${firstOnly(rel)} ${lastOnly(rel)} at bedside, asks for callbacks at ${phoneValue(g)}. Wound pic uploaded as ${photoFile(g, p.last)}.
Handoff to ${firstOnly(who(g, 23, 60))} RN. —${phi('name', `${rn.first[0]}.${rn.last}`, 'initial_last')}, RN`;
  },

  edTriageMvc: (g) => {
    const p = patient(g);
    const d = careDate(g);
    return t`ED TRIAGE  ${dateIn(g, d, 'mdy_short')} ${g.int(0, 23)}:${g.int(10, 59)}
CC: MVC, restrained driver. Arrived by ${g.pick(['Medic 14', 'EMS', 'POV'])}.
Pt: ${lastFirst(p)}, ${ageOf(p)}${p.female ? 'F' : 'M'}, DOB ${dateIn(g, p.dob)}. ESI 3. ${vitals(g)} ${vitals(g)}
Vehicle: ${year(g)} sedan, plate ${plateValue(g)}, VIN ${vinValue(g)} (per police report ${phi('other_id', `${g.int(24, 25)}-${g.digits(6)}`, 'police_report')}).
GCS 15, ${eponym(g)} applied. Tdap given. ID: DL ${driversLicenseValue(g)}.
Triage RN: ${handle(who(g, 23, 60), g)}`;
  },

  telephoneEncounter: (g) => {
    const p = patient(g);
    const rn = who(g, 25, 60);
    return t`TELEPHONE ENCOUNTER
Caller: ${g.chance(0.5) ? 'self' : t`${g.pick(['mom', 'husband', 'caregiver'])} ${full(who(g))}`}   Callback #: ${phoneValue(g)}
Pt verified w/ name + DOB (${dateIn(g, p.dob, g.pick(['mdy', 'mdy_yy', 'long']))}) — ${lastFirst(p)}
Reason: refill ${drug(g)}; pharmacy ${keep('organization', 'Meridian Crest Pharmacy')} (${phoneValue(g)}). Also c/o dizziness since ${dateIn(g, careDate(g), 'mon_d')}.
Plan: ok'd 30 day supply per protocol v${keep('version', `${g.int(2, 5)}.${g.int(0, 9)}`)}. Advised ED if worse. Routed to Dr. ${lastOnly(who(g, 35, 70))}.
${full(rn)}, RN  ${stamp(g)}`;
  },

  labReportFixedWidth: (g) => {
    const p = patient(g);
    const ord = who(g, 35, 70);
    const rows = g.some([0, 1, 2, 3, 4], 3, 5).map(() => {
      const l = lab(g);
      return t`${l.name.padEnd(16)}${keep('lab_value', `${l.result} ${l.unit}`.trim())}    ${l.range}   ${loinc(g)}\n`;
    });
    return t`${keep('organization', 'NorthStar Reference Laboratories')}          CLIA ${keep('clinical_code', `${g.int(10, 52)}D${g.digits(7)}`, 'clia')}
PATIENT: ${lastFirstMi(p)}     SEX: ${p.female ? 'F' : 'M'}   AGE: ${ageOf(p)}
DOB: ${dateIn(g, p.dob, 'mdy')}    MRN: ${mrnValue(g)}    ACCESSION: ${accession(g)}
COLLECTED: ${dateIn(g, careDate(g), 'mdy')} ${g.int(5, 11)}:${g.int(10, 59)}   SPECIMEN: serum, venous
ORDERING: ${lastFirst(ord)} MD (NPI ${npiValue(g)})
TEST            RESULT        REF RANGE  LOINC
${rows}Resulted by ${initials(who(g, 25, 60))}, MLS(ASCP). Analyzer software ${version(g)}.`;
  },

  reminderSmsBatch: (g) => {
    const lines = g.some([0, 1, 2, 3], 2, 4).map(() => {
      const p = patient(g);
      const d = careDate(g);
      return t`to ${phoneValue(g)}: Hi ${firstOnly(p)}! Reminder: appt w/ Dr. ${lastOnly(who(g, 35, 70))} on ${dateIn(g, d, g.pick(['mon_d', 'mdy_short', 'long']))} at ${g.int(8, 16)}:${g.pick(['00', '15', '30', '45'])}. Reply C to confirm. Check in: ${urlValue(g, p.last)}\n`;
    });
    return t`reminder job ${uuid(g)} queued ${stamp(g)} (${stat(g)})
${lines}`;
  },

  noShowReport: (g) => {
    const rows = g.some([0, 1, 2, 3, 4], 3, 5).map(() => {
      const p = patient(g);
      return t`${dateIn(g, careDate(g), 'mdy')} | ${lastFirst(p)} | ${mrnValue(g)} | ${phoneValue(g)} | ${g.pick(['NS', 'NS x2', 'LC', 'NS - no answer'])}\n`;
    });
    return t`NO-SHOW / LATE CANCEL REPORT — ${org(g)}
Period: week ${g.int(1, 52)}, ${year(g)}   ${stat(g)}
DATE | PATIENT | MRN | PHONE | STATUS
${rows}Prepared by ${full(who(g, 25, 60))}`;
  },

  claim837Segments: (g) => {
    const p = patient(g);
    const a = place(g);
    const prov = who(g, 35, 70);
    const dos = careDate(g);
    const zip = a.zip.value.slice(0, 5);
    return t`ST*837*0001*005010X222A1~
NM1*85*2*${keep('organization', 'Halvorsen Clinic')}*****XX*${npiValue(g)}~
NM1*IL*1*${phi('name', p.last.toUpperCase(), 'segment_last')}*${phi('name', p.first.toUpperCase(), 'segment_first')}*${p.middle.charAt(0)}***MI*${memberIdValue(g)}~
N3*${phi('street_address', a.street.value.toUpperCase())}~
N4*${phi('geo', a.city.value.toUpperCase(), 'city')}*${a.state}*${phi('zip', zip, 'zip5')}~
DMG*D8*${dateIn(g, p.dob, 'compact')}*${p.female ? 'F' : 'M'}~
CLM*${phi('account', `${g.digits(8)}`, 'patient_control')}*${money(g)}***11:B:1*Y*A*Y*Y~
HI*ABK:${keep('clinical_code', icd(g).value.replace('.', ''), 'ICD-10-nodot')}~
NM1*82*1*${phi('name', prov.last.toUpperCase(), 'segment_last')}*${phi('name', prov.first.toUpperCase(), 'segment_first')}****XX*${npiValue(g)}~
SV1*HC:${cpt(g)}*${money(g)}*UN*1***1~
DTP*472*D8*${dateIn(g, dos, 'compact')}~`;
  },

  eobStatement: (g) => {
    const p = patient(g);
    const a = place(g);
    return t`${payer(g)}
EXPLANATION OF BENEFITS — THIS IS NOT A BILL

${phi('name', `${p.first} ${p.last}`.toUpperCase(), 'upper_full')}
${a.street}${a.unit}
${a.city} ${a.state} ${a.zip}

Member ID: ${memberIdValue(g)}     Claim #: ${claimNo(g)}
Patient: ${firstOnly(p)}    Provider: ${org(g)}
Service date ${dateIn(g, careDate(g), 'mdy')}   ${cpt(g)}  billed $${money(g)}  allowed $${money(g)}  ${carc(g)}
You may owe: $${money(g)}. Questions? Call ${phoneValue(g)} (TTY 711) or visit ${urlValue(g, p.last)}.`;
  },

  denialLetter: (g) => {
    const p = patient(g);
    const md = who(g, 35, 70);
    const a = place(g);
    return t`${dateIn(g, careDate(g), 'long')}

${full(p)}
${a.street}
${a.city}, ${a.state} ${a.zip}

Re: Adverse benefit determination   Reference ${claimNo(g)}   Medicare ID ${mbiValue(g)}

Dear ${p.female ? 'Ms.' : 'Mr.'} ${lastOnly(p)}:
${payer(g)} reviewed the request from ${staff(g, md)} for ${cpt(g)} (${deviceName(g)}) and cannot approve it. Reason: ${carc(g)} — not medically necessary per criteria ${version(g)}.
To appeal within 60 days write to us or ${fax(g)}; peer-to-peer at ${phoneValue(g)}.
Medical Director: ${full(who(g, 40, 70))}, MD   State lic. ${stateLicenseValue(g)}`;
  },

  billingAccountNotes: (g) => {
    const p = patient(g);
    const rep = who(g, 22, 60);
    const acct = accountValue(g);
    return t`ACCT ${acct} — guarantor ${lastFirst(p)}
${dateIn(g, careDate(g), 'mdy_yy')} ${initials(rep)}: spoke w/ guarantor, verified ${ssn(g)} and DOB ${dateIn(g, p.dob)}. Pmt plan $${g.int(25, 150)}/mo set up. Card on file.
${dateIn(g, careDate(g), 'mdy_yy')} ${initials(rep)}: resubmitted claim ${claimNo(g)} w/ corrected ${icd(g)}; prior ${carc(g)}.
${dateIn(g, careDate(g), 'mdy_yy')} ${handle(rep, g)}: pt emailed from ${email(g, p.first, p.last)} asking for itemized bill. Sent.`;
  },

  patientNurseChat: (g) => {
    const p = patient(g);
    let minute = g.int(0, 1200);
    const at = (): string => {
      minute += g.int(0, 3);
      return `${String(Math.floor(minute / 60) % 24).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
    };
    const rn = who(g, 24, 58);
    const a = place(g);
    return t`chat ${uuid(g)} opened ${stamp(g)}
[${at()}] ${firstOnly(rn)} (RN): Hi, this is ${firstOnly(rn)} w/ the nurse line. Can u confirm ur full name and dob?
[${at()}] patient: ${phi('name', `${p.first.toLowerCase()} ${p.last.toLowerCase()}`, 'lower_full')} ${dateIn(g, p.dob, g.pick(['mdy_short', 'mdy_yy', 'dash']))}
[${at()}] ${firstOnly(rn)} (RN): thx! whats going on today?
[${at()}] patient: my sugar was like ${keep('lab_value', `${g.int(240, 480)} mg/dL`)} this am, im on ${drug(g)}. also moved, new addr is ${phi('street_address', a.street.value.toLowerCase())} ${a.city} ${a.zip}
[${at()}] ${firstOnly(rn)} (RN): got it. i'll message dr ${phi('name', who(g, 35, 70).last.toLowerCase(), 'lower_last')} and call u back at ${phoneValue(g)}?
[${at()}] patient: yes or email ${email(g, p.first, p.last)}`;
  },

  staffChatThread: (g) => {
    const p = patient(g);
    const a = who(g, 25, 60);
    const b = who(g, 25, 60);
    const [ha, hb] = [handle(a, g), handle(b, g)];
    return t`#${g.pick(['4west-charge', 'clinic-frontdesk', 'scheduling-team'])}
${ha}  ${g.int(7, 11)}:${g.int(10, 59)} AM
anyone know why ${lastOnly(p)} in ${g.int(3, 40)} is still waiting? badge reader didnt take my print (${biometricValue(g)}) lol
${hb}  ${g.int(7, 11)}:${g.int(10, 59)} AM
pt ${lastFirst(p)} mrn ${mrnValue(g)} — registration flagged bad ins, needs new card scan. workstation ${phi('ip', `10.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}`, 'ipv4')} keeps freezing
${ha}  ${g.int(7, 11)}:${g.int(10, 59)} AM
ok ill grab ${p.female ? 'her' : 'him'}. FYI ${eponym(g)} per ortho, fall risk`;
  },

  toolResultPatientLookup: (g) => {
    const p = patient(g);
    const a = place(g);
    return jsonText(
      {
        id: uuid(g),
        patient: {
          name: full(p),
          birthDate: dateIn(g, p.dob, 'iso'),
          age: ageOf(p),
          mrn: mrnValue(g),
          ssn: ssnValue(g),
          phone: phoneValue(g),
          address: t`${a.street}, ${a.city}, ${a.state} ${a.zip}`,
          pcp: t`${lastFirst(who(g, 35, 70))}, MD`,
          deaOfPrescriber: deaValue(g, who(g, 35, 70).last),
        },
        retrievedAt: stamp(g),
      },
      g.chance(0.5) ? 2 : 0,
    );
  },
};
