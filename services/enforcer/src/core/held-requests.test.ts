import { describe, expect, it } from 'vitest';
import { AccessEndedError, endReasonOf, HeldRequests } from './stages';

describe('held requests cut by the end of their access', () => {
  it('a request cut because its access ended ends access_revoked; one whose client left ends client_disconnect', () => {
    const held = new HeldRequests();
    const client = new AbortController();
    const cut = held.track('exchange-1', '1', client);
    const other = held.track('exchange-2', '1', new AbortController());
    held.cancelSession('exchange-1', 'access grant grt_1 revoked');
    expect(cut.signal.reason).toBeInstanceOf(AccessEndedError);
    expect((cut.signal.reason as Error).message).toBe('access grant grt_1 revoked');
    expect(endReasonOf(cut.signal, 'client_disconnect')).toBe('access_revoked');
    expect(other.signal.aborted).toBe(false);
    expect(endReasonOf(other.signal, 'exchange_complete')).toBe('exchange_complete');

    const left = new AbortController();
    const gone = held.track('exchange-3', '2', left);
    left.abort(new Error('the client went away'));
    expect(endReasonOf(gone.signal, 'client_disconnect')).toBe('client_disconnect');
  });
});

describe('held request signals', () => {
  const cancel = (requestId: number) => ({ method: 'notifications/cancelled', params: { requestId } });

  it('follow the caller, whether it goes away before or after the signal is first read', () => {
    const held = new HeldRequests();
    const early = new AbortController();
    const before = held.track('s', '1', early);
    const read = before.signal;
    early.abort(new Error('gone'));
    expect(read.aborted).toBe(true);
    expect((read.reason as Error).message).toBe('gone');

    const late = new AbortController();
    const after = held.track('s', '2', late);
    late.abort(new Error('gone later'));
    expect((after.signal.reason as Error).message).toBe('gone later');
  });

  it('abort on a cancellation of their request, read before or after it; released ones are forgotten', () => {
    const held = new HeldRequests();
    const caller = new AbortController();
    const unread = held.track('s', '1', caller);
    expect(held.cancelled('s', cancel(1))).toBe(true);
    expect(unread.signal.aborted).toBe(true);

    const read = held.track('s', '2', caller);
    const signal = read.signal;
    expect(held.cancelled('s', cancel(2))).toBe(true);
    expect((signal.reason as Error).message).toBe('the client cancelled the call');

    const client = new AbortController();
    const released = held.track('s', '3', client);
    const kept = released.signal;
    released.release();
    expect(held.cancelled('s', cancel(3))).toBe(false);
    client.abort();
    expect(kept.aborted).toBe(false);
  });

  it('that own their caller signal abort it on a cancellation or an access end, and make no signal of their own', () => {
    const held = new HeldRequests();
    const call = new AbortController();
    const own = held.track('s', '1', call, (reason) => call.abort(reason));
    expect(own.signal).toBe(call.signal);
    expect(held.cancelled('s', cancel(1))).toBe(true);
    expect(call.signal.aborted).toBe(true);
    expect((call.signal.reason as Error).message).toBe('the client cancelled the call');

    const revoked = new AbortController();
    const cut = held.track('x', '1', revoked, (reason) => revoked.abort(reason));
    held.cancelSession('x', 'access grant grt_2 revoked');
    expect(endReasonOf(cut.signal, 'client_disconnect')).toBe('access_revoked');

    const released = new AbortController();
    held.track('y', '1', released, (reason) => released.abort(reason)).release();
    expect(held.cancelled('y', cancel(1))).toBe(false);
    expect(released.signal.aborted).toBe(false);
  });
});
