import { randomUUID } from 'node:crypto';

export interface JobOptions {
  /** Attempts in total, the first included. */
  attempts: number;
  /** Delay before the first retry; each further retry doubles it. */
  backoffMs: number;
  /** An attempt running longer fails with a retryable JobTimeoutError. */
  timeoutMs?: number;
}

/** One entry of the typed job catalog: the name doubles as the queue name. */
export interface JobDefinition<Name extends string = string, Payload = unknown> {
  readonly name: Name;
  /** Validates an untrusted payload; throws if it is not a valid Payload. */
  parse(payload: unknown): Payload;
  readonly defaultOptions: JobOptions;
}

const DEFAULT_OPTIONS: JobOptions = { attempts: 3, backoffMs: 1000 };
const JOB_NAME = /^[a-z][a-z0-9._-]{0,63}$/;

export function defineJob<Name extends string, Payload>(spec: {
  name: Name;
  parse(payload: unknown): Payload;
  defaultOptions?: JobOptions;
}): JobDefinition<Name, Payload> {
  if (!JOB_NAME.test(spec.name)) {
    throw new Error(`job name ${JSON.stringify(spec.name)} must match ${JOB_NAME.source}`);
  }
  const defaultOptions = { ...DEFAULT_OPTIONS, ...spec.defaultOptions };
  validateOptions(spec.name, defaultOptions);
  return { name: spec.name, parse: spec.parse, defaultOptions };
}

export function validateOptions(name: string, options: JobOptions): void {
  if (!Number.isInteger(options.attempts) || options.attempts < 1) {
    throw new Error(`job ${name}: attempts must be a positive integer`);
  }
  if (!(options.backoffMs >= 0)) throw new Error(`job ${name}: backoffMs must not be negative`);
  if (options.timeoutMs !== undefined && !(options.timeoutMs > 0)) {
    throw new Error(`job ${name}: timeoutMs must be positive`);
  }
}

/**
 * Job ids carry the job name (`bundle.build:<uuid>`), so a status lookup by id alone finds
 * the right queue, even in a process that never enqueued that job.
 */
export function newJobId(name: string): { id: string; key: string } {
  const key = randomUUID();
  return { id: `${name}:${key}`, key };
}

export function parseJobId(id: string): { name: string; key: string } | null {
  const colon = id.lastIndexOf(':');
  if (colon === -1) return null;
  const name = id.slice(0, colon);
  const key = id.slice(colon + 1);
  return JOB_NAME.test(name) && key !== '' ? { name, key } : null;
}
