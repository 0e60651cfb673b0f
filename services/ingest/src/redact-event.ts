/**
 * Turns a decoded (and decrypted) event into its redacted form: the frame payload and every
 * client-controlled field masked. What comes out is the only form of the event that is ever
 * stored or produced; matches and rule errors come with it, without clear values.
 */
import { createHash } from 'node:crypto';
import { type AuditEvent, OMITTED_PAYLOAD } from '@proctor/events';
import type { ClientFieldMemo, MaskedField } from './client-field-memo';
import { clientFieldsOf, noClientFields, quarantinedClientFields, withClientFields } from './client-fields';
import { type FrameMasker, type MaskMatch, maskSafely, type RuleFailure } from './frame-masker';

export const MASKED_ENCODING = 'json+masked';

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

type ClientFields = ReturnType<typeof clientFieldsOf>;
const GROUPS = ['envelope', 'body'] as const;

/** The fields masked as one JSON document; `masked` undefined when masking failed (quarantine). */
async function maskTogether(
  fields: ClientFields,
  masker: FrameMasker,
): Promise<{ masked: ClientFields | undefined; matches: MaskMatch[]; ruleErrors: RuleFailure[] }> {
  const result = await maskSafely(masker, JSON.stringify(fields));
  let masked: unknown;
  if (!result.quarantined) {
    try {
      masked = JSON.parse(result.text);
    } catch {
      masked = undefined;
    }
  }
  return {
    masked: sameShape(fields, masked) ? masked : undefined,
    matches: result.matches,
    ruleErrors: result.ruleErrors,
  };
}

interface MaskedClientFields {
  /** The masked values, or undefined when the event has no client fields. */
  values: ClientFields | undefined;
  matches: MaskMatch[];
  ruleErrors: RuleFailure[];
  quarantined: boolean;
}

async function maskClientFields(
  event: AuditEvent,
  masker: FrameMasker,
  memo: ClientFieldMemo | undefined,
): Promise<MaskedClientFields> {
  const fields = clientFieldsOf(event);
  if (noClientFields(fields)) return { values: undefined, matches: [], ruleErrors: [], quarantined: false };
  const remembered = memo === undefined ? undefined : await maskRemembering(fields, masker, memo);
  if (remembered !== undefined) {
    return { values: remembered.masked, matches: remembered.matches, ruleErrors: [], quarantined: false };
  }
  const { masked, matches, ruleErrors } = await maskTogether(fields, masker);
  if (masked === undefined) {
    return {
      values: quarantinedClientFields(fields),
      matches: [],
      ruleErrors,
      quarantined: true,
    };
  }
  return { values: masked, matches, ruleErrors, quarantined: false };
}

/**
 * The fields masked with the batch's memo: values seen before are taken from it, the others
 * are masked together in one call and remembered field by field. Undefined when the masking of
 * the new values failed or reported a match outside them (the caller then masks all fields
 * together, as without a memo).
 */
async function maskRemembering(
  fields: ClientFields,
  masker: FrameMasker,
  memo: ClientFieldMemo,
): Promise<{ masked: ClientFields; matches: MaskMatch[] } | undefined> {
  const unseen: ClientFields = { envelope: {}, body: {} };
  let anyUnseen = false;
  const known: (MaskedField | undefined)[] = [];
  for (const group of GROUPS) {
    const values = fields[group];
    for (const field in values) {
      const value = values[field] as string;
      const found = memo.get(group, field, value);
      known.push(found);
      if (found === undefined) {
        unseen[group][field] = value;
        anyUnseen = true;
      }
    }
  }
  if (anyUnseen) {
    const result = await maskTogether(unseen, masker);
    if (result.masked === undefined || result.ruleErrors.length > 0) return undefined;
    const byPath = new Map<string, MaskMatch[]>();
    for (const m of result.matches) {
      const same = byPath.get(m.jsonPath);
      if (same === undefined) byPath.set(m.jsonPath, [m]);
      else same.push(m);
    }
    let attributed = 0;
    for (const group of GROUPS) {
      for (const field in unseen[group]) attributed += byPath.get(`$.${group}.${field}`)?.length ?? 0;
    }
    if (attributed !== result.matches.length) return undefined;
    let i = 0;
    for (const group of GROUPS) {
      const values = fields[group];
      for (const field in values) {
        if (known[i] === undefined) {
          const fresh = {
            text: result.masked[group][field] as string,
            matches: byPath.get(`$.${group}.${field}`) ?? [],
          };
          known[i] = fresh;
          memo.set(group, field, values[field] as string, fresh);
        }
        i++;
      }
    }
  }
  const masked: ClientFields = { envelope: {}, body: {} };
  const matches: MaskMatch[] = [];
  let i = 0;
  for (const group of GROUPS) {
    for (const field in fields[group]) {
      const { text, matches: own } = known[i++] as MaskedField;
      masked[group][field] = text;
      for (const m of own) matches.push(m);
    }
  }
  return { masked, matches };
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
 * other event types. `memo`: the batch's masked client fields, reused and extended.
 */
export async function redactEvent(
  event: AuditEvent,
  clearPayload: Buffer | null,
  masker: FrameMasker,
  memo?: ClientFieldMemo,
): Promise<RedactedEvent> {
  const fields = await maskClientFields(event, masker, memo);
  // Matches already relative to the stored event ($.envelope…, $.body…); shared with the batch's memo, never changed.
  const { matches, ruleErrors, quarantined } = fields;
  if (event.type !== 'frame' || event.body.payloadEncoding === OMITTED_PAYLOAD) {
    const redacted = fields.values === undefined ? event : withClientFields(event, fields.values);
    return { event: redacted, matches, ruleErrors, quarantined };
  }
  const payload = await maskSafely(masker, payloadText(event, clearPayload ?? Buffer.alloc(0)));
  // The event copied once, with its masked client fields and masked payload together.
  const body = {
    ...event.body,
    ...fields.values?.body,
    payload: Buffer.from(payload.text, 'utf8'),
    payloadEncoding: MASKED_ENCODING,
    sha256: sha256Hex(payload.text),
    digestAlg: 'sha256' as const,
    encryption: null,
  };
  return {
    event: { ...event, ...fields.values?.envelope, body },
    matches: [...matches, ...rebase(payload.matches, '$.payload')],
    ruleErrors: [...ruleErrors, ...payload.ruleErrors],
    quarantined: quarantined || payload.quarantined,
  };
}
