/**
 * A gateway assembled as the runtime assembles it (openEnforcerSecurity: policy, sealing,
 * upstream credentials), writing its events to an in-memory log the test reads back.
 */
import type { ProctorConfig } from '@proctor/config';
import { buildEnforcerApp, type EnforcerApp } from '@proctor/enforcer';
import { newEventId, nowMicros } from '@proctor/events';
import { cacheVerifiedTokens, createTokenVerifier } from '@proctor/identity';
import { silentLogger } from '@proctor/logger';
import type { ApprovalDecisionSource } from '@proctor/policy';
import type { MemoryEventLog } from '../../services/enforcer/src/testing';
import { openEnforcerSecurity } from '../../src/runtime/enforcer-security';

export interface SecuredGateway {
  enforcer: EnforcerApp;
  /** The listening base URL: connections are at `${base}/mcp/<name>`. */
  base: string;
  close(): Promise<void>;
}

export async function startSecuredGateway(
  config: ProctorConfig,
  log: MemoryEventLog,
  options: { env?: Record<string, string>; approvals?: ApprovalDecisionSource } = {},
): Promise<SecuredGateway> {
  const security = await openEnforcerSecurity(config, silentLogger(), options.env ?? {}, options.approvals);
  const enforcer = buildEnforcerApp({
    config,
    eventLog: log,
    rawTopic: 'raw',
    verifier: cacheVerifiedTokens(
      createTokenVerifier({ issuers: config.identity.issuers, jwksCooldownMs: 0 }),
    ),
    encode: security.encode,
    ...(security.stages && { stages: security.stages }),
    ...(security.credentials && { credentials: security.credentials }),
    newEventId,
    nowMicros,
    logger: silentLogger(),
    gatewayEpoch: 1,
  });
  const stopWatch = await security.attach(enforcer);
  const base = await enforcer.app.listen({ host: '127.0.0.1', port: 0 });
  return {
    enforcer,
    base,
    async close() {
      stopWatch();
      await enforcer.close();
    },
  };
}
