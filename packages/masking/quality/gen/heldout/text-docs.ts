/** Held-out split: note styles, messages and exports the dev split does not contain. */
import { ageSpan, type Cast, pronoun } from '../cast';
import type { Gen } from '../context';
import { addDays, compactDate, formatDate, recentDate } from '../dates';
import { type Frag, join, phi, t } from '../fragment';
import * as id from '../identifiers';
import * as k from '../keep-vocab';
import { anyName, clinicianName, nameIn, person } from '../people';
import { addressLine } from '../places';
import { heldoutExtras } from './extras';

const sexLetter = (c: Cast): string => (c.pt.sex === 'female' ? 'F' : 'M');

export function soapNote(g: Gen, c: Cast): Frag {
  return t`PROGRESS NOTE — ${formatDate(g, recentDate(g))}
S: ${ageSpan(g, c)} yo ${sexLetter(c)} (${anyName(g, c.pt, ['initials', 'initial_last', 'full'])}) f/u ${k.eponym(g)}. Per ${c.relation} ${anyName(g, c.relative, ['first', 'full'])}, more confused since ${formatDate(g, c.admit)}. Taking ${k.drugDose(g)}; stopped ${k.drugName(g)} in ${k.yearAlone(g)}.
O: ${k.vital(g)}, ${k.vital(g)}. ${k.labValue(g)}; ${k.labValue(g)}.
A/P: ${k.icd10(g)} — continue ${k.drugDose(g)}. CPT ${k.cpt(g)}. D/w ${clinicianName(g, c.consultant)}.
${heldoutExtras(g, c, 1, 2)}
— ${clinicianName(g, c.attending)}`;
}

export function hl7Message(g: Gen, c: Cast): Frag {
  const a = c.addr;
  const ph = id.phoneValue(g);
  return t`MSH|^~\\&|EPIC|MAINHOSP|LAB|MAINHOSP|${compactDate(c.admit)}0815||ADT^A01|${k.uuid(g)}|P|2.5.1
PID|1||${id.mrnValue(g)}^^^MAINHOSP^MR||${nameIn(g, c.pt, 'hl7')}||${compactDate(c.pt.dob)}|${sexLetter(c)}|||${a.street}^^${a.city}^${a.state}^${a.zip}||${ph}|||||${id.accountValue(g)}|${id.ssnValue(g)}
NK1|1|${nameIn(g, c.relative, 'hl7')}|${c.relation.toUpperCase()}||${id.phoneValue(g)}
PV1|1|I|4W^412^B||||${id.npiValue(g)}^${phi('name', c.attending.last.toUpperCase(), 'hl7_last')}^${phi('name', c.attending.first.toUpperCase(), 'hl7_first')}
IN1|1|MCR|||||||||||||||||||||||||||||||||||${id.mbiValue(g)}
DG1|1|I10|${k.icd10(g)}|${k.eponym(g)}
`;
}

export function referralLetter(g: Gen, c: Cast): Frag {
  return t`Dear ${clinicianName(g, c.consultant)},

Thank you for seeing ${anyName(g, c.pt, ['title_last', 'full', 'full_middle'])} (${id.ssn(g)}, born on the ${formatDate(g, c.pt.dob, 'ordinal_of')}), a ${ageSpan(g, c)}-year-old with worsening ${k.eponym(g)}. ${pronoun(c)} lives with ${c.pt.sex === 'female' ? 'her' : 'his'} ${c.relation} ${anyName(g, c.relative, ['full', 'first'])} at ${addressLine(g, c.addr)}.
Current treatment is ${k.drugDose(g)} and ${k.drugDose(g)}; most recent ${k.labValue(g)} (LOINC ${k.loinc(g)}).
${pronoun(c)} was last admitted ${formatDate(g, c.admit)} to ${formatDate(g, c.discharge)}. The family can be reached on ${id.phoneValue(g)} or ${id.email(g, c.relative.first, c.relative.last)}.
${heldoutExtras(g, c, 0, 2)}
Kind regards,
${clinicianName(g, c.attending)}
${id.license(g, c.attending.last)}`;
}

export function nursingHandoff(g: Gen, c: Cast): Frag {
  return t`SBAR handoff, unit 4W (template ${k.version(g)})
S: Bed ${g.int(1, 40)} — ${anyName(g, c.pt, ['title_last', 'upper_last_first', 'initials'])}, ${ageSpan(g, c)}${sexLetter(c)}, POD ${g.int(1, 5)}, ${k.vital(g)}.
B: Admitted ${formatDate(g, c.admit)} for ${k.eponym(g)}; hx ${k.icd10(g)}. Allergic to ${k.drugName(g)}.
A: ${k.labValue(g)}. ${k.deviceName(g)} in place.
R: Give ${k.drugDose(g)}. ID band re-checked against ${id.ssn(g)}. Call ${c.relation} (${anyName(g, c.relative, ['first', 'full'])}) ${id.phone(g)} if changes. Hospital: ${k.statistic(g)}.
${heldoutExtras(g, c, 0, 2)}`;
}

