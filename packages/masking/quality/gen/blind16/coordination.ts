/** Utilization review, transitions of care, registration, behavioural intake, well-child and geriatrics. */
import type { Gen } from '../context';
import { type Frag, join, keep, phi, t } from '../fragment';
import { recordHeader, signature } from './blocks';
import { DX, FORMULARY, UR_STATISTICS } from './clinical-vocab';
import { careDay, clock, dateOf, looseDate, monthYear, plusDays, shortDate } from './dates16';
import {
  accountNo,
  addressOf,
  authNo,
  biometricNo,
  driverLicenseNo,
  emailOf,
  home,
  mbiNo,
  memberNo,
  mrnNo,
  phoneExt,
  phoneNo,
  ssnLabeled,
} from './ids16';
import { cptCode, eponymOf, icd, lab, med, meds, org, stat, vitals, yearOf, youngAge } from './keeps16';
import { ageOf, anyNameOf, child, clinician, kinWord, patient, signedName, someone, staff } from './people16';

const PAYERS = [
  'Humana Gold Plus',
  'UnitedHealthcare Community Plan',
  'Aetna Better Health',
  'Molina Healthcare',
  'Ambetter',
  'Blue Cross Blue Shield of Illinois',
];

export function utilizationReview(g: Gen): Frag {
  const p = patient(g, 0.2);
  const day = careDay(g);
  const [um, reviewer] = [staff(g), staff(g)];
  return t`UTILIZATION REVIEW — ${g.pick(['initial', 'concurrent', 'retro'])}
Pt: ${anyNameOf(g, p, ['upper', 'last_first'])}   DOB ${dateOf(g, p.dob)}   Acct ${accountNo(g)}
Payer: ${org(g, PAYERS)}  Member ID ${g.chance(0.35) ? mbiNo(g) : memberNo(g)}  Auth # ${authNo(g)}
Admit ${dateOf(g, day)} ${clock(g)} as ${g.pick(['inpatient', 'observation'])}; ${icd(g)}, DRG ${g.int(100, 999)} (${stat(g, UR_STATISTICS)}).
Clinicals: ${join(vitals(g).slice(0, 3), ', ')}; ${lab(g)}; on ${med(g)}.
InterQual criteria ${g.pick(['met', 'not met — obs recommended'])}. Called ${reviewer.sex === 'female' ? 'Ms.' : 'Mr.'} ${phi('name', reviewer.last, 'title')} at payer ${phoneExt(g)}; clinicals faxed to ${phoneNo(g, 'fax')} on ${looseDate(g, plusDays(day, 1))}.
P2P offered with ${clinician(g, staff(g))} by ${shortDate(g, plusDays(day, 2))}. Unit benchmark: ${stat(g, UR_STATISTICS)}.
${signedName(g, um, 'RN, CCM')}
`;
}

export function transitionsCall(g: Gen): Frag {
  const p = patient(g, 0.3);
  const disch = careDay(g);
  const [rn, pcp] = [staff(g), staff(g)];
  const rel = someone(g);
  return t`TRANSITIONAL CARE MANAGEMENT — interactive contact (${cptCode(g, ['99483', '99350'])})
${anyNameOf(g, p, ['full', 'last_first', 'upper'])}  DOB ${dateOf(g, p.dob)}  MRN ${mrnNo(g)}
Discharged ${dateOf(g, disch)} from ${org(g, ['Good Shepherd Regional Hospital', 'St. Brendan Medical Center'])} to ${g.pick(['home', 'home w/ HH', 'daughter’s home'])}: ${addressOf(g, home(g))}.
Call ${shortDate(g, plusDays(disch, 2))} to ${g.chance(0.3) ? 'caregiver' : kinWord(g, rel)} ${anyNameOf(g, rel, ['full', 'first', 'lower'])} at ${phoneExt(g)} — ${g.pick(['reached', '1st attempt VM, reached on 2nd'])}.
Age ${ageOf(p)}. Meds reconciled: ${join(meds(g, 3, 5, FORMULARY.cardio), ', ')}. Stopped ${med(g, FORMULARY.cardio)}.
Red flags reviewed. HH ${org(g, ['Holy Redeemer Home Health', 'Visiting Nurse Association'])} SOC ${looseDate(g, plusDays(disch, 3))}. DME: ${g.pick(['walker', 'hospital bed', 'O2 2L'])}.
F/u with ${clinician(g, pcp)} ${dateOf(g, plusDays(disch, g.int(5, 14)))} ${clock(g)}. Transport arranged.
${signature(g, rn, plusDays(disch, 2))}`;
}

