import { execFile } from 'node:child_process';

/** Where `proctor connect` gets the user's bearer token. */
export interface TokenSource {
  current(): Promise<string>;
  /** A fresh token after the gateway answered 401; null when the source cannot refresh. */
  refresh(): Promise<string> | null;
}

export class TokenCommandError extends Error {
  override readonly name = 'TokenCommandError';
}

/** A fixed token (`--token`): nothing to refresh. */
export function staticToken(token: string): TokenSource {
  return { current: async () => token, refresh: () => null };
}

/**
 * A token printed by a command (`--token-command`), run through the shell at start and again
 * whenever the gateway rejects the token. Concurrent refreshes share one run.
 */
export function commandToken(command: string, timeoutMs = 30_000): TokenSource {
  let token: Promise<string> | null = null;
  const run = () => {
    const next = runTokenCommand(command, timeoutMs);
    token = next;
    // A failed run is not cached: the next request tries again.
    next.catch(() => {
      if (token === next) token = null;
    });
    return next;
  };
  let refreshing: Promise<string> | null = null;
  return {
    current: () => token ?? run(),
    refresh: () => {
      refreshing ??= run().finally(() => {
        refreshing = null;
      });
      return refreshing;
    },
  };
}

function runTokenCommand(command: string, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      '/bin/sh',
      ['-c', command],
      { timeout: timeoutMs, maxBuffer: 64 * 1024, encoding: 'utf8' },
      (err, stdout, stderr) => {
        if (err) {
          // The command's own stderr may explain (e.g. "not logged in"); it never holds the token.
          const detail = stderr.trim().split('\n').slice(-1)[0] ?? '';
          const why = err.killed
            ? `timed out after ${timeoutMs} ms`
            : `exited with ${err.code ?? 'an error'}`;
          reject(new TokenCommandError(`token command ${why}${detail ? `: ${detail}` : ''}`));
          return;
        }
        const token = stdout.trim();
        if (token === '' || /\s/.test(token)) {
          reject(new TokenCommandError('token command did not print exactly one token on stdout'));
          return;
        }
        resolve(token);
      },
    );
  });
}
