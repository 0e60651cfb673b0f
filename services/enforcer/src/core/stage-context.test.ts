import { describe, expect, it } from 'vitest';
import { ClientCut } from './client-cut';
import { frameOf } from './json-rpc';
import { LazySignalStageContext } from './stages';
import { callWithFrame, type StatelessCall } from './stateless/exchange-ledger';

/** A signal source that counts how often its signal is read. */
function countingSource() {
  const cut = new ClientCut();
  const source = {
    reads: 0,
    get signal() {
      source.reads++;
      return cut.signal;
    },
  };
  return { cut, source };
}

describe('a stage context made per request', () => {
  it('reads its source signal only when a stage reads it, and follows it', () => {
    const { cut, source } = countingSource();
    const emit = async () => undefined;
    const ctx = new LazySignalStageContext(source, emit);
    expect(source.reads).toBe(0);
    expect(ctx.emit).toBe(emit);
    expect(ctx.notify).toBeUndefined();
    expect(ctx.deferAsTask).toBeUndefined();
    const signal = ctx.signal;
    expect(source.reads).toBe(1);
    expect(signal.aborted).toBe(false);
    cut.abort(new Error('the client went away'));
    expect(ctx.signal).toBe(signal);
    expect((signal.reason as Error).message).toBe('the client went away');
  });
});

/** A call whose signal is a getter of its class, as the route and the stateless era make them. */
class CallWithGetter {
  constructor(
    private readonly source: { readonly signal: AbortSignal },
    readonly frame: StatelessCall['frame'],
    readonly connection = 'conn',
  ) {}

  get signal(): AbortSignal {
    return this.source.signal;
  }
}

describe('a stateless call with another frame', () => {
  const first = frameOf({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'a' } });
  const second = frameOf({ jsonrpc: '2.0', id: 'x', method: 'tools/list', params: {} });

  it("keeps a class's signal getter, read only when asked, and every other field", () => {
    const { cut, source } = countingSource();
    const call = new CallWithGetter(source, first) as unknown as StatelessCall;
    const copy = callWithFrame(call, second);
    expect(source.reads).toBe(0);
    expect(copy.frame).toBe(second);
    expect(call.frame).toBe(first);
    expect(copy.connection).toBe('conn');
    cut.abort(new Error('gone'));
    expect(copy.signal.aborted).toBe(true);
    expect(copy.signal).toBe(call.signal);
  });

  it("copies a plain object's fields, its signal included, as a spread does", () => {
    const client = new AbortController();
    const call = { connection: 'conn', frame: first, signal: client.signal } as unknown as StatelessCall;
    const copy = callWithFrame(call, second);
    expect(copy).toEqual({ connection: 'conn', frame: second, signal: client.signal });
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
  });
});
