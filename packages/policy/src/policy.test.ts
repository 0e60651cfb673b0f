import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Identity } from '@proctor/events';
import { describe, expect, it } from 'vitest';
import { type CompiledPolicy, compilePolicy, compilePolicyText, type PolicyRequest } from './compile';
import { decide, isVisible } from './decide';
import { PolicyError } from './errors';
import { type PolicyChange, PolicyHolder, watchPolicyFile } from './policy-holder';

const ALICE: Identity = {
  subject: 'alice@example.com',
  issuer: 'https://idp.example.com',
  groups: ['clinicians'],
  ci: null,
};
const CI_MAIN: Identity = {
  subject: 'repo:example/ehr-sync:ref:refs/heads/main',
  issuer: 'https://token.actions.githubusercontent.com',
  groups: [],
  ci: {
    provider: 'github-actions',
    repository: 'example/ehr-sync',
    ref: 'refs/heads/main',
    workflow: 'sync',
    runId: '1',
    actor: 'bot',
    environment: 'production',
  },
};

function request(overrides: Partial<PolicyRequest> = {}): PolicyRequest {
  return {
    identity: ALICE,
    connection: 'ehr',
    method: 'tools/call',
    toolName: 'read_chart',
    resourceUri: null,
    promptName: null,
    arguments: { patientId: 'P-100' },
    era: 'stateful',
    ...overrides,
  };
}

const POLICY = `
version: 1
defaults: { ehr: deny, scratch: allow }
rules:
  - id: ci-main-read
    match: { ci: { repository: example/ehr-sync, ref: refs/heads/main }, tools: 'read_*' }
    action: allow
  - id: ci-deny-rest
    match: { issuers: https://token.actions.githubusercontent.com }
    action: deny
    reason: CI jobs may only read
  - id: mask-charts
    match: { tools: read_chart }
    action: mask
  - id: no-vip
    match: { tools: read_chart, arguments: [{ path: $.patientId, pattern: '^VIP-' }] }
    action: deny
    reason: VIP charts need the privacy office
  - id: approve-export
    match: { tools: export_*, groups: clinicians }
    action: require_approval
    approval: { approverGroups: privacy-office, timeoutSec: 60 }
  - id: clinicians
    match: { groups: clinicians, methods: ['tools/*', 'initialize', 'notifications/*'] }
    action: allow
    sensitive: true
  - id: old-era-metadata
    match: { era: stateful, connections: scratch }
    action: record
    record: metadata
`;

function compiled(): CompiledPolicy {
  return compilePolicyText(POLICY, { knownConnections: ['ehr', 'scratch'] });
}

