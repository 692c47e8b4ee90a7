import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@apollo/client/react';
import {
  Heading2,
  Paragraph,
  PrimaryActionButton,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { z } from 'zod';
import { problemText, problemsOf, type Problem } from '../../../app/errors';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/Field';
import { provinceLabel } from '../../../components/labels';
import { graphql } from '../../../gql';
import { OwnCompanyQuery, useOwnCompany, type OwnCompany } from '../company-data';
import { CompanyOnly, CompanyPage } from '../components/CompanyPage';
import { StatusMessage } from '../components/StatusMessage';
import { useLoadProblems, useSplitProblems } from '../problems';
import { Loading } from '../../../components/Loading';

const AddLocationDoc = graphql(`
  mutation AddCompanyLocation($input: CompanyLocationInput!) {
    addCompanyLocation(input: $input) {
      id
      name
      city
      postcode
      province
    }
  }
`);

const UpdateCompanyDoc = graphql(`
  mutation UpdateCompany($name: String!) {
    updateCompany(name: $name) {
      id
      name
      approved
      rejectionReason
    }
  }
`);

// The api's rules (libs/catalogue company.service): a Dutch postcode, a name and a place.
const locationSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'company.locations.error.name')
    .max(200, 'company.locations.error.nameTooLong'),
  street: z.string().trim().max(200, 'company.locations.error.streetTooLong'),
  postcode: z
    .string()
    .refine(
      (text) => /^[1-9]\d{3}[A-Z]{2}$/.test(text.replace(/\s+/g, '').toUpperCase()),
      'company.locations.error.postcode',
    ),
  city: z
    .string()
    .trim()
    .min(1, 'company.locations.error.city')
    .max(100, 'company.locations.error.cityTooLong'),
});
type LocationValues = z.infer<typeof locationSchema>;
const LOCATION_FIELDS = ['name', 'street', 'postcode', 'city'] as const;

const companySchema = z.object({
  name: z.string().trim().min(1, 'company.details.error.name').max(200, 'company.details.error.nameTooLong'),
});
type CompanyValues = z.infer<typeof companySchema>;

const COMPANY_FIELDS = ['name'] as const;

export function LocationsPage() {
  return (
    <CompanyOnly>
      <Locations />
    </CompanyOnly>
  );
}

function Locations() {
  const intl = useIntl();
  const { company, loading, error } = useOwnCompany();
  const loadProblems = useLoadProblems(error);
  return (
    <CompanyPage title={intl.formatMessage({ id: 'company.locations.title' })}>
      <ErrorSummary problems={loadProblems} />
      {loading || !company ? (
        <Loading />
      ) : (
        <>
          <LocationTable company={company} />
          <AddLocationForm />
          <CompanyDetailsForm company={company} />
        </>
      )}
    </CompanyPage>
  );
}

