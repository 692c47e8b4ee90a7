import '../coordinator-lists.css';
import { useQuery } from '@apollo/client/react';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { Paragraph } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { problemsOf } from '../../../app/errors';
import { useSession } from '../../../app/session';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField } from '../../../components/Field';
import { PROVINCES, programmeLabel, provinceLabel } from '../../../components/labels';
import { Page } from '../../../components/Page';
import { RequireRole } from '../../../components/RequireRole';
import type { WaitlistStatus } from '../../../gql/graphql';
import { WAITLIST_PROGRAMMES, type WaitlistSearch } from '../search';
import { CoordinatorWaitlistQuery } from './waitlist-documents';
import { WaitlistEntryPanel } from './WaitlistEntryPanel';
import { WaitlistTable } from './WaitlistTable';

const ALL_STATUSES: WaitlistStatus[] = ['WAITING', 'OFFERED', 'PLACED', 'WITHDRAWN'];

/** /coordinator/wachtlijst: the Jet-Net waiting list of the coordinator's provinces, and one entry's actions. */
export function WaitlistPage() {
  const intl = useIntl();
  return (
    <RequireRole roles={['COORDINATOR']}>
      <Page title={intl.formatMessage({ id: 'coordinator.waitlist.title' })}>
        <WaitlistScreen />
      </Page>
    </RequireRole>
  );
}

function WaitlistScreen() {
  const intl = useIntl();
  const search = useSearch({ from: '/coordinator/wachtlijst' });
  const navigate = useNavigate({ from: '/coordinator/wachtlijst' });
  const { me } = useSession();
  const programme = search.programma ?? 'JET_NET';
  const { data, loading, error } = useQuery(CoordinatorWaitlistQuery, {
    variables: {
      programme,
      province: search.provincie ?? null,
      statuses: search.toon === 'alle' ? ALL_STATUSES : null,
    },
  });
  const entries = data?.waitlist ?? [];
  const problems = useMemo(() => problemsOf(error), [error]);
  const set = (patch: Partial<WaitlistSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }) });
  // A coordinator chooses among the provinces they work in; an admin among all.
  const provinces =
    me?.role === 'COORDINATOR'
      ? PROVINCES.filter((p) => (me.provinces as string[]).includes(p.value))
      : PROVINCES;
  const where = search.provincie
    ? provinceLabel(search.provincie)
    : intl.formatMessage({ id: 'coordinator.waitlist.allProvinces' });

  return (
    <>
      <Paragraph>
        <FormattedMessage id="coordinator.waitlist.intro" />
      </Paragraph>
      <form className="tm-cw-filters" aria-label={intl.formatMessage({ id: 'coordinator.waitlist.filters' })}>
        <SelectField
          label={intl.formatMessage({ id: 'coordinator.waitlist.programme' })}
          value={programme}
          onChange={(e) => set({ programma: e.target.value as WaitlistSearch['programma'] })}
        >
          {WAITLIST_PROGRAMMES.map((p) => (
            <option key={p} value={p}>
              {programmeLabel(p)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={intl.formatMessage({ id: 'coordinator.waitlist.province' })}
          value={search.provincie ?? ''}
          onChange={(e) => set({ provincie: (e.target.value || undefined) as WaitlistSearch['provincie'] })}
        >
          <option value="">{intl.formatMessage({ id: 'coordinator.waitlist.allProvinces' })}</option>
          {provinces.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={intl.formatMessage({ id: 'coordinator.waitlist.show' })}
          value={search.toon ?? ''}
          onChange={(e) => set({ toon: e.target.value === 'alle' ? 'alle' : undefined })}
        >
          <option value="">{intl.formatMessage({ id: 'coordinator.waitlist.show.open' })}</option>
          <option value="alle">{intl.formatMessage({ id: 'coordinator.waitlist.show.all' })}</option>
        </SelectField>
      </form>

      {search.inschrijving ? (
        <WaitlistEntryPanel
          key={search.inschrijving}
          entryId={search.inschrijving}
          listLoaded={Boolean(data)}
          onClose={() => set({ inschrijving: undefined })}
        />
      ) : null}

      <ErrorSummary problems={problems} />
      <p role="status" className="tm-cw-count">
        {loading && !data ? (
          <FormattedMessage id="common.loading" />
        ) : data ? (
          <FormattedMessage
            id="coordinator.waitlist.count"
            values={{ count: entries.length, programme: programmeLabel(programme), where }}
          />
        ) : null}
      </p>
      {data ? (
        <WaitlistTable
          entries={entries}
          caption={intl.formatMessage(
            { id: 'coordinator.waitlist.caption' },
            { programme: programmeLabel(programme), where },
          )}
          selected={search.inschrijving}
        />
      ) : null}
    </>
  );
}
