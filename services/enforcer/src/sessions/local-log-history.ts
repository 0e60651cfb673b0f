import type { EventLogConsumer } from '@proctor/event-log';
import type { AuditEvent } from '@proctor/events';
import type { GatewayHistoryReader } from '../core/crash-recovery';

export interface ConsumerHistoryOptions {
  /** A consumer of the raw topic in a group of this gateway's own (its position persists). */
  consumer: EventLogConsumer;
  decode: (value: Buffer) => AuditEvent;
  /** The log is caught up once no batch arrived for this long (the gateway is not appending yet). */
  quietMs?: number;
}

/**
 * The read side crash recovery needs, over the event-log port's consumer: it reads from the
 * group's committed position to the end of the log, then stops (committing), so each start
 * reads only what was written since the previous one. With sessions kept in memory a session
 * never outlives its epoch, so that is everything recovery needs.
 */
export function consumerHistory(options: ConsumerHistoryOptions): GatewayHistoryReader {
  const quietMs = options.quietMs ?? 300;
  return {
    async readNew(onEvent) {
      let lastBatch = Date.now();
      await options.consumer.start(async (batch) => {
        for (const record of batch.records) {
          try {
            onEvent(options.decode(record.value));
          } catch {
            // A record this gateway cannot decode was not written by it: nothing to recover.
          }
        }
        lastBatch = Date.now();
      });
      while (Date.now() - lastBatch < quietMs) await new Promise((r) => setTimeout(r, quietMs / 3));
      await options.consumer.stop();
    },
  };
}
