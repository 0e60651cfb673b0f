/**
 * Ambulatory documents built from SmartText: a video visit with its telehealth attestation,
 * SmartPhrase expansions, addenda correcting a note, and an after-visit discharge summary.
 * SYNTHETIC DATA ONLY.
 */
import { ageSpan, type Cast, pronoun, sexWord } from '../cast';
import type { Gen } from '../context';
import { type Frag, join, phi, t } from '../fragment';
import { ipValue, phoneValue } from '../identifiers';
import { version, yearAlone } from '../keep-vocab';
import { nameIn } from '../people';
import { addressLine } from '../places';
import { cpt, DISCHARGE_CPT, problem, TELEHEALTH_CPT } from './codes';
import { banner, clock, eSignature, later, staff, when } from './ehr';
import { CLINICS, org, TELEHEALTH_VENDORS } from './orgs';
import { deviceModel, eponymTerm, statisticFor } from './terms';
import { drugLine, labResult, vitalSet, vitalSign } from './vocab';

export function telehealthNote(g: Gen, c: Cast): Frag {
  const day = later(c.admit, g.int(0, 20));
  return t`${org(g, CLINICS)} - Video Visit
${banner(g, c)}
Visit date: ${when(g, day)}
This visit was conducted via real-time audio/video. Patient location: home, ${addressLine(g, c.addr)}. Provider location: clinic.
Patient identity verified with name and DOB (${when(g, c.pt.dob)}). Verbal consent obtained. Connection from ${ipValue(g)}; session via ${org(g, TELEHEALTH_VENDORS)} ${version(g)}.
${g.chance(0.4) ? t`${c.relation} ${phi('name', `${c.relative.first} ${c.relative.last}`, 'full')} present on video and assisting.\n` : ''}
HPI: ${phi('name', c.pt.first, 'first')} is a ${ageSpan(g, c)} y.o. ${sexWord(c)} f/u for ${problem(g)}. Home readings: ${join(vitalSet(g, 2), ', ')} on ${deviceModel(g, 'monitor')}.
Meds reviewed: ${drugLine(g)}, ${drugLine(g)}.
A/P: ${problem(g)} - continue. Recheck ${labResult(g)} in 3 mo.
If video fails, call back at ${phoneValue(g)}.
Total time ${g.int(15, 40)} min, ${cpt(g.pick(TELEHEALTH_CPT))}.
${eSignature(g, c.attending, day)}`;
}

/** A note as SmartPhrases expand: the patient's name and age inserted, one phrase per line. */
export function smartPhraseNote(g: Gen, c: Cast): Frag {
  const day = later(c.admit, g.int(0, 10));
  return t`Office Visit ${when(g, day)}
${nameIn(g, c.pt, g.pick(['full', 'last_first', 'upper_last_first']))} is a ${ageSpan(g, c)} y.o. ${c.pt.sex === 'female' ? 'female' : 'male'} who presents today for ${g.pick(['annual physical', 'follow up', 'knee pain', 'medication check'])}.
Patient's PCP is ${staff(g, c.attending)}. ${pronoun(c)} was last seen ${when(g, later(day, -g.int(60, 300)))}.
@PROBLEMLIST@
  ${problem(g)}
  ${problem(g)}
Current Outpatient Medications on File Prior to Visit
  ${drugLine(g)}
  ${drugLine(g)}
No current facility-administered medications on file prior to visit.
Past Surgical History: ${g.pick(['ORIF wrist', 'Appendectomy', 'C-section'])} (${yearAlone(g)}), ${g.pick(['Tonsillectomy', 'Hernia repair'])} (${yearAlone(g)})
BP Readings from Last 3 Encounters:
  ${when(g, later(day, -g.int(200, 400)))} ${vitalSign(g, 'bp')}
  ${when(g, later(day, -g.int(30, 199)))} ${vitalSign(g, 'bp')}
  ${when(g, day)} ${vitalSign(g, 'bp')}
Exam: ${eponymTerm(g, 'sign')} negative; ${eponymTerm(g, 'sign')} positive.
Counseling: discussed statin; ${statisticFor(g, 'cardio')}. Follow up in 6 months.
${eSignature(g, c.attending, day)}`;
}

export function noteAddendum(g: Gen, c: Cast): Frag {
  const day = later(c.admit, g.int(0, 3));
  const wrong = later(c.pt.dob, g.int(30, 400));
  return t`${banner(g, c)}
ADDENDUM by ${staff(g, c.consultant)} on ${when(g, later(day, 1))} at ${clock(g)}:
Correction to note dated ${when(g, day)}: DOB was documented in error as ${when(g, wrong)}; correct DOB is ${when(g, c.pt.dob)}. Also ${g.pick(['medication', 'dose'])} should read ${drugLine(g)}.
${g.pick(['Pt', 'Patient'])} ${phi('name', c.pt.last, 'last')} ${g.pick(['informed', 'not yet informed'])}. Discussed w/ ${staff(g, c.attending)}.

--- Original note ---
${problem(g)}. ${labResult(g)}.
${eSignature(g, c.consultant, day)}
Addendum ${eSignature(g, c.consultant, later(day, 1))}`;
}

export function dischargeSummary(g: Gen, c: Cast): Frag {
  return t`DISCHARGE SUMMARY
${banner(g, c)}
Admission Date: ${when(g, c.admit)}   Discharge Date: ${when(g, c.discharge)}
Discharging Physician: ${staff(g, c.attending)}
Discharge Diagnoses: ${problem(g)}; ${problem(g)}
Hospital Course: ${ageSpan(g, c)} yo ${c.pt.sex === 'female' ? 'F' : 'M'} admitted with ${problem(g)}. Treated with ${drugLine(g)}. ${labResult(g)} on admission, ${labResult(g)} at discharge.
Procedures: ${g.pick(['None', 'EGD', 'TTE'])}. Discharge day management ${cpt(g.pick(DISCHARGE_CPT))}
Discharge Medications: START ${drugLine(g)}; CONTINUE ${drugLine(g)}; STOP ${drugLine(g)}
Disposition: ${g.pick(['Home with home health', 'SNF', 'Home'])}. Follow up with ${staff(g, c.consultant)} on ${when(g, later(c.discharge, g.int(5, 14)))} at ${clock(g)}; call ${phoneValue(g)} to confirm.
Pending at discharge: blood cultures from ${when(g, later(c.discharge, -1))}.
${eSignature(g, c.attending, c.discharge)}`;
}
