/** Cardiology reports: echo, catheterisation, stress testing, device clinic. SYNTHETIC DATA ONLY. */
import type { Gen } from '../context';
import { type Frag, join, keep, phi, t } from '../fragment';
import { ccList, dictationFooter, recordHeader, signature } from './blocks';
import { DX, FORMULARY } from './clinical-vocab';
import { careDay, dateOf, looseDate, pastDay, plusDays } from './dates16';
import { jobNo, phoneExt, phoneNo, serialNo, udiNo } from './ids16';
import {
  cptCode,
  deviceOf,
  eponymOf,
  icd,
  lab,
  labs,
  med,
  meds,
  org,
  versionOf,
  vitals,
  yearOf,
} from './keeps16';
import { ageOf, anyNameOf, clinician, kinWord, patient, someone, staff } from './people16';

const HEART_SITES = [
  'Lakeshore Heart & Vascular',
  'St. Brendan Medical Center',
  'Good Shepherd Regional Hospital',
];
const ECHO_MACHINES = ['Philips EPIQ CVx', 'GE Vivid E95', 'Siemens Acuson SC2000'];
const PACERS = [
  'Medtronic Cobalt XT HF CRT-D',
  'Abbott Gallant HF ICD',
  'Boston Scientific Resonate EL ICD',
  'Biotronik Enitra 8 DR-T',
];
const CARDIO_EPONYMS = [
  'Korotkoff phase V',
  'Kerley lines',
  'Wolff-Parkinson-White pre-excitation',
  'Mobitz type I',
  'Valsalva release',
  'Duke criteria',
];

