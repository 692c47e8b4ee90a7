import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import type { SerializedRequest, SerializedResponse } from 'pino';
import type { Options as PinoHttpOptions } from 'pino-http';
import { currentRequestId } from '@app/core';
import { EnvironmentVariables } from './environment';

/** pino-http's options: each HTTP request gets a request id, taken from `x-request-id` when sent. */
export function httpLogOptions(env: Pick<EnvironmentVariables, 'LOG_LEVEL'>): PinoHttpOptions {
  return {
    level: env.LOG_LEVEL,
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && /^[\w-]{1,100}$/.test(given) ? given : randomUUID();
      res.setHeader('x-request-id', id);
      return id;
    },
    // A request's line names it without its headers: they were most of a line of about 1 kB for every search
    // (serialised, and the session's redacted, on every request), and the cookie and authorization are never
    // written at all.
    serializers: {
      req: (req: SerializedRequest) => ({
        id: req.id,
        method: req.method,
        url: req.url,
        remoteAddress: req.remoteAddress,
        userAgent: req.headers['user-agent'],
      }),
      res: (res: SerializedResponse) => ({ statusCode: res.statusCode }),
    },
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
  };
}

/** Structured JSON logs (pino), with a line per HTTP request (`httpLogOptions`). */
export const loggingModule = LoggerModule.forRootAsync({
  inject: [EnvironmentVariables],
  useFactory: (env: EnvironmentVariables) => ({ pinoHttp: httpLogOptions(env) }),
});
