/**
 * A resource the rules keep from a caller, handed over inside an answer instead: a tool or a
 * prompt that embeds it (`{type: "resource", resource: {uri, text}}`) or links to it
 * (`resource_link`). Each is decided as a read of its URI by the caller, through a real gateway
 * in front of the SDK v1 server.
 */
import { describe, expect, it } from 'vitest';
import { usePolicyFixtureGateway } from './test-fixtures/policy-fixture-gateway';
import { connectRecordingClient } from './test-fixtures/recording-client';

const POLICY = `
version: 1
defaults: { fixture: allow }
rules:
  - id: no-vip
    match: { resources: 'fixture://patients/VIP-*' }
    action: deny
  - id: mask-patients
    match: { resources: 'fixture://patients/*' }
    action: mask
`;

const SSN = '123-45-6789';
const embedded = (uri: string, text: string) =>
  ({ type: 'resource', resource: { uri, mimeType: 'text/plain', text } }) as const;

describe('resources embedded in answers', () => {
  const setup = usePolicyFixtureGateway(POLICY, (server) => {
    server.registerTool('chart_bundle', { description: 'Charts, attached' }, async () => ({
      content: [
        { type: 'text', text: 'attached' },
        embedded('fixture://patients/VIP-1', `VIP chart, SSN ${SSN}`),
        { type: 'resource_link', uri: 'fixture://patients/VIP-1', name: 'VIP-1 chart' },
        embedded('fixture://patients/7', `Chart of Jane Roe, SSN ${SSN}`),
        embedded('fixture://notes/1', 'a public note'),
      ],
    }));
    server.registerResource('patients', 'fixture://patients/', { description: 'Every chart' }, async () => ({
      contents: [
        { uri: 'fixture://patients/', text: 'index of charts' },
        { uri: 'fixture://patients/VIP-1', text: `VIP chart, SSN ${SSN}` },
        { uri: 'fixture://patients/7', text: `Chart of Jane Roe, SSN ${SSN}` },
      ],
    }));
    server.registerPrompt('vip_prompt', { description: 'A prompt quoting a chart' }, async () => ({
      messages: [{ role: 'user', content: embedded('fixture://patients/VIP-2', `VIP chart, SSN ${SSN}`) }],
    }));
  });
  const url = () => `${setup.gateway.base}/mcp/fixture`;

  it('attack: a tool embedding or linking a resource the caller may not read hands over none of it', async () => {
    const { client } = await connectRecordingClient(url(), { headers: { authorization: 'Bearer good' } });
    try {
      const before = setup.gateway.events().length;
      const result = await client.callTool({ name: 'chart_bundle', arguments: {} });
      const text = JSON.stringify(result);
      expect(text).not.toContain('VIP chart');
      expect(text).not.toContain('fixture://patients/VIP-1');
      expect(text).not.toContain(SSN);
      const content = result.content as Record<string, unknown>[];
      expect(content).toHaveLength(5);
      expect(content[0]).toEqual({ type: 'text', text: 'attached' });
      // The masked patient's chart is there, masked; the other resource as it was.
      expect(JSON.stringify(content[3])).toContain('Chart of');
      expect(content[4]).toEqual(embedded('fixture://notes/1', 'a public note'));
      const hidden = setup.gateway
        .events()
        .slice(before)
        .filter((e) => e.type === 'policy_decision' && e.body.decision === 'hide');
      expect(hidden.map((e) => e.type === 'policy_decision' && [e.body.rule, e.body.reason])).toEqual([
        ['no-vip', '2 of 4 embedded resources withheld by policy'],
      ]);
    } finally {
      await client.close();
    }
  });

  it('attack: a read of an allowed URI answered with the contents of a denied one hands over none of it', async () => {
    const { client } = await connectRecordingClient(url(), { headers: { authorization: 'Bearer good' } });
    try {
      const read = await client.readResource({ uri: 'fixture://patients/' });
      const text = JSON.stringify(read);
      expect(text).not.toContain('VIP');
      expect(text).not.toContain(SSN);
      expect(read.contents.map((c) => c.uri)).toEqual(['fixture://patients/', 'fixture://patients/7']);
      expect(JSON.stringify(read.contents[1])).toContain('Chart of');
    } finally {
      await client.close();
    }
  });

  it('attack: a prompt embedding a resource the caller may not read hands over none of it', async () => {
    const { client } = await connectRecordingClient(url(), { headers: { authorization: 'Bearer good' } });
    try {
      const prompt = await client.getPrompt({ name: 'vip_prompt' });
      const text = JSON.stringify(prompt);
      expect(text).not.toContain('VIP chart');
      expect(text).not.toContain(SSN);
      expect(prompt.messages[0]?.content.type).toBe('text');
    } finally {
      await client.close();
    }
  });
});
