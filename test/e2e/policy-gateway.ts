/**
 * A gateway under a policy for end-to-end tests: a local OpenID issuer, the gateway as the
 * runtime assembles it (startSecuredGateway) in front of the given upstreams, its events in
 * memory, and tokens for a clinician-like caller in the groups a test names.
 */
import { join } from 'node:path';
import { parseConfig } from '@proctor/config';
import { type LocalIssuer, startLocalIssuer } from '@proctor/identity/testing';
import { afterAll, beforeAll } from 'vitest';
import {
  type FixtureServer,
  startFixtureServer,
} from '../../services/enforcer/src/test-fixtures/fixture-server';
import { MemoryEventLog } from '../../services/enforcer/src/testing';
import { type StatelessFixture, startStatelessServer } from '../fixtures/stateless-server';
import { tempDir } from '../harness';
import { type SecuredGateway, startSecuredGateway } from './secured-gateway';

export interface PolicyGateway {
  idp: LocalIssuer;
  gateway: SecuredGateway;
  log: MemoryEventLog;
  /** A token for dr.avery@example.com in `groups`. */
  token(groups?: string[]): Promise<string>;
  /** Closes what `track` was given, the gateway and the issuer. */
  close(): Promise<void>;
  /** Something to close with the gateway (an SDK client). */
  track<T extends { close(): Promise<void> }>(closable: T): T;
}

export async function startPolicyGateway(options: {
  audience: string;
  /** Connection name → upstream URL. */
  upstreams: Record<string, string>;
  policy: { inline: Record<string, unknown> } | { file: string };
}): Promise<PolicyGateway> {
  const dir = await tempDir('proctor-policy-gateway');
  const idp = await startLocalIssuer('/idp');
  const log = new MemoryEventLog();
  const config = parseConfig({
    identity: { issuers: [{ issuer: idp.issuer, audience: options.audience }] },
    enforcer: {
      listen: { host: '127.0.0.1', port: 0 },
      stateDir: join(dir, 'state'),
      connections: Object.entries(options.upstreams).map(([name, url]) => ({ name, upstream: { url } })),
    },
    policy: options.policy,
  });
  const gateway = await startSecuredGateway(config, log);
  const tracked: { close(): Promise<void> }[] = [];
  return {
    idp,
    gateway,
    log,
    token: (groups = ['clinicians']) =>
      idp.sign({ sub: 'dr.avery@example.com', aud: options.audience, groups }),
    track(closable) {
      tracked.push(closable);
      return closable;
    },
    async close() {
      await Promise.allSettled(tracked.map((c) => c.close()));
      await gateway.close();
      await idp.close();
    },
  };
}

/** The SDK's stateful server (`legacy`) and a 2026-07-28 stateless one (`modern`) behind a policy gateway. */
export interface PolicyPair {
  legacy: FixtureServer;
  modern: StatelessFixture;
  gateway: PolicyGateway;
}

/** A PolicyPair started before a test file's tests and closed after them. */
export function usePolicyPair(audience: string, policy: Record<string, unknown>): PolicyPair {
  const pair = {} as PolicyPair;
  beforeAll(async () => {
    [pair.legacy, pair.modern] = await Promise.all([startFixtureServer(), startStatelessServer()]);
    pair.gateway = await startPolicyGateway({
      audience,
      upstreams: { legacy: pair.legacy.url, modern: pair.modern.url },
      policy: { inline: policy },
    });
  });
  afterAll(async () => {
    await pair.gateway?.close();
    await Promise.allSettled([pair.legacy?.close(), pair.modern?.close()]);
  });
  return pair;
}

/** The error a call was refused with (the test fails if it succeeded). */
export async function refusal(promise: Promise<unknown>): Promise<{ code: number; message: string }> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (err === null) throw new Error('expected the call to be refused');
  return err as { code: number; message: string };
}
