import { parseArgs } from 'node:util';
import { API_OPTIONS, API_OPTIONS_HELP, apiClient, apiFailure, parseDuration, printer } from './api-client';
import { COMMON_OPTIONS } from './args';
import { loadCliConfig } from './config-file';

const USAGE = `proctor approvals list [--state pending|approved|denied|expired|cancelled|interrupted]
proctor approvals show ID [--clear]
proctor approvals approve ID [--reason TEXT] [--for DURATION]
proctor approvals deny ID --reason TEXT

  Decide held MCP calls and access requests. Only the approvers a policy rule names may
  decide; nobody decides their own request. --for approves identical calls (same requester,
  same arguments) for that long, e.g. --for 30m. show --clear shows the clear arguments of a
  call still held, to members of the rule's clearGroups only; each such view is recorded.

${API_OPTIONS_HELP}
`;

interface ApprovalView {
  id: string;
  kind: string;
  state: string;
  requester: { subject: string };
  connection: string;
  method: string | null;
  tool: string | null;
  rule: string | null;
  expiresAt: string;
  votes: { subject: string; decision: string; reason: string | null }[];
  approvers: { required: number };
}

export async function runApprovals(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      ...COMMON_OPTIONS,
      ...API_OPTIONS,
      state: { type: 'string' },
      reason: { type: 'string' },
      for: { type: 'string' },
      clear: { type: 'boolean' },
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
    process.stderr.write(`proctor approvals: ${message}\n\n${USAGE}`);
    return 2;
  };
  if (verb !== 'list' && (id === undefined || positionals.length !== 2))
    return usage(`${verb} takes one approval id`);
  if (values.clear && verb !== 'show') return usage('--clear applies to show only');
  const config = await loadCliConfig(values.config);
  const api = apiClient(config, values);
  const print = printer(values.json);
  try {
    switch (verb) {
      case 'list': {
        const query = values.state ? `?state=${encodeURIComponent(values.state)}` : '';
        const result = (await api.call('GET', `/v1/approvals${query}`)) as { approvals: ApprovalView[] };
        print(result, () => result.approvals.map(line).join('\n') || '(no approval requests)');
        return 0;
      }
      case 'show': {
        const result = (await api.call(
          'GET',
          `/v1/approvals/${encodeURIComponent(id as string)}${values.clear ? '?view=clear' : ''}`,
        )) as ApprovalView;
        print(result, () => JSON.stringify(result, null, 2));
        return 0;
      }
      case 'approve':
      case 'deny': {
        let validForSeconds: number | undefined;
        if (values.for !== undefined) {
          if (verb === 'deny') return usage('--for applies to approve only');
          const seconds = parseDuration(values.for);
          if (seconds === null) return usage('--for must be a duration such as 90s, 30m or 2h');
          validForSeconds = seconds;
        }
        const result = (await api.call('POST', `/v1/approvals/${encodeURIComponent(id as string)}/${verb}`, {
          reason: values.reason,
          validForSeconds,
        })) as ApprovalView;
        print(result, () => `${result.id}: ${result.state} (${approvalsOf(result)})`);
        return 0;
      }
      default:
        return usage(`unknown subcommand "${verb}"`);
    }
  } catch (err) {
    return apiFailure(`approvals ${verb}`, err);
  }
}

function approvalsOf(view: ApprovalView): string {
  const yes = view.votes.filter((v) => v.decision === 'approve').length;
  return `${yes} of ${view.approvers.required} approvals`;
}

function line(view: ApprovalView): string {
  const what =
    view.kind === 'grant'
      ? `access to ${view.connection}`
      : `${view.method ?? ''} ${view.tool ?? ''} on ${view.connection}`;
  return `${view.id}  ${view.state.padEnd(11)}  ${view.requester.subject}  ${what.trim()}  rule=${view.rule ?? '-'}  ${approvalsOf(view)}  expires ${view.expiresAt}`;
}
