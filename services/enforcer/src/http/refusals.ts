/**
 * Malformed request bodies the gateway refuses (too large, not JSON, not JSON-RPC, nested too
 * deep, a batch too long, a repeated key, the wrong media type) are attack attempts an auditor
 * must see: each becomes an auth_failure event, reason `invalid_request:<kind>`, with the
 * caller (the verified identity when the body was read after authentication, else the claimed
 * one), connection, source and size — never anything the body holds.
 */
import type { Logger } from '@proctor/logger';
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import type { AuditEmitter } from '../core/audit-emitter';
import { recordAuthFailure } from '../core/auth-failures';
import { GatewayError } from '../core/errors';
import { type BodyLimits, type ParsedBody, parseClientBody } from '../core/json-rpc';
import { authenticatedIdentity, single } from './authenticate';

/** Errors parseClientBody threw: refusals of the body itself, not of what the core did with it. */
const bodyRefusals = new WeakSet<object>();

/**
 * parseClientBody, its refusals marked for recording; and a body with a `__proto__` key
 * anywhere is refused too: JSON.parse keeps it as a plain key the policy reads past, while a
 * server that merges arguments into an object (`Object.assign`, a naive deep merge) turns it
 * into a prototype whose values the call then has — arguments no rule saw.
 */
export function parseBodyOrRefuse(raw: Buffer, limits: BodyLimits): ParsedBody {
  try {
    const parsed = parseClientBody(raw, limits);
    // Escaped spellings ("\u005f_proto__") parse to the same key: any escape means a look.
    if (raw.includes(PROTO) || raw.includes(ESCAPE)) {
      for (const frame of parsed.frames) {
        if (hasProtoKey(frame.message, limits.maxDepth)) {
          throw new GatewayError('INVALID_REQUEST', 'Invalid Request: an object has a "__proto__" key', {
            idJson: parsed.batch ? null : frame.idJson,
          });
        }
      }
    }
    return parsed;
  } catch (err) {
    if (err instanceof GatewayError) bodyRefusals.add(err);
    throw err;
  }
}

const PROTO = Buffer.from('__proto__');
const ESCAPE = Buffer.from('\\u');

function hasProtoKey(value: unknown, depth: number): boolean {
  if (typeof value !== 'object' || value === null || depth < 0) return false;
  if (Array.isArray(value)) return value.some((item) => hasProtoKey(item, depth - 1));
  if (Object.hasOwn(value, '__proto__')) return true;
  return Object.values(value).some((item) => hasProtoKey(item, depth - 1));
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
  [/"__proto__" key/, 'proto_key'],
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
}

/** Records every refused body of an MCP request, before the refusal is answered. */
export function recordBodyRefusals(app: FastifyInstance, deps: RefusalRecordingDeps): void {
  app.addHook('onError', async (req, _reply, error) => {
    const kind = refusalKind(error);
    if (kind === null || !req.url.startsWith('/mcp/')) return;
    const name = (req.params as { name?: string } | undefined)?.name;
    await recordAuthFailure(deps.emitter, {
      connection: name !== undefined && deps.connections.has(name) ? name : null,
      sourceIp: req.ip ?? null,
      userAgent: single(req.headers['user-agent']),
      code: 'INVALID_REQUEST',
      reason: `invalid_request:${kind}`,
      httpStatus: statusOf(error),
      authorization: req.headers.authorization,
      identity: authenticatedIdentity(req),
      requestBytes: bodyBytes(req),
    }).catch((err: unknown) => deps.logger.error({ err }, 'could not record a refused request body'));
  });
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
