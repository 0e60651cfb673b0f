/**
 * Blind split 20, revenue-cycle and HIM work text: collection-agency notes, coding queries,
 * chargemaster exports, chart-deficiency lists and insurance-card OCR. SYNTHETIC DATA ONLY.
 */
import type { Cast } from '../cast';
import type { Gen } from '../context';
import { type Frag, join, keep, phi, t } from '../fragment';
import {
  accountValue,
  driversLicenseValue,
  email,
  memberIdValue,
  mrnValue,
  phoneValue,
  photoFile,
  ssn,
} from '../identifiers';
import { labValue, systemTimestamp, vital, yearAlone } from '../keep-vocab';
import { row } from './layout';
import {
  collector,
  drg,
  drug,
  hcpcs,
  hospital,
  modifier,
  payer,
  procCode,
  queryDx,
  revCode,
  scanner,
  stat,
  sysVersion,
} from './vocab';
import { addr, day, full, handle, lastFirst, plusDays, recent, upperLastFirst, who } from './who';

/** A collection agency's account screen with its call notes, in upper case. */
export function collectionNotes(g: Gen, _c: Cast): Frag {
  const d = who(g);
  const spouse = who(g);
  const a = addr(g);
  const placed = recent(g);
  const agent = (): Frag => t`${handle(g, who(g, 20, 60))}`;
  const notes = [
    t`${day(g, plusDays(placed, 2), ['us_yy'])} 09:12 ${agent()}  OB CALL TO PH1 - LMOM`,
    t`${day(g, plusDays(placed, g.int(3, 9)), ['us_yy'])} 14:40 ${agent()}  DEBTOR CALLED IN, SAYS INS SHOULD HAVE PAID. VERIFIED DOB/ADDR. INS ${payer(g)} ID ${memberIdValue(g)}`,
    t`${day(g, plusDays(placed, g.int(10, 20)), ['us_yy'])} 10:05 ${agent()}  SPOUSE ${phi('name', `${spouse.first} ${d.last}`.toUpperCase(), 'full')} CALLED, NOT AUTH ON ACCT - NO DISCLOSURE`,
    t`${day(g, plusDays(placed, g.int(21, 40)), ['us_yy'])} 16:31 ${agent()}  PMT ARR $${g.int(25, 150)}/MO, 1ST PMT ${day(g, plusDays(placed, g.int(41, 60)), ['us'])} VIA ${g.pick(['ACH', 'CARD ON FILE'])}`,
  ];
  return t`${collector(g)} - ACCOUNT DETAIL          CLIENT: ${hospital(g)}
DEBTOR: ${upperLastFirst(d)}   OUR ACCT# ${accountValue(g)}   CLIENT ACCT ${accountValue(g)}
${ssn(g, true)}   DOB ${day(g, d.dob, ['us', 'us_yy'])}   ADDR ${a.street}, ${a.city} ${a.state} ${a.zip}
PH1 ${phoneValue(g)}  PH2 ${phoneValue(g)}  EMAIL ${email(g, d.first, d.last)}
SVC DT ${day(g, plusDays(placed, -g.int(90, 400)), ['us'])}  ORIG BAL $${g.int(80, 9000)}.${g.digits(2)}  PLACED ${day(g, placed, ['us'])}
NOTES
${join(notes, '\n')}`;
}

/** A CDI/coding query sent to the attending physician. */
export function codingQuery(g: Gen, _c: Cast): Frag {
  const p = who(g);
  const doc = who(g, 30, 70);
  const coder = who(g, 24, 64);
  const admit = recent(g);
  const dc = plusDays(admit, g.int(2, 14));
  const options = g.some([0, 1, 2, 3], 2, 3).map(() => {
    const [desc, code] = queryDx(g);
    return t`  [ ] ${desc} (${code})`;
  });
  return t`CLINICAL DOCUMENTATION QUERY - ${hospital(g)}
To: Dr. ${full(doc)}          From: ${full(coder)}, ${g.pick(['CCS', 'CDIP', 'RHIT'])}          Sent: ${day(g, plusDays(dc, g.int(1, 4)), ['us', 'mon_d_yyyy'])}
Patient: ${lastFirst(p)}   MRN: ${mrnValue(g)}   Enc: ${accountValue(g)}   Adm: ${day(g, admit, ['us'])}   D/C: ${day(g, dc, ['us'])}   Working DRG ${drg(g)}
Clinical indicators in the record:
 - ${labValue(g)}, ${labValue(g)} on ${day(g, plusDays(admit, 1), ['us_short'])}
 - ${vital(g)}; ${vital(g)}
 - Treated with ${drug(g)} and ${drug(g)}
Based on your clinical judgment, can you clarify the condition being monitored and treated?
${join(options, '\n')}
  [ ] Other: ________   [ ] Clinically undetermined
Please respond in the progress notes or discharge summary. This query is part of the permanent record.
Provider response ${day(g, plusDays(dc, g.int(5, 9)), ['us'])}: agree with option 1 - ${phi('name', `${doc.first[0]}${doc.last[0]}`, 'initials')}`;
}

