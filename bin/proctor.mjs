#!/usr/bin/env node
// The `proctor` command. Loads the TypeScript CLI through tsx, so `npm ci` is all it needs.
import { register } from 'tsx/esm/api';

register();
const { run } = await import(new URL('../src/cli/main.ts', import.meta.url).href);
const code = await run(process.argv.slice(2));
if (typeof code === 'number') process.exitCode = code;
