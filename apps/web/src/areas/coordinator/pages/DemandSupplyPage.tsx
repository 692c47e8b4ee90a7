import { useQuery } from '@apollo/client/react';
import { getRouteApi, Link } from '@tanstack/react-router';
import { Heading2 } from '@utrecht/component-library-react';
import { FormattedMessage, useIntl } from 'react-intl';
import { problemsOf } from '../../../app/errors';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { provinceLabel } from '../../../components/labels';
import { Page } from '../../../components/Page';
import { RequireRole } from '../../../components/RequireRole';
import { graphql } from '../../../gql';
import type { DemandSupplyQuery } from '../../../gql/graphql';
import {
  CheckboxField,
  ProvinceSelect,
  chosenProvince,
  levelNames,
  typeName,
  useShortDay,
  useOwnProvinces,
  usePostingStatus,
} from './region-common';
import '../region.css';
import { Loading } from '../../../components/Loading';

const DemandSupplyDocument = graphql(`
  query DemandSupply($province: Province!, $includeWithdrawn: Boolean!) {
    schoolRequests(province: $province, includeWithdrawn: $includeWithdrawn) {
      id
      status
      type
      levels
      themes
      sessions
      sessionsRemaining
      periodStart
      periodEnd
      createdAt
      school {
        id
        name
        city
      }
    }
    supplyOffers(province: $province, includeWithdrawn: $includeWithdrawn) {
      id
      status
      type
      levels
      themes
      sessions
      sessionsRemaining
      periodStart
      periodEnd
      maxTravelKm
      location {
        id
        name
        city
        province
        company {
          id
          name
        }
      }
    }
  }
`);

const route = getRouteApi('/coordinator/vraag-en-aanbod');

const TH = 'utrecht-table__header-cell';
const TD = 'utrecht-table__cell';
const NUM = 'utrecht-table__cell utrecht-table__cell--numeric-column';

