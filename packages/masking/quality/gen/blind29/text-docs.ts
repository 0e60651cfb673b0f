/** Text documents of blind split 29: longitudinal outpatient records. SYNTHETIC DATA ONLY. */
import { type Cast, sexWord } from '../cast';
import type { Gen } from '../context';
import { addDays, formatDate, isoDate } from '../dates';
import { type Frag, join, type Piece, phi, t } from '../fragment';
import {
  account,
  biometric,
  deaValue,
  device,
  driversLicenseValue,
  email,
  fax,
  healthPlan,
  license,
  mrn,
  mrnValue,
  npiValue,
  phone,
  phoneValue,
  photo,
  photoFile,
  serialValue,
  ssn,
  urlValue,
  vehicle,
  vinValue,
} from '../identifiers';
import { systemTimestamp, version } from '../keep-vocab';
import {
  addr,
  ageAny,
  ageKeep,
  before,
  CLINICS,
  code,
  deviceSpan,
  doc,
  drug,
  drugOnly,
  EMPLOYERS,
  eponymSpan,
  hospital,
  kin,
  LAB_ORGS,
  lab,
  monthDay,
  nm,
  org,
  PAYERS,
  PHARMACIES,
  PROFESSIONS,
  practiceStat,
  problem,
  signature,
  town,
  type Who,
  who,
  yr,
} from './vocab';

type Template = (g: Gen, c: Cast) => Frag;

const he = (p: Who): string => (p.sex === 'female' ? 'she' : 'he');
const His = (p: Who): string => (p.sex === 'female' ? 'Her' : 'His');

/** "Her son Obinna": a relative named in the form given, the word matching their sex. */
function kinNamed(g: Gen, form: 'first' | 'full', owner = ''): Frag {
  const k = kin(g);
  return t`${owner ? `${owner} ` : ''}${k.rel} ${nm(k.p, form)}`;
}

function lowerKin(g: Gen): Frag {
  const k = kin(g);
  return t`${k.rel} ${phi('name', k.p.first.toLowerCase(), 'lower_first')}`;
}

/** A listed problem with its code: "CKD stage 3 (N18.30)", "COPD [J44.9]", "SNOMED 431857002 CKD stage 3". */
function listed(g: Gen): Frag {
  const p = problem(g);
  return g.pick([
    () => t`${p.name} (${p.icd})`,
    () => t`${p.name} [${p.icd}]`,
    () => t`${p.icd} - ${p.name}`,
    () => t`${p.name} (SCT ${p.snomed})`,
  ])();
}

function medList(g: Gen, n: number, bullet: () => string): Frag {
  const lines: Piece[] = [];
  for (let i = 0; i < n; i++) lines.push(t`${bullet()}${drug(g)}`);
  return join(lines, '\n');
}

function labLine(g: Gen, n: number, sep: string): Frag {
  const items: Piece[] = [];
  for (let i = 0; i < n; i++) items.push(lab(g));
  return join(items, sep);
}

/** "Record date: …" header in the forms longitudinal records carry. */
function recordDate(g: Gen, d: Date): Piece {
  return g.pick([
    () => t`Record date: ${isoDate(d)}`,
    () => t`RECORD DATE: ${formatDate(g, d, 'us')}`,
    () => t`Record Date:${formatDate(g, d)}`,
  ])();
}

