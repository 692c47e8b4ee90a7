import { describe, expect, it } from '@jest/globals';
import { currentRequestId, withRequestId } from './request-id';

describe('request ids', () => {
  it('are current inside withRequestId, through awaits, and gone outside', async () => {
    expect(currentRequestId()).toBeUndefined();
    const seen = await withRequestId('req-1', async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return currentRequestId();
    });
    expect(seen).toBe('req-1');
    expect(currentRequestId()).toBeUndefined();
  });

  it('read a lazily named request when asked', () => {
    let id: string | undefined;
    withRequestId(
      () => id,
      () => {
        expect(currentRequestId()).toBeUndefined();
        id = 'named-later';
        expect(currentRequestId()).toBe('named-later');
      },
    );
  });
});
