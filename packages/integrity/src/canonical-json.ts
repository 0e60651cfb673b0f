/**
 * Canonical JSON (the RFC 8785 / JCS serialisation for the values audit events hold): object
 * keys sorted by UTF-16 code units, no whitespace, strings and numbers exactly as ECMAScript's
 * JSON.stringify writes them. Two parties holding the same value produce the same bytes, so a
 * hash over them can be recomputed anywhere, from ClickHouse rows or from a bundle.
 */
import { IntegrityError } from './errors';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export function canonicalJson(value: JsonValue): string {
  const out: string[] = [];
  write(value, out, '$');
  return out.join('');
}

function write(value: JsonValue, out: string[], path: string): void {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') {
    out.push(JSON.stringify(value));
    return;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new IntegrityError('INTEGRITY_NOT_CANONICAL', `${path} is not a finite number`);
    }
    out.push(JSON.stringify(value));
    return;
  }
  if (Array.isArray(value)) {
    out.push('[');
    value.forEach((item, i) => {
      if (i > 0) out.push(',');
      write(item, out, `${path}[${i}]`);
    });
    out.push(']');
    return;
  }
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) {
    throw new IntegrityError('INTEGRITY_NOT_CANONICAL', `${path} is not a JSON value`);
  }
  out.push('{');
  let first = true;
  for (const key of Object.keys(value).sort()) {
    const item = value[key];
    if (item === undefined) continue;
    if (!first) out.push(',');
    first = false;
    out.push(JSON.stringify(key), ':');
    write(item, out, `${path}.${key}`);
  }
  out.push('}');
}
