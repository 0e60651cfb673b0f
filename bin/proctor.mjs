#!/usr/bin/env node
// The `proctor` command. Loads the TypeScript CLI through tsx so a fresh `npm ci` is all it needs.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const main = new URL('../src/cli/main.ts', import.meta.url);
const { run } = await import(main.href);
const code = await run(process.argv.slice(2));
if (typeof code === 'number') process.exitCode = code;
void fileURLToPath;
