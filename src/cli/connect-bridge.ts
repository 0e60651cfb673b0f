import type { Readable, Writable } from 'node:stream';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import type { FetchLike } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';

export interface BridgeOptions {
  /** The gateway's MCP endpoint for one connection: `<gateway>/mcp/<connection>`. */
  endpoint: URL;
  fetch: FetchLike;
  stdin: Readable;
  stdout: Writable;
  /** Diagnostics (never message contents): the local client reads only MCP on stdout. */
  warn: (message: string) => void;
}

export interface Bridge {
  /** Resolves when the local client closed stdin (or `close` was called) and the bridge stopped. */
  closed: Promise<void>;
  close(): Promise<void>;
}

/**
 * Relays MCP messages between a local stdio client and the gateway's Streamable HTTP
 * endpoint, unchanged, in both directions: requests and notifications go up as POSTs;
 * responses, server notifications and server-to-client requests come back from POST
 * answers and the session's GET stream. The gateway session is deleted on exit.
 */
export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const local = new StdioServerTransport(options.stdin, options.stdout);
  const gateway = new StreamableHTTPClientTransport(options.endpoint, { fetch: options.fetch });
  const initializeIds = new Set<string | number>();

  local.onmessage = (message) => {
    if (isRequest(message, 'initialize')) initializeIds.add(message.id);
    gateway.send(message).catch(() => {
      // Reported through gateway.onerror; requests were already answered by the fetch wrapper.
    });
  };
  local.onerror = (err) => options.warn(`local client sent something that is not MCP: ${err.message}`);
  gateway.onmessage = (message) => {
    noteProtocolVersion(message, initializeIds, gateway);
    local
      .send(message)
      .catch((err: Error) => options.warn(`cannot write to the local client: ${err.message}`));
  };
  gateway.onerror = (err) => options.warn(`gateway: ${err.message}`);

  let finish: () => void = () => undefined;
  const closed = new Promise<void>((resolve) => {
    finish = resolve;
  });
  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= (async () => {
      await gateway.terminateSession().catch(() => undefined);
      await gateway.close().catch(() => undefined);
      await local.close().catch(() => undefined);
      finish();
    })();
    return closing;
  };
  options.stdin.once('end', () => void close());
  options.stdin.once('close', () => void close());

  await gateway.start();
  await local.start();
  return { closed, close };
}

function isRequest(
  message: JSONRPCMessage,
  method: string,
): message is JSONRPCMessage & { id: string | number } {
  return 'method' in message && message.method === method && 'id' in message;
}

/**
 * The transport sends MCP-Protocol-Version once it knows the negotiated revision; a bare
 * transport (no SDK Client around it) learns it here, from the initialize result.
 */
function noteProtocolVersion(
  message: JSONRPCMessage,
  initializeIds: Set<string | number>,
  gateway: StreamableHTTPClientTransport,
): void {
  if (!('id' in message) || !('result' in message) || !initializeIds.has(message.id)) return;
  initializeIds.delete(message.id);
  const version = (message.result as { protocolVersion?: unknown }).protocolVersion;
  if (typeof version === 'string') gateway.setProtocolVersion(version);
}
