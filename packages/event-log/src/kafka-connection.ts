import { type Logger, silentLogger } from '@proctor/logger';
import { type ISocketFactory, Kafka, type LogEntry, logLevel } from 'kafkajs';
import { EventLogUnavailableError } from './port';

export interface KafkaConnectionOptions {
  brokers: string[];
  clientId: string;
  /** How long connecting may take before the log counts as unavailable (default 5 s). */
  connectTimeoutMs?: number;
  logger?: Logger;
  /** Opens the TCP connections to the brokers (kafkajs's seam; tests cut connections with it). */
  socketFactory?: ISocketFactory;
}

export const DEFAULT_CONNECT_TIMEOUT_MS = 5_000;

/**
 * A kafkajs client with bounded retries (kafkajs's defaults keep retrying for minutes, which
 * would hold callers that must fail closed) and its logs routed through our logger.
 */
export function createKafkaClient(options: KafkaConnectionOptions): Kafka {
  const connectTimeoutMs = options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
  return new Kafka({
    clientId: options.clientId,
    brokers: options.brokers,
    connectionTimeout: Math.min(connectTimeoutMs, 3_000),
    requestTimeout: 30_000,
    retry: { initialRetryTime: 100, maxRetryTime: 2_000, retries: 5 },
    logLevel: logLevel.INFO,
    logCreator: kafkaLogCreator(options.logger ?? silentLogger()),
    ...(options.socketFactory && { socketFactory: options.socketFactory }),
  });
}

/**
 * kafkajs log entries carry free-form fields; only an allow-list reaches our logs, and never
 * anything that could hold a record (kafkajs does not log records, but its entries are open).
 */
function kafkaLogCreator(logger: Logger) {
  return () =>
    ({ namespace, level, log }: LogEntry) => {
      const fields: Record<string, unknown> = { kafkaNamespace: namespace };
      for (const key of [
        'broker',
        'clientId',
        'groupId',
        'memberId',
        'topic',
        'partition',
        'retryCount',
      ] as const) {
        const value = (log as Record<string, unknown>)[key];
        if (typeof value === 'string' || typeof value === 'number') fields[key] = value;
      }
      if (typeof log.error === 'string') fields.kafkaError = log.error;
      const message = `kafkajs: ${log.message}`;
      if (level === logLevel.ERROR) logger.error(fields, message);
      else if (level === logLevel.WARN) logger.warn(fields, message);
      else logger.debug(fields, message);
    };
}

/** The broker list for messages: host:port only, in case someone put userinfo in it. */
export function describeBrokers(brokers: readonly string[]): string {
  return brokers.map((broker) => broker.slice(broker.lastIndexOf('@') + 1)).join(',');
}

/** A short, payload-free identifier of a failure for logs: kafkajs error type, errno code or class. */
export function errorCode(error: unknown): string {
  if (error && typeof error === 'object') {
    const { type, code, name } = error as { type?: unknown; code?: unknown; name?: unknown };
    if (typeof type === 'string') return type;
    if (typeof code === 'string') return code;
    if (typeof name === 'string') return name;
  }
  return 'UNKNOWN';
}

/**
 * Runs a kafkajs connect() with a hard deadline. On failure or timeout `abandon` is started
 * (disconnect, which stops kafkajs's background retries) and the caller gets an
 * EventLogUnavailableError naming the brokers.
 */
export async function connectWithin(
  connect: () => Promise<void>,
  abandon: () => Promise<void>,
  options: Pick<KafkaConnectionOptions, 'brokers' | 'connectTimeoutMs'>,
): Promise<void> {
  const timeoutMs = options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no connection within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([connect(), deadline]);
  } catch (error) {
    // Not awaited: against a broker that accepts but never answers, disconnect() waits for the
    // pending request's timeout, and the caller must learn about the outage now.
    void abandon().catch(() => {});
    throw new EventLogUnavailableError(
      `Kafka is unreachable at ${describeBrokers(options.brokers)} (${errorCode(error)}: ${messageOf(error)})`,
      { cause: error },
    );
  } finally {
    clearTimeout(timer);
  }
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
