/**
 * Invariant 2 everywhere the gateway writes: after sessions carrying demo PHI — in results,
 * in tool arguments, in a stdio server's stderr, in a call the policy denies, and in the
 * fields a client controls outside the payload (resource URIs, tool and prompt names,
 * clientInfo, the user agent, in both eras) — nothing the gateway left at rest holds a clear value: the raw topic read back
 * raw (values, keys and headers), the spool, the gateway's own log, and the shared session
 * store in Redis (every key under the deployment's prefix, read while the sessions are open).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { StreamableHTTPClientTransport as LegacyTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { parseConfig } from '@proctor/config';
import { DEMO_PATIENTS, type DemoEhr, startDemoEhr } from '@proctor/demo-ehr';
import { decodeEvent } from '@proctor/events';
import { type LocalIssuer, startLocalIssuer } from '@proctor/identity/testing';
import { generatePayloadKeyPair, publicKeyDocument } from '@proctor/payload-crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEnforcer } from '../../src/runtime/services';
import { stdioFixtureCommand } from '../fixtures/stdio-fixture-command';
import { readWholeTopic, redisUrl, tempDir } from '../harness';
import { capturingLogger, filesUnder, freshTopics } from './at-rest';
import { connectLegacyClient, connectModernClient, LegacyClient, type ModernClient } from './sdk-clients';

const AUDIENCE = 'proctor-phi-at-rest';
const [patient, vip] = DEMO_PATIENTS as readonly [
  (typeof DEMO_PATIENTS)[number],
  (typeof DEMO_PATIENTS)[number],
];
const PHI = [patient, vip].flatMap((p) => [p.name, p.ssn, p.phone, p.email, p.address, p.dob, p.mrn]);

/** A user agent naming a patient: no clear copy may be left on the raw topic, the spool, the log or Redis. */
const USER_AGENT = `agent of ${patient.name}, ${patient.phone}`;

let idp: LocalIssuer;
let demo: DemoEhr;
let publicKeyFile: string;

beforeAll(async () => {
  const dir = await tempDir('proctor-phi-keys');
  const pair = await generatePayloadKeyPair({ keyId: 'ingest-phi-e2e' });
  [idp, demo] = await Promise.all([startLocalIssuer('/idp'), startDemoEhr({ host: '127.0.0.1', port: 0 })]);
  publicKeyFile = join(dir, 'ingest.pub.json');
  await writeFile(publicKeyFile, JSON.stringify(publicKeyDocument(pair)));
});

afterAll(async () => {
  await Promise.allSettled([demo?.close(), idp?.close()]);
});

function expectNoPhi(text: string, where: string) {
  for (const value of PHI) expect(text.includes(value), `${where} holds "${value.slice(0, 3)}…"`).toBe(false);
}

/** Every value under `prefix`, whatever the Redis type, as one text. */
async function redisContents(redis: Redis, prefix: string): Promise<{ keys: string[]; text: string }> {
  const keys = await redis.keys(`${prefix}*`);
  const parts: string[] = [...keys];
  for (const key of keys) {
    const type = await redis.type(key);
    if (type === 'string') parts.push((await redis.get(key)) ?? '');
    else if (type === 'hash') parts.push(JSON.stringify(await redis.hgetall(key)));
    else if (type === 'zset') parts.push(JSON.stringify(await redis.zrange(key, '0', '-1')));
    else if (type === 'set') parts.push(JSON.stringify(await redis.smembers(key)));
    else if (type === 'list') parts.push(JSON.stringify(await redis.lrange(key, 0, -1)));
  }
  return { keys, text: parts.join('\n') };
}

/**
 * PHI where a client chooses it outside any payload: clientInfo and the user agent naming the
 * patient, a resource URI and a prompt name holding the MRN, a tool named after the patient —
 * through the stateful and the 2026-07-28 era. The calls may fail upstream; they are recorded.
 */
async function clientFieldsWithPhi(url: string, token: string): Promise<(LegacyClient | ModernClient)[]> {
  const legacy = new LegacyClient({ name: `${patient.name}'s tablet`, version: patient.dob });
  await legacy.connect(
    new LegacyTransport(new URL(url), {
      requestInit: {
        headers: { authorization: `Bearer ${token}`, 'user-agent': USER_AGENT },
      },
    }),
  );
  const modern = await connectModernClient(url, token);
  for (const client of [legacy, modern]) {
    const text = await client.readResource({ uri: `ehr://patients/${patient.mrn}` }).then(JSON.stringify);
    expect(text).toContain(patient.ssn);
    await client
      .getPrompt({ name: `summarize ${vip.mrn}`, arguments: { mrn: vip.mrn } })
      .catch(() => undefined);
    await client.callTool({ name: `chart_of_${vip.name}`, arguments: {} }).catch(() => undefined);
  }
  return [legacy, modern];
}

