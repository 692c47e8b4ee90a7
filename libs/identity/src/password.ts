import argon2 from 'argon2';

/** argon2id with the library's defaults (64 MiB, 3 passes): memory-hard, as OWASP recommends. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** Why a password is too weak, or null when it is acceptable. */
export function passwordWeakness(password: string, email: string): string | null {
  if (password.length < 10) return 'The password must have at least 10 characters';
  if (password.length > 200) return 'The password must have at most 200 characters';
  if (!/[a-zA-Z]/.test(password) || !/[^a-zA-Z]/.test(password)) {
    return 'The password must mix letters with digits or symbols';
  }
  if (password.toLowerCase().includes(email.split('@')[0].toLowerCase())) {
    return 'The password must not contain your e-mail name';
  }
  return null;
}
