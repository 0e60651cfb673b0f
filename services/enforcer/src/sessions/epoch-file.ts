import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';

/** Counts the starts of a gateway instance: the `gatewayEpoch` of its events. */
export interface EpochStore {
  /** Increments and returns the start count of `gatewayId` (1 on the first start). */
  next(gatewayId: string): Promise<number>;
}

/**
 * Keeps each gateway's start count in a small file of `dir`, replaced atomically (write a
 * temporary file, fsync, rename), so a crash never leaves a half-written count behind.
 */
export class FileEpochStore implements EpochStore {
  constructor(private readonly dir: string) {}

  async next(gatewayId: string): Promise<number> {
    await mkdir(this.dir, { recursive: true });
    const path = join(this.dir, `gateway-epoch.${encodeURIComponent(gatewayId)}`);
    const previous = await readFile(path, 'utf8').then(
      (text) => Number.parseInt(text, 10),
      (err: NodeJS.ErrnoException) => {
        if (err.code === 'ENOENT') return 0;
        throw err;
      },
    );
    if (!Number.isSafeInteger(previous) || previous < 0) {
      throw new Error(
        `the gateway epoch file ${path} is corrupt; remove it only if no log holds this gateway's events`,
      );
    }
    const epoch = previous + 1;
    const temporary = `${path}.tmp`;
    const handle = await open(temporary, 'w');
    try {
      await handle.writeFile(`${epoch}\n`);
      await handle.datasync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
    return epoch;
  }
}

/** Epochs for tests and single-use gateways: counts in memory. */
export class MemoryEpochStore implements EpochStore {
  private readonly counts = new Map<string, number>();

  async next(gatewayId: string): Promise<number> {
    const epoch = (this.counts.get(gatewayId) ?? 0) + 1;
    this.counts.set(gatewayId, epoch);
    return epoch;
  }
}
