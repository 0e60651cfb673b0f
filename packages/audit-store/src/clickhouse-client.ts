import { createRequire } from 'node:module';
import { type ClickHouseClient, ClickHouseLogLevel, createClient } from '@clickhouse/client';
import type * as ChdbConnectionModule from 'chdb/connection';
import { registerChdbInserter } from './chdb-insert';
import { AuditStoreInputError, AuditStoreQueryError } from './errors';

export interface ClickHouseClientOptions {
  /** A ClickHouse server's HTTP(S) URL. Takes precedence over chdbPath. */
  url?: string;
  username?: string;
  password?: string;
  /**
   * Directory of an embedded, in-process ClickHouse (chDB). libchdb binds one data path per
   * process: every store in a process must use the same path (each client opens its own
   * session on it); isolate tests by database name, not by path.
   */
  chdbPath?: string;
  /** Per-request timeout against a server (default 30 s). */
  requestTimeoutMs?: number;
}

const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

/**
 * The client's own console logger prints server error text, which can quote row data. The
 * store maps every failure to an error with a safe message and logs that instead.
 */
const QUIET = { level: ClickHouseLogLevel.OFF } as const;

/**
 * chDB declares its connection against @clickhouse/client-common, whose settings types drift
 * from the copy bundled in @clickhouse/client by a patch release; the runtime contract is the
 * same one, so the type is bridged here and only here.
 */
type ClientConnection = NonNullable<NonNullable<Parameters<typeof createClient>[0]>['connection']>;

/**
 * Names the ClickHouse a client talks to, fit for error messages and logs: a server URL
 * without user, password, query or fragment, or the embedded data path.
 */
export function describeClickHouseTarget(options: ClickHouseClientOptions): string {
  if (options.url !== undefined) return redactUrl(options.url);
  if (options.chdbPath !== undefined) return `chDB (${options.chdbPath})`;
  return 'ClickHouse (not configured)';
}

function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // The rejected text itself may carry a password, so it is not echoed.
    throw new AuditStoreInputError('clickhouse url is not a valid URL');
  }
  const path = parsed.pathname === '/' ? '' : parsed.pathname;
  return `${parsed.protocol}//${parsed.host}${path}`;
}

/**
 * A `@clickhouse/client` client for a server URL, or for embedded chDB through the client's
 * pluggable connection: the same SQL and client code run against both.
 */
export function createClickHouseClient(options: ClickHouseClientOptions): ClickHouseClient {
  if (options.url !== undefined) {
    redactUrl(options.url);
    try {
      return createClient({
        url: options.url,
        // Omitted rather than undefined so credentials embedded in the URL still apply.
        ...(options.username !== undefined && { username: options.username }),
        ...(options.password !== undefined && { password: options.password }),
        request_timeout: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
        log: QUIET,
      });
    } catch (err) {
      // The client's configuration messages name URL parameters and their typed values,
      // never the user info, so they are passed on for the operator.
      throw new AuditStoreInputError(
        `clickhouse url rejected: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
  }
  if (options.chdbPath !== undefined) {
    try {
      const connection = loadChdb().createChdbConnection({ path: options.chdbPath });
      const client = createClient({ connection: connection as unknown as ClientConnection, log: QUIET });
      registerChdbInserter(client, connection);
      return client;
    } catch (err) {
      const raw = err instanceof Error ? err.message : String(err);
      throw new AuditStoreQueryError(
        `cannot open chDB at ${options.chdbPath} (this process may already use another chDB path)`,
        { retryable: false, raw },
      );
    }
  }
  throw new AuditStoreInputError('clickhouse: set url (a ClickHouse server) or chdbPath (embedded chDB)');
}

/**
 * libchdb is loaded when an embedded store is opened, not when this module is imported: a thread
 * that only validates rows (ingest's prepare workers import this package) must not load it, since
 * a worker thread that loaded libchdb crashes the process when it exits.
 */
function loadChdb(): typeof ChdbConnectionModule {
  return createRequire(import.meta.url)('chdb/connection') as typeof ChdbConnectionModule;
}
