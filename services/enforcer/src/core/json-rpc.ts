import { isUtf8 } from 'node:buffer';
import type { FrameKind } from '@proctor/events';
import { refuseDuplicateKeys } from './duplicate-keys';
import { GatewayError } from './errors';
import { scanJsonShape } from './json-shape';
import { refuseProtoKeys } from './proto-keys';

/** One JSON-RPC 2.0 message as it crosses the gateway, classified once for every later step. */
export interface JsonRpcFrame {
  message: Record<string, unknown>;
  /** The message's JSON text: the body itself for a single message, serialized once inside a batch. */
  text: Buffer;
  kind: FrameKind;
  method: string | null;
  /** JSON text of the id (1 and "1" stay distinct); null for notifications. */
  idJson: string | null;
  toolName: string | null;
}

export interface ParsedBody {
  frames: JsonRpcFrame[];
  batch: boolean;
  /** A client batch's invalid items, each answered with its own error (JSON-RPC 2.0 batches). */
  refused?: JsonRpcFrame[];
}

export interface BodyLimits {
  maxDepth: number;
  maxBatchItems: number;
}

/**
 * Parses an HTTP body (or an upstream message) into JSON-RPC frames. Refuses, with the
 * JSON-RPC error a client expects, anything nested deeper than maxDepth or batched beyond
 * maxBatchItems (checked on the bytes before parsing), anything that is not JSON, and
 * anything that is not JSON-RPC 2.0.
 */
export function parseJsonRpcBody(body: Buffer, limits: BodyLimits, answerEachItem = false): ParsedBody {
  const shape = scanJsonShape(body, limits.maxDepth, limits.maxBatchItems);
  if (shape.depth > limits.maxDepth) {
    throw new GatewayError(
      'INVALID_REQUEST',
      `Invalid Request: JSON nested deeper than ${limits.maxDepth} levels`,
    );
  }
  if (shape.items > limits.maxBatchItems) {
    throw new GatewayError(
      'INVALID_REQUEST',
      `Invalid Request: a batch may hold at most ${limits.maxBatchItems} messages`,
    );
  }
  // A UTF-8 byte order mark is not JSON text (RFC 8259 lets a parser ignore it): dropped, so the
  // message recorded is JSON any reader parses.
  const text = hasByteOrderMark(body) ? body.subarray(3) : body;
  let value: unknown;
  try {
    value = JSON.parse(text.toString('utf8'));
  } catch {
    throw new GatewayError('PARSE_ERROR', 'Parse error: the body is not valid JSON');
  }
  if (Array.isArray(value)) {
    if (value.length === 0) throw new GatewayError('INVALID_REQUEST', 'Invalid Request: empty batch');
    if (answerEachItem) return classifyEachItem(value);
    const frames = value.map((item, i) => classify(item, null, `batch item ${i}`));
    return { frames, batch: true };
  }
  return { frames: [classify(value, text, 'message')], batch: false };
}

/**
 * A client batch as JSON-RPC 2.0 answers it: the valid items go on, each invalid one gets its
 * own error (under its id when it has a valid one). A batch of nothing valid is refused whole.
 */
function classifyEachItem(items: unknown[]): ParsedBody {
  const frames: JsonRpcFrame[] = [];
  const refused: JsonRpcFrame[] = [];
  let first: GatewayError | null = null;
  items.forEach((item, i) => {
    try {
      frames.push(classify(item, null, `batch item ${i}`));
    } catch (err) {
      if (!(err instanceof GatewayError)) throw err;
      first ??= err;
      refused.push(errorFrame(err.idJson, err.rpcCode, err.message));
    }
  });
  // Answered as one, the refusal names no item's id.
  if (first && frames.length === 0)
    throw new GatewayError((first as GatewayError).code, (first as GatewayError).message);
  return refused.length > 0 ? { frames, batch: true, refused } : { frames, batch: true };
}

function hasByteOrderMark(body: Buffer): boolean {
  return body.length >= 3 && body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf;
}

