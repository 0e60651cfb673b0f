/**
 * Canonical JSON (the RFC 8785 / JCS serialisation for the values audit events hold): object
 * keys sorted by UTF-16 code units, no whitespace, strings and numbers exactly as ECMAScript's
 * JSON.stringify writes them. Two parties holding the same value produce the same bytes, so a
 * hash over them can be recomputed anywhere, from ClickHouse rows or from a bundle.
 */
import { IntegrityError } from './errors';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** `at` names the value in error messages (default `$`). */
export function canonicalJson(value: JsonValue, at = '$'): string {
  const out: string[] = [];
  write(value, out, at === '$' ? ROOT : { parent: undefined, step: at });
  return out.join('');
}

/**
 * Where a value sits, for error messages only: built as a chain of parent links and turned
 * into text only when a value is refused, so the common path allocates no path strings.
 */
interface Where {
  parent: Where | undefined;
  step: string | number;
}
const ROOT: Where = { parent: undefined, step: '$' };

function pathOf(where: Where): string {
  const steps: string[] = [];
  for (let w: Where | undefined = where; w !== undefined; w = w.parent) {
    steps.push(typeof w.step === 'number' ? `[${w.step}]` : w.parent === undefined ? w.step : `.${w.step}`);
  }
  return steps.reverse().join('');
}

/** Strings, numbers, booleans and null as JSON.stringify writes them; undefined when not a scalar. */
export function canonicalScalar(value: unknown, where: () => string): string | undefined {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new IntegrityError('INTEGRITY_NOT_CANONICAL', `${where()} is not a finite number`);
    }
    return JSON.stringify(value);
  }
  return undefined;
}

function write(value: JsonValue, out: string[], where: Where): void {
  const scalar = canonicalScalar(value, () => pathOf(where));
  if (scalar !== undefined) {
    out.push(scalar);
    return;
  }
  if (Array.isArray(value)) {
    out.push('[');
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out.push(',');
      write(value[i] as JsonValue, out, { parent: where, step: i });
    }
    out.push(']');
    return;
  }
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) {
    throw new IntegrityError('INTEGRITY_NOT_CANONICAL', `${pathOf(where)} is not a JSON value`);
  }
  out.push('{');
  let first = true;
  for (const key of Object.keys(value).sort()) {
    const item = value[key];
    if (item === undefined) continue;
    if (!first) out.push(',');
    first = false;
    out.push(JSON.stringify(key), ':');
    write(item, out, { parent: where, step: key });
  }
  out.push('}');
}
