import { createHash } from 'node:crypto';
import { type AuditEvent, decodeEvent, encodeEvent } from '@proctor/events';
import { describe, expect, it } from 'vitest';
import { envelope } from '../../../../packages/events/src/fixtures/sample-events';
import type { EventContent } from './audit-emitter';
import { frameContent } from './frame-events';
import { frameOf } from './json-rpc';
import { frameContent as exchangeFrameContent } from './stateless/exchange';

const request = frameOf({
  jsonrpc: '2.0',
  id: 7,
  method: 'resources/read',
  params: { uri: 'ehr://patient/1' },
});
const digest = createHash('sha256').update(request.text).digest('hex');

function asEvent(content: EventContent): AuditEvent {
  return { ...envelope({ seq: 0 }), gatewayEpoch: 1, streamSeq: 0, ...content } as AuditEvent;
}

describe('a frame event made per frame', () => {
  const label = { method: 'resources/read', toolName: null };
  const stateful = frameContent(request, 'client_to_server', label, { sseStreamId: 's1', sseEventId: null });
  const stateless = exchangeFrameContent(request, 'client_to_server', 2, {
    method: 'resources/read',
    toolName: null,
    resourceUri: 'ehr://patient/1',
    promptName: null,
  });

  it('has the same own fields, in the same order, as a plain body, its digest among them', () => {
    expect(Object.keys(stateful.body)).toEqual([
      'direction',
      'kind',
      'method',
      'jsonrpcId',
      'toolName',
      'payload',
      'payloadEncoding',
      'size',
      'sha256',
      'sseStreamId',
      'sseEventId',
      'resourceUri',
      'promptName',
    ]);
    expect(Object.keys(stateless.body)).toEqual([
      'direction',
      'kind',
      'method',
      'jsonrpcId',
      'toolName',
      'payload',
      'payloadEncoding',
      'size',
      'sha256',
      'round',
      'resourceUri',
      'promptName',
    ]);
    expect(stateful.body).toEqual({
      direction: 'client_to_server',
      kind: 'request',
      method: 'resources/read',
      jsonrpcId: '7',
      toolName: null,
      payload: request.text,
      payloadEncoding: 'json',
      size: request.text.length,
      sha256: digest,
      sseStreamId: 's1',
      sseEventId: null,
      resourceUri: 'ehr://patient/1',
      promptName: null,
    });
  });

  it('computes its clear digest when read, from its payload; a spread copies it as a value', () => {
    for (const content of [stateful, stateless]) {
      const body = content.body as { sha256: string };
      expect(body.sha256).toBe(digest);
      const copy = { ...body };
      expect(Object.getOwnPropertyDescriptor(copy, 'sha256')?.value).toBe(digest);
    }
  });

  it('encodes in clear (no sealing) and reads back with its digest', () => {
    for (const content of [stateful, stateless]) {
      const decoded = decodeEvent(encodeEvent(asEvent(content)));
      expect(decoded.type).toBe('frame');
      const body = decoded.body as { sha256: string; payload: Buffer; size: number };
      expect(body.sha256).toBe(digest);
      expect(body.payload.equals(request.text)).toBe(true);
      expect(body.size).toBe(request.text.length);
    }
  });
});