export function registrationSheet(g: Gen): Frag {
  const p = patient(g, 0.15);
  const day = careDay(g);
  const h = home(g);
  const ec = someone(g);
  const guarantor = g.chance(0.3) ? someone(g) : p;
  return t`PATIENT REGISTRATION / FACE SHEET        Printed ${dateOf(g, day)}
Name: ${anyNameOf(g, p, ['upper_mi', 'last_first'])}     Sex: ${p.sex === 'female' ? 'F' : 'M'}     DOB: ${dateOf(g, p.dob)}   Age: ${ageOf(p)}
MRN: ${mrnNo(g)}     HAR: ${accountNo(g)}
${ssnLabeled(g)}     DL: ${driverLicenseNo(g)}
Address: ${addressOf(g, h)}
County: ${h.county}
Home: ${phoneNo(g)}   Cell: ${phoneNo(g)}   Email: ${emailOf(g, p)}
Identity verified: PatientSecure palm vein ID ${biometricNo(g)}
Emergency contact: ${anyNameOf(g, ec, ['last_first', 'full'])} (${g.pick(['Daughter', 'Son', 'Spouse', 'Friend', 'Sister'])}) ${phoneExt(g)}
Guarantor: ${anyNameOf(g, guarantor, ['last_first', 'upper'])}   Employer: ${g.pick(['Amazon', 'Walmart', 'self-employed', 'retired', 'Tyson Foods'])}
Primary ins: ${org(g, PAYERS)}   ID ${memberNo(g)}   Group ${g.digits(6)}
Secondary: Medicare   MBI ${mbiNo(g)}
PCP: ${clinician(g, staff(g))}
`;
}

export function behavioralIntake(g: Gen): Frag {
  const p = patient(g, 0.03);
  const day = careDay(g);
  const [lcsw, psych] = [staff(g), staff(g)];
  const h = home(g);
  return t`${org(g, ['Crestview Behavioral Health'])} — INTAKE ASSESSMENT (${cptCode(g, ['90792', '96160'])})
${recordHeader(g, p, day)}Referred by: ${g.pick(['self', 'PCP', 'ED', 'school counselor', 'court'])}. Presenting: ${g.pick(['worsening depression since job loss', 'panic attacks', 'alcohol use', 'grief after death of spouse'])}.
PHQ-9 ${g.int(3, 27)}, GAD-7 ${g.int(2, 21)}. C-SSRS: ${g.pick(['denies SI', 'passive SI, no plan'])}. ${icd(g, DX.psych)}, ${icd(g, DX.psych)}.
Social: lives ${g.pick(['with partner', 'alone', 'with 2 children'])} at ${addressOf(g, h)}. ${g.pick(['Divorced', 'Married', 'Single'])}; brother died by overdose at ${youngAge(g, 18, 50)} in ${yearOf(g, 2010, 2023)}.
Employer: ${g.pick(['Target distribution center', 'county school district', 'Uber'])}; ${ssnLabeled(g)} for billing.
Current meds: ${join(meds(g, 1, 2, FORMULARY.psych), ', ')}. Prior tx at ${org(g, ['Crestview Behavioral Health', 'Kaiser Permanente'])} ${yearOf(g, 2010, 2023)}.
Safety plan: contact ${anyNameOf(g, someone(g), ['full', 'first'])} ${phoneExt(g)}; 988.
Appt with ${clinician(g, psych)} ${looseDate(g, plusDays(day, g.int(3, 20)))}.
${signedName(g, lcsw, 'LCSW')}  ${dateOf(g, day)}
`;
}

