import { ConfigError } from '@proctor/config';
import { runAccess } from './access-command';
import { runApprovals } from './approvals-command';
import { runConnect } from './connect-command';
import { runExport } from './export-command';
import { runCheckpointKeys } from './keys-checkpoint-command';
import { runKeys } from './keys-generate-command';
import { runLegalHold } from './legal-hold-command';
import { runMask } from './mask-command';
import { runPolicy } from './policy-test-command';
import { runReplay } from './replay-command';
import { runServices } from './services-command';
import { runToken } from './token-command';
import { runVerify } from './verify-command';

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

const COMMANDS: Record<string, Command> = {
  up: (args) => runServices('up', args),
  enforcer: (args) => runServices('enforcer', args),
  ingest: (args) => runServices('ingest', args),
  exporter: (args) => runServices('exporter', args),
  token: runToken,
  mask: runMask,
  connect: runConnect,
  keys: (args) => (args[0] === 'checkpoint' ? runCheckpointKeys(args.slice(1)) : runKeys(args)),
  policy: runPolicy,
  approvals: runApprovals,
  access: runAccess,
  verify: runVerify,
  export: runExport,
  'legal-hold': runLegalHold,
  replay: runReplay,
};

export async function run(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    process.stdout.write(HELP);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`proctor: unknown command "${name}"\n\n${HELP}`);
    return 2;
  }
  try {
    return await command(rest);
  } catch (err) {
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
