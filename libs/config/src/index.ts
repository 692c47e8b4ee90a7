export { ConfigModule } from './config.module';
export {
  ConfigValidationError,
  EnvironmentVariables,
  SEARCH_ENGINES,
  durationToMs,
  sessionLengthMs,
  accessTokenTtlMs,
  parseRate,
  trustProxySetting,
  validateEnvironment,
  type SearchEngineName,
} from './environment';
export { loggingModule } from './logging';
