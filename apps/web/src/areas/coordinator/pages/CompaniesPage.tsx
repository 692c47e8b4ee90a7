import '../coordinator-lists.css';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { Paragraph, SecondaryActionButton } from '@utrecht/component-library-react';
import { useMemo, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { problemsOf, type Problem } from '../../../app/errors';
import { useSession } from '../../../app/session';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField, TextField } from '../../../components/Field';
import { PROVINCES } from '../../../components/labels';
import { Page } from '../../../components/Page';
import { RequireRole } from '../../../components/RequireRole';
import { COMPANY_STATES, approvedOf, type CompaniesSearch, type CompanyState } from '../search';
import { ApproveCompanyMutation, CoordinatorCompaniesQuery } from './companies-documents';
import { CompaniesTable } from './CompaniesTable';

/** /coordinator/bedrijven: companies waiting for approval (or all), approved or turned down with a reason. */
export function CompaniesPage() {
  const intl = useIntl();
  return (
    <RequireRole roles={['COORDINATOR']}>
      <Page title={intl.formatMessage({ id: 'coordinator.companies.title' })}>
        <CompaniesScreen />
      </Page>
    </RequireRole>
  );
}

function CompaniesScreen() {
  const intl = useIntl();
  const search = useSearch({ from: '/coordinator/bedrijven' });
  const navigate = useNavigate({ from: '/coordinator/bedrijven' });
  const { me } = useSession();
  const state: CompanyState = search.stand ?? 'wachtend';
  const [name, setName] = useState(search.zoek ?? '');
  const [message, setMessage] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const status = useRef<HTMLParagraphElement>(null);
  const { data, loading, error } = useQuery(CoordinatorCompaniesQuery, {
    variables: {
      approved: approvedOf(state) ?? null,
      province: search.provincie ?? null,
      query: search.zoek ?? null,
    },
  });
  const [approve] = useMutation(ApproveCompanyMutation, { refetchQueries: ['CoordinatorCompanies'] });
  const set = (patch: Partial<CompaniesSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }) });
  const provinces =
    me?.role === 'COORDINATOR'
      ? PROVINCES.filter((p) => (me.provinces as string[]).includes(p.value))
      : PROVINCES;
  const companies = data?.companies ?? [];
  const loadProblems = useMemo(() => problemsOf(error), [error]);

  // After an action the row may leave the list: the confirmation takes the focus, so it is not lost.
  const confirm = (text: string) => {
    setProblems([]);
    setMessage(text);
    status.current?.focus();
  };
  const onApprove = async (id: string, companyName: string) => {
    setMessage(null);
    try {
      await approve({ variables: { id } });
      confirm(intl.formatMessage({ id: 'coordinator.companies.approved' }, { name: companyName }));
    } catch (failure) {
      setProblems(problemsOf(failure));
    }
  };

  return (
    <>
      <Paragraph>
        <FormattedMessage id="coordinator.companies.intro" />
      </Paragraph>
      <div className="tm-cw-filters">
        <SelectField
          label={intl.formatMessage({ id: 'coordinator.companies.state' })}
          value={state}
          onChange={(e) =>
            set({
              stand: e.target.value === 'wachtend' ? undefined : (e.target.value as CompaniesSearch['stand']),
            })
          }
        >
          {COMPANY_STATES.map((value) => (
            <option key={value} value={value}>
              {intl.formatMessage({ id: `coordinator.companies.state.${value}` })}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={intl.formatMessage({ id: 'coordinator.companies.province' })}
          value={search.provincie ?? ''}
          onChange={(e) => set({ provincie: (e.target.value || undefined) as CompaniesSearch['provincie'] })}
        >
          <option value="">{intl.formatMessage({ id: 'coordinator.companies.allProvinces' })}</option>
          {provinces.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </SelectField>
        <form
          role="search"
          className="tm-cw-filters__search"
          onSubmit={(e) => {
            e.preventDefault();
            set({ zoek: name.trim() || undefined });
          }}
        >
          <TextField
            label={intl.formatMessage({ id: 'coordinator.companies.name' })}
            type="search"
            maxLength={100}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <SecondaryActionButton type="submit">
            <FormattedMessage id="coordinator.companies.search" />
          </SecondaryActionButton>
        </form>
      </div>

      <ErrorSummary problems={loadProblems} />
      <ErrorSummary problems={problems} />
      <p role="status" ref={status} tabIndex={-1} className="tm-cw-confirmation">
        {message}
      </p>
      <p role="status" className="tm-cw-count">
        {loading && !data ? (
          <FormattedMessage id="common.loading" />
        ) : data ? (
          <FormattedMessage
            id={`coordinator.companies.count.${state}`}
            values={{ count: companies.length }}
          />
        ) : null}
      </p>
      {data ? (
        <CompaniesTable
          companies={companies}
          caption={intl.formatMessage({ id: `coordinator.companies.caption.${state}` })}
          onApprove={(id, companyName) => void onApprove(id, companyName)}
          onRejected={(companyName) =>
            confirm(intl.formatMessage({ id: 'coordinator.companies.rejected' }, { name: companyName }))
          }
        />
      ) : null}
    </>
  );
}
