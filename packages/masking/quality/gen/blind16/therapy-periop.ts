/** Wound care, rehab therapy, nutrition, pre-anesthesia and pharmacy notes. SYNTHETIC DATA ONLY. */
import type { Gen } from '../context';
import { type Frag, join, keep, t } from '../fragment';
import { recordHeader, signature } from './blocks';
import { DX, FORMULARY } from './clinical-vocab';
import { careDay, dateOf, looseDate, pastDay, plusDays, shortDate } from './dates16';
import {
  addressOf,
  deaNo,
  driverLicenseNo,
  home,
  npiNo,
  phoneExt,
  phoneNo,
  photoName,
  plateNo,
  stateLicenseNo,
  vinNo,
} from './ids16';
import { cptCode, deviceOf, eponymOf, icd, lab, labs, med, meds, org, vitals, yearOf } from './keeps16';
import { ageOf, anyNameOf, clinician, patient, signedName, someone, staff } from './people16';

export function woundCare(g: Gen): Frag {
  const p = patient(g, 0.25);
  const day = careDay(g);
  const rn = staff(g);
  return t`WOUND CARE CLINIC — weekly
${recordHeader(g, p, day)}Wound #${g.int(1, 4)}: ${g.pick(['R plantar 1st MTH', 'sacrum', 'L lateral malleolus', 'R heel'])}; onset ${looseDate(g, pastDay(g))}; ${eponymOf(g, ['Wagner grade 2', 'Charcot neuroarthropathy'])}; ${icd(g, DX.wound)}
Measurements: ${keep('lab_value', `${g.int(1, 9)}.${g.int(0, 9)} x ${g.int(1, 7)}.${g.int(0, 9)} x 0.${g.int(1, 9)} cm`)}; ${g.int(40, 100)}% granulation, scant serous.
Debridement (${cptCode(g, ['97597'])}) selective, curette. ${lab(g)}.
Photo: ${photoName(g, p)} (prior ${photoName(g, p)}, ${shortDate(g, plusDays(day, -7))})
Dressing: ${med(g, FORMULARY.id)}; ${deviceOf(g, ['KCI V.A.C. Ulta'])} at -125 mmHg, changes M/W/F by ${org(g, ['Holy Redeemer Home Health', 'Visiting Nurse Association'])}.
Offloading: CAM boot. Age ${ageOf(p)}. Next visit ${looseDate(g, plusDays(day, 7))}.
${signedName(g, rn, 'RN, CWON')}
`;
}

export function driverRehabEval(g: Gen): Frag {
  const p = patient(g, 0.15);
  const day = careDay(g);
  const ot = staff(g);
  return t`OCCUPATIONAL THERAPY — CLINICAL DRIVING EVALUATION
${recordHeader(g, p, day)}Dx: ${g.pick(['R MCA CVA', "Parkinson's", 'mild cognitive impairment', 'L TKA'])} (${icd(g, DX.geri)}). Age ${ageOf(p)}. Driving since ${yearOf(g, 1950, 2005)}.
License: ${p.last.length % 2 ? 'IL' : 'OH'} DL ${driverLicenseNo(g)}, exp ${dateOf(g, plusDays(day, g.int(100, 900)))}.
Vehicle used for on-road: pt's own ${g.pick(['2016 Toyota Camry', '2011 Buick LaCrosse', '2019 Ford Escape', '2008 Honda Accord'])}, plate ${plateNo(g)}, VIN ${vinNo(g)}.
Clinical: ${eponymOf(g, ['Berg balance score', 'Tinetti gait score'])} ${g.int(30, 56)}; Trails B ${g.int(70, 300)} s; ${keep('lab_value', `visual acuity 20/${g.pick([25, 30, 40, 50])} OU`)}.
On-road: ${g.pick(['2 lane deviations, 1 missed stop sign', 'safe, appropriate speed', 'hesitant L turns across traffic'])}.
Rec: ${g.pick(['cleared to drive', 'restricted: daylight, 10-mile radius', 'not safe to drive; DMV notified'])}. Spouse ${anyNameOf(g, someone(g), ['full', 'first'])} at ${phoneNo(g)} informed.
${signature(g, ot, day)}`;
}

export function therapyProgress(g: Gen): Frag {
  const p = patient(g, 0.2);
  const day = careDay(g);
  const th = staff(g);
  const slp = g.chance(0.4);
  return t`${slp ? 'SPEECH-LANGUAGE PATHOLOGY' : 'PHYSICAL THERAPY'} PROGRESS NOTE — visit ${g.int(2, 24)}
${anyNameOf(g, p, ['full', 'last_first', 'lower'])}  DOB ${dateOf(g, p.dob)}  DOS ${dateOf(g, day)}
Dx ${icd(g, DX.geri)}; CPT ${cptCode(g, ['97761', '97535', '92507'])}, ${cptCode(g, ['97761', '97535', '92507'])}. POC cert through ${shortDate(g, plusDays(day, 30))}.
${slp ? t`MBS ${looseDate(g, plusDays(day, -10))}: penetration with thin liquids; diet IDDSI level 5. Cognitive: ${eponymOf(g, ['modified Barthel Index', 'Katz ADL index'])} ${g.int(20, 95)}.` : t`${eponymOf(g, ['Berg balance score', 'Tinetti gait score', 'Morse fall score'])} ${g.int(20, 56)}. TUG ${g.int(8, 32)} s. Gait with ${g.pick(['rolling walker', 'SBQC', 'no AD'])} ${g.int(50, 400)} ft.`}
Pt ${ageOf(p)} y/o, lives ${g.pick(['with son', 'with daughter', 'with wife', 'with husband', 'alone'])} at ${addressOf(g, home(g))}; ${g.int(2, 14)} steps to enter.
HEP updated. Home phone ${phoneNo(g)}.
${signedName(g, th, slp ? 'MS, CCC-SLP' : 'PT, DPT')}
`;
}

