/**
 * A cryptocurrency wallet's address, a person's own number wherever it is written: a SegWit
 * Bitcoin address ("bc1q…", its bech32 checksum right, or of the standard lengths), an Ethereum
 * one ("0x" and forty hex digits, not after a hash's or a commit's word), and a legacy Bitcoin
 * one ("1…", "3…": base58, 26 to 34 long) when its base58check sum is right or a wallet, a
 * transfer or a payment is named before it on its line ("sent to wallet 1BvBM…", "transfer the
 * stipend to 3J98t…"). A git SHA, a UUID, a hash or a colour has none of these shapes.
 */
import { createHash } from 'node:crypto';
import type { Detector, ScanContext, ScanOptions } from './detector';
import { scan } from './detector';

const BECH32_CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const BECH32_GENERATOR = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function bech32Polymod(values: readonly number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = (((chk & 0x1ffffff) << 5) ^ v) >>> 0;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk = (chk ^ (BECH32_GENERATOR[i] as number)) >>> 0;
  }
  return chk;
}

/** Whether a bech32 or bech32m string's checksum holds (BIP 173, BIP 350). */
export function bech32Valid(address: string): boolean {
  const lower = address.toLowerCase();
  if (address !== lower && address !== address.toUpperCase()) return false;
  const sep = lower.lastIndexOf('1');
  if (sep < 1 || lower.length - sep < 7 || lower.length > 90) return false;
  const values: number[] = [];
  for (let i = 0; i < sep; i++) values.push(lower.charCodeAt(i) >> 5);
  values.push(0);
  for (let i = 0; i < sep; i++) values.push(lower.charCodeAt(i) & 31);
  for (let i = sep + 1; i < lower.length; i++) {
    const d = BECH32_CHARSET.indexOf(lower[i] as string);
    if (d < 0) return false;
    values.push(d);
  }
  const pm = bech32Polymod(values);
  return pm === 1 || pm === 0x2bc830a3;
}

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** Whether a base58check string's four check bytes are its payload's double SHA-256. */
export function base58checkValid(value: string): boolean {
  let n = 0n;
  for (const ch of value) {
    const d = BASE58.indexOf(ch);
    if (d < 0) return false;
    n = n * 58n + BigInt(d);
  }
  const bytes: number[] = [];
  while (n > 0n) {
    bytes.unshift(Number(n & 0xffn));
    n >>= 8n;
  }
  for (const ch of value) {
    if (ch !== '1') break;
    bytes.unshift(0);
  }
  if (bytes.length < 5) return false;
  const payload = Buffer.from(bytes.slice(0, -4));
  const check = createHash('sha256').update(createHash('sha256').update(payload).digest()).digest();
  return bytes.slice(-4).every((b, i) => b === check[i]);
}

const SEGWIT_RE = /(?<![\w])(?:bc|tb|BC|TB)1[02-9ac-hj-np-zAC-HJ-NP-Z]{8,87}(?![\w])/g;
/** A native SegWit address of the standard lengths: a key's hash (v0, 20 bytes), a script's or a Taproot key (32). */
const SEGWIT_STANDARD = /^(?:bc1q(?:[02-9ac-hj-np-z]{38}|[02-9ac-hj-np-z]{58})|bc1p[02-9ac-hj-np-z]{58})$/;
const SEGWIT: ScanOptions = { accept: (v) => SEGWIT_STANDARD.test(v) || bech32Valid(v) };

const ETH_RE = /(?<![\w])0x[0-9a-fA-F]{40}(?![0-9A-Za-z])/g;
/** A hash's, a digest's or a commit's word right before 40 hex digits: a SHA-1, not an address. */
const HASH_BEFORE =
  /\b(?:sha-?1|sha|hash|digest|commit|checksum|fingerprint|tx|txid|transaction)\b[^\n]{0,12}$/i;
const ETH: ScanOptions = {
  accept: (_v, m, text) => !HASH_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)),
};

const LEGACY_RE = /(?<![\w/.+=-])[13][1-9A-HJ-NP-Za-km-z]{25,33}(?![\w/+=-])/g;
/** A wallet, a coin, a transfer or a payment named before the address on its line. */
const WALLET_CUE =
  /\b(?:wallets?|bitcoin|btc|crypto(?:currency)?|coins?|address(?:es)?|addr|send|sent|transfer(?:red)?|pay(?:ment|out)?|paid|deposit(?:ed)?|withdraw(?:al|n)?|refund(?:ed)?|stipend)\b/i;
const LEGACY: ScanOptions = {
  accept: (v, m, text) => {
    if (!/[a-z]/.test(v) || !/[A-Z]/.test(v) || !/\d/.test(v.slice(1))) return false;
    if (base58checkValid(v)) return true;
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    return WALLET_CUE.test(text.slice(Math.max(lineStart, m.index - 60), m.index));
  },
};

export const cryptoWallets: Detector = {
  id: 'crypto_wallet',
  types: ['other_id'],
  run(ctx: ScanContext) {
    if (ctx.skip?.has('other_id') || !ctx.hasDigit || ctx.text.length < 26) return;
    if (ctx.mayInclude('c1') || ctx.mayInclude('C1') || ctx.mayInclude('b1') || ctx.mayInclude('B1'))
      scan(ctx, SEGWIT_RE, 'other_id', 'crypto_wallet', SEGWIT);
    if (ctx.includes('0x')) scan(ctx, ETH_RE, 'other_id', 'crypto_wallet', ETH);
    if (ctx.hasUpper) scan(ctx, LEGACY_RE, 'other_id', 'crypto_wallet', LEGACY);
  },
};
