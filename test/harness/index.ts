export { kafkaBrokers, redisUrl } from './env';
export { uniqueName } from './names';
export { type CutMode, NetworkCut } from './network-cut';
export { type ReadRecord, readTopic, readWholeTopic } from './read-topic';
export { tempDir } from './temp-dir';
export { createTopics } from './topics';
export { type WaitForOptions, waitFor } from './wait-for';
