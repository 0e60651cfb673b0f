/**
 * The SIEM's JSON view of a redacted event: OCSF API Activity (class 6003), with the MCP
 * fields under the names the OpenTelemetry MCP semantic conventions give them. Built from
 * the stored row, so it carries exactly what the audit store holds: masked values only.
 */
import type { ChainedEvent } from '@proctor/integrity';

const API_ACTIVITY = 6003;
const APPLICATION_ACTIVITY = 6;
const READ = 2;
const OTHER = 99;

/** MCP methods that only read (OCSF activity Read); every other event is Other. */
function activityOf(method: string): { id: number; name: string } {
  if (method === 'resources/read' || method === 'prompts/get' || method.endsWith('/list')) {
    return { id: READ, name: 'Read' };
  }
  return { id: OTHER, name: 'Other' };
}

function failed(row: ChainedEvent): boolean {
  if (row.kind === 'error') return true;
  if (row.type === 'auth_failure') return true;
  if (row.type === 'policy_decision') return /"decision":"block"/.test(row.detail);
  return false;
}

export function toOcsfApiActivity(row: ChainedEvent): Record<string, unknown> {
  const activity = activityOf(row.method);
  const failure = failed(row);
  const otel: Record<string, string | number> = {
    'mcp.session.id': row.sessionId,
    'proctor.event.type': row.type,
    'proctor.event.seq': row.seq,
  };
  if (row.method !== '') otel['mcp.method.name'] = row.method;
  if (row.toolName !== '') otel['gen_ai.tool.name'] = row.toolName;
  if (row.jsonrpcId !== '') otel['jsonrpc.request.id'] = row.jsonrpcId;
  if (row.resourceUri !== '') otel['mcp.resource.uri'] = row.resourceUri;
  if (row.promptName !== '') otel['gen_ai.prompt.name'] = row.promptName;
  if (row.protocolVersion !== '') otel['mcp.protocol.version'] = row.protocolVersion;
  if (row.direction !== '') otel['proctor.frame.direction'] = row.direction;
  if (row.kind !== '') otel['proctor.frame.kind'] = row.kind;
  if (row.maskedCount > 0) otel['proctor.masked.count'] = row.maskedCount;
  return {
    class_uid: API_ACTIVITY,
    class_name: 'API Activity',
    category_uid: APPLICATION_ACTIVITY,
    category_name: 'Application Activity',
    activity_id: activity.id,
    activity_name: activity.name,
    type_uid: API_ACTIVITY * 100 + activity.id,
    severity_id: failure ? 3 : 1,
    status_id: failure ? 2 : 1,
    status: failure ? 'Failure' : 'Success',
    time: Math.floor(row.time / 1000),
    metadata: {
      version: '1.3.0',
      uid: row.eventId,
      correlation_uid: row.sessionId,
      sequence: row.seq,
      product: { name: 'Proctor', vendor_name: 'Proctor' },
      tenant_uid: row.tenant,
    },
    actor: {
      user: { uid: row.subject, groups: row.groups.map((name) => ({ name })) },
      session: { uid: row.sessionId },
      idp: { name: row.issuer },
    },
    src_endpoint: row.sourceIp === '' ? {} : { ip: row.sourceIp },
    http_request: row.userAgent === '' ? {} : { user_agent: row.userAgent },
    api: {
      operation: row.method === '' ? row.type : row.method,
      service: { name: row.connection },
      ...(row.jsonrpcId !== '' && { request: { uid: row.jsonrpcId } }),
    },
    unmapped: otel,
  };
}
