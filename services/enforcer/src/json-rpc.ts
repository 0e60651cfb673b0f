import type { FrameKind } from '@proctor/events';

/** One JSON-RPC 2.0 message as it crossed the gateway, classified for the audit event. */
export interface JsonRpcFrame {
  message: Record<string, unknown>;
  /** The message's JSON text: the body itself for a single message, re-serialized inside a batch. */
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
}

export class JsonRpcError extends Error {
  constructor(
    readonly rpcCode: number,
    message: string,
    readonly httpStatus: number,
  ) {
    super(message);
    this.name = 'JsonRpcError';
  }
}

export const RPC = {
  PARSE_ERROR: -32700,
  INVALID_REQUEST: -32600,
} as const;

/**
 * Parses an HTTP body into JSON-RPC frames. Rejects, with the JSON-RPC error a client
 * expects, anything that is not JSON, not JSON-RPC 2.0, or nested deeper than maxDepth
 * (deep nesting is a cheap way to exhaust a parser downstream).
 */
export function parseJsonRpcBody(body: Buffer, maxDepth: number): ParsedBody {
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch {
    throw new JsonRpcError(RPC.PARSE_ERROR, 'Parse error: the body is not valid JSON', 400);
  }
  if (exceedsDepth(value, maxDepth)) {
    throw new JsonRpcError(
      RPC.INVALID_REQUEST,
      `Invalid Request: JSON nested deeper than ${maxDepth} levels`,
      400,
    );
  }
  if (Array.isArray(value)) {
    if (value.length === 0) throw new JsonRpcError(RPC.INVALID_REQUEST, 'Invalid Request: empty batch', 400);
    const frames = value.map((item, i) => classify(item, null, `batch item ${i}`));
    return { frames, batch: true };
  }
  return { frames: [classify(value, body, 'message')], batch: false };
}

/** Parses one message that arrived from upstream (a JSON body or an SSE data field). */
export function parseUpstreamMessages(text: string, maxDepth: number): JsonRpcFrame[] {
  return parseJsonRpcBody(Buffer.from(text, 'utf8'), maxDepth).frames;
}

function classify(value: unknown, text: Buffer | null, where: string): JsonRpcFrame {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new JsonRpcError(RPC.INVALID_REQUEST, `Invalid Request: ${where} is not a JSON-RPC object`, 400);
  }
  const message = value as Record<string, unknown>;
  if (message.jsonrpc !== '2.0') {
    throw new JsonRpcError(RPC.INVALID_REQUEST, `Invalid Request: ${where} lacks "jsonrpc": "2.0"`, 400);
  }
  const id = message.id;
  if (id !== undefined && id !== null && typeof id !== 'string' && typeof id !== 'number') {
    throw new JsonRpcError(
      RPC.INVALID_REQUEST,
      `Invalid Request: ${where} has an id that is not a string or number`,
      400,
    );
  }
  const idJson = id === undefined ? null : JSON.stringify(id);
  const frameText = text ?? Buffer.from(JSON.stringify(message), 'utf8');
  if (typeof message.method === 'string') {
    const kind: FrameKind = id === undefined ? 'notification' : 'request';
    return { message, text: frameText, kind, method: message.method, idJson, toolName: toolNameOf(message) };
  }
  if (message.method !== undefined) {
    throw new JsonRpcError(
      RPC.INVALID_REQUEST,
      `Invalid Request: ${where} has a method that is not a string`,
      400,
    );
  }
  if ('result' in message && id !== undefined) {
    return { message, text: frameText, kind: 'response', method: null, idJson, toolName: null };
  }
  if ('error' in message) {
    return { message, text: frameText, kind: 'error', method: null, idJson, toolName: null };
  }
  throw new JsonRpcError(
    RPC.INVALID_REQUEST,
    `Invalid Request: ${where} is neither a request, notification nor response`,
    400,
  );
}

function toolNameOf(message: Record<string, unknown>): string | null {
  if (message.method !== 'tools/call') return null;
  const params = message.params as { name?: unknown } | undefined;
  return typeof params?.name === 'string' ? params.name : null;
}

/** Iterative, so a hostile nesting depth cannot overflow the stack here. */
function exceedsDepth(root: unknown, maxDepth: number): boolean {
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop() as [unknown, number];
    if (typeof value !== 'object' || value === null) continue;
    if (depth > maxDepth) return true;
    const children = Array.isArray(value) ? value : Object.values(value);
    for (const child of children) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
  return false;
}

/** A JSON-RPC error response body. */
export function errorBody(rpcCode: number, message: string, idJson: string | null = null): string {
  return `{"jsonrpc":"2.0","id":${idJson ?? 'null'},"error":{"code":${rpcCode},"message":${JSON.stringify(message)}}}`;
}
