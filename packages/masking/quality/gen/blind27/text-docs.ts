/** Text documents of blind split 27: a general de-identification test set. SYNTHETIC DATA ONLY. */
import type { Cast } from '../cast';
import type { Gen } from '../context';
import { addDays } from '../dates';
import { type Frag, join, jsonText, keep, phi, t } from '../fragment';
import {
  accountValue,
  biometricValue,
  deaValue,
  driversLicenseValue,
  fax,
  ipValue,
  mbiValue,
  memberIdValue,
  mrnValue,
  npiValue,
  phoneValue,
  photoFile,
  plateValue,
  serialValue,
  ssn,
  stateLicenseValue,
  udiValue,
  urlValue,
  vinValue,
} from '../identifiers';
import { systemTimestamp, uuid, version } from '../keep-vocab';
import {
  accession,
  addr,
  addrLine,
  ageOf27,
  claimNo,
  clock,
  cptCode,
  dev,
  doc,
  drug,
  dt,
  emailOf,
  epo,
  future,
  groupNo,
  hosp,
  icd,
  isoD,
  lab,
  labOrg,
  labRow,
  loincCode,
  nm,
  own,
  patient,
  payer,
  pharmacy,
  rx,
  SCANNERS,
  snomedCode,
  staffEmail,
  stat,
  town,
  usD,
  vendor,
  vitals,
  who,
  year,
} from './vocab';

type Template = (g: Gen, c: Cast) => Frag;

const sexWord = (p: { sex: string }): string => (p.sex === 'female' ? 'female' : 'male');
const he = (p: { sex: string }): string => (p.sex === 'female' ? 'She' : 'He');

function labs(g: Gen, n: number): Frag {
  return join(
    Array.from({ length: n }, () => lab(g)),
    g.pick([', ', '; ', ' / ']),
  );
}

function meds(g: Gen, n: number, bullet: string): Frag {
  return join(
    Array.from({ length: n }, () => t`${bullet}${rx(g)}`),
    '\n',
  );
}