function DemandTable({ requests }: { requests: DemandSupplyQuery['schoolRequests'] }) {
  const intl = useIntl();
  const day = useShortDay();
  const status = usePostingStatus();
  const anyTheme = intl.formatMessage({ id: 'coordinator.posting.anyTheme' });
  return (
    <div className="tm-co-scroll" role="region" aria-labelledby="demand-caption" tabIndex={0}>
      <table className="utrecht-table">
        <caption id="demand-caption" className="utrecht-table__caption">
          <FormattedMessage id="coordinator.demand.caption" values={{ n: requests.length }} />
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {['school', 'type', 'levels', 'themes', 'period', 'sessions', 'status'].map((column) => (
              <th key={column} scope="col" className={TH}>
                <FormattedMessage id={`coordinator.posting.column.${column}`} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {requests.map((r) => (
            <tr key={r.id} className="utrecht-table__row">
              <th scope="row" className={TH}>
                {r.school.name}
                <span className="tm-muted tm-co-block">{r.school.city}</span>
              </th>
              <td className={TD}>{typeName(r.type)}</td>
              <td className={TD}>{levelNames(r.levels)}</td>
              <td className={TD}>{r.themes.length ? r.themes.join(', ') : anyTheme}</td>
              <td className={TD}>
                {day(r.periodStart)} – {day(r.periodEnd)}
              </td>
              <td className={NUM}>
                <FormattedMessage
                  id="coordinator.posting.sessionsLeft"
                  values={{ left: r.sessionsRemaining, total: r.sessions }}
                />
              </td>
              <td className={TD}>
                {status(r.status)}
                <span className="tm-muted tm-co-block">
                  <FormattedMessage id="coordinator.demand.since" values={{ day: day(r.createdAt) }} />
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SupplyTable({ offers }: { offers: DemandSupplyQuery['supplyOffers'] }) {
  const intl = useIntl();
  const day = useShortDay();
  const status = usePostingStatus();
  const anyTheme = intl.formatMessage({ id: 'coordinator.posting.anyTheme' });
  return (
    <div className="tm-co-scroll" role="region" aria-labelledby="supply-caption" tabIndex={0}>
      <table className="utrecht-table">
        <caption id="supply-caption" className="utrecht-table__caption">
          <FormattedMessage id="coordinator.supply.caption" values={{ n: offers.length }} />
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {['company', 'type', 'levels', 'themes', 'period', 'sessions', 'travel', 'status'].map(
              (column) => (
                <th key={column} scope="col" className={TH}>
                  <FormattedMessage id={`coordinator.posting.column.${column}`} />
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {offers.map((o) => (
            <tr key={o.id} className="utrecht-table__row">
              <th scope="row" className={TH}>
                {o.location.company.name}
                <span className="tm-muted tm-co-block">
                  {o.location.name}, {o.location.city} ({provinceLabel(o.location.province)})
                </span>
              </th>
              <td className={TD}>{typeName(o.type)}</td>
              <td className={TD}>{levelNames(o.levels)}</td>
              <td className={TD}>{o.themes.length ? o.themes.join(', ') : anyTheme}</td>
              <td className={TD}>
                {day(o.periodStart)} – {day(o.periodEnd)}
              </td>
              <td className={NUM}>
                <FormattedMessage
                  id="coordinator.posting.sessionsLeft"
                  values={{ left: o.sessionsRemaining, total: o.sessions }}
                />
              </td>
              <td className={NUM}>
                <FormattedMessage id="coordinator.supply.km" values={{ km: o.maxTravelKm }} />
              </td>
              <td className={TD}>{status(o.status)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function DemandSupply() {
  const intl = useIntl();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const own = useOwnProvinces();
  const province = chosenProvince(own, search.provincie);
  const includeWithdrawn = search.ingetrokken ?? false;
  const { data, loading, error } = useQuery(DemandSupplyDocument, {
    variables: { province: province as never, includeWithdrawn },
    skip: !province,
  });
  return (
    <Page title={intl.formatMessage({ id: 'coordinator.demandSupply.title' })}>
      <p>
        <FormattedMessage id="coordinator.demandSupply.intro" />{' '}
        <Link to="/coordinator/matching" search={{ provincie: province }} className="utrecht-link">
          <FormattedMessage id="coordinator.demandSupply.toMatching" />
        </Link>
      </p>
      <form className="tm-co-filters" onSubmit={(event) => event.preventDefault()}>
        <ProvinceSelect
          id="demand-province"
          value={province}
          onChange={(provincie) => void navigate({ search: (s) => ({ ...s, provincie }) })}
        />
        <CheckboxField
          label={intl.formatMessage({ id: 'coordinator.demandSupply.withdrawn' })}
          checked={includeWithdrawn}
          onChange={(event) =>
            void navigate({ search: (s) => ({ ...s, ingetrokken: event.target.checked || undefined }) })
          }
        />
      </form>
      <ErrorSummary problems={problemsOf(error)} />
      {loading && !data ? <Loading /> : null}
      {data ? (
        <>
          <section aria-labelledby="demand-heading" className="tm-co-section">
            <Heading2 id="demand-heading">
              <FormattedMessage
                id="coordinator.demand.heading"
                values={{ province: provinceLabel(province ?? '') }}
              />
            </Heading2>
            {data.schoolRequests.length ? (
              <DemandTable requests={data.schoolRequests} />
            ) : (
              <p>
                <FormattedMessage id="coordinator.demand.none" />
              </p>
            )}
          </section>
          <section aria-labelledby="supply-heading" className="tm-co-section">
            <Heading2 id="supply-heading">
              <FormattedMessage
                id="coordinator.supply.heading"
                values={{ province: provinceLabel(province ?? '') }}
              />
            </Heading2>
            {data.supplyOffers.length ? (
              <SupplyTable offers={data.supplyOffers} />
            ) : (
              <p>
                <FormattedMessage id="coordinator.supply.none" />
              </p>
            )}
          </section>
        </>
      ) : null}
    </Page>
  );
}

export function DemandSupplyPage() {
  return (
    <RequireRole roles={['COORDINATOR']}>
      <DemandSupply />
    </RequireRole>
  );
}
