import { describe, expect, it } from 'vitest';
import { parseRequestMeta, traceIdOf } from './request-meta';

describe('traceIdOf', () => {
  it('reads the trace id of a W3C traceparent', () => {
    expect(traceIdOf('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01')).toBe(
      '4bf92f3577b34da6a3ce929d0e0e4736',
    );
    // A later version may append fields; it is read as version 00.
    expect(traceIdOf('01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra')).toBe(
      '4bf92f3577b34da6a3ce929d0e0e4736',
    );
  });

  it('links nothing for an invalid traceparent', () => {
    for (const bad of [
      undefined,
      42,
      '',
      'ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
      '00-00000000000000000000000000000000-00f067aa0ba902b7-01',
      '00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01',
      '00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01',
      '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra',
    ]) {
      expect(traceIdOf(bad)).toBeNull();
    }
  });
});

describe('parseRequestMeta', () => {
  const base = {
    'io.modelcontextprotocol/protocolVersion': '2026-07-28',
    'io.modelcontextprotocol/clientCapabilities': { elicitation: {} },
  };

  it('reads the required and optional envelope fields', () => {
    expect(parseRequestMeta({ _meta: { ...base, 'io.modelcontextprotocol/logLevel': 'info' } })).toEqual({
      protocolVersion: '2026-07-28',
      clientCapabilities: { elicitation: {} },
      clientInfo: null,
      logLevel: 'info',
      traceId: null,
    });
  });

  it('names the offending key of a malformed envelope', () => {
    expect(() =>
      parseRequestMeta({ _meta: { 'io.modelcontextprotocol/protocolVersion': '2026-07-28' } }),
    ).toThrow(/clientCapabilities: missing/);
    expect(() => parseRequestMeta({ _meta: { ...base, 'io.modelcontextprotocol/clientInfo': 'x' } })).toThrow(
      /clientInfo/,
    );
    expect(() =>
      parseRequestMeta({ _meta: { ...base, 'io.modelcontextprotocol/logLevel': 'loud' } }),
    ).toThrow(/logLevel/);
    expect(() => parseRequestMeta(undefined)).toThrow(/protocolVersion: missing/);
  });
});
