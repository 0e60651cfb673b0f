/**
 * The cost of replacing the gateway's upstream credential in what an upstream sends back (every
 * spelling, and any run of 12 characters of one: the message sampled every 9 bytes, hashed only
 * beside a piece of a spelling), next to a search for the exact value alone (what the gateway did
 * before it looked for encoded spellings and pieces) and JSON.parse of the same message, in one
 * run: a tools/call result of about 1 KB and 16 KB that holds no credential (the common case),
 * lines of text and one unbroken run of letters (the minimal upstream's result in `npm run
 * bench`), against a minted JWT.
 * Run: node bin/run-ts.mjs bench/credential-echo.ts
 */
import { withoutCredentials } from '../services/enforcer/src/upstream/credential-echo';

const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const TOKEN = [
  part({ alg: 'EdDSA', kid: 'gateway-signing-1', typ: 'JWT' }),
  part({
    iss: 'https://gateway.example.com',
    sub: 'alice@example.com',
    aud: 'https://ehr.internal',
    groups: ['clinicians', 'phi-reader'],
    iat: 1_790_000_000,
    exp: 1_790_000_300,
    jti: '6f1c2a8e-0d4b-4e7a-9b1f-3c5d7e9a1b2c',
  }),
  Buffer.alloc(64, 7).toString('base64url'),
].join('.');

/** A result of one text without a space: the minimal upstream's (see minimal-upstream.ts). */
function unbrokenResult(targetBytes: number): Buffer {
  const message = {
    jsonrpc: '2.0',
    id: 1,
    result: { content: [{ type: 'text', text: 'x'.repeat(targetBytes) }] },
  };
  return Buffer.from(JSON.stringify(message));
}

function result(targetBytes: number): Buffer {
  const rows: string[] = [];
  const message = () => ({
    jsonrpc: '2.0',
    id: 1,
    result: { content: [{ type: 'text', text: rows.join('\n') }] },
  });
  for (let i = 0; JSON.stringify(message()).length < targetBytes; i++)
    rows.push(`order ord-${i}: synthetic item, quantity ${i}, status shipped`);
  return Buffer.from(JSON.stringify(message()));
}

function microsPerCall(run: () => unknown): number {
  for (let i = 0; i < 5_000; i++) run();
  const rounds = 20_000;
  const start = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) run();
  return Number(process.hrtime.bigint() - start) / 1_000 / rounds;
}

const values = [TOKEN];
for (const bytes of [1024, 16 * 1024].flatMap((size) => [result(size), unbrokenResult(size)])) {
  const every = microsPerCall(() => withoutCredentials(bytes, values));
  const exact = microsPerCall(() => bytes.indexOf(TOKEN));
  const parse = microsPerCall(() => JSON.parse(bytes.toString('utf8')));
  process.stdout.write(
    `${bytes.length} bytes (${bytes.includes(' ') ? 'lines of text' : 'one run of letters'}): every spelling and piece ${every.toFixed(2)} us (${((every * 1024) / bytes.length).toFixed(2)} us per KB), exact value only ${exact.toFixed(2)} us, JSON.parse ${parse.toFixed(2)} us\n`,
  );
}
