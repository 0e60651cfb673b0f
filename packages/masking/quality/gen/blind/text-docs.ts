/**
 * Blind split: document styles neither other split has — nursing flowsheets, dispensing logs,
 * EOBs, portal messages, telehealth transcripts, ED triage, pathology, immunization records,
 * odd-delimiter CSV, YAML and Markdown tables. Written once, before any engine change it
 * measures; its failures guide general fixes, never rules copied from its values.
 */
import { ageSpan, type Cast } from '../cast';
import type { Gen } from '../context';
import { addDays, recentDate } from '../dates';
import { type Frag, join, keep, type Piece, phi, t } from '../fragment';
import * as id from '../identifiers';
import { person } from '../people';
import { blindExtras } from './extras';
import * as k from './keep';
import { clinician, nameOf, speaker } from './people';
import * as p from './phi';

const sex = (c: Cast): string => (c.pt.sex === 'female' ? 'F' : 'M');
const clock = (g: Gen): string =>
  `${String(g.int(0, 23)).padStart(2, '0')}${g.pick(['00', '15', '30', '45'])}`;

export function nursingFlowsheet(g: Gen, c: Cast): Frag {
  const rows = Array.from(
    { length: g.int(3, 6) },
    () =>
      t`${clock(g)} | ${k.vitalSign(g)} | ${k.vitalSign(g)} | ${k.vitalSign(g)} | ${phi('name', `${person(g).first} ${person(g).last}`, 'full')}, RN`,
  );
  return t`NURSING FLOWSHEET — Unit ${g.int(2, 9)}${g.pick(['N', 'S', 'W'])}   Pt: ${nameOf(g, c.pt, ['upper_last_first', 'last_first_middle'])}   ${g.pick(['Hosp No.', 'Unit #', 'MR#'])} ${p.mrn(g)}   DOB ${p.date(g, c.pt.dob)}   ${ageSpan(g, c)}${sex(c)}
Shift date: ${p.date(g, c.admit)}
Time | Vital | Vital | Vital | Recorded by
${join(rows, '\n')}
Drips: ${k.dose(g)}. Fall risk: ${k.eponym(g)} noted. ${blindExtras(g, c, 0, 1)}`;
}

export function dispensingLog(g: Gen, c: Cast): Frag {
  const lines = Array.from({ length: g.int(2, 4) }, () => {
    const who = person(g);
    return t`${k.timestamp(g)} | DISPENSED | Rx ${phi('other_id', `${g.digits(7)}`, 'rx')} | ${k.dose(g)} | qty ${g.int(7, 90)} | pt ${nameOf(g, who, ['upper_last_first', 'last_first'])} (DOB ${p.date(g, who.dob)}) | prescriber ${clinician(g, c.attending)} NPI ${p.npi(g)}`;
  });
  return t`PHARMACY DISPENSING LOG  store #${g.int(100, 999)}  system ${k.version(g)}
${join(lines, '\n')}
Controlled substance pickup: ${nameOf(g, c.relative, ['full', 'given_upper_last'])} (${c.relation}), ${g.pick(["driver's lic.", 'DL'])} ${id.driversLicenseValue(g)}; prescriber DEA ${p.dea(g, c.attending)}.
${blindExtras(g, c, 0, 1)}`;
}

export function insuranceEob(g: Gen, c: Cast): Frag {
  const dos = recentDate(g);
  const lines = Array.from(
    { length: g.int(2, 4) },
    () =>
      t`${p.date(g, dos, ['us', 'dash_us', 'dash_us_2digit'])}  ${k.code(g, 'CPT')}  $${g.int(80, 2400)}.00  allowed $${g.int(40, 800)}.${g.digits(2)}`,
  );
  return t`EXPLANATION OF BENEFITS — THIS IS NOT A BILL
${nameOf(g, c.pt, ['full', 'given_upper_last', 'first_middle_last'])}
${p.blindAddress(g).line}

Member: ${nameOf(g, c.pt, ['full', 'upper_last_first'])}    Member #: ${p.memberId(g)}
Claim # ${phi('other_id', `${g.int(20, 25)}${g.digits(9)}`, 'claim')}    Patient Acct No: ${p.account(g)}
Provider: ${clinician(g, c.attending)} (fax ${p.phone(g, 'fax')})    Statement date: ${k.timestamp(g)}
Date of service  Code  Billed  Allowed
${join(lines, '\n')}
Diagnosis ${k.code(g, 'ICD-10')}. Questions? Call 1-800-555-0199. ${blindExtras(g, c, 0, 1)}`;
}

