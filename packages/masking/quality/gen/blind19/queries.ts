/**
 * Queries agents write with literal patient values: FHIR search URLs, SQL and GraphQL, and the
 * tool errors that quote those inputs back.
 */
import type { Cast } from '../cast';
import type { Gen } from '../context';
import { type Frag, type JsonTree, join, phi, type Span, t } from '../fragment';
import { mrnValue, phoneValue, ssn, zipValue } from '../identifiers';
import { systemTimestamp, uuid, version } from '../keep-vocab';
import { person } from '../people';
import { toolCall, toolText } from './mcp';
import { code, org } from './vocab';
import { isoDay, slugOf, typedDate, typedName } from './who';

const FHIR_BASES = [
  'https://fhir.bayfront.example.org/r4',
  'https://api.cedarhollow.example/fhir/R4',
  'http://hapi.local:8080/fhir',
];

const enc = (s: string): string => encodeURIComponent(s);

function patientSearch(g: Gen, c: Cast, mrn: Span): Frag {
  const p = c.pt;
  return g.pick([
    () =>
      t`Patient?family=${phi('name', enc(p.last), 'url')}&given=${phi('name', enc(p.first), 'url')}&birthdate=${isoDay(p.dob)}`,
    () =>
      t`Patient?name=${phi('name', enc(p.first.toLowerCase()), 'url')}%20${phi('name', enc(p.last.toLowerCase()), 'url')}&_count=5`,
    () => t`Patient?identifier=urn:oid:2.16.840.1.113883.3.${g.int(100, 999)}|${mrn}`,
    () => t`Patient?phone=${phi('phone', g.digits(10), 'url')}&address-postalcode=${zipValue(g)}`,
    () =>
      t`Patient?family=${phi('name', enc(p.last), 'url')}&birthdate=ge${isoDay(p.dob)}&address-city=${phi('geo', enc(String(c.addr.city.value)), 'city')}`,
  ])();
}

function fhirTrace(g: Gen, c: Cast): Frag {
  const base = g.pick(FHIR_BASES);
  const mrn = mrnValue(g);
  const lines = [
    t`-> GET ${base}/${patientSearch(g, c, mrn)}`,
    t`<- 200 OK  Bundle/searchset total=${g.int(1, 3)}  ${g.int(80, 900)}ms`,
    t`-> GET ${base}/Observation?subject:Patient.identifier=${mrn}&code=http://loinc.org|${code(g, 'LOINC')}&date=ge${isoDay(c.admit)}&_sort=-date`,
    t`<- 200 OK  Bundle/searchset total=${g.int(0, 12)}`,
  ];
  if (g.chance(0.5))
    lines.push(
      t`-> GET ${base}/Encounter?patient.identifier=${mrn}&date=${isoDay(c.admit)}&service-provider:Organization.name=${org(g)}`,
      t`<- 404 Not Found  OperationOutcome: "no Encounter for ${typedName(g, c.pt)} on ${typedDate(g, c.admit, 'iso')}"`,
    );
  return t`[fhir-mcp ${version(g)}] request_id=${uuid(g)}\n${join(lines, '\n')}\n`;
}

function sql(g: Gen, c: Cast): Frag {
  const last = c.pt.last.replaceAll("'", "''");
  return g.pick([
    () => t`SELECT p.mrn, p.first_name, p.last_name, p.dob, e.admit_dt, e.dx_code
FROM patients p JOIN encounters e ON e.patient_id = p.id
WHERE lower(p.last_name) = '${phi('name', last.toLowerCase(), 'sql')}' AND p.dob = DATE '${isoDay(c.pt.dob)}'
  AND e.dx_code IN ('${code(g, 'ICD-10')}', '${code(g, 'ICD-10')}')
ORDER BY e.admit_dt DESC LIMIT 20;`,
    () => t`UPDATE patient_contacts SET phone = '${phoneValue(g)}', updated_by = '${phi('name', slugOf(c.attending.first[0] ?? 'x') + slugOf(c.attending.last), 'handle')}'
WHERE mrn = '${mrnValue(g)}';`,
    () => t`INSERT INTO appointments (mrn, patient_name, starts_at, provider, location)
VALUES ('${mrnValue(g)}', '${phi('name', `${last}, ${c.pt.first}`, 'sql')}', '${isoDay(c.discharge)} ${g.int(8, 16)}:00', '${phi('name', `${c.consultant.first} ${c.consultant.last}`, 'sql')}', '${org(g)}');`,
    () =>
      t`select * from claims where member_name ilike '%${phi('name', last, 'sql')}%' and service_date between '${isoDay(c.admit)}' and '${isoDay(c.discharge)}';`,
  ])();
}

