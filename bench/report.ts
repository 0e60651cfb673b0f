/** Turns the measured runs into side-by-side tables, the ratios and the target checks. */
import type { EventLogKind } from './args';
import type { DiskSync } from './disk-sync';
import type { PhaseResult } from './load';
import type { LogAppendResult } from './log-append';
import type { Era } from './mcp-client';

/** DESIGN.md, "Performance targets": the enforcer against a direct connection. */
export const TARGETS = {
  /** With `process` durability. */
  addedP50Ms: 0.5,
  addedP99Ms: 2,
  /** With `fsync` durability: added p50 ≤ 2 × the disk's fdatasync p50 + this. */
  fsyncSlackMs: 0.3,
  enforcerCpuUsPerCall: 100,
  throughputRatio: 0.5,
} as const;

/** CPU time each process spent while one target was being measured, in ms. */
export interface CpuSpent {
  upstream: number | undefined;
  enforcer: number | undefined;
  loadGenerator: number;
  /** Bytes the enforcer allocated on V8's heap meanwhile (undefined when it does not count them). */
  enforcerHeapBytes: number | undefined;
}

export interface TargetResult {
  name: string;
  result: PhaseResult;
  cpu: CpuSpent;
}

export interface RunResult {
  eventLog: EventLogKind;
  era: Era;
  scenario: string;
  clients: number;
  direct: TargetResult;
  through: TargetResult;
  /** The --baseline checkout's enforcer, measured in the same rounds. */
  baseline?: TargetResult;
}

export interface RunDescription {
  calls: number;
  warmup: number;
  rounds: number;
  cores: number;
  kafkaBrokers: string | undefined;
  /** Rules in the enforcer's policy. */
  policyRules: number;
}

