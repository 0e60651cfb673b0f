import { describe, expect, it } from 'vitest';
import { CREDENTIAL_MARKER, credentialValues, withoutCredentials } from './credential-echo';

describe('credential values of an upstream call', () => {
  it('takes the token of an Authorization and the whole value of a credential header', () => {
    const values = credentialValues(
      {
        Authorization: 'Bearer tok-0123456789',
        'X-Api-Key': 'key-abcdef012',
        'x-ehr-gate': 'gate-credential',
      },
      'x-ehr-gate',
    );
    expect(values).toEqual(['tok-0123456789', 'key-abcdef012', 'gate-credential']);
  });

  it('leaves mirrored Mcp-* headers, other headers and values under 8 characters alone', () => {
    expect(
      credentialValues({
        'mcp-param-api-key': 'argument-value-1',
        'mcp-name': 'lookup_token',
        traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
        authorization: 'Bearer short',
      }),
    ).toBeNull();
  });
});

describe('withoutCredentials', () => {
  const values = ['tok-0123456789'];

  it('replaces every occurrence with the marker', () => {
    const text = '{"a":"Bearer tok-0123456789","b":"tok-0123456789tok-0123456789"}';
    expect(String(withoutCredentials(Buffer.from(text), values))).toBe(
      `{"a":"Bearer ${CREDENTIAL_MARKER}","b":"${CREDENTIAL_MARKER}${CREDENTIAL_MARKER}"}`,
    );
  });

  it('returns the same buffer when nothing occurs or there is no credential', () => {
    const bytes = Buffer.from('{"result":{}}');
    expect(withoutCredentials(bytes, values)).toBe(bytes);
    expect(withoutCredentials(bytes, null)).toBe(bytes);
  });
});
