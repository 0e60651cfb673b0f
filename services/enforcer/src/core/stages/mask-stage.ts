import { maskJsonText } from '@proctor/masking';
import type { EventContent } from '../audit-emitter';

export interface InlineMaskOutcome {
  message: Record<string, unknown>;
  /** rule_error events to record (a payload that could not be masked was withheld). */
  events: EventContent[];
}

/**
 * Masks a server→client message inline, before the client sees it (a policy `mask` rule).
 * Only the result (or an error's message and data) is masked: the JSON-RPC envelope stays
 * intact so the client can match the answer to its request. A result the engine cannot mask with certainty is withheld and
 * answered with an error instead — never delivered in clear.
 */
export function maskMessageInline(message: Record<string, unknown>, ruleId: string): InlineMaskOutcome {
  if (!('result' in message)) return maskErrorInline(message, ruleId);
  // Masked as the JSON-RPC answer it is, as ingest masks the stored copy: the engine then reads
  // the result as MCP content (an image's data, a blob it cannot read as text: redacted, unless
  // its media type is allowed), where as plain JSON data they would pass as they are.
  const text = `{"jsonrpc":"2.0","result":${JSON.stringify(message.result)}}`;
  const masked = maskJsonText(text);
  if (masked.quarantined) {
    return {
      message: {
        jsonrpc: '2.0',
        id: message.id ?? null,
        error: {
          code: -32603,
          message: 'the response was withheld: it could not be masked',
          data: { rule: ruleId },
        },
      },
      events: [
        {
          type: 'rule_error',
          body: { ruleId, stage: 'inline', error: masked.quarantineReason ?? 'quarantined', frameSeq: null },
        },
      ],
    };
  }
  if (masked.text === text) return { message, events: [] };
  const result = encodedMedia((JSON.parse(masked.text) as { result: unknown }).result);
  return { message: { ...message, result }, events: [] };
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
 * it was asked or found (`no coverage for <name>, SSN …`). Its code stays as it is.
 */
function maskErrorInline(message: Record<string, unknown>, ruleId: string): InlineMaskOutcome {
  const error = message.error;
  if (typeof error !== 'object' || error === null || Array.isArray(error)) return { message, events: [] };
  const { code, ...said } = error as Record<string, unknown>;
  const text = JSON.stringify(said);
  const masked = maskJsonText(text);
  if (masked.quarantined) return maskMessageInline({ ...message, result: said }, ruleId);
  if (masked.text === text) return { message, events: [] };
  return { message: { ...message, error: { code, ...(JSON.parse(masked.text) as object) } }, events: [] };
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
  const params = message.params;
  if (typeof params !== 'object' || params === null || Array.isArray(params)) return message;
  const masked = maskFieldsExcept(params as Record<string, unknown>, NOTIFICATION_TIES);
  if (masked === null) return null;
  return masked === params ? message : { ...message, params: masked };
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
 * What a server-to-client request shows the client, its user or its model: masked while a
 * masked call runs. A form's schema is shown too (its titles, descriptions, defaults and
 * choices), a URL-mode request's page is opened, and a sampling request's tools and metadata
 * reach the model's provider.
 */
const SHOWN: Readonly<Record<string, readonly string[]>> = {
  'elicitation/create': ['message', 'requestedSchema', 'url'],
  'sampling/createMessage': ['messages', 'systemPrompt', 'tools', 'metadata'],
};

/**
 * An elicitation or sampling request sent while a masked call runs or after it, what it shows masked like
 * the call's answer (the shape of its schema and its options kept, so the client can still
 * answer it); text that cannot be masked with certainty is withheld. Any other message is
 * returned as it is.
 */
export function maskServerRequestInline(message: Record<string, unknown>): Record<string, unknown> {
  const fields = typeof message.method === 'string' ? SHOWN[message.method] : undefined;
  const params = message.params;
  if (fields === undefined || typeof params !== 'object' || params === null || Array.isArray(params))
    return message;
  const shown: Record<string, unknown> = {};
  for (const field of fields) if (field in params) shown[field] = (params as Record<string, unknown>)[field];
  const text = JSON.stringify(shown);
  const masked = maskJsonText(text);
  if (masked.text === text && !masked.quarantined) return message;
  const replaced = masked.quarantined
    ? Object.fromEntries(Object.keys(shown).map((field) => [field, WITHHELD[field] ?? '']))
    : (JSON.parse(masked.text) as Record<string, unknown>);
  return { ...message, params: { ...params, ...replaced } };
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
