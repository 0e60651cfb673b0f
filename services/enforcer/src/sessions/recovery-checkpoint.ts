import { open, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { readCommittedOffset, writeCommittedOffset } from '@proctor/event-log';
import type { Logger } from '@proctor/logger';
import type { OpenSubject, OpenSubjectsCheckpoint, OpenSubjectsTracker } from '../core/open-subjects';

export interface CheckpointLocation {
  /** The local log directory: the embedded log, or the spool in front of Kafka. */
  dir: string;
  topic: string;
  /** The consumer group crash recovery reads the log with; its offset holds trimming back. */
  group: string;
}

/**
 * Crash recovery's checkpoint, kept with the log it covers: the open sessions and exchanges as
 * of a log position (a small JSON file next to the log's offsets), and the recovery group's
 * offset at that position, which holds every later segment back from deletion. The file is
 * replaced atomically first, the offset committed after: a crash between leaves the offset
 * behind the file, and folding the log from there again changes nothing.
 */
export class RecoveryCheckpointFile {
  private readonly path: string;
  private readonly group: string;

  constructor(private readonly location: CheckpointLocation) {
    this.group = location.group;
    this.path = join(location.dir, `${location.topic}.${this.group}.open-sessions.json`);
  }

  /** What the previous run had open as of the recovery group's offset (none without a checkpoint). */
  async read(): Promise<OpenSubject[]> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
    const parsed = JSON.parse(text) as Partial<OpenSubjectsCheckpoint>;
    if (typeof parsed.position !== 'number' || !Array.isArray(parsed.subjects)) {
      throw new Error(
        `the crash-recovery checkpoint ${this.path} is corrupt; remove it to recover from the log alone`,
      );
    }
    const committed = await readCommittedOffset(this.location.dir, this.location.topic, this.group);
    // An offset past the checkpoint's position was committed by a reader without the checkpoint (a
    // gateway before checkpoints): the checkpoint is older than what the log was read from, so unused.
    return committed !== undefined && committed > parsed.position ? [] : parsed.subjects;
  }

  async write(checkpoint: OpenSubjectsCheckpoint): Promise<void> {
    const temporary = `${this.path}.tmp`;
    const handle = await open(temporary, 'w', 0o600);
    try {
      await handle.writeFile(JSON.stringify(checkpoint));
      await handle.datasync();
    } finally {
      await handle.close();
    }
    await rename(temporary, this.path);
    await writeCommittedOffset(this.location.dir, this.location.topic, this.group, checkpoint.position);
  }
}

/** Writes the tracker's snapshot whenever it changed, every `intervalMs`, and once more at stop. */
export function keepCheckpoint(
  tracker: OpenSubjectsTracker,
  file: RecoveryCheckpointFile,
  options: { intervalMs: number; logger: Logger },
): { stop(): Promise<void> } {
  let writing: Promise<void> = Promise.resolve();
  const tick = () => {
    writing = writing.then(async () => {
      const snapshot = tracker.snapshot();
      if (!snapshot) return;
      await file.write(snapshot).catch((err: unknown) => {
        // The offset stays where it was: the log keeps what the checkpoint does not cover yet.
        options.logger.warn({ err }, 'could not write the crash-recovery checkpoint');
      });
    });
    return writing;
  };
  void tick();
  const timer = setInterval(() => void tick(), options.intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await tick();
    },
  };
}
