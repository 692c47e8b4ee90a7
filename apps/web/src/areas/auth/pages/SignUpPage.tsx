import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { problemsOf, type Problem, useFieldErrorText } from '../../../app/errors';
import { useRefreshSession } from '../../../app/session';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { Page } from '../../../components/Page';
import { graphql } from '../../../gql';
import { AccountFields, CompanyFields, RoleChoice } from '../components/SignUpFields';
import { SchoolPicker } from '../components/SchoolPicker';
import { firstWithProblem, formProblems } from '../problems';
import { signUpSchema, type SignUpValues } from '../validation';
import '../auth.css';

const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      user {
        id
        role
      }
    }
  }
`);

export const SIGN_UP_FIELDS = [
  'role',
  'name',
  'email',
  'password',
  'passwordRepeat',
  'schoolVestigingscode',
  'companyName',
  'locationName',
  'street',
  'postcode',
  'city',
] as const;

/** The api's field names (SignUpInput, CompanyLocationInput) where the form's differ. */
const ALIASES = { companyLocation: 'locationName' } as const;

const place = (problems: Problem[]) =>
  formProblems(problems, SIGN_UP_FIELDS, {
    aliases: ALIASES,
    byReason: {
      WEAK_PASSWORD: 'password',
      EMAIL_TAKEN: 'email',
      UNKNOWN_SCHOOL_CODE: 'schoolVestigingscode',
    },
  });

export function SignUpPage() {
  const intl = useIntl();
  const { als } = useSearch({ from: '/aanmelden' });
  const navigate = useNavigate();
  const refreshSession = useRefreshSession();
  const fieldError = useFieldErrorText();
  const [signUp] = useMutation(SignUpMutation);
  const [problems, setProblems] = useState<Problem[]>([]);
  const form = useForm<SignUpValues>({
    resolver: zodResolver(signUpSchema),
    defaultValues: {
      role: als === 'bedrijf' ? 'COMPANY' : 'TEACHER',
      name: '',
      email: '',
      password: '',
      passwordRepeat: '',
      schoolVestigingscode: '',
      companyName: '',
      locationName: intl.formatMessage({ id: 'auth.field.locationNameDefault' }),
      street: '',
      postcode: '',
      city: '',
    },
  });
  const { control, handleSubmit, watch, formState } = form;
  const role = watch('role');

  const onSubmit = async (v: SignUpValues) => {
    setProblems([]);
    const account = { role: v.role, name: v.name.trim(), email: v.email.trim(), password: v.password };
    const input =
      v.role === 'TEACHER'
        ? { ...account, schoolVestigingscode: v.schoolVestigingscode }
        : {
            ...account,
            companyName: v.companyName.trim(),
            companyLocation: {
              name: v.locationName.trim(),
              street: v.street.trim() || null,
              postcode: v.postcode.trim(),
              city: v.city.trim(),
            },
          };
    try {
      await signUp({ variables: { input } });
      await refreshSession();
      await navigate({ to: '/aanmelden/klaar' });
    } catch (error) {
      const found = problemsOf(error);
      setProblems(found);
      const field = firstWithProblem(place(found).byField, SIGN_UP_FIELDS);
      if (field) form.setFocus(field);
    }
  };

  const { byField, rest } = place(problems);
  const errorOf = (field: (typeof SIGN_UP_FIELDS)[number]) =>
    fieldError(formState.errors[field]?.message, byField[field]);

  return (
    <Page title={intl.formatMessage({ id: 'auth.signUp.title' })}>
      <Paragraph>
        <FormattedMessage id="auth.signUp.intro" />
      </Paragraph>
      <ErrorSummary problems={rest} />
      <form className="tm-auth-form" noValidate onSubmit={(e) => void handleSubmit(onSubmit)(e)}>
        <RoleChoice register={form.register} error={errorOf('role')} />
        <AccountFields register={form.register} errorOf={errorOf} />
        {role === 'TEACHER' ? (
          <Controller
            control={control}
            name="schoolVestigingscode"
            render={({ field }) => (
              <SchoolPicker
                ref={field.ref}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={errorOf('schoolVestigingscode')}
              />
            )}
          />
        ) : (
          <CompanyFields register={form.register} errorOf={errorOf} />
        )}
        <Button type="submit" appearance="primary-action-button" busy={formState.isSubmitting}>
          <FormattedMessage id="auth.signUp.submit" />
        </Button>
      </form>
      <Paragraph>
        <FormattedMessage id="auth.signUp.haveAccount" />{' '}
        <Link to="/inloggen">
          <FormattedMessage id="auth.signUp.logIn" />
        </Link>
      </Paragraph>
    </Page>
  );
}
