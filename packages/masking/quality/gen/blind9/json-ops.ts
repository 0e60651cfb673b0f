/** Operations JSON of blind split 9: search hits, OTLP spans, cloud audit records, pod logs, HAR. */
import type { Gen } from '../context';
import { type JsonTree, jsonText, phi, type Span, t } from '../fragment';
import { anySsnForm, biometric, email, ip, ipv4, mrn, phone, photo, ssn } from './ids';
import { ageOf, nm, slug, upper, who } from './people';
import { place, street, town, zip } from './places';
import { analyte, code, eponym, hospital, icd, lab, reading, uuid, ver, version, year } from './vocab';
import { day, pdate, plusSeconds, stamp } from './when';

/** A search engine's answer: hits with their source documents and highlighted fragments. */
export function searchHits(g: Gen): JsonTree {
  const at = day(g);
  const hits: JsonTree[] = [];
  for (let i = g.int(1, 3); i > 0; i--) {
    const p = who(g);
    const visit = day(g);
    const x = analyte(g);
    const hl = g.pick(['<em>', '<mark>']);
    const close = hl.replace('<', '</');
    hits.push({
      _index: t`encounters-${year(at.getUTCFullYear())}.${String(at.getUTCMonth() + 1).padStart(2, '0')}`,
      _id: g.f.string.alphanumeric(20),
      _score: Number((g.int(100, 2000) / 100).toFixed(2)),
      _source: {
        patient_name: nm(`${p.last}, ${p.first}`, 'last_first'),
        mrn: mrn(g),
        birth_date: pdate(g, p.dob, 'iso'),
        age: ageOf(p),
        visit_date: pdate(g, visit, 'iso'),
        facility: hospital(g),
        dx_codes: [icd(g), icd(g)],
        note_text: t`${g.pick(['Seen for', 'F/u', 'ED visit:'])} ${eponym(g)}. ${x.name} ${lab(reading(g, x))} ${x.unit}. ${g.pick(['Wife', 'Son', 'Neighbor'])} ${nm(who(g).first)} at bedside.`,
        indexed_at: stamp(g, plusSeconds(at, i), 'iso'),
      },
      highlight: {
        note_text: [
          t`... ${g.pick(['spoke with', 'called', 'met'])} ${hl}${nm(p.last)}${close} re: ${code(x.loinc)} ...`,
        ],
        'patient_name.keyword': [t`${hl}${nm(`${p.last}, ${p.first}`, 'last_first')}${close}`],
      },
    });
  }
  return {
    took: g.int(2, 90),
    timed_out: false,
    _shards: { total: 5, successful: 5, skipped: 0, failed: 0 },
    hits: { total: { value: hits.length, relation: 'eq' }, max_score: 9.1, hits },
  };
}

const attr = (key: string, value: JsonTree): JsonTree => ({ key, value: { stringValue: value } });

/** OTLP/JSON spans whose attributes carry a URL with a query string and a SQL statement. */
export function otlpSpans(g: Gen): JsonTree {
  const p = who(g);
  const at = day(g);
  const id = mrn(g);
  const start = stamp(g, at, 'epoch_ns');
  const end = String(BigInt(start.value) + BigInt(g.int(2_000_000, 900_000_000)));
  const query = g.pick([
    () =>
      t`family=${nm(encodeURIComponent(p.last), 'url')}&given=${nm(encodeURIComponent(p.first), 'url')}&birthdate=${pdate(g, p.dob, 'iso')}`,
    () => t`identifier=urn:mrn|${id}&_count=10`,
    () => t`email=${email(g, p)}&phone=${phone(g)}`,
  ])();
  const sql = g.pick([
    () =>
      t`SELECT pt_id, mrn FROM pt_demog WHERE nm_lst = '${nm(p.last.replace(/'/g, "''"))}' AND brth_dt = '${pdate(g, p.dob, 'iso')}'`,
    () => t`UPDATE pt_demog SET ssn_txt = '${ssn(g, 'none')}' WHERE mrn_txt = '${mrn(g)}'`,
    () => t`SELECT * FROM encounter WHERE pt_id = $1 AND adm_dt > $2`,
  ])();
  return {
    resourceSpans: [
      {
        resource: {
          attributes: [
            attr('service.name', 'patient-search'),
            attr('service.version', ver(g)),
            attr('telemetry.sdk.version', version(`1.${g.int(20, 30)}.0`)),
          ],
        },
        scopeSpans: [
          {
            scope: { name: '@opentelemetry/instrumentation-http', version: ver(g) },
            spans: [
              {
                traceId: g.f.string.hexadecimal({ length: 32, casing: 'lower', prefix: '' }),
                spanId: g.f.string.hexadecimal({ length: 16, casing: 'lower', prefix: '' }),
                name: 'GET /fhir/Patient',
                kind: 2,
                startTimeUnixNano: start,
                endTimeUnixNano: end,
                attributes: [
                  attr('http.url', t`https://api.harborridge.example/fhir/Patient?${query}`),
                  attr('http.client_ip', ip(g)),
                  attr('enduser.id', g.chance(0.5) ? email(g, p) : 'svc-intake'),
                  attr('db.statement', sql),
                ],
                status: { code: g.pick([1, 2]) },
              },
            ],
          },
        ],
      },
    ],
  };
}