function socialHistory(g: Gen, pt: Who): Frag {
  const spouse = who(g, pt.sex === 'female' ? 'male' : 'female');
  const kid1 = who(g);
  const kid2 = who(g);
  const parentAge = g.int(70, 103);
  return g.pick([
    () =>
      t`SOCIAL HISTORY: Lives in ${town(g)} with ${pt.sex === 'female' ? 'husband' : 'wife'} ${nm(spouse, 'first')} (${ageKeep(g, 40, 85)}). ${g.pick(PROFESSIONS)}, works at ${g.pick(EMPLOYERS)}. Children: ${nm(kid1, 'first')} ${ageKeep(g, 12, 50)} and ${nm(kid2, 'first')} ${ageKeep(g, 8, 45)}. Quit smoking ${yr(g, 1990, 2020)}, ${g.int(10, 60)} pack-yr. EtOH 2-3 beers/wk.`,
    () =>
      t`Social: grew up in ${town(g)}, moved here ${yr(g, 1975, 2015)}. Married to ${nm(spouse, 'full')}. ${His(pt)} mother (${ageAny(parentAge)}) lives with them. Former ${g.pick(PROFESSIONS)}; now on disability. Denies tob/drugs.`,
    () =>
      t`SH - ${g.pick(PROFESSIONS)} at ${g.pick(EMPLOYERS)} x ${g.int(3, 30)} yrs; widowed (${nm(spouse, 'first')} d. ${yr(g, 2005, 2024)}); daughter ${nm(kid1, 'full')} in ${town(g)} helps with meds, ${phone(g)}.`,
  ])();
}

const pcpFollowup: Template = (g, c) => {
  const dmProblem = problem(g, 'dm');
  const pt = who(g, c.pt.sex);
  const md = who(g);
  const cardio = who(g);
  const prior = before(c.admit, 60, 200, g);
  return t`${recordDate(g, c.admit)}

${g.pick(['INTERNAL MEDICINE', 'Primary Care', 'ADULT MEDICINE ASSOCIATES'])}
${nm(pt, g.pick(['LF', 'lf', 'full'] as const))}   ${mrn(g)}

${nm(pt, 'first')} is a ${ageAny(c.age)} yo ${sexWord(c)} seen today for f/u of DM2, HTN and CKD 3b. Last seen ${formatDate(g, prior)}; since then ${he(pt)} was admitted to ${hospital(g)} ${monthDay(addDays(prior, 20))} for CHF exacerbation (${lab(g, 'cardiac')}) and saw ${doc(g, cardio)} in cardiology, who started ${drug(g, true, 'cardiac')}.

Meds:
${medList(g, g.int(3, 6), () => g.pick(['- ', '  ', '* ']))}

Labs ${formatDate(g, before(c.admit, 3, 20, g))}: ${labLine(g, 4, ', ')}
Exam: ${lab(g, 'vitals')}, ${lab(g, 'vitals')}. ${eponymSpan(g, 'dm')} neg bilat.

A/P:
1. ${dmProblem.name} (${dmProblem.icd}) - ${lab(g, 'dm')}, cont ${drug(g, false, 'dm')}.
2. HTN - at goal.
3. Health maintenance: colonoscopy ${yr(g, 2012, 2024)}, flu shot given.
RTC 3 mos or sooner prn.

${signature(g, md, c.admit)}`;
};

const cardiologyLetter: Template = (g, c) => {
  const pt = who(g, c.pt.sex);
  const pcp = who(g);
  const me = who(g);
  const ccs = [who(g), who(g)];
  return t`${org(g, ['Heart & Vascular Institute', 'North Shore Cardiology', 'Cardiovascular Associates'])}
${addr(g)}
Tel ${phoneValue(g)}   ${fax(g)}

${formatDate(g, c.admit, g.pick(['month_day_year', 'us']))}

${doc(g, pcp)}
${addr(g)}

RE: ${nm(pt, g.pick(['full', 'fml'] as const))}
DOB: ${formatDate(g, c.pt.dob, g.pick(['us', 'us_short']))}

Dear ${g.pick(['Dr.', 'Doctor'])} ${nm(pcp, 'last')},

Thank you for asking me to see ${nm(pt, 'first')} again. As you recall, ${he(pt)} had a NSTEMI in ${yr(g, 2008, 2022)} treated with PCI to the LAD at ${hospital(g)}, and a ${deviceSpan(g, 'cardiac')} was placed ${formatDate(g, before(c.admit, 200, 900, g))} (${device(g)}). Since ${his(pt)} last visit ${he(pt)} reports exertional dyspnea after one flight. ${lab(g, 'vitals')}, ${lab(g, 'cardiac')}. Echo ${formatDate(g, before(c.admit, 5, 40, g))} showed ${lab(g, 'cardiac')}. ${eponymSpan(g, 'cardiac')} was noted.

I have added ${drug(g, true, 'cardiac')} and increased ${drug(g, true, 'cardiac')}. We will repeat ${code(g, 'CPT')} in 6 months.

Sincerely,

${signature(g, me, c.admit)}

cc: ${join(
    ccs.map((p) => doc(g, p)),
    '; ',
  )}; ${nm(pt, 'full')}`;
};

