/**
 * Blind split 20, claims, registries and work queues as MCP carries them: card OCR results,
 * case reports, first reports of injury, patient statements, coding queries, deficiency
 * queues and MDS item sets. SYNTHETIC DATA ONLY.
 */
import type { Cast } from '../cast';
import type { Gen } from '../context';
import { type JsonTree, jsonText, phi, t } from '../fragment';
import {
  accountValue,
  email,
  mbiValue,
  memberIdValue,
  mrnValue,
  npiValue,
  phoneValue,
  photoFile,
  plateValue,
  serialValue,
  ssnValue,
  urlValue,
  vinValue,
} from '../identifiers';
import { labValue, systemTimestamp, uuid, vital } from '../keep-vocab';
import { resource, textResult, toolCall, toolResult } from './mcp';
import {
  drg,
  drug,
  floorDevice,
  hospital,
  icd,
  implant,
  injury,
  modifier,
  payer,
  procCode,
  queryDx,
  reportable,
  revCode,
  scaleEponym,
  scanner,
  stat,
  sysVersion,
  vendor,
} from './vocab';
import {
  addr,
  ageSpan,
  day,
  first,
  full,
  handle,
  last,
  lastFirst,
  plusDays,
  postalCA,
  recent,
  upperLastFirst,
  who,
} from './who';

/** An insurance-card capture vendor's OCR result: vendor field codes with confidences. */
export function cardOcrResult(g: Gen, _c: Cast): JsonTree {
  const m = who(g);
  const dep = who(g, 1, 30);
  const field = (code: string, value: JsonTree): JsonTree => ({
    code,
    value,
    conf: Number(`0.${g.int(71, 99)}`),
  });
  return toolResult(g, {
    scanId: uuid(g),
    device: scanner(g),
    capturedAt: systemTimestamp(g),
    fields: [
      field('PAYER_NM', payer(g)),
      field('MBR_NM', phi('name', `${m.first} ${m.middle[0]} ${m.last}`.toUpperCase(), 'full_upper_mi')),
      field('MBR_ID', g.chance(0.3) ? mbiValue(g) : memberIdValue(g)),
      field('GRP_NBR', `${g.digits(6)}`),
      field('DEP_01_NM', upperLastFirst(dep)),
      field('DOB', day(g, m.dob, ['us', 'us_short'])),
      field('PCP_PH', phoneValue(g)),
    ],
    images: { memberPhoto: photoFile(g, m.last), portalLink: urlValue(g, m.last) },
  });
}

/** An electronic case report sent to a health department (tools/call). */
export function caseReportCall(g: Gen, _c: Cast): JsonTree {
  const p = who(g, 1, 99);
  const a = addr(g);
  const rep = who(g, 25, 64);
  const onset = recent(g);
  const [condition, code] = reportable(g);
  return toolCall(g, 'doh.submit_case_report', {
    condition,
    icd10: code,
    patient: {
      lastName: last(p),
      firstName: first(p),
      dob: day(g, p.dob, ['iso', 'us']),
      age: ageSpan(p),
      street: a.street,
      city: a.city,
      county: a.county,
      state: a.state,
      zip: a.zip,
      phone: phoneValue(g),
      mrn: mrnValue(g),
    },
    onsetDate: day(g, onset, ['iso']),
    specimen: {
      accession: phi('other_id', `${g.letters(3)}${g.digits(7)}`, 'accession'),
      collected: day(g, plusDays(onset, g.int(1, 4)), ['iso', 'us']),
      results: [labValue(g), labValue(g)],
      lab: hospital(g),
    },
    treatment: drug(g),
    reporter: {
      name: full(rep),
      phone: phoneValue(g),
      fax: phoneValue(g, 'fax'),
      email: email(g, rep.first, rep.last),
    },
    narrative: t`${first(p)} reports exposure while camping near ${a.city} ~${day(g, plusDays(onset, -g.int(5, 20)), ['us_short'])}; household contact ${full(who(g))} also ill.`,
  });
}

/** A first report of injury for workers' compensation, camelCase, some from Canada. */
export function firstReportOfInjury(g: Gen, _c: Cast): JsonTree {
  const e = who(g, 18, 66);
  const a = addr(g);
  const doi = recent(g);
  const doc = who(g, 30, 70);
  const canada = g.chance(0.25);
  const [injuryName, injuryCode] = injury(g);
  return toolResult(g, {
    claimNumber: phi('other_id', `${g.int(23, 25)}${g.letters(2)}${g.digits(6)}`, 'claim'),
    jurisdiction: canada ? 'ON-WSIB' : a.state,
    carrier: payer(g),
    employee: {
      name: lastFirst(e),
      ssn: canada ? phi('other_id', `${g.digits(3)} ${g.digits(3)} ${g.digits(3)}`, 'sin') : ssnValue(g),
      dateOfBirth: day(g, e.dob, ['iso', 'us']),
      address: canada
        ? t`${a.street}, ${a.city} ON ${postalCA(g)}`
        : t`${a.street}, ${a.city}, ${a.state} ${a.zip}`,
      phone: phoneValue(g),
    },
    injury: {
      dateOfInjury: day(g, doi, ['iso', 'us']),
      description: t`Slipped on ramp unloading truck (VIN ${vinValue(g)}), landed on outstretched hand; ${injuryName} on x-ray`,
      diagnosisCodes: [injuryCode, icd(g)],
      procedures: [procCode(g), t`${procCode(g)}-${modifier(g)}`],
      vehicle: { vin: vinValue(g), plate: plateValue(g) },
    },
    treatingPhysician: { name: full(doc), npi: npiValue(g), facility: hospital(g) },
    witnesses: [full(who(g)), full(who(g))],
    returnToWork: g.chance(0.5) ? day(g, plusDays(doi, g.int(5, 60)), ['iso']) : null,
  });
}

