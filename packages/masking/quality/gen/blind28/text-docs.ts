/** Text documents of blind split 28: long-form narrative hospital records. SYNTHETIC DATA ONLY. */
import type { Cast } from '../cast';
import type { Gen } from '../context';
import { ordinal } from '../dates';
import { type Frag, join, jsonText, keep, type Piece, phi, t } from '../fragment';
import {
  deaValue,
  device,
  healthPlan,
  ipValue,
  mbiValue,
  npiValue,
  photoFile,
  plateValue,
  serialValue,
  ssn,
  udiValue,
  urlValue,
  vinValue,
} from '../identifiers';
import { systemTimestamp, uuid, version } from '../keep-vocab';
import { nameIn } from '../people';
import {
  accession,
  acct28,
  addD,
  addr,
  ageK,
  ageOf28,
  code,
  county,
  dev28,
  dname,
  dt,
  employer,
  epo,
  hhmm,
  initials,
  labv,
  med,
  monthYear,
  mrn28,
  org,
  type P28,
  PAYERS,
  PHARMACIES,
  POST_ACUTE,
  p28,
  pager,
  pname,
  proc,
  recordId,
  STATES,
  stat,
  street,
  tel,
  town,
  yr,
  zip,
} from './vocab';

type Template = (g: Gen, c: Cast) => Frag;

const rel = (g: Gen): string =>
  g.pick(['daughter', 'son', 'wife', 'husband', 'sister', 'nephew', 'granddaughter', 'partner']);

function meds(g: Gen, n: number): Frag {
  const items: Piece[] = [];
  for (let i = 0; i < n; i++) items.push(t`${i + 1}. ${med(g)}`);
  return join(items, '\n');
}

/** A patient from the split's own lists, or the shared cast's. */
function patient(g: Gen, c: Cast): { name: Piece; first: Piece; last: string } {
  if (g.chance(0.6)) {
    const p = p28(g);
    return { name: pname(g, p), first: phi('name', p.first, 'first'), last: p.last };
  }
  return {
    name: nameIn(g, c.pt, g.pick(['full', 'last_first', 'full_middle', 'upper_last_first'] as const)),
    first: phi('name', c.pt.first, 'first'),
    last: c.pt.last,
  };
}

const dischargeSummary: Template = (g, c) => {
  const pt = patient(g, c);
  const att = p28(g);
  const pcp = p28(g);
  const d1 = addD(c.admit, 1);
  const d2 = addD(c.admit, 2);
  return t`DISCHARGE SUMMARY
${org(g)}
Patient: ${pt.name}    MR# ${mrn28(g)}    Acct ${acct28(g)}
Admission date: ${dt(g, c.admit, false)}    Discharge date: ${dt(g, c.discharge, false)}
Attending: ${dname(g, att)}    PCP: ${dname(g, pcp)}

PRINCIPAL DIAGNOSIS: acute on chronic systolic heart failure (${code(g)}), ${proc(g)}.

HISTORY: ${pt.first} is a ${ageOf28(g)}-year-old with ischemic cardiomyopathy (CABG in ${yr(g)}) who presented with two weeks of orthopnea. ${labv(g)} on arrival, ${labv(g)}; chest film with ${epo(g)}.

HOSPITAL COURSE:
Day 1 (${dt(g, c.admit)}): diuresed with ${med(g)}; net negative 2.1 L.
Day 2 (${dt(g, d1)}): ${labv(g)}. Cardiology (${dname(g, p28(g))}, ${pager(g)}) recommended ${med(g)}.
Day 3: On ${dt(g, d2)} transitioned to oral regimen. Seen by PT; ${epo(g)} documented.
By the ${phi('date', ordinal(c.discharge.getUTCDate()), 'bare_ordinal')} ${pt.first} was walking the hall without dyspnea.

DISCHARGE MEDICATIONS:
${meds(g, g.int(3, 6))}

FOLLOW-UP: ${dname(g, pcp)} in 1 week (${tel(g)}); heart failure clinic on ${dt(g, addD(c.discharge, g.int(5, 14)))}. Unit ${stat(g)}.
Dictated by ${dname(g, att)} ${hhmm(g)} / transcribed ${initials(att)}/${phi('name', g.letters(2).toLowerCase(), 'initials')}
`;
};

