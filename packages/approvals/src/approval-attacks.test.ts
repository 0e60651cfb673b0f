/**
 * The approval workflow attacked: one person deciding alone through a second identity
 * provider, a decision replayed or raced, a standing approval carried over to a changed
 * policy, an over-long reason, forged messages on the Redis decision bus, and a held call whose
 * tool name and arguments are written to be read as Slack markup by the approvers.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { redisUrl, uniqueName } from '../../../test/harness';
import { createMemoryDecisionBus, createRedisDecisionBus } from './decision-bus';
import { createMemoryApprovalStore } from './memory-store';
import { slackMessage } from './notifier';
import { createRedisApprovalStore } from './redis-store';
import { APPROVERS, heldCall, person, raisedRequest, redisConnections, world } from './testing';

const redis = redisConnections(redisUrl());
afterAll(() => redis.quitAll());

const approver = person('lead@example.com', ['approvers']);
/** The same person as `approver`, through a second trusted identity provider. */
const approverElsewhere = {
  ...person('Lead@Example.com', ['approvers']),
  issuer: 'https://idp2.example.com',
};

const memoryWorld = () => world(createMemoryApprovalStore(), createMemoryDecisionBus());

async function redisWorlds() {
  const prefix = uniqueName('apr-attack');
  const open = async () =>
    world(
      createRedisApprovalStore({ redis: redis.connect(), prefix }),
      await createRedisDecisionBus({ publisher: redis.connect(), subscriber: redis.connect(), prefix }),
    );
  return { prefix, a: await open(), b: await open() };
}

