import '../admin.css';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Fieldset,
  FieldsetLegend,
  Heading2,
  Paragraph,
  PrimaryActionButton,
  RadioButton,
} from '@utrecht/component-library-react';
import { useEffect, useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { problemsOf, type Problem } from '../../../app/errors';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { Page } from '../../../components/Page';
import { RequireRole } from '../../../components/RequireRole';
import type { SchoolImportSource } from '../../../gql/graphql';
import { SchoolImportHistory } from './SchoolImportHistory';
import { SchoolImportRunView } from './SchoolImportRunView';
import { SchoolImportsQuery, StartSchoolImportMutation, isActive } from './school-import-documents';
import { Loading } from '../../../components/Loading';

const SOURCES: SchoolImportSource[] = ['DATA_FILE', 'DUO_DOWNLOAD'];
const POLL_MS = 1000;

/** /beheer/scholenimport: start an import of the DUO school registry and follow it until it is done. */
export function SchoolImportPage() {
  const intl = useIntl();
  return (
    <RequireRole roles={['ADMIN']}>
      <Page title={intl.formatMessage({ id: 'admin.import.title' })}>
        <SchoolImportScreen />
      </Page>
    </RequireRole>
  );
}

function SchoolImportScreen() {
  const [source, setSource] = useState<SchoolImportSource>('DATA_FILE');
  const [problems, setProblems] = useState<Problem[]>([]);
  const { data, error, startPolling, stopPolling } = useQuery(SchoolImportsQuery, {
    variables: { limit: 6 },
  });
  const [start, { loading: starting }] = useMutation(StartSchoolImportMutation, {
    refetchQueries: ['SchoolImports'],
    awaitRefetchQueries: true,
  });
  const loadProblems = useMemo(() => problemsOf(error), [error]);
  const runs = data?.schoolImports ?? [];
  const [latest, ...earlier] = runs;
  const running = latest ? isActive(latest.state) : false;
  // Poll while the latest run is queued or running, and stop when it has ended.
  useEffect(() => {
    if (!running) return;
    startPolling(POLL_MS);
    return () => stopPolling();
  }, [running, startPolling, stopPolling]);

  const submit = async () => {
    if (starting) return;
    setProblems([]);
    try {
      await start({ variables: { source } });
    } catch (failure) {
      setProblems(problemsOf(failure));
    }
  };

  return (
    <>
      <Paragraph>
        <FormattedMessage id="admin.import.intro" />
      </Paragraph>
      <ErrorSummary problems={loadProblems} />
      <form
        className="tm-admin-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <ErrorSummary problems={problems} />
        <Fieldset className="tm-admin-choices">
          <FieldsetLegend>
            <FormattedMessage id="admin.import.source" />
          </FieldsetLegend>
          {SOURCES.map((value) => (
            <label key={value} className="tm-admin-choice">
              <RadioButton
                name="source"
                value={value}
                checked={source === value}
                onChange={() => setSource(value)}
                aria-describedby={`tm-source-${value}`}
              />
              <span>
                <FormattedMessage id={`admin.import.source.${value}`} />
                <span id={`tm-source-${value}`} className="tm-admin-hint">
                  <FormattedMessage id={`admin.import.source.${value}.hint`} />
                </span>
              </span>
            </label>
          ))}
        </Fieldset>
        <PrimaryActionButton type="submit">
          <FormattedMessage id="admin.import.start" />
        </PrimaryActionButton>
        {running ? (
          <Paragraph className="tm-admin-hint">
            <FormattedMessage id="admin.import.busy" />
          </Paragraph>
        ) : null}
      </form>

      <section aria-labelledby="tm-import-latest" className="tm-admin-section">
        <Heading2 id="tm-import-latest">
          <FormattedMessage id="admin.import.latest" />
        </Heading2>
        {latest ? (
          <SchoolImportRunView run={latest} />
        ) : data ? (
          <Paragraph>
            <FormattedMessage id="admin.import.none" />
          </Paragraph>
        ) : (
          <Loading />
        )}
      </section>
      {earlier.length ? <SchoolImportHistory runs={earlier} /> : null}
    </>
  );
}
