import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { writeError } from './error-handler';
import { guardMcpRequest, type McpRouteDeps, postToPipeline, writeOutcome } from './mcp-routes';

/** `POST /mcp/<connection>` with a connection name as the configuration allows it (nothing to decode). */
const MCP_POST_PATH = /^\/mcp\/([a-z0-9][a-z0-9_-]*)$/;

export interface DirectPostOptions {
  maxBodyBytes: number;
  /** While the gateway shuts down, requests go to fastify (which answers 503 once it closes). */
  isClosing(): boolean;
}

/**
 * The MCP POST, every call's route, served by node's HTTP server directly instead of through
 * fastify's routing, hooks, body parser and reply (a third of the gateway's own CPU per call
 * went there). It takes only requests whose answer cannot differ from fastify's: a JSON body
 * of a declared length within the limit, to a plain connection path. Anything else (another
 * method or path, a missing or other Content-Type, a chunked or oversized body) is handed to
 * fastify untouched. The steps after that are the routes' own: Host/Origin check,
 * authentication, parse, pipeline, and the same error mapping.
 */
export function directPostListener(
  fastify: RequestListener,
  deps: () => McpRouteDeps | undefined,
  options: DirectPostOptions,
): RequestListener {
  return (req, res) => {
    const routeDeps = deps();
    const connection = routeDeps && !options.isClosing() ? directConnection(req, options.maxBodyBytes) : null;
    if (connection === null || routeDeps === undefined) {
      fastify(req, res);
      return;
    }
    serve(req, res, connection, routeDeps, options.maxBodyBytes);
  };
}

/** The connection of a request this route takes, or null to leave it to fastify. */
function directConnection(req: IncomingMessage, maxBodyBytes: number): string | null {
  if (req.method !== 'POST') return null;
  const type = req.headers['content-type'];
  if (type !== 'application/json' && type !== 'application/json; charset=utf-8') return null;
  if (req.headers['transfer-encoding'] !== undefined) return null;
  const length = Number(req.headers['content-length']);
  if (!(length > 0 && length <= maxBodyBytes)) return null;
  const match = MCP_POST_PATH.exec(req.url ?? '');
  return match ? (match[1] as string) : null;
}

function serve(
  req: IncomingMessage,
  res: ServerResponse,
  connection: string,
  deps: McpRouteDeps,
  maxBodyBytes: number,
): void {
  const fail = (err: unknown) => writeError(res, err, deps.logger, maxBodyBytes);
  try {
    guardMcpRequest(req, deps);
  } catch (err) {
    // Like fastify after a refusal in a hook: the body is not read.
    fail(err);
    return;
  }
  readBody(req, (raw) => {
    postToPipeline(req, res, connection, raw, deps)
      .then((outcome) => writeOutcome(res, outcome, false))
      .catch(fail);
  });
}

/** Gathers a body of the declared length; a client that goes away before its end is not answered. */
function readBody(req: IncomingMessage, done: (body: Buffer) => void): void {
  req.on('error', ignore);
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.once('end', () => done(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks)));
}

/** A request stream's error (the client reset the connection): nobody left to answer. */
function ignore(): void {}