const admissionHP: Template = (g, c) => {
  const pt = p28(g);
  const sp = p28(g);
  const sib = p28(g);
  const r1 = rel(g);
  return t`ADMISSION HISTORY AND PHYSICAL — ${org(g)}
Name: ${pname(g, pt)}   DOB: ${dt(g, new Date(Date.UTC(g.int(1925, 1990), g.int(0, 11), g.int(1, 28))), false)}   MRN ${mrn28(g)}
Date of service: ${dt(g, c.admit)}

CHIEF COMPLAINT: "my sugar has been running high."

HPI: ${phi('name', pt.first, 'first')} is a ${ageOf28(g)} y/o with type 2 diabetes (${code(g)}) on ${med(g)} and ${med(g)}. Since ${dt(g, addD(c.admit, -g.int(3, 9)))} polyuria; ${labv(g)}, ${labv(g)}.

SOCIAL HISTORY: Lives with ${pt.sex === 'female' ? 'her' : 'his'} ${r1} ${phi('name', `${sp.first} ${sp.last}`, 'full')} at ${street(g)} in ${town(g)}. Retired from ${employer(g)} in ${yr(g)}; quit tobacco ${yr(g)}. Drives; owns a pickup, plate ${plateValue(g)}.

FAMILY HISTORY: Mother died of MI at ${ageK(g, g.int(50, 80))}. ${g.pick(['Brother', 'Sister'])} ${phi('name', sib.first, 'first')} (lives in ${town(g)}) has ${epo(g)}. Father ${phi('name', `${g.pick(['Amos', 'Wendell', 'Laszlo', 'Guy'])} ${pt.last}`, 'full')} had CKD.

EXAM: ${labv(g)}. ${epo(g)} absent.
Emergency contact: ${phi('name', sp.first, 'first')}, ${tel(g)}.
H&P by ${dname(g, p28(g), 'DO')}, ${pager(g)}
`;
};

const cardiologyLetter: Template = (g, c) => {
  const ref = p28(g);
  const me = p28(g);
  const pt = patient(g, c);
  return t`${org(g)} — Division of Cardiology
${street(g)}, ${town(g)}, ${g.pick(STATES)} ${zip(g)}

${dt(g, c.discharge, false)}

Dear Dr. ${phi('name', ref.last, 'dr_last')},

Thank you for referring ${pt.name} (DOB ${dt(g, new Date(Date.UTC(g.int(1930, 1985), g.int(0, 11), g.int(1, 28))), false)}, MRN ${mrn28(g)}), whom I saw in clinic today. Since the ${dev28(g)} was placed on ${dt(g, addD(c.admit, -g.int(60, 400)))} (serial ${serialValue(g)}) there have been no therapies delivered. ${labv(g)}; ${labv(g)}.

We increased ${med(g)} and continued ${med(g)}. The ${epo(g)} was noted on the 12-lead. Remote transmissions are scheduled; next in-person visit ${dt(g, addD(c.discharge, 90))}.

With kind regards,
${phi('name', `${me.first} ${me.last}`, 'full')}, MD, FACC   NPI ${npiValue(g)}
cc: ${dname(g, ref)}, fax ${tel(g, 'fax')}
`;
};

const diabetesLetter: Template = (g, c) => {
  const ref = p28(g);
  const pt = p28(g);
  const me = p28(g);
  return t`Diabetes & Endocrine Center, ${org(g)}
${dt(g, c.admit, false)}

Dear Dr. ${phi('name', `${ref.first} ${ref.last}`, 'dr_full')},

RE: ${pname(g, pt)}, DOB ${dt(g, new Date(Date.UTC(g.int(1940, 2000), g.int(0, 11), g.int(1, 28))), false)}

I saw ${phi('name', pt.first, 'first')} in follow-up on ${dt(g, c.admit)}. A1c trend: ${labv(g)} (${monthYear(g, addD(c.admit, -180))}), ${labv(g)} today. ${pt.sex === 'female' ? 'She' : 'He'} wears a ${dev28(g)} (transmitter ${serialValue(g)}) and reports two episodes of hypoglycemia; ${epo(g)} considered.

Plan: ${med(g)}; ${med(g)}. Retinal exam due; ${code(g)}.
${pt.sex === 'female' ? 'She' : 'He'} may upload readings at ${urlValue(g, pt.last)} or write to ${phi('email', `${pt.first.toLowerCase().replace(/[^a-z]/g, '')}.${pt.last.toLowerCase().replace(/[^a-z]/g, '')}${g.int(1, 99)}@mailbox.example.com`)}.

Sincerely,
${dname(g, me)}   (${tel(g)})
`;
};

