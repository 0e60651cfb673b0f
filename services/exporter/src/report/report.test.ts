import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ClickHouseClient } from '@clickhouse/client';
import { type AuditStore, createClickHouseAuditStore, migrate, type StoredEvent } from '@proctor/audit-store';
import {
  BASE_TIME_US,
  frameEvent,
  freshDatabaseName,
  openTestClient,
  removeChdbTestPath,
  selectRows,
  sessionStartedEvent,
} from '@proctor/audit-store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../../test/harness';
import { chromiumPath, renderInChromium } from '../testing-chromium';
import { clickHouseReportSource } from './clickhouse-report-source';
import { buildHipaaReport, type DeploymentFacts, parseControls } from './hipaa-report';
import { renderCsv, renderHtml } from './render';
import type { ReportFacts } from './report-facts';

const DAY_US = 86_400_000_000;
const deployment: DeploymentFacts = {
  retentionDays: 2192,
  connections: [
    { name: 'ehr', transport: 'https' },
    { name: 'legacy', transport: 'http' },
  ],
  gatewayTls: true,
};

let client: ClickHouseClient;
let store: AuditStore;
let database: string;
let facts: ReportFacts;

function session(
  sessionId: string,
  day: number,
  frames: number,
  extra: Partial<StoredEvent> = {},
): StoredEvent[] {
  const base = BASE_TIME_US + day * DAY_US;
  const events = [sessionStartedEvent({ sessionId, time: base, eventId: `${sessionId}-0`, ...extra })];
  for (let seq = 1; seq <= frames; seq++) {
    events.push(
      frameEvent({
        sessionId,
        seq,
        time: base + seq * 1000,
        eventId: `${sessionId}-${seq}`,
        maskedCount: seq % 2,
        ...extra,
      }),
    );
  }
  events.push(
    frameEvent({
      sessionId,
      seq: frames + 1,
      type: 'session_ended',
      kind: '',
      direction: '',
      time: base + 999_000,
      eventId: `${sessionId}-end`,
      maskedCount: 0,
      ...extra,
    }),
  );
  return events;
}

beforeAll(async () => {
  client = openTestClient();
  database = freshDatabaseName();
  await migrate(client, { database });
  store = createClickHouseAuditStore({ client, database });
  const gapped = session('s-gap', 1, 4).filter((e) => e.seq !== 2);
  const events = [
    ...session('s-1', 0, 3),
    ...session('s-2', 1, 5, { subject: 'bob@example.com' }),
    ...gapped,
  ];
  const at = (day: number) => BASE_TIME_US + day * DAY_US + 500;
  await store.insertRows({
    events,
    policyDecisions: [
      {
        eventId: 'pd-1',
        sessionId: 's-1',
        seq: 1,
        time: at(0),
        tenant: 'acme-health',
        subject: 'alice@example.com',
        connection: 'ehr',
        decision: 'allow',
        rule: 'read-ok',
        reason: '',
        method: 'tools/call',
        toolName: 'lookup_patient',
        resourceUri: '',
        promptName: '',
        frameSeq: 1,
        ruleVersion: 'v1',
        approvalId: '',
      },
      {
        eventId: 'pd-2',
        sessionId: 's-2',
        seq: 2,
        time: at(1),
        tenant: 'acme-health',
        subject: 'bob@example.com',
        connection: 'ehr',
        decision: 'block',
        rule: 'no-deletes',
        reason: 'deletes are not allowed',
        method: 'tools/call',
        toolName: 'delete_record',
        resourceUri: '',
        promptName: '',
        frameSeq: 2,
        ruleVersion: 'v1',
        approvalId: '',
      },
      {
        eventId: 'pd-3',
        sessionId: 's-2',
        seq: 3,
        time: at(1),
        tenant: 'acme-health',
        subject: 'bob@example.com',
        connection: 'ehr',
        decision: 'require_approval',
        rule: 'risky',
        reason: '',
        method: 'tools/call',
        toolName: 'export_chart',
        resourceUri: '',
        promptName: '',
        frameSeq: 3,
        ruleVersion: 'v1',
        approvalId: 'apr_1',
      },
    ],
    authFailures: [
      {
        eventId: 'af-1',
        sessionId: 'auth:af-1',
        seq: 0,
        time: at(0),
        tenant: 'acme-health',
        gatewayId: 'gw-1',
        connection: 'ehr',
        sourceIp: '192.0.2.99',
        userAgent: 'curl',
        reason: 'invalid_token:expired',
        httpStatus: 401,
        claimedIssuer: 'https://idp.example.com',
        claimedSubject: '',
        requestBytes: null,
      },
      {
        eventId: 'af-2',
        sessionId: 'auth:af-2',
        seq: 0,
        time: at(1),
        tenant: 'acme-health',
        gatewayId: 'gw-1',
        connection: 'ehr',
        sourceIp: '192.0.2.99',
        userAgent: 'curl',
        reason: 'invalid_request:no token',
        httpStatus: 401,
        claimedIssuer: '',
        claimedSubject: '',
        requestBytes: null,
      },
    ],
  });
  facts = await clickHouseReportSource(client, database).facts('acme-health', {
    from: BASE_TIME_US - DAY_US,
    to: BASE_TIME_US + 3 * DAY_US,
  });
});

