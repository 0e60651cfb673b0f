/**
 * `proctor replay BUNDLE --against URL`: re-sends the recorded client requests (masked, as
 * recorded) to a sandbox MCP server and reports, frame by frame, where its answers differ from
 * the recorded ones. The stateful era gets its handshake and session header; the stateless era
 * gets MCP-Protocol-Version and the Mcp-Method / Mcp-Name headers on every request.
 */
import { canonicalJson, type JsonValue } from '@proctor/integrity';
import type { JsonRpcMessage, RecordedSession } from './recorded-exchanges';

export interface FrameComparison {
  sessionId: string;
  seq: number;
  method: string;
  outcome: 'same' | 'different' | 'no_answer' | 'not_recorded';
  /** JSON paths where the answers differ (at most 20). */
  differences: string[];
}

export interface ReplayReport {
  ok: boolean;
  compared: number;
  different: number;
  frames: FrameComparison[];
}

export async function replayAgainst(
  sessions: readonly RecordedSession[],
  url: string,
  options: { headers?: Record<string, string>; timeoutMs?: number } = {},
): Promise<ReplayReport> {
  const frames: FrameComparison[] = [];
  for (const session of sessions) {
    const client = new SandboxClient(url, session, options.headers ?? {}, options.timeoutMs ?? 30_000);
    const notifications = [...session.notifications];
    for (const exchange of session.exchanges) {
      while (notifications[0] && notifications[0].seq < exchange.seq) {
        await client.send((notifications.shift() as { message: JsonRpcMessage }).message);
      }
      const got = await client.send(exchange.request);
      const method = String(exchange.request.method);
      if (exchange.answer === null) {
        frames.push({
          sessionId: session.sessionId,
          seq: exchange.seq,
          method,
          outcome: 'not_recorded',
          differences: [],
        });
        continue;
      }
      if (got === null) {
        frames.push({
          sessionId: session.sessionId,
          seq: exchange.seq,
          method,
          outcome: 'no_answer',
          differences: ['$'],
        });
        continue;
      }
      const differences = diff(strip(exchange.answer), strip(got), '$');
      frames.push({
        sessionId: session.sessionId,
        seq: exchange.seq,
        method,
        outcome: differences.length === 0 ? 'same' : 'different',
        differences: differences.slice(0, 20),
      });
    }
    await client.close();
  }
  const different = frames.filter((f) => f.outcome === 'different' || f.outcome === 'no_answer').length;
  return { ok: different === 0, compared: frames.length, different, frames };
}

class SandboxClient {
  private sessionId: string | null = null;

  constructor(
    private readonly url: string,
    private readonly session: RecordedSession,
    private readonly headers: Record<string, string>,
    private readonly timeoutMs: number,
  ) {}

  /** Sends one message; returns the answer to a request (null for notifications or when none came). */
  async send(message: JsonRpcMessage): Promise<JsonRpcMessage | null> {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
      ...this.headers,
    };
    if (this.session.protocolVersion && message.method !== 'initialize') {
      headers['mcp-protocol-version'] = this.session.protocolVersion;
    }
    if (this.sessionId) headers['mcp-session-id'] = this.sessionId;
    if (this.session.era === 'stateless' && message.method) {
      headers['mcp-method'] = message.method;
      const name = message.params?.name ?? message.params?.uri;
      if (typeof name === 'string') headers['mcp-name'] = name;
    }
    const response = await fetch(this.url, {
      method: 'POST',
      headers,
      body: JSON.stringify(message),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    const sessionId = response.headers.get('mcp-session-id');
    if (sessionId) this.sessionId = sessionId;
    const text = await response.text();
    if (message.id === undefined || message.id === null) return null;
    const type = response.headers.get('content-type') ?? '';
    const candidates = type.includes('text/event-stream') ? sseMessages(text) : parseAll(text);
    return candidates.find((m) => m.id === message.id && m.method === undefined) ?? null;
  }

  async close(): Promise<void> {
    if (!this.sessionId) return;
    await fetch(this.url, {
      method: 'DELETE',
      headers: { 'mcp-session-id': this.sessionId, ...this.headers },
    }).catch(() => undefined);
  }
}

function parseAll(text: string): JsonRpcMessage[] {
  try {
    const value = JSON.parse(text) as unknown;
    return (Array.isArray(value) ? value : [value]) as JsonRpcMessage[];
  } catch {
    return [];
  }
}

function sseMessages(text: string): JsonRpcMessage[] {
  const out: JsonRpcMessage[] = [];
  for (const block of text.split(/\r?\n\r?\n/)) {
    const data = block
      .split(/\r?\n/)
      .filter((line) => line.startsWith('data:'))
      .map((line) => line.slice(5).replace(/^ /, ''))
      .join('\n');
    if (data) out.push(...parseAll(data));
  }
  return out;
}

/** What is compared: the answer without its id and without per-response metadata. */
function strip(message: JsonRpcMessage): unknown {
  const { id: _id, jsonrpc: _v, ...rest } = message;
  const result = rest.result as Record<string, unknown> | undefined;
  if (result && typeof result === 'object' && '_meta' in result) {
    const { _meta: _m, ...kept } = result;
    return { ...rest, result: kept };
  }
  return rest;
}

function diff(expected: unknown, actual: unknown, path: string): string[] {
  // A key only one side has: a difference at that key, not a value to canonicalize.
  if (expected === undefined || actual === undefined) return expected === actual ? [] : [path];
  if (canonicalJson(expected as JsonValue) === canonicalJson(actual as JsonValue)) return [];
  if (typeof expected !== 'object' || typeof actual !== 'object' || expected === null || actual === null)
    return [path];
  if (Array.isArray(expected) !== Array.isArray(actual)) return [path];
  const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  const out: string[] = [];
  for (const key of keys) {
    const sub = Array.isArray(expected) ? `${path}[${key}]` : `${path}.${key}`;
    out.push(
      ...diff((expected as Record<string, unknown>)[key], (actual as Record<string, unknown>)[key], sub),
    );
  }
  return out;
}
