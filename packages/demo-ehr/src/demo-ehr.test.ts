import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { LoggingMessageNotificationSchema, type Progress } from '@modelcontextprotocol/sdk/types.js';
import { afterEach, describe, expect, it } from 'vitest';
import { type DemoEhr, startDemoEhr } from './demo-ehr';
import { DEMO_PATIENTS } from './patients';

const running: DemoEhr[] = [];
const clients: Client[] = [];

afterEach(async () => {
  await Promise.allSettled(clients.splice(0).map((c) => c.close()));
  await Promise.allSettled(running.splice(0).map((s) => s.close()));
});

async function start(options: Parameters<typeof startDemoEhr>[0] = {}): Promise<DemoEhr> {
  const ehr = await startDemoEhr({ port: 0, ...options });
  running.push(ehr);
  return ehr;
}

async function connect(url: string): Promise<{ client: Client; transport: StreamableHTTPClientTransport }> {
  const client = new Client({ name: 'demo-ehr-test', version: '0.0.0' });
  const transport = new StreamableHTTPClientTransport(new URL(url));
  await client.connect(transport);
  clients.push(client);
  return { client, transport };
}

function text(result: Awaited<ReturnType<Client['callTool']>>): string {
  const first = (result.content as Array<{ type: string; text?: string }>)[0];
  return first?.text ?? '';
}

const avery = DEMO_PATIENTS[0] as (typeof DEMO_PATIENTS)[number];

