import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { maskJsonText } from '@proctor/masking';
import { COMMON_OPTIONS } from './args';

const USAGE = `proctor mask < in.ndjson > out.ndjson
  Masks PHI in newline-delimited JSON: one JSON value per input line, one masked line out,
  in the same order. A line that is not JSON comes out fully redacted (never in clear), and
  its line number is reported on stderr.
`;

export async function runMask(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { ...COMMON_OPTIONS }, strict: true });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  let quarantined = 0;
  for await (const line of lines) {
    n += 1;
    if (line.trim() === '') {
      process.stdout.write('\n');
      continue;
    }
    const masked = maskJsonText(line);
    if (masked.quarantined) {
      quarantined += 1;
      process.stderr.write(`proctor mask: line ${n} is not valid JSON; written fully redacted\n`);
    }
    if (!process.stdout.write(`${masked.text}\n`)) await new Promise((r) => process.stdout.once('drain', r));
  }
  return quarantined > 0 ? 1 : 0;
}
