import type { AuditEvent, FrameBody } from '@proctor/events';
import { bodyCopy, eventWith, OMITTED_PAYLOAD } from '@proctor/events';
import { type CompiledPolicy, type PolicyRequest, recordModeOf } from '@proctor/policy';

/**
 * Applies the policy's `record` rules to what the log keeps. A frame whose request a
 * `record: metadata` rule matches is kept without its payload: who, when, which connection,
 * method, tool, resource, id and size stay; the JSON text and its digest do not (a plain
 * digest of a short value could be reversed by trying every value). Everything else — session
 * starts and ends, decisions, approvals — is kept whole.
 *
 * Runs where events are encoded, so the request frame (recorded before the policy stage
 * decides) and its response (labelled with the request's method and tool) get the same mode.
 * Argument rules are evaluated on the request frame's own arguments; a response has none,
 * so a rule that reads arguments applies to requests only.
 */
export function recordingEncoder(
  current: () => CompiledPolicy,
  encode: (event: AuditEvent) => Buffer,
): (event: AuditEvent) => Buffer {
  return (event) => {
    if (event.type !== 'frame' || event.body.payloadEncoding === OMITTED_PAYLOAD) return encode(event);
    const policy = current();
    if (policy.recordRules.length === 0) return encode(event);
    const { record } = recordModeOf(policy, requestOf(event, policy));
    if (record === 'full') return encode(event);
    return encode(eventWith(event, metadataOnly(event)));
  };
}

/** The frame's body without its payload: a copy with every field written, then emptied. */
function metadataOnly(event: Extract<AuditEvent, { type: 'frame' }>): FrameBody {
  const body = bodyCopy(event);
  body.payload = EMPTY;
  body.payloadEncoding = OMITTED_PAYLOAD;
  body.sha256 = '';
  body.digestAlg = 'sha256';
  body.encryption = null;
  return body;
}

const EMPTY = Buffer.alloc(0);

function requestOf(event: Extract<AuditEvent, { type: 'frame' }>, policy: CompiledPolicy): PolicyRequest {
  const { body } = event;
  return {
    identity: event.identity,
    connection: event.connection,
    method: body.method ?? '',
    toolName: body.toolName,
    resourceUri: body.resourceUri ?? null,
    promptName: body.promptName ?? null,
    arguments: body.kind === 'request' && readsArguments(policy) ? argumentsOf(body) : null,
    era: event.era ?? null,
  };
}

function readsArguments(policy: CompiledPolicy): boolean {
  return policy.recordRules.some((r) => r.readsArguments);
}

function argumentsOf(body: FrameBody): Record<string, unknown> | null {
  if (body.payloadEncoding !== 'json') return null;
  try {
    const message = JSON.parse(body.payload.toString('utf8')) as { params?: { arguments?: unknown } };
    const args = message.params?.arguments;
    return typeof args === 'object' && args !== null && !Array.isArray(args)
      ? (args as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}
