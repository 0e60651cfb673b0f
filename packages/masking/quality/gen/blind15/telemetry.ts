/**
 * Telemetry and imaging metadata of blind split 15: OTLP/JSON spans and log records whose
 * attributes quote requests, and DICOM JSON (PS3.18) QIDO-RS results keyed by tag. Span and
 * log times (unix nanoseconds as strings) are system timestamps; StudyDate is PHI; the
 * scanner's DeviceSerialNumber is a device identifier (PS3.15 removes it), its model a keep
 * string. SYNTHETIC DATA ONLY.
 */
import type { Gen } from '../context';
import { type JsonTree, jsonText, keep, phi, t } from '../fragment';
import { accession, clientIp, deviceSerial, email, mrn, npi, phone } from './ids';
import { hospital, pad3, SCANNERS, sysTime, uuid, version } from './keeps';
import { toolResult } from './mcp';
import { addr, caps, dt, familyOnly, full, lower, patient, staff, visit, type Who } from './who';

const hex = (g: Gen, n: number): string => g.f.string.hexadecimal({ length: n, casing: 'lower', prefix: '' });
const attr = (key: string, value: JsonTree): JsonTree => ({ key, value: { stringValue: value } });

/** OTLP/JSON resourceSpans from an EHR API: URLs with query strings, SQL, the end user. */
export function otelSpans(g: Gen): JsonTree {
  const p = patient(g);
  const user = staff(g);
  const d = visit(g);
  const trace = hex(g, 32);
  const spans = [
    {
      traceId: trace,
      spanId: hex(g, 16),
      name: 'GET /api/v2/patients/search',
      kind: 2,
      startTimeUnixNano: sysTime(g, 'epochNs'),
      endTimeUnixNano: sysTime(g, 'epochNs'),
      attributes: [
        attr('http.request.method', 'GET'),
        attr(
          'url.full',
          t`https://ehr-api.internal.example/api/v2/patients/search?last=${familyOnly(p)}&dob=${dt(p.dob, 'iso')}&mrn=${mrn(g)}`,
        ),
        attr('client.address', clientIp(g)),
        attr('enduser.id', email(g, user)),
        attr('user_agent.original', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/124.0'),
      ],
      status: { code: 1 },
    },
    {
      traceId: trace,
      spanId: hex(g, 16),
      name: 'SELECT ehr.patients',
      kind: 3,
      startTimeUnixNano: sysTime(g, 'epochNs'),
      endTimeUnixNano: sysTime(g, 'epochNs'),
      attributes: [
        attr('db.system', 'postgresql'),
        attr(
          'db.statement',
          t`SELECT * FROM patients WHERE upper(pt_ln) = '${phi('name', p.family.toUpperCase(), 'caps')}' AND dob = '${dt(p.dob, 'iso')}' AND home_ph = '${phone(g)}'`,
        ),
        attr('db.response.rows', String(g.int(0, 3))),
      ],
      events: [
        {
          timeUnixNano: sysTime(g, 'epochNs'),
          name: 'exception',
          attributes: [attr('exception.message', t`no match for ${caps(p)} seen ${dt(d, 'us')}`)],
        },
      ],
      status: { code: 2 },
    },
  ];
  return toolResult([
    jsonText({
      resourceSpans: [
        {
          resource: {
            attributes: [
              attr('service.name', 'ehr-api'),
              attr('service.version', version(g, ['1.42.0', '2.3.1', '3.0.0-rc.2'])),
              attr('telemetry.sdk.version', version(g, ['1.24.0', '1.26.0'])),
            ],
          },
          scopeSpans: [
            {
              scope: {
                name: '@opentelemetry/instrumentation-http',
                version: version(g, ['0.51.1', '0.52.0']),
              },
              spans,
            },
          ],
        },
      ],
    }),
  ]);
}

/** OTLP log records of a scheduling worker, as a tool that tails logs returns them. */
export function otelLogs(g: Gen): JsonTree {
  const p = patient(g);
  const doc = staff(g);
  const a = addr(g);
  const d = visit(g);
  const rec = (sev: string, body: JsonTree, extra: JsonTree[] = []): JsonTree => ({
    timeUnixNano: sysTime(g, 'epochNs'),
    observedTimeUnixNano: sysTime(g, 'epochNs'),
    severityText: sev,
    body: { stringValue: body },
    attributes: [attr('request.id', uuid(g)), ...extra],
  });
  const logRecords = [
    rec(
      'INFO',
      t`reminder queued for ${lower(p)} -> sms:${phone(g)} appt ${dt(d, 'iso')} w/ Dr. ${familyOnly(doc)}`,
    ),
    rec(
      'WARN',
      t`address normalisation failed: "${phi('street_address', `${a.number} ${a.street.toUpperCase()}`)}, ${phi('geo', a.town.toUpperCase())}" (zip ${phi('zip', a.zip, 'zip5')})`,
    ),
    rec('ERROR', t`NPI ${npi(g)} not enrolled with payer for ${full(p)}`, [
      attr('code.function', 'checkEnrollment'),
    ]),
  ];
  return toolResult(
    [
      jsonText(
        {
          resourceLogs: [
            {
              resource: { attributes: [attr('service.name', 'reminder-worker')] },
              scopeLogs: [{ logRecords }],
            },
          ],
        },
        2,
      ),
    ],
    { count: logRecords.length },
  );
}

function pn(p: Who): JsonTree {
  return [
    {
      Alphabetic: t`${phi('name', p.family.toUpperCase(), 'dicom')}^${phi('name', p.given.toUpperCase(), 'dicom')}`,
    },
  ];
}

/** DICOM JSON study results of a QIDO-RS search, keyed by tag. */
export function dicomQido(g: Gen): JsonTree {
  const studies = [0, 1].map(() => {
    const p = patient(g);
    const ref = staff(g);
    const d = visit(g);
    const [modality, maker, model] = g.pick(SCANNERS);
    const a = addr(g);
    const age = p.age > 89 ? phi('age', pad3(p.age), 'dicom') : keep('age_under_90', pad3(p.age), 'dicom');
    return {
      '00080020': { vr: 'DA', Value: [dt(d, 'hl7')] },
      '00080030': { vr: 'TM', Value: [`${g.int(10, 23)}${g.int(10, 59)}00`] },
      '00080050': { vr: 'SH', Value: [accession(g)] },
      '00080060': { vr: 'CS', Value: [modality] },
      '00080070': { vr: 'LO', Value: [maker] },
      '00080080': { vr: 'LO', Value: [hospital(g)] },
      '00080090': { vr: 'PN', Value: pn(ref) },
      '00081090': { vr: 'LO', Value: [keep('device_name', model)] },
      '00100010': { vr: 'PN', Value: pn(p) },
      '00100020': { vr: 'LO', Value: [mrn(g)] },
      '00100030': { vr: 'DA', Value: [dt(p.dob, 'hl7')] },
      '00100040': { vr: 'CS', Value: [p.sex] },
      '00101010': { vr: 'AS', Value: [t`${age}Y`] },
      '00101040': {
        vr: 'LO',
        Value: [t`${phi('street_address', `${a.number} ${a.street}`)}^${phi('geo', a.town)}^${a.state}`],
      },
      '00102154': { vr: 'SH', Value: [phone(g)] },
      '00181000': { vr: 'LO', Value: [deviceSerial(g)] },
      '00181020': { vr: 'LO', Value: [version(g, ['VA50A', 'syngo MR XA51', '5.0.12.1', 'R9.2.1'])] },
      '0020000D': {
        vr: 'UI',
        Value: [`1.2.840.113619.2.${g.int(100, 999)}.${g.digits(6)}.${g.digits(10)}.${g.int(1, 999)}`],
      },
      '00321032': {
        vr: 'PN',
        Value: [
          { Alphabetic: t`${phi('name', ref.family, 'dicom')}^${phi('name', ref.given, 'dicom')}^^Dr` },
        ],
      },
      '00081030': {
        vr: 'LO',
        Value: [
          t`${g.pick(['CT HEAD WO', 'MRI BRAIN W/WO', 'US ABD COMPLETE', 'MAMMO SCREEN'])} req ${sysTime(g)}`,
        ],
      },
    };
  });
  return toolResult([jsonText(studies, g.pick([0, 2]))], { studies, source: `dicomweb ${uuid(g).value}` });
}

export const TELEMETRY_TEMPLATES = { otelSpans, otelLogs, dicomQido };