export const BLIND27_TEXT_DOCS: Record<string, Template> = {
  b27_progress_soap: (g, c) => {
    const p = patient(g, c);
    const md = who(g, c.attending);
    const visit = c.admit;
    return t`PROGRESS NOTE — ${hosp(g)} Internal Medicine
Patient: ${nm(g, p, g.pick(['last_first', 'upper', 'full']))}    DOB: ${dt(g, p.dob)}    MRN: ${mrnValue(g)}
Date of service: ${dt(g, visit)}    Provider: ${doc(g, md)}

S: ${ageOf27(p)} y/o ${sexWord(p)} here for f/u of ${epo(g)} and HTN. Reports dizziness since ${dt(g, addDays(visit, -g.int(5, 40)), 'mon_day')}. Lives with ${g.pick(['daughter', 'son', 'husband', 'wife', 'niece'])} ${nm(g, own(g), 'full')} in ${town(g)}; she drives ${p.sex === 'female' ? 'her' : 'him'} to visits. Quit smoking in ${year(g)}.
O: ${vitals(g)}, ${vitals(g)}, ${vitals(g)}. Recent labs: ${labs(g, 3)}.
A/P:
 1. ${icd(g)} — continue ${rx(g)}; start ${rx(g)}.
 2. ${icd(g)} — repeat ${lab(g)} in 2 wks at ${labOrg(g)}.
 3. Cardiology referral to ${doc(g, own(g))} (${stat(g)} in the trial cited).
RTC ${dt(g, future(g))} at ${clock(g)}. Pt may be reached at ${phoneValue(g)}.
Electronically signed ${systemTimestamp(g)} via ${vendor(g)} ${version(g)}`;
  },

  b27_cardiology_consult: (g, c) => {
    const p = patient(g, c);
    const req = who(g, c.attending);
    const me = who(g, c.consultant);
    return t`CARDIOLOGY CONSULTATION
Requested by: ${doc(g, req)}        Consultant: ${doc(g, me)}
RE: ${nm(g, p, 'first_mid_last')} (${ageOf27(p)} yo ${sexWord(p)}), DOB ${dt(g, p.dob)}, acct ${accountValue(g)}

Reason: syncope with ${epo(g)} on telemetry.
History: ${he(p)} has a ${dev(g)} implanted ${dt(g, addDays(c.admit, -g.int(200, 2000)))} at ${hosp(g)} (serial ${serialValue(g)}). Last interrogation by rep ${nm(g, own(g), 'full')} showed ${stat(g)}.
Meds: ${rx(g)}, ${rx(g)}, ${drug(g)} (held).
Data: ${labs(g, 4)}. TTE (CPT ${cptCode(g)}): EF 35-40%.
Impression: ${icd(g)}; ${epo(g)}.
Plan: discuss ${dev(g)} upgrade; check ${lab(g)}. I spoke with ${p.sex === 'female' ? 'her' : 'his'} ${g.pick(['son', 'daughter', 'partner'])}, ${nm(g, c.relative, 'full')}, at ${phoneValue(g)}.
${doc(g, me)} | NPI ${npiValue(g)} | pager ${phoneValue(g)} | ${staffEmail(g, me)}`;
  },

  b27_ed_mvc: (g, c) => {
    const p = patient(g, c);
    const ems = own(g);
    const arrive = c.admit;
    return t`EMERGENCY DEPARTMENT NOTE        ${hosp(g)}
Arrival: ${dt(g, arrive)} ${clock(g)} by ${g.pick(['Medic 12', 'county EMS', 'private vehicle'])}
Pt: ${nm(g, p, 'upper')}  MRN ${mrnValue(g)}  Age ${ageOf27(p)}

HPI: Restrained driver in a two-car MVC on ${addr(g).street} near ${town(g)}. Vehicle: ${g.pick(['2016 Subaru Outback', '2019 Ford F-150', '2012 Honda Civic', '2021 Kia Sorento'])}, VIN ${vinValue(g)}, plate ${plateValue(g)}. Airbags deployed. Officer ${nm(g, own(g), g.pick(['full', 'initial_last']))} (badge ${phi('other_id', g.digits(4), 'badge')}) on scene; report #${phi('other_id', `${g.int(23, 25)}-${g.digits(6)}`, 'police_report')}.
EMS (${nm(g, ems, 'initial_last')}, paramedic lic. ${stateLicenseValue(g)}): ${vitals(g)}, GCS 15.
Exam: ${epo(g)} negative. Seatbelt sign absent. ${vitals(g)}.
Imaging: CT head (CPT ${cptCode(g)}) no acute findings.
Labs: ${labs(g, 3)}.
Dx: ${icd(g)}. Tdap given; ${rx(g)}.
Disposition: home with ${g.pick(['wife', 'husband', 'mother', 'roommate'])} ${nm(g, c.relative, 'first')} (${phoneValue(g)}). Driver's license ${driversLicenseValue(g)} scanned for registration.`;
  },

  b27_discharge_summary: (g, c) => {
    const p = patient(g, c);
    const att = who(g, c.attending);
    const pcp = own(g);
    return t`DISCHARGE SUMMARY
Name: ${nm(g, p, 'last_first')}      MRN: ${mrnValue(g)}      ${ssn(g)}
Admitted: ${dt(g, c.admit)}      Discharged: ${dt(g, c.discharge)}
Attending: ${doc(g, att)}      PCP: ${doc(g, pcp)}
Principal dx: ${icd(g)} (${snomedCode(g)})   Secondary: ${icd(g)}, ${icd(g)}

Hospital course: ${ageOf27(p)}-year-old ${sexWord(p)} from ${town(g)} admitted with ${epo(g)}. Treated with ${rx(g)} and ${rx(g)}. ${lab(g)} on admission, ${lab(g)} at discharge. Seen by ${doc(g, c.consultant)} (nephrology).
Discharge medications:
${meds(g, g.int(3, 5), '  - ')}
STOP: ${drug(g)}.
Follow-up: ${doc(g, pcp)} on ${dt(g, future(g))}; labs at ${labOrg(g)} within 1 week. Home health via ${g.pick(['Amedisys', 'BrightStar Care', 'Lantern Home Health'])}.
Discharged to: ${addrLine(g, addr(g, c))}. Contact: ${c.relation} ${nm(g, c.relative, 'full')}, ${phoneValue(g)}.`;
  },

  b27_operative_report: (g, c) => {
    const p = patient(g, c);
    const surg = who(g, c.attending);
    const asst = own(g);
    const anes = own(g);
    return t`OPERATIVE REPORT
Patient: ${nm(g, p, 'full')}   DOB: ${usD(p.dob)}   MRN: ${mrnValue(g)}
Date of surgery: ${dt(g, c.admit)}
Surgeon: ${doc(g, surg)}   Assistant: ${doc(g, asst)}   Anesthesia: ${doc(g, anes)}
Procedure: ${epo(g)} (CPT ${cptCode(g)}), with implant.
Indications: ${icd(g)}; failed conservative therapy since ${year(g)}.
Implant: ${dev(g)}; UDI ${udiValue(g)}; lot ${phi('device', `${g.letters(1)}${g.digits(6)}`, 'lot')}.
Findings: ${epo(g)} noted. EBL 150 mL. ${lab(g)} intra-op.
Antibiotic: ${rx(g)}. VTE: ${rx(g)}.
Specimen ${accession(g)} to ${labOrg(g)}.
Intraoperative photos ${photoFile(g, p.last)} and ${photoFile(g, p.last)} uploaded to chart.
Dictated ${dt(g, c.admit)} by ${nm(g, surg, 'initials')}; job #${phi('other_id', g.digits(7), 'job')}.`;
  },

  b27_lab_report: (g, c) => {
    const p = patient(g, c);
    const ordering = who(g, c.attending);
    const rows = Array.from({ length: g.int(4, 7) }, () => {
      const [name, value, range] = labRow(g);
      return t`${name.padEnd(16)}${value}    (${range})  ${loincCode(g)}`;
    });
    const coll = c.admit;
    return t`${labOrg(g)} — FINAL REPORT
Patient: ${nm(g, p, 'upper')}          Sex: ${p.sex === 'female' ? 'F' : 'M'}   DOB: ${dt(g, p.dob, g.pick(['us', 'dd_mon_yyyy', 'iso']))}   Age: ${ageOf27(p)}
Specimen ID: ${accession(g)}     Client acct: ${accountValue(g)}
Collected: ${dt(g, coll)} ${clock(g)}   Received: ${dt(g, coll)}   Reported: ${dt(g, addDays(coll, 1))}
Ordering: ${doc(g, ordering)}   NPI ${npiValue(g)}   Fax ${phoneValue(g, 'fax')}
-------------------------------------------------------------
Test            Result          (Ref)       LOINC
${join(rows, '\n')}
-------------------------------------------------------------
Critical value called to ${nm(g, own(g), g.pick(['full', 'initial_last']))}, RN at ${clock(g)}; read back verified.
Performing lab medical director: ${doc(g, own(g))}.`;
  },

  b27_radiology_report: (g, c) => {
    const p = patient(g, c);
    const rad = own(g);
    const prior = addDays(c.admit, -g.int(30, 900));
    return t`EXAM: ${g.pick(['CT ABDOMEN/PELVIS W CONTRAST', 'MRI LUMBAR SPINE WO', 'CT ANGIO CHEST PE PROTOCOL', 'US RUQ'])}
PATIENT: ${nm(g, p, 'hl7')}   MRN: ${mrnValue(g)}   ACC#: ${accession(g)}
DATE: ${dt(g, c.admit)}   ORDERING: ${doc(g, who(g, c.attending))}
CPT ${cptCode(g)}   Scanner: ${keep('device_name', g.pick(SCANNERS))} station ${phi('device', `CT${g.digits(2)}-${g.letters(3)}${g.digits(3)}`, 'station')}

CLINICAL HISTORY: ${ageOf27(p)} yo with ${icd(g)}, ${epo(g)} on exam.
COMPARISON: ${dt(g, prior)}.
FINDINGS: ${epo(g)}. Contrast: Omnipaque 350, 100 mL. ${lab(g)} prior to contrast.
IMPRESSION:
1. ${epo(g)}.
2. ${stat(g)} for this finding per ACR guidance.
Key images: ${urlValue(g, p.last)}
Signed: ${doc(g, rad)} ${dt(g, c.admit)} ${clock(g)} via PowerScribe ${version(g)}`;
  },

  b27_sms_reminder: (g, c) => {
    const p = patient(g, c);
    const md = own(g);
    const when = future(g);
    return t`${g.pick(['From', 'Sender:'])} ${hosp(g)}
To: ${phoneValue(g)}
Hi ${nm(g, p, 'first')}! Reminder: you have an appt with ${doc(g, md)} on ${dt(g, when, g.pick(['mon_day', 'us_short', 'month_ordinal', 'month_day_year']))} at ${clock(g)}, ${addr(g).street}, Suite ${g.int(100, 500)}. Reply C to confirm, R to reschedule. Check in online: ${urlValue(g, p.last)} . Questions? ${phoneValue(g)}. Msg ref ${uuid(g)} (sent by ${vendor(g)})`;
  },

  b27_schedule_table: (g, c) => {
    const md = who(g, c.attending);
    const day = future(g);
    const rows = Array.from({ length: g.int(4, 6) }, () => {
      const p = g.chance(0.5) ? own(g) : own(g, { minAge: 90, maxAge: 101 });
      return t`| ${clock(g)} | ${nm(g, p, g.pick(['last_first', 'upper', 'full']))} | ${usD(p.dob)} | ${mrnValue(g)} | ${g.pick(['NP', 'FU', 'Post-op', 'AWV', 'Telehealth'])} | ${phoneValue(g)} | ${g.chance(0.5) ? payer(g) : 'Self-pay'} |`;
    });
    return t`Clinic schedule — ${doc(g, md)} — ${dt(g, day, g.pick(['month_day_year', 'us', 'iso']))}
Location: ${hosp(g)}, ${addr(g).street}
| Time | Patient | DOB | MRN | Type | Phone | Coverage |
|---|---|---|---|---|---|---|
${join(rows, '\n')}
Template booked: ${stat(g)}. Printed from ${vendor(g)} ${version(g)} at ${systemTimestamp(g)}.`;
  },

  b27_cms1500_text: (g, c) => {
    const p = patient(g, c);
    const a = addr(g, c);
    const md = who(g, c.attending);
    const dos = c.admit;
    return t`HEALTH INSURANCE CLAIM FORM (CMS-1500 02/12)
1a INSURED'S ID: ${g.chance(0.4) ? mbiValue(g) : memberIdValue(g)}      11 GROUP: ${groupNo(g)}
2 PATIENT NAME: ${nm(g, p, 'upper')}
3 DOB: ${dt(g, p.dob, g.pick(['us', 'us_yy']))}  SEX: ${p.sex === 'female' ? 'F' : 'M'}
5 ADDRESS: ${addrLine(g, a)}   TEL ${phoneValue(g)}
4 INSURED: ${nm(g, g.chance(0.5) ? p : c.relative, 'upper')}   PAYER: ${payer(g)}
21 DX: A ${icd(g)}  B ${icd(g)}  C ${icd(g)}
24 DOS ${usD(dos)} - ${usD(dos)}  POS 11  CPT ${cptCode(g)} 25  $${g.int(90, 480)}.00
24 DOS ${usD(dos)} - ${usD(dos)}  POS 11  CPT ${cptCode(g)}     $${g.int(20, 200)}.00
25 FED TAX ID ${phi('other_id', `${g.digits(2)}-${g.digits(7)}`, 'tin')}   26 PT ACCT ${accountValue(g)}
31 ${doc(g, md)}  ${dt(g, addDays(dos, 2))}
33 ${hosp(g)}  NPI ${npiValue(g)}`;
  },

  b27_era_remittance: (g, c) => {
    const lines = Array.from({ length: g.int(2, 4) }, () => {
      const p = own(g, g.chance(0.2) ? { minAge: 90, maxAge: 99 } : {});
      const d = addDays(c.admit, g.int(-60, 0));
      return t`CLP ${claimNo(g)}  ${nm(g, p, 'upper')}  ID ${memberIdValue(g)}  PT ACCT ${accountValue(g)}
    SVC ${cptCode(g)}  DOS ${dt(g, d, g.pick(['compact', 'us']))}  BILLED ${g.int(80, 900)}.00  PAID ${g.int(0, 400)}.${g.digits(2)}  CARC CO-45 PR-2`;
    });
    return t`ELECTRONIC REMITTANCE ADVICE (835)   Payer: ${payer(g)}   Check/EFT# ${phi('account', `EFT${g.digits(10)}`, 'eft')}
Payee: ${hosp(g)}   NPI ${npiValue(g)}   Pay date ${dt(g, c.discharge)}
${join(lines, '\n')}
Totals: ${stat(g)}. Generated by ${vendor(g)} clearinghouse ${version(g)}.`;
  },

  b27_portal_thread: (g, c) => {
    const p = patient(g, c);
    const rn = own(g);
    const md = who(g, c.attending);
    const sent = c.admit;
    return t`MyHealth Portal — Message thread ${uuid(g)}
From: ${nm(g, p, 'full')} <${emailOf(g, p)}>
Sent: ${dt(g, sent)} ${clock(g)}
Subject: rash after new med

Hi ${doc(g, md)}, since starting ${rx(g)} on ${dt(g, addDays(sent, -g.int(2, 9)), 'mon_day')} I have a rash on both arms. Photo attached (${photoFile(g, p.last)}). My ${g.pick(['husband', 'wife', 'mom', 'son'])} ${nm(g, own(g), 'first')} thinks it's ${epo(g)}. Can I stop it? Best number is ${phoneValue(g)}. Thanks, ${nm(g, p, g.pick(['first', 'nick']))}

---
Reply from ${nm(g, rn, 'full')}, RN (${hosp(g)}), ${dt(g, addDays(sent, 1))}:
Hi ${nm(g, p, 'first')}, ${doc(g, md)} reviewed the picture. Please hold ${drug(g)} and take ${rx(g)}. Last ${lab(g)} was normal. If swelling of lips, call 911.
[audit] session ip=${ipValue(g)} ua="MyHealthApp/${version(g)} iOS" at ${systemTimestamp(g)}`;
  },

  b27_chat_scheduling: (g, c) => {
    const p = patient(g, c);
    const agent = own(g);
    const a = addr(g, c);
    return t`[Chat transcript — ${vendor(g)} virtual front desk]
${clock(g)} Bot: Welcome to ${hosp(g)}. What's your full name?
${clock(g)} Visitor: ${nm(g, p, g.pick(['full', 'first_mid_last', 'nick']))}
${clock(g)} Bot: Date of birth?
${clock(g)} Visitor: ${dt(g, p.dob, g.pick(['us_short', 'month_day_year', 'us_yy', 'dotted_eu']))}
${clock(g)} Bot: Transferring you to ${nm(g, agent, 'first')}.
${clock(g)} ${nm(g, agent, 'first')}: Hi! I see a visit on ${dt(g, future(g), 'mon_day')}. Is ${phoneValue(g)} still your cell?
${clock(g)} Visitor: no its ${phoneValue(g)} now. also i moved to ${addrLine(g, a)}
${clock(g)} ${nm(g, agent, 'first')}: Updated. Insurance still ${payer(g)}, member ${memberIdValue(g)}?
${clock(g)} Visitor: yes. and my email is ${emailOf(g, p)}
${clock(g)} ${nm(g, agent, 'first')}: Great. Bring a list of your meds (${drug(g)}, ${rx(g)}). Survey: ${stat(g)}.
Session ${uuid(g)} closed ${systemTimestamp(g)}`;
  },

  b27_referral_letter: (g, c) => {
    const p = patient(g, c);
    const from = who(g, c.attending);
    const to = own(g);
    return t`${hosp(g)}
${addrLine(g, addr(g))}
Tel ${phoneValue(g)}   ${fax(g)}

${dt(g, c.admit, g.pick(['month_day_year', 'mon_dot_year', 'day_mon_year']))}

Dear ${doc(g, to)},

Re: ${nm(g, p, g.pick(['full', 'first_mid_last', 'title']))}, born ${dt(g, p.dob)}, ${addrLine(g, addr(g, c))}

Thank you for seeing this ${ageOf27(p)}-year-old ${sexWord(p)} with ${icd(g)} and ${epo(g)}. Symptoms began in ${year(g)}. Recent results: ${labs(g, 3)}. Current therapy: ${rx(g)}, ${rx(g)}. Insurance: ${payer(g)} ${memberIdValue(g)}.
${he(p)} prefers Spanish; ${p.sex === 'female' ? 'her' : 'his'} ${c.relation} ${nm(g, c.relative, 'full')} interprets (${phoneValue(g)}).

Kind regards,
${doc(g, from)}
NPI ${npiValue(g)} · DEA ${deaValue(g, from.last)} · Lic. ${stateLicenseValue(g)}
${staffEmail(g, from)}`;
  },

  b27_sbar_handoff: (g, c) => {
    const p = own(g, { minAge: 90, maxAge: 104 });
    const nurse = own(g);
    const next = own(g);
    return t`SBAR handoff ${clock(g)} — ${nm(g, nurse, 'first')} to ${nm(g, next, 'first')}
S: Rm 4B-12, ${nm(g, p, g.pick(['title', 'last_first', 'full']))}, ${ageOf27(p)}${p.sex === 'female' ? 'F' : 'M'}, admitted ${dt(g, c.admit, 'mon_day')} for ${icd(g)}. Fall risk; bed alarm on. Wanderguard tag ${phi('device', `WG-${g.digits(6)}`, 'tag')}.
B: ${epo(g)}; hx ${icd(g)}. Hearing aids (${dev(g)}).
A: ${vitals(g)}, ${vitals(g)}. ${lab(g)}. Got ${rx(g)} at 1400.
R: Recheck ${lab(g)} at 0400. Family: ${g.pick(['grandson', 'daughter', 'niece'])} ${nm(g, own(g), 'full')} ${phoneValue(g)} wants a call if any change; POA is ${nm(g, c.relative, 'full')}.
Biometric: palm-vein ID ${biometricValue(g)} enrolled at admission.`;
  },

  b27_telehealth_note: (g, c) => {
    const p = patient(g, c);
    const md = who(g, c.consultant);
    return t`TELEHEALTH VISIT (audio+video) — ${hosp(g)}
Patient ${nm(g, p, 'full')} located at home, ${town(g)}, ${g.pick(['OH', 'TX', 'WA'])}; provider ${doc(g, md)} at clinic.
Identity verified with photo ID (${driversLicenseValue(g)}) and DOB ${dt(g, p.dob)}.
Connection: ${ipValue(g)} via ${vendor(g)} Telehealth ${version(g)}; join link ${urlValue(g, p.last)}
Remote monitoring: ${dev(g)} (device ${serialValue(g)}) uploaded readings since ${dt(g, addDays(c.admit, -14), 'mon_day')}: ${vitals(g)}, ${vitals(g)}.
Assessment: ${icd(g)}, ${epo(g)}. ${lab(g)}.
Plan: titrate ${rx(g)}. Voice sample ${biometricValue(g)} stored for the voice-login pilot (consented).
Time: 22 min. Next televisit ${dt(g, future(g))}.`;
  },

  b27_mcp_search_text: (g, c) => {
    const hits = Array.from({ length: g.int(2, 3) }, () => {
      const p = g.chance(0.5) ? own(g) : c.pt;
      return {
        name: nm(g, p, g.pick(['full', 'last_first'])),
        dob: isoD(p.dob),
        mrn: mrnValue(g),
        phone: phoneValue(g),
        lastVisit: isoD(addDays(c.admit, -g.int(1, 200))),
        problems: [icd(g), icd(g)],
        note: t`Seen by ${doc(g, own(g))}; on ${rx(g)}`,
      };
    });
    return jsonText(
      {
        query: t`patients named ${phi('name', c.pt.last, 'last')} near ${phi('zip', c.addr.zip.value, c.addr.zip.form)}`,
        total: hits.length,
        results: hits,
        requestId: uuid(g),
        generatedAt: systemTimestamp(g),
      },
      g.chance(0.5) ? 2 : 0,
    );
  },

  b27_path_report: (g, c) => {
    const p = patient(g, c);
    const pathologist = own(g);
    return t`SURGICAL PATHOLOGY REPORT        ${labOrg(g)}
Case: ${accession(g)}    Patient: ${nm(g, p, 'last_first')}    MRN ${mrnValue(g)}    DOB ${dt(g, p.dob)}
Submitting: ${doc(g, who(g, c.attending))} (${hosp(g)})    Procedure date: ${dt(g, c.admit)}
SPECIMEN: A. Gallbladder. B. Lymph node, ${g.pick(['Calot', 'cystic duct'])}.
DIAGNOSIS: A. Chronic cholecystitis (${snomedCode(g)}); ${epo(g)}. B. Benign.
MICRO: ${stat(g)} Ki-67 in hot spots.
CPT ${cptCode(g)} x2; ICD ${icd(g)}.
Gross photo ${photoFile(g, p.last)}. Electronically signed ${doc(g, pathologist)} ${dt(g, addDays(c.admit, 3))}.`;
  },

  b27_pharmacy_callback: (g, c) => {
    const p = patient(g, c);
    const prescriber = who(g, c.attending);
    return t`${pharmacy(g)} — prescriber callback log
${dt(g, c.admit)} ${clock(g)} Tech ${nm(g, own(g), 'initial_last')} called ${doc(g, prescriber)} (${phoneValue(g)}) re: ${nm(g, p, 'full')}, DOB ${dt(g, p.dob)}.
Rx #${phi('other_id', g.digits(7), 'rx_number')} for ${rx(g)} — interaction with ${drug(g)} (${epo(g)} risk). Prescriber DEA ${deaValue(g, prescriber.last)}, NPI ${npiValue(g)}.
Changed to ${rx(g)}. Pt ${ssn(g, true)} on file for state PDMP query; PDMP shows ${stat(g)}.
Delivery to ${addrLine(g, addr(g, c))}; driver plate ${plateValue(g)}.`;
  },
};
