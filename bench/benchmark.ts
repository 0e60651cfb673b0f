/**
 * One benchmark: the minimal upstream in a child process, the disk's fdatasync latency, then
 * per event log an enforcer child, and per era × scenario × client count one run: clients
 * against each target, both warmed up, then measured in alternating rounds (direct first in
 * odd rounds, enforcer first in even ones) so that drift in the machine's speed during the
 * run falls on both targets alike.
 */
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDevIssuerKey, signDevToken } from '@proctor/identity';
import { Pool } from 'undici';
import type { BenchOptions, EventLogKind } from './args';
import { type ChildHandle, startChild } from './children';
import { type DiskSync, measureDiskSync } from './disk-sync';
import { BENCH_AUDIENCE, devKeyFile } from './enforcer-config';
import { addPhase, emptyPhase, runClosedLoop } from './load';
import { type LogAppendResult, measureLogAppends } from './log-append';
import { type Era, type McpClient, openClient } from './mcp-client';
import type { RunResult, TargetResult } from './report';
import { findScenario, type Scenario } from './scenarios';

const SESSION_CLOSE_MS = 2_000;

interface Target extends TargetResult {
  pool: Pool;
  clients: McpClient[];
  /** The enforcer whose CPU time is counted while this target is measured. */
  enforcer: ChildHandle;
}

interface Children {
  upstream: ChildHandle;
  enforcer: ChildHandle;
  /** The enforcer of the --baseline checkout. */
  baseline?: ChildHandle;
}

export interface BenchmarkResult {
  diskSync: DiskSync;
  /** The local log alone, per durability policy measured. */
  logAppends: LogAppendResult[];
  runs: RunResult[];
}

export async function runBenchmark(
  options: BenchOptions,
  kafkaBrokers: string | undefined,
  signal: AbortSignal,
  progress: (line: string) => void,
): Promise<BenchmarkResult> {
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
    const headers = { authorization: `Bearer ${token}` };

    const upstream = await startChild('upstream', childScript('child-upstream.ts'), []);
    cleanup.push(() => upstream.stop());
    const upstreamUrl = String(upstream.ready.url);
    progress(`minimal upstream ${upstreamUrl} (pid ${upstream.pid})`);
    const diskSync = await measureDiskSync(scratch);
    progress(
      `disk: write + fdatasync p50 ${diskSync.p50Ms.toFixed(3)} ms, p99 ${diskSync.p99Ms.toFixed(3)} ms`,
    );
    const logAppends: LogAppendResult[] = [];
    for (const durability of durabilitiesOf(options.eventLogs)) {
      for (const writers of [1, 16]) logAppends.push(await measureLogAppends(scratch, durability, writers));
    }

    const runs: RunResult[] = [];
    for (const eventLog of options.eventLogs) {
      const start = (root?: string) =>
        startEnforcerChild(eventLog, upstreamUrl, scratch, keyFile, kafkaBrokers, options, root);
      const enforcer = await start();
      progress(`enforcer (${eventLog}) ${enforcer.ready.url} (pid ${enforcer.pid})`);
      const baseline =
        options.baseline === undefined
          ? undefined
          : await start(options.baseline).catch(async (err: unknown) => {
              await enforcer.stop();
              throw err;
            });
      if (baseline) progress(`baseline enforcer (${eventLog}) ${baseline.ready.url} (pid ${baseline.pid})`);
      try {
        const children: Children = { upstream, enforcer, ...(baseline && { baseline }) };
        for (const era of options.eras) {
          for (const name of options.scenarios) {
            const scenario = findScenario(name);
            if (scenario === undefined) throw new Error(`unknown scenario ${name}`);
            for (const clients of options.clients) {
              const run = { eventLog, era, scenario: scenario.name, clients };
              const targets = await measureTargets(
                run,
                scenario,
                upstreamUrl,
                headers,
                children,
                options,
                signal,
                progress,
              );
              runs.push({ ...run, ...targets });
            }
          }
        }
      } finally {
        await enforcer.stop();
        await baseline?.stop();
      }
    }
    return { diskSync, logAppends, runs };
  } finally {
    for (const step of cleanup.reverse()) await step().catch(() => undefined);
    await rm(scratch, { recursive: true, force: true }).catch(() => undefined);
    process.off('exit', removeScratch);
  }
}

async function startEnforcerChild(
  eventLog: EventLogKind,
  upstreamUrl: string,
  scratch: string,
  keyFile: string,
  kafkaBrokers: string | undefined,
  options: BenchOptions,
  /** Another checkout whose enforcer to start instead of this one's. */
  root?: string,
): Promise<ChildHandle> {
  const dir = join(scratch, root === undefined ? eventLog : `${eventLog}-baseline`);
  await mkdir(dir, { recursive: true });
  const kafkaArgs = kafkaBrokers === undefined ? [] : ['--kafka-brokers', kafkaBrokers];
  return startChild(
    root === undefined ? 'enforcer' : 'baseline enforcer',
    root === undefined ? childScript('child-enforcer.ts') : join(resolve(root), 'bench', 'child-enforcer.ts'),
    [
      '--upstream',
      upstreamUrl,
      '--scratch-dir',
      dir,
      '--key-file',
      keyFile,
      '--event-log',
      eventLog,
      ...kafkaArgs,
    ],
    {
      cwd: dir,
      // The baseline runs as its checkout runs it, TypeScript loader included.
      ...(root !== undefined && { root: resolve(root) }),
      nodeArgs: [
        ...(options.cpuProfDir === undefined
          ? []
          : ['--cpu-prof', '--cpu-prof-dir', resolve(options.cpuProfDir)]),
        ...(options.perfMap ? ['--perf-basic-prof'] : []),
      ],
    },
  );
}

