/**
 * A writer compiled once per schema into one JavaScript function per record type: the same
 * bytes as avsc's `Type#encode` (it writes through avsc's own Tap), and a throw wherever
 * avsc's would throw, without avsc's per-value dispatch. avsc writes each field through its
 * type's `_write` (a call that sees every type of the schema) and picks a nullable field's
 * branch by looking its value's kind up in a table (a keyed load that sees every union): the
 * audit event's 60-odd nullable fields made encoding a few microseconds per event. Here every
 * field is written by code of its own, its checks and branch picked inline.
 *
 * Only the kinds of type the audit-event schemas use are compiled (records, arrays, unions of
 * them, null, boolean, int, long, string, bytes); a schema with any other kind compiles to
 * null, and its events are written by avsc.
 */
import { createRequire } from 'node:module';
import type * as Avsc from 'avsc';

/** avsc's Tap: a buffer and a position; writes past the end only move the position. */
export interface AvroTap {
  buf: Buffer;
  pos: number;
  isValid(): boolean;
}

const { Tap } = createRequire(import.meta.url)('avsc/lib/utils') as {
  Tap: new (buf: Buffer, pos: number) => AvroTap;
};

export type CompiledWriter = (tap: AvroTap, value: unknown) => void;

/** The largest magnitude avsc writes as a long (its isSafeLong). */
const MAX_LONG = 9007199254740990;

interface AvscField {
  name: string;
  type: AvscType;
  defaultValue(): unknown;
}

interface AvscType {
  typeName: string;
  branchName?: string;
  fields?: AvscField[];
  types?: AvscType[];
  itemsType?: AvscType;
  toBuffer(value: unknown): Buffer;
}

class Unsupported extends Error {}

