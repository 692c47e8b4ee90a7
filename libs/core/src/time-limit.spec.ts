import { within, withTimeout } from './time-limit';

const after = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('within and withTimeout', () => {
  it('give the answer that comes in time', async () => {
    await expect(within(after(5, 'ja'), 200)).resolves.toBe('ja');
    await expect(withTimeout(after(5, 'ja'), 200, 'Redis')).resolves.toBe('ja');
  });

  it('stop waiting when the time runs out: within with undefined (and tells), withTimeout with an error', async () => {
    const told: string[] = [];
    await expect(within(after(500, 'laat'), 10, () => told.push('te laat'))).resolves.toBeUndefined();
    expect(told).toEqual(['te laat']);
    await expect(withTimeout(after(500, 'laat'), 10, 'Redis')).rejects.toThrow(
      'Redis did not answer within 10 ms',
    );
  });

  it('pass a failure on', async () => {
    await expect(within(Promise.reject(new Error('stuk')), 200)).rejects.toThrow('stuk');
  });
});
