import { useRouter } from '@tanstack/react-router';
import { Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import { forwardRef, type MouseEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { NotificationKind } from '../../../gql/graphql';
import { safeReturnPath } from '../validation';

export interface NotificationView {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link?: string | null;
  createdAt: string;
  readAt?: string | null;
}

interface Props {
  notification: NotificationView;
  onMarkRead(id: string): void;
  busy: boolean;
}

const plainClick = (event: MouseEvent) =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

/**
 * One notification: unread ones carry the word "Nieuw" and a bar (never colour alone), their own "mark read"
 * button, and a link to where the user acts on it (which marks it read too). The heading takes focus when asked.
 */
export const NotificationItem = forwardRef<HTMLHeadingElement, Props>(function NotificationItem(
  { notification: n, onMarkRead, busy },
  headingRef,
) {
  const intl = useIntl();
  const router = useRouter();
  const unread = !n.readAt;
  const path = n.link ? safeReturnPath(n.link) : null;
  const headingId = `melding-${n.id}`;
  // Each action names its notification; the name starts with the visible text (WCAG 2.5.3, label in name).
  const named = (id: string) => `${intl.formatMessage({ id })}: ${n.title}`;
  return (
    <li className={`tm-notification${unread ? ' tm-notification--unread' : ''}`}>
      <Heading3 id={headingId} ref={headingRef} tabIndex={-1} className="tm-notification__title">
        {unread ? (
          <>
            <span className="tm-notification__new">
              <FormattedMessage id="auth.notifications.new" />
            </span>{' '}
          </>
        ) : null}
        {n.title}
      </Heading3>
      <Paragraph className="tm-notification__meta">
        <time dateTime={n.createdAt}>
          {intl.formatDate(n.createdAt, {
            dateStyle: 'long',
            timeStyle: 'short',
            timeZone: 'Europe/Amsterdam',
          })}
        </time>
      </Paragraph>
      <Paragraph className="tm-notification__body">{n.body}</Paragraph>
      <div className="tm-notification__actions">
        {path ? (
          <a
            href={path}
            aria-label={named('auth.notifications.open')}
            className="tm-notification__link"
            onClick={(event) => {
              if (!plainClick(event)) return;
              event.preventDefault();
              if (unread) onMarkRead(n.id);
              router.history.push(path);
            }}
          >
            <FormattedMessage id="auth.notifications.open" />
          </a>
        ) : null}
        {unread ? (
          <Button
            appearance="secondary-action-button"
            busy={busy}
            aria-label={named('auth.notifications.markRead')}
            onClick={() => onMarkRead(n.id)}
          >
            <FormattedMessage id="auth.notifications.markRead" />
          </Button>
        ) : null}
      </div>
    </li>
  );
});