/** A chargemaster (CDM) export, keep-heavy CSV with a maintainer's note. */
export function chargemasterCsv(g: Gen, _c: Cast): Frag {
  const editor = who(g, 25, 62);
  const lines = Array.from({ length: g.int(4, 8) }, () => {
    const isDrug = g.chance(0.3);
    const desc = isDrug
      ? t`"${drug(g)} INJ"`
      : t`"${g.pick(['PT EVAL', 'SPLINT SHORT ARM', 'ANESTH NERVE BLOCK', 'ER VISIT', 'PROLONGED SVC', 'AMB TRANSPORT BLS'])}"`;
    return t`${g.int(27000000, 27999999)},${desc},${isDrug ? hcpcs(g) : procCode(g)},${g.chance(0.5) ? modifier(g) : ''},${revCode(g)},${g.int(12, 4800)}.00,${g.int(2023, 2025)}-01-01,A`;
  });
  return t`CDM_EXPORT,${hospital(g)},FY${yearAlone(g)},exported ${systemTimestamp(g)},by ${handle(g, editor)},chargemaster ${sysVersion(g)}
CHG_CODE,DESCRIPTION,CPT_HCPCS,MOD,REV_CD,PRICE,EFF_DT,STATUS
${join(lines, '\n')}
# change note: rev code remap per annual update - questions to ${full(editor)} x${g.int(1000, 9999)} ${email(g, editor.first, editor.last)}`;
}

/** An incomplete-record (deficiency) list for one physician, fixed-width. */
export function deficiencyList(g: Gen, _c: Cast): Frag {
  const md = who(g, 30, 70);
  const w = [28, 11, 13, 12, 24, 6];
  const rows = Array.from({ length: g.int(3, 7) }, () => {
    const p = who(g);
    return row(w, [
      g.chance(0.6) ? upperLastFirst(p) : lastFirst(p),
      mrnValue(g),
      accountValue(g),
      day(g, recent(g), ['us', 'us_yy']),
      g.pick([
        'H&P unsigned',
        'DS not dictated',
        'Op note missing',
        'Verbal order unsigned',
        'Query unanswered',
      ]),
      String(g.int(1, 60)),
      g.pick(['DELINQ', 'OPEN', 'SUSP']),
    ]);
  });
  return t`INCOMPLETE RECORD REPORT BY PHYSICIAN        ${hospital(g)}      ${stat(g)}
Physician: ${upperLastFirst(md)}, ${g.pick(['MD', 'DO'])}   Pager ${phoneValue(g)}
${row(w, ['PATIENT', 'MRN', 'ACCT', 'DISCH DT', 'DEFICIENCY', 'DAYS', 'STATUS'])}
${join(rows, '\n')}
Suspension warning sent ${day(g, recent(g), ['us'])} by ${full(who(g, 22, 60))}, RHIT`;
}

/** OCR text of an insurance card (front and back) and the photo ID scanned with it. */
export function cardOcr(g: Gen, _c: Cast): Frag {
  const m = who(g);
  const deps = Array.from({ length: g.int(0, 3) }, (_, i) => t`0${i + 2} ${upperLastFirst(who(g, 1, 25))}`);
  const pcp = who(g, 30, 70);
  const a = addr(g);
  return t`[OCR p1 front, ${scanner(g)}, ${systemTimestamp(g)}]
${payer(g)}
MEMBER ${phi('name', `${m.first} ${m.last}`.toUpperCase(), 'full_upper')}
ID ${memberIdValue(g)}    GRP 00${g.digits(5)}    RxBIN 0${g.digits(5)}  RxPCN ADV
01 ${upperLastFirst(m)}${deps.length ? '\n' : ''}${join(deps, '\n')}
PCP DR ${phi('name', pcp.last.toUpperCase(), 'last')}  ${phoneValue(g)}
DOB ${day(g, m.dob, ['us', 'us_short'])}   EFF ${day(g, recent(g), ['us'])}
[OCR p2 photo ID]
DL ${driversLicenseValue(g)}  CLASS D  EXP ${day(g, plusDays(m.dob, 365 * (2025 - m.dob.getUTCFullYear() + g.int(1, 5))), ['us'])}
${phi('name', `${m.last}, ${m.first} ${m.middle}`.toUpperCase(), 'last_first_middle')}
${a.street.value.toUpperCase() === a.street.value ? a.street : phi('street_address', a.street.value.toUpperCase())}
${phi('geo', a.city.value.toUpperCase(), 'city')}, ${a.state} ${a.zip}
DOB ${day(g, m.dob, ['us'])}  SEX ${m.sex === 'female' ? 'F' : 'M'}  HGT 5-0${g.int(2, 9)}  ${keep('lab_value', `WGT ${g.int(110, 260)} lb`, 'weight')}
portrait: ${photoFile(g, m.last)}`;
}
