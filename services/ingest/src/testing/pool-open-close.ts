/** Opens a prepare pool, waits for its worker, closes it: run as a process of its own by a test. */
import { createPreparePool } from '../prepare-pool';

const pool = createPreparePool({ workers: 1 });
await pool.ready();
await pool.close();
process.stdout.write('closed\n');
