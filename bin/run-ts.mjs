#!/usr/bin/env node
import { resolve } from 'node:path';
// Runs a TypeScript entry point: `node bin/run-ts.mjs path/to/file.ts [args]` (see ts-loader.mjs).
import { pathToFileURL } from 'node:url';
import { registerTypeScript } from './ts-loader.mjs';

registerTypeScript();
const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: run-ts <file.ts> [args]\n');
  process.exit(2);
}
process.argv = [process.argv[0] ?? 'node', resolve(entry), ...rest];
await import(pathToFileURL(resolve(entry)).href);
