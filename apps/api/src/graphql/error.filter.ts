import { BadRequestException, Catch, HttpException, Logger, type ArgumentsHost } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import type { Response } from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { ValidationError } from 'class-validator';
import { QueryFailedError } from 'typeorm';
import { DomainException, ErrorCode } from '@app/core';

const PG_CODES: Record<string, { code: ErrorCode; message: string }> = {
  '23505': { code: ErrorCode.CONFLICT, message: 'This exists already' },
  '23503': { code: ErrorCode.BAD_USER_INPUT, message: 'A referenced record does not exist' },
  '23514': { code: ErrorCode.BAD_USER_INPUT, message: 'A value is out of its allowed range' },
  '22P02': { code: ErrorCode.BAD_USER_INPUT, message: 'A value has the wrong format' },
  '40001': { code: ErrorCode.CONFLICT, message: 'Someone else changed this at the same moment; try again' },
  '40P01': { code: ErrorCode.CONFLICT, message: 'Someone else changed this at the same moment; try again' },
};

const HTTP_CODES: Record<number, ErrorCode> = {
  400: ErrorCode.BAD_USER_INPUT,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  409: ErrorCode.CONFLICT,
  429: ErrorCode.TOO_MANY_REQUESTS,
};

// Every failed constraint of a validation, nested inputs included, with the reason a validator gave it.
function* failures(
  errors: ValidationError[],
): Generator<{ field: string; message: string; reason?: string }> {
  for (const error of errors) {
    for (const [name, message] of Object.entries(error.constraints ?? {})) {
      const reason = (error.contexts?.[name] as { reason?: string } | undefined)?.reason;
      yield { field: error.property, message, reason };
    }
    yield* failures(error.children ?? []);
  }
}

/** The validation pipe's refusal: every problem, the first field, and the reason and field of one with a reason. */
export function validationException(errors: ValidationError[]): BadRequestException {
  const all = [...failures(errors)];
  const withReason = all.find((failure) => failure.reason);
  return new BadRequestException({
    message: all.map((failure) => failure.message),
    field: (withReason ?? all[0])?.field,
    ...(withReason ? { reason: withReason.reason } : {}),
  });
}

// The HTTP status of a domain refusal on an HTTP route (the CSV download): the same table read the other way.
const HTTP_STATUS = new Map(Object.entries(HTTP_CODES).map(([status, code]) => [code, Number(status)]));

/** Turns any error of a resolver into a GraphQLError with `extensions.code`: the one place where this happens. */
export function toGraphQLError(exception: unknown, production: boolean, logger?: Logger): GraphQLError {
  if (exception instanceof GraphQLError) return exception;
  if (exception instanceof DomainException) {
    // The details (field, ids, the domain reason) travel beside the code, which they cannot overwrite.
    return new GraphQLError(exception.message, {
      extensions: { ...exception.details, code: exception.code },
    });
  }
  if (exception instanceof BadRequestException) {
    const response = exception.getResponse() as {
      message?: string | string[];
      reason?: string;
      field?: string;
    };
    const messages = Array.isArray(response.message)
      ? response.message
      : [response.message ?? exception.message];
    const { reason, field } = response;
    return new GraphQLError(messages.join('; '), {
      extensions: {
        code: ErrorCode.BAD_USER_INPUT,
        problems: messages,
        ...(field ? { field } : {}),
        ...(reason ? { reason } : {}),
      },
    });
  }
  if (exception instanceof HttpException) {
    const code = HTTP_CODES[exception.getStatus()];
    if (code) return new GraphQLError(exception.message, { extensions: { code } });
  }
  if (exception instanceof QueryFailedError) {
    const pgCode = (exception.driverError as { code?: string } | undefined)?.code;
    const mapped = pgCode ? PG_CODES[pgCode] : undefined;
    if (mapped) return new GraphQLError(mapped.message, { extensions: { code: mapped.code } });
  }
  // A failed statement is logged by the QueryLogger; its parameters (and the message quoting them) stay out.
  const logged =
    exception instanceof QueryFailedError
      ? { code: (exception.driverError as { code?: string } | undefined)?.code, query: exception.query }
      : exception;
  logger?.error({ msg: 'unexpected error in a resolver', err: logged });
  const message = production || !(exception instanceof Error) ? 'Internal server error' : exception.message;
  return new GraphQLError(message, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}

// graphql-js stops coercing the variables after 50 errors with an error of its own. It lacks the variable's node by
// which Apollo tells the client's errors from the server's, so it went out as INTERNAL_SERVER_ERROR.
const TOO_MANY_VARIABLE_ERRORS = 'Too many errors processing variables';

/** Apollo's `formatError`: the client's mistakes that Apollo does not recognise as such get the client's code. */
export function formatGraphQLError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (
    formatted.extensions?.code === 'INTERNAL_SERVER_ERROR' &&
    formatted.message.startsWith(TOO_MANY_VARIABLE_ERRORS)
  ) {
    return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.BAD_USER_INPUT } };
  }
  return formatted;
}

@Catch()
export class GraphQLErrorFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  constructor(private readonly production: boolean) {}

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'graphql') return this.answerHttp(exception, host);
    return toGraphQLError(exception, this.production, this.logger);
  }

  // HTTP routes (health, CSV) and the body parser's refusals (400, 413) answer JSON without a stack: rethrown,
  // they reached Express's default page, which prints the stack outside production.
  private answerHttp(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (exception instanceof DomainException) {
      const status = HTTP_STATUS.get(exception.code) ?? 400;
      response
        .status(status)
        .json({ code: exception.code, reason: exception.reason, message: exception.message });
      return;
    }
    if (exception instanceof HttpException) {
      const body = exception.getResponse();
      const status = exception.getStatus();
      response.status(status).json(typeof body === 'string' ? { statusCode: status, message: body } : body);
      return;
    }
    // Errors of Express middleware (http-errors) say their status and whether their message may be shown.
    const { status, expose, message } = (exception ?? {}) as {
      status?: unknown;
      expose?: unknown;
      message?: unknown;
    };
    if (typeof status === 'number' && status >= 400 && status < 500) {
      response
        .status(status)
        .json({ statusCode: status, message: expose === true ? message : 'Bad request' });
      return;
    }
    this.logger.error({ msg: 'unexpected error in an HTTP route', err: exception });
    response.status(500).json({ statusCode: 500, message: 'Internal server error' });
  }
}