export function patientMessage(g: Gen, c: Cast): Frag {
  const from = id.email(g, c.relative.first, c.relative.last);
  return t`From: ${from}
To: ${g.pick(['frontdesk@clinic.example.org', 'triage@hospital.example'])}
Subject: re: appt for my ${g.pick(['mom', 'dad', 'grandmother', 'father-in-law'])}

hi this is ${anyName(g, c.relative, ['first', 'full'])}, ${phi('name', `${c.pt.first} ${c.pt.last}`, 'full')}'s ${c.relation}. ${c.pt.sex === 'female' ? 'her' : 'his'} bday is ${formatDate(g, c.pt.dob, g.pick(['us_2digit', 'us_short', 'month_ordinal_year']))} and the chart # is ${id.mrnValue(g)}. can we move the ${formatDate(g, addDays(c.admit, 30), g.pick(['month_ordinal', 'mon_dot', 'us_short']))} visit? ${pronoun(c).toLowerCase()} ran out of ${k.drugDose(g)}. my cell ${id.phoneValue(g)}, ${c.pt.sex === 'female' ? 'her' : 'his'} ${id.ssn(g)}. ${heldoutExtras(g, c, 0, 1)}
thx`;
}

export function radiologyReport(g: Gen, c: Cast): Frag {
  return t`EXAM: CT head without contrast (CPT ${k.cpt(g)})
PATIENT: ${nameIn(g, c.pt, g.pick(['upper_last_first', 'last_first_middle']))}   DOB: ${formatDate(g, c.pt.dob)}   ACC#: ${id.otherIdValue(g)}
DATE OF SERVICE: ${formatDate(g, c.admit)}
HISTORY: ${ageSpan(g, c)}-year-old, fall, GCS 14 (${k.eponym(g)}).
COMPARISON: ${formatDate(g, addDays(c.admit, -g.int(40, 900)))}.
FINDINGS: No acute hemorrhage. Scanner ${k.deviceName(g)}, protocol ${k.version(g)}.
IMPRESSION: Stable. Discussed with ${clinicianName(g, c.attending)} at ${g.int(10, 23)}:${g.pick(['05', '20', '41'])}.
Read by ${clinicianName(g, c.consultant)}, ${id.license(g, c.consultant.last)}`;
}

export function csvExport(g: Gen): Frag {
  const rows = Array.from({ length: g.int(3, 7) }, () => {
    const p = person(g);
    return t`${id.mrnValue(g)},${phi('name', p.last, 'last')},${phi('name', p.first, 'first')},${formatDate(g, p.dob, g.pick(['iso', 'us']))},${id.phoneValue(g)},${id.zipValue(g)},${k.icd10(g)},${k.ageUnder90(g)}`;
  });
  return t`mrn,last_name,first_name,dob,phone,zip,dx,age_bucket_floor
${join(rows, '\n')}
# exported ${k.systemTimestamp(g)} by report ${k.version(g)}`;
}

export function agentSession(g: Gen, c: Cast): Frag {
  const doc = clinicianName(g, c.attending);
  return t`User (${doc}): pull up ${anyName(g, c.pt, ['full', 'last_first'])}, DOB ${formatDate(g, c.pt.dob)}
Assistant: → ehr.search_patients(name: "${phi('name', `${c.pt.first} ${c.pt.last}`, 'full')}")
Assistant: Found 1 match, ${id.mrn(g)}. Last visit ${formatDate(g, c.admit)}; meds ${k.drugDose(g)}, ${k.drugDose(g)}.
User: any recent labs? and who's the emergency contact
Assistant: ${k.labValue(g)} and ${k.labValue(g)}. Emergency contact: ${anyName(g, c.relative, ['full', 'last_first'])} (${c.relation}), ${id.phoneValue(g)}.
User: fax the summary to ${clinicianName(g, c.consultant)} at ${id.phoneValue(g, 'fax')}
Assistant: Sent. Request ${k.uuid(g)}. ${heldoutExtras(g, c, 0, 2)}`;
}

export const HELDOUT_TEXT_DOCS = {
  soapNote,
  hl7Message,
  referralLetter,
  nursingHandoff,
  patientMessage,
  radiologyReport,
  csvExport,
  agentSession,
};