describe('startDemoEhr', () => {
  it('initializes a session and lists its tools', async () => {
    const ehr = await start();
    expect(ehr.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/mcp$/);
    const { client, transport } = await connect(ehr.url);
    expect(transport.sessionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(client.getServerVersion()?.name).toBe('proctor-demo-ehr');

    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual([
      'benchmark_payload',
      'export_chart',
      'get_patient',
      'list_appointments',
      'search_patients',
    ]);
  });

  it('returns a full record from get_patient as text and structured content', async () => {
    const { client } = await connect((await start()).url);
    const result = await client.callTool({ name: 'get_patient', arguments: { mrn: avery.mrn } });
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toEqual({ ...avery });
    expect(JSON.parse(text(result))).toEqual({ ...avery });
    expect(text(result)).toContain(avery.ssn);
  });

  it('reports an unknown MRN as a tool error and rejects a malformed one', async () => {
    const { client } = await connect((await start()).url);
    const missing = await client.callTool({ name: 'get_patient', arguments: { mrn: 'MRN-999999' } });
    expect(missing.isError).toBe(true);
    const malformed = await client.callTool({
      name: 'get_patient',
      arguments: { mrn: 'robert; drop table' },
    });
    expect(malformed.isError).toBe(true);
  });

  it('searches patients by name fragment', async () => {
    const { client } = await connect((await start()).url);
    const result = await client.callTool({ name: 'search_patients', arguments: { query: 'placeholder' } });
    expect(result.structuredContent).toEqual({
      patients: [{ mrn: 'MRN-100002', name: 'Jordan Placeholder', dob: '1991-11-02' }],
    });
  });

  it('lists appointments for one patient', async () => {
    const { client } = await connect((await start()).url);
    const result = await client.callTool({ name: 'list_appointments', arguments: { mrn: avery.mrn } });
    const { appointments } = result.structuredContent as {
      appointments: Array<{ id: string; patientName: string }>;
    };
    expect(appointments.map((a) => a.id)).toEqual(['APT-5001', 'APT-5004']);
    expect(appointments.every((a) => a.patientName === avery.name)).toBe(true);
  });

  it('sends progress notifications and a log message from export_chart', async () => {
    const { client } = await connect((await start({ exportStepDelayMs: 5 })).url);
    const logs: unknown[] = [];
    client.setNotificationHandler(LoggingMessageNotificationSchema, (n) => {
      logs.push(n.params.data);
    });
    const progress: Progress[] = [];
    const result = await client.callTool(
      { name: 'export_chart', arguments: { mrn: avery.mrn, steps: 3 } },
      undefined,
      {
        onprogress: (p) => progress.push(p),
      },
    );
    expect(progress.map((p) => [p.progress, p.total])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    expect(logs).toEqual([`exporting chart ${avery.mrn} in 3 steps`]);
    expect(text(result)).toContain(avery.email);
  });

  it('keeps no abort listener of a step past it: an export of 20 steps raises no listener-leak warning', async () => {
    const { client } = await connect((await start({ exportStepDelayMs: 1 })).url);
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on('warning', onWarning);
    try {
      const result = await client.callTool({
        name: 'export_chart',
        arguments: { mrn: avery.mrn, steps: 20 },
      });
      expect(text(result)).toContain(avery.email);
      // Warnings are emitted on a later tick.
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings).not.toContain('MaxListenersExceededWarning');
  });

  it('returns exactly the requested benchmark payload size', async () => {
    const { client } = await connect((await start()).url);
    const standard = await client.callTool({ name: 'benchmark_payload', arguments: {} });
    expect(Buffer.byteLength(text(standard))).toBe(1024);
    const large = await client.callTool({ name: 'benchmark_payload', arguments: { size: 16 * 1024 } });
    expect(Buffer.byteLength(text(large))).toBe(16 * 1024);
  });

  it('serves patient resources and a prompt', async () => {
    const { client } = await connect((await start()).url);
    const { resources } = await client.listResources();
    expect(resources.map((r) => r.uri)).toContain(`ehr://patients/${avery.mrn}`);
    const read = await client.readResource({ uri: `ehr://patients/${avery.mrn}` });
    expect(JSON.parse((read.contents[0] as { text: string }).text)).toEqual({ ...avery });

    const prompt = await client.getPrompt({ name: 'summarize_patient', arguments: { mrn: avery.mrn } });
    expect(prompt.messages).toHaveLength(2);
    expect(JSON.stringify(prompt.messages[0])).toContain(avery.ssn);
  });

  it('answers 404 for an unknown session and ends a session on DELETE', async () => {
    const ehr = await start();
    const unknown = await fetch(ehr.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        'mcp-session-id': 'no-such-session',
      },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    expect(unknown.status).toBe(404);

    const { transport } = await connect(ehr.url);
    const sessionId = transport.sessionId as string;
    await transport.terminateSession();
    const after = await fetch(ehr.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        'mcp-session-id': sessionId,
        'mcp-protocol-version': transport.protocolVersion as string,
      },
      body: JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'tools/list' }),
    });
    expect(after.status).toBe(404);
  });

  it('refuses a non-initialize request without a session', async () => {
    const ehr = await start();
    const res = await fetch(ehr.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    expect(res.status).toBe(400);
    expect((await fetch(ehr.url.replace('/mcp', '/other'))).status).toBe(404);
  });

  it('tags SSE events with resumable ids when resumable', async () => {
    const ehr = await start({ resumable: true });
    const { transport } = await connect(ehr.url);
    const res = await fetch(ehr.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        'mcp-session-id': transport.sessionId as string,
        'mcp-protocol-version': transport.protocolVersion as string,
      },
      body: JSON.stringify({ jsonrpc: '2.0', id: 7, method: 'tools/list' }),
    });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    expect(await res.text()).toMatch(/^id: \S+:\d+$/m);
  });

  it('works without sessions in stateless mode', async () => {
    const { client, transport } = await connect((await start({ stateless: true })).url);
    expect(transport.sessionId).toBeUndefined();
    const result = await client.callTool({ name: 'get_patient', arguments: { mrn: avery.mrn } });
    expect(result.structuredContent).toMatchObject({ ssn: avery.ssn });
  });
});

describe('DEMO_PATIENTS', () => {
  it('holds only obviously synthetic identifiers', () => {
    for (const p of DEMO_PATIENTS) {
      expect(p.ssn).toMatch(/^900-\d{2}-\d{4}$/);
      expect(p.phone).toMatch(/555-01\d{2}$/);
      expect(p.email).toMatch(/@example\.com$/);
    }
  });
});
