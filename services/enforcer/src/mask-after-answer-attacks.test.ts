/**
 * A server that says more about a masked call once it has answered it: a log message on the
 * session's listening stream a moment after the result ("filed the record of …"). Masking
 * notifications only while the call was in flight let it through in clear. Through a real
 * gateway in front of the SDK v1 server, to the SDK v1 client. All data is synthetic.
 */
import { describe, expect, it } from 'vitest';
import { usePolicyFixtureGateway } from './test-fixtures/policy-fixture-gateway';
import { connectRecordingClient } from './test-fixtures/recording-client';
import { waitUntil } from './test-fixtures/wait-until';

const SSN = '900-12-3456';
const MAIL = 'avery.quinn@example.com';

const POLICY = `
version: 1
defaults: { fixture: allow }
rules:
  - id: mask-intake
    match: { tools: intake_file }
    action: mask
`;

describe('what a server says after a masked answer', () => {
  const setup = usePolicyFixtureGateway(POLICY, (server) => {
    server.registerTool('intake_file', { description: 'Files a record, then logs it' }, async (extra) => {
      setTimeout(() => {
        void server.sendLoggingMessage(
          { level: 'info', data: `filed the record of SSN ${SSN}, mail ${MAIL}` },
          extra.sessionId,
        );
      }, 100);
      return { content: [{ type: 'text', text: 'filing' }] };
    });
  });

  it('attack: a log message sent on the listening stream after the masked result is masked too', async () => {
    const recording = await connectRecordingClient(`${setup.gateway.base}/mcp/fixture`, {
      headers: { authorization: 'Bearer good' },
    });
    try {
      await recording.client.callTool({ name: 'intake_file', arguments: {} });
      const logged = () =>
        recording.notifications.filter(
          (n) => n.method === 'notifications/message' && JSON.stringify(n.params).includes('filed'),
        );
      await waitUntil(() => logged().length > 0, 'the log message after the result', 10_000);
      expect(JSON.stringify(logged())).not.toContain(SSN);
      expect(JSON.stringify(logged())).not.toContain(MAIL);
      expect(logged()[0]?.params).toMatchObject({ level: 'info' });
    } finally {
      await recording.client.close();
    }
  });
});