afterAll(async () => {
  await store?.close();
  removeChdbTestPath();
});

describe('HIPAA control report facts', () => {
  it('equal direct counts over the events table', async () => {
    const [direct] = await selectRows<{ events: string; frames: string; sessions: string; masked: string }>(
      client,
      `SELECT uniqExact(session_id, seq) AS events, uniqExactIf((session_id, seq), type = 'frame') AS frames,
              uniqExact(session_id) AS sessions, uniqExactIf((session_id, seq), type = 'frame' AND masked_count > 0) AS masked
       FROM ${database}.events FINAL`,
    );
    expect(facts.totals).toMatchObject({
      events: Number(direct?.events),
      frames: Number(direct?.frames),
      sessions: Number(direct?.sessions),
      maskedFrames: Number(direct?.masked),
      subjects: 2,
    });
    expect(facts.daily.map((d) => d.sessions)).toEqual([1, 2]);
  });

  it('equal direct counts per day, subject, connection and issuer', async () => {
    const direct = async (query: string) =>
      (await selectRows<{ key: string; count: string }>(client, query)).map((r) => ({
        key: r.key,
        count: Number(r.count),
      }));
    const daily = await direct(
      `SELECT toString(toDate(time)) AS key, uniqExact(session_id, seq) AS count FROM ${database}.events FINAL GROUP BY key ORDER BY key`,
    );
    expect(facts.daily.map((d) => ({ key: d.day, count: d.events }))).toEqual(daily);
    expect(facts.topSubjects).toEqual(
      await direct(
        `SELECT subject AS key, uniqExact(session_id) AS count FROM ${database}.events FINAL GROUP BY key ORDER BY count DESC, key`,
      ),
    );
    expect(facts.connections).toEqual(
      await direct(
        `SELECT toString(connection) AS key, uniqExact(session_id) AS count FROM ${database}.events FINAL GROUP BY key ORDER BY count DESC, key`,
      ),
    );
    const issuers = await direct(
      `SELECT toString(issuer) AS key, uniqExact(subject) AS count FROM ${database}.events FINAL
       WHERE type = 'session_started' GROUP BY key ORDER BY count DESC, key`,
    );
    expect(issuers.length).toBeGreaterThan(0);
    expect(facts.issuers).toEqual(issuers);
    expect(facts.openSessions).toBe(0);
  });

  it('find the sequence gap, the denial, the unapproved risky call and the failed logins', () => {
    expect(facts.sequenceGaps).toEqual({ count: 1, samples: [{ sessionId: 's-gap', missing: 1 }] });
    expect(facts.denied).toMatchObject({
      count: 1,
      samples: [{ sessionId: 's-2', tool: 'delete_record', rule: 'no-deletes' }],
    });
    expect(facts.unapproved.count).toBe(1);
    expect(facts.authFailures).toMatchObject({
      count: 2,
      byReason: expect.arrayContaining([{ key: 'invalid_token', count: 1 }]),
    });
    expect(facts.decisions).toEqual([
      { key: 'allow', count: 1 },
      { key: 'block', count: 1 },
      { key: 'require_approval', count: 1 },
    ]);
  });

  it('do not count an event stored twice', async () => {
    await store.insertEvents(session('s-1', 0, 3));
    const again = await clickHouseReportSource(client, database).facts('acme-health', facts.range);
    expect(again.totals).toEqual(facts.totals);
  });

  it('see nothing of another tenant', async () => {
    const other = await clickHouseReportSource(client, database).facts('other-tenant', facts.range);
    expect(other.totals.events).toBe(0);
    expect(other.denied.count).toBe(0);
  });
});

