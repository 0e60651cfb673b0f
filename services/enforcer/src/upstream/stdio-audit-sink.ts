import { createHash } from 'node:crypto';
import type { ConnectionConfig } from '@proctor/config';
import type { Logger } from '@proctor/logger';
import type { CoreContext } from '../core/context';
import { endSession, subjectOf } from '../core/stateful/live-session';
import type { CapturedOutput, StdioSessionSink } from './stdio-session';
import { StdioUpstream } from './stdio-upstream';

/** The revision the gateway's own initialize of a pooled stdio process asks for. */
const POOL_PROTOCOL_VERSION = '2025-06-18';
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

  constructor(private readonly logger: Logger) {}

  attach(ctx: CoreContext): void {
    this.ctx = ctx;
  }

  output(auditSessionId: string | null, output: CapturedOutput): void {
    void this.record(auditSessionId, output).catch((err: unknown) =>
      this.logger.error({ err, session: auditSessionId }, 'could not record stdio server output'),
    );
  }

  exited(auditSessionId: string | null): void {
    void this.end(auditSessionId).catch((err: unknown) =>
      this.logger.error(
        { err, session: auditSessionId },
        'could not end the session of a stdio server that exited',
      ),
    );
  }

  private async record(auditSessionId: string | null, output: CapturedOutput): Promise<void> {
    const ctx = this.ctx;
    const record = ctx && auditSessionId !== null ? await ctx.sessions.get(auditSessionId) : null;
    if (!ctx || !record) {
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
