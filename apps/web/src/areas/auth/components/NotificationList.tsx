import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from '@tanstack/react-router';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { problemsOf, type Problem } from '../../../app/errors';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { graphql } from '../../../gql';
import { NotificationItem } from './NotificationItem';

const NotificationsQuery = graphql(`
  query MyNotifications($after: String, $unreadOnly: Boolean) {
    myNotifications(first: 20, after: $after, unreadOnly: $unreadOnly) {
      unreadCount
      nextCursor
      items {
        id
        kind
        title
        body
        link
        createdAt
        readAt
      }
    }
  }
`);

const MarkReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

/**
 * The account's notifications, newest first, 20 at a time ("Meer laden" adds the next ones and moves focus to the
 * first of them). Marking read, one or all, updates the list and the menu's unread badge (its UnreadCount query).
 */
export function NotificationList({ unreadOnly }: { unreadOnly: boolean }) {
  const intl = useIntl();
  const { data, loading, error, fetchMore, updateQuery } = useQuery(NotificationsQuery, {
    variables: { unreadOnly },
  });
  const [markRead] = useMutation(MarkReadMutation, { refetchQueries: ['UnreadCount'] });
  const [busy, setBusy] = useState<string | null>(null); // a notification's id, 'all' or 'more'
  const [problems, setProblems] = useState<Problem[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const headings = useRef(new Map<number, HTMLHeadingElement>());
  const listHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (focusIndex === null) return;
    headings.current.get(focusIndex)?.focus();
    setFocusIndex(null);
  }, [focusIndex, data]);

  const page = data?.myNotifications;
  const items = page?.items ?? [];

  const mark = async (ids: string[] | null) => {
    setBusy(ids ? ids[0] : 'all');
    setProblems([]);
    try {
      await markRead({ variables: { ids } });
      const now = new Date().toISOString();
      updateQuery((_, { complete, previousData }) => {
        if (!complete) return;
        const prev = previousData.myNotifications;
        const marked = prev.items.filter((n) => !n.readAt && (!ids || ids.includes(n.id))).length;
        return {
          myNotifications: {
            ...prev,
            unreadCount: ids ? Math.max(0, prev.unreadCount - marked) : 0,
            items: prev.items.map((n) =>
              !n.readAt && (!ids || ids.includes(n.id)) ? { ...n, readAt: now } : n,
            ),
          },
        };
      });
      setAnnouncement(
        intl.formatMessage({ id: ids ? 'auth.notifications.markedOne' : 'auth.notifications.markedAll' }),
      );
      // The pressed button is gone: the focus goes to the notification's heading, or the list's.
      const index = ids ? items.findIndex((n) => n.id === ids[0]) : -1;
      if (index >= 0) setFocusIndex(index);
      else listHeading.current?.focus();
    } catch (e) {
      setProblems(problemsOf(e));
    } finally {
      setBusy(null);
    }
  };

  const loadMore = async () => {
    if (!page?.nextCursor) return;
    setBusy('more');
    setProblems([]);
    const first = items.length;
    try {
      const more = await fetchMore({
        variables: { after: page.nextCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          myNotifications: {
            ...fetchMoreResult.myNotifications,
            items: [...previous.myNotifications.items, ...fetchMoreResult.myNotifications.items],
          },
        }),
      });
      const added = more.data?.myNotifications.items.length ?? 0;
      setAnnouncement(intl.formatMessage({ id: 'auth.notifications.loadedMore' }, { count: added }));
      if (added) setFocusIndex(first);
    } catch (e) {
      setProblems(problemsOf(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby="meldingen-lijst" className="tm-notification-list">
      <Heading2 id="meldingen-lijst" ref={listHeading} tabIndex={-1} className="tm-section-title">
        <FormattedMessage id={unreadOnly ? 'auth.notifications.listUnread' : 'auth.notifications.list'} />
      </Heading2>
      <nav aria-label={intl.formatMessage({ id: 'auth.notifications.filter' })} className="tm-filter">
        <Link
          to="/meldingen"
          search={{}}
          activeOptions={{ includeSearch: true }}
          activeProps={{ 'aria-current': 'page' }}
        >
          <FormattedMessage id="auth.notifications.filterAll" />
        </Link>
        <Link
          to="/meldingen"
          search={{ toon: 'ongelezen' }}
          activeOptions={{ includeSearch: true }}
          activeProps={{ 'aria-current': 'page' }}
        >
          <FormattedMessage id="auth.notifications.filterUnread" />
        </Link>
      </nav>
      <ErrorSummary problems={error ? problemsOf(error) : problems} />
      <p role="status" className="tm-notifications__summary">
        {page
          ? intl.formatMessage({ id: 'auth.notifications.unreadCount' }, { count: page.unreadCount })
          : ''}{' '}
        {announcement}
      </p>
      {page && page.unreadCount > 0 ? (
        <Button appearance="secondary-action-button" busy={busy === 'all'} onClick={() => void mark(null)}>
          <FormattedMessage id="auth.notifications.markAllRead" />
        </Button>
      ) : null}
      {loading && !page ? (
        <Paragraph>
          <FormattedMessage id="common.loading" />
        </Paragraph>
      ) : null}
      {page && items.length === 0 ? (
        <Paragraph>
          <FormattedMessage id={unreadOnly ? 'auth.notifications.noneUnread' : 'auth.notifications.none'} />
        </Paragraph>
      ) : null}
      {items.length ? (
        <ol className="tm-notifications">
          {items.map((n, index) => (
            <NotificationItem
              key={n.id}
              ref={(el) => {
                if (el) headings.current.set(index, el);
                else headings.current.delete(index);
              }}
              notification={n}
              busy={busy === n.id}
              onMarkRead={(id) => void mark([id])}
            />
          ))}
        </ol>
      ) : null}
      {page?.nextCursor ? (
        <Button appearance="secondary-action-button" busy={busy === 'more'} onClick={() => void loadMore()}>
          <FormattedMessage id="auth.notifications.more" />
        </Button>
      ) : null}
    </section>
  );
}
