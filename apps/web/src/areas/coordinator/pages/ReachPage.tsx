import '../coordinator-lists.css';
import { useQuery } from '@apollo/client/react';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { Heading2, Link as UtrechtLink, Paragraph } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { problemsOf } from '../../../app/errors';
import { useSession } from '../../../app/session';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField } from '../../../components/Field';
import { PROVINCES, programmeLabel, provinceLabel } from '../../../components/labels';
import { Page } from '../../../components/Page';
import { RequireRole } from '../../../components/RequireRole';
import type { Programme, Province } from '../../../gql/graphql';
import {
  FIRST_REPORT_YEAR,
  REPORT_PROGRAMMES,
  reachCsvHref,
  schoolYearLabel,
  schoolYearOf,
  type ReachSearch,
} from '../search';
import { CoordinatorReachQuery } from './reach-documents';
import { ReachChart } from './ReachChart';
import { ReachTable } from './ReachTable';
import { ReachUnreached } from './ReachUnreached';

/** /coordinator/bereik: reach per province and programme in a school year, its CSV, and the schools not reached. */
export function ReachPage() {
  const intl = useIntl();
  return (
    <RequireRole roles={['COORDINATOR']}>
      <Page title={intl.formatMessage({ id: 'coordinator.reach.title' })}>
        <ReachScreen />
      </Page>
    </RequireRole>
  );
}

function ReachScreen() {
  const intl = useIntl();
  const search = useSearch({ from: '/coordinator/bereik' });
  const navigate = useNavigate({ from: '/coordinator/bereik' });
  const { me } = useSession();
  const current = schoolYearOf(new Date());
  const schoolYear = search.jaar ?? current;
  const { data, loading, error } = useQuery(CoordinatorReachQuery, {
    variables: { schoolYear, programme: search.programma ?? null, province: search.provincie ?? null },
  });
  const problems = useMemo(() => problemsOf(error), [error]);
  // A new choice shows the first page of schools not reached.
  const set = (patch: Partial<ReachSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, pagina: undefined, ...patch }) });
  const provinces =
    me?.role === 'COORDINATOR'
      ? PROVINCES.filter((p) => (me.provinces as string[]).includes(p.value))
      : PROVINCES;
  const unreachedProvince = (search.provincie ?? provinces[0]?.value) as Province | undefined;
  const programmeName = (programme: Programme) =>
    programmeLabel(programme) || intl.formatMessage({ id: 'coordinator.reach.independent' });
  const years = Array.from({ length: current + 2 - FIRST_REPORT_YEAR }, (_, i) => current + 1 - i);
  const rows = data?.reachReport.rows ?? [];
  // Rows without any school of their levels say nothing in a picture; the table still lists them.
  const bars = rows
    .filter((row) => row.schoolsReached + row.schoolsNotReached > 0)
    .map((row) => ({
      label: search.programma
        ? provinceLabel(row.province)
        : `${provinceLabel(row.province)} · ${programmeName(row.programme)}`,
      reached: row.schoolsReached,
      notReached: row.schoolsNotReached,
    }));
  const scope = {
    year: schoolYearLabel(schoolYear),
    programme: search.programma
      ? programmeName(search.programma)
      : intl.formatMessage({ id: 'coordinator.reach.allProgrammes' }),
    province: search.provincie
      ? provinceLabel(search.provincie)
      : intl.formatMessage({ id: 'coordinator.reach.allProvinces' }),
  };

  return (
    <>
      <Paragraph>
        <FormattedMessage id="coordinator.reach.intro" />
      </Paragraph>
      <div className="tm-cw-filters">
        <SelectField
          label={intl.formatMessage({ id: 'coordinator.reach.schoolYear' })}
          value={String(schoolYear)}
          onChange={(e) => {
            const year = Number(e.target.value);
            set({ jaar: year === current ? undefined : year });
          }}
        >
          {years.map((year) => (
            <option key={year} value={year}>
              {schoolYearLabel(year)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={intl.formatMessage({ id: 'coordinator.reach.programme' })}
          value={search.programma ?? ''}
          onChange={(e) => set({ programma: (e.target.value || undefined) as Programme | undefined })}
        >
          <option value="">{intl.formatMessage({ id: 'coordinator.reach.allProgrammes' })}</option>
          {REPORT_PROGRAMMES.map((programme) => (
            <option key={programme} value={programme}>
              {programmeName(programme)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={intl.formatMessage({ id: 'coordinator.reach.province' })}
          value={search.provincie ?? ''}
          onChange={(e) => set({ provincie: (e.target.value || undefined) as Province | undefined })}
        >
          <option value="">{intl.formatMessage({ id: 'coordinator.reach.allProvinces' })}</option>
          {provinces.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </SelectField>
      </div>

      <section aria-labelledby="tm-reach-title" className="tm-cw-section">
        <Heading2 id="tm-reach-title">
          <FormattedMessage id="coordinator.reach.report.title" values={scope} />
        </Heading2>
        <Paragraph>
          <UtrechtLink
            href={reachCsvHref(schoolYear, search.programma, search.provincie)}
            download
            className="tm-cw-action-link"
          >
            <FormattedMessage id="coordinator.reach.csv" values={{ year: scope.year }} />
          </UtrechtLink>
        </Paragraph>
        <ErrorSummary problems={problems} />
        <p role="status" className="tm-cw-count">
          {loading && !data ? <FormattedMessage id="common.loading" /> : null}
        </p>
        {data && rows.length ? (
          <div className="tm-cw-chart-and-table">
            {bars.length ? (
              <figure className="tm-cw-figure">
                <ReachChart bars={bars} />
                <figcaption>
                  <FormattedMessage id="coordinator.reach.chart.caption" />
                </figcaption>
              </figure>
            ) : null}
            <ReachTable
              rows={rows}
              programmeName={programmeName}
              caption={intl.formatMessage({ id: 'coordinator.reach.table.caption' }, scope)}
            />
          </div>
        ) : data ? (
          <Paragraph>
            <FormattedMessage id="coordinator.reach.empty" />
          </Paragraph>
        ) : null}
      </section>

      {unreachedProvince ? (
        <ReachUnreached
          schoolYear={schoolYear}
          province={unreachedProvince}
          page={search.pagina ?? 1}
          chosen={Boolean(search.provincie)}
        />
      ) : null}
    </>
  );
}
