import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  PrimaryActionButton,
  SecondaryActionButton,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { problemText, problemsOf, splitByField, type Problem } from '../../../app/errors';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextAreaField } from '../../../components/Field';
import { provinceLabel } from '../../../components/labels';
import type { CoordinatorCompaniesQuery as CompaniesData } from '../../../gql/graphql';
import { RejectCompanyMutation, rejectSchema, type RejectValues } from './companies-documents';
import { TableScroll } from './TableScroll';

type CompanyRow = CompaniesData['companies'][number];

/** The companies with their locations and state; those not approved with "approve" and "turn down". */
export function CompaniesTable({
  companies,
  caption,
  onApprove,
  onRejected,
}: {
  companies: readonly CompanyRow[];
  caption: string;
  onApprove: (id: string, name: string) => void;
  onRejected: (name: string) => void;
}) {
  const [rejecting, setRejecting] = useState<string | null>(null);
  if (!companies.length) {
    return (
      <p>
        <FormattedMessage id="coordinator.companies.empty" />
      </p>
    );
  }
  return (
    <TableScroll label={caption}>
      <Table className="tm-cw-table">
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            {['company', 'locations', 'state', 'actions'].map((c) => (
              <TableHeaderCell key={c} scope="col">
                <FormattedMessage id={`coordinator.companies.col.${c}`} />
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {companies.map((company) => (
            <TableRow key={company.id}>
              <TableHeaderCell scope="row">{company.name}</TableHeaderCell>
              <TableCell>
                <ul className="tm-cw-plain-list">
                  {company.locations.map((location) => (
                    <li key={location.id}>
                      {`${location.name}, ${location.city} (${provinceLabel(location.province)})`}
                    </li>
                  ))}
                </ul>
              </TableCell>
              <TableCell>
                {company.approved ? (
                  <FormattedMessage id="coordinator.companies.state.approved" />
                ) : company.rejectionReason ? (
                  <FormattedMessage
                    id="coordinator.companies.state.rejected"
                    values={{ reason: company.rejectionReason }}
                  />
                ) : (
                  <FormattedMessage id="coordinator.companies.state.waiting" />
                )}
              </TableCell>
              <TableCell>
                {company.approved ? (
                  '–'
                ) : rejecting === company.id ? (
                  <RejectForm
                    company={company}
                    onCancel={() => {
                      setRejecting(null);
                      // Back to the button that opened the form.
                      requestAnimationFrame(() => document.getElementById(`reject-${company.id}`)?.focus());
                    }}
                    onDone={() => {
                      setRejecting(null);
                      onRejected(company.name);
                    }}
                  />
                ) : (
                  <div className="tm-cw-actions">
                    <PrimaryActionButton type="button" onClick={() => onApprove(company.id, company.name)}>
                      <FormattedMessage id="coordinator.companies.approve" />
                      <span className="tm-visually-hidden"> {company.name}</span>
                    </PrimaryActionButton>
                    {company.rejectionReason ? null : (
                      <SecondaryActionButton
                        id={`reject-${company.id}`}
                        type="button"
                        onClick={() => setRejecting(company.id)}
                      >
                        <FormattedMessage id="coordinator.companies.reject" />
                        <span className="tm-visually-hidden"> {company.name}</span>
                      </SecondaryActionButton>
                    )}
                  </div>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}

/** Turns one company down with the reason its contacts read. */
function RejectForm({
  company,
  onCancel,
  onDone,
}: {
  company: CompanyRow;
  onCancel: () => void;
  onDone: () => void;
}) {
  const intl = useIntl();
  const [problems, setProblems] = useState<Problem[]>([]);
  const [reject, { loading }] = useMutation(RejectCompanyMutation, {
    refetchQueries: ['CoordinatorCompanies'],
  });
  const {
    register,
    handleSubmit,
    setFocus,
    formState: { errors },
  } = useForm<RejectValues>({ resolver: zodResolver(rejectSchema), defaultValues: { reason: '' } });
  // Opening the form puts the cursor in it.
  useEffect(() => setFocus('reason'), [setFocus]);
  const { byField, rest } = splitByField(problems, ['reason'] as const);
  const own = errors.reason?.message;
  const error = own
    ? intl.formatMessage({ id: own })
    : byField.reason
      ? problemText(intl, byField.reason)
      : undefined;
  const submit = handleSubmit(async ({ reason }) => {
    if (loading) return;
    setProblems([]);
    try {
      await reject({ variables: { id: company.id, reason } });
      onDone();
    } catch (failure) {
      setProblems(problemsOf(failure));
    }
  });
  return (
    <form
      onSubmit={(e) => void submit(e)}
      noValidate
      className="tm-cw-inline-form"
      aria-label={intl.formatMessage({ id: 'coordinator.companies.reject.form' }, { name: company.name })}
    >
      <ErrorSummary problems={rest} />
      <TextAreaField
        label={intl.formatMessage({ id: 'coordinator.companies.reject.reason' }, { name: company.name })}
        description={intl.formatMessage({ id: 'coordinator.companies.reject.description' })}
        required
        rows={3}
        error={error}
        {...register('reason')}
      />
      <div className="tm-cw-actions">
        <PrimaryActionButton type="submit">
          <FormattedMessage id="coordinator.companies.reject.submit" />
        </PrimaryActionButton>
        <SecondaryActionButton type="button" onClick={onCancel}>
          <FormattedMessage id="common.cancel" />
        </SecondaryActionButton>
      </div>
    </form>
  );
}
