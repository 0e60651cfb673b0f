/**
 * A `__proto__` key in a client's body. JSON.parse keeps it as a plain key the policy reads
 * past, while a server that merges arguments into an object (`Object.assign`, a naive deep
 * merge) turns it into a prototype whose values the call then has — arguments no rule saw.
 * Proctor therefore refuses any client body with such a key anywhere, spelt plainly or with
 * escapes. The same merge reaches the prototype through `"constructor": {"prototype": …}`
 * (target.constructor is Object, its prototype Object.prototype: the lodash defaultsDeep
 * pollution), so a `constructor` object holding a `prototype` key is refused too; a
 * `constructor` or `prototype` key on its own is ordinary data.
 */

import { GatewayError } from './errors';
import type { ParsedBody } from './json-rpc';

const PROTO = Buffer.from('__proto__');
const PROTOTYPE = Buffer.from('prototype');
// Escaped spellings ("\u005f_proto__") parse to the same key: any escape means a look.
const ESCAPE = Buffer.from('\\u');

/** The refusal's message for each way to the prototype (http/refusals.ts reads both as proto_key). */
const REFUSALS = {
  proto: 'Invalid Request: an object has a "__proto__" key',
  constructor: 'Invalid Request: an object has a "constructor" key holding a "prototype" key',
} as const;

/** Refuses a parsed client body with a way to a prototype (see above), -32600 under the request's id. */
export function refuseProtoKeys(body: Buffer, parsed: ParsedBody, maxDepth: number): void {
  if (!body.includes(PROTO) && !body.includes(PROTOTYPE) && !body.includes(ESCAPE)) return;
  for (const frame of parsed.frames) {
    const found = protoPath(frame.message, maxDepth);
    if (found !== null) {
      throw new GatewayError('INVALID_REQUEST', REFUSALS[found], {
        idJson: parsed.batch ? null : frame.idJson,
      });
    }
  }
}

function protoPath(value: unknown, depth: number): keyof typeof REFUSALS | null {
  if (typeof value !== 'object' || value === null || depth < 0) return null;
  const items = Array.isArray(value) ? value : Object.values(value);
  if (!Array.isArray(value)) {
    if (Object.hasOwn(value, '__proto__')) return 'proto';
    const maker = (value as Record<string, unknown>).constructor;
    if (Object.hasOwn(value, 'constructor') && isObject(maker) && Object.hasOwn(maker, 'prototype'))
      return 'constructor';
  }
  for (const item of items) {
    const found = protoPath(item, depth - 1);
    if (found !== null) return found;
  }
  return null;
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
