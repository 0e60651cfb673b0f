import type { EventLogHealth, EventLogProducer, LogRecord } from '@proctor/event-log';
import type { Identity } from '@proctor/events';
import type { IdentityVerifier } from './http/authenticate';

/** An in-memory event log for unit tests; `failing` makes every append reject, and health() says so. */
export class MemoryEventLog implements EventLogProducer {
  readonly records: { topic: string; record: LogRecord }[] = [];
  failing = false;

  async append(topic: string, records: LogRecord[]): Promise<void> {
    if (this.failing)
      throw Object.assign(new Error('event log unavailable'), { code: 'EVENT_LOG_UNAVAILABLE' });
    for (const record of records) this.records.push({ topic, record });
  }

  health(): EventLogHealth {
    return this.failing
      ? { ok: false, detail: 'appends failing' }
      : { ok: true, detail: 'accepting appends' };
  }

  async close(): Promise<void> {}
}

export const TEST_IDENTITY: Identity = {
  subject: 'tester@example.com',
  issuer: 'urn:test',
  groups: ['qa'],
  ci: null,
};

/** Accepts `Bearer good` (and `Bearer other` as a second subject); everything else is 401. */
export const testVerifier: IdentityVerifier = {
  async verify(authorization) {
    if (authorization === 'Bearer good') return TEST_IDENTITY;
    if (authorization === 'Bearer other') return { ...TEST_IDENTITY, subject: 'someone-else@example.com' };
    throw Object.assign(new Error(authorization ? 'the token is not valid' : 'a bearer token is required'), {
      httpStatus: 401,
      code: authorization ? 'TOKEN_INVALID' : 'TOKEN_MISSING',
    });
  },
};
