/** EHR-API-like tool results of blind split 11: search, demographics, encounters, lists. SYNTHETIC ONLY. */
import type { Gen } from '../context';
import { type JsonTree, join, t } from '../fragment';
import { date, iso, plusDays, recent } from './dates';
import * as id from './ids';
import { age, jsonBlock, result, text } from './mcp';
import { clinician, clinicianSpan, nm, patient, person, sexCode } from './people';
import { address, oneLine } from './places';
import * as v from './vocab';

type Template = (g: Gen) => JsonTree;

const cursor = (g: Gen): string => g.f.string.alphanumeric(24);

/** Patient search: a paginated list with a cursor, names in a display field and split fields. */
const patientSearch: Template = (g) => {
  const hits = Array.from({ length: g.int(2, 5) }, () => {
    const p = patient(g);
    const a = address(g);
    return {
      patientId: id.mrn(g),
      display: nm(g, p, ['family_given', 'upper_family_given', 'full', 'family_given_mi']),
      name: { given: [p.given], family: p.family },
      birthDate: iso(p.dob),
      age: age(p),
      sex: sexCode(g, p),
      homeCity: a.city,
      postal: a.zip,
      lastSeen: date(g, recent(g), ['iso', 'us']),
      matchScore: Number(g.f.number.float({ min: 0.5, max: 1 }).toFixed(2)),
    };
  });
  const body = {
    query: { term: hits[0]?.display, dob: hits[0]?.birthDate, site: v.org(g) },
    results: hits,
    page: { size: 25, next: g.chance(0.6) ? cursor(g) : null, total: hits.length + g.int(0, 40) },
    servedAt: v.ts(g),
    apiVersion: v.version(g),
  };
  return result(g, [jsonBlock(g, body)], g.chance(0.4) ? body : undefined);
};

/** Demographics as a key/value list: the key says nothing until you read `name`. */
const demographicsKv: Template = (g) => {
  const p = patient(g);
  const a = address(g);
  const nok = person(g);
  const fields: [string, JsonTree][] = [
    ['Patient Name', nm(g, p, ['family_given', 'full', 'full_middle', 'caret'])],
    ['Preferred Name', nm(g, p, ['nick_family', 'given'])],
    ['DOB', date(g, p.dob)],
    ['Age', age(p)],
    ['SSN', id.ssn(g)],
    ['MRN', id.mrn(g)],
    ['Address Line 1', a.line1],
    ['Address Line 2', a.line2 ?? ''],
    ['City', a.city],
    ['County', a.county],
    ['State', a.state],
    ['ZIP', a.zip],
    ['Home Phone', id.phone(g)],
    ['Email', id.email(g, p)],
    [
      'Emergency Contact',
      t`${nm(g, nok, ['full', 'family_given'])} (${g.pick(['spouse', 'son', 'niece', 'neighbor', 'daughter-in-law'])}) ${id.phone(g)}`,
    ],
    ['Primary Language', g.pick(['English', 'Spanish', 'Vietnamese', 'Arabic', 'Tagalog', 'Polish'])],
    ['Driver License', id.driversLicense(g)],
    ['Photo', id.photo(g, p)],
  ];
  const style = g.int(0, 2);
  const list = fields.map(([k, value]) =>
    style === 0
      ? { name: k, value }
      : style === 1
        ? { label: k, text: value }
        : { key: k.toLowerCase().replaceAll(' ', '_'), val: value },
  );
  return result(g, [jsonBlock(g, { demographics: list, retrieved: v.ts(g), source: v.org(g) })]);
};

/** Encounters as a columnar result: `columns` + `rows`, ids as numbers and strings. */
const encountersColumnar: Template = (g) => {
  const p = patient(g);
  const rows = Array.from({ length: g.int(3, 7) }, () => {
    const d = recent(g);
    const doc = person(g, 30, 70);
    return [
      id.encounterId(g),
      date(g, d, ['iso', 'us', 'compact']),
      date(g, plusDays(d, g.int(0, 6)), ['iso', 'us', 'compact']),
      g.pick(['IP', 'OP', 'ED', 'OBS', 'TELE']),
      clinicianSpan(g, doc),
      v.icd10(g),
      v.org(g),
      g.int(1, 12),
    ];
  });
  const body = {
    patient: { mrn: id.mrn(g), nm: nm(g, p, ['upper_family_given', 'caret', 'family_given']) },
    columns: ['enc_id', 'adm_dt', 'dsch_dt', 'class', 'attending', 'dx_primary', 'facility', 'los_days'],
    rows,
    elapsed_ms: g.int(12, 900),
    generatedAt: v.ts(g),
  };
  return result(g, [jsonBlock(g, body)], body);
};