describe('HIPAA control report', () => {
  it('marks controls with exceptions for review and names the exceptions', () => {
    const report = buildHipaaReport(facts, deployment, { now: new Date('2026-01-01T00:00:00Z') });
    const byId = Object.fromEntries(report.controls.map((c) => [c.id, c]));
    expect(report.controls).toHaveLength(9);
    expect(byId.audit_controls?.status).toBe('attention');
    expect(byId.authentication?.exceptions).toEqual([
      expect.objectContaining({ label: 'Failed authentications', count: 2 }),
    ]);
    expect(byId.transmission_security?.exceptions[0]).toMatchObject({
      count: 1,
      samples: [{ connection: 'legacy' }],
    });
    expect(byId.retention?.status).toBe('met');
    expect(
      buildHipaaReport(facts, { ...deployment, retentionDays: 30 }).controls.find((c) => c.id === 'retention')
        ?.status,
    ).toBe('attention');
    const perArea = buildHipaaReport(facts, {
      ...deployment,
      retentionByArea: { events: 2555, authFailures: 365 },
    }).controls.find((c) => c.id === 'retention');
    expect(perArea?.status).toBe('attention');
    expect(perArea?.evidence).toContainEqual({ label: 'Retention of authFailures (days)', value: 365 });
    expect(perArea?.exceptions[0]).toMatchObject({
      count: 1,
      samples: [{ area: 'authFailures', retentionDays: 365 }],
    });
  });

  it('takes a subset of controls and rejects an unknown one by name', () => {
    expect(
      buildHipaaReport(facts, deployment, { controls: parseControls('integrity, retention') }).controls.map(
        (c) => c.id,
      ),
    ).toEqual(['integrity', 'retention']);
    expect(() => parseControls('integrity,164.999')).toThrow(/unknown report control "164.999"/);
  });

  it('renders CSV without formula injection', () => {
    const csv = renderCsv(buildHipaaReport(facts, deployment));
    expect(csv.split('\r\n')[0]).toBe('control,citation,status,kind,label,value');
    expect(csv).toContain('authentication,45 CFR 164.312(d),attention,exception,Failed authentications,2');
    expect(
      renderCsv({
        ...buildHipaaReport(facts, deployment),
        controls: [
          {
            id: 'integrity',
            citation: 'x',
            title: 't',
            status: 'met',
            evidence: [{ label: '=HYPERLINK("x")', value: 1 }],
            exceptions: [],
          },
        ],
      }),
    ).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('renders one self-contained HTML file whose charts show in a real browser', async () => {
    const html = renderHtml(buildHipaaReport(facts, deployment));
    expect(html).not.toMatch(/<script|src="http|href="http/);
    expect(html.match(/<svg class="chart"/g)).toHaveLength(4);
    const chromium = chromiumPath('the report screenshot test');
    const dir = await tempDir('report');
    const file = join(dir, 'report.html');
    const png = join(dir, 'report.png');
    await writeFile(file, html);
    await renderInChromium(chromium, file, [
      '--hide-scrollbars',
      `--screenshot=${png}`,
      '--window-size=1200,1400',
    ]);
    const { width, height, colors } = await pngFacts(png);
    expect(width).toBe(1200);
    expect(height).toBe(1400);
    // The bar colours of the charts are on the page: the SVGs were rendered, not just sent.
    expect(colors.has('2563eb')).toBe(true);
    expect(colors.has('16a34a')).toBe(true);
  });
});

/** Decodes a PNG far enough to list its distinct RGB colours (Chromium writes 8-bit RGBA, non-interlaced). */
async function pngFacts(file: string): Promise<{ width: number; height: number; colors: Set<string> }> {
  const { readFile } = await import('node:fs/promises');
  const { inflateSync } = await import('node:zlib');
  const data = await readFile(file);
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 4;
  const idat: Buffer[] = [];
  while (offset < data.length) {
    const length = data.readUInt32BE(offset);
    const type = data.toString('latin1', offset + 4, offset + 8);
    const body = data.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      channels = body[9] === 2 ? 3 : 4;
    } else if (type === 'IDAT') idat.push(body);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const previous = Buffer.alloc(stride);
  const line = Buffer.alloc(stride);
  const colors = new Set<string>();
  for (let y = 0; y < height; y++) {
    const start = y * (stride + 1);
    const filter = raw[start] as number;
    for (let x = 0; x < stride; x++) {
      const value = raw[start + 1 + x] as number;
      const left = x >= channels ? (line[x - channels] as number) : 0;
      const up = previous[x] as number;
      const upLeft = x >= channels ? (previous[x - channels] as number) : 0;
      let out = value;
      if (filter === 1) out = value + left;
      else if (filter === 2) out = value + up;
      else if (filter === 3) out = value + ((left + up) >> 1);
      else if (filter === 4) {
        const p = left + up - upLeft;
        const pa = Math.abs(p - left);
        const pb = Math.abs(p - up);
        const pc = Math.abs(p - upLeft);
        out = value + (pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft);
      }
      line[x] = out & 0xff;
    }
    for (let x = 0; x < stride; x += channels) {
      colors.add(
        ((line[x] as number) * 65536 + (line[x + 1] as number) * 256 + (line[x + 2] as number))
          .toString(16)
          .padStart(6, '0'),
      );
    }
    line.copy(previous);
  }
  return { width, height, colors };
}
