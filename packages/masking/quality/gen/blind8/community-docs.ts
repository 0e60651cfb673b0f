/** Blind split 8: school nurse, occupational health, therapy, home health, pharmacy and poison-centre notes. SYNTHETIC DATA ONLY. */
import type { Gen } from '../context';
import { type Frag, keep, phi, t } from '../fragment';
import {
  biometric,
  dea,
  driversLicense,
  memberId,
  mrn,
  npi,
  photoName,
  plate,
  serial,
  stateLicense,
  usPhone,
  vin,
} from './ids';
import {
  code,
  device,
  dose,
  doseLine,
  eponymDx,
  eponymExam,
  lab,
  org,
  pain,
  statistic,
  vitals,
} from './vocab';
import { ageAt, ageSpan, birth, clockRun, day, later, recent, usDate } from './when';
import { usAddress, usPlace } from './where';
import { clinician, fullName, initials, nameForm, nm, titled, who } from './who';

function schoolNurse(g: Gen): Frag {
  const kid = who(g);
  const parent = who(g, kid.tradition);
  parent.family = kid.family;
  if (parent.given === kid.given) parent.given = parent.sex === 'f' ? 'Marguerite' : 'Reginald';
  const dob = day(g, 2009, 2020);
  const visit = recent(g);
  const [bp, hr] = vitals(g);
  const grade = Math.min(12, Math.max(0, ageAt(dob, visit) - 5)) || 'K';
  const inOut = clockRun(g, 2).map((c) => c.slice(0, 5));
  return t`${org(g.pick(['Greenfield Unified School District', 'Maple Hollow Elementary', 'Riverside Middle School']))} — Health Office Visit
Student: ${nameForm(g, kid)}   Grade ${grade}   DOB ${usDate(g, dob)}   Age ${ageSpan(ageAt(dob, visit))}
Date: ${usDate(g, visit)}  Time in ${keep('timestamp', inOut[0] as string)}  Time out ${keep('timestamp', inOut[1] as string)}

${g.pick(['Sent by teacher', 'Walked in', 'Came from recess'])} c/o ${g.pick(['wheezing after PE', 'headache', 'hives on neck', 'knee pain'])}. BP ${bp}, HR ${hr}. Pain ${pain(g)}.
${g.chance(0.5) ? t`Known asthma; ${dose(g)} given per care plan. ` : t`Hx ${eponymDx(g)}. `}Vision screen (${keep('eponym', 'Snellen chart')}): 20/${g.pick(['20', '30', '40'])} OU.
Called ${g.pick(['mom', 'dad', 'parent', 'guardian'])} ${nm(`${parent.given} ${parent.family}`)} at ${usPhone(g)}${g.chance(0.4) ? t` (work ${usPhone(g)})` : ''}; ${g.pick(['returned to class', 'picked up at 1:15', 'resting in office'])}.
${g.chance(0.4) ? t`Picked up by ${nm(who(g).given)} in a gray sedan, plate ${plate(g)}, who is on the pickup list.\n` : ''}${g.chance(0.3) ? t`Emergency card lists ${titled(g, parent)} as contact; 504 plan on file.\n` : ''}— ${clinician(g, who(g), g.pick(['RN', 'BSN, RN']))}, school nurse
`;
}

