export { type BullmqJobQueueOptions, createBullmqJobQueue } from './bullmq-job-queue';
export {
  JobPayloadInvalidError,
  JobQueueClosedError,
  JobQueueUnavailableError,
  JobTimeoutError,
} from './errors';
export { createInProcessJobQueue, type InProcessJobQueueOptions } from './in-process-job-queue';
export { defineJob, type JobDefinition, type JobOptions } from './job-definition';
export type {
  EnqueueOptions,
  JobContext,
  JobFailure,
  JobHandler,
  JobInfo,
  JobQueue,
  JobState,
  JobWorker,
} from './port';
export { redactRedisUrl } from './redis-probe';
export { type Serialised, serialised } from './serialised';
