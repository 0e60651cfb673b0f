import { parseArgs } from 'node:util';
import { API_OPTIONS, API_OPTIONS_HELP, apiClient, apiFailure, parseDuration, printer } from './api-client';
import { COMMON_OPTIONS } from './args';
import { loadCliConfig } from './config-file';

const USAGE = `proctor access request --connection NAME --duration 1h --reason TEXT
proctor access break-glass --connection NAME --duration 15m --reason TEXT
proctor access list [--connection NAME] [--subject SUBJECT]
proctor access revoke GRANT_ID --reason TEXT

  Time-boxed access to a connection. A request waits for the connection's approvers
  (see 'proctor approvals'); break-glass is for the configured emergency group only,
  takes effect at once and is flagged for review (HIPAA 164.312(a)(2)(ii)).

${API_OPTIONS_HELP}
`;

interface GrantView {
  id: string;
  grantee: { subject: string };
  connection: string;
  expiresAt: string;
  breakGlass: boolean;
  revokedAt: string | null;
}

export async function runAccess(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      ...COMMON_OPTIONS,
      ...API_OPTIONS,
      connection: { type: 'string' },
      duration: { type: 'string' },
      reason: { type: 'string' },
      subject: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  const [verb, id] = positionals;
  if (values.help || verb === undefined) {
    process.stdout.write(USAGE);
    return values.help ? 0 : 2;
  }
  const usage = (message: string) => {
    process.stderr.write(`proctor access: ${message}\n\n${USAGE}`);
    return 2;
  };
  const config = await loadCliConfig(values.config);
  const api = apiClient(config, values);
  const print = printer(values.json);
  try {
    switch (verb) {
      case 'request':
      case 'break-glass': {
        if (!values.connection) return usage('--connection is required');
        const seconds = values.duration === undefined ? null : parseDuration(values.duration);
        if (seconds === null) return usage('--duration is required, e.g. 15m or 1h');
        if (!values.reason?.trim()) return usage('--reason is required');
        const path = verb === 'request' ? '/v1/access/requests' : '/v1/access/break-glass';
        const result = (await api.call('POST', path, {
          connection: values.connection,
          durationSeconds: seconds,
          reason: values.reason,
        })) as { id: string; state?: string; expiresAt: string };
        print(result, () =>
          verb === 'request'
            ? `${result.id}: waiting for approval (proctor approvals show ${result.id})`
            : `${result.id}: break-glass access until ${result.expiresAt}, flagged for review`,
        );
        return 0;
      }
      case 'list': {
        const query = new URLSearchParams();
        if (values.connection) query.set('connection', values.connection);
        if (values.subject) query.set('subject', values.subject);
        const suffix = query.size > 0 ? `?${query}` : '';
        const result = (await api.call('GET', `/v1/access/grants${suffix}`)) as { grants: GrantView[] };
        print(result, () => result.grants.map(grantLine).join('\n') || '(no grants)');
        return 0;
      }
      case 'revoke': {
        if (id === undefined || positionals.length !== 2) return usage('revoke takes one grant id');
        if (!values.reason?.trim()) return usage('--reason is required');
        const result = (await api.call('POST', `/v1/access/grants/${encodeURIComponent(id)}/revoke`, {
          reason: values.reason,
        })) as GrantView;
        print(result, () => `${result.id}: revoked at ${result.revokedAt}`);
        return 0;
      }
      default:
        return usage(`unknown subcommand "${verb}"`);
    }
  } catch (err) {
    return apiFailure(`access ${verb}`, err);
  }
}

function grantLine(grant: GrantView): string {
  const state = grant.revokedAt ? `revoked ${grant.revokedAt}` : `until ${grant.expiresAt}`;
  return `${grant.id}  ${grant.grantee.subject}  ${grant.connection}  ${state}${grant.breakGlass ? '  BREAK-GLASS' : ''}`;
}
