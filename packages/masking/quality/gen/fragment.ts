/**
 * Labeled text built from pieces: a template literal whose interpolations are labeled spans
 * (or nested fragments) renders to a string plus the exact character span of every label,
 * so labels are right by construction. A JSON tree may hold fragments and spans as string
 * leaves; rendering it yields the JSON value and the labels at their paths.
 */
import type { JsonLabel, JsonPath, JsonValue, KeepKind, Label, PhiType } from '../labels';

export class Span {
  constructor(
    readonly cls: 'phi' | 'keep',
    readonly type: PhiType | KeepKind,
    readonly value: string,
    readonly form?: string,
  ) {}
}

export type Piece = string | number | Span | Frag | readonly Piece[];

export class Frag {
  constructor(readonly pieces: readonly Piece[]) {}
}

export function phi(type: PhiType, value: string, form?: string): Span {
  return new Span('phi', type, value, form);
}

export function keep(kind: KeepKind, value: string, form?: string): Span {
  return new Span('keep', kind, value, form);
}

/** Tagged template: `` t`Seen by ${name} on ${date}.` ``. */
export function t(strings: TemplateStringsArray, ...parts: Piece[]): Frag {
  const pieces: Piece[] = [];
  strings.forEach((s, i) => {
    if (s) pieces.push(s);
    if (i < parts.length) pieces.push(parts[i] as Piece);
  });
  return new Frag(pieces);
}

/** Joins pieces with a separator (a list of names, lines of a note). */
export function join(items: readonly Piece[], separator: string): Frag {
  const pieces: Piece[] = [];
  items.forEach((item, i) => {
    if (i > 0) pieces.push(separator);
    pieces.push(item);
  });
  return new Frag(pieces);
}

export interface Rendered {
  text: string;
  labels: Label[];
}

export function render(piece: Piece): Rendered {
  const out: string[] = [];
  const labels: Label[] = [];
  let length = 0;
  const visit = (p: Piece): void => {
    if (typeof p === 'string' || typeof p === 'number') {
      const s = String(p);
      out.push(s);
      length += s.length;
    } else if (p instanceof Span) {
      const s = p.value;
      const label: Label = { class: p.cls, type: p.type, start: length, end: length + s.length, value: s };
      if (p.form) label.form = p.form;
      labels.push(label);
      out.push(s);
      length += s.length;
    } else if (p instanceof Frag) {
      for (const q of p.pieces) visit(q);
    } else {
      for (const q of p) visit(q);
    }
  };
  visit(piece);
  return { text: out.join(''), labels };
}

/** A JSON tree under construction: string leaves may be labeled spans or fragments. */
export type JsonTree =
  | string
  | number
  | boolean
  | null
  | Span
  | Frag
  | readonly JsonTree[]
  | { readonly [key: string]: JsonTree | undefined };

export function renderJson(tree: JsonTree): { value: JsonValue; labels: JsonLabel[] } {
  const labels: JsonLabel[] = [];
  const visit = (node: JsonTree, path: JsonPath): JsonValue => {
    if (node === null || typeof node !== 'object') return node;
    if (node instanceof Span || node instanceof Frag) {
      const r = render(node);
      for (const l of r.labels) labels.push({ ...l, path });
      return r.text;
    }
    if (Array.isArray(node)) return node.map((child: JsonTree, i) => visit(child, [...path, i]));
    const obj: { [key: string]: JsonValue } = {};
    for (const [key, child] of Object.entries(node as { [key: string]: JsonTree | undefined })) {
      if (child !== undefined) obj[key] = visit(child, [...path, key]);
    }
    return obj;
  };
  const value = visit(tree, []);
  return { value, labels };
}

/**
 * A JSON tree serialized into labeled text (JSON inside an MCP text block): spans keep their
 * labels, shifted by the serialization and escaped as JSON escapes them.
 */
export function jsonText(tree: JsonTree, indent = 0): Frag {
  const pieces: Piece[] = [];
  const esc = (s: string): string => JSON.stringify(s).slice(1, -1);
  const nl = (depth: number): string => (indent ? `\n${' '.repeat(indent * depth)}` : '');
  const visit = (node: JsonTree, depth: number): void => {
    if (node === null || typeof node === 'number' || typeof node === 'boolean')
      pieces.push(JSON.stringify(node));
    else if (typeof node === 'string') pieces.push(JSON.stringify(node));
    else if (node instanceof Span)
      pieces.push('"', new Span(node.cls, node.type, esc(node.value), node.form), '"');
    else if (node instanceof Frag) pieces.push('"', escapeFrag(node, esc), '"');
    else if (Array.isArray(node)) {
      pieces.push('[');
      node.forEach((child: JsonTree, i) => {
        if (i > 0) pieces.push(',');
        pieces.push(nl(depth + 1));
        visit(child, depth + 1);
      });
      pieces.push(node.length ? nl(depth) : '', ']');
    } else {
      const entries = Object.entries(node as { [key: string]: JsonTree | undefined }).filter(
        (e): e is [string, JsonTree] => e[1] !== undefined,
      );
      pieces.push('{');
      entries.forEach(([key, child], i) => {
        if (i > 0) pieces.push(',');
        pieces.push(nl(depth + 1), JSON.stringify(key), indent ? ': ' : ':');
        visit(child, depth + 1);
      });
      pieces.push(entries.length ? nl(depth) : '', '}');
    }
  };
  visit(tree, 0);
  return new Frag(pieces);
}

function escapeFrag(frag: Frag, esc: (s: string) => string): Frag {
  const map = (p: Piece): Piece => {
    if (typeof p === 'string' || typeof p === 'number') return esc(String(p));
    if (p instanceof Span) return new Span(p.cls, p.type, esc(p.value), p.form);
    if (p instanceof Frag) return new Frag(p.pieces.map(map));
    return p.map(map);
  };
  return new Frag(frag.pieces.map(map));
}
