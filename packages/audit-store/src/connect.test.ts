import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createClickHouseAuditStore } from './clickhouse-audit-store';
import { createClickHouseClient, describeClickHouseTarget } from './clickhouse-client';
import { connectAuditStore } from './connect';
import { AuditStoreInputError } from './errors';
import { AuditStoreUnavailableError } from './port';
import { chdbTestPath, freshDatabaseName, removeChdbTestPath } from './testing/chdb-fixture';
import { frameEvent } from './testing/sample-events';

/** A port nothing listens on: bound once by us, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

afterAll(removeChdbTestPath);

let silentServer: Server | undefined;
const sockets: Socket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await new Promise<void>((resolve) => (silentServer ? silentServer.close(() => resolve()) : resolve()));
  silentServer = undefined;
});

/** Accepts connections and never answers, like a firewall that swallows packets. */
async function silentPort(): Promise<number> {
  silentServer = createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => silentServer?.listen(0, '127.0.0.1', resolve));
  const address = silentServer.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('connectAuditStore', () => {
  it('fails start-up quickly and names the server without its credentials when nothing listens', async () => {
    const port = await closedPort();
    const started = Date.now();
    const error = await connectAuditStore({
      clickhouse: { url: `http://ingest:s3cret-pw@127.0.0.1:${port}` },
    }).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(Date.now() - started).toBeLessThan(3000);
    expect(error).toBeInstanceOf(AuditStoreUnavailableError);
    const unavailable = error as AuditStoreUnavailableError;
    expect(unavailable.message).toBe(
      `audit store unavailable at start-up: ClickHouse at http://127.0.0.1:${port} is unreachable (ECONNREFUSED)`,
    );
    expect(unavailable).toMatchObject({ code: 'AUDIT_STORE_UNAVAILABLE', httpStatus: 503, retryable: true });
    expect(JSON.stringify(unavailable)).not.toContain('s3cret');
  });

  it('gives up on a server that accepts connections but never answers after the ping timeout', async () => {
    const port = await silentPort();
    const started = Date.now();
    await expect(
      connectAuditStore({ clickhouse: { url: `http://127.0.0.1:${port}` }, pingTimeoutMs: 300 }),
    ).rejects.toThrow(
      new AuditStoreUnavailableError(
        `audit store unavailable at start-up: ClickHouse at http://127.0.0.1:${port} did not answer in time during start-up ping`,
      ),
    );
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('migrates and returns a working store on embedded chDB', async () => {
    const database = freshDatabaseName();
    const store = await connectAuditStore({ clickhouse: { chdbPath: chdbTestPath() }, database });
    try {
      expect(await store.ping()).toBe(true);
      await store.insertEvents([frameEvent()]);
      expect(await store.sessionEvents('sess-1')).toEqual([frameEvent()]);
    } finally {
      await store.close();
    }
  });
});

describe('store against an unreachable server', () => {
  it('turns a refused insert into a retryable AuditStoreUnavailableError', async () => {
    const port = await closedPort();
    const url = `http://127.0.0.1:${port}`;
    const store = createClickHouseAuditStore({
      client: createClickHouseClient({ url }),
      database: 'audit',
      target: describeClickHouseTarget({ url }),
    });
    try {
      await expect(store.insertEvents([frameEvent()])).rejects.toThrow(
        new AuditStoreUnavailableError(`ClickHouse at ${url} is unreachable (ECONNREFUSED)`),
      );
      await expect(store.listSessions({})).rejects.toBeInstanceOf(AuditStoreUnavailableError);
      expect(await store.ping()).toBe(false);
    } finally {
      await store.close();
    }
  });
});

describe('client options', () => {
  it('redacts credentials, query and fragment from the target description', () => {
    expect(describeClickHouseTarget({ url: 'https://u:p@ch.example.com:8443/db?password=x#y' })).toBe(
      'https://ch.example.com:8443/db',
    );
    expect(describeClickHouseTarget({ chdbPath: '/var/lib/proctor/chdb' })).toBe(
      'chDB (/var/lib/proctor/chdb)',
    );
  });

  it('rejects a missing or malformed configuration without echoing it', () => {
    expect(() => createClickHouseClient({})).toThrow(AuditStoreInputError);
    expect(() => createClickHouseClient({ url: 'not a url with pw=hunter2' })).toThrow(
      new AuditStoreInputError('clickhouse url is not a valid URL'),
    );
    expect(() => createClickHouseClient({ url: 'http://127.0.0.1:8123/?no_such_option=1' })).toThrow(
      new AuditStoreInputError('clickhouse url rejected: Unknown URL parameters: no_such_option'),
    );
  });
});
