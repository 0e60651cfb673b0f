import { describe, expect, it } from 'vitest';
import { GatewayError, RPC } from './errors';
import { parseJsonRpcBody } from './json-rpc';

const parse = (text: string, maxDepth = 64, maxBatchItems = 100) =>
  parseJsonRpcBody(Buffer.from(text), { maxDepth, maxBatchItems });

function gatewayError(fn: () => unknown): GatewayError {
  try {
    fn();
  } catch (err) {
    if (err instanceof GatewayError) return err;
    throw err;
  }
  throw new Error('expected a GatewayError');
}

describe('parseJsonRpcBody', () => {
  it('classifies requests, notifications, responses and errors', () => {
    const body = JSON.stringify([
      { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'get_patient', arguments: {} } },
      { jsonrpc: '2.0', method: 'notifications/initialized' },
      { jsonrpc: '2.0', id: 'a', result: {} },
      { jsonrpc: '2.0', id: 2, error: { code: -1, message: 'x' } },
    ]);
    const { frames, batch } = parse(body);
    expect(batch).toBe(true);
    expect(frames.map((f) => [f.kind, f.method, f.idJson, f.toolName])).toEqual([
      ['request', 'tools/call', '1', 'get_patient'],
      ['notification', 'notifications/initialized', null, null],
      ['response', null, '"a"', null],
      ['error', null, '2', null],
    ]);
  });

  it('keeps the exact bytes of a single message', () => {
    const text = '{ "jsonrpc": "2.0", "id": 7, "method": "ping" }';
    const { frames } = parse(text);
    expect(frames[0]?.text.toString()).toBe(text);
  });

  it('answers malformed JSON with a parse error', () => {
    const err = gatewayError(() => parse('{"jsonrpc": "2.0", '));
    expect(err.rpcCode).toBe(RPC.PARSE_ERROR);
    expect(err.httpStatus).toBe(400);
    expect(gatewayError(() => parse('')).rpcCode).toBe(RPC.PARSE_ERROR);
  });

  it('rejects what is not JSON-RPC 2.0', () => {
    expect(gatewayError(() => parse('{"id":1,"method":"x"}')).message).toMatch(/jsonrpc/);
    expect(gatewayError(() => parse('42')).rpcCode).toBe(RPC.INVALID_REQUEST);
    expect(gatewayError(() => parse('[]')).message).toMatch(/empty batch/);
    expect(gatewayError(() => parse('{"jsonrpc":"2.0","id":{},"method":"x"}')).message).toMatch(/id/);
    expect(gatewayError(() => parse('{"jsonrpc":"2.0","id":1}')).rpcCode).toBe(RPC.INVALID_REQUEST);
  });

  it('rejects hostile nesting without overflowing the stack', () => {
    const deep = `{"jsonrpc":"2.0","id":1,"method":"x","params":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    expect(gatewayError(() => parse(deep)).message).toMatch(/nested deeper than 64/);
    const ok = `{"jsonrpc":"2.0","id":1,"method":"x","params":${'['.repeat(10)}${']'.repeat(10)}}`;
    expect(parse(ok).frames).toHaveLength(1);
  });

  it('does not count brackets inside strings towards the depth', () => {
    const text = JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'x',
      params: { s: `${'[{'.repeat(200)}\\"` },
    });
    expect(parse(text, 3).frames).toHaveLength(1);
  });

  it('ends a string only at an unescaped quote, however many backslashes precede it', () => {
    // Escaped quotes and escaped backslashes inside strings, with brackets after each.
    const tricky = ['\\"[[[', '\\\\', 'a\\\\\\"{{{', '\\\\"]]]'];
    const params = Object.fromEntries(tricky.map((text, i) => [`s${i}`, text]));
    const text = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'x', params });
    expect(parse(text, 2).frames[0]?.message.params).toEqual(params);
    // Nesting after such strings still counts.
    const nested = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'x', params: { s: '\\', a: [[1]] } });
    expect(gatewayError(() => parse(nested, 3)).message).toMatch(/nested deeper than 3/);
    expect(parse(nested, 4).frames).toHaveLength(1);
  });

  it('refuses a 2,000,000-deep body quickly, before parsing it', () => {
    const deep = Buffer.from('['.repeat(2_000_000));
    const started = performance.now();
    const err = gatewayError(() => parseJsonRpcBody(deep, { maxDepth: 64, maxBatchItems: 100 }));
    expect(err.message).toMatch(/nested deeper than 64/);
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('refuses a batch larger than the limit', () => {
    const items = Array.from({ length: 6 }, () => ({ jsonrpc: '2.0', method: 'notifications/x' }));
    expect(gatewayError(() => parse(JSON.stringify(items), 64, 5)).message).toMatch(/at most 5 messages/);
    expect(parse(JSON.stringify(items.slice(0, 5)), 64, 5).frames).toHaveLength(5);
  });
});
