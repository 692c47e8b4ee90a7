import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { ConfigValidationError, EnvironmentVariables, validateEnvironment } from '@app/config';
import { RefusalGate } from '@app/rate-limit';
import { AppModule } from './app.module';

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
  // Before the body parser (which `listen` adds): a blocked client is answered without its body being read.
  app.use(app.get(RefusalGate).middleware);
  app.enableShutdownHooks();
  const port = app.get(EnvironmentVariables).PORT;
  await app.listen(port, '0.0.0.0');
  app.get(Logger).log(`GraphQL ready at http://localhost:${port}/graphql`);
}

void bootstrap();
