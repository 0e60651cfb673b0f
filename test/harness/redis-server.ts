import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { guardChild, stopChild, waitForExit } from '../../deploy/local/kafka/child-guard';
import { freePort } from '../../deploy/local/kafka/free-port';

export interface LocalRedis {
  url: string;
  stop(): Promise<void>;
}

const START_ATTEMPTS = 3;
const READY_TIMEOUT_MS = 20_000;

/** Starts a throwaway redis-server (no persistence) on a free 127.0.0.1 port and waits for PING. */
export async function startRedis(): Promise<LocalRedis> {
  for (let attempt = 1; ; attempt++) {
    const dir = await mkdtemp(join(tmpdir(), 'proctor-redis-'));
    const port = await freePort();
    const args = [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--dir',
      dir,
    ];
    const child = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const guard =
      child.pid === undefined ? undefined : guardChild(child, { scratchDir: dir, graceMs: 5_000 });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-4_000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    const spawnError = new Promise<Error>((resolve) => child.once('error', resolve));
    const ready = await Promise.race([waitForPong(port, child), spawnError]);
    if (ready === true) {
      let stopping: Promise<void> | undefined;
      return {
        url: `redis://127.0.0.1:${port}`,
        stop() {
          stopping ??= (async () => {
            await stopChild(child, 5_000);
            guard?.release();
            await rm(dir, { recursive: true, force: true });
          })();
          return stopping;
        },
      };
    }
    if (ready instanceof Error) {
      await rm(dir, { recursive: true, force: true });
      // The process never started, so there is nothing to stop.
      if ((ready as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new Error(
          'redis-server was not found and REDIS_URL is not set: install Redis (e.g. `apt-get install redis-server`, ' +
            '`brew install redis`) or set REDIS_URL to a running server.',
        );
      }
      throw new Error(`could not start redis-server: ${ready.message}`);
    }
    await stopChild(child, 5_000);
    guard?.release();
    await rm(dir, { recursive: true, force: true });
    if (/Address already in use/i.test(output) && attempt < START_ATTEMPTS) continue;
    throw new Error(`redis-server did not start on port ${port} (${ready}). Its output:\n${output}`);
  }
}

/** True once the server answers PING; otherwise why it never did. */
async function waitForPong(port: number, child: ChildProcess): Promise<true | string> {
  let exited = false;
  void waitForExit(child).then(() => {
    exited = true;
  });
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited) return `it exited with ${child.signalCode ?? `code ${child.exitCode}`}`;
    if (await ping(port)) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return `no PONG within ${READY_TIMEOUT_MS / 1000}s`;
}

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    let reply = '';
    const finish = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1_000, () => finish(false));
    socket.once('error', () => finish(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      reply += chunk.toString('utf8');
      if (reply.includes('\r\n')) finish(reply.startsWith('+PONG'));
    });
  });
}
