import type { AuditEvent, FrameBody } from '@proctor/events';

/**
 * Reads sealed payloads (the ingest side of the enforcer's payload encryption). Structurally
 * the PayloadOpener of @proctor/payload-crypto, so that package's createPayloadOpener plugs
 * in as it is.
 */
export interface PayloadOpener {
  isSealed(frame: Pick<FrameBody, 'payloadEncoding'>): boolean;
  open(frame: Pick<FrameBody, 'payload' | 'payloadEncoding' | 'encryption'>): Promise<Buffer>;
  /**
   * The event with its sealed client fields (schema version 3 on) opened and put back in place.
   * A frame whose payload was sealed in the same operation as its fields comes back with the
   * payload opened too (payloadEncoding `json`): one tag covers both.
   */
  openFields?(event: AuditEvent): Promise<AuditEvent>;
}

/** Clear encodings ingest reads as they are. */
export const CLEAR_ENCODINGS: ReadonlySet<string> = new Set(['json']);