describe('policy decisions', () => {
  it('decides by the first terminal rule and collects mask rules on the way', () => {
    const d = decide(compiled(), request());
    expect(d).toMatchObject({ verdict: 'allow', maskRule: 'mask-charts', log: true });
    expect(d.rule?.id).toBe('clinicians');
    expect(d.ruleVersion).toMatch(/^[0-9a-f]{16}$/);
  });

  it('matches argument values with a linear-time pattern', () => {
    const d = decide(compiled(), request({ arguments: { patientId: 'VIP-7' } }));
    expect(d).toMatchObject({ verdict: 'deny', reason: 'VIP charts need the privacy office' });
  });

  it('drives CI identities by repository and branch', () => {
    expect(decide(compiled(), request({ identity: CI_MAIN })).verdict).toBe('allow');
    const branch = {
      ...CI_MAIN,
      ci: { ...(CI_MAIN.ci as NonNullable<Identity['ci']>), ref: 'refs/heads/feature' },
    };
    const d = decide(compiled(), request({ identity: branch }));
    expect(d).toMatchObject({ verdict: 'deny', reason: 'CI jobs may only read' });
    expect(d.rule?.id).toBe('ci-deny-rest');
  });

  it('holds calls that need approval, with the rule approval settings', () => {
    const d = decide(compiled(), request({ toolName: 'export_cohort' }));
    expect(d.verdict).toBe('require_approval');
    expect(d.rule?.approval).toEqual({ approverGroups: ['privacy-office'], timeoutSec: 60 });
  });

  it('applies the connection default when no rule decides, and deny where none is set', () => {
    const bob: Identity = { ...ALICE, subject: 'bob@example.com', groups: ['billing'] };
    expect(decide(compiled(), request({ identity: bob }))).toMatchObject({
      verdict: 'deny',
      rule: null,
      log: true,
    });
    const scratch = decide(compiled(), request({ identity: bob, connection: 'scratch' }));
    expect(scratch).toMatchObject({
      verdict: 'allow',
      rule: null,
      log: false,
      record: 'metadata',
      recordRule: 'old-era-metadata',
    });
    const empty = compilePolicy({ version: 1 });
    expect(decide(empty, request()).verdict).toBe('deny');
    expect(decide(empty, request({ method: 'initialize', toolName: null })).verdict).toBe('allow');
    expect(decide(empty, request({ method: 'tools/list', toolName: null })).verdict).toBe('allow');
  });

  it('hides what a caller may not use, ignoring argument-dependent rules', () => {
    const p = compiled();
    const base = { identity: CI_MAIN, connection: 'ehr', era: 'stateless' as const };
    expect(isVisible(p, base, 'tool', 'read_chart')).toBe(true);
    expect(isVisible(p, base, 'tool', 'delete_chart')).toBe(false);
    const alice = { ...base, identity: ALICE };
    expect(isVisible(p, alice, 'tool', 'read_chart')).toBe(true);
    expect(isVisible(p, alice, 'tool', 'export_cohort')).toBe(true);
    expect(isVisible(p, alice, 'prompt', 'summary')).toBe(false);
  });

  it('decides from the rules sorted out per tool name as from every rule, however many names it saw', () => {
    const p = compiled();
    expect(p.rulesForTool('read_chart').map((r) => r.id)).toEqual([
      'ci-main-read',
      'ci-deny-rest',
      'mask-charts',
      'no-vip',
      'clinicians',
      'old-era-metadata',
    ]);
    expect(p.rulesForTool(null).map((r) => r.id)).toEqual(['ci-deny-rest', 'clinicians', 'old-era-metadata']);
    // A protective rule's glob still catches a name spelt differently (folded), remembered or not.
    const spelt = request({ toolName: 'READ_CHART', arguments: { patientId: 'VIP-7' } });
    for (let i = 0; i < 2; i++)
      expect(decide(p, spelt)).toMatchObject({ verdict: 'deny', maskRule: 'mask-charts' });
    // Past the names it remembers, it starts over and decides alike.
    for (let i = 0; i < 1_100; i++) {
      const name = i % 2 === 0 ? `export_${i}` : `tool_${i}`;
      expect(decide(p, request({ toolName: name })).verdict).toBe(i % 2 === 0 ? 'require_approval' : 'allow');
    }
    expect(decide(p, spelt).verdict).toBe('deny');
    expect(decide(p, request({ identity: CI_MAIN, toolName: 'write_chart' })).rule?.id).toBe('ci-deny-rest');
  });

  it('gives the same version to the same rules and a new one to changed rules', () => {
    expect(compiled().version).toBe(compiled().version);
    expect(compilePolicyText(POLICY.replace('timeoutSec: 60', 'timeoutSec: 61')).version).not.toBe(
      compiled().version,
    );
  });
});

