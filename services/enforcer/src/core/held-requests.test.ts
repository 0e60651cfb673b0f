import { describe, expect, it } from 'vitest';
import { AccessEndedError, endReasonOf, HeldRequests } from './stages';

describe('held requests cut by the end of their access', () => {
  it('a request cut because its access ended ends access_revoked; one whose client left ends client_disconnect', () => {
    const held = new HeldRequests();
    const client = new AbortController();
    const cut = held.track('exchange-1', '1', client.signal);
    const other = held.track('exchange-2', '1', new AbortController().signal);
    held.cancelSession('exchange-1', 'access grant grt_1 revoked');
    expect(cut.signal.reason).toBeInstanceOf(AccessEndedError);
    expect((cut.signal.reason as Error).message).toBe('access grant grt_1 revoked');
    expect(endReasonOf(cut.signal, 'client_disconnect')).toBe('access_revoked');
    expect(other.signal.aborted).toBe(false);
    expect(endReasonOf(other.signal, 'exchange_complete')).toBe('exchange_complete');

    const left = new AbortController();
    const gone = held.track('exchange-3', '2', left.signal);
    left.abort(new Error('the client went away'));
    expect(endReasonOf(gone.signal, 'client_disconnect')).toBe('client_disconnect');
  });
});
