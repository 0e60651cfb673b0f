/**
 * Cost of one policy decision with 50 rules (globs over tools and subjects, CI claims, group
 * checks, argument patterns), for a request that only the 49th rule decides, and the cost of
 * filtering a 20-tool tools/list. Run:
 *   node bin/run-ts.mjs packages/policy/bench/decide-throughput.ts
 */
import { createHash } from 'node:crypto';
import type { Identity } from '@proctor/events';
import { compilePolicy, type PolicyRequest } from '../src/compile';
import { decide, isVisible } from '../src/decide';

const rules: unknown[] = [];
for (let i = 0; i < 46; i++) {
  const kind = i % 4;
  if (kind === 0)
    rules.push({ id: `tool-${i}`, match: { tools: [`tool_${i}_*`, `other_${i}`] }, action: 'deny' });
  if (kind === 1)
    rules.push({
      id: `ci-${i}`,
      match: { ci: { repository: `org/repo-${i}`, ref: 'refs/heads/*' } },
      action: 'allow',
    });
  if (kind === 2)
    rules.push({
      id: `group-${i}`,
      match: { groups: [`team-${i}`], subjects: '*@example.org' },
      action: 'allow',
    });
  if (kind === 3) {
    rules.push({
      id: `args-${i}`,
      match: { tools: 'read_*', arguments: [{ path: '$.patient.id', pattern: `^X${i}-[0-9]+$` }] },
      action: 'deny',
    });
  }
}
rules.push(
  { id: 'mask-reads', match: { tools: 'read_*' }, action: 'mask' },
  { id: 'record-all', match: { connections: 'ehr' }, action: 'record', record: 'full' },
  {
    id: 'vip',
    match: { tools: 'read_*', arguments: [{ path: '$.patient.id', pattern: '^VIP-' }] },
    action: 'deny',
  },
  { id: 'clinicians', match: { groups: 'clinicians', tools: ['read_*', 'search_*'] }, action: 'allow' },
);
const policy = compilePolicy({ version: 1, defaults: { ehr: 'deny' }, rules }, { knownConnections: ['ehr'] });
const identity: Identity = {
  subject: 'dr.avery@example.com',
  issuer: 'https://idp.example.com',
  groups: ['clinicians', 'staff'],
  ci: null,
};
const request: PolicyRequest = {
  identity,
  connection: 'ehr',
  method: 'tools/call',
  toolName: 'read_chart',
  resourceUri: null,
  promptName: null,
  arguments: { patient: { id: 'P-123456' }, fields: ['allergies', 'conditions'] },
  era: 'stateful',
};

function perCallMicros(iterations: number, fn: () => void): number {
  for (let i = 0; i < 2000; i++) fn();
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) fn();
  return Number(process.hrtime.bigint() - start) / 1000 / iterations;
}

// A reference point for how busy the machine is: SHA-256 of 1 KB (about 2 µs on an idle core).
const kilobyte = Buffer.alloc(1024, 7);
console.log(
  `calibration, sha256 of 1 KB: ${perCallMicros(50_000, () => createHash('sha256').update(kilobyte).digest()).toFixed(2)} µs`,
);
const verdict = decide(policy, request);
console.log(
  `${policy.rules.length} rules; decided by ${verdict.rule?.id} (${verdict.verdict}, mask ${verdict.maskRule})`,
);
console.log(`decide: ${perCallMicros(100_000, () => decide(policy, request)).toFixed(2)} µs/call`);
const tools = Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? `read_${i}` : `tool_${i * 4}_x`));
const list = perCallMicros(20_000, () => {
  for (const name of tools) isVisible(policy, { identity, connection: 'ehr', era: 'stateful' }, 'tool', name);
});
console.log(`tools/list filter, 20 tools: ${list.toFixed(2)} µs/list`);
