/**
 * An upstream of both eras (it answers `initialize` and names 2026-07-28 in `server/discover`)
 * that answers more than it was asked: for the tool `stray`
 * its SSE stream carries an answer under the id of the client's denied call (id 5, which it
 * never received), one under an id never sent (`"x"`), the call's answer, then a second answer
 * under the call's id; for `stray_json` the same as one JSON array. Any other call is answered
 * once. All data is synthetic.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StrayAnswerUpstream {
  url: string;
  close(): Promise<void>;
}

/** The texts of the answers the upstream should never get to the client. */
export const STRAY_TEXTS = ['answer-for-denied-5', 'answer-for-unsent-x', 'second-answer'];

const text = (id: unknown, said: string) => ({
  jsonrpc: '2.0',
  id,
  result: { content: [{ type: 'text', text: said }], resultType: 'complete' },
});

function answersTo(message: { id: unknown; params?: { name?: string } }): object[] {
  if (message.params?.name !== 'stray' && message.params?.name !== 'stray_json')
    return [text(message.id, 'the answer')];
  return [
    text(5, 'answer-for-denied-5'),
    text('x', 'answer-for-unsent-x'),
    text(message.id, 'the answer'),
    text(message.id, 'second-answer'),
  ];
}

export async function startStrayAnswerUpstream(): Promise<StrayAnswerUpstream> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method !== 'POST') return void res.writeHead(405).end();
      const message = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const headers = { 'mcp-session-id': 'stray-session-1' };
      if (message.id === undefined) return void res.writeHead(202, headers).end();
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
      if (message.params?.name === 'stray_json')
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
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
