import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormattedMessage } from 'react-intl';
import { problemsOf, type Problem, useFieldErrorText } from '../../../app/errors';
import { useSession } from '../../../app/session';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/Field';
import { graphql } from '../../../gql';
import { firstWithProblem, formProblems } from '../problems';
import { changePasswordSchema, type ChangePasswordValues } from '../validation';

const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

const FIELDS = ['currentPassword', 'newPassword', 'newPasswordRepeat'] as const;
const EMPTY = { currentPassword: '', newPassword: '', newPasswordRepeat: '' };
const place = (problems: Problem[]) =>
  formProblems(problems, FIELDS, {
    byReason: { WRONG_PASSWORD: 'currentPassword', WEAK_PASSWORD: 'newPassword' },
  });

/** A new password for the own account: the current one to prove it is you, the new one twice. */
export function ChangePasswordForm() {
  const { me } = useSession();
  const fieldError = useFieldErrorText();
  const [changePassword] = useMutation(ChangePasswordMutation);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [changed, setChanged] = useState(false);
  const schema = useMemo(() => changePasswordSchema(me?.email ?? ''), [me?.email]);
  const {
    register,
    handleSubmit,
    reset,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<ChangePasswordValues>({ resolver: zodResolver(schema), defaultValues: EMPTY });

  const onSubmit = async ({ currentPassword, newPassword }: ChangePasswordValues) => {
    setProblems([]);
    setChanged(false);
    try {
      await changePassword({ variables: { currentPassword, newPassword } });
      reset(EMPTY);
      setChanged(true);
    } catch (error) {
      const found = problemsOf(error);
      setProblems(found);
      const field = firstWithProblem(place(found).byField, FIELDS);
      if (field) setFocus(field);
    }
  };

  const { byField, rest } = place(problems);

  return (
    <section aria-labelledby="wachtwoord-wijzigen" className="tm-section">
      <Heading2 id="wachtwoord-wijzigen" className="tm-section-title">
        <FormattedMessage id="auth.changePassword.title" />
      </Heading2>
      <ErrorSummary problems={rest} />
      <form className="tm-auth-form" noValidate onSubmit={(e) => void handleSubmit(onSubmit)(e)}>
        {/* Lets password managers file the new password under the right account. */}
        <input type="email" name="username" autoComplete="username" value={me?.email ?? ''} readOnly hidden />
        <TextField
          label={<FormattedMessage id="auth.field.currentPassword" />}
          type="password"
          autoComplete="current-password"
          required
          error={fieldError(errors.currentPassword?.message, byField.currentPassword)}
          {...register('currentPassword', { onChange: () => setChanged(false) })}
        />
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
          <FormattedMessage id="auth.changePassword.submit" />
        </Button>
      </form>
      <div role="status" className="tm-status">
        {changed ? (
          <Alert type="ok" role="none">
            <Paragraph>
              <FormattedMessage id="auth.changePassword.done" />
            </Paragraph>
          </Alert>
        ) : null}
      </div>
    </section>
  );
}
