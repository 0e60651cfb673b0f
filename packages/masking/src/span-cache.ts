/**
 * What detection found in values seen before: the same value comes again across frames (media
 * types and field values; a note re-read, a tool result quoted again in a later request).
 */
import { createHash } from 'node:crypto';
import type { DetectedSpan } from './types';

/**
 * Two generations of at most `entries` keys each: when the current one fills it becomes the
 * previous one, so values seen often survive a stream of one-off values instead of being
 * dropped with them.
 */
export class SpanCache {
  private current = new Map<string, DetectedSpan[]>();
  private previous = new Map<string, DetectedSpan[]>();

  constructor(private readonly entries: number) {}

  get(key: string): DetectedSpan[] | undefined {
    const hit = this.current.get(key);
    if (hit !== undefined) return hit;
    const old = this.previous.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: string, spans: DetectedSpan[]): void {
    if (this.current.size >= this.entries) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(key, spans);
  }
}

/**
 * A long value's key: the SHA-256 digest of its UTF-16 code units (two values differing only in a
 * lone surrogate differ here too), so the cache never holds the clear text of a note, only where
 * its identifiers are.
 */
export function digestKey(text: string): string {
  return createHash('sha256').update(text, 'utf16le').digest('base64');
}
