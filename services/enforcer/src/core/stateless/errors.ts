import { ProctorError } from '@proctor/errors';

export type StatelessErrorCode =
  | 'HEADER_MISMATCH'
  | 'INVALID_ENVELOPE'
  | 'INVALID_REQUEST'
  | 'INVALID_PARAMS'
  | 'UNSUPPORTED_PROTOCOL_VERSION'
  | 'REQUEST_STATE_REJECTED'
  | 'BRIDGE_NOT_LOSSLESS'
  | 'BRIDGE_CONTINUATION_LOST'
  | 'UPSTREAM_PROTOCOL';

/**
 * A request the gateway refuses on the stateless path, with the HTTP status and the JSON-RPC
 * error the 2026-07-28 revision prescribes for it. Messages never quote body values: they
 * can carry PHI (tool arguments, resource URIs), and errors end up in logs.
 */
export class StatelessProtocolError extends ProctorError<StatelessErrorCode> {
  readonly rpcCode: number;
  readonly data: unknown;

  constructor(
    code: StatelessErrorCode,
    spec: { httpStatus: number; rpcCode: number; message: string; data?: unknown },
  ) {
    super(spec.message, { code, httpStatus: spec.httpStatus, retryable: false });
    this.rpcCode = spec.rpcCode;
    this.data = spec.data;
  }

  /** The JSON-RPC error response for this refusal, answering `id` (JSON text) when known. */
  toResponse(idJson: string | null): Record<string, unknown> {
    return {
      jsonrpc: '2.0',
      id: idJson === null ? null : (JSON.parse(idJson) as unknown),
      error: {
        code: this.rpcCode,
        message: this.message,
        ...(this.data === undefined ? {} : { data: this.data }),
      },
    };
  }
}
