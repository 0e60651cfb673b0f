/**
 * A client request reusing the id of one of its session's requests still in flight. MCP says
 * a request id is not reused within a session, and the gateway keys what it decided about a
 * request (its mask rule, its list filters, its tasks) by session and id: a second request
 * under the id of a masked call in flight, answered later, took the call's place, and the
 * masked call's answer reached the client in clear. Refused (400/-32600), forwarded nowhere,
 * recorded as a refusal (`invalid_request:id_in_use`).
 */
import type { CoreContext } from '../context';
import { GatewayError } from '../errors';
import type { JsonRpcFrame } from '../json-rpc';

/** Refuses the frames of a POST when one is a request under an id its session awaits an answer to. */
export function refuseIdInUse(ctx: CoreContext, sessionId: string, frames: readonly JsonRpcFrame[]): void {
  for (const frame of frames) {
    if (frame.kind !== 'request' || frame.idJson === null) continue;
    if (ctx.correlator.awaiting(sessionId, frame.idJson)) {
      throw new GatewayError(
        'REQUEST_ID_IN_USE',
        'Invalid Request: a request of this session under the same id still awaits its answer (MCP: a request id is not reused within a session)',
      );
    }
  }
}