/** A GraphQL response: problems and medications, with `node`/`edges` and a pageInfo cursor. */
const problemsMedsGraphql: Template = (g) => {
  const p = patient(g);
  const prescriber = person(g, 30, 70);
  const edges = Array.from({ length: g.int(2, 4) }, () => ({
    node: {
      id: v.uuid(g),
      code: v.icd10(g),
      display: g.chance(0.4)
        ? v.eponym(g)
        : g.pick(['Chronic kidney disease stage 3a', 'Obesity class 3', 'Long COVID', 'Food insecurity']),
      onset: g.chance(0.5) ? date(g, recent(g), ['iso', 'long']) : v.year(g),
      note: g.chance(0.4)
        ? t`noted by ${clinician(g, prescriber)} at ${g.pick(['follow-up', 'the annual'])} visit`
        : null,
    },
  }));
  const meds = Array.from({ length: g.int(2, 4) }, () => ({
    med: v.drugDose(g, true),
    rxnorm: v.anyCode(g).code,
    prescriber: { display: clinicianSpan(g, prescriber), npi: id.npi(g) },
    startedOn: date(g, recent(g), ['iso']),
  }));
  return result(g, [
    jsonBlock(g, {
      data: {
        patient: {
          __typename: 'Patient',
          mrn: id.mrn(g),
          name: nm(g, p, ['full', 'family_given']),
          dob: iso(p.dob),
          problems: { edges, pageInfo: { hasNextPage: g.chance(0.5), endCursor: cursor(g) } },
          medications: meds,
        },
      },
      extensions: { cost: g.int(5, 90), traceId: v.uuid(g) },
    }),
  ]);
};

/** Orders returned as structuredContent with a short text summary. */
const ordersStructured: Template = (g) => {
  const p = patient(g);
  const by = person(g, 30, 70);
  const orders = Array.from({ length: g.int(2, 5) }, () => {
    const c = v.anyCode(g);
    return {
      orderId: id.orderId(g),
      codeSystem: c.system,
      code: c.code,
      desc: g.chance(0.5) ? v.labValue(g) : v.drugDose(g),
      orderedBy: clinicianSpan(g, by),
      orderedAt: v.ts(g),
      status: g.pick(['active', 'completed', 'on-hold', 'revoked']),
      priority: g.pick(['routine', 'stat', 'asap']),
    };
  });
  const summary = t`${orders.length} orders for ${nm(g, p, ['full', 'initial_family', 'lower_full'])} (MRN ${id.mrn(g)}), encounter ${id.encounterId(g)}.`;
  return result(g, [text(summary)], { patient: { mrn: id.mrn(g), dob: iso(p.dob) }, orders });
};

/** Appointments as TSV in a text block. */
const appointmentsTsv: Template = (g) => {
  const lines = Array.from({ length: g.int(3, 6) }, () => {
    const p = patient(g);
    const doc = person(g, 30, 70);
    return t`${date(g, recent(g), ['us', 'iso', 'weekday_short'])} ${g.int(7, 16)}:${g.pick(['00', '15', '30', '45'])}\t${nm(g, p, ['family_given', 'upper_family_given'])}\t${iso(p.dob)}\t${id.phone(g)}\t${clinicianSpan(g, doc)}\t${g.pick(['New patient', 'F/U', 'Telehealth', 'Post-op'])}\t${v.cpt(g)}`;
  });
  const header = 'when\tpatient\tdob\tphone\tprovider\ttype\tcpt';
  return result(g, [
    text(t`${header}\n${join(lines, '\n')}`),
    text(t`Generated ${v.ts(g)} by scheduler ${v.version(g)}`),
  ]);
};

