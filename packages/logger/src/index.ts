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
  const message = err instanceof SyntaxError ? withheldSyntaxMessage(err.message) : err.message;
  const out: Record<string, unknown> = { type: err.name, message };
  const code = (err as { code?: unknown }).code;
  if (code !== undefined) out.code = code;
  return out;
}

/** A logger that discards everything: for tests and library defaults. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}

/**
 * JSON.parse quotes the text it failed on (`Unexpected token 'S', "SSN 123-…" is not valid
 * JSON`), and that text may be a payload: only where it failed is kept.
 */
function withheldSyntaxMessage(message: string): string {
  const position = /at position \d+/.exec(message)?.[0];
  return position === undefined ? 'syntax error (text withheld)' : `syntax error ${position} (text withheld)`;
}
