import { type AuditEvent, decodeEvent, encodeEvent, type FrameBody, OMITTED_PAYLOAD } from '@proctor/events';
import { compilePolicyText } from '@proctor/policy';
import { describe, expect, it } from 'vitest';
import { envelope } from '../../../../packages/events/src/fixtures/sample-events';
import { recordingEncoder } from './record-mode';

const POLICY = compilePolicyText(
  `
version: 1
defaults: { ehr: allow }
rules:
  - id: charts-metadata
    match: { tools: read_chart }
    action: record
    record: metadata
`,
  { knownConnections: ['ehr'] },
);

const PAYLOAD = Buffer.from('{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"read_chart"}}');

function frame(seq: number, toolName: string, body: Partial<FrameBody> = {}): AuditEvent {
  return {
    ...envelope({ eventId: `0190b8c4-0000-7000-8000-00000000000${seq}`, seq }),
    gatewayEpoch: 1,
    streamSeq: seq,
    type: 'frame',
    body: {
      direction: 'client_to_server',
      kind: 'request',
      method: 'tools/call',
      jsonrpcId: '1',
      toolName,
      payload: PAYLOAD,
      payloadEncoding: 'json',
      size: PAYLOAD.length,
      sha256: 'cd'.repeat(32),
      round: 0,
      ...body,
    },
  };
}

describe('recordingEncoder', () => {
  it('writes a metadata-only frame with the bytes the spread copy gave, and other frames whole', () => {
    const encode = recordingEncoder(() => POLICY, encodeEvent);
    for (const event of [
      frame(1, 'read_chart'),
      frame(2, 'read_chart', { sseStreamId: 's-1', round: null }),
    ]) {
      if (event.type !== 'frame') throw new Error('expected a frame');
      const spread = {
        ...event,
        body: {
          ...event.body,
          payload: Buffer.alloc(0),
          payloadEncoding: OMITTED_PAYLOAD,
          sha256: '',
          digestAlg: 'sha256' as const,
          encryption: null,
        },
      };
      const bytes = encode(event);
      expect(bytes.equals(encodeEvent(spread))).toBe(true);
      const written = decodeEvent(bytes);
      if (written.type !== 'frame') throw new Error('expected a frame');
      expect(written.body).toMatchObject({
        payloadEncoding: OMITTED_PAYLOAD,
        sha256: '',
        size: PAYLOAD.length,
      });
      expect(written.body.payload.length).toBe(0);
      // The frame given is left as it was.
      expect(event.body.payload).toBe(PAYLOAD);
    }
    const whole = frame(3, 'list_charts');
    expect(encode(whole).equals(encodeEvent(whole))).toBe(true);
  });
});
