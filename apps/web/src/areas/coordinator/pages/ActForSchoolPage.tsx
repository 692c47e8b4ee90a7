import { useQuery } from '@apollo/client/react';
import { getRouteApi, Link } from '@tanstack/react-router';
import { Button, Heading2 } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { problemsOf } from '../../../app/errors';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/Field';
import { provinceLabel } from '../../../components/labels';
import { Page } from '../../../components/Page';
import { RequireRole } from '../../../components/RequireRole';
import { graphql } from '../../../gql';
import { ActivityBookingForm } from './ActivityBookingForm';
import { ActivityPicker } from './ActivityPicker';
import { ProvinceSelect, chosenProvince, levelNames, useOwnProvinces } from './region-common';
import { SchoolRequestForm } from './SchoolRequestForm';
import '../region.css';

const FindSchoolsQuery = graphql(`
  query FindSchools($query: String!, $province: Province) {
    schools(query: $query, province: $province, first: 10) {
      id
      name
      city
      vestigingscode
      schoolType
      levels
    }
  }
`);

const ChosenSchoolQuery = graphql(`
  query ChosenSchool($code: String!) {
    school(vestigingscode: $code) {
      id
      name
      city
      vestigingscode
      province
      levels
    }
  }
`);

const route = getRouteApi('/coordinator/namens-school');

function SchoolSearch() {
  const intl = useIntl();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const own = useOwnProvinces();
  const province = chosenProvince(own, search.provincie);
  const [text, setText] = useState(search.zoek ?? '');
  const [tooShort, setTooShort] = useState(false);
  const query = search.zoek ?? '';
  const { data, loading, error } = useQuery(FindSchoolsQuery, {
    variables: { query, province: (province ?? null) as never },
    skip: query.trim().length < 2,
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const zoek = text.trim();
    setTooShort(zoek.length < 2);
    if (zoek.length >= 2) void navigate({ search: (s) => ({ ...s, zoek, provincie: province }) });
  }

  const schools = data?.schools ?? [];
  return (
    <>
      <form role="search" className="tm-co-filters" onSubmit={submit}>
        <TextField
          id="school-query"
          label={intl.formatMessage({ id: 'coordinator.actFor.schoolQuery' })}
          description={intl.formatMessage({ id: 'coordinator.actFor.schoolQueryHint' })}
          value={text}
          maxLength={100}
          error={tooShort ? intl.formatMessage({ id: 'coordinator.actFor.queryTooShort' }) : undefined}
          onChange={(event) => setText(event.target.value)}
        />
        <ProvinceSelect
          id="school-province"
          value={province}
          onChange={(provincie) => void navigate({ search: (s) => ({ ...s, provincie }) })}
        />
        <div className="tm-co-filters__action">
          <Button type="submit" appearance="primary-action-button">
            <FormattedMessage id="coordinator.actFor.findSchool" />
          </Button>
        </div>
      </form>
      <ErrorSummary problems={problemsOf(error)} />
      <p role="status" className="tm-muted">
        {loading
          ? intl.formatMessage({ id: 'common.loading' })
          : data
            ? intl.formatMessage({ id: 'coordinator.actFor.schoolsFound' }, { n: schools.length, query })
            : ''}
      </p>
      {schools.length ? (
        <ul
          className="tm-co-results"
          aria-label={intl.formatMessage({ id: 'coordinator.actFor.schoolResults' })}
        >
          {schools.map((school) => (
            <li key={school.id} className="tm-co-results__item">
              <span>
                <strong>{school.name}</strong>, {school.city}{' '}
                <span className="tm-muted">
                  ({school.vestigingscode}
                  {school.levels.length ? `; ${levelNames(school.levels)}` : ''})
                </span>
              </span>
              <Link
                from="/coordinator/namens-school"
                to="/coordinator/namens-school"
                search={(s) => ({ ...s, school: school.vestigingscode, actie: s.actie ?? 'aanvraag' })}
                className="tm-co-results__choose"
              >
                <FormattedMessage id="coordinator.actFor.chooseSchool" values={{ school: school.name }} />
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

function ActFor() {
  const intl = useIntl();
  const search = route.useSearch();
  const code = search.school;
  const { data, error } = useQuery(ChosenSchoolQuery, { variables: { code: code ?? '' }, skip: !code });
  const school = code ? data?.school : undefined;
  const action = search.actie ?? 'aanvraag';

  return (
    <Page title={intl.formatMessage({ id: 'coordinator.actFor.title' })}>
      <p>
        <FormattedMessage id="coordinator.actFor.intro" />
      </p>
      <section aria-labelledby="step-school" className="tm-co-section">
        <Heading2 id="step-school">
          <FormattedMessage id="coordinator.actFor.stepSchool" />
        </Heading2>
        <ErrorSummary problems={problemsOf(error)} />
        {school ? (
          <p className="tm-co-chosen">
            <FormattedMessage
              id="coordinator.actFor.chosenSchool"
              values={{
                school: school.name,
                city: school.city,
                code: school.vestigingscode,
                province: provinceLabel(school.province),
              }}
            />{' '}
            <Link
              from="/coordinator/namens-school"
              to="/coordinator/namens-school"
              search={(s) => ({ zoek: s.zoek, provincie: s.provincie })}
              className="utrecht-link"
            >
              <FormattedMessage id="coordinator.actFor.otherSchool" />
            </Link>
          </p>
        ) : (
          <>
            {code && data && !data.school ? (
              <p role="status">
                <FormattedMessage id="coordinator.actFor.schoolGone" />
              </p>
            ) : null}
            <SchoolSearch />
          </>
        )}
      </section>
      {school ? (
        <>
          <section aria-labelledby="step-action" className="tm-co-section">
            <Heading2 id="step-action">
              <FormattedMessage id="coordinator.actFor.stepAction" />
            </Heading2>
            <ul className="tm-co-choice">
              {(['aanvraag', 'activiteit'] as const).map((choice) => (
                <li key={choice}>
                  <Link
                    from="/coordinator/namens-school"
                    to="/coordinator/namens-school"
                    search={(s) => ({ ...s, actie: choice, activiteit: undefined })}
                    className="tm-co-choice__link"
                    aria-current={action === choice ? 'true' : undefined}
                  >
                    <FormattedMessage id={`coordinator.actFor.action.${choice}`} />
                  </Link>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="step-form" className="tm-co-section">
            <Heading2 id="step-form">
              <FormattedMessage id={`coordinator.actFor.form.${action}`} values={{ school: school.name }} />
            </Heading2>
            {action === 'aanvraag' ? (
              <SchoolRequestForm key={school.id} school={school} />
            ) : search.activiteit ? (
              <>
                <ActivityBookingForm key={search.activiteit} school={school} activityId={search.activiteit} />
                <p>
                  <Link
                    from="/coordinator/namens-school"
                    to="/coordinator/namens-school"
                    search={(s) => ({ ...s, activiteit: undefined })}
                    className="utrecht-link"
                  >
                    <FormattedMessage id="coordinator.actFor.otherActivity" />
                  </Link>
                </p>
              </>
            ) : (
              <ActivityPicker school={school} />
            )}
          </section>
        </>
      ) : null}
    </Page>
  );
}

export function ActForSchoolPage() {
  return (
    <RequireRole roles={['COORDINATOR']}>
      <ActFor />
    </RequireRole>
  );
}
