/**
 * Invariant 2 on the wire and on disk: with an ingest key configured, the running gateway
 * (started as `proctor enforcer` starts it) writes no clear payload to the raw topic, the
 * spool in front of Kafka, or the embedded local log. Read back raw, none of the demo PHI
 * appears; opened with the ingest private key, the sealed payloads hold exactly that PHI.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseConfig } from '@proctor/config';
import { DEMO_PATIENTS, type DemoEhr, startDemoEhr } from '@proctor/demo-ehr';
import { type AuditEvent, decodeEvent } from '@proctor/events';
import { type LocalIssuer, startLocalIssuer } from '@proctor/identity/testing';
import {
  createPayloadOpener,
  generatePayloadKeyPair,
  type PayloadKeyPair,
  publicKeyDocument,
  writePrivateKeyFile,
} from '@proctor/payload-crypto';
import { Kafka, logLevel } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEnforcer } from '../../src/runtime/services';
import { readTopic, tempDir } from '../harness';
import { capturingLogger, filesUnder, freshTopics } from './at-rest';
import { connectLegacyClient, connectModernClient } from './sdk-clients';

const AUDIENCE = 'proctor-sealed-e2e';
const PATIENTS = DEMO_PATIENTS.slice(0, 2);
const PHI = PATIENTS.flatMap((p) => [p.name, p.ssn, p.phone, p.email, p.address, p.dob]);

let idp: LocalIssuer;
let demo: DemoEhr;
let pair: PayloadKeyPair;
let publicKeyFile: string;

beforeAll(async () => {
  const dir = await tempDir('proctor-sealed-keys');
  [idp, demo, pair] = await Promise.all([
    startLocalIssuer('/idp'),
    startDemoEhr({ host: '127.0.0.1', port: 0 }),
    generatePayloadKeyPair({ keyId: 'ingest-e2e' }),
  ]);
  publicKeyFile = join(dir, 'ingest.pub.json');
  await writeFile(publicKeyFile, JSON.stringify(publicKeyDocument(pair)));
  await writePrivateKeyFile(join(dir, 'ingest.key.json'), pair);
});

afterAll(async () => {
  await Promise.allSettled([demo?.close(), idp?.close()]);
});

/**
 * Runs a gateway with `eventLog`, reads every PHI-bearing record through the SDK v1 client and
 * again through the SDK v2 client (a 2026-07-28 exchange, bridged), and stops it. Returns what
 * the gateway logged (at debug level), for the check that no log line carries PHI.
 */
async function runTraffic(eventLog: Record<string, unknown>, dir: string): Promise<Buffer> {
  const config = parseConfig({
    log: { level: 'silent' },
    identity: { issuers: [{ issuer: idp.issuer, audience: AUDIENCE }] },
    enforcer: {
      listen: { host: '127.0.0.1', port: 0 },
      stateDir: join(dir, 'state'),
      connections: [{ name: 'ehr', upstream: { url: demo.url } }],
    },
    keys: { payload: { recipients: [{ publicKeyFile }] } },
    eventLog,
  });
  const capture = capturingLogger();
  const service = await startEnforcer(config, capture.logger);
  try {
    const token = await idp.sign({ sub: 'dr.avery@example.com', aud: AUDIENCE });
    const url = `${service.url}/mcp/ehr`;
    for (const client of [await connectLegacyClient(url, token), await connectModernClient(url, token)]) {
      for (const patient of PATIENTS) {
        const result = await client.callTool({ name: 'get_patient', arguments: { mrn: patient.mrn } });
        // The client gets the clear record: only what is at rest is sealed.
        expect(JSON.stringify(result)).toContain(patient.ssn);
      }
      await client.close();
    }
  } finally {
    for (const step of service.steps) await step.run();
  }
  return capture.logged();
}

function expectNoPhi(bytes: Buffer, where: string) {
  const text = bytes.toString('latin1');
  for (const value of PHI) expect(text.includes(value), `${where} holds "${value.slice(0, 3)}…"`).toBe(false);
}

/** Opens every sealed frame with the ingest private key: the PHI is there, sealed. */
async function expectSealedPhi(events: AuditEvent[]) {
  const opener = await createPayloadOpener({ privateKeys: [pair] });
  const frames = events.filter((e): e is Extract<AuditEvent, { type: 'frame' }> => e.type === 'frame');
  // Both eras: the stateful session's frames and the 2026-07-28 exchanges' frames.
  expect(frames.length).toBeGreaterThanOrEqual(8);
  expect(new Set(frames.map((f) => f.era))).toEqual(new Set(['stateful', 'stateless']));
  const clear: string[] = [];
  for (const frame of frames) {
    expect(frame.body).toMatchObject({ payloadEncoding: 'jwe-a256gcm', digestAlg: 'hmac-sha256' });
    expect(frame.body.encryption?.keyId).toBe('ingest-e2e');
    // Payload and client fields are sealed under one tag: they open together.
    const opened = await opener.openFields(frame);
    if (opened.type !== 'frame') throw new Error('expected a frame');
    expect(opened.body.payloadEncoding).toBe('json');
    const text = opened.body.payload;
    expect(await opener.verifyDigest(frame.body, text)).toBe(true);
    clear.push(text.toString('utf8'));
  }
  for (const patient of PATIENTS) expect(clear.some((t) => t.includes(patient.ssn))).toBe(true);
}

describe('sealed emission', () => {
  it('the raw topic and the spool carry no clear PHI (real Kafka)', async () => {
    const dir = await tempDir('proctor-sealed-kafka');
    const { brokers, run, topics } = await freshTopics('sealed');
    const spoolDir = join(dir, 'spool');
    const logged = await runTraffic(
      { kafka: { brokers, clientId: run, topics }, durability: 'process', spool: { dir: spoolDir } },
      dir,
    );
    const admin = new Kafka({ clientId: run, brokers, logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    const offsets = await admin.fetchTopicOffsets(topics.raw);
    await admin.disconnect();
    const count = offsets.reduce((sum, o) => sum + Number(o.high), 0);
    const records = await readTopic(brokers, topics.raw, { count });
    expectNoPhi(Buffer.concat(records.map((r) => r.value)), 'the raw topic');
    await expectSealedPhi(records.map((r) => decodeEvent(r.value)));
    const spool = Buffer.concat(await filesUnder(spoolDir));
    // The spool does hold the gateway's events: sealed frames, with their encoding in clear.
    expect(spool.toString('latin1')).toContain('jwe-a256gcm');
    expectNoPhi(spool, 'the spool');
    expect(logged.length).toBeGreaterThan(0);
    expectNoPhi(logged, "the gateway's log");
  });

  it('the embedded local log carries no clear PHI', async () => {
    const dir = await tempDir('proctor-sealed-local');
    const logDir = join(dir, 'log');
    const logged = await runTraffic({ local: { dir: logDir }, durability: 'process' }, dir);
    expectNoPhi(logged, "the gateway's log");
    const files = await filesUnder(logDir);
    const all = Buffer.concat(files);
    expect(all.toString('latin1')).toContain('jwe-a256gcm');
    expectNoPhi(all, 'the local log');
  });
});
