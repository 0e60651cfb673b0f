/** The body of a minimal recorded frame (`{}` in clear), for tests that fold sessions from events. */
export function minimalFrameBody(direction: string, kind: string) {
  return {
    direction,
    kind,
    method: null,
    jsonrpcId: '1',
    toolName: null,
    payload: Buffer.from('{}'),
    payloadEncoding: 'json',
    size: 2,
    sha256: '0',
  };
}
