/** Specialty clinic notes: endocrinology, rheumatology, ophthalmology, dermatology, urology, ENT. */
import type { Gen } from '../context';
import { type Frag, join, keep, t } from '../fragment';
import { dictationFooter, recordHeader, signature } from './blocks';
import { DX, FORMULARY } from './clinical-vocab';
import { careDay, dateOf, looseDate, monthYear, pastDay, plusDays, shortDate } from './dates16';
import { emailOf, jobNo, phoneExt, photoName, serialNo } from './ids16';
import { cptCode, deviceOf, eponymOf, icd, lab, labs, med, meds, org, yearOf } from './keeps16';
import { ageOf, anyNameOf, clinician, patient, staff } from './people16';

export function endocrineVisit(g: Gen): Frag {
  const p = patient(g, 0.08);
  const day = careDay(g);
  const doc = staff(g);
  return t`ENDOCRINOLOGY FOLLOW-UP
${recordHeader(g, p, day)}
${anyNameOf(g, p, ['title', 'first', 'full'])} is a ${ageOf(p)} yo with ${g.pick(['T1DM', 'T2DM on basal-bolus', "Graves' disease", 'hypothyroidism'])} dx ${yearOf(g, 1985, 2022)} (${icd(g, DX.endo)}).
CGM: ${deviceOf(g, ['Dexcom G6', 'Medtronic Simplera sensor'])} sensor S/N ${serialNo(g)}; pump ${deviceOf(g, ['Omnipod DASH', 'Medtronic MiniMed 770G'])} S/N ${serialNo(g)}.
14-day report ${shortDate(g, plusDays(day, -14))}–${shortDate(g, day)}: ${keep('lab_value', `TIR ${g.int(30, 88)}%`)}, ${keep('lab_value', `GMI ${g.int(6, 9)}.${g.int(0, 9)}%`)}, ${keep('lab_value', `CV ${g.int(22, 45)}%`)}.
Labs: ${join(labs(g, 2, 4), '; ')}
Meds: ${join(meds(g, 2, 4, FORMULARY.endo), '\n  ')}
A/P: adjust ${med(g, FORMULARY.endo)}. Eye exam due; last ${monthYear(g, pastDay(g))}. Return ${looseDate(g, plusDays(day, 90))}.
Pt prefers email ${emailOf(g, p)}; cell ${phoneExt(g)}.
${signature(g, doc, day, g.pick(['MD', 'DO']))}`;
}

export function rheumConsult(g: Gen): Frag {
  const p = patient(g, 0.05);
  const day = careDay(g);
  const [doc, ref] = [staff(g), staff(g)];
  return t`RHEUMATOLOGY NEW CONSULT
${recordHeader(g, p, day)}Referred by ${clinician(g, ref)} for ${g.pick(['inflammatory arthritis', '+ANA', 'elevated ESR', 'Raynaud-like color change'])}.
HPI: ${ageOf(p)} yo ${p.sex === 'female' ? 'woman' : 'man'}; symptoms since ${monthYear(g, plusDays(day, -g.int(60, 500)))}. AM stiffness ${g.int(15, 120)} min.
Exam: ${eponymOf(g, ["Heberden's nodules", "Bouchard's nodules", "Gottron's papules", 'Schober test'])}${g.chance(0.5) ? t`, ${eponymOf(g, ["Tinel's at the carpal tunnel", "Phalen's maneuver", "Finkelstein's test"])} +` : ''}. Synovitis MCPs 2-3 bilat.
Labs ${looseDate(g, plusDays(day, -7))}: ${join(labs(g, 2, 3), ', ')}; RF ${g.int(8, 180)}, anti-CCP ${g.pick(['neg', 'strongly pos'])}.
Dx: ${icd(g, DX.rheum)}. Start ${med(g, FORMULARY.rheum)} + ${med(g, FORMULARY.rheum)}. TB/hepatitis screen before biologic (${med(g, FORMULARY.rheum)}).
Mother with RA dx at ${keep('age_under_90', String(g.int(30, 70)))}.
${signature(g, doc, day, g.pick(['MD', 'DO']))}`;
}

