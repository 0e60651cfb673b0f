/**
 * Protocol Buffers text format (debug dumps, gRPC logs, `protoc --decode` output): fields are
 * `key: "value"` or `key: value`, messages `key { … }` nested to any depth. A value is read by its
 * key and the message holding it, as a JSON key and its parent are (`name { family: "…" }`,
 * `address { city: "…" }`, `prescriber { npi: "…" }`), through the masker's field rules.
 */
import { ruleHolds } from '../field-rules';
import type { Detector } from './detector';

/** A message opening on its own line, and a quoted field: what text format looks like. */
const MESSAGE = /^[ \t]*[A-Za-z_]\w*[ \t]*\{/m;
const FIELD = /(?:^|[\s{])[A-Za-z_]\w*:[ \t]*"/;
const TOKEN = /([A-Za-z_]\w*)[ \t]*(?::[ \t]*("(?:[^"\\\n]|\\.)*"|[^\s{}"]+)|:?[ \t]*\{)|\}/g;

export const protobufText: Detector = {
  id: 'protobuf_text',
  types: [
    'name',
    'date',
    'geo',
    'zip',
    'street_address',
    'phone',
    'email',
    'mrn',
    'license',
    'health_plan',
    'other_id',
  ],
  run(ctx) {
    if (!ctx.includes('{') || !ctx.includes(': "') || !ctx.test(MESSAGE) || !ctx.test(FIELD)) return;
    const text = ctx.text;
    const parents: string[] = [];
    for (const m of text.matchAll(TOKEN)) {
      if (m[0] === '}') {
        parents.pop();
        continue;
      }
      const key = m[1] as string;
      const value = m[2];
      if (value === undefined) {
        parents.push(key);
        continue;
      }
      if (!value.startsWith('"') || value.length < 3) continue;
      const rule = ctx.fields.ruleFor(key, parents[parents.length - 1], []);
      const inner = value.slice(1, -1);
      if (!rule || ctx.skip?.has(rule.type) || !/[\p{L}\p{N}]/u.test(inner) || !ruleHolds(rule, inner))
        continue;
      const start = (m.index ?? 0) + m[0].length - value.length + 1;
      ctx.out.push({ start, end: start + inner.length, type: rule.type, ruleId: 'protobuf_text' });
    }
  },
};
