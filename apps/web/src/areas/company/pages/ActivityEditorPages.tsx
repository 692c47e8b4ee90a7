import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { Paragraph } from '@utrecht/component-library-react';
import { FormattedMessage, useIntl } from 'react-intl';
import { problemsOf } from '../../../app/errors';
import { ErrorSummary } from '../../../components/ErrorSummary';
import {
  CreateActivityMutation,
  MyActivitiesQuery,
  OwnActivityQuery,
  UpdateActivityMutation,
} from '../activity-data';
import {
  EMPTY_ACTIVITY,
  formValuesOf,
  toCreateInput,
  toUpdateInput,
  type CheckedActivity,
} from '../activity-form';
import { useOwnCompany } from '../company-data';
import { ActivityForm } from '../components/ActivityForm';
import { CompanyOnly, CompanyPage } from '../components/CompanyPage';
import { setFlash } from '../flash';
import { tabOfStatus } from '../search';
import { useLoadProblems } from '../problems';
import { Loading } from '../../../components/Loading';

export function NewActivityPage() {
  return (
    <CompanyOnly>
      <NewActivity />
    </CompanyOnly>
  );
}

export function EditActivityPage() {
  return (
    <CompanyOnly>
      <EditActivity />
    </CompanyOnly>
  );
}

function NewActivity() {
  const intl = useIntl();
  const navigate = useNavigate();
  const { company, loading, error } = useOwnCompany();
  const loadProblems = useLoadProblems(error);
  const [create] = useMutation(CreateActivityMutation, { refetchQueries: [MyActivitiesQuery] });
  const locations = company?.locations ?? [];
  const save = async (values: CheckedActivity) => {
    try {
      const { data } = await create({ variables: { input: toCreateInput(values) } });
      setFlash(
        intl.formatMessage({ id: 'company.activityForm.created' }, { title: data?.createActivity.title }),
      );
      await navigate({ to: '/bedrijf/activiteiten', search: { status: 'concept' } });
      return [];
    } catch (failure) {
      return problemsOf(failure);
    }
  };
  return (
    <CompanyPage title={intl.formatMessage({ id: 'company.activityForm.newTitle' })}>
      <ErrorSummary problems={loadProblems} />
      {loading ? (
        <Loading />
      ) : (
        <ActivityForm
          mode="create"
          // With one location there is nothing to choose.
          initialValues={{ ...EMPTY_ACTIVITY, locationId: locations.length === 1 ? locations[0].id : '' }}
          locations={locations}
          onSave={save}
        />
      )}
    </CompanyPage>
  );
}

function EditActivity() {
  const intl = useIntl();
  const navigate = useNavigate();
  const { activityId } = useParams({ from: '/bedrijf/activiteiten/$activityId/bewerken' });
  const { company } = useOwnCompany();
  const { data, loading, error } = useQuery(OwnActivityQuery, {
    variables: { id: activityId },
    fetchPolicy: 'network-only',
  });
  const loadProblems = useLoadProblems(error);
  const [update] = useMutation(UpdateActivityMutation);
  const activity = data?.activity;
  const save = async (values: CheckedActivity) => {
    try {
      const { data: saved } = await update({ variables: { id: activityId, input: toUpdateInput(values) } });
      const status = saved?.updateActivity.status ?? 'DRAFT';
      setFlash(
        intl.formatMessage(
          {
            id: status === 'PUBLISHED' ? 'company.activityForm.savedPublished' : 'company.activityForm.saved',
          },
          { title: saved?.updateActivity.title },
        ),
      );
      await navigate({ to: '/bedrijf/activiteiten', search: { status: tabOfStatus(status) } });
      return [];
    } catch (failure) {
      return problemsOf(failure);
    }
  };
  const title = activity
    ? intl.formatMessage({ id: 'company.activityForm.editTitle' }, { title: activity.title })
    : intl.formatMessage({ id: 'company.activityForm.editTitleLoading' });
  return (
    <CompanyPage title={title}>
      <ErrorSummary problems={loadProblems} />
      {loading && !data ? (
        <Loading />
      ) : !activity ? (
        <Paragraph>
          <FormattedMessage id="company.activityForm.notFound" />{' '}
          <Link to="/bedrijf/activiteiten">
            <FormattedMessage id="company.activityForm.backToList" />
          </Link>
        </Paragraph>
      ) : activity.status === 'ARCHIVED' ? (
        <Paragraph>
          <FormattedMessage id="company.activityForm.archived" />{' '}
          <Link to="/bedrijf/activiteiten" search={{ status: 'gearchiveerd' }}>
            <FormattedMessage id="company.activityForm.backToList" />
          </Link>
        </Paragraph>
      ) : (
        <ActivityForm
          key={activity.id}
          mode="edit"
          initialValues={formValuesOf(activity)}
          locations={company?.locations ?? []}
          onSave={save}
        />
      )}
    </CompanyPage>
  );
}
