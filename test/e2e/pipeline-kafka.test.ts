import { describe } from 'vitest';
import { kafkaBrokers } from '../harness';
import { pipelineSuite } from './pipeline-suite';

describe('one MCP session end to end through real Kafka and ClickHouse (chDB)', () => {
  pipelineSuite(() => ({ kafkaBrokers: kafkaBrokers() }));
});