export function portalMessage(g: Gen, c: Cast): Frag {
  const newAddr = p.blindAddress(g);
  return t`Secure message — from ${nameOf(g, c.pt, ['full', 'first_middle_last'])} (${g.pick(['MRN', 'Patient No.'])} ${p.mrn(g)}), sent ${p.date(g, addDays(c.admit, 3), ['weekday_long', 'mon_day_year_nocomma'])}
To: ${clinician(g, c.attending)}

Hello, I moved — my new address is ${newAddr.line}. Best number is ${p.phone(g)} (${g.pick(['cell', 'mobile', 'home'])}). I was born ${p.date(g, c.pt.dob)} in case you need it. Should I keep taking ${k.dose(g)}? My last ${k.panelRow(g)} worried me. Thanks, ${nameOf(g, c.pt, ['first'])}
${blindExtras(g, c, 0, 1)}`;
}

export function telehealthTranscript(g: Gen, c: Cast): Frag {
  const doc = speaker(g, c.attending);
  const ts = (): string =>
    `[00:${String(g.int(0, 59)).padStart(2, '0')}:${String(g.int(0, 59)).padStart(2, '0')}]`;
  return t`Telehealth visit transcript (app ${k.version(g)}, protocol ${k.protocolRevision(g)})
${ts()} ${doc}: Good morning. Can you confirm your full name and date of birth?
${ts()} PATIENT: Yes, it's ${nameOf(g, c.pt, ['full', 'first_middle_last'])}, ${p.date(g, c.pt.dob, ['month_ordinal', 'day_month_long', 'us'])}${g.pick(['.', ', yes.'])}
${ts()} ${doc}: Thanks. Who's with you today?
${ts()} PATIENT: My ${c.relation}, ${nameOf(g, c.relative, ['first', 'full'])}. You can call ${c.relative.sex === 'female' ? 'her' : 'him'} on ${p.phone(g)}.
${ts()} ${doc}: I see ${k.panelRow(g)} and ${k.vitalSign(g)}. Let's start ${k.dose(g)}.
${ts()} PATIENT: I'm ${ageSpan(g, c)}, is that safe with my ${k.eponym(g)}?
${ts()} ${doc}: Yes. I'll send it to the pharmacy; your visit code is ${k.code(g, 'CPT')}. ${blindExtras(g, c, 0, 1)}`;
}

export function edTriage(g: Gen, c: Cast): Frag {
  return t`ED TRIAGE NOTE   Arrival ${p.date(g, c.admit, ['us', 'iso', 'upper_mon_day'])} ${clock(g)}   ESI ${g.int(1, 5)}
Name: ${nameOf(g, c.pt, ['upper_last_first', 'last_first', 'full'])}   Age/Sex: ${ageSpan(g, c)} ${sex(c)}   ${g.pick(['MRN', 'MR#', 'Pt ID'])}: ${p.mrn(g)}
CC: fall at home, ${g.pick(['brought in by', 'accompanied by'])} ${c.relation} ${nameOf(g, c.relative, ['full', 'first'])} (${g.pick(['ph', 'cell', 'tel'])} ${p.phone(g)})
Home: ${p.blindAddress(g).line}
Vitals: ${k.vitalSign(g)}, ${k.vitalSign(g)}, ${k.vitalSign(g)}
PMH: ${k.eponym(g)}, ${k.code(g, 'ICD-10')}. Home meds: ${k.dose(g)}; ${k.drug(g)}.
PCP: ${clinician(g, c.consultant)}   Triage RN: ${phi('name', `${c.attending.first} ${c.attending.last}`, 'full')}
${blindExtras(g, c, 0, 2)}`;
}

export function pathologyReport(g: Gen, c: Cast): Frag {
  const collected = recentDate(g);
  return t`SURGICAL PATHOLOGY REPORT
Accession: ${phi('other_id', `S${g.int(22, 25)}-${g.digits(5)}`, 'accession')}     Patient: ${nameOf(g, c.pt, ['upper_last_first', 'last_first_middle'])}
DOB: ${p.date(g, c.pt.dob)}     Hospital No: ${p.mrn(g)}     Sex: ${sex(c)}
Collected: ${p.date(g, collected)}     Received: ${p.date(g, addDays(collected, 1))}
Submitting physician: ${clinician(g, c.consultant)}   ${g.pick(['Fax', 'FAX', 'Fax to'])}: ${p.phone(g, 'fax')}
CLINICAL HISTORY: ${ageSpan(g, c)}-year-old with ${k.eponym(g)}; ${k.panelRow(g)}.
FINAL DIAGNOSIS: Prostate, needle biopsy — adenocarcinoma, ${keep('eponym', 'Gleason score')} 3+4=7 (${k.eponym(g)} excluded). SNOMED ${k.code(g, 'SNOMED CT')}. CPT ${k.code(g, 'CPT')}.
Electronically signed by ${clinician(g, c.attending)} on ${k.timestamp(g)}
${blindExtras(g, c, 0, 1)}`;
}

