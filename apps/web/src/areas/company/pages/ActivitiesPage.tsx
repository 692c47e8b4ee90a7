import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useSearch } from '@tanstack/react-router';
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { problemsOf, type Problem } from '../../../app/errors';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { activityTypeLabel, levelLabel } from '../../../components/labels';
import {
  ArchiveActivityMutation,
  MyActivitiesQuery,
  PublishActivityMutation,
  type CompanyActivity,
} from '../activity-data';
import { useOwnCompany } from '../company-data';
import { CompanyOnly, CompanyPage } from '../components/CompanyPage';
import { ConfirmButton } from '../components/ConfirmButton';
import { StatusMessage } from '../components/StatusMessage';
import { useFlash } from '../flash';
import { formatList, formatPeriod } from '../format';
import { capitalised } from '../options';
import { ACTIVITY_TABS, type ActivityTab } from '../search';
import { useLoadProblems } from '../problems';
import { Loading } from '../../../components/Loading';

export function ActivitiesPage() {
  return (
    <CompanyOnly>
      <Activities />
    </CompanyOnly>
  );
}

interface Feedback {
  message: string | null;
  problems: Problem[];
}

function Activities() {
  const intl = useIntl();
  const { status: tab } = useSearch({ from: '/bedrijf/activiteiten' });
  const { data, loading, error } = useQuery(MyActivitiesQuery);
  const loadProblems = useLoadProblems(error);
  const flash = useFlash();
  const [feedback, setFeedback] = useState<Feedback>({ message: flash, problems: [] });
  const status = useRef<HTMLDivElement>(null);
  const all = data?.myActivities ?? [];
  const shown = tab ? all.filter((activity) => activity.status === ACTIVITY_TABS[tab]) : all;
  const report = (next: Feedback) => {
    setFeedback(next);
    // The activity may leave this tab: the focus goes to what happened.
    if (next.message) status.current?.focus();
  };
  return (
    <CompanyPage title={intl.formatMessage({ id: 'company.activities.title' })}>
      <div ref={status} tabIndex={-1} className="tm-company-focus-target">
        <StatusMessage message={feedback.message} />
      </div>
      <ErrorSummary problems={feedback.problems.length ? feedback.problems : loadProblems} />
      <ButtonGroup>
        <Link
          to="/bedrijf/activiteiten/nieuw"
          className="tm-company-link-button tm-company-link-button--primary"
        >
          <FormattedMessage id="company.activities.new" />
        </Link>
      </ButtonGroup>
      <StatusTabs current={tab} counts={countByTab(all)} total={all.length} />
      {loading && !data ? (
        <Loading />
      ) : shown.length === 0 ? (
        <Paragraph>
          <FormattedMessage id={tab ? `company.activities.none.${tab}` : 'company.activities.none.all'} />
        </Paragraph>
      ) : (
        <ul
          className="tm-company-cards"
          aria-label={intl.formatMessage({ id: 'company.activities.listLabel' })}
        >
          {shown.map((activity) => (
            <li key={activity.id}>
              <ActivityCard activity={activity} onDone={report} />
            </li>
          ))}
        </ul>
      )}
    </CompanyPage>
  );
}

function countByTab(activities: CompanyActivity[]): Record<ActivityTab, number> {
  const counts = { concept: 0, gepubliceerd: 0, gearchiveerd: 0 };
  for (const activity of activities) {
    for (const tab of Object.keys(ACTIVITY_TABS) as ActivityTab[]) {
      if (ACTIVITY_TABS[tab] === activity.status) counts[tab] += 1;
    }
  }
  return counts;
}