function his(p: Who): string {
  return p.sex === 'female' ? 'her' : 'his';
}

const diabetesVisit: Template = (g, c) => {
  const pt = who(g, c.pt.sex);
  const np = who(g, 'female');
  const rd = who(g);
  return t`${org(g, ['Joslin Diabetes Center', 'Harbor Health Community Health Center'])} - Endocrinology Follow-up
Patient: ${nm(pt, 'lf')}   DOB ${formatDate(g, c.pt.dob)}   ${mrn(g)}
Visit: ${formatDate(g, c.admit)}   Provider: ${doc(g, np)}

HPI: ${ageAny(c.age)} y/o with T2DM since ${yr(g, 1992, 2020)}, on ${deviceSpan(g, 'dm')} (serial ${serialValue(g)}) + ${deviceSpan(g, 'dm')}. Reviewed 14-day download: TIR 58%, TBR 2%. ${kinNamed(g, 'first', His(pt))} helps with boluses. A1c trend: ${formatDate(g, before(c.admit, 250, 400, g), 'us_short')} ${lab(g, 'dm')}; ${formatDate(g, before(c.admit, 80, 200, g), 'us_short')} ${lab(g, 'dm')}; today ${lab(g, 'dm')}.

Current regimen: ${drug(g, true, 'dm')}, ${drug(g, true, 'dm')}, ${drug(g, true, 'dm')}.
Foot: ${eponymSpan(g, 'dm')} intact bilat, ${eponymSpan(g, 'dm')} R great toe.
Eyes: last dilated exam ${formatDate(g, before(c.admit, 100, 500, g))} with Dr. ${nm(who(g), 'last')} at ${org(g, ['Ophthalmic Consultants of Boston', 'EyeHealth Northeast'])}.

Plan: titrate basal; referral to ${doc(g, rd)} (nutrition). Dx ${problem(g, 'dm').icd}; CGM interp ${code(g, 'CPT')}.
Practice dashboard: ${practiceStat(g)}.

${signature(g, np, c.admit)}`;
};

const renalFollowup: Template = (g, c) => {
  const renalProblem = problem(g, 'renal');
  const anemia = problem(g, 'renal');
  const pt = who(g, c.pt.sex);
  const neph = who(g);
  const surg = who(g);
  const d1 = before(c.admit, 300, 700, g);
  const d2 = before(c.admit, 100, 290, g);
  return t`${recordDate(g, c.admit)}
RENAL CLINIC NOTE  ${org(g, ['Kidney Care Associates', 'Fresenius Kidney Care', 'DaVita Dialysis'])}

${nm(pt, 'LF')} (${mrnValue(g)})  ${ageAny(c.age)}${c.pt.sex === 'female' ? 'F' : 'M'}

${renalProblem.name} (${renalProblem.icd}), diabetic nephropathy, biopsy ${yr(g, 2010, 2022)} w/ ${eponymSpan(g, 'renal')}.
Creatinine trend:
  ${formatDate(g, d1, 'us')}   ${lab(g, 'renal')}
  ${formatDate(g, d2, 'us')}   ${lab(g, 'renal')}
  ${formatDate(g, c.admit, 'us')}   ${lab(g, 'renal')}   ${lab(g, 'renal')}
LUE AVF created ${formatDate(g, before(c.admit, 30, 120, g))} by ${doc(g, surg)} at ${hospital(g)}; thrill +, bruit +.
Transplant eval at ${hospital(g)}; ${kinNamed(g, 'full', His(pt))} (${ageKeep(g, 19, 60)}) is being worked up as a living donor, ${phone(g)}.

Meds: ${drug(g, true, 'renal')}; ${drug(g, true, 'renal')}; ${drug(g, true, 'dm')}; ${drug(g, true, 'renal')}
Ins: ${org(g, PAYERS)} ${healthPlan(g)}

Imp/Plan: ${anemia.name} (${anemia.snomed}) - start ${drugOnly(g, 'renal')}. Dialysis planning; ${practiceStat(g)}.
f/u 6 wks w/ labs.  -- ${nm(neph, 'init')}`;
};

