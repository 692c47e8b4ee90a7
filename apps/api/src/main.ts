import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { ConfigValidationError, EnvironmentVariables, validateEnvironment } from '@app/config';
import { AppModule } from './app.module';
import { configureApi } from './configure-api';

async function bootstrap(): Promise<void> {
  process.env.APP_NAME ??= 'api';
  try {
    validateEnvironment();
  } catch (error) {
    if (error instanceof ConfigValidationError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const app = await NestFactory.create(AppModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  configureApi(app);
  app.enableShutdownHooks();
  const port = app.get(EnvironmentVariables).PORT;
  await app.listen(port, '0.0.0.0');
  app.get(Logger).log(`GraphQL ready at http://localhost:${port}/graphql`);
}

void bootstrap();
