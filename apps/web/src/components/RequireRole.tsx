import { useNavigate, useRouterState } from '@tanstack/react-router';
import { useEffect, useRef, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useSession } from '../app/session';
import { Page } from './Page';
import { Loading } from './Loading';

/**
 * Shows its children only to a logged-in account of one of `roles` (ADMIN passes where COORDINATOR may);
 * a visitor goes to the log-in page, which brings them back here afterwards.
 */
export function RequireRole({ roles, children }: { roles: string[]; children: ReactNode }) {
  const { me, loading } = useSession();
  const href = useRouterState({ select: (state) => state.location.href });
  const navigate = useNavigate();
  const intl = useIntl();
  const visitor = !loading && !me;
  // The page asked for, kept from the first render: the redirect itself changes the location.
  const wanted = useRef(href);
  useEffect(() => {
    if (visitor) void navigate({ to: '/inloggen', search: { terug: wanted.current }, replace: true });
  }, [visitor, navigate]);
  if (loading || !me) {
    return <Loading />;
  }
  const allowed = roles.includes(me.role) || (me.role === 'ADMIN' && roles.includes('COORDINATOR'));
  if (!allowed) {
    return (
      <Page title={intl.formatMessage({ id: 'common.roleRequired' })}>
        <p>
          <FormattedMessage id="common.roleRequired" />
        </p>
      </Page>
    );
  }
  return <>{children}</>;
}
