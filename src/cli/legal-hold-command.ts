import { parseArgs } from 'node:util';
import { API_OPTIONS, API_OPTIONS_HELP, apiClient, apiFailure, printer } from './api-client';
import { COMMON_OPTIONS } from './args';
import { loadCliConfig } from './config-file';

const USAGE = `proctor legal-hold add (--session ID | --subject SUBJECT) --reason TEXT
proctor legal-hold release (--session ID | --subject SUBJECT) --reason TEXT
proctor legal-hold list

  Legal holds through the Proctor API (auditor groups only). A held session's rows in every
  audit table are exempt from retention until the hold is released. A hold by subject holds
  every session of that subject stored so far (place it again to cover later sessions).
  Each hold and release is recorded with its reason and who placed it.

${API_OPTIONS_HELP}
`;

interface HoldView {
  sessionId: string;
  subject: string;
  reason: string;
  actor: string;
  time: string;
}

export async function runLegalHold(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      ...COMMON_OPTIONS,
      ...API_OPTIONS,
      session: { type: 'string' },
      subject: { type: 'string' },
      reason: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  const [verb] = positionals;
  if (values.help || verb === undefined) {
    process.stdout.write(USAGE);
    return values.help ? 0 : 2;
  }
  const usage = (message: string) => {
    process.stderr.write(`proctor legal-hold: ${message}\n\n${USAGE}`);
    return 2;
  };
  if (positionals.length !== 1) return usage('give one subcommand');
  const config = await loadCliConfig(values.config);
  const api = apiClient(config, values);
  const print = printer(values.json);
  try {
    switch (verb) {
      case 'add':
      case 'release': {
        if ((values.session === undefined) === (values.subject === undefined))
          return usage('give one of --session ID or --subject SUBJECT');
        if (!values.reason?.trim()) return usage('--reason is required');
        const result = (await api.call('POST', '/v1/legal-holds', {
          ...(values.session !== undefined && { sessionId: values.session }),
          ...(values.subject !== undefined && { subject: values.subject }),
          held: verb === 'add',
          reason: values.reason,
        })) as { held: boolean; sessions: string[] };
        print(
          result,
          () =>
            `${result.held ? 'held' : 'released'}: ${result.sessions.length} session(s)\n${result.sessions.join('\n')}`,
        );
        return 0;
      }
      case 'list': {
        const result = (await api.call('GET', '/v1/legal-holds')) as { holds: HoldView[] };
        print(result, () => result.holds.map(holdLine).join('\n') || '(no legal holds)');
        return 0;
      }
      default:
        return usage(`unknown subcommand "${verb}"`);
    }
  } catch (err) {
    return apiFailure(`legal-hold ${verb}`, err);
  }
}

function holdLine(hold: HoldView): string {
  return `${hold.sessionId}  ${hold.subject || '-'}  since ${hold.time} by ${hold.actor}: ${hold.reason}`;
}
