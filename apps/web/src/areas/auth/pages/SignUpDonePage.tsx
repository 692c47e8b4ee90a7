import { Link } from '@tanstack/react-router';
import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { HOME_OF_ROLE } from '../../../app/root';
import { useSession } from '../../../app/session';
import { Page } from '../../../components/Page';
import '../auth.css';
import { Loading } from '../../../components/Loading';

const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;

/** After sign-up: confirm the address with the mailed link; what else must happen before the account can act. */
export function SignUpDonePage() {
  const intl = useIntl();
  const { me, loading } = useSession();
  if (loading) {
    return <Loading />;
  }
  return (
    <Page title={intl.formatMessage({ id: 'auth.signUpDone.title' })}>
      <Alert type="ok">
        <Paragraph>
          {me ? (
            <FormattedMessage id="auth.signUpDone.mailSent" values={{ email: me.email, strong }} />
          ) : (
            <FormattedMessage id="auth.signUpDone.mailSentVisitor" />
          )}
        </Paragraph>
      </Alert>
      <Paragraph>
        <FormattedMessage id="auth.signUpDone.noMail" />
      </Paragraph>
      {me?.role === 'TEACHER' ? (
        <>
          <Heading2>
            <FormattedMessage id="auth.signUpDone.schoolTitle" />
          </Heading2>
          <Paragraph>
            {me.schoolVerified ? (
              <FormattedMessage
                id="auth.signUpDone.schoolVerified"
                values={{ school: me.school?.name ?? '' }}
              />
            ) : (
              <FormattedMessage
                id="auth.signUpDone.schoolPending"
                values={{ school: me.school?.name ?? '' }}
              />
            )}
          </Paragraph>
        </>
      ) : null}
      {me?.role === 'COMPANY' ? (
        <>
          <Heading2>
            <FormattedMessage id="auth.signUpDone.companyTitle" />
          </Heading2>
          <Paragraph>
            <FormattedMessage id="auth.signUpDone.companyPending" />
          </Paragraph>
        </>
      ) : null}
      {me ? (
        <Paragraph>
          <Link to={HOME_OF_ROLE[me.role] ?? '/'}>
            <FormattedMessage id="auth.signUpDone.toHome" />
          </Link>
        </Paragraph>
      ) : null}
    </Page>
  );
}
