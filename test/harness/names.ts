import { randomBytes } from 'node:crypto';

let counter = 0;

/**
 * A name no other test (in this run or a concurrent one) uses: for topics, consumer groups,
 * ClickHouse databases, Redis key prefixes. Only [a-z0-9_], starting with a letter, so it is
 * valid as a ClickHouse identifier and a Kafka topic name alike.
 */
export function uniqueName(prefix: string): string {
  let stem = prefix
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (!/^[a-z]/.test(stem)) stem = `t_${stem}`.replace(/_+$/, '');
  counter += 1;
  return `${stem.slice(0, 60)}_${process.pid.toString(36)}_${counter.toString(36)}_${randomBytes(4).toString('hex')}`;
}
