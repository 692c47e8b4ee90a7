import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Link, useSearch } from '@tanstack/react-router';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { problemsOf, type Problem, useFieldErrorText } from '../../../app/errors';
import { HOME_OF_ROLE } from '../../../app/root';
import { useRefreshSession } from '../../../app/session';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/Field';
import { Page } from '../../../components/Page';
import { graphql } from '../../../gql';
import { firstWithProblem, formProblems } from '../problems';
import { resetPasswordSchema, type ResetPasswordValues } from '../validation';
import '../auth.css';

const ResetPasswordMutation = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword) {
      user {
        id
        email
        role
      }
    }
  }
`);

// resetPassword answers with a token but sets no cookie; logging in with the new password starts the web session.
const LogInAfterResetMutation = graphql(`
  mutation LogInAfterReset($email: String!, $password: String!) {
    logIn(email: $email, password: $password) {
      user {
        id
      }
    }
  }
`);

const FIELDS = ['newPassword', 'newPasswordRepeat'] as const;
const TOKEN_REASONS = ['RESET_TOKEN_INVALID', 'RESET_TOKEN_USED', 'RESET_TOKEN_EXPIRED'];
const place = (problems: Problem[]) =>
  formProblems(problems, FIELDS, { byReason: { WEAK_PASSWORD: 'newPassword' } });

/** The page of the mailed link: a new password, twice; afterwards the person is logged in. */
export function ResetPasswordPage() {
  const intl = useIntl();
  const { token } = useSearch({ from: '/wachtwoord-herstellen' });
  const fieldError = useFieldErrorText();
  const refreshSession = useRefreshSession();
  const [resetPassword] = useMutation(ResetPasswordMutation);
  const [logIn] = useMutation(LogInAfterResetMutation);
  const [problems, setProblems] = useState<Problem[]>(
    token ? [] : [{ code: 'BAD_USER_INPUT', reason: 'RESET_TOKEN_INVALID', message: '' }],
  );
  const [done, setDone] = useState<{ role: string; loggedIn: boolean } | null>(null);
  const {
    register,
    handleSubmit,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<ResetPasswordValues>({
    resolver: zodResolver(resetPasswordSchema),
    defaultValues: { newPassword: '', newPasswordRepeat: '' },
  });

  const onSubmit = async ({ newPassword }: ResetPasswordValues) => {
    setProblems([]);
    let user: { email: string; role: string } | undefined;
    try {
      user = (await resetPassword({ variables: { token: token ?? '', newPassword } })).data?.resetPassword
        .user;
    } catch (error) {
      const found = problemsOf(error);
      setProblems(found);
      const field = firstWithProblem(place(found).byField, FIELDS);
      if (field) setFocus(field);
      return;
    }
    if (!user) return;
    const loggedIn = await logIn({ variables: { email: user.email, password: newPassword } }).then(
      () => true,
      () => false,
    );
    if (loggedIn) await refreshSession();
    setDone({ role: user.role, loggedIn });
  };

  const { byField, rest } = place(problems);
  const tokenSpent = rest.some((p) => p.reason && TOKEN_REASONS.includes(p.reason));

  return (
    <Page title={intl.formatMessage({ id: 'auth.reset.title' })}>
      <div role="status">
        {done ? (
          <Alert type="ok" role="none">
            <Paragraph>
              <FormattedMessage id={done.loggedIn ? 'auth.reset.doneLoggedIn' : 'auth.reset.done'} />
            </Paragraph>
          </Alert>
        ) : null}
      </div>
      {done ? (
        <Paragraph>
          {done.loggedIn ? (
            <Link to={HOME_OF_ROLE[done.role] ?? '/'}>
              <FormattedMessage id="auth.reset.toHome" />
            </Link>
          ) : (
            <Link to="/inloggen">
              <FormattedMessage id="auth.reset.logIn" />
            </Link>
          )}
        </Paragraph>
      ) : (
        <>
          <ErrorSummary problems={rest} />
          {tokenSpent ? (
            <Paragraph>
              <Link to="/wachtwoord-vergeten">
                <FormattedMessage id="auth.reset.newLink" />
              </Link>
            </Paragraph>
          ) : null}
          <form className="tm-auth-form" noValidate onSubmit={(e) => void handleSubmit(onSubmit)(e)}>
            <TextField
              label={<FormattedMessage id="auth.field.newPassword" />}
              description={<FormattedMessage id="auth.field.passwordRule" />}
              type="password"
              autoComplete="new-password"
              required
              error={fieldError(errors.newPassword?.message, byField.newPassword)}
              {...register('newPassword')}
            />
            <TextField
              label={<FormattedMessage id="auth.field.passwordRepeat" />}
              type="password"
              autoComplete="new-password"
              required
              error={fieldError(errors.newPasswordRepeat?.message, byField.newPasswordRepeat)}
              {...register('newPasswordRepeat')}
            />
            <Button type="submit" appearance="primary-action-button" busy={isSubmitting}>
              <FormattedMessage id="auth.reset.submit" />
            </Button>
          </form>
        </>
      )}
    </Page>
  );
}
