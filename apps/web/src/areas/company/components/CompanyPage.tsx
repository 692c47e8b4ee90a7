import { Link } from '@tanstack/react-router';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Page } from '../../../components/Page';
import { RequireRole } from '../../../components/RequireRole';
import { useOwnCompany } from '../company-data';
import '../company.css';

const LINKS = [
  { to: '/bedrijf', id: 'company.nav.inbox', exact: true },
  { to: '/bedrijf/activiteiten', id: 'company.nav.activities', exact: false },
  { to: '/bedrijf/aanbod', id: 'company.nav.supply', exact: false },
  { to: '/bedrijf/partnerplaatsen', id: 'company.nav.partners', exact: false },
  { to: '/bedrijf/locaties', id: 'company.nav.locations', exact: false },
] as const;

function CompanyNav() {
  const intl = useIntl();
  return (
    <nav aria-label={intl.formatMessage({ id: 'company.nav.label' })} className="tm-company-nav">
      <ul className="tm-company-nav__list">
        {LINKS.map((link) => (
          <li key={link.to}>
            <Link
              to={link.to}
              className="tm-company-nav__link"
              activeOptions={{ exact: link.exact, includeSearch: false }}
              activeProps={{ 'aria-current': 'page' }}
            >
              <FormattedMessage id={link.id} />
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Why the company cannot do everything yet: not approved (or turned down), or the e-mail address unconfirmed. */
function AccountNotices() {
  const { company, emailVerified } = useOwnCompany();
  return (
    <>
      {!emailVerified ? (
        <Alert type="warning" role="note" className="tm-company-notice">
          <Paragraph>
            <FormattedMessage id="company.notice.emailNotVerified" />
          </Paragraph>
        </Alert>
      ) : null}
      {company && !company.approved ? (
        <Alert type="warning" role="note" className="tm-company-notice">
          {company.rejectionReason ? (
            <>
              <Paragraph>
                <strong>
                  <FormattedMessage id="company.notice.rejected" />
                </strong>{' '}
                <FormattedMessage
                  id="company.notice.rejectionReason"
                  values={{ reason: company.rejectionReason }}
                />
              </Paragraph>
              <Paragraph>
                <FormattedMessage
                  id="company.notice.rejectedWhatNow"
                  values={{
                    link: (words: ReactNode) => (
                      <Link to="/bedrijf/locaties" hash="bedrijfsgegevens">
                        {words}
                      </Link>
                    ),
                  }}
                />
              </Paragraph>
            </>
          ) : (
            <Paragraph>
              <strong>
                <FormattedMessage id="company.notice.pending" />
              </strong>{' '}
              <FormattedMessage id="company.notice.pendingWhatNow" />
            </Paragraph>
          )}
        </Alert>
      ) : null}
    </>
  );
}

/** A company page: the area's menu, the title (h1), the account's notices, then the page itself. */
export function CompanyPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="tm-company">
      <CompanyNav />
      <Page title={title}>
        <AccountNotices />
        {children}
      </Page>
    </div>
  );
}

/** Only company contacts see the pages of this area; each page's data is asked for only then. */
export function CompanyOnly({ children }: { children: ReactNode }) {
  return <RequireRole roles={['COMPANY']}>{children}</RequireRole>;
}