const vascularNote: Template = (g, c) => {
  const pt = who(g, c.pt.sex);
  const vs = who(g);
  const pod = who(g);
  return t`VASCULAR SURGERY FOLLOW UP     ${formatDate(g, c.admit, 'day_mon_year')}
Name: ${nm(pt, 'full')}    MRN: ${mrnValue(g)}    Age: ${ageAny(c.age)}
Referring: ${doc(g, pod)} (podiatry), ${phone(g)}

Interval hx: s/p R SFA angioplasty/stent ${formatDate(g, before(c.admit, 40, 400, g))} at ${hospital(g)}. Claudication ${eponymSpan(g, 'vasc')}; R heel ulcer ${eponymSpan(g, 'dm')}, measured 1.4 x 0.9 cm.
Noninvasives (${code(g, 'CPT')}): R ${lab(g, 'vasc')}, L ${lab(g, 'vasc')}; ${lab(g, 'vasc')}.
${photo(g, pt.last)} uploaded to chart; prior ${photoFile(g, pt.last)} from ${monthDay(before(c.admit, 14, 60, g))}.
Meds: ${drug(g, true, 'vasc')}, ${drug(g, true, 'cardiac')}; statin.
Dx: ${problem(g, 'vasc').icd}, ${problem(g, 'dm').icd}.
Plan: duplex 3 mo; wound care at ${org(g, ['Wound Healing Center', 'Harbor Health Community Health Center'])} q wk; smoking cessation (quit date ${formatDate(g, addDays(c.admit, 14), 'month_ordinal')}).

${signature(g, vs, c.admit)}`;
};

const pulmNote: Template = (g, c) => {
  const pulmA = problem(g, 'pulm');
  const pulmB = problem(g, 'pulm');
  const pt = who(g, c.pt.sex);
  const pulm = who(g);
  const rt = who(g);
  return t`${g.pick(['Pulmonary Associates of the North Shore', 'PULMONARY CLINIC'])}
${formatDate(g, c.admit)} - ${nm(pt, g.pick(['lf', 'full'] as const))}, ${ageAny(c.age)} ${sexWord(c)}, ${mrn(g)}

${pulmA.name} (${pulmA.icd}) and ${pulmB.name} (${pulmB.icd}). PFTs ${formatDate(g, before(c.admit, 20, 300, g))}: ${lab(g, 'pulm')}, ${lab(g, 'pulm')}. ${eponymSpan(g, 'pulm')} 14.
Home O2 2 L via ${deviceSpan(g, 'pulm')} from ${org(g, ['Lincare', 'Apria Healthcare'])}; CPAP ${deviceSpan(g, 'pulm')} ${device(g)}, compliance 81% >4h.
Exacerbations: ${monthDay(before(c.admit, 30, 90, g))} (pred burst), ${formatDate(g, before(c.admit, 100, 300, g), 'us_short')} (admitted ${hospital(g)}).
Inhalers: ${drug(g, true, 'pulm')}; ${drug(g, true, 'pulm')}; rescue ${drugOnly(g, 'pulm')}.
Pulm rehab w/ ${nm(rt, 'full')}, RRT. Vaccines: PCV20 ${yr(g, 2021, 2024)}.
${lab(g, 'vitals')} at rest, ${lab(g, 'pulm')}.
Plan: add ${drug(g, true, 'pulm')}; ${code(g, 'CPT')} next visit.
${doc(g, pulm)}`;
};

