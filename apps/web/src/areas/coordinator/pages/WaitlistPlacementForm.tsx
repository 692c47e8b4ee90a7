import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@apollo/client/react';
import { Fieldset, FieldsetLegend, PrimaryActionButton } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { problemText, problemsOf, splitByField, type Problem } from '../../../app/errors';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField, TextAreaField, TextField } from '../../../components/Field';
import { programmeLabel, provinceLabel } from '../../../components/labels';
import type { WaitlistEntryFieldsFragment } from '../../../gql/graphql';
import {
  LocationPartnerCapacityQuery,
  PlaceWaitlistEntryMutation,
  PlacementLocationsQuery,
} from './waitlist-documents';
import { placementSchema, type PlacementValues } from './waitlist-forms';

// The placement refusals this form explains in its own words, beside the location.
const OWN_TEXTS: Record<string, string> = {
  CAPACITY_FULL: 'coordinator.waitlist.place.full',
  NO_PARTNER_CAPACITY: 'coordinator.waitlist.place.noCapacity',
};

function placementProblemText(intl: IntlShape, problem: Problem): string {
  const own = problem.reason ? OWN_TEXTS[problem.reason] : undefined;
  return own ? intl.formatMessage({ id: own }) : problemText(intl, problem);
}

/** Places a school with a company location by hand, within its partner capacity, with a reason. */
export function WaitlistPlacementForm({
  entry,
  onDone,
}: {
  entry: WaitlistEntryFieldsFragment;
  onDone: (message: string) => void;
}) {
  const intl = useIntl();
  const [problems, setProblems] = useState<Problem[]>([]);
  const [name, setName] = useState('');
  const query = useDebounced(name.trim(), 300);
  const companies = useQuery(PlacementLocationsQuery, {
    variables: { province: entry.province, query: query || null },
  });
  const [place, { loading }] = useMutation(PlaceWaitlistEntryMutation, {
    refetchQueries: ['CoordinatorWaitlist'],
  });
  const {
    register,
    handleSubmit,
    watch,
    formState: { errors },
  } = useForm<PlacementValues>({
    resolver: zodResolver(placementSchema),
    defaultValues: { locationId: '', reason: '' },
  });
  const locationId = watch('locationId');
  const capacity = useQuery(LocationPartnerCapacityQuery, {
    variables: { locationId, programme: entry.programme },
    skip: !locationId,
    fetchPolicy: 'network-only',
  });
  const { byField, rest } = splitByField(problems, ['locationId', 'reason'] as const);
  const errorOf = (field: 'locationId' | 'reason') => {
    const own = errors[field]?.message;
    if (own) return intl.formatMessage({ id: own });
    const server = byField[field];
    return server ? placementProblemText(intl, server) : undefined;
  };

  const submit = handleSubmit(async (values) => {
    if (loading) return;
    setProblems([]);
    try {
      const { data } = await place({ variables: { entryId: entry.id, ...values } });
      const partner = data?.placeWaitlistEntry.partner;
      onDone(
        intl.formatMessage(
          { id: 'coordinator.waitlist.place.done' },
          { school: entry.school.name, company: partner?.company.name, location: partner?.name },
        ),
      );
    } catch (error) {
      setProblems(problemsOf(error));
      // The numbers that made it full, as they are now.
      if (locationId) void capacity.refetch();
    }
  });

  const cap = capacity.data?.partnerCapacity;
  const capacityText = !locationId
    ? undefined
    : capacity.loading && !capacity.data
      ? intl.formatMessage({ id: 'common.loading' })
      : cap
        ? intl.formatMessage(
            { id: 'coordinator.waitlist.place.capacity' },
            {
              programme: programmeLabel(entry.programme),
              slots: cap.slots,
              placed: cap.placed,
              pending: cap.pending,
              free: Math.max(0, cap.slots - cap.used),
            },
          )
        : intl.formatMessage(
            { id: 'coordinator.waitlist.place.noCapacityYet' },
            { programme: programmeLabel(entry.programme) },
          );

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="tm-cw-form">
      <Fieldset>
        <FieldsetLegend>
          <FormattedMessage id="coordinator.waitlist.place.legend" />
        </FieldsetLegend>
        <ErrorSummary problems={rest} />
        <TextField
          label={intl.formatMessage({ id: 'coordinator.waitlist.place.companyFilter' })}
          description={intl.formatMessage(
            { id: 'coordinator.waitlist.place.companyFilterDescription' },
            { province: provinceLabel(entry.province) },
          )}
          type="search"
          value={name}
          maxLength={100}
          onChange={(e) => setName(e.target.value)}
        />
        <SelectField
          label={intl.formatMessage({ id: 'coordinator.waitlist.place.location' })}
          description={capacityText}
          required
          error={errorOf('locationId')}
          {...register('locationId')}
        >
          <option value="">{intl.formatMessage({ id: 'coordinator.waitlist.place.chooseLocation' })}</option>
          {(companies.data?.companies ?? []).map((company) => (
            <optgroup key={company.id} label={company.name}>
              {company.locations.map((location) => (
                <option key={location.id} value={location.id}>
                  {`${company.name}: ${location.name}, ${location.city} (${provinceLabel(location.province)})`}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>
        <p className="tm-muted" aria-live="polite">
          {companies.data && !companies.data.companies.length ? (
            <FormattedMessage id="coordinator.waitlist.place.noCompanies" />
          ) : null}
        </p>
        <TextAreaField
          label={intl.formatMessage({ id: 'coordinator.waitlist.reason.label' })}
          description={intl.formatMessage({ id: 'coordinator.waitlist.reason.description' })}
          required
          rows={3}
          error={errorOf('reason')}
          {...register('reason')}
        />
        <PrimaryActionButton type="submit">
          <FormattedMessage id="coordinator.waitlist.place.submit" />
        </PrimaryActionButton>
      </Fieldset>
    </form>
  );
}

function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
