/**
 * One benchmark run: start the upstream and the enforcer as child processes, open one MCP
 * session per client against each target, warm both up, then measure them in alternating
 * rounds (direct first in odd rounds, enforcer first in even ones) so that drift in the
 * machine's speed during the run falls on both targets alike.
 */
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDevIssuerKey, signDevToken } from '@proctor/identity';
import { Pool } from 'undici';
import type { BenchOptions } from './args';
import { type ChildHandle, startChild } from './children';
import { BENCH_AUDIENCE, devKeyFile } from './enforcer-config';
import { addPhase, emptyPhase, runClosedLoop } from './load';
import { McpSession } from './mcp-client';
import type { TargetResult } from './report';
import { findScenario, type Scenario } from './scenarios';

const SESSION_CLOSE_MS = 2_000;

interface Target extends TargetResult {
  pool: Pool;
  sessions: McpSession[];
}

export interface BenchmarkResult {
  direct: TargetResult;
  through: TargetResult;
}

export async function runBenchmark(
  options: BenchOptions,
  kafkaBrokers: string | undefined,
  signal: AbortSignal,
  progress: (line: string) => void,
): Promise<BenchmarkResult> {
  const scenario = findScenario(options.scenario);
  if (scenario === undefined) throw new Error(`unknown scenario ${options.scenario}`);
  const scratch = await mkdtemp(join(options.tmpDir ?? tmpdir(), 'proctor-bench-'));
  const removeScratch = () => rmSync(scratch, { recursive: true, force: true });
  process.on('exit', removeScratch);
  const cleanup: Array<() => Promise<void>> = [];
  try {
    const keyFile = devKeyFile(scratch);
    await ensureDevIssuerKey(keyFile);
    const token = await signDevToken({
      keyFile,
      audience: BENCH_AUDIENCE,
      subject: 'bench@example.com',
      groups: ['clinicians'],
      ttlSeconds: 12 * 3600,
    });

    const upstream = await startChild('upstream', childScript('child-upstream.ts'), []);
    cleanup.push(() => upstream.stop());
    const upstreamUrl = String(upstream.ready.url);
    const kafkaArgs = kafkaBrokers === undefined ? [] : ['--kafka-brokers', kafkaBrokers];
    const enforcer = await startChild(
      'enforcer',
      childScript('child-enforcer.ts'),
      ['--upstream', upstreamUrl, '--scratch-dir', scratch, ...kafkaArgs],
      {
        nodeArgs:
          options.cpuProfDir === undefined
            ? []
            : ['--cpu-prof', '--cpu-prof-dir', resolve(options.cpuProfDir)],
      },
    );
    cleanup.push(() => enforcer.stop());
    progress(
      `upstream ${upstreamUrl} (pid ${upstream.pid}), enforcer ${enforcer.ready.url} (pid ${enforcer.pid})`,
    );

    const headers = { authorization: `Bearer ${token}` };
    const direct = await openTarget('direct', upstreamUrl, headers, options.clients, cleanup, signal);
    const through = await openTarget(
      'enforcer',
      String(enforcer.ready.url),
      headers,
      options.clients,
      cleanup,
      signal,
    );
    const children = { upstream, enforcer };

    if (options.warmup > 0) {
      for (const target of [direct, through]) {
        progress(`warm-up: ${options.warmup} calls to ${target.name}`);
        const warm = await runClosedLoop({
          sessions: target.sessions,
          calls: options.warmup,
          call: scenario.call,
          signal,
        });
        ensureHealthy(children, signal);
        if (warm.errors > 0) progress(`warm-up: ${warm.errors} failed call(s) to ${target.name}`);
      }
    }
    for (const [round, calls] of splitCalls(options.calls, options.rounds).entries()) {
      const order = round % 2 === 0 ? [direct, through] : [through, direct];
      for (const target of order) {
        await measure(target, calls, scenario, children, signal);
        progress(`round ${round + 1}/${options.rounds}: ${target.name} done`);
      }
    }
    return { direct: resultOf(direct), through: resultOf(through) };
  } finally {
    for (const step of cleanup.reverse()) await step().catch(() => undefined);
    await rm(scratch, { recursive: true, force: true }).catch(() => undefined);
    process.off('exit', removeScratch);
  }
}

async function openTarget(
  name: string,
  url: string,
  headers: Record<string, string>,
  clients: number,
  cleanup: Array<() => Promise<void>>,
  signal: AbortSignal,
): Promise<Target> {
  const { origin, pathname } = new URL(url);
  const pool = new Pool(origin, { connections: clients, keepAliveTimeout: 60_000 });
  const sessions: McpSession[] = [];
  cleanup.push(() => closeTarget(pool, sessions, signal));
  const endpoint = { pool, path: pathname, headers };
  for (let i = 0; i < clients; i++) sessions.push(await McpSession.open(endpoint, `proctor-bench-${i}`));
  return { name, pool, sessions, result: emptyPhase(), cpu: { upstream: 0, enforcer: 0, loadGenerator: 0 } };
}

/** Ends the sessions (so the enforcer records their end), bounded in time; then drops the pool. */
async function closeTarget(pool: Pool, sessions: McpSession[], signal: AbortSignal): Promise<void> {
  if (!signal.aborted) {
    const closing = Promise.allSettled(sessions.map((s) => s.close()));
    await Promise.race([closing, new Promise((resolve) => setTimeout(resolve, SESSION_CLOSE_MS).unref())]);
  }
  await pool.destroy();
}

async function measure(
  target: Target,
  calls: number,
  scenario: Scenario,
  children: { upstream: ChildHandle; enforcer: ChildHandle },
  signal: AbortSignal,
): Promise<void> {
  const before = {
    upstream: children.upstream.cpuMs(),
    enforcer: children.enforcer.cpuMs(),
    self: process.cpuUsage(),
  };
  const phase = await runClosedLoop({ sessions: target.sessions, calls, call: scenario.call, signal });
  const self = process.cpuUsage(before.self);
  target.cpu.upstream = addCpu(target.cpu.upstream, before.upstream, children.upstream.cpuMs());
  target.cpu.enforcer = addCpu(target.cpu.enforcer, before.enforcer, children.enforcer.cpuMs());
  target.cpu.loadGenerator += (self.user + self.system) / 1000;
  addPhase(target.result, phase);
  ensureHealthy(children, signal);
}

function ensureHealthy(
  children: { upstream: ChildHandle; enforcer: ChildHandle },
  signal: AbortSignal,
): void {
  signal.throwIfAborted();
  for (const child of [children.upstream, children.enforcer]) {
    if (child.exitedEarly())
      throw new Error(`the ${child.name} process exited during the run:\n${child.stderrTail()}`);
  }
}

function addCpu(
  total: number | undefined,
  before: number | undefined,
  after: number | undefined,
): number | undefined {
  return total === undefined || before === undefined || after === undefined
    ? undefined
    : total + after - before;
}

/** `calls` split into `rounds` near-equal parts. */
function splitCalls(calls: number, rounds: number): number[] {
  const base = Math.floor(calls / rounds);
  return Array.from({ length: rounds }, (_, i) => base + (i < calls % rounds ? 1 : 0));
}

function resultOf(target: Target): TargetResult {
  return { name: target.name, result: target.result, cpu: target.cpu };
}

function childScript(file: string): string {
  return fileURLToPath(new URL(file, import.meta.url));
}
