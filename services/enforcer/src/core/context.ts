import type { Logger } from '@proctor/logger';
import type { SessionStore } from '../sessions/port';
import type { CredentialProvider, McpUpstream } from '../upstream/port';
import type { AuditEmitter } from './audit-emitter';
import type { RequestCorrelator } from './correlator';
import { GatewayError } from './errors';
import type { GatewayTasks } from './gateway-tasks';
import type { InflightTracker } from './inflight';
import type { BodyLimits } from './json-rpc';
import type { IdentityRateLimiter } from './rate-limit';
import type { SseStreamStore } from './sse-stream';
import type { HeldRequests, Stages } from './stages';
import type { ListeningSlots } from './stateful/listening-slots';

export interface ConnectionRuntime {
  name: string;
  upstream: McpUpstream;
}

export interface CoreLimits extends BodyLimits {
  maxSessionsPerIdentity: number;
  /** How long a stream whose client went away waits for a resumption before cancelling upstream. */
  resumeGraceMs: number;
}

/** Everything the core pipeline works with; built once by app.ts. */
export interface CoreContext {
  gatewayId: string;
  connections: ReadonlyMap<string, ConnectionRuntime>;
  credentials: CredentialProvider;
  emitter: AuditEmitter;
  sessions: SessionStore;
  /** True when sessions outlive this gateway (a shared store): shutdown then leaves them open. */
  sessionsAreShared: boolean;
  sseStore: SseStreamStore;
  correlator: RequestCorrelator;
  stages: Stages;
  /** Requests the stages are still deciding: a client's notifications/cancelled reaches them. */
  held: HeldRequests;
  /** Tasks this gateway created for held requests (2025-11-25 task-augmented calls). */
  tasks: GatewayTasks;
  limits: CoreLimits;
  /** The GET streams each stateful session holds open, bounded (`maxListeningStreamsPerSession`). */
  listeningSlots: ListeningSlots;
  rateLimiter: IdentityRateLimiter;
  inflight: InflightTracker;
  logger: Logger;
  now: () => number;
}

export function connectionOf(ctx: CoreContext, name: string): ConnectionRuntime {
  const connection = ctx.connections.get(name);
  if (!connection) throw new GatewayError('UNKNOWN_CONNECTION', `unknown MCP connection "${name}"`);
  return connection;
}