export function immunizationRecord(g: Gen, c: Cast): Frag {
  const rows = Array.from({ length: g.int(2, 5) }, () => {
    const given = new Date(Date.UTC(g.int(1990, 2025), g.int(0, 11), g.int(1, 28)));
    return t`${k.code(g, 'CVX')} | ${p.date(g, given)} | lot ${g.letters(2)}${g.digits(4)} | ${g.pick(['L deltoid', 'R deltoid', 'L thigh'])} | ${clinician(g, person(g))}`;
  });
  return t`IMMUNIZATION RECORD
Patient: ${nameOf(g, c.pt)}    Born: ${p.date(g, c.pt.dob)}    Registry ID: ${phi('other_id', `IR${g.digits(8)}`, 'registry')}
Parent/guardian: ${nameOf(g, c.relative, ['full', 'last_first'])}    Phone: ${p.phone(g)}
Vaccine | Date given | Lot | Site | Given by
${join(rows, '\n')}
${blindExtras(g, c, 0, 1)}`;
}

export function tildeExport(g: Gen, c: Cast): Frag {
  const q = (x: Piece): Frag => t`"${x}"`;
  const rows = Array.from({ length: g.int(3, 6) }, () => {
    const who = person(g, g.chance(0.2) ? { minAge: 90, maxAge: 101 } : {});
    const a = p.blindAddress(g);
    return join(
      [
        q(nameOf(g, who, ['last_first', 'upper_last_first'])),
        q(p.date(g, who.dob, ['us', 'iso', 'slash_ymd'])),
        q(p.phone(g)),
        q(a.street),
        q(a.city),
        q(a.postal),
        k.code(g, 'ICD-10'),
        q(k.dose(g)),
      ],
      '~',
    );
  });
  return t`"Patient Name"~"Birth Dt"~"Home Phone"~"Street"~"City"~"Postal"~Dx~"Medication"
${join(rows, '\n')}
-- extract ${k.uuid(g)} ${k.timestamp(g)}
-- notes: ${blindExtras(g, c, 0, 1)}`;
}

export function yamlNote(g: Gen, c: Cast): Frag {
  const a = p.blindAddress(g);
  return t`Here is the record you asked for:
patient:
  given_name: ${phi('name', c.pt.first, 'given')}
  family_name: ${phi('name', c.pt.last, 'family')}
  born: ${p.date(g, c.pt.dob, ['iso', 'us'])}
  contact:
    phone: "${p.phone(g)}"
    street: ${a.street}
    city: ${a.city}
    postal: ${a.postal}
  coverage:
    mbi: ${p.mbi(g)}
  next_of_kin: ${nameOf(g, c.relative, ['full'])}
encounter:
  admitted: ${p.date(g, c.admit, ['iso', 'us'])}
  reason: ${k.eponym(g)}
  meds:
    - ${k.dose(g)}
    - ${k.dose(g)}
  labs:
    - ${k.panelRow(g)}
  schema: ${k.version(g)}
`;
}

export function markdownTable(g: Gen, c: Cast): Frag {
  const rows = Array.from({ length: g.int(2, 5) }, () => {
    const who = person(g, g.chance(0.2) ? { minAge: 90, maxAge: 101 } : {});
    return t`| ${nameOf(g, who, ['full', 'last_first'])} | ${p.date(g, who.dob)} | ${p.mrn(g)} | ${p.phone(g)} | ${k.code(g, 'ICD-10')} | ${k.dose(g)} |`;
  });
  return t`Patients matching your query (${k.statistic(g)}):

| Patient | DOB | MRN | Phone | Dx | Current med |
| --- | --- | --- | --- | --- | --- |
${join(rows, '\n')}

Query ${k.uuid(g)} ran on server ${k.version(g)}. ${blindExtras(g, c, 0, 1)}`;
}

export const BLIND_TEXT_DOCS = {
  nursingFlowsheet,
  dispensingLog,
  insuranceEob,
  portalMessage,
  telehealthTranscript,
  edTriage,
  pathologyReport,
  immunizationRecord,
  tildeExport,
  yamlNote,
  markdownTable,
};
