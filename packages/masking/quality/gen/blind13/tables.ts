/** Blind split 13: query results, spreadsheets, bases and form responses. SYNTHETIC DATA ONLY. */
import type { Gen } from '../context';
import { type JsonTree, phi, t } from '../fragment';
import {
  account13,
  biometric13,
  dea13,
  mbi13,
  member13,
  mrn13,
  npi13,
  otherId13,
  phone13,
  serial13,
  ssn13,
  vin13,
} from './ids';
import { anyResult, structured, textBlock } from './mcp';
import { code13, drug13, icd13, lab13, org13, stamp, stat13 } from './vocab';
import { day, later, visitDate } from './when';
import { ageOf, emailOf, nm, patient, place, slug, staff } from './who';

function sqlColumnsRows(g: Gen): JsonTree {
  const columns = ['patient_id', 'full_name', 'dob', 'phone', 'ssn', 'zip', 'last_a1c', 'updated_at'];
  const rows = Array.from({ length: g.int(2, 5) }, () => {
    const p = patient(g);
    return [
      g.int(1000, 99999),
      nm(p, g.pick(['full', 'LF'] as const)),
      day(g, p.dob, 'iso'),
      phone13(g),
      ssn13(g, g.pick(['ssn-dash', 'ssn-none'])),
      place(g).zip,
      lab13(g),
      stamp(g, 'sql'),
    ];
  });
  return anyResult(
    g,
    {
      query:
        'SELECT patient_id, full_name, dob, phone, ssn, zip, last_a1c, updated_at FROM registry LIMIT 50',
      columns,
      rows,
      rowCount: rows.length,
      elapsed_ms: g.int(3, 400),
    },
    `${rows.length} rows`,
    'postgres://analytics/query',
  );
}

function sqlRowObjects(g: Gen): JsonTree {
  const rows = Array.from({ length: g.int(1, 4) }, () => {
    const p = patient(g);
    const addr = place(g);
    const d = visitDate(g);
    return {
      enc_id: g.int(1_000_000, 9_999_999),
      mrn: mrn13(g),
      pt_last: nm(p, 'last'),
      pt_first: nm(p, 'first'),
      age: ageOf(p),
      addr1: addr.street,
      city: addr.city,
      st: addr.state,
      postal: addr.zip,
      admit_dt: t`${day(g, d, 'iso')} 0${g.int(0, 9)}:${g.int(10, 59)}:00`,
      disch_dt: day(g, later(d, g.int(1, 9)), 'iso'),
      attending_npi: npi13(g),
      dx1: icd13(g),
      payer: org13(g),
      plan_member_no: g.chance(0.4) ? mbi13(g) : member13(g),
      har: account13(g),
      etl_loaded_at: stamp(g, 'iso'),
    };
  });
  return structured(
    g,
    { rows, fields: Object.keys(rows[0] ?? {}), command: 'SELECT' },
    t`Returned ${String(rows.length)} rows from encounters.`,
  );
}

function sheetValues(g: Gen): JsonTree {
  const header = ['Last', 'First', 'DOB', 'Cell', 'Email', 'Appt', 'Insurance ID', 'Notes'];
  const n = g.int(2, 6);
  const values: JsonTree[] = [header];
  for (let i = 0; i < n; i++) {
    const p = patient(g);
    values.push([
      nm(p, 'last'),
      nm(p, 'first'),
      day(g, p.dob, g.pick(['us', 'us_short'] as const)),
      phone13(g),
      emailOf(g, p),
      day(g, visitDate(g), g.pick(['us_short', 'm_d'] as const)),
      g.chance(0.5) ? member13(g) : '',
      g.pick([t`${drug13(g)}`, t`needs ride - VIN ${vin13(g)}`, t``, t`age ${ageOf(p)}`, t`${stat13(g)}`]),
    ]);
  }
  return textBlock(g, {
    spreadsheetId: g.f.string.alphanumeric(44),
    valueRanges: [{ range: `Intake!A1:H${n + 1}`, majorDimension: 'ROWS', values }],
  });
}

