import { describe, expect, it } from 'vitest';
import { expectDetected, expectKept, expectNoType } from '../test-helpers';
import { base58checkValid, bech32Valid } from './crypto-wallets';

describe('wallet address checksums', () => {
  it('hold for addresses built by their rules and fail for one character changed', () => {
    expect(bech32Valid('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4')).toBe(true);
    expect(bech32Valid('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5')).toBe(false);
    expect(base58checkValid('1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa')).toBe(true);
    expect(base58checkValid('3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy')).toBe(true);
    expect(base58checkValid('3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLz')).toBe(false);
  });
});

describe('crypto wallet addresses', () => {
  it.each([
    [
      'refund to bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4 please',
      'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4',
    ],
    ['payout bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq.', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq'],
    ['genesis 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa was mentioned', '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa'],
    [
      'Please send the deposit to wallet 3Fk8wQm2ZtR7pLxY4nVc9HbJsEdGa6uKq today',
      '3Fk8wQm2ZtR7pLxY4nVc9HbJsEdGa6uKq',
    ],
    ['Transfer the grant to 1Hq7VbN3cK2mTzX9wRfPjY5sLdE8gA4u for me', '1Hq7VbN3cK2mTzX9wRfPjY5sLdE8gA4u'],
    ['ETH: 0x52908400098527886E0F7030069857D2E4169EE7', '0x52908400098527886E0F7030069857D2E4169EE7'],
    [
      'pay 0xde0b295669a9fd93d5f28d9ec85e40f4cb697bae by Friday',
      '0xde0b295669a9fd93d5f28d9ec85e40f4cb697bae',
    ],
  ])('finds it in %j', (text, value) => expectDetected(text, value, 'other_id'));

  it.each([
    ['commit 3f2a9c1e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39 merged', '3f2a9c1e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39'],
    [
      'sha1 0x3f2a9c1e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39 verified',
      '0x3f2a9c1e8b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39',
    ],
    [
      'tx 0x88df016429689c079f3b2f6ad39fa052532c56795b733da78a91ebe6a713944b',
      '0x88df016429689c079f3b2f6ad39fa052532c56795b733da78a91ebe6a713944b',
    ],
    [
      'request 550e8400-e29b-41d4-a716-446655440000 and colour #1a2b3c',
      '550e8400-e29b-41d4-a716-446655440000',
    ],
    ['token 1Hq7VbN3cK2mTzX9wRfPjY5sLdE8gA4u rotated', '1Hq7VbN3cK2mTzX9wRfPjY5sLdE8gA4u'],
    ['bc1 primer set 1 ran', 'bc1 primer set 1 ran'],
  ])('keeps %j', (text, keep) => expectKept(text, keep));

  it('reads no register or memory address as a wallet', () => {
    expectNoType('fault at 0x7ffd5e8c4a10 in libc', 'other_id');
    expectNoType('3AAAAAAAAAAAAAAAAAAAAAAAAAAA', 'other_id');
  });

  it('runs in linear time over long runs of its characters', () => {
    const t0 = performance.now();
    expectNoType('bc1'.concat('q'.repeat(20000)), 'other_id');
    expectNoType('1'.concat('a'.repeat(20000)), 'other_id');
    expectNoType('0x'.concat('a'.repeat(20000)), 'other_id');
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