const sqlArgs = (g: Gen, c: Cast): JsonTree =>
  toolCall(g, g.pick(['postgres.query', 'run_sql', 'warehouse_query', 'snowflake_execute']), {
    sql: sql(g, c),
    database: g.pick(['ehr_replica', 'analytics', 'rcm_prod']),
    read_only: g.chance(0.7),
  });

function psqlRow(g: Gen, p: ReturnType<typeof person>): Frag {
  return t` ${mrnValue(g)} | ${phi('name', p.first, 'first')} | ${phi('name', p.last, 'last')} | ${isoDay(p.dob)} | ${code(g, 'ICD-10')}`;
}

function sqlResult(g: Gen, c: Cast): Frag {
  const rows = [psqlRow(g, c.pt), ...Array.from({ length: g.int(1, 3) }, () => psqlRow(g, person(g)))];
  return t`   mrn    | first_name | last_name |    dob     | dx_code
----------+------------+-----------+------------+---------
${join(rows, '\n')}
(${rows.length} rows)
`;
}

const sqlResultFrame = (g: Gen, c: Cast): JsonTree => toolText(g, sqlResult(g, c));

function graphql(g: Gen, c: Cast): JsonTree {
  const literal = g.chance(0.5);
  const query = literal
    ? t`query { patients(filter: {lastName: "${phi('name', c.pt.last, 'gql')}", birthDate: "${isoDay(c.pt.dob)}"}) { id mrn name { given family } telecom { value } encounters(last: 3) { start reasonCode } } }`
    : 'query Find($name: String!, $dob: Date!, $zip: String) { patients(filter: {name: $name, birthDate: $dob, postalCode: $zip}) { id mrn } }';
  return toolCall(g, 'graphql', {
    endpoint: 'https://gateway.example-health.com/graphql',
    query,
    variables: literal
      ? { first: 5 }
      : { name: typedName(g, c.pt), dob: typedDate(g, c.pt.dob, 'iso'), zip: c.addr.zip },
    operationName: literal ? undefined : 'Find',
  });
}

function errorText(g: Gen, c: Cast): Frag {
  return g.pick([
    () =>
      t`ValidationError: 'birthDate' must be YYYY-MM-DD, got '${typedDate(g, c.pt.dob, 'us_2digit')}' (patient "${typedName(g, c.pt)}")`,
    () =>
      t`No patient matched {"name":"${typedName(g, c.pt)}","dob":"${typedDate(g, c.pt.dob)}","zip":"${c.addr.zip}"} at ${org(g)}. Try the MRN.`,
    () =>
      t`409 Conflict: appointment for MRN ${mrnValue(g)} on ${isoDay(c.discharge)} already exists (booked by ${phi('name', `${c.attending.first} ${c.attending.last}`, 'full')})`,
    () =>
      t`PermissionDenied: user ${phi('email', `${slugOf(c.attending.first)}.${slugOf(c.attending.last)}@bayfront.example.org`)} may not read ${typedName(g, c.pt)} (break-the-glass required) at ${systemTimestamp(g)}`,
    () =>
      t`psql: ERROR:  invalid input syntax for type date: "${typedDate(g, c.pt.dob, 'lower_month')}"\nLINE 3: WHERE last_name = '${phi('name', c.pt.last, 'sql')}' AND dob = ...`,
    () => t`Refusing to write identifiers to a log: input contained ${ssn(g)}`,
  ])();
}

const toolError = (g: Gen, c: Cast): JsonTree => toolText(g, errorText(g, c), true);

export const QUERY_TEXT_DOCS = {
  'blind19-fhir-trace': fhirTrace,
};

export const QUERY_JSON_DOCS = {
  'blind19-sql-args': sqlArgs,
  'blind19-sql-result': sqlResultFrame,
  'blind19-graphql-args': graphql,
  'blind19-tool-error': toolError,
};
