/**
 * A mask rule covers everything a masked call's input requests show the user or the model, not
 * only their message: an elicitation form's schema (titles, descriptions, defaults, choices),
 * a URL-mode elicitation's URL, a sampling request's tool descriptions and metadata; and every
 * notification sent while it runs, a server's own methods included, not only progress and log. Through a
 * real gateway in front of the SDK v1 server, to the SDK v1 client. All data is synthetic.
 */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { describe, expect, it } from 'vitest';
import { usePolicyFixtureGateway } from './test-fixtures/policy-fixture-gateway';
import { connectRecordingClient } from './test-fixtures/recording-client';

const SSN = '900-12-3456';
const MAIL = 'avery.quinn@example.com';

const POLICY = `
version: 1
defaults: { fixture: allow }
rules:
  - id: mask-intake
    match: { tools: [intake_form, intake_url, intake_sample, intake_notes] }
    action: mask
`;

/** Tools that put synthetic identifiers where an input request shows them, beside its message. */
function registerIntake(server: McpServer): void {
  server.registerTool('intake_form', { description: 'Asks to confirm a record' }, async (extra) => {
    const answer = await server.server.elicitInput(
      {
        mode: 'form',
        message: 'Confirm the record',
        requestedSchema: {
          type: 'object',
          properties: {
            ssn: { type: 'string', title: `SSN ${SSN}`, description: `on file: ${SSN}`, default: SSN },
            contact: { type: 'string', enum: [MAIL, 'none'] },
          },
          required: ['ssn'],
        },
      },
      { relatedRequestId: extra.requestId },
    );
    return { content: [{ type: 'text', text: `form ${answer.action}` }] };
  });
  server.registerTool('intake_url', { description: 'Asks to open a page' }, async (extra) => {
    const answer = await server.server.elicitInput(
      {
        mode: 'url',
        message: 'Open the consent page',
        url: `https://ehr.example/consent?ssn=${SSN}&mail=${MAIL}`,
        elicitationId: 'consent-1',
      },
      { relatedRequestId: extra.requestId },
    );
    return { content: [{ type: 'text', text: `url ${answer.action}` }] };
  });
  server.registerTool('intake_notes', { description: 'Reports its notes as it goes' }, async (extra) => {
    // A server's own notification method: no schema says what it carries.
    await extra.sendNotification({
      method: 'notifications/ehr/note',
      params: { requestId: extra.requestId, note: `verified SSN ${SSN} by mail ${MAIL}` },
    } as never);
    return { content: [{ type: 'text', text: 'noted' }] };
  });
  server.registerTool('intake_sample', { description: 'Asks the model' }, async (extra) => {
    const answer = await server.server.createMessage(
      {
        messages: [{ role: 'user', content: { type: 'text', text: 'Summarise the record' } }],
        maxTokens: 50,
        metadata: { ssn: SSN, mail: MAIL },
        tools: [
          {
            name: 'lookup',
            description: `looks up ${MAIL}, SSN ${SSN}`,
            inputSchema: { type: 'object', properties: {} },
          },
        ],
      },
      { relatedRequestId: extra.requestId },
    );
    return { content: [{ type: 'text', text: `sampled ${answer.stopReason}` }] };
  });
}

describe('masking what input requests show', () => {
  const setup = usePolicyFixtureGateway(POLICY, registerIntake);

  it('masks the schema of a form, the URL of a page and the tools and metadata of a sampling request', async () => {
    const recording = await connectRecordingClient(`${setup.gateway.base}/mcp/fixture`, {
      headers: { authorization: 'Bearer good' },
    });
    try {
      for (const name of ['intake_form', 'intake_url', 'intake_sample']) {
        await recording.client.callTool({ name, arguments: {} }).catch(() => undefined);
      }
      const asked = recording.received.filter(
        (m) => 'method' in m && (m.method === 'elicitation/create' || m.method === 'sampling/createMessage'),
      );
      expect(asked.map((m) => ('method' in m ? m.method : ''))).toEqual([
        'elicitation/create',
        'elicitation/create',
        'sampling/createMessage',
      ]);
      const shown = JSON.stringify(asked);
      expect(shown).not.toContain(SSN);
      expect(shown).not.toContain(MAIL);
      // What the client needs to answer stays: the form's fields and types, the page's id, the model's tools.
      expect(asked[0]).toMatchObject({
        params: {
          requestedSchema: { type: 'object', properties: { ssn: { type: 'string' } }, required: ['ssn'] },
        },
      });
      expect(asked[1]).toMatchObject({ params: { mode: 'url', elicitationId: 'consent-1' } });
      expect(asked[2]).toMatchObject({ params: { maxTokens: 50, tools: [{ name: 'lookup' }] } });
    } finally {
      await recording.client.close();
    }
  });

  it("masks a notification of the server's own method sent while a masked call runs, keeping its request id", async () => {
    const recording = await connectRecordingClient(`${setup.gateway.base}/mcp/fixture`, {
      headers: { authorization: 'Bearer good' },
    });
    try {
      await recording.client.callTool({ name: 'intake_notes', arguments: {} });
      const notes = recording.notifications.filter((n) => n.method === 'notifications/ehr/note');
      expect(notes).toHaveLength(1);
      expect(JSON.stringify(notes)).not.toContain(SSN);
      expect(JSON.stringify(notes)).not.toContain(MAIL);
      expect(notes[0]?.params).toMatchObject({
        requestId: expect.anything(),
        note: expect.stringContaining('verified'),
      });
    } finally {
      await recording.client.close();
    }
  });
});
