/**
 * Blind split 20, release and privacy text: ROI logs, subpoenas, breach letters, incident
 * worksheets and access-audit exports. SYNTHETIC DATA ONLY.
 */
import type { Cast } from '../cast';
import type { Gen } from '../context';
import { type Frag, join, keep, phi, t } from '../fragment';
import {
  accountValue,
  biometricValue,
  email,
  ipValue,
  ipv4Value,
  memberIdValue,
  mrnValue,
  phoneValue,
  plateValue,
  serialValue,
  ssn,
} from '../identifiers';
import { systemTimestamp, uuid } from '../keep-vocab';
import { row } from './layout';
import { affected, hospital, icd, lawFirm, payer, stat, sysVersion, vendor } from './vocab';
import {
  addr,
  CREDS,
  day,
  full,
  handle,
  lastFirst,
  nameAny,
  plusDays,
  recent,
  upperLastFirst,
  who,
} from './who';

const fax = (g: Gen) => phoneValue(g, 'fax');

function requester(g: Gen): Frag {
  const atty = who(g, 28, 70);
  return g.pick([
    () => t`${lastFirst(atty)} Esq / ${lawFirm(g)}`,
    () => t`${payer(g)}`,
    () => t`SELF (${full(atty)} POA)`,
    () => t`SSA-DDS`,
    () => t`${vendor(g)} for ${hospital(g)}`,
  ])();
}

/** A release-of-information log printed from the HIM system, fixed-width. */
export function roiLog(g: Gen, _c: Cast): Frag {
  const widths = [10, 12, 26, 12, 11, 44, 10, 5, 8];
  const rows = Array.from({ length: g.int(3, 6) }, () => {
    const p = who(g);
    const rec = recent(g);
    return row(widths, [
      phi('other_id', `R${g.digits(6)}`, 'request'),
      day(g, rec, ['us', 'us_yy']),
      g.chance(0.5) ? upperLastFirst(p) : lastFirst(p),
      day(g, p.dob, ['us', 'us_short']),
      mrnValue(g),
      requester(g),
      g.pick(['LEGAL', 'CONT CARE', 'INS', 'DISAB', 'PERSONAL']),
      String(g.int(3, 880)),
      g.pick(['SENT', 'PEND-AUTH', 'INVOICED']),
      g.chance(0.7) ? day(g, plusDays(rec, g.int(2, 30)), ['us', 'us_yy']) : '--',
    ]);
  });
  return t`RELEASE OF INFORMATION LOG - ${hospital(g)} HIM   run ${systemTimestamp(g)}  ROI module ${sysVersion(g)}
${row(widths, ['REQ#', 'RECVD', 'PATIENT', 'DOB', 'MRN', 'REQUESTER', 'PURPOSE', 'PGS', 'STATUS', 'SENT'])}
${join(rows, '\n')}
Logged by ${handle(g, who(g))}   ${stat(g)}`;
}