describe('no clear PHI at rest', () => {
  it('raw topic (values, keys, headers), spool, log and the Redis session store', async () => {
    const dir = await tempDir('proctor-phi-at-rest');
    const { brokers, run, topics } = await freshTopics('phi');
    const spoolDir = join(dir, 'spool');
    const keyPrefix = `proctor-e2e:${run}:sessions`;
    const fixture = stdioFixtureCommand();
    const config = parseConfig({
      log: { level: 'silent' },
      identity: { issuers: [{ issuer: idp.issuer, audience: AUDIENCE }] },
      enforcer: {
        listen: { host: '127.0.0.1', port: 0 },
        stateDir: join(dir, 'state'),
        connections: [
          { name: 'ehr', upstream: { url: demo.url } },
          { name: 'files', upstream: { stdio: { ...fixture, poolSize: 0, killGraceMs: 1_000 } } },
        ],
      },
      policy: {
        inline: {
          version: 1,
          defaults: { '*': 'allow' },
          rules: [
            {
              id: 'vip-charts',
              match: { tools: 'get_patient', arguments: [{ path: '$.mrn', pattern: `^${vip.mrn}$` }] },
              action: 'deny',
            },
          ],
        },
      },
      keys: { payload: { recipients: [{ publicKeyFile }] } },
      eventLog: {
        kafka: { brokers, clientId: run, topics },
        durability: 'process',
        spool: { dir: spoolDir },
      },
      sessions: { redisUrl: redisUrl(), keyPrefix },
    });
    const capture = capturingLogger();
    const service = await startEnforcer(config, capture.logger);
    const redis = new Redis(redisUrl(), { lazyConnect: true });
    await redis.connect();
    const clients: (LegacyClient | ModernClient)[] = [];
    let store: { keys: string[]; text: string };
    try {
      const token = await idp.sign({ sub: 'dr.avery@example.com', aud: AUDIENCE });
      const ehr = await connectLegacyClient(`${service.url}/mcp/ehr`, token);
      const files = await connectLegacyClient(`${service.url}/mcp/files`, token);
      clients.push(ehr, files);
      // PHI in a result, in arguments, in a call the policy refuses, on a stdio server's stderr.
      expect(
        JSON.stringify(await ehr.callTool({ name: 'get_patient', arguments: { mrn: patient.mrn } })),
      ).toContain(patient.ssn);
      await ehr.callTool({ name: 'search_patients', arguments: { query: patient.name } });
      const denied = await ehr
        .callTool({ name: 'get_patient', arguments: { mrn: vip.mrn, note: vip.name } })
        .then(
          () => '',
          (e: Error) => e.message,
        );
      expect(denied).toContain('vip-charts');
      expectNoPhi(denied, 'the denial sent to the client');
      await files.callTool({
        name: 'write_stderr',
        arguments: { line: `patient ${vip.name} SSN ${vip.ssn}` },
      });
      clients.push(...(await clientFieldsWithPhi(`${service.url}/mcp/ehr`, token)));
      store = await redisContents(redis, keyPrefix);
    } finally {
      await Promise.allSettled(clients.map((c) => c.close()));
      for (const step of service.steps) await step.run();
      await redis.quit();
    }
    // The store did hold this run's sessions, and no clear value.
    expect(store.keys.length).toBeGreaterThan(0);
    expectNoPhi(store.text, 'the Redis session store');
    const records = await readWholeTopic(brokers, topics.raw, { atLeast: 10 });
    const events = records.map((r) => decodeEvent(r.value));
    expect(events.some((e) => e.type === 'frame' && e.body.kind === 'stderr')).toBe(true);
    expect(events.some((e) => e.type === 'policy_decision' && e.body.rule === 'vip-charts')).toBe(true);
    // The client fields are there, sealed; none is left in clear.
    const sealedRequests = events.filter(
      (e) => e.type === 'frame' && e.body.kind === 'request' && e.sealedFields,
    );
    expect(sealedRequests.length).toBeGreaterThan(0);
    expect(events.filter((e) => e.type === 'frame' && e.body.toolName !== null)).toEqual([]);
    for (const [i, record] of records.entries()) {
      expectNoPhi(record.value.toString('latin1'), `raw record ${i}`);
      expect(
        record.value.toString('latin1').includes(USER_AGENT),
        `raw record ${i} holds the user agent`,
      ).toBe(false);
      expectNoPhi(record.key, `raw record ${i}'s key`);
      expectNoPhi(JSON.stringify(record.headers), `raw record ${i}'s headers`);
    }
    const spool = Buffer.concat(await filesUnder(spoolDir)).toString('latin1');
    expect(spool).toContain('jwe-a256gcm');
    expectNoPhi(spool, 'the spool');
    expect(spool.includes(USER_AGENT), 'the spool (log and recovery checkpoint) holds the user agent').toBe(
      false,
    );
    expectNoPhi(capture.logged().toString('utf8'), "the gateway's log");
  });
});
