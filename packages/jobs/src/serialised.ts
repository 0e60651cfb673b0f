/**
 * Admission one at a time: a check of what is open followed by the queueing or the creation it
 * allows (a limit of jobs, one pending request per person) must not interleave with another's,
 * or a burst of requests all see the same state and all pass.
 */
export type Serialised = <T>(work: () => Promise<T>) => Promise<T>;

/** Runs the functions given to it one after another, in the order given, within this process. */
export function serialised(): Serialised {
  let last: Promise<unknown> = Promise.resolve();
  return (work) => {
    const run = last.then(work, work);
    last = run.catch(() => undefined);
    return run;
  };
}
