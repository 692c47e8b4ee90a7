import { useQuery } from '@apollo/client/react';
import { getRouteApi, Link } from '@tanstack/react-router';
import { Heading2 } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { problemsOf } from '../../../app/errors';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField } from '../../../components/Field';
import { provinceLabel } from '../../../components/labels';
import { Page } from '../../../components/Page';
import { RequireRole } from '../../../components/RequireRole';
import { graphql } from '../../../gql';
import { balanceMatrix, schoolYearOf, tallyByCell, tallyByProvince } from './balance';
import { BalanceChart } from './BalanceChart';
import { BalanceHeatTable, HeatLegend } from './BalanceHeatTable';
import { ProvinceShortfallMap, ProvinceShortfallTable } from './ProvinceShortfall';
import { ProvinceSelect } from './region-common';
import '../region.css';
import { Loading } from '../../../components/Loading';

const RegionBalanceQuery = graphql(`
  query RegionBalance($province: Province, $schoolYear: Int) {
    regionalBalance(province: $province, schoolYear: $schoolYear) {
      province
      type
      level
      demandSessions
      supplySessions
      shortfallSessions
    }
  }
`);

const route = getRouteApi('/coordinator');

/** Links to every coordinator page. */
function CoordinatorLinks() {
  const intl = useIntl();
  return (
    <nav aria-label={intl.formatMessage({ id: 'coordinator.links.label' })} className="tm-co-links">
      <ul className="tm-co-links__list">
        <li>
          <Link to="/coordinator/vraag-en-aanbod" className="tm-co-links__link">
            <FormattedMessage id="coordinator.links.demandSupply" />
          </Link>
        </li>
        <li>
          <Link to="/coordinator/matching" className="tm-co-links__link">
            <FormattedMessage id="coordinator.links.matching" />
          </Link>
        </li>
        <li>
          <Link to="/coordinator/namens-school" className="tm-co-links__link">
            <FormattedMessage id="coordinator.links.actForSchool" />
          </Link>
        </li>
        <li>
          <Link to="/coordinator/wachtlijst" className="tm-co-links__link">
            <FormattedMessage id="coordinator.links.waitlist" />
          </Link>
        </li>
        <li>
          <Link to="/coordinator/bedrijven" className="tm-co-links__link">
            <FormattedMessage id="coordinator.links.companies" />
          </Link>
        </li>
        <li>
          <Link to="/coordinator/bereik" className="tm-co-links__link">
            <FormattedMessage id="coordinator.links.reach" />
          </Link>
        </li>
      </ul>
    </nav>
  );
}

function Dashboard() {
  const intl = useIntl();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const thisYear = schoolYearOf(new Date());
  const { data, loading, error } = useQuery(RegionBalanceQuery, {
    variables: { province: (search.provincie ?? null) as never, schoolYear: search.schooljaar ?? null },
  });
  const rows = useMemo(() => data?.regionalBalance ?? [], [data]);
  const matrix = useMemo(() => balanceMatrix(rows), [rows]);
  const byCell = useMemo(() => tallyByCell(rows), [rows]);
  const byProvince = useMemo(() => tallyByProvince(rows), [rows]);
  const scope = [
    search.provincie
      ? provinceLabel(search.provincie)
      : intl.formatMessage({ id: 'coordinator.dashboard.allProvinces' }),
    search.schooljaar
      ? intl.formatMessage(
          { id: 'coordinator.dashboard.schoolYear' },
          { year: `${search.schooljaar}/${String((search.schooljaar + 1) % 100).padStart(2, '0')}` },
        )
      : intl.formatMessage({ id: 'coordinator.dashboard.openPeriods' }),
  ].join(', ');

  return (
    <Page title={intl.formatMessage({ id: 'coordinator.home.title' })}>
      <p>
        <FormattedMessage id="coordinator.dashboard.intro" />
      </p>
      <CoordinatorLinks />
      <form className="tm-co-filters" onSubmit={(event) => event.preventDefault()}>
        <ProvinceSelect
          id="dashboard-province"
          value={search.provincie}
          allLabel={intl.formatMessage({ id: 'coordinator.dashboard.allProvinces' })}
          onChange={(provincie) => void navigate({ search: (s) => ({ ...s, provincie }) })}
        />
        <SelectField
          id="dashboard-year"
          label={intl.formatMessage({ id: 'coordinator.dashboard.period' })}
          value={search.schooljaar ?? ''}
          onChange={(event) =>
            void navigate({
              search: (s) => ({
                ...s,
                schooljaar: event.target.value ? Number(event.target.value) : undefined,
              }),
            })
          }
        >
          <option value="">{intl.formatMessage({ id: 'coordinator.dashboard.openPeriods' })}</option>
          {[thisYear, thisYear + 1].map((y) => (
            <option key={y} value={y}>
              {intl.formatMessage(
                { id: 'coordinator.dashboard.schoolYear' },
                { year: `${y}/${String((y + 1) % 100).padStart(2, '0')}` },
              )}
            </option>
          ))}
        </SelectField>
      </form>
      <ErrorSummary problems={problemsOf(error)} />
      {loading && !data ? <Loading /> : null}
      {data && rows.length === 0 ? (
        <p role="status">
          <FormattedMessage id="coordinator.dashboard.empty" values={{ scope }} />
        </p>
      ) : null}
      {rows.length ? (
        <>
          <section aria-labelledby="heat-heading" className="tm-co-section">
            <Heading2 id="heat-heading">
              <FormattedMessage id="coordinator.dashboard.heatHeading" />
            </Heading2>
            <BalanceHeatTable matrix={matrix} scope={scope} />
            <HeatLegend />
            <p className="tm-muted">
              <FormattedMessage id="coordinator.heat.note" />
            </p>
          </section>
          <section aria-labelledby="map-heading" className="tm-co-section">
            <Heading2 id="map-heading">
              <FormattedMessage id="coordinator.dashboard.mapHeading" />
            </Heading2>
            <div className="tm-co-chart-pair">
              <ProvinceShortfallMap tallies={byProvince} />
              <ProvinceShortfallTable tallies={byProvince} />
            </div>
          </section>
          <section aria-labelledby="chart-heading" className="tm-co-section">
            <Heading2 id="chart-heading">
              <FormattedMessage id="coordinator.dashboard.chartHeading" />
            </Heading2>
            <BalanceChart rows={byCell} scope={scope} />
          </section>
        </>
      ) : null}
    </Page>
  );
}

export function CoordinatorDashboard() {
  return (
    <RequireRole roles={['COORDINATOR']}>
      <Dashboard />
    </RequireRole>
  );
}