/** A subpoena duces tecum for medical and billing records. */
export function subpoena(g: Gen, _c: Cast): Frag {
  const p = who(g);
  const [plaintiff, defendant, atty, clerk] = [p, who(g), who(g, 30, 70), who(g)];
  const a = addr(g);
  const from = plusDays(recent(g), -g.int(300, 700));
  const court = g.pick(['SUPERIOR COURT OF THE STATE OF', 'IN THE CIRCUIT COURT OF', 'DISTRICT COURT,']);
  return t`${court} ${a.state}
IN AND FOR ${a.county}

${upperLastFirst(plaintiff)}, Plaintiff,
    v.                                         Case No. ${phi('other_id', `${g.int(19, 25)}-CV-${g.digits(6)}`, 'case')}
${full(defendant)}, Defendant.

SUBPOENA DUCES TECUM - PRODUCTION OF BUSINESS RECORDS

TO: Custodian of Records, ${hospital(g)}

YOU ARE COMMANDED to produce a true and complete copy of all medical records, itemized billing,
radiology images and reports pertaining to:
   Patient: ${full(p)}   DOB: ${day(g, p.dob)}   ${ssn(g, true)}
   Dates of service: ${day(g, from)} through ${day(g, plusDays(from, g.int(30, 400)))}
on or before ${day(g, plusDays(from, g.int(420, 500)))} to ${full(atty)}, Esq. (Bar No. ${phi('license', String(g.int(100000, 999999)), 'bar')}),
${lawFirm(g)}, ${a.street}, ${a.city}, ${a.state} ${a.zip}
Tel ${phoneValue(g)}  Fax ${fax(g)}  ${email(g, atty.first, atty.last)}

A certification of custodian (Evid. Code 1561) may accompany the records in lieu of appearance.
Dated: ${day(g, plusDays(from, g.int(400, 419)), ['month_d_yyyy', 'us'])}            ${upperLastFirst(clerk)}, Deputy Clerk`;
}

/** A breach-notification letter mailed to a patient. */
export function breachLetter(g: Gen, _c: Cast): Frag {
  const p = who(g);
  const officer = who(g, 30, 65);
  const a = addr(g);
  const found = recent(g);
  const start = plusDays(found, -g.int(3, 40));
  const items = g.some(
    [
      t`medical record number (${mrnValue(g)})`,
      t`health insurance member ID (${memberIdValue(g)})`,
      t`patient account number (${accountValue(g)})`,
      t`diagnosis codes such as ${icd(g)}`,
      t`dates of service such as ${day(g, plusDays(start, -g.int(5, 200)))}`,
    ],
    2,
    4,
  );
  return t`${hospital(g)}
Office of Privacy & Compliance

${day(g, plusDays(found, g.int(20, 59)), ['month_d_yyyy', 'mon_d_yyyy'])}

${g.chance(0.5) ? full(p) : upperLastFirst(p)}
${a.street}
${a.city}, ${a.state} ${a.zip}

RE: Notice of Data Incident - Reference ${phi('other_id', `INC-${g.digits(5)}`, 'incident')}

Dear ${g.pick([t`${p.sex === 'female' ? 'Ms.' : 'Mr.'} ${phi('name', p.last, 'last')}`, t`${phi('name', p.first, 'first')}`, t`${full(p)}`])}:

We are writing to let you know about an incident that may have involved some of your information.
On ${day(g, found, ['month_d_yyyy', 'us'])}, we learned that an unauthorized party had accessed an employee e-mail
account between ${day(g, start, ['month_d_yyyy', 'us'])} and ${day(g, plusDays(start, g.int(1, 3)), ['month_d_yyyy', 'us'])}. The messages in that account included your name,
date of birth (${day(g, p.dob)}) and ${join(items, ', ')}.

As a precaution we are offering 24 months of credit monitoring through ${vendor(g)} at no cost.
Your activation code is ${phi('other_id', g.letters(4) + g.digits(6), 'activation')}.

If you have questions, please call our dedicated line or write to me directly.

Sincerely,

${full(officer)}, ${g.pick(['CHPS', 'CHC', 'RHIA'])}
Privacy Officer | direct ${phoneValue(g)} | ${email(g, officer.first, officer.last)}`;
}

