import { useQuery } from '@apollo/client/react';
import { forwardRef, useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { graphql } from '../../../gql';
import { MIN_QUERY, SchoolCombobox, type SchoolOption } from './SchoolCombobox';

const SchoolsQuery = graphql(`
  query SignUpSchools($query: String!) {
    schools(query: $query, first: 8) {
      id
      vestigingscode
      name
      city
    }
  }
`);

/** Waits until the typing pauses, so that the api is asked once per word rather than per key. */
function useSettled(value: string, ms = 250): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

interface Props {
  /** The vestigingscode picked ('' for none). */
  value: string;
  onChange(vestigingscode: string): void;
  onBlur(): void;
  error?: string;
}

/** The sign-up form's school: searched with the public, typo-tolerant `schools` query, picked in a combobox. */
export const SchoolPicker = forwardRef<HTMLInputElement, Props>(function SchoolPicker(
  { value, onChange, onBlur, error },
  ref,
) {
  const intl = useIntl();
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<SchoolOption | null>(null);
  const typed = query.trim().slice(0, 100);
  const settled = useSettled(typed);
  const skip = settled.length < MIN_QUERY || selected !== null;
  const { data, previousData, loading } = useQuery(SchoolsQuery, { variables: { query: settled }, skip });
  // The last answer stays while the next one loads, so that the list does not flicker; its count is announced
  // only once the answer is for what is typed now.
  const results = typed.length >= MIN_QUERY ? (data ?? previousData)?.schools : undefined;
  const pending = loading || settled !== typed;

  return (
    <SchoolCombobox
      ref={ref}
      label={intl.formatMessage({ id: 'auth.field.school' })}
      description={intl.formatMessage({ id: 'auth.field.schoolDescription' })}
      error={error}
      query={query}
      onQueryChange={setQuery}
      results={results}
      pending={pending}
      selected={selected && selected.vestigingscode === value ? selected : null}
      onSelect={(school) => {
        setSelected(school);
        onChange(school?.vestigingscode ?? '');
      }}
      onBlur={onBlur}
    />
  );
});
