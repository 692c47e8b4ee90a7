// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ERROR_REASONS } from '../../../../libs/core/src/error-reasons';
import { ErrorCode } from '../../../../libs/core/src/error-code';
import { MESSAGES } from './messages';

describe('error texts', () => {
  it('has a Dutch text for every reason and code the api can send', () => {
    const missing = [
      ...Object.keys(ERROR_REASONS).map((reason) => `error.reason.${reason}`),
      ...Object.values(ErrorCode).map((code) => `error.code.${code}`),
    ].filter((id) => !MESSAGES.nl[id]);
    expect(missing).toEqual([]);
  });

  it('has no text for a reason the api no longer sends', () => {
    const stale = Object.keys(MESSAGES.nl)
      .filter((id) => id.startsWith('error.reason.'))
      .map((id) => id.slice('error.reason.'.length))
      .filter((reason) => !(reason in ERROR_REASONS));
    expect(stale).toEqual([]);
  });
});
