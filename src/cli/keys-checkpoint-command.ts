import { parseArgs } from 'node:util';
import { generateCheckpointKey, readCheckpointKeyFile, writeCheckpointKeyFile } from '@proctor/integrity';

const USAGE = `proctor keys checkpoint generate --out FILE
  Creates the Ed25519 key ingest signs integrity checkpoints with. The private JWK is written
  to FILE with mode 0600 (ingest.checkpoints.keyFile) and never printed; an existing file is
  never replaced. The public JWK is printed: publish it (the exporter serves it to verifiers).

proctor keys checkpoint public --key FILE
  Prints the public JWK of an existing checkpoint signing key.
`;

/** `proctor keys checkpoint …`: the checkpoint signing key. */
export async function runCheckpointKeys(args: string[]): Promise<number> {
  const [verb, ...rest] = args;
  if (verb === undefined || verb === '-h' || verb === '--help') {
    process.stdout.write(USAGE);
    return verb === undefined ? 2 : 0;
  }
  const { values } = parseArgs({
    args: rest,
    options: { out: { type: 'string' }, key: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (verb === 'generate') {
    if (!values.out) return usageError('--out FILE is required');
    const pair = await generateCheckpointKey();
    await writeCheckpointKeyFile(values.out, pair);
    process.stdout.write(`${JSON.stringify(pair.publicJwk, null, 2)}\n`);
    return 0;
  }
  if (verb === 'public') {
    if (!values.key) return usageError('--key FILE is required');
    const pair = await readCheckpointKeyFile(values.key);
    process.stdout.write(`${JSON.stringify(pair.publicJwk, null, 2)}\n`);
    return 0;
  }
  return usageError(`unknown subcommand "${verb}"`);
}

function usageError(message: string): number {
  process.stderr.write(`proctor keys checkpoint: ${message}\n\n${USAGE}`);
  return 2;
}
