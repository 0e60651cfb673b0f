import { UpstreamError } from './port';
import type { StdioEventQueue } from './stdio-event-queue';
import type { StdioSession } from './stdio-session';

export interface StdioPoolOptions {
  /** Most processes kept; 0 disables the pool (requests without a session are refused). */
  size: number;
  protocolVersion: string;
  startTimeoutMs: number;
  spawn: () => StdioSession;
}

type Message = Record<string, unknown>;

interface Member {
  session: StdioSession;
  ready: Promise<void>;
}

/**
 * Processes shared by requests that come without a session (stateless clients): each is
 * initialized once by the gateway, then serves requests from any client, with request ids
 * and progress tokens substituted so concurrent clients never collide, nor name (cancel,
 * answer for) one another's requests (see StdioSession.post). A request goes to
 * the member with the fewest exchanges in flight; a member that dies is replaced on demand.
 */
export class StdioPool {
  private readonly members: Member[] = [];
  private closed = false;

  constructor(private readonly options: StdioPoolOptions) {}

  /**
   * Sends a caller's messages (`caller`: the key of its identity, null when unknown). What
   * names a request or question of one process (a cancellation, an answer) goes to that one.
   */
  async post(messages: Message[], caller: string | null): Promise<StdioEventQueue | null> {
    if (this.options.size === 0) {
      throw new UpstreamError(
        'UPSTREAM_PROTOCOL',
        'this stdio connection serves sessions only: send initialize first (the pool is disabled)',
      );
    }
    if (this.closed) throw new UpstreamError('UPSTREAM_UNREACHABLE', 'the stdio connection is closing');
    const member = this.holding(messages, caller) ?? this.pick();
    await member.ready;
    return member.session.post(messages, { substituteIds: true, caller });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.members.splice(0).map((m) => m.session.stop()));
  }

  /** The member a message names something of (see StdioSession.names), if any. */
  private holding(messages: Message[], caller: string | null): Member | undefined {
    return this.members.find(
      (m) => m.session.gone === null && messages.some((message) => m.session.names(message, caller)),
    );
  }

  private pick(): Member {
    for (let i = this.members.length - 1; i >= 0; i -= 1) {
      if (this.members[i]?.session.gone !== null) this.members.splice(i, 1);
    }
    const idle = this.members.find((m) => m.session.inflight === 0);
    if (idle) return idle;
    if (this.members.length < this.options.size) {
      const member = this.start();
      this.members.push(member);
      return member;
    }
    return this.members.reduce((a, b) => (b.session.inflight < a.session.inflight ? b : a));
  }

  private start(): Member {
    const session = this.options.spawn();
    const ready = this.initialize(session);
    // A member that fails to start is dropped; its waiting requests see the error.
    ready.catch(() => {
      const index = this.members.findIndex((m) => m.session === session);
      if (index >= 0) this.members.splice(index, 1);
      void session.stop();
    });
    return { session, ready };
  }

  /** The gateway's own handshake with a pooled process: initialize, then notifications/initialized. */
  private async initialize(session: StdioSession): Promise<void> {
    const queue = await session.post(
      [
        {
          jsonrpc: '2.0',
          id: 0,
          method: 'initialize',
          params: {
            protocolVersion: this.options.protocolVersion,
            capabilities: {},
            clientInfo: { name: 'proctor-gateway', version: '1' },
          },
        },
      ],
      { substituteIds: true, caller: null },
    );
    const answer = await firstMessage(queue, this.options.startTimeoutMs);
    if (answer === null || !('result' in answer)) {
      const reason = (answer?.error as { message?: unknown } | undefined)?.message;
      throw new UpstreamError(
        'UPSTREAM_UNREACHABLE',
        `a pooled stdio server did not initialize${typeof reason === 'string' ? `: ${reason}` : ''}`,
      );
    }
    await session.post([{ jsonrpc: '2.0', method: 'notifications/initialized' }], {
      substituteIds: true,
      caller: null,
    });
  }
}

async function firstMessage(queue: StdioEventQueue | null, timeoutMs: number): Promise<Message | null> {
  if (queue === null) return null;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  const first = (async () => {
    for await (const event of queue) {
      const message = JSON.parse(event.data) as Message;
      if ('result' in message || 'error' in message) return message;
    }
    return null;
  })();
  try {
    return await Promise.race([first, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
