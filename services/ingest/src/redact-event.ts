/**
 * Turns a decoded (and decrypted) event into its redacted form: the frame payload and every
 * client-controlled field masked. What comes out is the only form of the event that is ever
 * stored or produced; matches and rule errors come with it, without clear values.
 */
import { createHash } from 'node:crypto';
import { type AuditEvent, OMITTED_PAYLOAD } from '@proctor/events';
import { clientFieldsOf, withClientFields } from './client-fields';
import { type FrameMasker, type MaskMatch, maskSafely, type RuleFailure } from './frame-masker';

export const MASKED_ENCODING = 'json+masked';
const QUARANTINED_FIELD = '[REDACTED:quarantined]';

export interface RedactedEvent {
  event: AuditEvent;
  /** Paths are relative to the stored event: `$.payload…`, `$.envelope.userAgent`, `$.body.toolName`. */
  matches: MaskMatch[];
  ruleErrors: RuleFailure[];
  /** The payload or the client fields were fully redacted because masking failed. */
  quarantined: boolean;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function rebase(matches: readonly MaskMatch[], prefix: string): MaskMatch[] {
  return matches.map((m) => ({
    ...m,
    jsonPath: prefix + (m.jsonPath.startsWith('$') ? m.jsonPath.slice(1) : m.jsonPath),
  }));
}

async function maskClientFields(event: AuditEvent, masker: FrameMasker): Promise<RedactedEvent> {
  const fields = clientFieldsOf(event);
  const count = Object.keys(fields.envelope).length + Object.keys(fields.body).length;
  if (count === 0) return { event, matches: [], ruleErrors: [], quarantined: false };
  const result = await maskSafely(masker, JSON.stringify(fields));
  let masked: typeof fields | undefined;
  if (!result.quarantined) {
    try {
      masked = JSON.parse(result.text) as typeof fields;
    } catch {
      masked = undefined;
    }
  }
  if (!sameShape(fields, masked)) {
    const blank = (group: Record<string, string>) =>
      Object.fromEntries(Object.keys(group).map((key) => [key, QUARANTINED_FIELD]));
    return {
      event: withClientFields(event, { envelope: blank(fields.envelope), body: blank(fields.body) }),
      matches: [],
      ruleErrors: result.ruleErrors,
      quarantined: true,
    };
  }
  return {
    event: withClientFields(event, masked),
    matches: result.matches,
    ruleErrors: result.ruleErrors,
    quarantined: false,
  };
}

function sameShape(
  clear: { envelope: Record<string, string>; body: Record<string, string> },
  masked: unknown,
): masked is typeof clear {
  const m = masked as typeof clear | undefined;
  const same = (a: Record<string, string>, b: unknown) =>
    typeof b === 'object' &&
    b !== null &&
    Object.keys(a).every((key) => typeof (b as Record<string, unknown>)[key] === 'string') &&
    Object.keys(b).length === Object.keys(a).length;
  return m !== undefined && same(clear.envelope, m.envelope) && same(clear.body, m.body);
}

/**
 * A stdio server's stderr line is free text, not JSON: it is masked as one JSON string and
 * stored as that (masked) JSON string.
 */
function payloadText(event: Extract<AuditEvent, { type: 'frame' }>, clear: Buffer): string {
  const text = clear.toString('utf8');
  if (event.body.kind !== 'stderr') return text;
  try {
    JSON.parse(text);
    return text;
  } catch {
    return JSON.stringify(text);
  }
}

/**
 * `clearPayload`: the frame's clear JSON text (decrypted when it was sealed); ignored for
 * other event types.
 */
export async function redactEvent(
  event: AuditEvent,
  clearPayload: Buffer | null,
  masker: FrameMasker,
): Promise<RedactedEvent> {
  const fields = await maskClientFields(event, masker);
  const envelopeAndBody = {
    matches: rebase(fields.matches, '$'),
    ruleErrors: fields.ruleErrors,
    quarantined: fields.quarantined,
  };
  const redacted = fields.event;
  if (redacted.type !== 'frame' || redacted.body.payloadEncoding === OMITTED_PAYLOAD) {
    return { event: redacted, ...envelopeAndBody };
  }
  const payload = await maskSafely(masker, payloadText(redacted, clearPayload ?? Buffer.alloc(0)));
  const body = {
    ...redacted.body,
    payload: Buffer.from(payload.text, 'utf8'),
    payloadEncoding: MASKED_ENCODING,
    sha256: sha256Hex(payload.text),
    digestAlg: 'sha256' as const,
    encryption: null,
  };
  return {
    event: { ...redacted, body },
    matches: [...envelopeAndBody.matches, ...rebase(payload.matches, '$.payload')],
    ruleErrors: [...envelopeAndBody.ruleErrors, ...payload.ruleErrors],
    quarantined: envelopeAndBody.quarantined || payload.quarantined,
  };
}
