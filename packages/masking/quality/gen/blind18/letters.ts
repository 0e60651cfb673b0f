/**
 * Letters an EHR prints and mails: result letters, normal-result letters, no-show and
 * discharge-from-practice letters, school and work excuse notes. SYNTHETIC DATA ONLY.
 */
import type { Cast } from '../cast';
import type { Gen } from '../context';
import { type Frag, phi, t } from '../fragment';
import { email, urlValue } from '../identifiers';
import { nameIn } from '../people';
import { address, addressLine } from '../places';
import { ICD_FIXED, problem } from './codes';
import { later, nurse, staff, usPhone, when } from './ehr';
import { CLINICS, HOSPITALS, org, PHARMACIES } from './orgs';
import { statisticFor } from './terms';
import { labResult } from './vocab';

/** The clinic letterhead: its address and numbers are labeled as every address part and number is. */
function letterhead(g: Gen): Frag {
  return t`${org(g, CLINICS)}
${addressLine(g, address(g))}
Phone ${usPhone(g)}   Fax ${usPhone(g, 'fax')}`;
}

/** The patient's mailing block under the date. */
function mailingBlock(g: Gen, c: Cast, day: Date): Frag {
  return t`${when(g, day)}

${phi('name', `${c.pt.first} ${c.pt.middle[0]} ${c.pt.last}`, 'full_middle')}
${addressLine(g, c.addr)}`;
}

function salutation(g: Gen, c: Cast): Frag {
  return t`Dear ${g.chance(0.6) ? nameIn(g, c.pt, 'title_last') : nameIn(g, c.pt, 'full')},`;
}

export function resultLetter(g: Gen, c: Cast): Frag {
  const day = later(c.admit, g.int(2, 10));
  return t`${letterhead(g)}

${mailingBlock(g, c, day)}

RE: Test results from your visit on ${when(g, c.admit)}

${salutation(g, c)}

Your recent results are below. ${labResult(g)} is slightly ${g.pick(['high', 'low'])}; ${labResult(g)} and ${labResult(g)} are within normal limits.
Based on these results your estimated ${statisticFor(g, 'cardio')}. We recommend continuing your current medications and repeating labs in 3 months. Diagnosis on file: ${problem(g)}.

You can see the full report in MyChart: ${urlValue(g, c.pt.last)}
If you have questions, call our nurse line or message us. We have your e-mail as ${email(g, c.pt.first, c.pt.last)}.

Sincerely,

${staff(g, c.attending)}
${org(g, CLINICS)}`;
}

export function normalResultLetter(g: Gen, c: Cast): Frag {
  const exam = later(c.admit, -g.int(5, 20));
  return t`${org(g, HOSPITALS)} Breast Imaging
${mailingBlock(g, c, later(exam, g.int(2, 7)))}

${salutation(g, c)}
We are pleased to inform you that the results of your recent ${g.pick(['screening mammogram', 'screening mammogram with tomosynthesis', '3D screening mammogram'])} performed on ${when(g, exam)} were normal / benign.
A report of your results was sent to ${staff(g, c.consultant)}. Exam code ${ICD_FIXED.screeningMammogram()}.
No screening test is perfect (${statisticFor(g, 'screening')}), so please continue regular screening and tell us about any new symptoms.
View online: ${urlValue(g, c.pt.last)}
Questions? Call ${usPhone(g)}.

${g.pick(['This letter was generated automatically.', 'Radiology Department'])}`;
}

export function noShowLetter(g: Gen, c: Cast): Frag {
  const first = later(c.admit, -g.int(30, 120));
  const second = later(first, g.int(14, 60));
  return t`${letterhead(g)}

${mailingBlock(g, c, later(second, 3))}

${salutation(g, c)}
Our records show that you missed your appointment${g.chance(0.5) ? t`s on ${when(g, first)} and` : ' on'} ${when(g, second)} with ${staff(g, c.attending)}.
Missed appointments keep other patients from being seen. Please call ${usPhone(g)} within 14 days to reschedule. A third no-show may result in discharge from the practice per policy.

Sincerely,
${staff(g, nurse(g), ['Practice Manager'])}`;
}

export function dismissalLetter(g: Gen, c: Cast): Frag {
  const day = later(c.admit, g.int(0, 30));
  return t`SENT VIA CERTIFIED MAIL, RETURN RECEIPT REQUESTED
Tracking #: ${phi('other_id', `9407 ${g.digits(4)} ${g.digits(4)} ${g.digits(4)} ${g.digits(4)} ${g.digits(2)}`, 'certified_mail')}

${mailingBlock(g, c, day)}

${salutation(g, c)}
This letter is to notify you that ${org(g, CLINICS)} will no longer be able to provide medical care to you, effective ${when(g, later(day, 30))}.
We will remain available for urgent care only until that date. Your prescriptions (including refills sent to ${org(g, PHARMACIES)}) will not be renewed after that date.
We recommend you find another physician promptly. Your member services line or ${org(g, HOSPITALS)} physician referral line can help.
A copy of your records will be sent to your new provider on receipt of a signed authorization.

Sincerely,
${staff(g, c.attending)}
cc: chart, ${staff(g, c.consultant, ['Practice Administrator'])}`;
}

export function excuseNote(g: Gen, c: Cast): Frag {
  const day = later(c.admit, g.int(0, 5));
  const back = later(day, g.int(1, 7));
  const who = g.chance(0.5)
    ? t`${nameIn(g, c.pt, 'full')} (DOB ${when(g, c.pt.dob)}), Student ID ${phi('other_id', g.digits(g.pick([6, 7, 9])), 'student')}, was seen`
    : t`${nameIn(g, c.pt, 'full')}, employee ID ${phi('other_id', `${g.pick(['E', 'EMP', ''])}${g.digits(6)}`, 'employee')}, was seen`;
  return t`${letterhead(g)}

${g.pick(['SCHOOL/WORK EXCUSE', 'Work Note', 'Return to School/Work'])}
${when(g, day)}

To whom it may concern:
${who} in our office on ${when(g, day)}. Please excuse from ${g.pick(['school', 'work', 'PE'])} ${when(g, day)} through ${when(g, back)}.
May return on ${when(g, back)} ${g.pick(['without restrictions', 'with no lifting >10 lb', 'with elevation of the foot as needed'])}.

${staff(g, c.consultant)}
${g.pick(['This note does not disclose diagnosis.', 'Call with questions.'])}`;
}
