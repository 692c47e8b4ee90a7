import { useQuery } from '@apollo/client/react';
import { getRouteApi, Link } from '@tanstack/react-router';
import { Button } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { problemsOf } from '../../../app/errors';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/Field';
import { graphql } from '../../../gql';
import { levelNames, typeName } from './region-common';

const ActivitiesForSchoolQuery = graphql(`
  query ActivitiesForSchool($input: ActivitySearchInput!) {
    searchActivities(input: $input) {
      total
      hits {
        distanceKm
        activity {
          id
          title
          type
          levels
          location {
            id
            city
            company {
              id
              name
            }
          }
        }
      }
    }
  }
`);

const route = getRouteApi('/coordinator/namens-school');

/** Finds published activities for the school's levels, nearest first without words, to request one. */
export function ActivityPicker({
  school,
}: {
  school: { name: string; vestigingscode: string; levels: readonly string[] };
}) {
  const intl = useIntl();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const [text, setText] = useState(search.tekst ?? '');
  const query = search.tekst;
  const { data, loading, error } = useQuery(ActivitiesForSchoolQuery, {
    variables: {
      input: {
        query: query ?? null,
        nearSchool: school.vestigingscode,
        levels: school.levels.length ? (school.levels as never) : null,
        sort: query ? 'RELEVANCE' : 'DISTANCE',
        pageSize: 10,
      },
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    void navigate({ search: (s) => ({ ...s, tekst: text.trim() || undefined }) });
  }

  const hits = data?.searchActivities.hits ?? [];
  return (
    <>
      <form role="search" className="tm-co-filters" onSubmit={submit}>
        <TextField
          id="activity-query"
          label={intl.formatMessage({ id: 'coordinator.actFor.activityQuery' })}
          description={intl.formatMessage({ id: 'coordinator.actFor.activityQueryHint' })}
          value={text}
          maxLength={200}
          onChange={(event) => setText(event.target.value)}
        />
        <div className="tm-co-filters__action">
          <Button type="submit" appearance="primary-action-button">
            <FormattedMessage id="coordinator.actFor.findActivity" />
          </Button>
        </div>
      </form>
      <ErrorSummary problems={problemsOf(error)} />
      <p role="status" className="tm-muted">
        {loading && !data
          ? intl.formatMessage({ id: 'common.loading' })
          : data
            ? intl.formatMessage(
                { id: 'coordinator.actFor.activitiesFound' },
                { n: data.searchActivities.total, school: school.name },
              )
            : ''}
      </p>
      {hits.length ? (
        <ul
          className="tm-co-results"
          aria-label={intl.formatMessage({ id: 'coordinator.actFor.activityResults' })}
        >
          {hits.map(({ activity, distanceKm }) => (
            <li key={activity.id} className="tm-co-results__item">
              <span>
                <strong>{activity.title}</strong>
                <span className="tm-co-block tm-muted">
                  {activity.location.company.name}, {activity.location.city}
                  {typeof distanceKm === 'number'
                    ? ` · ${intl.formatNumber(distanceKm, { maximumFractionDigits: 0 })} km`
                    : ''}
                  {' · '}
                  {typeName(activity.type)} · {levelNames(activity.levels)}
                </span>
              </span>
              <Link
                from="/coordinator/namens-school"
                to="/coordinator/namens-school"
                search={(s) => ({ ...s, activiteit: activity.id })}
                className="tm-co-results__choose"
              >
                <FormattedMessage id="coordinator.actFor.chooseActivity" values={{ title: activity.title }} />
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
