#!/usr/bin/env node
// Compares two result directories of `conformance server -o DIR` (the server directly, and
// the same server through the gateway): a Markdown table of passed/failed checks per
// scenario, the scenarios the requirement set scores apart from those it runs but does not
// score (extension, pending, added after the release: read from the runner's output saved
// as DIR.log, when there), then every check whose status differs, with the message of the
// second run.
//
//   node test/conformance/compare.mjs DIRECT_DIR GATEWAY_DIR
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

/** scenario → why the requirement set does not score it, from the runner's "Not scored" list in DIR.log. */
function unscored(dir) {
  const reasons = new Map();
  const log = `${dir.replace(/\/+$/, '')}.log`;
  if (!existsSync(log)) return reasons;
  for (const line of readFileSync(log, 'utf8').split('\n')) {
    const match = line.match(/^\s+[✓✗] (\S+) \(([a-z-]+)\)$/);
    if (match) reasons.set(match[1], match[2]);
  }
  return reasons;
}

function tally(checks = []) {
  const t = { passed: 0, failed: 0, warnings: 0 };
  for (const c of checks) {
    if (c.status === 'SUCCESS') t.passed++;
    if (c.status === 'FAILURE') t.failed++;
    if (c.status === 'WARNING') t.warnings++;
  }
  return t;
}

function cell(checks) {
  if (!checks) return 'not run';
  const t = tally(checks);
  return `${t.failed === 0 ? '✓' : '✗'} ${t.passed}/${t.failed}${t.warnings ? ` (${t.warnings} warn.)` : ''}`;
}

const [directDir, gatewayDir] = process.argv.slice(2);
if (!directDir || !gatewayDir) {
  console.error('usage: compare.mjs DIRECT_DIR GATEWAY_DIR');
  process.exit(2);
}
const direct = load(directDir);
const gateway = load(gatewayDir);
const notScored = new Map([...unscored(directDir), ...unscored(gatewayDir)]);
const names = [...new Set([...direct.keys(), ...gateway.keys()])].sort(
  (a, b) => Number(notScored.has(a)) - Number(notScored.has(b)),
);

console.log('| scenario | direct (checks passed/failed) | through Proctor |');
console.log('| --- | --- | --- |');
for (const name of names) {
  const label = notScored.has(name) ? `${name} (not scored: ${notScored.get(name)})` : name;
  console.log(`| ${label} | ${cell(direct.get(name))} | ${cell(gateway.get(name))} |`);
}

/** Scenarios without a failed check, and checks passed/failed/warned, over the scenarios `keep` selects. */
function totals(runs, keep) {
  const t = { scenarios: 0, clean: 0, passed: 0, failed: 0, warnings: 0 };
  for (const [name, checks] of runs) {
    if (!keep(name)) continue;
    const s = tally(checks);
    t.scenarios++;
    if (s.failed === 0) t.clean++;
    t.passed += s.passed;
    t.failed += s.failed;
    t.warnings += s.warnings;
  }
  return `${t.clean}/${t.scenarios} scenarios; checks ${t.passed} passed, ${t.failed} failed, ${t.warnings} warnings`;
}
const scored = (name) => !notScored.has(name);
if (notScored.size > 0) {
  console.log(`| **scored** | ${totals(direct, scored)} | ${totals(gateway, scored)} |`);
  console.log(
    `| **not scored** | ${totals(direct, (n) => !scored(n))} | ${totals(gateway, (n) => !scored(n))} |`,
  );
}
console.log(`| **all** | ${totals(direct, () => true)} | ${totals(gateway, () => true)} |`);

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
