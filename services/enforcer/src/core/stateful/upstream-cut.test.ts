import { describe, expect, it } from 'vitest';
import { UpstreamCut } from './upstream-cut';

function listener() {
  const heard = { count: 0, handleEvent: () => heard.count++ };
  return heard;
}

describe('UpstreamCut', () => {
  it('aborts the call when the client signal it listens to aborts, each listener once', () => {
    const client = new AbortController();
    const cut = new UpstreamCut();
    client.signal.addEventListener('abort', cut, { once: true });
    const first = listener();
    const second = listener();
    cut.addEventListener('abort', first, { once: true });
    cut.addEventListener('abort', second, { once: true });
    client.abort();
    cut.abort();
    expect(cut.aborted).toBe(true);
    expect([first.count, second.count]).toEqual([1, 1]);
  });

  it('calls no listener that was removed', () => {
    const cut = new UpstreamCut();
    const gone = listener();
    const kept = listener();
    cut.addEventListener('abort', gone, { once: true });
    cut.addEventListener('abort', kept, { once: true });
    cut.removeEventListener('abort', gone);
    cut.abort();
    expect([gone.count, kept.count]).toEqual([0, 1]);
  });

  it("hands a stream a controller that aborts the call, and the client's signal no longer does once detached", () => {
    const client = new AbortController();
    const cut = new UpstreamCut();
    client.signal.addEventListener('abort', cut, { once: true });
    const adapter = listener();
    cut.addEventListener('abort', adapter, { once: true });
    // The answer started streaming: the call is detached from the client.
    client.signal.removeEventListener('abort', cut);
    const stream = cut.controller();
    client.abort();
    expect(cut.aborted).toBe(false);
    stream.abort();
    expect(cut.aborted).toBe(true);
    expect(adapter.count).toBe(1);
  });

  it('gives an aborted controller once the call was aborted', () => {
    const cut = new UpstreamCut();
    cut.abort();
    expect(cut.controller().signal.aborted).toBe(true);
  });
});
