/**
 * A gateway that masks answers inline (a policy `mask` rule) but seals nothing to ingest (no
 * `keys.payload.recipients`) would write the client's own text — the JSON-RPC id, tool name,
 * resource URI, clientInfo, user agent, claimed subject — to its log in clear beside the
 * answers it masked. Such events have their client fields masked by the same engine before
 * they are written; with an ingest key they are sealed instead, and ingest masks them.
 */
import {
  type AuditEvent,
  clientFieldsOf,
  noClientFields,
  quarantinedClientFields,
  withClientFields,
} from '@proctor/events';
import { maskJsonText } from '@proctor/masking';
import type { CompiledPolicy } from '@proctor/policy';

const masksInline = new WeakMap<CompiledPolicy, boolean>();

function hasMaskRule(policy: CompiledPolicy): boolean {
  let known = masksInline.get(policy);
  if (known === undefined) {
    known = policy.rules.some((rule) => rule.action === 'mask');
    masksInline.set(policy, known);
  }
  return known;
}

/** The event with every client field masked (each quarantined when the engine is not certain). */
export function withMaskedClientFields(event: AuditEvent): AuditEvent {
  const fields = clientFieldsOf(event);
  if (noClientFields(fields)) return event;
  const text = JSON.stringify(fields);
  const masked = maskJsonText(text);
  if (masked.text === text) return event;
  if (masked.quarantined) return withClientFields(event, quarantinedClientFields(fields));
  return withClientFields(event, JSON.parse(masked.text) as typeof fields);
}

/** `encode`, with client fields masked first whenever the policy in force has a mask rule. */
export function clientFieldMaskingEncoder(
  current: () => CompiledPolicy,
  encode: (event: AuditEvent) => Buffer,
): (event: AuditEvent) => Buffer {
  return (event) => encode(hasMaskRule(current()) ? withMaskedClientFields(event) : event);
}