interface Row {
  name: string;
  calls: number;
  errors: number;
  callsPerSecond: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

interface TargetCheck {
  name: string;
  ok: boolean;
  text: string;
}

export function formatReport(
  description: RunDescription,
  diskSync: DiskSync,
  logAppends: LogAppendResult[],
  runs: RunResult[],
): string {
  const lines = [
    '',
    `${runs.length} run(s): ${description.calls} measured calls per target and run after ${description.warmup} warm-up calls, ` +
      `${description.rounds} interleaved round(s); ${description.cores} CPU core(s) shared by all processes`,
    `disk: write + fdatasync p50 ${ms(diskSync.p50Ms)} ms, p99 ${ms(diskSync.p99Ms)} ms (${diskSync.samples} samples, this run)`,
    `enforcer: bearer-token verification, a ${description.policyRules}-rule policy (the call is allowed by the last rule), payloads sealed to an ingest key`,
  ];
  if (logAppends.length > 0) {
    lines.push(
      '',
      'The local log alone (1.5 KB records, in the benchmark process):',
      table(
        ['durability', 'writers', 'appends/s', 'p50 ms', 'p99 ms', 'CPU µs/append'],
        logAppends.map((r) => [
          r.durability,
          String(r.writers),
          r.appendsPerSecond.toFixed(0),
          ms(r.p50Ms),
          ms(r.p99Ms),
          r.cpuUsPerAppend.toFixed(1),
        ]),
      ),
    );
  }
  for (const run of runs) lines.push('', ...formatRun(run, diskSync));
  lines.push(
    '',
    'Summary (targets from DESIGN.md; added = enforcer − direct, same run):',
    formatSummary(runs, diskSync),
  );
  const compared = runs.filter((run) => run.baseline !== undefined);
  if (compared.length > 0) {
    lines.push(
      '',
      'This checkout against the --baseline one (same rounds, same upstream and load):',
      formatComparison(compared),
    );
  }
  const failing = runs.filter((run) => targetsOf(run).some((target) => target.result.errors > 0));
  if (failing.length > 0) lines.push('', ...errorBanner(failing));
  return `${lines.join('\n')}\n`;
}

/** The run's targets: direct, through the enforcer, and through the baseline's when measured. */
function targetsOf(run: RunResult): TargetResult[] {
  return run.baseline ? [run.direct, run.through, run.baseline] : [run.direct, run.through];
}

function formatRun(run: RunResult, diskSync: DiskSync): string[] {
  const rows = targetsOf(run).map(rowOf);
  const [d, t] = rows as [Row, Row];
  const cpu = targetsOf(run).map((target) => {
    const calls = Math.max(1, target.result.latencies.count + target.result.errors);
    return [
      perCall(target.cpu.upstream, calls),
      perCall(target.cpu.enforcer, calls),
      perCall(target.cpu.loadGenerator, calls),
    ];
  });
  return [
    `== ${describeRun(run)}`,
    table(
      [
        'target',
        'calls',
        'errors',
        'calls/s',
        'p50 ms',
        'p90 ms',
        'p99 ms',
        'max ms',
        'CPU µs/call up/enf/load',
        'enf heap KB/call',
      ],
      rows.map((r, i) => [
        r.name,
        String(r.calls),
        String(r.errors),
        r.callsPerSecond.toFixed(0),
        ms(r.p50),
        ms(r.p90),
        ms(r.p99),
        ms(r.max),
        (cpu[i] ?? []).join(' / '),
        heapKbPerCall(targetsOf(run)[i] as TargetResult)?.toFixed(1) ?? '-',
      ]),
    ),
    `throughput ×${ratio(t.callsPerSecond, d.callsPerSecond)}; added p50 ${signedMs(t.p50 - d.p50)} ms, added p99 ${signedMs(t.p99 - d.p99)} ms`,
    ...checkTargets(run, diskSync).map((check) => `  ${check.text}: ${check.ok ? 'met' : 'NOT met'}`),
  ];
}

/** The columns that say which run a row of a table is about. */
const RUN_KEY_HEADERS = ['event log', 'era', 'payload', 'clients'];

function runKeyCells(run: RunResult): string[] {
  return [run.eventLog, run.era, run.scenario.replace('tools-call-', ''), String(run.clients)];
}

function formatSummary(runs: RunResult[], diskSync: DiskSync): string {
  return table(
    [...RUN_KEY_HEADERS, 'direct/s', 'enforcer/s', 'ratio', '+p50 ms', '+p99 ms', 'enf µs/call', 'targets'],
    runs.map((run) => {
      const d = rowOf(run.direct);
      const t = rowOf(run.through);
      const checks = checkTargets(run, diskSync);
      const missed = checks.filter((check) => !check.ok).map((check) => check.name);
      return [
        ...runKeyCells(run),
        d.callsPerSecond.toFixed(0),
        t.callsPerSecond.toFixed(0),
        ratio(t.callsPerSecond, d.callsPerSecond),
        signedMs(t.p50 - d.p50),
        signedMs(t.p99 - d.p99),
        enforcerCpuUs(run)?.toFixed(0) ?? '-',
        t.errors > 0
          ? `NOT met (${t.errors} errors)`
          : missed.length === 0
            ? 'all met'
            : `NOT met: ${missed.join(', ')}`,
      ];
    }),
  );
}

/** Each DESIGN.md target that applies to this run, with the measured number. */
function checkTargets(run: RunResult, diskSync: DiskSync): TargetCheck[] {
  const d = rowOf(run.direct);
  const t = rowOf(run.through);
  const addedP50 = t.p50 - d.p50;
  const addedP99 = t.p99 - d.p99;
  const checks: TargetCheck[] = [];
  if (run.eventLog.endsWith('fsync')) {
    const bound = 2 * diskSync.p50Ms + TARGETS.fsyncSlackMs;
    checks.push({
      name: 'p50',
      ok: addedP50 <= bound,
      text: `added p50 ≤ 2 × fdatasync p50 + ${TARGETS.fsyncSlackMs} ms = ${ms(bound)} ms: ${signedMs(addedP50)} ms`,
    });
  } else {
    checks.push(
      {
        name: 'p50',
        ok: addedP50 <= TARGETS.addedP50Ms,
        text: `added p50 ≤ ${TARGETS.addedP50Ms} ms: ${signedMs(addedP50)} ms`,
      },
      {
        name: 'p99',
        ok: addedP99 <= TARGETS.addedP99Ms,
        text: `added p99 ≤ ${TARGETS.addedP99Ms} ms: ${signedMs(addedP99)} ms`,
      },
    );
  }
  const cpu = enforcerCpuUs(run);
  checks.push({
    name: 'cpu',
    ok: cpu !== undefined && cpu <= TARGETS.enforcerCpuUsPerCall,
    text: `enforcer CPU ≤ ${TARGETS.enforcerCpuUsPerCall} µs/call: ${cpu === undefined ? 'not measured' : `${cpu.toFixed(0)} µs`}`,
  });
  const throughput = d.callsPerSecond > 0 ? t.callsPerSecond / d.callsPerSecond : 0;
  checks.push({
    name: 'throughput',
    ok: throughput >= TARGETS.throughputRatio,
    text: `throughput ≥ ${TARGETS.throughputRatio * 100} % of direct: ${(throughput * 100).toFixed(0)} %`,
  });
  if (t.errors > 0) checks.push({ name: 'errors', ok: false, text: `no failed calls: ${t.errors} failed` });
  return checks;
}

function enforcerCpuUs(run: RunResult): number | undefined {
  return cpuUsPerCall(run.through);
}

function cpuUsPerCall(target: TargetResult): number | undefined {
  const cpuMs = target.cpu.enforcer;
  const calls = target.result.latencies.count + target.result.errors;
  return cpuMs === undefined || calls === 0 ? undefined : (cpuMs * 1000) / calls;
}

/**
 * KB of V8 heap the enforcer allocated per call while this target was measured: a count that,
 * unlike CPU time, does not move with the machine's load (the direct target's is the idle enforcer's).
 */
function heapKbPerCall(target: TargetResult): number | undefined {
  const bytes = target.cpu.enforcerHeapBytes;
  const calls = target.result.latencies.count + target.result.errors;
  return bytes === undefined || calls === 0 ? undefined : bytes / 1024 / calls;
}

/** Per run: the baseline's enforcer and this one's, side by side, with the ratios after/before. */
function formatComparison(runs: RunResult[]): string {
  return table(
    [
      ...RUN_KEY_HEADERS,
      'baseline/s',
      'enforcer/s',
      '×',
      'baseline µs/call',
      'enf µs/call',
      '×',
      'baseline +p50 ms',
      '+p50 ms',
      'baseline heap KB/call',
      'enf heap KB/call',
    ],
    runs.map((run) => {
      const d = rowOf(run.direct);
      const t = rowOf(run.through);
      const b = rowOf(run.baseline as TargetResult);
      const cpuBefore = cpuUsPerCall(run.baseline as TargetResult);
      const cpuAfter = cpuUsPerCall(run.through);
      return [
        ...runKeyCells(run),
        b.callsPerSecond.toFixed(0),
        t.callsPerSecond.toFixed(0),
        ratio(t.callsPerSecond, b.callsPerSecond),
        cpuBefore?.toFixed(0) ?? '-',
        cpuAfter?.toFixed(0) ?? '-',
        cpuBefore === undefined || cpuAfter === undefined ? '-' : ratio(cpuAfter, cpuBefore),
        signedMs(b.p50 - d.p50),
        signedMs(t.p50 - d.p50),
        heapKbPerCall(run.baseline as TargetResult)?.toFixed(1) ?? '-',
        heapKbPerCall(run.through)?.toFixed(1) ?? '-',
      ];
    }),
  );
}

function describeRun(run: RunResult): string {
  return `${run.scenario}, ${run.clients} client(s), ${run.era} era, event log ${run.eventLog}`;
}

function rowOf(target: TargetResult): Row {
  const { latencies, errors, elapsedMs } = target.result;
  return {
    name: target.name,
    calls: latencies.count,
    errors,
    callsPerSecond: elapsedMs > 0 ? (latencies.count * 1000) / elapsedMs : 0,
    p50: latencies.percentile(50),
    p90: latencies.percentile(90),
    p99: latencies.percentile(99),
    max: latencies.max(),
  };
}

function errorBanner(runs: RunResult[]): string[] {
  const lines = [
    '!'.repeat(78),
    '!! SOME RUNS HAD ERRORS: their numbers do not describe a healthy gateway',
    '!'.repeat(78),
  ];
  for (const run of runs) {
    for (const target of targetsOf(run)) {
      if (target.result.errors === 0) continue;
      lines.push(`${describeRun(run)}, ${target.name}: ${target.result.errors} failed call(s)`);
      const reasons = [...target.result.errorReasons].sort((a, b) => b[1] - a[1]).slice(0, 5);
      for (const [reason, count] of reasons) lines.push(`  ${count} × ${reason}`);
    }
  }
  return lines;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function ms(value: number): string {
  return Number.isFinite(value) ? value.toFixed(3) : '-';
}

function signedMs(value: number): string {
  return Number.isFinite(value) ? `${value >= 0 ? '+' : ''}${value.toFixed(3)}` : '-';
}

function ratio(a: number, b: number): string {
  return Number.isFinite(a) && Number.isFinite(b) && b > 0 ? (a / b).toFixed(2) : '-';
}

function perCall(cpuMs: number | undefined, calls: number): string {
  return cpuMs === undefined ? '-' : ((cpuMs * 1000) / calls).toFixed(0);
}
