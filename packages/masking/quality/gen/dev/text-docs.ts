/** Dev split: clinical notes, lab reports, claims, schedules and chat transcripts as plain text. */
import { ageSpan, type Cast, pronoun, sexWord } from '../cast';
import type { Gen } from '../context';
import { formatDate, recentDate } from '../dates';
import { type Frag, join, keep, t } from '../fragment';
import * as id from '../identifiers';
import * as k from '../keep-vocab';
import { anyName, clinicianName, nameIn, person } from '../people';
import { addressLine } from '../places';
import { devExtras } from './extras';

const meds = (g: Gen, n: number): Frag =>
  join(
    Array.from({ length: n }, () => k.drugDose(g)),
    ', ',
  );
const labs = (g: Gen, n: number): Frag =>
  join(
    Array.from({ length: n }, () => (g.chance(0.3) ? k.vital(g) : k.labValue(g))),
    ', ',
  );

export function hpiNote(g: Gen, c: Cast): Frag {
  const code = k.clinicalCode(g);
  return t`HISTORY OF PRESENT ILLNESS
Patient: ${anyName(g, c.pt, ['full', 'last_first', 'upper_last_first'])}   DOB: ${formatDate(g, c.pt.dob)}   ${id.mrn(g)}

${anyName(g, c.pt, ['title_last', 'full', 'first'])} is a ${ageSpan(g, c)}-year-old ${sexWord(c)} with a history of ${k.eponym(g)} (diagnosed in ${k.yearAlone(g)}) and ${code.system} ${code.code}, who presents on ${formatDate(g, c.admit)} with two days of dyspnea. ${pronoun(c)} was brought in by ${c.pt.sex === 'female' ? 'her' : 'his'} ${c.relation}, ${anyName(g, c.relative, ['full', 'full_middle'])}, who can be reached at ${id.phoneValue(g)}.
Home medications: ${meds(g, g.int(1, 3))}.
Objective: ${labs(g, g.int(2, 4))}.
Seen with ${clinicianName(g, c.attending)}; ${clinicianName(g, c.consultant)} (cardiology) consulted.
Lives at ${addressLine(g, c.addr)}. Registration: ${id.ssn(g)}, ${id.license(g, c.pt.last)}. ${devExtras(g, c, 1, 3)}
`;
}

export function dischargeSummary(g: Gen, c: Cast): Frag {
  const followUp = formatDate(g, recentDate(g));
  return t`DISCHARGE SUMMARY
Name: ${nameIn(g, c.pt, g.pick(['upper_last_first', 'last_first_middle', 'full']))}      Admitted: ${formatDate(g, c.admit)}      Discharged: ${formatDate(g, c.discharge)}
Attending: ${clinicianName(g, c.attending)}      PCP: ${clinicianName(g, c.consultant)} (NPI ${id.npiValue(g)})

Hospital course: ${anyName(g, c.pt, ['title_last', 'first', 'initial_last'])} was admitted for ${k.eponym(g)} exacerbation, ICD-10 ${k.icd10(g)}. Treated with ${k.drugDose(g)} and ${k.drugDose(g)}; ${k.labValue(g)} on day 2. Ambulating with assistance at discharge.
Discharge medications:
- ${k.drugDose(g)}
- ${k.drugDose(g)}
Follow-up with ${clinicianName(g, c.consultant)} on ${followUp}. Clinic phone ${id.phoneValue(g)}, ${id.fax(g)}.
Emergency contact: ${anyName(g, c.relative, ['full', 'last_first'])} (${c.relation}), ${id.phoneValue(g)}, ${id.email(g, c.relative.first, c.relative.last)}.
Hospital census at discharge: ${k.statistic(g)}. ${devExtras(g, c, 1, 2)}
`;
}

export function labReport(g: Gen, c: Cast): Frag {
  const rows = Array.from({ length: g.int(3, 6) }, () => t`${k.labValue(g)}    LOINC ${k.loinc(g)}`);
  return t`LABORATORY REPORT
Patient: ${anyName(g, c.pt, ['upper_last_first', 'full', 'last_first'])} | DOB ${formatDate(g, c.pt.dob)} | Age ${ageSpan(g, c)} | ${id.mrn(g)} | ${id.ssn(g)}
Ordering provider: ${clinicianName(g, c.attending)}, NPI ${id.npiValue(g)}
Collected: ${formatDate(g, c.admit)} 07:45
${join(rows, '\n')}
Instrument: ${k.deviceName(g)}; LIS ${k.version(g)}
Interface message ${k.uuid(g)} processed ${k.systemTimestamp(g)}
`;
}

