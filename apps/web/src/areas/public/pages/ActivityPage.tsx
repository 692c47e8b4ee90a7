import '../public.css';
import { useQuery } from '@apollo/client/react';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { problemsOf } from '../../../app/errors';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { Page } from '../../../components/Page';
import { graphql } from '../../../gql';
import { distanceKm } from '../distance';
import { formatKm } from '../format';
import { ActivityFacts } from './activity/ActivityFacts';
import { Reviews } from './activity/Reviews';
import { useMySchool } from './search/use-my-school';
import { Loading } from '../../../components/Loading';

const route = getRouteApi('/activiteiten/$activityId');

export const ActivityPageQuery = graphql(`
  query ActivityPage($id: ID!) {
    activity(id: $id) {
      id
      title
      description
      status
      type
      levels
      targetGroups
      themes
      programme
      delivery
      provinces
      costEuros
      durationMinutes
      maxParticipants
      startsAt
      endsAt
      averageRating
      reviewCount
      location {
        id
        name
        city
        postcode
        location {
          lat
          lon
        }
        company {
          id
          name
        }
      }
      reviews(first: 20) {
        id
        rating
        comment
        createdAt
        schoolCity
        level
      }
    }
  }
`);

/** /activiteiten/$activityId: an activity's facts, its reviews, and the way to request it. */
export function ActivityPage() {
  const intl = useIntl();
  const { activityId } = route.useParams();
  const { data, loading, error } = useQuery(ActivityPageQuery, { variables: { id: activityId } });
  const { school } = useMySchool();
  const problems = useMemo(() => problemsOf(error), [error]);
  const activity = data?.activity;

  if (!activity) {
    if (loading || (!data && !error)) {
      return <Loading />;
    }
    return (
      <Page title={intl.formatMessage({ id: 'public.activity.notFound' })}>
        <ErrorSummary problems={problems} />
        <p>
          <FormattedMessage id="public.activity.notFoundBody" />
        </p>
        <p>
          <Link to="/activiteiten">
            <FormattedMessage id="public.activity.toSearch" />
          </Link>
        </p>
      </Page>
    );
  }

  const distance = school ? distanceKm(school.location, activity.location.location) : null;
  return (
    <Page title={activity.title}>
      <p className="tm-activity__by">
        <FormattedMessage
          id="public.activity.by"
          values={{ company: activity.location.company.name, city: activity.location.city }}
        />
        {distance !== null && school ? (
          <>
            {' · '}
            <FormattedMessage
              id="public.activity.distance"
              values={{ distance: formatKm(intl, distance), school: school.name }}
            />
          </>
        ) : null}
      </p>
      {activity.status === 'PUBLISHED' ? (
        <div className="tm-activity__request">
          {/* The request form is the teacher's page; a visitor is sent to log in first. */}
          <a href={`/docent/aanvragen/${activity.id}`} className="tm-button-link">
            <FormattedMessage id="public.activity.request" />
          </a>
          <p className="tm-hint">
            <FormattedMessage id="public.activity.requestHint" />
          </p>
        </div>
      ) : (
        <p className="tm-notice">
          <FormattedMessage id="public.activity.notPublished" />
        </p>
      )}
      <section aria-labelledby="activity-about">
        <h2 id="activity-about">
          <FormattedMessage id="public.activity.about" />
        </h2>
        <p className="tm-activity__description">{activity.description}</p>
      </section>
      <section aria-labelledby="activity-facts">
        <h2 id="activity-facts">
          <FormattedMessage id="public.activity.facts" />
        </h2>
        <ActivityFacts activity={activity} distance={distance} />
      </section>
      <Reviews activity={activity} />
    </Page>
  );
}
