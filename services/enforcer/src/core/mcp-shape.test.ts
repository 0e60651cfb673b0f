import { describe, expect, it } from 'vitest';
import { parseClientBody } from './json-rpc';
import { refuseNonMcpShapes } from './mcp-shape';

const LIMITS = { maxDepth: 32, maxBatchItems: 8 };

function check(method: string, params?: unknown): () => void {
  const body = { jsonrpc: '2.0', id: 1, method, ...(params === undefined ? {} : { params }) };
  const parsed = parseClientBody(Buffer.from(JSON.stringify(body)), LIMITS);
  return () => refuseNonMcpShapes(parsed);
}

describe('MCP shapes of what rules read', () => {
  it('leaves a subscription request without a uri to the upstream (2026-07-28 servers answer 404/-32601)', () => {
    for (const method of ['resources/subscribe', 'resources/unsubscribe']) {
      expect(check(method)).not.toThrow();
      expect(check(method, {})).not.toThrow();
      expect(check(method, { uri: 'ehr://charts/synthetic-1' })).not.toThrow();
    }
  });

  it('refuses a uri, name or arguments of another type than MCP has them', () => {
    expect(check('resources/subscribe', { uri: ['ehr://charts/synthetic-1'] })).toThrow(
      /params.uri must be a string/,
    );
    expect(check('resources/read', {})).toThrow(/params.uri must be a string/);
    expect(check('tools/call', { arguments: {} })).toThrow(/params.name must be a string/);
    expect(check('tools/call', { name: 'chart', arguments: '{}' })).toThrow(
      /params.arguments must be an object/,
    );
    expect(check('Tools/Call', { name: 'chart' })).toThrow(/must be spelt tools\/call/);
  });

  it('attack: refuses a method spelt so that only its upper case is a known one (dotless ı)', () => {
    expect(check('completıon/complete', { ref: { type: 'ref/prompt', name: 'triage' } })).toThrow(
      /must be spelt completion\/complete/,
    );
    expect(check('tasks/lıst')).toThrow(/must be spelt tasks\/list/);
  });

  it('attack: refuses a method that reads as a known one with look-alike letters or other separators', () => {
    for (const [method, known] of [
      ['t\u043eols/call', 'tools/call'], // a Cyrillic o
      ['\u0442ools/call', 'tools/call'], // a Cyrillic te
      ['t\u03bfols/call', 'tools/call'], // a Greek omicron
      ['tools.call', 'tools/call'],
      ['tools_call', 'tools/call'],
      ['toolsCall', 'tools/call'],
      ['/tools/call', 'tools/call'],
      ['tools/call/', 'tools/call'],
      ['tools//call', 'tools/call'],
      ['tools\\call', 'tools/call'],
      ['resources:read', 'resources/read'],
      ['r\u0435sources/read', 'resources/read'],
    ]) {
      expect(check(method as string, { name: 'chart', uri: 'ehr://charts/1' }), method).toThrow(
        `must be spelt ${known}`,
      );
    }
    for (const method of ['tools/call', 'x/tools/call', 'notifications/custom', 'vendor.example/tool_call']) {
      expect(check(method, { name: 'chart' }), method).not.toThrow();
    }
  });

  it('attack: refuses a batch repeating a request id, not one whose answer shares a request id', () => {
    const batch = (items: unknown[]) => () =>
      refuseNonMcpShapes(parseClientBody(Buffer.from(JSON.stringify(items)), LIMITS));
    const call = (id: unknown, name: string) => ({
      jsonrpc: '2.0',
      id,
      method: 'tools/call',
      params: { name, arguments: {} },
    });
    expect(batch([call(1, 'chart'), call(1, 'export_chart')])).toThrow(/a batch repeats a request id/);
    expect(batch([call(1, 'chart'), call('1', 'export_chart')])).not.toThrow();
    expect(batch([call(1, 'chart'), { jsonrpc: '2.0', id: 1, result: {} }])).not.toThrow();
  });

  it('attack: refuses a name, uri or task id holding a NUL, which a server in C reads only up to it', () => {
    expect(check('tools/call', { name: 'export_chart\u0000audit', arguments: {} })).toThrow(
      /params.name must not hold a NUL character/,
    );
    expect(check('resources/read', { uri: 'ehr://notes/secret/n-1\u0000.txt' })).toThrow(
      /params.uri must not hold a NUL character/,
    );
    expect(check('tasks/get', { taskId: 't-1\u0000' })).toThrow(
      /params.taskId must not hold a NUL character/,
    );
    expect(check('tools/call', { name: 'export_chart', arguments: { note: 'a\u0000b' } })).not.toThrow();
  });

  it('refuses a request about a task whose id is not a string (it would be decided as no call)', () => {
    for (const method of ['tasks/get', 'tasks/result', 'tasks/cancel', 'tasks/update']) {
      expect(check(method, { taskId: 7 }), method).toThrow(/params.taskId must be a string/);
      expect(check(method, { taskId: ['t-1'] }), method).toThrow(/params.taskId must be a string/);
      expect(check(method, { taskId: 't-1' }), method).not.toThrow();
    }
  });

  it('refuses a request sent as a notification, which no rule decides', () => {
    const notify = (body: Record<string, unknown>) => () =>
      refuseNonMcpShapes(parseClientBody(Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...body })), LIMITS));
    for (const method of ['tools/call', 'resources/read', 'prompts/get', 'tasks/result', 'initialize']) {
      expect(notify({ method, params: { name: 'chart', uri: 'ehr://charts/synthetic-1' } }), method).toThrow(
        new RegExp(`${method} is a request and must carry an id`),
      );
    }
    expect(notify({ method: 'notifications/cancelled', params: { requestId: 1 } })).not.toThrow();
    expect(notify({ method: 'notifications/initialized' })).not.toThrow();
  });
});
