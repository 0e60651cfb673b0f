export { applyEnv, ConfigError, loadConfig, parseConfig } from './load';
export {
  type ConnectionConfig,
  configSchema,
  DEFAULT_TOPICS,
  type ProctorConfig,
  SIX_YEARS_DAYS,
} from './schema';