/** A breach risk-assessment worksheet (four-factor) for one incident. */
export function incidentWorksheet(g: Gen, _c: Cast): Frag {
  const reporter = who(g, 25, 64);
  const snoop = who(g, 22, 64);
  const p = who(g);
  const when = recent(g);
  const a = addr(g);
  const kind = g.int(0, 3);
  const description = [
    () =>
      t`Laptop (Dell Latitude, S/N ${serialValue(g)}, asset tag ${phi('other_id', `AT${g.digits(6)}`, 'asset')}) stolen from employee vehicle, ${g.pick(['plate', 'tag', 'Lic plate'])} ${plateValue(g)}, parked at ${a.street}, ${a.city}. Device encryption status: UNKNOWN.`,
    () =>
      t`User ${handle(g, snoop)} (${full(snoop)}, ${g.pick(CREDS)}) opened the chart of ${full(p)} (MRN ${mrnValue(g)}) 14 times from workstation IP ${ipv4Value(g, [10, 172])} with no treatment relationship; patient is the user's ${g.pick(['ex-spouse', 'neighbor', 'coworker'])}.`,
    () =>
      t`Discharge summary for ${lastFirst(p)} faxed to ${fax(g)} instead of the PCP office fax ${fax(g)}; recipient (${full(snoop)}) called to report it.`,
    () =>
      t`Box of loose filing for ${join([lastFirst(p), lastFirst(who(g)), lastFirst(who(g))], '; ')} left at ${a.street} (off-site storage dock); VPN login from ${ipValue(g)} at the same time.`,
  ][kind] as () => Frag;
  return t`INCIDENT / BREACH RISK ASSESSMENT WORKSHEET          Incident # ${phi('other_id', `PRV-${g.int(2023, 2025)}-${g.digits(4)}`, 'incident')}
Reported by: ${full(reporter)}, ${g.pick(CREDS)} (${email(g, reporter.first, reporter.last)})   ext/cell ${phoneValue(g)}
Date of incident: ${day(g, when, ['us', 'iso'])}   Date discovered: ${day(g, plusDays(when, g.int(0, 9)), ['us', 'iso'])}   Entered: ${systemTimestamp(g)}
Description: ${description()}
FACTOR 1 - nature/extent of PHI: demographics, ${icd(g)}, ${icd(g)}; SSN ${g.pick(['Y', 'N'])}
FACTOR 2 - unauthorized recipient: ${kind === 2 ? 'outside provider office' : 'unknown'}
FACTOR 3 - acquired or viewed: ${g.pick(['yes', 'unable to determine', 'no (forensics)'])}
FACTOR 4 - mitigation: attestation of destruction rec'd ${day(g, plusDays(when, g.int(10, 30)), ['us'])}
Individuals affected: ${affected(g)}   OCR log year ${keep('year', String(when.getUTCFullYear()))}   Case GUID ${uuid(g)}
Privacy Officer sign-off: ${nameAny(g, who(g, 30, 65))}`;
}

/** An access-audit export of who opened which chart, as CSV. */
export function auditCsv(g: Gen, _c: Cast): Frag {
  const p = who(g);
  const mrn = mrnValue(g);
  const rows = Array.from({ length: g.int(3, 7) }, () => {
    const u = who(g, 22, 66);
    const auth = g.pick([t`PWD`, t`BADGE_TAP`, t`FINGERPRINT:${biometricValue(g)}`]);
    return t`${systemTimestamp(g)},${handle(g, u)},"${lastFirst(u)}",${g.pick(['RN', 'MD', 'HIM CODER', 'REG CLERK', 'PFS'])},WS-${g.letters(3)}${g.digits(3)},${ipv4Value(g, [10, 172, 192])},${mrn},"${upperLastFirst(p)}",${g.pick(['VIEW_CHART', 'PRINT', 'VIEW_RESULT', 'EXPORT_CCD'])},${g.pick(['Treatment', 'Payment', 'Operations', 'BTG-Emergency'])},${auth}`;
  });
  const by = who(g, 25, 60);
  return t`# access audit export - ${hospital(g)} - generated ${systemTimestamp(g)} by ${handle(g, by)} - EHR ${sysVersion(g)}
# patient filter: MRN ${mrn}  DOB ${day(g, p.dob, ['us', 'iso', 'compact'])}  period ${day(g, recent(g), ['iso'])}..today
event_time,user_id,user_name,role,workstation,ip,patient_mrn,patient_name,action,reason,auth
${join(rows, '\n')}`;
}
