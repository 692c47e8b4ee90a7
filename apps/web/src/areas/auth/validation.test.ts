// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../app/messages';
import { messages } from './messages';
import { emailSettingsChange, kindsFor } from './notification-kinds';
import { formProblems } from './problems';
import {
  changePasswordSchema,
  logInSchema,
  passwordProblem,
  resetPasswordSchema,
  safeReturnPath,
  signUpSchema,
  type SignUpValues,
} from './validation';

const issues = (result: {
  success: boolean;
  error?: { issues: Array<{ path: PropertyKey[]; message: string }> };
}) => Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));

const teacher: SignUpValues = {
  role: 'TEACHER',
  name: 'Annie de Vries',
  email: 'annie@hethooghuis.nl',
  password: 'Techniek-voor-iedereen-1',
  passwordRepeat: 'Techniek-voor-iedereen-1',
  schoolVestigingscode: '19XH00',
  companyName: '',
  locationName: 'Hoofdvestiging',
  street: '',
  postcode: '',
  city: '',
};

const company: SignUpValues = {
  ...teacher,
  role: 'COMPANY',
  email: 'jan@techbedrijf.nl',
  schoolVestigingscode: '',
  companyName: 'Techbedrijf BV',
  postcode: '5611 ab',
  city: 'Eindhoven',
};

describe('the password rule (as libs/identity passwordWeakness)', () => {
  it.each([
    ['kort1', 'auth.validation.passwordTooShort'],
    ['a1'.repeat(101), 'auth.validation.passwordTooLong'],
    ['alleenmaarletters', 'auth.validation.passwordNotMixed'],
    ['1234567890!', 'auth.validation.passwordNotMixed'],
    ['Annie-2024-wachtwoord', 'auth.validation.passwordHasEmailName'],
  ])('refuses %s', (password, id) => expect(passwordProblem(password, 'annie@example.nl')).toBe(id));

  it('accepts a long mixed password, and skips the e-mail check without an address', () => {
    expect(passwordProblem('Techniek-voor-iedereen-1', 'annie@example.nl')).toBeNull();
    expect(passwordProblem('annie-2024-wachtwoord')).toBeNull();
  });
});

describe('the return path after logging in', () => {
  it('follows paths of this site only', () => {
    expect(safeReturnPath('/docent')).toBe('/docent');
    expect(safeReturnPath('/activiteiten?tekst=gastles#x')).toBe('/activiteiten?tekst=gastles#x');
    for (const bad of [
      '//evil.example',
      '/\\evil.example',
      'https://evil.example',
      'javascript:alert(1)',
      '/\t/x',
      '',
      undefined,
      42,
    ]) {
      expect(safeReturnPath(bad)).toBeNull();
    }
  });
});

describe('log-in form', () => {
  it('asks for an e-mail address and a password', () => {
    expect(issues(logInSchema.safeParse({ email: '', password: '' }))).toEqual({
      email: 'auth.validation.emailRequired',
      password: 'auth.validation.passwordRequired',
    });
    expect(issues(logInSchema.safeParse({ email: 'geen adres', password: 'x' }))).toEqual({
      email: 'auth.validation.emailInvalid',
    });
    expect(logInSchema.safeParse({ email: 'docent@localhost', password: 'x' }).success).toBe(true);
  });
});

describe('sign-up form', () => {
  it('accepts a complete teacher and a complete company', () => {
    expect(signUpSchema.safeParse(teacher).success).toBe(true);
    expect(signUpSchema.safeParse(company).success).toBe(true);
  });

  it('shows every problem at once, and asks a teacher for a school picked from the list', () => {
    expect(
      issues(
        signUpSchema.safeParse({
          ...teacher,
          name: ' ',
          email: 'x',
          password: 'kort',
          passwordRepeat: 'anders',
          schoolVestigingscode: '',
        }),
      ),
    ).toEqual({
      name: 'auth.validation.nameRequired',
      email: 'auth.validation.emailInvalid',
      password: 'auth.validation.passwordTooShort',
      passwordRepeat: 'auth.validation.repeatDiffers',
      schoolVestigingscode: 'auth.validation.schoolRequired',
    });
  });

  it('asks a company for its name and a location with a Dutch postcode, and a teacher for none of that', () => {
    expect(
      issues(
        signUpSchema.safeParse({
          ...company,
          companyName: '',
          locationName: '',
          postcode: '56110',
          city: '',
        }),
      ),
    ).toEqual({
      companyName: 'auth.validation.companyNameRequired',
      locationName: 'auth.validation.locationNameRequired',
      postcode: 'auth.validation.postcodeInvalid',
      city: 'auth.validation.cityRequired',
    });
    expect(issues(signUpSchema.safeParse({ ...company, postcode: '' }))).toEqual({
      postcode: 'auth.validation.postcodeRequired',
    });
    expect(
      issues(signUpSchema.safeParse({ ...company, street: 'x'.repeat(201), companyName: 'x'.repeat(201) })),
    ).toEqual({
      companyName: 'auth.validation.tooLong',
      street: 'auth.validation.tooLong',
    });
  });

  it('refuses a password with the e-mail name in it, as the api does', () => {
    const values = { ...teacher, password: 'annie-is-docent-1', passwordRepeat: 'annie-is-docent-1' };
    expect(issues(signUpSchema.safeParse(values))).toEqual({
      password: 'auth.validation.passwordHasEmailName',
    });
  });
});

