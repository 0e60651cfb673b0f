import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { StoredChainEvent } from '@proctor/integrity';
import type { JWK } from 'jose';
import { BUNDLE_KIND, BUNDLE_VERSION, type Bundle, type StreamEntry } from './format';

export { isoFromMicros, manifestFor } from './manifest';

/** Stream entries per stream line: a bundle's lines stay short however many events it holds. */
export const STREAM_LINE_ENTRIES = 1000;

/** The bundle's lines, end line included: a generator, so a large session streams to disk. */
export function* bundleLines(bundle: Bundle): Generator<string> {
  const hash = createHash('sha256');
  let count = 0;
  const emit = (record: unknown) => {
    const line = `${JSON.stringify(record)}\n`;
    hash.update(line);
    count++;
    return line;
  };
  yield emit({ kind: BUNDLE_KIND, version: BUNDLE_VERSION, manifest: bundle.manifest });
  // The event's own kind (request, response, …) travels as frameKind: `kind` names the line.
  for (const event of bundle.events) yield emit({ ...event, kind: 'event', frameKind: event.kind });
  for (let i = 0; i === 0 || i < bundle.stream.length; i += STREAM_LINE_ENTRIES)
    yield emit({ kind: 'stream', entries: bundle.stream.slice(i, i + STREAM_LINE_ENTRIES) });
  for (const jws of bundle.checkpoints) yield emit({ kind: 'checkpoint', jws });
  for (const jwk of bundle.keys) yield emit({ kind: 'key', jwk });
  yield `${JSON.stringify({ kind: 'end', lines: count, sha256: hash.digest('hex') })}\n`;
}

export async function writeBundle(bundle: Bundle, file: string): Promise<void> {
  const out = createWriteStream(file, { mode: 0o640 });
  for (const line of bundleLines(bundle)) {
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** The stream entries of the events themselves (a store adds the other sessions' positions in range). */
export function streamEntriesOf(events: readonly StoredChainEvent[]): StreamEntry[] {
  return events
    .filter((e) => e.gatewayEpoch !== null && e.streamSeq !== null)
    .map(
      (e): StreamEntry => [e.gatewayId, e.gatewayEpoch as number, e.streamSeq as number, e.sessionId, e.seq],
    );
}

export type { JWK };
