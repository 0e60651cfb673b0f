import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';

/**
 * What the gateway writes on a connection whose request never became one (sent too slowly, a
 * head over maxHeaderBytes, malformed HTTP): a JSON-RPC error without an id, like every other
 * refusal, then the connection closes. Nothing of the request is logged.
 */
export function clientErrorHandler(err: Error & { code?: string }, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, message] =
    err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'Request Timeout: the request was not received in time']
      : err.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'Request Header Fields Too Large']
        : [400, 'Bad Request: malformed HTTP request'];
  const body = JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: -32600, message } });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}
