#!/usr/bin/env node
// Compares two result directories of `conformance server -o DIR` (the server directly, and
// the same server through the gateway): a Markdown table of passed/failed checks per
// scenario, then every check whose status differs, with the message of the second run.
//
//   node test/conformance/compare.mjs DIRECT_DIR GATEWAY_DIR
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** scenario → its checks (an id may repeat), from each `server-<scenario>-<timestamp>/checks.json`. */
function load(dir) {
  const scenarios = new Map();
  for (const entry of readdirSync(dir)) {
    const match = entry.match(/^server-(.*)-\d{4}-\d\d-\d\dT/);
    if (!match) continue;
    let checks;
    try {
      checks = JSON.parse(readFileSync(join(dir, entry, 'checks.json'), 'utf8'));
    } catch {
      continue;
    }
    scenarios.set(match[1], checks);
  }
  return scenarios;
}

function counts(checks) {
  if (!checks) return 'not run';
  let passed = 0;
  let failed = 0;
  for (const c of checks) {
    if (c.status === 'SUCCESS') passed++;
    if (c.status === 'FAILURE') failed++;
  }
  return `${failed === 0 ? '✓' : '✗'} ${passed}/${failed}`;
}

const [directDir, gatewayDir] = process.argv.slice(2);
if (!directDir || !gatewayDir) {
  console.error('usage: compare.mjs DIRECT_DIR GATEWAY_DIR');
  process.exit(2);
}
const direct = load(directDir);
const gateway = load(gatewayDir);
const names = [...new Set([...direct.keys(), ...gateway.keys()])];

console.log('| scenario | direct (passed/failed) | through Proctor |');
console.log('| --- | --- | --- |');
for (const name of names)
  console.log(`| ${name} | ${counts(direct.get(name))} | ${counts(gateway.get(name))} |`);

const total = (runs) => {
  let passed = 0;
  let failed = 0;
  for (const checks of runs.values()) {
    for (const c of checks) {
      if (c.status === 'SUCCESS') passed++;
      if (c.status === 'FAILURE') failed++;
    }
  }
  return `${passed} passed, ${failed} failed`;
};
console.log(`| **total** | ${total(direct)} | ${total(gateway)} |`);

console.log('\nChecks whose status differs (direct → through Proctor):');
/** check id → its statuses in order, and the first failure's message. */
function byId(checks = []) {
  const ids = new Map();
  for (const c of checks) {
    const entry = ids.get(c.id) ?? { statuses: [], why: undefined };
    entry.statuses.push(c.status);
    if (c.status !== 'SUCCESS' && entry.why === undefined) entry.why = c.errorMessage;
    ids.set(c.id, entry);
  }
  return ids;
}

for (const name of names) {
  const a = byId(direct.get(name));
  const b = byId(gateway.get(name));
  for (const id of new Set([...a.keys(), ...b.keys()])) {
    const before = a.get(id)?.statuses.join(',') ?? '-';
    const after = b.get(id)?.statuses.join(',') ?? '-';
    // Equal, or both only trace records (INFO: requests and responses the runner logged).
    if (before === after || /^(INFO,?)+$/.test(`${before},${after}`.replace(/-/g, 'INFO'))) continue;
    const why = b.get(id)?.why;
    console.log(`- ${name} :: ${id}: ${before} → ${after}${why ? ` (${why.split('\n')[0]})` : ''}`);
  }
}
