/** Neurology and EEG, sleep studies, endoscopy and infectious disease consults. SYNTHETIC DATA ONLY. */
import type { Gen } from '../context';
import { type Frag, join, keep, phi, t } from '../fragment';
import { ccList, dictationFooter, recordHeader, signature } from './blocks';
import { DX, FORMULARY } from './clinical-vocab';
import { careDay, clock, dateOf, looseDate, monthYear, pastDay, plusDays } from './dates16';
import { addressOf, home, jobNo, mrnNo, phoneNo, serialNo } from './ids16';
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

export function eegReport(g: Gen): Frag {
  const p = patient(g, 0.1);
  const day = careDay(g);
  const [reader, tech, ref] = [staff(g), staff(g), staff(g)];
  return t`ELECTROENCEPHALOGRAM REPORT (${cptCode(g, ['95816'])})
${recordHeader(g, p, day)}Age: ${ageOf(p)}   Referring: ${clinician(g, ref)}   Tech: ${phi('name', `${tech.first} ${tech.last}`, 'full')}, R. EEG T.
Recording: ${g.pick(['routine 21-channel', '24 h ambulatory', 'continuous video'])} on ${deviceOf(g, ['Cadwell Arc', 'Compumedics Grael'])}, software ${versionOf(g)}.
Clinical: ${g.pick(['first unprovoked seizure', 'staring spells', 'altered mental status', 'syncope vs seizure'])}. Meds: ${join(meds(g, 1, 2, FORMULARY.neuro), ', ')}.
Background: ${g.int(6, 11)} Hz posterior dominant rhythm. ${g.pick(['Intermittent L temporal sharp waves.', 'Diffuse slowing.', 'No epileptiform discharges.'])}
Activation: HV and photic ${g.pick(['unremarkable', 'no change'])}.
IMPRESSION: ${g.pick(['Abnormal EEG', 'Normal awake and drowsy EEG'])}. ${icd(g, DX.neuro)}.
Prior EEG ${dateOf(g, pastDay(g))}${g.chance(0.5) ? t` read by ${clinician(g, staff(g))}` : ''}.
Exam last clinic: ${eponymOf(g, ["Hoffmann's reflex", "Lhermitte's phenomenon", "Brudzinski's sign", 'Hoehn and Yahr stage 2'])} noted.
${signature(g, reader, plusDays(day, 1), g.pick(['MD', 'DO']))}`;
}

export function sleepStudy(g: Gen): Frag {
  const p = patient(g, 0.08);
  const day = careDay(g);
  const [doc, tech] = [staff(g), staff(g)];
  const ahi = g.f.number.float({ min: 2, max: 88 }).toFixed(1);
  return t`${org(g, ['Bayside Sleep Center'])} — POLYSOMNOGRAPHY REPORT
Patient: ${anyNameOf(g, p, ['full_mi', 'last_first', 'upper'])}   DOB ${dateOf(g, p.dob)}   MRN ${mrnNo(g)}
Study: ${g.pick(['diagnostic PSG', 'split-night', 'CPAP titration', 'HSAT'])} (${cptCode(g, ['95808', '95806'])}) night of ${dateOf(g, day)}
Scored by ${phi('name', `${tech.first} ${tech.last}`, 'full')}, RPSGT using ${deviceOf(g, ['Compumedics Grael'])} / RemLogic ${versionOf(g)}
${eponymOf(g, ['Epworth Sleepiness Scale'])} ${g.int(3, 22)}/24. BMI ${g.int(22, 52)}. Age ${ageOf(p)}. Neck ${g.int(13, 20)} in.
Results: ${keep('lab_value', `AHI ${ahi}/h`)}, ${keep('lab_value', `RDI ${(Number(ahi) + 3).toFixed(1)}/h`)}, ${keep('lab_value', `SpO2 nadir ${g.int(68, 92)}%`)}, ${keep('lab_value', `T90 ${g.int(0, 40)}%`)}. ${g.chance(0.3) ? t`${eponymOf(g, ['Cheyne-Stokes pattern'])} noted. ` : ''}
Dx: ${icd(g, DX.sleep)}. Rx: ${deviceOf(g, ['ResMed AirCurve 10 VAuto', 'React Health Luna G3'])} APAP 6-16 cmH2O, med FFM.
DME: ${org(g, ['Lincare', 'Apria Healthcare'])}; deliver to ${addressOf(g, home(g))}; pt phone ${phoneNo(g)}.
Device S/N ${serialNo(g)} set up ${looseDate(g, plusDays(day, g.int(5, 30)))}. Compliance check in 31-90 days.
${signature(g, doc, plusDays(day, 2), g.pick(['MD', 'DO']))}`;
}

