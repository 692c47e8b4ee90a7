import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import { currentRequestId } from '@app/core';
import { EnvironmentVariables } from './environment';

/** Structured JSON logs (pino); each HTTP request gets a request id, taken from `x-request-id` when sent. */
export const loggingModule = LoggerModule.forRootAsync({
  inject: [EnvironmentVariables],
  useFactory: (env: EnvironmentVariables) => ({
    pinoHttp: {
      level: env.LOG_LEVEL,
      genReqId: (req: IncomingMessage, res: ServerResponse) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && /^[\w-]{1,100}$/.test(given) ? given : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      redact: ['req.headers.authorization', 'req.headers.cookie'],
      // Probes and scrapes would drown the log.
      autoLogging: {
        ignore: (req: IncomingMessage) => /^\/(health|metrics)(\/|$)/.test(req.url ?? ''),
      },
      customProps: () => ({ app: process.env.APP_NAME ?? 'techmatch' }),
      // Every line written for a request or for a job that a request made carries that request's id.
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
    },
  }),
});
