import { useMutation } from '@apollo/client/react';
import { Link, useSearch } from '@tanstack/react-router';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { problemText, problemsOf, type Problem } from '../../../app/errors';
import { HOME_OF_ROLE } from '../../../app/root';
import { MeQuery, useSession } from '../../../app/session';
import { Page } from '../../../components/Page';
import { graphql } from '../../../gql';
import '../auth.css';

const VerifyEmailMutation = graphql(`
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token) {
      user {
        id
        email
        role
        emailVerified
        schoolVerified
        school {
          id
          name
        }
      }
    }
  }
`);

type Outcome =
  | { state: 'busy' }
  | { state: 'done'; role: string; schoolVerified: boolean; school: string | null }
  | { state: 'failed'; problems: Problem[] };

/** The link sign-up mails: confirms the address as soon as it opens (once), then says what follows. */
export function VerifyEmailPage() {
  const intl = useIntl();
  const { token } = useSearch({ from: '/e-mail-bevestigen' });
  const { me } = useSession();
  const [verify] = useMutation(VerifyEmailMutation, { refetchQueries: [MeQuery] });
  const [outcome, setOutcome] = useState<Outcome>({ state: 'busy' });
  // A token is spent once: React's development double effects must not send it twice.
  const sent = useRef(false);

  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    if (!token) {
      setOutcome({
        state: 'failed',
        problems: [{ code: 'BAD_USER_INPUT', reason: 'VERIFY_TOKEN_INVALID', message: '' }],
      });
      return;
    }
    verify({ variables: { token } }).then(
      ({ data }) => {
        const user = data?.verifyEmail.user;
        if (!user) return;
        setOutcome({
          state: 'done',
          role: user.role,
          schoolVerified: user.schoolVerified,
          school: user.school?.name ?? null,
        });
      },
      (error: unknown) => setOutcome({ state: 'failed', problems: problemsOf(error) }),
    );
  }, [token, verify]);

  return (
    <Page title={intl.formatMessage({ id: 'auth.verify.title' })}>
      {/* One status region from the start, so that the outcome is announced when it replaces "busy". */}
      <div role="status">
        {outcome.state === 'busy' ? (
          <Paragraph>
            <FormattedMessage id="auth.verify.busy" />
          </Paragraph>
        ) : null}
        {outcome.state === 'done' ? (
          <Alert type="ok" role="none">
            <Paragraph>
              <FormattedMessage id="auth.verify.done" />
            </Paragraph>
            {outcome.role === 'TEACHER' ? (
              <Paragraph>
                <FormattedMessage
                  id={outcome.schoolVerified ? 'auth.verify.schoolVerified' : 'auth.verify.schoolPending'}
                  values={{ school: outcome.school ?? '' }}
                />
              </Paragraph>
            ) : null}
          </Alert>
        ) : null}
      </div>
      {outcome.state === 'failed' ? (
        <Alert type="error">
          {outcome.problems.map((problem, i) => (
            <Paragraph key={i}>{problemText(intl, problem)}</Paragraph>
          ))}
        </Alert>
      ) : null}
      {outcome.state !== 'busy' ? (
        <Paragraph>
          {me ? (
            <Link to={HOME_OF_ROLE[me.role] ?? '/'}>
              <FormattedMessage id="auth.verify.toHome" />
            </Link>
          ) : (
            <Link to="/inloggen">
              <FormattedMessage id="auth.verify.logIn" />
            </Link>
          )}
        </Paragraph>
      ) : null}
    </Page>
  );
}
