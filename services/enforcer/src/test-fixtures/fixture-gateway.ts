/**
 * The common suite setup: an upstream behind a test gateway, started before the suite's tests
 * and closed after them.
 */
import { afterAll, beforeAll } from 'vitest';
import { type FixtureServer, startFixtureServer } from './fixture-server';
import { startTestGateway, type TestGateway } from './gateway-harness';

interface Closable {
  close(): Promise<void>;
}

/**
 * `startUpstream`, then `startGateway` in front of it, before the suite's tests; both closed
 * after them. Both are read through the returned object (`setup.gateway`), once the suite's
 * `beforeAll` has run.
 */
export function useUpstreamGateway<U extends Closable, G extends Closable>(
  startUpstream: () => Promise<U>,
  startGateway: (upstream: U) => Promise<G>,
): { readonly upstream: U; readonly gateway: G } {
  let upstream: U | undefined;
  let gateway: G | undefined;
  beforeAll(async () => {
    upstream = await startUpstream();
    gateway = await startGateway(upstream);
  });
  afterAll(async () => {
    await gateway?.close();
    await upstream?.close();
  });
  const started = <T>(part: T | undefined): T => {
    if (part === undefined) throw new Error('the upstream and its gateway start in beforeAll');
    return part;
  };
  return {
    get upstream() {
      return started(upstream);
    },
    get gateway() {
      return started(gateway);
    },
  };
}

/** The fixture upstream behind a test gateway whose one connection is `fixture`; `settings` add to the gateway's. */
export function useFixtureGateway(settings: Record<string, unknown> = {}): {
  readonly upstream: FixtureServer;
  readonly gateway: TestGateway;
} {
  return useUpstreamGateway(startFixtureServer, (upstream) =>
    startTestGateway({ connections: [{ name: 'fixture', upstream: { url: upstream.url } }], ...settings }),
  );
}
