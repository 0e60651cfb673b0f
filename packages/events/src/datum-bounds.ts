/**
 * A bounds check of an Avro binary datum against its writer schema, run before avsc reads
 * it. avsc trusts lengths and block counts: a corrupted array count can make it loop for
 * billions of items. Walking the bytes first, with every length and count checked against
 * what is left in the buffer, turns such input into a clean "corrupt" answer.
 */

type CanonicalSchema = string | CanonicalSchema[] | NamedOrComplex;

interface NamedOrComplex {
  type: string;
  name?: string;
  fields?: { name: string; type: CanonicalSchema }[];
  items?: CanonicalSchema;
  values?: CanonicalSchema;
  symbols?: string[];
  size?: number;
}

class Cursor {
  pos: number;
  constructor(
    readonly buf: Buffer,
    pos: number,
  ) {
    this.pos = pos;
  }

  remaining(): number {
    return this.buf.length - this.pos;
  }

  skip(n: number): void {
    if (n < 0 || n > this.remaining()) throw new DatumOutOfBounds();
    this.pos += n;
  }

  /** Zigzag varint; float arithmetic keeps it exact enough for any length comparison. */
  readLong(): number {
    let n = 0;
    let scale = 1;
    for (let i = 0; i < 10; i++) {
      const b = this.buf[this.pos++];
      if (b === undefined) throw new DatumOutOfBounds();
      n += (b & 0x7f) * scale;
      if ((b & 0x80) === 0) return n % 2 ? -(n + 1) / 2 : n / 2;
      scale *= 128;
    }
    throw new DatumOutOfBounds();
  }
}

class DatumOutOfBounds extends Error {}

type Skipper = (c: Cursor) => void;

/** Item count allowed for blocks of items that take no bytes (e.g. arrays of null). */
const MAX_EMPTY_ITEMS = 1_000_000;

const FIXED_WIDTH: Record<string, number> = { null: 0, boolean: 1, float: 4, double: 8 };

export type DatumBoundsCheck = (buf: Buffer, pos: number) => boolean;

/**
 * Compiles a check for data of `schema` (Parsing Canonical Form, parsed). The check returns
 * true when the datum starting at `pos` fits the schema and ends exactly at the buffer's end.
 */
export function compileBoundsCheck(schema: unknown): DatumBoundsCheck {
  const named = new Map<string, { skip: Skipper; minSize: number }>();

  const compile = (s: CanonicalSchema): { skip: Skipper; minSize: number } => {
    if (typeof s === 'string') {
      const width = FIXED_WIDTH[s];
      if (width !== undefined) return { skip: (c) => c.skip(width), minSize: width };
      if (s === 'int' || s === 'long') return { skip: (c) => void c.readLong(), minSize: 1 };
      if (s === 'string' || s === 'bytes') return { skip: (c) => c.skip(c.readLong()), minSize: 1 };
      const ref = named.get(s);
      if (!ref) throw new Error(`unknown type reference ${s}`);
      // A reference may point at a record still being compiled (recursive schema): look
      // its skipper up at run time; its size so far is a safe lower bound.
      return { skip: (c) => ref.skip(c), minSize: ref.minSize };
    }
    if (Array.isArray(s)) {
      const branches = s.map(compile);
      return {
        skip: (c) => {
          const branch = branches[c.readLong()];
          if (!branch) throw new DatumOutOfBounds();
          branch.skip(c);
        },
        minSize: 1,
      };
    }
    switch (s.type) {
      case 'record':
        return compileRecord(s);
      case 'enum': {
        const count = s.symbols?.length ?? 0;
        return {
          skip: (c) => {
            const index = c.readLong();
            if (index < 0 || index >= count) throw new DatumOutOfBounds();
          },
          minSize: 1,
        };
      }
      case 'fixed': {
        const size = s.size ?? 0;
        const compiled = { skip: (c: Cursor) => c.skip(size), minSize: size };
        if (s.name) named.set(s.name, compiled);
        return compiled;
      }
      case 'array':
        return compileBlocks(compile(s.items as CanonicalSchema));
      case 'map': {
        const value = compile(s.values as CanonicalSchema);
        const key = compile('string');
        const skipEntry = (c: Cursor): void => {
          key.skip(c);
          value.skip(c);
        };
        return compileBlocks({ skip: skipEntry, minSize: 1 + value.minSize });
      }
      default:
        return compile(s.type);
    }
  };

  const compileRecord = (s: NamedOrComplex): { skip: Skipper; minSize: number } => {
    const entry = { skip: (_c: Cursor): void => {}, minSize: 0 };
    if (s.name) named.set(s.name, entry);
    const fields = (s.fields ?? []).map((f) => compile(f.type));
    entry.skip = (c) => {
      for (const field of fields) field.skip(c);
    };
    entry.minSize = fields.reduce((sum, f) => sum + f.minSize, 0);
    return entry;
  };

  const root = compile(schema as CanonicalSchema);
  return (buf, pos) => {
    const cursor = new Cursor(buf, pos);
    try {
      root.skip(cursor);
    } catch (err) {
      if (err instanceof DatumOutOfBounds || err instanceof RangeError) return false;
      throw err;
    }
    return cursor.pos === buf.length;
  };
}

function compileBlocks(item: { skip: Skipper; minSize: number }): { skip: Skipper; minSize: number } {
  return {
    skip: (c) => {
      for (;;) {
        let count = c.readLong();
        if (count === 0) return;
        if (count < 0) {
          count = -count;
          c.readLong(); // block size in bytes, only a hint for skipping
        }
        const limit = item.minSize > 0 ? c.remaining() / item.minSize : MAX_EMPTY_ITEMS;
        if (count > limit) throw new DatumOutOfBounds();
        for (let i = 0; i < count; i++) item.skip(c);
      }
    },
    minSize: 1,
  };
}
