import argon2 from 'argon2';
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { DomainError } from '@app/core';
import { COMMON_DUTCH_PASSWORDS } from './common-passwords';

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

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
/**
 * zxcvbn's score (0-4) a password needs: 3 is at least 10^8 guesses, which argon2 makes years of work offline and
 * the log-in lock-out rules out online.
 */
export const PASSWORD_MIN_SCORE = 3;

/** Why a password is refused: a message for the log and the API, and hints in Dutch for the person. */
export interface PasswordWeakness {
  message: string;
  hints: string[];
}

/** Whose password it is: what an attacker who knows the person tries first. */
export interface PasswordOwner {
  email: string;
  name?: string | null;
}

let estimator: Promise<ZxcvbnFactory> | undefined;

// The dictionaries are large: loaded once, at the first password checked, and shared by every check.
function loadEstimator(): Promise<ZxcvbnFactory> {
  estimator ??= (async () => {
    const [{ ZxcvbnFactory }, common, dutch] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-nl-be'),
    ]);
    return new ZxcvbnFactory({
      // Common passwords of any language, Dutch words and names, and the Dutch passwords and site words an
      // attacker of a Dutch school service tries first. No Levenshtein: it makes a check ten times slower (the
      // check runs on the event loop) for little more.
      dictionary: { ...common.dictionary, ...dutch.dictionary, 'passwords-nl': COMMON_DUTCH_PASSWORDS },
      graphs: common.adjacencyGraphs,
      translations: dutch.translations,
      maxLength: PASSWORD_MAX_LENGTH,
    });
  })();
  return estimator;
}

const lettersOf = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

// The owner's e-mail, its local part and the words of their name, as zxcvbn's user inputs.
function ownerWords(owner: PasswordOwner): string[] {
  const local = owner.email.split('@')[0] ?? '';
  const words = [owner.email, local, ...local.split(/[^\p{L}\p{N}]+/u)];
  if (owner.name) words.push(owner.name, ...owner.name.split(/[^\p{L}\p{N}]+/u));
  return [...new Set(words.map((word) => word.toLowerCase()).filter((word) => word.length >= 2))];
}

/**
 * Why a password is too weak, or null when it is acceptable: at least 10 characters, not the e-mail name or the
 * person's name, and hard to guess by zxcvbn's estimate (score 3 or more) with common passwords, Dutch words and
 * names, and the owner's own address and name as dictionaries.
 */
export async function passwordWeakness(
  password: string,
  owner: PasswordOwner,
): Promise<PasswordWeakness | null> {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return {
      message: `The password must have at least ${PASSWORD_MIN_LENGTH} characters`,
      hints: [`Gebruik minstens ${PASSWORD_MIN_LENGTH} tekens, bijvoorbeeld een paar woorden achter elkaar.`],
    };
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    return {
      message: `The password must have at most ${PASSWORD_MAX_LENGTH} characters`,
      hints: [`Gebruik hoogstens ${PASSWORD_MAX_LENGTH} tekens.`],
    };
  }
  const plain = lettersOf(password);
  const local = lettersOf(owner.email.split('@')[0] ?? '');
  const name = lettersOf(owner.name ?? '');
  if ((local.length >= 3 && plain.includes(local)) || (name.length >= 3 && plain.includes(name))) {
    return {
      message: 'The password must not contain your e-mail name or your name',
      hints: ['Gebruik niet je naam of je e-mailadres in je wachtwoord.'],
    };
  }
  const result = (await loadEstimator()).check(password, ownerWords(owner));
  if (result.score >= PASSWORD_MIN_SCORE) return null;
  const { warning, suggestions } = result.feedback;
  return {
    message: 'The password is too easy to guess',
    hints: [
      ...(warning ? [warning] : []),
      ...suggestions,
      'Een zin van vier of meer gewone woorden is sterk en goed te onthouden.',
    ],
  };
}

/** Throws WEAK_PASSWORD (with `field` and Dutch `hints`) unless the password passes `passwordWeakness`. */
export async function assertStrongPassword(
  password: string,
  owner: PasswordOwner,
  field: string,
): Promise<void> {
  const weakness = await passwordWeakness(password, owner);
  if (weakness) throw new DomainError('WEAK_PASSWORD', weakness.message, { field, hints: weakness.hints });
}
