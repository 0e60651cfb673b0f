/** i2b2-style records: discharge summaries, referral letters, addenda and dated problem lists. */
import type { Gen } from '../context';
import { type Frag, join, keep, phi, t } from '../fragment';
import { ccList, dictationFooter, recordHeader, signature } from './blocks';
import { careDay, dateOf, looseDate, monthYear, pastDay, plusDays, shortDate } from './dates16';
import {
  accountNo,
  addressOf,
  emailOf,
  home,
  jobNo,
  mrnNo,
  npiNo,
  phoneExt,
  phoneNo,
  staffEmail,
} from './ids16';
import { cptCode, eponymOf, icd, lab, labs, med, meds, org, vitals, yearOf, youngAge } from './keeps16';
import {
  ageOf,
  anyNameOf,
  clinician,
  kinWord,
  patient,
  type Someone,
  signedName,
  someone,
  staff,
} from './people16';

export function inpatientDischargeDictation(g: Gen): Frag {
  const p = patient(g, 0.25);
  const admit = careDay(g);
  const disch = plusDays(admit, g.int(2, 11));
  const [att, pcp, cons] = [staff(g), staff(g), staff(g)];
  return t`${org(g, ['St. Brendan Medical Center', 'Good Shepherd Regional Hospital'])}
DISCHARGE SUMMARY
${recordHeader(g, p, disch)}
ADMISSION DATE: ${dateOf(g, admit)}
DISCHARGE DATE: ${dateOf(g, disch)}
ATTENDING: ${clinician(g, att)}
PRINCIPAL DIAGNOSIS: ${g.pick(['community-acquired pneumonia', 'acute on chronic HFrEF', 'sepsis due to UTI', 'COPD exacerbation'])} (${icd(g)})

HISTORY: The patient is a ${ageOf(p)}-year-old ${p.sex === 'female' ? 'female' : 'male'} with ${icd(g)} who presented to the ED on ${looseDate(g, admit)} with ${g.pick(['dyspnea', 'fever and confusion', 'weight gain of 8 lb'])}.
HOSPITAL COURSE: Treated with ${join(meds(g, 2, 3), ', ')}. ${clinician(g, cons)} (${g.pick(['cardiology', 'nephrology', 'ID', 'pulmonary'])}) consulted ${shortDate(g, plusDays(admit, 1))}. Discharge labs: ${join(labs(g, 2, 4), ', ')}.
DISCHARGE VITALS: ${join(vitals(g), ', ')}
DISPOSITION: ${g.pick(['Home', 'Home with services', 'SNF'])}. ${g.chance(0.5) ? kinStay(g) : ''}
FOLLOW-UP: ${clinician(g, pcp)} in 1 week, ${phoneExt(g)}.
${ccList(g, [pcp, cons])}${dictationFooter(g, att, disch, jobNo(g))}${g.chance(0.4) ? correctionAddendum(g, p, disch, att) : ''}`;
}

/** An addendum correcting a note that quoted another patient by mistake. */
function correctionAddendum(g: Gen, p: Someone, day: Date, doc: Someone): Frag {
  const wrong = someone(g);
  return t`ADDENDUM to note of ${dateOf(g, day)} — ${anyNameOf(g, p, ['upper', 'last_first'])} (MRN ${mrnNo(g)})
Correction: the ${g.pick(['HPI', 'medication list', 'social history'])} previously documented referred to another patient, ${anyNameOf(g, wrong, ['full', 'last_first'])} (DOB ${dateOf(g, wrong.dob)}). Entered in error and struck. Privacy office notified ${shortDate(g, plusDays(day, 1))}; ref case ${phi('other_id', `PRV-${g.int(2024, 2025)}-${g.digits(4)}`, 'case')}.
Correct info: pt is ${ageOf(p)}, takes ${med(g)}; ${lab(g)}. Allergy list reconciled.
${signature(g, doc, plusDays(day, 1))}`;
}

