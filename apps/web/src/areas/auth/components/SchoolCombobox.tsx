import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
} from '@utrecht/component-library-react';
import { Textbox } from '@utrecht/component-library-react';
import { forwardRef, useId, useState, type KeyboardEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';

export interface SchoolOption {
  vestigingscode: string;
  name: string;
  city: string;
}

interface Props {
  label: string;
  description: string;
  /** The text of the problem with the choice (in the reader's language). */
  error?: string;
  /** What is typed. */
  query: string;
  onQueryChange(query: string): void;
  /** The schools found for the query; undefined while nothing was searched (too short) or the search runs. */
  results: SchoolOption[] | undefined;
  /** The results are of an earlier query: the next answer is on its way. */
  pending?: boolean;
  selected: SchoolOption | null;
  onSelect(school: SchoolOption | null): void;
  onBlur?(): void;
}

/** The shortest query the api searches for (SCHOOL_QUERY_TOO_SHORT below it). */
export const MIN_QUERY = 2;

/**
 * Finding a school by typing part of its name, place or code: an ARIA 1.2 combobox with a list of schools below
 * it. Arrow keys move through the list, Enter picks, Escape closes the list (or clears the text). The number of
 * schools found and the school picked are announced. Typing again forgets the pick.
 */
export const SchoolCombobox = forwardRef<HTMLInputElement, Props>(function SchoolCombobox(
  { label, description, error, query, onQueryChange, results, pending, selected, onSelect, onBlur },
  ref,
) {
  const intl = useIntl();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const options = results ?? [];
  const expanded = open && options.length > 0;
  const optionId = (index: number) => `${id}-option-${index}`;

  const pick = (school: SchoolOption) => {
    onSelect(school);
    onQueryChange(school.name);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (!options.length) return;
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setOpen(true);
        setActive((current) =>
          !expanded
            ? step > 0
              ? 0
              : options.length - 1
            : (current + step + options.length) % options.length,
        );
        return;
      }
      case 'Enter':
        if (expanded && active >= 0 && options[active]) {
          event.preventDefault();
          pick(options[active]);
        }
        return;
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (query) {
          event.preventDefault();
          onQueryChange('');
          onSelect(null);
        }
        return;
      default:
        return;
    }
  };

  const searched = query.trim().length >= MIN_QUERY && results !== undefined && !pending && !selected;
  const status = selected
    ? intl.formatMessage(
        { id: 'auth.school.chosen' },
        { name: selected.name, city: selected.city, code: selected.vestigingscode },
      )
    : searched
      ? intl.formatMessage({ id: 'auth.school.found' }, { count: options.length })
      : '';

  const describedBy = [`${id}-description`, error ? `${id}-error` : '', `${id}-status`]
    .filter(Boolean)
    .join(' ');

  return (
    <FormField invalid={Boolean(error)} className="tm-field tm-combobox">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>
          {label}{' '}
          <span className="tm-required">
            <FormattedMessage id="common.required" />
          </span>
        </FormLabel>
      </div>
      <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription>
      {error ? <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage> : null}
      <div className="utrecht-form-field__input">
        <Textbox
          id={id}
          ref={ref}
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={`${id}-listbox`}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-describedby={describedBy}
          aria-required
          invalid={Boolean(error)}
          value={query}
          onChange={(event) => {
            onQueryChange(event.target.value);
            if (selected) onSelect(null);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            setOpen(false);
            onBlur?.();
          }}
        />
        {/* The list is always in the page (aria-controls points at it) but holds options only when open. */}
        <ul
          id={`${id}-listbox`}
          role="listbox"
          aria-label={intl.formatMessage({ id: 'auth.school.listLabel' })}
          className="tm-combobox__list"
          hidden={!expanded}
        >
          {expanded
            ? options.map((school, index) => (
                <li
                  key={school.vestigingscode}
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === active}
                  className="tm-combobox__option"
                  // Keeps the focus in the input, so that the click below picks before the blur closes the list.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => pick(school)}
                >
                  <span className="tm-combobox__name">{school.name}</span>{' '}
                  <span className="tm-combobox__detail">
                    {school.city} · {school.vestigingscode}
                  </span>
                </li>
              ))
            : null}
        </ul>
      </div>
      <p id={`${id}-status`} role="status" className="tm-combobox__status">
        {status}
      </p>
    </FormField>
  );
});
