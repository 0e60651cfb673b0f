// Test fixture for child-guard.test.ts: starts a guarded long-running child, reports its pid
// and scratch dir on stdout, then waits to be killed.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { guardChild } from './child-guard';

const scratchDir = mkdtempSync(join(tmpdir(), 'proctor-guard-test-'));
const child = spawn('sleep', ['300'], { stdio: 'ignore' });
guardChild(child, { scratchDir, graceMs: 2_000 });
process.stdout.write(`${JSON.stringify({ pid: child.pid, scratchDir })}\n`);
setInterval(() => {}, 1_000);
