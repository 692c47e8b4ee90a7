import type { INestApplication } from '@nestjs/common';
import { RefusalGate } from '@app/rate-limit';

/**
 * What the api installs on its app before `listen` (which adds the body parser), in main.ts and in the tests that
 * start the api as it is deployed: the refusal gate, so that a blocked client is answered without its body being
 * read.
 */
export function configureApi(app: INestApplication): void {
  app.use(app.get(RefusalGate).middleware);
}