export function endoscopyReport(g: Gen): Frag {
  const p = patient(g, 0.12);
  const day = careDay(g);
  const [endo, pcp, crna] = [staff(g), staff(g), staff(g)];
  const colon = g.chance(0.5);
  return t`${colon ? 'COLONOSCOPY' : 'EGD'} PROCEDURE NOTE
${recordHeader(g, p, day)}Endoscopist: ${clinician(g, endo)}   Anesthesia: MAC, ${phi('name', `${crna.first} ${crna.last}`, 'full')}, CRNA
Indication: ${colon ? g.pick(['screening, FHx CRC in father at 58', 'surveillance, TA polyps', 'iron deficiency anemia']) : g.pick(['dysphagia', 'melena', 'refractory GERD'])}; ${icd(g, DX.gi)}
Scope: ${deviceOf(g, colon ? ['Olympus CF-HQ190L'] : ['Pentax EG-2990i'])} S/N ${serialNo(g)}. Start ${clock(g)}.
${colon ? t`Prep: ${eponymOf(g, ['Boston Bowel Preparation Scale'])} ${g.int(5, 9)}. Withdrawal ${g.int(6, 18)} min. Findings: ${g.int(0, 5)} polyps, cold snare (${cptCode(g, ['43235', '45381'])}). Previous colonoscopy ${yearOf(g, 2005, 2020)}.` : t`Findings: ${eponymOf(g, ['Los Angeles grade B', "Schatzki's ring", 'Mallory-Weiss lesion', 'Forrest IIb'])}. Bx taken (${cptCode(g, ['43235', '45381'])}).`}
Meds: ${med(g, FORMULARY.gi)}; ${med(g, FORMULARY.gi)}. ${lab(g)} pre-procedure.
Recs: path to follow; repeat ${colon ? 'in 3-5 yrs' : 'EGD 8-12 wks'}. Resume diet. Discharged to ${kinCompanion(g)}.
${ccList(g, [pcp])}${dictationFooter(g, endo, day, jobNo(g))}`;
}

export function idConsult(g: Gen): Frag {
  const p = patient(g, 0.15);
  const day = careDay(g);
  const [id, hosp] = [staff(g), staff(g)];
  return t`INFECTIOUS DISEASE CONSULTATION
${recordHeader(g, p, day)}Requesting: ${clinician(g, hosp)} (hospitalist). Reason: ${g.pick(['MSSA bacteremia', 'diabetic foot osteomyelitis', 'fever of unknown origin', 'prosthetic joint infection'])}.
HPI: ${ageOf(p)} yo admitted ${dateOf(g, plusDays(day, -g.int(1, 5)))}. Blood cx ${looseDate(g, plusDays(day, -2))} ${g.pick(['2/2 GPC in clusters', 'no growth', '1/2 CoNS'])}.
Travel: ${g.pick(['none', `visited family in ${g.pick(['Michoacán', 'Lagos', 'Hanoi', 'Kerala'])} ${monthYear(g, pastDay(g))}`, 'cruise last year'])}. Works as ${g.pick(['poultry processor', 'school bus driver', 'nail technician', 'retired'])}.
${join(vitals(g), ', ')}
Labs: ${join(labs(g, 3, 4), ', ')}
Imaging: TEE ${g.pick(['no vegetation', 'small mitral vegetation'])} — ${eponymOf(g, ['Duke criteria'])} ${g.pick(['not met', 'met (definite)'])}.
Abx: ${join(meds(g, 1, 2, FORMULARY.id), ' → ')}. OPAT via PICC; ${lab(g)} weekly to ${org(g, ['Optum Rx', 'Walgreens Specialty Pharmacy'])}.
Allergy: PCN (hives ${yearOf(g, 1980, 2015)}). Dx ${icd(g, DX.wound)}.
${signature(g, id, day, g.pick(['MD', 'DO']))}`;
}

function kinCompanion(g: Gen): Frag {
  const rel = someone(g);
  return t`${kinWord(g, rel)} ${anyNameOf(g, rel, ['full', 'first'])}`;
}
