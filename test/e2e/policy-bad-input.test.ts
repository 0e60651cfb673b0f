/**
 * Bad security configuration is a clear error at load, naming what is wrong: policy files
 * with invalid or non-linear patterns, unknown fields or unknown connections; a credential
 * whose environment variable is missing; a payload key that cannot be read. (A bad policy
 * arriving at a running gateway leaves it unharmed: see policy-enforcement.test.ts, hot reload.)
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigError, parseConfig } from '@proctor/config';
import { silentLogger } from '@proctor/logger';
import { describe, expect, it } from 'vitest';
import { openEnforcerSecurity } from '../../src/runtime/enforcer-security';
import { tempDir } from '../harness';

const CONNECTIONS = [{ name: 'ehr', upstream: { url: 'http://127.0.0.1:1/mcp' } }];

async function loadWithPolicy(policy: string): Promise<string> {
  const file = join(await tempDir('proctor-bad-policy'), 'policy.yaml');
  await writeFile(file, policy);
  const config = parseConfig({ enforcer: { connections: CONNECTIONS }, policy: { file } });
  return failureOf(openEnforcerSecurity(config, silentLogger(), {}));
}

async function failureOf(promise: Promise<unknown>): Promise<string> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(Error);
  return (err as Error).message;
}

const rule = (match: string) => `version: 1\nrules:\n  - id: r1\n    action: deny\n    match: ${match}\n`;

describe('security configuration errors at load', () => {
  it('a policy pattern that is not valid RE2 names the rule and the pattern', async () => {
    expect(await loadWithPolicy(rule("{ arguments: [{ path: $.q, pattern: '[a-' }] }"))).toMatch(
      /rules\.0 \(r1\): match\.arguments\.0\.pattern: not a valid RE2 pattern/,
    );
  });

  it('a pattern needing backtracking (backreference, lookahead) is refused at load', async () => {
    for (const pattern of ['(\\w+)\\s+\\1', '^(?=.*secret).*$', '(?<!x)y']) {
      expect(await loadWithPolicy(rule(`{ arguments: [{ path: $.q, pattern: '${pattern}' }] }`))).toMatch(
        /not a valid RE2 pattern/,
      );
    }
  });

  it('an unknown field and an unknown connection are named', async () => {
    expect(await loadWithPolicy(rule('{ tool: delete_chart }'))).toMatch(
      /rules\.0\.match: Unrecognized key\(s\) in object: 'tool'/,
    );
    expect(await loadWithPolicy(rule('{ connections: billing }'))).toMatch(/unknown connection "billing"/);
  });

  it('a missing credential environment variable names the field and the variable', async () => {
    const config = parseConfig({
      enforcer: {
        connections: [
          {
            ...CONNECTIONS[0],
            credentials: { type: 'header', name: 'X-Api-Key', valueEnv: 'PROCTOR_TEST_UNSET_KEY' },
          },
        ],
      },
    });
    expect(await failureOf(openEnforcerSecurity(config, silentLogger(), {}))).toBe(
      'enforcer.connections.0.credentials.valueEnv: environment variable PROCTOR_TEST_UNSET_KEY is not set',
    );
  });

  it('an unreadable payload key file is named', async () => {
    const config = parseConfig({
      keys: { payload: { recipients: [{ publicKeyFile: '/nonexistent/ingest.pub.json' }] } },
    });
    expect(await failureOf(openEnforcerSecurity(config, silentLogger(), {}))).toMatch(
      /cannot read public key file \/nonexistent\/ingest\.pub\.json: ENOENT/,
    );
  });

  it('contradictory settings are refused by the config schema, naming the field', () => {
    const fields = (raw: unknown) => {
      try {
        parseConfig(raw);
      } catch (err) {
        expect(err).toBeInstanceOf(ConfigError);
        return (err as ConfigError).message;
      }
      throw new Error('expected a configuration error');
    };
    expect(fields({ policy: { file: 'p.yaml', inline: { version: 1 } } })).toMatch(
      /policy\.inline: give the policy either/,
    );
    expect(
      fields({
        enforcer: {
          connections: [{ ...CONNECTIONS[0], credentials: { type: 'bearer', token: 'a', tokenEnv: 'B' } }],
        },
      }),
    ).toMatch(/enforcer\.connections\.0\.credentials/);
    expect(
      fields({
        identity: {
          issuers: [{ issuer: 'https://ci.example.com', audience: 'proctor', ciProvider: 'generic' }],
        },
      }),
    ).toMatch(/identity\.issuers\.0\.ciClaims: ciProvider generic needs ciClaims/);
    expect(
      fields({
        identity: {
          issuers: [{ issuer: 'https://idp.example.com', audience: 'proctor', algorithms: ['HS256'] }],
        },
      }),
    ).toMatch(/identity\.issuers\.0\.algorithms\.0/);
    // Without an audience, a token the issuer minted for any other service would pass.
    expect(fields({ identity: { issuers: [{ issuer: 'https://idp.example.com' }] } })).toMatch(
      /identity\.issuers\.0\.audience/,
    );
  });
});
