import { type AuditEvent, decodeEvent } from '@proctor/events';
import { Kafka, logLevel } from 'kafkajs';
import { kafkaBrokers, uniqueName, waitFor } from '../harness';

/**
 * Reads an audit topic from the beginning with a throwaway consumer group until `done` holds
 * for what arrived; returns the decoded events in arrival order (duplicates kept: delivery to
 * Kafka is at least once).
 */
export async function readAuditTopicUntil(
  topic: string,
  done: (events: AuditEvent[]) => boolean,
  timeoutMs = 60_000,
): Promise<AuditEvent[]> {
  const kafka = new Kafka({
    clientId: 'audit-topic-reader',
    brokers: kafkaBrokers(),
    logLevel: logLevel.NOTHING,
  });
  const consumer = kafka.consumer({ groupId: uniqueName('audit_topic_reader'), maxWaitTimeInMs: 200 });
  const events: AuditEvent[] = [];
  try {
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        if (message.value) events.push(decodeEvent(message.value));
      },
    });
    await waitFor(async () => (done(events) ? true : undefined), {
      what: `the expected events on ${topic}`,
      timeoutMs,
    });
    return events;
  } finally {
    await consumer.disconnect();
  }
}
