import { maskJsonText } from '@proctor/masking';
import type { EventContent } from '../audit-emitter';

export interface InlineMaskOutcome {
  message: Record<string, unknown>;
  /** rule_error events to record (a payload that could not be masked was withheld). */
  events: EventContent[];
}

/**
 * Masks a server→client message inline, before the client sees it (a policy `mask` rule).
 * Everything but the JSON-RPC envelope is masked — the result (or an error's message and
 * data), and whatever else the server put beside it — while `jsonrpc` and the id stay intact so
 * the client can match the answer to its request (`keepId` false: an answer under an id the
 * client never sent has no request to match, and a string id is masked too). A result the engine
 * cannot mask with certainty is withheld and answered with an error instead — never delivered
 * in clear.
 */
export function maskMessageInline(
  message: Record<string, unknown>,
  ruleId: string,
  keepId = true,
): InlineMaskOutcome {
  if (!('result' in message)) return maskErrorInline(message, ruleId, keepId);
  const { jsonrpc: _jsonrpc, id: given, result, ...said } = message;
  const id = keepId ? given : strayId(given);
  // Masked as the JSON-RPC answer it is, as ingest masks the stored copy: the engine then reads
  // the result as MCP content (an image's data, a blob it cannot read as text: redacted, unless
  // its media type is allowed), where as plain JSON data they would pass as they are.
  const text = JSON.stringify({ jsonrpc: '2.0', result, ...said });
  const masked = maskJsonText(text);
  if (masked.quarantined) return withheldAnswer(id, ruleId, masked.quarantineReason);
  if (masked.text === text && id === given) return { message, events: [] };
  const {
    jsonrpc: _masked,
    result: maskedResult,
    ...maskedBeside
  } = JSON.parse(masked.text) as Record<string, unknown>;
  return {
    message: { jsonrpc: message.jsonrpc, id, ...maskedBeside, result: encodedMedia(maskedResult) },
    events: [],
  };
}

/** The error answered instead of a result that could not be masked, and the rule_error to record. */
function withheldAnswer(id: unknown, ruleId: string, reason: string | undefined): InlineMaskOutcome {
  return {
    message: {
      jsonrpc: '2.0',
      id: id ?? null,
      error: {
        code: -32603,
        message: 'the response was withheld: it could not be masked',
        data: { rule: ruleId },
      },
    },
    events: [
      {
        type: 'rule_error',
        body: { ruleId, stage: 'inline', error: reason ?? 'quarantined', frameSeq: null },
      },
    ],
  };
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Media the engine redacted (an image's or audio's `data`, a resource's `blob`) hold its marker
 * (`[PHOTO]`), which MCP's schema refuses where base64 is due (the SDK's clients reject the
 * whole answer): each such marker is sent base64-encoded, so the answer stays valid and the
 * media decodes to the marker.
 */
function encodedMedia(value: unknown): unknown {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = encodedMedia(value[i]);
    return value;
  }
  if (typeof value !== 'object' || value === null) return value;
  const fields = value as Record<string, unknown>;
  for (const key of Object.keys(fields)) {
    const field = fields[key];
    const media = key === 'blob' || (key === 'data' && (fields.type === 'image' || fields.type === 'audio'));
    if (media && typeof field === 'string' && !BASE64.test(field))
      fields[key] = Buffer.from(field).toString('base64');
    else fields[key] = encodedMedia(field);
  }
  return value;
}

/**
 * An error answer's message and data, masked like a result: a server's error often quotes what
 * it was asked or found (`no coverage for <name>, SSN …`). Its code stays as it is when it is
 * an integer, as JSON-RPC has it; a code of any other kind is masked like the rest.
 */