export function echoReport(g: Gen): Frag {
  const p = patient(g);
  const day = careDay(g);
  const [ref, reader, sono] = [staff(g), staff(g), staff(g)];
  const ef = g.int(20, 70);
  return t`TRANSTHORACIC ECHOCARDIOGRAM
${org(g, HEART_SITES)} Echocardiography Laboratory
${recordHeader(g, p, day)}Age: ${ageOf(p)}   Sex: ${p.sex === 'female' ? 'F' : 'M'}   BSA ${g.f.number.float({ min: 1.4, max: 2.4 }).toFixed(2)} m2   ${join(vitals(g).slice(0, 2), '  ')}
Referring provider: ${clinician(g, ref)}
Indication: ${g.pick(['dyspnea on exertion', 'murmur', 'CHF exacerbation', 'pre-chemo baseline', 'syncope'])} (${icd(g, DX.cardio)})
Comparison: prior study ${dateOf(g, pastDay(g))}${g.chance(0.5) ? t` at ${org(g)}` : ''}

FINDINGS
Left ventricle: ${g.pick(['normal size', 'mildly dilated', 'concentric LVH'])}. ${keep('lab_value', `LVEF ${ef}%`)} by biplane method. ${g.pick(['Grade I', 'Grade II', 'Indeterminate'])} diastolic dysfunction, ${keep('lab_value', `E/e' ${g.int(6, 22)}`)}.
Right ventricle: ${keep('lab_value', `TAPSE ${g.int(11, 26)} mm`)}. ${keep('lab_value', `RVSP ${g.int(22, 68)} mmHg`)}.
Valves: ${g.pick(['mild MR', 'moderate AS, AVA 1.1 cm2', 'trace TR', 'bioprosthetic AVR well seated'])}.
Pericardium: no effusion.
Study performed on ${deviceOf(g, ECHO_MACHINES)}, analysis software ${versionOf(g)}.

IMPRESSION
1. ${keep('lab_value', `LVEF ${ef}%`)}.
2. ${g.pick(['No significant change', 'EF decreased'])} compared with ${looseDate(g, pastDay(g))}.
Sonographer: ${phi('name', `${sono.first} ${sono.last}`, 'full')}, RDCS
${signature(g, reader, day, g.pick(['MD', 'DO']))}`;
}

export function cathReport(g: Gen): Frag {
  const p = patient(g, 0.15);
  const day = careDay(g);
  const [op, fellow, pcp] = [staff(g), staff(g), staff(g)];
  const wife = someone(g);
  return t`CARDIAC CATHETERIZATION REPORT
${recordHeader(g, p, day)}
Operator: ${clinician(g, op)}   Fellow: ${clinician(g, fellow)}
Procedure: left heart cath, coronary angiography${g.chance(0.6) ? ', PCI' : ''} (CPT ${cptCode(g, ['93459'])})
Indication: ${g.pick(['NSTEMI', 'abnormal stress test', 'unstable angina'])}, ${icd(g, DX.cardio)}
Access: right radial, ${eponymOf(g, ['modified Allen test'])} normal. Heparin per protocol, ${med(g, FORMULARY.cardio)}.
Pre labs: ${join(labs(g, 2, 3), ', ')}

Findings: LM normal. LAD ${g.int(40, 99)}% proximal. LCx ${g.int(0, 70)}%. RCA ${g.pick(['dominant, mild disease', 'CTO', '80% mid'])}.
${keep('lab_value', `LVEDP ${g.int(8, 32)} mmHg`)}.
Intervention: ${deviceOf(g, ['Xience Skypoint stent', 'Synergy XD stent'])} ${g.pick(['3.0 x 18 mm', '2.75 x 23 mm', '3.5 x 15 mm'])} to LAD.
Implant log: UDI ${udiNo(g)}
Complications: none. Contrast ${g.int(60, 220)} mL.

Plan: DAPT with ${med(g, FORMULARY.cardio)} x 12 months. Follow-up ${clinician(g, op)} clinic ${looseDate(g, plusDays(day, g.int(10, 40)))}.
Discussed findings with patient and ${kinWord(g, wife)} ${anyNameOf(g, wife, ['full', 'first'])}, who can be reached at ${phoneExt(g)}.
${ccList(g, [pcp])}${dictationFooter(g, op, day, jobNo(g))}`;
}

export function stressTest(g: Gen): Frag {
  const p = patient(g, 0.1);
  const day = careDay(g);
  const reader = staff(g);
  const pharm = g.chance(0.4);
  return t`${g.pick(['EXERCISE', 'NUCLEAR', 'TREADMILL'])} STRESS TEST — ${org(g, HEART_SITES)}
Pt: ${anyNameOf(g, p, ['full', 'last_first', 'upper'])}  DOB ${dateOf(g, p.dob)}  Test date ${dateOf(g, day)}
Age ${ageOf(p)}; ${keep('lab_value', `target HR ${g.int(120, 160)} bpm`)} (85% APMHR)
Protocol: ${pharm ? t`pharmacologic, ${med(g, FORMULARY.cardio)}` : eponymOf(g, ['Bruce protocol'])}
Baseline: ${join(vitals(g).slice(0, 2), ', ')}. ECG: sinus rhythm${g.chance(0.3) ? t`, ${eponymOf(g, CARDIO_EPONYMS)}` : ''}.
Exercise time ${g.int(2, 12)}:${String(g.int(0, 59)).padStart(2, '0')}, ${keep('lab_value', `${g.int(3, 13)}.${g.int(0, 9)} METs`)}. Peak ${keep('lab_value', `HR ${g.int(110, 170)}`)}.
${eponymOf(g, ['Duke treadmill score'])} ${g.int(-8, 9)}. Symptoms: ${g.pick(['none', 'fatigue', 'chest pressure at stage 3'])}.
Meds held: ${join(meds(g, 1, 2, FORMULARY.cardio), ', ')}. Last dose ${looseDate(g, plusDays(day, -1))}.
Prior MI ${yearOf(g, 1998, 2022)}.
Imaging: ${g.pick(['no ischemia', 'small reversible inferior defect', 'fixed apical defect'])}. Gated ${keep('lab_value', `EF ${g.int(35, 72)}%`)}.
Reviewed by ${clinician(g, reader)}. Results called to pt at ${phoneNo(g)} on ${looseDate(g, plusDays(day, 1))}.
`;
}

export function deviceClinic(g: Gen): Frag {
  const p = patient(g, 0.3);
  const day = careDay(g);
  const [ep, tech] = [staff(g), staff(g)];
  const implant = pastDay(g);
  return t`DEVICE CLINIC — ${g.pick(['in-person interrogation', 'remote transmission review'])}
${recordHeader(g, p, day)}
Device: ${deviceOf(g, PACERS)}  S/N ${serialNo(g)}
Implanted ${dateOf(g, implant)} by ${clinician(g, ep)} at ${org(g, HEART_SITES)}
RA lead S/N ${serialNo(g)}; RV lead S/N ${serialNo(g)}
Firmware ${versionOf(g)}
Battery: ${g.int(2, 12)}.${g.int(0, 9)} yrs. Mode ${g.pick(['DDDR 60', 'VVIR 50', 'DDD 60/130'])}. ${keep('lab_value', `RV pacing ${g.int(1, 99)}%`)}.
Thresholds ok. ${keep('lab_value', `RV impedance ${g.int(380, 900)} ohms`)}.
Events since ${looseDate(g, plusDays(day, -g.int(60, 200)))}: ${g.pick(['none', `${g.int(1, 14)} AT/AF episodes, longest 3 h`, '1 NSVT'])}.
Anticoag: ${med(g, FORMULARY.cardio)}. ${lab(g)}.
Age ${ageOf(p)}. Next remote ${looseDate(g, plusDays(day, 91))}; home monitor phone ${phoneNo(g)}.
Checked by ${phi('name', `${tech.first} ${tech.last}`, 'full')}, CCDS
${signature(g, ep, day)}`;
}