const radiologyReport: Template = (g, c) => {
  const pt = patient(g, c);
  const rad = p28(g);
  const prior = addD(c.admit, -g.int(30, 700));
  return t`RADIOLOGY REPORT   ${org(g)}
Patient: ${pt.name}   MRN: ${mrn28(g)}   Accession: ${accession(g)}
Exam: CT chest with contrast, ${dt(g, c.admit, false)} ${hhmm(g)}   Scanner: ${dev28(g)}
Ordering: ${dname(g, p28(g))}

COMPARISON: CT chest ${dt(g, prior)} and chest radiograph ${monthYear(g, addD(prior, -30))}.
TECHNIQUE: ${med(g)} contrast-enhanced axial images. DLP 412 mGy-cm.
FINDINGS: Small bilateral effusions. ${epo(g)}. 6 mm RUL nodule unchanged since ${yr(g)}.
IMPRESSION: ${code(g)}. Findings called to ${dname(g, p28(g), 'NP')} at ${hhmm(g)} on ${dt(g, c.admit)} (${pager(g)}).

Electronically signed: ${phi('name', `${rad.last}, ${rad.first}`, 'last_first')} MD ${dt(g, addD(c.admit, 1), false)}
`;
};

const echoReport: Template = (g, c) => {
  const pt = p28(g);
  const son = p28(g);
  return t`TRANSTHORACIC ECHOCARDIOGRAM
Name ${pname(g, pt)}  MRN ${mrn28(g)}  Age ${ageOf28(g)}  Study date ${dt(g, c.admit, false)}
Sonographer: ${initials(son)}   System: ${dev28(g)}   Study #${accession(g)}
Indication: ${code(g)}; compare to study of ${dt(g, addD(c.admit, -g.int(100, 900)))}.

LV: ${labv(g)}, moderate global hypokinesis. RVSP 44 mmHg. ${epo(g)} pattern not seen.
Valves: moderate MR (ERO 0.3 cm2).
Conclusion: compared with ${monthYear(g, addD(c.admit, -365))}, LVEF decreased. Interpreted by ${dname(g, p28(g))}.
`;
};

const nursingNote: Template = (g, c) => {
  const pt = patient(g, c);
  const rn = p28(g);
  const fam = p28(g);
  return t`NURSING PROGRESS NOTE ${hhmm(g)} ${dt(g, c.admit)}
Pt ${pt.name} resting; ${labv(g)}. ${keep('eponym', 'Conley fall scale')} 45 (high risk) — bed alarm on. ${keep('eponym', 'Jackson/Cubbin pressure-area scale')} 14.
Wound L heel stage 2, photographed: ${photoFile(g, pt.last)}; second view ${photoFile(g, pt.last)}.
${med(g)} given at ${hhmm(g)}; override from ${keep('device_name', 'Omnicell XT automated cabinet')} witnessed, fingerprint template ${phi('biometric', `${g.letters(2)}-${g.digits(4)}-${g.letters(3)}`)}.
Visitor: ${rel(g)} ${phi('name', `${fam.first} ${fam.last}`, 'full')} (cell ${tel(g)}) updated by phone.
${phi('name', `${rn.first} ${rn.last[0]}.`, 'first_initial')}, RN
`;
};

