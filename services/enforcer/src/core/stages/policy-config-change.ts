import { randomUUID } from 'node:crypto';
import type { Identity } from '@proctor/events';
import type { PolicyChange } from '@proctor/policy';
import type { AuditEmitter } from '../audit-emitter';

/** The gateway itself, as the actor of events no caller caused. */
export const GATEWAY_IDENTITY: Identity = Object.freeze({
  subject: 'proctor-gateway',
  issuer: 'urn:proctor:gateway',
  groups: [],
  ci: null,
  authMethod: 'gateway',
});

/** Records a policy load or reload — accepted or refused — as a config_change event of its own. */
export async function recordPolicyChange(emitter: AuditEmitter, change: PolicyChange): Promise<void> {
  const subjectId = `config-change-${randomUUID()}`;
  await emitter.emit(
    {
      sessionId: subjectId,
      identity: GATEWAY_IDENTITY,
      sourceIp: null,
      userAgent: null,
      connection: '',
      era: null,
      protocolVersion: null,
      traceId: null,
      seqs: emitter.localSeqs,
    },
    [
      {
        type: 'config_change',
        body: { component: 'policy', hash: change.hash, accepted: change.accepted, error: change.error },
      },
    ],
  );
  emitter.localSeqs.forget(subjectId);
}
