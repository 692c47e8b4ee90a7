import { z } from 'zod';

// The forms' client-side checks, mirroring the api's own (libs/identity: passwordWeakness, checkCredentials;
// libs/catalogue: a location's postcode; the input DTOs' lengths). Messages are ids of messages.ts.

/** What the api's password rule says of `password`, as a message id; null when acceptable. */
export function passwordProblem(password: string, email?: string): string | null {
  if (password.length < 10) return 'auth.validation.passwordTooShort';
  if (password.length > 200) return 'auth.validation.passwordTooLong';
  if (!/[a-zA-Z]/.test(password) || !/[^a-zA-Z]/.test(password)) return 'auth.validation.passwordNotMixed';
  const name = email?.normalize('NFKC').trim().toLowerCase().split('@')[0];
  if (name && email?.includes('@') && password.toLowerCase().includes(name)) {
    return 'auth.validation.passwordHasEmailName';
  }
  return null;
}

/** A message id when `email` is not an e-mail address (the api accepts addresses without a dot, as a@localhost). */
export function emailProblem(email: string): string | null {
  const trimmed = email.trim();
  if (!trimmed) return 'auth.validation.emailRequired';
  if (trimmed.length > 254 || !/^[^\s@]+@[^\s@]+$/.test(trimmed)) return 'auth.validation.emailInvalid';
  return null;
}

/** Dutch postcodes as the api takes them: 5611AB, 5611 ab. */
export const POSTCODE = /^[1-9]\d{3}\s?[a-zA-Z]{2}$/;

/**
 * The page to go back to after logging in: only a path of this site (starting with one "/"), never another host
 * (`//evil.example`, `/\evil.example`) or a scheme; null otherwise.
 */
export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== 'string' || !value.startsWith('/')) return null;
  if (value.startsWith('//') || value.startsWith('/\\')) return null;
  // Control characters (a tab or newline inside "/\t/evil") are dropped by URL parsers; refuse them.
  if (/[\u0000-\u001f\u007f]/.test(value)) return null;
  return value;
}

type Issue = [path: string, message: string];

// Every check of a form at once (not in waves, as zod's object refinements would), as zod issues.
const withIssues = <T extends z.ZodRawShape>(shape: T, check: (values: z.infer<z.ZodObject<T>>) => Issue[]) =>
  z.object(shape).superRefine((values, ctx) => {
    for (const [path, message] of check(values)) ctx.addIssue({ code: 'custom', path: [path], message });
  });

const text = z.string();

function required(value: string, max: number, path: string, ids: [string, string]): Issue[] {
  if (!value.trim()) return [[path, ids[0]]];
  if (value.length > max) return [[path, ids[1]]];
  return [];
}

function newPasswordIssues(
  password: string,
  repeat: string,
  paths: [string, string],
  email?: string,
): Issue[] {
  const issues: Issue[] = [];
  if (!password) issues.push([paths[0], 'auth.validation.passwordRequired']);
  else {
    const problem = passwordProblem(password, email);
    if (problem) issues.push([paths[0], problem]);
  }
  if (!repeat) issues.push([paths[1], 'auth.validation.repeatRequired']);
  else if (repeat !== password) issues.push([paths[1], 'auth.validation.repeatDiffers']);
  return issues;
}

export const logInSchema = withIssues({ email: text, password: text }, (v) => {
  const issues: Issue[] = [];
  const email = emailProblem(v.email);
  if (email) issues.push(['email', email]);
  if (!v.password) issues.push(['password', 'auth.validation.passwordRequired']);
  return issues;
});
export type LogInValues = z.infer<typeof logInSchema>;

export const forgotPasswordSchema = withIssues({ email: text }, (v) => {
  const email = emailProblem(v.email);
  return email ? [['email', email]] : [];
});
export type ForgotPasswordValues = z.infer<typeof forgotPasswordSchema>;

export const resetPasswordSchema = withIssues({ newPassword: text, newPasswordRepeat: text }, (v) =>
  newPasswordIssues(v.newPassword, v.newPasswordRepeat, ['newPassword', 'newPasswordRepeat']),
);
export type ResetPasswordValues = z.infer<typeof resetPasswordSchema>;

/** Changing the own password: the rule knows the account's address. */
export const changePasswordSchema = (email: string) =>
  withIssues({ currentPassword: text, newPassword: text, newPasswordRepeat: text }, (v) => [
    ...(v.currentPassword ? [] : [['currentPassword', 'auth.validation.currentRequired'] as Issue]),
    ...newPasswordIssues(v.newPassword, v.newPasswordRepeat, ['newPassword', 'newPasswordRepeat'], email),
  ]);
export type ChangePasswordValues = z.infer<ReturnType<typeof changePasswordSchema>>;

export const signUpSchema = withIssues(
  {
    role: z.enum(['TEACHER', 'COMPANY']),
    name: text,
    email: text,
    password: text,
    passwordRepeat: text,
    schoolVestigingscode: text,
    companyName: text,
    locationName: text,
    street: text,
    postcode: text,
    city: text,
  },
  (v) => {
    const issues: Issue[] = [
      ...required(v.name, 200, 'name', ['auth.validation.nameRequired', 'auth.validation.tooLong']),
    ];
    const email = emailProblem(v.email);
    if (email) issues.push(['email', email]);
    issues.push(...newPasswordIssues(v.password, v.passwordRepeat, ['password', 'passwordRepeat'], v.email));
    if (v.role === 'TEACHER') {
      if (!v.schoolVestigingscode) issues.push(['schoolVestigingscode', 'auth.validation.schoolRequired']);
      return issues;
    }
    issues.push(
      ...required(v.companyName, 200, 'companyName', [
        'auth.validation.companyNameRequired',
        'auth.validation.tooLong',
      ]),
      ...required(v.locationName, 200, 'locationName', [
        'auth.validation.locationNameRequired',
        'auth.validation.tooLong',
      ]),
      ...required(v.city, 100, 'city', ['auth.validation.cityRequired', 'auth.validation.tooLong']),
    );
    if (v.street.length > 200) issues.push(['street', 'auth.validation.tooLong']);
    if (!v.postcode.trim()) issues.push(['postcode', 'auth.validation.postcodeRequired']);
    else if (!POSTCODE.test(v.postcode.trim())) issues.push(['postcode', 'auth.validation.postcodeInvalid']);
    return issues;
  },
);
export type SignUpValues = z.infer<typeof signUpSchema>;