const caseManagement: Template = (g, c) => {
  const pt = p28(g);
  const dtr = p28(g);
  const cm = p28(g);
  return t`CASE MANAGEMENT NOTE — ${dt(g, c.discharge, false)}
Patient ${pname(g, pt)}, ${ageOf28(g)} y.o., ${mrn28(g)}
Face sheet verified: ${ssn(g, true)}; ${healthPlan(g)}; primary payer ${org(g, PAYERS)}.
Home: ${addr(g)}. Lives alone; ${rel(g)} ${pname(g, dtr)} is HCP (${tel(g)}).
Patient's car (VIN ${vinValue(g)}) left in garage B; keys with security.
Discharge plan: ${org(g, POST_ACUTE)} accepted for ${dt(g, addD(c.discharge, 1))}; referral faxed to ${tel(g, 'fax')}. ${med(g)} prior auth approved.
${dname(g, cm, 'RN, CCM')} ext ${g.int(2000, 7999)}
`;
};

const transferSummary: Template = (g, c) => {
  const pt = patient(g, c);
  const acc = p28(g);
  const snd = p28(g);
  return t`INTERFACILITY TRANSFER SUMMARY
From: ${org(g)}, ${town(g)}, ${g.pick(STATES)}    To: ${org(g)}, ${town(g)}
Patient ${pt.name}; MRN (sending) ${mrn28(g)}; transfer ${dt(g, c.admit)} at ${hhmm(g)}
Reason: NSTEMI (${code(g)}) for cath; ${labv(g)} → ${labv(g)}.
Accepting: ${dname(g, acc)} (${tel(g)}). Sending: ${dname(g, snd)}.
On ${med(g)}; ${med(g)}. ${epo(g)}.
Transport by ALS; family (${rel(g)} ${phi('name', p28(g).first, 'first')}) to follow by car from ${county(g)}.
`;
};

const medRec: Template = (g, c) => {
  const pt = p28(g);
  const rx = p28(g);
  const rows: Piece[] = [];
  for (let i = 0; i < g.int(4, 7); i++)
    rows.push(
      t`${med(g)} | ${dname(g, g.pick([rx, p28(g)]))} | last fill ${dt(g, addD(c.admit, -g.int(3, 80)))} | Rx# ${phi('other_id', `${g.int(1, 9)}${g.digits(6)}`, 'rx')}`,
    );
  return t`OUTPATIENT MEDICATION RECONCILIATION
Patient: ${pname(g, pt)}    Date: ${dt(g, c.admit, false)}
Pharmacy: ${org(g, PHARMACIES)}, ${tel(g)}
Medication | Prescriber | Fill | Rx
${join(rows, '\n')}
Prescriber on file: ${phi('name', `${rx.first} ${rx.last}`, 'full')}, MD, DEA ${deaValue(g, rx.last)}, NPI ${npiValue(g)}
Reconciled by ${initials(p28(g))} PharmD
`;
};

const deathSummary: Template = (g, c) => {
  const pt = p28(g);
  const f1 = p28(g);
  const f2 = p28(g);
  const age = g.int(90, 104);
  return t`DEATH SUMMARY
${pname(g, pt)}, ${phi('age', String(age))}-year-old ${pt.sex === 'female' ? 'woman' : 'man'}, MRN ${mrn28(g)}
Admitted ${dt(g, c.admit)}; expired ${dt(g, c.discharge, false)} at ${hhmm(g)}.
Course: admitted from ${org(g, POST_ACUTE)} with urosepsis (${code(g)}); ${labv(g)}. Transitioned to comfort care on ${dt(g, addD(c.discharge, -1))} after a family meeting with ${rel(g)} ${phi('name', `${f1.first} ${f1.last}`, 'full')} and ${rel(g)} ${phi('name', f2.first, 'first')}. ${med(g)}.
Pronounced by ${dname(g, p28(g))}. Medical examiner (${county(g)}) declined, case ${phi('other_id', `ME-${g.int(2023, 2025)}-${g.digits(4)}`, 'me_case')}. Autopsy declined. Body released to Albright & Sons Funeral Home, ${tel(g)}.
`;
};

