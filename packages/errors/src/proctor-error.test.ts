import { describe, expect, it } from 'vitest';
import { isRetryable, ProctorError } from './index';

type SampleCode = 'SAMPLE_BUSY' | 'SAMPLE_REJECTED';

class SampleError extends ProctorError<SampleCode> {
  constructor(code: SampleCode, options?: { cause?: unknown }) {
    super(`sample failed: ${code}`, {
      ...options,
      code,
      httpStatus: code === 'SAMPLE_BUSY' ? 503 : 400,
      retryable: code === 'SAMPLE_BUSY',
    });
  }
}

class DerivedSampleError extends SampleError {}

describe('ProctorError', () => {
  it('carries the message, code, httpStatus and retryable it was given', () => {
    const err = new SampleError('SAMPLE_BUSY');
    expect(err.message).toBe('sample failed: SAMPLE_BUSY');
    expect(err.code).toBe('SAMPLE_BUSY');
    expect(err.httpStatus).toBe(503);
    expect(err.retryable).toBe(true);

    const rejected = new SampleError('SAMPLE_REJECTED');
    expect(rejected).toMatchObject({ code: 'SAMPLE_REJECTED', httpStatus: 400, retryable: false });
  });

  it('is named after the class actually constructed', () => {
    expect(new SampleError('SAMPLE_BUSY').name).toBe('SampleError');
    expect(new DerivedSampleError('SAMPLE_BUSY').name).toBe('DerivedSampleError');
    expect(String(new SampleError('SAMPLE_REJECTED'))).toBe('SampleError: sample failed: SAMPLE_REJECTED');
  });

  it('is an instance of Error, ProctorError and its own class', () => {
    const err = new DerivedSampleError('SAMPLE_REJECTED');
    expect(err).toBeInstanceOf(Error);
    expect(err).toBeInstanceOf(ProctorError);
    expect(err).toBeInstanceOf(SampleError);
    expect(err).toBeInstanceOf(DerivedSampleError);
    expect(new SampleError('SAMPLE_BUSY')).not.toBeInstanceOf(DerivedSampleError);
  });

  it('keeps the cause when one is given and has none otherwise', () => {
    const cause = new Error('socket closed');
    expect(new SampleError('SAMPLE_BUSY', { cause }).cause).toBe(cause);
    const without = new SampleError('SAMPLE_BUSY');
    expect('cause' in without).toBe(false);
  });

  it('exposes code, httpStatus and retryable as own enumerable properties, the cause as non-enumerable', () => {
    const err = new SampleError('SAMPLE_BUSY', { cause: new Error('socket closed') });
    expect(Object.keys(err)).toEqual(expect.arrayContaining(['code', 'httpStatus', 'retryable', 'name']));
    expect(Object.keys(err)).not.toContain('cause');
    expect(JSON.parse(JSON.stringify(err))).toEqual({
      code: 'SAMPLE_BUSY',
      httpStatus: 503,
      retryable: true,
      name: 'SampleError',
    });
  });

  it('records a stack trace', () => {
    expect(new SampleError('SAMPLE_BUSY').stack).toContain('sample failed: SAMPLE_BUSY');
  });
});

describe('isRetryable', () => {
  it('is true only for errors that say they are retryable', () => {
    expect(isRetryable(new SampleError('SAMPLE_BUSY'))).toBe(true);
    expect(isRetryable(new SampleError('SAMPLE_REJECTED'))).toBe(false);
  });

  it('reads the flag by shape, not by class', () => {
    expect(isRetryable(Object.assign(new Error('busy'), { retryable: true }))).toBe(true);
    expect(isRetryable({ code: 'STORE_BUSY', retryable: true })).toBe(true);
  });

  it('treats anything that does not say so as permanent', () => {
    expect(isRetryable(new Error('plain'))).toBe(false);
    expect(isRetryable({ retryable: 'yes' })).toBe(false);
    expect(isRetryable(null)).toBe(false);
    expect(isRetryable(undefined)).toBe(false);
    expect(isRetryable('retryable')).toBe(false);
  });
});
