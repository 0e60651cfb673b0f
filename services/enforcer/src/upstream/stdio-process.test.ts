import { afterEach, describe, expect, it } from 'vitest';
import {
  baseEnvironment,
  groupAlive,
  type StdioCommand,
  type StdioExit,
  StdioProcess,
} from './stdio-process';

/** Runs a small Node program as the "server". */
function nodeCommand(source: string, overrides: Partial<StdioCommand> = {}): StdioCommand {
  return {
    command: process.execPath,
    args: ['-e', source],
    env: {},
    inheritEnv: [],
    maxLineBytes: 1024,
    killGraceMs: 500,
    ...overrides,
  };
}

interface Captured {
  stdout: string[];
  stderr: string[];
  oversized: string[];
  exit: Promise<StdioExit>;
}

const started: StdioProcess[] = [];

function start(command: StdioCommand): { proc: StdioProcess; seen: Captured } {
  let onExit: (exit: StdioExit) => void = () => undefined;
  const seen: Captured = {
    stdout: [],
    stderr: [],
    oversized: [],
    exit: new Promise((resolve) => {
      onExit = resolve;
    }),
  };
  const proc = new StdioProcess(command, {
    onStdoutLine: (line) => seen.stdout.push(line.toString('utf8')),
    onStderrLine: (line) => seen.stderr.push(line),
    onOversizedLine: (stream, bytes) => seen.oversized.push(`${stream}:${bytes}`),
    onExit: (exit) => onExit(exit),
  });
  started.push(proc);
  return { proc, seen };
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const ECHO = `
process.stdin.setEncoding('utf8');
let buf = '';
process.stdin.on('data', (d) => {
  buf += d;
  let i;
  while ((i = buf.indexOf('\\n')) >= 0) {
    const line = buf.slice(0, i); buf = buf.slice(i + 1);
    process.stdout.write('echo:' + line + '\\n');
    process.stderr.write('got ' + line.length + ' bytes\\n');
  }
});
process.stdin.on('end', () => process.exit(0));
`;

afterEach(async () => {
  await Promise.all(started.splice(0).map((p) => p.stop()));
});

describe('StdioProcess', () => {
  it('writes lines to stdin and hands back stdout and stderr lines', async () => {
    const { proc, seen } = start(nodeCommand(ECHO));
    await proc.write(Buffer.from('hello\n'));
    await proc.write(Buffer.from('world\n'));
    await until(() => seen.stdout.length === 2 && seen.stderr.length === 2, 'two echoes');
    expect(seen.stdout).toEqual(['echo:hello', 'echo:world']);
    expect(seen.stderr).toEqual(['got 5 bytes', 'got 5 bytes']);
  });

  it('reports over-long output lines without delivering them', async () => {
    const { seen } = start(
      nodeCommand(
        `process.stdout.write('x'.repeat(5000) + '\\nfine\\n'); process.stderr.write('y'.repeat(3000) + '\\n')`,
      ),
    );
    await seen.exit;
    expect(seen.stdout).toEqual(['fine']);
    expect(seen.oversized.sort()).toEqual(['stderr:3000', 'stdout:5000']);
  });

  it('delivers an answer written just before the process exits, then reports the exit', async () => {
    const { seen } = start(nodeCommand(`process.stdout.write('{"last":true}\\n'); process.exit(3)`));
    const exit = await seen.exit;
    expect(seen.stdout).toEqual(['{"last":true}']);
    expect(exit).toEqual({ code: 3, signal: null });
  });

  it('reports a command that cannot be started instead of throwing', async () => {
    const { proc, seen } = start(nodeCommand('', { command: '/nonexistent/proctor-test-server', args: [] }));
    expect(await seen.exit).toEqual({ spawnError: 'ENOENT' });
    expect(proc.alive).toBe(false);
    await expect(proc.write(Buffer.from('x\n'))).rejects.toThrow(/exited/);
  });

  it('passes only the base environment, listed gateway variables and configured ones', async () => {
    process.env.PROCTOR_TEST_PASSED = 'yes';
    process.env.PROCTOR_TEST_SECRET = 'gateway-only';
    let env: Record<string, string>;
    try {
      const { seen } = start(
        nodeCommand('process.stdout.write(JSON.stringify(process.env) + "\\n")', {
          env: { SERVER_MODE: 'test' },
          inheritEnv: ['PROCTOR_TEST_PASSED'],
        }),
      );
      await seen.exit;
      env = JSON.parse(seen.stdout[0] ?? '{}') as Record<string, string>;
    } finally {
      delete process.env.PROCTOR_TEST_PASSED;
      delete process.env.PROCTOR_TEST_SECRET;
    }
    expect(env.SERVER_MODE).toBe('test');
    expect(env.PROCTOR_TEST_PASSED).toBe('yes');
    expect(env.PROCTOR_TEST_SECRET).toBeUndefined();
    expect(env.PATH).toBe(process.env.PATH);
  });

  it('stop() kills the whole process group, including a child that ignores SIGTERM', async () => {
    const stubborn = `process.on('SIGTERM', () => {}); setInterval(() => {}, 1000); process.stdout.write('up\\n');`;
    const { proc, seen } = start(
      nodeCommand(
        `const { spawn } = require('node:child_process');
         spawn(process.execPath, ['-e', ${JSON.stringify(stubborn)}], { stdio: ['ignore', 'inherit', 'inherit'] });
         process.on('SIGTERM', () => {});
         setInterval(() => {}, 1000);`,
        { killGraceMs: 300 },
      ),
    );
    await until(() => seen.stdout.includes('up'), 'the grandchild to start');
    const pgid = proc.pid as number;
    expect(groupAlive(pgid)).toBe(true);
    const began = Date.now();
    await proc.stop();
    expect(groupAlive(pgid)).toBe(false);
    expect(Date.now() - began).toBeLessThan(3_000);
    expect(await seen.exit).toEqual({ code: null, signal: 'SIGKILL' });
  });

  it('stop() ends a well-behaved server with SIGTERM alone', async () => {
    const { proc, seen } = start(nodeCommand('setInterval(() => {}, 1000)'));
    await proc.stop();
    expect(await seen.exit).toEqual({ code: null, signal: 'SIGTERM' });
    expect(groupAlive(proc.pid as number)).toBe(false);
  });
});

describe('baseEnvironment', () => {
  it('lets configured values win over inherited ones', () => {
    expect(
      baseEnvironment({ PATH: '/bin', HOME: '/h', OTHER: 'x' }, { env: { HOME: '/srv' }, inheritEnv: [] }),
    ).toEqual({
      PATH: '/bin',
      HOME: '/srv',
    });
  });
});
