import { randomUUID } from 'node:crypto';
import type { Identity } from '@proctor/events';

/** What the gateway remembers of one MCP session. */
export interface Session {
  /** Proctor's session id: the Mcp-Session-Id the client sees, and the audit key. */
  id: string;
  connection: string;
  /** The upstream server's Mcp-Session-Id, when it issued one. */
  upstreamSessionId: string | null;
  identity: Identity;
  sourceIp: string | null;
  userAgent: string | null;
  nextSeq: number;
  /** Requests awaiting their response, by direction and JSON id: lets responses name their method and tool. */
  pending: Map<string, { method: string; toolName: string | null }>;
  lastActive: number;
  ended: boolean;
}

const MAX_PENDING = 10_000;

export class SessionRegistry {
  private readonly sessions = new Map<string, Session>();

  create(fields: Pick<Session, 'connection' | 'identity' | 'sourceIp' | 'userAgent'>, now: number): Session {
    const session: Session = {
      ...fields,
      id: randomUUID(),
      upstreamSessionId: null,
      nextSeq: 0,
      pending: new Map(),
      lastActive: now,
      ended: false,
    };
    this.sessions.set(session.id, session);
    return session;
  }

  get(id: string): Session | undefined {
    return this.sessions.get(id);
  }

  remove(session: Session): void {
    session.ended = true;
    this.sessions.delete(session.id);
  }

  /** Sessions idle since before `cutoff`. */
  idleSince(cutoff: number): Session[] {
    return [...this.sessions.values()].filter((s) => s.lastActive < cutoff);
  }

  all(): Session[] {
    return [...this.sessions.values()];
  }

  get size(): number {
    return this.sessions.size;
  }
}

export function rememberRequest(
  session: Session,
  key: string,
  value: { method: string; toolName: string | null },
): void {
  if (session.pending.size >= MAX_PENDING) {
    // A client that never reads its responses must not grow the gateway without bound.
    const oldest = session.pending.keys().next();
    if (!oldest.done) session.pending.delete(oldest.value);
  }
  session.pending.set(key, value);
}
