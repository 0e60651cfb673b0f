/**
 * Clinical notes of blind split 10 as an EHR's tools return them: H&P, SOAP, consult, operative,
 * discharge, nursing, ED, lab, radiology and pathology text, typed the way clinicians type.
 * SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { type Frag, join, keep, phi, t } from '../fragment';
import {
  acctLabeled,
  day,
  dea,
  dobFor,
  dt,
  memberLabeled,
  mrnLabeled,
  mrnNo,
  npi,
  ph,
  phoneNo,
  photoName,
  plate,
  plus,
  serial,
  vin,
} from './ids';
import {
  anAge,
  cptCode,
  dev,
  drug,
  drugOnly,
  epo,
  icd,
  lab,
  loincCode,
  org,
  snomedCode,
  ts,
  ver,
  vitals,
  yr,
} from './keep';
import {
  crowd,
  doc,
  first,
  full,
  initials,
  lastFirst,
  lowerFirst,
  mk,
  ptName,
  upperLastFirst,
} from './people';
import { addr, addrLine } from './places';

const sx = (g: Gen, f: boolean): string =>
  f ? g.pick(['F', 'f', 'female', 'woman']) : g.pick(['M', 'm', 'male', 'man']);

function meds(g: Gen, n: number): Frag {
  return join(
    Array.from({ length: n }, () => t`${g.pick(['- ', '* ', '', '  '])}${drug(g)}`),
    '\n',
  );
}

function labs(g: Gen, n: number, sep = ', '): Frag {
  return join(
    Array.from({ length: n }, () => lab(g)),
    sep,
  );
}

function admissionHp(g: Gen): Frag {
  const [p, pcp, att, kin] = crowd(g);
  const a = anAge(g);
  const adm = day(g);
  const home = addr(g, 'US');
  return t`${g.pick(['ADMISSION H&P', 'HISTORY AND PHYSICAL', 'H & P - Hospitalist Service'])}
${org(g)}
Patient: ${upperLastFirst(p)}   ${mrnLabeled(g)}   DOB: ${dt(g, dobFor(g, a.n), 'us')}
Admit date: ${dt(g, adm)}    Attending: ${doc(g, att)}    PCP: ${doc(g, pcp)}

CC: ${g.pick(['sob x3 days', 'fall at home', 'chest pressure', 'n/v, abd pain', 'confusion per family'])}

HPI: ${a.span} yo ${sx(g, p.sex === 'f')} w/ h/o ${epo(g)}, ${g.pick(['CHF', 'COPD', 'DM2', 'ESRD on HD MWF', 'afib'])} (dx ${yr(g)}) who presents from home in ${home.town} with ${g.pick(['worsening dyspnea', 'a mechanical fall', 'LLQ pain', 'generalized weakness'])}. ${first(p)} states sx started ${g.pick(['tues', 'over the weekend', 'after church sunday', 'last thurs'])}. Lives w/ ${g.pick(['daughter', 'son', 'husband', 'wife', 'niece'])} ${full(kin)} (${phoneNo(g)}) at ${addrLine(g, home)}.

Home meds:
${meds(g, g.int(3, 6))}

Allergies: ${g.pick(['NKDA', 'PCN (hives)', 'sulfa', 'codeine - n/v'])}

ROS neg except per HPI. Exam: ${vitals(g)}, ${vitals(g)}, ${vitals(g)}. ${g.pick(['+', 'neg'])} ${epo(g)}.
Labs: ${labs(g, g.int(3, 5))}. ${loincCode(g)} pending.

A/P:
1. ${g.pick(['Acute on chronic HFrEF', 'Sepsis, likely urinary source', 'Syncope', 'Diverticulitis'])} (${icd(g)}) - ${drug(g)}, trend labs, ${g.pick(['echo', 'CT A/P', 'blood cx x2', 'tele'])}
2. ${g.pick(['HTN', 'DM2', 'CKD 3b', 'HLD'])} (${icd(g)}) - cont home ${drugOnly(g)}
Code status: ${g.pick(['FULL', 'DNR/DNI (MOLST on file)', 'full code, discussed w/ family'])}. ${memberLabeled(g)}
Dispo: pending. Called ${first(kin)} at ${phoneNo(g)} to update.
-- ${doc(g, att)} ${g.pick(['', 'NPI '])}${npi(g)}
`;
}

function soapNote(g: Gen): Frag {
  const [p, prov] = crowd(g);
  const a = anAge(g);
  const v = day(g);
  return t`${g.pick(['Progress Note', 'PROGRESS NOTE - INTERNAL MED', 'soap note'])} ${dt(g, v)}
pt: ${ptName(g, p)}, ${a.span}${g.pick(['yo', ' y/o', 'y', ' yr old'])} ${sx(g, p.sex === 'f')}, ${mrnLabeled(g)}
S: pt seen f/u ${g.pick(['HTN', 'DM', 'knee pain', 'depression', 'cough'])}. reports ${g.pick(['doing ok', 'still tired', 'better since last visit', 'not taking meds regularly'])}. ${g.pick(['Wife', 'Daughter', 'Son', 'Friend'])} ${first(mk(g))} present.
O: ${vitals(g)} ${vitals(g)} ${vitals(g)}. ${g.pick(['lungs CTAB', 'RRR no m/r/g', 'neg', 'mild TTP'])}; ${epo(g)} ${g.pick(['neg', 'pos', 'equivocal'])}
   ${labs(g, 2, ' | ')}
A: ${icd(g)} ${g.pick(['- stable', '- worse', 'improving', '?'])}; ${snomedCode(g)} on problem list
P: ${drug(g)}; ${g.pick(['d/c', 'stop', 'hold'])} ${drugOnly(g)}. rtc ${g.int(2, 12)} wks or ${dt(g, plus(v, g.int(14, 90)))}. ${cptCode(g)}
${doc(g, prov)} ${g.pick(['e-signed', 'signed', 'electronically signed by'])} ${ts(g)}
`;
}

function consultNote(g: Gen): Frag {
  const [p, ref, cons] = crowd(g);
  const a = anAge(g);
  const svc = g.pick(['CARDIOLOGY', 'NEPHROLOGY', 'ID', 'GI', 'NEUROLOGY']);
  return t`${svc} CONSULT
Requesting: ${doc(g, ref)}    Reason: ${g.pick(['new afib', 'AKI', 'bacteremia', 'GI bleed', 'seizure'])}
Pt ${lastFirst(p)} (${mrnNo(g)}), ${a.span}${p.sex} seen on ${dt(g, day(g))}, chart reviewed.
Hx sig for ${epo(g)}; ${dev(g)} placed ${yr(g, 2010, 2024)} at ${org(g)}, device S/N ${serial(g)}.
Pertinent: ${labs(g, 3)}; ECG ${g.pick(['NSR', 'AF RVR 130s', 'LBBB', 'sinus brady 48'])}.
Impression: ${icd(g)}. ${g.pick(['Agree with', 'Recommend', 'Suggest'])} ${drug(g)}, hold ${drugOnly(g)}.
Will follow. Thank you for this consult, ${g.pick(['Dr.', 'dr', ''])} ${first(ref)}.
${doc(g, cons)} | ${npi(g)} | pager ${phoneNo(g)}
`;
}

function operativeNote(g: Gen): Frag {
  const [p, surg, asst, anes] = crowd(g);
  const d = day(g);
  return t`OPERATIVE REPORT
PATIENT: ${upperLastFirst(p)}      MR#: ${mrnNo(g)}      DATE OF SURGERY: ${dt(g, d, 'us')}
SURGEON: ${full(surg)}, MD   ASSISTANT: ${full(asst)}, ${g.pick(['PA-C', 'RNFA', 'MD (resident)'])}
ANESTHESIA: ${g.pick(['general ETT', 'MAC', 'spinal'])} - ${doc(g, anes)}
PROCEDURE: ${g.pick(['lap chole', 'R TKA', 'dual chamber PPM', 'EGD w/ bx', 'ex lap, sigmoid colectomy'])} (CPT ${cptCode(g)})
PRE-OP DX: ${icd(g)}   POST-OP DX: same
FINDINGS: ${g.pick(['gangrenous GB', 'tricompartmental DJD', 'CHB', 'perforated diverticulum'])}. ${epo(g)} noted.
IMPLANTS: ${dev(g)}, serial ${serial(g)}
EBL ${g.int(5, 600)} mL. ${drug(g)} given pre-incision. ${epo(g)} used for closure.
Specimens to path. Pt to PACU in stable condition. ${g.pick(['I was present for the entire case.', 'Dictated but not read.', 'dictated'])}
${full(surg)} ${g.pick(['', 'MD '])}DEA ${dea(g, surg.last)}  dictated ${dt(g, d)} transcribed ${ts(g)}
`;
}

function dischargeSummary(g: Gen): Frag {
  const [p, att, pcp] = crowd(g);
  const adm = day(g);
  const dis = plus(adm, g.int(1, 11));
  const a = anAge(g);
  const h = addr(g);
  return t`DISCHARGE SUMMARY
Name: ${ptName(g, p)}   Age: ${a.span}   ${acctLabeled(g)}
Admitted ${dt(g, adm)}  Discharged ${dt(g, dis)}  Attending ${doc(g, att)}
Discharge dx: ${icd(g)}, ${icd(g)}
Hospital course: pt admitted w/ ${g.pick(['CAP', 'cellulitis LLE', 'CHF exacerbation', 'pancreatitis'])}, treated w/ ${drug(g)} then ${drug(g)}. ${epo(g)} on exam day 2. Cleared by PT for home w/ ${g.pick(['walker', 'HH', 'no services'])}.
D/C meds:
${meds(g, g.int(3, 5))}
Last labs: ${labs(g, 3)}
Follow-up: PCP ${doc(g, pcp)} on ${dt(g, plus(dis, g.int(3, 14)))} ${g.pick(['@', 'at'])} ${g.int(8, 11)}:${g.pick(['00', '15', '30', '45'])} ${g.pick(['am', 'AM'])}; ${org(g)} lab draw in 1 wk.
D/C to: ${addrLine(g, h)}   ${ph(g, h.country)}
Time spent on d/c > 30 min. ${doc(g, att)} ${ts(g)}
`;
}

function nursingShift(g: Gen): Frag {
  const [p, rn, fam] = crowd(g);
  const d = day(g);
  return t`NURSING SHIFT NOTE ${g.pick(['0700-1900', '1900-0700', 'nights'])} ${dt(g, d)}
rm ${g.int(200, 699)}${g.pick(['A', 'B', ''])} ${ptName(g, p)}
${g.int(19, 23)}:${g.int(10, 59)} pt resting, ${vitals(g)}, ${vitals(g)}. ${drug(g)} given per MAR.
${g.int(0, 4)}:${g.int(10, 59)} ${g.pick(['called out', 'bed alarm', 'c/o pain'])}, ${vitals(g)}. repositioned, ${dev(g)} in place.
wound to ${g.pick(['sacrum', 'L heel', 'R shin'])} stage ${g.int(1, 4)}, photo uploaded (${photoName(g, p.last)}), ${epo(g)} intact.
${g.pick(['dtr', 'son', 'spouse'])} ${lowerFirst(fam)} called ${g.pick(['x2', 'again', 'at 0300'])}, updated, wants call back ${phoneNo(g)}.
${lab(g)} -> notified ${doc(g, mk(g))}, new order ${drug(g)}.
report given to ${first(mk(g))} RN. - ${initials(rn)} ${g.pick(['RN', 'LPN'])}
`;
}

function edNote(g: Gen): Frag {
  const [p, md, off] = crowd(g);
  const a = anAge(g, 16, 88);
  const d = day(g);
  return t`ED PROVIDER NOTE  arrival ${dt(g, d)} ${g.int(0, 23)}:${g.int(10, 59)} via ${g.pick(['EMS', 'POV', 'PD'])}
${ptName(g, p)} ${a.span}${p.sex === 'f' ? 'F' : 'M'} ${mrnLabeled(g)}
HPI: restrained driver in MVC, ${g.pick(['t-boned', 'rear-ended', 'rollover'])} on ${g.pick(['the interstate', 'the highway', 'the bypass', 'a county road'])} near ${addr(g, 'US').town}. Vehicle ${g.pick(['2014 Silverado', 'grey Camry', 'Ford Escape'])} VIN ${vin(g)}, plate ${plate(g)} per ${g.pick(['trooper', 'officer', 'deputy'])} ${full(off)} badge #${phi('other_id', g.digits(4), 'badge')}.
${g.pick(['+LOC', 'no LOC', 'unsure LOC'])}, ${vitals(g)}, ${vitals(g)}. ${epo(g)} neg. FAST neg.
CT head/c-spine (${cptCode(g)}): no acute. ${labs(g, 2)}. ETOH ${g.int(0, 260)}.
Tx: ${drug(g)}, ${drug(g)}.
Dx: ${icd(g)}. Dispo ${g.pick(['home', 'obs', 'admit trauma'])}. Ride: ${g.pick(['wife', 'brother', 'friend'])} ${first(mk(g))} ${phoneNo(g)}
${doc(g, md)} ${ts(g)}
`;
}

function labReport(g: Gen): Frag {
  const [p, ordering] = crowd(g);
  const coll = day(g);
  const rows = Array.from(
    { length: g.int(3, 6) },
    () => t`${loincCode(g)}   ${lab(g)}   ${g.pick(['', 'H', 'L', 'HH', 'LL'])}`,
  );
  return t`${org(g)} - LABORATORY REPORT
Patient: ${lastFirst(p)}      DOB: ${dt(g, dobFor(g, g.int(20, 95)), 'us')}      ${mrnLabeled(g)}
Accession: ${phi('other_id', `${g.letters(2)}${g.int(24, 25)}-${g.digits(6)}`, 'accession')}   Collected: ${dt(g, coll)} ${g.int(5, 11)}:${g.int(10, 59)}
Ordering: ${doc(g, ordering)}  NPI ${npi(g)}
LOINC      RESULT                 FLAG
${join(rows, '\n')}
Comment: ${g.pick(['Critical value called to', 'Read back by', 'Hemolyzed; recollect per'])} ${first(mk(g))} ${g.pick(['RN', ''])} at ${g.int(1, 12)}:${g.int(10, 59)}. ${g.pick(['Specimen slightly lipemic.', '', 'Repeat in 6h.'])}
Performed at ${org(g)} | LIS ${ver(g)} | printed ${ts(g)}
`;
}

function radiologyReport(g: Gen): Frag {
  const [p, rad] = crowd(g);
  const d = day(g);
  return t`EXAM: ${g.pick(['CT ABD/PELVIS W CONTRAST', 'US RUQ', 'XR CHEST 2V', 'MRI L-SPINE WO'])} (${cptCode(g)})
PATIENT: ${upperLastFirst(p)}  ACC#: ${phi('other_id', `RAD${g.digits(8)}`, 'accession')}  DOS: ${dt(g, d)}
HISTORY: ${g.pick(['abd pain', 'r/o PNA', 'back pain w/ radic', 'elevated LFTs'])}; ${icd(g)}
COMPARISON: ${g.pick(['None.', 'Prior from', 'CT dated'])} ${dt(g, plus(d, -g.int(30, 900)))}
FINDINGS: ${g.pick(['No acute process.', '3.2 cm simple cyst.', 'Sigmoid wall thickening w/ fat stranding.', 'L4-5 disc bulge.'])} ${epo(g)} ${g.pick(['seen', 'noted', 'not seen'])}. ${dev(g)} in expected position.
IMPRESSION: ${g.pick(['Acute uncomplicated diverticulitis.', 'No acute cardiopulmonary disease.', 'Cholelithiasis without cholecystitis.'])}
Findings discussed with ${doc(g, mk(g))} by phone at ${g.int(1, 12)}:${g.int(10, 59)} on ${dt(g, d)}.
${full(rad)}, MD - ${keep('organization', g.pick(['Radiology Partners', 'Valley Imaging', 'Tri-State Health']))} - signed ${ts(g)}
`;
}

function pathologyReport(g: Gen): Frag {
  const [p, path, surg] = crowd(g);
  const d = day(g);
  const a = anAge(g, 30, 88);
  return t`SURGICAL PATHOLOGY REPORT   ${phi('other_id', `S${g.int(24, 25)}-${g.int(1000, 29999)}`, 'path_case')}
${ptName(g, p)}  (${a.span} ${p.sex === 'f' ? 'F' : 'M'})   ${mrnLabeled(g)}   Received ${dt(g, d)}
Submitting: ${doc(g, surg)}, ${org(g)}
SPECIMEN: ${g.pick(['A. gallbladder', 'A. sigmoid colon', 'A. skin, L forearm, shave', 'A. prostate bx x12'])}
GROSS: ${g.int(2, 28)} x ${g.int(1, 9)} x ${g.int(1, 6)} cm, labeled with pt name and "${first(p)}" ... 
DX: ${g.pick(['chronic cholecystitis', 'diverticular disease, no malignancy', 'basal cell carcinoma, margins neg', 'adenocarcinoma, Gleason 3+4=7'])} (${snomedCode(g)}). ${epo(g)} ${g.pick(['absent', 'n/a'])}.
${labs(g, 1)}
${full(path)}, MD  electronically signed ${dt(g, plus(d, g.int(1, 4)))}   ${ts(g)}
`;
}

export const NOTE_DOCS: Record<string, (g: Gen) => Frag> = {
  b10_admission_hp: admissionHp,
  b10_soap_progress: soapNote,
  b10_consult: consultNote,
  b10_operative: operativeNote,
  b10_discharge_summary: dischargeSummary,
  b10_nursing_shift: nursingShift,
  b10_ed_mvc: edNote,
  b10_lab_report: labReport,
  b10_radiology: radiologyReport,
  b10_pathology: pathologyReport,
};
