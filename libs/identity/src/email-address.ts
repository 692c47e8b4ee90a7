/**
 * The form an e-mail address is stored and compared in: NFKC folds full-width and other compatibility forms
 * (`ｄｏｃｅｎｔ@example.nl`) into plain letters, so a look-alike cannot make a second account.
 */
export function normaliseEmail(email: string): string {
  return email.normalize('NFKC').trim().toLowerCase();
}
