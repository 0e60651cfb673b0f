/**
 * Masked client fields remembered for one batch. The fields outside the payload (user agent,
 * method, tool name, clientInfo, JSON-RPC id, …) are short strings that repeat across the
 * events of a session and of a batch, and the masker's fixed cost per call dominates for
 * them: a value masked once is reused for the next event that carries the same value in the
 * same field. Masking is deterministic for a given masker (its rules and its pseudonym key),
 * and a batch is masked by one masker, so a remembered result is the result masking would give.
 *
 * Only clean results are remembered: a value whose masking failed (a rule error or a
 * quarantine) is masked again for every event, so each event records its own rule error.
 */
import type { MaskMatch } from './frame-masker';

/** A field's masked value and its matches (paths relative to the client-field document: `$.body.toolName`). */
export interface MaskedField {
  text: string;
  matches: readonly MaskMatch[];
}

export type FieldGroup = 'envelope' | 'body';

/** Values longer than this are not remembered: long free text (error messages) seldom repeats. */
export const MEMO_MAX_VALUE_CHARS = 256;
/** Values remembered per batch at most, whatever their length. */
export const MEMO_MAX_ENTRIES = 20_000;

export class ClientFieldMemo {
  private readonly groups = { envelope: new Map<string, Map<string, MaskedField>>(), body: new Map() };
  private size = 0;
  hits = 0;
  misses = 0;

  get(group: FieldGroup, field: string, value: string): MaskedField | undefined {
    const found = this.groups[group].get(field)?.get(value);
    if (found === undefined) this.misses++;
    else this.hits++;
    return found;
  }

  set(group: FieldGroup, field: string, value: string, masked: MaskedField): void {
    if (value.length > MEMO_MAX_VALUE_CHARS || this.size >= MEMO_MAX_ENTRIES) return;
    const fields = this.groups[group];
    let values = fields.get(field);
    if (values === undefined) {
      values = new Map();
      fields.set(field, values);
    }
    if (!values.has(value)) this.size++;
    values.set(value, masked);
  }
}