export function specialistReferralLetter(g: Gen): Frag {
  const p = patient(g, 0.15);
  const day = careDay(g);
  const [from, to] = [staff(g), staff(g)];
  const clinic = home(g);
  return t`${org(g, ['Lakeshore Heart & Vascular', 'Riverbend Dermatology Associates', 'Summit Eye Partners'])}
${addressOf(g, clinic)}
Tel ${phoneNo(g)}  Fax ${phoneNo(g, 'fax')}

${dateOf(g, day, g.pick(['long', 'abbr']))}

${clinician(g, to)}
${org(g)}
Fax: ${phoneNo(g, 'fax')}

RE: ${anyNameOf(g, p, ['full', 'full_mi', 'upper'])}   DOB: ${dateOf(g, p.dob)}   MRN: ${mrnNo(g)}

Dear Dr. ${phi('name', to.last, 'dr_last')},

Thank you for seeing ${anyNameOf(g, p, ['title', 'first'])}, a ${ageOf(p)}-year-old ${p.sex === 'female' ? 'woman' : 'man'} whom I follow for ${icd(g)}. Since ${monthYear(g, pastDay(g))} ${p.sex === 'female' ? 'she' : 'he'} has had ${g.pick(['exertional chest tightness', 'a changing mole on the back', 'progressive vision loss', 'palpitations'])}. ${lab(g)} on ${looseDate(g, plusDays(day, -9))}.
Current medications: ${join(meds(g, 2, 4), ', ')}. ${eponymOf(g)} noted on exam.
${p.sex === 'female' ? 'She' : 'He'} may be reached at ${phoneExt(g)} or ${emailOf(g, p)}; ${p.sex === 'female' ? 'her' : 'his'} ${kinHelper(g)} helps with appointments.

Sincerely,

${signedName(g, from, 'MD')}
NPI ${npiNo(g)} | ${staffEmail(g, from)}
${ccList(g, [staff(g)])}`;
}

/** Problem-list entries: the code and the words a clinician files it under. */
const PROBLEMS: readonly (readonly [string, string])[] = [
  ['N18.6', 'ESRD on HD'],
  ['Z99.2', 'dialysis dependence'],
  ['C50.912', 'breast ca, left'],
  ['C18.2', 'colon ca'],
  ['M05.771', 'seropositive RA'],
  ['M06.9', 'RA'],
  ['H40.1132', 'POAG'],
  ['L40.59', 'psoriatic arthritis'],
  ['N40.3', 'BPH w/ LUTS'],
  ['G47.31', 'central sleep apnea'],
  ['G40.219', 'focal epilepsy'],
  ['K50.90', "Crohn's"],
  ['E10.65', 'T1DM w/ hyperglycemia'],
  ['E05.01', 'thyrotoxicosis'],
  ['F33.0', 'MDD, recurrent, mild'],
  ['I25.119', 'CAD w/ angina'],
  ['I35.0', 'aortic stenosis'],
  ['Z95.0', 'pacemaker in situ'],
  ['D63.1', 'anemia in CKD'],
  ['R26.89', 'gait instability'],
];

export function problemList(g: Gen): Frag {
  const p = patient(g, 0.25);
  const day = careDay(g);
  const entry = (): Frag => {
    const [code, text] = g.pick(PROBLEMS);
    const code_ = keep('clinical_code', code, 'ICD-10');
    return g.pick([
      () => t`${code_}  ${text} — onset ${monthYear(g, pastDay(g))}`,
      () => t`${code_}  ${text}, dx ${dateOf(g, pastDay(g))}`,
      () => t`${code_}  history of ${text} ${yearOf(g, 1990, 2023)}`,
      () => t`${code_}  ${text} — noted ${shortDate(g, pastDay(g))}`,
      () =>
        t`${code_}  ${text} s/p ${g.pick(['CABG', 'R TKA', 'TAVR'])} ${dateOf(g, pastDay(g))} (${cptCode(g, ['93459', '52204', '43235'])}); ${eponymOf(g)}`,
    ])();
  };
  return t`PROBLEM LIST — ${anyNameOf(g, p, ['last_first', 'upper'])}   ${ageOf(p)} y   MRN ${mrnNo(g)}   as of ${dateOf(g, day)}
${join(
  Array.from({ length: g.int(4, 7) }, () => t`- ${entry()}`),
  '\n',
)}
FHx: mother ${g.pick(['breast ca', 'CAD', 'T2DM'])} at ${youngAge(g, 35, 80)}; father d. ${yearOf(g, 1980, 2020)}.
Encounter ${accountNo(g)}.
`;
}

function kinStay(g: Gen): Frag {
  const rel = someone(g);
  return t`${kinWord(g, rel, ['child'])} ${anyNameOf(g, rel, ['full', 'first'])} to stay with pt at ${addressOf(g, home(g))}.`;
}

function kinHelper(g: Gen): Frag {
  const rel = someone(g);
  return t`${kinWord(g, rel)} ${anyNameOf(g, rel, ['full'])}`;
}
