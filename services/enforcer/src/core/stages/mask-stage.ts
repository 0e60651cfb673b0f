import { maskJsonText } from '@proctor/masking';
import type { EventContent } from '../audit-emitter';

export interface InlineMaskOutcome {
  message: Record<string, unknown>;
  /** rule_error events to record (a payload that could not be masked was withheld). */
  events: EventContent[];
}

/**
 * Masks a server→client message inline, before the client sees it (a policy `mask` rule).
 * Only the result is masked: the JSON-RPC envelope stays intact so the client can match the
 * answer to its request. A result the engine cannot mask with certainty is withheld and
 * answered with an error instead — never delivered in clear.
 */
export function maskMessageInline(message: Record<string, unknown>, ruleId: string): InlineMaskOutcome {
  if (!('result' in message)) return { message, events: [] };
  const text = JSON.stringify(message.result);
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
  return { message: { ...message, result: JSON.parse(masked.text) as unknown }, events: [] };
}