export function nutritionConsult(g: Gen): Frag {
  const p = patient(g, 0.2);
  const day = careDay(g);
  const rd = staff(g);
  return t`MEDICAL NUTRITION THERAPY (${cptCode(g, ['97802'])})
${recordHeader(g, p, day)}Referral: ${g.pick(['CKD 4', 'malnutrition screen +', 'new T2DM', 'post-bariatric'])}. ${eponymOf(g, ['Roux-en-Y anatomy'])} ${yearOf(g, 2008, 2023)}${g.chance(0.5) ? '' : ' (none)'}.
Anthro: ${keep('lab_value', `wt ${g.int(40, 160)} kg`)}, ${keep('lab_value', `BMI ${g.int(16, 49)}.${g.int(0, 9)}`)}, ${g.int(2, 15)}% loss since ${looseDate(g, plusDays(day, -g.int(60, 180)))}.
Labs: ${join(labs(g, 2, 3), ', ')}
Intake: ${g.pick(['poor, 50% of meals', 'skips breakfast', 'high sodium fast food'])}. Supplement: ${med(g, FORMULARY.renal)}.
Plan: ${g.pick(['2 g Na, 1.5 L fluid', 'CHO 45 g/meal', 'protein 1.2 g/kg'])}. Enrolled in ${org(g, ['Meals on Wheels'])} to ${addressOf(g, home(g))}.
Age ${ageOf(p)}. ${signedName(g, rd, 'RDN, LD')}
`;
}

export function preAnesthesia(g: Gen): Frag {
  const p = patient(g, 0.3);
  const day = careDay(g);
  const [anes, surgeon] = [staff(g), staff(g)];
  const proc = plusDays(day, g.int(3, 21));
  return t`PRE-ANESTHESIA EVALUATION
${recordHeader(g, p, day)}Planned: ${g.pick(['R TKA', 'lap chole', 'TURP', 'L hip hemiarthroplasty', 'cataract extraction'])} with ${clinician(g, surgeon)} on ${dateOf(g, proc)}.
Age ${ageOf(p)}. ASA ${g.pick(['II', 'III', 'IV'])}. ${eponymOf(g, ['Mallampati 2', 'Mallampati 3'])}, TMD >3 FB, full dentures.
PMH: ${icd(g)}, ${icd(g)}; prior anesthesia ${yearOf(g, 1975, 2022)} w/o complication. ${g.chance(0.3) ? t`${deviceOf(g, ['Medtronic Cobalt XT HF CRT-D', 'Boston Scientific Resonate EL ICD'])} — rep to reprogram.` : ''}
Meds: ${join(meds(g, 3, 5, FORMULARY.cardio), '; ')}
Hold ${med(g, FORMULARY.cardio)} x ${g.int(2, 7)} days before.
${join(vitals(g), ' ')}. Labs ${shortDate(g, plusDays(day, -3))}: ${join(labs(g, 3, 4), ', ')}
HCP/POA: ${anyNameOf(g, someone(g), ['full', 'last_first'])} (${g.pick(['daughter', 'son', 'niece', 'spouse'])}) ${phoneExt(g)}.
${signature(g, anes, day, g.pick(['MD', 'DO']))}`;
}

export function pharmacyConsult(g: Gen): Frag {
  const p = patient(g, 0.2);
  const day = careDay(g);
  const [rph, doc] = [staff(g), staff(g)];
  return t`CLINICAL PHARMACY CONSULT — ${g.pick(['vancomycin dosing', 'anticoagulation', 'renal dose adjustment', 'opioid stewardship'])}
${recordHeader(g, p, day)}Age ${ageOf(p)}, ${keep('lab_value', `wt ${g.int(40, 150)} kg`)}, ${keep('lab_value', `CrCl ${g.int(12, 110)} mL/min`)} (Cockcroft-Gault).
Current: ${join(meds(g, 2, 4, FORMULARY.id), '; ')}
Labs: ${join(labs(g, 2, 3), ', ')}
Rec: ${med(g, FORMULARY.id)}; recheck ${lab(g)} ${looseDate(g, plusDays(day, 2))}. Interaction: ${med(g, FORMULARY.id)} + ${med(g, FORMULARY.id)} — QTc ${g.int(420, 520)} ms.
Discharge Rx sent to ${org(g, ['CVS Pharmacy', 'Walgreens Specialty Pharmacy'])}, ${phoneNo(g)}, fax ${phoneNo(g, 'fax')}.
Prescriber: ${clinician(g, doc)}, NPI ${npiNo(g)}, DEA ${deaNo(g, doc.last)}${g.chance(0.4) ? t`, state lic ${stateLicenseNo(g)}` : ''}.
${signedName(g, rph, 'PharmD, BCPS')}  ${dateOf(g, day)}
`;
}
