/**
 * Json documents of blind split 7: shapes that hide what a value is from its key (key/value
 * lists, columnar results, spreadsheet rows, odd and foreign keys, JSON inside strings, JWT
 * claims, GraphQL variables, FHIR transactions, MCP results). SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { type JsonTree, jsonText, keep, phi, t } from '../fragment';
import { age, ageOf, date, formatDay, isoDateTime, isoVisit, serviceDay, systemTimestamp } from './dates';
import {
  account,
  biometricId,
  deviceSerial,
  driverLicence,
  email,
  fax,
  healthPlan,
  ipv4,
  mrn,
  npi,
  otherId,
  patientUrl,
  phone,
  photo,
  plate,
  ssn,
  vin,
} from './ids';
import { family, fullName, given, lastFirst } from './names';
import { clinician, person } from './people';
import { address } from './places';
import {
  code,
  deviceName,
  drugDose,
  eponym,
  hexId,
  lab,
  labResult,
  loinc,
  org,
  payer,
  statistic,
  uuid,
  version,
  year,
} from './vocab';

type Template = (g: Gen) => JsonTree;

function keyValuePairs(g: Gen): JsonTree {
  const p = person(g);
  const a = address(g);
  const style = g.pick(['key', 'field', 'name'] as const);
  const pairs: [string, JsonTree][] = g.some(
    [
      ['Patient Name', fullName(p)],
      ['dob', date(p.dob, g.pick(['iso', 'us'] as const))],
      ['SSN', ssn(g)],
      ['Home Address', t`${a.street}, ${a.city}, ${a.state} ${a.zip}`],
      ['county', a.county],
      ['phone', phone(g)],
      ['MRN', mrn(g)],
      ['Member ID', healthPlan(g)],
      ['Account', account(g)],
      ['email', email(g, p)],
      ['Emergency contact', fullName(person(g, false), false)],
      ['Admit date', date(serviceDay(g), 'iso')],
      ['Age', age(ageOf(p.dob))],
      ['Pump serial', deviceSerial(g)],
    ] as [string, JsonTree][],
    8,
    14,
  );
  const clinical: [string, JsonTree][] = [
    ['Diagnosis code', code(g, 'icd10')],
    ['Medication', drugDose(g)],
    ['Last result', labResult(g)],
    ['Form version', version(g)],
    ['Record id', uuid(g)],
  ];
  const all = [...pairs, ...g.some(clinical, 2, 5)];
  const list =
    style === 'key'
      ? all.map(([k, v]) => ({ key: k.toLowerCase().replace(/ /g, '_'), value: v }))
      : style === 'field'
        ? all.map(([k, v]) => ({ field: k, value: v, required: g.chance(0.5) }))
        : all.map(([k, v]) => ({ name: k, valueString: v }));
  return {
    formId: uuid(g),
    submittedAt: systemTimestamp(g),
    source: org(g),
    [g.pick(['attributes', 'answers', 'parameter'])]: list,
  };
}

function columnar(g: Gen): JsonTree {
  const n = g.int(2, 5);
  const people = Array.from({ length: n }, () => ({ p: person(g), a: address(g) }));
  const shape = g.pick(['columns', 'meta', 'values'] as const);
  const row = ({ p, a }: (typeof people)[number]): JsonTree[] => [
    mrn(g),
    lastFirst(p),
    date(p.dob, 'iso'),
    age(ageOf(p.dob)),
    a.zip,
    a.city,
    phone(g),
    code(g, 'icd10'),
    labResult(g),
  ];
  const header = ['mrn', 'patient', 'dob', 'age', 'zip', 'city', 'phone', 'dx', 'last_result'];
  if (shape === 'columns')
    return {
      query: `select … from v_registry where year = ${g.int(2024, 2026)}`,
      columns: header,
      rows: people.map(row),
      elapsed_ms: g.int(4, 900),
    };
  if (shape === 'meta')
    return {
      meta: header.map((name) => ({ name, type: name === 'dob' ? 'Date' : 'String' })),
      data: people.map(row),
      rows: n,
      statistics: { elapsed: g.int(1, 90) / 1000, rows_read: g.int(1000, 90000) },
    };
  return {
    range: `Registry!A1:I${n + 1}`,
    majorDimension: 'ROWS',
    values: [
      ['MRN', 'Patient', 'DOB', 'Age', 'ZIP', 'City', 'Phone', 'Dx', 'Last result'],
      ...people.map(row),
    ],
  };
}

function oddKeys(g: Gen): JsonTree {
  const p = person(g);
  const a = address(g);
  const style = g.pick(['snake', 'kebab', 'dotted', 'abbrev', 'es', 'de'] as const);
  const v = {
    name: fullName(p),
    family: family(p),
    given: given(p),
    dob: date(p.dob, g.pick(['iso', 'dotted', 'us'] as const)),
    street: a.street,
    city: a.city,
    zip: a.zip,
    phone: phone(g),
    ssn: ssn(g),
    mrn: mrn(g),
    dl: driverLicence(g),
  };
  const keys: Record<typeof style, string[]> = {
    snake: [
      'PATIENT_FULL_NAME',
      'LAST_NM',
      'FIRST_NM',
      'BIRTH_DT',
      'ADDR_LINE_1',
      'CITY_NM',
      'POSTAL_CD',
      'PRIMARY_PHONE',
      'SSN_TXT',
      'MRN_ID',
      'DL_NO',
    ],
    kebab: [
      'patient-name',
      'family-name',
      'given-name',
      'date-of-birth',
      'addr-line-1',
      'addr-city',
      'addr-postal',
      'contact-phone',
      'tax-id',
      'record-no',
      'license-no',
    ],
    dotted: [
      'pat.name',
      'pat.nm.last',
      'pat.nm.first',
      'pat.dob',
      'pat.addr.l1',
      'pat.addr.city',
      'pat.addr.zip',
      'pat.tel',
      'pat.ssn',
      'pat.mrn',
      'pat.dl',
    ],
    abbrev: ['pt_nm', 'pt_lnm', 'pt_fnm', 'pt_bd', 'PT-ADDR-1', 'PT-CTY', 'PT-ZP', 'ph1', 'sn', 'mr', 'lic'],
    es: [
      'nombre_completo',
      'apellido',
      'nombre',
      'fecha_nacimiento',
      'direccion',
      'ciudad',
      'codigo_postal',
      'telefono',
      'numero_seguro_social',
      'expediente',
      'licencia_conducir',
    ],
    de: [
      'vollstaendiger_name',
      'nachname',
      'vorname',
      'geburtsdatum',
      'strasse',
      'ort',
      'plz',
      'telefon',
      'sozialversicherungsnummer',
      'patientennummer',
      'fuehrerschein',
    ],
  };
  const values = Object.values(v);
  const flat: Record<string, JsonTree> = {};
  keys[style].forEach((k, i) => {
    if (g.chance(0.85)) flat[k] = values[i] as JsonTree;
  });
  return {
    recordType: g.pick(['PATIENT', 'paciente', 'Patient']),
    schemaVersion: version(g),
    updated: systemTimestamp(g, g.pick(['iso', 'epoch'] as const)),
    payload: flat,
    attributes: {
      [g.pick(['insurer', 'aseguradora', 'versicherung'])]: payer(g),
      [g.pick(['vehicle', 'vehiculo', 'fahrzeug'])]: { vin: vin(g), plate: plate(g) },
      [g.pick(['dx', 'diagnostico', 'diagnose'])]: { code: code(g, 'icd10'), label: eponym(g) },
      [g.pick(['meds', 'medicamentos', 'medikamente'])]: [drugDose(g), drugDose(g)],
      [g.pick(['age', 'edad', 'alter'])]: age(ageOf(p.dob)),
    },
  };
}

/** Base64url of a header that is always the same shape; only the payload differs. */
const JWT_HEADER = 'eyJhbGciOiJSUzI1NiIsImtpZCI6Im';

