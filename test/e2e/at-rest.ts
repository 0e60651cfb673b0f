/**
 * Reading back what a service left at rest, for the no-clear-PHI tests: files on disk, a
 * fresh set of topics on the test Kafka, and everything the service logged.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createLogger, type Logger } from '@proctor/logger';
import { createTopics, kafkaBrokers, uniqueName } from '../harness';

/** The contents of every file below `dir` (any depth). */
export async function filesUnder(dir: string): Promise<Buffer[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return Promise.all(entries.filter((e) => e.isFile()).map((e) => readFile(join(e.parentPath, e.name))));
}

/** Raw, redacted and DLQ topics of their own, created on the test Kafka. */
export async function freshTopics(name: string): Promise<{
  brokers: string[];
  run: string;
  topics: { raw: string; redacted: string; dlq: string };
}> {
  const brokers = kafkaBrokers();
  const run = uniqueName(name);
  const topics = { raw: `${run}_raw`, redacted: `${run}_redacted`, dlq: `${run}_dlq` };
  await createTopics(brokers, Object.values(topics));
  return { brokers, run, topics };
}

/** A debug-level logger whose every line is kept: `logged()` is all of them. */
export function capturingLogger(): { logger: Logger; logged(): Buffer } {
  const lines: Buffer[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(Buffer.from(chunk));
      done();
    },
  });
  return {
    logger: createLogger({ name: 'proctor', level: 'debug', destination }),
    logged: () => Buffer.concat(lines),
  };
}
