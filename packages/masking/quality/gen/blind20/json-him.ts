/**
 * Blind split 20, HIM records as MCP carries them: ROI requests, accountings of disclosures,
 * EMPI merges, credentialing rosters, payer enrollment, scan indexing and access audits.
 * SYNTHETIC DATA ONLY.
 */
import type { Cast } from '../cast';
import type { Gen } from '../context';
import { type JsonTree, jsonText, phi, t } from '../fragment';
import {
  biometricValue,
  deaValue,
  email,
  ipValue,
  mrnValue,
  npiValue,
  phoneValue,
  photoFile,
  ssnValue,
  stateLicenseValue,
  urlValue,
} from '../identifiers';
import { systemTimestamp, uuid, yearAlone } from '../keep-vocab';
import { resource, textResult, toolCall, toolResult } from './mcp';
import { hospital, lawFirm, matchEponym, payer, scanner, sigPad, stat, sysVersion, vendor } from './vocab';
import {
  addr,
  day,
  first,
  full,
  handle,
  last,
  lastFirst,
  plusDays,
  recent,
  STATES,
  upperLastFirst,
  who,
} from './who';

/** An agent files a release-of-information request (tools/call arguments). */
export function roiRequestCall(g: Gen, _c: Cast): JsonTree {
  const p = who(g);
  const atty = who(g, 28, 70);
  const a = addr(g);
  const from = recent(g);
  const signed = plusDays(from, g.int(200, 400));
  return toolCall(g, g.pick(['roi.create_request', 'him_release_request', 'createDisclosureRequest']), {
    patient: { name: full(p), dob: day(g, p.dob, ['iso', 'us']), mrn: mrnValue(g) },
    requester: {
      name: lastFirst(atty),
      organization: lawFirm(g),
      address: t`${a.street}, ${a.city}, ${a.state} ${a.zip}`,
      phone: phoneValue(g),
      fax: phoneValue(g, 'fax'),
      email: email(g, atty.first, atty.last),
    },
    authorization: {
      signedDate: day(g, signed, ['iso']),
      expires: day(g, plusDays(signed, 180), ['iso']),
      signedBy: g.chance(0.5) ? full(p) : t`${full(who(g))} (POA)`,
    },
    recordTypes: g.some(['H&P', 'discharge summary', 'imaging reports', 'itemized bill', 'ED record'], 2, 4),
    dateRange: { from: day(g, from, ['iso']), to: day(g, plusDays(from, g.int(20, 190)), ['iso']) },
    delivery: g.pick(['secure_email', 'portal', 'mail_cd', 'fax']),
    notes: t`Pt ${first(p)} says the fall happened at ${a.street}; call ${phoneValue(g)} before sending. Fee waived per ${hospital(g)} policy.`,
  });
}

/** An accounting-of-disclosures report as a tool result. */
export function disclosureAccounting(g: Gen, _c: Cast): JsonTree {
  const p = who(g);
  const start = recent(g);
  const disclosures = Array.from({ length: g.int(2, 5) }, () => {
    const r = who(g, 25, 70);
    const a = addr(g);
    return {
      disclosureDate: day(g, plusDays(start, g.int(1, 300)), ['iso', 'us']),
      recipient: {
        name: full(r),
        organization: g.pick([hospital, payer, lawFirm])(g),
        address: t`${a.street}, ${a.city}, ${a.state} ${a.zip}`,
      },
      purpose: g.pick([
        'Public health reporting',
        'Court order',
        'Workers compensation',
        'Law enforcement request',
        'Research (waiver)',
      ]),
      description: t`Copies of records dated ${day(g, plusDays(start, -g.int(1, 60)), ['us'])} to ${day(g, plusDays(start, g.int(1, 60)), ['us'])}`,
      disclosedBy: handle(g, who(g, 22, 62)),
    };
  });
  return toolResult(g, {
    reportId: uuid(g),
    generatedAt: systemTimestamp(g),
    patient: { name: upperLastFirst(p), mrn: mrnValue(g), birthDate: day(g, p.dob, ['iso']) },
    period: { start: day(g, plusDays(start, -365 * 6), ['iso']), end: day(g, plusDays(start, 330), ['iso']) },
    disclosures,
    preparedBy: t`${full(who(g, 25, 62))}, RHIA`,
  });
}

/** An EMPI merge decision with both candidate records, snake_case. */
export function empiMerge(g: Gen, _c: Cast): JsonTree {
  const p = who(g);
  const rec = (src: string): JsonTree => {
    const a = addr(g);
    return {
      source_system: src,
      local_id: mrnValue(g),
      family_name: last(p),
      given_name: g.chance(0.7) ? first(p) : phi('name', p.first.slice(0, 3), 'nickname'),
      birth_date: day(g, g.chance(0.8) ? p.dob : plusDays(p.dob, g.pick([1, 30, 365])), ['iso', 'compact']),
      ssn: g.chance(0.6) ? ssnValue(g) : null,
      address_line: a.street,
      city: a.city,
      postal_code: a.zip,
      home_phone: phoneValue(g),
    };
  };
  const reviewer = who(g, 25, 60);
  return toolResult(g, {
    task_id: uuid(g),
    algorithm: t`${matchEponym(g)} + ${matchEponym(g)}`,
    engine_version: sysVersion(g),
    score: Number(`${g.int(10, 24)}.${g.digits(2)}`),
    field_scores: { family_name: 0.94, given_name: 0.81, birth_date: 1, ssn: 0 },
    record_a: rec(g.pick(['EPIC', 'ADT'])),
    record_b: rec(g.pick(['LAB', 'LEGACY_HIS', 'RAD'])),
    decision: g.pick(['MERGE', 'NOT_DUPLICATE', 'DEFER']),
    reviewed_by: handle(g, reviewer),
    reviewer_name: full(reviewer),
    reviewed_at: systemTimestamp(g),
    queue_stats: stat(g),
  });
}

