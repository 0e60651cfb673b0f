import type { ProctorConfig } from '@proctor/config';
import type { PayloadOpener } from '@proctor/ingest';
import { createPayloadOpener, loadPayloadPrivateKeys } from '@proctor/payload-crypto';

/**
 * Ingest's payload opener from keys.payload.privateKeys; undefined when none is configured
 * (sealed payloads then go to the DLQ as undecryptable, never stored in clear or dropped).
 */
export async function openPayloadOpener(config: ProctorConfig): Promise<PayloadOpener | undefined> {
  const sources = config.keys.payload.privateKeys;
  if (sources.length === 0) return undefined;
  return createPayloadOpener({ privateKeys: await loadPayloadPrivateKeys(sources, process.env) });
}
