import { Global, Module } from '@nestjs/common';
import { EnvironmentVariables, validateEnvironment } from './environment';

/** Provides the validated `EnvironmentVariables` to every module; validation runs once when the module loads. */
@Global()
@Module({
  providers: [{ provide: EnvironmentVariables, useFactory: () => validateEnvironment() }],
  exports: [EnvironmentVariables],
})
export class ConfigModule {}
