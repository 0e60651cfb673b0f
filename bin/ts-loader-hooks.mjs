// Module hooks that compile the project's TypeScript with esbuild, without tsx's keepNames.
// Registered after tsx's hooks (see ts-loader.mjs), so this load hook runs first: it compiles
// ES-module .ts/.mts/.tsx files itself and hands everything else (JavaScript, CommonJS, JSON,
// .cts) to the next hook. Resolution stays tsx's.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform, version } from 'esbuild';
import { openDiskCache } from './ts-compile-cache.mjs';

const LOADERS = new Map([
  ['.ts', 'ts'],
  ['.mts', 'ts'],
  ['.tsx', 'tsx'],
]);
// Formats tsx's resolve hook gives an ES module written in TypeScript (undefined: no opinion).
const ESM_FORMATS = new Set([undefined, 'module', 'module-typescript']);

/** @type {import('esbuild').TransformOptions} */
let baseOptions = {
  format: 'esm',
  target: `node${process.versions.node}`,
  sourcemap: 'inline',
  keepNames: false,
};
/** Compiled output per digest of its inputs, for modules loaded again under another URL. */
const compiled = new Map();
const disk = openDiskCache();

/**
 * Receives the compiler options esbuild honours from the project's tsconfig (ts-loader.mjs reads
 * them), e.g. verbatimModuleSyntax, so imports are kept or dropped as `tsc` checks them.
 * @param {{ compilerOptions?: Record<string, unknown> } | undefined} data
 */
export function initialize(data) {
  if (data?.compilerOptions) {
    baseOptions = { ...baseOptions, tsconfigRaw: { compilerOptions: data.compilerOptions } };
  }
}

/**
 * @param {string} url
 * @param {{ format?: string, importAttributes?: Record<string, string> }} context
 * @param {(url: string, context?: object) => Promise<object>} nextLoad
 */
export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !ESM_FORMATS.has(context.format)) return nextLoad(url, context);
  const path = fileURLToPath(url);
  const loader = LOADERS.get(extname(path));
  if (loader === undefined) return nextLoad(url, context);
  const source = await readFile(path, 'utf8');
  return { format: 'module', source: await compile(path, source, loader), shortCircuit: true };
}

/**
 * @param {string} path
 * @param {string} source
 * @param {'ts' | 'tsx'} loader
 * @returns {Promise<string>}
 */
async function compile(path, source, loader) {
  const options = { ...baseOptions, loader, sourcefile: path };
  const key = createHash('sha256')
    .update(`${version}\0${JSON.stringify(options)}\0`)
    .update(source)
    .digest('hex');
  const cached = compiled.get(key) ?? (await (await disk)?.get(key));
  if (cached !== undefined) {
    compiled.set(key, cached);
    return cached;
  }
  let code;
  try {
    ({ code } = await transform(source, options));
  } catch (error) {
    throw compileError(error);
  }
  compiled.set(key, code);
  await (await disk)?.set(key, code);
  return code;
}

/**
 * esbuild's failure as one SyntaxError naming each file:line:column (1-based), without its
 * internal stack and error objects.
 * @param {unknown} error
 */
function compileError(error) {
  const errors = /** @type {{ errors?: import('esbuild').Message[] }} */ (error).errors;
  if (!Array.isArray(errors)) return error;
  const lines = errors.map(({ location, text }) =>
    location ? `${location.file}:${location.line}:${location.column + 1}: ${text}` : text,
  );
  const failure = new SyntaxError(`TypeScript does not compile:\n${lines.join('\n')}`);
  failure.stack = `SyntaxError: ${failure.message}`;
  return failure;
}
