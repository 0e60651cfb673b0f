/**
 * A `__proto__` key in a client's body. JSON.parse keeps it as a plain key the policy reads
 * past, while a server that merges arguments into an object (`Object.assign`, a naive deep
 * merge) turns it into a prototype whose values the call then has — arguments no rule saw.
 * Proctor therefore refuses any client body with such a key anywhere, spelt plainly or with
 * escapes.
 */

import { GatewayError } from './errors';
import type { ParsedBody } from './json-rpc';

const PROTO = Buffer.from('__proto__');
// Escaped spellings ("\u005f_proto__") parse to the same key: any escape means a look.
const ESCAPE = Buffer.from('\\u');

/** Refuses a parsed client body with a `__proto__` key, -32600 under the request's id. */
export function refuseProtoKeys(body: Buffer, parsed: ParsedBody, maxDepth: number): void {
  if (!body.includes(PROTO) && !body.includes(ESCAPE)) return;
  for (const frame of parsed.frames) {
    if (hasProtoKey(frame.message, maxDepth)) {
      throw new GatewayError('INVALID_REQUEST', 'Invalid Request: an object has a "__proto__" key', {
        idJson: parsed.batch ? null : frame.idJson,
      });
    }
  }
}

function hasProtoKey(value: unknown, depth: number): boolean {
  if (typeof value !== 'object' || value === null || depth < 0) return false;
  if (Array.isArray(value)) return value.some((item) => hasProtoKey(item, depth - 1));
  if (Object.hasOwn(value, '__proto__')) return true;
  return Object.values(value).some((item) => hasProtoKey(item, depth - 1));
}