export function eyeExam(g: Gen): Frag {
  const p = patient(g, 0.25);
  const day = careDay(g);
  const doc = staff(g);
  return t`${org(g, ['Summit Eye Partners'])} — COMPREHENSIVE EYE EXAM
${anyNameOf(g, p, ['last_first', 'upper'])}   DOB ${dateOf(g, p.dob)}   ${dateOf(g, day)}
CC: ${g.pick(['blurry vision OD', 'glaucoma f/u', 'floaters OS', 'post-op cataract check'])}. Age ${ageOf(p)}.
VA cc (${eponymOf(g, ['Snellen acuity'])}): OD ${keep('lab_value', `20/${g.pick([20, 25, 30, 40, 60, 200])}`)}, OS ${keep('lab_value', `20/${g.pick([20, 25, 30, 50, 80])}`)}
IOP (tonopen): OD ${keep('lab_value', `${g.int(10, 32)} mmHg`)}, OS ${keep('lab_value', `${g.int(10, 32)} mmHg`)}
Color: ${eponymOf(g, ['Ishihara plates'])} 14/14. ${eponymOf(g, ['Amsler grid'])}: ${g.pick(['normal', 'distortion OS'])}.
OCT RNFL (${cptCode(g, ['92134', '92201', '92012'])}): thinning ${g.pick(['superior OD', 'none', 'inferior OU'])}.
Lens: ${deviceOf(g, ['Alcon PanOptix IOL', 'Tecnis Symfony IOL'])} OD placed ${dateOf(g, pastDay(g))}.
Dx: ${icd(g, DX.eye)}. Drops: ${join(meds(g, 1, 2, FORMULARY.eye), '; ')}.
RTC ${looseDate(g, plusDays(day, g.int(30, 180)))}.
${signature(g, doc, day, g.pick(['MD', 'DO']))}`;
}

export function dermVisit(g: Gen): Frag {
  const p = patient(g, 0.1);
  const day = careDay(g);
  const doc = staff(g);
  return t`${org(g, ['Riverbend Dermatology Associates'])}
${recordHeader(g, p, day)}Full skin exam. ${eponymOf(g, ['Fitzpatrick type IV'])}. Hx BCC nose ${yearOf(g)}.
1. L upper back ${g.int(4, 12)} mm irregular pigmented macule — shave bx (${cptCode(g, ['11102'])}); photo ${photoName(g, p)}
2. Scalp plaques c/w psoriasis, ${eponymOf(g, ['Koebnerization', "Auspitz's sign"])}; ${icd(g, DX.derm)}. Rx ${med(g, FORMULARY.derm)}.
3. AKs dorsal hands x${g.int(2, 9)}, LN2.
Clinical photos uploaded: ${photoName(g, p)}, ${photoName(g, p)}
Path to ${org(g, ['Quest Diagnostics', 'LabCorp'])}; will call pt ${phoneExt(g)} with results by ${looseDate(g, plusDays(day, 10))}.
${signature(g, doc, day, g.pick(['MD', 'DO']))}`;
}

function urologyNote(g: Gen): Frag {
  const p = patient(g, 0.2);
  const day = careDay(g);
  const doc = staff(g);
  return t`Urology clinic — dictated
${recordHeader(g, p, day)}
HISTORY: ${anyNameOf(g, p, ['title', 'full'])} is ${ageOf(p)} and returns for ${g.pick(['BPH with LUTS', 'microhematuria', 'rising PSA', 'OAB'])}. ${lab(g)} on ${looseDate(g, plusDays(day, -12))}; prior ${lab(g)} ${monthYear(g, pastDay(g))}.
IPSS ${g.int(4, 30)}. PVR ${g.int(10, 320)} mL. Cystoscopy (${cptCode(g, ['52204'])}) ${dateOf(g, plusDays(day, -g.int(20, 90)))}: ${g.pick(['trilobar hypertrophy', 'no lesions', 'trabeculated bladder'])}.
MRI prostate: ${eponymOf(g, ['Bosniak IIF'])} L renal cyst incidentally.
PLAN: ${join(meds(g, 1, 2, FORMULARY.uro), ' and ')}. ${icd(g, DX.uro)}.
${dictationFooter(g, doc, day, jobNo(g))}`;
}

function entNote(g: Gen): Frag {
  const p = patient(g, 0.15);
  const day = careDay(g);
  const [doc, aud] = [staff(g), staff(g)];
  return t`OTOLARYNGOLOGY
${anyNameOf(g, p, ['full', 'last_first'])}, age ${ageOf(p)}, seen ${dateOf(g, day)}. MRN in chart.
CC: ${g.pick(['hearing loss', 'chronic sinusitis', 'vertigo', 'hoarseness'])}.
Exam: ${eponymOf(g, ['Weber tuning fork test'])} lateralizes ${g.pick(['L', 'R'])}; ${eponymOf(g, ["Rinne's test"])} AC>BC bilat. ${eponymOf(g, ['Dix-Hallpike positioning'])} ${g.pick(['negative', 'positive R'])}.
Nasal endoscopy (${cptCode(g, ['31231', '92557'])}): ${g.pick(['polyps grade 2', 'septal deviation', 'clear'])}.
Audiogram by ${clinician(g, aud)} AuD: ${g.pick(['mild-mod SNHL', 'profound SNHL L'])}; candidate for ${deviceOf(g, ['Advanced Bionics Marvel CI'])}.
Rx: ${med(g, FORMULARY.ent)}; ${med(g, FORMULARY.ent)}. Dx ${icd(g, DX.ent)}.
${signature(g, doc, day, g.pick(['MD', 'DO']))}`;
}

/** A urology or ENT clinic note: the surgical subspecialties' office visits. */
export function surgicalClinicNote(g: Gen): Frag {
  return g.chance(0.5) ? urologyNote(g) : entNote(g);
}
