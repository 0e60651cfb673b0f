/**
 * Text documents of blind split 33: the clinical free text an EHR holds (ED and hospitalist notes,
 * discharge summaries, consults, operative, radiology and pathology reports, nursing notes,
 * telephone and portal messages, letters, social-work and case-management notes). SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { type Frag, join, phi, t } from '../fragment';
import {
  deaValue,
  driversLicenseValue,
  ipValue,
  npiValue,
  phoneValue,
  plateValue,
  serialValue,
  ssn,
  stateLicenseValue,
  udiValue,
  vinValue,
} from '../identifiers';
import {
  addr33,
  ageS,
  code,
  dev,
  doc33,
  drug,
  dt,
  epo,
  handle,
  ids,
  lab,
  mail,
  md,
  nm,
  org,
  p33,
  plus,
  ROLES_STAFF,
  SIGS,
  signedStamp,
  stat,
  when,
  yr,
} from './vocab';

type Template = (g: Gen) => Frag;

const sexWord = (g: Gen, s: 'F' | 'M'): string =>
  s === 'F' ? g.pick(['F', 'female', 'woman']) : g.pick(['M', 'male', 'man']);

function edNote(g: Gen): Frag {
  const pt = p33(g);
  const md1 = doc33(g);
  const rel = p33(g);
  const d = when(g);
  const a = addr33(g);
  return t`EMERGENCY DEPARTMENT PROVIDER NOTE
${org.hosp(g)} - ED
Patient: ${nm(g, pt, 'LF')}    MRN: ${ids.mrn(g)}    DOB: ${dt(g, pt.dob, 'us')}
Arrival: ${dt(g, d)} 0${g.int(1, 9)}:${g.int(10, 59)}    Mode: ${g.pick(['EMS', 'private vehicle', 'walk-in'])}

CC: ${g.pick(['chest pain', 'SOB', 'fall', 'AMS', 'abd pain', 'syncope'])}
HPI: ${ageS(pt)} y/o ${sexWord(g, pt.sex)} w/ hx ${code.icd(g)} (s/p ${g.pick(['CABG', 'TKA', 'appy', 'C-section'])} ${yr(g)}) presents from home (${a.street}, ${a.city}) with ${g.pick(['2 days of', 'acute onset', 'worsening'])} sx. ${g.pick(['Hx obtained from', 'Collateral from', 'Per'])} ${rel.sex === 'F' ? 'daughter' : 'son'} ${nm(g, rel, 'full')} (${phoneValue(g)}).
Meds: ${drug(g)} ${g.pick(SIGS)}; ${drug(g)} ${g.pick(SIGS)}
Labs: ${lab(g)}, ${lab(g)}, ${lab(g)}
${epo(g)} documented. ${g.pick(['EKG NSR', 'CT head neg', 'CXR w/o acute process'])}.
Dispo: admit to hospitalist, Dr. ${phi('name', md1.last, 'dr_last')} accepting.
Electronically signed: ${nm(g, doc33(g), 'full')}, MD  NPI ${npiValue(g)}  ${signedStamp(g, d)}`;
}

function progressNote(g: Gen): Frag {
  const pt = p33(g);
  const d = when(g);
  const cons = doc33(g);
  return t`Hospital Medicine Progress Note - HD#${g.int(2, 9)}
${nm(g, pt, 'lf')} | ${ageS(pt)}${pt.sex} | Rm ${g.int(300, 799)}-${g.pick(['A', 'B'])} | ${ids.mrn(g)}
Date of service: ${dt(g, d)}

S: ${g.pick(['Feels better, ate breakfast.', 'c/o poor sleep overnight', 'Pt resting, denies CP/SOB.'])} Family at bedside (${g.pick(['spouse', 'sister', 'brother'])} ${phi('name', p33(g).first, 'first')}).
O: ${lab(g)}; ${lab(g)}; ${lab(g)}
A/P:
# ${code.icd(g)} - cont ${drug(g)} ${g.pick(SIGS)}
# ${code.icd(g)} - ${g.pick(['ID following', 'GI consulted', 'cards consulted'])} (Dr. ${phi('name', `${cons.first[0]}. ${cons.last}`, 'dr_initial')}, pager ${phoneValue(g)}); f/u recs
# DVT ppx: ${drug(g)}
# Dispo: anticipate d/c ${md(g, plus(d, g.int(1, 3)))} if stable
-- ${nm(g, doc33(g), 'il')}, ${g.pick(['MD', 'DO', 'NP'])}`;
}

function dischargeSummary(g: Gen): Frag {
  const pt = p33(g);
  const a = when(g);
  const b = plus(a, g.int(2, 11));
  const pcp = doc33(g);
  return t`DISCHARGE SUMMARY

Name: ${nm(g, pt, 'full')}          Acct: ${ids.fin(g)}
Medical Record #: ${ids.mrn(g)}    Plan: ${org.payer(g)} ID ${ids.member(g)}
Admitted: ${dt(g, a, 'long')}    Discharged: ${dt(g, b, 'long')}
Attending: ${nm(g, doc33(g), 'full')}, MD
PCP: Dr. ${nm(g, pcp, 'full')} - fax ${phoneValue(g, 'fax')}

Principal diagnosis: ${code.icd(g)}
Secondary: ${code.icd(g)}, ${code.icd(g)}
Procedures: ${code.cpt(g)}

Hospital course: ${ageS(pt)}-year-old admitted with ${g.pick(['sepsis', 'CHF exacerbation', 'DKA', 'pneumonia', 'AKI'])}. Treated with ${drug(g)}. ${epo(g)} noted. Peak ${lab(g)}; at discharge ${lab(g)}.

Discharge medications:
  1. ${drug(g)} ${g.pick(SIGS)}
  2. ${drug(g)} ${g.pick(SIGS)}
  3. ${drug(g)} ${g.pick(SIGS)} (new; sent to ${org.pharm(g)})

Follow-up: PCP within 7 days; ${g.pick(['cardiology', 'nephrology', 'pulm'])} clinic ${dt(g, plus(b, g.int(5, 20)), 'short')}.
Discharged to: home with ${g.pick(['daughter', 'son', 'spouse'])}, ${addr33(g).street}.
Dictated by ${nm(g, doc33(g), 'il')}  D: ${dt(g, b, 'us')}  T: ${dt(g, plus(b, 1), 'us')}  job ${ids.ticket(g)}
cc: ${nm(g, pcp, 'lf')}`;
}

function operativeNote(g: Gen): Frag {
  const pt = p33(g);
  const d = when(g);
  const surg = doc33(g);
  return t`OPERATIVE REPORT
PATIENT: ${nm(g, pt, 'LF')}   MR#: ${ids.mrn(g)}   DATE OF SURGERY: ${dt(g, d)}
SURGEON: ${nm(g, surg, 'full')}, MD
ASSISTANT: ${nm(g, doc33(g), 'full')}, PA-C
ANESTHESIA: general, ${nm(g, doc33(g), 'il')}, CRNA
PREOP DX: ${code.icd(g)}    PROCEDURE: ${code.cpt(g)} ${g.pick(['lap chole', 'ORIF hip', 'ex-lap', 'port placement'])}
IMPLANTS: ${dev(g)}, lot ${phi('device', `${g.letters(2)}${g.digits(6)}`, 'lot')}, UDI ${udiValue(g)}
EBL: ${g.int(10, 450)} mL. Intraop: ${epo(g)} noted. ${drug(g)} given pre-incision.
Specimen to ${org.lab(g)}, accession ${ids.accession(g)}.
Findings discussed with ${pt.sex === 'F' ? 'her husband' : 'his wife'}, ${nm(g, p33(g), 'full')}, by phone ${phoneValue(g)}.
${nm(g, surg, 'il')} ${dt(g, d, 'short')}`;
}

function radiologyReport(g: Gen): Frag {
  const pt = p33(g);
  const d = when(g);
  return t`${org.hosp(g)} Department of Radiology
EXAM: ${g.pick(['CT ABD/PELVIS W CONTRAST', 'CXR 2V', 'MRI BRAIN WO', 'US RUQ'])} (${code.cpt(g)})
Pt: ${nm(g, pt, 'hl7')}  DOB ${dt(g, pt.dob, 'compact')}  Acc# ${ids.accession(g)}  MRN ${ids.mrn(g)}
Ordering: ${nm(g, doc33(g), 'lf')} MD   Exam date: ${dt(g, d)}
Comparison: ${g.chance(0.5) ? t`prior exam ${dt(g, plus(d, -g.int(30, 400)))}` : 'none'}
Technique: ${dev(g)} in situ; ${g.pick(['standard protocol', 'IV contrast 100 mL'])}.
Findings: ${g.pick(['No acute intracranial abnormality.', 'Small R pleural effusion.', 'Cholelithiasis without cholecystitis.', 'Mild hepatic steatosis.'])}
IMPRESSION: ${g.pick(['No acute findings.', 'Findings as above.', 'Recommend f/u imaging in 3 months.'])}
Critical result called to ${nm(g, doc33(g), 'full')} RN at ${g.int(10, 23)}:${g.int(10, 59)} on ${md(g, d)}, read back confirmed.
Read by: ${nm(g, doc33(g), 'fml')}, MD (${dt(g, d, 'us')}); workstation ${ipValue(g)}`;
}

function pathologyReport(g: Gen): Frag {
  const pt = p33(g);
  const d = when(g);
  const path = doc33(g);
  return t`SURGICAL PATHOLOGY REPORT -- ${org.lab(g)}
Case: ${ids.accession(g)}
Name: ${nm(g, pt, 'lf')}   Sex: ${pt.sex}   Age: ${ageS(pt)}   MRN: ${ids.mrn(g)}
Collected: ${dt(g, d)}   Received: ${dt(g, plus(d, 1))}
Submitting physician: ${nm(g, doc33(g), 'full')} (NPI ${npiValue(g)})
DIAGNOSIS:
  A. ${g.pick(['Gallbladder', 'Colon, sigmoid', 'Skin, L forearm', 'Appendix'])}: ${g.pick(['chronic cholecystitis', 'tubular adenoma', 'basal cell carcinoma, margins negative', 'acute appendicitis'])} (SNOMED ${code.snomed(g)})
Gross: received in formalin labeled with pt name and "${phi('date', `${d.getUTCMonth() + 1}/${d.getUTCDate()}`, 'month_day')}".
Slides/photo: gross photograph ${phi('photo', `GP_${g.digits(6)}.tif`)} on file.
Electronically signed out by ${nm(g, path, 'full')}, MD, ${dt(g, plus(d, g.int(2, 5)), 'long')}`;
}

function nursingNote(g: Gen): Frag {
  const pt = p33(g);
  const rn = doc33(g);
  const fam = p33(g);
  const d = when(g);
  return t`${g.pick(['Nursing Note', 'RN shift note', 'NURSING PROGRESS NOTE'])} ${md(g, d)} ${g.pick(['0700-1900', 'nights', '1900-0730'])}
pt ${nm(g, pt, 'il')} A&Ox${g.int(2, 4)}, ${epo(g)} reviewed. VS stable, ${lab(g)}. ID band checked, identity confirmed w/ palm vein scan ${phi('biometric', `PV-${g.digits(4)}-${g.letters(3)}`)}.
wound to sacrum photographed (${phi('photo', `IMG_${g.digits(4)}.JPG`)}) and uploaded to media tab.
gave ${drug(g)} per MAR. ${dev(g)} intact.
${fam.sex === 'F' ? 'daughter' : 'son'} ${nm(g, fam, 'full')} called, updated; cell ${phoneValue(g)}. Parked in visitor garage, plate ${plateValue(g)}; keys w/ security.
pt belongings: ${g.pick(['glasses, phone', 'dentures (upper)', 'wallet sent home'])}.
-- ${phi('name', `${rn.first} ${rn.last[0]}.`, 'first_initial')}, ${g.pick(ROLES_STAFF.slice(0, 2))}`;
}

function telephoneEncounter(g: Gen): Frag {
  const pt = p33(g);
  const rn = doc33(g);
  const d = when(g);
  return t`Telephone Encounter
${dt(g, d, 'us')} ${g.int(8, 16)}:${g.int(10, 59)}  Caller: ${g.chance(0.5) ? t`self` : t`spouse ${nm(g, p33(g), 'full')}`}
Re: ${nm(g, pt, 'full')} (DOB ${dt(g, pt.dob, 'short')}) ${ids.mrn(g)}
Call back #: ${g.chance(0.3) ? phi('phone', `${phoneValue(g).value} ext ${g.int(100, 999)}`, 'ext') : phoneValue(g)}
Reason: refill request - ${drug(g)} ${g.pick(SIGS)}, pt out since ${md(g, plus(d, -2))}. Pharmacy: ${org.pharm(g)} ${phoneValue(g)}.
Also asking about ${lab(g)} from last visit.
Routed to ${handle(g, doc33(g))} for approval. Advised pt ${g.pick(['to keep appt', 'to go to ED if worse', 'we will call back'])}.
${nm(g, rn, 'il')}, ${g.pick(ROLES_STAFF)}`;
}

function portalMessage(g: Gen): Frag {
  const pt = p33(g);
  const prov = doc33(g);
  const d = when(g);
  return t`From: ${nm(g, pt, 'full')} <${mail(g, pt)}>
To: ${g.pick(['Dr.', 'Doctor'])} ${phi('name', prov.last, 'dr_last')}'s care team
Sent: ${dt(g, d, 'long')} ${g.int(1, 12)}:${g.int(10, 59)} ${g.pick(['AM', 'PM'])}
Subject: ${g.pick(['question about my meds', 'test results??', 'Re: appointment', 'rash'])}

hi dr ${phi('name', prov.last.toLowerCase(), 'dr_last')}, ${g.pick(['since starting', 'ever since i got'])} the ${drug(g)} i have ${g.pick(['been dizzy', 'a rash on my arms', 'bad stomach'])}. my ${lab(g)} on the portal looks high? can i stop it. i attached a pic (${phi('photo', `photo_${g.digits(6)}.heic`)}).
my new number is ${phoneValue(g)} and I moved to ${addr33(g).street}.
thanks, ${phi('name', pt.first, 'first')}

[portal] login from ${ipValue(g)}; link ${phi('url', `https://mychart.harrowgate.example/msg/${g.digits(8)}`)}`;
}

function referralLetter(g: Gen): Frag {
  const pt = p33(g);
  const to = doc33(g);
  const from = doc33(g);
  const a = addr33(g);
  const d = when(g);
  return t`${org.hosp(g)}
Division of ${g.pick(['Gastroenterology', 'Cardiology', 'Endocrinology', 'Nephrology'])}

${dt(g, d, 'long')}

${nm(g, to, 'full')}, MD
${a.street}
${a.city}, ${a.state} ${a.zip}
Fax: ${phoneValue(g, 'fax')}

RE: ${nm(g, pt, 'full')}, DOB ${dt(g, pt.dob)}
Insurance: ${org.payer(g)}, member ${ids.member(g)}

Dear Dr. ${phi('name', to.last, 'dr_last')},

Thank you for seeing ${nm(g, pt, 'il')}, a ${ageS(pt)} y/o with ${code.icd(g)} and ${epo(g)}. Recent ${lab(g)} and ${lab(g)}. Current regimen ${drug(g)} ${g.pick(SIGS)}. I would appreciate evaluation at your earliest convenience.

Sincerely,
${nm(g, from, 'full')}, ${g.pick(['MD', 'DO'])}
NPI ${npiValue(g)} | DEA ${deaValue(g, from.last)} | Tel ${phoneValue(g)}`;
}

function socialWorkNote(g: Gen): Frag {
  const pt = p33(g);
  const sw = doc33(g);
  const a = addr33(g);
  const c = p33(g);
  return t`SOCIAL WORK ASSESSMENT
Pt: ${nm(g, pt, 'lf')}   ${ids.mrn(g)}   SW case ${ids.caseNo(g)}
Living situation: lives ${g.pick(['alone', 'with partner', 'with adult son'])} at ${a.street}, ${a.city} (${a.county}), ${a.state} ${a.zip}. Works at ${g.pick(['a warehouse', 'the county school district', 'a grocery store'])}.
Emergency contact: ${nm(g, c, 'full')} (${g.pick(['sister', 'friend', 'neighbor'])}) ${phoneValue(g)}
Benefits: applying for SSI/SSDI; ${ssn(g, true)} verified against card. ${g.pick(["Driver's license", 'DL', 'State ID'])} ${driversLicenseValue(g)} expired; car (${yr(g)} ${g.pick(['Corolla', 'pickup', 'minivan', 'Civic'])}) VIN ${vinValue(g)} impounded, needs title.
Substance use: ${code.icd(g)}. Referred to MAT - ${drug(g)}.
Plan: Medicaid application; ${org.payer(g)} liaison. Follow-up ${dt(g, when(g), 'short')}.
${nm(g, sw, 'full')}, ${g.pick(['LCSW', 'MSW', 'LMSW'])} x${g.int(4000, 4999)}`;
}

function caseManagementNote(g: Gen): Frag {
  const pt = p33(g);
  const cm = doc33(g);
  const d = when(g);
  return t`CM Note -- ${dt(g, d, 'us')}
${nm(g, pt, 'full')} / ${ids.mrn(g)} / HAR ${ids.fin(g)}
Payer: ${org.payer(g)}  Medicare MBI ${phi('health_plan', `${g.int(1, 9)}${g.letters(1, 'ACDEFGHJKMNPQRTUVWXY')}${g.letters(1, 'ACDEFGHJKMNPQRTUVWXY')}${g.digits(1)}${g.letters(1, 'ACDEFGHJKMNPQRTUVWXY')}${g.letters(1, 'ACDEFGHJKMNPQRTUVWXY')}${g.digits(1)}${g.letters(2, 'ACDEFGHJKMNPQRTUVWXY')}${g.digits(2)}`, 'mbi')}
Auth ${ids.auth(g)} approved for SNF, ${g.int(3, 14)} days, start ${md(g, plus(d, 1))}.
DME: ${dev(g)} delivered by ${org.dme(g)}, serial ${serialValue(g)}; home O2 S/N ${serialValue(g)}.
SSN on file: ${ssn(g, true)}
Transport: wheelchair van, driver ${nm(g, p33(g), 'full')}, vehicle plate ${plateValue(g)}.
Facility contact ${nm(g, p33(g), 'il')}, ${phoneValue(g)} / fax ${phoneValue(g, 'fax')}
${epo(g)} on admit; census today ${stat(g)}.
-- ${handle(g, cm)} (${g.pick(['RN CM', 'CM'])})`;
}

function consultNote(g: Gen): Frag {
  const pt = p33(g);
  const d = when(g);
  const cons = doc33(g);
  const lines = [lab(g), lab(g), lab(g)].map((l) => t`  - ${l}`);
  return t`CARDIOLOGY CONSULT
Requesting: ${nm(g, doc33(g), 'full')}   Consultant: ${nm(g, cons, 'full')}, MD
Patient ${nm(g, pt, 'fml')}, ${ageS(pt)} yo, seen ${dt(g, d)} in ${org.hosp(g)}.
Reason: ${g.pick(['AF w RVR', 'elevated troponin', 'syncope', 'device interrogation'])}.
Device: ${dev(g)}, serial ${serialValue(g)}, implanted ${phi('date', `${g.pick(['Jan', 'Apr', 'Jun', 'Sep', 'Nov'])} ${g.int(2016, 2023)}`, 'month_year')} by Dr. ${phi('name', doc33(g).last, 'dr_last')}.
Data:
${join(lines, '\n')}
Exam: ${epo(g)} noted.
Recs: start ${drug(g)} ${g.pick(SIGS)}; ${code.cpt(g)} if persistent.
Thank you for this consult. ${nm(g, cons, 'il')} | Lic ${stateLicenseValue(g)} | DEA ${deaValue(g, cons.last)}`;
}

function procedureNote(g: Gen): Frag {
  const pt = p33(g);
  const op = doc33(g);
  const d = when(g);
  const proc = g.pick([
    'Paracentesis, diagnostic and therapeutic',
    'Central venous catheter placement, R IJ',
    'Thoracentesis, L',
    'Lumbar puncture',
  ]);
  return t`Procedure Note
Procedure: ${proc} (${code.cpt(g)})
Date: ${dt(g, d)}   Patient: ${nm(g, pt)}   ${g.pick(['MRN', 'MR#', 'Med Rec'])} ${ids.mrn(g)}
Operator: ${nm(g, op, 'full')}, ${g.pick(['MD', 'DO', 'PA-C'])}; supervised by Dr. ${phi('name', doc33(g).last, 'dr_last')}
Consent: signed by ${g.chance(0.5) ? 'patient' : t`health care proxy ${nm(g, p33(g), 'full')}`}; time-out performed.
Indication: ${code.icd(g)}. Pre-procedure ${lab(g)}, ${lab(g)}.
Technique: ultrasound guidance, ${g.pick(['Seldinger technique used', 'sterile prep, 1% lidocaine'])}; ${dev(g)} used, lot ${phi('device', `${g.letters(1)}${g.digits(7)}`, 'lot')}.
${g.pick(['3.2 L', '1.1 L', '18 mL', '750 mL'])} removed; samples sent to ${org.lab(g)} (order ${ids.order(g)}).
Complications: none. EBL minimal.
${nm(g, op, 'il')} ${dt(g, d, 'us')}`;
}

function resultsLetter(g: Gen): Frag {
  const pt = p33(g);
  const a = addr33(g);
  const prov = doc33(g);
  const d = when(g);
  return t`${org.hosp(g)} Primary Care
${g.pick(['Phone', 'Tel', 'Office'])} ${phoneValue(g)}  Fax ${phoneValue(g, 'fax')}

${dt(g, plus(d, g.int(2, 9)), 'long')}

${nm(g, pt, 'full')}
${a.street}
${a.city}, ${a.state} ${a.zip}

Dear ${pt.sex === 'F' ? g.pick(['Ms.', 'Mrs.']) : 'Mr.'} ${phi('name', pt.last, 'title_last')},

Your recent test results from ${dt(g, d, 'long')} are below.
  ${lab(g)}  (normal)
  ${lab(g)}  (slightly out of range)
  ${lab(g)}
These results ${g.pick(['do not need any change in your treatment', 'mean we should recheck in 3 months', 'were reviewed and are stable'])}. Please keep taking ${drug(g)} as prescribed.
You can also see results at ${phi('url', `https://mychart.harrowgate.example/results/${g.digits(9)}`)}.

Sincerely,
${nm(g, prov, 'full')}, ${g.pick(['MD', 'DO', 'NP'])}
Account ${ids.fin(g)}`;
}

function deathNote(g: Gen): Frag {
  const pt = p33(g, 60, 88);
  const d = when(g);
  const fam = p33(g);
  return t`DEATH PRONOUNCEMENT NOTE
Called by RN ${nm(g, doc33(g), 'full')} to evaluate ${nm(g, pt, 'lf')} (${ageS(pt)} y.o., ${ids.mrn(g)}), DNR/DNI, on comfort care for ${code.icd(g)}.
Exam: no spontaneous respirations, no heart sounds x 1 min, pupils fixed. No response to sternal rub.
Time of death: ${g.int(0, 23)}:${g.int(10, 59)} on ${dt(g, d)}.
Family notified: ${g.pick(['daughter', 'son', 'husband', 'wife', 'niece'])} ${nm(g, fam, 'full')} at ${phoneValue(g)}; present at bedside.
Medical examiner case: ${g.chance(0.5) ? t`not required` : t`referred, ME case #${ids.caseNo(g)}`}. Autopsy declined.
Organ procurement organization notified, ref ${ids.ticket(g)}.
Attending ${nm(g, doc33(g), 'il')} notified. Death certificate to be completed by Dr. ${phi('name', doc33(g).last, 'dr_last')}.
`;
}

export const BLIND33_TEXT_DOCS: Record<string, Template> = {
  b33_ed_provider_note: edNote,
  b33_hospitalist_progress: progressNote,
  b33_discharge_summary: dischargeSummary,
  b33_operative_report: operativeNote,
  b33_radiology_report: radiologyReport,
  b33_surgical_pathology: pathologyReport,
  b33_nursing_shift_note: nursingNote,
  b33_telephone_encounter: telephoneEncounter,
  b33_portal_message: portalMessage,
  b33_referral_letter: referralLetter,
  b33_social_work_assessment: socialWorkNote,
  b33_case_management: caseManagementNote,
  b33_cardiology_consult: consultNote,
  b33_bedside_procedure_note: procedureNote,
  b33_results_letter: resultsLetter,
  b33_death_pronouncement: deathNote,
};