describe('policy validation', () => {
  const invalid = (text: string, knownConnections = ['ehr']) => {
    try {
      compilePolicyText(text, { knownConnections, source: 'policy.yaml' });
    } catch (err) {
      expect(err).toBeInstanceOf(PolicyError);
      return (err as PolicyError).message;
    }
    throw new Error('expected the policy to be refused');
  };

  it('names an unknown field, an unknown connection, a bad pattern and a bad path', () => {
    expect(invalid('version: 1\nrules:\n  - id: a\n    action: allow\n    mach: {}\n')).toMatch(
      /rules\.0: Unrecognized key.*mach/,
    );
    expect(
      invalid('version: 1\nrules:\n  - id: a\n    action: allow\n    match: { connections: billing }\n'),
    ).toMatch(/rules\.0 \(a\)\.match\.connections: unknown connection "billing"/);
    expect(invalid('version: 1\ndefaults: { billing: allow }\n')).toMatch(
      /defaults\.billing: unknown connection/,
    );
    expect(
      invalid(
        "version: 1\nrules:\n  - id: a\n    action: deny\n    match: { arguments: [{ path: $.x, pattern: '(a' }] }\n",
      ),
    ).toMatch(/rules\.0 \(a\): match\.arguments\.0\.pattern: not a valid RE2 pattern/);
    expect(
      invalid(
        "version: 1\nrules:\n  - id: a\n    action: deny\n    match: { arguments: [{ path: $.x, pattern: '(\\w+)\\1' }] }\n",
      ),
    ).toMatch(/not a valid RE2 pattern/);
    expect(
      invalid(
        "version: 1\nrules:\n  - id: a\n    action: deny\n    match: { arguments: [{ path: 'x.y', present: true }] }\n",
      ),
    ).toMatch(/path: a JSON path starts with \$/);
    expect(
      invalid('version: 1\nrules:\n  - { id: a, action: allow }\n  - { id: a, action: deny }\n'),
    ).toMatch(/duplicate rule id/);
    expect(invalid('version: 2\n')).toMatch(/version/);
    expect(invalid('rules: [')).toMatch(/not valid YAML/);
  });

  it('runs a pattern that backtracks catastrophically elsewhere in linear time', () => {
    const p = compilePolicyText(
      "version: 1\nrules:\n  - id: evil\n    action: deny\n    match: { arguments: [{ path: $.q, pattern: '^(a+)+$' }] }\n",
    );
    // A backtracking engine would not finish this in any lifetime (2^50000 paths): the test's
    // own timeout is the check, no stopwatch needed.
    const d = decide(p, request({ arguments: { q: `${'a'.repeat(50_000)}!` } }));
    expect(d.rule).toBeNull();
    expect(decide(p, request({ arguments: { q: 'a'.repeat(50_000) } })).rule?.id).toBe('evil');
  }, 30_000);
});

describe('hot reload', () => {
  it('swaps valid rules, keeps the old ones on a bad file, and reports both', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'proctor-policy-'));
    try {
      const file = join(dir, 'policy.yaml');
      await writeFile(file, 'version: 1\ndefaults: { ehr: allow }\n');
      const changes: PolicyChange[] = [];
      const holder = new PolicyHolder(compilePolicyText('version: 1\ndefaults: { ehr: allow }\n'), {
        knownConnections: ['ehr'],
        onChange: (c) => changes.push(c),
      });
      const inFlight = holder.current();
      const stop = watchPolicyFile(file, holder, 20);
      try {
        await new Promise((r) => setTimeout(r, 100));
        await writeFile(file, 'version: 1\ndefaults: { ehr: deny }\n');
        await waitUntil(() => changes.length === 1);
        expect(changes[0]).toMatchObject({ accepted: true, error: null });
        expect(decide(holder.current(), request({ identity: { ...ALICE, groups: [] } })).verdict).toBe(
          'deny',
        );
        expect(decide(inFlight, request()).verdict).toBe('allow');
        const good = holder.current();
        await writeFile(file, 'version: 1\ndefaults: { nowhere: deny }\n');
        await waitUntil(() => changes.length === 2);
        expect(changes[1]).toMatchObject({ accepted: false, version: null });
        expect(changes[1]?.error).toMatch(/unknown connection "nowhere"/);
        expect(changes[1]?.hash).toMatch(/^[0-9a-f]{64}$/);
        expect(holder.current()).toBe(good);
      } finally {
        stop();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses every kind of bad policy on reload, naming it, and keeps deciding under the old rules', () => {
    const changes: PolicyChange[] = [];
    const holder = new PolicyHolder(compiled(), {
      knownConnections: ['ehr', 'scratch'],
      onChange: (c) => changes.push(c),
    });
    const before = holder.current();
    const rule = (match: string) => `version: 1\nrules:\n  - id: r1\n    action: deny\n    match: ${match}\n`;
    const bad: [string, RegExp][] = [
      [rule("{ arguments: [{ path: $.q, pattern: '[a-' }] }"), /rules\.0 \(r1\): .*not a valid RE2 pattern/],
      [rule("{ arguments: [{ path: $.q, pattern: '(\\w+)\\s+\\1' }] }"), /not a valid RE2 pattern/],
      [rule('{ tool: read_chart }'), /Unrecognized key\(s\) in object: 'tool'/],
      [rule('{ connections: billing }'), /unknown connection "billing"/],
      [rule("{ arguments: [{ path: 'q[', pattern: x }] }"), /rules\.0 \(r1\)/],
      ['version: 1\nrules: [oops\n', /./],
    ];
    for (const [text, named] of bad) {
      const change = holder.reloadText(text);
      expect(change.accepted, text).toBe(false);
      expect(change.error, text).toMatch(named);
      expect(holder.current()).toBe(before);
    }
    expect(changes).toHaveLength(bad.length);
    expect(decide(holder.current(), request()).rule?.id).toBe('clinicians');
  });
});

