import { useEffect, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { chipLabel } from '../../chip-label';
import { chipsOf, withoutChip, type Chip, type SearchFilters } from '../../search-state';

interface FilterChipsProps {
  filters: SearchFilters;
  schoolKnown: boolean;
  onChange: (next: SearchFilters) => void;
  onClear: () => void;
}

const chipKey = (chip: Chip) => (chip.kind === 'facet' ? `${chip.field}:${chip.value}` : chip.kind);

/**
 * The filters in effect as buttons that remove them, and one that removes all. After a removal the focus goes to
 * the chip that took its place (or the list), not back to the top of the page.
 */
export function FilterChips({ filters, schoolKnown, onChange, onClear }: FilterChipsProps) {
  const intl = useIntl();
  const chips = chipsOf(filters, schoolKnown);
  const list = useRef<HTMLDivElement>(null);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);

  useEffect(() => {
    if (focusIndex === null || !list.current) return;
    const buttons = list.current.querySelectorAll<HTMLButtonElement>('button');
    (buttons[Math.min(focusIndex, buttons.length - 1)] ?? list.current).focus();
    setFocusIndex(null);
  }, [focusIndex, chips.length]);

  if (!chips.length) return null;
  return (
    <div
      ref={list}
      className="tm-chips"
      role="group"
      tabIndex={-1}
      aria-label={intl.formatMessage({ id: 'public.chips.label' })}
    >
      <ul className="tm-chips__list">
        {chips.map((chip, index) => {
          const label = chipLabel(intl, filters, chip);
          return (
            <li key={chipKey(chip)}>
              <button
                type="button"
                className="tm-chip"
                onClick={() => {
                  setFocusIndex(index);
                  onChange(withoutChip(filters, chip));
                }}
              >
                <span className="tm-visually-hidden">
                  <FormattedMessage id="public.chips.remove" />
                </span>{' '}
                {label}
                <span aria-hidden="true" className="tm-chip__cross">
                  ×
                </span>
              </button>
            </li>
          );
        })}
        {chips.length > 1 ? (
          <li>
            <button
              type="button"
              className="tm-chip tm-chip--clear"
              onClick={() => {
                onClear();
              }}
            >
              <FormattedMessage id="public.chips.clear" />
            </button>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
