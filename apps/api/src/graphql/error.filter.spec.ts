import { BadRequestException, HttpException, HttpStatus, type Logger } from '@nestjs/common';
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
import { toGraphQLError } from './error.filter';

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
  });
});
