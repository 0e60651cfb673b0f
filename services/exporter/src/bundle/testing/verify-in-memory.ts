/**
 * Verifies a bundle the way `proctor verify` did before it streamed: read whole into memory,
 * then checked. The memory test runs it as the control under the same heap limit.
 * Usage: verify-in-memory.ts BUNDLE KEYS_JSON
 */
import { readFile } from 'node:fs/promises';
import type { JWK } from 'jose';
import { readBundle } from '../reader';
import { verifyBundle } from '../verify-bundle';

const [file, keysFile] = process.argv.slice(2) as [string, string];
const { keys } = JSON.parse(await readFile(keysFile, 'utf8')) as { keys: JWK[] };
const report = await verifyBundle(await readBundle(file), { publishedKeys: keys });
process.stdout.write(`${report.ok ? 'OK' : 'FAILED'} ${report.events} event(s)\n`);