/** Care team with nested providers (NPI, DEA, fax) and family contacts. */
const careTeam: Template = (g) => {
  const p = patient(g);
  const members = Array.from({ length: g.int(2, 4) }, () => {
    const c = person(g, 30, 70);
    return {
      role: g.pick(['PCP', 'Cardiology', 'Nephrology', 'Care manager', 'Palliative', 'Pharmacist']),
      who: clinicianSpan(g, c),
      ids: {
        npi: id.npi(g),
        dea: g.chance(0.4) ? id.dea(g, c) : undefined,
        stateLic: g.chance(0.4) ? id.stateLicense(g) : undefined,
      },
      contact: { tel: id.phone(g), fax: id.phone(g, 'fax'), org: v.org(g) },
    };
  });
  const fam = person(g);
  return result(g, [
    jsonBlock(g, {
      subject: { ref: t`Patient/${id.mrn(g)}`, display: nm(g, p, ['full', 'family_given']) },
      careTeam: members,
      familyContacts: [
        {
          who: nm(g, fam, ['full', 'nick_family', 'given']),
          rel: g.pick(['Daughter', 'HCPOA', 'Partner', 'Guardian']),
          contact: { mobile: id.phone(g), email: id.email(g, fam) },
        },
      ],
      updated: v.ts(g),
    }),
  ]);
};

/** Coverage and claims: member ids, group numbers, claim ids, service dates. */
const coverageClaims: Template = (g) => {
  const p = patient(g);
  const sub = g.chance(0.5) ? p : person(g);
  const a = address(g);
  const claims = Array.from({ length: g.int(1, 3) }, () => {
    const d = recent(g);
    return {
      claimNo: id.claimId(g),
      dos: date(g, d, ['iso', 'us', 'compact']),
      lines: [
        { cpt: v.cpt(g), dx: [v.icd10(g), v.icd10(g)], billed: `$${g.int(80, 4200)}.00`, units: g.int(1, 4) },
      ],
      status: g.pick(['PAID', 'DENIED', 'PENDED']),
      remark: g.chance(0.5)
        ? t`CO-${g.int(4, 200)} applied; member ${nm(g, p, ['family_given', 'full'])} notified`
        : null,
    };
  });
  return result(g, [
    jsonBlock(g, {
      coverage: {
        payer: v.payer(g),
        memberId: id.member(g),
        group: id.groupNo(g),
        subscriber: {
          name: nm(g, sub, ['upper_family_given', 'full']),
          dob: date(g, sub.dob, ['us', 'iso']),
          addr: oneLine(g, a),
        },
        relationship: sub === p ? 'self' : g.pick(['spouse', 'child', 'other']),
        effective: v.year(g),
        account: id.account(g),
      },
      claims,
    }),
  ]);
};

/** Lab panel with reference ranges: mostly keep strings, one patient header. */
const labPanel: Template = (g) => {
  const p = patient(g);
  const results = Array.from({ length: g.int(5, 10) }, () => {
    const r = v.labParts(g);
    return {
      test: r.name,
      loinc: r.code,
      value: r.value,
      refRange: r.range,
      flag: r.flag || null,
      resulted: v.ts(g),
    };
  });
  return result(g, [
    jsonBlock(g, {
      accession: id.accession(g),
      patient: {
        nm: nm(g, p, ['caret', 'upper_family_given', 'family_given']),
        dob: iso(p.dob),
        mrn: id.mrn(g),
      },
      collected: date(g, recent(g), ['iso', 'us']),
      performingLab: v.org(g),
      method: g.chance(0.5) ? v.deviceName(g) : 'manual',
      results,
      comment: t`Specimen received ${g.pick(['hemolyzed', 'on ice', 'ambient'])}. ${v.labValue(g)} repeated.`,
    }),
  ]);
};