/** A patient statement with line items, as a resource. */
export function patientStatement(g: Gen, _c: Cast): JsonTree {
  const gtor = who(g);
  const a = addr(g);
  const lines = Array.from({ length: g.int(2, 5) }, () => ({
    dos: day(g, recent(g), ['us', 'iso']),
    code: procCode(g),
    rev: revCode(g),
    charge: g.int(40, 3000),
    adj: -g.int(0, 400),
  }));
  return resource(g, `billing://statements/${g.digits(9)}`, 'application/json', {
    statementDate: day(g, recent(g), ['us']),
    guarantor: {
      name: upperLastFirst(gtor),
      account: accountValue(g),
      address: [a.street, t`${a.city} ${a.state} ${a.zip}`],
    },
    patient: g.chance(0.5) ? full(who(g, 1, 17)) : full(gtor),
    insurance: { payer: payer(g), memberId: memberIdValue(g) },
    lines,
    payOnline: urlValue(g, gtor.last),
    agency: g.chance(0.4) ? vendor(g) : null,
    questions: t`Call ${full(who(g, 22, 60))} in Patient Financial Services`,
  });
}

/** A CDI query worklist item as structured content. */
export function codingQueryRecord(g: Gen, _c: Cast): JsonTree {
  const p = who(g);
  const doc = who(g, 30, 70);
  const cdi = who(g, 24, 64);
  const admit = recent(g);
  const [desc, code] = queryDx(g);
  return toolResult(g, {
    query_id: `Q-${g.digits(6)}`,
    status: g.pick(['OPEN', 'ANSWERED', 'ESCALATED']),
    encounter: {
      account: accountValue(g),
      mrn: mrnValue(g),
      patient: lastFirst(p),
      admit_date: day(g, admit, ['iso']),
      discharge_date: day(g, plusDays(admit, g.int(2, 12)), ['iso']),
      drg: drg(g),
    },
    provider: { name: t`Dr. ${full(doc)}`, npi: npiValue(g) },
    author: t`${full(cdi)}, CDIP`,
    indicators: [labValue(g), vital(g), drug(g)],
    proposed: { description: desc, code },
    answer: g.chance(0.5)
      ? t`Agree - ${desc}. ${phi('name', `${doc.first[0]}${doc.last[0]}`, 'initials')}`
      : null,
    created: systemTimestamp(g),
  });
}

/** A chart-deficiency queue as JSON text in a text block. */
export function deficiencyQueue(g: Gen, _c: Cast): JsonTree {
  const md = who(g, 30, 70);
  const items = Array.from({ length: g.int(2, 5) }, () => {
    const p = who(g);
    return {
      patientName: upperLastFirst(p),
      mrn: mrnValue(g),
      fin: accountValue(g),
      dischargeDate: day(g, recent(g), ['us']),
      deficiency: g.pick(['SIGN_HP', 'DICTATE_DS', 'SIGN_VERBAL_ORDER', 'ANSWER_QUERY']),
      daysOpen: g.int(1, 45),
    };
  });
  return textResult(
    g,
    jsonText(
      {
        physician: { name: lastFirst(md), npi: npiValue(g), pager: phoneValue(g) },
        summary: stat(g),
        items,
        analyst: handle(g, who(g, 22, 60)),
      },
      g.pick([0, 2]),
    ),
  );
}

/** An MDS 3.0 item set as vendor JSON, item codes as keys. */
export function mdsItemSet(g: Gen, _c: Cast): JsonTree {
  const r = who(g, 66, 104);
  const entry = recent(g);
  const rn = who(g, 24, 64);
  return toolResult(g, {
    ITM_SBST_CD: g.pick(['NC', 'NQ', 'ND']),
    A0500A: first(r),
    A0500C: last(r),
    A0600A: ssnValue(g),
    A0600B: mbiValue(g),
    A0700: g.chance(0.6) ? memberIdValue(g) : '+',
    A0900: day(g, r.dob, ['compact']),
    A1600: day(g, entry, ['compact']),
    A2300: day(g, plusDays(entry, g.int(5, 90)), ['compact']),
    AGE_CALC: ageSpan(r),
    C0500: g.int(0, 15),
    N0415_MED: drug(g),
    P0200E_DEVICE: t`${floorDevice(g)} S/N ${serialValue(g)}`,
    PACEMAKER: g.chance(0.4) ? t`${implant(g)} S/N ${serialValue(g)}` : null,
    SCALE_NOTE: t`${scaleEponym(g)} reviewed`,
    Z0400A_SIG: t`${full(rn)}, RN`,
    Z0400A_DT: day(g, plusDays(entry, g.int(5, 90)), ['compact']),
    SFTWR_VRSN: sysVersion(g),
    SUBMITTED: systemTimestamp(g),
  });
}
