import { Redis } from 'ioredis';
import { JobQueueUnavailableError } from './errors';

/** The URL as safe to print: any password is replaced. */
export function redactRedisUrl(redisUrl: string): string {
  let url: URL;
  try {
    url = new URL(redisUrl);
  } catch {
    // Never echo it: an unparseable URL may still hold a password.
    return '<invalid redis URL>';
  }
  if (url.password !== '') url.password = '***';
  return url.toString();
}

/**
 * Fails fast when Redis cannot be reached at boot. Without this, ioredis would keep
 * reconnecting in the background and every queue call would hang instead.
 */
export async function probeRedis(redisUrl: string, timeoutMs: number): Promise<void> {
  const where = redactRedisUrl(redisUrl);
  if (where === '<invalid redis URL>') throw new JobQueueUnavailableError('redisUrl is not a valid URL');
  const client = new Redis(redisUrl, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  // Failures surface through the rejected connect below; this only keeps ioredis quiet.
  client.on('error', () => {});
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([client.connect().then(() => client.ping()), deadline]);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new JobQueueUnavailableError(`Redis at ${where} is unreachable: ${reason}`, { cause: err });
  } finally {
    clearTimeout(timer);
    client.disconnect();
  }
}
