import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Fieldset,
  FieldsetLegend,
  Heading2,
  Paragraph,
  PrimaryActionButton,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { z } from 'zod';
import { problemsOf, type Problem, useFieldErrorText } from '../../../app/errors';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/Field';
import { programmeLabel } from '../../../components/labels';
import { graphql } from '../../../gql';
import type { Programme } from '../../../gql/graphql';
import { parseDecimal } from '../activity-form';
import { useOwnCompany, type OwnCompany } from '../company-data';
import { CompanyOnly, CompanyPage } from '../components/CompanyPage';
import { StatusMessage } from '../components/StatusMessage';
import { PARTNER_PROGRAMMES } from '../options';
import { useLoadProblems, useSplitProblems } from '../problems';
import { Loading } from '../../../components/Loading';

const PartnerCapacityDoc = graphql(`
  query PartnerCapacity($locationId: ID!, $programme: Programme!) {
    partnerCapacity(locationId: $locationId, programme: $programme) {
      slots
      partnerDistanceKm
      placed
      pending
      used
    }
  }
`);

const SetPartnerCapacityDoc = graphql(`
  mutation SetPartnerCapacity(
    $locationId: ID!
    $programme: Programme!
    $slots: Int!
    $partnerDistanceKm: Float
  ) {
    setPartnerCapacity(
      locationId: $locationId
      programme: $programme
      slots: $slots
      partnerDistanceKm: $partnerDistanceKm
    ) {
      slots
      partnerDistanceKm
      placed
      pending
      used
    }
  }
`);

// The api's limits (libs/waitlist): 0 to 50 slots, a partner school 1 to 300 km away.
const slotsSchema = z.object({
  slots: z
    .string()
    .refine((text) => /^\d+$/.test(text.trim()) && Number(text) <= 50, 'company.partners.error.slots'),
  partnerDistanceKm: z.string().refine((text) => {
    const km = parseDecimal(text);
    return km !== null && km >= 1 && km <= 300;
  }, 'company.partners.error.partnerDistanceKm'),
});
type SlotsValues = z.infer<typeof slotsSchema>;

const SLOT_FIELDS = ['slots', 'partnerDistanceKm'] as const;

export function PartnerSlotsPage() {
  return (
    <CompanyOnly>
      <PartnerSlots />
    </CompanyOnly>
  );
}

function PartnerSlots() {
  const intl = useIntl();
  const { company, loading, error } = useOwnCompany();
  const loadProblems = useLoadProblems(error);
  return (
    <CompanyPage title={intl.formatMessage({ id: 'company.partners.title' })}>
      <Paragraph>
        <FormattedMessage id="company.partners.intro" />
      </Paragraph>
      <ErrorSummary problems={loadProblems} />
      {loading || !company ? (
        <Loading />
      ) : (
        company.locations.map((location) => (
          <section key={location.id} aria-labelledby={`partners-${location.id}`} className="tm-company-panel">
            <Heading2 id={`partners-${location.id}`}>{`${location.name} (${location.city})`}</Heading2>
            {PARTNER_PROGRAMMES.map((programme) => (
              <SlotsForm key={programme} company={company} locationId={location.id} programme={programme} />
            ))}
          </section>
        ))
      )}
    </CompanyPage>
  );
}

function SlotsForm({
  company,
  locationId,
  programme,
}: {
  company: OwnCompany;
  locationId: string;
  programme: Programme;
}) {
  const intl = useIntl();
  const { data, loading } = useQuery(PartnerCapacityDoc, { variables: { locationId, programme } });
  const capacity = data?.partnerCapacity;
  // The saved message lives here: the first save turns 'unset' into 'set', which remounts the fields below
  // (fresh defaults from the server), and must not take the message with it.
  const [message, setMessage] = useState<string | null>(null);
  if (loading && !data) {
    return <Loading />;
  }
  const name = programmeLabel(programme);
  return (
    <>
      <SlotsFormFields
        key={capacity ? 'set' : 'unset'}
        company={company}
        locationId={locationId}
        programme={programme}
        name={name}
        setMessage={setMessage}
        initial={{
          slots: String(capacity?.slots ?? 0),
          partnerDistanceKm: String(capacity?.partnerDistanceKm ?? 40).replace('.', ','),
        }}
        usage={
          capacity
            ? intl.formatMessage(
                { id: 'company.partners.usage' },
                {
                  used: capacity.used,
                  slots: capacity.slots,
                  placed: capacity.placed,
                  pending: capacity.pending,
                },
              )
            : intl.formatMessage({ id: 'company.partners.notSet' })
        }
      />
      <StatusMessage message={message} />
    </>
  );
}

function SlotsFormFields({
  company,
  locationId,
  programme,
  name,
  initial,
  usage,
  setMessage,
}: {
  company: OwnCompany;
  locationId: string;
  programme: Programme;
  name: string;
  initial: SlotsValues;
  usage: string;
  setMessage: (message: string | null) => void;
}) {
  const intl = useIntl();
  const [save] = useMutation(SetPartnerCapacityDoc, {
    refetchQueries: [{ query: PartnerCapacityDoc, variables: { locationId, programme } }],
  });
  const [problems, setProblems] = useState<Problem[]>([]);
  const { register, handleSubmit, formState } = useForm<SlotsValues>({
    defaultValues: initial,
    resolver: zodResolver(slotsSchema),
  });
  const { byField, rest } = useSplitProblems(problems, SLOT_FIELDS);
  const fieldError = useFieldErrorText();
  const errorOf = (field: 'slots' | 'partnerDistanceKm') =>
    fieldError(formState.errors[field]?.message, byField[field]);
  const submit = handleSubmit(async (values) => {
    setMessage(null);
    try {
      const { data } = await save({
        variables: {
          locationId,
          programme,
          slots: Number(values.slots.trim()),
          partnerDistanceKm: parseDecimal(values.partnerDistanceKm),
        },
      });
      setProblems([]);
      setMessage(
        intl.formatMessage(
          { id: 'company.partners.saved' },
          { programme: name, slots: data?.setPartnerCapacity.slots },
        ),
      );
    } catch (failure) {
      setProblems(problemsOf(failure));
    }
  });
  const t = (id: string) => intl.formatMessage({ id: `company.partners.${id}` });
  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="tm-company-slots">
      <Fieldset disabled={!company.approved}>
        <FieldsetLegend>{name}</FieldsetLegend>
        <Paragraph className="tm-muted">{usage}</Paragraph>
        <ErrorSummary problems={rest} />
        <div className="tm-company-form__row">
          <TextField
            label={t('slots')}
            description={t('slotsHelp')}
            inputMode="numeric"
            error={errorOf('slots')}
            {...register('slots')}
          />
          <TextField
            label={t('partnerDistanceKm')}
            description={t('partnerDistanceKmHelp')}
            inputMode="decimal"
            error={errorOf('partnerDistanceKm')}
            {...register('partnerDistanceKm')}
          />
        </div>
        <PrimaryActionButton type="submit" disabled={formState.isSubmitting || !company.approved}>
          <FormattedMessage id="company.partners.save" values={{ programme: name }} />
        </PrimaryActionButton>
      </Fieldset>
    </form>
  );
}
