/**
 * What file-system, browser, OCR, transcription and code-interpreter tools hand back to an
 * agent working on a patient.
 */
import { ageSpan, type Cast } from '../cast';
import type { Gen } from '../context';
import { type Frag, type JsonTree, join, phi, type Span, t } from '../fragment';
import {
  driversLicenseValue,
  fax,
  ipValue,
  memberIdValue,
  mrnValue,
  phone,
  phoneValue,
  photoFile,
  ssn,
  urlValue,
  zipValue,
} from '../identifiers';
import { ageUnder90, systemTimestamp, version, yearAlone } from '../keep-vocab';
import { ageOf, clinicianName, type Person, person } from '../people';
import { resourceRead, toolText } from './mcp';
import { code, drug, eponym, lab, org, vitals } from './vocab';
import { compactDay, dayMonth, fullName, isoDay, nameSlug, shifted, typedDate, typedName } from './who';

function listing(g: Gen, c: Cast): Frag {
  const size = (): string => `${g.int(12, 980)}K`;
  const rows = [
    t`-rw-r--r--  ${size()}  ${nameSlug(g, c.pt, '_')}_${compactDay(c.admit)}_referral.pdf`,
    t`-rw-r--r--  ${size()}  ${nameSlug(g, c.pt, '_')}_DOB${compactDay(c.pt.dob)}.tif`,
    t`-rw-r--r--  ${size()}  ${photoFile(g, c.pt.last)}`,
    t`-rw-------  ${size()}  ${mrnValue(g)}-${isoDay(c.discharge)}-discharge.docx`,
    t`-rw-r--r--  ${size()}  ${g.pick(['Intake', 'Consent', 'HIPAA release'])} - ${phi('name', `${c.pt.last}, ${c.pt.first}`, 'last_first')}.pdf`,
    t`drwxr-xr-x     -  ${phi('name', `${c.relative.last}_${c.relative.first}`, 'slug')}/`,
  ];
  const dir = g.pick([
    '/mnt/fileshare/intake',
    '~/Downloads',
    'C:\\Users\\scheduler\\Documents\\Faxes',
    '/srv/scans/inbound',
  ]);
  return t`$ ls -lh ${dir}/${isoDay(shifted(c.admit, -1))}/
${join(g.some(rows, 3, rows.length), '\n')}
`;
}

function browserSnapshot(g: Gen, c: Cast): Frag {
  return t`Page URL: ${urlValue(g, c.pt.last)}
Title: ${fullName(c.pt)} - Chart Summary | ${org(g)}
--- visible text ---
${typedName(g, c.pt)}   ${ageSpan(g, c)} y.o.   DOB: ${typedDate(g, c.pt.dob, 'us')}   MRN: ${mrnValue(g)}
PCP: ${clinicianName(g, c.attending)}     Insurance: ${org(g, 'payer')} ${memberIdValue(g)}
${ssn(g)}   Guarantor: ${fullName(c.relative)}
Allergies: ${g.pick(['NKDA', 'PCN (rash)', 'sulfa', 'iodinated contrast'])}
Last vitals (${typedDate(g, c.discharge)}): ${vitals(g)}, ${vitals(g)}
Active meds: ${drug(g, true)} | ${drug(g, true)}
Problem: ${eponym(g, 'condition')} since ${yearAlone(g)}
[Message patient]  [Print]  [Sign out]
--- footer ---
Signed in as ${phi('name', `${c.consultant.first} ${c.consultant.last}`, 'full')} from ${ipValue(g)} | portal ${version(g)}
`;
}

function ocrText(g: Gen, c: Cast): Frag {
  return g.pick([
    () => t`OCR (confidence 0.${g.int(71, 97)}) page 1/1
${g.pick(['DRIVER LICENSE', 'DR1VER LICENSE', 'DRIVER L1CENSE'])}   ${g.pick(['ILLINOIS', 'TEXAS', 'OHIO', 'GEORGIA'])}
DL ${driversLicenseValue(g)}   CLASS D
${phi('name', c.pt.last.toUpperCase(), 'upper')}
${phi('name', `${c.pt.first} ${c.pt.middle}`.toUpperCase(), 'upper')}
${c.addr.street}
${c.addr.city}, ${c.addr.state} ${c.addr.zip}
DOB ${typedDate(g, c.pt.dob, 'us')}  EXP ${phi('date', `${String(g.int(1, 12)).padStart(2, '0')}/${String(g.int(1, 28)).padStart(2, '0')}/${g.int(2026, 2031)}`, 'us')}  SEX ${c.pt.sex === 'female' ? 'F' : 'M'}
`,
    () => t`OCR page 1 of ${g.int(2, 6)} - REFERRAL
To: ${clinicianName(g, c.consultant)}  ${fax(g)}
From: ${org(g)}   ${phone(g)}
Re: ${phi('name', `${c.pt.last}, ${c.pt.first}`.toUpperCase(), 'upper_last_first')}  D0B ${typedDate(g, c.pt.dob, 'us_short')}
Ins: ${memberIdValue(g)}  ${ssn(g)}
Dx: ${code(g, 'ICD-10')} ${eponym(g, 'condition')}    Last ${lab(g)}
Pls schedule w/in 2 wks. Pt cell ${phoneValue(g)}
`,
  ])();
}

