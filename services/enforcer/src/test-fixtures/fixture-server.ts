/**
 * An MCP server built with the official SDK v1 (stateful era), used as the upstream in tests:
 * tools, resources with subscribe, prompts with completion, logging, progress, sampling (with
 * tools), elicitation (form and URL mode), roots, tasks, cancellation. No event store: any
 * resumption a client sees through the gateway is the gateway's own.
 * All data is synthetic.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { InMemoryEventStore } from '@modelcontextprotocol/sdk/examples/shared/inMemoryEventStore.js';
import {
  InMemoryTaskMessageQueue,
  InMemoryTaskStore,
} from '@modelcontextprotocol/sdk/experimental/tasks/stores/in-memory.js';
import { completable } from '@modelcontextprotocol/sdk/server/completable.js';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { SubscribeRequestSchema, UnsubscribeRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';

export interface FixtureServer {
  url: string;
  /** What the server observed, for assertions. */
  seen: {
    /** Request ids whose handler saw its signal abort (a notifications/cancelled arrived). */
    cancelled: string[];
    subscriptions: string[];
    deletes: number;
    /** Authorization headers that reached the server (must only ever be the gateway's credential). */
    authorizations: (string | undefined)[];
    /** Texts the echo tool was called with. */
    echoes: string[];
  };
  close(): Promise<void>;
}

const STATUS_URI = 'fixture://status';

function buildServer(seen: FixtureServer['seen'], taskStore: InMemoryTaskStore): McpServer {
  const server = new McpServer(
    { name: 'fixture-upstream', version: '1.0.0' },
    {
      capabilities: { logging: {}, tasks: { requests: { tools: { call: {} } }, list: {}, cancel: {} } },
      taskStore,
      taskMessageQueue: new InMemoryTaskMessageQueue(),
    },
  );
  server.registerTool(
    'echo',
    { description: 'Echoes text', inputSchema: { text: z.string() } },
    async ({ text }) => {
      seen.echoes.push(text);
      return { content: [{ type: 'text', text: `echo: ${text}` }] };
    },
  );
  server.registerTool(
    'count',
    { description: 'Counts with progress and log messages', inputSchema: { steps: z.number().int() } },
    async ({ steps }, extra) => {
      for (let i = 1; i <= steps; i++) {
        await server.sendLoggingMessage({ level: 'info', data: `step ${i}` }, extra.sessionId);
        const token = extra._meta?.progressToken;
        if (token !== undefined) {
          await extra.sendNotification({
            method: 'notifications/progress',
            params: { progressToken: token, progress: i, total: steps },
          });
        }
        await new Promise((r) => setTimeout(r, 5));
      }
      return { content: [{ type: 'text', text: `counted ${steps}` }] };
    },
  );
  server.registerTool('wait', { description: 'Waits until cancelled (at most 20 s)' }, async (extra) => {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 20_000);
      extra.signal.addEventListener('abort', () => {
        seen.cancelled.push(String(extra.requestId));
        clearTimeout(timer);
        resolve();
      });
    });
    return { content: [{ type: 'text', text: 'waited' }] };
  });
  server.registerTool(
    'slow_steps',
    {
      description: 'Sends a notification every delayMs, then answers',
      inputSchema: { steps: z.number().int(), delayMs: z.number().int() },
    },
    async ({ steps, delayMs }, extra) => {
      for (let i = 1; i <= steps; i++) {
        await new Promise((r) => setTimeout(r, delayMs));
        await extra.sendNotification({
          method: 'notifications/message',
          params: { level: 'info', data: `slow ${i}` },
        });
      }
      return { content: [{ type: 'text', text: `slow done ${steps}` }] };
    },
  );
  server.registerTool(
    'poll_steps',
    { description: 'Closes its stream midway (polling), then goes on' },
    async (extra) => {
      const note = (data: string) =>
        extra.sendNotification({ method: 'notifications/message', params: { level: 'info', data } });
      await note('poll 1');
      // With an event store and a 2025-11-25 client, the server ends the stream; the client resumes.
      extra.closeSSEStream?.();
      await new Promise((r) => setTimeout(r, 50));
      await note('poll 2');
      return {
        content: [{ type: 'text', text: `polled ${extra.closeSSEStream ? 'with' : 'without'} a cut` }],
      };
    },
  );
  server.registerTool('sample', { description: 'Asks the client to sample, with a tool' }, async (extra) => {
    const result = await server.server.createMessage(
      {
        messages: [{ role: 'user', content: { type: 'text', text: 'synthetic question' } }],
        maxTokens: 50,
        tools: [
          { name: 'lookup', description: 'synthetic', inputSchema: { type: 'object', properties: {} } },
        ],
      },
      { relatedRequestId: extra.requestId },
    );
    return { content: [{ type: 'text', text: `sampled: ${JSON.stringify(result.content)}` }] };
  });
  server.registerTool('elicit_form', { description: 'Asks the user in a form' }, async (extra) => {
    const result = await server.server.elicitInput(
      {
        mode: 'form',
        message: 'Synthetic form',
        requestedSchema: { type: 'object', properties: { color: { type: 'string' } }, required: ['color'] },
      },
      { relatedRequestId: extra.requestId },
    );
    return {
      content: [{ type: 'text', text: `form: ${result.action} ${JSON.stringify(result.content ?? {})}` }],
    };
  });
  server.registerTool('elicit_url', { description: 'Asks the user to visit a URL' }, async (extra) => {
    const result = await server.server.elicitInput(
      { mode: 'url', message: 'Synthetic URL', url: 'https://example.com/consent', elicitationId: 'el-1' },
      { relatedRequestId: extra.requestId },
    );
    return { content: [{ type: 'text', text: `url: ${result.action}` }] };
  });
  server.registerTool('roots', { description: 'Lists the client roots' }, async (extra) => {
    const result = await server.server.listRoots(undefined, { relatedRequestId: extra.requestId });
    return { content: [{ type: 'text', text: `roots: ${result.roots.map((r) => r.uri).join(',')}` }] };
  });
  server.registerTool('touch_status', { description: 'Updates the status resource' }, async () => {
    await server.server.sendResourceUpdated({ uri: STATUS_URI });
    server.sendToolListChanged();
    return { content: [{ type: 'text', text: 'touched' }] };
  });
  server.experimental.tasks.registerToolTask(
    'delay_task',
    { description: 'A task that completes after a short delay', inputSchema: { ms: z.number().int() } },
    {
      async createTask({ ms }, { taskStore: store, taskRequestedTtl }) {
        const task = await store.createTask({ ttl: taskRequestedTtl, pollInterval: 20 });
        setTimeout(() => {
          void store.storeTaskResult(task.taskId, 'completed', {
            content: [{ type: 'text', text: `delayed ${ms}` }],
          });
        }, ms);
        return { task };
      },
      async getTask(_args, { taskId, taskStore: store }) {
        return store.getTask(taskId);
      },
      async getTaskResult(_args, { taskId, taskStore: store }) {
        return store.getTaskResult(taskId) as never;
      },
    },
  );
  server.registerResource(
    'status',
    STATUS_URI,
    { description: 'Synthetic status', mimeType: 'text/plain' },
    async () => ({
      contents: [{ uri: STATUS_URI, text: 'all systems synthetic' }],
    }),
  );
  server.registerPrompt(
    'greeting',
    {
      description: 'A synthetic greeting',
      argsSchema: {
        name: completable(z.string(), (value) =>
          ['Alice', 'Albert', 'Bob'].filter((n) => n.startsWith(value)),
        ),
      },
    },
    ({ name }) => ({ messages: [{ role: 'user', content: { type: 'text', text: `Hello ${name}` } }] }),
  );
  server.server.registerCapabilities({ resources: { subscribe: true } });
  server.server.setRequestHandler(SubscribeRequestSchema, async (request) => {
    seen.subscriptions.push(`+${request.params.uri}`);
    return {};
  });
  server.server.setRequestHandler(UnsubscribeRequestSchema, async (request) => {
    seen.subscriptions.push(`-${request.params.uri}`);
    return {};
  });
  return server;
}