const phoneNote: Template = (g, c) => {
  const pt = who(g, c.pt.sex);
  const caller = who(g);
  const rn = who(g, 'female');
  const md = who(g);
  const rel = g.pick(['wife', 'husband', 'dtr', 'son', 'neighbor', 'HHA']);
  return t`TELEPHONE ENCOUNTER ${formatDate(g, c.admit, g.pick(['us', 'us_short']))} ${g.int(8, 16)}:${g.int(10, 59)}
Pt: ${nm(pt, g.pick(['LF', 'lf'] as const))}  DOB ${formatDate(g, c.pt.dob, 'us')}
Caller: ${nm(caller, g.pick(['first', 'full'] as const))} (${rel}) ${phoneValue(g)}
${g.pick(['c/o', 'reports'])} wt up ${g.int(3, 8)} lb since ${monthDay(before(c.admit, 2, 9, g))}, ${lab(g, 'vitals')} on home cuff, more SOB at night. taking ${drug(g)} as rx'd. no CP.
per ${doc(g, md)}: take extra ${drug(g, false, 'cardiac')} x 2 days, recheck BMP at ${org(g, LAB_ORGS)} ${g.pick(['tmrw', 'Fri', 'this wk'])}. to ED (${hospital(g)}) if worse.
${nm(caller, 'first')} verbalized understanding. ${g.pick(['', 'LM on VM for pt as well. '])}
${nm(rn, g.pick(['full', 'f_last'] as const))}, RN / ${nm(rn, 'init')}`;
};

const medRec: Template = (g, c) => {
  const pt = who(g, c.pt.sex);
  const rx = who(g);
  const n = g.int(5, 8);
  const rows: Piece[] = [];
  for (let i = 0; i < n; i++)
    rows.push(
      t`${drug(g)} | start ${g.chance(0.5) ? formatDate(g, before(c.admit, 30, 2000, g), 'us') : yr(g, 2005, 2024)} | ${g.pick(['taking', 'taking', 'not taking', 'changed'])}`,
    );
  return t`MEDICATION RECONCILIATION
${nm(pt, 'LF')}  ${mrn(g)}  DOB: ${formatDate(g, c.pt.dob, 'us')}
Reconciled ${formatDate(g, c.admit, 'us')} by ${nm(who(g), 'full')}, PharmD
Preferred pharmacy: ${org(g, PHARMACIES)}, ${town(g)} - ph ${phoneValue(g)}, ${fax(g)}
Source: pt's bottles + list from ${hospital(g)} d/c summary ${formatDate(g, before(c.admit, 3, 30, g), 'us_short')}

Drug | Started | Status
${join(rows, '\n')}

Allergies: sulfa (rash), ${drugOnly(g)} (angioedema ${yr(g, 2000, 2023)}).
Prescriber: ${doc(g, rx)}  NPI ${npiValue(g)}  DEA ${deaValue(g, rx.last)}`;
};

const resultsLetter: Template = (g, c) => {
  const pt = who(g, c.pt.sex);
  const md = who(g);
  return t`${formatDate(g, c.admit, 'month_day_year')}

${nm(pt, g.pick(['full', 'fml'] as const))}
${addr(g)}

Dear ${g.pick([pt.sex === 'female' ? 'Ms.' : 'Mr.', ''])} ${nm(pt, g.pick(['last', 'full'] as const))},

Your blood tests from ${formatDate(g, before(c.admit, 2, 14, g))} are back: ${labLine(g, 3, '; ')}. Your kidney function is stable compared with ${yr(g, 2019, 2024)}. Please continue ${drug(g)}.
Your urine test (${code(g, 'LOINC')}) was slightly high, ${lab(g, 'renal')}; we will repeat it at your next visit.

If you have questions call our nurse line ${phoneValue(g)} or message us at ${urlValue(g, pt.last)}.

Sincerely,
${doc(g, md)}
${org(g, ['Adult Medicine Associates', 'Harbor Health Community Health Center'])}`;
};

