import { createServer } from 'node:net';

/**
 * Asks the kernel for an unused TCP port on 127.0.0.1. Another process may take it before the
 * caller binds it, so callers that start servers retry with a fresh port when the bind fails.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('could not determine a free port'));
      });
    });
  });
}
