/** Turns the measured phases into the side-by-side table, the ratios and the target check. */
import type { PhaseResult } from './load';

/** DESIGN.md, "Performance targets": the enforcer's overhead against a direct connection. */
export const TARGETS = { addedP50Ms: 0.5, addedP99Ms: 2, callsPerSecond: 5_000 } as const;

/** CPU time each process spent while one target was being measured, in ms. */
export interface CpuSpent {
  upstream: number | undefined;
  enforcer: number | undefined;
  loadGenerator: number;
}

export interface TargetResult {
  name: string;
  result: PhaseResult;
  cpu: CpuSpent;
}

export interface RunDescription {
  scenario: string;
  clients: number;
  warmup: number;
  rounds: number;
  eventLog: string;
  cores: number;
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

export function formatReport(run: RunDescription, direct: TargetResult, through: TargetResult): string {
  const rows = [rowOf(direct), rowOf(through)];
  const [d, t] = rows as [Row, Row];
  const lines = [
    '',
    `scenario ${run.scenario}: ${run.clients} clients, ${d.calls + d.errors} measured calls per target after ${run.warmup} warm-up calls,`,
    `${run.rounds} interleaved round(s); enforcer event log: ${run.eventLog}; ${run.cores} CPU core(s) shared by all processes`,
    '',
    table(
      ['target', 'calls', 'errors', 'calls/s', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms'],
      rows.map((r) => [
        r.name,
        String(r.calls),
        String(r.errors),
        r.callsPerSecond.toFixed(0),
        ms(r.p50),
        ms(r.p90),
        ms(r.p99),
        ms(r.max),
      ]),
    ),
    '',
    `${through.name}/${direct.name}: throughput ×${ratio(t.callsPerSecond, d.callsPerSecond)}, p50 ×${ratio(t.p50, d.p50)}, ` +
      `p99 ×${ratio(t.p99, d.p99)}; added p50 ${signedMs(t.p50 - d.p50)} ms, added p99 ${signedMs(t.p99 - d.p99)} ms`,
    '',
    'CPU time per call (µs), by process, while each target was measured:',
    table(
      ['target', 'upstream', 'enforcer', 'load generator'],
      [direct, through].map((target) => {
        const calls = Math.max(1, target.result.latencies.count + target.result.errors);
        return [
          target.name,
          perCall(target.cpu.upstream, calls),
          perCall(target.cpu.enforcer, calls),
          perCall(target.cpu.loadGenerator, calls),
        ];
      }),
    ),
    '',
    ...targetCheck(d, t, through),
  ];
  const errors = [direct, through].filter((target) => target.result.errors > 0);
  if (errors.length > 0) lines.push('', ...errorBanner(errors));
  return `${lines.join('\n')}\n`;
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

function targetCheck(d: Row, t: Row, through: TargetResult): string[] {
  const mark = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const addedP50 = t.p50 - d.p50;
  const addedP99 = t.p99 - d.p99;
  const lines = [
    'Targets (DESIGN.md):',
    `  added p50 ≤ ${TARGETS.addedP50Ms} ms: ${signedMs(addedP50)} ms, ${mark(addedP50 <= TARGETS.addedP50Ms)}`,
    `  added p99 ≤ ${TARGETS.addedP99Ms} ms: ${signedMs(addedP99)} ms, ${mark(addedP99 <= TARGETS.addedP99Ms)}`,
    `  ≥ ${TARGETS.callsPerSecond} calls/s through the enforcer: ${t.callsPerSecond.toFixed(0)} calls/s measured, ` +
      `${mark(t.callsPerSecond >= TARGETS.callsPerSecond)} (with the upstream and the load generator on the same cores)`,
  ];
  const enforcerCpu = through.cpu.enforcer;
  if (enforcerCpu !== undefined && enforcerCpu > 0) {
    const usPerCall = (enforcerCpu * 1000) / Math.max(1, t.calls + t.errors);
    lines.push(
      `  enforcer CPU ${usPerCall.toFixed(0)} µs/call: one fully busy core would serve ≈ ${(1e6 / usPerCall).toFixed(0)} calls/s`,
    );
  }
  return lines;
}

function errorBanner(targets: TargetResult[]): string[] {
  const lines = [
    '!'.repeat(78),
    '!! THIS RUN HAD ERRORS: its numbers do not describe a healthy gateway',
    '!'.repeat(78),
  ];
  for (const target of targets) {
    lines.push(`${target.name}: ${target.result.errors} failed call(s)`);
    const reasons = [...target.result.errorReasons].sort((a, b) => b[1] - a[1]).slice(0, 10);
    for (const [reason, count] of reasons) lines.push(`  ${count} × ${reason}`);
  }
  return lines;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ');
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
