import { ensureTopics } from '../../packages/event-log/src/kafka-topics';

/** Creates fresh topics (see uniqueName) and waits until they have leaders. */
export async function createTopics(brokers: string[], topics: string[], partitions = 3): Promise<void> {
  await ensureTopics({
    brokers,
    clientId: 'proctor-test-harness',
    topics: topics.map((name) => ({ name, partitions, replicationFactor: 1 })),
  });
}
