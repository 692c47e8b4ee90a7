import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormLabel,
  Heading2,
  Paragraph,
} from '@utrecht/component-library-react';
import { useEffect, useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { problemsOf, type Problem } from '../../../app/errors';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { graphql } from '../../../gql';
import type { NotificationKind } from '../../../gql/graphql';
import { emailSettingsChange, kindsFor } from '../notification-kinds';

const EmailSettingsQuery = graphql(`
  query EmailSettings {
    me {
      id
      role
      emailOffKinds
    }
  }
`);

const SetEmailNotificationsMutation = graphql(`
  mutation SetEmailNotifications($kinds: [NotificationKind!]!, $enabled: Boolean!) {
    setEmailNotifications(kinds: $kinds, enabled: $enabled) {
      id
      emailOffKinds
    }
  }
`);

/** Which kinds of notification also come by e-mail (User.emailOffKinds); in the app they always appear. */
export function EmailSettings() {
  const intl = useIntl();
  const id = useId();
  const { data } = useQuery(EmailSettingsQuery);
  const [setEmail] = useMutation(SetEmailNotificationsMutation);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [saved, setSaved] = useState(false);
  const me = data?.me;
  const emailOff = me?.emailOffKinds ?? [];
  const shown = me ? kindsFor(me.role, emailOff) : [];
  const { register, handleSubmit, reset, formState } = useForm<{ emailOn: NotificationKind[] }>({
    defaultValues: { emailOn: [] },
  });

  // The form starts from the account's settings once they arrive (and again after each save).
  const settingsKey = me ? `${me.role}:${emailOff.join(',')}` : '';
  useEffect(() => {
    if (!settingsKey) return;
    const [role, off] = settingsKey.split(':');
    const offKinds = (off ? off.split(',') : []) as NotificationKind[];
    reset({ emailOn: kindsFor(role, offKinds).filter((kind) => !offKinds.includes(kind)) });
  }, [settingsKey, reset]);

  const onSubmit = async ({ emailOn }: { emailOn: NotificationKind[] | false }) => {
    setProblems([]);
    setSaved(false);
    const { on, off } = emailSettingsChange(shown, emailOn || [], emailOff);
    try {
      if (on.length) await setEmail({ variables: { kinds: on, enabled: true } });
      if (off.length) await setEmail({ variables: { kinds: off, enabled: false } });
      setSaved(true);
    } catch (error) {
      setProblems(problemsOf(error));
    }
  };

  return (
    <section aria-labelledby={`${id}-title`} className="tm-email-settings">
      <Heading2 id={`${id}-title`} className="tm-section-title">
        <FormattedMessage id="auth.emailSettings.title" />
      </Heading2>
      <Paragraph>
        <FormattedMessage id="auth.emailSettings.intro" />
      </Paragraph>
      <ErrorSummary problems={problems} />
      {me ? (
        <form noValidate onSubmit={(e) => void handleSubmit(onSubmit)(e)}>
          <Fieldset className="tm-field">
            <FieldsetLegend>
              <FormattedMessage id="auth.emailSettings.legend" />
            </FieldsetLegend>
            {shown.map((kind) => (
              <div key={kind} className="tm-choice">
                <Checkbox
                  id={`${id}-${kind}`}
                  appearance="native"
                  value={kind}
                  {...register('emailOn', { onChange: () => setSaved(false) })}
                />
                <FormLabel htmlFor={`${id}-${kind}`} type="checkbox">
                  {intl.formatMessage({ id: `auth.kind.${kind}` })}
                </FormLabel>
              </div>
            ))}
          </Fieldset>
          <Button type="submit" appearance="primary-action-button" busy={formState.isSubmitting}>
            <FormattedMessage id="auth.emailSettings.save" />
          </Button>
        </form>
      ) : (
        <Paragraph>
          <FormattedMessage id="common.loading" />
        </Paragraph>
      )}
      <div role="status" className="tm-status">
        {saved ? (
          <Alert type="ok" role="none">
            <Paragraph>
              <FormattedMessage id="auth.emailSettings.saved" />
            </Paragraph>
          </Alert>
        ) : null}
      </div>
    </section>
  );
}