function transcript(g: Gen, c: Cast): Frag {
  let second = g.int(0, 20);
  const ts = (): string => {
    second += g.int(3, 40);
    return `[${String(Math.floor(second / 60)).padStart(2, '0')}:${String(second % 60).padStart(2, '0')}]`;
  };
  const agentName = g.pick(['Agent', 'Scheduler', 'Nurse line']);
  return t`Transcript (${g.pick(['whisper-large-v3', 'nova-3', 'aws-transcribe'])}, ${g.int(2, 14)} min)
${ts()} ${agentName}: thanks for calling ${org(g)}, can I get the patient's name and date of birth
${ts()} Caller: yeah it's ${typedName(g, c.pt)} um ${typedDate(g, c.pt.dob, g.pick(['month_day_year', 'lower_month'] as const))}
${ts()} ${agentName}: and you are
${ts()} Caller: I'm ${g.pick(['the', 'her', 'his'])} ${c.relation}, ${typedName(g, c.relative)}
${ts()} ${agentName}: what's a good callback
${ts()} Caller: ${phoneValue(g)}
${ts()} Caller: ${g.pick(['the', 'her', 'his'])} ${drug(g)} ran out ${dayMonth(g, c.discharge)} and ${clinicianName(g, c.attending)} said to call
${ts()} ${agentName}: ok I see the ${code(g, 'CPT')} visit on ${typedDate(g, c.admit)}, I'll send it over
`;
}

/** A person's age in a table: PHI over 89, a keep string below. */
function ageCell(g: Gen, p: Person): Span {
  const age = ageOf(p);
  return age > 89 ? phi('age', String(age)) : ageUnder90(g, age);
}

function dataframe(g: Gen, c: Cast): Frag {
  const people = [c.pt, ...Array.from({ length: g.int(2, 4) }, () => person(g))];
  const rows = people.map(
    (p, i) =>
      t`${i}  ${mrnValue(g)}  ${phi('name', `${p.last}, ${p.first}`, 'last_first')}  ${isoDay(p.dob)}  ${ageCell(g, p)}  ${zipValue(g)}  ${lab(g)}  ${g.pick(['True', 'False'])}`,
  );
  return t`>>> df = pd.read_sql(q, conn)
>>> df.head()
   mrn      name               dob         age  zip    last_result   overdue
${join(rows, '\n')}
>>> df.shape
(${g.int(40, 3000)}, 7)
`;
}

const resourceReadFrame = (g: Gen, c: Cast): JsonTree => {
  const uri = t`file:///shared/referrals/${nameSlug(g, c.pt, '_')}_${isoDay(c.admit)}.txt`;
  return resourceRead(
    g,
    uri,
    'text/plain',
    t`REFERRAL - ${org(g)}
Date: ${typedDate(g, c.admit)}
Patient: ${fullName(c.pt)}   DOB: ${typedDate(g, c.pt.dob)}   Phone: ${phoneValue(g)}
Address: ${c.addr.street}, ${c.addr.city}, ${c.addr.state} ${c.addr.zip}
Referring: ${clinicianName(g, c.attending)}   ${fax(g)}
Reason: ${eponym(g, 'condition')}, ${lab(g)}; on ${drug(g, true)}.
Please see within ${g.int(1, 6)} weeks. Timestamp ${systemTimestamp(g)}
`,
  );
};

const ocrFrame = (g: Gen, c: Cast): JsonTree => toolText(g, ocrText(g, c));

export const FILE_TEXT_DOCS = {
  'blind19-fs-listing': listing,
  'blind19-browser-snapshot': browserSnapshot,
  'blind19-call-transcript': transcript,
  'blind19-code-dataframe': dataframe,
};

export const FILE_JSON_DOCS = {
  'blind19-ocr-result': ocrFrame,
  'blind19-resource-read': resourceReadFrame,
};
