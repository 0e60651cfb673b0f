import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { createMasker, type Masker, MaskingRulesError } from '@proctor/masking';
import { COMMON_OPTIONS } from './args';

const USAGE = `proctor mask [--rules FILE] [--explain] [--tenant-key-file FILE] < in.ndjson > out.ndjson
  Masks PHI in newline-delimited JSON: one JSON value per input line, one masked line out,
  in the same order, as the lines arrive (memory does not grow with the input). MCP JSON-RPC
  messages keep their envelope; any other JSON is masked as data.

  --rules FILE            masking rules (YAML): strategies, custom rules, field rules, media
  --explain               write each line's matches to stderr as JSON (never the clear values)
  --tenant-key-file FILE  key for the pseudonym and dateshift strategies (16 bytes or more)

  A line that is not JSON, or that a rule fails on, comes out fully redacted (never in clear)
  and is reported on stderr by line number; the exit code is then 1.
`;

export interface MaskStreamResult {
  lines: number;
  quarantined: number;
}

/** Masks NDJSON from `input` to `output`, one line at a time, honouring backpressure. */
export async function maskStream(
  masker: Masker,
  input: Readable,
  output: Writable,
  errors: Writable,
  explain = false,
): Promise<MaskStreamResult> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  let quarantined = 0;
  for await (const line of lines) {
    n += 1;
    let out = '';
    if (line.trim() !== '') {
      const masked = masker.maskFrame(line);
      out = masked.text;
      if (masked.quarantined) {
        quarantined += 1;
        const why =
          masked.quarantineReason === 'invalid_json'
            ? 'is not valid JSON'
            : masked.quarantineReason === 'too_deep'
              ? 'is nested too deeply'
              : `failed rule ${masked.ruleErrors.map((e) => `${e.ruleId} (${e.reason})`).join(', ')}`;
        errors.write(`proctor mask: line ${n} ${why}; written fully redacted\n`);
      }
      if (explain) {
        errors.write(
          `${JSON.stringify({ line: n, quarantined: masked.quarantined, matches: masked.matches })}\n`,
        );
      }
    }
    if (!output.write(`${out}\n`)) await new Promise((r) => output.once('drain', r));
  }
  return { lines: n, quarantined };
}

export async function runMask(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      ...COMMON_OPTIONS,
      rules: { type: 'string' },
      explain: { type: 'boolean' },
      'tenant-key-file': { type: 'string' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  let masker: Masker;
  try {
    const rulesYaml = values.rules === undefined ? undefined : await readFile(values.rules, 'utf8');
    const keyFile = values['tenant-key-file'];
    const tenantKey = keyFile === undefined ? undefined : (await readFile(keyFile)).subarray();
    masker = createMasker({ rulesYaml, tenantKey });
  } catch (err) {
    const message = err instanceof MaskingRulesError || err instanceof Error ? err.message : String(err);
    process.stderr.write(`proctor mask: ${message}\n`);
    return 2;
  }
  const result = await maskStream(
    masker,
    process.stdin,
    process.stdout,
    process.stderr,
    values.explain === true,
  );
  return result.quarantined > 0 ? 1 : 0;
}
