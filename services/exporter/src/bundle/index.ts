export type { Bundle, BundleManifest, StreamEntry } from './format';
export { BundleFormatError, type ReadLimits, readBundle } from './reader';
export {
  type BundleProblem,
  type BundleReport,
  type VerifyBundleOptions,
  verifyBundle,
} from './verify-bundle';
export { bundleLines, manifestFor, streamEntriesOf, writeBundle } from './writer';
