import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Link, useRouter, useSearch } from '@tanstack/react-router';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { problemsOf, type Problem, useFieldErrorText } from '../../../app/errors';
import { HOME_OF_ROLE } from '../../../app/root';
import { useRefreshSession, useSession } from '../../../app/session';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/Field';
import { Page } from '../../../components/Page';
import { graphql } from '../../../gql';
import { formProblems } from '../problems';
import { logInSchema, safeReturnPath, type LogInValues } from '../validation';
import '../auth.css';

const LogInMutation = graphql(`
  mutation LogIn($email: String!, $password: String!) {
    logIn(email: $email, password: $password) {
      user {
        id
        role
      }
    }
  }
`);

const FIELDS = ['email', 'password'] as const;

export function LogInPage() {
  const intl = useIntl();
  const { terug } = useSearch({ from: '/inloggen' });
  const router = useRouter();
  const { me } = useSession();
  const refreshSession = useRefreshSession();
  const fieldError = useFieldErrorText();
  const [logIn] = useMutation(LogInMutation);
  const [problems, setProblems] = useState<Problem[]>([]);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<LogInValues>({
    resolver: zodResolver(logInSchema),
    defaultValues: { email: '', password: '' },
  });

  const onSubmit = async (values: LogInValues) => {
    setProblems([]);
    try {
      const { data } = await logIn({ variables: { email: values.email.trim(), password: values.password } });
      if (!data) return;
      await refreshSession();
      router.history.push(safeReturnPath(terug) ?? HOME_OF_ROLE[data.logIn.user.role] ?? '/');
    } catch (error) {
      setProblems(problemsOf(error));
    }
  };

  const { byField, rest } = formProblems(problems, FIELDS);
  const title = intl.formatMessage({ id: 'auth.logIn.title' });

  return (
    <Page title={title}>
      {me ? (
        <Paragraph role="status">
          <FormattedMessage id="auth.logIn.already" values={{ name: me.name }} />{' '}
          <Link to={HOME_OF_ROLE[me.role] ?? '/'}>
            <FormattedMessage id="auth.logIn.toHome" />
          </Link>
        </Paragraph>
      ) : null}
      <ErrorSummary problems={rest} />
      <form className="tm-auth-form" noValidate onSubmit={(e) => void handleSubmit(onSubmit)(e)}>
        <TextField
          label={<FormattedMessage id="auth.field.email" />}
          type="email"
          autoComplete="username"
          required
          error={fieldError(errors.email?.message, byField.email)}
          {...register('email')}
        />
        <TextField
          label={<FormattedMessage id="auth.field.password" />}
          type="password"
          autoComplete="current-password"
          required
          error={fieldError(errors.password?.message, byField.password)}
          {...register('password')}
        />
        <Button type="submit" appearance="primary-action-button" busy={isSubmitting}>
          <FormattedMessage id="auth.logIn.submit" />
        </Button>
      </form>
      <ul className="tm-auth-links">
        <li>
          <Link to="/wachtwoord-vergeten">
            <FormattedMessage id="auth.logIn.forgot" />
          </Link>
        </li>
        <li>
          <Link to="/aanmelden">
            <FormattedMessage id="auth.logIn.signUp" />
          </Link>
        </li>
      </ul>
    </Page>
  );
}
