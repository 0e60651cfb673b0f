import { describe, expect, it } from 'vitest';
import { ClientCut } from './client-cut';
import { AccessEndedError, endReasonOf } from './stages';
import { UpstreamCut } from './stateful/upstream-cut';

describe('ClientCut', () => {
  it('aborts the listeners it holds when no signal was made, and makes the signal aborted with the reason later', () => {
    const gone = new ClientCut();
    const upstream = new UpstreamCut();
    gone.addEventListener('abort', upstream, { once: true });
    gone.abort(new AccessEndedError('access grant grt_1 revoked'));
    expect(gone.aborted).toBe(true);
    expect(upstream.aborted).toBe(true);
    expect(gone.signal.aborted).toBe(true);
    expect(endReasonOf(gone.signal, 'client_disconnect')).toBe('access_revoked');
  });

  it('moves its listeners onto the signal when the signal is read first', () => {
    const gone = new ClientCut();
    const upstream = new UpstreamCut();
    const removed = new UpstreamCut();
    gone.addEventListener('abort', upstream, { once: true });
    gone.addEventListener('abort', removed, { once: true });
    gone.removeEventListener('abort', removed);
    const signal = gone.signal;
    expect(signal.aborted).toBe(false);
    gone.abort();
    expect(signal.aborted).toBe(true);
    expect(gone.aborted).toBe(true);
    expect(upstream.aborted).toBe(true);
    expect(removed.aborted).toBe(false);
  });

  it('stops calling a listener removed after the signal was made, and keeps one signal', () => {
    const gone = new ClientCut();
    const first = gone.signal;
    const upstream = new UpstreamCut();
    gone.addEventListener('abort', upstream, { once: true });
    gone.removeEventListener('abort', upstream);
    gone.abort();
    expect(gone.signal).toBe(first);
    expect(first.aborted).toBe(true);
    expect(upstream.aborted).toBe(false);
  });

  it('is not aborted until the call is', () => {
    const gone = new ClientCut();
    expect(gone.aborted).toBe(false);
    expect(gone.signal.aborted).toBe(false);
  });
});