export function chatTranscript(g: Gen, c: Cast): Frag {
  const who = g.pick(['nurse', 'Dr.', 'clinician']);
  return t`[assistant] I found the chart for ${anyName(g, c.pt, ['full', 'full_middle'])}. Want the latest labs?
[${who}] Yes. Confirm DOB ${formatDate(g, c.pt.dob)} and ${id.mrn(g)} first.
[assistant] Confirmed. Most recent: ${k.labValue(g)}, ${k.labValue(g)}. Active meds: ${k.drugDose(g)}.
[${who}] Ok. Page ${clinicianName(g, c.attending)} and let ${anyName(g, c.relative, ['first', 'full'])} (${c.relation}) know, ${id.phone(g)}.
[assistant] Done. I also emailed ${id.email(g, c.relative.first, c.relative.last)} the visit summary for ${formatDate(g, c.admit)}.
[${who}] Thanks. Note ${k.eponym(g)} in the problem list. ${devExtras(g, c, 0, 2)}
`;
}

export function claimForm(g: Gen, c: Cast): Frag {
  const lines = Array.from(
    { length: g.int(1, 3) },
    (_, i) =>
      t`24${'ABCDEF'.charAt(i)}. ${formatDate(g, c.admit, 'us')}  CPT ${k.cpt(g)}  $${g.int(80, 900)}.00  NPI ${id.npiValue(g)}`,
  );
  return t`HEALTH INSURANCE CLAIM FORM (CMS-1500)
1a. INSURED'S I.D. NUMBER: ${g.chance(0.5) ? id.mbiValue(g) : id.memberIdValue(g)}
2. PATIENT'S NAME (Last, First, MI): ${nameIn(g, c.pt, g.pick(['upper_last_first', 'last_first_middle']))}
3. PATIENT'S BIRTH DATE: ${formatDate(g, c.pt.dob, g.pick(['us', 'us_short']))}  SEX: ${c.pt.sex === 'female' ? 'F' : 'M'}
5. PATIENT'S ADDRESS: ${c.addr.street}  CITY: ${c.addr.city}  STATE: ${c.addr.state}  ZIP: ${c.addr.zip}  TELEPHONE: ${id.phoneValue(g)}
4. INSURED'S NAME: ${nameIn(g, c.relative, 'upper_last_first')}
21. DIAGNOSIS: A. ${k.icd10(g)}  B. ${k.icd10(g)}
${join(lines, '\n')}
26. PATIENT'S ACCOUNT NO.: ${id.accountValue(g)}
30. PATIENT IDENTIFIERS: ${id.ssn(g)}; ${id.license(g, c.pt.last)}
31. SIGNATURE OF PHYSICIAN: ${clinicianName(g, c.attending)}
33. BILLING PROVIDER NPI: ${id.npiValue(g)}
`;
}

export function scheduleText(g: Gen, c: Cast): Frag {
  const day = recentDate(g);
  const rows = Array.from({ length: g.int(3, 6) }, () => {
    const p = person(g);
    return t`${String(g.int(7, 16)).padStart(2, '0')}:${g.pick(['00', '15', '30', '45'])}  ${anyName(g, p, ['last_first', 'upper_last_first', 'full'])}  DOB ${formatDate(g, p.dob)}  ${g.pick(['follow-up', 'new patient', 'post-op', 'annual'])}  ph ${id.phoneValue(g)}`;
  });
  return t`Clinic schedule for ${formatDate(g, day)}, ${clinicianName(g, c.attending)}
${join(rows, '\n')}
Rooms available: ${keep('statistic', `${g.int(3, 12)} of ${g.int(12, 20)} exam rooms`)}
`;
}

export const DEV_TEXT_DOCS = {
  hpiNote,
  dischargeSummary,
  labReport,
  chatTranscript,
  claimForm,
  scheduleText,
};
