import {
  BadRequestException,
  HttpException,
  HttpStatus,
  type ArgumentsHost,
  type Logger,
} from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import {
  BadInputException,
  ConflictException,
  ErrorCode,
  ForbiddenException,
  NotFoundException,
  UnauthenticatedException,
} from '@app/core';
import { GraphQLErrorFilter, toGraphQLError } from './error.filter';

const pgError = (code: string, detail = 'Key (email)=(geheim@school.nl) already exists.') =>
  new QueryFailedError('INSERT INTO users ...', [], Object.assign(new Error('db says no'), { code, detail }));

describe('toGraphQLError', () => {
  it.each([
    [new BadInputException('Datum ligt in het verleden', { field: 'date' }), ErrorCode.BAD_USER_INPUT],
    [new NotFoundException('Activity', 'abc'), ErrorCode.NOT_FOUND],
    [new ForbiddenException(), ErrorCode.FORBIDDEN],
    [new UnauthenticatedException(), ErrorCode.UNAUTHENTICATED],
    [new ConflictException('Already booked'), ErrorCode.CONFLICT],
  ])('keeps the code, message and details of %p', (exception, code) => {
    const error = toGraphQLError(exception, true);
    expect(error.message).toBe(exception.message);
    expect(error.extensions).toMatchObject({ code, ...exception.details });
  });

  it('lists every validation problem of a BadRequestException', () => {
    const error = toGraphQLError(new BadRequestException(['title too long', 'date missing']), true);
    expect(error.message).toBe('title too long; date missing');
    expect(error.extensions).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      problems: ['title too long', 'date missing'],
    });
  });

  it.each([
    [HttpStatus.UNAUTHORIZED, ErrorCode.UNAUTHENTICATED],
    [HttpStatus.FORBIDDEN, ErrorCode.FORBIDDEN],
    [HttpStatus.NOT_FOUND, ErrorCode.NOT_FOUND],
    [HttpStatus.CONFLICT, ErrorCode.CONFLICT],
  ])('maps HTTP status %d to %s', (status, code) => {
    expect(toGraphQLError(new HttpException('nope', status), true).extensions.code).toBe(code);
  });

  it.each([
    ['23505', ErrorCode.CONFLICT],
    ['23503', ErrorCode.BAD_USER_INPUT],
    ['23514', ErrorCode.BAD_USER_INPUT],
    ['22P02', ErrorCode.BAD_USER_INPUT],
    ['40001', ErrorCode.CONFLICT],
    ['40P01', ErrorCode.CONFLICT],
  ])('maps PostgreSQL %s to %s without showing the SQL or the row', (pgCode, code) => {
    const error = toGraphQLError(pgError(pgCode), false);
    expect(error.extensions.code).toBe(code);
    expect(error.message).not.toMatch(/INSERT|geheim@school\.nl|db says no/);
  });

  it('passes a GraphQLError through untouched', () => {
    const given = new GraphQLError('bad query', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(toGraphQLError(given, true)).toBe(given);
  });

  describe('an unknown error', () => {
    const logged: unknown[] = [];
    const logger = { error: (entry: unknown) => logged.push(entry) } as unknown as Logger;
    beforeEach(() => (logged.length = 0));

    it('is masked in production and logged', () => {
      const boom = new Error('connection to 10.0.0.5 refused');
      const error = toGraphQLError(boom, true, logger);
      expect(error.message).toBe('Internal server error');
      expect(error.extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect(logged).toEqual([expect.objectContaining({ err: boom })]);
    });

    it('shows its message outside production', () => {
      const error = toGraphQLError(new Error('connection to 10.0.0.5 refused'), false, logger);
      expect(error.message).toBe('connection to 10.0.0.5 refused');
      expect(error.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    });

    it('covers a PostgreSQL code and an HTTP status that have no mapping', () => {
      for (const exception of [pgError('42P01'), new HttpException('teapot', HttpStatus.I_AM_A_TEAPOT)]) {
        const error = toGraphQLError(exception, true, logger);
        expect([error.message, error.extensions.code]).toEqual([
          'Internal server error',
          'INTERNAL_SERVER_ERROR',
        ]);
      }
      expect(logged).toHaveLength(2);
    });

    it('masks a thrown non-error even outside production', () => {
      expect(toGraphQLError('a string', false, logger).message).toBe('Internal server error');
    });

    it('logs a failed statement by its code and SQL, never its parameters', () => {
      const failed = new QueryFailedError(
        'INSERT INTO users (email, password_hash) VALUES ($1, $2)',
        ['geheim@school.nl', '$argon2id$v=19$hash'],
        Object.assign(new Error('db says no'), { code: '42P01' }),
      );
      toGraphQLError(failed, true, logger);
      const text = JSON.stringify(logged);
      expect(text).toContain('42P01');
      expect(text).toContain('INSERT INTO users');
      expect(text).not.toContain('geheim@school.nl');
      expect(text).not.toContain('argon2');
    });
  });
});

describe('GraphQLErrorFilter on HTTP routes', () => {
  // Answers as Express would send them: status and JSON body.
  const answer = (exception: unknown) => {
    const sent: { status?: number; body?: unknown } = {};
    const response = {
      status: (status: number) => ((sent.status = status), response),
      json: (body: unknown) => void (sent.body = body),
    };
    const host = {
      getType: () => 'http',
      switchToHttp: () => ({ getResponse: () => response }),
    } as unknown as ArgumentsHost;
    new GraphQLErrorFilter(false).catch(exception, host);
    return sent;
  };

  it("answers /health's 503 with its JSON body, no stack", () => {
    const body = { status: 'error', database: 'down', redis: 'up' };
    expect(answer(new HttpException(body, HttpStatus.SERVICE_UNAVAILABLE))).toEqual({ status: 503, body });
  });

  it("answers the body parser's 413 and 400 in JSON, showing only what it may show", () => {
    const tooLarge = Object.assign(new Error('request entity too large'), { status: 413, expose: true });
    expect(answer(tooLarge)).toEqual({
      status: 413,
      body: { statusCode: 413, message: 'request entity too large' },
    });
    const hidden = Object.assign(new Error('at /srv/app/parser.js:12'), { status: 400, expose: false });
    expect(answer(hidden)).toEqual({ status: 400, body: { statusCode: 400, message: 'Bad request' } });
  });

  it('answers anything else with a bare 500', () => {
    expect(answer(new Error('at /srv/app/main.js:1'))).toEqual({
      status: 500,
      body: { statusCode: 500, message: 'Internal server error' },
    });
  });
});
