import { afterEach, describe, expect, it, vi } from 'vitest';
import { runConnect } from './connect-command';
import { TokenCommandError } from './connect-token';

afterEach(() => {
  vi.restoreAllMocks();
});

function stderrOf(run: () => Promise<number>): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  return run().then((code) => ({ code, stderr }));
}

describe('proctor connect arguments', () => {
  it.each([
    [['--connection', 'files', '--token', 't'], '--gateway URL is required'],
    [['--gateway', 'http://127.0.0.1:7410'], '--connection NAME is required'],
    [['--gateway', 'not a url', '--connection', 'files', '--token', 't'], '--gateway is not a URL'],
    [
      ['--gateway', 'ftp://host', '--connection', 'files', '--token', 't'],
      '--gateway must be an http(s) URL',
    ],
    [
      ['--gateway', 'http://h', '--connection', 'Bad Name', '--token', 't'],
      '--connection is not a connection name',
    ],
    [['--gateway', 'http://h', '--connection', 'files'], 'a token is required'],
    [
      ['--gateway', 'http://h', '--connection', 'files', '--token', 't', '--token-command', 'echo t'],
      'not both',
    ],
  ])('%j is refused with exit code 2 and a message', async (args, message) => {
    const { code, stderr } = await stderrOf(() => runConnect(args));
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it('fails at start, naming the reason, when the token command fails', async () => {
    await expect(
      runConnect(['--gateway', 'http://127.0.0.1:9', '--connection', 'files', '--token-command', 'exit 4']),
    ).rejects.toBeInstanceOf(TokenCommandError);
  });
});
