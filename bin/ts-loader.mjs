// Runs the project's TypeScript in this process: tsx resolves imports (extensionless and .js
// specifiers to .ts files, workspace packages), ts-loader-hooks.mjs compiles them with esbuild.
// tsx compiles with keepNames, which wraps every function and class expression in a naming call
// (a defineProperty each time a closure is created); V8 already names the functions that matter,
// so these hooks compile without it.
import { readFileSync } from 'node:fs';
import { register as registerHooks } from 'node:module';
import { register as registerTsx } from 'tsx/esm/api';

// The tsconfig options esbuild reads; the others only concern type checking.
const ESBUILD_TSCONFIG_OPTIONS = [
  'target',
  'useDefineForClassFields',
  'verbatimModuleSyntax',
  'experimentalDecorators',
  'jsx',
  'jsxFactory',
  'jsxFragmentFactory',
  'jsxImportSource',
];

export function registerTypeScript() {
  registerTsx();
  const tsconfig = JSON.parse(readFileSync(new URL('../tsconfig.base.json', import.meta.url), 'utf8'));
  const compilerOptions = Object.fromEntries(
    ESBUILD_TSCONFIG_OPTIONS.filter((name) => name in tsconfig.compilerOptions).map((name) => [
      name,
      tsconfig.compilerOptions[name],
    ]),
  );
  // Registered last, so its load hook runs before tsx's.
  registerHooks('./ts-loader-hooks.mjs', { parentURL: import.meta.url, data: { compilerOptions } });
  // Stack traces point into the .ts files through the inline source maps.
  process.setSourceMapsEnabled(true);
}
