/**
 * Rules hold for requests spelt so that a lenient server reads them as the guarded one: an
 * argument value padded with white space (a server trimming its input), percent-encoded (a
 * server putting it into a URL path its back end decodes) or held in a JSON string, and a
 * resource URI whose path is in another case (a case-insensitive file system or collation)
 * or whose authority carries a user name, a port or a trailing dot (a server routing on the
 * URL's host name and path). Through a real gateway in front of the SDK v1 server, with the
 * SDK client: each is denied, recorded, and reaches nothing upstream.
 */
import { describe, expect, it } from 'vitest';
import { usePolicyFixtureGateway } from './test-fixtures/policy-fixture-gateway';
import { connectRecordingClient } from './test-fixtures/recording-client';

const POLICY = `
version: 1
defaults: { fixture: allow }
rules:
  - id: no-vip-echo
    match: { tools: echo, arguments: [{ path: $.text, pattern: '^VIP-' }] }
    action: deny
  - id: no-status
    match: { resources: ['fixture://status', 'fixture://charts/VIP-*'] }
    action: deny
`;

/** The error code a promise was refused with, or the text of what it resolved to. */
const outcome = (p: Promise<unknown>) =>
  p.then(
    (r) => JSON.stringify(r),
    (e: unknown) => (e as { code?: number }).code,
  );

describe('values and URIs a lenient server reads as the guarded ones', () => {
  const setup = usePolicyFixtureGateway(POLICY);
  const url = () => `${setup.gateway.base}/mcp/fixture`;
  const decisions = (rule: string) =>
    setup.gateway.events().filter((e) => e.type === 'policy_decision' && e.body.rule === rule).length;

  it('attack: an argument padded, percent-encoded or quoted is denied like the value it stands for', async () => {
    const { client } = await connectRecordingClient(url(), { headers: { authorization: 'Bearer good' } });
    try {
      const spellings = [' VIP-1', '\u00a0VIP-1', 'VIP%2D1', '%2556IP-1', '"VIP-1"'];
      for (const text of spellings) {
        const call = client.callTool({ name: 'echo', arguments: { text } });
        expect(await outcome(call), JSON.stringify(text)).toBe(-31014);
      }
      expect(setup.upstream.seen.echoes).toEqual([]);
      expect(decisions('no-vip-echo')).toBe(spellings.length);
      // A value that stands for no guarded one still passes.
      expect(await outcome(client.callTool({ name: 'echo', arguments: { text: ' P%2D1' } }))).toContain(
        'echo:  P%2D1',
      );
    } finally {
      await client.close();
    }
  });

  it('attack: a resource URI in another case or with a user name, port or trailing dot is denied', async () => {
    const { client } = await connectRecordingClient(url(), { headers: { authorization: 'Bearer good' } });
    try {
      const before = decisions('no-status');
      const spellings = [
        'fixture://charts/vip-1',
        'fixture://charts/Vip-1',
        'fixture://nurse@status',
        'fixture://status:8443',
        'fixture://status.',
      ];
      for (const uri of spellings) {
        expect(await outcome(client.readResource({ uri })), uri).toBe(-31014);
        expect(await outcome(client.subscribeResource({ uri })), uri).toBe(-31014);
      }
      expect(setup.upstream.seen.subscriptions).toEqual([]);
      expect(decisions('no-status') - before).toBe(spellings.length * 2);
    } finally {
      await client.close();
    }
  });
});
