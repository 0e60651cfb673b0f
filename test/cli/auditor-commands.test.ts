import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeBundle } from '@proctor/exporter/bundle';
import {
  buildCheckpoint,
  chainHash,
  createCheckpointSigner,
  generateCheckpointKey,
  type StoredChainEvent,
} from '@proctor/integrity';
import { describe, expect, it } from 'vitest';
import { chainedSession } from '../../packages/integrity/src/testing/sample-chain';
import { manifestFor, streamEntriesOf } from '../../services/exporter/src/bundle/writer';
import { tempDir } from '../harness';
import { runProctor, startProctor, waitForLine } from '../harness/proctor-cli';

async function bundleFiles(tamper?: (events: StoredChainEvent[]) => StoredChainEvent[]) {
  const dir = await tempDir('verify-cli');
  const key = await generateCheckpointKey();
  const signer = await createCheckpointSigner(key.privateJwk);
  const chained = chainedSession('s-cli', 5, { start: 0, step: 1 });
  const last = chained[4] as StoredChainEvent;
  const ended = { ...last, type: 'session_ended', payload: '', detail: '{"reason":"client_delete"}' };
  ended.hash = chainHash(ended.prevHash, ended);
  const events = [...chained.slice(0, 4), ended];
  const jws = await signer.sign(
    buildCheckpoint({
      issuer: 'ingest-1',
      scope: 'raw/0',
      eventCount: 5,
      issuedAt: 1,
      sessions: [{ sessionId: 's-cli', seq: 4, hash: ended.hash }],
      streams: [{ gatewayId: 'gw-1', epoch: 1, streamSeq: 4 }],
    }),
  );
  const shipped = tamper ? tamper(events) : events;
  const bundle = join(dir, 'session.bundle');
  await writeBundle(
    {
      manifest: manifestFor(shipped, { schemaFingerprints: [], createdBy: 'auditor@example.com' }),
      events: shipped,
      stream: streamEntriesOf(events),
      checkpoints: [jws],
      keys: [key.publicJwk],
    },
    bundle,
  );
  const keys = join(dir, 'keys.json');
  await writeFile(keys, JSON.stringify({ keys: [key.publicJwk] }));
  return { dir, bundle, keys };
}

describe('proctor verify', () => {
  it('exits 0 for a clean bundle checked against the published keys', async () => {
    const { bundle, keys } = await bundleFiles();
    const out = await runProctor(['verify', bundle, '--keys', keys]);
    expect(out.stderr).toBe('');
    expect(out.stdout).toMatch(/OK — 1 session\(s\), 5 event\(s\), 1 valid checkpoint/);
    expect(out.code).toBe(0);
  });

  it('exits 1 and names the event for a modified bundle', async () => {
    const { bundle, keys } = await bundleFiles((events) =>
      events.map((e) => (e.seq === 2 ? { ...e, toolName: 'delete_patient' } : e)),
    );
    const out = await runProctor(['verify', bundle, '--keys', keys, '--json']);
    expect(out.code).toBe(1);
    const report = JSON.parse(out.stdout) as {
      ok: boolean;
      problems: { kind: string; seq?: number; eventId?: string }[];
    };
    expect(report.ok).toBe(false);
    expect(report.problems).toContainEqual(
      expect.objectContaining({ kind: 'modified', seq: 2, eventId: 's-cli-000002' }),
    );
  });

  it('exits 1 and names each edit of a bundle whose lines were moved and whose manifest lies', async () => {
    const { bundle, keys } = await bundleFiles();
    const lines = (await readFile(bundle, 'utf8')).trimEnd().split('\n');
    const header = JSON.parse(lines[0] as string) as { manifest: { subject: string } };
    header.manifest.subject = 'someone-else@example.com';
    // Events 2 and 3 swap places; the end line is recomputed, as anyone editing the file can.
    const body = [JSON.stringify(header), lines[1], lines[3], lines[2], ...lines.slice(4, -1)] as string[];
    const text = body.map((line) => `${line}\n`).join('');
    const end = { kind: 'end', lines: body.length, sha256: createHash('sha256').update(text).digest('hex') };
    await writeFile(bundle, `${text}${JSON.stringify(end)}\n`);
    const out = await runProctor(['verify', bundle, '--keys', keys]);
    expect(out.code).toBe(1);
    expect(out.stdout).toMatch(/FAILED/);
    expect(out.stdout).toMatch(
      /^ {2}manifest_mismatch: the manifest's subject is "someone-else@example\.com"/m,
    );
    expect(out.stdout).toMatch(/^ {2}reordered \(session s-cli, seq 1, event s-cli-000001\): /m);
  });

  it('answers a file that is not a bundle, and bad usage, with a clear message', async () => {
    const { dir } = await bundleFiles();
    const notBundle = join(dir, 'notes.txt');
    await writeFile(notBundle, 'meeting notes\n');
    const out = await runProctor(['verify', notBundle]);
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/not a Proctor bundle/);
    expect(out.stderr).not.toMatch(/at .*\.ts:\d+/);
    expect((await runProctor(['verify'])).code).toBe(2);
  });
});

