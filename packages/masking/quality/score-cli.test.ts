/** The scorer's command line: bad options get the usage and exit status 2, never a stack trace. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function score(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['bin/run-ts.mjs', 'packages/masking/quality/score.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('score.ts command line', () => {
  it.each([['--help'], ['-h'], ['--bogus'], ['stray-argument']])('%s prints the usage and exits 2', (arg) => {
    const r = score(arg);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('usage: score.ts');
    expect(r.stderr).toContain('blind4');
    expect(r.stderr).toContain('blind5');
    expect(r.stderr).toContain('blind6');
    expect(r.stderr).toContain('blind7');
    expect(r.stderr).toContain('blind8');
    expect(r.stderr).toContain('blind9');
    expect(r.stderr).toContain('blind10');
    expect(r.stderr).toContain('blind11');
    expect(r.stderr).toContain('blind12');
    expect(r.stderr).toContain('blind13');
    expect(r.stderr).toContain('blind14');
    expect(r.stderr).toContain('blind15');
    expect(r.stderr).toContain('blind16');
    expect(r.stderr).toContain('blind17');
    expect(r.stderr).toContain('blind19');
    expect(r.stderr).toContain('blind18');
    expect(r.stderr).toContain('blind20');
    expect(r.stderr).toContain('blind21');
    expect(r.stderr).toContain('blind22');
    expect(r.stderr).toContain('blind23');
    expect(r.stderr).toContain('blind24');
    expect(r.stderr).toContain('blind25');
    expect(r.stderr).toContain('blind26');
    expect(r.stderr).toContain('blind27');
    expect(r.stderr).toContain('blind28');
    expect(r.stderr).toContain('blind29');
    expect(r.stderr).toContain('blind30');
    expect(r.stderr).toContain('blind31');
    expect(r.stderr).toContain('blind32');
    expect(r.stderr).toContain('blind33');
    expect(r.stderr).toContain('blind34');
    expect(r.stderr).toContain('blind35');
    expect(r.stderr).toContain('blind36');
    expect(r.stderr).toContain('blind37');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  });

  it('names the splits when the split is unknown', () => {
    const r = score('--split', 'nope');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      'unknown split "nope" (expected dev, heldout, blind, blind2, blind3, blind4, blind5, blind6, blind7, blind8, blind9, blind10, blind11, blind12, blind13, blind14, blind15, blind16, blind17, blind19, blind18, blind20, blind21, blind22, blind23, blind24, blind25, blind26, blind27, blind28, blind29, blind30, blind31, blind32, blind33, blind34, blind35, blind36, blind37 or all)',
    );
  });
});