function maskErrorInline(
  message: Record<string, unknown>,
  ruleId: string,
  keepId: boolean,
): InlineMaskOutcome {
  const { jsonrpc: _jsonrpc, id: given, error, ...beside } = message;
  const id = keepId ? given : strayId(given);
  const isObject = typeof error === 'object' && error !== null && !Array.isArray(error);
  let said = error;
  let code: unknown;
  if (isObject) {
    const { code: given, ...rest } = error as Record<string, unknown>;
    said = rest;
    // The engine reads an error's code as the protocol's number and leaves it: one of another
    // kind is masked as a value of its own.
    code = given === undefined || Number.isInteger(given) ? given : maskedValue(given);
    if (code === WITHHELD_VALUE) return withheldAnswer(id, ruleId, 'quarantined');
  }
  const text = JSON.stringify({ jsonrpc: '2.0', error: said, ...beside });
  const masked = maskJsonText(text);
  if (masked.quarantined) return withheldAnswer(id, ruleId, masked.quarantineReason);
  if (masked.text === text && id === given && code === (error as { code?: unknown } | null)?.code)
    return { message, events: [] };
  const {
    jsonrpc: _masked,
    error: maskedError,
    ...maskedBeside
  } = JSON.parse(masked.text) as Record<string, unknown>;
  const answered = isObject ? { code, ...(maskedError as Record<string, unknown>) } : maskedError;
  return { message: { jsonrpc: message.jsonrpc, id, ...maskedBeside, error: answered }, events: [] };
}

const WITHHELD_VALUE = Symbol('withheld');

/**
 * The id of an answer no request of the client's waits for: the server chose it, so it is
 * masked like any value it sends (the engine leaves a message's own id as the protocol's).
 */
function strayId(id: unknown): unknown {
  if (typeof id !== 'string') return id;
  const masked = maskedValue(id);
  return masked === WITHHELD_VALUE ? null : masked;
}

/** A value masked as JSON data on its own; WITHHELD_VALUE when it cannot be masked with certainty. */
function maskedValue(value: unknown): unknown {
  const masked = maskJsonText(JSON.stringify({ value }));
  if (masked.quarantined) return WITHHELD_VALUE;
  return (JSON.parse(masked.text) as { value: unknown }).value;
}

/**
 * Notifications left as they are in a session with a masked call: a resources/updated names a URI the
 * client subscribed to (and is decided by the policy on its own). Every other notification —
 * progress, log messages, and whatever else a server sends, its own methods included — may
 * carry what the call's answer would.
 */
const UNMASKED_NOTIFICATIONS: ReadonlySet<string> = new Set(['notifications/resources/updated']);

/** What a notification says to tie it to a request, kept as it is so the client still matches it. */
const NOTIFICATION_TIES: ReadonlySet<string> = new Set(['progressToken', 'requestId', 'elicitationId']);

/**
 * A notification sent while a masked call runs or after it, its params masked like the call's answer (a
 * progress token, request id or elicitation id kept, so the client still matches it); null
 * when it cannot be masked with certainty (it is dropped: a notification is not the answer).
 */
export function maskNotificationInline(message: Record<string, unknown>): Record<string, unknown> | null {
  if (typeof message.method !== 'string' || UNMASKED_NOTIFICATIONS.has(message.method)) return message;
  const outer = maskedEnvelope(message);
  if (outer === null) return null;
  const params = outer.params;
  if (!isRecord(params)) return outer;
  const masked = maskFieldsExcept(params, NOTIFICATION_TIES);
  if (masked === null) return null;
  return masked === params ? outer : { ...outer, params: masked };
}

/** What a request or notification is made of; every other member is the server's own saying. */
const ENVELOPE: ReadonlySet<string> = new Set(['jsonrpc', 'id', 'method', 'params']);

/**
 * A server's request or notification with what it says outside an object of params masked:
 * members beside the envelope (`"note": …` next to `params`) and params that are no object (a
 * string, an array). The same message when there was nothing to mask; null when it cannot be
 * masked with certainty.
 */
function maskedEnvelope(message: Record<string, unknown>): Record<string, unknown> | null {
  const outer = maskFieldsExcept(message, ENVELOPE);
  if (outer === null) return null;
  const params = message.params;
  if (params === undefined || isRecord(params)) return outer;
  const masked = maskedValue(params);
  if (masked === WITHHELD_VALUE) return null;
  return JSON.stringify(masked) === JSON.stringify(params) ? outer : { ...outer, params: masked };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * An object with every field but `kept` masked like a masked call's answer: the same object
 * when nothing needed masking, null when it cannot be masked with certainty.
 */
function maskFieldsExcept(
  fields: Record<string, unknown>,
  kept: ReadonlySet<string>,
): Record<string, unknown> | null {
  const left: Record<string, unknown> = {};
  const said: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) (kept.has(key) ? left : said)[key] = value;
  if (Object.keys(said).length === 0) return fields;
  const text = JSON.stringify(said);
  const masked = maskJsonText(text);
  if (masked.quarantined) return null;
  if (masked.text === text) return fields;
  return { ...left, ...(JSON.parse(masked.text) as object) };
}