describe('proctor replay --serve', () => {
  it('serves the recorded session over MCP until stopped', async () => {
    const { bundle } = await bundleFiles();
    const child = startProctor(['replay', bundle, '--serve', '0']);
    try {
      const [, url] = await waitForLine(child, /at (http:\/\/\S+)\n/);
      const post = (body: unknown, headers: Record<string, string> = {}) =>
        fetch(url as string, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'application/json, text/event-stream',
            ...headers,
          },
          body: JSON.stringify(body),
        });
      // The recorded session is of the stateful era: the sandbox wants the handshake first.
      const init = await post({
        jsonrpc: '2.0',
        id: 0,
        method: 'initialize',
        params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 't', version: '1' } },
      });
      const sessionId = init.headers.get('mcp-session-id');
      expect(sessionId).toBeTruthy();
      const response = await post(
        { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'get_patient', arguments: {} } },
        { 'mcp-session-id': sessionId as string },
      );
      expect(response.status).toBe(200);
      const body = (await response.json()) as { id: number; error?: { code: number; message: string } };
      expect(body).toMatchObject({ id: 1, error: { code: -32601 } });
      expect(body.error?.message).toMatch(/recording has no answer to this tools\/call request/);
    } finally {
      child.kill('SIGTERM');
    }
  });
});

describe('proctor replay verifies the bundle first', () => {
  const tampered = () =>
    bundleFiles((events) => events.map((e) => (e.seq === 2 ? { ...e, toolName: 'delete_patient' } : e)));

  it('refuses a tampered bundle with exit status 3, naming what is wrong, and replays nothing', async () => {
    const { bundle, keys } = await tampered();
    for (const mode of [
      ['--serve', '0'],
      ['--against', 'http://127.0.0.1:9/mcp'],
    ]) {
      const out = await runProctor(['replay', bundle, ...mode, '--keys', keys]);
      expect(out.code).toBe(3);
      expect(out.stdout).toBe('');
      expect(out.stderr).toMatch(/refusing to replay .*: it does not verify/);
      expect(out.stderr).toMatch(/modified \(session s-cli, seq 2, event s-cli-000002\)/);
    }
  });

  it('replays a clean bundle verified against the published keys without a word on stderr', async () => {
    const { bundle, keys } = await bundleFiles();
    const child = startProctor(['replay', bundle, '--serve', '0', '--keys', keys]);
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    try {
      await waitForLine(child, /replaying 1 recorded session\(s\) at http/);
      expect(stderr).toBe('');
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('replays a tampered bundle with --no-verify, saying loudly on stderr that it was not verified', async () => {
    const { bundle } = await tampered();
    const child = startProctor(['replay', bundle, '--serve', '0', '--no-verify']);
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    try {
      await waitForLine(child, /replaying 1 recorded session\(s\) at http/);
      expect(stderr).toMatch(/WARNING: --no-verify: .* was NOT verified/);
    } finally {
      child.kill('SIGTERM');
    }
    expect(
      (await runProctor(['replay', bundle, '--serve', '0', '--no-verify', '--keys', 'k.json'])).code,
    ).toBe(2);
  });
});
