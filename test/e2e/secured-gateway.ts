/**
 * A gateway assembled as the runtime assembles it (openEnforcerSecurity: policy, sealing,
 * upstream credentials), writing its events to an in-memory log the test reads back.
 */
import type { ProctorConfig } from '@proctor/config';
import { buildEnforcerApp, type EnforcerApp, type Stages } from '@proctor/enforcer';
import { newEventId, nowMicros } from '@proctor/events';
import { cacheVerifiedTokens, createTokenVerifier } from '@proctor/identity';
import { silentLogger } from '@proctor/logger';
import type { ApprovalDecisionSource } from '@proctor/policy';
import type { MemoryEventLog } from '../../services/enforcer/src/testing';
import { type EnforcerSecurity, openEnforcerSecurity } from '../../src/runtime/enforcer-security';

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
  const enforcer = buildSecuredEnforcer(config, log, security);
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

/** The enforcer app of a test gateway: the security's encoder, credentials and stages (or `stages`). */
export function buildSecuredEnforcer(
  config: ProctorConfig,
  log: MemoryEventLog,
  security: EnforcerSecurity,
  stages: Stages | undefined = security.stages,
): EnforcerApp {
  return buildEnforcerApp({
    config,
    eventLog: log,
    rawTopic: 'raw',
    verifier: cacheVerifiedTokens(
      createTokenVerifier({ issuers: config.identity.issuers, jwksCooldownMs: 0 }),
    ),
    encode: security.encode,
    ...(stages && { stages }),
    ...(security.credentials && { credentials: security.credentials }),
    newEventId,
    nowMicros,
    logger: silentLogger(),
    gatewayEpoch: 1,
  });
}