function airtableRecords(g: Gen): JsonTree {
  const records = Array.from({ length: g.int(1, 4) }, () => {
    const p = patient(g);
    const doc = staff(g);
    return {
      id: `rec${g.f.string.alphanumeric(14)}`,
      createdTime: stamp(g, 'iso'),
      fields: {
        'Patient Name': nm(p, 'full'),
        'Date of Birth': day(g, p.dob, 'iso'),
        'Referring Provider': t`${nm(doc, 'full')} (DEA ${dea13(g, doc.last)})`,
        Reason: code13(g),
        'Pump Serial': serial13(g),
        'Fingerprint Ref': g.chance(0.4) ? biometric13(g) : undefined,
        Status: g.pick(['Scheduled', 'Waitlist', 'Declined']),
        'Case #': otherId13(g),
      },
    };
  });
  return anyResult(
    g,
    {
      records,
      offset: g.chance(0.4)
        ? `itr${g.f.string.alphanumeric(14)}/rec${g.f.string.alphanumeric(14)}`
        : undefined,
    },
    'Records listed.',
    'airtable://bases/referrals',
  );
}

function formResponses(g: Gen): JsonTree {
  const p = patient(g);
  const kin = patient(g);
  const addr = place(g);
  const answers = [
    {
      questionId: '1a2b',
      title: 'Full legal name',
      textAnswers: { answers: [{ value: nm(p, g.pick(['full', 'fml', 'lower'] as const)) }] },
    },
    { questionId: '3c4d', title: 'Date of birth', textAnswers: { answers: [{ value: day(g, p.dob) }] } },
    {
      questionId: '5e6f',
      title: 'Home address',
      textAnswers: { answers: [{ value: t`${addr.street}, ${addr.city}, ${addr.state} ${addr.zip}` }] },
    },
    {
      questionId: '7g8h',
      title: 'Emergency contact',
      textAnswers: { answers: [{ value: t`${nm(kin, 'full')} ${phone13(g)}` }] },
    },
    {
      questionId: '9i0j',
      title: 'Current medications',
      textAnswers: { answers: [{ value: t`${drug13(g)}, ${drug13(g)}` }] },
    },
    {
      questionId: 'k1l2',
      title: 'Anything else?',
      textAnswers: {
        answers: [
          {
            value: g.pick([
              t`my ssn is ${ssn13(g)} if you need it`,
              t`I'm ${ageOf(p)} and live alone`,
              t`no`,
            ]),
          },
        ],
      },
    },
  ];
  return textBlock(g, {
    responseId: `ACYDBN${g.f.string.alphanumeric(20)}`,
    createTime: stamp(g, 'iso'),
    lastSubmittedTime: stamp(g, 'iso'),
    respondentEmail: emailOf(g, p),
    answers,
  });
}

function vcardResource(g: Gen): JsonTree {
  const p = patient(g);
  const addr = place(g);
  const text = t`BEGIN:VCARD\r\nVERSION:3.0\r\nFN:${nm(p, 'full')}\r\nN:${phi('name', `${p.last};${p.first};;;`, 'vcard')}\r\nBDAY:${day(g, p.dob, 'iso')}\r\nTEL;TYPE=CELL:${phone13(g)}\r\nTEL;TYPE=FAX:${phone13(g, 'fax')}\r\nEMAIL:${emailOf(g, p)}\r\nADR;TYPE=HOME:;;${addr.street};${addr.city};${addr.state};${addr.zip};USA\r\nORG:${org13(g)}\r\nNOTE:MRN ${mrn13(g)}\\, pt of Dr. ${nm(staff(g), 'last')}\r\nREV:${stamp(g, 'ics')}\r\nEND:VCARD\r\n`;
  return {
    jsonrpc: '2.0',
    id: g.int(1, 999),
    result: { contents: [{ uri: `contacts://people/${slug(p.last)}`, mimeType: 'text/vcard', text }] },
  };
}

export const TABLE_DOCS = {
  sqlColumnsRows13: sqlColumnsRows,
  sqlRowObjects13: sqlRowObjects,
  sheetValues13: sheetValues,
  airtableRecords13: airtableRecords,
  formResponses13: formResponses,
  vcardResource13: vcardResource,
};