const traumaHP: Template = (g, c) => {
  const pt = patient(g, c);
  return t`TRAUMA SURGERY H&P — ${org(g)}   ${dt(g, c.admit, false)} ${hhmm(g)}
${pt.name}, ${ageK(g, g.int(18, 70))}-year-old restrained driver, MVC on Route 9 near ${town(g)}.
Vehicle: VIN ${vinValue(g)}, ${g.pick(['plate', 'tag'])} ${plateValue(g)}; state police report ${phi('other_id', `SP-${g.digits(7)}`, 'police')}.
ID: driver license ${phi('license', `${g.letters(1)}${g.digits(3)}-${g.digits(3)}-${g.digits(3)}`, 'driver')}.
GCS 14; ${labv(g)}; ${labv(g)}. FAST negative. ${epo(g)}.
Plan: ${med(g)}; tertiary survey. Attending ${dname(g, p28(g))}; next of kin ${phi('name', `${p28(g).first} ${pt.last}`, 'full')} ${tel(g)}.
`;
};

const hfClinic: Template = (g, c) => {
  const pt = p28(g);
  return t`HEART FAILURE CLINIC FOLLOW-UP   ${dt(g, c.discharge, false)}
${pname(g, pt)} (${ageOf28(g)}) returns 2 weeks after discharge from ${org(g)}. Weight down 3 kg since ${dt(g, addD(c.discharge, -14))}.
${dev28(g)} readings: PA diastolic 18-22 mmHg; device ${device(g)}.
${labv(g)}, ${labv(g)}. NYHA II. ${epo(g)} resolved.
Meds: ${med(g)}; ${med(g)}; ${med(g)}.
Our program's ${stat(g)}. RTC ${dt(g, addD(c.discharge, 28))} with ${dname(g, p28(g), 'NP')}.
`;
};

const nephrologyConsult: Template = (g, c) => {
  const pt = patient(g, c);
  return t`NEPHROLOGY CONSULTATION  ${dt(g, c.admit)}
Requested by ${dname(g, p28(g))} for AKI (${code(g)}).
${pt.name} is a ${ageOf28(g)}-year-old on outpatient HD at ${org(g, POST_ACUTE)} (${town(g)}) MWF since ${monthYear(g, addD(c.admit, -400))}; dialysis coordinator ${phi('name', p28(g).first, 'first')} ${tel(g)}.
${labv(g)}; ${labv(g)}; ${labv(g)}. Last session ${dt(g, addD(c.admit, -1))}.
Rec: ${med(g)}; avoid ${med(g)}. ${proc(g)}.
${dname(g, p28(g))}, ${pager(g)}
`;
};

const opNote: Template = (g, c) => {
  const pt = p28(g);
  return t`OPERATIVE NOTE
Patient: ${pname(g, pt)}  MRN: ${mrn28(g)}  Date of procedure: ${dt(g, c.admit, false)}
Surgeon: ${dname(g, p28(g))}; Assistant: ${dname(g, p28(g), 'PA-C')}; Anesthesia: ${dname(g, p28(g))}
Procedure: ${proc(g)}; ${dev28(g)} implanted, UDI ${udiValue(g)}; lead serial ${serialValue(g)}.
EBL 20 mL. ${med(g)} given pre-incision. ${epo(g)}.
Implant card given to ${rel(g)} ${phi('name', p28(g).first, 'first')}.
`;
};

const edNote: Template = (g, c) => {
  const pt = patient(g, c);
  return t`ED PROVIDER NOTE ${dt(g, c.admit, false)} ${hhmm(g)}
${pt.name}, ${ageOf28(g)} yo, BIBA from home (${street(g)}, ${town(g)} ${zip(g)}).
Chest pain since ${dt(g, addD(c.admit, -1))}. ${labv(g)}; ${labv(g)}. HEART score 6. ${epo(g)}.
Given ${med(g)} and ${med(g)}. Admitted to ${dname(g, p28(g))}'s service. ${proc(g)}.
PCP ${dname(g, p28(g))}, office ${tel(g)}.
`;
};