/**
 * One run: the same workload against the upstream directly and through the enforcer (and
 * through the baseline's enforcer), in rounds that rotate which target goes first.
 */
async function measureTargets(
  run: { eventLog: EventLogKind; era: Era; scenario: string; clients: number },
  scenario: Scenario,
  upstreamUrl: string,
  headers: Record<string, string>,
  children: Children,
  options: BenchOptions,
  signal: AbortSignal,
  progress: (line: string) => void,
): Promise<Pick<RunResult, 'direct' | 'through' | 'baseline'>> {
  const label = `${run.eventLog} ${run.era} ${run.scenario} ${run.clients} client(s)`;
  const closers: Array<() => Promise<void>> = [];
  try {
    const open = (name: string, url: string, enforcer: ChildHandle) =>
      openTarget(name, url, enforcer, headers, run, closers, signal);
    const direct = await open('direct', upstreamUrl, children.enforcer);
    const through = await open('enforcer', String(children.enforcer.ready.url), children.enforcer);
    const baseline = children.baseline
      ? await open('baseline', String(children.baseline.ready.url), children.baseline)
      : undefined;
    const targets = baseline ? [direct, through, baseline] : [direct, through];
    if (options.warmup > 0) {
      for (const target of targets) {
        const warm = await runClosedLoop({
          sessions: target.clients,
          calls: options.warmup,
          call: scenario.call,
          signal,
        });
        ensureHealthy(children, signal);
        if (warm.errors > 0) progress(`${label}: ${warm.errors} failed warm-up call(s) to ${target.name}`);
      }
    }
    for (const [round, calls] of splitCalls(options.calls, options.rounds).entries()) {
      const order = targets.map((_, i) => targets[(i + round) % targets.length] as Target);
      for (const target of order) await measure(target, calls, scenario, children, signal);
    }
    progress(`${label}: done`);
    return {
      direct: resultOf(direct),
      through: resultOf(through),
      ...(baseline && { baseline: resultOf(baseline) }),
    };
  } finally {
    for (const close of closers.reverse()) await close().catch(() => undefined);
  }
}

async function openTarget(
  name: string,
  url: string,
  enforcer: ChildHandle,
  headers: Record<string, string>,
  run: { era: Era; clients: number },
  closers: Array<() => Promise<void>>,
  signal: AbortSignal,
): Promise<Target> {
  const { origin, pathname } = new URL(url);
  const pool = new Pool(origin, { connections: run.clients, keepAliveTimeout: 60_000 });
  const clients: McpClient[] = [];
  closers.push(() => closeTarget(pool, clients, signal));
  const endpoint = { pool, path: pathname, headers };
  for (let i = 0; i < run.clients; i++)
    clients.push(await openClient(endpoint, run.era, `proctor-bench-${i}`));
  return {
    name,
    pool,
    clients,
    enforcer,
    result: emptyPhase(),
    cpu: { upstream: 0, enforcer: 0, loadGenerator: 0, enforcerHeapBytes: 0 },
  };
}

/** Ends the sessions (so the enforcer records their end), bounded in time; then drops the pool. */
async function closeTarget(pool: Pool, clients: McpClient[], signal: AbortSignal): Promise<void> {
  if (!signal.aborted) {
    const closing = Promise.allSettled(clients.map((client) => client.close()));
    await Promise.race([closing, new Promise((resolve) => setTimeout(resolve, SESSION_CLOSE_MS).unref())]);
  }
  await pool.destroy();
}

async function measure(
  target: Target,
  calls: number,
  scenario: Scenario,
  children: Children,
  signal: AbortSignal,
): Promise<void> {
  const before = {
    upstream: await children.upstream.usage(),
    enforcer: await target.enforcer.usage(),
    self: process.cpuUsage(),
  };
  const phase = await runClosedLoop({ sessions: target.clients, calls, call: scenario.call, signal });
  const self = process.cpuUsage(before.self);
  const after = { upstream: await children.upstream.usage(), enforcer: await target.enforcer.usage() };
  target.cpu.upstream = addSpent(target.cpu.upstream, before.upstream?.cpuMs, after.upstream?.cpuMs);
  target.cpu.enforcer = addSpent(target.cpu.enforcer, before.enforcer?.cpuMs, after.enforcer?.cpuMs);
  target.cpu.loadGenerator += (self.user + self.system) / 1000;
  target.cpu.enforcerHeapBytes = addSpent(
    target.cpu.enforcerHeapBytes,
    before.enforcer?.heapBytes,
    after.enforcer?.heapBytes,
  );
  addPhase(target.result, phase);
  ensureHealthy(children, signal);
}

function ensureHealthy(children: Children, signal: AbortSignal): void {
  signal.throwIfAborted();
  for (const child of [children.upstream, children.enforcer, children.baseline]) {
    if (child === undefined) continue;
    if (child.exitedEarly())
      throw new Error(`the ${child.name} process exited during the run:\n${child.stderrTail()}`);
  }
}

/** A running total of what a child spent (CPU ms, heap bytes); undefined once a reading is missing. */
function addSpent(
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

/** The durability policies the measured event logs use, for the log-alone measurement. */
function durabilitiesOf(eventLogs: EventLogKind[]): Array<'process' | 'fsync'> {
  const policies = new Set(
    eventLogs.flatMap((kind) =>
      kind === 'kafka-direct' ? [] : ([kind.endsWith('fsync') ? 'fsync' : 'process'] as const),
    ),
  );
  return [...policies];
}

function childScript(file: string): string {
  return fileURLToPath(new URL(file, import.meta.url));
}