/**
 * An embedded resource or a resource link of an answer, whose URI a mask rule covers, masked
 * as the content of a masked call's answer is (its media too); null when it cannot be masked
 * with certainty.
 */
export function maskEmbeddedInline(item: Record<string, unknown>): Record<string, unknown> | null {
  const masked = maskMessageInline({ result: { content: [item] } }, '');
  const result = masked.message.result as { content?: unknown[] } | undefined;
  return (result?.content?.[0] as Record<string, unknown> | undefined) ?? null;
}

/** What a task says of itself that is not what its call does: kept as it is when a task is masked. */
const TASK_STATE: ReadonlySet<string> = new Set([
  'taskId',
  'status',
  'ttl',
  'ttlMs',
  'createdAt',
  'lastUpdatedAt',
  'pollInterval',
  'pollIntervalMs',
]);

/**
 * A task (a `tasks/list` entry, a `notifications/tasks/status`' params) of a masked tool call,
 * masked like the call's answer: its status message and whatever else it carries, its id,
 * status and times kept so the client still follows it. Null when it cannot be masked with
 * certainty.
 */
export function maskTaskInline(task: Record<string, unknown>): Record<string, unknown> | null {
  return maskFieldsExcept(task, TASK_STATE);
}

/**
 * What a server-to-client request says of its own handling, kept as it is while the rest is
 * masked: a sampling request's limits and switches, an elicitation's mode and id, its task, and
 * its `_meta` (masked on its own, but for the ties the client answers by).
 */
const REQUEST_SHAPE: ReadonlySet<string> = new Set([
  'maxTokens',
  'temperature',
  'includeContext',
  'modelPreferences',
  'mode',
  'elicitationId',
  'task',
  '_meta',
]);

/** What `_meta` ties a request to, kept: its progress token and the protocol's own keys. */
const META_TIES: ReadonlySet<string> = new Set([
  'progressToken',
  'io.modelcontextprotocol/related-task',
  'io.modelcontextprotocol/protocolVersion',
]);

/**
 * A server-to-client request sent while a masked call runs or after it: everything its params
 * say masked like the call's answer — an elicitation's message, its form's schema (titles,
 * descriptions, defaults, choices; the shape kept, so the client can still answer it) and a
 * URL-mode request's page; a sampling request's messages, system prompt, tools, stop sequences
 * and metadata, which reach the model's provider; and the params of a method of the server's
 * own — but for what says how to handle it (REQUEST_SHAPE). What cannot be masked with
 * certainty is withheld. A request without params is returned as it is.
 */
export function maskServerRequestInline(message: Record<string, unknown>): Record<string, unknown> {
  const { jsonrpc, id, method, params } = message;
  const outer = maskedEnvelope(message) ?? { jsonrpc, id, method, ...(isRecord(params) && { params }) };
  const fields = outer.params;
  if (!isRecord(fields)) return outer;
  const said = maskFieldsExcept(fields, REQUEST_SHAPE) ?? withheld(fields);
  const meta = fields._meta;
  const maskedMeta = isRecord(meta) ? (maskFieldsExcept(meta, META_TIES) ?? {}) : meta;
  if (said === fields && maskedMeta === meta) return outer;
  return { ...outer, params: { ...said, ...(meta !== undefined && { _meta: maskedMeta }) } };
}

/** The params of a request that could not be masked: what they show withheld, their shape kept. */
function withheld(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (REQUEST_SHAPE.has(key)) out[key] = value;
    else if (Object.hasOwn(WITHHELD, key)) out[key] = WITHHELD[key];
  }
  return out;
}

const WITHHELD: Readonly<Record<string, unknown>> = {
  message: 'withheld: it could not be masked',
  messages: [{ role: 'user', content: { type: 'text', text: 'withheld: it could not be masked' } }],
  systemPrompt: 'withheld: it could not be masked',
  requestedSchema: { type: 'object', properties: {} },
  url: 'about:blank',
  tools: [],
  metadata: {},
};