const problemList: Template = (g, c) => {
  const pt = who(g, c.pt.sex);
  const n = g.int(5, 8);
  const items: Piece[] = [];
  for (let i = 0; i < n; i++)
    items.push(
      t`${i + 1}. ${listed(g)} - onset ${g.chance(0.5) ? formatDate(g, before(c.admit, 100, 4000, g)) : yr(g)}${g.chance(0.3) ? t`; followed by ${doc(g, who(g))}` : ''}`,
    );
  return t`PROBLEM LIST (updated ${formatDate(g, c.admit, 'us')} by ${nm(who(g), 'f_last')})
${nm(pt, 'lf')}   ${mrn(g)}   ${ageAny(c.age)} yo
${join(items, '\n')}
Resolved: ${g.pick(['C. diff colitis', 'CAP', 'cellulitis L leg'])} ${formatDate(g, before(c.admit, 200, 1500, g), 'us_short')}
Surgical: CABG x3 ${yr(g, 1998, 2018)} (${hospital(g)}); ${eponymSpan(g, 'cardiac')}.`;
};

const longitudinalSeries: Template = (g, c) => {
  const pt = who(g, c.pt.sex);
  const md = who(g);
  const visits: Piece[] = [];
  let d = before(c.admit, 700, 1100, g);
  const n = g.int(2, 4);
  for (let i = 0; i < n; i++) {
    visits.push(
      t`${recordDate(g, d)}
${g.pick(['CARDIOLOGY', 'PCP', 'Renal', 'Endocrine'])} f/u ${nm(pt, g.pick(['first', 'last', 'full'] as const))}. ${lab(g)}, ${lab(g)}. ${g.pick(['Stable.', 'Worse edema.', 'Feels well.', 'Missed last appt.'])} Cont ${drug(g)}. ${g.chance(0.5) ? t`Seen by ${doc(g, who(g))} at ${hospital(g)} ${monthDay(before(d, 5, 60, g))}.` : ''}
${nm(md, 'init')}`,
    );
    d = addDays(d, g.int(60, 300));
  }
  return t`${nm(pt, 'LF')}  ${mrnValue(g)}\n\n${join(visits, '\n\n**********\n\n')}`;
};

const postHospital: Template = (g, c) => {
  const pt = who(g, c.pt.sex);
  const md = who(g);
  const hosp = who(g);
  return t`TRANSITIONAL CARE VISIT (${code(g, 'CPT')})   DOS ${formatDate(g, addDays(c.discharge, g.int(3, 10)))}
${nm(pt, 'full')} was admitted to ${hospital(g)} ${formatDate(g, c.admit)} - ${formatDate(g, c.discharge)} (outside ${mrn(g)}) for ${g.pick(['ADHF', 'AKI on CKD', 'COPD exacerbation', 'DKA', 'osteomyelitis L 2nd toe'])}. Attending there: ${doc(g, hosp)}.
D/c meds reviewed: ${drug(g)}, ${drug(g)}; ${drugOnly(g)} stopped.
Labs at d/c ${labLine(g, 3, ' / ')}. Today ${lab(g)}.
${kinNamed(g, 'full', His(pt))} (${phoneValue(g)}) is the HCP; HHA from ${org(g, ['VNA of Greater Lowell', 'Amedisys Home Health'])} started ${monthDay(addDays(c.discharge, 1))}.
${ageAny(c.age)} y/o, lives at ${addr(g)}.
${signature(g, md, addDays(c.discharge, 5))}`;
};