const dischargeInstructions: Template = (g, c) => {
  const pt = p28(g);
  return t`YOUR DISCHARGE INSTRUCTIONS — ${org(g)}
For: ${pname(g, pt)}    Discharged: ${dt(g, c.discharge, false)}
Weigh yourself every morning; call if you gain more than 3 lb. New medicine: ${med(g)}. Stop ${med(g)}.
Appointments: ${dname(g, p28(g))} on ${dt(g, addD(c.discharge, 7))} at 10:15; lab draw ${dt(g, addD(c.discharge, 5))}.
View results at ${urlValue(g, pt.last)}. Questions: nurse line ${tel(g)}.
Your nurse today: ${phi('name', p28(g).first, 'first')}.
`;
};

const phoneEncounter: Template = (g, c) => {
  const pt = p28(g);
  const caller = p28(g);
  return t`TELEPHONE ENCOUNTER ${dt(g, c.discharge)} ${hhmm(g)}
Caller: ${rel(g)} ${pname(g, caller)} re: ${pname(g, pt)} (DOB ${dt(g, new Date(Date.UTC(g.int(1930, 1995), g.int(0, 11), g.int(1, 28))), false)}).
Reports dizziness since starting ${med(g)}; ${labv(g)} on home cuff. Advised to hold dose.
Call back ${tel(g)}; e-mail ${phi('email', `${caller.first.toLowerCase().replace(/[^a-z]/g, '')}${g.int(10, 99)}@${g.pick(['example.net', 'inbox.example.org'])}`)}.
Routed to ${dname(g, p28(g))}. ${initials(p28(g))}/RN
`;
};

const progressNote: Template = (g, c) => {
  const pt = patient(g, c);
  return t`HOSPITALIST PROGRESS NOTE — HD #${g.int(2, 9)}, ${dt(g, addD(c.admit, 2))}
S: ${pt.first} slept poorly; ${g.pick(['wife', 'son', 'daughter'])} at bedside.
O: ${labv(g)}, ${labv(g)}, ${labv(g)}. ${epo(g)}.
A/P: ${code(g)} — continue ${med(g)}; ${med(g)}. Repeat echo compared with ${dt(g, addD(c.admit, -200))}.
Dispo: anticipate discharge ${dt(g, c.discharge)}. ${dname(g, p28(g))} ${pager(g)}
`;
};

const familyMeeting: Template = (g, c) => {
  const pt = p28(g);
  const people = [p28(g), p28(g), p28(g)];
  return t`FAMILY MEETING NOTE  ${dt(g, c.discharge)}
Present: ${join(
    people.map((p) => t`${phi('name', `${p.first} ${p.last}`, 'full')} (${rel(g)})`),
    ', ',
  )}; ${dname(g, p28(g))}; chaplain ${phi('name', p28(g).first, 'first')}.
Discussed ${pname(g, pt)}'s prognosis (${ageOf28(g)} years old, ${code(g)}). ${phi('name', (people[0] as P28).first, 'first')} is health care proxy; ${phi('name', (people[1] as P28).first, 'first')} will call ${phi('name', (people[2] as P28).first, 'first')} in ${town(g)}. Code status DNR/DNI. Hospice referral to ${org(g, POST_ACUTE)}.
`;
};

const icuNote: Template = (g, c) => {
  const pt = patient(g, c);
  return t`MICU ATTENDING NOTE ${dt(g, c.admit)}
${pt.name} remains intubated on ${dev28(g)}; ${labv(g)}, ${labv(g)}. RASS -2 (${epo(g)}).
Drips: ${med(g)}; ${med(g)}. Cultures from ${dt(g, addD(c.admit, -1))} growing GNR (${code(g)}).
Discussed with ${rel(g)} by phone ${tel(g)}. ${stat(g)} in our ICU this year.
${dname(g, p28(g))}
`;
};

const faceSheet: Template = (g, c) => {
  const pt = p28(g);
  const ec = p28(g);
  return t`REGISTRATION FACE SHEET   ${org(g)}
Name: ${phi('name', `${pt.last.toUpperCase()}, ${pt.first.toUpperCase()} ${pt.middle[0]}`, 'upper_last_first')}   MRN: ${mrn28(g)}   HAR: ${acct28(g)}
DOB: ${dt(g, new Date(Date.UTC(g.int(1921, 1999), g.int(0, 11), g.int(1, 28))), false)}   Age: ${ageOf28(g)}   ${ssn(g)}
Address: ${addr(g)}
Home: ${tel(g)}   Employer: ${employer(g)}
Primary: ${org(g, PAYERS)}  ${g.chance(0.5) ? t`MBI ${mbiValue(g)}` : healthPlan(g)}
Emergency contact: ${pname(g, ec)} (${rel(g)}) ${tel(g)}
Admit: ${dt(g, c.admit, false)}  Registrar: ${initials(p28(g))}
`;
};

