/** MCP requests of blind split 7 as the wire carries them: JSON-RPC text, arguments naming patients. */
import type { Gen } from '../context';
import { type Frag, jsonText, t } from '../fragment';
import { age, ageOf, date, isoDateTime, serviceDay, systemTimestamp } from './dates';
import { email, healthPlan, ipv4, mrn, npi, patientUrl, phone, plate, ssn, vin } from './ids';
import { family, fullName, given } from './names';
import { clinician, person } from './people';
import { address } from './places';
import { code, drugDose, labResult, org, uuid, version } from './vocab';

export function mcpToolsCall(g: Gen): Frag {
  const p = person(g);
  const a = address(g);
  const tool = g.pick([
    'schedule_visit',
    'search_patients',
    'send_referral',
    'register_parking',
    'update_contact',
  ] as const);
  const args =
    tool === 'schedule_visit'
      ? {
          patient: { name: fullName(p), dob: date(p.dob, 'iso'), mrn: mrn(g) },
          when: isoDateTime(g, serviceDay(g)),
          provider_npi: npi(g),
          reason: code(g, 'cpt'),
          notes: t`Bring ${drugDose(g)} bottle; daughter ${fullName(person(g, false), false)} will attend`,
        }
      : tool === 'search_patients'
        ? {
            query: t`${family(p)} ${given(p)}`,
            filters: { birthDate: date(p.dob, 'us'), postalCode: a.zip, city: a.city },
            limit: g.int(5, 50),
          }
        : tool === 'send_referral'
          ? {
              to: org(g),
              patient: { display: fullName(p), ssn: ssn(g), memberId: healthPlan(g), age: age(ageOf(p.dob)) },
              attachments: [patientUrl(g, String(g.int(1000, 99999)))],
              summary: t`Last ${labResult(g)}; ${code(g, 'icd10')}`,
            }
          : tool === 'register_parking'
            ? {
                holder: fullName(p),
                vehicle: { vin: vin(g), plate: plate(g) },
                valid_from: date(serviceDay(g), 'iso'),
                address: t`${a.street}, ${a.city}`,
              }
            : {
                mrn: mrn(g),
                phone: phone(g),
                email: email(g, p),
                address: {
                  street: a.street,
                  unit: a.unit ?? null,
                  city: a.city,
                  county: a.county,
                  state: a.state,
                  zip: a.zip,
                },
              };
  const message = {
    jsonrpc: '2.0',
    id: g.pick([g.int(1, 900), uuid(g).value]),
    method: 'tools/call',
    params: {
      name: tool,
      arguments: args,
      _meta: {
        progressToken: uuid(g),
        client: { name: 'triage-desk', version: version(g) },
        sentAt: systemTimestamp(g),
        origin: ipv4(g),
        by: email(g, clinician(g)),
      },
    },
  };
  return jsonText(message, g.pick([0, 2]));
}
