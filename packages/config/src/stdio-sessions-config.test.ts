import { describe, expect, it } from 'vitest';
import { applyEnv, ConfigError, parseConfig } from './load';

const stdioConnection = (upstream: Record<string, unknown>) => ({
  enforcer: { connections: [{ name: 'files', upstream }] },
});

describe('stdio connections', () => {
  it('take a command with defaults for everything else', () => {
    const config = parseConfig(stdioConnection({ stdio: { command: 'mcp-files', args: ['/srv'] } }));
    expect(config.enforcer.connections[0]?.upstream).toMatchObject({
      stdio: {
        command: 'mcp-files',
        args: ['/srv'],
        env: {},
        inheritEnv: [],
        poolSize: 2,
        maxLineBytes: 16 * 1024 * 1024,
        killGraceMs: 2_000,
      },
    });
    expect(config.enforcer.connections[0]?.upstream.url).toBeUndefined();
  });

  it('need exactly one of url and stdio, and say so naming the field', () => {
    const both = () =>
      parseConfig(stdioConnection({ url: 'http://127.0.0.1:1/mcp', stdio: { command: 'x' } }));
    expect(both).toThrow(ConfigError);
    expect(both).toThrow(/enforcer\.connections\.0\.upstream\.stdio: set exactly one of url/);
    const neither = () => parseConfig(stdioConnection({}));
    expect(neither).toThrow(/enforcer\.connections\.0\.upstream\.url: set exactly one of url/);
  });

  it('refuse a variable name that is not one', () => {
    expect(() =>
      parseConfig(stdioConnection({ stdio: { command: 'x', inheritEnv: ['NOT-A-NAME'] } })),
    ).toThrow(/inheritEnv\.0: an environment variable name/);
  });
});

describe('sessions', () => {
  it('live in memory unless a Redis URL is given', () => {
    expect(parseConfig({}).sessions).toEqual({ keyPrefix: 'proctor:sessions' });
  });

  it('take REDIS_URL as their Redis, as the job queue does', () => {
    const raw = applyEnv({}, { REDIS_URL: 'redis://127.0.0.1:6379/2' });
    const config = parseConfig(raw);
    expect(config.sessions.redisUrl).toBe('redis://127.0.0.1:6379/2');
    expect(config.jobs.redisUrl).toBe('redis://127.0.0.1:6379/2');
  });

  it('refuse a key prefix with spaces', () => {
    expect(() => parseConfig({ sessions: { keyPrefix: 'two words' } })).toThrow(/sessions\.keyPrefix/);
  });
});
