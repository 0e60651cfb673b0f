import {
  SessionCapError,
  type SessionPatch,
  type SessionPhase,
  type SessionRecord,
  type SessionStore,
} from './port';

/** The session store of a single gateway: plain records in a Map. */
export class MemorySessionStore implements SessionStore {
  private readonly records = new Map<string, SessionRecord>();
  private readonly nextSeq = new Map<string, number>();
  private readonly perIdentity = new Map<string, number>();
  /** One process, one gateway: its mailbox listeners by gatewayId. */
  private readonly mailboxes = new Map<string, Set<(message: string) => void>>();

  async create(record: SessionRecord, limits: { maxPerIdentity: number }): Promise<void> {
    const count = this.perIdentity.get(record.identityKey) ?? 0;
    if (count >= limits.maxPerIdentity) throw new SessionCapError(limits.maxPerIdentity);
    this.records.set(record.id, { ...record });
    this.perIdentity.set(record.identityKey, count + 1);
  }

  async get(id: string): Promise<SessionRecord | null> {
    const record = this.records.get(id);
    return record ? { ...record } : null;
  }

  async update(
    id: string,
    patch: SessionPatch,
    ifPhaseIn?: readonly SessionPhase[],
  ): Promise<SessionRecord | null> {
    const record = this.records.get(id);
    if (!record || (ifPhaseIn && !ifPhaseIn.includes(record.phase))) return null;
    Object.assign(record, patch);
    return { ...record };
  }

  async touch(id: string, now: number): Promise<void> {
    const record = this.records.get(id);
    if (record) record.lastActive = now;
  }

  async remove(id: string): Promise<void> {
    const record = this.records.get(id);
    if (!record) return;
    this.records.delete(id);
    this.nextSeq.delete(id);
    const count = (this.perIdentity.get(record.identityKey) ?? 1) - 1;
    if (count <= 0) this.perIdentity.delete(record.identityKey);
    else this.perIdentity.set(record.identityKey, count);
  }

  async listIdle(before: number, limit: number): Promise<SessionRecord[]> {
    const idle: SessionRecord[] = [];
    for (const record of this.records.values()) {
      if (idle.length >= limit) break;
      if (record.lastActive < before) idle.push({ ...record });
    }
    return idle;
  }

  async countFor(identityKey: string): Promise<number> {
    return this.perIdentity.get(identityKey) ?? 0;
  }

  reserveSeq(id: string, count: number): number {
    const first = this.nextSeq.get(id) ?? 0;
    this.nextSeq.set(id, first + count);
    return first;
  }

  releaseSeq(id: string, first: number, count: number): boolean {
    if ((this.nextSeq.get(id) ?? 0) !== first + count) return false;
    this.nextSeq.set(id, first);
    return true;
  }

  async sendToGateway(gatewayId: string, message: string): Promise<number> {
    const listeners = [...(this.mailboxes.get(gatewayId) ?? [])];
    for (const listener of listeners) listener(message);
    return listeners.length > 0 ? 1 : 0;
  }

  async receiveAsGateway(gatewayId: string, onMessage: (message: string) => void): Promise<() => void> {
    const listeners = this.mailboxes.get(gatewayId) ?? new Set();
    listeners.add(onMessage);
    this.mailboxes.set(gatewayId, listeners);
    return () => listeners.delete(onMessage);
  }

  /** Open sessions, for tests and shutdown. */
  get size(): number {
    return this.records.size;
  }

  async close(): Promise<void> {}
}
