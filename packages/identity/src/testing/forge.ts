/**
 * Hand-made JWS for attack tests: header and payload given as exact JSON text (so a test can
 * repeat a name or write a number no serializer would), signed with HMAC or with any private
 * key, bypassing every check a JOSE library makes when it signs.
 */
import { createHmac, KeyObject, sign, webcrypto } from 'node:crypto';

export const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

const text64 = (text: string) => Buffer.from(text).toString('base64url');

/** A JWS signed with HMAC under `secret`: the algorithm-confusion forgery. */
export function hmacToken(
  header: Record<string, unknown>,
  payload: Record<string, unknown>,
  secret: string | Buffer,
): string {
  const input = `${b64(header)}.${b64(payload)}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

/** Signs header and payload texts as they are, with a WebCrypto or Node private key. */
export async function signTexts(
  headerText: string,
  payloadText: string,
  key: webcrypto.CryptoKey | KeyObject,
): Promise<string> {
  const input = `${text64(headerText)}.${text64(payloadText)}`;
  const data = Buffer.from(input);
  let signature: Buffer;
  if (!(key instanceof KeyObject)) {
    const algorithm =
      key.algorithm.name === 'ECDSA'
        ? { name: 'ECDSA', hash: ecHash((key.algorithm as webcrypto.EcKeyAlgorithm).namedCurve) }
        : { name: key.algorithm.name };
    signature = Buffer.from(await webcrypto.subtle.sign(algorithm, key, data));
  } else {
    const node = key;
    const curve = node.asymmetricKeyDetails?.namedCurve;
    signature =
      node.asymmetricKeyType === 'ec'
        ? sign(curve === 'secp384r1' ? 'sha384' : 'sha256', data, { key: node, dsaEncoding: 'ieee-p1363' })
        : sign('sha256', data, node);
  }
  return `${input}.${signature.toString('base64url')}`;
}

function ecHash(curve: string): string {
  return curve === 'P-384' ? 'SHA-384' : curve === 'P-521' ? 'SHA-512' : 'SHA-256';
}