const wellnessTemplate: Template = (g, c) => {
  const pt = who(g, c.pt.sex);
  const np = who(g);
  return t`ANNUAL WELLNESS VISIT (${code(g, 'CPT')})
----------------------------------------
Patient name:      ${nm(pt, 'fml')}
DOB:               ${formatDate(g, c.pt.dob, 'us')}
Age:               ${ageAny(c.age)}
${ssn(g)}
${mrn(g)}
Address:           ${addr(g)}
Phone:             ${phoneValue(g)}
Email:             ${email(g, pt.first, pt.last)}
Insurance:         ${org(g, PAYERS)} / ${healthPlan(g)}
${account(g)}
Emergency contact: ${nm(who(g), 'full')} (${g.pick(['spouse', 'son', 'daughter', 'friend'])}) ${phoneValue(g)}
----------------------------------------
Screening: PHQ-2 0, Mini-Cog 5/5, falls 0. ${lab(g, 'vitals')}, ${lab(g, 'vitals')}.
Advance directive on file ${formatDate(g, before(c.admit, 100, 1000, g), 'us')}.
Completed by ${nm(np, 'full')}, ${g.pick(['NP', 'RN', 'MA'])} on ${formatDate(g, c.admit, 'us')}.`;
};

const referralLetter: Template = (g, c) => {
  const pt = who(g, c.pt.sex);
  const from = who(g);
  const to = who(g);
  return t`${org(g, ['Adult Medicine Associates', 'Harbor Health Community Health Center'])}
${fax(g)}

${formatDate(g, c.admit)}

To: ${doc(g, to)}, ${org(g, CLINICS)}
Re: ${nm(pt, 'lf')}, DOB ${formatDate(g, c.pt.dob)}, ${mrn(g)}

Dear ${nm(to, g.pick(['first', 'last'] as const))},
I'd be grateful if you could see this ${ageAny(c.age)}-year-old ${g.pick(PROFESSIONS)} from ${town(g)} with ${g.pick(['rising creatinine', 'lifestyle-limiting claudication', 'progressive dyspnea', 'uncontrolled DM'])}. ${lab(g)} (${formatDate(g, before(c.admit, 5, 30, g), 'us_short')}), ${lab(g)}. ${His(pt)} brother was treated by your group in ${yr(g)}.
${socialHistory(g, pt)}
Meds: ${drug(g)}, ${drug(g)}.
Best,
${doc(g, from)}  NPI ${npiValue(g)}
cc: ${nm(who(g), 'full')}, ${g.pick(['NP', 'RN CM'])}; ${doc(g, who(g))}`;
};

const sloppyNote: Template = (g, c) => {
  const pt = who(g, c.pt.sex);
  const md = who(g);
  return t`${g.pick(['f/u', 'fu', 'F/U'])} ${monthDay(c.admit)} - ${phi('name', pt.last.toLowerCase(), 'lower_last')} ${phi('name', pt.first.toLowerCase(), 'lower_first')}
${ageAny(c.age)}${c.pt.sex === 'female' ? 'f' : 'm'} dm2/htn/ckd, here w ${lowerKin(g)}. seen by ${doc(g, who(g))} @ ${hospital(g)} ${monthDay(before(c.admit, 5, 40, g))} for cp - neg w/u, ${code(g, 'CPT')}.
${labLine(g, 3, ' ')} . ${lab(g)}
meds unchanged exc ${drug(g)} -> ${drug(g)}
${eponymSpan(g)} +
plan: see ${phi('name', who(g).last.toLowerCase(), 'lower_last')} in renal, rtc 2mo
${phi('name', `${md.first[0]}${md.last[0]}`.toLowerCase(), 'lower_initials')}`;
};

