import { describe, expect, it } from 'vitest';
import { JsonRpcError, parseJsonRpcBody, RPC } from './json-rpc';

const parse = (text: string, depth = 64) => parseJsonRpcBody(Buffer.from(text), depth);

function rpcError(fn: () => unknown): JsonRpcError {
  try {
    fn();
  } catch (err) {
    if (err instanceof JsonRpcError) return err;
    throw err;
  }
  throw new Error('expected a JsonRpcError');
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
    const err = rpcError(() => parse('{"jsonrpc": "2.0", '));
    expect(err.rpcCode).toBe(RPC.PARSE_ERROR);
    expect(err.httpStatus).toBe(400);
    expect(rpcError(() => parse('')).rpcCode).toBe(RPC.PARSE_ERROR);
  });

  it('rejects what is not JSON-RPC 2.0', () => {
    expect(rpcError(() => parse('{"id":1,"method":"x"}')).message).toMatch(/jsonrpc/);
    expect(rpcError(() => parse('42')).rpcCode).toBe(RPC.INVALID_REQUEST);
    expect(rpcError(() => parse('[]')).message).toMatch(/empty batch/);
    expect(rpcError(() => parse('{"jsonrpc":"2.0","id":{},"method":"x"}')).message).toMatch(/id/);
    expect(rpcError(() => parse('{"jsonrpc":"2.0","id":1}')).rpcCode).toBe(RPC.INVALID_REQUEST);
  });

  it('rejects hostile nesting without overflowing the stack', () => {
    const deep = `{"jsonrpc":"2.0","id":1,"method":"x","params":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    expect(rpcError(() => parse(deep)).message).toMatch(/nested deeper than 64/);
    const ok = `{"jsonrpc":"2.0","id":1,"method":"x","params":${'['.repeat(10)}${']'.repeat(10)}}`;
    expect(parse(ok).frames).toHaveLength(1);
  });
});
