/**
 * An upstream of both eras (it answers `initialize` and names 2026-07-28 in `server/discover`)
 * that answers more than it was asked: for the tool `stray`
 * its SSE stream carries an answer under the id of the client's denied call (id 5, which it
 * never received), one under an id never sent (`"x"`), the call's answer, then a second answer
 * under the call's id; for `stray_json` the same as one JSON array. For `asks_client` (and
 * `asks_client_json`) it sends, before the answer, requests only a client may send
 * (CLIENT_ONLY_REQUESTS) and a ping, which a server may send. Any other call is answered once.
 * Answers it receives (to what it asked) are kept in `answersReceived`. All data is synthetic.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StrayAnswerUpstream {
  url: string;
  /** The JSON-RPC answers posted to the upstream (to the requests it sent toward the client). */
  answersReceived: { id?: unknown; result?: unknown; error?: unknown }[];
  close(): Promise<void>;
}

/** The texts of the answers the upstream should never get to the client. */
export const STRAY_TEXTS = ['answer-for-denied-5', 'answer-for-unsent-x', 'second-answer'];

/**
 * Requests only a client may send, as this upstream sends them toward the client; the texts in
 * them must never reach the client.
 */
export const CLIENT_ONLY_REQUESTS = [
  {
    jsonrpc: '2.0',
    id: 'up-call',
    method: 'tools/call',
    params: { name: 'client-only-tools-call', arguments: {} },
  },
  {
    jsonrpc: '2.0',
    id: 'up-init',
    method: 'initialize',
    params: {
      protocolVersion: '2025-11-25',
      capabilities: {},
      clientInfo: { name: 'client-only-initialize', version: '1' },
    },
  },
  {
    jsonrpc: '2.0',
    id: 'up-read',
    method: 'resources/read',
    params: { uri: 'demo://client-only-resources-read' },
  },
];
export const CLIENT_ONLY_TEXTS = [
  'client-only-tools-call',
  'client-only-initialize',
  'client-only-resources-read',
];

/** A request a server may send a client: relayed to a stateful client. */
export const SERVER_PING = { jsonrpc: '2.0', id: 'up-ping', method: 'ping' };

const text = (id: unknown, said: string) => ({
  jsonrpc: '2.0',
  id,
  result: { content: [{ type: 'text', text: said }], resultType: 'complete' },
});

function answersTo(message: { id: unknown; params?: { name?: string } }): object[] {
  const name = message.params?.name;
  if (name === 'asks_client' || name === 'asks_client_json')
    return [...CLIENT_ONLY_REQUESTS, SERVER_PING, text(message.id, 'the answer')];
  if (name !== 'stray' && name !== 'stray_json') return [text(message.id, 'the answer')];
  return [
    text(5, 'answer-for-denied-5'),
    text('x', 'answer-for-unsent-x'),
    text(message.id, 'the answer'),
    text(message.id, 'second-answer'),
  ];
}

export async function startStrayAnswerUpstream(): Promise<StrayAnswerUpstream> {
  const answersReceived: StrayAnswerUpstream['answersReceived'] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method !== 'POST') return void res.writeHead(405).end();
      const message = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const headers = { 'mcp-session-id': 'stray-session-1' };
      if (message.id === undefined) return void res.writeHead(202, headers).end();
      if (message.method === undefined) {
        answersReceived.push(message);
        return void res.writeHead(202, headers).end();
      }
      if (message.method === 'server/discover') {
        const result = {
          supportedVersions: ['2026-07-28'],
          capabilities: { tools: {} },
          serverInfo: { name: 'stray', version: '1' },
          resultType: 'complete',
        };
        return void res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ jsonrpc: '2.0', id: message.id, result }));
      }
      if (message.method === 'initialize') {
        const result = {
          protocolVersion: message.params.protocolVersion,
          capabilities: { tools: {} },
          serverInfo: { name: 'stray', version: '1' },
        };
        return void res
          .writeHead(200, { ...headers, 'content-type': 'application/json' })
          .end(JSON.stringify({ jsonrpc: '2.0', id: message.id, result }));
      }
      const answers = answersTo(message);
      if (message.params?.name === 'stray_json' || message.params?.name === 'asks_client_json')
        return void res
          .writeHead(200, { ...headers, 'content-type': 'application/json' })
          .end(JSON.stringify(answers));
      res.writeHead(200, { ...headers, 'content-type': 'text/event-stream' });
      res.end(answers.map((a) => `event: message\ndata: ${JSON.stringify(a)}\n\n`).join(''));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/mcp`,
    answersReceived,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
