/**
 * JSON paths (`$.params.arguments.note`, `$.items[3]["odd key"]`) as a traversal reaches each
 * value, spelled out only when something needs the text: a match to record or a path rule to
 * test. Most values match nothing, so most paths are never written.
 */

const segments = new Map<string, string>();

/** `.key` for an identifier-like key, `["odd key"]` otherwise; cached (keys repeat in every frame). */
function keySegment(key: string): string {
  let seg = segments.get(key);
  if (seg === undefined) {
    seg = /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
    if (segments.size < 10_000) segments.set(key, seg);
  }
  return seg;
}

const RAW = 0;
const KEY = 1;
const INDEX = 2;

export class LazyPath {
  private text: string | undefined;

  private constructor(
    private readonly parent: LazyPath | undefined,
    private readonly kind: number,
    private readonly raw: string,
    private readonly index: number,
  ) {}

  /** A path that starts with `text` as it is (`$`, `$.payload`, `$.note#$`). */
  static root(text: string): LazyPath {
    return new LazyPath(undefined, RAW, text, 0);
  }

  /** The value under `key` of the object at this path. */
  key(key: string): LazyPath {
    return new LazyPath(this, KEY, key, 0);
  }

  /** Item `index` of the array at this path. */
  item(index: number): LazyPath {
    return new LazyPath(this, INDEX, '', index);
  }

  /** This path with `suffix` appended as it is (`{key}` for an object's key). */
  append(suffix: string): LazyPath {
    return new LazyPath(this, RAW, suffix, 0);
  }

  toString(): string {
    if (this.text !== undefined) return this.text;
    const head = this.parent === undefined ? '' : this.parent.toString();
    const text =
      this.kind === KEY
        ? head + keySegment(this.raw)
        : this.kind === INDEX
          ? `${head}[${this.index}]`
          : head + this.raw;
    this.text = text;
    return text;
  }
}
