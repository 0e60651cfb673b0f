/**
 * Data stores agents query, as their MCP servers return results: MongoDB extended JSON,
 * Elasticsearch hits with highlight fragments, vector-store chunks, OMOP CDM rows, Debezium
 * change events and GraphQL connections. createdAt, ts_ms-style and ingest times are system
 * timestamps; ObjectIds are left unlabeled. SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { addDays } from '../dates';
import { type JsonTree, join, jsonText, keep, phi, t } from '../fragment';
import {
  account,
  biometricId,
  clientIp,
  email,
  medicaid,
  memberId,
  mrn,
  personalUrl,
  phone,
  plate,
  portalUrl,
  vin,
} from './ids';
import {
  cpt,
  cptPick,
  doseSpan,
  drugPick,
  eponym,
  hospital,
  icd,
  icdPick,
  labPick,
  labValue,
  STATISTICS,
  snomed,
  snomedPick,
  sysTime,
  uuid,
  yearSpan,
} from './keeps';
import { toolResult } from './mcp';
import {
  addr,
  ageOf,
  caps,
  dt,
  familyOnly,
  full,
  givenOnly,
  initialLast,
  lower,
  patient,
  staff,
  streetLine,
  townSpan,
  visit,
  zipSpan,
} from './who';

const oid = (g: Gen): string => g.f.string.hexadecimal({ length: 24, casing: 'lower', prefix: '' });

/** MongoDB find() on a rides (non-emergency transport) collection, in relaxed extended JSON. */
export function mongoRides(g: Gen): JsonTree {
  const docs = [0, 1].map(() => {
    const p = patient(g);
    const a = addr(g);
    const driver = staff(g);
    return {
      _id: { $oid: oid(g) },
      member: {
        first_nm: givenOnly(p),
        last_nm: familyOnly(p),
        mbr_dob: { $date: t`${dt(p.dob, 'iso')}T00:00:00Z` },
        medicaid_id: medicaid(g),
      },
      pickup: { line1: streetLine(a), city: townSpan(a), zip: zipSpan(g, a) },
      dest: { name: hospital(g), appt: { $date: t`${dt(visit(g), 'iso')}T14:30:00Z` } },
      cb_phone: { $numberLong: phi('phone', `${g.int(2, 9)}${g.digits(9)}`, 'digits') },
      driver: { name: initialLast(driver), vehicle: { vin: vin(g), plate: plate(g) } },
      mobility: g.pick(['wheelchair', 'ambulatory', 'stretcher']),
      createdAt: { $date: sysTime(g) },
      updatedAt: { $date: { $numberLong: sysTime(g, 'epochMs') } },
      __v: 0,
    };
  });
  return toolResult(
    [jsonText({ cursor: { firstBatch: docs, id: { $numberLong: '0' }, ns: 'nemt.rides' }, ok: 1 }, 2)],
    { documents: docs },
  );
}

/** Elasticsearch/OpenSearch hits over clinical notes, with <em> highlight fragments. */
export function elasticHits(g: Gen): JsonTree {
  const p = patient(g);
  const doc = staff(g);
  const hits = [0, 1, 2].slice(0, g.int(2, 3)).map(() => {
    const d = visit(g);
    const drug = drugPick(g);
    return {
      _index: `notes-${g.int(2023, 2025)}.${String(g.int(1, 12)).padStart(2, '0')}`,
      _id: uuid(g),
      _score: g.int(5, 20) + g.int(0, 999) / 1000,
      _source: {
        patient_name: caps(p),
        mrn: mrn(g),
        note_date: dt(d, 'iso'),
        author: t`${full(doc)}, ${g.pick(['MD', 'NP', 'PA-C'])}`,
        body: t`Pt ${familyOnly(p)} seen ${dt(d, 'monDay')}. Cont ${doseSpan(drug)}. ${eponym(g)} positive. F/u ${hospital(g)}.`,
        '@timestamp': sysTime(g),
      },
      highlight: {
        body: [t`Pt <em>${familyOnly(p)}</em> seen ${dt(d, 'monDay')}. Cont <em>${doseSpan(drug)}</em>`],
        patient_name: [t`<em>${caps(p)}</em>`],
      },
    };
  });
  return toolResult([
    jsonText({
      took: g.int(3, 90),
      timed_out: false,
      hits: { total: { value: hits.length, relation: 'eq' }, max_score: 14.2, hits },
    }),
  ]);
}

/** A vector store's nearest chunks for a care-gap question, with metadata. */
export function vectorChunks(g: Gen): JsonTree {
  const p = patient(g);
  const kin = staff(g);
  const d = visit(g);
  const l = labPick(g);
  const results = [
    {
      id: uuid(g),
      score: 0.8 + g.int(0, 190) / 1000,
      text: t`…discharged ${dt(d, 'usShort')} to home. ${full(p)} (${ageOf(p)} yo) lives with ${p.sex === 'F' ? 'her' : 'his'} ${g.pick(['daughter', 'son'])} ${givenOnly(kin)}, who can be reached at ${phone(g)}. Last ${l[1]} ${labValue(l)}…`,
      metadata: {
        source: t`s3://cvmc-notes/dc/${dt(d, 'iso')}_${phi('name', p.family.toLowerCase().replace(/[^a-z]/g, ''), 'slug')}.pdf`,
        page: g.int(1, 6),
        patient_id: mrn(g),
        ingested_at: sysTime(g),
      },
    },
    {
      id: uuid(g),
      score: 0.7 + g.int(0, 90) / 1000,
      text: t`Guideline excerpt (${yearSpan(g)}): SGLT2 inhibitors reduced HF hospitalisation (${join(
        g.some(STATISTICS, 2, 2).map((v) => keep('statistic', v)),
        '; ',
      )}).`,
      metadata: { source: 'guidelines/hf.pdf', page: g.int(10, 80), ingested_at: sysTime(g) },
    },
    {
      id: uuid(g),
      score: 0.6 + g.int(0, 90) / 1000,
      text: t`Portal msg from ${lower(p)}: "my new address is ${streetLine(addr(g))}, pls update. email ${email(g, p)}"`,
      metadata: { source: 'portal/messages', thread: portalUrl(g), ingested_at: sysTime(g) },
    },
  ];
  return toolResult(
    [
      jsonText(
        { collection: 'care-notes-v3', query: 'who is the caregiver and what was the last lab?', results },
        2,
      ),
    ],
    { results },
  );
}

