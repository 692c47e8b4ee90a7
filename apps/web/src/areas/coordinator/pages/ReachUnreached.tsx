import { useQuery } from '@apollo/client/react';
import { Link } from '@tanstack/react-router';
import {
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { problemsOf } from '../../../app/errors';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { provinceLabel } from '../../../components/labels';
import type { Province } from '../../../gql/graphql';
import { schoolYearLabel } from '../search';
import { UnreachedSchoolsQuery } from './reach-documents';
import { TableScroll } from './TableScroll';
import { UnreachedMap } from './UnreachedMap';

export const UNREACHED_PAGE_SIZE = 25;

/**
 * The schools of one province nothing reached in the school year: all of them on a map, and in a table beside it,
 * farthest from supply first, a page at a time.
 */
export function ReachUnreached({
  schoolYear,
  province,
  page,
  chosen,
}: {
  schoolYear: number;
  province: Province;
  page: number;
  /** Whether the province was chosen (else it is the first of the coordinator's). */
  chosen: boolean;
}) {
  const intl = useIntl();
  const { data, loading, error } = useQuery(UnreachedSchoolsQuery, { variables: { schoolYear, province } });
  const problems = useMemo(() => problemsOf(error), [error]);
  const schools = data?.unreachedSchools ?? [];
  const pages = Math.max(1, Math.ceil(schools.length / UNREACHED_PAGE_SIZE));
  const current = Math.min(page, pages);
  const shown = schools.slice((current - 1) * UNREACHED_PAGE_SIZE, current * UNREACHED_PAGE_SIZE);
  const where = { province: provinceLabel(province), year: schoolYearLabel(schoolYear) };
  return (
    <section aria-labelledby="tm-unreached-title" className="tm-cw-section">
      <Heading2 id="tm-unreached-title">
        <FormattedMessage id="coordinator.reach.unreached.title" values={where} />
      </Heading2>
      {chosen ? null : (
        <Paragraph>
          <FormattedMessage id="coordinator.reach.unreached.chooseProvince" values={where} />
        </Paragraph>
      )}
      <ErrorSummary problems={problems} />
      <p role="status" className="tm-cw-count">
        {loading && !data ? (
          <FormattedMessage id="common.loading" />
        ) : data ? (
          <FormattedMessage
            id="coordinator.reach.unreached.count"
            values={{ count: schools.length, ...where }}
          />
        ) : null}
      </p>
      {shown.length ? (
        <div className="tm-cw-unreached">
          <UnreachedMap schools={schools} province={province} provinceName={where.province} />
          <div>
            <TableScroll
              label={intl.formatMessage(
                { id: 'coordinator.reach.unreached.caption' },
                { ...where, page: current, pages },
              )}
            >
              <Table className="tm-cw-table">
                <TableCaption>
                  <FormattedMessage
                    id="coordinator.reach.unreached.caption"
                    values={{ ...where, page: current, pages }}
                  />
                </TableCaption>
                <TableHeader>
                  <TableRow>
                    {['school', 'city', 'code', 'distance'].map((c) => (
                      <TableHeaderCell key={c} scope="col">
                        <FormattedMessage id={`coordinator.reach.unreached.col.${c}`} />
                      </TableHeaderCell>
                    ))}
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {shown.map(({ school, nearestSupplyKm }) => (
                    <TableRow key={school.id}>
                      <TableHeaderCell scope="row">{school.name}</TableHeaderCell>
                      <TableCell>{school.city}</TableCell>
                      <TableCell>{school.vestigingscode}</TableCell>
                      <TableCell>
                        {nearestSupplyKm === null
                          ? intl.formatMessage({ id: 'coordinator.reach.unreached.noSupply' })
                          : intl.formatMessage(
                              { id: 'coordinator.reach.unreached.km' },
                              { km: intl.formatNumber(nearestSupplyKm, { maximumFractionDigits: 1 }) },
                            )}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableScroll>
            {pages > 1 ? <Pager current={current} pages={pages} /> : null}
          </div>
        </div>
      ) : data ? (
        <Paragraph>
          <FormattedMessage id="coordinator.reach.unreached.none" values={where} />
        </Paragraph>
      ) : null}
    </section>
  );
}

function Pager({ current, pages }: { current: number; pages: number }) {
  const intl = useIntl();
  const to = (page: number) => (prev: Record<string, unknown>) => ({
    ...prev,
    pagina: page > 1 ? page : undefined,
  });
  return (
    <nav aria-label={intl.formatMessage({ id: 'coordinator.reach.unreached.pages' })} className="tm-cw-pager">
      {current > 1 ? (
        <Link
          from="/coordinator/bereik"
          to="/coordinator/bereik"
          search={to(current - 1)}
          className="tm-cw-action-link"
        >
          <FormattedMessage id="coordinator.reach.unreached.previous" />
        </Link>
      ) : null}
      <span>
        <FormattedMessage id="coordinator.reach.unreached.pageOf" values={{ page: current, pages }} />
      </span>
      {current < pages ? (
        <Link
          from="/coordinator/bereik"
          to="/coordinator/bereik"
          search={to(current + 1)}
          className="tm-cw-action-link"
        >
          <FormattedMessage id="coordinator.reach.unreached.next" />
        </Link>
      ) : null}
    </nav>
  );
}