/**
 * A client's HTTP body: as parseJsonRpcBody, and UTF-8 first (RFC 8259), since bytes that are
 * not would be read one way here, another way by the upstream, and recorded as neither; and
 * with no object repeating a key (duplicate-keys.ts) and no `__proto__` key (proto-keys.ts),
 * for the same reason. An upstream's bytes are relayed as they came, whatever they hold.
 */
export function parseClientBody(body: Buffer, limits: BodyLimits): ParsedBody {
  if (!isUtf8(body)) throw new GatewayError('PARSE_ERROR', 'Parse error: the body is not valid UTF-8');
  const parsed = parseJsonRpcBody(body, limits, true);
  // A repeated key is read one way by the policy, another by the upstream: refused whole.
  refuseDuplicateKeys(body, parsed.batch ? null : (parsed.frames[0]?.idJson ?? null));
  // A __proto__ key is read past by the policy, taken as a prototype by a merging server.
  refuseProtoKeys(body, parsed, limits.maxDepth);
  return parsed;
}

/** Classifies a message the gateway built itself (an error it answers, a cancellation it sends). */
export function frameOf(message: Record<string, unknown>): JsonRpcFrame {
  return classify(message, null, 'message');
}

function classify(value: unknown, text: Buffer | null, where: string): JsonRpcFrame {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new GatewayError('INVALID_REQUEST', `Invalid Request: ${where} is not a JSON-RPC object`);
  }
  const message = value as Record<string, unknown>;
  if (message.jsonrpc !== '2.0') {
    throw new GatewayError('INVALID_REQUEST', `Invalid Request: ${where} lacks "jsonrpc": "2.0"`);
  }
  const id = message.id;
  if (id !== undefined && id !== null && typeof id !== 'string' && !Number.isSafeInteger(id)) {
    // MCP ids are strings or integers; one beyond 2^53 could not be told from its neighbour.
    throw new GatewayError(
      'INVALID_REQUEST',
      `Invalid Request: ${where} has an id that is neither a string nor a safe integer`,
    );
  }
  const idJson = id === undefined ? null : JSON.stringify(id);
  const params = message.params;
  if (params !== undefined && (typeof params !== 'object' || params === null)) {
    // JSON-RPC params are structured (an object, or an array the upstream may refuse). The
    // error answers the request under its id when there is one request to answer.
    throw new GatewayError(
      'INVALID_REQUEST',
      `Invalid Request: ${where} has params that are not structured`,
      {
        idJson,
      },
    );
  }
  const frameText = text ?? Buffer.from(JSON.stringify(message), 'utf8');
  if (typeof message.method === 'string') {
    if (id === null) throw new GatewayError('INVALID_REQUEST', `Invalid Request: ${where} has a null id`);
    const kind: FrameKind = id === undefined ? 'notification' : 'request';
    return { message, text: frameText, kind, method: message.method, idJson, toolName: toolNameOf(message) };
  }
  if (message.method !== undefined) {
    throw new GatewayError('INVALID_REQUEST', `Invalid Request: ${where} has a method that is not a string`);
  }
  if ('result' in message && id !== undefined && id !== null) {
    return { message, text: frameText, kind: 'response', method: null, idJson, toolName: null };
  }
  if ('error' in message) {
    return { message, text: frameText, kind: 'error', method: null, idJson, toolName: null };
  }
  throw new GatewayError(
    'INVALID_REQUEST',
    `Invalid Request: ${where} is neither a request, notification nor response`,
  );
}

function toolNameOf(message: Record<string, unknown>): string | null {
  if (message.method !== 'tools/call') return null;
  const params = message.params as { name?: unknown } | undefined;
  return typeof params?.name === 'string' ? params.name : null;
}

/** A JSON-RPC error frame the gateway answers a request with itself. */
export function errorFrame(idJson: string | null, code: number, message: string): JsonRpcFrame {
  return frameOf({
    jsonrpc: '2.0',
    id: idJson === null ? null : JSON.parse(idJson),
    error: { code, message },
  });
}
