// Worker threads do not inherit the parent's TypeScript loader: the worker loads it itself.
import { register } from 'tsx/esm/api';

register();
await import('./prepare-worker.ts');