function occHealthRtw(g: Gen): Frag {
  const worker = who(g);
  const dob = birth(g);
  const injury = recent(g);
  const doc = who(g);
  const [analyte, value] = lab(g);
  return t`${org(g.pick(['Cascade Occupational Medicine', 'Evergreen Workers Comp Services', 'Piedmont Orthopedic Associates']))}
RETURN TO WORK / WORK STATUS REPORT
Employee: ${nameForm(g, worker)}   DOB ${usDate(g, dob)}   Claim # ${phi('other_id', `WC-${g.digits(7)}`)}
Employer: ${org(g.pick(['Tri-County Freight', 'Hollister Distribution', 'Meridian Poultry', 'Granite State Paving']))}   Job: ${g.pick(['CDL driver', 'forklift operator', 'line cook', 'CNA'])}
Date of injury: ${usDate(g, injury)}   Seen: ${usDate(g, later(injury, g.int(3, 40)))}
${g.chance(0.6) ? t`Assigned unit ${plate(g)}, VIN ${vin(g)}; CDL ${driversLicense(g)}, DOT med card exp. ${usDate(g, later(injury, g.int(100, 600)))}.\n` : ''}
Dx: ${code(g, 'ICD-10')[1]}; ${eponymExam(g)} positive. ${analyte} ${value}.
Plan: ${dose(g)}, ${g.pick(['PT 2x/week', 'home exercise', 'splint'])} (${code(g, 'CPT')[1]}).
Restrictions: no lifting > ${g.int(10, 35)} lb, ${g.pick(['no driving company vehicle', 'seated work only', 'no ladders'])} until ${usDate(g, later(injury, g.int(14, 70)))}.
Status: ${g.pick(['modified duty', 'off work', 'full duty'])}. ${statistic(g)} return by 6 weeks per guideline.

${clinician(g, doc, g.pick(['MD', 'DO', 'PA-C']))}  NPI ${npi(g)}
`;
}

function ptProgress(g: Gen): Frag {
  const pt = who(g);
  const pt2 = who(g);
  const visit = recent(g);
  return t`PHYSICAL THERAPY PROGRESS NOTE — visit ${g.int(4, 18)} of ${g.int(12, 24)}
${fullName(pt)} | ${g.pick(['R', 'L'])} ${g.pick(['knee TKA', 'shoulder RCR', 'ankle ORIF', 'low back'])} | ${usDate(g, visit)}
S: "${g.pick(['stairs are easier', 'still stiff in the morning', 'I walked to the mailbox'])}". Pain ${pain(g)} at rest, ${pain(g)} with activity.
O: AROM flex ${g.int(80, 135)}°, ext -${g.int(0, 10)}°. MMT quads ${keep('statistic', `${g.int(3, 5)}/5`)}, glute med ${keep('statistic', `${g.int(3, 5)}-/5`)}.
   ${keep('eponym', 'Tinetti gait assessment')} ${g.int(10, 28)}/28; ${eponymExam(g)} ${g.pick(['negative', 'positive', 'equivocal'])}; TUG ${g.int(8, 22)} s.
   ${keep('device_name', g.pick(['Drive Nitro rollator', 'Bioness L300 Go']))} used for gait; ${g.chance(0.5) ? t`${keep('device_name', g.pick(['Kinesio tape', 'Game Ready unit', 'Aspen Vista collar']))} applied.` : 'no AD at home.'}
A: Progressing toward goals; ${statistic(g)}.
P: Continue ${code(g, 'CPT')[1]}, ${code(g, 'CPT')[1]}, ${code(g, 'CPT')[1]} x${g.int(4, 8)} visits. HEP updated.
${clinician(g, pt2, g.pick(['PT, DPT', 'OTR/L', 'PTA']))}, lic. ${stateLicense(g)}
`;
}

function homeHealth(g: Gen): Frag {
  const pt = who(g);
  const cg = who(g, pt.tradition);
  const age = g.int(86, 101);
  const place = usPlace(g);
  const [bp, hr, spo2] = vitals(g);
  const [d1, sched] = doseLine(g);
  const visitTimes = clockRun(g, 2).map((c) => c.slice(0, 5));
  return t`${org('Bayfield Home Health')} — Skilled Nursing Visit
${titled(g, pt)}, ${ageSpan(age)} yo ${pt.sex === 'f' ? 'F' : 'M'}, ${usAddress(g, place, g.chance(0.5))}${g.chance(0.4) ? t`, gate code ${g.int(1000, 9999)}` : ''}
Visit ${usDate(g, recent(g))} ${keep('timestamp', visitTimes[0] as string)}-${keep('timestamp', visitTimes[1] as string)}   MRN ${mrn(g)}
Caregiver: ${g.pick(['daughter', 'son', 'granddaughter', 'neighbor'])} ${nm(g.chance(0.5) ? cg.given : `${cg.given} ${cg.family}`)} (${usPhone(g)}) present.
VS: BP ${bp}, HR ${hr}, SpO2 ${spo2} on ${g.int(1, 4)} L via concentrator (${keep('device_name', 'CAIRE FreeStyle Comfort')}, serial ${serial(g)}).
${g.chance(0.5) ? t`Wound stage 2 sacrum, photo ${photoName(g, pt)} uploaded. ${keep('eponym', 'Barthel Index')} ${g.int(20, 90)}/100.\n` : ''}Meds reconciled: ${d1}${sched}, ${dose(g)}. ${g.chance(0.4) ? t`Med dispenser ${device(g)} SN ${serial(g)}.` : ''}
${g.chance(0.4) ? t`Signed in on agency tablet with ${biometric(g)}.\n` : ''}Next visit ${usDate(g, recent(g))}. ${clinician(g, who(g), g.pick(['RN', 'LPN', 'BSN, RN']))}
`;
}

