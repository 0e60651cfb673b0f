import { createInProcessJobQueue } from './in-process-job-queue';
import { describeJobQueueContract } from './job-queue.contract';

describeJobQueueContract('in-process', async () => createInProcessJobQueue());
