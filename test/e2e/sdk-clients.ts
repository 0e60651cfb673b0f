/**
 * The official SDK clients of both eras, connected to a gateway connection with a bearer
 * token (or none: no Authorization header at all), for end-to-end tests.
 */
import {
  Client as ModernClient,
  StreamableHTTPClientTransport as ModernTransport,
} from '@modelcontextprotocol/client';
import { Client as LegacyClient } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport as LegacyTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { CallToolResultSchema } from '@modelcontextprotocol/sdk/types.js';

export { LegacyClient, ModernClient };

const headersFor = (token: string | null): Record<string, string> =>
  token === null ? {} : { authorization: `Bearer ${token}` };

/** An SDK v1 client (stateful era) connected to `url`. */
export async function connectLegacyClient(url: string, token: string | null): Promise<LegacyClient> {
  const client = new LegacyClient({ name: 'synthetic-v1-client', version: '1.0.0' });
  await client.connect(new LegacyTransport(new URL(url), { requestInit: { headers: headersFor(token) } }));
  return client;
}

/** An SDK v2 client pinned to the 2026-07-28 revision, connected to `url`. */
export async function connectModernClient(url: string, token: string | null): Promise<ModernClient> {
  const client = new ModernClient(
    { name: 'synthetic-v2-client', version: '2.0.0' },
    { capabilities: {}, versionNegotiation: { mode: { pin: '2026-07-28' } } },
  );
  await client.connect(new ModernTransport(new URL(url), { requestInit: { headers: headersFor(token) } }));
  return client;
}

/** Calls `chart_task` as a task (SDK v1's task API) and gives the id of the task the server created. */
export async function createChartTask(client: LegacyClient, args: Record<string, unknown>): Promise<string> {
  const stream = client.experimental.tasks.callToolStream(
    { name: 'chart_task', arguments: args },
    CallToolResultSchema,
    { task: { ttl: 60_000 } },
  );
  const first = await stream.next();
  if (first.done || first.value.type !== 'taskCreated') throw new Error('expected a task');
  return first.value.task.taskId;
}
