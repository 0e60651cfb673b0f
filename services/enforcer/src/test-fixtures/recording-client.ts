/**
 * An official SDK v1 client that records every message it sends and receives, with handlers
 * for every server-to-client request (sampling with tools, elicitation in form and URL mode,
 * roots), answering deterministically so a run through the gateway can be compared with a
 * direct one. All data is synthetic.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import {
  StreamableHTTPClientTransport,
  type StreamableHTTPClientTransportOptions,
} from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import {
  CreateMessageRequestSchema,
  ElicitRequestSchema,
  ListRootsRequestSchema,
} from '@modelcontextprotocol/sdk/types.js';

export interface RecordingClient {
  client: Client;
  transport: StreamableHTTPClientTransport;
  sent: JSONRPCMessage[];
  received: JSONRPCMessage[];
  /** Notifications the client got, by method. */
  notifications: { method: string; params: unknown }[];
}

export async function connectRecordingClient(
  url: string,
  options: {
    headers?: Record<string, string>;
    transport?: StreamableHTTPClientTransportOptions;
    protocolVersion?: string;
  } = {},
): Promise<RecordingClient> {
  const transport = new StreamableHTTPClientTransport(new URL(url), {
    requestInit: { headers: options.headers ?? {} },
    ...options.transport,
  });
  const sent: JSONRPCMessage[] = [];
  const received: JSONRPCMessage[] = [];
  const notifications: RecordingClient['notifications'] = [];
  const send = transport.send.bind(transport);
  transport.send = (message, sendOptions) => {
    sent.push(...(Array.isArray(message) ? message : [message]));
    return send(message, sendOptions);
  };
  let inner: StreamableHTTPClientTransport['onmessage'];
  Object.defineProperty(transport, 'onmessage', {
    configurable: true,
    get: () => inner,
    set: (handler: StreamableHTTPClientTransport['onmessage']) => {
      inner = (message: JSONRPCMessage) => {
        received.push(message);
        if ('method' in message && !('id' in message)) {
          notifications.push({ method: message.method, params: message.params });
        }
        handler?.(message);
      };
    },
  });
  const client = new Client(
    { name: 'recording-client', version: '1.0.0' },
    {
      capabilities: {
        sampling: { tools: {} },
        elicitation: { form: {}, url: {} },
        roots: { listChanged: true },
      },
    },
  );
  client.setRequestHandler(CreateMessageRequestSchema, async (request) => ({
    role: 'assistant',
    model: 'synthetic-model',
    content: { type: 'text', text: `answer to ${request.params.messages.length} message(s)` },
    stopReason: 'endTurn',
  }));
  client.setRequestHandler(ElicitRequestSchema, async (request) =>
    request.params.mode === 'url' ? { action: 'accept' } : { action: 'accept', content: { color: 'teal' } },
  );
  client.setRequestHandler(ListRootsRequestSchema, async () => ({
    roots: [{ uri: 'file:///synthetic/project', name: 'project' }],
  }));
  if (options.protocolVersion) {
    // The SDK offers its latest revision; a test pins an older one the same way a client would.
    const request = client.request.bind(client);
    client.request = ((req: { method: string; params?: Record<string, unknown> }, ...rest: unknown[]) =>
      request(
        req.method === 'initialize'
          ? { ...req, params: { ...req.params, protocolVersion: options.protocolVersion } }
          : req,
        ...(rest as [never]),
      )) as typeof client.request;
  }
  await client.connect(transport);
  return { client, transport, sent, received, notifications };
}