function jwtGraphql(g: Gen): JsonTree {
  const p = person(g);
  const a = address(g);
  const iat = Math.floor(Date.UTC(2026, g.int(0, 10), g.int(1, 28)) / 1000);
  const kind = g.pick(['jwt', 'graphql', 'url'] as const);
  if (kind === 'jwt')
    return {
      header: { alg: 'RS256', kid: hexId(g, 16), typ: 'JWT' },
      payload: {
        iss: 'https://id.verityhealth.net/',
        sub: uuid(g),
        aud: g.pick(['portal-web', 'proctor-gw']),
        iat: keep('timestamp', String(iat)),
        exp: iat + 3600,
        name: fullName(p),
        given_name: given(p),
        family_name: family(p),
        email: email(g, p),
        birthdate: date(p.dob, 'iso'),
        phone_number: phone(g),
        address: { street_address: a.street, locality: a.city, region: a.state, postal_code: a.zip },
        'https://verityhealth.net/claims/mrn': mrn(g),
        'https://verityhealth.net/claims/fido_key': biometricId(g),
        picture: photo(g, String(g.int(100, 99999))),
      },
      token: `${JWT_HEADER}${hexId(g, 12)}.…`,
    };
  if (kind === 'graphql')
    return {
      operationName: g.pick(['FindPatient', 'UpdateDemographics', 'BookVisit']),
      query:
        'mutation UpdateDemographics($input: PatientInput!) { updatePatient(input: $input) { id version } }',
      variables: {
        input: {
          id: mrn(g),
          name: { family: family(p), given: [given(p)] },
          birthDate: date(p.dob, 'iso'),
          contact: { phone: phone(g), fax: fax(g), email: email(g, p) },
          address: { line1: a.street, city: a.city, county: a.county, postalCode: a.zip },
          coverage: { payer: payer(g), memberId: healthPlan(g) },
          reason: { code: code(g, 'snomed'), text: eponym(g) },
        },
        clientMutationId: uuid(g),
      },
      extensions: { persistedQuery: { version: 1, sha256Hash: hexId(g, 64) } },
    };
  const sp = g.pick(['+', '%20']);
  return {
    method: 'GET',
    url: t`https://api.tamsinvalley.org/v1/patients?family=${phi('name', encodeURIComponent(p.family).replace(/%20/g, sp))}&given=${phi('name', encodeURIComponent(p.given))}&birthdate=${date(p.dob, 'iso')}&address-postalcode=${a.zip}&_count=${g.int(5, 50)}`,
    headers: {
      'x-request-id': uuid(g),
      'x-forwarded-for': ipv4(g),
      'user-agent': `chart-sync/${g.int(1, 5)}.${g.int(0, 9)}`,
    },
    status: g.pick([200, 200, 429]),
    received: systemTimestamp(g),
  };
}

