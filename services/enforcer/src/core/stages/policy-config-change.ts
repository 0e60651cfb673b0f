import { randomUUID } from 'node:crypto';
import type { Identity } from '@proctor/events';
import type { PolicyChange } from '@proctor/policy';
import type { AuditEmitter, EventContent } from '../audit-emitter';

/** The gateway itself, as the actor of events no caller caused. */
export const GATEWAY_IDENTITY: Identity = Object.freeze({
  subject: 'proctor-gateway',
  issuer: 'urn:proctor:gateway',
  groups: [],
  ci: null,
  authMethod: 'gateway',
});

/**
 * Emits events that belong to no client session (a policy change, an issued credential) as a
 * subject of their own, with its own gap-free sequence starting at 0.
 */
export async function emitStandalone(
  emitter: AuditEmitter,
  subject: { sessionId: string; identity: Identity; connection: string },
  contents: EventContent[],
): Promise<void> {
  await emitter.emit(
    {
      ...subject,
      sourceIp: null,
      userAgent: null,
      era: null,
      protocolVersion: null,
      traceId: null,
      seqs: emitter.localSeqs,
    },
    contents,
  );
  emitter.localSeqs.forget(subject.sessionId);
}

/** Records a policy load or reload — accepted or refused — as a config_change event of its own. */
export function recordPolicyChange(emitter: AuditEmitter, change: PolicyChange): Promise<void> {
  return emitStandalone(
    emitter,
    { sessionId: `config-change-${randomUUID()}`, identity: GATEWAY_IDENTITY, connection: '' },
    [
      {
        type: 'config_change',
        body: { component: 'policy', hash: change.hash, accepted: change.accepted, error: change.error },
      },
    ],
  );
}
