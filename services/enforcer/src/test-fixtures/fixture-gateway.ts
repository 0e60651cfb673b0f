/**
 * The common suite setup: the fixture upstream behind a test gateway whose one connection is
 * `fixture`, started before the suite's tests and closed after them.
 */
import { afterAll, beforeAll } from 'vitest';
import { type FixtureServer, startFixtureServer } from './fixture-server';
import { startTestGateway, type TestGateway } from './gateway-harness';

/**
 * `settings` add to the gateway's enforcer settings. Both parts are read through the returned
 * object (`setup.gateway`), once the suite's `beforeAll` has run.
 */
export function useFixtureGateway(settings: Record<string, unknown> = {}): {
  readonly upstream: FixtureServer;
  readonly gateway: TestGateway;
} {
  let upstream: FixtureServer | undefined;
  let gateway: TestGateway | undefined;
  beforeAll(async () => {
    upstream = await startFixtureServer();
    gateway = await startTestGateway({
      connections: [{ name: 'fixture', upstream: { url: upstream.url } }],
      ...settings,
    });
  });
  afterAll(async () => {
    await gateway?.close();
    await upstream?.close();
  });
  const started = <T>(part: T | undefined): T => {
    if (part === undefined) throw new Error('the fixture upstream and its gateway start in beforeAll');
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