/** A queue message whose body is JSON in a string, the nested record JSON in a string again. */
function envelope(g: Gen): JsonTree {
  const p = person(g);
  const a = address(g);
  const inner = {
    type: g.pick(['patient.updated', 'referral.created']),
    patient: { mrn: mrn(g), name: fullName(p), dob: date(p.dob, 'us'), city: a.city, phone: phone(g) },
    referral: {
      to: org(g),
      reason: code(g, 'icd10'),
      by: { npi: npi(g), name: fullName(clinician(g), false) },
    },
    at: systemTimestamp(g),
  };
  const body = g.chance(0.5) ? { message: jsonText(inner), attempt: g.int(1, 5) } : inner;
  return {
    Records: [
      {
        messageId: uuid(g),
        receiptHandle: hexId(g, 40),
        body: jsonText(body),
        attributes: {
          ApproximateReceiveCount: String(g.int(1, 4)),
          SentTimestamp: systemTimestamp(g, 'epoch'),
        },
        md5OfBody: hexId(g, 32),
        eventSourceARN: `arn:aws:sqs:us-east-2:${g.digits(12)}:referrals`,
      },
    ],
  };
}

function fhirTransaction(g: Gen): JsonTree {
  const p = person(g);
  const a = address(g);
  const d = clinician(g);
  const pid = uuid(g);
  const m = mrn(g);
  const [start, end] = isoVisit(g, serviceDay(g));
  const l = lab(g);
  return {
    resourceType: 'Bundle',
    id: uuid(g),
    type: 'transaction',
    timestamp: systemTimestamp(g),
    entry: [
      {
        fullUrl: t`urn:uuid:${pid}`,
        resource: {
          resourceType: 'Patient',
          identifier: [
            { system: 'urn:oid:2.16.840.1.113883.19.5', value: m },
            { system: 'http://hl7.org/fhir/sid/us-ssn', value: ssn(g, 'ssn-dash') },
          ],
          name: [{ text: fullName(p), family: family(p), given: [given(p)] }],
          birthDate: date(p.dob, 'iso'),
          address: [
            { line: [a.street], city: a.city, district: a.county, state: a.state, postalCode: a.zip },
          ],
          telecom: [
            { system: 'phone', value: phone(g) },
            { system: 'email', value: email(g, p) },
          ],
          photo: [{ contentType: 'image/jpeg', url: photo(g, pid.value.slice(0, 8)) }],
        },
        request: { method: 'PUT', url: t`Patient?identifier=urn:oid:2.16.840.1.113883.19.5|${mrn(g)}` },
      },
      {
        fullUrl: t`urn:uuid:${uuid(g)}`,
        resource: {
          resourceType: 'Encounter',
          status: 'finished',
          subject: { reference: t`urn:uuid:${pid}`, display: fullName(p, false) },
          participant: [
            {
              individual: {
                reference: t`Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|${npi(g)}`,
                display: fullName(d, false),
              },
            },
          ],
          period: { start, end },
          serviceProvider: { display: org(g) },
        },
        request: { method: 'POST', url: 'Encounter', ifNoneExist: t`identifier=${account(g)}` },
      },
      {
        fullUrl: t`urn:uuid:${uuid(g)}`,
        resource: {
          resourceType: 'Observation',
          status: 'final',
          code: { coding: [{ system: 'http://loinc.org', code: loinc(l), display: l.name }] },
          subject: { reference: t`Patient?name=${phi('name', p.family)}&birthdate=${date(p.dob, 'iso')}` },
          effectiveDateTime: end,
          valueString: labResult(g, l),
          device: { display: deviceName(g), identifier: { value: deviceSerial(g) } },
        },
        request: { method: 'POST', url: 'Observation' },
      },
    ],
  };
}

