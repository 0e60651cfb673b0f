// Module hooks that compile the project's TypeScript with esbuild, without tsx's keepNames.
// Registered after tsx's hooks (see ts-loader.mjs), so this load hook runs first: it compiles
// ES-module .ts/.mts/.tsx files itself and hands everything else (JavaScript, CommonJS, JSON,
// .cts) to the next hook. Resolution stays tsx's.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

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
/** Compiled output per (path, source) digest, for modules loaded again under another URL. */
const compiled = new Map();

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
  const key = createHash('sha256').update(path).update('\0').update(source).digest('base64');
  const cached = compiled.get(key);
  if (cached !== undefined) return cached;
  try {
    const { code } = await transform(source, { ...baseOptions, loader, sourcefile: path });
    compiled.set(key, code);
    return code;
  } catch (error) {
    throw compileError(error);
  }
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
