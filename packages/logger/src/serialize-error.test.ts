import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, serializeError } from './index';

const SYNTHETIC_SSN = '900-12-3456';

function parseError(text: string): unknown {
  try {
    JSON.parse(text);
  } catch (err) {
    return err;
  }
  throw new Error('expected a parse error');
}

describe('serializeError', () => {
  it('keeps name, code and message of ordinary errors', () => {
    const err = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    expect(serializeError(err)).toEqual({
      type: 'Error',
      message: 'connect ECONNREFUSED 127.0.0.1:1',
      code: 'ECONNREFUSED',
    });
  });

  it('withholds the text a JSON parse failed on, keeping where it failed', () => {
    // The runtime's own message quotes the text: the reason for withholding it.
    expect((parseError(`SSN ${SYNTHETIC_SSN}`) as Error).message).toContain(SYNTHETIC_SSN);
    expect(serializeError(parseError('{"ssn": 1,}'))).toEqual({
      type: 'SyntaxError',
      message: expect.stringMatching(/^syntax error at position \d+ \(text withheld\)$/),
    });
    for (const text of [`SSN ${SYNTHETIC_SSN}`, `{"ssn":"${SYNTHETIC_SSN}"`, `{"ssn": ${SYNTHETIC_SSN}}`]) {
      const err = parseError(text);
      const serialized = serializeError(err);
      expect(JSON.stringify(serialized)).not.toContain(SYNTHETIC_SSN.slice(4));
      expect(serialized.type).toBe('SyntaxError');
      expect(serialized.message).toMatch(/^syntax error/);
    }
  });

  it('writes no payload text into a log line', () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = createLogger({ name: 'test', destination });
    logger.error(
      { err: parseError(`name: Sample Patient, SSN ${SYNTHETIC_SSN}`) },
      'upstream answer unreadable',
    );
    expect(lines.join('')).toContain('upstream answer unreadable');
    expect(lines.join('')).not.toContain(SYNTHETIC_SSN);
    expect(lines.join('')).not.toContain('Sampl');
  });
});