/** A CVO's credentialing roster, read as a resource holding JSON text. */
export function credentialingRoster(g: Gen, _c: Cast): JsonTree {
  const providers = Array.from({ length: g.int(2, 4) }, () => {
    const p = who(g, 29, 72);
    const home = addr(g);
    return {
      providerName: g.chance(0.5) ? full(p) : lastFirst(p),
      degree: g.pick(['MD', 'DO', 'NP', 'PA-C', 'CRNA']),
      npi: npiValue(g),
      dea: deaValue(g, p.last),
      deaExpiration: day(g, recent(g), ['iso', 'us']),
      stateLicense: {
        number: stateLicenseValue(g),
        state: g.pick(STATES),
        expires: day(g, recent(g), ['iso', 'us']),
      },
      caqhId: phi('other_id', g.digits(8), 'caqh'),
      dateOfBirth: day(g, p.dob, ['iso', 'us']),
      ssn: ssnValue(g),
      homeAddress: { line1: home.street, city: home.city, zip: home.zip },
      cell: phoneValue(g),
      livescanFingerprintId: biometricValue(g),
      primaryHospital: hospital(g),
      boardCertifiedYear: yearAlone(g),
    };
  });
  return resource(
    g,
    `cvo://rosters/${g.int(2023, 2025)}-Q${g.int(1, 4)}/${g.digits(4)}.json`,
    'application/json',
    jsonText({ cvo: vendor(g), exportedAt: systemTimestamp(g), providers }, g.pick([0, 2])),
  );
}

/** A Medicaid payer-enrollment form filled in by an agent: Title Case keys. */
export function payerEnrollmentCall(g: Gen, _c: Cast): JsonTree {
  const p = who(g, 29, 70);
  const practice = addr(g);
  const cred = who(g, 24, 60);
  return toolCall(g, 'enrollment.submit_form', {
    'Form Version': sysVersion(g),
    Payer: payer(g),
    'Provider Last Name': last(p),
    'Provider First Name': first(p),
    'Date of Birth': day(g, p.dob, ['us']),
    'Social Security Number': ssnValue(g),
    'Individual NPI': npiValue(g),
    'DEA Registration': deaValue(g, p.last),
    'State License #': stateLicenseValue(g),
    'Practice Location': t`${hospital(g)} - ${practice.street}, ${practice.city}, ${practice.state} ${practice.zip}`,
    'Practice County': practice.county,
    'Correspondence Phone': phoneValue(g),
    'Correspondence Fax': phoneValue(g, 'fax'),
    'Email Address': email(g, p.first, p.last),
    'Malpractice Policy No': phi('other_id', `MP${g.digits(7)}`, 'policy'),
    'Signature Date': day(g, recent(g), ['us']),
    'Credentialing Contact': t`${full(cred)} ${phoneValue(g)}`,
  });
}

/** Scanned-document indexing rows from a capture queue. */
export function scanIndex(g: Gen, _c: Cast): JsonTree {
  const op = who(g, 20, 60);
  const batch = `B${g.digits(7)}`;
  const rows = Array.from({ length: g.int(3, 6) }, () => {
    const p = who(g);
    const type = g.pick(['CONSENT', 'OUTSIDE_RECORDS', 'PHOTO_ID', 'ADVANCE_DIR', 'POLST', 'PT_PHOTO']);
    return {
      BATCH_ID: batch,
      DOC_TYPE: type,
      PT_NAME: upperLastFirst(p),
      MRN: mrnValue(g),
      DOS: day(g, recent(g), ['us', 'compact']),
      PAGES: g.int(1, 40),
      IMAGE: type.includes('PHOTO') ? photoFile(g, p.last) : `${batch}_${g.digits(4)}.tif`,
      INDEXED_AT: systemTimestamp(g),
      QA_FLAG: g.pick(['', 'WRONG_PT?', 'ILLEGIBLE']),
    };
  });
  return toolResult(g, {
    queue: 'HIM-CAPTURE',
    scanner: scanner(g),
    signaturePad: sigPad(g),
    operator: handle(g, op),
    rows,
  });
}

/** Access-audit events as JSON, with a break-the-glass reason typed by the user. */
export function auditEvents(g: Gen, _c: Cast): JsonTree {
  const p = who(g);
  const mrn = mrnValue(g);
  const events = Array.from({ length: g.int(2, 5) }, () => {
    const u = who(g, 22, 64);
    return {
      id: uuid(g),
      ts: systemTimestamp(g),
      user: { id: handle(g, u), displayName: full(u) },
      clientIp: ipValue(g),
      patient: { mrn, name: lastFirst(p) },
      action: g.pick(['chart.open', 'note.print', 'result.view', 'demographics.edit']),
      btgReason: g.chance(0.4) ? t`covering for Dr. ${last(who(g, 30, 70))}, pt ${first(p)} in ED` : null,
      authFactor: g.chance(0.5)
        ? { type: 'fingerprint', templateRef: biometricValue(g) }
        : { type: 'password' },
    };
  });
  return g.chance(0.5)
    ? toolResult(g, { source: hospital(g), emr: sysVersion(g), events })
    : textResult(g, jsonText({ source: hospital(g), events, portal: urlValue(g, p.last) }, 2));
}
