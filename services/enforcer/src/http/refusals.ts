/**
 * Malformed request bodies the gateway refuses (too large, not JSON, not JSON-RPC, nested too
 * deep, a batch too long, a repeated key, the wrong media type) are attack attempts an auditor
 * must see: each becomes an auth_failure event, reason `invalid_request:<kind>`, with the
 * caller (the verified identity when the body was read after authentication, else the claimed
 * one), connection, source and size — never anything the body holds.
 */
import type { RefusalLimit } from '@proctor/identity';
import type { Logger } from '@proctor/logger';
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import type { AuditEmitter } from '../core/audit-emitter';
import { recordAuthFailure } from '../core/auth-failures';
import { GatewayError } from '../core/errors';
import { type BodyLimits, type ParsedBody, parseClientBody } from '../core/json-rpc';
import { refuseNonMcpShapes } from '../core/mcp-shape';
import { authenticatedIdentity, single } from './authenticate';

/** Errors parseClientBody threw: refusals of the body itself, not of what the core did with it. */
const bodyRefusals = new WeakSet<object>();

/** parseClientBody and MCP's shapes of what rules read, its refusals marked for recording. */
export function parseBodyOrRefuse(raw: Buffer, limits: BodyLimits): ParsedBody {
  try {
    const parsed = parseClientBody(raw, limits);
    refuseNonMcpShapes(parsed);
    return parsed;
  } catch (err) {
    if (err instanceof GatewayError) bodyRefusals.add(err);
    throw err;
  }
}

/**
 * A body the gateway would read otherwise than it is meant: compressed (`Content-Encoding`
 * other than identity — the gateway decompresses nothing, so a compression bomb has nothing to
 * expand, and a body it reads as plain JSON must not be declared as something else) or in a
 * charset other than UTF-8 (MCP's JSON is UTF-8). Refused 415 and recorded; null otherwise.
 */
export function bodyEncodingRefusal(headers: FastifyRequest['headers']): GatewayError | null {
  const coding = single(headers['content-encoding'])?.trim().toLowerCase();
  const charset = /;\s*charset\s*=\s*"?([^";\s]*)/i
    .exec(single(headers['content-type']) ?? '')?.[1]
    ?.toLowerCase();
  let refused: GatewayError | null = null;
  if (coding !== undefined && coding !== '' && coding !== 'identity') {
    refused = new GatewayError(
      'UNSUPPORTED_MEDIA_TYPE',
      'Unsupported Media Type: the Content-Encoding of the body must be identity (send it uncompressed)',
    );
  } else if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    refused = new GatewayError(
      'UNSUPPORTED_MEDIA_TYPE',
      'Unsupported Media Type: the body must be JSON in the UTF-8 charset',
    );
  }
  if (refused) bodyRefusals.add(refused);
  return refused;
}

/** Refusals fastify makes before a handler runs (the body parser), by error code. */
const PARSER_REFUSALS: Readonly<Record<string, string>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'empty',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad_content_length',
};

/** The kind of a marked body refusal, from its error (a fixed word: the message may quote the body's structure). */
const BODY_REFUSALS: readonly [RegExp, string][] = [
  [/not valid UTF-8/, 'not_utf8'],
  [/not valid JSON/, 'not_json'],
  [/nested deeper than/, 'too_deep'],
  [/a batch may hold at most/, 'batch_too_large'],
  [/repeats a key/, 'duplicate_key'],
  [/"__proto__" key|"constructor" key holding/, 'proto_key'],
  [/not as MCP's schema has it/, 'not_mcp'],
  [/Content-Encoding/, 'unsupported_encoding'],
  [/UTF-8 charset/, 'unsupported_media_type'],
];

export function refusalKind(error: unknown): string | null {
  const parserKind = PARSER_REFUSALS[(error as FastifyError | undefined)?.code ?? ''];
  if (parserKind !== undefined) return parserKind;
  if (!(error instanceof GatewayError) || !bodyRefusals.has(error)) return null;
  for (const [pattern, kind] of BODY_REFUSALS) if (pattern.test(error.message)) return kind;
  return 'not_json_rpc';
}

export interface RefusalRecordingDeps {
  emitter: AuditEmitter;
  connections: ReadonlySet<string>;
  logger: Logger;
  /** Refusals recorded per source address (see recordAuthFailure). */
  refusals?: RefusalLimit;
}

/**
 * Records every refused body of an MCP request, and every request naming a session of another
 * identity (`session_forbidden`: a hijack attempt, with the verified caller who made it),
 * before the refusal is answered.
 */
export function recordBodyRefusals(app: FastifyInstance, deps: RefusalRecordingDeps): void {
  app.addHook('onError', async (req, _reply, error) => {
    const reason = refusalReason(error);
    if (reason === null || !req.url.startsWith('/mcp/')) return;
    const name = (req.params as { name?: string } | undefined)?.name;
    await recordAuthFailure(
      deps.emitter,
      {
        connection: name !== undefined && deps.connections.has(name) ? name : null,
        sourceIp: req.ip ?? null,
        userAgent: single(req.headers['user-agent']),
        code: error instanceof GatewayError ? error.code : 'INVALID_REQUEST',
        reason,
        httpStatus: statusOf(error),
        authorization: req.headers.authorization,
        identity: authenticatedIdentity(req),
        requestBytes: bodyBytes(req),
      },
      deps.refusals,
    ).catch((err: unknown) => deps.logger.error({ err }, 'could not record a refused request body'));
  });
}

/** What a recorded refusal says: `invalid_request:<kind>` for a body, `session_forbidden`; null for others. */
function refusalReason(error: unknown): string | null {
  if (error instanceof GatewayError && error.code === 'SESSION_FORBIDDEN') return 'session_forbidden';
  if (error instanceof GatewayError && error.code === 'REQUEST_ID_IN_USE') return 'invalid_request:id_in_use';
  const kind = refusalKind(error);
  return kind === null ? null : `invalid_request:${kind}`;
}

function statusOf(error: unknown): number {
  if (error instanceof GatewayError) return error.httpStatus;
  return (error as FastifyError).statusCode ?? 400;
}

/** The body's size: what was read, or (refused while reading) what the client declared. */
function bodyBytes(req: FastifyRequest): number | null {
  if (Buffer.isBuffer(req.body)) return req.body.length;
  const declared = Number(req.headers['content-length']);
  return Number.isSafeInteger(declared) && declared >= 0 ? declared : null;
}
