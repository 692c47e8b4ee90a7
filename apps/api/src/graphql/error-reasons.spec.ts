import { BadInputException, DomainError, ERROR_REASONS, ErrorCode, type ErrorReason } from '@app/core';
import { toGraphQLError } from './error.filter';

// The domain reasons as a client sees them: `extensions.reason` beside the transport code it travels under.

describe('domain reasons in the GraphQL error mapping', () => {
  it('maps every reason to a transport code of the API', () => {
    const codes = new Set<string>(Object.values(ErrorCode));
    const unmapped = Object.entries(ERROR_REASONS).filter(([, code]) => !codes.has(code));
    expect(unmapped).toEqual([]);
    expect(Object.keys(ERROR_REASONS).length).toBeGreaterThan(0);
  });

  it.each(Object.keys(ERROR_REASONS) as ErrorReason[])(
    'sends %s as extensions.reason with its code',
    (reason) => {
      const error = toGraphQLError(new DomainError(reason, 'refused'), true);
      expect(error.message).toBe('refused');
      expect(error.extensions).toEqual({ code: ERROR_REASONS[reason], reason });
    },
  );

  it('keeps the details beside the reason, and neither they nor the reason replace the code', () => {
    const error = toGraphQLError(
      new DomainError('EMAIL_TAKEN', 'taken', { field: 'email', code: 'SOMETHING_ELSE' }),
      true,
    );
    expect(error.extensions).toEqual({ code: ErrorCode.CONFLICT, reason: 'EMAIL_TAKEN', field: 'email' });
  });

  it('sends no reason for a refusal that has none', () => {
    const error = toGraphQLError(new BadInputException('Tell us your name', { field: 'name' }), true);
    expect(error.extensions).toEqual({ code: ErrorCode.BAD_USER_INPUT, field: 'name' });
  });
});
