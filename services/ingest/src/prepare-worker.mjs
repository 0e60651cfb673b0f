// Worker threads do not inherit the parent's TypeScript loader: the worker loads the project's
// own (tsx resolves, esbuild compiles without keepNames), as bin/proctor.mjs does.
import { registerTypeScript } from '../../../bin/ts-loader.mjs';

registerTypeScript();
await import('./prepare-worker.ts');
