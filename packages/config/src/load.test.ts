import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseConfig } from './index';

async function configFile(text: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'proctor-config-'));
  const file = join(dir, 'proctor.yaml');
  await writeFile(file, text);
  return file;
}

describe('config', () => {
  it('fills defaults: production mode, six-year retention, standard ports and topics', () => {
    const config = parseConfig({});
    expect(config.mode).toBe('production');
    expect(config.auditStore.retentionDays).toBe(2192);
    expect(config.enforcer.listen).toEqual({ host: '127.0.0.1', port: 7410 });
    expect(config.exporter.listen.port).toBe(7420);
    expect(config.eventLog.kafka).toBeUndefined();
    expect(config.eventLog.local.topics.raw).toBe('proctor.audit.raw.v1');
  });

  it('refuses the development issuer outside development mode, naming the field', async () => {
    const file = await configFile('identity:\n  devIssuer:\n    enabled: true\n');
    const err = await loadConfig({ file }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).fields).toEqual(['identity.devIssuer.enabled']);
    expect((err as Error).message).toContain('identity.devIssuer.enabled');
  });

  it('refuses a development issuer on a non-loopback address', () => {
    expect(() =>
      parseConfig({
        mode: 'development',
        identity: { devIssuer: { enabled: true } },
        enforcer: { listen: { host: '0.0.0.0' } },
      }),
    ).toThrow(/enforcer\.listen\.host/);
  });

  it('names unknown and mistyped fields', () => {
    expect(() => parseConfig({ enforcer: { listen: { port: 'x' } } })).toThrow(/enforcer\.listen\.port/);
    expect(() => parseConfig({ enforcr: {} })).toThrow(/enforcr/);
    expect(() =>
      parseConfig({
        enforcer: {
          connections: [
            { name: 'a', upstream: { url: 'http://127.0.0.1:1/mcp' } },
            { name: 'a', upstream: { url: 'http://127.0.0.1:2/mcp' } },
          ],
        },
      }),
    ).toThrow(/enforcer\.connections\.1\.name: duplicate connection name/);
  });

  it('applies environment overrides over the file, shorthands included', async () => {
    const file = await configFile('enforcer:\n  listen:\n    port: 9000\n');
    const config = await loadConfig({
      file,
      env: {
        PROCTOR_ENFORCER__LISTEN__PORT: '9001',
        PROCTOR_AUDIT_STORE__RETENTION_DAYS: '3000',
        KAFKA_BROKERS: '127.0.0.1:9092, 127.0.0.1:9093',
        CLICKHOUSE_URL: 'http://127.0.0.1:8123',
        REDIS_URL: 'redis://127.0.0.1:6379',
        UNRELATED: 'x',
      },
    });
    expect(config.enforcer.listen.port).toBe(9001);
    expect(config.auditStore.retentionDays).toBe(3000);
    expect(config.eventLog.kafka?.brokers).toEqual(['127.0.0.1:9092', '127.0.0.1:9093']);
    expect(config.auditStore.clickhouse?.url).toBe('http://127.0.0.1:8123');
    expect(config.jobs.redisUrl).toBe('redis://127.0.0.1:6379');
  });

  it('names the environment variable behind an unknown or mistyped field', async () => {
    const error = await loadConfig({
      env: {
        PROCTOR_ENFORCER__LISTN__PORT: '7411',
        PROCTOR_AUDIT_STORE__RETENTION_DAYS: 'many',
        PROCTOR_TYPO: 'x',
        KAFKA_BROKERS: '127.0.0.1:9092',
      },
    }).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(ConfigError);
    const lines = (error as ConfigError).message.split('\n');
    expect(lines.find((l) => l.includes("'listn'"))).toMatch(/\(set by PROCTOR_ENFORCER__LISTN__PORT\)$/);
    expect(lines.find((l) => l.startsWith('  auditStore.retentionDays:'))).toMatch(
      /\(set by PROCTOR_AUDIT_STORE__RETENTION_DAYS\)$/,
    );
    expect(lines.find((l) => l.includes("'typo'"))).toMatch(/\(set by PROCTOR_TYPO\)$/);
    // A valid variable is never blamed for another field's error.
    expect((error as ConfigError).message).not.toContain('KAFKA_BROKERS');
  });

  it('names no variable when the file set the bad field', async () => {
    const file = await configFile('enforcer:\n  listen:\n    port: many\n');
    await expect(loadConfig({ file, env: { PROCTOR_GATEWAY_ID: 'gw-1' } })).rejects.toThrow(
      /enforcer\.listen\.port: [^\n]*number[^\n(]*$/m,
    );
  });

  it('takes a retention per area from the file or the environment, and names a bad one', async () => {
    const file = await configFile('auditStore:\n  retention:\n    authFailures: 400\n');
    const config = await loadConfig({
      file,
      env: { PROCTOR_AUDIT_STORE__RETENTION__REPORT_AGGREGATES: '3000' },
    });
    expect(config.auditStore.retention).toEqual({ authFailures: 400, reportAggregates: 3000 });
    expect(() => parseConfig({ auditStore: { retention: { evnts: 10 } } })).toThrow(/auditStore\.retention/);
    expect(() => parseConfig({ auditStore: { retention: { events: 0 } } })).toThrow(
      /auditStore\.retention\.events/,
    );
  });

  it('reports unreadable and malformed files clearly', async () => {
    await expect(loadConfig({ file: '/nonexistent/proctor.yaml' })).rejects.toThrow(
      /cannot read config file/,
    );
    const bad = await configFile('enforcer: [unclosed');
    await expect(loadConfig({ file: bad })).rejects.toThrow(/not valid YAML/);
  });
});
