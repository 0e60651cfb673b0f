export type { Bundle, BundleManifest, StreamEntry } from './format';
export { BundleFormatError, type BundleRecord, bundleRecords, type ReadLimits, readBundle } from './reader';
export {
  type BundleBodyRecord,
  type BundleProblem,
  type BundleReport,
  type BundleSource,
  type VerifyBundleOptions,
  verifyBundle,
  verifyBundleFile,
  verifyBundleSource,
} from './verify-bundle';
export { bundleLines, manifestFor, streamEntriesOf, writeBundle } from './writer';