/** Starts the fixture upstream on a loopback port; one SDK server and transport per session. */
/**
 * `eventStore`: the server keeps its events and may end a stream midway for the client to resume.
 * `register`: adds a test's own tools (or resources, prompts) to every session's server.
 */
export async function startFixtureServer(
  options: { eventStore?: boolean; register?: (server: McpServer) => void } = {},
): Promise<FixtureServer> {
  const seen: FixtureServer['seen'] = {
    cancelled: [],
    subscriptions: [],
    deletes: 0,
    authorizations: [],
    echoes: [],
  };
  const transports = new Map<string, StreamableHTTPServerTransport>();
  const taskStore = new InMemoryTaskStore();
  const http = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    seen.authorizations.push(req.headers.authorization);
    const id = req.headers['mcp-session-id'];
    const existing = typeof id === 'string' ? transports.get(id) : undefined;
    if (existing) {
      if (req.method === 'DELETE') seen.deletes++;
      await existing.handleRequest(req, res);
      return;
    }
    if (req.method !== 'POST' || id !== undefined) {
      res.writeHead(id === undefined ? 400 : 404, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: -32000, message: 'Session not found' } }),
      );
      return;
    }
    const transport: StreamableHTTPServerTransport = new StreamableHTTPServerTransport({
      sessionIdGenerator: randomUUID,
      ...(options.eventStore && { eventStore: new InMemoryEventStore(), retryInterval: 10 }),
      onsessioninitialized: (sessionId) => {
        transports.set(sessionId, transport);
      },
    });
    transport.onclose = () => {
      if (transport.sessionId) transports.delete(transport.sessionId);
    };
    const server = buildServer(seen, taskStore);
    options.register?.(server);
    await server.connect(transport);
    await transport.handleRequest(req, res);
  }
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/mcp`,
    seen,
    async close() {
      await Promise.all([...transports.values()].map((t) => t.close().catch(() => undefined)));
      http.closeAllConnections();
      await new Promise((r) => http.close(r));
      taskStore.cleanup();
    },
  };
}
