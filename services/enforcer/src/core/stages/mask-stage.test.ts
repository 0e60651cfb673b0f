import { describe, expect, it } from 'vitest';
import { maskMessageInline, maskServerRequestInline } from './mask-stage';

describe('maskMessageInline', () => {
  it('masks identifiers in the result and keeps the JSON-RPC envelope', () => {
    const message = {
      jsonrpc: '2.0',
      id: 7,
      result: {
        content: [{ type: 'text', text: 'Synthetic patient SSN 900-12-3456, mail avery@example.com' }],
      },
    };
    const { message: masked, events } = maskMessageInline(message, 'mask-records');
    expect(masked).toMatchObject({ jsonrpc: '2.0', id: 7 });
    const text = JSON.stringify(masked);
    expect(text).not.toContain('900-12-3456');
    expect(text).not.toContain('avery@example.com');
    expect(text).toContain('Synthetic patient');
    expect(events).toEqual([]);
  });

  it('returns the same message when there is nothing to mask, and leaves errors alone', () => {
    const clean = {
      jsonrpc: '2.0',
      id: 1,
      result: { content: [{ type: 'text', text: 'no identifiers here' }] },
    };
    expect(maskMessageInline(clean, 'r').message).toBe(clean);
    const error = { jsonrpc: '2.0', id: 2, error: { code: -1, message: 'x' } };
    expect(maskMessageInline(error, 'r').message).toBe(error);
  });

  it("masks an error's message and data, keeping its code", () => {
    const error = {
      jsonrpc: '2.0',
      id: 4,
      error: {
        code: -32603,
        message: 'no coverage for SSN 900-12-3456',
        data: { mail: 'avery@example.com' },
      },
    };
    const { message } = maskMessageInline(error, 'mask-records');
    expect(message).toMatchObject({ jsonrpc: '2.0', id: 4, error: { code: -32603 } });
    const text = JSON.stringify(message);
    expect(text).toContain('no coverage for');
    expect(text).not.toContain('900-12-3456');
    expect(text).not.toContain('avery@example.com');
  });

  it('masks what an input request shows, keeping its schema, and withholds what it cannot mask', () => {
    const ask = {
      jsonrpc: '2.0',
      id: 'e-1',
      method: 'elicitation/create',
      params: { message: 'Release SSN 900-12-3456?', requestedSchema: { type: 'object', properties: {} } },
    };
    const masked = maskServerRequestInline(ask);
    expect(JSON.stringify(masked)).not.toContain('900-12-3456');
    expect(masked).toMatchObject({ id: 'e-1', params: { requestedSchema: ask.params.requestedSchema } });
    let deep: unknown = 'SSN 900-12-3456';
    for (let i = 0; i < 600; i++) deep = { nested: deep };
    const sample = {
      jsonrpc: '2.0',
      id: 's-1',
      method: 'sampling/createMessage',
      params: { messages: [deep], maxTokens: 9 },
    };
    const withheld = maskServerRequestInline(sample);
    expect(JSON.stringify(withheld)).not.toContain('900-12-3456');
    expect(withheld).toMatchObject({ params: { maxTokens: 9 } });
  });

  it('withholds a result it cannot mask with certainty, answering an error and reporting a rule error', () => {
    let deep: unknown = 'SSN 900-12-3456';
    // Deeper than the masking engine walks (512 levels).
    for (let i = 0; i < 600; i++) deep = { nested: deep };
    const { message, events } = maskMessageInline({ jsonrpc: '2.0', id: 3, result: deep }, 'mask-records');
    expect(message).toMatchObject({ id: 3, error: { code: -32603, data: { rule: 'mask-records' } } });
    expect(JSON.stringify(message)).not.toContain('900-12-3456');
    expect(events).toMatchObject([{ type: 'rule_error', body: { ruleId: 'mask-records', stage: 'inline' } }]);
  });
});
