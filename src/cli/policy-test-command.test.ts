import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/harness';
import { runCaptured } from './captured-command';
import { runPolicy } from './policy-test-command';

const POLICY = `version: 1
defaults: { ehr: deny }
rules:
  - id: ci-main
    match: { ci: { repository: example/ehr-sync, ref: refs/heads/main }, tools: 'get_*' }
    action: allow
  - id: vip
    match: { arguments: [{ path: $.mrn, pattern: '^VIP-' }] }
    action: deny
    reason: VIP charts need the privacy office
`;

const policy = (args: string[]) => runCaptured(runPolicy, args);

describe('proctor policy test', () => {
  it('prints the decision and the rule for an identity and a request', async () => {
    const file = join(await tempDir('proctor-policy-cli'), 'policy.yaml');
    await writeFile(file, POLICY);
    const ci = JSON.stringify({
      subject: 'repo:example/ehr-sync',
      ci: { repository: 'example/ehr-sync', ref: 'refs/heads/main' },
    });
    const allowed = await policy([
      'test',
      '--config',
      file,
      '--identity',
      ci,
      '--request',
      '{"connection":"ehr","tool":"get_patient"}',
    ]);
    expect(allowed.code).toBe(0);
    expect(JSON.parse(allowed.stdout)).toMatchObject({ decision: 'allow', rule: 'ci-main' });
    const denied = await policy([
      'test',
      '--config',
      file,
      '--identity',
      '{"subject":"alice@example.com"}',
      '--request',
      '{"connection":"ehr","tool":"get_patient","arguments":{"mrn":"VIP-1"}}',
    ]);
    expect(JSON.parse(denied.stdout)).toMatchObject({
      decision: 'deny',
      rule: 'vip',
      reason: 'VIP charts need the privacy office',
    });
  });

  it('reads the policy a proctor config names, checking its connections', async () => {
    const dir = await tempDir('proctor-policy-cli');
    const policyFile = join(dir, 'policy.yaml');
    await writeFile(policyFile, POLICY);
    const config = join(dir, 'proctor.yaml');
    await writeFile(
      config,
      `enforcer:\n  connections:\n    - name: billing\n      upstream: { url: 'http://127.0.0.1:1/mcp' }\npolicy:\n  file: ${policyFile}\n`,
    );
    const out = await policy([
      'test',
      '--config',
      config,
      '--identity',
      '{"subject":"a"}',
      '--request',
      '{"connection":"billing"}',
    ]);
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/defaults\.ehr: unknown connection "ehr"/);
  });

  it('names bad options', async () => {
    const file = join(await tempDir('proctor-policy-cli'), 'policy.yaml');
    await writeFile(file, POLICY);
    expect((await policy(['test', '--config', file])).code).toBe(2);
    const badIdentity = await policy([
      'test',
      '--config',
      file,
      '--identity',
      '{"sub":1}',
      '--request',
      '{"connection":"ehr"}',
    ]);
    expect(badIdentity.stderr).toMatch(/--identity: /);
    const badJson = await policy(['test', '--config', file, '--identity', '{', '--request', '{}']);
    expect(badJson.stderr).toMatch(/--identity is not JSON/);
  });
});
