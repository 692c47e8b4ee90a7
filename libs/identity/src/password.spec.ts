import { hashPassword, passwordWeakness, verifyPassword } from './password';

describe('passwords', () => {
  it('hashes with argon2id and verifies', async () => {
    const hash = await hashPassword('Lesgeven-2026');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=65536/);
    expect(await verifyPassword(hash, 'Lesgeven-2026')).toBe(true);
    expect(await verifyPassword(hash, 'lesgeven-2026')).toBe(false);
    expect(await verifyPassword('not a hash', 'x')).toBe(false);
  });

  it.each([
    ['short1', 'at least 10'],
    ['onlyletterspassword', 'mix letters'],
    ['1234567890123', 'mix letters'],
    ['annie-2026-xyz', 'e-mail name'],
  ])('rejects %s', (password, why) => expect(passwordWeakness(password, 'annie@example.nl')).toContain(why));

  it('accepts a decent password', () =>
    expect(passwordWeakness('Techniek-voor-iedereen-1', 'annie@example.nl')).toBeNull());
});
