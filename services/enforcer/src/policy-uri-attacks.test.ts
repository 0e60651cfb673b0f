/**
 * Resource rules hold for URIs written so that only a URL parser reads them as the denied
 * resource: the official SDKs' servers look a resource up by `new URL(uri).href`, which drops
 * leading and trailing spaces and control characters and every tab and newline. Through a real
 * gateway in front of the SDK v1 server, from clients of both eras (the 2026-07-28 one bridged).
 */
import { describe, expect, it } from 'vitest';
import { connectModernClient } from '../../../test/e2e/sdk-clients';
import { usePolicyFixtureGateway } from './test-fixtures/policy-fixture-gateway';
import { connectRecordingClient } from './test-fixtures/recording-client';

const POLICY = `
version: 1
defaults: { fixture: allow }
rules:
  - id: no-status
    match: { resources: 'fixture://status' }
    action: deny
`;

/** `fixture://status` as the SDK server reads each of them. */
const SPELLINGS = [' fixture://status', 'fixture://status\n', 'fixture://sta\ttus'];
/** Read as `fixture://status` too, but a URI holding a NUL is refused before any rule reads it. */
const WITH_NUL = 'fixture://status\u0000';

/** The error code a promise was refused with, or the text of what it resolved to. */
const outcome = (p: Promise<unknown>) =>
  p.then(
    (r) => JSON.stringify(r),
    (e: unknown) => (e as { code?: number }).code,
  );

describe('resource URIs a URL parser reads otherwise', () => {
  const setup = usePolicyFixtureGateway(POLICY);
  const url = () => `${setup.gateway.base}/mcp/fixture`;

  it('denies reads and subscriptions of the resource however the URI is padded (2025-11-25)', async () => {
    const { client } = await connectRecordingClient(url(), { headers: { authorization: 'Bearer good' } });
    try {
      for (const uri of SPELLINGS) {
        expect(new URL(uri).href).toBe('fixture://status');
        expect(await outcome(client.readResource({ uri })), JSON.stringify(uri)).toBe(-31014);
        expect(await outcome(client.subscribeResource({ uri })), JSON.stringify(uri)).toBe(-31014);
      }
      // Refused as a malformed request (HTTP 400, -32600), which the SDK client reports by its status.
      expect(new URL(WITH_NUL).href).toBe('fixture://status');
      expect(await outcome(client.readResource({ uri: WITH_NUL }))).toBe(400);
      expect(await outcome(client.subscribeResource({ uri: WITH_NUL }))).toBe(400);
      expect(setup.upstream.seen.subscriptions).toEqual([]);
      const decisions = setup.gateway
        .events()
        .filter((e) => e.type === 'policy_decision' && e.body.rule === 'no-status');
      expect(decisions).toHaveLength(SPELLINGS.length * 2);
    } finally {
      await client.close();
    }
  });

  it('denies a bridged 2026-07-28 read of the resource however the URI is padded', async () => {
    const client = await connectModernClient(url(), 'good');
    try {
      for (const uri of SPELLINGS) {
        expect(await outcome(client.readResource({ uri })), JSON.stringify(uri)).toBe(-31014);
      }
      expect(await outcome(client.readResource({ uri: WITH_NUL }))).toBe(-32600);
    } finally {
      await client.close();
    }
  });
});