function LocationTable({ company }: { company: OwnCompany }) {
  return (
    <Table className="tm-company-table">
      <TableCaption>
        <FormattedMessage id="company.locations.caption" values={{ company: company.name }} />
      </TableCaption>
      <TableHeader>
        <TableRow>
          {['name', 'postcode', 'city', 'province'].map((column) => (
            <TableHeaderCell key={column} scope="col">
              <FormattedMessage id={`company.locations.column.${column}`} />
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {company.locations.map((location) => (
          <TableRow key={location.id}>
            <TableHeaderCell scope="row">{location.name}</TableHeaderCell>
            <TableCell>{location.postcode}</TableCell>
            <TableCell>{location.city}</TableCell>
            <TableCell>{provinceLabel(location.province)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function AddLocationForm() {
  const intl = useIntl();
  const [add] = useMutation(AddLocationDoc, { refetchQueries: [OwnCompanyQuery], awaitRefetchQueries: true });
  const [problems, setProblems] = useState<Problem[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const { register, handleSubmit, reset, formState } = useForm<LocationValues>({
    defaultValues: { name: '', street: '', postcode: '', city: '' },
    resolver: zodResolver(locationSchema),
  });
  const { byField, rest } = useSplitProblems(problems, LOCATION_FIELDS);
  const errorOf = (field: (typeof LOCATION_FIELDS)[number]) => {
    const own = formState.errors[field]?.message;
    if (own) return intl.formatMessage({ id: own });
    return byField[field] ? problemText(intl, byField[field]) : undefined;
  };
  const submit = handleSubmit(async (values) => {
    setMessage(null);
    try {
      const { data } = await add({
        variables: { input: { ...values, street: values.street || null } },
      });
      setProblems([]);
      reset();
      const saved = data?.addCompanyLocation;
      setMessage(
        intl.formatMessage(
          { id: 'company.locations.added' },
          { name: saved?.name, province: saved ? provinceLabel(saved.province) : '' },
        ),
      );
    } catch (failure) {
      setProblems(problemsOf(failure));
    }
  });
  const t = (id: string) => intl.formatMessage({ id: `company.locations.${id}` });
  return (
    <section aria-labelledby="add-location" className="tm-company-panel">
      <Heading2 id="add-location">{t('addTitle')}</Heading2>
      <form noValidate onSubmit={(event) => void submit(event)} className="tm-company-form">
        <ErrorSummary problems={rest} />
        <TextField
          label={t('name')}
          description={t('nameHelp')}
          required
          error={errorOf('name')}
          {...register('name')}
        />
        <TextField
          label={t('street')}
          autoComplete="street-address"
          error={errorOf('street')}
          {...register('street')}
        />
        <div className="tm-company-form__row">
          <TextField
            label={t('postcode')}
            description={t('postcodeHelp')}
            autoComplete="postal-code"
            required
            error={errorOf('postcode')}
            {...register('postcode')}
          />
          <TextField
            label={t('city')}
            autoComplete="address-level2"
            required
            error={errorOf('city')}
            {...register('city')}
          />
        </div>
        <PrimaryActionButton type="submit" disabled={formState.isSubmitting}>
          {t('add')}
        </PrimaryActionButton>
        <StatusMessage message={message} />
      </form>
    </section>
  );
}

function CompanyDetailsForm({ company }: { company: OwnCompany }) {
  const intl = useIntl();
  const [update] = useMutation(UpdateCompanyDoc);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<CompanyValues>({
    defaultValues: { name: company.name },
    resolver: zodResolver(companySchema),
  });
  const { byField, rest } = useSplitProblems(problems, COMPANY_FIELDS);
  const own = formState.errors.name?.message;
  const error = own
    ? intl.formatMessage({ id: own })
    : byField.name
      ? problemText(intl, byField.name)
      : undefined;
  const submit = handleSubmit(async ({ name }) => {
    setMessage(null);
    try {
      await update({ variables: { name } });
      setProblems([]);
      setMessage(
        intl.formatMessage({
          id: company.rejectionReason ? 'company.details.resubmitted' : 'company.details.saved',
        }),
      );
    } catch (failure) {
      setProblems(problemsOf(failure));
    }
  });
  return (
    <section id="bedrijfsgegevens" aria-labelledby="company-details" className="tm-company-panel">
      <Heading2 id="company-details">
        <FormattedMessage id="company.details.title" />
      </Heading2>
      {company.rejectionReason ? (
        <Paragraph>
          <FormattedMessage id="company.details.rejectedHelp" />
        </Paragraph>
      ) : null}
      <form noValidate onSubmit={(event) => void submit(event)} className="tm-company-form">
        <ErrorSummary problems={rest} />
        <TextField
          label={<FormattedMessage id="company.details.name" />}
          autoComplete="organization"
          required
          error={error}
          {...register('name')}
        />
        <PrimaryActionButton type="submit" disabled={formState.isSubmitting}>
          <FormattedMessage id={company.rejectionReason ? 'company.details.resubmit' : 'common.save'} />
        </PrimaryActionButton>
        <StatusMessage message={message} />
      </form>
    </section>
  );
}