function StatusTabs({
  current,
  counts,
  total,
}: {
  current?: ActivityTab;
  counts: Record<ActivityTab, number>;
  total: number;
}) {
  const intl = useIntl();
  const tabs: Array<{ tab?: ActivityTab; count: number }> = [
    { tab: undefined, count: total },
    ...(Object.keys(ACTIVITY_TABS) as ActivityTab[]).map((tab) => ({ tab, count: counts[tab] })),
  ];
  return (
    <nav aria-label={intl.formatMessage({ id: 'company.activities.tabsLabel' })} className="tm-company-tabs">
      <ul className="tm-company-tabs__list">
        {tabs.map(({ tab, count }) => (
          <li key={tab ?? 'alle'}>
            <Link
              to="/bedrijf/activiteiten"
              search={tab ? { status: tab } : {}}
              className="tm-company-tabs__link"
              aria-current={tab === current ? 'page' : undefined}
            >
              <FormattedMessage id={`company.activities.tab.${tab ?? 'all'}`} values={{ count }} />
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function ActivityCard({ activity, onDone }: { activity: CompanyActivity; onDone(feedback: Feedback): void }) {
  const intl = useIntl();
  const { company } = useOwnCompany();
  const [publish, publishing] = useMutation(PublishActivityMutation);
  const [archive, archiving] = useMutation(ArchiveActivityMutation);
  const headingId = `activity-${activity.id}`;
  const period = formatPeriod(intl, activity.startsAt, activity.endsAt);
  const act = async (run: () => Promise<unknown>, doneId: string) => {
    try {
      await run();
      onDone({ message: intl.formatMessage({ id: doneId }, { title: activity.title }), problems: [] });
    } catch (error) {
      onDone({ message: null, problems: problemsOf(error) });
    }
  };
  return (
    <article aria-labelledby={headingId} className="tm-company-card">
      <Heading2 id={headingId} className="tm-company-card__title">
        {activity.title}
      </Heading2>
      <p className="tm-company-badge" data-status={activity.status}>
        <FormattedMessage id={`company.activityStatus.${activity.status}`} />
      </p>
      <Paragraph>
        {capitalised(activityTypeLabel(activity.type))} · {formatList(intl, activity.levels.map(levelLabel))}{' '}
        · {activity.location.name}
        {period ? ` · ${period}` : ''}
      </Paragraph>
      <ButtonGroup className="tm-company-card__actions">
        {activity.status !== 'ARCHIVED' ? (
          <Link
            to="/bedrijf/activiteiten/$activityId/bewerken"
            params={{ activityId: activity.id }}
            className="tm-company-link-button"
            aria-describedby={headingId}
          >
            <FormattedMessage id="company.activities.edit" />
          </Link>
        ) : null}
        <Link
          to="/bedrijf/activiteiten/$activityId/voorbeeld"
          params={{ activityId: activity.id }}
          className="tm-company-link-button"
          aria-describedby={headingId}
        >
          <FormattedMessage id="company.activities.preview" />
        </Link>
        {activity.status === 'DRAFT' && company?.approved ? (
          <Button
            appearance="primary-action-button"
            busy={publishing.loading}
            disabled={publishing.loading}
            aria-describedby={headingId}
            onClick={() =>
              void act(() => publish({ variables: { id: activity.id } }), 'company.activities.published')
            }
          >
            <FormattedMessage id="company.activities.publish" />
          </Button>
        ) : null}
        {activity.status !== 'ARCHIVED' ? (
          <ConfirmButton
            label={<FormattedMessage id="company.activities.archive" />}
            question={
              <FormattedMessage id="company.activities.archiveQuestion" values={{ title: activity.title }} />
            }
            confirmLabel={<FormattedMessage id="company.activities.archiveConfirm" />}
            busy={archiving.loading}
            describedBy={headingId}
            onConfirm={() =>
              act(() => archive({ variables: { id: activity.id } }), 'company.activities.archived')
            }
          />
        ) : null}
      </ButtonGroup>
      {activity.status === 'DRAFT' && company && !company.approved ? (
        <Paragraph className="tm-muted">
          <FormattedMessage id="company.activities.publishAfterApproval" />
        </Paragraph>
      ) : null}
    </article>
  );
}
