/**
 * Counts the exchanges and streams in progress, so a graceful shutdown can wait for them
 * (up to a deadline) and then cut what is left, recording each end.
 */
export class InflightTracker {
  private readonly tasks = new Set<Promise<unknown>>();
  private readonly cutters = new Set<() => Promise<void>>();
  private closing = false;

  get isClosing(): boolean {
    return this.closing;
  }

  get size(): number {
    return this.tasks.size;
  }

  /** Tracks a task until it settles. */
  track<T>(task: Promise<T>): Promise<T> {
    this.tasks.add(task);
    // Inline callbacks: a named function made per call costs a defineProperty under tsx.
    task.then(
      () => this.tasks.delete(task),
      () => this.tasks.delete(task),
    );
    return task;
  }

  /** Registers how to cut a long-lived stream at the deadline; returns the unregister function. */
  onCut(cut: () => Promise<void>): () => void {
    this.cutters.add(cut);
    return () => this.cutters.delete(cut);
  }

  /** Stops intake, waits for in-flight tasks until the deadline, then cuts what remains. */
  async drain(deadlineMs: number): Promise<{ drained: boolean }> {
    this.closing = true;
    const deadline = Date.now() + deadlineMs;
    while (this.tasks.size > 0 && Date.now() < deadline) {
      const timeout = new Promise((r) => setTimeout(r, Math.max(1, deadline - Date.now())));
      await Promise.race([Promise.allSettled([...this.tasks]), timeout]);
    }
    const drained = this.tasks.size === 0;
    await Promise.allSettled([...this.cutters].map((cut) => cut()));
    await Promise.race([Promise.allSettled([...this.tasks]), new Promise((r) => setTimeout(r, 1_000))]);
    return { drained };
  }
}