/** A cloud audit trail record of an object read whose key names the patient. */
export function cloudAuditRecord(g: Gen): JsonTree {
  const p = who(g);
  const at = day(g);
  const key = g.pick([
    () =>
      t`intake/${year(at.getUTCFullYear())}/${nm(slug(p.last), 'file')}_${nm(slug(p.first), 'file')}_dob${pdate(g, p.dob, 'compact')}_consent.pdf`,
    () => t`photos/${mrn(g)}/${photo(g)}`,
    () => t`biometrics/palm/${biometric(g)}.tpl`,
    () =>
      t`exports/${nm(upper(p.last), 'file')}-${nm(upper(p.first), 'file')}-${pdate(g, day(g), 'iso')}-discharge.pdf`,
  ])();
  return {
    eventVersion: version('1.09'),
    userIdentity: {
      type: 'AssumedRole',
      principalId: `AROA${g.letters(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}:${g.pick(['intake-lambda', 'portal-api'])}`,
      accountId: g.digits(12),
    },
    eventTime: stamp(g, at, 'isoz'),
    eventSource: 's3.amazonaws.com',
    eventName: g.pick(['GetObject', 'PutObject', 'CopyObject']),
    awsRegion: 'us-east-2',
    sourceIPAddress: g.chance(0.6) ? ipv4(g) : 'lambda.amazonaws.com',
    userAgent: t`[aws-sdk-js/${ver(g)}]`,
    requestParameters: {
      bucketName: 'kv-phi-docs-prod',
      key,
      'x-amz-meta-patient': g.chance(0.4) ? nm(`${p.first} ${p.last}`) : undefined,
    },
    requestID: g.letters(16, '0123456789ABCDEF'),
    eventID: uuid(g),
    readOnly: true,
    eventType: 'AwsApiCall',
    recipientAccountId: g.digits(12),
  };
}

/** A pod log line shipped by a log collector: the application's message quotes a patient. */
export function podLogRecord(g: Gen): JsonTree {
  const p = who(g);
  const a = place(g);
  const at = day(g);
  const log = g.pick([
    () =>
      t`${stamp(g, at, 'sql')}.${g.digits(3)} WARN  [intake-worker] Duplicate candidate: name='${nm(upper(`${p.last}, ${p.first}`), 'upper_last_first')}' dob=${pdate(g, p.dob, 'iso')} mrn=${mrn(g)} score=0.${g.int(80, 99)}`,
    () =>
      t`${stamp(g, at, 'isoz')} ERROR address validation failed for "${street(a)}, ${town(a)}, ${a.state} ${zip(a)}": ZIP not in service area`,
    () =>
      t`level=info msg="palm vein match" template=${biometric(g)} patient=${nm(`${p.first} ${p.last}`)} age=${ageOf(p)}`,
    () =>
      t`${stamp(g, at, 'iso')} DEBUG sms queued to ${phone(g)} for ${nm(p.first)}: "Your visit on ${pdate(g, day(g), ['us', 'mon_dy'])} is confirmed"`,
    () =>
      t`${stamp(g, at, 'iso')} INFO  eligibility 271 parsed: SSN ${ssn(g, anySsnForm(g))} -> member found`,
  ])();
  return {
    '@timestamp': stamp(g, plusSeconds(at, 1), 'iso'),
    stream: g.pick(['stdout', 'stderr']),
    log,
    kubernetes: {
      pod_name: `intake-worker-${g.f.string.alphanumeric({ length: 10, casing: 'lower' })}-${g.f.string.alphanumeric({ length: 5, casing: 'lower' })}`,
      namespace_name: 'intake',
      pod_id: uuid(g),
      host: `ip-10-${g.int(0, 255)}-${g.int(0, 255)}-${g.int(1, 254)}.ec2.internal`,
      container_image: t`registry.example/intake-worker:${ver(g)}`,
      labels: {
        app: 'intake-worker',
        'pod-template-hash': g.f.string.alphanumeric({ length: 10, casing: 'lower' }),
      },
    },
  };
}

/** A browser HAR entry: query string pairs, cookies, and JSON request and response bodies. */
export function harEntry(g: Gen): JsonTree {
  const p = who(g);
  const a = place(g);
  const at = day(g);
  const id = mrn(g);
  const body: JsonTree = {
    firstName: nm(p.first),
    lastName: nm(p.last),
    dateOfBirth: pdate(g, p.dob, ['us', 'iso']),
    phone: phone(g),
    email: email(g, p),
    address: { line1: street(a), city: town(a), state: a.state, zip: zip(a) },
  };
  const answer: JsonTree = {
    patientId: again(id),
    matched: true,
    portalUser: email(g, p),
    lastVisit: pdate(g, day(g), 'iso'),
    requestId: uuid(g),
  };
  return {
    log: {
      version: '1.2',
      creator: { name: 'WebInspector', version: version('537.36') },
      entries: [
        {
          startedDateTime: stamp(g, at, 'iso'),
          time: g.int(40, 900),
          request: {
            method: 'POST',
            url: t`https://portal.harborridge.example/api/v2/patients/match?mrn=${id}`,
            httpVersion: 'HTTP/2',
            headers: [
              { name: 'content-type', value: 'application/json' },
              { name: 'x-request-id', value: uuid(g) },
            ],
            queryString: [{ name: 'mrn', value: again(id) }],
            cookies: [
              { name: 'hr_session', value: g.f.string.alphanumeric(32) },
              { name: 'last_patient', value: t`${nm(`${p.first}|${p.last}`, 'cookie')}` },
            ],
            postData: { mimeType: 'application/json', text: jsonText(body) },
          },
          response: {
            status: 200,
            content: { mimeType: 'application/json', text: jsonText(answer, g.chance(0.3) ? 2 : 0) },
          },
          serverIPAddress: `10.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}`,
        },
      ],
    },
  };
}

/** The same record number written again elsewhere in the document. */
const again = (id: Span): Span => phi('mrn', id.value);
