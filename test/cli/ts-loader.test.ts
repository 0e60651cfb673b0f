import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chmod, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../harness';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** Runs a TypeScript file the way the benchmarks and scripts do: `node bin/run-ts.mjs <file>`. */
function runTs(file: string, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['bin/run-ts.mjs', file], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
}

/** The fixture's JSON line, from a run that must have succeeded silently. */
function fixtureOutput(env: Record<string, string> = {}) {
  const run = runTs(join(FIXTURES, 'ts-loader-fixture.ts'), env);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout);
}

/** The compile cache directory the loader uses under a given temp directory. */
function cacheDirUnder(tmp: string): string {
  return join(tmp, `proctor-ts-${process.getuid?.()}`);
}

/** The 1-based line of the first line of a fixture that contains `text`. */
function lineOf(fixture: string, text: string): number {
  const lines = readFileSync(join(FIXTURES, fixture), 'utf8').split('\n');
  const index = lines.findIndex((line) => line.includes(text));
  expect(index, `${fixture} contains ${text}`).toBeGreaterThanOrEqual(0);
  return index + 1;
}

describe('bin/run-ts.mjs TypeScript loader', () => {
  it('compiles without naming wrappers and keeps ES module semantics, imports and source maps', () => {
    const out = fixtureOutput();

    // No keepNames: the closure is created bare, and V8 still names it after its variable.
    expect(out.makeCounter).toContain('const next = () => ++count;');
    expect(out.makeCounter).not.toContain('__name');
    expect(out.closureName).toBe('next');
    expect(out.closureCount).toBe(2);
    // tsconfig's target ES2022: class fields are defined, as tsc emits them.
    expect(out.classFieldDefined).toBe(true);
    // '.js' and extensionless specifiers, a workspace package, a JSON import with attributes.
    expect(out.greeting).toBe('hello loader');
    expect(out.retryable).toBe(false);
    expect(out.spec).toBeNull();
    expect(out.packageName).toBe('proctor');
    expect(out.url).toMatch(/^file:\/\/.*\/test\/cli\/fixtures\/ts-loader-fixture\.ts$/);
    expect(out.dirname).toBe(FIXTURES.replace(/[\\/]$/, ''));

    // The stack points at the .ts sources' own lines.
    const throwLine = lineOf('ts-loader-helper.ts', "throw new Error('fixture failure')");
    const callLine = lineOf('ts-loader-fixture.ts', '    fail();');
    expect(out.stack).toContain(`ts-loader-helper.ts:${throwLine}:`);
    expect(out.stack).toContain(`ts-loader-fixture.ts:${callLine}:`);
  });

  it('reports a file that does not compile by its path and line, without a crash trace', async () => {
    const dir = await tempDir('ts-loader');
    await writeFile(join(dir, 'package.json'), '{ "type": "module" }\n');
    await writeFile(join(dir, 'broken.ts'), 'export const ok = 1;\nconst missing: number = ;\n');
    const run = runTs(join(dir, 'broken.ts'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('TypeScript does not compile');
    expect(run.stderr).toContain(`${join(dir, 'broken.ts')}:2:`);
    expect(run.stderr).not.toContain('esbuild');
  });

  it('reuses compiled files from a private cache directory in the temp directory', async () => {
    const tmp = await tempDir('ts-loader-cache');
    const first = fixtureOutput({ TMPDIR: tmp });
    const dir = cacheDirUnder(tmp);
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
    const entries = (await readdir(dir)).filter((name) => name.endsWith('.mjs'));
    expect(entries.length).toBeGreaterThanOrEqual(2);
    const compiled = await Promise.all(entries.map((name) => readFile(join(dir, name), 'utf8')));
    const helper = compiled.find((code) => code.includes('fixture failure'));
    expect(helper).toContain('sourceMappingURL=data:application/json;base64,');
    expect(helper).not.toContain('__name');
    // Served from the cache, the output (stack lines included) is the same.
    expect(fixtureOutput({ TMPDIR: tmp })).toEqual(first);
  });

  it('does not cache in, nor read from, a cache directory others can write to', async () => {
    const tmp = await tempDir('ts-loader-cache-open');
    const dir = cacheDirUnder(tmp);
    await mkdir(dir);
    await chmod(dir, 0o777);
    const out = fixtureOutput({ TMPDIR: tmp });
    expect(out.greeting).toBe('hello loader');
    expect(await readdir(dir)).toEqual([]);
  });
});
