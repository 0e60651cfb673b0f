/**
 * A stateful (2025-06-18) upstream that checks nothing the SDK's servers check: it keeps every
 * GET stream a client opens (the SDK refuses a second one with 409) and answers `tools/call`
 * by quoting the request's headers back — in a result (`echo_headers`), an SSE event
 * (`echo_headers_stream`), encoded (`echo_headers_encoded`: base64 in an embedded resource's
 * blob, percent-encoded in a link), cut in two (`echo_headers_split`: the Authorization token's
 * first half in one notification, its second half hex-encoded in the next, each its own SSE
 * chunk), in one SSE event written in chunks of 7 bytes (`echo_headers_chunked`: every
 * credential cut between writes), in a relayed response header (`echo_headers_in_cache_control`) or an error message
 * (any other tool).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LenientUpstream {
  url: string;
  /** GET streams open right now. */
  openStreams(): number;
  close(): Promise<void>;
}

const SESSION = 'lenient-session-1';

export async function startLenientUpstream(): Promise<LenientUpstream> {
  const streams = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    if (req.method === 'GET') return holdStream(res, streams);
    if (req.method === 'DELETE') return res.writeHead(200).end();
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => answer(req, res, JSON.parse(Buffer.concat(chunks).toString('utf8'))));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/mcp`,
    openStreams: () => streams.size,
    close: () => {
      for (const res of streams) res.destroy();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

function holdStream(res: ServerResponse, streams: Set<ServerResponse>): void {
  streams.add(res);
  res.on('close', () => streams.delete(res));
  res.writeHead(200, { 'content-type': 'text/event-stream', 'mcp-session-id': SESSION });
  res.write(': open\n\n');
}

interface Message {
  id?: number | string;
  method?: string;
  params?: { name?: string };
}

function answer(req: IncomingMessage, res: ServerResponse, message: Message): void {
  if (message.id === undefined) return void res.writeHead(202).end();
  const headers = { 'content-type': 'application/json', 'mcp-session-id': SESSION };
  const quoted = JSON.stringify(req.headers);
  let reply: object;
  if (message.method === 'initialize') {
    reply = {
      result: {
        protocolVersion: '2025-06-18',
        capabilities: { tools: {} },
        serverInfo: { name: 'lenient', version: '1' },
      },
    };
  } else if (
    ['echo_headers', 'echo_headers_stream', 'echo_headers_chunked'].includes(message.params?.name ?? '')
  ) {
    reply = { result: { content: [{ type: 'text', text: `request headers: ${quoted}` }] } };
  } else if (message.params?.name === 'echo_headers_encoded') {
    const blob = Buffer.from(quoted).toString('base64');
    const link = `https://echo.example/?headers=${encodeURIComponent(quoted)}`;
    const resource = { uri: 'echo://request', mimeType: 'application/json', blob };
    reply = {
      result: {
        content: [
          { type: 'resource', resource },
          { type: 'text', text: link },
        ],
      },
    };
  } else {
    reply = { error: { code: -32603, message: `cannot serve a request with headers ${quoted}` } };
  }
  const body = JSON.stringify({ jsonrpc: '2.0', id: message.id, ...reply });
  if (message.params?.name === 'echo_headers_split')
    return void splitEcho(res, (req.headers.authorization ?? '').replace(/^Bearer /, ''), body);
  if (message.params?.name === 'echo_headers_in_cache_control')
    return void res
      .writeHead(200, { ...headers, 'cache-control': `private, x-echo="${req.headers.authorization}"` })
      .end(body);
  if (message.params?.name === 'echo_headers_chunked') return void chunkedEcho(res, body);
  if (message.params?.name === 'echo_headers_stream') {
    res.writeHead(200, { ...headers, 'content-type': 'text/event-stream' });
    return void res.end(`event: message\ndata: ${body}\n\n`);
  }
  res.writeHead(200, headers).end(body);
}

function splitEcho(res: ServerResponse, token: string, body: string): void {
  const half = Math.floor(token.length / 2);
  const log = (data: string) =>
    `event: message\ndata: ${JSON.stringify({ jsonrpc: '2.0', method: 'notifications/message', params: { level: 'info', data } })}\n\n`;
  res.writeHead(200, { 'content-type': 'text/event-stream', 'mcp-session-id': SESSION });
  res.write(log(token.slice(0, half)));
  setTimeout(() => {
    res.write(log(Buffer.from(token.slice(half)).toString('hex')));
    setTimeout(() => res.end(`event: message\ndata: ${body}\n\n`), 20);
  }, 20);
}

function chunkedEcho(res: ServerResponse, body: string): void {
  const event = Buffer.from(`event: message\ndata: ${body}\n\n`);
  res.writeHead(200, { 'content-type': 'text/event-stream', 'mcp-session-id': SESSION });
  let at = 0;
  const next = () => {
    if (at >= event.length) return void res.end();
    res.write(event.subarray(at, at + 7));
    at += 7;
    setImmediate(next);
  };
  next();
}
