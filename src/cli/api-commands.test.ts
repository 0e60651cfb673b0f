/**
 * The API commands as the README has users run them: the token from PROCTOR_TOKEN (not read as
 * a configuration override), the records filters the API takes, and usage errors answered with
 * exit status 2 and no stack trace.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProctor } from '../../test/harness/proctor-cli';

/** A stand-in for the audit API: keeps each request's path and authorization, answers an empty CSV. */
const seen: { url: string; authorization: string | undefined }[] = [];
const api = createServer((request: IncomingMessage, response) => {
  seen.push({ url: request.url ?? '', authorization: request.headers.authorization });
  response.writeHead(200, { 'content-type': 'text/csv' }).end('eventId,decision\n');
});
let url = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((resolve) => api.close(resolve)));

describe('proctor export with PROCTOR_TOKEN', () => {
  it('sends the token and the --decision filter, and reads no configuration field from the token variable', async () => {
    const out = await runProctor(
      [
        'export',
        'records',
        'policy-decisions',
        '--from',
        '2026-11-01',
        '--decision',
        'block',
        '--format',
        'csv',
        '--url',
        url,
      ],
      { env: { PROCTOR_TOKEN: 'auditor-token' } },
    );
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    expect(out.stdout).toBe('eventId,decision\n');
    const request = seen.at(-1);
    expect(request?.authorization).toBe('Bearer auditor-token');
    const query = new URL(request?.url ?? '', url).searchParams;
    expect(query.get('decision')).toBe('block');
    expect(query.get('from')).toBe('2026-11-01');
    expect(query.get('format')).toBe('csv');
  });
});

describe('proctor usage errors', () => {
  it.each([
    [['verify', 'bundle.ndjson', '--bogus'], "unknown option '--bogus'"],
    [['replay', '--serve'], "Option '--serve <value>' argument missing"],
    [['mask', 'extra'], "Unexpected argument 'extra'"],
    [['connect', '--bogus'], "unknown option '--bogus'"],
  ])('proctor %j exits 2 naming what is wrong', async (args, message) => {
    const out = await runProctor(args);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(message);
    expect(out.stderr).toContain(`see 'proctor ${args[0]} --help'`);
    expect(out.stderr).not.toMatch(/\n\s+at /);
  });
});
