/**
 * A stored audit event as a FHIR R4 AuditEvent, following the IHE Basic Audit Log Patterns
 * (BALP): one AuditEvent per MCP frame or session event, the caller as the requesting agent,
 * the gateway as the observer, the session and tool as entities. Only redacted values appear.
 */
import type { StoredEvent } from '@proctor/audit-store';
import { isoMicros } from './formats';

const DCM = 'http://dicom.nema.org/resources/ontology/DCM';
const AUDIT_TYPE = 'http://terminology.hl7.org/CodeSystem/audit-event-type';
const PROCTOR = 'https://proctor.dev/fhir/CodeSystem/mcp';

export function toFhirAuditEvent(event: StoredEvent): Record<string, unknown> {
  const failed = event.kind === 'error' || event.type === 'auth_failure' || event.quarantined;
  const subtype = event.method !== '' ? event.method : event.type;
  return {
    resourceType: 'AuditEvent',
    id: event.eventId,
    meta: { profile: ['https://profiles.ihe.net/ITI/BALP/StructureDefinition/IHE.BasicAudit.Query'] },
    type: { system: AUDIT_TYPE, code: 'rest', display: 'RESTful Operation' },
    subtype: [{ system: PROCTOR, code: subtype, display: `MCP ${subtype}` }],
    action: actionOf(event),
    recorded: isoMicros(event.time),
    outcome: failed ? '8' : '0',
    ...(failed && {
      outcomeDesc: event.quarantined ? 'payload quarantined by masking' : `MCP ${event.kind || event.type}`,
    }),
    agent: [
      {
        type: { coding: [{ system: DCM, code: '110153', display: 'Source Role ID' }] },
        who: { identifier: { system: event.issuer, value: event.subject } },
        requestor: true,
        ...(event.sourceIp !== '' && { network: { address: event.sourceIp, type: '2' } }),
        ...(event.groups.length > 0 && { role: event.groups.map((g) => ({ text: g })) }),
      },
      {
        type: { coding: [{ system: DCM, code: '110152', display: 'Destination Role ID' }] },
        who: { display: `MCP connection ${event.connection}` },
        requestor: false,
      },
    ],
    source: {
      site: event.tenant,
      observer: { display: `Proctor gateway ${event.gatewayId}` },
      type: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/security-source-type',
          code: '4',
          display: 'Application Server',
        },
      ],
    },
    entity: [
      {
        what: { identifier: { system: `${PROCTOR}/session`, value: event.sessionId } },
        type: {
          system: 'http://terminology.hl7.org/CodeSystem/audit-entity-type',
          code: '2',
          display: 'System Object',
        },
        detail: [
          { type: 'seq', valueString: String(event.seq) },
          { type: 'era', valueString: event.era },
          ...(event.traceId !== '' ? [{ type: 'traceId', valueString: event.traceId }] : []),
          ...(event.direction !== '' ? [{ type: 'direction', valueString: event.direction }] : []),
          ...(event.maskedCount > 0 ? [{ type: 'maskedCount', valueString: String(event.maskedCount) }] : []),
          { type: 'hash', valueString: event.hash },
        ],
      },
      ...(event.toolName !== ''
        ? [
            {
              what: { display: `tool ${event.toolName}` },
              type: { system: 'http://terminology.hl7.org/CodeSystem/audit-entity-type', code: '2' },
            },
          ]
        : []),
    ],
  };
}

/** C create, R read, U update, D delete, E execute: MCP calls execute, reads read. */
function actionOf(event: StoredEvent): 'C' | 'R' | 'U' | 'D' | 'E' {
  if (
    event.method.startsWith('resources/read') ||
    event.method.endsWith('/list') ||
    event.method === 'prompts/get'
  )
    return 'R';
  return 'E';
}
