import { randomUUID } from 'node:crypto';
import { identityKeyOf } from '../../sessions/port';
import type { BodyLimits } from '../json-rpc';
import { frameOf, type JsonRpcFrame } from '../json-rpc';
import { StatelessProtocolError } from '../stateless/errors';
import { requestOf } from '../stateless/exchange';
import { callWithFrame, type ExchangeLedger, type StatelessCall } from '../stateless/exchange-ledger';
import { isPlainObject } from '../stateless/protocol';
import {
  checkParamHeaders,
  listToolPages,
  ParamHeaderCatalog,
  toolCallOf,
  toolsKeyOf,
} from './param-headers';
import { firstAnswer } from './upstream-legacy-session';

const ENVELOPE_PREFIX = 'io.modelcontextprotocol/';
const LIST_HEADERS = {
  accept: 'application/json, text/event-stream',
  'content-type': 'application/json',
  'mcp-method': 'tools/list',
};

/**
 * The gateway's own check of a 2026-07-28 `tools/call`'s `Mcp-Param-*` headers on the direct
 * path (a 2026-07-28 upstream), as the revision asks of any server that processes the body:
 * the policy decides on the body, and a balancer or proxy behind the gateway may route on the
 * headers, so the two must name the same call (else 400, -32020, recorded, nothing forwarded).
 * A call that carries such headers has its tool's `x-mcp-header` declarations looked up —
 * in the upstream's `tools/list` as the caller sees it, read by the gateway (recorded as an
 * exchange of the caller) and kept for a few minutes. A call without them is checked against
 * what is already known (a declared argument whose header is missing); an unknown tool's
 * headers are forwarded untouched, as the revision prescribes for an intermediary.
 */
export class DirectParamHeaderCheck {
  private readonly tools = new ParamHeaderCatalog();

  constructor(
    private readonly ledger: ExchangeLedger,
    private readonly limits: BodyLimits,
  ) {}

  /** The refusal to answer `call` with, or null when it may go on. */
  async refusalOf(call: StatelessCall): Promise<StatelessProtocolError | null> {
    if (call.frame.kind !== 'request' || call.frame.method !== 'tools/call') return null;
    const tool = toolCallOf(call.frame.message.params);
    if (!tool) return null;
    const key = toolsKeyOf({ connection: call.connection, identityKey: identityKeyOf(call.identity) });
    const declarations = carriesParamHeaders(call.clientHeaders)
      ? await this.tools.declarationsOf(key, tool.name, () => this.listTools(call)).catch(() => undefined)
      : this.tools.known(key, tool.name);
    if (!declarations) return null;
    try {
      checkParamHeaders(declarations, tool.args, call.clientHeaders);
      return null;
    } catch (err) {
      if (err instanceof StatelessProtocolError) return err;
      throw err;
    }
  }

  private listTools(call: StatelessCall): Promise<unknown[]> {
    return listToolPages((cursor) => this.listPage(call, cursor));
  }

  /** One `tools/list` page of the gateway's own, under the caller's envelope and credentials, recorded. */
  private async listPage(call: StatelessCall, cursor: string | undefined): Promise<JsonRpcFrame | null> {
    const frame = frameOf({
      jsonrpc: '2.0',
      id: `proctor-tools-${randomUUID()}`,
      method: 'tools/list',
      params: { ...(cursor !== undefined && { cursor }), _meta: envelopeOf(call.frame.message.params) },
    });
    const listCall = callWithFrame(call, frame);
    const exchange = this.ledger.open(listCall, null);
    const request = requestOf(frame);
    await this.ledger.recordFrame(exchange, frame, 'client_to_server', request);
    try {
      // Decided like the caller's own tools/list: a caller the policy keeps from listing
      // gets nothing read upstream on its behalf.
      const verdict = await this.ledger.requestStages(exchange, frame, listCall);
      if (verdict.action === 'deny') {
        await this.ledger.end(exchange, 'exchange_complete');
        return null;
      }
      const reply = await call.upstream.send({
        upstreamSessionId: null,
        protocolVersion: call.meta.protocolVersion,
        headers: { ...LIST_HEADERS, ...(await call.credentials(exchange.id)) },
        body: frame.text,
        signal: call.signal,
        auditSessionId: exchange.id,
      });
      const answer = await firstAnswer(reply, this.limits);
      if (!answer) return null;
      // The list as the caller sees it: a tool hidden from it declares nothing it may learn of.
      const seen = (await this.ledger.responseStages(exchange, request, answer, listCall)) ?? answer;
      await this.ledger.recordFinalAnswer(exchange, seen, request, 'exchange_complete');
      return seen;
    } finally {
      await this.ledger.end(exchange, call.signal.aborted ? 'client_disconnect' : 'error');
    }
  }
}

function carriesParamHeaders(headers: Record<string, unknown>): boolean {
  for (const name in headers) if (name.startsWith('mcp-param-')) return true;
  return false;
}

/** The per-request envelope (`io.modelcontextprotocol/*` keys of `_meta`) a call travels with. */
function envelopeOf(params: unknown): Record<string, unknown> {
  const meta = isPlainObject(params) && isPlainObject(params._meta) ? params._meta : {};
  return Object.fromEntries(Object.entries(meta).filter(([key]) => key.startsWith(ENVELOPE_PREFIX)));
}