function mcpResult(g: Gen): JsonTree {
  const p = person(g);
  const a = address(g);
  const id = String(g.int(10000, 999999));
  const kind = g.pick(['structured', 'link', 'elicit', 'error'] as const);
  const record = {
    patient: fullName(p),
    birthDate: date(p.dob, 'iso'),
    mrn: mrn(g),
    address: { line: a.street, city: a.city, zip: a.zip },
    phone: phone(g),
    nextVisit: isoDateTime(g, serviceDay(g)),
    meds: [drugDose(g)],
    problems: [{ code: code(g, 'icd10'), display: eponym(g) }],
  };
  if (kind === 'structured')
    return {
      jsonrpc: '2.0',
      id: g.int(1, 400),
      result: {
        content: [{ type: 'text', text: jsonText(record) }],
        structuredContent: record,
        isError: false,
        _meta: { 'io.proctor/trace': hexId(g, 32), served: systemTimestamp(g) },
      },
    };
  if (kind === 'link')
    return {
      jsonrpc: '2.0',
      id: g.int(1, 400),
      result: {
        content: [
          { type: 'text', text: t`Found 1 chart for ${lastFirst(p)} (${date(p.dob, 'us')}).` },
          {
            type: 'resource_link',
            uri: t`ehr://patients/${mrn(g)}/documents/${uuid(g)}`,
            name: t`${family(p)}_${given(p)}_discharge.pdf`,
            mimeType: 'application/pdf',
            description: t`Discharge summary ${date(serviceDay(g), 'iso')}`,
          },
          { type: 'resource_link', uri: patientUrl(g, id), name: 'Portal chart', mimeType: 'text/html' },
        ],
      },
    };
  if (kind === 'elicit')
    return {
      jsonrpc: '2.0',
      id: g.int(1, 400),
      result: {
        action: 'accept',
        content: {
          fullName: fullName(p),
          dateOfBirth: date(p.dob, g.pick(['iso', 'us'] as const)),
          ssn: ssn(g),
          callbackNumber: phone(g),
          preferredPharmacy: org(g),
          consent: true,
        },
      },
    };
  return {
    jsonrpc: '2.0',
    id: g.int(1, 400),
    error: {
      code: -32602,
      message: t`Invalid params: no unique match for ${fullName(p)} born ${date(p.dob, 'us')}`,
      data: {
        input: {
          name: fullName(p),
          dob: date(p.dob, 'iso'),
          zip: a.zip,
          ssn: ssn(g),
          memberId: healthPlan(g),
        },
        candidates: g.int(2, 9),
        registry: otherId(g),
        server: { version: version(g), requestId: uuid(g) },
      },
    },
  };
}

/** Statistics of a hospital dashboard: keep strings only, next to one named case. */
function dashboard(g: Gen): JsonTree {
  const p = person(g);
  return {
    facility: org(g),
    period: year(g),
    generated: systemTimestamp(g),
    metrics: {
      occupancy: statistic(g, 'rate'),
      licensedBeds: statistic(g, 'beds'),
      avgLengthOfStay: statistic(g, 'stay'),
      readmissions30d: statistic(g, 'rate'),
      falls: statistic(g, 'perThousand'),
      cohort: statistic(g, 'count'),
      topDiagnoses: [code(g, 'icd10'), code(g, 'icd10'), code(g, 'snomed')],
      formularyChanges: [drugDose(g), drugDose(g)],
    },
    sentinelEvent: {
      patient: lastFirst(p),
      mrn: mrn(g),
      occurred: isoDateTime(g, serviceDay(g)),
      device: { model: deviceName(g), serial: deviceSerial(g), firmware: version(g) },
      reportedBy: { name: fullName(clinician(g), false), ip: ipv4(g), faceMatchId: biometricId(g) },
      note: t`${eponym(g)} suspected; family (${fullName(person(g, false), false)}) notified on ${date(serviceDay(g), 'long')}`,
    },
    build: {
      version: version(g),
      commit: hexId(g, 40),
      builtAt: keep('timestamp', `${formatDay(serviceDay(g), 'iso')}T00:00:00Z`),
    },
  };
}

export const BLIND7_JSON_DOCS: Record<string, Template> = {
  b7KeyValuePairs: keyValuePairs,
  b7ColumnarResult: columnar,
  b7OddKeyRecord: oddKeys,
  b7TokenQueryUrl: jwtGraphql,
  b7QueueEnvelope: envelope,
  b7FhirTransaction: fhirTransaction,
  b7McpResultShapes: mcpResult,
  b7QualityDashboard: dashboard,
};
