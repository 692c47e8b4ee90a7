export { ConfigModule } from './config.module';
export {
  ConfigValidationError,
  EnvironmentVariables,
  SEARCH_ENGINES,
  durationToMs,
  validateEnvironment,
  type SearchEngineName,
} from './environment';
export { loggingModule } from './logging';
