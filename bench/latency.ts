/**
 * Latency samples of one target. Runs are bounded (see MAX_CALLS in args.ts), so every
 * sample is kept and percentiles are exact: bucketed histograms blur exactly the sub-
 * millisecond differences this benchmark exists to show.
 */
export class LatencyRecorder {
  private samples: Float64Array;
  private size = 0;
  private sorted = true;

  constructor(expected = 1024) {
    this.samples = new Float64Array(Math.max(16, expected));
  }

  get count(): number {
    return this.size;
  }

  record(ms: number): void {
    if (this.size === this.samples.length) {
      const grown = new Float64Array(this.samples.length * 2);
      grown.set(this.samples);
      this.samples = grown;
    }
    this.samples[this.size++] = ms;
    this.sorted = false;
  }

  merge(other: LatencyRecorder): void {
    for (let i = 0; i < other.size; i++) this.record(other.samples[i] ?? 0);
  }

  /** Nearest-rank percentile in milliseconds; NaN when nothing was recorded. */
  percentile(p: number): number {
    if (this.size === 0) return Number.NaN;
    const view = this.sortedView();
    const rank = Math.min(this.size, Math.max(1, Math.ceil((p / 100) * this.size)));
    return view[rank - 1] ?? Number.NaN;
  }

  max(): number {
    return this.percentile(100);
  }

  private sortedView(): Float64Array {
    const view = this.samples.subarray(0, this.size);
    if (!this.sorted) {
      view.sort();
      this.sorted = true;
    }
    return view;
  }
}
