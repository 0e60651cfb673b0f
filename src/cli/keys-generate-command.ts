import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import {
  generatePayloadKeyPair,
  type PayloadKeyType,
  publicKeyDocument,
  writePrivateKeyFile,
} from '@proctor/payload-crypto';

const USAGE = `proctor keys generate --private-out FILE [--public-out FILE] [--key-id ID] [--type ec-p256|rsa-3072]
  Creates an ingest key pair for payload encryption. The private key (with its key id) is
  written to --private-out with mode 0600 and never printed; give it to ingest only
  (keys.payload.privateKeys). The public key is printed as JSON (and written to --public-out):
  give it to every gateway (keys.payload.recipients). An existing file is never replaced.

proctor keys checkpoint generate|public
  The key ingest signs integrity checkpoints with (proctor keys checkpoint --help).
`;

const TYPES: readonly PayloadKeyType[] = ['ec-p256', 'rsa-3072'];

export async function runKeys(args: string[]): Promise<number> {
  const [verb, ...rest] = args;
  if (verb === 'generate') return runKeysGenerate(rest);
  if (verb === undefined || verb === '-h' || verb === '--help') {
    process.stdout.write(USAGE);
    return verb === undefined ? 2 : 0;
  }
  process.stderr.write(`proctor keys: unknown subcommand "${verb}"\n\n${USAGE}`);
  return 2;
}

async function runKeysGenerate(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      help: { type: 'boolean', short: 'h' },
      'private-out': { type: 'string' },
      'public-out': { type: 'string' },
      'key-id': { type: 'string' },
      type: { type: 'string' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const privateOut = values['private-out'];
  if (privateOut === undefined || privateOut === '') {
    process.stderr.write(`proctor keys generate: --private-out is required\n\n${USAGE}`);
    return 2;
  }
  const type = (values.type ?? 'ec-p256') as PayloadKeyType;
  if (!TYPES.includes(type)) {
    process.stderr.write(`proctor keys generate: --type must be one of ${TYPES.join(', ')}\n`);
    return 2;
  }
  const keyId = values['key-id'];
  if (keyId !== undefined && !/^[A-Za-z0-9._-]{1,64}$/.test(keyId)) {
    process.stderr.write(
      'proctor keys generate: --key-id may hold letters, digits, ".", "_" and "-" (1–64)\n',
    );
    return 2;
  }
  const pair = await generatePayloadKeyPair({ type, ...(keyId !== undefined && { keyId }) });
  await writePrivateKeyFile(privateOut, pair);
  const publicText = `${JSON.stringify(publicKeyDocument(pair), null, 2)}\n`;
  if (values['public-out'] !== undefined) {
    await writeFile(values['public-out'], publicText, { flag: 'wx', mode: 0o644 });
  }
  process.stdout.write(publicText);
  process.stderr.write(`key ${pair.keyId}: private key written to ${privateOut} (mode 0600)\n`);
  return 0;
}
