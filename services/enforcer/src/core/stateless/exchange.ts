import type { FrameDirection, Identity } from '@proctor/events';
import type { AuditSubject, EventContent, SeqSource } from '../audit-emitter';
import { ClearFrameBody } from '../frame-events';
import type { JsonRpcFrame } from '../json-rpc';

/**
 * One stateless-era exchange: the audit unit of 2026-07-28 traffic. It is a request, every
 * round of its multi-round-trip, its stream notifications and its final answer; its id is
 * the audit session id. Its `seq` counter lives here for the round being served and travels
 * inside the sealed requestState between rounds, so no gateway needs to hold it.
 */
export class Exchange implements SeqSource {
  readonly subject: AuditSubject;
  private next: number;
  ended = false;
  /**
   * The session_started of a new exchange, not yet recorded: it leaves with the exchange's
   * first record (its request frame), in the same append, so opening costs no append of its own.
   */
  unrecordedStart: EventContent | null = null;

  constructor(
    fields: {
      id: string;
      identity: Identity;
      connection: string;
      sourceIp: string | null;
      userAgent: string | null;
      protocolVersion: string;
      traceId: string | null;
    },
    readonly round: number,
    firstSeq: number,
  ) {
    this.next = firstSeq;
    this.subject = {
      sessionId: fields.id,
      identity: fields.identity,
      sourceIp: fields.sourceIp,
      userAgent: fields.userAgent,
      connection: fields.connection,
      era: 'stateless',
      protocolVersion: fields.protocolVersion,
      traceId: fields.traceId,
      seqs: this,
    };
  }

  get id(): string {
    return this.subject.sessionId;
  }

  /** The seq the exchange's next event will get: sealed into requestState between rounds. */
  get nextSeq(): number {
    return this.next;
  }

  reserveSeq(_id: string, count: number): number {
    const first = this.next;
    this.next += count;
    return first;
  }

  releaseSeq(_id: string, first: number, count: number): boolean {
    if (this.next !== first + count) return false;
    this.next = first;
    return true;
  }
}

/** What a frame's request was, so a response names the method and tool it answers. */
export interface FrameRequest {
  method: string | null;
  toolName: string | null;
  resourceUri: string | null;
  promptName: string | null;
}

export function requestOf(frame: JsonRpcFrame): FrameRequest {
  const params = (frame.message.params ?? {}) as Record<string, unknown>;
  const method = frame.method;
  return {
    method,
    toolName: frame.toolName,
    resourceUri: method?.startsWith('resources/') && typeof params.uri === 'string' ? params.uri : null,
    promptName: method === 'prompts/get' && typeof params.name === 'string' ? params.name : null,
  };
}

/** The audit `frame` event for one message of an exchange round. */
export function frameContent(
  frame: JsonRpcFrame,
  direction: FrameDirection,
  round: number,
  request: FrameRequest,
): EventContent {
  const ownRequest = frame.kind === 'request' || frame.kind === 'response' || frame.kind === 'error';
  const about = ownRequest ? request : { ...request, method: frame.method, toolName: frame.toolName };
  const body = new ClearFrameBody(
    direction,
    frame.kind,
    about.method,
    frame.idJson,
    about.toolName,
    frame.text,
  );
  body.round = round;
  body.resourceUri = about.resourceUri;
  body.promptName = about.promptName;
  return { type: 'frame', body };
}