/** A writer for `type`'s values, or null when the schema uses a kind of type not compiled here. */
export function compileAvroWriter(type: Avsc.Type): CompiledWriter | null {
  const records = new Map<AvscType, string>();
  const functions: string[] = [];
  const constants: unknown[] = [];
  let vars = 0;
  const fresh = () => `x${vars++}`;
  const constant = (value: unknown) => {
    constants.push(value);
    return `c[${constants.length - 1}]`;
  };

  /** Statements that write the value held by variable `x` as `t`. */
  const write = (t: AvscType, x: string): string => {
    switch (t.typeName) {
      case 'null':
        return `if (${x} !== null) bad();`;
      case 'boolean':
        return `if (typeof ${x} !== 'boolean') bad(); t.writeBoolean(${x});`;
      case 'int':
        return `if (${x} !== (${x} | 0)) bad(); t.writeInt(${x});`;
      case 'long':
        return `if (typeof ${x} !== 'number' || ${x} % 1 || !(${x} >= -${MAX_LONG} && ${x} <= ${MAX_LONG})) bad(); t.writeLong(${x});`;
      case 'string':
        return `if (typeof ${x} !== 'string') bad(); t.writeString(${x});`;
      case 'bytes':
        return `if (!Buffer.isBuffer(${x})) bad(); t.writeBytes(${x});`;
      case 'array': {
        const item = fresh();
        const i = fresh();
        const n = fresh();
        return `if (!Array.isArray(${x})) bad(); const ${n} = ${x}.length; if (${n}) { t.writeLong(${n}); for (let ${i} = 0; ${i} < ${n}; ${i}++) { const ${item} = ${x}[${i}]; ${write(t.itemsType as AvscType, item)} } } t.writeLong(0);`;
      }
      case 'record':
        return `${recordFunction(t)}(t, ${x});`;
      case 'union:unwrapped':
        return unwrappedUnion(t, x);
      case 'union:wrapped':
        return wrappedUnion(t, x);
      default:
        throw new Unsupported(t.typeName);
    }
  };

  /** avsc's unwrapped union: the branch is the one of the value's kind (its getValueBucket). */
  const unwrappedUnion = (t: AvscType, x: string): string => {
    const tests: Record<string, string> = {
      null: `${x} === null`,
      boolean: `typeof ${x} === 'boolean'`,
      number: `typeof ${x} === 'number'`,
      string: `typeof ${x} === 'string'`,
      array: `Array.isArray(${x})`,
      buffer: `typeof ${x} === 'object' && ${x} !== null && !Array.isArray(${x}) && Buffer.isBuffer(${x})`,
      object: `typeof ${x} === 'object' && ${x} !== null && !Array.isArray(${x}) && !Buffer.isBuffer(${x})`,
    };
    const branches = (t.types ?? []).map((branch, index) => {
      const test = tests[bucketOf(branch)];
      if (test === undefined) throw new Unsupported(branch.typeName);
      const body = branch.typeName === 'null' ? '' : write(branch, x);
      return `if (${test}) { t.writeLong(${index}); ${body} }`;
    });
    return `${branches.join(' else ')} else bad();`;
  };

  /** avsc's wrapped union: `null`, or an object whose one key names the branch. */
  const wrappedUnion = (t: AvscType, x: string): string => {
    const types = t.types ?? [];
    const nullIndex = types.findIndex((b) => b.typeName === 'null');
    const keys = fresh();
    const cases = types.map((branch, index) => {
      const inner = fresh();
      return `case ${JSON.stringify(branch.branchName)}: { t.writeLong(${index}); const ${inner} = ${x}[${keys}[0]]; ${write(branch, inner)} break; }`;
    });
    const whenNull = nullIndex < 0 ? 'bad();' : `t.writeLong(${nullIndex});`;
    return `if (${x} === null) { ${whenNull} } else { const ${keys} = Object.keys(${x}); if (${keys}.length !== 1) bad(); switch (${keys}[0]) { ${cases.join(' ')} default: bad(); } }`;
  };

  /** The name of the function that writes records of `t`, compiled on first use. */
  const recordFunction = (t: AvscType): string => {
    const known = records.get(t);
    if (known !== undefined) return known;
    const name = `r${records.size}`;
    records.set(t, name);
    const statements = (t.fields ?? []).map((field) => {
      const x = fresh();
      const read = `const ${x} = v[${JSON.stringify(field.name)}];`;
      const fallback = field.defaultValue();
      if (fallback === undefined) return `${read} ${write(field.type, x)}`;
      // avsc writes a field left undefined as its default's bytes, copied as a binary string.
      const bytes = field.type.toBuffer(fallback).toString('binary');
      return `${read} if (${x} === undefined) t.writeBinary(${constant(bytes)}, ${bytes.length}); else { ${write(field.type, x)} }`;
    });
    functions.push(`function ${name}(t, v) { ${statements.join('\n')} }`);
    return name;
  };

  try {
    const root = recordFunctionOrValue(type as unknown as AvscType, recordFunction, write, fresh);
    const source = `${functions.join('\n')}\nreturn ${root};`;
    const build = new Function('Buffer', 'c', 'bad', source) as (
      buffer: typeof Buffer,
      constants: unknown[],
      bad: () => never,
    ) => CompiledWriter;
    return build(Buffer, constants, invalid);
  } catch (err) {
    if (err instanceof Unsupported) return null;
    throw err;
  }
}

/** The root writer: a record's own function, or one wrapping the statements for any other type. */
function recordFunctionOrValue(
  type: AvscType,
  recordFunction: (t: AvscType) => string,
  write: (t: AvscType, x: string) => string,
  fresh: () => string,
): string {
  if (type.typeName === 'record') return recordFunction(type);
  const x = fresh();
  return `function (t, ${x}) { ${write(type, x)} }`;
}

/** avsc's getTypeBucket: the kind of value an unwrapped union branch takes. */
function bucketOf(type: AvscType): string {
  switch (type.typeName) {
    case 'int':
    case 'long':
      return 'number';
    case 'bytes':
      return 'buffer';
    case 'record':
      return 'object';
    default:
      return type.typeName;
  }
}

function invalid(): never {
  // No value in the message: the codec names the offending path itself (it may hold PHI).
  throw new Error('value does not fit the schema');
}

/**
 * Writes `value` at `pos` of `buffer` as avsc's `type.encode(value, buffer, pos)` does: the
 * position after it, or, when the buffer was too small, minus the number of bytes missing.
 */
export function encodeInto(writer: CompiledWriter, value: unknown, buffer: Buffer, pos: number): number {
  const tap = new Tap(buffer, pos);
  writer(tap, value);
  return tap.isValid() ? tap.pos : buffer.length - tap.pos;
}
