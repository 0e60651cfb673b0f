export { isRetryable, ProctorError, type ProctorErrorSpec } from './proctor-error';