export function wellChild(g: Gen): Frag {
  const day = careDay(g);
  const months = g.pick([2, 4, 6, 9, 12, 15, 18, 24, 36, 48]);
  const kid = { ...child(g), dob: plusDays(day, -Math.round(months * 30.4) - g.int(0, 12)) };
  const [mom, doc] = [someone(g, 19, 45), staff(g)];
  return t`${org(g, ['Children’s Pediatric Associates'])} — WELL CHILD ${months < 24 ? `${months} MONTH` : `${months / 12} YEAR`} VISIT (${cptCode(g, ['99391'])})
${anyNameOf(g, kid, ['full', 'last_first'])}  DOB ${dateOf(g, kid.dob)}  MRN ${mrnNo(g)}  Visit ${dateOf(g, day)}
Accompanied by ${g.pick(['mother', 'father', 'grandmother'])} ${anyNameOf(g, mom, ['full', 'first'])}. Dx ${icd(g, DX.peds)}.
Growth: ${keep('lab_value', `wt ${g.int(4, 20)}.${g.int(0, 9)} kg (${g.int(3, 97)}th %ile)`)}, ${keep('lab_value', `HC ${g.int(38, 50)} cm`)}.
Development: ASQ passed${g.chance(0.3) ? ', speech borderline — refer EI' : ''}. M-CHAT ${g.pick(['low risk', 'medium risk'])}.
Vaccines today: ${g.pick(['DTaP-IPV-Hib-HepB #2, PCV20 #2, RV #2', 'MMR #1, varicella #1, HepA #1', 'influenza'])}; VIS given.
${g.chance(0.4) ? t`Otitis media R: ${med(g, FORMULARY.peds)}.` : 'Anticipatory guidance: car seat, safe sleep.'}
Older sibling ${anyNameOf(g, child(g), ['first'])} (${youngAge(g, 3, 12)} y) also seen today.
Mom's cell ${phoneNo(g)}; WIC referral; home ${addressOf(g, home(g))}.
Next WCC ${monthYear(g, plusDays(day, 90))}. ${signedName(g, doc, 'MD, FAAP')}
`;
}

export function geriatricVisit(g: Gen): Frag {
  const p = patient(g, 0.7);
  const day = careDay(g);
  const [doc, dtr] = [staff(g), someone(g, 45, 70)];
  return t`GERIATRICS — annual wellness visit (${cptCode(g, ['99498', '99350'])})
${recordHeader(g, p, day)}${ageOf(p)}-year-old ${p.sex === 'female' ? 'widow' : 'widower'} with ${g.pick(['mild NCD', 'recurrent falls', 'polypharmacy', 'frailty'])}. Here with ${kinWord(g, dtr, ['child'])} ${anyNameOf(g, dtr, ['full', 'first'])}, who is HCPOA.
MoCA ${g.int(12, 29)}/30. ${eponymOf(g, ['Katz ADL index', 'Lawton IADL scale', 'Morse fall score'])} ${g.int(1, 8)}. Falls x${g.int(0, 4)} since ${monthYear(g, plusDays(day, -g.int(90, 300)))}.
${join(vitals(g).slice(0, 2), ', ')}; orthostatic ${g.pick(['neg', 'pos'])}. ${lab(g)}.
Deprescribing: stop ${med(g, FORMULARY.geri)}; continue ${join(meds(g, 2, 3, FORMULARY.geri), ', ')}.
Spouse died ${yearOf(g, 1995, 2023)}. Lives at ${org(g, ['Sunrise Senior Living', 'Pinecrest Skilled Nursing'])}, ${addressOf(g, home(g))}.
ACP (${cptCode(g, ['99498', '99350'])}): POLST ${g.pick(['DNR/comfort', 'full code', 'DNR, selective'])} signed ${dateOf(g, day)}.
Dtr email ${emailOf(g, dtr)}, cell ${phoneNo(g)}.
${signature(g, doc, day, g.pick(['MD', 'DO']))}`;
}
