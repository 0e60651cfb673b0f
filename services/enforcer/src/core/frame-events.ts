import { createHash } from 'node:crypto';
import type { FrameDirection } from '@proctor/events';
import type { EventContent } from './audit-emitter';
import type { RequestLabel } from './correlator';
import type { JsonRpcFrame } from './json-rpc';

export interface FramePlacement {
  sseStreamId?: string | null;
  sseEventId?: string | null;
}

/** The audit event of one frame: its exact bytes, digest and labels. */
export function frameContent(
  frame: JsonRpcFrame,
  direction: FrameDirection,
  label: RequestLabel | null,
  placement: FramePlacement = {},
): EventContent {
  const params =
    frame.kind === 'request' ? (frame.message.params as Record<string, unknown> | undefined) : undefined;
  const method = label?.method ?? frame.method;
  return {
    type: 'frame',
    body: {
      direction,
      kind: frame.kind,
      method,
      jsonrpcId: frame.idJson,
      toolName: label?.toolName ?? frame.toolName,
      payload: frame.text,
      payloadEncoding: 'json',
      size: frame.text.length,
      // Computed when read: a sealing encoder replaces it with a keyed digest and never reads it.
      get sha256() {
        return sha256Hex(frame.text);
      },
      sseStreamId: placement.sseStreamId ?? null,
      sseEventId: placement.sseEventId ?? null,
      resourceUri: method?.startsWith('resources/') && typeof params?.uri === 'string' ? params.uri : null,
      promptName: method === 'prompts/get' && typeof params?.name === 'string' ? params.name : null,
    },
  };
}

/** Hex SHA-256 of a frame's bytes: the clear digest of an unsealed frame event. */
export function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const NEWLINE = 0x0a;

/**
 * One SSE `message` event carrying a frame's JSON text. JSON text holds a raw newline only
 * when the upstream pretty-printed it; then each line gets its own `data:` field.
 */
export function sseEventBytes(eventId: string, text: Buffer): Buffer {
  const head = Buffer.from(`id: ${eventId}\nevent: message\ndata: `);
  if (text.indexOf(NEWLINE) === -1) return Buffer.concat([head, text, DOUBLE_NEWLINE]);
  const lines = text.toString('utf8').split(/\r\n|\n|\r/);
  return Buffer.concat([head, Buffer.from(lines.join('\ndata: ')), DOUBLE_NEWLINE]);
}

const DOUBLE_NEWLINE = Buffer.from('\n\n');

/** A priming event: an id and no data, so a client can resume before the first message. */
export function sseCommentBytes(text: string): Buffer {
  return Buffer.from(`: ${text}\n\n`);
}