const workNote: Template = (g, c) => {
  const pt = who(g, c.pt.sex);
  const md = who(g);
  const hr = who(g);
  const off = addDays(c.admit, g.int(1, 5));
  return t`${formatDate(g, c.admit, 'month_day_year')}
To: ${nm(hr, 'full')}, Human Resources, ${g.pick(EMPLOYERS)}
${fax(g)}

RE: ${nm(pt, 'full')}, ${ssn(g)}, ${g.pick(['employee ID', 'Emp #', 'badge'])} ${phi('other_id', `${g.letters(1)}${g.digits(6)}`, 'employee')}

${nm(pt, g.pick(['first', 'full'] as const))} is under my care for ${g.pick(['heart failure', 'diabetic foot ulcer', 'COPD', 'CKD with dialysis access surgery'])}. ${He(pt)} was unable to work from ${formatDate(g, off)} through ${formatDate(g, addDays(off, g.int(7, 40)))} and may return on light duty (no lifting >20 lb). FMLA paperwork (case ${phi('other_id', `FML-${g.digits(7)}`, 'case')}) attached.
Diagnosis code ${code(g, 'ICD-10')}.

${doc(g, md)}
${license(g, md.last)}
${phone(g)}`;
};

function He(p: Who): string {
  return p.sex === 'female' ? 'She' : 'He';
}

const portalMessage: Template = (g, c) => {
  const pt = who(g, c.pt.sex);
  const np = who(g);
  const sent = systemTimestamp(g);
  return t`Patient message - received ${sent}
From: ${nm(pt, 'full')} <${email(g, pt.first, pt.last)}>
Subject: ${g.pick(['sugars running high', 'refill', 'swelling', 'question about my labs'])}

hi ${nm(np, 'first')}, my ${deviceSpan(g, 'dm')} has been reading 250s since ${monthDay(before(c.admit, 1, 7, g))}. I'm on ${drug(g, true, 'dm')}. my ${kinNamed(g, 'first')} thinks the sensor is bad (${serialValue(g)}). can I get a new one sent to ${org(g, PHARMACIES)}? thx ${nm(pt, 'first')}

--- Reply ${formatDate(g, c.admit, 'us')}: sent replacement rx, please upload photo of reading to ${urlValue(g, pt.last)}. ${nm(np, 'init')}
Portal app ${version(g)}; login ${biometric(g)}; session IP ${phi('ip', `${g.int(11, 223)}.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}`, 'ipv4')}`;
};

const disabilityPlacard: Template = (g, c) => {
  const pt = who(g, c.pt.sex);
  const md = who(g);
  return t`DISABILITY PARKING PLACARD - MEDICAL CERTIFICATION
Applicant: ${nm(pt, 'LF')}   DOB ${formatDate(g, c.pt.dob, 'us')}
${addr(g)}
${g.pick(["Driver's license", 'DL #', 'Lic. no.'])} ${driversLicenseValue(g)}   ${ssn(g)}
Vehicle: ${g.pick(['2014 Buick LaCrosse', '2019 Subaru Outback', '2011 Ford F-150', '2017 Honda CR-V'])} ${vehicle(g)}; VIN ${vinValue(g)}
Condition: PAD, ${lab(g, 'vasc')} R, walks <200 ft (${problem(g, 'vasc').icd}); ${eponymSpan(g, 'vasc')}.
Certifying provider: ${doc(g, md)}, NPI ${npiValue(g)}, ${phone(g)}
Signed ${formatDate(g, c.admit, 'us')}
${photo(g, pt.last)}`;
};

export const BLIND29_TEXT_DOCS: Record<string, Template> = {
  b29PcpFollowup: pcpFollowup,
  b29CardiologyLetter: cardiologyLetter,
  b29DiabetesVisit: diabetesVisit,
  b29RenalFollowup: renalFollowup,
  b29VascularNote: vascularNote,
  b29PulmonaryNote: pulmNote,
  b29TelephoneNote: phoneNote,
  b29MedRec: medRec,
  b29ResultsLetter: resultsLetter,
  b29ProblemList: problemList,
  b29LongitudinalSeries: longitudinalSeries,
  b29TransitionalCare: postHospital,
  b29WellnessTemplate: wellnessTemplate,
  b29ReferralLetter: referralLetter,
  b29SloppyNote: sloppyNote,
  b29WorkNote: workNote,
  b29PortalMessage: portalMessage,
  b29DisabilityPlacard: disabilityPlacard,
};