/** A note API result serialized into the text block, as a note service returns it. */
const noteApiText: Template = (g, c) => {
  const pt = p28(g);
  const au = p28(g);
  return jsonText(
    {
      noteId: uuid(g),
      type: g.pick(['Discharge Summary', 'Progress Note', 'Consult']),
      created: systemTimestamp(g),
      api: version(g),
      author: t`${phi('name', `${au.last}, ${au.first}`, 'last_first')}, MD`,
      patient: {
        name: pname(g, pt),
        mrn: mrn28(g),
        dob: dt(g, new Date(Date.UTC(g.int(1930, 1995), g.int(0, 11), g.int(1, 28))), false),
      },
      facility: org(g),
      clientIp: ipValue(g),
      text: t`${phi('name', pt.first, 'first')} is a ${ageOf28(g)}-year-old admitted ${dt(g, c.admit)} with ${code(g)}. ${labv(g)}. Discharged on ${med(g)}. Follow up with ${dname(g, p28(g))} on ${dt(g, addD(c.discharge, 10))}.`,
    },
    g.chance(0.5) ? 2 : 0,
  );
};

const radiologyApiText: Template = (g, c) => {
  const pt = p28(g);
  return jsonText({
    resultId: uuid(g),
    accession: accession(g),
    status: 'final',
    performed: dt(g, c.admit, false),
    patient: pname(g, pt),
    mrn: mrn28(g),
    modality: dev28(g),
    report: t`COMPARISON: ${dt(g, addD(c.admit, -g.int(40, 500)))}. FINDINGS: ${epo(g)}. IMPRESSION: ${code(g)}. Signed ${dname(g, p28(g))}.`,
    signedAt: systemTimestamp(g),
    viewer: urlValue(g, pt.last),
    sourceIp: ipValue(g),
  });
};

const deathApiText: Template = (g, c) => {
  const pt = p28(g);
  return jsonText(
    {
      recordId: recordId(g),
      kind: 'death_summary',
      schema: version(g),
      decedent: {
        name: pname(g, pt),
        age: phi('age', String(g.int(90, 103))),
        residence: town(g),
        county: county(g),
      },
      dateOfDeath: dt(g, c.discharge, false),
      informant: t`${rel(g)} ${phi('name', `${p28(g).first} ${pt.last}`, 'full')}`,
      body: t`Expired at ${hhmm(g)} after comfort care; ${med(g)}. ${stat(g)}.`,
      exportedAt: systemTimestamp(g),
    },
    2,
  );
};

export const BLIND28_TEXT_DOCS: Record<string, Template> = {
  b28DischargeSummary: dischargeSummary,
  b28AdmissionHP: admissionHP,
  b28CardiologyLetter: cardiologyLetter,
  b28DiabetesLetter: diabetesLetter,
  b28RadiologyReport: radiologyReport,
  b28EchoReport: echoReport,
  b28NursingNote: nursingNote,
  b28CaseManagement: caseManagement,
  b28TransferSummary: transferSummary,
  b28MedRec: medRec,
  b28DeathSummary: deathSummary,
  b28TraumaHP: traumaHP,
  b28HfClinic: hfClinic,
  b28NephrologyConsult: nephrologyConsult,
  b28OpNote: opNote,
  b28EdNote: edNote,
  b28DischargeInstructions: dischargeInstructions,
  b28PhoneEncounter: phoneEncounter,
  b28ProgressNote: progressNote,
  b28FamilyMeeting: familyMeeting,
  b28IcuNote: icuNote,
  b28FaceSheet: faceSheet,
  b28NoteApiText: noteApiText,
  b28RadiologyApiText: radiologyApiText,
  b28DeathApiText: deathApiText,
};
