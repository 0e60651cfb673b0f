/**
 * Child process of the kill -9 test: appends to a local log with `process` durability from
 * several concurrent writers, as fast as it can, and prints each record's id on stdout once
 * its append resolved. The parent kills it with SIGKILL mid-stream.
 */
import { createLocalLogProducer } from './local-log';

const [dir, topic] = process.argv.slice(2);
if (!dir || !topic) throw new Error('usage: local-log-writer.fixture.ts DIR TOPIC');
const log = await createLocalLogProducer({ dir, durability: 'process' });
process.stdout.write('ready\n');

async function writer(id: number): Promise<never> {
  for (let seq = 0; ; seq++) {
    const name = `${id}:${seq}`;
    await log.append(topic as string, [{ key: `writer-${id}`, value: Buffer.from(name.padEnd(200, '.')) }]);
    // Waits for the line to leave: with \`process\` durability an append resolves in a microtask,
    // so a loop that never waited for I/O would starve stdout (a socket here) and the parent
    // would see nothing while the log grows by megabytes.
    await new Promise<void>((resolve) => process.stdout.write(`${name}\n`, () => resolve()));
  }
}

await Promise.all(Array.from({ length: 8 }, (_, id) => writer(id)));
