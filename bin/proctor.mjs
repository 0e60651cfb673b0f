#!/usr/bin/env node
// The `proctor` command. Loads the TypeScript CLI through ts-loader.mjs, so `npm ci` is all it needs.
import { registerTypeScript } from './ts-loader.mjs';

registerTypeScript();
// `proctor connect` is started by desktop apps and IDEs whenever they open: it loads only itself.
const entry = process.argv[2] === 'connect' ? '../src/cli/connect-main.ts' : '../src/cli/main.ts';
const { run } = await import(new URL(entry, import.meta.url).href);
const code = await run(process.argv.slice(2));
if (typeof code === 'number') process.exitCode = code;