/** Messages inbox: subjects and free-text bodies with names, dates and phones inside. */
const inboxMessages: Template = (g) => {
  const msgs = Array.from({ length: g.int(2, 4) }, () => {
    const p = patient(g);
    const doc = person(g, 30, 70);
    const d = recent(g);
    return {
      msgId: v.uuid(g),
      from: nm(g, p, ['full', 'lower_full', 'nick_family']),
      to: clinicianSpan(g, doc),
      subject: g.pick([
        t`Refill ${v.drugName(g)} for ${nm(g, p, ['given', 'full'])}`,
        t`Question about my ${date(g, d, ['long', 'us_loose', 'sloppy_lower'])} visit`,
        t`RE: results`,
      ]),
      body: g.pick([
        t`hi ${clinician(g, doc)}, this is ${nm(g, p, ['lower_given', 'given', 'nick_family'])}. my ${v.labValue(g)} came back and im worried. can you call me at ${id.phone(g)}? I'm ${age(p)} and still on ${v.drugDose(g)}. thanks`,
        t`Dear ${clinician(g, doc)},\nMy ${p.sex === 'F' ? 'mother' : 'father'} ${nm(g, p, ['full', 'full_middle'])} (DOB ${date(g, p.dob)}) was discharged ${date(g, d)} from ${v.org(g)}. The new address is ${oneLine(g, address(g))}.`,
        t`${nm(g, p, ['given'])} here - the pharmacy says the ${v.drugName(g)} prior auth expired. Member ID ${id.member(g)}.`,
      ]),
      sentAt: v.ts(g),
      unread: g.chance(0.5),
    };
  });
  return result(g, [jsonBlock(g, { inbox: msgs, nextPageToken: g.chance(0.5) ? cursor(g) : null })]);
};

/** Documents list: titles, authors, photo files and share URLs. */
const documentsList: Template = (g) => {
  const p = patient(g);
  const docs = Array.from({ length: g.int(2, 5) }, () => {
    const author = person(g, 30, 70);
    return {
      docId: v.uuid(g),
      title: g.pick([
        t`Discharge summary ${date(g, recent(g), ['us', 'iso'])}`,
        t`Wound photo - ${nm(g, p, ['family', 'full'])}`,
        t`Consent (${v.eponym(g)} repair)`,
        'Advance directive',
      ]),
      file: g.chance(0.5) ? id.photo(g, p) : `doc_${g.digits(6)}.pdf`,
      author: clinicianSpan(g, author),
      created: v.ts(g),
      link: g.chance(0.5) ? id.url(g, p) : null,
    };
  });
  return result(g, [jsonBlock(g, { patientRef: t`mrn:${id.mrn(g)}`, documents: docs })]);
};

/** Audit trail: staff access with IPs, biometric log-ins, timestamps and UUIDs. */
const auditTrail: Template = (g) => {
  const p = patient(g);
  const events = Array.from({ length: g.int(3, 6) }, () => {
    const staff = person(g, 25, 65);
    return {
      eventId: v.uuid(g),
      at: v.ts(g),
      actor: {
        user: nm(g, staff, ['lower_full', 'family_given', 'full']),
        role: g.pick(['RN', 'MD', 'HIM', 'billing']),
      },
      action: g.pick(['VIEW', 'PRINT', 'EXPORT', 'BREAK_GLASS', 'LOGIN']),
      srcIp: id.ip(g),
      auth: g.chance(0.4) ? { method: 'fingerprint', template: id.biometric(g) } : { method: 'password+otp' },
      target: { mrn: id.mrn(g), patient: nm(g, p, ['upper_family_given', 'family_given']) },
      client: t`chart-viewer/${v.version(g)}`,
    };
  });
  return result(g, [
    jsonBlock(g, { audit: events, query: { patientId: id.mrn(g), from: v.ts(g), to: v.ts(g) } }),
  ]);
};

export const EHR_DOCS: Record<string, Template> = {
  b11_patient_search: patientSearch,
  b11_demographics_kv: demographicsKv,
  b11_encounters_columnar: encountersColumnar,
  b11_problems_meds_graphql: problemsMedsGraphql,
  b11_orders_structured: ordersStructured,
  b11_appointments_tsv: appointmentsTsv,
  b11_care_team: careTeam,
  b11_coverage_claims: coverageClaims,
  b11_lab_panel: labPanel,
  b11_inbox_messages: inboxMessages,
  b11_documents_list: documentsList,
  b11_audit_trail: auditTrail,
};
