import type { EventStore } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';

interface StoredEvent {
  id: string;
  streamId: string;
  message: JSONRPCMessage;
}

/**
 * Keeps recent SSE events so a client can resume a broken stream with Last-Event-ID. Ids are
 * `<streamId>:<counter>`, so the stream of any id is known without a lookup table.
 */
export class MemoryEventStore implements EventStore {
  private readonly streams = new Map<string, StoredEvent[]>();
  private counter = 0;

  constructor(private readonly maxEventsPerStream = 1000) {}

  async storeEvent(streamId: string, message: JSONRPCMessage): Promise<string> {
    this.counter += 1;
    const event = { id: `${streamId}:${this.counter}`, streamId, message };
    const events = this.streams.get(streamId) ?? [];
    events.push(event);
    if (events.length > this.maxEventsPerStream) events.shift();
    this.streams.set(streamId, events);
    return event.id;
  }

  async getStreamIdForEventId(eventId: string): Promise<string | undefined> {
    const colon = eventId.lastIndexOf(':');
    return colon === -1 ? undefined : eventId.slice(0, colon);
  }

  async replayEventsAfter(
    lastEventId: string,
    { send }: { send: (eventId: string, message: JSONRPCMessage) => Promise<void> },
  ): Promise<string> {
    const streamId = (await this.getStreamIdForEventId(lastEventId)) ?? '';
    const events = this.streams.get(streamId) ?? [];
    const index = events.findIndex((e) => e.id === lastEventId);
    if (index === -1) return '';
    for (const event of events.slice(index + 1)) await send(event.id, event.message);
    return streamId;
  }
}
