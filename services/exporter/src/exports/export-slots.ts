/**
 * Exports running at once in one exporter process, per caller and in all: streams (a whole
 * record range, a session's or a trace's log), which read the store page after page for as long
 * as their client reads, and JSON pages (up to 32 MiB of payload each while read). Without a
 * bound, one caller opening hundreds of them (or reading them slowly) would hold the store, and
 * the process's memory, for everyone.
 */
import type { Identity } from '@proctor/events';

export interface ExportLimits {
  /** Streamed exports of one caller (subject and issuer) at once. */
  perCaller: number;
  /** Streamed exports of everyone at once. */
  total: number;
}

export const DEFAULT_EXPORT_LIMITS: ExportLimits = { perCaller: 3, total: 20 };

export interface ExportRefusal {
  code: 'TOO_MANY_EXPORTS' | 'EXPORTS_BUSY';
  message: string;
}

export class ExportSlots {
  private readonly byCaller = new Map<string, number>();
  private total = 0;

  constructor(private readonly limits: ExportLimits) {}

  /** Takes a slot: the function that gives it back (once, whatever calls it), or why not. */
  take(who: Identity): { release: () => void } | { refused: ExportRefusal } {
    const caller = JSON.stringify([who.issuer, who.subject]);
    const mine = this.byCaller.get(caller) ?? 0;
    if (mine >= this.limits.perCaller)
      return {
        refused: {
          code: 'TOO_MANY_EXPORTS',
          message: `you have ${mine} exports streaming (at most ${this.limits.perCaller} at once); retry when one has finished`,
        },
      };
    if (this.total >= this.limits.total)
      return {
        refused: {
          code: 'EXPORTS_BUSY',
          message: `${this.total} exports are streaming (at most ${this.limits.total} at once); retry shortly`,
        },
      };
    this.byCaller.set(caller, mine + 1);
    this.total++;
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        this.total--;
        const left = (this.byCaller.get(caller) ?? 1) - 1;
        if (left === 0) this.byCaller.delete(caller);
        else this.byCaller.set(caller, left);
      },
    };
  }
}
