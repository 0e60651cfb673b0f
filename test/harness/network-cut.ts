import { connect, Socket } from 'node:net';
import type { ISocketFactory } from 'kafkajs';

/**
 * Every connection to the broker goes through here, so a test can cut the network mid-traffic:
 * open connections are reset and new ones refused until restore().
 */
export type CutMode = 'reset' | 'silent';

export class NetworkCut {
  private readonly sockets = new Set<Socket>();
  private down = false;

  readonly socketFactory: ISocketFactory = ({ host, port, onConnect }) => {
    if (this.down) {
      const refused = new Socket();
      setImmediate(() =>
        refused.destroy(
          Object.assign(new Error('connect ECONNREFUSED (network cut)'), { code: 'ECONNREFUSED' }),
        ),
      );
      return refused;
    }
    const socket = connect({ host, port }, onConnect);
    this.sockets.add(socket);
    socket.once('close', () => this.sockets.delete(socket));
    return socket;
  };

  /**
   * `reset`: like a broker that died, every open connection is reset. `silent`: like a
   * partition, open connections just stop (the client is told nothing). New ones are refused.
   */
  cut(mode: CutMode): void {
    this.down = true;
    for (const socket of this.sockets) {
      if (mode === 'reset') {
        socket.destroy(Object.assign(new Error('read ECONNRESET (network cut)'), { code: 'ECONNRESET' }));
      } else {
        socket.pause();
        socket.removeAllListeners('data');
        socket.destroy();
      }
    }
  }

  restore(): void {
    this.down = false;
  }
}
