/**
 * The one shape every error that crosses a module boundary takes: a stable `code` for
 * callers and logs, the `httpStatus` an API answers with, and whether another attempt may
 * succeed. Messages stay free of payload data; the classes built on this decide what to say.
 */

export interface ProctorErrorSpec<Code extends string = string> {
  code: Code;
  httpStatus: number;
  retryable: boolean;
  cause?: unknown;
}

export abstract class ProctorError<Code extends string = string> extends Error {
  readonly code: Code;
  readonly httpStatus: number;
  readonly retryable: boolean;

  constructor(message: string, spec: ProctorErrorSpec<Code>) {
    // Only a spec that names a cause gets one, so `'cause' in err` answers as it does for Error.
    super(message, 'cause' in spec ? { cause: spec.cause } : undefined);
    this.code = spec.code;
    this.httpStatus = spec.httpStatus;
    this.retryable = spec.retryable;
    this.name = new.target.name;
  }
}

/**
 * Whether an error says another attempt may succeed. Read by shape rather than by class, so
 * errors from another copy of a package (or rebuilt from a job's stored failure) still count;
 * anything that does not say so is treated as permanent.
 */
export function isRetryable(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { retryable?: unknown }).retryable === true;
}
