import { Kafka, logLevel } from 'kafkajs';
import { uniqueName } from './names';
import { waitFor } from './wait-for';

export interface ReadRecord {
  partition: number;
  offset: string;
  key: string;
  value: Buffer;
  headers: Record<string, string>;
}

/**
 * Reads a topic from the beginning with a throwaway consumer group until `count` records
 * arrived; returns them in arrival order (per partition, offset order). For asserting what a
 * producer wrote, independently of the code under test.
 */
export async function readTopic(
  brokers: string[],
  topic: string,
  options: { count: number; timeoutMs?: number },
): Promise<ReadRecord[]> {
  const kafka = new Kafka({ clientId: 'proctor-test-reader', brokers, logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({ groupId: uniqueName('reader'), maxWaitTimeInMs: 200 });
  const records: ReadRecord[] = [];
  try {
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ partition, message }) => {
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(message.headers ?? {})) {
          if (value !== undefined)
            headers[name] = String(Array.isArray(value) ? value[value.length - 1] : value);
        }
        records.push({
          partition,
          offset: message.offset,
          key: message.key?.toString('utf8') ?? '',
          value: message.value ?? Buffer.alloc(0),
          headers,
        });
      },
    });
    await waitFor(async () => (records.length >= options.count ? true : undefined), {
      what: `${options.count} records on ${topic}`,
      timeoutMs: options.timeoutMs ?? 30_000,
    }).catch((error: Error) => {
      throw new Error(`${error.message}; got ${records.length}`);
    });
    return records;
  } finally {
    await consumer.disconnect();
  }
}

/**
 * Every record a topic holds now (its partitions' high watermarks), read from the beginning;
 * at least `atLeast` of them (waits for records still on their way).
 */
export async function readWholeTopic(
  brokers: string[],
  topic: string,
  options: { atLeast?: number; timeoutMs?: number } = {},
): Promise<ReadRecord[]> {
  const admin = new Kafka({ clientId: 'proctor-test-admin', brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  let count: number;
  try {
    const offsets = await admin.fetchTopicOffsets(topic);
    count = offsets.reduce((sum, o) => sum + Number(o.high) - Number(o.low), 0);
  } finally {
    await admin.disconnect();
  }
  return readTopic(brokers, topic, {
    count: Math.max(count, options.atLeast ?? 0),
    ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
  });
}
