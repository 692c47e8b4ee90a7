import { BadRequestException, Catch, HttpException, Logger, type ArgumentsHost } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
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
};

/** Turns any error of a resolver into a GraphQLError with `extensions.code`: the one place where this happens. */
export function toGraphQLError(exception: unknown, production: boolean, logger?: Logger): GraphQLError {
  if (exception instanceof GraphQLError) return exception;
  if (exception instanceof DomainException) {
    // The details (field, ids, the domain reason) travel beside the code; neither can be overwritten by them.
    const { reason } = exception;
    return new GraphQLError(exception.message, {
      extensions: { ...exception.details, code: exception.code, ...(reason ? { reason } : {}) },
    });
  }
  if (exception instanceof BadRequestException) {
    const response = exception.getResponse() as { message?: string | string[] };
    const messages = Array.isArray(response.message)
      ? response.message
      : [response.message ?? exception.message];
    return new GraphQLError(messages.join('; '), {
      extensions: { code: ErrorCode.BAD_USER_INPUT, problems: messages },
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
  logger?.error({ msg: 'unexpected error in a resolver', err: exception });
  const message = production || !(exception instanceof Error) ? 'Internal server error' : exception.message;
  return new GraphQLError(message, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}

@Catch()
export class GraphQLErrorFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  constructor(private readonly production: boolean) {}

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'graphql') {
      // HTTP routes (health) keep Nest's default handling.
      throw exception;
    }
    return toGraphQLError(exception, this.production, this.logger);
  }
}
