import { createHash } from 'node:crypto';
import type { FrameBody, FrameDirection } from '@proctor/events';
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
  const body = new ClearFrameBody(
    direction,
    frame.kind,
    method,
    frame.idJson,
    label?.toolName ?? frame.toolName,
    frame.text,
  );
  body.sseStreamId = placement.sseStreamId ?? null;
  body.sseEventId = placement.sseEventId ?? null;
  body.resourceUri = method?.startsWith('resources/') && typeof params?.uri === 'string' ? params.uri : null;
  body.promptName = method === 'prompts/get' && typeof params?.name === 'string' ? params.name : null;
  return { type: 'frame', body };
}

/**
 * A frame event's body with its payload in clear, as the gateway builds it per frame. Its
 * `sha256` is an own enumerable property computed when read (a sealing encoder replaces it with
 * a keyed digest and never reads it), defined with one shared descriptor in the constructor: an
 * object literal defining a getter is built by a runtime call and kept in dictionary mode, slow
 * for every later read, where this keeps one fast shape. The fields after `size` are added by
 * whoever builds the body, in a fixed order per call site.
 */
export class ClearFrameBody implements FrameBody {
  // Declared only: each is written in the constructor (or by the builder), in this order.
  declare direction: FrameDirection;
  declare kind: FrameBody['kind'];
  declare method: string | null;
  declare jsonrpcId: string | null;
  declare toolName: string | null;
  declare payload: Buffer;
  declare payloadEncoding: 'json';
  declare size: number;
  declare sha256: string;
  declare sseStreamId?: string | null;
  declare sseEventId?: string | null;
  declare round?: number | null;
  declare resourceUri?: string | null;
  declare promptName?: string | null;

  constructor(
    direction: FrameDirection,
    kind: FrameBody['kind'],
    method: string | null,
    jsonrpcId: string | null,
    toolName: string | null,
    payload: Buffer,
  ) {
    this.direction = direction;
    this.kind = kind;
    this.method = method;
    this.jsonrpcId = jsonrpcId;
    this.toolName = toolName;
    this.payload = payload;
    this.payloadEncoding = 'json';
    this.size = payload.length;
    Object.defineProperty(this, 'sha256', DIGEST_WHEN_READ);
  }
}

const DIGEST_WHEN_READ: PropertyDescriptor = {
  get(this: ClearFrameBody): string {
    return sha256Hex(this.payload);
  },
  enumerable: true,
  configurable: true,
};

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
