import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Link } from '@tanstack/react-router';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { problemsOf, type Problem, useFieldErrorText } from '../../../app/errors';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/Field';
import { Page } from '../../../components/Page';
import { graphql } from '../../../gql';
import { formProblems } from '../problems';
import { forgotPasswordSchema, type ForgotPasswordValues } from '../validation';
import '../auth.css';

const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

/** Asks for a link to choose a new password; the answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const intl = useIntl();
  const fieldError = useFieldErrorText();
  const [requestReset] = useMutation(RequestPasswordResetMutation);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<ForgotPasswordValues>({
    resolver: zodResolver(forgotPasswordSchema),
    defaultValues: { email: '' },
  });

  const onSubmit = async ({ email }: ForgotPasswordValues) => {
    setProblems([]);
    setSentTo(null);
    try {
      await requestReset({ variables: { email: email.trim() } });
      setSentTo(email.trim());
    } catch (error) {
      const found = problemsOf(error);
      setProblems(found);
      if (formProblems(found, ['email'] as const).byField.email) setFocus('email');
    }
  };

  const { byField, rest } = formProblems(problems, ['email'] as const);

  return (
    <Page title={intl.formatMessage({ id: 'auth.forgot.title' })}>
      <Paragraph>
        <FormattedMessage id="auth.forgot.intro" />
      </Paragraph>
      <div role="status">
        {sentTo ? (
          <Alert type="ok" role="none">
            <Paragraph>
              <FormattedMessage id="auth.forgot.sent" values={{ email: sentTo }} />
            </Paragraph>
          </Alert>
        ) : null}
      </div>
      <ErrorSummary problems={rest} />
      <form className="tm-auth-form" noValidate onSubmit={(e) => void handleSubmit(onSubmit)(e)}>
        <TextField
          label={<FormattedMessage id="auth.field.email" />}
          type="email"
          autoComplete="email"
          required
          error={fieldError(errors.email?.message, byField.email)}
          {...register('email')}
        />
        <Button type="submit" appearance="primary-action-button" busy={isSubmitting}>
          <FormattedMessage id="auth.forgot.submit" />
        </Button>
      </form>
      <Paragraph>
        <Link to="/inloggen">
          <FormattedMessage id="auth.forgot.back" />
        </Link>
      </Paragraph>
    </Page>
  );
}
