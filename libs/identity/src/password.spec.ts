import { DomainError } from '@app/core';
import { assertStrongPassword, hashPassword, passwordWeakness, verifyPassword } from './password';

const annie = { email: 'annie@example.nl', name: 'Annie de Vries' };

describe('passwords', () => {
  it('hashes with argon2id and verifies', async () => {
    const hash = await hashPassword('Lesgeven-2026');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=65536/);
    expect(await verifyPassword(hash, 'Lesgeven-2026')).toBe(true);
    expect(await verifyPassword(hash, 'lesgeven-2026')).toBe(false);
    expect(await verifyPassword('not a hash', 'x')).toBe(false);
  });

  // The passwords an attacker got accepted (issue 14), and their kin: long enough, but guessed at once.
  it.each([
    'password12',
    'Welkom2026!',
    'qwerty1234',
    `${' '.repeat(9)}a1`,
    'Wachtwoord2026!',
    'Geheim123456',
    'Feyenoord010!',
    'Techmatch2026!',
    'Docent2026!',
    'aaaaaaaaaaaa',
    '1234567890123',
  ])('refuses %j as too easy to guess, with Dutch hints', async (password) => {
    const weakness = await passwordWeakness(password, annie);
    expect(weakness?.message).toMatch(/at least 10 characters|too easy to guess/);
    expect(weakness?.hints.length).toBeGreaterThan(0);
  });

  it.each([
    ['short1', 'at least 10'],
    ['Zeer-kort', 'at least 10'],
    ['x'.repeat(201), 'at most 200'],
    ['annie-2026-xyz', 'your e-mail name'],
    ['Annie-de-Vries-1987!', 'your name'],
  ])('refuses %s (%s)', async (password, why) => {
    expect((await passwordWeakness(password, annie))?.message).toContain(why);
  });

  it.each([
    'fiets paraplu lantaarn zomer',
    'Techniek-voor-iedereen-1',
    'Demo-wachtwoord-2026',
    'Molen draait; ijsvogel slaapt',
    'kM4#tz9!Qp2v',
  ])('accepts the good passphrase or random password %j', async (password) => {
    expect(await passwordWeakness(password, annie)).toBeNull();
  });

  it('counts the Dutch common passwords and words: welkom is as weak as welcome', async () => {
    expect(await passwordWeakness('Welkom2026!', annie)).not.toBeNull();
    expect(await passwordWeakness('Welcome2026!', annie)).not.toBeNull();
  });

  it('refuses with WEAK_PASSWORD beside the field, hints in Dutch', async () => {
    const refusal = await assertStrongPassword('Welkom2026!', annie, 'newPassword').catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(DomainError);
    const { reason, field, hints } = (refusal as DomainError).details as { [key: string]: unknown };
    expect({ reason, field }).toEqual({ reason: 'WEAK_PASSWORD', field: 'newPassword' });
    expect((hints as string[]).join(' ')).toMatch(/woorden|wachtwoord/i);
    await expect(
      assertStrongPassword('fiets paraplu lantaarn zomer', annie, 'password'),
    ).resolves.toBeUndefined();
  });
});