function pharmacyCounsel(g: Gen): Frag {
  const pt = who(g);
  const md = who(g);
  const [analyte, value] = lab(g);
  return t`${org(g.pick(['Cedar Hollow Pharmacy', 'CVS Pharmacy', 'Walgreens', 'Kroger Pharmacy']))} #${g.int(1000, 9999)} — counseling note
Rx ${phi('other_id', `${g.int(1, 9)}${g.digits(6)}`)} ${dose(g)} #${g.int(14, 90)} for ${nameForm(g, pt)} (${usDate(g, birth(g))})
Prescriber ${clinician(g, md, 'MD')} NPI ${npi(g)} DEA ${dea(g, md)}
Counseled ${g.pick(['patient', 'caregiver', 'patient via phone'])} on ${g.pick(['timing with food', 'missed dose', 'grapefruit interaction', 'injection technique'])}; interaction flagged with ${dose(g)}.
Last ${analyte} ${value}. ${g.chance(0.5) ? t`Plan copay card applied, member ${memberId(g)}.` : ''}
${g.chance(0.5) ? t`Pickup by ${nm(who(g).given)} with ID ${driversLicense(g)}.` : t`Call back ${usPhone(g)}.`}
RPh: ${clinician(g, who(g), 'PharmD')}
`;
}

function poisonControl(g: Gen): Frag {
  const caller = who(g);
  const kid = who(g);
  kid.family = caller.family;
  const ageYears = g.int(1, 6);
  const place = usPlace(g);
  const level = keep('lab_value', `${g.int(8, 310)} mcg/mL`);
  const times = clockRun(g, 5);
  return t`${org('Northgate Regional Poison Center')} — case ${phi('other_id', `${g.int(24, 26)}-${g.digits(6)}`)}
${keep('timestamp', times[0] as string)} Caller: ${g.pick(['mother', 'father', 'grandmother', 'babysitter'])}, ${nm(g.chance(0.6) ? caller.given : `${caller.given} ${caller.family}`)}, cb ${usPhone(g)}, ${place.town}, ${place.county}, ${place.zip}
${keep('timestamp', times[1] as string)} Pt: ${nm(kid.given)}, ${ageSpan(ageYears)} yo, ${g.int(9, 22)} kg. Found with ${g.pick(['open bottle of', 'blister pack of', 'grandma\u2019s pill box with'])} ${dose(g)}; est. ${g.int(2, 12)} tabs.
${keep('timestamp', times[2] as string)} Dx ${code(g, 'ICD-10')[1]}. Plot 4-h level on ${keep('eponym', 'Rumack-Matthew nomogram')}. Referred to ED ${org(g.pick(['Tamarack Valley Hospital', 'Lakeshore Regional Medical Center']))}.
${keep('timestamp', times[3] as string)} ED f/u: level ${level}; ${dose(g)} started.
${keep('timestamp', times[4] as string)} Outcome: ${g.pick(['minor effect', 'no effect', 'moderate effect'])}. SPI ${initials(who(g))} ${g.pick(['CSPI', 'RN'])}.
`;
}

export const COMMUNITY_DOCS = {
  schoolNurse,
  occHealthRtw,
  ptProgress,
  homeHealth,
  pharmacyCounsel,
  poisonControl,
};