async function waitUntil(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('globs', () => {
  it('match exact, prefix, suffix and general wildcard shapes', async () => {
    const { compileGlob } = await import('./patterns');
    const cases: [string, string, boolean][] = [
      ['read_*', 'read_chart', true],
      ['read_*', 'write_chart', false],
      ['*@example.com', 'alice@example.com', true],
      ['*@example.com', 'alice@example.org', false],
      ['refs/heads/release-?.*', 'refs/heads/release-2.1', true],
      ['refs/heads/release-?.*', 'refs/heads/release-10.1', false],
      ['a*b*c', 'axxbyyc', true],
      ['a*b*c', 'axxbyy', false],
      ['ehr://patients/*/notes', 'ehr://patients/7/notes', true],
      ['*', '', true],
      ['get_patient', 'get_patient', true],
      ['get_patient', 'get_patients', false],
    ];
    for (const [glob, value, expected] of cases)
      expect(compileGlob(glob).test(value), `${glob} ~ ${value}`).toBe(expected);
    // A backtracking glob would take on the order of 20,000^5 steps here: the test timeout is the check.
    expect(compileGlob('*a*a*a*a*a*b').test('a'.repeat(20_000))).toBe(false);
  }, 30_000);
});

describe('argument patterns', () => {
  it('check an anchored literal prefix first, without changing what matches', async () => {
    const { anchoredLiteralPrefix, compilePattern } = await import('./patterns');
    expect(anchoredLiteralPrefix('^VIP-[0-9]+$')).toBe('VIP-');
    expect(anchoredLiteralPrefix('^ab?c')).toBe('a');
    expect(anchoredLiteralPrefix('^ab*c')).toBe('a');
    expect(anchoredLiteralPrefix('^ab+c')).toBe('ab');
    expect(anchoredLiteralPrefix('^a|b')).toBe('');
    expect(anchoredLiteralPrefix('VIP')).toBe('');
    expect(anchoredLiteralPrefix('^\\d+')).toBe('');
    for (const [pattern, value, expected] of [
      ['^VIP-[0-9]+$', 'VIP-12', true],
      ['^VIP-[0-9]+$', 'P-12', false],
      ['^ab?c', 'ac', true],
      ['^ab*c', 'ac', true],
      ['^ab+c', 'abbc', true],
      ['^(?i)vip', 'VIP-1', true],
    ] as const) {
      expect(compilePattern(pattern).test(value), `${pattern} ~ ${value}`).toBe(expected);
    }
  });
});
