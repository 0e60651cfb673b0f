/**
 * PHI in what the masking engine cannot read as text: an image of a scanned chart, a gzip file
 * in an embedded resource's blob. Under a mask rule the gateway masked an answer as plain JSON
 * data, which leaves base64 media as it is, while ingest masks the stored copy as an MCP result
 * (media redacted unless its type is allowed): the client got in clear what the audit store
 * holds redacted. Through a real gateway in front of the SDK v1 server. All data is synthetic.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { usePolicyFixtureGateway } from './test-fixtures/policy-fixture-gateway';
import { connectRecordingClient } from './test-fixtures/recording-client';

const CHART = 'Chart of Jane Roe, SSN 900-12-3456, MRN 00123456';
const IMAGE = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.from(CHART)]).toString('base64');
const GZIP = gzipSync(CHART).toString('base64');

const POLICY = `
version: 1
defaults: { fixture: allow }
rules:
  - id: mask-scans
    match: { tools: chart_scan }
    action: mask
`;

describe('media and compressed blobs in a masked answer', () => {
  const setup = usePolicyFixtureGateway(POLICY, (server) => {
    server.registerTool('chart_scan', { description: 'A scanned chart and its archive' }, async () => ({
      content: [
        { type: 'text', text: 'scan attached' },
        { type: 'image', data: IMAGE, mimeType: 'image/png' },
        {
          type: 'resource',
          resource: { uri: 'fixture://archive/1', mimeType: 'application/gzip', blob: GZIP },
        },
      ],
    }));
  });

  it('attack: an image or a gzip blob the engine cannot read reaches the client redacted, not in clear', async () => {
    const { client } = await connectRecordingClient(`${setup.gateway.base}/mcp/fixture`, {
      headers: { authorization: 'Bearer good' },
    });
    try {
      const result = await client.callTool({ name: 'chart_scan', arguments: {} });
      const text = JSON.stringify(result);
      expect(text).not.toContain(IMAGE);
      expect(text).not.toContain(GZIP);
      const content = result.content as Record<string, unknown>[];
      expect(content[0]).toEqual({ type: 'text', text: 'scan attached' });
      expect(content[1]).toMatchObject({ type: 'image', mimeType: 'image/png' });
      expect(content[2]).toMatchObject({ type: 'resource', resource: { uri: 'fixture://archive/1' } });
      // Still valid base64 where MCP wants it: it decodes to the engine's marker.
      const image = Buffer.from(String(content[1]?.data), 'base64').toString('utf8');
      const blob = String((content[2]?.resource as { blob?: string } | undefined)?.blob);
      expect(image).toMatch(/^\[[A-Z_]+\]$/);
      expect(Buffer.from(blob, 'base64').toString('utf8')).toMatch(/^\[[A-Z_]+\]$/);
    } finally {
      await client.close();
    }
  });
});
