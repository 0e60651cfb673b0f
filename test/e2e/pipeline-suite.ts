import { createClickHouseClient } from '@proctor/audit-store';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { waitFor } from '../harness';
import {
  demoPhiValues,
  runSession,
  type Scenario,
  type SessionTranscript,
  SUBJECT,
  startScenario,
} from './pipeline-scenario';

interface ApiEvent {
  seq: number;
  type: string;
  subject: string;
  direction: string;
  kind: string;
  method: string;
  toolName: string;
  payload: unknown;
  maskedCount: number;
  detail: { finalSeq?: number; reason?: string } | null;
}

/**
 * The foundation's end-to-end proof, run once per event-log flavour: an SDK client sees the
 * same through the gateway as directly, and every frame reaches ClickHouse in order, with
 * the subject, masked, and is served back by the exporter.
 */
export interface SuiteContext {
  topics: { raw: string; redacted: string; dlq: string };
  sessionId: string;
  eventCount: number;
}

export function pipelineSuite(options: () => { kafkaBrokers?: string[] }): () => SuiteContext {
  let scenario: Scenario;
  let direct: SessionTranscript;
  let proxied: SessionTranscript;
  let events: ApiEvent[];

  beforeAll(async () => {
    scenario = await startScenario(options());
    direct = await runSession(scenario.demoUrl);
    proxied = await runSession(scenario.enforcerUrl, scenario.token);
    events = await waitFor(
      async () => {
        const list = await exporterGet(`/v1/sessions/${proxied.sessionId}/events`);
        if (list.status !== 200) return undefined;
        const body = (await list.json()) as { events: ApiEvent[] };
        return body.events.at(-1)?.type === 'session_ended' ? body.events : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 200, what: 'the whole session to be queryable through the exporter' },
    );
  });

  afterAll(async () => {
    await scenario?.stop();
  });

  const exporterGet = (path: string, token: string | null = scenario.token) =>
    fetch(`${scenario.exporterUrl}${path}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});

  it('shows the client exactly what it sees when connected directly', () => {
    expect(proxied.sessionId).toBeTruthy();
    expect(proxied.initialize).toEqual(direct.initialize);
    expect(proxied.tools).toEqual(direct.tools);
    expect(proxied.patient).toEqual(direct.patient);
    expect(proxied.search).toEqual(direct.search);
    expect(JSON.stringify(proxied.patient)).toContain(demoPhiValues()[0]);
  });

  it('stores every frame of the session in sequence order, with the subject', () => {
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i));
    expect(events[0]?.type).toBe('session_started');
    const last = events.at(-1);
    expect(last?.detail).toMatchObject({ finalSeq: events.length - 1, reason: 'client_delete' });
    expect(new Set(events.map((e) => e.subject))).toEqual(new Set([SUBJECT]));
    const frames = events
      .filter((e) => e.type === 'frame')
      .map((e) => `${e.direction} ${e.kind} ${e.method} ${e.toolName}`);
    expect(frames).toEqual([
      'client_to_server request initialize ',
      'server_to_client response initialize ',
      'client_to_server notification notifications/initialized ',
      'client_to_server request tools/list ',
      'server_to_client response tools/list ',
      'client_to_server request tools/call get_patient',
      'server_to_client response tools/call get_patient',
      'client_to_server request tools/call search_patients',
      'server_to_client response tools/call search_patients',
    ]);
  });

  it('lists the session for its subject', async () => {
    const res = await exporterGet(`/v1/sessions?subject=${encodeURIComponent(SUBJECT)}`);
    expect(res.status).toBe(200);
    const { sessions } = (await res.json()) as {
      sessions: { sessionId: string; frameCount: number; subject: string }[];
    };
    const session = sessions.find((s) => s.sessionId === proxied.sessionId);
    expect(session).toMatchObject({ subject: SUBJECT, frameCount: 9 });
  });

  it('never stores the demo PHI in clear, and says where it masked', async () => {
    const response = events.find((e) => e.toolName === 'get_patient' && e.kind === 'response');
    expect(response?.maskedCount).toBeGreaterThanOrEqual(3);
    const served = JSON.stringify(events);
    const client = createClickHouseClient({ chdbPath: scenario.config.auditStore.chdb.path });
    const rows = await client.query({
      query: `SELECT * FROM ${scenario.config.auditStore.database}.events`,
      format: 'JSONEachRow',
    });
    const stored = await rows.text();
    await client.close();
    expect(stored.length).toBeGreaterThan(1000);
    for (const value of demoPhiValues()) {
      expect(served).not.toContain(value);
      expect(stored).not.toContain(value);
    }
  });

  it('refuses the exporter API without a valid token', async () => {
    expect((await exporterGet('/v1/sessions', null)).status).toBe(401);
    expect((await exporterGet('/v1/sessions', 'not-a-token')).status).toBe(401);
  });

  return () => ({
    topics: scenario.config.eventLog.kafka?.topics ?? scenario.config.eventLog.local.topics,
    sessionId: proxied.sessionId ?? '',
    eventCount: events.length,
  });
}
