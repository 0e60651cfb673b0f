import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { describe, expect, it } from 'vitest';
import { MemoryEventStore } from './memory-event-store';

function note(n: number): JSONRPCMessage {
  return { jsonrpc: '2.0', method: 'notifications/progress', params: { progressToken: 't', progress: n } };
}

describe('MemoryEventStore', () => {
  it('replays only the later events of the same stream', async () => {
    const store = new MemoryEventStore();
    const first = await store.storeEvent('stream-a', note(1));
    await store.storeEvent('stream-b', note(100));
    const second = await store.storeEvent('stream-a', note(2));
    const third = await store.storeEvent('stream-a', note(3));

    const replayed: Array<[string, JSONRPCMessage]> = [];
    const streamId = await store.replayEventsAfter(first, {
      send: async (id, message) => {
        replayed.push([id, message]);
      },
    });
    expect(streamId).toBe('stream-a');
    expect(replayed).toEqual([
      [second, note(2)],
      [third, note(3)],
    ]);
  });

  it('replays nothing for an unknown or evicted event id', async () => {
    const store = new MemoryEventStore(2);
    const evicted = await store.storeEvent('s', note(1));
    await store.storeEvent('s', note(2));
    await store.storeEvent('s', note(3));
    const sent: string[] = [];
    const send = async (id: string) => {
      sent.push(id);
    };
    expect(await store.replayEventsAfter(evicted, { send })).toBe('');
    expect(await store.replayEventsAfter('nope', { send })).toBe('');
    expect(sent).toEqual([]);
  });
});
