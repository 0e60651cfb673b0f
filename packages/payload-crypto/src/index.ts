export { PayloadCryptoError, type PayloadCryptoErrorCode } from './errors';
export {
  generatePayloadKeyPair,
  loadPayloadPrivateKeys,
  type PayloadKeyPair,
  type PayloadKeyType,
  type PrivateKeySource,
  parseKeyDocument,
  publicKeyDocument,
  readPrivateKeyFile,
  readPublicKeyFile,
  writePrivateKeyFile,
} from './key-files';
export {
  createPayloadOpener,
  type PayloadOpener,
  type PayloadOpenerOptions,
  type PayloadPrivateKey,
  type SealedFrame,
} from './opener';
export {
  createPayloadSealer,
  type PayloadRecipient,
  type PayloadSealer,
  type PayloadSealerOptions,
  SEALED_ENCODING,
  type SealedPayload,
} from './sealer';
export { sealingEncoder } from './sealing-encoder';
