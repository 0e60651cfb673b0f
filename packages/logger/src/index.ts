import { type Logger, pino } from 'pino';

export type { Logger };

/**
 * The one way to get a logger. Serializers are allow-lists: request bodies, headers and
 * payloads are never logged (they may carry PHI or credentials).
 */
export function createLogger(options: {
  name: string;
  level?: string;
  destination?: NodeJS.WritableStream;
}): Logger {
  const level = options.level ?? 'info';
  return pino(
    {
      name: options.name,
      level,
      base: { service: options.name },
      serializers: {
        err: serializeError,
        req: (req: { method?: string; url?: string; id?: string }) => ({
          id: req.id,
          method: req.method,
          url: req.url,
        }),
        res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      },
    },
    options.destination as pino.DestinationStream | undefined,
  );
}

/** Errors are logged by name, code and message only: no stack frames' local data, no `cause` chains of payloads. */
export function serializeError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { message: String(err) };
  const out: Record<string, unknown> = { type: err.name, message: err.message };
  const code = (err as { code?: unknown }).code;
  if (code !== undefined) out.code = code;
  return out;
}

/** A logger that discards everything: for tests and library defaults. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
