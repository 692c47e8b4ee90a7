import { forwardRef, useEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { MAX_QUERY_LENGTH } from '../../search-state';

/** How long typing must pause before the search follows it. */
export const TYPING_PAUSE_MS = 150;

interface SearchBoxProps {
  /** The text of the URL. */
  value: string;
  /** Called when typing pauses (replace: true) or on Enter (replace: false). */
  onSearch: (text: string, replace: boolean) => void;
}

/**
 * The text search: results follow as you type (after a short pause, replacing the URL rather than adding a
 * history entry per letter); Enter searches at once. A new URL (back, a link) sets the text.
 */
export const SearchBox = forwardRef<HTMLInputElement, SearchBoxProps>(function SearchBox(
  { value, onSearch },
  ref,
) {
  const intl = useIntl();
  const [text, setText] = useState(value);
  const sent = useRef(value);
  const latest = useRef(onSearch);
  latest.current = onSearch;

  useEffect(() => {
    if (value !== sent.current) {
      sent.current = value;
      setText(value);
    }
  }, [value]);

  useEffect(() => {
    if (text === sent.current) return;
    const timer = setTimeout(() => {
      sent.current = text;
      latest.current(text, true);
    }, TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  return (
    <form
      role="search"
      className="tm-searchbox"
      aria-label={intl.formatMessage({ id: 'public.search.formLabel' })}
      onSubmit={(event) => {
        event.preventDefault();
        sent.current = text;
        latest.current(text, false);
      }}
    >
      <label htmlFor="search-text" className="tm-label">
        {intl.formatMessage({ id: 'public.search.textLabel' })}
      </label>
      <p id="search-text-hint" className="tm-hint">
        {intl.formatMessage({ id: 'public.search.textHint' })}
      </p>
      <div className="tm-searchbox__row">
        <input
          ref={ref}
          id="search-text"
          type="search"
          className="tm-input tm-searchbox__input"
          autoComplete="off"
          maxLength={MAX_QUERY_LENGTH}
          aria-describedby="search-text-hint"
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
        />
        <button type="submit" className="tm-button-primary">
          {intl.formatMessage({ id: 'public.search.submit' })}
        </button>
      </div>
    </form>
  );
});
