import { useQuery } from '@apollo/client/react';
import { Link, useParams } from '@tanstack/react-router';
import { Alert, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { OwnActivityQuery } from '../activity-data';
import { ActivityView } from '../components/ActivityView';
import { CompanyOnly, CompanyPage } from '../components/CompanyPage';
import { tabOfStatus } from '../search';
import { useLoadProblems } from '../problems';
import { Loading } from '../../../components/Loading';

export function ActivityPreviewPage() {
  return (
    <CompanyOnly>
      <ActivityPreview />
    </CompanyOnly>
  );
}

function ActivityPreview() {
  const intl = useIntl();
  const { activityId } = useParams({ from: '/bedrijf/activiteiten/$activityId/voorbeeld' });
  const { data, loading, error } = useQuery(OwnActivityQuery, { variables: { id: activityId } });
  const loadProblems = useLoadProblems(error);
  const activity = data?.activity;
  return (
    <CompanyPage
      title={
        activity
          ? intl.formatMessage({ id: 'company.preview.title' }, { title: activity.title })
          : intl.formatMessage({ id: 'company.preview.titleLoading' })
      }
    >
      <ErrorSummary problems={loadProblems} />
      {loading && !data ? (
        <Loading />
      ) : !activity ? (
        <Paragraph>
          <FormattedMessage id="company.activityForm.notFound" />
        </Paragraph>
      ) : (
        <>
          <Alert type="info" role="note" className="tm-company-notice">
            <Paragraph>
              <FormattedMessage id="company.preview.explain" />{' '}
              <FormattedMessage id={`company.preview.status.${activity.status}`} />
            </Paragraph>
          </Alert>
          <div className="tm-company-preview">
            <ActivityView activity={activity} />
          </div>
          <ButtonGroup>
            {activity.status !== 'ARCHIVED' ? (
              <Link
                to="/bedrijf/activiteiten/$activityId/bewerken"
                params={{ activityId: activity.id }}
                className="tm-company-link-button"
              >
                <FormattedMessage id="company.activities.edit" />
              </Link>
            ) : null}
            <Link
              to="/bedrijf/activiteiten"
              search={{ status: tabOfStatus(activity.status) }}
              className="tm-company-link-button"
            >
              <FormattedMessage id="company.activityForm.backToList" />
            </Link>
          </ButtonGroup>
        </>
      )}
    </CompanyPage>
  );
}
