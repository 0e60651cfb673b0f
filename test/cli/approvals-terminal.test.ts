/**
 * `proctor approvals list` prints what callers sent (the tool name of a held call, the requester's
 * subject) on the approver's terminal: escape sequences in them must not clear the screen,
 * rewrite a line into a fake approval or hide text behind a bidirectional override.
 */
import type { AddressInfo } from 'node:net';
import { registerApprovalRoutes } from '@proctor/approvals';
import type { Identity } from '@proctor/events';
import { maskString } from '@proctor/masking';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryDecisionBus } from '../../packages/approvals/src/decision-bus';
import { createMemoryApprovalStore } from '../../packages/approvals/src/memory-store';
import { APPROVERS, heldCall, person, raisedRequest, world } from '../../packages/approvals/src/testing';
import { runProctor } from '../harness/proctor-cli';

const lead = person('lead@example.com', ['approvers']);
const app = Fastify();
let url = '';

/** A tool name that clears the screen, returns to the line start and prints a fake approved line, with a link and a bidi override. */
const TOOL =
  'export_chart\u001b[2J\r\u001b[Kapr_x  approved\u001b]8;;https://evil.example/\u0007open\u001b]8;;\u0007\u202efdp.\u009b31m';

beforeAll(async () => {
  const w = world(createMemoryApprovalStore(), createMemoryDecisionBus());
  w.clock.now = Date.now();
  await raisedRequest(w, heldCall({ toolName: TOOL, approvers: APPROVERS }));
  registerApprovalRoutes(app, {
    approvals: w.approvals,
    grants: w.grants,
    auditorGroups: [],
    maskText: maskString,
    async authenticate(req) {
      if (req.headers.authorization !== 'Bearer lead')
        throw Object.assign(new Error('invalid token \u001b[2J'), { httpStatus: 401, code: 'UNAUTHORIZED' });
      return lead as Identity;
    },
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});

afterAll(() => app.close());

/** Control characters a terminal acts on (all but the line feed ending each line), and bidi overrides. */
const controlsIn = (text: string) =>
  [...text].filter((c) => {
    const code = c.codePointAt(0) ?? 0;
    return (
      (code < 0x20 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f) || (code >= 0x202a && code <= 0x202e)
    );
  });

describe('proctor approvals list on a terminal', () => {
  it("shows a held call's escape sequences as text, never sends them to the terminal", async () => {
    const out = await runProctor(['approvals', 'list', '--url', url, '--token', 'lead']);
    expect(out.code).toBe(0);
    expect(controlsIn(out.stdout)).toEqual([]);
    expect(out.stdout).toContain('export_chart\\u{1b}[2J\\u{d}\\u{1b}[Kapr_x  approved');
    // One request, one line.
    expect(out.stdout.trim().split('\n')).toHaveLength(1);
    // --json is for programs: the exact answer, control characters escaped by JSON.
    const json = await runProctor(['approvals', 'list', '--url', url, '--token', 'lead', '--json']);
    expect(JSON.parse(json.stdout).approvals[0].tool).toBe(TOOL);
  });

  it("shows an API error's escape sequences as text", async () => {
    const out = await runProctor(['approvals', 'list', '--url', url, '--token', 'forged']);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('invalid token \\u{1b}[2J');
    expect(controlsIn(out.stderr)).toEqual([]);
  });
});
