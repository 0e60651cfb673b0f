import { describe } from 'vitest';
import { pipelineSuite } from './pipeline-suite';

describe('one MCP session end to end on the embedded default (local log, chDB)', () => {
  pipelineSuite(() => ({}));
});
