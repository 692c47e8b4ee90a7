import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { problemsOf, type Problem } from '../../../app/errors';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { provinceLabel } from '../../../components/labels';
import { MyActivitiesQuery } from '../activity-data';
import { useOwnCompany } from '../company-data';
import { CompanyOnly, CompanyPage } from '../components/CompanyPage';
import { ProvinceFilter } from '../components/ProvinceFilter';
import { StatusMessage } from '../components/StatusMessage';
import { SupplyOfferCard } from '../components/SupplyOfferCard';
import { SupplyOfferForm } from '../components/SupplyOfferForm';
import { formatList } from '../format';
import { OFFER_FILTERS, provincesOf, type OfferFilter, type SupplySearch } from '../search';
import {
  CreateSupplyOfferDoc,
  MySupplyOffersDoc,
  UpdateSupplyOfferDoc,
  type SupplyOffer,
} from '../supply-data';
import {
  newSupplyValues,
  supplyValuesOf,
  toCreateSupplyInput,
  toUpdateSupplyInput,
  type CheckedSupply,
} from '../supply-form';
import { useLoadProblems } from '../problems';
import { Loading } from '../../../components/Loading';

export function SupplyPage() {
  return (
    <CompanyOnly>
      <Supply />
    </CompanyOnly>
  );
}

interface Feedback {
  message: string | null;
  problems: Problem[];
}

function Supply() {
  const intl = useIntl();
  const search = useSearch({ from: '/bedrijf/aanbod' });
  const navigate = useNavigate({ from: '/bedrijf/aanbod' });
  const { company } = useOwnCompany();
  const { data, loading, error } = useQuery(MySupplyOffersDoc);
  const loadProblems = useLoadProblems(error);
  const [feedback, setFeedback] = useState<Feedback>({ message: null, problems: [] });
  const status = useRef<HTMLDivElement>(null);
  const filter: OfferFilter = search.status ?? 'open';
  const provinces = provincesOf(search.provincies);
  const offers = (data?.mySupplyOffers ?? []).filter(
    (offer) =>
      (filter === 'alle' || (filter === 'open') === (offer.status === 'OPEN')) &&
      (!provinces.length || offer.reachProvinces.some((p) => provinces.includes(p))),
  );
  const editing =
    search.formulier && search.formulier !== 'nieuw'
      ? data?.mySupplyOffers.find((offer) => offer.id === search.formulier)
      : undefined;
  const report = (next: Feedback) => {
    setFeedback(next);
    if (next.message) status.current?.focus();
  };
  const setSearch = (change: Partial<SupplySearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...change }) });
  return (
    <CompanyPage title={intl.formatMessage({ id: 'company.supply.title' })}>
      <Paragraph>
        <FormattedMessage id="company.supply.intro" />
      </Paragraph>
      <div ref={status} tabIndex={-1} className="tm-company-focus-target">
        <StatusMessage message={feedback.message} />
      </div>
      <ErrorSummary problems={feedback.problems.length ? feedback.problems : loadProblems} />
      {search.formulier === 'nieuw' || editing ? (
        <OfferEditor
          offer={editing}
          onDone={(message) => {
            setSearch({ formulier: undefined });
            if (message) report({ message, problems: [] });
          }}
        />
      ) : company?.approved ? (
        <ButtonGroup>
          <Link
            from="/bedrijf/aanbod"
            to="/bedrijf/aanbod"
            search={(prev) => ({ ...prev, formulier: 'nieuw' })}
            className="tm-company-link-button tm-company-link-button--primary"
          >
            <FormattedMessage id="company.supply.new" />
          </Link>
        </ButtonGroup>
      ) : (
        <Paragraph className="tm-muted">
          <FormattedMessage id="company.supply.afterApproval" />
        </Paragraph>
      )}
      <Heading2>
        <FormattedMessage id="company.supply.listTitle" />
      </Heading2>
      <nav aria-label={intl.formatMessage({ id: 'company.supply.filterLabel' })} className="tm-company-tabs">
        <ul className="tm-company-tabs__list">
          {OFFER_FILTERS.map((value) => (
            <li key={value}>
              <Link
                from="/bedrijf/aanbod"
                to="/bedrijf/aanbod"
                search={(prev) => ({ ...prev, status: value === 'open' ? undefined : value })}
                className="tm-company-tabs__link"
                aria-current={value === filter ? 'page' : undefined}
              >
                <FormattedMessage id={`company.supply.filter.${value}`} />
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <ProvinceFilter
        chosen={provinces}
        onChange={(next) => setSearch({ provincies: next.length ? next.join(',') : undefined })}
      />
      {loading && !data ? (
        <Loading />
      ) : offers.length === 0 ? (
        <Paragraph>
          <FormattedMessage id="company.supply.none" />
        </Paragraph>
      ) : (
        <ul className="tm-company-cards" aria-label={intl.formatMessage({ id: 'company.supply.listLabel' })}>
          {offers.map((offer) => (
            <li key={offer.id}>
              <SupplyOfferCard offer={offer} onDone={report} />
            </li>
          ))}
        </ul>
      )}
    </CompanyPage>
  );
}

/** The form for a new offer or a change, with its own heading; `onDone` gets the confirmation (none: cancelled). */
function OfferEditor({ offer, onDone }: { offer?: SupplyOffer; onDone(message: string | null): void }) {
  const intl = useIntl();
  const { company } = useOwnCompany();
  const activities = useQuery(MyActivitiesQuery).data?.myActivities ?? [];
  const [create] = useMutation(CreateSupplyOfferDoc, { refetchQueries: [MySupplyOffersDoc] });
  const [update] = useMutation(UpdateSupplyOfferDoc);
  const locations = company?.locations ?? [];
  const reachText = (reach: string[]) =>
    intl.formatMessage(
      { id: offer ? 'company.supply.updated' : 'company.supply.created' },
      { provinces: formatList(intl, reach.map(provinceLabel)) },
    );
  const save = async (values: CheckedSupply) => {
    try {
      if (offer) {
        const { data } = await update({ variables: { id: offer.id, input: toUpdateSupplyInput(values) } });
        onDone(reachText(data?.updateSupplyOffer.reachProvinces ?? []));
      } else {
        const { data } = await create({ variables: { input: toCreateSupplyInput(values) } });
        onDone(reachText(data?.createSupplyOffer.reachProvinces ?? []));
      }
      return [];
    } catch (failure) {
      return problemsOf(failure);
    }
  };
  return (
    <section aria-labelledby="offer-editor" className="tm-company-panel">
      <Heading2 id="offer-editor">
        <FormattedMessage id={offer ? 'company.supply.editTitle' : 'company.supply.newTitle'} />
      </Heading2>
      <SupplyOfferForm
        key={offer?.id ?? 'nieuw'}
        mode={offer ? 'edit' : 'create'}
        initialValues={
          offer
            ? supplyValuesOf(offer)
            : newSupplyValues(new Date(), locations.length === 1 ? locations[0].id : '')
        }
        locations={locations}
        activities={activities
          .filter((a) => a.status !== 'ARCHIVED')
          .map((a) => ({ id: a.id, title: a.title, type: a.type, locationId: a.location.id }))}
        onSave={save}
        onCancel={() => onDone(null)}
      />
    </section>
  );
}