describe('attacks on approvals', () => {
  it('a requester cannot approve their own request through a second identity provider', async () => {
    const w = memoryWorld();
    const own = await raisedRequest(w, heldCall({ requester: approver }));
    await expect(
      w.approvals.decide(own.id, { decider: approverElsewhere, decision: 'approve', reason: null }),
    ).rejects.toMatchObject({ code: 'SELF_APPROVAL', httpStatus: 403 });
    expect((await w.approvals.get(own.id)).state).toBe('pending');
  });

  it('one person cannot cast two of the N votes through two identity providers', async () => {
    const w = memoryWorld();
    const twoOf = await raisedRequest(w, heldCall({ approvers: { ...APPROVERS, required: 2 } }));
    await w.approvals.decide(twoOf.id, { decider: approver, decision: 'approve', reason: null });
    await expect(
      w.approvals.decide(twoOf.id, { decider: approverElsewhere, decision: 'approve', reason: null }),
    ).rejects.toMatchObject({ code: 'DUPLICATE_APPROVER' });
    expect((await w.approvals.get(twoOf.id)).state).toBe('pending');
  });

  it('a decided request cannot be decided again (a replayed approval changes nothing)', async () => {
    const w = memoryWorld();
    const request = await raisedRequest(w);
    await w.approvals.decide(request.id, { decider: approver, decision: 'deny', reason: 'no' });
    await expect(
      w.approvals.decide(request.id, {
        decider: person('cso@example.com', ['approvers']),
        decision: 'approve',
        reason: null,
      }),
    ).rejects.toMatchObject({ code: 'APPROVAL_ALREADY_DECIDED' });
    expect((await w.approvals.get(request.id)).state).toBe('denied');
  });

  it('two approvers deciding at once through two processes: exactly one decision wins', async () => {
    const { a, b } = await redisWorlds();
    const request = await raisedRequest(a);
    const outcomes = await Promise.allSettled([
      a.approvals.decide(request.id, { decider: approver, decision: 'approve', reason: null }),
      b.approvals.decide(request.id, {
        decider: person('cso@example.com', ['approvers']),
        decision: 'deny',
        reason: 'no',
      }),
    ]);
    const won = outcomes.filter((o) => o.status === 'fulfilled');
    const lost = outcomes.filter((o) => o.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost.map((o) => (o.reason as { code: string }).code)).toEqual(['APPROVAL_ALREADY_DECIDED']);
    const final = await a.approvals.get(request.id);
    expect(final.votes).toHaveLength(1);
    expect(final.state).toBe(final.votes[0]?.decision === 'approve' ? 'approved' : 'denied');
  });

  it('a standing approval does not carry over to a changed policy', async () => {
    const w = memoryWorld();
    const request = await raisedRequest(w);
    await w.approvals.decide(request.id, {
      decider: approver,
      decision: 'approve',
      reason: 'batch',
      standingMs: 600_000,
    });
    expect((await w.approvals.raise(heldCall())).kind).toBe('standing');
    expect((await w.approvals.raise(heldCall({ ruleVersion: 'rules-v2' }))).kind).toBe('raised');
    expect((await w.approvals.raise(heldCall({ rule: 'another-rule' }))).kind).toBe('raised');
  });

  it('a reason over 1000 characters is refused and changes nothing', async () => {
    const w = memoryWorld();
    const request = await raisedRequest(w);
    await expect(
      w.approvals.decide(request.id, { decider: approver, decision: 'approve', reason: 'x'.repeat(1001) }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect((await w.approvals.get(request.id)).votes).toEqual([]);
  });

  it('one person keeps one pending access request per connection, however many they send', async () => {
    const w = memoryWorld();
    const ask = {
      identity: person('dev@example.com'),
      connection: 'ehr',
      durationMs: 3_600_000,
      reason: 'r',
    };
    const first = await w.grants.request(ask);
    for (const identity of [ask.identity, { ...ask.identity, issuer: 'https://idp2.example.com' }]) {
      await expect(w.grants.request({ ...ask, identity })).rejects.toMatchObject({
        code: 'GRANT_REQUEST_PENDING',
        httpStatus: 409,
      });
    }
    expect((await w.approvals.list(['pending'])).map((r) => r.id)).toEqual([first.id]);
    await w.approvals.decide(first.id, { decider: approver, decision: 'deny', reason: 'no' });
    expect((await w.grants.request(ask)).state).toBe('pending');
  });

  it('one person sending many access requests at once still gets one pending request per connection', async () => {
    const { a } = await redisWorlds();
    const ask = {
      identity: person('dev@example.com'),
      connection: 'ehr',
      durationMs: 3_600_000,
      reason: 'r',
    };
    const outcomes = await Promise.allSettled(Array.from({ length: 10 }, () => a.grants.request(ask)));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(
      outcomes.flatMap((o) => (o.status === 'rejected' ? [(o.reason as { code: string }).code] : [])),
    ).toEqual(Array(9).fill('GRANT_REQUEST_PENDING'));
    expect(await a.approvals.list(['pending'])).toHaveLength(1);
  });

  it("one requester's flood of held calls cannot bury the approvers' pending list (nor page them for each)", async () => {
    const { a } = await redisWorlds();
    const flooder = person('bot@example.com');
    const calls = Array.from({ length: 30 }, (_, i) =>
      a.approvals.raise(heldCall({ requester: flooder, arguments: { recordId: `R-${i}` } })),
    );
    const outcomes = await Promise.allSettled(calls);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(20);
    const refusals = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as { code: string }] : []));
    expect(refusals).toHaveLength(10);
    expect(refusals[0]).toMatchObject({ code: 'TOO_MANY_PENDING_APPROVALS', httpStatus: 429 });
    // Someone else's call is still raised, and listed.
    const other = await raisedRequest(a, heldCall({ requester: person('nurse@example.com') }));
    expect((await a.approvals.list(['pending'])).map((r) => r.id)).toContain(other.id);
    expect(await a.approvals.list(['pending'])).toHaveLength(21);
    // Decided requests no longer count.
    const first = (await a.approvals.list(['pending'])).find((r) => r.requester.subject === flooder.subject);
    await a.approvals.decide(first?.id ?? '', { decider: approver, decision: 'deny', reason: 'flood' });
    expect((await a.approvals.raise(heldCall({ requester: flooder }))).kind).toBe('raised');
  });

  it('a forged "approved" message on the Redis bus wakes the waiter, who finds the request still pending', async () => {
    const { prefix, a } = await redisWorlds();
    const request = await raisedRequest(a);
    const heard: string[] = [];
    a.approvals.onChange((m) => heard.push(`${m.kind}:${m.state}`));
    const waiting = a.approvals.wait(request.id, { timeoutMs: 1_000 });
    await redis
      .connect()
      .publish(
        `${prefix}:approval-events`,
        JSON.stringify({ kind: 'approval', id: request.id, state: 'approved' }),
      );
    await expect.poll(() => heard, { timeout: 5_000 }).toEqual(['approval:approved']);
    // The waiter re-read the store on the message and kept waiting; its hold runs out.
    a.clock.now += 1_001;
    expect(await waiting).toEqual({ kind: 'timeout' });
    expect((await a.approvals.get(request.id)).state).toBe('pending');
  });

  it('a forged "revoked" message on the Redis bus ends no session; a real revocation does', async () => {
    const { prefix, a, b } = await redisWorlds();
    a.clock.now = Date.now();
    b.clock.now = a.clock.now;
    const told: string[] = [];
    a.approvals.onChange((m) => {
      if (m.kind === 'grant') told.push(`${m.id}:${m.state}`);
    });
    const breakGlass = (subject: string) =>
      b.grants.breakGlass({
        identity: person(subject, ['emergency']),
        connection: 'ehr',
        durationMs: 600_000,
        reason: 'synthetic emergency',
      });
    const grant = await breakGlass('doc@example.com');
    // A grant really revoked: its message, sent again after the forged ones, is told once they were handled.
    const ended = await breakGlass('nurse@example.com');
    await b.grants.revoke(ended.id, person('cso@example.com'), 'done');
    await expect.poll(() => told.includes(`${ended.id}:revoked`), { timeout: 5_000 }).toBe(true);
    const message = (id: string, subject: string, state: string) =>
      JSON.stringify({ kind: 'grant', id, subject, connection: 'ehr', state });
    const publisher = redis.connect();
    await publisher.publish(`${prefix}:approval-events`, message(grant.id, 'doc@example.com', 'revoked'));
    await publisher.publish(`${prefix}:approval-events`, message(grant.id, 'doc@example.com', 'expired'));
    await publisher.publish(`${prefix}:approval-events`, message(ended.id, 'nurse@example.com', 'revoked'));
    await expect
      .poll(() => told.filter((t) => t === `${ended.id}:revoked`).length, { timeout: 5_000 })
      .toBe(2);
    expect(told.filter((t) => t.startsWith(grant.id))).toEqual([`${grant.id}:granted`]);
    await b.grants.revoke(grant.id, person('cso@example.com'), 'done');
    await expect
      .poll(() => told.filter((t) => t.startsWith(grant.id)), { timeout: 5_000 })
      .toEqual([`${grant.id}:granted`, `${grant.id}:revoked`]);
  });

  it("a held call's tool name, arguments and requester cannot mention everyone, link or break out of code in the approvers' Slack message", async () => {
    const w = memoryWorld();
    const markup = '` <!channel> <https://evil.example/approve|Approved by security> &lt;!here&gt; ```';
    const request = await raisedRequest(
      w,
      heldCall({
        requester: person(`repo:org/app:ref:refs/heads/<!everyone>`),
        toolName: `export_chart${markup}`,
        maskedArguments: { note: `\`\`\`${markup}` },
      }),
    );
    const message = slackMessage(request, 'https://proctor.example.com');
    const texts = JSON.stringify(message.blocks).match(/"text":"(?:[^"\\]|\\.)*"/g) ?? [];
    for (const text of [message.text, ...texts.map((t) => JSON.parse(`{${t}}`).text as string)]) {
      // Slack reads <…> as a mention or a link: the message's own text has none.
      expect(text).not.toMatch(/[<>]/);
    }
    // The code spans are the message's own: two backticks around the call, six around the arguments.
    expect(String(message.text).match(/`/g)).toHaveLength(2);
    expect(JSON.stringify((message.blocks as unknown[])[1]).match(/`/g)).toHaveLength(6);
    // What was sent is still shown, as text.
    expect(message.text).toContain('&lt;!channel&gt;');
    expect(message.text).toContain('&amp;lt;!here&amp;gt;');
    expect(message.text).toContain('export_chart');
    // Escaping cannot grow the arguments past what a Slack section holds (3000 characters).
    const long = slackMessage(
      await raisedRequest(w, heldCall({ maskedArguments: { note: '<'.repeat(5_000) } })),
      null,
    );
    const section = (long.blocks as { text: { text: string } }[])[1]?.text.text ?? '';
    expect(section.length).toBeLessThanOrEqual(3_000);
    expect(section).toMatch(/(&lt;)+`{3}$/);
    // Nor can a tool name or subject of 100,000 characters make Slack refuse the first section.
    const named = slackMessage(
      await raisedRequest(
        w,
        heldCall({ requester: person(`${'<'.repeat(100_000)}@example.com`), toolName: '<'.repeat(100_000) }),
      ),
      null,
    );
    const first = (named.blocks as { text: { text: string } }[])[0]?.text.text ?? '';
    expect(first.length).toBeLessThanOrEqual(3_000);
    expect(first).toMatch(/^Approval needed: (&lt;)+ asks for `tools\/call (&lt;)+` on \*ehr\*/);
  });
});
