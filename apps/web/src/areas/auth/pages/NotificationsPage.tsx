import { useSearch } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { Page } from '../../../components/Page';
import { RequireRole } from '../../../components/RequireRole';
import { EmailSettings } from '../components/EmailSettings';
import { NotificationList } from '../components/NotificationList';
import '../auth.css';

/** Every account's notifications (all, or only unread ones: ?toon=ongelezen) and its e-mail settings. */
export function NotificationsPage() {
  const intl = useIntl();
  const { toon } = useSearch({ from: '/meldingen' });
  return (
    <RequireRole roles={['TEACHER', 'COMPANY', 'COORDINATOR', 'ADMIN']}>
      <Page title={intl.formatMessage({ id: 'auth.notifications.title' })}>
        <NotificationList unreadOnly={toon === 'ongelezen'} />
        <EmailSettings />
      </Page>
    </RequireRole>
  );
}