/** OMOP CDM rows from a cohort query, with source values that carry identifiers. */
export function omopRows(g: Gen): JsonTree {
  const rows = [0, 1, 2].map(() => {
    const p = patient(g);
    const a = addr(g);
    const d = visit(g);
    const dx = icdPick(g);
    const sn = snomedPick(g);
    return {
      person_id: g.int(10_000, 999_999),
      person_source_value: mrn(g),
      year_of_birth: p.dob.getUTCFullYear(),
      birth_datetime: t`${dt(p.dob, 'iso')} 00:00:00`,
      location: {
        address_1: streetLine(a),
        city: townSpan(a),
        zip: zipSpan(g, a),
        county: phi('geo', g.pick(['Yakima County', 'Webb County', 'Ward County', 'Bristol County'])),
      },
      visit_start_date: dt(d, 'iso'),
      visit_end_date: dt(addDays(d, g.int(0, 6)), 'iso'),
      condition_source_value: icd(dx),
      condition_concept_code: snomed(sn),
      procedure_source_value: cpt(cptPick(g)),
      provider_name: full(staff(g)),
      care_site_name: hospital(g),
      payer_source_value: memberId(g),
    };
  });
  return toolResult([t`${rows.length} rows from omop_cdm_54 (cohort ${uuid(g)})`], {
    columns: Object.keys(rows[0] ?? {}),
    rows,
  });
}

/** A Debezium change event on the patients table, before and after an address change. */
export function debeziumChange(g: Gen): JsonTree {
  const p = patient(g);
  const old = addr(g);
  const moved = addr(g);
  const m = mrn(g);
  const row = (a: typeof old, ph: JsonTree): JsonTree => ({
    pt_id: g.int(1000, 999_999),
    pt_mrn: phi('mrn', m.value),
    pt_fn: givenOnly(p),
    pt_ln: familyOnly(p),
    pt_dob: dt(p.dob, 'iso'),
    addr_ln1: streetLine(a),
    addr_city: townSpan(a),
    addr_zip: zipSpan(g, a),
    home_ph: ph,
    portal_email: email(g, p),
    last_login_ip: clientIp(g),
    face_tmpl: biometricId(g),
    upd_ts: sysTime(g),
  });
  const payload = {
    before: row(old, phone(g)),
    after: row(moved, phone(g)),
    source: {
      version: keep('version', g.pick(['2.5.4.Final', '2.7.0.Final', '3.0.1.Final'])),
      connector: 'postgresql',
      name: 'ehr',
      ts_ms: Number(g.digits(13)),
      db: 'ehr',
      schema: 'public',
      table: 'patients',
      txId: g.int(10_000, 9_999_999),
    },
    op: 'u',
    ts_ms: Number(g.digits(13)),
  };
  return toolResult([jsonText({ schema: null, payload })], {
    topic: 'ehr.public.patients',
    partition: g.int(0, 5),
    offset: g.int(1000, 900_000),
    value: payload,
  });
}

/** A GraphQL connection of appointments, with an error quoting a bad variable. */
export function graphqlAppointments(g: Gen): JsonTree {
  const edges = [0, 1].map(() => {
    const p = patient(g);
    const d = addDays(visit(g), 90);
    return {
      cursor: g.f.string.alphanumeric(16),
      node: {
        id: uuid(g),
        startsAt: t`${dt(d, 'iso')}T${String(g.int(8, 16)).padStart(2, '0')}:${g.pick(['00', '15', '30', '45'])}:00-05:00`,
        patient: {
          displayName: full(p),
          preferredName: phi('name', p.nick, 'nickname'),
          dateOfBirth: dt(p.dob, 'iso'),
          mobile: phone(g),
          accountNumber: account(g),
          homepage: g.chance(0.3) ? personalUrl(g, p) : null,
        },
        provider: { name: t`Dr. ${full(staff(g))}`, location: hospital(g) },
        visitType: cpt(cptPick(g)),
      },
    };
  });
  const bad = patient(g);
  return toolResult([
    jsonText(
      {
        data: {
          appointments: {
            totalCount: edges.length,
            edges,
            pageInfo: { hasNextPage: false, endCursor: null },
          },
        },
        errors: [
          {
            message: t`Variable "$dob" got invalid value "${dt(bad.dob, 'usShort')}"; Expected type "Date".`,
            path: ['appointments'],
            extensions: { code: 'BAD_USER_INPUT', requestId: uuid(g) },
          },
        ],
      },
      g.pick([0, 2]),
    ),
  ]);
}

export const STORE_TEMPLATES = {
  mongoRides,
  elasticHits,
  vectorChunks,
  omopRows,
  debeziumChange,
  graphqlAppointments,
};
