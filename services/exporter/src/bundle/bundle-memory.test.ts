/**
 * `proctor verify` holds a bundle's events one at a time: a bundle far larger than the heap
 * verifies. The control, the same bundle read whole and verified in memory under the same
 * heap limit, runs out of memory: the limit is real, and the bundle does not fit in it.
 */
import { spawn } from 'node:child_process';
import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateCheckpointKey, linkEvents, type StoredChainEvent } from '@proctor/integrity';
import { describe, expect, it } from 'vitest';
import { chainedEvent } from '../../../../packages/integrity/src/testing/sample-chain';
import { tempDir } from '../../../../test/harness';
import { bundleOrder } from './format';
import { bundleOf, endSession } from './testing-bundles';
import { writeBundle } from './writer';

const SESSIONS = 20;
const EVENTS_PER_SESSION = 1_500;
const HEAP_MB = 64;
/** One shared string in this process; every event parsed from the file gets its own copy. */
const PAYLOAD = `{"jsonrpc":"2.0","id":1,"result":{"note":"${'synthetic '.repeat(400)}"}}`;

/** SESSIONS ended sessions interleaved on one gateway stream, in bundle order. */
function largeTrail(): StoredChainEvent[] {
  const events: StoredChainEvent[] = [];
  for (let s = 0; s < SESSIONS; s++) {
    const sessionId = `s-large-${String(s).padStart(2, '0')}`;
    const unlinked = Array.from({ length: EVENTS_PER_SESSION }, (_, seq) =>
      chainedEvent(sessionId, seq, { streamSeq: seq * SESSIONS + s, payload: seq === 0 ? '' : PAYLOAD }),
    );
    events.push(...endSession(linkEvents(undefined, unlinked)));
  }
  return events.sort(bundleOrder);
}

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, ...args], {
      env: { ...process.env, KAFKA_BROKERS: '', REDIS_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('verifying a bundle larger than the heap', () => {
  it(`verifies ${SESSIONS * EVENTS_PER_SESSION} events of 4 KB in a ${HEAP_MB} MB heap, where reading the bundle whole runs out of memory`, async () => {
    const dir = await tempDir('bundle-memory');
    const key = await generateCheckpointKey();
    const file = join(dir, 'large.bundle');
    const keys = join(dir, 'keys.json');
    await writeBundle(await bundleOf(largeTrail(), key), file);
    await writeFile(keys, JSON.stringify({ keys: [key.publicJwk] }));
    const bytes = (await stat(file)).size;
    expect(bytes).toBeGreaterThan(2 * HEAP_MB * 1024 * 1024);

    const streamed = await run(['bin/proctor.mjs', 'verify', file, '--keys', keys]);
    expect(streamed.stderr).toBe('');
    expect(streamed.stdout).toMatch(
      new RegExp(
        `: OK — ${SESSIONS} session\\(s\\), ${SESSIONS * EVENTS_PER_SESSION} event\\(s\\), 1 valid checkpoint`,
      ),
    );
    expect(streamed.code).toBe(0);

    const whole = await run([
      'bin/run-ts.mjs',
      'services/exporter/src/bundle/testing/verify-in-memory.ts',
      file,
      keys,
    ]);
    expect(whole.stdout).toBe('');
    expect(whole.stderr).toMatch(/heap out of memory/i);
    expect(whole.code).not.toBe(0);
  }, 300_000);
});
