import { createHash } from 'node:crypto';
import type { ConnectionConfig } from '@proctor/config';
import type { Logger } from '@proctor/logger';
import type { CoreContext } from '../core/context';
import { endSession, subjectOf } from '../core/stateful/live-session';
import type { CapturedOutput, StdioSessionSink } from './stdio-session';
import { StdioUpstream } from './stdio-upstream';

/** The revision the gateway's own initialize of a pooled stdio process asks for. */
const POOL_PROTOCOL_VERSION = '2025-06-18';
/** Output lines of one session waiting to be recorded, at most. */
const MAX_WAITING_OUTPUT = 1_000;
/** How long an ended stdio session waits for its streams to deliver the last errors before session_ended. */
const STREAMS_SETTLE_MS = 5_000;

/**
 * Where a stdio server's extra output and exits go: stderr lines and stray stdout become
 * frames of kind `stderr` (server_to_client) in the audit trail of the session the process
 * serves — masked downstream like any payload, never written to the gateway's log — and a
 * server that exits on its own ends its session as upstream_gone. Built before the core,
 * attached to it once it exists.
 */
export class StdioAuditSink implements StdioSessionSink {
  private ctx: CoreContext | null = null;
  /** Per session, the last pending record or end. */
  private readonly chains = new Map<string, Promise<void>>();
  /** Per session, output lines not yet recorded. */
  private readonly waiting = new Map<string, number>();
  /** Per session, output lines dropped since the last record of them (and their bytes). */
  private readonly dropped = new Map<string, { lines: number; bytes: number }>();

  constructor(private readonly logger: Logger) {}

  attach(ctx: CoreContext): void {
    this.ctx = ctx;
  }

  output(auditSessionId: string | null, output: CapturedOutput): void {
    const key = auditSessionId ?? '';
    const waiting = this.waiting.get(key) ?? 0;
    if (waiting >= MAX_WAITING_OUTPUT) {
      // A server that writes faster than the log takes it must not grow the gateway without
      // bound: the line is dropped, and the trail says how many were, once the log catches up.
      const seen = this.dropped.get(key) ?? { lines: 0, bytes: 0 };
      if (seen.lines === 0)
        this.logger.warn({ session: auditSessionId }, 'stdio server output dropped: too much waiting');
      this.dropped.set(key, { lines: seen.lines + 1, bytes: seen.bytes + output.bytes });
      return;
    }
    this.recordDropped(auditSessionId);
    this.waiting.set(key, waiting + 1);
    this.enqueue(auditSessionId, () =>
      this.record(auditSessionId, output)
        .catch((err: unknown) =>
          this.logger.error({ err, session: auditSessionId }, 'could not record stdio server output'),
        )
        .finally(() => {
          const left = (this.waiting.get(key) ?? 1) - 1;
          if (left > 0) return void this.waiting.set(key, left);
          this.waiting.delete(key);
          // The log caught up: what was dropped meanwhile is recorded now, not at the next line.
          this.recordDropped(auditSessionId);
        }),
    );
  }

  exited(auditSessionId: string | null): void {
    this.recordDropped(auditSessionId);
    this.enqueue(auditSessionId, () =>
      this.end(auditSessionId).catch((err: unknown) =>
        this.logger.error(
          { err, session: auditSessionId },
          'could not end the session of a stdio server that exited',
        ),
      ),
    );
  }

  /** Records, in its place among the output, how many lines were dropped since the last such record. */
  private recordDropped(auditSessionId: string | null): void {
    const key = auditSessionId ?? '';
    const dropped = this.dropped.get(key);
    if (!dropped) return;
    this.dropped.delete(key);
    const summary: CapturedOutput = {
      stream: 'stderr',
      text: null,
      bytes: dropped.bytes,
      problem: `${dropped.lines} lines of server output dropped: written faster than the audit log took them`,
    };
    this.enqueue(auditSessionId, () =>
      this.record(auditSessionId, summary).catch((err: unknown) =>
        this.logger.error({ err, session: auditSessionId }, 'could not record dropped stdio server output'),
      ),
    );
  }

  /** Output is recorded in the order written, and before the end of its session. */
  private enqueue(auditSessionId: string | null, step: () => Promise<void>): void {
    const key = auditSessionId ?? '';
    const next = (this.chains.get(key) ?? Promise.resolve()).then(step);
    this.chains.set(key, next);
    void next.then(() => {
      if (this.chains.get(key) === next) this.chains.delete(key);
    });
  }

  private async record(auditSessionId: string | null, output: CapturedOutput): Promise<void> {
    const ctx = this.ctx;
    const record = ctx && auditSessionId !== null ? await ctx.sessions.get(auditSessionId) : null;
    // Once a session is ending its trail is closing: nothing may follow session_ended.
    if (!ctx || !record || record.phase === 'ending') {
      // Only the size: the text may hold PHI and has no session to be recorded under.
      this.logger.warn(
        { stream: output.stream, bytes: output.bytes },
        'stdio server output outside any session was dropped',
      );
      return;
    }
    const payload = Buffer.from(JSON.stringify(output), 'utf8');
    await ctx.emitter.emit(subjectOf(ctx, record, false), [
      {
        type: 'frame',
        body: {
          direction: 'server_to_client',
          kind: 'stderr',
          method: null,
          jsonrpcId: null,
          toolName: null,
          payload,
          payloadEncoding: 'json',
          size: payload.length,
          sha256: createHash('sha256').update(payload).digest('hex'),
        },
      },
    ]);
  }

  private async end(auditSessionId: string | null): Promise<void> {
    const ctx = this.ctx;
    if (!ctx || auditSessionId === null) return;
    this.logger.warn({ session: auditSessionId }, 'stdio MCP server exited; ending its session');
    const record = await ctx.sessions.get(auditSessionId);
    // An initialize that failed is ended by the core (never_established).
    if (record?.phase !== 'established') return;
    // The streams that carried the errors for owed calls finish first: session_ended stays last.
    const deadline = Date.now() + STREAMS_SETTLE_MS;
    while (ctx.sseStore.streamsOf(auditSessionId).some((s) => !s.done) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await endSession(
      ctx,
      { record, subject: subjectOf(ctx, record, false), transient: false },
      'upstream_gone',
    );
  }
}

/** The stdio adapter for a connection configured with `upstream.stdio`, else null. */
export function stdioUpstreamFor(connection: ConnectionConfig, sink: StdioSessionSink): StdioUpstream | null {
  const stdio = connection.upstream.stdio;
  if (!stdio) return null;
  return new StdioUpstream({
    name: connection.name,
    command: {
      command: stdio.command,
      args: stdio.args,
      env: stdio.env,
      inheritEnv: stdio.inheritEnv,
      cwd: stdio.cwd,
      maxLineBytes: stdio.maxLineBytes,
      killGraceMs: stdio.killGraceMs,
    },
    poolSize: stdio.poolSize,
    poolProtocolVersion: POOL_PROTOCOL_VERSION,
    startTimeoutMs: stdio.startTimeoutMs,
    sink,
  });
}