describe('password forms', () => {
  it('reset: the new password twice, equal and by the rule', () => {
    expect(issues(resetPasswordSchema.safeParse({ newPassword: '', newPasswordRepeat: '' }))).toEqual({
      newPassword: 'auth.validation.passwordRequired',
      newPasswordRepeat: 'auth.validation.repeatRequired',
    });
    expect(
      resetPasswordSchema.safeParse({
        newPassword: 'Nieuw-wachtwoord-7',
        newPasswordRepeat: 'Nieuw-wachtwoord-7',
      }).success,
    ).toBe(true);
  });

  it('change: the current password, and the rule knows the account address', () => {
    const schema = changePasswordSchema('piet@school.nl');
    expect(
      issues(
        schema.safeParse({
          currentPassword: '',
          newPassword: 'piet-zijn-wachtwoord-1',
          newPasswordRepeat: 'piet-zijn-wachtwoord-1',
        }),
      ),
    ).toEqual({
      currentPassword: 'auth.validation.currentRequired',
      newPassword: 'auth.validation.passwordHasEmailName',
    });
  });
});

describe('server problems beside their fields', () => {
  it('places problems by field, alias or reason, and leaves the rest for the summary', () => {
    const { byField, rest } = formProblems(
      [
        { code: 'BAD_USER_INPUT', reason: 'WEAK_PASSWORD', message: 'weak' },
        { code: 'BAD_USER_INPUT', field: 'companyLocation', message: 'no location' },
        { code: 'CONFLICT', reason: 'EMAIL_TAKEN', field: 'email', message: 'taken' },
        { code: 'INTERNAL_SERVER_ERROR', message: 'boom' },
      ],
      ['email', 'password', 'locationName'] as const,
      { aliases: { companyLocation: 'locationName' }, byReason: { WEAK_PASSWORD: 'password' } },
    );
    expect(byField.password?.reason).toBe('WEAK_PASSWORD');
    expect(byField.locationName?.message).toBe('no location');
    expect(byField.email?.reason).toBe('EMAIL_TAKEN');
    expect(rest.map((p) => p.code)).toEqual(['INTERNAL_SERVER_ERROR']);
  });
});

describe('e-mail settings', () => {
  it('offers a role its own kinds and any kind already switched off', () => {
    expect(kindsFor('TEACHER', [])).toContain('PARTNER_OFFER');
    expect(kindsFor('TEACHER', [])).not.toContain('BOOKING_REQUESTED');
    expect(kindsFor('TEACHER', ['COMPANY_REGISTERED'])).toContain('COMPANY_REGISTERED');
    expect(kindsFor('COORDINATOR', [])).toHaveLength(13);
  });

  it('sends only what changed', () => {
    expect(
      emailSettingsChange(
        ['BOOKING_ANSWERED', 'PLACED', 'PARTNER_OFFER'],
        ['PLACED', 'PARTNER_OFFER'],
        ['PLACED'],
      ),
    ).toEqual({ on: ['PLACED'], off: ['BOOKING_ANSWERED'] });
    expect(emailSettingsChange(['PLACED'], ['PLACED'], [])).toEqual({ on: [], off: [] });
  });

  it('has a Dutch and an English label for every kind', () => {
    for (const kind of kindsFor('ADMIN', [])) {
      expect(MESSAGES.nl[`auth.kind.${kind}`]).toBeTruthy();
      expect(MESSAGES.en[`auth.kind.${kind}`]).not.toBe(MESSAGES.nl[`auth.kind.${kind}`]);
    }
  });
});

describe('texts', () => {
  it('has every auth text in English too', () => {
    const ids = (locale: Record<string, string>) =>
      Object.keys(locale).filter((id) => id.startsWith('auth.'));
    const english = new Set(Object.keys(messages.en));
    expect(ids(MESSAGES.nl).filter((id) => !english.has(id))).toEqual([]);
  });
});
