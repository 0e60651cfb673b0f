/**
 * A prepare worker thread: masks, builds rows, validates and encodes the opened events it is
 * sent (see prepare-pool.ts), with its own masker built from the pool's masker configuration.
 * Opened events come v8-serialized (Buffers stay Buffers); outcomes go back as JSON beside their
 * redacted values' bytes (see prepare-wire.ts); bytes are transferred, not copied.
 */
import { deserialize } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { encodeEvent } from '@proctor/events';
import type { MaskerConfig } from '@proctor/masking';
import { codeOf } from './dead-letter';
import { defaultFrameMasker } from './frame-masker';
import { finishAll, type OpenedEvent } from './prepare-record';
import { encodeOutcomes, type PrepareReply, type PrepareRequest } from './prepare-wire';

const port = parentPort;
if (port === null) throw new Error('prepare-worker runs as a worker thread');
const deps = {
  encode: encodeEvent,
  masker: defaultFrameMasker((workerData as { maskerConfig?: MaskerConfig }).maskerConfig),
};

port.postMessage({ ready: true } satisfies PrepareReply);

port.on('message', async ({ id, bytes }: PrepareRequest) => {
  let reply: PrepareReply;
  try {
    // One memo per request, as the pipeline keeps one per batch.
    const outcomes = await finishAll(deps, deserialize(bytes) as OpenedEvent[]);
    reply = { id, ...encodeOutcomes(outcomes) };
  } catch (err) {
    reply = { id, error: codeOf(err, 'prepare_failed') };
  }
  port.postMessage(reply, 'values' in reply ? [reply.values.buffer] : []);
});
