import { ConfigError } from '@proctor/config';
import { isUsageError, usageFailure } from './args';
import type { ServiceCommand } from './services-command';

const HELP = `proctor — audit gateway for MCP servers that handle PHI

Usage: proctor <command> [options]

Commands:
  up          run the enforcer, ingest and exporter in one process (embedded default)
  enforcer    run only the MCP gateway
  ingest      run only the masking stream processor
  exporter    run only the audit API
  token       print a development token (quickstart configs only)
  mask        mask PHI in NDJSON: one JSON value per line in, masked line out, same order
  connect     stdio MCP server for local clients, relaying to a gateway connection as the user
  keys        keys generate: create an ingest key pair for payload encryption
              keys checkpoint generate|public: the key ingest signs integrity checkpoints with
  policy      policy test: print the decision a policy makes for one request
  approvals   list, show, approve or deny held calls and access requests
  access      request, break-glass, list or revoke time-boxed access to a connection
  verify      check a replay bundle offline (hash chain, signatures, stream, ends),
              or the whole audit store with --store
  export      records, session logs (also FHIR), HIPAA reports and replay bundles from the API
  replay      serve a recorded session as a sandbox MCP server, or compare a server's answers
  legal-hold  add, release or list legal holds by session or subject (exempt from retention)

Options:
  -c, --config FILE   configuration file (default: proctor.yaml if present)
  -h, --help          help for a command

Every configuration field can also be set from the environment, e.g.
PROCTOR_ENFORCER__LISTEN__PORT=7411; KAFKA_BROKERS, CLICKHOUSE_URL and REDIS_URL
swap the embedded parts for real Kafka, ClickHouse and Redis.
`;

export type Command = (args: string[]) => Promise<number>;

/**
 * Each command's module is loaded only when that command runs: `proctor legal-hold list` must not
 * load the gateway, the pipeline and the embedded ClickHouse engine just to print a table.
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  up: async () => servicesCommand('up'),
  enforcer: async () => servicesCommand('enforcer'),
  ingest: async () => servicesCommand('ingest'),
  exporter: async () => servicesCommand('exporter'),
  token: async () => (await import('./token-command')).runToken,
  mask: async () => (await import('./mask-command')).runMask,
  connect: async () => (await import('./connect-command')).runConnect,
  keys: async () => {
    const [{ runCheckpointKeys }, { runKeys }] = await Promise.all([
      import('./keys-checkpoint-command'),
      import('./keys-generate-command'),
    ]);
    return (args) => (args[0] === 'checkpoint' ? runCheckpointKeys(args.slice(1)) : runKeys(args));
  },
  policy: async () => (await import('./policy-test-command')).runPolicy,
  approvals: async () => (await import('./approvals-command')).runApprovals,
  access: async () => (await import('./access-command')).runAccess,
  verify: async () => (await import('./verify-command')).runVerify,
  export: async () => (await import('./export-command')).runExport,
  'legal-hold': async () => (await import('./legal-hold-command')).runLegalHold,
  replay: async () => (await import('./replay-command')).runReplay,
};

async function servicesCommand(role: ServiceCommand): Promise<Command> {
  const { runServices } = await import('./services-command');
  return (args) => runServices(role, args);
}

export async function run(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    process.stdout.write(HELP);
    return name === undefined ? 2 : 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    process.stderr.write(`proctor: unknown command "${name}"\n\n${HELP}`);
    return 2;
  }
  try {
    const command = await load();
    return await command(rest);
  } catch (err) {
    if (isUsageError(err)) return usageFailure(name, err);
    process.stderr.write(`proctor ${name}: ${describeFailure(err)}\n`);
    return 1;
  }
}

function describeFailure(err: unknown): string {
  if (err instanceof ConfigError) return err.message;
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code;
    return typeof code === 'string' ? `${err.message} [${code}]` : err.message;
  }
  return String(err);
}
